"""Shares of two rounds of one contest: "She won 61% of the vote in the primary" / "She won 58% of
the vote in the general election"; "52% in the first round" / "55% in the runoff". A candidate's or
a party's share in each round is another fact; a round told on one side only may be the other's."""
from __future__ import annotations

import re

from ..models import ClaimBase

# A round named in the figure's clause (its words up to a comma or a semicolon).
_ROUND = re.compile(r"\b(?P<round>primary|primaries|caucus(?:es)?|run-?off|(?:first|second|third|final) round|general election|"
                    r"by-election|midterms?|the general)\b", re.I)
_SAME = {"primaries": "primary", "caucuses": "caucus", "run-off": "runoff", "the general": "general election", "midterms": "midterm"}


def _round(claim: ClaimBase) -> str | None:
    at = claim.sentence.find(claim.text)
    if at < 0:
        return None
    start = max(claim.sentence.rfind(mark, 0, at) for mark in ",;") + 1
    ends = [end for end in (claim.sentence.find(mark, at) for mark in ",;") if end >= 0]
    found = _ROUND.search(claim.sentence, start, min(ends, default=len(claim.sentence)))
    if found is None:
        return None
    word = found["round"].lower()
    return _SAME.get(word, word)


def rounds_apart(one: ClaimBase, other: ClaimBase) -> bool:
    """Whether two shares are told of two rounds of a contest (see the module)."""
    if one.kind != "percent" or other.kind != "percent":
        return False
    first, second = _round(one), _round(other)
    return first is not None and second is not None and first != second
