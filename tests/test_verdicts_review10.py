"""Precision review 10 (issue 13): false conflicts that recall7's and dates7's rules made on
ordinary news of other kinds than the dev set's.

recall7 gave a part told in an "including" phrase its whole's event, and let a figure that measures
its stretch ("will miss the final two games") disagree like any other; dates7 ordered a weekday
after "after"/"before" against the day told with it. Each pair below is two outlets' ordinary
sentences about one event; a careful editor would call none a conflict, and the tool did when the
review was made (quiet on main before those rules). ``CONTROLS`` are real disagreements of the same
kinds that must stay conflicts."""
from __future__ import annotations

import pytest

from factcheck.models import PublicationDate
from tests.test_verdicts import _report, _report_dated, check_verdicts, verdict_case


def _case(title, first, second, texts, fixed=False):
    return verdict_case(title, first, second, texts, "review10", fixed)


CASES = [
    # A measured stretch is named by its word (first, final) and by the counted noun's own words:
    # the final two home games are a part of the final games, playoff games are no season's games.
    _case("sport: the final home games are a part of the final games",
          "Tom Smith will miss the final two home games.",
          "Tom Smith will miss the final three games.",
          {"two", "three"}, fixed=True),
    _case("sport: the first playoff games are not the first games of the season",
          "Tom Smith will miss the first two playoff games.",
          "Tom Smith missed the first three games of the season.",
          {"two", "three"}, fixed=True),
    _case("sport: the first preseason games are not the first games",
          "Tom Smith will miss the first two preseason games.",
          "Tom Smith will miss the first three games.",
          {"two", "three"}, fixed=True),
    # A whole told before its verb ("Five people, including two children, were killed ...") may be
    # narrowed after the verb to a time, a place or a scope the part's own frame does not read: the
    # part then took the event alone and met the whole toll's part.
    _case("disaster: the children killed in one car are not the storm's",
          "Five people, including two children, were killed when their car was crushed by a tree.",
          "The storm killed 30 people, including 11 children.",
          {"two", "11"}, fixed=True),
    _case("disaster: the children of a second blast are not the first blast's",
          "At least 12 people, including four children, were killed in a second blast nearby.",
          "The first blast killed 30 people, including seven children.",
          {"four", "seven"}, fixed=True),
    _case("conflict: the children killed since January are not one day's",
          "Since January, 400 people, including 90 children, have been killed in the fighting.",
          "Tuesday's shelling killed 30 people, including 12 children.",
          {"90", "12"}, fixed=True),
    _case("health: the babies who died at one hospital are not the outbreak's",
          "Eight patients, including three babies, have died at the city hospital.",
          "The outbreak has killed 40 people, including nine babies.",
          {"three", "nine"}, fixed=True),
    _case("disaster: a similar blast in 2010 is history",
          "Nine people, including three children, had been killed in a similar blast in 2010.",
          "The blast killed 30 people, including seven children.",
          {"three", "seven"}, fixed=True),
    # Left: the part does not carry its whole's counted noun (the ministers among officials), as a
    # plain "Four women were sacked" does not on main either.
    _case("politics: the women among sacked ministers are not those among sacked officials",
          "Twelve ministers, including four women, were sacked in the reshuffle.",
          "The prime minister sacked 20 officials, including seven women.",
          {"four", "seven"}),
]


@pytest.mark.parametrize("first, second, texts", CASES)
def test_no_false_conflict(first, second, texts):
    check_verdicts(_report(first, second), texts, None)


# A Wednesday: the weekdays below are read against it.
WEDNESDAY = PublicationDate(year=2012, month=10, day=10, method="metadata")

DATE_CASES = [
    # The day after a saying ("said on Tuesday that he would decide after the vote on Monday") is
    # not ordered before the saying's day: the "after" phrase orders the later clause's act.
    pytest.param("Smith said on Tuesday that he would decide after the parliamentary vote on Monday.",
                 "The parliamentary vote will be held on October 15.",
                 {"Monday", "October 15"}, id="politics: a vote after which he would decide, told after the saying's day"),
    pytest.param("Smith said on Monday he will travel to Paris after the summit on Friday.",
                 "The summit will open on October 12 in Brussels.",
                 {"Friday", "October 12"}, id="diplomacy: a summit after which he will travel, told after the saying's day"),
]


@pytest.mark.parametrize("first, second, texts", DATE_CASES)
def test_no_false_date_conflict(first, second, texts):
    check_verdicts(_report_dated((first, WEDNESDAY), (second, WEDNESDAY)), texts, None)


CONTROLS = [
    ("sport: the final home games told two ways",
     "Tom Smith will miss the final two home games.",
     "Tom Smith will miss the final three home games.",
     {"two", "three"}),
    ("sport: the final games told two ways, one of the season",
     "Tom Smith will miss the final two games of the season.",
     "Tom Smith will miss the final three games.",
     {"two", "three"}),
    ("disaster: the children killed in the blast told two ways",
     "At least 12 people, including seven children, were killed in the blast.",
     "The blast killed 30 people, including four children.",
     {"seven", "four"}),
    ("disaster: a part told before its whole's verb, with the source after",
     "Twelve people, including seven children, were killed, police said.",
     "The blast killed 30 people, including four children.",
     {"seven", "four"}),
]


@pytest.mark.parametrize("title, first, second, texts", CONTROLS, ids=[case[0] for case in CONTROLS])
def test_a_real_disagreement_stays_a_conflict(title, first, second, texts):
    check_verdicts(_report(first, second), texts, {"conflict"})


def test_a_real_date_disagreement_after_a_saying_stays_a_conflict():
    # the vote after which he would decide is next Monday: another date for it still disagrees
    report = _report_dated(("Smith said on Tuesday that he would decide after the parliamentary vote on Monday.", WEDNESDAY),
                           ("The parliamentary vote will be held on October 22.", WEDNESDAY))
    check_verdicts(report, {"Monday", "October 22"}, {"conflict"})


def test_a_weekday_before_a_unit_named_by_an_ordinal_agrees_with_its_date():
    # "Monday, the 3rd Battalion" read as "Monday the 3rd" was 3 September, a month before the news
    report = _report_dated(("On Monday, the 3rd Battalion left Tarnvik for the front.", WEDNESDAY),
                           ("The 3rd Battalion left Tarnvik for the front on October 8.", WEDNESDAY))
    check_verdicts(report, {"Monday", "October 8"}, {"agree"})


# False conflicts of the same kinds that main's code (926220c) reports as well, not brought by the
# rules reviewed: the parts of two "including" phrases meet whatever narrows their wholes, and a
# stretch told with a cue the frame does not keep ("before the break") meets the plain one. Strict:
# when a precision fix quiets one, make it a plain case above.
ON_MAIN_TOO = [
    ("disaster: the children of the first blast are not those of both",
     "Twelve people, including four children, were killed in the first blast.",
     "The two blasts killed 30 people, including seven children.",
     {"four", "seven"}),
    ("crime: the minors arrested on the first night are not all those arrested",
     "Sixty people, including nine minors, were arrested on the first night.",
     "Police have arrested 200 people, including 30 minors.",
     {"nine", "30"}),
    ("disaster: a similar blast in 2010, told first, is history",
     "In 2010, a similar blast killed nine people, including three children.",
     "The blast killed 30 people, including seven children.",
     {"three", "seven"}),
    ("health: the health workers infected in all are not this week's",
     "The virus has infected 300 people, including 40 health workers.",
     "The virus infected 20 people this week, including four health workers.",
     {"40", "four"}),
    ("sport: the first games of the new season are not this season's",
     "Tom Smith missed the first two games of the season.",
     "Tom Smith will miss the first three games of the new season.",
     {"two", "three"}),
    ("sport: the final games of a rookie season are not this season's",
     "Tom Smith missed the final two games of the season as a rookie.",
     "Tom Smith will miss the final three games.",
     {"two", "three"}),
    ("sport: the first games missed injured are not the first games of a later ban",
     "Tom Smith missed the first two games of the season with a hamstring injury.",
     "Tom Smith will miss the first three games after his suspension was upheld.",
     {"two", "three"}),
    ("sport: the final games before the break are not the season's final games",
     "Tom Smith will miss the final two games before the break.",
     "Tom Smith will miss the final three games.",
     {"two", "three"}),
]


@pytest.mark.parametrize("title, first, second, texts", [
    pytest.param(*case, id=case[0], marks=pytest.mark.xfail(strict=True, reason="a false conflict on main too, left to a precision review"))
    for case in ON_MAIN_TOO])
def test_no_false_conflict_on_main_too(title, first, second, texts):
    check_verdicts(_report(first, second), texts, None)
