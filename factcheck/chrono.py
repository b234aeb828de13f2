"""Month and weekday words, and interval arithmetic over calendar units.

Kept apart from the extractors because the dateline reader, the date extractor and the comparer
all need the same vocabulary and the same idea of "the interval a unit covers".
"""
from __future__ import annotations

import calendar as _calendar
import datetime as dt
from collections.abc import Iterable

MONTHS = {
    name.lower(): number
    for number in range(1, 13)
    for name in (_calendar.month_name[number], _calendar.month_abbr[number])
}
MONTHS["sept"] = 9
# Capitalised on purpose: lower-case "may" and "march" are verbs far more often than months.
FULL_MONTH_NAMES = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
MONTH_NAMES = rf"(?:{FULL_MONTH_NAMES}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
# What every month's name starts with (and its written abbreviation, but "Sept").
MONTH_ABBREVIATIONS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
WEEKDAYS = {name.lower(): number for number, name in enumerate(_calendar.day_name)}
WEEKDAY_NAMES = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# How long a unit is, in days: the shortest and longest it can be on the calendar (a stated "nine
# months" is 252..279 days), and its mean (for reading an elapsed number of days back as units).
UNIT_DAYS_RANGE = {"hour": (1 / 24, 1 / 24), "minute": (1 / 1440, 1 / 1440), "second": (1 / 86400, 1 / 86400),
                   "night": (1, 1), "day": (1, 1), "week": (7, 7), "month": (28, 31), "year": (365, 366), "decade": (3652, 3653),
                   "century": (36524, 36525)}
UNIT_DAYS_MEAN = {"hour": 1 / 24, "minute": 1 / 1440, "second": 1 / 86400, "night": 1.0, "day": 1.0, "week": 7.0, "month": 30.44, "year": 365.25, "decade": 3652.5, "century": 36525.0}
SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 14)}


def month_number(word: str) -> int:
    return MONTHS[word.rstrip(".").lower()]


def last_day(year: int, month: int) -> int:
    return _calendar.monthrange(year, month)[1]


def month_interval(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), dt.date(year, month, last_day(year, month))


def months_interval(year: int, first_month: int, last_month: int) -> tuple[dt.date, dt.date]:
    """Months first..last of a year; a last month past 12 runs into the next year (winter)."""
    end_year, end_month = year + (last_month - 1) // 12, (last_month - 1) % 12 + 1
    return dt.date(year, first_month, 1), dt.date(end_year, end_month, last_day(end_year, end_month))


def year_interval(first_year: int, last_year: int | None = None) -> tuple[dt.date, dt.date]:
    return dt.date(first_year, 1, 1), dt.date(last_year or first_year, 12, 31)


def part_of(start: dt.date, end: dt.date, part: str | None) -> tuple[dt.date, dt.date]:
    """Early, mid or late part of an interval, in the units editors think in.

    A month splits at days 10 and 20; a season or a half into thirds of its months; a year into Jan-Apr, May-Aug, Sep-Dec; a decade into years
    0-3, 4-6, 7-9; a century into its first, middle and last 33 years.
    """
    if not part:
        return start, end
    if start.year == end.year and start.month == end.month:  # a month
        bounds = {"early": (1, 10), "mid": (11, 20), "late": (21, end.day)}[part]
        return start.replace(day=bounds[0]), start.replace(day=bounds[1])
    months = (end.year - start.year) * 12 + end.month - start.month + 1
    if months < 12:  # a season or a half: its first, middle and last third of months ("early summer" is June)
        third = max(months // 3, 1)
        first, last = {"early": (0, third - 1), "mid": (third, months - third - 1), "late": (months - third, months - 1)}[part]
        year, month = start.year + (start.month + first - 1) // 12, (start.month + first - 1) % 12 + 1
        return months_interval(year, month, month + last - first)
    if start.year == end.year:  # a year
        first, last = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}[part]
        return months_interval(start.year, first, last)
    span = end.year - start.year + 1
    if span == 10:
        first, last = {"early": (0, 3), "mid": (4, 6), "late": (7, 9)}[part]
    else:
        first, last = {"early": (0, 32), "mid": (33, 65), "late": (66, span - 1)}[part]
    return year_interval(start.year + first, start.year + last)


def weekday_near(anchor: dt.date, weekday: int, direction: int) -> dt.date:
    """The given weekday on or before (direction -1) or on or after (+1) the anchor date."""
    if direction < 0:
        return anchor - dt.timedelta(days=(anchor.weekday() - weekday) % 7)
    return anchor + dt.timedelta(days=(weekday - anchor.weekday()) % 7)


def nearest_year(anchor: dt.date, month: int, day: int | None = None) -> int:
    """The year that puts month/day nearest the anchor (an article from January that says
    "December 28" means the December just gone)."""
    best = anchor.year
    best_distance = None
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            candidate = dt.date(year, month, day or 1)
        except ValueError:
            continue
        distance = abs((candidate - anchor).days)
        if best_distance is None or distance < best_distance:
            best, best_distance = year, distance
    return best


def describe_interval(start: dt.date | None, end: dt.date | None, granularity: str) -> str:
    """Words for an interval an editor reads: '23 Apr 2025 (Wed)', 'Jul 2024', 'the 1990s'."""
    if start is None or end is None:
        return "an unplaced date"
    if granularity == "day" and start == end:
        return f"{start.day} {start:%b %Y} ({start:%a})"
    if granularity == "day" and (start.year, start.month) == (end.year, end.month):
        return f"{start:%a} {start.day} - {end:%a} {end.day} {end:%b %Y}"
    if granularity == "day":
        return f"{start:%a} {start.day} {start:%b} - {end:%a} {end.day} {end:%b %Y}"
    if granularity == "decade" and start.year % 10 == 0 and end.year == start.year + 9:
        return f"the {start.year}s"
    if granularity == "month" and start.day == 1 and end.day == last_day(end.year, end.month) and start.month == end.month:
        return f"{start:%b %Y}"
    if granularity == "year" and (start.month, start.day, end.month, end.day) == (1, 1, 12, 31):
        return str(start.year) if start.year == end.year else f"{start.year}-{end.year}"
    return f"{start.isoformat()} to {end.isoformat()}"


def median_date(dates: Iterable[dt.date | None]) -> dt.date | None:
    """The middle one of the known dates (the later middle one of an even count), None when no
    date is known: the corpus's time, which year-less datelines and undated articles are read at.

    >>> median_date([dt.date(2025, 4, 25), None, dt.date(2025, 4, 23), dt.date(2025, 4, 24), dt.date(2025, 5, 1)])
    datetime.date(2025, 4, 25)
    """
    known = sorted(date for date in dates if date)
    return known[len(known) // 2] if known else None
