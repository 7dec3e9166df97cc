"""SQLite: one file in WAL mode, a few connections to it.

Readers run side by side on separate connections (WAL); a write takes the file's one write
lock (`BEGIN IMMEDIATE`). The pool is small and each connection's page cache bounded, so
memory does not grow with the number of server threads. A read-only library is opened
read-only by SQLite itself (`mode=ro`, `query_only`): a write there is an error, never a
change.
"""

from __future__ import annotations

import fcntl
import os
import queue
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .base import CHECKOUT_TIMEOUT, Database, LibraryNotReady, PoolExhausted

# the reuse index's inserts touch pages all over its B-tree: a large page cache and rarer
# checkpoints (each one syncs the disk) make a bulk ingest several times faster
BULK_CACHE_MB = 128


class SqliteDialect:
    name = "sqlite"

    def json_text(self, column: str, key: str) -> str:
        return f"json_extract({column}, '$.{key}')"

    def table_exists(self, conn, name: str) -> bool:
        sql = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"
        return conn.execute(sql, (name,)).fetchone() is not None


def statements(ddl: str) -> Iterator[str]:
    """The statements of a script, one at a time (`executescript` would commit the
    transaction a migration runs in)."""
    buf = ""
    for line in ddl.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            if buf.strip():
                yield buf
            buf = ""
    if buf.strip() and not buf.strip().startswith("--"):
        yield buf


class SqliteConnection(sqlite3.Connection):
    """sqlite3's connection with the calls `storage.Connection` adds."""

    dialect = SqliteDialect()
    cache_mb = 16

    @contextmanager
    def transaction(self):
        if self.in_transaction:  # inside a caller's transaction: one transaction
            yield
            return
        self.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.execute("ROLLBACK")
            raise
        self.execute("COMMIT")

    def script(self, ddl: str) -> None:
        for stmt in statements(ddl):
            self.execute(stmt)

    def stream(self, sql: str, params=()):
        return self.execute(sql, params)  # sqlite3 cursors read row by row already

    @contextmanager
    def bulk(self):
        """A larger page cache while many documents are stored."""
        self.execute(f"PRAGMA cache_size=-{BULK_CACHE_MB * 1024}")
        try:
            yield
        finally:
            self.execute(f"PRAGMA cache_size=-{self.cache_mb * 1024}")


class SqliteDatabase(Database):
    kind = "sqlite"

    def __init__(self, path: Path, read_only: bool, size: int, cache_mb: int = 16):
        super().__init__(str(path), read_only, size)
        self.path = path
        self.cache_mb = cache_mb
        self._idle: queue.LifoQueue[SqliteConnection] = queue.LifoQueue()
        self._all: list[SqliteConnection] = []
        self._lock = threading.Lock()
        self._checkin(self._checkout())  # a bad file is reported now, not at first use

    def _connect(self) -> SqliteConnection:
        args = dict(
            timeout=60, isolation_level=None, check_same_thread=False, factory=SqliteConnection
        )
        if self.read_only:
            if not self.path.is_file():
                raise LibraryNotReady(f"no library at {self.path} (nothing to serve read-only)")
            conn = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True, **args)
            conn.execute("PRAGMA query_only=ON")
        else:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(self.path, **args)
            conn.execute("PRAGMA journal_mode=WAL")
            # NORMAL is safe in WAL mode against a killed process (only a power cut can
            # lose the last commits, never corrupt the file)
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA wal_autocheckpoint=10000")
        assert isinstance(conn, SqliteConnection)
        conn.row_factory = sqlite3.Row
        conn.cache_mb = self.cache_mb
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA busy_timeout=60000")
        conn.execute(f"PRAGMA cache_size=-{self.cache_mb * 1024}")
        return conn

    def dedicated(self) -> SqliteConnection:
        conn = self._connect()
        with self._lock:
            self._all.append(conn)
        return conn

    def _checkout(self) -> SqliteConnection:
        try:
            return self._idle.get_nowait()
        except queue.Empty:
            pass
        with self._lock:
            if len(self._all) < self.size:
                conn = self._connect()
                self._all.append(conn)
                return conn
        try:
            return self._idle.get(timeout=CHECKOUT_TIMEOUT)
        except queue.Empty:
            raise PoolExhausted(f"no free connection to {self.target}") from None

    def _checkin(self, conn: SqliteConnection) -> None:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        self._idle.put(conn)

    def close(self) -> None:
        with self._lock:
            for conn in self._all:
                conn.close()
            self._all.clear()
        while not self._idle.empty():
            self._idle.get_nowait()

    @contextmanager
    def exclusive(self, name: str):
        lock = self.path.with_name(f"{self.path.name}.{name}.lock")
        fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                yield False
                return
            yield True
        finally:
            os.close(fd)  # closing releases the lock
