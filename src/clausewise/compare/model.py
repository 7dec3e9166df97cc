"""The records of a comparison (frozen dataclasses) and their JSON form (the issue's contract).

JSON: `{"summary": {...}, "changes": [{"type", "kind", "old": {"eid", "num"} | null,
"new": {"eid", "num"} | null, "words": [[op, text], ...]}], "footnotes": [...],
"header": [{"field", "old", "new"}]}`. Two keys are added where the contract has no place
for a fact: "edited" (a moved paragraph whose words changed too) and "parts" (the other
paragraphs of a split or merge).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..model import Document, Footnote

UNCHANGED, MODIFIED, MOVED = "unchanged", "modified", "moved"
INSERTED, DELETED, RENUMBERED = "inserted", "deleted", "renumbered"
SPLIT, MERGED = "split", "merged"
TYPES = (UNCHANGED, MODIFIED, MOVED, INSERTED, DELETED, RENUMBERED, SPLIT, MERGED)


@dataclass(frozen=True, slots=True)
class Side:
    """One version's paragraph in a change."""

    eid: str
    num: str | None
    kind: str  # preambular | operative | text
    part: str  # preamble | operative | annex
    index: int  # position in the version's document order (preamble, operative, annexes)
    text: str  # the paragraph with its sub-items, one line

    def ref(self) -> dict:
        return {"eid": self.eid, "num": self.num}


@dataclass(frozen=True, slots=True)
class Change:
    type: str  # one of TYPES
    old: Side | None
    new: Side | None
    words: tuple[tuple[str, str], ...]  # ("=" | "+" | "-", text): "=" and "+" give the new text
    parts: tuple[Side, ...] = ()  # split: the further new paragraphs; merged: further old ones
    similarity: float = 1.0

    @property
    def kind(self) -> str:
        return (self.new or self.old).kind  # type: ignore[union-attr]

    @property
    def edited(self) -> bool:
        return any(op != "=" for op, _ in self.words)

    @property
    def renumbered(self) -> bool:
        return bool(self.old and self.new and self.old.num != self.new.num)

    def to_json(self) -> dict:
        out = {
            "type": self.type,
            "kind": self.kind,
            "old": self.old.ref() if self.old else None,
            "new": self.new.ref() if self.new else None,
            "words": [[op, text] for op, text in self.words],
            "edited": self.edited,
        }
        if self.parts:
            out["parts"] = [p.ref() for p in self.parts]
        return out


ADDED, REMOVED, CHANGED = "added", "removed", "changed"


@dataclass(frozen=True, slots=True)
class FootnoteChange:
    """A footnote added, removed or reworded, with the paragraph it hangs on (an eid of the
    new version for added and changed ones, of the old version for removed ones; "header"
    for a footnote on the sponsors or the title)."""

    type: str  # added | removed | changed
    old: Footnote | None
    new: Footnote | None
    words: tuple[tuple[str, str], ...] = ()

    @property
    def paragraph(self) -> str | None:
        return (self.new or self.old).paragraph  # type: ignore[union-attr]

    def to_json(self) -> dict:
        def side(f: Footnote | None) -> dict | None:
            return {"marker": f.marker, "text": f.text, "paragraph": f.paragraph} if f else None

        return {
            "type": self.type,
            "paragraph": self.paragraph,
            "old": side(self.old),
            "new": side(self.new),
            "words": [[op, text] for op, text in self.words],
        }


@dataclass(frozen=True, slots=True)
class HeaderChange:
    field: str  # status, distribution, issued, adopted, sponsors, origin, meeting, ...
    old: Any  # a string, a number, a list of strings, or None
    new: Any

    def to_json(self) -> dict:
        return {"field": self.field, "old": self.old, "new": self.new}


@dataclass(frozen=True, slots=True)
class Comparison:
    old: Document
    new: Document
    changes: tuple[Change, ...]  # in reading order of the redline (new order, deletions
    # where they stood)
    footnotes: tuple[FootnoteChange, ...] = ()
    header: tuple[HeaderChange, ...] = ()

    @property
    def summary(self) -> dict[str, int]:
        counts = dict.fromkeys(TYPES, 0)
        for c in self.changes:
            counts[c.type] += 1
        return counts

    @property
    def identical(self) -> bool:
        s = self.summary
        return s[UNCHANGED] == len(self.changes) and not self.footnotes and not self.header

    def to_json(self) -> dict:
        return {
            "summary": self.summary,
            "changes": [c.to_json() for c in self.changes],
            "footnotes": [f.to_json() for f in self.footnotes],
            "header": [h.to_json() for h in self.header],
        }
