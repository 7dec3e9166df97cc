"""Stage 4, the edge: two candidate paragraphs, ordered earliest first and aligned; and the
edges' one sorted JSON Lines form, the same from either engine.

`{"source": {"doc", "eid"}, "target": {"doc", "eid"}, "relation", "similarity", "shared"}`,
one edge a line, sorted by source (document, eid) then target (document, eid).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..library import normal
from .align import relate
from .order import is_source

# A paragraph meets many candidates in a row (the engines walk pairs grouped by one side):
# its words are read once, not once per pair. Read-only lists: relate() never changes them.
_words = lru_cache(maxsize=1 << 16)(normal.words)


@dataclass(frozen=True, slots=True)
class Side:
    """One paragraph of a candidate pair, with what ordering and alignment need."""

    doc: str  # document id
    eid: str
    date: str | None  # the document's normal.date_key
    draft: str | None  # the id of the document's draft, if it has one
    text: str  # normal.full_text: items included
    exact: str  # normal.exact_key


@dataclass(frozen=True, slots=True)
class Edge:
    source_doc: str
    source_eid: str
    target_doc: str
    target_eid: str
    relation: str  # exact | near | shared
    similarity: float  # rounded to 4 places, as the trace rounds it
    shared: tuple[str, ...]  # the shared runs, longest first

    def key(self) -> tuple[str, str, str, str]:
        return (self.source_doc, self.source_eid, self.target_doc, self.target_eid)


def edge_between(a: Side, b: Side) -> Edge | None:
    """The edge between two candidate paragraphs, if any (see `clausewise.reuse`)."""
    if a.doc == b.doc:
        return None
    if is_source(a.doc, a.date, b.date, b.draft):
        src, tgt = a, b
    elif is_source(b.doc, b.date, a.date, a.draft):
        src, tgt = b, a
    else:
        return None
    found = relate(_words(src.text), _words(tgt.text), src.exact == tgt.exact)
    if found is None:
        return None
    return Edge(
        src.doc,
        src.eid,
        tgt.doc,
        tgt.eid,
        found.relation,
        round(found.similarity, 4),
        found.shared,
    )


def edge_json(e: Edge) -> dict:
    return {
        "source": {"doc": e.source_doc, "eid": e.source_eid},
        "target": {"doc": e.target_doc, "eid": e.target_eid},
        "relation": e.relation,
        "similarity": e.similarity,
        "shared": list(e.shared),
    }


def write_jsonl(edges: Iterable[Edge], path: str | Path, presorted: bool = False) -> int:
    """Write the edges in their one sorted form (`presorted`: they come sorted already, as
    from a sorted Spark query). Returns how many were written."""
    items = edges if presorted else sorted(edges, key=Edge.key)
    n = 0
    with open(path, "w", encoding="utf-8") as fh:
        for e in items:
            fh.write(json.dumps(edge_json(e), ensure_ascii=False) + "\n")
            n += 1
    return n


def read_jsonl(path: str | Path) -> Iterator[Edge]:
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            yield Edge(
                d["source"]["doc"],
                d["source"]["eid"],
                d["target"]["doc"],
                d["target"]["eid"],
                d["relation"],
                d["similarity"],
                tuple(d["shared"]),
            )
