"""One fact told in two verbs or two nouns (issue 13, recall16): planted discrepancies on review18's
unseen news were missed where one article said a place "welcomed" visitors and the other "received"
people, where a price "rose to a record" on one side and "touched a new high of" on the other, and
where police "arrested 12 people" against "21 suspects were arrested", and where an obituary's "She
leaves three children" stood against "is survived by three children". Invented pairs, each rule with
a near pair that must stay quiet."""
from __future__ import annotations

import pytest

from tests.test_verdicts import _report, check_verdicts

CASES = [
    ("a place's visitors, welcomed and received",
     "The museum welcomed 9.2 million visitors last year, it said.",
     "The most visited museum in the world received 8.9 million people last year.",
     {"9.2 million", "8.9 million"}),
    ("a place's visitors, drawn and visiting",
     "The cathedral drew 2.1 million tourists last year.",
     "About 2.6 million people visited the cathedral last year.",
     {"2.1 million", "About 2.6 million"}),
    ("a price's record, rose to a record and touched a new high",
     "Gold rose to a record $2,789.92 an ounce on Friday.",
     "Gold touched a new high of $2,798.92 an ounce on Friday.",
     {"$2,789.92", "$2,798.92"}),
    ("a price's record, an all-time high and a record high",
     "Bitcoin hit an all-time high of $109,000 on Monday.",
     "Bitcoin climbed to a record high of $106,500 on Monday.",
     {"$109,000", "$106,500"}),
    ("the people an arrest took, people and suspects",
     "Police arrested 12 people on Tuesday, prosecutors said.",
     "Twenty-one suspects have been arrested, prosecutors said on Tuesday.",
     {"12", "Twenty-one"}),
    ("an obituary's family, left behind and surviving",
     "She leaves three children, nine grandchildren and two great-grandchildren.",
     "She is survived by three children and seven grandchildren.",
     {"nine", "seven"}),
    ("customers added, signed up and added",
     "Netflix signed up 16 million new subscribers, the company said on Thursday.",
     "Netflix added 19 million subscribers, the company said on Thursday.",
     {"16 million", "19 million"}),
]

NEAR = [
    ("people received where nothing speaks of visits are no visitors",
     "Germany received 1.1 million people last year.",
     "The museum welcomed 900,000 visitors last year.",
     {"1.1 million", "900,000"}),
    ("a rise to a price is no record",
     "Gold rose to $2,750.10 an ounce on Friday.",
     "Gold touched a new high of $2,798.92 an ounce on Friday.",
     {"$2,750.10", "$2,798.92"}),
    ("an old record passed is not the new one",
     "The stock passed its previous record high of $2,700 on Friday.",
     "The stock hit a record high of $2,798.92 on Friday.",
     {"$2,700", "$2,798.92"}),
    ("the people arrested are not the people questioned",
     "Police arrested 12 people on Tuesday.",
     "Police questioned 30 suspects on Tuesday.",
     {"12", "30"}),
    ("children a storm leaves without schools are not a family that survives",
     "Storm Bert leaves 300 children without schools.",
     "She is survived by 3 children.",
     {"300", "3"}),
    ("the customers added are not the customers it has",
     "Netflix signed up 16 million new subscribers in the quarter.",
     "Netflix ended the quarter with 320.6 million subscribers.",
     {"16 million", "320.6 million"}),
]


@pytest.mark.parametrize("title, first, second, texts", CASES, ids=[case[0] for case in CASES])
def test_one_fact_told_two_ways_conflicts(title, first, second, texts):
    check_verdicts(_report(first, second), texts, {"conflict"})


@pytest.mark.parametrize("title, first, second, texts", NEAR, ids=[case[0] for case in NEAR])
def test_near_pairs_stay_quiet(title, first, second, texts):
    check_verdicts(_report(first, second), texts, None)
