"""The command's progress bar (tqdm), on a terminal only: elsewhere a bar that shows nothing, and
tqdm not imported at all."""
from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tqdm import tqdm


def progress_bar(arguments: argparse.Namespace) -> tqdm | _NoBar:
    # A bar only where a person watches (a terminal), and only once a run lasts a couple of seconds.
    if getattr(arguments, "quiet", True) or not sys.stderr.isatty():
        return _NoBar()  # tqdm is not even imported (~9 ms of a re-check)
    from tqdm import tqdm

    return tqdm(desc="extracting", unit=" articles", delay=2, file=sys.stderr, leave=False)


class _NoBar:
    """What a run calls on its progress bar, where none is shown."""

    unit = ""

    def __enter__(self) -> _NoBar:
        return self

    def __exit__(self, *exc_info: object) -> None:
        return None

    def update(self, n: float = 1) -> None:
        return None

    def set_description(self, desc: str, refresh: bool = True) -> None:
        return None

    def reset(self, total: float | None = None) -> None:
        return None


def stage_of(bar: tqdm | _NoBar):
    """A stage of the check starts: the bar shows its name and total from then on."""
    def start(name: str, total: int, unit: str) -> None:
        bar.set_description(name, refresh=False)
        bar.unit = f" {unit}"
        bar.reset(total=total)
    return start
