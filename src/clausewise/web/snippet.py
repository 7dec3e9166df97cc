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
