"""Agreement of the parser with the corpus's own segmentation.

For every preambular and top-level operative paragraph of the reference, find the parsed
paragraph with the same opening words and check it has the same kind and number.

    python scripts/corpus_agreement.py [../shared/corpus/un-paragraphs.jsonl.gz] [--examples N]
"""

from __future__ import annotations

import argparse
import collections
import random
import re
import sys
from pathlib import Path

from clausewise import InputError, parse_text
from clausewise.ingest.corpus import iter_jsonl, render, symbol_from_filename

_KEY = re.compile(r"[^a-z]")


def key(text: str) -> str:
    return _KEY.sub("", text.lower())[:48]


def reference(blocks: list[dict]) -> list[tuple[str, str | None, str]]:
    out = []
    for b in blocks:
        kind = b.get("paragraph_type")
        if b.get("type") != "paragraph" or kind not in ("preambular", "operative"):
            continue
        if kind == "operative" and b.get("paragraph_level") not in (None, 1):
            continue
        text = b["text"].strip()
        if re.match(r"^[“\"]?The [A-Z][\w ’'-]+[,.]?$", text) or len(key(text)) < 12:
            continue  # the formula, or too short to identify
        num = (b.get("prefix") or "").strip().rstrip(".") or None
        out.append((kind, num, text))
    return out


def measure(path: Path, examples: int = 0, seed: int = 1):
    totals = collections.Counter()
    by_group = collections.defaultdict(collections.Counter)
    kinds = collections.Counter()
    samples = collections.defaultdict(list)
    for doc in iter_jsonl(path):
        f = doc["file"]
        group = (
            "_".join(f.split("_")[:2])
            if f.startswith(("A_RES", "A_HRC", "S_RES", "E_RES"))
            else "other"
        )
        try:
            parsed = parse_text(render(doc["blocks"]), f, symbol_from_filename(f), strict=False)
        except InputError as exc:
            totals["rejected"] += 1
            samples["rejected"].append((f, str(exc)))
            continue
        index: dict[str, list] = collections.defaultdict(list)
        for p in parsed.all_paragraphs():
            index[key(p.text)].append(p)
            stack = list(p.items)
            while stack:  # items at every depth: the reference lists (i) under (b) too
                it = stack.pop()
                index[key(it.text)].append(("item", it))
                stack.extend(it.items)
        for kind, num, text in reference(doc["blocks"]):
            totals["ref"] += 1
            by_group[group]["ref"] += 1
            found = index.get(key(text))
            if re.fullmatch(r"\(?[a-z]{1,3}\)|\(?[ivxl]+\)|[•●▪◦]", num or ""):
                kind, num = "item", num.strip("()")
            if not found:
                why = "not found (split/merged)"
            else:
                same = [p for p in found if not isinstance(p, tuple) and (p.num or None) == num]
                p = same[0] if same else found[0]
                if isinstance(p, tuple):
                    why = None if kind == "item" else "found as an item"
                elif p.kind == kind and (p.num or None) == num:
                    why = None
                elif p.kind != kind:
                    why = f"kind {kind} read as {p.kind}"
                else:
                    why = f"number {num} read as {p.num}"
            if why is None:
                totals["agree"] += 1
                by_group[group]["agree"] += 1
            else:
                kinds[(group, why)] += 1
                samples[(group, why)].append((f, kind, num, text[:110]))
    return totals, by_group, kinds, samples


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument(
        "corpus",
        nargs="?",
        default=str(Path(__file__).resolve().parents[2] / "shared/corpus/un-paragraphs.jsonl.gz"),
    )
    ap.add_argument("--examples", type=int, default=0)
    a = ap.parse_args(argv)
    totals, by_group, kinds, samples = measure(Path(a.corpus))
    print(
        f"reference paragraphs: {totals['ref']}, agreeing: {totals['agree']} "
        f"({100 * totals['agree'] / totals['ref']:.2f}%), documents rejected: {totals['rejected']}"
    )
    for g, c in sorted(by_group.items()):
        print(f"  {g:10s} {c['agree']:7d} / {c['ref']:7d}  {100 * c['agree'] / c['ref']:.2f}%")
    print("disagreements:")
    for why, n in kinds.most_common():
        print(f"  {n:6d}  {why}")
        rnd = random.Random(1)
        for ex in rnd.sample(samples[why], min(a.examples, len(samples[why]))):
            print("          ", ex)
    return 0


if __name__ == "__main__":
    sys.exit(main())
