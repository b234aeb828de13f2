"""A name that opens its sentence and is also a dictionary word ("Apple", "Google", "Shell") is
read as a common opener ("Floods", "Revenue"), so its figure has no holder unless the same article
writes the word with a capital inside a sentence (openers.common_opening_word). Two such companies'
figures met as one fact: a lead's probe after this session's merges (issue 13). Two sentences of one
shape, "<Name> <verb> <figure>", with the same verb and two opening words, one surely a name, are
two holders now (compare/apart.py). Controls: one company told alike agrees, told two ways
conflicts, and two dictionary words opening alike sentences are left to the frames."""
from __future__ import annotations

import pytest

from tests.test_verdicts import _report, check_verdicts

QUIET = [
    ("two companies opening their sentences, one article naming both",
     "Apple spent $2.4 billion on research last year. Google spent $1.9 billion on research last year.",
     "Google spent $1.9 billion on research last year, while Apple spent $2.4 billion.",
     {"$2.4 billion", "$1.9 billion"}),
    ("two oil companies, each outlet telling one",
     "Shell earned $2.4 billion in the quarter.", "BP earned $1.9 billion in the quarter.",
     {"$2.4 billion", "$1.9 billion"}),
]
CONTROLS = [
    ("one company's spending told two ways",
     "Apple spent $2.4 billion on research last year.", "Apple spent $1.9 billion on research last year.",
     {"$2.4 billion", "$1.9 billion"}, {"conflict"}),
    ("one company's spending told alike",
     "Apple spent $2.4 billion on research in 2023.", "Apple, the phone maker, spent $2.4 billion on research in 2023.",
     {"$2.4 billion"}, {"agree"}),
]


@pytest.mark.parametrize("title, first, second, texts", QUIET, ids=[case[0] for case in QUIET])
def test_two_companies_opening_their_sentences_are_two_holders(title, first, second, texts):
    check_verdicts(_report(first, second), texts, None)


@pytest.mark.parametrize("title, first, second, texts, verdicts", CONTROLS, ids=[case[0] for case in CONTROLS])
def test_one_company_told_twice_is_compared(title, first, second, texts, verdicts):
    check_verdicts(_report(first, second), texts, verdicts)
