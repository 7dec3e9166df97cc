"""Every SQL statement of the UPR's tables (storage.migrations v004), in the subset SQLite
and PostgreSQL both read."""

from __future__ import annotations

from collections.abc import Iterable

from ..storage import meta
from .model import Assistance, Measure, Progress, UprRecord

ITEM_COLUMNS = (
    "id, kind, state_to, state_by, text, response, session, cycle, action, to_group,"
    " by_group, themes, occurrence, digest, source, line"
)


def _chunks(xs: list, k: int = 500):
    for i in range(0, len(xs), k):
        yield xs[i : i + k]


def digests(conn, ids: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        out.update(
            (r[0], r[1])
            for r in conn.execute(f"SELECT id, digest FROM upr_items WHERE id IN ({marks})", chunk)
        )
    return out


def _row(r: UprRecord, source: str, line: int) -> tuple:
    return (
        r.id,
        r.kind,
        r.to,
        r.by,
        r.text,
        r.response,
        r.session,
        r.cycle,
        r.action,
        r.to_group,
        r.by_group,
        "|".join(r.themes),
        r.occurrence,
        r.digest,
        source,
        line,
    )


def insert_items(conn, rows: list[tuple[int, UprRecord]], source: str) -> None:
    conn.executemany(
        f"INSERT INTO upr_items({ITEM_COLUMNS}) VALUES ({','.join('?' * 16)})",
        [_row(r, source, line) for line, r in rows],
    )
    put_themes(conn, [r for _, r in rows])


def update_items(conn, rows: list[tuple[int, UprRecord]], source: str) -> None:
    conn.executemany(
        "UPDATE upr_items SET response = ?, action = ?, to_group = ?, by_group = ?, themes = ?,"
        " digest = ?, source = ?, line = ? WHERE id = ?",
        [
            (
                r.response,
                r.action,
                r.to_group,
                r.by_group,
                "|".join(r.themes),
                r.digest,
                source,
                line,
                r.id,
            )
            for line, r in rows
        ],
    )
    conn.executemany("DELETE FROM upr_item_themes WHERE item = ?", [(r.id,) for _, r in rows])
    put_themes(conn, [r for _, r in rows])


def put_themes(conn, records: Iterable[UprRecord]) -> None:
    conn.executemany(
        "INSERT INTO upr_item_themes(item, theme) VALUES (?, ?)",
        [(r.id, t) for r in records for t in r.themes],
    )


def generation(conn) -> int:
    """Bumped by every import that changes a record and every relink: what the tallies and
    the pages' lists are cached by."""
    return int(meta.get(conn, "upr_generation") or 0)


def bump(conn) -> None:
    meta.put(conn, "upr_generation", str(generation(conn) + 1))


def log_import(conn, name, sha256, at, rows, added, updated, unchanged, bad) -> None:
    conn.execute(
        "INSERT INTO upr_imports(name, sha256, at, rows, added, updated, unchanged, bad)"
        " VALUES (?,?,?,?,?,?,?,?)",
        (name, sha256, at, rows, added, updated, unchanged, bad),
    )


# -- reading items ------------------------------------------------------------------------


def items(
    conn,
    *,
    to: str | None = None,
    by: str | None = None,
    theme: str | None = None,
    kind: str | None = None,
    response: str | None = None,
    cycle: int | None = None,
    session: int | None = None,
    ids: list[str] | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> list:
    where, args = [], []
    for col, val in (
        ("i.state_to", to),
        ("i.state_by", by),
        ("i.kind", kind),
        ("i.response", response),
        ("i.cycle", cycle),
        ("i.session", session),
    ):
        if val is not None:
            where.append(f"{col} = ?")
            args.append(val)
    if theme is not None:
        where.append("i.id IN (SELECT item FROM upr_item_themes WHERE theme = ?)")
        args.append(theme)
    if ids is not None:
        if not ids:
            return []
        where.append(f"i.id IN ({','.join('?' * len(ids))})")
        args += ids
    sql = f"SELECT {ITEM_COLUMNS} FROM upr_items i"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY i.session, i.state_to, i.kind, i.state_by, i.text, i.occurrence"
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        args += [limit, offset]
    return conn.execute(sql, args).fetchall()


def count_items(conn) -> dict[str, int]:
    return {r[0]: r[1] for r in conn.execute("SELECT kind, count(*) FROM upr_items GROUP BY kind")}


def tally(conn, column: str, state: str) -> list[tuple]:
    """(cycle, theme, response, count) of the recommendations a State received (`column`
    state_to) or made (state_by)."""
    assert column in ("state_to", "state_by")
    return [
        tuple(r)
        for r in conn.execute(
            "SELECT i.cycle, t.theme, coalesce(i.response, ''), count(*) FROM upr_items i"
            " JOIN upr_item_themes t ON t.item = i.id"
            f" WHERE i.{column} = ? AND i.kind = 'recommendation'"
            " GROUP BY i.cycle, t.theme, coalesce(i.response, '')",
            (state,),
        )
    ]


def states(conn) -> list[tuple[str, int, int]]:
    """(State, recommendations received, pledges) of every State under review."""
    return [
        tuple(r)
        for r in conn.execute(
            "SELECT state_to, sum(CASE WHEN kind = 'recommendation' THEN 1 ELSE 0 END),"
            " sum(CASE WHEN kind = 'pledge' THEN 1 ELSE 0 END) FROM upr_items"
            " GROUP BY state_to ORDER BY state_to"
        )
    ]


def count_for(conn, column: str, state: str) -> int:
    """How many recommendations a State received (`column` state_to) or made (state_by)."""
    assert column in ("state_to", "state_by")
    return conn.execute(
        f"SELECT count(*) FROM upr_items WHERE {column} = ? AND kind = 'recommendation'",
        (state,),
    ).fetchone()[0]


def themes(conn) -> list[tuple[str, int]]:
    return [
        tuple(r)
        for r in conn.execute(
            "SELECT theme, count(*) FROM upr_item_themes GROUP BY theme ORDER BY theme"
        )
    ]


def theme_tally(conn, theme: str) -> list[tuple]:
    """(cycle, response, count) of a theme's recommendations."""
    return [
        tuple(r)
        for r in conn.execute(
            "SELECT i.cycle, coalesce(i.response, ''), count(*) FROM upr_items i"
            " JOIN upr_item_themes t ON t.item = i.id WHERE t.theme = ?"
            " AND i.kind = 'recommendation' GROUP BY i.cycle, coalesce(i.response, '')",
            (theme,),
        )
    ]


def theme_states(conn, theme: str, limit: int) -> list[tuple[str, int]]:
    return [
        tuple(r)
        for r in conn.execute(
            "SELECT i.state_to, count(*) AS k FROM upr_items i JOIN upr_item_themes t"
            " ON t.item = i.id WHERE t.theme = ? GROUP BY i.state_to ORDER BY k DESC,"
            " i.state_to LIMIT ?",
            (theme, limit),
        )
    ]


# -- assistance, measures, progress --------------------------------------------------------

_ASSIST = (
    "SELECT id, requested_by, offered_by, modality, priorities, status, mandate,"
    " recommendation, note, created, updated FROM upr_assistance"
)


def _assistance(r) -> Assistance:
    return Assistance(
        id=r[0],
        requested_by=r[1],
        offered_by=r[2],
        modality=r[3],
        priorities=tuple(p for p in r[4].split("\n") if p),
        status=r[5],
        mandate=r[6],
        recommendation=r[7],
        note=r[8],
        created=r[9],
        updated=r[10],
    )


def insert_assistance(conn, a: dict) -> int:
    return conn.execute(
        "INSERT INTO upr_assistance(requested_by, offered_by, modality, priorities, status,"
        " mandate, recommendation, note, created, updated) VALUES (?,?,?,?,?,?,?,?,?,?)"
        " RETURNING id",
        (
            a["requested_by"],
            a["offered_by"],
            a["modality"],
            "\n".join(a["priorities"]),
            a["status"],
            a["mandate"],
            a["recommendation"],
            a["note"],
            a["created"],
            a["created"],
        ),
    ).fetchone()[0]


def status_of(conn, table: str, ident: int) -> str | None:
    """A stored assistance record's or measure's status (what the audit calls "before")."""
    assert table in ("upr_assistance", "upr_measures")
    row = conn.execute(f"SELECT status FROM {table} WHERE id = ?", (ident,)).fetchone()
    return row[0] if row else None


def set_assistance_status(conn, ident: int, status: str, note: str | None, at: str) -> bool:
    cur = conn.execute(
        "UPDATE upr_assistance SET status = ?, note = coalesce(?, note), updated = ?"
        " WHERE id = ? RETURNING id",
        (status, note, at, ident),
    )
    return cur.fetchone() is not None


def assistance(conn, *, state: str | None = None, ident: int | None = None) -> list[Assistance]:
    sql, args = _ASSIST, []
    if ident is not None:
        sql += " WHERE id = ?"
        args.append(ident)
    elif state is not None:
        sql += " WHERE requested_by = ? OR offered_by = ?"
        args += [state, state]
    return [_assistance(r) for r in conn.execute(sql + " ORDER BY id", args)]


def insert_measure(conn, item, action, indicator, due, status, at) -> int:
    return conn.execute(
        "INSERT INTO upr_measures(item, action, indicator, due, status, created)"
        " VALUES (?,?,?,?,?,?) RETURNING id",
        (item, action, indicator, due, status, at),
    ).fetchone()[0]


def insert_progress(conn, measure, day, note, at) -> int | None:
    row = conn.execute(
        "INSERT INTO upr_progress(measure, day, note, created) SELECT id, ?, ?, ?"
        " FROM upr_measures WHERE id = ? RETURNING id",
        (day, note, at, measure),
    ).fetchone()
    return row[0] if row else None


def set_measure_status(conn, ident: int, status: str) -> bool:
    return (
        conn.execute(
            "UPDATE upr_measures SET status = ? WHERE id = ? RETURNING id", (status, ident)
        ).fetchone()
        is not None
    )


def measures(conn, item: str) -> list[Measure]:
    notes: dict[int, list[Progress]] = {}
    for r in conn.execute(
        "SELECT p.id, p.measure, p.day, p.note, p.created FROM upr_progress p JOIN upr_measures m"
        " ON m.id = p.measure WHERE m.item = ? ORDER BY p.day, p.id",
        (item,),
    ):
        notes.setdefault(r[1], []).append(Progress(*r))
    return [
        Measure(r[0], r[1], r[2], r[3], r[4], r[5], r[6], tuple(notes.get(r[0], ())))
        for r in conn.execute(
            "SELECT id, item, action, indicator, due, status, created FROM upr_measures"
            " WHERE item = ? ORDER BY due IS NULL, due, id",
            (item,),
        )
    ]


def item_exists(conn, ident: str) -> bool:
    return conn.execute("SELECT 1 FROM upr_items WHERE id = ?", (ident,)).fetchone() is not None


def mandate_exists(conn, ident: str) -> bool:
    return (
        conn.execute("SELECT 1 FROM registry_mandates WHERE id = ?", (ident,)).fetchone()
        is not None
    )


# -- links -----------------------------------------------------------------------------------


def clear_links(conn, items: list[str] | None = None) -> None:
    if items is None:
        conn.execute("DELETE FROM upr_links")
        return
    for chunk in _chunks(items):
        conn.execute(f"DELETE FROM upr_links WHERE item IN ({','.join('?' * len(chunk))})", chunk)


def put_links(conn, rows: list[tuple]) -> None:
    """rows: (item, doc n, eid, mandate, kind, reason, score)."""
    conn.executemany(
        "INSERT INTO upr_links(item, doc, eid, mandate, kind, reason, score)"
        " VALUES (?,?,?,?,?,?,?)",
        rows,
    )


def links(conn, ids: list[str]) -> dict[str, list]:
    out: dict[str, list] = {}
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        for r in conn.execute(
            "SELECT l.item, l.kind, d.id, d.symbol, d.title, l.eid, l.mandate, l.reason, l.score"
            f" FROM upr_links l JOIN documents d ON d.n = l.doc WHERE l.item IN ({marks})"
            " ORDER BY l.item, l.kind DESC, l.score DESC",
            chunk,
        ):
            out.setdefault(r[0], []).append(r)
    return out


def put_sponsors(conn, rows: list[tuple[str, int]]) -> None:
    conn.execute("DELETE FROM upr_sponsors")
    conn.executemany("INSERT INTO upr_sponsors(state, doc) VALUES (?, ?)", rows)


def sponsored(conn, state: str) -> list[dict]:
    return [
        {"id": r[0], "symbol": r[1], "title": r[2], "date": r[3], "status": r[4]}
        for r in conn.execute(
            "SELECT d.id, d.symbol, d.title, d.date, d.status FROM upr_sponsors s"
            " JOIN documents d ON d.n = s.doc WHERE s.state = ? ORDER BY d.date, d.id",
            (state,),
        )
    ]


def measure_item(conn, ident: int) -> str | None:
    """The recommendation a measure implements (None: no such measure)."""
    row = conn.execute("SELECT item FROM upr_measures WHERE id = ?", (ident,)).fetchone()
    return row[0] if row else None
