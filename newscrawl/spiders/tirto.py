"""Tirto (tirto.id). Markup: ../shared/realpages/SITES.md, section tirto.id."""
from __future__ import annotations

from scrapy.http import Response

from newscrawl.discovery import ListingCards
from newscrawl.extract import RawArticle, SiteRules, select_texts
from newscrawl.spiders.base import NewsSpider

# news_keywords restates Tirto's own rubric labels next to the real topics (EGI).
RUBRIC_LABELS = frozenset({
    "latest news", "latest sc", "news", "bisnis", "bisnis tirto", "visual", "visual tirto", "kueri",
    "inception", "periksa fakta", "flash news", "news plus", "decode", "mozaik", "horizon", "miroso",
    "perspektif", "wawancara khusus", "insider", "side job", "sidejob", "gearbox", "byte", "edusains",
    "gws", "tirtoeco", "video", "vidpro", "video youtube", "esai foto", "infografik", "weekly",
    "tirto weekly", "ekonomi", "politik", "hukum", "sosial budaya", "mild report", "mesin waktu",
    "aktual dan tren", "binar", "siswa", "umum",
})


class TirtoSpider(NewsSpider):
    name = "tirto"
    allowed_domains = ["tirto.id"]
    # Flat: https://tirto.id/{slug}-{4-char code}, the code being the id. Section roots share the shape
    # only as "pikir-dua-kali" (3 tokens, 4-letter tail); /bisnis-tirto, /rilis-pers… do not match.
    article_url_pattern = (r"^https?://(?:www\.)?tirto\.id/(?!pikir-dua-kali(?:[/?#]|$))"
                           r"[a-z0-9]+(?:-[a-z0-9]+)+-(?P<id>[A-Za-z0-9]{4})/?(?:[?#]|$)")
    # The only listing; it mixes every channel. Its "load more" uses ?next=…, which robots.txt
    # disallows, so one page per run; the cards' timestamps keep the crawl in the window.
    listing_urls = ("https://tirto.id/indeks",)
    # "12 menit lalu", "Kemarin" are read against the clock; "Rabu, 22 Juli" has no year and passes.
    listing_cards = ListingCards(card=".postcard", link=".postcard-title a::attr(href)",
                                 date=".postcard-timestamp", fallback_to_links=True)
    rules = SiteRules(
        title=("h1.article-title",),
        published=(".byline div",),  # "Terbit 2 Sep 2025 17:00 WIB" (English month abbreviations)
        authors=(".byline a.reporter-name",),
        section=(".breadcrumbs-wrapper a",),
        body=(".content-text-editor",),
        drop=(".baca-holder", "ins", "[id^='gpt-']", "figure", "figcaption", "iframe"),
        # No NewsArticle JSON-LD; the BreadcrumbList's second crumb is the top rubric, the page's own
        # breadcrumb ends with the most specific one.
        prefer_dom=frozenset({"section"}),
    )

    def adjust_article(self, raw: RawArticle, response: Response) -> None:
        crumbs = {c.casefold() for c in select_texts(response.selector, ".breadcrumbs-wrapper a")}
        raw.tags = [t for t in raw.tags if t.casefold() not in RUBRIC_LABELS | crumbs]
