"""The repository's own checks, run with the suite so that the README's test command (and .ci/run,
which runs it) lints a fresh clone: ruff (pyflakes, import order, complexity) and import-linter (the
import rules of docs/architecture.md), both configured in pyproject.toml and installed by the test
extra. A failure prints what the tool said."""
from __future__ import annotations

import ast
import re
import subprocess
import sys
import warnings
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


# The house's size limits (BRIEF, docs/architecture.md): a module a newcomer can read in one sitting,
# a function that fits on a screen.
MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 60
OVER_THE_LIMITS: set[str] = set()  # none: a module or function over the limits is split, not excused


def _sizes() -> tuple[list[str], list[str]]:
    """(modules over the limit, functions over the limit), each as 'path: lines' or 'path:line name: lines'."""
    modules, functions = [], []
    for path in sorted((ROOT / "factcheck").rglob("*.py")):
        shown = path.relative_to(ROOT).as_posix()
        if shown in OVER_THE_LIMITS:
            continue
        text = path.read_text(encoding="utf-8")
        if (lines := len(text.splitlines())) > MAX_MODULE_LINES:
            modules.append(f"{shown}: {lines} lines")
        with warnings.catch_warnings():  # an invalid escape in a docstring is ruff's to report, not this test's
            warnings.simplefilter("ignore")
            tree = ast.parse(text)
        for node in ast.walk(tree):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                start = min([node.lineno, *(decorator.lineno for decorator in node.decorator_list)])
                if (lines := node.end_lineno - start + 1) > MAX_FUNCTION_LINES:
                    functions.append(f"{shown}:{node.lineno} {node.name}: {lines} lines")
    return modules, functions


def test_no_module_is_over_400_lines_and_no_function_over_60():
    modules, functions = _sizes()
    assert not modules, f"modules over {MAX_MODULE_LINES} lines (split them):\n" + "\n".join(modules)
    assert not functions, f"functions over {MAX_FUNCTION_LINES} lines (break them up):\n" + "\n".join(functions)


def test_the_allow_list_names_files_that_exist():
    # A file renamed or split must leave the list, or the list would excuse nothing and hide that.
    assert all((ROOT / shown).is_file() for shown in OVER_THE_LIMITS), sorted(OVER_THE_LIMITS)
