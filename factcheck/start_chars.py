"""A pattern's search given the characters every match starts with, for re to skip to them.

re's search skips in C to a place a match could start only when the pattern opens with a literal
or a class (its compiled "charset prefix"); a pattern that opens with a look-behind or an optional
group ("(?<![\\w.])(?:(?P<between>between|from)\\s+)?(?P<number>...)") is tried at every place of
the text, each try stepping into its branches. Its matches cannot start with a class in front (the
named groups begin where a match does), but re's prefix is only a filter: search goes to the next
character of the set, then runs the whole pattern there, from its start. ``with_starts`` compiles
the pattern as re does and puts the given set in that filter's place: the same code after it, the
same groups, and the same matches wherever every match starts with a character of the set, which
the caller guarantees and tests/test_start_chars.py holds on random text.

This leans on CPython's internals (``re._compiler``, ``_sre.compile``), as pattern_cache.py does:
anywhere else, or when the code is not laid out as expected, the pattern is re's own.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from .lead_letters import FOLDS

try:
    import _sre
    from re import _compiler, _constants, _parser
except ImportError:  # another interpreter: re's own pattern
    _sre = _compiler = _constants = _parser = None  # type: ignore[assignment]


def with_starts(compiled: re.Pattern, starts: str) -> re.Pattern:
    """``compiled`` whose search skips to the characters of the class ``starts`` ("[\\dAa]") before
    it tries a match; every match of ``compiled`` must start with one of them."""
    if _compiler is None or not isinstance(compiled.pattern, str):
        return compiled
    try:
        parsed = _parser.parse(compiled.pattern, compiled.flags)
        code = _compiler._code(parsed, compiled.flags)
        if code[0] != _constants.INFO or code[2] or code[3] == 0:  # a prefix already, or an empty match
            return compiled
        (op, charset), = _parser.parse(starts, 0).data
        if op is not _constants.IN:
            return compiled
        info = [_constants.INFO, 0, _constants.SRE_INFO_CHARSET, code[3], code[4]]
        charset, hascased = _compiler._optimize_charset(charset)
        _compiler._compile_charset(charset, compiled.flags | parsed.state.flags, info)
        info[1] = len(info) - 1
        indexgroup: list[Any] = [None] * parsed.state.groups
        for name, index in parsed.state.groupdict.items():
            indexgroup[index] = name
        made = _sre.compile(compiled.pattern, compiled.flags | parsed.state.flags, info + code[1 + code[1]:],
                            parsed.state.groups - 1, parsed.state.groupdict, tuple(indexgroup))
    except Exception:  # noqa: BLE001 - internals not as expected: re's own pattern
        return compiled
    return made if made.groupindex == compiled.groupindex and made.groups == compiled.groups else compiled


class StartHinted:
    """A lazy pattern (lazyre) given ``with_starts`` at its first use: ``finditer`` and ``search``."""

    def __init__(self, pattern: Any, classes: str, words: Iterable[str] = ()) -> None:
        """Matches start with a character of ``classes`` ("\\d") or a word of ``words`` in any case re folds to it."""
        letters = {word[0].lower() for word in words if word[0].isalpha()}
        self.pattern = pattern
        self._starts = "[" + classes + "".join(sorted(c + c.upper() + FOLDS.get(c, "") for c in letters)) + "]"

    def compiled(self) -> re.Pattern:
        """The pattern with its starts, made at the first call."""
        if "_made" not in self.__dict__:
            self._made = with_starts(self.pattern.compiled() if hasattr(self.pattern, "compiled") else self.pattern, self._starts)
        return self._made

    def __getattr__(self, name: str) -> Any:
        # Only asked for what the object does not hold yet: the first use compiles, and keeps the methods.
        if name.startswith("_"):
            raise AttributeError(name)
        made = self.compiled()
        self.finditer, self.search, self.match = made.finditer, made.search, made.match
        return getattr(made, name)
