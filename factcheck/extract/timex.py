"""TIMEX3 values for date claims, so results line up with any TimeML tool.

"2013-06-05" a day, "2013-06" a month, "2013" a year, "199" a decade, "19" a century (TimeML's
century 19 is 1900-1999; an ordinal "20th century" is 1901-2000, written 19 too), "2012-Q3",
"2012-H1", "2012-SU", "1998-W12". Early/mid/late keep the whole unit's value with ``mod``
START/MID/END. A span of days or units that is no one calendar unit is written as an ISO 8601
interval ("2025-04-22/2025-04-24"). Unresolved relative dates say what can be said: "XXXX-04-24"
when month and day are known, else PAST_REF, PRESENT_REF or FUTURE_REF from their words.
"""
from __future__ import annotations

import datetime as dt
import re

from ..chrono import last_day
from ..models import DateValue

_SEASON_CODES = {3: "SP", 6: "SU", 9: "FA", 12: "WI"}
_PAST = re.compile(r"\b(?:last|ago|yesterday|previous|earlier|before|past)\b", re.I)
_FUTURE = re.compile(r"\b(?:next|tomorrow|coming|later|after|following)\b", re.I)
_PRESENT = re.compile(r"\b(?:today|tonight|this|now|current)\b", re.I)


def timex(value: DateValue) -> str | None:
    start, end = value.start, value.end
    if start is None or end is None:
        return _unplaced(value)
    if value.mod is not None:
        if value.granularity == "season":  # "late summer 2009" is August, written as the season: 2009-SU, END
            year = start.year - (1 if start.month <= 2 else 0)
            return f"{year}-{_SEASON_CODES[(start.month // 3) * 3 or 12]}"
        return _unit(start, end, value.granularity) or f"{start.isoformat()}/{end.isoformat()}"
    return _unit(start, end, value.granularity) or _interval(start, end, value.granularity)


def _unit(start: dt.date, end: dt.date, granularity: str) -> str | None:
    """The one calendar unit of the given granularity that holds start..end, written as TIMEX3."""
    if granularity == "day":
        return start.isoformat() if start == end else None
    if granularity == "week":
        year, week, _ = start.isocalendar()
        return f"{year}-W{week:02d}" if start.weekday() == 0 and (end - start).days <= 6 else None
    if granularity == "month":
        return f"{start:%Y-%m}" if (start.year, start.month) == (end.year, end.month) else None
    if granularity == "season" and start.month in _SEASON_CODES:
        return f"{start.year}-{_SEASON_CODES[start.month]}" if (end - start).days <= 92 else None
    if granularity == "quarter":
        return f"{start.year}-Q{(start.month - 1) // 3 + 1}" if start.year == end.year and (end.month - 1) // 3 == (start.month - 1) // 3 else None
    if granularity == "half":
        return f"{start.year}-H{1 if start.month <= 6 else 2}" if start.year == end.year and (end.month <= 6) == (start.month <= 6) else None
    if granularity == "year":
        return str(start.year) if start.year == end.year else None
    if granularity == "decade":
        return str(start.year // 10) if start.year // 10 == end.year // 10 else None
    if granularity == "century":
        first = start.year - 1 if start.year % 100 == 1 else start.year  # 1901-2000 is the 20th: "19"
        return str(first // 100) if end.year - start.year <= 100 else None
    return None


def _interval(start: dt.date, end: dt.date, granularity: str) -> str:
    if granularity in ("month", "season", "quarter", "half") and start.day == 1 and end.day == last_day(end.year, end.month):
        return f"{start:%Y-%m}/{end:%Y-%m}"
    if granularity in ("year", "decade", "century") and (start.month, start.day, end.month, end.day) == (1, 1, 12, 31):
        return f"{start.year}/{end.year}"
    return f"{start.isoformat()}/{end.isoformat()}"


def _unplaced(value: DateValue) -> str | None:
    if value.month and value.day:
        return f"XXXX-{value.month:02d}-{value.day:02d}"
    if value.month:
        return f"XXXX-{value.month:02d}"
    if "anchored to" in (value.note or ""):
        return None  # counted from an event the text does not date: nothing to say
    note = (value.note or "").split(":")[0]
    for pattern, ref in ((_PAST, "PAST_REF"), (_FUTURE, "FUTURE_REF"), (_PRESENT, "PRESENT_REF")):
        if pattern.search(note):
            return ref
    return None


# "from 2012 to 2021", "Nov. 1 through Dec. 20", "between 2 and 6 September": TimeML writes each end
# of a range told in words as a TIMEX3 of its own (and each of two alternatives, "March or April"); so is each end of a range of days with a dash
# ("Jan. 27-28"): a TIMEX3 date has no value for a span of days (years with a dash, "the 2011-12
# season", stay one: a season of one league).
_WORDED_RANGE = re.compile(r"(?:(?:[Ff]rom|[Bb]etween)\s+)?(?P<a>\S.*?),?\s+(?:to|through|thru|until|till|and|or)\s+(?P<b>\S.*)")
_DAY_DASH = re.compile(r"(?P<a>\S.*?\d)\s*[-–—]\s*(?P<b>\d.*)")


def range_ends(text: str, value: DateValue) -> list[tuple[int, int, DateValue]] | None:
    """The two ends of a date range told in words, as (start, end, value) within its text, or None."""
    found = _WORDED_RANGE.fullmatch(text) or (_DAY_DASH.fullmatch(text) if value.granularity == "day" else None)
    if not found or not value.timex or value.timex.count("/") != 1 or value.start is None or value.end is None:
        return None
    first, last = value.timex.split("/")
    ends = []
    for group, code, day in (("a", first, value.start), ("b", last, value.end)):
        bounds = _bounds(code, day)
        if bounds is None:
            return None
        ends.append((found.start(group), found.end(group), value.model_copy(update={
            "start": bounds[0], "end": bounds[1], "timex": code, "mod": None})))
    return ends


def _bounds(code: str, day: dt.date) -> tuple[dt.date, dt.date] | None:
    """The days of one end of a range: the unit its TIMEX3 code names, around that end's day."""
    if re.fullmatch(r"\d{4}-\d\d-\d\d", code):
        return day, day
    if re.fullmatch(r"\d{4}-\d\d", code):
        return dt.date(day.year, day.month, 1), dt.date(day.year, day.month, last_day(day.year, day.month))
    if re.fullmatch(r"\d{4}", code):
        return dt.date(day.year, 1, 1), dt.date(day.year, 12, 31)
    return None
