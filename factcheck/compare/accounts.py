"""Which line of a company's accounts a sum or a change is: the kind of profit ("Net profit was 6.99
trillion won" / "Operating profit ... was 9.2 trillion won") and the stretch of the year it covers
("In the first half, operating profit totalled 16.6 trillion won" / the quarter's 9.2). Results news
gives several of each in one story; the figures of two lines or two stretches are two facts."""
from __future__ import annotations

import re

from ..models import ClaimBase
from .aspects import text_before

# A qualified measure: "net profit", "operating income", "pre-tax loss" (a bare "profit" may be any of them).
_QUALIFIED = re.compile(r"\b(?P<qualifier>net|operating|gross|pre-?tax|pretax|adjusted|underlying|core|attributable)\s+"
                        r"(?P<measure>profits?|income|earnings|loss(?:es)?|margins?)\b", re.I)
# A stretch longer than the quarter results news is mostly about ("the quarter" and no word are one).
_SPANS = ((re.compile(r"\b(?:first|second)[\s-]+half\b|\b(?:first|past|last)\s+six\s+months\b|\bH[12]\b|\bhalf-year\b", re.I), "half"),
          (re.compile(r"\b(?:first|past|last)[\s-]+nine[\s-]+months?\b", re.I), "nine months"),
          (re.compile(r"\bfull[- ]year\b|\b(?:for|over)\s+the\s+(?:full|whole)\s+year\b", re.I), "year"))
# How far after the figure its clause may still name its stretch ("profit of $5 billion for the first half").
_AFTER = 40


def accounts_apart(one: ClaimBase, other: ClaimBase) -> bool:
    """Sums or changes of two kinds of profit, or of two stretches of the year (see the module)."""
    if one.kind not in ("money", "percent") or other.kind not in ("money", "percent"):
        return False
    first, second = _qualified(one), _qualified(other)
    if first and second and first[1] == second[1] and first[0] != second[0]:
        return True
    return _span(one) != _span(other)


def _qualified(claim: ClaimBase) -> tuple[str, str] | None:
    found = [*_QUALIFIED.finditer(text_before(claim))]
    if not found:
        return None
    qualifier, measure = found[-1]["qualifier"].lower().replace("-", ""), found[-1]["measure"].lower()
    return qualifier, "loss" if measure.startswith("loss") else measure.rstrip("s")


def _span(claim: ClaimBase) -> str | None:
    at = claim.sentence.find(claim.text)
    if at < 0:
        return None
    window = claim.sentence[:at + len(claim.text) + _AFTER]
    return next((label for pattern, label in _SPANS if pattern.search(window)), None)
