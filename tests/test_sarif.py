"""`--format sarif`: SARIF 2.1.0 for code scanning, valid against the official schema (vendored in
tests/sarif/ with its licence), one result per conflict, every location a real path with a line."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import jsonschema
import pytest

from factcheck.cli import main
from factcheck.kinds import KINDS

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = json.loads((Path(__file__).parent / "sarif" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))


@pytest.fixture
def repository(tmp_path, monkeypatch):
    """The bundled corpus in desk/news/ of a repository (its root marked by .git), checked from desk/."""
    (tmp_path / ".git").mkdir()
    shutil.copytree(ROOT / "sources", tmp_path / "desk" / "news")
    monkeypatch.chdir(tmp_path / "desk")
    return tmp_path


def _sarif(capsys, *extra: str) -> dict:
    main(["check", "news", "--format", "sarif", "--quiet", "--jobs", "1", *extra])
    return json.loads(capsys.readouterr().out)


def _validate(log: dict) -> None:
    validator = jsonschema.validators.validator_for(SCHEMA)(SCHEMA, format_checker=jsonschema.FormatChecker())
    errors = sorted(validator.iter_errors(log), key=lambda error: list(error.path))
    assert not errors, "\n".join(f"{list(error.path)}: {error.message}" for error in errors[:5])


def test_the_schema_is_the_official_one():
    assert SCHEMA["id"].startswith("https://docs.oasis-open.org/sarif/sarif/v2.1.0/")
    assert SCHEMA["properties"]["version"]["enum"] == ["2.1.0"]


def test_sarif_is_valid_and_has_one_result_per_conflict(repository, capsys):
    log = _sarif(capsys)
    assert log == json.loads((repository / "desk" / "reports" / "findings.sarif").read_text(encoding="utf-8"))
    _validate(log)
    report = json.loads((repository / "desk" / "reports" / "findings.json").read_text(encoding="utf-8"))
    conflicts = [finding for finding in report["findings"] if finding["verdict"] == "conflict"]
    (run,) = log["runs"]
    assert [rule["id"] for rule in run["tool"]["driver"]["rules"]] == [f"{kind}-conflict" for kind in KINDS]
    assert [result["properties"]["finding"] for result in run["results"]] == [f["id"] for f in conflicts]
    assert all(result["ruleId"] == f"{result['properties']['kind']}-conflict" for result in run["results"])
    # the file check writes is what it prints
    assert json.loads((repository / "desk" / "reports" / "findings.sarif").read_text(encoding="utf-8")) == log


def test_every_location_is_a_real_path_with_the_claims_line_and_column(repository, capsys):
    run = _sarif(capsys)["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    locations = [location for result in run["results"]
                 for location in result["locations"] + result.get("relatedLocations", [])]
    assert len(locations) >= 2 * len(run["results"]) > 0
    for location in locations:
        physical = location["physicalLocation"]
        path = repository / physical["artifactLocation"]["uri"]
        assert physical["artifactLocation"]["uri"].startswith("desk/news/") and path.is_file()
        region = physical["region"]
        line = path.read_text(encoding="utf-8").split("\n")[region["startLine"] - 1]
        snippet = region["snippet"]["text"]
        if region["endLine"] == region["startLine"]:
            assert line[region["startColumn"] - 1:region["endColumn"] - 1] == snippet
        else:
            assert line[region["startColumn"] - 1:] == snippet.split("\n")[0]


def test_a_reviewed_conflict_is_kept_as_suppressed(repository, capsys):
    first = _sarif(capsys)["runs"][0]["results"][0]["properties"]["finding"]
    assert main(["review", first, "--corpus", "news", "--status", "dismissed", "--note", "same event, later count"]) == 0
    capsys.readouterr()
    log = _sarif(capsys)
    _validate(log)
    result = next(r for r in log["runs"][0]["results"] if r["properties"]["finding"] == first)
    assert result["suppressions"] == [{"kind": "external", "status": "accepted",
                                       "justification": "dismissed: same event, later count"}]
    assert sum("suppressions" in r for r in log["runs"][0]["results"]) == 1


def test_a_corpus_without_conflicts_gives_an_empty_valid_log(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text("The council approved 35 new bus routes on Monday.\n", encoding="utf-8")
    log = _sarif(capsys)
    _validate(log)
    assert log["runs"][0]["results"] == []


def test_the_validation_catches_a_broken_log(repository, capsys):
    log = _sarif(capsys)
    log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] = 0
    with pytest.raises(AssertionError, match="minimum"):
        _validate(log)
