"""Liputan6 (liputan6.com). Markup: ../shared/realpages/SITES.md, section liputan6.com."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from scrapy.http import Response

from newscrawl.dom import caption_text, strip_slide_counters
from newscrawl.eras import TemplateEra
from newscrawl.extract import RawArticle, SiteRules, collapse_ws
from newscrawl.spiders.base import NewsSpider
from newscrawl.urls import canonical_url

# {sub}.liputan6.com/{channel}/read/{id}/{slug}: www. and m. carry the channel in the path; the
# legacy channel hosts (tekno., showbiz. in 2016, hot. today) carry it in the host instead.
_READ_URL = re.compile(
    r"^https://(?:(?P<sub>[a-z0-9-]+)\.)?liputan6\.com/(?:(?P<channel>[a-z0-9-]+)/)?read/(?P<rest>\d+.*)$")


def www_url(url: str) -> str:
    """One URL form per article: https://www.liputan6.com/{channel}/read/{id}/{slug}.

    m. and www. serve the same article; the site's own og:url names the www form, also for the
    hot. subdomain (PAGE: hot 5043288 has canonical hot.liputan6.com/read/…, og:url
    www.liputan6.com/hot/read/…). The numeric id is the key either way.
    """
    url = canonical_url(url)
    match = _READ_URL.match(url)
    if not match:
        return url  # e.g. the 2016 photo.liputan6.com/{rubric}/{slug}-{id} gallery form
    sub, channel = match["sub"] or "www", match["channel"]
    if sub in ("www", "m") and channel:
        return f"https://www.liputan6.com/{channel}/read/{match['rest']}"
    if sub not in ("www", "m") and not channel:
        return f"https://www.liputan6.com/{sub}/read/{match['rest']}"
    return url


class Liputan6Spider(NewsSpider):
    name = "liputan6"
    allowed_domains = ["liputan6.com"]
    # …/{channel}/read/{id}/{slug} on www./m., {channel}.liputan6.com/read/{id}/{slug} (2016, hot.),
    # and the 2016 gallery form photo.liputan6.com/{rubric}/{slug}-{id}; the AMP copy m.liputan6.com/amp/{id}/{slug}
    # (realpages SITES.md, h72). Video hosts carry no text.
    article_url_pattern = (
        r"^https?://(?:(?!(?:video|tv|vidio|me|cdn[0-9-]*)\.)(?:[a-z0-9-]+\.)?liputan6\.com/"
        r"(?:(?:(?!video/)[a-z0-9-]+/)?read|amp)/|photo\.liputan6\.com/[a-z0-9-]+/[a-z0-9-]+-)"
        r"(?P<id>\d+)(?:/[^/?#]+|(?=[?#]|$))"
    )
    # The dated indeks (2016 PAGE links /indeks/YYYY/MM/DD; ?page=N pages on).
    listing_urls = ("https://www.liputan6.com/indeks/{date:%Y/%m/%d}?page={page}",)
    listing_link_css = ".articles--rows--item__title-link::attr(href)"
    # A multi-page article ships its pages in the one response as .article-content-body__item-page[data-page=N]
    # blocks inside one .article-content-body; its numbered ?page=2 links answer the same document (h100 probe: named
    # missing, fetched again by cron for 72 h), fetched only for a block left empty (a lazy data-page placeholder,
    # filled by script: h104 probe) or a page past the blocks (base.pages_not_held).
    pages_in_response = (".article-content-body__item-page[data-page='1'] ~ .article-content-body__item-page[data-page]",)
    # `rules` holds what every era shares.
    rules = SiteRules(
        # KLY pages put "News" in article:section for every channel; section2 names the channel.
        section=("meta[property='article:section2']::attr(content)",),
        drop=(
            ".baca-juga", ".baca-juga-collections", "[data-component-name$='section:bacajuga']",
            ".article-photo-gallery--item", ".article-video-gallery--item", ".read-page--photo-gallery",
            "blockquote.twitter-tweet", "blockquote.instagram-media", "blockquote.tiktok-embed",
            ".article-ad", "[data-info='ad']", ".advertisement-placeholder", "[id^='div-gpt-ad']",
            "[id^='gpt-ad']", ".seamless-ads",
            "[data-identifier='mgid-ad']", "[id^='dablewidget']", ".article-content-body__break",
            ".article-content-body__load-more", ".article-content-body__loading-animation",
            ".article-content-body__item-overlay", "figure", "figcaption",
            # A section heading over nothing but an image or a video (the closing "Infografis …"); not one over a
            # list or a table, text outside figures (h50 probe).
            ".article-content-body__item:not(:has(.article-raw-content :is(p, li, td)))"
            " > .article-content-body__item-title",
            ".article-content-body__item-page:not(:has(.article-content-body__item-content :is(p, li, td)))"
            " > .article-content-body__item-title",
        ),
        prefer_dom=frozenset({"tags", "section"}),
        not_authors=("Liputan6.com", "Liputan6", "Liputan6.com Team"),
        title_suffix=" - Liputan6.com",
    )

    # Periods are the evidence: the first and last page seen in each era.
    eras = (
        # The article- template, mobile (article-header) and desktop (read-page--header--, read-page-box)
        # variants (PAGE 2020-2022, the reconstructed fixtures 2025). .article-content-body holds every
        # page of the article once (mobile sections, desktop data-page blocks).
        TemplateEra("article", replace(
            rules, title=("h1.article-header__title", "h1.read-page--header--title"),
            published=("span.article-header__datetime",),
            updated=(".article-header__modified-time", "span.read-page-box__author__updated"),
            authors=("a.article-header__author-link", "a.read-page-box__author__name"),
            # Structured keywords mix in taxonomy ("Tekno:Telko", "Editor:Iskandar" in 2016 JSON-LD).
            tags=(".tags--topics__list .tags--topics--item__link",),
            body=(".article-content-body",)),
            valid_from=date(2020, 6, 26)),
        # The 2016 desktop template (PAGE): read-page--header__ classes, the body in .read-page__content-body.
        # Its photo pages have no such body (their prose is captions, see adjust_article): the header
        # tells the era.
        TemplateEra("read-page-2016", replace(
            rules, title=("h1.read-page--header__title",),
            published=("time.read-page--header__datetime::attr(datetime)",),
            authors=(".read-page--header__author-link .fn",), tags=(".read-page--tags__link",),
            body=(".read-page__content-body",)),
            valid_from=date(2016, 2, 16), valid_until=date(2016, 2, 16),
            signature=".read-page__content-body, h1.read-page--header__title"),
    )

    def adjust_article(self, raw: RawArticle, response: Response) -> None:
        raw.url = www_url(raw.url)
        if raw.body_source != "dom":
            # Photo galleries (2016 photo.liputan6.com, today's "FOTO: …" PhotoGallery pages) have no
            # text body: their prose is the short description and one caption per photo.
            captions = self.gallery_text(response)
            if captions:
                raw.body, raw.body_source = captions, "gallery"

    @staticmethod
    def gallery_text(response: Response) -> list[str]:
        texts = response.css(".article-short-desc").xpath("string(.)").getall()
        texts += strip_slide_counters(response.css(".article-gallery-slider__item::attr(data-short-desc)").getall())
        # each caption without its "1/5" counter (dom.caption_text), the gallery's numbering (strip_slide_counters)
        texts += strip_slide_counters([caption_text(caption.root)
                                       for caption in response.css(".read-page--photo-gallery--item__caption")])
        return [t for t in (collapse_ws(t) for t in texts) if t]
