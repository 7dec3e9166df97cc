"""The hand check of fifty lifecycle statuses (docs/registry-check.md).

    python scripts/registry_check.py draw LIBRARY  > ids   # the fifty, from the final sample
    python scripts/registry_check.py render        > docs/registry-check.md

`draw` takes the registry items of the paragraphs in docs/mandate-sample/round5/sample.json (the
fifth hand-checked extraction sample, the last drawn before this check) from a library holding the whole corpus, drops those
the extraction verdicts call no mandate, and picks fifty with a fixed seed: every item whose
status is not `pending`, every `pending` one that is not a plain action (a report, a meeting,
a consideration), and eight plain pending actions, one per paragraph, spread over the four
groups. (Most of the sample's mandates are plain pending actions, whose check is short: the
mix is weighted towards the statuses that need evidence.) Statuses are taken on 2025-06-01,
the corpus's latest texts being of early 2025.

`render` joins docs/registry-check/verdicts.json: for each mandate the status the registry
gave when checked, the status a careful reader gives from the library's texts, why, and the
status after the fixes the check led to.
"""

from __future__ import annotations

import json
import random
import sys
from collections import Counter
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "docs" / "mandate-sample" / "round5" / "sample.json"
SAMPLE_VERDICTS = ROOT / "docs" / "mandate-sample" / "round5" / "verdicts.json"
VERDICTS = ROOT / "docs" / "registry-check" / "verdicts.json"
TODAY = date(2025, 6, 1)
SEED = 20261209


def draw(library: str) -> list[str]:
    from clausewise.library import Library

    sample = json.loads(SAMPLE.read_text("utf-8"))
    verdicts = json.loads(SAMPLE_VERDICTS.read_text("utf-8"))
    not_mandates = {
        (p["doc"], m["paragraph"], m["action"][:40])
        for i, p in enumerate(sample["paragraphs"])
        for m, mark in zip(p["mandates"], verdicts[str(i)]["mandates"], strict=True)
        if mark[0] == "n"
    }
    lib = Library(library)
    reg = lib.registry
    pool = []
    items = {it.entry.id: it for it in reg.items(today=TODAY)}
    for i, p in enumerate(sample["paragraphs"]):
        for mid, it in items.items():
            doc, eid, _ = mid.split(":")
            if doc != p["doc"] or not (eid == p["eid"] or eid.startswith(p["eid"] + "__")):
                continue
            m = it.entry.mandate
            if (doc, m.paragraph, m.action[:40]) in not_mandates:
                continue
            pool.append((i, p["group"], mid, it.status.value, m.kind))
    pool.sort()
    rng = random.Random(SEED)
    chosen = [x for x in pool if x[3] != "pending"] + [
        x for x in pool if x[3] == "pending" and x[4] != "action"
    ]
    plain = [x for x in pool if x[3] == "pending" and x[4] == "action"]
    rng.shuffle(plain)
    seen: set[int] = set()
    for g in ("decl", "hrc", "sc", "ga") * 2:
        for x in plain:
            if x[1] == g and x[0] not in seen:
                chosen.append(x)
                seen.add(x[0])
                break
    return [x[2] for x in sorted(chosen)]


def render(verdicts: list[dict]) -> str:
    n = len(verdicts)
    right = sum(v["status"] == v["truth"] for v in verdicts)
    right_ev = sum(v["status"] == v["truth"] and v["evidence_ok"] for v in verdicts)
    after = sum(v["after"] == v["truth"] for v in verdicts)
    got = Counter(v["status"] for v in verdicts)
    truth = Counter(v["truth"] for v in verdicts)
    head = (ROOT / "docs" / "registry-check" / "head.md").read_text("utf-8")
    table = [
        f"| statuses right when checked | **{right} of {n}** ({right / n:.0%}) |",
        f"| ... and the evidence quoted right too | {right_ev} of {n} |",
        f"| statuses right after the fixes this check led to (the same fifty: not an unseen measure) | {after} of {n} |",
        "| statuses given when checked | "
        + ", ".join(f"{k} {v}" for k, v in sorted(got.items()))
        + " |",
        "| statuses a reader gives | "
        + ", ".join(f"{k} {v}" for k, v in sorted(truth.items()))
        + " |",
    ]
    body = [
        "| # | mandate | registry (checked) | reader | after fixes | why |",
        "|---:|---|---|---|---|---|",
    ]
    for i, v in enumerate(verdicts, 1):
        mark = "" if v["status"] == v["truth"] else " ✗"
        if v["status"] == v["truth"] and not v["evidence_ok"]:
            mark = " (evidence ✗)"
        body.append(
            f"| {i} | `{v['id']}` | {v['status']}{mark} | {v['truth']} | {v['after']} | "
            + v["note"].replace("|", "/")
            + " |"
        )
    return (
        head.replace("{{summary}}", "| what | figure |\n|---|---|\n" + "\n".join(table))
        + "\n\n"
        + "\n".join(body)
        + "\n"
    )


def main() -> None:
    what = sys.argv[1] if len(sys.argv) > 1 else "render"
    if what == "draw":
        print("\n".join(draw(sys.argv[2])))
        return
    sys.stdout.write(render(json.loads(VERDICTS.read_text("utf-8"))))


if __name__ == "__main__":
    main()
