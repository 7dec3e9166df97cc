"""Running text of an Akoma Ntoso element: its text, its note markers' offsets, the notes.

Official markup carries the typesetter's whitespace (tabs after numbers, line breaks and
indentation inside `p`); `squash=True` makes it one clean line, as the text reader does,
keeping each marker at its place. A file clausewise wrote holds the record's text exactly,
whitespace included, and is read with `squash=False`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ...aknprofile import akn

_NOTE = akn("authorialNote")
_NOTE_REF = akn("noteRef")
_LINE_BREAKS = (akn("eol"), akn("eop"), akn("br"))
_SILENT = (akn("img"),)
_ITALIC_TAGS = (akn("i"),)
_BOLD_TAGS = (akn("b"),)
_MARK = "\x00"  # where a marker sits while the text is squashed (never whitespace)


@dataclass(frozen=True, slots=True)
class Note:
    """An `authorialNote` met in running text: its marker and its text."""

    marker: str
    text: str
    eid: str | None
    placement_base: str | None


@dataclass(slots=True)
class Inline:
    text: str = ""
    refs: list[tuple[str, int]] = field(default_factory=list)  # (marker, offset in text)
    notes: list[tuple[int, Note]] = field(default_factory=list)  # (index into refs, note)
    italic_lead: str | None = None  # the first run's text when it is italic: a hint for leads
    bold: bool = False  # all of its text is bold (how some of the UN's files mark a heading)


def squash(text: str) -> str:
    return " ".join(text.split())


def note_text(note, squashed: bool = True) -> str:
    """The text of an `authorialNote`: its paragraphs, one after the other."""
    parts = [read_inline(p, squashed).text for p in note if p.tag == akn("p")]
    if not parts:  # a note written straight into the element (not AKN, still readable)
        parts = [read_inline(note, squashed).text]
    return " ".join(parts)


def read_inline(el, squashed: bool = True) -> Inline:
    """The text of `el` with its notes' markers as offsets (notes' own text left out)."""
    pieces: list[tuple[str, bool, bool]] = []  # (text, italic, bold); markers as _MARK
    markers: list[tuple[str, Note | None]] = []

    def walk(e, italic: bool, bold: bool) -> None:
        if e.text:
            pieces.append((e.text, italic, bold))
        for c in e:
            tag = c.tag
            if not isinstance(tag, str):
                pass  # a comment or processing instruction the parser kept
            elif tag in (_NOTE, _NOTE_REF):
                note = None
                if tag == _NOTE:
                    note = Note(
                        c.get("marker") or "",
                        note_text(c, squashed),
                        c.get("eId"),
                        c.get("placementBase"),
                    )
                markers.append((c.get("marker") or "", note))
                pieces.append((_MARK, False, True))
            elif tag in _LINE_BREAKS:
                pieces.append((" " if squashed else "\n", italic, bold))
            elif tag not in _SILENT:
                cls = (c.get("class") or "").split()
                walk(
                    c,
                    italic or tag in _ITALIC_TAGS or "italic" in cls,
                    bold or tag in _BOLD_TAGS or "bold" in cls,
                )
            if c.tail:
                pieces.append((c.tail, italic, bold))

    walk(el, False, False)
    out = Inline()
    for text, italic, _ in pieces:
        if text.strip() and text != _MARK:
            if italic:
                out.italic_lead = squash(text) if squashed else text
            break
    seen = [bold for text, _, bold in pieces if text.strip() and text != _MARK]
    out.bold = bool(seen) and all(seen)
    raw = "".join(t for t, _, _ in pieces)
    if not squashed:
        size = 0
        for k, part in enumerate(raw.split(_MARK)):
            if k:
                _add_ref(out, markers[k - 1], size)
            size += len(part)
        out.text = raw.replace(_MARK, "")
        return out
    raw = squash(raw)
    if not markers:
        out.text = raw
        return out
    # a marker hugs the word before it ("Declaration,¹ for"), as in the text reader
    while " " + _MARK in raw:
        raw = raw.replace(" " + _MARK, _MARK + " ")
    chars: list[str] = []
    k = 0
    for ch in raw:
        if ch == _MARK:
            _add_ref(out, markers[k], len(chars))
            k += 1
        elif ch != " " or (chars and chars[-1] != " "):
            chars.append(ch)
    while chars and chars[-1] == " ":
        chars.pop()
    out.text = "".join(chars)
    n = len(out.text)
    out.refs = [(m, min(o, n)) for m, o in out.refs]
    return out


def _add_ref(out: Inline, marker: tuple[str, Note | None], offset: int) -> None:
    out.refs.append((marker[0], offset))
    if marker[1] is not None:
        out.notes.append((len(out.refs) - 1, marker[1]))
