"""Whose a change told in apposition is.

"Ann Ray is averaging 15.5 points a game, Tom Lowe 14.9 points, a drop of five points a game from
last season": the apposition ", a drop of five points" renames the figure right before it (Lowe's
14.9), so the five is Lowe's, not the first name of the sentence (Ray's). The same holds for "Shares
of Comets Group fell to $40, a drop of $5", "Lowe is averaging 14.9 points, an increase of three":
the change belongs to the name nearest before the figure it follows, in the comma piece before it.
With no such name (", up from 12, a rise of three") the clause is read as before.
"""
from __future__ import annotations

import re

from .frame_words import TOKEN
from .holders import name_words
from .lemmas import is_number_word

# ", a drop of" / ", an increase of almost" right before the figure (one adjective allowed: "a sharp drop of").
_CHANGE_APPOSITION = re.compile(
    r"[,;]\s+(?:a|an)\s+(?:[a-z]+\s+)?(?:drop|fall|decline|decrease|dip|slide|slump|loss|cut|reduction|rise|increase|gain|"
    r"jump|climb|improvement)\s+of\s+(?:(?:more|less|fewer)\s+than\s+|about\s+|almost\s+|nearly\s+|some\s+|roughly\s+|"
    r"around\s+|just\s+(?:over|under)\s+)?$", re.I)


def apposition_holder(text: str, sentence_start: int, position: int) -> str | None:
    """The holder of a change told in apposition to the figure before it, or None when the figure at
    ``position`` is no such change or the piece before it names no one before its figure."""
    found = _CHANGE_APPOSITION.search(text, max(sentence_start, position - 80), position)
    if found is None:
        return None
    piece_start = max(text.rfind(",", sentence_start, found.start()), text.rfind(";", sentence_start, found.start()),
                      sentence_start - 1) + 1
    tokens = TOKEN.findall(text[piece_start:found.start()])
    figures = [index for index, token in enumerate(tokens) if token[0].isdigit() or is_number_word(token.lower())]
    if not figures:
        return None  # the piece before tells no figure the change could rename
    before = tokens[:figures[-1]]
    for start in range(len(before) - 1, -1, -1):
        words = name_words(before[start:])
        if words and (start == 0 or not name_words(before[start - 1:start])):
            return " ".join(words)
    return None
