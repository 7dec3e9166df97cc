"""Drafts and the resolutions they became; series across sessions.

Draft and adoption links are stored records with their evidence (`chain`); these helpers
read them as rows. A series is read from its key when asked: it is a grouping by the
title's topic words, with nothing to judge and no evidence beyond the key itself.
"""

from __future__ import annotations

import sqlite3

from . import chain
from .store import DOC_COLUMNS


def _row(conn: sqlite3.Connection, ident: str | None) -> sqlite3.Row | None:
    if ident is None:
        return None
    return conn.execute(f"SELECT {DOC_COLUMNS} FROM documents WHERE id = ?", (ident,)).fetchone()


def draft_row(conn: sqlite3.Connection, row: sqlite3.Row) -> sqlite3.Row | None:
    """The draft an adopted text was adopted on (see `chain.draft_id`)."""
    if row["status"] != "adopted":
        return None
    return _row(conn, chain.draft_id(conn, row["id"]))


def adopted_row(conn: sqlite3.Connection, row: sqlite3.Row) -> sqlite3.Row | None:
    """The adopted text a draft (or one of its revisions or amendments) became."""
    if row["status"] == "adopted":
        return None
    return _row(conn, chain.adopted_id(conn, row["id"]))


def series_rows(
    conn: sqlite3.Connection, row: sqlite3.Row, all_bodies: bool = False
) -> list[sqlite3.Row]:
    """Every document with the same topic words, in date order (then session, symbol):
    of the same body unless `all_bodies` (the Assembly's "Human rights and extreme poverty"
    and the Council's "Extreme poverty and human rights" are one series across bodies)."""
    if not row["series"]:
        return [row]
    sql = f"SELECT {DOC_COLUMNS} FROM documents WHERE series = ?"
    args: list = [row["series"]]
    if not all_bodies:
        sql += " AND body IS ?"
        args.append(row["body"])
    return conn.execute(sql + " ORDER BY date IS NULL, date, session, symbol", args).fetchall()


def previous_row(
    conn: sqlite3.Connection, row: sqlite3.Row, all_bodies: bool = False
) -> sqlite3.Row | None:
    """The adopted text before `row` in its series (same body unless `all_bodies`): the
    latest one of an earlier session, so a draft's previous is last session's resolution."""
    before = [
        r
        for r in series_rows(conn, row, all_bodies)
        if r["status"] == "adopted"
        and r["id"] != row["id"]
        and r["date"] is not None
        and row["date"] is not None
        and r["date"] < row["date"]
        and (r["body"] != row["body"] or r["session"] != row["session"])
    ]
    return before[-1] if before else None
