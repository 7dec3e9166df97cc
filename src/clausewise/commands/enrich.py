"""`clausewise cites` and `clausewise mandates`: what a text cites, and who it asks to do what."""

from __future__ import annotations

import re
from enum import StrEnum
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from ..enrich.cites import cites as find_cites
from ..enrich.mandates import is_secretariat
from ..enrich.mandates import mandates as find_mandates
from ..model import Citation, Mandate, to_json
from .base import EXIT_INPUT, app, dump_json, load


class TableFormat(StrEnum):
    table = "table"
    json = "json"


def _label(eid: str) -> str:
    """A short place name for a table: "para_15__list_1__point_a" -> "op 15(a)"."""
    s = re.sub(r"preamble__container_", "pre ", eid)
    s = re.sub(r"(?:^|__)para_", " op ", s).strip()
    s = re.sub(r"__list_\d+__(?:point|indent)_(\w+)", r"(\1)", s)
    return s.replace("__", " ")


def _where(c: Citation) -> str:
    return _label(c.where.eid) + (f" fn {c.where.footnote}" if c.where.footnote else "")


def _cites_table(name: str, rows: list[Citation]) -> Table:
    t = Table(title=f"{name}: {len(rows)} citations", title_justify="left")
    for col in ("where", "symbol", "kind", "date", "as written"):
        t.add_column(col, overflow="fold")
    for c in rows:
        t.add_row(_where(c), c.symbol or "?", c.kind, c.date or "", c.raw)
    return t


def _due(m: Mandate) -> str:
    if m.due is None:
        return ""
    years = ""
    if m.due.year_from:
        years = f" ({m.due.year_from}" + (
            f"-{m.due.year_to})" if m.due.year_to != m.due.year_from else ")"
        )
    return f"{m.due.body} {m.due.session or '?'}{years}"


def _mandates_table(name: str, rows: list[Mandate]) -> Table:
    t = Table(title=f"{name}: {len(rows)} mandates", title_justify="left")
    t.add_column("para", no_wrap=True)
    t.add_column("type")
    t.add_column("who", ratio=2, overflow="fold")
    t.add_column("action", ratio=3, overflow="fold")
    t.add_column("due", ratio=1, min_width=14)
    for m in rows:
        who = "\n".join(f"{a.name} [dim]({a.kind})[/]" for a in m.addressees)
        if m.with_:
            who += "\n[dim]with[/] " + ", ".join(a.name for a in m.with_)
        due = _due(m)
        if m.report_to:
            due += f"\n[dim]to[/] {m.report_to}"
        if m.recurrence:
            due += f"\n[dim]{m.recurrence}[/]"
        t.add_row(_label(m.paragraph), m.type, who, m.action, due.strip())
    return t


def _emit(files, docs, key, rows_of, table_of, fmt) -> None:
    if fmt is TableFormat.json:
        if len(files) == 1:
            if docs:
                dump_json(to_json(rows_of(docs[0][1])))
        else:
            dump_json([{"file": str(p), key: to_json(rows_of(d))} for p, d in docs])
        return
    console = Console()
    for p, d in docs:
        console.print(table_of(str(p), rows_of(d)))


_FILES = typer.Argument(..., help="Resolution files (text; other formats as their readers land).")
_FORMAT = typer.Option(TableFormat.table, "--format", "-f", help="table or json")


@app.command()
def cites(files: list[Path] = _FILES, format: TableFormat = _FORMAT) -> None:
    """List what each text cites: resolutions, decisions and documents, by normalised symbol."""
    docs, failed = load(files)
    _emit(files, docs, "citations", find_cites, _cites_table, format)
    if failed:
        raise typer.Exit(EXIT_INPUT)


@app.command()
def mandates(
    files: list[Path] = _FILES,
    secretariat: bool = typer.Option(
        False,
        "--secretariat",
        help="Only mandates for the Secretariat or a presiding officer it serves.",
    ),
    format: TableFormat = _FORMAT,
) -> None:
    """List who each text asks to do what, by which session."""
    docs, failed = load(files)

    def rows(d):
        found = find_mandates(d)
        return [m for m in found if is_secretariat(m)] if secretariat else found

    _emit(files, docs, "mandates", rows, _mandates_table, format)
    if failed:
        raise typer.Exit(EXIT_INPUT)
