"""claims/<source-id>.json: the machine's claims for one source, and editors' corrections.

The machine rewrites ``claims`` on every run where the source changed; it never touches ``edits``.
A ledger that does not parse is never overwritten: the run reports it and leaves it alone.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from ..errors import LedgerInvalid
from ..extract import EXTRACTOR_VERSION
from ..models import ClaimBase, Frame, Ledger, LedgerEdits, Problem, Source
from .atomic import write_text
from .jsonfile import read_record

# A file name may have 255 bytes on most file systems; an atomic write adds 22 to the ledger's own
# name for its temporary file, and ".json" takes 5 more.
MAX_LEDGER_STEM_BYTES = 200


def ledger_path(claims_dir: Path, source_id: str) -> Path:
    """claims/<source id>.json; a source id too long for a file name keeps its first 150 bytes
    and gets a digest of the whole id (the same id always gets the same name)."""
    return claims_dir / ledger_name(source_id)


def ledger_name(source_id: str) -> str:
    """The file name of a source's ledger (ledger_path's last part)."""
    encoded = source_id.encode("utf-8", "surrogateescape")
    if len(encoded) <= MAX_LEDGER_STEM_BYTES:
        return f"{source_id}.json"
    head = encoded[:150].decode("utf-8", "ignore")  # never half a character
    return f"{head}~{hashlib.sha1(encoded).hexdigest()[:16]}.json"


def read_ledger(path: Path, text_length: int | None = None) -> Ledger | None:
    """The ledger at path, None when there is none; LedgerInvalid (with line and column) when it
    was edited into something that is not a ledger. ``text_length``: the article's, which the
    offsets of claims added by hand must stay within."""
    return read_record(path, Ledger, check=lambda ledger: _check_added(ledger, text_length))


@dataclass
class OpenLedger:
    """A source's ledger as a run finds it: what it held, or why it cannot be used."""

    path: Path
    previous: Ledger | None
    problem: Problem | None = None  # broken by hand: reported, and never overwritten
    stat: tuple[int, ...] | None = None  # the file as it was read: another look tells whether it changed since
    notice: Problem | None = None  # its edits changed while the run went on (the new ones were kept)
    text_length: int | None = None  # the article's: claims added by hand must stay within it, on a re-read too

    def reusable(self, source: Source) -> tuple[list[ClaimBase], dict[str, int]] | None:
        return reusable_claims(self.previous, source)

    def settle(self, source: Source, claims: list[ClaimBase], terms: dict[str, int]) -> list[ClaimBase]:
        """Write the machine's claims (unless the ledger is broken) and return them after editors' edits.

        Extracting a large article takes a while, and an editor may save the ledger meanwhile:
        the file is looked at again just before it is written, and edits made since it was read win."""
        self._catch_up()
        if self.problem is None:
            write_ledger(self.path, source, claims, self.previous, terms)
        return apply_edits(claims, self.previous.edits) if self.previous else claims

    def _catch_up(self) -> None:
        """Read the ledger again if its file changed since it was opened; say so if its edits did."""
        if _stat(self.path) == self.stat:
            return
        before = self.previous.edits if self.previous else LedgerEdits()
        again = open_ledger(self.path, self.text_length)
        self.previous, self.problem, self.stat = again.previous, again.problem, again.stat
        after = self.previous.edits if self.previous else LedgerEdits()
        if self.problem is None and after != before:
            self.notice = Problem(path=str(self.path), code="ledger-edited", reason=(
                "was edited while this check ran: the edits now in the file were kept, and the claims and "
                "reports use them; nothing to do"))


def open_ledger(path: Path, text_length: int | None = None) -> OpenLedger:
    stat = _stat(path)
    try:
        return OpenLedger(path, read_ledger(path, text_length), stat=stat, text_length=text_length)
    except LedgerInvalid as error:
        return OpenLedger(path, None, Problem(path=str(path), code="ledger-invalid", reason=str(error)), stat=stat,
                          text_length=text_length)


def _stat(path: Path) -> tuple[int, ...] | None:
    """What changes when a file is written: size, times, inode (a rename over it); None: no file."""
    try:
        found = path.stat()
    except OSError:
        return None
    return found.st_size, found.st_mtime_ns, found.st_ctime_ns, found.st_ino


def _check_added(ledger: Ledger, text_length: int | None = None) -> tuple[tuple[object, ...], str] | None:
    """Claims an editor added must make sense as well as parse: comparison relies on it, reports
    quote the article at their offsets, and rejections and reviews find claims by id."""
    machine = {claim.id for claim in ledger.claims}
    added: dict[str, int] = {}
    for index, claim in enumerate(ledger.edits.added):
        where = ("edits", "added", index)
        if claim.source != ledger.source.id:
            return (*where, "source"), f"a claim added to this ledger is a claim of its source: write \"{ledger.source.id}\""
        if claim.id in machine or claim.id in added:
            other = "a machine claim of this ledger" if claim.id in machine else f"edits.added[{added[claim.id]}]"
            return (*where, "id"), f"id '{claim.id}' is already used by {other}; give each added claim an id of its own"
        added[claim.id] = index
        found = claim_inconsistency(claim)
        if found is not None:
            return (*where, *found[0]), found[1]
        if text_length is not None and claim.end > text_length:
            return (*where, "end"), (f"end {claim.end} is past the end of the article ({text_length} characters); "
                                     "offsets count characters of the article file's text")
    return None


def claim_inconsistency(claim: ClaimBase) -> tuple[tuple[str, ...], str] | None:
    """(where in the claim, what is wrong) when a claim's values contradict each other, else None.

    The machine never writes such a claim (a property test holds it to that); an editor may."""
    if claim.start < 0:
        return ("start",), f"start {claim.start} is negative: offsets count characters from the start of the file"
    if claim.end < claim.start:
        return ("end",), f"end {claim.end} is before start {claim.start}"
    found = claim.value.inconsistency()  # each kind's value record knows its own invariants
    return (("value", found[0]), found[1]) if found else None


def reusable_claims(ledger: Ledger | None, source: Source) -> tuple[list[ClaimBase], dict[str, int]] | None:
    """The ledger's machine claims and story terms when its source and extractor are unchanged."""
    if ledger is None or ledger.extractor_version != EXTRACTOR_VERSION or ledger.source != source:
        return None
    return list(ledger.claims), dict(ledger.terms)


def write_ledger(path: Path, source: Source, claims: list[ClaimBase], previous: Ledger | None,
                 terms: dict[str, int] | None = None) -> None:
    edits = previous.edits if previous is not None else LedgerEdits()
    ledger = Ledger(extractor_version=EXTRACTOR_VERSION, source=source, claims=claims, terms=terms or {}, edits=edits)
    if ledger == previous:
        return  # unchanged: leave the file (its layout, if an editor's, and its modification time) alone
    text = ledger.model_dump_json(indent=2) + "\n"
    if _current_text(path) == text:
        return
    write_text(path, text)


def _current_text(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def apply_edits(claims: list[ClaimBase], edits: LedgerEdits) -> list[ClaimBase]:
    """Editors' corrections over the machine's claims: rejected ones go, subjects change, added ones join."""
    rejected = set(edits.rejected)
    kept = []
    for claim in claims:
        if claim.id in rejected:
            continue
        if claim.id in edits.subjects:
            # The editor's subject replaces the frame read by the machine: the claim lines up by it.
            claim = claim.model_copy(update={"subject": edits.subjects[claim.id], "frame": Frame()})
        kept.append(claim)
    added = [claim.model_copy(update={"origin": "editor"}) for claim in edits.added]
    return kept + added
