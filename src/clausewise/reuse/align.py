"""Stage 3, alignment: how two paragraphs' words relate (exact, near, shared, or not at all).

The trace and the reuse graph both call `relate`, so a `Match` and an `Edge` for the same
two paragraphs carry the same relation, similarity and shared runs.
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz.distance import Indel

from ..library.shingles import MIN_SPAN

NEAR = 0.8  # word-level similarity from which two paragraphs are near-duplicates

__all__ = ["MIN_SPAN", "NEAR", "Alignment", "relate", "shared_spans"]


@dataclass(frozen=True, slots=True)
class Alignment:
    relation: str  # exact | near | shared
    similarity: float  # Indel normalized similarity over the words, unrounded
    shared: tuple[str, ...]  # runs of MIN_SPAN words or more, longest first


def shared_spans(a: list[str], b: list[str]) -> list[str]:
    """Runs of at least MIN_SPAN words that `a` and `b` share, longest first."""
    spans = [
        " ".join(a[op.src_start : op.src_end])
        for op in Indel.opcodes(a, b)
        if op.tag == "equal" and op.src_end - op.src_start >= MIN_SPAN
    ]
    return sorted(spans, key=len, reverse=True)


def relate(a: list[str], b: list[str], same_exact: bool) -> Alignment | None:
    """`a`'s words against `b`'s (`same_exact`: their exact keys are equal); None when they
    share neither most of their words nor a run of MIN_SPAN."""
    sim = Indel.normalized_similarity(a, b)
    spans = shared_spans(a, b)
    if same_exact:
        relation = "exact"
    elif sim >= NEAR:
        relation = "near"
    elif spans:
        relation = "shared"
    else:
        return None
    return Alignment(relation, sim, tuple(spans))
