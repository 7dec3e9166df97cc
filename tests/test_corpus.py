"""Real text at scale: every corpus document parses; agreement with the corpus's own
segmentation stays where it was measured (see docs/parser.md for the disagreements)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from clausewise import InputError, parse_text

pytestmark = pytest.mark.corpus


def test_every_corpus_document_parses(corpus_docs):
    assert len(corpus_docs) == 2903
    failures = []
    truncated = []
    for f, sym, text in corpus_docs:
        try:
            doc = parse_text(text, f, sym, strict=False)
        except InputError as exc:
            failures.append((f, str(exc)))
            continue
        if any(w.startswith("truncated") for w in doc.warnings):
            truncated.append(f)
    assert failures == []
    # the corpus holds a few texts cut short at a page end; they parse, with a warning
    assert len(truncated) < 10, truncated


def _agreement_module():
    path = Path(__file__).resolve().parents[1] / "scripts" / "corpus_agreement.py"
    spec = importlib.util.spec_from_file_location("corpus_agreement", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_agreement_with_corpus_segmentation(corpus_path):
    totals, by_group, _, _ = _agreement_module().measure(corpus_path)
    share = {g: c["agree"] / c["ref"] for g, c in by_group.items()}
    # measured 2026-11-23: A_HRC 99.86%, A_RES 97.84%, S_RES 96.28%, E_RES 94.25%; the rest
    # are the reference's own faults (docs/parser.md), so a drop here is a parser regression
    assert share["A_HRC"] >= 0.998
    assert share["A_RES"] >= 0.978
    assert share["S_RES"] >= 0.962
    assert share["E_RES"] >= 0.942
    assert totals["rejected"] == 0


def test_lead_shortcut_agrees_with_the_grammar_on_every_corpus_paragraph(corpus_docs):
    # match_lead's token shortcut, checked against the grammar on real openings: every
    # block of the corpus, with its operative number and without
    import re

    from clausewise.lexicon import grammar_lead, match_lead

    number = re.compile(r"^\d{1,3}\.\s+")
    differ, seen = [], 0
    for _, _, text in corpus_docs:
        for block in text.split("\n\n"):
            block = " ".join(block.split())
            for t in (block, number.sub("", block)):
                seen += 1
                if t and match_lead(t) != grammar_lead(t):
                    differ.append(t[:80])
    # (old-style volumes are read as their own resolution only: fewer blocks than before)
    assert seen > 390_000 and differ == []
