"""The pipeline as plain functions: load -> extract (or reuse ledgers) -> align -> compare -> render."""
from __future__ import annotations

from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from .align import align
from .atomic import write_text
from .compare import compare, order_findings
from .derive import derived_findings
from .corpus import DEFAULT_MAX_BYTES, load_corpus
from .errors import LedgerInvalid
from .extractors import extract_claims
from .ledger import apply_edits, ledger_path, read_ledger, reusable_claims, write_ledger
from .models import Article, ClaimBase, Ledger, Problem, Report
from .report import RENDERERS
from .reviews import ReviewsFile, attach_reviews


@dataclass
class Extraction:
    articles: list[Article]
    claims: list[ClaimBase]
    problems: list[Problem]
    extracted: list[str] = field(default_factory=list)  # ids of sources extracted afresh this run


# Below this many articles to extract, starting worker processes costs more than it saves.
PARALLEL_THRESHOLD = 64


def extract_corpus(corpus_dir: Path, claims_dir: Path, max_bytes: int = DEFAULT_MAX_BYTES, jobs: int = 1,
                   progress: Callable[[int], None] | None = None) -> Extraction:
    """Claims of every article, re-extracting only what changed, and the ledgers written.

    ``jobs`` worker processes extract in parallel; the result (and every byte written) is the same
    as with one. ``progress`` is told how many more articles are done, as they finish.
    """
    articles, problems = load_corpus(corpus_dir, max_bytes)
    previous: dict[str, Ledger | None] = {}
    broken: set[str] = set()
    reused: dict[str, list[ClaimBase]] = {}
    for article in articles:
        source_id = article.source.id
        path = ledger_path(claims_dir, source_id)
        try:
            previous[source_id] = read_ledger(path)
        except LedgerInvalid as error:
            problems.append(Problem(path=str(path), code="ledger-invalid", reason=str(error)))
            previous[source_id], _ = None, broken.add(source_id)
            continue
        claims = reusable_claims(previous[source_id], article.source)
        if claims is not None:
            reused[source_id] = claims
    to_extract = [article for article in articles if article.source.id not in reused]
    fresh = dict(zip((a.source.id for a in to_extract), _extract_all(to_extract, jobs, progress)))
    all_claims: list[ClaimBase] = []
    for article in articles:
        source_id = article.source.id
        claims = reused.get(source_id) or fresh.get(source_id, [])
        ledger = previous[source_id]
        if source_id not in broken:  # a hand-broken ledger is never overwritten
            write_ledger(ledger_path(claims_dir, source_id), article.source, claims, ledger)
        all_claims.extend(apply_edits(claims, ledger.edits) if ledger else claims)
    return Extraction(articles, all_claims, problems, [a.source.id for a in to_extract])


def _extract_all(articles: list[Article], jobs: int, progress: Callable[[int], None] | None) -> Iterator[list[ClaimBase]]:
    """extract_claims over articles, in order, in this process or in ``jobs`` worker processes."""
    if jobs <= 1 or len(articles) < PARALLEL_THRESHOLD:
        for article in articles:
            yield extract_claims(article)
            if progress:
                progress(1)
        return
    chunk = max(1, min(64, len(articles) // (jobs * 8)))
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        for claims in pool.map(extract_claims, articles, chunksize=chunk):
            yield claims
            if progress:
                progress(1)


def build_report(extraction: Extraction, reviews: ReviewsFile | None = None) -> Report:
    sources = [a.source for a in extraction.articles]
    findings = order_findings(compare(align(extraction.claims)) + derived_findings(extraction.claims, sources))
    if reviews is not None:
        findings = attach_reviews(findings, reviews)
    return Report(sources=sources, findings=findings, problems=extraction.problems)


def write_reports(report: Report, reports_dir: Path) -> None:
    for file_name, renderer in RENDERERS.values():
        write_text(reports_dir / file_name, renderer(report))
