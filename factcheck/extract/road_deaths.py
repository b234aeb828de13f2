"""Deaths told as a noun and as people killed: "There were 1,624 road deaths" and "1,642 people
were killed on Britain's roads" count one thing, the road's dead.

A count whose counted noun is deaths or fatalities after a modifier ("road deaths", "reported
traffic fatalities") is a count of the dead (event die), as "12 deaths" already is; a reporting
participle before it ("reported", "recorded", "confirmed") tells how it was counted, not what, and
fatalities are deaths. People killed or who died "on the roads" (roads in the plural: the
country's, a region's, not "on a road near the village", one crash) are the road's deaths. Other
groups killed on the roads stay their own ("382 pedestrians were killed on the roads" is a part).
"""
from __future__ import annotations

import re

from ..models import CountClaim

# "reported road deaths", "traffic fatalities", "Road deaths": a modifier, then the dead.
_DEATHS = re.compile(r"^(?:(?:reported|recorded|confirmed|registered|official)\s+)?(?P<modifier>[A-Za-z][\w-]*)\s+(?:deaths|fatalities)$", re.I)
# People killed on the roads: "were killed on Britain's roads", "died on the country's roads", "on the roads".
_ON_ROADS = re.compile(r"\s*(?:(?:were|have been|had been|was)\s+)?(?:killed|died)\s+on\s+(?:the\s+|[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*['’]s\s+|"
                       r"(?:the\s+)?(?:country|nation|region|state|county|city)['’]s\s+)?roads\b")


def deaths_told(claim: CountClaim, text: str) -> bool:
    """Mends a count's frame when it counts deaths in other words (see the module); whether it did."""
    thing, frame = claim.frame.thing or "", claim.frame
    at = text.find(thing, claim.end, claim.end + 40) if thing else -1
    deaths = _DEATHS.match(thing)
    if deaths and frame.event is None:
        frame.event, frame.thing = "die", f"{deaths['modifier'].lower()} deaths"
    elif thing.lower() == "people" and frame.event == "die" and at >= 0 and _ON_ROADS.match(text, at + len(thing)):
        frame.thing = "road deaths"
    else:
        return False
    return True
