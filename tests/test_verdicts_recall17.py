"""Planted recall on review sets (issue 13, recall17): what a percentage measures, as a noun phrase.
A level verb's subject in the figure's own clause or comma piece is the measure ("The jobless rate held
at 4.6%", "..., unemployment steady at 4.6%", "the shares closed 6.1% higher"), not the clause with
its verbs and other figures, nor a headline's first figure's measure; an aside of regard is skipped
("Core prices, watched closely by the central bank, rose"); "jobless rate" and "unemployment rate" are
one measure; a figure compared with the main one and told of a sector of its own is that sector's ("faster
than the 3.9 percent in the private sector"); the consensus polled "by the news agency" is the market's
forecast. Near pairs that must stay quiet: a part of the measure (youth unemployment), two months, two
places, a measure net of inflation against the measure, a change against a level, a forecast against
the outcome, two sectors, and a headline's two measures. Invented pairs."""
from __future__ import annotations

import pytest

from tests.test_verdicts import _report, check_verdicts

CASES = [
    ("a level told with 'held at' and 'was unchanged at', named two ways",
     "The jobless rate held at 4.6%. Vacancies fell again.",
     "The unemployment rate was unchanged at 4.9 percent, the highest in three years.",
     {"4.6%", "4.9 percent"}),
    ("a headline's second figure in its own comma piece",
     "Wage growth eases to 3.8%, unemployment steady at 4.6%",
     "Unemployment stood at 4.9 percent, the statistics office said.",
     {"4.6%", "4.9 percent"}),
    ("a headline's first figure against the same measure",
     "Wage growth eases to 3.8%, unemployment steady at 4.6%",
     "Wage growth eased to 4.1 percent.",
     {"3.8%", "4.1 percent"}),
    ("the consensus polled by the news agency",
     "Economists polled by the news agency had expected 2.1 percent.",
     "Growth came in below the 2.4% economists had forecast.",
     {"2.1 percent", "2.4%"}),
    ("a compared figure of a sector of its own",
     "Pay in the public sector grew by 5.8 percent, faster than the 3.9 percent in the private sector.",
     "Private-sector pay, watched closely by the central bank, rose 3.5%.",
     {"3.9 percent", "3.5%"}),
    ("a measure net of inflation, told two ways",
     "Adjusted for inflation, regular pay rose 1.1 percent.",
     "In real terms, regular pay rose 1.4%.",
     {"1.1 percent", "1.4%"}),
]

QUIET = [
    ("youth unemployment against unemployment",
     "Youth unemployment was 14.1% in March.",
     "The jobless rate held at 5.1% in March.",
     {"14.1%", "5.1%"}),
    ("one measure of two months",
     "Unemployment was 5.1% in March.",
     "The jobless rate was 5.3% in April.",
     {"5.1%", "5.3%"}),
    ("one measure of two places",
     "Unemployment in Spain was 11.2%.",
     "Unemployment was 6.3% across the euro zone.",
     {"11.2%", "6.3%"}),
    ("a headline's second measure against the first one's",
     "Wage growth eases to 3.8%, unemployment steady at 4.6%",
     "Wage growth eased to 4.1 percent.",
     {"4.6%", "4.1 percent"}),
    ("a measure net of inflation against the measure (an aside)",
     "Pay, adjusted for inflation, rose 1.1%.",
     "Pay rose 4.4%.",
     {"1.1%", "4.4%"}),
    ("a measure net of inflation against the measure (an opening phrase)",
     "Adjusted for inflation, regular pay rose 1.1 percent.",
     "Regular pay rose 1.4%.",
     {"1.1 percent", "1.4%"}),
    ("a change against a level",
     "Inflation rose 0.4 percent in the month.",
     "Inflation was unchanged at 3.1 percent.",
     {"0.4 percent", "3.1 percent"}),
    ("a forecast against the outcome",
     "Inflation held at 3.1%.",
     "Economists polled by the news agency had expected 3.3 percent.",
     {"3.1%", "3.3 percent"}),
    ("core inflation against inflation",
     "Core inflation held at 2.9%.",
     "Inflation was unchanged at 3.1 percent.",
     {"2.9%", "3.1 percent"}),
    ("a compared sector against the main one's",
     "Pay in the public sector grew by 5.8 percent, faster than the 3.9 percent in the private sector.",
     "Public-sector pay rose 5.1%.",
     {"3.9 percent", "5.1%"}),
    ("two sectors told alike",
     "Public-sector pay, watched closely by unions, rose 5.8%.",
     "Private-sector pay rose 3.9 percent.",
     {"5.8%", "3.9 percent"}),
]


@pytest.mark.parametrize("title, first, second, texts", CASES, ids=[case[0] for case in CASES])
def test_one_measure_told_two_ways_conflicts(title, first, second, texts):
    check_verdicts(_report(first, second), texts, {"conflict"})


@pytest.mark.parametrize("title, first, second, texts", QUIET, ids=[case[0] for case in QUIET])
def test_near_pair_stays_quiet(title, first, second, texts):
    check_verdicts(_report(first, second), texts, None)
