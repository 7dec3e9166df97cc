"""Reading text extracted from PDFs, each common form, against the clean-text parse of the
same documents, on one core.

    .venv/bin/python bench/extracted.py

The documents: the UN PDFs of ../shared/pdf/mandate-pipeline/ that the PDF reader reads.
Baseline, in the same run: the same documents as clean text (each block the PDF reader
made, one paragraph per block, blank lines between; the footnotes after them as "1 Text"),
parsed by the same `parse_text`. Each form (tests/extracted.py, made once and cached) is
parsed whole: furniture, footnotes, markers, unwrapping, then the structure. The ratio says
what reading the text a tool gave costs over reading clean text.
"""

from __future__ import annotations

import contextlib
import sys

from common import ROOT, SHARED, best_of, machine

sys.path.insert(0, str(ROOT))

from clausewise import InputError, compiled, parse_text
from clausewise.ingest.pdf import read_pdf
from tests.extracted import FORMS, available, extract


def clean_text(source) -> str:
    blocks = [b.text for b in source.blocks]
    notes = [f"{f.marker} {f.text}" for f in source.footnotes]
    return "\n\n".join(blocks + notes) + "\n"


def main() -> int:
    folder = SHARED / "pdf" / "mandate-pipeline"
    pdfs = sorted(folder.glob("*.pdf"))
    if not pdfs:
        print(f"no PDFs at {folder}", file=sys.stderr)
        return 1
    docs = []  # (name, clean text, {form: text})
    for pdf in pdfs:
        source = read_pdf(pdf.read_bytes(), pdf.name)
        clean = clean_text(source)
        try:
            parse_text(clean, pdf.name)
        except InputError:
            continue  # not a resolution (a note, an amendment): the PDF reader refuses it too
        forms = {f: extract(pdf, f) for f in FORMS if available(f)}
        docs.append((pdf.stem, clean, forms))
    forms = [f for f in FORMS if available(f)]

    def parse_all(texts: list[tuple[str, str]]) -> None:
        for name, text in texts:
            with contextlib.suppress(InputError):  # (a refused form is timed like the rest)
                parse_text(text, name)

    clean = [(n, c) for n, c, _ in docs]
    base = best_of(lambda: parse_all(clean), repeat=5)
    mb = sum(len(c.encode()) for _, c in clean) / 1e6
    print(
        f"machine: {machine()}; {len(docs)} documents ({mb:.1f} MB as clean text); "
        f"{compiled.status()}\n"
    )
    print("| text | seconds | documents/s | MB/s of its own text | x clean text |")
    print("|---|---:|---:|---:|---:|")
    print(
        f"| clean text (baseline) | {base:.3f} | {len(docs) / base:,.0f} | {mb / base:.1f} | 1.0 |"
    )
    for form in forms:
        texts = [(n, f[form]) for n, _, f in docs]
        t = best_of(lambda texts=texts: parse_all(texts), repeat=5)
        fmb = sum(len(x.encode()) for _, x in texts) / 1e6
        print(f"| {form} | {t:.3f} | {len(docs) / t:,.0f} | {fmb / t:.1f} | {t / base:.1f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
