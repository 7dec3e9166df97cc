"""The JSON API under /api/: the same calls the pages make, as JSON. Reading is public;
upload and delete need the bearer token (see auth.py). OpenAPI at /docs."""

from __future__ import annotations

from pathlib import PurePosixPath, PureWindowsPath

from fastapi import APIRouter, Depends, File, HTTPException, Query, Request, UploadFile
from fastapi.responses import JSONResponse

from ..errors import InputError
from ..model import to_json
from . import data
from .auth import require_token
from .limits import too_large_message

router = APIRouter(prefix="/api", tags=["api"])


@router.get("/documents", summary="Documents in the library, filtered")
def list_documents(
    request: Request,
    q: str = Query("", description="words of the title or symbol"),
    body: str = "",
    session: str = "",
    status: str = Query("", pattern="^(|adopted|draft|amendment)$"),
    limit: int = Query(1000, ge=1, le=10000),
):
    docs, total, more = data.documents(
        request.app.state.library,
        q=q,
        body=body,
        session=data.int_param(session, "session"),
        status=status,
        limit=limit,
    )
    return {"total": total, "count": len(docs), "more": more, "documents": docs}


def safe_name(name: str | None) -> str:
    """The upload's file name as shown in messages: its last part only, printable."""
    base = PureWindowsPath(PurePosixPath(name or "upload").name).name
    return "".join(c for c in base if c.isprintable())[:120] or "upload"


@router.post(
    "/documents",
    status_code=201,
    dependencies=[Depends(require_token)],
    summary="Add a document (text, PDF, Word, AKN) to the library; needs the bearer token",
    responses={200: {"description": "already in the library"}, 413: {}, 422: {}},
)
async def upload(request: Request, file: UploadFile = File(...)):
    name = safe_name(file.filename)
    limit = request.app.state.max_upload
    blob = await file.read(limit + 1)
    if len(blob) > limit:
        raise HTTPException(413, f"clausewise: {name}: {too_large_message(limit)}")
    lib = request.app.state.library
    try:
        result = lib.add_bytes(blob, name)
    except InputError as exc:
        raise HTTPException(422, f"clausewise: {name}: {exc.message}") from None
    if result.status == "rejected":
        raise HTTPException(422, f"clausewise: {name}: {result.reason}")
    summary, _ = data.get(lib, result.id)
    code = 201 if result.status == "added" else 200
    return JSONResponse(
        {"status": result.status, "id": result.id, "document": summary}, status_code=code
    )


@router.get("/documents/{id}", summary="One document's record (the parser's JSON form)")
def get_document(request: Request, id: str):
    _, doc = data.get(request.app.state.library, id)
    return to_json(doc)


@router.get(
    "/documents/{id}/languages",
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
    dependencies=[Depends(require_token)],
    summary="Remove a document; needs the bearer token",
)
def delete_document(request: Request, id: str):
    lib = request.app.state.library
    summary, _ = data.get(lib, id)
    lib.delete(summary["id"])
    return {"deleted": summary["id"]}


@router.get("/documents/{id}/series", summary="The document's series, in order")
def get_series(request: Request, id: str):
    data.get(request.app.state.library, id)
    return data.series(request.app.state.library, id)


@router.get("/compare", summary="Compare two documents (the compare feature's JSON)")
def compare(
    request: Request,
    old: str = "",
    new: str = "",
    against: str = Query("", pattern="^(|previous|draft)$"),
):
    (osum, odoc), (nsum, ndoc) = data.require_pair(request.app.state.library, old, new, against)
    out = data.comparison(odoc, ndoc).to_json()
    return {"old": osum["id"], "new": nsum["id"], **out}


@router.get("/search", summary='Search paragraphs: words, "phrases", filters')
def search(
    request: Request,
    q: str = Query(..., min_length=1),
    body: str = "",
    session: str = "",
    kind: str = Query("", pattern="^(|preambular|operative|text)$"),
    lead: str = "",
    limit: int = Query(20, ge=1, le=500),
    meaning: bool = False,
    language: str = Query("", pattern="^(|en|fr|es|ru|ar|zh)$"),
):
    try:
        hits = data.search(
            request.app.state.library,
            q,
            body=body,
            session=data.int_param(session, "session"),
            kind=kind,
            lead=lead,
            meaning=meaning,
            limit=limit,
            language=language,
        )
    except data.QueryError as exc:
        raise HTTPException(422, str(exc)) from None
    for h in hits:
        h["snippet"] = [[t, hl] for t, hl in h["snippet"]]
    return {"query": q, "count": len(hits), "hits": hits}


@router.get("/trace", summary="Where a paragraph's language comes from and where it went")
def trace(request: Request, id: str, eid: str):
    lib = request.app.state.library
    summary, doc = data.get(lib, id)
    if doc.paragraph(eid) is None:
        raise HTTPException(404, f"{summary['id']} has no paragraph {eid!r}")
    return data.plain(lib.trace(summary["id"], eid=eid))


@router.get("/mandates", summary="Every mandate in the library, filterable")
def mandates(
    request: Request,
    addressee: str = "",
    kind: str = "",
    body: str = "",
    session: str = "",
    year: str = "",
    limit: int = Query(500, ge=1, le=10000, description="at most this many mandates"),
    offset: int = Query(0, ge=0, description="skip this many first (paging)"),
):
    rows = data.mandate_rows(
        request.app.state.library,
        addressee=addressee,
        kind=kind,
        body=body,
        session=data.int_param(session, "session"),
        year=data.int_param(year, "year"),
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


@router.get("/registry", summary="The mandate registry: every mandate's status, dues and evidence")
def registry(
    request: Request,
    status: str = Query(
        "", description="pending | due | overdue | fulfilled | renewed | recurring | superseded"
    ),
    addressee: str = Query("", description="words of an addressee's name"),
    body: str = Query("", description="the source's body: GA, HRC, SC, ECOSOC ..."),
    kind: str = Query("", pattern="^(|report|meeting|mandate|consideration|action)$"),
    due_before: str = Query("", description="due on or before this day (YYYY-MM-DD)"),
    due_after: str = Query("", description="due on or after this day (YYYY-MM-DD)"),
    on: str = Query("", description="the day statuses are for (YYYY-MM-DD; default today)"),
    limit: int = Query(500, ge=1, le=100000),
    offset: int = Query(0, ge=0),
):
    from datetime import date

    today = data.date_param(on, "on") or date.today()
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
    return {
        "on": today.isoformat(),
        "total": len(items),
        "counts": counts,
        "offset": offset,
        "mandates": items[offset : offset + limit],
    }


@router.get("/registry/{mandate_id}", summary="One mandate's life: dues, evidence, status")
def registry_item(request: Request, mandate_id: str, on: str = ""):
    from datetime import date

    today = data.date_param(on, "on") or date.today()
    return data.registry_item(request.app.state.library, mandate_id, today)
