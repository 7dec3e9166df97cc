"""The system of record: one SQLite file in WAL mode.

Each document's ingest is one transaction (documents, paragraphs, footnotes, citations,
mandates, reuse fingerprints and a row in `changes`), so a process killed mid-way leaves
only whole documents. `changes` numbers every write: its highest row id is the library's
generation, which the search index compares with its own to know what it lacks.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable
from pathlib import Path

from ..model import Citation, Document, Mandate
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

SCHEMA_VERSION = "1"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
    n INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    symbol TEXT,        -- shared by a work's language versions (see `language`, `work`)
    hash TEXT NOT NULL UNIQUE,
    source TEXT NOT NULL,
    body TEXT, session INTEGER, status TEXT NOT NULL, doc_type TEXT NOT NULL,
    number TEXT, title TEXT, issued TEXT, adopted TEXT,
    date TEXT,          -- what "earlier" and "later" follow (normal.date_key)
    title_key TEXT,     -- draft <-> adopted: same title and session
    series TEXT,        -- series: the same topic words across sessions and bodies
    n_paras INTEGER NOT NULL,
    record TEXT NOT NULL, -- the Document's JSON form
    language TEXT,      -- ISO 639-1: the expression's language
    work TEXT           -- the work its language versions share (the symbol), else the id
);
CREATE INDEX IF NOT EXISTS documents_link ON documents(title_key, body, session);
CREATE INDEX IF NOT EXISTS documents_series ON documents(series);
CREATE INDEX IF NOT EXISTS documents_date ON documents(date);
CREATE UNIQUE INDEX IF NOT EXISTS documents_expression ON documents(symbol, language);
CREATE INDEX IF NOT EXISTS documents_work ON documents(work);
CREATE TABLE IF NOT EXISTS paragraphs (
    n INTEGER PRIMARY KEY AUTOINCREMENT, -- never reused: the reuse index's high-water mark
    doc INTEGER NOT NULL REFERENCES documents(n) ON DELETE CASCADE,
    ord INTEGER NOT NULL,
    eid TEXT NOT NULL, kind TEXT NOT NULL, num TEXT, lead TEXT, section TEXT,
    text TEXT NOT NULL, -- normal.full_text: items included
    exact TEXT NOT NULL, -- normal.exact_key
    fp BLOB NOT NULL     -- winnowed shingle fingerprints (int64), the reuse index's input
);
CREATE INDEX IF NOT EXISTS paragraphs_doc ON paragraphs(doc, ord);
CREATE INDEX IF NOT EXISTS paragraphs_exact ON paragraphs(exact);
CREATE TABLE IF NOT EXISTS footnotes (
    doc INTEGER NOT NULL REFERENCES documents(n) ON DELETE CASCADE,
    marker TEXT NOT NULL, text TEXT NOT NULL, paragraph TEXT
);
CREATE INDEX IF NOT EXISTS footnotes_doc ON footnotes(doc);
CREATE TABLE IF NOT EXISTS citations (
    doc INTEGER NOT NULL REFERENCES documents(n) ON DELETE CASCADE,
    ord INTEGER NOT NULL,
    raw TEXT NOT NULL, symbol TEXT, kind TEXT NOT NULL, date TEXT,
    eid TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, footnote TEXT
);
CREATE INDEX IF NOT EXISTS citations_doc ON citations(doc, ord);
CREATE INDEX IF NOT EXISTS citations_symbol ON citations(symbol);
CREATE TABLE IF NOT EXISTS mandates (
    doc INTEGER NOT NULL REFERENCES documents(n) ON DELETE CASCADE,
    ord INTEGER NOT NULL,
    paragraph TEXT NOT NULL, type TEXT NOT NULL, verb TEXT NOT NULL,
    addressees TEXT NOT NULL, -- JSON list of names
    due_body TEXT, due_session INTEGER, due_year_from INTEGER, due_year_to INTEGER,
    report_to TEXT, recurrence TEXT,
    record TEXT NOT NULL -- the Mandate's JSON form
);
CREATE INDEX IF NOT EXISTS mandates_doc ON mandates(doc, ord);
-- the reuse index: fingerprint -> paragraph, derived from paragraphs.fp in bulk (sync_reuse)
CREATE TABLE IF NOT EXISTS shingles (
    h INTEGER NOT NULL, para INTEGER NOT NULL, PRIMARY KEY (h, para)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS embeddings (
    para INTEGER PRIMARY KEY REFERENCES paragraphs(n) ON DELETE CASCADE,
    vec BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS changes (gen INTEGER PRIMARY KEY AUTOINCREMENT, doc TEXT NOT NULL);
"""

DOC_COLUMNS = (
    "n, id, symbol, number, body, session, status, doc_type, title, issued, adopted, date, "
    "series, source, n_paras, title_key, language, work"
)


def connect(path: Path) -> sqlite3.Connection:
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path, timeout=60, isolation_level=None, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA journal_mode=WAL")
    # NORMAL is safe in WAL mode against a killed process (only a power cut can lose the
    # last commits, never corrupt the file)
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA busy_timeout=60000")
    # the reuse index's inserts touch pages all over its B-tree: a large page cache and
    # rarer checkpoints (each one syncs the disk) make ingest several times faster
    conn.execute("PRAGMA cache_size=-131072")
    conn.execute("PRAGMA wal_autocheckpoint=10000")
    _languages(conn)
    conn.executescript(_SCHEMA)
    conn.execute(
        "INSERT OR IGNORE INTO meta(key, value) VALUES ('schema_version', ?)", (SCHEMA_VERSION,)
    )
    return conn


def _languages(conn: sqlite3.Connection) -> None:
    """A library made before the six languages: one document per symbol (`symbol UNIQUE`),
    no language. The table is rebuilt once, as SQLite changes a constraint, so that a
    work's language versions can share their symbol; each row gets its language (from its
    record) and its work."""
    row = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'documents'").fetchone()
    if row is None or "language TEXT" in row[0]:
        return
    old_columns = (
        "n, id, symbol, hash, source, body, session, status, doc_type, number, title, issued,"
        " adopted, date, title_key, series, n_paras, record"
    )
    conn.execute("PRAGMA foreign_keys=OFF")
    conn.execute("BEGIN IMMEDIATE")
    try:
        # (SQLite's way: a new table, the rows copied, the old one dropped, the new one
        # renamed; other tables' references name "documents" throughout)
        create = re.search(r"CREATE TABLE IF NOT EXISTS documents \(.*?\n\);", _SCHEMA, re.S)
        assert create is not None
        conn.execute(create.group().replace("documents (", "documents_languages (", 1))
        conn.execute(
            f"INSERT INTO documents_languages({old_columns}, language, work) SELECT"
            f" {old_columns}, json_extract(record, '$.language'), coalesce(symbol, id)"
            " FROM documents"
        )
        conn.execute("DROP TABLE documents")
        conn.execute("ALTER TABLE documents_languages RENAME TO documents")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    finally:
        conn.execute("PRAGMA foreign_keys=ON")


def generation(conn: sqlite3.Connection) -> int:
    row = conn.execute("SELECT max(gen) FROM changes").fetchone()
    return row[0] or 0


def changed_since(conn: sqlite3.Connection, gen: int) -> list[str]:
    return [r[0] for r in conn.execute("SELECT DISTINCT doc FROM changes WHERE gen > ?", (gen,))]


def find(conn: sqlite3.Connection, ref: str) -> sqlite3.Row | None:
    """A document by id or symbol (symbols compared in their normal form)."""
    from ..symbols import normalise

    # (a symbol names a work: its English version first, then the others)
    q = (
        f"SELECT {DOC_COLUMNS} FROM documents WHERE id = ? OR symbol = ? OR symbol = ?"
        " ORDER BY id = ? DESC, coalesce(language, 'en') = 'en' DESC, language"
    )
    return conn.execute(q, (ref, ref, normalise(ref), ref)).fetchone()


def sync_reuse(conn: sqlite3.Connection) -> int:
    """Post the fingerprints of paragraphs added since the last call into the reuse index,
    in one transaction and in key order. Per-document transactions stay small; the random
    B-tree inserts are paid once per batch. Returns how many paragraphs were posted."""
    upto = int(_meta(conn, "reuse_upto") or 0)
    top = conn.execute("SELECT coalesce(max(n), 0) FROM paragraphs").fetchone()[0]
    if top <= upto:
        return 0
    conn.execute("BEGIN IMMEDIATE")
    try:
        upto = int(_meta(conn, "reuse_upto") or 0)  # again, under the write lock
        rows = conn.execute("SELECT n, fp FROM paragraphs WHERE n > ?", (upto,)).fetchall()
        postings = sorted((h, pn) for pn, fp in rows for h in fp_values(fp))
        conn.executemany("INSERT OR IGNORE INTO shingles(h, para) VALUES (?, ?)", postings)
        if rows:
            _set_meta(conn, "reuse_upto", str(max(pn for pn, _ in rows)))
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return len(rows)


def _meta(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def _set_meta(conn: sqlite3.Connection, key: str, value: str) -> None:
    conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, value))


def _delete(conn: sqlite3.Connection, n: int, doc: str) -> None:
    # the reuse index has no index by paragraph: each paragraph's postings by their keys
    for pn, fp in conn.execute("SELECT n, fp FROM paragraphs WHERE doc = ?", (n,)).fetchall():
        conn.executemany(
            "DELETE FROM shingles WHERE h = ? AND para = ?", [(h, pn) for h in fp_values(fp)]
        )
    conn.execute("DELETE FROM documents WHERE n = ?", (n,))
    conn.execute("INSERT INTO changes(doc) VALUES (?)", (doc,))


def delete(conn: sqlite3.Connection, ref: str) -> str | None:
    conn.execute("BEGIN IMMEDIATE")
    try:
        row = find(conn, ref)
        if row is None:
            conn.execute("ROLLBACK")
            return None
        _delete(conn, row["n"], row["id"])
        conn.execute("COMMIT")
        return row["id"]
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def ingest(
    conn: sqlite3.Connection,
    doc: Document,
    source: str,
    citations: Iterable[Citation] = (),
    mandates: Iterable[Mandate] = (),
) -> tuple[str, str, str | None]:
    """Store one document in one transaction: (status, id, reason), status added | present."""
    # everything derived is computed before the write lock is taken
    return write(conn, document_rows(doc, source, citations, mandates))


def _insert_sql(table: str, columns: tuple[str, ...], parent: bool = True) -> str:
    cols = (("doc",) if parent else ()) + columns
    names = ", ".join(f'"{c}"' for c in cols)
    return f"INSERT INTO {table}({names}) VALUES ({','.join('?' * len(cols))})"


_INSERT = {
    "documents": _insert_sql("documents", DOCUMENT_COLUMNS, parent=False),
    "paragraphs": _insert_sql("paragraphs", PARAGRAPH_COLUMNS),
    "footnotes": _insert_sql("footnotes", FOOTNOTE_COLUMNS),
    "citations": _insert_sql("citations", CITATION_COLUMNS),
    "mandates": _insert_sql("mandates", MANDATE_COLUMNS),
}


def write(conn: sqlite3.Connection, rows: DocumentRows) -> tuple[str, str, str | None]:
    """Store one document's rows (`rows.document_rows`, or read back from a job's Parquet)
    in one transaction: (status, id, reason), status added | present."""
    ident = rows.id
    conn.execute("BEGIN IMMEDIATE")
    try:
        row = conn.execute("SELECT id FROM documents WHERE hash = ?", (rows.hash,)).fetchone()
        if row:
            conn.execute("ROLLBACK")
            return "present", row[0], None
        reason = None
        old = conn.execute("SELECT n, id FROM documents WHERE id = ?", (ident,)).fetchone()
        if old:
            _delete(conn, old["n"], old["id"])
            reason = f"replaces an earlier text of {rows.document[1] or ident}"
        n = conn.execute(_INSERT["documents"], rows.document).lastrowid
        for table in ("paragraphs", "footnotes", "citations", "mandates"):
            conn.executemany(_INSERT[table], [(n, *r) for r in getattr(rows, table)])
        conn.execute("INSERT INTO changes(doc) VALUES (?)", (ident,))
        conn.execute("COMMIT")
        return "added", ident, reason
    except BaseException:
        conn.execute("ROLLBACK")
        raise
