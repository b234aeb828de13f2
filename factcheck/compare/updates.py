"""A running count told on two days: a later article's higher toll, told as where the count now
stands, updates an earlier article's ("1,104 people died" on Tuesday; "More than 1,500 people have
now been confirmed dead", officials said on Wednesday). News of a count that rises from edition to
edition, not a disagreement; a later figure that is lower, or told without a word that it is the
latest, still disagrees."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping

from ..models import ClaimBase

# Events whose counts rise as news comes in (canonical events, frame_words.EVENT_SYNONYMS).
_RUNNING = frozenset("die injure missing rescue evacuate arrest displace destroy damage affect strand infect sicken".split())
# Words that tell a count as where it stands now, or as risen; the present perfect tells a count as it
# stands when told ("95 people have been infected", "20 have died"), as "had" tells one of a past day.
_NOW = re.compile(r"\b(?:now|so far|to date|latest|updated|new toll|(?:has|have|had)\s+(?:now\s+)?(?:risen|climbed|reached|"
                  r"increased|grown|jumped)|(?:rose|risen|climbed|climbs|rises|increased|grew|jumped)\s+to|"
                  r"(?:has|have)\s+(?:been\s+)?(?:died|fallen ill|\w+ed))\b", re.I)


def updated(one: ClaimBase, other: ClaimBase, published: Mapping[str, dt.date | None]) -> bool:
    """Whether one of two counts of a running event, from articles published on different days,
    is the later article's higher figure told as the latest."""
    first, second = published.get(one.source), published.get(other.source)
    if first is None or second is None or first == second or one.kind != "count" or other.kind != "count":
        return False
    earlier, later = (one, other) if first < second else (other, one)
    if earlier.frame.event not in _RUNNING or later.frame.event != earlier.frame.event:
        return False
    low, high = later.value.low, earlier.value.high
    return low is not None and high is not None and low > high and bool(_NOW.search(later.sentence))
