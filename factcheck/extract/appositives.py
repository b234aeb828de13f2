"""Whose a change told in apposition is.

"Ann Ray scores 21.5 points a night, Tom Lowe 12.4, a fall of six a night from a year ago": the
apposition ", a fall of six" renames the figure right before it (Lowe's 12.4), so the six is Lowe's,
not the first name of the sentence (Ray's). So do "Shares of Comets Group closed at $40, a drop of
$5", "but Lowe scores 12.4 a night, an increase of three" and "Lowe 12.4, down from 15": the change
is the holder's of the figure it follows, read in the comma piece before it: the name right before
that figure (a list that leaves the verb out), else the last name with a verb of its own, else the
last name. With none ("The Comets beat the Herons 98-90, a gain of three places": a score is no
figure; ", up from 12, a rise of three") the clause is read as before.
"""
from __future__ import annotations

import re

from .frame_words import TOKEN
from .holders import _names_of, name_words

# ", a fall of" / ", an increase of almost" right before the figure (one adjective allowed: "a sharp fall of"), or
# the short forms ", down six", ", up from 9.1" (the earlier figure of the same holder).
_CHANGE_APPOSITION = re.compile(
    r"[,;]\s+(?:(?:a|an)\s+(?:[a-z]+\s+)?(?:drop|fall|decline|decrease|dip|slide|slump|loss|cut|reduction|rise|"
    r"increase|gain|jump|climb|improvement)\s+of|(?:down|up)(?:\s+from)?)\s+(?:(?:more|less|fewer)\s+than\s+|"
    r"about\s+|almost\s+|nearly\s+|some\s+|roughly\s+|around\s+|just\s+(?:over|under)\s+)?$", re.I)
# A figure of the piece before: digits or a number word, not one side of a score or record ("98-90").
_FIGURE = re.compile(r"(?<![\w.,-])(?:\d[\d,.]*\d|\d|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                     r"twenty|thirty|forty|fifty|hundred|dozen))(?![\w-]|[.,]\d)")


def apposition_holder(text: str, sentence_start: int, position: int) -> str | None:
    """The holder of a change told in apposition to the figure before it, or None when the figure at
    ``position`` is no such change or the piece before it names no one for its figure."""
    found = _CHANGE_APPOSITION.search(text, max(sentence_start, position - 80), position)
    if found is None:
        return None
    piece_start = max(text.rfind(",", sentence_start, found.start()), text.rfind(";", sentence_start, found.start()),
                      sentence_start - 1) + 1
    figures = list(_FIGURE.finditer(text, piece_start, found.start()))
    if not figures:
        return None  # the piece before tells no figure the change could rename
    before = TOKEN.findall(text[piece_start:figures[-1].start()])
    at = len(before)
    while at and name_words(before[at - 1:at]):
        at -= 1  # "Tom Lowe 14.9 points": the name right before the figure, in a list with the verb left out
    if at < len(before):
        return " ".join(name_words(before[at:]))
    names = _names_of(before)
    with_verb = [name for name, verb in names if verb]
    return with_verb[-1] if with_verb else names[-1][0] if names else None
