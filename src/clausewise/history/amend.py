"""Amendments applied: a draft and the amendments tabled to it -> the amended text, every
change attributed to its amendment, and whether each change is in the adopted text.

An amendment's instructions (`Document.instructions`, read by `structure.amendment`) name
places as the draft it amends numbers them ("operative paragraph 35" of A/C.2/80/L.13/Rev.1)
and words as the draft writes them. Each amendment is applied to the draft as tabled, in the
order given, and instructions name paragraphs by the draft's numbering, not by the numbering
an earlier amendment left (as the Committee votes them, each on the text before it).

Nothing is guessed. An instruction is not applied, and the report says why, when:
- the words it quotes are not in the paragraph it names (or are there twice, and it does
  not say which);
- the paragraph it names is not in the draft, or an earlier amendment deleted it;
- the draft given is another version than the one the amendment names (A/C.2/80/L.13 for
  an amendment to A/C.2/80/L.13/Rev.1): revisions renumber paragraphs, so a place given only
  by its number is not applied there (unless the caller says the numbering is the same,
  `same_numbering`); a place the quoted words find once in the whole text is.

Pure functions: `apply(draft, amendments)`, `check_adoption(amended, adopted)`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from rapidfuzz.distance import Indel

from ..compare import compare
from ..compare.align import similarity, word_tokens
from ..compare.core import full_text
from ..compare.words import fold
from ..lexicon import match_lead
from ..model import OPERATIVE, PREAMBULAR, Document, Instruction, Item, Paragraph
from .versions import same_work, version

APPLIED, NOT_APPLIED = "applied", "not applied"
ADOPTED, NOT_ADOPTED, UNCLEAR = "adopted", "not adopted", "unclear"

NEAR = 0.85  # word-level similarity that makes a paragraph the same text (added, replaced)
CONTAINED = 0.95  # share of a proposed paragraph's words an adopted one holds, in order
QUOTED = 0.9  # ... a quoted paragraph and the draft's ("Delete ... paragraph, reading: ...")


class AmendError(ValueError):
    """An amendment that cannot be applied to this draft at all (it amends another one)."""


@dataclass(frozen=True, slots=True)
class Seg:
    op: str  # "=" the draft's words | "+" inserted | "-" deleted
    text: str
    by: str | None = None  # the amendment's name ("A/C.2/80/L.62"), for "+" and "-"
    n: int | None = None  # the instruction's ordinal in that amendment (1-based)


@dataclass(frozen=True, slots=True)
class Adoption:
    status: str  # adopted | not adopted | unclear
    detail: str  # what the adopted text says: "the adopted text keeps it as OP 37"


@dataclass(frozen=True, slots=True)
class Outcome:
    amendment: str  # its name
    n: int  # the instruction's ordinal in the amendment (1-based)
    instruction: Instruction
    status: str  # applied | not applied
    where: str | None  # the place in the draft: "OP 35", "PP 21", "title"
    eid: str | None  # its eid in the draft (for an added paragraph: the one it follows)
    reason: str | None = None  # why not applied; or a note on how it was placed
    words: tuple[tuple[str, str], ...] = ()  # this change on its own: "=" "-" "+" pieces
    adoption: Adoption | None = None


@dataclass(frozen=True, slots=True)
class Para:
    """One paragraph (or sub-paragraph, or the title) of the amended draft, marked."""

    eid: str  # its eid in the draft; an added one: "new" + the place it follows
    label: str  # "OP 35", "PP 21", "OP 16 (d)", "title", "new after OP 5"
    state: str  # unchanged | changed | deleted | added
    segs: tuple[Seg, ...]
    by: tuple[str, ...] = ()  # the amendments that changed it


@dataclass(frozen=True, slots=True)
class Amended:
    draft: Document
    amendments: tuple[str, ...]  # their names, in the order applied
    text: Document  # the draft as amended (paragraphs renumbered as the amended text reads)
    outcomes: tuple[Outcome, ...]
    redline: tuple[Para, ...]  # the draft's paragraphs in order, with the added ones
    notes: tuple[str, ...] = ()  # on versions: "A/C.2/80/L.62 amends A/C.2/80/L.13/Rev.1 ..."
    adopted: str | None = None  # the adopted text the outcomes were checked against

    def to_json(self) -> dict:
        return {
            "draft": name(self.draft),
            "amendments": list(self.amendments),
            "notes": list(self.notes),
            "adopted": self.adopted,
            "outcomes": [_outcome_json(o) for o in self.outcomes],
            "redline": [
                {
                    "eid": p.eid,
                    "label": p.label,
                    "state": p.state,
                    "by": list(p.by),
                    "words": [[s.op, s.text, s.by, s.n] for s in p.segs],
                }
                for p in self.redline
                if p.state != "unchanged"
            ],
        }


def _outcome_json(o: Outcome) -> dict:
    i = o.instruction
    return {
        "amendment": o.amendment,
        "n": o.n,
        "instruction": i.text,
        "action": i.action,
        "place": o.where,
        "eid": o.eid,
        "status": o.status,
        "reason": o.reason,
        "words": [[op, t] for op, t in o.words],
        "adoption": {"status": o.adoption.status, "detail": o.adoption.detail}
        if o.adoption
        else None,
    }


def name(doc: Document) -> str:
    if doc.symbol:
        return doc.symbol
    return f"{doc.status} of {doc.dates.issued}" if doc.dates.issued else doc.status


# -- the working text ---------------------------------------------------------------------


@dataclass(slots=True)
class _Unit:
    eid: str
    part: str  # preamble | operative | annex | title
    label: str
    segs: list[Seg]
    parent: str | None = None  # an item's paragraph
    deleted: tuple[str, int] | None = None  # (amendment, n)
    added: tuple[str, int] | None = None
    after: str | None = None  # an added paragraph: the eid it follows
    touched: list[str] = field(default_factory=list)

    def visible(self) -> str:
        return "".join(s.text for s in self.segs if s.op != "-")


def _units(draft: Document) -> list[_Unit]:
    out: list[_Unit] = []
    if draft.title:
        out.append(_Unit("title", "title", "title", [Seg("=", draft.title)]))

    def items(its: tuple[Item, ...], parent: str, label: str) -> None:
        for it in its:
            lab = f"{label} ({it.num})"
            out.append(_Unit(it.eid, "item", lab, [Seg("=", it.text)], parent))
            items(it.items, it.eid, lab)

    for k, p in enumerate(draft.preamble, 1):
        out.append(_Unit(p.eid, "preamble", f"PP {k}", [Seg("=", p.text)]))
        items(p.items, p.eid, f"PP {k}")
    for k, p in enumerate(draft.operative, 1):
        label = f"OP {p.num or k}"
        out.append(_Unit(p.eid, "operative", label, [Seg("=", p.text)]))
        items(p.items, p.eid, label)
    return out


_QUOTE = "\"'“”‘’«»"
_DASH = "-–—‑"


def _pattern(needle: str) -> re.Pattern:
    """The needle as the draft may print it: quotes, dashes and spaces of any kind."""
    out = []
    for ch in needle.strip():
        if ch.isspace():
            if not out or out[-1] != r"\s+":
                out.append(r"\s+")
        elif ch in _QUOTE:
            out.append(f"[{re.escape(_QUOTE)}]")
        elif ch in _DASH:
            out.append(f"[{re.escape(_DASH)}]")
        else:
            out.append(re.escape(ch))
    body = "".join(out)
    if needle[:1].isalnum():
        body = r"(?<!\w)" + body
    if needle.strip()[-1:].isalnum():
        body += r"(?!\w)"
    return re.compile(body)


def _find(text: str, needle: str) -> list[tuple[int, int]]:
    return [m.span() for m in _pattern(needle).finditer(text)]


def _split(segs: list[Seg], pos: int) -> int:
    """Cut the segments at visible offset `pos`; the index of the first segment at or after."""
    at = 0
    for i, s in enumerate(segs):
        if s.op == "-":
            continue
        if at == pos:
            return i
        if at < pos < at + len(s.text):
            k = pos - at
            segs[i : i + 1] = [replace(s, text=s.text[:k]), replace(s, text=s.text[k:])]
            return i + 1
        at += len(s.text)
    return len(segs)


def _insert(segs: list[Seg], pos: int, text: str, by: str, n: int) -> None:
    i = _split(segs, pos)
    # after deleted words standing at that place (the reader sees "[-old-]{+new+}")
    while i < len(segs) and segs[i].op == "-":
        i += 1
    segs.insert(i, Seg("+", text, by, n))


def _delete(segs: list[Seg], start: int, end: int, by: str, n: int) -> None:
    i = _split(segs, start)
    j = _split(segs, end)
    kept: list[Seg] = []
    for s in segs[i:j]:
        if s.op == "=":
            kept.append(Seg("-", s.text, by, n))
        elif s.op == "-":
            kept.append(s)
        # "+" words another amendment inserted are simply taken out again
    segs[i:j] = kept


def _tidy(segs: list[Seg]) -> list[Seg]:
    out: list[Seg] = []
    for s in segs:
        if not s.text:
            continue
        if out and (out[-1].op, out[-1].by, out[-1].n) == (s.op, s.by, s.n):
            out[-1] = replace(out[-1], text=out[-1].text + s.text)
        else:
            out.append(s)
    return out


_END_PUNCT = re.compile(r"[;.,:]+$")
_NUMBER = re.compile(r"^\s*(?:\d{1,3}(?:\s+(?:bis|ter|quater))?\.|\([a-z]{1,4}\))\s+")


def _clean_new(text: str) -> str:
    """A quoted paragraph without the number it is quoted with ("5 bis. Requests ...")."""
    return _NUMBER.sub("", text.strip().strip('“”"').strip())


# -- applying ---------------------------------------------------------------------------------


class _Applier:
    def __init__(self, draft: Document, same_numbering: bool):
        self.draft = draft
        self.units = _units(draft)
        self.by_eid = {u.eid: u for u in self.units}
        self.same_numbering = same_numbering
        self.outcomes: list[Outcome] = []
        self.notes: list[str] = []

    # -- where --------------------------------------------------------------------------
    def unit_for(self, ins: Instruction) -> tuple[_Unit | None, str | None]:
        """The unit an instruction names, or (None, why not)."""
        if ins.part == "title":
            return self.by_eid.get("title"), None if "title" in self.by_eid else "no title"
        if ins.eid:
            u = self.by_eid.get(ins.eid)
            if u is None:
                return None, f"the draft has no {_place(ins)}"
            return u, None
        if ins.paragraph in ("last", "penultimate") and ins.part in ("preamble", "operative"):
            tops = [u for u in self.units if u.part == ins.part and u.added is None]
            k = -1 if ins.paragraph == "last" else -2
            if len(tops) >= -k:
                return tops[k], None
        if ins.paragraph is None and ins.part is None:
            return None, None  # no place named: the words decide, or nothing does
        return None, f"the draft has no {_place(ins)}"

    # -- one instruction -----------------------------------------------------------------
    def apply(self, amendment: str, n: int, ins: Instruction, trust: bool) -> None:
        unit, why = self.unit_for(ins)
        if ins.action == "add":
            if not trust:  # "after operative paragraph 5": a number, nothing else
                self.fail(amendment, n, ins, unit, self.numbering_reason(ins))
            else:
                self.add(amendment, n, ins, unit, why)
            return
        words = ins.anchor or ins.old  # the quoted words that can find the place
        note = None
        if not trust or (unit is None and why is None):
            # another version (or no place named): only the quoted words can place it
            if not words:
                self.fail(amendment, n, ins, unit, why or self.numbering_reason(ins))
                return
            found = self.locate(words, None)
            if isinstance(found, str) and ins.action == "delete" and not ins.anchor:
                found = self.quoted_paragraph(words) or found  # "..., reading: “...”"
            if isinstance(found, str):
                self.fail(amendment, n, ins, unit, found)
                return
            if unit is not None and found is not unit:
                note = f"the words are in {found.label} here (the amendment says {_place(ins)})"
            unit = found
        if unit is None:
            self.fail(amendment, n, ins, None, why or "the instruction names no place")
            return
        if unit.deleted:
            who = unit.deleted
            self.fail(amendment, n, ins, unit, f"{unit.label} is deleted by {who[0]} ({who[1]})")
            return
        before = unit.visible()
        result = self.edit(unit, ins, amendment, n)
        if isinstance(result, str):
            if words and " is not in " in result:
                hint = self.locate(words, unit)
                result = hint if isinstance(hint, str) else result
            self.fail(amendment, n, ins, unit, result)
            return
        unit.touched.append(amendment)
        after = "" if unit.deleted else unit.visible()
        self.outcomes.append(
            Outcome(
                amendment, n, ins, APPLIED, unit.label, unit.eid, note, _local_words(before, after)
            )
        )

    def numbering_reason(self, ins: Instruction) -> str:
        return (
            f"it names {_place(ins)} by number only, and this draft is another version than "
            "the one the amendment amends (numbers differ between versions)"
        )

    def locate(self, words: str, unit: _Unit | None) -> _Unit | str:
        """The unit holding `words` once: `unit` when given, else anywhere in the text."""
        if unit is not None:
            hits = _find(unit.visible(), words)
            if len(hits) == 1:
                return unit
            if len(hits) > 1:
                return f"“{_short(words)}” occurs {len(hits)} times in {unit.label}"
            elsewhere = [u.label for u in self.units if not u.deleted and _find(u.visible(), words)]
            hint = f" (it is in {', '.join(elsewhere[:3])})" if elsewhere else ""
            return f"“{_short(words)}” is not in {unit.label}{hint}"
        holders = [(u, _find(u.visible(), words)) for u in self.units if not u.deleted]
        holders = [(u, h) for u, h in holders if h]
        # an item's words are in its paragraph's text too only if items were inlined: they
        # are not (each unit holds its own text), so one holder means one place
        if len(holders) == 1 and len(holders[0][1]) == 1:
            return holders[0][0]
        if not holders:
            return f"“{_short(words)}” is not in this draft"
        return f"“{_short(words)}” occurs in {', '.join(u.label for u, _ in holders[:4])}"

    def quoted_paragraph(self, quoted: str) -> _Unit | None:
        q = word_tokens(fold(_clean_new(quoted)))
        best = [
            u
            for u in self.units
            if not u.deleted and similarity(word_tokens(fold(u.visible())), q) >= QUOTED
        ]
        return best[0] if len(best) == 1 else None

    def fail(self, amendment: str, n: int, ins: Instruction, unit: _Unit | None, why: str) -> None:
        where = unit.label if unit else _place(ins)
        self.outcomes.append(
            Outcome(amendment, n, ins, NOT_APPLIED, where, unit.eid if unit else ins.eid, why)
        )

    # -- the edits ------------------------------------------------------------------------
    def edit(self, u: _Unit, ins: Instruction, by: str, n: int) -> str | None:
        """Change the unit as the instruction says; a reason when it cannot."""
        text = u.visible()
        act = ins.action
        if act == "delete" and not ins.anchor and ins.old:
            whole = similarity(word_tokens(fold(text)), word_tokens(fold(_clean_new(ins.old))))
            if whole >= QUOTED:
                return self.delete_unit(u, by, n)
        if act == "delete" and not ins.old:
            return self.delete_unit(u, by, n)
        if act == "replace" and not ins.old and not ins.anchor:
            if not ins.new:
                return "the instruction gives no new text"
            _delete(u.segs, 0, len(text), by, n)
            _insert(u.segs, 0, _clean_new(ins.new.split("\n")[0]), by, n)
            u.segs = _tidy(u.segs)
            return None
        anchor_span = None
        if ins.anchor:
            hits = _find(text, ins.anchor)
            if len(hits) != 1:
                return _count_reason(ins.anchor, len(hits), u.label)
            anchor_span = hits[0]
        if act == "insert":
            if not ins.new:
                return "the instruction gives no words to insert"
            new = ins.new
            if anchor_span is not None:
                if ins.position == "before":
                    _insert(u.segs, anchor_span[0], new + " ", by, n)
                else:
                    _insert(u.segs, anchor_span[1], _joined(new), by, n)
            elif ins.position == "start":
                _insert(u.segs, 0, new + " ", by, n)
            elif ins.position in ("end", None):
                end = len(text) - len(
                    _END_PUNCT.search(text).group() if _END_PUNCT.search(text) else ""
                )
                _insert(u.segs, end, _joined(new), by, n)
            else:
                return f"no words to insert {ins.position}"
        elif act in ("delete", "replace"):
            if act == "replace" and anchor_span is not None and not ins.old:
                # "after “...”, replace the remainder of the paragraph with “...”"
                end = len(text)
                tail = _END_PUNCT.search(text)
                if tail and not _END_PUNCT.search(ins.new or ""):
                    end -= len(tail.group())
                _delete(u.segs, anchor_span[1], end, by, n)
                _insert(u.segs, anchor_span[1], _joined(ins.new or ""), by, n)
                u.segs = _tidy(u.segs)
                return None
            if not ins.old:
                return "the instruction quotes no words"
            start_at = anchor_span[1] if anchor_span is not None else 0
            hits = [h for h in _find(text, ins.old) if h[0] >= start_at]
            if anchor_span is not None and ins.position == "after":
                hits = hits[:1]  # the first occurrence after the anchor
            if len(hits) != 1:
                return _count_reason(ins.old, len(hits), u.label)
            s, e = hits[0]
            if act == "delete":
                s, e = _with_space(text, s, e)
                _delete(u.segs, s, e, by, n)
            else:
                _delete(u.segs, s, e, by, n)
                _insert(u.segs, s, ins.new or "", by, n)  # deleted words are not visible
        else:
            return f"no way to {act} words"
        u.segs = _tidy(u.segs)
        return None

    def delete_unit(self, u: _Unit, by: str, n: int) -> None:
        text = u.visible()
        _delete(u.segs, 0, len(text), by, n)
        u.segs = _tidy(u.segs)
        u.deleted = (by, n)
        for child in self.units:  # its sub-paragraphs go with it
            if child.parent == u.eid and not child.deleted:
                self.delete_unit(child, by, n)
        return None

    def add(
        self, amendment: str, n: int, ins: Instruction, unit: _Unit | None, why: str | None
    ) -> None:
        if not ins.new:
            self.fail(amendment, n, ins, unit, "the instruction gives no paragraph to add")
            return
        part = ins.part if ins.part in ("preamble", "operative") else None
        if unit is not None:
            part = unit.part if unit.part in ("preamble", "operative") else part
        if unit is None:
            tops = [u for u in self.units if u.part == (part or "operative")]
            if ins.position == "end" and tops:
                unit, pos = tops[-1], "after"
            elif ins.position == "start" and tops:
                unit, pos = tops[0], "before"
            else:
                self.fail(amendment, n, ins, None, why or "the instruction names no place")
                return
        else:
            pos = "before" if ins.position == "before" else "after"
        # after the units added after it already (instruction order), and after its items
        at = self.units.index(unit)
        if pos == "after":
            at += 1
            while at < len(self.units) and (
                self.units[at].parent is not None or self.units[at].after == unit.eid
            ):
                at += 1
        label = f"new {pos} {unit.label}"
        added = []
        for k, text in enumerate(t for t in ins.new.split("\n") if t.strip()):
            eid = f"new_{amendment}_{n}_{k + 1}"
            u = _Unit(
                eid,
                unit.part if unit.part in ("preamble", "operative") else "operative",
                label,
                [Seg("+", _clean_new(text), amendment, n)],
                added=(amendment, n),
                after=unit.eid,
                touched=[amendment],
            )
            added.append(u)
        self.units[at:at] = added
        for u in added:
            self.by_eid[u.eid] = u
        words = tuple(("+", u.visible()) for u in added)
        self.outcomes.append(Outcome(amendment, n, ins, APPLIED, label, unit.eid, None, words))

    # -- the result -----------------------------------------------------------------------
    def document(self) -> Document:
        d = self.draft
        kids: dict[str, list[_Unit]] = {}
        for u in self.units:
            if u.parent is not None and not u.deleted:
                kids.setdefault(u.parent, []).append(u)
        numbered = any(p.num for p in d.operative)
        pre: list[Paragraph] = []
        op: list[Paragraph] = []
        originals = {p.eid: p for p in d.preamble + d.operative}
        for u in self.units:
            if u.deleted or u.parent is not None or u.part not in ("preamble", "operative"):
                continue
            text = u.visible().strip()
            lead = match_lead(text)
            old = originals.get(u.eid)
            if u.part == "preamble":
                eid = f"preamble__container_{len(pre) + 1}"
                pre.append(
                    Paragraph(
                        eid,
                        PREAMBULAR,
                        None,
                        lead.text if lead else None,
                        text,
                        _items(kids, u.eid, eid),
                        (),
                        old.section if old else None,
                    )
                )
            else:
                num = str(len(op) + 1) if numbered else None
                eid = f"para_{num}" if num else f"para_{len(op) + 1}"
                op.append(
                    Paragraph(
                        eid,
                        OPERATIVE,
                        num,
                        lead.text if lead else None,
                        text,
                        _items(kids, u.eid, eid),
                        (),
                        old.section if old else None,
                    )
                )
        title = self.by_eid["title"].visible() if "title" in self.by_eid else d.title
        return replace(
            d,
            symbol=None,
            title=title,
            preamble=tuple(pre),
            operative=tuple(op),
            footnotes=(),
            warnings=(),
            instructions=(),
        )

    def redline(self) -> tuple[Para, ...]:
        out = []
        for u in self.units:
            if u.added:
                state = "added"
            elif u.deleted:
                state = "deleted"
            elif any(s.op != "=" for s in u.segs):
                state = "changed"
            else:
                state = "unchanged"
            by = tuple(dict.fromkeys(s.by for s in u.segs if s.by))
            out.append(Para(u.eid, u.label, state, tuple(u.segs), by))
        return tuple(out)


def _items(kids: dict[str, list[_Unit]], eid: str, new_parent: str) -> tuple[Item, ...]:
    out = []
    for u in kids.get(eid, []):
        new_eid = new_parent + u.eid[len(eid) :] if u.eid.startswith(eid) else u.eid
        num = u.label.rsplit("(", 1)[-1].rstrip(")")
        out.append(Item(new_eid, num, u.visible().strip(), _items(kids, u.eid, new_eid)))
    return tuple(out)


def _joined(new: str) -> str:
    """Words inserted after others: a space between, unless they open with punctuation."""
    return new if new[:1] in ",;:.)]" else " " + new


def _with_space(text: str, s: int, e: int) -> tuple[int, int]:
    """Deleted words take one space with them, so no double space or space before a comma."""
    if s > 0 and text[s - 1] == " " and (e == len(text) or text[e] in " ,;:.)"):
        return s - 1, e
    if e < len(text) and text[e] == " " and (s == 0 or text[s - 1] in '(“"'):
        return s, e + 1
    return s, e


def _count_reason(words: str, hits: int, label: str) -> str:
    if hits == 0:
        return f"“{_short(words)}” is not in {label}"
    return f"“{_short(words)}” occurs {hits} times in {label}: the instruction does not say which"


def _short(text: str) -> str:
    return text if len(text) <= 60 else text[:57] + "..."


def _place(ins: Instruction) -> str:
    if ins.part == "title":
        return "the title"
    part = {"preamble": "preambular paragraph", "operative": "operative paragraph"}.get(
        ins.part or "", "paragraph"
    )
    return f"{part} {ins.paragraph}" if ins.paragraph else "no paragraph"


def _local_words(before: str, after: str) -> tuple[tuple[str, str], ...]:
    from ..compare.words import diff_exact

    if not after:
        return (("-", before),)
    return tuple(diff_exact(before, after))


# -- the entry points -------------------------------------------------------------------------


def _title(doc: Document) -> str:
    return " ".join(word_tokens(fold((doc.title or "").lower())))


def check_version(
    draft: Document, amendment: Document, same_numbering: bool = False
) -> tuple[bool, str | None]:
    """(numbers can be trusted, a note). Raises AmendError when the amendment amends another
    draft altogether: one of another symbol and another title (with `same_numbering`, a text
    of another symbol but the amendment's title is taken: the adopted text, say)."""
    named, given = amendment.amends, draft.symbol
    who = name(amendment)
    if not named:
        return True, f"{who} does not say which draft it amends; applied to {name(draft)}"
    if not given:
        return True, f"{who} amends {named}; the draft given has no symbol and is taken as it"
    if named == given:
        return True, None
    if not same_work(named, given):
        if not (same_numbering and _title(draft) and _title(draft) == _title(amendment)):
            raise AmendError(f"{who} amends {named}, not {given}")
        return True, f"{who} amends {named}; applied to {given}, numbered as it (as asked)"
    rel = "an earlier" if version(given).revision < version(named).revision else "another"
    return False, (
        f"{who} amends {named}; {given} is {rel} version of it, so places given only by "
        "paragraph number are not applied here"
    )


def apply(draft: Document, amendments: Sequence[Document], same_numbering: bool = False) -> Amended:
    """The draft with each amendment's instructions applied, in order (see the module's
    note). `same_numbering`: the caller vouches that the draft numbers its paragraphs as the
    version the amendments name (when that version is not at hand)."""
    a = _Applier(draft, same_numbering)
    names = []
    for amendment in amendments:
        if amendment.status != "amendment":
            raise AmendError(f"{name(amendment)} is not an amendment ({amendment.status})")
        trust, note = check_version(draft, amendment, same_numbering)
        if not trust and same_numbering:
            trust = True
            note = f"{note.split(';')[0]}; applied to {name(draft)}, numbered as it (as asked)"
        if note:
            a.notes.append(note)
        who = name(amendment)
        names.append(who)
        if not amendment.instructions:
            a.notes.append(f"{who} has no instruction clausewise can read")
        for k, ins in enumerate(amendment.instructions, 1):
            a.apply(who, k, ins, trust)
    return Amended(
        draft, tuple(names), a.document(), tuple(a.outcomes), a.redline(), tuple(a.notes)
    )


# -- against the adopted text --------------------------------------------------------------


def check_adoption(amended: Amended, adopted: Document) -> Amended:
    """Each applied change looked for in the adopted text: is it there (adopted), is the
    draft's text there instead (not adopted), or was the place reworded (unclear)?"""
    draft = amended.draft
    cmp = compare(draft, adopted)
    counterpart: dict[str, tuple[str, str]] = {}  # draft eid -> (adopted label, its full text)
    labels = _adopted_labels(adopted)
    for ch in cmp.changes:
        if ch.old is not None and ch.new is not None:
            counterpart[ch.old.eid] = (labels.get(ch.new.eid, ch.new.eid), ch.new.text)
            for part in ch.parts if ch.type == "merged" else ():
                counterpart[part.eid] = (labels.get(ch.new.eid, ch.new.eid), ch.new.text)
    paras = [(labels[p.eid], full_text(p)) for p in adopted.preamble + adopted.operative]
    units = {u.eid: u for u in _units(draft)}
    out = []
    for o in amended.outcomes:
        if o.status != APPLIED:
            out.append(o)
            continue
        out.append(replace(o, adoption=_adoption(o, units, counterpart, paras, adopted)))
    return replace(amended, outcomes=tuple(out), adopted=name(adopted))


def _adopted_labels(doc: Document) -> dict[str, str]:
    out = {}
    for k, p in enumerate(doc.preamble, 1):
        out[p.eid] = f"PP {k}"
    for k, p in enumerate(doc.operative, 1):
        out[p.eid] = f"OP {p.num or k}"
    return out


def _has(text: str, words: str) -> bool:
    return bool(words.strip()) and bool(_find(text, words))


def _adoption(o: Outcome, units, counterpart, paras, adopted: Document) -> Adoption:
    ins = o.instruction
    if ins.part == "title":
        text = adopted.title or ""
        there = "the adopted title"
        target = ("title", text)
    else:
        eid = o.eid or ""
        u = units.get(eid)
        top = u.parent if u is not None and u.parent else eid
        while top in units and units[top].parent:
            top = units[top].parent
        target = counterpart.get(top)
        there = f"the adopted {target[0]}" if target else None
    best = _best(paras, [w for op, w in o.words if op == "+"])
    if ins.action == "add":
        if best is not None:
            return Adoption(ADOPTED, f"the adopted text has it as {best[0]} ({best[1]:.2f})")
        return Adoption(NOT_ADOPTED, "no paragraph of the adopted text reads like it")
    old_text = "".join(w for op, w in o.words if op != "+")
    if ins.action == "delete" and all(op == "-" for op, _ in o.words):  # a whole paragraph
        if target is not None:
            same = similarity(word_tokens(fold(target[1])), word_tokens(fold(old_text)))
            how = "" if same >= 0.99 else f", reworded ({same:.2f})"
            return Adoption(NOT_ADOPTED, f"the adopted text keeps it as {target[0]}{how}")
        near = _best(paras, [old_text])
        if near is not None:
            return Adoption(NOT_ADOPTED, f"the adopted text keeps it as {near[0]} ({near[1]:.2f})")
        return Adoption(ADOPTED, "the adopted text does not have it")
    if target is None:
        return Adoption(UNCLEAR, f"the paragraph ({o.where}) is not in the adopted text")
    text = target[1]
    added = [w.strip() for op, w in o.words if op == "+" and w.strip()]
    removed = [w.strip() for op, w in o.words if op == "-" and w.strip()]
    if ins.action == "replace" and not ins.old and not ins.anchor:
        new = " ".join(added)
        s_new = similarity(word_tokens(fold(text)), word_tokens(fold(new)))
        s_old = similarity(word_tokens(fold(text)), word_tokens(fold(" ".join(removed))))
        if s_new >= NEAR and s_new > s_old:
            return Adoption(ADOPTED, f"{there} reads as the replacement ({s_new:.2f})")
        if s_old >= s_new:
            return Adoption(NOT_ADOPTED, f"{there} reads as the draft did ({s_old:.2f})")
        return Adoption(UNCLEAR, f"{there} reads as neither ({s_new:.2f} / {s_old:.2f})")
    # the instruction's own words (the local diff may cut a phrase at a shared word)
    new_words = _phrase(ins.new) if ins.action in ("insert", "replace") else None
    old_words = _phrase(ins.old) if ins.action in ("delete", "replace") else None
    has_new = _has(text, new_words) if new_words else None
    has_old = _has(text, old_words) if old_words else None
    if has_new and not has_old:
        return Adoption(ADOPTED, f"{there} has the amended words")
    if has_old and not has_new:
        return Adoption(NOT_ADOPTED, f"{there} has the draft's words")
    if has_new is None and has_old is False:
        return Adoption(ADOPTED, f"{there} does not have the deleted words")
    if has_old is None and has_new is False:
        return Adoption(NOT_ADOPTED, f"{there} does not have the inserted words")
    return Adoption(UNCLEAR, f"{there} was reworded at that place")


def _phrase(words: str | None) -> str | None:
    """Quoted words as they are looked for: without the punctuation at their ends
    (", in accordance with ...," is found in "... predictable, in accordance with ... by")."""
    if not words:
        return None
    return words.strip().strip(",;:. ").strip() or None


def _best(paras: list[tuple[str, str]], texts: list[str]) -> tuple[str, float] | None:
    """The adopted paragraph that reads like the given text (similar, or holding all but a
    few of its words in order: the adopted text may have gone further), when one does."""
    want = word_tokens(fold(" ".join(t.strip() for t in texts)))
    if not want:
        return None
    scored = []
    for label, t in paras:
        have = word_tokens(fold(t))
        sim = similarity(have, want)
        # words of `want` found in order in `have`: the longest common subsequence
        common = (len(have) + len(want) - Indel.distance(have, want)) / 2
        scored.append(
            (label, max(sim, common / len(want) if common / len(want) >= CONTAINED else 0))
        )
    label, s = max(scored, key=lambda x: x[1], default=("", 0.0))
    return (label, s) if s >= NEAR else None
