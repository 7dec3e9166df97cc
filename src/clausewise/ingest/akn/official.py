"""The UN's own Akoma Ntoso (AKN4UN, as the Secretariat marks up its resolutions) -> the record.

The markup is read in two steps. `blocks` walks the elements in reading order and says
what each one is, whatever shape the markup gave it: the formula, a preambular paragraph
(a preamble `container`, or a `crossHeading refersTo="#preamble"` opening a section), a
paragraph with its number, chapeau and points, a heading (a `section`'s num and
subheadings, a `paragraph` holding only a `subheading`, or one styled as a heading), a
table row, a part of a multi-part resolution. Then `assemble` makes the record from the
blocks as the text reader makes it from lines: eIds by the same rule (`para_15`,
`preamble__container_3`, `sec_A__para_1` when numbering restarts), sections for headings
and for the parts A and B, leads by the same grammar, sub-points nested by their labels.

Kinds follow the markup, never the wording (a `container` is preambular, a `paragraph`
operative), so the six language versions of a resolution, marked up alike, have the same
paragraphs; leads come from the English grammar or, in any language, the italic opening.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...aknprofile import akn
from ...model import (
    OPERATIVE,
    PREAMBULAR,
    TEXT,
    Annex,
    Document,
    Footnote,
    FootnoteRef,
    Item,
    Paragraph,
    Section,
)
from ...structure.body import is_formula, lead_of, roman_value
from . import labels
from .header import read_header
from .inline import Inline, read_inline

# -- blocks -------------------------------------------------------------------------------

FORMULA, PRE, PARA, HEADING, PART, ROW = "formula", "pre", "para", "heading", "part", "row"

# Word styles the Secretariat's headings keep as a paragraph class: H1, H23, H4, HCh, and
# the Geneva variants H1G, HChG.
_HEADING_STYLE = re.compile(r"^H(?:Ch|\d+)G?$")
_TABLE_NOTE_STYLE = "FootnoteText"
# A paragraph's number written into its text: "1 - تثني" (Arabic), "1. Takes note", and,
# right after paragraph 2, "3 Calls upon" (a tab where the number element should end).
_NUM_IN_TEXT = re.compile(r"^[\u200e\u200f]?(\d{1,3})(?:\s*[-–]|\.)[\s\u200e\u200f]+")
_BARE_NUM_IN_TEXT = re.compile(r"^[\u200e\u200f]?(\d{1,3})[\s\u200e\u200f]+(?=[^\W\d_])")
_CJK_NUMERAL = "[一二三四五六七八九十]{1,3}"  # a Chinese section number: 一 (I), 十三 (XIII)
_BARE_NUM = re.compile(rf"^\(?([IVXLC]{{1,6}}|[A-Z]|\d{{1,3}}|{_CJK_NUMERAL})[.)]?$")
_ROMAN_HEADING = re.compile(rf"^([IVXLC]{{1,6}}|{_CJK_NUMERAL})\.?\s+(\S.*)$")
# the end of a sentence or of a chapeau, in the six languages' punctuation
_TERMINAL = tuple(".,;:!?。，；：！？،؛")


@dataclass(slots=True)
class ItemB:
    label: str
    line: Inline
    items: list[ItemB] = field(default_factory=list)
    ltype: str = ""  # the kind of labels of its list (alpha, roman, digit, bullet)


@dataclass(slots=True)
class Block:
    kind: str
    line: Inline
    num: str | None = None
    items: list[ItemB] = field(default_factory=list)
    text_kind: bool = False  # a table row or a table's note: TEXT, whatever the zone


def _inline(el) -> Inline:
    return read_inline(el, True) if el is not None else Inline()


def _kids(el):
    return [c for c in el if isinstance(c.tag, str)]


def _local(el) -> str:
    return el.tag.rsplit("}", 1)[-1]


def _num_text(el) -> str:
    """ "\t1." -> "1"; "1 -" (Arabic) -> "1"; "(iii)" -> "(iii)"; "I." -> "I"."""
    text = _inline(el).text.strip("\u200f\u200e ")
    return re.sub(r"^(\d+)\s*[-–]$", r"\1", text).removesuffix(".").strip()


_label_of = labels.label_of


class _Blocks:
    """Elements -> blocks, in reading order."""

    def __init__(self) -> None:
        self.out: list[Block] = []
        self.pending_num: str | None = None  # a number whose paragraph text comes next

    def add(self, block: Block) -> None:
        if self.pending_num is not None and block.kind == PARA and block.num is None:
            block.num = self.pending_num
        last = self.out[-1] if self.out else None
        if block.kind == PARA and block.num is None and last is not None and last.kind == ROW:
            block.text_kind = True  # a table's note ("Abbreviations: ..."): part of the table
        self.pending_num = None
        self.out.append(block)

    def last_num(self) -> str | None:
        """The number of the last numbered paragraph."""
        for b in reversed(self.out):
            if b.kind == PARA and b.num is not None:
                return b.num
        return None

    def last_holder(self, kinds=(PARA, PRE)) -> Block | None:
        last = self.out[-1] if self.out else None
        return last if last is not None and last.kind in kinds else None

    # -- statement ----------------------------------------------------------------------
    def statement(self, st) -> None:
        # in the order the file has them: one of the UN's files opens its main body, with
        # the first preambular paragraph, before its preamble
        for part in _kids(st):
            if part.tag == akn("preamble"):
                for el in _kids(part):
                    self.preamble_child(el)
            elif part.tag == akn("mainBody"):
                self.body(part)

    def preamble_child(self, el) -> None:
        tag = _local(el)
        if tag == "formula":
            self.add(Block(FORMULA, _joined(el)))
        elif tag in ("container", "paragraph"):
            ps = el.findall(akn("p"))
            self.text_block(PRE, _inline(ps[0]) if ps else Inline(), None)
            for p in ps[1:]:
                self.text_block(PRE, _inline(p), None)
            for lst in el.findall(akn("blockList")):
                self.block_list(lst)
        elif tag == "blockList":
            self.block_list(el)
        elif tag in ("crossHeading", "p"):
            self.text_block(PRE, _inline(el), None)

    def block_list(self, lst) -> None:
        """blockList/item: the sub-points of the paragraph before it."""
        holder = self.last_holder()
        for it in lst.findall(akn("item")):
            num = it.find(akn("num"))
            label = _label_of(_num_text(num)) if num is not None else None
            ps = it.findall(akn("p"))
            line = _inline(ps[0]) if ps else Inline()
            if holder is None:
                self.add(Block(PARA, line, num=_num_text(num) if num is not None else None))
                holder = self.out[-1]
            else:  # an item by its element, labelled or not
                _nest(holder.items, ItemB(label or "", line))

    # -- body ---------------------------------------------------------------------------
    def body(self, el) -> None:
        for c in _kids(el):
            tag = _local(c)
            if tag == "paragraph":
                self.paragraph(c)
            elif tag == "crossHeading":
                if c.get("refersTo") == "#preamble":
                    self.text_block(PRE, _inline(c), None)  # a section's own preamble
                else:
                    self.heading(None, _inline(c))
            elif tag in ("num", "heading", "subheading"):
                if tag == "num":
                    self.heading_num(_num_text(c))
                else:
                    self.heading(None, _inline(c))
            elif tag == "container":
                self.container(c)
            elif tag == "blockList":
                self.block_list(c)
            elif tag in ("p", "intro", "wrapUp"):
                self.text_block(PARA, _inline(c) if tag == "p" else _joined(c), None)
            elif tag in ("componentRef", "documentRef", "img"):
                continue
            else:  # section, part, chapter, title, hcontainer, ...: its heading, then its body
                self.body(c)

    def container(self, el) -> None:
        tables = el.findall(".//" + akn("table"))
        if not tables:
            for p in el.iter(akn("p")):
                self.text_block(PARA, _inline(p), None)
            return
        for table in tables:
            for tr in table.iter(akn("tr")):
                cells = [_joined(cell) for cell in tr if _local(cell) in ("td", "th")]
                line = _row(cells)
                if line.text:
                    self.add(Block(ROW, line, text_kind=True))

    def paragraph(self, el) -> None:
        tags = [_local(c) for c in _kids(el)]
        num_el = el.find(akn("num"))
        num = _num_text(num_el) if num_el is not None else None
        content = el.find(akn("content"))
        ps = content.findall(akn("p")) if content is not None else []
        if content is not None and not ps:
            ps = [content]
        lines = [_inline(p) for p in ps]  # each read once
        label = _label_of(num) if num is not None else None
        holder = self.last_holder() if label is not None else None
        if holder is not None and lines:
            # a point marked up as a paragraph of its own, its label as the number
            _nest(holder.items, ItemB(label or "", lines[0]))
            for line in lines[1:]:
                self.text_block(PARA, line, None)
            return
        if ("heading" in tags or "subheading" in tags) and "list" not in tags:
            self.heading_paragraph(el, num)
            return
        lst = el.find(akn("list"))
        if num is None or not num.isdigit():
            line = _join_lines(lines)
            styled = _HEADING_STYLE.match(el.get("class") or "") is not None
            if styled or _bold_heading(line, lst is not None):
                self.heading(num, line, strip=True)
                return
        if lst is not None:
            intro = lst.find(akn("intro"))
            block = Block(PARA, _joined(intro) if intro is not None else Inline(), num=num)
            self.add(block)
            self.points(lst, block.items)
            for wrap in lst.findall(akn("wrapUp")):
                self.text_block(PARA, _joined(wrap), None)
            return
        if num is not None and not any(line.text for line in lines):
            self.pending_num = num  # "1." alone; its text is the next paragraph's
            return
        table_note = el.get("class") == _TABLE_NOTE_STYLE
        for k, line in enumerate(lines):
            self.text_block(PARA, line, num if k == 0 else None, table_note)
        if not lines:
            self.add(Block(PARA, Inline(), num=num))

    def heading_paragraph(self, el, num: str | None) -> None:
        for c in _kids(el):
            tag = _local(c)
            if tag in ("heading", "subheading"):
                self.heading(num, _inline(c), strip=True)
                num = None
            elif tag == "content":
                for p in c.findall(akn("p")):
                    self.text_block(PARA, _inline(p), None)
        if num is not None:
            self.heading_num(num)

    def points(self, lst, into: list[ItemB]) -> None:
        for c in _kids(lst):
            tag = _local(c)
            if tag == "point":
                item = self.point(c)
                prev = into[-1] if into else None
                same = prev is not None and labels.follows(prev.label, prev.ltype, item.label)
                item.ltype = prev.ltype if same and prev else labels.kind_of(item.label)
                into.append(item)
            elif tag in ("sublist", "list"):
                # a sublist after a point holds that point's own sub-points, unless its
                # labels go on from that point's (ii) after (i): a misplaced sublist
                target = into[-1].items if into else into
                first = c.find(akn("point"))
                if into and first is not None and first.find(akn("num")) is not None:
                    label = labels.label_of(_num_text(first.find(akn("num")))) or ""
                    if labels.follows(into[-1].label, into[-1].ltype, label):
                        target = into
                self.points(c, target)

    def point(self, pt) -> ItemB:
        num = pt.find(akn("num"))
        label = _num_text(num) if num is not None else ""
        label = _label_of(label) or label
        host = pt.find(akn("content"))
        if host is None:
            host = pt.find(akn("intro"))
        if host is None:
            ps = pt.findall(akn("p"))
            line = _inline(ps[0]) if ps else Inline()
        else:
            line = _joined(host)
        item = ItemB(label, line)
        for c in _kids(pt):
            if _local(c) in ("list", "sublist"):
                self.points(c, item.items)
        return item

    # -- text blocks and headings --------------------------------------------------------
    def text_block(self, kind: str, line: Inline, num: str | None, text_kind=False) -> None:
        """A paragraph's text, or a sub-point written as a paragraph of its own ("(a) To
        cooperate ..."), which the text reader would make a point of the one before."""
        if num is None:
            holder = self.last_holder()
            if holder is not None and labels.split_label(line.text) and self.pending_num is None:
                self.add_item(holder, line)
                return
            m = _NUM_IN_TEXT.match(line.text)
            if m and kind == PRE:
                kind = PARA  # "10. Looks forward ...": an operative paragraph, misplaced
            if m is None and kind == PARA:
                m = _BARE_NUM_IN_TEXT.match(line.text)
                if m and self.last_num() != str(int(m.group(1)) - 1):
                    m = None
            if m and self.pending_num is None:
                num, line = m.group(1), _cut(line, m.end())
        self.add(Block(kind, line, num=num, text_kind=text_kind))

    def add_item(self, holder: Block, line: Inline) -> None:
        got = labels.split_label(line.text)
        if got is None:
            self.add(Block(PARA, line))
            return
        _nest(holder.items, ItemB(got[0], _cut(line, got[1])))

    def heading(self, num: str | None, line: Inline, strip: bool = False) -> None:
        text = line.text
        if strip and num is not None:
            # "I. Organization of work" under num "I.": the number once
            text = re.sub(rf"^\(?{re.escape(num)}\)?\.?\s*", "", text)
        if strip:
            text = re.sub(r"^[.\s]+", "", text)  # ". Establishment": a stray full stop
        if num is None and _BARE_NUM.match(text):
            self.heading_num(text)
            return
        m = _ROMAN_HEADING.match(text) if num is None else None
        if m and labels.value_of(m.group(1), "roman"):
            num, text = m.group(1), m.group(2)  # "II Informal system": a number, then words
        self.add(Block(HEADING, Inline(text=text), num=num))

    def heading_num(self, num: str) -> None:
        m = _BARE_NUM.match(num)
        self.add(Block(HEADING, Inline(), num=m.group(1) if m else num))


def _bold_heading(line: Inline, has_list: bool) -> bool:
    """A paragraph all in bold, with no number, that does not open a list or a sentence:
    how the French, Russian and Arabic files often mark a heading the English styles."""
    text = line.text
    return (
        line.bold
        and not has_list
        and bool(text)
        and not text.endswith((":", ",", ";"))
        and labels.split_label(text) is None
    )


def _joined(el) -> Inline:
    """The `p`s of `el` as one line (a formula, an intro, a table cell)."""
    if el is None:
        return Inline()
    ps = el.findall(akn("p"))
    if not ps:
        return _inline(el)
    return _join_lines([_inline(p) for p in ps])


def _join_lines(lines: list[Inline]) -> Inline:
    if not lines:
        return Inline()
    if len(lines) == 1:
        return lines[0]
    out = Inline(italic_lead=lines[0].italic_lead)
    for line in lines:
        if not line.text and not line.refs:
            continue
        shift = len(out.text) + (1 if out.text else 0)
        out.text = f"{out.text} {line.text}" if out.text else line.text
        base = len(out.refs)
        out.refs.extend((m, o + shift) for m, o in line.refs)
        out.notes.extend((k + base, n) for k, n in line.notes)
    return out


def _row(cells: list[Inline]) -> Inline:
    """A table row as one line: its cells' texts, " | " between."""
    out = Inline()
    for cell in cells:
        if not cell.text and not cell.refs:
            continue
        shift = len(out.text) + (3 if out.text else 0)
        out.text = f"{out.text} | {cell.text}" if out.text else cell.text
        base = len(out.refs)
        out.refs.extend((m, o + shift) for m, o in cell.refs)
        out.notes.extend((k + base, n) for k, n in cell.notes)
    return out


def _cut(line: Inline, start: int) -> Inline:
    """The line from `start` on (a label or number taken off its front)."""
    out = Inline(text=line.text[start:], italic_lead=line.italic_lead)
    for m, o in line.refs:
        out.refs.append((m, max(0, o - start)))
    out.notes = list(line.notes)
    return out


def _nest(items: list[ItemB], item: ItemB) -> None:
    """Add a point written as a paragraph of its own where its label puts it, as the text
    reader does: the next label of an open list continues it ((b) after (a), closing any
    list opened under (a)); any other label opens a list under the last point."""
    path: list[list[ItemB]] = [items]
    while path[-1] and path[-1][-1].items:
        path.append(path[-1][-1].items)
    for level in reversed(path):
        if level and labels.follows(level[-1].label, level[-1].ltype, item.label):
            item.ltype = level[-1].ltype
            level.append(item)
            return
    item.ltype = labels.kind_of(item.label)
    (path[-1][-1].items if path[-1] else items).append(item)


# -- assembly -----------------------------------------------------------------------------

_ANNEX = re.compile(
    r"^(?:Annex|Annexe|Anexo|Приложение|المرفق|附件)(?:\s+([IVXLC]{1,6}|\d{1,2}|[A-Z]))?\W{0,3}$",
    re.I,
)
_STRUCTURAL = re.compile(r"^(?:Preamble|Part|Article|Rule|Principle|Section|Chapter)\b")


@dataclass(slots=True)
class _ParaB:
    kind: str
    block: Block
    section: str | None


class _Assembler:
    """Blocks -> paragraphs, sections and footnotes, as `structure` makes them from lines."""

    def __init__(self, prefix: str = "") -> None:
        self.prefix = prefix
        self.formula: str | None = None
        self.paras: list[_ParaB] = []
        self.sections: list[Section] = []
        self.section: Section | None = None
        self.last_kind: str | None = None
        self.zone = PREAMBULAR
        self.leads = False  # kinds from leads (annex prose) rather than from the markup

    def run(self, blocks: list[Block]) -> None:
        _preamble_first(blocks)
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
        lead = lead_of(b.line.text, b.line.italic_lead) if b.line.text else None
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
        seen: set[str] = set()
        k_pre = k_un = 0
        for p in self.paras:
            b = p.block
            if p.kind == PREAMBULAR:
                k_pre += 1
                eid = f"{prefix}preamble__container_{k_pre}"
            elif b.num and _eid_part(b.num):
                eid = f"{prefix}para_{_eid_part(b.num)}"
                if restarts and p.section:
                    eid = f"{p.section}__para_{_eid_part(b.num)}"
            else:
                k_un += 1
                eid = f"{prefix}para_u{k_un}" if nums else f"{prefix}para_{k_un}"
            if eid in seen:
                n = 2
                while f"{eid}_{n}" in seen:
                    n += 1
                eid = f"{eid}_{n}"
            seen.add(eid)
            _notes(b.line, eid, notes)
            lead = lead_of(b.line.text, b.line.italic_lead) if b.line.text else None
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


# -- the document -------------------------------------------------------------------------


def read(top, components) -> Document:
    parts = _parts(top, components)
    header = read_header(top, squashed=True, part=parts[0] if parts else None)
    blocks = _Blocks()
    if parts:
        for st in parts:
            letter, title = _part_heading(st)
            blocks.add(Block(PART, Inline(text=title or ""), num=letter))
            blocks.statement(st)
    else:
        blocks.statement(top)
    _drop_meeting_line(blocks.out, header.fields.get("meeting"))
    _unmarked_headings(blocks.out)
    asm = _Assembler()
    asm.run(blocks.out)
    notes = list(header.notes)
    paras = asm.records(notes)
    preamble = [p for p in paras if p.kind == PREAMBULAR]
    operative = [p for p in paras if p.kind != PREAMBULAR]
    annexes = []
    for st in parts or [top]:
        for att in st.iter(akn("attachment")):
            for chunk in _annex_chunks(att):
                annexes.append(_annex(len(annexes) + 1, chunk, notes))
    return Document(
        formula=asm.formula,
        preamble=tuple(preamble),
        operative=tuple(operative),
        sections=tuple(asm.sections),
        annexes=tuple(annexes),
        footnotes=tuple(notes),
        **header.fields,
    )


def _unmarked_headings(blocks: list[Block]) -> None:
    """A heading the markup left a plain paragraph ("一 导言", the Chinese files' way): short,
    with words, no number, no footnote, no closing punctuation, and a numbered or a
    preambular paragraph after it (as the text reader tells a heading)."""
    for k, b in enumerate(blocks[:-1]):
        nxt = blocks[k + 1]
        if b.kind != PARA or b.num is not None or b.items or b.text_kind or b.line.refs:
            continue
        text = b.line.text
        if not text or len(text) > 200 or text.endswith(_TERMINAL):
            continue
        if not any(c.isalpha() for c in text):
            continue  # "* * *"
        bare = _BARE_NUM.match(text) is not None and not text.isdigit()  # "三", then its title
        if bare or (nxt.kind == PARA and nxt.num is not None) or nxt.kind == PRE:
            b.kind = HEADING
            m = _ROMAN_HEADING.match(text)
            if m and labels.value_of(m.group(1), "roman"):
                b.num, b.line = m.group(1), Inline(text=m.group(2))
            elif _BARE_NUM.match(text):
                b.num, b.line = _BARE_NUM.match(text).group(1), Inline()


def _drop_meeting_line(blocks: list[Block], meeting: str | None) -> None:
    """Some language versions repeat the conclusions ("37-e пленарное заседание ...") as the
    body's last paragraph: it is the meeting line, not a paragraph."""
    while meeting and blocks:
        last = blocks[-1]
        if last.kind != PARA or last.num is not None or last.items:
            return
        if not last.line.text.startswith(meeting):
            return
        blocks.pop()


def _parts(top, components) -> list:
    """The statements of a documentCollection, in its own order (empty for a statement)."""
    if _local(top) != "documentCollection":
        return []
    by_eid = {}
    if components is not None:
        for comp in components.findall(akn("component")):
            docs = _kids(comp)
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
        docs = [d for d in _kids(inner) if _local(d) == "statement"]
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
    letter = _num_text(num) if num is not None else None
    return letter or None, _inline(title).text if title is not None else None


def _annex_chunks(att) -> list[list[Block]]:
    """An attachment's blocks, split where a heading says "Annex ...": the UN's files put
    several annexes in one attachment."""
    doc = next((c for c in _kids(att) if _local(c) != "meta"), None)
    if doc is None:
        return []
    blocks = _Blocks()
    blocks.statement(doc)
    _unmarked_headings(blocks.out)
    chunks: list[list[Block]] = []
    for b in blocks.out:
        starts = b.kind == HEADING and _ANNEX.match(_heading_text(b))
        if starts or not chunks:
            chunks.append([])
        chunks[-1].append(b)
    return [c for c in chunks if c]


def _heading_text(b: Block) -> str:
    return " ".join(x for x in (b.num, b.line.text) if x)


def _annex(k: int, blocks: list[Block], notes: list[Footnote]) -> Annex:
    heading, num = "Annex", None
    first = blocks[0]
    if first.kind == HEADING and (m := _ANNEX.match(_heading_text(first))):
        heading, num = _heading_text(first), m.group(1)
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
    asm = _Assembler(prefix=f"annex_{k}__")
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
