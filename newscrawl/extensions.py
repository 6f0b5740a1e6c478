"""Small Scrapy extensions: the stats file, the end-of-crawl summary line, quiet drop logging."""
from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.extensions.feedexport import FeedExporter, FileFeedStorage
from scrapy.logformatter import LogFormatter
from scrapy.utils.defer import deferred_from_coro, ensure_awaitable

from newscrawl.health import did_not_finish, site_health, site_thresholds, summary_line

logger = logging.getLogger("newscrawl.summary")


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
        write_stats_file(self.crawler, reason)


def write_stats_file(crawler: Crawler, reason: str | None = None) -> None:
    """The crawl's stats as JSON at NEWSCRAWL_STATS_FILE (none set: nothing), ``reason`` as its finish_reason
    when the stats hold none: at spider_closed, or by the crawl command for a crawl stopped under it (killed)."""
    path = crawler.settings.get("NEWSCRAWL_STATS_FILE")
    if not path:
        return
    path = Path(path)
    stats = dict(crawler.stats.get_stats())
    if reason is not None:
        stats.setdefault("finish_reason", reason)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".part")
    tmp.write_text(json.dumps(stats, default=str, indent=1, sort_keys=True), encoding="utf-8")
    os.replace(tmp, path)


class QuietLogFormatter(LogFormatter):
    """Scrapy's log formatter, but a dropped item is one INFO line with the reason, not the whole item.

    The pipelines count every drop reason as a stat and log the ones that need attention themselves.
    """

    def dropped(self, item: Any, exception: BaseException, response: Any, spider: Any) -> dict[str, Any]:
        return {"level": logging.INFO, "msg": "Dropped: %(exception)s", "args": {"exception": exception}}


class SummaryLine:
    """End every crawl with one line: articles emitted, requests failed by kind, the health verdict.

    Logged once the engine has stopped (after Scrapy's stats dump), at INFO when the site is healthy
    and at WARNING when not, when its discovery fell short or when its layout drifted (most bodies read by a
    fallback), so a cron run's stderr (warnings only) carries it exactly when it matters.
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> "SummaryLine":
        extension = cls(crawler)
        crawler.signals.connect(extension.engine_stopped, signal=signals.engine_stopped)
        return extension

    def engine_stopped(self) -> None:
        log_summary_line(self.crawler)


def log_summary_line(crawler: Crawler, level: int | None = None) -> None:
    """The crawl's one summary line: at engine_stopped, or by the crawl command for a crawl stopped under it (SIGTERM
    or Ctrl-C twice stop the reactor before the engine stops: h263 S04, no line, exit 0), then at ``level``."""
    spidercls = crawler.spidercls
    stats = crawler.stats.get_stats()
    health = site_health(stats, site_thresholds(crawler.settings.getdict("NEWSCRAWL_HEALTH"), spidercls),
                         default_window=crawler.settings.getbool("NEWSCRAWL_DEFAULT_WINDOW"))
    # A discovery shortfall or a layout drift (h264 B) is said at WARNING too, though the site is healthy. So is a
    # crawl that did not finish ("did not finish (shutdown)" is no INFO line, h304 F2), but for one whose output
    # failed: its one CRITICAL line said so, and a cron run's stderr holds that line alone (h27, h128 M2).
    reason = stats.get("finish_reason")
    calm = health["healthy"] and not health["warnings"] and not health.get("layout_drift") \
        and (not did_not_finish(reason) or reason == "output_failed")
    if level is None:
        level = logging.INFO if calm else logging.WARNING
    logger.log(level, "%s", summary_line(spidercls.name, stats, health))


class GuardedFeedExporter(FeedExporter):
    """Scrapy's feed export (-o/-O, the default feed), stopping the crawl at the first item it cannot write (a full
    disk, a path that cannot be made: h27 probe): one CRITICAL line, ``newscrawl/dropped/output_failed`` counted,
    ``finish_reason`` ``output_failed`` and exit 1, where Scrapy logged one traceback per item and the run read
    "N articles emitted; health ok", exit 0, with nothing written."""

    failed = False

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        given = {str(uri): options for uri, options in crawler.settings.getdict("FEEDS").items()}
        for uri, options in self.feeds.items():
            # -O (overwrite) says "this file is this run's output": a run that emitted nothing (the site down)
            # empties it, where FEED_STORE_EMPTY=False left the last run's articles there to be read as new.
            if options.get("overwrite") and "store_empty" not in given.get(uri, {}):
                options["store_empty"] = True

    def item_scraped(self, item: Any, spider: Any) -> None:
        if self.failed:
            self.crawler.stats.inc_value("newscrawl/dropped/output_failed")
            return
        try:
            super().item_scraped(item, spider)
        except OSError as error:
            self.failed = True
            self.crawler.stats.inc_value("newscrawl/dropped/output_failed")
            self.crawler.stats.set_value("newscrawl/output/error", f"{type(error).__name__}: {error}")
            logger.critical("Cannot write the feed (%s: %s); the crawl stops", type(error).__name__, error)
            deferred_from_coro(self.crawler.engine.close_spider_async(reason="output_failed"))

    async def _close_slot(self, slot: Any, spider: Any) -> None:
        if not self.failed:
            await super()._close_slot(slot, spider)
            return
        if slot.file is None:
            return  # the file never opened (-O naming a directory): the CRITICAL line said so; nothing was written
        # The crawl stopped on a write error: closing the feed meets it again; said in one line, no traceback.
        try:
            slot.finish_exporting()
            await ensure_awaitable(slot.storage.store(self._get_file(slot)))
        except Exception as error:  # noqa: BLE001
            logger.error("The feed %s was not stored whole (%s: %s)", slot.uri, type(error).__name__, error)



class MendingFileFeedStorage(FileFeedStorage):
    """Scrapy's local-file feed storage, but ``-o`` appending to a file whose last line is torn (another writer's
    crash, a copy cut short: h112 probe) starts on a new line: Scrapy glued the run's first record onto the torn
    fragment, and both were lost to a JSON-lines reader. One WARNING names the file; the torn line stays as it was.
    Only a feed of lines written as they are: a compressed one (postprocessing) appends a stream whose last byte is no
    text, and a JSON array or XML file is no run of lines."""

    def __init__(self, uri: str, *, feed_options: dict[str, Any] | None = None) -> None:
        super().__init__(uri, feed_options=feed_options)
        options = feed_options or {}
        self.lines = options.get("format") in _LINE_FORMATS and not options.get("postprocessing")

    def open(self, spider: Any) -> Any:
        file = super().open(spider)
        if self.lines and self.write_mode == "ab" and file.tell() > 0 and not _ends_with_newline(Path(self.path)):
            logger.warning("The feed %s ended in a torn line (no newline); this run's records start on a new line",
                           self.path)
            file.write(b"\n")
        return file


_LINE_FORMATS = frozenset({"jsonlines", "jsonl", "jl", "csv"})


def _ends_with_newline(path: Path) -> bool:
    with path.open("rb") as handle:
        handle.seek(-1, os.SEEK_END)
        return handle.read(1) == b"\n"
