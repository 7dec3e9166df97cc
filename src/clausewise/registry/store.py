"""The registry's stored state: every SQL statement the registry runs is here.

Three tables beside the library's own, derived from it and kept in step with it by
generation (as the search index is): `registry_mandates` (a mandate's id and lookup keys; its
record stays in the library's `mandates` row), `registry_evidence` (what a later document
says about a mandate) and `registry_duplicates`. Each row hangs on the library's
`documents` row it comes from (ON DELETE CASCADE), so deleting or replacing a document takes
its mandates, the evidence it gave and the evidence given for it with it. The tables are
made by `storage.migrations`; the SQL here is what SQLite and PostgreSQL both read.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from contextlib import contextmanager

from ..model import mandate_from_json
from ..storage import meta
from .derive import doc_date
from .model import Doc, Evidence, Paragraph

_DOC = "SELECT n, id, symbol, number, body, session, date, series, title FROM documents"


@contextmanager
def transaction(conn):
    """One write transaction: all of a sync or none of it."""
    with conn.transaction():
        yield


def snapshot(conn) -> tuple[list[tuple], list[tuple], list[tuple]]:
    """Everything the registry stores, sorted, without row numbers (to compare an
    incremental registry with a rebuilt one)."""

    def rows(sql: str) -> list[tuple]:
        return sorted(tuple(r) for r in conn.execute(sql).fetchall())

    return (
        rows(
            "SELECT r.id, d.id, r.ord, r.kind, r.type, r.addressees, r.due_from, r.due_to,"
            " r.dup_key FROM registry_mandates r JOIN documents d ON d.n = r.doc"
        ),
        rows(
            "SELECT e.mandate, d.id, e.type, e.eid, e.text, coalesce(e.target, '')"
            " FROM registry_evidence e JOIN documents d ON d.n = e.doc"
        ),
        rows("SELECT a, b FROM registry_duplicates"),
    )


def upto(conn) -> int:
    return int(meta.get(conn, "registry_upto") or 0)


def set_upto(conn, gen: int) -> None:
    meta.put(conn, "registry_upto", str(gen))


def reset(conn) -> None:
    """Forget everything derived (a rebuild follows)."""
    for t in ("registry_duplicates", "registry_evidence", "registry_mandates"):
        conn.execute(f"DELETE FROM {t}")
    meta.delete(conn, "registry_upto")


# A draft asks nothing until it is adopted: the registry holds adopted texts, and drafts
# only while the library lacks the text they became (same title, body and session).
_ADOPTED = (
    "(status <> 'draft' OR NOT EXISTS (SELECT 1 FROM documents a WHERE a.status = 'adopted'"
    " AND a.title_key = documents.title_key AND a.session = documents.session"
    " AND a.body IS NOT DISTINCT FROM documents.body))"
)


def all_doc_numbers(conn) -> list[int]:
    return [
        r[0] for r in conn.execute(f"SELECT n FROM documents WHERE {_ADOPTED} ORDER BY date, n")
    ]


def doc_numbers(conn, ids: Iterable[str]) -> list[int]:
    out = []
    for i in ids:
        row = conn.execute(f"SELECT n FROM documents WHERE id = ? AND {_ADOPTED}", (i,)).fetchone()
        if row:
            out.append(row[0])
    return out


def load(conn, n: int, ids: list[str] | None = None) -> Doc:
    """Document `n` as the derivation reads it (mandate ids given, or not yet known)."""
    r = conn.execute(_DOC + " WHERE n = ?", (n,)).fetchone()
    paras = tuple(
        Paragraph(p[0], p[1], p[2])
        for p in conn.execute(
            "SELECT eid, kind, text FROM paragraphs WHERE doc = ? ORDER BY ord", (n,)
        )
    )
    cites = tuple(
        (c[0], c[1])
        for c in conn.execute(
            "SELECT symbol, eid FROM citations WHERE doc = ? AND symbol IS NOT NULL ORDER BY ord",
            (n,),
        )
    )
    records = [
        mandate_from_json(json.loads(m[0]))
        for m in conn.execute("SELECT record FROM mandates WHERE doc = ? ORDER BY ord", (n,))
    ]
    if ids is None:
        from .derive import mandate_ids

        ids = mandate_ids(r["id"], records)
    return Doc(
        n=r["n"],
        id=r["id"],
        symbol=r["symbol"],
        number=r["number"],
        body=r["body"],
        session=r["session"],
        date=doc_date(r["symbol"], r["date"]),
        series=r["series"],
        title=r["title"],
        paragraphs=paras,
        citations=cites,
        mandates=tuple(zip(ids, records, strict=True)),
    )


def related(conn, doc: Doc) -> list[int]:
    """Documents that may hold evidence about `doc`'s mandates, or whose mandates `doc` may
    be evidence for: its series, the texts citing it, the texts it cites."""
    found: set[int] = set()
    if doc.series:
        found.update(
            r[0]
            for r in conn.execute(
                f"SELECT n FROM documents WHERE series = ? AND {_ADOPTED}", (doc.series,)
            )
        )
    if doc.symbol:
        found.update(
            r[0]
            for r in conn.execute(
                f"SELECT DISTINCT c.doc FROM citations c JOIN documents ON documents.n = c.doc"
                f" WHERE c.symbol = ? AND {_ADOPTED}",
                (doc.symbol,),
            )
        )
    symbols = sorted({s for s, _ in doc.citations})
    for s in symbols:
        found.update(
            r[0]
            for r in conn.execute(f"SELECT n FROM documents WHERE symbol = ? AND {_ADOPTED}", (s,))
        )
    found.discard(doc.n)
    return sorted(found)


def drafts_of(conn, n: int) -> list[int]:
    """The drafts an adopted document `n` supersedes in the registry."""
    return [
        r[0]
        for r in conn.execute(
            "SELECT d.n FROM documents a JOIN documents d ON d.status = 'draft'"
            " AND d.title_key = a.title_key AND d.session = a.session"
            " AND d.body IS NOT DISTINCT FROM a.body"
            " WHERE a.n = ? AND a.status = 'adopted'",
            (n,),
        )
    ]


def clear(conn, n: int) -> None:
    """Drop what was derived from document `n` (its mandates and the evidence it gave)."""
    conn.execute("DELETE FROM registry_evidence WHERE doc = ?", (n,))
    conn.execute("DELETE FROM registry_mandates WHERE doc = ?", (n,))


def put_mandates(conn, n: int, rows: list[tuple]) -> None:
    """rows: (id, ord, kind, type, addressees, due_from, due_to, dup_key)."""
    conn.executemany(
        "INSERT INTO registry_mandates(id, doc, ord, kind, type, addressees, due_from, due_to, dup_key)"
        " VALUES (?,?,?,?,?,?,?,?,?)",
        [(r[0], n, *r[1:]) for r in rows],
    )


def put_evidence(conn, rows: list[tuple[str, int, Evidence]]) -> None:
    """rows: (mandate id, later document n, evidence)."""
    conn.executemany(
        "INSERT INTO registry_evidence(mandate, doc, type, eid, text, target) VALUES (?,?,?,?,?,?)",
        [(mid, n, e.type, e.eid, e.text, e.target) for mid, n, e in rows],
    )


def has_evidence(conn, mandate_ids: list[str], later: int) -> bool:
    if not mandate_ids:
        return False
    marks = ",".join("?" * len(mandate_ids))
    row = conn.execute(
        f"SELECT 1 FROM registry_evidence WHERE doc = ? AND mandate IN ({marks}) LIMIT 1",
        (later, *mandate_ids),
    ).fetchone()
    return row is not None


def dup_candidates(conn, key: str, not_doc: int) -> list[tuple[str, int, int]]:
    """(id, doc n, ord) of the other documents' mandates under `key`."""
    return [
        (r[0], r[1], r[2])
        for r in conn.execute(
            "SELECT id, doc, ord FROM registry_mandates WHERE dup_key = ? AND doc <> ?",
            (key, not_doc),
        )
    ]


def put_duplicates(conn, pairs: list[tuple[str, str]]) -> None:
    conn.executemany(
        "INSERT INTO registry_duplicates(a, b) VALUES (?, ?) ON CONFLICT DO NOTHING",
        [(min(a, b), max(a, b)) for a, b in pairs],
    )


def series_of(conn, n: int) -> tuple[str, str]:
    row = conn.execute("SELECT series, date FROM documents WHERE n = ?", (n,)).fetchone()
    return (row[0] or "", row[1] or "") if row else ("", "")


def entry(conn, mandate_id: str, n: int, ord_: int):
    """One mandate as an Entry, without reading the rest of its document."""
    from .derive import session_of
    from .model import Entry

    r = conn.execute(_DOC + " WHERE n = ?", (n,)).fetchone()
    m = mandate_record(conn, n, ord_)
    if r is None or m is None:
        return None
    doc = Doc(
        r["n"],
        r["id"],
        r["symbol"],
        r["number"],
        r["body"],
        r["session"],
        doc_date(r["symbol"], r["date"]),
        r["series"],
        r["title"],
        (),
        (),
        (),
    )
    return Entry(
        mandate_id,
        r["id"],
        r["symbol"],
        r["title"],
        r["body"],
        session_of(doc),
        doc.date,
        r["series"],
        m,
    )


def mandate_record(conn, n: int, ord_: int):
    row = conn.execute(
        "SELECT record FROM mandates WHERE doc = ? AND ord = ?", (n, ord_)
    ).fetchone()
    return mandate_from_json(json.loads(row[0])) if row else None


def doc_row(conn, n: int):
    return conn.execute(_DOC + " WHERE n = ?", (n,)).fetchone()


# -- reading --------------------------------------------------------------------------------

_ROWS = (
    "SELECT r.id, r.doc, r.ord, r.kind, r.type, r.due_from, r.due_to, m.record,"
    " d.id AS doc_id, d.symbol, d.title, d.body, d.session, d.date, d.series"
    " FROM registry_mandates r JOIN mandates m ON m.doc = r.doc AND m.ord = r.ord"
    " JOIN documents d ON d.n = r.doc"
)


def rows(
    conn,
    *,
    ids: list[str] | None = None,
    addressee: str | None = None,
    body: str | None = None,
    kind: str | None = None,
    due_before: str | None = None,
    due_after: str | None = None,
) -> list:
    """Registry rows (mandate, record, source document), filtered, in document order."""
    where, args = [], []
    if ids is not None:
        if not ids:
            return []
        where.append(f"r.id IN ({','.join('?' * len(ids))})")
        args += ids
    if addressee:
        where.append("lower(r.addressees) LIKE ?")
        args.append(f"%{addressee.lower()}%")
    if body:
        where.append("d.body = ?")
        args.append(body)
    if kind:
        where.append("r.kind = ?")
        args.append(kind)
    if due_before:
        where.append("r.due_to IS NOT NULL AND r.due_to <= ?")
        args.append(due_before)
    if due_after:
        where.append("r.due_to IS NOT NULL AND r.due_to >= ?")
        args.append(due_after)
    sql = (
        _ROWS + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY d.date, d.id, r.ord"
    )
    return conn.execute(sql, args).fetchall()


def evidence_for(conn, ids: list[str]) -> dict[str, list[tuple]]:
    """mandate id -> [(type, doc id, symbol, eid, text, date, target, session)]."""
    out: dict[str, list[tuple]] = {}
    for chunk in _chunks(ids, 500):
        marks = ",".join("?" * len(chunk))
        for r in conn.execute(
            "SELECT e.mandate, e.type, d.id, d.symbol, e.eid, e.text, d.date, e.target, d.session"
            f" FROM registry_evidence e JOIN documents d ON d.n = e.doc WHERE e.mandate IN ({marks})"
            " ORDER BY d.date, d.id, e.n",
            chunk,
        ):
            out.setdefault(r[0], []).append(tuple(r[1:]))
    return out


def duplicates_for(conn, ids: list[str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for chunk in _chunks(ids, 500):
        marks = ",".join("?" * len(chunk))
        for a, b in conn.execute(
            f"SELECT a, b FROM registry_duplicates WHERE a IN ({marks}) OR b IN ({marks})",
            chunk + chunk,
        ):
            out.setdefault(a, []).append(b)
            out.setdefault(b, []).append(a)
    return out


def count(conn) -> int:
    return conn.execute("SELECT count(*) FROM registry_mandates").fetchone()[0]


def _chunks(xs: list, k: int):
    for i in range(0, len(xs), k):
        yield xs[i : i + k]


# -- language versions (issue 18) --------------------------------------------------------------
# A work's mandates are held once, from its English version: another version of a work whose
# English version is in the library asks nothing of its own (its wordings are read beside the
# English one: `registry.languages`).


def english_version_of(conn, n: int) -> int | None:
    """The English version of document `n`'s work, when `n` is another language's."""
    row = conn.execute(
        "SELECT e.n FROM documents d JOIN documents e ON e.work = d.work AND e.n <> d.n"
        " AND e.language = 'en' WHERE d.n = ? AND d.work IS NOT NULL"
        " AND coalesce(d.language, 'en') <> 'en'",
        (n,),
    ).fetchone()
    return row[0] if row else None


def other_versions_of(conn, n: int) -> list[int]:
    """The other language versions of English document `n`'s work."""
    return [
        r[0]
        for r in conn.execute(
            "SELECT d.n FROM documents e JOIN documents d ON d.work = e.work AND d.n <> e.n"
            " WHERE e.n = ? AND e.language = 'en' AND e.work IS NOT NULL"
            " AND coalesce(d.language, 'en') <> 'en'",
            (n,),
        )
    ]
