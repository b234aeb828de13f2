"""One length told in two units: "10 hours and 30 minutes", "two years and three months", "1 hour 52
minutes", "three days, four hours". It is one duration, its parts summed, compared as one: never two
lengths of one act (which would disagree with each other), and never the larger part alone."""
from __future__ import annotations

import re

from ..chrono import UNIT_DAYS_MEAN, UNIT_DAYS_RANGE
from ..models import DurationValue
from ..text import NUMBER_WORD, parse_number

_ORDER = ("second", "minute", "hour", "day", "week", "month", "year")
_PART = rf"(?:\d+|{NUMBER_WORD}|an?)"
# Not a step from now or from a time ("ago", "later"); an age or a game clock is matched, to be set aside whole (not_a_length).
COMPOUND_LENGTH = re.compile(
    rf"\b(?P<amount>{_PART}) (?P<unit>year|month|week|day|hour|minute)s?,? (?:and )?"
    rf"(?P<amount2>{_PART}) (?P<unit2>month|week|day|hour|minute|second)s?\b"
    r"(?![- ](?:ago|later|earlier|back|away|from)\b)", re.I)
_NOT_A_LENGTH_AFTER = re.compile(r"[- ](?:old\b|of age\b)|,?\s+(?:remaining|left|to\s+(?:go|play)|in(?:to)?\s+the\s+(?:game|match|half|quarter|period|race))\b", re.I)
_NOT_A_LENGTH_BEFORE = re.compile(r"\baged\s+$", re.I)
# How a claim's text reads as such a length (the comparer's test; the extractor sets unit and amount).
_TOLD_AS_COMPOUND = re.compile(r"\b(?:year|month|week|day|hour|minute)s?,? (?:and )?\S+ (?:month|week|day|hour|minute|second)",
                               re.I)


def _amount(word: str) -> float | None:
    word = word.lower()
    return 1.0 if word in ("a", "an", "one") else parse_number(word)


def compound_length(match: re.Match[str]) -> DurationValue | None:
    """The summed length, in the larger unit ("10 hours and 30 minutes" is 10.5 hours), exact to
    the smaller unit: whoever gives the minutes is not guessing."""
    unit, unit2 = match["unit"].lower(), match["unit2"].lower()
    first, second = _amount(match["amount"]), _amount(match["amount2"])
    if not_a_length(match) or not first or not second or _ORDER.index(unit2) >= _ORDER.index(unit):
        return None
    low = first * UNIT_DAYS_RANGE[unit][0] + second * UNIT_DAYS_RANGE[unit2][0]
    high = first * UNIT_DAYS_RANGE[unit][1] + second * UNIT_DAYS_RANGE[unit2][1]
    mean_ratio = UNIT_DAYS_MEAN[unit2] / UNIT_DAYS_MEAN[unit]
    return DurationValue(min_days=low, max_days=high, amount=round(first + second * mean_ratio, 4), unit=unit,
                         basis="stated")


def not_a_length(match: re.Match[str]) -> bool:
    """"aged two years and three months", "two years and three months old": an age, no length; nor is a game's
    clock ("with 3 minutes 20 seconds remaining", "9 minutes, 5 seconds into the game"): a point of the game."""
    text = match.string
    return bool(_NOT_A_LENGTH_AFTER.match(text, match.end()) or _NOT_A_LENGTH_BEFORE.search(text, max(0, match.start() - 8), match.start()))


def is_compound(text: str) -> bool:
    return bool(_TOLD_AS_COMPOUND.search(text))


def rounded_interval(value: DurationValue) -> tuple[float, float]:
    """The larger part's whole units around a compound length: "10 hours and 30 minutes" may be told
    elsewhere as "10 hours" (cut) or, with 40 minutes, as "11 hours" (rounded up)."""
    whole = int(value.amount)
    low, high = UNIT_DAYS_RANGE[value.unit]
    return whole * low, (whole + 1) * high
