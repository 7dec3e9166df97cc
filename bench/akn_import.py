"""Import of the UN's own Akoma Ntoso files, against lxml's bare parse of the same files.

    .venv/bin/python bench/akn_import.py [AKN_FOLDER]

Reads every file of ../shared/akn (GA 75th session and HRC 54th, six languages; the
English ones apart) into memory once, then times, on one core (CPU seconds, best of 3):
lxml's `etree.fromstring` of each file (the baseline: what any reader of the XML pays)
and `parse_bytes`, the AKN import that makes the record (header, paragraphs, points,
sections, footnotes). The ratio is the cost of the reading itself over the XML parse.
"""

from __future__ import annotations

import sys
from pathlib import Path

from common import SHARED, best_of, machine
from lxml import etree

from clausewise import parse_bytes


def run(label: str, files: list[tuple[str, bytes]]) -> str:
    def bare() -> None:
        for _, data in files:
            try:
                etree.fromstring(data)
            except etree.XMLSyntaxError:  # the one file with a tag left open: as the reader
                etree.fromstring(data, etree.XMLParser(recover=True))

    def imported() -> None:
        for name, data in files:
            parse_bytes(data, name)

    t_bare = best_of(bare)
    t_import = best_of(imported)
    n = len(files)
    mb = sum(len(d) for _, d in files) / 1e6
    return (
        f"| {label} | {n} | {mb:.1f} | {n / t_bare:,.0f} | {n / t_import:,.0f} "
        f"| {1000 * t_import / n:.2f} | {t_import / t_bare:.1f}× |"
    )


def main(folder: Path) -> int:
    paths = sorted(folder.glob("*/*/*.xml"))
    if not paths:
        print(f"no AKN files under {folder} (set CLAUSEWISE_SHARED or pass the folder)")
        return 1
    files = [(str(p), p.read_bytes()) for p in paths]
    english = [(n, d) for n, d in files if "/en/" in n]
    print(f"{machine()}; CPU seconds of one process, best of 3\n")
    print("| files | count | MB | lxml parse, files/s | AKN import, files/s | ms/file | × lxml |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    print(run("English", english))
    print(run("all six languages", files))
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else SHARED / "akn"))
