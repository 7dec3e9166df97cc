"""Run every benchmark in this folder, one after the other: `make bench` (or
`python bench/run.py [NAME...]`). Each prints its own markdown table; copy the figures,
with the machine and the command, into bench/RESULTS.md."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(names: list[str]) -> int:
    scripts = sorted(p for p in HERE.glob("*.py") if p.name not in ("run.py", "common.py"))
    if names:
        scripts = [p for p in scripts if p.stem in names]
    status = 0
    for script in scripts:
        print(f"\n## {script.stem}\n", flush=True)
        status |= subprocess.call([sys.executable, str(script)])
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
