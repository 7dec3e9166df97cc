"""Mandates in French and Spanish against the English reading, on the UN's parallel AKN files.

Reads every English file of ../shared/akn and its twin in each language asked for, extracts
the mandates of both (`clausewise.enrich.mandates`), and reports: resolutions with the same
number of mandates (the issue's bar is 95%), operative paragraphs with the same number,
the resolutions with the same number once the version is read beside its English
(`enrich.mandates_align.beside`: only paragraphs one reading asks in and the other does
not differ then), and the paragraphs that differ grouped by cause, the biggest first, with
examples.

    python scripts/mandates_lang_agreement.py [--langs fr,es] [--examples 3] [--cache DIR]

Russian, Arabic and Chinese (`--langs ru,ar,zh`) are read as asking clauses, one mandate a
clause (`enrich.mandates_clauses`), so their counts alone say little; what says whether
their wording reaches the registry is the line "asking in the same paragraphs": operative
paragraphs that both readings ask in or neither does, and resolutions where all do.

A cause is named from what each reading found in the paragraph: "missed request" (English
reads a request the other does not), "extra decision", "more actions (request)" (both read
the verb, the other cuts more actions out of it), "fewer actions (...)".
"""

from __future__ import annotations

import argparse
import collections
import os
import pickle
import re
import sys
from pathlib import Path

from clausewise import parse_file
from clausewise.enrich.mandates import mandates
from clausewise.versions import beside_english

SUFFIX = {"en": "E", "fr": "F", "es": "S", "ru": "R", "ar": "A", "zh": "C"}


def work(path: Path, lang: str) -> str:
    return path.parent.parent.name + "/" + re.sub(SUFFIX[lang] + "$", "", path.stem).rstrip("_-")


def read(root: Path, lang: str, cache: Path | None) -> dict[str, object]:
    """{work: Document} for one language; documents filed in another language's folder are
    left out (a few are)."""
    if cache is not None:
        f = cache / f"akn-{lang}.pickle"
        if f.exists():
            return pickle.loads(f.read_bytes())
    out = {}
    for f in sorted(root.glob(f"*/{lang}/*.xml")):
        doc = parse_file(f)
        if doc.language == lang:
            out[work(f, lang)] = doc
    if cache is not None:
        cache.mkdir(parents=True, exist_ok=True)
        (cache / f"akn-{lang}.pickle").write_bytes(pickle.dumps(out))
    return out


def top(eid: str) -> str:
    """The operative paragraph an item's eId belongs to ("para_5__list_1__point_a" -> "para_5")."""
    return eid.split("__")[0]


def per_paragraph(found) -> dict[str, list]:
    out: dict[str, list] = collections.defaultdict(list)
    for m in found:
        out[top(m.paragraph)].append(m)
    return out


def cause(en: list, other: list) -> str:
    te = collections.Counter(m.type for m in en)
    to = collections.Counter(m.type for m in other)
    missed = te - to
    extra = to - te
    if missed and not extra:
        kind = "missed" if all(t not in to for t in missed) else "fewer actions"
        return f"{kind} ({', '.join(sorted(missed))})"
    if extra and not missed:
        kind = "extra" if all(t not in te for t in extra) else "more actions"
        return f"{kind} ({', '.join(sorted(extra))})"
    return f"other type ({', '.join(sorted(missed))} -> {', '.join(sorted(extra))})"


def measure(english: dict, other: dict):
    """(resolutions, with the same count, read beside the English with the same count,
    operative paragraphs, with the same count, {cause: [differing paragraphs]})."""
    docs = same_docs = same_beside = paras = same_paras = 0
    causes: dict[str, list] = collections.defaultdict(list)
    for key, doc in sorted(other.items()):
        twin = english.get(key)
        if twin is None:
            continue
        me, mo = mandates(twin), mandates(doc)
        docs += 1
        same_docs += len(me) == len(mo)
        same_beside += len(me) == len(beside_english(twin, doc, me, mo))
        pe, po = per_paragraph(me), per_paragraph(mo)
        texts = {p.eid: p.text for p in doc.operative}
        en_texts = {p.eid: p.text for p in twin.operative}
        for eid in dict.fromkeys([p.eid for p in twin.operative] + list(pe) + list(po)):
            paras += 1
            a, b = pe.get(eid, []), po.get(eid, [])
            if len(a) == len(b):
                same_paras += 1
                continue
            causes[cause(a, b)].append(
                (key, eid, len(a), len(b), en_texts.get(eid, ""), texts.get(eid, ""), a, b)
            )
    return docs, same_docs, same_beside, paras, same_paras, causes


def asking(english: dict, other: dict) -> tuple[int, int, int, int]:
    """(resolutions, where every operative paragraph asks in both readings or in neither,
    operative paragraphs, that ask in both or neither)."""
    docs = same_docs = paras = same_paras = 0
    for key, doc in sorted(other.items()):
        twin = english.get(key)
        if twin is None:
            continue
        pe, po = per_paragraph(mandates(twin)), per_paragraph(mandates(doc))
        places = dict.fromkeys([p.eid for p in twin.operative] + list(pe) + list(po))
        agree = sum((eid in pe) == (eid in po) for eid in places)
        docs += 1
        same_docs += agree == len(places)
        paras += len(places)
        same_paras += agree
    return docs, same_docs, paras, same_paras


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    shared = Path(os.environ.get("CLAUSEWISE_SHARED", Path(__file__).parents[2] / "shared"))
    ap.add_argument("--akn", type=Path, default=shared / "akn")
    ap.add_argument("--langs", default="fr,es")
    ap.add_argument("--examples", type=int, default=2)
    ap.add_argument("--causes", type=int, default=15, help="how many causes to list")
    ap.add_argument("--cache", type=Path, help="keep the parsed documents here (development)")
    args = ap.parse_args(argv)
    english = read(args.akn, "en", args.cache)
    for lang in args.langs.split(","):
        docs, same_docs, same_beside, paras, same_paras, causes = measure(
            english, read(args.akn, lang, args.cache)
        )
        print(
            f"{lang}: same number of mandates in {same_docs}/{docs} resolutions "
            f"({same_docs / docs:.1%}), {same_paras}/{paras} operative paragraphs "
            f"({same_paras / paras:.1%}); read beside the English (one mandate per English "
            f"mandate of a paragraph both ask in): {same_beside}/{docs} ({same_beside / docs:.1%})"
        )
        d, sd, p, sp = asking(english, read(args.akn, lang, args.cache))
        print(
            f"{lang}: asking in the same paragraphs: {sd}/{d} resolutions ({sd / d:.1%}), "
            f"{sp}/{p} operative paragraphs ({sp / p:.1%})"
        )
        ranked = sorted(causes.items(), key=lambda kv: -len(kv[1]))
        for name, rows in ranked[: args.causes]:
            print(f"  {len(rows):4d}  {name}")
            for key, eid, ne, no, te, to, a, b in rows[: args.examples]:
                print(f"        {key} {eid}: en {ne}, {lang} {no}")
                print(f"          en: {te[:160]}")
                print(f"          {lang}: {to[:160]}")
                for m in a:
                    print(f"            en  {m.type}: {m.action[:90]}")
                for m in b:
                    print(f"            {lang}  {m.type}: {m.action[:90]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
