"""A paragraph's text cut into pieces for a template: its leading phrase, footnote markers
at their offsets, and citation links over their spans. Pure functions; the templates escape
every piece (nothing here builds HTML)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    href: str | None  # None: a citation with no document in the library (shown, not linked)
    title: str  # the normalised symbol, shown on hover


@dataclass(frozen=True, slots=True)
class Piece:
    text: str
    lead: bool = False
    span: Span | None = None
    marker: str | None = None  # a footnote marker (then `text` is empty)


def pieces(
    text: str,
    lead: str | None = None,
    markers: list[tuple[int, str]] | tuple = (),
    spans: list[Span] | tuple = (),
) -> list[Piece]:
    """Cut `text` at every boundary: the end of the lead, each marker's offset, each span's
    ends. Overlapping spans keep the first; offsets outside the text are clamped."""
    n = len(text)
    lead_end = len(lead) if lead and text.startswith(lead) else 0
    kept: list[Span] = []
    for s in sorted(spans, key=lambda s: (s.start, -s.end)):
        if 0 <= s.start < s.end <= n and (not kept or s.start >= kept[-1].end):
            kept.append(s)
    at: dict[int, list[str]] = {}
    for off, marker in markers:
        at.setdefault(min(max(off, 0), n), []).append(marker)
    cuts = sorted({0, n, lead_end, *at, *(s.start for s in kept), *(s.end for s in kept)})
    out: list[Piece] = []
    k = 0
    for a, b in zip(cuts, cuts[1:] + [None], strict=True):
        out.extend(Piece("", marker=m) for m in at.get(a, ()))
        if b is None:
            break
        while k < len(kept) and kept[k].end <= a:
            k += 1
        span = kept[k] if k < len(kept) and kept[k].start <= a else None
        if a < b:
            out.append(Piece(text[a:b], lead=a < lead_end, span=span))
    return _merge(out)


def _merge(ps: list[Piece]) -> list[Piece]:
    """Join neighbours that look the same, so a link is one <a>, not several."""
    out: list[Piece] = []
    for p in ps:
        last = out[-1] if out else None
        if (
            last
            and p.marker is None
            and last.marker is None
            and (last.lead, last.span) == (p.lead, p.span)
        ):
            out[-1] = Piece(last.text + p.text, p.lead, p.span)
        else:
            out.append(p)
    return out
