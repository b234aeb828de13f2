"""The corpus annotators' time expressions (ecbplus-dev-times.jsonl) against factcheck's claims.

Two measures: how many annotated dates and durations a claim of that kind covers (extraction recall
on real text), and how many times a conflict puts on opposite sides two mentions that the
annotators linked as one time (`same_time_as`): such a conflict is false by the annotation itself.
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path

from factcheck.models import Report

ClaimKey = tuple[str, int, int]
KIND_OF_TAG = {"TIME_DATE": "date", "TIME_DURATION": "duration"}


@dataclass(frozen=True)
class Mention:
    source: str
    start: int
    end: int
    kind: str  # date | duration
    same_time_as: str | None


@dataclass
class TimeClaims:
    """What one folder's report says about times, as much as the measures need."""

    spans: dict[str, list[ClaimKey]] = field(default_factory=dict)  # kind -> claim spans of that kind
    opposed: list[tuple[ClaimKey, ClaimKey]] = field(default_factory=list)  # dates of one conflict that do not overlap


def time_claims(report: Report) -> TimeClaims:
    found = TimeClaims()
    for finding in report.findings:
        for claim in finding.claims:
            found.spans.setdefault(claim.kind, []).append((claim.source, claim.start, claim.end))
        if finding.verdict == "conflict" and finding.kind == "date":
            found.opposed += _disjoint_pairs(finding.claims)
    return found


def _disjoint_pairs(claims: list) -> list[tuple[ClaimKey, ClaimKey]]:
    """Pairs of date claims of different articles whose intervals do not overlap (read tolerantly:
    a claim without both ends is left out)."""
    dated = []
    for claim in claims:
        value = getattr(claim, "value", None)
        start, end = getattr(value, "start", None), getattr(value, "end", None)
        if isinstance(start, dt.date) and isinstance(end, dt.date):
            dated.append(((claim.source, claim.start, claim.end), start, end))
    return [(a, b) for i, (a, a_start, a_end) in enumerate(dated) for b, b_start, b_end in dated[i + 1:]
            if a[0] != b[0] and (a_end < b_start or b_end < a_start)]


def load_times(path: Path) -> list[Mention]:
    """The annotated dates and durations, by source id (the file name without extension)."""
    mentions = []
    if not path.exists():
        return mentions
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row.get("tag") in KIND_OF_TAG:
            mentions.append(Mention(Path(row["file"]).stem, int(row["start"]), int(row["end"]),
                                    KIND_OF_TAG[row["tag"]], row.get("same_time_as")))
    return mentions


def _overlaps(key: ClaimKey, mention: Mention) -> bool:
    return key[0] == mention.source and key[1] < mention.end and mention.start < key[2]


@dataclass
class TimeScores:
    covered: dict[str, tuple[int, int]]  # kind -> (annotated mentions a claim of that kind overlaps, all)
    linked_opposed: int  # pairs of opposed claims that overlap two mentions of one annotated time


def score_times(mentions: list[Mention], claims: list[TimeClaims], sources: set[str]) -> TimeScores:
    """Only the mentions of the sources that were checked count (``--folders`` runs a subset)."""
    mentions = [m for m in mentions if m.source in sources]
    by_source: dict[str, dict[str, list[ClaimKey]]] = {}
    for found in claims:
        for kind, keys in found.spans.items():
            for key in keys:
                by_source.setdefault(key[0], {}).setdefault(kind, []).append(key)
    covered = {}
    for kind in ("date", "duration"):
        of_kind = [m for m in mentions if m.kind == kind]
        hits = sum(any(_overlaps(key, m) for key in by_source.get(m.source, {}).get(kind, [])) for m in of_kind)
        covered[kind] = (hits, len(of_kind))
    linked = [m for m in mentions if m.same_time_as]
    opposed = 0
    for found in claims:
        for a, b in found.opposed:
            times_a = {m.same_time_as for m in linked if _overlaps(a, m)}
            opposed += any(_overlaps(b, m) and m.same_time_as in times_a for m in linked)
    return TimeScores(covered, opposed)
