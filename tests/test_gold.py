"""Extraction measured against the gold annotation of the bundled corpus (tests/gold/bundled.json)."""
from gold_score import score


def test_precision_and_recall_against_the_gold_annotation():
    result = score()
    report = f"precision {result.precision:.3f}, recall {result.recall:.3f}; missed {result.misses}; extra {result.extras}"
    assert result.precision >= 0.95, report
    assert result.recall >= 0.90, report


def test_the_gold_annotation_holds_its_offsets():
    import json
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    gold = json.loads((root / "tests" / "gold" / "bundled.json").read_text(encoding="utf-8"))["claims"]
    texts = {path.stem: path.read_bytes().decode("utf-8") for path in (root / "sources").glob("*.txt")}
    assert len(gold) >= 40
    for claim in gold:
        assert texts[claim["source"]][claim["start"]:claim["end"]] == claim["text"]
