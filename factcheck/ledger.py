"""claims/<source-id>.json: the machine's claims for one source, and editors' corrections.

The machine rewrites ``claims`` on every run where the source changed; it never touches ``edits``.
A ledger that does not parse is never overwritten: the run reports it and leaves it alone.
"""
from __future__ import annotations

import json
from pathlib import Path

from pydantic import TypeAdapter, ValidationError

from .atomic import write_text
from .errors import LedgerInvalid
from .extractors import EXTRACTOR_VERSION
from .models import Claim, ClaimBase, Ledger, LedgerEdits, Source

_CLAIMS = TypeAdapter(list[Claim])


def ledger_path(claims_dir: Path, source_id: str) -> Path:
    return claims_dir / f"{source_id}.json"


def read_ledger(path: Path) -> Ledger | None:
    """The ledger at path, None when there is none; LedgerInvalid (with line and column) when it
    was edited into something that is not a ledger."""
    if not path.exists():
        return None
    text = path.read_text(encoding="utf-8")
    try:
        # pydantic's own JSON parser is several times faster than json.loads and a validation;
        # the slow path below only runs to say where a broken ledger is broken.
        return Ledger.model_validate_json(text)
    except ValidationError:
        pass
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise LedgerInvalid(path=path, line=error.lineno, column=error.colno, detail=f"not valid JSON: {error.msg}") from error
    try:
        return Ledger.model_validate(data)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        line, column = _locate(text, first["loc"])
        raise LedgerInvalid(path=path, line=line, column=column, detail=f"{where}: {first['msg']}") from error


def _locate(text: str, location: tuple[object, ...]) -> tuple[int, int]:
    """Best-effort line and column of the last named field of a validation error."""
    names = [part for part in location if isinstance(part, str)]
    if names:
        position = text.find(f'"{names[-1]}"')
        if position >= 0:
            line = text.count("\n", 0, position) + 1
            return line, position - (text.rfind("\n", 0, position) + 1) + 1
    return 1, 1


def reusable_claims(ledger: Ledger | None, source: Source) -> tuple[list[ClaimBase], dict[str, int]] | None:
    """The ledger's machine claims and story terms when its source and extractor are unchanged."""
    if ledger is None or ledger.extractor_version != EXTRACTOR_VERSION or ledger.source != source:
        return None
    return list(ledger.claims), dict(ledger.terms)


def write_ledger(path: Path, source: Source, claims: list[ClaimBase], previous: Ledger | None,
                 terms: dict[str, int] | None = None) -> None:
    edits = previous.edits if previous is not None else LedgerEdits()
    ledger = Ledger(extractor_version=EXTRACTOR_VERSION, source=source, claims=claims, terms=terms or {}, edits=edits)
    text = ledger.model_dump_json(indent=2) + "\n"
    if path.exists() and path.read_text(encoding="utf-8") == text:
        return  # unchanged: leave the file (and its modification time) alone
    write_text(path, text)


def apply_edits(claims: list[ClaimBase], edits: LedgerEdits) -> list[ClaimBase]:
    """Editors' corrections over the machine's claims: rejected ones go, subjects change, added ones join."""
    rejected = set(edits.rejected)
    kept = []
    for claim in claims:
        if claim.id in rejected:
            continue
        if claim.id in edits.subjects:
            claim = claim.model_copy(update={"subject": edits.subjects[claim.id]})
        kept.append(claim)
    added = [claim.model_copy(update={"origin": "editor"}) for claim in edits.added]
    return kept + added
