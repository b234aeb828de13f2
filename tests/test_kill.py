"""Nothing is lost: a run stopped by SIGTERM in the middle of writing leaves every file whole (the
old content or the new, never a half) and no temporary file behind."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from outputs import tree
from synthetic import write_corpus

from factcheck.errors import OutputNotWritable
from factcheck.store import atomic
from factcheck.store.atomic import write_text

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = 800


def _tree(folder: Path) -> dict[str, bytes]:
    return tree(folder)


def _leftovers(folder: Path) -> list[str]:
    return [path.name for path in folder.rglob(f"*{atomic.TEMPORARY_SUFFIX}")]


def test_sigterm_while_writing_leaves_every_file_whole(tmp_path):
    corpus, out = tmp_path / "sources", tmp_path / "out"
    write_corpus(corpus, ARTICLES)
    command = [sys.executable, "-m", "factcheck", "check", str(corpus), "--claims-dir", str(out / "claims"),
               "--reports-dir", str(out / "reports"), "--quiet", "--format", "json", "--fail-on", "never"]
    assert subprocess.run(command, cwd=ROOT, stdout=subprocess.DEVNULL, timeout=300).returncode == 0
    old = _tree(out)

    write_corpus(corpus, ARTICLES, edition=1)  # every article changes: every ledger will be rewritten
    claims_changed = (out / "claims").stat().st_mtime_ns
    with open(tmp_path / "stderr", "wb") as stderr:
        process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=stderr)
        # A write creates a temporary file and renames it: either changes the folder's time.
        deadline = time.monotonic() + 120
        while (out / "claims").stat().st_mtime_ns == claims_changed and process.poll() is None \
                and time.monotonic() < deadline:
            time.sleep(0.001)
        process.send_signal(signal.SIGTERM)
        code = process.wait(timeout=120)
    assert code == 130, (tmp_path / "stderr").read_text()
    assert "interrupted" in (tmp_path / "stderr").read_text()
    stopped = _tree(out)
    assert _leftovers(tmp_path) == []

    assert subprocess.run(command, cwd=ROOT, stdout=subprocess.DEVNULL, timeout=300).returncode == 0
    new = _tree(out)
    assert set(stopped) == set(old) and set(new) == set(old)
    halves = [name for name, content in stopped.items() if content not in (old[name], new[name])]
    assert halves == []
    ledgers = [name for name in stopped if name.startswith("claims/")]
    assert [name for name in ledgers if stopped[name] != new[name]], "the run was not stopped before its end"
    assert all(stopped[name] == old[name] for name in stopped if name.startswith("reports/"))


@pytest.mark.parametrize("stage", ["write", "replace"])
def test_interrupted_write_keeps_the_old_file_and_no_temporary(tmp_path, monkeypatch, stage):
    target = tmp_path / "claims" / "a.json"
    write_text(target, "old\n")

    def interrupt(*arguments, **keywords):
        raise KeyboardInterrupt  # what SIGTERM becomes in the CLI

    if stage == "write":
        monkeypatch.setattr(atomic.os, "fdopen", lambda descriptor, *arguments, **options: _Failing(descriptor))
    else:
        monkeypatch.setattr(atomic.os, "replace", interrupt)
    with pytest.raises(KeyboardInterrupt):
        write_text(target, "new\n" * 1000)
    assert target.read_text() == "old\n"
    assert sorted(path.name for path in target.parent.iterdir()) == ["a.json"]


_FDOPEN = os.fdopen


class _Failing:
    """A file that is interrupted half-way through being written."""

    def __init__(self, descriptor: int) -> None:
        self.stream = _FDOPEN(descriptor, "w", encoding="utf-8")

    def __enter__(self):
        return self

    def __exit__(self, *exception):
        self.stream.close()

    def write(self, data: str) -> None:
        self.stream.write(data[: len(data) // 2])
        raise KeyboardInterrupt


def test_failed_write_names_the_file_and_leaves_nothing(tmp_path, monkeypatch):
    target = tmp_path / "reports" / "findings.md"
    write_text(target, "old\n")

    def disk_full(*arguments, **keywords):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "replace", disk_full)
    with pytest.raises(OutputNotWritable, match="cannot write .*findings.md: No space left on device"):
        write_text(target, "new\n")
    assert target.read_text() == "old\n" and _leftovers(tmp_path) == []


def test_new_files_are_readable_as_the_umask_says(tmp_path):
    previous = os.umask(0o022)
    try:
        write_text(tmp_path / "report.md", "text\n")
    finally:
        os.umask(previous)
    assert (tmp_path / "report.md").stat().st_mode & 0o777 == 0o644
