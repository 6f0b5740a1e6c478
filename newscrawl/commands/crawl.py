"""`scrapy crawl`, exiting non-zero when a distributed worker stopped loudly.

Scrapy's crawl command exits 1 only when the crawler failed to start. A worker that stopped because
Redis was unreachable or its lease was revoked (finish_reason ``redis_unavailable`` / ``lease_lost``,
a CRITICAL log line) has not done its share: like the cron entry, the command must say so.
"""
from __future__ import annotations

import argparse

from scrapy.commands.crawl import Command as ScrapyCrawl

from newscrawl import cluster


class Command(ScrapyCrawl):
    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        super().run(args, opts)
        if cluster.STOPPED_LOUDLY:
            self.exitcode = 1
