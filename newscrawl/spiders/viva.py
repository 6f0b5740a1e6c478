"""VIVA (viva.co.id). Markup: ../shared/realpages/SITES.md, section viva.co.id."""
from __future__ import annotations

from urllib.parse import urljoin

from scrapy.http import Response

from newscrawl.discovery import in_window
from newscrawl.extract import SiteRules
from newscrawl.spiders.base import NewsSpider
from newscrawl.urls import canonical_url


class VivaSpider(NewsSpider):
    name = "viva"
    allowed_domains = ["viva.co.id"]
    # Modern: https://www.viva.co.id/{kanal}/[sub/]{id}-{slug}; 2016: http://{kanal}.viva.co.id/{rubrik}/read/{id}-{slug}.
    article_url_pattern = (
        r"^https?://(?:www\.viva\.co\.id/(?!(?:indeks|tag|search|foto|video|about|redaksi|pedoman-media-siber)/)"
        r"[a-z0-9-]+/(?:[a-z0-9-]+/)?|(?:[a-z0-9-]+\.)+viva\.co\.id/[a-z0-9-]+/read/)(?P<id>\d+)-[a-z0-9-]+")
    # Server-rendered, about 34 rows, no date in the URL and no ?page= (EGI): one request per run,
    # the rows' own dates keep the crawl inside -a since/until (see article_links).
    listing_urls = ("https://www.viva.co.id/indeks",)
    page_links_css = ".pagination-detail a[data-page]::attr(href)"  # ?page=N, fetched one by one
    rules = SiteRules(
        title=(".title h1", "h1"),
        published=(".smalldesc .date",),  # 2016: "Selasa, 16 Februari 2016 | 13:01 WIB" (PAGE)
        authors=(".smalldesc .author b",),
        body=(".main-content-detail", "span[itemprop=articleBody]"),
        drop=(".recommended-article", ".ads", ".adsbygoogle", ".ad-slot", "[id^='div-gpt-ad']",
              ".pagination-detail", "blockquote.twitter-tweet", "figure", "figcaption", "iframe"),
        not_authors=("PT. VIVA MEDIA BARU - VIVA.co.id", "VIVA.co.id", "VIVA", "Redaksi VIVA"),
    )

    def article_links(self, response: Response) -> list[str]:
        rows = response.css(".article-list-row")
        if not rows:
            return super().article_links(response)
        links: dict[str, None] = {}
        for row in rows:
            href = row.css("a.article-list-title::attr(href)").get() or row.css("a::attr(href)").get()
            if not href:
                continue
            url = urljoin(response.url, href.strip())
            if not self.is_article_url(url):
                continue
            # A row whose date is readable and outside the window is skipped; an unreadable one passes.
            hint = " ".join(row.css(".article-list-date span::text").getall()).strip() or None
            if in_window(hint, self.since, self.until, self.site_timezone):
                links[canonical_url(url)] = None
            else:
                self.crawler.stats.inc_value("newscrawl/discovery/outside_window")
        return list(links)
