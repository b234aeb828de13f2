"""What alignment asks of the same frames and sentences many times a story, kept: each answer
reads the words again (frames.py, frame_other.py, difflib), and a check asks tens of thousands of them."""
from __future__ import annotations

from difflib import Match, SequenceMatcher
from functools import lru_cache

from ..extract.frame_other import told_of_another_event
from ..extract.frames import is_personal, is_stat


@lru_cache(maxsize=8192)
def stat_or_personal(thing: str | None, event: str | None) -> bool:
    """A statistic's or a span of someone's time (frames.py: is_stat, is_personal)."""
    return is_stat(thing, event) or is_personal(thing)


@lru_cache(maxsize=8192)
def another_event_before(sentence: str, text: str) -> bool:
    """Whether the words before text in its sentence tell it of another event (frame_other.py)."""
    at = sentence.find(text)
    return at > 0 and told_of_another_event(sentence, 0, at)


@lru_cache(maxsize=4096)  # a sentence of several figures is a pair for each: a third of the pairs a check asks
def matching(words: tuple[str, ...], other_words: tuple[str, ...]) -> tuple[list[Match], float]:
    """difflib's matching blocks of two sentences' words (echo.py's tokens), and its ratio."""
    matcher = SequenceMatcher(None, words, other_words, autojunk=False)
    return matcher.get_matching_blocks(), matcher.ratio()
