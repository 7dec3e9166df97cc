"""The parser's hot modules, compiled with mypyc (pyproject.toml holds everything else).

The Python sources stay the only source: mypyc compiles those same files into C
extensions, which Python imports in their place (about 1.6x the parse speed on the corpus,
bench/parse.py). `CLAUSEWISE_PURE=1 pip install ...` builds without them, and
`clausewise.compiled` tells which modules run compiled and whether any is stale.
"""

from __future__ import annotations

import os
import runpy
from pathlib import Path

from setuptools import setup

# Every text a user parses passes through these (clausewise.compiled lists them); nothing
# else is hot enough to pay for a C build. Records and the other formats' readers stay
# interpreted: the records are made by clausewise.frozen's twins, which need Python classes.
SOURCES = runpy.run_path("src/clausewise/compiled.py")["sources"]()


def ext_modules() -> list:
    if os.environ.get("CLAUSEWISE_PURE"):
        return []
    from mypyc.build import mypycify

    # (paths relative to here, as mypyc names the modules by them: clausewise.lexicon ...)
    paths = [str(p.relative_to(Path.cwd().resolve())) for p in SOURCES]
    return mypycify(paths, opt_level="3", group_name="clausewise_parser")


setup(ext_modules=ext_modules())
