"""`clausewise parse`: a document's structure as an outline, its JSON record, or AKN."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

import typer
from rich.console import Console

from ..model import to_json
from .base import EXIT_INPUT, app, dump_json, load


class ParseFormat(StrEnum):
    outline = "outline"
    json = "json"
    akn = "akn"


@app.command()
def parse(
    files: list[Path] = typer.Argument(..., help="Text, PDF, Word or Akoma Ntoso files."),
    format: ParseFormat = typer.Option(
        ParseFormat.outline, "--format", "-f", help="outline, json or akn (Akoma Ntoso XML)"
    ),
) -> None:
    """Read resolutions and show their structure (outline) or print their records (json)."""
    docs, failed = load(files)
    if format is ParseFormat.akn:
        from .akn import print_akn

        print_akn(docs, len(files))
    elif format is ParseFormat.json:
        from ..enrich.cites import cites
        from ..enrich.mandates import mandates

        records = [
            to_json(d) | {"citations": to_json(cites(d)), "mandates": to_json(mandates(d))}
            for _, d in docs
        ]
        pairs = _versions([d for _, d in docs])
        if len(files) == 1:
            if records:
                dump_json(records[0])
        elif pairs:
            # language versions of one resolution: the records, and whether they match
            # paragraph by paragraph
            dump_json({"records": records, "versions": pairs})
        else:
            dump_json(records)
    else:
        from ..render.outline import render_outline

        console = Console()
        for p, d in docs:
            render_outline(d, console, name=str(p))
    if failed:
        raise typer.Exit(EXIT_INPUT)


def _versions(docs) -> list[dict]:
    """For documents that are language versions of one resolution (one symbol, several
    languages): each version against the first, as `versions.to_report` says it."""
    from ..versions import align, to_report

    out = []
    by_symbol: dict[str, list] = {}
    for d in docs:
        if d.symbol:
            by_symbol.setdefault(d.symbol, []).append(d)
    for symbol, group in by_symbol.items():
        if len({d.language for d in group}) < 2:
            continue
        for other in group[1:]:
            out.append({"symbol": symbol} | to_report(align(group[0], other)))
    return out
