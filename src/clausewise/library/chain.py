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
from collections.abc import Iterator
from dataclasses import dataclass

from ..history.linking import ADOPTED_AS, REVISES, Facts, Link, Texts, draft_of, links
from ..storage import meta
from . import normal, store

_GEN = "links_gen"


def _group(body: str | None, session: int | None) -> str:
    return f"{body or ''}|{'' if session is None else session}"


def _meta(conn) -> int:
    return int(meta.get(conn, _GEN) or 0)


def behind(conn) -> bool:
    return _meta(conn) < store.generation(conn)


def sync(conn) -> int:
    """Relink the groups changed since the last sync; returns how many groups."""
    if not behind(conn):
        return 0
    with conn.transaction():
        done, gen = _meta(conn), store.generation(conn)  # again, under the write lock
        if done >= gen:
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
                "INSERT INTO links(src, dst, kind, evidence, detail, score, grp)"
                " VALUES (?,?,?,?,?,?,?) ON CONFLICT(src, dst, kind) DO UPDATE SET"
                " evidence = excluded.evidence, detail = excluded.detail,"
                " score = excluded.score, grp = excluded.grp",
                [(k.src, k.dst, k.kind, k.evidence, k.detail, k.score, g) for k in found],
            )
        meta.put(conn, _GEN, str(gen))
        return len(groups)


def _changed_groups(conn, ids: list[str]) -> set[str]:
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


def _facts_sql(conn) -> str:
    field = conn.dialect.json_text
    return (
        "SELECT n, id, symbol, status, body, session, date, title_key,"
        f" {field('record', 'committee')}, {field('record', 'origin')},"
        f" {field('record', 'amends')}, {field('record', 'agenda_items')}"
        " FROM documents"
    )


_TEXTS = (
    "SELECT p.text FROM paragraphs p JOIN documents d ON d.n = p.doc WHERE d.id = ? ORDER BY p.ord"
)


def _words(conn):
    """A document's words by id, as linking by content compares them (`linking.Texts`)."""

    def words(ident: str) -> Iterator[str]:
        for (t,) in conn.execute(_TEXTS, (ident,)).fetchall():
            yield from normal.words(t)

    return words


def group_links(conn, grp: str) -> list[Link]:
    """The links among the documents of one body and session."""
    body, _, session = grp.partition("|")
    if not session:
        return []  # no session, no chain: nothing says which texts belong together
    rows = conn.execute(
        _facts_sql(conn) + " WHERE body IS NOT DISTINCT FROM ? AND session = ?",
        (body or None, int(session)),
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
    if not ids:
        return []
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


def links_of(conn, ident: str) -> list[StoredLink]:
    """Every link with `ident` at one end."""
    return [
        StoredLink(*r)
        for r in conn.execute(
            "SELECT src, dst, kind, evidence, detail, score FROM links WHERE src = ? OR dst = ?"
            " ORDER BY kind, src, dst",
            (ident, ident),
        )
    ]


def chain_ids(conn, ident: str) -> tuple[set[str], list[StoredLink]]:
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


def adopted_id(conn, ident: str) -> str | None:
    """The adopted text a draft (or revision, or amendment) became, through its chain."""
    direct = conn.execute(
        "SELECT dst FROM links WHERE src = ? AND kind = ?", (ident, ADOPTED_AS)
    ).fetchone()
    if direct:
        return direct[0]
    members, found = chain_ids(conn, ident)
    targets = {lk.dst for lk in found if lk.kind == ADOPTED_AS}
    return min(targets) if len(targets) == 1 else None


def draft_id(conn, ident: str) -> str | None:
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


def drafts(conn) -> dict[str, str]:
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


def entries(conn, ident: str, summarise) -> list[ChainEntry]:
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
