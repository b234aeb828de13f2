"""A share measured against a time limit is a share of that limit: "64 percent of patients had
waited less than 12 weeks" and "76 percent of patients were seen within two hours" are two
measures, not one told two ways. Two shares whose clauses after the figure name different limits
are apart; a limit named on one side only says nothing (the other may leave it out). A target told
after a share ("within 62 days, against a target of 85 percent") is the target of the limit before it."""
from __future__ import annotations

import re

from ..models import ClaimBase
from ..text import parse_number

_LIMIT = re.compile(r"[^.;]{0,60}?\b(?:within|in\s+under|in\s+less\s+than|less\s+than|more\s+than|longer\s+than|under|over|"
                    r"after)\s+(?:(?:about|around|nearly|almost)\s+)?(?P<n>\d+(?:\.\d+)?|[a-z]+)\s+"
                    r"(?P<unit>minute|hour|day|week|month|year)s?\b", re.I)

_LIMIT_BEFORE = re.compile(r"\b(?:within|in\s+under|in\s+less\s+than|less\s+than|under)\s+(?:(?:about|around|nearly|almost)\s+)?"
                           r"(?P<n>\d+(?:\.\d+)?|[a-z]+)\s+(?P<unit>minute|hour|day|week|month|year)s?\b", re.I)


def _limit(claim: ClaimBase) -> tuple[float, str] | None:
    at = claim.sentence.find(claim.text)
    found = _LIMIT.match(claim.sentence, at + len(claim.text)) if at >= 0 else None
    if found is None and at >= 0 and "limit" in (claim.frame.scope or "").split("+"):
        # "seen within 62 days, against a target of 85 percent": a target is the target of the limit told before it
        found = ([None] + list(_LIMIT_BEFORE.finditer(claim.sentence[:at])))[-1]
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
