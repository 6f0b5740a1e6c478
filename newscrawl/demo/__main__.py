"""Offline demo: the real `scrapy crawl` of one day of a site, over pages bundled with the package.

    python -m newscrawl.demo                          # sindonews, JSONL in a new temporary directory
    python -m newscrawl.demo --site tempo --out demo.jsonl

No news site is reachable from here: the crawl's http/https downloads are answered from
newscrawl/demo/pages/<site>/ by a Scrapy download handler (newscrawl/demo/__init__.py); the
spider, the engine, the middlewares, the pipelines and the feed export are the real ones, run
in this process as `scrapy crawl` would. The crawl writes only the JSONL file.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from scrapy.crawler import CrawlerProcess
from scrapy.utils.project import get_project_settings

from newscrawl.demo import DEMO_DAYS, PAGES_DIR, bundled_pages

HANDLER = "newscrawl.demo.BundledPagesHandler"


def demo_settings(site: str, out: Path) -> dict[str, Any]:
    """What the demo changes from the project settings: downloads from the bundled pages, one feed."""
    return {
        "DOWNLOAD_HANDLERS": {"http": HANDLER, "https": HANDLER},
        "NEWSCRAWL_DEMO_SITE": site,
        # The only feed: the project's default output/ feed is replaced, not added to.
        "FEEDS": {str(out): {"format": "jsonlines", "encoding": "utf-8", "overwrite": True}},
        "LOG_LEVEL": "INFO",
        "DOWNLOAD_DELAY": 0,
        "AUTOTHROTTLE_ENABLED": False,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m newscrawl.demo", description=__doc__.splitlines()[0])
    parser.add_argument("--site", default="sindonews", choices=sorted(DEMO_DAYS),
                        help="a site with bundled demo pages (default: sindonews)")
    parser.add_argument("--out", type=Path, help="JSONL file to write (default: in a new temporary directory)")
    args = parser.parse_args(argv)
    out = (args.out or Path(tempfile.mkdtemp(prefix="newscrawl-demo-")) / f"{args.site}.jsonl").resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    day = DEMO_DAYS[args.site]
    print(f"Serving {len(bundled_pages(args.site))} bundled pages from {PAGES_DIR / args.site} (no network)")
    print(f"Crawling {args.site} for {day} (as `scrapy crawl {args.site} -a since={day} -a until={day}`)", flush=True)
    # By module, not by scrapy.cfg: the demo runs from any directory.
    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "newscrawl.settings")
    settings = get_project_settings()
    settings.setdict(demo_settings(args.site, out), priority="cmdline")
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(args.site)
    process.crawl(crawler, since=day, until=day)
    process.start()
    finished = crawler.stats.get_value("finish_reason") == "finished"
    status = 0 if finished and not process.bootstrap_failed else 1
    if status == 0 and out.exists():
        lines = out.read_text(encoding="utf-8").splitlines()
        print(f"\n{len(lines)} articles written to {out}:")
        for line in lines:
            item = json.loads(line)
            print(f"  {item['published_at']}  {item['title']}  ({len(item['body'])} paragraphs)")
    return status


if __name__ == "__main__":
    sys.exit(main())
