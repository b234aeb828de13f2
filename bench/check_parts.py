"""Where a check's CPU time goes, by stage: one `factcheck check --jobs 1` run in this process.

    python bench/check_parts.py CORPUS --claims-dir DIR --reports-dir DIR [other check options...]

Prints one JSON object of CPU seconds (process_time: a shared machine's load does not count). With
--jobs 1 every stage runs here, so the parts add up to the whole: imports; per article, extraction
(extract_claims), story terms and the rest of the article step (reading the file, the ledger, the
state's row); listing; grouping stories; per story, alignment, comparison and derived findings,
each finding's fragments of every format and the rest of the story step (claims read back, the
state); the seven reports; other (the run state, the terminal's table). Give empty claims and
reports folders for a check from scratch. recheck_parts.py does the same for a re-check.
"""
from __future__ import annotations

import contextlib
import io
import json
import sys
import time

STARTED = time.process_time()

import factcheck.cli as cli  # noqa: E402
from factcheck import article_step, engine, run, story_step  # noqa: E402
from factcheck.report.formats import FORMATS  # noqa: E402
from recheck_parts import timed  # noqa: E402 - the same timing of a part, beside this script

IMPORTED = time.process_time()
PARTS = {"listing": (run, "discover"), "reading": (engine, "_read_articles"), "stories": (engine, "_stories"),
         "comparing": (engine, "_restudy"), "extraction": (article_step, "extract_claims"),
         "story terms": (article_step, "article_terms"), "alignment": (story_step, "align_bucket"),
         "story step": (story_step, "study_story")}


def main(arguments: list[str]) -> int:
    spent: dict[str, float] = dict.fromkeys([*PARTS, "fragments", "reports"], 0.0)
    for name, (module, function) in PARTS.items():
        setattr(module, function, timed(spent, name, getattr(module, function)))
    for spec in FORMATS.values():
        object.__setattr__(spec, "write", timed(spent, "reports", spec.write))
        object.__setattr__(spec, "fragment", timed(spent, "fragments", spec.fragment))
    started = time.process_time()
    with contextlib.redirect_stdout(io.StringIO()):  # the terminal's table is made, not shown
        code = cli.main(["check", *arguments, "--jobs", "1"])
    ended = time.process_time()
    parts = {"imports": IMPORTED - STARTED, "extraction": spent["extraction"], "story terms": spent["story terms"],
             "article step, rest": spent["reading"] - spent["extraction"] - spent["story terms"],
             "listing": spent["listing"], "stories": spent["stories"], "alignment": spent["alignment"],
             "comparison": spent["story step"] - spent["alignment"], "fragments": spent["fragments"],
             "story step, rest": spent["comparing"] - spent["story step"] - spent["fragments"],
             "reports": spent["reports"]}
    parts["other"] = ended - started - sum(spent[name] for name in ("listing", "reading", "stories", "comparing", "reports"))
    parts["total"] = ended - STARTED
    print(json.dumps({"exit_code": code, **{name: round(seconds, 3) for name, seconds in parts.items()}}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
