"""A share told of a place that opens its sentence: "In the capital, 61% voted in favour", "In
Leeds, 61% voted in favour", "In the north, sales rose 9%". The place is set off before the clause
and the frame may keep none of it; the share is the place's, a part of the whole the other article
tells ("with 54% voting in favour") or another place's. Shares only: a count told so ("In Tarnvik,
12 people died") is as often the whole event's."""
from __future__ import annotations

import re

from ..chrono import FULL_MONTH_NAMES, WEEKDAY_NAMES
from ..extract.frame_words import COMMON_CAPITALISED, COMPASS_QUARTER, PLACE_NOUNS
from ..models import ClaimBase
from .aspects import text_before

# "In the capital,", "In the old town,", "In the north-east,", "In Leeds,", "In Harbor City," (not "In
# March," nor "In 2025,": a time; nor "In all,", "In total,": a whole).
_OPENING = re.compile(rf"^\W*In\s+(?:the\s+(?:[a-z]+\s+)?(?P<noun>[a-z][\w-]*)|(?P<name>(?!{FULL_MONTH_NAMES}\b|{WEEKDAY_NAMES}\b)"
                      r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)),\s")
_PLACES = PLACE_NOUNS | {"capital", "countryside", "suburbs"}


def _opening_place(claim: ClaimBase) -> str | None:
    found = _OPENING.match(text_before(claim))
    if found is None:
        return None
    if found["noun"]:
        noun = found["noun"].lower()
        return noun if noun in _PLACES or re.fullmatch(COMPASS_QUARTER, noun) else None
    return None if found["name"] in COMMON_CAPITALISED else found["name"]


def opening_places_apart(one: ClaimBase, other: ClaimBase) -> bool:
    """Whether two shares are told of different places, or one of a place that opens its sentence
    and the other of none (see the module)."""
    if one.kind != "percent" or other.kind != "percent":
        return False
    first, second = _opening_place(one), _opening_place(other)
    return first != second
