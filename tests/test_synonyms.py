"""factcheck.toml's synonyms: words an editor declares equal make figures line up (issue 16)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck.cli import main

FIRST = "---\npublished: 2024-03-05\n---\nTwelve people were hospitalized after the ferry fire in Varsk, officials said.\n"
SECOND = "---\npublished: 2024-03-05\n---\nNineteen people were treated after the ferry fire in Varsk, officials said.\n"


@pytest.fixture
def project(tmp_path: Path, monkeypatch) -> Path:
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text(FIRST, encoding="utf-8")
    (tmp_path / "news" / "b.txt").write_text(SECOND, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _conflicts(capsys) -> list[set[str]]:
    report = json.loads(capsys.readouterr().out)
    return [{claim["text"] for claim in finding["claims"]} for finding in report["findings"] if finding["verdict"] == "conflict"]


def test_without_synonyms_two_verbs_are_two_facts(project, capsys):
    (project / "factcheck.toml").write_text('corpus = "news"\n', encoding="utf-8")
    assert main(["check", "--format", "json", "--quiet", "--jobs", "1"]) == 0
    assert _conflicts(capsys) == []


def test_declared_synonyms_line_the_figures_up(project, capsys):
    (project / "factcheck.toml").write_text('corpus = "news"\nsynonyms = [["hospitalized", "treated"]]\n', encoding="utf-8")
    assert main(["check", "--format", "json", "--quiet", "--jobs", "1"]) == 1
    assert _conflicts(capsys) == [{"Twelve", "Nineteen"}]
    ledger = json.loads((project / "claims" / "b.json").read_text(encoding="utf-8"))
    assert any(claim["frame"]["event"] == "treat" for claim in ledger["claims"])  # the ledger keeps what was written


def test_a_synonym_set_of_one_word_is_an_error_naming_the_line(project, capsys):
    (project / "factcheck.toml").write_text('corpus = "news"\nsynonyms = [["treated"]]\n', encoding="utf-8")
    assert main(["check", "--quiet"]) == 2
    err = capsys.readouterr().err
    assert "factcheck.toml" in err and ":2" in err and "two or more words" in err
