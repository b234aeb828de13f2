"""Containment: a bug met on one article or one story costs that article or story, never the run.

Every article's read, extraction and ledger step, and every story's alignment, comparison and
rendering, runs inside a boundary that turns any exception (a bug in factcheck that some input
found) into a problem with code ``internal-error``: the file or story, the exception, and a line
asking to report it. Everything else is still checked and reported. Errors factcheck raises on
purpose (``FactcheckError``: an unwritable output folder...) pass through: they stop the run with
their own message and exit code 2. A failure outside the boundaries is the CLI's to report (exit 3).
"""
from __future__ import annotations

import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

from .errors import FactcheckError
from .models import Problem

INTERNAL_ERROR = "internal-error"
PLEASE_REPORT = ("this is a bug in factcheck: please report it (with the file, if you may share it, "
                 "and the command you ran)")
# An exception's message can be as long as the input that caused it: keep the problem readable.
MESSAGE_LIMIT = 300

# Not a bug some input found, so not to be contained: errors raised on purpose (an unwritable output
# folder: exit 2), and a missing or broken module, which would fail every article alike (exit 3).
NOT_CONTAINED = (FactcheckError, ImportError)

T = TypeVar("T")
A = TypeVar("A")


def describe(error: BaseException) -> str:
    """'KeyError: 'x'': the exception's type and message on one line, cut to a readable length."""
    message = " ".join(str(error).split())
    if len(message) > MESSAGE_LIMIT:
        message = message[:MESSAGE_LIMIT] + "..."
    return f"{type(error).__name__}: {message}" if message else type(error).__name__


def article_problem(shown: str, step: str, error: BaseException | str) -> Problem:
    """error: the exception, or its description (from a worker process)."""
    described = error if isinstance(error, str) else describe(error)
    return Problem(path=shown, code=INTERNAL_ERROR, reason=(
        f"internal error while {step}: {described}; the article was skipped and the rest of the corpus "
        f"checked; {PLEASE_REPORT}"))


def story_problem(story: str, paths: list[str], error: BaseException | str) -> Problem:
    """A story's problem is filed under its first article's path (the story is named after it)."""
    described = error if isinstance(error, str) else describe(error)
    shown = ", ".join(paths[:5]) + (f" and {len(paths) - 5} more" if len(paths) > 5 else "")
    return Problem(path=paths[0] if paths else story, code=INTERNAL_ERROR, reason=(
        f"internal error while aligning and comparing story {story} ({shown}): {described}; that story's "
        f"findings are left out of the report, every other story was checked; {PLEASE_REPORT}"))


@dataclass(frozen=True)
class Failure:
    """What a contained call gives back instead of its result: picklable, so a worker process can
    hand it to its parent."""

    step: str
    error: str  # describe(exception)

    def problem(self, shown: str) -> Problem:
        return article_problem(shown, self.step, self.error)


class Contained(Generic[A, T]):
    """function(argument), or a Failure when it raises anything but a FactcheckError. A class, not
    a closure, so it can be sent to worker processes."""

    def __init__(self, function: Callable[[A], T], step: str) -> None:
        self.function = function
        self.step = step

    def __call__(self, argument: A) -> T | Failure:
        try:
            return self.function(argument)
        except NOT_CONTAINED:
            raise
        except Exception as error:  # noqa: BLE001 - the boundary: any bug becomes this input's problem
            return Failure(self.step, describe(error))


def where_it_failed(error: BaseException) -> str:
    """'check.py:123 in _restudy': the innermost frame of factcheck's own code, or ''."""
    package = Path(__file__).resolve().parent
    frames = [frame for frame in traceback.extract_tb(error.__traceback__)
              if Path(frame.filename).resolve().is_relative_to(package)]
    if not frames:
        return ""
    frame = frames[-1]
    return f"{Path(frame.filename).resolve().relative_to(package).as_posix()}:{frame.lineno} in {frame.name}"
