"""A player's name that is also a dictionary word, opening a statistic's sentence: "Bell finished
with 21 points", "Price scored 24". openers.common_opening_word reads such a lone opening word as a
common one ("Floods killed 12"); before a statistic and its verb it is the player's name."""
from __future__ import annotations

import re

from .frame_words import LIGHT_VERBS
from .lemmas import is_verbish
from .openers import common_opening_word, sentence_opening

# The opening word and the word right after it: "Bell finished", "Cole had".
_OPENING = re.compile(r"[\s\"“‘'(]*(?P<word>[A-Z][a-z]+)\s+(?P<next>[a-z]+)\b")


def opens_as_player(text: str, sentence_start: int, holder: str) -> bool:
    """Whether ``holder`` is a lone word that opens the sentence right before a verb (asked of a
    statistic's holder: then it is the player's name, "Bell had 21 points"), not a common opener
    ("Starting at 8 p.m., ... 20 blocks": no verb after it; "Point guard Ty Lawson": a noun after it)."""
    found = _OPENING.match(text, sentence_start)
    if not found or found["word"] != holder:
        return False
    following = found["next"]
    return (is_verbish(following) or following in LIGHT_VERBS) and not is_verbish(holder.lower())


def common_opener(text: str, sentence_start: int, holder: str, statistic: bool) -> bool:
    """openers.common_opening_word, but a statistic's lone opening word before its verb is a name."""
    return not (statistic and opens_as_player(text, sentence_opening(text, sentence_start), holder)) \
        and common_opening_word(text, sentence_start, holder)
