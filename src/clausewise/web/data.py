"""The one seam between the web layer and the rest of clausewise: every call the pages and
the API make into the library, compare, cites, mandates and export goes through here, and
comes back as plain values (dicts of JSON values, or the records themselves)."""

from __future__ import annotations

import re
import threading
from dataclasses import is_dataclass
from functools import cache

from fastapi import HTTPException

from ..errors import InputError
from ..model import Document, to_json
from .labels import doc_label, para_label
from .snippet import bounded, parts

ADDRESSEE_KINDS = (
    "secretariat",
    "body_itself",
    "presiding_officer",
    "member_states",
    "un_system",
    "non_state",
)


def int_param(value: str | None, what: str) -> int | None:
    """A number from a query string (forms send "" for an empty field), or 422 saying why."""
    if value in (None, ""):
        return None
    try:
        return int(value)
    except ValueError:
        raise HTTPException(422, f"{what} must be a number, not {value!r}") from None


_DAY = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def day_range(start: str, end: str) -> tuple[int | None, int | None]:
    """`from` and `to` of a search (a date 2017-12-19, a month 2017-12 or a year 2017; ""
    for open) as the index's YYYYMMDD numbers, both ends included: `to` 2017 reaches the
    end of 2017. 422 saying why for anything else."""

    def one(value: str, what: str, last: bool) -> int | None:
        if not value.strip():
            return None
        m = _DAY.fullmatch(value.strip())
        if not m:
            raise HTTPException(
                422, f"{what}: a date (2017-12-19), a month (2017-12) or a year, not {value!r}"
            )
        y, mo, d = m.group(1), m.group(2), m.group(3)
        if (mo and not 1 <= int(mo) <= 12) or (d and not 1 <= int(d) <= 31):
            raise HTTPException(422, f"{what}: no such date {value!r}")
        fill = 99 if last else 0
        return int(y) * 10000 + (int(mo) if mo else fill) * 100 + (int(d) if d else fill)

    days = one(start, "from", False), one(end, "to", True)
    if None not in days and days[0] > days[1]:
        raise HTTPException(422, f"from {start} is after to {end}")
    return days


class QueryError(Exception):
    """A search query the index cannot read (unbalanced quotes, stray operators)."""


def plain(x):
    """A library result (record, dict, list) as JSON values."""
    if is_dataclass(x) or isinstance(x, list | tuple):
        return to_json(x)
    if isinstance(x, dict):
        return {k: plain(v) for k, v in x.items()}
    return x


def filename(summary: dict) -> str:
    """A safe download name: the id is letters, digits, '_' and '-' already; keep it so."""
    return re.sub(r"[^A-Za-z0-9_.-]", "_", summary.get("id") or "document")


# -- documents -----------------------------------------------------------------------------


def documents(
    lib, q: str = "", body: str = "", session: int | None = None, status: str = "", limit: int = 500
):
    """(summaries, how many match, whether more matched than `limit`), oldest first."""
    found = browse(lib, filters(q, body, session, None, status, ""), "oldest", 0, limit, False)
    return found["documents"], found["total"], found["total"] > limit


def filters(q="", body="", session=None, year=None, status="", mandates=""):
    """The library's filters from a form's or a query string's values ("" for none)."""
    from ..library.browse import Filters

    return Filters(
        q=q or None,
        body=body or None,
        session=session,
        year=year,
        status=status or None,
        mandates={"yes": True, "no": False}.get(mandates),
    )


_FACETS: dict[tuple, dict] = {}  # (library, generation, filters) -> facet counts
_FACETS_LOCK = threading.Lock()


def browse(lib, f, sort: str = "newest", offset: int = 0, limit: int = 50, facets=True) -> dict:
    """One page of the library: {"total", "documents", "facets"}. The facets' counts are
    kept per library generation and filters: paging and sorting do not change them, and
    every add or delete changes the generation."""
    key = (lib.address, lib.generation, f)
    with _FACETS_LOCK:
        kept = _FACETS.get(key) if facets else None
    found = lib.browse(f, sort=sort, offset=offset, limit=limit, facets=facets and kept is None)
    if facets and kept is None:
        kept = {k: [{"value": v, "count": n} for v, n in vs] for k, vs in found.facets.items()}
        with _FACETS_LOCK:
            if len(_FACETS) >= 256:
                _FACETS.pop(next(iter(_FACETS)))
            _FACETS[key] = kept
    return {
        "total": found.total,
        "documents": [plain(s) for s in found.rows],
        "facets": kept if facets else {},
    }


def get(lib, ref: str) -> tuple[dict, Document]:
    """The summary and the record of one document, or 404 with the reason."""
    try:
        stored = lib.get(ref)
    except LookupError:
        raise HTTPException(404, f"no document {ref!r} in the library") from None
    return plain(stored.summary), stored.document


LANGUAGE_NAMES = {
    "en": "English",
    "fr": "Français",
    "es": "Español",
    "ru": "Русский",
    "ar": "العربية",
    "zh": "中文",
}


def side_by_side(lib, left: str, right: str) -> dict:
    """Two language versions of one work, row by row as `versions.align` pairs them: each
    row a paragraph or point of each side (None where one side has no partner)."""
    from ..versions import to_report

    try:
        a, b, al = lib.aligned(left, right)
    except LookupError as exc:
        raise HTTPException(404, str(exc)) from None
    if (a.summary.symbol or a.id) != (b.summary.symbol or b.id):
        raise HTTPException(
            422, f"{a.id} and {b.id} are not versions of one resolution (their symbols differ)"
        )
    texts = [_texts(a.document), _texts(b.document)]
    rows = []
    for p in al.pairs:
        rows.append(
            {
                "left": texts[0].get(p.left) if p.left else None,
                "right": texts[1].get(p.right) if p.right else None,
                "how": p.how,
                "note": p.note,
            }
        )
    return {
        "left": plain(a.summary) | {"formula": a.document.formula, "title": a.document.title},
        "right": plain(b.summary) | {"formula": b.document.formula, "title": b.document.title},
        "rows": rows,
        "report": to_report(al),
    }


def _texts(doc: Document) -> dict[str, dict]:
    """eid -> what a side-by-side row shows: its label, its lead and its text."""
    out: dict[str, dict] = {}

    def items(its, depth: int) -> None:
        for it in its:
            out[it.eid] = {
                "eid": it.eid,
                "label": f"({it.num})",
                "lead": None,
                "text": it.text,
                "depth": depth,
            }
            items(it.items, depth + 1)

    for p in doc.all_paragraphs():
        label = f"{p.num}." if p.num else ""
        out[p.eid] = {"eid": p.eid, "label": label, "lead": p.lead, "text": p.text, "depth": 0}
        items(p.items, 1)
    return out


def linker(lib):
    """symbol -> link to that document's page, when the library holds it (memoised per page)."""

    @cache
    def link(symbol: str) -> str | None:
        try:
            return f"/documents/{lib.get(symbol).summary.id}"
        except LookupError:
            return None

    return link


def series(lib, ref: str) -> list[dict]:
    return [plain(s) for s in lib.series(ref)]


def previous_in_series(lib, ref: str) -> str | None:
    """The id of the adopted text before `ref` in its series, of its own body (drafts and
    amendments left out), or None."""
    try:
        prev = lib.previous(ref)
    except LookupError:
        return None
    return prev.id if prev else None


def counterpart(lib, ref: str, against: str) -> str:
    """The document to compare `ref` with: its draft, or the previous one in its series."""
    summary, _ = get(lib, ref)
    if against == "draft":
        if not summary.get("draft"):
            raise HTTPException(404, f"{doc_label(summary)} has no draft in the library")
        return summary["draft"]
    prev = previous_in_series(lib, summary["id"])
    if not prev:
        raise HTTPException(404, f"{doc_label(summary)} has no earlier document in its series")
    return prev


# -- enrich, compare, export ----------------------------------------------------------------


def enrich(lib, ref: str):
    """(citations, mandates) of a document, as the library stored them at ingest."""
    return lib.citations(ref), [m for _, m in lib.mandates(ref)]


PAIR_NEEDED = "give old= and new= (document ids), or new= and against=previous|draft"


def pair(lib, old: str, new: str, against: str = ""):
    """The two sides of a comparison as ((summary, record), (summary, record)); `against`
    (draft | previous) finds the old side from the new one. None when a side is missing."""
    if new and not old and against:
        old = counterpart(lib, new, against)
    if not (old and new):
        return None
    return get(lib, old), get(lib, new)


def require_pair(lib, old: str, new: str, against: str = ""):
    """`pair`, or 422 saying what to give."""
    found = pair(lib, old, new, against)
    if found is None:
        raise HTTPException(422, PAIR_NEEDED)
    return found


class FragmentCache:
    """Rendered comparisons kept for the last pairs asked for: delegates reload and download
    the same pair. Keyed by the library's generation, which changes on every add or delete,
    so a kept view never outlives the texts it was made from. One per app (so two libraries
    never share one), locked because requests run on worker threads."""

    def __init__(self, size: int = 64):
        self.size = size
        self._kept: dict[tuple, str] = {}
        self._lock = threading.Lock()

    def get(self, old_id: str, new_id: str, generation: int, odoc, ndoc) -> str:
        return self.view(old_id, new_id, generation, odoc, ndoc)[0]

    def view(self, old_id: str, new_id: str, generation: int, odoc, ndoc) -> tuple[str, list]:
        """(the compare feature's HTML, the changes' counts by type with the first of each
        type's anchor: `change_nav`)."""
        key = (old_id, new_id, generation)
        with self._lock:
            if key in self._kept:
                return self._kept[key]
        cmp = comparison(odoc, ndoc)  # outside the lock: CPU-bound
        kept = (compare_fragment(cmp), change_nav(cmp))
        with self._lock:
            if len(self._kept) >= self.size:
                self._kept.pop(next(iter(self._kept)))
            self._kept[key] = kept
        return kept


def change_nav(cmp) -> list[dict]:
    """Each type of change the comparison holds (unchanged left out): how many, and the
    anchor of the first in the inline view (as `compare.html` names them)."""
    from ..compare.model import MOVED, UNCHANGED

    out: dict[str, dict] = {}
    for ch in cmp.changes:
        if ch.type == UNCHANGED:
            continue
        if ch.type == MOVED:
            anchor = f"to-{ch.new.eid}"
        else:
            anchor = f"n-{ch.new.eid}" if ch.new else f"o-{ch.old.eid}"
        entry = out.setdefault(ch.type, {"type": ch.type, "count": 0, "anchor": anchor})
        entry["count"] += 1
    return list(out.values())


def suggest(lib, q: str, limit: int = 10) -> list[dict]:
    """Documents whose symbol, title or id holds `q`, newest first: what a picker offers
    as a person types."""
    from ..library.browse import Filters

    found = lib.browse(Filters(q=q.strip()), "newest", 0, limit, facets=False, count=False)
    out = []
    for s in found.rows:
        d = plain(s)
        out.append(
            {
                "id": d["id"],
                "symbol": d.get("symbol"),
                "title": d.get("title"),
                "date": d.get("date"),
                "body": d.get("body"),
                "status": d["status"],
                "label": " · ".join(
                    x for x in (doc_label(d), (d.get("title") or "")[:80], d.get("date")) if x
                ),
            }
        )
    return out


def comparison(old: Document, new: Document):
    from ..compare import compare

    return compare(old, new)


def compare_fragment(cmp) -> str:
    """The compare feature's own HTML view (summary, legend, inline and side by side, moves
    linked both ways); it escapes every text it takes from the documents."""
    from ..compare.html import fragment

    return fragment(cmp)


def compare_html(old: Document, new: Document) -> str:
    from ..compare.html import page

    return page(comparison(old, new))


def compare_docx(old: Document, new: Document) -> bytes:
    from ..compare.docx import to_docx

    return to_docx(comparison(old, new))


def akn(lib, ref: str, doc: Document) -> bytes:
    from ..export.akn import to_akn

    return to_akn(doc, lib.citations(ref))


# -- search, trace, mandates ----------------------------------------------------------------


def meaning_available() -> bool:
    from ..library.semantic import available

    return available()


def meaning_note(lib, jobs) -> str | None:
    """What a search by meaning must say when not every paragraph is embedded (the results
    are then by words, and by meaning over the embedded part only), else None."""
    st = lib.embedding_status()
    if st.complete:
        return None
    job = jobs.status() if jobs is not None else None
    if job and job["running"]:
        return (
            f"search by meaning is being prepared ({st.embedded:,} of {st.paragraphs:,}"
            " paragraphs ready): these results are by words"
            + (" and by meaning over those" if st.embedded else "")
        )
    return (
        f"search by meaning is not ready ({st.embedded:,} of {st.paragraphs:,} paragraphs"
        " embedded; `clausewise embed` prepares it): these results are by words"
        + (" and by meaning over those" if st.embedded else "")
    )


def search(
    lib, q: str, body="", session=None, kind="", lead="", meaning=False, limit=50, language=""
) -> list[dict]:
    return search_page(lib, q, body, session, kind, lead, meaning, 0, limit, language)[1]


def search_page(
    lib,
    q: str,
    body="",
    session=None,
    kind="",
    lead="",
    meaning=False,
    offset=0,
    limit=20,
    language="",
    facets=(),
    days=(None, None),
    sort="relevance",
) -> tuple[int, list[dict], dict]:
    """(paragraphs matching, this page's hits, facet counts). By meaning, the fused list is
    ranked whole, so its total is the length of that list (at most offset + limit); a date
    range and sorting by date are the search by words' (said, not ignored)."""
    try:
        if meaning and (days != (None, None) or sort != "relevance"):
            raise QueryError(
                "a date range and sorting by date apply to the search by words:"
                " leave out the search by meaning, or the dates"
            )
        if meaning:
            hits = lib.search(
                q,
                body=body or None,
                session=session,
                kind=kind or None,
                lead=lead or None,
                limit=offset + limit,
                meaning=True,
                language=language or None,
            )
            total, hits, counts = len(hits), hits[offset:], {}
        else:
            # the facets' counts are the same on every page of one search: kept per
            # library generation and query
            key = (
                lib.address,
                lib.generation,
                q,
                body,
                session,
                kind,
                lead,
                language,
                facets,
                days,
            )
            with _FACETS_LOCK:
                kept = _FACETS.get(key) if facets else None
            total, hits, counts = lib.search_page(
                q,
                body=body or None,
                session=session,
                kind=kind or None,
                lead=lead or None,
                offset=offset,
                limit=limit,
                language=language or None,
                facets=facets if kept is None else (),
                days=days,
                sort=sort,
            )
            if facets and kept is None:
                with _FACETS_LOCK:
                    if len(_FACETS) >= 256:
                        _FACETS.pop(next(iter(_FACETS)))
                    _FACETS[key] = counts
            counts = kept if kept is not None else counts
    except (InputError, ValueError) as exc:
        raise QueryError(str(exc)) from None
    return total, _hit_rows(hits), counts


def _hit_rows(hits) -> list[dict]:
    out = []
    for h in hits:
        d = plain(h)
        d["id"] = d.get("doc")
        d["label"] = para_label(d["eid"], d.get("num"))
        d["snippet"] = bounded(parts(d.get("snippet") or ""), d.get("text") or "")
        out.append(d)
    return out


TRACE_THRESHOLD = 0.5  # below: a weak match (shared boilerplate), folded away on the page


def trace(lib, ref: str, eid: str, threshold: float = TRACE_THRESHOLD) -> dict:
    """The trace page's timeline: sources and descendants of one paragraph, oldest first,
    those at `threshold` similarity or more; the weaker ones apart (`weak`). The earliest
    source is the first source of that timeline, so the sentence above it and the line
    agree."""
    try:
        found = lib.trace(ref, eid=eid)
    except LookupError as exc:
        raise HTTPException(404, str(exc).strip("'\"")) from None
    if not found:
        return {"timeline": [], "weak": [], "earliest": None, "draft": None, "threshold": threshold}
    t = found[0]
    tl = [_match(m, "source") for m in t.sources] + [_match(m, "descendant") for m in t.descendants]
    tl.sort(key=lambda x: (x["date"] or "", x["role"] != "source"))
    strong = [x for x in tl if x["similarity"] >= threshold or x.get("draft")]
    weak = [x for x in tl if x not in strong]
    earliest = next((x for x in strong if x["role"] == "source" and x["date"]), None)
    return {
        "timeline": strong,
        "weak": weak,
        "earliest": earliest,
        "draft": _match(t.draft, "source") if t.draft else None,
        "threshold": threshold,
    }


def _match(m, role: str) -> dict:
    d = plain(m)
    d.update(
        id=m.doc,
        role=role,
        label=para_label(m.eid, m.num),
        doc_label=doc_label(d),
        words=[tuple(w) for w in m.diff],
        score=f"{round(m.similarity * 100)}%",
    )
    return d


def mandate_rows(
    lib, addressee="", kind="", body="", session=None, year=None, limit=None, offset=0
) -> list[dict]:
    """Every mandate in the library as {"doc": summary, "m": Mandate, "label": ...}; the
    library filters by addressee words, due body and session; kind and year are filtered here."""
    found = lib.iter_mandates(
        addressee=addressee or None, due_body=body or None, due_session=session
    )
    summaries: dict[str, dict] = {}
    out = []
    for doc_id, m in found:
        if kind and not any(a.kind == kind for a in m.addressees):
            continue
        if year is not None and not (
            m.due
            and m.due.year_from
            and m.due.year_from <= year <= (m.due.year_to or m.due.year_from)
        ):
            continue
        if offset > 0:
            offset -= 1
            continue
        if limit is not None and len(out) >= limit:
            break
        if doc_id not in summaries:
            summaries[doc_id] = plain(lib.summary(doc_id))
        s = summaries[doc_id]
        out.append({"doc": s, "doc_label": doc_label(s), "m": m, "label": para_label(m.paragraph)})
    return out


def hrc_opening(session: int):
    """(first day, whether the day itself is known) of a Human Rights Council session, from
    the session calendar (clausewise.enrich.sessions; a session not yet held has only its
    month there), or None when the calendar does not hold it."""
    from ..enrich.sessions import session as calendar_session

    s = calendar_session("HRC", session)
    return (s.opens, s.exact) if s else None


# -- the mandate registry ---------------------------------------------------------------------


def date_param(value: str | None, what: str):
    """A day from a query string (YYYY-MM-DD; "" for none), or 422 saying why."""
    from datetime import date

    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise HTTPException(422, f"{what}: not a date (YYYY-MM-DD): {value!r}") from None


def registry(
    lib, today, status="", addressee="", body="", kind="", due_before=None, due_after=None
):
    """(items on `today` as JSON, counts per status before the status filter). The registry
    catches up with the library first (a no-op when it is current)."""
    from ..registry import STATUSES, item_json

    if status and status not in STATUSES:
        raise HTTPException(422, f"status: one of {', '.join(STATUSES)}, not {status!r}")
    reg = lib.registry  # kept in step by the writers: a read never writes
    items = reg.items(
        today=today,
        addressee=addressee or None,
        body=body or None,
        kind=kind or None,
        due_before=due_before.isoformat() if due_before else None,
        due_after=due_after.isoformat() if due_after else None,
    )
    counts = reg.counts(items)
    if status:
        items = [it for it in items if it.status.value == status]
    return [item_json(it) for it in items], counts


def registry_item(lib, mandate_id: str, today) -> dict:
    from ..registry import item_json
    from ..registry.languages import wordings

    reg = lib.registry
    try:
        it = reg.item(mandate_id, today=today)
    except LookupError:
        raise HTTPException(404, f"no mandate {mandate_id!r} in the registry") from None
    return item_json(it, wordings(lib, mandate_id))


def timeline(item: dict) -> list[dict]:
    """A mandate's life in date order: adopted, due, and what each later text says."""
    src = item["source"]
    events = [
        {
            "date": src["date"],
            "what": "adopted",
            "doc": src["doc"],
            "symbol": src["symbol"],
            "eid": src["eid"],
            "text": item["text"],
        }
    ]
    for d in item["due"]:
        events.append({"date": d["date_from"] or d["date_to"], "what": "due", "due": d})
    for e in item["evidence"]:
        events.append(
            {
                "date": e["date"],
                "what": e["type"],
                "doc": e["doc"],
                "symbol": e["symbol"],
                "eid": e["eid"],
                "text": e["text"],
            }
        )
    events.sort(key=lambda x: (x["date"] or "9999", x["what"] != "adopted"))
    return events
