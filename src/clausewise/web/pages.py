"""The pages: server-rendered HTML over the same calls the JSON API makes."""

from __future__ import annotations

from typing import Literal
from urllib.parse import urlencode

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, Response
from markupsafe import Markup

from . import data
from .labels import doc_label, para_label
from .paging import pager
from .schemas import errors
from .view import document_view, header_footnotes

router = APIRouter(include_in_schema=False)
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
# the files the pages offer (Akoma Ntoso, redlines, calendars): in the API's description
files = APIRouter(tags=["files"], responses=errors(422, 503))


def _file(media_type: str, what: str, *codes: int) -> dict:
    return {
        "response_class": Response,
        "responses": {
            200: {
                "description": what,
                "content": {media_type: {"schema": {"type": "string", "format": "binary"}}},
            },
            **errors(*codes),
        },
    }


BODIES = ("GA", "HRC", "SC", "ECOSOC")
MANDATE_ROWS = 500  # a page, not the whole registry: filters narrow it, .ics/JSON hold all


def render(request: Request, name: str, **context) -> HTMLResponse:
    # the header's box echoes a search's words only, not the library's title filter
    quick = request.query_params.get("q", "") if context.get("nav") == "search" else ""
    html = request.app.state.templates.get_template(name).render(
        request=request, quick_q=quick, **context
    )
    return HTMLResponse(html)


def _download(body, media_type: str, name: str) -> Response:
    """A file to save, under a name built from ids only (data.filename keeps it safe)."""
    return Response(
        body,
        media_type=media_type,
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


PER_PAGE = 50  # library rows per page
HITS_PER_PAGE = 20  # search hits per page
SORT_NAMES = {
    "newest": "newest first",
    "oldest": "oldest first",
    "symbol": "symbol",
    "title": "title",
}


def _page_url(path: str, params: dict, page: int) -> str:
    kept = {k: v for k, v in params.items() if v not in ("", None, False) and k != "page"}
    if page > 1:
        kept["page"] = page
    return path + ("?" + urlencode(kept) if kept else "")


@router.get("/", response_class=HTMLResponse)
def library_page(
    request: Request,
    q: str = "",
    body: str = "",
    session: str = "",
    year: str = "",
    status: Literal["", "adopted", "draft", "amendment"] = "",
    mandates: Literal["", "yes", "no"] = "",
    sort: Literal["newest", "oldest", "symbol", "title"] = "newest",
    page: int = Query(1, ge=1, le=100000),
):
    lib = request.app.state.library
    f = {
        "q": q,
        "body": body,
        "session": session,
        "year": year,
        "status": status,
        "mandates": mandates,
        "sort": sort if sort != "newest" else "",
    }
    found = data.browse(
        lib,
        data.filters(
            q,
            body,
            data.int_param(session, "session"),
            data.int_param(year, "year"),
            status,
            mandates,
        ),
        sort,
        (page - 1) * PER_PAGE,
        PER_PAGE,
    )
    facet_links = {
        name: [
            {
                "value": c["value"],
                "count": c["count"],
                "current": f.get(name) == c["value"],
                "href": _page_url(
                    "/", {**f, name: "" if f.get(name) == c["value"] else c["value"]}, 1
                ),
            }
            for c in counts
        ]
        for name, counts in found["facets"].items()
    }
    return render(
        request,
        "library.html",
        nav="library",
        docs=found["documents"],
        total=found["total"],
        first=(page - 1) * PER_PAGE + 1,
        f=f,
        any_filter=any(v for k, v in f.items() if k != "sort"),
        bodies=BODIES,
        facets=facet_links,
        sorts=SORT_NAMES,
        sort=sort,
        pager=pager(page, found["total"], PER_PAGE, lambda n: _page_url("/", f, n)),
    )


@router.get("/upload", response_class=HTMLResponse)
def upload_page(request: Request):
    """Add documents: the page's script posts each file to the API's upload route (POST
    /api/documents) with the signed-in editor's session and the page's CSRF token; an
    anonymous visitor is shown the way to sign in instead of the form."""
    return render(
        request,
        "upload.html",
        nav="upload",
        read_only=not request.app.state.writable,
        may_write=_may_write(request),
        max_mb=request.app.state.max_upload // 2**20,
    )


def _may_write(request: Request) -> bool:
    """The signed-in user may add and delete documents."""
    from ..review import rules
    from .review import viewer

    me = viewer(request)
    return (
        request.app.state.writable and me is not None and rules.allowed(me.role, "document.write")
    )


@router.get("/documents/{id}", response_class=HTMLResponse)
def document_page(request: Request, id: str):
    lib = request.app.state.library
    summary, doc = data.get(lib, id)
    id = summary["id"]  # opened by its symbol too: the page's own links use the id
    cites, mands = data.enrich(lib, summary["id"])
    link = data.linker(lib)
    paras = document_view(doc, cites, mands, link)
    annex_starts = {}
    for a in doc.annexes:
        if a.paragraphs:
            annex_starts[a.paragraphs[0].eid] = " — ".join(x for x in (a.heading, a.title) if x)
    related = []
    if summary.get("draft"):
        related.append(("Its draft", f"/documents/{summary['draft']}"))
        related.append(("Compare with its draft", f"/compare?old={summary['draft']}&new={id}"))
    if summary.get("adopted_as"):
        related.append(("Adopted as", f"/documents/{summary['adopted_as']}"))
    prev = data.previous_in_series(lib, id)
    if prev:
        related.append(("Compare with the previous in its series", f"/compare?old={prev}&new={id}"))
    related.append(("Series", f"/series/{id}"))
    from .history import document_history

    negotiation = document_history(lib, summary["id"])
    if len(data.series(lib, id)) > 1:
        related.append(("Timeline", f"/series/{summary['id']}/timeline"))
    if negotiation["side_by_side"]:
        related.append(("Its texts side by side", negotiation["side_by_side"]))
    if negotiation["amend_link"]:
        related.append(("Its amendments applied", negotiation["amend_link"]))
    for lang, other in summary.get("versions") or []:
        name = data.LANGUAGE_NAMES.get(lang, lang)
        related.append((f"Side by side: {name}", f"/documents/{id}/languages?right={other}"))
    notes = sorted({(s.marker, s.note) for s in doc.sponsors if s.marker and s.note})
    return render(
        request,
        "document.html",
        nav="library",
        id=id,
        doc=doc,
        paras=paras,
        annex_starts=annex_starts,
        sponsor_notes=notes,
        header_notes=[f for f in header_footnotes(doc) if f.marker not in {m for m, _ in notes}],
        filename=data.filename(summary),
        akn=True,
        origin_href=link(doc.origin) if doc.origin else None,
        related=related,
        negotiation=negotiation,
        official_pdf=official_pdf(doc.symbol, doc.language),
        can_delete=_may_write(request),
    )


def official_pdf(symbol: str | None, language: str | None) -> str | None:
    """The UN's own PDF of a document, from its Official Document System by symbol."""
    if not symbol:
        return None
    lang = (language or "en").upper() if (language or "en") in data.LANGUAGE_NAMES else "EN"
    return "https://documents.un.org/api/symbol/access?" + urlencode(
        {"s": symbol, "l": lang.lower(), "t": "pdf"}
    )


@router.get("/documents/{id}/languages", response_class=HTMLResponse)
def languages_page(request: Request, id: str, right: str = ""):
    """Two language versions side by side, paragraph by paragraph."""
    lib = request.app.state.library
    summary, _ = data.get(lib, id)
    others = summary.get("versions") or []
    if not right:
        if not others:
            raise HTTPException(404, f"the library holds no other language version of {id}")
        right = others[0][1]
    view = data.side_by_side(lib, summary["id"], right)
    return render(
        request,
        "languages.html",
        nav="library",
        id=summary["id"],
        v=view,
        others=[(lang, i, data.LANGUAGE_NAMES.get(lang, lang)) for lang, i in others],
        names=data.LANGUAGE_NAMES,
    )


@files.get(
    "/documents/{id}/akn.xml",
    summary="A document as Akoma Ntoso XML (a download)",
    **_file("application/akn+xml", "the document in Akoma Ntoso", 404),
)
def document_akn(request: Request, id: str):
    summary, doc = data.get(request.app.state.library, id)
    xml = data.akn(request.app.state.library, summary["id"], doc)
    return _download(xml, "application/akn+xml", f"{data.filename(summary)}.xml")


@router.get("/series/{id}", response_class=HTMLResponse)
def series_page(request: Request, id: str):
    lib = request.app.state.library
    summary, _ = data.get(lib, id)
    docs = data.series(lib, id)
    return render(
        request,
        "series.html",
        nav="library",
        docs=docs,
        current=summary["id"],
        title=summary.get("title"),
        timeline=f"/series/{summary['id']}/timeline" if len(docs) > 1 else None,
    )


@router.get("/compare", response_class=HTMLResponse)
def compare_page(
    request: Request,
    old: str = "",
    new: str = "",
    against: Literal["", "previous", "draft"] = "",
):
    lib = request.app.state.library
    pair = data.pair(lib, old, new, against)
    ctx = {
        "nav": "compare",
        "view": None,
        "old_id": old,
        "new_id": new,
        "against": against,
        "missing": None,
        "offers": [],
    }
    if pair is None and (old or new):
        ctx["missing"], ctx["offers"] = _what_is_missing(lib, old, new)
    if pair:
        (osum, odoc), (nsum, ndoc) = pair
        fragment, nav = request.app.state.fragments.view(
            osum["id"], nsum["id"], lib.generation, odoc, ndoc
        )
        ctx.update(
            old_id=osum["id"],
            new_id=nsum["id"],
            old_label=doc_label(osum),
            new_label=doc_label(nsum),
            view=Markup(fragment),
            changes=nav,
            n_changes=sum(c["count"] for c in nav),
        )
    return render(request, "compare.html", **ctx)


def _what_is_missing(lib, old: str, new: str) -> tuple[str, list[tuple[str, str]]]:
    """What a half-filled compare form lacks, in words, and the pairs it could mean."""
    one = new or old
    summary, _ = data.get(lib, one)
    label = doc_label(summary)
    offers = []
    if new:
        if summary.get("draft"):
            offers.append(
                (f"{label} against its draft", f"/compare?new={summary['id']}&against=draft")
            )
        prev = data.previous_in_series(lib, summary["id"])
        if prev:
            offers.append(
                (
                    f"{label} against the previous in its series",
                    f"/compare?new={summary['id']}&against=previous",
                )
            )
        return (f"{label} is the new side: choose the old document to compare it with.", offers)
    if summary.get("adopted_as"):
        offers.append(
            (
                f"{label} against what it was adopted as",
                f"/compare?old={summary['id']}&new={summary['adopted_as']}",
            )
        )
    return (f"{label} is the old side: choose the new document to compare it with.", offers)


@files.get(
    "/compare.html",
    summary="A comparison as a page of its own (a download)",
    **_file("text/html", "the comparison as one HTML file", 404),
)
def compare_html(request: Request, old: str, new: str):
    (osum, odoc), (nsum, ndoc) = data.require_pair(request.app.state.library, old, new)
    body = data.compare_html(odoc, ndoc)
    name = f"compare-{data.filename(osum)}-{data.filename(nsum)}.html"
    return _download(body, "text/html", name)


@files.get(
    "/compare.docx",
    summary="A comparison as a Word file with tracked changes (a download)",
    **_file(DOCX_TYPE, "the comparison, tracked changes in Word", 404),
)
def compare_docx(request: Request, old: str, new: str):
    (osum, odoc), (nsum, ndoc) = data.require_pair(request.app.state.library, old, new)
    body = data.compare_docx(odoc, ndoc)
    name = f"compare-{data.filename(osum)}-{data.filename(nsum)}.docx"
    return _download(body, DOCX_TYPE, name)


@router.get("/search", response_class=HTMLResponse)
def search_page(
    request: Request,
    q: str = "",
    body: str = "",
    session: str = "",
    kind: Literal["", "preambular", "operative"] = "",
    lead: str = "",
    meaning: bool = False,
    page: int = Query(1, ge=1, le=500),
    start: str = Query("", alias="from"),
    end: str = Query("", alias="to"),
    sort: Literal["", "relevance", "newest", "oldest"] = "",
):
    lib = request.app.state.library
    f = {
        "q": q,
        "body": body,
        "session": session,
        "kind": kind,
        "lead": lead,
        "meaning": meaning,
        "from": start,
        "to": end,
        "sort": "" if sort == "relevance" else sort,
    }
    hits, error, total, counts = [], None, 0, {}
    if q.strip():
        try:
            days = data.day_range(start, end)
        except HTTPException as exc:
            error, q = str(exc.detail), ""  # said on the page, beside the form
    if q.strip():
        try:
            total, hits, counts = data.search_page(
                lib,
                q,
                body=body,
                session=data.int_param(session, "session"),
                kind=kind,
                lead=lead,
                meaning=meaning,
                offset=(page - 1) * HITS_PER_PAGE,
                limit=HITS_PER_PAGE,
                facets=("body", "kind"),
                days=days,
                sort=sort or "relevance",
            )
        except data.QueryError as exc:
            error = str(exc)
    note = data.meaning_note(lib, request.app.state.jobs) if meaning and q.strip() else None
    facet_links = {
        name: [
            {
                "value": v,
                "count": n,
                "current": f.get(name) == v,
                "href": _page_url("/search", {**f, name: "" if f.get(name) == v else v}, 1),
            }
            for v, n in vs
        ]
        for name, vs in counts.items()
    }
    return render(
        request,
        "search.html",
        nav="search",
        f=f,
        hits=hits,
        total=total,
        first=(page - 1) * HITS_PER_PAGE + 1,
        facets=facet_links,
        error=error,
        note=note,
        bodies=BODIES,
        meaning_available=data.meaning_available(),
        pager=pager(page, total, HITS_PER_PAGE, lambda n: _page_url("/search", f, n)),
    )


@router.get("/trace/{id}/{eid}", response_class=HTMLResponse)
def trace_page(
    request: Request,
    id: str,
    eid: str,
    min: int = Query(50, ge=0, le=100, description="similarity threshold, in percent"),
):
    lib = request.app.state.library
    summary, doc = data.get(lib, id)
    p = doc.paragraph(eid)
    if p is None:
        raise HTTPException(404, f"{doc_label(summary)} has no paragraph {eid!r}")
    t = data.trace(lib, id, eid, min / 100)
    if t["timeline"]:
        # the traced paragraph takes its place in the line, between sources and descendants
        here = {
            "id": summary["id"],
            "eid": eid,
            "role": "self",
            "date": summary.get("date"),
            "doc_label": doc_label(summary),
            "label": para_label(eid, p.num),
            "relation": "this paragraph",
            "words": None,
            "text": None,
            "score": None,
            "similarity": 1.0,
        }
        before = [x for x in t["timeline"] if x["role"] == "source"]
        after = [x for x in t["timeline"] if x["role"] != "source"]
        t["timeline"] = before + [here] + after
    return render(
        request,
        "trace.html",
        nav="search",
        id=id,
        eid=eid,
        label=para_label(eid, p.num),
        doc_label=doc_label(summary),
        text=p.text,
        threshold_pct=min,
        **t,
    )


def _mandate_filters(addressee, kind, body, session, year):
    return {"addressee": addressee, "kind": kind, "body": body, "session": session, "year": year}


@router.get("/mandates", response_class=HTMLResponse)
def mandates_page(
    request: Request,
    addressee: str = "",
    kind: str = "",
    body: str = "",
    session: str = "",
    year: str = "",
):
    f = _mandate_filters(addressee, kind, body, session, year)
    rows = data.mandate_rows(
        request.app.state.library,
        addressee=addressee,
        kind=kind,
        body=body,
        session=data.int_param(session, "session"),
        year=data.int_param(year, "year"),
        limit=MANDATE_ROWS + 1,
    )
    more = len(rows) > MANDATE_ROWS
    rows = rows[:MANDATE_ROWS]
    query = urlencode({k: v for k, v in f.items() if v})
    return render(
        request,
        "mandates.html",
        nav="mandates",
        rows=rows,
        more=more,
        f=f,
        query=query,
        bodies=BODIES,
        kinds=data.ADDRESSEE_KINDS,
    )


@files.get(
    "/mandates.ics",
    summary="The mandates' due dates as an iCalendar file (a download)",
    **_file("text/calendar", "one event per due date"),
)
def mandates_ics(
    request: Request,
    addressee: str = "",
    kind: str = "",
    body: str = "",
    session: int | None = None,
    year: int | None = None,
):
    from .ics import calendar

    rows = data.mandate_rows(
        request.app.state.library,
        addressee=addressee,
        kind=kind,
        body=body,
        session=session,
        year=year,
    )
    ics = calendar(
        ((r["doc"] | {"label": r["doc_label"]}, r["m"]) for r in rows),
        request.app.state.base_url,  # configured: never the Host the client sent
        data.hrc_opening,
    )
    return _download(ics, "text/calendar; charset=utf-8", "mandates.ics")


REGISTRY_ROWS = 500


@router.get("/registry", response_class=HTMLResponse)
def registry_page(
    request: Request,
    status: str = "",
    addressee: str = "",
    body: str = "",
    kind: str = "",
    due_before: str = "",
    due_after: str = "",
    on: str = "",
    review: str = Query("", pattern="^(|none|proposed|confirmed|rejected)$"),
    decision: str = Query("", pattern="^(|retain|update|merge|discontinue)$"),
):
    from datetime import date

    from ..registry import STATUSES
    from .review import registry_rows

    today = data.date_param(on, "on") or date.today()
    f = {
        "status": status,
        "addressee": addressee,
        "body": body,
        "kind": kind,
        "due_before": due_before,
        "due_after": due_after,
        "on": on,
        "review": review,
        "decision": decision,
    }
    items, counts = registry_rows(
        request,
        today,
        status=status,
        addressee=addressee,
        body=body,
        kind=kind,
        due_before=due_before,
        due_after=due_after,
        review=review,
        decision=decision,
    )
    query = urlencode({k: v for k, v in f.items() if v})
    by_status = {k: urlencode({**{x: y for x, y in f.items() if y}, "status": k}) for k in STATUSES}
    all_statuses = urlencode({k: v for k, v in f.items() if v and k != "status"})
    return render(
        request,
        "registry.html",
        nav="registry",
        rows=items[:REGISTRY_ROWS],
        total=len(items),
        counts=counts,
        statuses=STATUSES,
        by_status=by_status,
        all_statuses=all_statuses,
        f=f,
        query=query,
        today=today.isoformat(),
        bodies=BODIES,
        kinds=("report", "meeting", "mandate", "consideration", "action"),
    )


@router.get("/registry/{mandate_id}", response_class=HTMLResponse)
def mandate_page(request: Request, mandate_id: str, on: str = ""):
    from datetime import date

    today = data.date_param(on, "on") or date.today()
    item = data.registry_item(request.app.state.library, mandate_id, today)
    from .review import mandate_review

    return render(
        request,
        "mandate.html",
        **mandate_review(request, item["id"]),
        nav="registry",
        item=item,
        events=data.timeline(item),
        today=today.isoformat(),
        label=para_label(item["source"]["eid"]),
    )
