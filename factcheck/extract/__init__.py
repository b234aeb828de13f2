"""The extractor table: each claim kind, in the order they run, and the function that finds it.

Order matters: a span claimed by an earlier extractor is not read again by a later one (a year is
a date, not a count; "20 per cent" is a percentage, not a count of 20).
"""
from __future__ import annotations

import hashlib
import importlib
from collections.abc import Callable, Sequence
from pathlib import Path

from ..kinds import REGISTRY
from ..models import Article, ClaimBase, Problem
from .base import MAX_CLAIMS_PER_ARTICLE, Page
from .subjects import clause_bounds
from .timex import range_ends


def _code_version() -> str:
    """A digest of the code that extraction runs: any change to it re-extracts every ledger, so a
    ledger can never hold claims an older extractor made (no version number to forget to bump)."""
    package = Path(__file__).resolve().parent.parent
    # Besides the extractors: what they read (models, vocabulary) and what decides which opening lines
    # are datelines and page stamps, never claims.
    shared = ("text.py", "chrono.py", "align/stories.py", "models.py", "kinds.py", "load/dateline.py", "load/stamps.py")
    files = sorted(Path(__file__).parent.glob("*.py")) + [package / name for name in shared]
    digest = hashlib.sha1()
    for path in files:
        digest.update(path.name.encode() + b"\0" + path.read_bytes().replace(b"\r\n", b"\n"))
    return digest.hexdigest()[:12]


EXTRACTOR_VERSION = _code_version()

def _extractor(name: str) -> Callable[[Page], Sequence[ClaimBase]]:
    module, function = name.split(":")
    return getattr(importlib.import_module(f"{__name__}.{module}"), function)


# Each kind and the function that finds it, in the order they run (kinds.py: extract_rank).
EXTRACTORS: Sequence[tuple[str, Callable[[Page], Sequence[ClaimBase]]]] = tuple(
    (spec.name, _extractor(spec.extractor)) for spec in sorted(REGISTRY, key=lambda spec: spec.extract_rank))


def extract_claims(article: Article) -> list[ClaimBase]:
    """Every claim of one article, ordered by position then kind."""
    page = Page(article)
    claims: list[ClaimBase] = []
    for _kind, extractor in EXTRACTORS:
        claims.extend(extractor(page))
    _date_signed_documents(page, claims)
    return sorted(claims, key=lambda claim: (claim.start, claim.end, claim.kind))[:MAX_CLAIMS_PER_ARTICLE]


def extract_time_expressions(article: Article) -> list[ClaimBase]:
    """The article's date claims and its vague time expressions ("now", "recently": TimeML's
    PRESENT_REF/PAST_REF/FUTURE_REF, which are no claims), ordered by position: what a TimeML
    comparison reads. Durations are claims of their own kind and are not included."""
    page = Page(article)
    claims: list[ClaimBase] = []
    for _kind, extractor in EXTRACTORS:
        claims.extend(extractor(page))
    dates = [end for claim in claims if claim.kind == "date" for end in _timex_ends(claim)] + page.vague_dates
    return sorted(dates, key=lambda claim: (claim.start, claim.end))


def _timex_ends(claim: ClaimBase) -> list[ClaimBase]:
    """A date claim as TimeML reads it: a range told in words is two expressions, one per end."""
    ends = range_ends(claim.text, claim.value)  # type: ignore[arg-type]
    if ends is None:
        return [claim]
    return [claim.model_copy(update={"start": claim.start + start, "end": claim.start + end,
                                     "text": claim.text[start:end], "value": value}) for start, end, value in ends]


def capped(claims: Sequence[ClaimBase], shown: str) -> Problem | None:
    """The problem to report when an article's machine claims reached the cap (read from the claims,
    so a ledger reused in a later run reports it too)."""
    if len(claims) < MAX_CLAIMS_PER_ARTICLE:
        return None
    return Problem(path=shown, code="capped", reason=(
        f"the article reached the limit of {MAX_CLAIMS_PER_ARTICLE:,} claims; the rest of it was not read for "
        "claims (is it many articles in one file? split it into one file per article)"))


def _date_signed_documents(page: Page, claims: list[ClaimBase]) -> None:
    """A date in the same clause as a named document dates that document ("adopted a Joint
    Declaration on ... in July 2024"): the document's name is the most specific subject there is."""
    names = [claim for claim in claims if claim.kind == "name" and claim.value.topic]
    for claim in claims:
        if claim.kind != "date":
            continue
        sentence_start, sentence_end = page.sentence_at(claim.start)
        clause_start, clause_end = clause_bounds(page.text, sentence_start, sentence_end, claim.start, claim.end)
        inside = [name for name in names if clause_start <= name.start and name.end <= clause_end]
        if len(inside) == 1:
            claim.subject = inside[0].text
            claim.frame.thing = inside[0].text
