"""A file clausewise wrote (`export.akn`) -> the record it was written from, exactly.

Every value is where the writer put it: eIds are the record's identifiers, `cw:lead`,
`cw:kind`, `cw:section` and `cw:num` say what AKN has no word for, and text is taken as it
stands (whitespace included), so any record comes back equal.
"""

from __future__ import annotations

import re

from ...aknprofile import akn, cw
from ...model import (
    OPERATIVE,
    PREAMBULAR,
    Annex,
    Document,
    Footnote,
    FootnoteRef,
    Instruction,
    Item,
    Paragraph,
    Section,
)
from .header import read_header
from .inline import note_text, read_inline


def read(st) -> Document:
    if st.tag == akn("amendment"):
        return _amendment(st)
    h = read_header(st, squashed=False)
    formula, preamble = _preamble(st.find(akn("preamble")))
    main = st.find(akn("mainBody"))
    operative, sections = _body(main) if main is not None else ((), ())
    annexes = tuple(_annex(a) for a in st.iter(akn("attachment")))
    warnings = tuple(w.text or "" for w in st.iter(cw("warning")))
    return Document(
        formula=formula,
        preamble=preamble,
        operative=operative,
        sections=sections,
        annexes=annexes,
        footnotes=_footnotes(st),
        warnings=warnings,
        **h.fields,
    )


def _kids(el, tag: str | None = None):
    return [c for c in el if isinstance(c.tag, str) and (tag is None or c.tag == akn(tag))]


def _text(el) -> str:
    return read_inline(el, False).text if el is not None else ""


def _refs(el) -> tuple[str, tuple[FootnoteRef, ...]]:
    if el is None:
        return "", ()
    got = read_inline(el, False)
    return got.text, tuple(FootnoteRef(m, o) for m, o in got.refs)


def _preamble(pre) -> tuple[str | None, tuple[Paragraph, ...]]:
    if pre is None:
        return None, ()
    formula = None
    paras = []
    for el in _kids(pre):
        if el.tag == akn("formula") and formula is None:
            formula = " ".join(_text(p) for p in _kids(el, "p"))
        elif el.tag in (akn("container"), akn("paragraph")):
            paras.append(_paragraph(el, None))
    return formula, tuple(paras)


def _body(main) -> tuple[tuple[Paragraph, ...], tuple[Section, ...]]:
    paras: list[Paragraph] = []
    sections: list[Section] = []
    for el in _kids(main):
        if el.tag == akn("section"):
            num, heading = el.find(akn("num")), el.find(akn("heading"))
            sections.append(
                Section(
                    eid=el.get("eId") or "",
                    num=_text(num) if num is not None else None,
                    heading=_text(heading) if heading is not None else None,
                )
            )
            for c in _kids(el):
                if c.tag in (akn("paragraph"), akn("container")):
                    paras.append(_paragraph(c, sections[-1].eid))
        elif el.tag in (akn("paragraph"), akn("container")):
            paras.append(_paragraph(el, None))
    return tuple(paras), tuple(sections)


def _paragraph(el, section: str | None) -> Paragraph:
    container = el.tag == akn("container")
    explicit = el.get(cw("section"))
    if explicit is not None:
        section = explicit
    if container:
        text, refs = _refs(el.find(akn("p")))
        num = el.get(cw("num"))
        items = _block_items(el)
    else:
        num_el = el.find(akn("num"))
        num = _text(num_el).removesuffix(".") if num_el is not None else None
        host = el.find(akn("content"))
        if host is None:
            host = el.find(akn("intro"))
        text, refs = _refs(host.find(akn("p")) if host is not None else None)
        items = _points(el)
    return Paragraph(
        eid=el.get("eId") or "",
        kind=el.get(cw("kind")) or (PREAMBULAR if container else OPERATIVE),
        num=num,
        lead=el.get(cw("lead")),
        text=text,
        items=items,
        footnotes=refs,
        section=section,
    )


def _item_num(el) -> str:
    n = _text(el.find(akn("num")))
    return n[1:-1] if n.startswith("(") and n.endswith(")") else n


def _points(el) -> tuple[Item, ...]:
    out = []
    for lst in _kids(el, "list"):
        for pt in _kids(lst, "point"):
            host = pt.find(akn("content"))
            if host is None:
                host = pt.find(akn("intro"))
            text, refs = _refs(host.find(akn("p")) if host is not None else None)
            out.append(Item(pt.get("eId") or "", _item_num(pt), text, _points(pt), refs))
    return tuple(out)


def _block_items(el) -> tuple[Item, ...]:
    out = []
    for lst in _kids(el, "blockList"):
        for it in _kids(lst, "item"):
            text, refs = _refs(it.find(akn("p")))
            out.append(Item(it.get("eId") or "", _item_num(it), text, _block_items(it), refs))
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
        found.append(
            (order, Footnote(el.get("marker") or "", note_text(el, False), el.get("placementBase")))
        )
    found.sort(key=lambda x: x[0])
    return tuple(f for _, f in found)


def _annex(att) -> Annex:
    d = next((c for c in att if isinstance(c.tag, str)), None)
    if d is None:
        raise ValueError("an empty attachment")
    pf = d.find(akn("preface"))
    heading, num, title = "", None, None
    if pf is not None:
        for p in _kids(pf, "p"):
            if p.get("class") == "heading":
                heading = _text(p)
                dn = p.find(akn("docNumber"))
                num = _text(dn) if dn is not None else p.get(cw("num"))
        for t in pf.iter(akn("docTitle")):
            title = _text(t)
    formula, pre = _preamble(d.find(akn("preamble")))
    main = d.find(akn("mainBody"))
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


# -- an amendment (export.akn: `amendment`, its instructions in activeModifications) ----------


def _amendment(am) -> Document:
    h = read_header(am, squashed=False)
    pre: list[Paragraph] = []
    op: list[Paragraph] = []
    content = am.find(akn("amendmentBody") + "/" + akn("amendmentContent"))
    for el in _kids(content, "blockContainer") if content is not None else ():
        num = el.find(akn("num"))
        text, refs = _refs(el.find(akn("p")))
        items = tuple(
            _amendment_item(it) for lst in _kids(el, "blockList") for it in _kids(lst, "item")
        )
        kind = el.get(cw("kind")) or OPERATIVE
        (pre if kind == PREAMBULAR else op).append(
            Paragraph(
                eid=el.get("eId") or "",
                kind=kind,
                num=_text(num).removesuffix(".") if num is not None else None,
                lead=el.get(cw("lead")),
                text=text,
                items=items,
                footnotes=refs,
                section=el.get(cw("section")),
            )
        )
    target = am.find(f".//{akn('coverPage')}//{akn('affectedDocument')}")
    return Document(
        preamble=tuple(pre),
        operative=tuple(op),
        footnotes=_footnotes(am),
        warnings=tuple(w.text or "" for w in am.iter(cw("warning"))),
        amends=_text(target) if target is not None else None,
        instructions=_instructions(am),
        **h.fields,
    )


def _amendment_item(it) -> Item:
    text, refs = _refs(it.find(akn("p")))
    return Item(it.get("eId") or "", _item_num(it), text, (), refs)


def _instructions(am) -> tuple[Instruction, ...]:
    by_eid = {el.get("eId"): el for el in am.iter(akn("mod"))}
    out = []
    for mod in am.iter(akn("textualMod")):
        source = (mod.find(akn("source")).get("href") or "").lstrip("#")
        text = mod.get(cw("text"))
        if text is None:
            text = _text(by_eid[source])
        dest = mod.find(akn("destination"))
        href = dest.get("href") or ""
        anchor = dest.find(cw("anchor"))
        words = {}
        for tag in ("old", "new"):
            found = mod.find(akn(tag) + "/" + cw("text"))
            words[tag] = found.text or "" if found is not None else None
        out.append(
            Instruction(
                action=mod.get(cw("action")) or "",
                part=mod.get(cw("part")),
                paragraph=mod.get(cw("paragraph")),
                eid=None if dest.get(cw("noEid")) else href.rpartition("#")[2] or None,
                position=dest.get("pos"),
                anchor=(anchor.text or "") if anchor is not None else None,
                old=words["old"],
                new=words["new"],
                text=text,
            )
        )
    return tuple(out)
