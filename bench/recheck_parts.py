"""Where a re-check's CPU time goes: one `factcheck check` run in this process, each part timed.

    python bench/recheck_parts.py CORPUS --claims-dir DIR --reports-dir DIR [other check options...]

Prints one JSON object of CPU seconds (process_time: a shared machine's load does not count):
imports, listing (finding the articles), reading (articles that changed: read, extracted, ledgers),
stories (grouping), comparing (the stories that changed), reports (the seven files), other (the
rest of the run: the state, the terminal's table) and total. run.py calls it on the re-check it
measures; run it by hand over a corpus checked before (the run state must exist) to see one.
"imports" depends on whether the package's bytecode exists: run.py compiles it first
(`python -m compileall`), as `pip install` does; an editable install run with
PYTHONDONTWRITEBYTECODE=1 compiles every source again each run (0.1-0.15 s more).
"""
from __future__ import annotations

import contextlib
import io
import json
import sys
import time

STARTED = time.process_time()

import factcheck.cli as cli  # noqa: E402
from factcheck import engine, run  # noqa: E402
from factcheck.report.formats import FORMATS  # noqa: E402

IMPORTED = time.process_time()
PARTS = {"listing": (run, "discover"), "reading": (engine, "_read_articles"), "stories": (engine, "_stories"),
         "comparing": (engine, "_restudy")}


def timed(spent: dict[str, float], name: str, function):
    def wrapper(*args, **kwargs):
        started = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            spent[name] = spent.get(name, 0.0) + time.process_time() - started
    return wrapper


def main(arguments: list[str]) -> int:
    spent: dict[str, float] = {}
    for name, (module, function) in PARTS.items():
        setattr(module, function, timed(spent, name, getattr(module, function)))
    for spec in FORMATS.values():
        object.__setattr__(spec, "write", timed(spent, "reports", spec.write))
    started = time.process_time()
    with contextlib.redirect_stdout(io.StringIO()):  # the terminal's table is made, not shown
        code = cli.main(["check", *arguments])
    ended = time.process_time()
    parts = {"imports": IMPORTED - STARTED, **spent}
    parts["other"] = ended - started - sum(spent.values())
    parts["total"] = ended - STARTED
    print(json.dumps({"exit_code": code, **{name: round(seconds, 3) for name, seconds in parts.items()}}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
