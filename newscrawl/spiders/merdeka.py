"""Merdeka (merdeka.com). Markup: ../shared/realpages/SITES.md, section merdeka.com."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from scrapy.http import Response

from newscrawl.eras import TemplateEra
from newscrawl.extract import RawArticle, SiteRules, article_body
from newscrawl.spiders.base import NewsSpider

# Merdeka prints its local (WIB) wall-clock time with the sign flipped: article:published_time
# "2021-06-17T11:38:29-07:00" is 11:38 WIB (PAGE: .mdk-date-reporter reads "17 Juni 2021 11:38").
# The date choice (fields/dates.py, rule P4b) relabels it against that date line.
_RELATED_MARK = "data-newscrawl-related"


class MerdekaSpider(NewsSpider):
    name = "merdeka"
    allowed_domains = ["merdeka.com"]
    # 2026: /{section}/read/{id}/{slug} (id numeric). 2021: /{section}/{slug}.html with no numeric id
    # in the URL, so the slug is the id (the page's inline kly.gtm articleId is not in the URL).
    # m. and /amp/ are the same articles. foto/video/slideshow share the shape but carry no prose.
    article_url_pattern = (
        r"^https?://(?:www\.|m\.)?merdeka\.com/(?:amp/)?"
        r"(?!(?:foto|video|slideshow|company|tag|reporter|cari|search|amp)/)[a-z0-9-]+/"
        r"(?:read/(?=\d+/[a-z0-9-]+/?(?:[?#]|$))|(?=[a-z0-9-]+\.html(?:[?#]|$)))"
        r"(?P<id>\d+(?=/)|[a-z0-9-]+(?=\.html))"
    )
    # No global indeks: the sitemap index lists one Google News sitemap per section
    # (/{section}/sitemap.xml) whose news:publication_date filters by -a since/until.
    sitemap_urls = ("https://www.merdeka.com/sitemap.xml",)
    sitemap_follow = r"^https://www\.merdeka\.com/(?!(?:foto|video|slideshow)/)[a-z0-9-]+/sitemap\.xml$"
    # Multi-page articles: 2021 and 2026 pages arrive whole in one response (2021: hidden .paging-content divs
    # beside the first .mdk-body-paragraph; 2026: pages split by div.page-break[data-page]), their ?page=N links
    # fetched only for a page the response lacks (an empty container, a page numbered past them: h104 probe);
    # 2017-2019 desktop .html pages link ?page=2 … in .paging-box, each page its own response
    # (h100 probe), read by structure. `rules` holds what every era shares.
    pages_in_response = (".paging-content", "div.page-break[data-page]")
    rules = SiteRules(
        drop=(
            "p.dont-display", f"[{_RELATED_MARK}]", ".read-too", ".page-number", ".page-break",
            ".advertisement-placeholder", ".bg-primary-50",
            ".imagecontent", ".imageinfo", "[id^='div-gpt-ad']", "#gplus_recommendation",
            "#dnative_video_one_detailpage", ".mdk-date-reporter", "figure", "figcaption",
        ),
        prefer_dom=frozenset({"section", "tags"}),
        not_authors=("merdeka.com", "Merdeka.com", "Tim Merdeka"),
        title_suffix=" | merdeka.com",
    )
    # Periods are the evidence: the first and last page seen in each era.
    eras = (
        # 2026 (the reconstructed fixture): articles-content__ classes, pages split by div.page-break.
        TemplateEra("articles-content", replace(
            rules, title=("h1.articles-content__title",), authors=("[data-tracking='author_name']",),
            # The 2026 BreadcrumbList ends in the headline: the DOM breadcrumb names the real rubric.
            section=("nav.breadcrumb-navigation li",), tags=(".tags-articles__list a",),
            body=(".articles-content__body",)),
            valid_from=date(2026, 7, 23)),
        # 2021 (PAGE, mobile): mdk- classes. meta article:section is "Article" on every page, section2
        # names the rubric; meta keywords are the description split at spaces, the tag list is real.
        TemplateEra("mdk-2021", replace(
            rules, title=(".mdk-news-head h1",), published=(".mdk-date-reporter span",),
            authors=(".mdk-date-reporter a[href*='/reporter/']",),
            section=("meta[property='article:section2']::attr(content)",), tags=(".tag__list a",),
            body=(".mdk-news-body > .mdk-body-paragraph",)),
            valid_from=date(2021, 6, 10), valid_until=date(2021, 6, 21)),
    )

    def adjust_article(self, raw: RawArticle, response: Response) -> None:
        if self.mark_related_links(response):
            raw.body, raw.body_source = article_body(
                response.selector, self.page_rules(response), self.story_ld(response))

    @staticmethod
    def mark_related_links(response: Response) -> int:
        """Mark the link lines under a "Baca juga:" marker so the body drops them.

        2021 pages follow <p class="dont-display"><strong>Baca juga:</strong></p> with <p><a>title</a></p>
        lines (PAGE). Only paragraphs right after the marker that are nothing but one link count; the
        first paragraph with any other text ends the list, so prose after the box is kept.
        """
        marked = 0
        for marker in response.css("p.dont-display"):
            for sibling in marker.xpath("following-sibling::*"):
                element = sibling.root
                if element.tag != "p":
                    break
                links = sibling.xpath("./a")
                own_text = "".join(sibling.xpath("./text()").getall()).strip()
                if len(links) != 1 or own_text or len(sibling.xpath("./*")) != 1:
                    break
                element.set(_RELATED_MARK, "1")
                marked += 1
        return marked
