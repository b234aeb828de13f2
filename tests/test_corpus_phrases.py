"""The house rule that package code quotes no corpus: no 5-word run of factcheck/**/*.py (comments
and docstrings included) is found in the bundled articles (sources/), nor in the dev articles
(../shared/data/ecbplus-dev) where they exist. Same tokenisation as bench/corpus_phrases.py, which
prints every such run with its file and line; a comment's example is then rewritten with invented
names and figures of the same shape."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from corpus_phrases import code_hits, corpus_grams  # noqa: E402

DEV = Path(__file__).resolve().parents[2] / "shared" / "data" / "ecbplus-dev"

# Plain English runs that the dev articles happen to share with the package's comments and
# messages: no name, figure or sentence of any article. Anything else found must be rewritten.
GENERIC_RUNS = frozenset({
    "a look back at the", "and the rest of the", "at that point in the", "be a part of the",
    "by the end of the", "from the start of the", "live as long as the", "the end of the year", "the start of the year",
    "to the start of the", "were said to have been",
})


def _quoted(grams: set[str], allowed: frozenset[str] = frozenset()) -> list[str]:
    found = []
    for path in sorted((ROOT / "factcheck").rglob("*.py")):
        for line, runs in sorted(code_hits(path, grams).items()):
            found += [f"{path.relative_to(ROOT)}:{line}: {run!r}" for run in runs if run not in allowed]
    return found


def test_the_scan_finds_a_quoted_run(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("The Riverton Herons beat the Comets 71-64 on Friday night.\n")
    code = tmp_path / "mod.py"
    code.write_text('x = 1\n# "beat the Comets 71-64 on Friday": a score\n')
    assert code_hits(code, corpus_grams((corpus,))) == {2: ["beat the comets 71 64", "the comets 71 64 on",
                                                           "comets 71 64 on friday"]}


def test_package_code_quotes_no_bundled_article():
    found = _quoted(corpus_grams((ROOT / "sources",)))
    assert not found, ("package code quotes the bundled corpus; rewrite these examples with invented names and "
                       "figures:\n" + "\n".join(found))


@pytest.mark.skipif(not DEV.is_dir(), reason=f"no dev articles at {DEV} (a clone outside the workspace)")
def test_package_code_quotes_no_dev_article():
    found = _quoted(corpus_grams((DEV,)), GENERIC_RUNS)
    assert not found, ("package code quotes a dev article (python3 bench/corpus_phrases.py lists them); rewrite "
                       "these examples with invented names and figures, or add a run of plain English to "
                       "GENERIC_RUNS:\n" + "\n".join(found))
