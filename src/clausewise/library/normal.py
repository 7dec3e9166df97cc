"""Keys derived from text: paragraph text with its items, word tokens, the exact-match key,
title keys for drafts and series, and a sortable date for "earlier" and "later".

Pure functions; the store computes them once at ingest and keeps them in columns.
"""

from __future__ import annotations

import hashlib
import re

from ..model import Document, Item, Paragraph

_WORD = re.compile(r"\w+(?:['’\-]\w+)*")
_FOLD = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"})

# Words that carry no topic: left out of series keys so "Extreme poverty and human rights"
# (Council) and "Human rights and extreme poverty" (Assembly) are one series.
_STOP = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "by",
        "for",
        "from",
        "in",
        "into",
        "of",
        "on",
        "or",
        "the",
        "to",
        "with",
        "its",
        "their",
    ]
)


def _item_text(items: tuple[Item, ...]) -> list[str]:
    out: list[str] = []
    for it in items:
        out.append(f"({it.num}) {it.text}")
        out.extend(_item_text(it.items))
    return out


def full_text(p: Paragraph) -> str:
    """The paragraph as one line, its sub-items included: what search and trace read."""
    return " ".join([p.text, *_item_text(p.items)]) if p.items else p.text


def words(text: str) -> list[str]:
    """Lower-case word tokens, typographic variants folded, punctuation dropped."""
    return _WORD.findall(text.translate(_FOLD).lower())


def exact_key(text: str | list[str]) -> str:
    """Same key for texts that differ only in case, punctuation, quotes or spacing (give
    the text, or its `words` when they are at hand)."""
    ws = words(text) if isinstance(text, str) else text
    return hashlib.blake2b(" ".join(ws).encode(), digest_size=12).hexdigest()


def title_key(title: str | None) -> str | None:
    """Draft and adopted text share a title up to case and punctuation."""
    if not title:
        return None
    return " ".join(words(title)) or None


def series_key(title: str | None) -> str | None:
    """A series shares its topic words in any order, across sessions and bodies."""
    if not title:
        return None
    ws = sorted({w for w in words(title) if w not in _STOP})
    return " ".join(ws) or None


def date_key(doc: Document) -> str | None:
    """An ISO date to order documents by: adoption, else issue, else one derived from the
    session (GA session n opens in September of 1945 + n; the HRC holds three a year, in
    March, June and September, since 2007) or from a year in the number ("2417 (2018)")."""
    if doc.dates.adopted:
        return doc.dates.adopted
    if doc.dates.issued:
        return doc.dates.issued
    s = doc.session
    if s and doc.body == "GA":
        return f"{1945 + s}-09-01"
    if s and doc.body == "HRC":
        if s <= 3:
            return "2006-06-01"
        return f"{2007 + (s - 4) // 3}-{('03', '06', '09')[(s - 4) % 3]}-01"
    for text in (doc.number, doc.symbol):
        # the year in brackets first: in "2075 (2012)" the number looks like a year too
        m = re.search(r"\((19[4-9]\d|20\d\d)\)", text or "") or re.search(
            r"\b(19[4-9]\d|20\d\d)\b", text or ""
        )
        if m:
            return f"{m.group(1)}-01-01"
    return None
