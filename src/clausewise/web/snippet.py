"""Search snippets come from the library as escaped HTML with each match in <b>...</b>. The
templates escape everything, so the snippet is cut back into (text, highlighted) parts here,
unescaped, and escaped again by the template: no markup from the index reaches the page."""

from __future__ import annotations

import html
import re

_TAG = re.compile(r"(</?b>)")


def parts(snippet: str) -> list[tuple[str, bool]]:
    out: list[tuple[str, bool]] = []
    on = False
    for tok in _TAG.split(snippet):
        if tok == "<b>":
            on = True
        elif tok == "</b>":
            on = False
        elif tok:
            out.append((html.unescape(tok), on))
    return out


ELLIPSIS = "…"


def bounded(ps: list[tuple[str, bool]], text: str) -> list[tuple[str, bool]]:
    """A snippet's parts cut on word boundaries, with an ellipsis where the paragraph goes
    on before or after it: the index cuts a fixed number of characters, often mid-word."""
    if not ps:
        return ps
    shown = "".join(t for t, _ in ps)
    at = text.find(shown)
    if at < 0:  # not a plain piece of the text (a Chinese snippet, or spaces changed)
        return ps
    end = at + len(shown)
    out = list(ps)
    if at > 0:
        first, hl = out[0]
        if not hl and text[at - 1].isalnum() and first[:1].isalnum():
            out[0] = (first.split(None, 1)[1] if len(first.split(None, 1)) > 1 else "", hl)
        out[0] = (out[0][0].lstrip(), out[0][1])
        out.insert(0, (ELLIPSIS + " ", False))
    if end < len(text):
        last, hl = out[-1]
        if not hl and text[end].isalnum() and last[-1:].isalnum():
            out[-1] = (last.rsplit(None, 1)[0] if len(last.split()) > 1 else "", hl)
        out[-1] = (out[-1][0].rstrip(), out[-1][1])
        out.append((" " + ELLIPSIS, False))
    return [(t, hl) for t, hl in out if t]
