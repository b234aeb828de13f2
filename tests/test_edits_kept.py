"""Editors' work is never lost: a ledger edited while a check runs keeps the new edits, and a JSON
file with a key written twice (one editor's entry hiding another's) is refused, never rewritten."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from factcheck import article_step, check_report, extract_corpus
from factcheck.cli import main
from factcheck.errors import ReviewsInvalid
from factcheck.store.ledger import open_ledger
from factcheck.store.reviews import read_reviews

ROOT = Path(__file__).resolve().parent.parent
VISIT_SOURCE = "002_f112b13d3d6714f6"


@pytest.fixture
def workspace(tmp_path):
    shutil.copytree(ROOT / "sources", tmp_path / "sources")
    return tmp_path


def _ledger(workspace: Path, source: str = VISIT_SOURCE) -> Path:
    return workspace / "claims" / f"{source}.json"


def _reject(path: Path, text: str, kind: str) -> str:
    """An editor rejects the claim: writes the ledger the way a text editor does."""
    ledger = json.loads(path.read_text(encoding="utf-8"))
    claim = next(c for c in ledger["claims"] if c["text"] == text and c["kind"] == kind)
    ledger["edits"]["rejected"].append(claim["id"])
    path.write_text(json.dumps(ledger, indent=2), encoding="utf-8")
    return claim["id"]


def _check(workspace: Path, capsys) -> tuple[int, dict, str]:
    code = main(["check", str(workspace / "sources"), "--format", "json", "--quiet", "--jobs", "1"])
    captured = capsys.readouterr()
    return code, json.loads(captured.out), captured.err


def _visit_conflict(report: dict) -> dict | None:
    return next((f for f in report["findings"] if f["kind"] == "duration" and f["verdict"] == "conflict"), None)


# --- a ledger edited while the run goes on -----------------------------------------------------------

def test_an_edit_made_between_open_and_settle_wins(workspace):
    extract_corpus(workspace / "sources", workspace / "claims")
    path = _ledger(workspace)
    opened = open_ledger(path)
    claims, terms = opened.reusable(opened.previous.source)
    rejected = _reject(path, "two-day", "duration")  # while the run extracts
    settled = opened.settle(opened.previous.source, claims, terms)
    assert rejected not in [claim.id for claim in settled]
    assert json.loads(path.read_text(encoding="utf-8"))["edits"]["rejected"] == [rejected]
    assert opened.notice is not None and opened.notice.code == "ledger-edited"
    assert opened.problem is None


def test_a_check_keeps_an_edit_saved_while_it_extracts(workspace, capsys, monkeypatch):
    code, report, _ = _check(workspace, capsys)
    assert _visit_conflict(report) is not None
    article = workspace / "sources" / f"{VISIT_SOURCE}.txt"
    article.write_text(article.read_text(encoding="utf-8") + "\nOfficials signed 12 agreements.\n", encoding="utf-8")
    saved = []
    real = article_step.extract_article

    def extract_while_an_editor_saves(found):
        claims = real(found)
        if found.source.id == VISIT_SOURCE:
            saved.append(_reject(_ledger(workspace), "two-day", "duration"))
        return claims

    monkeypatch.setattr(article_step, "extract_article", extract_while_an_editor_saves)
    code, report, err = _check(workspace, capsys)
    assert saved, "the article was not extracted again"
    assert json.loads(_ledger(workspace).read_text(encoding="utf-8"))["edits"]["rejected"] == saved
    assert _visit_conflict(report) is None  # the report uses the edit
    edited = [p for p in report["problems"] if p["code"] == "ledger-edited"]
    assert [p["path"] for p in edited] == [str(_ledger(workspace))]
    assert "was edited while this check ran" in err
    # Said once: the next run finds the ledger settled, and the same findings.
    monkeypatch.setattr(article_step, "extract_article", real)
    code, again, err = _check(workspace, capsys)
    assert [p for p in again["problems"] if p["code"] == "ledger-edited"] == []
    assert again["findings"] == report["findings"]


def test_an_edit_breaking_the_ledger_mid_run_is_not_overwritten(workspace):
    extract_corpus(workspace / "sources", workspace / "claims")
    path = _ledger(workspace)
    opened = open_ledger(path)
    claims, terms = opened.reusable(opened.previous.source)
    path.write_text(path.read_text(encoding="utf-8")[:-10], encoding="utf-8")  # saved half-way
    broken = path.read_bytes()
    opened.settle(opened.previous.source if opened.previous else None, claims, terms)
    assert path.read_bytes() == broken
    assert opened.problem is not None and opened.problem.code == "ledger-invalid"


# --- a key written twice -----------------------------------------------------------------------------

TWICE = """{
  "reviews": {
    "count-1": {"status": "confirmed", "note": "one editor", "fingerprint": "a"},
    "count-1": {"status": "dismissed", "note": "another", "fingerprint": "b"}
  }
}
"""


@pytest.mark.parametrize("command", ["check", "review"])
def test_a_reviews_file_with_a_key_twice_is_refused_and_kept(workspace, capsys, command):
    reviews = workspace / "sources" / "reviews.json"
    reviews.write_text(TWICE, encoding="utf-8")
    arguments = (["check", str(workspace / "sources"), "--quiet"] if command == "check" else
                 ["review", "count-1", "--status", "confirmed", "--corpus", str(workspace / "sources")])
    assert main(arguments) == 2
    err = capsys.readouterr().err
    assert f"{reviews}:4:5: key \"count-1\" appears twice in one object (lines 3 and 4)" in err
    assert reviews.read_text(encoding="utf-8") == TWICE


def test_a_ledger_with_a_key_twice_is_invalid_and_kept(workspace, capsys):
    extract_corpus(workspace / "sources", workspace / "claims")
    path = _ledger(workspace)
    text = path.read_text(encoding="utf-8").replace('"rejected": []', '"rejected": ["x"],\n    "rejected": []', 1)
    path.write_text(text, encoding="utf-8")
    code, report, err = _check(workspace, capsys)
    problem = next(p for p in report["problems"] if p["code"] == "ledger-invalid")
    assert problem["path"] == str(path) and "key \"rejected\" appears twice in one object" in problem["reason"]
    assert path.read_text(encoding="utf-8") == text
    assert [p.code for p in check_report(workspace / "sources", workspace / "claims").problems] \
        == ["ledger-invalid"]


def test_a_key_twice_deep_in_a_file_is_found_where_it_is(tmp_path):
    path = tmp_path / "reviews.json"
    path.write_text('{"reviews": {"a": {"status": "confirmed", "note": "x \\" \\"note\\": y",\n'
                    '"fingerprint": "f", "note": "z"}}}', encoding="utf-8")
    with pytest.raises(ReviewsInvalid, match=r':2:21: key "note" appears twice in one object \(lines 1 and 2\)'):
        read_reviews(path)
