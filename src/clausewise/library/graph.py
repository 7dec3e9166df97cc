"""The library's reuse graph: every reuse edge (`clausewise.reuse`) between its paragraphs.

The embedded engine. Candidates come from the library's own indexes, as the trace gets
them (the `shingles` postings and the `exact` column, each read with `LIMIT DF_CAP + 1`),
one paragraph at a time in row order; each unordered pair is aligned once, from its
earlier row. Memory stays that of one paragraph's candidates, whatever the library's size.
A document's draft is the one the library's links name (`chain.drafts`), which the trace
reads too.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

from ..reuse import DF_CAP, Edge, Side, edge_between, mates
from . import chain, store
from .rows import fp_values

_PARA_SQL = "SELECT n, doc, eid, text, exact FROM paragraphs WHERE n IN ({})"


def reuse_edges(
    conn: sqlite3.Connection, cap: int = DF_CAP, stats: dict | None = None
) -> Iterator[Edge]:
    """Every reuse edge of the library, in no particular order (`reuse.write_jsonl` sorts);
    `cap`: the document-frequency cap (DF_CAP unless a test asks otherwise); `stats`, if
    given, counts the candidate pairs aligned ("pairs")."""
    pairs = 0
    store.sync_reuse(conn)
    chain.sync(conn)
    drafts = chain.drafts(conn)  # the drafts the trace reads (`reuse.draft_links` in Spark)
    docs = {
        n: (ident, date, drafts.get(ident))
        for n, ident, date in conn.execute("SELECT n, id, date FROM documents")
    }

    def side(r) -> Side:
        ident, date, draft = docs[r["doc"]]
        return Side(ident, r["eid"], date, draft, r["text"], r["exact"])

    top = conn.execute("SELECT coalesce(max(n), 0) FROM paragraphs").fetchone()[0]
    at, step = 0, 2000  # paragraphs read a slice at a time: the loop queries the same file
    while at < top:
        rows = conn.execute(
            "SELECT n, doc, eid, text, exact, fp FROM paragraphs WHERE n > ? AND n <= ? ORDER BY n",
            (at, at + step),
        ).fetchall()
        at += step
        for p in rows:
            postings = [
                [q for (q,) in conn.execute(sql, (key, cap + 1))]
                for sql, key in (
                    ("SELECT n FROM paragraphs WHERE exact = ? LIMIT ?", p["exact"]),
                    *(("SELECT para FROM shingles WHERE h = ? LIMIT ?", h)
                      for h in fp_values(p["fp"])),
                )
            ]  # fmt: skip
            later = sorted(q for q in mates(p["n"], postings, cap) if q > p["n"])
            if not later:
                continue
            me = side(p)
            for r in conn.execute(_PARA_SQL.format(",".join("?" * len(later))), later):
                if r["doc"] == p["doc"]:
                    continue
                pairs += 1
                e = edge_between(me, side(r))
                if e is not None:
                    yield e
    if stats is not None:  # once the caller has read every edge
        stats["pairs"] = pairs
