"""`clausewise upr`: UPR Info's recommendations and pledges, technical assistance, measures
and progress notes, and their links to the library's resolutions and mandates."""

from __future__ import annotations

import csv
import sys
from enum import StrEnum
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from ..errors import InputError
from .base import EXIT_INPUT, app, dump_json, fail
from .library import LIBRARY, _open

upr_app = typer.Typer(
    help="The universal periodic review: recommendations, pledges, assistance, measures.",
    no_args_is_help=True,
)
app.add_typer(upr_app, name="upr")
assist_app = typer.Typer(help="Technical-assistance records.", no_args_is_help=True)
upr_app.add_typer(assist_app, name="assist")
measure_app = typer.Typer(help="Measures and progress notes (IMPACT OSS).", no_args_is_help=True)
upr_app.add_typer(measure_app, name="measure")


class Format(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


_FORMAT = typer.Option(Format.table, "--format", "-f", help="table, json or csv")


def _input(fn):
    try:
        return fn()
    except InputError as exc:
        fail(exc.name or "upr", exc.message)
        raise typer.Exit(EXIT_INPUT) from None
    except LookupError as exc:
        fail("upr", str(exc).strip("'\""))
        raise typer.Exit(EXIT_INPUT) from None


@upr_app.command("import")
def import_(
    files: list[Path] = typer.Argument(..., help="UPR Info CSV exports."),
    skip_bad: bool = typer.Option(
        False,
        "--skip-bad",
        help="Import a file's good rows and list its bad ones (without it, a file with a"
        " bad row is refused whole).",
    ),
    library: str | None = LIBRARY,
) -> None:
    """Import UPR Info exports (each file in one transaction; importing again is a no-op)."""
    from ..upr import actions
    from ..upr.csvread import read_export

    failed = False
    with _open(library) as lib:
        for p in files:
            try:
                export = read_export(p.read_bytes(), str(p))
            except OSError as exc:
                fail(str(p), exc.strerror or str(exc))
                failed = True
                continue
            except InputError as exc:
                fail(exc.name or str(p), exc.message)
                failed = True
                continue
            r = actions.import_export(lib.db, export, actor=lib.actor, skip_bad=skip_bad)
            for b in r.bad:
                fail(b.file, f"line {b.line}: {b.problem}")
            if r.refused:
                fail(
                    str(p),
                    f"{len(r.bad)} bad rows: nothing imported (fix them, or --skip-bad to"
                    " import the other rows)",
                )
                failed = True
                continue
            print(
                f"{p}: {r.rows} rows: {r.added} added, {r.updated} updated,"
                f" {r.unchanged} unchanged" + (f", {len(r.bad)} bad rows skipped" if r.bad else "")
            )
    if failed:
        raise typer.Exit(EXIT_INPUT)


@upr_app.command("list")
def list_(
    to: str | None = typer.Option(None, "--to", help="The State under review."),
    by: str | None = typer.Option(None, "--from", help="The recommending State."),
    theme: str | None = typer.Option(None, "--theme", "-t", help="A UPR Info theme."),
    kind: str | None = typer.Option(None, "--kind", help="recommendation or pledge"),
    response: str | None = typer.Option(None, "--response", help="accepted or noted"),
    cycle: int | None = typer.Option(None, "--cycle"),
    links: bool = typer.Option(False, "--links", help="With each one's links (json)."),
    limit: int = typer.Option(0, "--limit", "-n", help="At most this many (0: all)."),
    format: Format = _FORMAT,
    library: str | None = LIBRARY,
) -> None:
    """Recommendations and pledges, filtered."""
    from ..upr.core import CSV_COLUMNS, Upr, csv_row
    from ..upr.states import un_name

    with _open(library) as lib:
        rows = Upr(lib.db).items(
            to=un_name(to) if to else None,
            by=un_name(by) if by else None,
            theme=theme,
            kind=kind,
            response=response,
            cycle=cycle,
            limit=limit or None,
            links=links,
        )
    if format is Format.json:
        dump_json(rows)
    elif format is Format.csv:
        w = csv.DictWriter(sys.stdout, fieldnames=CSV_COLUMNS, lineterminator="\n")
        w.writeheader()
        w.writerows(csv_row(j) for j in rows)
    else:
        t = Table(title=f"{len(rows)} recommendations and pledges", title_justify="left")
        for col, ratio in (("id", 1), ("to", 1), ("from", 1), ("s.", 0), ("response", 1)):
            t.add_column(col, overflow="fold", ratio=ratio or None)
        t.add_column("text", overflow="fold", ratio=5)
        for j in rows:
            t.add_row(
                j["id"],
                j["to"],
                j["by"] or "",
                str(j["session"]),
                j["response"] or j["kind"],
                j["text"],
            )
        Console().print(t)


@upr_app.command()
def link(
    limit: int = typer.Option(0, "--limit", "-n", help="Only the first N records (0: all)."),
    library: str | None = LIBRARY,
) -> None:
    """Link recommendations and pledges to the resolutions on their theme and the
    paragraphs whose language they share (replaces the links made before)."""
    from ..upr import actions
    from ..upr.links import derive, sponsorships

    with _open(library) as lib:
        ids, found = derive(lib.db, limit=limit or None)
        with lib.db.connection() as conn:
            sponsors = sponsorships(conn)
        actions.relink(lib.db, found, ids, sponsors, actor=lib.actor)
    kinds: dict[str, int] = {}
    for row in found:
        kinds[row[4]] = kinds.get(row[4], 0) + 1
    linked = len({row[0] for row in found})
    print(
        f"{len(ids)} records read, {linked} linked: "
        + ", ".join(f"{k} {kinds[k]}" for k in sorted(kinds))
        + f"; {len(sponsors)} sponsorships"
    )


@assist_app.command("add")
def assist_add(
    requested_by: str = typer.Option(..., "--requested-by", help="The requesting State."),
    offered_by: str = typer.Option(..., "--offered-by", help="Who offers it."),
    modality: str = typer.Option(..., "--modality", help="north-south, south-south, triangular"),
    priority: list[str] = typer.Option(..., "--priority", help="A priority it answers (repeat)."),
    status: str = typer.Option("requested", "--status"),
    mandate: str | None = typer.Option(None, "--mandate", help="A mandate registry id."),
    recommendation: str | None = typer.Option(None, "--recommendation", help="A UPR record id."),
    note: str = typer.Option("", "--note"),
    library: str | None = LIBRARY,
) -> None:
    """Record technical assistance requested by a State."""
    from ..upr import actions
    from ..upr.states import un_name

    with _open(library) as lib:
        ident = _input(
            lambda: actions.add_assistance(
                lib.db,
                actor=lib.actor,
                requested_by=un_name(requested_by) or requested_by,
                offered_by=un_name(offered_by) or offered_by,
                modality=modality,
                priorities=priority,
                status=status,
                mandate=mandate,
                recommendation=recommendation,
                note=note,
            )
        )
    print(f"assistance {ident} recorded")


@assist_app.command("status")
def assist_status(
    ident: int = typer.Argument(...),
    status: str = typer.Argument(..., help="requested, agreed, ongoing, completed, declined"),
    note: str | None = typer.Option(None, "--note"),
    library: str | None = LIBRARY,
) -> None:
    """Change an assistance record's status."""
    from ..upr import actions

    with _open(library) as lib:
        _input(lambda: actions.set_assistance_status(lib.db, ident, status, note, actor=lib.actor))
    print(f"assistance {ident}: {status}")


@assist_app.command("list")
def assist_list(
    state: str | None = typer.Option(None, "--state", help="Requested or offered by."),
    format: Format = _FORMAT,
    library: str | None = LIBRARY,
) -> None:
    """Technical-assistance records."""
    from ..upr.core import Upr
    from ..upr.states import un_name

    with _open(library) as lib:
        rows = Upr(lib.db).assistance(un_name(state) if state else None)
    if format is Format.json:
        dump_json(rows)
        return
    cols = ["id", "requested_by", "offered_by", "modality", "priorities", "status", "mandate"]
    if format is Format.csv:
        w = csv.DictWriter(sys.stdout, fieldnames=cols, lineterminator="\n", extrasaction="ignore")
        w.writeheader()
        w.writerows({**a, "priorities": "; ".join(a["priorities"])} for a in rows)
        return
    t = Table(title=f"{len(rows)} assistance records", title_justify="left")
    for c in cols:
        t.add_column(c, overflow="fold")
    for a in rows:
        t.add_row(*[str(a[c] or "") if c != "priorities" else "; ".join(a[c]) for c in cols])
    Console().print(t)


@measure_app.command("add")
def measure_add(
    recommendation: str = typer.Argument(..., help="The recommendation's id."),
    action: str = typer.Option(..., "--action", help="What is done."),
    indicator: str = typer.Option("", "--indicator", help="How progress is measured."),
    due: str | None = typer.Option(None, "--due", help="YYYY-MM-DD"),
    status: str = typer.Option("planned", "--status"),
    library: str | None = LIBRARY,
) -> None:
    """A measure implementing a recommendation."""
    from ..upr import actions

    with _open(library) as lib:
        ident = _input(
            lambda: actions.add_measure(
                lib.db, recommendation, action, indicator, due, status, actor=lib.actor
            )
        )
    print(f"measure {ident} recorded")


@measure_app.command("status")
def measure_status(
    measure: int = typer.Argument(...),
    status: str = typer.Argument(..., help="planned, in progress, done, dropped"),
    library: str | None = LIBRARY,
) -> None:
    """Change a measure's status."""
    from ..upr import actions

    with _open(library) as lib:
        _input(lambda: actions.set_measure_status(lib.db, measure, status, actor=lib.actor))
    print(f"measure {measure}: {status}")


@measure_app.command("progress")
def measure_progress(
    measure: int = typer.Argument(...),
    note: str = typer.Argument(...),
    day: str | None = typer.Option(None, "--day", help="YYYY-MM-DD (default today)"),
    library: str | None = LIBRARY,
) -> None:
    """A progress note on a measure."""
    from ..upr import actions

    with _open(library) as lib:
        ident = _input(lambda: actions.add_progress(lib.db, measure, note, day, actor=lib.actor))
    print(f"progress note {ident} recorded")


@upr_app.command()
def show(
    ident: str = typer.Argument(..., help="A recommendation's or pledge's id."),
    library: str | None = LIBRARY,
) -> None:
    """One recommendation with its links, measures and progress notes (JSON)."""
    from ..upr.core import Upr

    with _open(library) as lib:
        dump_json(_input(lambda: Upr(lib.db).item(ident)))
