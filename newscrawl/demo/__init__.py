"""Offline demo: the real `scrapy crawl <site>` over a few pages bundled with the package.

``pages/<site>/`` holds the pages one day's discovery crawl of that site needs (copies of the
RECONSTRUCTED test fixtures, each naming the URL it answers in a ``<!-- replay-url: URL -->``
comment near its top). :class:`BundledPagesHandler` is a Scrapy download handler for http and
https that answers those URLs from the files (404 for any other URL), so the spider, the engine,
the middlewares, the pipelines and the feed export are the real ones and nothing leaves the machine.
Run it with ``python -m newscrawl.demo`` (see ``__main__.py``).
"""
from __future__ import annotations

import re
from pathlib import Path

from scrapy import Request
from scrapy.core.downloader.handlers.base import BaseDownloadHandler
from scrapy.crawler import Crawler
from scrapy.http import Headers, Response
from scrapy.responsetypes import responsetypes

PAGES_DIR = Path(__file__).resolve().parent / "pages"
# Site → the day its bundled listing or sitemap covers.
DEMO_DAYS = {"sindonews": "2024-06-19", "tempo": "2025-06-19", "kumparan": "2024-06-19"}

_PAGE_URL = re.compile(rb"<!--\s*replay-url:\s*(\S+)\s*-->")
_CONTENT_TYPES = {".html": "text/html", ".xml": "application/xml"}


def url_key(url: str) -> str:
    """http and https name the same bundled page (a spider may follow an http:// link)."""
    return url.split("://", 1)[-1]


def bundled_pages(site: str) -> dict[str, Path]:
    """URL key → bundled file, for every page of ``site`` that declares its URL."""
    pages: dict[str, Path] = {}
    for path in sorted((PAGES_DIR / site).glob("*")):
        if path.suffix in _CONTENT_TYPES:
            for url in _PAGE_URL.findall(path.read_bytes()[:4096]):
                pages[url_key(url.decode("utf-8"))] = path
    return pages


class BundledPagesHandler(BaseDownloadHandler):
    """DOWNLOAD_HANDLERS entry for http/https: answer from ``pages/<NEWSCRAWL_DEMO_SITE>/``."""

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        self.pages = bundled_pages(crawler.settings["NEWSCRAWL_DEMO_SITE"])

    async def download_request(self, request: Request) -> Response:
        path = self.pages.get(url_key(request.url))
        if path is None:  # robots.txt, or a link to a page the demo does not bundle
            return Response(request.url, status=404, body=b"", request=request)
        body = path.read_bytes()
        headers = Headers({"Content-Type": _CONTENT_TYPES[path.suffix]})
        respcls = responsetypes.from_args(headers=headers, url=request.url, body=body)
        return respcls(url=request.url, status=200, headers=headers, body=body, request=request)
