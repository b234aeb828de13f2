"""Commands only: parse arguments, call the library, choose the exit code.

Exit codes: 0 clean, 1 conflicts (unreviewed ones by default; as --fail-on says), 2 usage or
input error, 3 internal error (a bug outside the per-article and per-story boundaries, see
contain.py), 130 interrupted.
"""
from __future__ import annotations

import argparse
import atexit
import gc
import json
import os
import shutil
import signal
import sys
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from . import __version__
from .config import FAIL_ON, Config, load_config
from .contain import describe as describe_error
from .contain import where_it_failed
from .dask_engine import dask_executor
from .engine import CheckResult, check_corpus, extract_corpus
from .errors import CorpusHoldsCurrentFolder, FactcheckError, UsageError
from .init import PLACEHOLDER, WORKFLOW, init_repository
from .load.listing import is_url
from .models import Problem
from .progress import progress_bar, stage_of
from .report.formats import FORMATS, TABLE_WIDTH, table_from_json
from .report.github_report import cap_annotations
from .report.schemas import DOCUMENTS, json_schema
from .review_cli import add_commands, fill_outputs, record_last_check, report_ids, unknown
from .review_cli import run_list as list_findings
from .review_cli import run_show as show_finding
from .safetext import printable
from .store.reviews import REVIEWS_FILE, read_reviews, record_review, reviews_path
from .store.state import CACHE_DIR

EXAMPLES = {
    "check": "example: factcheck check sources/ --format markdown > findings.md",
    "extract": "example: factcheck extract sources/ --claims-dir claims/",
    "schema": "example: factcheck schema ledger > schema/ledger.schema.json",
    "review": 'example: factcheck review duration-7f3f7fd2d0 --status confirmed --note "wire copy says two days"',
    "init": "example: cd my-newsroom && factcheck init --corpus news",
}
# Commands whose options factcheck.toml may give (config.py).
CONFIGURED = ("check", "extract", "review", "show", "list")
# A process ending collects its garbage three times over everything it holds, all of which goes
# anyway: what exists at exit is frozen first, so those collections pass over it (5% of the
# instructions of a run that only imports the package; ~0.02 s of a re-check).
atexit.register(gc.freeze)


def build_parser(config: Config | None = None) -> argparse.ArgumentParser:
    """The parser; with a configuration, its values are the defaults that flags override."""
    parser = argparse.ArgumentParser(prog="factcheck", description="Cross-source fact consistency checker for news corpora.")
    parser.add_argument("--version", action="version", version=f"factcheck {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)

    check = _add_check(commands)
    extract = commands.add_parser("extract", help="write claim ledgers only", epilog=EXAMPLES["extract"])
    extract.add_argument("corpus", nargs="?", default="sources",
                         help="corpus folder, or with --engine dask any fsspec URL (default: sources/)")
    extract.add_argument("--claims-dir", type=Path, help="where ledgers go (default: claims/ beside the corpus)")
    extract.add_argument("--max-bytes", type=int, default=5_000_000, help="skip (and report) larger files")
    _add_speed_options(extract)

    schema = commands.add_parser("schema", help="print the JSON Schema of the JSON report, a ledger or reviews.json",
                                 epilog=EXAMPLES["schema"])
    schema.add_argument("document", nargs="?", choices=tuple(DOCUMENTS), default="report",
                        help="which: the JSON report (default), a claim ledger, or reviews.json")

    review = commands.add_parser("review", help="record an editor's review of a finding", epilog=EXAMPLES["review"])
    review.add_argument("finding", help="the finding id, as the reports and the table show it")
    review.add_argument("corpus", nargs="?", default="sources",
                        help="corpus folder, as check takes it (default: corpus in factcheck.toml, else sources/)")
    review.add_argument("--status", choices=("confirmed", "dismissed", "explained"), required=True)
    review.add_argument("--note", default="", help="why: what an editor found")
    review.add_argument("--corpus", dest="corpus_flag", help="the corpus folder, as the argument after the id gives it")
    review.add_argument("--claims-dir", type=Path, help="where ledgers are (default: where the last check had them)")
    review.add_argument("--reports-dir", type=Path, help="where reports go (default: where the last check wrote them)")
    show, listing = add_commands(commands)
    init = commands.add_parser("init", help="set a corpus repository up: factcheck.toml, workflow, pre-commit hook",
                               epilog=EXAMPLES["init"])
    init.add_argument("root", nargs="?", type=Path, default=Path("."), help="the repository's root folder (default: .)")
    init.add_argument("--corpus", help="the corpus folder, from the root (default: sources/ if there is one, "
                                       "else the folder below the root with the most articles)")
    init.add_argument("--install", help="what CI and the hook install, as pip takes it (default: the release or "
                                        "git commit this factcheck came from)")
    for command in (check, extract, schema, review, init, show, listing):
        command.add_argument("--debug", action="store_true",
                             help="on an internal error (exit 3), print the whole traceback")
    for command in (check, extract):
        command.set_defaults(kinds=None, exclude=[], synonyms=[])  # factcheck.toml only
    if config is not None:
        for command in (check, extract, review, show, listing):
            known = {action.dest for action in command._actions} | {"kinds", "exclude", "synonyms"}
            command.set_defaults(**{dest: value for dest, value in config.values.items() if dest in known})
    return parser


def _add_check(commands: argparse._SubParsersAction) -> argparse.ArgumentParser:
    check = commands.add_parser("check", help="extract, compare and report", epilog=EXAMPLES["check"])
    check.add_argument("corpus", nargs="?", default="sources",
                       help="corpus folder, or with --engine dask any fsspec URL (default: sources/)")
    check.add_argument("--format", choices=tuple(FORMATS), default="table", help="what goes to stdout (default: table)")
    check.add_argument("--reports-dir", type=Path, help="where reports go (default: reports/ beside the corpus)")
    check.add_argument("--claims-dir", type=Path, help="where ledgers go (default: claims/ beside the corpus)")
    check.add_argument("--fail-on", choices=FAIL_ON, default="unreviewed",
                       help="exit 1 on conflicts nobody reviewed or files that could not be checked (default: "
                            "unreviewed); on any conflict or such a file (conflict); on conflicts nobody reviewed "
                            "alone (unreviewed-only); or never")
    check.add_argument("--max-bytes", type=int, default=5_000_000, help="skip (and report) larger files")
    check.add_argument("--color", choices=("auto", "always", "never"), default="auto",
                       help="colour the table's verdicts: on a terminal unless NO_COLOR is set (auto, the "
                            "default), always, or never")
    check.add_argument("--max-annotations", type=int, default=10,
                       help="with --format github: print at most N errors and N warnings (GitHub shows 10 of "
                            "each a step), then a notice of how many were left out (default: 10)")
    _add_speed_options(check)
    return check


def _add_speed_options(command: argparse.ArgumentParser) -> None:
    command.add_argument("--jobs", type=int, default=os.cpu_count() or 1,
                         help="worker processes for extraction and comparison (default: all cores); the output is the same")
    command.add_argument("--quiet", action="store_true", help="no progress bar")
    command.add_argument("--follow-symlinks", action="store_true",
                         help="read articles behind symbolic links too (by default they are reported, not followed)")
    command.add_argument("--engine", choices=("local", "dask"), default="local",
                         help="where articles are read and stories compared: here (default) or on a Dask cluster")
    command.add_argument("--scheduler", help="with --engine dask: the scheduler's address (default: start a "
                                             "local cluster of --jobs workers for this run)")


def main(argv: list[str] | None = None) -> int:
    try:
        arguments = build_parser().parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    config = Config()
    if arguments.command in CONFIGURED:
        try:
            config = load_config()
        except FactcheckError as error:
            print(f"factcheck: error: {error}", file=sys.stderr)
            return 2
        try:
            arguments = build_parser(config).parse_args(argv)  # flags over the file
        except SystemExit as exit_:
            return int(exit_.code or 0)
    arguments.config = config
    previous_handler = signal.signal(signal.SIGTERM, _interrupt)
    try:
        with _collecting_less():
            return COMMANDS[arguments.command](arguments)
    except FactcheckError as error:
        print(f"factcheck: error: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("factcheck: interrupted; files written before now are whole, the rest were left as they were",
              file=sys.stderr)
        return 130
    except Exception as error:  # noqa: BLE001 - a bug: say so in one line, with an exit code of its own
        if getattr(arguments, "debug", False):
            traceback.print_exc()
        where = where_it_failed(error)
        print(f"factcheck: internal error{f' at {where}' if where else ''}: {describe_error(error)}; this is a bug "
              f"in factcheck: please report it with the command you ran"
              f"{'' if getattr(arguments, 'debug', False) else ' (--debug shows the traceback)'}", file=sys.stderr)
        return 3
    finally:
        signal.signal(signal.SIGTERM, previous_handler)


@contextmanager
def _collecting_less() -> Iterator[None]:
    """A command run with the cyclic garbage collector passing over what exists already (the
    package's modules, models and patterns: gc.freeze) and collecting young objects less often: a
    re-check of the 10,000 spent ~40 ms of CPU in 83 collections that found next to nothing. As it
    was afterwards, for a process that goes on (tests, a script calling main)."""
    thresholds = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(50_000, 20, 20)
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        gc.unfreeze()


def _interrupt(signum: int, frame: object) -> None:
    """SIGTERM unwinds like Ctrl-C, so a write in progress removes its temporary file."""
    raise KeyboardInterrupt


def _corpus_dirs(arguments: argparse.Namespace, corpus: str | Path) -> tuple[Path, Path]:
    """claims/ and reports/ beside a local corpus; in the current folder for a URL.

    Beside the corpus is in the folder that holds it: when that is above the current folder (the
    corpus is ``.``, or holds the current folder), a default would write outside where the user
    stands, so the folders must be given (CorpusHoldsCurrentFolder, exit 2)."""
    claims_dir, reports_dir = arguments.claims_dir, getattr(arguments, "reports_dir", None)
    if is_url(corpus):
        return claims_dir or Path.cwd() / "claims", reports_dir or Path.cwd() / "reports"
    root, here = Path(corpus).resolve(), Path.cwd().resolve()
    needed = ["--claims-dir"] + (["--reports-dir"] if arguments.command != "extract" else [])
    defaults = [option for option in needed if getattr(arguments, option[2:].replace("-", "_"), None) is None]
    if defaults and (root == here or root in here.parents):
        raise CorpusHoldsCurrentFolder(corpus=corpus, beside=root.parent, command=arguments.command,
                                       name=root.name if arguments.command != "review" else f"ID --corpus {root.name}",
                                       options=" and ".join(needed))
    return claims_dir or root.parent / "claims", reports_dir or root.parent / "reports"


def _cache_dir(arguments: argparse.Namespace) -> Path | None:
    """The project root's cache folder when factcheck.toml says where the root is; else None
    (beside the claims folder)."""
    root = getattr(arguments, "config", Config()).root
    return root / CACHE_DIR if root is not None else None


def _reviews_file(corpus: str | Path) -> Path:
    """reviews.json at the corpus root; for a corpus at a URL, in the current folder."""
    return Path(REVIEWS_FILE) if is_url(corpus) else reviews_path(Path(corpus))


@contextmanager
def _executor(arguments: argparse.Namespace) -> Iterator[tuple[int, Any]]:
    """How many workers, and where the engine runs them: (--jobs, None) for local processes, or
    (the cluster's threads, a Dask executor) with --engine dask. A corpus at a URL needs the latter."""
    if getattr(arguments, "engine", "local") != "dask":
        if is_url(arguments.corpus):
            raise UsageError(detail=f"{arguments.corpus} is a URL: read it with --engine dask")
        yield getattr(arguments, "jobs", 1), None
        return
    with dask_executor(arguments.scheduler, arguments.jobs) as (address, threads, executor):
        print(f"factcheck: running on the Dask cluster at {address}", file=sys.stderr)
        yield threads, executor


def run_check(arguments: argparse.Namespace) -> int:
    claims_dir, reports_dir = _corpus_dirs(arguments, arguments.corpus)
    reviews = read_reviews(_reviews_file(arguments.corpus))
    with _executor(arguments) as (jobs, executor), progress_bar(arguments) as bar:
        result = check_corpus(arguments.corpus, claims_dir, reports_dir, reviews, jobs=jobs,
                              max_bytes=arguments.max_bytes, follow_symlinks=arguments.follow_symlinks,
                              progress=bar.update, notify=_note, kinds=arguments.kinds, exclude=arguments.exclude,
                              cache_dir=_cache_dir(arguments), stage=stage_of(bar),
                              synonyms=getattr(arguments, "synonyms", []), executor=executor)
    if not is_url(arguments.corpus):
        record_last_check(arguments.corpus, getattr(arguments, "config", Config()).root, claims_dir, reports_dir)
    for problem in result.problems:
        print(printable(f"factcheck: {problem.path}: {problem.reason}"), file=sys.stderr)
    width, color = _terminal(arguments)
    if arguments.format == "table" and (width != TABLE_WIDTH or color):
        sys.stdout.write(table_from_json(result.reports["json"], width, color))
        return _exit_code(arguments, result.tally.by_verdict()["conflict"], result.tally.unreviewed, result.problems)
    with open(result.reports[arguments.format], encoding="utf-8", newline="") as report:
        with _stdout_may_close():
            if arguments.format == "github":
                sys.stdout.writelines(cap_annotations(report, arguments.max_annotations,
                                                      str(result.reports[arguments.format])))
            else:
                shutil.copyfileobj(report, sys.stdout, 1 << 20)
    return _exit_code(arguments, result.tally.by_verdict()["conflict"], result.tally.unreviewed, result.problems)


def _terminal(arguments: argparse.Namespace) -> tuple[int, bool]:
    """The table's width (COLUMNS, else the terminal's, else 100) and whether to colour it
    (--color; auto: on a terminal, unless NO_COLOR is set - https://no-color.org)."""
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 0:
        width = int(columns)
    elif sys.stdout.isatty():
        width = shutil.get_terminal_size((TABLE_WIDTH, 24)).columns
    else:
        width = TABLE_WIDTH
    choice = getattr(arguments, "color", "auto")
    color = choice == "always" or (choice == "auto" and sys.stdout.isatty() and not os.environ.get("NO_COLOR")
                                   and os.environ.get("TERM") != "dumb")
    return width, color


@contextmanager
def _stdout_may_close() -> Iterator[None]:
    """The report's reader may stop reading (``| head``): that is no error of the run, whose files
    are written; the exit code stays what the findings say."""
    try:
        yield
        sys.stdout.flush()
    except BrokenPipeError:
        # Nothing more can reach the reader; point stdout at nothing so Python's own flush at exit is quiet.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


def _note(message: str) -> None:
    print(f"factcheck: {message}", file=sys.stderr)


# Problems that mean an article was not checked at all: by default they fail the check, so that CI
# never goes green over articles nobody read. (Empty files, front matter and the like do not.)
NOT_CHECKED = ("unreadable", "too-large", "bad-name", "duplicate-id", "internal-error")


def _exit_code(arguments: argparse.Namespace, conflicts: int, unreviewed: int, problems: list[Problem]) -> int:
    """1 as --fail-on says (the table in the README's exit codes), else 0."""
    not_checked = any(problem.code in NOT_CHECKED for problem in problems)
    if arguments.fail_on == "never":
        return 0
    if arguments.fail_on == "conflict":
        return int(bool(conflicts) or not_checked)
    if arguments.fail_on == "unreviewed-only":
        return int(bool(unreviewed))
    return int(bool(unreviewed) or not_checked)


def run_extract(arguments: argparse.Namespace) -> int:
    claims_dir, _ = _corpus_dirs(arguments, arguments.corpus)
    with _executor(arguments) as (jobs, executor), progress_bar(arguments) as bar:
        result = extract_corpus(arguments.corpus, claims_dir, jobs=jobs, max_bytes=arguments.max_bytes,
                                follow_symlinks=arguments.follow_symlinks, progress=bar.update, notify=_note,
                                kinds=arguments.kinds, exclude=arguments.exclude, cache_dir=_cache_dir(arguments),
                                stage=stage_of(bar), synonyms=getattr(arguments, "synonyms", []), executor=executor)
    for problem in result.problems:
        print(printable(f"factcheck: {problem.path}: {problem.reason}"), file=sys.stderr)
    print(f"factcheck: {result.tally.sources} ledgers in {claims_dir} ({result.extracted} extracted afresh)",
          file=sys.stderr)
    return 0


def run_schema(arguments: argparse.Namespace) -> int:
    print(json.dumps(json_schema(arguments.document), indent=2, sort_keys=True))
    return 0


def run_review(arguments: argparse.Namespace) -> int:
    """Record a review. The check runs first (over the run state, so it costs what changed) to
    find the finding as it is now, and again after, so the reports show the review."""
    arguments.corpus = arguments.corpus_flag or arguments.corpus
    fill_outputs(arguments, arguments.corpus)
    claims_dir, reports_dir = _corpus_dirs(arguments, arguments.corpus)
    path = reviews_path(Path(arguments.corpus))

    def check(look_up: tuple[str, ...] = ()) -> CheckResult:
        with progress_bar(arguments) as bar:
            return check_corpus(arguments.corpus, claims_dir, reports_dir, read_reviews(path),
                                jobs=getattr(arguments, "jobs", os.cpu_count() or 1), progress=bar.update,
                                look_up=look_up, notify=_note, cache_dir=_cache_dir(arguments), stage=stage_of(bar),
                                **_narrowed(arguments))

    finding = check((arguments.finding,)).found.get(arguments.finding)
    if finding is None:
        raise unknown(arguments.finding, arguments.corpus, report_ids(reports_dir))
    record_review(path, finding.id, finding.fingerprint, arguments.status, arguments.note)
    check()
    print(printable(f"factcheck: {finding.id} ({finding.verdict}, {finding.kind}: {finding.subject}) marked "
                    f"{arguments.status} in {path}; reports updated in {reports_dir}"), file=sys.stderr)
    return 0


def _narrowed(arguments: argparse.Namespace) -> dict[str, Any]:
    """factcheck.toml's kinds, exclude and synonyms, so that a review's checks make the reports check made."""
    config = getattr(arguments, "config", Config()).values
    return {"kinds": config.get("kinds"), "exclude": config.get("exclude", ()), "synonyms": config.get("synonyms", ())}


def run_show(arguments: argparse.Namespace) -> int:
    fill_outputs(arguments, arguments.corpus)
    return show_finding(arguments, _corpus_dirs(arguments, arguments.corpus)[1])


def run_list(arguments: argparse.Namespace) -> int:
    fill_outputs(arguments, arguments.corpus)
    return list_findings(arguments, _corpus_dirs(arguments, arguments.corpus)[1])


def run_init(arguments: argparse.Namespace) -> int:
    written = init_repository(arguments.root, arguments.corpus, arguments.install)
    for path in written:
        print(f"factcheck: wrote {path}", file=sys.stderr)
    if PLACEHOLDER in (arguments.root / WORKFLOW).read_text(encoding="utf-8"):
        print(f"factcheck: this factcheck was installed from a local folder: replace {PLACEHOLDER!r} in "
              f"{arguments.root / WORKFLOW} with where CI installs it from", file=sys.stderr)
    print("factcheck: next: factcheck check; git add factcheck.toml .gitignore .github .pre-commit-config.yaml "
          "claims; pre-commit install", file=sys.stderr)
    return 0


COMMANDS = {"check": run_check, "extract": run_extract, "schema": run_schema, "review": run_review,
            "init": run_init, "show": run_show, "list": run_list}
