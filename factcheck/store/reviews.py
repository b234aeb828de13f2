"""The reviews file: editors' verdicts on findings, kept at the corpus root (reviews.json).

A review stores the finding's fingerprint; when the finding's claims change, the fingerprints no
longer match and the finding counts as unreviewed again. The file is plain JSON that editors may
edit by hand; an invalid one is reported with line and column and never overwritten.
"""
from __future__ import annotations

from pathlib import Path

from pydantic import Field

from ..errors import ReviewsInvalid
from ..models import SCHEMA_VERSION, Finding, Record, Review
from .atomic import write_text
from .jsonfile import read_record

REVIEWS_FILE = "reviews.json"


class ReviewsFile(Record):
    schema_version: str = SCHEMA_VERSION
    reviews: dict[str, Review] = Field(default_factory=dict, description="finding id -> review")


def reviews_path(corpus_dir: Path) -> Path:
    return corpus_dir / REVIEWS_FILE


def read_reviews(path: Path) -> ReviewsFile:
    """The reviews at path (none when there is no file); ReviewsInvalid, with line and column, when
    the file was edited into something that is not a reviews file."""
    return read_record(path, ReviewsFile, ReviewsInvalid) or ReviewsFile()


def record_review(path: Path, finding_id: str, fingerprint: str, status: str, note: str) -> Review:
    """Add (or replace) the review of a finding, as it is now (its fingerprint), to the file."""
    reviews = read_reviews(path)
    review = Review(status=status, note=note, fingerprint=fingerprint)
    reviews.reviews[finding_id] = review
    reviews.reviews = dict(sorted(reviews.reviews.items()))
    write_text(path, reviews.model_dump_json(indent=2) + "\n")
    return review


def attach_reviews(findings: list[Finding], reviews: ReviewsFile) -> list[Finding]:
    return [finding.model_copy(update={"review": reviews.reviews.get(finding.id)}) for finding in findings]


def review_label(finding: Finding) -> str:
    """What editors said of a finding: 'confirmed: note', 'changed since review', or ''."""
    if finding.review is None:
        return ""
    if not finding.reviewed:
        return f"changed since it was {finding.review.status}"
    return f"{finding.review.status}: {finding.review.note}" if finding.review.note else finding.review.status


def unreviewed_conflicts(findings: list[Finding]) -> list[Finding]:
    """Conflicts nobody has reviewed, or whose claims changed since their review."""
    return [finding for finding in findings if finding.verdict == "conflict" and not finding.reviewed]
