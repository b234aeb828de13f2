"""Verdicts between sources for the recall rules of issue 13 (recall7): each rule has a case where
it makes a conflict and ordinary pairs of other kinds of news it must leave quiet."""
from __future__ import annotations

import pytest

from tests.test_verdicts import _report, check_verdicts

# (title, article a, article b, the claim texts one finding must hold, the verdicts allowed;
#  None: no finding may hold a claim of each text across the two articles as a conflict)
CASES = [
    # A part told in an "including" phrase takes the event of its whole: the verb after the phrase
    # closes ("12 people, including seven children, were killed") or the verb before the whole's
    # figure ("killed 40 people, including seven children").
    ("a part after 'including' takes the whole's verb after the phrase",
     "At least 12 members of one family, including seven children, were killed in the blast.",
     "The blast killed 30 people, including four children.",
     {"seven", "four"}, {"conflict"}),
    ("a part after 'including' told alike agrees",
     "At least 12 members of one family, including seven children, were killed in the blast.",
     "The blast killed 30 people, including seven children.",
     {"seven"}, {"agree"}),
    ("the killed children are not the injured children",
     "The blast killed 30 people, including seven children.",
     "The blast injured 80 people, including 14 children.",
     {"seven", "14"}, None),
    ("children among the evacuated are not children among the dead",
     "Police evacuated 200 residents, including 40 children, before the dam burst.",
     "The flood killed 12 people, including five children.",
     {"40", "five"}, None),
    ("a part of a whole whose verb is no auxiliary's takes no event",
     "Residents, including 40 children, said they had not been warned.",
     "About 300 people, including 25 children, were evacuated from the valley on Sunday.",
     {"40", "25"}, None),
    ("the parts of two places' dead are two facts",
     "In the north, 40 people, including 12 children, were killed in Tarnvik.",
     "Thirty people, including nine children, were killed in Harbor City.",
     {"12", "nine"}, None),
    ("the part of a place's dead is not the part of the whole toll",
     "Forty people, including 12 children, were killed in Tarnvik.",
     "The quake killed 300 people, including 90 children.",
     {"12", "90"}, None),
    ("the parts of two police forces' arrests are two facts",
     "Police in Tarnvik arrested 40 protesters, including six students.",
     "Police in Harbor City arrested 30 protesters, including 11 students.",
     {"six", "11"}, None),
    ("the part of a company's job cuts is not another company's",
     "Comets Group will cut 300 jobs, including 120 management jobs.",
     "Tarnvik Holdings will cut 90 jobs, including 40 management jobs.",
     {"120", "40"}, None),
    ("the children killed are not all those killed",
     "The blast killed 30 people, including seven children.",
     "The blast killed 12 children.",
     {"seven", "12"}, None),
    ("a part after 'including' followed by 'and' takes no later verb",
     "Police arrested 40 protesters, including six students, and charged them with rioting.",
     "Police charged 11 students with rioting.",
     {"six", "11"}, None),
    ("two companies' purchases, each with its cash part, are two deals",
     "Comets Group will pay $300 million for Harbor Software, including $120 million in cash.",
     "Tarnvik Holdings will pay $90 million for Lake Labs, including $40 million in cash.",
     {"$120 million", "$40 million"}, None),
    # A figure that measures its stretch ("will miss the final two games") says which stretch it
    # is: told of the season or undated, it disagrees like any other figure of the holder's event.
    ("the final games a player will miss, told of the season and undated, conflict",
     "Running back Tom Dorsey will miss the final two games of the Comets' season.",
     "Coach Will Jones said Tom Dorsey could sit out the final three games.",
     {"two", "three"}, {"conflict"}),
    ("the final games a player will miss told alike agree",
     "Tom Dorsey will miss the final two games of the regular season.",
     "Tom Dorsey has been placed on injured reserve and will miss the final two games.",
     {"two"}, {"agree"}),
    ("the first games and the final games are two stretches",
     "Tom Dorsey missed the first two games of the season with a sore hamstring.",
     "Tom Dorsey will miss the final three games.",
     {"two", "three"}, None),
    ("the last games so far and the final games of the season are two stretches",
     "Tom Dorsey missed the last three games with a knee injury.",
     "Tom Dorsey will miss the final two games of the season.",
     {"three", "two"}, None),
    ("the final games of last season are not this season's",
     "Tom Dorsey missed the final two games of last season with a broken wrist.",
     "Tom Dorsey will miss the final three games.",
     {"two", "three"}, None),
    ("the final games of a rookie year are not this season's",
     "Tom Dorsey, who missed the final two games of his rookie year with a broken wrist, signed a new deal.",
     "Tom Dorsey will miss the final three games.",
     {"two", "three"}, None),
    ("two players' final games are two facts",
     "Tom Dorsey will miss the final two games of the season.",
     "Will Jones will miss the final three games of the season.",
     {"two", "three"}, None),
    ("games started and games missed are two facts",
     "Tom Dorsey started the first two games of the season.",
     "Tom Dorsey missed the first three games of the season.",
     {"two", "three"}, None),
    ("the first years of two sentences served are two facts",
     "Tom Dorsey served the first two years of his sentence in Tarnvik.",
     "Will Jones served the first three years of his sentence in Millbrook.",
     {"two years", "three years"}, None),
    ("a completion streak told with two figures conflicts",
     "Tom Dorsey completed his first 17 passes, and the Comets beat the Herons 31-24.",
     "Tom Dorsey completed his first 12 passes before the Herons adjusted their coverage.",
     {"17", "12"}, {"conflict"}),
    ("a completion streak is not the game's completions",
     "Tom Dorsey completed his first 17 passes and finished with 310 yards.",
     "Tom Dorsey completed 29 of 34 passes for 310 yards.",
     {"17", "29"}, None),
    ("a stretch of a game named by its minutes is no count of games",
     "The Comets scored 10 points in the final two minutes.",
     "The Comets scored 12 points in the final four minutes.",
     {"two minutes", "four minutes"}, None),
]


# False conflicts that main's code (926220c) reports as well, not brought by these rules: an echo
# of two "including" sentences in the same words, and two companies' parts with a modifier ("120
# management jobs") told with no holder. Strict: when a precision fix quiets one, drop it here.
ON_MAIN_TOO = {
    "the part of a place's dead is not the part of the whole toll",
    "the part of a company's job cuts is not another company's",
}


def _params(cases):
    return [pytest.param(*case, id=case[0], marks=pytest.mark.xfail(
                strict=True, reason="a false conflict on main too, left to a precision review") if case[0] in ON_MAIN_TOO else ())
            for case in cases]


@pytest.mark.parametrize("title, first, second, texts, verdicts", _params(CASES))
def test_verdict_between_sources(title, first, second, texts, verdicts):
    check_verdicts(_report(first, second), texts, verdicts, every=True)
