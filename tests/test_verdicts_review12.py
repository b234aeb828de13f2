"""Precision review 12 (issue 13): long same-event articles of incident news.

Each folder of tests/review12/ is one invented event told by two to four outlets the way wire
copy, national and local papers write it: tolls that rise between editions, "at least", injured
and hospitalised, part and whole, figures from different authorities, background of an earlier
event of the kind, game, season and career statistics, weekdays and full dates. The folder is
checked as a corpus of one story. Nothing in a set is a real discrepancy except the planted
ones (``PLANTED``), which must stay conflicts."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_verdicts import _report as report_pair
from tests.test_verdicts import check_verdicts, conflict_texts, report_of_set

SETS = Path(__file__).parent / "review12"


def _report(name: str):
    return report_of_set(SETS / name)


_conflicts = conflict_texts


# The one real discrepancy planted in a set: the texts of its two claims.
PLANTED = {
    "fire": {"11", "Fourteen"},  # a radio brief's toll, the same day as two others' 11
    "trial": {"nine years", "seven years"},  # the sentence
    "transfer": {"45 million pounds", "40 million pounds"},  # the fee
    "basketball": {"28", "24"},  # the losing side's top scorer's points
    "buscrash": {"43", "38"},  # passengers on board
}
# Planted discrepancies the check does not find yet (recall, not precision: left as xfail).
MISSED = {
    "transfer": "'a club-record fee of 45 million pounds' and 'a club-record 40 million pounds' read as records with no "
                "event (too thin to group)",
    "basketball": "'Price scored 24 for the Lions' gives no counted noun to line up with '28 points'",
    "buscrash": "'carrying 43 passengers' and 'with 38 passengers on board' get other frames",
}
# False conflicts the review found, each fixed by a rule (kept here so they stay quiet).
FIXED = {
    "quake": "a past quake's toll told in 'in 2009, when a tremor killed 9 people' (frame_time.past_time)",
    "ceasefire": "'A previous ceasefire collapsed after six weeks' against the new '30-day ceasefire' (duration_frame)",
}


def _sets() -> list[str]:
    return sorted(path.name for path in SETS.iterdir() if path.is_dir())


@pytest.mark.parametrize("name", _sets())
def test_no_false_conflict_in_a_set(name):
    planted = PLANTED.get(name)
    false = [texts for texts in _conflicts(_report(name)) if not (planted and planted <= texts)]
    assert not false, false


@pytest.mark.parametrize("name", [pytest.param(name, marks=pytest.mark.xfail(strict=True, reason=MISSED[name]))
                                  if name in MISSED else name for name in sorted(PLANTED)])
def test_a_planted_discrepancy_is_a_conflict(name):
    assert any(PLANTED[name] <= texts for texts in _conflicts(_report(name))), _conflicts(_report(name))


def test_the_sets_and_lists_agree():
    assert set(PLANTED) | set(FIXED) <= set(_sets()) and set(MISSED) <= set(PLANTED) and len(_sets()) >= 12


# Short pairs the review probed with, drawn from the sets' sentences: false conflicts when found.
PAIRS = [
    ("fire: homes or outbuildings count more than the homes",
     "The fire destroyed 45 homes and damaged 30 others.", "The fire destroyed 75 homes or outbuildings.", {"45", "75"}),
    ("fire: homes and businesses count more than the homes",
     "The fire destroyed 45 homes.", "The fire destroyed 75 homes and businesses.", {"45", "75"}),
    ("trial: the time served in custody is not the sentence",
     "The court sentenced him to nine years. He has already spent 10 months in custody.",
     "He will serve nine years, minus the 10 months he spent in custody.", {"10 months", "nine years"}),
    ("trial: the time spent in custody is not the sentence it is taken from",
     "He will serve nine years, minus the time he spent in custody.",
     "He has already spent 10 months in custody.", {"nine years", "10 months"}),
    ("shooting: a toll that counts the shooter is not the victims'",
     "The shooter killed four people before turning the gun on himself.", "Five people died, including the shooter.",
     {"four", "Five"}),
    ("bombing: a toll that counts the bomber is not the victims'",
     "Seven people were killed, including the suicide bomber.", "The bomber killed six people.", {"Seven", "six"}),
    ("strikes: a night's targets are not a day's",
     "The military said it had struck 40 targets in 24 hours.", "The military said it struck 12 targets overnight.",
     {"40", "12"}),
    ("shooting: the rounds the suspect fired are not the rounds police fired",
     "Police fired 14 shots. The suspect fired about 30 rounds.", "Officers fired 14 rounds at the suspect.",
     {"about 30", "14"}),
    ("shooting: the suspect's rounds and the police's, one each",
     "The suspect fired 30 rounds.", "Police fired 14 rounds.", {"30", "14"}),
    ("bombing: last month's bombing is another event",
     "A car bomb killed 14 people on Monday. Last month's market bombing killed 11 people.",
     "A car bomb killed 14 people on Monday. On February 12, a bomb at a market killed eight people.", {"14", "11"}),
]


@pytest.mark.parametrize("title, first, second, texts", PAIRS, ids=[case[0] for case in PAIRS])
def test_no_false_conflict_in_a_pair(title, first, second, texts):
    check_verdicts(report_pair(first, second), texts, None)


# The rules' controls, as pairs: two tellings of the same earlier event still disagree, and a
# "when" clause after the story's own day is the story's.
CONTROLS = [
    ("an earlier quake's toll told two ways",
     "The region was last hit by a deadly quake in 2009, when a tremor killed 9 people.",
     "The region was last hit by a deadly quake in 2009, when a tremor killed 12 people.", {"9", "12"}),
    ("the story's own day before 'when'",
     "The quake struck on Tuesday, when a tremor killed 14 people in the hills.",
     "The quake struck on Tuesday, when a tremor killed 19 people in the hills.", {"14", "19"}),
    ("fire: the same homes and businesses told two ways",
     "The fire destroyed 45 homes and businesses.", "The fire destroyed 75 homes and businesses.", {"45", "75"}),
    ("bomb: a toll and another verb after 'and'",
     "The bomb killed 14 people and wounded 30.", "The bomb killed 19 people.", {"14", "19"}),
    ("raid: arrests and a seizure after 'and'",
     "Police arrested 27 people and seized drugs.", "Police arrested 30 people.", {"27", "30"}),
    ("bombing: this week's toll is the story's",
     "A car bomb killed 14 people on Monday.", "This week's car bombing killed 19 people.", {"14", "19"}),
    ("trial: two sentences served, another figure after one",
     "He was jailed for nine years, minus the time he spent in custody.",
     "He was jailed for seven years, minus the 10 months he spent in custody.", {"nine years", "seven years"}),
    ("shooting: two tolls that both count the gunman",
     "Five people died, including the shooter.", "Six people died, including the gunman.", {"Five", "Six"}),
    ("shooting: 'including the gunman's wife' counts a victim",
     "Five people died, including the gunman's wife.", "The gunman killed four people.", {"Five", "four"}),
    ("strikes: two counts of a day's targets",
     "The military said it had struck 40 targets in 24 hours.", "The military said it struck 30 targets in 24 hours.",
     {"40", "30"}),
    ("strikes: two counts of a night's targets",
     "The military said it struck 12 targets overnight.", "The military said it struck 20 targets overnight.", {"12", "20"}),
    ("shooting: the rounds police fired, told two ways",
     "Police fired 14 rounds.", "Officers fired 20 rounds at the suspect.", {"14", "20"}),
    ("shooting: the rounds the gunman fired, one account said by police",
     "The gunman fired 30 rounds.", "Police said the gunman fired about 50 rounds.", {"30", "about 50"}),
    ("the new truce's length, with an earlier truce told beside it",
     "Guns fell silent on Tuesday, the first day of a 30-day ceasefire. A previous ceasefire, in 2022, collapsed "
     "after six weeks.",
     "Guns fell silent on Tuesday, the first day of a 40-day ceasefire.", {"30-day", "40-day"}),
]
# (An earlier truce's length told two ways is now quiet: a length of the past is history, told
# in passing, and history's dates and lengths only agree (extract/frames.is_thin).)


@pytest.mark.parametrize("title, first, second, texts", CONTROLS, ids=[case[0] for case in CONTROLS])
def test_a_real_disagreement_stays_a_conflict(title, first, second, texts):
    check_verdicts(report_pair(first, second), texts, {"conflict"})
