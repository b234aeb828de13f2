"""An echo's words (echo.py): a sentence's words with every figure as ``#``, where a claim's figure
stands among them, and a cheap look at whether the words around two figures match for long enough."""
from __future__ import annotations

import re
from functools import lru_cache

from ..models import ClaimBase
from ..text import SCALES, SMALL_NUMBER_WORDS

# Matching words around the figure (sentence edges count as words): "killed # people in the" = 4.
MIN_CONTEXT = 3

_TOKEN = re.compile(r"\d(?:[\d,.]*\d)?|[A-Za-z]+(?:['’][A-Za-z]+)*|[^\w\s]")
_NUMBER_WORDS = frozenset(SMALL_NUMBER_WORDS) | frozenset(SCALES) | {"dozen", "dozens", "hundreds", "thousands"}
FIGURE = "#"
# A bracketed aside of a few words: a time in another zone, an abbreviation, an age.
_ASIDE = re.compile(r"\([^()]{1,40}\)")
_ASIDE_WORDS = re.compile(r"\b[a-z]{3,}\b")


@lru_cache(maxsize=8192)
def _tokens(sentence: str) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """The sentence's words, lower-cased, every figure (digits, number words, scales; a run of them
    is one) as ``#``, between edge markers; and where each word starts."""
    words, starts = ["^"], [-1]
    # Most sentences have no bracket: then no word is in an aside, and none is asked.
    asides = [aside.span() for aside in _ASIDE.finditer(sentence) if not _ASIDE_WORDS.search(aside.group())] \
        if "(" in sentence else ()
    for match in _TOKEN.finditer(sentence):
        at = match.start()
        if asides and any(start <= at < end for start, end in asides):
            continue  # "(5:14 a.m. EDT)", "(NDRA)": an aside one rewrite keeps and another drops
        word = match.group().lower()
        if word[0].isdigit() or word in _NUMBER_WORDS or "-" in word and word.split("-")[0] in _NUMBER_WORDS:
            if words[-1] == FIGURE:
                continue
            word = FIGURE
        words.append(word)
        starts.append(at)
    words.append("$")
    starts.append(len(sentence))
    return tuple(words), tuple(starts)


def figure_at(claim: ClaimBase) -> int | None:
    """The index of the claim's figure among its sentence's words; None when the claim's text is not
    found exactly once in its sentence (which occurrence it is would be a guess)."""
    return _figure_in(claim.sentence, claim.text)


@lru_cache(maxsize=8192)  # asked for each claim of a pair, and for its blocking keys: several times a claim
def _figure_in(sentence: str, text: str) -> int | None:
    offset = sentence.find(text)
    if offset < 0 or sentence.find(text, offset + 1) >= 0:
        return None
    words, starts = _tokens(sentence)
    end = offset + len(text)
    for index, start in enumerate(starts):
        if offset <= start < end and words[index] == FIGURE:
            return index
    return None


def _context_may_match(words: tuple[str, ...], other: tuple[str, ...], first: int, second: int) -> bool:
    """Whether the words around the two figures, read in step from them, match for long enough that
    difflib may find the run echoes asks for; a cheap look that spares most pairs difflib. The run
    of difflib's block that holds both figures lies within the words that match in step around them;
    when the words just before the figures differ, that block starts at the figures."""
    before = 0
    while before < min(first, second) and words[first - before - 1] == other[second - before - 1]:
        before += 1
    after = 0
    while first + after + 1 < len(words) and second + after + 1 < len(other) \
            and words[first + after + 1] == other[second + after + 1]:
        after += 1
    return before + after >= MIN_CONTEXT + 2 * (before == 0)
