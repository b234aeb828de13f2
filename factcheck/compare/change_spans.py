"""A change told over a span the other does not tell: "Prices rose 0.4% on the month" / "Prices rose
3.1% over the year"; "The economy grew 0.3% in the fourth quarter, from the previous quarter" / "grew
1.2% from a year earlier". A month's or a quarter's change lies inside a year's, not the year's
told another way. Read from the figure's own piece of its sentence (up to a comma, a semicolon,
"and" or the next percentage); a level told with "to" ("rose to 3.1%") has no span. Two figures
part when the spans they name differ, or one names a month's or a quarter's and the other none, or
one names a year's and the other none but is dated to a month or a quarter ("Prices rose 3.1% in the
year to March" / "Prices rose 0.4% in March": the second may be the month's). A year's change against
one with no span and no month stays one fact: "while Harwick rents fell 2.3 percent", after "up 5.2
percent on the year", is the year's too."""
from __future__ import annotations

import re

from ..chrono import FULL_MONTH_NAMES
from ..models import ClaimBase

_SPANS = (
    ("year", re.compile(r"\b(?:(?:over|on|in)\s+the\s+(?:year|12\s+months|twelve\s+months)|year[- ]on[- ]year|"
                        r"(?:from|on|than|over|compared\s+with|against)\s+(?:a|the\s+same\s+\w+\s+a)\s+year\s+(?:earlier|before|ago)|"
                        r"annual(?:ly)?|a\s+year\s+earlier|year[- ]over[- ]year)\b", re.I)),
    ("month", re.compile(rf"\b(?:on\s+the\s+month|month[- ]on[- ]month|month[- ]over[- ]month|(?:from|than|on)\s+the\s+"
                         rf"(?:previous|prior)\s+month|monthly|from\s+{FULL_MONTH_NAMES})\b", re.I)),
    ("quarter", re.compile(r"\b(?:on\s+the\s+quarter|quarter[- ]on[- ]quarter|quarter[- ]over[- ]quarter|(?:from|than|on)\s+"
                           r"the\s+(?:previous|prior)\s+quarter|quarterly)\b", re.I)),
)
# A month or a quarter the figure is dated to: "rose 0.4% in March", "last month", "in the fourth quarter".
_SHORTER = re.compile(rf"\b(?:in\s+{FULL_MONTH_NAMES}|(?:last|this)\s+month|(?:in|during)\s+the\s+(?:first|second|third|fourth|final|"
                      r"last|latest|previous)\s+quarter)\b")
# A change's verb right before the figure, not a level's ("rose 3%", not "rose to 3%").
_CHANGE = re.compile(r"\b(?:rose|rises|rise|risen|rising|fell|falls|fall|fallen|falling|grew|grows|grow|grown|growing|"
                     r"increased|increases|decreased|decreases|climbed|climbs|dropped|drops|jumped|jumps|slipped|slips|"
                     r"declined|declines|gained|gains|shrank|shrinks|contracted|contracts|expanded|expands|up|down)\s+"
                     r"(?:by\s+)?(?:about\s+|some\s+|nearly\s+|almost\s+|around\s+|roughly\s+|an?\s+)?$", re.I)


def spans_apart(one: ClaimBase, other: ClaimBase) -> bool:
    """Whether two percentage changes are told over different spans (see the module)."""
    if one.kind != "percent" or other.kind != "percent":
        return False
    first, second = change_span(one), change_span(other)
    if first is False or second is False or first == second:
        return False  # not a change (a level, a share), or one span
    if first is not None and second is not None:
        return True
    told, plain = (first, other) if first is not None else (second, one)
    # A year's change against one told with no span: apart only when that one is dated to a month or a
    # quarter ("Prices rose 0.4% in March"); "Harwick rents fell 2.3 percent" may be the year's too.
    return told != "year" or _dated_shorter(plain)


def _dated_shorter(claim: ClaimBase) -> bool:
    piece = _piece(claim)
    return piece is not None and bool(_SHORTER.search(piece))


def change_span(claim: ClaimBase) -> str | None | bool:
    """The span a percentage change is told over ("year", "month", "quarter"), None when it names
    none, False when the figure is no change told with its verb."""
    piece = _piece(claim)
    if piece is None:
        return False
    return next((name for name, pattern in _SPANS if pattern.search(piece)), None)


def _piece(claim: ClaimBase) -> str | None:
    """The figure's piece of its sentence, when the figure is a change told with its verb."""
    at = claim.sentence.find(claim.text)
    if at < 0:
        return None
    start = max(claim.sentence.rfind(mark, 0, at) for mark in (",", ";", ":")) + 1
    if not _CHANGE.search(claim.sentence, start, at):
        return None
    after = claim.sentence[at + len(claim.text):]
    end = re.search(r"[,;:]|\s(?:and|but|while|whereas)\s|\d", after)
    return claim.sentence[start:at] + " " + (after[:end.start()] if end else after)
