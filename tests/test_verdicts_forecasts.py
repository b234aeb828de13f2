"""What analysts or officials expected is not what happened (issue 13): a lead's check of an
ordinary earnings story found "Analysts had expected revenue of $14.0 billion" set against the
reported $14.3 billion as a conflict. ``expected`` with its object (past or present perfect) is a
forecast like "expects" and "expected to"; "as expected" and "than expected" tell the figure that
happened. Controls: real disagreements of forecasts, and of results, stay conflicts."""
from __future__ import annotations

import pytest

from tests.test_verdicts import _report, check_verdicts

QUIET = [
    ("earnings: analysts' expectation against the result",
     "Revenue rose 9 percent to $14.3 billion. Analysts had expected revenue of $14.0 billion.",
     "Acme reported quarterly revenue of $14.3 billion.",
     {"$14.0 billion", "$14.3 billion"}),
    ("economy: the figure economists expected against the one reported",
     "The economy added 175,000 jobs in May. Economists expected 190,000 new jobs.",
     "Employers added 175,000 jobs last month, the government said.",
     {"190,000", "175,000"}),
    ("weather: the rain forecasters expected against what fell",
     "Forecasters had expected 80 millimetres of rain in Harbor City.",
     "Harbor City got 120 millimetres of rain on Sunday.",
     {"80 millimetres", "120 millimetres"}),
]

CONTROLS = [
    ("earnings: a result told 'as expected' is the result",
     "As expected, Acme reported quarterly revenue of $14.3 billion.",
     "Acme reported quarterly revenue of $12.9 billion.",
     {"$14.3 billion", "$12.9 billion"}),
    ("earnings: a better-than-expected result is the result",
     "Acme posted a better-than-expected profit of $2.1 billion.",
     "Acme posted a profit of $2.6 billion.",
     {"$2.1 billion", "$2.6 billion"}),
    ("earnings: two outlets' expectations disagree",
     "Analysts had expected revenue of $14.0 billion.",
     "Analysts had expected revenue of $13.1 billion.",
     {"$14.0 billion", "$13.1 billion"}),
    ("economy: the jobs reported, told two ways",
     "The economy added 175,000 jobs in May.",
     "The economy added 215,000 jobs in May.",
     {"175,000", "215,000"}),
]


@pytest.mark.parametrize("title, first, second, texts", QUIET, ids=[case[0] for case in QUIET])
def test_an_expectation_is_not_the_result(title, first, second, texts):
    check_verdicts(_report(first, second), texts, None)


@pytest.mark.parametrize("title, first, second, texts", CONTROLS, ids=[case[0] for case in CONTROLS])
def test_a_real_disagreement_stays_a_conflict(title, first, second, texts):
    check_verdicts(_report(first, second), texts, {"conflict"})
