"""The run state survives what happens to it: two runs at once, a damaged file, a folder it cannot
write. It is a cache: whatever befalls it, the run ends as a run without it would, or stops with a
message naming the folder (exit 2), never with a raw SQLite traceback."""
from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from outputs import tree
from synthetic import write_corpus

from factcheck import engine as incremental
from factcheck.cli import main
from factcheck.engine import check_corpus
from factcheck.store.state import DAMAGED_SUFFIX, State, state_file

ROOT = Path(__file__).resolve().parent.parent

HOLD_THE_STATE = """
import sys
from pathlib import Path
from factcheck.store.state import SourceRow, State, state_file

claims = Path(sys.argv[1])
state = State(claims, {"held": "by another run"})
row = SourceRow(id="mine", shown="mine.txt", article_stat="1:1:1:1", ledger_stat=None, source=None, published=None,
                dated=False, reference=None, problems="[]", ledger_problems="[]", terms="{}", claims="[]", digest="")
state.put_source(row)  # a write in progress: not committed yet
print("ready", flush=True)
sys.stdin.readline()
state.commit()
# Still this run's own file, not one another run made in its place:
found = state.connection.execute("SELECT count(*) FROM sources WHERE id = 'mine'").fetchone()[0]
import sqlite3
again = sqlite3.connect(state_file(claims)).execute("SELECT count(*) FROM sources").fetchone()[0]
state.close()
sys.exit(0 if (found, again) == (1, 1) else 1)
"""


@pytest.fixture
def workspace(tmp_path, monkeypatch):
    monkeypatch.setattr(incremental, "RACY_NS", 0)
    write_corpus(tmp_path / "sources", 12)
    return tmp_path


def _check(workspace: Path, capsys) -> tuple[int, str]:
    code = main(["check", str(workspace / "sources"), "--quiet", "--jobs", "1", "--fail-on", "never",
                 "--format", "json"])
    return code, capsys.readouterr().err


def test_a_second_run_waits_for_the_first_and_leaves_its_state_alone(workspace):
    claims = workspace / "claims"
    holder = subprocess.Popen([sys.executable, "-c", HOLD_THE_STATE, str(claims)], cwd=ROOT, text=True,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    try:
        assert holder.stdout.readline() == "ready\n"
        waiting = threading.Event()
        results = []

        def second_run() -> None:
            results.append(check_corpus(workspace / "sources", claims, workspace / "reports",
                                        notify=lambda message: waiting.set() if "waiting" in message else None))

        thread = threading.Thread(target=second_run)
        thread.start()
        assert waiting.wait(timeout=60), "the second run did not wait for the first"
        assert (state_file(claims)).exists()
        holder.stdin.write("go on\n")
        holder.stdin.flush()
        assert holder.wait(timeout=60) == 0, "the first run's state was taken from under it"
        thread.join(timeout=120)
    finally:
        holder.kill()
    assert results and results[0].tally.sources == 12


def test_two_runs_started_together_both_finish(workspace):
    command = [sys.executable, "-m", "factcheck", "check", str(workspace / "sources"), "--quiet", "--jobs", "1",
               "--fail-on", "never", "--format", "json"]
    runs = [subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(2)]
    outputs = [run.communicate(timeout=300) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], [err.decode() for _, err in outputs]
    assert outputs[0][0] == outputs[1][0]
    assert b"Traceback" not in outputs[0][1] + outputs[1][1]


def _damage(path: Path) -> None:
    """Overwrite the pages in the middle third of an SQLite file (the header stays whole)."""
    data = bytearray(path.read_bytes())
    start, end = len(data) // 3, 2 * len(data) // 3
    data[start:end] = bytes((index * 131 + 7) % 256 for index in range(end - start))
    path.write_bytes(bytes(data))


def test_a_state_damaged_in_the_middle_is_set_aside_and_made_again(workspace, capsys):
    assert _check(workspace, capsys)[0] == 0
    before = tree(workspace / "reports")
    state = state_file(workspace / "claims")
    _damage(state)
    damaged = state.read_bytes()
    code, err = _check(workspace, capsys)
    assert code == 0, err
    assert err.count("was damaged") == 1 and f"set aside as {state.name}{DAMAGED_SUFFIX}" in err
    assert (state.parent / f"{state.name}{DAMAGED_SUFFIX}").read_bytes() == damaged
    assert tree(workspace / "reports") == before
    code, err = _check(workspace, capsys)  # said once: the new state is whole
    assert code == 0 and "damaged" not in err
    assert tree(workspace / "reports") == before


def test_a_state_that_cannot_be_written_is_a_clean_error(workspace, capsys, monkeypatch):
    assert _check(workspace, capsys)[0] == 0
    connect = sqlite3.connect

    def read_only(path, **options):  # what a read-only claims folder (or a full disk) does to SQLite
        return connect(f"file:{path}?mode=ro", uri=True, **options)

    monkeypatch.setattr(sqlite3, "connect", read_only)
    (workspace / "sources" / "article-00003.txt").write_text("Changed: 41 buses were bought.\n", encoding="utf-8")
    code, err = _check(workspace, capsys)
    assert code == 2
    assert f"cannot write {state_file(workspace / 'claims')}: the run state cannot be used: attempt to write a " \
           "readonly database" in err
    assert "Traceback" not in err and "internal error" not in err


def test_a_claims_folder_where_the_lock_cannot_be_made_is_a_clean_error(workspace, capsys, monkeypatch):
    real_open = os.open

    def refuse_the_lock(path, *arguments, **options):
        if str(path).endswith(".lock"):
            raise PermissionError(13, "Permission denied")
        return real_open(path, *arguments, **options)

    monkeypatch.setattr(os, "open", refuse_the_lock)
    code, err = _check(workspace, capsys)
    assert code == 2 and "the run state cannot be written: Permission denied" in err
    assert not (workspace / "reports" / "findings.json").exists()


def test_the_state_lives_in_a_cache_folder_git_passes_over(workspace, capsys):
    """Not in claims/ (committed by many), but in .factcheck_cache/ beside it, whose own .gitignore
    ignores everything in it; a state left in claims/ by an older factcheck is removed."""
    from factcheck.store.state import CACHE_DIR, STATE_FILE

    (workspace / "claims").mkdir()
    (workspace / "claims" / STATE_FILE).write_bytes(b"an old state")
    assert _check(workspace, capsys)[0] == 0
    cache = workspace / CACHE_DIR
    assert state_file(workspace / "claims").parent == cache and state_file(workspace / "claims").is_file()
    assert (cache / ".gitignore").read_text(encoding="utf-8").splitlines()[-1] == "*"
    assert not any(path.name.startswith(STATE_FILE) for path in (workspace / "claims").iterdir())
    if shutil.which("git"):
        subprocess.run(["git", "init", "-q", str(workspace)], check=True)
        status = subprocess.run(["git", "-C", str(workspace), "status", "--porcelain", "--untracked-files=all"],
                                capture_output=True, text=True, check=True).stdout
        assert "?? claims/" in status and CACHE_DIR not in status


def test_progress_covers_every_stage_with_its_total(workspace):
    """What a progress bar shows: each stage's name and total, and every item of it done."""
    stages: list[tuple[str, int, str]] = []
    done: list[int] = []

    def start(name: str, total: int, unit: str) -> None:
        stages.append((name, total, unit))
        done.append(0)

    def advance(count: int) -> None:
        done[-1] += count

    check_corpus(workspace / "sources", workspace / "claims", workspace / "reports", stage=start, progress=advance)
    assert [name for name, _, _ in stages] == ["reading articles", "comparing stories", "writing reports"]
    assert stages[0][1:] == (12, "articles") and stages[1][1] >= 1 and stages[2][1:] == (7, "reports")
    assert done == [total for _, total, _ in stages]
    stages.clear()
    done.clear()
    check_corpus(workspace / "sources", workspace / "claims", workspace / "reports", stage=start, progress=advance)
    assert [total for _, total, _ in stages] == [0, 0, 7]  # nothing changed: nothing read or compared again


def test_a_finding_that_moved_to_another_story_is_stored_there(tmp_path):
    """Finding ids come from claims: when an article's claims move from story "a" to story "b" (its
    names or figures changed), "b" may be done again before "a" is; its findings take their place."""
    state = State(tmp_path / "claims", {})
    finding = ("count-1", None, 3, "count", "single", 0, "", "people", "x", {"json": "{}"})
    state.replace_story("a", "digest-a", [("count-1", "a", *finding[2:])])
    state.replace_story("b", "digest-b", [("count-1", "b", *finding[2:])])  # before "a" is done again
    state.commit()
    rows = state.connection.execute("SELECT id, story FROM findings").fetchall()
    assert rows == [("count-1", "b")]
    assert state.connection.execute("SELECT count(*) FROM fragments WHERE finding = 'count-1'").fetchone()[0] == 1
    state.close()
