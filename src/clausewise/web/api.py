"""The JSON API under /api/: the same calls the pages make, as JSON. Reading is public;
upload and delete need the bearer token, or a signed-in editor's session with the
page's CSRF token (see auth.py). OpenAPI at /docs."""

from __future__ import annotations

from pathlib import PurePosixPath, PureWindowsPath
from typing import Literal

from fastapi import APIRouter, Depends, File, HTTPException, Query, Request, UploadFile
from fastapi.responses import JSONResponse

from ..errors import InputError
from ..model import to_json
from ..review import User
from . import data
from .auth import require_signed_in
from .limits import too_large_message
from .review import registry_rows, with_review
from .schemas import (
    Comparison,
    Deleted,
    DocSummary,
    DocumentList,
    Languages,
    Mandates,
    Record,
    Registry,
    RegistryItem,
    SearchResult,
    ServerStatus,
    Suggestions,
    TraceParagraph,
    Uploaded,
    errors,
)

router = APIRouter(prefix="/api", tags=["api"], responses=errors(422, 503))


@router.get(
    "/documents",
    response_model=DocumentList,
    response_model_exclude_unset=True,  # facets only when asked for
    summary="Documents in the library: filtered, sorted, a page at a time",
)
def list_documents(
    request: Request,
    q: str = Query("", description="words of the title or symbol"),
    body: str = Query("", description="GA, HRC, SC, ECOSOC ..."),
    session: int | None = Query(None, ge=0, description="the session's number"),
    year: int | None = Query(None, ge=1900, le=2999, description="the year of its date"),
    status: Literal["", "adopted", "draft", "amendment"] = "",
    mandates: Literal["", "yes", "no"] = Query("", description="creates mandates, or not"),
    sort: Literal["newest", "oldest", "symbol", "title"] = "newest",
    offset: int = Query(0, ge=0, description="skip this many first (paging)"),
    limit: int = Query(1000, ge=1, le=10000, description="at most this many"),
    facets: bool = Query(False, description="count the matches by body, year, status, mandates"),
):
    found = data.browse(
        request.app.state.library,
        data.filters(q, body, session, year, status, mandates),
        sort,
        offset,
        limit,
        facets,
    )
    docs = found["documents"]
    out = {
        "total": found["total"],
        "count": len(docs),
        "offset": offset,
        "more": offset + len(docs) < found["total"],
        "documents": docs,
    }
    if facets:
        out["facets"] = found["facets"]
    return out


@router.get(
    "/suggest",
    response_model=Suggestions,
    summary="Documents to offer as a person types a symbol or title words (pickers)",
)
def suggest(
    request: Request,
    q: str = Query(..., min_length=1, max_length=200, description="part of a symbol or title"),
    limit: int = Query(10, ge=1, le=50),
):
    return {"query": q, "suggestions": data.suggest(request.app.state.library, q, limit)}


def safe_name(name: str | None) -> str:
    """The upload's file name as shown in messages: its last part only, printable."""
    base = PureWindowsPath(PurePosixPath(name or "upload").name).name
    return "".join(c for c in base if c.isprintable())[:120] or "upload"


@router.post(
    "/documents",
    status_code=201,
    summary="Add a document (text, PDF, Word, AKN) to the library; needs an editor's token",
    response_model=Uploaded,
    responses={
        200: {"model": Uploaded, "description": "already present, or replaced (replace=true)"},
        201: {"model": Uploaded, "description": "added"},
        **errors(401, 403, 409, 413, 422, e503="too many uploads at once, or the server busy"),
    },
)
async def upload(
    request: Request,
    file: UploadFile = File(...),
    replace: bool = Query(
        False, description="replace the stored text of the same symbol, if there is one"
    ),
    user: User = Depends(require_signed_in("document.write")),
):
    from starlette.concurrency import run_in_threadpool

    from .uploads import Busy

    name = safe_name(file.filename)
    limit = request.app.state.max_upload
    blob = await file.read(limit + 1)
    if len(blob) > limit:
        raise HTTPException(413, f"clausewise: {name}: {too_large_message(limit)}")
    lib = request.app.state.library
    try:  # parsed in a worker process: the server goes on answering meanwhile
        loaded = await request.app.state.uploads.parse(blob, name)
    except Busy as exc:
        raise HTTPException(503, f"clausewise: {name}: {exc}", {"Retry-After": "5"}) from None
    if isinstance(loaded, str):
        raise HTTPException(422, f"clausewise: {name}: {loaded}")
    doc, citations, mandates = loaded
    try:
        result = await run_in_threadpool(
            lib.add_document,
            doc,
            name,
            enriched=(citations, mandates),
            replace=replace,
            actor=user.name,
        )
    except InputError as exc:
        raise HTTPException(422, f"clausewise: {name}: {exc.message}") from None
    if result.status == "conflict":
        raise HTTPException(
            409, f"clausewise: {name}: {result.reason}: add ?replace=true to replace it"
        )
    if result.changed and request.app.state.jobs is not None:
        request.app.state.jobs.kick()  # embedded in the background, for search by meaning
    summary, _ = await run_in_threadpool(data.get, lib, result.id)
    code = 201 if result.status == "added" else 200
    body = {"status": result.status, "id": result.id, "document": summary}
    if result.reason and result.status == "replaced":
        body["reason"] = result.reason
    return JSONResponse(body, status_code=code)


@router.get(
    "/documents/{id}",
    response_model=Record,
    responses=errors(404),
    summary="One document's record (the parser's JSON form), by id or symbol",
    description="`id` is the library's id or the document's symbol: /api/documents/A/RES/72/169"
    " (slashes and all) answers as /api/documents/A_RES_72_169 does.",
)
def get_document(request: Request, id: str):
    _, doc = data.get(request.app.state.library, id)
    return to_json(doc)


@router.get(
    "/documents/{id}/languages",
    response_model=Languages,
    response_model_exclude_unset=True,
    responses=errors(404),
    summary="A document's other language versions, and how its paragraphs pair with one's",
)
def document_languages(request: Request, id: str, right: str = ""):
    lib = request.app.state.library
    summary, _ = data.get(lib, id)
    out = {"id": summary["id"], "language": summary.get("language"), "versions": []}
    out["versions"] = [{"language": lang, "id": i} for lang, i in summary.get("versions") or []]
    if right:
        view = data.side_by_side(lib, summary["id"], right)
        out["alignment"] = view["report"]
    return out


@router.delete(
    "/documents/{id}",
    response_model=Deleted,
    responses=errors(401, 403, 404),
    summary="Remove a document; needs an editor's token",
)
def delete_document(
    request: Request, id: str, user: User = Depends(require_signed_in("document.write"))
):
    lib = request.app.state.library
    summary, _ = data.get(lib, id)
    lib.delete(summary["id"], actor=user.name)
    return {"deleted": summary["id"]}


@router.get(
    "/documents/{id}/series",
    response_model=list[DocSummary],
    responses=errors(404),
    summary="The document's series, in order",
)
def get_series(request: Request, id: str):
    data.get(request.app.state.library, id)
    return data.series(request.app.state.library, id)


@router.get(
    "/compare",
    response_model=Comparison,
    responses=errors(404),
    summary="Compare two documents (the compare feature's JSON)",
)
def compare(
    request: Request,
    old: str = "",
    new: str = "",
    against: str = Query("", pattern="^(|previous|draft)$"),
):
    (osum, odoc), (nsum, ndoc) = data.require_pair(request.app.state.library, old, new, against)
    out = data.comparison(odoc, ndoc).to_json()
    return {"old": osum["id"], "new": nsum["id"], **out}


_DAY_PATTERN = r"^(|\d{4}(-\d{2}(-\d{2})?)?)$"


@router.get(
    "/search",
    response_model=SearchResult,
    response_model_exclude_unset=True,  # a note only when there is one
    summary='Search paragraphs: words, "phrases", pref*, fuzzy~1, filters',
)
def search(
    request: Request,
    q: str = Query(..., min_length=1),
    body: str = "",
    session: int | None = Query(None, ge=0),
    kind: Literal["", "preambular", "operative", "text"] = "",
    lead: str = "",
    offset: int = Query(0, ge=0, le=10000, description="skip this many first (paging)"),
    limit: int = Query(20, ge=1, le=500),
    meaning: bool = False,
    language: Literal["", "en", "fr", "es", "ru", "ar", "zh"] = "",
    start: str = Query(
        "",
        alias="from",
        pattern=_DAY_PATTERN,
        description="documents dated on or after: 2017-12-19, 2017-12 or 2017",
    ),
    end: str = Query(
        "",
        alias="to",
        pattern=_DAY_PATTERN,
        description="documents dated on or before (a year or month: to its end)",
    ),
    sort: Literal["relevance", "newest", "oldest"] = Query(
        "relevance", description="best match first, or by the document's date"
    ),
):
    days = data.day_range(start, end)
    try:
        total, hits, _ = data.search_page(
            request.app.state.library,
            q,
            body=body,
            session=session,
            kind=kind,
            lead=lead,
            meaning=meaning,
            offset=offset,
            limit=limit,
            language=language,
            days=days,
            sort=sort,
        )
    except data.QueryError as exc:
        raise HTTPException(422, str(exc)) from None
    for h in hits:
        h["snippet"] = [[t, hl] for t, hl in h["snippet"]]
    out = {"query": q, "total": total, "offset": offset, "count": len(hits), "hits": hits}
    if meaning:
        note = data.meaning_note(request.app.state.library, request.app.state.jobs)
        if note:
            out["note"] = note
    return out


@router.get(
    "/status",
    response_model=ServerStatus,
    summary="The server: backend, read-only or not, uploads, embedding",
)
def status(request: Request):
    app = request.app
    lib = app.state.library
    st = lib.embedding_status()
    jobs = app.state.jobs
    return {
        "backend": lib.db.kind,
        "read_only": lib.read_only,
        "generation": lib.generation,
        "uploads": app.state.uploads.status(),
        "embeddings": {
            "embedded": st.embedded,
            "paragraphs": st.paragraphs,
            "job": jobs.status() if jobs is not None else None,
        },
    }


@router.get(
    "/trace",
    response_model=list[TraceParagraph],
    responses=errors(404),
    summary="Where a paragraph's language comes from and where it went",
)
def trace(request: Request, id: str, eid: str):
    lib = request.app.state.library
    summary, doc = data.get(lib, id)
    if doc.paragraph(eid) is None:
        raise HTTPException(404, f"{summary['id']} has no paragraph {eid!r}")
    return data.plain(lib.trace(summary["id"], eid=eid))


@router.get(
    "/mandates", response_model=Mandates, summary="Every mandate in the library, filterable"
)
def mandates(
    request: Request,
    addressee: str = "",
    kind: Literal[
        "",
        "secretariat",
        "body_itself",
        "presiding_officer",
        "member_states",
        "un_system",
        "non_state",
    ] = "",
    body: str = "",
    session: int | None = Query(None, ge=0),
    year: int | None = Query(None, ge=1900, le=2999),
    limit: int = Query(500, ge=1, le=10000, description="at most this many mandates"),
    offset: int = Query(0, ge=0, description="skip this many first (paging)"),
):
    rows = data.mandate_rows(
        request.app.state.library,
        addressee=addressee,
        kind=kind,
        body=body,
        session=session,
        year=year,
        limit=limit,
        offset=offset,
    )
    return {
        "count": len(rows),
        "offset": offset,
        "mandates": [
            {"document": r["doc"]["id"], "symbol": r["doc"].get("symbol"), **to_json(r["m"])}
            for r in rows
        ],
    }


@router.get(
    "/registry",
    response_model=Registry,
    summary="The mandate registry: every mandate's status, dues and evidence",
)
def registry(
    request: Request,
    status: Literal[
        "", "pending", "due", "overdue", "fulfilled", "renewed", "recurring", "superseded"
    ] = "",
    addressee: str = Query("", description="words of an addressee's name"),
    body: str = Query("", description="the source's body: GA, HRC, SC, ECOSOC ..."),
    kind: Literal["", "report", "meeting", "mandate", "consideration", "action"] = "",
    due_before: str = Query("", description="due on or before this day (YYYY-MM-DD)"),
    due_after: str = Query("", description="due on or after this day (YYYY-MM-DD)"),
    on: str = Query("", description="the day statuses are for (YYYY-MM-DD; default today)"),
    limit: int = Query(500, ge=1, le=100000),
    offset: int = Query(0, ge=0),
    review: str = Query("", pattern="^(|none|proposed|confirmed|rejected)$"),
    decision: str = Query("", pattern="^(|retain|update|merge|discontinue)$"),
):
    from datetime import date

    today = data.date_param(on, "on") or date.today()
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
    return {
        "on": today.isoformat(),
        "total": len(items),
        "counts": counts,
        "offset": offset,
        "mandates": items[offset : offset + limit],
    }


@router.get(
    "/registry/{mandate_id}",
    response_model=RegistryItem,
    responses=errors(404),
    summary="One mandate's life: dues, evidence, status",
)
def registry_item(request: Request, mandate_id: str, on: str = ""):
    from datetime import date

    today = data.date_param(on, "on") or date.today()
    item = data.registry_item(request.app.state.library, mandate_id, today)
    return with_review(request, item)
