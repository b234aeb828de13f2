"""The Dask engine: same bytes as the local engine, on a LocalCluster of two workers, from a
folder or an fsspec URL; incremental through the run state, and a bug on a worker contained."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from outputs import tree
from synthetic import write_corpus

from factcheck import article_step
from factcheck import engine as incremental
from factcheck.cli import main
from factcheck.engine import PARALLEL_THRESHOLD, check_corpus

distributed = pytest.importorskip("dask.distributed", reason="the dask extra is not installed: pip install -e '.[dask]'")
ROOT = Path(__file__).resolve().parent.parent


def _check(corpus: str, out: Path, *engine: str) -> None:
    code = main(["check", corpus, "--format", "json", "--quiet", "--fail-on", "never",
                 "--claims-dir", str(out / "claims"), "--reports-dir", str(out / "reports"), *engine])
    assert code == 0


def _tree(folder: Path) -> dict[str, bytes]:
    return tree(folder)


@pytest.fixture(scope="module")
def cluster():
    """A LocalCluster of two worker processes, shut down when the tests are done."""
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        yield cluster
    assert cluster.status.name == "closed"


def test_a_local_cluster_gives_the_bytes_of_the_local_engine(cluster, tmp_path):
    _check(str(ROOT / "sources"), tmp_path / "local")
    _check(str(ROOT / "sources"), tmp_path / "dask", "--engine", "dask", "--scheduler", cluster.scheduler_address)
    local, on_dask = _tree(tmp_path / "local"), _tree(tmp_path / "dask")
    assert len(local) > 5 and local == on_dask
    with distributed.Client(cluster) as client:
        assert len(client.scheduler_info()["workers"]) == 2


def test_a_corpus_at_an_fsspec_url_is_read_like_a_folder(cluster, tmp_path):
    shutil.copytree(ROOT / "sources", tmp_path / "corpus")
    _check(str(tmp_path / "corpus"), tmp_path / "folder")
    _check(f"file://{tmp_path / 'corpus'}", tmp_path / "url", "--engine", "dask", "--scheduler", cluster.scheduler_address)
    assert _tree(tmp_path / "folder" / "reports") == _tree(tmp_path / "url" / "reports")


def test_a_corpus_in_a_store_is_read_by_the_client_and_checked_on_the_workers(cluster, tmp_path):
    fsspec = pytest.importorskip("fsspec")
    memory = fsspec.filesystem("memory")
    for path in sorted((ROOT / "sources").iterdir()):
        memory.pipe_file(f"/dask-corpus/{path.name}", path.read_bytes())
    try:
        _check("memory://dask-corpus", tmp_path / "store", "--engine", "dask", "--scheduler", cluster.scheduler_address)
    finally:
        memory.rm("/dask-corpus", recursive=True)
    _check(str(ROOT / "sources"), tmp_path / "folder")
    for name in ("findings.json", "findings.csv", "findings.md", "findings.txt"):
        assert (tmp_path / "store" / "reports" / name).read_bytes() == (tmp_path / "folder" / "reports" / name).read_bytes()


def test_without_a_scheduler_a_local_cluster_is_started_and_stopped(tmp_path, capsys):
    _check(str(ROOT / "sources"), tmp_path / "own", "--engine", "dask", "--jobs", "2")
    assert "running on the Dask cluster at tcp://127.0.0.1" in capsys.readouterr().err


def test_a_url_needs_the_dask_engine(tmp_path, capsys):
    assert main(["check", f"file://{ROOT / 'sources'}", "--claims-dir", str(tmp_path / "c"),
                 "--reports-dir", str(tmp_path / "r")]) == 2
    assert "--engine dask" in capsys.readouterr().err


def test_jobs_1_jobs_2_and_dask_give_the_same_bytes(cluster, tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(ROOT / "sources", corpus)
    write_corpus(corpus, PARALLEL_THRESHOLD + 16)  # enough for the local engine's pool to be used
    for name, engine in (("one", ("--jobs", "1")), ("two", ("--jobs", "2")),
                         ("dask", ("--engine", "dask", "--scheduler", cluster.scheduler_address))):
        _check(str(corpus), tmp_path / name, *engine)
    one = _tree(tmp_path / "one")
    assert len(one) > PARALLEL_THRESHOLD and one == _tree(tmp_path / "two") == _tree(tmp_path / "dask")


def test_a_recheck_on_dask_reads_only_the_changed_article(cluster, tmp_path, monkeypatch):
    # Files here are written moments before they are checked; trust their times all the same.
    monkeypatch.setattr(incremental, "RACY_NS", 0)
    corpus = tmp_path / "corpus"
    shutil.copytree(ROOT / "sources", corpus)
    write_corpus(corpus, 24)
    with distributed.Client(cluster) as client:
        def run(out: Path) -> incremental.CheckResult:
            return check_corpus(corpus, out / "claims", out / "reports", jobs=2, github_dir="sources",
                                executor=client.get_executor(pure=False))

        first = run(tmp_path / "dask")
        assert first.read == first.extracted > 24
        edited = corpus / "article-00007.txt"
        edited.write_text(edited.read_text(encoding="utf-8") + "Officials said 41 buses were bought.\n", encoding="utf-8")
        again = run(tmp_path / "dask")
    assert (again.read, again.extracted) == (1, 1) and 1 <= again.restudied < first.restudied
    local = check_corpus(corpus, tmp_path / "local" / "claims", tmp_path / "local" / "reports", jobs=1,
                         github_dir="sources")
    assert local.tally.counts == again.tally.counts
    assert _tree(tmp_path / "local") == _tree(tmp_path / "dask")


MARKER = "Quetzalcoatl-poison"  # no article says this but the poisoned one


def _poisoned(real):
    def extract(article):
        if MARKER in article.text:
            raise ValueError("planted bug")
        return real(article)
    return extract


def test_a_bug_on_a_dask_worker_costs_its_article_only(tmp_path, monkeypatch):
    # Workers in this process (threads), so that the planted bug is theirs too.
    monkeypatch.setattr(article_step, "extract_claims", _poisoned(article_step.extract_claims))
    corpus = tmp_path / "corpus"
    shutil.copytree(ROOT / "sources", corpus)
    (corpus / "poison.txt").write_text(f"Nearly 300 companies met in Lima. {MARKER}\n", encoding="utf-8")
    with (distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None) as cluster,
          distributed.Client(cluster) as client):
        result = check_corpus(corpus, tmp_path / "claims", tmp_path / "reports", jobs=1,
                              executor=client.get_executor(pure=False))
    internal = [problem for problem in result.problems if problem.code == "internal-error"]
    assert [problem.path for problem in internal] == ["poison.txt"]
    assert "extracting its claims" in internal[0].reason and "ValueError: planted bug" in internal[0].reason
    report = json.loads((tmp_path / "reports" / "findings.json").read_text(encoding="utf-8"))
    assert "poison" not in [source["id"] for source in report["sources"]] and len(report["sources"]) > 1
