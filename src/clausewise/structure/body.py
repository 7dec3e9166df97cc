"""The body: formula, preambular paragraphs, numbered operative paragraphs, their items,
sections, the meeting line, and where the annexes begin.

One pass over the lines with a little state. The hard part is telling a new paragraph from
the rest of one that a page break (or the PDF's footnotes) cut in two; `_continues` holds
that rule, and the tests hold the cases that taught it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..dates import DATE, iso_date
from ..grammar import language
from ..lexicon import Lead, looks_like_lead, match_lead
from ..model import OPERATIVE, PREAMBULAR, TEXT
from .lines import Line, ends_terminal

NUM_RE = re.compile(r"^(\d{1,3})\s?\.(?:\s+|(?=[A-Z“\"]))")
NUM_FOREIGN = re.compile(r"^(\d{1,3})\s?[.\-–]\s+")  # "1. Prie", "1 - تطلب", "1. 请"
ITEM_RE = re.compile(r"^(?:\(([a-z]{1,3}|[ivxlc]{1,6}|\d{1,2})\)\s*|([•●▪◦])\.?\s+)")
ROMAN_HEAD = re.compile(r"^([IVXLC]{1,6})\.?\s+(\S.{0,300})$")
LETTER_HEAD = re.compile(r"^([A-Z])\.\s+(\S.{0,250})$")
PART_RE = re.compile(r"^([A-Z])$")
ARTICLE_RE = re.compile(r"^(?:Article|Rule|Principle|Section|Chapter|Part)\s+\w{1,6}\.?$", re.I)
ANNEX_RE = re.compile(
    r"^(?:Annex(?:es)?|ANNEX(?:ES)?|Attachment|ATTACHMENT|Appendix|APPENDIX)"
    r"(?:\s+([IVXLC]{1,6}|\d{1,2}|[A-Z]))?"
    # "Annex A – Items subject to a no-objection process": a heading with its title
    r"(?:\W{0,3}$|\s*[–—:-]\s+([A-Z][^.;]{2,200}))$"
)
MEETING_RE = re.compile(
    rf"^(\d{{1,5}}(?:st|nd|rd|th)\s+(?:\(resumed\)\s+)?(?:plenary\s+)?meeting)\b[,.]?\s*(?:held\s+on\s+)?({DATE})?\.?\s*$",
    re.I,
)
DATE_LINE = re.compile(rf"^{DATE}\.?$")
PAGE_NUMBER = re.compile(r"^\d{1,4}(?:/\d{1,4})?$")
VOTE_RE = re.compile(r"^\[(?:Adopted|Resolution|Decision)\b")
FORMULA_RE = re.compile(
    r"^[“\"]?The\s+((?:[A-Z][\w’'\-]*|of|and|the|on|for|to|in|de)"
    r"(?:\s+(?:[A-Z][\w’'\-]*|of|and|the|on|for|to|in|de|present|Parties|States)){0,12})\s*,$"
)
KNOWN_FORMULA = re.compile(
    r"^[“\"]?The (General Assembly|Security Council|Human Rights Council|Economic and Social Council)\s*[,.;]?$"
)
# "The General Assembly:" over "(a) Approves ...": a decision's formula (only at its start, a
# line of its own before lettered paragraphs; elsewhere such a line introduces a quotation)
DECISION_FORMULA = re.compile(
    r"^The (General Assembly|Security Council|Human Rights Council|Economic and Social Council):$"
)
DECLARATION_RE = re.compile(
    r"^[“\"]?We,\s+(?:the\s+)?(?:Heads|Ministers|representatives|States|Member)", re.I
)
SUBJECT_RE = re.compile(
    r"^[“\"]?(?:The\s+)?(?:Security Council|General Assembly|Human Rights Council|Council|Assembly"
    r"|Economic and Social Council|Commission|Conference)(?:\s+|,\s+)(?=[a-z])"
)  # (a decision's one sentence: "The General Assembly, recalling ..., decides ...")


_CLAUSE_START = re.compile(r",\s+(?:and\s+)?(?=[a-z])")


def _any_of(*patterns: re.Pattern) -> re.Pattern:
    """One regex that matches where any of `patterns` matches (each keeps its flags)."""
    parts = [
        f"(?i:{p.pattern})" if p.flags & re.IGNORECASE else f"(?:{p.pattern})" for p in patterns
    ]
    return re.compile("|".join(parts))


# The lines the pass treats specially before numbers and leads. Nearly every line is none of
# them: one match here spares it eight.
_SPECIAL_LINE = _any_of(
    ANNEX_RE,
    MEETING_RE,
    DATE_LINE,
    PAGE_NUMBER,
    VOTE_RE,
    FORMULA_RE,
    KNOWN_FORMULA,
    DECISION_FORMULA,
    DECLARATION_RE,
)
# The first characters those lines (and SUBJECT_RE's) can open with, decimal digits apart:
# a set lookup spares most lines the regex.
_SPECIAL_FIRST = frozenset('A[“"TWw')
_SUBJECT_FIRST = frozenset('“"TSGHCAE')
_ITEM_FIRST = frozenset("(•●▪◦")
_FORMULA_FIRST = frozenset('“"T')
_DECLARATION_FIRST = frozenset('“"Ww')
_ROMAN_FIRST = frozenset("IVXLC")
_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}


def roman_value(s: str) -> int | None:
    s = s.lower()
    if not s or any(c not in _ROMAN_VALUES for c in s):
        return None
    total = 0
    for i, c in enumerate(s):
        v = _ROMAN_VALUES[c]
        if i + 1 < len(s) and _ROMAN_VALUES[s[i + 1]] > v:
            total -= v
        else:
            total += v
    return total


def to_roman(n: int) -> str:
    out = []
    for v, sym in (
        (100, "c"),
        (90, "xc"),
        (50, "l"),
        (40, "xl"),
        (10, "x"),
        (9, "ix"),
        (5, "v"),
        (4, "iv"),
        (1, "i"),
    ):
        while n >= v:
            out.append(sym)
            n -= v
    return "".join(out)


def _next_label(label: str, ltype: str) -> str:
    if ltype == "bullet":
        return label
    if ltype == "roman":
        v = roman_value(label)
        return to_roman(v + 1) if v else ""
    if ltype == "digit":
        return str(int(label) + 1)
    if label == "z":
        return "aa"
    if len(label) == 2 and label[0] == label[1]:  # aa -> bb
        return chr(ord(label[0]) + 1) * 2
    return chr(ord(label[-1]) + 1) if len(label) == 1 else ""


# The builders below are made once per line of a corpus: plain slotted classes, which are
# made several times faster than dataclasses with default factories.
class ItemB:
    __slots__ = ("num", "ltype", "text", "refs", "items")

    def __init__(self, num: str, ltype: str, text: str, refs: list[tuple[str, int]]) -> None:
        self.num = num
        self.ltype = ltype
        self.text = text
        self.refs = refs
        self.items: list[ItemB] = []


class ParaB:
    __slots__ = ("kind", "num", "lead", "lemma", "text", "refs", "section", "items", "stack")

    def __init__(
        self,
        kind: str,
        num: str | None,
        lead: Lead | None,
        text: str,
        refs: list[tuple[str, int]],
        section: str | None,
    ) -> None:
        self.kind = kind
        self.num = num
        self.lead = lead.text if lead is not None else None
        self.lemma = lead.lemma if lead is not None else None
        self.text = text
        self.refs = refs
        self.section = section
        self.items: list[ItemB] = []
        self.stack: list[list] = []  # open lists: [items, ltype, last_label]

    def last_text_holder(self):
        """The paragraph or the innermost last item: where continuation text goes."""
        if self.stack:
            items = self.stack[-1][0]
            return items[-1]
        return self

    def add_item(
        self, label: str, text: str, refs: list[tuple[str, int]], foreign: bool = False
    ) -> None:
        if foreign:
            self.add_foreign_item(label, text, refs)
            return
        for depth in range(len(self.stack) - 1, -1, -1):
            items, ltype, last = self.stack[depth]
            if _next_label(last, ltype) == label:
                del self.stack[depth + 1 :]
                items.append(ItemB(label, ltype, text, refs))
                self.stack[depth][2] = label
                return
        if not label.isalnum():
            ltype = "bullet"
        elif label.isdigit():
            ltype = "digit"
        elif label == "i" or (len(label) > 1 and roman_value(label) and label[0] != label[-1]):
            ltype = "roman"
        else:
            ltype = "alpha"
        parent = self.stack[-1][0][-1].items if self.stack else self.items
        parent.append(ItemB(label, ltype, text, refs))
        self.stack.append([parent, ltype, label])

    def add_foreign_item(self, label: str, text: str, refs: list[tuple[str, int]]) -> None:
        """As add_item, with the labels of any language ("b" after "a", "ب" after "أ",
        "㈡" after "㈠"), as the AKN reader reads them."""
        from ..ingest.akn.labels import follows, kind_of

        for depth in range(len(self.stack) - 1, -1, -1):
            items, ltype, last = self.stack[depth]
            if follows(last, ltype, label):
                del self.stack[depth + 1 :]
                items.append(ItemB(label, ltype, text, refs))
                self.stack[depth][2] = label
                return
        ltype = kind_of(label)
        parent = self.stack[-1][0][-1].items if self.stack else self.items
        parent.append(ItemB(label, ltype, text, refs))
        self.stack.append([parent, ltype, label])


@dataclass
class SectionB:
    eid: str
    num: str | None
    heading: str | None


@dataclass
class BodyResult:
    formula: str | None = None
    paragraphs: list[ParaB] = field(default_factory=list)
    sections: list[SectionB] = field(default_factory=list)
    meeting: str | None = None
    adopted: str | None = None
    vote: str | None = None
    annex_start: int | None = None  # index into the lines where the annexes begin
    declaration: bool = False
    formula_refs: list[str] = field(default_factory=list)  # markers in a declaration's "We, ..."
    heading_refs: list[tuple[str, str]] = field(default_factory=list)  # (marker, section eid)


def lead_of(text: str, italic_lead: str | None, lang: str | None = None) -> Lead | None:
    """The paragraph's leading phrase: by the grammar of its language (`lang`, ISO 639-1;
    English when None), else, in a sentence "The Council ... decides", the verb after the
    subject, else the italic opening its source states."""
    if lang is not None and lang != "en":
        lead = language(lang).match_lead(text)
        if lead is not None:
            return lead
        return _italic_lead(text, italic_lead)
    lead = match_lead(text)
    if lead is not None:
        return lead
    m = SUBJECT_RE.match(text) if text[:1] in _SUBJECT_FIRST else None
    if m:  # "The Security Council reaffirms ...": the verb after the subject
        rest = text[m.end() :]
        sub = match_lead(rest)
        if sub is not None and sub.kind == PREAMBULAR and "," in text[: m.end()]:
            # "The General Assembly, recalling ..., decides to ...": one sentence whose
            # verb follows the participles, after a comma
            for c in _CLAUSE_START.finditer(rest):
                main = match_lead(rest[c.end() :])
                if main is not None and main.kind == OPERATIVE:
                    return Lead(main.text, main.lemma, OPERATIVE, m.end() + c.end() + main.end)
        if sub is not None:
            return Lead(sub.text, sub.lemma, OPERATIVE, m.end() + sub.end)
    return _italic_lead(text, italic_lead)


def _italic_lead(text: str, italic_lead: str | None) -> Lead | None:
    if italic_lead and len(italic_lead.split()) <= 5 and text.startswith(italic_lead):
        words = italic_lead.rstrip(",;:، ")
        if not words:
            return None
        kind = PREAMBULAR if words.split()[0].lower().endswith(("ing", "ed")) else OPERATIVE
        return Lead(words, words.split()[-1].lower(), kind, len(words))
    return None


def is_formula(text: str) -> bool:
    if text[:1] not in _FORMULA_FIRST:  # both patterns open with [“"]?The
        return False
    return bool(FORMULA_RE.match(text) and len(text) < 120) or bool(KNOWN_FORMULA.match(text))


def annex_heading(text: str) -> re.Match | None:
    """ANNEX_RE.match(text), where every alternative opens with "A"."""
    return ANNEX_RE.match(text) if text[:1] == "A" else None


def declaration(text: str) -> re.Match | None:
    """DECLARATION_RE.match(text): "We, ..." (case-blind), maybe after a quote."""
    return DECLARATION_RE.match(text) if text[:1] in _DECLARATION_FIRST else None


def _join(a: str, b: str) -> tuple[str, int]:
    """Join continuation text b to a; returns the text and where b starts in it."""
    if a.endswith("-") and b[:1].islower():
        return a + b, len(a)
    return a + " " + b, len(a) + 1


class _Parser:
    def __init__(
        self, lines: list[Line], prefix: str = "", own: bool = True, lang: str | None = None
    ):
        self.lines = lines
        self.own = own
        # another language than English: its grammar (formula, leads, meeting line, annex)
        self.lang: str | None = lang if lang != "en" else None
        self.grammar = language(self.lang) if self.lang is not None else None
        self.res = BodyResult()
        self.zone = PREAMBULAR
        self.cur: ParaB | None = None
        self.last = "formula"
        self.section: SectionB | None = None
        self.top: SectionB | None = None  # the last section that is not a subsection
        self.quoting = False  # the current paragraph goes on with text it quotes
        self.quoted_num: int | None = None  # the last number quoted in it
        self.numbered = False  # does the operative part number its paragraphs?
        self.part_start = 0  # index in res.paragraphs where the current part (formula) began
        for ln in lines:
            digit = ln.text[:1].isdecimal()  # (MEETING_RE and NUM_RE open with \d)
            if annex_heading(ln.text) or (digit and MEETING_RE.match(ln.text)):
                break  # an annex's numbering is its own
            if self.lang is not None and self.foreign_end(ln.text):
                break
            if ln.label or (digit and NUM_RE.match(ln.text)):
                self.numbered = True
                break
            if digit and self.lang is not None and NUM_FOREIGN.match(ln.text):
                self.numbered = True
                break
        self.prefix = prefix

    # -- other languages ---------------------------------------------------------------
    def foreign_end(self, t: str) -> bool:
        """Does this line end the body: the language's meeting line or annex heading?"""
        g = self.grammar
        if g is None:
            return False
        return bool(
            (g.annex is not None and g.annex.match(t))
            or (g.meeting is not None and len(t) < 100 and g.meeting.match(t))
        )

    def foreign_special(self, i: int) -> int | None:
        """As `special`, in another language: the formula, the meeting line (and the
        adoption date after it), an annex's heading. The index of the next line to read,
        -1 where the annexes begin, or None for an ordinary line."""
        g = self.grammar
        assert g is not None
        lines, res = self.lines, self.res
        t = lines[i].text
        started = bool(res.paragraphs) or self.cur is not None
        if g.annex is not None and started and g.annex.match(t):
            self.flush()
            res.annex_start = i
            return -1
        m = g.meeting.match(t) if g.meeting is not None and len(t) < 100 else None
        if m is not None and started:
            self.flush()
            res.meeting = t
            res.adopted = g.iso_date(t) or res.adopted
            if i + 1 < len(lines) and len(lines[i + 1].text) < 60:
                date = g.iso_date(lines[i + 1].text) or iso_date(lines[i + 1].text)
                if date is not None:
                    res.adopted = res.adopted or date
                    self.last = "meeting"
                    return i + 2
            self.last = "meeting"
            return i + 1
        if t.startswith("[") and t.endswith("]") and started and self.last == "meeting":
            res.vote = t.strip("[] ")  # "[Adoptée sans vote.]", after the meeting line
            return i + 1
        if g.body_of_formula(t) is not None:
            if res.formula is None and not started:
                res.formula = t.lstrip('“"«')
                res.formula_refs = [mk for mk, _ in lines[i].refs]
                self.last = "formula"
                return i + 1
            self.flush()  # a second formula: the next part of a multi-part text
            self.zone = PREAMBULAR
            self.last = "formula"
            self.part_start = len(res.paragraphs)
            return i + 1
        return None

    def foreign_item(self, t: str) -> tuple[str, int] | None:
        """A point's label as the language writes it ("a)", "(أ)", "(a)"): (label, where
        its text starts)."""
        from ..ingest.akn.labels import split_label

        got = split_label(t)
        if got is None or got[1] >= len(t):
            return None
        return got

    # -- helpers ---------------------------------------------------------------------
    def operative_begun(self) -> bool:
        """Has the current part (since its formula) an operative paragraph already?"""
        return any(p.kind == OPERATIVE for p in self.res.paragraphs[self.part_start :])

    def flush(self) -> None:
        self.quoting = False
        self.quoted_num = None
        if self.cur is not None:
            self.cur.stack = []
            self.res.paragraphs.append(self.cur)
            self.cur = None

    def new_section(self, num: str | None, heading: str | None) -> None:
        self.flush()
        cur, top = self.section, self.top
        top_value = roman_value(top.num) if top is not None and top.num else None
        if (
            num is not None
            and cur is not None
            and cur.num
            and len(cur.num) == 1
            and PART_RE.match(num)
            and _next_label(cur.num, "alpha") == num
        ):
            # the next letter: a sibling ("B." after "II. / A." is II's; "D" after "C" is
            # the parts' next, though C is a roman number too)
            eid = (
                cur.eid.rsplit("__subsec_", 1)[0] + f"__subsec_{num}"
                if "__subsec_" in cur.eid
                else f"sec_{num}"
            )
        elif (
            num is not None
            and PART_RE.match(num)
            and cur is not None
            and cur.num
            and roman_value(cur.num)
            # "V. Risk assessment" after "IV. Product risk": the next roman number, not
            # part V of section IV
            and not (top_value and roman_value(num) == top_value + 1)
        ):
            eid = f"{cur.eid}__subsec_{num}"
        elif num is not None:
            eid = f"sec_{num}"
        else:
            eid = f"sec_{len(self.res.sections) + 1}"
        if any(s.eid == eid for s in self.res.sections):
            eid = f"{eid}_{len(self.res.sections) + 1}"
        self.section = SectionB(eid, num, heading)
        if "__subsec_" not in eid:
            self.top = self.section
        self.res.sections.append(self.section)
        self.last = "heading"

    def quotes(self, idx: int, line: Line, lead: Lead | None, holder) -> bool:
        """Is the line text a paragraph quotes or lists after its colon ("... the following
        amendment to the statute: / Article 9, new paragraph 4: / ...", "... reads as
        follows: / “...”")? Only in a resolution's own body, where an unnumbered line with no
        lead is no paragraph of its own: an annex's prose keeps its paragraphs."""
        if not self.own or self.res.declaration:
            return False
        if self.res.formula is None and (self.cur is None or not SUBJECT_RE.match(self.cur.text)):
            return False  # (a one-sentence decision, "The General Assembly decides ...:", has none)
        if self.res.formula is not None and self.zone == OPERATIVE and not self.numbered:
            return False  # unnumbered operative paragraphs: a line without a lead may be one
        t = line.text
        if self.quoting:
            # (a table quoted as text goes on with its figures: "92 738 500")
            if not (t[0].isalnum() or t[0] in '“"‘'):
                return False
        elif not holder.text.rstrip().endswith(":") or not (t[0].isalpha() or t[0] in '“"‘'):
            return False  # (a clean text's stray note, "--- ^80 Report ...", quotes nothing)
        # (a lead only its italics suggest is no lead: a table's italic column head)
        if lead is not None and t[0] not in '“"‘' and lead_of(t, None, self.lang) is not None:
            return False
        nxt = self.lines[idx + 1].text if idx + 1 < len(self.lines) else ""
        return not (
            self.is_heading(idx, line, lead)  # "Voting" over "8. Each member ..."
            # "Asset Freeze" over "(a) Freeze without delay ...": a list's heading
            or (
                len(t) < 80
                and not ends_terminal(t)
                and nxt[:1] in _ITEM_FIRST
                and ITEM_RE.match(nxt)
            )
            or is_formula(t)
            or (t[0] in _ROMAN_FIRST and ROMAN_HEAD.match(t) and not ends_terminal(t.rstrip(".")))
            or (t[1:2] == "." and LETTER_HEAD.match(t) and not ends_terminal(t))
            or (len(t) == 1 and PART_RE.match(t))
            or (len(t) < 24 and ARTICLE_RE.match(t))
        )

    def heading_refs(self, line: Line) -> None:
        """A heading's footnote markers ("Representatives of non-governmental
        organizations¹⁹"): its section holds them."""
        if line.refs and self.section is not None:
            self.res.heading_refs.extend((mk, self.section.eid) for mk, _ in line.refs)

    def lettered(self, label: str) -> bool:
        """Does "(label)" open an operative paragraph of a decision that letters them: "(a)"
        straight after the formula, then each next letter after a lettered paragraph?"""
        formula = self.res.formula
        if self.cur is None:  # ("The General Assembly:" announces them)
            return (
                label == "a"
                and self.last == "formula"
                and formula is not None
                and formula.endswith(":")
            )
        num = self.cur.num
        return num is not None and num.isalpha() and label == _next_label(num, "alpha")

    def chapeau(self, idx: int) -> bool:
        """ "Resolves that:" before "1. The Working Capital Fund shall ...": the unnumbered
        verb that opens a numbered operative part (the Fifth Committee's budget texts)."""
        if not self.lines[idx].text.endswith(":") or idx + 1 >= len(self.lines):
            return False
        nxt = self.lines[idx + 1]
        return bool(nxt.label or NUM_RE.match(nxt.text))

    def quoted_number(self, num: str, typed: bool, text: str) -> bool:
        """A typed number that goes back, right after a colon or inside a quotation, numbers
        a quoted paragraph ("... new paragraph 4: / 4. In hearing ..." in paragraph 14)."""
        cur = self.cur
        if cur is None or not typed or not cur.num or self.last not in ("para", "item"):
            return False
        if not self.own or self.res.formula is None or not (num.isdigit() and cur.num.isdigit()):
            return False
        if int(num) > int(cur.num):
            # a quoted list numbers on ("1. Income from staff assessment / 2. General income"
            # in a table after "1. Estimates of income ... as follows:"): an unfinished line
            # that takes the quoted numbering on is more of the quotation
            return (
                self.quoting
                and self.quoted_num is not None
                and int(num) == self.quoted_num + 1
                and not ends_terminal(text)
            )
        return self.quoting or cur.last_text_holder().text.rstrip().endswith(":")

    def continues(self, idx: int, line: Line, lead: Lead | None) -> bool:
        if self.cur is None or self.last not in ("para", "item"):
            return False
        t = line.text
        if (t[0].islower() and (self.lang is None or lead is None)) or t[0] in "…,;)":
            return True  # (a Russian paragraph opens in lower case, with its lead)
        holder = self.cur.last_text_holder()
        if self.quotes(idx, line, lead, holder):
            self.quoting = True
            return True
        if not ends_terminal(holder.text):
            return True
        if line.page_break and lead is None:
            first = t.split(" ", 1)[0]
            if looks_like_lead(first) or is_formula(t):
                return False
            if self.zone == OPERATIVE and self.numbered:
                return True
            if self.zone == PREAMBULAR and holder.text.rstrip().endswith(","):
                return True
        return False

    def is_heading(self, idx: int, line: Line, lead: Lead | None) -> bool:
        t = line.text
        if line.heading and not NUM_RE.match(t):
            return True
        if (
            self.last == "heading"
            and self.section is not None
            and self.section.heading is None
            and len(t) <= 250
            and not ends_terminal(t)
            and t[0].isupper()
        ):
            # the title under a bare "V": "Request for a subvention to ..." (whose first
            # word a declaration would open with)
            return True
        if lead is not None or len(t) > 250 or ends_terminal(t) or t[0].islower():
            return False
        if (
            self.last in ("para", "item")
            and self.cur is not None
            and not ends_terminal(self.cur.last_text_holder().text)
        ):
            return False
        nxt = self.lines[idx + 1].text if idx + 1 < len(self.lines) else ""
        if not nxt:
            return False
        return bool(
            NUM_RE.match(nxt)
            or self.lines[idx + 1].label
            or is_formula(nxt)
            or ROMAN_HEAD.match(nxt)
            or (match_lead(nxt) if self.lang is None else lead_of(nxt, None, self.lang))
            # "People" over "We are determined to end poverty ...": a short line over a
            # whole paragraph heads it (else the paragraph ran on from it, unfinished)
            or (
                len(t) <= 100
                and t[0].isupper()
                and len(nxt) > 2 * len(t) + 40
                and (nxt[0].isupper() or nxt[0] in '“"')
                and ends_terminal(nxt)
            )
        )

    # -- the pass ----------------------------------------------------------------------
    def special(self, i: int) -> int | None:
        """A line the pass treats apart (annex, meeting, adoption date, page number, vote,
        formula): the index of the next line to read, -1 where the annexes begin, or None
        for an ordinary line."""
        lines, res = self.lines, self.res
        line = lines[i]
        t = line.text
        if annex_heading(t) and (res.paragraphs or self.cur):
            self.flush()
            res.annex_start = i
            return -1
        m = MEETING_RE.match(t)
        if m and (res.paragraphs or self.cur):
            self.flush()
            res.meeting = re.sub(r"\s+", " ", m.group(1))
            res.adopted = iso_date(m.group(2)) if m.group(2) else res.adopted
            self.last = "meeting"
            return i + 1
        if (
            DATE_LINE.match(t)
            and (res.paragraphs or self.cur)
            and (self.last == "meeting" or i == len(lines) - 1 or annex_heading(lines[i + 1].text))
        ):
            # the adoption date after the meeting line, or alone (silence procedure)
            self.flush()
            res.adopted = res.adopted or iso_date(t)
            self.last = "meeting"
            return i + 1
        if PAGE_NUMBER.match(t):  # page furniture left in the text
            return i + 1
        if VOTE_RE.match(t) and (res.paragraphs or self.cur):
            self.flush()
            vote = [t]
            while not vote[-1].rstrip().endswith("]") and i + 1 < len(lines):
                i += 1
                vote.append(lines[i].text)
            res.vote = " ".join(vote).strip("[] ")
            self.last = "meeting"
            return i + 1
        decision = (
            DECISION_FORMULA.match(t) is not None
            and not res.paragraphs
            and self.cur is None
            and i + 1 < len(lines)
            and ITEM_RE.match(lines[i + 1].text) is not None
        )
        if (
            is_formula(t)
            or decision
            or (
                declaration(t)
                and not line.label  # "1. We, ..." with Word's number: a paragraph
                and not res.paragraphs
                and self.cur is None
            )
        ):
            if res.formula is None and not res.paragraphs and self.cur is None:
                res.formula = t.lstrip('“"')
                res.formula_refs = [mk for mk, _ in line.refs]
                res.declaration = t.lstrip('“"').startswith("We")
                self.last = "formula"
                return i + 1
            if is_formula(t):  # a second formula: the next part of a multi-part text
                self.flush()
                self.zone = PREAMBULAR
                self.last = "formula"
                self.part_start = len(res.paragraphs)
                return i + 1
        return None

    def run(self) -> BodyResult:
        lines = self.lines
        res = self.res
        i = 0
        while i < len(lines):
            line = lines[i]
            t = line.text
            if not t:
                i += 1
                continue
            # (each regex below is tried only where the line's first character allows it)
            c = t[0]
            digit = c.isdecimal()  # as \d
            # A line NUM_RE matches ("15. Requests") is none of the special lines (those
            # that open with digits go on with "st", a date, a "/" or nothing): try it first.
            m = NUM_RE.match(t) if digit else None
            if m is None and digit and self.lang is not None:
                m = NUM_FOREIGN.match(t)  # "1 - تطلب" (Arabic)
            if self.lang is not None and m is None:
                nxt = self.foreign_special(i)
                if nxt == -1:
                    return res
                if nxt is not None:
                    i = nxt
                    continue
            elif (
                m is None and (digit or c in _SPECIAL_FIRST) and _SPECIAL_LINE.match(t) is not None
            ):
                nxt = self.special(i)
                if nxt == -1:
                    return res
                if nxt is not None:
                    i = nxt
                    continue
            num = line.label.rstrip(".") if line.label else None
            body = t
            if num is None and m is not None:
                num, body = m.group(1), t[m.end() :]
            cur = self.cur
            if (
                num is not None
                and body
                and cur is not None
                and self.quoted_number(num, m is not None, t)
            ):
                # "4. In hearing an application ..." quoted in paragraph 14: its text
                holder = cur.last_text_holder()
                holder.text, start = _join(holder.text, t)
                holder.refs = holder.refs + [(mk, o + start) for mk, o in line.refs]
                self.quoting = True
                self.quoted_num = int(num)
                i += 1
                continue
            if num is not None and body:
                self.flush()
                cut = len(t) - len(body)
                self.zone = OPERATIVE
                self.cur = ParaB(
                    OPERATIVE,
                    num,
                    lead_of(body, line.italic_lead, self.lang),
                    body,
                    [(mk, o - cut) for mk, o in line.refs if o >= cut] if line.refs else [],
                    self.section.eid if self.section else None,
                )
                self.last = "para"
                i += 1
                continue
            if self.lang is not None:
                got = self.foreign_item(t) if self.cur is not None else None
                if got is not None and self.last in ("para", "item") and self.cur is not None:
                    cut = got[1]
                    refs = [(mk, o - cut) for mk, o in line.refs if o >= cut]
                    self.cur.add_item(got[0], t[cut:], refs, foreign=True)
                    self.last = "item"
                    self.quoting = False
                    i += 1
                    continue
            m = ITEM_RE.match(t) if c in _ITEM_FIRST and self.lang is None else None
            label = m.group(1) if m is not None else None
            lettered = label is not None and self.lettered(label)
            body_lead = lead_of(t[m.end() :], line.italic_lead) if lettered and m else None
            if lettered and m and (body_lead is None or body_lead.kind != PREAMBULAR):
                # "The General Assembly: / (a) Approves ... / (b) Invites ...": a decision
                # letters its operative paragraphs (a convention its preamble: "(a) Recalling")
                self.flush()
                self.zone = OPERATIVE
                body = t[m.end() :]
                self.cur = ParaB(
                    OPERATIVE,
                    m.group(1),
                    body_lead,
                    body,
                    [(mk, o - m.end()) for mk, o in line.refs if o >= m.end()],
                    self.section.eid if self.section else None,
                )
                self.last = "para"
                i += 1
                continue
            if m and self.cur is not None and self.last in ("para", "item"):
                cut = m.end()
                refs = [(mk, o - cut) for mk, o in line.refs if o >= cut]
                self.cur.add_item(m.group(1) or m.group(2), t[cut:], refs)
                self.last = "item"
                self.quoting = False  # (a list's lines are its items, not a quotation)
                i += 1
                continue
            lead = lead_of(t, line.italic_lead, self.lang)
            if self.cur is not None and self.continues(i, line, lead):
                holder = self.cur.last_text_holder()
                holder.text, start = _join(holder.text, t)
                holder.refs = holder.refs + [(mk, o + start) for mk, o in line.refs]
                i += 1
                continue
            # "Article 4" alone opens a section, whatever follows (single-spaced, such a line
            # is at most 17 characters)
            if len(t) < 24 and ARTICLE_RE.match(t):
                self.new_section(None, t)
                self.heading_refs(line)
                i += 1
                continue
            m = ROMAN_HEAD.match(t) if c in _ROMAN_FIRST else None
            if m and roman_value(m.group(1)) and not ends_terminal(t.rstrip(".")) and lead is None:
                self.new_section(m.group(1), m.group(2).strip())
                self.heading_refs(line)
                i += 1
                continue
            m = LETTER_HEAD.match(t) if t[1:2] == "." else None
            if m and not ends_terminal(t) and lead is None:
                self.new_section(m.group(1), m.group(2).strip())
                self.heading_refs(line)
                i += 1
                continue
            if len(t) == 1 and PART_RE.match(t):
                self.new_section(t, None)
                self.heading_refs(line)
                i += 1
                continue
            if self.is_heading(i, line, lead):
                if self.last == "heading" and self.section and self.section.heading is None:
                    self.section.heading = t
                else:
                    self.new_section(None, t)
                self.heading_refs(line)
                i += 1
                continue
            # an unnumbered paragraph
            self.flush()
            if lead is not None:
                if lead.kind == PREAMBULAR:
                    kind = (
                        PREAMBULAR
                        if self.zone == PREAMBULAR or self.last in ("heading", "formula")
                        else OPERATIVE
                    )
                    if kind == PREAMBULAR:
                        self.zone = PREAMBULAR
                elif (
                    self.zone == PREAMBULAR
                    and self.numbered
                    and not res.declaration
                    and not self.chapeau(i)
                    and not self.operative_begun()
                ):
                    # In a text whose operative part is numbered, only a number starts it:
                    # an unnumbered "Affirms ..." here is a (misworded) preambular paragraph.
                    # (Not in a section's own preamble once the operative part has begun:
                    # "A. Base/floor salary scale / Recalling ..., / Approves, with effect
                    # from 1 January 2026, ...;" is that section's operative paragraph.)
                    kind = PREAMBULAR
                else:
                    kind = OPERATIVE
                    self.zone = OPERATIVE
            elif res.formula is None:
                kind = TEXT
            else:
                kind = PREAMBULAR if self.zone == PREAMBULAR else OPERATIVE
            self.cur = ParaB(
                kind,
                None,
                lead,
                t,
                list(line.refs),
                self.section.eid if self.section else None,
            )
            self.last = "para"
            i += 1
        self.flush()
        return res


def parse_body(lines: list[Line], own: bool = True, lang: str | None = None) -> BodyResult:
    """`own`: the resolution's own body, not an annex (whose prose keeps its paragraphs);
    `lang`: the text's language (ISO 639-1), English when None."""
    return _Parser(lines, own=own, lang=lang).run()
