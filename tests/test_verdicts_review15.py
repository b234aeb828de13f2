"""Precision review 15 (issue 13): same-event articles of kinds the earlier reviews' sets did not
cover, written as wire, newspaper, local, radio and television copy with datelines, quotes,
background paragraphs and the history of earlier events.

Each folder of tests/review15/ is one invented event told by two to four outlets (elections,
court rulings, contracts and transfer fees, storms, fires, landslides, eruptions, avalanches, heat
waves, plant closures, recalls, rate decisions, strikes, studies, drug approvals, launches,
outages, budgets, hostages, migrant arrivals, shootings, heists, auctions, concerts, cycling,
chess, mining accidents, a bridge collapse, a census, house prices, a cyberattack, an oil spill, a
lottery, a blackout, an outbreak). The folder is checked as a corpus of one story. Nothing in a set
is a real discrepancy except the planted ones (``PLANTED``); tolls and counts that rise between
editions, rounded figures, local against national figures and different subsets are not."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_verdicts import _report as report_pair
from tests.test_verdicts import check_planted, check_set, check_verdicts, pair_params, set_params

SETS = Path(__file__).parent / "review15"


def _sets() -> list[str]:
    return sorted(path.name for path in SETS.iterdir() if path.is_dir())


# The one real discrepancy planted in a set: the texts of its two claims.
PLANTED = {
    "contract": {"$240 million", "$210 million"},  # the extension's value (a paper's source)
    "mining": {"14", "Twelve"},  # the miners trapped, the same day (a TV report's)
    "bridge": {"1967", "1971"},  # the year the bridge was built
    "concert": {"44", "41"},  # the songs played (a review's)
    "avalanche": {"five", "Four"},  # the skiers killed the same day (a local paper's)
    "lottery": {"$1.8 billion", "$1.6 billion"},  # the jackpot (a local paper's)
    "productrecall": {"about 1.2 million", "some 2.1 million"},  # the strollers recalled
    "containment": {"Saturday", "Aug. 16"},  # the day the fire started (Saturday was Aug. 15)
    "scoringrecord": {"27.8", "28.4"},  # the season average (one outlet's not updated after the game)
    "titlerace": {"three", "five"},  # the champions' league defeats (28 wins, 5 draws and 89 points make five)
}
# Planted discrepancies the check does not find (recall, not precision: strict xfail with the reason).
# (lottery found since recall11: "in Frazier Park, California" is the place Frazier Park, openers.holder_as_told.)
MISSED = {
    "contract": "'The Harbor City Comets signed ... a five-year, $240 million contract extension' names the Comets as the "
                "sum's holder, the paper's 'worth $210 million' none: a named and an unnamed figure never meet",
    "mining": "'Rescue teams were drilling ... to reach 14 miners' reads 'Rescue' (capitalised by position) as the holder; "
              "'Twelve miners remain trapped' is what remains, and the TV's holder is 'Copiapo' ('near Copiapo')",
    "bridge": "the two building dates' frames are whole clauses ('which carries the A21 motorway, was built is 1.2 km "
              "long' / 'bridge was built carries about 30,000 vehicles a day'), never grouped",
    "concert": "'Ray, 31, played 44 songs' names Ray, 'She played 41 songs' no one: compatible, not a conflict",
    "avalanche": "'killing five of them' is a part of a whole (no claim), and the headline's 'Avalanche kills five "
                 "skiers' reads 'Avalanche' as the holder: compatible with the unnamed 'Four skiers died'",
    "productrecall": "'recalling some 2.1 million of the strollers' is a part ('N of the'), and 'Baby products maker ... "
                     "is recalling about 1.2 million strollers sold' reads 'Baby' as the holder and 'sold' as the event",
    "titlerace": "'Arsenal lost only three league games all season' (held by Arsenal, scope season) / 'They won 28 games, "
                 "drew five and lost five' (no holder, no scope): named and unnamed, season and undated never meet",
}
# False conflicts the review found in the sets, each fixed by a general rule (kept here so they stay quiet).
FIXED = {
    "contract": "'his current deal' / 'his current contract' named as two kinds of document (names.DESCRIBING: which "
                "version a document is names no topic)",
    "budget": "'Only one previous budget debate, in 2023, came close, at 24 hours' / 'after a 31-hour debate' "
              "(frame_time: an earlier occasion's length after a determiner or number)",
    "housing": "'Northern Ireland was again the strongest region, with prices up 8.1 percent' / 'prices are up just 1.2 "
               "per cent' (compare/hanging.py); 'well below inflation of 3.4 per cent' / 'down from annual growth of "
               "2.1 percent in April', an echo beside the shared 1.2 (frame_words: 'down from <noun> of N' is a base)",
    "teachers": "'must give five days' notice' / 'held weekly one-day strikes for two months' (durations: a length that owns "
                "its noun measures that noun)",
    "containment": "'since the Chimney Fire in 2016, which burned 46,344 acres and destroyed 49 homes' / 'Thirty-seven "
                   "homes have been destroyed' (frame_time: a 'which' clause right after a past date is that date's)",
    "tradefigures": "'Economists ... had expected growth of 5 percent, after a 4.8 percent rise in May' / 'Exports to the "
                    "European Union rose 7 per cent' (compare/hanging.py: a change hung on by 'after a' and told of its "
                    "own earlier period)",
    "airlineresults": "'Analysts had expected an operating profit of 720 million euros' / 'The company now expects operating "
                      "profit of around 2.2 billion euros' (owners.py: the market's consensus and the company's guidance); "
                      "'Lufthansa Cargo's profit fell by 29 per cent' / 'Lufthansa profit falls 24%' (owners.py: a unit "
                      "named by the group's name and a word)",
    "gdp": "'Italy was flat, and the Netherlands grew 0.4 per cent' / 'France grew 0.5 percent' / 'Compared with a year "
           "earlier, the economy grew 1.3 percent' (owners.py: a place that grows names what the figure is of)",
    "bankearnings": "'Morgan Stanley's profit rose 26 percent, while Wells Fargo's rose 6 percent' / 'That helped the bank "
                    "to a quarterly profit of $14.6 billion, up 9 per cent' (owners.py: a roundup sentence's owners)",
    "marketcrash": "'the S&P 500 swung wildly, ..., and closed down 0.2 percent' (thing read 'closed') / 'the Nikkei closed "
                   "down almost 8 per cent' (measures: a thing that is only a verb is the sentence's opening subject); "
                   "'having lost 12 per cent over four sessions' / 'Bitcoin fell 6 percent' (hanging.py: a change over a "
                   "stretch of days)",
    "cpi": "'Sterling rose 0.2 percent against the dollar' / 'in gas and electricity, up more than 6 per cent' (measures: a "
           "named quote against a plain common thing); 'The Bank expects inflation to rise to 3.7 per cent by the autumn' / "
           "'The Bank of England had forecast 3.4 percent' (owners.py: the time a forecast is for)",
    "referendum": "'Turnout was 49 per cent' / 'Turnout was 49.1 percent' (rounding.rounded_level: a share of 10 percent or "
                  "more told in whole percent)",
    "hospitalwait": "'59.2 per cent of patients had been waiting less than 18 weeks' / '71.1 percent of patients were seen "
                    "within four hours' (thresholds.py: a share measured against another time limit)",
}
# False conflicts left (strict xfail, with the reason).
LEFT: dict[str, str] = {}


@pytest.mark.parametrize("name", set_params(_sets(), LEFT))
def test_no_false_conflict_in_a_set(name):
    check_set(SETS / name, PLANTED.get(name))


@pytest.mark.parametrize("name", set_params(sorted(PLANTED), MISSED))
def test_a_planted_discrepancy_is_a_conflict(name):
    check_planted(SETS / name, PLANTED[name])


# Pairs cut from the sets, each quiet by its rule (16 of them were false conflicts alone on the code before;
# the other three only in their set, with the rest of its group).
PAIRS = [
    ("a current deal and a current contract", "It starts after his current deal expires.",
     "He is owed $41 million in the final year of his current contract.", {"current deal", "current contract"}),
    ("an existing contract and an existing deal", "The existing contract runs until 2027.",
     "The existing deal runs until 2027.", {"existing contract", "existing deal"}),
    ("one previous debate's length", "Only one previous budget debate, in 2023, came close, at 24 hours.",
     "Parliament approved the budget after a 31-hour debate.", {"24 hours", "31-hour"}),
    ("a region's figure hung on its ranking", "Northern Ireland was again the strongest region, with prices up 8.1 "
     "percent on the year.", "Over the year, prices are up just 1.2 per cent.", {"8.1 percent", "1.2 per cent"}),
    ("a province's growth hung on its ranking", "Alberta was the fastest-growing province, with its population up 9.8 "
     "percent.", "The population rose 4.1 percent.", {"9.8 percent", "4.1 percent"}),
    ("the earlier rate named before its figure", "Over the year, prices are up just 1.2 per cent, well below inflation "
     "of 3.4 per cent.", "Prices were 1.2 percent higher than a year earlier, down from annual growth of 2.1 percent in "
     "April.", {"3.4 per cent", "2.1 percent"}),
    ("a notice's length against a strike's", "The union has not set a strike date but must give five days' notice.",
     "Teachers held a one-day strike on Monday.", {"five days", "one-day"}),
    ("an earlier fire's toll in a which clause", "It is the largest fire in the county since the Chimney Fire in 2016, "
     "which burned 46,344 acres and destroyed 49 homes.", "Thirty-seven homes have been destroyed.", {"49", "Thirty-seven"}),
    ("last month's change after 'after a'", "Economists had expected growth of 5 percent, after a 4.8 percent rise in May.",
     "Exports to the European Union rose 7 per cent.", {"4.8 percent", "7 per cent"}),
    ("the consensus against the guidance", "Analysts had expected an operating profit of 720 million euros.",
     "The company now expects operating profit of around 2.2 billion euros this year.",
     {"720 million euros", "around 2.2 billion euros"}),
    ("a unit's profit against the group's", "Tarnair Cargo's profit fell by 29 per cent.",
     "Tarnair profit falls 24% as strikes bite.", {"29 per cent", "24%"}),
    ("a rival's profit in a roundup", "Morgan Stanley's profit rose 26 percent, while Wells Fargo's rose 6 percent.",
     "That helped the bank to a quarterly profit of $14.6 billion, up 9 per cent.", {"26 percent", "9 per cent"}),
    ("a country's growth against the bloc's", "Italy was flat, and the Netherlands grew 0.4 per cent.",
     "Compared with a year earlier, the economy grew 1.3 percent.", {"0.4 per cent", "1.3 percent"}),
    ("an index whose thing is read as its verb", "On Wall Street, the S&P 500 swung wildly, at one point falling 4.7 "
     "percent before briefly turning positive, and closed down 0.2 percent.", "Taiwan's main index dropped 9.7 per cent, "
     "a record, and the Nikkei closed down almost 8 per cent.", {"0.2 percent", "almost 8 per cent"}),
    ("four sessions' loss against a day's", "It ended 0.2 per cent lower, having lost 12 per cent over four sessions.",
     "Bitcoin fell 6 percent to about $77,000.", {"12 per cent", "6 percent"}),
    ("a currency against a bill", "Sterling rose 0.2 percent against the dollar after the data.", "The biggest rises "
     "were in water and sewerage bills, up 26 per cent on the month, and in gas and electricity, up more than 6 per cent.",
     {"0.2 percent", "more than 6 per cent"}),
    ("a forecast for the autumn against one for this month", "The Bank expects inflation to rise to 3.7 per cent by the "
     "autumn.", "The Bank of England had forecast 3.4 percent.", {"3.7 per cent", "3.4 percent"}),
    ("a turnout told rounded", "Turnout was 49 per cent.", "Turnout was 49.1 percent.", {"49 per cent", "49.1 percent"}),
    ("two time limits", "Only 59.2 per cent of patients had been waiting less than 18 weeks, far below the 92 per cent "
     "standard.", "In emergency departments, 71.1 percent of patients were seen within four hours in January.",
     {"59.2 per cent", "71.1 percent"}),
]


# Pairs left loud (strict xfail, with the reason): both came from two sets that the check of stories joined
# when all the sets were checked as one corpus (two British economic stories, two Canadian ones).
LEFT_PAIRS = [
    ("core inflation beside a shared base figure", "Core inflation, which excludes energy, food, alcohol and tobacco, "
     "rose to 3.8 percent from 3.4 percent.", "Over the year, prices are up just 1.2 per cent, well below inflation of "
     "3.4 per cent - a fall in real terms.", {"3.8 percent", "1.2 per cent"},
     "an echo anchored on '3.4' pairs them, though the 3.4 is a base ('from 3.4 percent') on one side and a level on "
     "the other; the thing read is 'tobacco' (the subject before a relative clause with commas inside); echo.py is at "
     "its size limit"),
    ("a response rate against a vote's turnout", "The response rate was 97.9 per cent, the agency said.",
     "Turnout in the vote was 87 per cent, the union said, the highest in its history.", {"97.9 per cent", "87 per cent"},
     "the two sentences echo in shape ('was N per cent, the X said'); a response rate and a turnout are told apart by "
     "no rule"),
]


@pytest.mark.parametrize("first, second, texts", pair_params(PAIRS, LEFT_PAIRS))
def test_no_false_conflict_in_a_pair(first, second, texts):
    check_verdicts(report_pair(first, second), texts, None)


# Real disagreements of the same shapes: they must stay conflicts.
CONTROLS = [
    ("one region's figure told two ways", "Northern Ireland was again the strongest region, with prices up 8.1 percent "
     "on the year.", "Northern Ireland was the strongest region, with prices up 7.4 percent on the year.",
     {"8.1 percent", "7.4 percent"}),
    ("a company ranked and named again", "Acme was the biggest gainer, with its shares up 9 percent.",
     "Acme shares rose 6 percent.", {"9 percent", "6 percent"}),
    ("the earlier rate told two ways", "Prices were 1.2 percent higher than a year earlier, down from annual growth of "
     "2.1 percent in April.", "Prices were 1.2 percent higher than a year earlier, down from annual growth of 2.4 "
     "percent in April.", {"2.1 percent", "2.4 percent"}),
    ("this month's rate beside last month's", "Inflation was 3.4 percent in May.",
     "Inflation was 3.1 percent in May, down from a rate of 3.8 percent in April.", {"3.4 percent", "3.1 percent"}),
    ("the debate's length told two ways", "Parliament approved the budget after a 31-hour debate.",
     "Parliament approved the budget after a 27-hour debate.", {"31-hour", "27-hour"}),
    ("the notice told two ways", "The union must give five days' notice of a strike.",
     "The union must give 10 days' notice of a strike.", {"five days", "10 days"}),
    ("an earlier fire's toll told two ways", "The last big fire, in 2016, which destroyed 49 homes, burned for weeks.",
     "The last big fire, in 2016, which destroyed 45 homes, burned for weeks.", {"49", "45"}),
    ("last month's change told two ways", "Exports rose 7.2 percent in June, after a 4.8 percent rise in May.",
     "Exports rose 7.2 percent in June, after a 4.1 percent rise in May.", {"4.8 percent", "4.1 percent"}),
    ("this month's change beside last month's", "Retail sales rose 0.5 percent in June after a 0.2 percent gain in May.",
     "Retail sales rose 0.3 percent in June.", {"0.5 percent", "0.3 percent"}),
    ("two analysts' consensus figures", "Analysts had expected an operating profit of 720 million euros.",
     "Analysts had expected an operating profit of 690 million euros.", {"720 million euros", "690 million euros"}),
    ("the group's profit told with its company form", "Tarnair Group's profit fell by 29 per cent.",
     "Tarnair's profit fell 24 percent.", {"29 per cent", "24 percent"}),
    ("a unit's profit told two ways", "Tarnair Cargo's profit fell by 29 per cent.",
     "Tarnair Cargo's profit fell by 24 per cent.", {"29 per cent", "24 per cent"}),
    ("a rival's profit told two ways", "Morgan Stanley's profit rose 26 percent, while Wells Fargo's rose 6 percent.",
     "Morgan Stanley's profit rose 21 percent, while Wells Fargo's rose 6 percent.", {"26 percent", "21 percent"}),
    ("a country's growth told two ways", "France grew 0.5 percent.", "France grew 0.4 percent.",
     {"0.5 percent", "0.4 percent"}),
    ("GDP is no place that grows", "GDP grew 2.1 percent in the third quarter, the statistics office said.",
     "The economy grew 1.6 percent in the third quarter, the statistics office said.", {"2.1 percent", "1.6 percent"}),
    ("a common noun opening its sentence is no place", "Output grew 2.1 percent in the third quarter.",
     "The economy grew 1.6 percent in the third quarter.", {"2.1 percent", "1.6 percent"}),
    ("a former manager's term is no earlier occasion's", "A former bank manager was jailed for seven years on Tuesday.",
     "A former bank manager was sentenced to nine years in prison on Tuesday.", {"seven years", "nine years"}),
    ("an opening dictionary word is no quote", "Prices rose 3 percent last month, the statistics office said.",
     "The statistics office said prices rose 4 percent last month.", {"3 percent", "4 percent"}),
    ("four sessions' loss told two ways", "Shares have lost 12 percent over four sessions.",
     "Shares have lost 15 percent over four sessions.", {"12 percent", "15 percent"}),
    ("an index called the benchmark", "The Nikkei rose 2 percent.", "The benchmark rose 3 percent.",
     {"2 percent", "3 percent"}),
    ("a currency told two ways", "Sterling rose 0.2 percent against the dollar.",
     "Sterling rose 0.5 percent against the dollar.", {"0.2 percent", "0.5 percent"}),
    ("the autumn forecast told two ways", "The Bank expects inflation to rise to 3.7 per cent by the autumn.",
     "The Bank expects inflation to rise to 3.9 per cent by the autumn.", {"3.7 per cent", "3.9 per cent"}),
    ("a turnout that does not round so", "Turnout was 49 per cent.", "Turnout was 49.6 percent.",
     {"49 per cent", "49.6 percent"}),
    ("a small rate is not rounded", "The central bank's rate is 4 percent.", "The central bank's rate is 4.3 percent.",
     {"4 percent", "4.3 percent"}),
    ("one time limit told two ways", "Just 71 per cent of patients were seen within four hours last month.",
     "Just 74 per cent of patients were seen within four hours last month.", {"71 per cent", "74 per cent"}),
]


@pytest.mark.parametrize("first, second, texts", pair_params(CONTROLS))
def test_a_real_disagreement_stays_a_conflict(first, second, texts):
    check_verdicts(report_pair(first, second), texts, {"conflict"})


def test_the_sets_and_lists_agree():
    names = set(_sets())
    assert set(PLANTED) <= names and set(MISSED) <= set(PLANTED) and set(FIXED) <= names and set(LEFT) <= names
    assert len(names) >= 30
