"""One act told with two words (issue 13, recall22): planted discrepancies on unseen news were missed
where one article told an act with one word and the other with another ("crossed the finish line" /
"finished", "delivers babies" / "babies are born", "went out of business" / "closed", "has taken in"
/ "were handed in", "reached" / "invaded" counties), so the figures never met. Invented pairs, each
rule with near pairs that must stay apart (shots fired and shots that hit, people hurt and people
killed, applied and accepted, ordered and delivered, a forecast and the outcome, arrested and charged)."""
from __future__ import annotations

import pytest

from tests.test_verdicts import _report, check_verdicts

CASES = [
    ("runners who crossed the finish line are runners who finished",
     "More than 9,000 runners crossed the finish line on Sunday.",
     "About 6,000 runners finished the race on Sunday, organisers said.",
     {"More than 9,000", "About 6,000"}),
    ("runners who completed the course finished it",
     "Some 8,400 runners completed the course on Sunday.",
     "Only 5,100 runners finished the race on Sunday.",
     {"Some 8,400", "5,100"}),
    ("babies a unit delivers are the babies born there",
     "The maternity unit delivers 1,900 babies a year, health bosses said.",
     "The maternity unit, where 1,300 babies are born each year, could close.",
     {"1,900", "1,300"}),
    ("shops that went out of business closed",
     "About 1,300 shops closed in the year to March, the survey found.",
     "Some 2,100 shops went out of business in the year to March, the survey shows.",
     {"About 1,300", "Some 2,100"}),
    ("weapons taken in were handed in",
     "The six-month knife amnesty has taken in 4,200 knives, police said on Monday.",
     "Police say 2,400 knives were handed in during the six-month amnesty.",
     {"4,200", "2,400"}),
    ("weapons collected were surrendered",
     "The amnesty collected 4,200 knives, police said.",
     "Owners surrendered 2,400 knives during the amnesty.",
     {"4,200", "2,400"}),
    ("people who lost their lives in the water drowned",
     "Nine people have lost their lives in water in the county this summer.",
     "Twelve people have drowned in the county's rivers and lakes this summer.",
     {"Nine", "Twelve"}),
    ("people who lost their lives died",
     "Nine people lost their lives in the fire, police said.",
     "The fire killed 12 people, police said.",
     {"Nine", "12"}),
    ("birds spotted are birds counted",
     "Some 600,000 volunteers took part in the garden survey, spotting 4.5 million birds.",
     "More than 600,000 people counted 5.4 million birds in the garden survey.",
     {"4.5 million", "5.4 million"}),
    ("children reached by a vaccination drive were vaccinated",
     "Polio vaccination teams have reached 98,000 children in the first phase, the charity said.",
     "Health workers vaccinated 89,000 children against polio in the first phase.",
     {"98,000", "89,000"}),
    ("pests that reached districts invaded them",
     "Pine beetles have now reached 11 districts, the forestry agency says.",
     "Pine beetles have invaded 19 districts in the south, the forestry agency said.",
     {"11", "19"}),
]

NEAR = [
    ("shots fired are not shots that hit",
     "Police fired seven shots at the car.",
     "The driver was hit by three bullets.",
     {"seven", "three"}),
    ("people hurt are not people killed",
     "The blast injured 40 people.",
     "The blast killed 12 people.",
     {"40", "12"}),
    ("people who applied are not people accepted",
     "About 9,000 people applied for the scheme.",
     "The scheme accepted 4,000 people.",
     {"About 9,000", "4,000"}),
    ("trains ordered are not trains delivered",
     "The operator ordered 60 trains in 2024.",
     "The maker has delivered 25 trains so far.",
     {"60", "25"}),
    ("a forecast finish is not the finish",
     "Organisers expect 9,000 runners to cross the finish line.",
     "About 6,000 runners finished the race.",
     {"9,000", "About 6,000"}),
    ("people arrested are not people charged",
     "Police arrested 31 people after the march.",
     "Prosecutors charged 12 people after the march.",
     {"31", "12"}),
    ("runners who crossed a bridge did not finish",
     "About 900 runners crossed the river bridge before it was closed.",
     "About 6,000 runners finished the race.",
     {"About 900", "About 6,000"}),
    ("parcels delivered are no babies born",
     "The depot delivers 1,900 parcels a day.",
     "Around 1,300 babies are born at the hospital each year.",
     {"1,900", "Around 1,300"}),
    ("refugees taken in are not weapons handed in",
     "The town has taken in 300 refugees.",
     "Residents handed in 120 knives.",
     {"300", "120"}),
    ("meals handed out are not meals collected",
     "Volunteers handed out 2,400 meals on Sunday.",
     "Volunteers collected 1,100 meals from supermarkets on Sunday.",
     {"2,400", "1,100"}),
    ("districts won are not districts invaded",
     "The party won 11 districts in the south.",
     "Beetles have invaded 19 districts in the south.",
     {"11", "19"}),
    ("people who drowned are a part of those killed by a flood",
     "The floods killed 40 people across the region.",
     "Twelve people drowned when their cars were swept away by the floods.",
     {"40", "Twelve"}),
    ("children a vaccination campaign will reach are a plan",
     "The polio vaccination campaign will reach 640,000 children.",
     "Health workers vaccinated 187,000 children against polio in three days.",
     {"640,000", "187,000"}),
    ("aid that reached people is no vaccination",
     "Food aid has reached 98,000 people, the agency said.",
     "Health workers vaccinated 89,000 people against cholera.",
     {"98,000", "89,000"}),
    ("shops that opened are not shops that went out of business",
     "Some 1,300 shops opened in the year to March.",
     "Some 2,100 shops went out of business in the year to March.",
     {"Some 1,300", "Some 2,100"}),
]


@pytest.mark.parametrize("title, first, second, texts", CASES, ids=[case[0] for case in CASES])
def test_one_act_told_two_ways_conflicts(title, first, second, texts):
    check_verdicts(_report(first, second), texts, {"conflict"})


@pytest.mark.parametrize("title, first, second, texts", NEAR, ids=[case[0] for case in NEAR])
def test_near_pairs_stay_quiet(title, first, second, texts):
    check_verdicts(_report(first, second), texts, None)
