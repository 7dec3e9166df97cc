"""The reuse graph on Spark (local[1], local[2]) against the embedded library's reuse build,
in the same run, on 10% to 100% of the shared corpus.

    .venv/bin/python bench/spark.py                    # 10, 25, 50, 100%
    .venv/bin/python bench/spark.py --fractions 10 100

Embedded: `Library.add_paths(search=False)` (parse and enrich in a worker process, store,
reuse postings) then `library.graph.reuse_edges` written as sorted JSON Lines, as
`clausewise reuse --engine embedded` runs it. Spark: `clausewise.spark.job.run` (parse,
enrich, every Parquet table, the edges), one SparkSession per master, its start-up reported
apart. Wall time (Spark is several processes); the embedded engine's CPU too. Edge counts
must agree at every size, and the edge files byte for byte at the smallest. Prints markdown.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import os
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from common import CORPUS, SEEDS, machine  # noqa: E402

from clausewise.library import Library  # noqa: E402
from clausewise.library.graph import reuse_edges  # noqa: E402
from clausewise.reuse import write_jsonl  # noqa: E402

MASTERS = ("local[1]", "local[2]")


def cpu() -> float:
    """CPU seconds of this process and all its descendants, live or finished: the parse
    worker, Spark's JVM and its Python workers (from /proc: a finished process's time is
    in its parent's cutime/cstime). Unlike wall time, this does not count the neighbours."""
    tick = os.sysconf("SC_CLK_TCK")
    kids: dict[int, list[int]] = defaultdict(list)
    times: dict[int, int] = {}
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        try:
            stat = Path(f"/proc/{d}/stat").read_text()
        except OSError:
            continue
        f = stat[stat.rindex(")") + 2 :].split()
        kids[int(f[1])].append(int(d))
        times[int(d)] = sum(int(x) for x in f[11:15])  # utime stime cutime cstime
    total, todo = 0, [os.getpid()]
    while todo:
        pid = todo.pop()
        total += times.get(pid, 0)
        todo.extend(kids.get(pid, ()))
    return total / tick


def sample(fraction: int, folder: Path) -> tuple[Path, int]:
    """Every record i with i % 20 < fraction / 5 (10% keeps 2 in 20): spread over the file,
    so each sample holds some of every year and body."""
    out, n = folder / f"corpus-{fraction}.jsonl.gz", 0
    with gzip.open(CORPUS, "rt", encoding="utf-8") as src, gzip.open(out, "wt") as dst:
        for i, line in enumerate(src):
            if i % 20 < fraction / 5:
                dst.write(line)
                n += 1
    return out, n


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


def embedded(path: Path, folder: Path) -> dict:
    t, c = time.perf_counter(), cpu()
    stats: dict = {}
    with Library(folder / "library.sqlite") as lib:
        lib.add_paths([path], search=False)
        t_add, c_add = time.perf_counter() - t, cpu() - c
        paras = lib.conn.execute("SELECT count(*) FROM paragraphs").fetchone()[0]
        out = folder / "embedded.jsonl"
        edges = write_jsonl(reuse_edges(lib.conn, stats=stats), out)
    return {
        "wall": time.perf_counter() - t,
        "cpu": cpu() - c,
        "add": t_add,
        "add_cpu": c_add,
        "paragraphs": paras,
        "pairs": stats["pairs"],
        "edges": edges,
        "digest": digest(out),
    }


def spark_run(spark, path: Path, folder: Path, check: bool) -> dict:
    from clausewise.spark.job import run, sorted_edges

    t, c = time.perf_counter(), cpu()
    r = run(spark, [path], folder / "out")
    row = {
        "wall": time.perf_counter() - t,
        "cpu": cpu() - c,
        "edges": r.edges,
        "stages": dict(r.stages),
    }
    if check:
        out = folder / "spark.jsonl"
        write_jsonl(sorted_edges(spark, r.out), out, presorted=True)
        row["digest"] = digest(out)
    return row


def run_warm(spark, folder: Path) -> None:
    from clausewise.spark.job import run

    run(spark, [SEEDS], folder)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument(
        "--fractions", type=int, nargs="+", default=[10, 25, 50, 100], help="multiples of 5"
    )
    args = ap.parse_args()
    from clausewise.spark.session import spark_session

    load = os.getloadavg()[0]
    results: dict = {}
    with tempfile.TemporaryDirectory(prefix="bench-spark-") as tmp:
        tmp = Path(tmp)
        samples = {f: sample(f, tmp) for f in args.fractions}
        for f, (path, n) in samples.items():
            folder = tmp / f"emb-{f}"
            folder.mkdir()
            results["embedded", f] = embedded(path, folder) | {"docs": n}
            print(f"embedded {f}%: {results['embedded', f]}", file=sys.stderr, flush=True)
        starts = {}
        for master in MASTERS:
            t = time.perf_counter()
            spark = spark_session(master, {"spark.driver.memory": "6g"})
            assert spark.sparkContext.master == master, spark.sparkContext.master
            run_warm(spark, tmp / f"warm-{master}")  # start the Python workers
            starts[master] = time.perf_counter() - t
            for i, f in enumerate(args.fractions):
                folder = tmp / f"{master}-{f}"
                folder.mkdir()
                results[master, f] = spark_run(spark, samples[f][0], folder, check=i == 0)
                print(f"{master} {f}%: {results[master, f]}", file=sys.stderr, flush=True)
            spark.stop()
    end_load = os.getloadavg()[0]

    first, last = args.fractions[0], args.fractions[-1]
    print(f"{machine()}; load average {load:.1f} at start, {end_load:.1f} at end\n")
    print("| corpus | documents | paragraphs | candidate pairs | edges |")
    print("|---|---:|---:|---:|---:|")
    for f in args.fractions:
        e, s1, s2 = results["embedded", f], results["local[1]", f], results["local[2]", f]
        assert s1["edges"] == s2["edges"] == e["edges"], (f, e["edges"], s1["edges"], s2["edges"])
        print(f"| {f}% | {e['docs']:,} | {e['paragraphs']:,} | {e['pairs']:,} | {e['edges']:,} |")
    e = results["embedded", first]
    same = all(results[m, first]["digest"] == e["digest"] for m in MASTERS)
    print(
        f"\nEdge files at {first}%: {'identical' if same else 'DIFFERENT'} across the three "
        f"engines (sha256 {e['digest']}); edge counts equal at every size."
    )
    print("\nCPU seconds (every process of the engine), wall seconds in brackets:\n")
    print(
        "| corpus | embedded: add + graph | local[1] | local[2] | local[1] / embedded "
        "| local[2] / embedded | local[2] / local[1], wall |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|")
    for f in args.fractions:
        e, s1, s2 = results["embedded", f], results["local[1]", f], results["local[2]", f]
        print(
            f"| {f}% | {e['cpu']:.1f} = {e['add_cpu']:.1f} + {e['cpu'] - e['add_cpu']:.1f} "
            f"[{e['wall']:.1f}] | {s1['cpu']:.1f} [{s1['wall']:.1f}] "
            f"| {s2['cpu']:.1f} [{s2['wall']:.1f}] | {s1['cpu'] / e['cpu']:.2f}x "
            f"| {s2['cpu'] / e['cpu']:.2f}x | {s2['wall'] / s1['wall']:.2f}x |"
        )
    print(
        "\nSpark start-up and a warm-up job on the seeds (not in the times above): "
        + ", ".join(f"{m} {s:.1f} s" for m, s in starts.items())
    )
    print("\nGrowth from the smallest sample (CPU ratio / size ratio):\n")
    print("| engine | " + " | ".join(f"{f}%" for f in args.fractions) + " |")
    print("|---|" + "---:|" * len(args.fractions))
    for engine in ("embedded", *MASTERS):
        base = results[engine, first]["cpu"]
        cells = [
            f"{results[engine, f]['cpu'] / base:.1f}x / {f / first:.1f}x" for f in args.fractions
        ]
        print(f"| {engine} | " + " | ".join(cells) + " |")
    print(f"\nSpark stages at {last}% (wall seconds):\n")
    names = list(results[MASTERS[0], last]["stages"])
    print("| master | " + " | ".join(names) + " |")
    print("|---|" + "---:|" * len(names))
    for m in MASTERS:
        st = results[m, last]["stages"]
        print(f"| {m} | " + " | ".join(f"{st[n]:.1f}" for n in names) + " |")
    e = results["embedded", last]
    print(
        f"\nEmbedded at {last}%: add (parse, enrich, store, postings) {e['add_cpu']:.1f} s CPU "
        f"[{e['add']:.1f}]; graph (candidates, alignment, JSON Lines) "
        f"{e['cpu'] - e['add_cpu']:.1f} s CPU [{e['wall'] - e['add']:.1f}]."
    )


if __name__ == "__main__":
    main()
