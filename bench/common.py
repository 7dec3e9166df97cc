"""Shared by the benchmarks: the corpus location, the machine, and a timing helper."""

from __future__ import annotations

import os
import platform
import statistics
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("CLAUSEWISE_SHARED", ROOT.parent / "shared"))
CORPUS = SHARED / "corpus" / "un-paragraphs.jsonl.gz"
SEEDS = ROOT / "examples" / "seeds"


def machine() -> str:
    try:
        cpu = subprocess.run(
            ["sh", "-c", "lscpu | grep 'Model name' | cut -d: -f2"],
            capture_output=True,
            text=True,
            check=False,
        ).stdout.strip()
    except OSError:
        cpu = platform.processor()
    return (
        f"{cpu or platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    )


def best_of(fn: Callable[[], object], repeat: int = 3, clock=time.process_time) -> float:
    """The fastest of `repeat` runs, in seconds: the least disturbed by other load. The
    default clock is this process's CPU time: for single-threaded work on a shared machine,
    wall time measures the neighbours too (pass `clock=time.perf_counter` for wall time)."""
    times = []
    for _ in range(repeat):
        t = clock()
        fn()
        times.append(clock() - t)
    return min(times)


def percentile(values: list[float], p: float) -> float:
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[int(p) - 1]
