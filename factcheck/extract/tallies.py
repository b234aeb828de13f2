"""Facts told in more than one verb: a party's or candidate's tally of seats or votes, whose it is
saying which figure it is; paying back what was taken; what a participle right before a figure
does to it ("a boat carrying 427 people arrived": the people were carried)."""
from __future__ import annotations

import re

from ..text import STOP_WORDS
from .bans import ban_served
from .frame_words import (
    AFFECT_VERBS,
    AFFECTED_PEOPLE,
    ALLOWED_LOAD,
    ARREST_EVENTS,
    ARRESTED_PEOPLE,
    BUILDINGS,
    BUILDINGS_GONE,
    CUSTOMER_NOUNS,
    ENROLLED,
    FAMILY_NOUNS,
    FOUND_GUILTY,
    GENERIC_THINGS,
    HELD_TALLIES,
    LEAVES_FAMILY,
    LEFT_IN_STATE,
    LIGHT_VERBS,
    PAID_BACK,
    PEAK,
    SIGNED_UP,
    SKIPPABLE,
    STATISTICS,
    SWEPT_AWAY,
    TALLY_VERBS,
    VISIT_TALK,
    VISITOR_THINGS,
    VISITOR_VERBS,
)
from .lemmas import canonical_event, head_words, is_verbish, verb_lemma
from .window_gate import WordGated

# A tally told as what a holder would (or could) have: a projection, not what it holds.
_WOULD_HAVE = re.compile(r"\b(?:would|could|might|will|may)\s+(?:\w+\s+){0,2}$", re.I)
# Tried at every figure, at every position of its window: run only where a word of theirs is.
_ENROLLED, _ALLOWED_LOAD = WordGated(ENROLLED), WordGated(ALLOWED_LOAD)


def held_tally(text: str, piece_start: int, position: int, holder: str | None, thing: str | None,
               event: str | None, scope: str | None) -> tuple[str | None, str | None]:
    """The event and scope of a figure at ``position``, for the facts news tells in several ways:
    "ordered to pay back 3.1 million" is to repay it (not to pay a fine or costs); "found guilty"
    is convicted; homes lost, buried or swept away were destroyed; "certified for 150
    passengers" is the load it is licensed to carry; a trial's patients are those it took
    in, whatever the verb; a player's
    "22.4 points a game" is the average "averaging 22.4 points" tells; winning a
    holder's seats or votes ("Lind won 12,400 votes" / "Lind received 11,900 votes": one tally);
    a tally the holder "would have" is a projection ("would have 92 seats" is not "hold 40 seats")."""
    if event == "pay" and PAID_BACK.search(text, piece_start, position):
        return "repay", scope
    if event in (None, "find") and FOUND_GUILTY.search(text, piece_start, position):
        return "convict", scope  # "found guilty of 23 counts" is "convicted on 23 counts"
    if thing and head_words(thing)[-1:] and head_words(thing)[-1] in BUILDINGS \
            and (event in BUILDINGS_GONE or SWEPT_AWAY.search(text, piece_start, position)):
        return "destroy", scope  # "46 homes were lost", "buried 27 houses", "sweeping away 57 houses"
    if _ENROLLED.search(text, max(0, position - 60), position):
        return "enrol", scope  # "The trial involved 14,200 patients" / "was tested in 28,403 patients"
    if _ALLOWED_LOAD.search(text, piece_start, position):
        return "license", scope  # "certified for 150 passengers" is "licensed to carry 150 passengers"
    labels = set(scope.split("+")) if scope else set()
    if "rate" in labels and "average" not in labels and thing and head_words(thing)[-1:] and head_words(thing)[-1] in STATISTICS:
        scope = "+".join(sorted(labels - {"rate"} | {"average"}))  # "22.4 points a game" is "averaging 22.4 points"
    heads = head_words(thing) if holder and thing else []
    if not heads or heads[-1] not in HELD_TALLIES:
        return event, scope
    if event in TALLY_VERBS:
        return "win", scope
    if event is None and _WOULD_HAVE.search(text, piece_start, position):
        return event, "+".join(sorted({*(scope.split("+") if scope else ()), "forecast"}))
    return event, scope


def told_another_way(text: str, sentence_start: int, piece_start: int, position: int, holder: str | None,
                     thing: str | None, event: str | None, scope: str | None) -> tuple[str | None, str | None, str | None, str | None]:
    """The event, thing, scope and holder of a figure told in one of several ways (held_tally's, a
    place's visitors, a price's new peak, a ban's games)."""
    event, holder = ban_served(text, piece_start, position, event, holder, thing)
    return (*_told_another_way(text, sentence_start, piece_start, position, holder, thing, event, scope), holder)


def _told_another_way(text: str, sentence_start: int, piece_start: int, position: int, holder: str | None,
                      thing: str | None, event: str | None, scope: str | None) -> tuple[str | None, str | None, str | None]:
    event, scope = held_tally(text, piece_start, position, holder, thing, event, scope)
    if thing == "amount" and PEAK.search(text, piece_start, position):  # a price; "set a record of 18 wins" is sport's
        labels = set(scope.split("+")) - {"limit"} if scope else set()
        return "peak", thing, "+".join(sorted(labels)) or None  # "rose to a record" / "touched a new high of"
    heads = head_words(thing) if thing else []
    if len(heads) == 1 and heads[0] in VISITOR_THINGS and event in VISITOR_VERBS and (
            heads[0] != "people" or VISIT_TALK.search(text, max(0, sentence_start - 300), position + 200)):
        return "visit", "visitors" + thing[len(heads[0]):], scope  # "received 8.9 million people" / "welcomed 9.2 million visitors"
    if len(heads) == 1 and heads[0] in ARRESTED_PEOPLE and event in ARREST_EVENTS:
        return event, "people" + thing[len(heads[0]):], scope  # "arrested 12 people" / "21 suspects were arrested"
    if heads and heads[-1] in CUSTOMER_NOUNS and SIGNED_UP.search(text, piece_start, position):
        new = re.match(r"(?:net\s+)?new\s+", thing, re.I)  # "16 million new subscribers" are the ones added
        return "add", thing[new.end():] if new else thing, scope  # "signed up 16 million" / "added 19 million"
    if heads and heads[-1] in AFFECTED_PEOPLE and event in AFFECT_VERBS:
        return "affect", thing, scope  # "hitting 70,000 passengers" / "affecting 70,000 passengers"
    if event in (None, "leave") and heads and heads[-1] in FAMILY_NOUNS and LEAVES_FAMILY.match(text, sentence_start, position) \
            and not LEFT_IN_STATE.match(text, position):
        return "survive", thing, scope  # "She leaves three children" / "She is survived by three children"
    return event, thing, scope


def eventless_thin(holder: str | None, heads: list[str], scope: str | None = None) -> bool:
    """Whether a count with no event is too thin to disagree: only a counted thing with modifiers
    says which figure it is ("polling stations abroad"), a holder's tally ("the Liberals would
    have 92 seats": the party's seats), or a holder's figure of a noun that is no generic one
    ("Harbor Lights, with 13 nominations"; a part, "homes partially damaged in a town", does not)."""
    if holder and heads[-1] in HELD_TALLIES:
        return False
    return len(heads) < 2 and not (holder and not scope) or heads[-1] in GENERIC_THINGS


# Hedges between a participle and its figure: "carrying more than 400 people".
_HEDGES = frozenset("about some nearly almost more than over at least up to around roughly an estimated".split())
# Participles that give their object a state told after it ("leaving 12 people dead"): the state is the event.
_RESULTATIVE = frozenset("leaving making keeping rendering getting".split())


def carried_object(before: list[str]) -> str | None:
    """The event of a figure that is the object of a participle right after a noun: "One boat carrying
    427 people arrived" (the people were carried, the boat arrived), "a bus carrying 46 passengers
    crashed". Not after an auxiliary ("were carrying": the clause's own verb), nor a resultative
    ("an attack leaving 12 people dead": the dead)."""
    tokens = list(before)
    while tokens and tokens[-1].lower() in _HEDGES:
        tokens.pop()
    if len(tokens) < 2:
        return None
    verb, noun = tokens[-1], tokens[-2]
    if not verb.lower().endswith("ing") or verb.lower() in _RESULTATIVE or verb.lower() in LIGHT_VERBS or not is_verbish(verb):
        return None
    lowered = noun.lower()
    if not noun.isalpha() or noun[0].isupper() or lowered in STOP_WORDS or lowered in SKIPPABLE or is_verbish(noun):
        return None
    return canonical_event(verb_lemma(verb))
