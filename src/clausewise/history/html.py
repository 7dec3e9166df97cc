"""Negotiation history as HTML: a series' timeline grid, the n-way view of a chain (draft ->
Rev.1 -> adopted), and an amended draft's redline. `*_fragment` to embed (the web app),
`*_page` standalone: one file, inline styles, no scripts, opens offline. Every text from a
document goes through `escape`.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from .amend import ADOPTED, APPLIED, NOT_ADOPTED, Amended
from .timeline import CHANGED, GONE, MOVED_, NEW, PRESENT, SAME, Cell, Column, Timeline

CSS = """
.cw-history{font:15px/1.5 Georgia,serif;color:#1b1b1b;max-width:90rem;margin:0 auto}
.cw-history h1{font-size:1.35rem}.cw-history h2{font-size:1.1rem;margin-top:1.6rem}
.cw-history ins{background:#d9f5dd;color:#0b5d1e;text-decoration:underline}
.cw-history del{background:#fde0e0;color:#8a1010;text-decoration:line-through}
.cw-history table{border-collapse:collapse}
.cw-history td,.cw-history th{border:1px solid #ddd;padding:.25rem .45rem;vertical-align:top;text-align:left}
.cw-history th.row{font-weight:normal;max-width:26rem;min-width:14rem;font-size:13px}
.cw-history .scroll{overflow-x:auto}.cw-history table.grid{width:auto}
.cw-history .grid td{font:12px/1.3 system-ui,sans-serif;white-space:nowrap;text-align:center;width:5.2rem}
.cw-history .grid th{font-size:13px;white-space:nowrap}.cw-history .grid th.row{white-space:normal}
.cw-history .grid a{color:inherit;text-decoration:none;display:block}
.cw-history .present{background:#eef2f7}.cw-history .new{background:#c9efd1}
.cw-history .unchanged{background:#f6f6f6;color:#777}.cw-history .changed{background:#fde9a9}
.cw-history .moved{background:#e2ddff}.cw-history .gone{background:#f8c9c9}
.cw-history .legend span{display:inline-block;padding:.1rem .5rem;margin-right:.4rem;font:12px system-ui,sans-serif}
.cw-history .cell-redline{padding:.4rem .6rem;border-left:4px solid #d9a400;margin:.4rem 0}
.cw-history .cell-redline:target{background:#fff6d6}
.cw-history .tag{font:12px/1.4 system-ui,sans-serif;color:#555;display:block}
.cw-history .by{font:11px system-ui,sans-serif;color:#3b2fb0;vertical-align:super}
.cw-history .status-applied{color:#0b5d1e}.cw-history .status-not{color:#8a1010}
.cw-history .adopted{color:#0b5d1e}.cw-history .not-adopted{color:#8a1010}.cw-history .unclear{color:#8a6d00}
.cw-history .text td{font-size:14px;max-width:32rem}
"""

_SYMBOL = {PRESENT: "●", NEW: "+", SAME: "=", CHANGED: "~", MOVED_: "↕", GONE: "✕"}
_WORD = {
    PRESENT: "present",
    NEW: "new",
    SAME: "unchanged",
    CHANGED: "changed",
    MOVED_: "moved",
    GONE: "gone",
}


def words_html(words, show: str = "+-=") -> str:
    out = []
    for op, text in words:
        if op not in show:
            continue
        t = escape(text)
        out.append(f"<ins>{t}</ins>" if op == "+" else f"<del>{t}</del>" if op == "-" else t)
    return "".join(out)


def column_title(c: Column) -> str:
    return c.number or c.symbol or c.name


Href = Callable[[int, int, Cell], str | None]  # (row, column, cell) -> the cell's link


def _own_href(r: int, c: int, cell: Cell) -> str | None:
    return f"#r{r}c{c}" if cell.state not in (PRESENT, SAME) else None


def legend() -> str:
    return (
        '<p class="legend">'
        + "".join(f'<span class="{escape(s)}">{_SYMBOL[s]} {_WORD[s]}</span>' for s in _SYMBOL)
        + "</p>"
    )


def timeline_fragment(tl: Timeline, href: Href | None = None, title: str | None = None) -> str:
    """The grid: one row per paragraph, one column per version; a cell that changed links
    to its redline (`href`; by default, to the redlines written below the grid)."""
    own = href is None
    link = href or _own_href
    head = "".join(
        f"<th>{escape(column_title(c))}<br><small>{escape(c.date or '')}</small></th>"
        for c in tl.columns
    )
    rows = []
    for r, row in enumerate(tl.rows):
        tds = []
        for c, cell in enumerate(row.cells):
            if cell is None:
                tds.append("<td></td>")
                continue
            tip = escape(
                f"{cell.label}: {_WORD[cell.state]}" + (f" ({cell.note})" if cell.note else "")
            )
            inner = f"{_SYMBOL[cell.state]} {escape(cell.label)}"
            target = link(r, c, cell)
            if target:
                inner = f'<a href="{escape(target)}">{inner}</a>'
            tds.append(f'<td class="{cell.state}" title="{tip}">{inner}</td>')
        rows.append(
            f'<tr><th class="row" title="{escape(row.text)}">{escape(row.label)} '
            f"<small>{escape(_short(row.text, 70))}</small></th>{''.join(tds)}</tr>"
        )
    counts = "".join(
        "<td>" + "<br>".join(escape(f"{v} {k}") for k, v in tl.counts(c).items() if v) + "</td>"
        for c in range(len(tl.columns))
    )
    out = [
        f'<div class="cw-history"><style>{CSS}</style>',
        f"<h1>{escape(title or 'Timeline')}</h1>",
        legend(),
        f'<div class="scroll"><table class="grid"><thead><tr><th>paragraph</th>{head}</tr>'
        "</thead><tbody>",
        *rows,
        f"</tbody><tfoot><tr><th>in this version</th>{counts}</tr></tfoot></table></div>",
    ]
    if own:
        out.append("<h2>Redlines</h2>")
        for r, row in enumerate(tl.rows):
            for c, cell in enumerate(row.cells):
                if cell is None or cell.state in (PRESENT, SAME):
                    continue
                prev = column_title(tl.columns[c - 1]) if c else ""
                what = f"{cell.label} {_WORD[cell.state]} in {column_title(tl.columns[c])}"
                what += f" (against {prev})" if prev else ""
                if cell.note:
                    what += f": {cell.note}"
                out.append(
                    f'<div class="cell-redline" id="r{r}c{c}"><span class="tag">{escape(what)}'
                    f"</span>{words_html(cell.words)}</div>"
                )
    out.append("</div>")
    return "\n".join(out)


def versions_fragment(tl: Timeline, title: str | None = None) -> str:
    """The n-way view (draft -> Rev.1 -> adopted): each paragraph's text in every version,
    marked against the version before it."""
    head = "".join(
        f"<th>{escape(c.name)}<br><small>{escape(c.status)} {escape(c.date or '')}</small></th>"
        for c in tl.columns
    )
    rows = []
    for row in tl.rows:
        tds = []
        for cell in row.cells:
            if cell is None:
                tds.append("<td></td>")
                continue
            tag = f'<span class="tag">{escape(cell.label)} {_WORD[cell.state]}'
            tag += f" ({escape(cell.note)})" if cell.note else ""
            tag += "</span>"
            shown = "=-" if cell.state == GONE else "=+-"
            tds.append(f'<td class="{cell.state}">{tag}{words_html(cell.words, shown)}</td>')
        rows.append(f"<tr>{''.join(tds)}</tr>")
    return "\n".join(
        [
            f'<div class="cw-history"><style>{CSS}</style>',
            f"<h1>{escape(title or ' → '.join(c.name for c in tl.columns))}</h1>",
            legend(),
            f'<table class="text"><thead><tr>{head}</tr></thead><tbody>',
            *rows,
            "</tbody></table></div>",
        ]
    )


def amend_fragment(a: Amended) -> str:
    """The amended draft: each change marked and attributed, then every instruction's fate."""
    out = [
        f'<div class="cw-history"><style>{CSS}</style>',
        f"<h1>{escape(a.draft.symbol or 'Draft')} as amended by "
        f"{escape(', '.join(a.amendments))}</h1>",
    ]
    out += [f"<p><em>{escape(n)}</em></p>" for n in a.notes]
    out.append(
        "<h2>Instructions</h2><table><tr><th>amendment</th><th>instruction</th>"
        "<th>where</th><th>applied</th>"
        + ("<th>in the adopted text</th>" if a.adopted else "")
        + "</tr>"
    )
    for o in a.outcomes:
        cls = "status-applied" if o.status == APPLIED else "status-not"
        status = escape(o.status) + (f"<br><small>{escape(o.reason)}</small>" if o.reason else "")
        row = (
            f"<tr><td>{escape(o.amendment)} ({o.n})</td><td>{escape(o.instruction.text)}</td>"
            f'<td>{escape(o.where or "")}</td><td class="{cls}">{status}</td>'
        )
        if a.adopted:
            if o.adoption:
                k = {ADOPTED: "adopted", NOT_ADOPTED: "not-adopted"}.get(
                    o.adoption.status, "unclear"
                )
                row += (
                    f'<td class="{k}">{escape(o.adoption.status)}<br>'
                    f"<small>{escape(o.adoption.detail)}</small></td>"
                )
            else:
                row += "<td></td>"
        out.append(row + "</tr>")
    out.append("</table><h2>Redline</h2>")
    for p in a.redline:
        if p.state == "unchanged":
            continue
        body = []
        for s in p.segs:
            t = escape(s.text)
            if s.op == "=":
                body.append(t)
            else:
                tag = "ins" if s.op == "+" else "del"
                body.append(f'<{tag}>{t}</{tag}><span class="by">{escape(_by(s.by, s.n))}</span>')
        who = ", ".join(p.by)
        out.append(
            f'<div class="cell-redline"><span class="tag">{escape(p.label)} {escape(p.state)}'
            f" by {escape(who)}</span>{''.join(body)}</div>"
        )
    out.append("</div>")
    return "\n".join(out)


def _by(by: str | None, n: int | None) -> str:
    short = (by or "").rsplit("/", 1)[-1]
    return f"{short} ({n})" if n else short


def _short(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def page(fragment: str, title: str) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)}</title></head><body>{fragment}</body></html>\n"
    )
