"""The real-news evaluation's scoring (bench/realnews*.py) on tiny made-up corpora, so it cannot rot
silently: B-cubed, the judged sample's matching, finding shared facts and planting them."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))

import realnews  # noqa: E402
from factcheck.load.corpus import parse_article  # noqa: E402
from realnews_facts import apply, mentions, number_words, plan_plants  # noqa: E402
from realnews_score import Conflict, Judged, JudgedIndex, Known, bcubed, reported, score_precision  # noqa: E402
from realnews_times import Mention, TimeClaims, score_times  # noqa: E402

HARBOUR = (
    "Rescue teams in Portmere worked through the night after the harbour crane collapse on Tuesday.\n"
    "The Portmere harbour authority said 12 people were injured when the crane fell on the quay.\n"
    "On the radio the Portmere harbour master said 45 percent of the quay was closed to ships.\n"
    "The crane had been inspected on May 2, 2013, by engineers from the Portmere port company.\n"
)
HARBOUR_TOO = (
    "The crane collapse at Portmere harbour on Tuesday left the quay closed for days.\n"
    "Officials of the Portmere harbour authority said 12 people were injured by the falling crane.\n"
    "Portmere harbour master Alda Reyes said 45 percent of the quay was closed to ships after the collapse.\n"
    "Engineers of the Portmere port company had inspected the crane on 2 May 2013, according to records.\n"
)


def _article(text: str, source_id: str):
    return parse_article(text, source_id, f"{source_id}.txt", "0" * 64, [])


def test_bcubed_of_a_hand_made_assignment():
    gold = {"a": "x", "b": "x", "c": "x", "d": "y"}
    assert bcubed({"a": 1, "b": 1, "c": 1, "d": 2}, gold) == (1.0, 1.0, 1.0)
    precision, recall, f1 = bcubed({"a": 1, "b": 1, "c": 2, "d": 2}, gold)
    # a, b: 2/2 precise, 2/3 recalled; c: 1/2 precise, 1/3 recalled; d: 1/2 precise, 1/1 recalled
    assert precision == pytest.approx((1 + 1 + 0.5 + 0.5) / 4)
    assert recall == pytest.approx((2 / 3 + 2 / 3 + 1 / 3 + 1) / 4)
    assert f1 == pytest.approx(2 * precision * recall / (precision + recall))


def test_judged_conflicts_match_exactly_or_loosely():
    judged = [Judged("f", (("a", 1, 3, "12"), ("b", 5, 7, "14")), "false", "bare noun", "", 1),
              Judged("f", (("c", 1, 3, "9"), ("d", 5, 7, "10")), "real", "real discrepancy", "", 2)]
    index = JudgedIndex(judged)
    exact = Conflict("f", "count-1", "count", (("a", 1, 3, "12", "s"), ("b", 5, 7, "14", "s")))
    loose = Conflict("f", "count-2", "count", (("c", 1, 3, "9", "s"), ("d", 5, 7, "10", "s"), ("e", 0, 2, "11", "s")))
    unjudged = Conflict("f", "count-3", "count", (("a", 1, 3, "12", "s"), ("e", 0, 2, "11", "s")))
    assert index.match(exact) == (judged[0], "exact")
    assert index.match(loose) == (judged[1], "loose")
    assert index.match(unjudged) == (None, "")
    precision, left = score_precision([exact, loose, unjudged], index)
    assert (precision.matched, precision.real, precision.loose, precision.value) == (2, 1, 1, 0.5)
    assert precision.causes == {"bare noun": 1} and left == [unjudged]


def test_a_known_discrepancy_is_reported_by_a_conflict_holding_both_statements():
    known = Known("f", (("a", 10, 13, "Two"), ("b", 40, 45, "three")), "shells")
    holds_both = Conflict("f", "count-1", "count", (("a", 10, 13, "Two", "s"), ("b", 38, 45, "some three", "s")))
    holds_one = Conflict("f", "count-2", "count", (("a", 10, 13, "Two", "s"), ("c", 1, 4, "six", "s")))
    assert reported(known, [holds_one, holds_both]) and not reported(known, [holds_one])


def test_annotated_times_are_covered_and_linked_times_never_opposed():
    mentions = [Mention("a", 10, 20, "date", "T1"), Mention("b", 5, 12, "date", "T1"),
                Mention("b", 40, 50, "duration", None), Mention("c", 0, 4, "date", None)]
    found = TimeClaims(spans={"date": [("a", 12, 18), ("b", 5, 12)], "duration": [("b", 60, 70)]},
                       opposed=[(("a", 12, 18), ("b", 5, 12))])
    scores = score_times(mentions, [found], {"a", "b"})
    assert scores.covered == {"date": (2, 2), "duration": (0, 1)} and scores.linked_opposed == 1
    assert score_times(mentions, [TimeClaims(found.spans)], {"a", "b", "c"}).covered["date"] == (2, 3)


def test_shared_facts_are_found_and_planted():
    articles = [_article(HARBOUR, "a1"), _article(HARBOUR_TOO, "a2")]
    plants = plan_plants("harbour", articles, cap=12)
    by_kind = {plant.fact.kind: plant for plant in plants}
    assert sorted(by_kind) == ["count", "date", "percent"]
    count, percent, date = by_kind["count"], by_kind["percent"], by_kind["date"]
    assert count.fact.label == "12 people" and count.changed.source == "a2" and count.partners[0].source == "a1"
    assert count.plant.text == "27" and percent.plant.text == "60" and date.plant.text == "11 June 2013"
    assert {edit.what: edit.text for edit in count.harmless} == {"words": "twelve", "some": "some 12",
                                                                 "about": "about 12"}
    assert [edit.text for edit in date.harmless] == ["May 2, 2013"]
    planted = apply(HARBOUR_TOO, count.plant)
    assert "said 27 people were injured" in planted


def test_no_hedge_is_added_after_a_determiner():
    first = _article("In the five games he played for the Portmere club, Alda Reyes scored often.\n", "d1")
    second = _article("Alda Reyes scored in the five games he played for the Portmere club this winter.\n", "d2")
    (plant,) = plan_plants("club", [first, second], cap=12)
    assert plant.plant.text == "13" and [edit.what for edit in plant.harmless] == ["digits"]


def test_hedged_ranged_and_year_figures_are_no_facts():
    text = ("Officials said about 12 people were hurt and 10 to 15 homes were damaged in the storm.\n"
            "The 2013 season had ended and Boeing 737 jets stayed on the ground at the airport.\n")
    assert mentions(_article(text, "x")) == []
    assert number_words(23) == "twenty-three" and number_words(100) is None and number_words(2.5) is None


def test_plants_and_stories_through_the_library(tmp_path, capsys):
    for folder, texts in {"harbour": (HARBOUR, HARBOUR_TOO),
                          "other": ("Voters in Estrava chose a new council on Sunday, the Estrava election office said.\n",)}.items():
        (tmp_path / folder).mkdir()
        for number, text in enumerate(texts, 1):
            (tmp_path / folder / f"{folder}_{number}.txt").write_text(text)
    result = realnews.evaluate_folder(tmp_path / "harbour")
    assert result.articles == 2 and len(result.plants) == 3
    count = next(p for p in result.plants if p.kind == "count")
    assert count.hit and count.new_hit, "27 against 12 people injured in one story must be a new conflict"
    assert all(quiet for _what, quiet, _still in count.harmless)
    stories = realnews.evaluate_stories([tmp_path / "harbour", tmp_path / "other"])
    assert stories.articles == 3 and stories.folders == 2 and stories.cross_folder == []
    unjudged = tmp_path / "unjudged.jsonl"
    assert realnews.main(["--data", str(tmp_path), "--markdown", "--judged", str(tmp_path / "none.jsonl"),
                          "--unjudged-out", str(unjudged)]) == 0
    out = capsys.readouterr().out
    assert "| total " in out and "B-cubed" in out
    for line in unjudged.read_text().splitlines():
        row = json.loads(line)
        assert row["label"] == "" and all(len(claim) == 4 for claim in row["claims"])
