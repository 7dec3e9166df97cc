"""Word .docx with real tracked changes (author "clausewise").

python-docx makes the package (styles, parts, content types); the body is built as
WordprocessingML with its oxml helpers, because python-docx has no API for revisions:

- inserted / deleted words: `w:ins` / `w:del` around runs (deleted text in `w:delText`);
- a whole inserted / deleted paragraph: its runs tracked, and its paragraph mark too
  (`w:pPr/w:rPr/w:ins|w:del`), so accepting or rejecting removes the paragraph itself;
- a moved paragraph: `w:moveFrom` at the old place and `w:moveTo` at the new one, each
  inside a named move range (`w:moveFromRangeStart/End`, `w:moveToRangeStart/End`); words
  edited in the move are `w:del` at the source and `w:ins` at the destination, so "accept
  all" and "reject all" each give one consistent text;
- a split: the paragraph mark that now divides the text is an inserted mark; a merge: the
  mark that divided it is a deleted mark (that is how Word itself records Enter and Delete);
- a renumbered operative paragraph: only its number is tracked (deleted "15.", inserted
  "16."); the text is not touched;
- header and footnote changes, which are not body text, are Word comments by "clausewise".
"""

from __future__ import annotations

import io
from datetime import UTC, datetime

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.text.run import Run

from .labels import FROM, name, with_sources
from .model import DELETED, INSERTED, MERGED, MOVED, SPLIT, Change, Comparison, Side
from .words import diff_exact

AUTHOR = "clausewise"


class _Writer:
    def __init__(self, when: str):
        self.when = when
        self.next_id = 1
        self.moves = 0

    def ident(self) -> str:
        self.next_id += 1
        return str(self.next_id)

    def mark(self, tag: str, **extra) -> OxmlElement:
        el = OxmlElement(tag)
        el.set(qn("w:id"), self.ident())
        el.set(qn("w:author"), AUTHOR)
        el.set(qn("w:date"), self.when)
        for k, v in extra.items():
            el.set(qn(k), v)
        return el

    # -- runs ---------------------------------------------------------------------------
    @staticmethod
    def run(text: str, deleted: bool = False) -> list[OxmlElement]:
        """Runs for `text`; a tab becomes w:tab (the number and the text stand apart)."""
        out = []
        for i, piece in enumerate(text.split("\t")):
            r = OxmlElement("w:r")
            if i:
                r.append(OxmlElement("w:tab"))
            if piece:
                t = OxmlElement("w:delText" if deleted else "w:t")
                t.set(qn("xml:space"), "preserve")
                t.text = piece
                r.append(t)
            if len(r):
                out.append(r)
        return out

    def tracked(self, tag: str, text: str) -> list[OxmlElement]:
        if not text:
            return []
        if tag == "plain":
            return self.run(text)
        wrap = self.mark(tag)
        for r in self.run(text, deleted=tag in ("w:del", "w:moveFrom")):
            wrap.append(r)
        return [wrap]

    # -- paragraphs ---------------------------------------------------------------------
    def para(self, content: list, mark: str | None = None, style: str | None = None):
        p = OxmlElement("w:p")
        ppr = OxmlElement("w:pPr")
        if style:
            ps = OxmlElement("w:pStyle")
            ps.set(qn("w:val"), style)
            ppr.append(ps)
        if mark:  # the paragraph mark itself is tracked
            rpr = OxmlElement("w:rPr")
            rpr.append(self.mark(mark))
            ppr.append(rpr)
        if len(ppr):
            p.append(ppr)
        for el in content:
            p.append(el)
        return p


def atoms(old: str, new: str) -> list[tuple[str, str]]:
    """The exact word diff: accepting gives `new`, rejecting gives `old` (see diff_exact)."""
    return diff_exact(old, new)


def _num(s: Side | None) -> str:
    return f"{s.num}.\t" if s and s.num and s.part != "preamble" else ""


def _paragraphs(w: _Writer, role: str, c: Change) -> list:
    """The w:p elements for one entry of the redline."""
    o, n = c.old, c.new
    if c.type == INSERTED:
        return [w.para(w.tracked("w:ins", _num(n) + n.text), "w:ins")]
    if c.type == DELETED:
        return [w.para(w.tracked("w:del", _num(o) + o.text), "w:del")]
    if c.type == MOVED:
        return [_moved(w, role, c)]
    if c.type == SPLIT:
        return _pieces(w, c, [n, *c.parts], new_side=True)
    if c.type == MERGED:
        return _pieces(w, c, [o, *c.parts], new_side=False)
    # unchanged, renumbered, modified: in place
    content = _number(w, o, n)
    for op, text in atoms(o.text, n.text):
        content += w.tracked({"=": "plain", "+": "w:ins", "-": "w:del"}[op], text)
    return [w.para(content)]


def _number(w: _Writer, o: Side | None, n: Side | None) -> list:
    a, b = _num(o), _num(n)
    if a == b:
        return w.run(a) if a else []
    return w.tracked("w:del", a) + w.tracked("w:ins", b)


def _moved(w: _Writer, role: str, c: Change):
    """Source (role "from") or destination of a move, inside a named move range."""
    source = role == FROM
    tag = "w:moveFrom" if source else "w:moveTo"
    range_name = f"move{c.old.index}_{c.new.index}"
    start = w.mark(f"{tag}RangeStart", **{"w:name": range_name})
    end = OxmlElement(f"{tag}RangeEnd")
    end.set(qn("w:id"), start.get(qn("w:id")))
    content = [start]
    content += w.tracked(tag, _num(c.old if source else c.new))
    for op, text in atoms(c.old.text, c.new.text):
        if op == "=":
            content += w.tracked(tag, text)
        elif op == "-" and source:
            content += w.tracked("w:del", text)
        elif op == "+" and not source:
            content += w.tracked("w:ins", text)
    content.append(end)
    return w.para(content, tag)


def _pieces(w: _Writer, c: Change, pieces: list[Side], new_side: bool) -> list:
    """A split (new_side: the new paragraphs are the pieces) or a merge (the old ones are):
    the word diff of the joined texts, cut where the pieces meet; each cut is a tracked
    paragraph mark (inserted for a split, deleted for a merge)."""
    cuts, at = [], 0
    for s in pieces[:-1]:
        at += len(s.text) + 1  # the texts were joined with one space
        cuts.append(at)
    mark = "w:ins" if new_side else "w:del"
    other = c.old if new_side else c.new
    paras: list = []
    content = _number(w, *((other, pieces[0]) if new_side else (pieces[0], other)))
    pos, k = 0, 0  # offset on the cut side, next cut
    olds = [c.old] if new_side else pieces
    news = pieces if new_side else [c.new]
    joined = atoms(" ".join(s.text for s in olds), " ".join(s.text for s in news))
    for op, text in joined:
        counts = op in ("=", "+") if new_side else op in ("=", "-")
        tag = {"=": "plain", "+": "w:ins", "-": "w:del"}[op]
        while counts and k < len(cuts) and pos + len(text) >= cuts[k] > pos:
            head, text = text[: cuts[k] - pos], text[cuts[k] - pos :]
            content += w.tracked(tag, head)
            paras.append(w.para(content, mark))
            pos = cuts[k]
            k += 1
            content = w.tracked(mark, _num(pieces[k]))
        content += w.tracked(tag, text)
        if counts:
            pos += len(text)
    paras.append(w.para(content))
    return paras


def build(c: Comparison, when: str | None = None) -> docx.document.Document:
    """The comparison as a python-docx Document (body: title, formula, then paragraphs)."""
    w = _Writer(when or datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"))
    d = docx.Document()
    body = d.element.body
    sect = body[-1]  # w:sectPr stays last
    out = [
        w.para(
            w.run(f"Comparison of {name(c.old)} with {name(c.new)} (clausewise)"), None, "Title"
        ),
    ]
    for old, new, style in (
        (c.old.title, c.new.title, "Heading1"),
        (c.old.formula, c.new.formula, None),
    ):
        if not old and not new:
            continue
        content = []
        if old and new:
            for op, text in atoms(old, new):
                content += w.tracked({"=": "plain", "+": "w:ins", "-": "w:del"}[op], text)
            out.append(w.para(content, None, style))
        else:
            tag = "w:ins" if new else "w:del"
            out.append(w.para(w.tracked(tag, new or old), tag, style))
    at: dict[tuple[str, str], object] = {}  # ("old" | "new", eid) -> its first w:p
    for role, ch in with_sources(c.changes):
        paras = _paragraphs(w, role, ch)
        if role != FROM and ch.new:
            at.setdefault(("new", ch.new.eid), paras[0])
        if ch.old and (role == FROM or ch.type != MOVED):
            at.setdefault(("old", ch.old.eid), paras[0])
        out.extend(paras)
    for p in out:
        sect.addprevious(p)
    _notes(d, c, out[0], at)
    return d


def _notes(d, c: Comparison, intro, at) -> None:
    """Header and footnote changes, which are not text of the body, as Word comments by
    "clausewise": the header's on the first line, each footnote's on its paragraph. A
    comment hangs on an empty run of its own, so it changes no text either way."""
    if c.header:
        lines = [f"{h.field}: {_show(h.old)} → {_show(h.new)}" for h in c.header]
        _comment(d, intro, "Header changes: " + "; ".join(lines))
    for f in c.footnotes:
        marker = (f.new or f.old).marker
        side = "old" if f.new is None else "new"
        target = at.get((side, f.paragraph or ""), intro)
        if f.type == "changed":
            text = f"Footnote {marker} changed: {f.old.text} → {f.new.text}"
        else:
            text = f"Footnote {marker} {f.type}: {(f.new or f.old).text}"
        _comment(d, target, text)


def _show(v) -> str:
    if v is None or v == []:
        return "(none)"
    return "; ".join(v) if isinstance(v, list) else str(v)


def _comment(d, p, text: str) -> None:
    r = OxmlElement("w:r")
    ppr = p.find(qn("w:pPr"))
    if ppr is not None:
        ppr.addnext(r)
    else:
        p.insert(0, r)
    d.add_comment(Run(r, d), text=text, author=AUTHOR, initials="cw")


def to_docx(c: Comparison, when: str | None = None) -> bytes:
    buf = io.BytesIO()
    build(c, when).save(buf)
    return buf.getvalue()
