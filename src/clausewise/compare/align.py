"""Paragraph alignment between two versions: which old paragraph became which new one.

Pure functions over `Unit`s (a paragraph reduced to what alignment needs). The stages, in
order, each working only on what the earlier ones left unpaired:

1. exact anchors per part (preamble, operative, annex): identical normalised text;
   the longest increasing run of them is the backbone, the other exact matches are moves;
2. exact matches across parts (a preambular paragraph that became operative, verbatim);
3. similar pairs per part: rapidfuzz Indel similarity on word tokens for every leftover
   pair (`process.cdist`, in C), then an optimal assignment (scipy's
   `linear_sum_assignment`): greedy best-first pairing can strand a paragraph whose only
   good partner was taken by a slightly better match elsewhere;
4. the same across parts, with a higher bar;
5. a second increasing-run pass per part over backbone + similar pairs, weighted so the
   exact backbone always stays: a similar pair off that run is "moved and modified";
6. splits and merges: an unpaired paragraph whose text, joined with an adjacent paired
   or unpaired neighbour, covers its counterpart far better than either alone.

Whatever is left is inserted or deleted.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cached_property

import numpy as np
from rapidfuzz import process
from rapidfuzz.distance import Indel
from scipy.optimize import linear_sum_assignment

from .words import fold

# Similarity bars (Indel normalised similarity on word tokens, 0..1). Chosen on the seeds and
# the corpus series: 0.5 within a part keeps a reworded paragraph paired (000/001 -> 004
# "Reaffirming that dialogue ..." vs "Recognizing also that dialogue ..." is 0.8) while two
# different paragraphs that share boilerplate ("Requests the Secretary-General to submit
# ... at its seventy-third session") stay apart; across parts a pair must be closer.
PAIR_MIN = 0.5
CROSS_MIN = 0.6
MOVED_MIN = 0.6  # a similar pair off the backbone (moved and modified)
EXACT_WEIGHT = 2.0  # weight of a verbatim pair in the second run (a similar pair: its similarity)
# Slight preference for partners at the same relative place, so that near-duplicate
# paragraphs pair in order rather than crosswise; small enough never to beat real similarity.
PLACE_WEIGHT = 0.02
CONTAIN_WEIGHT = 0.7  # containment of the shorter text counts this much (0.7 * 1.0 >= PAIR_MIN)
CONTAIN_MIN_WORDS = 15  # shorter texts share a phrase too easily ("Guided by the Charter ...")
SPLIT_MIN = 0.75  # joined parts vs the whole
SPLIT_GAIN = 0.03  # the joined parts must beat the best single partner by this much
PART_COVER = 0.6  # share of each part's words found in the whole ...
WHOLE_SHARE = 0.1  # ... and the share of the whole each part accounts for
NARROW_GAP = 12  # a gap this small is searched whole for the pieces of a split


@dataclass(frozen=True)
class Unit:
    part: str  # preamble | operative | annex
    index: int  # position within its part
    key: str  # normalised text: identical keys are identical paragraphs
    text: str

    @cached_property
    def tokens(self) -> tuple[str, ...]:
        """Word tokens for similarity; only the paragraphs left after exact matching need
        them, so they are made on first use."""
        return word_tokens(self.text)

    @cached_property
    def vocab(self) -> frozenset[str]:
        return frozenset(self.tokens)


_WORD = re.compile(r"\w+(?:[-']\w+)*|[^\w\s]")


def word_tokens(text: str) -> tuple[str, ...]:
    """Lower-cased word and punctuation tokens, typography folded: what similarity counts."""
    return tuple(_WORD.findall(fold(text).lower()))


# how a pair was made
EXACT, SIMILAR = "exact", "similar"


@dataclass(frozen=True, slots=True)
class Pair:
    old: int  # position in the old unit list
    new: int
    how: str  # exact | similar
    moved: bool
    similarity: float


@dataclass(frozen=True, slots=True)
class Group:
    """A split (one old -> several consecutive new) or a merge (several old -> one new)."""

    old: tuple[int, ...]
    new: tuple[int, ...]
    similarity: float

    @property
    def is_split(self) -> bool:
        return len(self.old) == 1


@dataclass(frozen=True, slots=True)
class Alignment:
    pairs: tuple[Pair, ...]
    groups: tuple[Group, ...]
    deleted: tuple[int, ...]
    inserted: tuple[int, ...]


def align(old: list[Unit], new: list[Unit]) -> Alignment:
    parts = list(dict.fromkeys([u.part for u in old] + [u.part for u in new]))
    old_free = set(range(len(old)))
    new_free = set(range(len(new)))
    pairs: dict[int, Pair] = {}  # by old position

    def take(o: int, n: int, how: str, moved: bool, sim: float) -> None:
        pairs[o] = Pair(o, n, how, moved, sim)
        old_free.discard(o)
        new_free.discard(n)

    # 1. exact anchors per part, backbone by longest increasing run
    for part in parts:
        matches = _exact([o for o in old_free if old[o].part == part], new_free, old, new, part)
        on_run = set(_lis([n for _, n in matches]))
        for i, (o, n) in enumerate(matches):
            take(o, n, EXACT, i not in on_run, 1.0)
    # 2. exact across parts
    for o, n in _exact(sorted(old_free), new_free, old, new, None):
        take(o, n, EXACT, True, 1.0)
    # 3. similar pairs per part; 4. across parts
    for part in parts:
        os_ = sorted(o for o in old_free if old[o].part == part)
        ns = sorted(n for n in new_free if new[n].part == part)
        for o, n, sim in _assign(os_, ns, old, new, PAIR_MIN):
            take(o, n, SIMILAR, False, sim)
    for o, n, sim in _assign(sorted(old_free), sorted(new_free), old, new, CROSS_MIN):
        take(o, n, SIMILAR, True, sim)
    # 5. in place or moved: a second increasing run per part over every pair that stayed in
    # its part, exact ones weighing more than similar ones but not without limit: a run of
    # several reworded paragraphs in order outweighs one verbatim paragraph that moved
    # across them (A/RES/79/168 -> A/HRC/RES/48/8: "Takes note of the report" went from
    # OP 3 to OP 16; the eight reworded paragraphs it jumped over did not move)
    for part in parts:
        cands = sorted(
            (p for p in pairs.values() if old[p.old].part == part and new[p.new].part == part),
            key=lambda p: p.old,
        )
        weights = [EXACT_WEIGHT if p.how == EXACT else p.similarity for p in cands]
        keep = set(_weighted_lis([p.new for p in cands], weights))
        for i, p in enumerate(cands):
            pairs[p.old] = Pair(p.old, p.new, p.how, i not in keep, p.similarity)
    # a paragraph both moved and reworded must be closer to its partner than one reworded
    # in place: the place no longer vouches for the pairing
    for p in list(pairs.values()):
        if p.moved and p.how == SIMILAR and p.similarity < MOVED_MIN:
            del pairs[p.old]
            old_free.add(p.old)
            new_free.add(p.new)
    # 6. splits and merges
    groups = _groups(old, new, pairs, old_free, new_free)
    return Alignment(
        pairs=tuple(sorted(pairs.values(), key=lambda p: p.new)),
        groups=tuple(groups),
        deleted=tuple(sorted(old_free)),
        inserted=tuple(sorted(new_free)),
    )


def _exact(old_ids, new_free, old, new, part):
    """(old, new) pairs of identical keys, in old order; the k-th copy pairs with the k-th."""
    by_key: dict[str, list[int]] = {}
    for n in sorted(new_free):
        if part is None or new[n].part == part:
            by_key.setdefault(new[n].key, []).append(n)
    out = []
    for o in sorted(old_ids):
        queue = by_key.get(old[o].key)
        if queue:
            out.append((o, queue.pop(0)))
    return out


def _lis(seq: list[int]) -> list[int]:
    """Indices of one longest strictly increasing subsequence (patience sorting, n log n)."""
    tails: list[int] = []  # values
    tail_idx: list[int] = []
    prev = [-1] * len(seq)
    for i, v in enumerate(seq):
        k = bisect.bisect_left(tails, v)
        if k == len(tails):
            tails.append(v)
            tail_idx.append(i)
        else:
            tails[k] = v
            tail_idx[k] = i
        prev[i] = tail_idx[k - 1] if k else -1
    out, i = [], tail_idx[-1] if tail_idx else -1
    while i >= 0:
        out.append(i)
        i = prev[i]
    return out[::-1]


def _weighted_lis(seq: list[int], weights: list[float]) -> list[int]:
    """Indices of the heaviest strictly increasing subsequence (Fenwick tree over ranks)."""
    if not seq:
        return []
    ranks = {v: r + 1 for r, v in enumerate(sorted(set(seq)))}
    size = len(ranks)
    tree = [(0, -1)] * (size + 1)  # (best weight, index) of runs ending below a rank
    best = [0] * len(seq)
    prev = [-1] * len(seq)
    for i, v in enumerate(seq):
        r = ranks[v] - 1  # strictly increasing: query ranks below
        q, j = (0, -1), r
        while j > 0:
            if tree[j][0] > q[0]:
                q = tree[j]
            j -= j & -j
        best[i], prev[i] = q[0] + weights[i], q[1]
        j = ranks[v]
        while j <= size:
            if best[i] > tree[j][0]:
                tree[j] = (best[i], i)
            j += j & -j
    i = max(range(len(seq)), key=best.__getitem__)
    out = []
    while i >= 0:
        out.append(i)
        i = prev[i]
    return out[::-1]


def similarity(a: tuple[str, ...], b: tuple[str, ...]) -> float:
    return Indel.normalized_similarity(a, b)


def _assign(os_, ns, old, new, floor):
    """Optimal one-to-one pairing of the leftovers by token similarity, pairs >= floor."""
    if not os_ or not ns:
        return []
    dist = process.cdist(
        [old[o].tokens for o in os_],
        [new[n].tokens for n in ns],
        scorer=Indel.distance,
        dtype=np.int32,
        workers=1,
    )
    la = np.array([len(old[o].tokens) for o in os_], dtype=np.float64)[:, None]
    lb = np.array([len(new[n].tokens) for n in ns], dtype=np.float64)[None, :]
    total = np.maximum(la + lb, 1)
    sims = 1 - dist / total
    # a paragraph cut down to its first half (a list of resolutions dropped) or grown by a
    # long tail is still the same paragraph: credit containment of the shorter one
    lcs = (la + lb - dist) / 2
    short = np.minimum(la, lb)
    contain = np.where(short >= CONTAIN_MIN_WORDS, lcs / np.maximum(short, 1), 0.0)
    sims = np.maximum(sims, CONTAIN_WEIGHT * contain)
    # relative place of each paragraph in its part, for the tie-break
    po = np.array(_places(old, os_))[:, None]
    pn = np.array(_places(new, ns))[None, :]
    score = np.where(sims >= floor, sims + PLACE_WEIGHT * (1 - np.abs(po - pn)), 0.0)
    rows, cols = linear_sum_assignment(score, maximize=True)
    return [
        (os_[r], ns[c], float(sims[r, c])) for r, c in zip(rows, cols, strict=True) if score[r, c]
    ]


def _places(units, ids):
    """Relative place (0..1) of each unit within its part."""
    size: dict[str, int] = {}
    for u in units:
        size[u.part] = size.get(u.part, 0) + 1
    return [units[i].index / max(size[units[i].part] - 1, 1) for i in ids]


def _groups(old, new, pairs, old_free, new_free):
    """Splits and merges among what is left (and pairs that a split explains better). The
    pieces of a split stand where the whole stood: between the counterparts of its nearest
    neighbours that stayed in place (which also keeps unrelated documents from costing a
    search of every paragraph against every run)."""
    by_new = {p.new: p for p in pairs.values()}
    groups = []
    # split: an old paragraph (unpaired, or similar-paired) -> run of consecutive new ones
    gap = _gaps({p.old: p.new for p in pairs.values() if not p.moved}, len(new))
    for o in sorted(set(old_free) | {p.old for p in pairs.values() if p.how == SIMILAR}):
        g = _grow(old[o], new, new_free, pairs.get(o), False, gap(o))
        if g:
            run, sim = g
            groups.append(Group((o,), run, sim))
            _release(pairs, by_new, old_free, new_free, o, run)
    by_old = {p.old: p for p in pairs.values()}
    by_new = {p.new: p for p in pairs.values()}
    gap = _gaps({p.new: p.old for p in pairs.values() if not p.moved}, len(old))
    for n in sorted(set(new_free) | {p.new for p in pairs.values() if p.how == SIMILAR}):
        current = by_new.get(n)
        g = _grow(new[n], old, old_free, current, True, gap(n))
        if g:
            run, sim = g
            groups.append(Group(run, (n,), sim))
            if current:
                del pairs[current.old]
                by_old.pop(current.old, None)
                by_new.pop(n, None)
                if current.old not in run:
                    old_free.add(current.old)
            new_free.discard(n)
            for o in run:
                old_free.discard(o)
    return groups


def _gaps(stay: dict[int, int], size: int):
    """For a position on one side, the open range on the other side between the
    counterparts of its nearest in-place neighbours."""
    keys = sorted(stay)

    def gap(i: int) -> tuple[int, int]:
        k = bisect.bisect_left(keys, i)
        lo = stay[keys[k - 1]] if k > 0 else -1
        hi = stay[keys[k]] if k < len(keys) and keys[k] == i else None
        if hi is None:
            hi = stay[keys[k]] if k < len(keys) else size
        else:  # i itself stayed (a similar pair): the gap around its partner
            hi = stay[keys[k + 1]] if k + 1 < len(keys) else size
        return lo, hi

    return gap


def _release(pairs, by_new, old_free, new_free, o, run):
    """Take `o` and the new paragraphs of `run` out of their pairs: they form a group now."""
    p = pairs.pop(o, None)
    if p:
        by_new.pop(p.new, None)
        if p.new not in run:
            new_free.add(p.new)
    old_free.discard(o)
    for n in run:
        q = by_new.pop(n, None)
        if q:
            pairs.pop(q.old, None)
        new_free.discard(n)


def _grow(whole: Unit, other, other_free, current, merge, gap):
    """The best run of >= 2 consecutive units of `other` (same part, inside `gap`) that
    together match `whole`; each must be free or be the similar partner (`current`) of
    `whole` itself. None when no run qualifies."""
    best_single = current.similarity if current else 0.0
    ok = other_free if current is None else other_free | {current.old if merge else current.new}
    lo, hi = gap
    if current is not None and current.moved:
        return None  # splits and merges are in place: the pieces stand where the whole stood
    seeds = range(max(lo + 1, 0), min(hi, len(other)) - 1)
    if current is not None:  # a paired paragraph splits around its partner
        at = current.old if merge else current.new
        seeds = [i for i in (at - 1, at) if i in seeds]
    # in a wide gap (or between unrelated texts) only runs that open as `whole` opens are
    # tried: the first piece of a split keeps the paragraph's lead
    narrow = hi - lo <= NARROW_GAP
    seeds = [
        i
        for i in seeds
        if i in ok
        and i + 1 in ok
        and (i in other_free or i + 1 in other_free)
        and (narrow or other[i].tokens[:1] == whole.tokens[:1])
    ]
    best = None
    for s in seeds:
        if _cover(whole, other[s]) < PART_COVER:
            continue
        run, toks, sim = [s], list(other[s].tokens), 0.0
        i = s + 1
        while i < min(hi, len(other)) and i in ok and other[i].part == other[s].part:
            if _cover(whole, other[i]) < PART_COVER:
                break
            nsim = similarity(whole.tokens, tuple(toks + list(other[i].tokens)))
            if nsim <= max(sim, similarity(whole.tokens, tuple(toks))):
                break
            run.append(i)
            toks.extend(other[i].tokens)
            sim = nsim
            i += 1
        if (
            len(run) >= 2
            and sim >= SPLIT_MIN
            and sim >= best_single + SPLIT_GAIN
            and (best is None or sim > best[1])
        ):
            best = (tuple(run), sim)
    return best


def _cover(whole_unit: Unit, part_unit: Unit) -> float:
    """Share of `part`'s tokens that align with `whole` (LCS length / len(part)), zero when
    `part` would account for too little of `whole` to be one of its pieces."""
    whole, part = whole_unit.tokens, part_unit.tokens
    if not part or not whole:
        return 0.0
    # a cheap screen first: the share of distinct words in common, with a margin below the
    # bar (repeated words make it only a rough bound)
    if len(part_unit.vocab & whole_unit.vocab) < (PART_COVER - 0.2) * len(part_unit.vocab):
        return 0.0
    lcs = (len(whole) + len(part) - Indel.distance(whole, part)) / 2
    return lcs / len(part) if lcs / len(whole) >= WHOLE_SHARE else 0.0
