"""Claims are compared only within a story: unrelated events with look-alike claims stay apart."""
from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest

from factcheck import check_report
from factcheck.align.stories import assign_stories, figure_terms
from factcheck.article_step import extract_article
from factcheck.load.corpus import load_corpus

FLOOD_A = """---
outlet: Valley Herald
published: 2023-05-04
---
Floods swept through Karvona on Tuesday. At least 40 people died in Karvona, officials in the Drenmoor province said, and the Karvona river burst its banks near the Drenmoor border.
"""
FLOOD_A2 = """---
outlet: Coast Daily
published: 2023-05-05
---
Rescuers in Karvona searched for survivors. More than 60 people died in the Karvona floods, Drenmoor officials said, as the river in Karvona kept rising.
"""
FLOOD_B = """---
outlet: Plains Gazette
published: 2023-05-04
---
A flood hit Ostrelund overnight. About 12 people died in Ostrelund, the Vashti regional office said, while Ostrelund schools stayed shut across Vashti.
"""


def test_look_alike_claims_of_different_stories_are_not_compared(tmp_path):
    corpus = tmp_path / "sources"
    corpus.mkdir()
    for name, text in (("a1", FLOOD_A), ("a2", FLOOD_A2), ("b1", FLOOD_B)):
        (corpus / f"{name}.txt").write_text(text, encoding="utf-8")
    report = check_report(corpus, tmp_path / "claims")
    stories = {source.id: source.story for source in report.sources}
    assert stories["a1"] == stories["a2"] != stories["b1"]
    deaths = [f for f in report.findings if f.kind == "count" and "people" in f.subject]
    mixed = [f for f in deaths if {c.source for c in f.claims} & {"b1"} and len({c.source for c in f.claims}) > 1]
    assert mixed == []
    same_flood = [f for f in deaths if {c.source for c in f.claims} == {"a1", "a2"}]
    assert same_flood and same_flood[0].verdict == "compatible"  # "at least 40" and "more than 60" overlap


CASES = Path(__file__).parent / "stories"


def _read_case(path: Path) -> tuple[list[set[str]], dict[str, str]]:
    """A story case (tests/stories/README.md): the expected stories, and each article's file text."""
    head, *blocks = path.read_text(encoding="utf-8").split("=== ")
    expect = [set(group.split()) for group in head.removeprefix("# expect:").split("|")]
    articles = {}
    for block in blocks:
        source, _, body = block.partition("\n")
        front, _, text = body.partition("\n") if body.startswith("published:") else ("", "", body)
        articles[source.strip()] = (f"---\n{front}\n---\n" if front else "") + text
    return expect, articles


@pytest.mark.parametrize("case", sorted(CASES.glob("*.txt")), ids=lambda path: path.stem)
def test_story_cases(tmp_path, case):
    """Each case's stories, whichever order the articles are met in (their ids set the order)."""
    expect, articles = _read_case(case)
    assert sorted(name for group in expect for name in group) == sorted(articles), "name every article once"
    for name, text in articles.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    loaded, _ = load_corpus(tmp_path)
    terms = {a.source.id: extract_article(a)[1] for a in loaded}  # names and figures, as a check reads them
    published = {a.source.id: a.source.published.date for a in loaded}
    backwards = {f"z{place}": name for place, name in enumerate(sorted(terms, reverse=True))}
    for ids in ({name: name for name in terms}, backwards):
        story_of = assign_stories({new: terms[old] for new, old in ids.items()},
                                  {new: published[old] for new, old in ids.items()})
        found = defaultdict(set)
        for source, story in story_of.items():
            found[story].add(ids[source])
        assert sorted(map(sorted, found.values())) == sorted(map(sorted, expect))


@pytest.mark.parametrize("sentence, terms", [
    ("Regular pay growth slowed to 4.4% and 1,104 jobs went.", {"%4.4": 1, "#1104:jobs": 1, "~#1100:jobs": 1}),  # a count
    # with what it counts; a figure of three digits or more also rounded by one (another outlet may round it)
    ("About 150 volunteers helped, and more than 1,900 calls came in.", {}),  # estimates name no event
    ("Some 300 people and 20 percent of the staff left.", {}),  # round figures many events give alike
])
def test_only_specific_stated_figures_tell_a_story(tmp_path, sentence, terms):
    (tmp_path / "a.txt").write_text(f"---\npublished: 2026-02-17\n---\n{sentence}\n", encoding="utf-8")
    article = load_corpus(tmp_path)[0][0]
    assert figure_terms(extract_article(article)[0]) == terms
