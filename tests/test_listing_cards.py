"""Listing cards that carry their own dates (discovery.ListingCards), declared by tirto, viva and idntimes.

The card snippets below are RECONSTRUCTED from the sites' documented markup (SITES.md, and the
reconstructed listing fixtures in tests/sites/{tirto,viva,idntimes}): tirto's .postcard with a relative
or yearless .postcard-timestamp, viva's .article-list-row with its date split over spans, idntimes' hub
card whose date is a sibling of the <a> around the h2.
"""
from __future__ import annotations

from datetime import date

import pytest
from parsel import Selector
from scrapy.http import HtmlResponse, Request
from scrapy.utils.test import get_crawler

from newscrawl.discovery import Entry, ListingCards, listing_card_entries
from newscrawl.spiders.idntimes import IdntimesSpider
from newscrawl.spiders.tirto import TirtoSpider
from newscrawl.spiders.viva import VivaSpider

TIRTO_CARD = ('<div class="postcard"><div class="postcard-meta"><div class="postcard-timestamp">{date}</div></div>'
              '<h3 class="postcard-title"><a href="{href}">Judul</a></h3></div>')
VIVA_ROW = ('<div class="article-list-row"><a class="article-list-title" href="{href}"><h2>Judul</h2></a>'
            '<div class="article-list-date"><span>{date}</span><span>{time}</span></div></div>')
IDN_CARD = ('<div class="card"><a href="{href}"><div><h2 data-cy="ds-card-article-title">Judul</h2></div></a>'
            '<span data-cy="ds-card-article-category">News</span>'
            '<span data-cy="ds-card-article-pubdate">{date}</span></div>')


def entries(spider_cls, html: str, url: str) -> list[Entry] | None:
    return listing_card_entries(Selector(text=f"<html><body>{html}</body></html>"), url, spider_cls.listing_cards)


@pytest.mark.parametrize(("spider_cls", "html", "url", "expected"), [
    # relative link made absolute; the timestamp's text as printed
    (TirtoSpider, TIRTO_CARD.format(date="Selasa, 2 September", href="/bi-tahan-bunga-hJkT"),
     "https://tirto.id/indeks", [Entry("https://tirto.id/bi-tahan-bunga-hJkT", "Selasa, 2 September")]),
    (TirtoSpider, TIRTO_CARD.format(date=" 12 menit\n lalu ", href="https://tirto.id/a-b-hJkT"),
     "https://tirto.id/indeks", [Entry("https://tirto.id/a-b-hJkT", "12 menit lalu")]),
    # no timestamp text: no date (the window lets it pass)
    (TirtoSpider, TIRTO_CARD.format(date="", href="https://tirto.id/a-b-hJkT"),
     "https://tirto.id/indeks", [Entry("https://tirto.id/a-b-hJkT", None)]),
    # a card without a link is skipped
    (TirtoSpider, '<div class="postcard"><div class="postcard-timestamp">Kemarin</div></div>',
     "https://tirto.id/indeks", []),
    # no card at all: None (the spider decides whether to fall back)
    (TirtoSpider, '<a href="https://tirto.id/a-b-hJkT">x</a>', "https://tirto.id/indeks", None),
    # the date split over spans is joined with a space
    (VivaSpider, VIVA_ROW.format(href="https://www.viva.co.id/berita/nasional/1-a", date="Kamis, 19 Juni 2025",
                                 time="10:15"),
     "https://www.viva.co.id/indeks", [Entry("https://www.viva.co.id/berita/nasional/1-a", "Kamis, 19 Juni 2025 10:15")]),
    # no a.article-list-title: the row's first link
    (VivaSpider, '<div class="article-list-row"><a href="/berita/nasional/2-b">Judul</a></div>',
     "https://www.viva.co.id/indeks", [Entry("https://www.viva.co.id/berita/nasional/2-b", None)]),
    # the card is the parent of the <a> holding the title; the date is the <a>'s sibling
    (IdntimesSpider, IDN_CARD.format(href="/news/indonesia/x-00-k3m9x-7rtq2b", date="23 Jul 2026, 14:20 WIB"),
     "https://www.idntimes.com/news",
     [Entry("https://www.idntimes.com/news/indonesia/x-00-k3m9x-7rtq2b", "23 Jul 2026, 14:20 WIB")]),
    # an idntimes widget card (h3, no ds-card title) is not a card
    (IdntimesSpider, '<div><a href="https://jatim.idntimes.com/news/jatim/x-00-m1n2b-3v4c5x"><h3>Banjir</h3></a></div>',
     "https://www.idntimes.com/news", None),
])
def test_listing_card_entries(spider_cls, html, url, expected):
    assert entries(spider_cls, html, url) == expected


def test_date_may_be_an_attribute():
    cards = ListingCards(card="li", link="a::attr(href)", date="time::attr(datetime)")
    html = '<ul><li><a href="/a">A</a><time datetime="2024-06-19T10:00:00+07:00">Rabu</time></li></ul>'
    assert listing_card_entries(Selector(text=html), "https://x.id/", cards) == [
        Entry("https://x.id/a", "2024-06-19T10:00:00+07:00")]


def response(url: str, html: str) -> HtmlResponse:
    return HtmlResponse(url, body=f"<html><body>{html}</body></html>".encode(), encoding="utf-8", request=Request(url))


def spider(spider_cls, **kwargs):
    return spider_cls.from_crawler(get_crawler(spider_cls), **kwargs)


def test_spider_keeps_cards_in_window_and_counts_the_others():
    s = spider(VivaSpider, since="2025-06-19", until="2025-06-19")
    rows = [VIVA_ROW.format(href=f"https://www.viva.co.id/berita/nasional/{n}-a", date=d, time="10:15")
            for n, d in ((1, "Kamis, 19 Juni 2025"), (2, "Rabu, 18 Juni 2025"), (3, "Baru diperbarui"))]
    rows.append(VIVA_ROW.format(href="https://www.viva.co.id/tag/4-musim", date="Kamis, 19 Juni 2025", time=""))
    requests = list(s.parse_listing(response("https://www.viva.co.id/indeks", "".join(rows))))
    # in the window, and the unreadable date (passes); the older row is counted; the tag page is no article
    assert [r.url for r in requests] == ["https://www.viva.co.id/berita/nasional/1-a",
                                         "https://www.viva.co.id/berita/nasional/3-a"]
    assert s.crawler.stats.get_value("newscrawl/discovery/outside_window") == 1
    assert s.crawler.stats.get_value("newscrawl/discovery/article_links") == 3  # every article the page lists


@pytest.mark.parametrize(("spider_cls", "listing_url", "article", "followed"), [
    # tirto and viva read the page's article links when no card is left (declared fallback_to_links)
    (TirtoSpider, "https://tirto.id/indeks", "https://tirto.id/bi-tahan-bunga-hJkT", True),
    (VivaSpider, "https://www.viva.co.id/indeks", "https://www.viva.co.id/berita/nasional/1-a", True),
    # idntimes hubs without cards give nothing (no undated link from a hub's sidebars)
    (IdntimesSpider, "https://www.idntimes.com/news", "https://www.idntimes.com/news/indonesia/x-00-k3m9x-7rtq2b",
     False),
])
def test_page_without_cards(spider_cls, listing_url, article, followed):
    s = spider(spider_cls, since="2025-06-19", until="2025-06-19")
    links = s.article_links(response(listing_url, f'<a href="{article}">x</a>'))
    assert links == ([article] if followed else [])


def test_parse_listing_counts_the_listed_links_and_requests_the_kept_ones():
    s = spider(IdntimesSpider, since="2026-07-23", until="2026-07-23")
    html = "".join(IDN_CARD.format(href=f"/news/indonesia/x{n}-00-k3m9x-7rtq2{n}", date=d)
                   for n, d in ((1, "23 Jul 2026, 14:20 WIB"), (2, "2 May 2026, 09:05 WIB")))
    requests = list(s.parse_listing(response("https://www.idntimes.com/news", html),
                                    template=IdntimesSpider.listing_urls[0], day=date(2026, 7, 23)))
    assert [r.url for r in requests] == ["https://www.idntimes.com/news/indonesia/x1-00-k3m9x-7rtq21"]
    # the health check's input: the links the page lists, in the window or not (a page listing only other days'
    # articles answered with articles: no discovery failure)
    assert s.crawler.stats.get_value("newscrawl/discovery/article_links") == 2
