"""A later edition's higher running count is an update, not a disagreement, on both of the
comparison's paths: the frame path and the echo path (two figures at one place in nearly the same
sentence)."""
from __future__ import annotations

import datetime as dt

import pytest

from factcheck import extract_article
from factcheck.compare.compare import _across_sources
from factcheck.models import Article, PublicationDate, Source

EARLIER = "Officials said 1,104 people have died in the province."


def _count(name: str, text: str, day: int):
    date = PublicationDate(year=2024, month=3, day=day, method="metadata")
    article = Article(source=Source(id=name, path=f"{name}.txt", content_hash=name, published=date), text=text)
    claims = [claim for claim in extract_article(article)[0] if claim.kind == "count"]
    assert len(claims) == 1, claims
    return claims[0]


@pytest.mark.parametrize("later, verdicts", [
    ("Officials said 1,500 people have now died in the province.", {"agree", "compatible"}),  # told as the latest
    ("Officials said 1,500 people died in the province.", {"conflict"}),  # no word of an update
    ("Officials said 900 people have now died in the province.", {"conflict"}),  # a later figure that is lower
    ("Officials said 1,500 people have died in the province.", {"agree", "compatible"}),  # the present perfect: as it stands
    ("Officials said 900 people have died in the province.", {"conflict"}),  # ... and lower
])
def test_an_update_told_in_the_same_words_is_no_conflict(later, verdicts):
    _verdict_holds(EARLIER, later, verdicts)


@pytest.mark.parametrize("earlier, later, verdicts", [
    # An outbreak's cases rise from week to week.
    ("Most cases are in the county, where 95 people have been infected.",
     "Most cases are in the county, where 113 people have been infected.", {"agree", "compatible"}),
    ("Most cases are in the county, where 95 people were infected.",
     "Most cases are in the county, where 113 people were infected.", {"conflict"}),  # no word of an update
])
def test_a_running_count_of_infections(earlier, later, verdicts):
    _verdict_holds(earlier, later, verdicts)


def _verdict_holds(earlier, later, verdicts):
    one, other = _count("a", earlier, 5), _count("b", later, 6)
    published = {"a": dt.date(2024, 3, 5), "b": dt.date(2024, 3, 6)}
    for echoes in ([], [(one, other)]):  # the frame path alone, then with the pair as an echo
        verdict, _ = _across_sources("count", [one, other], "x: y", echoes=echoes, published=published)
        assert verdict in verdicts, (echoes, verdict)
