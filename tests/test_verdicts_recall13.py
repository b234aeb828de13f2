"""Planted recall on long same-event sets (issue 13, recall13): two frames of one fact made to agree.
A share or sum whose own thing names the holder the other article reads ("Payments firm Zentra
jumped 38%" / "Shares of payments company Zentra jumped 53 percent") is told of that holder, not a
figure told without one. A count with a named holder and a counted noun that is no generic one
('"Harbor Lights," with 13 nominations') says which figure it is, with no event on either side; the
whole of "N of the M seats" is not the part holder's, so it never meets the holder's own figure. A
tally told as kept or as checked ("recorded 31 cases", "confirmed 14 cases") is one event.
Invented pairs, each rule with a near pair that must stay quiet."""
from __future__ import annotations

import pytest

from tests.test_verdicts import _report, check_verdicts

CASES = [
    ("a change whose thing names the other's holder is that holder's",
     "Payments firm Zentra jumped 38% in its Nasdaq debut on Thursday.",
     "Shares of payments company Zentra jumped 53 percent in their Nasdaq debut on Thursday.",
     {"38%", "53 percent"}),
    ("a share price's fall told with the firm as the thing",
     "Carmaker Volker Motors fell 6.2 percent in Frankfurt on Monday after the tariff threat.",
     "Shares of carmaker Volker Motors lost 9.2 percent in Frankfurt on Monday.",
     {"6.2 percent", "9.2 percent"}),
    ("a holder's figure of a counted noun, with no event on either side",
     'The most-nominated film of the night, the musical "Harbor Lights," with 13 nominations, took home four awards.',
     'The favourite going into the ceremony was "Harbor Lights," with 11 nominations.',
     {"13", "11"}),
    ("a tally recorded and a tally confirmed",
     "The charity said it had recorded 31 cases of cholera in the camp, which has only 60 latrines.",
     "The charity has also confirmed 14 cases of cholera in the camp, raising fears of an outbreak.",
     {"31", "14"}),
]

QUIET = [
    ("a thing naming another firm than the holder",
     "Payments firm Zentra jumped 38% in its Nasdaq debut on Thursday.",
     "Shares of payments company Arkwell jumped 53 percent in their Nasdaq debut on Thursday.",
     {"38%", "53 percent"}),
    ("a place's prices against the country's: no name in the thing",
     "House prices in Tarnvik rose 12 percent last month, the agency said.",
     "House prices rose 5 percent last month, the agency said.",
     {"12 percent", "5 percent"}),
    ("two holders' figures of one counted noun",
     'The most-nominated film of the night, the musical "Harbor Lights," with 13 nominations, took home four awards.',
     'The favourite going into the ceremony was "Stone Bridge," with 11 nominations.',
     {"13", "11"}),
    ("the whole of a party's seats is not the party's",
     "In the new parliament, the Liberals will have 52 seats, the Greens 49.",
     "The Liberals get 52 of the 154 seats.",
     {"52", "154"}),
    ("confirmed cases against suspected ones",
     "The ministry has confirmed 14 cases of cholera in the camp.",
     "Doctors have recorded 31 suspected cases of cholera in the camp.",
     {"14", "31"}),
]


@pytest.mark.parametrize("title, first, second, texts", CASES, ids=[case[0] for case in CASES])
def test_one_fact_told_two_ways_conflicts(title, first, second, texts):
    check_verdicts(_report(first, second), texts, {"conflict"})


@pytest.mark.parametrize("title, first, second, texts", QUIET, ids=[case[0] for case in QUIET])
def test_near_pair_stays_quiet(title, first, second, texts):
    check_verdicts(_report(first, second), texts, None)
