"""Word (.docx) in: paragraphs with their styled runs, Word's automatic numbering computed
from numbering.xml (the number is not in the text), and the footnotes of footnotes.xml.

The package is checked before anything is decompressed (a zip bomb declares its sizes, and
Python's zip reader never inflates past what a member declares), then opened with
python-docx; the paragraph XML is walked with lxml because runs inside insertions,
hyperlinks and smart tags, footnote references and symbols are beyond python-docx's API.
Tracked changes read as accepted: inserted text is in, deleted text is out.
"""

from __future__ import annotations

import contextlib
import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from lxml import etree

from ..errors import InputError
from .blocks import Block, FootnoteText, Run, Source, settle_markers

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W = f"{{{W}}}"

# A resolution with annexes is a few hundred kilobytes of XML; these bounds are generous
# and keep a hostile package from exhausting memory or time.
MAX_UNPACKED = 200 * 1024 * 1024  # all members together, as declared
MAX_MEMBER = 100 * 1024 * 1024
MAX_RATIO = 200  # deflate reaches about 1000:1 only on degenerate data
MAX_MEMBERS = 5000


def check_package(data: bytes, name: str) -> None:
    """A zip that is a Word document and not a bomb, judged from its directory alone."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise InputError("damaged Word document: not a readable zip package", name) from None
    with zf:
        infos = zf.infolist()
        if len(infos) > MAX_MEMBERS:
            raise InputError(f"not a Word document: {len(infos)} files in the package", name)
        names = {i.filename for i in infos}
        if "word/document.xml" not in names:
            raise InputError("a zip file, but not a Word document (no word/document.xml)", name)
        total = 0
        for info in infos:
            total += info.file_size
            ratio = info.file_size / max(info.compress_size, 1)
            if info.file_size > MAX_MEMBER or (info.file_size > 1024 * 1024 and ratio > MAX_RATIO):
                raise InputError(
                    f"refused: {info.filename} would unpack to {info.file_size / 1e6:.0f} MB "
                    f"from {info.compress_size / 1e3:.0f} kB (a zip bomb?)",
                    name,
                )
        if total > MAX_UNPACKED:
            raise InputError(
                f"refused: the package would unpack to {total / 1e6:.0f} MB (a zip bomb?)", name
            )


# -- styles: italic, bold and superscript as Word resolves them ------------------------


def _toggle(rpr: etree._Element | None, tag: str) -> bool | None:
    if rpr is None:
        return None
    el = rpr.find(_W + tag)
    if el is None:
        return None
    return el.get(_W + "val", "true") not in ("0", "false", "off", "none")


def _vert(rpr: etree._Element | None) -> bool | None:
    if rpr is None:
        return None
    el = rpr.find(_W + "vertAlign")
    if el is not None:
        return el.get(_W + "val") == "superscript"
    # LibreOffice writes a superscript as raised text (w:position, in half-points)
    pos = rpr.find(_W + "position")
    if pos is not None:
        try:
            return int(pos.get(_W + "val", "0")) > 0
        except ValueError:
            return None
    return None


@dataclass(slots=True)
class _Styles:
    """styleId -> (basedOn, rPr, pPr), and the document defaults."""

    styles: dict[str, tuple[str | None, etree._Element | None, etree._Element | None, str]]
    default_rpr: etree._Element | None
    default_para: str | None

    @classmethod
    def read(cls, root: etree._Element | None) -> _Styles:
        styles: dict = {}
        default_rpr = None
        default_para = None
        if root is not None:
            default_rpr = root.find(f"{_W}docDefaults/{_W}rPrDefault/{_W}rPr")
            for st in root.iter(_W + "style"):
                sid = st.get(_W + "styleId")
                based = st.find(_W + "basedOn")
                nm = st.find(_W + "name")
                styles[sid] = (
                    based.get(_W + "val") if based is not None else None,
                    st.find(_W + "rPr"),
                    st.find(_W + "pPr"),
                    nm.get(_W + "val") if nm is not None else sid,
                )
                if st.get(_W + "type") == "paragraph" and st.get(_W + "default") in ("1", "true"):
                    default_para = sid
        return cls(styles, default_rpr, default_para)

    def chain(self, sid: str | None) -> Iterator[tuple]:
        seen = set()
        while sid and sid in self.styles and sid not in seen:
            seen.add(sid)
            entry = self.styles[sid]
            yield entry
            sid = entry[0]

    def prop(self, sid: str | None, getter, tag: str | None = None) -> bool | None:
        for _, rpr, _ppr, _ in self.chain(sid):
            v = getter(rpr, tag) if tag else getter(rpr)
            if v is not None:
                return v
        return None

    def num_pr(self, sid: str | None) -> tuple[str | None, int]:
        for _, _rpr, ppr, _ in self.chain(sid):
            if ppr is not None:
                np_ = ppr.find(_W + "numPr")
                if np_ is not None:
                    num = np_.find(_W + "numId")
                    lvl = np_.find(_W + "ilvl")
                    return (
                        num.get(_W + "val") if num is not None else None,
                        int(lvl.get(_W + "val")) if lvl is not None else 0,
                    )
        return None, 0

    def name(self, sid: str | None) -> str:
        entry = self.styles.get(sid or "")
        return entry[3] if entry else ""


# -- numbering ----------------------------------------------------------------------------

_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"),
          (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))  # fmt: skip


def _roman(n: int) -> str:
    out = []
    for v, s in _ROMAN:
        while n >= v:
            out.append(s)
            n -= v
    return "".join(out)


def _letters(n: int) -> str:
    # Word: a..z, then aa..zz, aaa..
    n = max(n, 1)
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def format_number(n: int, fmt: str) -> str:
    if fmt == "lowerLetter":
        return _letters(n)
    if fmt == "upperLetter":
        return _letters(n).upper()
    if fmt == "lowerRoman":
        return _roman(n)
    if fmt == "upperRoman":
        return _roman(n).upper()
    if fmt in ("none", "bullet"):
        return ""
    return str(n)  # decimal and the many variants we do not expect in resolutions


@dataclass(slots=True)
class _Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."
    restart: int | None = None  # lvlRestart: restart after this (1-based) level


@dataclass(slots=True)
class Numbering:
    """numbering.xml, and the running counters as the document is read."""

    abstract: dict[str, dict[int, _Level]] = field(default_factory=dict)
    nums: dict[str, tuple[str, dict[int, int]]] = field(
        default_factory=dict
    )  # numId -> (abs, starts)
    counters: dict[str, dict[int, int]] = field(default_factory=dict)  # abstractNumId -> level -> n
    started: set[str] = field(default_factory=set)  # numIds whose start overrides were applied

    @classmethod
    def read(cls, root: etree._Element | None) -> Numbering:
        nb = cls()
        if root is None:
            return nb
        for an in root.iter(_W + "abstractNum"):
            levels = {}
            for lvl in an.iter(_W + "lvl"):
                levels[int(lvl.get(_W + "ilvl", "0"))] = _level(lvl)
            nb.abstract[an.get(_W + "abstractNumId")] = levels
        for num in root.iter(_W + "num"):
            ref = num.find(_W + "abstractNumId")
            if ref is None:
                continue
            starts = {}
            for ov in num.iter(_W + "lvlOverride"):
                so = ov.find(_W + "startOverride")
                if so is not None:
                    starts[int(ov.get(_W + "ilvl", "0"))] = int(so.get(_W + "val", "1"))
                lvl = ov.find(_W + "lvl")
                if lvl is not None:  # an override that redefines the level
                    key = f"{ref.get(_W + 'val')}#{num.get(_W + 'numId')}"
                    base = dict(nb.abstract.get(ref.get(_W + "val"), {}))
                    base[int(ov.get(_W + "ilvl", "0"))] = _level(lvl)
                    nb.abstract[key] = base
                    ref = etree.Element("x", {_W + "val": key})
            nb.nums[num.get(_W + "numId")] = (ref.get(_W + "val"), starts)
        return nb

    def label(self, num_id: str, ilvl: int) -> str | None:
        """The next label of list `num_id` at level `ilvl` ("1.", "(a)"), counting it."""
        if num_id not in self.nums or num_id == "0":
            return None
        abs_id, starts = self.nums[num_id]
        levels = self.abstract.get(abs_id, {})
        lvl = levels.get(ilvl)
        if lvl is None:
            return None
        counts = self.counters.setdefault(abs_id, {})
        if num_id not in self.started:
            # a list instance that restarts its abstract list: numbering begins again
            self.started.add(num_id)
            if starts:
                for k, v in starts.items():
                    counts[k] = v - 1
        if ilvl in counts:
            counts[ilvl] += 1
        else:
            counts[ilvl] = lvl.start
        for deeper in [k for k in counts if k > ilvl]:
            dl = levels.get(deeper)
            if dl is None or dl.restart is None or dl.restart > ilvl:
                del counts[deeper]
        if lvl.fmt == "bullet":
            return "•"
        if lvl.fmt == "none":
            return None

        def sub(m: re.Match) -> str:
            k = int(m.group(1)) - 1
            ref = levels.get(k)
            n = counts.get(k, ref.start if ref else 1)
            return format_number(n, ref.fmt if ref else "decimal")

        return re.sub(r"%(\d)", sub, lvl.text).strip() or None


def _level(lvl: etree._Element) -> _Level:
    def val(tag: str, default: str) -> str:
        el = lvl.find(_W + tag)
        return el.get(_W + "val", default) if el is not None else default

    restart = lvl.find(_W + "lvlRestart")
    return _Level(
        start=int(val("start", "1")),
        fmt=val("numFmt", "decimal"),
        text=val("lvlText", ""),
        restart=int(restart.get(_W + "val")) if restart is not None else None,
    )


# -- runs -------------------------------------------------------------------------------

_SKIP = {_W + "del", _W + "moveFrom", _W + "pPr", _W + "rPr", _W + "delText"}


@dataclass(slots=True)
class _Ctx:
    styles: _Styles
    footnote_marks: dict[str, str] = field(default_factory=dict)  # footnote id -> marker
    next_auto: int = 1


def _runs(p: etree._Element, pstyle: str | None, ctx: _Ctx) -> list[Run]:
    out: list[Run] = []
    styles = ctx.styles

    def add(text: str, italic: bool, bold: bool, sup: bool) -> None:
        if not text:
            return
        if out and (out[-1].italic, out[-1].bold, out[-1].sup) == (italic, bold, sup) and not sup:
            out[-1] = Run(out[-1].text + text, italic, bold, sup)
        else:
            out.append(Run(text, italic, bold, sup))

    def walk(el: etree._Element) -> None:
        for child in el:
            tag = child.tag
            if tag in _SKIP or not isinstance(tag, str):
                continue
            if tag == _W + "r":
                run(child)
            else:
                walk(child)  # w:ins, w:hyperlink, w:smartTag, w:sdt/sdtContent, fields

    def run(r: etree._Element) -> None:
        rpr = r.find(_W + "rPr")
        rstyle_el = rpr.find(_W + "rStyle") if rpr is not None else None
        rstyle = rstyle_el.get(_W + "val") if rstyle_el is not None else None

        def resolve(getter, tag=None):
            for source in (
                lambda: getter(rpr, tag) if tag else getter(rpr),
                lambda: styles.prop(rstyle, getter, tag),
                lambda: styles.prop(pstyle, getter, tag),
                lambda: getter(styles.default_rpr, tag) if tag else getter(styles.default_rpr),
            ):
                v = source()
                if v is not None:
                    return v
            return False

        italic = resolve(_toggle, "i")
        bold = resolve(_toggle, "b")
        sup = resolve(_vert)
        custom = False
        for child in r:
            tag = child.tag
            if tag == _W + "t":
                add(child.text or "", italic, bold, sup and not custom)
            elif tag == _W + "tab" or tag == _W + "br" or tag == _W + "cr":
                if child.get(_W + "type") != "page":
                    add(" ", italic, bold, False)
            elif tag == _W + "noBreakHyphen":
                add("-", italic, bold, False)
            elif tag == _W + "sym":
                with contextlib.suppress(ValueError, TypeError):
                    code = int(child.get(_W + "char"), 16)
                    # symbol-font characters sit in the private area at F000 + their code
                    add(chr(code - 0xF000 if code >= 0xF000 else code), italic, bold, sup)
            elif tag == _W + "footnoteReference":
                fid = child.get(_W + "id")
                if child.get(_W + "customMarkFollows") in ("1", "true"):
                    custom = True  # the mark is the text that follows, e.g. "*"
                    mark = "".join(t.text or "" for t in r.iter(_W + "t")).strip() or "*"
                    ctx.footnote_marks[fid] = mark
                    out.append(Run(mark, sup=True))
                    return
                mark = ctx.footnote_marks.get(fid)
                if mark is None:
                    mark = ctx.footnote_marks[fid] = str(ctx.next_auto)
                    ctx.next_auto += 1
                out.append(Run(mark, sup=True))

    walk(p)
    return out


_HAND_MARKER = re.compile(r"\d{1,3}|[*†‡]{1,3}")


def _superscript_markers(runs: list[Run]) -> list[Run]:
    """A superscript run of digits or stars is a marker typed by hand; other superscripts
    ("1st", "m²") are text."""
    return settle_markers(runs, _HAND_MARKER)


_DECIMAL_LABEL = re.compile(r"^\d{1,3}\.?$")


def _part_xml(document, reltype: str) -> etree._Element | None:
    for rel in document.part.rels.values():
        if rel.reltype == reltype and not rel.is_external:
            return etree.fromstring(rel.target_part.blob)
    return None


def _footnotes(root: etree._Element | None, ctx: _Ctx, pstyles: _Styles) -> list[FootnoteText]:
    if root is None:
        return []
    notes: dict[str, str] = {}
    for fn in root.iter(_W + "footnote"):
        if fn.get(_W + "type") in ("separator", "continuationSeparator", "continuationNotice"):
            continue
        parts = []
        for p in fn.iter(_W + "p"):
            text = "".join(r.text for r in _runs_no_ref(p, pstyles, ctx) if not r.sup).strip()
            if text:
                parts.append(text)
        notes[fn.get(_W + "id")] = " ".join(" ".join(parts).split())
    out = []
    for fid, mark in ctx.footnote_marks.items():
        text = notes.get(fid, "")
        if not mark.isdigit() and text.startswith(mark):
            # a custom mark ("*") is typed at the head of its note as plain text
            text = text[len(mark) :].strip()
        if text:
            out.append(FootnoteText(mark, text))
    return out


def _runs_no_ref(p: etree._Element, styles: _Styles, ctx: _Ctx) -> list[Run]:
    # inside a footnote, w:footnoteRef is the note's own number: not a reference
    scratch = _Ctx(styles)
    scratch.next_auto = 10**6
    return [r for r in _runs(p, _pstyle(p), scratch) if not r.sup]


def _footnote_start(document) -> int:
    """The first footnote's number (w:footnotePr/w:numStart, in the section or settings):
    older UN documents number their notes on from the previous document."""
    places = [document.element.body.find(f"{_W}sectPr/{_W}footnotePr/{_W}numStart")]
    with contextlib.suppress(Exception):  # a package without settings.xml
        places.append(document.settings.element.find(f"{_W}footnotePr/{_W}numStart"))
    for el in places:
        if el is not None:
            try:
                return max(1, int(el.get(_W + "val", "1")))
            except ValueError:
                return 1
    return 1


def _pstyle(p: etree._Element) -> str | None:
    el = p.find(f"{_W}pPr/{_W}pStyle")
    return el.get(_W + "val") if el is not None else None


def read_docx(data: bytes, name: str = "<docx>", symbol: str | None = None) -> Source:
    """DOCX bytes -> Source."""
    check_package(data, name)
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises many types for a malformed package
        reason = str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__
        raise InputError(f"damaged Word document: {reason}", name) from None
    try:
        styles_root = document.styles.element
    except Exception:
        styles_root = None
    styles = _Styles.read(styles_root)
    numbering = Numbering.read(_part_xml(document, RT.NUMBERING))
    ctx = _Ctx(styles, next_auto=_footnote_start(document))
    blocks: list[Block] = []
    page_break = False
    body = document.element.body
    for p in body.iter(_W + "p"):
        if any(a.tag == _W + "footnote" for a in p.iterancestors()):
            continue
        before = p.find(f"{_W}pPr/{_W}pageBreakBefore")
        if any(br.get(_W + "type") == "page" for br in p.iter(_W + "br")) or (
            before is not None and _toggle(p.find(_W + "pPr"), "pageBreakBefore")
        ):
            page_break = True
        pstyle = _pstyle(p) or styles.default_para
        runs = _superscript_markers(_runs(p, pstyle, ctx))
        num_el = p.find(f"{_W}pPr/{_W}numPr")
        num_id, ilvl = styles.num_pr(pstyle)
        if num_el is not None:
            nid = num_el.find(_W + "numId")
            lvl = num_el.find(_W + "ilvl")
            if nid is not None:
                num_id = nid.get(_W + "val")
            if lvl is not None:
                ilvl = int(lvl.get(_W + "val"))
        if not "".join(r.text for r in runs if not r.sup).strip():
            continue
        label = numbering.label(num_id, ilvl) if num_id else None
        if label and not _DECIMAL_LABEL.match(label):
            # "(a)", "I.", "•": the structure reads these from the text, as in any source
            runs = [Run(label + " "), *runs]
            label = None
        sname = styles.name(pstyle).lower()
        heading = sname.startswith(("heading", "title"))
        blocks.append(Block(tuple(runs), label=label, page_break=page_break, heading=heading))
        page_break = False
    if not blocks:
        raise InputError("empty: the Word document has no text", name)
    notes = _footnotes(_part_xml(document, RT.FOOTNOTES), ctx, styles)
    return Source(name=name, blocks=tuple(blocks), footnotes=tuple(notes), symbol=symbol)
