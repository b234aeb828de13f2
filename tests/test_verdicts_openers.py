"""A name that opens its sentence and is also a dictionary word ("Apple", "Google", "Shell") is
read as a common opener ("Floods", "Revenue"), so its figure has no holder unless the same article
writes the word with a capital inside a sentence (holders.is_common_opener). Two such companies'
figures then meet as one fact: a lead's probe after this session's merges (issue 13). Left as a
strict xfail: the fix needs the story's other articles (one writes "while Apple spent"), which the
per-article extraction does not see. Controls: one company told alike agrees."""
from __future__ import annotations

import pytest

from tests.test_verdicts import _report, check_verdicts

LEFT = [
    pytest.param("Apple spent $2.4 billion on research last year. Google spent $1.9 billion on research last year.",
                 "Google spent $1.9 billion on research last year, while Apple spent $2.4 billion.",
                 {"$2.4 billion", "$1.9 billion"}, id="two companies opening their sentences, one article naming both",
                 marks=pytest.mark.xfail(strict=True, reason="openers that are dictionary words name no holder")),
    pytest.param("Shell earned $2.4 billion in the quarter.", "BP earned $1.9 billion in the quarter.",
                 {"$2.4 billion", "$1.9 billion"}, id="two oil companies, each outlet telling one",
                 marks=pytest.mark.xfail(strict=True, reason="openers that are dictionary words name no holder")),
]


@pytest.mark.parametrize("first, second, texts", LEFT)
def test_two_companies_opening_their_sentences_are_two_holders(first, second, texts):
    check_verdicts(_report(first, second), texts, None)


def test_one_company_told_alike_agrees():
    report = _report("Apple spent $2.4 billion on research in 2023.",
                     "Apple, the phone maker, spent $2.4 billion on research in 2023.")
    check_verdicts(report, {"$2.4 billion"}, {"agree"})
