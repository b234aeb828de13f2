"""Dates told as alternatives: "in March or April", "Monday or Tuesday", "in 2010 or 2011", "on Jan. 16 or 17".

The text asserts neither date, so neither may be a claim of its own: another article's "April"
would then contradict "March". The two become one claim that spans both (it agrees with either);
TimeML output splits it back into its two ends (timex.range_ends).
"""
from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from ..models import DateValue

if TYPE_CHECKING:
    from .base import Page
    from .date_base import DateMatch

_OR = re.compile(r",?\s+or\s+")
# "Jan. 16 or 17": the second day alone, then the end of the phrase ("Jan. 16 or 17 people" is a count).
_OR_DAY = re.compile(r" or (?P<day>\d{1,2})\b(?=\s*(?:[,.;:)!?]|$)|\s+(?:and|but|in|at|to|for|when|as|after|before|while)\b)")


def join(page: "Page", chosen: list["DateMatch"]) -> list["DateMatch"]:
    """``chosen`` (in text order) with each pair of dates joined by "or" made one match."""
    index = 0
    while index < len(chosen):
        found = chosen[index]
        if _plain(found) and found.value.granularity == "day" and found.value.start == found.value.end:
            _widen_day(page, found, chosen[index + 1] if index + 1 < len(chosen) else None)
        following = chosen[index + 1] if index + 1 < len(chosen) else None
        if following is not None and _plain(found) and _plain(following) and _OR.fullmatch(page.text, found.end, following.start):
            following.value = _after_year_turn(found.value, following.value, page.published.date)
        if following is not None and _plain(found) and _plain(following) \
                and _OR.fullmatch(page.text, found.end, following.start) and _joinable(found.value, following.value):
            found.end = following.end
            found.value = _spanning(found.value, following.value, page.text[found.start:found.end])
            del chosen[index + 1]
        index += 1
    return chosen


def _plain(found: "DateMatch") -> bool:
    return not found.vague and found.anchored is None and not found.day_range and found.value.start is not None \
        and found.value.end is not None


def _joinable(one: DateValue, other: DateValue) -> bool:
    """The same unit, the first before the second, and not a year apart or more ("2010 or 2011" is
    one, "Monday or Tuesday" one, "in 1990 or 2004" two different claims of a muddle: kept apart)."""
    return one.granularity == other.granularity and one.granularity in ("day", "month", "year") \
        and one.start < other.start and (other.end - one.start).days <= 731 and one.mod is None and other.mod is None


def _after_year_turn(one: DateValue, other: DateValue, published: dt.date | None) -> DateValue:
    """"Dec. 31 or Jan. 1" ahead of the page: the January, read alone in the year of the page (before
    it), is the one after the December (a past "December or January" is left as two: which year's?)."""
    if one.granularity not in ("day", "month") or other.granularity != one.granularity or published is None \
            or one.start.month != 12 or other.start.month != 1 or other.start.year != one.start.year or one.start <= published:
        return other
    try:
        start, end = other.start.replace(year=other.start.year + 1), other.end.replace(year=other.end.year + 1)
    except ValueError:
        return other
    return other.model_copy(update={"start": start, "end": end, "timex": None})


def _widen_day(page: "Page", found: "DateMatch", following: "DateMatch | None") -> None:
    match = _OR_DAY.match(page.text, found.end)
    day = found.value.start
    if not match or (following is not None and following.start < match.end()):
        return
    try:
        last = day.replace(day=int(match["day"]))
    except ValueError:
        return
    if last <= day:
        return
    found.end = match.end()
    found.value = _spanning(found.value, found.value.model_copy(update={"start": last, "end": last}),
                            page.text[found.start:found.end])


def _spanning(one: DateValue, other: DateValue, words: str) -> DateValue:
    start: dt.date = one.start  # type: ignore[assignment]
    return one.model_copy(update={"start": start, "end": other.end, "timex": None,
                                  "note": f"{words}: either date, one claim spanning both"})
