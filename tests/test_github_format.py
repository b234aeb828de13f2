"""`--format github`: GitHub Actions workflow commands for unreviewed conflicts, with file and line."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from factcheck.cli import main
from factcheck.models import CountClaim, Finding, QuantityValue, Report, Source
from factcheck.report.github_report import escape_data, escape_property, render_github

ROOT = Path(__file__).resolve().parent.parent
COMMAND = re.compile(r"^::(?P<level>error|warning|notice) (?P<properties>[^:]*)::(?P<message>.*)$")


def _unescape(text: str) -> str:
    return text.replace("%0A", "\n").replace("%0D", "\r").replace("%3A", ":").replace("%2C", ",").replace("%25", "%")


@pytest.fixture
def repository(tmp_path, monkeypatch):
    """A copy of the bundled corpus in sources/ of a scratch repository root, which is the working directory."""
    shutil.copytree(ROOT / "sources", tmp_path / "sources")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _commands(output: str) -> list[dict[str, str]]:
    commands = []
    for line in output.splitlines():
        match = COMMAND.match(line)
        assert match, f"not a workflow command: {line!r}"
        properties = dict(item.split("=", 1) for item in match["properties"].split(",")) if match["properties"] else {}
        commands.append({"level": match["level"], "message": _unescape(match["message"]), **properties})
    return commands


def test_check_prints_one_error_per_unreviewed_conflict_with_line_and_column(repository, capsys):
    assert main(["check", "sources", "--format", "github"]) == 1
    printed = capsys.readouterr().out
    # under the cap, stdout is the report file written for the CI artifact, byte for byte
    assert printed == (repository / "reports" / "findings.github.txt").read_text(encoding="utf-8")
    commands = _commands(printed)
    report = Report.model_validate_json((repository / "reports" / "findings.json").read_text(encoding="utf-8"))
    conflicts = [f for f in report.findings if f.verdict == "conflict"]
    errors = [c for c in commands if c["level"] == "error"]
    assert len(errors) == len(conflicts) == 3
    assert commands[-1]["level"] == "notice" and "3 unreviewed conflict(s)" in commands[-1]["message"]
    for error in errors:  # every annotation on a file that exists, with a line and a column
        assert (repository / error["file"]).is_file() and int(error["line"]) >= 1 and int(error["col"]) >= 1
    visit = next(f for f in conflicts if f.kind == "duration")
    claim = visit.claims[0]
    path = f"sources/{claim.source}.txt"
    text = (repository / path).read_text(encoding="utf-8")
    line = text.count("\n", 0, claim.start) + 1
    column = claim.start - text.rfind("\n", 0, claim.start)
    assert text.splitlines()[line - 1][column - 1:].startswith(claim.text)
    error = next(e for e in errors if visit.id in e["message"])
    assert (error["file"], error["line"], error["col"]) == (path, str(line), str(column))
    assert _unescape(error["title"]) == "factcheck conflict: duration"
    assert error["message"].splitlines()[0] == "2 days vs 3 calendar days (Tue 22 - Thu 24 Apr 2025)"
    for other in visit.claims[1:]:  # the other sources are named in the one annotation
        assert f'{other.source} says "{other.text}"' in error["message"]
    assert (repository / "reports" / "findings.github.txt").read_text(encoding="utf-8").startswith("::error ")


def test_paths_are_from_the_repository_root_whatever_the_corpus_is_called(tmp_path, monkeypatch, capsys):
    """A corpus in desk/news/ of a git repository, checked from desk/: paths start at the root."""
    (tmp_path / ".git").mkdir()  # what marks a repository's root
    shutil.copytree(ROOT / "sources", tmp_path / "desk" / "news")
    monkeypatch.chdir(tmp_path / "desk")
    assert main(["check", "news", "--format", "github", "--quiet"]) == 1
    errors = [c for c in _commands(capsys.readouterr().out) if c["level"] == "error"]
    assert errors and all(e["file"].startswith("desk/news/") and (tmp_path / e["file"]).is_file() for e in errors)
    assert all("line" in e and "col" in e for e in errors)


def test_annotations_are_capped_with_a_notice_of_how_many_were_left_out(repository, capsys):
    assert main(["check", "sources", "--format", "github", "--max-annotations", "1"]) == 1
    commands = _commands(capsys.readouterr().out)
    assert [c["level"] for c in commands].count("error") == 1
    assert "2 more unreviewed conflict(s) not annotated (at most 1 of each" in commands[-1]["message"]
    assert "findings.github.txt" in commands[-1]["message"]
    # the file keeps them all
    kept = (repository / "reports" / "findings.github.txt").read_text(encoding="utf-8")
    assert kept.count("::error ") == 3


def test_reviewed_conflicts_are_not_annotated(repository, capsys):
    main(["check", "sources", "--format", "json"])
    report = Report.model_validate_json(capsys.readouterr().out)
    for finding in report.findings:
        if finding.verdict == "conflict":
            main(["review", finding.id, "--status", "confirmed", "--corpus", "sources"])
    assert main(["check", "sources", "--format", "github"]) == 0
    assert [c["level"] for c in _commands(capsys.readouterr().out)] == ["notice"]


def _report(explanation: str, path: str, content_hash: str) -> Report:
    source = Source(id="s", path=path, content_hash=content_hash)
    claim = CountClaim(id="c", source="s", text="20", start=6, end=8, sentence="line\n20 x", subject="x",
                       value=QuantityValue(stated=20, low=20, high=20))
    finding = Finding(id="count-1", verdict="conflict", kind="count", subject="x", explanation=explanation,
                      claims=[claim], fingerprint="f")
    return Report(sources=[source], findings=[finding])


def test_message_and_properties_are_escaped_as_github_reads_them():
    output = render_github(_report("100% off:\r\nreally, yes", "a,b:c%.txt", "0" * 64))
    assert output.count("\n") == 2  # one error, one notice: no raw line break inside a command
    error = output.splitlines()[0]
    assert error.startswith("::error file=sources/a%2Cb%3Ac%25.txt,title=factcheck conflict%3A count::100%25 off:"
                            "%0D%0Areally, yes%0A")
    assert escape_data("a%\r\n:,") == "a%25%0D%0A:," and escape_property("a%\r\n:,") == "a%25%0D%0A%3A%2C"


def test_the_line_is_the_claims_own_and_no_file_is_read(tmp_path):
    # The claim carries where it starts in the text it was read from: the renderer reads no file,
    # so neither a missing file nor another version of it moves the annotation.
    placed = _report("e", "wire/s.txt", "0" * 64)
    placed.findings[0].claims[0].line, placed.findings[0].claims[0].column = 2, 2
    output = render_github(placed, corpus_dir=str(tmp_path / "sources"))
    assert f"file={escape_property(str(tmp_path))}/sources/wire/s.txt,line=2,col=2," in output
    assert not (tmp_path / "sources").exists()
    unplaced = render_github(_report("e", "wire/s.txt", "0" * 64), corpus_dir=str(tmp_path / "sources"))
    assert ",line=" not in unplaced and "s.txt,title=" in unplaced  # a claim made by hand without a line: the file alone


