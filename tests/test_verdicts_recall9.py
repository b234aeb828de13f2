"""Verdicts between sources for the recall rules of issue 13 (recall9): each rule has cases where
it makes a conflict and ordinary pairs of other kinds of news it must leave quiet."""
from __future__ import annotations

import pytest

from tests.test_verdicts import _report, check_verdicts

# (title, article a, article b, the claim texts one finding must hold, the verdicts allowed;
#  None: no finding may hold a claim of each text across the two articles as a conflict)
CASES = [
    # A change told in apposition (", a drop of five points") is the holder's of the figure it
    # follows, not the first name of the sentence (extract/appositives.py).
    ("a player's drop told in a list with the verb left out conflicts with the same drop told apart",
     "Ann Ray is averaging 15.5 points per game, Tom Lowe 14.9 points, a drop of five points per game from last season.",
     "Ray is averaging 15.5 points per game this season, but Lowe is averaging just 14.9 points per contest, "
     "a drop of 13 points per game from last season.",
     {"five", "13"}, {"conflict"}),
    ("the same drop told alike agrees",
     "Ann Ray is averaging 15.5 points per game, Tom Lowe 14.9 points, a drop of five points per game from last season.",
     "Tom Lowe is averaging just 14.9 points per contest, a drop of five points per game from last season.",
     {"five"}, {"agree"}),
    ("a share price's fall told in apposition conflicts across outlets",
     "Shares of Comets Group closed at $40 on Tuesday, a drop of 12 percent.",
     "Shares of Comets Group closed at $40 on Tuesday, a drop of 19 percent on the day.",
     {"12 percent", "19 percent"}, {"conflict"}),
    ("the short form ', down six points' of a gapped list's second player conflicts with the same told apart",
     "Ann Ray scores 21.5 points a night, Tom Lowe 12.4 points, down six points a night from a year ago.",
     "Tom Lowe scores 12.4 points a night this season, down nine points a night from a year ago.",
     {"six", "nine"}, {"conflict"}),
    # Quiet: the change belongs to another player than the other outlet's, however the sentence opens.
    ("control: two players' drops are two facts",
     "Ann Ray is averaging 15.5 points per game, Tom Lowe 14.9 points, a drop of five points per game from last season.",
     "Ann Ray is averaging 15.5 points per game, a drop of 13 points per game from last season.",
     {"five", "13"}, None),
    ("control: the short form of the second player is not the first player's",
     "Ann Ray scores 21.5 points a night, Tom Lowe 12.4 points, down six points a night from a year ago.",
     "Ann Ray scores 21.5 points a night this season, down nine points a night from a year ago.",
     {"six", "nine"}, None),
    ("control: a rise told of a figure with no name keeps the sentence's own reading",
     "Ann Ray is averaging 20 points a game, up from 15 points, a rise of five points.",
     "Tom Lowe is averaging 20 points a game, up from 12 points, a rise of eight points.",
     {"five", "eight"}, None),
]


# False conflicts the code before reports too, which these rules do not bring (strict xfails, for a
# precision review): an echo pairs two companies' changes told beside one shared price, each sentence
# naming its own company ("one sentence may name more" lets the longer one in).
ON_MAIN_TOO = [
    pytest.param("Comets Group closed at $40 on Tuesday, Tarnvik Holdings at $12, a drop of 12 percent.",
                 "Comets Group closed at $40 on Tuesday, a drop of 19 percent.",
                 {"12 percent", "19 percent"}, id="two companies' falls beside one shared price",
                 marks=pytest.mark.xfail(strict=True, reason="echo: the longer sentence names more, its holder unchecked")),
]


@pytest.mark.parametrize("first, second, texts", ON_MAIN_TOO)
def test_false_conflicts_older_than_recall9(first, second, texts):
    check_verdicts(_report(first, second), texts, None)


@pytest.mark.parametrize("title, first, second, texts, verdicts", CASES, ids=[case[0] for case in CASES])
def test_recall9_verdicts(title, first, second, texts, verdicts):
    check_verdicts(_report(first, second), texts, verdicts)
