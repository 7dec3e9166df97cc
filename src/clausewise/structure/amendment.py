"""Amendments: what a document that amends a draft tells the reader to do, as the UN words
it, read into Instruction records (which paragraph, insert / delete / replace which words,
a new paragraph after which one).

    "Delete the twenty-first preambular paragraph and operative paragraphs 35, 38 and 39."
    "In operative paragraph 68, after “including sexual and reproductive health”, insert “...”"
    "Replace operative paragraph 5 with the following: “...”"
    "After the fifth preambular paragraph, insert the following new paragraph: “...”"

Quoted words are masked first, so the grammar reads a skeleton ("In operative paragraph 68,
after Q0, insert Q1") where a comma or an "and" inside a quotation cannot mislead it. An
instruction that ends with a colon ("... with the following:") takes the quoted paragraphs
that follow it. Reading is all this does: applying instructions to the draft is the
negotiation history's job. An instruction the grammar does not know is reported, never
guessed.
"""

from __future__ import annotations

import re

from ..model import Instruction
from ..ordinals import ORDINAL_WORD, ordinal_value

# -- the skeleton ---------------------------------------------------------------------------

_QUOTED = re.compile(r"“([^“”]*)”|\"([^\"]*)\"")
_SLOT = "\ue000{}\ue001"  # a private-use pair: no UN text contains it
_Q_ANY = re.compile(r"\ue000(\d+)\ue001")


def _q(name: str) -> str:
    """A slot in a pattern, captured as `name` (its quotation's index)."""
    return rf"\ue000(?P<{name}>\d+)\ue001"


def _mask(text: str) -> tuple[str, list[str]]:
    """Quotations -> slots: ("after \ue0000\ue001, insert ...", ["including sexual ..."])."""
    quotes: list[str] = []

    def put(m: re.Match) -> str:
        quotes.append(m.group(1) if m.group(1) is not None else m.group(2))
        return _SLOT.format(len(quotes) - 1)

    return _QUOTED.sub(put, text), quotes


# -- targets: "the twenty-first preambular paragraph", "operative paragraphs 35, 38 and 39" --

_NUM = (
    r"(?:\d{1,3}[A-Z]?(?:\.\d{1,3})?(?:\s+(?:bis|ter|quater|quinquies))?(?:\s*\([a-z]{1,4}\))*"
    r"|\([a-z]{1,4}\)(?:\s*\([ivx]{1,6}\))?)"  # "paragraphs (b) and (c)" of a list
)
_LIST_SEP = r"(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+to\s+)"
_ORD = rf"(?:{ORDINAL_WORD}|last|penultimate)"
_BY_ORDINAL = re.compile(
    rf"(?:the\s+)?(?P<ords>{_ORD}(?:{_LIST_SEP}(?:the\s+)?{_ORD})*)\s+"
    r"(?P<part>preambular|operative)\s+paragraphs?\b",
    re.I,
)
_BARE_LABEL = re.compile(r"^\(([a-z]{1,4})\)(?:\s*\(([ivx]{1,6})\))?")  # "Delete (d);"
_BY_NUMBER = re.compile(
    rf"(?:(?P<part>preambular|operative)\s+)?paragraphs?\s+(?P<nums>{_NUM}(?:{_LIST_SEP}{_NUM})*)",
    re.I,
)
_SUBPARAGRAPH_OF = re.compile(
    r"sub-?paragraphs?\s+(?P<items>(?:\([a-z]{1,4}\)\s*)+)of\s+(?:the\s+)?"
    r"(?:(?P<part>preambular|operative)\s+)?paragraph\s+(?P<num>\d{1,3})",
    re.I,
)
_TITLE = re.compile(r"\bthe\s+title\b", re.I)
_ONE_NUM = re.compile(_NUM)
_ONE_ORD = re.compile(_ORD, re.I)
_ITEM_LABEL = re.compile(r"\(([a-z]{1,4})\)")


def _eid(part: str | None, paragraph: str | None, items: list[str]) -> str | None:
    """The addressed paragraph's eid in the amended draft, as clausewise names it."""
    if paragraph is None or not paragraph.isdigit():
        return None  # "last", "5 bis", "2.8" (a report's paragraph): no eid to name
    if part == "preamble":
        return f"preamble__container_{paragraph}" if not items else None
    if part != "operative":
        return None
    eid = f"para_{paragraph}"
    for label in items:
        eid += f"__list_1__point_{label}"
    return eid


_Target = tuple[str | None, str | None, str | None]  # (part, paragraph, eid)


def _split_num(raw: str) -> tuple[str, list[str]]:
    """ "16 (d) (ii)" -> ("16", ["d", "ii"]); "5 bis" -> ("5 bis", [])."""
    if raw.startswith("("):
        return " ".join(raw.split()), []  # a lettered paragraph of a list: named as written
    items = _ITEM_LABEL.findall(raw)
    base = " ".join(_ITEM_LABEL.sub("", raw).split())
    if not base.isdigit():
        return " ".join(raw.split()), []  # "2.19 (d)" of a report, "5 bis": as written
    return base, items


def targets(phrase: str, default_part: str | None = None) -> list[_Target]:
    """Every paragraph a phrase names, in order: (part, paragraph, eid)."""
    found: list[tuple[int, _Target]] = []
    for m in _TITLE.finditer(phrase):
        found.append((m.start(), ("title", None, None)))
    taken: list[tuple[int, int]] = []
    for m in _SUBPARAGRAPH_OF.finditer(phrase):
        part = _part(m.group("part")) or default_part
        items = _ITEM_LABEL.findall(m.group("items"))
        found.append((m.start(), (part, m.group("num"), _eid(part, m.group("num"), items))))
        taken.append(m.span())
    for m in _BY_ORDINAL.finditer(phrase):
        part = _part(m.group("part"))
        for o in _ONE_ORD.finditer(m.group("ords")):
            word = o.group().lower()
            value = ordinal_value(word)
            num = str(value) if value is not None else word
            found.append((m.start() + o.start(), (part, num, _eid(part, num, []))))
        taken.append(m.span())
    for m in _BY_NUMBER.finditer(phrase):
        if any(a <= m.start() < b for a, b in taken):
            continue
        part = _part(m.group("part"))
        nums = m.group("nums")
        if part is None and nums[:1].isdigit() and "." not in nums:
            part = default_part  # "paragraph 16" of a draft; "paragraph 2.8" is a report's
        pieces = list(_ONE_NUM.finditer(nums))
        for k, n in enumerate(pieces):
            num, items = _split_num(n.group())
            found.append((m.start() + n.start(), (part, num, _eid(part, num, items))))
            # "paragraphs 22 to 25": the paragraphs between are named too
            between = nums[n.end() : pieces[k + 1].start()] if k + 1 < len(pieces) else ""
            if "to" in between.split() and num.isdigit():
                nxt, _ = _split_num(pieces[k + 1].group())
                if nxt.isdigit():
                    for v in range(int(num) + 1, int(nxt)):
                        found.append(
                            (m.start() + n.start(), (part, str(v), _eid(part, str(v), [])))
                        )
    bare = _BARE_LABEL.match(phrase.strip()) if not found else None
    if bare is not None:
        found.append((0, (None, bare.group().strip(), None)))
    found.sort(key=lambda x: x[0])
    return [t for _, t in found]


def _part(word: str | None) -> str | None:
    if not word:
        return None
    return "preamble" if word.lower() == "preambular" else "operative"


# -- the grammar ---------------------------------------------------------------------------

# "In operative paragraph 68," "At the end of operative paragraph 7," "Under Indicators of
# achievement," - a place, then what to do there (the place may be several deep)
_VERBS = r"(?:add|insert|delete|remove|replace|substitute)\b"
_PLACE = re.compile(
    r"^(?:(?P<prep>(?P<in>In)|At\s+the\s+end\s+of|At\s+the\s+beginning\s+of|Under|After|Before)"
    r"\s+"
    r"|(?=(?:sub)?paragraphs?\s))"  # or a bare "paragraph (c),"
    # (after "the words" come the words, not a place)
    r"(?P<where>(?!\ue000|the\s+(?:words?|phrases?)\b)"
    # "in accordance with paragraph 1.26 of ..." is no place: "In" names a paragraph, a
    # sentence, a table ... within its first words
    r"(?(in)(?!accordance\b)(?=(?:[\w-]+\s+){0,3}?(?:paragraphs?|subparagraphs?|title|table|sentences?|lines?|"
    r"section|heading)\b))"
    # a list goes on past its commas: "in subparagraphs (b), (c) and (d),"
    r"(?:[^,:\ue000]|,\s*(?=\(|\d|and\b))+?)"
    rf"\s*(?:,(?!\s*(?:\(|\d|and\b))|:|$|(?=\s+(?:{_VERBS}|(?:which\s+)?(?:should|shall)\b)))\s*",
    re.I,
)
_WORDS = r"(?:the\s+(?:words?|phrases?|text)\s*,?\s+)?"
# what introduces text that follows: "the following new paragraph, reading:", "as follows:"
_FOLLOWING = (
    r"(?:[^\ue000]*?(?:following|reading|read|as\s+follows|text|sentences?|paragraphs?|"
    r"subparagraphs?)\b[^\ue000]*?)?:?\s*"
)
_VERB_INSERT = r"(?:insert|add)"
_AFTER_WORDS_INSERT = re.compile(
    rf"^(?P<pos>after|before)\s+{_WORDS},?\s*{_q('anchor')}\s*,?\s*{_VERB_INSERT}\b\s*:?\s*{_WORDS}"
    rf"{_FOLLOWING}{_q('new')}",
    re.I,
)
_INSERT_AFTER_WORDS = re.compile(
    rf"^{_VERB_INSERT}\s+{_WORDS}{_q('new')}\s+(?P<pos>after|before)\s+{_WORDS}{_q('anchor')}",
    re.I,
)
_BETWEEN_INSERT = re.compile(
    rf"^between\s+{_WORDS}{_q('anchor')}\s+and\s+{_WORDS}{_q('next')}\s*,?\s*{_VERB_INSERT}\s+"
    rf"{_WORDS}{_q('new')}",
    re.I,
)
_INSERT_BETWEEN = re.compile(
    rf"^{_VERB_INSERT}\s+{_WORDS}{_q('new')}\s+between\s+{_WORDS}{_q('anchor')}\s+and\s+"
    rf"{_WORDS}{_q('next')}",
    re.I,
)
_INSERT_AT = re.compile(
    rf"^{_VERB_INSERT}\s+(?:at\s+the\s+(?P<pos>end|beginning)\s*,?\s*)?{_WORDS}{_FOLLOWING}"
    rf"{_q('new')}(?:\s*at\s+the\s+(?P<pos2>end|beginning))?",
    re.I,
)
_DELETE_WORDS = re.compile(rf"^(?:delete|remove)\s+{_WORDS}{_q('old')}", re.I)
_AFTER_WORDS_DELETE = re.compile(
    rf"^(?P<pos>after|before)\s+{_WORDS}{_q('anchor')}\s*,?\s*(?:delete|remove)\s+{_WORDS}"
    rf"{_q('old')}",
    re.I,
)
_REPLACE_WORDS = re.compile(
    rf"^(?:replace|substitute)\s+{_WORDS}{_q('old')}\s+(?:with|by)\b\s*{_WORDS}{_FOLLOWING}"
    rf"{_q('new')}",
    re.I,
)
_AFTER_WORDS_REPLACE = re.compile(
    rf"^after\s+{_WORDS}{_q('anchor')}\s*,?\s*replace\s+the\s+remainder\b.*?(?:with|by)\s+"
    rf"{_FOLLOWING}{_q('new')}",
    re.I,
)
_REPLACE_PARA = re.compile(
    rf"^(?:replace|substitute)\s+(?P<t>.+?)\s*,?\s+(?:with|by)\b\s*{_FOLLOWING}{_q('new')}", re.I
)
_READS = re.compile(rf"^(?:which\s+)?(?:should|shall)\s+read\s*:?\s*{_q('new')}", re.I)
_SHOULD_READ = re.compile(rf"^(?P<t>.+?)\s+(?:should|shall)\s+read\s*:?\s*{_q('new')}", re.I)
_DELETE_PARA = re.compile(
    rf"^(?:delete|remove)\s+(?P<t>.+?)(?:\s*,?\s*reading\s*:?\s*{_q('old')})?$", re.I
)
_NEW_PARA = (
    r"(?:a\s+|the\s+following\s+(?:\w+\s+)?)?(?:new\s+)?(?:(?P<npart>preambular|operative)\s+)?"
    r"(?:sub)?paragraphs?"
)
_AFTER_PARA_ADD = re.compile(
    rf"^(?P<pos>after|before)\s+(?P<t>.+?)\s*,\s*{_VERB_INSERT}\s+{_NEW_PARA}\b{_FOLLOWING}"
    rf"{_q('new')}",
    re.I,
)
_ADD_PARA = re.compile(
    rf"^{_VERB_INSERT}\s+{_NEW_PARA}(?P<label>\s+[\d.]+(?:\s+(?:bis|ter|quater|quinquies))?)?"
    r"\s*,?\s*"
    rf"(?:(?P<pos>after|before)\s+(?P<t>[^\ue000:]+?)(?=\s*(?:,|:|reading\b|to\s+read\b|"
    rf"as\s+follows\b|\ue000)))?\s*,?\s*{_FOLLOWING}{_q('new')}",
    re.I,
)
_ADD_PARA_AT = re.compile(  # "Insert the following text as paragraph (c) (ii):"
    rf"^{_VERB_INSERT}\s+the\s+following\s+(?:text|paragraph|subparagraph)\s+as\s+"
    rf"(?P<t>[^\ue000:]+?)\s*:?\s*{_q('new')}",
    re.I,
)
# a clause joined to the one before: "..., add “...”, and delete the words “...”"
_CLAUSES = re.compile(r"\s*(?:;|,?\s+and\s+(?=(?:delete|insert|add|replace|remove)\b))\s*", re.I)
_TAIL = re.compile(
    r"\s*,?\s*(?:and\s+)?(?:renumber|reletter)\b.*$|\s*(?:within\s+the\s+parentheses|"
    r"in\s+the\s+(?:first|second|third|last)\s+line)\s*\.?$",
    re.I,
)

STARTS = re.compile(
    r"^(?:In|At\s+the\s+(?:end|beginning)\s+of|Under|After|Before|Between|Delete|Insert|Add|"
    r"Replace|Substitute|Remove)\b",
    re.I,
)


_ACTS = re.compile(r"^(?:Delete|Insert|Add|Replace|Substitute|Remove|Reletter|Renumber)\b", re.I)
_PLACE_WORDS = re.compile(
    r"\b(?:paragraphs?|subparagraphs?|title|table|sentences?|lines?|section|heading|text|"
    r"instances|accomplishments|achievement|objectives?)\b|[“\"]",
    re.I,
)


def is_instruction(text: str) -> bool:
    """Does this line open like an amendment's instruction? A verb, or a place ("In operative
    paragraph 5", "Under Indicators of achievement"); the grammar decides the rest."""
    if _ACTS.match(text):
        return True
    if not STARTS.match(text):
        return False
    head = re.split(r"[,:]", text, maxsplit=1)[0]
    return bool(_PLACE_WORDS.search(head))


def _clean(words: str) -> str:
    return " ".join(words.split())


class _Reader:
    """One instruction text -> Instruction records."""

    def __init__(self, text: str, following: list[str], default_part: str | None, context):
        self.text = text
        skeleton, quotes = _mask(text)
        skeleton = _TAIL.sub("", skeleton.strip()).rstrip(" .;")
        if following:
            quotes.append("\n".join(following))
            skeleton = skeleton + " " + _SLOT.format(len(quotes) - 1)
        self.skeleton = skeleton
        self.quotes = [_clean(q) if "\n" not in q else q for q in quotes]
        self.default_part = default_part
        self.context: list[_Target] = list(context)
        self.out: list[Instruction] = []

    def q(self, m: re.Match, name: str) -> str | None:
        k = m.group(name)
        return self.quotes[int(k)] if k is not None else None

    def emit(self, action: str, where: list[_Target], **kw) -> None:
        if not where:
            where = [(None, None, None)]
        for part, num, eid in where:
            self.out.append(
                Instruction(
                    action=action,
                    part=part,
                    paragraph=num,
                    eid=eid,
                    position=kw.get("position"),
                    anchor=kw.get("anchor"),
                    old=kw.get("old"),
                    new=kw.get("new"),
                    text=self.text,
                )
            )

    def read(self) -> bool:
        """Read the instruction; False when the grammar does not know it."""
        rest = self.skeleton
        where: list[_Target] = list(self.context)
        position = None
        # the places: "In operative paragraph 68," "at the end of the fourth sentence,"
        while (m := _PLACE.match(rest)) is not None:
            found = targets(m.group("where"), self.default_part)
            if found:
                where = found
            prep = (m.group("prep") or "").lower()
            if prep.startswith("at the end"):
                position = "end"
            elif prep.startswith("at the beginning"):
                position = "start"
            elif prep in ("after", "before"):
                position = prep  # "After the fifth preambular paragraph, insert ..."
            rest = rest[m.end() :]
        if not rest:
            return False
        ok = False
        for clause in _CLAUSES.split(rest):
            if clause:
                ok = self.clause(clause.strip().rstrip(".,;"), where, position) or ok
        return ok

    def clause(self, c: str, where: list[_Target], position: str | None) -> bool:
        part = self.default_part
        q = self.q
        if (m := _AFTER_PARA_ADD.match(c)) is not None:
            found = targets(m.group("t"), _part(m.group("npart")) or part)
            self.emit("add", found or where, position=m.group("pos").lower(), new=q(m, "new"))
            return True
        if (m := _AFTER_WORDS_INSERT.match(c)) is not None:
            pos = m.group("pos").lower()
            self.emit("insert", where, position=pos, anchor=q(m, "anchor"), new=q(m, "new"))
            return True
        if (m := _BETWEEN_INSERT.match(c) or _INSERT_BETWEEN.match(c)) is not None:
            # between "a" and "b": after "a"
            self.emit("insert", where, position="after", anchor=q(m, "anchor"), new=q(m, "new"))
            return True
        if (m := _INSERT_AFTER_WORDS.match(c)) is not None:
            pos = m.group("pos").lower()
            self.emit("insert", where, position=pos, anchor=q(m, "anchor"), new=q(m, "new"))
            return True
        if (m := _ADD_PARA_AT.match(c)) is not None:
            self.emit("add", targets(m.group("t"), part) or where, new=q(m, "new"))
            return True
        if (m := _ADD_PARA.match(c)) is not None:
            npart = _part(m.group("npart")) or part
            found = targets(m.group("t"), npart) if m.group("t") else []
            pos = m.group("pos").lower() if m.group("pos") else position
            label = (m.group("label") or "").split()
            if not found and len(label) == 2 and label[0].isdigit():
                # "a new operative paragraph 3 bis": it follows paragraph 3 (3 ter, 3 bis)
                after = label[0] if label[1].lower() == "bis" else None
                prev = {"ter": "bis", "quater": "ter", "quinquies": "quater"}.get(label[1].lower())
                num = after or f"{label[0]} {prev}"
                found, pos = [(npart, num, _eid(npart, num, []))], "after"
            self.emit("add", found or where, position=pos, new=q(m, "new"))
            return True
        if (m := _INSERT_AT.match(c)) is not None:
            at = (m.group("pos") or m.group("pos2") or "").lower()
            pos = {"end": "end", "beginning": "start"}.get(at, position)
            self.emit("insert", where, position=pos, new=q(m, "new"))
            return True
        if (m := _AFTER_WORDS_REPLACE.match(c)) is not None:
            self.emit("replace", where, position="after", anchor=q(m, "anchor"), new=q(m, "new"))
            return True
        if (m := _REPLACE_WORDS.match(c)) is not None:
            self.emit("replace", where, old=q(m, "old"), new=q(m, "new"))
            return True
        if (m := _DELETE_WORDS.match(c)) is not None:
            self.emit("delete", where, old=q(m, "old"))
            return True
        if (m := _AFTER_WORDS_DELETE.match(c)) is not None:
            pos = m.group("pos").lower()
            self.emit("delete", where, position=pos, anchor=q(m, "anchor"), old=q(m, "old"))
            return True
        if (m := _READS.match(c)) is not None:  # "paragraph (c) should read: ..."
            self.emit("replace", where, new=q(m, "new"))
            return True
        if (m := _REPLACE_PARA.match(c) or _SHOULD_READ.match(c)) is not None:
            self.emit("replace", targets(m.group("t"), part) or where, new=q(m, "new"))
            return True
        if (m := _DELETE_PARA.match(c)) is not None:
            found = targets(m.group("t"), part)
            if not found and not _Q_ANY.search(m.group("t")):
                found = where  # "Delete the last sentence." at a place named before
            if not found:
                return False
            self.emit("delete", found, old=q(m, "old"))
            return True
        return False


def read_instruction(
    text: str,
    following: list[str] | None = None,
    default_part: str | None = None,
    context: list[_Target] | None = None,
) -> list[Instruction]:
    """One instruction (and the quoted paragraphs that follow it) -> its records, [] when
    the grammar does not know it."""
    r = _Reader(text, following or [], default_part, context or [])
    return r.out if r.read() else []


_LABEL = re.compile(r"^(?:\d{1,3}\.|\([a-z]{1,4}\)|\([ivx]{1,6}\))\s*")
_PLACE_ONLY = re.compile(r"^(?:In|Under)\s+(?P<where>[^\ue000]+?)\s*:$", re.I)


def read_instructions(
    paragraphs: list[str], default_part: str | None = "operative"
) -> tuple[tuple[Instruction, ...], tuple[str, ...]]:
    """An amendment's paragraphs, in order -> (instructions, warnings). A paragraph that only
    names a place ("In operative paragraph 5:") is the place of the lettered ones after it;
    quoted paragraphs belong to the instruction before them."""
    out: list[Instruction] = []
    warnings: list[str] = []
    groups: list[tuple[str, list[str], bool]] = []  # (text, following quotes, labelled)
    for raw in paragraphs:
        text = " ".join(raw.split())  # no-break spaces too ("paragraph\u00a02.7")
        if not text:
            continue
        m = _LABEL.match(text)
        body = text[m.end() :] if m else text
        if not is_instruction(body) and not _PLACE_ONLY.match(body):
            # quoted text is the instruction's before it ("... with the following:" /
            # "“...”"); anything else is a heading ("Section 3") or a tail ("and renumber
            # the subsequent paragraphs"): the instructions need neither
            if groups and (groups[-1][0].endswith(":") or text.startswith(("“", '"'))):
                groups[-1][1].append(_unquote(text))
            continue
        groups.append((body, [], m is not None and text.startswith("(")))
    context: list[_Target] = []
    for body, following, lettered in groups:
        place = _PLACE_ONLY.match(body)
        if place is not None and not following:
            # "In operative paragraph 5:" "In table 8.8:" "Under Indicators of achievement:"
            context = targets(place.group("where"), default_part) or context
            continue
        if not lettered:
            context = []
        found = read_instruction(body, following, default_part, context)
        if found:
            out.extend(found)
        else:
            warnings.append(f"amendment: instruction not understood: {_short(body)}")
    return tuple(out), tuple(warnings)


def _unquote(text: str) -> str:
    """A quoted paragraph as the amended text will read: its opening and closing marks off
    (the UN opens every quoted paragraph and closes only the last)."""
    t = text.strip()
    if t.startswith("“"):
        t = t[1:]
    if t.endswith("”") and t.count("”") > t.count("“"):  # inner quotations are balanced
        t = t[:-1]
    elif t.startswith('"') and t.endswith('"') and len(t) > 1:
        t = t[1:-1]
    return t.strip()


def _short(text: str) -> str:
    return text if len(text) <= 80 else text[:77] + "..."
