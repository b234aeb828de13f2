"""Precision review 17 (issue 13): same-event articles of kinds and styles the earlier reviews' sets
did not cover, written as wire briefs with datelines, newspaper, local, radio, television, fan-site
and aid-bulletin copy.

Each folder of tests/review17/ is one event told by two or three outlets (obituaries, rugby, horse
racing, swimming and sprint records, boxing, cup finals, snooker, esports, a retirement, retailer
guidance, car deliveries, rate hikes in basis points, euro-zone unemployment by country, fraud
sentencing, a helicopter crash, a fog pileup, a tornado, a drought, a car recall, a doctors' strike,
a moon landing, an approval poll, a Nobel prize, a city budget, exam results, a flu season, overdose
statistics, a zoning vote, a water main break, a corrected arrest count, briefs with a rising toll,
a jail escape, a reshuffle, tariffs, a bankruptcy, an antitrust fine, a new chief executive,
cholera, a homelessness count, crime statistics, tourism, zoo births, a whale stranding, a lost
hiker, album sales, births, an anniversary, a dam burst, a recount, a heat record; and, denser in
figures, a basketball night with other games, chip-maker results with half-year figures, rival polls,
rain by town, four sentences in one case, a fee with add-ons, phone prices by market, a mid-air
collision, a launch tally, a strike ballot, a measles count told on two days, an earthquake's toll by
province, seats by party, a market rout, a live blog, a football weekend, graduation rates, life
expectancy, a library story with an editor's note; and, dated, a trial's timeline, an airport closure,
a ceasefire, a papal trip, a murder charge with its hearings, a mayor's third term and an anniversary
of an attack). The folder is
checked as a corpus of one story. Nothing in a set is a real discrepancy except the planted ones
(``PLANTED``); tolls and counts that rise between editions, a correction's earlier figure, rounded
figures, parts against wholes and figures of other places, times or holders are not."""
from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.models import PublicationDate
from tests.test_verdicts import _report as report_pair
from tests.test_verdicts import _report_dated as report_dated
from tests.test_verdicts import check_planted, check_set, check_verdicts, pair_params, set_params

SETS = Path(__file__).parent / "review17"


def _sets() -> list[str]:
    return sorted(path.name for path in SETS.iterdir() if path.is_dir())


# The one real discrepancy planted in a set: the texts of its two claims (texts of claims the check
# does not make are still listed: the reason is in MISSED).
PLANTED = {
    "obituary": {"seven", "nine"},  # the grandchildren
    "boxing": {"more than 90,000", "60,000"},  # the crowd at the fight (a radio report's)
    "guidance": {"2.3 percent", "3.1 percent"},  # comparable sales, told as "stores open at least a year and online"
    "drought": {"1.2 million", "2.3 million"},  # the customers the ban covers
    "doctorsstrike": {"5.4 percent", "4 per cent"},  # this year's pay rise
    "retires": {"11", "12"},  # the All-Star selections
    "moonlander": {"10", "12"},  # the experiments / instruments on board
    "ceo": {"August 2024", "September 2024"},  # when the chief executive before last was ousted
    "launches": {"29", "27"},  # the satellites on the rocket (a blog's)
    "gradrates": {"82.9 per cent", "82.4 percent"},  # last year's graduation rate (a radio report's)
}
# Planted discrepancies with no claim on one side (lengths in miles, a bare number, a race time as a
# clause's duration): recall by design out of reach, listed so that the sets keep them.
UNCLAIMED = {
    "tornado": "'Its path was 22 miles long' / 'carved a 32-mile path': a length is no claim kind",
    "crimestats": "'Homicides peaked at 797 in 2021' / 'In 2021 ... there were 802': a figure with no counted noun is no claim",
    "sprint": "'in 9.79 seconds' / 'stopping the clock at 9.77 seconds': two durations whose frames are whole clauses "
              "with two verbs ('ending', 'stop'), never grouped",
}
# Planted discrepancies the check does not find (recall, not precision: strict xfail with the reason).
MISSED = {
    "boxing": "'in front of more than 90,000 fans' takes the fighter as its holder and the clause's 'in the fifth round' "
              "as its scope (period); 'In front of 60,000 fans' is thin (no event)",
    "guidance": "'Comparable sales ... rose 2.3 percent' / 'Sales at stores open at least a year and online rose 3.1 "
                "percent' (thing read 'online'): one measure in two wordings, never grouped",
    "drought": "'a hosepipe ban on its 1.2 million customers' (held by the company) / 'The ban covers 2.3 million homes and "
               "businesses': two counted nouns",
    "doctorsstrike": "the things are whole clauses ('government has given them a rise this year' / 'who gave doctors a rise "
                     "this year, say they cannot afford more'): too few shared words to group",
    "retires": "'was named to 11 All-Star teams' (event 'name', holder read 'NBA' from 'two NBA championships') / '12 "
               "All-Star selections' (no event): two nouns for one honour",
    "moonlander": "'10 experiments for NASA' / 'Its 12 instruments': two nouns for one payload",
    "ceo": "a date told of an earlier event ('was ousted in August 2024') is history, thin by design: it may agree, never "
           "conflict",
    "launches": "'launched 29 Starlink internet satellites from Florida' / 'with 27 V2 Mini satellites': the things' "
                "modifiers differ (Starlink internet / V2 Mini), read as two kinds of satellite",
    "gradrates": "'up from 82.9 per cent last year' is a base (scope) and 'Last year the rate was 82.4 percent' a level "
                 "whose thing is 'year the rate': a base never meets a level",
}
# False conflicts the review found in the sets, each fixed by a general rule (kept here so they stay quiet).
FIXED = {
    "ratehike": "'lifted its policy rate to 42.5 per cent from 37.5 per cent' / 'inflation that is still above 60 percent', "
                "paired by the shared 42.5 (frame_words: 'to N from M' makes M a base, whatever the verb)",
    "guidance": "'Sales at stores open at least a year and online rose 3.1 percent' (thing read 'online') / 'The stock was "
                "up about 7%' (measures.py: a measure that opens the sentence heads the figure's clause)",
    "overdoses": "'Overdose deaths in West Virginia fell by 41 per cent' / 'U.S. overdose deaths fell 27%' (apart.py: a "
                 "thing told of a place is a part of the same thing told without it, and two places' things are two)",
    "examresults": "'28.2 per cent of entries in England' / 'Some 9.4 percent of entries were awarded an A*' (apart.py, as "
                   "above); 'Private schools saw 48.4 per cent of their entries get A or A*' / the 9.4 (apart.py: a "
                   "group's own share, 'of their', is not the whole's)",
    "semiresults": "'Net profit was 6.99 trillion won' / 'Operating profit for the April-June quarter was 9.2 trillion won' / "
                   "'In the first half, operating profit totalled 16.6 trillion won' (accounts.py: two kinds of profit, and "
                   "a half-year against the quarter, are two lines of the accounts)",
    "quakeprov": "'In the province of Hatay alone, 1,104 people died' (Tuesday's wire) / 'More than 1,500 people have now "
                 "been confirmed dead in Hatay province' (Wednesday's paper) (updates.py: a later article's higher toll told "
                 "as the latest is an update)",
    "tour2": "'since Benedict XVI's three-day trip in September 2012' / 'The six-day trip will begin in Ankara' "
             "(durations.py: a length whose occasion is dated right after it, 'a three-day trip in September 2012', is "
             "that past occasion's, history)",
}
# False conflicts left (strict xfail, with the reason).
LEFT: dict[str, str] = {}


@pytest.mark.parametrize("name", set_params(_sets(), LEFT))
def test_no_false_conflict_in_a_set(name):
    check_set(SETS / name, PLANTED.get(name))


@pytest.mark.parametrize("name", set_params(sorted(PLANTED), MISSED))
def test_a_planted_discrepancy_is_a_conflict(name):
    check_planted(SETS / name, PLANTED[name])


# Pairs cut from the sets, each a false conflict on the code before and quiet by its rule.
PAIRS = [
    ("the earlier rate after 'to N from'", "The central bank lifted its policy rate to 42.5 per cent from 37.5 per cent "
     "yesterday, a bigger increase than markets had expected.", "Turkey's central bank raised its benchmark rate by 500 "
     "basis points to 42.5 percent on Thursday, as it tries to bring down inflation that is still above 60 percent.",
     {"37.5 per cent", "above 60 percent"}),
    ("a state's change against the nation's", "Overdose deaths in West Virginia fell by 41 per cent last year.",
     "U.S. overdose deaths fell 27% last year, CDC says.", {"41 per cent", "27%"}),
    ("a state's change against the nation's, both named after 'in'", "Overdose deaths in West Virginia fell by 41 per "
     "cent last year.", "Drug overdose deaths in the United States fell by almost 27 percent last year.",
     {"41 per cent", "almost 27 percent"}),
    ("one nation's share against the whole's", "Nationally, 28.2 per cent of entries in England were awarded the top "
     "grades.", "Some 9.4 percent of entries were awarded an A*, the highest share since 2022.",
     {"28.2 per cent", "Some 9.4 percent"}),
    ("a group's own share", "Private schools saw 48.4 per cent of their entries get A or A*.",
     "Some 9.4 percent of entries were awarded an A*.", {"48.4 per cent", "Some 9.4 percent"}),
    ("net profit against operating profit", "Net profit was 6.99 trillion won.",
     "Operating profit for the April-June quarter was 9.2 trillion won.", {"6.99 trillion won", "9.2 trillion won"}),
    ("the half-year against the quarter", "In the first half, operating profit totalled 16.6 trillion won.",
     "Operating profit for the April-June quarter was 9.2 trillion won.", {"16.6 trillion won", "9.2 trillion won"}),
    ("an earlier visit's length dated right after it", "It will be the first papal visit to Lebanon since Benedict "
     "XVI's three-day trip in September 2012.", "The six-day trip will begin in Ankara.", {"three-day", "six-day"}),
]


@pytest.mark.parametrize("first, second, texts", pair_params(PAIRS))
def test_no_false_conflict_in_a_pair(first, second, texts):
    check_verdicts(report_pair(first, second), texts, None)


# Real disagreements of the same shapes: they must stay conflicts.
CONTROLS = [
    ("the earlier rate told two ways", "The central bank lifted its policy rate to 42.5 per cent from 37.5 per cent.",
     "The central bank lifted its policy rate to 42.5 per cent from 35 per cent.", {"37.5 per cent", "35 per cent"}),
    ("the new rate told two ways", "The central bank raised its policy rate to 42.5 per cent from 37.5 per cent.",
     "The central bank raised its policy rate to 45 per cent from 37.5 per cent.", {"42.5 per cent", "45 per cent"}),
    ("a long subject's change told two ways", "Sales at stores open at least a year and online rose 3.1 percent.",
     "Sales at stores open at least a year and online rose 2.3 percent.", {"3.1 percent", "2.3 percent"}),
    ("one place told before and after its thing", "Overdose deaths in West Virginia fell by 41 per cent last year.",
     "West Virginia overdose deaths fell 38 percent last year.", {"41 per cent", "38 percent"}),
    ("one place's change told two ways", "Overdose deaths in West Virginia fell by 41 per cent last year.",
     "Overdose deaths in West Virginia fell by 38 per cent last year.", {"41 per cent", "38 per cent"}),
    ("a group's own share told two ways", "Private schools saw 48.4 per cent of their entries get A or A*.",
     "Private schools saw 46 per cent of their entries get A or A*.", {"48.4 per cent", "46 per cent"}),
    ("a day that owns the game is no place", "Bell had 21 points in Monday's win.",
     "Bell left Monday's game with 27 points.", {"21", "27"}),
    ("a victim that owns the death is no place", "Lopez is accused of letting off 13 shots in Horton's death.",
     "Lopez is accused of spraying 29 shots on a Friday afternoon.", {"13", "29"}),
    ("one kind of profit told two ways", "Net profit was 6.99 trillion won.", "Net profit was 7.5 trillion won.",
     {"6.99 trillion won", "7.5 trillion won"}),
    ("the quarter named or not", "Operating profit for the quarter was 9.2 trillion won.",
     "Quarterly operating profit was 8.1 trillion won.", {"9.2 trillion won", "8.1 trillion won"}),
    ("the half-year told two ways", "In the first half, operating profit totalled 16.6 trillion won.",
     "First-half operating profit was 15.1 trillion won.", {"16.6 trillion won", "15.1 trillion won"}),
    ("a visit's length told two ways", "The pope will make a six-day trip to Turkey and Lebanon.",
     "The pope's five-day trip begins in Ankara.", {"six-day", "five-day"}),
    ("a crime's year is not the sentence's", "He was sentenced to 12 years in prison on Tuesday for the 2019 killing of "
     "his wife.", "He was sentenced to 14 years in prison on Tuesday for killing his wife.", {"12 years", "14 years"}),
    ("a strike that began months ago is still the news", "The teachers' strike, which began in January, has lasted 20 "
     "weeks.", "The teachers' strike has lasted 18 weeks.", {"20 weeks", "18 weeks"}),
]


@pytest.mark.parametrize("first, second, texts", pair_params(CONTROLS))
def test_a_real_disagreement_stays_a_conflict(first, second, texts):
    check_verdicts(report_pair(first, second), texts, {"conflict"})


TUESDAY, WEDNESDAY = (PublicationDate(year=2026, month=2, day=day, method="metadata") for day in (3, 4))
# A toll told in articles of two days (dates of the first and second article) and the verdicts allowed.
DATED = [
    ("a later article's higher toll told as the latest", ("In the province of Hatay alone, 1,104 people died.", TUESDAY),
     ("More than 1,500 people have now been confirmed dead in Hatay province, officials said on Wednesday.", WEDNESDAY),
     {"1,104", "More than 1,500"}, None),
    ("a later article's lower toll", ("The quake killed 1,500 people in Hatay.", TUESDAY),
     ("The quake has now killed 1,104 people in Hatay.", WEDNESDAY), {"1,500", "1,104"}, {"conflict"}),
    ("a higher toll told as the latest on the same day", ("The quake killed 1,104 people in Hatay.", TUESDAY),
     ("The quake has now killed 1,500 people in Hatay.", TUESDAY), {"1,104", "1,500"}, {"conflict"}),
    ("a later article's higher toll told as no update", ("The quake killed 1,104 people in Hatay.", TUESDAY),
     ("The quake killed 1,500 people in Hatay.", WEDNESDAY), {"1,104", "1,500"}, {"conflict"}),
]


@pytest.mark.parametrize("first, second, texts, verdicts", [pytest.param(*case[1:], id=case[0]) for case in DATED])
def test_a_toll_told_on_two_days(first, second, texts, verdicts):
    check_verdicts(report_dated(first, second), texts, verdicts)


def test_the_sets_and_lists_agree():
    names = set(_sets())
    assert set(PLANTED) <= names and set(MISSED) <= set(PLANTED) and set(FIXED) <= names and set(LEFT) <= names
    assert set(UNCLAIMED) <= names and not set(UNCLAIMED) & set(PLANTED)
    assert len(names) >= 50
