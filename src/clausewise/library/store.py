"""The system of record: documents and their rows, in SQLite or PostgreSQL (`storage`; the
tables are made by `storage.migrations`).

Each document's ingest is one transaction (documents, paragraphs, footnotes, citations,
mandates, reuse fingerprints and a row in `changes`), so a process killed mid-way leaves
only whole documents. `changes` numbers every write: its highest row id is the library's
generation, which the search index compares with its own to know what it lacks.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..model import Citation, Document, Mandate
from ..storage import meta
from .rows import (
    CITATION_COLUMNS,
    DOCUMENT_COLUMNS,
    FOOTNOTE_COLUMNS,
    MANDATE_COLUMNS,
    PARAGRAPH_COLUMNS,
    DocumentRows,
    document_rows,
    fp_values,
)

DOC_COLUMNS = (
    "n, id, symbol, number, body, session, status, doc_type, title, issued, adopted, date, "
    "series, source, n_paras, title_key, language, work"
)


def generation(conn) -> int:
    row = conn.execute("SELECT max(gen) FROM changes").fetchone()
    return row[0] or 0


def changed_since(conn, gen: int) -> list[str]:
    return [r[0] for r in conn.execute("SELECT DISTINCT doc FROM changes WHERE gen > ?", (gen,))]


def find(conn, ref: str):
    """A document by id or symbol (symbols compared in their normal form)."""
    from ..symbols import normalise

    # (a symbol names a work: its English version first, then the others)
    q = (
        f"SELECT {DOC_COLUMNS} FROM documents WHERE id = ? OR symbol = ? OR symbol = ?"
        " ORDER BY id = ? DESC, coalesce(language, 'en') = 'en' DESC, language"
    )
    return conn.execute(q, (ref, ref, normalise(ref), ref)).fetchone()


def sync_reuse(conn) -> int:
    """Post the fingerprints of paragraphs added since the last call into the reuse index,
    in one transaction and in key order. Per-document transactions stay small; the random
    B-tree inserts are paid once per batch. Returns how many paragraphs were posted."""
    upto = int(meta.get(conn, "reuse_upto") or 0)
    top = conn.execute("SELECT coalesce(max(n), 0) FROM paragraphs").fetchone()[0]
    if top <= upto:
        return 0
    with conn.transaction():
        upto = int(meta.get(conn, "reuse_upto") or 0)  # again, under the write lock
        rows = conn.execute("SELECT n, fp FROM paragraphs WHERE n > ?", (upto,)).fetchall()
        postings = sorted((h, pn) for pn, fp in rows for h in fp_values(fp))
        conn.executemany(
            "INSERT INTO shingles(h, para) VALUES (?, ?) ON CONFLICT DO NOTHING", postings
        )
        if rows:
            meta.put(conn, "reuse_upto", str(max(pn for pn, _ in rows)))
    return len(rows)


def reuse_upto(conn) -> int:
    """The last paragraph posted into the reuse index (later ones are read from their rows)."""
    return int(meta.get(conn, "reuse_upto") or 0)


def _delete(conn, n: int, doc: str) -> None:
    # the reuse index has no index by paragraph: each paragraph's postings by their keys
    for pn, fp in conn.execute("SELECT n, fp FROM paragraphs WHERE doc = ?", (n,)).fetchall():
        conn.executemany(
            "DELETE FROM shingles WHERE h = ? AND para = ?", [(h, pn) for h in fp_values(fp)]
        )
    conn.execute("DELETE FROM documents WHERE n = ?", (n,))
    conn.execute("INSERT INTO changes(doc) VALUES (?)", (doc,))


def delete(conn, ref: str) -> str | None:
    with conn.transaction():
        row = find(conn, ref)
        if row is None:
            return None
        _delete(conn, row["n"], row["id"])
        return row["id"]


def ingest(
    conn,
    doc: Document,
    source: str,
    citations: Iterable[Citation] = (),
    mandates: Iterable[Mandate] = (),
    replace: bool = False,
) -> tuple[str, str, str | None]:
    """Store one document in one transaction: (status, id, reason), see `write`."""
    # everything derived is computed before the write lock is taken
    return write(conn, document_rows(doc, source, citations, mandates), replace)


def _insert_sql(table: str, columns: tuple[str, ...], parent: bool = True) -> str:
    cols = (("doc",) if parent else ()) + columns
    names = ", ".join(f'"{c}"' for c in cols)
    return f"INSERT INTO {table}({names}) VALUES ({','.join('?' * len(cols))})"


_INSERT = {
    "documents": _insert_sql("documents", DOCUMENT_COLUMNS, parent=False) + " RETURNING n",
    "paragraphs": _insert_sql("paragraphs", PARAGRAPH_COLUMNS),
    "footnotes": _insert_sql("footnotes", FOOTNOTE_COLUMNS),
    "citations": _insert_sql("citations", CITATION_COLUMNS),
    "mandates": _insert_sql("mandates", MANDATE_COLUMNS),
}

# what `write` answers: the text is new; the same text is there; a different text under the
# same id (symbol) replaced the stored one (asked for) or did not (not asked for)
ADDED, PRESENT, REPLACED, CONFLICT = "added", "present", "replaced", "conflict"


def conflict_reason(label: str) -> str:
    return f"{label} is in the library with a different text"


def write(conn, rows: DocumentRows, replace: bool = False) -> tuple[str, str, str | None]:
    """Store one document's rows (`rows.document_rows`, or read back from a job's Parquet)
    in one transaction: (status, id, reason). A different text under an id the library
    holds replaces the stored one only with `replace`; otherwise nothing changes and the
    status is CONFLICT."""
    ident = rows.id
    label = rows.document[1] or ident
    with conn.transaction():
        row = conn.execute("SELECT id FROM documents WHERE hash = ?", (rows.hash,)).fetchone()
        if row:
            return PRESENT, row[0], None
        status, reason = ADDED, None
        old = conn.execute("SELECT n, id FROM documents WHERE id = ?", (ident,)).fetchone()
        if old:
            if not replace:
                return CONFLICT, ident, conflict_reason(label)
            _delete(conn, old["n"], old["id"])
            status, reason = REPLACED, f"replaces an earlier text of {label}"
        n = conn.execute(_INSERT["documents"], rows.document).fetchone()[0]
        for table in ("paragraphs", "footnotes", "citations", "mandates"):
            conn.executemany(_INSERT[table], [(n, *r) for r in getattr(rows, table)])
        conn.execute("INSERT INTO changes(doc) VALUES (?)", (ident,))
        return status, ident, reason
