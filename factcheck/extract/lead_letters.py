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
_FOLDS = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}


def by_first_letter(alternation: str, ignorecase: bool) -> str:
    """``alternation`` (the inside of a group, alternatives split by top-level "|") regrouped by letter."""
    out: list[str] = []
    run: dict[str, list[str]] = {}
    for alternative in _spread(split_alternatives(alternation)):
        first = alternative[:1]
        if first.isascii() and first.isalpha() and alternative[1:2] not in ("*", "+", "?", "{"):
            run.setdefault(first.lower() if ignorecase else first, []).append(alternative[1:])
        else:
            out += _groups(run, ignorecase)
            run = {}
            out.append(alternative)
    return "|".join(out + _groups(run, ignorecase))


def _groups(run: dict[str, list[str]], ignorecase: bool) -> list[str]:
    groups = []
    for letter, rests in run.items():
        lead = f"(?-i:[{letter.upper()}{letter}{_FOLDS.get(letter, '')}])" if ignorecase else letter
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


# Each pattern led() compiled, with the plain pattern it stands for (tests/test_lead_letters.py).
PLAIN: dict[re.Pattern[str], str] = {}


def led(plain: str, flags: int = 0) -> re.Pattern[str]:
    """``plain`` compiled with each of its top-level word groups, "\\b(?:...)", regrouped by first letter."""
    pieces, index, depth = [], 0, 0
    for found in re.finditer(r"\\.|\[(?:\\.|[^\]\\])*\]|\(|\)", plain):
        token = found.group()
        if token == "(":
            if depth == 0 and plain.startswith("(?:", found.start()) and plain.endswith("\\b", 0, found.start()):
                close = _closing(plain, found.start())
                pieces += [plain[index:found.start()], f"(?:{by_first_letter(plain[found.start() + 3:close], bool(flags & re.I))})"]
                index = close + 1
            depth += 1
        elif token == ")":
            depth -= 1
    compiled = re.compile("".join(pieces) + plain[index:], flags)
    PLAIN[compiled] = plain
    return compiled


def _closing(pattern: str, opening: int) -> int:
    depth = 0
    for found in re.finditer(r"\\.|\[(?:\\.|[^\]\\])*\]|\(|\)", pattern[opening:]):
        depth += {"(": 1, ")": -1}.get(found.group(), 0)
        if depth == 0:
            return opening + found.start()
    raise ValueError(pattern)
