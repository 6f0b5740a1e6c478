"""Downloader middlewares: skip articles already emitted, honour Retry-After, repair a wrong charset."""
from __future__ import annotations

import asyncio
import email.utils
import time

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http import Response, TextResponse

from newscrawl.state import SeenStore, article_key, open_seen_store, should_fetch

# Request.meta flag set by the spiders on article requests found through discovery.
DISCOVERED = "newscrawl_discovered"


class SeenArticlesMiddleware:
    """Do not fetch an article that an earlier run already emitted, unless it is recent enough
    to be rechecked for updates (NEWSCRAWL_RECHECK_HOURS) or the spider runs with -a recrawl=1.

    Only requests the spider marks as discovered articles are filtered: `-a url=` is always fetched.
    The article is looked up by the key its item will carry (site#id when the URL gives the id,
    state.article_key), else by the canonical URL it was emitted under: another URL form of an
    emitted article (m./www., tracking parameters, http) is not fetched again.
    """

    def __init__(self, crawler: Crawler, store: SeenStore, recheck_seconds: float) -> None:
        self.crawler = crawler
        self.store = store
        self.recheck_seconds = recheck_seconds

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> "SeenArticlesMiddleware":
        settings = crawler.settings
        if not settings.getbool("NEWSCRAWL_INCREMENTAL"):
            raise NotConfigured
        return cls(crawler, open_seen_store(settings, crawler),
                   settings.getfloat("NEWSCRAWL_RECHECK_HOURS") * 3600)

    def process_request(self, request: Request) -> None:
        if not request.meta.get(DISCOVERED) or getattr(self.crawler.spider, "recrawl", False):
            return None
        spider = self.crawler.spider
        article_id = spider.article_id(request.url) if hasattr(spider, "article_id") else None
        key = article_key(spider.name, article_id, request.url) if article_id else None
        seen = self.store.find(key, request.url)
        if should_fetch(seen, self.recheck_seconds, time.time()):
            if seen is not None:
                self.crawler.stats.inc_value("newscrawl/incremental/rechecked")
            return None
        self.crawler.stats.inc_value("newscrawl/incremental/skipped_seen")
        raise IgnoreRequest(f"already emitted: {request.url}")


def retry_after_seconds(value: str | bytes | None, now: float | None = None) -> float | None:
    """Retry-After as seconds: either delta-seconds or an HTTP date. None when absent or invalid."""
    if value is None:
        return None
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    text = text.strip()
    if text.isdigit():
        return float(text)
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


class RetryAfterMiddleware:
    """On 429/503 with Retry-After, wait as the site asks (capped) before Scrapy's retry resends it.

    Scrapy's RetryMiddleware retries 429 at once, which a rate-limiting site answers with another 429.
    Sits before RetryMiddleware in process_response order, so the wait happens, then the retry.
    """

    def __init__(self, crawler: Crawler, max_wait: float) -> None:
        self.crawler = crawler
        self.max_wait = max_wait

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> "RetryAfterMiddleware":
        return cls(crawler, crawler.settings.getfloat("NEWSCRAWL_RETRY_AFTER_MAX", 120))

    async def process_response(self, request: Request, response: Response) -> Response:
        if response.status in (429, 503):
            wait = retry_after_seconds(response.headers.get(b"Retry-After"))
            if wait is not None:
                wait = min(wait, self.max_wait)
                self.crawler.stats.inc_value("newscrawl/http/retry_after_waits")
                self.crawler.stats.inc_value("newscrawl/http/retry_after_seconds", wait)
                await asyncio.sleep(wait)
        return response


def wrong_charset(body: bytes, declared: str) -> bool:
    """True when a page is declared single-byte (latin-1, cp1252, ascii) but its bytes are valid UTF-8
    with non-ASCII characters: real cp1252 text almost never decodes as UTF-8, mojibake always follows."""
    if declared.lower().replace("_", "-") not in {"latin-1", "iso-8859-1", "cp1252", "windows-1252", "ascii", "us-ascii", "latin1"}:
        return False
    if body.isascii():
        return False
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


class CharsetRepairMiddleware:
    """Re-decode as UTF-8 a page whose declared single-byte charset is contradicted by its bytes."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> "CharsetRepairMiddleware":
        return cls(crawler)

    def process_response(self, request: Request, response: Response) -> Response:
        if isinstance(response, TextResponse) and wrong_charset(response.body, response.encoding):
            self.crawler.stats.inc_value("newscrawl/http/charset_repaired")
            return response.replace(encoding="utf-8")
        return response
