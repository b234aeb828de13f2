""""A year earlier" counted from a day, where the words make it more than that day's year.

A year before a day is that day's year (anchored.py), except where the sentence says which span a
year back it compares:
- the day ends a quarter or a half that the text names ("profit in the three months to Sept. 30 rose
  from $2 a share a year earlier"; "the quarter ended June 30"): that quarter or half a year back;
- a figure measured on the day is compared with the same measure a year back ("stocks stood at 48
  percent on Monday, compared with 61 percent a year earlier"): the same day a year back.
Only "a year earlier" and "a year before" (one year, back): "a year ago" counts from now.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from ..chrono import last_day
from ..models import DateValue

if TYPE_CHECKING:
    from .base import Page
    from .date_base import DateMatch

_ONE_YEAR_BACK = re.compile(r"(?:a|one|1) year (?:earlier|before)\b", re.I)
# A span that ends on the day: "the three months to Sept. 30", "the quarter ended June 30", "the first
# half through June 30", "the period ending March 31".
_SPAN_TO = re.compile(r"\b(?P<span>three|six|3|6)[- ]months?\s+(?:that\s+|which\s+)?(?:to|ended|ending|through|thru)\s+(?:on\s+)?$|"
                      r"\b(?P<named>quarter|half|period)\s+(?:that\s+|which\s+)?(?:to|ended|ending|through|thru)\s+(?:on\s+)?$", re.I)
# A figure compared with its value a year back, right before "a year earlier": "compared with 61
# percent", "up from $180 million", "against 3.2 million".
_COMPARED = re.compile(r"\b(?:compared\s+(?:with|to)|up\s+from|down\s+from|from|against|versus|vs\.?)\s+"
                       r"(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+)?[$€£]?\d[\d,.]*\s*(?:%|percent|per\s+cent|"
                       r"(?:million|billion|thousand|[mb]n)\b)?\s*,?\s*$", re.I)


def year_back(page: "Page", before: list["DateMatch"], position: int, anchor: DateValue,
              placed: tuple[dt.date, dt.date, str]) -> tuple[dt.date, dt.date, str]:
    """The span "a year earlier" at ``position`` means, counted from ``anchor`` (a date of ``before``);
    ``placed`` (that day's year) where the words say no more."""
    day = anchor.start
    if day is None or day != anchor.end or anchor.granularity != "day" or day.year < 2 \
            or not _ONE_YEAR_BACK.match(page.text, position):
        return placed
    given = next((m for m in reversed(before) if m.value is anchor), None)
    sentence_start = page.sentence_at(position)[0]
    if given is None or given.start < sentence_start:
        return placed
    span = _SPAN_TO.search(page.text, max(sentence_start, given.start - 40), given.start)
    if span:
        months = 3 if (span["span"] or "") in ("three", "3") or (span["named"] or "").lower() in ("quarter", "period") else 6
        return span_ending(day, months) or placed
    if _COMPARED.search(page.text, max(given.end, position - 60), position):
        back = dt.date(day.year - 1, day.month, min(day.day, last_day(day.year - 1, day.month)))
        return back, back, "day"
    return placed


def span_ending(day: dt.date, months: int) -> tuple[dt.date, dt.date, str] | None:
    """The quarter (3) or half (6) that ends on ``day``, a year back; None when no such span ends there."""
    if day.month % months or day.day != last_day(day.year, day.month):
        return None
    year = day.year - 1
    first = dt.date(year, day.month - months + 1, 1)
    return first, dt.date(year, day.month, last_day(year, day.month)), "quarter" if months == 3 else "half"
