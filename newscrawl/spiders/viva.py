"""VIVA (viva.co.id). Markup: ../shared/realpages/SITES.md, section viva.co.id."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from newscrawl.discovery import ListingCards
from newscrawl.eras import TemplateEra
from newscrawl.extract import SiteRules
from newscrawl.spiders.base import NewsSpider


class VivaSpider(NewsSpider):
    name = "viva"
    # vivanews.com: the outlet's domain until 2013 (archived article URLs, -a url= of a backfill).
    allowed_domains = ["viva.co.id", "vivanews.com"]
    # Modern: https://www.viva.co.id/{kanal}/[sub/]{id}-{slug}; 2016: http://{kanal}.viva.co.id/{rubrik}/read/{id}-{slug}.
    article_url_pattern = (
        r"^https?://(?:www\.viva\.co\.id/(?!(?:indeks|tag|search|foto|video|about|redaksi|pedoman-media-siber)/)"
        r"[a-z0-9-]+/(?:[a-z0-9-]+/)?|(?:[a-z0-9-]+\.)+(?:viva\.co\.id|vivanews\.com)/[a-z0-9-]+/read/)(?P<id>\d+)-[a-z0-9-]+")
    # Server-rendered, about 34 rows, no date in the URL and no ?page= (EGI): one request per run,
    # the rows' own dates keep the crawl inside -a since/until; an unreadable one passes.
    listing_urls = ("https://www.viva.co.id/indeks",)
    listing_cards = ListingCards(card=".article-list-row", link=("a.article-list-title::attr(href)", "a::attr(href)"),
                                 date=".article-list-date", fallback_to_links=True)
    page_links_css = ".pagination-detail a[data-page]::attr(href)"  # ?page=N, fetched one by one
    # What every era shares.
    rules = SiteRules(
        drop=(".recommended-article", ".ads", ".adsbygoogle", ".ad-slot", "[id^='div-gpt-ad']",
              ".pagination-detail", "blockquote.twitter-tweet", "figure", "figcaption", "iframe"),
        not_authors=("PT. VIVA MEDIA BARU - VIVA.co.id", "VIVA.co.id", "VIVA", "Redaksi VIVA"),
    )
    # Periods are the evidence: the first and last page seen in each era.
    eras = (
        # Today's .main-content-detail pages (EGI; the reconstructed fixtures).
        TemplateEra("main-content", replace(
            rules, title=(".title h1", "h1"), body=(".main-content-detail",)),
            valid_from=date(2025, 6, 19)),
        # 2016 (PAGE): kanal hosts, "Selasa, 16 Februari 2016 | 13:01 WIB" in .smalldesc, the body in
        # span[itemprop=articleBody].
        TemplateEra("2016", replace(
            rules, title=(".title h1",), published=(".smalldesc .date",), authors=(".smalldesc .author b",),
            body=("span[itemprop=articleBody]",)),
            valid_from=date(2016, 2, 16), valid_until=date(2016, 2, 16)),
    )
