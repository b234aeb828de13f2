"""A figure told of another event of the story's kind: "the previous one killed 40 people", "the
deadliest since 2015, when 40 people were killed", "Last month, a similar attack killed 40 people".
Such a figure is background, like history: it lines up with no figure of the story's own event."""
from __future__ import annotations

import re

from .subjects import EVENT_NOUNS
from .window_gate import WordGated

# Event nouns that news compares an event with ("the deadliest since a 2015 bombing"), besides
# the event nouns of subjects.py.
_MORE_EVENTS = "bombing bombings blast blasts explosion explosions crash crashes accident accidents shooting shootings " \
               "massacre tsunami landslide derailment collision riot riots epidemic disaster one".split()
_EVENT = "|".join(sorted(set(EVENT_NOUNS) | set(_MORE_EVENTS), key=lambda word: (-len(word), word)))
# "a similar attack", "another quake", "the previous one", "since a 2015 bombing that", "since
# 2015, when", "a year after a bombing that": the nearest event before the figure is another than
# the story's. Not "after a bombing that killed 12" (nor "two days after"): that is as often the
# story's own event, told from a later act.
_OTHER = re.compile(
    rf"(?:\b(?:a|an)\s+(?:similar|previous|earlier|separate|prior)\b|\banother\b|\bthe\s+(?:previous|earlier|prior|last)\b|"
    rf"\b(?:last|previous)\s+(?:week|month|year|summer|winter|spring|autumn)['’]s|"
    rf"\b(?:since|than|like)\s+(?:a|an)\b|\b(?:years?|months?|decades?)\s+(?:after|since)\s+(?:a|an|the)\b)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{_EVENT})\b[^;,]{{0,40}}$|"
    rf"\bsince\s+(?:19|20)\d\d\s*,?\s+when\b[^;,]{{0,40}}$", re.I)
_OTHER_GATED = WordGated(_OTHER)  # tried at every position of 120 characters a figure: only where a word of it is


def told_of_another_event(text: str, sentence_start: int, start: int) -> bool:
    """Whether the words before a figure in its sentence (from the last ";") tell it of another
    event of the story's kind."""
    begin = max(sentence_start, text.rfind(";", sentence_start, start) + 1)
    window = text[max(begin, start - 120):start]
    return bool(_OTHER_GATED.search(window, 0, len(window)))
