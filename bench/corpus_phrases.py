"""Where package code quotes a 5-word run of any corpus text (bundled sources/, and the dev data
in ../shared/data when it exists). Prints file:line and the first shared 5-word run.

The house rule: package code (factcheck/) holds no fact, name or phrase of any corpus.
tests/test_corpus_phrases.py guards it with the same tokenisation.

    python3 bench/corpus_phrases.py [factcheck-dir]
"""
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parents[1]
CORPORA = (ROOT.parent / "shared" / "data", ROOT / "sources")
WORD = r"[a-z0-9']+"


def corpus_grams(roots=CORPORA):
    """Every run of 5 lower-cased words in the corpus text files under the roots that exist."""
    grams = set()
    for root in roots:
        if not root.exists():
            continue
        for p in sorted(root.rglob("*")):
            if p.is_file() and p.suffix in (".txt", ".md", ""):
                words = re.findall(WORD, p.read_text(errors="ignore").lower())
                grams |= {" ".join(words[i:i + 5]) for i in range(len(words) - 4)}
    return grams


def code_hits(path, grams):
    """{line: [shared 5-word runs starting on that line]} for one source file."""
    toks = [(m.group().lower(), number)
            for number, line in enumerate(path.read_text().split("\n"), 1)
            for m in re.finditer(r"[A-Za-z0-9']+", line)]
    hits = {}
    for i in range(len(toks) - 4):
        gram = " ".join(t for t, _ in toks[i:i + 5])
        if gram in grams:
            hits.setdefault(toks[i][1], []).append(gram)
    return hits


def main(argv):
    code = pathlib.Path(argv[1]) if len(argv) > 1 else ROOT / "factcheck"
    grams = corpus_grams()
    for p in sorted(code.rglob("*.py")):
        for line, gs in sorted(code_hits(p, grams).items()):
            print(f"{p.relative_to(ROOT) if p.is_relative_to(ROOT) else p}:{line}: {gs[0]}")


if __name__ == "__main__":
    main(sys.argv)
