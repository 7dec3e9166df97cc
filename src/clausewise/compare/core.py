"""compare(old, new): two Documents in, one Comparison out (a pure function)."""

from __future__ import annotations

import re

from ..model import Document, Footnote, Item, Paragraph
from .align import EXACT, Unit, align, similarity, word_tokens
from .model import (
    ADDED,
    CHANGED,
    DELETED,
    INSERTED,
    MERGED,
    MODIFIED,
    MOVED,
    REMOVED,
    RENUMBERED,
    SPLIT,
    UNCHANGED,
    Change,
    Comparison,
    FootnoteChange,
    HeaderChange,
    Side,
)
from .words import EQUAL, diff_exact, diff_words, fold, strip_markers

_BEFORE_PUNCT = re.compile(r"\s+([,;:.)\]])")
FOOTNOTE_MIN = 0.5  # a footnote reworded rather than replaced


def compare(old: Document, new: Document) -> Comparison:
    """Align the paragraphs of two versions and describe every difference."""
    old_sides, new_sides = sides(old), sides(new)
    result = align(units(old_sides), units(new_sides))

    placed: list[tuple[tuple, Change]] = []
    new_at_old: dict[int, int] = {}  # old position -> new position, for placing deletions
    for p in result.pairs:
        o, n = old_sides[p.old], new_sides[p.new]
        if p.how == EXACT:
            words = ((EQUAL, n.text),)
            kind = MOVED if p.moved else (RENUMBERED if o.num != n.num else UNCHANGED)
        else:
            words = tuple(diff_exact(o.text, n.text, spacing=False))
            kind = MOVED if p.moved else MODIFIED
        if not p.moved:
            new_at_old[p.old] = p.new
        placed.append(((p.new, 0, 0), Change(kind, o, n, words, similarity=p.similarity)))
    for g in result.groups:
        os_ = [old_sides[i] for i in g.old]
        ns = [new_sides[i] for i in g.new]
        words = tuple(
            diff_exact(" ".join(s.text for s in os_), " ".join(s.text for s in ns), spacing=False)
        )
        if g.is_split:
            change = Change(
                SPLIT, os_[0], ns[0], words, parts=tuple(ns[1:]), similarity=g.similarity
            )
        else:
            change = Change(
                MERGED, os_[0], ns[0], words, parts=tuple(os_[1:]), similarity=g.similarity
            )
        for i in g.old:
            new_at_old[i] = g.new[-1]
        placed.append(((g.new[0], 0, 0), change))
    for n in result.inserted:
        s = new_sides[n]
        placed.append(((n, 0, 0), Change(INSERTED, None, s, (("+", s.text),), similarity=0.0)))
    for o in result.deleted:
        s = old_sides[o]
        before = max((i for i in new_at_old if i < o), default=None)
        at = new_at_old[before] if before is not None else -1
        placed.append(((at, 1, o), Change(DELETED, s, None, (("-", s.text),), similarity=0.0)))
    placed.sort(key=lambda x: x[0])
    return Comparison(
        old=old,
        new=new,
        changes=tuple(c for _, c in placed),
        footnotes=tuple(footnote_changes(old, new)),
        header=tuple(header_changes(old, new)),
    )


# -- paragraphs -------------------------------------------------------------------------


def sides(doc: Document) -> list[Side]:
    """Every paragraph of a version, in document order, with the text alignment compares."""
    out: list[Side] = []
    parts = [("preamble", doc.preamble), ("operative", doc.operative)]
    parts.append(("annex", tuple(p for a in doc.annexes for p in a.paragraphs)))
    for part, paras in parts:
        for p in paras:
            out.append(Side(p.eid, p.num, p.kind, part, len(out), full_text(p)))
    return out


def full_text(p: Paragraph | Item) -> str:
    """The paragraph and its sub-items, "(a) ..." in line."""
    parts = [p.text] + [f"({i.num}) {full_text(i)}" for i in p.items]
    return " ".join(t for t in parts if t)


def normalise(text: str) -> str:
    """Identity key: typographic quotes and dashes folded, spacing collapsed, no space
    before punctuation ("rights ," and "rights," are the same text), and no footnote
    numbers left in the text as plain digits ("human rights,15 adopted")."""
    return " ".join(_BEFORE_PUNCT.sub(r"\1", strip_markers(fold(text))).split())


def units(ss: list[Side]) -> list[Unit]:
    """What alignment needs; `index` counts within the part (relative place is per part)."""
    first: dict[str, int] = {}
    for s in ss:
        first.setdefault(s.part, s.index)
    return [Unit(s.part, s.index - first[s.part], normalise(s.text), s.text) for s in ss]


# -- footnotes --------------------------------------------------------------------------


def footnote_changes(old: Document, new: Document) -> list[FootnoteChange]:
    """Footnotes matched by text (markers renumber freely); a reworded one is "changed"."""
    olds, news = list(old.footnotes), list(new.footnotes)
    by_text: dict[str, list[Footnote]] = {}
    for f in news:
        by_text.setdefault(normalise(f.text), []).append(f)
    left_old = []
    for f in olds:
        queue = by_text.get(normalise(f.text))
        if queue:
            queue.pop(0)
        else:
            left_old.append(f)
    left_new = [f for q in by_text.values() for f in q]
    left_new.sort(key=news.index)
    out: list[FootnoteChange] = []
    for f in left_old:
        best = max(
            left_new,
            key=lambda g: similarity(word_tokens(f.text), word_tokens(g.text)),
            default=None,
        )
        if best and similarity(word_tokens(f.text), word_tokens(best.text)) >= FOOTNOTE_MIN:
            left_new.remove(best)
            out.append(FootnoteChange(CHANGED, f, best, tuple(diff_words(f.text, best.text))))
        else:
            out.append(FootnoteChange(REMOVED, f, None, (("-", f.text),)))
    out.extend(FootnoteChange(ADDED, None, g, (("+", g.text),)) for g in left_new)
    return out


# -- header -----------------------------------------------------------------------------


def _header_fields(d: Document) -> dict:
    return {
        "body": d.body,
        "session": d.session,
        "status": d.status,
        "doc_type": d.doc_type,
        "symbol": d.symbol,
        "number": d.number,
        "title": d.title,
        "agenda_items": list(d.agenda_items),
        "distribution": d.distribution,
        "issued": d.dates.issued,
        "adopted": d.dates.adopted,
        "sponsors": [s.name for s in d.sponsors],
        "origin": d.origin,
        "committee": d.committee,
        "meeting": d.meeting,
        "formula": d.formula,
    }


def header_changes(old: Document, new: Document) -> list[HeaderChange]:
    a, b = _header_fields(old), _header_fields(new)
    return [HeaderChange(k, a[k], b[k]) for k in a if a[k] != b[k]]
