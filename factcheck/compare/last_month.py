"""A figure told of "last month" and one told of a month by name: one month when the first article
was published in the month after it ("Payrolls rose by 150,000 last month", published in August /
"Employers added 157,000 jobs in July"), two otherwise ("... in June"), and two when the first
article's date is not known. The words alone keep them apart (estimates.py); this reads the date."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping

from ..chrono import FULL_MONTH_NAMES, month_number
from ..models import ClaimBase

_FIGURES = frozenset({"count", "percent", "money"})
# After the figure in its clause: "rose by 150,000 last month", "added 157,000 jobs in July".
_LAST_MONTH_AFTER = re.compile(r"[^,;]{0,60}?\blast\s+month\b")
_MONTH_AFTER = re.compile(rf"[^,;]{{0,40}}?\b(?:in|during|for)\s+(?P<month>{FULL_MONTH_NAMES})\b(?!\s+(?:19|20)\d\d)")


def _after(claim: ClaimBase, pattern: re.Pattern[str]) -> re.Match[str] | None:
    at = claim.sentence.find(claim.text)
    return pattern.match(claim.sentence, at + len(claim.text)) if at >= 0 else None


def last_month_and_month(one: ClaimBase, other: ClaimBase) -> tuple[ClaimBase, str] | None:
    """The figure told of "last month" and the month the other names, either way round; None when
    the two are not so told (figures only: a date's own words are its time)."""
    if one.kind not in _FIGURES or other.kind not in _FIGURES:
        return None
    for last, named in ((one, other), (other, one)):
        month = _after(named, _MONTH_AFTER)
        if month and _after(last, _LAST_MONTH_AFTER) and not _after(named, _LAST_MONTH_AFTER) and not _after(last, _MONTH_AFTER):
            return last, month["month"]
    return None


def months_apart(one: ClaimBase, other: ClaimBase, published: Mapping[str, dt.date | None]) -> bool:
    """Whether "last month" on one side is another month than the one the other side names."""
    told = last_month_and_month(one, other)
    if told is None:
        return False
    last, month = told
    day = published.get(last.source)
    if day is None:
        return True
    return month_number(month) != (day.replace(day=1) - dt.timedelta(days=1)).month


# "last year", "this month": a period told relative to the day an article was published.
_RELATIVE_AFTER = re.compile(r"[^,;]{0,60}?\b(?:last|this)\s+(?P<unit>year|month)\b")


def relative_apart(one: ClaimBase, other: ClaimBase, published: Mapping[str, dt.date | None]) -> bool:
    """Whether two figures each told of "last year" (or "this month"...) in the same words are of two
    periods: their articles were published in different years (months). "Earned $40 million last
    year" on 30 December and "$52 million last year" on 3 January are two years' figures."""
    if one.kind not in _FIGURES or other.kind not in _FIGURES:
        return False
    first, second = _after(one, _RELATIVE_AFTER), _after(other, _RELATIVE_AFTER)
    days = published.get(one.source), published.get(other.source)
    if not first or not second or first[0].split()[-2:] != second[0].split()[-2:] or None in days:
        return False
    if first["unit"] == "year":
        return days[0].year != days[1].year
    return (days[0].year, days[0].month) != (days[1].year, days[1].month)
