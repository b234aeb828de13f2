"""A change told as a noun the figure qualifies: "a 3.4% pay rise", "a 10 per cent fare increase",
"its 5% price cut". The percentage is the change of the thing named between them (pay, fares,
prices), as "pay will rise 3.4%" tells it; without this it is a figure of the whole clause."""
from __future__ import annotations

import re

from ..models import Frame
from ..text import STOP_WORDS

_CHANGE_NOUNS = {"rise": "rise", "increase": "rise", "hike": "rise", "jump": "rise", "boost": "rise", "uplift": "rise",
                 "cut": "fall", "fall": "fall", "drop": "fall", "decrease": "fall", "decline": "fall", "reduction": "fall"}
# One or two lower-case words, then the change noun, then no "in" (that names another thing:
# "a 5% jump in profit" is read as such) and no "of" ("a 5% pay rise of ..." is not a form news uses).
_AFTER = re.compile(r"\s+(?P<thing>[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)\s+(?P<noun>" + "|".join(_CHANGE_NOUNS) + r")s?\b"
                    r"(?!\s+(?:in|of)\b)")
# A change asked for, offered or turned down is no change made: "the union demanded a 12 percent pay rise"
# (a pay demand, percent_measures.py), "were offered a 3% rise", "rejected a 5% fare increase".
_ASKED = re.compile(r"\b(?:demand|want|ask|seek|sought|call(?:s|ed|ing)?\s+for|push(?:es|ed|ing)?\s+for|offer|propos|reject|"
                    r"refus|turn(?:s|ed|ing)?\s+down|vote(?:s|d)?\s+(?:against|on)|consider|hope|could|would|might|may)", re.I)
_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he|its|their|his|her|this|that)\s+$")
# Words that say how the change is told, not what changed: "a 3% annual pay rise" is pay's.
_HOW = frozenset("annual yearly monthly overall further average real-terms nominal headline basic one-off "
                 "inflation-busting below-inflation above-inflation flat-rate proposed planned promised".split())


# The same told before the figure: "a parking charge rise of 8 per cent", "a fare increase of 10%".
_NAMED_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he|its|their)\s+(?P<thing>[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)\s+(?P<noun>"
                           + "|".join(_CHANGE_NOUNS) + r")\s+of\s+$")


def change_before_noun(text: str, sentence_start: int, start: int, end: int) -> tuple[str, str] | None:
    """The direction and the changed thing of "a 3.4% pay rise" or "a parking charge rise of 8%", or None."""
    after = _AFTER.match(text, end) if _BEFORE.search(text, max(sentence_start, start - 8), start) else None
    named = after or _NAMED_BEFORE.search(text, max(sentence_start, start - 60), start)
    if named is None or _ASKED.search(text, sentence_start, start):
        return None
    return _told(named)


def _told(after: re.Match[str]) -> tuple[str, str] | None:
    words = [word for word in after["thing"].split() if word not in _HOW]
    if not words or any(word in STOP_WORDS for word in words):
        return None
    return _CHANGE_NOUNS[after["noun"]], " ".join(words)


# A change named as one item of a list: "a budget including a parking charge rise of 8 per cent".
_INCLUDING = re.compile(r"\bincluding\s+(?:an?|the|its|their)\s+[^,;:]{0,40}$", re.I)


def listed_change(text: str, sentence_start: int, start: int, frame: Frame) -> None:
    """"including a parking charge rise of 8 per cent": the rise is one item the sentence lists, its
    figure the rise's whole size, not a part of another figure (what "including 12 children" is)."""
    if frame.scope and "part" in frame.scope.split("+") and _INCLUDING.search(text, max(sentence_start, start - 60), start):
        frame.scope = "+".join(label for label in frame.scope.split("+") if label != "part") or None
