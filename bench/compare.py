"""Benchmark: `compare()` against difflib.SequenceMatcher(autojunk=False) on the same word
token lists (the whole document's tokens, old against new), in one run:

- the seed pair (draft 000 -> adopted 001);
- every consecutive pair of the two year-over-year series of the corpus;
- a synthetic 600-paragraph pair made of real corpus paragraphs: the new version has
  shuffled edits (reworded words), moves (some also reworded), deletions, insertions and
  so renumbering.

Run: .venv/bin/python bench/compare.py   (prints a markdown table; a few minutes at most)
"""

from __future__ import annotations

import difflib
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from common import CORPUS, machine  # noqa: E402

from clausewise import parse_file, parse_text  # noqa: E402
from clausewise.compare import compare  # noqa: E402
from clausewise.compare.core import full_text  # noqa: E402
from clausewise.compare.words import tokens  # noqa: E402
from clausewise.ingest.corpus import SERIES, iter_texts  # noqa: E402
from clausewise.model import OPERATIVE, PREAMBULAR, Document, Paragraph  # noqa: E402


def doc_tokens(d: Document) -> list[str]:
    return [t for p in d.all_paragraphs() for t in tokens(full_text(p))]


def best_of(fn, repeat: int, budget: float = 2.0) -> float:
    """Best wall time of `repeat` runs (fewer if the budget in seconds runs out)."""
    best, spent = float("inf"), 0.0
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        dt = time.perf_counter() - t
        best, spent = min(best, dt), spent + dt
        if spent > budget:
            break
    return best


def baseline(a: Document, b: Document) -> float:
    ta, tb = doc_tokens(a), doc_tokens(b)
    return best_of(
        lambda: difflib.SequenceMatcher(None, ta, tb, autojunk=False).get_opcodes(), 3, 10.0
    )


def synthetic(corpus: list[tuple[str, str, str]], n: int = 600, seed: int = 7):
    """Old: n real paragraphs (a sixth preambular); new: the same with edits."""
    rng = random.Random(seed)
    pool: list[Paragraph] = []
    for f, sym, text in corpus:
        try:
            d = parse_text(text, f, sym, strict=False)
        except Exception:  # a corpus record the parser refuses is just left out
            continue
        pool.extend(p for p in d.paragraphs if 20 <= len(p.text.split()) <= 120)
        if len(pool) > 3 * n:
            break
    rng.shuffle(pool)
    texts = [p.text for p in pool[:n]]
    spare = [p.text for p in pool[n : n + 60]]
    n_pre = n // 6

    def build(pre: list[str], op: list[str]) -> Document:
        paras = [
            Paragraph(f"preamble__container_{i + 1}", PREAMBULAR, None, None, t)
            for i, t in enumerate(pre)
        ]
        ops = [Paragraph(f"para_{i + 1}", OPERATIVE, str(i + 1), None, t) for i, t in enumerate(op)]
        return Document(
            body="GA", session=80, status="draft", title="Synthetic", number=None, symbol=None,
            preamble=tuple(paras), operative=tuple(ops),
        )  # fmt: skip

    old = build(texts[:n_pre], texts[n_pre:])
    pre, op = list(texts[:n_pre]), list(texts[n_pre:])

    def reword(t: str) -> str:
        w = t.split()
        for _ in range(rng.randint(1, 3)):
            i = rng.randrange(len(w))
            kind = rng.random()
            if kind < 0.4:
                w[i] = rng.choice(["strongly", "further", "all relevant", "urgently", "also"])
            elif kind < 0.7:
                w.insert(i, rng.choice(["inter alia,", "in particular", "as appropriate,"]))
            else:
                del w[i]
        return " ".join(w)

    for part in (pre, op):
        for i in rng.sample(range(len(part)), len(part) // 10):  # 10% reworded
            part[i] = reword(part[i])
    for _ in range(len(op) // 30):  # moves, half of them reworded too
        t = op.pop(rng.randrange(len(op)))
        op.insert(rng.randrange(len(op)), reword(t) if rng.random() < 0.5 else t)
    for _ in range(len(op) // 30):  # deletions
        op.pop(rng.randrange(len(op)))
    for t in spare[: len(op) // 30]:  # insertions (renumbering follows)
        op.insert(rng.randrange(len(op)), t)
    return old, build(pre, op)


def row(name: str, a: Document, b: Document) -> tuple[str, ...]:
    c = compare(a, b)
    ours = best_of(lambda: compare(a, b), 20)
    base = baseline(a, b)
    s = c.summary
    facts = ", ".join(f"{v} {k}" for k, v in s.items() if v and k != "unchanged")
    return (
        name,
        f"{len(a.all_paragraphs())}/{len(b.all_paragraphs())}",
        f"{ours * 1000:.1f}",
        f"{base * 1000:.1f}",
        f"{base / ours:.0f}x",
        facts,
    )


def main() -> None:
    seeds = ROOT / "examples" / "seeds"
    rows = [
        row(
            "seed 000 -> 001",
            parse_file(seeds / "000_dbad4888ba40b000.txt"),
            parse_file(seeds / "001_ef61d0dabfe29b93.txt"),
        )
    ]
    corpus = list(iter_texts(CORPUS))
    by_file = {f: (f, s, t) for f, s, t in corpus}
    for series in SERIES:
        docs = {f: parse_text(by_file[f][2], f, by_file[f][1], strict=False) for f in series}
        for x, y in zip(series, series[1:], strict=False):
            rows.append(row(f"{docs[x].symbol} -> {docs[y].symbol}", docs[x], docs[y]))
    old, new = synthetic(corpus)
    rows.append(row("synthetic 600 paragraphs", old, new))

    print(f"machine: {machine()}")
    print()
    print("| pair | paragraphs old/new | compare (ms) | difflib (ms) | difflib / compare | found |")
    print("|---|---|---|---|---|---|")
    for r in rows:
        print("| " + " | ".join(r) + " |")


if __name__ == "__main__":
    main()
