"""Precision review 3 (issue 13): false conflicts the recall rules of 9a75c8d..a1b9467 bring.

Each pair below is two outlets' ordinary sentences about one event (both dated the same day). Each
is quiet at the merge base baa2802 and on main, and gives a conflict from the commit named with
it. The figures count different things (an attacker and a victim, a stretch of a game and the
whole game, another game or season, a player and his team), so no finding may call them a conflict.
These tests fail until the rules are narrowed; they do not say how."""
from __future__ import annotations

import pytest

from tests.test_verdicts import _report, check_verdicts

GAME = "The Bulls beat the Knicks on Sunday. Tom Smith finished with 24 points and nine rebounds for the Bulls."

# (title, article a, article b, the claim texts a conflict would hold)
CASES = [
    # 9a75c8d: "are believed to have <verb>" is the active voice: the figure is the doer, not the done-to.
    ("hedge: soldiers believed to have killed are not soldiers killed",
     "Three soldiers are believed to have killed the two civilians at the checkpoint, officials said.",
     "Five soldiers were killed in the ambush at the checkpoint, officials said.",
     {"Three", "Five"}),
    ("hedge: officers believed to have shot are not officers shot",
     "Two officers are believed to have shot the suspect, police said.",
     "Police said four officers were shot during the raid.",
     {"Two", "four"}),
    ("hedge: fishermen believed to have rescued are not fishermen rescued",
     "Two fishermen are believed to have rescued the children, police said.",
     "Police said five fishermen were rescued after their boat sank.",
     {"Two", "five"}),
    # 8618a5d: "in the game" after late/early/at that point, or "in the game's <stretch>", is a stretch.
    ("in the game: 'late in the game' is a stretch, not the whole game",
     "The Bulls beat the Knicks on Sunday. Tom Smith scored 10 points late in the game to seal the win.",
     GAME, {"10", "24"}),
    ("in the game: 'early in the game' is a stretch",
     "The Bulls beat the Knicks on Sunday. Tom Smith scored eight points early in the game before he hurt his ankle.",
     GAME, {"eight", "24"}),
    ("in the game: 'at that point in the game' is a running score, not the final line",
     "The Bulls beat the Knicks on Sunday. Tom Smith had 14 points at that point in the game.",
     GAME, {"14", "24"}),
    ("in the game: 'the game's closing minutes' is a stretch",
     "The Bulls beat the Knicks on Sunday. Tom Smith scored 12 points in the game's closing minutes.",
     GAME, {"12", "24"}),
    ("in the game: 'the game's first six minutes' is a stretch",
     "The Bulls beat the Knicks on Sunday. Tom Smith scored 12 points in the game's first six minutes.",
     GAME, {"12", "24"}),
    ("in the game: 'in that game' is another, earlier game",
     "The teams met in December, and Tom Smith scored 41 points in that game.",
     GAME, {"41", "24"}),
    ("in the game: 'late in the match' is a stretch of the match",
     "Roger Federer hit 12 aces late in the match to close it out.",
     "Federer served 25 aces and won in straight sets.",
     {"12", "25"}),
    # 395c35b: an aside holding a time frame restricts the figure; leaving it out makes an echo.
    ("aside: a bracketed time frame is part of what the figure counts",
     "Twelve people (in the past week) have been treated for heat stroke, officials said.",
     "Forty people have been treated for heat stroke, officials said.",
     {"Twelve", "Forty"}),
    ("aside: a bracketed 'alone' is a part of the whole",
     "Twelve migrants (in May alone) drowned trying to cross the river, officials said.",
     "Forty migrants drowned trying to cross the river, officials said.",
     {"Twelve", "Forty"}),
    # ac9f9f4: a "who" clause is often a person's background (another year, team, company, play).
    ("who: a signing's 'who' clause tells last year's figure",
     "The Bears signed Mark Jones, who caught 12 touchdown passes last year.",
     "The Bears beat the Lions on Sunday. Mark Jones caught two touchdown passes in the win.",
     {"12", "two"}),
    ("who: a signing's 'who' clause tells his old team's figure",
     "The Jets signed Mark Jones, who caught 60 passes for the Bills.",
     "The Jets beat the Dolphins on Sunday. Mark Jones caught nine passes in the win.",
     {"60", "nine"}),
    ("who: 'a week ago' is another game",
     "The Jets beat the Dolphins on Sunday behind Mark Jones, who caught 12 passes a week ago.",
     "The Jets beat the Dolphins on Sunday. Mark Jones caught nine passes in the win.",
     {"12", "nine"}),
    ("who: a driver's wins with his old team are not this year's",
     "Ferrari replaced Mark Jones, who won 12 races with the team, with a younger driver.",
     "Mark Jones won two races this year for his new team.",
     {"12", "two"}),
    ("who: a chief's cuts at her previous company are not this firm's",
     "The firm is run by Jane Doe, who cut 2,000 jobs at her previous company.",
     "Jane Doe said the firm would cut 500 jobs, the company said.",
     {"2,000", "500"}),
    ("who: 'X of the Bulls, who' tells of X, not of the Bulls",
     "The Bulls beat the Lakers on Sunday. Will Jones of the Bulls, who scored 40 points, was named player of the game.",
     "The Bulls beat the Lakers on Sunday. The Bulls scored 112 points in the win.",
     {"40", "112"}),
    ("who: 'X of the Red Cross, who' tells of X, not of the Red Cross",
     "The Red Cross said 40 people died. Tom Smith of the Red Cross, who visited 12 villages, said aid was short.",
     "The Red Cross visited 30 villages after the quake, officials said.",
     {"12", "30"}),
    ("who: one kick return is not the game's return yards",
     "The Bears beat the Lions on Sunday. The Lions' only score came from Mark Jones, who returned a kick 95 yards.",
     "The Bears beat the Lions on Sunday. Mark Jones had 160 return yards for the Lions.",
     {"95", "160"}),
]


@pytest.mark.parametrize("title, first, second, texts", CASES, ids=[case[0] for case in CASES])
def test_no_false_conflict(title, first, second, texts):
    check_verdicts(_report(first, second), texts, None)


# An older class (a play against the game's total: "Mark Jones ran 40 yards for the touchdown" against
# "... finished with 85 receiving yards" conflicted at baa2802 too, without any "who"): a single play's
# length is scoped "play" (frame_words.SCOPE_CUES).
def test_one_plays_yards_are_not_the_games_total():
    test_no_false_conflict(
        "who: one play's yards are not the game's total",
        "The Bears beat the Lions on Sunday. Cutler found Mark Jones, who ran 40 yards for the touchdown.",
        "The Bears beat the Lions on Sunday. Mark Jones finished with 85 receiving yards.",
        {"40", "85"})
