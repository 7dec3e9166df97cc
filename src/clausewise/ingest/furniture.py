"""UN page furniture: what a page of a UN PDF prints that is not the document's text.

At a page's foot the job number ("25-16548", "25-16548 (E)" on the first page, with the
print date code "171025"), the page number ("2/13"), the barcode ("*2516548*") and
"Please recycle"; at the top of every page after the first the running head: the symbol
("A/RES/80/122"), and on adopted texts a running title (the resolution's title). A short
rule of underscores opens the footnotes at a page's foot.

One module for both readers of UN pages. The PDF reader sees furniture by place (the
page's top and bottom bands) and uses the token patterns here; text extracted from a PDF
by another tool has lost the places, and the furniture may be anywhere: on lines of its
own, in any order, or glued to the text before or after it when the tool joins a page's
last line with the next page's head (`...Resolution 70/1.A/C.2/80/L.10`,
`2/9 23-21227A/C.3/78/L.41`). There the document's own symbol, job number, running titles
and page count are learned from the text first (`Running.learn`), and only those are cut.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

RULE = re.compile(r"^[_\u2014\u2500]{5,}$")  # the short rule above a page's footnotes
PAGE_NO = re.compile(r"^\d{1,4}/\d{1,4}$")  # "2/10"
JOB = re.compile(r"^\d{2}-\d{4,6}(?:X|\(E\))?$")  # "18-16895", "18-16895(E)"
BARCODE = re.compile(r"^\*\d{6,9}\*$")  # "*1816895*"
FOOT_WORDS = frozenset({"(E)", "Please", "recycle", "*"})


def foot_token(token: str) -> bool:
    """Is this word of a line at a page's foot furniture (PDF reader: by place too)?"""
    return bool(
        PAGE_NO.match(token)
        or JOB.match(token)
        or BARCODE.match(token)
        or token in FOOT_WORDS
        or (token.isdigit() and len(token) == 6)  # the print date code "241018"
    )


# -- furniture in extracted text ----------------------------------------------------------

# A symbol as a running head writes it: series letters and at least one more part, maybe
# reissued ("A/C.3/80/L.29*").
_SYMBOL = re.compile(r"(?<![A-Za-z/])(?:A|E|S|[A-Z]{2,8})(?:/[A-Za-z0-9][A-Za-z0-9.\-]*){2,}\*?")
_JOB_IN = re.compile(r"(?<![\d-])\d{2}-\d{5}(?![\d-])")
_PAGE_IN = re.compile(r"(?<![\d/])(\d{1,3})/(\d{1,3})(?![\d/])")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Running:
    """The furniture of one document, learned from its extracted text."""

    symbol: str | None = None  # the symbol as its running heads print it
    job: str | None = None  # the job number
    titles: tuple[str, ...] = ()  # running titles (adopted texts print the title)
    pages: int | None = None  # the page count the page numbers show ("2/13": 13)
    title: str = ""  # an adopted text's title from its masthead, without spaces

    def title_piece(self, text: str) -> bool:
        """Is `text` a piece of the document's title, however it wraps (a running head
        wraps the title its own way, and on odd pages another)?"""
        return len(text) >= 25 and text.replace(" ", "") in self.title

    @classmethod
    def learn(cls, lines: list[str]) -> Running:
        """Learn from the (squashed) lines of a whole extracted text."""
        jobs: Counter[str] = Counter()
        symbols: Counter[str] = Counter()
        totals: Counter[str] = Counter()
        first: str | None = None
        for line in lines:
            if "/" in line:
                for m in _SYMBOL.finditer(line):
                    # a running head stands at a line's edge (glued or not)
                    if m.start() == 0 or m.end() == len(line) or line[m.end()] == " ":
                        symbols[m.group()] += 1
                        first = first or m.group()
                if _only_foot(line):  # "2/13", "2/13 25-20751": not "54/200 of"
                    for m in _PAGE_IN.finditer(line):
                        n, total = int(m.group(1)), int(m.group(2))
                        if 2 <= n <= total <= 999:
                            totals[m.group(2)] += 1
            if "-" in line:
                for m in _JOB_IN.finditer(line):
                    # the first page's "25-16548 (E)" is a job number even if it is once
                    jobs[m.group()] += 2 if line[m.end() : m.end() + 4].strip() == "(E)" else 1
        job = next((j for j, n in jobs.most_common(1) if n >= 2), None)
        # The document's symbol: the first one the masthead shows, if its running heads
        # repeat it (or the text is one page); else the most repeated.
        symbol = None
        # (counted as a substring: a head glued to a symbol the text cites, "...document
        # A/5700.A/C.4/80/L.18", is one match of the pattern)
        if first is not None and (
            sum(line.count(first) for line in lines) >= 2
            or job is None
            or len(symbols) == 1
            or any(first in line for line in lines[:3])  # the masthead's own (one page)
        ):
            symbol = first
        elif symbols:
            top, n = symbols.most_common(1)[0]
            symbol = top if n >= 3 else None
        total = None
        if totals:
            top, n = totals.most_common(1)[0]
            total = int(top) if n >= 1 else None
        masthead = _masthead_title(lines)
        titles = _running_titles(lines, symbol, masthead) if symbol else ()
        return cls(symbol, job, titles, total, masthead)

    # -- cutting ----------------------------------------------------------------------

    def cut(self, line: str, head_zone: bool = False) -> tuple[str, bool, bool]:
        """The line without the furniture at its ends: (text left, foot seen, head seen).
        A head is the symbol or a running title (the top of a new page); a foot is a job
        number, page number, barcode or date code. `head_zone`: the masthead, whose
        symbol is the document's and stays."""
        if not line:
            return line, False, False
        start, end = _runs(self)
        foot = head = False
        for _ in range(4):  # both ends, pieces of several kinds
            # (the search scans the line: only where its end may be furniture)
            last = line[-1:]
            if last.isdigit() or last in "*)e" or (self.symbol and line.endswith(self.ends)):
                m = end.search(line)
            else:
                m = None
            if m is not None and m.start() < len(line):
                kind = _kinds(self, m.group(), m.start() == 0, head_zone)
                if kind is not None:
                    foot, head = foot or kind[0], head or kind[1]
                    line = line[: m.start()].rstrip()
                    continue
            m = start.match(line)
            if m is not None and m.end() > 0:
                kind = _kinds(self, m.group(), m.end() == len(line), head_zone)
                if kind is not None:
                    foot, head = foot or kind[0], head or kind[1]
                    line = line[m.end() :].lstrip()
                    continue
            break
        return line, foot, head

    @property
    def ends(self) -> tuple[str, ...]:
        """What a line that ends with a running head ends with."""
        return (self.symbol or "", *self.titles)

    def is_title(self, line: str) -> bool:
        return line in self.titles


def _masthead_title(lines: list[str]) -> str:
    """An adopted text's title as its masthead prints it ("80/122. International financial
    system and development"), without spaces (tools space quotes apart); "" for a draft."""
    at = next((k for k, t in enumerate(lines[:60]) if _RES_NUMBER.match(t)), None)
    return "".join(lines[at : at + 6]).replace(" ", "") if at is not None else ""


def _running_titles(lines: list[str], symbol: str, masthead: str) -> tuple[str, ...]:
    """Running titles: the text a running head prints beside the symbol. Where the tool
    keeps the head's parts apart, the lines that stand near the symbol page after page (a
    long title takes several: "Modalities of the 2026 United Nations Water Conference to /
    Accelerate the Implementation ..."); where it glues them, what stands beside the
    symbol on its line ("...annex.A/RES/80/122 International financial system and
    development", "sanitation for all A/RES/78/327"). The masthead's symbol (the first)
    heads no page."""
    found: Counter[str] = Counter()
    heads = 0
    seen_first = False
    for i, line in enumerate(lines):
        at = line.find(symbol)
        if at == -1:
            continue
        if not seen_first:
            seen_first = True
            continue
        end = at + len(symbol) + (line[at + len(symbol) : at + len(symbol) + 1] == "*")
        if at > 0 and end < len(line) and line[end] != " ":
            continue  # a symbol the text cites
        heads += 1
        # what stands beside the symbol (before it only if nothing else does: the text
        # a tool glued before the head is no title)
        near = {line[end:].strip() if end < len(line) else line[:at].strip()}
        near.update(
            lines[j]
            for j in range(max(0, i - _HEAD_LINES), min(len(lines), i + _HEAD_LINES + 1))
            if j != i
        )
        for t in near:
            # (a title ends as a title does: not as a sentence or a note)
            if t and symbol not in t and len(t) < 150 and t[-1:] not in ";." and not _only_foot(t):
                found[t] += 1
    # on many pages; in a short text, one seen less (two pages, a title wrapped another way
    # on odd pages) counts if it is a piece of the document's title, however the masthead
    # wraps it ("80/122. International ..."; in a long one a line of text may quote it)
    need = max(2, heads // 3)
    if not masthead:
        return ()  # no resolution's number: a draft, whose running head is its symbol
    titles = (
        t
        for t, n in found.items()
        if any(c.isalpha() for c in t)
        and (
            n >= need
            or (heads <= 3 and len(t) > 12 and t.replace(" ", "") in masthead and t[-1] != ",")
        )
    )
    return tuple(sorted(titles, key=len, reverse=True))


_RES_NUMBER = re.compile(r"^\d{1,4}/\d{1,4}(?: [A-Z])?\.(?:\s|$)")  # "80/122. International ..."
# How far from the symbol's line a running head's lines stand (a title of four lines, the
# page number and the job number on either side, in some tools' order).
_HEAD_LINES = 6


def _only_foot(line: str) -> bool:
    return all(foot_token(t) for t in line.split())


_CACHE: dict[Running, tuple[re.Pattern, re.Pattern]] = {}


def _runs(r: Running) -> tuple[re.Pattern, re.Pattern]:
    """(a run of furniture at a line's start, a run at its end) for this document."""
    got = _CACHE.get(r)
    if got is not None:
        return got
    alts = [r"\*\d{6,9}\*", r"\d{1,3}/\d{1,3}", r"Please recycle"]
    if r.job:
        alts.append(re.escape(r.job) + r"(?:\s*\(E\))?(?:\s+\d{6}(?!\d))?")
    if r.symbol:
        alts.append(re.escape(r.symbol) + r"\*?")
        alts.extend(re.escape(t) for t in r.titles)
    piece = "(?:" + "|".join(alts) + ")"
    start = re.compile(r"(?:" + piece + r"\s*)+")
    end = re.compile(r"(?:\s*" + piece + r")+\s*$")
    if len(_CACHE) > 64:
        _CACHE.clear()
    _CACHE[r] = (start, end)
    return start, end


def _kinds(r: Running, run: str, whole: bool, head_zone: bool) -> tuple[bool, bool] | None:
    """(foot?, head?) of a run of furniture the patterns matched, or None if it is not
    furniture after all: a page number must fit the document's page count and stand
    with another piece or alone on its line (`whole`); a title must stand with the
    symbol; in the masthead (`head_zone`) the symbol is the document's own and stays."""
    rest = run.strip()
    foot = head = False
    if r.symbol and r.symbol in rest:
        if head_zone:
            return None
        head = True
        rest = rest.replace(r.symbol + "*", " ").replace(r.symbol, " ")
        for t in r.titles:
            rest = rest.replace(t, " ")
    if r.job and r.job in rest:
        foot = True
        rest = rest.replace(r.job, " ")
    tokens = rest.replace("(E)", " ").replace("Please recycle", " ").split()
    strong = head or foot
    for t in tokens:
        if BARCODE.match(t):
            foot = strong = True
        elif PAGE_NO.match(t):
            n, total = (int(x) for x in t.split("/"))
            if r.pages is None or total != r.pages or not 2 <= n <= total:
                return None
            foot = True
        elif t.isdigit() and len(t) == 6 and r.job:
            foot = True  # the print date code, beside the job number
        else:
            return None  # a title without the symbol, or text
    if not strong and not whole:
        return None
    return (foot, head) if (foot or head) else None


def squash(line: str) -> str:
    """Single spaces, no ends."""
    return _SPACES.sub(" ", line).strip()
