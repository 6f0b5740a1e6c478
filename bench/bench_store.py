"""Memory and lookup costs of distributed mode's state, measured in one run.

    python bench/bench_store.py                 # 1M fingerprints, 1M articles
    python bench/bench_store.py --count 200000  # smaller

1. Redis memory per 1M request fingerprints, inserted the way the dupefilter does (SADD of the 40-hex
   fingerprint strings into one set), from INFO memory before and after.
2. The seen-store at N articles, SQLite and Redis, filled through commit_run (as runs commit, 10,000
   articles per run): size on disk / in Redis memory, bytes per article, and the median and p99 time
   of a lookup (get(url), what SeenArticlesMiddleware does per discovered link), hits and misses.

Starts its own redis-server (no persistence) on a free port; needs the redis-server binary.
"""
from __future__ import annotations

import argparse
import hashlib
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from newscrawl.state import Emission, RedisSeenStore, SeenStore, article_key, redis_client  # noqa: E402


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_redis(workdir: Path) -> tuple[subprocess.Popen, str]:
    binary = shutil.which("redis-server")
    if binary is None:
        sys.exit("redis-server not installed (apt-get install redis-server)")
    port = free_port()
    process = subprocess.Popen([binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
                                "--dir", str(workdir)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"redis://127.0.0.1:{port}/0"
    client = redis_client(url, 10.0)
    deadline = time.monotonic() + 20
    while True:
        try:
            client.ping()
            break
        except Exception:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)
    client.close()
    return process, url


def used_memory(client) -> int:
    return int(client.info("memory")["used_memory"])


def article_url(n: int) -> str:
    return f"https://nasional.sindonews.com/read/{1_000_000 + n}/12/judul-berita-nomor-{n}-tentang-kebijakan-daerah-1718{n % 1000000:06d}"


def emissions(start: int, stop: int) -> list[Emission]:
    return [Emission(key=article_key("sindonews", str(1_000_000 + n), article_url(n)), url=article_url(n),
                     site="sindonews", article_id=str(1_000_000 + n),
                     content_hash=hashlib.sha256(str(n).encode()).hexdigest(), updated_at=None,
                     published_ts=1_718_800_000.0 + n) for n in range(start, stop)]


def fill(store, count: int, batch: int = 10_000) -> float:
    started = time.perf_counter()
    for run, start in enumerate(range(0, count, batch)):
        part = Path(f"/nonexistent/output/sindonews/run{run}.jsonl.part")
        store.commit_run(f"run{run}", "sindonews", part, part.with_suffix(""), emissions(start, min(count, start + batch)))
    return time.perf_counter() - started


def lookups(store, count: int, samples: int = 20_000) -> dict[str, float]:
    rng = random.Random(7)
    result = {}
    # As the seen-middleware looks an article up: by site#id, then by the URL it was emitted under
    # (a miss pays both lookups).
    for label, numbers in (("hit", [rng.randrange(count) for _ in range(samples)]),
                           ("miss", [count + rng.randrange(count) for _ in range(samples)])):
        times = []
        for n in numbers:
            url = article_url(n)
            t0 = time.perf_counter()
            found = store.find(f"sindonews#{1_000_000 + n}", url)
            times.append(time.perf_counter() - t0)
            assert (found is not None) == (label == "hit"), url
        times.sort()
        result[f"{label}_median_us"] = statistics.median(times) * 1e6
        result[f"{label}_p99_us"] = times[int(len(times) * 0.99)] * 1e6
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1_000_000, help="fingerprints and articles (default 1M)")
    args = parser.parse_args()
    count = args.count
    per_million = 1_000_000 / count
    workdir = Path(tempfile.mkdtemp(prefix="bench-store-"))
    redis_process, url = start_redis(workdir)
    client = redis_client(url, 10.0)
    try:
        print(f"redis-server {client.info('server')['redis_version']}, {count:,} fingerprints / articles\n")

        # 1. Fingerprints, as RFPDupeFilter.request_seen adds them.
        before = used_memory(client)
        started = time.perf_counter()
        pipe = client.pipeline(transaction=False)
        for n in range(count):
            pipe.sadd("bench:sindonews:dupefilter", hashlib.sha1(f"fp{n}".encode()).hexdigest())
            if n % 10_000 == 9_999:
                pipe.execute()
        pipe.execute()
        seconds = time.perf_counter() - started
        grown = used_memory(client) - before
        print("Redis dupefilter (SADD of 40-hex fingerprints into one set)")
        print(f"  memory: {grown / 1e6:.1f} MB for {count:,} -> {grown * per_million / 2**20:.1f} MiB per 1M fingerprints "
              f"({grown / count:.0f} bytes each); inserted at {count / seconds:,.0f}/s (pipelined)")
        client.delete("bench:sindonews:dupefilter")

        # 2. Seen-store at `count` articles.
        print(f"\nSeen-store at {count:,} articles (filled by commit_run, 10,000 articles per run)")
        sqlite_path = workdir / "seen.sqlite3"
        sqlite = SeenStore(sqlite_path)
        fill_s = fill(sqlite, count)
        sqlite.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        size = sum(p.stat().st_size for p in workdir.glob("seen.sqlite3*"))
        sq = lookups(sqlite, count)
        sqlite.close()
        print(f"  SQLite: {size / 2**20:.1f} MiB on disk ({size / count:.0f} bytes/article), filled in {fill_s:.1f} s; "
              f"find(): hit median {sq['hit_median_us']:.1f} µs (p99 {sq['hit_p99_us']:.1f}), "
              f"miss median {sq['miss_median_us']:.1f} µs (p99 {sq['miss_p99_us']:.1f})")

        before = used_memory(client)
        store = RedisSeenStore(client, "bench:seen")
        fill_s = fill(store, count)
        grown = used_memory(client) - before
        rd = lookups(store, count)
        assert store.count() == count
        print(f"  Redis:  {grown / 2**20:.1f} MiB of memory ({grown / count:.0f} bytes/article), filled in {fill_s:.1f} s; "
              f"find(): hit median {rd['hit_median_us']:.1f} µs (p99 {rd['hit_p99_us']:.1f}), "
              f"miss median {rd['miss_median_us']:.1f} µs (p99 {rd['miss_p99_us']:.1f}) over loopback TCP")
        print(f"  ratio Redis/SQLite lookup (hit median): {rd['hit_median_us'] / sq['hit_median_us']:.1f}x")
    finally:
        client.close()
        redis_process.terminate()
        redis_process.wait(timeout=30)
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
