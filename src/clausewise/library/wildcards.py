"""Prefix (`pov*`) and fuzzy (`poverty~2`) words in a search query. tantivy's query parser
reads neither: `pov*` became the word "pov" and `poverty~2` the phrase "poverty 2", both
finding nothing, silently. They are taken out of the query here, and each becomes its own
query (a regex over the index's words for a prefix, a Levenshtein automaton for a fuzzy
word) that every match must satisfy, as the other words must. Pure."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

# a word (letters, digits, hyphen) ending in * or ~N, outside quotes; at least two
# letters before the * (a one-letter prefix would match a good part of the dictionary)
_TERM = re.compile(r'(?<![\w"])(?P<word>\w[\w-]+)(?:(?P<star>\*)|~(?P<dist>\d)?)(?=\s|\)|$)')
_PHRASE = re.compile(r'"[^"]*"')
MAX_DISTANCE = 2  # tantivy builds Levenshtein automata up to distance 2


@dataclass(frozen=True, slots=True)
class Wild:
    word: str  # lowercase, as the index stores words
    prefix: bool  # a prefix (`pov*`); else a fuzzy word (`poverty~2`)
    distance: int = 0


def split(query: str) -> tuple[str, list[Wild]]:
    """(the query without its prefix and fuzzy words, those words). Phrases in quotes are
    left as they are; `word~` alone means distance 1. ValueError for a distance above 2."""
    wild: list[Wild] = []
    out, last = [], 0
    spans = [m.span() for m in _PHRASE.finditer(query)]
    for m in _TERM.finditer(query):
        if any(a <= m.start() < b for a, b in spans):
            continue
        if m.group("star"):
            wild.append(Wild(m.group("word").lower(), True))
        else:
            dist = int(m.group("dist") or 1)
            if dist > MAX_DISTANCE:
                raise ValueError(
                    f"{m.group()}: a fuzzy word allows at most {MAX_DISTANCE} differences"
                    f" ({m.group('word')}~{MAX_DISTANCE})"
                )
            wild.append(Wild(m.group("word").lower(), False, dist))
        out.append(query[last : m.start()])
        last = m.end()
    out.append(query[last:])
    return " ".join("".join(out).split()), wild


def _within(a: str, b: str, k: int) -> bool:
    """Levenshtein distance of a and b at most k (short words: the plain table)."""
    if abs(len(a) - len(b)) > k:
        return False
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1] <= k


@functools.cache
def _stemmer():
    import tantivy

    return (
        tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple())
        .filter(tantivy.Filter.lowercase())
        .filter(tantivy.Filter.stemmer("english"))
        .build()
    )


@functools.cache
def english_stem(word: str) -> str:
    """The word as the English field stores it ("poverty" -> "poverti"): a fuzzy word's
    differences are then the typist's, not the stemmer's."""
    out = _stemmer().analyze(word)
    return out[0] if len(out) == 1 else word.lower()


def matches(token: str, w: Wild) -> bool:
    """Whether a word of a text is one the index matched for `w` (it compares stems in
    English, words as written in the other languages)."""
    low = token.lower()
    if w.prefix:
        return low.startswith(w.word) or english_stem(low).startswith(english_stem(w.word))
    return _within(low, w.word, w.distance) or _within(
        english_stem(low), english_stem(w.word), w.distance
    )


_WORD = re.compile(r"\w[\w-]*")
_TAGGED = re.compile(r"(<[^>]+>)")


def mark(snippet_html: str, wild: list[Wild]) -> str:
    """The snippet with the words a prefix or fuzzy word matched in <b>, as the index marks
    the other words (its snippets mark only the words of term and phrase queries)."""
    if not wild:
        return snippet_html
    out, inside = [], False
    for part in _TAGGED.split(snippet_html):
        if part.startswith("<"):
            inside = part == "<b>" or (inside and part != "</b>")
            out.append(part)
        elif inside:
            out.append(part)
        else:
            out.append(
                _WORD.sub(
                    lambda m: (
                        f"<b>{m.group()}</b>"
                        if any(matches(m.group(), w) for w in wild)
                        else m.group()
                    ),
                    part,
                )
            )
    return "".join(out)


def window(text: str, wild: list[Wild], size: int = 240) -> str | None:
    """A snippet (escaped HTML) of `size` characters around the first word a prefix or
    fuzzy word matched, that word marked; None when none matches."""
    import html

    for m in _WORD.finditer(text):
        if any(matches(m.group(), w) for w in wild):
            start = max(0, m.start() - size // 4)
            return mark(html.escape(text[start : start + size]), wild)
    return None
