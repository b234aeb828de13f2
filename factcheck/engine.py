"""The engine: ``factcheck check`` and ``factcheck extract``, run incrementally over the run state.

The stages (load -> extract -> align -> compare -> render), each step defined once: the per-article
step (``extract_article``, inside ``process_article`` which reads the file and settles its ledger)
and the per-story step (``study_story``: align, compare, derive, reviews). ``check_corpus`` runs
them over a corpus (a folder or an fsspec URL, listing.py) arranged so that a run costs what
changed, not what there is:

- an article whose file and ledger look as they did (state.py) is not read at all;
- a changed one is read, its ledger reused or its claims extracted, and its ledger written, in a
  worker process (``jobs``, or a Dask worker: ``executor``), which hands back only text for the
  state: the parent never holds the corpus's claims;
- stories are grouped again only when an article's names or date changed;
- a story is aligned and compared again only when one of its articles, or a review of one of its
  findings, changed; its findings' fragments in every format go to the state;
- every report is streamed from the state to its file, in report order.

``build_report`` runs the same per-story step over articles already in memory (no files, no
ledgers, no state): for callers that make or edit articles themselves (benchmarks, tests).
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import json
import os
import sqlite3
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import TypeAdapter

from . import pattern_cache
from .align.stories import assign_stories
from .article_step import (
    Job,
    extract_article,
    fetched,
    keep_anchor_words,
    process_article,
    process_articles,
    recall_anchor_words,
)
from .chrono import median_date
from .extract import lemmas
from .extract.lemmas import answers_version, forget_answers, fresh_answers, keep_dictionary_in, remember_answers
from .extract.word_hits import KNOWN_WORDS
from .load.corpus import DEFAULT_MAX_BYTES, claim_source_id
from .load.listing import file_stat, is_url, local_path
from .models import Problem, Report
from .report.formats import FORMATS
from .report.fragments import Tally
from .report_step import write_report
from .run import CheckResult, Run, Stage, on_state, prepare, report_sources
from .stale import stale_stories
from .store.atomic import remove_stale_temporaries, write_bytes
from .store.ledger import ledger_name, ledger_path
from .store.reviews import REVIEWS_FILE, ReviewsFile, read_reviews, reviews_path
from .store.state import SourceRow, State
from .story_step import Extraction, StoryTask, StoryWork, build_report, study_story
from .workers import in_order, pool_for

if TYPE_CHECKING:  # concurrent.futures (and the logging it imports) only when a pool starts: workers.py
    from concurrent.futures import Executor

__all__ = ["CheckResult", "Extraction", "build_report", "check_corpus", "check_report", "extract_article",
           "extract_corpus", "study_story"]

PROBLEMS = TypeAdapter(list[Problem])
# A file changed within this long before the last run ended may have changed again within the same
# tick of the file system's clock, unseen by its times: such a file is read again (as git does).
RACY_NS = 2_000_000_000
# Below this many articles to read, starting worker processes costs more than it saves.
PARALLEL_THRESHOLD = 64
# Stories go to worker processes in batches: a task costs a round trip, and most stories are small.
STORIES_PER_TASK = 32


def check_corpus(corpus_dir: Path | str, claims_dir: Path, reports_dir: Path, reviews: ReviewsFile | None = None,
                 jobs: int = 1, max_bytes: int = DEFAULT_MAX_BYTES, follow_symlinks: bool = False,
                 progress: Callable[[int], None] | None = None, github_dir: str | None = None,
                 look_up: Iterable[str] = (), notify: Callable[[str], None] | None = None,
                 kinds: Iterable[str] | None = None, exclude: Sequence[str] = (),
                 cache_dir: Path | None = None, stage: Stage | None = None,
                 synonyms: Sequence[Sequence[str]] = (), executor: Executor | None = None) -> CheckResult:
    """Check the corpus (a folder, or an fsspec URL), write ledgers and every report; return the
    tally (and the findings of ``look_up`` that exist). A run costs what changed since the last one.
    ``notify`` is told what the user may want to know that is no problem of the corpus (waiting for
    another run, a damaged run state made again). ``kinds``: compare only claims of these kinds
    (default: all); ``exclude``: globs of article paths (from the corpus folder) to leave out;
    ``cache_dir``: where the run state goes (default: .factcheck_cache beside the claims folder);
    ``stage`` is told when each stage starts (its name, how many items it has, what they are),
    ``progress`` as items finish. ``executor``: run every article and story on it (a Dask client's:
    ``client.get_executor()``), at most a few ``jobs`` batches in flight; its workers must see the
    corpus and claims folders at the same paths as here. Default: a pool of ``jobs`` processes, or
    this process."""
    run = prepare(corpus_dir, claims_dir, reports_dir, jobs, max_bytes, follow_symlinks, github_dir, kinds, exclude,
                   synonyms, stage, executor, progress)
    reviews = reviews or ReviewsFile()
    state = State(run.claims_dir, run.meta(max_bytes, follow_symlinks), notify, cache_dir)
    _keep_dictionary(state.path.parent)
    # This run has the lock: what a run killed before its end left behind can go.
    for folder, names in ((run.claims_dir, None), (reports_dir, None), (run.folder, (REVIEWS_FILE,))):
        if folder is not None:
            remove_stale_temporaries(folder, names)

    def work() -> CheckResult:
        try:
            result = _check(state, run, reports_dir, reviews)
        finally:
            forget_answers()  # the state closes after the run: no later word may ask it
        result.found = {finding.id: finding for finding in map(state.finding, look_up) if finding is not None}
        return result
    return on_state(state, work)


def extract_corpus(corpus_dir: Path | str, claims_dir: Path, jobs: int = 1, max_bytes: int = DEFAULT_MAX_BYTES,
                   follow_symlinks: bool = False, progress: Callable[[int], None] | None = None,
                   notify: Callable[[str], None] | None = None, kinds: Iterable[str] | None = None,
                   exclude: Sequence[str] = (), cache_dir: Path | None = None, stage: Stage | None = None,
                   synonyms: Sequence[Sequence[str]] = (), executor: Executor | None = None) -> CheckResult:
    """``factcheck extract``: the first stage of check_corpus alone. Every article's ledger is
    written (re-extracting only what changed) and the run state keeps them, so that the next check
    (with the same options) reads nothing again. No story is compared and no report written."""
    run = prepare(corpus_dir, claims_dir, None, jobs, max_bytes, follow_symlinks, None, kinds, exclude,
                   synonyms, stage, executor, progress)
    state = State(run.claims_dir, run.meta(max_bytes, follow_symlinks), notify, cache_dir)
    _keep_dictionary(state.path.parent)
    remove_stale_temporaries(run.claims_dir)

    def work() -> CheckResult:
        started = time.time_ns()
        try:
            found = _read_articles(state, run)
        finally:
            forget_answers()
        state.set_meta("finished_ns", str(max(started, time.time_ns())))
        return CheckResult(tally=Tally(sources=len(found.articles), problems=found.problems),
                           extracted=found.extracted, read=found.read, restudied=0)
    return on_state(state, work)


def check_report(corpus_dir: Path | str = "sources", claims_dir: Path | None = None, reports_dir: Path | None = None,
                 reviews: ReviewsFile | None = None, **options) -> Report:
    """What ``factcheck check`` computes, as a Report: stories, findings (derived ones too), the
    editors' reviews (from reviews.json at the corpus root unless ``reviews`` is given) and the
    problems. Like the command it writes ledgers, the run state and every report: into claims/ and
    reports/ beside a corpus folder (in the current folder for a URL) unless told where.
    ``options``: those of check_corpus."""
    base = Path.cwd() if is_url(local_path(corpus_dir)) else Path(local_path(corpus_dir)).parent
    claims_dir = Path(claims_dir) if claims_dir is not None else base / "claims"
    reports_dir = Path(reports_dir) if reports_dir is not None else base / "reports"
    if reviews is None:
        folder = local_path(corpus_dir)
        reviews = read_reviews(Path(REVIEWS_FILE) if is_url(folder) else reviews_path(Path(folder)))
    result = check_corpus(corpus_dir, claims_dir, reports_dir, reviews, **options)
    return Report.model_validate_json(result.reports["json"].read_bytes())


@dataclass
class _Articles:
    """What the first stage leaves: each source's row (claims in the state only), in report order."""

    cached: dict[str, SourceRow]  # the rows of the last run
    rows: dict[str, SourceRow]
    order: list[str]  # source ids in the order of their files' paths, as reports list them
    articles: list[str]  # those that gave an article
    problems: list[Problem]  # of the corpus, its files and their ledgers, in report order
    extracted: int  # articles whose claims were extracted afresh
    read: int  # articles read


def _check(state: State, run: Run, reports_dir: Path, reviews: ReviewsFile) -> CheckResult:
    started = time.time_ns()
    found = _read_articles(state, run)
    story_of = _stories(state, found.cached, found.rows, found.articles)
    restudied = _restudy(state, found.rows, found.articles, story_of, reviews, run, found.cached)
    problems = found.problems + [p for text in state.story_problems() for p in PROBLEMS.validate_json(text)]
    tally = Tally(sources=len(found.articles), problems=problems)
    for kind, verdict, count, unreviewed in state.tally_rows():
        tally.counts[kind, verdict] = count
        tally.unreviewed += unreviewed or 0
    sources = report_sources(state, [found.rows[source_id].source for source_id in found.articles],
                             [story_of[source_id] for source_id in found.articles],
                             [row.source if (row := found.cached.get(source_id)) else None for source_id in found.articles])
    written = {}
    run.start("writing reports", len(FORMATS), "reports")
    for format_name, spec in FORMATS.items():
        written[format_name] = reports_dir / spec.file_name
        write_report(state, format_name, written[format_name], tally, sources)
        if run.progress:
            run.progress(1)
    state.keep_parts(sources.made)
    state.set_meta("finished_ns", str(max(started, time.time_ns())))
    return CheckResult(tally=tally, extracted=found.extracted, read=found.read, restudied=restudied, reports=written)


def _keep_dictionary(folder: Path) -> None:
    """The lemmatiser's decoded dictionary, kept beside the run state for this run and the next;
    a copy a killed run was writing goes."""
    remove_stale_temporaries(folder, (lemmas.dictionary_file(),))
    keep_dictionary_in(folder, write_bytes)


def _plan(state: State, run: Run, cached: dict[str, SourceRow], problems: list[Problem]
          ) -> tuple[dict[str, SourceRow], list[str], list[Job]]:
    """The rows of articles whose files and ledgers look as they did (kept), the source ids in
    report order, and the jobs of the articles to read."""
    trusted_before = int(state.meta("finished_ns") or 0) - RACY_NS
    rows: dict[str, SourceRow] = {}
    order: list[str] = []
    to_read: list[Job] = []
    seen: dict[str, str] = {}
    ledgers = os.path.join(str(run.claims_dir), "")  # + a ledger's name: os.path.join per article cost a tenth of this loop
    for found in run.found:
        source_id = found.stem
        if claim_source_id(source_id, found.shown, seen, problems):
            continue
        order.append(source_id)
        row = cached.get(source_id)
        # A file's stat is asked by its path as a string: a Path per article was a tenth of a re-check.
        if (row is not None and row.shown == found.shown
                and row.article_stat == run.listing.stat(found.location)
                and row.ledger_stat == file_stat(ledgers + ledger_name(source_id))
                and _settled(row.article_stat, trusted_before) and _settled(row.ledger_stat, trusted_before)):
            rows[source_id] = row
        else:
            to_read.append(Job(source_id, found.location, found.shown, str(ledger_path(run.claims_dir, source_id)),
                               run.max_bytes))
    return rows, order, to_read


def _read_articles(state: State, run: Run) -> _Articles:
    """Read the articles that changed (their ledgers settled, their rows into the state), the
    others' rows as they were."""
    cached = state.sources()
    corpus_problems = list(run.found_problems)
    rows, order, to_read = _plan(state, run, cached, corpus_problems)
    anchor_words = recall_anchor_words(state) if to_read else None
    extracted = 0
    deferred: list[Job] = []
    answers: dict[str, str] = {}  # the lemmatiser's, found by worker processes
    remember_answers(functools.partial(_answers, state))
    run.start("reading articles", len(to_read), "articles")
    for job, result in _run(to_read, run, answers):
        if result is None:
            deferred.append(job)
            continue
        extracted += _keep(state, rows, job, result)
    # Year-less datelines are read against the median of the dates the corpus states: articles
    # that wait for it, and those read against another median before.
    reference = median_date([dt.date.fromisoformat(row.published) for row in rows.values() if row.dated])
    deferred += [Job(row.id, run.listing.path_of(row.shown), row.shown, str(ledger_path(run.claims_dir, row.id)),
                     run.max_bytes) for row in rows.values() if row.reference is not None and row.reference != str(reference)]
    to_read += [job for job in deferred if job.source_id in rows]
    if deferred:
        run.start("dating articles by the corpus", len(deferred), "articles")
    for job, result in _run([dataclasses.replace(job, reference=reference, deferred=True) for job in deferred], run,
                            answers):
        extracted += _keep(state, rows, job, result)
    state.drop_sources([source_id for source_id in cached if source_id not in rows])
    _keep_answers(state, answers)
    if anchor_words is not None:
        keep_anchor_words(state, anchor_words)
    state.commit()
    articles = [source_id for source_id in order if rows[source_id].source is not None]
    problems = [p for source_id in order for p in _problems(rows[source_id].problems)]
    problems = sorted(corpus_problems + problems, key=lambda problem: problem.path)  # stable: a file's stay in order
    problems += [p for source_id in articles for p in _problems(rows[source_id].ledger_problems)]
    return _Articles(cached, rows, order, articles, problems, extracted, len(to_read))


def _problems(text: str) -> list[Problem]:
    """A row's problems; nearly every row has none, and validating "[]" twice per article of a
    large corpus cost a re-check ~0.05 s."""
    return [] if text == "[]" else PROBLEMS.validate_json(text)


def _keep(state: State, rows: dict[str, SourceRow], job: Job, result: tuple[SourceRow, bool]) -> bool:
    """An article's row into the state (its claims kept there, read back a story at a time); whether it was extracted."""
    row, fresh = result
    state.put_source(row)
    row.claims = ""
    rows[job.source_id] = row
    return fresh


def _answers(state: State) -> dict[str, str]:
    """The lemmatiser's answers the state keeps; none when it cannot be read (a cache: simplemma
    answers again), so that no article fails for it."""
    try:
        return state.answers(answers_version())
    except sqlite3.Error:
        return {}


def _keep_answers(state: State, answers: dict[str, str]) -> None:
    """The lemmatiser's answers found this run (by workers, and here) into the state, for the next."""
    state.keep_answers({**answers, **fresh_answers()}, answers_version())


def _settled(stat: str | None, trusted_before: int) -> bool:
    """Whether a file's times can be trusted to show a change: it was last changed well before the
    last run ended."""
    return stat is None or int(stat.split(":")[1]) < trusted_before


def _run(jobs: list[Job], run: Run, answers: dict[str, str]) -> Iterator[tuple[Job, tuple[SourceRow, bool] | None]]:
    """process_article over jobs, in order, here, in ``run.jobs`` processes or on ``run.executor``;
    a URL's files are read here first (``fetched``), a batch at a time. ``answers`` gets the
    lemmatiser's answers the workers found."""
    fetch = functools.partial(fetched, run.listing)
    if run.executor is None and (run.jobs <= 1 or len(jobs) < PARALLEL_THRESHOLD):
        yield from _reported(jobs, map(process_article, map(fetch, jobs)), run.progress)
        return
    pattern_cache.compile_all_at_save()  # workers compile the patterns: the next re-check would, again
    size = max(1, min(64, len(jobs) // (run.jobs * 8)))
    batches = (list(map(fetch, jobs[start:start + size])) for start in range(0, len(jobs), size))
    with pool_for(run.jobs, run.executor) as pool:
        results = (result for batch, found, words in in_order(pool, process_articles, batches, 4 * run.jobs)
                   for result in _answered(batch, found, answers, words))
        yield from _reported(jobs, results, run.progress)


def _answered(batch: list, found: dict[str, str], answers: dict[str, str], words: frozenset[str]) -> list:
    answers.update(found)
    KNOWN_WORDS.update(words)  # the run state keeps them (keep_anchor_words)
    return batch


def _reported(jobs: list[Job], results: Iterable, progress: Callable[[int], None] | None
              ) -> Iterator[tuple[Job, tuple[SourceRow, bool] | None]]:
    for job, result in zip(jobs, results):
        yield job, result
        if progress and result is not None:
            progress(1)


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


def _restudy(state: State, rows: dict[str, SourceRow], articles: list[str], story_of: dict[str, str],
             reviews: ReviewsFile, run: Run, cached: dict[str, SourceRow] | None = None) -> int:
    """Align, compare and render again the stories whose articles or reviews changed (in ``jobs``
    processes); drop the findings of stories that are gone. Returns how many stories were done again."""
    members: dict[str, list[str]] = defaultdict(list)
    for source_id in articles:
        members[story_of[source_id]].append(source_id)
    corpus_time = median_date([dt.date.fromisoformat(rows[s].published) for s in articles if rows[s].published])
    stale = stale_stories(state, rows, cached or {}, members, corpus_time, reviews)

    def tasks() -> Iterator[list[StoryTask]]:
        for start in range(0, len(stale), STORIES_PER_TASK):
            yield [StoryTask(story, digest, [rows[s].source for s in members[story]],
                             [claims for _, claims in state.claims_of(members[story])], [rows[s].terms for s in members[story]])
                   for story, digest in stale[start:start + STORIES_PER_TASK]]

    work = StoryWork(corpus_time, reviews, run.github_dir, run.kinds, run.synonyms)
    run.start("comparing stories", len(stale), "stories")
    for batch in _in_order(work, tasks(), run.jobs if len(stale) > STORIES_PER_TASK else 1, run.executor):
        for story, digest, findings, story_problems in batch:
            state.replace_story(story, digest, findings, story_problems)
        if run.progress:
            run.progress(len(batch))
    _keep_answers(state, {})  # a story's words declared equal (synonyms) are lemmatised too
    state.commit()
    return len(stale)


def _in_order(work: StoryWork, batches: Iterator[list[StoryTask]], jobs: int,
              executor: Executor | None = None) -> Iterator[list[tuple]]:
    """work over batches, results in order; at most a few batches in flight, so the claims of a
    whole corpus are never in memory at once."""
    if executor is None and jobs <= 1:
        yield from map(work, batches)
        return
    with pool_for(jobs, executor) as pool:
        yield from in_order(pool, work, batches, 2 * max(1, jobs))
