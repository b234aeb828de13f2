"""Figures whose counted thing or measure is told before them (issue 13, recall19): review19's and
review18's planted discrepancies were missed where the thing was the subject of the figure's verb
and nothing counted followed it ("Nonfarm payrolls rose by 178,000", "The number of treatments
waiting fell to 7.42 million"), where a turnout was told "on a turnout of" or as voters who "turned
out", where a yes vote was told "with 58.2% in favour", where road deaths were told as people killed
on the roads (and "a total of" them), and where "last month" in an August article met "in July".
Invented pairs, each rule with near pairs that must stay apart: a part and its whole, two holders,
two periods, a forecast and an outcome."""
from __future__ import annotations

import pytest

from factcheck.models import PublicationDate
from tests.test_verdicts import _report, _report_dated, check_verdicts


def _day(month: int, day: int) -> PublicationDate:
    return PublicationDate(year=2026, month=month, day=day, method="metadata")


CASES = [
    ("payrolls rising are jobs added",
     "Nonfarm payrolls rose by 178,000 in July, the government said.",
     "Employers added 187,000 jobs in July, the Labor Department said.",
     {"178,000", "187,000"}),
    ("a level the subject fell to is the count told after the verb",
     "Road deaths fell to 1,624 last year, the ministry said.",
     "There were 1,642 reported road deaths last year.",
     {"1,624", "1,642"}),
    ("road deaths are people killed on the country's roads, 'a total of' them the same year",
     "There were 1,624 reported road deaths last year, the ministry said.",
     "A total of 1,642 people were killed on the country's roads last year.",
     {"1,624", "1,642"}),
    ("a turnout told 'on a turnout of'",
     "Turnout was 58.3%.",
     "The final tally showed 58.2 per cent in favour on a turnout of 53.8 per cent.",
     {"58.3%", "53.8 per cent"}),
    ("a turnout told as voters who turned out",
     "Just under a third of voters, 32.1%, turned out, down from 34.7% two years ago.",
     "Turnout was 37.1 percent, against 34.7 percent in 2024.",
     {"32.1%", "37.1 percent"}),
    ("a yes vote told whole two ways",
     "Voters approved the plan in a referendum on Sunday, with 58.2% in favour, official results showed.",
     "The final tally showed 61.4 per cent in favour.",
     {"58.2%", "61.4 per cent"}),
]

NEAR = [
    ("a sector's jobs are a part of the payrolls' whole: named, it stays apart",
     "Nonfarm payrolls rose by 178,000 in July.",
     "Health care employers added 55,000 jobs at Acme Health in July.",
     {"178,000", "55,000"}),
    ("a forecast of payrolls is not the outcome",
     "Payrolls were expected to rise by 160,000 in July.",
     "Nonfarm payrolls rose by 178,000 in July.",
     {"160,000", "178,000"}),
    ("two months' payrolls are two figures",
     "Nonfarm payrolls rose by 178,000 in July.",
     "Employers added 150,000 jobs in June.",
     {"178,000", "150,000"}),
    ("one company's payrolls are not the nation's",
     "Payrolls at Acme rose by 1,200 in July.",
     "Nonfarm payrolls rose by 178,000 in July.",
     {"1,200", "178,000"}),
    ("pedestrians killed on the roads are a part of road deaths",
     "Some 382 pedestrians were killed on the roads last year.",
     "There were 1,624 road deaths last year.",
     {"Some 382", "1,624"}),
    ("people killed on one road are one crash's dead",
     "Four people were killed on a road near the village.",
     "There were 12 road deaths in the region.",
     {"Four", "12"}),
    ("road deaths of two years are two figures",
     "In 2015, 1,730 people died on the roads.",
     "There were 1,624 road deaths last year.",
     {"1,730", "1,624"}),
    ("two kinds of deaths stay apart",
     "Pedestrian deaths fell to 382 last year.",
     "There were 410 cyclist deaths last year.",
     {"382", "410"}),
    ("a turnout of one round is not another round's",
     "Turnout was 58.3% in the first round.",
     "The runoff was decided on a turnout of 53.8 per cent.",
     {"58.3%", "53.8 per cent"}),
    ("a share in favour of another question is no yes vote",
     "Voters approved the plan, with 58.2% in favour.",
     "Some 58.4 per cent were in favour of a second vote, a poll found.",
     {"58.2%", "58.4 per cent"}),
    ("one place's yes vote is not the result told whole",
     "In Zurich, the plan failed, with 48% in favour.",
     "Voters approved the plan, with 58.2% in favour.",
     {"48%", "58.2%"}),
    ("one chamber's yes vote is not the other's",
     "The bill passed with 58% in favour in the Senate.",
     "The bill passed with 64% in favour.",
     {"58%", "64%"}),
    ("a group's yes vote is a part of the yes vote",
     "The plan passed with 58% in favour among women.",
     "The plan passed with 64% in favour.",
     {"58%", "64%"}),
    ("young voters who turned out are a part of the turnout",
     "Some 40% of young voters turned out.",
     "Turnout was 37.1 percent.",
     {"Some 40%", "37.1 percent"}),
    ("a record low is a limit, not a measure named with 'of'",
     "The rate fell to a record low of 3%.",
     "The rate held at 4%.",
     {"3%", "4%"}),
]


@pytest.mark.parametrize("title, first, second, texts", CASES, ids=[case[0] for case in CASES])
def test_one_figure_told_two_ways_conflicts(title, first, second, texts):
    check_verdicts(_report(first, second), texts, {"conflict"})


@pytest.mark.parametrize("title, first, second, texts", NEAR, ids=[case[0] for case in NEAR])
def test_near_pairs_stay_quiet(title, first, second, texts):
    check_verdicts(_report(first, second), texts, None)


# "Last month" read against the article's date: (title, first, second, texts, verdicts).
MONTHS = [
    ("last month in an August article is July",
     ("Nonfarm payrolls rose by 178,000 last month, the government reported.", _day(8, 7)),
     ("Employers added 187,000 jobs in July, the Labor Department said.", _day(8, 8)),
     {"178,000", "187,000"}, {"conflict"}),
    ("last month in a September article is not July",
     ("Nonfarm payrolls rose by 178,000 last month, the government reported.", _day(9, 4)),
     ("Employers added 187,000 jobs in July, the Labor Department said.", _day(8, 8)),
     {"178,000", "187,000"}, None),
    ("last month in an undated article is no month known",
     ("Nonfarm payrolls rose by 178,000 last month, the government reported.", PublicationDate()),
     ("Employers added 187,000 jobs in July, the Labor Department said.", _day(8, 8)),
     {"178,000", "187,000"}, None),
]


@pytest.mark.parametrize("first, second, texts, verdicts", [pytest.param(*case[1:], id=case[0]) for case in MONTHS])
def test_last_month_is_read_against_the_date(first, second, texts, verdicts):
    check_verdicts(_report_dated(first, second), texts, verdicts)
