"""`Upr`: what the CLI and the web app read of the UPR, as plain JSON-ready dicts."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import asdict

from . import store
from .model import RESPONSES

CSV_COLUMNS = (
    "id",
    "kind",
    "to",
    "by",
    "session",
    "cycle",
    "response",
    "action",
    "themes",
    "text",
)


def item_json(r, links: list | None = None) -> dict:
    out = {
        "id": r[0],
        "kind": r[1],
        "to": r[2],
        "by": r[3],
        "text": r[4],
        "response": r[5],
        "session": r[6],
        "cycle": r[7],
        "action": r[8],
        "to_group": r[9],
        "by_group": r[10],
        "themes": [t for t in r[11].split("|") if t],
        "source": {"file": r[14], "line": r[15]},
    }
    if links is not None:
        out["links"] = [link_json(x) for x in links]
    return out


def link_json(x) -> dict:
    return {
        "kind": x[1],
        "doc": x[2],
        "symbol": x[3],
        "title": x[4],
        "eid": x[5],
        "mandate": x[6],
        "reason": x[7],
        "score": round(float(x[8]), 3),
    }


def csv_row(j: dict) -> dict:
    row = {k: j[k] for k in CSV_COLUMNS}
    row["themes"] = "; ".join(j["themes"])
    row["response"] = j["response"] or ""
    row["by"] = j["by"] or ""
    row["action"] = "" if j["action"] is None else j["action"]
    return row


def _grid(rows: list[tuple]) -> dict:
    """(cycle, theme, response, count) -> {theme: {cycle: {accepted, noted, total}}}."""
    out: dict = defaultdict(lambda: defaultdict(lambda: dict.fromkeys((*RESPONSES, "total"), 0)))
    for cycle, theme, response, k in rows:
        cell = out[theme][int(cycle)]
        if response in RESPONSES:
            cell[response] += k
        cell["total"] += k
    return {t: dict(sorted(c.items())) for t, c in sorted(out.items())}


class Upr:
    """The UPR over a library's database. `cache`: a dict the caller keeps across calls (a
    server: one per process) for the tallies, which change only when an import changes
    records (`store.generation`); the rest is read afresh."""

    def __init__(self, db, cache: dict | None = None):
        self.db = db
        self.cache = cache

    def _cached(self, key: tuple, fn):
        if self.cache is None:
            return fn()
        with self.db.connection() as conn:
            gen = store.generation(conn)
        full = (gen, *key)
        if full not in self.cache:
            if len(self.cache) > 1000:  # (generations past and many themes: start afresh)
                self.cache.clear()
            self.cache[full] = fn()
        return self.cache[full]

    def items(self, *, links: bool = False, **filters) -> list[dict]:
        with self.db.connection() as conn:
            rows = store.items(conn, **filters)
            found = store.links(conn, [r[0] for r in rows]) if links else None
        return [item_json(r, found.get(r[0], []) if found is not None else None) for r in rows]

    def listed(self, **filters) -> list[dict]:
        """`items(**filters)` kept in the cache: the lists a page shows (records and links
        change only with an import or a relink)."""
        key = ("items", *sorted((k, repr(v)) for k, v in filters.items()))
        return self._cached(key, lambda: self.items(**filters))

    def item(self, ident: str) -> dict:
        with self.db.connection() as conn:
            rows = store.items(conn, ids=[ident])
            if not rows:
                raise LookupError(f"no recommendation or pledge {ident!r}")
            j = item_json(rows[0], store.links(conn, [ident]).get(ident, []))
            j["measures"] = [asdict(m) for m in store.measures(conn, ident)]
            j["assistance"] = [
                asdict(a) for a in store.assistance(conn) if a.recommendation == ident
            ]
        return j

    def counts(self) -> dict[str, int]:
        def read():
            with self.db.connection() as conn:
                return store.count_items(conn)

        return self._cached(("counts",), read)

    def states(self) -> list[dict]:
        def read():
            with self.db.connection() as conn:
                return [
                    {"state": s, "received": int(r or 0), "pledges": int(p or 0)}
                    for s, r, p in store.states(conn)
                ]

        return self._cached(("states",), read)

    def themes(self) -> list[dict]:
        def read():
            with self.db.connection() as conn:
                return [{"theme": t, "count": k} for t, k in store.themes(conn)]

        return self._cached(("themes",), read)

    def state(self, name: str, sponsored=None) -> dict:
        """A State's page: received and made by theme and cycle, pledges, assistance, and
        (`sponsored(name)`, given by the caller that holds the library) resolutions."""
        with self.db.connection() as conn:
            received = store.tally(conn, "state_to", name)
            made = store.tally(conn, "state_by", name)
            pledges = store.items(conn, to=name, kind="pledge")
            assist = store.assistance(conn, state=name)
            n_made = store.count_for(conn, "state_by", name)
            n_received = store.count_for(conn, "state_to", name)
        if not (received or made or pledges or assist):
            raise LookupError(f"no UPR record for {name!r} (see /api/upr/states)")
        return {
            "state": name,
            "received": {"count": n_received, "by_theme": _grid(received)},
            "made": {"count": n_made, "by_theme": _grid(made)},
            "pledges": [item_json(r) for r in pledges],
            "assistance": [asdict(a) for a in assist],
            "sponsored": sponsored(name) if sponsored else [],
        }

    def theme(self, name: str, top: int = 25) -> dict:
        return self._cached(("theme", name, top), lambda: self._theme(name, top))

    def _theme(self, name: str, top: int) -> dict:
        with self.db.connection() as conn:
            tally = store.theme_tally(conn, name)
            if not tally:
                raise LookupError(f"no UPR recommendation on theme {name!r}")
            by_cycle: dict = defaultdict(lambda: dict.fromkeys((*RESPONSES, "total"), 0))
            for cycle, response, k in tally:
                if response in RESPONSES:
                    by_cycle[int(cycle)][response] += k
                by_cycle[int(cycle)]["total"] += k
            states = store.theme_states(conn, name, top)
        return {
            "theme": name,
            "by_cycle": dict(sorted(by_cycle.items())),
            "states": [{"state": s, "count": k} for s, k in states],
        }

    def assistance(self, state: str | None = None) -> list[dict]:
        with self.db.connection() as conn:
            return [asdict(a) for a in store.assistance(conn, state=state)]

    def assistance_record(self, ident: int) -> dict:
        with self.db.connection() as conn:
            found = store.assistance(conn, ident=ident)
        if not found:
            raise LookupError(f"no assistance record {ident}")
        return asdict(found[0])
