"""A figure told rounded: the same fact as the figure told exactly (used by compare._meet)."""
from __future__ import annotations

from ..models import ClaimBase


def rounded_change(whole: ClaimBase, told: ClaimBase) -> bool:
    """A change told in whole percent is the same change told to a tenth ("shares fell 6 percent" /
    "closed down 5.8 percent"): both rises or falls, the tenth rounding to the whole. Levels ("a rate of
    4 percent" / "4.25 percent") are not rounded so."""
    if whole.kind != "percent" or told.kind != "percent" or not whole.value.change or whole.value.change != told.value.change:
        return False
    stated, other = whole.value.stated, told.value.stated
    return (stated is not None and other is not None and stated == int(stated) and "." not in whole.text
            and other != int(other) and abs(other - stated) < 0.5)
