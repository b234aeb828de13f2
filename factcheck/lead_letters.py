"""Word alternations regrouped by their first letter, the letter a case-exact class, for re's branch to skip on.

re tries a branch's alternatives one by one at every place a search reaches, and skips one at once
only when it opens with a plain literal or a class: under re.IGNORECASE a literal is a folding one,
so "\\b(?:was|were|had|...)" under re.I steps into each of some eighty words at every word's start.
``by_first_letter("was|were|had")`` gives "(?-i:[Ww])(?:as|ere)|(?-i:[Hh])(?:ad)": the same
alternatives in the same order within each letter, and as alternatives led by different letters
can never match at one place, the same first match wherever the original finds one. An alternative
not led by a plain letter (a group, a class, a look-around, an apostrophe) stays where it is and
no alternative is moved across it; one led by a group of plain words is spread first
("(?:is|are) due" is "is due|are due", which re tries in the same order).
"""
from __future__ import annotations

import re

# The characters re.IGNORECASE matches to an ASCII letter beyond its two cases (Kelvin sign, long s,
# dotted and dotless i); tests/test_lead_letters.py checks the table against every code point.
FOLDS = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}


def by_first_letter(alternation: str, ignorecase: bool, folds: bool = True) -> str:
    """``alternation`` (the inside of a group, alternatives split by top-level "|") regrouped by letter."""
    out: list[str] = []
    run: dict[str, list[str]] = {}
    for alternative in _spread(split_alternatives(alternation)):
        first = alternative[:1]
        if first.isascii() and first.isalpha() and alternative[1:2] not in ("*", "+", "?", "{"):
            run.setdefault(first.lower() if ignorecase else first, []).append(alternative[1:])
        else:
            out += _groups(run, ignorecase, folds)
            run = {}
            out.append(alternative)
    return "|".join(out + _groups(run, ignorecase, folds))


def _groups(run: dict[str, list[str]], ignorecase: bool, folds: bool) -> list[str]:
    groups = []
    for letter, rests in run.items():
        lead = f"(?-i:[{letter.upper()}{letter}{FOLDS.get(letter, '') if folds else ''}])" if ignorecase else letter
        groups.append(lead + (rests[0] if len(rests) == 1 and "|" not in rests[0] else f"(?:{'|'.join(rests)})"))
    return groups


def _spread(alternatives: list[str]) -> list[str]:
    """An alternative led by a group of plain alternatives, "(?:is|are) due", as one alternative each."""
    spread = []
    for alternative in alternatives:
        close = alternative.find(")")
        inner = alternative[3:close]
        if alternative.startswith("(?:") and close > 0 and not any(c in inner for c in "()[]\\?*+{.^$") \
                and alternative[close + 1:close + 2] not in ("*", "+", "?", "{"):
            spread += [word + alternative[close + 1:] for word in inner.split("|")]
        else:
            spread.append(alternative)
    return spread


def split_alternatives(alternation: str) -> list[str]:
    """The top-level alternatives of a pattern's text (outside groups, classes and escapes)."""
    parts, depth, start, index, in_class = [], 0, 0, 0, False
    while index < len(alternation):
        char = alternation[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]" or alternation[index - 1] == "["
        elif char == "[":
            in_class = True
            if alternation[index + 1:index + 2] == "^":
                index += 1
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(alternation[start:index])
            start = index + 1
        index += 1
    return parts + [alternation[start:]]


# (pattern texts, for re's own cache: this module's rewrite runs while lazyre compiles a pattern)
_TOKENS = (r"\\.|\[(?:\\.|[^\]\\])*\]|\(\?P<|\((?!\?)|\(|\)")
_CAPTURE = r"\(\?P<|\((?!\?)"


def rewrite(plain: str, flags: int = 0) -> str:
    """``plain`` with each of its top-level word groups, "\\b(?:...)" or "\\b(?P<name>...)", regrouped by
    first letter, where no capturing group inside could change its number (a verbose pattern, or one
    setting its flags inline, is left as it is)."""
    if flags & re.VERBOSE or re.match(r"\(\?[aiLmsux]+\)", plain):
        return plain
    pieces, index, depth = [], 0, 0
    for found in re.finditer(_TOKENS, plain):
        token = found.group()
        if token.startswith("(") and depth == 0 and plain.endswith("\\b", 0, found.start()) and \
                (plain.startswith("(?:", found.start()) or token == "(?P<"):
            close = _closing(plain, found.start())
            opening = plain.index(">", found.start()) + 1 if token == "(?P<" else found.start() + 3
            inner = plain[opening:close]
            if not re.search(_CAPTURE, inner) and found.start() >= index:
                folds = bool(flags & re.IGNORECASE) and not flags & re.ASCII
                pieces += [plain[index:opening], by_first_letter(inner, bool(flags & re.IGNORECASE), folds)]
                index = close
        depth += 1 if token.startswith("(") else -1 if token == ")" else 0
    return "".join(pieces) + plain[index:]


def _closing(pattern: str, opening: int) -> int:
    depth = 0
    for found in re.finditer(_TOKENS, pattern[opening:]):
        depth += 1 if found.group().startswith("(") else -1 if found.group() == ")" else 0
        if depth == 0:
            return opening + found.start()
    raise ValueError(pattern)
