"""Scoring for the real-news evaluation: the judged sample, planted facts, and stories (B-cubed).

Only the stable parts of a report are read: a claim's source, start, end, text and sentence; a
finding's id, kind, verdict and claims; each source's story.
"""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ClaimKey = tuple[str, int, int]  # (source, start, end)
LABELS = ("real", "false")


@dataclass(frozen=True)
class Conflict:
    """A reported conflict, as much of it as the evaluation needs (it crosses process boundaries)."""

    folder: str
    id: str
    kind: str
    claims: tuple[tuple[str, int, int, str, str], ...]  # (source, start, end, text, sentence)

    @property
    def keys(self) -> frozenset[ClaimKey]:
        return frozenset((source, start, end) for source, start, end, _text, _sentence in self.claims)

    @property
    def sources(self) -> set[str]:
        return {claim[0] for claim in self.claims}


def conflict_of(folder: str, finding) -> Conflict:
    claims = tuple(sorted((c.source, c.start, c.end, c.text, getattr(c, "sentence", "")) for c in finding.claims))
    return Conflict(folder, finding.id, finding.kind, claims)


@dataclass(frozen=True)
class Judged:
    folder: str
    claims: tuple[tuple[str, int, int, str], ...]
    label: str
    cause: str
    note: str
    line: int  # 1-based, in the judged file

    @property
    def keys(self) -> frozenset[ClaimKey]:
        return frozenset((source, start, end) for source, start, end, _text in self.claims)


def load_judged(path: Path) -> list[Judged]:
    """The judged sample; a line with no label yet (a skeleton) is skipped, a bad line is an error
    that names the line."""
    judged = []
    if not path.exists():
        return judged
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            claims = tuple((str(s), int(a), int(b), str(t)) for s, a, b, t in row["claims"])
            label = row.get("label") or ""
        except (ValueError, KeyError, TypeError) as error:
            raise SystemExit(f"{path}:{number}: not a judged line ({error}); each line is a JSON object with "
                             "folder, claims ([source, start, end, text] lists), label, cause, note")
        if label and label not in LABELS:
            raise SystemExit(f"{path}:{number}: label {label!r} is neither 'real' nor 'false'")
        if label:
            judged.append(Judged(row.get("folder", ""), claims, label, row.get("cause", ""), row.get("note", ""), number))
    return judged


@dataclass
class JudgedIndex:
    judged: list[Judged]
    exact: dict[frozenset[ClaimKey], Judged] = field(default_factory=dict)
    by_claim: dict[ClaimKey, list[Judged]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for item in self.judged:  # a later line for the same claims wins: it is the newer judgement
            self.exact[item.keys] = item
            for key in item.keys:
                self.by_claim.setdefault(key, []).append(item)

    def match(self, conflict: Conflict) -> tuple[Judged | None, str]:
        """The judgement that holds for a conflict: one with exactly its claims ("exact"), else the
        largest judged one whose claims are all in it ("loose"; the newest line on a tie)."""
        keys = conflict.keys
        if keys in self.exact:
            return self.exact[keys], "exact"
        candidates = {id(j): j for key in keys for j in self.by_claim.get(key, []) if j.keys <= keys}
        if not candidates:
            return None, ""
        return max(candidates.values(), key=lambda j: (len(j.keys), j.line)), "loose"


@dataclass
class Precision:
    matched: int = 0
    real: int = 0
    loose: int = 0
    causes: Counter = field(default_factory=Counter)  # cause of every false alarm still reported

    @property
    def value(self) -> float | None:
        return self.real / self.matched if self.matched else None


def score_precision(conflicts: list[Conflict], index: JudgedIndex) -> tuple[Precision, list[Conflict]]:
    """Precision over the conflicts that have a judgement, and the conflicts that have none."""
    precision, unjudged = Precision(), []
    for conflict in conflicts:
        judged, how = index.match(conflict)
        if judged is None:
            unjudged.append(conflict)
            continue
        precision.matched += 1
        precision.loose += how == "loose"
        if judged.label == "real":
            precision.real += 1
        else:
            precision.causes[judged.cause] += 1
    return precision, unjudged


def skeleton(conflict: Conflict) -> str:
    """A JSONL line for a person to fill in (label, cause, note)."""
    return json.dumps({"folder": conflict.folder, "finding": conflict.id, "kind": conflict.kind,
                       "claims": [[s, a, b, t] for s, a, b, t, _sentence in conflict.claims],
                       "label": "", "cause": "", "note": ""}, ensure_ascii=False)


def bcubed(assigned: dict[str, str], gold: dict[str, str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of a clustering (item -> cluster) against gold classes.

    >>> bcubed({"a": "x", "b": "x", "c": "y"}, {"a": 1, "b": 1, "c": 1})
    (1.0, 0.5555555555555555, 0.7142857142857143)
    """
    items = sorted(gold)
    if not items:
        return 0.0, 0.0, 0.0
    cluster_size = Counter(assigned[i] for i in items)
    class_size = Counter(gold[i] for i in items)
    both = Counter((assigned[i], gold[i]) for i in items)
    precision = sum(both[assigned[i], gold[i]] / cluster_size[assigned[i]] for i in items) / len(items)
    recall = sum(both[assigned[i], gold[i]] / class_size[gold[i]] for i in items) / len(items)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def covers(claim: tuple, source: str, start: int, end: int) -> bool:
    """A claim (source, start, end, ...) whose span holds [start, end) of that source."""
    return claim[0] == source and claim[1] <= start and end <= claim[2]


@dataclass(frozen=True)
class Known:
    """A real discrepancy found by reading: statements of different articles that disagree."""

    folder: str
    statements: tuple[tuple[str, int, int, str], ...]
    note: str


def load_known(path: Path) -> list[Known]:
    known = []
    if not path.exists():
        return known
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            statements = tuple((str(s), int(a), int(b), str(t)) for s, a, b, t in row["statements"])
        except (ValueError, KeyError, TypeError) as error:
            raise SystemExit(f"{path}:{number}: not a known discrepancy ({error}); each line is a JSON object with "
                             "folder, statements ([source, start, end, text] lists, two or more), note")
        known.append(Known(row.get("folder", ""), statements, row.get("note", "")))
    return known


def reported(known: Known, conflicts: list[Conflict]) -> bool:
    """Some conflict holds claims that overlap two statements of different articles."""
    def overlapping(claims, statement) -> bool:
        return any(c[0] == statement[0] and c[1] < statement[2] and statement[1] < c[2] for c in claims)
    return any(overlapping(conflict.claims, a) and overlapping(conflict.claims, b)
               for conflict in conflicts for i, a in enumerate(known.statements)
               for b in known.statements[i + 1:] if a[0] != b[0])
