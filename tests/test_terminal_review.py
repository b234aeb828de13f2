"""Reviewing from the terminal: review, show and list take the corpus as check does and work on
the outputs the last check wrote; a mistyped id gets the nearest one suggested."""
from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from outputs import run_cli as _run

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def desk(tmp_path, monkeypatch):
    """The bundled corpus in news/, checked with its reports in out/reports (not the default)."""
    shutil.copytree(ROOT / "sources", tmp_path / "news")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _check_elsewhere(capsys) -> list[dict]:
    code, out, _ = _run(capsys, "check", "news", "--quiet", "--jobs", "1", "--format", "json",
                        "--claims-dir", "out/claims", "--reports-dir", "out/reports")
    assert code == 1
    return [f for f in json.loads(out)["findings"] if f["verdict"] == "conflict"]


def test_review_takes_the_corpus_as_check_does_and_updates_the_reports_check_wrote(desk, capsys):
    conflicts = _check_elsewhere(capsys)
    code, _, err = _run(capsys, "review", conflicts[0]["id"], "news", "--status", "confirmed", "--note", "wire copy")
    assert code == 0, err
    assert f"reports updated in {desk / 'out' / 'reports'}" in err
    assert not (desk / "reports").exists() and not (desk / "claims").exists()
    report = json.loads((desk / "out" / "reports" / "findings.json").read_text(encoding="utf-8"))
    reviewed = next(f for f in report["findings"] if f["id"] == conflicts[0]["id"])
    assert reviewed["review"]["note"] == "wire copy"
    assert json.loads((desk / "news" / "reviews.json").read_text(encoding="utf-8"))["reviews"][conflicts[0]["id"]]


def test_a_mistyped_id_suggests_the_nearest(desk, capsys):
    conflicts = _check_elsewhere(capsys)
    wrong = conflicts[0]["id"][:-1]
    for command in (["review", wrong, "news", "--status", "confirmed"], ["show", wrong, "news"]):
        code, out, err = _run(capsys, *command)
        assert (code, out) == (2, "")
        assert f"no finding '{wrong}'" in err and f"did you mean {conflicts[0]['id']}" in err
    assert "reviews.json" not in {path.name for path in (desk / "news").iterdir()}


def test_show_names_each_claims_place_and_outlet(desk, capsys):
    conflict = _check_elsewhere(capsys)[0]
    code, out, _ = _run(capsys, "show", conflict["id"], "news")
    assert code == 0 and out.startswith(f"{conflict['id']}  CONFLICT  {conflict['kind']}: ")
    assert "review: not reviewed" in out and f"factcheck review {conflict['id']}" in out
    places = re.findall(r'^  - "(.*)"  (news/[^:]+):(\d+):(\d+)', out, re.M)
    assert len(places) == len(conflict["claims"])
    for text, path, line, column in places:
        assert (desk / path).read_text(encoding="utf-8").split("\n")[int(line) - 1][int(column) - 1:].startswith(text)
    outlets = {source["outlet"] for source in json.loads(
        (desk / "out" / "reports" / "findings.json").read_text(encoding="utf-8"))["sources"] if source["outlet"]}
    assert any(outlet in out for outlet in outlets)


def test_list_filters_by_verdict_and_review(desk, capsys):
    conflicts = _check_elsewhere(capsys)
    assert _run(capsys, "review", conflicts[0]["id"], "news", "--status", "dismissed")[0] == 0
    code, out, _ = _run(capsys, "list", "news", "--unreviewed")
    listed = [line.split()[0] for line in out.splitlines()[1:]]
    assert code == 0 and listed == [f["id"] for f in conflicts[1:]]
    code, out, _ = _run(capsys, "list", "news", "--verdict", "conflict")
    assert [line.split()[0] for line in out.splitlines()[1:]] == [f["id"] for f in conflicts]
    assert "dismissed" in out


def test_with_factcheck_toml_no_corpus_needs_naming(desk, capsys):
    (desk / "factcheck.toml").write_text('corpus = "news"\nreports-dir = "out/reports"\nclaims-dir = "out/claims"\n',
                                         encoding="utf-8")
    conflicts = _check_elsewhere(capsys)
    (desk / "sub").mkdir()
    import os
    os.chdir(desk / "sub")
    assert _run(capsys, "review", conflicts[1]["id"], "--status", "explained", "--note", "two events")[0] == 0
    code, out, _ = _run(capsys, "list", "--unreviewed")
    assert conflicts[1]["id"] not in out and conflicts[0]["id"] in out


def test_show_before_any_check_says_to_run_it(desk, capsys):
    code, _, err = _run(capsys, "show", "date-0123456789", "news")
    assert code == 2 and "run factcheck check news first" in err
