"""Keeping the registry in step with the library, one changed document at a time.

The library numbers every write (`changes`); the registry remembers the generation it
reflects. `sync` reads the documents changed since, and for each: drops what was derived
from it, stores its mandates, then derives the evidence between it and its related
documents (its series, the texts citing it, the texts it cites) in both directions, and its
duplicates. Nothing else is touched: adding one document costs its own mandates and its
neighbours', not the library's. A first sync (or `rebuild`) treats every document as
changed. It all happens in one transaction, so a killed sync leaves the registry as it was.
"""

from __future__ import annotations

from collections import OrderedDict

from ..library import store as library_store
from . import store
from .derive import dup_key, evidence, is_duplicate, window_dues
from .model import Doc, Entry


class _Docs:
    """Documents loaded for one sync, the most recent few kept (series neighbours recur)."""

    def __init__(self, conn, size: int = 512):
        self.conn, self.size = conn, size
        self._cache: OrderedDict[int, Doc] = OrderedDict()

    def __call__(self, n: int) -> Doc:
        doc = self._cache.get(n)
        if doc is None:
            doc = store.load(self.conn, n)
            self._cache[n] = doc
            if len(self._cache) > self.size:
                self._cache.popitem(last=False)
        else:
            self._cache.move_to_end(n)
        return doc


def _window(m) -> tuple[str | None, str | None]:
    dues = window_dues(m)
    lo = [d.date_from for d in dues if d.date_from]
    hi = [d.date_to for d in dues if d.date_to]
    return (min(lo) if lo else None), (max(hi) if hi else None)


def _entry(doc: Doc, mid: str, m) -> Entry:
    from .derive import session_of

    return Entry(
        mid, doc.id, doc.symbol, doc.title, doc.body, session_of(doc), doc.date, doc.series, m
    )


def sync(conn, rebuild: bool = False) -> int:
    """Bring the registry up to the library's generation; returns how many documents were
    (re)derived."""
    gen = library_store.generation(conn)
    done = 0 if rebuild else store.upto(conn)
    if done >= gen and not rebuild:
        return 0
    with store.transaction(conn):
        if done == 0:
            store.reset(conn)
            changed = store.all_doc_numbers(conn)
        else:
            changed = store.doc_numbers(conn, library_store.changed_since(conn, done))
        docs = _Docs(conn)
        # an adopted text takes its draft's place
        for n in list(changed):
            for d in store.drafts_of(conn, n):
                store.clear(conn, d)
        # a work's mandates are its English version's; the other versions' wordings are
        # read beside them (registry.languages)
        for n in list(changed):
            for v in store.other_versions_of(conn, n):
                store.clear(conn, v)
        versions = {n for n in changed if store.english_version_of(conn, n) is not None}
        for n in versions:
            store.clear(conn, n)
        changed = [n for n in changed if n not in versions]
        # 1. every changed document's mandates first (evidence rows point at them)
        for n in changed:
            store.clear(conn, n)
            doc = docs(n)
            rows = []
            for i, (mid, m) in enumerate(doc.mandates):
                lo, hi = _window(m)
                who = "\n".join(a.name for a in m.addressees)
                rows.append((mid, i, m.kind, m.type, who, lo, hi, dup_key(m)))
            store.put_mandates(conn, n, rows)
        # 2. evidence between each changed document and its related ones, each pair once
        # (in series order, so that a series' texts are read once while they are at hand)
        pairs: set[tuple[int, int]] = set()
        for n in sorted(changed, key=lambda n: store.series_of(conn, n)):
            doc = docs(n)
            for r in store.related(conn, doc):
                if store.english_version_of(conn, r) is not None:
                    continue  # another language's version: its English one speaks for it
                other = docs(r)
                first, second = (
                    (other, doc) if (other.date or "") < (doc.date or "") else (doc, other)
                )
                if (first.n, second.n) in pairs:
                    continue
                pairs.add((first.n, second.n))
                found = evidence(first, second)
                store.put_evidence(conn, [(mid, second.n, e) for mid, e in found])
        # 3. duplicates of each changed document's mandates
        dups = []
        for n in changed:
            doc = docs(n)
            for mid, m in doc.mandates:
                key = dup_key(m)
                if key is None:
                    continue
                mine = _entry(doc, mid, m)
                for oid, on, ord_ in store.dup_candidates(conn, key, n):
                    other = store.entry(conn, oid, on, ord_)
                    if other is not None and is_duplicate(mine, other):
                        dups.append((mid, oid))
        store.put_duplicates(conn, dups)
        store.set_upto(conn, gen)
    return len(changed)
