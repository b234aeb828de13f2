"""Planted recall on review sets (issue 13, recall14): a percentage whose thing is a paraphrase.
A bid's premium over the target's share price is one measure whether it is told as "a premium of N
percent to X's closing price" or as "N percent more than the stock's closing price" (the time after
it is the price's, not the premium's); premiums over two prices (the last close, a 30-day average)
or of two bids (two prices a share) stay apart. Invented pairs, each rule with near pairs that must
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
]


@pytest.mark.parametrize("title, first, second, texts", CASES, ids=[case[0] for case in CASES])
def test_one_measure_told_two_ways_conflicts(title, first, second, texts):
    check_verdicts(_report(first, second), texts, {"conflict"})


@pytest.mark.parametrize("title, first, second, texts", QUIET, ids=[case[0] for case in QUIET])
def test_near_pair_stays_quiet(title, first, second, texts):
    check_verdicts(_report(first, second), texts, None)
