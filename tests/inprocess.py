"""Run a spider over saved pages in this process: no `scrapy crawl` subprocess, no network, no proxy.

A real :class:`~scrapy.crawler.Crawler` is built from the project settings (so the same spider
class, the same downloader and spider middlewares and the same item pipelines, in the same order),
and each request the spider yields is answered with a response built from the saved page that
declares its URL (``<!-- replay-url: … -->``, see :func:`replay.routes_from_fixtures`). The
responses go through Scrapy's own middleware managers into the request's callback, and every item
through Scrapy's own pipeline manager: only the engine's scheduling and the transport are left out.

What this path does not exercise (robots.txt, retries with real timing, the scheduler, feed
export, the stats file written at close) is covered by the few end-to-end `scrapy crawl` tests
(tests/test_crawl.py, tests/test_discovery_crawl.py, tests/test_faults.py).
"""
from __future__ import annotations

import asyncio
import io
import json
from collections import deque
from collections.abc import AsyncIterable, AsyncIterator, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from scrapy import Request, signals
from scrapy.core.downloader.middleware import DownloaderMiddlewareManager
from scrapy.core.spidermw import SpiderMiddlewareManager
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem, IgnoreRequest
from scrapy.http import Headers, Response
from scrapy.pipelines import ItemPipelineManager
from scrapy.responsetypes import responsetypes
from scrapy.spiderloader import SpiderLoader
from scrapy.utils.conf import feed_complete_default_values_from_settings
from scrapy.utils.misc import build_from_crawler, load_object
from scrapy.utils.project import get_project_settings
from twisted.python.failure import Failure

from replay import Route, route_key

# What an in-process run changes from the project settings, and why.
IN_PROCESS_SETTINGS: dict[str, Any] = {
    "ROBOTSTXT_OBEY": False,  # robots.txt is fetched by the engine, which is not running here
    "FEEDS": {},  # items are collected here; feed export is covered end to end
    "NEWSCRAWL_STATS_FILE": None,
    "LOG_ENABLED": False,
    "TELNETCONSOLE_ENABLED": False,
    "TWISTED_REACTOR_ENABLED": False,  # plain asyncio: nothing here needs Twisted's reactor
    "AUTOTHROTTLE_ENABLED": False,  # no engine to throttle: its spider_opened handler would log an error
}


@dataclass
class InProcessResult:
    items: list[dict[str, Any]]
    stats: dict[str, Any]
    raw_lines: list[str] = field(default_factory=list)  # each item as the JSON-lines feed writes it
    fetched: list[str] = field(default_factory=list)  # URLs answered, in order
    dropped: list[str] = field(default_factory=list)  # DropItem reasons

    def item(self, url: str) -> dict[str, Any]:
        matches = [i for i in self.items if i["url"] == url]
        assert len(matches) == 1, f"{len(matches)} items for {url}; got {[i['url'] for i in self.items]}"
        return matches[0]


def build_crawler(spider_name: str, settings: Mapping[str, Any] | None = None, **spider_args: Any) -> Crawler:
    """A configured Crawler for the project's spider ``spider_name``, its spider created with ``spider_args``."""
    project = get_project_settings()
    project.setdict({**IN_PROCESS_SETTINGS, **(settings or {})}, priority="cmdline")
    spidercls = SpiderLoader.from_settings(project.frozencopy()).load(spider_name)
    crawler = Crawler(spidercls, project)
    crawler._apply_settings()  # stats, add-ons, fingerprinter: what Crawler.crawl() does before the engine
    crawler.spider = crawler._create_spider(**spider_args)
    return crawler


def feed_lines(crawler: Crawler, items: list[Any]) -> list[str]:
    """``items`` serialized by the exporter and options a project ``jsonlines`` feed would use."""
    options = feed_complete_default_values_from_settings({"format": "jsonlines"}, crawler.settings)
    exporter_cls = load_object(crawler.settings.getwithbase("FEED_EXPORTERS")["jsonlines"])
    buffer = io.BytesIO()
    exporter = build_from_crawler(exporter_cls, crawler, buffer, fields_to_export=options["fields"],
                                  encoding=options["encoding"], indent=options["indent"],
                                  **options["item_export_kwargs"])
    exporter.start_exporting()
    for item in items:
        exporter.export_item(item)
    exporter.finish_exporting()
    return buffer.getvalue().decode(options["encoding"] or "utf-8").splitlines()


def _response_for(request: Request, routes: Mapping[str, Route]) -> Response:
    route = routes.get(route_key(request.url))
    if route is None:  # what the replay proxy answers for an unknown URL
        route = Route(b"not in fixtures", status=404, headers={"Content-Type": "text/plain"})
    headers = Headers(route.headers)
    cls = responsetypes.from_args(headers=headers, url=request.url, body=route.body)
    return cls(url=request.url, status=route.status, headers=headers, body=route.body, request=request)


async def _as_async(outputs: Iterable[Any] | AsyncIterable[Any]) -> AsyncIterator[Any]:
    if isinstance(outputs, AsyncIterable):
        async for output in outputs:
            yield output
    else:
        for output in outputs:
            yield output


async def _crawl(crawler: Crawler, routes: Mapping[str, Route]) -> InProcessResult:
    spider = crawler.spider
    downloader = DownloaderMiddlewareManager.from_crawler(crawler)
    spidermw = SpiderMiddlewareManager.from_crawler(crawler)
    pipelines = ItemPipelineManager.from_crawler(crawler)
    crawler.stats.open_spider()
    await crawler.signals.send_catch_log_async(signals.spider_opened, spider=spider)
    await pipelines.open_spider_async()
    result = InProcessResult(items=[], stats={})

    async def fetch(request: Request) -> Response:
        result.fetched.append(request.url)
        return _response_for(request, routes)

    async def call_back(result: Response | Failure, request: Request) -> Any:
        # As Scrapy's Scraper.call_spider_async: a response goes to the callback, a failure (an
        # HttpError for a 404, say) to the errback, or is raised when there is none.
        if isinstance(result, Response):
            return (request.callback or spider._parse)(result, **request.cb_kwargs)
        result.request = request
        if not request.errback:
            result.raiseException()
        return request.errback(result) or ()

    queue: deque[Request] = deque()
    exported: list[Any] = []

    async def take(outputs: Iterable[Any] | AsyncIterable[Any]) -> None:
        """A callback's or errback's output: requests queued, items through the pipelines."""
        async for output in _as_async(outputs):
            if isinstance(output, Request):
                queue.append(output)
                continue
            try:
                exported.append(await pipelines.process_item_async(output))
            except DropItem as reason:
                result.dropped.append(str(reason))

    async for request in await spidermw.process_start():
        queue.append(request)
    seen: set[bytes] = set()
    while queue:
        request = queue.popleft()
        fingerprint = crawler.request_fingerprinter.fingerprint(request)
        if fingerprint in seen and not request.dont_filter:  # Scrapy's dupefilter, as the scheduler applies it
            continue
        seen.add(fingerprint)
        try:
            response = await downloader.download_async(fetch, request)
        except IgnoreRequest:
            # As Scrapy's Scraper._scrape: a request a downloader middleware refused (a redirect away from the
            # article: RedirectRefused) goes to its errback, whose output is scheduled and piped as a callback's;
            # without an errback it is dropped silently.
            if request.errback is not None:
                await take(await call_back(Failure(), request))
            continue
        if isinstance(response, Request):
            queue.append(response)
            continue
        await take(await spidermw.scrape_response_async(call_back, response, request))
    await pipelines.close_spider_async()
    await crawler.signals.send_catch_log_async(signals.spider_closed, spider=spider, reason="finished")
    result.stats = crawler.stats.get_stats()
    result.raw_lines = feed_lines(crawler, exported)
    result.items = [json.loads(line) for line in result.raw_lines]
    return result


def crawl_in_process(spider_name: str, routes: Mapping[str, Route], *spider_args: str,
                     settings: Mapping[str, Any] | None = None) -> InProcessResult:
    """Run ``spider_name`` with ``-a`` style ``spider_args`` ("url=…") over ``routes`` in this process."""
    kwargs = dict(arg.split("=", 1) for arg in spider_args)
    crawler = build_crawler(spider_name, settings, **kwargs)
    keyed = {route_key(url): route for url, route in routes.items()}
    return asyncio.run(_crawl(crawler, keyed))
