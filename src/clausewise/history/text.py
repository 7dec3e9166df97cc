"""Negotiation history for the terminal (Rich): the timeline grid, what is new, a chain, an
amended draft. Changes are marked as wdiff does ([-gone-] {+new+}) as well as coloured, so
a plain terminal or a file shows them too."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from .amend import APPLIED, Amended
from .html import column_title
from .timeline import CHANGED, GONE, MOVED_, NEW, PRESENT, SAME, Novelty, Timeline

_MARK = {PRESENT: "●", NEW: "+", SAME: "=", CHANGED: "~", MOVED_: "↕", GONE: "✕"}
_STYLE = {
    PRESENT: "",
    NEW: "bold green",
    SAME: "dim",
    CHANGED: "yellow",
    MOVED_: "magenta",
    GONE: "red",
}


def words_text(words, show: str = "+-=") -> Text:
    out = Text()
    for op, s in words:
        if op not in show:
            continue
        body, gap = s.rstrip(), s[len(s.rstrip()) :]
        if op == "=":
            out.append(s)
        elif op == "-":
            out.append(f"[-{body}-]{gap}", style="red")
        else:
            out.append(f"{{+{body}+}}{gap}", style="bold green")
    return out


def timeline_table(tl: Timeline, console: Console) -> None:
    if not console.is_terminal:  # a file or a pipe: wide enough for every column
        console.width = max(console.width, 34 + 9 * len(tl.columns))
    t = Table(box=None, header_style="bold", pad_edge=False)
    t.add_column("paragraph", overflow="ellipsis", no_wrap=True, max_width=32)
    for c in tl.columns:
        title = column_title(c)
        t.add_column(title, no_wrap=True, min_width=max(len(title), 7))
    for row in tl.rows:
        cells = []
        for cell in row.cells:
            if cell is None:
                cells.append("")
            else:
                cells.append(Text(f"{_MARK[cell.state]} {cell.label}", style=_STYLE[cell.state]))
        t.add_row(Text(f"{row.label} {row.text}"), *cells)
    console.print(t)
    legend = "  ".join(f"{m} {s}" for s, m in _MARK.items())
    console.print(legend, style="dim", highlight=False)
    for k in range(1, len(tl.columns)):
        counts = tl.counts(k)
        line = ", ".join(f"{v} {s}" for s, v in counts.items() if v)
        console.print(f"{column_title(tl.columns[k])}: {line}", highlight=False)


def versions_text(tl: Timeline, console: Console) -> None:
    """The n-way view: each paragraph in every version, marked against the one before."""
    for row in tl.rows:
        console.rule(row.label, align="left", style="dim")
        for col, cell in zip(tl.columns, row.cells, strict=True):
            if cell is not None:
                head = f"{col.name} {cell.label} {cell.state}: "
                shown = "=-" if cell.state == GONE else "=+-"
                console.print(Text(head, style="bold") + words_text(cell.words, shown))


def novelty_text(nv: Novelty, console: Console) -> None:
    console.print(f"[bold]{nv.current.name}[/] — {nv.summary()}", highlight=False)
    for title, entries, show in (
        ("New", nv.new, "+="),
        ("Changed", nv.changed, "+-="),
        ("Moved", nv.moved, "+-="),
        ("Dropped", nv.dropped, "-="),
    ):
        if not entries:
            continue
        console.rule(f"[bold]{title}[/]", align="left")
        for e in entries:
            head = e.label if not e.before or e.before == e.label else f"{e.before} → {e.label}"
            console.print(Text(f"{head}: ", style="bold") + words_text(e.words, show))


def amend_text(a: Amended, console: Console, everything: bool = False) -> None:
    console.print(
        f"[bold]{a.draft.symbol or 'draft'}[/] as amended by {', '.join(a.amendments)}",
        highlight=False,
    )
    for n in a.notes:
        console.print(f"note: {n}", style="italic", highlight=False)
    for p in a.redline:
        if p.state == "unchanged" and not everything:
            continue
        head = f"{p.label} {p.state}" + (f" by {', '.join(p.by)}" if p.by else "")
        console.rule(head, align="left", style="dim")
        out = Text()
        for s in p.segs:
            if s.op == "=":
                out.append(s.text)
                continue
            out += words_text(((s.op, s.text),))
            out.append(f"‹{_short(s.by)} {s.n}›", style="cyan")
        console.print(out)
    console.rule("[bold]instructions[/]", align="left")
    for o in a.outcomes:
        status = "[green]applied[/]" if o.status == APPLIED else "[red]NOT APPLIED[/]"
        console.print(
            f"{o.amendment} ({o.n}) {o.where or ''}: {status}"
            + (f" — {o.reason}" if o.reason else ""),
            highlight=False,
        )
        console.print(Text("   " + o.instruction.text, style="dim"))
        if o.adoption:
            colour = {"adopted": "green", "not adopted": "red"}.get(o.adoption.status, "yellow")
            console.print(
                f"   in {a.adopted}: [{colour}]{o.adoption.status}[/] ({o.adoption.detail})",
                highlight=False,
            )


def _short(symbol: str | None) -> str:
    return (symbol or "").rsplit("/", 1)[-1]
