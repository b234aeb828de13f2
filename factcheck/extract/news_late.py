"""Still more dates as news writes them without a year (read with news_dates' patterns):

- "Tuesday week", "next Tuesday week", "a week on Friday" (British and Australian): the coming such
  weekday, a week on ("a hearing on Tuesday week", told on a Thursday, is the Tuesday after next);
- "the April-June quarter", "the October-December period": a quarter (or half) named by its months, in
  its clause's tense (Indian and Japanese results name their fiscal quarters so);
and, once the others have their values (settle): a day without a year in the month just told with its year.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from ..chrono import FULL_MONTH_NAMES, WEEKDAY_NAMES, WEEKDAYS, month_interval, month_number, weekday_near
from ..models import DateValue
from .news_dates import period_value, pick_year, unplaced_value
from .tense import tense_of_period

if TYPE_CHECKING:
    from .base import Page
    from .date_base import DateMatch

# (not "a Monday to Friday week", "a four-day week", "every Tuesday week", "last Tuesday week")
_WEEK_ON = re.compile(rf"(?<!day to )(?<!day through )(?<![-–])(?<!\bevery )(?<!\beach )(?<!\blast )(?<!\bthe )(?<!\ba )"
                      rf"\b(?:(?:[Nn]ext|[Tt]his) )?(?P<day>{WEEKDAY_NAMES}) week\b(?![-–]|\s+\d)|"
                      rf"\b[Aa] week on (?P<day2>{WEEKDAY_NAMES})\b")


def read_week_on(page: "Page", match: re.Match[str]) -> DateValue | None:
    anchor = page.published.date
    if anchor is None:
        return unplaced_value("day", match.group())
    weekday = WEEKDAYS[(match["day"] or match["day2"]).lower()]
    day = weekday_near(anchor + dt.timedelta(days=1), weekday, 1) + dt.timedelta(days=7)
    return DateValue(start=day, end=day, granularity="day", resolution="relative", relative_to=anchor, timex=day.isoformat(),
                     note=f"{match.group()}: the coming {match['day'] or match['day2']}, a week on, from the publication date")


_MONTHS_PERIOD = re.compile(rf"\b(?P<the>(?:[Tt]he|[Ii]ts|[Tt]heir) )(?P<first>{FULL_MONTH_NAMES})[-–/](?P<last>{FULL_MONTH_NAMES}) "
                            rf"(?P<unit>quarter|period|half)\b(?!\s+(?:of\s+)?(?:19|20)\d\d)")


def read_months_period(page: "Page", match: re.Match[str]) -> tuple[int, DateValue] | None:
    first, last = month_number(match["first"]), month_number(match["last"])
    months = (last - first) % 12 + 1
    if months not in ((3,) if match["unit"] == "quarter" else (6,) if match["unit"] == "half" else (3, 6)):
        return None  # "the January-March quarter" is one; "a May-June period" no quarter
    start = match.start("first")
    anchor = page.published.date
    if anchor is None:
        return start, unplaced_value("quarter", match.group())

    def bounds(year: int) -> tuple[dt.date, dt.date]:
        index = year * 12 + first - 1 + months - 1
        return dt.date(year, first, 1), month_interval(index // 12, index % 12 + 1)[1]
    year = pick_year(anchor, tense_of_period(page, match.start(), match.end()) or -1, lambda y: bounds(y)[0], lambda y: bounds(y)[1])
    granularity = "quarter" if months == 3 else "half"
    index = (first - 1) // months + 1
    aligned = (first - 1) % months == 0
    timex = f"{year}-{'Q' if months == 3 else 'H'}{index}" if aligned else None
    value = period_value(*bounds(year), granularity, anchor, page.text[start:match.end()], timex=timex)
    return match.start("the"), value


PATTERNS = [
    (_WEEK_ON, ("day week", "week on"), read_week_on),
    (_MONTHS_PERIOD, (" quarter", " period", " half"), read_months_period),
]


# --- after the others are resolved ----------------------------------------------------------------

def settle(page: "Page", chosen: list["DateMatch"]) -> None:
    """"The flood of April 1976 killed four people. ... the water came in the early hours of April 14": a day told
    without a year, in a past clause, in the month a sentence or two before named with its year, is that month's."""
    for index, found in enumerate(chosen):
        value = found.value
        if value.granularity != "day" or value.resolution != "year-inferred" or value.start is None or \
                tense_of_period(page, found.start, found.end) >= 0:
            continue
        given = _month_told(page, chosen[:index], found.start)
        if given is None or given.start is None or (given.start.month, given.start.year) == (value.start.month, value.start.year) or \
                given.start.month != value.start.month:
            continue
        try:
            day = value.start.replace(year=given.start.year)
        except ValueError:
            continue
        found.value = value.model_copy(update={"start": day, "end": day, "timex": day.isoformat(), "resolution": "absolute",
                                               "relative_to": None,
                                               "note": f"{page.text[found.start:found.end]}: in the month told just before"})


def _month_told(page: "Page", before: list["DateMatch"], position: int) -> DateValue | None:
    """The last date of the two sentences before, when it is a whole month with its year in the text."""
    reach = page.sentence_at(position)[0]
    for _ in range(2):
        reach = page.sentence_at(reach - 1)[0] if reach > 0 else reach
    last = next((m for m in reversed(before) if m.value.start is not None), None)
    if last is None or last.start < reach or last.value.granularity != "month" or last.value.resolution != "absolute" or \
            not re.search(r"\b(?:1[6-9]|20)\d\d\b", page.text[last.start:last.end]):
        return None
    return last.value
