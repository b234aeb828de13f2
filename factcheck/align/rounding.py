"""A figure told rounded: the same fact as the figure told exactly (used by compare._meet)."""
from __future__ import annotations

import re

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


def rounded_level(whole: ClaimBase, told: ClaimBase) -> bool:
    """A share of 10 percent or more told in whole percent is the same share told to one decimal
    ("Turnout was 57 per cent" / "57.2 percent"; a vote share, an approval rating). Small levels
    ("a rate of 4 percent" / "4.3 percent", "unemployment of 4 percent") and two decimals ("4.25")
    are not rounded so: there a tenth is the news."""
    if whole.kind != "percent" or told.kind != "percent" or whole.value.change or told.value.change:
        return False
    stated, other = whole.value.stated, told.value.stated
    return (stated is not None and other is not None and stated >= 10 and stated == int(stated) and "." not in whole.text
            and re.search(r"\d\.\d(?!\d)", told.text) is not None and abs(other - stated) < 0.5)


# The scale word of an amount told in whole millions or billions ("$14 billion", "£85m").
_SCALE = re.compile(r"^\D*\d[\d,]*\s*(?P<scale>trillion|billion|million|bn|tn|m)\b", re.I)
_SCALES = {"trillion": 1e12, "tn": 1e12, "billion": 1e9, "bn": 1e9, "million": 1e6, "m": 1e6}


def rounded_amount(whole: ClaimBase, told: ClaimBase) -> bool:
    """A sum told in whole millions or billions is the same sum told to a decimal ("a $14 billion
    deal" / "a deal worth $14.2 billion"): one currency, the decimal rounding to the whole. Sums told
    to a decimal on both sides ("$5.2 billion" / "$5.4 billion") are not rounded so."""
    if whole.kind != "money" or told.kind != "money" or whole.value.currency != told.value.currency:
        return False
    found = _SCALE.match(whole.text)
    stated, other = whole.value.stated, told.value.stated
    if found is None or stated is None or other is None or whole.value.hedge or "." not in told.text:
        return False
    # Within a tenth too: "a £2bn plan" is not "£2.4bn" told round (a sixth apart), "$14 billion" is "$14.2 billion"
    return abs(other - stated) < 0.5 * _SCALES[found["scale"].lower()] and abs(other - stated) <= 0.1 * abs(other)
