"""Precision review 18 (issue 13): same-event articles of kinds and styles the earlier reviews' sets
did not cover, written before the code was run on them, as wire copy with datelines, local and
national papers, television and radio web copy, fan sites, blogs, live blogs, press releases,
statistical bulletins and a police appeal.

Each folder of tests/review18/ is one event told by two outlets (a hailstorm, a cold snap, a sinkhole,
a chemical leak, a building collapse, a cruise-ship outbreak, turbulence, a grounded ship, a metro
opening, rail fares, rail punctuality, a doping ban, darts, ocean sailing, Everest, alpine skiing, an
Olympic host vote, a party leadership ballot, a bill's vote, an inquest, a class action, a bail
hearing, an extradition, dengue, ambulance response times, bird flu culls, a wheat harvest, coffee
prices, fishing quotas, a shark bite, an asteroid flyby, a fossil, Arctic sea ice, museum visitors, a
musical's closing, a cancelled festival, a book prize, a video game launch, streaming subscribers, a
stock split, a funding round, a dividend cut, executive pay, insured storm losses, a port strike, fuel
prices, an app outage, a chip plant, tuition fees, a drug seizure, a bank robbery, counterfeit toys, an
arms deal, a record home sale, council tax, an architect's obituary, a corrected meeting date, a sacked
manager, a crowd record, an eclipse, a vaccine opinion, the Boat Race, a school kidnapping, Eurovision,
sumo, a by-election, gold's record, a bank's penalty, the monsoon, an ice storm, the oldest person's
death, an overturned conviction, a bird count, smoking rates, a World Cup draw told in a live blog, an
air traffic strike; denser in figures, a tour operator's collapse, an athletics night, net migration
with revised estimates, heat deaths by country, a telethon's total through the night, port volumes,
rankings, airline punctuality, wage growth, drug price cuts, a climate year in two scales, a formula
recall, a storm live blog, a brewer's regions, a corrected appeal total, three trial dates; crowded
with other figures, two typhoons, a match report, a quarter against a yearly forecast, ages now and
then, a mayor's vote, cities' temperatures, a fiscal year, a rounded passenger count; and dense in
times told around other times, a semi-final's legs, results due days after a share move, a march a
month after floods, a suspension, a tsunami's anniversary, a road's closure and a contract
extension). The folder is checked as a corpus of one story. Nothing in a set is a real
discrepancy except the planted ones (``PLANTED``); a toll updated in a later edition, a part against
its whole, a figure of another place, time or holder and a unit conversion are not."""
from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.models import PublicationDate
from tests.test_verdicts import _report_dated as report_dated
from tests.test_verdicts import check_planted, check_set, check_verdicts, set_params

SETS = Path(__file__).parent / "review18"


def _sets() -> list[str]:
    return sorted(path.name for path in SETS.iterdir() if path.is_dir())


# The one real discrepancy planted in a set: the texts of its two claims.
PLANTED = {
    "bail": {"May 14", "May 21"},  # the day of the preliminary hearing
    "classaction": {"about 87 million", "some 78 million"},  # the users the settlement covers
    "ambulance": {"42 minutes", "47 minutes"},  # Yorkshire's average wait for heart attack and stroke calls
    "birdflu": {"about 1.2 million", "1.4 million"},  # the hens to be culled in all
    "museum": {"9.2 million", "8.9 million"},  # last year's visitors
    "theatre": {"more than 4,800", "4,300"},  # the musical's performances
    "streaming": {"19 million", "16 million"},  # the quarter's new subscribers
    "outage": {"seven hours", "nine hours"},  # how long the apps were down
    "drugs": {"12", "Twenty-one"},  # the people arrested
    "arms": {"$8.6 billion", "$6.8 billion"},  # the price of the jets
    "sacked": {"14 months", "16 months"},  # the manager's time in charge
    "gold": {"$2,789.92", "$2,798.92"},  # the record high
    "portvolumes": {"16%", "18 percent"},  # the fall in coal volumes
}
# Planted discrepancies with no claim on one side or both: recall by design out of reach, listed so
# that the sets keep them.
UNCLAIMED = {
    "everest": "'Sherpa, 55' / 'the 54-year-old': a person's age is no claim kind",
    "billvote": "'voted by 312 to 298' / 'by 312 votes to 289': a vote's tally gives no claim to the side against "
                "(the paper's 312 alone is a count)",
    "fossil": "'about 95 million years ago' / '98 million years ago': deep time is neither a date nor a duration",
    "fuel": "'to 152.3p' / 'to 153.2 pence': a price in pence is no money claim",
    "migration": "'About 948,000 people arrived in the UK in 2025 and 517,000 left' / 'Immigration was 948,000 and "
                 "emigration 571,000': a figure after 'and' with its noun left out, and a statistic's name with no "
                 "counted noun, give no claim",
}
# Planted discrepancies the check does not find (recall, not precision: strict xfail with the reason).
MISSED = {
    "classaction": "'covers some 78 million U.S. users' (a claim now: the abbreviation is one word of the counted thing) "
                   "/ 'covers about 87 million users in the United States': 'covers' is no event, so the second is too "
                   "thin to disagree and the first is a holder's figure against no holder",
    "ambulance": "'42 minutes' / '47 minutes': compatible, a figure in minutes is read as a witness's guess (a quarter to "
                 "four times the figure), also when it is an official average",
    "birdflu": "'about 1.2 million laying hens at a large poultry farm' (holder 'Dutch') / '1.4 million laying hens on the "
               "infected farm' (scope total): the things name two places, never grouped",
    "museum": "'welcomed a record 9.2 million visitors in 2025' / 'received 8.9 million people last year': one count "
              "now (event visit, thing visitors), but 'in 2025' and 'last year' are read as two times (the time gate "
              "has no publication date)",
    "theatre": "'more than 4,800 performances' held by the show named in the clause / '4,300 performances' with no "
               "holder and no event: the named holder keeps them apart",
    "streaming": "'added 19 million paid subscribers in the first quarter' / 'signed up 16 million new subscribers "
                 "between January and March': one event now (add), but the second is read as January's, a history "
                 "'when', and so too thin to disagree",
    "outage": "'an outage of about seven hours that left millions' / 'For about nine hours on Thursday, Meta's apps were "
              "down': the things are whole clauses with no shared head",
    "arms": "'for $8.6 billion' (no event, holder Poland) / 'a $6.8 billion contract' (event sign, holder read as the "
            "place 'Dęblin'): holders and events differ",
    "sacked": "'after 14 months in charge' reads its event as 'charge' / 'leaves after 16 months, 70 games' reads 'game': "
              "two events for one tenure",
}
# False conflicts the review found in the sets, each fixed by a general rule (kept here so they stay quiet).
FIXED = {
    "eurovision": "'Switzerland will host next year's Eurovision after Nemo won in Malmö' / 'Nemo won the Eurovision Song "
                  "Contest on Saturday': the 'next year' took the win as its event from the clause after 'after' "
                  "(frame_time.py: a date's event stops at a later clause of another act)",
    "doping": "'has been banned for four years after testing positive' / 'a sample from March 14': the ban's term was "
              "checked as the time from the test to the article's day (durations.py: 'for N after X' is a term, not "
              "the time since X)",
    "results_day": "'Shares in streaming group jump ahead of Thursday's results' / 'Spotify's shares gained 5% yesterday': "
                   "the results' Thursday took the jump as its event (frame_time.py: a date owning a noun after 'ahead "
                   "of', 'after', 'before', 'since'... names that noun's occasion, a modifier)",
}
# False conflicts left (strict xfail, with the reason).
LEFT: dict[str, str] = {}


@pytest.mark.parametrize("name", set_params(_sets(), LEFT))
def test_no_false_conflict_in_a_set(name):
    check_set(SETS / name, PLANTED.get(name))


@pytest.mark.parametrize("name", set_params(sorted(PLANTED), MISSED))
def test_a_planted_discrepancy_is_a_conflict(name):
    check_planted(SETS / name, PLANTED[name])


def _day(month: int, day: int) -> PublicationDate:
    return PublicationDate(year=2026, month=month, day=day, method="metadata")


# Pairs cut from the sets (and one of the same shape), each a false conflict on the code before and
# quiet by its rule: (title, first article, second article, texts), articles as (text, publication date).
PAIRS = [
    ("next year's contest after the clause of a win",
     ("Switzerland will host next year's Eurovision after Nemo won in Malmö with 591 points.", _day(5, 18)),
     ("Switzerland's Nemo won the Eurovision Song Contest on Saturday with the song \"The Code\".", _day(5, 17)),
     {"next year", "Saturday"}),
    ("a ban's term after a positive test",
     ("Kenyan sprinter Daniel Mwangi has been banned for four years after testing positive for the steroid nandrolone.",
      _day(11, 6)),
     ("A sample from March 14 tested positive for nandrolone.", _day(11, 6)), {"four years", "March 14"}),
    ("a closure's term after a crash", ("The bridge has been closed for two weeks after a lorry hit it.", _day(11, 6)),
     ("A lorry hit the bridge on March 14.", _day(11, 6)), {"two weeks", "March 14"}),
    ("a move ahead of a day's results", ("Shares in streaming group jump ahead of Thursday's results", _day(7, 21)),
     ("Spotify's shares gained 5% yesterday, ahead of quarterly results.", _day(7, 21)), {"Thursday", "yesterday"}),
    ("a sacking after a day's defeat", ("The club sacked its manager after Sunday's 3-0 defeat by Chelsea.", _day(11, 10)),
     ("The club sacked its manager on Monday.", _day(11, 10)), {"Sunday", "Monday"}),
]


@pytest.mark.parametrize("first, second, texts", [pytest.param(*pair[1:], id=pair[0]) for pair in PAIRS])
def test_no_false_conflict_in_a_pair(first, second, texts):
    check_verdicts(report_dated(first, second), texts, None)


# Real disagreements of the same shapes: they must stay conflicts.
CONTROLS = [
    ("a reopening's day told two ways, one with a later clause",
     ("The bridge reopened on May 16 after a lorry hit it in March.", _day(5, 18)),
     ("The bridge reopened on May 17.", _day(5, 18)), {"May 16", "May 17"}),
    ("a reopening's day told two ways, the event a noun",
     ("The reopening of the bridge on May 16 came after a lorry hit it.", _day(5, 18)),
     ("The bridge reopened on May 17.", _day(5, 18)), {"May 16", "May 17"}),
    ("the time since a fire told as now, without 'for'",
     ("The reopening comes four years after a fire destroyed the factory.", _day(11, 6)),
     ("A fire destroyed the factory on March 14, 2020.", _day(11, 6)), {"four years", "March 14, 2020"}),
    ("a ban's term told two ways", ("Mwangi has been banned for four years after testing positive.", _day(11, 6)),
     ("Mwangi has been banned for two years after testing positive.", _day(11, 6)), {"four years", "two years"}),
    ("a prison term told two ways, one after its crime's year",
     ("He was jailed for 12 years after the 2019 killing of his wife.", _day(11, 6)),
     ("He was sentenced to 14 years in prison for killing his wife.", _day(11, 6)), {"12 years", "14 years"}),
    ("a day that owns its noun as the subject", ("Sunday's defeat left Spurs 16th in the league.", _day(11, 10)),
     ("Saturday's defeat left Spurs 16th in the league.", _day(11, 10)), {"Sunday", "Saturday"}),
    ("a sacking's day told two ways, one with a later clause",
     ("The club sacked its manager on Sunday after the defeat.", _day(11, 10)),
     ("The club sacked its manager on Monday.", _day(11, 10)), {"Sunday", "Monday"}),
    ("a length 'for N since X' still runs to now", ("The house has stood empty for 20 years since its owner died.", _day(11, 6)),
     ("Its owner died in March 2001.", _day(11, 6)), {"20 years", "March 2001"}),
]
# Real disagreements of the same shapes the rules now leave quiet (strict xfail, with the reason).
CONTROLS_LEFT = [
    ("next year's contest told two ways, each with the clause of a win",
     ("Switzerland will host next year's Eurovision after Nemo won in Malmö.", _day(5, 18)),
     ("Switzerland will host the Eurovision in 2028 after Nemo won in Malmö.", _day(5, 18)), {"next year", "2028"},
     "'host' is no event word, so neither date has an event now; before, both met through the later clause's 'won'"),
    ("a length 'for N after X' told as running to now", ("The house has stood empty for 20 years after its owner died.",
                                                         _day(11, 6)),
     ("Its owner died in March 2001.", _day(11, 6)), {"20 years", "March 2001"},
     "'for N after X' is read as a term set at X (a ban, a closure), never the time from X to now"),
]


@pytest.mark.parametrize("first, second, texts", [pytest.param(*case[1:4], id=case[0]) for case in CONTROLS]
                         + [pytest.param(*case[1:4], id=case[0], marks=pytest.mark.xfail(strict=True, reason=case[4]))
                            for case in CONTROLS_LEFT])
def test_a_real_disagreement_stays_a_conflict(first, second, texts):
    check_verdicts(report_dated(first, second), texts, {"conflict"})


def test_the_sets_and_lists_agree():
    names = set(_sets())
    assert set(PLANTED) <= names and set(MISSED) <= set(PLANTED) and set(FIXED) <= names and set(LEFT) <= names
    assert set(UNCLAIMED) <= names and not set(UNCLAIMED) & set(PLANTED)
    assert len(names) >= 60
