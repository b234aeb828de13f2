"""A figure too thin to tell what it counts ("At least 23 people died") may stand with claims it
agrees with, never against them (align.frames_compatible). It must not join a figure of history
that both articles tell ("In 2019 a landslide killed 57 people"): the group came out
``compatible`` and showed an editor today's toll beside another year's. Told on one side only, a
history is joined by the very same figure alone; two histories of other years are never one group.
Controls: the same exact figure with and without its year still agrees."""
from __future__ import annotations

import pytest

from tests.test_verdicts import _report

APART = [
    ("a thin 'at least' toll and an earlier landslide's dead",
     "At least 23 people died. In 2019 a landslide killed 57 people.",
     "In 2019 a landslide killed 57 people in the district.",
     "At least 23", "57"),
    ("a thin 'at least' toll and the year a later sentence names",
     "Rescuers said at least 23 people were dead. A landslide in 2019 killed 57 people.",
     "Monday's landslide is the worst since 2019, when 57 people were killed.",
     "at least 23", "57"),
    ("a thin 'more than' count and an earlier year's count",
     "More than 40 homes were buried. In 2019 a landslide buried 57 homes.",
     "In 2019 a landslide buried 57 homes.",
     "More than 40", "57"),
    ("two histories of two years",
     "In 2004 a tsunami killed 230,000 people. In September 2009 an earthquake killed more than 1,000 people.",
     "A tsunami in 2004 killed 230,000 people. An earthquake in 2009 killed more than 1,000.",
     "more than 1,000", "230,000"),
]

TOGETHER = [
    ("one toll with and without its year",
     "He killed four people in a courthouse escape.",
     "He went on a shooting rampage at a courthouse in 2005, killing four people.",
     "four", "four"),
    ("one history told by both with its year",
     "In 2019 a landslide killed 57 people.",
     "A landslide in 2019 killed 57 people nearby.",
     "57", "57"),
]


def _group_of(report, text: str, source: str):
    return next(f for f in report.findings if any(c.text == text and c.source == source for c in f.claims))


@pytest.mark.parametrize("title, first, second, thin, history", APART, ids=[case[0] for case in APART])
def test_a_thin_figure_stays_out_of_another_times_group(title, first, second, thin, history):
    report = _report(first, second)
    group = _group_of(report, thin, "a")
    assert history not in {c.text for c in group.claims}, (group.verdict, [c.text for c in group.claims])
    assert all(f.verdict != "conflict" for f in report.findings)


@pytest.mark.parametrize("title, first, second, one, other", TOGETHER, ids=[case[0] for case in TOGETHER])
def test_the_same_figure_of_one_time_agrees(title, first, second, one, other):
    group = _group_of(_report(first, second), one, "a")
    assert group.verdict == "agree" and {("a", one), ("b", other)} <= {(c.source, c.text) for c in group.claims}
