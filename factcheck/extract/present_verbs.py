"""A figure's verb told in the present tense or after a modal: "Ryanair cancels 400 flights",
"Carmaker recalls 1.4 million vehicles", "the chain would close 45 stores", "plans to open 30
branches". Headlines tell news this way, and so do bodies of plans; the -ed test that reads
"cancelled 400 flights" misses these forms, so the same figure had no event on one side and one on
the other, and the two could never disagree. Read only right before the figure (hedges aside), an
-s form after a word that may be its subject (a plural noun after "the" or "of" would be a list or
a table: "the plans 400"), a plain form after "to" or a modal.
"""
from __future__ import annotations

import re

from ..text import STOP_WORDS
from .frame_words import EVENT_SYNONYMS, LIGHT_VERBS
from .lemmas import canonical_event, is_known, is_number_word, is_verbish, lemma

# Hedges between a verb and its figure: "cancels about 400 flights", "cuts more than 1,000 jobs".
_HEDGES = frozenset("about some nearly almost more than over at least around roughly an estimated another".split())
# Words a verb's subject cannot end with: "the flights 400", "of orders 12".
_NOT_A_SUBJECT = frozenset("""the a an its their his her our your my this these those of in on at for with by from to
    and or but than as per""".split())
# What a plain verb form follows: "to", a modal.
_MODALS = frozenset("to will would could can may might must shall should".split())
# Words of what is expected or aimed at, before "to": "expected to open to", "aims to sell".
_EXPECTED = re.compile(r"(?:expect|forecast|predict|project|estimat|anticipat|likely|aim|hop|seek|sought|want|tip|"
                       r"target|poised|on course|on track)")
# Verbs that give their object a state or a cause, not an event: "leaves 300 children without
# schools", "keeps 12 people in hospital", "could lead to 40 deaths".
_NO_EVENT_OF_THEIR_OWN = frozenset("leave keep render get cause lead bring result trigger mean need want".split())
# Words ending in -s that are no third-person verb ("bus", "gas", "news", "series").
_NOT_VERBS = frozenset("bus gas news series species means data always perhaps sometimes plus less unless".split())


def present_tense_event(tokens: list[str], thing: str | None = None) -> str | None:
    """The event of a figure whose verb right before it is a present -s form ("Ryanair cancels 400
    flights" -> cancel) or a plain form after a modal, None otherwise (the -ed and -ing forms are
    read elsewhere, and a counted noun that is itself an event, "could cause 70 deaths", says it)."""
    index = len(tokens) - 1
    while index >= 0 and (tokens[index].lower() in _HEDGES or tokens[index].lower() == "to" and index
                          and tokens[index - 1].lower() == "up"):
        index -= 1 + (tokens[index].lower() == "to")
    if index < 1 or _names_an_event(thing) or lemma(tokens[index].lower()) in _NO_EVENT_OF_THEIR_OWN:
        return None
    word, before = tokens[index], tokens[index - 1].lower()
    if any(token[0].isdigit() or is_number_word(token) for token in tokens[max(0, index - 2):index]):
        return None  # "by 0.5 percentage points to": a noun of a figure, not a verb
    if before in _MODALS and is_plain_verb(word):
        if any(_EXPECTED.match(token.lower()) for token in tokens[max(0, index - 5):index - 1]):
            return None  # "was expected to open to $95 million": a forecast, not the news (frame_scope's)
        return canonical_event(word)  # "would close 45 stores", "to open 30 branches"
    if before in _NOT_A_SUBJECT or before[0].isdigit() or not is_present_verb(word):
        return None
    return canonical_event(word)


def _names_an_event(thing: str | None) -> bool:
    """"70 deaths", "12 arrests": the counted noun is itself the event (frames.py reads it so)."""
    head = thing.split()[0].lower() if thing else ""
    return bool(head) and (head in EVENT_SYNONYMS or lemma(head) in EVENT_SYNONYMS)


def is_plain_verb(word: str) -> bool:
    """A lower-case plain form of an event verb: "close", "open", "cut", "add" (not "be", "have",
    "reach": verbs that carry no event of their own)."""
    lowered = word.lower()
    if not word.isalpha() or not word.islower() or len(lowered) < 3 or lowered in STOP_WORDS or lowered in LIGHT_VERBS:
        return False
    return lemma(lowered) == lowered and (is_verbish(lowered) or any(is_known(past) for past in _past_forms(lowered)))


def is_present_verb(word: str) -> bool:
    """A lower-case -s form of an event verb: "cancels", "recalls", "kills", "cuts" (not "has",
    "says", "includes": verbs that carry no event of their own)."""
    lowered = word.lower()
    if (not word.isalpha() or not word.islower() or len(lowered) < 4 or not lowered.endswith("s")
            or lowered.endswith(("ss", "us", "is")) or lowered in STOP_WORDS or lowered in LIGHT_VERBS
            or lowered in _NOT_VERBS):
        return False
    base = lemma(lowered)
    if base == lowered or base in LIGHT_VERBS or not lowered.startswith(base[:-1] if base.endswith("e") else base):
        return False
    return is_verbish(base) or any(is_known(past) for past in _past_forms(base))


def _past_forms(base: str) -> tuple[str, ...]:
    if base.endswith("e"):
        return (base + "d",)
    if base.endswith("y") and len(base) > 2 and base[-2] not in "aeiou":
        return (base[:-1] + "ied",)
    return base + "ed", base + base[-1] + "ed"
