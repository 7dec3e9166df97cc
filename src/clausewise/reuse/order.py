"""Which of two documents is earlier: draft links, dates, and which version of a document a
collection keeps.

The draft of an adopted text is the history's (`history.linking`: `links` per body and
session, then `draft_of`), which the library stores and its trace reads (`library.chain`);
`draft_links` computes it from the documents' rows alone, so a job that has never seen a
SQLite file finds the drafts the library finds.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence, Set
from dataclasses import dataclass

from ..history.linking import ADOPTED_AS, Facts, Texts, draft_of, links
from ..library import normal
from ..library.rows import DOCUMENT_COLUMNS, PARAGRAPH_COLUMNS

_D = {c: i for i, c in enumerate(DOCUMENT_COLUMNS)}
_TEXT, _EXACT = PARAGRAPH_COLUMNS.index("text"), PARAGRAPH_COLUMNS.index("exact")


@dataclass(frozen=True, slots=True)
class LinkDoc:
    """What draft linking needs of a document: what it says about itself, and for linking
    by content its paragraphs' texts (in order) and exact keys."""

    facts: Facts
    texts: tuple[str, ...]
    keys: frozenset[str]


def link_doc(document: Sequence, paragraphs: Iterable[Sequence]) -> LinkDoc:
    """From the rows the library stores for a document (`library.rows`: its DOCUMENT_COLUMNS
    and its paragraphs' PARAGRAPH_COLUMNS, in order), the facts `library.chain` reads."""
    d = document
    record = json.loads(d[_D["record"]])
    paras = list(paragraphs)
    return LinkDoc(
        Facts(
            id=d[_D["id"]],
            symbol=d[_D["symbol"]],
            status=d[_D["status"]],
            body=d[_D["body"]],
            session=d[_D["session"]],
            date=d[_D["date"]],
            title_key=d[_D["title_key"]],
            committee=record.get("committee"),
            origin=record.get("origin"),
            amends=record.get("amends"),
            agenda_items=tuple(record.get("agenda_items") or ()),
        ),
        tuple(p[_TEXT] for p in paras),
        frozenset(p[_EXACT] for p in paras),
    )


def link_group(body: str | None, session: int | None) -> tuple[str | None, int] | None:
    """The group a document of this body and session is linked in; None without a session
    (nothing then says which texts belong together)."""
    return None if session is None else (body or None, session)


def may_link(statuses: Set[str]) -> bool:
    """Can a group whose documents have these statuses hold a draft link? Only with a draft
    and an adopted text: the rest need not be read."""
    return "draft" in statuses and "adopted" in statuses


def group_drafts(docs: Iterable[LinkDoc]) -> dict[str, str]:
    """adopted id -> the id of its draft, among the documents of one `link_group`."""
    by_id = {d.facts.id: d for d in docs}

    def words(ident: str) -> Iterable[str]:
        for t in by_id[ident].texts:
            yield from normal.words(t)

    texts = Texts(words, {i: d.keys for i, d in by_id.items()})
    found = links((d.facts for d in by_id.values()), texts.similarity, texts.related)
    dates = {i: d.facts.date for i, d in by_id.items()}
    out = {}
    for a in sorted({lk.dst for lk in found if lk.kind == ADOPTED_AS}):
        draft = draft_of(a, found, dates, texts.similarity)
        if draft is not None:
            out[a] = draft
    return out


def draft_links(docs: Iterable[LinkDoc]) -> dict[str, str]:
    """adopted id -> the id of its draft, as the library's `links.draft_row` finds it."""
    groups: dict[tuple, list[LinkDoc]] = defaultdict(list)
    for d in docs:
        g = link_group(d.facts.body, d.facts.session)
        if g is not None:
            groups[g].append(d)
    out: dict[str, str] = {}
    for group in groups.values():
        if may_link({d.facts.status for d in group}):
            out.update(group_drafts(group))
    return out


def is_source(s_doc: str, s_date: str | None, t_date: str | None, t_draft: str | None) -> bool:
    """Is document `s` earlier than document `t` (`t_draft`: the id of `t`'s draft)? Its
    draft always is; otherwise only a strictly earlier date counts."""
    if t_draft is not None and t_draft == s_doc:
        return True
    return bool(s_date and t_date and s_date < t_date)


def settle(versions: Iterable[tuple[int, str]]) -> int:
    """Of the versions (input order, content hash) of one document id, the order of the one
    a library keeps after adding them all in order: an identical text is already present,
    a different one replaces what is there."""
    kept: tuple[int, str] | None = None
    for order, digest in sorted(versions):
        if kept is None or digest != kept[1]:
            kept = (order, digest)
    if kept is None:
        raise ValueError("settle: no versions")
    return kept[0]
