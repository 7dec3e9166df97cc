"""Paragraph search on PostgreSQL: tantivy (kept beside each server through the change log)
or PostgreSQL's own full-text search? Measured on the corpus, on one PostgreSQL library.

Quality by known-item search (no relevance judgments exist for this corpus): a paragraph is
drawn at random and a user's recollection of it is the query: (a) four of its content
words, in order, unquoted (every word required, as the library reads a query); (b) six
consecutive words as a quoted phrase. The answer counts when the paragraph, or a verbatim
copy of it (same `exact` key: the corpus repeats language), is in the first ten. Reported:
hit@10 and MRR@10 for each engine. Speed: the latency of the same queries (p50, p95), wall
clock, this machine, one query at a time. PostgreSQL: a stored `tsvector`
(`to_tsvector('english', text)`) with a GIN index, ranked by `ts_rank`; queries by
`plainto_tsquery` / `phraseto_tsquery`, built in a schema of the bench's own.

    CLAUSEWISE_TEST_POSTGRES=postgresql://... python bench/search_backends.py [--docs N]
"""

from __future__ import annotations

import argparse
import os
import random
import re
import sys
import time
import uuid

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "src"))
sys.path.insert(0, os.path.dirname(__file__))

from common import CORPUS, machine, percentile

STOP = set(
    [
        "the",
        "of",
        "and",
        "to",
        "in",
        "a",
        "for",
        "on",
        "with",
        "by",
        "its",
        "at",
        "as",
        "an",
        "that",
        "all",
        "their",
        "be",
        "is",
        "are",
        "this",
        "from",
        "or",
        "which",
        "has",
        "have",
        "been",
        "also",
        "other",
        "were",
        "was",
        "it",
        "these",
        "those",
        "such",
        "into",
        "any",
    ]
)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=800, help="corpus documents loaded")
    ap.add_argument("--queries", type=int, default=300)
    args = ap.parse_args()
    base = os.environ["CLAUSEWISE_TEST_POSTGRES"]
    import psycopg

    from clausewise import parse_text
    from clausewise.ingest.corpus import iter_texts
    from clausewise.library import Library
    from clausewise.storage import open_database
    from clausewise.storage.migrations import migrate

    schema = f"bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(base, autocommit=True) as c:
        c.execute(f"CREATE SCHEMA {schema}")
    url = f"{base}?options=-csearch_path%3D{schema}"
    try:
        db = open_database(url)
        migrate(db)
        db.close()
        os.environ.setdefault("CLAUSEWISE_INDEX_DIR", f"/tmp/{schema}-index")
        lib = Library(url)
        t = time.perf_counter()
        for f, sym, text in list(iter_texts(CORPUS))[: args.docs]:
            try:
                lib.add_document(parse_text(text, f, sym, strict=False), f, sync=False)
            except Exception:  # a record the reader refuses: not this bench's subject
                continue
        lib.sync_indexes()
        load = time.perf_counter() - t
        conn = lib.conn
        t = time.perf_counter()
        conn.execute(
            "ALTER TABLE paragraphs ADD COLUMN tsv tsvector"
            " GENERATED ALWAYS AS (to_tsvector('english', text)) STORED"
        )
        conn.execute("CREATE INDEX paragraphs_tsv ON paragraphs USING GIN (tsv)")
        conn.execute("ANALYZE paragraphs")
        fts_build = time.perf_counter() - t
        paras = conn.execute("SELECT n, text, exact FROM paragraphs").fetchall()
        same = {}
        for n, _, exact in paras:
            same.setdefault(exact, set()).add(n)
        rng = random.Random(20261204)
        cases = []
        for _n, text, exact in rng.sample(paras, min(len(paras), args.queries * 3)):
            words = re.findall(r"[A-Za-z]+", text)
            content = [w for w in words if w.lower() not in STOP and len(w) > 2]
            if len(content) < 8 or len(words) < 12:
                continue
            i = rng.randrange(0, len(content) - 4)
            j = rng.randrange(0, len(words) - 6)
            cases.append((same[exact], " ".join(content[i : i + 4]), " ".join(words[j : j + 6])))
            if len(cases) == args.queries:
                break

        def tantivy(q):
            return _tantivy_ns(lib, q)

        def pg(q, phrase):
            fn = "phraseto_tsquery" if phrase else "plainto_tsquery"
            return [
                r[0]
                for r in conn.execute(
                    f"SELECT n FROM paragraphs, {fn}('english', ?) q WHERE tsv @@ q"
                    " ORDER BY ts_rank(tsv, q) DESC, n LIMIT 10",
                    (q,),
                )
            ]

        rows = []
        for kind in ("words", "phrase"):
            for engine in ("tantivy", "postgresql"):
                rr, hits, times = 0.0, 0, []
                for targets, words, phrase in cases:
                    q = words if kind == "words" else phrase
                    t = time.perf_counter()
                    if engine == "tantivy":
                        found = tantivy(f'"{q}"' if kind == "phrase" else q)
                    else:
                        found = pg(q, kind == "phrase")
                    times.append(time.perf_counter() - t)
                    rank = next((i for i, n in enumerate(found, 1) if n in targets), None)
                    if rank:
                        hits += 1
                        rr += 1 / rank
                rows.append(
                    (kind, engine, hits / len(cases), rr / len(cases),
                     percentile(times, 50) * 1000, percentile(times, 95) * 1000)
                )  # fmt: skip
        print(f"machine: {machine()}")
        print(
            f"library: {args.docs} corpus documents, {len(paras):,} paragraphs on PostgreSQL;"
            f" load {load:.0f} s, tsvector column + GIN index {fts_build:.1f} s;"
            f" {len(cases)} known-item queries of each kind"
        )
        print("| query | engine | hit@10 | MRR@10 | p50 ms | p95 ms |")
        print("| --- | --- | --- | --- | --- | --- |")
        for kind, engine, hit, mrr, p50, p95 in rows:
            print(f"| {kind} | {engine} | {hit:.3f} | {mrr:.3f} | {p50:.1f} | {p95:.1f} |")
        lib.close()
    finally:
        with psycopg.connect(base, autocommit=True) as c:
            c.execute(f"DROP SCHEMA {schema} CASCADE")


def _tantivy_ns(lib, q):
    from clausewise.library import index as search_index

    lib.sync_index()
    query = search_index.parse(lib.index.index, q)
    return [n for n, _, _ in search_index.search(lib.index, query, 10)]


if __name__ == "__main__":
    main()
