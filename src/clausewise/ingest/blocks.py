"""What every input format turns into: blocks of styled runs, plus footnote texts.

A format module (text, PDF, DOCX) knows how its input marks italics, superscripts, page
breaks and footnotes; it knows nothing of resolutions. `structure` reads only these.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Run:
    text: str
    italic: bool = False
    bold: bool = False
    sup: bool = False  # a footnote marker ("1", "*")


@dataclass(frozen=True, slots=True)
class Block:
    """One paragraph-like unit of the input, in reading order."""

    runs: tuple[Run, ...]
    label: str | None = None  # a number the source shows but the text lacks (Word numbering)
    page_break: bool = False  # the block follows a page break (or footnotes in the flow)
    heading: bool = False  # the source marks it as a heading (## in text, a Word heading style)

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs if not r.sup)


# A frozen dataclass's __init__ sets each field through object.__setattr__: slow for the
# hundreds of thousands of plain blocks of a corpus. plain_block fills mutable twins (the
# same slots, so the same layout) and then gives them the frozen classes, as
# clausewise.frozen.maker does, in one function for the pair.
class _RunSlots:
    __slots__ = Run.__slots__


class _BlockSlots:
    __slots__ = Block.__slots__


def plain_block(text: str, page_break: bool = False, heading: bool = False) -> Block:
    """Block((Run(text),), page_break=page_break, heading=heading), made faster."""
    run = _RunSlots()
    run.text = text
    run.italic = run.bold = run.sup = False
    run.__class__ = Run  # type: ignore[assignment]
    block = _BlockSlots()
    block.runs = (run,)
    block.label = None
    block.page_break = page_break
    block.heading = heading
    block.__class__ = Block  # type: ignore[assignment]
    return block  # type: ignore[return-value]


@dataclass(frozen=True, slots=True)
class FootnoteText:
    marker: str
    text: str


@dataclass(frozen=True, slots=True)
class Source:
    """A document as read from its bytes, before any resolution structure is known."""

    name: str
    blocks: tuple[Block, ...]
    footnotes: tuple[FootnoteText, ...] = ()
    symbol: str | None = None  # known from outside the text (a corpus file name, AKN metadata)
    warnings: tuple[str, ...] = ()
    # The block texts hold no control character but tab and newline (the reader checked the
    # whole text once): an ASCII line then needs no scan to be squashed.
    no_controls: bool = False


def settle_markers(runs: Iterable[Run], marker: re.Pattern) -> list[Run]:
    """Raised runs that `marker` matches (stripped) are footnote markers; other raised text
    ("th" of "26th", "m²") is plain text. Neighbouring runs of one style are joined."""
    out: list[Run] = []
    for r in runs:
        if r.sup and not marker.fullmatch(r.text.strip()):
            r = Run(r.text, r.italic, r.bold, False)
        elif r.sup:
            r = Run(r.text.strip(), sup=True)
        last = out[-1] if out else None
        if last and not r.sup and not last.sup and (last.italic, last.bold) == (r.italic, r.bold):
            out[-1] = Run(last.text + r.text, r.italic, r.bold)
        else:
            out.append(r)
    return out
