"""The comparison as HTML: `fragment()` for embedding (the web app), `page()` standalone.

One file, no external assets: styles are inline, the two views (inline redline and side by
side) switch with a CSS-only radio toggle, so the page works offline and without scripts.
Every text from a document goes through `escape` (the documents are input, not markup).
A moved paragraph links to where it came from, and the source links back.
"""

from __future__ import annotations

from html import escape

from .labels import (
    FROM,
    describe,
    footnote_place,
    language_of,
    name,
    preamble_orders,
    with_sources,
    word,
)
from .model import DELETED, INSERTED, MOVED, Change, Comparison

CSS = """
.cw-compare{font:15px/1.5 Georgia,serif;color:#1b1b1b;max-width:78rem;margin:0 auto}
.cw-compare h1{font-size:1.35rem}.cw-compare h2{font-size:1.1rem;margin-top:1.6rem}
.cw-compare ins{background:#d9f5dd;color:#0b5d1e;text-decoration:underline}
.cw-compare del{background:#fde0e0;color:#8a1010;text-decoration:line-through}
.cw-compare .para{padding:.35rem .6rem;margin:.2rem 0;border-left:4px solid transparent}
.cw-compare .tag{font:12px/1.4 system-ui,sans-serif;color:#555;display:block}
.cw-compare .unchanged{color:#666}.cw-compare .modified{border-color:#d9a400}
.cw-compare .inserted{border-color:#1f8a3b}.cw-compare .deleted{border-color:#b42318}
.cw-compare .moved,.cw-compare .moved-from{border-color:#5b4bd1;background:#f4f2ff}
.cw-compare .renumbered{border-color:#8a8a8a}
.cw-compare .split,.cw-compare .merged{border-color:#0f7490}
.cw-compare table{border-collapse:collapse;width:100%}.cw-compare table.summary{width:auto}
.cw-compare td,.cw-compare th{border:1px solid #ddd;padding:.3rem .5rem;vertical-align:top;text-align:left}
.cw-compare .legend span{margin-right:1rem}
.cw-compare .views>input{display:none}
.cw-compare .views>label{font:14px system-ui,sans-serif;padding:.3rem .8rem;border:1px solid #bbb;cursor:pointer}
.cw-compare .views>input:checked+label{background:#1b1b1b;color:#fff}
.cw-compare .view{display:none}
.cw-compare #cw-v-inline:checked~.inline-view,.cw-compare #cw-v-side:checked~.side-view{display:block}
.cw-compare a{color:#3b2fb0}
"""


def _words(words, show: str = "+-=") -> str:
    out = []
    for op, text in words:
        if op not in show:
            continue
        t = escape(text)
        out.append(f"<ins>{t}</ins>" if op == "+" else f"<del>{t}</del>" if op == "-" else t)
    return "".join(out)


def _ids(c: Change) -> tuple[str, str]:
    """Anchors of a move's destination and source."""
    return f"to-{c.new.eid}", f"from-{c.old.eid}"


def _inline(c: Comparison, orders) -> str:
    old_o, new_o = orders
    rows = []
    for role, ch in with_sources(c.changes):
        label = escape(describe(ch, old_o, new_o, language_of(c)))
        if ch.type == MOVED:
            to, frm = _ids(ch)
            if role == FROM:
                rows.append(
                    f'<div class="para moved-from" id="{frm}"><span class="tag">{label}: '
                    f'moved away, <a href="#{to}">see where it went ↓</a></span>'
                    f"{_words(ch.words, '=-')}</div>"
                )
            else:
                rows.append(
                    f'<div class="para moved" id="{to}"><span class="tag">{label}: '
                    f'<a href="#{frm}">see where it came from ↑</a></span>'
                    f"{_words(ch.words, '=+')}</div>"
                )
            continue
        anchor = f"n-{ch.new.eid}" if ch.new else f"o-{ch.old.eid}"
        rows.append(
            f'<div class="para {ch.type}" id="{anchor}"><span class="tag">{label}</span>'
            f"{_words(ch.words)}</div>"
        )
    return "\n".join(rows)


def _side(c: Comparison, orders) -> str:
    old_o, new_o = orders
    rows = [
        f"<tr><th>{escape(name(c.old))}</th><th>{escape(name(c.new))}</th></tr>",
    ]
    for role, ch in with_sources(c.changes):
        label = escape(describe(ch, old_o, new_o, language_of(c)))
        tag = f'<span class="tag">{label}</span>'
        if ch.type == MOVED:
            to, frm = _ids(ch)
            if role == FROM:
                left = f'<td class="moved-from" id="s-{frm}">{tag}{_words(ch.words, "=-")}</td>'
                right = f'<td><a href="#s-{to}">moved: see where it went ↓</a></td>'
            else:
                left = f'<td><a href="#s-{frm}">moved: see where it came from ↑</a></td>'
                right = f'<td class="moved" id="s-{to}">{tag}{_words(ch.words, "=+")}</td>'
            rows.append(f"<tr>{left}{right}</tr>")
            continue
        left = "" if ch.type == INSERTED else _words(ch.words, "=-")
        right = "" if ch.type == DELETED else _words(ch.words, "=+")
        cls = ch.type
        rows.append(
            f'<tr class="{cls}"><td class="{cls}">{tag if ch.old else ""}{left}</td>'
            f'<td class="{cls}">{tag if ch.new else ""}{right}</td></tr>'
        )
    return "<table>" + "\n".join(rows) + "</table>"


def _summary(c: Comparison) -> str:
    lang = language_of(c)
    cells = "".join(
        f"<tr><th>{escape(word(k, lang))}</th><td>{v}</td></tr>" for k, v in c.summary.items()
    )
    head = "".join(
        f"<tr><th>{escape(h.field)}</th><td>{_value(h.old, 'del')}</td>"
        f"<td>{_value(h.new, 'ins')}</td></tr>"
        for h in c.header
    )
    foot = "".join(
        f"<tr><th>{escape(word(f.type, lang))} {escape((f.new or f.old).marker)}</th>"
        f"<td>{escape(footnote_place(c, f))}</td><td>{_words(f.words)}</td></tr>"
        for f in c.footnotes
    )
    out = f'<h2>{word("Summary", lang)}</h2><table class="summary">{cells}</table>'
    if head:
        out += (
            f"<h2>{word('Header', lang)}</h2><table><tr><th>field</th><th>old</th><th>new</th>"
            f"</tr>{head}</table>"
        )
    if foot:
        out += (
            f"<h2>{word('Footnotes', lang)}</h2><table><tr><th>change</th><th>on</th>"
            f"<th>text</th></tr>{foot}</table>"
        )
    return out


def _value(v, tag: str) -> str:
    if v is None or v == []:
        return ""
    text = "; ".join(v) if isinstance(v, list) else str(v)
    return f"<{tag}>{escape(text)}</{tag}>"


LEGEND = (
    '<p class="legend"><span><ins>inserted words</ins></span><span><del>deleted words</del>'
    '</span><span class="para moved">moved paragraph (linked to its old place)</span>'
    '<span class="para renumbered">renumbered only: the text is unchanged</span>'
    '<span class="para split">split or merged</span></p>'
)


def fragment(c: Comparison) -> str:
    """The body of the comparison (its own scoped <style> included), for embedding."""
    orders = preamble_orders(c.changes)
    title = escape(f"{name(c.old)} \u2192 {name(c.new)}")
    sub = escape(c.new.title or c.old.title or "")
    lang = language_of(c)
    words = {k: escape(word(k, lang)) for k in WORDS_USED}
    identical = f"<p><strong>{escape(word('identical', lang))}</strong></p>" if c.identical else ""
    legend = LEGEND
    if lang not in (None, "en"):
        legend = (
            f'<p class="legend"><span><ins>{words["inserted words"]}</ins></span>'
            f"<span><del>{words['deleted words']}</del></span></p>"
        )
    attrs = ""
    if lang not in (None, "en"):
        attrs = f' lang="{lang}"' + (' dir="rtl"' if lang == "ar" else "")
    return (
        f'<div class="cw-compare"{attrs}><style>{CSS}</style>'
        f"<h1>{title}</h1><p>{sub}</p>{identical}{_summary(c)}"
        f"<h2>{words['Legend']}</h2>{legend}"
        f'<h2>{words["Paragraphs"]}</h2><div class="views">'
        '<input type="radio" name="cw-view" id="cw-v-inline" checked>'
        f'<label for="cw-v-inline">{words["Inline"]}</label>'
        '<input type="radio" name="cw-view" id="cw-v-side">'
        f'<label for="cw-v-side">{words["Side by side"]}</label>'
        f'<section class="view inline-view">{_inline(c, orders)}</section>'
        f'<section class="view side-view">{_side(c, orders)}</section>'
        "</div></div>"
    )


WORDS_USED = (
    "Legend", "Paragraphs", "Inline", "Side by side", "inserted words", "deleted words",
)  # fmt: skip


def page(c: Comparison) -> str:
    """A standalone HTML document: no external assets, opens offline."""
    title = escape(f"clausewise: {name(c.old)} \u2192 {name(c.new)}")
    return (
        f'<!DOCTYPE html>\n<html lang="{language_of(c) or "en"}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{title}</title></head><body>{fragment(c)}</body></html>\n"
    )
