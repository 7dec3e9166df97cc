"""Agreed language: where a paragraph's words were agreed before, and where they went.

Three stages, as DESIGN says. (1) Exact groups: paragraphs with the same exact key.
(2) Candidates: the paragraph's winnowed shingle fingerprints looked up in the stored
inverted index; a fingerprint held by more than `DF_CAP` paragraphs is boilerplate and is
skipped, which keeps the candidate set small however large the library grows. (3)
Alignment: each candidate is aligned word by word (rapidfuzz Indel) to get its similarity
and the runs of words the two share; then "earlier" and "later" follow the documents' dates.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from dataclasses import replace

from ..compare.words import EQUAL, diff_words
from ..reuse.align import NEAR, Alignment, relate, shared_spans
from ..reuse.candidates import DF_CAP, shared_counts
from . import links, normal, store
from .records import Match, ParagraphTrace, Step
from .shingles import fingerprints

CANDIDATES = 60  # candidates aligned per paragraph, most shared fingerprints first
MAX_LISTED = 20  # sources and descendants listed per paragraph

# the stages shared with the reuse graph (clausewise.reuse), named here as before
__all__ = ["DF_CAP", "NEAR", "candidates", "shared_spans", "trace_document", "trace_paragraph"]

_RANK = {"exact": 0, "near": 1, "shared": 2}

_CAND_SQL = (
    "SELECT p.n, p.doc, p.eid, p.num, p.text, p.exact, d.id, d.symbol, d.title, d.body,"
    " d.session, d.status, d.date, d.series FROM paragraphs p JOIN documents d ON d.n = p.doc"
    " WHERE p.n IN ({})"
)


def candidates(conn: sqlite3.Connection, n: int, doc: int, exact: str, ws: list[str]) -> list[int]:
    """Paragraph numbers (other documents) worth aligning with paragraph `n`."""
    counts: Counter[int] = Counter()
    for (p,) in conn.execute(
        "SELECT n FROM paragraphs WHERE exact = ? AND doc != ? LIMIT ?", (exact, doc, DF_CAP)
    ):
        counts[p] += 10_000  # exact copies first, whatever their length
    postings = (
        [
            p
            for (p,) in conn.execute(
                "SELECT para FROM shingles WHERE h = ? LIMIT ?", (h, DF_CAP + 1)
            )
        ]
        for h in fingerprints(ws)
    )
    counts.update(shared_counts(n, postings))
    return [p for p, _ in counts.most_common(CANDIDATES)]


def _match(row, found: Alignment, draft: bool, series: bool) -> Match:
    return Match(
        doc=row["id"],
        symbol=row["symbol"],
        title=row["title"],
        body=row["body"],
        session=row["session"],
        status=row["status"],
        date=row["date"],
        eid=row["eid"],
        num=row["num"],
        text=row["text"],
        relation=found.relation,
        similarity=round(found.similarity, 4),
        shared=found.shared,
        diff=(),
        draft=draft,
        same_series=series,
    )


def trace_paragraph(
    conn: sqlite3.Connection,
    me: sqlite3.Row,
    para: sqlite3.Row,
    draft_n: int | None = None,
    adopted_n: int | None = None,
) -> ParagraphTrace:
    """`me`: the document's row; `para`: one of its paragraphs (n, eid, num, kind, lead,
    text, exact); `draft_n`, `adopted_n`: the documents `me` is linked to, if any."""
    ws = normal.words(para["text"])
    found = candidates(conn, para["n"], me["n"], para["exact"], ws)
    sources: list[Match] = []
    later: list[Match] = []
    if found:
        rows = conn.execute(_CAND_SQL.format(",".join("?" * len(found))), found).fetchall()
        for r in rows:
            if r["doc"] == me["n"]:
                continue
            earlier = r["doc"] == draft_n or (
                r["doc"] != adopted_n and r["date"] and me["date"] and r["date"] < me["date"]
            )
            after = r["doc"] == adopted_n or (
                r["doc"] != draft_n and r["date"] and me["date"] and r["date"] > me["date"]
            )
            if not (earlier or after):
                continue  # same day, or undated: neither a source nor a descendant
            found = relate(normal.words(r["text"]), ws, r["exact"] == para["exact"])
            if found is None:
                continue
            series = bool(me["series"]) and r["series"] == me["series"]
            if earlier:
                sources.append(_match(r, found, r["doc"] == draft_n, series))
            else:
                later.append(_match(r, found, False, series))
    sources.sort(key=lambda m: (_RANK[m.relation], -m.similarity, m.date or "", m.doc))
    later.sort(key=lambda m: (m.date or "", _RANK[m.relation], m.doc))
    close = [m for m in sources if m.relation != "shared"] or sources
    earliest = min(close, key=lambda m: (m.date or "", _RANK[m.relation])) if close else None
    in_draft = next((m for m in sources if m.draft and m.relation != "shared"), None)
    # word diffs only for what is handed back (they cost more than the alignment), and
    # once per distinct text: a paragraph's sources are often copies of one another
    diffs: dict[tuple[str, str], tuple] = {}

    def with_diff(m: Match | None, forward: bool) -> Match | None:
        if m is None:
            return None
        old, new = (m.text, para["text"]) if forward else (para["text"], m.text)
        if m.relation == "exact" and old == new:
            return replace(m, diff=((EQUAL, new),))
        if (old, new) not in diffs:
            diffs[old, new] = tuple(diff_words(old, new))
        return replace(m, diff=diffs[old, new])

    return ParagraphTrace(
        doc=me["id"],
        eid=para["eid"],
        num=para["num"],
        kind=para["kind"],
        lead=para["lead"],
        text=para["text"],
        sources=tuple(with_diff(m, True) for m in sources[:MAX_LISTED]),
        earliest=with_diff(earliest, True),
        draft=with_diff(in_draft, True),
        descent=_descent(me, para, close),
        descendants=tuple(with_diff(m, False) for m in later[:MAX_LISTED]),
    )


def _descent(me, para, close: list[Match]) -> tuple[Step, ...]:
    """One step per earlier document holding the language (its closest paragraph), in
    date order, ending with the traced paragraph; a change of body is marked."""
    best: dict[str, Match] = {}
    for m in close:  # ranked: the first per document is its best
        best.setdefault(m.doc, m)
    steps: list[Step] = []
    prev_body = None
    chain = sorted(best.values(), key=lambda m: (m.date or "", m.doc))
    for m in chain:
        steps.append(
            Step(
                m.doc,
                m.symbol,
                m.body,
                m.session,
                m.date,
                m.eid,
                m.relation,
                m.same_series,
                bool(steps) and m.body != prev_body,
            )
        )
        prev_body = m.body
    steps.append(
        Step(
            me["id"],
            me["symbol"],
            me["body"],
            me["session"],
            me["date"],
            para["eid"],
            "self",
            True,
            bool(steps) and me["body"] != prev_body,
        )
    )
    return tuple(steps)


def trace_document(
    conn: sqlite3.Connection, me: sqlite3.Row, eid: str | None = None
) -> list[ParagraphTrace]:
    sql = "SELECT n, eid, num, kind, lead, text, exact FROM paragraphs WHERE doc = ?"
    args: list = [me["n"]]
    if eid is not None:
        sql += " AND eid = ?"
        args.append(eid)
    store.sync_reuse(conn)  # documents added since the last batch
    paras = conn.execute(sql + " ORDER BY ord", args).fetchall()
    draft = links.draft_row(conn, me)
    adopted = links.adopted_row(conn, me)
    draft_n = draft["n"] if draft else None
    adopted_n = adopted["n"] if adopted else None
    return [trace_paragraph(conn, me, p, draft_n, adopted_n) for p in paras]
