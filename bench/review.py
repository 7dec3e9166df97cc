"""The review's costs, each against a baseline measured in the same run:

- a request's token check: argon2id (a server's first sight of a token) and the remembered
  check (every later request), against the floor of reading the user's row by token id;
- a write with its audit row (a comment: insert + hash-chained append in one transaction)
  against the same insert alone;
- `audit verify` (rehash every row) against reading the rows alone.

    .venv/bin/python bench/review.py [--postgres URL] [-n 500]

On SQLite always; on PostgreSQL too with --postgres (a schema of its own, dropped after).
Prints markdown.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from common import machine  # noqa: E402

from clausewise.library import Library  # noqa: E402
from clausewise.review import Review, User, store, tokens  # noqa: E402

SEED = ROOT / "examples" / "seeds" / "001_ef61d0dabfe29b93.txt"
MANDATE = "A_RES_72_169:para_17:1"
ADMIN = User("cli:bench", "admin")


def per_call(fn, n: int) -> float:
    t0 = time.perf_counter()
    for i in range(n):
        fn(i)
    return (time.perf_counter() - t0) / n * 1000  # ms


def run(target, n: int) -> list[tuple[str, float, float]]:
    lib = Library(target)
    lib.add_file(SEED)
    rv = Review(lib.db)
    _, token = rv.add_user(ADMIN, "ann", "reviewer")
    tid = tokens.token_id(token)
    out = []

    def floor(_):
        with lib.db.connection() as conn:
            store.by_token_id(conn, tid)

    base = per_call(floor, n)
    cold = per_call(lambda _: Review(lib.db).authenticate(token), max(20, n // 20))
    warm = per_call(lambda _: rv.authenticate(token), n)
    out += [
        ("token check: read the user's row (baseline)", base, 1.0),
        ("token check, first sight (argon2id)", cold, cold / base),
        ("token check, remembered", warm, warm / base),
    ]

    def plain(i):
        with lib.db.connection() as conn, conn.transaction():
            store.insert_comment(conn, MANDATE, "ann", "2026-01-01", f"plain {i}")

    ann = User("ann", "reviewer")
    base = per_call(plain, n)
    audited = per_call(lambda i: rv.comment(ann, MANDATE, f"audited {i}"), n)
    out += [
        ("a comment, insert alone (baseline)", base, 1.0),
        ("a comment with its audit row", audited, audited / base),
    ]
    rows = len(rv.audit())

    def read_all(_):
        with lib.db.connection() as conn:
            for _row in store.audit_rows(conn):
                pass

    base = per_call(read_all, 5)
    verify = per_call(lambda _: rv.verify(), 5)
    out += [
        (f"read the {rows} audit rows (baseline)", base, 1.0),
        (f"verify the {rows} audit rows", verify, verify / base),
    ]
    lib.close()
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--postgres", help="a PostgreSQL URL (a schema is made and dropped)")
    ap.add_argument("-n", type=int, default=500)
    args = ap.parse_args()
    print(f"`bench/review.py -n {args.n}` — {machine()}\n")
    targets = [("SQLite", None)]
    if args.postgres:
        targets.append(("PostgreSQL", args.postgres))
    for name, url in targets:
        with tempfile.TemporaryDirectory() as d:
            schema = None
            if url is None:
                target = Path(d) / "library.sqlite"
            else:
                import psycopg

                from clausewise.storage import open_database
                from clausewise.storage.migrations import migrate

                schema = f"bench_{uuid.uuid4().hex[:10]}"
                with psycopg.connect(url, autocommit=True) as c:
                    c.execute(f"CREATE SCHEMA {schema}")
                target = f"{url}{'&' if '?' in url else '?'}options=-csearch_path%3D{schema}"
                db = open_database(target)
                migrate(db)
                db.close()
            try:
                print(f"**{name}**\n\n| what | ms per call | x baseline |\n|---|---:|---:|")
                for what, ms, ratio in run(target, args.n):
                    print(f"| {what} | {ms:.3f} | {ratio:.1f} |")
                print()
            finally:
                if schema:
                    with psycopg.connect(url, autocommit=True) as c:
                        c.execute(f"DROP SCHEMA {schema} CASCADE")


if __name__ == "__main__":
    main()
