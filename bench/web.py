"""Benchmark: the web pages under a bounded local load, against a static route.

A real `clausewise serve` process (uvicorn) on 127.0.0.1 over a library holding the whole
corpus and the seeds; a fixed number of requests per page from a few client threads
(loopback only, nothing leaves the machine). p50/p95 latency per page, and the ratio of
each page's p95 to the baseline `/healthz` (a static string: the cost of HTTP itself).

The library is built once into bench/out/library.sqlite (several minutes on a busy
machine) and reused by later runs.

Run: .venv/bin/python bench/web.py
"""

from __future__ import annotations

import os
import random
import socket
import statistics
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor

import httpx
from common import CORPUS, ROOT

from clausewise.ingest.corpus import SERIES

LIBRARY = ROOT / "bench" / "out" / "library.sqlite"
CLIENTS = 4
QUERIES = [
    "extreme poverty", "States", '"dialogue among religions"', "universal periodic review",
    "climate change adaptation", '"Requests the Secretary-General"', "indigenous peoples",
    "freedom of expression", "migrants", "desertification",
]  # fmt: skip


def build() -> None:
    if LIBRARY.exists():
        return
    print(f"building {LIBRARY} from the corpus (once) ...", file=sys.stderr)
    cli = [sys.executable, "-m", "clausewise.cli", "add", "--library", str(LIBRARY)]
    subprocess.run(
        [*cli, str(CORPUS), *map(str, (ROOT / "examples/seeds").glob("*.txt"))], check=True
    )


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def urls(n: int, ids: list[str], symbols: list[str]) -> dict[str, list[str]]:
    rnd = random.Random(7)
    pairs = [(s[i], s[i + 1]) for s in SERIES for i in range(len(s) - 1)]
    return {
        "/healthz (baseline)": ["/healthz"] * n,
        "document": [f"/documents/{rnd.choice(ids)}" for _ in range(n)],
        "compare (series pairs, repeated)": [
            f"/compare?old={a}&new={b}" for a, b in (rnd.choice(pairs) for _ in range(n))
        ],
        # every pair new: no kept view helps, each request aligns and renders afresh
        "compare (distinct random pairs)": [
            f"/compare?old={rnd.choice(ids)}&new={rnd.choice(ids)}" for _ in range(n)
        ],
        "search": [
            "/search?q=" + httpx.QueryParams({"q": rnd.choice(QUERIES)})["q"] for _ in range(n)
        ],
        # the pages a day's work goes through: the library a page at a time, sorted and
        # filtered (facets counted on every page), and search results beyond the first page
        "library (first page, newest first)": ["/"] * n,
        "library (random page, sort, filters)": [
            "/?"
            + httpx.QueryParams(
                {
                    k: v
                    for k, v in (
                        ("page", rnd.randint(1, 20)),
                        ("sort", rnd.choice(("newest", "oldest", "symbol", "title"))),
                        ("body", rnd.choice(("", "GA", "HRC", "SC"))),
                        ("mandates", rnd.choice(("", "yes"))),
                    )
                    if v
                }
            ).__str__()
            for _ in range(n)
        ],
        "library (year and title words)": [
            f"/?year={rnd.randint(1995, 2024)}&q={rnd.choice(('human', 'rights', 'peace', 'development'))}"
            for _ in range(n)
        ],
        "search (pages 2-5)": [
            "/search?"
            + str(httpx.QueryParams({"q": rnd.choice(QUERIES), "page": rnd.randint(2, 5)}))
            for _ in range(n)
        ],
        "search (prefix and fuzzy words)": [
            "/search?"
            + str(
                httpx.QueryParams(
                    {"q": rnd.choice(("pov*", "poverty~1", "migra*", "desertificaton~2"))}
                )
            )
            for _ in range(n)
        ],
        # a date range and sorting by date: a range query and tantivy's order by the fast
        # field `day`, over every match before paging
        "search (date range, newest first)": [
            "/search?"
            + str(
                httpx.QueryParams(
                    {
                        "q": rnd.choice(QUERIES),
                        "from": (y := rnd.randint(1995, 2020)),
                        "to": y + rnd.randint(0, 5),
                        "sort": "newest",
                    }
                )
            )
            for _ in range(n)
        ],
        "search (sorted by date, pages 2-5)": [
            "/search?"
            + str(
                httpx.QueryParams(
                    {
                        "q": rnd.choice(QUERIES),
                        "sort": rnd.choice(("newest", "oldest")),
                        "page": rnd.randint(2, 5),
                    }
                )
            )
            for _ in range(n)
        ],
        "document by symbol": [f"/documents/{rnd.choice(symbols)}" for _ in range(n)],
        "suggest (compare picker)": [
            "/api/suggest?"
            + str(
                httpx.QueryParams(
                    {"q": rnd.choice(("72/1", "poverty", "A/HRC/RES/5", "climate", "S/RES/24"))}
                )
            )
            for _ in range(n)
        ],
    }


def run(base: str, paths: list[str]) -> list[float]:
    def one(client: httpx.Client, path: str) -> float:
        t = time.perf_counter()
        r = client.get(base + path)
        r.raise_for_status()
        return time.perf_counter() - t

    clients = [httpx.Client(timeout=60) for _ in range(CLIENTS)]
    with ThreadPoolExecutor(CLIENTS) as pool:
        out = list(pool.map(lambda ip: one(clients[ip[0] % CLIENTS], ip[1]), enumerate(paths)))
    for c in clients:
        c.close()
    return out


def pct(xs: list[float], q: float) -> float:
    return statistics.quantiles(xs, n=100, method="inclusive")[int(q) - 1] * 1000


def main() -> None:
    build()
    port = free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "clausewise.cli",
            "serve",
            "--library",
            str(LIBRARY),
            "--port",
            str(port),
        ],
        stdout=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                docs = httpx.get(base + "/api/documents?limit=10000").json()["documents"]
                ids = [d["id"] for d in docs]
                symbols = [d["symbol"] for d in docs if d["symbol"]]
                break
            except httpx.TransportError:
                time.sleep(0.1)
        n = int(os.environ.get("BENCH_REQUESTS", "200"))
        plan = urls(n, ids, symbols)
        # BENCH_ONLY="library,search": those pages only (the baseline always runs)
        only = [w for w in os.environ.get("BENCH_ONLY", "").split(",") if w]
        if only:
            plan = {k: v for k, v in plan.items() if "baseline" in k or any(w in k for w in only)}
        run(base, [p for ps in plan.values() for p in ps[:10]])  # warm up
        results = {name: run(base, paths) for name, paths in plan.items()}
    finally:
        server.terminate()
        server.wait(10)
    base95 = pct(results["/healthz (baseline)"], 95)
    print(f"{len(ids)} documents, {n} requests per page, {CLIENTS} concurrent clients, 127.0.0.1\n")
    print("| page | p50 ms | p95 ms | p95 / baseline p95 |")
    print("|---|---:|---:|---:|")
    for name, xs in results.items():
        print(f"| {name} | {pct(xs, 50):.1f} | {pct(xs, 95):.1f} | {pct(xs, 95) / base95:.1f}x |")


if __name__ == "__main__":
    main()
