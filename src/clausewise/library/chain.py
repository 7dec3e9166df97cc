"""The links between a resolution's texts, stored as records with their evidence.

`clausewise.history.linking` decides the links (a pure function of what each text says
about itself); this module keeps them in the `links` table and up to date. Links join texts
of one body and session, so they are computed per (body, session) group: when documents
are added or deleted, the groups they touch are linked again from scratch, in one
transaction, and the generation they reflect is remembered (`meta.links_gen`), as the
search index remembers its own. Each row names its group, so a deleted document's group
is found from its links even after the document is gone.

Why stored and not read from keys at query time: the evidence (which symbol, which title,
how similar) is what a delegate checks a link by, and linking by content compares whole
texts, too slow to redo on every page; ids (not row numbers) name the ends, so a text
replaced under its symbol keeps its links once its group is relinked.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass

from ..history.linking import ADOPTED_AS, REVISES, Facts, Link, Texts, draft_of, links
from . import normal, store

_SCHEMA = """
CREATE TABLE IF NOT EXISTS links (
    src TEXT NOT NULL,      -- document id: "src <kind> dst"
    dst TEXT NOT NULL,
    kind TEXT NOT NULL,     -- adopted_as | revises | based_on | amends | corrects
    evidence TEXT NOT NULL, -- symbol | origin | title | content
    detail TEXT NOT NULL,   -- the evidence in words
    score REAL,             -- content similarity, when measured
    grp TEXT NOT NULL,      -- the body and session it was computed in
    PRIMARY KEY (src, dst, kind)
);
CREATE INDEX IF NOT EXISTS links_dst ON links(dst);
CREATE INDEX IF NOT EXISTS links_grp ON links(grp);
"""

_GEN = "links_gen"


def ensure(conn: sqlite3.Connection) -> None:
    conn.executescript(_SCHEMA)


def _group(body: str | None, session: int | None) -> str:
    return f"{body or ''}|{'' if session is None else session}"


def _meta(conn: sqlite3.Connection) -> int:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (_GEN,)).fetchone()
    return int(row[0]) if row else 0


def behind(conn: sqlite3.Connection) -> bool:
    return _meta(conn) < store.generation(conn)


def sync(conn: sqlite3.Connection) -> int:
    """Relink the groups changed since the last sync; returns how many groups."""
    if not behind(conn):
        return 0
    conn.execute("BEGIN IMMEDIATE")
    try:
        done, gen = _meta(conn), store.generation(conn)  # again, under the write lock
        if done >= gen:
            conn.execute("ROLLBACK")
            return 0
        if done == 0:  # a new table, or a library made before links were stored
            groups = {_group(b, s) for b, s in conn.execute("SELECT body, session FROM documents")}
            conn.execute("DELETE FROM links")
        else:
            groups = _changed_groups(conn, store.changed_since(conn, done))
        for g in sorted(groups):
            conn.execute("DELETE FROM links WHERE grp = ?", (g,))
            found = group_links(conn, g)
            conn.executemany(
                "INSERT OR REPLACE INTO links(src, dst, kind, evidence, detail, score, grp)"
                " VALUES (?,?,?,?,?,?,?)",
                [(k.src, k.dst, k.kind, k.evidence, k.detail, k.score, g) for k in found],
            )
        conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (_GEN, str(gen)))
        conn.execute("COMMIT")
        return len(groups)
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def _changed_groups(conn: sqlite3.Connection, ids: list[str]) -> set[str]:
    groups: set[str] = set()
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        marks = ",".join("?" * len(chunk))
        groups.update(
            _group(b, s)
            for b, s in conn.execute(
                f"SELECT body, session FROM documents WHERE id IN ({marks})", chunk
            )
        )
        groups.update(
            r[0]
            for r in conn.execute(
                f"SELECT grp FROM links WHERE src IN ({marks}) OR dst IN ({marks})", chunk + chunk
            )
        )
    return groups


_FACTS = (
    "SELECT n, id, symbol, status, body, session, date, title_key,"
    " json_extract(record, '$.committee'), json_extract(record, '$.origin'),"
    " json_extract(record, '$.amends'), json_extract(record, '$.agenda_items')"
    " FROM documents"
)
_TEXTS = (
    "SELECT p.text FROM paragraphs p JOIN documents d ON d.n = p.doc WHERE d.id = ? ORDER BY p.ord"
)


def _words(conn: sqlite3.Connection):
    """A document's words by id, as linking by content compares them (`linking.Texts`)."""

    def words(ident: str) -> Iterator[str]:
        for (t,) in conn.execute(_TEXTS, (ident,)):
            yield from normal.words(t)

    return words


def group_links(conn: sqlite3.Connection, grp: str) -> list[Link]:
    """The links among the documents of one body and session."""
    body, _, session = grp.partition("|")
    if not session:
        return []  # no session, no chain: nothing says which texts belong together
    rows = conn.execute(
        _FACTS + " WHERE body IS ? AND session = ?", (body or None, int(session))
    ).fetchall()
    facts, ids = [], {}
    for r in rows:
        ids[r[0]] = r[1]
        facts.append(
            Facts(
                id=r[1],
                symbol=r[2],
                status=r[3],
                body=r[4],
                session=r[5],
                date=r[6],
                title_key=r[7],
                committee=r[8],
                origin=r[9],
                amends=r[10],
                agenda_items=tuple(json.loads(r[11]) if r[11] else ()),
            )
        )
    keys: dict[str, set[str]] = {}
    marks = ",".join("?" * len(ids))
    for doc, exact in conn.execute(
        f"SELECT doc, exact FROM paragraphs WHERE doc IN ({marks})", list(ids)
    ):
        keys.setdefault(ids[doc], set()).add(exact)
    texts = Texts(_words(conn), keys)
    return links(facts, texts.similarity, texts.related)


# -- reading ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StoredLink:
    src: str
    dst: str
    kind: str
    evidence: str
    detail: str
    score: float | None


def links_of(conn: sqlite3.Connection, ident: str) -> list[StoredLink]:
    """Every link with `ident` at one end."""
    return [
        StoredLink(*r)
        for r in conn.execute(
            "SELECT src, dst, kind, evidence, detail, score FROM links WHERE src = ? OR dst = ?"
            " ORDER BY kind, src, dst",
            (ident, ident),
        )
    ]


def chain_ids(conn: sqlite3.Connection, ident: str) -> tuple[set[str], list[StoredLink]]:
    """The documents linked to `ident`, directly or through others, and their links."""
    seen, todo, found = {ident}, [ident], {}
    while todo:
        for lk in links_of(conn, todo.pop()):
            found[(lk.src, lk.dst, lk.kind)] = lk
            for other in (lk.src, lk.dst):
                if other not in seen:
                    seen.add(other)
                    todo.append(other)
    return seen, list(found.values())


def adopted_id(conn: sqlite3.Connection, ident: str) -> str | None:
    """The adopted text a draft (or revision, or amendment) became, through its chain."""
    direct = conn.execute(
        "SELECT dst FROM links WHERE src = ? AND kind = ?", (ident, ADOPTED_AS)
    ).fetchone()
    if direct:
        return direct[0]
    members, found = chain_ids(conn, ident)
    targets = {lk.dst for lk in found if lk.kind == ADOPTED_AS}
    return min(targets) if len(targets) == 1 else None


def draft_id(conn: sqlite3.Connection, ident: str) -> str | None:
    """The draft an adopted text was adopted on, of the drafts linked to it
    (`linking.draft_of`: the one it names, else the latest, else the closest)."""
    rows = conn.execute(
        "SELECT l.src, l.dst, l.kind, l.evidence, l.detail, l.score, d.date"
        " FROM links l JOIN documents d ON d.id = l.src WHERE l.dst = ? AND l.kind = ?",
        (ident, ADOPTED_AS),
    ).fetchall()
    found = [Link(*r[:6]) for r in rows]
    dates = {r[0]: r[6] for r in rows}
    return draft_of(ident, found, dates, Texts(_words(conn)).similarity)


def drafts(conn: sqlite3.Connection) -> dict[str, str]:
    """Every adopted text that has a draft -> its draft (`draft_id`)."""
    adopted = conn.execute("SELECT DISTINCT dst FROM links WHERE kind = ?", (ADOPTED_AS,))
    found = {a: draft_id(conn, a) for (a,) in adopted.fetchall()}
    return {a: d for a, d in found.items() if d is not None}


_RANK = {"draft": 0, "amendment": 1, "adopted": 2}


@dataclass(frozen=True, slots=True)
class ChainEntry:
    """One text of a negotiation, with the links it has to the texts before it."""

    summary: object  # the library's DocSummary
    role: str  # draft | revision | amendment | adopted | corrigendum
    links: tuple[StoredLink, ...]  # this text's own links ("this <kind> that"), evidence first


def entries(conn: sqlite3.Connection, ident: str, summarise) -> list[ChainEntry]:
    """The chain `ident` belongs to, in the order the texts came: by date, a draft before an
    amendment before the adopted text on one day. `summarise(row)` makes each summary."""
    members, found = chain_ids(conn, ident)
    marks = ",".join("?" * len(members))
    rows = conn.execute(
        f"SELECT {store.DOC_COLUMNS} FROM documents WHERE id IN ({marks})", sorted(members)
    ).fetchall()
    rows.sort(
        key=lambda r: (r["date"] is None, r["date"] or "", _RANK.get(r["status"], 1), r["id"])
    )
    out = []
    for r in rows:
        own = tuple(lk for lk in found if lk.src == r["id"])
        kinds = {lk.kind for lk in own}
        role = r["status"]
        if "corrects" in kinds:
            role = "corrigendum"
        elif REVISES in kinds:
            role = "revision"
        out.append(ChainEntry(summarise(r), role, own))
    return out
