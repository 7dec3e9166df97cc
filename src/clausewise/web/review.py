"""The mandate review over HTTP: decisions, comments, the queue, users and the audit trail
in the JSON API (bearer tokens), and the pages' sign-in, review forms, queue, audit page
and registry exports (session cookie and CSRF token; see session.py and auth.py).

Every write is one `review.Review` call: the role check, the write and its audit row
happen there, in one transaction."""

from __future__ import annotations

from typing import Literal
from urllib.parse import quote

from fastapi import APIRouter, Depends, Form, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import BaseModel, Field

from ..review import Refused, User
from ..review import rules as review_rules
from . import data, session
from .auth import check, current_user, require, session_user
from .schemas import Obj, Objs, errors

# the review's API answers these errors as the rest of the API does (one line, `detail`)
router = APIRouter(responses=errors(401, 403, 404, 409, 422))


def _do(fn, *args, **kwargs):
    try:
        return fn(*args, **kwargs)
    except Refused as exc:
        raise HTTPException(exc.status, exc.message) from None


# -- the registry's review state ---------------------------------------------------------------
def reviewed(
    request: Request, items: list[dict], state: str = "", decision: str = ""
) -> list[dict]:
    """Registry items with their "review" summary, filtered by review state and by the
    decision in force."""
    summaries = request.app.state.review.summaries()
    out = []
    for it in items:
        it["review"] = summaries.get(it["id"], review_rules.NONE)
        if state and it["review"]["state"] != state:
            continue
        if decision and it["review"]["decision"] != decision:
            continue
        out.append(it)
    return out


def with_review(request: Request, item: dict) -> dict:
    rv = request.app.state.review
    ds = rv.decisions(item["id"])
    item["review"] = {
        **review_rules.summary(ds),
        "history": [d.to_json() for d in ds],
        "comments": [c.to_json() for c in rv.comments(item["id"])],
    }
    return item


# -- the JSON API ------------------------------------------------------------------------------
class DecisionIn(BaseModel):
    decision: Literal["retain", "update", "merge", "discontinue"]
    reason: str = Field(..., max_length=review_rules.MAX_REASON)
    merge_with: str | None = None


class VerdictIn(BaseModel):
    note: str | None = Field(None, max_length=review_rules.MAX_REASON)


class CommentIn(BaseModel):
    text: str = Field(..., max_length=4000)


class UserIn(BaseModel):
    name: str
    role: Literal["reader", "editor", "reviewer", "validator", "admin"]


@router.post(
    "/api/registry/{mandate_id}/decisions",
    response_model=Obj,
    status_code=201,
    tags=["review"],
    summary="Propose a decision on a mandate (reviewer, validator or admin)",
)
def propose(
    request: Request,
    mandate_id: str,
    body: DecisionIn,
    user: User = Depends(require("decision.propose")),
):
    d = _do(
        request.app.state.review.propose,
        user,
        mandate_id,
        body.decision,
        body.reason,
        body.merge_with,
    )
    return d.to_json()


@router.get(
    "/api/registry/{mandate_id}/decisions",
    response_model=Obj,
    tags=["review"],
    summary="A mandate's decisions, in order",
)
def decisions(request: Request, mandate_id: str):
    ds = request.app.state.review.decisions(mandate_id)
    return {"mandate": mandate_id, **review_rules.summary(ds), "history": [d.to_json() for d in ds]}


def _settle(request: Request, n: int, verdict: str, note: str | None, user: User):
    return _do(request.app.state.review.decide, user, n, verdict, note).to_json()


@router.post(
    "/api/decisions/{n}/confirm",
    response_model=Obj,
    tags=["review"],
    summary="Confirm a proposed decision (validator or admin; not one's own)",
)
def confirm(
    request: Request,
    n: int,
    body: VerdictIn | None = None,
    user: User = Depends(require("decision.decide")),
):
    return _settle(request, n, "confirmed", body.note if body else None, user)


@router.post(
    "/api/decisions/{n}/reject",
    response_model=Obj,
    tags=["review"],
    summary="Reject a proposed decision (validator or admin; not one's own)",
)
def reject(
    request: Request,
    n: int,
    body: VerdictIn | None = None,
    user: User = Depends(require("decision.decide")),
):
    return _settle(request, n, "rejected", body.note if body else None, user)


@router.post(
    "/api/registry/{mandate_id}/comments",
    response_model=Obj,
    status_code=201,
    tags=["review"],
    summary="Comment on a mandate (reviewer, validator or admin)",
)
def comment(
    request: Request,
    mandate_id: str,
    body: CommentIn,
    user: User = Depends(require("comment.add")),
):
    return _do(request.app.state.review.comment, user, mandate_id, body.text).to_json()


@router.get(
    "/api/registry/{mandate_id}/comments",
    tags=["review"],
    summary="A mandate's comments",
    response_model=Objs,
)
def comments(request: Request, mandate_id: str):
    return [c.to_json() for c in request.app.state.review.comments(mandate_id)]


@router.get(
    "/api/queue",
    tags=["review"],
    summary="Proposed decisions awaiting the caller",
    response_model=Obj,
)
def queue(request: Request):
    user = current_user(request, cookie=False)
    if user is None:
        raise HTTPException(401, "a bearer token names whose queue", {"WWW-Authenticate": "Bearer"})
    return {
        "user": user.name,
        "decisions": [d.to_json() for d in request.app.state.review.queue(user)],
    }


@router.get(
    "/api/users", tags=["review"], summary="The library's users (admin)", response_model=Objs
)
def users(request: Request, user: User = Depends(require("users.manage"))):
    return [u.to_json() for u in request.app.state.review.users()]


@router.post(
    "/api/users",
    response_model=Obj,
    status_code=201,
    tags=["review"],
    summary="Add a user; the answer holds their token, once (admin)",
)
def add_user(request: Request, body: UserIn, user: User = Depends(require("users.manage"))):
    new, token = _do(request.app.state.review.add_user, user, body.name, body.role)
    return {"user": new.to_json(), "token": token}


@router.delete(
    "/api/users/{name}",
    tags=["review"],
    summary="Revoke a user's token (admin)",
    response_model=Obj,
)
def revoke_user(request: Request, name: str, user: User = Depends(require("users.manage"))):
    return _do(request.app.state.review.revoke_user, user, name).to_json()


def _since(since: str) -> str | None:
    if not since:
        return None
    from datetime import UTC, datetime

    try:
        t = datetime.fromisoformat(since)
    except ValueError:
        raise HTTPException(422, f"since: not a date or time: {since!r}") from None
    t = t if t.tzinfo else t.replace(tzinfo=UTC)
    return t.astimezone(UTC).isoformat(timespec="milliseconds")


@router.get(
    "/api/audit",
    tags=["review"],
    summary="The audit trail, oldest first (admin)",
    response_model=Obj,
)
def audit(
    request: Request,
    since: str = Query("", description="from this day or time (UTC) on"),
    limit: int = Query(1000, ge=1, le=100000),
    user: User = Depends(require("audit.read")),
):
    rows = request.app.state.review.audit(since=_since(since), limit=limit)
    return {"count": len(rows), "entries": [e.to_json() for e in rows]}


@router.get(
    "/api/audit/verify",
    tags=["review"],
    summary="Check the audit trail's hash chain (admin)",
    response_model=Obj,
)
def audit_verify(request: Request, user: User = Depends(require("audit.read"))):
    count, bad, head = request.app.state.review.verify()
    return {
        "rows": count,
        "holds": bad is None,
        "first_bad": {"n": bad[0], "why": bad[1]} if bad else None,
        "head": head,
    }


# -- the pages ---------------------------------------------------------------------------------
def viewer(request) -> User | None:
    """The signed-in user, for templates (None on any doubt: a page never fails on it)."""
    if not isinstance(request, Request):
        return None
    try:
        return session_user(request)
    except Exception:  # an error page renders whatever went wrong before
        return None


def csrf_token(request) -> str:
    cookie = request.cookies.get(session.COOKIE) if isinstance(request, Request) else None
    return session.csrf(request.app.state.session_secret, cookie) if cookie else ""


def template_globals() -> dict:
    return {"viewer": viewer, "csrf_token": csrf_token}


def _render(request: Request, name: str, status: int = 200, **context) -> HTMLResponse:
    html = request.app.state.templates.get_template(name).render(
        request=request, quick_q="", **context
    )
    return HTMLResponse(html, status_code=status)


def _local(target: str | None) -> str:
    """A redirect target inside this site only."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return target


def _form_user(request: Request, csrf: str, action: str) -> User:
    """The signed-in user behind a form, its CSRF token checked, allowed `action`."""
    cookie = request.cookies.get(session.COOKIE)
    user = session_user(request)
    if user is None:
        raise HTTPException(401, "sign in first (/signin)")
    if not session.csrf_ok(request.app.state.session_secret, cookie, csrf):
        raise HTTPException(403, "the form's CSRF token is missing or wrong: reload the page")
    return check(user, action, request)


@router.get("/signin", response_class=HTMLResponse, include_in_schema=False)
def signin_page(request: Request, next: str = "/"):
    nonce = session.nonce()
    response = _render(request, "signin.html", nav="", nonce=nonce, next=_local(next), error=None)
    response.set_cookie(
        session.PRE_COOKIE, nonce, **session.cookie_args(request.app.state.secure_cookies, 600)
    )
    return response


@router.post("/signin", include_in_schema=False)
def signin(
    request: Request,
    token: str = Form(""),
    csrf: str = Form(""),
    next: str = Form("/"),
):
    import hmac

    pre = request.cookies.get(session.PRE_COOKIE) or ""
    if not pre or not hmac.compare_digest(pre, csrf):
        raise HTTPException(403, "the sign-in form expired: reload the page and try again")
    user = request.app.state.review.authenticate(token.strip())
    if user is None:
        nonce = session.nonce()
        response = _render(
            request,
            "signin.html",
            status=401,
            nav="",
            nonce=nonce,
            next=_local(next),
            error="That token is not valid (unknown or revoked). CLAUSEWISE_TOKEN is for"
            " scripts: sign in with a user's token (clausewise users add).",
        )
        response.set_cookie(
            session.PRE_COOKIE, nonce, **session.cookie_args(request.app.state.secure_cookies, 600)
        )
        return response
    tid = request.app.state.review.token_id_of(user.name)
    response = RedirectResponse(_local(next), status_code=303)
    response.set_cookie(
        session.COOKIE,
        session.make(request.app.state.session_secret, tid),
        **session.cookie_args(request.app.state.secure_cookies),
    )
    response.delete_cookie(session.PRE_COOKIE, path="/")
    return response


@router.post("/signout", include_in_schema=False)
def signout(request: Request, csrf: str = Form("")):
    cookie = request.cookies.get(session.COOKIE)
    if cookie and not session.csrf_ok(request.app.state.session_secret, cookie, csrf):
        raise HTTPException(403, "the form's CSRF token is missing or wrong: reload the page")
    response = RedirectResponse("/", status_code=303)
    response.delete_cookie(session.COOKIE, path="/")
    return response


def mandate_review(request: Request, mandate_id: str) -> dict:
    """What the mandate page shows of the review (the panel's context)."""
    rv = request.app.state.review
    ds = rv.decisions(mandate_id)
    me = viewer(request)
    return {
        "review": review_rules.summary(ds),
        "review_history": ds,
        "review_comments": rv.comments(mandate_id),
        "me": me,
        "may_propose": me is not None and review_rules.allowed(me.role, "decision.propose"),
        "may_decide": me is not None and review_rules.allowed(me.role, "decision.decide"),
        "may_comment": me is not None and review_rules.allowed(me.role, "comment.add"),
        "decision_choices": ("retain", "update", "merge", "discontinue"),
    }


def _back(mandate_id: str) -> RedirectResponse:
    return RedirectResponse(f"/registry/{quote(mandate_id, safe=':')}#review", status_code=303)


@router.post("/registry/{mandate_id}/decisions", include_in_schema=False)
def propose_form(
    request: Request,
    mandate_id: str,
    decision: str = Form(...),
    reason: str = Form(""),
    merge_with: str = Form(""),
    csrf: str = Form(""),
):
    user = _form_user(request, csrf, "decision.propose")
    _do(request.app.state.review.propose, user, mandate_id, decision, reason, merge_with or None)
    return _back(mandate_id)


@router.post("/registry/{mandate_id}/comments", include_in_schema=False)
def comment_form(request: Request, mandate_id: str, text: str = Form(""), csrf: str = Form("")):
    user = _form_user(request, csrf, "comment.add")
    _do(request.app.state.review.comment, user, mandate_id, text)
    return _back(mandate_id)


@router.post("/decisions/{n}/{verdict}", include_in_schema=False)
def decide_form(
    request: Request,
    n: int,
    verdict: Literal["confirm", "reject"],
    note: str = Form(""),
    csrf: str = Form(""),
    next: str = Form("/queue"),
):
    user = _form_user(request, csrf, "decision.decide")
    state = "confirmed" if verdict == "confirm" else "rejected"
    _do(request.app.state.review.decide, user, n, state, note or None)
    return RedirectResponse(_local(next), status_code=303)


@router.get("/queue", response_class=HTMLResponse, include_in_schema=False)
def queue_page(request: Request):
    me = viewer(request)
    if me is None:
        return RedirectResponse("/signin?next=/queue", status_code=303)
    rv = request.app.state.review
    mine = [d for d in rv.decisions() if d.proposed_by == me.name]
    return _render(
        request, "queue.html", nav="queue", me=me, awaiting=rv.queue(me), mine=mine[::-1][:200]
    )


@router.get("/audit", response_class=HTMLResponse, include_in_schema=False)
def audit_page(request: Request, since: str = ""):
    me = viewer(request)
    if me is None:
        return RedirectResponse("/signin?next=/audit", status_code=303)
    if not review_rules.allowed(me.role, "audit.read"):
        raise HTTPException(403, "the audit trail is for admins")
    rv = request.app.state.review
    rows = rv.audit(since=_since(since))
    count, bad, head = rv.verify()
    return _render(
        request,
        "audit.html",
        nav="audit",
        rows=rows[::-1][:1000],
        total=len(rows),
        since=since,
        verified={"rows": count, "bad": bad, "head": head},
    )


def registry_rows(
    request: Request,
    today,
    *,
    status: str,
    addressee: str,
    body: str,
    kind: str,
    due_before: str,
    due_after: str,
    review: str,
    decision: str,
) -> tuple[list[dict], dict]:
    """The registry as the API, its page and its exports filter it: (items with their
    review summary, counts per status before the review filters)."""
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
    return reviewed(request, items, review, decision), counts


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@router.get("/registry.{fmt}", include_in_schema=False)
def registry_export(
    request: Request,
    fmt: Literal["csv", "xlsx"],
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

    from ..review import export

    items, _ = registry_rows(
        request,
        data.date_param(on, "on") or date.today(),
        status=status,
        addressee=addressee,
        body=body,
        kind=kind,
        due_before=due_before,
        due_after=due_after,
        review=review,
        decision=decision,
    )
    table = export.rows(items)
    if fmt == "csv":
        content, media = export.to_csv(table).encode("utf-8-sig"), "text/csv; charset=utf-8"
    else:
        content, media = export.to_xlsx(table), XLSX
    return Response(
        content,
        media_type=media,
        headers={"Content-Disposition": f'attachment; filename="registry.{fmt}"'},
    )
