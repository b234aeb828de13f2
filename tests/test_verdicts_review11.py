"""Precision review 11 (issue 13): long articles of civic news, several outlets per event.

tests/data_review11/sets.py holds sets of 2-4 articles of 3-8 paragraphs about one invented event
each (an election, a budget vote, a corruption sentence, a rate decision, a jobs report, earnings
and job cuts, an outbreak, a drug trial, a climate report, a rail strike, a protest, a poll), told
the way wire services, national and local papers tell them: totals and parts, police and organiser
counts, last year's figure as background, rounding, updated tolls, other currencies. An editor
would find no discrepancy in them, so none may hold a conflict; three sets carry one planted real
discrepancy each. On main before this review three sets were loud: "the 76 needed to govern alone"
against parliament's 150 seats, "Last month's 24-hour strike" against this "48-hour strike", and
"officials said on Monday" / "queued on Saturday as the outbreak grew" as two dates of one act.
The pairs below pin each rule and its control."""
from __future__ import annotations

import pytest

from tests.data_review11.sets import PLANTED, SETS
from tests.test_verdicts import _report, _report_many, check_verdicts, verdict_case

# Left: "has infected 1,700 people, the ministry said" (Friday's) / "At least 1,932 people have been
# infected" (Sunday's, in an article telling "up from 41 on Friday" of the dead): a running total
# told on two days, which no rule yet tells from one figure told two ways.
_LEFT = {"toll_update": "review11: a running total updated between two reports"}
QUIET_SETS = [pytest.param(name, marks=pytest.mark.xfail(strict=True, reason=_LEFT[name])) if name in _LEFT else name
              for name in SETS if name not in PLANTED]


@pytest.mark.parametrize("name", QUIET_SETS)
def test_a_set_without_a_discrepancy_has_no_conflict(name):
    report = _report_many(SETS[name])
    conflicts = [(f.explanation, [(c.source, c.text) for c in f.claims]) for f in report.findings if f.verdict == "conflict"]
    assert not conflicts, conflicts


_MISSED = pytest.mark.xfail(strict=True, reason="review11: recall, the two sentences tell the figure in other words")


@pytest.mark.parametrize("name", [
    "sentence_planted",
    # "cutting 2,300 jobs" / "putting 2,800 people out of work": jobs and people, two frames.
    pytest.param("layoffs_planted", marks=_MISSED),
    # "Core inflation, which excludes food and energy, was 3.9 percent" / "Excluding food and energy,
    # prices rose 3.4 percent": one measure told by its definition on one side.
    pytest.param("inflation_planted", marks=_MISSED),
    # "will raise the standard rate of value-added tax to 25 percent" / "the standard VAT rate will
    # rise to 23 percent": the frames keep the whole clause and the reader's name.
    pytest.param("tax_planted", marks=_MISSED),
    "rate_planted",
])
def test_a_planted_discrepancy_is_a_conflict(name):
    check_verdicts(_report_many(SETS[name]), PLANTED[name], {"conflict"})


def _case(title, first, second, texts, fixed=True):
    return verdict_case(title, first, second, texts, "review11", fixed)


CASES = [
    _case("election: the seats needed for a majority are not the seats of parliament",
          "Anna Kessel's Social Democrats emerged as the largest party on Sunday night, winning 71 seats, five short "
          "of the 76 needed to govern alone. The Greens, with 14 seats, would give a coalition 85 of parliament's 150 seats.",
          "With 98 percent of votes counted, the Social Democrats took 34.2 percent of the vote and 71 of the 150 seats in parliament.",
          {"76", "150"}),
    _case("strike: last month's strike is another strike",
          "Last month's 24-hour strike cost 50 million euros.",
          "A 48-hour strike by train drivers halted most services on Thursday.",
          {"24-hour", "48-hour"}),
    _case("health: the day officials said it is not the day parents queued",
          "The number of measles cases in an outbreak in the Tarnvik region has risen to 86, health officials said on "
          "Monday, up from 61 a week ago.",
          "Parents queued for more than an hour outside the clinic at Tarnvik's sports hall on Saturday as the measles outbreak grew.",
          {"Monday", "Saturday"}),
    _case("protest: more than a dozen is 14",
          "Police said they arrested 14 people after clashes near parliament.",
          "More than a dozen people were detained after clashes near parliament.",
          {"14", "More than a dozen"}),
    _case("protest: the ministry's count of the protesters is not the unions'",
          "Nationwide, 210,000 people protested, according to the interior ministry.",
          "Some 600,000 people protested across the country on Saturday, unions said.",
          {"210,000", "Some 600,000"}),
    _case("strike: the managers' count of strikers is not the union's",
          "Hospital managers said about 11,000 nurses had joined the strike.",
          "About 15,000 nurses joined the strike, their union said.",
          {"about 11,000", "About 15,000"}),
    _case("court: a co-defendant's term is not the mayor's",
          "Marsby builder Sven Rask was sentenced to three years in prison on Tuesday for paying bribes to former "
          "mayor Erik Dahl, who was sentenced to eight years.",
          "Businessman Karl Holm was sentenced to five years, and Sven Rask to three years.",
          {"eight years", "five years"}),
    _case("jobs: July's gain is not August's",
          "The U.S. economy added 187,000 jobs in August.",
          "The economy added 157,000 jobs in July, fewer than first reported.",
          {"187,000", "157,000"}),
    _case("jobs: the months of two gains are not two dates of one",
          "The U.S. economy added 187,000 jobs in August.",
          "The economy added 157,000 jobs in July, fewer than first reported.",
          {"August", "July"}),
    _case("rates: where mortgage rates have risen from is not the central bank's rate",
          "The rate was 3.5 percent in January.",
          "Mortgage rates have risen from 5.4 percent in January.",
          {"3.5 percent", "5.4 percent"}),
    _case("poll: a subgroup's approval is a part of the poll",
          "Brun's approval fell to 24 percent on Sunday.",
          "Among men, approval was 27 percent.",
          {"24 percent", "27 percent"}),
    _case("budget: next year's spending is not this year's",
          "This year the government spent 2.9 billion euros on rail.",
          "Next year the government will spend 3.5 billion euros on rail.",
          {"2.9 billion euros", "3.5 billion euros"}),
    _case("budget: the days of two years' spending are two acts",
          "This year the government spent 2.9 billion euros on rail.",
          "Next year the government will spend 3.5 billion euros on rail.",
          {"This year", "Next year"}),
    _case("budget: next year's spending is a part of the plan",
          "The government will spend 20 billion euros on rail.",
          "Next year the government will spend 3.5 billion euros on rail.",
          {"20 billion euros", "3.5 billion euros"}),
    _case("strike: Friday's share of trains and Saturday's are two days' figures",
          "About 25 percent of long-distance trains ran on Friday, the second day of the strike.",
          "Only 20 percent of long-distance trains ran on Saturday.",
          {"Friday", "Saturday"}),
    _case("election: a party's seats in 2016 are not its seats now",
          "The Social Democrats won 71 seats.",
          "The Social Democrats won 80 seats in 2016.",
          {"71", "80"}),
    _case("election: turnout four years ago is not this turnout",
          "Turnout was 68.4 percent.",
          "Turnout was 61 percent four years ago.",
          {"68.4 percent", "61 percent"}),
    _case("health: last week's case count is not this week's",
          "The measles outbreak has infected 86 people.",
          "The measles outbreak had infected 61 people a week ago.",
          {"86", "61"}),
    _case("earnings: the year's loss is not the quarter's",
          "The company reported a net loss of $200 million.",
          "The company reported a net loss of $1.1 billion for the year.",
          {"$200 million", "$1.1 billion"}),
    _case("markets: a fall told in whole percent is the fall told to a tenth",
          "Norvex shares fell 6 percent in Stockholm.",
          "Norvex shares closed down 5.8 percent.",
          {"6 percent", "5.8 percent"}),
    _case("parliament: the first reading's vote is not the final vote",
          "The bill passed by 98 votes to 61.",
          "In the first reading, the bill passed by 102 votes to 57.",
          {"98", "102"}),
    _case("weather: a toll given on Monday and one given on Wednesday are an update",
          "The storm killed 12 people, officials said on Monday.",
          "The storm killed 15 people, officials said on Wednesday.",
          {"12", "15"}),
    _case("strike: the union's count of strikers is not the managers'",
          "The union said 15,000 nurses walked out.",
          "Managers said 11,000 nurses walked out.",
          {"15,000", "11,000"}),
    _case("inflation: a month's rise 'alone' is a part of the year's",
          "Food prices rose 4.2 percent.",
          "Food prices rose 0.5 percent in February alone.",
          {"4.2 percent", "0.5 percent"}),
    _case("jobs: unemployment in one town is not the country's",
          "Unemployment in Tarnvik is 8.9 percent.",
          "Unemployment is 6.5 percent nationally.",
          {"8.9 percent", "6.5 percent"}),
    _case("health: one dose's efficacy is not two doses'",
          "The vaccine was 91 percent effective after two doses.",
          "One dose was 52 percent effective.",
          {"91 percent", "52 percent"}),
    _case("health: a trial's patients in one country are a part of those in 14",
          "The trial enrolled 1,795 people in 14 countries.",
          "The trial enrolled 600 people in the United States.",
          {"1,795", "600"}),
]

CONTROLS = [
    pytest.param("The party won 71 seats, five short of the 76 seats needed for a majority.",
                 "The party won 71 seats, six short of the 77 seats needed for a majority.",
                 {"76", "77"}, id="two thresholds told alike disagree"),
    pytest.param("A 24-hour strike by train drivers halted most services on Thursday.",
                 "A 48-hour strike by train drivers halted most services on Thursday.",
                 {"24-hour", "48-hour"}, id="one strike's two lengths disagree"),
    pytest.param("The outbreak began on Monday, health officials said.",
                 "The outbreak began on Saturday, officials said.",
                 {"Monday", "Saturday"}, id="the day the outbreak began, told before the saying"),
    pytest.param("Police said they arrested 14 people after clashes near parliament.",
                 "A dozen people were detained after clashes near parliament.",
                 {"14", "A dozen"}, id="a dozen is not 14"),
    pytest.param("Police said 45,000 people marched in Lorvik on Saturday.",
                 "Police said 60,000 people marched in Lorvik on Saturday.",
                 {"45,000", "60,000"}, id="one sayer's two crowd counts disagree"),
    pytest.param("45,000 people marched in Lorvik on Saturday.", "60,000 people marched in Lorvik on Saturday.",
                 {"45,000", "60,000"}, id="two crowd counts told by nobody disagree"),
    pytest.param("Police said 12 people were killed in the blast.",
                 "Hospital officials said 15 people were killed in the blast.",
                 {"12", "15"}, id="a toll is no crowd: two sayers' tolls disagree"),
    pytest.param("Erik Dahl was sentenced to eight years in prison on Tuesday.",
                 "Erik Dahl was sentenced to six years in prison on Tuesday.",
                 {"eight years", "six years"}, id="one man's two terms disagree"),
    # (months of this year: in a story of March 5 "added ... in July" is last July, a figure told as history,
    # which alignment keeps apart; the comma of "187,000" once hid the past "added" and made it the coming July)
    pytest.param("The economy added 187,000 jobs in January.", "The economy added 187,000 jobs in February.",
                 {"January", "February"}, id="one gain told of two months"),
    pytest.param("Mortgage rates have risen from 5.4 percent in January.",
                 "Mortgage rates have risen from 5.1 percent in January.",
                 {"5.4 percent", "5.1 percent"}, id="two bases of one rise disagree"),
    pytest.param("Among men, approval was 27 percent.", "Among men, approval was 25 percent.",
                 {"27 percent", "25 percent"}, id="one subgroup's two shares disagree"),
    pytest.param("Next year the government will spend 3.5 billion euros on rail.",
                 "Next year the government will spend 3 billion euros on rail.",
                 {"3.5 billion euros", "3 billion euros"}, id="one year's two sums disagree"),
    pytest.param("About 25 percent of long-distance trains ran on Friday.",
                 "About 25 percent of long-distance trains ran on Saturday.",
                 {"Friday", "Saturday"}, id="one figure told of two days"),
    pytest.param("The Social Democrats won 80 seats in 2016.", "The Social Democrats won 76 seats in 2016.",
                 {"80", "76"}, id="one past year's two figures disagree"),
    pytest.param("The bank kept its rate at 4 percent.", "The bank kept its rate at 4.25 percent.",
                 {"4 percent", "4.25 percent"}, id="a level is not rounded: 4 and 4.25 percent disagree"),
    pytest.param("Shares fell 6 percent.", "Shares fell 6.8 percent.",
                 {"6 percent", "6.8 percent"}, id="6.8 does not round to 6"),
    pytest.param("The hospital has 80 beds and was treating 210 patients.", "The hospital was treating 180 patients.",
                 {"210", "180"}, id="one hospital's two patient counts disagree"),
    pytest.param("The storm killed 12 people, officials said on Monday.",
                 "The storm killed 15 people, officials said on Monday.",
                 {"12", "15"}, id="two tolls given on one day disagree"),
    pytest.param("In the first reading, the bill passed by 102 votes to 57.",
                 "In the first reading, the bill passed by 98 votes to 57.",
                 {"102", "98"}, id="one reading's two tallies disagree"),
    pytest.param("Food prices rose 0.5 percent in February alone.", "Food prices rose 0.7 percent in February alone.",
                 {"0.5 percent", "0.7 percent"}, id="one month's two rises disagree"),
    pytest.param("Unemployment in Tarnvik is 8.9 percent.", "Unemployment in Tarnvik is 7.9 percent.",
                 {"8.9 percent", "7.9 percent"}, id="one town's two rates disagree"),
    pytest.param("Two people were killed and 12 injured.", "Two people were killed and 15 injured, police said.",
                 {"12", "15"}, id="two counts of the injured disagree"),
    pytest.param("The vaccine was 91 percent effective after two doses.",
                 "The vaccine was 88 percent effective after two doses.",
                 {"91 percent", "88 percent"}, id="two doses' two efficacies disagree"),
    pytest.param("The trial enrolled 600 people in the United States.", "The trial enrolled 650 people in the United States.",
                 {"600", "650"}, id="one country's two enrolments disagree"),
    pytest.param("The trial enrolled 1,795 people in 14 countries.", "The trial enrolled 1,700 people in 14 countries.",
                 {"1,795", "1,700"}, id="two enrolments across 14 countries disagree"),
]


@pytest.mark.parametrize("first, second, texts", CASES)
def test_no_false_conflict(first, second, texts):
    check_verdicts(_report(first, second), texts, None)


@pytest.mark.parametrize("first, second, texts", CONTROLS)
def test_a_real_disagreement_stays_a_conflict(first, second, texts):
    check_verdicts(_report(first, second), texts, {"conflict"})
