"""A bug met on one article or one story costs that article or story, never the run.

A poisoned article (one the extractor raises on) is planted among good ones: the good ones are
checked, the poisoned one is named as an ``internal-error`` problem, and the exit code is what
--fail-on says about the rest, never 3. A failure outside those boundaries exits 3 with one line.
"""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest
from synthetic import write_corpus

from factcheck import Extraction, article_step, build_report, check_report, extract_article, load_corpus, story_step
from factcheck import engine as incremental
from factcheck.cli import main
from factcheck.engine import PARALLEL_THRESHOLD

LIMA = ("---\noutlet: Example Times\npublished: 2025-04-25\n---\nNearly 300 companies exhibited at the two-day "
        "Lima Trade Fair, which opened on April 22, 2025.\nTrade between Peru and Chile rose by 20 per cent in "
        "2024, officials in Lima said.\n")
LIMA_TOO = ("Around 500 companies exhibited at the Lima Trade Fair, which lasted three days.\n"
            "Trade between Peru and Chile rose by 20% in 2024.\n")
FLOOD = ("---\noutlet: River Courier\npublished: 2025-04-25\n---\nFloods in Ravenna and Cesena forced {n} "
         "residents from their homes, the Emilia-Romagna civil protection agency said on Friday.\n")
MARKER = "Quetzalcoatl-poison"  # no article says this but the poisoned one
POISONED = f"---\noutlet: Bad Wire\npublished: 2025-04-25\n---\nNearly 300 companies met in Lima. {MARKER}\n"


def _poisoned_extractor(real):
    def extract(article):
        if MARKER in article.text:
            raise ValueError("planted bug")
        return real(article)
    return extract


@pytest.fixture
def poisoned(corpus, monkeypatch):
    """good.txt and other.txt (one story, a conflict), two flood articles (another story) and
    poison.txt, on which extraction raises (in worker processes too: they are forked)."""
    monkeypatch.setattr(article_step, "extract_claims", _poisoned_extractor(article_step.extract_claims))
    (corpus / "good.txt").write_text(LIMA, encoding="utf-8")
    (corpus / "other.txt").write_text(LIMA_TOO, encoding="utf-8")
    (corpus / "flood1.txt").write_text(FLOOD.format(n="2,000"), encoding="utf-8")
    (corpus / "flood2.txt").write_text(FLOOD.format(n="about 2,000"), encoding="utf-8")
    (corpus / "poison.txt").write_text(POISONED, encoding="utf-8")
    return corpus


def _check(corpus: Path, capsys, *extra: str) -> tuple[int, dict, str]:
    code = main(["check", str(corpus), "--format", "json", "--quiet", "--jobs", "1", *extra])
    captured = capsys.readouterr()
    return code, json.loads(captured.out) if captured.out else {}, captured.err


def _internal(report: dict) -> dict[str, str]:
    return {p["path"]: p["reason"] for p in report["problems"] if p["code"] == "internal-error"}


@pytest.mark.parametrize("fail_on, expected", [("unreviewed", 1), ("conflict", 1), ("never", 0)])
def test_a_poisoned_article_is_named_and_the_rest_checked(poisoned, capsys, fail_on, expected):
    code, report, err = _check(poisoned, capsys, "--fail-on", fail_on)
    assert code == expected
    assert [s["id"] for s in report["sources"]] == ["flood1", "flood2", "good", "other"]
    reason = _internal(report)["poison.txt"]
    assert "extracting its claims" in reason and "ValueError: planted bug" in reason and "please report" in reason
    assert "poison.txt: internal error while extracting its claims: ValueError: planted bug" in err
    assert any(f["verdict"] == "conflict" and {c["source"] for c in f["claims"]} == {"good", "other"}
               for f in report["findings"])
    assert any({c["source"] for c in f["claims"]} == {"flood1", "flood2"} for f in report["findings"])
    # Tried again on a re-check (a bug may hang on the moment), and named again: the same report.
    again, second, _ = _check(poisoned, capsys, "--fail-on", fail_on)
    assert (again, second) == (code, report)


def test_a_poisoned_article_in_a_worker_process(poisoned, capsys):
    write_corpus(poisoned / "many", PARALLEL_THRESHOLD)
    code = main(["check", str(poisoned), "--format", "json", "--quiet", "--jobs", "2", "--fail-on", "never"])
    report = json.loads(capsys.readouterr().out)
    assert code == 0
    assert "ValueError: planted bug" in _internal(report)["poison.txt"]
    assert len(report["sources"]) == PARALLEL_THRESHOLD + 4


def test_the_library_api_contains_a_poisoned_article_too(poisoned, tmp_path):
    report = check_report(poisoned, tmp_path / "claims")
    assert [s.id for s in report.sources] == ["flood1", "flood2", "good", "other"]
    assert [(p.path, p.code) for p in report.problems] == [("poison.txt", "internal-error")]
    assert not (tmp_path / "claims" / "poison.json").exists()


def _poisoned_compare(real):
    def compare(groups, *arguments, **keywords):
        if any(claim.source == "flood1" for group in groups for claim in group.claims):
            raise KeyError("planted in comparison")
        return real(groups, *arguments, **keywords)
    return compare


_real_compare = story_step.compare


def test_a_story_that_fails_is_named_and_the_others_reported(poisoned, capsys, monkeypatch, tmp_path):
    (poisoned / "poison.txt").unlink()
    monkeypatch.setattr(story_step, "compare", _poisoned_compare(story_step.compare))
    code, report, err = _check(poisoned, capsys)
    assert code == 1  # the Lima conflict still counts
    reason = _internal(report)["flood1.txt"]
    assert "story flood1 (flood1.txt, flood2.txt)" in reason and "KeyError: 'planted in comparison'" in reason
    assert all(c["source"] in ("good", "other") for f in report["findings"] for c in f["claims"])
    assert any(f["verdict"] == "conflict" for f in report["findings"])
    assert "flood1.txt: internal error while aligning and comparing story flood1" in err
    # The same story step over the articles in memory says the same.
    articles, problems = load_corpus(poisoned)
    extracted = [extract_article(article) for article in articles]
    memory = build_report(Extraction([article.source for article in articles],
                                     [claim for claims, _ in extracted for claim in claims], problems,
                                     terms={a.source.id: terms for a, (_, terms) in zip(articles, extracted)}))
    assert json.loads(memory.model_dump_json())["problems"] == report["problems"]
    # Once the bug is gone, the next run checks the story (a failed story is not remembered as done).
    monkeypatch.setattr(story_step, "compare", _real_compare)
    code, report, err = _check(poisoned, capsys)
    assert _internal(report) == {} and any(c["source"] == "flood1" for f in report["findings"] for c in f["claims"])


def test_a_failure_outside_the_boundaries_exits_3_with_one_line(poisoned, capsys, monkeypatch):
    def broken(*arguments, **keywords):
        raise RuntimeError("planted outside")

    monkeypatch.setattr(incremental, "assign_stories", broken)
    code, report, err = _check(poisoned, capsys)
    assert code == 3 and report == {}
    lines = err.strip().splitlines()
    assert lines[-1].startswith("factcheck: internal error at engine.py:")
    assert "RuntimeError: planted outside" in lines[-1] and "please report" in lines[-1]
    assert "Traceback" not in err and "--debug" in lines[-1]
    assert [line for line in lines if "internal error" in line and "poison.txt" not in line] == [lines[-1]]

    code, _, err = _check(poisoned, capsys, "--debug")
    assert code == 3
    assert "Traceback (most recent call last)" in err and "RuntimeError: planted outside" in err


def test_a_poisoned_article_is_checked_once_its_bug_is_gone(poisoned, capsys, monkeypatch):
    assert "poison.txt" in _internal(_check(poisoned, capsys)[1])
    monkeypatch.undo()  # the bug is fixed
    monkeypatch.setattr(incremental, "RACY_NS", 0)  # the files' times are trusted: nothing is read for them
    code, report, _ = _check(poisoned, capsys)
    assert _internal(report) == {} and "poison" in [s["id"] for s in report["sources"]]


def test_a_missing_module_is_no_input_s_fault_and_stops_the_run(poisoned, capsys, monkeypatch):
    def missing(article):
        raise ModuleNotFoundError("No module named 'lemmas'")

    monkeypatch.setattr(article_step, "extract_claims", missing)
    code, report, err = _check(poisoned, capsys)
    assert code == 3 and report == {}
    assert "ModuleNotFoundError: No module named 'lemmas'" in err.strip().splitlines()[-1]
    assert "internal-error" not in err and err.count("internal error") == 1


def test_a_reader_that_stops_reading_is_no_internal_error(poisoned, capsys, monkeypatch):
    """`factcheck check | head`: the reader closes the pipe; the run's files are written and the
    exit code is what --fail-on says, with nothing on stderr about it."""
    reader, writer = os.pipe()
    os.close(reader)  # the reader is gone before anything is written: every write fails
    stdout = open(writer, "w", encoding="utf-8")
    monkeypatch.setattr(sys, "stdout", stdout)
    try:
        code = main(["check", str(poisoned), "--format", "json", "--quiet", "--jobs", "1", "--fail-on", "conflict"])
        stdout.write("more")
        stdout.flush()  # as Python does at exit: quiet now
    finally:
        stdout.close()
    err = capsys.readouterr().err
    assert code == 1 and (poisoned.parent / "reports" / "findings.json").exists()
    assert "internal error at" not in err and "Broken pipe" not in err


def test_a_corpus_at_a_url_contains_a_poisoned_article_too(poisoned, monkeypatch):
    fsspec = pytest.importorskip("fsspec")
    from factcheck.load import corpus as loader
    from factcheck.load.listing import UrlListing

    store = fsspec.filesystem("memory")
    for path in poisoned.iterdir():
        store.pipe_file(f"/poisoned-corpus/{path.name}", path.read_bytes())
    real_read, real_parse = UrlListing.read, loader.article_from_bytes

    def read(listing, path, max_bytes):
        if "flood1" in str(path):
            raise OSError(5, "Input/output error")
        return real_read(listing, path, max_bytes)

    def parse(data, source_id, shown, problems):
        if MARKER.encode() in data:
            raise ValueError("planted in reading")
        return real_parse(data, source_id, shown, problems)

    monkeypatch.setattr(UrlListing, "read", read)
    monkeypatch.setattr(loader, "article_from_bytes", parse)
    try:
        articles, problems = load_corpus("memory://poisoned-corpus", 10_000)
    finally:
        store.rm("/poisoned-corpus", recursive=True)
    assert [article.source.id for article in articles] == ["flood2", "good", "other"]
    assert [(p.path, p.code) for p in problems] == [("flood1.txt", "unreadable"), ("poison.txt", "internal-error")]
    assert "ValueError: planted in reading" in problems[1].reason
