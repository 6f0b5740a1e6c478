"""Crawl throughput, as ratios measured in one run on this machine.

    python bench/bench_throughput.py                    # both parts
    python bench/bench_throughput.py --part single      # full crawl vs `scrapy bench`
    python bench/bench_throughput.py --part scale       # 1 and 3 workers on Redis, over several sites

1. Single process: pages/min of a full `scrapy crawl sindonews` — extraction, every pipeline, the
   incremental seen-store and the atomic run output on — against a loopback site of realistic 120 KB
   article pages (served over TLS through the replay proxy), next to `scrapy bench` (Scrapy's own
   link-following spider on its local server) run just before, with the same concurrency (16). Both rates
   are responses received / elapsed crawl time from each crawl's final stats. Aim: >= 0.7x.
2. Scale-out: pages/s of 1 and 3 distributed workers (`NEWSCRAWL_REDIS_URL`) on one crawl whose articles
   are spread over several loopback sites (one host each), in two cases: latency-bound (small pages, 200 ms
   per response, 8 requests in flight per worker) and CPU-bound (120 KB pages, 20 ms per response).
   Politeness is per site and cluster-wide (newscrawl/politeness.py: 2 in flight, 10 requests/s per
   site, for all workers together), so workers scale across sites, never by loading one site harder.
   The first listing page is held until every worker has joined; the rate is articles / (last article
   started - that moment). Per site it also reports the most requests in flight and the highest rate
   the loopback server saw, and 3 workers without the gate (its cost). Scaling is bounded by the
   machine's cores: CPU-bound workers on 2 shared cores cannot reach 3x.
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
import time
import uuid
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO), str(REPO / "tests")]

from replay import ReplayProxy  # noqa: E402
from redis_helpers import HostMeter, RedisServer, spread_over_hosts, wide_site_routes  # noqa: E402
from synthetic_site import DAY, article_url, listing_url  # noqa: E402

FAST = {"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False, "RETRY_TIMES": 1, "LOG_LEVEL": "INFO"}
# Scale-out: each site gets one crawler's politeness, cluster-wide (newscrawl/politeness.py).
POLITE = {"CONCURRENT_REQUESTS": 8, "CONCURRENT_REQUESTS_PER_DOMAIN": 2, "DOWNLOAD_DELAY": 0.1,
          "RANDOMIZE_DOWNLOAD_DELAY": False}


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


def scale_out(workers: int, articles: int, sites: int, latency: float, pad_to: int, redis_url: str, workdir: Path,
              gated: bool = True) -> dict[str, Any]:
    """`workers` distributed workers on one crawl whose articles (padded to `pad_to` bytes) are spread over
    `sites` hosts, answered after `latency`; politeness per host as in POLITE, cluster-wide when `gated`.
    The first listing page is held until every worker has joined; the rate is articles / (last article
    started - that moment)."""
    import redis

    meter = HostMeter()
    routes = spread_over_hosts(wide_site_routes(articles, per_listing=100, delay=latency, pad_to=pad_to),
                               articles, sites)
    routes = meter.wrap_all(routes, hold=listing_url(0))
    prefix = f"bench-{uuid.uuid4().hex[:8]}"
    base = workdir / f"scale{workers}-{pad_to}-{'gate' if gated else 'nogate'}"
    settings = {**FAST, **POLITE, "NEWSCRAWL_POLITE_CLUSTER": gated, "NEWSCRAWL_POLITE_KEY": f"{prefix}:polite",
                "NEWSCRAWL_REDIS_KEY": f"{prefix}:%(spider)s", "NEWSCRAWL_REDIS_STORE_KEY": f"{prefix}:seen",
                "NEWSCRAWL_REDIS_POLL": 0.2, "DOWNLOAD_TIMEOUT": 60}
    client = redis.Redis.from_url(redis_url)
    with ReplayProxy(routes) as proxy:
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
        meter.open.set()
        for process in processes:
            if process.wait(timeout=1800) != 0:
                raise RuntimeError(process.stderr.read().decode()[-3000:])
    client.close()
    emitted = sum(json.loads((base / f"m{n}" / "stats.json").read_text()).get("newscrawl/output/items", 0)
                  for n in range(workers))
    hosts = [h for h in meter.starts if h.startswith("kanal")]
    fetched = sum(len(meter.starts[h]) for h in hosts)  # robots.txt has no route: not metered
    if emitted != articles or fetched != articles:
        raise RuntimeError(f"{workers} workers: {emitted} emitted, {fetched} fetched, of {articles}")
    seconds = max(max(meter.starts[h]) for h in hosts) - started
    return {"pages_per_s": articles / seconds, "seconds": seconds,
            "max_in_flight": max(meter.max_in_flight[h] for h in hosts),
            "max_site_rate": max(meter.rate(h) for h in hosts)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=["single", "scale", "both"], default="both")
    parser.add_argument("--articles", type=int, default=1000, help="single process: 120 KB articles (default 1000)")
    parser.add_argument("--bench-seconds", type=int, default=20, help="how long `scrapy bench` runs")
    parser.add_argument("--scale-articles", type=int, default=1000, help="scale-out: articles (default 1000)")
    parser.add_argument("--sites", type=int, default=20, help="scale-out: sites (hosts) the articles are spread over")
    parser.add_argument("--latency", type=float, default=0.2, help="scale-out, latency-bound case: seconds per response")
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
                for case, pad_to, latency in (("latency-bound, 2 KB pages", 0, args.latency),
                                              ("CPU-bound, 120 KB pages", 120_000, 0.02)):
                    per_site = min(POLITE["CONCURRENT_REQUESTS_PER_DOMAIN"] / latency, 1 / POLITE["DOWNLOAD_DELAY"])
                    print(f"\nScale-out, {case}: {args.scale_articles} articles over {args.sites} sites (one host each), "
                          f"{latency * 1000:.0f} ms per response, {POLITE['CONCURRENT_REQUESTS']} requests per worker; per site "
                          f"{POLITE['CONCURRENT_REQUESTS_PER_DOMAIN']} in flight and {1 / POLITE['DOWNLOAD_DELAY']:.0f} requests/s "
                          f"cluster-wide (politeness cap {args.sites * per_site:.0f} pages/s)")
                    runs = {}
                    for workers, gated in ((1, True), (3, True), (3, False)):
                        result = scale_out(workers, args.scale_articles, args.sites, latency, pad_to, server.url, workdir, gated)
                        runs[workers, gated] = result
                        print(f"  {workers} worker(s), gate {'on ' if gated else 'off'}: {result['pages_per_s']:6.1f} pages/s "
                              f"({result['seconds']:.1f} s), {result['pages_per_s'] / runs[1, True]['pages_per_s']:.2f}x of 1 worker; "
                              f"per site: at most {result['max_in_flight']} in flight, {result['max_site_rate']:.1f} requests/s")
                    print(f"  ratio 3 workers / 1 worker (gate on): {runs[3, True]['pages_per_s'] / runs[1, True]['pages_per_s']:.2f}x; "
                          f"3 workers gate on / gate off: {runs[3, True]['pages_per_s'] / runs[3, False]['pages_per_s']:.2f}x")
            finally:
                server.close()
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
