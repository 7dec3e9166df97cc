"""Snapshot every record the parser makes, then check a rewrite makes the same ones.

    .venv/bin/python scripts/parse_snapshot.py save  [FILE]   # before the change
    .venv/bin/python scripts/parse_snapshot.py check [FILE]   # after it: lists what differs

A speed rewrite of the parser must not change what it reads. The tests hold the cases we
know; this holds everything we have: the whole corpus rendered as clean text, the seeds
(PDF-extracted text with markdown artefacts) and the real PDFs, each record's JSON form.
"""

from __future__ import annotations

import gzip
import json
import os
import sys
from pathlib import Path

from clausewise import parse_file, parse_text
from clausewise.errors import InputError
from clausewise.ingest.corpus import iter_texts
from clausewise.model import to_json

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("CLAUSEWISE_SHARED", ROOT.parent / "shared"))
DEFAULT = Path("/tmp/clausewise-parse-snapshot.json.gz")


def records() -> dict[str, str]:
    out: dict[str, str] = {}

    def put(key: str, make) -> None:
        try:
            out[key] = json.dumps(to_json(make()), sort_keys=True, ensure_ascii=False)
        except InputError as exc:
            out[key] = f"InputError: {exc}"

    for path in sorted((ROOT / "examples" / "seeds").glob("*.txt")):
        put(path.name, lambda p=path: parse_file(p))
    for path in sorted((SHARED / "pdf").glob("*.pdf")):
        put(path.name, lambda p=path: parse_file(p))
    corpus = SHARED / "corpus" / "un-paragraphs.jsonl.gz"
    for name, symbol, text in iter_texts(corpus):
        put(name, lambda t=text, n=name, s=symbol: parse_text(t, n, s, strict=False))
    return out


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("save", "check"):
        print(__doc__, file=sys.stderr)
        return 2
    path = Path(argv[1]) if len(argv) > 1 else DEFAULT
    now = records()
    if argv[0] == "save":
        with gzip.open(path, "wt", encoding="utf-8") as fh:
            json.dump(now, fh)
        print(f"saved {len(now)} records to {path}")
        return 0
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        before = json.load(fh)
    differ = sorted(k for k in before.keys() | now.keys() if before.get(k) != now.get(k))
    for key in differ[:20]:
        print(f"differs: {key}")
    print(f"{len(now)} records, {len(differ)} differ")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
