"""Verdicts between sources for the recall rules of issue 13 (recall8): each rule has cases where
it makes a conflict and ordinary pairs of other kinds of news it must leave quiet."""
from __future__ import annotations

import pytest

from tests.test_verdicts import _report, check_verdicts

# (title, article a, article b, the claim texts one finding must hold, the verdicts allowed;
#  None: no finding may hold a claim of each text across the two articles as a conflict)
CASES = [
    # A parent's children told with the parent ("a mother of two") are a count of that person's
    # children (event: the parent word), whatever the clause's verb tells (family.py).
    ("two outlets' mother of two and of three, unnamed, conflict",
     "A 59-year-old mother of two died when a drunken driver struck her with his car, police said.",
     "Sadly, the mother of three died from injuries she sustained in the crash.",
     {"two", "three"}, {"conflict"}),
    ("a named victim's children told as 12 and 13 conflict",
     "Dana Whitfield, 34, a mother of 12, was fatally shot while picking up her daughter from school.",
     "Video of Tarnvik mother of 13 Dana Whitfield being shot was shown in court on Thursday.",
     {"12", "13"}, {"conflict"}),
    ("a father of three told alike agrees",
     "Tom Harlan, a father of three, was among those pulled from the rubble.",
     "Rescuers pulled Tom Harlan, a father-of-three, from the rubble after six hours.",
     {"three"}, {"agree"}),
    ("the mother's children are not the father's",
     "A mother of two died in the crash on the coast road.",
     "A father of three was injured in the crash on the coast road.",
     {"two", "three"}, None),
    ("a grandmother's grandchildren are not a mother's children",
     "The victim, a grandmother of seven, died at the scene.",
     "The victim, a mother of three, died at the scene.",
     {"seven", "three"}, None),
    ("two named mothers' children are two facts",
     "Dana Whitfield, a mother of two, was killed in the blast.",
     "Ann Mercer, a mother of four, was killed in the blast.",
     {"two", "four"}, None),
    ("a mother of two who died is not a toll of two",
     "A mother of two died when the bus left the road.",
     "The bus crash killed three people, police said.",
     {"two", "three"}, None),
    ("her children in the car are not the number she is mother of",
     "A mother of two was killed when the car overturned.",
     "Her three children, who were in the back seat, were treated for minor injuries.",
     {"two", "three"}, None),
    ("a second woman told by one outlet meets the same woman in the other",
     "A mother of two died and a mother of three was injured when the wall collapsed.",
     "A mother of three was injured when the wall collapsed, officials said.",
     {"two", "three"}, None),
    ("a father of three sons is not told wrong by a father of five",
     "Tom Harlan, a father of three sons, was pulled from the rubble.",
     "Tom Harlan, a father of five, was pulled from the rubble.",
     {"three", "five"}, None),
    ("the mother of one of the victims is no mother of one",
     "The mother of one of the victims spoke to reporters outside the court.",
     "The victim, a mother of three, was 34.",
     {"one", "three"}, None),
    # "Benson and her two young sons": the children of the name nearest before the possessive.
    ("a named witness's sons told as two and three conflict",
     "Just seconds before, Angela Marsh and her two young sons were walking in the same crosswalk.",
     "The driver sped away, said witness Angela Marsh, who had just left the store with her three young sons.",
     {"two", "three"}, {"conflict"}),
    ("her children and his children are two parents' children",
     "Angela Marsh and her two children were rescued from the roof.",
     "Tom Marsh and his three children were rescued from the roof.",
     {"two", "three"}, None),
    ("two named women's children are two facts",
     "Angela Marsh and her two children were rescued from the roof.",
     "Dana Whitfield and her four children were rescued from the roof.",
     {"two", "four"}, None),
    ("her sons are not her children",
     "Angela Marsh and her two sons were rescued from the roof.",
     "Angela Marsh, a mother of five, was rescued from the roof.",
     {"two", "five"}, None),
    ("a father of two-year-old twins counts no children",
     "The father of two-year-old twins was arrested on Friday.",
     "The father of three was arrested on Friday.",
     {"two", "three"}, None),
]


@pytest.mark.parametrize("title, first, second, texts, verdicts", CASES, ids=[case[0] for case in CASES])
def test_verdict_between_sources(title, first, second, texts, verdicts):
    check_verdicts(_report(first, second), texts, verdicts)
