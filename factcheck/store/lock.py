"""One run at a time over a run state: a lock file beside it (state.py)."""
from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows: runs are not kept apart
    fcntl = None  # type: ignore[assignment]

from ..errors import OutputNotWritable


def take_lock(path: Path, notify: Callable[[str], None]) -> int | None:
    """An exclusive lock on path (made if need be), waiting for another run to release it; the
    file's descriptor, None where locks are not to be had. A POSIX record lock: it belongs to this
    process alone (worker processes do not inherit it) and goes when the process ends, however."""
    if fcntl is None:
        return None
    try:
        descriptor = os.open(path, os.O_RDWR | os.O_CREAT, 0o666)
    except OSError as error:
        raise OutputNotWritable(path=path.parent, detail=f"the run state cannot be written: {error.strerror}") from error
    try:
        try:
            fcntl.lockf(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            notify(f"waiting for another factcheck run using {path.parent} to finish")
            fcntl.lockf(descriptor, fcntl.LOCK_EX)
    except OSError:
        os.close(descriptor)  # a file system without locks (some network ones): go on without
        return None
    return descriptor


def release(descriptor: int | None) -> None:
    if descriptor is not None:
        os.close(descriptor)  # closing it releases the lock
