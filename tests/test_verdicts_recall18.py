"""Counts told two ways on unseen news (issue 13, recall18): planted discrepancies on review18's
same-event sets were missed where a headline told the news in the present tense ("Airline cancels
400 flights") and the body in the past ("has cancelled 400 flights"), or a plan with a modal ("would
close 45 stores"); where a strike "affected" passengers on one side and "hit" them on the other;
where a league "suspended" a player "for 10 games" and the other article said he "will sit out 10
games" (the games are the player's, not the league's); and where a season average stood beside a
"career-low" (no career's figure). Invented pairs, each rule with near pairs that must stay apart."""
from __future__ import annotations

import pytest

from tests.test_verdicts import _report, check_verdicts

CASES = [
    ("a headline's present tense is the body's past",
     "Northjet cancels 400 flights as controllers strike",
     "Northjet has cancelled 803 flights on Thursday and Friday, the airline said.",
     {"400", "803"}),
    ("a present tense after a hedge",
     "Carmaker Velto recalls about 300,000 cars over brake fault",
     "Velto recalled 610,000 cars on Tuesday, the safety agency said.",
     {"about 300,000", "610,000"}),
    ("a plan with a modal is the plan told with 'to'",
     "Bramley said last week that it would close 45 stores.",
     "Bramley plans to close 93 stores, it said on Monday.",
     {"45", "93"}),
    ("passengers hit are passengers affected",
     "Northjet cancelled 400 flights because of the strike, affecting 70,000 passengers, the airline said.",
     "Northjet has cancelled 400 flights, hitting 140,000 passengers, as controllers walk out.",
     {"70,000", "140,000"}),
    ("games a player is suspended for are the games he will sit out",
     "The league suspended Rivers guard Tom Akers for 10 games without pay on Tuesday.",
     "Tom Akers will sit out 23 games after Sunday's brawl, the league announced.",
     {"10", "23"}),
    ("games a player is banned for, told in the passive",
     "Tom Akers was banned for 10 matches on Tuesday.",
     "Tom Akers will miss 23 matches after the brawl.",
     {"10", "23"}),
    ("a season average beside a career-low is still the season's",
     "Dirk Stone averaged 8.4 points this season.",
     "Dirk Stone averaged a career-low 19.8 points a game.",
     {"8.4", "19.8"}),
]

NEAR = [
    ("a running count is not the final one",
     "Northjet cancels 400 flights as controllers strike",
     "Northjet has so far cancelled 120 flights, the airline said on Thursday morning.",
     {"400", "120"}),
    ("two groups: flights cancelled by two airlines",
     "Northjet cancels 400 flights as controllers strike",
     "Skyway cancelled 803 flights on Thursday.",
     {"400", "803"}),
    ("a forecast told with 'expected to' is not the news",
     "The film opened to $88 million over the weekend.",
     "The film was expected to open to between $95 million and $110 million.",
     {"$88 million", "between $95 million and $110 million"}),
    ("a plan hoped for is not the plan",
     "The chain said it would close 45 stores.",
     "The chain hopes to close 93 stores.",
     {"45", "93"}),
    ("two acts: flights cancelled are not flights run",
     "Northjet cancels 400 flights as controllers strike",
     "Northjet will run 803 flights on Friday.",
     {"400", "803"}),
    ("homes hit are no passengers affected, nor a score",
     "The storm hit 120 homes in the valley.",
     "The storm disrupted travel, affecting 7,000 passengers.",
     {"120", "7,000"}),
    ("two players' bans are two facts",
     "The league suspended Rivers guard Tom Akers for 10 games.",
     "Sam Bell will sit out 23 games after the brawl.",
     {"10", "23"}),
    ("a ban in years is a term, not games",
     "Tom Akers was banned for four years after testing positive.",
     "Tom Akers will miss 23 games this season.",
     {"four", "23"}),
    ("a company's recall is not the industry's",
     "Velto issued 61 recalls last year covering about 5.2 million vehicles.",
     "Across the industry, a record 35 million vehicles were recalled last year.",
     {"about 5.2 million", "35 million"}),
    ("a career average is not a season's, however told",
     "Dirk Stone averaged 8.4 points this season.",
     "Dirk Stone averaged 19.8 points a game over his career.",
     {"8.4", "19.8"}),
]


@pytest.mark.parametrize("title, first, second, texts", CASES, ids=[case[0] for case in CASES])
def test_one_count_told_two_ways_conflicts(title, first, second, texts):
    check_verdicts(_report(first, second), texts, {"conflict"})


@pytest.mark.parametrize("title, first, second, texts", NEAR, ids=[case[0] for case in NEAR])
def test_near_pairs_stay_quiet(title, first, second, texts):
    check_verdicts(_report(first, second), texts, None)
