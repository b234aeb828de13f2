"""Text from input made safe to show: in a terminal, a report file, a CI log.

Article text is neutralised as it is decoded (corpus.py), but text also comes from files editors
write (a ledger's subjects and added claims, review notes, reviews.json keys, field names quoted
in error messages). Control characters in it would reach a terminal as escape sequences, and
bidirectional overrides (U+202E) would reorder what an editor reads. Each becomes U+FFFD, one
for one, where the text enters a report or a message; the JSON report keeps the text exactly and
writes such characters as \\u escapes instead.

>>> printable("red\\x1b[31m alert\\u202e")
'red\\ufffd[31m alert\\ufffd'
>>> json_safe('"a\\x9b b\\u2066"')
'"a\\\\u009b b\\\\u2066"'
"""
from __future__ import annotations

import re

# C0 controls but tab and line feed, DEL, C1 controls (U+009B is a terminal's CSI), and the
# bidirectional embeddings, overrides and isolates. Marks (U+200E, U+200F) only steer one letter
# and are common in right-to-left text: they stay.
UNSAFE = (frozenset(range(0x00, 0x09)) | {0x0b, 0x0c} | frozenset(range(0x0e, 0x20)) | frozenset(range(0x7f, 0xa0))
          | frozenset(range(0x202a, 0x202f)) | frozenset(range(0x2066, 0x206a)))
_REPLACE = dict.fromkeys(UNSAFE | {0x0d}, "\ufffd")
_REPLACE_KEEP_CR = dict.fromkeys(UNSAFE, "\ufffd")
# JSON already escapes what is below U+0020; the rest of UNSAFE is written as \u escapes.
_JSON = {code: f"\\u{code:04x}" for code in UNSAFE if code >= 0x20}


def _any_of(codes: frozenset[int] | set[int]) -> re.Pattern[str]:
    return re.compile("[" + "".join(f"\\u{code:04x}" for code in sorted(codes)) + "]")


# Whether a text holds any character of a table: str.translate looks every character up in its
# dict (about 0.7 s of a 1,000-article check, in reports); a character class searches ten times as
# fast, and almost no text holds one, so it is returned as it is.
_ANY_REPLACE = _any_of(set(_REPLACE))
_ANY_REPLACE_KEEP_CR = _any_of(set(_REPLACE_KEEP_CR))
_ANY_JSON = _any_of(set(_JSON))


def printable(text: str, keep_carriage_return: bool = False) -> str:
    """text with every unsafe character (and a carriage return, which would overwrite a terminal
    line, unless kept: a CSV cell quotes it) as U+FFFD."""
    if keep_carriage_return:
        return text.translate(_REPLACE_KEEP_CR) if _ANY_REPLACE_KEEP_CR.search(text) else text
    return text.translate(_REPLACE) if _ANY_REPLACE.search(text) else text


def json_safe(dumped: str) -> str:
    """JSON text with the unsafe characters inside its strings written as \\u escapes: the same
    value to any JSON reader, and nothing a terminal would run."""
    if dumped.isascii() and "\x7f" not in dumped:  # isascii() costs nothing; DEL is the one ASCII character to escape
        return dumped
    return dumped.translate(_JSON) if _ANY_JSON.search(dumped) else dumped


def has_unsafe(text: str) -> bool:
    """Whether text holds a character printable() would replace (a file name must not)."""
    return any(ord(character) in UNSAFE for character in text)
