"""Text a PDF tool extracted from a UN PDF (pdftotext with or without -layout, PyMuPDF,
pypdf, PDFium, a viewer's copy) -> Source, the same blocks the PDF reader makes.

Such text keeps the page's lines as the typesetter broke them and loses what the PDF reader
sees by geometry: indents, type sizes, superscripts, the bands at a page's top and foot.
What is left to go by is the text, and this reader goes by it alone, in three passes:

1. **Furniture** (`furniture.Running`): the document's symbol, job number, running titles
   and page count are learned from the whole text, then cut wherever the tool put them:
   on lines of their own, in any order, or glued to the text (`...Resolution 70/1.A/C.2/
   80/L.10`). A symbol or running title is the top of a new page.
2. **Footnotes**: the rule of underscores opens a page's notes, which run to the next
   page's top. Their markers may stand on lines of their own, inline ("1  Resolution
   70/1."), or (poppler's reading order) apart from their texts; then the texts are given
   the markers in order. Each note's marker is then looked for in the body of the same
   page, after the previous one, as the note's number: glued to a word or punctuation
   (PyMuPDF, pypdf, PDFium: "Nations,1 which") or set off by a space (poppler: "Nations,
   1 which"); a number glued to another ("77/2285") is taken only where nothing better is
   on the page, and a decimal ("4.5 million") never.
3. **Paragraphs**: wrapped lines are joined (line-end hyphens decided as the PDF reader
   decides them) and a new paragraph starts where the text says so: the next operative
   number, an item label after a finished line, a leading phrase or verb after a finished
   line (the lexicon's grammar, as `structure` reads leads), a short finished line, a
   heading. Where a page break leaves it open, the block says so and `structure` decides.

No form's own hints (blank lines, PyMuPDF's space lines, pypdf's leading space, -layout's
indents) are relied on: they differ between tools and between versions of one tool.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..lexicon import match_lead
from ..symbols import SERIES
from .blocks import Block, FootnoteText, Run, Source
from .furniture import RULE, Running, squash
from .hyphen import join_lines, keeps_hyphen, vocabulary


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# A formula: "The General Assembly,", "The Human Rights Council,".
_FORMULA = re.compile(
    r"^[“\"]?The (?:[A-Z][\w’'\-]*)(?: (?:[A-Z][\w’'\-]*|of|and|the|on|for|to|in)){0,10},$"
    # (a known body's formula may lack its comma: "The General Assembly" before "Adopts ...")
    r"|^[“\"]?The (?:General Assembly|Security Council|Human Rights Council"
    r"|Economic and Social Council)[,.;]?$"
)
# A formula that opens the body's first sentence ("The General Assembly, taking note of
# ..., decides ...") or a decision's lettered paragraphs ("The General Assembly:").
_FORMULA_OPENS = re.compile(
    r"^[“\"]?The (?:General Assembly|Security Council|Human Rights Council"
    r"|Economic and Social Council)(?::$|,? [a-z])"
)
_FOLLOWING = re.compile(
    r"^(?:\d{1,3}\.\s*)?(?:Solemnly\s+)?(?:Adopts|Approves|Endorses|Proclaims)\b.*\bthe following\b"
)
_WE = re.compile(r"^We(?:,| the )")
_HEAD_INLINE = re.compile(r"^(?:[IVXLC]{1,6}|[A-Z])\.\s+[A-Z“\"]")  # "II. Credentials of ..."
_NUM_ALONE = re.compile(r"^(\d{1,3})\.$")  # "1." on a line of its own (poppler)
_NUM = re.compile(r"^(\d{1,3})\.\s+\S")
_RES_NUM_ALONE = re.compile(r"^\d{1,4}/\d{1,4}(?: [A-Z])?\.$")  # "80/122." before the title
_ITEM = re.compile(r"^\((?:[a-z]{1,4}|\d{1,2})\)(?:\s|$)")
_ITEM_ALONE = re.compile(r"^\((?:[a-z]{1,4}|\d{1,2})\)$")
_HEAD_NUM_ALONE = re.compile(r"^(?:[IVXLC]{1,6}\.?|[A-Z]\.)$")  # "II", "B." before a heading
# "Rule 5", "Article 12" over the rule's title: one heading, as the page sets it
_LABEL_ALONE = re.compile(r"^(?:Rule|Article|Regulation|Principle)\s+\d{1,3}(?: ?bis| ?ter)?$")
_INLINE_ITEM = re.compile(r"\S \((?:[a-z]{1,3})\) ")  # "...; (c) give due ..."
_NOTE_ALONE = re.compile(r"^(\d{1,3}|\*{1,3}|[†‡])$")
_NOTE_INLINE = re.compile(r"^(\d{1,3}|\*{1,3}|[†‡])\s+(\S.*)$")
_COLUMNS = re.compile(r"\S(?:\s{3,})\S")
_TITLE_ANCHOR = re.compile(
    r"draft (?:resolution|decision)(?: [A-Z]/\S+)?$|submitted by .*\)$|^\d{1,4}/\d{1,4}(?: [A-Z])?\.$",
    re.I,
)
_RES_NUM_TITLE = re.compile(r"^\d{1,4}/\d{1,4}(?: [A-Z])?\. \S")
_DATE_CODE = re.compile(r"^\d{6}$")
_GLUED_RULE = re.compile(r"(?<=[^_\s])_{10,}$")  # (a blank to fill, "80/___", is shorter)
_STAR_NOTE = re.compile(r"^(?:\*{1,3}|[†‡]) [A-Z]")
# controls, zero-width characters and the word joiner some text layers hold ("2015\u2060–2030")
_DROP = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f\u200b-\u200d\u2060\u00ad\ufeff]")
_SPLIT_YEAR = re.compile(r"(?<!\d)((?:19|20)\d) (\d)(?![\d/])|(?<!\d)(19|20) (\d\d)(?![\d/])")
# poppler sets a space where justification widened a gap: "up -to-date", "( A/80/100"
# (not after "and"/"or": "country-owned and -driven" is the text's own)
_SPACED_HYPHEN = re.compile(r"(?<=[A-Za-z\d])(?<! and)(?<! or) -(?=[A-Za-z]|\d|,|$)")
# a suspended hyphen set apart: "short - and long-term", "low - or zero-emissions"
_SUSPENDED = re.compile(r"(?<=[A-Za-z]) - (?=(?:and|or|and/or) [A-Za-z])")
_GLUED_NEXT = re.compile(r"(?<=[A-Za-z,;] )(\d{1,3})(?=[a-z])(?!(?:st|nd|rd|th)\b)")
_SPACED_QUOTE = re.compile(r"(?<=\w) (?=[’”](?:s\b|[\s,;:.)]|$))")  # "women ’s", "Cities ”,"
_SPACED_PAREN = re.compile(r"\( (?=\S)|(?<=\S) \)")
_MARK_OPEN, _MARK_CLOSE = "\ue000", "\ue001"  # a marker inside line text, until the end
_MARK = re.compile(_MARK_OPEN + "(.*?)" + _MARK_CLOSE)
_TRAILING = "”’\"')]»" + _MARK_CLOSE
_TERMINAL = ".,;:!?"
# Words after which a number is the text's own ("paragraph 6", "from 1 to 2"), not a marker.
_NUMBER_WORDS = _words(
    "to and or of from paragraph paragraphs para paras resolution resolutions decision "
    "decisions article articles rule rules chapter chapters section sections annex annexes "
    "goal goals target targets item items no vol page pages the in at on by with than over "
    "under about some all least per phase level grade step option part parts volume"
)
# what a marker may be glued to: a resolution number, a year, a range of years
_NUMBER_BEFORE = re.compile(r"\d{1,4}/\d{1,4}|(?:19|20)\d\d(?:[–-](?:19|20)\d\d)?")
_NAMED_NUMBER = re.compile(r"[A-Za-z][-.]\d{1,3}$")  # "COVID-19", "1/CP.27"
_ROMAN = re.compile(r"[IVX]{1,5}")
_GLUED_AFTER = frozenset("abcdefghijklmnopqrstuvwxyz,;:.”’)]")


def looks_extracted(text: str, lines: list[str]) -> bool:
    """Is this text as a PDF tool extracted it (hard-wrapped lines, one after another, and
    page furniture), rather than clean paragraph text? Cheap for clean text: its long
    lines settle it first."""
    n = len(lines)
    if n < 12 or len(text) > 110 * n:
        return False
    nonblank = wrapped = 0
    prev_open = False
    for line in lines:
        t = line.rstrip()
        if not t.strip():
            prev_open = False
            continue
        nonblank += 1
        if prev_open:
            wrapped += 1  # a line that goes on, and the next line right after it
        prev_open = len(t) >= 45 and t[-1] not in ".,;:)”\"'"
    if nonblank < 10 or wrapped < 0.1 * nonblank:
        return False
    if wrapped >= 0.5 * nonblank:
        return True
    # fewer wrapped lines (a page or two, mostly masthead): page furniture decides
    furniture = "\f" in text or _FURNITURE_LINE.search(text) is not None
    return furniture


_FURNITURE_LINE = re.compile(
    r"(?m)^[ \t]*(?:\d{2}-\d{5}(?:\s*\(E\))?(?:\s+\d{6})?|\*\d{7,9}\*|\d{1,3}/\d{1,3}(?:\s+\d{2}-\d{5})?"
    r"|\d{2}-\d{5}\s+\d{1,3}/\d{1,3})[ \t\r]*$"
)


@dataclass(slots=True)
class _Line:
    text: str
    page: int
    header: bool = False  # before the formula: the masthead


@dataclass(slots=True)
class _Para:
    text: str
    page_break: bool
    last: str  # the last line (its length tells a finished paragraph)
    lines: int = 1
    heading: bool = False  # opened with a heading's number ("II", "B.")
    tail: str = ""  # its last line, met before the rest (poppler's reading order)


@dataclass(slots=True)
class _Pages:
    """The text cut into body lines and each page's footnote lines."""

    body: list[_Line] = field(default_factory=list)
    notes: dict[int, list[str]] = field(default_factory=dict)


def read_extracted(text: str, name: str = "<text>", symbol: str | None = None) -> Source:
    """Text extracted from a PDF -> Source."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    # (PDFium's mark of a hyphen where it joined two lines stays until the words are mended)
    text = _DROP.sub("", text.replace("\x02", _SPLIT))
    raw = _raw_lines(text)
    running = Running.learn([t for _, t in raw])
    pages = _cut_pages(raw, running)
    notes = _notes({p: [_repair(t, 0) for t in z] for p, z in pages.notes.items()})
    width = _width(pages.body)
    measure = _measure(pages.body)
    for line in pages.body:
        line.text = _repair(line.text, width, measure)
    _place_markers(pages.body, notes)
    blocks = _blocks(pages.body, width, measure)
    footnotes = tuple(FootnoteText(m, t) for m, t, _ in notes if t)
    return Source(name=name, blocks=tuple(blocks), footnotes=footnotes, symbol=symbol)


# -- lines and pages ----------------------------------------------------------------------


def _raw_lines(text: str) -> list[tuple[int, str]]:
    """(page, squashed line) for every line; a line laid out in columns (-layout's
    masthead: "United Nations      A/C.2/80/L.10") before the body is split in two."""
    out: list[tuple[int, str]] = []
    seen_formula = False
    anchor = -1  # the sponsors' line, where there is no formula (an amendment)
    for page, chunk in enumerate(text.split("\f")):
        for line in chunk.split("\n"):
            if not line.strip():
                continue
            s = squash(line)
            if not seen_formula and (_FORMULA.match(s) or _FORMULA_OPENS.match(s)):
                seen_formula = True
            if anchor < 0 and _TITLE_ANCHOR.search(s):
                anchor = len(out)
            elif anchor >= 0 and len(out) > anchor + 1:
                seen_formula = True  # (the title is in one column)
            if not seen_formula and _COLUMNS.search(line.strip()):
                for part in re.split(r"\s{3,}", line.strip()):
                    out.append((page, squash(part)))
                continue
            out.append((page, s))
    return out


def _body_start(raw: list[tuple[int, str]], running: Running) -> int | None:
    """Where the masthead ends: the formula's line; a line the formula opens ("The General
    Assembly, taking note of ..."); where there is none (an amendment), the line after the
    title, which follows the sponsors' line and goes on where it wraps."""
    formula = next((i for i, (_, t) in enumerate(raw) if _FORMULA.match(t)), None)
    if formula is None:
        formula = next((i for i, (_, t) in enumerate(raw) if _FORMULA_OPENS.match(t)), None)
    if formula is not None:
        return formula
    lines = [(i, t) for i, (_, t) in enumerate(raw) if running.cut(t, head_zone=True)[0]]
    anchor = next((k for k, (_, t) in enumerate(lines[:60]) if _TITLE_ANCHOR.search(t)), None)
    if anchor is None or anchor + 2 >= len(lines):
        return None
    k = anchor + 2  # the title's first line is anchor + 1
    while k < len(lines) and _title_goes_on(lines[k - 1][1], lines[k][1]):
        k += 1
    return lines[k][0] if k < len(lines) else None


def _title_goes_on(prev: str, line: str) -> bool:
    """A title's wrapped line: in lower case, or after a hyphen, a comma or a joining word."""
    if line[:1].islower() or prev.endswith(("-", ",")):
        return True
    return prev.rsplit(" ", 1)[-1] in _JOINING_WORDS


def _cut_pages(raw: list[tuple[int, str]], running: Running) -> _Pages:
    out = _Pages()
    formula = _body_start(raw, running)
    page = 0
    fresh = True  # a page has begun and no text of it is read yet
    last_form_page = 0
    in_notes = False
    near_furniture = _near_furniture(raw, running)
    in_head, glued = _running_heads(raw, running)

    def new_page() -> None:
        nonlocal page, fresh, in_notes
        if not fresh:
            page += 1
        fresh = True
        in_notes = False

    def take(text: str, header: bool) -> None:
        nonlocal fresh, in_notes
        if not text:
            return
        if RULE.match(text):
            in_notes = True
            out.notes.setdefault(page, [])
            return
        m = _GLUED_RULE.search(text)
        if m and not header:
            # the rule glued to the page's last line ("... small and medium______")
            take(text[: m.start()].rstrip(), header)
            take(m.group(), header)
            return
        fresh = False
        if not in_notes and not header and _STAR_NOTE.match(text):
            in_notes = True  # a star note with no rule above it (page 1 of a draft)
        if in_notes:
            out.notes.setdefault(page, []).append(text)
            return
        if header:
            text = _split_symbol(text, running.symbol)
            for part in text.split("\n"):
                out.body.append(_Line(part, page, True))
            return
        out.body.append(_Line(text, page))

    for i, (form_page, line) in enumerate(raw):
        if form_page != last_form_page:
            last_form_page = form_page
            new_page()
        header = formula is None or i < formula
        if not header and in_head[i] and line in running.titles:
            new_page()  # a running title on a line of its own
            continue
        if not header and i in glued:
            # a running title's first or last line glued to the text ("7 Resolution
            # 76/258, annex.Modalities of the 2026 ..."), its other lines apart
            at, title = glued[i]
            if at == "end":
                take(line[: -len(title)].rstrip(), header)
                new_page()
                continue
            new_page()
            line = line[len(title) :].lstrip()
        if _DATE_CODE.match(line) and near_furniture[i]:
            continue
        text, _foot, head = running.cut(line, head_zone=header)
        if head:
            # which side of the head is the text on? A head glued after a page's last
            # line ends that page; glued before the text, it starts the next.
            if line.startswith(text):
                take(text, header)
                new_page()
            else:
                new_page()
                take(text, header)
            continue
        take(text, header)
    return out


_GLUED_START = re.compile(r"(?<=[,.;:])(?=[A-Z“\d])")  # where a glued title may begin


def _running_heads(
    raw: list[tuple[int, str]], running: Running
) -> tuple[list[bool], dict[int, tuple[str, str]]]:
    """The lines of each running head: from a line that shows the symbol (or a foot), the
    running title's lines and the foot's pieces on either side, as far as they go on; and where
    the run meets the text, a title glued to the text's line (its end before the head,
    its start after it)."""
    n = len(raw)
    in_head = [False] * n
    glued: dict[int, tuple[str, str]] = {}
    if not running.symbol:
        return in_head, glued
    titles = running.titles
    cuts = [running.cut(t) for _, t in raw]

    def piece(j: int) -> bool:
        t = raw[j][1]
        return t in titles or (cuts[j][0] == "" and (cuts[j][1] or cuts[j][2]))

    for k in range(n):
        # (from the symbol, or a foot's line: poppler may set the symbol elsewhere)
        if in_head[k] or not (cuts[k][2] or (cuts[k][1] and not cuts[k][0])):
            continue
        in_head[k] = True
        for step in (-1, 1):
            j = k + step
            while 0 <= j < n and piece(j):
                in_head[j] = True
                j += step
            if 0 <= j < n:
                t = raw[j][1]
                glued_title = _glued_title(t, step, titles, running)
                if glued_title is not None:
                    glued.setdefault(j, glued_title)
    return in_head, glued


def _glued_title(
    t: str, step: int, titles: tuple[str, ...], running: Running
) -> tuple[str, str] | None:
    """A running title glued to the text line `t` next to a head: at its end (`step` -1,
    the head follows) or start (1). A learned title ("annex.Modalities of the 2026 ...",
    "environmental, 2025 United Nations Conference ..."), a short one only with no space
    (a line that merely begins with "rights", a title's last word, is text); or a piece of
    the document's title the head wraps its own way, glued on with no space ("environment,
    Developments in the field ... telecommunications in"; a line that quotes the title
    after a space is text)."""
    for title in titles:
        if len(title) <= 12 or len(t) <= len(title):
            continue
        long = len(title) >= 25
        if step == -1 and t.endswith(title) and (long or t[-len(title) - 1] != " "):
            return ("end", title)
        if step == 1 and t.startswith(title) and (long or t[len(title)] != " "):
            return ("start", title)
    if step == -1:
        for m in _GLUED_START.finditer(t):
            if running.title_piece(t[m.end() :]):
                return ("end", t[m.end() :])
    return None


def _near_furniture(raw: list[tuple[int, str]], running: Running) -> list[bool]:
    """Is a line within three lines of a line that is furniture only?"""
    only = [running.cut(t)[0] == "" and t != "" for _, t in raw]
    n = len(raw)
    near = [False] * n
    for i, f in enumerate(only):
        if f:
            for j in range(max(0, i - 3), min(n, i + 4)):
                near[j] = True
    return near


def _split_symbol(text: str, symbol: str | None) -> str:
    """A masthead line that holds the symbol beside other text ("United Nations
    A/RES/80/122"): the symbol on a line of its own, as the page shows it."""
    if not symbol or symbol not in text or text == symbol:
        return text
    before, _, after = text.partition(symbol)
    return "\n".join(p for p in (before.strip(), symbol, after.strip()) if p)


# -- footnotes ----------------------------------------------------------------------------


def _notes(zones: dict[int, list[str]]) -> list[tuple[str, str, int]]:
    """Each page's footnote lines -> (marker, text, page), in the document's order."""
    notes: list[list] = []  # [marker, text, page]
    for page in sorted(zones):
        items = _note_items(zones[page], _next_number(notes))
        markers = [v for k, v in items if k == "m"]
        in_order = markers == sorted(markers, key=_marker_key)
        paired = all(
            k == "t" or (i + 1 < len(items) and items[i + 1][0] == "t")
            for i, (k, _) in enumerate(items)
        )
        if not (in_order and paired):
            # poppler's reading order took markers apart from their texts: the texts, in
            # order, get the markers in order (a text before any marker goes on the last
            # page's note)
            texts = _texts(items)
            if texts and items and items[0][0] == "t" and len(texts) == len(markers) + 1:
                if notes:
                    notes[-1][1] = join_lines(notes[-1][1], texts[0])
                texts = texts[1:]
            if len(texts) == len(markers):
                for m, t in zip(sorted(markers, key=_marker_key), texts, strict=True):
                    notes.append([m, t, page])
                continue
        marker: str | None = None
        for kind, value in items:
            if kind == "m":
                marker = value
                notes.append([marker, "", page])
            elif notes and (marker is not None or notes[-1][2] < page):
                notes[-1][1] = join_lines(notes[-1][1], value)  # (a note runs over a page)
    return [(m, squash(t), p) for m, t, p in notes]


def _texts(items: list[tuple[str, str]]) -> list[str]:
    """The note texts of a page's items, markers aside: a text line goes on the one
    before unless a marker came between, or the one before is finished and it opens with
    a capital."""
    texts: list[str] = []
    after_marker = False
    for kind, value in items:
        if kind == "m":
            after_marker = True
            continue
        if texts and not after_marker and not (_finished(texts[-1]) and value[:1].isupper()):
            texts[-1] = join_lines(texts[-1], value)
        else:
            texts.append(value)
        after_marker = False
    return texts


def _next_number(notes: list[list]) -> int:
    for m, _, _ in reversed(notes):
        if m.isdigit():
            return int(m) + 1
    return 1


def _marker_key(m: str) -> tuple[int, int]:
    return (1, int(m)) if m.isdigit() else (0, len(m))


def _note_items(lines: list[str], expected: int) -> list[tuple[str, str]]:
    """A page's footnote lines as ("m", marker) and ("t", text line) items. A number that
    opens a line is a marker only if it is one the page can hold (from the next expected
    number on), so a wrapped line "53 (A/71/53)" stays text."""
    items: list[tuple[str, str]] = []
    top = expected
    for line in lines:
        m = _NOTE_ALONE.match(line)
        if m and _plausible(m.group(1), expected, top):
            items.append(("m", m.group(1)))
            top = max(top, int(m.group(1)) + 1) if m.group(1).isdigit() else top
            continue
        m = _NOTE_INLINE.match(line)
        if (
            m
            and _plausible(m.group(1), expected, top)
            and (
                not _continues_number(m.group(2))
                or m.group(1) == str(top)
                and _YEAR_NAME.match(m.group(2))
            )
        ):
            items.append(("m", m.group(1)))
            items.append(("t", m.group(2)))
            top = max(top, int(m.group(1)) + 1) if m.group(1).isdigit() else top
            continue
        items.append(("t", line))
    return items


# a note that opens with a year in a name: "2 1995 Review and Extension Conference ..."
_YEAR_NAME = re.compile(r"(?:19|20)\d\d [A-Z]")


def _plausible(marker: str, expected: int, top: int) -> bool:
    if not marker.isdigit():
        return True
    n = int(marker)
    return expected <= n <= top + 3


def _continues_number(rest: str) -> bool:
    """ "2 December 2025", "000 people", "3 – 14 June": the line's number is text, not a
    marker."""
    word = rest.split(" ", 1)[0]
    return word in _MONTHS or word[:1].isdigit() or word[:1] in "–-—" or word[:1].islower()


_MONTHS = _words(
    "January February March April May June July August September October November December"
)


def _finished(text: str) -> bool:
    t = text.rstrip().rstrip(_TRAILING)
    return bool(t) and t[-1] in ".)]"


# -- footnote markers in the body ---------------------------------------------------------


def _place_markers(body: list[_Line], notes: list[tuple[str, str, int]]) -> None:
    """Mark each note's marker in the body of its page. A page's body lines are searched
    as one text, so a marker the tool put at a line's start is found too. The markers of a
    page are placed together, in order: one taken too late ("from 2 to 5 April" at the
    page's foot for note 2, where "Agenda 21 2 and" is its place) would leave no room for
    the notes after it."""
    by_page: dict[int, list[int]] = {}
    for i, line in enumerate(body):
        by_page.setdefault(line.page, []).append(i)
    pages = {p: "\n".join(body[i].text for i in idx) for p, idx in by_page.items()}
    keys: dict[int, list[str]] = {}
    for marker, _, page in notes:
        if marker.isdigit() and page in pages:
            keys.setdefault(page, []).append(marker)
    for page, markers in keys.items():
        markers.sort(key=int)  # (the text's order, where the tool gave the notes another)
        s = pages[page]
        chosen = _choose([_candidates(s, m) for m in markers])
        for (start, end), marker in sorted(
            ((c, m) for c, m in zip(chosen, markers, strict=True) if c is not None),
            reverse=True,
        ):
            s = s[:start] + _MARK_OPEN + marker + _MARK_CLOSE + s[end:]
        pages[page] = s
    _mark_repeats(pages, notes)
    for page, idx in by_page.items():
        for i, text in zip(idx, pages[page].split("\n"), strict=True):
            body[i].text = text


_Cand = tuple[int, int, int, bool]  # start, end, rank, alone on its line


def _candidates(s: str, key: str) -> list[_Cand]:
    out: list[_Cand] = []
    p = s.find(key)
    while p != -1:
        hit = _marker_at(s, p, key)
        if hit is not None:
            rank, start, end = hit
            # a marker poppler set on a line of its own at the page's end ("... Programme,"
            # / "5"): its own place is lost, and the notes after it may come before it
            lone = s[start - 1 : start] == "\n" and s[end : end + 1] in ("\n", "")
            out.append((start, end, rank, lone))
        p = s.find(key, p + 1)
    return out


_PLACED = 10  # a note placed is worth more than a better rank for another


def _choose(cands: list[list[_Cand]]) -> list[tuple[int, int] | None]:
    """One place (or none) for each marker, in the page's order, the places not
    overlapping: the most markers placed, then the best ranks (6 glued ... 1), then the
    earliest places."""
    # states: (score, end of the last place, places so far); a state is dropped where
    # another scores as well and ends no later
    states: list[tuple[int, int, tuple]] = [(0, 0, ())]
    for options in cands:
        nxt = [(score, end, places + (None,)) for score, end, places in states]
        for score, end, places in states:
            taken = {pl for pl in places if pl is not None}
            for start, stop, rank, lone in options:
                if lone:
                    if any(a < stop and start < b for a, b in taken):
                        continue
                    nxt.append((score + _PLACED + rank, end, places + ((start, stop),)))
                elif start >= end:
                    nxt.append((score + _PLACED + rank, stop, places + ((start, stop),)))
        nxt.sort(key=lambda x: (-x[0], x[1]))
        states = []
        least = None
        for state in nxt:
            if least is None or state[1] < least:
                states.append(state)
                least = state[1]
    return list(states[0][2]) if states else [None] * len(cands)


_REPEAT = re.compile(r"(?<=[a-z,;:”’)])(\d{1,3})(?=[\s,;:)]|$)")


def _mark_repeats(pages: dict[int, str], notes: list[tuple[str, str, int]]) -> None:
    """A note cited again on a later page: the UN repeats its marker ("the Geneva
    Convention ... of 12 August 1949,2 continue to apply", note 2 of an earlier page).
    Only a number glued to a word or punctuation is taken (a spaced number is text)."""
    first: dict[str, int] = {}
    for marker, _, page in notes:
        if marker.isdigit():
            first.setdefault(marker, page)
    if not first:
        return

    def repl(page: int):
        def sub(m: re.Match) -> str:
            key = m.group(1)
            if first.get(key, page) < page:
                return _MARK_OPEN + key + _MARK_CLOSE
            return key

        return sub

    for page, s in pages.items():
        if _REPEAT.search(s):
            pages[page] = _REPEAT.sub(repl(page), s)


def _marker_at(s: str, p: int, key: str) -> tuple[int, int, int] | None:
    """Is `key` at s[p] a footnote marker? (rank, start, end) of what it replaces (with
    the space before a spaced marker); the best rank on the page wins, then the first:
    6 glued to a word or punctuation ("Nations,1"), 5 after punctuation and a space
    ("Nations, 1", poppler), 4 after a word and a space ("Development 6 in"), 3 glued to a
    resolution number or a year ("77/2285", "20251") or spaced after one, 2 after a word
    that takes numbers ("decision 6 that"), 1 glued to a plain number ("56514")."""
    n = len(key)
    after = s[p + n : p + n + 1]
    if after and not (after.isspace() or after in ",;:.)”’"):
        return None
    if p == 0:
        return None
    if s[p - 1] == "\n" and (p < 2 or s[p - 2] not in ",;:.)”’" or after == "."):
        # a line's first word: a marker after a finished line, not "6."; after a word,
        # a raised number the tool set at the next line's start ("Secretary-General" /
        # "7  and the", PyMuPDF) or on a line of its own ("Africa’s" / "7", poppler)
        if p < 2 or not s[p - 2].isalpha() or after == ".":
            return None
        if not (after in ("\n", "") or after == " " and s[p + n :].lstrip(" ")[:1].islower()):
            return None
        word = s[max(0, p - 40) : p - 1].split()[-1].lower()
        return (2 if word in _NUMBER_WORDS else 4), p, p + n
    before = s[p - 1]
    if before.isdigit():
        # "77/2285": resolution 77/228 and marker 5, where nothing better is on the page
        token = s[max(0, p - 12) : p + n].split()[-1]
        if not after or after.isspace():
            if _NUMBER_BEFORE.fullmatch(token[:-n]):
                # (a resolution's number goes on with its date, "69/313 of 27 July 2015",
                # which the marker follows: there the whole is likely the number)
                return (1 if s.startswith(" of ", p + n) else 3), p, p + n
            if token[:-n].isdigit() or _NAMED_NUMBER.search(token[:-n]):
                # "at least 56514 humanitarian workers": 565 and 14; "COVID-1916",
                # "decisions 1/CP.2731 and"
                return 1, p, p + n
        return None
    if before == "." and p >= 2 and s[p - 2].isdigit():
        # "4.5 million" is a decimal; "by 2030.5 The" or a line's end is a marker
        return (6, p, p + n) if _sentence_end(s, p + n) else None
    if before == "." and not _sentence_end(s, p + n):
        return None  # "WT/L/508/Add.1 of", "para.1 (a)": not after a full stop
    if before in _GLUED_AFTER:
        return 6, p, p + n
    if before in "IVX" and _ROMAN.fullmatch(s[max(0, p - 8) : p].split()[-1]):
        return 6, p, p + n  # "annex I6": annex I and marker 6
    if before.isspace() and p >= 2:
        prev = s[p - 2]
        if prev.isdigit():
            # "2015–2030 7 and" (poppler): after a year or a range, where nothing is better;
            # after another number ("Agenda 21 6 and", "1/CP.27 31 and"), where nothing is
            nxt = s[p + n + 1 : p + n + 2]
            if not nxt.islower():
                return None
            year = _NUMBER_BEFORE.fullmatch(s[max(0, p - 14) : p - 1].split()[-1])
            return (3 if year else 1), p - (before == " "), p + n
        if prev in ",;:.)”’":
            if prev == "." and p >= 3 and s[p - 3].isdigit():
                return None
            return 5, p - (before == " "), p + n  # (a line break stays)
        if prev.isalpha():
            word = s[max(0, p - 40) : p].split()[-1].lower().rstrip(".")
            if after and not after.isspace() and after not in ",;:.":
                return None
            if word in _NUMBER_WORDS:
                # "decision 6 that": a marker only where nothing better is on the page
                nxt = s[p + n + 1 : p + n + 2]
                return (2, p - (before == " "), p + n) if nxt.islower() else None
            nxt = s[p + n + 1 : p + n + 2]
            if nxt and (nxt.isdigit() or nxt.isupper()) and after != "\n":
                return None  # "Goal 6 Ensure", "1 2": a number in a list (not a line's end)
            return 4, p - (before == " "), p + n
    return None


def _sentence_end(s: str, at: int) -> bool:
    """Does a sentence end before s[at]: the end, a line's end, or a space and no lower
    case letter?"""
    rest = s[at : at + 2]
    return not rest or rest[0] in "\n " and not rest[1:2].islower()


# -- words the tool broke -----------------------------------------------------------------

_SPLIT = "\ufffe"  # PDFium's hyphen where it joined two lines (U+0002 in some versions)
_SPLIT_AT = re.compile(r"([A-Za-z]+(?:-[A-Za-z]+)*)\ufffe([A-Za-z]+(?:-[A-Za-z]+)*)")
_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")
_GLUED_SYMBOL = re.compile(r"(?<=\d)(?=" + SERIES + r"/)")  # "48WT/L/982": "48-WT/L/982"
# a range set apart: "2026 –2035", "3 – 14 June" (poppler keeps the space characters the
# typesetter left around the dash, which take no room on the page), "twenty – seventh"
_SPACED_DASH = re.compile(
    r"(?<=\d) (?=–\d)|(?<=\d–) (?=\d)|(?<=\d) – (?=\d)"
    r"|(?:(?<=twenty)|(?<=thirty)|(?<=forty)|(?<=fifty)|(?<=sixty)|(?<=seventy)"
    r"|(?<=eighty)|(?<=ninety)) – (?=[a-z])"
)
_SPACE_PUNCT = re.compile(r"(?<=[A-Za-z\d)”’-]) (?=[,;:](?:\s|$)|\.(?:\s|$))")
_SPACED_SLASH = re.compile(r"(?<=[A-Z\d]/) (?=\d)")  # "CBD/COP/ 15/17"
_SPLIT_RATIO = 5
_COMMON = 1000  # a word seen this often is a word of its own


def _repair(line: str, width: int, measure: int = 0) -> str:
    """A line as the tool gave it, with the spacing it put in or took out mended."""
    # (each regex only where a substring says it may have work)
    if " -" in line:
        if " - " in line:
            line = _SUSPENDED.sub("- ", line)
        line = _SPACED_HYPHEN.sub("-", line)
    if " " in line:
        # "the Paris Agreement 5and its": the space set before a raised number, not after
        line = _GLUED_NEXT.sub(r"\1 ", line)
    if "( " in line or " )" in line:
        line = _SPACED_PAREN.sub(lambda m: m.group().strip(), line)
    if " ’" in line or " ”" in line:
        line = _SPACED_QUOTE.sub("", line)
    return _repair_words(line, width, measure)


def _split_hyphen(m: re.Match) -> str:
    left, right = m.group(1), m.group(2)
    return f"{left}-{right}" if keeps_hyphen(left, right) else left + right


def _repair_words(line: str, width: int, measure: int = 0) -> str:
    """Words the tool broke, mended by the vocabulary of UN texts (`hyphen.vocabulary`):

    - a space a justified line's gap put inside a word ("natio nal", "see king"): joined
      where the joined word is known and one part is not, or is rare beside it;
    - a hyphen poppler dropped at a line's end, gluing the halves ("SecretaryGeneral",
      "case-bycase") or, where the gap before the hyphen was wide, spacing them ("middle
      income"): put back where the hyphenated word is known and the glued one is not; a
      spaced pair only at the place where poppler joined two lines into one overlong line;
    - a space before punctuation ("operational ;").
    """
    vocab = vocabulary()
    if _SPLIT in line:
        # PDFium joined two lines at a hyphen and marked it: decided as the PDF reader
        # decides a line-end hyphen (and no other join is in the line)
        line = _SPLIT_AT.sub(_split_hyphen, line).replace(_SPLIT, "-")
        measure = 0
    if "/" in line:
        line = _GLUED_SYMBOL.sub("-", line)
    if " –" in line or "– " in line:
        line = _SPACED_DASH.sub(lambda m: m.group().strip(), line)
    if "/ " in line:
        line = _SPACED_SLASH.sub("", line)
    if "19" in line or "20" in line:
        line = _SPLIT_YEAR.sub(lambda m: "".join(g for g in m.groups() if g), line)
    if " ," in line or " ;" in line or " :" in line or " ." in line:
        line = _SPACE_PUNCT.sub("", line)
    if " " in line:
        line = _join_pairs(line, vocab)
    line = _WORD.sub(lambda m: _rehyphen(m.group(), vocab), line)
    if len(line) > 1.1 * width > 0 and measure and _natural(line) > _MERGED * measure:
        line = _rejoin(line, measure, vocab)
    return line


def _join_pairs(line: str, vocab: dict[str, int]) -> str:
    words = line.split(" ")
    out = [words[0]]
    prev_n = _count(_core(words[0]), vocab)
    for i, w in enumerate(words[1:], 2):
        core = _core(w)
        n = _count(core, vocab)
        # (two common words stay two without a look at their join: most pairs)
        rare = 0 <= min(prev_n, n) < _COMMON or (len(core) == 1 and prev_n >= 0 <= n)
        if (
            rare
            and core
            and _joins(_core(out[-1], end=False), core, prev_n, n, vocab)
            and not _joins_better(_core(out[-1], end=False), core, words[i : i + 1], vocab)
        ):
            out[-1] += w
            prev_n = _count(_core(out[-1]), vocab)
        else:
            out.append(w)
            prev_n = n
    return " ".join(out)


def _joins_better(a: str, b: str, after: list[str], vocab: dict[str, int]) -> bool:
    """Does `b` join the word after it into a commoner word than `a` + `b`? ("and r
    ecognizing", "the re levant": the gap was after the first letters of the next word)"""
    if not after or not b.isalpha():
        return False
    c = _core(after[0])
    nb, nc = _count(b, vocab), _count(c, vocab)
    if not c or nc < 0 or not _joins(b, c, nb, nc, vocab):
        return False
    return vocab.get((b + c).lower(), 0) > vocab.get((a + b).lower(), 0)


def _core(word: str, end: bool = True) -> str:
    """The word without the punctuation around it (and a possessive "’s")."""
    word = word.lstrip('(“‘"[')
    if not end:
        return word
    word = word.rstrip(".,;:”’)")
    return word[:-2] if word.endswith("’s") else word


def _count(word: str, vocab: dict[str, int]) -> int:
    """How often the corpus has the word; -1 for a token that is not a plain word."""
    return vocab.get(word.lower(), 0) if word.replace("-", "").isalpha() else -1


def _joins(a: str, b: str, na: int, nb: int, vocab: dict[str, int]) -> bool:
    if not a or b[0].isupper() or not a.isascii() or "-" in a:
        return False
    joined = vocab.get((a + b).lower(), 0)
    if min(na, nb) == 0:
        return joined >= 1  # a fragment that is no word ("unv erified", "Alpin e")
    if joined < 5:
        return False
    if len(b) == 1 and b != "a" or len(a) == 1 and a not in "aAI":
        return True  # "Storm s", "l east": a letter alone is no word of its own here
    return joined > _SPLIT_RATIO * min(na, nb)


def _rehyphen(word: str, vocab: dict[str, int]) -> str:
    if len(word) < 5:
        return word
    n = vocab.get(word.lower(), 0)
    rest = word[1:]
    camel = not rest.islower() and any(
        a.islower() and b.isupper() for a, b in zip(word, rest, strict=False)
    )
    if n and not camel:
        return word  # a known word ("noncommunicable"); "SecretaryGeneral" is not one
    best, best_n = word, max(2, 10 * n)
    for k in range(2, len(word) - 1):
        if not (word[k - 1].isalpha() and word[k].isalpha()):
            continue
        cand = word[:k] + "-" + word[k:]
        n = vocab.get(cand.lower(), 0)
        if n > best_n:
            best, best_n = cand, n
    return best


# A line wider than this share of the measure is two lines poppler joined where the first
# ended with a hyphen, which it dropped, gluing or spacing the halves ("SecretaryGeneral",
# "mineral exporting"); the join stands where the first line's text reached the measure.
_MERGED = 1.12
_JOIN_WINDOW = (0.72, 1.03)  # (a first line is shorter by its indent)
_HYPHEN = 67  # (333 / 5)
_COMPOUND_LEFT = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*$")
_COMPOUND_RIGHT = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")


def _rejoin(line: str, measure: int, vocab: dict[str, int]) -> str:
    """Put back the hyphen poppler dropped where it joined two lines: at the join (the
    first line's text, with its hyphen, about as wide as the measure), a spaced pair whose
    hyphenated compound the corpus knows, or a glued word that the corpus writes with the
    hyphen (the PDF reader's rule for a line-end hyphen, `hyphen.keeps_hyphen`). The
    candidate nearest a full line's width wins; the rest is looked at again."""
    lo, hi = _JOIN_WINDOW[0] * measure, _JOIN_WINDOW[1] * measure
    best: tuple[float, int, int] | None = None  # (distance from a full line, start, end)
    at = 0
    width = 0
    for word in line.split(" "):
        start = at
        at += len(word) + 1
        w = _natural(word)
        if width > hi:
            break
        if width + w + _HYPHEN >= lo and word.isalpha() and width <= hi:
            # a glued join inside the word: "multistakeholder", "nongovernmental"
            glued = vocab.get(word.lower(), 0)
            for k in range(2, len(word) - 1):
                cut = width + _natural(word[:k]) + _HYPHEN
                if not lo <= cut <= hi:
                    continue
                left, right = word[:k], word[k:]
                hyphenated = vocab.get(f"{left}-{right}".lower(), 0)
                # (a compound the corpus has not seen, of two words it knows:
                # "mission-oriented", as the PDF reader's rule keeps it)
                known = glued == 0 and len(left) > 2 < len(right) and _count(left, vocab) > 0
                if (hyphenated > glued or known) and keeps_hyphen(left, right):
                    d = abs(cut - 0.96 * measure)
                    if best is None or d < best[0]:
                        best = (d, start + k, start + k)
        end = width + w + _HYPHEN
        if lo <= end <= hi and at < len(line):
            # a spaced join after the word: "mineral exporting", "Secretary General"
            left_m = _COMPOUND_LEFT.search(word)
            right_m = _COMPOUND_RIGHT.match(line, at)
            if left_m and right_m and left_m.end() == len(word):
                compound = f"{left_m.group()}-{right_m.group()}".lower()
                if vocab.get(compound, 0) >= 1:
                    d = abs(end - 0.96 * measure)
                    if best is None or d < best[0]:
                        best = (d, at - 1, at)
        width += w + _SPACE
    if best is None:
        return line
    rest = line[best[2] :]
    if _natural(rest) > _MERGED * measure:
        rest = _rejoin(rest, measure, vocab)  # three lines or more joined
    return line[: best[1]] + "-" + rest


# -- paragraphs ---------------------------------------------------------------------------


def _plain(text: str) -> str:
    return _MARK.sub("", text)


def _ends_terminal(text: str) -> bool:
    t = _plain(text).rstrip().rstrip(_TRAILING).rstrip()
    return bool(t) and t[-1] in _TERMINAL


def _width(body: list[_Line]) -> int:
    """The body's line length, in characters: the median of its longer lines (poppler's
    lines joined at a dropped hyphen are longer than any, and not many)."""
    lengths = sorted(n for ln in body if not ln.header and (n := len(_plain(ln.text))) > 40)
    if not lengths:
        return 80
    return lengths[len(lengths) // 2]


# Times New Roman's advance widths (the UN's typeface; the Adobe core-14 metrics of
# Times-Roman), in units of 5/1000 em, for Latin-1; anything else counts as "?" (444).
def _advances() -> bytes:
    table = [89] * 256
    rows = (
        (
            "abcdefghijklmnopqrstuvwxyz",
            "444 500 444 500 444 333 500 500 278 278 500 278 778 "
            "500 500 500 500 333 389 278 500 500 722 500 500 444",
        ),
        (
            "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
            "722 667 667 722 611 556 722 722 333 389 722 611 889 "
            "722 722 556 722 667 556 611 722 722 944 722 722 611",
        ),
        ("0123456789", " ".join(["500"] * 10)),
        (
            " .,;:()-/'\"%&*[]!?",
            "250 250 250 278 278 333 333 333 278 180 408 833 778 500 333 333 333 444",
        ),
    )
    for chars, widths in rows:
        for ch, w in zip(chars, widths.split(), strict=True):
            table[ord(ch)] = int(w) // 5
    return bytes(table)


_ADVANCE = _advances()
_SPACE = 50  # (250 / 5)
_INDENT = 480  # a first line's indent, 24 pt at 10 pt (in the same units)
_NUMBER_TAB = 720  # a paragraph's number and the tab after it: 36 pt
_LABEL = re.compile(r"^(?:\d{1,3}\.|\((?:[a-z]{1,4}|\d{1,2})\))\s")
# A line, a space and the next line's first word narrower than this share of the body's
# measure: the line was broken for a reason (a paragraph's or a heading's end), not because
# the word did not fit. On the PDF reader's lines of all 273 PDFs, 3 wrapped lines of
# about 37,000 fall below it, and 70% of paragraph ends do; for a line that ends with
# ".", ";" or ":", none below the second, and 76% of paragraph ends.
_FITS = 0.87
_FITS_FINISHED = 0.95


def _natural(text: str) -> int:
    """The width of a text set in Times New Roman, unjustified (units of 5/1000 em)."""
    return sum(text.encode("latin-1", "replace").translate(_ADVANCE))


def _measure(body: list[_Line]) -> int:
    """The body's measure: the natural width of its longest lines (the 95th centile; a
    justified line's text is narrower than the measure, and a line that wrapped only
    just so), leaving out lines a tool joined into one (wider than any)."""
    widths = sorted(_natural(_plain(ln.text)) for ln in body if not ln.header)
    if len(widths) < 10:
        return 0
    median = widths[len(widths) // 2]
    widths = [w for w in widths if w < 1.2 * median]
    return widths[int(0.95 * (len(widths) - 1))]


def _fits(p: str, t: str, measure: int, first: bool = False) -> bool:
    """Would the first word of `t` (with a number, the word after it: "22 December" and
    "(c) eradicating" are not broken) have fitted on the line `p`? `first`: `p` opens its
    paragraph, and so is indented (the UN's style: 24 pt, or the number and a tab to 36 pt)."""
    words = t.split(" ", 2)
    unit = words[0]
    if len(words) > 1 and (unit[:1].isdigit() or unit[:1] == "("):
        unit += " " + words[1]
    finished = p.rstrip("”’)").endswith((".", ";", ":"))
    share = _FITS_FINISHED if finished else _FITS
    width = _natural(p)
    if first:
        m = _LABEL.match(p)
        width += _NUMBER_TAB - _natural(m.group()) if m else _INDENT
    return width + _SPACE + _natural(unit) < share * measure


_JOINING_WORDS = _words(
    "a an the of and or for to in on at by with from as its their his her this that these "
    "those which who whom whose into upon under between among including such"
)


def _starts(
    prev: _Para, line: str, width: int, last_num: int, measure: int = 0, nxt: str = ""
) -> bool | None:
    """Does `line` start a new paragraph after `prev`? None: a page break leaves it open.
    `nxt`: the line after `line` on the same page, if any."""
    p = _plain(prev.last)
    t = _plain(line)
    if _NUM_ALONE.match(p) or _RES_NUM_ALONE.match(p) or _ITEM_ALONE.match(p):
        return False  # "1." or "(a)" alone: its text follows
    if _HEAD_NUM_ALONE.match(p):
        return False  # "II" alone: its heading follows
    if (
        _LABEL_ALONE.match(p)
        and not _ends_terminal(line)
        and len(t) < 0.9 * width
        and not (nxt and measure and len(t) > 0.75 * width and not _fits(t, _plain(nxt), measure))
    ):
        # "Rule 5" alone: its title follows (else its text: "Rule 57" over "... the
        # mandate.", or "Rule 58" over a long line that wrapped: "As a general rule, ...")
        return False
    if _HEAD_NUM_ALONE.match(t) and _ends_terminal(prev.last):
        return True  # "IV." alone after a finished line: a section's number
    if _FORMULA.match(t) or _FORMULA.match(p):
        return True
    first = t[:1]
    if first.islower() or first in ",;)…":
        return False
    if p.endswith("-") and len(p) > 1 and p[-2].isalpha():
        return False
    if (
        measure
        and nxt
        and prev.last.endswith(_MARK_CLOSE)
        and not _ends_terminal(line)
        and not t[:1].isdigit()  # (the meeting line: "45th plenary meeting")
        and not (_NUM.match(t) or _ITEM.match(t) or _HEAD_INLINE.match(t) or _leads(t))
    ):
        # PDFium ends a line after a raised marker ("Associated Personnel, 8" / "Security
        # Council resolution 2730 (2024) and all relevant resolutions"): the two are one
        # printed line if together they fill it (the next word would not have fitted)
        printed = p + " " + t
        if _natural(printed) <= _JOIN_WINDOW[1] * measure and not _fits(
            printed, _plain(nxt), measure
        ):
            return False
    if (
        measure
        and p.rsplit(" ", 1)[-1].lower() not in _JOINING_WORDS
        and _fits(p, t, measure, _opens(prev))
    ):
        return True  # the line ended with room to spare: its paragraph (or heading) ended
    terminal = _ends_terminal(prev.last)
    short = len(p) < 0.75 * width
    m = _NUM_ALONE.match(t) or _NUM.match(t)
    if m:
        n = int(m.group(1))
        word = p.rsplit(" ", 1)[-1].lower()
        if n == last_num + 1 and word not in _JOINING_WORDS and word not in _NUMBER_WORDS:
            return True  # the next number, after a heading or a finished line
        if terminal or (short and word not in _JOINING_WORDS):
            return n in (last_num + 1, 1) or short or _NUM_ALONE.match(t) is not None
        return False
    if (
        terminal
        and first.isupper()
        and _opening(t) is not None
        and _opening(t) == _opening(prev.text)
    ):
        return True  # a list of like lines: "Monday, 9 June: ..." then "Tuesday, 10 June: ..."
    if prev.heading and not terminal and (_leads(t) or _FORMULA.match(t)):
        return True  # a heading's (wrapped) text ends where a paragraph opens
    if terminal and p.endswith((".", ";", ":")) and _HEAD_INLINE.match(t):
        return True  # "II. Credentials of representatives ...": a numbered heading
    if _ITEM.match(t):
        if _INLINE_ITEM.search(p):
            return False  # a list run into the paragraph's text goes on
        return terminal or p.endswith((" and", " or", "and/or"))
    if not terminal and _WE.match(t):
        return True  # a title over a declaration's "We, Heads of State and Government ..."
    if (
        p.endswith(":")
        and first.isupper()
        and _FOLLOWING.search(prev.text)
        and not _leads(t)
        and not _ITEM.match(t)
    ):
        return True  # "Adopts the following political declaration ...:" over its title
    quoting = prev.text.count("“") > prev.text.count("”")
    if terminal and (short or (not p.endswith(":") and not quoting and _leads(t))):
        # (after a colon a lead is the text the colon announces: "Goal 6: Ensure"; inside
        # a quotation, the title's words: "“Declaration ... of All States, / Taking into
        # Particular Account ...”")
        return True
    last_word = p.rsplit(" ", 1)[-1].lower()
    if short and not terminal and last_word not in _JOINING_WORDS and not first.islower():
        return True  # after a heading (or the meeting line: "64th plenary meeting")
    if (
        terminal
        and len(t) < 0.6 * width
        and not _ends_terminal(line)
        and not first.islower()
        and t.rsplit(" ", 1)[-1].lower() not in _JOINING_WORDS
    ):
        # a short line that does not end as a paragraph does: a heading (a paragraph's
        # last line ends with punctuation, a page's last line is full)
        return True
    if (
        terminal
        and nxt
        and measure
        and not _ends_terminal(line)
        and t.rsplit(" ", 1)[-1].lower() not in _JOINING_WORDS
        and _fits(t, _plain(nxt).split(" ", 1)[0], measure)
    ):
        # after a finished line, a line that ends with room to spare and no punctuation:
        # a heading ("Office of the Special Envoy of the Secretary-General for Yemen" over
        # "12. Takes note ..."), as a paragraph's last line ends with punctuation
        return True
    if terminal and first.isupper():
        return None  # a finished line and a capital that is not a lead: open
    return False


def _leads(t: str) -> bool:
    """Does the line open with a resolution's lead ("Recalling", "Decides")? A verb's bare
    form ("Support services;") opens a paragraph only after its number (a declaration's
    "1. Reaffirm ...")."""
    lead = match_lead(t)
    return lead is not None and lead.kind != "base"


def _opens(para: _Para) -> bool:
    """Is the paragraph's last line its first (after a number alone on its line)?"""
    return para.lines == 1 or (para.lines == 2 and _NUM_ALONE.match(para.text[:4]) is not None)


def _opening(text: str) -> tuple[str, ...] | None:
    """The shape of a line's first three words ("Monday, 9 June:" is ("A,", "9", "A:")),
    where they hold a number and a word that ends with a colon: how each line of a list of
    like lines (a schedule) opens."""
    words = _plain(text).split(" ", 3)[:3]
    if len(words) < 3 or not all(words):
        return None
    shape = tuple(
        ("9" if w[0].isdigit() else "A" if w[0].isupper() else "a")
        + (w[-1] if w[-1] in ",:;." else "")
        for w in words
    )
    if not any(x[0] == "9" for x in shape) or not any(x.endswith(":") for x in shape):
        return None
    return shape


def _blocks(body: list[_Line], width: int, measure: int = 0) -> list[Block]:
    paras: list[_Para] = []
    last_num = 0
    prev_page = 0
    header_done = False
    in_title = False
    held: str | None = None  # a section's number met before the item it interrupts ends
    for i, line in enumerate(body):
        t = line.text
        if line.header:
            if paras and (in_title or _header_joins(paras[-1], t)):
                paras[-1].text = join_lines(paras[-1].text, t)
                paras[-1].last = t
            else:
                # after the sponsors' line (or "submitted by ..." to its draft's symbol):
                # the title, to the formula, one block however it wraps
                in_title = bool(paras) and _TITLE_ANCHOR.search(paras[-1].text) is not None
                paras.append(_Para(t, False, t))
            if _RES_NUM_TITLE.match(paras[-1].text):
                in_title = True  # "80/122. International financial system ..."
            continue
        if not header_done:
            header_done = True
            paras.append(_Para(t, False, t, heading=bool(_HEAD_NUM_ALONE.match(_plain(t)))))
            continue
        new_page = line.page != prev_page
        prev_page = line.page
        after = body[i + 1] if i + 1 < len(body) else None
        nxt = after.text if after is not None and after.page == line.page else ""
        lead_in = _plain(paras[-1].last)
        if (
            held is None
            and (_ITEM_ALONE.match(lead_in) or _NUM_ALONE.match(lead_in))
            and _HEAD_NUM_ALONE.match(_plain(t))
        ):
            # poppler read a section's number ("VI.", "A.") from the margin after an item's
            # label or a paragraph's number ("(d)", "17."): it goes before the next block,
            # the section's heading
            held = t
            continue
        starts = _starts(paras[-1], t, width, last_num, measure, nxt)
        if held is not None and starts is not False:
            _close(paras[-1])
            paras.append(_Para(held, False, held, heading=True))
            held = None
            starts = _starts(paras[-1], t, width, last_num, measure, nxt)
        if starts is None and not new_page:
            # a full line that ends a sentence and a capital, on one page: the paragraph
            # goes on (a new one would open with a lead or a number)
            starts = False
        if starts is False:
            para = paras[-1]
            if _NUM_ALONE.match(_plain(para.last)) and _stray_last_line(t, width):
                para.tail = t  # poppler put the paragraph's short last line before it
                continue
            para.text = join_lines(para.text, t)
            if (
                measure
                and para.last.endswith(_MARK_CLOSE)
                and _natural(_plain(para.last)) + _natural(_plain(t)) <= _JOIN_WINDOW[1] * measure
            ):
                # PDFium ends a line after a raised marker and gives the rest of the
                # printed line as a line of its own ("... Political Rights7" / "and the
                # International Covenant on Economic,"): the two are one line
                para.last = para.last + " " + t
            else:
                para.last = t
            para.lines += 1
            _close(para)  # (the held last line goes after the line it was put before)
        else:
            _close(paras[-1])
            plain = _plain(t)
            heading = bool(_HEAD_NUM_ALONE.match(plain) or _HEAD_INLINE.match(plain))
            paras.append(_Para(t, bool(starts is None), t, heading=heading))
            m = _NUM_ALONE.match(_plain(t)) or _NUM.match(_plain(t))
            if m:
                last_num = int(m.group(1))
    if paras:
        _close(paras[-1])
    return [_block(p) for p in paras]


def _stray_last_line(t: str, width: int) -> bool:
    """ "17." then "session." then "Decides to continue ... at its seventy-ninth": a short
    finished line in lower case right after a number alone is the paragraph's last."""
    return t[:1].islower() and _ends_terminal(t) and len(_plain(t)) < 0.4 * width


def _close(para: _Para) -> None:
    if para.tail:
        para.text = join_lines(para.text, para.tail)
        para.last = para.tail
        para.tail = ""


def _header_joins(block: _Para, line: str) -> bool:
    """Masthead lines: a wrapped line goes on in lower case, after a hyphen or after the
    resolution number; the title (after the sponsors' or the number's line) is one block."""
    prev = block.last
    first = line[:1]
    if _TITLE_ANCHOR.search(prev):
        return False  # the title starts after the sponsors' line
    if first.islower() or first == "(":
        return True
    if _RES_NUM_ALONE.match(prev):
        return True
    p = prev.rstrip()
    if p.endswith(("-", ",")) and len(p) > 1 and p[-2].isalpha():
        return True  # a hyphen, or a list of sponsors that wraps
    return p.rsplit(" ", 1)[-1] in _JOINING_WORDS and not _FORMULA.match(line)


def _block(para: _Para) -> Block:
    text = para.text
    if _MARK_OPEN not in text:
        return Block((Run(text),), page_break=para.page_break)
    runs: list[Run] = []
    pos = 0
    for m in _MARK.finditer(text):
        if m.start() > pos:
            runs.append(Run(text[pos : m.start()]))
        runs.append(Run(m.group(1), sup=True))
        pos = m.end()
    if pos < len(text):
        runs.append(Run(text[pos:]))
    return Block(tuple(runs), page_break=para.page_break)
