"""Worker processes that end with the run that started them, and the ordered map both engines run on.

A run killed with SIGKILL cannot stop its ProcessPoolExecutor: the workers wait on a queue whose
pipe they themselves hold open, so they would live on for ever, busy or idle, holding the run's
files. Each worker asks the kernel to kill it when its parent dies (Linux: PR_SET_PDEATHSIG), and
elsewhere watches its parent from a thread.
"""
from __future__ import annotations

import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:  # concurrent.futures imports logging and threads' machinery: only when a pool starts
    from concurrent.futures import Executor, ProcessPoolExecutor

PR_SET_PDEATHSIG = 1  # linux/prctl.h
WATCH_SECONDS = 1.0  # where the kernel cannot tell us: how often a worker looks for its parent
T = TypeVar("T")


def worker_pool(jobs: int) -> ProcessPoolExecutor:
    """A process pool of ``jobs`` workers, each of which dies with this process."""
    from concurrent.futures import ProcessPoolExecutor  # here: a re-check that reads few articles starts none (~8 ms)

    return ProcessPoolExecutor(max_workers=jobs, initializer=die_with_parent, initargs=(os.getpid(),))


def die_with_parent(parent: int) -> None:
    """Run in each worker as it starts: end it when ``parent`` (the run) ends, however it ends."""
    if sys.platform.startswith("linux") and _ask_the_kernel():
        if os.getppid() != parent:  # the parent died before we asked
            os._exit(1)
        return
    threading.Thread(target=_watch, args=(parent,), name="factcheck-parent-watch", daemon=True).start()


def _ask_the_kernel() -> bool:
    import ctypes  # in the worker alone

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def _watch(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(WATCH_SECONDS)
    os._exit(1)


@contextmanager
def pool_for(jobs: int, executor: Executor | None = None) -> Iterator[Executor]:
    """``executor`` (a Dask client's, say: its owner shuts it down), else a pool of ``jobs`` processes
    that lives as long as the block."""
    if executor is not None:
        yield executor
        return
    with worker_pool(jobs) as pool:
        yield pool


def in_order(pool: Executor, function: Callable[[Any], T], tasks: Iterable[Any], window: int) -> Iterator[T]:
    """function over tasks on the pool, results in the tasks' order. At most ``window`` tasks are in
    flight, so neither the tasks nor the results of a whole corpus are ever held at once (a Dask
    executor's own ``map`` would submit them all, one task per item); those still pending when the
    reader stops (an error) are cancelled."""
    pending: deque = deque()
    try:
        for task in tasks:
            pending.append(pool.submit(function, task))
            if len(pending) >= window:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        for future in pending:
            future.cancel()
