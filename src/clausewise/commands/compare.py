"""`clausewise compare OLD NEW`: a redline, JSON, standalone HTML or Word with tracked changes."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path

import typer
from rich.console import Console

from .base import EXIT_INPUT, app, dump_json, fail, load


class CompareFormat(StrEnum):
    redline = "redline"
    json = "json"
    html = "html"
    docx = "docx"


@app.command()
def compare(
    old: Path = typer.Argument(..., help="The earlier version (a draft, last year's text)."),
    new: Path = typer.Argument(..., help="The later version."),
    format: CompareFormat = typer.Option(
        CompareFormat.redline, "--format", "-f", help="redline, json, html or docx"
    ),
    output: Path | None = typer.Option(None, "--output", "-o", help="Write to this file."),
    changes_only: bool = typer.Option(
        False, "--changes-only", help="Redline: leave out unchanged paragraphs."
    ),
    more: list[Path] | None = typer.Argument(
        None, help="Later versions still (draft -> Rev.1 -> adopted): an n-way view."
    ),
) -> None:
    """Compare two versions: paragraphs inserted, deleted, moved, renumbered or reworded.
    Three or more: each paragraph in every version, marked against the one before."""
    from ..compare import compare as run

    docs, failed = load([old, new, *(more or [])])
    if failed:
        raise typer.Exit(EXIT_INPUT)
    if more:
        _versions([d for _, d in docs], format, output)
        return
    (_, a), (_, b) = docs
    result = run(a, b)
    if format is CompareFormat.docx:
        from ..compare.docx import to_docx

        if output is None and sys.stdout.isatty():
            fail(str(new), "a Word file needs -o FILE (or a pipe)")
            raise typer.Exit(EXIT_INPUT)
        data = to_docx(result)
        _write_bytes(data, output)
        return
    if format is CompareFormat.json:
        if output:
            import json

            _write_bytes(
                json.dumps(result.to_json(), ensure_ascii=False, indent=2).encode(), output
            )
        else:
            dump_json(result.to_json())
        return
    if format is CompareFormat.html:
        from ..compare.html import page

        text = page(result)
        if output:
            _write_bytes(text.encode("utf-8"), output)
        else:
            sys.stdout.write(text)
        return
    from ..compare.redline import plain, render

    if output:
        _write_bytes(plain(result, not changes_only).encode("utf-8"), output)
    else:
        render(result, Console(), not changes_only)


def _versions(docs, format: CompareFormat, output: Path | None) -> None:
    """The n-way view (clausewise.history): redline, JSON or HTML; Word has no such view."""
    import json

    from ..history.html import page, versions_fragment
    from ..history.text import versions_text
    from ..history.timeline import timeline

    if format is CompareFormat.docx:
        fail(str(output or "-"), "Word compares two versions; give two files for --format docx")
        raise typer.Exit(EXIT_INPUT)
    tl = timeline(docs)
    if format is CompareFormat.json:
        _write_bytes(json.dumps(tl.to_json(), ensure_ascii=False, indent=2).encode(), output)
    elif format is CompareFormat.html:
        title = " → ".join(c.name for c in tl.columns)
        _write_bytes(page(versions_fragment(tl, title), title).encode("utf-8"), output)
    elif output:
        with output.open("w", encoding="utf-8") as fh:
            versions_text(tl, Console(file=fh, soft_wrap=True, no_color=True))
    else:
        versions_text(tl, Console())


def _write_bytes(data: bytes, output: Path | None) -> None:
    if output is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    try:
        output.write_bytes(data)
    except OSError as exc:
        fail(str(output), f"cannot write ({exc.strerror})")
        raise typer.Exit(EXIT_INPUT) from None
