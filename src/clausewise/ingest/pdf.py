"""PDF in (the UN's own typeset resolutions): characters with their font, size and place,
read with PDFium (pypdfium2) -> lines -> blocks of styled runs, with the page furniture out
and the footnotes taken from the page bottoms.

What the page shows decides, not the content stream's order (UN PDFs write the footer
before the body): characters are grouped into lines by baseline, lines sorted top to
bottom, and a paragraph starts where the first line is indented or the gap is wider than
the line spacing. Superscripts are the smaller, raised characters. Footnotes are the lines
below the short rule ("______") at a page's foot; a note that runs over a page continues
the previous one. Line-end hyphens are decided by `hyphen.keeps_hyphen`.
"""

from __future__ import annotations

import ctypes
import re
from collections import Counter
from dataclasses import dataclass, field

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from ..errors import InputError
from .blocks import Block, FootnoteText, Run, Source, settle_markers
from .furniture import RULE, foot_token
from .hyphen import join_lines

# PDFium's marker for a hyphen it saw at a line end (it also drops the line break after it).
_PDFIUM_HYPHEN = "\x02"
_FLAG_ITALIC = 1 << 6  # PDF font descriptor flag
# A guessed space narrower than this (in ems, from the end of the left letter's advance)
# is a justification gap inside a word: the valley between 0.15 and 0.20 em (see _chars).
_WORD_GAP = 0.18
# A space character whose next character starts less than this (in ems) after it takes no
# room on the page (typesetters leave such spaces around dashes and before punctuation).
_EMPTY_SPACE = 0.1
# Punctuation then a gap this wide (in ems) and a capital, with no character between, is a
# tab stop: a space. UN PDFs set "E.93.I.8", "sect. I.A" at most 0.134 em apart (all 273);
# LibreOffice's tab in "46/19.<tab>The right to food" leaves 0.169 em.
_TAB_GAP = 0.15
# The longest resolutions with their annexes run to a few hundred pages; reading is about
# 60 pages a second, so this bounds the time a hostile or mistaken file can take.
MAX_PAGES = 1500

# The page furniture's patterns are shared with the reader of extracted text (furniture.py).
_RULE = RULE  # the short rule above a page's footnotes
_MARKER = re.compile(r"^(?:\d{1,3}|[*†‡§]{1,3}|[a-z])$")
_PUNCT = {ord(c) for c in ".,;:)"}
_CLOSING = {ord(c) for c in ",;)"}
_NUMBERED = re.compile(r"^(?:\d{1,3}\.|\([a-z]{1,4}\))\s")
_NOTE_START = re.compile(r"^\s*(\d{1,3}|[*†‡§]{1,3})\s+\S")  # a note whose marker is not raised
# "Annex II", or a part's letter ("A" over "Budget appropriations for 2026"): a heading line
# of its own above a title in the same type
_ANNEX_LINE = re.compile(
    r"^(?:(?:Annex|ANNEX|Appendix|APPENDIX)(?:\s+(?:[IVXLC]{1,6}|\d{1,2}|[A-Z]))?|[A-Z])$"
)
_NUMBERED_HEAD = re.compile(r"^(?:[IVXLC]{1,6}|[A-Z]|\d{1,2})\.\s")


@dataclass(slots=True)
class _Char:
    ch: str
    x: float  # origin
    y: float  # baseline
    size: float
    italic: bool
    bold: bool
    font: str
    generated: bool
    sup: bool = False


@dataclass(slots=True)
class _Line:
    chars: list[_Char]
    y: float = 0.0  # baseline of the body characters
    size: float = 0.0  # size of the body characters
    x0: float = 0.0
    x1: float = 0.0
    text: str = ""
    runs: list[Run] = field(default_factory=list)

    @property
    def bold(self) -> bool:
        return all(c.bold for c in self.chars if not c.ch.isspace())


@dataclass(slots=True)
class _Page:
    number: int
    width: float
    height: float
    lines: list[_Line]
    rules: list[float] = field(default_factory=list)  # heights of short drawn rules


# -- opening ------------------------------------------------------------------------------


def _open(data: bytes, name: str) -> pdfium.PdfDocument:
    # PDFium rebuilds a damaged cross-reference table silently, so a file cut short may
    # open with pages missing; the end-of-file marker tells a complete file.
    if b"%%EOF" not in data[-2048:]:
        raise InputError("truncated PDF: no end-of-file marker (the file was cut short)", name)
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        code = getattr(exc, "err_code", None)
        if code == pdfium_c.FPDF_ERR_PASSWORD:
            raise InputError("encrypted PDF: it needs a password to open", name) from None
        if code == pdfium_c.FPDF_ERR_SECURITY:
            raise InputError("encrypted PDF: unsupported security handler", name) from None
        raise InputError("damaged PDF: PDFium cannot read its structure", name) from None
    if len(pdf) == 0:
        pdf.close()
        raise InputError("empty PDF: no pages", name)
    if len(pdf) > MAX_PAGES:
        n = len(pdf)
        pdf.close()
        raise InputError(f"{n} pages: too long for a resolution (the limit is {MAX_PAGES})", name)
    return pdf


# -- characters and lines -----------------------------------------------------------------


# FPDFText_GetTextObject again, answering a plain address: pypdfium2's binding returns a
# typed pointer that costs a cast per character, and the address is all we compare.
_text_object = ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int)(
    ctypes.cast(pdfium_c.FPDFText_GetTextObject, ctypes.c_void_p).value
)


def _chars(page: pdfium.PdfPage) -> list[_Char]:
    tp = pdfium_c.FPDFText_LoadPage(page.raw)
    if not tp:
        return []
    try:
        n = pdfium_c.FPDFText_CountChars(tp)
        if n <= 0:
            return []
        # all the characters in one call; index i is character i
        text = (ctypes.c_ushort * (n + 1))()
        pdfium_c.FPDFText_GetText(tp, 0, n, text)
        codes = text[:n]
        tp_addr = ctypes.cast(tp, ctypes.c_void_p).value
        x, y = ctypes.c_double(), ctypes.c_double()
        px, py = ctypes.byref(x), ctypes.byref(y)
        left, r, b, t = (ctypes.c_double() for _ in range(4))
        pl, pr, pb, pt = (ctypes.byref(v) for v in (left, r, b, t))
        buf = ctypes.create_string_buffer(128)
        flags = ctypes.c_int()
        pflags = ctypes.byref(flags)
        # one text object has one font at one size: looked up once per object
        fonts: dict[int | None, tuple[str, bool, bool, float]] = {}
        out: list[_Char] = []
        origin = pdfium_c.FPDFText_GetCharOrigin
        punct_right: float | None = None  # right edge of the punctuation just read
        for i, u in enumerate(codes):
            if u in (10, 13):
                # PDFium's line break; where the "line" goes on at the same height (text
                # after a superscript) it is a word gap
                if out and not out[-1].generated:
                    out.append(_Char(" ", out[-1].x + 0.01, out[-1].y, 0.0, False, False, "", True))
                continue
            if u == 32 and pdfium_c.FPDFText_IsGenerated(tp, i):
                # PDFium guesses a space wherever two letters stand apart, and puts it where
                # the left letter's advance ends. From there, tight justification gaps
                # ("peopl e") measure 0.11-0.15 em and real word gaps 0.20 em and up over
                # all 273 shared PDFs. (The left letter's box is no measure: an italic "f"
                # or "d" overhangs its advance, and "of the" read "ofthe".) `x` holds the
                # space's place until the next character decides.
                if out and not out[-1].generated and i > 0:
                    origin(tp, i, px, py)
                    out.append(_Char(" ", x.value, out[-1].y, 0.0, False, False, "", True))
                continue
            origin(tp, i, px, py)
            if (
                u in _CLOSING
                and len(out) > 1
                and out[-1].ch == " "
                and not out[-1].generated
                and out[-2].ch.isalnum()
            ):
                out.pop()  # "Iran )": a typed space before closing punctuation is a slip
            obj = _text_object(tp_addr, i)
            font = fonts.get(obj)
            if font is None:
                pdfium_c.FPDFText_GetFontInfo(tp, i, buf, 128, pflags)
                fname = buf.value.decode("latin-1")
                low = fname.lower()
                italic = "italic" in low or "oblique" in low or bool(flags.value & _FLAG_ITALIC)
                bold = "bold" in low or pdfium_c.FPDFText_GetFontWeight(tp, i) >= 600
                size = pdfium_c.FPDFText_GetFontSize(tp, i)
                font = fonts[obj] = (fname, italic, bold, size)
            size = font[3]
            if out and out[-1].generated:
                gap = x.value - out[-1].x
                if abs(y.value - out[-1].y) < 0.5 * size and gap < _WORD_GAP * size:
                    out.pop()
            elif (
                out
                and out[-1].ch == " "
                and abs(y.value - out[-1].y) < 0.5 * size
                and x.value - out[-1].x < _EMPTY_SPACE * size
            ):
                # a space character that takes no room: the next character is set where
                # the space begins ("3 – 14 June", "micro- , small", "Iran )" in the
                # text layer, "3–14", "micro-, small" and "Iran)" on the page)
                out.pop()
            elif (
                punct_right is not None
                and abs(y.value - out[-1].y) < 0.5 * size
                and x.value - punct_right > _TAB_GAP * size
                and chr(u).isupper()
            ):
                # "46/19.<tab>The": a tab stop right after the number leaves a gap and no
                # character at all; punctuation, a clear gap and a capital make a space
                # ("A/AC.105" and "Sales No. E.93.I.8", set 0.09-0.13 em apart, stay)
                out.append(_Char(" ", punct_right, out[-1].y, 0.0, False, False, "", True))
            punct_right = None
            if u in _PUNCT:
                pdfium_c.FPDFText_GetCharBox(tp, i, pl, pr, pb, pt)
                punct_right = r.value
            # PDFium reports a hyphen it took for a hyphenation point as U+0002 (U+FFFE
            # in FPDFText_GetText)
            ch = _PDFIUM_HYPHEN if u in (2, 0xFFFE) else chr(u)
            out.append(_Char(ch, x.value, y.value, size, font[1], font[2], font[0], False))
        return out
    finally:
        pdfium_c.FPDFText_ClosePage(tp)


def _group_lines(chars: list[_Char]) -> list[_Line]:
    """Characters (content order) -> lines (top to bottom), superscripts marked."""
    segs: list[list[_Char]] = []
    cur: list[_Char] = []
    base = size = 0.0
    for c in chars:
        if c.generated:
            if cur:
                cur.append(c)
            continue
        if cur:
            tol = 0.55 * max(size, c.size)
            same = abs(c.y - base) <= tol and c.x >= cur[-1].x - 1.0
            if not same:
                segs.append(cur)
                cur = []
        if not cur or c.size > size + 0.5:  # a superscript first, then the body: rebase
            base, size = c.y, c.size
        cur.append(c)
    if cur:
        segs.append(cur)
    # Pieces of one visual line (text after a superscript often starts a new object)
    # are merged by baseline, then each line is ordered left to right.
    lines: list[_Line] = []
    for seg in segs:
        seg = [c for c in seg if not (c.generated and c is seg[-1])]
        body = [c for c in seg if not c.generated]
        if not body:
            continue
        top = max(c.size for c in body)
        y = round(next(c.y for c in body if c.size >= top - 0.5), 1)  # not a superscript
        for line in lines:
            if abs(line.y - y) < 0.3 * max(top, line.size):
                # PDFium ends a piece at a superscript; the word gap after it is lost
                first = seg[0]
                line.chars.append(_Char(" ", first.x - 0.01, y, 0.0, False, False, "", True))
                line.chars.extend(seg)
                if top > line.size + 0.5:
                    line.y, line.size = y, top
                break
        else:
            lines.append(_Line(list(seg), y, top))
    for line in lines:
        line.chars.sort(key=lambda c: c.x)
        for c in line.chars:
            c.sup = not c.generated and c.size < 0.8 * line.size and c.y > line.y + 0.15 * line.size
        body = [c for c in line.chars if not c.generated]
        line.x0, line.x1 = body[0].x, body[-1].x
    lines.sort(key=lambda ln: (-ln.y, ln.x0))
    return lines


def _split_columns(line: _Line) -> list[_Line]:
    """A masthead line ("General Assembly ... Distr.: General") is two texts side by side."""
    parts: list[list[_Char]] = [[]]
    prev: _Char | None = None
    for c in line.chars:
        if c.generated:
            parts[-1].append(c)
            continue
        if prev is not None and c.x - prev.x > 4.0 * line.size:
            parts.append([])
        parts[-1].append(c)
        prev = c
    if len(parts) == 1:
        return [line]
    out = []
    for p in parts:
        body = [c for c in p if not c.generated]
        if body:
            out.append(_Line(p, line.y, line.size, body[0].x, body[-1].x))
    return out


def _styled(line: _Line) -> None:
    """Set the line's runs and plain text. Superscript digits and stars are markers; a
    superscript ordinal suffix ("26th") is text."""
    runs: list[Run] = []
    text: list[str] = []
    chars = line.chars
    for c in chars:
        if c.generated:
            ch = " "
            style = (False, False, False)
        else:
            ch = c.ch
            style = (c.italic, c.bold, c.sup)
        if runs and (runs[-1].italic, runs[-1].bold, runs[-1].sup) == style:
            runs[-1] = Run(runs[-1].text + ch, *style)
        else:
            runs.append(Run(ch, *style))
    fixed = settle_markers(runs, _MARKER)  # "th" of "26th" is text
    for k in range(1, len(fixed) - 1):
        left, mark, right = fixed[k - 1], fixed[k], fixed[k + 1]
        if mark.sup and left.text.endswith(" ") and right.text[:1].isalnum():
            # "resolutions ³on": a marker typed after the space keeps the words apart
            fixed[k - 1] = Run(left.text.rstrip(" "), left.italic, left.bold)
            fixed[k + 1] = Run(" " + right.text, right.italic, right.bold)
    line.runs = fixed
    for r in fixed:
        if not r.sup:
            text.append(r.text)
    line.text = "".join(text).replace(_PDFIUM_HYPHEN, "-").strip()


def _drawn_rules(page: pdfium.PdfPage, width: float, height: float) -> list[float]:
    """Short horizontal lines drawn in the lower part of the page: the separator above the
    footnotes, as Word and LibreOffice draw it (the UN's template types underscores)."""
    out = []
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH], max_depth=1):
        left, bottom, right, top = obj.get_bounds()
        if top - bottom < 2.0 and 30.0 < right - left < 0.5 * width and top < 0.5 * height:
            out.append((top + bottom) / 2)
    return out


def _read_pages(pdf: pdfium.PdfDocument) -> list[_Page]:
    pages = []
    for i in range(len(pdf)):
        page = pdf[i]
        try:
            width, height = page.get_size()
            lines = _group_lines(_chars(page))
            rules = _drawn_rules(page, width, height)
        finally:
            page.close()
        split: list[_Line] = []
        for line in lines:
            split.extend(_split_columns(line))
        pages.append(_Page(i + 1, width, height, split, rules))
    return pages


# -- page furniture and footnotes ---------------------------------------------------------


def _is_foot_furniture(line: _Line) -> bool:
    if any("barcode" in c.font.lower() for c in line.chars[:3]):
        return True
    tokens = line.text.split()
    return bool(tokens) and all(foot_token(t) for t in tokens)


def _body_size(pages: list[_Page]) -> float:
    sizes: Counter[float] = Counter()
    for p in pages:
        for line in p.lines:
            sizes[round(line.size, 1)] += len(line.chars)
    return sizes.most_common(1)[0][0] if sizes else 10.0


def _strip_furniture(page: _Page, body: float) -> list[_Line]:
    """The page without its running head (pages after the first) and foot."""
    out = []
    top_band = page.height * 0.9
    bottom_band = page.height * 0.1
    first_body = next((ln.y for ln in page.lines if abs(ln.size - body) < 0.6), page.height)
    for line in page.lines:
        if line.y < bottom_band and _is_foot_furniture(line):
            continue
        # the running head: the symbol and the running title, above the first body line,
        # in a smaller type than the body
        if page.number > 1 and line.y > top_band and line.y > first_body and line.size < body:
            continue
        out.append(line)
    return out


def _split_notes(
    lines: list[_Line], body: float, rules: list[float]
) -> tuple[list[_Line], list[_Line]]:
    """(body lines, footnote lines) of one page."""
    for i, line in enumerate(lines):
        if _RULE.match(line.text):
            return lines[:i], lines[i + 1 :]
    for y in sorted(rules):
        # a drawn rule with text above it and a marked note right below it
        below = [i for i, ln in enumerate(lines) if ln.y < y]
        if below and below[0] > 0 and lines[below[0]].runs and _opens_note(lines[below[0]]):
            return lines[: below[0]], lines[below[0] :]
    # No rule: the trailing run of small-type lines that opens with a marker.
    j = len(lines)
    while j > 0 and lines[j - 1].size < 0.9 * body:
        j -= 1
    if j < len(lines) and lines[j].runs and lines[j].runs[0].sup:
        return lines[:j], lines[j:]
    return lines, []


def _opens_note(line: _Line) -> bool:
    first = line.runs[0]
    return first.sup or bool(_NOTE_START.match(first.text))


def _read_notes(lines: list[_Line], notes: list[list[str]]) -> None:
    """Footnote lines -> [marker, text] entries; a line without a marker continues. An
    entry's third element says whether its marker was raised."""
    for line in lines:
        runs = line.runs
        if runs and runs[0].sup:
            rest = "".join(r.text for r in runs[1:] if not r.sup).replace(_PDFIUM_HYPHEN, "-")
            notes.append([runs[0].text, rest.strip(), "raised"])
            continue
        m = _NOTE_START.match(line.text)
        # a marker set level with the text: only the next number in sequence opens a note,
        # so a wrapped line that begins "53 (A/71/53)" still continues its note; and only
        # where the notes are so marked ("New York, / 17 March 2022" under raised markers)
        numbers = [int(k) for k, _, _ in notes if k.isdigit()]
        if (
            m
            and not (notes and notes[-1][2] == "raised")
            and (
                not notes
                or not m.group(1).isdigit()
                or int(m.group(1)) == (numbers[-1] + 1 if numbers else 1)
            )
        ):
            notes.append([m.group(1), line.text[m.end(1) :].strip(), "level"])
        elif notes:
            notes[-1][1] = join_lines(notes[-1][1], line.text)


# -- paragraphs ---------------------------------------------------------------------------


def _margin(lines: list[_Line], body: float) -> float:
    xs = Counter(round(ln.x0) for ln in lines if abs(ln.size - body) < 0.6)
    return xs.most_common(1)[0][0] if xs else 0.0


def _starts_block(prev: _Line, line: _Line, margin: float, right: float) -> bool:
    size = max(prev.size, line.size)
    if prev.y - line.y > 1.45 * size:
        return True
    if abs(prev.size - line.size) > 0.15 * size or prev.bold != line.bold:
        return True
    if _ANNEX_LINE.match(prev.text) or _ANNEX_LINE.match(line.text):
        # "Annex" is set in the title's type, a line above it: a heading of its own (a
        # part's letter too)
        return True
    if line.bold and line.x0 > prev.x0 + 2.0 and _NUMBERED_HEAD.match(prev.text):
        # "VII. Information to consumers ... for product / safety and by businesses": a
        # numbered heading wraps under its words, not under its number
        return False
    if abs(line.x0 - margin) <= 2.0:
        return False
    if line.x0 < prev.x0 - 2.0 and prev.x1 >= right - 2.0 * size:
        # under a full line and further left: the paragraph wraps to its margin (a page with
        # little body, the masthead's column holding most lines, misleads `margin`)
        return False
    return abs(line.x0 - prev.x0) > 2.0 or line.x0 > margin + 2.0 and prev.x0 <= margin + 2.0


@dataclass(slots=True)
class _Para:
    runs: list[Run]
    page_break: bool
    last: _Line
    heading: bool = False


def _append(para: _Para, line: _Line) -> None:
    """Add a wrapped line to a paragraph, repairing a line-end hyphen."""
    runs = para.runs
    last = next((i for i in range(len(runs) - 1, -1, -1) if not runs[i].sup), None)
    if last is not None and runs:
        left = runs[last].text.rstrip().replace(_PDFIUM_HYPHEN, "-")
        right_runs = list(line.runs)
        first = right_runs[0] if right_runs else None
        if first is not None and not first.sup:
            joined = join_lines(left, first.text)
            # join_lines keeps `left` as a prefix or drops its last char (the hyphen)
            if joined.startswith(left):
                new_left, new_right = left, joined[len(left) :]
            else:
                new_left, new_right = left[:-1], joined[len(left) - 1 :]
            if last == len(runs) - 1 and (runs[last].italic, runs[last].bold) == (
                first.italic,
                first.bold,
            ):
                runs[last] = Run(new_left + new_right, runs[last].italic, runs[last].bold)
                right_runs = right_runs[1:]
            else:
                runs[last] = Run(new_left, runs[last].italic, runs[last].bold)
                right_runs[0] = Run(new_right, first.italic, first.bold)
                if last != len(runs) - 1 and not new_right.startswith(" "):
                    # a marker ends the left line: the space goes after it
                    right_runs[0] = Run(" " + new_right.lstrip(), first.italic, first.bold)
        else:
            right_runs.insert(0, Run(" "))
        runs.extend(r for r in right_runs if r.text)
    else:
        runs.extend(line.runs)
    para.last = line


def _indented(pages: list[list[_Line]], body: float) -> bool:
    """Does the document mark a new paragraph by indenting its first line (the UN's style)?
    Then a page that opens at the margin continues the paragraph before; otherwise only the
    text can tell, and `structure` decides."""
    starts = indented = 0
    for lines in pages:
        margin = _margin(lines, body)
        for prev, line in zip(lines, lines[1:], strict=False):
            if prev.y - line.y > 1.45 * max(prev.size, line.size) and line.x0 >= margin - 2.0:
                starts += 1
                indented += line.x0 > margin + 2.0
    return starts > 0 and indented >= 0.6 * starts


def _page_top(
    before: _Para, line: _Line, margin: float, right: float, indents: bool
) -> bool | None:
    """Does a page's first line continue the paragraph that ended the page before? True,
    False, or None when only the text can tell (then `structure` decides)."""
    same_type = (
        abs(line.size - before.last.size) < 0.15 * line.size
        and line.bold == before.last.bold
        and not before.heading
    )
    if not same_type or _NUMBERED.match(line.text) or abs(line.x0 - margin) > 2.0:
        return False  # another type, a number, an indent: a new paragraph
    if indents:
        return True  # at the margin in a document that indents its paragraphs
    # Without indents: a paragraph's last line stops short of the right margin, a line
    # that wraps onto the next page reaches it
    if before.last.x1 < right - 3.0 * line.size:
        return False
    last = before.runs[-1].text.rstrip() if before.runs else ""
    if line.text[:1].islower() or (last and last[-1] not in ".,;:"):
        return True
    return None


def _paragraphs(pages: list[list[_Line]], body: float) -> list[_Para]:
    paras: list[_Para] = []
    indents = _indented(pages, body)
    ends = sorted(ln.x1 for lines in pages for ln in lines if abs(ln.size - body) < 0.6)
    right = ends[int(0.9 * (len(ends) - 1))] if ends else 0.0  # the right margin
    for n, lines in enumerate(pages):
        margin = _margin(lines, body)
        prev: _Line | None = None
        for line in lines:
            if not line.text:
                continue
            if prev is None and n > 0 and paras:
                joins = _page_top(paras[-1], line, margin, right, indents)
                if joins:
                    _append(paras[-1], line)
                else:
                    paras.append(_Para(list(line.runs), joins is None, line))
            elif prev is None or _starts_block(prev, line, margin, right):
                paras.append(_Para(list(line.runs), False, line))
            else:
                _append(paras[-1], line)
            prev = line
    return paras


def _block(para: _Para) -> Block:
    runs = []
    for r in para.runs:
        t = r.text.replace(_PDFIUM_HYPHEN, "-")
        if t:
            runs.append(Run(t, r.italic, r.bold, r.sup))
    return Block(tuple(runs), page_break=para.page_break)


def read_pdf(data: bytes, name: str = "<pdf>", symbol: str | None = None) -> Source:
    """PDF bytes -> Source."""
    pdf = _open(data, name)
    try:
        pages = _read_pages(pdf)
    finally:
        pdf.close()
    if not any(ln.chars for p in pages for ln in p.lines):
        raise InputError("no text layer; this needs OCR first", name)
    body = _body_size(pages)
    body_pages: list[list[_Line]] = []
    notes: list[list[str]] = []
    for page in pages:
        for line in page.lines:
            _styled(line)
        lines = _strip_furniture(page, body)
        text_lines, note_lines = _split_notes(lines, body, page.rules)
        _read_notes(note_lines, notes)
        body_pages.append(text_lines)
    paras = _paragraphs(body_pages, body)
    blocks = tuple(_block(p) for p in paras if any(r.text.strip() for r in p.runs))
    footnotes = tuple(FootnoteText(m, " ".join(t.split())) for m, t, _ in notes if t.strip())
    return Source(name=name, blocks=blocks, footnotes=footnotes, symbol=symbol)
