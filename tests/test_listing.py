"""One loader, two listings: a corpus at an fsspec URL is discovered and checked by the rules and the
engine a local folder is (listing.py)."""
from __future__ import annotations

import shutil
import uuid
from pathlib import Path

import pytest

from factcheck import check_corpus, load_corpus

fsspec = pytest.importorskip("fsspec", reason="fsspec comes with the dask extra: pip install -e '.[dask]'")
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def store():
    """A fresh folder in fsspec's in-memory store (its URL), removed afterwards."""
    memory = fsspec.filesystem("memory")
    folder = f"/corpus-{uuid.uuid4().hex}"
    yield memory, folder
    if memory.exists(folder):
        memory.rm(folder, recursive=True)


def test_source_ids_at_a_url_are_compared_case_insensitively(store, tmp_path):
    memory, folder = store
    memory.pipe_file(f"{folder}/X.txt", b"Nearly 300 companies met in Lima.\n")
    memory.pipe_file(f"{folder}/x.md", b"Around 500 companies met in Lima.\n")
    articles, problems = load_corpus(f"memory://{folder}")
    assert [article.source.path for article in articles] == ["X.txt"]
    assert [(problem.path, problem.code) for problem in problems] == [("x.md", "duplicate-id")]
    (tmp_path / "local").mkdir()
    (tmp_path / "local" / "X.txt").write_bytes(b"Nearly 300 companies met in Lima.\n")
    (tmp_path / "local" / "x.md").write_bytes(b"Around 500 companies met in Lima.\n")
    assert load_corpus(tmp_path / "local")[1] == problems


def test_a_url_is_discovered_by_the_rules_of_a_folder(store):
    memory, folder = store
    for name in ("a.txt", "notes/b.md", "report.pdf", ".hidden/c.txt", "reviews.json"):
        memory.pipe_file(f"{folder}/{name}", b"Officials said 41 buses were bought.\n")
    articles, problems = load_corpus(f"memory://{folder}")
    assert [article.source.path for article in articles] == ["a.txt", "notes/b.md"]
    assert [(problem.path, problem.code) for problem in problems] == [("report.pdf", "not-an-article")]


def test_the_engine_checks_a_url_to_the_bytes_of_a_folder(store, tmp_path):
    memory, folder = store
    for path in sorted((ROOT / "sources").iterdir()):
        memory.pipe_file(f"{folder}/{path.name}", path.read_bytes())
    shutil.copytree(ROOT / "sources", tmp_path / "sources")
    url = check_corpus(f"memory://{folder}", tmp_path / "url" / "claims", tmp_path / "url" / "reports")
    local = check_corpus(tmp_path / "sources", tmp_path / "claims", tmp_path / "reports")
    assert url.tally.counts == local.tally.counts and url.extracted == local.extracted == 5
    for name in ("findings.json", "findings.csv", "findings.md", "findings.txt"):
        assert (tmp_path / "url" / "reports" / name).read_bytes() == (tmp_path / "reports" / name).read_bytes()
    # A store's files have no times to trust: read again, their ledgers reused, nothing extracted.
    again = check_corpus(f"memory://{folder}", tmp_path / "url" / "claims", tmp_path / "url" / "reports")
    assert (again.read, again.extracted) == (url.read, 0)
