"""The UN's own Akoma Ntoso (AKN4UN, as the Secretariat marks up its resolutions) -> the record.

Read in two steps: `blocks` walks the elements in reading order and says what each one
is, whatever shape the markup gave it; `assemble` makes paragraphs, points, sections and
footnotes of the blocks as the text reader makes them of lines. This module holds what is
whole-document: the header, the parts of a documentCollection (one record, a section per
part), the annexes (several in one attachment when its headings say so).

Kinds follow the markup, never the wording (a `container` is preambular, a `paragraph`
operative), so the six language versions of a resolution, marked up alike, have the same
paragraphs; leads come from the English grammar or, in any language, the italic opening.
"""

from __future__ import annotations

import re

from ...aknprofile import akn
from ...grammar import language
from ...model import PREAMBULAR, Annex, Document, Footnote
from ...structure.body import lead_of
from .assemble import Assembler
from .blocks import (
    HEADING,
    PART,
    Block,
    BlockReader,
    continued_paragraphs,
    drop_meeting_line,
    inline,
    kids,
    local,
    notes_in_body,
    num_text,
    unmarked_headings,
)
from .header import read_header
from .inline import Inline

_ANNEX = re.compile(
    r"^(?:Annex|Annexe|Anexo|Приложение|المرفق|附件)(?:\s+([IVXLC]{1,6}|\d{1,2}|[A-Z]))?\W{0,3}$"
    # "المرفق الأول" (annex I), "附件一"
    r"|^المرفق\s+(\S+)\W{0,3}$|^附件([一二三四五六七八九十]{1,3})$",
    re.I,
)
_STRUCTURAL = re.compile(r"^(?:Preamble|Part|Article|Rule|Principle|Section|Chapter)\b")


def read(top, components) -> Document:
    parts = _parts(top, components)
    header = read_header(top, squashed=True, part=parts[0] if parts else None)
    blocks = BlockReader()
    if parts:
        for st in parts:
            letter, title = _part_heading(st)
            blocks.add(Block(PART, Inline(text=title or ""), num=letter))
            blocks.statement(st)
    else:
        blocks.statement(top)
    lang = header.fields.get("language")
    grammar = language(lang)
    meeting = drop_meeting_line(blocks.out, header.fields.get("meeting"), grammar.meeting)
    if meeting and not header.fields.get("meeting"):
        header.fields["meeting"] = meeting
    notes = list(header.notes)
    notes += [Footnote(m, t, None) for m, t in notes_in_body(blocks.out)]
    continued_paragraphs(blocks.out, lambda t: lead_of(t, None, lang))
    unmarked_headings(blocks.out)
    # an annex the markup left in the main body, under its "Annex" heading (an Arabic file)
    cut = next(
        (
            k
            for k, b in enumerate(blocks.out)
            if k and b.kind == HEADING and _ANNEX.match(_heading_text(b))
        ),
        len(blocks.out),
    )
    inline_annexes = _split_annexes(blocks.out[cut:])
    asm = Assembler(lang=lang)
    asm.run(blocks.out[:cut])
    paras = asm.records(notes)
    preamble = [p for p in paras if p.kind == PREAMBULAR]
    operative = [p for p in paras if p.kind != PREAMBULAR]
    annexes = [_annex(k, chunk, notes, lang) for k, chunk in enumerate(inline_annexes, 1)]
    for st in parts or [top]:
        for att in st.iter(akn("attachment")):
            for chunk in _annex_chunks(att):
                annexes.append(_annex(len(annexes) + 1, chunk, notes, lang))
    return Document(
        formula=asm.formula,
        preamble=tuple(preamble),
        operative=tuple(operative),
        sections=tuple(asm.sections),
        annexes=tuple(annexes),
        footnotes=tuple(notes),
        **header.fields,
    )


def _parts(top, components) -> list:
    """The statements of a documentCollection, in its own order (empty for a statement)."""
    if local(top) != "documentCollection":
        return []
    by_eid = {}
    if components is not None:
        for comp in components.findall(akn("component")):
            docs = kids(comp)
            if docs:
                by_eid[comp.get("eId")] = docs[0]
    order = []
    body = top.find(akn("collectionBody"))
    for ref in body.iter(akn("documentRef")) if body is not None else ():
        target = (ref.get("href") or "").lstrip("#")
        if target in by_eid and by_eid[target] not in order:
            order.append(by_eid[target])
    order.extend(d for d in by_eid.values() if d not in order)
    for inner in top.iter(akn("component")):  # components written inside the collection
        docs = [d for d in kids(inner) if local(d) == "statement"]
        order.extend(d for d in docs if d not in order)
    return order


def _part_heading(st) -> tuple[str | None, str | None]:
    """A part's letter and title, from its preface ("A", "Information in the service of
    humanity")."""
    pf = st.find(akn("preface"))
    if pf is None:
        return None, None
    num = pf.find(".//" + akn("docNumber"))
    title = pf.find(".//" + akn("docTitle"))
    letter = num_text(num) if num is not None else None
    return letter or None, inline(title).text if title is not None else None


def _annex_chunks(att) -> list[list[Block]]:
    """An attachment's blocks, split where a heading says "Annex ...": the UN's files put
    several annexes in one attachment."""
    doc = next((c for c in kids(att) if local(c) != "meta"), None)
    if doc is None:
        return []
    blocks = BlockReader()
    blocks.statement(doc)
    unmarked_headings(blocks.out)
    return _split_annexes(blocks.out)


def _split_annexes(blocks: list[Block]) -> list[list[Block]]:
    chunks: list[list[Block]] = []
    for b in blocks:
        starts = b.kind == HEADING and _ANNEX.match(_heading_text(b))
        if starts or not chunks:
            chunks.append([])
        chunks[-1].append(b)
    return [c for c in chunks if c]


def _heading_text(b: Block) -> str:
    return " ".join(x for x in (b.num, b.line.text) if x)


def _annex(k: int, blocks: list[Block], notes: list[Footnote], lang: str | None) -> Annex:
    heading, num = "Annex", None
    first = blocks[0]
    if first.kind == HEADING and (m := _ANNEX.match(_heading_text(first))):
        heading, num = _heading_text(first), m.group(1) or m.group(2) or m.group(3)
        blocks = blocks[1:]
    # its title: the headings before its first paragraph, as the text reader takes them
    title_parts: list[str] = []
    while (
        blocks
        and blocks[0].kind == HEADING
        and blocks[0].num is None
        and len(title_parts) < 3
        and not _STRUCTURAL.match(blocks[0].line.text)
    ):
        title_parts.append(blocks[0].line.text)
        blocks = blocks[1:]
        if len(title_parts[-1]) > 120:
            break
    asm = Assembler(prefix=f"annex_{k}__", lang=lang)
    asm.leads = True
    asm.run(blocks)
    paras = asm.records(notes)
    return Annex(
        eid=f"annex_{k}",
        num=num,
        heading=heading,
        title=" ".join(title_parts) or None,
        formula=asm.formula,
        paragraphs=tuple(paras),
        sections=tuple(asm.sections),
    )
