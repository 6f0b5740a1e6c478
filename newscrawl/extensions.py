"""Small Scrapy extensions."""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured


class StatsFile:
    """Write the crawl's final stats as JSON to NEWSCRAWL_STATS_FILE (tests and run summaries read it)."""

    def __init__(self, crawler: Crawler, path: str) -> None:
        self.crawler = crawler
        self.path = Path(path)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> "StatsFile":
        path = crawler.settings.get("NEWSCRAWL_STATS_FILE")
        if not path:
            raise NotConfigured
        extension = cls(crawler, path)
        # Connected after CoreStats (lower EXTENSIONS order), so finish_reason is already stamped.
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def spider_closed(self, spider: Any, reason: str) -> None:
        stats = dict(self.crawler.stats.get_stats())
        stats.setdefault("finish_reason", reason)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(self.path.suffix + ".part")
        tmp.write_text(json.dumps(stats, default=str, indent=1, sort_keys=True), encoding="utf-8")
        os.replace(tmp, self.path)
