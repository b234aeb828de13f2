"""A share measured against a time limit is a share of that limit: "64 percent of patients had
waited less than 12 weeks" and "76 percent of patients were seen within two hours" are two
measures, not one told two ways. Two shares whose clauses after the figure (else the words before it
in its sentence: "seen within 62 days, against a target of 85 percent") name different limits are
apart; a limit named on one side only says nothing (the other may leave it out)."""
from __future__ import annotations

import re

from ..models import ClaimBase
from ..text import parse_number

_LIMIT = re.compile(r"[^.;]{0,60}?\b(?:within|in\s+under|in\s+less\s+than|less\s+than|more\s+than|longer\s+than|under|over|"
                    r"after)\s+(?:(?:about|around|nearly|almost)\s+)?(?P<n>\d+(?:\.\d+)?|[a-z]+)\s+"
                    r"(?P<unit>minute|hour|day|week|month|year)s?\b", re.I)


# A limit told before the share it measures: "68 percent were seen within 62 days, against a target of 85 percent".
_LIMIT_BEFORE = re.compile(_LIMIT.pattern.removeprefix("[^.;]{0,60}?"), re.I)
BEFORE_CHARS = 120


def _limit(claim: ClaimBase) -> tuple[float, str] | None:
    at = claim.sentence.find(claim.text)
    if at < 0:
        return None
    found = _LIMIT.match(claim.sentence, at + len(claim.text))
    if found is None:  # else the nearest one before it in its sentence
        found = next(reversed(list(_LIMIT_BEFORE.finditer(claim.sentence, max(0, at - BEFORE_CHARS), at))), None)
    if found is None:
        return None
    amount = parse_number(found["n"].lower())
    return (amount, found["unit"].lower()) if amount else None


def limits_apart(one: ClaimBase, other: ClaimBase) -> bool:
    """Two shares of different time limits ("within two hours" / "less than 12 weeks")."""
    if one.kind != "percent":
        return False
    first, second = _limit(one), _limit(other)
    return first is not None and second is not None and first != second
