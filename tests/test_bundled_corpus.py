"""What the bundled corpus must show: the issues' "must show" lists, as data."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from outputs import tree

from factcheck.cli import main
from factcheck.load.corpus import load_corpus
from factcheck.models import Report
from factcheck.report.formats import FORMATS

ROOT = Path(__file__).resolve().parent.parent

# (kind, verdicts allowed, claim texts that must all stand in one finding)
EXPECTED_FINDINGS = [
    ("duration", {"conflict"}, {"two-day", "from Tuesday to Thursday"}),
    ("name", {"conflict"}, {"Joint Declaration on Establishment of Comprehensive Strategic Partnership",
                            "joint statement on establishing a comprehensive strategic partnership", "Joint Statement"}),
    ("date", {"conflict"}, {"today", "Wednesday"}),
    ("date", {"agree"}, {"1992"}),
    ("date", {"compatible"}, {"the 1990s", "1993"}),
    ("percent", {"agree", "compatible"}, {"20 per cent", "20%"}),
    ("count", {"agree", "compatible"}, {"Nearly 300", "Around 300"}),
    ("count", {"agree", "compatible"}, {"top five"}),
    ("count", {"compatible"}, {"numerous", "20"}),
]


def _finding_with(report: Report, kind: str, texts: set[str]):
    for finding in report.findings:
        if finding.kind == kind and texts <= {claim.text for claim in finding.claims} and len(
                {claim.source for claim in finding.claims}) > 1:
            return finding
    return None


@pytest.mark.parametrize("kind,verdicts,texts", EXPECTED_FINDINGS, ids=[f"{k}:{'/'.join(sorted(t))}" for k, _, t in EXPECTED_FINDINGS])
def test_expected_finding(bundled_report, kind, verdicts, texts):
    finding = _finding_with(bundled_report, kind, texts)
    assert finding is not None, f"no cross-source {kind} finding holds {texts}"
    assert finding.verdict in verdicts, finding.explanation


# Durations that run from another event, checked against that event's date.
DERIVED = [("nine months", "July 2024"), ("three decades", "1992")]


@pytest.mark.parametrize("duration,anchor", DERIVED)
def test_derived_duration_is_checked_against_its_anchor(bundled_report, duration, anchor):
    derived = [f for f in bundled_report.findings if f.id.startswith("derived-")
               and [c.text for c in f.claims] == [duration, anchor]]
    assert derived, f"no derived finding checks {duration!r} against {anchor!r}"
    assert all(f.verdict in ("agree", "compatible") for f in derived), [f.explanation for f in derived]


def test_visit_length_conflict_is_explained(bundled_report):
    finding = _finding_with(bundled_report, "duration", {"two-day", "from Tuesday to Thursday"})
    ranged = next(c for c in finding.claims if c.text == "from Tuesday to Thursday")
    assert (str(ranged.value.range_start), str(ranged.value.range_end)) == ("2025-04-22", "2025-04-24")
    assert finding.explanation == "2 days vs 3 calendar days (Tue 22 - Thu 24 Apr 2025)"


def test_july_2024_claims_never_conflict(bundled_report):
    for finding in bundled_report.findings:
        if any(claim.text == "July 2024" for claim in finding.claims):
            assert finding.verdict != "conflict", finding.explanation


def test_only_the_known_conflicts(bundled_report):
    conflicts = sorted(f.kind for f in bundled_report.findings if f.verdict == "conflict")
    assert conflicts == ["date", "duration", "name"]


def test_publication_dates_from_datelines_without_front_matter():
    articles, problems = load_corpus(ROOT / "sources")
    published = {a.source.id[:3]: a.source.published for a in articles}
    assert (published["004"].date.isoformat(), published["004"].method) == ("2025-04-25", "dateline")
    assert (published["002"].date.isoformat(), published["002"].method) == ("2025-04-24", "inferred")
    for article in articles:
        if article.source.id[:3] in ("002", "004"):
            assert not article.text.startswith("---"), "dated articles must carry no front matter"
        else:
            assert article.source.published.method == "unknown"
    assert problems == []


def test_every_offset_holds(bundled_report):
    texts = {a.source.id: a.text for a in load_corpus(ROOT / "sources")[0]}
    claims = [claim for finding in bundled_report.findings for claim in finding.claims]
    assert len(claims) > 30
    for claim in claims:
        assert texts[claim.source][claim.start:claim.end] == claim.text
        assert claim.text in claim.sentence


def _run_check(corpus: Path, out: Path, *extra: str) -> tuple[int, str]:
    command = [sys.executable, "-m", "factcheck", "check", str(corpus), "--claims-dir", str(out / "claims"),
               "--reports-dir", str(out / "reports"), *extra]
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    return done.returncode, done.stdout


def _tree(folder: Path) -> dict[str, bytes]:
    return tree(folder)


def test_two_runs_are_byte_identical(tmp_path):
    _run_check(ROOT / "sources", tmp_path / "one")
    _run_check(ROOT / "sources", tmp_path / "two")
    one, two = _tree(tmp_path / "one"), _tree(tmp_path / "two")
    assert one == two and len(one) == 5 + len(FORMATS)  # a ledger per article, a report per format


# reports/ also holds what tools/ make from the reports, which `factcheck check` does not write.
NOT_MADE_BY_CHECK = {"screenshot.png"}


def test_committed_outputs_match_the_code(tmp_path):
    """claims/ and reports/ in the repo are what the code makes from sources/ today."""
    _run_check(ROOT / "sources", tmp_path)
    assert _tree(tmp_path / "claims") == _tree(ROOT / "claims")
    committed = {name: data for name, data in _tree(ROOT / "reports").items() if name not in NOT_MADE_BY_CHECK}
    assert _tree(tmp_path / "reports") == committed


def test_json_output_validates_against_the_report_model(tmp_path):
    code, stdout = _run_check(ROOT / "sources", tmp_path, "--format", "json")
    report = Report.model_validate_json(stdout)
    assert code == 1 and len(report.sources) == 5


@pytest.mark.parametrize("arguments,code", [
    (["--fail-on", "never"], 0),
    ([], 1),
])
def test_exit_codes(tmp_path, arguments, code):
    assert _run_check(ROOT / "sources", tmp_path, *arguments)[0] == code


def test_missing_corpus_is_an_input_error(tmp_path, capsys):
    assert main(["check", str(tmp_path / "nowhere")]) == 2
    assert "does not exist" in capsys.readouterr().err


# Names, places and outlets of the bundled articles; the package must work on any corpus.
BUNDLED_NAMES = ["azerbaij", "aliyev", "xi jinping", "baku", "beijing", "china", "chinese", "belt and road",
                 "azertac", "cgtn", "caliber", "globenewswire", "menafn", "shanghai", "astana", "urumqi",
                 "trans-caspian", "middle corridor", "jiakun", "kang jie", "guliyev", "lanzhou", "sanchez",
                 "liyuan", "mehriban", "armenia", "taiwan", "xinhua", "nawab", "karabakh", "tbilisi"]


@pytest.mark.parametrize("name", BUNDLED_NAMES)
def test_package_names_nothing_from_the_bundled_corpus(name):
    for path in sorted((ROOT / "factcheck").rglob("*.py")):
        assert name not in path.read_text(encoding="utf-8").lower(), f"{path.relative_to(ROOT)} names '{name}'"
