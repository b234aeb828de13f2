"""Which of many word-gated patterns may match a set of text pieces, found in one pass a piece.

A scope cue is tried on one piece of a figure's clause only where the piece holds one of the cue's
words (required_words: where none is in the lowered ASCII piece, the case-blind pattern cannot
match). Testing each cue's words with `in` cost more than the patterns the tests spared (19 cues a
figure); one Aho-Corasick pass over each piece, with the words that piece's cues read, says which
cues it lets through (one pass over the pieces joined, with every cue word, cost a quarter more:
every hit of a word, wanted in that piece or not, was looked up by piece and word in Python)."""
from __future__ import annotations

import re
from collections.abc import Sequence

import ahocorasick_rs


class CueGate:
    """Cues as (pattern, label, words or None, index of the piece they read)."""

    def __init__(self, cues: Sequence[tuple[re.Pattern[str], str, tuple[str, ...] | None, int]], pieces: int) -> None:
        self.cues = list(cues)
        self.labels = frozenset(label for _, label, _, _ in self.cues)
        self._ungated: set[int] = set()  # read whatever the piece holds
        self._of_piece: list[list[int]] = [[] for _ in range(pieces)]
        self._by_hit: dict[tuple[int, str], list[int]] = {}
        for number, (_, _, words, piece) in enumerate(self.cues):
            self._of_piece[piece].append(number)
            if not words or not all(words):
                self._ungated.add(number)
                continue
            for word in words:
                self._by_hit.setdefault((piece, word), []).append(number)
        # Each piece's own automaton (a DFA: a table look-up a character, see word_hits.py) of the words
        # its cues need, and for each of its words the cues it lets through: a hit is one list look-up,
        # and a word no cue of the piece reads is not found there at all.
        self._automata: list[tuple[ahocorasick_rs.AhoCorasick, list[list[int]]] | None] = []
        for piece in range(pieces):
            words = sorted({word for at, word in self._by_hit if at == piece})
            self._automata.append((ahocorasick_rs.AhoCorasick(words, implementation=ahocorasick_rs.Implementation.DFA),
                                   [self._by_hit[piece, word] for word in words]) if words else None)

    def candidates(self, pieces: Sequence[str]) -> set[int]:
        """The numbers of the cues whose pattern must be tried: every other cannot match its piece."""
        found = set(self._ungated)
        for index, piece in enumerate(pieces):
            if not piece.isascii():  # case-blind re reaches beyond ASCII ("ſ" is an "s"): no gate
                found.update(self._of_piece[index])
                continue
            automaton = self._automata[index]
            if automaton is not None and piece:
                numbers = automaton[1]
                for number, _, _ in automaton[0].find_matches_as_indexes(piece.lower(), overlapping=True):
                    found.update(numbers[number])
        return found
