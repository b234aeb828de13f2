"""A pattern's search given the characters every match starts with, for re to skip to them.

re's search skips in C to a place a match could start only when the pattern opens with a literal
or a class (its compiled "charset prefix"); a pattern that opens with a look-behind or an optional
group ("(?<![\\w.])(?:(?P<between>between|from)\\s+)?(?P<number>...)") is tried at every place of
the text, each try stepping into its branches. Its matches cannot start with a class in front (the
named groups begin where a match does), but re's prefix is only a filter: search goes to the next
character of the set, then runs the whole pattern there, from its start. ``first_chars`` reads that
set from the parsed pattern (past its boundaries and look-arounds, into groups, branches and
optional parts; a case-blind letter in every case re folds to it, lead_letters.FOLDS), and
``hinted_code`` puts it in the filter's place in re's compiled code: the same code after it, the
same groups, the same matches. pattern_cache.py applies it to every pattern of the package as it is
compiled (and keeps the result); tests/test_start_chars.py holds each to re's own on random text.

This leans on CPython's internals (``re._compiler``, ``_sre.compile``), as pattern_cache.py does:
anywhere else, or when the code is not laid out as expected, the pattern is re's own.
"""
from __future__ import annotations

import re
from typing import Any

from .lead_letters import FOLDS

try:
    import _sre
    from re import _compiler, _constants, _parser
except ImportError:  # another interpreter: re's own pattern
    _sre = _compiler = _constants = _parser = None  # type: ignore[assignment]


def with_starts(compiled: re.Pattern, starts: str | None) -> re.Pattern:
    """``compiled`` whose search skips to the characters of the class ``starts`` ("[\\dAa]"; None: those
    ``first_chars`` reads from the pattern) before it tries a match; every match must start with one."""
    if _compiler is None or not isinstance(compiled.pattern, str):
        return compiled
    try:
        parsed = _parser.parse(compiled.pattern, compiled.flags)
        code = hinted_code(compiled.pattern, compiled.flags, _compiler._code(parsed, compiled.flags), starts)
        if code is None:
            return compiled
        indexgroup: list[Any] = [None] * parsed.state.groups
        for name, index in parsed.state.groupdict.items():
            indexgroup[index] = name
        made = _sre.compile(compiled.pattern, compiled.flags | parsed.state.flags, code,
                            parsed.state.groups - 1, parsed.state.groupdict, tuple(indexgroup))
    except Exception:  # noqa: BLE001 - internals not as expected: re's own pattern
        return compiled
    return made if made.groupindex == compiled.groupindex and made.groups == compiled.groups else compiled


def hinted_code(pattern: str, flags: int, code: list[int], starts: str | None = None) -> list[int] | None:
    """re's compiled ``code`` of ``pattern`` with the start characters as its search's filter (None:
    re found a prefix itself, the pattern can match the empty string, or its first characters are unknown)."""
    if _compiler is None or code[0] != _constants.INFO or code[2] or code[3] == 0:
        return None
    if starts is None:
        charset = first_chars(_parser.parse(pattern, flags), flags)
    else:
        (op, charset), = _parser.parse(starts, 0).data
        charset = charset if op is _constants.IN else None
    if charset is None:
        return None
    info = [_constants.INFO, 0, _constants.SRE_INFO_CHARSET, code[3], code[4]]
    _compiler._compile_charset(_compiler._optimize_charset(charset)[0], flags, info)
    info[1] = len(info) - 1
    return [int(value) for value in info] + code[1 + code[1]:]


def first_chars(parsed: Any, flags: int) -> list | None:
    """The charset items (re._parser's) of the characters every match of ``parsed`` starts with; None
    when unknown (a back reference, a negated class, a case-blind class, the empty match)."""
    found, nullable = _first(parsed.data if hasattr(parsed, "data") else parsed, flags | parsed.state.flags)
    return None if found is None or nullable else found


def _first(items: Any, flags: int) -> tuple[list | None, bool]:
    """The first characters of a sequence of parsed items, and whether it can match the empty string."""
    out: list = []
    for op, av in items:
        if op in (_constants.AT, _constants.ASSERT, _constants.ASSERT_NOT):
            continue  # zero-width: the match starts with what follows
        got, nullable = _one(op, av, flags)
        if got is None:
            return None, False
        out += got
        if not nullable:
            return out, False
    return out, True


def _one(op: Any, av: Any, flags: int) -> tuple[list | None, bool]:
    c = _constants
    if op is c.SUBPATTERN:
        return _first(av[3], _compiler._combine_flags(flags, av[1], av[2]))
    if op is c.ATOMIC_GROUP:
        return _first(av, flags)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        got, nullable = _first(av[2], flags)
        return got, nullable or av[0] == 0
    if op is c.BRANCH:
        got: list = []
        nullable = False
        for branch in av[1]:
            more, empty = _first(branch, flags)
            if more is None:
                return None, False
            got, nullable = got + more, nullable or empty
        return got, nullable
    if op is c.LITERAL:
        return _literal(av, flags), False
    if op is c.IN and not any(o is c.NEGATE or (flags & c.SRE_FLAG_IGNORECASE and o is not c.CATEGORY) for o, _ in av):
        return list(av), False
    return None, False


def _literal(code: int, flags: int) -> list | None:
    char = chr(code)
    if not flags & _constants.SRE_FLAG_IGNORECASE or char.lower() == char.upper() == char:
        return [(_constants.LITERAL, code)]
    if flags & _constants.SRE_FLAG_LOCALE or not ("a" <= char.lower() <= "z"):
        return None
    letters = char.lower() + char.upper() + FOLDS.get(char.lower(), "")
    return [(_constants.LITERAL, ord(letter)) for letter in letters]
