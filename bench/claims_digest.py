"""A digest of every claim extraction makes, corpus by corpus: a speed change must leave them all as they were.

    python bench/claims_digest.py [BENCH_CORPUS] [DEV_CORPUS]

Hashes the claims (as JSON, by source path) of the 1,000 bench articles (bench/run.py's corpus, seed 1,
in /tmp/factcheck-bench by default), the dev articles and each review set under tests/ (loaded folder
by folder, as bench/realnews.py reads them: their articles' file names repeat across folders).
Prints one line a corpus: its name, articles and digest. Run it before and after; compare.
"""
from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

from factcheck.extract import extract_claims
from factcheck.load.corpus import load_corpus

ROOT = Path(__file__).resolve().parent.parent
BENCH_CORPUS = "/tmp/factcheck-bench/corpus-1000-seed1"
DEV_CORPUS = "/work/shared/data/ecbplus-dev"


def digest(articles: list) -> str:
    hashed = hashlib.sha256()
    for article in articles:
        claims = json.dumps([claim.model_dump(mode="json") for claim in extract_claims(article)], sort_keys=True)
        hashed.update(article.source.path.encode() + b"\0" + claims.encode() + b"\n")
    return hashed.hexdigest()[:16]


def main(arguments: list[str]) -> int:
    corpora = {"bench": Path(arguments[0] if arguments else BENCH_CORPUS),
               "dev": Path(arguments[1] if len(arguments) > 1 else DEV_CORPUS)}
    for name, path in corpora.items():
        articles, _ = load_corpus(path)
        print(name, len(articles), digest(articles), flush=True)
    for folder in sorted(ROOT.glob("tests/review*")):
        leaves = sorted({path.parent for path in folder.rglob("*.txt")})
        if leaves:
            articles = [article for leaf in leaves for article in load_corpus(leaf)[0]]
            print(folder.name, len(articles), digest(articles), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
