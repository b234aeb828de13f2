"""review14: a hostile review of the recall8 (family counts), review13 (precision) and dates8 (tense)
rules on ordinary news of our own writing. Each pair was a wrong result of the integrated branch;
the fixed ones pass, the ones left are strict xfails that say what is still wrong."""
from __future__ import annotations

import pytest

from factcheck.extract import extract_time_expressions
from factcheck.models import Article, PublicationDate, Source
from tests.test_verdicts import _report, check_verdicts

# (title, article a, article b, the claim texts one finding must hold, the verdicts allowed;
#  None: no finding may hold a claim of each text across the two articles as a conflict)
CASES = [
    # recall8, family.py: two unnamed parents of one story told of different acts are two parents.
    ("an unnamed mother who died is not the unnamed mother injured",
     "A mother of two died when the bus left the road near Harwick, police said.",
     "A mother of three was seriously injured when the bus left the road near Harwick, police said.",
     {"two", "three"}, None),
    ("a gunman father and a father who tried to stop him are two fathers",
     "The gunman, a father of two, was shot by police.",
     "A father of three who tried to stop the gunman was wounded.",
     {"two", "three"}, None),
    ("control: one unnamed mother killed, told two ways, conflicts",
     "A mother of two was killed in the crash.",
     "A mother of three was killed in the crash.",
     {"two", "three"}, {"conflict"}),
    # a figure with a hyphen after it is an adjective's: "two-time champion", "three-time winner"
    ("the father of a two-time champion is no father of two",
     "Tom Lind, the father of two-time Olympic champion Sara Lind, died on Sunday at his home.",
     "Tom Lind, a father of three, died on Sunday at his home.",
     {"two", "three"}, None),
    # "the mother of one victim": "one" before a noun counts that noun
    ("the mother of one victim is no mother of one",
     "Maria Lopez, the mother of one victim, spoke at the vigil on Sunday.",
     "Maria Lopez, a mother of three, spoke at the vigil on Sunday.",
     {"one", "three"}, None),
    ("the mother of one teenager who was arrested is no mother of one",
     "Dana Cole, the mother of one teenager who was arrested, said her son was innocent.",
     "Dana Cole, a mother of four, said her son was innocent.",
     {"one", "four"}, None),
    ("the mother of two men killed counts the men, not her children",
     "Maria Lopez, the mother of two men killed in the shooting, called for calm.",
     "Maria Lopez, a mother of five, called for calm after the shooting.",
     {"two", "five"}, None),
    # "X and his two children were pulled from the car": the children with him, maybe some of them
    ("a father with two of his children is not told wrong by a father of four",
     "Tom Harlan and his two children were pulled from the car by firefighters.",
     "Tom Harlan, a father of four, was pulled from the car by firefighters.",
     {"two", "four"}, None),
    ("a mother at home with two daughters is not told wrong by a mother of three daughters",
     "Dana Cole and her two daughters were at home when the storm hit.",
     "Dana Cole, a mother of three daughters, was at home when the storm hit.",
     {"two", "three"}, None),
    # "a woman and her two children": someone unnamed right before the possessive owns the children
    ("her sister's children are not the speaker's",
     "Angela Marsh said her sister and her two children were trapped in the basement.",
     "Angela Marsh, a mother of three, said her sister was trapped in the basement.",
     {"two", "three"}, None),
    ("the man an officer carried and his children are not the officer's",
     "Officer Dan Price carried the man and his two children out of the burning house.",
     "Officer Dan Price, a father of three, carried a man and his children out of the burning house.",
     {"two", "three"}, None),
    ("control: a named mother's children told with the possessive alike conflict",
     "Angela Marsh and her two children were rescued from the roof.",
     "Angela Marsh and her three children were rescued from the roof.",
     {"two", "three"}, {"conflict"}),
    # "the mother of two children who were hurt": the children told of, maybe not all of hers
    ("the mother of two children who were hurt is no mother of two",
     "Ann Keller, the mother of two children who were hurt in the crash, spoke to reporters.",
     "Ann Keller, a mother of four, spoke to reporters after the crash.",
     {"two", "four"}, None),
    ("control: a named father of three and of four conflict",
     "Tom Reyes, a father of three, was pulled from the rubble on Monday.",
     "Tom Reyes, a father of four, was pulled from the rubble on Monday.",
     {"three", "four"}, {"conflict"}),
    # review13, frame_words.py: a margin is a noun's lead ("cut the lead to 12"), not the verb's
    ("job cuts a merger will lead to, told 500 and 800, conflict",
     "The merger will lead to 500 job cuts at the two banks, the union said.",
     "The merger will result in 800 job cuts at the two banks, the union said.",
     {"500", "800"}, {"conflict"}),
    ("deaths an outbreak could lead to, told 40 and 70, conflict",
     "Officials said the outbreak could lead to 40 deaths in the region this winter.",
     "Officials said the outbreak could cause 70 deaths in the region this winter.",
     {"40", "70"}, {"conflict"}),
    ("control: a lead cut to 12 and to 8 points conflict",
     "The Herons cut the lead to 12 points late in the third quarter.",
     "The Herons cut the lead to 8 points late in the third quarter.",
     {"12", "8"}, {"conflict"}),
    # review13, rounding.py: a sum in whole billions is another told to a decimal only within a tenth
    ("a £2bn plan and a £2.4bn plan conflict (a sixth apart is no rounding)",
     "The council approved a £2bn plan to rebuild the city's schools.",
     "The council approved a £2.4bn plan to rebuild the city's schools.",
     {"£2bn", "£2.4bn"}, {"conflict"}),
    ("control: a $14 billion deal is a $14.2 billion deal told round",
     "The company agreed to a $14 billion takeover of Norbank.",
     "The company agreed to a $14.2 billion takeover of Norbank.",
     {"$14 billion", "$14.2 billion"}, None),
    # review13, estimates.py: "in January 2024" and "in January" told the same year are one month
    ("jobs cut in January 2024 and in January conflict",
     "The company cut 1,000 jobs in January 2024, a spokeswoman said.",
     "The company cut 1,200 jobs in January, a spokeswoman said.",
     {"1,000", "1,200"}, {"conflict"}),
    ("control: jobs cut in January 2024 and in February are two months",
     "The company cut 1,000 jobs in January 2024, a spokeswoman said.",
     "The company cut 1,200 jobs in February, a spokeswoman said.",
     {"1,000", "1,200"}, None),
]


# What the narrowing costs: a parent named on one side only, told of two verbs for one act, is quiet.
LEFT = [
    ("a named mother shot and an unnamed mother killed, one woman, stay quiet",
     "Zara Quinn, a mother of 12, was shot while walking her daughter home.",
     "A mother of 13 was killed by a stray bullet while walking her daughter home.",
     {"12", "13"}, {"conflict"}),
]


@pytest.mark.xfail(strict=True, reason="review14: an unnamed parent meets another only told of the same verb after the figure")
@pytest.mark.parametrize("title, first, second, texts, verdicts", LEFT, ids=[case[0] for case in LEFT])
def test_verdict_left_quiet(title, first, second, texts, verdicts):
    check_verdicts(_report(first, second), texts, verdicts)


@pytest.mark.parametrize("title, first, second, texts, verdicts", CASES, ids=[case[0] for case in CASES])
def test_verdict_between_sources(title, first, second, texts, verdicts):
    check_verdicts(_report(first, second), texts, verdicts)


def _timex(text: str, published: str) -> dict[str, str]:
    year, month, day = map(int, published.split("-"))
    source = Source(id="a", path="a.txt", content_hash="a",
                    published=PublicationDate(year=year, month=month, day=day, method="metadata"))
    return {claim.text: str(claim.value.start) for claim in extract_time_expressions(Article(source=source, text=text))}


# dates8 rules left wrong: a weekday after a cue of what is ahead ("next round") told in the past.
LEFT_DATES = [
    ("a next round of talks told in the past",
     "The next round of talks, on Monday, ended without a deal.", "2024-03-06", "Monday", "2024-03-04"),
    ("a hearing set for a weekday gone by",
     "The judge set a hearing for Monday, where the defendant pleaded not guilty.", "2024-03-06", "Monday", "2024-03-04"),
]


@pytest.mark.xfail(strict=True, reason="review14: a cue of what is ahead (next round, set a hearing for) told in the "
                                        "past still reads a weekday as the coming one")
@pytest.mark.parametrize("title, text, published, expression, start", LEFT_DATES, ids=[case[0] for case in LEFT_DATES])
def test_dates_left_wrong(title, text, published, expression, start):
    assert _timex(text, published).get(expression) == start
