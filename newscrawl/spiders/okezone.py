"""Okezone (okezone.com). Markup: ../shared/realpages/SITES.md, section okezone.com."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import scrapy
from scrapy.http import Response

from newscrawl.eras import TemplateEra
from newscrawl.extract import SiteRules
from newscrawl.spiders.base import NewsSpider
from newscrawl.urls import canonical_url

# Kanal hosts with a /indeks of their own (EGI: the channel ids of index.okezone.com's sidebar).
KANALS = ("news", "economy", "celebrity", "sports", "bola", "women", "ototekno", "muslim", "edukasi")


class OkezoneSpider(NewsSpider):
    name = "okezone"
    allowed_domains = ["okezone.com"]
    # https://{kanal}.okezone.com/read/YYYY/MM/DD/{sectionId}/{id}/{slug}, its AMP copy /amp/ in place of /read/
    # (realpages okezone/article-celebrity-2017: a listing or feed giving only that form lost the story, h72). mpi.okezone.com
    # republishes SINDOnews (another brand) and img/cdn/redaksi/index are asset, profile and listing hosts.
    article_url_pattern = (r"^https?://(?!(?:mpi|img|cdn|redaksi|index|id|s)\.)[a-z0-9-]+\.okezone\.com"
                           r"/(?:read|amp)/\d{4}/\d{2}/\d{2}/\d+/(?P<id>\d+)(?:/[^/?#]*)?/?(?:[?#]|$)")
    # Per-kanal dated index; the offset steps by 10 (www.okezone.com/indeks is a 404).
    listing_urls = tuple(f"https://{kanal}.okezone.com/indeks/{{date:%Y/%m/%d}}/{{offset}}" for kanal in KANALS)
    listing_offset_step = 10
    listing_link_css = ".subgroup a.desc-text::attr(href)"
    # What every era shares.
    rules = SiteRules(
        section=(".breadcrumb li a",),
        drop=("#baca-juga", ".vicon", "div[style*=page-break-after]", "#paging", "#tag", "[id^='div-gpt-ad']",
              ".dtl_banner", ".tbkomentar", "#AdAsia", "figure", "figcaption"),
        # JSON-LD keywords are taxonomy labels ("Celebrity: Hot Gossip"); the tag box holds the tags.
        prefer_dom=frozenset({"tags"}),
    )
    # Periods are the evidence: the first and last page seen in each era.
    eras = (
        # Today's c-detail template (EGI/GIK; the reconstructed fixtures).
        TemplateEra("c-detail", replace(
            rules, title=("div.title-article > h1",), published=("div.journalist span",),
            authors=(".journalist a[href*='redaksi.okezone.com']",), tags=("#tag .box-tag a",),
            body=("div.c-detail.read",)),
            valid_from=date(2025, 6, 18)),
        # 2017 (PAGE): .title-detail over .ctn-desc; the desk initials "(FHM)" sit in a <strong> right
        # after the last paragraph.
        TemplateEra("2017", replace(
            rules, title=(".title-detail h1",), published=(".title-detail > span",),
            authors=(".title-detail > span b",), tags=("a.mb-topic",), body=(".ctn-desc",),
            drop=rules.drop + (".ctn-desc > strong",)),
            valid_from=date(2017, 2, 17), valid_until=date(2017, 2, 17)),
        # 2015 (PAGE): .titles, .meta-post time, #contentx.
        TemplateEra("2015", replace(
            rules, title=(".titles h1",), published=(".meta-post time",), authors=(".nmreporter div",),
            tags=(".meta-bottom-content span a[href*='/topic/']",), body=("#contentx",)),
            valid_from=date(2015, 11, 5), valid_until=date(2015, 11, 5)),
    )

    def listing_request(self, template: str, day: date | str, page_index: int) -> scrapy.Request:
        request = super().listing_request(template, day, page_index)
        # Page 1 is the bare dated index (…/indeks/2025/06/18); later pages append …/10, …/20.
        if page_index == 0 and request.url.endswith("/0"):
            request = request.replace(url=request.url[:-2])
        return request

    def all_pages_url(self, response: Response) -> str | None:
        # A multi-page article shows a #paging .box-nomor pager; ?page=all returns every page in
        # one .c-detail.read, the pages split by <div style="page-break-after: always">.
        if len(response.css("#paging .box-nomor a.nomor")) < 2:
            return None
        url = canonical_url(response.url) + "?page=all"
        return None if url == response.url else url
