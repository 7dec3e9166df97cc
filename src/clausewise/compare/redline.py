"""Terminal redline: Rich styles on a terminal, plain text with [+ +] / [- -] marks otherwise."""

from __future__ import annotations

from rich.console import Console
from rich.text import Text

from .labels import describe, footnote_place, language_of, name, preamble_orders, word
from .model import UNCHANGED, Comparison

# "." is text of an unchanged paragraph: dim on a terminal, plain when piped
STYLE = {"+": "bold green underline", "-": "red strike", "=": "", ".": "dim"}
MARK = {"+": ("[+", "+]"), "-": ("[-", "-]"), "=": ("", ""), ".": ("", "")}


def lines(c: Comparison, unchanged: bool = True) -> list[tuple[str, list[tuple[str, str]]]]:
    """The redline as (heading, segments) lines: segments are (op, text) with op in "=+-";
    the heading is "" for a plain line ("." marks an unchanged paragraph's text). The one source for both the Rich and plain forms."""
    out: list[tuple[str, list[tuple[str, str]]]] = []
    lang = language_of(c)  # two French versions: a French redline
    s = c.summary
    counts = ", ".join(f"{v} {word(k, lang)}" for k, v in s.items() if v)
    out.append(("", [("=", f"{_name(c.old)} \u2192 {_name(c.new)}: {counts}")]))
    if c.header:
        out.append((word("Header", lang), []))
        for h in c.header:
            out.append(("", [("=", f"  {h.field}: "), *_value("-", h.old), *_value("+", h.new)]))
    out.append((word("Paragraphs", lang), []))
    old_order, new_order = preamble_orders(c.changes)
    for ch in c.changes:
        if ch.type == UNCHANGED and not unchanged:
            continue
        label = describe(ch, old_order, new_order, lang)
        if ch.type == UNCHANGED:
            plain_label = label.removesuffix(" " + word("unchanged", lang))
            out.append(("", [(".", f"  {plain_label}: {ch.new.text}")]))
        else:
            out.append(("", [("=", f"  {label}: "), *ch.words]))
    if c.footnotes:
        out.append((word("Footnotes", lang), []))
        for f in c.footnotes:
            marker = (f.new or f.old).marker
            where = footnote_place(c, f)
            kind, on = word(f.type, lang), word("on", lang)
            out.append(("", [("=", f"  {kind} {marker} ({on} {where}): "), *f.words]))
    return out


def _name(d) -> str:
    return name(d)


def _value(op: str, v) -> list[tuple[str, str]]:
    if v is None or v == []:
        return []
    text = "; ".join(v) if isinstance(v, list) else str(v)
    return [(op, text), ("=", " ")]


def plain(c: Comparison, unchanged: bool = True) -> str:
    rows = []
    for head, segs in lines(c, unchanged):
        if head:
            rows.append(f"\n{head}")
        else:
            rows.append("".join(f"{MARK[op][0]}{t}{MARK[op][1]}" for op, t in segs).rstrip())
    return "\n".join(rows) + "\n"


def render(c: Comparison, console: Console, unchanged: bool = True) -> None:
    """Print the redline: styled on a terminal, marked plain text when piped."""
    if not console.is_terminal:
        console.file.write(plain(c, unchanged))
        return
    for head, segs in lines(c, unchanged):
        if head:
            console.rule(f"[bold]{head}", align="left")
            continue
        t = Text()
        for op, text in segs:
            t.append(text, style=STYLE[op])
        console.print(t)
