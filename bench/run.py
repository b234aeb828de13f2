"""Generate synthetic corpora and measure factcheck on them, side by side, in one command.

    .venv/bin/python bench/run.py [--sizes 1000,10000,100000] [--workdir /tmp/factcheck-bench] [--jobs N]

Measures, in this order:
- extraction throughput of the library (load_corpus + extract_claims, one process) over the
  1,000-article corpus, and dateparser.search_dates over the same articles for scale;
- `factcheck check` wall time and peak memory at each size, each run in a fresh subprocess with
  fresh claims/ and reports/ folders;
- the re-check after one article of the 10,000 corpus is edited (ledgers of the others reused);
- `factcheck check` on one big story of 10,000 articles, where every claim is about one event.
Corpora are cached in the work folder and regenerated when missing or when the generator changed.
Prints a Markdown report and writes it to bench/results.md (--output). `--sizes 1000` takes under
a minute. The default sizes take much longer, and every check writes its ledgers and reports into
the work folder (deleted run by run, but the largest must fit): give it room.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import shlex
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))  # generate.py and measure.py sit beside this file

import generate  # noqa: E402
from measure import Run, machine, timed_command  # noqa: E402
from report import render_report  # noqa: E402

THROUGHPUT_SIZE = 1_000  # the extraction and search_dates measurements always use this corpus
RECHECK_SIZE = 10_000  # the size for the re-check and the end-to-end ratio (or the nearest below)
STORY_SIZE = 10_000
GENERATOR_FILES = ("generate.py", "events.py", "vocabulary.py")
EDIT = "\nLate on Friday a spokesperson said about 150 volunteers had helped the organisers.\n"


@dataclass
class Corpus:
    label: str
    path: Path
    articles: int
    events: int
    megabytes: float
    generated_seconds: float | None  # None when reused from the cache


@dataclass
class Check:
    corpus: Corpus
    run: Run
    summary: str  # factcheck's own last line: "N sources, M findings: ..."


@dataclass
class Extraction:
    megabytes: float
    articles: int
    load_seconds: float
    extract_seconds: float
    claims: int


@dataclass
class SearchDates:
    megabytes: float
    articles: int
    seconds: float


def progress(message: str) -> None:
    print(f"bench: {message}", file=sys.stderr, flush=True)


def generator_fingerprint() -> str:
    """A cached corpus is reused only if the code that wrote it is unchanged."""
    digest = hashlib.sha1()
    for name in GENERATOR_FILES:
        digest.update((BENCH / name).read_bytes())
    return digest.hexdigest()[:12]


def ensure_corpus(workdir: Path, count: int, seed: int, one_story: bool = False) -> Corpus:
    label = f"{'story' if one_story else 'corpus'}-{count}-seed{seed}"
    path, marker = workdir / label, workdir / f"{label}.json"
    fingerprint = generator_fingerprint()
    # The marker is written only once the corpus is complete, so an interrupted one is redone.
    if marker.exists() and path.is_dir():
        info = json.loads(marker.read_text())
        if info["generator"] == fingerprint:
            return Corpus(label, path, info["articles"], info["events"], info["bytes"] / 1e6, None)
    shutil.rmtree(path, ignore_errors=True)
    marker.unlink(missing_ok=True)
    progress(f"generating {label} ...")
    started = time.perf_counter()
    totals = generate.generate(path, count, seed, one_story)
    seconds = time.perf_counter() - started
    marker.write_text(json.dumps({"generator": fingerprint, "articles": totals.articles, "events": totals.events,
                                  "bytes": totals.bytes}))
    return Corpus(label, path, totals.articles, totals.events, totals.bytes / 1e6, seconds)


def measure_extraction(corpus: Corpus) -> Extraction:
    from factcheck.extract import extract_claims
    from factcheck.load.corpus import load_corpus

    progress(f"timing load_corpus + extract_claims on {corpus.label} ...")
    started = time.perf_counter()
    articles, _problems = load_corpus(corpus.path)
    loaded = time.perf_counter()
    extract_claims(articles[0])  # the first call pays for lazy imports and parser data; not throughput
    extract_started = time.perf_counter()
    claims = sum(len(extract_claims(article)) for article in articles)
    extracted = time.perf_counter()
    return Extraction(corpus.megabytes, len(articles), loaded - started, extracted - extract_started, claims)


def measure_search_dates(corpus: Corpus, budget_seconds: float) -> SearchDates:
    """search_dates over the corpus's articles in order, until budget_seconds of its time is spent."""
    from dateparser.search import search_dates

    progress(f"timing dateparser.search_dates on {corpus.label} (up to {budget_seconds:g} s) ...")
    search_dates("The talks ended on 3 March 2025.", languages=["en"])  # loads language data once
    spent, size, count = 0.0, 0, 0
    for path in sorted(corpus.path.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        started = time.perf_counter()
        search_dates(text, languages=["en"])
        spent += time.perf_counter() - started
        size, count = size + len(text.encode("utf-8")), count + 1
        if spent >= budget_seconds:
            break
    return SearchDates(size / 1e6, count, spent)


def check_options(jobs: int | None) -> list[str]:
    """--quiet when this factcheck has it (the progress bar would only cost time), --jobs if asked."""
    help_text = subprocess.run([sys.executable, "-m", "factcheck", "check", "--help"], capture_output=True,
                               text=True).stdout
    options = ["--quiet"] if "--quiet" in help_text else []
    if jobs is not None:
        if "--jobs" not in help_text:
            raise SystemExit("bench: this factcheck has no --jobs option; run the benchmark without --jobs")
        options += ["--jobs", str(jobs)]
    return options


def compile_bytecode() -> str:
    """Compile the factcheck package's bytecode (python -m compileall), as `pip install` does for an
    installed tool: an editable install, or PYTHONDONTWRITEBYTECODE=1, leaves none, and then every
    run compiles the package's sources again (0.1-0.15 s of a re-check). Returns what was done."""
    where = subprocess.run([sys.executable, "-c", "import os, factcheck; print(os.path.dirname(factcheck.__file__))"],
                           capture_output=True, text=True, check=True).stdout.strip()
    done = subprocess.run([sys.executable, "-m", "compileall", "-q", where], capture_output=True, text=True)
    if done.returncode != 0:
        return f"could not compile the bytecode of {where} (exit {done.returncode}): runs compile the sources each time"
    return f"the bytecode of {where} compiled (`python -m compileall`) before timing, as `pip install` does"


def check_command(corpus: Path, run_dir: Path, options: list[str]) -> list[str]:
    return [sys.executable, "-m", "factcheck", "check", str(corpus), "--claims-dir", str(run_dir / "claims"),
            "--reports-dir", str(run_dir / "reports"), "--fail-on", "never", *options]


def run_check(corpus: Corpus, corpus_path: Path, run_dir: Path, options: list[str]) -> Check:
    run = timed_command(check_command(corpus_path, run_dir, options), run_dir / "stdout.txt")
    if run.exit_code != 0:
        raise SystemExit(f"bench: factcheck check {corpus_path} exited {run.exit_code}:\n{run.stderr[-2000:]}")
    return Check(corpus, run, _last_line(run.stdout_path))


def fresh_dir(path: Path) -> Path:
    shutil.rmtree(path, ignore_errors=True)
    path.mkdir(parents=True)
    return path


def measure_check(corpus: Corpus, workdir: Path, options: list[str], run_name: str = "") -> Check:
    progress(f"factcheck check {' '.join(options)} on {corpus.label} ...")
    run_dir = fresh_dir(workdir / "runs" / (run_name or corpus.label))
    check = run_check(corpus, corpus.path, run_dir, options)
    shutil.rmtree(run_dir / "claims")  # a ledger per article, not needed again; keeps the disk free
    return check


def measure_recheck(corpus: Corpus, workdir: Path, options: list[str]) -> tuple[Check, Check, str, dict[str, float]]:
    """Check a copy of corpus, append a sentence to one article, and check again with the ledgers;
    then take the sentence out and check once more in one process, its parts timed (recheck_parts.py)."""
    progress(f"re-check after editing one article of {corpus.label} ...")
    copy = workdir / "runs" / f"recheck-{corpus.label}"
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(corpus.path, copy, copy_function=_link_or_copy)
    run_dir = fresh_dir(workdir / "runs" / f"recheck-{corpus.label}-out")
    first = run_check(corpus, copy, run_dir, options)
    articles = sorted(copy.glob("*.txt"))
    edited = articles[len(articles) // 2]
    text = edited.read_text(encoding="utf-8")
    edited.unlink()  # break the hard link first: the cached corpus must keep the original
    edited.write_text(text + EDIT, encoding="utf-8")
    second = run_check(corpus, copy, run_dir, options)
    edited.write_text(text, encoding="utf-8")
    parts = recheck_parts(copy, run_dir, options)
    shutil.rmtree(copy)
    shutil.rmtree(run_dir / "claims")
    return first, second, edited.name, parts


def recheck_parts(corpus_path: Path, run_dir: Path, options: list[str]) -> dict[str, float]:
    """CPU seconds of each part of a re-check (bench/recheck_parts.py), in a process of its own."""
    command = [sys.executable, str(BENCH / "recheck_parts.py"), *check_command(corpus_path, run_dir, options)[4:]]
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"bench: {shlex.join(command)} exited {done.returncode}:\n{done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _link_or_copy(source: str, destination: str) -> None:
    try:
        os.link(source, destination)  # instant and takes no space; the edited file is unlinked first
    except OSError:
        shutil.copy2(source, destination)


def _last_line(path: Path) -> str:
    with open(path, "rb") as handle:
        handle.seek(max(0, path.stat().st_size - 4096))
        lines = handle.read().decode("utf-8", "replace").strip().splitlines()
    return lines[-1].strip() if lines else ""


def nearest_size(sizes: list[int], wanted: int) -> int:
    below = [size for size in sizes if size <= wanted]
    return max(below) if below else min(sizes)


def parse_sizes(text: str) -> list[int]:
    try:
        sizes = sorted({int(part.replace("_", "")) for part in text.split(",") if part.strip()})
    except ValueError:
        raise argparse.ArgumentTypeError(f"--sizes takes numbers separated by commas, like 1000,10000; not {text!r}")
    if not sizes or sizes[0] < 1:
        raise argparse.ArgumentTypeError(f"--sizes needs at least one size of 1 or more, not {text!r}")
    return sizes


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description="Generate synthetic corpora and measure factcheck on them.",
                                     epilog="example: .venv/bin/python bench/run.py --sizes 1000")
    parser.add_argument("--sizes", type=parse_sizes, default=[1_000, 10_000, 100_000],
                        help="corpus sizes in articles, comma-separated (default: 1000,10000,100000)")
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/factcheck-bench"),
                        help="where corpora are cached and checks write (default: /tmp/factcheck-bench)")
    parser.add_argument("--jobs", type=int, help="passed to factcheck check --jobs (default: factcheck's own)")
    parser.add_argument("--seed", type=int, default=1, help="corpus seed (default: 1)")
    parser.add_argument("--dask", action="store_true",
                        help="also run each size with --engine dask (a LocalCluster of two workers) and compare reports")
    parser.add_argument("--story-size", type=int,
                        help=f"articles in the one-story corpus (default: {STORY_SIZE:,}, at most the largest size)")
    parser.add_argument("--search-dates-seconds", type=float, default=10.0,
                        help="time budget of the search_dates sample (default: 10)")
    parser.add_argument("--output", type=Path, default=BENCH / "results.md",
                        help="where the Markdown report goes (default: bench/results.md)")
    return parser


def main(argv: list[str] | None = None) -> int:
    arguments = build_parser().parse_args(argv)
    workdir = arguments.workdir.resolve()
    workdir.mkdir(parents=True, exist_ok=True)
    sizes = arguments.sizes
    story_size = arguments.story_size or min(STORY_SIZE, max(sizes))
    options = check_options(arguments.jobs)
    bytecode = compile_bytecode()
    progress(bytecode)

    corpora = {size: ensure_corpus(workdir, size, arguments.seed) for size in sorted({THROUGHPUT_SIZE, *sizes})}
    story = ensure_corpus(workdir, story_size, arguments.seed, one_story=True)
    extraction = measure_extraction(corpora[THROUGHPUT_SIZE])
    dates = measure_search_dates(corpora[THROUGHPUT_SIZE], arguments.search_dates_seconds)
    checks = [measure_check(corpora[size], workdir, options) for size in sizes]
    # The Dask engine beside the local one, on a LocalCluster of two worker processes; its JSON
    # report must be the same bytes as the local engine's.
    dask_checks = []
    if arguments.dask:
        for size in sizes:
            label = corpora[size].label
            check = measure_check(corpora[size], workdir, [*options, "--engine", "dask", "--jobs", "2"], f"{label}-dask")
            same = ((workdir / "runs" / label / "reports" / "findings.json").read_bytes()
                    == (workdir / "runs" / f"{label}-dask" / "reports" / "findings.json").read_bytes())
            dask_checks.append((check, same))
    recheck = measure_recheck(corpora[nearest_size(sizes, RECHECK_SIZE)], workdir, options)
    story_check = measure_check(story, workdir, options)

    command = shlex.join([sys.executable, *sys.argv])
    text = render_report(command, machine(), options, [*corpora.values(), story],
                         extraction, dates, checks, recheck, story_check, nearest_size(sizes, RECHECK_SIZE),
                         dask_checks, bytecode)
    sys.stdout.write(text)
    arguments.output.write_text(text, encoding="utf-8")
    progress(f"report written to {arguments.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
