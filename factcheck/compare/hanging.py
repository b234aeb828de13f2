"""A figure told in a clause hung on a sentence about one name: "Tarnvik was again the strongest
region, with prices up 6.3 percent on the year" gives Tarnvik's prices, though the frame reads no
holder from so far before the figure. The main clause ranks its subject ("the strongest region",
"the fastest-growing province", "the highest turnout"), and the "with" or "where" clause after its
comma tells that subject's figure; a figure whose sentence does not name that subject is another
aspect (the country's, the story's own), not a disagreement. The same name told on both sides
still meets: "Tarnvik saw the biggest rise, 5.9 percent" against the hung 6.3 percent.

So is a change hung on the main clause by "after" or "following" and told of its own earlier
period: "Exports rose 5.5 percent in March, after a 3.9 percent rise in February" gives February's figure,
which no figure told of no such period is set against (the same period named on both sides
still is: "after a 3.9 percent rise in February" / "after a 3.2 percent rise in February"). Nor is a change
told over a stretch of days ("having lost 9 per cent over three sessions") one day's change."""
from __future__ import annotations

import re

from ..chrono import FULL_MONTH_NAMES
from ..models import ClaimBase
from ..text import parse_number

# "<Name> was/had/saw (again) the <...>est/most/top ..., with|where": the name is what the clause ranks.
_HUNG_ON = re.compile(
    r"^\W*(?P<who>[A-Z][\w'’.-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w'’.-]*)*)\s+"
    r"(?:was|were|is|are|had|has|saw|posted|recorded|reported|remained|became|led|topped)\s+"
    r"(?:(?:again|also|once\s+again|still|by\s+far)\s+)?(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:[\w-]*est|most|least|top|best|worst)\b[^,;]*,\s+(?:with|where)\s+[^,;]*$")


_AFTER_BEFORE = re.compile(r"\b(?:after|following)\s+(?:an?\s+)?(?:(?:revised|upwardly|downwardly|unrevised)\s+){0,2}$", re.I)
_EARLIER_PERIOD = re.compile(
    r"\s*(?:percent|per\s+cent|%|points?)?\s*(?:[\w-]+\s+)?(?:rise|gain|increase|jump|climb|advance|fall|drop|decline|"
    rf"decrease|dip|slide|contraction|expansion|growth)\s+(?:in|during|for)\s+(?P<period>{FULL_MONTH_NAMES}\b|"
    r"the\s+(?:previous|prior|preceding)\s+(?:month|quarter|year)|the\s+(?:first|second|third|fourth)\s+quarter|"
    r"last\s+(?:month|quarter|year))", re.I)


# A change told over a stretch of sessions or days, right after the figure: "lost 9 per cent over three sessions".
_STRETCH_AFTER = re.compile(r"\s*(?:percent|per\s+cent|%|points?)?\s*(?:[\w-]+\s+){0,2}?(?:over|in|across|during)\s+"
                            r"(?:the\s+(?:past|last|previous)\s+)?(?P<n>\d+|two|three|four|five|six|seven|eight|nine|ten)\s+"
                            r"(?:straight\s+|consecutive\s+)?(?:trading\s+)?(?P<unit>sessions|days|weeks)\b", re.I)


def stretch(claim: ClaimBase) -> tuple[float, str] | None:
    """The stretch a change is told over, in days or weeks ("over four sessions" is "over 4 days";
    a trading session is a day of trading, "three weeks" is another stretch than "three days")."""
    at = claim.sentence.find(claim.text)
    found = _STRETCH_AFTER.match(claim.sentence, at + len(claim.text)) if at >= 0 else None
    if not found:
        return None
    return parse_number(found["n"]), "weeks" if found["unit"].lower() == "weeks" else "days"


def earlier_period(claim: ClaimBase) -> str | None:
    """The earlier period a change hung on by "after a" is told of: "after a 3.9 percent rise in February"."""
    at = claim.sentence.find(claim.text)
    if at < 0 or not _AFTER_BEFORE.search(claim.sentence[:at]):
        return None
    found = _EARLIER_PERIOD.match(claim.sentence, at + len(claim.text))
    return found["period"].lower() if found else None


def hung_on(claim: ClaimBase) -> str | None:
    """The name a claim's figure is told of by the clause its own clause hangs on, if any."""
    at = claim.sentence.find(claim.text)
    if at < 0:
        return None
    found = _HUNG_ON.match(claim.sentence[:at])
    return found["who"] if found else None


def hung_apart(one: ClaimBase, other: ClaimBase) -> bool:
    """One figure told of a name its clause hangs on, the other's sentence naming it not."""
    return any((who := hung_on(first)) is not None and who not in second.sentence
               for first, second in ((one, other), (other, one))) or earlier_period(one) != earlier_period(other) \
        or stretch(one) != stretch(other)
