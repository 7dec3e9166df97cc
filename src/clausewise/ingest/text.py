"""Plain text in: text extracted from PDFs (markdown artefacts, page breaks, footnote blocks
in the flow) and clean paragraph text (one block per paragraph, "N.<tab>" numbers).

The markdown here is what PDF-to-text converters leave behind, not Markdown proper: an
escaped or unpaired star is a footnote marker, `<sup>` holds markers, `##`, `**` and `>`
are noise, and italics hint at the leading phrase. A Markdown library would erase exactly
the distinctions we need (an escaped star is a marker, not an asterisk), so the small
inline reader below is written for this job.
"""

from __future__ import annotations

import html
import re

from .blocks import Block, FootnoteText, Run, Source, plain_block
from .extracted import looks_extracted, read_extracted

_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
# Control characters (but tab, newline, form feed), zero-width spaces and soft hyphens go.
# (a regex, not str.translate with a dict: translate walks every character in Python)
_DROP = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f\u200b\u00ad\ufeff]")
_SUP_CHARS = "⁰¹²³⁴⁵⁶⁷⁸⁹"

# A chunk boundary: one or more blank lines. Two or more blank lines suggest a page break.
_CHUNKS = re.compile(r"\n(?:[ \t\u00a0]*\n)+")
_COMMENT = re.compile(r"<!--.*?-->", re.S)
# Lines that start a new block inside a chunk: paragraph numbers, item labels, markers.
_STARTS_BLOCK = re.compile(
    r"(?:\d{1,3}\\?\.[\s]|\([a-z]{1,5}\)\s|\(\d{1,2}\)\s|[" + _SUP_CHARS + r"]|<sup>|\\?\*\s|#)"
)
_INLINE = re.compile(
    r"\\([\\`*_{}\[\]()#+\-.!<>|~'\"])"  # 1 escape
    r"|<sup>(.*?)</sup>"  # 2 superscript
    r"|<[/!]?[a-zA-Z][^<>\n]{0,60}>"  # any other tag: dropped
    r"|(\*\*|\*)"  # 3 emphasis delimiter or stray star
    r"|([" + _SUP_CHARS + r"]+)"  # 4 superscript digits
    r"|(&#?\w{2,8};)",  # 5 HTML entity
    re.S,
)
_SPECIAL = re.compile(r"[\\<*&" + _SUP_CHARS + "]")
_STAR_CLOSER = re.compile(r"(?<=[^\s\\*])\*(?!\*)")
_BOLD_CLOSER = re.compile(r"(?<=[^\s\\])\*\*")
_OPENER_BEFORE = set(" \t\n([{“‘\"'/-–—")
_FOOTNOTE_STAR = re.compile(r"^(\*{1,3}|[†‡])\s+(?=\S)")


def parse_inline(s: str) -> list[Run]:
    """Markdown-like inline text -> styled runs. Unpaired stars after a word are markers."""
    if not _SPECIAL.search(s):
        return [Run(s)]
    runs: list[Run] = []
    buf: list[str] = []
    italic = bold = False

    def flush() -> None:
        text = "".join(buf)
        buf.clear()
        if text:
            if runs and not runs[-1].sup and runs[-1].italic == italic and runs[-1].bold == bold:
                runs[-1] = Run(runs[-1].text + text, italic, bold)
            else:
                runs.append(Run(text, italic, bold))

    def marker(m: str) -> None:
        flush()
        if runs and runs[-1].sup and runs[-1].text == "*" and m == "*":
            runs[-1] = Run("**", sup=True)  # "\*\*" is the marker "**"
        else:
            runs.append(Run(m, sup=True))

    pos = 0
    n = len(s)
    for m in _INLINE.finditer(s):
        buf.append(s[pos : m.start()])
        pos = m.end()
        esc, sup, delim, supdigits, entity = m.groups()
        if esc is not None:
            if esc == "*":
                marker("*")
            else:
                buf.append(esc)
        elif sup is not None:
            inner = re.sub(r"<[^>]*>", "", sup).replace("\\*", "*").strip()
            if inner:
                marker(inner)
        elif delim is not None:
            prev = s[m.start() - 1] if m.start() > 0 else " "
            nxt = s[m.end()] if m.end() < n else " "
            if delim == "**":
                if bold and not prev.isspace():
                    flush()
                    bold = False
                elif (
                    not nxt.isspace() and prev in _OPENER_BEFORE and _BOLD_CLOSER.search(s, m.end())
                ):
                    flush()
                    bold = True
                elif not prev.isspace() and m.start() > 0:
                    marker("**")
                else:
                    buf.append(delim)
            else:
                if italic and not prev.isspace():
                    flush()
                    italic = False
                elif (
                    not nxt.isspace() and prev in _OPENER_BEFORE and _STAR_CLOSER.search(s, m.end())
                ):
                    flush()
                    italic = True
                elif not prev.isspace() and m.start() > 0:
                    marker("*")
                else:
                    buf.append(delim)
        elif supdigits is not None:
            marker(supdigits.translate(_SUPERSCRIPTS))
        elif entity is not None:
            buf.append(html.unescape(entity))
        # other tags: dropped
    buf.append(s[pos:])
    flush()
    return runs


def _units(chunk: str, line_mode: bool) -> list[tuple[str, bool]]:
    """Split a chunk into block texts; returns (text, heading?) pairs."""
    out: list[tuple[str, bool]] = []
    cur: list[str] = []
    heading = False
    for raw in chunk.split("\n"):
        line = raw.strip()
        while line.startswith(">"):
            line = line[1:].lstrip()
        if not line:
            continue
        is_heading = line.startswith("#")
        if is_heading:
            line = line.lstrip("#").strip()
        starts = line_mode or is_heading or bool(_STARTS_BLOCK.match(line)) or heading
        if cur and starts:
            out.append((" ".join(cur), heading))
            cur = []
        if not cur:
            heading = is_heading
        if cur and cur[-1].endswith("-") and line[:1].islower():
            cur[-1] = cur[-1] + line  # a line-end hyphen: keep it, no space
        else:
            cur.append(line)
    if cur:
        out.append((" ".join(cur), heading))
    return out


def _footnote_def(runs: list[Run]) -> FootnoteText | None:
    """A block that is a footnote text: a marker, then the note."""
    if runs[0].sup and len(runs) > 1:
        rest = "".join(r.text for r in runs[1:]).strip()
        if rest:
            return FootnoteText(runs[0].text, rest)
        return None
    m = _FOOTNOTE_STAR.match(runs[0].text)
    if m:
        rest = (runs[0].text[m.end() :] + "".join(r.text for r in runs[1:])).strip()
        if rest:
            return FootnoteText(m.group(1), rest)
    return None


# Whole-text checks that spare clean text (the corpus) the regex scans. A regex class tests
# char by char; a byte looked for in the UTF-8 bytes is a memchr (vectorised), so the
# ASCII characters are found one by one in `data`, which is cheaper even for thirty-odd.
_CONTROLS = bytes(range(0x20)).translate(None, b"\t\n\f\r") + b"\x7f"  # _DROP's ASCII part
# ... and with "\r", "\f", "<" (tags, comments) and the ASCII specials of _SPECIAL:
_ASCII_SPECIAL = b"\\<*&"  # _SPECIAL's ASCII characters
_ASCII_ODD = _CONTROLS + b"\r\f" + _ASCII_SPECIAL
_DROP_WIDE = "\u200b\u00ad\ufeff"
# The superscript digits ¹²³ are Latin-1; ⁰⁴-⁹ are U+2070-2079, UTF-8 E2 81 Bx: without a
# 0x81 byte there are none of them.
_SUP_LATIN = "¹²³"
_SUP_BYTE = b"\x81"
_SUP_WIDE = "⁰⁴⁵⁶⁷⁸⁹"  # (looked for only where that byte is: "ā" has one too)


def _holds(data: bytes, chars: bytes) -> bool:
    """Does `data` hold any of `chars`?"""
    return any(c in data for c in chars)


def read_text(text: str, name: str = "<text>", symbol: str | None = None) -> Source:
    """Text (already decoded) -> Source."""
    given = text
    data = text.encode("utf-8", "surrogatepass")
    # Not odd: no "\r", "\f", control, tag, comment or ASCII special to deal with.
    odd = _holds(data, _ASCII_ODD)
    if odd:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.lstrip("\ufeff")
    if (odd and _holds(data, _CONTROLS)) or any(c in text for c in _DROP_WIDE):
        text = _DROP.sub("", text)
    if odd:
        # Page markers left by converters, and form feeds, are page breaks.
        text = _COMMENT.sub("\n\n\n", text).replace("\f", "\n\n\n")
    # Might parse_inline have work (a _SPECIAL character)? A false alarm costs only time.
    special = (
        (odd and _holds(data, _ASCII_SPECIAL))
        or any(c in text for c in _SUP_LATIN)
        or (_SUP_BYTE in data and any(c in text for c in _SUP_WIDE))
    )
    # Chunks are split by blank lines. Mostly these are single empty lines, where
    # str.split finds the same chunks as the regex; _read says when it cannot.
    lines = text.split("\n")
    if looks_extracted(text, lines):
        # hard-wrapped lines with page furniture: a PDF tool's text
        return read_extracted(given, name, symbol)
    read = _read(split_blank(lines), None, special, lines)
    if read is None:
        parts = _CHUNKS_KEPT.split(text)
        seps = parts[1::2]
        # Two or more blank lines suggest a page break.
        breaks = {i for i, sep in enumerate(seps, 1) if sep.count("\n") >= 3}
        read = _read(parts[::2], breaks, special, lines)
        assert read is not None
    blocks, notes, any_sup = read
    if not notes and not any_sup:
        blocks, notes = _plain_digit_markers(blocks)
    return Source(
        name=name,
        blocks=tuple(blocks),
        footnotes=tuple(notes),
        symbol=symbol,
        # ("\r" and "\f" became newlines and _DROP took the other controls)
        no_controls=True,
    )


_CHUNKS_KEPT = re.compile("(" + _CHUNKS.pattern + ")")
_BLANK = " \t\u00a0"  # what a blank line between chunks may hold, as in _CHUNKS
# A unit starting so may be a quote, a heading (for _units) or a note (_FOOTNOTE_STAR).
_UNIT_ODD_START = ">#*†‡"


def split_blank(lines: list[str]) -> list[str]:
    """text.split("\n\n") from the text's lines, text.split("\n"): splitting at one
    character is twice as quick as at two, and the lines serve _line_mode too. A
    separator is the newline before an empty line with the one after it, taken from the
    left, as str.split takes them ("a\n\n\nb" -> "a", "\nb")."""
    chunks: list[str] = []
    cur = [lines[0]]
    last = len(lines) - 1
    i = 1
    while i <= last:
        if i < last and not lines[i]:
            chunks.append("\n".join(cur))
            cur = [lines[i + 1]]
            i += 2
        else:
            cur.append(lines[i])
            i += 1
    chunks.append("\n".join(cur))
    return chunks


def _line_mode(lines: list[str], n_seps: int) -> bool:
    """Text with no blank lines between paragraphs (a Word export): every line is a block."""
    # Each separator holds an empty line, so the non-blank lines are at most the rest;
    # mostly that settles it without counting them.
    if n_seps >= max(3, (len(lines) - n_seps) // 10):
        return False
    nonblank = sum(1 for line in lines if line.strip())
    return n_seps < max(3, nonblank // 10)


def _read(
    chunks: list[str], breaks: set[int] | None, special: bool, lines: list[str]
) -> tuple[list[Block], list[FootnoteText], bool] | None:
    """Chunks -> (blocks, footnote texts, any marker run?).

    `breaks` holds the chunks that follow a page break. None: the chunks are text split at
    "\n\n", right only when there is no other blank line; then the answer is None if
    there is one (an empty chunk, or a line of _BLANK characters)."""
    blocks: list[Block] = []
    notes: list[FootnoteText] = []
    page_break = any_sup = False
    line_mode = None  # worked out only if a chunk has several lines
    last = len(chunks) - 1
    if chunks[-1].endswith("\n") and chunks[-1].strip():
        # The text's final newline: an empty line, no unit (so the chunk is one line).
        chunks = [*chunks[:-1], chunks[-1][:-1]]
    for i, chunk in enumerate(chunks):
        if breaks and i in breaks:
            page_break = True
        if "\n" not in chunk:
            line = chunk.strip()
            if not line:
                # (the first chunk may be blank, and "" last is text ending in "\n\n")
                if breaks is None and i and (chunk or i < last) and not chunk.strip(_BLANK):
                    return None
                continue
            if line[0] not in _UNIT_ODD_START and not (special and _SPECIAL.search(line)):
                # One plain line: the unit _units and parse_inline would make, and not a note.
                blocks.append(plain_block(line, page_break))
                page_break = False
                continue
            units = _units(chunk, False)  # one line: line_mode plays no part
        else:
            if breaks is None and not all(line.strip(_BLANK) for line in chunk.split("\n")):
                return None
            if line_mode is None:
                line_mode = _line_mode(lines, last)
            units = _units(chunk, line_mode)
        for unit, heading in units:
            runs = parse_inline(unit) if special else [Run(unit)]
            runs = [r for r in runs if r.text]
            if not runs or not "".join(r.text for r in runs).strip():
                continue
            note = _footnote_def(runs)
            if note is not None:
                notes.append(note)
                page_break = True  # footnotes sit at a page's foot: what follows is a new page
                continue
            any_sup = any_sup or any(r.sup for r in runs)
            blocks.append(Block(tuple(runs), page_break=page_break, heading=heading))
            page_break = False
    return blocks, notes, any_sup


# Clean text (the corpus, text copied from a PDF viewer) writes markers as plain digits glued
# to the word or punctuation before them: "resolution 18/6;1". Only a marker that continues
# the document's footnote sequence (1, 2, 3 ...) is taken, which keeps "G20" and "70/1" text.
# Older documents write them "13/" after a space: "Disabled Persons, 13/ the Declaration".
_GLUED_AFTER = frozenset("abcdefghijklmnopqrstuvwxyz,;:.”’)]")
_ENDS_MARKER = frozenset(",;:.)”’")
_ENDS_SLASH = frozenset(",;:.)")


def _find_marker(text: str, key: str, pos: int) -> tuple[int, int] | None:
    """Where footnote marker `key` ("1", "12") first is in `text` from `pos`: glued after a
    word or punctuation and followed by punctuation, a space or the end ("resolution
    18/6;1"), or written "key/" after a space ("Persons, 13/ the"). Only the next number of
    the sequence is ever looked for, as a plain substring (a memchr), and each place it is
    found is checked by its neighbours (which may lie before `pos`)."""
    n = len(key)
    p = text.find(key, pos)
    while p != -1:
        if p > 0:
            before, after = text[p - 1], text[p + n : p + n + 1]
            # (not a decimal: "4.5 million", where note 5 is due, keeps its 5)
            if (
                before in _GLUED_AFTER
                and (not after or after in _ENDS_MARKER or after.isspace())
                and not (before == "." and text[p - 2 : p - 1].isdigit() and _goes_on(text, p + n))
            ):
                return p, p + n
            if after == "/" and before.isspace():
                nxt = text[p + n + 1 : p + n + 2]
                if not nxt or nxt in _ENDS_SLASH or nxt.isspace():
                    return p, p + n + 1
        p = text.find(key, p + 1)
    return None


def _goes_on(text: str, at: int) -> bool:
    """Does a sentence go on at text[at]: a space and a lower-case letter?"""
    return text[at : at + 1] == " " and text[at + 1 : at + 2].islower()


_PLAIN_NOTE = re.compile(r"^(\d{1,3})/?\s+(?=\S)")
_RULE = re.compile(r"^[_\-–—]{5,}\s*")  # the rule above a page's footnotes
_RULE_START = "_-–—"


def _plain_digit_markers(blocks: list[Block]) -> tuple[list[Block], list[FootnoteText]]:
    """Plain digit markers raised, and plain footnote texts ("1 The text") taken out."""
    expected = 1
    key = "1"
    out: list[Block] = []
    notes: list[FootnoteText] = []
    defined: set[str] = set()
    for block in blocks:
        if len(block.runs) != 1:
            out.append(block)
            continue
        run = block.runs[0]
        text = run.text
        # (texts are never empty; a look at the first character spares most the regexes)
        first = text[0]
        if first in _RULE_START and (rule := _RULE.match(text)):
            text = text[rule.end() :]
            if not text:
                continue
            first = text[0]
        # (a note's number is below the next marker's: while that is 1, only a 0 can be)
        if first.isdecimal() and (expected > 1 or int(first) == 0):  # as \d
            m = _PLAIN_NOTE.match(text)
            if m and int(m.group(1)) < expected and m.group(1) not in defined:
                defined.add(m.group(1))
                notes.append(FootnoteText(m.group(1), text[m.end() :].strip()))
                continue
        at = _find_marker(text, key, 0)
        if at is None:
            out.append(block)
            continue
        runs: list[Run] = []
        pos = 0
        while at is not None:
            start, end = at
            before = text[pos:start]
            slash = text[end - 1] == "/"
            runs.append(Run(before.rstrip() if slash else before, run.italic, run.bold))
            runs.append(Run(key, sup=True))
            pos = end
            expected += 1
            key = str(expected)
            at = _find_marker(text, key, pos)
        runs.append(Run(text[pos:], run.italic, run.bold))
        out.append(
            Block(tuple(r for r in runs if r.text), block.label, block.page_break, block.heading)
        )
    return out, notes
