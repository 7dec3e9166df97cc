"""Storage behind one interface: the same schema from the same migrations on SQLite and
PostgreSQL, a library made before migrations upgraded in place, a PostgreSQL database
refused until `clausewise migrate` has run, the SQL translations, and bounded pools."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import threading

import pytest

from clausewise import InputError
from clausewise.library import Library
from clausewise.storage import open_database
from clausewise.storage.migrations import check, latest, migrate, migrations, pending
from clausewise.storage.postgresql import translate
from clausewise.storage.sql import postgres_ddl

from .conftest import SEED_000, SEED_001, SEED_004, SEEDS, new_library, postgres_base_url


def _columns(db) -> dict[str, list[str]]:
    """Every table's columns, by name, as each engine describes them."""
    with db.connection() as conn:
        if db.kind == "sqlite":
            tables = [
                r[0]
                for r in conn.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table'"
                    " AND name NOT LIKE 'sqlite_%'"
                )
            ]
            return {
                t: sorted(r[1] for r in conn.execute(f"PRAGMA table_info({t})")) for t in tables
            }
        out: dict[str, list[str]] = {}
        for t, c in conn.execute(
            "SELECT table_name, column_name FROM information_schema.columns"
            " WHERE table_schema = current_schema()"
        ):
            out.setdefault(t, []).append(c)
        return {t: sorted(cs) for t, cs in out.items()}


def test_both_engines_have_the_same_tables_and_columns(tmp_path):
    dbs = [open_database(new_library(b, tmp_path)) for b in ("sqlite", "postgresql")]
    try:
        migrate(dbs[0])
        lite, pg = (_columns(db) for db in dbs)
        assert lite == pg
        assert {
            "documents",
            "paragraphs",
            "links",
            "registry_evidence",
            "schema_migrations",
        } <= set(lite)
        assert "n" in lite["registry_evidence"]  # migration 2
    finally:
        for db in dbs:
            db.close()


def test_a_library_from_before_migrations_is_upgraded_on_opening(tmp_path):
    from clausewise.storage.migrations import v001_library

    path = tmp_path / "old.sqlite"
    # the schema as clausewise wrote it before migrations (`v001` is that schema), with a
    # registry holding evidence in the order it was found, and no schema_migrations
    conn = sqlite3.connect(path)
    conn.executescript(v001_library.LIBRARY + v001_library.LINKS + v001_library.REGISTRY)
    conn.execute("INSERT INTO meta VALUES ('schema_version', '1')")
    conn.commit()
    conn.close()
    with Library(path) as lib:
        assert lib.add_file(SEED_001).status == "added"
        before = [r[0] for r in lib.conn.execute("SELECT n FROM registry_evidence ORDER BY n")]
    # now made old again: drop the migrations' record and the column migration 2 added
    conn = sqlite3.connect(path)
    rows = conn.execute(
        "SELECT mandate, doc, type, eid, text, target FROM registry_evidence ORDER BY n"
    ).fetchall()
    conn.executescript(
        "DROP TABLE schema_migrations; DROP TABLE registry_evidence;" + v001_library.REGISTRY
    )
    conn.executemany("INSERT INTO registry_evidence VALUES (?,?,?,?,?,?)", rows)
    conn.commit()
    conn.close()
    with Library(path) as lib:  # opened for writing: upgraded
        assert not pending(lib.db)
        got = lib.conn.execute(
            "SELECT mandate, doc, type, eid, text, target FROM registry_evidence ORDER BY n"
        ).fetchall()
        assert [tuple(r) for r in got] == rows and len(before) == len(rows)
        assert lib.get("A/RES/72/169").summary.symbol == "A/RES/72/169"
    # read-only, an old library is refused with the command that upgrades it
    conn = sqlite3.connect(path)
    conn.execute("DELETE FROM schema_migrations WHERE version > 1")
    conn.commit()
    conn.close()
    with pytest.raises(
        InputError,
        match=rf"version 1; this clausewise needs version {latest()}: run `clausewise migrate",
    ):
        Library(path, read_only=True)


def test_postgresql_is_refused_until_migrated_then_migrated_once(tmp_path):
    import uuid

    import psycopg

    from .conftest import _SCHEMAS, with_schema

    base = postgres_base_url()
    schema = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(base, autocommit=True) as c:
        c.execute(f"CREATE SCHEMA {schema}")
    _SCHEMAS.append(schema)
    url = with_schema(base, schema)
    with pytest.raises(
        InputError,
        match=r"an empty database; this clausewise needs version \d+: run `clausewise migrate --library postgresql://",
    ):
        Library(url)
    # two processes' worth of migrating at once: each migration applied once
    dbs = [open_database(url) for _ in range(2)]
    applied: list[list] = [[], []]
    threads = [
        threading.Thread(target=lambda i=i: applied[i].extend(migrate(dbs[i]))) for i in range(2)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(m.version for a in applied for m in a) == list(range(1, latest() + 1))
    check(dbs[0])
    for db in dbs:
        db.close()
    r = subprocess.run(
        [sys.executable, "-m", "clausewise", "migrate", "--library", url],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert r.returncode == 0 and f"is up to date (version {latest()})" in r.stdout
    with Library(url) as lib:
        assert lib.add_file(SEED_000).status == "added"


def test_migrate_command_upgrades_a_database_and_says_so(tmp_path):
    import uuid

    import psycopg

    from .conftest import _SCHEMAS, with_schema

    base = postgres_base_url()
    schema = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(base, autocommit=True) as c:
        c.execute(f"CREATE SCHEMA {schema}")
    _SCHEMAS.append(schema)
    url = with_schema(base, schema)
    r = subprocess.run(
        [sys.executable, "-m", "clausewise", "migrate", "--library", url],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert lines[: latest()] == [f"migrated to {m.version}: {m.title}" for m in migrations()]
    assert lines[-1].endswith(f"is at version {latest()}") and "@" in lines[-1]


def test_ddl_translation_rules():
    ddl = (
        "CREATE TABLE t (n INTEGER PRIMARY KEY AUTOINCREMENT, m INTEGER NOT NULL,"
        " b BLOB, r REAL, k INTEGER PRIMARY KEY) WITHOUT ROWID;"
    )
    assert postgres_ddl(ddl) == (
        "CREATE TABLE t (n BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
        " m BIGINT NOT NULL, b BYTEA, r DOUBLE PRECISION,"
        " k BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY);"
    )


def test_placeholders_are_translated_outside_quotes_only():
    assert translate("SELECT a FROM t WHERE b = ? AND c LIKE '%?%'") == (
        "SELECT a FROM t WHERE b = %s AND c LIKE '%%?%%'"
    )
    assert translate('SELECT "end" FROM t WHERE x = ? AND y = ?') == (
        'SELECT "end" FROM t WHERE x = %s AND y = %s'
    )
    assert translate("SELECT 100 % 7") == "SELECT 100 %% 7"


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_pools_are_bounded_however_many_threads_read(backend, tmp_path):
    target = new_library(backend, tmp_path)
    with Library(target) as lib:
        lib.add_paths([SEEDS])
    with Library(target, pool=2, read_only=True) as lib:
        errors = []

        def read():
            try:
                for _ in range(5):
                    assert len(lib.documents()) == 3
                    assert lib.search("religions")
            except Exception as exc:  # surfaced below
                errors.append(exc)

        threads = [threading.Thread(target=read) for _ in range(12)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert errors == []
        if backend == "sqlite":
            assert len(lib.db._all) <= 2
        else:
            assert lib.db.pool.get_stats()["pool_size"] <= 2


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_a_read_only_library_cannot_be_written(backend, tmp_path):
    target = new_library(backend, tmp_path)
    with Library(target) as lib:
        lib.add_file(SEED_004)
    with Library(target, read_only=True) as lib:
        with pytest.raises(Exception, match="(?i)read-only|readonly"):
            lib.add_file(SEED_000)
        assert [d.id for d in lib.documents()] != [] and len(lib.documents()) == 1
