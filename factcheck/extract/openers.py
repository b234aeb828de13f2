"""Capitals a holder is misread from: a common word that opens a sentence after a wire's dateline
("OSLO, Norway, May 4 (Agency) - Firefighters pulled 12 people ..."), one the text capitalises
elsewhere only as the first word of a longer name ("the Flood Research Centre"), a rank told before
a name ("World No. 3 Ann Lee"), and a place told with its region ("Maple Falls, Oregon")."""
from __future__ import annotations

import re

from ..text import STOP_WORDS
from .holders import _opens_with, _whole_words
from .lemmas import is_known, is_verbish, lemmatize_proper
from .window_gate import TailGated

# A wire's dateline before the first sentence: a place in capitals ("OSLO", "NEW YORK"), then its
# region and the day ("Norway, May 4"), the agency in brackets, a dash; or a place in plain case
# with the agency ("Oslo, Norway (Agency) -"). Only the dash ends one, so "AN AVALANCHE killed" is none.
_DATELINE = re.compile(
    r"\s*(?:[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+)*(?:,\s*[A-Z\d][\w.'’]*(?:\s+[A-Z\d][\w.'’]*)*)*(?:\s*\([^()\n]{1,40}\))?"
    r"|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*(?:,\s*[A-Z\d][\w.'’]*(?:\s+[A-Z\d][\w.'’]*)*)*\s*\([^()\n]{1,40}\))"
    r"\s*[-–—]{1,2}\s+(?=[\"“‘'(]*[A-Z])")
# What may stand right before a word that opens a sentence (a full stop, a line's start, a dateline's dash).
_OPENS_BEFORE = re.compile(r"(?:^|[.!?:][\"”’')]*|\n|\)\s*[-–—]{1,2}|[A-Z]\s[-–—]{1,2})\s*[\"“‘'(]*$")


def sentence_opening(text: str, sentence_start: int) -> int:
    """Where the sentence's own words start: after a wire's dateline, if one opens it."""
    found = _DATELINE.match(text, sentence_start)
    return found.end() if found else sentence_start


def common_opening_word(text: str, sentence_start: int, holder: str) -> bool:
    """A lone dictionary word that opens the sentence (after a dateline too: "Rescue teams drilled"),
    unless the text also writes it with a capital inside a sentence as a name of its own ("... Dorsey
    ran"; not as the first word of a longer name: "the Avalanche Research Institute")."""
    start = sentence_opening(text, sentence_start)
    if " " in holder or not _opens_with(text[start:start + len(holder) + 4], holder):
        return False
    lowered = holder.lower()
    if not is_known(lowered) or lemmatize_proper(lowered):
        return False  # "Okafor", "Walsh": not a dictionary word, or a name the dictionary knows
    return not _named_inside(text, holder)


def _named_inside(text: str, word: str) -> bool:
    """Whether the text writes the word with its capital inside a sentence, alone or as a name's
    last word ("Reggie Dorsey"), not as the first word of a longer name ("Avalanche Research")."""
    for start in _whole_words(text, word):
        if not start or _OPENS_BEFORE.search(text[max(0, start - 6):start]):
            continue
        if not re.match(r"[ \t]+[A-Z][a-z]", text[start + len(word):start + len(word) + 3]):
            return True
    return False


# A capitalised word, one or two common nouns, a name: "Saudi carrier Najd Air", "Danish drugmaker
# Tarn Pharma": the first word describes the name after the nouns.
_DESCRIBED = re.compile(r"\b([A-Z][a-z]+)\s+((?:[a-z][a-z-]+\s+){1,2})((?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+)")
# The kinds of firm such a description ends with ("Rovers manager Sam Ortiz" is a role in the team:
# the team's figure stays the team's).
_FIRM = re.compile(r"(?:maker|carrier|company|firm|group|lender|bank|retailer|airline|insurer|chain|operator|"
                   r"developer|producer|giant|brand|startup|miner|builder|manufacturer|supplier)\s+$")
_SUFFIXES = frozenset({"Jr", "Sr"})
# "World No. 1 Ann Lee", "No. 3 seed Ann Lee": a rank before the name it ranks.
_RANKED_NAME = re.compile(r"\bNo\.\s*\d+\s+(?:[a-z]+\s+)?((?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+)")


def holder_as_told(text: str, bounds: tuple[int, int], position: int, holder: str | None) -> str | None:
    """The holder without what the capitals joined to it: a rank is no part of the name it comes
    before ("World No. 1 Ann Lee": Ann Lee), a place told with its region is the place ("in Maple
    Falls, Oregon": Maple Falls), and a word that opens the sentence before a comma is no part of
    the name after it ("First, Ann Lee ran": Ann Lee); "Jr." is the name before it; a word that describes a name ("Saudi carrier Najd Air") is not
    that name. A name told before the figure only as an
    agent or a source ("The drug, developed by Swiss drugmaker Tarn Pharma, was tested in 900
    patients", "according to Tarnbank") is no holder of it, nor are names "among" the figure ("Ann
    Lee and Tom Reed were among 21 hostages freed")."""
    if not holder:
        return holder
    sentence = text[bounds[0]:bounds[1]]
    if _only_as_agent(sentence, position - bounds[0], holder) or _AMONG.search(sentence, 0, position - bounds[0]):
        return None  # "Ann Lee and Tom Reed were among 21 hostages freed": the 21 are not theirs
    words = holder.split()
    if words[-1] in _SUFFIXES:  # "Tony Reed, Jr. had 16 points": Tony Reed's
        if len(words) > 1:
            return " ".join(words[:-1])
        suffixed = re.search(r"((?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+),?\s+" + holder + r"\b", sentence)
        return suffixed.group(1) if suffixed else None
    described = _DESCRIBED.search(sentence) if len(words) == 1 else None
    while described and described.group(1) != holder:
        described = _DESCRIBED.search(sentence, described.start() + 1)
    if described and _FIRM.search(described.group(2)) \
            and not any(is_verbish(word) or word in STOP_WORDS for word in described.group(2).split()):
        return described.group(3)  # "jets from Saudi carrier Najd Air": the carrier, not "Saudi"
    if words[-1] == "No":
        ranked = _RANKED_NAME.search(sentence)
        return ranked.group(1) if ranked else None
    for cut in range(len(words) - 1, 0, -1):
        place, region = " ".join(words[:cut]), " ".join(words[cut:])
        at = sentence.find(f"{place}, {region}")
        if at < 0:
            continue
        if _PLACE_BEFORE.search(sentence, 0, at):
            return place  # "sold in Maple Falls, Oregon": the town
        return region if not sentence[:at].strip(" \"“'‘(") else holder  # "First, Ann Lee ran": Ann Lee
    return holder


# A word of place right before a name: "in Maple Falls, Oregon", "from Cedar Bend, Idaho".
_PLACE_BEFORE = re.compile(r"\b(?:in|at|near|outside|from|of)\s+(?:the\s+)?$")


# "were among 21 hostages", "was among the 12 players": a whole the names belong to.
_AMONG = TailGated(re.compile(r"\b(?:was|were|is|are)\s+among\s+(?:the\s+)?$"), ("among", "the"))
# "developed by Swiss drugmaker ", "according to ", "made by toymaker ": a name after these is who
# made, runs or reports the thing, not whose figure the clause tells.
_AGENT_BEFORE = re.compile(r"(?:\b(?:by|according\s+to)\s+(?:the\s+)?(?:[\w-]+\s+){0,2})$")


def _only_as_agent(sentence: str, position: int, holder: str) -> bool:
    """Whether every telling of the holder before the figure comes after "by" or "according to"."""
    starts = list(_whole_words(sentence[:position], holder))
    return bool(starts) and all(_AGENT_BEFORE.search(sentence, 0, start) for start in starts)
