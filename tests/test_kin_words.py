"""Kin told with a prefix are other kin: "great-grandchildren" never line up with "grandchildren",
nor a "step-daughter" with a "daughter" (align/keys.py keeps the prefixed word whole)."""
from __future__ import annotations

import pytest

from factcheck.align.keys import head_phrase, subject_keys
from factcheck.models import Article, Source
from tests.test_verdicts import DATE, _report_of


@pytest.mark.parametrize("prefixed, plain", [
    ("great-grandchildren", "grandchildren"),
    ("step-daughters", "daughters"),
    ("half-brothers", "brothers"),
])
def test_a_kin_prefix_makes_another_noun(prefixed, plain):
    assert head_phrase(prefixed)[1] != head_phrase(plain)[1]
    assert not set(subject_keys(prefixed)) & set(subject_keys(plain))


def test_an_obituary_s_grandchildren_and_great_grandchildren_are_never_grouped():
    texts = {"a": "Jones died on Friday. She is survived by three children and seven grandchildren.",
             "b": "Jones died on Friday. She leaves three children and two great-grandchildren."}
    report = _report_of([Article(source=Source(id=name, path=f"{name}.txt", content_hash=name, published=DATE), text=text)
                         for name, text in texts.items()])
    for finding in report.findings:
        assert {claim.text for claim in finding.claims} != {"seven", "two"}, finding
