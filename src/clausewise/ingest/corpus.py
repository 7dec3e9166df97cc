"""The corpus's JSONL form (`{"file": "A_RES_70_153", "blocks": [...]}`, gzipped or not)
-> clean paragraph text, one block per paragraph, operative numbers as "N.<tab>".

This is also how `clausewise add` reads a JSONL file: each line is one document whose
symbol is its file name.
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Iterator
from pathlib import Path

from ..symbols import normalise
from .volumes import excerpt

# The year-over-year series the corpus README names (file names, in session order):
# "Human rights and extreme poverty" and "Promotion of a democratic and equitable
# international order" (the Assembly's, then the Council's).
SERIES = (
    ("A_RES_67_164", "A_RES_69_183", "A_RES_71_186", "A_RES_73_163", "A_RES_75_175",
     "A_RES_77_223", "A_RES_79_178"),
    ("A_RES_71_190", "A_RES_72_172", "A_RES_78_196", "A_RES_79_168", "A_HRC_RES_48_8",
     "A_HRC_RES_51_11", "A_HRC_RES_57_7"),
)  # fmt: skip


def symbol_from_filename(name: str) -> str:
    """ "A_HRC_RES_46_13" -> "A/HRC/RES/46/13"; "A_RES_72_262_C" -> "A/RES/72/262C"."""
    stem = re.sub(r"\.(txt|pdf|docx?|json)$", "", name)
    stem = re.sub(r"_([A-Z])$", r"\1", stem)
    return normalise(stem.replace("_", "/"))


def render(blocks: list[dict]) -> str:
    """Blocks -> clean text: prefixes ("15.", "(a)", "II") before their text, a tab between."""
    out = []
    for b in blocks:
        text = (b.get("text") or "").strip()
        if not text:
            continue
        prefix = (b.get("prefix") or "").strip()
        out.append(f"{prefix}\t{text}" if prefix else text)
    return "\n\n".join(out) + "\n"


def iter_jsonl(path: str | Path) -> Iterator[dict]:
    """Each document of a corpus JSONL file (plain or gzipped)."""
    p = Path(path)
    opener = gzip.open if p.suffix == ".gz" else open
    with opener(p, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def iter_texts(path: str | Path) -> Iterator[tuple[str, str, str]]:
    """(file name, symbol, clean text) for each document of a corpus file."""
    for doc in iter_jsonl(path):
        symbol = symbol_from_filename(doc["file"])
        # an old-style file is a page of its session's volume: its own resolution only
        yield doc["file"], symbol, excerpt(render(doc["blocks"]), symbol)
