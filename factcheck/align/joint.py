"""Figures told of two names together, and figures told of one of them.

"Harbor City and Tarnvik could lose 300 jobs" and "Tarnvik could lose 120 jobs" are a whole and a
part: the pair's figure holds the one's. An echo (echo.py) pairs such sentences by their words,
and the holder read from the first is only its first name, so the names check asks this of the sentences.
"""
from __future__ import annotations

import re

from ..models import ClaimBase

_NAME = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
_JOINT = re.compile(rf"\b({_NAME})\s+and\s+({_NAME})\b")


def joint_apart(one: ClaimBase, other: ClaimBase) -> bool:
    """Whether one's figure follows two names joined by "and" of which other's sentence names
    exactly one: the two names' figure is not the one name's."""
    at = one.sentence.find(one.text)
    if at <= 0:
        return False
    return any((first in other.sentence) != (second in other.sentence)
               for first, second in _JOINT.findall(one.sentence, 0, at))
