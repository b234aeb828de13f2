"""Editors' corrections in ledgers survive re-extraction and steer the findings; finding ids are stable."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from factcheck import check_report, extract_corpus

ROOT = Path(__file__).resolve().parent.parent
VISIT_SOURCE = "002_f112b13d3d6714f6"


@pytest.fixture
def workspace(tmp_path):
    shutil.copytree(ROOT / "sources", tmp_path / "sources")
    return tmp_path


def _report(workspace: Path):
    return check_report(workspace / "sources", workspace / "claims")


def _edit_ledger(workspace: Path, source: str, change) -> None:
    path = workspace / "claims" / f"{source}.json"
    ledger = json.loads(path.read_text(encoding="utf-8"))
    change(ledger)
    path.write_text(json.dumps(ledger, indent=2), encoding="utf-8")


def _claim(workspace: Path, source: str, text: str, kind: str) -> dict:
    ledger = json.loads((workspace / "claims" / f"{source}.json").read_text(encoding="utf-8"))
    return next(c for c in ledger["claims"] if c["text"] == text and c["kind"] == kind)


def _visit_finding(report):
    return next((f for f in report.findings if f.kind == "duration" and f.subject == "state visit"
                 and len({c.source for c in f.claims}) > 1), None)


def test_a_rejected_claim_leaves_its_finding_and_the_rejection_survives(workspace):
    assert _visit_finding(_report(workspace)).verdict == "conflict"
    two_day = _claim(workspace, VISIT_SOURCE, "two-day", "duration")
    _edit_ledger(workspace, VISIT_SOURCE, lambda ledger: ledger["edits"]["rejected"].append(two_day["id"]))
    assert _visit_finding(_report(workspace)) is None
    # The article changes elsewhere: claims are re-extracted, the editor's rejection is kept.
    article = workspace / "sources" / f"{VISIT_SOURCE}.txt"
    article.write_text(article.read_text(encoding="utf-8") + "\nOfficials signed 12 agreements.\n", encoding="utf-8")
    assert extract_corpus(workspace / "sources", workspace / "claims").extracted == 1  # the changed article
    ledger = json.loads((workspace / "claims" / f"{VISIT_SOURCE}.json").read_text(encoding="utf-8"))
    assert ledger["edits"]["rejected"] == [two_day["id"]]
    assert _visit_finding(_report(workspace)) is None


def test_a_changed_subject_moves_a_claim_to_another_group(workspace):
    _report(workspace)
    two_day = _claim(workspace, VISIT_SOURCE, "two-day", "duration")
    _edit_ledger(workspace, VISIT_SOURCE, lambda ledger: ledger["edits"]["subjects"].update({two_day["id"]: "festival"}))
    report = _report(workspace)
    assert _visit_finding(report) is None
    moved = next(f for f in report.findings if any(c.id == two_day["id"] for c in f.claims))
    assert moved.subject == "festival" and moved.verdict == "single"


def test_a_claim_added_by_hand_joins_the_findings(workspace):
    _report(workspace)
    ranged = _claim(workspace, "004_501db8a63e002fe5", "from Tuesday to Thursday", "duration")
    added = dict(ranged, id="hand-1", source=VISIT_SOURCE, origin="editor")
    _edit_ledger(workspace, VISIT_SOURCE, lambda ledger: ledger["edits"]["added"].append(added))
    finding = _visit_finding(_report(workspace))
    hand = [c for c in finding.claims if c.id == "hand-1"]
    assert hand and hand[0].origin == "editor"


def test_a_claim_added_by_hand_without_a_line_gets_its_line_and_column_from_the_article(workspace):
    _report(workspace)
    two_day = _claim(workspace, VISIT_SOURCE, "two-day", "duration")
    assert two_day["line"] > 1 and two_day["column"] >= 1  # the machine's claims carry them in the ledger
    text = (workspace / "sources" / f"{VISIT_SOURCE}.txt").read_text(encoding="utf-8")
    assert text.splitlines()[two_day["line"] - 1][two_day["column"] - 1:].startswith("two-day")
    added = {key: value for key, value in two_day.items() if key not in ("line", "column")}
    added.update(id="hand-2", origin="editor")
    _edit_ledger(workspace, VISIT_SOURCE, lambda ledger: ledger["edits"]["added"].append(added))
    hand = next(c for f in _report(workspace).findings for c in f.claims if c.id == "hand-2")
    assert (hand.line, hand.column) == (two_day["line"], two_day["column"])
    # The editor's ledger is left as written: the line is filled in for the run, not into the file.
    ledger = json.loads((workspace / "claims" / f"{VISIT_SOURCE}.json").read_text(encoding="utf-8"))
    assert "line" not in ledger["edits"]["added"][0]


def test_finding_ids_survive_an_unrelated_article(workspace):
    before = {f.id: f.verdict for f in _report(workspace).findings}
    (workspace / "sources" / "000_aaa_flood.txt").write_text(
        "Floods swept the river valley on 3 March 2021. Some 1,200 homes were damaged and 14 bridges collapsed.\n",
        encoding="utf-8")
    after = {f.id: f.verdict for f in _report(workspace).findings}
    assert before.items() <= after.items()
    assert len(after) > len(before)


def test_finding_ids_are_the_same_in_two_runs(workspace, tmp_path):
    first = [f.id for f in _report(workspace).findings]
    shutil.rmtree(workspace / "claims")
    assert [f.id for f in _report(workspace).findings] == first


def test_a_sentence_repeated_word_for_word_gives_each_claim_its_own_id(tmp_path):
    corpus = tmp_path / "sources"
    corpus.mkdir()
    sentence = "Some 300 delegates attended the summit in Corvale."
    (corpus / "repeat.txt").write_text(f"{sentence}\n\n{sentence}\n", encoding="utf-8")
    extract_corpus(corpus, tmp_path / "claims")
    claims = json.loads((tmp_path / "claims" / "repeat.json").read_text(encoding="utf-8"))["claims"]
    counts = [claim for claim in claims if claim["kind"] == "count"]
    assert len(counts) == 2 and counts[0]["id"] != counts[1]["id"]
