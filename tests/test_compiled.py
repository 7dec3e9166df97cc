"""The compiled parser (mypyc, setup.py): in use, identical to the source, never stale."""

from __future__ import annotations

import importlib.machinery
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import clausewise
from clausewise import compiled

from .conftest import SEEDS

PACKAGE = Path(clausewise.__file__).resolve().parent


# Run in a child process: the seeds, the PDFs and every 10th corpus document, parsed and
# hashed. With CLAUSEWISE_PURE=1 the child reads the parser from source.
_CHILD = """
import hashlib, json, sys
from pathlib import Path
from clausewise import compiled, parse_file, parse_text
from clausewise.ingest.corpus import iter_texts
from clausewise.model import to_json
seeds, pdfs, corpus = (Path(a) for a in sys.argv[1:4])
docs = [(p.name, parse_file(p)) for p in sorted(seeds.glob("*.txt")) + sorted(pdfs.glob("*.pdf"))]
for k, (name, symbol, text) in enumerate(iter_texts(corpus)):
    if k % 10 == 0:
        docs.append((name, parse_text(text, name, symbol, strict=False)))
print(json.dumps({"status": compiled.status(), "hashes": {
    n: hashlib.sha256(json.dumps(to_json(d), sort_keys=True, ensure_ascii=False).encode()).hexdigest()
    for n, d in docs}}))
"""


def _child(pure: bool, *args: str) -> dict:
    env = {k: v for k, v in os.environ.items() if k != "CLAUSEWISE_PURE"}
    if pure:
        env["CLAUSEWISE_PURE"] = "1"
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, *args], capture_output=True, text=True, env=env, timeout=600
    )
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def test_the_parser_runs_compiled():
    if os.environ.get("CLAUSEWISE_PURE"):
        pytest.skip("CLAUSEWISE_PURE is set: this run reads the parser from source")
    assert compiled.status().startswith("parser compiled"), compiled.status()
    for name in compiled.MODULES:
        module = sys.modules.get(name) or __import__(name, fromlist=["_"])
        assert not module.__file__.endswith(".py"), (name, module.__file__)


def test_compiled_and_source_parsers_make_the_same_records(corpus_path, pdf_dir):
    # mypyc checks types at run time and compiles some operations its own way: the
    # records must not change (the seeds, the PDFs, a tenth of the corpus, run both ways)
    args = (str(SEEDS), str(pdf_dir), str(corpus_path))
    fast, pure = _child(False, *args), _child(True, *args)
    assert pure["status"] == "parser from source (CLAUSEWISE_PURE is set)"
    assert fast["status"] == compiled.status()
    assert len(fast["hashes"]) > 290 and fast["hashes"].keys() == pure["hashes"].keys()
    assert [n for n in fast["hashes"] if fast["hashes"][n] != pure["hashes"][n]] == []


def _fake_tree(root: Path) -> None:
    """Empty sources and extensions for every compiled module, laid out as installed."""
    suffix = importlib.machinery.EXTENSION_SUFFIXES[0]
    for name in compiled.MODULES:
        src = compiled.source_path(name, root)
        src.parent.mkdir(parents=True, exist_ok=True)
        src.write_text("")
        stem = "__init__" if src.name == "__init__.py" else src.stem
        (src.parent / f"{stem}{suffix}").write_bytes(b"")


def test_stale_extensions_are_found(tmp_path, monkeypatch):
    monkeypatch.delenv("CLAUSEWISE_PURE", raising=False)
    (tmp_path / "clausewise" / "structure").mkdir(parents=True)  # a package: __init__.py
    _fake_tree(tmp_path)
    for name in compiled.MODULES:
        src = compiled.source_path(name, tmp_path)
        ext = compiled.extension_path(name, tmp_path)
        assert ext is not None and ext.parent == src.parent and ext != src
        os.utime(src, (1_000, 1_000))
        os.utime(ext, (2_000, 2_000))
    assert compiled.stale(tmp_path) == []
    assert compiled.status(tmp_path) == f"parser compiled ({len(compiled.MODULES)} modules, mypyc)"
    body = compiled.source_path("clausewise.structure.body", tmp_path)
    os.utime(body, (3_000, 3_000))  # edited after the build
    assert compiled.stale(tmp_path) == ["clausewise.structure.body"]
    assert "stale: clausewise.structure.body" in compiled.status(tmp_path)


def test_a_stale_build_is_read_from_source(tmp_path):
    # A copy of the installed package whose parser source changed after its build: the
    # child says so once, and every compiled module comes from its .py file.
    if not any(compiled.extension_path(m) for m in compiled.MODULES):
        pytest.skip("the parser is not compiled in this install (CLAUSEWISE_PURE build)")
    copy = tmp_path / "site"
    shutil.copytree(PACKAGE.parent / "clausewise", copy / "clausewise")
    for lib in PACKAGE.parent.glob("clausewise_parser__mypyc*"):
        shutil.copy2(lib, copy / lib.name)
    lexicon = compiled.source_path("clausewise.lexicon", copy)
    built = compiled.extension_path("clausewise.lexicon", copy).stat().st_mtime
    os.utime(lexicon, (built + 60, built + 60))  # edited after the build
    script = (
        "import clausewise, sys\n"
        "from clausewise import compiled, parse_text\n"
        "names = [__import__(m, fromlist=['_']).__file__ for m in compiled.MODULES]\n"
        "print(compiled.status()); print(*names, sep='\\n')\n"
        "print(parse_text('The General Assembly,\\n\\n1. Decides to remain seized.\\n').operative[0].lead)\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "CLAUSEWISE_PURE"}
    env["PYTHONPATH"] = str(copy)
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120
    )
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0].startswith("parser from source (compiled build is stale: clausewise.lexicon")
    files = lines[1 : 1 + len(compiled.MODULES)]
    assert all(f.startswith(str(copy)) and f.endswith(".py") for f in files), files
    assert lines[-1] == "Decides"
    assert out.stderr.count("the compiled parser is stale (clausewise.lexicon)") == 1
