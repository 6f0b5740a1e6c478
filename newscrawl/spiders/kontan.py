"""Kontan (kontan.co.id). Markup: ../shared/realpages/SITES.md, section kontan.co.id (weak sources)."""
from __future__ import annotations

import re

from scrapy.http import Response

from newscrawl.extract import RawArticle, SiteRules, collapse_ws
from newscrawl.fields.authors import split_byline
from newscrawl.spiders.base import NewsSpider

# The byline is the body's first paragraph: "Reporter: A, B | Editor: C" (public scrapers read the
# author from it; one cleaner also strips a "Penulis: … " form).
_BYLINE = re.compile(r"^(?:reporter|penulis)\s*:\s*(?P<names>[^|]+?)\s*(?:\|.*)?$", re.IGNORECASE)


class KontanSpider(NewsSpider):
    name = "kontan"
    allowed_domains = ["kontan.co.id"]
    # https://{kanal}.kontan.co.id/news/{slug} (investasi, keuangan, industri, nasional, www, …). No
    # numeric article id is documented anywhere, so the slug is the id. foto./asset./video. are media
    # hosts; insight. is skipped by a public scraper as a different template.
    article_url_pattern = (r"^https?://(?!(?:foto|asset|images|video|insight)\.)(?:[a-z0-9-]+\.)?kontan\.co\.id"
                           r"/news/(?P<id>[a-z0-9-]+)/?(?:[?#]|$)")
    # The dated indeks of every kanal (kanal= empty), 20 items a page, offset in per_page. SITES.md only
    # knows the keyword search (/search/?search=…&per_page=, li.search--list), which has no date; this
    # form is the one several public Kontan scrapers use (search excerpts), items in .list-berita li h1 a.
    listing_urls = ("https://www.kontan.co.id/search/indeks?kanal=&tanggal={date:%d}&bulan={date:%m}"
                    "&tahun={date:%Y}&pos=indeks&per_page={offset}",)
    listing_offset_step = 20
    listing_link_css = ".list-berita ul li h1 a::attr(href), li.search--list a::attr(href)"
    rules = SiteRules(
        title=("h1.detail-desk",),
        published=("div.fs14.ff-opensans.font-gray",),
        section=(".breadcumb a",),  # sic: "breadcumb fs18"
        body=("div.tmpt-desk-kon",),
        drop=(".tmpt-desk-kon > p:first-child:contains('Reporter:')",  # the byline (read by adjust_article)
              "figure", "figcaption", "[id^='div-gpt-ad']", ".ads", "ins"),
    )

    def adjust_article(self, raw: RawArticle, response: Response) -> None:
        if not raw.authors:
            byline = collapse_ws(response.css("div.tmpt-desk-kon > p:first-child").xpath("string()").get())
            match = _BYLINE.match(byline)
            if match:
                raw.authors = split_byline(match.group("names"))  # "A, M.Si., B": the degree is no name
