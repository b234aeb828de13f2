"""The Dask engine: same bytes as the local engine, on a LocalCluster of two workers, from a
folder or an fsspec URL."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from outputs import tree

from factcheck.cli import main

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


def test_without_a_scheduler_a_local_cluster_is_started_and_stopped(tmp_path, capsys):
    _check(str(ROOT / "sources"), tmp_path / "own", "--engine", "dask", "--jobs", "2")
    assert "running on the Dask cluster at tcp://127.0.0.1" in capsys.readouterr().err


def test_a_url_needs_the_dask_engine(tmp_path, capsys):
    assert main(["check", f"file://{ROOT / 'sources'}", "--claims-dir", str(tmp_path / "c"),
                 "--reports-dir", str(tmp_path / "r")]) == 2
    assert "--engine dask" in capsys.readouterr().err
