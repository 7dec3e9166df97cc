"""Benchmark: the UPR pages and API with all of ../shared/upr loaded and linked, against
the static baseline `/healthz` and the library's own document and search pages, in the
same run (a real `clausewise serve` process on 127.0.0.1, 4 client threads).

The library is bench/out/library.sqlite (the corpus and the seeds, as bench/web.py builds
it) or BENCH_LIBRARY; the UPR exports are imported into it (a no-op when they are there)
and linked when it has no links yet.

Run: .venv/bin/python bench/upr.py   (BENCH_REQUESTS=200 by default)
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote

import httpx
from common import ROOT, machine
from web import LIBRARY, QUERIES, build, free_port, pct, run

UPR = Path(os.environ.get("CLAUSEWISE_SHARED", ROOT.parent / "shared")) / "upr"


def prepare(target: str) -> None:
    cli = [sys.executable, "-m", "clausewise.cli", "upr"]
    subprocess.run(
        [*cli, "import", "--library", target, *map(str, sorted(UPR.glob("*.csv")))], check=True
    )
    from clausewise.library import Library

    with Library(target) as lib, lib.db.connection() as conn:
        linked = conn.execute("SELECT count(*) FROM upr_links").fetchone()[0]
    if not linked:
        subprocess.run([*cli, "link", "--library", target], check=True)


def urls(n: int, ids: list[str], states: list[str], themes: list[str]) -> dict[str, list[str]]:
    rnd = random.Random(21)

    def q(s: str) -> str:
        return quote(s, safe="")

    return {
        "/healthz (baseline)": ["/healthz"] * n,
        "document (existing page)": [f"/documents/{rnd.choice(ids)}" for _ in range(n)],
        "search (existing page)": ["/search?q=" + q(rnd.choice(QUERIES)) for _ in range(n)],
        "UPR State page": [f"/upr/states/{q(rnd.choice(states))}" for _ in range(n)],
        "UPR theme page": [f"/upr/themes/{q(rnd.choice(themes))}" for _ in range(n)],
        "UPR index page": ["/upr"] * n,
        "GET /api/upr/states/{state}": [
            f"/api/upr/states/{q(rnd.choice(states))}" for _ in range(n)
        ],
        "GET /api/upr/recommendations?to&theme (with links)": [
            f"/api/upr/recommendations?to={q(rnd.choice(states))}&theme={q(rnd.choice(themes))}"
            for _ in range(n)
        ],
        "CSV export of a State's": [
            f"/api/upr/recommendations.csv?to={q(rnd.choice(states))}" for _ in range(n)
        ],
    }


def main() -> None:
    target = os.environ.get("BENCH_LIBRARY")
    if not target:
        build()
        target = str(LIBRARY)
    prepare(target)
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "clausewise.cli", "serve", "--library", target, "--port", str(port)],
        stdout=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                ids = [
                    d["id"]
                    for d in httpx.get(base + "/api/documents?limit=10000").json()["documents"]
                ]
                break
            except httpx.TransportError:
                time.sleep(0.1)
        states = [s["state"] for s in httpx.get(base + "/api/upr/states").json()]
        themes = [t["theme"] for t in httpx.get(base + "/api/upr/themes").json()]
        n = int(os.environ.get("BENCH_REQUESTS", "200"))
        plan = urls(n, ids, states, themes)
        run(base, [p for ps in plan.values() for p in ps[:10]])  # warm up
        results = {name: run(base, paths) for name, paths in plan.items()}
    finally:
        server.terminate()
        server.wait(10)
    base95 = pct(results["/healthz (baseline)"], 95)
    print(f"{machine()}")
    print(
        f"{len(ids)} documents, {len(states)} States, {len(themes)} themes; {n} requests per"
        " page, 4 concurrent clients, 127.0.0.1\n"
    )
    print("| page | p50 ms | p95 ms | p95 / baseline p95 |")
    print("|---|---:|---:|---:|")
    for name, xs in results.items():
        print(f"| {name} | {pct(xs, 50):.1f} | {pct(xs, 95):.1f} | {pct(xs, 95) / base95:.1f}x |")


if __name__ == "__main__":
    main()
