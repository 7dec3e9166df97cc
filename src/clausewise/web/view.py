"""What the document page shows, computed from the records: paragraphs and items cut into
pieces (lead, footnote markers, citation links), the footnotes under the paragraph that
holds their marker, and the mandates each paragraph creates. Pure: the caller passes the
citations, the mandates and a function that maps a symbol to a library link."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from ..aknprofile import symbol_href
from ..model import Citation, Document, Footnote, Item, Mandate, Paragraph
from .markup import Piece, Span, pieces


@dataclass(frozen=True, slots=True)
class ItemView:
    eid: str
    num: str
    pieces: list[Piece]
    items: list[ItemView]
    mandated: bool


@dataclass(frozen=True, slots=True)
class FootnoteView:
    marker: str
    pieces: list[Piece]


@dataclass(frozen=True, slots=True)
class ParagraphView:
    eid: str
    kind: str
    num: str | None
    heading: str | None  # the section heading that opens before this paragraph
    pieces: list[Piece]
    items: list[ItemView]
    footnotes: list[FootnoteView]
    mandates: list[Mandate] = field(default_factory=list)


Linker = Callable[[str], str | None]


def _spans(cites: list[Citation], link: Linker) -> list[Span]:
    # a symbol the library does not hold is linked to the UN's own resolver (as the AKN
    # export links it); a citation without a symbol is shown, not linked
    return [
        Span(
            c.where.start,
            c.where.end,
            (link(c.symbol) or symbol_href(c.symbol)) if c.symbol else None,
            c.symbol or c.raw,
        )
        for c in cites
    ]


def _item_view(it: Item, by_eid: dict, link: Linker, mandated: set[str]) -> ItemView:
    return ItemView(
        eid=it.eid,
        num=it.num,
        pieces=pieces(
            it.text,
            None,
            [(r.offset, r.marker) for r in it.footnotes],
            _spans(by_eid.get(it.eid, []), link),
        ),
        items=[_item_view(x, by_eid, link, mandated) for x in it.items],
        mandated=it.eid in mandated,
    )


def _markers(p: Paragraph | Item) -> list[str]:
    out = [r.marker for r in p.footnotes]
    for it in p.items:
        out.extend(_markers(it))
    return out


def document_view(
    doc: Document,
    citations: list[Citation] = (),
    mandates: list[Mandate] = (),
    link: Linker = lambda symbol: None,
) -> list[ParagraphView]:
    """Every paragraph of `doc` (preamble, operative part, annexes) ready for the template."""
    in_text: dict[str, list[Citation]] = {}
    in_note: dict[str, list[Citation]] = {}
    for c in citations:
        (in_note if c.where.footnote else in_text).setdefault(
            c.where.footnote or c.where.eid, []
        ).append(c)
    notes: dict[str, Footnote] = {f.marker: f for f in doc.footnotes}
    by_para: dict[str, list[Mandate]] = {}
    mandated: set[str] = set()
    for m in mandates:
        mandated.add(m.paragraph)
        # an item's mandate belongs to the paragraph that holds the item
        by_para.setdefault(m.paragraph.split("__")[0], []).append(m)
    headings = {s.eid: " ".join(x for x in (s.num, s.heading) if x) for s in doc.sections}
    for a in doc.annexes:
        headings.update({s.eid: " ".join(x for x in (s.num, s.heading) if x) for s in a.sections})

    out: list[ParagraphView] = []
    seen_section: str | None = None
    shown: set[str] = set()
    for p in doc.all_paragraphs():
        heading = None
        if p.section and p.section != seen_section:
            heading = headings.get(p.section)
        seen_section = p.section
        fns = []
        for marker in _markers(p):
            f = notes.get(marker)
            if f and marker not in shown:  # a footnote cited twice is shown at its first marker
                shown.add(marker)
                fns.append(
                    FootnoteView(
                        marker, pieces(f.text, None, (), _spans(in_note.get(marker, []), link))
                    )
                )
        out.append(
            ParagraphView(
                eid=p.eid,
                kind=p.kind,
                num=p.num,
                heading=heading,
                pieces=pieces(
                    p.text,
                    p.lead,
                    [(r.offset, r.marker) for r in p.footnotes],
                    _spans(in_text.get(p.eid, []), link),
                ),
                items=[_item_view(it, in_text, link, mandated) for it in p.items],
                footnotes=fns,
                mandates=by_para.get(p.eid, []),
            )
        )
    return out


def header_footnotes(doc: Document) -> list[Footnote]:
    """Footnotes whose marker sits in the header (e.g. "* Reissued for technical reasons"),
    or in no paragraph of the page (a section heading, an annex's "We, Heads of State ...")."""
    eids = {p.eid for p in doc.all_paragraphs()}
    return [
        f
        for f in doc.footnotes
        if f.paragraph in ("header", None) or f.paragraph.split("__list_")[0] not in eids
    ]
