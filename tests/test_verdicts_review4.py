"""Precision review 4 (issue 13): false conflicts the holder and scope rules of 8865479..cc6734a bring.

Each pair below is two outlets' ordinary sentences about one game (both dated the same day). Each
is quiet at 8865479 (where review 3 stopped) and on main, and gives a conflict from the commit named
with it. In each, article a gives one person's figure to another person that a rule reads as the
holder (a quarterback for his receiver, a starter for the rookie who replaced him), or makes a mark
someone needed one fact with a record, so no finding may set the two figures against each other.
These tests fail until the rules are narrowed; they do not say how."""
from __future__ import annotations

import pytest

from tests.test_verdicts import _report, check_verdicts

BULLS = "The Bulls beat the Knicks on Sunday. "
BEARS = "The Bears beat the Lions on Sunday. "

# (title, article a, article b, the claim texts a conflict would hold)
CASES = [
    # c1546cc: an epithet opening a sentence ("The rookie caught") is taken for the subject of the
    # sentence before; when that sentence hands the ball or the job from one player to another, the
    # epithet is the second player, and the first one gets the rookie's line.
    ("epithet: 'The rookie' after a pass to him is the receiver, not the passer",
     BEARS + "Tom Smith threw a touchdown pass to Will Jones. The rookie caught 7 passes for 90 yards.",
     BEARS + "Tom Smith completed 21 passes for 250 yards, and Will Jones caught 7 for 90.",
     {"90", "250"}),
    ("epithet: 'The rookie' after a handoff to him is the runner, not the quarterback",
     BEARS + "Tom Smith handed off to Will Jones on the first play. The rookie ran for 120 yards.",
     BEARS + "Tom Smith threw for 230 yards and ran for 15, and Will Jones ran for 120.",
     {"120", "230"}),
    ("epithet: 'The rookie' who took a starting job is not the one who lost it",
     BULLS + "Tom Smith lost his starting job to Will Jones last week. The rookie finished with 12 points.",
     BULLS + "Tom Smith scored 4 points off the bench, and Will Jones had 12.",
     {"12", "4"}),
    ("epithet: 'The rookie' a veteran was benched for is not the veteran",
     BULLS + "Tom Smith was benched in favor of Will Jones. The rookie finished with 12 points.",
     BULLS + "Tom Smith scored 4 points off the bench, and Will Jones had 12.",
     {"12", "4"}),
    # 99e2516: reading past an apposition ("Tom Smith, the Bulls' leading scorer, fouled out") makes a
    # name in a subordinate or contrasted clause the subject, while "He" tells of the main clause's.
    ("apposition: 'He' after 'X, the leading scorer, was held to 10, but Y picked up the slack' is Y",
     BULLS + "Tom Smith, the Bulls' leading scorer, was held to 10 points, but Will Jones picked up the slack. "
     "He finished with 28 points.",
     BULLS + "Tom Smith scored 10 points and Will Jones had 28 for the Bulls.",
     {"28", "10"}),
    ("apposition: 'He' after 'After X, the leading scorer, fouled out, Y took over' is Y",
     BULLS + "After Tom Smith, the Bulls' leading scorer, fouled out, Will Jones took over. He finished with 18 points.",
     BULLS + "Tom Smith scored 24 points before fouling out, and Will Jones finished with 18.",
     {"18", "24"}),
    ("apposition: 'He' after 'With X, the leading rusher, slowed, rookie Y got the carries' is Y",
     BEARS + "With Tom Smith, the team's leading rusher, slowed by a sore ankle, rookie Will Jones got most of "
     "the carries. He ran for 120 yards.",
     BEARS + "Tom Smith ran for 35 yards and Will Jones had 120.",
     {"120", "35"}),
    # cc6734a: "he" in a sentence that names one person is often someone the sentence leaves unnamed
    # ("the rookie", "his backup"): the named one is then given the other's line.
    ("pronoun: 'he' after 'X fed the rookie' is the rookie",
     BULLS + "Tom Smith fed the rookie all night, and he finished with 30 points.",
     BULLS + "Tom Smith had 12 points and 11 assists, and rookie Will Jones scored 30.",
     {"30", "12"}),
    ("pronoun: 'he' after 'X left and his rookie backup took over' is the backup",
     BEARS + "Tom Smith left with a sprained ankle in the first quarter, and his rookie backup took over; "
     "he threw for 250 yards.",
     BEARS + "Tom Smith threw for 35 yards before he left with a sprained ankle, and rookie Will Jones threw for 250.",
     {"250", "35"}),
    ("pronoun: 'he' after 'X sat while the rookie took over' is the rookie",
     BULLS + "Tom Smith sat for most of the fourth quarter while the rookie took over, and he scored 18 points.",
     BULLS + "Tom Smith scored 30 points and rookie Will Jones had 18.",
     {"18", "30"}),
    ("pronoun: 'he' after 'X guarded the rookie' is the rookie",
     BULLS + "Tom Smith guarded the rookie for most of the night, but he scored 30 points anyway.",
     BULLS + "Tom Smith had 12 points, and rookie Will Jones scored 30.",
     {"30", "12"}),
    ("pronoun: 'he' after 'X found him' is the one the sentence before named",
     BULLS + "Will Jones came off the bench. Tom Smith found him all night, and he finished with 30 points.",
     BULLS + "Tom Smith had 12 points, and Will Jones scored 30.",
     {"30", "12"}),
    # ea9e261: a mark someone needed is scoped 'limit', as a record is ("broke the record with 30
    # points"): the points still needed and the record's points are two facts.
    ("needed: the points needed to break a record are not the record-breaking total",
     BULLS + "Tom Smith needed nine points to break the school record and finished with 30.",
     BULLS + "Tom Smith broke the school record with 30 points.",
     {"nine", "30"}),
    ("needed: the points needed to tie a record are not the record",
     BULLS + "Tom Smith needed 12 points to tie the school record. He finished with 41.",
     BULLS + "Tom Smith tied the school record of 41 points.",
     {"12", "41"}),
    ("needed: the points needed to lead the school are not the points that broke the record",
     BULLS + "Entering the game, Tom Smith needed 12 points to become the school's career scoring leader.",
     BULLS + "Tom Smith broke the school career scoring record with 25 points.",
     {"12", "25"}),
]


@pytest.mark.parametrize("title, first, second, texts", CASES, ids=[case[0] for case in CASES])
def test_no_false_conflict(title, first, second, texts):
    check_verdicts(_report(first, second), texts, None)
