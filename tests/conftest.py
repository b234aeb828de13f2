from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from factcheck import check_report

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "sources"
sys.path.insert(0, str(Path(__file__).parent))  # tests/casefiles.py


@pytest.fixture(scope="session")
def bundled_report(tmp_path_factory):
    """The report of the bundled corpus, made in a scratch folder (the repo's files are untouched)."""
    work = tmp_path_factory.mktemp("bundled")
    shutil.copytree(SOURCES, work / "sources")
    return check_report(work / "sources", work / "claims")


@pytest.fixture
def corpus(tmp_path):
    """A scratch corpus folder; write articles into it with corpus / 'name.txt'."""
    folder = tmp_path / "sources"
    folder.mkdir()
    return folder
