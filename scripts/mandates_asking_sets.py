"""Which operative paragraphs ask someone (have a mandate) in the English, French and Spanish
readings of ../shared/akn, and where the three disagree, by pattern: "--FRES" = French and
Spanish ask in the paragraph, English does not; "EN----" = only English. A version read beside
its English (`enrich.mandates_align.beside`) has the English count exactly when it asks in the
same paragraphs, so these patterns are what is left of issue 18's mandate bar.

    python scripts/mandates_asking_sets.py [--cache DIR] [PATTERN [N]]

Without PATTERN: the count per pattern and a few examples each; with PATTERN, N examples of it
(all if N is 0), each reading's text and mandates.
"""

from __future__ import annotations

import argparse
import collections
import os
import random
import sys
from pathlib import Path

from clausewise.enrich.mandates import mandates

sys.path.insert(0, str(Path(__file__).parent))
from mandates_lang_agreement import read

LANGS = ("en", "fr", "es")


def asked(doc) -> dict[str, list]:
    out: dict[str, list] = collections.defaultdict(list)
    for m in mandates(doc):
        out[m.paragraph.split("__")[0]].append(m)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    shared = Path(os.environ.get("CLAUSEWISE_SHARED", Path(__file__).parents[2] / "shared"))
    ap.add_argument("--akn", type=Path, default=shared / "akn")
    ap.add_argument("--cache", type=Path, help="keep the parsed documents here (development)")
    ap.add_argument("pattern", nargs="?")
    ap.add_argument("n", nargs="?", type=int, default=5)
    args = ap.parse_args(argv)
    docs = {lang: read(args.akn, lang, args.cache) for lang in LANGS}
    counts: collections.Counter = collections.Counter()
    rows = collections.defaultdict(list)
    for key in docs["en"]:
        if not all(key in docs[lang] for lang in LANGS):
            continue
        found = {lang: asked(docs[lang][key]) for lang in LANGS}
        texts = {lang: {p.eid: p.text for p in docs[lang][key].operative} for lang in LANGS}
        for eid in set().union(*found.values()):
            where = [eid in found[lang] for lang in LANGS]
            if all(where) or not any(where):
                continue
            name = "".join(
                lang.upper() if w else "--" for lang, w in zip(LANGS, where, strict=True)
            )
            counts[name] += 1
            rows[name].append((key, eid, texts, found))
    print(dict(counts.most_common()), "total", sum(counts.values()))
    random.seed(1)
    for name in [args.pattern] if args.pattern else list(counts):
        print("=====", name)
        pool = rows[name]
        sample = (
            pool if args.pattern and args.n == 0 else random.sample(pool, min(args.n, len(pool)))
        )
        for key, eid, texts, found in sample:
            print(f"--- {key} {eid}")
            for lang in LANGS:
                print(f"  {lang}: {texts[lang].get(eid, '')[:400]}")
                for m in found[lang].get(eid, []):
                    who = ", ".join(a.name for a in m.addressees)
                    print(f"     {lang} {m.type} [{who}]: {m.action[:100]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
