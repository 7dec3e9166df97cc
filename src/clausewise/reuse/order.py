"""Which of two documents is earlier: draft links, dates, and which version of a document a
collection keeps.

The library answers these with SQL over its rows (`library.links`); the functions here give
the same answers from the documents' keys alone, so a job that has never seen a SQLite file
orders documents as the library does.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class DocKey:
    """What ordering needs of a document (its columns in the library's `documents` table)."""

    id: str
    order: int  # insertion order: the library's row number, the job's input order
    status: str  # draft | adopted
    title_key: str | None
    body: str | None
    session: int | None
    date: str | None  # normal.date_key


def _later_or_same(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a >= b


def _by_date_desc(drafts: list[DocKey]) -> list[DocKey]:
    # SQLite's `ORDER BY date DESC, n`: undated last (NULL is the smallest value), ties in
    # insertion order (Python's sort is stable under reverse=True too)
    return sorted(sorted(drafts, key=lambda d: d.order), key=lambda d: d.date or "", reverse=True)


def draft_links(docs: Iterable[DocKey]) -> dict[str, str]:
    """adopted id -> the id of its draft, as `links.draft_row` finds it: same title key,
    session and body, status draft, dated no later than the adoption; the latest such."""
    groups: dict[tuple, list[DocKey]] = defaultdict(list)
    for d in docs:
        if d.title_key and d.session is not None:
            groups[d.title_key, d.session, d.body].append(d)
    out: dict[str, str] = {}
    for group in groups.values():
        drafts = _by_date_desc([d for d in group if d.status == "draft"])
        if not drafts:
            continue
        for a in group:
            if a.status != "adopted":
                continue
            d = next((d for d in drafts if _later_or_same(a.date, d.date)), None)
            if d is not None:
                out[a.id] = d.id
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
