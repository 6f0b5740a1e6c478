"""CNBC Indonesia (cnbcindonesia.com). Markup: ../shared/realpages/SITES.md, section cnbcindonesia.com."""
from __future__ import annotations

from newscrawl.extract import SiteRules
from newscrawl.spiders.base import NewsSpider

# Kanal feeds (ARD 00001).
KANALS = ("market", "news", "entrepreneur", "syariah", "tech", "lifestyle", "opini", "mymoney", "cuap-cuap-cuan",
          "research")


class CnbcIndonesiaSpider(NewsSpider):
    name = "cnbcindonesia"
    allowed_domains = ["cnbcindonesia.com"]
    # /{kanal}/{YYYYMMDDHHmmss}-{kanalId}-{id}/{slug}, the shape CNN Indonesia uses (SITES.md gives no
    # CNBC pattern; public links read e.g. /news/20250122174037-4-605239/…). /tv/ holds videos.
    article_url_pattern = r"^https?://www\.cnbcindonesia\.com/(?!tv/)(?:[a-z0-9-]+/)+\d{14}-\d+-(?P<id>\d+)/[^/?#\s]+"
    dateline_own_block = True  # a bare "Jakarta, CNBC Indonesia -" before the first <p>
    # The dated news index (day first); ?page=N as the scraper SITES.md cites pages it.
    listing_urls = ("https://www.cnbcindonesia.com/news/indeks/3?date={date:%d/%m/%Y}&tipe=artikel&page={page}",)
    listing_link_css = "article a::attr(href)"
    feed_urls = tuple(f"https://www.cnbcindonesia.com/{kanal}/rss" for kanal in KANALS)
    rules = SiteRules(
        title=(".jdl h1", "h1"),
        body=(".detail-text",),
        # .media-institusi: the agency credit box (ARD); the rest as on CNN Indonesia's shared CMS (ARD's
        # later CNBC strategy: .linksisip, .baca-juga, div-gpt-ad slots, div.paradetail).
        drop=(".media-institusi", ".linksisip", ".baca-juga", ".paradetail", "[id^='div-gpt-ad']", "figure",
              "figcaption"),
        # The author comes from JSON-LD; its fallback value is the outlet (ARD).
        not_authors=("CNBC Indonesia", "CNBCIndonesia.com"),
    )
