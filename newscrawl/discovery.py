"""Discovery documents -> article URLs with their dates: RSS/Atom feeds and (news) sitemaps.

Pure functions over the document text. Scrapy's SitemapSpider drops ``news:publication_date``;
reading it here lets ``-a since/-a until`` filter articles before they are fetched.
"""
from __future__ import annotations

from datetime import date, tzinfo
from typing import NamedTuple

from parsel import Selector

from newscrawl.dates import parse_date


class Entry(NamedTuple):
    url: str
    raw_date: str | None


def _xml(text: str) -> Selector:
    selector = Selector(text=text, type="xml")
    selector.remove_namespaces()
    return selector


def _first(node: Selector, *xpaths: str) -> str | None:
    for xpath in xpaths:
        value = (node.xpath(xpath).get() or "").strip()
        if value:
            return value
    return None


def feed_entries(text: str) -> list[Entry]:
    """Items of an RSS 2.0, RSS 1.0 or Atom feed, in document order."""
    selector = _xml(text)
    entries = []
    for item in selector.xpath("//item | //entry"):
        url = _first(item, "link/text()", "link[@rel='alternate']/@href", "link/@href", "guid/text()")
        if url and url.startswith(("http://", "https://")):
            entries.append(Entry(url, _first(item, "pubDate/text()", "date/text()", "published/text()", "updated/text()")))
    return entries


def sitemap_entries(text: str) -> tuple[str, list[Entry]]:
    """('index', child sitemaps) or ('urlset', pages), each with its best date.

    A news sitemap's ``news:publication_date`` beats ``lastmod`` (which moves on every edit).
    """
    selector = _xml(text)
    if selector.xpath("/sitemapindex"):
        return "index", [Entry(loc, _first(node, "lastmod/text()"))
                         for node in selector.xpath("/sitemapindex/sitemap")
                         if (loc := _first(node, "loc/text()"))]
    return "urlset", [Entry(loc, _first(node, "news/publication_date/text()", "lastmod/text()"))
                      for node in selector.xpath("/urlset/url") if (loc := _first(node, "loc/text()"))]


def in_window(raw_date: str | None, since: date, until: date, site_tz: tzinfo) -> bool:
    """Whether an entry's date falls in [since, until] (site-local days). Undated entries pass:
    they cannot be filtered, and dropping them would lose articles silently."""
    if not raw_date:
        return True
    parsed = parse_date(raw_date)
    if parsed is None:
        return True
    return since <= parsed.astimezone(site_tz).date() <= until
