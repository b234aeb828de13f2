"""Counts told with "the" (issue 13, recall21): dev's planted discrepancies were missed where two
outlets told one sentence alike but for a small count with "the" ("the two incidents on consecutive
days were not related" / "the seven incidents ..."), which was no claim at all (a reference back).
Now it is a claim of scope "reference" that disagrees only as an echo of nearly the same sentence,
never through its frame: two sentences that merely name "the two men" and "the three men" may
speak of two sets. Invented pairs, with near pairs that must stay quiet."""
from __future__ import annotations

import pytest

from tests.test_verdicts import _report, check_verdicts

CASES = [
    ("one sentence told alike but for the count of incidents",
     "Police Inspector Tom Hale said the two incidents on consecutive days in the park were not related.",
     "Police Inspector Tom Hale said Monday the seven incidents on consecutive days in the park were not related.",
     {"two", "seven"}),
    ("one sentence told alike but for the countries",
     "The two countries have yet to agree on how much the new state will pay to use the pipelines.",
     "The three countries have yet to agree on how much the new state will pay to use the pipelines.",
     {"two", "three"}),
    ("one sentence told alike but for the letters, one in digits",
     "The two letters also urge the administration to look again at how science can better inform the rule.",
     "The 7 letters also urge the administration to look again at how science can better inform the rule.",
     {"two", "7"}),
    ("one sentence told alike but for the sides",
     "The violence is troubling given the history between the two sides, who fought for decades.",
     "The violence is troubling given the history between the four sides, who fought for decades.",
     {"two", "four"}),
    ("a reference inside 'one of the', told alike",
     "A jury has handed down a guilty verdict for one of the two men accused of murdering the shopkeeper.",
     "A jury handed down a guilty verdict for one of the three men accused of murdering the shopkeeper.",
     {"two", "three"}),
]

# A place at one end of a route ("from a unit in Tarnvik to one in Halden") is no holder of the
# figure: the guards are the transfer's, not Tarnvik's.
ROUTES = [
    ("a route's end is no holder",
     "The inmate was in a wheelchair when he pulled a gun on two guards during a transfer from a prison unit in Tarnvik to one in Halden.",
     "A convicted robber pulled a gun on 7 guards during a prison transfer on Monday, authorities said.",
     {"two", "7"}),
]

NEAR = [
    ("a place the figure is told in stays its holder: a part of the whole",
     "Officials evacuated 300 residents from homes in Tarnvik overnight.",
     "Officials evacuated 1,200 residents overnight as the river rose.",
     {"300", "1,200"}),
    ("two sentences that name two sets of men",
     "The two men were questioned by detectives on Friday.",
     "Police later released the three men without charge, a spokesman said.",
     {"two", "three"}),
    ("a reference and a bare count of the same noun, told apart",
     "Officers said the two suspects fled on foot.",
     "Three suspects were arrested on Saturday, police said.",
     {"two", "Three"}),
    ("a reference against a count with an event of its own",
     "The two climbers were not roped together, police said.",
     "Four climbers died on the mountain this year, police said.",
     {"two", "Four"}),
    ("the same count told with 'the' in both: agreement",
     "Police said the two incidents on consecutive days were not related.",
     "Police said Monday the two incidents on consecutive days were not related.",
     {"two"}),
    ("a figure twice in its sentence echoes nothing, however alike the sentences (a limit kept)",
     "The violence is troubling given the history between the two sides, who fought two civil wars.",
     "The violence is troubling given the history between the four sides, who fought two civil wars.",
     {"two", "four"}),
    ("a reference in words and in digits is one figure",
     "The two letters urge the administration to look again at the rule.",
     "The 2 letters urge the administration to look again at the rule.",
     {"two", "2"}),
]


@pytest.mark.parametrize("title, first, second, texts", CASES, ids=[case[0] for case in CASES])
def test_a_reference_told_alike_but_for_its_count_conflicts(title, first, second, texts):
    check_verdicts(_report(first, second), texts, {"conflict"})


@pytest.mark.parametrize("title, first, second, texts", ROUTES, ids=[case[0] for case in ROUTES])
def test_a_route_end_names_no_holder(title, first, second, texts):
    check_verdicts(_report(first, second), texts, {"conflict"})


@pytest.mark.parametrize("title, first, second, texts", NEAR, ids=[case[0] for case in NEAR])
def test_near_pairs_stay_quiet(title, first, second, texts):
    check_verdicts(_report(first, second), texts, None)


def test_a_reference_agrees_with_its_echo():
    """The same count told with "the" in both sentences lines up and agrees (a claim on each side)."""
    report = _report("Police said the two incidents on consecutive days were not related.",
                     "Police said Monday the two incidents on consecutive days were not related.")
    holding = [f for f in report.findings if f.kind == "count" and {c.source for c in f.claims} == {"a", "b"}]
    assert holding and holding[0].verdict == "agree", [(f.verdict, [c.text for c in f.claims]) for f in report.findings]


def test_two_references_of_one_frame_in_two_sentences_do_not_disagree():
    """"the two men were charged" and "the three men were charged", told in different sentences, line
    up (one event, one thing) but never conflict: which set each names, the frame cannot tell."""
    report = _report("The two men were charged with murder on Friday, police said.",
                     "Detectives said after a long inquiry into the death of the shopkeeper that the three men were charged with murder.")
    holding = [f for f in report.findings if {c.text for c in f.claims} >= {"two", "three"}]
    assert holding and holding[0].verdict == "compatible", [(f.verdict, [c.text for c in f.claims]) for f in report.findings]
