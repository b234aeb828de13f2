"""Holders misread from capitals (issue 13, recall11): a figure with a named holder never meets
one without, so a holder read from a capital that is no name loses the conflict. A common word
opening a sentence after a wire's dateline ("OSLO (Agency) - Rescue teams pulled ..."), a headline's
common word the text capitalises elsewhere only inside a longer name ("the Landslide Research
Centre"), "Jr." after a comma, a place told with its region ("in Maple Falls, Oregon") and an opening word before a
comma ("First, Ann Lee ...") were read as holders or parts of one. Invented pairs, each kind with a
control that must stay apart."""
from __future__ import annotations

import pytest

from tests.test_verdicts import _report, check_verdicts

CASES = [
    ("a common word after a dateline is no holder",
     "TARNVIK, Norway, May 4 (Nordwire) - Rescue teams pulled 23 people from the flooded mine on Sunday.",
     "Crews pulled 31 people from the flooded mine on Sunday, officials said.",
     {"23", "31"}),
    ("a headline's common word named only inside a longer name is no holder",
     "Landslide kills five hikers\nThe slope gave way at about 3 a.m., according to the Landslide Research Centre.",
     "Seven hikers died when the slope gave way on Tuesday.",
     {"five", "Seven"}),
    ("a place told with its region is the place",
     "A ticket sold at a petrol station in Maple Falls, Oregon, won a $900 million jackpot.",
     "A ticket sold in Maple Falls won the $700 million jackpot on Wednesday.",
     {"$900 million", "$700 million"}),
    ("an opening word before a comma is no part of the name",
     "First, Ann Lee fooled the keeper when she cut inside, took the pass and ran 35 yards for the goal.",
     "Ann Lee ran 60 yards for the goal, her third of the season.",
     {"35", "60"}),
    ("Jr. after a comma is the name before it",
     "Tony Reed, Jr. had a team-high 16 points for the Comets on Saturday.",
     "Tony Reed had a team-high 21 points for the Comets on Saturday.",
     {"16", "21"}),
]

QUIET = [
    ("a name after a dateline keeps its holder",
     "TARNVIK, Norway, May 4 (Nordwire) - Halvorsen scored 23 points on Sunday.",
     "Brandt scored 31 points on Sunday.",
     {"23", "31"}),
    ("a word the text names alone stays a name",
     "Harbor won 12 games this season. Fans in the city love Harbor.",
     "Lakeside won 9 games this season.",
     {"12", "9"}),
    ("two towns told with their regions",
     "A ticket sold at a petrol station in Cedar Bend, Oregon, won a $900 million jackpot.",
     "A ticket sold in Maple Falls won the $700 million jackpot on Wednesday.",
     {"$900 million", "$700 million"}),
    ("a team before its manager's role keeps the team's figure",
     "\"We believe,\" said Harbor manager Sam Ortiz, whose side have lost only three of 27 league games.",
     "Sam Ortiz lost five of 27 league games as a player.",
     {"three", "five"}),
]


@pytest.mark.parametrize("title, first, second, texts", CASES, ids=[case[0] for case in CASES])
def test_one_holder_read_right_conflicts(title, first, second, texts):
    check_verdicts(_report(first, second), texts, {"conflict"})


@pytest.mark.parametrize("title, first, second, texts", QUIET, ids=[case[0] for case in QUIET])
def test_two_holders_stay_apart(title, first, second, texts):
    check_verdicts(_report(first, second), texts, None)
