"""`scrapy crawl` with exit codes a scheduler can read.

Scrapy's crawl command exits 1 only when the crawler failed to start. Here:
- an unknown spider name is a usage error: exit 2, one line naming the known spiders;
- a bad spider argument closes the spider with finish_reason ``bad_argument`` after one ERROR line
  naming it (NewsSpider.from_crawler): exit 2, nothing was crawled;
- a distributed worker that stopped loudly (Redis unreachable, lease revoked: finish_reason
  ``redis_unavailable`` / ``lease_lost``, a CRITICAL log line) has not done its share: exit 1, as the
  cron entry does; so has a crawl whose output could not be written or committed (``output_failed``, also
  when the last commit, after the crawl ended, failed) or whose seen-store failed (``store_failed``);
- a crawl stopped under it (SIGTERM or Ctrl-C twice: the reactor stopped before the spider closed) has
  finish_reason ``killed``, its stats file and summary line written here: exit 1, as the cron entry;
- any other crawl that did not finish (health.did_not_finish: one SIGTERM or Ctrl-C, ``shutdown``; stopped by its
  errors, ``closespider_errorcount``): exit 1, its summary line a warning. A limit the operator set
  (``closespider_itemcount``/``pagecount``/``timeout``) is no failure: exit 0.
"""
from __future__ import annotations

import argparse
import difflib
import logging
from typing import Any

from scrapy.commands.crawl import Command as ScrapyCrawl
from scrapy.exceptions import UsageError

from newscrawl import cluster
from newscrawl.extensions import log_summary_line, write_stats_file
from newscrawl.health import did_not_finish

EXIT_USAGE = 2  # as argparse and Scrapy's own UsageError


class Command(ScrapyCrawl):
    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        assert self.crawler_process is not None
        if len(args) == 1:
            known = self.crawler_process.spider_loader.list()
            if args[0] not in known:
                close = difflib.get_close_matches(args[0], known, n=3)
                hint = f"did you mean {' or '.join(close)}? " if close else ""
                raise UsageError(f"unknown spider {args[0]!r} ({hint}`scrapy list` shows all {len(known)}: "
                                 f"{', '.join(sorted(known))})", print_help=False)
        crawlers: list[Any] = []
        create = self._create_crawler

        def remember(spidercls: Any) -> Any:  # the one crawler run() makes, to read its finish_reason after
            crawler = create(spidercls)
            crawlers.append(crawler)
            return crawler

        self._create_crawler = remember  # type: ignore[method-assign]
        super().run(args, opts)
        killed = False
        for crawler in crawlers:
            if crawler.stats.get_value("start_time") is not None and crawler.stats.get_value("finish_reason") is None:
                # Opened but never closed: SIGTERM or Ctrl-C twice stopped the reactor under it, before
                # spider_closed and engine_stopped (h263 S04: exit 0, no stats file, no summary line). Said as cron
                # says it (finish_reason killed), the stats file and the summary line written here, exit 1.
                crawler.stats.set_value("finish_reason", "killed")
                write_stats_file(crawler)
                log_summary_line(crawler, logging.WARNING)  # nothing else said it: the run was cut off
                killed = True
        if any(c.stats.get_value("finish_reason") == "bad_argument" for c in crawlers):
            self.exitcode = EXIT_USAGE
        elif killed or cluster.STOPPED_LOUDLY or any(did_not_finish(c.stats.get_value("finish_reason")) for c in crawlers):
            # a worker that stopped loudly, an output that could not be written or committed, a crawl stopped by one
            # SIGTERM or Ctrl-C (shutdown: h304 F2, it exited 0) or by its errors (closespider_errorcount)
            self.exitcode = 1
