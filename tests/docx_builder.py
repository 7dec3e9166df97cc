"""Word files made from real text, for the DOCX reader's tests: python-docx writes them the
way Word does (automatic numbering in numbering.xml with the number absent from the text,
italic runs, footnotes in footnotes.xml with references in the text), so no binary fixture
needs review. `html_for_libreoffice` writes the same text as HTML for LibreOffice to turn
into a second producer's DOCX.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import docx
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from clausewise.ingest.blocks import Block, Run, Source

NUM = re.compile(r"^(\d{1,3})\.\s+")
ITEM = re.compile(r"^\(([a-z]{1,4})\)\s+")


def _roman(n: int) -> str:
    out = ""
    for v, sym in ((40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= v:
            out, n = out + sym, n - v
    return out


ROMANS = tuple(_roman(n) for n in range(1, 50))

# Two lists: operative paragraphs "1." and sub-items "(a)" (level 0) / "(i)" (level 1).
_ABSTRACTS = f"""
<w:abstractNum {nsdecls("w")} w:abstractNumId="90">
  <w:multiLevelType w:val="singleLevel"/>
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>
    <w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>
    <w:pPr><w:ind w:left="1247" w:firstLine="0"/></w:pPr></w:lvl>
</w:abstractNum>|<w:abstractNum {nsdecls("w")} w:abstractNumId="91">
  <w:multiLevelType w:val="multilevel"/>
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>
    <w:lvlText w:val="(%1)"/><w:lvlJc w:val="left"/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/>
    <w:lvlText w:val="(%2)"/><w:lvlJc w:val="left"/></w:lvl>
</w:abstractNum>"""


def _letter_value(label: str) -> int:
    return (ord(label[0]) - ord("a") + 1) + 26 * (len(label) - 1)


class _Lists:
    """Adds list instances (w:num) as the text needs them: one per run of consecutive
    numbers, starting where the text starts (startOverride)."""

    def __init__(self, document):
        self.numbering = document.part.numbering_part.element
        first_num = self.numbering.find(qn("w:num"))
        for xml in _ABSTRACTS.split("|"):
            el = parse_xml(xml)
            if first_num is not None:
                first_num.addprevious(el)
            else:
                self.numbering.append(el)
        self.next_id = 900
        self.para_num: str | None = None
        self.para_expect = 0
        self.item_num: str | None = None
        self.item_expect: dict[int, int] = {}

    def new(self, abstract: int, level: int, start: int) -> str:
        self.next_id += 1
        nid = str(self.next_id)
        self.numbering.append(
            parse_xml(
                f'<w:num {nsdecls("w")} w:numId="{nid}"><w:abstractNumId w:val="{abstract}"/>'
                f'<w:lvlOverride w:ilvl="{level}"><w:startOverride w:val="{start}"/>'
                f"</w:lvlOverride></w:num>"
            )
        )
        return nid

    def paragraph(self, n: int) -> tuple[str, int]:
        if self.para_num is None or n != self.para_expect:
            self.para_num = self.new(90, 0, n)
        self.para_expect = n + 1
        self.item_num = None
        return self.para_num, 0

    def item(self, label: str, prev: str | None) -> tuple[str, int]:
        roman = label in ROMANS and not (prev and len(prev) == 1 and ord(label[0]) - ord(prev) == 1)
        if roman and label != "i" and prev not in ROMANS:
            roman = False
        level = 1 if roman else 0
        value = ROMANS.index(label) + 1 if roman else _letter_value(label)
        if self.item_num is None or self.item_expect.get(level) != value:
            self.item_num = self.new(91, level, value)
        self.item_expect[level] = value + 1
        if level == 0:
            self.item_expect.pop(1, None)
        return self.item_num, level


def _num_pr(paragraph, num_id: str, level: int) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(
        parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'
        )
    )


class _Footnotes:
    def __init__(self, document, notes: dict[str, str], order: list[str]):
        self.notes = notes
        self.used: dict[str, int] = {}
        # Word numbers notes 1, 2, 3 ... from w:numStart; markers that do not run on so
        # (gaps, letters, stars) are written as custom marks
        numeric = [m for m in order if m.isdigit()]
        start = int(numeric[0]) if numeric else 1
        self.auto = numeric == [str(start + i) for i in range(len(numeric))]
        if self.auto and start != 1:
            sect = document.element.body.find(qn("w:sectPr"))
            sect.insert(
                0,
                parse_xml(
                    f'<w:footnotePr {nsdecls("w")}><w:numStart w:val="{start}"/></w:footnotePr>'
                ),
            )
        self.xml: list[str] = [
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r>'
            "<w:continuationSeparator/></w:r></w:p></w:footnote>",
        ]
        self.document = document

    def reference(self, paragraph, marker: str) -> None:
        if marker in self.used:
            # a second reference to the same note is, in Word, a NOTEREF cross-reference
            # field whose result is the note's number in superscript
            paragraph._p.append(
                parse_xml(
                    f'<w:fldSimple {nsdecls("w")} w:instr=" NOTEREF _RefNote{self.used[marker]} \\f \\h ">'
                    f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                    f"<w:t>{html.escape(marker)}</w:t></w:r></w:fldSimple>"
                )
            )
            return
        else:
            fid = self.used[marker] = len(self.used) + 1
            custom = not (marker.isdigit() and self.auto)
            mark_run = (
                f"<w:r><w:t>{html.escape(marker)}</w:t></w:r>"
                if custom
                else '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
            )
            self.xml.append(
                f'<w:footnote w:id="{fid}"><w:p>{mark_run}<w:r><w:t xml:space="preserve"> '
                f"{html.escape(self.notes[marker])}</w:t></w:r></w:p></w:footnote>"
            )
        custom = not (marker.isdigit() and self.auto)
        custom_attr = ' w:customMarkFollows="1"' if custom else ""
        text = f"<w:t>{html.escape(marker)}</w:t>" if custom else ""
        paragraph._p.append(
            parse_xml(
                f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                f'<w:footnoteReference w:id="{fid}"{custom_attr}/>{text}</w:r>'
            )
        )

    def attach(self) -> None:
        blob = (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f"<w:footnotes {nsdecls('w')}>{''.join(self.xml)}</w:footnotes>"
        ).encode()
        package = self.document.part.package
        part = Part(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, blob, package)
        self.document.part.relate_to(part, RT.FOOTNOTES)


def _strip_prefix(runs: tuple[Run, ...], n: int) -> list[Run]:
    out = list(runs)
    first = out[0]
    out[0] = Run(first.text[n:], first.italic, first.bold, first.sup)
    return [r for r in out if r.text]


def source_to_docx(source: Source, path: Path) -> Path:
    """Write `source` (as read from a text) as a Word document at `path`."""
    document = docx.Document()
    lists = _Lists(document)
    texts = {f.marker: f.text for f in source.footnotes}
    order = list(
        dict.fromkeys(r.text for b in source.blocks for r in b.runs if r.sup and r.text in texts)
    )
    notes = _Footnotes(document, texts, order)
    prev_item: str | None = None
    for block in source.blocks:
        runs = list(block.runs)
        paragraph = document.add_paragraph(style="Heading 2" if block.heading else None)
        if block.page_break:
            paragraph.add_run().add_break(docx.enum.text.WD_BREAK.PAGE)
        first = runs[0].text if runs and not runs[0].sup else ""
        m = NUM.match(first) if not block.heading else None
        mi = ITEM.match(first)
        if m:
            _num_pr(paragraph, *lists.paragraph(int(m.group(1))))
            runs = _strip_prefix(block.runs, m.end())
            prev_item = None
        elif mi:
            _num_pr(paragraph, *lists.item(mi.group(1), prev_item))
            prev_item = mi.group(1)
            runs = _strip_prefix(block.runs, mi.end())
        for r in runs:
            if r.sup and r.text in notes.notes:
                notes.reference(paragraph, r.text)
                continue
            run = paragraph.add_run(r.text)
            run.italic = r.italic or None
            run.bold = r.bold or None
            if r.sup:
                run.font.superscript = True
    notes.attach()
    document.save(path)
    return path


def html_for_libreoffice(source: Source) -> str:
    """The same text as HTML: <ol> lists for the numbers (so the number leaves the text),
    <i> for italics, and footnotes in LibreOffice's own HTML form (sdfootnote anchors),
    which its importer turns into real Word footnotes."""
    body: list[str] = []
    open_list: int | None = None
    notes = {f.marker: f.text for f in source.footnotes}
    used: dict[str, int] = {}

    def inline(runs) -> str:
        out = []
        for r in runs:
            if r.sup and r.text in used:  # a second reference: the number, as Word shows it
                out.append(f"<sup>{used[r.text]}</sup>")
                continue
            if r.sup and r.text in notes and r.text.isdigit():
                k = used.setdefault(r.text, len(used) + 1)
                out.append(
                    f'<a class="sdfootnoteanc" name="sdfootnote{k}anc" href="#sdfootnote{k}sym">'
                    f"<sup>{k}</sup></a>"
                )
                continue
            t = html.escape(r.text)
            if r.sup:
                t = f"<sup>{t}</sup>"
            if r.italic:
                t = f"<i>{t}</i>"
            if r.bold:
                t = f"<b>{t}</b>"
            out.append(t)
        return "".join(out)

    for block in source.blocks:
        runs = list(block.runs)
        first = runs[0].text if runs and not runs[0].sup else ""
        m = NUM.match(first)
        if m and not block.heading:
            n = int(m.group(1))
            if open_list is None or n != open_list:
                if open_list is not None:
                    body.append("</ol>")
                body.append(f'<ol start="{n}">')
            open_list = n + 1
            body.append(f"<li><p>{inline(_strip_prefix(block.runs, m.end()))}</p></li>")
            continue
        if open_list is not None:
            body.append("</ol>")
            open_list = None
        tag = "h2" if block.heading else "p"
        body.append(f"<{tag}>{inline(runs)}</{tag}>")
    if open_list is not None:
        body.append("</ol>")
    for marker, k in used.items():
        body.append(
            f'<div id="sdfootnote{k}"><p><a class="sdfootnotesym" name="sdfootnote{k}sym" '
            f'href="#sdfootnote{k}anc">{k}</a>{html.escape(notes[marker])}</p></div>'
        )
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>resolution</title></head>'
        "<body>\n" + "\n".join(body) + "\n</body></html>\n"
    )


def blocks_text(blocks: tuple[Block, ...]) -> list[str]:
    return [b.text for b in blocks]
