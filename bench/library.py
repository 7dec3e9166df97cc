"""The library's speed: ingest, search (against SQLite FTS5 on the same paragraphs, in the
same run) and trace (against brute-force alignment with every paragraph).

    .venv/bin/python bench/library.py                  # the corpus (2,903 documents)
    .venv/bin/python bench/library.py --scale 1000000  # then grown to a million paragraphs

The million-paragraph library is the corpus expanded by sampling real documents and
editing their paragraphs (words replaced, dropped or inserted from the corpus's own
vocabulary), so the text keeps the corpus's shape and its near-duplicates. Prints markdown.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import shutil
import sqlite3
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from rapidfuzz import process  # noqa: E402
from rapidfuzz.distance import Indel  # noqa: E402

from clausewise.library import Library  # noqa: E402
from clausewise.library import index as search_index  # noqa: E402
from clausewise.model import document_from_json  # noqa: E402

SHARED = Path(os.environ.get("CLAUSEWISE_SHARED", ROOT.parent / "shared"))
CORPUS = SHARED / "corpus" / "un-paragraphs.jsonl.gz"
COMMON = ["States", "human rights", "development", "Secretary-General", "international"]


def cpu() -> float:
    """CPU seconds of this process and its finished children (the parse worker)."""
    s, c = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return s.ru_utime + s.ru_stime + c.ru_utime + c.ru_stime


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))] * 1000


def size(path: Path) -> int:
    if path.is_dir():
        return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))


def mb(n: int) -> str:
    return f"{n / 2**20:,.0f} MB"


def timed(fn, *args):
    t0, c0 = time.perf_counter(), time.thread_time()
    out = fn(*args)
    return out, time.perf_counter() - t0, time.thread_time() - c0


# -- the FTS5 baseline ------------------------------------------------------------------


def build_fts(lib: Library, path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE VIRTUAL TABLE f USING fts5(text, tokenize='porter unicode61')")
    src = lib.conn.execute("SELECT n, text FROM paragraphs")
    with conn:
        conn.executemany("INSERT INTO f(rowid, text) VALUES (?, ?)", src)
    conn.execute("INSERT INTO f(f) VALUES ('optimize')")
    conn.commit()
    return conn


def fts_query(q: str) -> str:
    """The same query in FTS5's syntax: a phrase stays a phrase, words are ANDed."""
    if q.startswith('"'):
        return q
    return " AND ".join(f'"{w}"' for w in re.findall(r"[\w-]+", q))


def fts_search(conn, q: str, limit: int = 20):
    return conn.execute(
        "SELECT rowid, snippet(f, 0, '<b>', '</b>', '…', 24) FROM f WHERE f MATCH ?"
        " ORDER BY rank LIMIT ?",
        (fts_query(q), limit),
    ).fetchall()


# -- queries ------------------------------------------------------------------------------


def queries(lib: Library, fts: sqlite3.Connection, rng: random.Random) -> dict[str, list[str]]:
    fts.execute("CREATE VIRTUAL TABLE IF NOT EXISTS v USING fts5vocab(f, 'row')")
    rare = [
        r[0]
        for r in fts.execute(
            "SELECT term FROM v WHERE doc BETWEEN 2 AND 5 AND length(term) > 6"
            " AND term GLOB '[a-z]*' ORDER BY term"
        )
    ]
    texts = [r[0] for r in lib.conn.execute("SELECT text FROM paragraphs ORDER BY n LIMIT 200000")]
    phrases = []
    while len(phrases) < 30:
        ws = re.findall(r"[A-Za-z]+", rng.choice(texts))
        if len(ws) >= 8:
            i = rng.randrange(len(ws) - 4)
            phrases.append('"' + " ".join(ws[i : i + 4]) + '"')
    return {"rare term": rng.sample(rare, 30), "common term": COMMON, "phrase": phrases}


def bench_search(lib: Library, fts, qs: dict[str, list[str]], reps: int = 3) -> list[str]:
    rows = []
    idx = lib.index
    for kind, qlist in qs.items():
        t_engine, t_lib, t_fts = [], [], []
        for _ in range(reps):
            for q in qlist:
                searcher = idx.searcher()
                query = search_index.parse(idx.index, q)
                t0 = time.perf_counter()
                res = searcher.search(query, 20)
                [searcher.doc(a)["para"][0] for _, a in res.hits]
                t_engine.append(time.perf_counter() - t0)
                _, wall, _ = timed(lib.search, q)
                t_lib.append(wall)
                _, wall, _ = timed(fts_search, fts, q)
                t_fts.append(wall)
        rows.append(
            f"| {kind} ({len(qlist)} queries × {reps}) | {pct(t_engine, 50):.2f} / {pct(t_engine, 95):.2f}"
            f" | {pct(t_lib, 50):.2f} / {pct(t_lib, 95):.2f}"
            f" | {pct(t_fts, 50):.2f} / {pct(t_fts, 95):.2f}"
            f" | {pct(t_fts, 95) / pct(t_lib, 95):.1f}× |"
        )
    return rows


def bench_trace(lib: Library, rng: random.Random, n: int, brute: int) -> list[str]:
    paras = lib.conn.execute(
        "SELECT d.id, p.eid, p.text FROM paragraphs p JOIN documents d ON d.n = p.doc"
    ).fetchall()
    sample = rng.sample(paras, n)
    walls, cpus, found = [], [], 0
    for ident, eid, _ in sample:
        out, wall, c = timed(lib.trace, ident, eid)
        walls.append(wall)
        cpus.append(c)
        found += bool(out[0].sources or out[0].descendants)
    # baseline: align the paragraph with every paragraph in the library (no index)
    texts = [p[2] for p in paras]
    b_walls = []
    for _, _, text in sample[:brute]:
        _, wall, _ = timed(
            lambda t=text: process.extract(t, texts, scorer=Indel.normalized_similarity, limit=40)
        )
        b_walls.append(wall)
    return [
        f"| trace one paragraph ({n} sampled; {found} with reuse) | {pct(walls, 50):.1f} / {pct(walls, 95):.1f}"
        f" | {pct(cpus, 50):.1f} / {pct(cpus, 95):.1f}"
        f" | {pct(b_walls, 50):.0f} / {pct(b_walls, 95):.0f} ({brute} sampled)"
        f" | {pct(b_walls, 50) / pct(walls, 50):.0f}× |"
    ]


def report(lib: Library, fts, rng, label: str, trace_n: int, brute: int) -> None:
    qs = queries(lib, fts, rng)
    print(f"\n### Search, {label} (ms, p50 / p95; top 20)\n")
    print(
        "| queries | tantivy engine | `Library.search` (snippets, records) | FTS5 (snippets) | FTS5 / library at p95 |"
    )
    print("|---|---|---|---|---|")
    for row in bench_search(lib, fts, qs):
        print(row)
    print(f"\n### Trace, {label} (ms, p50 / p95)\n")
    print("| what | wall | CPU | brute-force alignment, wall | speed-up at p50 |")
    print("|---|---|---|---|---|")
    for row in bench_trace(lib, rng, trace_n, brute):
        print(row)
    sys.stdout.flush()


# -- growing the corpus -------------------------------------------------------------------


def edit(text: str, vocab: list[str], rng: random.Random) -> str:
    ws = text.split(" ")
    for _ in range(rng.randint(1, 3)):
        op, i = rng.random(), rng.randrange(len(ws))
        if op < 0.5:
            ws[i] = rng.choice(vocab)
        elif op < 0.75 and len(ws) > 3:
            del ws[i]
        else:
            ws.insert(i, rng.choice(vocab))
    return " ".join(ws)


def grow(lib: Library, target: int, rng: random.Random) -> tuple[int, float, float]:
    """Add edited copies of real documents until the library holds `target` paragraphs."""
    records = [
        document_from_json(json.loads(r[0]))
        for r in lib.conn.execute("SELECT record FROM documents ORDER BY n")
    ]
    vocab = sorted({w for d in records[:300] for p in d.all_paragraphs() for w in p.text.split()})
    have = lib.conn.execute("SELECT count(*) FROM paragraphs").fetchone()[0]
    k, t0 = 0, time.perf_counter()
    while have < target:
        src = rng.choice(records)
        k += 1

        def ed(ps):
            return tuple(
                replace(p, text=edit(p.text, vocab, rng), footnotes=()) if rng.random() < 0.6 else p
                for p in ps
            )

        year = rng.randint(1990, 2024)
        doc = replace(
            src,
            symbol=f"X/SYN/{k}",
            preamble=ed(src.preamble),
            operative=ed(src.operative),
            annexes=tuple(replace(a, paragraphs=ed(a.paragraphs)) for a in src.annexes),
            dates=replace(src.dates, adopted=f"{year}-{rng.randint(1, 12):02d}-15", issued=None),
        )
        lib.add_document(doc, f"synthetic-{k}", sync=False, enriched=([], []))
        have += len(doc.all_paragraphs())
        if k % 2000 == 0:
            print(f"<!-- {have:,} paragraphs, {time.perf_counter() - t0:.0f} s -->", flush=True)
    store_s = time.perf_counter() - t0
    t1 = time.perf_counter()
    lib.sync_indexes()
    return k, store_s, time.perf_counter() - t1


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--scale", type=int, default=0, help="grow to this many paragraphs")
    ap.add_argument("--dir", type=Path, default=None, help="work folder (default: a temp one)")
    args = ap.parse_args()
    if not CORPUS.exists():
        print(f"corpus not found at {CORPUS}", file=sys.stderr)
        return 2
    work = args.dir or Path(tempfile.mkdtemp(prefix="clausewise-bench-"))
    shutil.rmtree(work / "lib", ignore_errors=True)
    (work / "lib").mkdir(parents=True)
    rng = random.Random(20261123)
    print(f"load average at start: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores\n")

    lib = Library(work / "lib" / "library.sqlite")
    t0, c0 = time.perf_counter(), cpu()
    results = lib.add_paths([CORPUS])
    wall, c = time.perf_counter() - t0, cpu() - c0
    n_par = lib.conn.execute("SELECT count(*) FROM paragraphs").fetchone()[0]
    added = sum(r.status == "added" for r in results)
    t1 = time.perf_counter()
    fts = build_fts(lib, work / "lib" / "fts.sqlite")
    fts_s = time.perf_counter() - t1
    print("### Ingest of the corpus\n")
    print("| what | value |\n|---|---|")
    print(f"| documents added | {added:,} of {len(results):,} ({n_par:,} paragraphs) |")
    print(
        f"| `clausewise add` wall (parse, enrich, store, reuse and search indexes) | {wall:.1f} s |"
    )
    print(f"| CPU, both processes | {c:.1f} s |")
    print(f"| SQLite file / tantivy folder | {mb(size(lib.path))} / {mb(size(lib.index.folder))} |")
    print(
        f"| FTS5 baseline: build from the stored paragraphs / size | {fts_s:.1f} s / {mb(size(work / 'lib' / 'fts.sqlite'))} |"
    )
    report(lib, fts, rng, f"{n_par:,} paragraphs", 200, 10)
    fts.close()

    if args.scale:
        k, store_s, index_s = grow(lib, args.scale, rng)
        n_par = lib.conn.execute("SELECT count(*) FROM paragraphs").fetchone()[0]
        postings = lib.conn.execute("SELECT count(*) FROM shingles").fetchone()[0]
        (work / "lib" / "fts.sqlite").unlink()
        t1 = time.perf_counter()
        fts = build_fts(lib, work / "lib" / "fts.sqlite")
        fts_s = time.perf_counter() - t1
        print(f"\n### Grown to {n_par:,} paragraphs\n")
        print("| what | value |\n|---|---|")
        print(f"| synthetic documents added (edited copies of corpus documents) | {k:,} |")
        print(f"| store, one transaction per document | {store_s:.0f} s |")
        print(f"| reuse postings and search index, caught up in bulk | {index_s:.0f} s |")
        print(f"| reuse postings (fingerprint, paragraph) | {postings:,} |")
        print(
            f"| SQLite file / tantivy folder | {mb(size(lib.path))} / {mb(size(lib.index.folder))} |"
        )
        print(
            f"| FTS5 baseline build / size | {fts_s:.0f} s / {mb(size(work / 'lib' / 'fts.sqlite'))} |"
        )
        report(lib, fts, rng, f"{n_par:,} paragraphs", 200, 3)
        fts.close()
    lib.close()
    print(f"\nload average at end: {os.getloadavg()[0]:.1f}")
    if not args.dir:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
