"""PostgreSQL: a psycopg 3 connection pool (psycopg_pool), bounded.

Connections run in autocommit, as SQLite's do here (`isolation_level=None`): a read is one
statement, a write one explicit transaction. Every write transaction first takes one
advisory lock per library (per schema), so writers follow one another as on SQLite. That
matters beyond tidiness: the change log's generations come from a sequence, and only
commits in sequence order let a reader that has seen generation N trust it has seen every
change up to N. A read-only library's sessions are read-only
(`default_transaction_read_only`): PostgreSQL itself refuses a write.
"""

from __future__ import annotations

import re
from contextlib import contextmanager
from functools import lru_cache

import psycopg
from psycopg import pq
from psycopg.conninfo import conninfo_to_dict
from psycopg_pool import ConnectionPool, PoolTimeout

from .base import CHECKOUT_TIMEOUT, Database, LibraryNotReady, PoolExhausted
from .sql import postgres_ddl

# the first key of every advisory lock clausewise takes ("cw" + 1), the second names the
# library (its schema) and the purpose
LOCK_SPACE = 0x6377_0001
_WRITE_LOCK = "SELECT pg_advisory_xact_lock(%s, hashtext(current_schema()))"


class PostgresDialect:
    name = "postgresql"

    def json_text(self, column: str, key: str) -> str:
        return f"({column}::json ->> '{key}')"

    def table_exists(self, conn, name: str) -> bool:
        return bool(conn.execute("SELECT to_regclass(?) IS NOT NULL", (name,)).fetchone()[0])


_TOKENS = re.compile(r"""('(?:[^']|'')*'|"[^"]*")|(\?)|(%)""")


@lru_cache(maxsize=4096)
def translate(sql: str) -> str:
    """`?` placeholders as psycopg's `%s`, and a literal `%` doubled (psycopg reads `%`
    as the start of a placeholder everywhere, quoted or not)."""

    def one(m: re.Match) -> str:
        if m.group(1):
            return m.group(1).replace("%", "%%")
        return "%s" if m.group(2) else "%%"

    return _TOKENS.sub(one, sql)


@lru_cache(maxsize=1024)
def _row_class(names: tuple[str, ...]) -> type:
    index = {}
    for i, name in enumerate(names):
        index.setdefault(name, i)

    class Row(tuple):
        """A row read by position or by column name, as sqlite3.Row is."""

        __slots__ = ()

        def __getitem__(self, key):
            if isinstance(key, str):
                return tuple.__getitem__(self, index[key])
            return tuple.__getitem__(self, key)

        def keys(self) -> list[str]:
            return list(names)

    return Row


def row_factory(cursor):
    desc = cursor.description
    if desc is None:
        return tuple
    return _row_class(tuple(d.name for d in desc))


class PgConnection:
    """psycopg's connection as `storage.Connection`."""

    dialect = PostgresDialect()

    def __init__(self, raw: psycopg.Connection):
        self.raw = raw

    def execute(self, sql: str, params=()):
        return self.raw.execute(translate(sql), params)

    def executemany(self, sql: str, rows) -> None:
        rows = list(rows)
        if rows:
            with self.raw.cursor() as cur:
                cur.executemany(translate(sql), rows)

    @contextmanager
    def transaction(self):
        if self.raw.info.transaction_status != pq.TransactionStatus.IDLE:
            yield  # inside a caller's transaction: one transaction
            return
        with self.raw.transaction():
            self.raw.execute(_WRITE_LOCK, (LOCK_SPACE,))
            yield

    def script(self, ddl: str) -> None:
        self.raw.execute(postgres_ddl(ddl))

    def stream(self, sql: str, params=()):
        with self.raw.cursor() as cur:
            yield from cur.stream(translate(sql), params)

    @contextmanager
    def bulk(self):
        yield

    @property
    def in_transaction(self) -> bool:
        return self.raw.info.transaction_status != pq.TransactionStatus.IDLE


def redact(url: str) -> str:
    """The URL as messages show it: no password, no options."""
    try:
        p = conninfo_to_dict(url)
    except psycopg.ProgrammingError:
        return "postgresql://(unreadable address)"
    user = f"{p['user']}@" if p.get("user") else ""
    port = f":{p['port']}" if p.get("port") else ""
    return f"postgresql://{user}{p.get('host', '')}{port}/{p.get('dbname', '')}"


def first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


class PostgresDatabase(Database):
    kind = "postgresql"

    def __init__(self, url: str, read_only: bool, size: int):
        super().__init__(redact(url), read_only, size)
        self.url = url
        self._dedicated: list[psycopg.Connection] = []
        try:  # a wrong address or password is said now, in one line
            psycopg.connect(url, connect_timeout=10).close()
        except (psycopg.Error, ValueError) as exc:
            raise LibraryNotReady(f"cannot connect to {self.target}: {first_line(exc)}") from None
        self.pool = ConnectionPool(
            url,
            min_size=1,
            max_size=size,
            kwargs={
                "autocommit": True,
                "row_factory": row_factory,
                "application_name": "clausewise",
            },
            configure=self._configure,
            timeout=CHECKOUT_TIMEOUT,
            name="clausewise",
            open=True,
        )

    def _configure(self, conn: psycopg.Connection) -> None:
        if self.read_only:
            conn.execute("SET default_transaction_read_only = on")

    def dedicated(self) -> PgConnection:
        raw = psycopg.connect(
            self.url, autocommit=True, row_factory=row_factory, application_name="clausewise"
        )
        self._configure(raw)
        self._dedicated.append(raw)
        return PgConnection(raw)

    def _checkout(self) -> PgConnection:
        try:
            return PgConnection(self.pool.getconn(timeout=CHECKOUT_TIMEOUT))
        except PoolTimeout:
            raise PoolExhausted(f"no free connection to {self.target}") from None

    def _checkin(self, conn: PgConnection) -> None:  # type: ignore[override]
        self.pool.putconn(conn.raw)

    def close(self) -> None:
        for raw in self._dedicated:
            raw.close()
        self._dedicated.clear()
        self.pool.close(timeout=2)

    @contextmanager
    def exclusive(self, name: str):
        lock = "hashtext(current_schema() || ':' || %s)"
        with self.connection() as conn:
            got = conn.raw.execute(
                f"SELECT pg_try_advisory_lock(%s, {lock})", (LOCK_SPACE + 1, name)
            ).fetchone()[0]
            try:
                yield bool(got)
            finally:
                if got:
                    conn.raw.execute(
                        f"SELECT pg_advisory_unlock(%s, {lock})", (LOCK_SPACE + 1, name)
                    )
