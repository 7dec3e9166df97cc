"""Negotiation history's commands: series (with --timeline and --new), chain, amend."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from ..errors import InputError
from ..model import to_json
from .base import EXIT_INPUT, app, dump_json, fail
from .library import LIBRARY, _find, _open


class HistoryFormat(StrEnum):
    table = "table"
    json = "json"
    html = "html"


class AmendFormat(StrEnum):
    redline = "redline"
    json = "json"
    html = "html"
    docx = "docx"


OUTPUT = typer.Option(None, "--output", "-o", help="Write to this file.")
ALL_BODIES = typer.Option(
    False, "--all-bodies", help="Take in the other bodies' texts of the series too."
)


def _write(data: bytes | str, output: Path | None) -> None:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    if output is None:
        sys.stdout.buffer.write(raw)
        sys.stdout.flush()
        return
    try:
        output.write_bytes(raw)
    except OSError as exc:
        fail(str(output), f"cannot write ({exc.strerror})")
        raise typer.Exit(EXIT_INPUT) from None


@app.command()
def series(
    ref: str = typer.Argument(..., metavar="ID|SYMBOL"),
    timeline: bool = typer.Option(
        False, "--timeline", help="Every paragraph's life across the series' sessions."
    ),
    new: bool = typer.Option(
        False, "--new", help="What is new in this text against the previous one of its body."
    ),
    all_bodies: bool = ALL_BODIES,
    library: Path | None = LIBRARY,
    format: HistoryFormat = typer.Option(HistoryFormat.table, "--format", "-f"),
    output: Path | None = OUTPUT,
) -> None:
    """The documents of a series (the same title across sessions; one body unless
    --all-bodies), in order; with --timeline, each paragraph session by session; with
    --new, what is new in this text."""
    from ..history.html import page, timeline_fragment
    from ..history.text import novelty_text, timeline_table

    with _open(library) as lib:
        if new:
            nv = _find(lambda: lib.novelty(ref, all_bodies=all_bodies), ref)
            if nv is None:
                fail(
                    ref,
                    "no earlier adopted text in its series"
                    + ("" if all_bodies else " (of its body)"),
                )
                raise typer.Exit(EXIT_INPUT)
            if format is HistoryFormat.json:
                dump_json(nv.to_json())
            else:
                novelty_text(nv, Console())
            return
        if timeline:
            tl = _find(lambda: lib.timeline(ref, all_bodies=all_bodies), ref)
            title = f"Timeline: {tl.rows and (lib.summary(ref).title or '')}"
            if format is HistoryFormat.json:
                text = json.dumps(tl.to_json(), ensure_ascii=False, indent=2) + "\n"
                _write(text, output) if output else dump_json(tl.to_json())
            elif format is HistoryFormat.html:
                _write(page(timeline_fragment(tl, title=title), title), output)
            else:
                if output is None:
                    timeline_table(tl, Console())
                else:
                    with output.open("w", encoding="utf-8") as fh:
                        timeline_table(tl, Console(file=fh, no_color=True))
            return
        docs = _find(lambda: lib.series(ref, all_bodies=all_bodies), ref)
    if format is HistoryFormat.json:
        dump_json([to_json(d) for d in docs])
        return
    t = Table(box=None, header_style="bold")
    for col in ("date", "body", "session", "symbol", "status", "title"):
        t.add_column(col)
    for d in docs:
        t.add_row(
            d.date or "",
            d.body or "",
            str(d.session or ""),
            d.symbol or d.id,
            d.status,
            d.title or "",
        )
    Console().print(t)


@app.command()
def chain(
    ref: str = typer.Argument(..., metavar="ID|SYMBOL"),
    compare: bool = typer.Option(
        False, "--compare", help="The texts side by side: draft -> revisions -> adopted."
    ),
    library: Path | None = LIBRARY,
    format: HistoryFormat = typer.Option(HistoryFormat.table, "--format", "-f"),
    output: Path | None = OUTPUT,
) -> None:
    """A resolution's negotiation: its drafts, revisions, amendments and adopted text, each
    with the evidence that links it; with --compare, the texts compared in order."""
    from ..history.html import page, versions_fragment
    from ..history.text import versions_text

    with _open(library) as lib:
        entries = _find(lambda: lib.chain(ref), ref)
        if compare:
            tl = lib.versions([e.summary.id for e in entries if e.role != "amendment"])
    if compare:
        if format is HistoryFormat.json:
            dump_json(tl.to_json())
        elif format is HistoryFormat.html:
            title = " → ".join(c.name for c in tl.columns)
            _write(page(versions_fragment(tl, title), title), output)
        else:
            versions_text(tl, Console())
        return
    if format is HistoryFormat.json:
        dump_json(
            [
                {
                    "role": e.role,
                    "summary": to_json(e.summary),
                    "links": [to_json(lk) for lk in e.links],
                }
                for e in entries
            ]
        )
        return
    console = Console()
    for e in entries:
        s = e.summary
        console.print(
            f"[bold]{s.symbol or s.id}[/] {e.role} {s.date or ''}  {s.title or ''}", highlight=False
        )
        for lk in e.links:
            console.print(f"   {lk.kind} {lk.dst} — {lk.detail}", style="dim", highlight=False)


def _document(ref: str, lib):
    """A file when one is there, else a document of the library."""
    from ..parse import parse_file

    p = Path(ref)
    if p.exists():
        return parse_file(p), None
    if lib is None:
        raise InputError("no such file (and no library to look it up in)", ref)
    try:
        stored = lib.get(ref)
    except LookupError as exc:
        raise InputError(str(exc).strip("'\""), ref) from None
    return stored.document, stored.summary.id


@app.command()
def amend(
    draft: str = typer.Argument(..., help="The draft: a file, or an id or symbol in the library."),
    amendments: list[str] = typer.Argument(..., help="Amendments to it (files or library ids)."),
    adopted: str | None = typer.Option(
        None,
        "--adopted",
        help="The adopted text to check each change against (else the library's).",
    ),
    same_numbering: bool = typer.Option(
        False,
        "--same-numbering",
        help="The draft given numbers its paragraphs as the version the amendments name.",
    ),
    library: Path | None = LIBRARY,
    format: AmendFormat = typer.Option(AmendFormat.redline, "--format", "-f"),
    output: Path | None = OUTPUT,
    everything: bool = typer.Option(False, "--all", help="Redline: unchanged paragraphs too."),
) -> None:
    """Apply amendments to their draft: the amended text, each change attributed to its
    amendment, and whether it is in the adopted text. Exit status 1 when an instruction
    could not be applied (each is reported with the reason)."""
    from ..history.amend import NOT_APPLIED, AmendError, apply, check_adoption

    lib = _library_if_any(library)
    try:
        d, draft_id = _document(draft, lib)
        ams = [_document(a, lib)[0] for a in amendments]
        target = None
        if adopted:
            target = _document(adopted, lib)[0]
        elif d.status == "adopted":
            target = d  # amending the adopted text itself: is each change in it?
        elif lib is not None:
            target = lib.adopted_text(draft_id or d.symbol)
        result = apply(d, ams, same_numbering=same_numbering)
        if target is not None:
            result = check_adoption(result, target)
    except InputError as exc:
        fail(exc.name or draft, exc.message)
        raise typer.Exit(EXIT_INPUT) from None
    except AmendError as exc:
        fail(amendments[0], str(exc))
        raise typer.Exit(EXIT_INPUT) from None
    finally:
        if lib is not None:
            lib.close()
    if format is AmendFormat.json:
        text = json.dumps(result.to_json(), ensure_ascii=False, indent=2) + "\n"
        _write(text, output)
    elif format is AmendFormat.html:
        from ..history.html import amend_fragment, page

        _write(page(amend_fragment(result), f"{d.symbol} as amended"), output)
    elif format is AmendFormat.docx:
        from ..history.docx import to_docx

        if output is None and sys.stdout.isatty():
            fail(draft, "a Word file needs -o FILE (or a pipe)")
            raise typer.Exit(EXIT_INPUT)
        _write(to_docx(result), output)
    else:
        from ..history.text import amend_text

        if output:
            with output.open("w", encoding="utf-8") as fh:
                amend_text(result, Console(file=fh, soft_wrap=True, no_color=True), everything)
        else:
            amend_text(result, Console(), everything)
    missed = [o for o in result.outcomes if o.status == NOT_APPLIED]
    for o in missed:
        fail(o.amendment, f"instruction {o.n} not applied: {o.reason}")
    if missed:
        raise typer.Exit(1)


def _library_if_any(path: Path | None):
    """The library named (or the default one when it exists); None when there is none, so
    amending two files never makes an empty library."""
    from ..library import Library
    from ..library.core import default_path

    if path is None and not default_path().exists():
        return None
    try:
        return Library(path)
    except InputError as exc:
        fail(exc.name or str(path), exc.message)
        raise typer.Exit(EXIT_INPUT) from None
