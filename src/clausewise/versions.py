"""The language versions of one resolution, paragraph against paragraph.

The six official versions of a resolution are one work (its symbol) in six expressions,
and their structure is parallel: the same paragraphs, points and sections in the same
order, so the same eIds. `align` pairs two versions' paragraphs and points:

1. by eId, when both versions have the same eIds in the same order, with the same kinds and
   numbers: the usual case, reported as `match: true`;
2. otherwise by content that does not depend on the language, part by part (preamble,
   operative part, each annex): the numbers a paragraph holds (resolution numbers "70/1",
   years, "1990 (2011)", paragraph numbers), its operative number and its kind, in an
   order-keeping alignment (dynamic programming, gaps allowed). A paragraph with no
   partner is `missing` from the other version; when the other version's whole text holds
   none of its references ("1990 (2011)" nowhere in the Arabic file), the report says so:
   the paragraph is absent from that version's text, not misread.

A version that differs is never forced into the other's shape: each side keeps its own
record, and the alignment says what pairs with what and what has no partner.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .model import Document, Item, Paragraph

# what a paragraph says in any language: resolution and document numbers, years, and
# Security Council resolutions; small numbers and amounts are written too differently
# across the versions ("1,114,400", "1 114 400", Arabic's reversed groups) to compare
_REFS = re.compile(r"\d{1,4}\s?\(\d{4}\)|\d{1,4}/\d{1,4}|(?<!\d)\d{4}(?!\d)")


@dataclass(frozen=True, slots=True)
class Unit:
    eid: str
    kind: str
    num: str | None
    part: str  # preamble | operative | annex_N
    depth: int  # 0 for a paragraph, 1 for its points, ...
    refs: tuple[str, ...]
    repeat: bool = False  # the same text as an earlier paragraph of its version


@dataclass(frozen=True, slots=True)
class Pair:
    left: str | None  # eid in the left version, None when it has no partner there
    right: str | None
    how: str  # eid | content | missing | extra
    note: str | None = None  # why a paragraph has no partner, when the text says


@dataclass(frozen=True, slots=True)
class Alignment:
    left: str | None  # the versions' languages
    right: str | None
    match: bool  # the same paragraphs and points, eId for eId
    paragraphs: int  # paragraphs and points in the left version
    pairs: tuple[Pair, ...]

    @property
    def differences(self) -> tuple[Pair, ...]:
        return tuple(p for p in self.pairs if p.how in ("missing", "extra"))


def units(doc: Document) -> list[Unit]:
    """A document's paragraphs and points in reading order."""
    out: list[Unit] = []
    seen: set[str] = set()

    def unit(eid: str, kind: str, num: str | None, part: str, depth: int, text: str) -> Unit:
        repeat = len(text) > 40 and text in seen
        seen.add(text)
        return Unit(eid, kind, num, part, depth, _refs(text), repeat)

    def items(its: tuple[Item, ...], part: str, depth: int) -> None:
        for it in its:
            out.append(unit(it.eid, "item", it.num, part, depth, it.text))
            items(it.items, part, depth + 1)

    def paras(ps: tuple[Paragraph, ...] | list[Paragraph], part: str | None) -> None:
        for p in ps:
            where = part or ("preamble" if p.kind == "preambular" else "operative")
            out.append(unit(p.eid, p.kind, p.num, where, 0, p.text))
            items(p.items, where, 1)

    paras(doc.preamble + doc.operative, None)
    for annex in doc.annexes:
        paras(annex.paragraphs, annex.eid)
    return out


def _refs(text: str) -> tuple[str, ...]:
    return tuple(r.replace(" ", "") for r in _REFS.findall(text))


def _shape(u: Unit) -> tuple[str, str, str | None]:
    return (u.eid, u.kind, u.num if u.kind != "item" else None)


def align(left: Document, right: Document) -> Alignment:
    """Pair the paragraphs and points of two versions of one resolution."""
    a, b = units(left), units(right)
    if [_shape(u) for u in a] == [_shape(u) for u in b]:
        pairs = tuple(Pair(u.eid, v.eid, "eid") for u, v in zip(a, b, strict=True))
        return Alignment(left.language, right.language, True, len(a), pairs)
    right_text = _all_refs(right)
    left_text = _all_refs(left)
    pairs_out: list[Pair] = []
    parts = list(dict.fromkeys([u.part for u in a] + [u.part for u in b]))
    for part in parts:
        xs = [u for u in a if u.part == part]
        ys = [u for u in b if u.part == part]
        for i, j in _dp(xs, ys):
            if i is not None and j is not None:
                how = "eid" if xs[i].eid == ys[j].eid else "content"
                pairs_out.append(Pair(xs[i].eid, ys[j].eid, how))
            elif i is not None:
                pairs_out.append(Pair(xs[i].eid, None, "missing", _absent(xs[i], right_text)))
            elif j is not None:
                pairs_out.append(Pair(None, ys[j].eid, "extra", _absent(ys[j], left_text)))
    return Alignment(left.language, right.language, False, len(a), tuple(pairs_out))


def _all_refs(doc: Document) -> set[str]:
    refs: set[str] = set()
    for u in units(doc):
        refs.update(u.refs)
    for note in doc.footnotes:
        refs.update(_refs(note.text))
    return refs


def _absent(u: Unit, other: set[str]) -> str | None:
    """Why a paragraph has no partner, when its text says: it repeats an earlier paragraph
    of its version, or none of its references is anywhere in the other version."""
    if u.repeat:
        return "it repeats an earlier paragraph of its own version word for word"
    specific = [r for r in u.refs if "/" in r or "(" in r]
    if specific and not any(r in other for r in specific):
        return "its references (" + ", ".join(specific[:3]) + ") are nowhere in the other version"
    return None


def _score(x: Unit, y: Unit) -> float:
    """How alike two units are, language aside: kind, number, depth, references."""
    if (x.kind != y.kind and "item" in (x.kind, y.kind)) or x.repeat or y.repeat:
        return -1.0
    s = 0.5 if x.kind == y.kind else 0.0
    if x.num is not None and x.num == y.num and x.kind != "item":
        s += 1.0
    if x.eid == y.eid:
        s += 0.5
    if x.refs or y.refs:
        common = len(set(x.refs) & set(y.refs))
        s += 2.0 * common / max(len(set(x.refs)), len(set(y.refs))) - (0 if common else 0.5)
    return s


_GAP = -0.4


def _dp(xs: list[Unit], ys: list[Unit]) -> list[tuple[int | None, int | None]]:
    """An order-keeping alignment of two runs of units (Needleman-Wunsch, gaps allowed)."""
    n, m = len(xs), len(ys)
    score = [[0.0] * (m + 1) for _ in range(n + 1)]
    step = [[0] * (m + 1) for _ in range(n + 1)]  # 1 pair, 2 gap in ys, 3 gap in xs
    for i in range(1, n + 1):
        score[i][0], step[i][0] = i * _GAP, 2
    for j in range(1, m + 1):
        score[0][j], step[0][j] = j * _GAP, 3
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            best, how = score[i - 1][j - 1] + _score(xs[i - 1], ys[j - 1]), 1
            if score[i - 1][j] + _GAP > best:
                best, how = score[i - 1][j] + _GAP, 2
            if score[i][j - 1] + _GAP > best:
                best, how = score[i][j - 1] + _GAP, 3
            score[i][j], step[i][j] = best, how
    out: list[tuple[int | None, int | None]] = []
    i, j = n, m
    while i or j:
        how = step[i][j]
        if how == 1:
            out.append((i - 1, j - 1))
            i, j = i - 1, j - 1
        elif how == 2:
            out.append((i - 1, None))
            i -= 1
        else:
            out.append((None, j - 1))
            j -= 1
    out.reverse()
    return out


def to_report(al: Alignment) -> dict:
    """The JSON form: whether the versions match, and where they do not."""
    return {
        "languages": [al.left, al.right],
        "match": al.match,
        "paragraphs": al.paragraphs,
        "paired": sum(1 for p in al.pairs if p.left and p.right),
        "differences": [
            {"left": p.left, "right": p.right, "how": p.how, "note": p.note} for p in al.differences
        ],
    }


# -- mandates across the versions ---------------------------------------------------------


def mandate_ids(doc: Document, found) -> list[str]:
    """A stable id for each mandate: the work, the paragraph's eId (the same in every
    language) and the mandate's place among that paragraph's: "A/RES/75/180#para_9#1"."""
    work = doc.symbol or doc.number or "?"
    seen: dict[str, int] = {}
    out = []
    for m in found:
        seen[m.paragraph] = seen.get(m.paragraph, 0) + 1
        out.append(f"{work}#{m.paragraph}#{seen[m.paragraph]}")
    return out


def eids_onto(left: Document, right: Document) -> dict[str, str]:
    """The right version's paragraph and point eIds that pair, by `align`, with other eIds of
    the left ({} when the two are parallel eId for eId): a version whose markup numbers its
    sections otherwise ("sec_2" for the English "sec_I") or holds a paragraph the other lacks."""
    al = align(left, right)
    if al.match:
        return {}
    return {p.right: p.left for p in al.pairs if p.left and p.right and p.left != p.right}


def beside_english(english: Document, doc: Document, found_en, found) -> list:
    """`doc`'s mandates `found`, read beside its English version's `found_en`
    (`enrich.mandates_align.beside`), each put first at the place of its English partner."""
    from .enrich.mandates_align import beside, renamed

    return beside(found_en, renamed(found, eids_onto(english, doc)))


def mandates_across(docs: list[Document]) -> list[dict]:
    """One entry per mandate of a work, with its wording in each language that reads it:
    {"id", "paragraph", "type", "addressees" (English names), "wording": {lang: clause}}.
    With the English version among `docs`, the others are read beside it
    (`enrich.mandates_align.beside`: the English reading's cut into mandates, each with the
    version's own words); a mandate one version reads and another does not keeps only the
    wordings found."""
    from .enrich.mandates import mandates

    found = {id(doc): mandates(doc) for doc in docs}
    english = next((d for d in docs if (d.language or "en") == "en"), None)
    if english is not None:
        for doc in docs:
            if doc is not english:
                found[id(doc)] = beside_english(english, doc, found[id(english)], found[id(doc)])
    entries: dict[str, dict] = {}
    for doc in sorted(docs, key=lambda d: d is not english):
        mine = found[id(doc)]
        for ident, m in zip(mandate_ids(doc, mine), mine, strict=True):
            e = entries.setdefault(
                ident,
                {
                    "id": ident,
                    "paragraph": m.paragraph,
                    "type": m.type,
                    "addressees": [a.name for a in m.addressees],
                    "wording": {},
                },
            )
            e["wording"][doc.language or "und"] = m.text
    return list(entries.values())
