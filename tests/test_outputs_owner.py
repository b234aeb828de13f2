"""Each corpus's ledgers, reports and run state belong to it: two corpora side by side never share
claims/ and reports/, and checking the current folder never writes above it."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from outputs import tree

from factcheck.cli import main
from factcheck.engine import check_corpus
from factcheck.errors import OutputsOfAnotherCorpus
from factcheck.store.owner import OWNER_FILE

A_TEXT = ("---\noutlet: Valley Post\npublished: 2025-04-20\n---\nThe council approved 35 new bus routes in "
          "Cuenca on Monday, officials said.\n")
B_TEXT = ("---\noutlet: Harbour News\npublished: 2025-05-02\n---\nDockers in Valparaiso ended a strike that "
          "lasted nine days.\n")


@pytest.fixture
def side_by_side(tmp_path, monkeypatch):
    """x/a and x/b, each with an article named story.txt; the current folder is x."""
    for name, text in (("a", A_TEXT), ("b", B_TEXT)):
        (tmp_path / name).mkdir()
        (tmp_path / name / "story.txt").write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _check(capsys, *arguments: str) -> tuple[int, str, str]:
    code = main(["check", *arguments, "--quiet", "--jobs", "1", "--format", "json", "--fail-on", "never"])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _add_claim(ledger: Path, text: str) -> None:
    """An editor adds a claim by hand to a's ledger, with offsets into a's article."""
    data = json.loads(ledger.read_text(encoding="utf-8"))
    start = A_TEXT.index(text)
    data["edits"]["added"].append({"id": "x-hand-1", "kind": "count", "source": "story", "text": text,
                                   "start": start, "end": start + len(text), "sentence": text,
                                   "subject": "bus routes", "value": {"stated": 35, "low": 35, "high": 35}})
    ledger.write_text(json.dumps(data, indent=2), encoding="utf-8")


def test_a_second_corpus_is_refused_the_first_ones_folders(side_by_side, capsys):
    assert _check(capsys, "a")[0] == 0
    _add_claim(side_by_side / "claims" / "story.json", "35")
    code, out, _ = _check(capsys, "a")
    assert code == 0 and "x-hand-1" in out
    before = tree(side_by_side / "claims") | tree(side_by_side / "reports")

    code, out, err = _check(capsys, "b")
    assert code == 2 and out == ""
    assert f"{side_by_side / 'claims'} holds the outputs of another corpus ({side_by_side / 'a'}), not of b" in err
    assert "--claims-dir and --reports-dir" in err
    assert tree(side_by_side / "claims") | tree(side_by_side / "reports") == before

    code, out, err = _check(capsys, "b", "--claims-dir", "b-claims", "--reports-dir", "b-reports")
    assert code == 0
    report = json.loads(out)
    assert [claim["id"] for finding in report["findings"] for claim in finding["claims"]
            if claim["id"] == "x-hand-1"] == []
    assert "35" not in (side_by_side / "b-reports" / "findings.csv").read_text(encoding="utf-8")
    assert tree(side_by_side / "claims") | tree(side_by_side / "reports") == before


def test_the_library_refuses_too(side_by_side):
    check_corpus(side_by_side / "a", side_by_side / "claims", side_by_side / "reports")
    with pytest.raises(OutputsOfAnotherCorpus):
        check_corpus(side_by_side / "b", side_by_side / "claims", side_by_side / "b-reports")
    with pytest.raises(OutputsOfAnotherCorpus):
        check_corpus(side_by_side / "b", side_by_side / "b-claims", side_by_side / "reports")


def test_the_marker_is_a_relative_path_so_a_repository_can_move(side_by_side, capsys, tmp_path_factory):
    assert _check(capsys, "a")[0] == 0
    assert (side_by_side / "claims" / OWNER_FILE).read_text(encoding="utf-8") == "../a\n"
    moved = tmp_path_factory.mktemp("moved") / "x"
    shutil.copytree(side_by_side, moved)
    assert _check(capsys, str(moved / "a"))[0] == 0


def test_a_corpus_renamed_takes_its_folders_over(side_by_side, capsys):
    assert _check(capsys, "a")[0] == 0
    (side_by_side / "a").rename(side_by_side / "articles")
    assert _check(capsys, "articles")[0] == 0
    assert (side_by_side / "claims" / OWNER_FILE).read_text(encoding="utf-8") == "../articles\n"


@pytest.mark.parametrize("where, corpus", [("a", "."), ("a/sub", "..")])
def test_checking_the_current_folder_never_writes_above_it(side_by_side, capsys, monkeypatch, where, corpus):
    (side_by_side / "a" / "sub").mkdir()
    monkeypatch.chdir(side_by_side / where)
    code, out, err = _check(capsys, corpus)
    assert code == 2 and out == ""
    assert "is the current folder or holds it" in err
    assert f"cd {side_by_side} && factcheck check a" in err and "--claims-dir and --reports-dir" in err
    assert not (side_by_side / "claims").exists() and not (side_by_side / "reports").exists()
    assert main(["review", "story-1", "--status", "confirmed", "--corpus", corpus]) == 2
    assert "is the current folder or holds it" in capsys.readouterr().err
    assert not (side_by_side / "claims").exists()

    code, out, err = _check(capsys, corpus, "--claims-dir", str(side_by_side / "out" / "claims"),
                            "--reports-dir", str(side_by_side / "out" / "reports"))
    assert code == 0 and (side_by_side / "out" / "reports" / "findings.json").exists()


@pytest.mark.parametrize("inside", ["reports", "wire/reports", "."])
def test_reports_inside_the_corpus_are_refused(side_by_side, capsys, inside):
    code, out, err = _check(capsys, "a", "--reports-dir", str(Path("a") / inside))
    assert code == 2 and out == ""
    assert "is inside the corpus folder a: the next check would read its findings.txt and findings.md" in err
    assert not (side_by_side / "a" / inside / "findings.txt").exists()


def test_reports_in_a_hidden_folder_of_the_corpus_are_out_of_its_sight(side_by_side, capsys):
    assert _check(capsys, "a", "--reports-dir", "a/.factcheck/reports")[0] == 0
    code, out, _ = _check(capsys, "a", "--reports-dir", "a/.factcheck/reports")
    assert code == 0 and [source["id"] for source in json.loads(out)["sources"]] == ["story"]
