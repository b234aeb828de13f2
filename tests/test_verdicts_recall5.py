"""Verdicts between sources for the recall rules of issue 13 (recall5): each rule has a case where
it makes a conflict and ordinary pairs it must leave quiet."""
from __future__ import annotations

import pytest

from tests.test_verdicts import _report

# (title, article a, article b, the claim texts one finding must hold, the verdicts allowed;
#  None: no finding may hold a claim of each text across the two articles as a conflict)
CASES = [
    # A "who" clause that has closed before the figure: the figure is the main verb's.
    ("a 'who' clause closed before the figure leaves it to the name before the clause",
     "The Hawks won 101-99. Tom Smith, who was traded to Harbor City last month, scored 20 points.",
     "The Hawks won 101-99. Tom Smith scored 24 points.",
     {"20", "24"}, {"conflict"}),
    ("a closed 'who' clause: another player's points stay his",
     "The Hawks won 101-99. Tom Smith, who was traded to Harbor City last month, scored 20 points.",
     "The Hawks won 101-99. Will Jones scored 24 points.",
     {"20", "24"}, None),
    ("a figure inside a 'who' clause about last season is no one's game",
     "The Hawks won 101-99. Tom Smith, who scored 30 points last season, had 20 points on Friday.",
     "The Hawks won 101-99. Tom Smith scored 20 points on Friday.",
     {"30", "20"}, None),
    ("what the one before a closed 'who' clause said is not his own figure",
     "The Hawks won 101-99. Will Jones, who coached the Comets last year, said his team scored 20 points.",
     "The Hawks won 101-99. Will Jones scored 24 points.",
     {"20", "24"}, None),
    # A "who" clause of a common noun, no comma: the figure is the noun's, not the subject's.
    ("the officers a 'who' clause tells of fired the shots, not the body that named them",
     "The Harbor City police have not released the names of the sergeant and officer who fired 25 shots.",
     "The officers fired 11 shots, police said.",
     {"25", "11"}, {"conflict"}),
    ("a person who praised the officers did not fire their shots",
     "Mayor Tom Smith praised the two officers who fired 25 shots during the standoff.",
     "Tom Smith fired 11 shots at the range before the ceremony.",
     {"25", "11"}, None),
    ("the fans who bought tickets are not the coach who thanked them",
     "Coach Tom Smith thanked the fans who bought 5,000 tickets.",
     "Tom Smith bought 2,000 tickets.",
     {"5,000", "2,000"}, None),
    # A span of seasons or years told in a predicate after a dated one runs on from the date.
    ("seasons told after a dated predicate are not that year's history",
     "Tom Smith was a second-round pick of the Comets in 1990 and played for 25 seasons with the team.",
     "Tom Smith, who played for the Comets for 11 seasons, was named coach on Monday.",
     {"25", "11"}, {"conflict"}),
    ("seasons after a dated predicate: another player's seasons stay his",
     "Tom Smith was a second-round pick of the Comets in 1990 and played for 11 seasons with the team.",
     "Will Jones, who played for the Comets for 14 seasons, was named coach on Monday.",
     {"11", "14"}, None),
    ("games missed after a dated injury are that year's history, not this season's",
     "Tom Smith was hurt in 1990 and missed 20 games.",
     "Tom Smith missed 4 games with a sprained ankle this season.",
     {"20", "4"}, None),
    # Gunfire told another way: "spraying", "letting off" N shots is firing them.
    ("shots sprayed and shots let off are one gunfire",
     "Tom Smith is accused of spraying 29 shots on a Friday afternoon.",
     "Tom Smith stands accused of letting off 13 shots in the killing.",
     {"29", "13"}, {"conflict"}),
    ("two gunmen's shots are two facts",
     "Tom Smith is accused of spraying 29 shots on a Friday afternoon.",
     "Will Jones stands accused of letting off 13 shots in the killing.",
     {"29", "13"}, None),
    ("the shots let off in a period are not the game's shots",
     "The Comets let off 13 shots in the first period.",
     "The Comets had 29 shots on goal in the game.",
     {"13", "29"}, None),
    ("the shots a gunman sprayed are not the bullets that hit",
     "The gunman sprayed 29 shots at the crowd, police said.",
     "Seven bullets hit the victim, police said.",
     {"29", "Seven"}, None),
    # A holder's statistic with "a total of" and without it is one figure.
    ("a team's yards told with 'a total of' and without it are one figure",
     "The Comets racked up a total of 1017 yards on offense.",
     "Put it all together and the Comets gained 507 yards and still lost the game.",
     {"1017", "507"}, {"conflict"}),
    ("a total of one team's yards and another team's yards are two facts",
     "The Comets racked up a total of 1017 yards on offense.",
     "Put it all together and the Rovers gained 507 yards and still lost the game.",
     {"1017", "507"}, None),
    ("a running total ('has run for a total of') is not one game's yards",
     "Tom Smith has run for a total of 1,200 yards.",
     "Tom Smith ran for 120 yards on Sunday.",
     {"1,200", "120"}, None),
    ("yards given up ('507 total yards') are not the yards a team gained",
     "The Colts gave up 507 total yards.",
     "The Colts gained 300 yards in the loss.",
     {"507", "300"}, None),
    # A drive's length is a stretch of plays, not the game's yards.
    ("a drive's yards are not the game's yards",
     "The Colts took the ball and went 73 yards in 13 plays to set up the winning score.",
     "Put it all together and the Colts gained 507 yards and still lost the game.",
     {"73", "507"}, None),
    ("one drive told two ways is a conflict",
     "The Colts took the ball and went 73 yards in 13 plays to set up the winning score.",
     "The Colts went 80 yards in 13 plays to set up the winning score.",
     {"73", "80"}, {"conflict"}),
    # A completion streak ("completed his first 17 passes") is a figure, a stretch of the game.
    ("a completion streak told two ways in one sentence is a conflict",
     "Tom Smith completed his first 17 passes, picked apart the Rovers' secondary and led the Comets to their eighth straight win.",
     "Tom Smith completed his first 37 passes, picked apart the Rovers' secondary and led the Comets to a win.",
     {"17", "37"}, {"conflict"}),
    ("a completion streak is not the game's completions",
     "Tom Smith completed his first 17 passes as the Comets beat the Rovers.",
     "Tom Smith completed 24 of 31 passes as the Comets beat the Rovers.",
     {"17", "24"}, None),
    ("two quarterbacks' streaks are two facts",
     "Tom Smith completed his first 17 passes for the Comets on Sunday.",
     "Will Jones completed his first 12 passes for the Rovers on Sunday.",
     {"17", "12"}, None),
    # A bout won, stopped or knocked out "in N rounds" lasted N rounds, whatever the verb.
    ("a bout stopped in six rounds and one won in 15 rounds is a conflict",
     "Tom Smith defeats Will Jones in 15 rounds",
     "Tom Smith retains titles stopping Jones in six rounds",
     {"15", "six"}, {"conflict"}),
    ("rounds won on the cards are not the bout's length",
     "Tom Smith won eight rounds on two of the cards.",
     "Tom Smith stopped Will Jones in six rounds on Saturday.",
     {"eight", "six"}, None),
    ("two bouts of two boxers are two facts",
     "Tom Smith stopped Will Jones in six rounds on Saturday.",
     "Adam Brown knocked out Mark Lopez in two rounds on Saturday.",
     {"six", "two"}, None),
    ("a bout finished some rounds sooner than another is no length",
     "Tom Smith finished the fight five rounds sooner than in their first bout.",
     "Tom Smith stopped Will Jones in six rounds on Saturday.",
     {"five", "six"}, None),
    # An adverb between the auxiliary and the verb ("were safely evacuated") hides no event.
    ("people safely evacuated and people evacuated are one figure",
     "Twelve people were safely evacuated from the burning building in Tarnvik, police said.",
     "Police said 30 people were evacuated from the burning building in Tarnvik.",
     {"Twelve", "30"}, {"conflict"}),
    ("the seriously injured are a part of the injured",
     "Two people were seriously injured when the bus overturned near Tarnvik.",
     "Nine people were injured when the bus overturned near Tarnvik.",
     {"Two", "Nine"}, None),
    ("the seriously injured told two ways are a conflict",
     "Two people were seriously injured when the bus overturned near Tarnvik.",
     "Six people were seriously injured when the bus overturned near Tarnvik.",
     {"Two", "Six"}, {"conflict"}),
    ("people later released are not the people arrested",
     "Twelve people were later released without charge, police said.",
     "Police said 30 people were arrested after the match.",
     {"Twelve", "30"}, None),
]


@pytest.mark.parametrize("title, first, second, texts, verdicts", CASES, ids=[case[0] for case in CASES])
def test_verdict_between_sources(title, first, second, texts, verdicts):
    report = _report(first, second)
    holding = [f for f in report.findings if texts <= {c.text for c in f.claims}]
    if verdicts is None:
        assert all(f.verdict != "conflict" for f in holding), [f.explanation for f in holding]
    else:
        assert holding, f"no finding holds {texts}: {[(f.verdict, [c.text for c in f.claims]) for f in report.findings]}"
        assert {f.verdict for f in holding} <= verdicts, [(f.verdict, f.explanation) for f in holding]
