"""Page numbers for a list of `total` rows shown `per` at a time: the first and last page,
a window around the current one, gaps marked. Pure; the caller makes each page's URL."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class PageLink:
    label: str  # "1", "2", "…", "Previous", "Next"
    href: str | None  # None: the current page, or a gap
    current: bool = False
    rel: str | None = None  # "prev" | "next"


def last_page(total: int, per: int) -> int:
    return max(1, -(-total // per))


def pager(current: int, total: int, per: int, url: Callable[[int], str], window: int = 2):
    """The links under a list; empty when everything fits on one page."""
    last = last_page(total, per)
    if last == 1:
        return []
    current = min(max(1, current), last)
    shown = sorted({1, last, *range(max(1, current - window), min(last, current + window) + 1)})
    out: list[PageLink] = []
    if current > 1:
        out.append(PageLink("Previous", url(current - 1), rel="prev"))
    before = 0
    for n in shown:
        if n - before > 1:
            out.append(PageLink("…", None))
        out.append(PageLink(str(n), None if n == current else url(n), current=n == current))
        before = n
    if current < last:
        out.append(PageLink("Next", url(current + 1), rel="next"))
    return out
