"""Storage behind one interface: SQLite (the default, one file) or PostgreSQL (an office),
chosen by the library's address, with the same schema and the same migrations.

Every module's SQL goes through a `Connection` from `Database.connection()`:

- statements are written once, in the subset both engines read (`?` placeholders,
  `ON CONFLICT`, `IS NOT DISTINCT FROM`, `RETURNING`); PostgreSQL's connection rewrites the
  placeholders. What the engines spell differently is asked of `conn.dialect` (one JSON
  field of a text column, for now);
- a write is `with conn.transaction():`, which takes the library's one write lock first
  (SQLite's `BEGIN IMMEDIATE`, a PostgreSQL advisory lock), so writers follow one another
  on both engines and the change log numbers commits in the order they happen;
- tables are created by numbered migrations (`storage.migrations`), written in SQLite's
  words and translated for PostgreSQL by four rules (`sql.postgres_ddl`).

`open_database(target)` takes a file path or a `postgresql://` URL.
"""

from .base import Connection, Database, LibraryNotReady, is_url, open_database

__all__ = ["Connection", "Database", "LibraryNotReady", "is_url", "open_database"]
