"""Two measures. A company's profit and its sales are two measures, even when the sales are told as "Its sales
fell" and "sales", read alone, looks like a verb ("he sales"): a lead's probe of the merged rounds,
where the reading that gives a verb-only thing the sentence's opening subject ("... and closed down
0.4 percent" is the index's) took "Its" for the measure and the profit met the sales. Controls: the
same measure told two ways conflicts; told alike it agrees. And shares of two time limits are two
measures when each limit is told before its share ("within 62 days, against a target of 85 per
cent" / "within 18 weeks, against a target of 92 percent": compare/thresholds.py read only the
words after a share; the merged rounds grouped the two, a false conflict in review15's set)."""
from __future__ import annotations

import datetime as dt

import pytest

from factcheck.models import PublicationDate
from tests.test_verdicts import _report_dated, check_verdicts

DATED = PublicationDate(year=2025, month=3, day=4, method="metadata")

CASES = [
    ("profit against sales, one year told two ways",
     "Profit dropped 11 percent in 2024.", "Its sales fell 2 percent last year, the second drop in a row.",
     {"11 percent", "2 percent"}, None),
    ("sales told two ways",
     "Its sales fell 5 percent in 2024.", "Its sales fell 2 percent last year, the second drop in a row.",
     {"5 percent", "2 percent"}, {"conflict"}),
    ("two targets of two time limits, each told before its target",
     "Just 68 per cent of patients started treatment within 62 days, against a target of 85 per cent.",
     "Just over 59 percent were treated within 18 weeks, against a target of 92 percent that has not been met since 2016.",
     {"85 per cent", "92 percent"}, None),
    ("one time limit's target told two ways",
     "Just 68 per cent of patients started treatment within 62 days, against a target of 85 per cent.",
     "Only 68 percent of patients started treatment within 62 days, against a target of 92 percent.",
     {"85 per cent", "92 percent"}, {"conflict"}),
    ("sales told alike",
     "Sales fell 2 percent in 2024.", "Its sales fell 2 percent last year, the second drop in a row.",
     {"2 percent"}, {"agree"}),
]


@pytest.mark.parametrize("title, first, second, texts, verdicts", CASES, ids=[case[0] for case in CASES])
def test_two_measures_stay_apart(title, first, second, texts, verdicts):
    assert DATED.date == dt.date(2025, 3, 4)
    check_verdicts(_report_dated((first, DATED), (second, DATED)), texts, verdicts)
