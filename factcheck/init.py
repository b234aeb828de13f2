"""``factcheck init``: what a corpus repository needs to run factcheck on every commit and pull request.

A starter ``factcheck.toml``, the ``.gitignore`` lines, a GitHub workflow and a
``.pre-commit-config.yaml``. Files that exist are never overwritten: init refuses (exit 2,
naming them) before it writes anything, so a second run cannot half-change a repository. The
``.gitignore`` is the exception: the lines it lacks are added, as people keep one file for all.
"""
from __future__ import annotations

import json
from importlib import metadata
from pathlib import Path

from .errors import UsageError
from .load.discover import ARTICLE_SUFFIXES
from .store.atomic import make_folder, write_text

WORKFLOW = Path(".github") / "workflows" / "factcheck.yml"
PRE_COMMIT = Path(".pre-commit-config.yaml")
CONFIG = Path("factcheck.toml")
GITIGNORE = Path(".gitignore")
# What git should not see: the marker naming the corpus of an output folder (it holds a path),
# temporaries a killed run left; the cache folder ignores itself.
# The reports are made by every check (and uploaded by CI): delete that line to commit them.
GITIGNORE_LINES = ["# factcheck (see factcheck.toml)", ".factcheck-corpus", ".*.tmp", "/reports/"]
PLACEHOLDER = "factcheck-news @ git+https://github.com/OWNER/factcheck@REF"

CONFIG_TEXT = """\
# factcheck's settings for this repository: `factcheck check` here (or in any folder below) reads
# them; a flag on the command line wins. Paths are from this folder.
corpus = "{corpus}"        # the folder of articles (.txt, .md)
claims-dir = "claims"      # claim ledgers: commit them; editors correct claims there
reports-dir = "reports"    # reports: findings.md, .html, .json, .csv, .sarif
fail-on = "unreviewed"     # exit 1 on conflicts nobody reviewed, or articles that could not be read
# kinds = ["date", "duration", "count", "percent", "money", "name"]
# exclude = ["drafts"]     # globs of article paths (from the corpus folder) to leave out
"""

WORKFLOW_TEXT = """\
# Checks the corpus whenever articles, ledgers or reviews change (written by `factcheck init`).
# Conflicts show as annotations on their lines; the Markdown report goes to the run's summary and
# all of reports/ to an artifact; the job fails while a conflict is unreviewed (record a review
# with `factcheck review ID --status confirmed --note "..."` and commit reviews.json).
name: factcheck

on:
  push:
    paths: ["{corpus}/**", "claims/**", "factcheck.toml", ".github/workflows/factcheck.yml"]
  pull_request:
    paths: ["{corpus}/**", "claims/**", "factcheck.toml", ".github/workflows/factcheck.yml"]

permissions:
  contents: read

jobs:
  check:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.11"
      - name: Install factcheck
        # factcheck itself, pinned: not this repository, and not a namesake from the registry.
        run: python -m pip install "{install}"
      - name: Check the corpus
        # Reads factcheck.toml; exit 1 (unreviewed conflicts) fails the job; the steps below still run.
        run: factcheck check --format github --quiet
      - name: Write the report to the run summary
        if: always()
        # A job summary holds at most 1 MiB: cut at a line before that, saying where the rest is.
        shell: python
        run: |
          import os, pathlib
          report = pathlib.Path("reports/findings.md")
          data = report.read_bytes() if report.exists() else b"factcheck wrote no report; see the log of the check step.\\n"
          if len(data) > 1_000_000:
              data = data[:1_000_000].rsplit(b"\\n", 1)[0] + (
                  b"\\n\\n**Cut here:** a job summary holds 1 MiB. The whole report is reports/findings.md "
                  b"in the factcheck-reports artifact of this run.\\n")
          with open(os.environ["GITHUB_STEP_SUMMARY"], "ab") as summary:
              summary.write(data)
      - name: Upload the reports
        if: always()
        uses: actions/upload-artifact@v4
        with:
          name: factcheck-reports
          path: reports/
          if-no-files-found: warn
"""

PRE_COMMIT_TEXT = """\
# Runs factcheck before each commit that touches the corpus, its ledgers or reviews (written by
# `factcheck init`). It rewrites claims/ and reports/ as `factcheck check` does (add them and
# commit again), and fails while a conflict is unreviewed.
repos:
  - repo: local
    hooks:
      - id: factcheck
        name: factcheck
        entry: factcheck check --quiet
        language: {language}
{dependencies}        pass_filenames: false
        files: ^({corpus}/|claims/|factcheck\\.toml$)
"""


def install_spec() -> str:
    """How CI installs this factcheck: the git URL and commit it came from, else the release by
    version, else a placeholder to fill in (a local checkout cannot be installed from CI, and the
    name factcheck on PyPI is another project's)."""
    # The distribution that installs the import package: its name may differ from it (the name
    # factcheck is taken on PyPI by another project).
    names = metadata.packages_distributions().get("factcheck", ["factcheck"])
    try:
        distribution = metadata.distribution(names[0])
    except metadata.PackageNotFoundError:
        return PLACEHOLDER
    direct = distribution.read_text("direct_url.json")
    if direct:
        found = json.loads(direct)
        vcs = found.get("vcs_info", {})
        if vcs.get("vcs") == "git" and "commit_id" in vcs:
            return f"{distribution.metadata['Name']} @ git+{found['url']}@{vcs['commit_id']}"
        return PLACEHOLDER  # installed from a folder or an archive on this machine
    name = distribution.metadata["Name"]
    # "factcheck" on PyPI is an unrelated project: a release is pinned only under a name of our own.
    return PLACEHOLDER if name.lower() == "factcheck" else f"{name}=={distribution.version}"


def guess_corpus(root: Path) -> str:
    """sources/ when there is one, else the folder just below root with the most articles."""
    if (root / "sources").is_dir():
        return "sources"
    counts = {}
    for folder in sorted(path for path in root.iterdir() if path.is_dir() and not path.name.startswith(".")):
        counts[folder.name] = sum(1 for path in folder.rglob("*") if path.suffix.lower() in ARTICLE_SUFFIXES)
    best = max(counts.items(), key=lambda item: item[1], default=("sources", 0))
    return best[0] if best[1] else "sources"


def starter_files(root: Path, corpus: str | None = None, install: str | None = None) -> dict[Path, str]:
    """The files init writes, by path from root (the .gitignore's lines apart)."""
    corpus = (corpus or guess_corpus(root)).strip("/")
    install = install or install_spec()
    pinned = install != PLACEHOLDER
    dependencies = f"        additional_dependencies: [{json.dumps(install)}]\n" if pinned else ""
    return {
        CONFIG: CONFIG_TEXT.format(corpus=corpus),
        WORKFLOW: WORKFLOW_TEXT.format(corpus=corpus, install=install),
        PRE_COMMIT: PRE_COMMIT_TEXT.format(corpus=corpus, language="python" if pinned else "system",
                                           dependencies=dependencies),
    }


def init_repository(root: Path, corpus: str | None = None, install: str | None = None) -> list[Path]:
    """Write the starter files into root; the paths written (or changed). Refuses, before writing
    anything, when one of them exists."""
    if not root.is_dir():
        raise UsageError(detail=f"{root} is not a folder; give the corpus repository's root folder (default: .)")
    files = starter_files(root, corpus, install)
    existing = [str(root / path) for path in files if (root / path).exists()]
    if existing:
        raise UsageError(detail=f"{', '.join(existing)} exist{'s' if len(existing) == 1 else ''} already; "
                                "factcheck init never overwrites a file: move it aside (or merge by hand) and run init again")
    written = []
    for path, text in files.items():
        make_folder((root / path).parent)
        write_text(root / path, text)
        written.append(root / path)
    ignore = root / GITIGNORE
    current = ignore.read_text(encoding="utf-8") if ignore.exists() else ""
    missing = [line for line in GITIGNORE_LINES if line not in current.splitlines()]
    if missing:
        write_text(ignore, current + ("\n" if current and not current.endswith("\n") else "") + "\n".join(missing) + "\n")
        written.append(ignore)
    return written
