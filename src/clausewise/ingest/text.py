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

from .blocks import Block, FootnoteText, Run, Source

_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
# Control characters (but tab, newline, form feed), zero-width spaces and soft hyphens go.
# (a regex, not str.translate with a dict: translate walks every character in Python)
_DROP = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f\u200b\u00ad\ufeff]")
_DIGIT = re.compile(r"\d")
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


def read_text(text: str, name: str = "<text>", symbol: str | None = None) -> Source:
    """Text (already decoded) -> Source."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    text = _DROP.sub("", text)
    # Page markers left by converters, and form feeds, are page breaks.
    text = _COMMENT.sub("\n\n\n", text).replace("\f", "\n\n\n")
    pieces = _CHUNKS.split(text)
    seps = [m.group() for m in _CHUNKS.finditer(text)]
    nonblank = sum(1 for line in text.split("\n") if line.strip())
    # Text with no blank lines between paragraphs (a Word export): every line is a block.
    line_mode = len(seps) < max(3, nonblank // 10)
    blocks: list[Block] = []
    notes: list[FootnoteText] = []
    page_break = False
    for i, chunk in enumerate(pieces):
        if i > 0 and seps[i - 1].count("\n") >= 3:
            page_break = True
        for unit, heading in _units(chunk, line_mode):
            runs = parse_inline(unit)
            runs = [r for r in runs if r.text]
            if not runs or not "".join(r.text for r in runs).strip():
                continue
            note = _footnote_def(runs)
            if note is not None:
                notes.append(note)
                page_break = True  # footnotes sit at a page's foot: what follows is a new page
                continue
            blocks.append(Block(tuple(runs), page_break=page_break, heading=heading))
            page_break = False
    if not notes and not any(r.sup for b in blocks for r in b.runs):
        blocks, notes = _plain_digit_markers(blocks)
    return Source(name=name, blocks=tuple(blocks), footnotes=tuple(notes), symbol=symbol)


# Clean text (the corpus, text copied from a PDF viewer) writes markers as plain digits glued
# to the word or punctuation before them: "resolution 18/6;1". Only a marker that continues
# the document's footnote sequence (1, 2, 3 ...) is taken, which keeps "G20" and "70/1" text.
# Older documents write them "13/" after a space: "Disabled Persons, 13/ the Declaration".
_GLUED_AFTER = frozenset("abcdefghijklmnopqrstuvwxyz,;:.”’)]")
_ENDS_MARKER = frozenset(",;:.)”’")
_ENDS_SLASH = frozenset(",;:.)")


def _find_marker(text: str, n: int, pos: int) -> tuple[int, int] | None:
    """The span of footnote marker `n` in `text` from `pos`: glued after a word or punctuation
    ("resolution 18/6;1"), or written "n/" after a space ("Persons, 13/ the"). Only the next
    number of the sequence is ever looked for, so a plain substring search with a check of
    its neighbours beats a regex over every digit run (that was half the reading time)."""
    key = str(n)
    end_of_text = len(text)
    k = text.find(key, pos)
    while k >= 0:
        e = k + len(key)
        before = text[k - 1] if k > 0 else ""
        after = text[e] if e < end_of_text else ""
        if (
            before in _GLUED_AFTER
            and before
            and (not after or after in _ENDS_MARKER or after.isspace())
        ):
            return k, e
        if before.isspace() and after == "/":
            nxt = text[e + 1] if e + 1 < end_of_text else ""
            if not nxt or nxt in _ENDS_SLASH or nxt.isspace():
                return k, e + 1
        k = text.find(key, k + 1)
    return None


_PLAIN_NOTE = re.compile(r"^(\d{1,3})/?\s+(?=\S)")
_RULE = re.compile(r"^[_\-–—]{5,}\s*")  # the rule above a page's footnotes


def _plain_digit_markers(blocks: list[Block]) -> tuple[list[Block], list[FootnoteText]]:
    expected = 1
    out: list[Block] = []
    notes: list[FootnoteText] = []
    defined: set[str] = set()
    for block in blocks:
        text = block.runs[0].text if len(block.runs) == 1 else None
        if text is None:
            out.append(block)
            continue
        rule = _RULE.match(text)
        if rule:
            text = text[rule.end() :]
            if not text:
                continue
        m = _PLAIN_NOTE.match(text)
        if m and int(m.group(1)) < expected and m.group(1) not in defined:
            defined.add(m.group(1))
            notes.append(FootnoteText(m.group(1), text[m.end() :].strip()))
            continue
        if not _DIGIT.search(text):
            out.append(block)
            continue
        runs: list[Run] = []
        pos = 0
        italic, bold = block.runs[0].italic, block.runs[0].bold
        while (span := _find_marker(text, expected, pos)) is not None:
            start, end = span
            before = text[pos:start]
            slash = text[end - 1] == "/"
            runs.append(Run(before.rstrip() if slash else before, italic, bold))
            runs.append(Run(str(expected), sup=True))
            pos = end
            expected += 1
        if runs:
            runs.append(Run(text[pos:], italic, bold))
            out.append(
                Block(
                    tuple(r for r in runs if r.text),
                    block.label,
                    block.page_break,
                    block.heading,
                )
            )
        else:
            out.append(block)
    return out, notes
