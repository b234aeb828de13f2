"""A ban told in games: "The league suspended Jo Reyes for 10 games" / "Reyes will sit out 10 games" /
"Reyes was banned for 10 matches". The games a player is suspended for are the games the player
misses (the event `miss`, which "sat out" and "missed" read as already), and they are the player's,
not the league's that handed the ban down: the holder is the name after the verb, where one is told.
"""
from __future__ import annotations

import re

from .lemmas import head_words

# What a ban is counted in (not "years", "months": a term, read by durations).
BAN_UNITS = frozenset("games matches fixtures races starts contests".split())
# The verb of a ban and what stands between it and "for": a name told with its role ("Detroit guard
# Jo Reyes"), or nothing (a passive: "was suspended for").
_BAN_FOR = re.compile(r"\b(?:suspend(?:s|ed|ing)?|ban(?:s|ned|ning)?)\s+(?P<who>(?:[\w'’.-]+\s+){1,6}?)?for\s+"
                      r"(?:(?:the|his|her|their)\s+)?(?:(?:next|first|remaining|final|last)\s+)?(?:up\s+to\s+)?$", re.I)
_NAME_RUN = re.compile(r"(?:[A-Z][\w'’.-]*\s+)*[A-Z][\w'’.-]*$")


def ban_served(text: str, piece_start: int, position: int, event: str | None, holder: str | None,
               thing: str | None) -> tuple[str | None, str | None]:
    """The event and holder of a figure of games a player is banned for: ("miss", the player named
    after the verb, or the holder read before). Any other figure keeps its event and holder."""
    heads = head_words(thing) if thing else []
    if event not in (None, "suspend", "ban") or not heads or heads[-1] not in BAN_UNITS:
        return event, holder
    found = _BAN_FOR.search(text, piece_start, position)
    if found is None:
        return event, holder
    who = (found["who"] or "").strip()
    if not who:
        return "miss", holder  # "Reyes was suspended for 10 games"
    name = _NAME_RUN.search(who)
    if name is not None:
        return "miss", name.group()  # "suspended Detroit guard Jo Reyes for": Reyes's games
    if who.lower() in ("him", "her", "them"):
        return "miss", None  # the league's they are not; whose they are is told elsewhere
    return event, holder  # "suspended a player for": whose the games are is not told
