"""Kompas.com (kompas.com). Markup: ../shared/realpages/SITES.md, section kompas.com."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from scrapy.http import Response
from w3lib.url import add_or_replace_parameter

from newscrawl.eras import TemplateEra
from newscrawl.extract import RawArticle, SiteRules
from newscrawl.fields.authors import split_byline
from newscrawl.spiders.base import NewsSpider

# Old credit tables read ": Kontributor Lhokseumawe, Masriadi" (PAGE 2015): the colon and the
# contributor's posting are not names. Several writers are assumed comma-separated in
# content_author, as the credit box lists them ("Irfan Kamil," then the next name; PAGE 2025).
_POSTING = re.compile(r"kontributor\b", re.IGNORECASE)


class KompasSpider(NewsSpider):
    name = "kompas"
    allowed_domains = ["kompas.com"]
    # https://{kanal}.kompas.com/read/YYYY/MM/DD/{id}/{slug} (PAGE); newer kanals live under
    # www.kompas.com/{kanal}/read/… (indeks links, e.g. /hype/, /tren/); 2016 indeks links add /xml/.
    # The id is the date with the number after it: the number is the time of day (HHMMSS) and a sequence
    # ("07000041"), unique within its day only; alone, a story of another day at the same minute was taken
    # for this one (dropped as duplicate_url, or in cron as a recheck of it).
    article_url_pattern = (r"^https?://(?:[a-z0-9-]+\.)?kompas\.com(?:/[a-z0-9-]+)?/read/(?:xml/)?"
                           r"(?P<id>\d{4}/\d{2}/\d{2}/\d+)/[^/?#]+")
    # The dated indeks of every kanal; page 2, 3, … until a page lists nothing.
    listing_urls = ("https://indeks.kompas.com/?site=all&date={date:%Y-%m-%d}&page={page}",)
    listing_max_pages = 40
    # 2024+ .articleItem a.article-link; before that .article__list a.article__link; 2016 .kcm-main-list.
    listing_link_css = (".articleItem a.article-link::attr(href), .article__list a.article__link::attr(href), "
                        ".kcm-main-list h3 a::attr(href)")
    # "Show All" → …?page=all: the whole multi-page article in one .read__content.
    all_pages_css = "a.paging__link--show::attr(href)"
    # What every era shares.
    rules = SiteRules(
        drop=("p:has(a.inner-link-baca-juga)",  # <p><strong>Baca juga: <a class=inner-link-baca-juga>
              "#EndOfArticle ~ *",  # the WhatsApp Channel promo after the end marker
              ".ads-on-body", ".read__paging", ".paging", "figure", "figcaption", ".photo"),
        prefer_dom=frozenset({"authors", "section"}),
        not_authors=("Kompas Cyber Media", "Kompas.com", "KOMPAS.com"),
        title_suffix=" - Kompas.com",
    )
    eras = (
        # The read__ template (PAGE 2025-05; the reconstructed fixtures).
        TemplateEra("read", replace(
            rules, title=("h1.read__title",),
            # JSON-LD/article:published_time are UTC (the date pipeline shows them in WIB); these are WIB.
            published=("meta[name=content_PublishedDate]::attr(content)", ".read__time"),
            # JSON-LD author is the EDITOR (PAGE 2025: content_editor); content_author is the reporter.
            authors=("meta[name=content_author]::attr(content)",),
            section=("meta[name=content_subcategory]::attr(content)",),
            tags=(".read__tagging .tag__article__link", "meta[name=content_tags]::attr(content)"),
            body=(".read__content > .clearfix",)),
            valid_from=date(2025, 5, 28)),
        # The kcm- templates (PAGE 2015-11 to 2016-02): news kanals .kcm-read-top, bola
        # .kcm-read-content-top, otomotif .baca-content; the writer in a credit table.
        TemplateEra("kcm", replace(
            rules, title=(".kcm-read-top h2", ".kcm-read-content-top h2", ".baca-content h1"),
            published=("div.kcm-date", ".kcm-read-top .msmall.grey"),
            authors=(".kcm-read-copy td:contains('Penulis') + td", ".penulis-editor td:contains('Penulis') + td"),
            section=(".kcm-breadcrumb a", "h4.breadcrump a", ".bread-c a"),
            body=(".kcm-read-text", ".kcm-read-content-text span[class^='kcmread']", ".div-read")),
            valid_from=date(2015, 11, 4), valid_until=date(2016, 2, 23)),
    )

    def all_pages_url(self, response: Response) -> str | None:
        url = super().all_pages_url(response)
        if url or "page=all" in response.url:
            return url
        # A page without the "Show All" link still says how many pages it has.
        total = (response.css("meta[name=content_total_pages]::attr(content), "
                              "meta[property=content_total_pages]::attr(content)").get() or "").strip()
        if total.isdigit() and int(total) > 1:
            return add_or_replace_parameter(response.url, "page", "all")
        return None

    def adjust_article(self, raw: RawArticle, response: Response) -> None:
        # Split as every byline is (split_byline): "Dr. Rina Kusumawati, S.Gz., M.Kes." is one name.
        names = (part for author in raw.authors for part in split_byline(author))
        raw.authors = list(dict.fromkeys(name for name in names if name and not _POSTING.match(name)))
