"""Citations in the resolutions' other languages ("sa résolution 70/1 du 25 septembre 2015",
"la resolución 2334 (2016) del Consejo de Seguridad"): the numbers are written as in
English and normalised by `clausewise.symbols`; what differs is the keyword, the date and
the names of the bodies, which the language's grammar module holds (French and Spanish so
far). The issuing body comes from a body named just before or just after the keyword, or
"sa"/"su" (the document's own body), else from the number's shape, as in English.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from ..grammar import language
from ..model import Document
from ..symbols import NUMBER, reference_symbol

SUPPORTED = ("fr", "es")


@dataclass(frozen=True)
class _Words:
    ref: re.Pattern
    one: re.Pattern
    its: re.Pattern
    bodies: tuple[tuple[re.Pattern, str], ...]
    kinds: dict[str, str]
    lang: object


@cache
def _words(code: str) -> _Words:
    lang = language(code)
    mod = lang.module
    date = lang.date.pattern if lang.date is not None else r"\d{4}"
    # (the date's own groups renamed away: one pattern holds several dates)
    date = re.sub(r"\(\?P<\w+>", "(?:", date)
    one = rf"(?P<num>{NUMBER})(?:{mod.CITE_DATE}(?P<date>{date}))?"
    plain = rf"(?:{NUMBER})(?:{mod.CITE_DATE}(?:{date}))?"
    return _Words(
        ref=re.compile(rf"{mod.CITE_KEYWORD}(?P<list>{plain}(?:{mod.CITE_AND}{plain})*)"),
        one=re.compile(one),
        its=re.compile(mod.CITE_ITS, re.I),
        bodies=tuple((re.compile(p, re.I), code) for p, code in mod.CITE_BODIES),
        kinds=mod.CITE_KIND,
        lang=lang,
    )


def references(
    text: str, doc: Document
) -> Iterator[tuple[str, str | None, str, str | None, int, int]]:
    """(raw, symbol, kind, date, start, end) for each numbered reference in `text`."""
    from .cites import _by_shape

    w = _words(doc.language or "")
    for m in w.ref.finditer(text):
        kw = m.group("kw").lower()
        kind = next((k for prefix, k in w.kinds.items() if kw.startswith(prefix)), "resolution")
        before = text[max(0, m.start() - 60) : m.start()]
        after = text[m.end() : m.end() + 60]
        body = None
        for pattern, code in w.bodies:
            if pattern.search(before[-40:]) or re.match(
                r"\W*(?:du|de\s+la|del|de)\s+" + pattern.pattern, after, re.I
            ):
                body = code
                break
        if body is None and w.its.search(before):
            body = doc.body
        for one in w.one.finditer(m.group("list")):
            number = one.group("num")
            b = body or _by_shape(number, doc)
            date = w.lang.iso_date(one.group("date")) if one.group("date") else None
            symbol = reference_symbol(b, number, kind) or reference_symbol(
                _by_shape(number, doc), number, kind
            )
            start = m.start("list") + one.start()
            end = m.start("list") + one.end()
            yield text[start:end], symbol, kind, date, start, end
