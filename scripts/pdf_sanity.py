"""Per-file sanity figures of the PDF reader over the UN's own PDFs.

    python scripts/pdf_sanity.py [DIR ...] [--json OUT] [--list FIGURE]

For every PDF (default: ../shared/pdf/*.pdf and ../shared/pdf/mandate-pipeline/*.pdf) it
reads the record and counts what a reader of the page would call wrong or suspicious:
operative numbering that skips or repeats, paragraphs without a lead, header fields left
empty that every UN document of its kind has, footnotes with no paragraph, warnings,
refusals. The totals line is what the note quotes before and after a change; `--list F`
prints the files counted under figure F, `--json` writes every file's figures.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections import Counter
from pathlib import Path

from clausewise import InputError, parse_file
from clausewise.model import Document

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("CLAUSEWISE_SHARED", ROOT.parent / "shared"))


# words PDFium's text keeps apart that a reader ran together ("ofthe", "forwardto")
_GLUED = re.compile(r"\b(?:ofthe|inthe|tothe|forwardto|andthe|onthe)\b")


def _gaps(nums: list[str]) -> bool:
    """Do the numbers fail to run 1, 2, 3 ... (restarting at 1 is a new part, allowed)?"""
    prev = 0
    for n in nums:
        if not n.isdigit():
            continue  # a decision's lettered paragraphs "(a)", "(b)"
        k = int(n)
        if k != prev + 1 and k != 1:
            return True
        prev = k
    return False


def figures(doc: Document) -> dict:
    ops = [p for p in doc.operative if p.kind == "operative"]
    adopted = doc.status == "adopted"
    draft = doc.status == "draft"
    f: dict = {
        "status": doc.status,
        "symbol": doc.symbol,
        "preamble": len(doc.preamble),
        "operative": len(doc.operative),
        "annexes": len(doc.annexes),
        "annex_paragraphs": sum(len(a.paragraphs) for a in doc.annexes),
        "footnotes": len(doc.footnotes),
        "warnings": list(doc.warnings),
    }
    flags: list[str] = []
    nums = [p.num for p in ops if p.num]
    if _gaps(nums):
        flags.append("numbering_gap")
    if ops and nums and len(nums) < len(ops):
        flags.append("unnumbered_operative")
    texts = [p.text for p in doc.all_paragraphs()]
    if any(_GLUED.search(t) for t in texts):
        flags.append("glued_words")
    if any(p.lead is None for p in doc.preamble):
        flags.append("preamble_without_lead")
    if any(p.lead is None for p in ops):
        flags.append("operative_without_lead")
    for name in ("symbol", "title", "body", "session"):
        if getattr(doc, name) in (None, ""):
            flags.append(f"no_{name}")
    # (a one-sentence decision opens "The General Assembly, recalling ...": no formula line)
    if not doc.formula and doc.status != "amendment" and doc.doc_type != "decision":
        flags.append("no_formula")
    if any(len(p.text) > 4000 for p in doc.all_paragraphs()):
        flags.append("paragraph_over_4000_chars")  # paragraphs run together, or a table
    if any(a.title and len(a.title) > 300 for a in doc.annexes):
        flags.append("annex_title_over_300_chars")  # the annex's first paragraph taken in
    if not doc.agenda_items and doc.status in ("draft", "adopted", "amendment"):
        flags.append("no_agenda")
    if draft or doc.status == "amendment":
        if not doc.sponsors:
            flags.append("no_sponsors")
        if not doc.dates.issued:
            flags.append("no_issued")
        if not doc.distribution:
            flags.append("no_distribution")
    if adopted:
        if not doc.number:
            flags.append("no_number")
        if not doc.dates.adopted:
            flags.append("no_adopted_date")
        if not doc.meeting:
            flags.append("no_meeting")
        if not doc.origin:
            flags.append("no_origin")
    if any(fn.paragraph is None for fn in doc.footnotes):
        flags.append("footnote_unattached")
    if doc.warnings:
        flags.append("warnings")
    if doc.status == "amendment" and not getattr(doc, "instructions", ()):
        flags.append("amendment_without_instructions")
    f["flags"] = flags
    return f


def default_files() -> list[Path]:
    pdf = SHARED / "pdf"
    return sorted(pdf.glob("*.pdf")) + sorted((pdf / "mandate-pipeline").glob("*.pdf"))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="*", type=Path)
    ap.add_argument("--json", type=Path)
    ap.add_argument("--list", action="append", default=[], metavar="FIGURE")
    args = ap.parse_args(argv)
    files: list[Path] = []
    for p in args.paths or []:
        files.extend(sorted(p.glob("*.pdf")) if p.is_dir() else [p])
    files = files or default_files()
    per: dict[str, dict] = {}
    totals: Counter[str] = Counter()
    statuses: Counter[str] = Counter()
    for path in files:
        try:
            doc = parse_file(path)
        except InputError as exc:
            per[path.name] = {"error": exc.message, "flags": ["refused"]}
            totals["refused"] += 1
            continue
        f = per[path.name] = figures(doc)
        statuses[doc.status] += 1
        totals.update(f["flags"])
    n = len(files)
    print(f"{n} files; " + ", ".join(f"{v} {k}" for k, v in sorted(statuses.items())))
    for k, v in sorted(totals.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {v:4d} of {n}  {k}")
    for fig in args.list:
        print(f"\n{fig}:")
        for name, f in per.items():
            if fig in f["flags"]:
                extra = f.get("error") or ", ".join(
                    f"{k}={f[k]}" for k in ("status", "symbol", "preamble", "operative", "annexes")
                )
                print(f"  {name}: {extra}")
    if args.json:
        args.json.write_text(json.dumps(per, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
