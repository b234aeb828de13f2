"""Precision review 20 (issue 13): same-event articles of kinds and styles the earlier reviews' sets
did not cover, written before the code was run on them, as wire copy with datelines, local and
national papers, radio and television web copy, trade papers, blogs, a live blog, press releases,
statistical releases and a police force's news page.

Each folder of tests/review20/ is one event told by two outlets, a few by three (a space station
docking, a data breach, a nurses' strike, tax receipts, a disaster appeal, a cave rescue, a spelling
bee, a dog show, a meteorite, glacier loss, sewage spills, algae on beaches, wolves released, rhino
poaching, a seed vault, GP appointments, a maternity unit, care home fees, a blocked canal, freight
rates, a new air route, a rail line's cost, e-scooters, a tourist tax, hotel occupancy, pub closures,
food banks, child poverty, rents, prisons, police recruitment, a knife amnesty, a gun buyback, a ski
resort, the last coal plant, a solar farm, heat pumps, electric buses, a royal visit, a carnival,
firework injuries, an honours list, naming rights, TV rights, a 3,100-mile race, blood stocks,
dentistry, prescription charges, broadband, stamps, water bills, jellyfish, a boar cull, an elephant
census, a tomb, cycle lanes, a price war, restaurant closures, student rents, a film prize, an
orchestra's tour, a Channel swim, a lighthouse, an overdue library book, bee losses, potholes, bus
routes, parking, a crypto theft, car registrations, a wine harvest, tall ships). The folder is
checked as a corpus of one story. Nothing in a set is a real discrepancy except the planted ones
(``PLANTED``, ``UNCLAIMED``); a count or total updated in a later article, a part against its whole,
a figure of another place, time or holder and a unit conversion are not."""
from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.models import PublicationDate
from tests.test_verdicts import _report_dated as report_dated
from tests.test_verdicts import check_planted, check_set, check_verdicts, set_params

SETS = Path(__file__).parent / "review20"


def _sets() -> list[str]:
    return sorted(path.name for path in SETS.iterdir() if path.is_dir())


# The one real discrepancy planted in a set: the texts of its two claims.
PLANTED = {
    "databreach": {"4.3 million", "3.4 million"},  # the customers whose details were taken
    "taxreceipts": {"£86.2 billion", "£82.6 billion"},  # January's receipts
    "spellingbee": {"$50,000", "$55,000"},  # the winner's prize
    "rhino": {"394", "349"},  # rhinos poached last year
    "maternity": {"about 2,800", "around 2,300"},  # births a year at the unit
    "freightrates": {"12%", "21%"},  # the week's rise of the index
    "newroute": {"June 2", "July 2"},  # the route's first flight
    "touristtax": {"5 euros", "€6"},  # the tax a night
    "pubclosures": {"412", "Some 421"},  # pubs closed in the half year
    "rents": {"8.7%", "9.1%"},  # the year's rise in rents
    "gunbuyback": {"about 6,500", "5,600"},  # firearms handed in
    "fireworks": {"1,104", "1,014"},  # people treated
    "tvrights": {"6.7 billion pounds", "£7.6 billion"},  # the deal's value
    "prescription": {"£9.90", "£9.99"},  # the new charge
    "waterbills": {"36%", "26%"},  # the rise allowed over five years
    "restaurants": {"Around 2,500", "Some 2,900"},  # restaurants closed in the year
    "channelswim": {"14 hours", "12 hours"},  # the crossing's time (14h12 / 12h14)
    "busroutes": {"Thirty-seven", "27"},  # routes cut
}
# Planted discrepancies with no claim on one side or both: recall by design out of reach, listed so
# that the sets keep them.
UNCLAIMED = {
    "sewage": "'released raw sewage ... 464,000 times' / 'spilled sewage 446,000 times': a count of times an act "
              "happened gives no claim",
    "solarfarm": "'a 350-megawatt solar farm' / 'a 530-megawatt solar farm': a power in megawatts is no claim kind",
    "elephants": "'about 227,900 elephants' / 'put Botswana's elephant population at 272,900': a figure after 'at' with "
                 "its counted noun before it gives no claim",
}
# Planted discrepancies the check does not find (recall, not precision: strict xfail with the reason).
MISSED = {
    "databreach": "'4.3 million customers' (no event, no holder) / 'exposed the personal data of 3.4 million of its "
                  "customers' (event expose, holder the company, a part): the frames differ",
    "taxreceipts": "'Total tax receipts in January were £86.2 billion' (thing 'amount', a total) / 'The Treasury took in "
                   "£82.6 billion in tax' (holder the Treasury, thing 'tax last month'): holders and things differ",
    "spellingbee": "'$50,000 in prize money' (holder read as 'Texas') / '$55,000 in cash' (thing 'cash along'): holders "
                   "and things differ",
    "rhino": "'Poachers killed 394 rhinos in South Africa last year' (thing runs on to 'in South Africa last') / '349 "
             "animals killed' (thing 'animals'): the things differ",
    "maternity": "'delivers about 2,800 babies a year' / 'where around 2,300 babies are born each year': one event now "
                 "(born, recall22), but 'about' and 'around' let the two figures overlap (2,520 to 2,530)",
    "freightrates": "'rose 12% this week to $3,100' (thing 'Container freight rates', a rate) / 'Container rates rose 21%' "
                    "(thing 'Container rates'): the things differ",
    "newroute": "'launch a new route ... on June 2' (event launch) / 'able to fly ... from July 2, Skylark Airways has "
                "announced' (event announce): the dates are told of two acts",
    "touristtax": "'a tax of 5 euros a night' (event charge, a rate) / 'a tourist tax of €6 per person per night' (no rate "
                  "read on the charge): the scopes differ",
    "pubclosures": "'A total of 412 pubs in England and Wales closed' (holder England, a total of a period) / 'Some 421 "
                   "pubs were demolished ... between January and June' (dated to January alone): frames differ",
    "rents": "'Average private rents rose by 8.7%' (an average, told of 2026) / 'Private rents rose 9.1%' (no average, no "
             "period): scopes differ",
    "fireworks": "'treated 1,104 people for firework injuries' (event treat) / '1,014 people needed hospital treatment' "
                 "(event need, a total): events differ",
    "tvrights": "'6.7 billion pounds' (grouped with the headline's 'sold ... for 6.7 billion pounds', event sell) / "
                "'£7.6 billion' (no event): the groups never meet",
    "prescription": "'went up to £9.90 an item' (event rise) / 'the single prescription charge is £9.99' (event charge): "
                    "events differ",
    "waterbills": "'will rise by an average of 36%' (thing 'Water bills') / 'can raise bills by an average of 26%' (event "
                  "raise, an average): events differ",
    "restaurants": "'Around 2,500 restaurants closed' / 'Some 2,900 restaurants went out of business': one event now "
                   "(close, recall22), but 'around' and 'some' let the two figures overlap",
    "channelswim": "'completing the crossing in 14 hours and 12 minutes' / 'has swum the Channel in 12 hours 14 minutes': "
                   "one length each since recall23, but of two events (crossing, swim)",
    "busroutes": "'37 bus routes to be cut' / 'when 27 routes are cut': one event now (cut, recall22: 'to be cut' and "
                 "'across the county will be cut'), but 'bus routes' is read as a kind of 'routes', a part of them",
}
# False conflicts the review found in the sets, each fixed by a general rule (kept here so they stay quiet).
FIXED = {
    "charityappeal": "'Ten days in, the joint earthquake appeal has passed £30 million' / 'raises £12.5 million in first 48 "
                     "hours': the time gone since the start and the window of the first count, read as the appeal's "
                     "length (frame_time.py: a length before 'in,' or 'into the' is a point reached; one after 'first' "
                     "or 'opening' is a stretch a figure was counted over, as 'the first two weeks' already was)",
    "freightrates": "'Rates from Shanghai to Rotterdam more than doubled' / 'Container rates rose 21%': one route's rise "
                    "against the market's (thing_words.py: a thing naming a route is apart from one naming none or "
                    "another; and percents.py: 'more than doubled' is at least 100%, no longer exactly 100%)",
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


# Pairs cut from the sets (and some of the same shape), each a false conflict on the code before and
# quiet by its rule: (title, first article, second article, texts), articles as (text, publication date).
PAIRS = [
    ("the time gone since an appeal's start against its first window",
     ("Ten days in, the joint earthquake appeal has passed £30 million.", _day(3, 10)),
     ("Earthquake appeal raises £12.5 million in first 48 hours", _day(3, 3)), {"Ten days", "48 hours"}),
    ("an appeal's first window against how long it runs",
     ("The earthquake appeal raised £12.5 million in its first 48 hours.", _day(3, 3)),
     ("The earthquake appeal will run for four weeks.", _day(3, 3)), {"48 hours", "four weeks"}),
    ("the time gone since an appeal's start against when it closed",
     ("Two weeks in, the flood appeal has raised £4 million.", _day(3, 3)),
     ("The flood appeal closed after three weeks.", _day(3, 30)), {"Two weeks", "three weeks"}),
    ("weeks into a strike against another strike's length",
     ("Three weeks into the strike, talks resumed.", _day(3, 3)),
     ("The strike lasted five days.", _day(3, 3)), {"Three weeks", "five days"}),
    ("one route's rise against the market's",
     ("Rates from Shanghai to Rotterdam more than doubled to $4,400.", _day(1, 16)),
     ("Container rates rose 21% to $3,100.", _day(1, 17)), {"more than doubled", "21%"}),
    ("a route's fares against all fares",
     ("Fares from London to Paris rose 12%.", _day(1, 16)), ("Fares rose 4.6%.", _day(1, 16)), {"12%", "4.6%"}),
]


@pytest.mark.parametrize("first, second, texts", [pytest.param(*pair[1:], id=pair[0]) for pair in PAIRS])
def test_no_false_conflict_in_a_pair(first, second, texts):
    check_verdicts(report_dated(first, second), texts, None)


# Real disagreements of the same shapes: they must stay conflicts.
CONTROLS = [
    ("two times gone since a start",
     ("Ten days in, the appeal has passed £30 million.", _day(3, 10)),
     ("Two weeks in, the appeal has passed £30 million.", _day(3, 10)), {"Ten days", "Two weeks"}),
    ("two lengths in and out of hospital", ("She spent two weeks in and out of hospital.", _day(3, 3)),
     ("She spent three weeks in and out of hospital.", _day(3, 3)), {"two weeks", "three weeks"}),
    ("two lengths of one strike", ("The strike lasted 10 days.", _day(3, 3)), ("The strike lasted 48 hours.", _day(3, 3)),
     {"10 days", "48 hours"}),
    ("one route told two ways", ("Rates from Shanghai to Rotterdam rose 50%.", _day(1, 16)),
     ("Rates from Shanghai to Rotterdam rose 21%.", _day(1, 16)), {"50%", "21%"}),
    ("one route's fares told two ways", ("Fares from London to Paris rose 12% this year.", _day(1, 16)),
     ("Fares from London to Paris rose 4.6% this year.", _day(1, 16)), {"12%", "4.6%"}),
    ("more than doubled against a smaller rise", ("Sales more than doubled last year.", _day(3, 3)),
     ("Sales rose 60% last year.", _day(3, 3)), {"more than doubled", "60%"}),
    ("a start told two ways after a past vote",
     ("The council voted last night to introduce a tax of €6 a night, starting on 1 July.", _day(4, 16)),
     ("The tax of €6 a night starts on August 1.", _day(4, 16)), {"1 July", "August 1"}),
]


@pytest.mark.parametrize("first, second, texts", [pytest.param(*case[1:4], id=case[0]) for case in CONTROLS])
def test_a_real_disagreement_stays_a_conflict(first, second, texts):
    check_verdicts(report_dated(first, second), texts, {"conflict"})


# A start told after a past decision is the nearest such day ("voted last night to introduce a tax,
# starting on 1 July", told in April, is this July, not last year's): the two tellings agree.
def test_a_start_after_a_past_vote_is_the_nearest_day():
    check_verdicts(report_dated(
        ("The council voted last night to introduce a tax of €6 a night, starting on 1 July.", _day(4, 16)),
        ("The tax of €6 a night starts on July 1.", _day(4, 16))), {"1 July", "July 1"}, {"agree"})


def test_the_sets_and_lists_agree():
    names = set(_sets())
    assert set(PLANTED) <= names and set(MISSED) <= set(PLANTED) and set(FIXED) <= names and set(LEFT) <= names
    assert set(UNCLAIMED) <= names and not set(UNCLAIMED) & set(PLANTED)
    assert len(names) >= 70


def _years_of(text: str, published: PublicationDate, told: str) -> set[int]:
    report = report_dated((text, published), ("Nothing else was said.", published))
    return {claim.value.start.year for finding in report.findings for claim in finding.claims if claim.text == told}


# A participle joined by "or"/"and" to one after "be" shares its tense: review20's bus routes ("will be
# cut or reduced from October", told in August) read last October; a past telling stays past.
@pytest.mark.parametrize("text, year", [
    ("Thirty bus routes will be cut or reduced from October, the company said.", 2026),
    ("Rural villages will lose their bus when 20 routes are cut or scaled back in October.", 2026),
    ("Twenty routes were cut or scaled back in October.", 2025),
])
def test_a_joined_participle_keeps_the_tense_of_be(text, year):
    assert _years_of(text, _day(8, 14), "October") == {year}
