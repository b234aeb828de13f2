"""A season's edges are loose in news: "this winter" may start with the heating bills of October
(meteorological winter is December to February, the astronomical one starts on the 21st, and in the
southern hemisphere the months swap). A season compared with another date reaches a month further on
each side, so "this winter" and "October" never disagree, while "this winter" and "July" still do."""
from __future__ import annotations

from ..models import ClaimBase

# How far a season reaches past the months it is read as, in days, on each side.
SEASON_EDGE_DAYS = 31


def loose_interval(claim: ClaimBase) -> tuple[int, int]:
    """A date claim's days as ordinals; a season's a month wider on each side."""
    start, end = claim.value.start.toordinal(), claim.value.end.toordinal()
    if claim.value.granularity == "season":
        return start - SEASON_EDGE_DAYS, end + SEASON_EDGE_DAYS
    return start, end


def only_at_an_edge(claims: list[ClaimBase]) -> bool:
    """Whether the dates meet only through a season's loose edge (strictly, they do not overlap)."""
    strict = [(c.value.start.toordinal(), c.value.end.toordinal()) for c in claims]
    return max(start for start, _ in strict) > min(end for _, end in strict)
