"""The benchmark's corpus generator: deterministic, and its corpora check end to end (not timed)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from factcheck import check_report

ROOT = Path(__file__).resolve().parent.parent


def _generate(folder: Path, *extra: str) -> dict[str, bytes]:
    subprocess.run([sys.executable, str(ROOT / "bench" / "generate.py"), str(folder), "40", "--seed", "7", *extra],
                   check=True, capture_output=True)
    return {p.name: p.read_bytes() for p in sorted(folder.glob("*.txt"))}


def test_same_seed_same_corpus(tmp_path):
    first = _generate(tmp_path / "one")
    assert len(first) == 40 and first == _generate(tmp_path / "two")


def test_a_generated_corpus_has_planted_conflicts_within_its_stories(tmp_path):
    _generate(tmp_path / "sources")
    report = check_report(tmp_path / "sources", tmp_path / "claims")
    stories = {source.story for source in report.sources}
    assert 1 < len(stories) < 40
    conflicts = [f for f in report.findings if f.verdict == "conflict"]
    assert conflicts
    story_of = {source.id: source.story for source in report.sources}
    assert all(len({story_of[c.source] for c in f.claims}) == 1 for f in report.findings)
