"""The compare page's rows, from the two documents and the comparison's JSON form (the
compare feature's contract): every paragraph once, in the new text's order, with the
deleted ones placed after the paragraph that preceded them in the old text."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Document


@dataclass(frozen=True, slots=True)
class Row:
    type: str  # unchanged | modified | moved | inserted | deleted | renumbered | split | merged
    kind: str  # preambular | operative | text
    old_num: str | None
    new_num: str | None
    anchor: str  # id of the row on the page
    words: list[tuple[str, str]]  # ("=", "+", "-", text)
    link: str | None = None  # a moved paragraph's other end

    @property
    def old_words(self) -> list[tuple[str, str]]:
        return [(op, t) for op, t in self.words if op != "+"]

    @property
    def new_words(self) -> list[tuple[str, str]]:
        return [(op, t) for op, t in self.words if op != "-"]


def _label(p) -> str | None:
    return p.num


def rows(old: Document, new: Document, comparison: dict) -> list[Row]:
    olds = old.all_paragraphs()
    news = new.all_paragraphs()
    by_new: dict[str, dict] = {}
    by_old: dict[str, dict] = {}
    for c in comparison.get("changes", []):
        if c.get("new"):
            by_new.setdefault(c["new"]["eid"], c)
        if c.get("old"):
            by_old.setdefault(c["old"]["eid"], c)
    # where each old paragraph went, to place deletions after their old predecessor
    old_index = {p.eid: i for i, p in enumerate(olds)}
    placed_after: dict[int, list] = {}  # new index -> deleted old paragraphs to show after it
    counterpart: dict[int, int] = {}  # old index -> new index
    new_index = {p.eid: j for j, p in enumerate(news)}
    for j, p in enumerate(news):
        c = by_new.get(p.eid)
        if c and c.get("old") and c["old"]["eid"] in old_index:
            counterpart[old_index[c["old"]["eid"]]] = j
        elif not c:
            # no entry: unchanged; find its old twin by eid when the contract omits unchanged
            pass
    for i, p in enumerate(olds):
        c = by_old.get(p.eid)
        if c and not c.get("new"):
            prev = max((counterpart[k] for k in counterpart if k < i), default=-1)
            placed_after.setdefault(prev, []).append((p, c))

    out: list[Row] = []

    def deleted(j: int) -> None:
        for p, c in placed_after.get(j, []):
            out.append(
                Row(c["type"], p.kind, _label(p), None, f"old-{p.eid}", c.get("words") or [("-", p.text)])
            )

    deleted(-1)
    for j, p in enumerate(news):
        c = by_new.get(p.eid)
        if c is None:
            row = Row("unchanged", p.kind, p.num, p.num, f"new-{p.eid}", [("=", p.text)])
        else:
            words = c.get("words") or (
                [("+", p.text)] if c["type"] == "inserted" else [("=", p.text)]
            )
            old_num = c["old"]["num"] if c.get("old") else None
            link = None
            if c["type"] == "moved" or "moved" in (c.get("kind") or ""):
                link = f"old-{c['old']['eid']}" if c.get("old") else None
            row = Row(c["type"], p.kind, old_num, p.num, f"new-{p.eid}", [tuple(w) for w in words], link)
        out.append(row)
        deleted(j)
    del new_index
    return out
