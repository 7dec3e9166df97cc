"""The hand-checked sample of mandate extraction (docs/mandate-sample.md).

    python scripts/mandate_sample.py draw    > docs/mandate-sample/sample.json
    python scripts/mandate_sample.py render  > docs/mandate-sample.md

`draw` picks, with a fixed seed, operative paragraphs at random in four groups
(declarations: first-person paragraphs of political declarations and outcome documents;
Human Rights Council, Security Council and General Assembly resolutions), among the
paragraphs that hold one of the verbs a mandate needs ("request", "call", "invite", "urge",
"encourage", "decide", "recommend", "demand", "authorize", "ask", "appeal", "exhort",
"direct", "instruct", "entrust": a paragraph with none of them cannot hold a mandate under
the definition in the document), and records what `mandates` makes of each.
`render` joins that with the verdicts a person wrote in docs/mandate-sample/verdicts.json
(one entry per paragraph: for each extracted mandate whether it is one and whether its
addressees are right; the mandates the extractor missed) and counts precision, recall and
addressee accuracy.
"""

from __future__ import annotations

import json
import os
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = (
    Path(os.environ.get("CLAUSEWISE_SHARED", ROOT.parent / "shared"))
    / "corpus"
    / "un-paragraphs.jsonl.gz"
)
SAMPLE = ROOT / "docs" / "mandate-sample" / "sample.json"
VERDICTS = ROOT / "docs" / "mandate-sample" / "verdicts.json"
SEED = 20261210  # the final sample; the first five (seeds 20261204-08: round1/ to round5/) led to fixes
PER_GROUP = 30
_VERB = re.compile(
    r"\b(?:[Rr]equest|[Cc]all|[Ii]nvit|[Uu]rg|[Ee]ncourag|[Dd]ecide|[Rr]ecommend|[Dd]emand|"
    r"[Aa]uthori[sz]|[Aa]sk|[Aa]ppeal|[Ee]xhort|[Dd]irect|[Ii]nstruct|[Ee]ntrust)"
)
_WE = re.compile(r"^We\b")
_GROUPS = {"ga": ("GA", "A_RES"), "hrc": ("HRC", "A_HRC_RES"), "sc": ("SC", "S_RES")}


def _full(p) -> str:
    def walk(items):
        for it in items:
            yield it.text
            yield from walk(it.items)

    return " ".join([p.text, *walk(p.items)])


def _items(p) -> list[dict]:
    out = []

    def walk(items, depth):
        for it in items:
            out.append({"num": it.num, "eid": it.eid, "text": it.text, "depth": depth})
            walk(it.items, depth + 1)

    walk(p.items, 0)
    return out


def draw() -> dict:
    from clausewise import parse_text
    from clausewise.enrich.mandates import mandates
    from clausewise.ingest.corpus import iter_texts

    pools: dict[str, list] = {"decl": [], "hrc": [], "sc": [], "ga": []}
    docs = {}
    for name, symbol, text in iter_texts(CORPUS):
        doc = parse_text(text, name, symbol, strict=False)
        docs[name] = doc
        paras = [*doc.operative, *(p for a in doc.annexes for p in a.paragraphs)]
        for p in paras:
            if not _VERB.search(_full(p)):
                continue
            if _WE.match(p.text):
                pools["decl"].append((name, p.eid))
            else:
                for group, (body, prefix) in _GROUPS.items():
                    if doc.body == body and name.startswith(prefix + "_") and p in doc.operative:
                        pools[group].append((name, p.eid))
    rng = random.Random(SEED)
    out = {
        "seed": SEED,
        "per_group": PER_GROUP,
        "pool_sizes": {k: len(v) for k, v in pools.items()},
        "paragraphs": [],
    }
    for group in ("decl", "hrc", "sc", "ga"):
        for name, eid in rng.sample(pools[group], PER_GROUP):
            doc = docs[name]
            p = doc.paragraph(eid)
            found = [
                m for m in mandates(doc) if m.paragraph == eid or m.paragraph.startswith(eid + "__")
            ]
            out["paragraphs"].append(
                {
                    "group": group,
                    "doc": name,
                    "symbol": doc.symbol,
                    "eid": eid,
                    "text": p.text,
                    "items": _items(p),
                    "mandates": [
                        {
                            "paragraph": m.paragraph,
                            "type": m.type,
                            "verb": m.verb,
                            "addressees": [a.name for a in m.addressees],
                            "with": [a.name for a in m.with_],
                            "action": m.action,
                            "due": [
                                f"{d.body} {d.session if d.session is not None else d.year_from}"
                                + (f" ({d.date_from or 'by'}–{d.date_to})" if d.date_to else "")
                                for d in m.dues
                            ],
                        }
                        for m in found
                    ],
                }
            )
    return out


_GROUP_NAMES = {
    "decl": "Declarations",
    "hrc": "Human Rights Council",
    "sc": "Security Council",
    "ga": "General Assembly",
}


def render(sample: dict, verdicts: dict) -> str:
    lines: list[str] = []
    totals = {g: {"tp": 0, "fp": 0, "fn": 0, "addr_ok": 0} for g in _GROUP_NAMES}
    body: list[str] = []
    for i, p in enumerate(sample["paragraphs"]):
        v = verdicts[str(i)]
        t = totals[p["group"]]
        body.append(f"### {i}. {p['symbol'] or p['doc']} {p['eid']} ({_GROUP_NAMES[p['group']]})\n")
        text = p["text"] if len(p["text"]) <= 900 else p["text"][:900] + " …"
        body.append("> " + text.replace("\n", " ") + "\n")
        for it in p["items"][:12]:
            s = it["text"] if len(it["text"]) <= 240 else it["text"][:240] + " …"
            body.append(f">{'  ' * it['depth']} ({it['num']}) {s}\n")
        if len(p["items"]) > 12:
            body.append(f"> … {len(p['items']) - 12} more items\n")
        body.append("")
        marks = v.get("mandates", [])
        for m, mark in zip(p["mandates"], marks, strict=True):
            ok = mark[0] == "y"
            addr = mark[1:2] == "y"
            t["tp" if ok else "fp"] += 1
            t["addr_ok"] += ok and addr
            where = m["paragraph"].replace(p["eid"], "") or "·"
            due = f" — due {', '.join(m['due'])}" if m["due"] else ""
            who = ", ".join(m["addressees"]) + (
                f" (with {', '.join(m['with'])})" if m["with"] else ""
            )
            verdict = ("mandate" if ok else "**not a mandate**") + (
                "" if not ok else ("; addressees right" if addr else "; **addressees wrong**")
            )
            body.append(f"- `{where}` {m['type']}: **{who}** {m['action']}{due} — {verdict}")
        if not p["mandates"]:
            body.append("- (no mandate extracted)")
        missed = v.get("missed", [])
        t["fn"] += len(missed)
        for note in missed:
            body.append(f"- **missed**: {note}")
        if v.get("note"):
            body.append(f"- note: {v['note']}")
        body.append("")
    all_t = {k: sum(t[k] for t in totals.values()) for k in ("tp", "fp", "fn", "addr_ok")}
    lines.append(
        "| group | paragraphs | mandates (truth) | extracted | right | wrong | missed | precision | recall | addressees right |"
    )
    lines.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for g, name in [*_GROUP_NAMES.items(), ("all", "All")]:
        t = all_t if g == "all" else totals[g]
        n = sum(1 for p in sample["paragraphs"] if g in ("all", p["group"]))
        truth = t["tp"] + t["fn"]
        ext = t["tp"] + t["fp"]
        prec = t["tp"] / ext if ext else 1.0
        rec = t["tp"] / truth if truth else 1.0
        addr = t["addr_ok"] / t["tp"] if t["tp"] else 1.0
        lines.append(
            f"| {name} | {n} | {truth} | {ext} | {t['tp']} | {t['fp']} | {t['fn']} | {prec:.3f} | {rec:.3f} | {addr:.3f} |"
        )
    return "\n".join(lines), "\n".join(body)


def main() -> None:
    what = sys.argv[1] if len(sys.argv) > 1 else "render"
    if what == "draw":
        json.dump(draw(), sys.stdout, ensure_ascii=False, indent=1)
        return
    sample = json.loads(SAMPLE.read_text("utf-8"))
    verdicts = json.loads(VERDICTS.read_text("utf-8"))
    table, body = render(sample, verdicts)
    head = (ROOT / "docs" / "mandate-sample" / "head.md").read_text("utf-8")
    sys.stdout.write(
        head.replace("{{table}}", table)
        + "\n\n## The paragraphs and the verdicts\n\n"
        + body
        + "\n"
    )


if __name__ == "__main__":
    main()
