"""Citations and mandates over the whole corpus: counts, the commonest reference shapes left
unrecognised, and a fixed random sample of 50 "Requests the Secretary-General" paragraphs
with what `mandates` made of them (for the hand check in docs/enrich.md).

    .venv/bin/python scripts/enrich_survey.py [CORPUS] > /tmp/survey.md
"""

from __future__ import annotations

import random
import re
import sys
from collections import Counter
from pathlib import Path

from clausewise import parse_text
from clausewise.enrich.cites import cites
from clausewise.enrich.mandates import mandates
from clausewise.ingest.corpus import iter_texts

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "un-paragraphs.jsonl.gz"
SEED = 4  # the sample is fixed: same seed, same corpus, same 50 paragraphs
# A word "resolution(s)/decision(s)" followed by something with a digit, and symbol-like runs
_MENTION = re.compile(r"\b(?:[Rr]esolutions?|[Dd]ecisions?)\s+(?P<what>\S*\d\S*(?:\s+\S+){0,2})")
_SYMBOLISH = re.compile(r"(?<![\w/])[A-Z][A-Za-z.\-]*(?:/[A-Za-z0-9.\-]+){2,}")
_RSG = re.compile(r"^(?:\w+\s+){0,2}[Rr]equests\s+the\s+Secretary-General\b")


def _shape(s: str) -> str:
    s = re.sub(r"\d+", "9", s)
    return re.sub(r"\b[IVXLC]{2,}\b", "R", s)


def _texts(doc):
    for p in doc.all_paragraphs():
        yield p.eid, None, p.text

        def walk(items):
            for it in items:
                yield it.eid, None, it.text
                yield from walk(it.items)

        yield from walk(p.items)
    for f in doc.footnotes:
        yield f.paragraph or "", f.marker, f.text


def main(path: Path) -> None:
    n_docs = n_cites = n_resolved = n_mandates = 0
    kinds, types, addressee_kinds, unresolved, missed, missed_sym = (Counter() for _ in range(6))
    examples: dict[str, str] = {}
    with_due = with_years = 0
    rsg = []
    for f, sym, text in iter_texts(path):
        doc = parse_text(text, f, sym, strict=False)
        n_docs += 1
        cs = cites(doc)
        n_cites += len(cs)
        spans: dict[tuple[str, str | None], list[tuple[int, int]]] = {}
        for c in cs:
            kinds[c.kind] += 1
            n_resolved += c.symbol is not None
            if c.symbol is None:
                k = "unresolved: " + _shape(c.raw)[:60]
                unresolved[k] += 1
                examples.setdefault(k, f"{f}: {c.raw}")
            spans.setdefault((c.where.eid, c.where.footnote), []).append(
                (c.where.start, c.where.end)
            )
        for eid, fn, t in _texts(doc):
            taken = spans.get((eid, fn), [])
            for m in _MENTION.finditer(t):
                if not any(s <= m.start("what") < e for s, e in taken):
                    k = "missed: " + _shape(m.group())[:50]
                    missed[k] += 1
                    examples.setdefault(k, f"{f}: ...{t[max(0, m.start() - 40) : m.end()]}")
            for m in _SYMBOLISH.finditer(t):
                if re.search(r"\d", m.group()) and not any(s <= m.start() < e for s, e in taken):
                    k = "symbol missed: " + _shape(m.group().split("/")[0] + "/...")
                    missed_sym[k] += 1
                    examples.setdefault(k, f"{f}: {m.group()}")
        ms = mandates(doc)
        n_mandates += len(ms)
        for m in ms:
            types[m.type] += 1
            for a in m.addressees:
                addressee_kinds[a.kind] += 1
            if m.due:
                with_due += 1
                with_years += m.due.year_from is not None
        for p in doc.operative:
            if _RSG.match(p.text):
                rsg.append(
                    (
                        f,
                        p,
                        [
                            m
                            for m in ms
                            if m.paragraph == p.eid or m.paragraph.startswith(p.eid + "__")
                        ],
                    )
                )

    print(f"## Corpus counts\n\n{n_docs} documents, {n_cites} citations ({n_resolved} with a")
    print(f"symbol), {n_mandates} mandates ({with_due} with a due session, {with_years} of those")
    print("with years).\n")
    for title, counter in (
        ("citation kinds", kinds),
        ("mandate types", types),
        ("addressee kinds", addressee_kinds),
    ):
        print(f"| {title} | count |\n|---|---|")
        for k, v in counter.most_common():
            print(f"| {k} | {v} |")
        print()
    print("## Commonest unrecognised shapes\n\n| shape | count | example |\n|---|---|---|")
    for counter in (missed, unresolved, missed_sym):
        for k, v in counter.most_common(12):
            ex = examples[k].replace("|", "/").replace("\n", " ")
            print(f"| `{k}` | {v} | {ex} |")
    print()
    sample = random.Random(SEED).sample(rsg, 50)
    print(f"## Sample: 50 of {len(rsg)} 'Requests the Secretary-General' paragraphs\n")
    for i, (f, p, ms) in enumerate(sample, 1):
        print(f"### {i}. {f} {p.eid}\n\n> {p.text}\n")
        if not ms:
            print("- (no mandate)")
        for m in ms:
            who = ", ".join(a.name for a in m.addressees)
            due = f"{m.due.body} {m.due.session}" if m.due else "-"
            print(f"- {m.paragraph}: **{who}** | {m.action} | due {due}")
        print()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else CORPUS)
