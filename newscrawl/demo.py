"""Offline demo: the real `scrapy crawl` against bundled saved pages served on 127.0.0.1.

    python -m newscrawl.demo                 # sindonews, writes demo.jsonl
    python -m newscrawl.demo --site sindonews --out demo.jsonl

No news site is reachable from here, so the demo starts the replay proxy over the site's
fixtures in tests/sites/<site>/ and points Scrapy at it through http_proxy/https_proxy; the
spider, the engine, the pipelines and the feed export are the real ones.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
# Temporary bridge while the demo still reads tests/sites: the replay proxy moved to tests/ (test
# infrastructure); the next change ships the demo's own pages and loopback serving with the package.
sys.path.insert(0, str(REPO / "tests"))
from replay import ReplayProxy, routes_from_fixtures  # noqa: E402
# The day the bundled SINDOnews listing fixture covers.
DEMO_ARGS = {"sindonews": ["since=2024-06-19", "until=2024-06-19"]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", default="sindonews")
    parser.add_argument("--out", default="demo.jsonl")
    args = parser.parse_args(argv)
    fixtures = REPO / "tests" / "sites" / args.site
    if not fixtures.is_dir():
        parser.error(f"no bundled pages for {args.site!r} in {fixtures}")
    spider_args = [a for pair in DEMO_ARGS.get(args.site, []) for a in ("-a", pair)]
    with ReplayProxy(routes_from_fixtures(fixtures)) as proxy:
        print(f"Serving {len(list(fixtures.glob('*.*ml')))} saved pages on {proxy.proxy_url}", flush=True)
        command = [sys.executable, "-m", "scrapy", "crawl", args.site, *spider_args, "-O", args.out,
                   "-s", "LOG_LEVEL=INFO", "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False"]
        print("$", " ".join(command[2:]), flush=True)
        status = subprocess.run(command, cwd=REPO, env={**os.environ, **proxy.env()}).returncode
    out = Path(args.out) if Path(args.out).is_absolute() else REPO / args.out
    if status == 0 and out.exists():
        lines = out.read_text(encoding="utf-8").splitlines()
        print(f"\n{len(lines)} articles written to {out}:")
        for line in lines:
            item = json.loads(line)
            print(f"  {item['published_at']}  {item['title']}  ({len(item['body'])} paragraphs)")
    return status


if __name__ == "__main__":
    sys.exit(main())
