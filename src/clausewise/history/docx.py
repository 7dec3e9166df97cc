"""An amended draft as Word with tracked changes, each change authored by its amendment.

Word records who made each revision (`w:author`); an amendment is exactly that, so each
inserted or deleted word is a `w:ins` / `w:del` whose author is the amendment's symbol
("A/C.2/80/L.62"), a deleted paragraph has its mark deleted too and an added one its mark
inserted. "Accept all" gives the text as amended; "reject all" the draft as tabled; Word's
reviewing pane lists the changes by amendment. The runs and marks are the compare
feature's (`compare.docx`), with the author per change.
"""

from __future__ import annotations

import io
from datetime import UTC, datetime

import docx
from docx.oxml.ns import qn

from ..compare.docx import _Writer
from .amend import Amended

_TAG = {"+": "w:ins", "-": "w:del", "=": "plain"}


class _ByAmendment(_Writer):
    def __init__(self, when: str):
        super().__init__(when)
        self.author = "clausewise"

    def mark(self, tag: str, **extra):
        el = super().mark(tag, **extra)
        el.set(qn("w:author"), self.author)
        return el

    def by(self, author: str | None) -> _ByAmendment:
        self.author = author or "clausewise"
        return self


def build(a: Amended, when: str | None = None):
    w = _ByAmendment(when or datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"))
    d = docx.Document()
    sect = d.element.body[-1]
    title = f"{a.draft.symbol or 'Draft'} as amended by {', '.join(a.amendments)} (clausewise)"
    out = [w.para(w.run(title), None, "Title")]
    for note in a.notes:
        out.append(w.para(w.run(note)))
    if a.draft.formula:
        out.append(w.para(w.run(a.draft.formula)))
    for p in a.redline:
        content = []
        for s in p.segs:
            content += w.by(s.by).tracked(_TAG[s.op], s.text)
        mark = {"deleted": "w:del", "added": "w:ins"}.get(p.state)
        style = "Heading1" if p.eid == "title" else None
        if mark:
            w.by(p.by[0] if p.by else None)
        number = _number(p.eid, p.label)
        lead = w.tracked("w:del", number) if p.state == "deleted" else w.run(number)
        out.append(w.para(lead + content, mark, style))
    for el in out:
        sect.addprevious(el)
    return d


def _number(eid: str, label: str) -> str:
    """The number the paragraph is printed with: "6.\t", "(d)\t", or none."""
    if eid == "title":
        return ""
    if label.endswith(")") and "(" in label:
        return "(" + label.rsplit("(", 1)[1] + "\t"
    if label.startswith("OP ") and label[3:].isdigit():
        return label[3:] + ".\t"
    return ""


def to_docx(a: Amended, when: str | None = None) -> bytes:
    buf = io.BytesIO()
    build(a, when).save(buf)
    return buf.getvalue()
