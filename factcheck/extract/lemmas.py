"""Words as frames read them: lemmas, canonical events, verb forms, number words, head nouns."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ..text import STOP_WORDS
from .frame_words import EVENT_SYNONYMS, IRREGULAR_VERBS, LIGHT_VERBS, NUMBER_WORDS
from .subjects import IRREGULAR_PAST

if TYPE_CHECKING:
    pass




@lru_cache(maxsize=65536)
def lemma(word: str) -> str:
    """The dictionary form of a word ("killed" -> "kill", "injuries" -> "injury"), lower case.

    simplemma ships its dictionaries: nothing is downloaded, and a look-up is a dict access."""
    from simplemma import lemmatize  # imported on first use: a re-check that extracts nothing never pays for it

    lowered = word.lower().replace("’", "'")
    found = lemmatize(lowered, lang="en").lower()
    if lowered.endswith(("lled", "lling")) and found.endswith("ll") and found != lowered:
        from simplemma import is_known

        if len(re.findall(r"[aeiou]+", found[:-2])) >= 2 and is_known(found[:-1], lang="en"):
            return found[:-1]  # British "cancelled", "travelling": the dictionary has "cancel", "travel"
    return found


def canonical_event(word: str) -> str:
    lowered = word.lower()
    if lowered in EVENT_SYNONYMS:
        return EVENT_SYNONYMS[lowered]
    base = lemma(lowered)
    return EVENT_SYNONYMS.get(base, base)


@lru_cache(maxsize=65536)  # asked of every word near every figure; the same few hundred words
def is_verbish(word: str) -> bool:
    """A word that reads as a verb form of an event: -ed/-ing forms and known event words."""
    lowered = word.lower()
    if lowered in STOP_WORDS or lowered in LIGHT_VERBS or not lowered.isalpha() or word[0].isupper() and word != word.upper():
        return False  # "Reading", "Sterling": a capital makes a name, not a verb
    if lowered in EVENT_SYNONYMS or lemma(lowered) in EVENT_SYNONYMS or lowered in IRREGULAR_PAST or lowered in IRREGULAR_VERBS:
        return True
    return lowered.endswith(("ed", "ing")) and len(lowered) > 4


@lru_cache(maxsize=4096)
def lemmatize_proper(lowered: str) -> bool:
    """Whether the dictionary's own form of a word is capitalised ("williams" -> "Williams")."""
    from simplemma import lemmatize

    return lemmatize(lowered, lang="en")[:1].isupper()


def head_words(thing: str) -> list[str]:
    """The counted noun and its modifiers, up to a preposition: "people in Varsk" -> [people]."""
    words = []
    for word in re.findall(r"[A-Za-z][\w'’-]*", thing.lower()):
        if word in STOP_WORDS:
            break
        words.append(word)
    return words


def is_number_word(word: str) -> bool:
    return word.lower() in NUMBER_WORDS
