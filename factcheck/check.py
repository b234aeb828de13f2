"""``factcheck check`` on a local corpus: the pipeline run incrementally over the run state.

The same stages as pipeline.py (load -> extract -> align -> compare -> render) and the same
bytes out, arranged so that a run costs what changed, not what there is:

- an article whose file and ledger look as they did (state.py) is not read at all;
- a changed one is read, its ledger reused or its claims extracted, and its ledger written, in a
  worker process (``jobs``, or a Dask worker: ``executor``), which hands back only text for the
  state: the parent never holds the corpus's claims;
- stories are grouped again only when an article's names or date changed;
- a story is aligned and compared again only when one of its articles, or a review of one of its
  findings, changed; its findings' fragments in every format go to the state;
- every report is streamed from the state to its file, in report order.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import os
import sqlite3
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Executor
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import TypeAdapter

from .align import align_bucket, bucket_claims, with_synonyms
from .atomic import open_atomic, remove_stale_temporaries
from .chrono import median_date
from .compare import compare
from .contain import NOT_CONTAINED, article_problem, story_problem
from .corpus import (
    DEFAULT_MAX_BYTES,
    article_from_bytes,
    claim_source_id,
    corpus_folder,
    infer_year,
    too_large,
    year_wanted,
)
from .derive import derived_findings
from .discover import ArticleFile, article_files, describe_folder, is_excluded
from .errors import NoArticles, OutputNotWritable
from .extractors import capped
from .fragments import Context, Tally
from .github_report import repository_path
from .ledger import ledger_path, open_ledger
from .models import Claim, Problem, Source
from .owner import claim_outputs, reports_outside
from .pipeline import PARALLEL_THRESHOLD, extract_article
from .report import FORMATS
from .reviews import REVIEWS_FILE, ReviewsFile, attach_reviews
from .state import RANK, FindingSummary, SourceRow, State, file_stat, is_damaged
from .stories import assign_stories
from .workers import in_order, pool_for

CLAIMS = TypeAdapter(list[Claim])
Stage = Callable[[str, int, str], None]  # a stage starts: its name, how many items, what they are
PROBLEMS = TypeAdapter(list[Problem])
# A file changed within this long before the last run ended may have changed again within the same
# tick of the file system's clock, unseen by its times: such a file is read again (as git does).
RACY_NS = 2_000_000_000


@dataclass
class CheckResult:
    tally: Tally
    extracted: int  # articles whose claims were extracted afresh
    read: int  # articles read (changed since the last run, or new)
    restudied: int  # stories aligned and compared afresh
    reports: dict[str, Path] = field(default_factory=dict)  # format -> the file written
    found: dict[str, FindingSummary] = field(default_factory=dict)  # the findings asked for (look_up)

    @property
    def problems(self) -> list[Problem]:
        return self.tally.problems


@dataclass(frozen=True)
class Options:
    """What factcheck.toml may narrow (the kinds compared, the articles left out), and the articles
    found, before any output is touched."""

    kinds: tuple[str, ...] | None
    exclude: tuple[str, ...]
    found: list[ArticleFile]
    found_problems: list[Problem]
    stage: Stage | None = None
    synonyms: tuple[tuple[str, ...], ...] = ()  # words an editor declared equal (factcheck.toml)
    executor: Executor | None = None  # where articles and stories are worked on (a Dask client's); None: here or a pool

    def start(self, name: str, total: int, unit: str) -> None:
        if self.stage is not None:
            self.stage(name, total, unit)


def _discover(root: Path, follow_symlinks: bool, kinds: tuple[str, ...] | None, exclude: tuple[str, ...],
              stage: Stage | None = None) -> Options:
    """The articles to check; NoArticles (exit 2, saying what there is instead) when there is none to
    read, so that a CI job over the wrong folder never goes green with nothing checked."""
    problems: list[Problem] = []
    every_file = article_files(root, follow_symlinks, problems)
    found = [article for article in every_file if not is_excluded(article.shown, exclude)]
    # Files that are articles but were passed over (unreadable, links not followed) are problems
    # of their own, with their own exit code; a .pdf beside nothing is no article at all.
    if not found and all(problem.code == "not-an-article" for problem in problems):
        why = [f"{len(every_file)} left out by exclude"] if every_file else []
        raise NoArticles(path=root, found="; ".join([describe_folder(root), *why]))
    return Options(kinds, exclude, found, problems, stage)


@dataclass(frozen=True)
class Job:
    source_id: str
    path: str
    shown: str
    ledger: str
    max_bytes: int
    reference: dt.date | None = None  # the corpus's median date, once known
    deferred: bool = False  # second round: the year of a dateline comes from the corpus


def check_corpus(corpus_dir: Path | str, claims_dir: Path, reports_dir: Path, reviews: ReviewsFile | None = None,
                 jobs: int = 1, max_bytes: int = DEFAULT_MAX_BYTES, follow_symlinks: bool = False,
                 progress: Callable[[int], None] | None = None, github_dir: str | None = None,
                 look_up: Iterable[str] = (), notify: Callable[[str], None] | None = None,
                 kinds: Iterable[str] | None = None, exclude: Sequence[str] = (),
                 cache_dir: Path | None = None, stage: Stage | None = None,
                 synonyms: Sequence[Sequence[str]] = (), executor: Executor | None = None) -> CheckResult:
    """Check the corpus, write ledgers and every report; return the tally (and the findings of
    ``look_up`` that exist). Byte for byte what ``build_report(extract_corpus(...))`` rendered in
    every format gives, at a fraction of the cost when little changed. ``notify`` is told what the
    user may want to know that is no problem of the corpus (waiting for another run, a damaged
    run state made again). ``kinds``: compare only claims of these kinds (default: all);
    ``exclude``: globs of article paths (from the corpus folder) to leave out; ``cache_dir``: where
    the run state goes (default: .factcheck_cache beside the claims folder); ``stage`` is told when
    each stage starts (its name, how many items it has, what they are), ``progress`` as items finish.
    ``executor``: run every article and story on it (a Dask client's: ``client.get_executor()``), at
    most a few ``jobs`` batches in flight; its workers must see the corpus and claims folders at the
    same paths as here. Default: a pool of ``jobs`` processes, or this process."""
    if executor is not None:  # a worker's working folder is not ours: it is given absolute paths
        corpus_dir, claims_dir = Path(os.path.abspath(corpus_dir)), Path(os.path.abspath(claims_dir))
    root = corpus_folder(corpus_dir, max_bytes)
    reports_outside(root, reports_dir)
    # Annotations and SARIF name articles from the repository root, whatever the folder is called.
    github_dir = github_dir if github_dir is not None else repository_path(root)
    options = dataclasses.replace(_discover(root, follow_symlinks, tuple(kinds) if kinds else None, tuple(exclude), stage),
                                  synonyms=tuple(tuple(words) for words in synonyms), executor=executor)
    claim_outputs(root, [claims_dir, reports_dir])
    reviews = reviews or ReviewsFile()
    state = State(claims_dir, {"corpus": str(root.resolve()), "max_bytes": str(max_bytes),
                               "follow_symlinks": str(follow_symlinks), "github_dir": github_dir,
                               "kinds": str(options.kinds), "exclude": str(options.exclude),
                               "synonyms": json.dumps([list(words) for words in synonyms])}, notify,
                  cache_dir)
    # This run has the lock: what a run killed before its end left behind can go.
    for folder, names in ((claims_dir, None), (reports_dir, None), (root, (REVIEWS_FILE,))):
        remove_stale_temporaries(folder, names)
    try:
        def run() -> CheckResult:
            result = _check(state, root, claims_dir, reports_dir, reviews, jobs, max_bytes, follow_symlinks,
                            progress, github_dir, options)
            result.found = {finding.id: finding for finding in map(state.finding, look_up) if finding is not None}
            return result

        try:
            return run()
        except sqlite3.DatabaseError as error:
            if not is_damaged(error):
                raise
            state.set_aside(error)  # damaged past its first page: found only now; it is a cache
            return run()
    except sqlite3.Error as error:  # read-only, full, or damaged again: the claims folder's fault, not ours
        raise OutputNotWritable(path=state.path, detail=f"the run state cannot be used: {error}") from error
    finally:
        state.close()


def _check(state: State, root: Path, claims_dir: Path, reports_dir: Path, reviews: ReviewsFile, jobs: int,
           max_bytes: int, follow_symlinks: bool, progress: Callable[[int], None] | None,
           github_dir: str, options: "Options") -> CheckResult:
    started = time.time_ns()
    trusted_before = int(state.meta("finished_ns") or 0) - RACY_NS
    corpus_problems: list[Problem] = []
    cached = state.sources()
    rows: dict[str, SourceRow] = {}
    order: list[str] = []  # source ids in the order of their files' paths, as reports list them
    to_read: list[Job] = []
    seen: dict[str, str] = {}
    corpus_problems += options.found_problems
    for found in options.found:
        source_id = found.path.stem
        if claim_source_id(source_id, found.shown, seen, corpus_problems):
            continue
        order.append(source_id)
        ledger = ledger_path(claims_dir, source_id)
        row = cached.get(source_id)
        if (row is not None and row.shown == found.shown
                and row.article_stat == file_stat(found.path) and row.ledger_stat == file_stat(ledger)
                and _settled(row.article_stat, trusted_before) and _settled(row.ledger_stat, trusted_before)):
            rows[source_id] = row
        else:
            to_read.append(Job(source_id, str(found.path), found.shown, str(ledger), max_bytes))

    extracted = 0
    deferred: list[Job] = []
    options.start("reading articles", len(to_read), "articles")
    for job, result in _run(to_read, jobs, progress, options.executor):
        if result is None:
            deferred.append(job)
            continue
        row, fresh = result
        extracted += fresh
        state.put_source(row)
        row.claims = ""  # in the state now; read back a story at a time
        rows[job.source_id] = row
    # Year-less datelines are read against the median of the dates the corpus states: articles
    # that wait for it, and those read against another median before.
    reference = median_date([dt.date.fromisoformat(row.published) for row in rows.values() if row.dated])
    deferred += [Job(row.id, str(root / row.shown), row.shown, str(ledger_path(claims_dir, row.id)), max_bytes)
                 for row in rows.values() if row.reference is not None and row.reference != str(reference)]
    to_read += [job for job in deferred if job.source_id in rows]
    if deferred:
        options.start("dating articles by the corpus", len(deferred), "articles")
    for job, result in _run([_with_reference(job, reference) for job in deferred], jobs, progress, options.executor):
        row, fresh = result
        extracted += fresh
        state.put_source(row)
        row.claims = ""  # in the state now; read back a story at a time
        rows[job.source_id] = row
    state.drop_sources([source_id for source_id in cached if source_id not in rows])
    state.commit()

    articles = [source_id for source_id in order if rows[source_id].source is not None]
    story_of = _stories(state, cached, rows, articles)
    restudied = _restudy(state, rows, articles, story_of, reviews, github_dir, jobs, options.kinds,
                         str(root.resolve()), options, progress)

    problems = [p for source_id in order for p in PROBLEMS.validate_json(rows[source_id].problems)]
    problems = sorted(corpus_problems + problems, key=lambda problem: problem.path)  # stable: a file's stay in order
    problems += [p for source_id in articles for p in PROBLEMS.validate_json(rows[source_id].ledger_problems)]
    problems += [p for found in state.story_problems() for p in PROBLEMS.validate_json(found)]
    tally = Tally(sources=len(articles), problems=problems)
    for kind, verdict, count, unreviewed in state.tally_rows():
        tally.counts[kind, verdict] = count
        tally.unreviewed += unreviewed or 0
    sources = []
    for source_id in articles:
        source = Source.model_validate_json(rows[source_id].source)
        source.story = story_of[source_id]
        sources.append(source)
    written = {}
    options.start("writing reports", len(FORMATS), "reports")
    for format_name, spec in FORMATS.items():
        written[format_name] = reports_dir / spec.file_name
        with open_atomic(written[format_name], buffering=1 << 20) as stream:
            spec.write(stream.write, tally, state.fragments(format_name), sources)
        if progress:
            progress(1)
    state.set_meta("finished_ns", str(max(started, time.time_ns())))
    return CheckResult(tally=tally, extracted=extracted, read=len(to_read), restudied=restudied, reports=written)


def _settled(stat: str | None, trusted_before: int) -> bool:
    """Whether a file's times can be trusted to show a change: it was last changed well before the
    last run ended."""
    return stat is None or int(stat.split(":")[1]) < trusted_before


def _with_reference(job: Job, reference: dt.date | None) -> Job:
    return Job(job.source_id, job.path, job.shown, job.ledger, job.max_bytes, reference, deferred=True)


def _run(jobs: list[Job], workers: int, progress: Callable[[int], None] | None, executor: Executor | None = None
         ) -> Iterator[tuple[Job, tuple[SourceRow, bool] | None]]:
    """process_article over jobs, in order, here, in ``workers`` processes or on ``executor``."""
    if executor is None and (workers <= 1 or len(jobs) < PARALLEL_THRESHOLD):
        yield from _reported(jobs, map(process_article, jobs), progress)
        return
    size = max(1, min(64, len(jobs) // (workers * 8)))
    batches = (jobs[start:start + size] for start in range(0, len(jobs), size))
    with pool_for(workers, executor) as pool:
        results = (result for batch in in_order(pool, process_articles, batches, 4 * workers) for result in batch)
        yield from _reported(jobs, results, progress)


def _reported(jobs: list[Job], results: Iterable, progress: Callable[[int], None] | None
              ) -> Iterator[tuple[Job, tuple[SourceRow, bool] | None]]:
    for job, result in zip(jobs, results):
        yield job, result
        if progress and result is not None:
            progress(1)


def process_articles(jobs: list[Job]) -> list[tuple[SourceRow, bool] | None]:
    """process_article over a batch (a task costs a round trip, to a process or a Dask worker)."""
    return [process_article(job) for job in jobs]


def process_article(job: Job) -> tuple[SourceRow, bool] | None:
    """One article, read, its claims reused from its ledger or extracted, its ledger written; the
    row of the state for it, and whether it was extracted. None: its year must come from the
    corpus, which is not known yet (the job is run again with ``reference``).

    A bug this article runs into makes it an ``internal-error`` problem, never the run's end."""
    doing = _Doing()
    try:
        return _process_article(job, doing)
    except NOT_CONTAINED:
        raise  # on purpose (an unwritable claims folder): the run stops with its message
    except Exception as error:  # noqa: BLE001 - the article's boundary (contain.py)
        problems = doing.problems + [article_problem(job.shown, doing.step, error)]
        # No file times kept: the next run tries again (the bug may be fixed, or have hung on the moment).
        return _no_article(job, "", problems), False


@dataclass
class _Doing:
    """What process_article is doing, and the problems it met so far: what a bug's problem says."""

    step: str = "reading it"
    problems: list[Problem] = field(default_factory=list)


def _process_article(job: Job, doing: _Doing) -> tuple[SourceRow, bool] | None:
    problems = doing.problems
    try:
        with open(job.path, "rb") as stream:
            data = stream.read(job.max_bytes + 1)  # never more: the file may grow while we read
            stat = os.fstat(stream.fileno())
    except OSError as error:
        problems.append(Problem(path=job.shown, code="unreadable", reason=(
            f"cannot be read ({error.strerror or error}); check that it exists and you may read it")))
        return _no_article(job, file_stat(job.path) or "", problems), False
    if len(data) > job.max_bytes:
        return _no_article(job, file_stat(job.path, stat), [too_large(job.shown, stat.st_size, job.max_bytes)]), False
    article = article_from_bytes(data, job.source_id, job.shown, problems)
    if article is None:
        return _no_article(job, file_stat(job.path, stat), problems), False
    reference = None
    if year_wanted(article):
        if infer_year(article, job.reference):
            if not job.deferred:
                return None
            reference = str(job.reference)
    dated = article.source.published.method in ("metadata", "dateline", "stamp", "address") and article.source.published.date is not None

    doing.step = "reading its ledger"
    ledger = open_ledger(Path(job.ledger), len(article.text))
    reused = ledger.reusable(article.source)
    doing.step = "extracting its claims"
    claims, terms = reused if reused is not None else extract_article(article)
    doing.step = "writing its ledger"
    if (cap := capped(claims, job.shown)) is not None:
        problems.append(cap)
    after_edits = ledger.settle(article.source, claims, terms)
    ledger_problems = [found for found in (ledger.problem, ledger.notice) if found is not None]
    # A ledger edited during the run is said so once: the next run reads it again (and finds it settled).
    ledger_stat = "" if ledger.notice else file_stat(ledger.path)
    source_json = article.source.model_dump_json()
    claims_json = CLAIMS.dump_json(after_edits).decode()
    published = article.source.published.date
    row = SourceRow(
        id=job.source_id, shown=job.shown, article_stat=file_stat(job.path, stat), ledger_stat=ledger_stat,
        source=source_json, published=published.isoformat() if published else None, dated=dated,
        reference=reference, problems=PROBLEMS.dump_json(problems).decode(),
        ledger_problems=PROBLEMS.dump_json(ledger_problems).decode(), terms=json.dumps(terms, sort_keys=True),
        claims=claims_json, digest=hashlib.sha1(f"{source_json}\0{claims_json}".encode()).hexdigest())
    return row, reused is None


def _no_article(job: Job, stat: str, problems: list[Problem]) -> SourceRow:
    return SourceRow(id=job.source_id, shown=job.shown, article_stat=stat, ledger_stat=file_stat(job.ledger),
                     source=None, published=None, dated=False, reference=None,
                     problems=PROBLEMS.dump_json(problems).decode(), ledger_problems="[]", terms="{}", claims="[]",
                     digest="")


def _stories(state: State, cached: dict[str, SourceRow], rows: dict[str, SourceRow], articles: list[str]) -> dict[str, str]:
    """Source id -> story id; grouped again only when an article's names or date changed, or an
    article came or went (stories are found over the whole corpus, in a fixed order)."""
    unchanged = set(cached) == set(rows) and all(
        row is cached[source_id] or (cached[source_id].terms == row.terms and cached[source_id].published == row.published
                                     and (cached[source_id].source is None) == (row.source is None))
        for source_id, row in rows.items())
    if unchanged and all(cached[source_id].story for source_id in articles):
        story_of = {source_id: cached[source_id].story for source_id in articles}
    else:
        terms = {source_id: json.loads(rows[source_id].terms) for source_id in articles}
        published = {source_id: dt.date.fromisoformat(rows[source_id].published) if rows[source_id].published
                     else None for source_id in articles}
        story_of = assign_stories(terms, published)
    # Rows read again this run were stored without their story.
    state.set_stories({source_id: story for source_id, story in story_of.items() if rows[source_id].story != story})
    state.commit()
    return story_of


# Stories go to worker processes in batches: a task costs a round trip, and most stories are small.
STORIES_PER_TASK = 32


@dataclass(frozen=True)
class StoryTask:
    """One story to align, compare and render: all a worker needs, as text."""

    story: str
    digest: str
    sources: list[str]  # its articles' Source records, as JSON
    claims: list[str]  # their claims after edits, as JSON lists


def _restudy(state: State, rows: dict[str, SourceRow], articles: list[str], story_of: dict[str, str],
             reviews: ReviewsFile, github_dir: str, jobs: int, kinds: tuple[str, ...] | None = None,
             read_dir: str | None = None, options: Options | None = None,
             progress: Callable[[int], None] | None = None) -> int:
    """Align, compare and render again the stories whose articles or reviews changed (in ``jobs``
    processes); drop the findings of stories that are gone. Returns how many stories were done again."""
    members: dict[str, list[str]] = defaultdict(list)
    for source_id in articles:
        members[story_of[source_id]].append(source_id)
    corpus_time = median_date([dt.date.fromisoformat(rows[s].published) for s in articles if rows[s].published])
    digests = state.story_digests()
    reviewed_with = state.finding_reviews()
    current_review = {finding_id: review.model_dump_json() for finding_id, review in reviews.reviews.items()}
    state.drop_stories([story for story in digests if story not in members])
    stale = []
    for story in sorted(members):
        digest = hashlib.sha1(json.dumps([story, str(corpus_time), [(s, rows[s].digest) for s in members[story]]]
                                         ).encode()).hexdigest()
        if digests.get(story) != digest or any(current_review.get(finding_id, "") != review
                                               for finding_id, review in reviewed_with.get(story, [])):
            stale.append((story, digest))

    def tasks() -> Iterator[list[StoryTask]]:
        for start in range(0, len(stale), STORIES_PER_TASK):
            yield [StoryTask(story, digest, [rows[s].source for s in members[story]],
                             [claims for _, claims in state.claims_of(members[story])])
                   for story, digest in stale[start:start + STORIES_PER_TASK]]

    work = StoryWork(corpus_time, reviews, github_dir, kinds, read_dir, options.synonyms if options else ())
    if options is not None:
        options.start("comparing stories", len(stale), "stories")
    executor = options.executor if options is not None else None
    for batch in _in_order(work, tasks(), jobs if len(stale) > STORIES_PER_TASK else 1, executor):
        for story, digest, findings, story_problems in batch:
            state.replace_story(story, digest, findings, story_problems)
        if progress:
            progress(len(batch))
    state.commit()
    return len(stale)


def _in_order(work: "StoryWork", batches: Iterator[list[StoryTask]], jobs: int,
              executor: Executor | None = None) -> Iterator[list[tuple]]:
    """work over batches, results in order; at most a few batches in flight, so the claims of a
    whole corpus are never in memory at once."""
    if executor is None and jobs <= 1:
        yield from map(work, batches)
        return
    with pool_for(jobs, executor) as pool:
        yield from in_order(pool, work, batches, 2 * max(1, jobs))


@dataclass(frozen=True)
class StoryWork:
    """What every story of a run shares: the corpus's time (for undated articles), the reviews and
    where articles are read from for GitHub's line numbers."""

    corpus_time: dt.date | None
    reviews: ReviewsFile
    github_dir: str
    kinds: tuple[str, ...] | None = None  # compare only these (factcheck.toml's kinds); None: all
    read_dir: str | None = None  # where the articles are read from for lines and columns
    synonyms: tuple[tuple[str, ...], ...] = ()  # words an editor declared equal (factcheck.toml)

    def __call__(self, batch: list[StoryTask]) -> list[tuple[str, str, list[tuple], str]]:
        """(story, digest, its findings' rows, its problems as JSON) of each story."""
        return [self.contained(task) for task in batch]

    def contained(self, task: StoryTask) -> tuple[str, str, list[tuple], str]:
        """The story's findings; none, and an ``internal-error`` problem, when a bug stops them
        (with no digest then: the next run tries again)."""
        try:
            return task.story, task.digest, self.findings(task), "[]"
        except NOT_CONTAINED:
            raise
        except Exception as error:  # noqa: BLE001 - the story's boundary (contain.py)
            paths = [Source.model_validate_json(text).path for text in task.sources]
            return task.story, "", [], PROBLEMS.dump_json([story_problem(task.story, paths, error)]).decode()

    def findings(self, task: StoryTask) -> list[tuple]:
        """The rows of the findings table for one story: its findings and their fragments."""
        claims = [claim for text in task.claims for claim in CLAIMS.validate_json(text)
                  if self.kinds is None or claim.kind in self.kinds]
        sources = [Source.model_validate_json(text) for text in task.sources]
        story_of = {source.id: task.story for source in sources}
        for source in sources:
            source.story = task.story
        aligned = with_synonyms(claims, self.synonyms)
        groups = [group for bucket in bucket_claims(aligned, story_of) for group in align_bucket(bucket)]
        published = {source.id: source.published.date for source in sources}
        findings = attach_reviews(compare(groups, published) + derived_findings(claims, sources, story_of, self.corpus_time),
                                  self.reviews)
        context = Context({source.id: source for source in sources}, self.github_dir, self.read_dir)
        return [(finding.id, task.story, RANK[finding.verdict], finding.kind, finding.verdict,
                 finding.verdict == "conflict" and not finding.reviewed,
                 finding.review.model_dump_json() if finding.review else "", finding.subject, finding.fingerprint,
                 {name: spec.fragment(finding, context) for name, spec in FORMATS.items()})
                for finding in findings]
