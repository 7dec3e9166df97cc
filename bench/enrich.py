"""Citations and mandates over the whole corpus, against parsing the same corpus (the
baseline, measured in the same run): the ratio says what enrichment costs over parsing.

    .venv/bin/python bench/enrich.py [CORPUS]

Prints a markdown table. The issue's bar: citations and mandates for the whole corpus in
under 30 seconds.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from clausewise import parse_text
from clausewise.enrich.cites import cites
from clausewise.enrich.mandates import mandates
from clausewise.ingest.corpus import iter_texts

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("CLAUSEWISE_SHARED", ROOT.parent / "shared"))


def main(path: Path) -> None:
    texts = list(iter_texts(path))
    # wall-clock seconds, and CPU seconds (steadier on a shared machine)
    w0, c0 = time.perf_counter(), time.process_time()
    docs = [parse_text(text, f, sym, strict=False) for f, sym, text in texts]
    t_parse, c_parse = time.perf_counter() - w0, time.process_time() - c0
    w0, c0 = time.perf_counter(), time.process_time()
    n_cites = sum(len(cites(d)) for d in docs)
    t_cites, c_cites = time.perf_counter() - w0, time.process_time() - c0
    w0, c0 = time.perf_counter(), time.process_time()
    n_mandates = sum(len(mandates(d)) for d in docs)
    t_mandates, c_mandates = time.perf_counter() - w0, time.process_time() - c0
    t_enrich, c_enrich = t_cites + t_mandates, c_cites + c_mandates
    chars = sum(len(t) for _, _, t in texts)
    print(f"{len(docs)} documents, {chars / 1e6:.1f} million characters\n")
    print("| step | wall s | CPU s | found | ratio to parsing (CPU) |")
    print("|---|---:|---:|---:|---:|")
    rows = [
        ("parse (baseline)", t_parse, c_parse, f"{len(docs)} documents"),
        ("cites", t_cites, c_cites, f"{n_cites} citations"),
        ("mandates", t_mandates, c_mandates, f"{n_mandates} mandates"),
        ("cites + mandates", t_enrich, c_enrich, ""),
    ]
    for name, wall, cpu, found in rows:
        print(f"| {name} | {wall:.1f} | {cpu:.1f} | {found} | {cpu / c_parse:.2f} |")
    verdict = "under" if t_enrich < 30 else "OVER"
    print(f"\ncites + mandates: {t_enrich:.1f} s for the whole corpus ({verdict} the 30 s bar)")


if __name__ == "__main__":
    corpus = (
        Path(sys.argv[1]) if len(sys.argv) > 1 else SHARED / "corpus" / "un-paragraphs.jsonl.gz"
    )
    if not corpus.exists():
        sys.exit(f"corpus not found at {corpus} (pass its path or set CLAUSEWISE_SHARED)")
    main(corpus)
