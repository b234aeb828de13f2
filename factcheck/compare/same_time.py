"""One past time told in two ways: "last year" in an article of 2025 and "in 2024"."""
from __future__ import annotations

from ..models import ClaimBase


def one_past(one: ClaimBase, other: ClaimBase) -> bool:
    """Whether both figures' own clauses date them to the very same past time ("fell 37 percent last
    year" / "fell 22 percent in 2024", read against their articles' dates): the words that name the
    time differ, the time does not."""
    return bool(one.frame.when) and one.frame.when == other.frame.when
