"""Elements of the UN's Akoma Ntoso -> blocks: what each one is, whatever shape it has.

A block is the formula, a preambular paragraph (a preamble `container`, or a
`crossHeading refersTo="#preamble"` opening a section), a paragraph with its number,
chapeau and points, a heading (a `section`'s num and subheadings, a `paragraph` holding
only a `subheading`, one styled or set in bold as a heading, or a short unmarked line
before a paragraph), a table row, or a part of a multi-part resolution. The shapes each
are read from are listed in docs/design.md ("The UN's own Akoma Ntoso").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from ...aknprofile import akn
from . import labels
from .inline import Inline, read_inline

FORMULA, PRE, PARA, HEADING, PART, ROW = "formula", "pre", "para", "heading", "part", "row"

# Word styles the Secretariat's headings keep as a paragraph class: H1, H23, H4, HCh, and
# the Geneva variants H1G, HChG.
_HEADING_STYLE = re.compile(r"^H(?:Ch|\d+)G?$")
_TABLE_NOTE_STYLE = "FootnoteText"
# A paragraph's number written into its text: "1 - تثني" (Arabic), "1. Takes note", and,
# right after paragraph 2, "3 Calls upon" (a tab where the number element should end).
_NUM_IN_TEXT = re.compile(r"^[\u200e\u200f]?(\d{1,3})(?:\s*[-–]|\.)[\s\u200e\u200f]+")
_BARE_NUM_IN_TEXT = re.compile(r"^[\u200e\u200f]?(\d{1,3})[\s\u200e\u200f]+(?=[^\W\d_])")
# references to other documents the markup put before the next paragraph's number, out of
# the paragraph they belong to ("2254 (2015) 2268 (2016) 59. подтверждает ..."); and a
# paragraph of such references alone, with no word: no paragraph of a resolution
_NUM_AFTER_REFS = re.compile(r"^(?:\d{1,4}\s*\(\d{4}\)\s*)+(\d{1,3})\.\s+(?=[^\W\d_])")
_WORDLESS = re.compile(r"^(?=.*\d)[^\w]*(?:\d[\d\s()/.,–-]*)$")
_CJK_NUMERAL = "[一二三四五六七八九十]{1,3}"  # a Chinese section number: 一 (I), 十三 (XIII)
_BARE_NUM = re.compile(rf"^\(?([IVXLC]{{1,6}}|[A-Z]|\d{{1,3}}|{_CJK_NUMERAL})[.)]?$")
_ROMAN_HEADING = re.compile(rf"^([IVXLC]{{1,6}}|{_CJK_NUMERAL})\.?\s+(\S.*)$")
# the end of a sentence or of a chapeau, in the six languages' punctuation
_TERMINAL = tuple(".,;:!?。，；：！？،؛")
_PREAMBULAR_END = tuple(",，،")


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


def inline(el) -> Inline:
    return read_inline(el, True) if el is not None else Inline()


def kids(el):
    return [c for c in el if isinstance(c.tag, str)]


def local(el) -> str:
    return el.tag.rsplit("}", 1)[-1]


def num_text(el) -> str:
    """ "\t1." -> "1"; "1 -" (Arabic) -> "1"; "(iii)" -> "(iii)"; "I." -> "I"."""
    text = inline(el).text.strip("\u200f\u200e ")
    return re.sub(r"^(\d+)\s*[-–]$", r"\1", text).removesuffix(".").strip()


_label_of = labels.label_of


class BlockReader:
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
        for part in kids(st):
            if part.tag == akn("preamble"):
                for el in kids(part):
                    self.preamble_child(el)
            elif part.tag == akn("mainBody"):
                self.body(part)

    def preamble_child(self, el) -> None:
        tag = local(el)
        if tag == "formula":
            self.add(Block(FORMULA, _joined(el)))
        elif tag in ("container", "paragraph"):
            ps = el.findall(akn("p"))
            self.text_block(PRE, inline(ps[0]) if ps else Inline(), None)
            for p in ps[1:]:
                self.text_block(PRE, inline(p), None)
            for lst in el.findall(akn("blockList")):
                self.block_list(lst)
        elif tag == "blockList":
            self.block_list(el)
        elif tag in ("crossHeading", "p"):
            self.text_block(PRE, inline(el), None)

    def block_list(self, lst) -> None:
        """blockList/item: the sub-points of the paragraph before it."""
        holder = self.last_holder()
        for it in lst.findall(akn("item")):
            num = it.find(akn("num"))
            label = _label_of(num_text(num)) if num is not None else None
            ps = it.findall(akn("p"))
            line = inline(ps[0]) if ps else Inline()
            if holder is None:
                self.add(Block(PARA, line, num=num_text(num) if num is not None else None))
                holder = self.out[-1]
            else:  # an item by its element, labelled or not
                _nest(holder.items, ItemB(label or "", line))

    # -- body ---------------------------------------------------------------------------
    def body(self, el) -> None:
        for c in kids(el):
            tag = local(c)
            if tag == "paragraph":
                self.paragraph(c)
            elif tag == "crossHeading":
                if c.get("refersTo") == "#preamble":
                    self.text_block(PRE, inline(c), None)  # a section's own preamble
                else:
                    self.heading(None, inline(c))
            elif tag in ("num", "heading", "subheading"):
                if tag == "num":
                    self.heading_num(num_text(c))
                else:
                    self.heading(None, inline(c))
            elif tag == "container":
                self.container(c)
            elif tag == "blockList":
                self.block_list(c)
            elif tag in ("p", "intro", "wrapUp"):
                self.text_block(PARA, inline(c) if tag == "p" else _joined(c), None)
            elif tag in ("componentRef", "documentRef", "img"):
                continue
            else:  # section, part, chapter, title, hcontainer, ...: its heading, then its body
                self.body(c)

    def container(self, el) -> None:
        tables = el.findall(".//" + akn("table"))
        if not tables:
            for p in el.iter(akn("p")):
                self.text_block(PARA, inline(p), None)
            return
        for table in tables:
            for tr in table.iter(akn("tr")):
                cells = [_joined(cell) for cell in tr if local(cell) in ("td", "th")]
                line = _row(cells)
                if line.text:
                    self.add(Block(ROW, line, text_kind=True))

    def paragraph(self, el) -> None:
        tags = [local(c) for c in kids(el)]
        num_el = el.find(akn("num"))
        num = num_text(num_el) if num_el is not None else None
        content = el.find(akn("content"))
        ps = content.findall(akn("p")) if content is not None else []
        if content is not None and not ps:
            ps = [content]
        lines = [inline(p) for p in ps]  # each read once
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
        for c in kids(el):
            tag = local(c)
            if tag in ("heading", "subheading"):
                self.heading(num, inline(c), strip=True)
                num = None
            elif tag == "content":
                for p in c.findall(akn("p")):
                    self.text_block(PARA, inline(p), None)
        if num is not None:
            self.heading_num(num)

    def points(self, lst, into: list[ItemB]) -> None:
        for c in kids(lst):
            tag = local(c)
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
                    label = labels.label_of(num_text(first.find(akn("num")))) or ""
                    if labels.follows(into[-1].label, into[-1].ltype, label):
                        target = into
                self.points(c, target)

    def point(self, pt) -> ItemB:
        num = pt.find(akn("num"))
        label = num_text(num) if num is not None else ""
        label = _label_of(label) or label
        host = pt.find(akn("content"))
        if host is None:
            host = pt.find(akn("intro"))
        if host is None:
            ps = pt.findall(akn("p"))
            line = inline(ps[0]) if ps else Inline()
        else:
            line = _joined(host)
        item = ItemB(label, line)
        for c in kids(pt):
            if local(c) in ("list", "sublist"):
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
                m = _BARE_NUM_IN_TEXT.match(line.text) or _NUM_AFTER_REFS.match(line.text)
                if m and self.last_num() != str(int(m.group(1)) - 1):
                    m = None
            if m is None and kind == PARA and _WORDLESS.match(line.text):
                return  # references the markup lost from their paragraph (a Russian file)
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
        and not text.endswith((":", ",", ";", "؛", "،", "：", "，", "；"))
        and labels.split_label(text) is None
    )


def _joined(el) -> Inline:
    """The `p`s of `el` as one line (a formula, an intro, a table cell)."""
    if el is None:
        return Inline()
    ps = el.findall(akn("p"))
    if not ps:
        return inline(el)
    return _join_lines([inline(p) for p in ps])


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


def unmarked_headings(blocks: list[Block]) -> None:
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


def drop_meeting_line(
    blocks: list[Block], meeting: str | None, pattern: re.Pattern | None = None
) -> str | None:
    """Some language versions repeat the conclusions ("37-e пленарное заседание ...") as the
    body's last paragraph, or hold the meeting line only there ("Primera sesión plenaria",
    the conclusions giving the date alone): it is the meeting line, not a paragraph. The
    meeting line the body held, if any."""
    found = None
    while blocks:
        last = blocks[-1]
        if last.kind != PARA or last.num is not None or last.items:
            break
        text = last.line.text
        if meeting and text.startswith(meeting):
            blocks.pop()
            continue
        m = pattern.match(text) if pattern is not None and len(text) < 100 else None
        if m is None:
            break
        found = found or text
        blocks.pop()
    return found


_NOTE_PARAGRAPH = re.compile(r"^([*†‡]{1,3})\s+(\S.{0,400})$")


def notes_in_body(blocks: list[Block]) -> list[tuple[str, str]]:
    """A footnote the markup wrote as a paragraph of the body ("*	A/75/150." in the French
    75/1, where the English has none): (marker, text), taken out of the blocks."""
    out = []
    for b in list(blocks):
        if b.kind == PARA and b.num is None and not b.items and not b.text_kind:
            m = _NOTE_PARAGRAPH.match(b.line.text)
            if m and any(c.isalnum() for c in m.group(2)):
                out.append((m.group(1), m.group(2)))
                blocks.remove(b)
    return out


def continued_paragraphs(blocks: list[Block], lead: Callable[[str], object]) -> None:
    """A paragraph the markup cut in two at a page ("... Организации Объединен" / "ных
    Наций ..."): an unnumbered paragraph with no lead, after a paragraph whose text stops
    without its closing punctuation, is the rest of that paragraph (or of its last point)."""
    k = 1
    while k < len(blocks):
        b, prev = blocks[k], blocks[k - 1]
        text = b.line.text
        if (
            b.kind == PARA
            and prev.kind in (PARA, PRE)
            and b.num is None
            and not b.items
            and not b.text_kind
            and not prev.text_kind
            and text
            and not text[0].isupper()
            and (text[0].isalpha() or text[0] in "…,;")
            and lead(text) is None
        ):
            holder = prev.items[-1] if prev.items else prev
            while isinstance(holder, ItemB) and holder.items:
                holder = holder.items[-1]
            last = holder.line.text.rstrip()
            # (in a script without case, only a word cut short: "18:00" over the next line
            # of a schedule ends a line of its own)
            if last and (last[-1].isalpha() or (last[-1].isdigit() and text[0].islower())):
                holder.line = _join_lines([holder.line, b.line])
                del blocks[k]
                continue
        k += 1
