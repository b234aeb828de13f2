"""Planted recall on long news the rules were not written on (issue 13, recall10): review12's and
review13's long sets lost planted discrepancies where a percentage's thing or period was read wrong,
two tellings of one thing were taken for two kinds, "last year" and "in 2024" for two times, and a
player's name that is also a word ("Bell") or a "He" after "Bell, 27," lost its holder. Invented
pairs, each with a control that must stay apart."""
from __future__ import annotations

import pytest

from tests.test_verdicts import _report, check_verdicts

CASES = [
    # A change told with "slipped", "leapt", "jumps" (a headline's present) is a change like "fell".
    ("a change told with slipped",
     "Furniture sales slipped 4 percent to $3.3 billion in the quarter.",
     "Furniture sales fell 9 percent to $3.3 billion in the quarter.",
     {"4 percent", "9 percent"}, {"conflict"}),
    ("a change told with leapt",
     "Its shares leapt 21 per cent on their first day of trading.",
     "Its shares jumped 35 percent on their first day of trading.",
     {"21 per cent", "35 percent"}, {"conflict"}),
    # An aside between the subject and its verb is not what changed.
    ("an aside after the subject",
     "Furniture sales, still the chain's biggest business, slipped 4 percent.",
     "Furniture sales fell 9 percent.",
     {"4 percent", "9 percent"}, {"conflict"}),
    ("a relative clause after the subject",
     "Comparable sales, which leave out newly opened shops, rose 2.4 percent.",
     "Comparable sales rose 5.2 percent, the company said.",
     {"2.4 percent", "5.2 percent"}, {"conflict"}),
    # "Total" and "overall" restate the thing; "sales of furniture" is "furniture sales".
    ("total and overall revenue are one",
     "Total revenue rose 6 percent to $9.1 billion, the company said on Tuesday.",
     "Overall revenue rose 11 percent to $9.1 billion, the company said on Tuesday.",
     {"6 percent", "11 percent"}, {"conflict"}),
    ("sales of a kind told after the head",
     "Sales of furniture, the chain's oldest line, fell 4 percent to $3.3 billion.",
     "Furniture sales dropped 9 percent to $3.3 billion.",
     {"4 percent", "9 percent"}, {"conflict"}),
    # The period a change runs over is its own clause's: "this year" beside another clause's year is
    # still this year's, "since 2019" is a comparison's base, "from a year earlier" another clause's.
    ("this year beside another clause's year",
     "Before the results, the stock had lost 12 percent this year, and it fell 30 percent in 2024.",
     "The stock had fallen 19 percent since the start of the year.",
     {"12 percent", "19 percent"}, {"conflict"}),
    ("a fastest pace since a year",
     "Online bookings grew 21%, the fastest pace since 2019.",
     "Online bookings jumped 36 percent, and repeat visits doubled from a year earlier.",
     {"21%", "36 percent"}, {"conflict"}),
    # "last year" and "in 2023" (in articles of 2024) name one past time.
    ("last year and the year's number",
     "Its shares fell 37 percent last year, a worse run than its rivals had.",
     "Investors were wary: its shares fell 22 percent in 2023 as rivals gained.",
     {"37 percent", "22 percent"}, {"conflict"}),
    ("a past year's count told both ways",
     "Carmakers recalled a record 35 million vehicles in 2023, regulators said.",
     "Carmakers recalled a record 70 million vehicles last year, regulators said.",
     {"35 million", "70 million"}, {"conflict"}),
    # A player's surname that is also a dictionary word, opening a statistic's sentence before its verb.
    ("a surname that is a word, before a statistic",
     "Marcus Bell added 21 points and nine assists for the Hawks.",
     "Bell finished with 25 points and nine assists.",
     {"21", "25"}, {"conflict"}),
    # "He" after "Bell, 27, was hurt": the age's comma no longer hides the verb after the apposition;
    # "in Monday's win" is a game, not a place one side names.
    ("he after a name with its age",
     "Hawks guard Marcus Bell had 21 points in Monday's win before he was hurt.",
     "Bell, 27, was hurt in the third quarter. He left the game with 25 points and nine assists.",
     {"21", "25"}, {"conflict"}),
]
QUIET = [
    ("he after another name with its age",
     "Hawks guard Marcus Bell had 21 points in Monday's win before he was hurt.",
     "Price, 27, was hurt in the third quarter. He left the game with 25 points and nine assists.",
     {"21", "25"}),
    ("another player's statistic opening with a word's name",
     "Marcus Bell added 21 points and nine assists for the Hawks.",
     "Price finished with 25 points and nine assists.",
     {"21", "25"}),
    ("last year is not the year before",
     "Its shares fell 37 percent last year, a worse run than its rivals had.",
     "Investors were wary: its shares fell 22 percent in 2022 as rivals gained.",
     {"37 percent", "22 percent"}),
    ("a past year's count is not the year before's",
     "Carmakers recalled a record 35 million vehicles in 2022, regulators said.",
     "Carmakers recalled a record 70 million vehicles last year, regulators said.",
     {"35 million", "70 million"}),
    ("a year's change is not this year's",
     "Before the results, the stock had lost 12 percent this year, and it fell 30 percent in 2024.",
     "The stock fell 19 percent in 2024.",
     {"12 percent", "19 percent"}),
    ("a change of a past year is not the news",
     "Online bookings grew 21% in 2019.",
     "Online bookings jumped 36 percent.",
     {"21%", "36 percent"}),
    ("an aside does not join two kinds",
     "Furniture sales, still the chain's biggest business, slipped 4 percent.",
     "Garden sales fell 9 percent.",
     {"4 percent", "9 percent"}),
    ("total revenue is not one unit's",
     "Total revenue rose 6 percent to $9.1 billion, the company said on Tuesday.",
     "Cloud revenue rose 11 percent to $2.1 billion, the company said on Tuesday.",
     {"6 percent", "11 percent"}),
    ("sales of one kind are not another kind's",
     "Sales of furniture fell 4 percent to $3.3 billion.",
     "Garden sales dropped 9 percent to $1.3 billion.",
     {"4 percent", "9 percent"}),
    ("a relative clause's subject is not another subject",
     "Comparable sales, which leave out newly opened shops, rose 2.4 percent.",
     "Online sales rose 5.2 percent, the company said.",
     {"2.4 percent", "5.2 percent"}),
]


@pytest.mark.parametrize("title, first, second, texts, verdicts", CASES, ids=[case[0] for case in CASES])
def test_one_thing_told_two_ways_conflicts(title, first, second, texts, verdicts):
    check_verdicts(_report(first, second), texts, verdicts)


@pytest.mark.parametrize("title, first, second, texts", QUIET, ids=[case[0] for case in QUIET])
def test_two_things_stay_apart(title, first, second, texts):
    check_verdicts(_report(first, second), texts, None)
