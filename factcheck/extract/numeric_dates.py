"""Numeric dates: ISO ("2013-09-26") and slashed ("9/26/1999", "27/09/2013", "7/24/06"), read month
or day first as the numbers allow, or as the article's other numeric dates show: never by guess."""
from __future__ import annotations

import datetime as dt
import re

from .base import Page
from .date_base import DateMatch, date_interval


def read_iso(match: re.Match[str], page: Page) -> DateMatch | None:
    try:
        date = dt.date.fromisoformat(match.group())
    except ValueError:
        return None
    return DateMatch(*match.span(), date_interval(date, date, "day"))


NUMERIC = re.compile(r"(?<![\d/.,-])(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})(?![\d/]|\.\d)")


def read_numeric(match: re.Match[str], page: Page) -> DateMatch | None:
    """"9/26/1999", "27/09/2013", "7/24/06": month or day first as the numbers allow (a part above
    12 is the day); where both readings are dates, as the article's other numeric dates show, never
    by guess (an ambiguous date with no such evidence is left out)."""
    first, second, year = int(match[1]), int(match[2]), int(match[3])
    if len(match[3]) == 2:
        pivot = (page.published.date.year % 100 + 1) if page.published.date else 30
        year += 2000 if year <= pivot else 1900
    readings = {order: calendar_day(year, month, day) for order, (month, day) in
                (("month first", (first, second)), ("day first", (second, first)))}
    valid = {order: date for order, date in readings.items() if date is not None}
    if len(set(valid.values())) > 1:
        habit = _numeric_habit(page)
        valid = {habit: valid[habit]} if habit else {}
    if not valid:
        return None
    date = next(iter(valid.values()))
    return DateMatch(*match.span(), date_interval(date, date, "day"))


def calendar_day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _numeric_habit(page: Page) -> str | None:
    """Which order the article's unambiguous numeric dates use, when they all use one (read once a page)."""
    if page.numeric_order is None:
        page.numeric_order = _read_numeric_habit(page) or ""
    return page.numeric_order or None


def _read_numeric_habit(page: Page) -> str | None:
    orders = set()
    for match in NUMERIC.finditer(page.text):
        first, second = int(match[1]), int(match[2])
        if first > 12 >= second:
            orders.add("day first")
        elif second > 12 >= first:
            orders.add("month first")
    return orders.pop() if len(orders) == 1 else None
