"""Cheap tests, tried before a frame rule's pattern, that say it cannot match a short window.

A rule pattern that opens with a boundary or a look-behind is tried by re at every position of the
window it searches (a figure's 30 to 60 characters, per figure). Where the ASCII window, lowered,
holds none of the words every match holds (text.required_words), or does not end as every match
must end, the pattern is not run: the answer is the one it would give. Outside ASCII the pattern
always runs (case-blind re reaches further there: "ſ" is an "s").
"""
from __future__ import annotations

import re

from ..text import required_words


class WordGated:
    """``pattern.search`` (or ``match``) over text[start:end], skipped where it holds none of its words."""

    __slots__ = ("pattern", "_words")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self._words: tuple[str, ...] | None = None  # read from the pattern at first use (it compiles lazily)

    def may_match(self, text: str, start: int, end: int) -> bool:
        words = self._words
        if words is None:
            found = required_words(self.pattern) or ("",)
            # A word that holds another listed one is in a window only where that one is too.
            words = self._words = tuple(word for word in dict.fromkeys(found)
                                        if not any(other != word and other in word for other in found))
        window = text[start:end]
        if not window.isascii():
            return True
        lowered = window.lower()
        for word in words:
            if word in lowered:
                return True
        return False

    def search(self, text: str, start: int, end: int) -> re.Match[str] | None:
        return self.pattern.search(text, start, end) if self.may_match(text, start, end) else None

    def match(self, text: str, start: int, end: int) -> re.Match[str] | None:
        return self.pattern.match(text, start, end) if self.may_match(text, start, end) else None


def may_end_with(window: str, tails: tuple[str, ...], space: bool) -> bool:
    """Whether ``window`` can end with one of ``tails`` (lower case) and white space after it (at
    least one character of it when ``space``): what a pattern ending "(?:tails)\\s+$" or "\\s*$"
    needs. White space is what re's \\s and str.isspace both read as such."""
    if not window.isascii():
        return True
    stripped = window.rstrip()
    if space and len(stripped) == len(window):
        return False
    return stripped.lower().endswith(tails)


class TailGated:
    """``pattern.search(text, start, end)`` for a pattern whose every match ends the window with
    one of ``tails`` and then white space (``space``: at least one character of it), skipped where
    the window does not end so (may_end_with)."""

    __slots__ = ("pattern", "tails", "space")

    def __init__(self, pattern: re.Pattern[str], tails: tuple[str, ...], space: bool = True) -> None:
        self.pattern, self.tails, self.space = pattern, tails, space

    def search(self, text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
        end = len(text) if end is None else end
        if not may_end_with(text[start:end], self.tails, self.space):
            return None
        return self.pattern.search(text, start, end)
