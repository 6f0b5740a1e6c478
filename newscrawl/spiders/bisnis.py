"""Bisnis.com (bisnis.com). Markup: ../shared/realpages/SITES.md, section bisnis.com (XAN, Nov 2025)."""
from __future__ import annotations

from newscrawl.extract import SiteRules
from newscrawl.spiders.base import NewsSpider


class BisnisSpider(NewsSpider):
    name = "bisnis"
    allowed_domains = ["bisnis.com"]
    # https://{sub}.bisnis.com/read/YYYYMMDD/{n}/{id}/{slug}. premium.bisnis.com is paywalled
    # (only a teaser is served), so its links are not articles to crawl.
    article_url_pattern = r"^https?://(?!premium\.)(?:[a-z0-9-]+\.)?bisnis\.com/read/\d{8}/\d+/(?P<id>\d+)/[^/?#]+"
    # The day's index of every kanal (XAN crawl_backtrack.py); "&page=N" pages it
    # (index?categoryId=43&type=indeks&date=…&page=3 in nichsedge/indoscraping .github/bisnis.prompt.md).
    listing_urls = ("https://www.bisnis.com/index?categoryId=0&type=indeks&date={date:%Y-%m-%d}&page={page}",)
    # Each item's title (h2/h4.artTitle) sits in the <a> that links the article.
    listing_link_css = "a:has(h2.artTitle, h4.artTitle)::attr(href)"
    # The next page exists only while the page shows a[rel=next] (past the last page the index need not be empty).
    # Its href is not followed: on the undated index it drops the date (…/index?page=2); the template makes it.
    listing_next_css = "a[rel=next]"
    rules = SiteRules(
        title=("h1.detailsTitleCaption",),
        # "Jumat, 14 November 2025 | 15:20": no zone printed, read as WIB.
        published=("div.detailsAttributeDates",),
        # <div class="authorName"><strong>Name</strong> - Bisnis.com</div> (nichsedge/indoscraping).
        authors=(".authorName strong",),
        # The whole container: its paragraphs, lists and <h2> subheadings (an interview's "Target 75 GW"), without
        # the disclaimer and the "Baca Juga" boxes, whatever their inner markup (<p> of links, <ul> with or without
        # .baca-juga-list: OUTLETS.md drops every div whose class starts with baca-juga-box). A "Baca Juga" line
        # written as a paragraph is residue the cleaning drops. The "Bisnis.com, JAKARTA -" dateline stays.
        body=("article.detailsContent",),
        drop=("script", "style", "ins", "iframe", "p.disclaimer", "[class*='baca-juga']", ".baca-juga-list",
              "[id^='div-gpt-ad']"),
        not_authors=("Bisnis.com", "Bisnis"),
        title_suffix=" - Bisnis.com",
    )
