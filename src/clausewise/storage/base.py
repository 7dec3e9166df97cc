"""What both engines offer: a bounded pool of connections handed out per thread, and the
`Connection` every module's SQL goes through."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Protocol

URL_SCHEMES = ("postgresql://", "postgres://")

# How long a request waits for a free connection before it is refused (the pool is bounded:
# a burst of requests queues here rather than opening connections without end).
CHECKOUT_TIMEOUT = 30.0


class LibraryNotReady(Exception):
    """The database cannot be used as it is: not reachable, or its schema is not the one
    this clausewise reads (the message says what to run)."""


class PoolExhausted(Exception):
    """No connection came free in time (the server is overloaded)."""


def is_url(target: object) -> bool:
    return isinstance(target, str) and target.startswith(URL_SCHEMES)


class Dialect(Protocol):
    name: str

    def json_text(self, column: str, key: str) -> str:
        """SQL for one top-level field of a JSON text column, as text (NULL when absent)."""
        ...

    def table_exists(self, conn: Connection, name: str) -> bool: ...


class Connection(Protocol):
    """The calls the library's modules make (sqlite3's own names, so SQLite's connection is
    used as it is): `execute`, `executemany`, plus `transaction()` for a write, `script()`
    for DDL, `stream()` for a long read, and `dialect`."""

    dialect: Dialect

    def execute(self, sql: str, params: Any = ()) -> Any: ...

    def executemany(self, sql: str, rows: Any) -> Any: ...

    def transaction(self) -> Any: ...

    def script(self, ddl: str) -> None: ...

    def stream(self, sql: str, params: Any = ()) -> Iterator: ...


class Database:
    """A library's database: `connection()` lends this thread a connection from a bounded
    pool (the same one again to a call nested inside, so a thread never holds two and a
    pool of one cannot deadlock itself)."""

    kind = ""

    def __init__(self, target: str, read_only: bool, size: int):
        self.target = target  # what messages name: the path, or the URL without password
        self.read_only = read_only
        self.size = size
        self._local = threading.local()

    # -- to be given by each engine -------------------------------------------------------
    def _checkout(self) -> Connection:
        raise NotImplementedError

    def _checkin(self, conn: Connection) -> None:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    def exclusive(self, name: str):
        """A context manager yielding True when this process got the named lock (held
        until the block ends) and False when another holder has it: for jobs that one
        process at a time should run (embedding)."""
        raise NotImplementedError

    def dedicated(self) -> Connection:
        """A connection outside the pool, for one single-threaded caller (closed with the
        database)."""
        raise NotImplementedError

    # -- shared ---------------------------------------------------------------------------
    def current(self) -> Connection:
        """The connection this thread holds (inside `connection()`)."""
        held = getattr(self._local, "held", None)
        if held is None:
            raise RuntimeError("no connection held by this thread (use db.connection())")
        return held[0]

    @contextmanager
    def connection(self) -> Iterator[Connection]:
        held = getattr(self._local, "held", None)
        if held is None:
            held = self._local.held = [self._checkout(), 0]
        held[1] += 1
        try:
            yield held[0]
        finally:
            held[1] -= 1
            if held[1] == 0:
                self._local.held = None
                self._checkin(held[0])

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.target}{' read-only' if self.read_only else ''}>"


def open_database(
    target: str | Path, *, read_only: bool = False, size: int = 1, cache_mb: int = 16
) -> Database:
    """A SQLite file (a path) or a PostgreSQL database (a `postgresql://` URL)."""
    if is_url(target):
        from .postgresql import PostgresDatabase

        return PostgresDatabase(str(target), read_only=read_only, size=size)
    from .sqlite import SqliteDatabase

    return SqliteDatabase(Path(target), read_only=read_only, size=size, cache_mb=cache_mb)
