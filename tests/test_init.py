"""factcheck init: a corpus repository (its corpus not called sources/) set up in one command, and
the cycle an editor goes through: commit an article with a conflict (the check fails), review it
(the check passes), git status clean of everything but what the repository chose to commit."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from factcheck.cli import main
from factcheck.init import GITIGNORE_LINES, PLACEHOLDER

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = sorted((ROOT / "sources").glob("*.txt"))
pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="needs git")


def _git(repo: Path, *arguments: str) -> str:
    return subprocess.run(["git", "-C", str(repo), *arguments], capture_output=True, text=True, check=True).stdout


@pytest.fixture
def repo(tmp_path, monkeypatch):
    """A newsroom's repository: articles in newsdesk/, a README, a .gitignore of its own."""
    (tmp_path / "newsdesk").mkdir()
    for article in ARTICLES[:-1]:
        shutil.copy(article, tmp_path / "newsdesk" / article.name)
    (tmp_path / "README.md").write_text("# our desk\n", encoding="utf-8")
    (tmp_path / ".gitignore").write_text("*.bak", encoding="utf-8")  # no newline at its end
    _git(tmp_path, "init", "-q")
    _git(tmp_path, "config", "user.email", "desk@example.org")
    _git(tmp_path, "config", "user.name", "Desk")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _hook_command(repo: Path) -> list[str]:
    """The command the pre-commit hook runs, as init wrote it."""
    config = YAML(typ="safe").load((repo / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    (hook,) = config["repos"][0]["hooks"]
    assert config["repos"][0]["repo"] == "local" and hook["pass_filenames"] is False
    return hook["entry"].split()[1:]


def test_init_writes_the_starter_files_and_guesses_the_corpus(repo, capsys):
    assert main(["init", "--install", "factcheck==0.1.0"]) == 0
    config = (repo / "factcheck.toml").read_text(encoding="utf-8")
    assert 'corpus = "newsdesk"' in config
    workflow = (repo / ".github" / "workflows" / "factcheck.yml").read_text(encoding="utf-8")
    assert 'pip install "factcheck==0.1.0"' in workflow and '"newsdesk/**"' in workflow
    assert "pip install ." not in workflow  # that installs the corpus repository, not factcheck
    hook = (repo / ".pre-commit-config.yaml").read_text(encoding="utf-8")
    assert "files: ^(newsdesk/|claims/|factcheck\\.toml$)" in hook and '"factcheck==0.1.0"' in hook
    assert (repo / ".gitignore").read_text(encoding="utf-8") == "*.bak\n" + "\n".join(GITIGNORE_LINES) + "\n"


def test_init_refuses_to_overwrite_and_changes_nothing(repo, capsys):
    (repo / ".pre-commit-config.yaml").write_text("repos: []\n", encoding="utf-8")
    code = main(["init", "--install", "factcheck==0.1.0"])
    err = capsys.readouterr().err
    assert code == 2 and ".pre-commit-config.yaml exists already" in err and "never overwrites" in err
    assert not (repo / "factcheck.toml").exists() and not (repo / ".github").exists()
    assert (repo / ".pre-commit-config.yaml").read_text(encoding="utf-8") == "repos: []\n"
    assert (repo / ".gitignore").read_text(encoding="utf-8") == "*.bak"


def test_from_a_local_checkout_the_workflow_says_what_to_fill_in(repo, capsys, monkeypatch):
    monkeypatch.setattr("factcheck.init.install_spec", lambda: PLACEHOLDER)  # as an editable install gives
    assert main(["init", "--corpus", "newsdesk/"]) == 0
    assert PLACEHOLDER in (repo / ".github" / "workflows" / "factcheck.yml").read_text(encoding="utf-8")
    assert f"replace {PLACEHOLDER!r}" in capsys.readouterr().err
    assert "language: system" in (repo / ".pre-commit-config.yaml").read_text(encoding="utf-8")


def test_the_written_workflow_is_valid_against_githubs_schema(repo):
    assert main(["init", "--install", "factcheck==0.1.0"]) == 0
    done = subprocess.run([sys.executable, "-m", "check_jsonschema", "--builtin-schema", "vendor.github-workflows",
                           str(repo / ".github" / "workflows" / "factcheck.yml")], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_review_cycle_in_a_repository(repo, capsys):
    assert main(["init", "--install", "factcheck==0.1.0"]) == 0
    hook = _hook_command(repo)
    assert main(hook + ["--jobs", "1"]) == 0  # the corpus without its last article: nothing in conflict
    _git(repo, "add", "-A")
    _git(repo, "commit", "-qm", "factcheck set up")
    assert _git(repo, "status", "--porcelain", "--untracked-files=all") == ""

    shutil.copy(ARTICLES[-1], repo / "newsdesk" / ARTICLES[-1].name)  # an article that disagrees
    capsys.readouterr()
    assert main(hook + ["--jobs", "1", "--format", "json"]) == 1
    report = json.loads(capsys.readouterr().out)
    conflicts = [finding["id"] for finding in report["findings"] if finding["verdict"] == "conflict"]
    assert conflicts
    for finding in conflicts:
        assert main(["review", finding, "--status", "confirmed", "--note", "checked"]) == 0  # corpus from the toml
    assert main(hook + ["--jobs", "1"]) == 0
    _git(repo, "add", "-A")
    _git(repo, "commit", "-qm", "an article, reviewed")
    assert _git(repo, "status", "--porcelain", "--untracked-files=all") == ""  # no cache, marker or report
    tracked = _git(repo, "ls-files").split()
    assert "newsdesk/reviews.json" in tracked and any(path.startswith("claims/") for path in tracked)
    assert not any(".factcheck" in path or path.startswith("reports/") for path in tracked)


@pytest.mark.skipif(shutil.which("pre-commit", path=str(Path(sys.executable).parent)) is None,
                    reason="pre-commit is in the test extra")
def test_the_hook_through_pre_commit_for_real(repo, capsys, monkeypatch):
    """git commit runs the hook init wrote (repo: local, language: system as from a local checkout:
    nothing to download): an article in conflict fails the commit, a review lets it through."""
    monkeypatch.setattr("factcheck.init.install_spec", lambda: PLACEHOLDER)
    assert main(["init"]) == 0
    env = {"PATH": f"{Path(sys.executable).parent}:/usr/bin:/bin", "HOME": str(repo),
           "PRE_COMMIT_HOME": str(repo.parent / "pre-commit-home"), "GIT_CONFIG_NOSYSTEM": "1",
           "PYTHONPATH": str(ROOT)}  # the hook's factcheck runs the code under test, wherever it is installed from

    def commit(message: str) -> subprocess.CompletedProcess:
        _git(repo, "add", "-A")
        return subprocess.run(["git", "-C", str(repo), "commit", "-qm", message], capture_output=True, text=True,
                              env=env, timeout=300)

    subprocess.run(["pre-commit", "install"], cwd=repo, env=env, check=True, capture_output=True, timeout=120)
    assert main(["check", "--quiet", "--jobs", "1"]) == 0
    first = commit("factcheck set up")
    assert first.returncode == 0, first.stdout + first.stderr

    shutil.copy(ARTICLES[-1], repo / "newsdesk" / ARTICLES[-1].name)  # an article that disagrees
    refused = commit("an article")
    assert refused.returncode != 0 and "factcheck" in refused.stdout + refused.stderr
    assert _git(repo, "log", "--oneline").count("\n") == 1

    capsys.readouterr()
    main(["list", "--unreviewed"])
    for finding in [line.split()[0] for line in capsys.readouterr().out.splitlines()[1:]]:
        assert main(["review", finding, "--status", "confirmed", "--note", "checked with the wire"]) == 0
    accepted = commit("an article, reviewed")
    assert accepted.returncode == 0, accepted.stdout + accepted.stderr
    assert _git(repo, "log", "--oneline").count("\n") == 2
    assert _git(repo, "status", "--porcelain", "--untracked-files=all") == ""  # no cache, marker or report
