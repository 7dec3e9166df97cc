"""The library's commands: add, list, show, search, trace, series."""

from __future__ import annotations

import html
import re
from enum import StrEnum
from pathlib import Path

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from ..errors import InputError
from ..model import to_json
from .base import EXIT_INPUT, app, dump_json, fail

LIBRARY = typer.Option(
    None,
    "--library",
    envvar="CLAUSEWISE_LIBRARY",
    help="The library's SQLite file (default: one in your user data folder).",
)


class Format(StrEnum):
    table = "table"
    json = "json"


FORMAT = typer.Option(Format.table, "--format", "-f", help="table or json")


def _open(path: Path | None):
    from ..library import Library

    try:
        return Library(path)
    except InputError as exc:
        fail(exc.name or str(path), exc.message)
        raise typer.Exit(EXIT_INPUT) from None


def _find(fn, ref: str):
    try:
        return fn()
    except LookupError as exc:
        fail(ref, str(exc).strip("'\""))
        raise typer.Exit(EXIT_INPUT) from None


def _marked(snippet: str) -> Text:
    """tantivy's HTML snippet -> Rich text with the matches in bold."""
    out = Text()
    for i, part in enumerate(re.split(r"</?b>", snippet)):
        out.append(html.unescape(part), style="bold yellow" if i % 2 else "")
    return out


def _from_parquet(lib, out: Path, progress) -> list:
    """A Spark job's documents, as the job stored them; its unreadable inputs as rejected."""
    from ..library import AddResult

    try:
        from ..spark import parquet

        rows = parquet.read_rows(out)
        results = lib.add_rows(rows, progress=progress)
        return results + [AddResult("rejected", None, s, m) for s, m in parquet.failures(out)]
    except InputError as exc:
        fail(exc.name or str(out), exc.message)
        raise typer.Exit(EXIT_INPUT) from None
    except ImportError as exc:
        fail(str(out), f"reading Parquet needs pyarrow ({exc}): pip install 'clausewise[spark]'")
        raise typer.Exit(1) from None


@app.command()
def add(
    paths: list[Path] = typer.Argument(None, help="Files, folders, corpus .jsonl(.gz) files."),
    from_parquet: Path | None = typer.Option(
        None,
        "--from-parquet",
        metavar="OUT",
        help="The folder `clausewise spark reuse` wrote: its documents, not parsed again.",
    ),
    library: Path | None = LIBRARY,
) -> None:
    """Add documents to the library (each in one transaction; the same text twice is a no-op)."""
    if bool(paths) == (from_parquet is not None):
        fail("add", "give files and folders, or --from-parquet OUT (one or the other)")
        raise typer.Exit(EXIT_INPUT)
    err = Console(stderr=True)
    with _open(library) as lib:
        columns = (
            TextColumn("[bold]adding"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            TextColumn("{task.description}", style="dim"),
        )
        with Progress(*columns, console=err, transient=True) as bar:
            task = bar.add_task("", total=None)

            def step(r, done, total):
                bar.update(task, completed=done, total=total, description=Path(r.name).name[-40:])

            if from_parquet is not None:
                results = _from_parquet(lib, from_parquet, step)
            else:
                results = lib.add_paths(paths, progress=step)
    counts = {s: sum(r.status == s for r in results) for s in ("added", "present", "rejected")}
    for r in results:
        if r.status == "rejected":
            fail(r.name, r.reason or "rejected")
        elif r.reason:
            err.print(f"{r.name}: {r.reason}", style="dim", highlight=False)
    err.print(
        f"added {counts['added']}, already present {counts['present']}, "
        f"rejected {counts['rejected']}",
        highlight=False,
    )
    if counts["rejected"] or not results:
        if not results:
            fail(" ".join(map(str, paths or [from_parquet])), "no documents found")
        raise typer.Exit(EXIT_INPUT)


@app.command("list")
def list_(
    body: str | None = typer.Option(None, help="GA, HRC, SC, ECOSOC ..."),
    session: int | None = typer.Option(None),
    status: str | None = typer.Option(None, help="draft or adopted"),
    q: str | None = typer.Option(None, "--q", help="Words of the title or symbol."),
    library: Path | None = LIBRARY,
    format: Format = FORMAT,
) -> None:
    """The documents in the library, in date order."""
    with _open(library) as lib:
        docs = lib.documents(body=body, session=session, status=status, q=q)
    if format is Format.json:
        dump_json([to_json(d) for d in docs])
        return
    t = Table(box=None, header_style="bold")
    for col in ("id", "symbol", "body", "session", "status", "date", "title"):
        t.add_column(col, overflow="fold" if col == "title" else "ellipsis")
    for d in docs:
        t.add_row(
            d.id,
            d.symbol or "",
            d.body or "",
            str(d.session or ""),
            d.status,
            d.date or "",
            d.title or "",
        )
    Console().print(t)
    Console(stderr=True).print(f"{len(docs)} documents", style="dim")


@app.command()
def show(
    ref: str = typer.Argument(..., metavar="ID|SYMBOL"),
    library: Path | None = LIBRARY,
    format: Format = FORMAT,
) -> None:
    """One stored document: its record, with its draft, adoption and series links."""
    from ..render.outline import render_outline

    with _open(library) as lib:
        stored = _find(lambda: lib.get(ref), ref)
        series = lib.series(ref)
        chain = lib.chain(ref)
    s = stored.summary
    if format is Format.json:
        dump_json(
            {
                "summary": to_json(s),
                "series": [d.id for d in series],
                "chain": [
                    {"id": e.summary.id, "role": e.role, "links": [to_json(k) for k in e.links]}
                    for e in chain
                ],
                "document": to_json(stored.document),
            }
        )
        return
    console = Console()
    render_outline(stored.document, console, name=s.id)
    links = [("draft", s.draft), ("adopted as", s.adopted_as)]
    for label, val in links:
        if val:
            console.print(f"[bold cyan]{label}[/] {val}")
    if len(chain) > 1:
        console.print("[bold cyan]negotiation[/]")
        for e in chain:
            here = " (this text)" if e.summary.id == s.id else ""
            why = "; ".join(k.detail for k in e.links)
            console.print(
                f"  {e.role:<11} {e.summary.symbol or e.summary.id} {e.summary.date or ''}{here}"
                + (f"  [dim]{why}[/]" if why else ""),
                highlight=False,
            )
    if len(series) > 1:
        console.print(
            "[bold cyan]series[/] " + " → ".join(d.symbol or d.id for d in series), highlight=False
        )


@app.command()
def search(
    query: str = typer.Argument(..., help='Words, "a phrase", AND / OR / NOT.'),
    body: str | None = typer.Option(None),
    session: int | None = typer.Option(None),
    kind: str | None = typer.Option(None, help="preambular, operative or text"),
    lead: str | None = typer.Option(None, help='Leading phrase or verb: "Calls upon".'),
    limit: int = typer.Option(20, min=1, max=1000),
    meaning: bool = typer.Option(False, "--meaning", help="Fuse with search by meaning."),
    language: str | None = typer.Option(
        None, help="en, fr, es, ru, ar or zh: read the query in that language only."
    ),
    library: Path | None = LIBRARY,
    format: Format = FORMAT,
) -> None:
    """Search paragraphs (BM25) in any of the six languages, each with its own words
    (stems; jieba's words for Chinese), optionally fused with search by meaning."""
    with _open(library) as lib:
        try:
            hits = lib.search(
                query,
                body=body,
                session=session,
                kind=kind,
                lead=lead,
                limit=limit,
                meaning=meaning,
                language=language,
            )
        except ValueError as exc:
            fail(query, str(exc))
            raise typer.Exit(EXIT_INPUT) from None
    if format is Format.json:
        dump_json([to_json(h) for h in hits])
        return
    t = Table(box=None, header_style="bold", show_lines=False)
    t.add_column("document", no_wrap=True)
    t.add_column("paragraph", no_wrap=True)
    t.add_column("text")
    t.add_column("score", justify="right")
    for h in hits:
        t.add_row(h.symbol or h.doc, h.eid, _marked(h.snippet), f"{h.score:.2f}")
    Console().print(t)
    Console(stderr=True).print(f"{len(hits)} paragraphs", style="dim")


def _diff_text(diff) -> Text:
    """wdiff's marks ([-gone-] {+new+}) as well as colours, so a plain terminal shows it."""
    out = Text()
    for op, s in diff:
        body, gap = s.rstrip(), s[len(s.rstrip()) :]
        if op == "=":
            out.append(s)
        elif op == "-":
            out.append(f"[-{body}-]{gap}", style="red")
        else:
            out.append(f"{{+{body}+}}{gap}", style="bold green")
    return out


@app.command()
def trace(
    ref: str = typer.Argument(..., metavar="ID|SYMBOL"),
    para: str | None = typer.Option(None, "--para", help="One paragraph's eid: para_15 ..."),
    library: Path | None = LIBRARY,
    format: Format = FORMAT,
) -> None:
    """Where each paragraph's language was agreed before, and where it went after."""
    with _open(library) as lib:
        traces = _find(lambda: lib.trace(ref, para), para or ref)
    if format is Format.json:
        dump_json([to_json(t) for t in traces])
        return
    console = Console()
    for t in traces:
        console.rule(f"[bold]{t.eid}[/]  {t.lead or ''}", align="left")
        console.print(Text(t.text), style="dim")
        if not t.sources:
            console.print("  no earlier source", style="italic")
        for m in t.sources[:5]:
            tag = " (its draft)" if m.draft else ""
            console.print(
                f"  [bold]{m.relation}[/] {m.similarity:.2f}  {m.symbol or m.doc} {m.eid}"
                f"  {m.body or ''} {m.date or ''}{tag}",
                highlight=False,
            )
            if m.relation != "exact":
                console.print(Text("    ") + _diff_text(m.diff))
        if len(t.sources) > 5:
            console.print(f"  ... {len(t.sources) - 5} more", style="dim")
        if t.earliest:
            e = t.earliest
            console.print(f"  earliest: {e.symbol or e.doc} {e.eid} ({e.date})", highlight=False)
        if len(t.descent) > 1:
            chain = " → ".join(
                ("⇄ " if s.crosses_body else "") + f"{s.body or '?'} {s.symbol or s.doc}"
                for s in t.descent
            )
            console.print(f"  descent: {chain}", highlight=False)
        if t.descendants:
            later = ", ".join(f"{m.symbol or m.doc} {m.eid}" for m in t.descendants[:5])
            console.print(f"  reused in: {later}", highlight=False)
