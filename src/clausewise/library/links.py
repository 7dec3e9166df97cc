"""Drafts and the resolutions they became; series across sessions and bodies.

Links are read from the stored keys when asked, not kept as rows: adding or deleting a
document can then never leave a stale link behind.
"""

from __future__ import annotations

import sqlite3

from .store import DOC_COLUMNS


def _later_or_same(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a >= b


def draft_row(conn: sqlite3.Connection, row: sqlite3.Row) -> sqlite3.Row | None:
    """The draft an adopted text came from: same title and session, draft status, issued no
    later than the adoption; the latest such draft (a revision over its original)."""
    if row["status"] != "adopted" or not row["title_key"] or row["session"] is None:
        return None
    drafts = conn.execute(
        f"SELECT {DOC_COLUMNS} FROM documents WHERE status = 'draft' AND title_key = ?"
        " AND session = ? AND body IS ? ORDER BY date DESC",
        (row["title_key"], row["session"], row["body"]),
    ).fetchall()
    for d in drafts:
        if _later_or_same(row["date"], d["date"]):
            return d
    return None


def adopted_row(conn: sqlite3.Connection, row: sqlite3.Row) -> sqlite3.Row | None:
    """The adopted text a draft became (the inverse of `draft_row`)."""
    if row["status"] != "draft" or not row["title_key"] or row["session"] is None:
        return None
    adopted = conn.execute(
        f"SELECT {DOC_COLUMNS} FROM documents WHERE status = 'adopted' AND title_key = ?"
        " AND session = ? AND body IS ? ORDER BY date",
        (row["title_key"], row["session"], row["body"]),
    ).fetchall()
    for a in adopted:
        if _later_or_same(a["date"], row["date"]):
            d = draft_row(conn, a)
            if d is not None and d["n"] == row["n"]:
                return a
    return None


def series_rows(conn: sqlite3.Connection, row: sqlite3.Row) -> list[sqlite3.Row]:
    """Every document with the same topic words, in date order (then session, symbol)."""
    if not row["series"]:
        return [row]
    return conn.execute(
        f"SELECT {DOC_COLUMNS} FROM documents WHERE series = ?"
        " ORDER BY date IS NULL, date, session, symbol",
        (row["series"],),
    ).fetchall()
