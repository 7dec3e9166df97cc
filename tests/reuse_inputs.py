"""Inputs for the reuse graph's tests, made from real text: the seeds, a same-day revision
of the seed draft, and a corpus sample (both series, a slice of the rest, one document
given again with a changed text and one given again unchanged); and a library's documents
as draft linking takes them."""

from __future__ import annotations

import gzip
import json
import sqlite3
from pathlib import Path

from clausewise.ingest.corpus import SERIES
from clausewise.library.rows import DOCUMENT_COLUMNS, PARAGRAPH_COLUMNS
from clausewise.reuse import LinkDoc, link_doc

from .conftest import SEED_000

EVERY = 40  # one corpus document in 40, beside the series


def revised_draft(folder: Path) -> Path:
    """Seed 000 revised on the day it was issued (one paragraph reworded): two drafts of one
    title, session and date, which draft links must tell apart the same way everywhere."""
    text = SEED_000.read_text(encoding="utf-8")
    assert "Emphasizing the need for further progress" in text
    out = folder / "000_rev1.txt"
    out.write_text(
        text.replace("Emphasizing the need for further", "Emphasizing the urgent need for further"),
        encoding="utf-8",
    )
    return out


def corpus_sample(corpus: Path, folder: Path) -> tuple[Path, Path]:
    """(sample, again): the series and every EVERY-th document; then a second file holding
    one sampled document with a reworded paragraph (it replaces the first text) and one
    unchanged (already present)."""
    keep = {f for s in SERIES for f in s}
    sample, picked = folder / "sample.jsonl.gz", []
    with gzip.open(corpus, "rt", encoding="utf-8") as src, gzip.open(sample, "wt") as dst:
        for i, line in enumerate(src):
            rec = json.loads(line)
            if rec["file"] in keep or i % EVERY == 0:
                dst.write(line)
                picked.append(rec)
    changed = next(r for r in picked if r["file"] == "A_RES_73_163")  # extreme poverty
    para = next(b for b in changed["blocks"] if b.get("paragraph_type") == "operative")
    para["text"] = "Welcomes warmly " + para["text"]
    again = folder / "again.jsonl"
    with open(again, "w", encoding="utf-8") as dst:
        dst.write(json.dumps(changed, ensure_ascii=False) + "\n")
        dst.write(json.dumps(picked[-1], ensure_ascii=False) + "\n")
    return sample, again


def library_link_docs(conn: sqlite3.Connection) -> list[LinkDoc]:
    """Every document of a library as `reuse.draft_links` takes it, made from the rows the
    library stores as the Spark job makes it from the same rows."""
    cols = ", ".join(f'"{c}"' for c in DOCUMENT_COLUMNS)
    paras = ", ".join(f'"{c}"' for c in PARAGRAPH_COLUMNS)
    return [
        link_doc(
            tuple(d)[1:],
            conn.execute(f"SELECT {paras} FROM paragraphs WHERE doc = ? ORDER BY ord", (d[0],)),
        )
        for d in conn.execute(f"SELECT n, {cols} FROM documents ORDER BY n").fetchall()
    ]
