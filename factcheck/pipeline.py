"""The pipeline as plain functions: load -> extract (or reuse ledgers) -> align -> compare -> render."""
from __future__ import annotations

from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from .align import Group, align
from .atomic import write_text
from .compare import compare, order_findings
from .derive import derived_findings
from .corpus import DEFAULT_MAX_BYTES
from .remote import load_any_corpus
from .extractors import capped, extract_claims
from .ledger import OpenLedger, ledger_path, open_ledger
from .models import Article, ClaimBase, Problem, Report, Source
from .report import RENDERERS
from .reviews import ReviewsFile, attach_reviews
from .stories import assign_stories, story_terms


@dataclass
class Extraction:
    """What extraction leaves: the sources (not their texts: a large corpus must not stay in
    memory), every claim after editors' edits, and each source's story terms."""

    sources: list[Source]
    claims: list[ClaimBase]
    problems: list[Problem]
    extracted: list[str] = field(default_factory=list)  # ids of sources extracted afresh this run
    terms: dict[str, dict[str, int]] = field(default_factory=dict)  # source id -> its story terms


# Below this many articles to extract, starting worker processes costs more than it saves.
PARALLEL_THRESHOLD = 64


Extractor = Callable[[list[Article], Callable[[int], None] | None], Iterator[tuple[list[ClaimBase], dict[str, int]]]]


def extract_corpus(corpus_dir: Path | str, claims_dir: Path, max_bytes: int = DEFAULT_MAX_BYTES, jobs: int = 1,
                   progress: Callable[[int], None] | None = None, extract_many: Extractor | None = None,
                   follow_symlinks: bool = False) -> Extraction:
    """Claims of every article, re-extracting only what changed, and the ledgers written.

    ``jobs`` worker processes extract in parallel; the result (and every byte written) is the same
    as with one. ``progress`` is told how many more articles are done, as they finish.
    ``extract_many`` replaces the local workers (the Dask engine); ``corpus_dir`` may then be any
    fsspec URL.
    """
    articles, problems = load_any_corpus(corpus_dir, max_bytes, follow_symlinks)
    ledgers: dict[str, OpenLedger] = {}
    ledger_problems: list[Problem] = []
    reused: dict[str, tuple[list[ClaimBase], dict[str, int]]] = {}
    for article in articles:
        source_id = article.source.id
        ledgers[source_id] = ledger = open_ledger(ledger_path(claims_dir, source_id), len(article.text))
        if ledger.problem is not None:
            ledger_problems.append(ledger.problem)
            continue
        cached = ledger.reusable(article.source)
        if cached is not None:
            reused[source_id] = cached
    to_extract = [article for article in articles if article.source.id not in reused]
    extracted = extract_many(to_extract, progress) if extract_many else _extract_all(to_extract, jobs, progress)
    fresh = dict(zip((a.source.id for a in to_extract), extracted))
    all_claims: list[ClaimBase] = []
    all_terms: dict[str, dict[str, int]] = {}
    for article in articles:
        source_id = article.source.id
        claims, terms = reused.get(source_id) or fresh[source_id]
        if (cap := capped(claims, article.source.path)) is not None:
            problems.append(cap)
        all_claims.extend(ledgers[source_id].settle(article.source, claims, terms))
        all_terms[source_id] = terms
    # As check.py orders them: a file's problems by path (stable), then the ledgers'.
    problems = sorted(problems, key=lambda problem: problem.path) + ledger_problems
    return Extraction([a.source for a in articles], all_claims, problems, [a.source.id for a in to_extract], all_terms)


def extract_article(article: Article) -> tuple[list[ClaimBase], dict[str, int]]:
    """What one article gives: its claims, and the names that tell which story it is part of."""
    return extract_claims(article), story_terms(article)


def _extract_all(articles: list[Article], jobs: int,
                 progress: Callable[[int], None] | None) -> Iterator[tuple[list[ClaimBase], dict[str, int]]]:
    """extract_article over articles, in order, in this process or in ``jobs`` worker processes."""
    if jobs <= 1 or len(articles) < PARALLEL_THRESHOLD:
        for article in articles:
            yield extract_article(article)
            if progress:
                progress(1)
        return
    chunk = max(1, min(64, len(articles) // (jobs * 8)))
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        for extracted in pool.map(extract_article, articles, chunksize=chunk):
            yield extracted
            if progress:
                progress(1)


def build_report(extraction: Extraction, reviews: ReviewsFile | None = None,
                 align_run: Callable[[list[list[ClaimBase]]], list[list[Group]]] | None = None) -> Report:
    published = {source.id: source.published.date for source in extraction.sources}
    terms = {source.id: extraction.terms.get(source.id, {}) for source in extraction.sources}
    story_of = assign_stories(terms, published)
    sources = [source.model_copy(update={"story": story_of[source.id]}) for source in extraction.sources]
    groups = align(extraction.claims, story_of, align_run)
    findings = order_findings(compare(groups) + derived_findings(extraction.claims, sources, story_of))
    if reviews is not None:
        findings = attach_reviews(findings, reviews)
    return Report(sources=sources, findings=findings, problems=extraction.problems)


def write_reports(report: Report, reports_dir: Path) -> dict[str, str]:
    """Every format into reports_dir; returns what was written, by format, so nothing renders twice."""
    rendered = {}
    for format_name, (file_name, renderer) in RENDERERS.items():
        rendered[format_name] = renderer(report)
        write_text(reports_dir / file_name, rendered[format_name])
    return rendered
