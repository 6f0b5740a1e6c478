"""Store-driven rechecks: an incremental run also asks again for the emitted articles whose recheck is due.

Discovery finds an emitted article again only while a listing still shows it. A dated listing (an index
of day D) shows it on day D only, so the 24 h and 48 h points of ``NEWSCRAWL_RECHECK_SCHEDULE_HOURS``
would never be reached for most articles, and a correction made the next day would never be emitted.
After the spider's own start requests, ``StoreRechecks`` (a spider middleware, on only in incremental
runs) requests each article of the site that the seen-store holds and whose recheck is due
(``state.should_fetch``), as a discovered article: the seen middleware then sends it as a conditional
request (a 304 ends it) and the pipelines emit it again only when it changed. A run given ``-a url=``
or ``-a recrawl=1`` asks for nothing more.
"""
from __future__ import annotations

from typing import Any, AsyncIterator, Callable, Sequence

from scrapy.crawler import Crawler

from newscrawl.middlewares import FROM_STORE, clock_from_settings, recheck_schedule, stop_on_store_failure
from newscrawl.state import SeenArticle, StoreError, open_seen_store, should_fetch, store_read


# How late after an article's last recheck point a run still makes that point up.
LATE_HOURS = 24.0


def due_rechecks(recent: Sequence[SeenArticle], now: float, schedule_hours: Sequence[float]) -> list[str]:
    """The URLs of the articles among ``recent`` whose recheck is due at ``now``, newest first, once each."""
    return list(dict.fromkeys(seen.url for seen in recent if should_fetch(seen, now, schedule_hours)))


class StoreRechecks:
    """Spider middleware: after the start requests, the site's due rechecks from the seen-store."""

    def __init__(self, crawler: Crawler, schedule_hours: Sequence[float], clock: Callable[[], float]) -> None:
        self.crawler = crawler
        self.schedule_hours = tuple(schedule_hours)
        self.clock = clock

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> "StoreRechecks":
        return cls(crawler, recheck_schedule(crawler.settings), clock_from_settings(crawler.settings))

    async def process_start(self, start: AsyncIterator[Any]) -> AsyncIterator[Any]:
        async for request in start:
            yield request
        spider = self.crawler.spider
        if (not self.schedule_hours or not hasattr(spider, "article_request") or getattr(spider, "bad_argument", None)
                or getattr(spider, "start_article_urls", None) or getattr(spider, "recrawl", False)):
            return
        now = self.clock()
        # An article's last point may have passed a while before this run (cron paused, a run failed):
        # reached within a day of it, it is still made up (one fetch covers every point passed).
        since = now - (max(self.schedule_hours) + LATE_HOURS) * 3600
        store = open_seen_store(self.crawler.settings, self.crawler)
        try:
            recent = await store_read(store, store.recent, spider.name, since)
        except StoreError as error:
            stop_on_store_failure(self.crawler, error)
            return
        finally:
            store.close()
        urls = due_rechecks(recent, now, self.schedule_hours)
        if urls:
            spider.logger.info("%d emitted articles due for a recheck (seen-store)", len(urls))
        for url in urls:
            self.crawler.stats.inc_value("newscrawl/incremental/recheck_from_store")
            request = spider.article_request(url)
            request.meta[FROM_STORE] = True  # a listing's URL of the story, if another, is asked too (SeenArticles)
            yield request
