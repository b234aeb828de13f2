"""Verdicts between sources for the recall rules of issue 13 (recall6): each rule has a case where
it makes a conflict and ordinary pairs it must leave quiet."""
from __future__ import annotations

import pytest

from tests.test_verdicts import _report, check_verdicts

# (title, article a, article b, the claim texts one finding must hold, the verdicts allowed;
#  None: no finding may hold a claim of each text across the two articles as a conflict)
CASES = [
    # An epithet opening a sentence ("The 6-foot-9 senior needed") stands for the sentence
    # before's subject even when that sentence also names where it happened ("at Harbor City")
    # or opens with a common word in capitals ("Reigning champion Tom Dorsey").
    ("an epithet stands for the subject of a sentence that also names a place",
     "Reigning champion Tom Dorsey broke the scoring record at Harbor City. "
     "The 6-foot-9 senior needed nine points to pass Will Jones for the record.",
     "Dorsey, who needed 21 points coming in, tied Jones on a jumper.",
     {"nine", "21"}, {"conflict"}),
    ("an epithet after a sentence that names a place told the same way agrees",
     "Reigning champion Tom Dorsey broke the scoring record at Harbor City. "
     "The 6-foot-9 senior needed nine points to pass Will Jones for the record.",
     "Tom Dorsey needed nine points to pass Will Jones.",
     {"nine"}, {"agree"}),
    ("an epithet may be the one a pass went to: no holder, no conflict",
     "Tom Dorsey threw a touchdown pass to Will Jones at Harbor City. The rookie finished with 120 yards.",
     "Tom Dorsey finished with 80 yards.",
     {"120", "80"}, None),
    ("an epithet may be the one beaten: no holder, no conflict",
     "Tom Dorsey beat Will Jones in Harbor City on Saturday. The 23-year-old needed nine points to win the title.",
     "Tom Dorsey needed 12 points to win the title.",
     {"nine", "12"}, None),
    ("an epithet may be the one a swipe was taken at: no holder, no conflict",
     "Tom Dorsey took a swipe at Will Jones after the game. The veteran finished with 30 points.",
     "Tom Dorsey finished with 24 points.",
     {"30", "24"}, None),
    ("an epithet may be the one yelled at: no holder, no conflict",
     "Tom Dorsey yelled at Will Jones during the timeout. The veteran finished with 30 points.",
     "Tom Dorsey finished with 24 points.",
     {"30", "24"}, None),
    # A name after "of the" or "from the" ("Tom Smith of the Comets scored") is whose the name
    # before is, not the subject of the verb after it.
    ("a player named with his team after 'of the' is the one who scored",
     "Tom Dorsey of the Harbor City Comets scored 20 points on Friday.",
     "Tom Dorsey scored 24 points on Friday.",
     {"20", "24"}, {"conflict"}),
    ("two players of one team named after 'of the' are two",
     "Tom Dorsey of the Harbor City Comets scored 20 points on Friday.",
     "Will Jones of the Harbor City Comets scored 24 points on Friday.",
     {"20", "24"}, None),
    ("a player named with his team is not the team",
     "Tom Dorsey of the Harbor City Comets scored 20 points on Friday.",
     "The Harbor City Comets scored 97 points on Friday.",
     {"20", "97"}, None),
    # How sure someone is ("90 percent sure", "left him 99 per cent certain") is that one's
    # certainty: the speaker's when the one sure is "he" or the speaker's own body after "said".
    ("one speaker's certainty told with two figures is a conflict",
     "Tom Dorsey of the Harbor City fire service said the agency is 80 percent certain the fire was set on purpose.",
     "Tom Dorsey from the Harbor City fire service said the first tests left him 95 per cent sure the fire was set.",
     {"80 percent", "95 per cent"}, {"conflict"}),
    ("one speaker's certainty told alike agrees",
     "Tom Dorsey said he was 90 percent sure the fire was set on purpose.",
     "Fire chief Tom Dorsey said he is 90 percent certain that the fire was arson.",
     {"90 percent"}, {"agree"}),
    ("two speakers' certainty are two facts",
     "Tom Dorsey said he was 90 percent sure the fire was started on purpose.",
     "Will Jones, the insurer's investigator, said he was 60 percent sure the fire was started by accident.",
     {"90 percent", "60 percent"}, None),
    ("how sure a speaker is is not a share he told",
     "Tom Dorsey said he was 90 percent sure the fire was started on purpose.",
     "Tom Dorsey said 60 percent of the building was destroyed by the fire.",
     {"90 percent", "60 percent"}, None),
    ("how sure the police are is not how many residents are sure",
     "Police in Tarnvik are 90 percent sure the gunman acted alone.",
     "A poll found 60 percent of Tarnvik residents are sure the gunman acted alone.",
     {"90 percent", "60 percent"}, None),
    # An -ing form before its object is the verb's ("missing four games" is "missed"; "serving",
    # "playing" no longer read as a noun or as "playe").
    ("games missed told by 'missing' and by 'missed' are one fact",
     "Tom Dorsey has struggled since missing four games with a knee injury.",
     "Tom Dorsey missed six games with a knee injury.",
     {"four", "six"}, {"conflict"}),
    ("seasons played told by 'playing' and by 'played' are one fact",
     "Tom Dorsey retired after playing 11 seasons for the Comets.",
     "Tom Dorsey played 14 seasons for the Comets.",
     {"11", "14"}, {"conflict"}),
    ("sentences served told by 'serving' and by 'served' are one fact",
     "Tom Dorsey, the former captain, is serving three life sentences.",
     "Tom Dorsey was convicted of murder and served nine life sentences.",
     {"three", "nine"}, {"conflict"}),
    ("games another player missed stay his",
     "Tom Dorsey has struggled since missing four games with a knee injury.",
     "Will Jones missed six games with a knee injury.",
     {"four", "six"}, None),
    ("games missed are not games played",
     "Tom Dorsey has struggled since missing four games with a knee injury.",
     "Tom Dorsey played six games with a knee injury.",
     {"four", "six"}, None),
    ("people missing after a flood are not a figure someone missed",
     "Rescuers were still searching for 12 people missing after the flood in Tarnvik.",
     "Rescuers said the flood left the search team missing 4 people in Tarnvik.",
     {"12", "4"}, None),
    # A stretch of a game told by its clock ("in the first five minutes") or by a scoring run
    # ("during a 15-2 run") is a period: never the game's figure, still one fact told twice.
    ("points in the first minutes told with two figures are a conflict",
     "The Comets beat the Herons 65-53 on Friday. Tom Dorsey had 10 points in the first five minutes.",
     "The Comets beat the Herons 65-53 on Friday. Tom Dorsey had 14 points in the first five minutes.",
     {"10", "14"}, {"conflict"}),
    ("points in the first minutes are not the game's points",
     "The Comets beat the Herons 65-53 on Friday. Tom Dorsey had 10 points in the first five minutes.",
     "The Comets beat the Herons 65-53 on Friday. Tom Dorsey finished with 23 points.",
     {"10", "23"}, None),
    ("points during a scoring run are not the game's points",
     "The Comets beat the Herons 65-53 on Friday. Tom Dorsey had five points during a 15-2 run.",
     "The Comets beat the Herons 65-53 on Friday. Tom Dorsey had 23 points.",
     {"five", "23"}, None),
    ("people pulled out in the first minutes are not all those pulled out",
     "The quake struck Tarnvik on Friday. Rescuers pulled 10 people from the rubble in the first 30 minutes.",
     "The quake struck Tarnvik on Friday. Rescuers pulled 25 people from the rubble.",
     {"10", "25"}, None),
    # The half told by "at halftime", "at the half", or by the clause a "paced by" phrase hangs on.
    ("points at halftime are not the game's points",
     "The Comets beat the Herons 65-53 on Friday. Tom Dorsey had 13 points at halftime.",
     "The Comets beat the Herons 65-53 on Friday. Tom Dorsey had 23 points.",
     {"13", "23"}, None),
    ("points that paced a lead at the half are not the game's points",
     "The Comets beat the Herons 65-53 on Friday. The Comets led 33-26 at the half, paced by 13 points from Tom Dorsey.",
     "The Comets beat the Herons 65-53 on Friday. Tom Dorsey led all players with 23 points.",
     {"13", "23"}, None),
    ("points that paced a lead at the half told with two figures are a conflict",
     "The Comets beat the Herons 65-53 on Friday. The Comets led 33-26 at the half, paced by 13 points from Tom Dorsey.",
     "The Comets beat the Herons 65-53 on Friday. The Comets led 33-26 at the half, paced by 11 points from Tom Dorsey.",
     {"13", "11"}, {"conflict"}),
]


@pytest.mark.parametrize("title, first, second, texts, verdicts", CASES, ids=[case[0] for case in CASES])
def test_verdict_between_sources(title, first, second, texts, verdicts):
    check_verdicts(_report(first, second), texts, verdicts, every=True)
