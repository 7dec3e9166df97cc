"""Short human labels shared by the renderers: where a paragraph stands, what happened."""

from __future__ import annotations

from .model import DELETED, INSERTED, MERGED, MOVED, SPLIT, Change, Side

_PART = {"preamble": "PP", "operative": "OP", "annex": "Annex"}


def place(s: Side, order: int | None = None) -> str:
    """ "OP 15", "PP 12" (preambular paragraphs are counted, not numbered), "Annex 3"."""
    if s.num:
        return f"{_PART[s.part]} {s.num}"
    return f"{_PART[s.part]} {order if order is not None else s.eid}"


def preamble_orders(changes: tuple[Change, ...]) -> tuple[dict[str, int], dict[str, int]]:
    """Position (1-based) of each unnumbered paragraph in its part, old and new, by eid."""
    old: dict[str, int] = {}
    new: dict[str, int] = {}
    for table, sides in (
        (old, sorted({c.old for c in changes if c.old} | _parts(changes, MERGED), key=_idx)),
        (new, sorted({c.new for c in changes if c.new} | _parts(changes, SPLIT), key=_idx)),
    ):
        count: dict[str, int] = {}
        for s in sides:
            count[s.part] = count.get(s.part, 0) + 1
            table[s.eid] = count[s.part]
    return old, new


def _idx(s: Side) -> int:
    return s.index


def _parts(changes, kind) -> set[Side]:
    return {p for c in changes if c.type == kind for p in c.parts}


def describe(c: Change, old_order: dict[str, int], new_order: dict[str, int]) -> str:
    """One line: "OP 15 -> OP 16 renumbered", "PP 12 modified", "OP 10 -> PP 13 moved"."""

    def lab(s: Side | None, table) -> str:
        return place(s, table.get(s.eid)) if s else ""

    o, n = lab(c.old, old_order), lab(c.new, new_order)
    extra = ""
    if c.type == SPLIT:
        n = " + ".join(lab(s, new_order) for s in (c.new, *c.parts))
    elif c.type == MERGED:
        o = " + ".join(lab(s, old_order) for s in (c.old, *c.parts))
    if c.type == MOVED and c.edited:
        extra = " and modified"
    if c.type == INSERTED:
        return f"{n} inserted"
    if c.type == DELETED:
        return f"{o} deleted"
    if o == n:
        return f"{n} {c.type}"
    return f"{o} \u2192 {n} {c.type}{extra}"


HERE, FROM = "here", "from"


def with_sources(changes: tuple[Change, ...]) -> list[tuple[str, Change]]:
    """The changes in reading order, plus a ("from", change) entry for each moved paragraph
    at the place it left (after the nearest earlier old paragraph that stayed put), so a
    renderer can show both ends of a move."""
    seq: list[tuple[str, Change]] = [(HERE, c) for c in changes]
    moved = sorted((c for c in changes if c.type == MOVED), key=lambda c: c.old.index)
    for c in moved:
        at = -1
        best = -1
        for i, (role, d) in enumerate(seq):
            if role == HERE and d.old and d.type != MOVED and best < d.old.index < c.old.index:
                at, best = i, d.old.index
        at += 1
        # after any deletions standing right there, and earlier sources
        while at < len(seq) and (
            (seq[at][0] == FROM and seq[at][1].old.index < c.old.index)
            or (seq[at][1].type == DELETED and seq[at][1].old.index < c.old.index)
        ):
            at += 1
        seq.insert(at, (FROM, c))
    return seq


def name(d) -> str:
    """A version's name: its symbol, else its status and date ("draft of 2017-10-30")."""
    if d.symbol:
        return d.symbol
    date = d.dates.adopted or d.dates.issued
    return f"{d.status} of {date}" if date else d.status


def footnote_place(c, f) -> str:
    """Where a footnote hangs, as a reader says it: "OP 15", "PP 3", "header"."""
    eid = f.paragraph
    if not eid or eid == "header":
        return eid or "nowhere"
    old_order, new_order = preamble_orders(c.changes)
    for ch in c.changes:
        for s, table in ((ch.new, new_order), (ch.old, old_order)):
            if s and s.eid == eid and (f.new is None) == (s is ch.old):
                return place(s, table.get(s.eid))
    return eid
