"""Akoma Ntoso export of the whole corpus, against JSON export of the same records.

    .venv/bin/python bench/akn.py [CORPUS.jsonl.gz]

Parses every corpus document once (not timed), then times, over all of them: the JSON
form (baseline: `to_json` + `json.dumps`), AKN export (`to_akn`), finding citations and
exporting with their links (what `clausewise export --akn` does), schema validation of
the exports, and reading them back (`parse_bytes`). Goal: AKN export under 60 s.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from common import CORPUS, machine

from clausewise import parse_bytes, parse_text
from clausewise.enrich.cites import cites
from clausewise.export.akn import to_akn, validate
from clausewise.ingest.corpus import iter_texts
from clausewise.model import to_json


def timed(fn, items):
    """CPU seconds of this process (single-threaded work: wall time would measure the
    neighbours on a shared machine too), and the results."""
    t0 = time.process_time()
    out = [fn(x) for x in items]
    return time.process_time() - t0, out


def main(path: Path) -> None:
    if not path.exists():
        sys.exit(f"corpus not found at {path} (set CLAUSEWISE_SHARED or pass the path)")
    docs = [parse_text(text, f, sym, strict=False) for f, sym, text in iter_texts(path)]
    t_json, js = timed(lambda d: json.dumps(to_json(d), ensure_ascii=False).encode(), docs)
    t_akn, xs = timed(to_akn, docs)
    t_cites, found = timed(cites, docs)
    t_linked, _ = timed(lambda dc: to_akn(*dc), list(zip(docs, found, strict=True)))
    t_val, errs = timed(validate, xs)
    t_back, backs = timed(lambda x: parse_bytes(x, "bench.xml"), xs)
    invalid = sum(1 for e in errs if e)
    same = sum(1 for d, b in zip(docs, backs, strict=True) if to_json(d) == to_json(b))
    mb_json = sum(map(len, js)) / 1e6
    mb_akn = sum(map(len, xs)) / 1e6
    n = len(docs)
    print(f"{machine()}; CPU seconds of one process\n")
    print(f"{n} corpus documents; {invalid} invalid; {same}/{n} read back equal\n")
    print("| step | seconds | ms/doc | output MB | × JSON |")
    print("|---|---:|---:|---:|---:|")
    rows = [
        ("JSON export (baseline)", t_json, mb_json),
        ("AKN export (`to_akn`)", t_akn, mb_akn),
        ("citations (`cites`, for the links)", t_cites, None),
        ("AKN export with citation links", t_linked, None),
        ("AKN schema validation", t_val, None),
        ("AKN import (`parse_bytes`)", t_back, None),
    ]
    for name, t, mb in rows:
        size = f"{mb:.1f}" if mb is not None else ""
        print(f"| {name} | {t:.2f} | {1000 * t / n:.2f} | {size} | {t / t_json:.1f} |")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else CORPUS)
