"""One fact told in two ways, or its holder named on one side only (issue 13, recall15): planted
discrepancies on the review sets were missed where one article said "found guilty" and the other
"convicted", where homes were "lost", "buried" or "swept away" on one side and "destroyed" on the
other, where a "He" came two sentences after the name with another "He" sentence between, and where
a line of figures stood under a name ("Rovers: 61 points."). Invented pairs, each rule with a near
pair that must stay apart."""
from __future__ import annotations

import pytest

from tests.test_verdicts import _report, check_verdicts

CASES = [
    ("found guilty is convicted",
     "Anna Brandt was found guilty of 23 counts of fraud on Friday.",
     "Anna Brandt was convicted on 41 counts of fraud, the court said.",
     {"23", "41"}),
    ("houses a landslide buried are the houses it destroyed",
     "The landslide buried 27 houses at about 3 a.m., police said.",
     "The landslide destroyed 52 houses before dawn.",
     {"27", "52"}),
    ("houses swept away are the houses destroyed",
     "The slope gave way at about 3 a.m., sweeping away 57 houses, the district chief said.",
     "The landslide buried 27 houses at about 3 a.m.",
     {"57", "27"}),
    ("homes lost are homes destroyed",
     "The fire destroyed 95 homes and burned 76,000 hectares.",
     "In all, 46 homes were lost in the fire.",
     {"95", "46"}),
    ("a 'He' two sentences after the name, through another 'He' sentence",
     "Dana Ross scored 30 points on Friday.\nHe said the crowd carried him. He had 12 rebounds.",
     "Dana Ross had 20 rebounds in the win.",
     {"12", "20"}),
    ("a line of figures under a name is that name's",
     "Rovers beat City 2-1 on Saturday.\nRovers: 61 points. City: 45 points.",
     "Rovers have 125 points after the win.",
     {"61", "125"}),
    ("a label's season is its figures' season",
     "Lima's numbers last season: 27 goals and 11 assists in 46 games in all competitions.",
     "Lima scored 27 goals in 95 games in all competitions for Benfica last season.",
     {"46", "95"}),
    ("a season told after the games a figure came in is that figure's season",
     "Lima's numbers last season: 27 goals and 11 assists in 46 games in all competitions.",
     "Lima scored 57 goals in 46 games in all competitions for Benfica last season.",
     {"27", "57"}),
    ("a trial's patients whatever the verb",
     "The trial involved 14,200 patients, including about 900 in Britain.",
     "The drug was tested in 28,403 patients who had already had a heart attack.",
     {"14,200", "28,403"}),
    ("a listed name takes the change of the list's head, and its noun",
     "Harbor Bank posted a 26 per cent jump in profit, and Comets Group 6 per cent.",
     "Harbor Bank's profit rose 26 percent, while Comets Group's rose 21 percent.",
     {"6 per cent", "21 percent"}),
    ("a listed index takes the fall of the list's head",
     "The Dow fell 1.4 percent, the S&P 500 1.7 percent and the Nasdaq 2.1 percent.",
     "The S&P 500 dropped 2.7 percent on Friday.",
     {"1.7 percent", "2.7 percent"}),
    ("a load certified for is the load licensed to carry",
     "The vessel was certified for 150 passengers.",
     "The ferry, licensed to carry 303 passengers, was overloaded, a port official said.",
     {"150", "303"}),
]

NEAR = [
    ("a plea is not a conviction",
     "Anna Brandt pleaded guilty to 12 counts of fraud.",
     "Anna Brandt was found guilty of 20 counts of fraud.",
     {"12", "20"}),
    ("people buried are no houses destroyed, nor the dead",
     "The landslide buried 12 people at about 3 a.m.",
     "The landslide destroyed 30 houses and killed 9 people.",
     {"12", "9"}),
    ("games lost are not destroyed",
     "The Hawks lost 12 games this season.",
     "The storm destroyed 8 homes near the Hawks' arena.",
     {"12", "8"}),
    ("drowned is told of a part of the dead: kept apart from the toll",
     "Six people have died in the state, the governor said.",
     "Two people drowned when their car was swept off a flooded road.",
     {"Six", "Two"}),
    ("a 'He' sentence that names another player breaks the chain",
     "Dana Ross scored 30 points.\nHe passed Will Jones on the scoring list. He had 12 rebounds.",
     "Dana Ross had 20 rebounds in the win.",
     {"12", "20"}),
    ("a headline's topic before a colon is no holder",
     "Derby day: 61 points for the hosts.",
     "Rovers have 125 points after the win.",
     {"61", "125"}),
    ("listed indexes are each their own: the same figures agree",
     "The Dow fell 1.4 percent, the S&P 500 1.7 percent and the Nasdaq 2.1 percent.",
     "The Dow fell 1.4 percent, while the S&P 500 dropped 1.7 percent and the Nasdaq slid 2.1 percent.",
     {"1.4 percent", "2.1 percent"}),
    ("a figure after another verb in the list is not the head's change",
     "Exports rose 5 percent, giving Acme 3 percent of the market.",
     "Acme's exports rose 7 percent.",
     {"3 percent", "7 percent"}),
    ("last season's figures are not this season's, told after the games or not",
     "Lima's numbers last season: 27 goals in 46 games.",
     "Lima has scored 31 goals in 40 games this season.",
     {"27", "31"}),
    ("another trial's patients are not this one's",
     "The trial involved 14,200 patients, the company said.",
     "A separate study of 500 patients found no benefit.",
     {"14,200", "500"}),
    ("the load carried is not the load allowed",
     "The ferry was carrying 400 passengers when it sank.",
     "The vessel was licensed to carry 150 passengers.",
     {"400", "150"}),
]


@pytest.mark.parametrize("title, first, second, texts", CASES, ids=[case[0] for case in CASES])
def test_one_fact_told_two_ways_conflicts(title, first, second, texts):
    check_verdicts(_report(first, second), texts, {"conflict"})


@pytest.mark.parametrize("title, first, second, texts", NEAR, ids=[case[0] for case in NEAR])
def test_near_pairs_stay_quiet(title, first, second, texts):
    check_verdicts(_report(first, second), texts, None)
