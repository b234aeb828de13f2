"""A month named with no preposition before it that only a date can be: "September's attack", "the
March election", "December sales fell", "a slow February", "March was the wettest month" (news_dates
reads the rest of a bare month)."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..chrono import FULL_MONTH_NAMES

if TYPE_CHECKING:
    from .base import Page

_MONTH_ANY = rf"(?:{FULL_MONTH_NAMES}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.)"
# A month before what happens or is counted in one: "December sales", "the March election"
_MONTH_NOUN = re.compile(r" (?:(?:retail|car|home|new-home|factory|industrial|consumer) )?(?:sales|payrolls|jobs report|"
                         r"inflation|unemployment|output|exports|imports|figures|data|elections?|referendum|vote|"
                         r"primary|poll|deadline|meeting|summit|(?:employment|jobs|trade|inflation|retail sales) (?:report|data|figures)|"
                         r"report|survey|auction|recess|intake)\b")
_LISTED_NOUN = re.compile(rf"(?:,| and| or) {_MONTH_ANY}{_MONTH_NOUN.pattern}")
_OWN_CLAUSE = re.compile(r" (?:was|is|has|had|saw|brought|will|marked|began|ended|started)\b")
_RATED = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[a-z]{2,}est|bad|good|busy|slow|quiet|wet|dry|cold|hot|mild|warm|snowy|rainy|stormy|strong|weak|record|bumper|dismal|tough)\s+$")


def month_by_itself(page: "Page", match: re.Match[str], before: str) -> bool:
    """"September's attack", "March was the wettest month", "in January, February and March": a
    month with no preposition, that only a date can be (not "May", a name as often as a month)."""
    if match["month"] == "May":
        return False
    after = page.text[match.end():match.end() + 12]
    if after.startswith(("'s", "’s")):
        return not re.search(r"[A-Z][\w.]*\s+$", before)
    if re.search(rf"{_MONTH_ANY},\s+$", before) or _MONTH_NOUN.match(page.text, match.end()) or _LISTED_NOUN.match(page.text, match.end()):
        return True  # "in January, February ...", "December sales fell", "the March election", "November and December sales"
    if (re.search(r"\w['’]s\s+(?:(?:bad|good|busy|worst|best|wet|dry|cold|hot|difficult|tough|disastrous|strong|weak)\s+)?$", before)
            or _RATED.search(before) and not re.match(r" (?:days?|nights?|weekends?|mornings?|evenings?)\b", after)) and not re.match(r"\s+\d", after):
        return True  # "Acme's September", "the company's bad September", "a slow February", "the coldest December"
    return not page.text[page.sentence_at(match.start())[0]:match.start()].strip("\"“‘'( ") and bool(_OWN_CLAUSE.match(after))
