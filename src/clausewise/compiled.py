"""The parser modules that run compiled, and the guard against a stale build.

setup.py compiles MODULES with mypyc into C extensions that sit beside their sources and
are imported in their place. Once a source changes, its extension is stale until the next
build (`make setup`); a stale extension would run yesterday's parser. So when any of them
is stale, or when CLAUSEWISE_PURE=1 asks for it, `guard()` has every one of them imported
from its source instead. It is all or none: compiled modules call one another directly,
not through the import system, so a mix would still run the stale code.

This module imports only the standard library: setup.py reads MODULES from it.
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import os
import sys
from pathlib import Path

MODULES = (
    "clausewise.lexicon",
    "clausewise.ingest.text",
    "clausewise.structure",
    "clausewise.structure.body",
    "clausewise.structure.eids",
    "clausewise.structure.header",
    "clausewise.structure.lines",
)

_ROOT = Path(__file__).resolve().parent.parent  # the directory that holds clausewise/


def source_path(module: str, root: Path = _ROOT) -> Path:
    """The .py file of `module` under `root`."""
    base = root.joinpath(*module.split("."))
    return base / "__init__.py" if base.is_dir() else base.with_suffix(".py")


def sources(root: Path = _ROOT) -> list[Path]:
    """The source files setup.py compiles."""
    return [source_path(m, root) for m in MODULES]


def extension_path(module: str, root: Path = _ROOT) -> Path | None:
    """The compiled extension of `module` under `root`, if one was built."""
    src = source_path(module, root)
    stem = "__init__" if src.name == "__init__.py" else src.stem
    for suffix in importlib.machinery.EXTENSION_SUFFIXES:
        ext = src.with_name(stem + suffix)
        if ext.exists():
            return ext
    return None


def stale(root: Path = _ROOT) -> list[str]:
    """The compiled modules whose source is newer than their extension."""
    out = []
    for module in MODULES:
        ext = extension_path(module, root)
        if ext is not None and source_path(module, root).stat().st_mtime > ext.stat().st_mtime:
            out.append(module)
    return out


def status(root: Path = _ROOT) -> str:
    """One line on how the parser runs: compiled, from source, or from source for a reason."""
    built = [m for m in MODULES if extension_path(m, root) is not None]
    if not built:
        return "parser from source (not compiled: build with mypyc, see setup.py)"
    if os.environ.get("CLAUSEWISE_PURE"):
        return "parser from source (CLAUSEWISE_PURE is set)"
    if old := stale(root):
        return f"parser from source (compiled build is stale: {', '.join(old)}; run make setup)"
    if len(built) < len(MODULES):
        missing = sorted(set(MODULES) - set(built))
        return f"parser partly compiled (no extension for {', '.join(missing)})"
    return f"parser compiled ({len(built)} modules, mypyc)"


class _FromSource:
    """A meta path finder that imports MODULES from their .py files."""

    def find_spec(self, name, path=None, target=None):
        if name not in MODULES:
            return None
        src = source_path(name)
        return importlib.util.spec_from_file_location(
            name,
            src,
            submodule_search_locations=[str(src.parent)] if src.name == "__init__.py" else None,
        )


def guard() -> None:
    """Before any parser module is imported: take them from source if the build is stale
    or CLAUSEWISE_PURE is set, saying so once on stderr for a stale build."""
    if any(isinstance(f, _FromSource) for f in sys.meta_path):
        return
    if os.environ.get("CLAUSEWISE_PURE"):
        sys.meta_path.insert(0, _FromSource())
    elif old := stale():
        print(
            f"clausewise: the compiled parser is stale ({', '.join(old)}): reading from "
            "source, which is slower; `make setup` rebuilds it",
            file=sys.stderr,
        )
        sys.meta_path.insert(0, _FromSource())
