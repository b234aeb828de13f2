"""What a run leaves in a folder, for comparing runs: every file but the run state (a cache, in its
cache folder) and the marker naming the corpus the folder belongs to (owner.py: it holds a path);
and the CLI run in-process, with what it printed."""
from __future__ import annotations

from pathlib import Path

from factcheck.cli import main
from factcheck.store.owner import OWNER_FILE
from factcheck.store.state import CACHE_DIR, STATE_FILE


def tree(folder: Path) -> dict[str, bytes]:
    return {path.relative_to(folder).as_posix(): path.read_bytes() for path in sorted(folder.rglob("*"))
            if path.is_file() and not path.name.startswith(STATE_FILE) and path.name != OWNER_FILE
            and CACHE_DIR not in path.relative_to(folder).parts}


def run_cli(capsys, *arguments: str) -> tuple[int, str, str]:
    """factcheck's exit code, stdout and stderr for these arguments."""
    code = main(list(arguments))
    captured = capsys.readouterr()
    return code, captured.out, captured.err
