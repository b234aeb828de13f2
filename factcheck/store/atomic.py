"""Atomic file writes: a temporary file in the same folder, then a rename over the target.

A reader (or a run stopped half-way) only ever sees the old file or the new one, never a half, and
a stopped write leaves no temporary file behind. Files are not fsync'ed: that is a disk flush per
ledger, thousands a run, and the promise is about runs that are stopped, not about power cuts.
"""
from __future__ import annotations

import itertools
import os
import re
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from ..errors import OutputNotWritable

TEMPORARY_SUFFIX = ".tmp"


def temporary_path(path: Path) -> Path:
    """A hidden sibling: on the same file system (so the rename is atomic) and skipped by the
    corpus loader; the process id keeps two runs from ever picking the same name, and a count
    from a random start two writes of one process (a random number each asked the kernel for one:
    a run writes a ledger per article)."""
    return path.with_name(f".{path.name}.{os.getpid()}-{next(_COUNT) & 0xFFFFFFFF:08x}{TEMPORARY_SUFFIX}")


_COUNT = itertools.count(secrets.randbits(32))


def write_text(path: Path, text: str) -> None:
    """Write text (UTF-8, as given) to path so that path is always whole (see open_atomic)."""
    with open_atomic(path) as stream:
        stream.write(text)


@contextmanager
def open_atomic(path: Path, buffering: int = -1, binary: bool = False) -> Iterator[TextIO]:
    """A text stream (UTF-8, line ends as written; ``binary``: a stream of bytes) that becomes the
    file at path when the block ends, whole; if the block fails, path is left as it was, and no
    temporary file stays.

    Raises OutputNotWritable, naming the path and why, when the folder cannot be made or written.
    """
    folder = path.parent
    if str(folder) not in _MADE:
        make_folder(folder)
    temporary = temporary_path(path)
    # The name is chosen before the file exists, so whatever interrupts us (SIGTERM turned into
    # KeyboardInterrupt, a full disk) can always remove it.
    try:
        try:
            descriptor = _create(temporary)
        except (FileNotFoundError, NotADirectoryError):  # the folder went since this process made it
            make_folder(folder)
            descriptor = _create(temporary)
        with (os.fdopen(descriptor, "wb", buffering=buffering) if binary else
              os.fdopen(descriptor, "w", encoding="utf-8", newline="", buffering=buffering)) as stream:
            yield stream  # type: ignore[misc]
        os.replace(temporary, path)
    except BaseException as error:
        _remove(temporary)
        if isinstance(error, OSError):
            raise OutputNotWritable(path=path, detail=error.strerror or str(error)) from error
        raise


def write_bytes(path: Path | str, data: bytes) -> None:
    """Write bytes to path so that path is always whole (see open_atomic)."""
    with open_atomic(Path(path), binary=True) as stream:
        stream.write(data)


def _create(temporary: Path) -> int:
    # 0o666 less the umask, like any new file (tempfile.mkstemp would make it 0o600)
    return os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)


# Folders this process made or found (as strings): a run writes thousands of ledgers into one
# folder, and asking for it again each time was a system call and a few Paths per ledger.
_MADE: set[str] = set()


def make_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        in_the_way = next((part for part in [folder, *folder.parents] if part.is_file()), None)
        detail = f"{in_the_way} is a file, not a folder" if in_the_way else error.strerror or str(error)
        raise OutputNotWritable(path=folder, detail=detail) from error
    _MADE.add(str(folder))


# temporary_path's names: .NAME.PID-XXXXXXXX.tmp
_TEMPORARY = re.compile(r"^\.(?P<name>.+)\.(?P<pid>\d+)-[0-9a-f]{8}" + re.escape(TEMPORARY_SUFFIX) + "$")


def remove_stale_temporaries(folder: Path, names: tuple[str, ...] | None = None) -> list[Path]:
    """Remove the temporary files a killed run (kill -9 leaves no chance to clean up) left in
    folder: those whose process is gone. ``names``: only those of these files. Returns what went."""
    removed = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed  # no folder yet, or not ours to list: nothing of ours in it
    for entry in entries:
        found = _TEMPORARY.match(entry.name) if entry.name.startswith(".") else None  # most are ledgers
        if found is None or (names is not None and found["name"] not in names) or _alive(int(found["pid"])):
            continue
        if entry.is_file(follow_symlinks=False):
            _remove(Path(entry.path))
            removed.append(Path(entry.path))
    return removed


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, ValueError):
        return True  # another user's process (or no number a process has): leave its files alone
    return not _zombie(pid)


def _zombie(pid: int) -> bool:
    """A process that ended but was not reaped yet (its parent is gone too) writes nothing more."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as stat:
            return stat.read().rsplit(b")", 1)[1].split()[0] == b"Z"
    except (OSError, IndexError):
        return False


def _remove(temporary: Path) -> None:
    try:
        os.unlink(temporary)
    except OSError:
        pass
