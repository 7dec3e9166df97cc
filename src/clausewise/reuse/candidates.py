"""Stage 2, candidates: paragraphs that share a key held by few enough paragraphs.

A posting is the list of paragraphs holding one fingerprint (or one exact key). A posting
longer than `DF_CAP` is boilerplate and proposes nothing; without the cap a phrase like
"Recalling its previous resolutions on" would pair every paragraph holding it with every
other, and the pairs would grow with the square of the collection.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

DF_CAP = 100  # a key held by more paragraphs than this is boilerplate


def shared_counts(me: int, postings: Iterable[Sequence[int]], cap: int = DF_CAP) -> Counter[int]:
    """How many capped postings each other paragraph shares with paragraph `me` (in order
    of first appearance: the trace ranks ties that way). A posting read with `LIMIT cap + 1`
    is enough to tell it is over the cap."""
    counts: Counter[int] = Counter()
    for posting in postings:
        if len(posting) > cap:
            continue
        for p in posting:
            if p != me:
                counts[p] += 1
    return counts


def mates(me: int, postings: Iterable[Sequence[int]], cap: int = DF_CAP) -> set[int]:
    """The paragraphs that make a candidate pair with `me`: they share at least one capped
    posting (its fingerprints' postings and its exact key's)."""
    return set(shared_counts(me, postings, cap))
