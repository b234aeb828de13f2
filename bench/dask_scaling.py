"""A scaling model of the Dask engine, from three runs of one corpus: local with one process, and
the Dask engine on LocalClusters of one and two workers.

    .venv/bin/python bench/dask_scaling.py [CORPUS] [--runs N]

Each run checks a fresh copy of the corpus (claims, reports and run state in a temporary folder)
in a new process tree, timed by /usr/bin/time (wall, CPU of the whole tree, peak memory of the
largest process). From the CPU times:

- the work per article and per story is the local one-process run (nothing else runs there);
- the Dask overhead is what a one-worker cluster spends beyond that, per task (a batch of articles
  or a group of stories sent to a worker), and the part of it the client does alone;
- the bytes shipped per article are what a worker hands back (the article's text, for the run
  state) plus what it is sent (a path);

and the model says how long a cluster of C cores would take, and from how many cores it beats the
local engine on the two cores of one machine.
"""
from __future__ import annotations

import argparse
import json
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = Path("/tmp/factcheck-bench/corpus-1000-seed1")
# The engine's batch sizes (engine.py / dask_engine.py): articles per task, stories per task.
ARTICLES_PER_TASK = 64
STORIES_PER_TASK = 32


def timed(argv: list[str]) -> dict[str, float]:
    """Wall seconds, CPU seconds (user + sys, all processes) and peak MiB of one command."""
    result = subprocess.run(["/usr/bin/time", "-v", *argv], capture_output=True, text=True, cwd=ROOT)
    if result.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(argv)} failed ({result.returncode}):\n{result.stderr[-2000:]}")
    def field(name: str) -> str:
        return re.search(rf"{re.escape(name)}: (.+)", result.stderr).group(1).strip()
    wall = field("Elapsed (wall clock) time (h:mm:ss or m:ss)").split(":")
    seconds = sum(float(part) * 60 ** index for index, part in enumerate(reversed(wall)))
    cpu = float(field("User time (seconds)")) + float(field("System time (seconds)"))
    return {"wall": seconds, "cpu": cpu, "peak_mib": int(field("Maximum resident set size (kbytes)")) / 1024}


def check(corpus: Path, engine: str, jobs: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="factcheck-dask-scaling-") as temp:
        copy = Path(temp) / "corpus"
        shutil.copytree(corpus, copy)
        client = Path(temp) / "client.json"
        # The CLI in a process that notes its own CPU time (the client's) as it exits; /usr/bin/time
        # gives the whole tree's, so the workers' is the difference.
        script = ("import json, resource, sys; from factcheck.cli import main; code = main(sys.argv[2:]); "
                  "usage = resource.getrusage(resource.RUSAGE_SELF); "
                  "open(sys.argv[1], 'w').write(json.dumps(usage.ru_utime + usage.ru_stime)); sys.exit(code)")
        argv = [str(ROOT / ".venv/bin/python"), "-c", script, str(client), "check", str(copy), "--quiet",
                "--fail-on", "never", "--jobs", str(jobs), "--engine", engine, "--claims-dir",
                str(Path(temp) / "claims"), "--reports-dir", str(Path(temp) / "reports"), "--format", "json"]
        measured = timed(argv)
        measured["client_cpu"] = json.loads(client.read_text())
        report = json.loads((Path(temp) / "reports" / "findings.json").read_text(encoding="utf-8"))
    measured["stories"] = len({source["story"] for source in report["sources"]})
    return measured


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--runs", type=int, default=1, help="runs of each setting; the median is kept")
    args = parser.parse_args(argv)
    articles = sorted(path for path in args.corpus.iterdir() if path.is_file())
    text_bytes = sum(path.stat().st_size for path in articles)
    runs = {}
    for name, engine, jobs in (("local, 1 process", "local", 1), ("local, 2 processes", "local", 2),
                               ("Dask, 1 worker", "dask", 1), ("Dask, 2 workers", "dask", 2)):
        samples = [check(args.corpus, engine, jobs) for _ in range(args.runs)]
        runs[name] = {key: statistics.median(sample[key] for sample in samples) for key in samples[0]}
        print(f"{name}: " + ", ".join(f"{key} {value:.2f}" for key, value in runs[name].items()), file=sys.stderr)
    n, stories = len(articles), runs["local, 1 process"]["stories"]
    dask = runs["Dask, 2 workers"]
    client_cpu, worker_cpu = dask["client_cpu"], max(dask["cpu"] - dask["client_cpu"], 0.0)
    tasks = -(-n // ARTICLES_PER_TASK) + -(-int(stories) // STORIES_PER_TASK)
    work = runs["local, 1 process"]["cpu"]
    overhead = max(runs["Dask, 1 worker"]["cpu"] - work, 0.0)
    per_task = overhead / tasks
    shipped = text_bytes / n + 200  # the text handed back, and a path and a few ids sent
    # A cluster of C worker cores: the workers' CPU spreads over C, less what each worker spends
    # starting (imports, its first dateparser call: the growth from one worker to two); the client's
    # own (listing, the run state, stories, streaming the reports) stays serial. CPU seconds, not
    # wall times: they hold on a machine others share. The local engine on 2 cores is modelled alike.
    one = runs["Dask, 1 worker"]
    startup = max(worker_cpu - (one["cpu"] - one["client_cpu"]), 0.0)
    spread = max(worker_cpu - 2 * startup, 0.0)
    local = runs["local, 2 processes"]
    local2 = local["client_cpu"] + (local["cpu"] - local["client_cpu"]) / 2

    def cluster(cores: int, scale: float = 1.0) -> float:
        return scale * client_cpu + startup + scale * spread / cores

    def crossover(scale: float) -> int | None:
        target = local["client_cpu"] * scale + (local["cpu"] - local["client_cpu"]) * scale / 2
        return next((cores for cores in range(1, 4097) if cluster(cores, scale) < target), None)

    lines = [
        f"Dask scaling on {n:,} articles ({text_bytes / 1e6:.1f} MB, {int(stories)} stories, {tasks} tasks):",
        "",
        "| run | wall s | CPU s (all processes) | CPU s (client process) | peak MiB (largest process) |",
        "|---|---:|---:|---:|---:|",
        *(f"| {name} | {run['wall']:.1f} | {run['cpu']:.1f} | {run['client_cpu']:.1f} | {run['peak_mib']:.0f} |"
          for name, run in runs.items()),
        "",
        f"- work per article (extraction, ledgers, its share of stories): {1000 * work / n:.2f} ms CPU",
        f"- Dask overhead (one worker against one local process): {overhead:.1f} s CPU, {1000 * per_task:.0f} ms a task",
        f"- bytes shipped per article: about {shipped / 1024:.1f} KiB (its text back to the client)",
        f"- model (CPU seconds, so the load of a shared machine does not skew it): time(C worker cores) ="
        f" {client_cpu:.1f} s on the client + {startup:.1f} s a worker's start + {spread:.1f} s / C;"
        f" the local engine on 2 cores: {local2:.1f} s",
        *(f"- at {scale * n:,.0f} articles a cluster beats one 2-core machine from "
          + (f"{crossover(scale)} worker cores" if crossover(scale) else "no size (the client's part alone is slower)")
          for scale in (1, 10, 100)),
    ]
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
