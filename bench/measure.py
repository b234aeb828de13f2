"""How the benchmark measures a command and describes the machine it ran on.

A command runs under a tiny wrapper process that times it and reads its own RUSAGE_CHILDREN: that
is the peak resident memory of the largest process of that one run (the factcheck process or one of
its extraction workers), not of everything the benchmark ran before. Since `--jobs` spreads the work
over several processes, a sampler also sums the resident memory of the whole process tree every
PROCESS_TREE_SAMPLE_SECONDS, which is what the machine actually had to provide.
"""
from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

PROCESS_TREE_SAMPLE_SECONDS = 0.05

# Runs argv[2:], sending its stdout to the file argv[1], and prints wall time and peak RSS as JSON.
WRAPPER = """
import json, resource, subprocess, sys, time
with open(sys.argv[1], "wb") as stdout:
    started = time.perf_counter()
    code = subprocess.call(sys.argv[2:], stdout=stdout)
    wall = time.perf_counter() - started
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"exit_code": code, "wall_seconds": wall, "max_rss_kib": usage.ru_maxrss}))
"""


@dataclass
class Run:
    exit_code: int
    wall_seconds: float
    max_rss_mib: float  # the largest single process
    tree_rss_mib: float  # all processes of the run together, sampled
    stdout_path: Path
    stderr: str


def timed_command(command: list[str], stdout_path: Path) -> Run:
    """Run command to completion; its stdout goes to stdout_path (reports can be large)."""
    wrapper = subprocess.Popen([sys.executable, "-c", WRAPPER, str(stdout_path), *command],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    sampler = TreeSampler(wrapper.pid)
    sampler.start()
    output, errors = wrapper.communicate()
    sampler.stop()
    if wrapper.returncode != 0 or not output.strip():
        raise RuntimeError(f"the measuring wrapper failed (exit {wrapper.returncode}): {errors.strip()}")
    result = json.loads(output.strip().splitlines()[-1])
    return Run(result["exit_code"], result["wall_seconds"], result["max_rss_kib"] / 1024,
               sampler.peak_kib / 1024, stdout_path, errors)


class TreeSampler(threading.Thread):
    """Polls the summed VmRSS of every descendant of root (the wrapper itself left out)."""

    def __init__(self, root: int) -> None:
        super().__init__(daemon=True)
        self.root = root
        self.peak_kib = 0
        self._done = threading.Event()

    def run(self) -> None:
        while not self._done.wait(PROCESS_TREE_SAMPLE_SECONDS):
            total = sum(_rss_kib(pid) for pid in _descendants(self.root))
            self.peak_kib = max(self.peak_kib, total)

    def stop(self) -> None:
        self._done.set()
        self.join()


def _descendants(pid: int) -> list[int]:
    found: list[int] = []
    pending = [pid]
    while pending:
        for child in _children(pending.pop()):
            found.append(child)
            pending.append(child)
    return found


def _children(pid: int) -> list[int]:
    children: list[int] = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as handle:
                children.extend(int(child) for child in handle.read().split())
    except OSError:  # the process ended between two reads, or /proc has no children files
        pass
    return children


def _rss_kib(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as handle:
            for line in handle:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def machine() -> dict[str, str]:
    """What a reader needs to compare runs: cores, CPU, memory, Python, OS and the code measured."""
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return {
        "cores (nproc)": str(usable),
        "CPU": _proc_field("/proc/cpuinfo", "model name") or platform.processor() or "unknown",
        "memory": _memory(),
        "Python": f"{platform.python_version()} ({sys.executable})",
        "OS": platform.platform(),
        "factcheck": _code_version(),
    }


def _proc_field(path: str, key: str) -> str | None:
    try:
        with open(path) as handle:
            for line in handle:
                name, _, value = line.partition(":")
                if name.strip() == key:
                    return value.strip()
    except OSError:
        pass
    return None


def _memory() -> str:
    total = _proc_field("/proc/meminfo", "MemTotal")
    if not total:
        return "unknown"
    return f"{int(total.split()[0]) / 1024 / 1024:.1f} GiB"


def _code_version() -> str:
    repo = Path(__file__).resolve().parent.parent
    try:
        commit = subprocess.run(["git", "-C", str(repo), "rev-parse", "--short", "HEAD"], capture_output=True,
                                text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(repo), "status", "--porcelain", "--", "factcheck"],
                               capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown (not a git checkout)"
    return f"commit {commit}" + (" with uncommitted changes to factcheck/" if dirty else "")
