"""The compare page's rows, straight from a `Comparison` (its changes are already in the
redline's reading order: the new text's order, deletions where they stood)."""

from __future__ import annotations

from dataclasses import dataclass

from ..compare import Comparison


@dataclass(frozen=True, slots=True)
class Row:
    type: str  # unchanged | modified | moved | inserted | deleted | renumbered | split | merged
    kind: str
    old_num: str | None
    new_num: str | None
    anchor: str  # id of the row on the page
    words: tuple[tuple[str, str], ...]  # ("=" | "+" | "-", text)
    link: str | None = None  # a moved paragraph's other end

    @property
    def old_words(self) -> list[tuple[str, str]]:
        return [(op, t) for op, t in self.words if op != "+"]

    @property
    def new_words(self) -> list[tuple[str, str]]:
        return [(op, t) for op, t in self.words if op != "-"]


def rows(cmp: Comparison) -> list[Row]:
    out = []
    for c in cmp.changes:
        anchor = f"new-{c.new.eid}" if c.new else f"old-{c.old.eid}"
        link = None
        if c.type == "moved" and c.old and c.new:
            # a move shows once, where it now stands; the link names where it came from
            link = f"old-{c.old.eid}"
        out.append(
            Row(
                type=c.type,
                kind=c.kind,
                old_num=c.old.num if c.old else None,
                new_num=c.new.num if c.new else None,
                anchor=anchor,
                words=c.words,
                link=link,
            )
        )
    anchors = {r.anchor for r in out}
    return [r if r.link in anchors else _unlinked(r) for r in out]


def _unlinked(r: Row) -> Row:
    return Row(r.type, r.kind, r.old_num, r.new_num, r.anchor, r.words, None)
