"""Pages per second reading the UN's PDFs (A/RES/73/3, 10 pages; A/RES/73/6, 5 pages).

Three stages, measured in the same run on the same bytes, interleaved, in CPU time of this
process (`time.process_time`: the machine is shared, and wall time would measure the other
jobs; all the work, PDFium's included, runs in this one thread):
  baseline   PDFium's plain text extraction alone (pypdfium2 `get_text_range`, per page):
             what the characters cost with no structure at all
  read_pdf   clausewise's PDF reader: characters with font, size and place, lines, page
             furniture out, footnotes, paragraphs, hyphenation -> Source
  parse      the whole way to a Document (read_pdf + structure)
The ratios to the baseline show what the structure costs. Goal: parse >= 20 pages/s.

    .venv/bin/python bench/pdf.py [--repeat N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from pathlib import Path

import pypdfium2 as pdfium

from clausewise import parse_bytes
from clausewise.ingest.pdf import read_pdf

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("CLAUSEWISE_SHARED", ROOT.parent / "shared"))
PDFS = [SHARED / "pdf" / "A_RES_73_3.pdf", SHARED / "pdf" / "A_RES_73_6.pdf"]


def baseline(data: bytes) -> int:
    pdf = pdfium.PdfDocument(data)
    chars = 0
    for i in range(len(pdf)):
        page = pdf[i]
        tp = page.get_textpage()
        chars += len(tp.get_text_range())
        tp.close()
        page.close()
    pdf.close()
    return chars


def stage_read(data: bytes) -> int:
    return len(read_pdf(data, "bench.pdf").blocks)


def stage_parse(data: bytes) -> int:
    return len(parse_bytes(data, "bench.pdf").all_paragraphs())


def timed(fn, datas: list[bytes], repeat: int) -> list[float]:
    runs = []
    for _ in range(repeat):
        t = time.process_time()
        for data in datas:
            fn(data)
        runs.append(time.process_time() - t)
    return runs


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=20)
    args = ap.parse_args()
    datas = [p.read_bytes() for p in PDFS]
    pages = sum(len(pdfium.PdfDocument(d)) for d in datas)
    for fn in (baseline, stage_read, stage_parse):  # warm up: imports, vocabulary, caches
        fn(datas[0])
    stages = (
        ("baseline: PDFium plain text", baseline),
        ("read_pdf (-> Source)", stage_read),
        ("parse (-> Document)", stage_parse),
    )
    # interleaved, so that every stage sees the same share of a busy machine
    times: dict[str, list[float]] = {label: [] for label, _ in stages}
    for _ in range(args.repeat):
        for label, fn in stages:
            times[label].extend(timed(fn, datas, 1))
    rows = [(label, min(times[label]), statistics.median(times[label])) for label, _ in stages]
    base_best, base_med = rows[0][1], rows[0][2]
    print(f"{pages} pages ({', '.join(p.name for p in PDFS)}), {args.repeat} runs each\n")
    print(
        "| stage | ms per page (best) | pages/s (best) | pages/s (median) | time vs baseline (best / median) |"
    )
    print("|---|---:|---:|---:|---:|")
    for label, best, med in rows:
        print(
            f"| {label} | {1000 * best / pages:.1f} | {pages / best:.0f} | {pages / med:.0f} "
            f"| {best / base_best:.1f}x / {med / base_med:.1f}x |"
        )


if __name__ == "__main__":
    main()
