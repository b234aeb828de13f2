""""A century ago this month", "50 years ago this week", "a century ago today": the publication's month,
week or day that many years back (an anniversary's date: "A century ago this month, the pier opened" is
that month of a hundred years before, not this month)."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..chrono import month_interval
from ..models import DateValue
from ..text import NUMBER_WORD, parse_number
from .date_base import DateMatch

if TYPE_CHECKING:
    from .base import Page

_AGO_THIS = re.compile(rf"\b(?P<count>\d+|{NUMBER_WORD}|an?) (?P<unit>year|decade|century|centuries)s? ago "
                       r"(?P<span>this month|this week|today)\b", re.I)
_ANCHOR = (" ago this month", " ago this week", " ago today")
_YEARS = {"year": 1, "decade": 10, "century": 100, "centuries": 100}


def find(page: "Page") -> Iterator[DateMatch]:
    anchor = page.published.date
    for match in page.finditer(_AGO_THIS, _ANCHOR):
        if not page.is_free(*match.span()) or anchor is None:
            continue
        word = match["count"].lower()
        count = 1 if word in ("a", "an") else int(parse_number(word) or 0)
        years = count * _YEARS[match["unit"].lower()]
        if not count or anchor.year - years < 1:
            continue
        day = dt.date(anchor.year - years, anchor.month, min(anchor.day, month_interval(anchor.year - years, anchor.month)[1].day))
        span = match["span"].lower()
        if span == "this month":
            start, end = month_interval(day.year, day.month)
            value = DateValue(start=start, end=end, granularity="month", timex=f"{day.year:04d}-{day.month:02d}")
        elif span == "this week":
            iso_year, week, _ = day.isocalendar()
            monday = day - dt.timedelta(days=day.weekday())
            value = DateValue(start=monday, end=monday + dt.timedelta(days=6), granularity="week", timex=f"{iso_year:04d}-W{week:02d}")
        else:
            value = DateValue(start=day, end=day, granularity="day", timex=day.isoformat())
        yield DateMatch(*match.span(), value.model_copy(update={"resolution": "relative", "relative_to": anchor,
                                                               "note": f"{match.group()}: from the publication date"}))
