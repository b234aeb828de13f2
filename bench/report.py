"""The benchmark's Markdown report: machine, command, corpora, then the measurements side by side."""
from __future__ import annotations

import shlex
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # run.py imports this module, so the records are only named for type checkers
    from run import Check, Corpus, Extraction, SearchDates


def render_report(command: str, machine: dict[str, str], options: list[str], corpora: list[Corpus],
                  extraction: Extraction, dates: SearchDates, checks: list[Check],
                  recheck: tuple[Check, Check, str, dict[str, float]], story: Check, recheck_size: int,
                  dask_checks: list[tuple[Check, bool]] | None = None, bytecode: str = "") -> str:
    check_line = shlex.join(["python", "-m", "factcheck", "check", "CORPUS", "--claims-dir", "FRESH",
                             "--reports-dir", "FRESH", "--fail-on", "never", *options])
    lines = ["# factcheck benchmark", "", f"Command: `{command}`", "",
             f"Each check runs `{check_line}` in its own process"
             + ("." if "--jobs" in options else " (no `--jobs`: factcheck's default, all cores)."),
             "", "## Machine", "",
             "| | |", "|---|---|", *[f"| {key} | {value} |" for key, value in machine.items()], ""]
    lines += _corpora_table(corpora)
    lines += _extraction_table(extraction, dates, checks, recheck_size)
    lines += _check_table(checks, recheck, story, dask_checks or [], dates.megabytes / dates.seconds)
    lines += _recheck_note(recheck)
    lines += _story_note(checks, story)
    lines += _method_notes(bytecode)
    return "\n".join(lines) + "\n"


def _corpora_table(corpora: list[Corpus]) -> list[str]:
    rows = ["## Corpora", "", "| corpus | articles | events | size | generated in |", "|---|---:|---:|---:|---:|"]
    for corpus in corpora:
        made = "cached" if corpus.generated_seconds is None else f"{corpus.generated_seconds:.1f} s"
        rows.append(f"| {corpus.label} | {corpus.articles:,} | {corpus.events:,} | {corpus.megabytes:.1f} MB | {made} |")
    return rows + [""]


def _extraction_table(extraction: Extraction, dates: SearchDates, checks: list[Check], recheck_size: int) -> list[str]:
    load_rate = extraction.megabytes / extraction.load_seconds
    extract_rate = extraction.megabytes / extraction.extract_seconds
    dates_rate = dates.megabytes / dates.seconds
    rows = ["## Extraction, one process", "",
            "| measure | articles | MB | seconds | MB/s |", "|---|---:|---:|---:|---:|",
            f"| `load_corpus` | {extraction.articles:,} | {extraction.megabytes:.2f} | {extraction.load_seconds:.2f} "
            f"| {load_rate:.2f} |",
            f"| `extract_claims` ({extraction.claims:,} claims) | {extraction.articles:,} | {extraction.megabytes:.2f} "
            f"| {extraction.extract_seconds:.2f} | {extract_rate:.2f} |",
            f"| `dateparser.search_dates(text, languages=['en'])`, a sample of the same articles | {dates.articles:,} "
            f"| {dates.megabytes:.2f} | {dates.seconds:.2f} | {dates_rate:.3f} |", ""]
    rows.append(f"`extract_claims` (every claim kind) runs at {extract_rate / dates_rate:.1f}x the speed of "
                "`search_dates` (dates only) over the same text.")
    end_to_end = next((check for check in checks if check.corpus.articles == recheck_size), None)
    if end_to_end:
        rate = end_to_end.corpus.megabytes / end_to_end.run.wall_seconds
        rows.append(f"`factcheck check` end to end at N={recheck_size:,} (load, extract, align, compare, write "
                    f"ledgers and reports) runs at {rate:.2f} MB/s: **{rate / dates_rate:.1f}x** `search_dates` alone.")
    return rows + [""]


def _check_table(checks: list[Check], recheck: tuple[Check, Check, str, dict[str, float]], story: Check,
                 dask_checks: list[tuple[Check, bool]], dates_rate: float) -> list[str]:
    """One row per run, with its throughput as a multiple of search_dates' over the same kind of text."""
    rows = ["## factcheck check", "",
            "| run | articles | MB | wall time | MB/s | x `search_dates` | articles/s | peak RSS, largest process | "
            "peak RSS, all processes | factcheck's summary |", "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|"]
    first, second, edited, parts = recheck
    labelled = [*[(f"{check.corpus.articles:,} articles", check) for check in checks],
                (f"one story, {story.corpus.articles:,} articles", story),
                (f"re-check: first run over a copy of {first.corpus.label}", first),
                (f"re-check: after appending a sentence to {edited}", second),
                *[(f"Dask engine (LocalCluster, 2 workers), {check.corpus.articles:,} articles; JSON report "
                   f"{'byte-identical to' if same else 'DIFFERENT from'} the local engine's", check)
                  for check, same in dask_checks]]
    for label, check in labelled:
        run, corpus = check.run, check.corpus
        rate = corpus.megabytes / run.wall_seconds
        rows.append(f"| {label} | {corpus.articles:,} | {corpus.megabytes:.1f} | {run.wall_seconds:.1f} s "
                    f"| {rate:.2f} | {rate / dates_rate:.1f}x | {corpus.articles / run.wall_seconds:,.0f} "
                    f"| {run.max_rss_mib:,.0f} MiB | {run.tree_rss_mib:,.0f} MiB | {check.summary} |")
    return rows + [""]


def _recheck_note(recheck: tuple[Check, Check, str, dict[str, float]]) -> list[str]:
    parts = recheck[3]
    named = ", ".join(f"{name} {seconds:.2f}" for name, seconds in parts.items() if name not in ("exit_code", "total"))
    return [f"Re-check after the sentence was taken out again (one article changed), in one process: "
            f"{parts['total']:.2f} s CPU ({named}; `bench/recheck_parts.py`).", ""]


def _story_note(checks: list[Check], story: Check) -> list[str]:
    same_size = next((check for check in checks if check.corpus.articles == story.corpus.articles), None)
    if same_size is None:
        return []
    ratio = story.run.wall_seconds / same_size.run.wall_seconds
    return [f"One story of {story.corpus.articles:,} articles (every claim about one event, so alignment "
            f"groups are as large as they get) took {ratio:.2f}x the time of {same_size.corpus.articles:,} "
            f"articles about {same_size.corpus.events:,} events.", ""]


def _method_notes(bytecode: str = "") -> list[str]:
    return ["## How it is measured", "",
            *([f"- Python bytecode: {bytecode}."] if bytecode else []),
            "- Corpora are synthetic (`bench/generate.py`): invented events reported by 3-8 invented outlets "
            "each, 3-8 KB per article, planted agreements and conflicts; cached in the work folder.",
            "- Extraction rows time the library in this process; the first article is extracted once before "
            "timing so that one-off imports are not counted as throughput.",
            "- Each `factcheck check` row is a fresh process with empty claims/ and reports/ folders "
            "(the re-check rows share theirs), timed by a wrapper process. \"Largest process\" is the "
            "wrapper's RUSAGE_CHILDREN ru_maxrss; \"all processes\" is the summed VmRSS of the check's "
            "process tree, sampled every 50 ms.",
            "- MB are 10^6 bytes of article files; MiB are 2^20 bytes."]
