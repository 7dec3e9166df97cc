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
from .blocks import Block, FootnoteText, Run, Source
from .hyphen import join_lines

# PDFium's marker for a hyphen it saw at a line end (it also drops the line break after it).
_PDFIUM_HYPHEN = "\x02"
_FLAG_ITALIC = 1 << 6  # PDF font descriptor flag

_RULE = re.compile(r"^[_\u2014\u2500]{5,}$")  # the short rule above a page's footnotes
_PAGE_NO = re.compile(r"^\d{1,4}/\d{1,4}$")  # "2/10"
_JOB = re.compile(r"^\d{2}-\d{4,6}(?:X|\(E\))?$")  # "18-16895", "18-16895(E)"
_BARCODE = re.compile(r"^\*\d{6,9}\*$")  # "*1816895*"
_FOOT_WORDS = {"(E)", "Please", "recycle", "*"}
_MARKER = re.compile(r"^(?:\d{1,3}|[*†‡§]{1,3}|[a-z])$")


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
    return pdf


# -- characters and lines -----------------------------------------------------------------


def _chars(page: pdfium.PdfPage) -> list[_Char]:
    tp = pdfium_c.FPDFText_LoadPage(page.raw)
    if not tp:
        return []
    try:
        n = pdfium_c.FPDFText_CountChars(tp)
        x, y = ctypes.c_double(), ctypes.c_double()
        px, py = ctypes.byref(x), ctypes.byref(y)
        left, r, b, t = (ctypes.c_double() for _ in range(4))
        pl, pr, pb, pt = (ctypes.byref(v) for v in (left, r, b, t))
        buf = ctypes.create_string_buffer(128)
        flags = ctypes.c_int()
        pflags = ctypes.byref(flags)
        fonts: dict[int | None, tuple[str, bool, bool]] = {}
        out: list[_Char] = []
        for i in range(n):
            u = pdfium_c.FPDFText_GetUnicode(tp, i)
            if u in (10, 13):
                # PDFium's line break; where the "line" goes on at the same height (text
                # after a superscript) it is a word gap
                if out and not out[-1].generated:
                    out.append(_Char(" ", out[-1].x + 0.01, out[-1].y, 0.0, False, False, "", True))
                continue
            generated = bool(pdfium_c.FPDFText_IsGenerated(tp, i))
            ch = _PDFIUM_HYPHEN if pdfium_c.FPDFText_IsHyphen(tp, i) else chr(u)
            if generated:
                # PDFium guesses a space wherever two letters stand apart; tight
                # justification gaps ("peopl e") are narrower than a fifth of an em, real
                # word gaps wider. `x` holds the left character's right edge until the
                # next character decides.
                if out and not out[-1].generated and i > 0:
                    pdfium_c.FPDFText_GetCharBox(tp, i - 1, pl, pr, pb, pt)
                    out.append(_Char(" ", r.value, out[-1].y, 0.0, False, False, "", True))
                continue
            pdfium_c.FPDFText_GetCharOrigin(tp, i, px, py)
            obj = ctypes.cast(pdfium_c.FPDFText_GetTextObject(tp, i), ctypes.c_void_p).value
            font = fonts.get(obj)
            if font is None:
                pdfium_c.FPDFText_GetFontInfo(tp, i, buf, 128, pflags)
                fname = buf.value.decode("latin-1")
                low = fname.lower()
                italic = "italic" in low or "oblique" in low or bool(flags.value & _FLAG_ITALIC)
                bold = "bold" in low or pdfium_c.FPDFText_GetFontWeight(tp, i) >= 600
                font = fonts[obj] = (fname, italic, bold)
            size = pdfium_c.FPDFText_GetFontSize(tp, i)
            if out and out[-1].generated:
                gap = x.value - out[-1].x
                if abs(y.value - out[-1].y) < 0.5 * size and gap < 0.2 * size:
                    out.pop()
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
        y = Counter(round(c.y, 1) for c in body if c.size >= top - 0.5).most_common(1)[0][0]
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
    fixed: list[Run] = []
    for r in runs:
        if r.sup and not _MARKER.match(r.text.strip()):
            r = Run(r.text, r.italic, r.bold, False)  # "th" of "26th": text
        elif r.sup:
            r = Run(r.text.strip(), sup=True)
        if (
            fixed
            and not r.sup
            and not fixed[-1].sup
            and (fixed[-1].italic, fixed[-1].bold)
            == (
                r.italic,
                r.bold,
            )
        ):
            fixed[-1] = Run(fixed[-1].text + r.text, r.italic, r.bold)
        else:
            fixed.append(r)
    line.runs = fixed
    for r in fixed:
        if not r.sup:
            text.append(r.text)
    line.text = "".join(text).replace(_PDFIUM_HYPHEN, "-").strip()


def _read_pages(pdf: pdfium.PdfDocument) -> list[_Page]:
    pages = []
    for i in range(len(pdf)):
        page = pdf[i]
        try:
            width, height = page.get_size()
            lines = _group_lines(_chars(page))
        finally:
            page.close()
        split: list[_Line] = []
        for line in lines:
            split.extend(_split_columns(line))
        pages.append(_Page(i + 1, width, height, split))
    return pages


# -- page furniture and footnotes ---------------------------------------------------------


def _is_foot_furniture(line: _Line) -> bool:
    if any("barcode" in c.font.lower() for c in line.chars[:3]):
        return True
    tokens = line.text.split()
    return bool(tokens) and all(
        _PAGE_NO.match(t)
        or _JOB.match(t)
        or _BARCODE.match(t)
        or t in _FOOT_WORDS
        or (t.isdigit() and len(t) == 6)  # the print date code "241018"
        for t in tokens
    )


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


def _split_notes(lines: list[_Line], body: float) -> tuple[list[_Line], list[_Line]]:
    """(body lines, footnote lines) of one page."""
    for i, line in enumerate(lines):
        if _RULE.match(line.text):
            return lines[:i], lines[i + 1 :]
    # No rule: the trailing run of small-type lines that opens with a marker.
    j = len(lines)
    while j > 0 and lines[j - 1].size < 0.9 * body:
        j -= 1
    if j < len(lines) and lines[j].runs and lines[j].runs[0].sup:
        return lines[:j], lines[j:]
    return lines, []


def _read_notes(lines: list[_Line], notes: list[list[str]]) -> None:
    """Footnote lines -> [marker, text] entries; a line without a marker continues."""
    for line in lines:
        runs = line.runs
        if runs and runs[0].sup:
            rest = "".join(r.text for r in runs[1:] if not r.sup).replace(_PDFIUM_HYPHEN, "-")
            notes.append([runs[0].text, rest.strip()])
        elif notes:
            notes[-1][1] = join_lines(notes[-1][1], line.text)


# -- paragraphs ---------------------------------------------------------------------------


def _margin(lines: list[_Line], body: float) -> float:
    xs = Counter(round(ln.x0) for ln in lines if abs(ln.size - body) < 0.6)
    return xs.most_common(1)[0][0] if xs else 0.0


def _starts_block(prev: _Line, line: _Line, margin: float) -> bool:
    size = max(prev.size, line.size)
    if prev.y - line.y > 1.45 * size:
        return True
    if abs(prev.size - line.size) > 0.15 * size or prev.bold != line.bold:
        return True
    if abs(line.x0 - margin) <= 2.0:
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


def _paragraphs(pages: list[list[_Line]], body: float) -> list[_Para]:
    paras: list[_Para] = []
    for n, lines in enumerate(pages):
        margin = _margin(lines, body)
        prev: _Line | None = None
        for line in lines:
            if not line.text:
                continue
            if prev is None and n > 0 and paras:
                # the page's first line: a paragraph running over from the page before
                # starts at the margin, not indented, in the same type
                before = paras[-1]
                if (
                    abs(line.x0 - margin) <= 2.0
                    and abs(line.size - before.last.size) < 0.15 * line.size
                    and line.bold == before.last.bold
                    and not before.heading
                ):
                    _append(before, line)
                    prev = line
                    continue
                paras.append(_Para(list(line.runs), True, line))
            elif prev is None or _starts_block(prev, line, margin):
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
        text_lines, note_lines = _split_notes(lines, body)
        _read_notes(note_lines, notes)
        body_pages.append(text_lines)
    paras = _paragraphs(body_pages, body)
    blocks = tuple(_block(p) for p in paras if any(r.text.strip() for r in p.runs))
    footnotes = tuple(FootnoteText(m, " ".join(t.split())) for m, t in notes if t.strip())
    return Source(name=name, blocks=blocks, footnotes=footnotes, symbol=symbol)
