"""Build `src/clausewise/data/vocabulary.tsv.gz`: the words of the development corpus with
their counts, which the PDF reader uses to repair line-end hyphenation ("recog-nize" is
"recognize", "drug-resistant" keeps its hyphen).

    .venv/bin/python scripts/build_vocabulary.py [../shared/corpus/un-paragraphs.jsonl.gz]

Words seen once are left out: they are mostly the corpus's own typing slips, and a hapax
cannot outvote a real spelling anyway. Hyphenated compounds are kept as written.
"""

from __future__ import annotations

import gzip
import os
import re
import sys
from collections import Counter
from pathlib import Path

from clausewise.ingest.corpus import iter_jsonl

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("CLAUSEWISE_SHARED", ROOT.parent / "shared"))
DEFAULT = SHARED / "corpus" / "un-paragraphs.jsonl.gz"
OUT = ROOT / "src" / "clausewise" / "data" / "vocabulary.tsv.gz"
WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")


def main() -> None:
    src = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    counts: Counter[str] = Counter()
    for doc in iter_jsonl(src):
        for block in doc["blocks"]:
            counts.update(w.lower() for w in WORD.findall(block.get("text") or ""))
    rows = sorted((w, n) for w, n in counts.items() if n >= 2)
    text = "".join(f"{w}\t{n}\n" for w, n in rows)
    # mtime=0: the same corpus gives the same bytes
    OUT.write_bytes(gzip.compress(text.encode(), compresslevel=9, mtime=0))
    print(f"{OUT.relative_to(ROOT)}: {len(rows)} words, {OUT.stat().st_size} bytes")


if __name__ == "__main__":
    main()
