"""Where a page's anchor words are: one Aho-Corasick pass over its lowered text finds every hit of
every anchor word asked for so far, and the sentences of a word are read from its hits."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Any

import ahocorasick_rs

# Most anchor words are in no given article, and finding each absent one with str.find read the
# whole text once a word (a sixth of extraction time). One Aho-Corasick pass over the text says which
# of all the anchor words asked for so far it holds, and where: their sentences are read from those hits.
KNOWN_WORDS: set[str] = set()
# The automaton of KNOWN_WORDS and the words it numbers, built again when a new word is asked for.
# A DFA (ahocorasick_rs): its pass over a page is a table look-up a character, about a third of
# the time of pyahocorasick's trie, whose nodes are searched child by child.
_AUTOMATON: list[Any] = []


def word_hits(lowered: str, start: int, words: tuple[str, ...]) -> dict[str, list[int]]:
    """Where each anchor word (all asked for so far, and these) starts in lowered[start:], in text order."""
    if not KNOWN_WORDS.issuperset(words) or not _AUTOMATON:
        KNOWN_WORDS.update(words)
        # Single characters (digits, "%") are in most articles, and each of their many hits would
        # come back from the automaton: str.find finds their sentences as before.
        numbered = sorted(word for word in KNOWN_WORDS if len(word) > 1)
        automaton = ahocorasick_rs.AhoCorasick(numbered, implementation=ahocorasick_rs.Implementation.DFA) if numbered else None
        _AUTOMATON[:] = [automaton, numbered]
    hits: dict[str, list[int]] = {}
    automaton, numbered = _AUTOMATON
    if automaton is None or start >= len(lowered):
        return hits
    # Every hit, overlapping ones too, comes back as (word's number, start, end), in order of its
    # end: a word's in text order. Offsets are in characters of the piece searched.
    for number, first, _ in _matches(automaton, lowered[start:] if start else lowered):
        word = numbered[number]
        found = hits.get(word)
        if found is None:
            hits[word] = [first + start]
        else:
            found.append(first + start)
    return hits


def _matches(automaton: Any, text: str) -> list[tuple[int, int, int]]:
    try:
        return automaton.find_matches_as_indexes(text, overlapping=True)
    except UnicodeEncodeError:
        # A lone surrogate (text made by a caller, never by the loader's decoding) cannot be passed
        # as UTF-8: each becomes U+FFFD, one character for one, which no anchor word holds.
        return automaton.find_matches_as_indexes(re.sub("[\ud800-\udfff]", "\ufffd", text), overlapping=True)


def hit_sentences(hits: list[int], length: int, at_word_start: bool, lowered: str,
                  sentences: list[tuple[int, int]], starts: list[int]) -> list[int]:
    """Indices of the sentences Page._find_word's str.find loop finds, read from the word's hits in
    text order (the automaton reports every one, overlapping ones too): each find returned the first
    hit at or after where the last one left off."""
    found: list[int] = []
    after = 0
    right = bisect.bisect_right
    for position in hits:
        if position < after:
            continue
        if at_word_start and position and (lowered[position - 1].isalnum() or lowered[position - 1] == "_"):
            after = position + 1
            continue
        index = right(starts, position) - 1
        sentence_start, sentence_end = sentences[index if index > 0 else 0]
        if sentence_start <= position < sentence_end:
            found.append(index if index > 0 else 0)
        after = position + length if position + length > sentence_end else sentence_end
    return found


def holds_any(page: Any, literals: tuple[str, ...]) -> bool:
    """Whether the page's body holds one of the literals as written (case counts): a gate that spares
    a regex anchor's search of the whole text where no match can be. One or two characters by
    str.find; longer ones from their lowered copies' hits in the page's one pass over its lowered
    text (Page._looked_up makes them anchor words of it), each checked in its case."""
    text, start = page.text, page.article.body_start
    present = page._looked_up(longer_lowered(literals))
    for literal in literals:
        if len(literal) <= 2:
            if text.find(literal, start) >= 0:
                return True
        elif literal.lower() in present and any(text.startswith(literal, hit) for hit in page._hits[literal.lower()]):
            return True
    return False


@lru_cache(maxsize=64)
def longer_lowered(literals: tuple[str, ...]) -> tuple[str, ...]:
    """The literals longer than two characters, lowered: one tuple per literals, as the page knows
    an anchor's words by the tuple's identity."""
    return tuple(literal.lower() for literal in literals if len(literal) > 2)
