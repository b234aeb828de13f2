"""Two figures of one frame that are still not one fact told two ways: told of different places
("52 percent of the vote in Harbor City" / "48 percent of the vote nationwide"; "1,200 jobs in
Tarnvik" / "3,000 jobs"), or estimates of two interested sides ("Organisers said 50,000 people
joined the march" / "About 12,000 people joined, police said"; the union's count of strikers and
the company's). Read from the claim's own sentence."""
from __future__ import annotations

import re

from ..align.keys import head_phrase
from ..extract.frame_words import COMMON_CAPITALISED, COMPASS_QUARTER
from ..models import ClaimBase
from .accounts import accounts_apart
from .aspects import other_aspect
from .change_spans import spans_apart
from .estimates import another_telling
from .opening_place import opening_places_apart
from .parts import parts_apart
from .rounds import rounds_apart
from .said_subject import reported_of_another

# A place named right after the figure and its counted words: "1,200 jobs in Tarnvik", "12 percent
# in Europe", "52 percent of the vote in Harbor City" (not "in Monday's attack": a day is no place).
_PLACE_AFTER = re.compile(r"\s*(?:[a-z][\w'’-]*\s+){0,4}?(?:in|across|at)\s+(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)")
_WIDE_AFTER = re.compile(r"\s*(?:[a-z][\w'’-]*\s+){0,4}?(?:nationwide|worldwide|globally|nationally|across the country|"
                         r"around the world|(?:across|in|throughout) the (?:eurozone|euro zone|euro area|bloc|region|continent))\b")
_WIDE = "*"
# The home market against the world ("$120 million at the domestic box office" / "$300 million globally").
_HOME_AFTER = re.compile(r"\s*(?:[a-z][\w'’-]*\s+){0,4}?(?:domestically|at home|(?:at|in)\s+the\s+domestic)\b")
_HOME = "home"
_FIGURES = frozenset({"count", "percent", "money"})


# Rules that keep any two claims apart, each with the pair it was written for:
# _two_pasts: "opened in 2019 and went on to gross $1.1 billion" / "in 2022 ... $1.3 billion";
# other_aspect: another aspect of the thing, in words the frame does not keep (aspects.py);
# another_telling: two sayers' crowd counts, two people's terms, two months' figures (estimates.py);
# reported_of_another: "Orvane Bank lost 40 million euros" / "It said customers lost 25 million euros";
# rounds_apart: "61% of the vote in the primary" / "58% of the vote in the general election";
# opening_places_apart: "In the capital, 61% voted in favour" / "with 54% voting in favour".
_ANY_KIND_APART = (lambda one, other: _two_pasts(one, other),  # (defined below)
                   other_aspect, another_telling, reported_of_another,
                   rounds_apart, opening_places_apart)
# Rules for figures only: accounts_apart: "Net profit was 6.99 trillion won" / "Operating profit ... was
# 9.2 trillion won"; parts_apart: "Health care added 55,000 jobs" / "Employers added 178,000 jobs"
# (parts.py); spans_apart: "Prices rose 0.4% on the month" / "Prices rose 3.1% over the year" (change_spans.py).
_FIGURES_APART = (accounts_apart, parts_apart, spans_apart)


def told_apart(one: ClaimBase, other: ClaimBase) -> bool:
    """Whether two figures are told of different places, or as the estimates of two sides (counts,
    percentages and money: a date's place is where it happened, not what it counts), or of two
    aspects of their thing (aspects.py, which also reads a date's "since")."""
    if any(rule(one, other) for rule in _ANY_KIND_APART):
        return True
    if one.kind not in _FIGURES or other.kind not in _FIGURES:
        return False
    if any(rule(one, other) for rule in _FIGURES_APART):
        return True
    if _thing_places_apart(one.frame.thing or "", other.frame.thing or ""):
        return True  # "Overdose deaths in West Virginia" / "Drug overdose deaths in the United States"
    if one.kind == "percent" and _owned_share(one) != _owned_share(other):
        return True  # "Private schools saw 48.4 percent of their entries get A" / "9.4 percent of entries got A*"
    first, second = _place(one), _place(other)
    # Both must name one: "At least seven people died in Tarnvik" is as often the whole event's toll
    # as a part of it ("the quake killed one person").
    if first is not None and second is not None and not _one_place(first, second):
        return True
    first, second = _camp(one), _camp(other)
    return first is not None and second is not None and first != second


# The place a figure's thing is told of: "Overdose deaths in West Virginia", "entries in England were".
# A part of a country told by its quarter, in small letters: "Turnout in the north", "prices in the south-east".
_THING_PLACE = re.compile(r"^(?P<thing>[A-Za-z][\w\s'’.-]*?)\s+(?:in|at|across)\s+(?:the\s+)?"
                          rf"(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*|{COMPASS_QUARTER}\b(?:\s+[a-z]+)?)")


def _thing_places_apart(one: str, other: str) -> bool:
    """Things told of two places ("deaths in Ohio" / "deaths in the United States"), or of one place on
    one side only when the other names the same kind of thing in full ("Overdose deaths in West
    Virginia" is a part of "U.S. overdose deaths"; "entries in England" of "entries"): the same head,
    and no modifier of the part's that the whole lacks."""
    first, second = _THING_PLACE.match(one), _THING_PLACE.match(other)
    # "points in Monday's win", "shots in Horton's death": a name that owns the next noun is no place
    first, second = (None if found is None or found["place"].split()[0] in COMMON_CAPITALISED
                     or found["place"].endswith(("'s", "’s")) else found for found in (first, second))
    if first is not None and second is not None:
        return not set(first["place"].lower().split()) & set(second["place"].lower().split())
    part, whole = (first, other) if first is not None else (second, one)
    if part is None or not whole:
        return False
    whole = " ".join(word for word in whole.split() if "." not in word)  # "U.S. overdose deaths": initials name a place
    if set(part["place"].lower().split()) <= set(whole.lower().split()):
        return False  # "Overdose deaths in Ohio" / "Ohio overdose deaths": one place
    (modifiers, head), (whole_modifiers, whole_head) = head_phrase(part["thing"]), head_phrase(whole)
    return bool(head) and head == whole_head and modifiers <= whole_modifiers


# A group's own share: "Private schools saw 48.4 percent of their entries get A", "Renters spend 40 percent
# of their income": a plural common noun opens the clause and owns the whole the share is of.
_OWNER = re.compile(r"(?:^|[,;:]\s+)(?:[A-Z][a-z]+|[a-z]+)(?:\s+[a-z]+){0,2}s\s+(?:[a-z]+\s+){1,2}(?:about\s+|some\s+|nearly\s+|almost\s+|"
                    r"around\s+|more than\s+|less than\s+)?$")


def _owned_share(claim: ClaimBase) -> bool:
    at = claim.sentence.find(claim.text)
    if at < 0 or not re.match(r"\s+of\s+their\s", claim.sentence[at + len(claim.text):]):
        return False
    found = _OWNER.search(claim.sentence, 0, at)
    return found is not None and found.group().lstrip(",;: ").split()[0].lower() not in ("they", "these", "those", "others")


def _two_pasts(one: ClaimBase, other: ClaimBase) -> bool:
    """Figures each dated by its own clause to a past time, the two times apart: two facts of
    history, however alike their sentences (an echo pairs them by their words, not their frames).
    Not one dated and one not: "the best of her seasons in 2011 with 71 assists" and "in this
    campaign, with 71 assists," are one season told in an article of that year."""
    first, second = one.frame.when, other.frame.when
    if not first or not second or "/" not in first or "/" not in second:
        return False
    (start, end), (other_start, other_end) = first.split("/"), second.split("/")
    return end < other_start or other_end < start


def _one_place(one: str, other: str) -> bool:
    """"Tarnvik" and "Tarnvik Province" may be one place told more or less fully; "Europe" and
    "Asia", or a place and "nationwide", are two."""
    if _WIDE in (one, other) or _HOME in (one, other):
        return one == other
    first, second = set(one.split()), set(other.split())
    return first <= second or second <= first


def _after(claim: ClaimBase) -> str | None:
    at = claim.sentence.find(claim.text)
    return None if at < 0 else claim.sentence[at + len(claim.text):]


def _place(claim: ClaimBase) -> str | None:
    after = _after(claim)
    if after is None:
        return None
    found = _PLACE_AFTER.match(after)
    if found and found["place"].split()[0].rstrip("'’s") not in COMMON_CAPITALISED:
        return found["place"].lower()
    if _HOME_AFTER.match(after):
        return _HOME
    return _WIDE if _WIDE_AFTER.match(after) else None


# Sides whose counts news reports as theirs ("organisers said", "according to police"): the
# authorities are one side, however named; the people they oppose or employ are others.
_CAMPS = {"organisers": "organisers", "organizers": "organisers", "protesters": "organisers", "activists": "organisers",
          "campaigners": "organisers", "demonstrators": "organisers", "union": "union", "unions": "union",
          "strikers": "union", "company": "company", "management": "company", "employer": "company",
          "employers": "company", "police": "authorities", "officials": "authorities", "authorities": "authorities",
          "government": "authorities", "army": "authorities", "military": "authorities", "rebels": "rebels",
          "militants": "rebels", "insurgents": "rebels", "opposition": "opposition"}
_SIDE = "|".join(sorted(_CAMPS, key=lambda word: (-len(word), word)))
# A side's own figure also when it wants or offers it ("The union wants a 12 percent rise" / "The
# company has offered 4 percent").
_SAY = r"said|says|say|claimed|claims|claim|estimated|estimates|estimate|put|(?:has\s+|have\s+|had\s+)?(?:wants?|wanted|offer(?:s|ed)?|demand(?:s|ed)?|propose[sd]?|sought|seeks?)"
_SAYER = re.compile(rf"\b(?P<a>{_SIDE})\s+(?:{_SAY})\b|\b(?:{_SAY}|according to)\s+(?:the\s+)?(?P<b>{_SIDE})\b", re.I)


def _camp(claim: ClaimBase) -> str | None:
    """The side whose estimate the figure is: the sayer nearest the figure in its part of the
    sentence (";" parts "Organisers said 50,000; police put the number at 12,000")."""
    at = claim.sentence.find(claim.text)
    if at < 0:
        return None
    start = claim.sentence.rfind(";", 0, at) + 1
    end = claim.sentence.find(";", at)
    part = claim.sentence[start:end if end >= 0 else None]
    figure = at - start
    sayers = [(abs(found.start() - figure), (found["a"] or found["b"]).lower()) for found in _SAYER.finditer(part)]
    return _CAMPS[min(sayers)[1]] if sayers else None
