"""What the UN's own AKN4UN files say, read with plain XPath: the reference the AKN reader's
records are checked against. Written apart from the reader (no clausewise code at all) so
that a fault in one does not hide in the other. Where the reader takes a markup shape for
a heading rather than a paragraph (a heading element or style, bold, a short unmarked
line before a numbered paragraph), this reading states the same rule in its own terms."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from lxml import etree

NS = {"a": "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"}
LANGUAGES = {"eng": "en", "fra": "fr", "spa": "es", "rus": "ru", "ara": "ar", "zho": "zh"}
BODIES = {"General Assembly": "GA", "Human Rights Council": "HRC"}
HEADING_CLASS = re.compile(r"^H(?:Ch|\d+)G?$")
# a point's label or a paragraph's number written into its text: "(a) ", "a) ", "’1‘ ", "㈠",
# "3. ", "3 ", "1 - " (Arabic)
LABEL = re.compile(r"^(?:\(?(?:[^\W\d_]{1,4}|\d{1,2})\)|[’‘'`]\s?\d{1,2}\s?[’‘'`]|[㈠-㈩])\s*")
NUMBER_IN_TEXT = re.compile(r"^[\u200e\u200f]?\d{1,3}(?:\s*[-–]|\.)?[\s\u200e\u200f]+")
SYMBOL = re.compile(r"[A-Z][A-Z0-9.]*(?:/[A-Za-z0-9.()\-]+)+")


def squash(s: str) -> str:
    return " ".join(s.split())


def text(el) -> str:
    """The element's text without its footnotes' text, whitespace squashed."""
    parts = []

    def walk(e):
        if e.text:
            parts.append(e.text)
        for c in e:
            if isinstance(c.tag, str) and etree.QName(c).localname not in ("authorialNote",):
                if etree.QName(c).localname == "eol":
                    parts.append(" ")
                walk(c)
            if c.tail:
                parts.append(c.tail)

    walk(el)
    return squash("".join(parts))


def one(tree, path):
    found = tree.xpath(path, namespaces=NS)
    return found[0] if found else None


def parse(path: Path):
    # (recover: one of the UN's files leaves a tag open in its masthead)
    return etree.parse(str(path), etree.XMLParser(recover=True)).getroot()


def header(root) -> dict:
    """The header fields as the masthead, preface, conclusions and FRBR metadata state them."""
    top = next(c for c in root if isinstance(c.tag, str))
    cover, preface = one(top, "a:coverPage"), one(top, "a:preface")
    out: dict = {}
    sym = one(cover, ".//a:docNumber[@refersTo='#symbol']")
    out["symbol"] = re.sub(r"\s+", "", text(sym)) if sym is not None else None
    authorities = [
        text(e)
        for e in cover.xpath(".//a:docAuthority[not(@refersTo='#publisher')]", namespaces=NS)
    ]
    out["body"] = BODIES.get(authorities[-1]) if authorities else None
    session = one(cover, ".//a:session/@value")
    out["session"] = int(session) if session else None
    numbers = [text(e) for e in preface.xpath(".//a:docNumber", namespaces=NS)]
    number = numbers[0].rstrip(".") if numbers else None
    if len(numbers) > 1 and re.fullmatch(r"[A-Z]", numbers[1]):
        number = f"{number} {numbers[1]}"
    out["number"] = number
    title = one(preface, ".//a:docTitle")
    out["title"] = text(title) if title is not None else None
    out["issued"] = one(cover, ".//a:docDate[@refersTo='#dateOfIssuance']/@date")
    components = top.getparent().xpath("a:components/a:component/a:statement", namespaces=NS)
    concl = one(top, "a:conclusions")
    if concl is None and components:
        concl = one(components[0], "a:conclusions")
    out["adopted"] = one(concl, ".//a:docDate/@date") if concl is not None else None
    meeting = None
    if concl is not None:
        meeting = one(concl, ".//a:inline[@name='adoptionMeeting'] | .//a:location")
    out["meeting"] = text(meeting) if meeting is not None else None
    agenda = one(cover, ".//a:inline[@name='agenda item']")
    out["agenda_items"] = (
        re.findall(r"\d+(?: \([a-z]{1,2}\))?", text(agenda)) if agenda is not None else []
    )
    source = one(cover, ".//a:inline[@name='originating document']")
    found = SYMBOL.findall(text(source)) if source is not None else []
    out["origin"] = found[0].rstrip(".,") if found else None
    proponent = one(cover, ".//a:docProponent")
    committee = None
    if proponent is not None and proponent.get("refersTo") not in (None, "#noMainCommittee"):
        term = one(top, f".//a:TLCTerm[@eId='{proponent.get('refersTo')[1:]}']")
        committee = term.get("showAs") if term is not None else None
    out["committee"] = committee
    status = one(cover, ".//a:docStatus")
    out["distribution"] = (
        "General"
        if status is not None and status.get("refersTo") == "#generalDistribution"
        else None
    )
    named = components[0] if components else top
    out["status"] = "draft" if "draft" in (named.get("name") or "").lower() else "adopted"
    lang = one(top, "a:meta//a:FRBRExpression/a:FRBRlanguage/@language")
    out["language"] = LANGUAGES.get(lang, lang)
    return out


def record_header(doc) -> dict:
    return {
        "symbol": doc.symbol,
        "body": doc.body,
        "session": doc.session,
        "number": doc.number,
        "title": doc.title,
        "issued": doc.dates.issued,
        "adopted": doc.dates.adopted,
        "meeting": doc.meeting,
        "agenda_items": list(doc.agenda_items),
        "origin": doc.origin,
        "committee": doc.committee,
        "distribution": doc.distribution,
        "status": doc.status,
        "language": doc.language,
    }


def _all_bold(p) -> bool:
    words = [
        (
            t,
            bool(
                t.getparent().xpath(
                    "ancestor-or-self::a:span[contains(@class, 'bold')]", namespaces=NS
                )
            ),
        )
        for t in p.xpath(".//text()[not(ancestor::a:authorialNote)]", namespaces=NS)
        if t.strip()
    ]
    # (a text node is either an element's text or a tail: a tail is outside its element)
    return bool(words) and all(
        bold
        if not t.is_tail
        else bool(
            t.getparent().getparent() is not None
            and t.getparent()
            .getparent()
            .xpath("ancestor-or-self::a:span[contains(@class, 'bold')]", namespaces=NS)
        )
        for t, bold in words
    )


def _is_heading(paragraph) -> bool:
    """A paragraph the markup makes a heading: a heading element; or, with no paragraph
    number, a heading style (H1, H23, HCh ...) or text all in bold that opens nothing."""
    if paragraph.xpath("a:heading | a:subheading", namespaces=NS) and not paragraph.xpath(
        "a:content | a:list", namespaces=NS
    ):
        return True
    num = one(paragraph, "a:num")
    if num is not None and re.sub(r"\D", "", text(num)) and text(num).rstrip(".- –").isdigit():
        return False
    if HEADING_CLASS.match(paragraph.get("class") or ""):
        return True
    ps = paragraph.xpath("a:content/a:p", namespaces=NS)
    if len(ps) != 1 or paragraph.xpath("a:list", namespaces=NS):
        return False
    t = text(ps[0])
    return _all_bold(ps[0]) and not t.endswith((":", ",", ";")) and not LABEL.match(t)


def clean(t: str) -> str:
    """A text without the label or number written at its front."""
    t = LABEL.sub("", t, count=1) if LABEL.match(t) else t
    return NUMBER_IN_TEXT.sub("", t, count=1) if NUMBER_IN_TEXT.match(t) else t


TERMINAL = tuple(".,;:!?。，；：！？،؛")


def _unmarked_heading(paragraph, t: str) -> bool:
    """A short paragraph with words and no closing punctuation, before a numbered or a
    preambular paragraph: a heading the markup did not mark (as a text reader reads it)."""
    if one(paragraph, "a:num") is not None or paragraph.xpath(".//a:authorialNote", namespaces=NS):
        return False
    if not t or len(t) > 200 or t.endswith(TERMINAL) or not any(c.isalpha() for c in t):
        return False
    if len(paragraph.xpath("a:content/a:p", namespaces=NS)) != 1:
        return False
    nxt = paragraph.getnext()
    while nxt is not None and not isinstance(nxt.tag, str):
        nxt = nxt.getnext()
    if nxt is None:
        return False
    name = etree.QName(nxt).localname
    if name == "crossHeading":
        return nxt.get("refersTo") == "#preamble"
    if name != "paragraph" or _is_heading(nxt):
        return False
    num = one(nxt, "a:num")
    return (num is not None and text(num).rstrip(".- –").isdigit()) or bool(
        NUMBER_IN_TEXT.match(
            text(one(nxt, "a:content") if one(nxt, "a:content") is not None else nxt)
        )
    )


def paragraph_texts(root) -> Counter:
    """Every paragraph, chapeau, point and table row the body holds, as clean text: a
    point's or paragraph's label or number written into its text left out."""
    out: Counter = Counter()
    blocks = root.xpath(
        ".//a:preamble/a:container/a:p | .//a:preamble/a:blockList/a:item/a:p"
        " | .//a:crossHeading[@refersTo='#preamble']"
        " | .//a:mainBody//a:p[not(ancestor::a:table)][not(ancestor::a:authorialNote)]",
        namespaces=NS,
    )
    for el in blocks:
        para = next(
            (a for a in el.iterancestors() if etree.QName(a).localname == "paragraph"), None
        )
        if para is not None and _is_heading(para):
            continue
        if para is not None and _unmarked_heading(para, text(el)):
            continue
        t = clean(text(el))
        if t:
            out[t] += 1
    for tr in root.xpath(".//a:mainBody//a:table//a:tr", namespaces=NS):
        cells = [
            squash(" ".join(text(p) for p in c.xpath("a:p", namespaces=NS)) or text(c))
            for c in tr.xpath("a:td | a:th", namespaces=NS)
        ]
        row = clean(" | ".join(c for c in cells if c))
        if row:
            out[row] += 1
    return out


def record_texts(doc) -> Counter:
    out: Counter = Counter()

    def items(its):
        for it in its:
            if it.text:
                out[clean(it.text)] += 1
            items(it.items)

    for p in doc.all_paragraphs():
        if p.text:
            out[clean(p.text)] += 1
        items(p.items)
    for a in doc.annexes:
        if a.formula:
            out[a.formula] += 1  # an annexed text's own formula, a paragraph in the markup
    return out
