"""Shared fixtures: the seeds (in the repository), and the shared corpus and PDFs (beside it,
skipped with the reason when absent)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from clausewise import parse_file

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "examples" / "seeds"
SHARED = Path(os.environ.get("CLAUSEWISE_SHARED", ROOT.parent / "shared"))
CORPUS = SHARED / "corpus" / "un-paragraphs.jsonl.gz"
PDFS = SHARED / "pdf"

SEED_000 = SEEDS / "000_dbad4888ba40b000.txt"
SEED_001 = SEEDS / "001_ef61d0dabfe29b93.txt"
SEED_004 = SEEDS / "004_42881b8ba55257d6.txt"


@pytest.fixture(scope="session")
def seed000():
    return parse_file(SEED_000)


@pytest.fixture(scope="session")
def seed001():
    return parse_file(SEED_001)


@pytest.fixture(scope="session")
def seed004():
    return parse_file(SEED_004)


@pytest.fixture(scope="session")
def corpus_path() -> Path:
    if not CORPUS.exists():
        pytest.skip(f"corpus not found at {CORPUS} (set CLAUSEWISE_SHARED)")
    return CORPUS


@pytest.fixture(scope="session")
def corpus_docs(corpus_path):
    """Every corpus document as (file, symbol, clean text), read once per session."""
    from clausewise.ingest.corpus import iter_texts

    return list(iter_texts(corpus_path))


@pytest.fixture(scope="session")
def pdf_dir() -> Path:
    if not PDFS.exists():
        pytest.skip(f"PDF folder not found at {PDFS} (set CLAUSEWISE_SHARED)")
    return PDFS
