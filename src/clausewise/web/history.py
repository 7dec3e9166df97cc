"""Negotiation history on the web: a series' timeline, a resolution's chain (the texts in
order, and side by side), amendments applied; each page with its JSON twin under /api."""

from __future__ import annotations

from urllib.parse import urlencode

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse
from markupsafe import Markup

from . import data
from .labels import doc_label

pages = APIRouter(include_in_schema=False)
api = APIRouter(prefix="/api")


def _render(request: Request, name: str, **context) -> HTMLResponse:
    from .pages import render

    return render(request, name, **context)


def _lib(request: Request):
    return request.app.state.library


def _lookup(fn, what: str):
    try:
        return fn()
    except LookupError as exc:
        raise HTTPException(404, str(exc).strip("'\"")) from None


# -- timeline -----------------------------------------------------------------------------


def _cell_href(tl):
    """A grid cell opens the comparison of its version with the one before, at the
    paragraph (the compare view's anchors: n- a paragraph, to- where a moved one went, o- a
    deleted one's old place)."""

    def href(r: int, c: int, cell) -> str | None:
        if c == 0 or cell.state in ("present", "unchanged"):
            return None
        old, new = tl.columns[c - 1].id, tl.columns[c].id
        anchor = {"gone": "o-", "moved": "to-"}.get(cell.state, "n-") + (cell.eid or "")
        if cell.change == "merged" and cell.state == "gone":
            anchor = ""
        return f"/compare?{urlencode({'old': old, 'new': new})}#{anchor}"

    return href


@pages.get("/series/{id}/timeline", response_class=HTMLResponse)
def timeline_page(request: Request, id: str, all_bodies: bool = False):
    from ..history.html import timeline_fragment

    lib = _lib(request)
    summary, _ = data.get(lib, id)
    tl = _lookup(lambda: lib.timeline(summary["id"], all_bodies=all_bodies), id)
    title = f"Timeline: {summary.get('title') or doc_label(summary)}"
    view = Markup(timeline_fragment(tl, _cell_href(tl), title))  # it escapes every text
    return _render(
        request,
        "history.html",
        nav="library",
        title=title,
        view=view,
        id=summary["id"],
        all_bodies=all_bodies,
        timeline=True,
    )


@api.get("/documents/{id}/timeline", summary="The series' timeline: paragraphs by session")
def timeline_json(request: Request, id: str, all_bodies: bool = False):
    lib = _lib(request)
    summary, _ = data.get(lib, id)
    return lib.timeline(summary["id"], all_bodies=all_bodies).to_json()


@api.get("/documents/{id}/new", summary="What is new against the previous text of its body")
def novelty_json(request: Request, id: str, all_bodies: bool = False):
    lib = _lib(request)
    summary, _ = data.get(lib, id)
    nv = lib.novelty(summary["id"], all_bodies=all_bodies)
    if nv is None:
        raise HTTPException(404, f"{doc_label(summary)} has no earlier adopted text in its series")
    return nv.to_json()


# -- chain ----------------------------------------------------------------------------------


def chain_rows(lib, ident: str) -> list[dict]:
    return [
        {
            "role": e.role,
            "summary": data.plain(e.summary),
            "label": doc_label(data.plain(e.summary)),
            "links": [data.plain(lk) for lk in e.links],
        }
        for e in lib.chain(ident)
    ]


@api.get("/documents/{id}/chain", summary="Its drafts, revisions, amendments and adopted text")
def chain_json(request: Request, id: str):
    lib = _lib(request)
    summary, _ = data.get(lib, id)
    return chain_rows(lib, summary["id"])


@pages.get("/chain/{id}", response_class=HTMLResponse)
def chain_page(request: Request, id: str):
    """The texts of one negotiation side by side: draft -> revisions -> adopted."""
    from ..history.html import versions_fragment

    lib = _lib(request)
    summary, _ = data.get(lib, id)
    texts = [e for e in lib.chain(summary["id"]) if e.role != "amendment"]
    tl = lib.versions([e.summary.id for e in texts])
    title = " → ".join(c.name for c in tl.columns)
    return _render(
        request,
        "history.html",
        nav="library",
        title=title,
        view=Markup(versions_fragment(tl, title)),
        id=summary["id"],
        timeline=False,
    )


# -- amendments -----------------------------------------------------------------------------


def _amended(lib, draft: str, amendments: list[str], same_numbering: bool):
    from ..history.amend import AmendError, apply, check_adoption

    _, d = data.get(lib, draft)
    ams = [data.get(lib, a)[1] for a in amendments]
    try:
        result = apply(d, ams, same_numbering=same_numbering)
    except AmendError as exc:
        raise HTTPException(422, str(exc)) from None
    adopted = lib.adopted_text(draft)
    return check_adoption(result, adopted) if adopted is not None else result


@pages.get("/amend", response_class=HTMLResponse)
def amend_page(
    request: Request,
    draft: str,
    amendment: list[str] = Query(..., min_length=1),
    same_numbering: bool = False,
):
    from ..history.html import amend_fragment

    result = _amended(_lib(request), draft, amendment, same_numbering)
    title = f"{result.draft.symbol or draft} as amended"
    query = urlencode({"draft": draft, "amendment": amendment, "same_numbering": "1"}, doseq=True)
    return _render(
        request,
        "history.html",
        nav="library",
        title=title,
        view=Markup(amend_fragment(result)),
        id=draft,
        timeline=False,
        numbering_link=None if same_numbering else f"/amend?{query}",
    )


@api.get("/amend", summary="Amendments applied to their draft, checked against the adopted text")
def amend_json(
    request: Request,
    draft: str,
    amendment: list[str] = Query(..., min_length=1),
    same_numbering: bool = False,
):
    return _amended(_lib(request), draft, amendment, same_numbering).to_json()


# -- for the document page ----------------------------------------------------------------


def document_history(lib, ident: str) -> dict:
    """What the document page shows of the negotiation: the chain, what is new, and links
    to the timeline, the side by side view and the amendments applied."""
    chain = chain_rows(lib, ident)
    nv = lib.novelty(ident)
    drafts = [c for c in chain if c["role"] in ("draft", "revision")]
    amendments = [c for c in chain if c["role"] == "amendment"]
    amend_link = None
    if amendments:
        target = next(
            (c for c in reversed(drafts) if any(lk["dst"] == c["summary"]["id"]
             for a in amendments for lk in a["links"])),
            drafts[-1] if drafts else None,
        )  # fmt: skip
        if target is not None:
            query = urlencode(
                {
                    "draft": target["summary"]["id"],
                    "amendment": [a["summary"]["id"] for a in amendments],
                },
                doseq=True,
            )
            amend_link = f"/amend?{query}"
    return {
        "chain": chain if len(chain) > 1 else [],
        "novelty": nv,
        "side_by_side": f"/chain/{ident}" if len(chain) - len(amendments) > 1 else None,
        "amend_link": amend_link,
    }
