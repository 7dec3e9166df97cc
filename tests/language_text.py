"""Text of a resolution in its own language, made from the UN's Akoma Ntoso file: the
masthead as the file's cover page words it, then the formula, the paragraphs with their
numbers and point labels as the language writes them ("a)", "(أ)", "(a)"), the footnote
markers raised in place and the notes at the end, and the meeting line. What a user holds
who copies a resolution from its page, and what LibreOffice prints to PDF for the tests."""

from __future__ import annotations

import html
import re
from pathlib import Path

from lxml import etree

from clausewise import parse_file
from clausewise.model import Document, Item

NS = {"a": "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"}
_SUP = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def label(lang: str, num: str) -> str:
    """A point's label as the language's texts write it."""
    if lang in ("fr", "es", "ru"):
        return f"{num})"
    return f"({num})"


def masthead(path: Path) -> list[str]:
    """The cover page's lines and the preface's "75/180. Title", as the file words them."""
    tree = etree.parse(str(path), etree.XMLParser(recover=True))
    out: list[str] = []
    for cover in tree.iterfind(".//a:coverPage", NS):
        for el in cover.iter():
            if not isinstance(el.tag, str) or el.tag.rsplit("}", 1)[-1] not in (
                "p",
                "docProponent",
            ):
                continue
            text = " ".join("".join(el.itertext()).split())
            if text and text not in out:
                out.append(text)
    for preface in tree.iterfind(".//a:preface", NS):
        text = " ".join("".join(t for t in preface.itertext()).split())
        if text:
            out.append(text)
        break
    return out


def conclusions(path: Path) -> list[str]:
    tree = etree.parse(str(path), etree.XMLParser(recover=True))
    for el in tree.iterfind(".//a:conclusions", NS):
        lines = []
        for p in el.iterfind("a:p", NS):
            parts = [" ".join("".join(c.itertext()).split()) for c in p if isinstance(c.tag, str)]
            lines += [x for x in parts if x]
        return lines
    return []


def _marked(text: str, refs, notes: list[str], doc: Document) -> str:
    """The text with its footnote markers raised at their offsets."""
    out, pos = [], 0
    for ref in refs:
        out.append(text[pos : ref.offset])
        out.append(ref.marker.translate(_SUP) if ref.marker.isdigit() else ref.marker)
        pos = ref.offset
    out.append(text[pos:])
    return "".join(out)


def paragraphs(doc: Document, lang: str) -> list[tuple[str, str | None]]:
    """(line, lead) for each paragraph and point: the lead to italicise."""
    notes: list[str] = []
    lines: list[tuple[str, str | None]] = []

    def items(its: tuple[Item, ...]) -> None:
        for it in its:
            lines.append(
                (f"{label(lang, it.num)} {_marked(it.text, it.footnotes, notes, doc)}", None)
            )
            items(it.items)

    section = None
    for p in doc.preamble + doc.operative:
        if p.section != section and p.section is not None:
            sec = next(s for s in doc.sections if s.eid == p.section)
            head = " ".join(x for x in (sec.num and f"{sec.num}.", sec.heading) if x)
            if head:
                lines.append((head, None))
        section = p.section
        text = _marked(p.text, p.footnotes, notes, doc)
        lines.append((f"{p.num}. {text}" if p.num else text, p.lead))
        items(p.items)
    return lines


def text_of(path: Path) -> tuple[str, Document]:
    """The clean text of the resolution in `path` and its record read from the AKN."""
    doc = parse_file(path)
    lang = doc.language or "en"
    out = masthead(path)
    out.append(doc.formula or "")
    out += [line for line, _ in paragraphs(doc, lang)]
    out += conclusions(path)
    for note in doc.footnotes:
        if note.paragraph not in (None, "header") and note.marker.isdigit():
            out.append(f"{note.marker.translate(_SUP)} {note.text}")
    return "\n\n".join(out) + "\n", doc


def html_of(path: Path) -> tuple[str, Document]:
    """The same text as HTML for LibreOffice, leads in italics (as the UN sets them)."""
    doc = parse_file(path)
    lang = doc.language or "en"
    rtl = ' dir="rtl"' if lang == "ar" else ""
    body = [f"<p>{html.escape(line)}</p>" for line in masthead(path)]
    body.append(f"<p>{html.escape(doc.formula or '')}</p>")
    for line, lead in paragraphs(doc, lang):
        esc = html.escape(line)
        if lead and line.find(lead) != -1:
            k = line.find(lead)
            esc = (
                html.escape(line[:k])
                + f"<i>{html.escape(lead)}</i>"
                + html.escape(line[k + len(lead) :])
            )
        body.append(f"<p>{esc}</p>")
    body += [f"<p>{html.escape(x)}</p>" for x in conclusions(path)]
    page = f'<html lang="{lang}"{rtl}><head><meta charset="utf-8"></head><body>{"".join(body)}</body></html>'
    return re.sub(r"[\u00a0]", " ", page), doc
