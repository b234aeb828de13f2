"""Which name of a sentence a later word may stand for: an epithet opening the next sentence ("The
6-foot-7 junior added ..."), or the speaker who opens a sentence ("Tom Smith of the fire service
said he was 90 percent sure"), or a name a line of figures is set under ("Rovers: 61 points."). Split from holders.py, whose reading of names it uses."""
from __future__ import annotations

import re

from .holders import _TOKEN_OR_COMMA, _is_name, _names_of
from .lemmas import is_known, is_verbish, lemmatize_proper

# Nouns of what is aimed at someone: "took a swipe at Will Jones" names a person, not a place.
_AIMED_AT = frozenset("swipe swipes jab jabs dig digs shot shots aim look glance fun punch punches pass passes".split())


def epithet_candidates(tokens: list[str]) -> set[str]:
    """The names of a sentence an epithet after it may stand for: not a place where it happened
    ("broke the record at Harbor City", "in Tarnvik"), nor a common word that is capitalised only
    because it opens the sentence ("Reigning champion Tom Smith"). "threw a pass to Will Jones":
    Will Jones may be "the rookie" of the next sentence, so he stays one."""
    found = set()
    for name, _verb in _names_of(tokens):
        at = next((index for index, token in enumerate(tokens) if token == name.split()[0]), None)
        if at and tokens[at - 1].lower() in ("at", "in") \
                and (at == 1 or not is_verbish(tokens[at - 2]) and tokens[at - 2].lower() not in _AIMED_AT):
            continue  # (not "yelled at Will Jones", "took a swipe at Will Jones": a person)
        if at == 0 and " " not in name and is_known(name.lower()) and not lemmatize_proper(name.lower()):
            continue
        found.add(name)
    return found


def first_name(words: str) -> str | None:
    """The first name of some words ("Tom Smith of the Harbor City fire service" -> Tom Smith), a
    place where it happened ("In Harbor City, Tom Smith") or a common word that only opens them
    with a capital ("Reigning champion Tom Smith") aside."""
    tokens = _TOKEN_OR_COMMA.findall(words)
    names = epithet_candidates(tokens)
    found = [name for name, _verb in _names_of(tokens) if name in names]
    return found[0] if found else None


# A name that labels the figures after a colon, as a table's row does: "Rovers: 61 points.", "Lima's
# numbers last season: 27 goals and 11 assists". Not a headline's topic ("Harbor raids: 12 held"): the
# words after the colon are figures and their nouns alone, with no verb.
_LABEL = re.compile(r"\s*((?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*)(?:(?:'s|’s)\s+(?:numbers|statistics|stats|figures)"
                    r"(?:\s+(?:last|this)\s+season)?)?\s*:\s+")


def label_holder(text: str, sentence_start: int, position: int) -> str | None:
    """The name a line of figures is told under ("Rovers: 61 points. City: 45 points."): whose the
    statistic at ``position`` is, when the sentence opens with a name and a colon and nothing between
    the colon and the figure is a verb."""
    found = _LABEL.match(text, sentence_start, position)
    if found is None or not all(_is_name(word) for word in found.group(1).split()):
        return None
    if any(is_verbish(token) for token in _TOKEN_OR_COMMA.findall(text[found.end():position])):
        return None
    return found.group(1)
