"""The page's one pass over its anchor words finds every hit a str.find loop finds, overlapping
ones too, at the same offsets: in text with letters beyond Latin-1, characters outside the Basic
Multilingual Plane (offsets are characters, not UTF-8 bytes), and lone surrogates (which a caller's
text may hold: they cannot be passed as UTF-8)."""
from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from factcheck.extract.word_hits import word_hits

WORDS = ("one", "ten", "often", "nine", " year", "per cent", "q1", "ab")
PIECES = [*WORDS, "o", "n", "e", " ", "é", "İ", "\u2019", "\U0001F600", "\udcff", "x", "per"]


def _found(text: str, start: int, word: str) -> list[int]:
    hits, position = [], text.find(word, start)
    while position >= 0:
        hits.append(position)
        position = text.find(word, position + 1)
    return hits


@given(st.lists(st.sampled_from(PIECES), max_size=30).map("".join), st.integers(0, 6))
@example("x\udcff\U0001F600often one ten", 2)
def test_every_hit_of_every_word(text, start):
    hits = word_hits(text, start, WORDS)
    for word in WORDS:
        assert hits.get(word, []) == _found(text, start, word)
