"""Akoma Ntoso XML (the AKN4UN profile `export.akn` writes) -> the record.

An AKN file already carries the structure, so it is read straight into a Document rather
than flattened into lines for `structure` to guess again. Reading is safe by construction:
any DOCTYPE or ENTITY declaration is refused before parsing, and the parser itself resolves
no entities, loads no DTD, touches no network and keeps lxml's limits on huge trees.
"""

from __future__ import annotations

import re

from lxml import etree

from ..aknprofile import AKN_NS, BODY_OF_ACTOR, akn, cw
from ..errors import InputError
from ..model import (
    OPERATIVE,
    PREAMBULAR,
    Annex,
    Dates,
    Document,
    Footnote,
    FootnoteRef,
    Item,
    Paragraph,
    Section,
    Sponsor,
)

__all__ = ["looks_like_xml", "read_akn"]

_BOM = b"\xef\xbb\xbf"
_DECLS = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.I)


def looks_like_xml(data: bytes) -> bool:
    """XML by content: an XML declaration, a DOCTYPE or an Akoma Ntoso root first."""
    head = data[:1024].removeprefix(_BOM).lstrip()
    return head.startswith((b"<?xml", b"<!DOCTYPE", b"<!doctype", b"<akomaNtoso", b"<akn:"))


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )


def read_akn(data: bytes, name: str) -> Document:
    """Parse AKN bytes into a Document, or raise InputError with the reason."""
    m = _DECLS.search(data)
    if m:
        what = m.group().decode()[2:].upper()
        raise InputError(
            f"XML with a {what} declaration is refused (entities and DTDs are not read)", name
        )
    try:
        root = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as exc:
        raise InputError(f"not well-formed XML ({exc.msg})", name) from None
    if root.tag != akn("akomaNtoso"):
        tag = etree.QName(root).localname
        raise InputError(
            f"XML, but not Akoma Ntoso 3.0 (root element <{tag}>, expected <akomaNtoso> "
            f"in {AKN_NS})",
            name,
        )
    docs = [c for c in root if isinstance(c.tag, str)]
    if not docs:
        raise InputError("Akoma Ntoso file with no document in it", name)
    try:
        doc = _Reader(docs[0]).document()
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise InputError(
            f"Akoma Ntoso, but not a resolution clausewise can read ({exc})", name
        ) from None
    if not (doc.preamble or doc.operative or doc.annexes):
        tag = etree.QName(docs[0]).localname
        raise InputError(
            f"Akoma Ntoso <{tag}> with no resolution paragraphs in it "
            "(clausewise reads AKN4UN statements: preamble containers, mainBody paragraphs)",
            name,
        )
    return doc


def _kids(el, tag: str | None = None):
    return [c for c in el if isinstance(c.tag, str) and (tag is None or c.tag == akn(tag))]


def _first(el, tag: str):
    return el.find(akn(tag)) if el is not None else None


def _text(el) -> str:
    """Running text of an inline host, without note texts."""
    return _inline(el)[0] if el is not None else ""


def _inline(el) -> tuple[str, list[tuple[str, int]]]:
    """(text, [(marker, offset)]): the text of `el` and its note markers' positions."""
    parts: list[str] = []
    refs: list[tuple[str, int]] = []
    size = 0
    if el is None:  # a container or point with no text block (not ours, still readable)
        return "", refs

    def walk(e) -> None:
        nonlocal size
        if e.text:
            parts.append(e.text)
            size += len(e.text)
        for c in e:
            if not isinstance(c.tag, str):
                pass
            elif c.tag in (akn("authorialNote"), akn("noteRef")):
                refs.append((c.get("marker") or "", size))
            else:
                walk(c)
            if c.tail:
                parts.append(c.tail)
                size += len(c.tail)

    walk(el)
    return "".join(parts), refs


class _Reader:
    def __init__(self, st):
        self.st = st

    def document(self) -> Document:
        st = self.st
        pf = _first(st, "preface")
        h = _header(pf)
        pre = _first(st, "preamble")
        formula, preamble = _preamble(pre)
        main = _first(st, "mainBody")
        operative, sections = _body(main) if main is not None else ((), ())
        meeting, adopted = None, None
        concl = _first(st, "conclusions")
        if concl is not None:
            ev = concl.find(".//" + akn("event"))
            meeting = _text(ev) if ev is not None else None
            d = concl.find(".//" + akn("date"))
            adopted = d.get("date") if d is not None else None
        annexes = tuple(_annex(a) for a in st.iter(akn("attachment")))
        status = h.pop("status", None)
        if status is None:
            status = "draft" if (st.get("name") or "").endswith("Draft") else "adopted"
        warnings = tuple(w.text or "" for w in st.iter(cw("warning")))
        return Document(
            status=status,
            dates=Dates(issued=h.pop("issued", None), adopted=adopted),
            formula=formula,
            preamble=preamble,
            operative=operative,
            sections=sections,
            annexes=annexes,
            meeting=meeting,
            footnotes=_footnotes(st),
            warnings=warnings,
            **h,
        )


def _header(pf) -> dict:
    h: dict = {
        "body": None,
        "session": None,
        "title": None,
        "number": None,
        "symbol": None,
        "agenda_items": (),
        "distribution": None,
        "sponsors": (),
        "origin": None,
        "committee": None,
    }
    if pf is None:
        return h
    for el in pf.iter(akn("docAuthority")):
        actor = (el.get("refersTo") or "").lstrip("#")
        h["body"] = BODY_OF_ACTOR.get(actor) or _text(el)
    for el in pf.iter(akn("session")):
        value = el.get("value")
        h["session"] = int(value) if value and value.isdigit() else None
    h["agenda_items"] = tuple(
        _text(el) for el in pf.iter(akn("inline")) if el.get("name") == "agendaItem"
    )
    for el in pf.iter(akn("inline")):
        if el.get("name") == "distribution":
            h["distribution"] = _text(el)
        elif el.get("name") == "committee":
            h["committee"] = _text(el)
    for el in pf.iter(akn("docDate")):
        if el.get("refersTo") == "#issued":
            h["issued"] = el.get("date")
    for el in pf.iter(akn("docType")):
        h["doc_type"] = _text(el)
    for el in pf.iter(akn("docStatus")):
        h["status"] = _text(el)
    for el in pf.iter(akn("docNumber")):
        role = el.get("refersTo")
        if role == "#resolutionNumber":
            h["number"] = _text(el)
        elif role == "#symbol":
            h["symbol"] = _text(el)
    for el in pf.iter(akn("ref")):
        if el.get("class") == "origin":
            h["origin"] = _text(el)
    for el in pf.iter(akn("docTitle")):
        h["title"] = _text(el)
    notes = {
        n.get("eId"): " ".join(_text(p) for p in _kids(n, "p"))
        for n in pf.iter(akn("authorialNote"))
        if n.get("eId")
    }
    sponsors = []
    for el in pf.iter(akn("docProponent")):
        marker = note = None
        nxt = el.getnext()
        if nxt is not None and nxt.get("class") == "sponsorNote":
            marker = nxt.get("marker")
            if nxt.tag == akn("noteRef"):  # points at the header's footnote
                note = notes.get((nxt.get("href") or "").lstrip("#"))
            else:
                note = " ".join(_text(p) for p in _kids(nxt, "p"))
        sponsors.append(Sponsor(name=_text(el), marker=marker, note=note))
    h["sponsors"] = tuple(sponsors)
    return h


def _preamble(pre) -> tuple[str | None, tuple[Paragraph, ...]]:
    if pre is None:
        return None, ()
    formula = None
    paras = []
    for el in _kids(pre):
        if el.tag == akn("formula") and formula is None:
            formula = " ".join(_text(p) for p in _kids(el, "p"))
        elif el.tag in (akn("container"), akn("paragraph")):
            paras.append(_paragraph(el, None, len(paras)))
    return formula, tuple(paras)


def _body(main) -> tuple[tuple[Paragraph, ...], tuple[Section, ...]]:
    paras: list[Paragraph] = []
    sections: list[Section] = []
    for el in _kids(main):
        if el.tag == akn("section"):
            sections.append(
                Section(
                    eid=el.get("eId") or f"sec_{len(sections) + 1}",
                    num=_opt_text(_first(el, "num")),
                    heading=_opt_text(_first(el, "heading")),
                )
            )
            for c in _kids(el):
                if c.tag in (akn("paragraph"), akn("container")):
                    paras.append(_paragraph(c, sections[-1].eid, len(paras)))
        elif el.tag in (akn("paragraph"), akn("container")):
            paras.append(_paragraph(el, None, len(paras)))
    return tuple(paras), tuple(sections)


def _opt_text(el) -> str | None:
    return None if el is None else _text(el)


def _paragraph(el, section: str | None, index: int) -> Paragraph:
    container = el.tag == akn("container")
    explicit = el.get(cw("section"))
    if explicit is not None:
        section = explicit
    eid = el.get("eId") or (
        f"preamble__container_{index + 1}" if container else f"para_u{index + 1}"
    )
    if container:
        text, refs = _inline(_first(el, "p"))
        num = el.get(cw("num"))
        items = _block_items(el)
    else:
        num_el = _first(el, "num")
        num = _text(num_el).removesuffix(".") if num_el is not None else None
        host = _first(el, "content") if _first(el, "content") is not None else _first(el, "intro")
        text, refs = _inline(_first(host, "p")) if host is not None else ("", [])
        items = _points(el)
    return Paragraph(
        eid=eid,
        kind=el.get(cw("kind")) or (PREAMBULAR if container else OPERATIVE),
        num=num,
        lead=el.get(cw("lead")),
        text=text,
        items=items,
        footnotes=tuple(FootnoteRef(m, o) for m, o in refs),
        section=section,
    )


def _item_num(el) -> str:
    n = _text(_first(el, "num")) if _first(el, "num") is not None else ""
    return n[1:-1] if n.startswith("(") and n.endswith(")") else n


def _points(el) -> tuple[Item, ...]:
    out = []
    for lst in _kids(el, "list"):
        for pt in _kids(lst, "point"):
            host = (
                _first(pt, "content") if _first(pt, "content") is not None else _first(pt, "intro")
            )
            text, refs = _inline(_first(host, "p")) if host is not None else ("", [])
            out.append(
                Item(
                    eid=pt.get("eId") or "",
                    num=_item_num(pt),
                    text=text,
                    items=_points(pt),
                    footnotes=tuple(FootnoteRef(m, o) for m, o in refs),
                )
            )
    return tuple(out)


def _block_items(el) -> tuple[Item, ...]:
    out = []
    for lst in _kids(el, "blockList"):
        for it in _kids(lst, "item"):
            text, refs = _inline(_first(it, "p"))
            out.append(
                Item(
                    eid=it.get("eId") or "",
                    num=_item_num(it),
                    text=text,
                    items=_block_items(it),
                    footnotes=tuple(FootnoteRef(m, o) for m, o in refs),
                )
            )
    return tuple(out)


_NOTE_INDEX = re.compile(r"authorialNote_(\d+)$")


def _footnotes(st) -> tuple[Footnote, ...]:
    """Every footnote text, in the record's order (the number its eId ends with)."""
    found = []
    for k, el in enumerate(st.iter(akn("authorialNote"))):
        if el.get("class") == "sponsorNote":
            continue
        m = _NOTE_INDEX.search(el.get("eId") or "")
        order = int(m.group(1)) if m else 10**9 + k
        text = " ".join(_text(p) for p in _kids(el, "p"))
        found.append((order, Footnote(el.get("marker") or "", text, el.get("placementBase"))))
    found.sort(key=lambda x: x[0])
    return tuple(f for _, f in found)


def _annex(att) -> Annex:
    d = next((c for c in att if isinstance(c.tag, str)), None)
    if d is None:
        raise ValueError("an empty attachment")
    pf = _first(d, "preface")
    heading, num, title = "", None, None
    if pf is not None:
        for p in _kids(pf, "p"):
            if p.get("class") == "heading":
                heading = _text(p)
                dn = _first(p, "docNumber")
                num = _text(dn) if dn is not None else p.get(cw("num"))
        for t in pf.iter(akn("docTitle")):
            title = _text(t)
    formula, pre = _preamble(_first(d, "preamble"))
    main = _first(d, "mainBody")
    paras, sections = _body(main) if main is not None else ((), ())
    return Annex(
        eid=att.get("eId") or "annex_1",
        num=num,
        heading=heading,
        title=title,
        formula=formula,
        paragraphs=pre + paras,
        sections=sections,
    )
