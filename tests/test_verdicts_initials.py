"""A common noun set in capitals names no holder (issue 13): review13's long IPO story said "The IPO
raised about $2.4 billion" where a radio brief said the company went public "raising about $1.9
billion"; "IPO" was read as the figure's holder, and a named figure is never set against an
unnamed one, so the planted discrepancy was missed. Common nouns' initials (IPO, GDP, CEO, ...)
are no names now; an organisation's initials still are. Two organisations' initials in otherwise
alike sentences ("NASA spent $2.4 billion ..." / "ESA spent $1.9 billion ...") were paired as an
echo and set against each other, since the echo's names check reads capitalised words only; two
holders told by their initials keep an echo apart now."""
from __future__ import annotations

import pytest

from tests.test_verdicts import _report, check_verdicts

CASES = [
    ("an IPO's proceeds told two ways conflict",
     "The IPO raised about $2.4 billion, the largest listing of the year.",
     "The company went public on Thursday, raising about $1.9 billion.",
     {"about $2.4 billion", "about $1.9 billion"}, {"conflict"}),
    ("an IPO's proceeds told alike agree",
     "The IPO raised about $2.4 billion, the largest listing of the year.",
     "The company went public on Thursday, raising about $2.4 billion.",
     {"about $2.4 billion"}, {"agree"}),
    ("a GDP figure told two ways conflicts",
     "GDP grew 2.1 percent in the third quarter, the statistics office said.",
     "The economy grew 1.6 percent in the third quarter, the statistics office said.",
     {"2.1 percent", "1.6 percent"}, {"conflict"}),
]
QUIET = [
    ("two organisations' initials name two holders",
     "NASA spent $2.4 billion on the programme last year.",
     "ESA spent $1.9 billion on the programme last year.",
     {"$2.4 billion", "$1.9 billion"}),
]


@pytest.mark.parametrize("title, first, second, texts, verdicts", CASES, ids=[case[0] for case in CASES])
def test_initials_of_a_common_noun_name_no_holder(title, first, second, texts, verdicts):
    check_verdicts(_report(first, second), texts, verdicts)


@pytest.mark.parametrize("title, first, second, texts", QUIET, ids=[case[0] for case in QUIET])
def test_an_organisations_initials_stay_a_name(title, first, second, texts):
    check_verdicts(_report(first, second), texts, None)
