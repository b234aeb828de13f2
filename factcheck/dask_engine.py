"""The same check on a Dask cluster (``factcheck check --engine dask [--scheduler ADDRESS]``).

A corpus folder is checked by check.check_corpus, the local engine, with a Dask client's executor
in place of its process pool (``dask_executor``): the workers read the articles, write their
ledgers and compare stories, the client keeps the run state, so a re-check costs what changed.
The workers must see the corpus and claims folders at the paths the client sees (a LocalCluster
does; a remote cluster needs a shared file system).

A corpus at an fsspec URL has no folder for ledgers and run state: it is loaded on the client and
checked in memory by pipeline.py, with extraction (``extract_on``) and alignment (``align_on``) on
the cluster. Dask is an optional extra: ``pip install factcheck[dask]``.
"""
from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterator
from concurrent.futures import Executor
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from .align import Group, align_bucket
from .contain import Contained, Failure
from .errors import EngineUnavailable
from .models import Article, ClaimBase

if TYPE_CHECKING:
    from dask.distributed import Client

Extracted = tuple[list[ClaimBase], dict[str, int]]
# Work goes to the cluster in batches: a task costs the scheduler about a millisecond, and one
# task per article (or per story bucket) spends more time scheduling than working.
ARTICLES_PER_TASK = 50
BUCKETS_PER_TASK = 200


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


def extract_on(client: "Client") -> Callable[[list[Article], Callable[[int], None] | None], Iterator[Extracted]]:
    """An extractor for pipeline.extract_corpus that maps extract_article over the cluster."""

    def extract_many(articles: list[Article], progress: Callable[[int], None] | None) -> Iterator[Extracted]:
        futures = client.map(_extract_batch, _batches(articles, ARTICLES_PER_TASK), pure=False)
        for future in futures:  # in order, whatever order they finish in
            batch = future.result()
            yield from batch
            if progress:
                progress(len(batch))
    return extract_many


def _extract_batch(articles: list[Article]) -> list[Extracted]:
    from .pipeline import extract_article

    extract = Contained(extract_article, "extracting its claims")  # a bug costs its article (contain.py)
    return [extract(article) for article in articles]


def _align_batch(buckets: list[list[ClaimBase]]) -> list[list[Group] | Failure]:
    align = Contained(align_bucket, "aligning")  # a bug costs its story (contain.py)
    return [align(bucket) for bucket in buckets]


def _batches(items: list[Any], size: int) -> list[list[Any]]:
    return [items[start:start + size] for start in range(0, len(items), size)]


def align_on(client: "Client") -> Callable[[list[list[ClaimBase]]], list[list[Group]]]:
    """A bucket runner for align.align that aligns each (story, kind) bucket on the cluster."""

    def run(buckets: list[list[ClaimBase]]) -> list[list[Group]]:
        batches = client.gather(client.map(_align_batch, _batches(buckets, BUCKETS_PER_TASK), pure=False))
        return [groups for batch in batches for groups in batch]
    return run
