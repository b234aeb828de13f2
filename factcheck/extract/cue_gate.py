"""Which of many word-gated patterns may match a set of text pieces, found in one pass.

A scope cue is tried on one piece of a figure's clause only where the piece holds one of the cue's
words (required_words: where none is in the lowered ASCII piece, the case-blind pattern cannot
match). Testing each cue's words with `in` cost more than the patterns the tests spared (19 cues a
figure); one Aho-Corasick pass over the figure's pieces, joined, says which words each holds."""
from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

import ahocorasick

_SEPARATOR = "\x01"  # in no cue word: no hit spans two pieces


class CueGate:
    """Cues as (pattern, label, words or None, index of the piece they read)."""

    def __init__(self, cues: Sequence[tuple[re.Pattern[str], str, tuple[str, ...] | None, int]], pieces: int) -> None:
        self.cues = list(cues)
        self.labels = frozenset(label for _, label, _, _ in self.cues)
        self._ungated: set[int] = set()  # read whatever the piece holds
        self._of_piece: list[list[int]] = [[] for _ in range(pieces)]
        self._by_hit: dict[tuple[int, str], list[int]] = {}
        self._automaton = ahocorasick.Automaton()
        for number, (_, _, words, piece) in enumerate(self.cues):
            self._of_piece[piece].append(number)
            if not words or any(not word or _SEPARATOR in word for word in words):
                self._ungated.add(number)
                continue
            for word in words:
                self._automaton.add_word(word, word)
                self._by_hit.setdefault((piece, word), []).append(number)
        self._words = len(self._automaton) > 0
        if self._words:
            self._automaton.make_automaton()

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
            by_hit = self._by_hit
            for end, word in self._automaton.iter(_SEPARATOR.join(lowered)):
                numbers = by_hit.get((bisect.bisect_right(starts, end) - 1, word))
                if numbers:
                    found.update(numbers)
        return found
