"""A change told in an aside right after a count: "Police recorded 2,310 road deaths last year, a
decrease of 4%", "The club now has 8,100 members, up 12% on 2024". The percentage is the counted
thing's change, as "road deaths fell 4%" tells it, not a figure of the clause before it (which
another article's "Road deaths fell 5% to 2,310" could never meet)."""
from __future__ import annotations

import re

from ..text import STOP_WORDS

_CHANGE_NOUNS = {"rise": "rise", "increase": "rise", "jump": "rise", "growth": "rise",
                 "fall": "fall", "decrease": "fall", "drop": "fall", "decline": "fall", "reduction": "fall"}
# The count, the thing it counts (one to three lower-case words), a short phrase of time or place,
# then the aside: "a decrease of", "an increase of", "up", "down by".
_ASIDE = re.compile(
    r"(?<![\w.,£$€])\d[\d,]*(?:\.\d+)?(?:\s+(?:thousand|million|billion))?\s+"
    r"(?P<thing>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}?)"
    r"(?:\s+(?:in|on|at|last|this|during|over|across|so)\b[^,;:()]{0,40})?"
    r",\s*(?:an?\s+(?:(?:annual|yearly|year-on-year|further)\s+)?(?P<noun>" + "|".join(_CHANGE_NOUNS) + r")\s+of"
    r"|(?P<adverb>up|down)(?:\s+by)?|(?P<bare>))\s+$")
# Or the figure itself says the change, against an earlier time: "sold 52,800 cars, 7.5 percent fewer than a
# year earlier" (not against another thing: "30 percent more than its rival" is a comparison).
_THAN_BEFORE = re.compile(r"\s+(?P<word>fewer|less|lower|more|higher)\s+than\s+(?:in\s+|at\s+)?(?:the\s+(?:year|month|week|quarter)"
                          r"\s+before|a\s+(?:year|month|week)\s+(?:earlier|before|ago)|last\s+(?:year|month|week)|the\s+previous\s+"
                          r"(?:year|month|week|quarter)|the\s+same\s+(?:period|month|week|quarter)\s+(?:last|a)\s+year|(?:19|20)\d\d)\b")
# What the change is measured on may follow ("up 12% on 2024", "a decrease of 4% from the year before");
# a share may not ("a reduction of 5% of its workforce": a part of another whole), nor another thing
# the change is in ("an increase of 5% in serious injuries"; "in 2024", "in the year", "in March" are times).
_SHARE_AFTER = re.compile(r"\s+(?:of\b|in\s+(?!(?:19|20)\d\d\b|the\s+(?:year|month|quarter|period|week)\b|[A-Z])[a-z])")


# A count that is the level of a measure named before it ("Output was 212 million tonnes, down 3.4%",
# "Sales reached 9,000 cars, up 4%"): the measure's change, which its clause already tells; not after "there".
_LEVEL_BEFORE = re.compile(r"(?<!there )(?<!There )\b(?:was|were|is|are|been|be|stood at|totall?ed|reached|hit|rose to|fell to|"
                           r"climbed to|dropped to|at|of)\s+$")


def change_in_aside(text: str, sentence_start: int, start: int, end: int) -> tuple[str, str] | None:
    """The direction and the counted thing of a percentage told in an aside after a count, or None."""
    if _SHARE_AFTER.match(text, end):
        return None
    aside = _ASIDE.search(text, max(sentence_start, start - 120), start)
    than = _THAN_BEFORE.match(text, end)
    if aside is None or aside.end() != start or (aside["bare"] is not None) != (than is not None) or _LEVEL_BEFORE.search(text, max(sentence_start, aside.start() - 30), aside.start()):
        return None
    words = aside["thing"].split()
    if words[0] in STOP_WORDS or any(word in STOP_WORDS for word in words):
        return None  # "2,310 in all, a fall of 4%": no thing counted
    if than:
        return ("fall" if than["word"] in ("fewer", "less", "lower") else "rise"), aside["thing"]
    direction = _CHANGE_NOUNS[aside["noun"]] if aside["noun"] else "rise" if aside["adverb"] == "up" else "fall"
    return direction, aside["thing"]
