"""The terminal table: as wide as the terminal (COLUMNS, else 100), finding ids to copy, outlets
rather than file ids, verdicts in colour on a terminal (--color, NO_COLOR)."""
from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path

import pytest

from factcheck import cli
from factcheck.cli import main

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def repository(tmp_path, monkeypatch):
    shutil.copytree(ROOT / "sources", tmp_path / "sources")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("COLUMNS", raising=False)
    monkeypatch.delenv("NO_COLOR", raising=False)
    return tmp_path


def _table(capsys, *extra: str) -> str:
    main(["check", "sources", "--quiet", "--jobs", "1", *extra])
    return capsys.readouterr().out


@pytest.mark.parametrize("columns", [None, "60", "80", "100", "140"])
def test_every_line_fits_the_width(repository, capsys, monkeypatch, columns):
    if columns:
        monkeypatch.setenv("COLUMNS", columns)
    out = _table(capsys)
    assert max(len(line) for line in out.splitlines()) <= int(columns or 100)
    report = json.loads((repository / "reports" / "findings.json").read_text(encoding="utf-8"))
    shown = [f for f in report["findings"] if f["verdict"] != "single"]
    for finding in shown:  # every finding's id, whole on one line, to copy into review or show
        assert finding["id"] in out
    if columns is None:  # not a terminal, no COLUMNS: what the file holds
        assert out == (repository / "reports" / "findings.txt").read_text(encoding="utf-8")


def test_outlets_name_the_claims(repository, capsys):
    out = _table(capsys)
    report = json.loads((repository / "reports" / "findings.json").read_text(encoding="utf-8"))
    outlets = {source["outlet"] for source in report["sources"] if source["outlet"]}
    assert outlets and all(f'{outlet}: "' in out for outlet in outlets if outlet in out)
    assert any(f'{outlet}: "' in out for outlet in outlets)


def test_colour_only_when_asked_or_on_a_terminal_without_no_color(repository, capsys, monkeypatch):
    assert "\x1b[1;31mCONFLICT\x1b[0m" in _table(capsys, "--color", "always")
    assert "\x1b[" not in _table(capsys, "--color", "never")
    assert "\x1b[" not in _table(capsys)  # auto, and stdout is not a terminal here
    monkeypatch.setattr(cli.sys.stdout, "isatty", lambda: True)
    auto = argparse.Namespace(color="auto")
    assert cli._terminal(auto)[1] is True
    monkeypatch.setenv("NO_COLOR", "1")
    assert cli._terminal(auto)[1] is False
    assert cli._terminal(argparse.Namespace(color="always"))[1] is True  # a flag overrides NO_COLOR
