"""Links from a recommendation or pledge to the library's texts, each with its reason and
score (derived: `clausewise upr link` replaces them).

- theme: a resolution whose title is on one of the record's themes (`themes`), ranked by
  the cosine of the two texts' tf-idf vectors times the share of the record's idf weight
  the resolution holds; the best text of a series stands for the series, three series at
  most, and only from MIN_THEME up (below it the two share the theme's words and little
  else);
- language: a paragraph sharing a run of at least MIN_SPAN words, and MIN_LANGUAGE of the
  record's words, with the record, found as the trace finds reuse (the stored shingle
  fingerprints, then word alignment), the best paragraph of a series; when that
  paragraph holds a mandate of the registry, the link names the mandate.

`match_*` are pure; `derive` reads the library and returns the rows to store.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass

from ..library.normal import words
from ..library.shingles import MIN_SPAN, fingerprints
from ..reuse.align import shared_spans
from ..reuse.candidates import DF_CAP
from .themes import THEME_PATTERNS, themes_of_title, title_match

MIN_THEME = 0.08  # match_themes's score (cosine times share) from which a theme link is made
THEME_LINKS = 3  # series linked per record, at most
# share of the record's words in the run it shares: below it the run is a phrase every text
# uses ("in the field of economic, social and cultural rights"), not the record's language
MIN_LANGUAGE = 0.3
LANGUAGE_LINKS = 5  # paragraphs (one per document) linked per record, at most
CANDIDATES = 30  # paragraphs aligned per record, most shared fingerprints first
# the bodies whose resolutions frame the UPR's subjects (not UNEA's or UN-Habitat's)
BODIES = ("GA", "HRC", "ECOSOC", "SC")
_STEM = 6  # words are compared on their first six letters ("ratify" ~ "ratification")

_STOP_WORDS = """a about above after again against all also an and any are as at be been before being
    between both but by can could do does during each either for from further had has have
    having here how if in into is it its itself may more most must no nor not of on once only
    or other our out over own same shall should so some such than that the their them then
    there these they this those through to too under until up upon very was we were what when
    where which while who whom why will with within without would"""
STOP = frozenset(_STOP_WORDS.split())


def stems(text: str) -> dict[str, str]:
    """The text's content words by stem -> the first form seen (for a reason's wording)."""
    out: dict[str, str] = {}
    for w in words(text):
        if len(w) > 2 and w not in STOP and not w.isdigit():
            out.setdefault(w[:_STEM], w)
    return out


@dataclass(frozen=True, slots=True)
class Text:
    """A resolution as theme links read it: its words' tf-idf weights, unit length."""

    n: int
    id: str
    title: str
    series: str
    themes: tuple[str, ...]
    weights: dict[str, float]


@dataclass(frozen=True, slots=True)
class Found:
    doc: int
    eid: str | None
    mandate: str | None
    kind: str  # theme | language
    reason: str
    score: float


def idf_table(counts: list[Counter]) -> dict[str, float]:
    df: Counter[str] = Counter()
    for c in counts:
        df.update(c.keys())
    n = len(counts) or 1
    return {w: math.log((n + 1) / (k + 0.5)) for w, k in df.items()}


def weights(counts: Counter, idf: dict[str, float]) -> dict[str, float]:
    """A text's words as a unit tf-idf vector (log tf: a word said ten times is not ten
    times the subject)."""
    v = {w: (1 + math.log(k)) * idf[w] for w, k in counts.items()}
    norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
    return {w: x / norm for w, x in v.items()}


def match_themes(
    text: str,
    themes: tuple[str, ...],
    by_theme: dict[str, list[Text]],
    idf: dict[str, float],
) -> list[Found]:
    """The record's theme links (pure): resolutions on its themes, ranked by the cosine of
    the two texts' tf-idf vectors times the share of the record's words the resolution
    holds, the best text of each series."""
    mine = {s: w for s, w in stems(text).items() if s in idf}
    if not mine:
        return []
    norm = math.sqrt(sum(idf[s] ** 2 for s in mine))
    total = sum(idf[s] for s in mine)
    best: dict[str, tuple[float, Text, str]] = {}
    for theme in themes:
        for t in by_theme.get(theme, ()):
            shared = [s for s in mine if s in t.weights]
            # the cosine favours short texts that say a word or two of the record's often;
            # times the share of the record's weight they hold, a text must also say most
            # of what the record says
            cosine = sum(idf[s] * t.weights[s] for s in shared) / norm
            score = cosine * sum(idf[s] for s in shared) / total
            if score < MIN_THEME:
                continue
            key = t.series or t.id
            if key not in best or score > best[key][0]:
                top = sorted(shared, key=lambda s: -idf[s] * t.weights[s])[:6]
                why = (
                    f"theme {theme}: title says “{title_match(theme, t.title)}”;"
                    f" shares {', '.join(mine[s] for s in top)}"
                )
                best[key] = (score, t, why)
    ranked = sorted(best.values(), key=lambda x: (-x[0], x[1].id))[:THEME_LINKS]
    return [Found(t.n, None, None, "theme", why, round(s, 4)) for s, t, why in ranked]


def match_language(
    text: str, paragraphs: dict[int, tuple], mandates: dict[tuple[int, str], str]
) -> list[Found]:
    """The record's language links (pure) among candidate `paragraphs`
    (para n -> (doc n, series, eid, text)): the longest run of MIN_SPAN words or more it
    shares with each; the best paragraph of a series stands for the series (a run repeated
    in each year's text is one finding, not five)."""
    ws = words(text)
    if len(ws) < MIN_SPAN:
        return []
    best: dict[str, tuple[float, int, str, str]] = {}
    for doc, series, eid, ptext in paragraphs.values():
        spans = shared_spans(ws, words(ptext))
        if not spans:
            continue
        score = len(spans[0].split()) / len(ws)
        if score < MIN_LANGUAGE:
            continue
        key = series or str(doc)
        if key not in best or (score, -doc) > (best[key][0], -best[key][1]):
            best[key] = (score, doc, eid, spans[0])
    ranked = sorted(best.values(), key=lambda x: (-x[0], x[1]))[:LANGUAGE_LINKS]
    return [
        Found(doc, eid, mandates.get((doc, eid)), "language", f"shares “{span}”", round(s, 4))
        for s, doc, eid, span in ranked
    ]


# -- reading the library ----------------------------------------------------------------------


def _texts(conn, vocabulary: set[str]) -> tuple[list[Text], dict[str, float]]:
    """Adopted resolutions whose title is on a theme, as vectors over the words the UPR's
    records use (`vocabulary`: the other words cannot be shared), and the idf table."""
    docs = [
        (r[0], r[1], r[2] or "", r[3] or "")
        for r in conn.execute(
            "SELECT n, id, title, series FROM documents WHERE status = 'adopted'"
            f" AND title IS NOT NULL AND body IN ({','.join('?' * len(BODIES))})",
            BODIES,
        )
    ]
    on = {n: themes_of_title(title) for n, _, title, _ in docs}
    keep = [d for d in docs if on[d[0]]]
    counts: dict[int, Counter] = {n: Counter() for n, _, _, _ in keep}
    for chunk in _chunks([d[0] for d in keep], 200):
        marks = ",".join("?" * len(chunk))
        for doc, ptext in conn.execute(
            f"SELECT doc, text FROM paragraphs WHERE doc IN ({marks})", chunk
        ):
            counts[doc].update(s for s in _stem_list(ptext) if s in vocabulary)
    for n, _, title, _ in keep:
        counts[n].update(s for s in _stem_list(title) if s in vocabulary)
    idf = idf_table(list(counts.values()))
    texts = [
        Text(n, i, title, series, on[n], weights(counts[n], idf)) for n, i, title, series in keep
    ]
    return texts, idf


def _stem_list(text: str) -> list[str]:
    return [w[:_STEM] for w in words(text) if len(w) > 2 and w not in STOP and not w.isdigit()]


def _mandates(conn) -> dict[tuple[int, str], str]:
    out: dict[tuple[int, str], str] = {}
    for doc, eid, ident in conn.execute(
        "SELECT r.doc, m.paragraph, r.id FROM registry_mandates r JOIN mandates m"
        " ON m.doc = r.doc AND m.ord = r.ord ORDER BY r.doc, r.ord"
    ):
        out.setdefault((doc, eid), ident)
    return out


def _candidates(conn, text: str, cache: dict[int, list[int] | None]) -> list[int]:
    counts: Counter[int] = Counter()
    for h in fingerprints(words(text)):
        if h not in cache:
            posted = [
                r[0]
                for r in conn.execute(
                    "SELECT para FROM shingles WHERE h = ? LIMIT ?", (h, DF_CAP + 1)
                )
            ]
            cache[h] = posted if len(posted) <= DF_CAP else None  # boilerplate: skipped
        counts.update(cache[h] or ())
    return [p for p, _ in counts.most_common(CANDIDATES)]


def _paragraphs(conn, ns: list[int]) -> dict[int, tuple]:
    if not ns:
        return {}
    marks = ",".join("?" * len(ns))
    return {
        r[0]: (r[1], r[2], r[3], r[4])
        for r in conn.execute(
            "SELECT p.n, p.doc, d.series, p.eid, p.text FROM paragraphs p JOIN documents d"
            f" ON d.n = p.doc WHERE p.n IN ({marks}) AND d.status = 'adopted'",
            ns,
        )
    }


def derive(db, limit: int | None = None, ids: list[str] | None = None):
    """(record ids read, link rows to store) for every record (or the first `limit`, or
    `ids`). Rows: (item, doc n, eid, mandate, kind, reason, score)."""
    with db.connection() as conn:
        sql = "SELECT id, text, themes FROM upr_items"
        args: list = []
        if ids is not None:
            sql += f" WHERE id IN ({','.join('?' * len(ids))})"
            args = list(ids)
        sql += " ORDER BY session, state_to, id"
        if limit:
            sql += " LIMIT ?"
            args.append(limit)
        records = conn.execute(sql, args).fetchall()
        # the words of every record, not only of those read: a record's links are the same
        # whether it is linked alone or with all the others
        vocabulary = {
            s for (text,) in conn.execute("SELECT text FROM upr_items") for s in stems(text)
        }
        texts, idf = _texts(conn, vocabulary)
        by_theme: dict[str, list[Text]] = defaultdict(list)
        for t in texts:
            for th in t.themes:
                by_theme[th].append(t)
        mandates = _mandates(conn)
        rows: list[tuple] = []
        done: dict[tuple[str, str], list[Found]] = {}  # the same words, the same links
        fp_cache: dict[int, list[int] | None] = {}
        for ident, text, themes in records:
            key = (text, themes)
            if key not in done:
                mine = tuple(t for t in themes.split("|") if t in THEME_PATTERNS)
                found = match_themes(text, mine, by_theme, idf)
                paras = _paragraphs(conn, _candidates(conn, text, fp_cache))
                found += match_language(text, paras, mandates)
                done[key] = found
            rows += [(ident, f.doc, f.eid, f.mandate, f.kind, f.reason, f.score) for f in done[key]]
    return [r[0] for r in records], rows


def sponsorships(conn) -> list[tuple[str, int]]:
    """(State, document n) for every sponsor the library's texts name."""
    import json

    out = set()
    for n, record in conn.execute(
        "SELECT n, record FROM documents WHERE record LIKE ?", ('%"sponsors": [{%',)
    ):
        for s in json.loads(record).get("sponsors", []):
            out.add((s["name"], n))
    return sorted(out)


def _chunks(xs: list, k: int):
    for i in range(0, len(xs), k):
        yield xs[i : i + k]
