"""Symbols are how UN documents are addressed: /documents/A/RES/72/169 opens the document
(and #para_15 its paragraph), /api/documents/A/RES/72/169 its record. A symbol holds
slashes, so these routes take the rest of the path; they are included after every other
router, so a document's own routes by id (/documents/{id}/akn.xml, /api/documents/{id}/
timeline ...) are matched first. A symbol followed by one of those routes' names is sent
to the same route by id."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from . import data

pages = APIRouter(include_in_schema=False)
# (in the description as /api/documents/{id}, which takes a symbol too)
api = APIRouter(prefix="/api", include_in_schema=False)

# the last path segment of a document's sub-routes (pages and API)
SUB_ROUTES = {"akn.xml", "languages", "series", "timeline", "new", "chain"}


def _split(ref: str) -> tuple[str, str | None]:
    head, _, last = ref.rpartition("/")
    return (head, last) if head and last in SUB_ROUTES else (ref, None)


@pages.get("/documents/{ref:path}", response_class=HTMLResponse)
def document_by_symbol(request: Request, ref: str):
    from .pages import document_page

    symbol, sub = _split(ref)
    if sub:
        summary, _ = data.get(request.app.state.library, symbol)
        query = f"?{request.url.query}" if request.url.query else ""
        return RedirectResponse(f"/documents/{summary['id']}/{sub}{query}", status_code=307)
    return document_page(request, ref)


@api.get(
    "/documents/{ref:path}",
    summary="One document's record by its symbol (A/RES/72/169), slashes and all",
)
def record_by_symbol(request: Request, ref: str):
    from .api import get_document

    symbol, sub = _split(ref)
    if sub:
        summary, _ = data.get(request.app.state.library, symbol)
        query = f"?{request.url.query}" if request.url.query else ""
        return RedirectResponse(f"/api/documents/{summary['id']}/{sub}{query}", status_code=307)
    return get_document(request, ref)
