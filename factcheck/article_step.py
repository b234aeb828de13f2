"""The per-article step, defined once: an article read, its claims reused from its ledger or
extracted, its ledger written, and the run state's row for it handed back as text.

It runs wherever the engine sends it (this process, a worker process, a Dask worker): a ``Job``
carries all it needs, and a corpus at a URL sends the file's bytes along (listing.py).
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import TypeAdapter

from .align.stories import article_terms
from .contain import NOT_CONTAINED, article_problem
from .extract import capped, extract_claims
from .extract.lemmas import fresh_answers
from .extract.word_hits import KNOWN_WORDS
from .load.corpus import article_from_bytes, infer_year, too_large, unreadable, year_wanted
from .load.listing import Listing, Read, file_stat, read_file
from .models import Article, Claim, ClaimBase, Problem
from .store.ledger import open_ledger
from .store.state import SourceRow, State
from .text import line_and_column, line_starts

CLAIMS = TypeAdapter(list[Claim])
PROBLEMS = TypeAdapter(list[Problem])
# The publication-date methods that state a date: only those count for the corpus's median date.
STATED = ("metadata", "dateline", "stamp", "address")

# The anchor words extraction's pages asked for (extract/word_hits.py), kept in the run state under
# this key: at most this many (they are the package's own anchor vocabulary, a few hundred).
ANCHOR_WORDS = "anchor_words"
ANCHOR_WORDS_AT_MOST = 4096


def extract_article(article: Article) -> tuple[list[ClaimBase], dict[str, int]]:
    """What one article gives: its claims, and the names and figures that tell which story it is part of."""
    claims = extract_claims(article)
    return claims, article_terms(article, claims)


@dataclass(frozen=True)
class Job:
    source_id: str
    path: str
    shown: str
    ledger: str
    max_bytes: int
    reference: dt.date | None = None  # the corpus's median date, once known
    deferred: bool = False  # second round: the year of a dateline comes from the corpus
    read: Read | None = None  # the file, read by the process that listed it (a URL's); None: read it here
    problem: Problem | None = None  # why the process that listed it could not read it


def fetched(listing: Listing, job: Job) -> Job:
    """The job with its file read here when the listing reads where it lists (a URL); else as it is."""
    if not listing.reads_here:
        return job
    try:
        return dataclasses.replace(job, read=listing.read(job.path, job.max_bytes))
    except NOT_CONTAINED:
        raise
    except OSError as error:  # the store did not answer: the file's problem, not a bug
        return dataclasses.replace(job, problem=unreadable(job.shown, error))
    except Exception as error:  # noqa: BLE001 - the article's boundary (contain.py)
        return dataclasses.replace(job, problem=article_problem(job.shown, "reading it", error))


def process_articles(jobs: list[Job]) -> tuple[list[tuple[SourceRow, bool] | None], dict[str, str], frozenset[str]]:
    """process_article over a batch (a task costs a round trip, to a process or a Dask worker), the
    lemmatiser's answers this process found meanwhile and the anchor words its pages asked for
    (the run state keeps both: lemmas.py, recall_anchor_words)."""
    return [process_article(job) for job in jobs], fresh_answers(), frozenset(KNOWN_WORDS)


def recall_anchor_words(state: State) -> str:
    """The anchor words earlier runs' pages asked for, known to word_hits before this run's first
    page (and, forked, its workers'); the text kept. word_hits builds its automaton again each time
    a page asks for a word it does not know: 56 times, growing, for the first page of a process,
    0.05-0.07 s of a re-check that extracts one article; knowing them all, once. Its hits for each
    word are the same whatever other words the automaton knows, so the claims are too."""
    kept = state.meta(ANCHOR_WORDS) or ""
    try:
        words = json.loads(kept) if kept else []
    except ValueError:
        words = []  # only a cache: the pages ask again
    if isinstance(words, list) and len(words) <= ANCHOR_WORDS_AT_MOST:
        KNOWN_WORDS.update(word for word in words if isinstance(word, str))
    return kept


def keep_anchor_words(state: State, kept: str) -> None:
    if len(KNOWN_WORDS) <= ANCHOR_WORDS_AT_MOST and (text := json.dumps(sorted(KNOWN_WORDS))) != kept:
        state.set_meta(ANCHOR_WORDS, text)


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


def _read_article(job: Job, problems: list[Problem]) -> tuple[Article | None, str]:
    """The job's article (None: a problem says why there is none) and its file's stat text."""
    if job.problem is not None:
        problems.append(job.problem)
        return None, ""
    try:
        read = job.read or read_file(job.path, job.max_bytes)
    except OSError as error:
        problems.append(unreadable(job.shown, error))
        return None, file_stat(job.path) or ""
    if len(read.data) > job.max_bytes:
        problems.append(too_large(job.shown, read.size, job.max_bytes))
        return None, read.stat
    return article_from_bytes(read.data, job.source_id, job.shown, problems), read.stat


def _process_article(job: Job, doing: _Doing) -> tuple[SourceRow, bool] | None:
    problems = doing.problems
    article, article_stat = _read_article(job, problems)
    if article is None:
        return _no_article(job, article_stat, problems), False
    reference = None
    if year_wanted(article):
        if infer_year(article, job.reference):
            if not job.deferred:
                return None
            reference = str(job.reference)
    published = article.source.published
    dated = published.method in STATED and published.date is not None

    doing.step = "reading its ledger"
    ledger = open_ledger(Path(job.ledger), len(article.text))
    reused = ledger.reusable(article.source)
    doing.step = "extracting its claims"
    claims, terms = reused if reused is not None else extract_article(article)
    doing.step = "writing its ledger"
    if (cap := capped(claims, job.shown)) is not None:
        problems.append(cap)
    after_edits = _placed(ledger.settle(article.source, claims, terms), article.text)
    ledger_problems = [found for found in (ledger.problem, ledger.notice) if found is not None]
    # A ledger edited during the run is said so once: the next run reads it again (and finds it settled).
    ledger_stat = "" if ledger.notice else file_stat(ledger.path)
    source_json = article.source.model_dump_json()
    claims_json = CLAIMS.dump_json(after_edits).decode()
    row = SourceRow(
        id=job.source_id, shown=job.shown, article_stat=article_stat, ledger_stat=ledger_stat,
        source=source_json, published=published.date.isoformat() if published.date else None, dated=dated,
        reference=reference, problems=PROBLEMS.dump_json(problems).decode(),
        ledger_problems=PROBLEMS.dump_json(ledger_problems).decode(), terms=json.dumps(terms, sort_keys=True),
        claims=claims_json, digest=hashlib.sha1(f"{source_json}\0{claims_json}".encode()).hexdigest())
    return row, reused is None


def _placed(claims: list[ClaimBase], text: str) -> list[ClaimBase]:
    """The claims with the line and column of each start: an editor may add a claim without them."""
    if all(claim.line is not None for claim in claims):
        return claims
    starts = line_starts(text)
    return [claim if claim.line is not None else
            claim.model_copy(update=dict(zip(("line", "column"), line_and_column(starts, claim.start))))
            for claim in claims]


def _no_article(job: Job, stat: str, problems: list[Problem]) -> SourceRow:
    return SourceRow(id=job.source_id, shown=job.shown, article_stat=stat, ledger_stat=file_stat(job.ledger),
                     source=None, published=None, dated=False, reference=None,
                     problems=PROBLEMS.dump_json(problems).decode(), ledger_problems="[]", terms="{}", claims="[]",
                     digest="")
