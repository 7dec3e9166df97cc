"""Parser throughput over the whole corpus, on one core.

    .venv/bin/python bench/parse.py

Baseline, in the same run: the least any reader of these texts pays — split each text into
blocks at blank lines and try one operative-number regex on each block. The ratio says how
many times that floor a full parse (header, structure, items, footnotes) costs.

Where the parser runs compiled (setup.py, clausewise.compiled), the same parse is timed
again in a child process that reads the parser from source (CLAUSEWISE_PURE=1): what the
compilation buys, on the same machine in the same run.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys

from common import CORPUS, best_of, machine

from clausewise import compiled, parse_text
from clausewise.ingest.corpus import iter_texts

_BLANK = re.compile(r"\n\s*\n")
_NUM = re.compile(r"(\d{1,3})\.\s")


def floor(docs) -> int:
    n = 0
    for _, _, text in docs:
        for block in _BLANK.split(text):
            if _NUM.match(block):
                n += 1
    return n


def full(docs) -> None:
    for f, sym, text in docs:
        parse_text(text, f, sym, strict=False)


def from_source() -> float:
    """The parse's seconds with the parser read from source, in a child process."""
    env = {**os.environ, "CLAUSEWISE_PURE": "1"}
    out = subprocess.run(
        [sys.executable, __file__, "--parse-only"],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    return float(out.stdout)


def main(argv: list[str]) -> int:
    if not CORPUS.exists():
        print(f"corpus not found at {CORPUS}", file=sys.stderr)
        return 1
    docs = list(iter_texts(CORPUS))
    if argv[:1] == ["--parse-only"]:
        print(best_of(lambda: full(docs), repeat=5))
        return 0
    mb = sum(len(t.encode()) for _, _, t in docs) / 1e6
    base = best_of(lambda: floor(docs))
    parse = best_of(lambda: full(docs), repeat=5)
    status = compiled.status()
    rows = [("baseline: blank-line split + one regex", base), ("clausewise parse", parse)]
    if status.startswith("parser compiled"):
        rows.append(("the same parse, parser from source", from_source()))
    print(f"machine: {machine()}; corpus: {len(docs)} documents, {mb:.1f} MB; {status}\n")
    print("| what | seconds | documents/s | MB/s |")
    print("|---|---:|---:|---:|")
    for name, t in rows:
        print(f"| {name} | {t:.2f} | {len(docs) / t:,.0f} | {mb / t:.1f} |")
    print(f"\nparse costs {parse / base:.1f}x the baseline")
    if len(rows) > 2:
        print(f"compiled, it runs {rows[2][1] / parse:.2f}x as fast as from source")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
