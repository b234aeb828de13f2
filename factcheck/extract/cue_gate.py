"""Which of many word-gated patterns may match a set of text pieces, found in one pass.

A scope cue is tried on one piece of a figure's clause only where the piece holds one of the cue's
words (required_words: where none is in the lowered ASCII piece, the case-blind pattern cannot
match). Testing each cue's words with `in` cost more than the patterns the tests spared (19 cues a
figure); one Aho-Corasick pass over the figure's pieces, joined, says which words each holds."""
from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

import ahocorasick_rs

_SEPARATOR = "\x01"  # in no cue word: no hit spans two pieces


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
            if not words or any(not word or _SEPARATOR in word for word in words):
                self._ungated.add(number)
                continue
            for word in words:
                self._by_hit.setdefault((piece, word), []).append(number)
        # The words, numbered by the automaton (a DFA: a table look-up a character, see word_hits.py).
        self._numbered = sorted({word for _, word in self._by_hit})
        self._words = bool(self._numbered)
        if self._words:
            self._automaton = ahocorasick_rs.AhoCorasick(self._numbered, implementation=ahocorasick_rs.Implementation.DFA)

    def candidates(self, pieces: Sequence[str]) -> set[int]:
        """The numbers of the cues whose pattern must be tried: every other cannot match its piece."""
        found = set(self._ungated)
        lowered, starts, position = [], [], 0
        for index, piece in enumerate(pieces):
            if not piece.isascii():  # case-blind re reaches beyond ASCII ("ſ" is an "s"): no gate
                found.update(self._of_piece[index])
                lowered.append("")
            else:
                lowered.append(piece.lower())
            starts.append(position)
            position += len(lowered[-1]) + 1
        if self._words and position > len(pieces):
            by_hit, numbered = self._by_hit, self._numbered
            for number, first, _ in self._automaton.find_matches_as_indexes(_SEPARATOR.join(lowered), overlapping=True):
                numbers = by_hit.get((bisect.bisect_right(starts, first) - 1, numbered[number]))
                if numbers:
                    found.update(numbers)
        return found
