"""`Registry`: the mandate registry over a library, as the CLI and the web app read it.

What is stored (mandates, evidence, duplicates: `build`) is read here and completed with
what depends on the day asked about (status) and on the evidence as a whole (frequency),
both by the pure functions of `derive`. A later issue adds hand-made state (review
decisions by named users, an audit trail): it will sit beside this, never inside `derive`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date

from ..model import Addressee, mandate_from_json
from . import build, store
from .derive import doc_date, due_json, frequency
from .derive import status as status_on
from .model import STATUSES, Entry, Evidence, Frequency, Status


@dataclass(frozen=True, slots=True)
class Item:
    """One mandate's life: where it comes from, what it asks, what happened to it."""

    entry: Entry
    evidence: tuple[Evidence, ...]
    status: Status
    frequency: Frequency
    duplicates: tuple[str, ...]


def _role(a: Addressee) -> dict:
    return {"name": a.name, "role": a.kind}


def item_json(it: Item, wording: dict[str, str] | None = None) -> dict:
    """The JSON form of a registry item (the shape `clausewise registry --format json`, the
    API and the mandate page share); `wording`, when given: the clause in each language the
    resolution is in the library in (`registry.languages.wordings`)."""
    e, m = it.entry, it.entry.mandate
    rc = m.review_clause
    return {
        "id": e.id,
        "source": {
            "symbol": e.symbol,
            "eid": m.paragraph,
            "doc": e.doc,
            "title": e.title,
            "body": e.body,
            "session": e.session,
            "date": e.date,
        },
        "addressees": [_role(a) for a in m.addressees],
        "collaborators": [_role(a) for a in m.with_],
        "action": m.action,
        "kind": m.kind,
        "type": m.type,
        "verb": m.verb,
        "due": [due_json(d) for d in m.dues],
        "frequency": {
            "explicit": it.frequency.explicit,
            "inferred": it.frequency.inferred,
            "reason": it.frequency.reason,
        },
        "duration_years": m.duration_years,
        "ends": due_json(m.ends) if m.ends else None,
        "within_existing_resources": m.within_existing_resources,
        "review_clause": {"kind": rc.kind, "eid": rc.eid, "text": rc.text} if rc else None,
        "report_to": m.report_to,
        "status": it.status.value,
        "status_reason": it.status.reason,
        "evidence": [
            {
                "type": x.type,
                "symbol": x.symbol,
                "doc": x.doc,
                "eid": x.eid,
                "text": x.text,
                "date": x.date,
                "mandate": x.target,
            }
            for x in it.evidence
        ],
        "duplicates": list(it.duplicates),
        "text": m.text,
    } | ({"wording": wording} if wording is not None else {})


class Registry:
    """Reads through the library's database (`storage.Database`), a connection per call."""

    def __init__(self, db):
        self.db = db

    def sync(self, rebuild: bool = False) -> int:
        """Catch up with the library (see `build.sync`)."""
        with self.db.connection() as conn:
            return build.sync(conn, rebuild=rebuild)

    def behind(self) -> bool:
        """Whether documents changed since the registry last caught up."""
        from ..library import store as library_store

        with self.db.connection() as conn:
            return store.upto(conn) < library_store.generation(conn)

    def __len__(self) -> int:
        with self.db.connection() as conn:
            return store.count(conn)

    def _items(self, conn, rows: list, today: date) -> list[Item]:
        ids = [r["id"] for r in rows]
        ev = store.evidence_for(conn, ids)
        dups = store.duplicates_for(conn, ids)
        out = []
        for r in rows:
            entry = Entry(
                r["id"],
                r["doc_id"],
                r["symbol"],
                r["title"],
                r["body"],
                _session(r),
                doc_date(r["symbol"], r["date"]),
                r["series"],
                mandate_from_json(json.loads(r["record"])),
            )
            found = tuple(
                Evidence(t, doc, sym, eid, text, doc_date(sym, d), target)
                for t, doc, sym, eid, text, d, target, _ in ev.get(r["id"], [])
            )
            sessions = {doc: s for _, doc, _, _, _, _, _, s in ev.get(r["id"], [])}
            st = status_on(entry, found, today)
            fq = frequency(entry, found, sessions)
            out.append(Item(entry, found, st, fq, tuple(sorted(set(dups.get(r["id"], []))))))
        return out

    def items(
        self,
        *,
        today: date,
        status: str | None = None,
        addressee: str | None = None,
        body: str | None = None,
        kind: str | None = None,
        due_before: str | None = None,
        due_after: str | None = None,
    ) -> list[Item]:
        """Every mandate in the registry, filtered (status on `today`)."""
        if status is not None and status not in STATUSES:
            raise ValueError(f"unknown status {status!r} (one of: {', '.join(STATUSES)})")
        with self.db.connection() as conn:
            rows = store.rows(
                conn,
                addressee=addressee,
                body=body,
                kind=kind,
                due_before=due_before,
                due_after=due_after,
            )
            out = self._items(conn, rows, today)
        if status is not None:
            out = [it for it in out if it.status.value == status]
        return out

    def item(self, mandate_id: str, *, today: date) -> Item:
        with self.db.connection() as conn:
            rows = store.rows(conn, ids=[mandate_id])
            if not rows:
                raise LookupError(
                    f"no mandate {mandate_id!r} in the registry (see `clausewise registry`)"
                )
            return self._items(conn, rows, today)[0]

    def counts(self, items: list[Item]) -> dict[str, int]:
        out = dict.fromkeys(STATUSES, 0)
        for it in items:
            out[it.status.value] += 1
        return out


def _session(r) -> int | None:
    m = re.match(r"^A/(?:HRC/)?RES/(\d+)/", r["symbol"] or "")
    return int(m.group(1)) if m else r["session"]
