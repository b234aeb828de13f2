"""Whether two claims' values can both be true of one thing, and whether a claim too thin to tell
what it counts may stand with another (align.frames_compatible)."""
from __future__ import annotations

from ..models import ClaimBase


def overlapping_when(one: str, other: str) -> bool:
    first, second = one.split("/"), other.split("/")
    return first[0] <= second[1] and second[0] <= first[1]


def claim_interval(claim: ClaimBase) -> tuple[float, float] | None:
    """A claim's value as an interval of numbers (days for dates and durations); None for names
    and unplaced dates."""
    return claim.value.interval()


def same_figure(one: ClaimBase, other: ClaimBase) -> bool:
    """Whether two claims give one exact figure: "four" and "four", not "at least 23" and 57."""
    if _vague(one) or _vague(other):
        return False
    first, second = claim_interval(one), claim_interval(other)
    return first is not None and first == second and first[0] == first[1]


def _vague(claim: ClaimBase) -> str | None:
    """A quantity's vague word; None for kinds that have none. Read from the record's fields: a
    getattr that misses goes through pydantic's __getattr__ and an exception, tens of thousands of
    times a check."""
    return claim.value.__dict__.get("vague")


def values_overlap(one: ClaimBase, other: ClaimBase) -> bool:
    """Whether two claims' values can both be true of one thing."""
    if one.kind == "name":
        return same_document_type(one.value.doc_type, other.value.doc_type)
    if _vague(one) or _vague(other):
        return True  # "several", "dozens": too loose to contradict a figure
    if one.kind == "percent" and one.value.change and other.value.change and one.value.change != other.value.change:
        return False
    first, second = claim_interval(one), claim_interval(other)
    if first is None or second is None:
        return True  # an unplaced date contradicts nothing
    return first[0] <= second[1] and second[0] <= first[1]


# Words news uses for one kind of document: a "peace deal" and a "peace accord" are one agreement.
DOCUMENT_FAMILIES = {"deal": "agreement", "accord": "agreement", "pact": "agreement", "agreement": "agreement"}


def same_document_type(one: str, other: str) -> bool:
    return DOCUMENT_FAMILIES.get(one, one) == DOCUMENT_FAMILIES.get(other, other)


def thin_may_join(claim: ClaimBase, other: ClaimBase) -> bool:
    """A claim too thin to tell it is one fact may stand with claims it agrees with, never against.
    Not with a history, though: told on one side only ("in 2019 a landslide killed 57"), a history is
    joined by the very same figure alone, not by "at least 23"; two histories of other years never."""
    one, two = claim.frame, other.frame
    if claim.kind != "date" and (one.when is None) != (two.when is None):
        return same_figure(claim, other)
    if claim.kind != "date" and one.when and "/" in one.when and "/" in two.when and not overlapping_when(one.when, two.when):
        return False
    return values_overlap(claim, other)
