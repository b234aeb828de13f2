"""The pipeline as plain functions: load -> extract (or reuse ledgers) -> align -> compare -> render."""
from __future__ import annotations

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
from .models import Article, ClaimBase, Problem, Report
from .report import RENDERERS
from .reviews import ReviewsFile, attach_reviews


@dataclass
class Extraction:
    articles: list[Article]
    claims: list[ClaimBase]
    problems: list[Problem]
    extracted: list[str] = field(default_factory=list)  # ids of sources extracted afresh this run


def extract_corpus(corpus_dir: Path, claims_dir: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Extraction:
    """Claims of every article, re-extracting only what changed, and the ledgers written."""
    articles, problems = load_corpus(corpus_dir, max_bytes)
    all_claims: list[ClaimBase] = []
    extracted: list[str] = []
    for article in articles:
        path = ledger_path(claims_dir, article.source.id)
        try:
            previous = read_ledger(path)
        except LedgerInvalid as error:
            problems.append(Problem(path=str(path), code="ledger-invalid", reason=str(error)))
            claims = extract_claims(article)
            extracted.append(article.source.id)
            all_claims.extend(claims)
            continue
        claims = reusable_claims(previous, article.source)
        if claims is None:
            claims = extract_claims(article)
            extracted.append(article.source.id)
        write_ledger(path, article.source, claims, previous)
        all_claims.extend(apply_edits(claims, previous.edits) if previous else claims)
    return Extraction(articles, all_claims, problems, extracted)


def build_report(extraction: Extraction, reviews: ReviewsFile | None = None) -> Report:
    sources = [a.source for a in extraction.articles]
    findings = order_findings(compare(align(extraction.claims)) + derived_findings(extraction.claims, sources))
    if reviews is not None:
        findings = attach_reviews(findings, reviews)
    return Report(sources=sources, findings=findings, problems=extraction.problems)


def write_reports(report: Report, reports_dir: Path) -> None:
    for file_name, renderer in RENDERERS.values():
        write_text(reports_dir / file_name, renderer(report))
