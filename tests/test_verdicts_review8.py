"""Precision review 8 (issue 13): false conflicts that recall6's rules made or left on ordinary news.

recall6 read -ing forms before a figure as verbs ("missing four games" = miss), a name after "of
the" as whose the name before is ("Tom Smith of the Comets scored"), and a figure of how sure
someone is as event ``certain``. Each pair below is two outlets' ordinary sentences about one event
(both dated 5 March 2024); a careful editor would call none a conflict, and the tool did when the
review was made. ``CONTROLS`` are real disagreements of the same kinds that must stay conflicts."""
from __future__ import annotations

import pytest

from tests.test_verdicts import _report, check_verdicts, verdict_case


def _case(title, first, second, texts, fixed=False):
    return verdict_case(title, first, second, texts, "review8", fixed)


CASES = [
    # An -ing form opening a phrase after a comma hangs on the clause before: its figure is of that
    # clause's act (the plant closed), not the company's whole ("cutting" read as "cut" met it).
    _case("business: the jobs cut by closing one plant are not all the jobs cut",
          "Acme will close its Tarnvik plant, cutting 300 jobs.",
          "Acme will cut 1,200 jobs this year.",
          {"300", "1,200"}, fixed=True),
    _case("business: the plant's jobs beside the company's worldwide cut",
          "Acme will close its Tarnvik plant next year, cutting 300 jobs.",
          "Acme said it would cut 1,200 jobs worldwide.",
          {"300", "1,200"}, fixed=True),
    _case("weather: homes cut off by the fallen lines are not the peak",
          "The storm knocked down power lines, cutting power to 40,000 homes.",
          "The storm cut power to 120,000 homes at its peak.",
          {"40,000", "120,000"}, fixed=True),
    _case("sport: games played in four days are a part of the week's",
          "The Comets, playing 3 games in four days, lost to the Herons.",
          "The Comets played 5 games this week.",
          {"3", "5"}, fixed=True),
    # "of the" makes the name after it whose the name before is only when a person comes before
    # it: recall6 kept "Sales of the Comets Company" the company's only when "Sales" opened the
    # sentence, so an opening phrase ("In Tarnvik,") left both figures without their companies.
    _case("business: two companies' shares after an opening phrase",
          "In Tarnvik, shares of the Comets Company fell 12 percent.",
          "In Tarnvik, shares of the Herons Group fell 4 percent.",
          {"12 percent", "4 percent"}, fixed=True),
    # Stretches of a game ("in the first five minutes", "during a 15-2 run", "at the half") are a
    # `period`; periods meet only as echoes, and an echo paired two stretches told in nearly the
    # same words: the stretch named must be the same.
    _case("sport: a player's points in the first half are not those of one run",
          "Tom Smith scored 12 points in the first half.",
          "Tom Smith scored 8 points during a 15-2 run.",
          {"12", "8"}, fixed=True),
    _case("sport: a player's points at the half are not the third quarter's",
          "Tom Smith scored 8 points at the half.",
          "Tom Smith scored 12 points in the third quarter.",
          {"8", "12"}, fixed=True),
    _case("sport: points in the first five minutes are not those in the first ten",
          "Tom Smith scored 12 points in the first five minutes.",
          "Tom Smith scored 8 points in the first ten minutes.",
          {"12", "8"}, fixed=True),
    _case("sport: a lead at halftime and a lead in the first minutes, each paced by the player",
          "The Comets led 40-30 at halftime, behind 12 points from Tom Smith.",
          "The Comets led 15-4 in the first five minutes, behind 8 points from Tom Smith.",
          {"12", "8"}, fixed=True),
    _case("sport: two runs in two halves",
          "Tom Smith scored 6 points during a 15-2 run in the first half.",
          "Tom Smith scored 9 points during a 12-0 run in the second half.",
          {"6", "9"}, fixed=True),
    _case("disaster: people pulled out in the first half hour are not those of the first hours",
          "Rescuers pulled 12 people from the rubble in the first 30 minutes.",
          "Rescuers pulled 40 people from the rubble in the first five hours.",
          {"12", "40"}, fixed=True),
    # How sure someone is: a certainty told of someone else than the speaker ("doctors were",
    # "they were") is not the speaker's own; it had no holder and an echo paired it with his.
    _case("health: the doctors' certainty is not the patient's own",
          "Tom Smith said doctors were 90 percent sure he would walk again.",
          "Tom Smith said he was 60 percent sure he would walk again.",
          {"90 percent", "60 percent"}, fixed=True),
    _case("disaster: 'they were 90 percent sure' is not the speaker's own certainty",
          "Tom Smith said they were 90 percent sure the fire was arson.",
          "Tom Smith said he was 60 percent sure the fire was arson.",
          {"90 percent", "60 percent"}, fixed=True),
    # Found after the merge (the lead): an echo paired two names' figure with one of theirs.
    _case("business: two places' jobs together are not one place's",
          "Harbor City and Tarnvik could lose 300 jobs, Acme said.",
          "Tarnvik could lose 120 jobs, Acme said.",
          {"300", "120"}, fixed=True),
    _case("business: two companies' cuts together are not one company's",
          "Acme and Zenith Motors will cut 500 jobs in all.",
          "Zenith Motors will cut 200 jobs in all.",
          {"500", "200"}, fixed=True),
]


@pytest.mark.parametrize("first, second, texts", CASES)
def test_no_false_conflict(first, second, texts):
    check_verdicts(_report(first, second), texts, None)


CONTROLS = [
    ("business: the jobs cut told two ways",
     "Acme will cut 300 jobs.",
     "Acme will cut 1,200 jobs.",
     {"300", "1,200"}),
    ("weather: homes without power told two ways",
     "The storm cut power to 40,000 homes.",
     "The storm cut power to 120,000 homes.",
     {"40,000", "120,000"}),
    ("business: one company's shares told two ways",
     "Shares of the Comets Company fell 12 percent on Tuesday.",
     "Shares of the Comets Company fell 4 percent on Tuesday.",
     {"12 percent", "4 percent"}),
    ("sport: 'Tom Smith of the Comets' and Tom Smith's points told two ways",
     "The Herons won 3-1. Tom Smith of the Comets scored 20 points.",
     "The Herons won 3-1. Tom Smith scored 24 points.",
     {"20", "24"}),
    ("business: the company's cut told by its man and by itself",
     "Tom Smith of Acme said the company would cut 300 jobs.",
     "Acme said it would cut 1,200 jobs.",
     {"300", "1,200"}),
    ("sport: points in one stretch told two ways",
     "Tom Smith scored 12 points in the first five minutes.",
     "Tom Smith scored 8 points in the first five minutes.",
     {"12", "8"}),
    ("sport: points paced at halftime told two ways",
     "The Comets led 40-30 at halftime, behind 12 points from Tom Smith.",
     "The Comets led 40-30 at halftime, behind 8 points from Tom Smith.",
     {"12", "8"}),
    ("sport: points in one run told two ways",
     "Tom Smith scored 8 points during a 15-2 run.",
     "Tom Smith scored 6 points during a 15-2 run.",
     {"8", "6"}),
    ("sport: points at halftime and at the half: one stretch told two ways",
     "Tom Smith scored 12 points at halftime.",
     "Tom Smith scored 14 points at the half.",
     {"12", "14"}),
    ("sport: the first five minutes in words and in digits: one stretch",
     "Tom Smith scored 12 points in the first five minutes.",
     "Tom Smith scored 14 points in the first 5 minutes.",
     {"12", "14"}),
    ("sport: 'a 15-2 run' and 'the 15-2 run': one stretch",
     "Tom Smith scored 8 points during a 15-2 run.",
     "Tom Smith scored 6 points during the 15-2 run.",
     {"8", "6"}),
    ("sport: games sat out and games missed told two ways",
     "Tom Smith sat out 3 games with an ankle injury.",
     "Tom Smith missed 4 games with an ankle injury.",
     {"3", "4"}),
    ("disaster: the speaker's own certainty told two ways",
     "Tom Smith said he was 90 percent sure the fire was arson.",
     "Tom Smith said he was 60 percent sure the fire was arson.",
     {"90 percent", "60 percent"}),
    ("disaster: the police's certainty told two ways",
     "Police said they were 90 percent sure the fire was arson.",
     "Police said they were 60 percent sure the fire was arson.",
     {"90 percent", "60 percent"}),
    ("weather: the forecasters' confidence told two ways",
     "Forecasters are 70 percent confident the storm will hit Tarnvik.",
     "Forecasters are 40 percent confident the storm will hit Tarnvik.",
     {"70 percent", "40 percent"}),
    ("business: two places' jobs told together, two figures",
     "Harbor City and Tarnvik could lose 300 jobs, Acme said.",
     "Harbor City and Tarnvik could lose 120 jobs, Acme said.",
     {"300", "120"}),
]


@pytest.mark.parametrize("title, first, second, texts", CONTROLS, ids=[case[0] for case in CONTROLS])
def test_a_real_disagreement_stays_a_conflict(title, first, second, texts):
    check_verdicts(_report(first, second), texts, {"conflict"})
