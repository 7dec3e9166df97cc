"""Blocks -> lines: one clean text per block, its footnote markers as offsets, style hints."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..ingest.blocks import Block

_MARK = "\x00"


def _squash(text: str, no_controls: bool = False) -> str:
    """Single spaces, no ends: " ".join(text.split()), which is slow, done only where needed.
    `no_controls`: as Source.no_controls (its only ASCII whitespace is then space, tab and
    newline; the marker character flatten writes is not whitespace)."""
    if no_controls and text.isascii():
        # then its only whitespace is spaces, tabs and newlines (isascii costs nothing)
        if "\t" in text:
            text = text.replace("\t", " ")
        if text and text[0] != " " != text[-1] and "  " not in text and "\n" not in text:
            return text
        return " ".join(text.split())
    # Most text is squashed already, which two scans in C tell much faster than a split into
    # words: printable text (all whitespace but the space is unprintable) with no double or
    # end space. Tabs (after a paragraph number) and no-break spaces are made spaces first.
    text = text.replace("\t", " ")
    if not text.isprintable():
        text = text.replace("\u00a0", " ")
        if not text.isprintable():
            return " ".join(text.split())
    if text and text[0] != " " != text[-1] and "  " not in text:
        return text
    return " ".join(text.split())


@dataclass(slots=True)
class Line:
    text: str  # clean: one line, single spaces, no markers
    refs: list[tuple[str, int]]  # (marker, offset into text)
    italic_lead: str | None  # the text of a leading italic run: a hint for the lead
    heading: bool
    label: str | None
    page_break: bool


def flatten(block: Block, no_controls: bool = False) -> Line:
    """`no_controls`: as Source.no_controls says of the block's text."""
    runs = block.runs
    if len(runs) == 1 and not runs[0].sup:
        text = _squash(runs[0].text, no_controls)
        lead = text if runs[0].italic else None
        return Line(text, [], lead, block.heading, block.label, block.page_break)
    parts: list[str] = []
    markers: list[str] = []
    italic_lead = None
    seen_text = False
    for r in runs:
        if r.sup:
            parts.append(_MARK)
            markers.append(r.text)
            continue
        if not seen_text and r.text.strip():
            seen_text = True
            if r.italic:
                italic_lead = _squash(r.text, no_controls)
        parts.append(r.text)
    raw = _squash("".join(parts), no_controls)
    raw = raw.replace(" " + _MARK, _MARK)  # a marker hugs the text before it
    if not markers or _MARK not in raw:
        return Line(raw, [], italic_lead, block.heading, block.label, block.page_break)
    pieces = raw.split(_MARK)
    refs: list[tuple[str, int]] = []
    out: list[str] = []
    length = 0
    for i, piece in enumerate(pieces):
        if i > 0:
            refs.append((markers[i - 1], length))
            if out and out[-1].endswith(" ") and piece.startswith(" "):
                piece = piece[1:]
        out.append(piece)
        length += len(piece)
    text = "".join(out)
    if text != text.strip():
        lstrip = len(text) - len(text.lstrip())
        text = text.strip()
        refs = [(m, max(0, min(len(text), o - lstrip))) for m, o in refs]
    return Line(text, refs, italic_lead, block.heading, block.label, block.page_break)


def shift_refs(refs: list[tuple[str, int]], cut: int, limit: int | None = None):
    """Refs of a slice of a line starting at `cut` (and ending at `limit`)."""
    out = []
    for m, o in refs:
        if o >= cut and (limit is None or o <= limit):
            out.append((m, o - cut))
    return out


TERMINAL = ".,;:!?。，；：！？،؛"  # (and the Chinese and Arabic marks)
_TRAILING = "”’\"')]»\u200e\u200f"  # (and direction marks)


# A footnote number glued after the final punctuation in clean text: "Human Rights,109".
_TRAILING_MARKER = re.compile(r"(?<!\d)[.,;:]\d{1,3}$")


def ends_terminal(text: str) -> bool:
    """Does the text end like a finished paragraph (full stop, comma, semicolon, colon)?"""
    t = text.rstrip().rstrip(_TRAILING).rstrip()
    # The marker pattern spans at most 4 characters and looks one back: the last 6 are
    # enough (a search of the whole text made continued paragraphs quadratic).
    return bool(t) and (t[-1] in TERMINAL or bool(_TRAILING_MARKER.search(t[-6:])))
