"""SARIF 2.1.0 (``--format sarif``, ``reports/findings.sarif``): conflicts for code scanning.

One result per conflict, with a rule per kind (``date-conflict``, ``count-conflict``...). The
result's location is its first claim, the other claims are related locations; each names the
article by its path from the repository root (as the GitHub annotations do, github_report.py) with
the claim's start and end line and column, counted from the claim's offsets into the article
(read back while its content hash still matches; else the location has no region rather than a
wrong one). Columns count Unicode code points (``columnKind``). A reviewed conflict is kept, with
an external suppression (its review) so that code scanning shows it as dismissed.

Deterministic like every report: no timestamps, no tool version, findings in report order.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from urllib.parse import quote

from pydantic_core import PydanticSerializationError, to_json

from ..kinds import KINDS
from ..models import ClaimBase, Finding, Source
from ..safetext import json_safe
from .fragments import Context, Row, Tally, Write
from .github_report import CORPUS_DIR, annotation_path

SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
SUPPRESSION_STATUS = {"confirmed": "accepted", "dismissed": "accepted", "explained": "accepted"}


def rule_id(kind: str) -> str:
    return f"{kind}-conflict"


def _rules() -> list[dict]:
    return [{"id": rule_id(kind), "name": f"{kind.capitalize()}Conflict",
             "shortDescription": {"text": f"Sources disagree ({kind})"},
             "fullDescription": {"text": f"Two or more articles state {kind} claims about the same thing that "
                                         "cannot all be true."},
             "help": {"text": "Check the sources, correct the article or its ledger, then record what you found: "
                              "factcheck review ID --status confirmed|dismissed|explained --note \"...\""},
             "defaultConfiguration": {"level": "error"}} for kind in KINDS]


def finding_fragment(finding: Finding, context: Context) -> str:
    """A conflict's result as JSON, indented as an item of ``results``; nothing for other findings."""
    if finding.verdict != "conflict" or not finding.claims:
        return ""
    first, *others = finding.claims
    result: dict = {
        "ruleId": rule_id(finding.kind),
        "ruleIndex": KINDS.index(finding.kind) if finding.kind in KINDS else -1,
        "level": "error",
        "message": {"text": _message(finding)},
        "locations": [_location(first, context)],
    }
    if others:
        result["relatedLocations"] = [{"id": number, **_location(claim, context)}
                                      for number, claim in enumerate(others, start=1)]
    result["partialFingerprints"] = {"factcheckFindingId/v1": finding.id}
    if finding.review is not None and finding.reviewed:
        result["suppressions"] = [{"kind": "external", "status": SUPPRESSION_STATUS.get(finding.review.status, "accepted"),
                                   "justification": f"{finding.review.status}: {finding.review.note}".rstrip(": ")}]
    result["properties"] = {"finding": finding.id, "kind": finding.kind, "subject": finding.subject}
    return json_safe(_indented(result)).replace("\n", "\n        ")


def _indented(value: dict) -> str:
    """``json.dumps(value, ensure_ascii=False, indent=2)``, byte for byte, by pydantic-core: the json
    module indents in Python, ten times as slow. A text it cannot write as UTF-8 (a lone surrogate)
    goes to the json module, which writes it as it always did."""
    try:
        return to_json(value, indent=2).decode()
    except PydanticSerializationError:
        return json.dumps(value, ensure_ascii=False, indent=2)


def write_sarif(write: Write, tally: Tally, rows: Iterable[Row], sources: Sequence[Source]) -> None:
    head = {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [{
        "tool": {"driver": {"name": "factcheck", "rules": _rules()}},
        "columnKind": "unicodeCodePoints", "results": []}]}
    text = json.dumps(head, ensure_ascii=False, indent=2)
    before, after = text.split('"results": []', 1)
    write(before + '"results": [')
    first = True
    for _, fragment in rows:
        if fragment:
            write("\n        " if first else ",\n        ")
            write(fragment)
            first = False
    write(("]" if first else "\n      ]") + after + "\n")


def _message(finding: Finding) -> str:
    says = "; ".join(f'{claim.source} says "{claim.text}"' for claim in finding.claims)
    return f"{finding.explanation} ({finding.kind}: {finding.subject}). {says}. Finding {finding.id}."


def _location(claim: ClaimBase, context: Context) -> dict:
    source = context.sources.get(claim.source)
    if source is None:
        return {"message": {"text": f'{claim.source} says "{claim.text}"'}}
    # Once per source (two Paths and a quote a claim were a fifth of SARIF's fragments).
    uri = context.once("sarif-uri", source.id, lambda: _uri(annotation_path(source, context.corpus_dir or CORPUS_DIR)))
    physical: dict = {"artifactLocation": {"uri": uri}}
    if claim.line is not None and claim.column is not None:
        # The claim's text is the file's text between its offsets: where it ends follows from it.
        breaks = claim.text.count("\n")
        end_column = len(claim.text) - claim.text.rfind("\n") if breaks else claim.column + len(claim.text)
        physical["region"] = {"startLine": claim.line, "startColumn": claim.column, "endLine": claim.line + breaks,
                              "endColumn": end_column, "snippet": {"text": claim.text}}
    return {"physicalLocation": physical, "message": {"text": f'{claim.source} says "{claim.text}"'}}


def _uri(path: str) -> str:
    """A relative URI from the repository root, or a file URI for an absolute path."""
    if Path(path).is_absolute():
        return Path(path).as_uri()
    return quote(path, safe="/")
