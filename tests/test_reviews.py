"""The review cycle and incremental runs, through the real CLI on a copy of the bundled corpus."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from factcheck import extract_corpus
from factcheck.cli import main

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def workspace(tmp_path):
    shutil.copytree(ROOT / "sources", tmp_path / "sources")
    return tmp_path


def _check(workspace: Path, *extra: str) -> int:
    return main(["check", str(workspace / "sources"), "--format", "json", *extra])


def _conflicts(capsys) -> list[dict]:
    report = json.loads(capsys.readouterr().out)
    return [f for f in report["findings"] if f["verdict"] == "conflict"]


def test_review_cycle(workspace, capsys):
    assert _check(workspace) == 1
    conflicts = _conflicts(capsys)
    assert len(conflicts) == 3
    for finding in conflicts:
        assert main(["review", finding["id"], "--status", "confirmed", "--note", "checked with the desk",
                     "--corpus", str(workspace / "sources")]) == 0
    assert _check(workspace) == 0
    reviewed = _conflicts(capsys)
    assert all(f["review"]["status"] == "confirmed" for f in reviewed)
    assert _check(workspace, "--fail-on", "conflict") == 1
    capsys.readouterr()

    # The visit is now said to last four days: the reviewed finding changed, so it counts again.
    article = workspace / "sources" / "002_f112b13d3d6714f6.txt"
    article.write_text(article.read_text(encoding="utf-8").replace("two-day", "four-day"), encoding="utf-8")
    assert _check(workspace) == 1
    changed = [f for f in _conflicts(capsys) if f["kind"] == "duration"]
    assert changed and changed[0]["review"] is not None and "four-day" in {c["text"] for c in changed[0]["claims"]}


def test_review_of_an_unknown_finding_is_a_usage_error(workspace, capsys):
    assert main(["review", "date-0000000000", "--status", "dismissed", "--corpus", str(workspace / "sources")]) == 2
    assert "no finding 'date-0000000000'" in capsys.readouterr().err


def test_only_the_edited_article_is_extracted_again(workspace):
    claims_dir = workspace / "claims"
    first = extract_corpus(workspace / "sources", claims_dir)
    assert first.extracted == 5
    unchanged = extract_corpus(workspace / "sources", claims_dir)
    assert unchanged.extracted == 0
    article = workspace / "sources" / "003_a46b34507e035854.txt"
    article.write_text(article.read_text(encoding="utf-8") + "\nOfficials expect 40 new flights.\n", encoding="utf-8")
    again = extract_corpus(workspace / "sources", claims_dir)
    assert again.extracted == 1  # 003_a46b34507e035854 alone


def test_a_review_taken_back_leaves_the_reports_as_if_never_made(workspace, capsys):
    # The run state reads back only findings made with a review or reviewed now (state.finding_reviews):
    # one whose review is gone from reviews.json must still be made again, unreviewed.
    assert _check(workspace) == 1
    never_reviewed = capsys.readouterr().out
    finding = json.loads(never_reviewed)["findings"][0]["id"]
    assert main(["review", finding, "--status", "dismissed", "--corpus", str(workspace / "sources")]) == 0
    _check(workspace)
    assert json.loads(capsys.readouterr().out)["findings"][0]["review"]["status"] == "dismissed"
    (workspace / "sources" / "reviews.json").unlink()
    assert _check(workspace) == 1
    assert capsys.readouterr().out == never_reviewed
