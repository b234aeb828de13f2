"""Extraction's instructions over a fixed sample, for callgrind (the host's speed varies; its count does not).

    PYTHONHASHSEED=0 valgrind --tool=callgrind --instr-atstart=no python bench/extract_sample.py [BENCH_CORPUS] [DEV_CORPUS]

The sample of the speed rounds: every fifth of the 1,000 bench articles (bench/run.py's corpus,
seed 1, generated in /tmp/factcheck-bench by default) and every fifth of the 496 dev articles,
warmed first on 71 others (every 25th bench article from the second, every 16th dev article from
the second) so that lazy imports, the lemmatiser and most patterns' first compiling fall outside.
Counting is switched on around the sample's loop alone (callgrind_control -i on/off); the total is
callgrind's "Collected" line. Fix the hash seed: with a random one, set and dict orders change the work
by up to 0.2% between two runs of one code. Without valgrind it prints the process time of the loop.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time

from factcheck.extract import extract_claims
from factcheck.load.corpus import load_corpus

BENCH_CORPUS = "/tmp/factcheck-bench/corpus-1000-seed1"
DEV_CORPUS = "/work/shared/data/ecbplus-dev"


def main(arguments: list[str]) -> int:
    bench, _ = load_corpus(arguments[0] if arguments else BENCH_CORPUS)
    dev, _ = load_corpus(arguments[1] if len(arguments) > 1 else DEV_CORPUS)
    for article in bench[1::25] + dev[1::16]:
        extract_claims(article)
    sample = bench[::5] + dev[::5]
    counting = "valgrind" in os.environ.get("LD_PRELOAD", "") and shutil.which("callgrind_control")
    _count(counting, "on")
    started = time.process_time()
    claims = sum(len(extract_claims(article)) for article in sample)
    spent = time.process_time() - started
    _count(counting, "off")
    print(f"{len(sample)} articles, {claims} claims, {spent:.2f} s of process time")
    return 0


def _count(counting: object, state: str) -> None:
    if counting:
        subprocess.run(["callgrind_control", "-i", state, str(os.getpid())], check=True, capture_output=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
