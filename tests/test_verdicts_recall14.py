"""Planted recall on review sets (issue 13, recall14): a percentage whose thing is a paraphrase.
A bid's premium over the target's share price is one measure whether it is told as "a premium of N
percent to X's closing price" or as "N percent more than the stock's closing price" (the time after
it is the price's, not the premium's); premiums over two prices (the last close, a 30-day average)
or of two bids (two prices a share) stay apart. The market's forecast is one measure whether the
forecasters come before the figure ("Economists polled by Meridian had expected inflation of 3.4
percent") or after it ("the 3.3 per cent economists had predicted"); forecasts of two named measures,
one bank's analysts and a company's own forecast stay apart. A trial's other arm is told alike after
"compared with" and after "against", "on chemotherapy alone" naming the arm (no part of it); two
outcomes of one arm (side effects / a response) stay apart. A change made to a thing is told by its
object before "by" ("to raise fuel prices by 18%", "reduce production of single-use plastics by 55
percent"); two objects ("prices" / "costs") and two target years stay apart. A pay demand standing
now is told by who wants it ("The union wants 8 per cent a year" / "is asking for raises of 8 percent
a year"); two groups' demands and an earlier demand stay apart. Invented pairs, each rule with near pairs that must
stay quiet."""
from __future__ import annotations

import pytest

from tests.test_verdicts import _report, check_verdicts

CASES = [
    ("a premium told as a premium and as more than the price",
     "Halbrook is paying $62 a share in cash, 27 percent more than Pellino's stock price at the end of last week.",
     "Halbrook will pay $62 per share, a premium of 42 percent to Pellino's closing price of $48.82 on Friday.",
     {"27 percent", "42 percent"}),
    ("a premium with the bidder named on one side only",
     "The British group is offering 412 crowns a share, 38 per cent more than the stock's closing price on Friday.",
     "Arkwell will pay 412 Danish crowns a share in cash, a premium of 53 percent to Nordlys' closing price on Friday.",
     {"38 per cent", "53 percent"}),
    ("the market's forecast told after the figure and before it",
     "That was higher than the 3.3 per cent economists had predicted, and it makes a rate cut less likely.",
     "Economists polled by Meridian had expected inflation of 3.6 percent. The central bank had forecast 3.4 percent.",
     {"3.3 per cent", "3.6 percent"}),
    ("the market's forecast of a change",
     "Comparable sales rose 3.1 percent in the quarter, ahead of the 1.2 percent analysts had expected.",
     "Sales at stores open at least a year rose 3.1% in the quarter. Analysts had forecast a 2.2% gain.",
     {"1.2 percent", "2.2%"}),
    ("a trial's other arm told by its treatment alone",
     "More than half of patients on the combination, 58 per cent, suffered serious side effects, including severe "
     "rashes, compared with 41 per cent of those who had chemotherapy alone.",
     "Serious side effects were more common with the combination, affecting 58 percent of patients compared with "
     "56 percent on chemotherapy alone.",
     {"41 per cent", "56 percent"}),
    ("a trial's other arm after 'against' and after 'compared with'",
     "About 7.9 per cent of those on the drug suffered a major heart event, against 9.8 per cent on placebo.",
     "After a median follow-up of 2.8 years, 7.9 percent of patients who received velocimab had a heart attack, "
     "stroke or died of heart disease, compared with 12.8 percent of those given the placebo.",
     {"9.8 per cent", "12.8 percent"}),
    ("a cut told by its object, 'cut' and 'reduce'",
     "Signatories agree to cut their production of single-use plastics by 40 per cent by 2035, compared with 2023.",
     "Forty-two countries signed a treaty on Friday to cut plastic waste flowing into the oceans, committing to "
     "reduce production of single-use plastics by 55 percent by 2035 from 2023 levels.",
     {"40 per cent", "55 percent"}),
    ("a pay demand told as wanted and as asked for",
     "At the bargaining table, the two sides remain far apart. The union wants 8 per cent a year; the province has offered 2 per cent.",
     "The union is asking for raises of 12 percent a year for three years to make up for a decade of pay growth that trailed inflation.",
     {"8 per cent", "12 percent"}),
    ("a pay demand with its year of another clause",
     "The dispute is over pay. NS offers a rise of 6 percent over two years. The FNV wants 9 percent.",
     "The FNV union is demanding a 14 percent pay rise over two years to make up for inflation, which it says cut "
     "workers' real wages by about 7 percent in 2022 and 2023.",
     {"9 percent", "14 percent"}),
]

QUIET = [
    ("two bids' premiums, told by two prices a share",
     "Rival bidder Zentra offered $70 a share, a premium of 50 percent to Pellino's closing price on Friday.",
     "Halbrook will pay $62 per share, a premium of 27 percent to Pellino's closing price on Friday.",
     {"50 percent", "27 percent"}),
    ("a premium over the last close and one over an average price",
     "Halbrook will pay $62 per share, a premium of 27 percent to Pellino's closing price on Friday.",
     "The offer of $62 a share is 40 percent more than Pellino's 30-day average price.",
     {"27 percent", "40 percent"}),
    ("a premium and the shares' rise above the offer",
     "Halbrook will pay $62 per share, a premium of 27 percent to Pellino's closing price on Friday.",
     "Pellino's shares closed 30 percent above the offer price on Monday.",
     {"27 percent", "30 percent"}),
    ("forecasts of two named measures",
     "Economists had expected inflation of 3.3 percent.",
     "Economists had expected core inflation of 3.0 percent.",
     {"3.3 percent", "3.0 percent"}),
    ("the consensus against one bank's analysts",
     "That was higher than the 3.3 per cent economists had predicted.",
     "Analysts at Goldman Sachs had expected inflation of 3.0 percent.",
     {"3.3 per cent", "3.0 percent"}),
    ("a quarter's forecast against a year's",
     "Growth was a touch better than the 0.1 per cent economists had forecast.",
     "Economists had expected 1.2 percent annual growth.",
     {"0.1 per cent", "1.2 percent"}),
    ("the market's forecast against the company's own",
     "Analysts had forecast comparable sales growth of 4 percent.",
     "Halstead forecast comparable sales growth of 2 percent for the year.",
     {"4 percent", "2 percent"}),
    ("two outcomes of a trial's placebo arm",
     "Serious side effects hit 20 percent of patients on the drug, compared with 12 percent on placebo.",
     "Some 45 percent of patients on the drug responded, compared with 30 percent on placebo.",
     {"12 percent", "30 percent"}),
    ("heart events and deaths of a placebo arm",
     "About 7.9 per cent of those on the drug suffered a major heart event, against 9.8 per cent on placebo.",
     "About 3.1 per cent of those on the drug died, against 4.4 per cent of those on placebo.",
     {"9.8 per cent", "4.4 per cent"}),
    ("two things cut",
     "The company will cut prices by 10 percent.",
     "The company plans to cut costs by 20 percent.",
     {"10 percent", "20 percent"}),
    ("two target years of one cut",
     "The countries agreed to cut emissions by 40 percent by 2030.",
     "The pact commits members to cut emissions by 90 percent by 2040.",
     {"40 percent", "90 percent"}),
    ("two groups' pay demands",
     "Nurses want a pay rise of 10 percent.",
     "Doctors are demanding a 15 percent pay rise.",
     {"10 percent", "15 percent"}),
    ("an earlier demand and the one standing",
     "The union initially demanded a 12 percent pay rise.",
     "The union wants 9 percent, and the offer stands at 3 percent.",
     {"12 percent", "9 percent"}),
    ("a demand and an offer",
     "The union wants 8 per cent a year.",
     "The province has offered 2 percent a year for four years.",
     {"8 per cent", "2 percent"}),
]


@pytest.mark.parametrize("title, first, second, texts", CASES, ids=[case[0] for case in CASES])
def test_one_measure_told_two_ways_conflicts(title, first, second, texts):
    check_verdicts(_report(first, second), texts, {"conflict"})


@pytest.mark.parametrize("title, first, second, texts", QUIET, ids=[case[0] for case in QUIET])
def test_near_pair_stays_quiet(title, first, second, texts):
    check_verdicts(_report(first, second), texts, None)
