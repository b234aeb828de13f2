"""Which stretch of a game a figure is of, told by the words of its sentence (split from echo.py for
its size): two figures of stretches named differently are two facts however alike their sentences."""
from __future__ import annotations

import re
from functools import lru_cache

from ..extract.frame_words import SCOPE_CUES
from ..models import ClaimBase
from ..text import parse_number

_PERIOD_CUES = tuple(pattern for pattern, label in SCOPE_CUES if label == "period")


def stretches_apart(one: ClaimBase, other: ClaimBase) -> bool:
    """Two figures each of a stretch of the game are one fact only if the stretch is named alike:
    "12 points in the first half" / "8 points during a 15-2 run", "at halftime, behind 12 points" /
    "in the first five minutes, behind 8 points" tell of two stretches in nearly the same words."""
    periods = [set((claim.frame.scope or "").split("+")) for claim in (one, other)]
    return all("period" in scope for scope in periods) and _stretches(one.sentence) != _stretches(other.sentence)


@lru_cache(maxsize=4096)
def _stretches(sentence: str) -> frozenset[str]:
    return frozenset(_stretch_key(found.group(0)) for pattern in _PERIOD_CUES for found in pattern.finditer(sentence))


# Words that name a stretch alike however told: "at halftime" is "at the half", "a 15-2 run" "the
# 15-2 run", "the first five minutes" "the first 5 minutes".
_SAME_STRETCH = {"halftime": "half", "half-time": "half", "interval": "half", "intermission": "half", "break": "half"}
_NO_MATTER = frozenset("a an the that this his her their its".split())


def _stretch_key(words: str) -> str:
    key = []
    for word in re.findall(r"[\w½¼¾/.-]+", words.lower()):
        if word in _NO_MATTER:
            continue
        number = parse_number(word) if not word[0].isdigit() else None
        key.append(_SAME_STRETCH.get(word, f"{number:g}" if number is not None else word))
    return " ".join(key)


# The stretch a figure itself measures, named right before it: "will sit out the final four games".
_MEASURED = re.compile(r"\b(?:the|his|her|their|its)\s+(final|last|first|next|remaining|opening)\s+$", re.I)


def measured_stretch(claim: ClaimBase) -> str | None:
    """"will sit out the final four games", "missed the first three matches": the stretch (final,
    first...) whose length the figure is, for a figure scoped to a stretch of time; None for other
    figures and stretches named in other words ("12 points in the first half"). Two such figures of
    one holder's one event name one stretch when this word and the counted noun's own words are the
    same, and then disagree like any other figure ("the final two games" / "the final three games")."""
    if claim.kind != "count" or "period" not in (claim.frame.scope or "").split("+"):
        return None  # (a duration's "the first two years of his sentence" is no count of a schedule)
    at = claim.sentence.find(claim.text)
    if at < 0 or claim.sentence.find(claim.text, at + 1) >= 0 or _OF_ANOTHER.match(claim.sentence, at + len(claim.text)):
        return None
    found = _MEASURED.search(claim.sentence, 0, at)
    if not found:
        return None
    # "the final two home games", "the first two playoff games" are a part of the final or first
    # games: the words before the counted noun belong to the stretch's name
    narrowed = re.split(r"\s+of\s+", (claim.frame.thing or "").lower())[0].split()[:-1]
    return " ".join([found.group(1).lower(), *narrowed])


# A stretch of something other than this season: "the last four matches of his rookie year".
_OF_ANOTHER = re.compile(r"\s+[\w-]+\s+of\s+(?!(?:the|this)\s+(?:[\w'’.-]+\s+){0,4}season\b)", re.I)
