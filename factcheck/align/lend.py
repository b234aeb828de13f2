"""A figure whose frame is too thin without its holder, told of an article's main actor: "The automaker
said it knows of 49 fires" beside another article's "Brannock said it was aware of 23 fires". Without a
holder the first is too thin to disagree (what are 49 fires, and whose?). When both articles are
about the holder (actors.py), the unnamed figure is read for alignment and comparison as the
holder's; the report keeps the claim as extracted. Not a statistic or a span of someone's time ("He
had 793 yards"): in a story of many players' figures "he" does not say whose, nor of which game.
"""
from __future__ import annotations

from collections.abc import Mapping

from ..extract.frames import is_thin
from ..extract.holders import is_organisation
from ..kinds import FIGURES
from ..models import ClaimBase
from .actors import actor_holders, one_actor
from .memo import stat_or_personal


def lend_holders(claims: list[ClaimBase], actors: Mapping[str, frozenset[str]]) -> list[ClaimBase]:
    """``claims`` with the unnamed figures that another article names the holder of (see the module's
    docstring) as copies that name it: the same claims otherwise, in the same order."""
    if not actors:
        return claims
    by_source: dict[str, list[ClaimBase]] = {}
    for claim in claims:
        if claim.kind in FIGURES and claim.frame.holder and not is_organisation(claim.frame.holder):
            by_source.setdefault(claim.source, []).append(claim)
    holders = {source: actor_holders(named, actors) for source, named in by_source.items()}
    if not any(holders.values()):
        return claims
    return [_lent(claim, {holder: words for source, found in holders.items() if source != claim.source
                          for holder, words in found.items()}, actors) for claim in claims]


def _lent(claim: ClaimBase, holders: dict[str, frozenset[str]], actors: Mapping[str, frozenset[str]]) -> ClaimBase:
    if claim.kind not in FIGURES or claim.frame.holder or claim.frame.thing is None or not holders:
        return claim
    if stat_or_personal(claim.frame.thing, claim.frame.event):
        # "He had 793 yards": which player, which game or season, "he" does not say well enough in a
        # story of many players' figures (a statistic needs its holder named on both sides).
        return claim
    if not is_thin(claim.frame, claim.kind) or (holder := one_actor(claim, holders, actors)) is None:
        return claim  # a figure that lines up without its holder is left to compare.py
    frame = claim.frame.model_copy(update={"holder": holder})
    return claim if is_thin(frame, claim.kind) else claim.model_copy(update={"frame": frame})
