"""The last stage: a report file of each format written from the run state's fragments."""
from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator, Sequence
from pathlib import Path

from .models import Source
from .report.formats import FORMATS
from .report.fragments import Tally
from .store.atomic import open_atomic
from .store.splice import Layout, Piece, Splicer, file_signature, open_previous
from .store.state import RANK, State

_VERDICT_OF_RANK = {rank: verdict for verdict, rank in RANK.items()}


class _Unplaced(Exception):
    """A fragment the state says is in the file before, yet the file's layout does not hold it."""


class _Unchanged(Exception):
    """The report's bytes are the file's before: it stays (its unwritten temporary goes)."""


def write_report(state: State, format_name: str, path: Path, tally: Tally, sources: Sequence[Source]) -> None:
    """One report file, atomically. A format whose writer hands each fragment to write() alone
    copies the bytes of those unchanged since the file it wrote before, when that file is still
    the one it wrote (store/splice.py): a re-check after one edit encodes a few fragments, not all."""
    spec = FORMATS[format_name]
    if not spec.splices:
        with open_atomic(path, buffering=1 << 20) as stream:
            spec.write(stream.write, tally, ((verdict, text) for verdict, _, text in state.fragments(format_name)),
                       sources)
        state.keep_layout(format_name, None)
        return
    kept = state.layout(format_name)
    layout = Layout.loads(*kept) if kept is not None else None
    try:
        splicer = _write(state, format_name, path, tally, sources, layout)
    except _Unplaced:
        splicer = _write(state, format_name, path, tally, sources, None)
    signature = file_signature(str(path))
    state.keep_layout(format_name, splicer.layout(signature).dumps() if signature else None)


def _write(state: State, format_name: str, path: Path, tally: Tally, sources: Sequence[Source],
           layout: Layout | None) -> Splicer:
    previous = open_previous(str(path), layout)
    try:
        with contextlib.suppress(_Unchanged), open_atomic(path, buffering=1 << 20, binary=True) as stream:
            splicer = Splicer(stream, previous, layout, unchanged_unwritten=True)
            rows = (((verdict, Piece(text, finding)) for verdict, finding, text in state.fragments(format_name))
                    if previous is None else _kept(state, format_name, layout))  # type: ignore[arg-type]
            FORMATS[format_name].write(splicer.write, tally, rows, sources)
            splicer.close()
            if splicer.unchanged:
                raise _Unchanged
    finally:
        if previous is not None:
            os.close(previous)
    return splicer


def _kept(state: State, format_name: str, layout: Layout) -> Iterator[tuple[str, Piece]]:
    """(verdict, fragment) in report order: a fragment not in the file before with its text, and
    each run of fragments that stand there side by side, in one section, as one Piece without text
    (copied from that file, never read here). One step per finding, and nothing else, is what
    keeps a re-check of tens of thousands of unchanged findings cheap."""
    order, fresh = state.order(format_name)
    for rank, start, stop, finding in _runs(order, fresh, layout):
        yield _VERDICT_OF_RANK[rank], Piece(None, "", start, stop) if finding is None else Piece(fresh[finding], finding)


# The last runs made (order, findings before, fresh ones, runs): the four formats with a fragment for
# every finding share the findings' order, their files' findings (store/splice.py) and which are
# fresh, so their runs are the same; walking 20,000 findings once, not four times.
_LAST_RUNS: list = [None, None, None, []]


def _runs(order: list[tuple[int, str]], fresh: dict[str, str], layout: Layout) -> list[tuple[int, int, int, str | None]]:
    """(rank, start, stop, None) for each run of layout's findings start..stop-1, and (rank, -1, -1,
    finding) for each fresh one, in report order; _Unplaced when a finding is in neither."""
    if _LAST_RUNS[0] is order and _LAST_RUNS[1] is layout.findings and _LAST_RUNS[2] == fresh.keys():
        return _LAST_RUNS[3]
    index = layout.index()
    runs: list[tuple[int, int, int, str | None]] = []
    start = last = run_rank = -1  # the run being gathered: none while start is -1
    for rank, finding in order:
        at = -1 if finding in fresh else index.get(finding, -1)
        if start >= 0 and at == last + 1 and rank == run_rank:
            last = at
            continue
        if start >= 0:
            runs.append((run_rank, start, last + 1, None))
        start = last = at
        run_rank = rank
        if at < 0:
            if finding not in fresh:
                raise _Unplaced(finding)
            runs.append((rank, -1, -1, finding))
    if start >= 0:
        runs.append((run_rank, start, last + 1, None))
    _LAST_RUNS[:] = [order, layout.findings, set(fresh), runs]
    return runs
