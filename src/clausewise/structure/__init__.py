"""Lines -> Document: header, preamble, operative part, annexes, footnotes at their place."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from ..errors import InputError
from ..frozen import maker
from ..grammar import detect, language
from ..ingest.blocks import Source
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
from ..symbols import resolution_symbol
from .amendment import is_instruction, read_instructions
from .body import (
    ARTICLE_RE,
    DECISION_FORMULA,
    ITEM_RE,
    NUM_RE,
    ROMAN_HEAD,
    BodyResult,
    ItemB,
    annex_heading,
    declaration,
    is_formula,
    lead_of,
    parse_body,
)
from .eids import ParagraphEids
from .header import BODY_NAMES, Header, is_header_line, is_masthead_line, parse_header
from .lines import Line, ends_terminal, flatten

__all__ = ["build"]

_FORMULA_BODY = re.compile(r"^[“\"]?The\s+(.+?)\s*,?$")
_SYMBOL_BODY = (
    ("A/HRC/", "HRC"),
    ("E/CN.4/", "CHR"),
    ("A/", "GA"),
    ("S/", "SC"),
    ("E/", "ECOSOC"),
    ("UNEP/EA", "UNEA"),
)


def build(source: Source, strict: bool = True) -> Document:
    """Lines -> Document. `strict`: a text that stops mid-paragraph is an error (a file cut
    short), not a warning (a known-incomplete text from a corpus)."""
    plain = source.no_controls
    lines = [flatten(b, plain) for b in source.blocks]
    lines = [line for line in lines if line.text]
    if not lines:
        raise InputError("empty: no text to read", source.name)
    start = _body_start(lines)
    lang = None
    if not is_formula(lines[start].text if start < len(lines) else ""):
        # no English formula: another language's text, if its formula or its script says so
        lang = detect([ln.text for ln in lines[:120]])
    if lang is not None:
        return _build_foreign(source, lines, lang, strict)
    header = parse_header(lines[:start])
    body_lines = lines[start:]
    if header.status == "amendment":
        return _amendment(source, header, body_lines, strict)
    embedded = _embedded_start(body_lines)
    body = parse_body(body_lines[:embedded] if embedded is not None else body_lines)
    annexes = []
    if embedded is not None:
        rest = body_lines[embedded:]
        cut = next((i for i, ln in enumerate(rest) if annex_heading(ln.text)), len(rest))
        annexes.append(_annex(1, None, rest[:cut], body_lines[embedded - 1].text))
        annex_lines = rest[cut:]
    else:
        annex_lines = body_lines[body.annex_start :] if body.annex_start is not None else []
    for chunk in _split_annexes(annex_lines):
        annexes.append(_annex(len(annexes) + 1, chunk[0], chunk[1:]))
    return _assemble(source, header, body, annexes, strict)


# "Adopts the following political declaration:" / "Solemnly proclaims the following
# Declaration ...:" - the text it adopts follows inline, with no "Annex" heading, and its
# numbered paragraphs are its own, not the resolution's operative part (A/RES/73/3).
_ADOPTS = re.compile(
    r"^(?:\d{1,3}\.\s*)?(?:Solemnly\s+)?(?:Adopts|Approves|Endorses|Proclaims|Declares)\b"
    r".{0,300}\bthe following\b.{0,300}:$"
)
_OBJECT = re.compile(r"\bthe following\s+(.+?)(?:,|\s+(?:as|approved|adopted|annexed)\b|:$)")


def _embedded_start(lines: list[Line]) -> int | None:
    """Where a text adopted inline begins, or None."""
    for i, line in enumerate(lines[:-1]):
        # (_ADOPTS ends with ":", which spares nearly every line the regex)
        if i == 0 or not line.text.endswith(":") or not _ADOPTS.match(line.text):
            continue
        nxt = lines[i + 1].text
        if nxt.startswith("(") or annex_heading(nxt):
            continue  # its own items follow, or a real annex
        return i + 1
    return None


def _body_start(lines: list[Line]) -> int:
    for i, line in enumerate(lines):
        if is_formula(line.text):
            return i
        if (
            DECISION_FORMULA.match(line.text)
            and i + 1 < len(lines)
            and ITEM_RE.match(lines[i + 1].text)
        ):
            return i  # "The General Assembly:" over "(a) Approves ..."
    for i, line in enumerate(lines):
        if declaration(line.text) and not line.label:  # "1. We, ..." is numbered
            return i
    # No formula: the body opens with the first line that reads like one (a lead, a number,
    # an amendment's instruction) after the header's lines. The masthead ("United Nations",
    # a title) is no header line, and stopping at it lost the whole header.
    header_seen = False
    for i, line in enumerate(lines):
        t = line.text
        if line.label or NUM_RE.match(t) or lead_of(t, line.italic_lead) or is_instruction(t):
            if any(is_masthead_line(ln) for ln in lines[i + 1 : i + 4]):
                continue  # an agenda item's title ("Review of the efficiency of ...")
            if header_seen:
                return i
            break
        if len(t) <= 200 and is_header_line(line):
            header_seen = True
        elif len(t) > 150 or (ends_terminal(t) and not t.endswith(":")):
            break  # prose: no masthead line, so the body began at the first non-header line
    for i, line in enumerate(lines):
        if not is_header_line(line):
            return i
    return len(lines)


def _build_foreign(source: Source, lines: list[Line], lang: str, strict: bool) -> Document:
    """A text in French, Spanish, Russian, Arabic or Chinese: the header by the language's
    masthead wording, the body by its formula, leads, point labels and meeting line;
    numbering, points, sections and footnotes as in English."""
    from .masthead import parse_header as foreign_header

    grammar = language(lang)
    start = next(
        (i for i, ln in enumerate(lines) if grammar.body_of_formula(ln.text) is not None), None
    )
    if start is None:  # no formula: the first line that opens with a lead or a number
        start = next(
            (
                i
                for i, ln in enumerate(lines)
                if ln.label or NUM_RE.match(ln.text) or lead_of(ln.text, None, lang)
            ),
            0,
        )
    header = foreign_header(lines[:start], grammar)
    body_lines = lines[start:]
    body = parse_body(body_lines, lang=lang)
    annexes: list[tuple[int, str, str | None, BodyResult]] = []
    annex_lines = body_lines[body.annex_start :] if body.annex_start is not None else []
    for chunk in _split_annexes(annex_lines, grammar.annex):
        k, heading, title, _ = _annex(len(annexes) + 1, chunk[0], chunk[1:])
        annexes.append((k, heading, title, parse_body(chunk[1:], own=False, lang=lang)))
    doc = _assemble(source, header, body, annexes, strict, lang)
    return replace(doc, language=lang)


def _split_annexes(lines: list[Line], pattern: re.Pattern | None = None) -> list[list[Line]]:
    chunks: list[list[Line]] = []
    for line in lines:
        starts = pattern.match(line.text) if pattern is not None else annex_heading(line.text)
        if starts or not chunks:
            chunks.append([line])
        else:
            chunks[-1].append(line)
    return chunks


def _annex(k: int, head: Line | None, rest: list[Line], adopting: str | None = None):
    """An annex (after its "Annex" heading line), or a text adopted inline (head None)."""
    title_parts: list[str] = []
    # The annex's title: the short lines before its first paragraph or formula.
    while rest and len(title_parts) < 3:
        t = rest[0].text
        if (
            is_formula(t)
            or rest[0].label  # Word's automatic number: a numbered paragraph
            or declaration(t)
            or NUM_RE.match(t)
            or ROMAN_HEAD.match(t)
            or ARTICLE_RE.match(t)
            or lead_of(t, None)
            or len(t) > 250
            or (ends_terminal(t) and not t.endswith((":", ".")) and len(t) > 120)
            # a line that introduces a list ("... the following mandates:") is a paragraph
            or (len(rest) > 1 and t.endswith(":") and ITEM_RE.match(rest[1].text))
        ):
            break
        title_parts.append(t)
        rest = rest[1:]
        if len(t) > 120:
            break
    if head is not None:
        m = annex_heading(head.text)
        if m and m.group(2):  # "Annex A – Items ...": the title rides on the heading line
            title_parts.insert(0, m.group(2).strip())
            heading = head.text[: m.start(2)].rstrip(" –—:-")
        else:
            heading = head.text
        title = " ".join(title_parts) or None
    elif title_parts:
        heading, title = title_parts[0], " ".join(title_parts[1:]) or None
    else:
        m = _OBJECT.search(adopting or "")
        heading, title = (m.group(1).strip() if m else "Annex"), None
    return k, heading, title, parse_body(rest, own=False)


def _amendment(source: Source, header: Header, lines: list[Line], strict: bool) -> Document:
    """A document that amends a draft: its header, its paragraphs as written, and the
    instructions they give."""
    body = parse_body(lines)
    texts: list[str] = []

    def put_items(items: list[ItemB]) -> None:
        for it in items:
            texts.append(f"({it.num}) {it.text}")
            put_items(it.items)

    for p in body.paragraphs:  # (a paragraph a page cut in two is whole again here)
        texts.append(f"{p.num}. {p.text}" if p.num else p.text)
        put_items(p.items)
    instructions, unread = read_instructions(texts)
    doc = _assemble(source, header, body, [], strict)
    warnings = doc.warnings + unread
    if not instructions:
        warnings += ("amendment: no instruction found",)
    return replace(doc, instructions=instructions, warnings=warnings)


# -- records ----------------------------------------------------------------------------


# (positional constructors for the records made once per paragraph: see clausewise.frozen)
_make_item = maker(Item)
_make_paragraph = maker(Paragraph)
_make_ref = maker(FootnoteRef)


def _refs(refs: list[tuple[str, int]]) -> tuple[FootnoteRef, ...]:
    return tuple([_make_ref(m, o) for m, o in refs]) if refs else ()


def _items(items: list[ItemB], parent: str, foreign: bool = False) -> tuple[Item, ...]:
    out = []
    for k, it in enumerate(items, 1):
        # a bullet has no label of its own: its eid counts its place, as AKN does
        label = it.num if it.num.isalnum() else str(k)
        if foreign:  # "ب", "㈡": the eid says "b", "ii", as in every language's AKN
            from ..ingest.akn.labels import eid_label

            label = eid_label(it.num, it.ltype, k)
        eid = f"{parent}__list_1__point_{label}"
        out.append(
            _make_item(
                eid,
                it.num,
                it.text.strip(),
                _items(it.items, eid, foreign) if it.items else (),
                _refs(it.refs),
            )
        )
    return tuple(out)


def _paragraphs(
    body: BodyResult, prefix: str, foreign: bool = False
) -> tuple[list[Paragraph], list[Paragraph], list[Section]]:
    sections = [Section(prefix + s.eid, s.num, s.heading) for s in body.sections]
    ops = [p for p in body.paragraphs if p.kind != PREAMBULAR]
    nums = Counter(p.num for p in ops if p.num)
    restarts = any(c > 1 for c in nums.values())
    any_num = bool(nums)
    pre: list[Paragraph] = []
    op: list[Paragraph] = []
    eids = ParagraphEids(prefix, restarts, any_num)
    for p in body.paragraphs:
        section = prefix + p.section if p.section else None
        eid = eids.next(p.kind == PREAMBULAR, p.num, section)
        para = _make_paragraph(
            eid,
            p.kind,
            p.num,
            p.lead,
            p.text.strip(),
            _items(p.items, eid, foreign) if p.items else (),
            _refs(p.refs),
            section,
        )
        (pre if p.kind == PREAMBULAR else op).append(para)
    return pre, op, sections


def _occurrences(doc_paras: list[Paragraph]) -> list[tuple[str, str]]:
    """(marker, eid) for each footnote marker in document order, items included."""
    out: list[tuple[str, str]] = []

    def walk_items(items: tuple[Item, ...]) -> None:
        for it in items:
            out.extend((r.marker, it.eid) for r in it.footnotes)
            walk_items(it.items)

    for p in doc_paras:
        if p.footnotes:
            out.extend((r.marker, p.eid) for r in p.footnotes)
        if p.items:
            walk_items(p.items)
    return out


def _attach_footnotes(source: Source, occ: list[tuple[str, str]]):
    """Each footnote text to the place of its marker: `occ`, (marker, eid) in document
    order."""
    notes: list[Footnote] = []
    warnings: list[str] = []
    pos = 0
    used: set[int] = set()
    for note in source.footnotes:
        where = None
        # footnotes come in document order: look from the last match on, then from the start
        for rng in (range(pos, len(occ)), range(0, pos)):
            for i in rng:
                if occ[i][0] == note.marker and i not in used:
                    where = i
                    break
            if where is not None:
                break
        if where is None:
            for i, (m, _) in enumerate(occ):
                if m == note.marker:
                    where = i
                    break
        if where is None:
            notes.append(Footnote(note.marker, note.text, None))
            warnings.append(f"footnote {note.marker}: its text has no marker in the document")
            continue
        used.add(where)
        pos = where
        notes.append(Footnote(note.marker, note.text, occ[where][1]))
    defined = {n.marker for n in source.footnotes}
    missing: dict[str, str] = {}
    for m, eid in occ:
        if m not in defined and m not in missing:
            missing[m] = eid
    if missing:
        if len(missing) == 1:
            ((m, eid),) = missing.items()
            warnings.append(f"footnote {m}: marker in {eid} has no footnote text")
        else:
            warnings.append("footnotes " + ", ".join(missing) + ": markers without footnote text")
    return notes, warnings


def _body_from(header: Header, formula: str | None, symbol: str | None) -> str | None:
    if header.body:
        return header.body
    if formula:
        m = _FORMULA_BODY.match(formula)
        if m and m.group(1) in BODY_NAMES:
            return BODY_NAMES[m.group(1)]
    if symbol:
        for prefix, body in _SYMBOL_BODY:
            if symbol.startswith(prefix):
                return body
    return None


def _number_from_symbol(symbol: str | None) -> str | None:
    if not symbol:
        return None
    m = re.fullmatch(r"(?:A|A/HRC|E)/RES/(\d+/\d+)([A-Z]?)", symbol)
    if m:
        return m.group(1) + (f" {m.group(2)}" if m.group(2) else "")
    m = re.fullmatch(r"S/RES/(\d+)\((\d{4})\)", symbol)
    if m:
        return f"{m.group(1)} ({m.group(2)})"
    return None


def _session_from(body: str | None, number: str | None, symbol: str | None) -> int | None:
    if number and body in ("GA", "HRC"):
        m = re.match(r"(\d+)/", number)
        if m:
            return int(m.group(1))
    if symbol:
        m = re.match(r"(?:A/HRC|A)/(?:RES/|C\.\d/|S-)?(\d+)/", symbol)
        if m:
            return int(m.group(1))
    return None


def _assemble(
    source, header: Header, body: BodyResult, annexes, strict: bool, lang: str | None = None
) -> Document:
    foreign = lang is not None and lang != "en"
    pre, op, sections = _paragraphs(body, "", foreign)
    annex_records: list[Annex] = []
    meeting, adopted = body.meeting, body.adopted
    for k, heading, title, abody in annexes:
        prefix = f"annex_{k}__"
        apre, aop, asec = _paragraphs(abody, prefix, foreign)
        m = annex_heading(heading)
        # a text adopted inline ends with the resolution's own meeting line
        meeting, adopted = meeting or abody.meeting, adopted or abody.adopted
        annex_records.append(
            Annex(
                eid=f"annex_{k}",
                num=m.group(1) if m else None,
                heading=heading,
                title=title,
                formula=abody.formula,
                paragraphs=tuple(apre + aop),
                sections=tuple(asec),
            )
        )
    occ = [(m, "header") for m in header.header_markers] + _occurrences(pre + op)
    occ += body.heading_refs  # (markers on section headings: the section holds them)
    for (k, _, _, abody), record in zip(annexes, annex_records, strict=True):
        # the markers of a declaration's "We, the Heads of State ..." belong to its annex
        occ += [(m, record.eid) for m in abody.formula_refs]
        occ += _occurrences(list(record.paragraphs))
        occ += [(m, f"annex_{k}__{eid}") for m, eid in abody.heading_refs]
    notes, warnings = _attach_footnotes(source, occ)
    warnings = list(source.warnings) + warnings

    symbol = source.symbol or header.symbol
    body_code = _body_from(header, body.formula, symbol)
    if foreign and body.formula:
        body_code = language(lang).body_of_formula(body.formula) or header.body or body_code
    number = header.number or _number_from_symbol(symbol)
    if number and header.part and not number.endswith(f" {header.part}"):
        number = f"{number} {header.part}"
    adopted = header.adopted or adopted
    status = header.status
    if symbol and "/L." in symbol and status != "amendment":
        status = "draft"
    if status is None:
        status = (
            "adopted"
            if (adopted or meeting or number or (symbol and "/RES/" in symbol))
            else "draft"
        )
    if symbol is None and status == "adopted":
        symbol = resolution_symbol(body_code, number)
    doc_type = header.doc_type
    if doc_type is None:
        if body.declaration:
            doc_type = "declaration"
        elif body.formula:
            doc_type = "resolution"
        elif any(p.kind == OPERATIVE and p.lead for p in op):
            doc_type = "statement" if (symbol and "PRST" in symbol) else "resolution"
        else:
            doc_type = "other"
    session = header.session or _session_from(body_code, number, symbol)

    note_text = {n.marker: n.text for n in notes if n.paragraph == "header"}
    sponsors = tuple(
        Sponsor(name, mk, note_text.get(mk) if mk else None) for name, mk in header.sponsors
    )

    if status != "amendment":  # (its instructions are its body: build checks them)
        _check_is_resolution(source, header, body, pre, op, symbol)

    try:
        _check_truncated(source, body, pre, op, annex_records)
    except InputError as exc:
        if strict:
            raise
        warnings.append(exc.message)
    if body.formula and not op and not annex_records and doc_type == "resolution":
        warnings.append("no operative paragraphs found")

    return Document(
        body=body_code,
        session=session,
        status=status,
        title=header.title,
        number=number,
        symbol=symbol,
        doc_type=doc_type,
        agenda_items=tuple(header.agenda_items),
        distribution=header.distribution,
        dates=Dates(issued=header.issued, adopted=adopted),
        sponsors=sponsors,
        origin=header.origin,
        committee=header.committee,
        meeting=meeting or header.meeting,
        formula=body.formula,
        preamble=tuple(pre),
        operative=tuple(op),
        sections=tuple(sections),
        annexes=tuple(annex_records),
        footnotes=tuple(notes),
        warnings=tuple(warnings),
        # the formula patterns are English ("The General Assembly,", "We, the Heads ..."):
        # a text in which one was found is in English
        language="en" if body.formula else None,
        amends=header.amends,
    )


def _check_is_resolution(source, header: Header, body: BodyResult, pre, op, symbol) -> None:
    if body.formula:
        return
    # Every UN document has a body and a distribution, so those tell nothing: a header that
    # names sponsors, an adoption or a number does (a Secretariat's note has none of them).
    # A symbol given from outside (a corpus record) vouches for the text.
    signals = [header.adopted, header.sponsors, header.number, source.symbol]
    if any(signals) and (pre or op):
        return
    led = sum(1 for p in pre + op if p.lead)
    if led >= 2 and led >= (len(pre) + len(op)) // 3:
        return
    raise InputError(
        'not a resolution: no formula ("The General Assembly,"), no UN header and no '
        "paragraphs that open like a resolution's",
        source.name,
    )


def _check_truncated(source, body: BodyResult, pre, op, annexes) -> None:
    if annexes or body.meeting or not body.formula:
        return
    paras = pre + op
    if not paras:
        raise InputError("truncated: the text stops after the formula", source.name)
    last = paras[-1]
    text = last.items[-1].text if last.items else last.text
    # Only a real paragraph (numbered, or opening with a lead) can be cut off; a trailing
    # short line is a heading or a list title the source left unmarked.
    if (last.num or last.lead) and not ends_terminal(text) and text[-1:].isalnum():
        tail = " ".join(text.split()[-6:])
        raise InputError(f"truncated: the text stops mid-paragraph (…{tail})", source.name)
    if not op and last.kind == PREAMBULAR and text.rstrip().endswith(","):
        raise InputError("truncated: the text stops inside the preamble", source.name)
