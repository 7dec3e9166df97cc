"""Load: 20 clients reading while an editor uploads, against real server processes on
loopback (bounded in time: --seconds per configuration).

Configurations: one server on SQLite; two servers on one PostgreSQL database (the clients
split between them, the editor on the first: the second sees its writes through the change
log). Reads are a mix a delegation's office makes: search (words), a document's page, its
record as JSON, its series, the mandates API, the library list. The editor uploads a new
text (an edited draft) every `--every` seconds and deletes the previous one. A watcher asks
/healthz every 0.25 s throughout. Reported: reads per second, p50/p95/p99 latency, errors
(anything but the answer expected), the /healthz latency (p99 and worst), and each
server's resident memory sampled each second (first, peak, last).

    CLAUSEWISE_TEST_POSTGRES=postgresql://... python bench/load.py [--seconds 30] [--docs 300]
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "src"))
sys.path.insert(0, os.path.dirname(__file__))

import httpx
from common import CORPUS, ROOT, SEEDS, machine, percentile

TOKEN = "bench-token"
WORDS = ["human rights", "sustainable development", "universal periodic review", "women",
         "climate change", "children", "Secretary-General report", "peacekeeping",
         "poverty", "\"international cooperation\"", "migrants", "terrorism"]  # fmt: skip


def rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def build(target, docs: int) -> list[str]:
    from clausewise import parse_text
    from clausewise.ingest.corpus import iter_texts
    from clausewise.library import Library, semantic

    with Library(target) as lib:
        lib.add_paths([SEEDS])
        for f, sym, text in list(iter_texts(CORPUS))[:docs]:
            try:
                lib.add_document(parse_text(text, f, sym, strict=False), f, sync=False)
            except Exception:
                continue
        lib.sync_indexes()
        if semantic.available():  # as an office runs `clausewise embed` once: the servers
            lib.embed()  # then embed only what is uploaded
        return [d.id for d in lib.documents()]


def serve(target, port: int, index_dir: str) -> subprocess.Popen:
    env = {**os.environ, "CLAUSEWISE_TOKEN": TOKEN, "PYTHONPATH": str(ROOT / "src"),
           "CLAUSEWISE_INDEX_DIR": index_dir}  # fmt: skip
    proc = subprocess.Popen(
        [sys.executable, "-m", "clausewise", "serve", "--library", str(target), "--port",
         str(port)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    deadline = time.monotonic() + 120
    while True:
        try:
            httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=5)
            return proc
        except httpx.HTTPError:
            if time.monotonic() > deadline or proc.poll() is not None:
                raise RuntimeError(proc.stderr.read().decode()) from None
            time.sleep(0.2)


def run(
    name: str,
    bases: list[str],
    pids: list[int],
    ids: list[str],
    seconds: float,
    every: float,
    warmup: float,
):
    stop = threading.Event()
    lat: list[float] = []
    health: list[float] = []
    errors: list[str] = []
    rss: dict[int, list[float]] = {p: [] for p in pids}
    lock = threading.Lock()

    def reader(k: int) -> None:
        rng = random.Random(k)
        base = bases[k % len(bases)]
        with httpx.Client(base_url=base, timeout=60) as c:
            while not stop.is_set():
                d = rng.choice(ids)
                url, params = rng.choice(
                    [
                        ("/api/search", {"q": rng.choice(WORDS), "limit": 20}),
                        ("/search", {"q": rng.choice(WORDS)}),
                        (f"/documents/{d}", {}),
                        (f"/api/documents/{d}", {}),
                        (f"/series/{d}", {}),
                        ("/api/mandates", {"limit": 50}),
                        ("/api/documents", {"limit": 50}),
                    ]
                )
                t = time.perf_counter()
                try:
                    r = c.get(url, params=params)
                    ok = r.status_code == 200
                except httpx.HTTPError as exc:
                    ok, r = False, exc
                dt = time.perf_counter() - t
                with lock:
                    lat.append(dt)
                    if not ok:
                        errors.append(f"{url}: {getattr(r, 'status_code', r)}")

    def editor() -> None:
        seed = (SEEDS / "000_dbad4888ba40b000.txt").read_text(encoding="utf-8")
        auth = {"Authorization": f"Bearer {TOKEN}"}
        last = None
        with httpx.Client(base_url=bases[0], timeout=120) as c:
            while not stop.is_set():
                text = seed.replace(
                    "to continue its consideration",
                    f"to continue its consideration ({uuid.uuid4().hex})",
                )
                r = c.post(
                    "/api/documents", files={"file": ("draft.txt", text.encode())}, headers=auth
                )
                if r.status_code != 201:
                    errors.append(f"upload: {r.status_code} {r.text[:100]}")
                elif last:
                    d = c.delete(f"/api/documents/{last}", headers=auth)
                    if d.status_code != 200:
                        errors.append(f"delete: {d.status_code}")
                last = r.json().get("id") if r.status_code == 201 else last
                stop.wait(every)

    def watcher() -> None:
        with httpx.Client(base_url=bases[0], timeout=30) as c:
            while not stop.is_set():
                t = time.perf_counter()
                c.get("/healthz")
                health.append(time.perf_counter() - t)
                stop.wait(0.25)

    def sampler() -> None:
        while not stop.is_set():
            for p in pids:
                rss[p].append(rss_mb(p))
            stop.wait(1.0)

    threads = [threading.Thread(target=reader, args=(k,)) for k in range(20)]
    threads += [threading.Thread(target=f) for f in (editor, watcher, sampler)]
    for t in threads:
        t.start()
    # the first seconds load what a server loads once (search index, templates, the
    # embedding model with the first upload): measured apart, not as growth
    time.sleep(warmup)
    with lock:
        for samples in (lat, health, errors, *rss.values()):
            samples.clear()
    t0 = time.perf_counter()
    time.sleep(seconds)
    stop.set()
    for t in threads:
        t.join(120)
    took = time.perf_counter() - t0
    mem = "; ".join(
        " / ".join(f"{v[min(len(v) - 1, len(v) * q // 4)]:.0f}" for q in range(5)) + " MB"
        for v in rss.values()
        if v
    )
    print(
        f"| {name} | {len(lat) / took:.1f} | {percentile(lat, 50) * 1000:.0f} |"
        f" {percentile(lat, 95) * 1000:.0f} | {percentile(lat, 99) * 1000:.0f} | {len(errors)} |"
        f" {percentile(health, 99) * 1000:.0f} / {max(health) * 1000:.0f} | {mem} |",
        flush=True,
    )
    for e in errors[:5]:
        print(f"  error: {e}", file=sys.stderr)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=float, default=30)
    ap.add_argument("--docs", type=int, default=300)
    ap.add_argument("--every", type=float, default=2.0, help="seconds between uploads")
    ap.add_argument("--warmup", type=float, default=20, help="seconds of load before measuring")
    args = ap.parse_args()
    base_pg = os.environ.get("CLAUSEWISE_TEST_POSTGRES")
    from clausewise.storage import open_database
    from clausewise.storage.migrations import migrate

    print(f"machine: {machine()}; {args.seconds:.0f} s per configuration, 20 readers, one"
          f" upload + delete every {args.every:g} s, library: seeds + {args.docs} corpus documents;"
          f" measured after {args.warmup:g} s of the same load")  # fmt: skip
    print("| configuration | reads/s | p50 ms | p95 ms | p99 ms | errors | /healthz p99 / max ms | RSS per server at 0, 25, 50, 75, 100 % of the run |")  # fmt: skip
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "library.sqlite"
        ids = build(path, args.docs)
        procs = [serve(path, 18761, f"{tmp}/i0")]
        try:
            run(
                "SQLite, 1 server",
                ["http://127.0.0.1:18761"],
                [procs[0].pid],
                ids,
                args.seconds,
                args.every,
                args.warmup,
            )
        finally:
            for p in procs:
                p.terminate()
                p.wait(10)
        if not base_pg:
            print("(PostgreSQL: set CLAUSEWISE_TEST_POSTGRES)")
            return
        import psycopg

        schema = f"load_{uuid.uuid4().hex[:8]}"
        with psycopg.connect(base_pg, autocommit=True) as c:
            c.execute(f"CREATE SCHEMA {schema}")
        url = f"{base_pg}?options=-csearch_path%3D{schema}"
        try:
            db = open_database(url)
            migrate(db)
            db.close()
            os.environ["CLAUSEWISE_INDEX_DIR"] = f"{tmp}/ib"
            ids = build(url, args.docs)
            procs = [serve(url, 18762, f"{tmp}/i1"), serve(url, 18763, f"{tmp}/i2")]
            try:
                run("PostgreSQL, 2 servers", ["http://127.0.0.1:18762", "http://127.0.0.1:18763"],
                    [p.pid for p in procs], ids, args.seconds, args.every, args.warmup)  # fmt: skip
            finally:
                for p in procs:
                    p.terminate()
                    p.wait(10)
        finally:
            with psycopg.connect(base_pg, autocommit=True) as c:
                c.execute(f"DROP SCHEMA {schema} CASCADE")


if __name__ == "__main__":
    main()
