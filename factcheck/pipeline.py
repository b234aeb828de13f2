"""The pipeline as plain functions: load -> extract (or reuse ledgers) -> align -> compare -> render."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from .align import Group, align_bucket, bucket_claims, with_synonyms
from .atomic import remove_stale_temporaries, write_text
from .chrono import median_date
from .compare import compare, order_findings
from .contain import NOT_CONTAINED, Contained, Failure, article_problem, story_problem
from .corpus import DEFAULT_MAX_BYTES
from .derive import derived_findings
from .discover import is_excluded
from .extractors import capped, extract_claims
from .fragments import Context
from .ledger import OpenLedger, ledger_path, open_ledger
from .models import Article, ClaimBase, Finding, Problem, Report, Source
from .owner import claim_outputs
from .remote import load_any_corpus
from .report import FORMATS
from .reviews import ReviewsFile, attach_reviews
from .stories import assign_stories, story_terms
from .workers import worker_pool


@dataclass
class Extraction:
    """What extraction leaves: the sources (not their texts: a large corpus must not stay in
    memory), every claim after editors' edits, and each source's story terms."""

    sources: list[Source]
    claims: list[ClaimBase]
    problems: list[Problem]
    extracted: list[str] = field(default_factory=list)  # ids of sources extracted afresh this run
    terms: dict[str, dict[str, int]] = field(default_factory=dict)  # source id -> its story terms


T = TypeVar("T")
# Below this many articles to extract, starting worker processes costs more than it saves.
PARALLEL_THRESHOLD = 64


Extractor = Callable[[list[Article], Callable[[int], None] | None], Iterator[tuple[list[ClaimBase], dict[str, int]]]]


def extract_corpus(corpus_dir: Path | str, claims_dir: Path, max_bytes: int = DEFAULT_MAX_BYTES, jobs: int = 1,
                   progress: Callable[[int], None] | None = None, extract_many: Extractor | None = None,
                   follow_symlinks: bool = False, exclude: tuple[str, ...] | list[str] = ()) -> Extraction:
    """Claims of every article, re-extracting only what changed, and the ledgers written.

    ``jobs`` worker processes extract in parallel; the result (and every byte written) is the same
    as with one. ``progress`` is told how many more articles are done, as they finish.
    ``extract_many`` replaces the local workers (the Dask engine); ``corpus_dir`` may then be any
    fsspec URL. ``exclude``: globs of article paths to leave out (factcheck.toml).
    """
    articles, problems = load_any_corpus(corpus_dir, max_bytes, follow_symlinks)
    articles = [article for article in articles if not is_excluded(article.source.path, exclude)]
    claim_outputs(corpus_dir, [claims_dir])
    remove_stale_temporaries(Path(claims_dir))  # left by a run killed before its end
    ledgers: dict[str, OpenLedger] = {}
    reused: dict[str, tuple[list[ClaimBase], dict[str, int]]] = {}
    failed: dict[str, Problem] = {}  # articles a bug stopped (contain.py): named, and left out
    for article in articles:
        source_id = article.source.id
        cached = _contained(failed, article, "reading its ledger", lambda: _open(ledgers, claims_dir, article))
        if cached is not None:
            reused[source_id] = cached
    to_extract = [article for article in articles if article.source.id not in reused and article.source.id not in failed]
    extracted = extract_many(to_extract, progress) if extract_many else _extract_all(to_extract, jobs, progress)
    fresh = dict(zip((a.source.id for a in to_extract), extracted))
    all_claims: list[ClaimBase] = []
    all_terms: dict[str, dict[str, int]] = {}
    kept: list[Source] = []
    ledger_problems: list[Problem] = []
    for article in articles:
        source_id = article.source.id
        if isinstance(fresh.get(source_id), Failure):
            failed[source_id] = fresh[source_id].problem(article.source.path)
        if source_id in failed:
            continue
        claims, terms = reused.get(source_id) or fresh[source_id]
        ledger = ledgers[source_id]
        if (cap := capped(claims, article.source.path)) is not None:
            problems.append(cap)
        settled = _contained(failed, article, "writing its ledger", lambda: ledger.settle(article.source, claims, terms))
        if settled is None:
            continue
        all_claims.extend(settled)
        all_terms[source_id] = terms
        kept.append(article.source)
        ledger_problems += [found for found in (ledger.problem, ledger.notice) if found is not None]
    # As check.py orders them: problems by path (one file's in the order met), then ledgers'.
    problems = sorted(problems + list(failed.values()), key=lambda problem: problem.path) + ledger_problems
    return Extraction(kept, all_claims, problems, [a.source.id for a in to_extract if a.source.id not in failed],
                      all_terms)


def _open(ledgers: dict[str, OpenLedger], claims_dir: Path, article: Article
          ) -> tuple[list[ClaimBase], dict[str, int]] | None:
    """Open the article's ledger; its claims when they can be used as they are."""
    ledgers[article.source.id] = ledger = open_ledger(ledger_path(claims_dir, article.source.id), len(article.text))
    return ledger.reusable(article.source) if ledger.problem is None else None


def _contained(failed: dict[str, Problem], article: Article, step: str, work: Callable[[], T]) -> T | None:
    """work(), or None with the article's problem in ``failed`` when a bug stops it (contain.py)."""
    try:
        return work()
    except NOT_CONTAINED:
        raise
    except Exception as error:  # noqa: BLE001 - the article's boundary
        failed[article.source.id] = article_problem(article.source.path, step, error)
        return None


def extract_article(article: Article) -> tuple[list[ClaimBase], dict[str, int]]:
    """What one article gives: its claims, and the names that tell which story it is part of."""
    return extract_claims(article), story_terms(article)


def _extract_all(articles: list[Article], jobs: int,
                 progress: Callable[[int], None] | None) -> Iterator[tuple[list[ClaimBase], dict[str, int]]]:
    """extract_article over articles, in order, in this process or in ``jobs`` worker processes."""
    extract = Contained(extract_article, "extracting its claims")
    if jobs <= 1 or len(articles) < PARALLEL_THRESHOLD:
        for article in articles:
            yield extract(article)
            if progress:
                progress(1)
        return
    chunk = max(1, min(64, len(articles) // (jobs * 8)))
    with worker_pool(jobs) as pool:
        for extracted in pool.map(extract, articles, chunksize=chunk):
            yield extracted
            if progress:
                progress(1)


def build_report(extraction: Extraction, reviews: ReviewsFile | None = None,
                 align_run: Callable[[list[list[ClaimBase]]], list[list[Group]]] | None = None,
                 synonyms: Sequence[Sequence[str]] = ()) -> Report:
    """Stories, then each story aligned and compared on its own: a bug one story runs into costs
    its findings (an ``internal-error`` problem names it), never the report."""
    published = {source.id: source.published.date for source in extraction.sources}
    terms = {source.id: extraction.terms.get(source.id, {}) for source in extraction.sources}
    story_of = assign_stories(terms, published)
    sources = [source.model_copy(update={"story": story_of[source.id]}) for source in extraction.sources]
    corpus_time = median_date(list(published.values()))
    claims_of: dict[str, list[ClaimBase]] = defaultdict(list)
    for claim in extraction.claims:
        claims_of[story_of.get(claim.source, claim.source)].append(claim)
    buckets = bucket_claims(with_synonyms(extraction.claims, synonyms), story_of)
    aligned = align_run(buckets) if align_run is not None else list(map(Contained(align_bucket, "aligning"), buckets))
    groups_of: dict[str, list[list[Group] | Failure]] = defaultdict(list)
    for bucket, groups in zip(buckets, aligned):
        groups_of[story_of.get(bucket[0].source, bucket[0].source)].append(groups)
    members_of: dict[str, list[Source]] = defaultdict(list)
    for source in sources:
        members_of[source.story].append(source)
    findings: list[Finding] = []
    problems: list[Problem] = []
    for story in sorted(claims_of):
        members = members_of[story]
        paths = [source.path for source in members]
        failure = next((groups for groups in groups_of[story] if isinstance(groups, Failure)), None)
        if failure is not None:
            problems.append(story_problem(story, paths, failure.error))
            continue
        try:
            groups = [group for bucket in groups_of[story] for group in bucket]
            published = {source.id: source.published.date for source in members}
            findings += compare(groups, published) + derived_findings(claims_of[story], members, story_of, corpus_time)
        except NOT_CONTAINED:
            raise
        except Exception as error:  # noqa: BLE001 - the story's boundary (contain.py)
            problems.append(story_problem(story, paths, error))
    findings = order_findings(findings)
    if reviews is not None:
        findings = attach_reviews(findings, reviews)
    return Report(sources=sources, findings=findings, problems=extraction.problems + problems)


def write_reports(report: Report, reports_dir: Path, context: Context | None = None) -> dict[str, str]:
    """Every format into reports_dir; returns what was written, by format, so nothing renders twice.
    ``context`` says where the articles are (for annotations' and SARIF's paths and lines)."""
    rendered = {}
    for format_name, spec in FORMATS.items():
        rendered[format_name] = spec.render(report, context)
        write_text(reports_dir / spec.file_name, rendered[format_name])
    return rendered
