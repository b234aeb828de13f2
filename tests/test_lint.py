"""The repository's own checks, run with the suite so that the README's test command (and .ci/run,
which runs it) lints a fresh clone: ruff (pyflakes, import order, complexity) and import-linter (the
import rules of docs/architecture.md), both configured in pyproject.toml and installed by the test
extra. A failure prints what the tool said."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LINTED = ("factcheck", "tests", "bench", "tools")


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    # No cache: a test run leaves nothing in the repository (.ruff_cache, .import_linter_cache).
    return subprocess.run([sys.executable, *command], cwd=ROOT, capture_output=True, text=True, check=False)


def test_ruff_finds_nothing():
    result = _run("-m", "ruff", "check", "--no-cache", "--output-format", "concise", *LINTED)
    assert result.returncode == 0, f"ruff check {' '.join(LINTED)}:\n{result.stdout}{result.stderr}"


def test_the_import_rules_hold():
    result = _run("-c", "import sys; from importlinter.cli import lint_imports; "
                        "sys.exit(lint_imports(config_filename='pyproject.toml', no_cache=True))")
    assert result.returncode == 0, f"lint-imports:\n{result.stdout}{result.stderr}"
    kept = re.search(r"Contracts: (\d+) kept, 0 broken", result.stdout)
    assert kept and int(kept[1]) >= 5, result.stdout  # the contracts were read, and all held
