"""detikcom (detik.com). Markup: ../shared/realpages/SITES.md, section detik.com."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from scrapy.http import Response

from newscrawl.eras import TemplateEra
from newscrawl.extract import RawArticle, SiteRules
from newscrawl.fields.authors import split_byline
from newscrawl.spiders.base import NewsSpider

# Kanal index pages (PAGE: the indeks links in the saved articles and homepages).
INDEKS = ("news.detik.com/indeks", "finance.detik.com/indeks", "inet.detik.com/indeks", "hot.detik.com/indeks",
          "sport.detik.com/indeks", "sport.detik.com/sepakbola/indeks", "oto.detik.com/indeks",
          "travel.detik.com/indeks", "food.detik.com/indeks", "health.detik.com/indeks")

# "Mulia Budi - detikNews", "Afif Farhan - Sepakbola": the label after the dash is the desk.
_BYLINE_DESK = re.compile(r"\s+[-\u2013\u2014|]\s+.*$")
# "Fotografer: Grandyos Zafna" (readfoto 2016).
_BYLINE_LABEL = re.compile(r"^(?:fotografer|penulis|reporter|editor|oleh)\s*:?\s+", re.IGNORECASE)
# A desk credited instead of a person: "Tim detikBali", "detikcom", "Tim detikNews".
_NOT_A_PERSON = re.compile(r"(?:tim\s+)?detik\w*|tim\s+\w+|redaksi", re.IGNORECASE)


def byline_names(authors: list[str]) -> list[str]:
    """Person names out of byline strings: desk label and "Fotografer:" cut, desk credits dropped. Names are split
    as every byline is (fields.authors.split_byline): "Rina Kusumawati, S.Gz., M.Kes." is one name, not two."""
    names: list[str] = []
    for author in authors:
        text = _BYLINE_LABEL.sub("", _BYLINE_DESK.sub("", author.strip()))
        for name in split_byline(text):
            if name and not _NOT_A_PERSON.fullmatch(name) and name not in names:
                names.append(name)
    return names


class DetikSpider(NewsSpider):
    name = "detik"
    # The channels' own domains until 2010-11 (www.detiknews.com/read/2009/11/28/…): archived article URLs.
    allowed_domains = ["detik.com", "detiknews.com", "detikfinance.com", "detiksport.com", "detikhot.com",
                       "detikinet.com", "detikhealth.com", "detikfood.com", "detiktravel.com", "detikoto.com"]
    # https://{sub}.detik.com/{rubrik…}/d-{id}/{slug}[/{page}] (www.detik.com/{region}/… too), and the
    # 2015-16 form …/read[foto]/YYYY/MM/DD/HHMMSS/{id}/{kanal}/… Video, photo and asset hosts are not articles.
    article_url_pattern = (
        r"^https?://(?!(?:20|foto|pasangmata|forum|event|connect|rec|cdnv?|akcdn|cdnstatic|adsmart)\.)"
        r"(?:[a-z0-9-]+\.detik\.com/(?:(?:[a-z0-9-]+/)*d-|read(?:foto)?/\d{4}/\d{2}/\d{2}/\d{6}/)"
        r"|(?:www\.)?detik(?:news|finance|sport|hot|inet|health|food|travel|oto)\.com/read(?:foto)?/\d{4}/\d{2}/\d{2}/\d{6}/)"
        r"(?P<id>\d+)/[^?#\s]+"
    )
    # detik's own date parameter is month-first (EGI: the indeks date picker), one page per ?page=N.
    listing_urls = tuple(f"https://{path}?page={{page}}&date={{date:%m/%d/%Y}}" for path in INDEKS)
    # The newsfeed list of the main column; the column-4 boxes (Terpopuler …) use the same item markup
    # (PAGE homepage-2022-11) but list other days' articles.
    listing_link_css = ".column-8 .list-content__item .media__title a::attr(href)"
    # Long articles: a pager of numbered links to {url}/2, {url}/3 … inside the body.
    page_links_css = ".detail__long-nav a.detail__anchor-numb::attr(href)"
    dateline_own_block = True  # "<strong>Jakarta</strong> -" before the first <p>
    # What every era shares (drop selectors that match nothing on a page cost nothing there).
    rules = SiteRules(
        drop=(".paradetail", ".parallaxindetail", ".linksisip", ".lihatjg", ".noncontent",
              ".detail__body-tag", ".detail_tag", ".detail__long-nav", "[id^='div-gpt-ad']",
              ".pic_artikel_sisip_table", ".pic_artikel_sisip", "a.video20detik", "figure", "figcaption"),
    )
    # Periods are the evidence: the first and last page seen in each era.
    eras = (
        # detail__ pages: news/sport/inet 2022, travel 2022 (.read__head), detikInsider 2021 (.jdl) (PAGE).
        TemplateEra("detail", replace(
            rules, title=("h1.detail__title", ".read__head h1", ".jdl h1"),
            # Structured data (JSON-LD +07:00) comes first; the naive WIB meta next. The `pubdate` meta
            # ("2022-12-10T13-19-56Z") is WIB with a fake Z and, on readfoto 2016, a wrong time: never read.
            published=("meta[name='dtk:publishdate']::attr(content)", "meta[name='publishdate']::attr(content)",
                       ".detail__date", ".read__head .date"),
            authors=(".detail__author", ".ugc__block__name a", ".jdl .author"),
            tags=(".detail__body-tag a.nav__item", ".detail_tag a"),
            body=(".detail__body-text", "#detikdetailtext", ".detail_text")),
            valid_from=date(2021, 9, 30)),
        # The 2015-16 /read/YYYY/MM/DD/ pages: inet 2015 (h1.l_blue2_detik, .text_detail) and readfoto
        # 2016 (.detail_profil) (PAGE).
        TemplateEra("read-2015", replace(
            rules, title=("h1.l_blue2_detik", ".detail_profil h1"),
            published=("div.author + div.date", ".detail_profil > .date"),
            authors=("div.author", ".detail_profil > strong"),
            body=(".text_detail", ".detail_profil .text_gal")),
            valid_from=date(2015, 11, 5), valid_until=date(2016, 2, 23)),
    )

    def adjust_article(self, raw: RawArticle, response: Response) -> None:
        raw.authors = byline_names(raw.authors)
