"""A run killed with SIGKILL leaves nothing running and, once the next run is done, nothing behind:
its worker processes die with it, and its temporary files are removed by the next run."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from synthetic import write_corpus

from factcheck.cli import main
from factcheck.store.atomic import temporary_path

ROOT = Path(__file__).resolve().parent.parent


def _children(parent: int) -> list[int]:
    """The processes whose parent is ``parent`` (from /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_bytes()
            except OSError:
                continue
            if int(stat.rsplit(b")", 1)[1].split()[1]) == parent:
                found.append(int(entry.name))
    return found


def _running(pid: int) -> bool:
    """Alive and not a zombie (a container's first process may never reap an orphan)."""
    try:
        return (Path("/proc") / str(pid) / "stat").read_bytes().rsplit(b")", 1)[1].split()[0] != b"Z"
    except OSError:
        return False


def _wait_for(condition, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.01)
    return True


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc (Linux)")
def test_workers_die_with_a_run_killed_with_sigkill(tmp_path):
    corpus = tmp_path / "sources"
    write_corpus(corpus, 800)
    command = [sys.executable, "-m", "factcheck", "check", str(corpus), "--jobs", "2", "--quiet",
               "--claims-dir", str(tmp_path / "claims"), "--reports-dir", str(tmp_path / "reports")]
    run = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    workers: list[int] = []
    try:
        assert _wait_for(lambda: len(_children(run.pid)) >= 2 or run.poll() is not None, 120)
        workers = _children(run.pid)
        assert run.poll() is None and len(workers) >= 2, "the run ended before its workers could be seen"
        run.send_signal(signal.SIGKILL)
        run.wait(timeout=60)
        assert _wait_for(lambda: not any(map(_running, workers)), 60), "workers outlived the run"
    finally:
        run.kill()
        for worker in filter(_running, workers):  # so that a failure leaves nothing running either
            os.kill(worker, signal.SIGKILL)


def _dead_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def test_the_next_run_removes_temporary_files_a_killed_run_left(corpus, capsys):
    (corpus / "a.txt").write_text("Nearly 300 companies took part in the fair.\n", encoding="utf-8")
    assert main(["check", str(corpus), "--quiet", "--jobs", "1"]) == 0
    claims, reports = corpus.parent / "claims", corpus.parent / "reports"
    dead, alive = _dead_pid(), os.getpid()
    left = [Path(str(temporary_path(folder / name)).replace(f".{alive}-", f".{dead}-"))
            for folder, name in ((claims, "a.json"), (reports, "findings.md"), (corpus, "reviews.json"))]
    running = temporary_path(claims / "b.json")  # a live run's (this process): not touched
    stranger = corpus / f".notes.txt.{dead}-0123abcd.tmp"  # not one of ours to remove
    for path in (*left, running, stranger):
        path.write_text("half a file", encoding="utf-8")
    assert main(["check", str(corpus), "--quiet", "--jobs", "1"]) == 0
    capsys.readouterr()
    assert [path for path in left if path.exists()] == []
    assert running.exists() and stranger.exists()
