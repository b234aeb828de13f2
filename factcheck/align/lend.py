"""A figure whose frame is too thin without its holder, told of an article's main actor: "The automaker
said it knows of 49 fires" beside another article's "Torvik said it was aware of 23 fires". Without a
holder the first is too thin to disagree (what are 49 fires, and whose?). When both articles are
about the holder (actors.py), the unnamed figure is read for alignment and comparison as the
holder's; the report keeps the claim as extracted. Not a statistic or a span of someone's time ("He
had 793 yards"): in a story of many players' figures "he" does not say whose, nor of which game.
"""
from __future__ import annotations

from collections.abc import Mapping

from ..extract.frames import is_thin
from ..extract.holders import holder_is_place, is_organisation
from ..kinds import FIGURES
from ..models import ClaimBase
from .actors import actor_words, leads_with, told_of_actor
from .memo import stat_or_personal


def lend_holders(claims: list[ClaimBase], actors: Mapping[str, frozenset[str]]) -> list[ClaimBase]:
    """``claims`` with the unnamed figures that another article names the holder of (see the module's
    docstring) as copies that name it: the same claims otherwise, in the same order."""
    named: dict[frozenset[str], list[tuple[str, str]]] = {}
    for claim in claims:
        holder = claim.frame.holder
        if (claim.kind in FIGURES and holder and not is_organisation(holder) and claim.source in actors
                and actors[claim.source] <= actor_words(holder) and not holder_is_place(holder, claim.sentence)
                and leads_with(claim.sentence, holder)):
            named.setdefault(actors[claim.source], []).append((claim.source, holder))
    if not named:
        return claims
    return [_lent(claim, named.get(actors.get(claim.source, frozenset()), [])) for claim in claims]


def _lent(claim: ClaimBase, holders: list[tuple[str, str]]) -> ClaimBase:
    if claim.kind not in FIGURES or claim.frame.holder or claim.frame.thing is None:
        return claim
    others = sorted({holder for source, holder in holders if source != claim.source})
    if not others or not told_of_actor(claim, others[0]):
        return claim
    if stat_or_personal(claim.frame.thing, claim.frame.event):
        # "He had 793 yards": which player, which game or season, "he" does not say well enough in a
        # story of many players' figures (a statistic needs its holder named on both sides).
        return claim
    frame = claim.frame.model_copy(update={"holder": others[0]})
    if not is_thin(claim.frame, claim.kind) or is_thin(frame, claim.kind):
        return claim  # a figure that lines up without its holder is left to compare.py (one_actor)
    return claim.model_copy(update={"frame": frame})
