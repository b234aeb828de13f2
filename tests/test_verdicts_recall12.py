"""Two frames of one fact (issue 13, recall12): planted discrepancies on the long same-event sets
(tests/review12, tests/review15) were missed where two articles tell one fact in frames that did
not line up: a "since" year's own "when" clause left undated on both sides, a headline's present
tense ("Police free 31 hostages") read as no verb, "pay back" and "repay" as two acts (and "pay
back" as any payment), a tennis player's winners told with two verbs. Invented pairs, each rule
with a near pair that must stay apart."""
from __future__ import annotations

import pytest

from tests.test_verdicts import _report, check_verdicts

CASES = [
    ("a 'since' year's 'when' clause dates its figure on both sides",
     "It was the country's deadliest air accident since 2009, when 88 people died in a crash near the coast.",
     "The crash was the worst since 2009, when 61 people died.",
     {"88", "61"}),
    ("a headline's present tense is the body's past",
     "Soldiers free 27 hostages from jungle camp\nThe army said the operation began at dawn.",
     "All 19 hostages were freed on Friday, the army said.",
     {"27", "19"}),
    ("released and freed are one act",
     "Rebels release 12 aid workers after talks\nThe group had held them since March.",
     "The rebels freed 9 aid workers on Sunday, the ministry said.",
     {"12", "9"}),
    ("paying back is repaying",
     "The judge ordered her to repay 2.4 million euros.",
     "The judge ordered her to pay back 1.2 million euros, the sum the police could trace.",
     {"2.4 million euros", "1.2 million euros"}),
    ("a player's winners whatever the verb",
     "Mara Koss hit 52 winners and saved all four break points she faced.",
     "Mara Koss struck 38 winners on her way to the title.",
     {"52", "38"}),
    ("a record told before the figure is the figure itself",
     "Dara Quinn scored a franchise-record 58 points as the Hawks beat the Owls on Friday.",
     "Dara Quinn scored 55 points on Friday, the most in the club's history.",
     {"58", "55"}),
    ("a measure told as the subject of 'was' is the measure, whatever follows",
     "Turnout was 58.2 percent, up from 49.9 percent in 2021 and the highest since 1998, the commission said.",
     "Turnout was 63.2 percent, the highest in a generation.",
     {"58.2 percent", "63.2 percent"}),
    ("a party's seats it would have, told with two light verbs",
     "Together the Greens and the Farmers' Union would hold 118 seats, eight short of a majority.",
     "Together with the Greens, the Farmers' Union would have 96 seats, still short of a majority.",
     {"118", "96"}),
    ("a candidate's votes whatever the verb of winning them",
     "Maria Lind got 12,400 votes, the election board said.",
     "Maria Lind received 11,900 votes, 300 more than her rival.",
     {"12,400", "11,900"}),
    ("a change told as a noun is the company's change",
     "Brightwater's profit rose 41 percent.",
     "Brightwater, the region's largest lender, posted a 26 per cent jump in profit.",
     {"41 percent", "26 per cent"}),
    ("a participle's object is what it carried, not what the main verb did",
     "A ferry carrying 310 passengers sank off Kelvey Island on Friday.",
     "The ferry was carrying 280 passengers when it went down, the coast guard said.",
     {"310", "280"}),
    ("a player's points a game are the average the season's 'averaging' tells",
     "Noor Hale is averaging 24.6 points and 8.1 rebounds this season.",
     "Noor Hale, who scores 19.2 points a game, will miss Friday's game.",
     {"24.6", "19.2"}),
]

QUIET = [
    ("two 'since' years are two pasts",
     "It was the country's deadliest air accident since 2009, when 88 people died in a crash near the coast.",
     "The crash was the worst since 2013, when 61 people died.",
     {"88", "61"}),
    ("a fine is not a repayment",
     "The judge ordered her to repay 2.4 million euros.",
     "The judge also ordered her to pay a fine of 1.2 million euros.",
     {"2.4 million euros", "1.2 million euros"}),
    ("two players' winners",
     "Mara Koss hit 52 winners and saved all four break points she faced.",
     "Lena Brandt struck 38 winners on her way to the title.",
     {"52", "38"}),
    ("freed hostages and hostages still held",
     "Soldiers free 27 hostages from jungle camp\nThe army said the operation began at dawn.",
     "Another 19 hostages are still held by the group, the army said.",
     {"27", "19"}),
    ("the old record is not the new figure",
     "Dara Quinn broke the franchise record of 58 points set in 1987.",
     "Dara Quinn scored 61 points on Friday, the most in the club's history.",
     {"58", "61"}),
    ("one region's turnout and the whole vote's",
     "Turnout in the city was 58.2 percent, the commission said.",
     "Turnout was 63.2 percent, the highest in a generation.",
     {"58.2 percent", "63.2 percent"}),
    ("the earlier vote's turnout is not this one's",
     "Turnout was 58.2 percent, up from 49.9 percent in 2021.",
     "Turnout in 2021 was 52.1 percent.",
     {"49.9 percent", "52.1 percent"}),
    ("seats a party holds are not seats it would have",
     "The Farmers' Union holds 40 seats in the outgoing parliament.",
     "Together with the Greens, the Farmers' Union would have 96 seats, still short of a majority.",
     {"40", "96"}),
    ("votes won are not votes lost",
     "Maria Lind won 12,400 votes, the election board said.",
     "Maria Lind lost 11,900 votes compared with the last election.",
     {"12,400", "11,900"}),
    ("two candidates' votes",
     "Maria Lind got 12,400 votes, the election board said.",
     "Tom Berg received 11,900 votes.",
     {"12,400", "11,900"}),
    ("two companies' changes told as nouns",
     "Brightwater's profit rose 41 percent.",
     "Hollins posted a 26 per cent jump in profit.",
     {"41 percent", "26 per cent"}),
    ("profit and revenue told as nouns",
     "Brightwater's profit rose 41 percent.",
     "Brightwater posted a 26 per cent jump in revenue.",
     {"41 percent", "26 per cent"}),
    ("those carried are not those killed",
     "A ferry carrying 310 passengers sank off Kelvey Island on Friday.",
     "The sinking killed 28 passengers, the coast guard said.",
     {"310", "28"}),
    ("a season's average and a playoff average",
     "Noor Hale is averaging 24.6 points and 8.1 rebounds this season.",
     "Noor Hale averaged 19.2 points a game in the playoffs.",
     {"24.6", "19.2"}),
    ("a season's average and a career average",
     "Noor Hale is averaging 24.6 points this season.",
     "Noor Hale has averaged 19.2 points a game over her career.",
     {"24.6", "19.2"}),
]


@pytest.mark.parametrize("title, first, second, texts", CASES, ids=[case[0] for case in CASES])
def test_two_frames_of_one_fact_conflict(title, first, second, texts):
    check_verdicts(_report(first, second), texts, {"conflict"})


@pytest.mark.parametrize("title, first, second, texts", QUIET, ids=[case[0] for case in QUIET])
def test_near_pairs_stay_apart(title, first, second, texts):
    check_verdicts(_report(first, second), texts, None)
