"""The pages: server-rendered HTML over the same calls the JSON API makes."""

from __future__ import annotations

from urllib.parse import urlencode

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, Response
from markupsafe import Markup

from . import data
from .labels import doc_label, para_label
from .view import document_view, header_footnotes

router = APIRouter(include_in_schema=False)

BODIES = ("GA", "HRC", "SC", "ECOSOC")
MANDATE_ROWS = 500  # a page, not the whole registry: filters narrow it, .ics/JSON hold all
CHOICES = 400  # documents offered in the compare form's list


def render(request: Request, name: str, **context) -> HTMLResponse:
    html = request.app.state.templates.get_template(name).render(
        request=request, quick_q=request.query_params.get("q", ""), **context
    )
    return HTMLResponse(html)


DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _download(body, media_type: str, name: str) -> Response:
    """A file to save, under a name built from ids only (data.filename keeps it safe)."""
    return Response(
        body,
        media_type=media_type,
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


@router.get("/", response_class=HTMLResponse)
def library_page(
    request: Request,
    q: str = "",
    body: str = "",
    session: str = "",
    status: str = "",
):
    lib = request.app.state.library
    f = {
        "q": q,
        "body": body,
        "session": session,
        "status": status,
        "any": any((q, body, session, status)),
    }
    docs, total, more = data.documents(
        lib, q=q, body=body, session=data.int_param(session, "session"), status=status
    )
    return render(
        request,
        "library.html",
        nav="library",
        docs=docs,
        total=total,
        more=more,
        f=f,
        bodies=BODIES,
    )


@router.get("/documents/{id}", response_class=HTMLResponse)
def document_page(request: Request, id: str):
    lib = request.app.state.library
    summary, doc = data.get(lib, id)
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


@router.get("/documents/{id}/akn.xml")
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
    against: str = Query("", pattern="^(|previous|draft)$"),
):
    lib = request.app.state.library
    pair = data.pair(lib, old, new, against)
    # a datalist of every document helps choose in a small library; in a large one, ids
    # and symbols are typed (both are accepted). With a pair shown, the form is prefilled.
    docs, total = ([], 0) if pair else data.documents(lib, limit=CHOICES)[:2]
    choices = (
        [{"id": d["id"], "label": f"{doc_label(d)} {(d.get('title') or '')[:70]}"} for d in docs]
        if total <= CHOICES
        else []
    )
    ctx = {
        "nav": "compare",
        "choices": choices,
        "view": None,
        "old_id": old,
        "new_id": new,
        "against": against,
    }
    if pair:
        (osum, odoc), (nsum, ndoc) = pair
        fragment = request.app.state.fragments.get(
            osum["id"], nsum["id"], lib.generation, odoc, ndoc
        )
        ctx.update(
            old_id=osum["id"],
            new_id=nsum["id"],
            old_label=doc_label(osum),
            new_label=doc_label(nsum),
            view=Markup(fragment),
        )
    return render(request, "compare.html", **ctx)


@router.get("/compare.html")
def compare_html(request: Request, old: str, new: str):
    (osum, odoc), (nsum, ndoc) = data.require_pair(request.app.state.library, old, new)
    body = data.compare_html(odoc, ndoc)
    name = f"compare-{data.filename(osum)}-{data.filename(nsum)}.html"
    return _download(body, "text/html", name)


@router.get("/compare.docx")
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
    kind: str = "",
    lead: str = "",
    meaning: bool = False,
):
    lib = request.app.state.library
    f = {"q": q, "body": body, "session": session, "kind": kind, "lead": lead, "meaning": meaning}
    hits, error = [], None
    if q.strip():
        try:
            hits = data.search(
                lib,
                q,
                body=body,
                session=data.int_param(session, "session"),
                kind=kind,
                lead=lead,
                meaning=meaning,
            )
        except data.QueryError as exc:
            error = str(exc)
    return render(
        request,
        "search.html",
        nav="search",
        f=f,
        hits=hits,
        error=error,
        bodies=BODIES,
        meaning_available=data.meaning_available(),
    )


@router.get("/trace/{id}/{eid}", response_class=HTMLResponse)
def trace_page(request: Request, id: str, eid: str):
    lib = request.app.state.library
    summary, doc = data.get(lib, id)
    p = doc.paragraph(eid)
    if p is None:
        raise HTTPException(404, f"{doc_label(summary)} has no paragraph {eid!r}")
    t = data.trace(lib, id, eid)
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


@router.get("/mandates.ics")
def mandates_ics(
    request: Request,
    addressee: str = "",
    kind: str = "",
    body: str = "",
    session: str = "",
    year: str = "",
):
    from .ics import calendar

    rows = data.mandate_rows(
        request.app.state.library,
        addressee=addressee,
        kind=kind,
        body=body,
        session=data.int_param(session, "session"),
        year=data.int_param(year, "year"),
    )
    ics = calendar(
        ((r["doc"] | {"label": r["doc_label"]}, r["m"]) for r in rows),
        str(request.base_url),
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
):
    from datetime import date

    from ..registry import STATUSES

    today = data.date_param(on, "on") or date.today()
    f = {
        "status": status,
        "addressee": addressee,
        "body": body,
        "kind": kind,
        "due_before": due_before,
        "due_after": due_after,
        "on": on,
    }
    items, counts = data.registry(
        request.app.state.library,
        today,
        status=status,
        addressee=addressee,
        body=body,
        kind=kind,
        due_before=data.date_param(due_before, "due_before"),
        due_after=data.date_param(due_after, "due_after"),
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
    return render(
        request,
        "mandate.html",
        nav="registry",
        item=item,
        events=data.timeline(item),
        today=today.isoformat(),
        label=para_label(item["source"]["eid"]),
    )
