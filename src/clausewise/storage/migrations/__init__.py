"""Versioned schema migrations, the same sequence on SQLite and PostgreSQL.

Each migration is a module `vNNN_name.py` here with `VERSION`, `TITLE` and `apply(conn)`;
`conn.script(ddl)` runs DDL written in SQLite's words on either engine (`storage.sql`),
and `conn.dialect.name` tells the two apart where a step must differ. Each runs in one
write transaction with its row in `schema_migrations`, so a migration is applied whole or
not at all, and two processes migrating at once apply it once.

`clausewise migrate` applies what is pending. A SQLite library is also upgraded when it is
opened for writing (one file, one person: nothing to coordinate); a PostgreSQL database
and a read-only library are never changed on open: they are refused with the command to
run. A library made before migrations existed (no `schema_migrations`, SQLite only) is at
version 0, and migration 1 creates only what it lacks.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache

from ..base import Database, LibraryNotReady

TABLE = """
CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER NOT NULL PRIMARY KEY,
    title TEXT NOT NULL,
    applied TEXT NOT NULL  -- when (UTC, ISO 8601)
);
"""


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    title: str
    apply: Callable
    rebuilds: bool = False  # rebuilds a table others refer to (SQLite: foreign keys off)


@cache
def migrations() -> tuple[Migration, ...]:
    found = []
    for info in pkgutil.iter_modules(__path__):
        if info.name.startswith("v") and info.name[1:4].isdigit():
            mod = importlib.import_module(f"{__name__}.{info.name}")
            found.append(
                Migration(mod.VERSION, mod.TITLE, mod.apply, getattr(mod, "REBUILDS", False))
            )
    found.sort(key=lambda m: m.version)
    assert [m.version for m in found] == list(range(1, len(found) + 1)), "gap in migrations"
    return tuple(found)


def latest() -> int:
    return migrations()[-1].version


def current(conn) -> int:
    if not conn.dialect.table_exists(conn, "schema_migrations"):
        return 0
    return conn.execute("SELECT coalesce(max(version), 0) FROM schema_migrations").fetchone()[0]


def current_version(db: Database) -> int:
    with db.connection() as conn:
        return current(conn)


def pending(db: Database) -> list[Migration]:
    with db.connection() as conn:
        have = current(conn)
    return [m for m in migrations() if m.version > have]


def migrate(
    db: Database, progress: Callable[[Migration], None] | None = None, upto: int | None = None
) -> list[Migration]:
    """Apply every pending migration (up to version `upto`, to make an older library), each
    in its own transaction; returns those applied."""
    done = []
    with db.connection() as conn:
        for m in migrations():
            if upto is not None and m.version > upto:
                break
            with _foreign_keys_off(conn, m.rebuilds), conn.transaction():
                conn.script(TABLE)
                if m.version <= current(conn):  # read again under the write lock
                    continue
                m.apply(conn)
                if m.rebuilds and conn.dialect.name == "sqlite":
                    broken = conn.execute("PRAGMA foreign_key_check").fetchall()
                    assert not broken, f"migration {m.version} broke references: {broken[:3]}"
                conn.execute(
                    "INSERT INTO schema_migrations(version, title, applied) VALUES (?, ?, ?)",
                    (m.version, m.title, datetime.now(UTC).isoformat(timespec="seconds")),
                )
            done.append(m)
            if progress:
                progress(m)
    return done


@contextmanager
def _foreign_keys_off(conn, rebuilds: bool):
    """SQLite drops a table others refer to only with foreign keys off (else the drop
    deletes their rows by cascade); the switch is ignored inside a transaction, so it goes
    around the migration's."""
    if not rebuilds or conn.dialect.name != "sqlite":
        yield
        return
    conn.execute("PRAGMA foreign_keys=OFF")
    try:
        yield
    finally:
        conn.execute("PRAGMA foreign_keys=ON")


def command(db: Database) -> str:
    return f"clausewise migrate --library {db.target}"


def check(db: Database) -> None:
    """Refuse a database whose schema this clausewise does not read, saying what to run."""
    with db.connection() as conn:
        have = current(conn)
    if have > latest():
        raise LibraryNotReady(
            f"the library's schema is at version {have}, newer than this clausewise reads"
            f" ({latest()}): upgrade clausewise"
        )
    if have < latest():
        what = "an empty database" if have == 0 else f"the library's schema is at version {have}"
        raise LibraryNotReady(
            f"{what}; this clausewise needs version {latest()}: run `{command(db)}`"
        )


def prepare(db: Database) -> None:
    """On opening: a writable SQLite library is brought up to date; anything else must be
    up to date already."""
    if db.kind == "sqlite" and not db.read_only and pending(db):
        migrate(db)
    check(db)
