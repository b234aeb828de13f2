"""Subject phrases -> comparable keys: lower case, crude stems, a few synonyms, weights.

Alignment is computed from the subject text alone, so an editor who rewrites a claim's subject
moves it to another group. The synonym table holds plain English equivalences, nothing about any
particular story.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..extract.subjects import EVENT_NOUNS
from ..text import STOP_WORDS

IRREGULAR = {"rose": "rise", "risen": "rise", "grew": "grow", "grown": "grow", "began": "begin", "begun": "begin",
             "held": "hold", "met": "meet", "fell": "fall", "fallen": "fall", "made": "make", "took": "take",
             "signed": "sign", "won": "win", "lost": "lose", "people": "person", "men": "man", "women": "woman",
             "children": "child", "firms": "company", "firm": "company", "companies": "company"}
SYNONYMS = {
    "talks": "meeting", "talk": "meeting", "meetings": "meeting", "negotiations": "meeting",
    "begin": "establish", "start": "establish", "launch": "establish", "found": "establish", "set": "establish",
    "increase": "rise", "grow": "rise", "growth": "rise", "climb": "rise", "jump": "rise", "surge": "rise", "gain": "rise",
    "decline": "fall", "drop": "fall", "decrease": "fall", "slide": "fall", "shrink": "fall",
    "exempt": "free", "exemption": "free", "exemptions": "free", "mutual": "reciprocal",
    "trading": "trade", "active": "operate", "operating": "operate", "adopt": "sign", "conclude": "sign",
    "relationship": "relations", "relationships": "relations", "ties": "relations",
    "killed": "dead", "died": "dead", "deaths": "dead", "fatalities": "dead",
}
# Words that frame rather than say what happened.
FILLER = frozenset("also past last previous next recent number total cent percent per compared".split())
SUFFIXES = ("ments", "ment", "ings", "ing", "ions", "ion", "ies", "ied", "ed", "es", "s")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*|\d+")
# Kin told with these prefixes are other kin, not a kind of the noun: "great-grandchildren" are no
# "grandchildren", a "step-daughter" no "daughter". The hyphen is dropped before words are split.
_KIN_PREFIX = re.compile(r"\b(great|step|half)-(?=[a-z])", re.I)


def _words(subject: str) -> list[str]:
    return _WORD.findall(_KIN_PREFIX.sub(r"\1", subject).replace("-", " "))


def _strip(word: str) -> str:
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)] + ("y" if suffix in ("ies", "ied") else "")
            break
    return word.rstrip("e") if len(word) > 4 else word


_STEM_SYNONYMS = {_strip(word): _strip(canonical) for word, canonical in SYNONYMS.items()}


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Lower-case, irregular forms and synonyms, then a crude suffix strip (consistency, not grammar)."""
    word = word.lower().replace("’", "'").removesuffix("'s")
    word = IRREGULAR.get(word, word)
    word = _strip(SYNONYMS.get(word, word))
    return _STEM_SYNONYMS.get(word, word)


@lru_cache(maxsize=65536)
def subject_keys(subject: str) -> dict[str, float]:
    """Weighted keys of a subject: event nouns count double, capitalised names half.

    >>> sorted(subject_keys("Chile established diplomatic relations with Peru after talks").items())
    [('chil', 1.0), ('diplomatic', 1.0), ('establish', 1.0), ('meet', 2.0), ('peru', 0.5), ('relat', 1.0)]
    """
    keys: dict[str, float] = {}
    for index, word in enumerate(_words(subject)):
        lowered = word.lower()
        if lowered in STOP_WORDS or lowered in FILLER or word.isdigit():
            continue
        weight = 2.0 if lowered in EVENT_NOUNS else 0.5 if word[0].isupper() and index > 0 or word.isupper() else 1.0
        key = stem(word)
        keys[key] = max(keys.get(key, 0.0), weight)
    return keys


def similarity(one: dict[str, float], other: dict[str, float]) -> float:
    """Weighted Dice overlap of two key sets, 0..1."""
    total = sum(one.values()) + sum(other.values())
    if not total:
        return 0.0
    shared = sum(min(weight, other[key]) + min(weight, other[key]) for key, weight in one.items() if key in other)
    return shared / total


@lru_cache(maxsize=65536)
def head_phrase(subject: str) -> tuple[frozenset[str], str]:
    """The counted noun of a count's subject and the words before it ("Dutch high-tech firms"
    -> ({dutch, high, tech}, company)): the phrase up to a preposition or participle."""
    words: list[str] = []
    for word in _words(subject):
        lowered = word.lower()
        if lowered in STOP_WORDS or (lowered.endswith("ing") and words):
            break
        words.append(word)
    if not words:
        return frozenset(), ""
    return frozenset(stem(word) for word in words[:-1]), stem(words[-1])
