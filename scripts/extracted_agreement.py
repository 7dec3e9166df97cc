"""Agreement between the record of each UN PDF and the records of its extracted texts.

For every PDF in ../shared/pdf/mandate-pipeline/ (and ../shared/pdf/), the text of each
common extractor (tests/extracted.py: pdftotext with and without -layout, PyMuPDF, pypdf,
pypdfium2, a viewer's copy) is parsed and its record compared with the PDF's: paragraphs
(eid, kind, number, text, items), footnotes (marker, text, the paragraph they hang on) and
header fields. Forms are generated once and cached (see tests/extracted.py).

    python scripts/extracted_agreement.py [--forms pdftotext,pypdf] [--examples N] [PDF ...]
"""

from __future__ import annotations

import argparse
import collections
import functools
import hashlib
import os
import pickle
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from clausewise import InputError, parse_file, parse_text  # noqa: E402
from tests.extracted import FORMS, agreement, available, cache_dir, extract  # noqa: E402

SHARED = Path(os.environ.get("CLAUSEWISE_SHARED", ROOT.parent / "shared"))


@functools.cache
def _reader_digest() -> bytes:
    h = hashlib.sha1()
    for f in sorted((ROOT / "src" / "clausewise").rglob("*.py")):
        if f.name != "extracted.py":
            h.update(f.read_bytes())
    return h.digest()


def _pdf_records(pdf: Path):
    """The PDF reader's record of `pdf` (or its InputError), kept between runs: a run
    that changes only the reader of extracted text then reads no PDF again. The key
    covers the PDF and every source file but the extracted-text reader."""
    h = hashlib.sha1(pdf.read_bytes())
    h.update(_reader_digest())
    path = cache_dir() / "pdf-records" / f"{pdf.stem}-{h.hexdigest()[:16]}.pickle"
    if path.exists():
        return pickle.loads(path.read_bytes())
    try:
        got = parse_file(pdf)
    except InputError as exc:
        got = exc
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    tmp.write_bytes(pickle.dumps(got))
    tmp.replace(path)
    return got


def _pairs(missing: list, extra: list) -> list:
    """Missing and extra entries side by side: by eid (paragraphs) or marker (notes)."""
    out = []
    extra = list(extra)
    for x in missing:
        key = x[0]
        y = next((e for e in extra if e[0] == key), None)
        if y is not None:
            extra.remove(y)
        out.append((x, y))
    out.extend((None, y) for y in extra)
    return out


def _diff(x, y) -> str:
    """Where a PDF's entry and a text's differ, with a little context."""
    if x is None or y is None:
        return f"{'text' if x is None else 'pdf'} only: {str(x or y)[:240]}"
    a, b = str(x), str(y)
    i = next((k for k, (p, q) in enumerate(zip(a, b, strict=False)) if p != q), min(len(a), len(b)))
    j = 0
    while j < min(len(a), len(b)) - i and a[-1 - j] == b[-1 - j]:
        j += 1
    return f"{x[0]}: pdf «{a[max(0, i - 40) : len(a) - j + 20]}» text «{b[max(0, i - 40) : len(b) - j + 20]}»"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("pdfs", nargs="*", type=Path)
    ap.add_argument("--forms", default=",".join(FORMS))
    ap.add_argument("--examples", type=int, default=0, help="differences to print per form")
    args = ap.parse_args()
    pdfs = args.pdfs or sorted((SHARED / "pdf" / "mandate-pipeline").glob("*.pdf")) + sorted(
        (SHARED / "pdf").glob("*.pdf")
    )
    forms = [f for f in args.forms.split(",") if f]
    missing = [f for f in forms if not available(f)]
    if missing:
        print(f"not installed, skipped: {', '.join(missing)}", file=sys.stderr)
        forms = [f for f in forms if f not in missing]
    totals = {f: collections.Counter() for f in forms}
    examples = {f: [] for f in forms}
    refused = []
    for pdf in pdfs:
        want = _pdf_records(pdf)
        if isinstance(want, InputError):
            refused.append(str(want))
            continue
        for form in forms:
            t = totals[form]
            t["documents"] += 1
            try:
                got = parse_text(extract(pdf, form), f"{pdf.stem}.{form}.txt")
            except InputError as exc:
                t["refused"] += 1
                examples[form].append(f"{pdf.stem}: refused: {exc}")
                continue
            a = agreement(want, got)
            full = True
            for what in ("paragraphs", "footnotes", "header"):
                same, n, _ = a[what]
                t[what] += same
                t[what + "_of"] += n
                full = full and same == n and (what == "header" or a[what][2] == n)
            t["documents_equal"] += full
            if not full:
                for what in ("paragraphs", "footnotes"):
                    for x, y in _pairs(a[what + "_missing"], a[what + "_extra"]):
                        examples[form].append(f"{pdf.stem}: {what}: {_diff(x, y)}")
                for k, (p, x) in a["header_diff"].items():
                    examples[form].append(f"{pdf.stem}: header {k}: pdf {p!r} text {x!r}")
    print(f"{len(pdfs)} PDFs; {len(refused)} refused by the PDF reader (not compared)\n")
    print("| form | documents equal | paragraphs | footnotes | header fields | refused |")
    print("|---|---:|---:|---:|---:|---:|")
    for form in forms:
        t = totals[form]

        def pct(what: str, t=t) -> str:
            n = t[what + "_of"]
            return f"{t[what]:,}/{n:,} ({100 * t[what] / n:.1f}%)" if n else "-"

        print(
            f"| {form} | {t['documents_equal']}/{t['documents']} | {pct('paragraphs')} | "
            f"{pct('footnotes')} | {pct('header')} | {t['refused']} |"
        )
    if args.examples:
        for form in forms:
            print(f"\n## {form}\n")
            for line in examples[form][: args.examples]:
                print("-", line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
