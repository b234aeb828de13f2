"""dev's missed plants (issue 13, recall21): a place at one end of a route ("a transfer from a
prison unit in Tarnvik to one in Halden") was read as the holder of the clause's figure, and a
figure named for a place is never set against one named for none ("10 houses damaged in Tarnvik" may
be part of "40 houses damaged"). The guards the inmate pulled a gun on are the transfer's, not
Tarnvik's: an end of a route names no holder. A place told without the route's other end stays the
holder. Invented pairs, with near pairs that must stay quiet."""
from __future__ import annotations

import pytest

from tests.test_verdicts import _report, check_verdicts

CASES = [
    ("a route's end is no holder",
     "The inmate was in a wheelchair when he pulled a gun on two guards during a transfer from a prison unit in Tarnvik to one in Halden.",
     "A convicted robber pulled a gun on 7 guards during a prison transfer on Monday, authorities said.",
     {"two", "7"}),
    ("a flight's airport of departure is no holder",
     "The crash killed 14 passengers on a flight from an airport in Tarnvik to Halden on Sunday.",
     "The crash killed 31 passengers, officials said.",
     {"14", "31"}),
]

NEAR = [
    ("a place the figure is told in stays its holder: a part of the whole",
     "Officials evacuated 300 residents from homes in Tarnvik overnight.",
     "Officials evacuated 1,200 residents overnight as the river rose.",
     {"300", "1,200"}),
    ("a place where people died stays the holder",
     "Twelve people were killed in Tarnvik when the dam burst on Sunday.",
     "The dam burst killed 40 people, rescuers said.",
     {"Twelve", "40"}),
    ("a place after 'from' with no route's other end stays the holder",
     "The crash killed 14 passengers on a flight from an airport in Tarnvik on Sunday.",
     "The crash killed 31 passengers, officials said.",
     {"14", "31"}),
    ("two places, each a holder",
     "Floods forced 300 residents from their homes in Tarnvik.",
     "Floods forced 800 residents from their homes in Halden.",
     {"300", "800"}),
]


@pytest.mark.parametrize("title, first, second, texts", CASES, ids=[case[0] for case in CASES])
def test_a_route_end_names_no_holder(title, first, second, texts):
    check_verdicts(_report(first, second), texts, {"conflict"})


@pytest.mark.parametrize("title, first, second, texts", NEAR, ids=[case[0] for case in NEAR])
def test_near_pairs_stay_quiet(title, first, second, texts):
    check_verdicts(_report(first, second), texts, None)
