"""Parallel extraction gives the same bytes as one process."""
from __future__ import annotations

from pathlib import Path

import pytest
from outputs import tree

from factcheck.cli import main
from factcheck.engine import PARALLEL_THRESHOLD
from factcheck.errors import OutputNotWritable
from factcheck.report.formats import FORMATS
from factcheck.workers import in_order, worker_pool

ROOT = Path(__file__).resolve().parent.parent


def _tree(folder: Path) -> dict[str, bytes]:
    return tree(folder)


def test_two_workers_write_the_same_bytes_as_one(tmp_path):
    corpus = tmp_path / "sources"
    corpus.mkdir()
    articles = sorted((ROOT / "sources").glob("*.txt"))
    copies = PARALLEL_THRESHOLD // len(articles) + 2
    for number in range(copies):
        for article in articles:
            text = article.read_text(encoding="utf-8").replace("300", str(300 + number))
            (corpus / f"{number:03d}_{article.name}").write_text(text, encoding="utf-8")
    outputs = {}
    for jobs in ("1", "2"):
        out = tmp_path / f"jobs{jobs}"
        code = main(["check", str(corpus), "--jobs", jobs, "--quiet", "--fail-on", "never", "--format", "json",
                     "--claims-dir", str(out / "claims"), "--reports-dir", str(out / "reports")])
        assert code == 0
        outputs[jobs] = _tree(out)
    assert len(outputs["1"]) == copies * len(articles) + len(FORMATS)  # ledgers, and one file per report format
    assert outputs["1"] == outputs["2"]


def _unwritable(path: str) -> None:
    raise OutputNotWritable(path=Path(path), detail="read-only file system")


def test_an_error_raised_on_purpose_in_a_worker_reaches_the_run_as_itself():
    # Not a broken pool (exit 3): the error with its message (exit 2), as when raised in the run itself.
    with worker_pool(1) as pool, pytest.raises(OutputNotWritable, match="cannot write /claims/a.json: read-only"):
        list(in_order(pool, _unwritable, ["/claims/a.json"], 2))
