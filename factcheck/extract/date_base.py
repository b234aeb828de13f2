"""What every date reader shares: the match it returns, the interval it builds, and the early/mid/late
part of a unit (TIMEX3's mod)."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..chrono import MONTH_ABBREVIATIONS
from ..models import DateValue
from .base import Within

YEAR = r"(?:1[5-9]\d\d|20\d\d)"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
PART = r"(?:(?P<part>early|mid|late|the end of|the start of|the beginning of|the middle of)[- ]?)"
# Sentences that may hold a month's name, found with the page's one pass for anchor words (the
# dates and news_dates patterns share it: one look a page).
MONTH_ANCHOR = Within(tuple(word.lower() for word in MONTH_ABBREVIATIONS), re.compile("|".join(MONTH_ABBREVIATIONS)))
DASH = r"\s*(?:-|–|—|to|through|until|till|and)\s*"

# Words before a bare four-digit number that make it a year ("in 1992", "since 2010").
YEAR_LEAD_WORDS = frozenset(
    """in since from by until till before after during of between and to into through throughout around
    circa early mid late year years fiscal or spring summer autumn fall winter""".split()
)
# A year after these is the base of a comparison, carried by the percentage claim instead.
COMPARISON_BASE = re.compile(r"(?:compared (?:to|with)|than(?: in)?|versus|vs\.?|over)\s*$", re.I)


@dataclass
class DateMatch:
    start: int
    end: int
    value: DateValue
    day_range: bool = False
    anchored: tuple[int, str] | None = None  # (signed steps, unit) from a date the text gives before it
    vague: bool = False  # "now", "recently", what no day can be set on: a time expression, never a claim
    from_event: bool = False  # "a day after X": counted from the event after it, placed only by a date naming X
    day_of_month: int | None = None  # "on the 14th": the month the text just gave, when it gave one


def date_interval(start: dt.date, end: dt.date, granularity: str, **extra: object) -> DateValue:
    return DateValue(start=start, end=end, granularity=granularity, **extra)


TIMEX_MODS = {"early": "START", "mid": "MID", "late": "END"}


def timex_mod(match: re.Match[str]) -> str | None:
    """TIMEX3's mod for early/mid/late: the value stays the whole unit's."""
    return TIMEX_MODS.get(unit_part(match) or "")


def unit_part(match: re.Match[str]) -> str | None:
    part = match.groupdict().get("part")
    if not part:
        return None
    part = part.lower()
    return {"the end of": "late", "the start of": "early", "the beginning of": "early", "the middle of": "mid"}.get(part, part)
