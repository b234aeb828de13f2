"""A hostile review (review16) of the rules merged in the rounds dates9, recall9, recall10 and review15:
invented pairs that attack each rule from both sides, a real discrepancy a quieting rule hides and a
false conflict a recall rule makes. Each fixed case has a control that must keep its verdict."""
from __future__ import annotations

import pytest

from tests.test_verdicts import _report, check_verdicts

# (title, article a, article b, the claim texts one finding must hold, the verdicts allowed;
#  None: no finding may hold a claim of each text across the two articles as a conflict)
CASES = [
    # A measure word that is also a verb's form ("shares", "costs") is the measure, not a verb read as
    # the thing (align/measures.py): its own kind, never the sentence's opening word.
    ("shares and profit are two measures, though 'shares' is also a verb",
     "Its shares jumped 21 per cent on Tuesday.",
     "Its profit jumped 35 percent on Tuesday.",
     {"21 per cent", "35 percent"}, None),
    ("control: shares told two ways still conflict",
     "Its shares jumped 21 per cent on Tuesday.",
     "Its shares jumped 35 percent on Tuesday.",
     {"21 per cent", "35 percent"}, {"conflict"}),
    # Whom a company tells its forecast is no forecaster (compare/owners.py): "told investors it now
    # expects" is the company's own guidance, as "now expects" is.
    ("guidance told to investors is still the company's guidance",
     "The company told investors it now expects profit of 1.6 billion euros.",
     "The company now expects profit of 1.2 billion euros.",
     {"1.6 billion euros", "1.2 billion euros"}, {"conflict"}),
    ("control: the analysts' consensus is not the company's guidance",
     "The company now expects profit of 1.6 billion euros.",
     "Analysts had expected profit of 1.2 billion euros.",
     {"1.6 billion euros", "1.2 billion euros"}, None),
    # A stretch of sessions told in words or digits is one stretch (compare/hanging.py).
    ("over four sessions and over 4 sessions are one stretch",
     "The stock lost 12 per cent over four sessions.",
     "The stock lost 19 percent over 4 sessions.",
     {"12 per cent", "19 percent"}, {"conflict"}),
    ("three sessions are not three weeks",
     "Shares of the bank have lost 12 per cent in three straight sessions.",
     "Shares of the bank have lost 19 percent in three straight weeks.",
     {"12 per cent", "19 percent"}, None),
    ("control: four sessions are four days of trading",
     "The stock lost 12 per cent over four sessions.",
     "The stock lost 19 percent over four days.",
     {"12 per cent", "19 percent"}, {"conflict"}),
    ("control: four sessions are not five",
     "The stock lost 12 per cent over four sessions.",
     "The stock lost 19 percent over 5 sessions.",
     {"12 per cent", "19 percent"}, None),
    # A target told after a share is the target of the time limit told before it (compare/thresholds.py):
    # the merged rounds lost the "since 2016" period that had kept these apart (review15's hospital set).
    ("targets of two time limits are two targets",
     "Cancer care lagged: 68 per cent of patients started treatment within 62 days, against a target of 85 per cent.",
     "Just over 59 percent were treated within 18 weeks, against a target of 92 percent that has not been met since 2016.",
     {"85 per cent", "92 percent"}, None),
    ("control: one limit's target told two ways conflicts",
     "Cancer care lagged: 68 per cent of patients started treatment within 62 days, against a target of 85 per cent.",
     "Just 70 percent started treatment within 62 days, against a target of 92 percent.",
     {"85 per cent", "92 percent"}, {"conflict"}),
    # The subject before an aside (extract/percents.py, recall10) also before a contrast ("unlike ...")
    # or a source ("Comets Group said"): the aside is not what changed.
    ("a contrast told aside is not the thing that fell",
     "Furniture sales, unlike garden sales, fell 4 percent.",
     "Garden sales fell 9 percent.",
     {"4 percent", "9 percent"}, None),
    ("control: the subject before a contrast conflicts with itself",
     "Furniture sales, unlike garden sales, fell 4 percent.",
     "Furniture sales fell 9 percent.",
     {"4 percent", "9 percent"}, {"conflict"}),
    ("a source told aside is not the thing that rose",
     "Profit, Comets Group said, rose 4 percent.",
     "Revenue, Comets Group said, rose 9 percent.",
     {"4 percent", "9 percent"}, None),
    ("control: one measure told with its source aside conflicts",
     "Profit, Comets Group said, rose 4 percent.",
     "Profit rose 9 percent, Comets Group said.",
     {"4 percent", "9 percent"}, {"conflict"}),
    # "two or three weeks" is one length from two to three weeks (extract/durations.py), not "three weeks".
    ("two or three weeks allows two weeks",
     "The strike lasted two or three weeks, the union said.",
     "The strike lasted two weeks, the union said.",
     {"two or three weeks", "two weeks"}, {"agree", "compatible"}),
    ("control: two or three weeks does not allow two months",
     "The strike lasted two or three weeks, the union said.",
     "The strike lasted two months, the union said.",
     {"two or three weeks", "two months"}, {"conflict"}),
    # A "which" clause after a past date is that date's (review15) but not after "since": "the worst
    # since 2016, which destroyed 49 homes" tells this blaze's toll (extract/frame_time.py).
    ("a which clause after a since-year is the news's own figure",
     "The blaze, the worst since 2016, which destroyed 49 homes, is now contained.",
     "The blaze destroyed 60 homes before it was contained.",
     {"49", "60"}, {"conflict"}),
    ("control: a which clause of a past fire in a year is history",
     "It was the worst blaze since the fire in 2016, which destroyed 49 homes.",
     "The blaze destroyed 60 homes before it was contained.",
     {"49", "60"}, None),
]


@pytest.mark.parametrize("title, first, second, texts, verdicts", CASES, ids=[case[0] for case in CASES])
def test_review16_pairs(title, first, second, texts, verdicts):
    check_verdicts(_report(first, second), texts, verdicts)


# Wrong results found and not fixed in this round (strict xfails, each with its reason).
LEFT = [
    # New with recall10's word-names (extract/stat_names.py): "Brown" now reads as a player; a team told
    # with each figure is not read as a holder, so two teams' Browns meet (as two teams' "Tatum" did before).
    pytest.param("Jaylen Brown scored 21 points as Boston beat Miami.",
                 "Brown finished with 25 points as Miami beat Boston.",
                 {"21", "25"}, None, id="two teams' players of one word-surname",
                 marks=pytest.mark.xfail(strict=True, reason="a player's team is no holder: surnames alone meet")),
    # Older than this session: an echo joins two measures told in one frame of words beside different figures.
    pytest.param("Comets Group's revenue was $4 billion, a rise of 12 percent.",
                 "Comets Group's profit was $1 billion, a rise of 19 percent.",
                 {"12 percent", "19 percent"}, None, id="revenue's rise and profit's rise echoed",
                 marks=pytest.mark.xfail(strict=True, reason="echo: ', a rise of N percent' is read with no change and no thing")),
    pytest.param("The Dow closed at 38,000, the Nasdaq at 16,000, a drop of 2 percent.",
                 "The Dow closed at 38,000, a drop of 3 percent.",
                 {"2 percent", "3 percent"}, None, id="a gapped list's second index echoed",
                 marks=pytest.mark.xfail(strict=True, reason="echo: the longer sentence names more, its holder unchecked")),
    pytest.param("Support for the mayor fell 4 percent in the poll.",
                 "Support for the governor fell 9 percent in the poll.",
                 {"4 percent", "9 percent"}, None, id="support for two people",
                 marks=pytest.mark.xfail(strict=True, reason="a thing's 'for' phrase is not read as whose it is")),
    pytest.param("Sales, excluding fuel, rose 4 percent.",
                 "Sales rose 9 percent.",
                 {"4 percent", "9 percent"}, None, id="sales without fuel and all sales"),  # precision22: a part left out (compare/parts.py)
    # Real discrepancies still missed (older than this session).
    pytest.param("The stock has lost 12 percent this year and 5 percent this month.",
                 "The stock has lost 9 percent this month.",
                 {"5 percent", "9 percent"}, {"conflict"}, id="this month's loss after this year's",
                 marks=pytest.mark.xfail(strict=True, reason="a second figure with its verb left out is read with no change")),
    pytest.param("59 per cent of patients had been waiting less than 18 weeks.",
                 "Some 66 percent of patients had waited under 18 weeks.",
                 {"59 per cent", "66 percent"}, {"conflict"}, id="one time limit's share told two ways",
                 marks=pytest.mark.xfail(strict=True, reason="'had been waiting' and 'had waited' are read as two things")),
]


@pytest.mark.parametrize("first, second, texts, verdicts", LEFT)
def test_review16_left(first, second, texts, verdicts):
    check_verdicts(_report(first, second), texts, verdicts)
