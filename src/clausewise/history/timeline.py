"""A series' timeline: every paragraph's life across the versions, and what is new in one.

The versions (a resolution's texts session after session, or a draft, its revision and the
adopted text) are compared neighbour by neighbour with `clausewise.compare`, and the pairs
are threaded into rows: a row is one paragraph from its first appearance to its last, a
column one version. A cell says what happened to the paragraph in that version against the
one before: new, unchanged, changed (reworded, split or merged), moved, or gone; the first
version's paragraphs are "present". Moves keep the row (the paragraph is the same), so
the grid shows where a paragraph came from and when it changed. Rows are in the order of
the latest version, a paragraph that was dropped staying after the one it followed.

Pure functions of the Documents: `timeline(docs)`, `novelty(previous, doc)`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..compare import compare
from ..compare.core import sides
from ..compare.labels import name as version_name
from ..compare.model import (
    DELETED,
    INSERTED,
    MERGED,
    MODIFIED,
    MOVED,
    RENUMBERED,
    SPLIT,
    UNCHANGED,
    Comparison,
    Side,
)
from ..model import Document

# cell states
PRESENT, NEW, SAME, CHANGED, MOVED_, GONE = (
    "present",
    "new",
    "unchanged",
    "changed",
    "moved",
    "gone",
)
STATES = (PRESENT, NEW, SAME, CHANGED, MOVED_, GONE)

_STATE_OF = {
    UNCHANGED: SAME,
    RENUMBERED: SAME,
    MODIFIED: CHANGED,
    MOVED: MOVED_,
    SPLIT: CHANGED,
    MERGED: CHANGED,
    INSERTED: NEW,
    DELETED: GONE,
}
_PART = {"preamble": "PP", "operative": "OP", "annex": "Annex"}


@dataclass(frozen=True, slots=True)
class Column:
    """One version."""

    name: str  # its symbol, else "draft of 2025-10-14"
    id: str | None  # the library's id, when it came from the library
    symbol: str | None
    number: str | None
    body: str | None
    session: int | None
    status: str
    date: str | None


@dataclass(frozen=True, slots=True)
class Cell:
    state: str  # present | new | unchanged | changed | moved | gone
    change: str | None  # the comparison's type against the previous version (None in the first)
    eid: str | None  # the paragraph in this version (for "gone": in the previous one)
    label: str  # "OP 5", "PP 3": where it stands in this version (or stood, for "gone")
    words: tuple[tuple[str, str], ...] = ()  # the word diff from the previous version
    note: str | None = None  # "renumbered from OP 5", "split from OP 4", "merged into OP 6"

    @property
    def here(self) -> bool:
        """The paragraph is in this version."""
        return self.state != GONE


@dataclass(frozen=True, slots=True)
class Row:
    cells: tuple[Cell | None, ...]  # one per column; None before it appears and after it went
    first: int  # the column it first appears in
    last: int  # the last column it is in
    kind: str  # preambular | operative | text
    label: str  # where it stands in the last version it is in
    text: str  # its text there


@dataclass(frozen=True, slots=True)
class Timeline:
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]
    summaries: tuple[dict[str, int], ...]  # per column after the first: the comparison's counts

    def counts(self, col: int) -> dict[str, int]:
        """How many cells of each state in one column."""
        out = dict.fromkeys(STATES, 0)
        for r in self.rows:
            c = r.cells[col]
            if c is not None:
                out[c.state] += 1
        return out

    def to_json(self) -> dict:
        return {
            "columns": [_col_json(c) for c in self.columns],
            "rows": [
                {
                    "label": r.label,
                    "kind": r.kind,
                    "first": r.first,
                    "last": r.last,
                    "text": r.text,
                    "cells": [_cell_json(c) for c in r.cells],
                }
                for r in self.rows
            ],
            "summaries": [dict(s) for s in self.summaries],
        }


def _col_json(c: Column) -> dict:
    return {
        "name": c.name,
        "id": c.id,
        "symbol": c.symbol,
        "number": c.number,
        "body": c.body,
        "session": c.session,
        "status": c.status,
        "date": c.date,
    }


def _cell_json(c: Cell | None) -> dict | None:
    if c is None:
        return None
    out: dict = {"state": c.state, "change": c.change, "eid": c.eid, "label": c.label}
    if c.state not in (PRESENT, SAME):
        out["words"] = [[op, t] for op, t in c.words]
    if c.note:
        out["note"] = c.note
    return out


def column(doc: Document, ident: str | None = None, date: str | None = None) -> Column:
    return Column(
        name=version_name(doc),
        id=ident,
        symbol=doc.symbol,
        number=doc.number,
        body=doc.body,
        session=doc.session,
        status=doc.status,
        date=date or doc.dates.adopted or doc.dates.issued,
    )


def labels(ss: list[Side]) -> dict[int, str]:
    """Side index -> "OP 5" / "PP 3" / "Annex 2": preambular paragraphs by their place."""
    count: dict[str, int] = {}
    out = {}
    for s in ss:
        count[s.part] = count.get(s.part, 0) + 1
        out[s.index] = f"{_PART[s.part]} {s.num or count[s.part]}"
    return out


def timeline(
    docs: Sequence[Document],
    ids: Sequence[str | None] | None = None,
    comparisons: Sequence[Comparison] | None = None,
) -> Timeline:
    """The versions' paragraphs threaded into rows (see the module's note). `comparisons`,
    when given, are `compare(docs[i], docs[i + 1])` already made."""
    if not docs:
        return Timeline((), (), ())
    ids = list(ids) if ids is not None else [None] * len(docs)
    cols = tuple(column(d, i) for d, i in zip(docs, ids, strict=True))
    all_sides = [sides(d) for d in docs]
    all_labels = [labels(ss) for ss in all_sides]
    cells: list[dict[int, Cell]] = []  # row -> {column: cell}
    kinds: list[str] = []
    row_at: list[dict[int, int]] = [{} for _ in docs]  # column -> side index -> row

    def new_row(col: int, s: Side, cell: Cell) -> None:
        row_at[col][s.index] = len(cells)
        cells.append({col: cell})
        kinds.append(s.kind)

    for s in all_sides[0]:
        new_row(0, s, Cell(PRESENT, None, s.eid, all_labels[0][s.index], (("=", s.text),)))
    summaries = []
    for col in range(1, len(docs)):
        cmp = comparisons[col - 1] if comparisons is not None else compare(docs[col - 1], docs[col])
        summaries.append(cmp.summary)
        before, here = all_labels[col - 1], all_labels[col]
        for ch in cmp.changes:
            state = _STATE_OF[ch.type]
            if ch.type == INSERTED:
                new_row(col, ch.new, Cell(NEW, ch.type, ch.new.eid, here[ch.new.index], ch.words))
                continue
            r = row_at[col - 1][ch.old.index]
            if ch.type == DELETED:
                cells[r][col] = Cell(GONE, ch.type, ch.old.eid, before[ch.old.index], ch.words)
                continue
            note = None
            if ch.type == RENUMBERED:
                note = f"renumbered from {before[ch.old.index]}"
            elif ch.type == MOVED:
                note = f"moved from {before[ch.old.index]}" + (" and reworded" if ch.edited else "")
            elif ch.type == SPLIT:
                note = "split into " + " + ".join(here[s.index] for s in (ch.new, *ch.parts))
            elif ch.type == MERGED:
                note = "merged from " + " + ".join(before[s.index] for s in (ch.old, *ch.parts))
            row_at[col][ch.new.index] = r
            cells[r][col] = Cell(state, ch.type, ch.new.eid, here[ch.new.index], ch.words, note)
            if ch.type == SPLIT:
                for part in ch.parts:
                    frm = f"split from {before[ch.old.index]}"
                    new_row(col, part, Cell(NEW, ch.type, part.eid, here[part.index], (), frm))
            elif ch.type == MERGED:
                for part in ch.parts:
                    into = f"merged into {here[ch.new.index]}"
                    pr = row_at[col - 1][part.index]
                    cells[pr][col] = Cell(GONE, ch.type, part.eid, before[part.index], (), into)
    order = _order(row_at, len(cells))
    texts = [{s.index: s for s in ss} for ss in all_sides]
    rows = []
    for r in order:
        have = cells[r]
        first, last = min(have), max(c for c, cell in have.items() if cell.here)
        idx = next(i for i, rr in row_at[last].items() if rr == r)
        rows.append(
            Row(
                cells=tuple(have.get(c) for c in range(len(docs))),
                first=first,
                last=last,
                kind=kinds[r],
                label=all_labels[last][idx],
                text=texts[last][idx].text,
            )
        )
    return Timeline(cols, tuple(rows), tuple(summaries))


def _order(row_at: list[dict[int, int]], n: int) -> list[int]:
    """Rows in the latest version's order; a row no longer present stays right after the row
    it followed when it was last seen."""
    order: list[int] = [row_at[0][i] for i in sorted(row_at[0])]
    for col in range(1, len(row_at)):
        alive = [row_at[col][i] for i in sorted(row_at[col])]
        alive_set = set(alive)
        anchored: dict[int | None, list[int]] = {}
        prev: int | None = None
        for r in order:
            if r in alive_set:
                prev = r
            else:
                anchored.setdefault(prev, []).append(r)
        new_order = list(anchored.get(None, []))
        for r in alive:
            new_order.append(r)
            new_order.extend(anchored.get(r, []))
        order = new_order
    assert len(order) == n, "every row has a place"
    return order


# -- what is new in a text ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Entry:
    label: str  # where it stands in the text (for a dropped one: where it stood before)
    eid: str
    text: str
    before: str | None = None  # where it stood in the previous text (changed, moved)
    words: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class Novelty:
    """What is new in a text against the previous one: the delegate's first question."""

    previous: Column
    current: Column
    new: tuple[Entry, ...]
    changed: tuple[Entry, ...]  # reworded in place, split or merged
    moved: tuple[Entry, ...]  # moved (reworded or not)
    dropped: tuple[Entry, ...]
    unchanged: int  # unchanged or only renumbered

    def summary(self) -> str:
        """One line: "Against A/RES/77/223: 4 new paragraphs (PP 5, OP 12, ...), ..."."""
        parts = []
        for what, entries in (("new", self.new), ("changed", self.changed)):
            if entries:
                parts.append(f"{_count(len(entries), what)} ({_labels(entries)})")
        if self.moved:
            parts.append(f"{len(self.moved)} moved ({_labels(self.moved)})")
        if self.dropped:
            parts.append(f"{len(self.dropped)} dropped ({_labels(self.dropped)})")
        parts.append(f"{self.unchanged} unchanged")
        return f"Against {self.previous.name}: " + ", ".join(parts) + "."

    def to_json(self) -> dict:
        def entries(es: tuple[Entry, ...]) -> list[dict]:
            return [
                {
                    "label": e.label,
                    "eid": e.eid,
                    "before": e.before,
                    "text": e.text,
                    "words": [[op, t] for op, t in e.words],
                }
                for e in es
            ]

        return {
            "previous": _col_json(self.previous),
            "current": _col_json(self.current),
            "summary": self.summary(),
            "new": entries(self.new),
            "changed": entries(self.changed),
            "moved": entries(self.moved),
            "dropped": entries(self.dropped),
            "unchanged": self.unchanged,
        }


def _count(n: int, what: str) -> str:
    return f"{n} {what} paragraph{'s' if n != 1 else ''}" if what == "new" else f"{n} {what}"


def _labels(entries: tuple[Entry, ...], most: int = 6) -> str:
    shown = [e.label for e in entries[:most]]
    return ", ".join(shown) + (", ..." if len(entries) > most else "")


def novelty(
    previous: Document,
    doc: Document,
    ids: tuple[str | None, str | None] = (None, None),
    comparison: Comparison | None = None,
) -> Novelty:
    """New, changed, moved and dropped paragraphs of `doc` against `previous`."""
    cmp = comparison if comparison is not None else compare(previous, doc)
    before, here = labels(sides(previous)), labels(sides(doc))
    new, changed, moved, dropped, same = [], [], [], [], 0
    for ch in cmp.changes:
        if ch.type in (UNCHANGED, RENUMBERED):
            same += 1
        elif ch.type == INSERTED:
            new.append(Entry(here[ch.new.index], ch.new.eid, ch.new.text, None, ch.words))
        elif ch.type == DELETED:
            dropped.append(Entry(before[ch.old.index], ch.old.eid, ch.old.text, None, ch.words))
        else:
            e = Entry(here[ch.new.index], ch.new.eid, ch.new.text, before[ch.old.index], ch.words)
            (moved if ch.type == MOVED else changed).append(e)
    return Novelty(
        column(previous, ids[0]),
        column(doc, ids[1]),
        tuple(new),
        tuple(changed),
        tuple(moved),
        tuple(dropped),
        same,
    )
