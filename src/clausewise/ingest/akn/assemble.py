"""Blocks -> paragraphs, points, sections and footnotes, as `structure` makes them from lines.

The text reader's rules, so that text and AKN of one resolution give one record: eIds
`preamble__container_3`, `para_15`, `para_u2`, `sec_A__para_1` when numbering restarts,
`..._list_1__point_b` (the same in every language: `labels.eid_label`); sections `sec_I`,
`sec_I__subsec_A`, `sec_4`; kinds from the markup in a resolution, from leads and the
formula in annexed prose; leads by the text reader's grammar.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...model import (
    OPERATIVE,
    PREAMBULAR,
    TEXT,
    Footnote,
    FootnoteRef,
    Item,
    Paragraph,
    Section,
)
from ...structure.body import is_formula, lead_of, roman_value
from ...structure.eids import ParagraphEids
from . import labels
from .blocks import _PREAMBULAR_END, FORMULA, HEADING, PARA, PART, PRE, Block, ItemB
from .inline import Inline


@dataclass(slots=True)
class _ParaB:
    kind: str
    block: Block
    section: str | None


class Assembler:
    """Blocks -> paragraphs, sections and footnotes, as `structure` makes them from lines."""

    def __init__(self, prefix: str = "", lang: str | None = None) -> None:
        self.prefix = prefix
        self.lang = lang  # the text's language: its grammar reads the leads
        self.formula: str | None = None
        self.paras: list[_ParaB] = []
        self.sections: list[Section] = []
        self.section: Section | None = None
        self.last_kind: str | None = None
        self.zone = PREAMBULAR
        self.leads = False  # kinds from leads (annex prose) rather than from the markup

    def run(self, blocks: list[Block]) -> None:
        _preamble_first(blocks)
        _chapeaux(blocks, self.lang)
        for b in blocks:
            if b.kind == FORMULA:
                if self.formula is None and not self.paras:
                    self.formula = b.line.text
                self.zone = PREAMBULAR
            elif b.kind == PART:
                self.section = None
                self.new_section(b.num, b.line.text or None)
            elif b.kind == HEADING:
                self.heading(b)
            elif b.kind == PRE:
                self.paras.append(_ParaB(PREAMBULAR, b, self.sid()))
            elif (
                self.leads
                and self.formula is None
                and not self.paras
                and b.num is None
                and is_formula(b.line.text)
            ):
                self.formula = b.line.text  # an annexed text's own formula ("The States ...,")
                self.zone = PREAMBULAR
            else:
                self.paras.append(_ParaB(self.kind_of(b), b, self.sid()))
            self.last_kind = b.kind

    def kind_of(self, b: Block) -> str:
        if b.text_kind:
            return TEXT
        if not self.leads:
            self.zone = OPERATIVE
            return OPERATIVE
        if b.num is not None:
            self.zone = OPERATIVE
            return OPERATIVE
        lead = lead_of(b.line.text, b.line.italic_lead, self.lang) if b.line.text else None
        if lead is not None:
            if lead.kind == PREAMBULAR and (
                self.zone == PREAMBULAR or self.last_kind in (HEADING, FORMULA)
            ):
                self.zone = PREAMBULAR
                return PREAMBULAR
            self.zone = OPERATIVE
            return OPERATIVE
        if self.formula is None:
            return TEXT
        return PREAMBULAR if self.zone == PREAMBULAR else OPERATIVE

    def sid(self) -> str | None:
        return self.section.eid if self.section else None

    def heading(self, b: Block) -> None:
        if b.num is not None:
            self.new_section(b.num, b.line.text or None)
        elif (
            self.last_kind == HEADING
            and self.section is not None
            and self.section.heading is None
            and not self.section_has_paras()
        ):
            self.section = Section(self.section.eid, self.section.num, b.line.text)
            self.sections[-1] = self.section
        else:
            self.new_section(None, b.line.text)

    def section_has_paras(self) -> bool:
        return bool(self.paras) and self.paras[-1].section == self.sid()

    def new_section(self, num: str | None, heading: str | None) -> None:
        prefix = self.prefix
        cur = self.section
        if num is not None and re.fullmatch(r"[A-Z]", num) and cur and _roman_part(cur.num, num):
            eid = f"{cur.eid}__subsec_{num}"
        elif num is not None and _eid_part(num):
            eid = f"{prefix}sec_{_eid_part(num)}"
        elif num is not None and labels.value_of(num, "roman"):
            eid = f"{prefix}sec_{labels.eid_label(num, 'roman', 0).upper()}"  # 三 is III
        else:
            eid = f"{prefix}sec_{len(self.sections) + 1}"
        if any(s.eid == eid for s in self.sections):
            eid = f"{eid}_{len(self.sections) + 1}"
        self.section = Section(eid, num, heading)
        self.sections.append(self.section)

    # -- records --------------------------------------------------------------------------
    def records(self, notes: list[Footnote]) -> list[Paragraph]:
        """The paragraphs in reading order, eIds as `structure` gives them; each note met
        on the way becomes a footnote of the paragraph or point that holds it."""
        prefix = self.prefix
        ops = [p for p in self.paras if p.kind != PREAMBULAR]
        nums: dict[str, int] = {}
        for p in ops:
            if p.block.num:
                nums[p.block.num] = nums.get(p.block.num, 0) + 1
        restarts = any(c > 1 for c in nums.values())
        out: list[Paragraph] = []
        eids = ParagraphEids(prefix, restarts, bool(nums))
        for p in self.paras:
            b = p.block
            num = _eid_part(b.num) if b.num else None
            eid = eids.next(p.kind == PREAMBULAR, num or None, p.section)
            _notes(b.line, eid, notes)
            lead = lead_of(b.line.text, b.line.italic_lead, self.lang) if b.line.text else None
            para = Paragraph(
                eid=eid,
                kind=p.kind,
                num=b.num,
                lead=lead.text if lead is not None else None,
                text=b.line.text,
                items=_items(b.items, eid, notes),
                footnotes=_refs(b.line),
                section=p.section,
            )
            out.append(para)
        return out


def _chapeaux(blocks: list[Block], lang: str | None) -> None:
    """ "Resolves that, for 2021:" over paragraph 1 opens the operative part, whichever part
    of the markup holds it (a Chinese file files it as the preamble's last paragraph): a
    paragraph with no points that ends with a colon, right before paragraph 1, and whose
    lead is not a preamble's ("Convinced ... that it constitutes a major contribution to:")."""
    for b, nxt in zip(blocks, blocks[1:], strict=False):
        if b.kind != PRE or nxt.kind != PARA or nxt.num != "1" or b.items:
            continue
        if not b.line.text.endswith((":", "：")):
            continue
        lead = lead_of(b.line.text, b.line.italic_lead, lang)
        if lead is None or lead.kind != PREAMBULAR:
            b.kind = PARA


def _preamble_first(blocks: list[Block]) -> None:
    """A preamble comes before the operative part: an unnumbered paragraph the markup put
    in the main body, before preambular paragraphs and any numbered one, is preambular
    (one of the UN's files opens its main body, before its preamble, that way)."""
    last_pre = None
    for k, b in enumerate(blocks):
        if b.kind == PARA and b.num is not None:
            break
        if b.kind in (HEADING, PART):
            break
        if b.kind == PRE:
            last_pre = k
    if last_pre is None:
        return
    for b in blocks[:last_pre]:
        if b.kind == PARA and not b.text_kind:
            b.kind = PRE
    # the preamble's last paragraph put in the main body, unnumbered, before paragraph 1: it
    # still ends with a preamble's comma (a Chinese file)
    for b in blocks[last_pre + 1 :]:
        if b.kind != PARA or b.num is not None or b.items or b.text_kind:
            break
        if not b.line.text.endswith(_PREAMBULAR_END):
            break
        b.kind = PRE


def _roman_part(outer: str | None, letter: str) -> bool:
    """Does part `letter` ("A") sit under section `outer` ("II")? Not when `outer` is the
    letter before it: C then D are two parts, though C and D are roman numerals too."""
    if not outer or not roman_value(outer):
        return False
    return not (len(outer) == 1 and ord(letter) == ord(outer) + 1) and outer not in "CDLM"


def _eid_part(text: str) -> str | None:
    """A number as it may stand in an eId (ASCII letters, digits), or None if it has none."""
    return re.sub(r"[^A-Za-z0-9]+", "", text) or None


def _refs(line: Inline) -> tuple[FootnoteRef, ...]:
    return tuple(FootnoteRef(m, o) for m, o in line.refs)


def _notes(line: Inline, owner: str, out: list[Footnote]) -> None:
    for _, note in line.notes:
        out.append(Footnote(note.marker, note.text, owner))


def _items(items: list[ItemB], parent: str, notes: list[Footnote]) -> tuple[Item, ...]:
    out = []
    seen: set[str] = set()
    for k, it in enumerate(items, 1):
        kind = it.ltype or labels.kind_of(it.label)
        eid = f"{parent}__list_1__point_{labels.eid_label(it.label, kind, k)}"
        if eid in seen:
            eid = f"{eid}_{k}"
        seen.add(eid)
        _notes(it.line, eid, notes)
        out.append(
            Item(
                eid=eid,
                num=it.label or str(k),
                text=it.line.text,
                items=_items(it.items, eid, notes),
                footnotes=_refs(it.line),
            )
        )
    return tuple(out)
