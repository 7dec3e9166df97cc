"""`clausewise registry` and `clausewise registry show ID`: the mandate registry of a library."""

from __future__ import annotations

import csv
import sys
from datetime import date
from enum import StrEnum

import typer
from rich.console import Console
from rich.table import Table

from .base import EXIT_INPUT, app, dump_json, fail
from .library import LIBRARY, _open

registry_app = typer.Typer(
    help="Every mandate in a library: due dates, what happened to it, its status today.",
    invoke_without_command=True,
    no_args_is_help=False,
)
app.add_typer(registry_app, name="registry")


class Format(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


def _day(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        fail(option, f"not a date: {value!r} (give YYYY-MM-DD)")
        raise typer.Exit(EXIT_INPUT) from None


_ON = typer.Option(None, "--on", help="The day statuses are for (YYYY-MM-DD; default: today).")
_FORMAT = typer.Option(Format.table, "--format", "-f", help="table, json or csv")

_CSV = [
    "id",
    "symbol",
    "eid",
    "status",
    "kind",
    "type",
    "addressees",
    "collaborators",
    "action",
    "due",
    "frequency",
    "duration_years",
    "within_existing_resources",
    "review_clause",
    "evidence",
    "duplicates",
]


def _due_text(d: dict) -> str:
    name = (
        f"{d['body']} {d['session']}"
        if d["session"] is not None
        else f"{d['body']} {d['year_from']}".strip()
    )
    if d["date_to"]:
        return f"{name} ({d['date_from'] or '…'}–{d['date_to']})"
    return name


def _row(j: dict) -> dict:
    f = j["frequency"]
    return {
        "id": j["id"],
        "symbol": j["source"]["symbol"] or j["source"]["doc"],
        "eid": j["source"]["eid"],
        "status": j["status"],
        "kind": j["kind"],
        "type": j["type"],
        "addressees": "; ".join(a["name"] for a in j["addressees"]),
        "collaborators": "; ".join(a["name"] for a in j["collaborators"]),
        "action": j["action"],
        # a mandate given for a period has no due but an end ("until 31 August 2007")
        "due": "; ".join(_due_text(d) for d in j["due"])
        or (f"ends {_due_text(j['ends'])}" if j["ends"] else ""),
        "frequency": f["explicit"] or (f"{f['inferred']} (inferred)" if f["inferred"] else ""),
        "duration_years": "" if j["duration_years"] is None else j["duration_years"],
        "within_existing_resources": "yes" if j["within_existing_resources"] else "",
        "review_clause": (j["review_clause"] or {}).get("kind", ""),
        "evidence": "; ".join(
            f"{e['type']} {e['symbol'] or e['doc']} {e['eid']}" for e in j["evidence"]
        ),
        "duplicates": "; ".join(j["duplicates"]),
    }


@registry_app.callback()
def registry(
    ctx: typer.Context,
    library: str | None = LIBRARY,
    status: str | None = typer.Option(
        None,
        "--status",
        "-s",
        help="pending, due, overdue, fulfilled, renewed, recurring or superseded",
    ),
    addressee: str | None = typer.Option(
        None, "--addressee", "-a", help="Words of an addressee's name."
    ),
    body: str | None = typer.Option(
        None, "--body", help="The source's body: GA, HRC, SC, ECOSOC ..."
    ),
    due_before: str | None = typer.Option(
        None, "--due-before", help="Due on or before this day (YYYY-MM-DD)."
    ),
    on: str | None = _ON,
    format: Format = _FORMAT,
    limit: int = typer.Option(0, "--limit", "-n", help="At most this many rows (0: all)."),
) -> None:
    """List the mandates of a library with their status today (or `--on` a day)."""
    if ctx.invoked_subcommand is not None:
        return
    from ..registry import STATUSES, item_json

    if status is not None and status not in STATUSES:
        fail("--status", f"unknown status {status!r} (one of: {', '.join(STATUSES)})")
        raise typer.Exit(EXIT_INPUT)
    before = _day(due_before, "--due-before")
    today = _day(on, "--on") or date.today()
    with _open(library) as lib:
        reg = lib.registry
        reg.sync()
        items = reg.items(
            today=today,
            status=status,
            addressee=addressee,
            body=body,
            due_before=before.isoformat() if before else None,
        )
        counts = reg.counts(items)
    total = len(items)
    if limit:
        items = items[:limit]
    rows = [item_json(it) for it in items]
    if format is Format.json:
        dump_json(rows)
    elif format is Format.csv:
        w = csv.DictWriter(sys.stdout, fieldnames=_CSV, lineterminator="\n")
        w.writeheader()
        for j in rows:
            w.writerow(_row(j))
    else:
        _table(rows, counts, today, total)


def _table(rows: list[dict], counts: dict[str, int], today: date, total: int) -> None:
    console = Console()
    summary = ", ".join(f"{k} {v}" for k, v in counts.items() if v)
    shown = f"{len(rows)} of {total}" if len(rows) < total else str(total)
    t = Table(title=f"{shown} mandates on {today.isoformat()} ({summary})", title_justify="left")
    t.add_column("id", overflow="fold", ratio=2)
    t.add_column("who", overflow="fold", ratio=2)
    t.add_column("action", overflow="fold", ratio=4)
    t.add_column("due", overflow="fold", ratio=2)
    t.add_column("status", overflow="fold", ratio=2)
    for j in rows:
        r = _row(j)
        t.add_row(
            r["id"],
            r["addressees"],
            r["action"],
            r["due"],
            f"{j['status']}\n[dim]{j['status_reason']}[/]",
        )
    console.print(t)


@registry_app.command()
def show(
    mandate_id: str = typer.Argument(..., help="A mandate's id: DOCUMENT:PARAGRAPH:ORDINAL."),
    library: str | None = LIBRARY,
    on: str | None = _ON,
    format: Format = _FORMAT,
) -> None:
    """One mandate's life: what it asks, when it is due, and what later texts say of it."""
    from ..registry import item_json
    from ..registry.languages import wordings

    today = _day(on, "--on") or date.today()
    with _open(library) as lib:
        reg = lib.registry
        reg.sync()
        try:
            it = reg.item(mandate_id, today=today)
        except LookupError as exc:
            fail(mandate_id, str(exc).strip("'\""))
            raise typer.Exit(EXIT_INPUT) from None
        j = item_json(it, wordings(lib, mandate_id))
    if format is Format.json:
        dump_json(j)
        return
    if format is Format.csv:
        w = csv.DictWriter(sys.stdout, fieldnames=_CSV, lineterminator="\n")
        w.writeheader()
        w.writerow(_row(j))
        return
    console = Console()
    r = _row(j)
    src = j["source"]
    console.print(
        f"[bold]{j['id']}[/]  {src['symbol'] or src['doc']} {src['eid']}  ({src['date'] or 'undated'})"
    )
    console.print(f"[dim]{src['title'] or ''}[/]")
    roles = {a["role"] for a in j["addressees"]}
    if roles == {"body_itself"}:  # "General Assembly: Decides to consider ..."
        console.print(f"[bold]{r['addressees']}[/]: {j['verb']} {j['action']}")
    else:  # "Requests the Secretary-General to ..."
        console.print(f"{j['verb']} [bold]{r['addressees']}[/] {j['action']}")
    if r["collaborators"]:
        console.print(f"[dim]with[/] {r['collaborators']}")
    for label, value in (
        ("kind", f"{j['kind']} ({j['type']})"),
        ("due", r["due"]),
        (
            "frequency",
            r["frequency"] + (f" — {j['frequency']['reason']}" if j["frequency"]["reason"] else ""),
        ),
        ("duration", f"{j['duration_years']} years" if j["duration_years"] is not None else ""),
        ("within existing resources", r["within_existing_resources"]),
        (
            "review clause",
            f"{j['review_clause']['kind']}: {j['review_clause']['text']}"
            if j["review_clause"]
            else "",
        ),
        ("status", f"[bold]{j['status']}[/] on {today.isoformat()}: {j['status_reason']}"),
    ):
        if value:
            console.print(f"[dim]{label}:[/] {value}")
    if j["evidence"]:
        console.print("[dim]evidence:[/]")
        for e in j["evidence"]:
            console.print(
                f"  {e['date'] or ''} [bold]{e['type']}[/] {e['symbol'] or e['doc']} {e['eid']}: “{e['text']}”"
            )
    if j["duplicates"]:
        console.print(f"[dim]duplicates:[/] {', '.join(j['duplicates'])}")
    console.print(f"[dim]text:[/] {j['text']}")
    for lang, text in j.get("wording", {}).items():
        if lang != "en":  # the same mandate as the resolution's other versions word it
            console.print(f"[dim]{lang}:[/] {text}")
