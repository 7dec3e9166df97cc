"""Drafts linked to the texts they became, and to each other, with the evidence for each link.

One resolution is negotiated through several texts: a draft (A/C.2/80/L.5), a draft a
Vice-Chair submits "on the basis of informal consultations on" it (L.48), revisions
(L.13/Rev.1), amendments (L.62 "amendment to draft resolution A/C.2/80/L.13/Rev.1"),
corrigenda, and the adopted text (A/RES/80/150). `links` reads the facts each text states
about itself and returns the links between them, strongest evidence first:

1. **symbol**: a revision or corrigendum names its original in its own symbol; an
   amendment names the draft it amends (when that exact version is missing, the nearest
   version of the same draft present stands in, and the link says so);
2. **origin**: an adopted text names the draft it was adopted on ("[without reference to a
   Main Committee (A/80/L.6)]"), a draft the one it was based on;
3. **title**: a draft and an adopted text of the same body, session and title, the draft
   dated no later, from the same committee when both name one (the committee's report is
   what an adopted text names: "[on the report of the Second Committee (A/80/555)]");
   several adopted texts of one title share their drafts out by content;
4. **content**: where the title changed, a draft and an adopted text left unlinked whose
   words agree (word-level similarity at least `CONTENT_MIN`, each the other's best by a
   margin, so two short texts of common wording are not taken for each other).

A pure function: the library computes it per body and session and stores the result.
`draft_of` is the one rule for "the draft of an adopted text" over those links, which the
library's trace and both reuse engines follow (`clausewise.reuse.order.draft_links`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Set
from dataclasses import dataclass

from rapidfuzz.distance import Indel

from ..symbols import symbol_kind
from .versions import earlier_versions, same_work, version

# kinds, read "src <kind> dst"
ADOPTED_AS = "adopted_as"  # a draft was adopted as the text dst
REVISES = "revises"  # a revision (or a later version) of dst
BASED_ON = "based_on"  # a draft submitted on the basis of consultations on dst
AMENDS = "amends"  # an amendment to dst
CORRECTS = "corrects"  # a corrigendum of dst
KINDS = (ADOPTED_AS, REVISES, BASED_ON, AMENDS, CORRECTS)

SYMBOL, ORIGIN, TITLE, CONTENT = "symbol", "origin", "title", "content"

CONTENT_MIN = 0.6  # word-level similarity of two whole texts that makes them one resolution
CONTENT_MARGIN = 0.1  # ... and by how much it must beat the next best candidate


@dataclass(frozen=True, slots=True)
class Facts:
    """What one document says about itself that links it to others."""

    id: str
    symbol: str | None
    status: str  # draft | adopted | amendment
    body: str | None
    session: int | None
    date: str | None  # ISO: adopted, else issued, else derived
    title_key: str | None
    committee: str | None = None
    origin: str | None = None
    amends: str | None = None
    agenda_items: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Link:
    src: str  # document id
    dst: str
    kind: str  # one of KINDS: "src <kind> dst"
    evidence: str  # symbol | origin | title | content
    detail: str  # the evidence in words: "A/RES/80/150 names A/C.2/80/L.48 as its origin"
    score: float | None = None  # content similarity, when measured


_ORDINALS = {
    "first": "1",
    "second": "2",
    "third": "3",
    "fourth": "4",
    "fifth": "5",
    "sixth": "6",
}
_C_SYMBOL = re.compile(r"^A/C\.(\d)/")


def committee_key(name: str | None, symbol: str | None = None) -> str | None:
    """Which Main Committee: "Second Committee" and A/C.2/80/L.13 are "2"; the Special
    Political and Decolonization Committee is the Fourth. None for the plenary or unknown."""
    if symbol and (m := _C_SYMBOL.match(symbol)) is not None:
        return m.group(1)
    if not name:
        return None
    low = name.lower()
    if "special political" in low:
        return "4"
    for word, key in _ORDINALS.items():
        if re.search(rf"\b{word}\s+committee\b", low):
            return key
    return None


def _earlier(draft: Facts, adopted: Facts) -> bool:
    return draft.date is None or adopted.date is None or draft.date <= adopted.date


def _same_committee(draft: Facts, adopted: Facts) -> bool:
    a = committee_key(draft.committee, draft.symbol)
    b = committee_key(adopted.committee)
    return a is None or b is None or a == b


def _sym(f: Facts) -> str:
    return f.symbol or f.id


def links(
    facts: Iterable[Facts],
    similarity: Callable[..., float],
    related: Callable[[str, str], bool] | None = None,
) -> list[Link]:
    """Every link among `facts` (one body and session, or any set). `similarity(a, b,
    cutoff)` gives the word-level similarity of two documents' texts by id (0..1), or 0 when
    it is under `cutoff`; it is called only for the candidates titles cannot settle, and by
    content only for pairs `related(a, b)` allows (the library: pairs sharing at least one
    paragraph word for word, which a draft and the text it became always do)."""
    # by id: where two candidates tie, the first wins, whatever order the caller read them in
    docs = sorted(facts, key=lambda f: f.id)
    by_symbol = {f.symbol: f for f in docs if f.symbol}
    out: list[Link] = []
    seen: set[tuple[str, str, str]] = set()

    def add(link: Link) -> None:
        key = (link.src, link.dst, link.kind)
        if link.src != link.dst and key not in seen:
            seen.add(key)
            out.append(link)

    # 1. what symbols name: revisions, corrigenda, amendments
    for f in docs:
        v = version(f.symbol) if f.symbol else None
        if f.symbol and v is not None and (v.revision or v.corrigendum):
            for earlier in earlier_versions(f.symbol):
                target = by_symbol.get(earlier)
                if target is not None:
                    kind = CORRECTS if v.corrigendum else REVISES
                    add(
                        Link(f.id, target.id, kind, SYMBOL, f"{f.symbol} is a version of {earlier}")
                    )
                    break
        if f.status == "amendment" and f.amends:
            target = _nearest_version(f.amends, by_symbol)
            if target is not None:
                detail = f"{_sym(f)} is an amendment to {f.amends}"
                if target.symbol != f.amends:
                    detail += f" (not in the library: linked to {_sym(target)}, its other version)"
                add(Link(f.id, target.id, AMENDS, SYMBOL, detail))
        if f.status == "draft" and f.origin and symbol_kind(f.origin) == "draft":
            target = by_symbol.get(f.origin)
            if target is not None:
                add(
                    Link(
                        f.id,
                        target.id,
                        BASED_ON,
                        ORIGIN,
                        f"{_sym(f)} was submitted on the basis of {f.origin}",
                    )
                )

    # a corrigendum is linked to what it corrects, never taken for the text itself
    drafts = [f for f in docs if f.status == "draft" and not _corrigendum(f)]
    adopted = [f for f in docs if f.status == "adopted" and not _corrigendum(f)]
    linked_drafts: set[str] = set()
    linked_adopted: set[str] = set()

    # 2. the origin an adopted text names
    for a in adopted:
        if a.origin and symbol_kind(a.origin) == "draft":
            d = by_symbol.get(a.origin)
            if d is not None and d.status == "draft":
                add(
                    Link(
                        d.id,
                        a.id,
                        ADOPTED_AS,
                        ORIGIN,
                        f"{_sym(a)} names {a.origin} as the draft it was adopted on",
                    )
                )
                linked_drafts.add(d.id)
                linked_adopted.add(a.id)

    # 3. same body, session and title
    for d in drafts:
        if d.id in linked_drafts or not d.title_key or d.session is None:
            continue
        cands = [
            a
            for a in adopted
            if a.title_key == d.title_key
            and a.body == d.body
            and a.session == d.session
            and _earlier(d, a)
            and _same_committee(d, a)
        ]
        if not cands:
            continue
        score = None
        if len(cands) > 1:  # one title, several resolutions: the closest text
            scored = sorted(((similarity(d.id, a.id), a) for a in cands), key=lambda x: -x[0])
            score, best = scored[0]
            score = round(score, 3)
        else:
            best = cands[0]
        detail = f"same title, body and session as {_sym(best)}"
        shared = [i for i in d.agenda_items if i in best.agenda_items]
        if shared:
            detail += f", agenda item {shared[0]}"
        if best.origin:
            detail += f"; adopted on {best.origin}"
        if score is not None:
            detail += f"; the closest of {len(cands)} texts of that title ({score:.2f})"
        add(Link(d.id, best.id, ADOPTED_AS, TITLE, detail, score))
        linked_drafts.add(d.id)
        linked_adopted.add(best.id)

    # 4. content, where titles changed: mutual best matches above the bar, by a margin
    chained = _chained(out)
    free_d = [
        d
        for d in drafts
        if d.id not in linked_drafts and not (chained.get(d.id, set()) & linked_drafts)
    ]
    free_a = [a for a in adopted if a.id not in linked_adopted]
    scores: dict[tuple[str, str], float] = {}
    for d in free_d:
        for a in free_a:
            same = a.body == d.body and a.session == d.session
            if related is not None and not related(d.id, a.id):
                continue
            if same and _earlier(d, a) and _same_committee(d, a):
                # under the bar less the margin, a score decides nothing: not measured
                scores[(d.id, a.id)] = similarity(d.id, a.id, CONTENT_MIN - CONTENT_MARGIN)
    for (did, aid), s in sorted(scores.items(), key=lambda x: -x[1]):
        if s < CONTENT_MIN or did in linked_drafts or aid in linked_adopted:
            continue
        rival_d = max((v for (x, y), v in scores.items() if x == did and y != aid), default=0.0)
        rival_a = max((v for (x, y), v in scores.items() if y == aid and x != did), default=0.0)
        if s - max(rival_d, rival_a) < CONTENT_MARGIN:
            continue
        a = next(x for x in free_a if x.id == aid)
        add(
            Link(
                did,
                aid,
                ADOPTED_AS,
                CONTENT,
                f"the text agrees with {_sym(a)} ({s:.2f} of its words; titles differ)",
                round(s, 3),
            )
        )
        linked_drafts.add(did)
        linked_adopted.add(aid)
    return out


def _corrigendum(f: Facts) -> bool:
    return bool(f.symbol) and version(f.symbol or "").corrigendum > 0


def _nearest_version(symbol: str, by_symbol: dict[str, Facts]) -> Facts | None:
    """The named version, else the latest earlier one present, else any later one."""
    if symbol in by_symbol:
        return by_symbol[symbol]
    for earlier in earlier_versions(symbol):
        if earlier in by_symbol:
            return by_symbol[earlier]
    later = [f for s, f in by_symbol.items() if same_work(s, symbol) and f.status != "amendment"]
    return max(later, key=lambda f: version(f.symbol or "").revision, default=None)


def _chained(found: list[Link]) -> dict[str, set[str]]:
    """Each document -> the drafts it shares a chain with through revisions and bases."""
    nbr: dict[str, set[str]] = {}
    for lk in found:
        if lk.kind in (REVISES, BASED_ON):
            nbr.setdefault(lk.src, set()).add(lk.dst)
            nbr.setdefault(lk.dst, set()).add(lk.src)
    out: dict[str, set[str]] = {}
    for start in nbr:
        if start in out:
            continue
        group, todo = {start}, [start]
        while todo:
            for n in nbr.get(todo.pop(), ()):
                if n not in group:
                    group.add(n)
                    todo.append(n)
        for n in group:
            out[n] = group
    return out


def draft_of(
    adopted: str,
    found: Iterable[Link],
    dates: Mapping[str, str | None],
    similarity: Callable[..., float],
) -> str | None:
    """The draft `adopted` was adopted on, of the drafts `found` links to it as adopted
    (`dates`: each draft's date): the one it names as its origin; else the latest (a
    revision, or a Vice-Chair's text, over the draft it replaced); of drafts of one day,
    the one whose words `similarity` finds closest to the adopted text, as what was
    adopted is the text that was on the table; then the first by id."""
    mine = [lk for lk in found if lk.kind == ADOPTED_AS and lk.dst == adopted]
    named = sorted(lk.src for lk in mine if lk.evidence == ORIGIN)
    if named:
        return named[0]
    drafts = sorted(lk.src for lk in mine)
    if not drafts:
        return None
    latest = max(dates.get(d) or "" for d in drafts)  # undated: the earliest
    tied = [d for d in drafts if (dates.get(d) or "") == latest]
    if len(tied) == 1:
        return tied[0]
    return max(tied, key=lambda d: similarity(d, adopted))  # max keeps the first of equals


class Texts:
    """One group's texts as linking by content measures them. `words(id)`: a document's
    words in paragraph order (`normal.words` of each paragraph's text); `keys`: each
    document's paragraphs' exact keys. Words are read when a comparison first needs them."""

    def __init__(
        self, words: Callable[[str], Iterable[str]], keys: Mapping[str, Set[str]] | None = None
    ):
        self._words = words
        self._keys = keys or {}
        self._vocab: dict[str, str] = {}
        self._tokens: dict[str, str] = {}

    def _tokens_of(self, ident: str) -> str:
        """Each word one character of a string made for this group: rapidfuzz compares
        strings many times faster than lists of words (and a one-to-one code keeps every
        similarity as it is)."""
        got = self._tokens.get(ident)
        if got is None:
            out = []
            for w in self._words(ident):
                c = self._vocab.get(w)
                if c is None:
                    c = self._vocab[w] = chr(0x10000 + len(self._vocab))
                out.append(c)
            got = self._tokens[ident] = "".join(out)
        return got

    def similarity(self, a: str, b: str, cutoff: float = 0.0) -> float:
        """Word-level Indel similarity of two documents' texts, 0 when under `cutoff`."""
        ta, tb = self._tokens_of(a), self._tokens_of(b)
        if not ta or not tb or 2 * min(len(ta), len(tb)) / (len(ta) + len(tb)) < cutoff:
            return 0.0  # the lengths alone keep them under the bar
        return Indel.normalized_similarity(ta, tb, score_cutoff=cutoff)

    def related(self, a: str, b: str) -> bool:
        """Do the two share a paragraph word for word?"""
        return not self._keys.get(a, set()).isdisjoint(self._keys.get(b, ()))
