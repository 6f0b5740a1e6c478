"""Crawl throughput, as ratios measured in one run on this machine.

    python bench/bench_throughput.py                    # both parts
    python bench/bench_throughput.py --part single      # full crawl vs `scrapy bench`
    python bench/bench_throughput.py --part scale       # 1, 2, 3 workers on Redis

1. Single process: pages/min of a full `scrapy crawl sindonews` — extraction, every pipeline, the
   incremental seen-store and the atomic run output on — against a loopback site of realistic 120 KB
   article pages (served over TLS through the replay proxy), next to `scrapy bench` (Scrapy's own
   link-following spider on its local server) run just before, with the same concurrency (16). Both rates
   are responses received / elapsed crawl time from each crawl's final stats. Aim: >= 0.7x.
2. Scale-out: pages/s of 1, 2 and 3 distributed workers (`NEWSCRAWL_REDIS_URL`, fixed concurrency of 8
   per worker) against a latency-bound loopback site answering every request after 200 ms. The site
   holds its first listing page until every worker has joined, and the rate is articles / (last article
   answered - that moment). Aim: >= 2.5x at 3 workers.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO), str(REPO / "tests")]

from replay import ReplayProxy, RequestInfo, Route  # noqa: E402
from redis_helpers import RedisServer, wide_site_routes  # noqa: E402
from synthetic_site import DAY, article_url, listing_url  # noqa: E402

FAST = {"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False, "RETRY_TIMES": 1, "LOG_LEVEL": "INFO"}


def scrapy_bench(seconds: int, workdir: Path) -> dict[str, float]:
    """`scrapy bench` outside the project (its stock settings), rate from its final stats."""
    env = {k: v for k, v in os.environ.items() if k != "SCRAPY_SETTINGS_MODULE"}
    cwd = workdir / "bench-cwd"
    cwd.mkdir()
    process = subprocess.run([sys.executable, "-m", "scrapy", "bench", "-s", f"CLOSESPIDER_TIMEOUT={seconds}"],
                             cwd=cwd, env=env, capture_output=True, text=True, timeout=seconds + 120)
    responses = re.search(r"'response_received_count': (\d+)", process.stderr)
    elapsed = re.search(r"'elapsed_time_seconds': ([\d.]+)", process.stderr)
    if not (responses and elapsed):
        raise RuntimeError(f"scrapy bench gave no stats:\n{process.stderr[-3000:]}")
    pages, seconds_ = int(responses.group(1)), float(elapsed.group(1))
    return {"pages": pages, "seconds": seconds_, "per_min": pages / seconds_ * 60}


def full_crawl(articles: int, workdir: Path) -> dict[str, float]:
    routes = wide_site_routes(articles, per_listing=100, pad_to=120_000)
    page_kb = len(routes[article_url(0)].body) / 1024
    out = workdir / "single"
    out.mkdir()
    settings = {**FAST, "CONCURRENT_REQUESTS": 16, "CONCURRENT_REQUESTS_PER_DOMAIN": 16,
                "NEWSCRAWL_INCREMENTAL": True, "NEWSCRAWL_RUN_ID": "bench", "NEWSCRAWL_OUTPUT_DIR": out / "output",
                "NEWSCRAWL_STATE_PATH": out / "state" / "seen.sqlite3", "NEWSCRAWL_STATS_FILE": out / "stats.json",
                "LOG_FILE": out / "crawl.log", "FEEDS": "{}"}
    command = [sys.executable, "-m", "scrapy", "crawl", "sindonews", "-a", f"since={DAY}", "-a", f"until={DAY}"]
    for key, value in settings.items():
        command += ["-s", f"{key}={value}"]
    env = {k: v for k, v in os.environ.items() if k != "NEWSCRAWL_REDIS_URL"}
    with ReplayProxy(routes) as proxy:
        process = subprocess.run(command, cwd=REPO, env={**env, **proxy.env()}, capture_output=True, text=True,
                                 timeout=1800)
    if process.returncode != 0:
        raise RuntimeError(process.stderr[-3000:])
    stats = json.loads((out / "stats.json").read_text())
    emitted = stats.get("newscrawl/output/items", 0)
    if emitted != articles:
        raise RuntimeError(f"the crawl emitted {emitted} of {articles} articles; see {out / 'crawl.log'}")
    pages, seconds = stats["response_received_count"], stats["elapsed_time_seconds"]
    return {"pages": pages, "seconds": seconds, "per_min": pages / seconds * 60, "emitted": emitted,
            "page_kb": page_kb, "mb": stats.get("downloader/response_bytes", 0) / 2**20}


class LatencySite:
    """Routes answering after `delay`, timestamping article answers; listing page 0 waits for `gate`."""

    def __init__(self, articles: int, delay: float) -> None:
        self.gate = threading.Event()
        self.times: list[float] = []
        self.lock = threading.Lock()
        self.routes: dict[str, Any] = {}
        for url, route in wide_site_routes(articles, per_listing=100, delay=delay).items():
            self.routes[url] = self.timed(route) if "/read/" in url else route
        self.routes[listing_url(0)] = self.gated(self.routes[listing_url(0)])

    def timed(self, route: Route):
        def answer(_hit: int, _request: RequestInfo) -> Route:
            time.sleep(route.delay)
            with self.lock:
                self.times.append(time.monotonic())
            return Route(body=route.body)
        return answer

    def gated(self, route: Route):
        def answer(_hit: int, _request: RequestInfo) -> Route:
            self.gate.wait(300)
            return route
        return answer


def scale_out(workers: int, articles: int, delay: float, concurrency: int, redis_url: str, workdir: Path) -> dict[str, float]:
    import redis

    site = LatencySite(articles, delay)
    prefix = f"bench-{uuid.uuid4().hex[:8]}"
    base = workdir / f"scale{workers}"
    settings = {**FAST, "CONCURRENT_REQUESTS": concurrency, "CONCURRENT_REQUESTS_PER_DOMAIN": concurrency,
                "NEWSCRAWL_REDIS_KEY": f"{prefix}:%(spider)s", "NEWSCRAWL_REDIS_STORE_KEY": f"{prefix}:seen",
                "NEWSCRAWL_REDIS_POLL": 0.2, "DOWNLOAD_TIMEOUT": 60}
    client = redis.Redis.from_url(redis_url)
    with ReplayProxy(site.routes) as proxy:
        env = {**os.environ, **proxy.env(), "NEWSCRAWL_REDIS_URL": redis_url}
        processes = []
        for n in range(workers):
            machine = base / f"m{n}"
            command = [sys.executable, "-m", "scrapy", "crawl", "sindonews", "-a", f"since={DAY}", "-a", f"until={DAY}"]
            for key, value in {**settings, "NEWSCRAWL_OUTPUT_DIR": machine / "output", "LOG_FILE": machine / "crawl.log",
                               "NEWSCRAWL_STATS_FILE": machine / "stats.json"}.items():
                command += ["-s", f"{key}={value}"]
            machine.mkdir(parents=True)
            processes.append(subprocess.Popen(command, cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE))
        deadline = time.monotonic() + 300
        while client.hlen(f"{prefix}:sindonews:workers") < workers:
            if time.monotonic() > deadline or any(p.poll() is not None for p in processes):
                raise RuntimeError("workers did not all join: " + " ".join(p.stderr.read().decode()[-2000:]
                                                                          for p in processes if p.poll() is not None))
            time.sleep(0.05)
        started = time.monotonic()
        site.gate.set()
        for process in processes:
            if process.wait(timeout=1800) != 0:
                raise RuntimeError(process.stderr.read().decode()[-3000:])
    emitted = sum(json.loads((base / f"m{n}" / "stats.json").read_text()).get("newscrawl/output/items", 0)
                  for n in range(workers))
    if emitted != articles or len(site.times) != articles:
        raise RuntimeError(f"{workers} workers: {emitted} emitted, {len(site.times)} fetched, of {articles}")
    seconds = max(site.times) - started
    client.close()
    return {"pages_per_s": articles / seconds, "seconds": seconds}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=["single", "scale", "both"], default="both")
    parser.add_argument("--articles", type=int, default=1000, help="single process: 120 KB articles (default 1000)")
    parser.add_argument("--bench-seconds", type=int, default=20, help="how long `scrapy bench` runs")
    parser.add_argument("--scale-articles", type=int, default=1200, help="scale-out: articles (default 1200)")
    parser.add_argument("--latency", type=float, default=0.2, help="scale-out: seconds per response")
    parser.add_argument("--concurrency", type=int, default=8, help="scale-out: concurrent requests per worker")
    args = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="bench-throughput-"))
    print(f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f} at start")
    try:
        if args.part in ("single", "both"):
            bench = scrapy_bench(args.bench_seconds, workdir)
            crawl = full_crawl(args.articles, workdir)
            print(f"\nSingle process (concurrency 16)")
            print(f"  scrapy bench:       {bench['per_min']:7.0f} pages/min ({bench['pages']} pages in {bench['seconds']:.1f} s)")
            print(f"  scrapy crawl (full): {crawl['per_min']:7.0f} pages/min ({crawl['pages']} responses, {crawl['emitted']} articles "
                  f"of {crawl['page_kb']:.0f} KB, {crawl['mb']:.0f} MiB, in {crawl['seconds']:.1f} s)")
            print(f"  ratio crawl / bench: {crawl['per_min'] / bench['per_min']:.2f}x (aim >= 0.7x)")
        if args.part in ("scale", "both"):
            server = RedisServer().start()
            try:
                print(f"\nScale-out ({args.latency * 1000:.0f} ms per response, concurrency {args.concurrency} per worker, "
                      f"{args.scale_articles} articles)")
                rates = {}
                for workers in (1, 2, 3):
                    result = scale_out(workers, args.scale_articles, args.latency, args.concurrency, server.url, workdir)
                    rates[workers] = result["pages_per_s"]
                    print(f"  {workers} worker(s): {result['pages_per_s']:6.1f} pages/s ({result['seconds']:.1f} s), "
                          f"{rates[workers] / rates[1]:.2f}x of 1 worker"
                          + (f" (ideal {args.concurrency / args.latency * workers:.0f} pages/s)"))
                print(f"  ratio 3 workers / 1 worker: {rates[3] / rates[1]:.2f}x (aim >= 2.5x)")
            finally:
                server.close()
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
