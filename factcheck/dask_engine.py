"""The same check on a Dask cluster (``factcheck check --engine dask [--scheduler ADDRESS]``).

A corpus is checked by check.check_corpus, the one engine, with a Dask client's executor in place
of its process pool (``dask_executor``): the workers read the articles, write their ledgers and
compare stories, the client keeps the run state, so a re-check costs what changed. The workers
must see the corpus and claims folders at the paths the client sees (a LocalCluster does; a remote
cluster needs a shared file system). A corpus at an fsspec URL is read by the client and its bytes
sent to the workers (listing.py). Dask is an optional extra: ``pip install factcheck[dask]``.
"""
from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from .errors import EngineUnavailable

if TYPE_CHECKING:  # concurrent.futures and logging: only when a cluster starts (a re-check imports this module)
    from concurrent.futures import Executor

    from dask.distributed import Client


@contextmanager
def dask_client(scheduler: str | None = None, workers: int | None = None) -> Iterator["Client"]:
    """A client of the cluster at ``scheduler``, or of a local cluster started (and stopped) here."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as error:
        raise EngineUnavailable(engine="dask", detail=str(error)) from error
    if scheduler:
        with Client(scheduler) as client:
            yield client
        return
    import logging

    # Processes, one thread each: extraction is pure Python, and threads would share one GIL.
    with LocalCluster(n_workers=workers or os.cpu_count() or 1, threads_per_worker=1, processes=True,
                      dashboard_address=None, silence_logs=logging.ERROR) as cluster, Client(cluster) as client:
        yield client


@contextmanager
def dask_executor(scheduler: str | None = None, workers: int | None = None) -> Iterator[tuple[str, int, Executor]]:
    """(the scheduler's address, how many tasks the cluster runs at once, an executor on it) for
    check_corpus: a LocalCluster of ``workers`` processes unless ``scheduler`` is given."""
    with dask_client(scheduler, workers) as client:
        threads = sum(client.nthreads().values())
        # pure=False: two batches of the same articles are two tasks (a re-check must read them again).
        yield client.scheduler.address, max(1, threads), client.get_executor(pure=False)
