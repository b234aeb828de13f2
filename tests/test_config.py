"""factcheck.toml: found by walking up, flags over the file, paths from the project root, and an
unknown key or bad value stopped with its file, line and the valid choices. Also the exit codes a
CI job relies on: no article at all is an input error; files that could not be read fail."""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from outputs import run_cli as _run

from factcheck.config import find_config, load_config

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = sorted((ROOT / "sources").glob("*.txt"))


@pytest.fixture
def project(tmp_path, monkeypatch):
    """A corpus repository: the bundled articles in news/ (not sources/), the current folder its root."""
    (tmp_path / "news").mkdir()
    for article in ARTICLES:
        shutil.copy(article, tmp_path / "news" / article.name)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_the_file_is_found_from_a_folder_below_and_its_paths_are_from_its_own_folder(project, capsys, monkeypatch):
    (project / "factcheck.toml").write_text('corpus = "news"\nformat = "json"\nfail-on = "never"\njobs = 1\n'
                                            'quiet = true\n', encoding="utf-8")
    (project / "deep" / "er").mkdir(parents=True)
    monkeypatch.chdir(project / "deep" / "er")
    code, out, err = _run(capsys, "check")
    assert code == 0, err
    assert len(json.loads(out)["sources"]) == len(ARTICLES)
    # outputs at the project root, not beside the working folder
    assert (project / "claims").is_dir() and (project / "reports" / "findings.json").is_file()
    assert not (project / "deep" / "claims").exists()


def test_flags_override_the_file(project, capsys):
    (project / "factcheck.toml").write_text('corpus = "news"\nformat = "json"\nfail-on = "never"\nquiet = true\n',
                                            encoding="utf-8")
    code, out, _ = _run(capsys, "check", "--format", "csv", "--fail-on", "unreviewed", "--jobs", "1")
    assert code == 1 and out.startswith("finding,verdict")


def test_pyproject_tool_table_counts_and_other_tools_keys_do_not(project, capsys):
    (project / "pyproject.toml").write_text('[tool.ruff]\nexclude = ["x"]\n\n[tool.factcheck]\ncorpus = "news"\n'
                                            'exclude = 3\n', encoding="utf-8")
    assert find_config(project) == project / "pyproject.toml"
    code, _, err = _run(capsys, "check")
    assert code == 2
    assert "pyproject.toml:6: exclude = 3 is not valid; exclude takes a list of strings" in err


def test_a_pyproject_without_the_table_is_passed_over(project, tmp_path):
    (project / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    assert find_config(project) is None  # (nothing above a pytest tmp folder has one either)
    assert load_config(project).values == {}


@pytest.mark.parametrize("text, message", [
    ('corpus = "news"\nfial-on = "never"\n',
     "factcheck.toml:2: unknown key 'fial-on'; did you mean 'fail-on'? valid keys: corpus, claims-dir"),
    ('corpus = "news"\n\nfail-on = "nevr"\n',
     'factcheck.toml:3: fail-on = \'nevr\' is not valid; fail-on takes one of "unreviewed", "conflict", '
     '"unreviewed-only", "never"'),
    ('kinds = ["date", "sizes"]\n', 'factcheck.toml:1: kinds = [\'date\', \'sizes\'] is not valid; kinds takes a list '
                                    'of "date", "duration", "count", "percent", "money", "name"'),
    ('jobs = 0\n', "factcheck.toml:1: jobs = 0 is not valid; jobs takes a whole number of at least 1"),
    ('corpus = "news\n', "factcheck.toml:1: not valid TOML"),
])
def test_a_bad_file_is_an_input_error_naming_file_line_and_choices(project, capsys, text, message):
    (project / "factcheck.toml").write_text(text, encoding="utf-8")
    code, out, err = _run(capsys, "check", "news")
    assert (code, out) == (2, "")
    assert message in err
    assert not (project / "claims").exists()


def test_kinds_and_exclude_narrow_the_check(project, capsys):
    (project / "factcheck.toml").write_text('corpus = "news"\nformat = "json"\nfail-on = "never"\nkinds = ["date"]\n'
                                            f'exclude = ["{ARTICLES[0].name}"]\n', encoding="utf-8")
    code, out, _ = _run(capsys, "check", "--quiet", "--jobs", "1")
    report = json.loads(out)
    assert code == 0
    assert {finding["kind"] for finding in report["findings"]} == {"date"}
    assert ARTICLES[0].name not in {source["path"] for source in report["sources"]}
    assert len(report["sources"]) == len(ARTICLES) - 1


# --- exit codes -----------------------------------------------------------------------------------

def test_a_folder_without_articles_is_an_input_error_saying_what_it_holds(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "scans").mkdir()
    for name in ("a.pdf", "b.pdf", "c.docx"):
        (tmp_path / "scans" / name).write_bytes(b"%PDF")
    code, out, err = _run(capsys, "check", "scans", "--quiet")
    assert (code, out) == (2, "")
    assert "no article in scans" in err and "2 .pdf files, 1 .docx file, 0 .txt/.md" in err
    assert not (tmp_path / "claims").exists() and not (tmp_path / "reports").exists()


def test_everything_excluded_is_no_article_either(project, capsys):
    (project / "factcheck.toml").write_text('corpus = "news"\nexclude = ["*.txt"]\n', encoding="utf-8")
    code, _, err = _run(capsys, "check", "--quiet")
    assert code == 2 and f"{len(ARTICLES)} left out by exclude" in err


@pytest.mark.skipif(os.name != "posix", reason="a file too large stands in for an unreadable one")
@pytest.mark.parametrize("fail_on, expected", [("unreviewed", 1), ("conflict", 1), ("unreviewed-only", 0),
                                               ("never", 0)])
def test_an_article_that_could_not_be_checked_fails_unless_told_otherwise(tmp_path, capsys, monkeypatch,
                                                                         fail_on, expected):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text("The council approved 35 new bus routes on Monday.\n", encoding="utf-8")
    (tmp_path / "news" / "big.txt").write_text("word " * 200, encoding="utf-8")
    code, _, err = _run(capsys, "check", "news", "--quiet", "--max-bytes", "500", "--fail-on", fail_on)
    assert code == expected and "big.txt" in err


def test_a_clean_corpus_exits_zero(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text("The council approved 35 new bus routes on Monday.\n", encoding="utf-8")
    assert _run(capsys, "check", "news", "--quiet")[0] == 0


def test_extract_leaves_out_what_exclude_says(project, capsys):
    (project / "factcheck.toml").write_text(f'corpus = "news"\nexclude = ["{ARTICLES[0].name}"]\n', encoding="utf-8")
    assert _run(capsys, "extract", "--quiet", "--jobs", "1")[0] == 0
    ledgers = {path.stem for path in (project / "claims").glob("*.json")}
    assert ledgers == {article.stem for article in ARTICLES[1:]}
