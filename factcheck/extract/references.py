"""A small count told with "the": "the two incidents were not related", "one of the three men
accused". It names a set the story has in mind (often named before: "the two countries"), so it
is no statement of how many there are that another article's figure could contradict through its
frame: quantities.py leaves it out of the ordinary counts. Yet two outlets that tell one sentence
alike ("the two incidents on consecutive days were not related" / "the three incidents on
consecutive days ...") do disagree. Such a count is a claim with the scope "reference": it stands
only with other references of its frame, never disagrees through the frame (align.can_disagree),
only as an echo of nearly the same sentence (echo.py)."""
from __future__ import annotations

import re
from collections.abc import Callable

from ..models import CountClaim, QuantityValue
from ..text import parse_number
from .base import Page
from .frames import frame_label

REFERENCE_SCOPE = "reference"
# "the two incidents", "of the three holdouts"; digits under ten too ("the 2 men"). Not "the two
# of them" (no noun), "the two-thirds", "the 2 p.m. deadline" (quantities' own rules say which
# words a figure counts).
_REFERENCE = re.compile(r"\b(?i:the)\s+(?P<number>(?i:two|three|four|five|six|seven|eight|nine)|[2-9])(?![\w.,%-])")
_ANCHOR = ("the",)

CountMaker = Callable[..., CountClaim]


def reference_counts(page: Page, make_count: CountMaker, counted_thing: Callable[[Page, int], str | None],
                     thing_end: Callable[[Page, int, str], int], plural: Callable[[str], bool]) -> list[CountClaim]:
    """The counts told with "the" that no other rule read: each a claim of scope "reference"
    (quantities.py lends its readers of the counted thing, as family.py's callers do)."""
    found: list[CountClaim] = []
    for match in page.finditer(_REFERENCE, _ANCHOR):
        start, end = match.span("number")
        if not page.is_free(start, end):
            continue
        thing = counted_thing(page, end)
        if not thing or not plural(thing.split()[-1].lower()):
            continue
        number = parse_number(match["number"])
        claim = make_count(page, (start, end), QuantityValue(stated=number, low=number, high=number), thing, thing,
                           thing_end(page, end, thing))
        claim.frame.scope = "+".join(sorted({*(claim.frame.scope.split("+") if claim.frame.scope else ()), REFERENCE_SCOPE}))
        claim.subject = frame_label(claim.frame, thing)
        found.append(claim)
    return found


def is_reference(scope: str | None) -> bool:
    return bool(scope) and REFERENCE_SCOPE in scope.split("+")
