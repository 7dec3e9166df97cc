"""The library's documents a page at a time: filtered, sorted, counted, with facets.

One WHERE clause per filter, written once with `?` placeholders for both engines. Each
facet counts the documents that match every *other* filter (choosing a body shows how many
of each status that body holds, and every body still shows its own count), so a facet's
links never lead to an empty page. The year is the first four characters of the date the
library orders by."""

from __future__ import annotations

from dataclasses import dataclass, field

SORTS = {
    # newest first: the day's work is on this year's texts
    "newest": "date IS NULL, date DESC, body, session DESC, symbol",
    "oldest": "date IS NULL, date, body, session, symbol",
    "symbol": "symbol IS NULL, symbol, id",
    "title": "title IS NULL, lower(title), id",
}
FACETS = ("body", "year", "status", "mandates")
_HAS_MANDATES = "EXISTS (SELECT 1 FROM mandates m WHERE m.doc = documents.n)"


@dataclass(frozen=True, slots=True)
class Filters:
    q: str | None = None  # words of the title, symbol or id
    body: str | None = None
    session: int | None = None
    year: int | None = None
    status: str | None = None
    mandates: bool | None = None  # creates mandates, or not


@dataclass(frozen=True, slots=True)
class Page:
    total: int  # documents matching the filters
    rows: list = field(default_factory=list)  # this page's rows, in order
    # facet -> [(value, count)], value as the filter takes it ("yes"/"no" for mandates)
    facets: dict[str, list[tuple[str, int]]] = field(default_factory=dict)


def _where(f: Filters, leave_out: str = "") -> tuple[str, list]:
    where, args = [], []
    for col, val in (("body", f.body), ("session", f.session), ("status", f.status)):
        if val is not None and col != leave_out:
            where.append(f"{col} = ?")
            args.append(val)
    if f.year is not None and leave_out != "year":
        where.append("substr(date, 1, 4) = ?")
        args.append(f"{f.year:04d}")
    if f.mandates is not None and leave_out != "mandates":
        where.append(_HAS_MANDATES if f.mandates else f"NOT {_HAS_MANDATES}")
    if f.q:
        where.append("(lower(title) LIKE ? OR lower(symbol) LIKE ? OR lower(id) LIKE ?)")
        args += [f"%{f.q.lower()}%"] * 3
    return (" WHERE " + " AND ".join(where)) if where else "", args


def _facet(conn, f: Filters, name: str) -> list[tuple[str, int]]:
    where, args = _where(f, leave_out=name)
    expr = {
        "body": "body",
        "status": "status",
        "year": "substr(date, 1, 4)",
        "mandates": f"CASE WHEN {_HAS_MANDATES} THEN 'yes' ELSE 'no' END",
    }[name]
    rows = conn.execute(
        f"SELECT {expr} AS v, count(*) AS c FROM documents{where} GROUP BY {expr}", args
    ).fetchall()
    out = [(str(r[0]), int(r[1])) for r in rows if r[0] is not None]
    if name == "year":
        return sorted(out, reverse=True)  # newest year first
    return sorted(out, key=lambda vc: (-vc[1], vc[0]))


def page(
    conn,
    columns: str,
    f: Filters,
    sort: str,
    offset: int,
    limit: int,
    facets: bool = True,
    count: bool = True,
) -> Page:
    """The rows of one page (`columns` of `documents`), the number of matches (-1 when
    not `count`ed: a picker's suggestions need none), and the facets' counts when asked."""
    if sort not in SORTS:
        raise ValueError(f"sort: one of {', '.join(SORTS)}, not {sort!r}")
    where, args = _where(f)
    total = (
        conn.execute(f"SELECT count(*) FROM documents{where}", args).fetchone()[0] if count else -1
    )
    # the page's keys first, then its rows: sorting reads only the first columns, not the
    # columns a later migration added after each row's large record (SQLite reads those
    # through the record's overflow pages, a few times slower over the whole table)
    ns = [
        r[0]
        for r in conn.execute(
            f"SELECT n FROM documents{where} ORDER BY {SORTS[sort]} LIMIT ? OFFSET ?",
            [*args, limit, offset],
        ).fetchall()
    ]
    by_n = {}
    if ns:
        marks = ",".join("?" * len(ns))
        for r in conn.execute(f"SELECT {columns} FROM documents WHERE n IN ({marks})", ns):
            by_n[r["n"]] = r
    rows = [by_n[n] for n in ns if n in by_n]
    counts = {name: _facet(conn, f, name) for name in FACETS} if facets else {}
    return Page(int(total), rows, counts)
