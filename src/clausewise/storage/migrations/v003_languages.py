"""A work's language versions: each document gets its `language` (ISO 639-1) and its `work`
(the symbol its versions share, else its id), and a symbol is no longer unique on its own:
one symbol and one language are (`documents_expression`).

SQLite changes a constraint only by rebuilding the table (a new table, the rows copied,
the old one dropped, the new one renamed: other tables' references name "documents"
throughout and hold again); PostgreSQL drops the constraint in place. A library that has
the columns already (made by clausewise between the languages and migrations) is left as
it is, its indexes made if missing.
"""

from __future__ import annotations

import re

from .v001_library import LIBRARY

VERSION = 3
TITLE = "a work's language versions: language and work columns, symbol unique per language"
# SQLite: run with foreign keys off (dropping the old table must not cascade to the rows
# that refer to it), checked before the commit (`migrations.migrate`)
REBUILDS = True

OLD_COLUMNS = (
    "n, id, symbol, hash, source, body, session, status, doc_type, number, title, issued,"
    " adopted, date, title_key, series, n_paras, record"
)

INDEXES = """
CREATE INDEX IF NOT EXISTS documents_link ON documents(title_key, body, session);
CREATE INDEX IF NOT EXISTS documents_series ON documents(series);
CREATE INDEX IF NOT EXISTS documents_date ON documents(date);
CREATE UNIQUE INDEX IF NOT EXISTS documents_expression ON documents(symbol, language);
CREATE INDEX IF NOT EXISTS documents_work ON documents(work);
"""


def _new_table(name: str) -> str:
    """Migration 1's `documents` as it is now: symbol not unique, language and work last."""
    create = re.search(r"CREATE TABLE IF NOT EXISTS documents \(.*?\n\);", LIBRARY, re.S)
    assert create is not None
    ddl = create.group().replace("documents (", f"{name} (", 1)
    ddl = ddl.replace("symbol TEXT UNIQUE,", "symbol TEXT,  -- shared by a work's versions")
    return ddl.replace(
        "    record TEXT NOT NULL -- the Document's JSON form\n);",
        "    record TEXT NOT NULL, -- the Document's JSON form\n"
        "    language TEXT,      -- ISO 639-1: the expression's language\n"
        "    work TEXT           -- the work its language versions share (the symbol), else"
        " the id\n);",
    )


def _has_languages(conn) -> bool:
    if conn.dialect.name == "sqlite":
        return any(r[1] == "language" for r in conn.execute("PRAGMA table_info(documents)"))
    return bool(
        conn.execute(
            "SELECT count(*) FROM information_schema.columns WHERE table_schema ="
            " current_schema() AND table_name = 'documents' AND column_name = 'language'"
        ).fetchone()[0]
    )


def apply(conn) -> None:
    if not _has_languages(conn):
        language = conn.dialect.json_text("record", "language")
        if conn.dialect.name == "sqlite":
            conn.script(_new_table("documents_languages"))
            conn.execute(
                f"INSERT INTO documents_languages({OLD_COLUMNS}, language, work)"
                f" SELECT {OLD_COLUMNS}, {language}, coalesce(symbol, id) FROM documents"
            )
            conn.execute("DROP TABLE documents")
            conn.execute("ALTER TABLE documents_languages RENAME TO documents")
        else:
            for (name,) in conn.execute(
                "SELECT c.conname FROM pg_constraint c JOIN pg_attribute a"
                " ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)"
                " WHERE c.conrelid = 'documents'::regclass AND c.contype = 'u'"
                " AND a.attname = 'symbol' AND cardinality(c.conkey) = 1"
            ).fetchall():
                conn.execute(f'ALTER TABLE documents DROP CONSTRAINT "{name}"')
            conn.execute("ALTER TABLE documents ADD COLUMN language TEXT")
            conn.execute("ALTER TABLE documents ADD COLUMN work TEXT")
            conn.execute(f"UPDATE documents SET language = {language}, work = coalesce(symbol, id)")
    conn.script(INDEXES)
