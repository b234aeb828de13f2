"""Precision and recall of extraction against the gold annotation of the bundled corpus.

A found claim matches a gold claim of the same source and kind whose span it overlaps (each gold
claim matches at most once). Run as a script to see the misses and the extras:
    .venv/bin/python tests/gold_score.py
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from factcheck.extract import extract_claims
from factcheck.load.corpus import load_corpus

ROOT = Path(__file__).resolve().parent.parent
GOLD = Path(__file__).parent / "gold" / "bundled.json"


@dataclass
class Score:
    precision: float
    recall: float
    matched: int
    found: int
    gold: int
    misses: list[dict]
    extras: list[tuple[str, str, str]]


def score() -> Score:
    gold = json.loads(GOLD.read_text(encoding="utf-8"))["claims"]
    articles, _ = load_corpus(ROOT / "sources")
    found = [claim for article in articles for claim in extract_claims(article)]
    unmatched_gold = list(gold)
    extras = []
    for claim in found:
        match = next((g for g in unmatched_gold if g["source"] == claim.source and g["kind"] == claim.kind
                      and g["start"] < claim.end and claim.start < g["end"]), None)
        if match is None:
            extras.append((claim.source, claim.kind, claim.text))
        else:
            unmatched_gold.remove(match)
    matched = len(gold) - len(unmatched_gold)
    return Score(matched / len(found) if found else 0.0, matched / len(gold), matched, len(found), len(gold),
                 unmatched_gold, extras)


if __name__ == "__main__":
    result = score()
    print(f"precision {result.precision:.3f} ({result.matched}/{result.found}), recall {result.recall:.3f} ({result.matched}/{result.gold})")
    for miss in result.misses:
        print("missed:", miss["source"], miss["kind"], repr(miss["text"]))
    for extra in result.extras:
        print("extra: ", *extra)
