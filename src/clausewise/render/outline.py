"""A document at a glance, for a person at a terminal (Rich)."""

from __future__ import annotations

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..model import Document, Instruction, Item, Paragraph


def _header(doc: Document) -> Table:
    t = Table.grid(padding=(0, 2))
    t.add_column(style="bold cyan", no_wrap=True)
    t.add_column()

    def row(label: str, value) -> None:
        if value not in (None, "", (), []):
            t.add_row(label, str(value))

    row("symbol", doc.symbol)
    row("number", doc.number)
    row("body", f"{doc.body}" + (f", session {doc.session}" if doc.session else ""))
    row("status", f"{doc.status} {doc.doc_type}")
    row("agenda", ", ".join(doc.agenda_items))
    row("committee", doc.committee)
    row("distribution", doc.distribution)
    row("issued", doc.dates.issued)
    row("adopted", doc.dates.adopted)
    row("origin", doc.origin)
    row("meeting", doc.meeting)
    row("amends", doc.amends)
    if doc.sponsors:
        names = ", ".join(s.name + (s.marker or "") for s in doc.sponsors)
        row("sponsors", names)
        for note in sorted({(s.marker, s.note) for s in doc.sponsors if s.note}):
            row("", f"{note[0]} {note[1]}")
    return t


def _para_line(p: Paragraph, width: int) -> Text:
    label = f"{p.num}." if p.num else {"preambular": "·", "operative": "–", "text": " "}[p.kind]
    line = Text(f"{label:>5} ", style="bold" if p.num else "dim")
    if p.footnotes:  # shown up front: the line is cut to the terminal's width
        line.append(" ".join(f"[{r.marker}]" for r in p.footnotes) + " ", style="magenta")
    body = p.text
    if p.lead and body.startswith(p.lead):
        line.append(p.lead, style="italic bold green" if p.kind == "preambular" else "bold yellow")
        body = body[len(p.lead) :]
    line.append(body)
    line.no_wrap = True
    line.overflow = "ellipsis"
    return line


def _item_lines(items: tuple[Item, ...], depth: int, width: int) -> list[Text]:
    out = []
    for it in items:
        pad = " " * (6 + 4 * depth)
        line = Text(f"{pad}({it.num}) ", style="dim") + Text(it.text)
        line.no_wrap = True
        line.overflow = "ellipsis"
        out.append(line)
        out.extend(_item_lines(it.items, depth + 1, width))
    return out


def _paragraph_block(
    paras: tuple[Paragraph, ...] | list[Paragraph], sections, width: int
) -> list[Text]:
    out: list[Text] = []
    heads = {s.eid: s for s in sections}
    current = None
    for p in paras:
        if p.section != current and p.section in heads:
            s = heads[p.section]
            out.append(
                Text(f"  {s.num + '. ' if s.num else ''}{s.heading or ''}", style="bold underline")
            )
        current = p.section
        out.append(_para_line(p, width))
        out.extend(_item_lines(p.items, 1, width))
    return out


def _instruction_line(ins: Instruction) -> Text:
    """ "delete preamble ¶21", "insert into operative ¶68 after “…”: “…”"."""
    where = ins.part or ""
    if ins.paragraph:
        where += f" ¶{ins.paragraph}"
    line = Text(f"  {ins.action:<8}", style="bold yellow") + Text(where.strip() or "(as written)")
    if ins.position:
        line.append(f" {ins.position}", style="dim")
    for label, words in (("", ins.anchor), ("old ", ins.old), ("new ", ins.new)):
        if words:
            line.append(
                f" {label}“{' / '.join(words.splitlines())}”", style="" if label else "italic"
            )
    line.no_wrap = True
    line.overflow = "ellipsis"
    return line


def render_outline(doc: Document, console: Console, name: str | None = None) -> None:
    width = console.width
    parts: list = [_header(doc)]
    if doc.title:
        parts.append(Text(doc.title, style="bold"))
    parts.append(Text(""))
    if doc.formula:
        parts.append(Text(doc.formula, style="italic"))
    parts.extend(_paragraph_block(doc.preamble, doc.sections, width))
    if doc.operative:
        parts.append(Text(""))
        parts.extend(_paragraph_block(doc.operative, doc.sections, width))
    if doc.instructions:
        parts.append(Text(""))
        parts.append(Text("Instructions", style="bold"))
        parts.extend(_instruction_line(ins) for ins in doc.instructions)
    for a in doc.annexes:
        parts.append(Text(""))
        parts.append(Text(f"{a.heading}" + (f": {a.title}" if a.title else ""), style="bold"))
        parts.extend(_paragraph_block(a.paragraphs, a.sections, width))
    if doc.footnotes:
        parts.append(Text(""))
        for f in doc.footnotes:
            parts.append(
                Text(f"  {f.marker} ", style="magenta")
                + Text(f.text)
                + Text(f"  ({f.paragraph})", style="dim")
            )
    for w in doc.warnings:
        parts.append(Text(f"warning: {w}", style="yellow"))
    counts = f"{len(doc.preamble)} preambular, {len(doc.operative)} operative"
    if doc.annexes:
        counts += f", {len(doc.annexes)} annex(es)"
    console.print(
        Panel(Group(*parts), title=name or doc.symbol or "", subtitle=counts, expand=True)
    )
