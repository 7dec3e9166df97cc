"""The universal periodic review on the web: State and theme pages, a recommendation with
its links, measures and progress, and the JSON API under /api/upr (CSV export too).

Reading is public. Writes (assistance, measures, progress notes) need a user with the
"upr.write" role: in the API a bearer token (`auth.require`), on the pages the signed-in
user's session and the form's CSRF token (`review._form_user`). Both go through
`upr.actions`, one function per action, each audited with that user's name.
"""

from __future__ import annotations

import csv
import io
from urllib.parse import quote

from fastapi import APIRouter, Depends, Form, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import BaseModel, Field

from ..errors import InputError
from ..review import User
from ..review import rules as review_rules
from ..upr import actions
from ..upr.core import CSV_COLUMNS, Upr, csv_row
from ..upr.model import MEASURE_STATUSES, MODALITIES, STATUSES
from ..upr.states import un_name
from .auth import require
from .review import _form_user, viewer
from .schemas import Obj, Objs, errors

pages = APIRouter(include_in_schema=False)
api = APIRouter(prefix="/api/upr", tags=["upr"], responses=errors(401, 403, 404, 422))

ROWS = 100  # recommendations listed on a page (the JSON and CSV hold all)


def _upr(request: Request) -> Upr:
    # the tallies' cache lives with the app (one per server process), made on first use
    cache = getattr(request.app.state, "upr_cache", None)
    if cache is None:
        cache = request.app.state.upr_cache = {}
    return Upr(request.app.state.library.db, cache)


def _sponsored(request: Request):
    from ..upr import store

    db = request.app.state.library.db

    def sponsored(state: str) -> list[dict]:
        with db.connection() as conn:
            return store.sponsored(conn, state)

    return sponsored


def _found(fn):
    try:
        return fn()
    except LookupError as exc:
        raise HTTPException(404, str(exc).strip("'\"")) from None


def _write(fn):
    """A write's InputError is the client's (422); a missing record a 404."""
    try:
        return fn()
    except InputError as exc:
        raise HTTPException(
            422, f"{exc.name}: {exc.message}" if exc.name else exc.message
        ) from None
    except LookupError as exc:
        raise HTTPException(404, str(exc).strip("'\"")) from None


def _filters(to, by, theme, kind, response, cycle) -> dict:
    return {
        "to": un_name(to) if to else None,
        "by": un_name(by) if by else None,
        "theme": theme or None,
        "kind": kind or None,
        "response": response or None,
        "cycle": cycle,
    }


# -- JSON ---------------------------------------------------------------------------------


@api.get(
    "/states",
    summary="States under review, with their recommendations and pledges",
    response_model=Objs,
)
def states_json(request: Request):
    return _upr(request).states()


@api.get(
    "/states/{state}",
    summary="A State: received and made, by theme and cycle, and more",
    response_model=Obj,
)
def state_json(request: Request, state: str):
    name = un_name(state) or state
    return _found(lambda: _upr(request).state(name, _sponsored(request)))


@api.get("/themes", summary="UPR Info's themes and how many records each has", response_model=Objs)
def themes_json(request: Request):
    return _upr(request).themes()


@api.get(
    "/themes/{theme}",
    summary="A theme: accepted and noted by cycle, States most asked",
    response_model=Obj,
)
def theme_json(request: Request, theme: str):
    return _found(lambda: _upr(request).theme(theme))


_KIND = Query(None, pattern="^(recommendation|pledge)$")
_RESPONSE = Query(None, pattern="^(accepted|noted)$")


@api.get(
    "/recommendations",
    summary="Recommendations and pledges, filtered, with their links",
    response_model=Objs,
)
def recommendations_json(
    request: Request,
    to: str | None = None,
    by: str | None = Query(None, alias="from"),
    theme: str | None = None,
    kind: str | None = _KIND,
    response: str | None = _RESPONSE,
    cycle: int | None = None,
    limit: int = Query(1000, ge=1, le=50000),
    offset: int = Query(0, ge=0),
):
    f = _filters(to, by, theme, kind, response, cycle)
    return _upr(request).items(links=True, limit=limit, offset=offset, **f)


@api.get(
    "/recommendations.csv",
    summary="Recommendations and pledges, filtered, as CSV",
    response_class=Response,
    responses={
        200: {
            "description": "one row per record (a download)",
            "content": {"text/csv": {"schema": {"type": "string", "format": "binary"}}},
        }
    },
)
def recommendations_csv(
    request: Request,
    to: str | None = None,
    by: str | None = Query(None, alias="from"),
    theme: str | None = None,
    kind: str | None = _KIND,
    response: str | None = _RESPONSE,
    cycle: int | None = None,
):
    rows = _upr(request).items(**_filters(to, by, theme, kind, response, cycle))
    out = io.StringIO()
    w = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    w.writeheader()
    w.writerows(csv_row(j) for j in rows)
    return Response(
        out.getvalue(),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": 'attachment; filename="upr-recommendations.csv"'},
    )


@api.get(
    "/recommendations/{id}",
    summary="One record with its links, measures and progress",
    response_model=Obj,
)
def recommendation_json(request: Request, id: str):
    return _found(lambda: _upr(request).item(id))


@api.get(
    "/assistance",
    summary="Technical-assistance records (of a State, when given)",
    response_model=Objs,
)
def assistance_json(request: Request, state: str | None = None):
    return _upr(request).assistance(un_name(state) if state else None)


class AssistanceIn(BaseModel):
    requested_by: str = Field(description="The State that asks for it")
    offered_by: str = Field(description="A State, an organisation or an office")
    modality: str = Field(description=" | ".join(MODALITIES))
    priorities: list[str] = Field(description="The priorities set by the requesting State")
    status: str = Field("requested", description=" | ".join(STATUSES))
    mandate: str | None = Field(None, description="The registry id of the mandate calling for it")
    recommendation: str | None = Field(None, description="A UPR record it answers")
    note: str = ""


class StatusIn(BaseModel):
    status: str
    note: str | None = None


class MeasureIn(BaseModel):
    action: str = Field(description="What is done")
    indicator: str = Field("", description="How progress is measured")
    due: str | None = Field(None, description="YYYY-MM-DD")
    status: str = Field("planned", description=" | ".join(MEASURE_STATUSES))


class ProgressIn(BaseModel):
    note: str
    day: str | None = Field(None, description="YYYY-MM-DD (default today)")


_EDITOR = Depends(require("upr.write"))  # the user the audit trail names


@api.post("/assistance", status_code=201, summary="Record assistance", response_model=Obj)
def assistance_add(request: Request, body: AssistanceIn, user: User = _EDITOR):
    db = request.app.state.library.db
    fields = body.model_dump()
    for k in ("requested_by", "offered_by"):
        fields[k] = un_name(fields[k]) or fields[k]
    ident = _write(lambda: actions.add_assistance(db, actor=user.name, **fields))
    return {"id": ident, "assistance": _upr(request).assistance_record(ident)}


@api.patch("/assistance/{id}", summary="Change an assistance record's status", response_model=Obj)
def assistance_status(request: Request, id: int, body: StatusIn, user: User = _EDITOR):
    db = request.app.state.library.db
    _write(lambda: actions.set_assistance_status(db, id, body.status, body.note, actor=user.name))
    return _upr(request).assistance_record(id)


@api.post(
    "/recommendations/{id}/measures", status_code=201, summary="Add a measure", response_model=Obj
)
def measure_add(request: Request, id: str, body: MeasureIn, user: User = _EDITOR):
    db = request.app.state.library.db
    ident = _write(
        lambda: actions.add_measure(
            db, id, body.action, body.indicator, body.due, body.status, actor=user.name
        )
    )
    return {"id": ident, "recommendation": _upr(request).item(id)}


@api.patch("/measures/{id}", summary="Change a measure's status", response_model=Obj)
def measure_status(request: Request, id: int, body: StatusIn, user: User = _EDITOR):
    db = request.app.state.library.db
    _write(lambda: actions.set_measure_status(db, id, body.status, actor=user.name))
    return {"id": id, "status": body.status.strip().lower()}


@api.post(
    "/measures/{id}/progress", status_code=201, summary="Add a progress note", response_model=Obj
)
def progress_add(request: Request, id: int, body: ProgressIn, user: User = _EDITOR):
    db = request.app.state.library.db
    ident = _write(lambda: actions.add_progress(db, id, body.note, body.day, actor=user.name))
    return {"id": ident, "measure": id}


# -- pages --------------------------------------------------------------------------------


def _render(request: Request, name: str, status: int = 200, **context) -> HTMLResponse:
    from .pages import render

    response = render(request, name, nav="upr", **context)
    response.status_code = status
    return response


def _writer(request: Request) -> dict:
    """Whether the page shows the editors' forms (the signed-in user has "upr.write")."""
    me = viewer(request)
    return {"me": me, "may_write": me is not None and review_rules.allowed(me.role, "upr.write")}


@pages.get("/upr", response_class=HTMLResponse)
def upr_page(request: Request):
    u = _upr(request)
    return _render(request, "upr.html", states=u.states(), themes=u.themes(), counts=u.counts())


def _state_view(request: Request, state: str, status: int = 200, **form) -> HTMLResponse:
    u = _upr(request)
    name = un_name(state) or state
    s = _found(lambda: u.state(name, _sponsored(request)))
    received = u.listed(to=name, kind="recommendation", limit=ROWS)
    return _render(
        request,
        "upr_state.html",
        status,
        s=s,
        received=received,
        rows=ROWS,
        modalities=MODALITIES,
        statuses=STATUSES,
        form_error=form.get("error"),
        typed=form.get("typed", {}),
        **_writer(request),
    )


@pages.get("/upr/states/{state}", response_class=HTMLResponse)
def state_page(request: Request, state: str):
    return _state_view(request, state)


@pages.get("/upr/themes/{theme}", response_class=HTMLResponse)
def theme_page(request: Request, theme: str):
    u = _upr(request)
    t = _found(lambda: u.theme(theme))
    items = u.listed(theme=theme, kind="recommendation", limit=ROWS, links=True)
    return _render(request, "upr_theme.html", t=t, items=items, rows=ROWS)


def _item_view(request: Request, id: str, status: int = 200, **form) -> HTMLResponse:
    it = _found(lambda: _upr(request).item(id))
    return _render(
        request,
        "upr_item.html",
        status,
        it=it,
        measure_statuses=MEASURE_STATUSES,
        form_error=form.get("error"),
        typed=form.get("typed", {}),
        **_writer(request),
    )


@pages.get("/upr/recommendations/{id}", response_class=HTMLResponse)
def recommendation_page(request: Request, id: str):
    return _item_view(request, id)


# -- the editors' forms: signed in (cookie), CSRF-checked, "upr.write"; each write goes
# through upr.actions (audited with the user's name). Bad input re-renders the page with
# a one-line reason (422) and what was typed; success goes back to the page (303).


def _reason(exc: InputError) -> str:
    return f"{exc.name}: {exc.message}" if exc.name else exc.message


def _measure_item(request: Request, measure: int) -> str:
    from ..upr import store

    with request.app.state.library.db.connection() as conn:
        item = store.measure_item(conn, measure)
    if item is None:
        raise HTTPException(404, f"no measure {measure}")
    return item


def _state_url(state: str, anchor: str = "assistance") -> str:
    return f"/upr/states/{quote(state, safe='')}#{anchor}"


def _item_url(item: str, anchor: str = "measures") -> str:
    return f"/upr/recommendations/{quote(item, safe='')}#{anchor}"


@pages.post("/upr/states/{state}/assistance")
def assistance_form(
    request: Request,
    state: str,
    requested_by: str = Form(""),
    offered_by: str = Form(""),
    modality: str = Form(""),
    priorities: str = Form(""),
    status: str = Form("requested"),
    mandate: str = Form(""),
    recommendation: str = Form(""),
    note: str = Form(""),
    csrf: str = Form(""),
):
    user = _form_user(request, csrf, "upr.write")
    typed = {
        "requested_by": requested_by, "offered_by": offered_by, "modality": modality,
        "priorities": priorities, "status": status, "mandate": mandate,
        "recommendation": recommendation, "note": note,
    }  # fmt: skip
    asker = un_name(requested_by) or requested_by.strip()
    try:
        actions.add_assistance(
            request.app.state.library.db,
            actor=user.name,
            requested_by=asker,
            offered_by=un_name(offered_by) or offered_by,
            modality=modality,
            priorities=priorities.splitlines(),
            status=status,
            mandate=mandate or None,
            recommendation=recommendation or None,
            note=note,
        )
    except InputError as exc:
        error = {"form": "assistance", "message": _reason(exc)}
        return _state_view(request, state, 422, error=error, typed=typed)
    return RedirectResponse(_state_url(un_name(state) or state), status_code=303)


@pages.post("/upr/assistance/{id}/status")
def assistance_status_form(request: Request, id: int, status: str = Form(""), csrf: str = Form("")):
    user = _form_user(request, csrf, "upr.write")
    record = _found(lambda: _upr(request).assistance_record(id))
    try:
        actions.set_assistance_status(
            request.app.state.library.db, id, status, None, actor=user.name
        )
    except InputError as exc:
        error = {"form": f"assistance-{id}", "message": _reason(exc)}
        return _state_view(request, record["requested_by"], 422, error=error)
    return RedirectResponse(_state_url(record["requested_by"]), status_code=303)


@pages.post("/upr/recommendations/{id}/measures")
def measure_form(
    request: Request,
    id: str,
    action: str = Form(""),
    indicator: str = Form(""),
    due: str = Form(""),
    status: str = Form("planned"),
    csrf: str = Form(""),
):
    user = _form_user(request, csrf, "upr.write")
    db = request.app.state.library.db
    try:
        _found(
            lambda: actions.add_measure(
                db, id, action, indicator, due or None, status, actor=user.name
            )
        )
    except InputError as exc:
        typed = {"action": action, "indicator": indicator, "due": due, "status": status}
        error = {"form": "measure", "message": _reason(exc)}
        return _item_view(request, id, 422, error=error, typed=typed)
    return RedirectResponse(_item_url(id), status_code=303)


@pages.post("/upr/measures/{id}/status")
def measure_status_form(request: Request, id: int, status: str = Form(""), csrf: str = Form("")):
    user = _form_user(request, csrf, "upr.write")
    item = _measure_item(request, id)
    try:
        actions.set_measure_status(request.app.state.library.db, id, status, actor=user.name)
    except InputError as exc:
        error = {"form": f"measure-{id}", "message": _reason(exc)}
        return _item_view(request, item, 422, error=error)
    return RedirectResponse(_item_url(item, f"measure-{id}"), status_code=303)


@pages.post("/upr/measures/{id}/progress")
def progress_form(
    request: Request, id: int, note: str = Form(""), day: str = Form(""), csrf: str = Form("")
):
    user = _form_user(request, csrf, "upr.write")
    item = _measure_item(request, id)
    try:
        actions.add_progress(request.app.state.library.db, id, note, day or None, actor=user.name)
    except InputError as exc:
        error = {"form": f"progress-{id}", "message": _reason(exc)}
        return _item_view(request, item, 422, error=error, typed={"note": note, "day": day})
    return RedirectResponse(_item_url(item, f"measure-{id}"), status_code=303)
