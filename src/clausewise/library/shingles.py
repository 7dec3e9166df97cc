"""Word shingles and their winnowed fingerprints: the reuse index's keys.

A paragraph's k-word shingles are hashed (stable across processes: blake2b per word, then
a polynomial mix); winnowing (Schleimer, Wilkerson and Aiken, 2003) keeps the smallest
hash of every window of `W` consecutive shingles. Any run of at least K + W - 1 = 8 shared
words therefore shares at least one fingerprint, while the index stores about 40% of the
shingles rather than all of them.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache

K = 5  # words per shingle
W = 4  # shingles per winnowing window
MIN_SPAN = K + W - 1  # a shared run this long is always found

_MASK = (1 << 63) - 1  # SQLite integers are signed 64-bit
_MUL = 1_000_003


@lru_cache(maxsize=500_000)
def _word_hash(word: str) -> int:
    return int.from_bytes(hashlib.blake2b(word.encode(), digest_size=8).digest(), "little")


_TOP = pow(_MUL, K - 1, 1 << 63)  # weight of the word leaving the rolling window


def shingle_hashes(words: list[str]) -> list[int]:
    """The hash of every K-word shingle, in order (a rolling polynomial hash: one step per
    word, not K)."""
    hs = [_word_hash(w) for w in words]
    if len(hs) < K:
        return []
    h = 0
    for x in hs[:K]:
        h = (h * _MUL + x) & _MASK
    out = [h]
    for i in range(K, len(hs)):
        h = ((h - hs[i - K] * _TOP) * _MUL + hs[i]) & _MASK
        out.append(h)
    return out


def fingerprints(words: list[str]) -> set[int]:
    """The winnowed shingle hashes of a paragraph (all of them when it is short)."""
    hs = shingle_hashes(words)
    if len(hs) <= W:
        return set(hs)
    return {min(hs[i : i + W]) for i in range(len(hs) - W + 1)}
