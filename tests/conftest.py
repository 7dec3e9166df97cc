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


@pytest.fixture(scope="module")
def mp(pdf_dir) -> Path:
    """../shared/pdf/mandate-pipeline: drafts, their resolutions, two amendments."""
    folder = pdf_dir / "mandate-pipeline"
    if not folder.exists():
        pytest.skip(f"{folder} not found")
    return folder


# -- libraries on both backends --------------------------------------------------------------
#
# The library, registry, history-chain and API tests run on SQLite and on PostgreSQL alike:
# their fixtures take `BACKENDS` as params and make each library with `new_library`. The
# PostgreSQL server is the one `make test` starts (scripts/postgres.sh) and names in
# CLAUSEWISE_TEST_POSTGRES; without it the PostgreSQL variants fail, saying so (they are
# never skipped). Each PostgreSQL library is a schema of its own in that database (cheap:
# no database to copy), dropped at the end of the session.

BACKENDS = ("sqlite", "postgresql")
POSTGRES_ENV = "CLAUSEWISE_TEST_POSTGRES"


def postgres_base_url() -> str:
    url = os.environ.get(POSTGRES_ENV)
    if not url:
        pytest.fail(
            f"{POSTGRES_ENV} is not set: the PostgreSQL variants need a server. `make test`"
            " starts one; by hand: `sh scripts/postgres.sh start DIR` and set"
            f" {POSTGRES_ENV} to the URL it prints",
            pytrace=False,
        )
    return url


def with_schema(url: str, schema: str) -> str:
    """The URL with the schema first on the search path (libpq's `options`)."""
    sep = "&" if "?" in url else "?"
    return f"{url}{sep}options=-csearch_path%3D{schema}"


_SCHEMAS: list[str] = []


def new_library(backend: str, folder: Path, upto: int | None = None) -> str | Path:
    """Where a new, empty library is: a file in `folder` (SQLite), or the URL of a fresh
    schema, migrated (PostgreSQL). `upto`: the schema as migration `upto` left it, on
    either engine (an older library)."""
    from clausewise.storage import open_database
    from clausewise.storage.migrations import migrate

    if backend == "sqlite":
        path = folder / "library.sqlite"
        if upto is not None:
            db = open_database(path)
            migrate(db, upto=upto)
            db.close()
        return path
    import uuid

    import psycopg

    base = postgres_base_url()
    schema = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(base, autocommit=True) as c:
        c.execute(f"CREATE SCHEMA {schema}")
    _SCHEMAS.append(schema)
    url = with_schema(base, schema)
    db = open_database(url)
    migrate(db, upto=upto)
    db.close()
    return url


@pytest.fixture(scope="session", autouse=True)
def _postgres_cleanup(tmp_path_factory):
    # search indexes of PostgreSQL libraries go to the test's own folder, not ~/.cache
    os.environ["CLAUSEWISE_INDEX_DIR"] = str(tmp_path_factory.mktemp("indexes"))
    yield
    if _SCHEMAS and os.environ.get(POSTGRES_ENV):
        import psycopg

        with psycopg.connect(os.environ[POSTGRES_ENV], autocommit=True) as c:
            for schema in _SCHEMAS:
                c.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")


@pytest.fixture(params=BACKENDS)
def backend(request) -> str:
    return request.param


@pytest.fixture
def library_at(backend, tmp_path):
    """A new, empty library's address on this test's backend."""
    return new_library(backend, tmp_path)
