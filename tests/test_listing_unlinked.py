"""h294 C1, C3, C4: stories a listing, feed or sitemap names in a form the article checks did not read.

C1: a listing page of a newer template era names its stories without <a href>: cards carrying the address in an
attribute (detik's indeks redesign form, reconstructed: <article class="list-content__item card-news" data-href="…">),
a JSON-LD ItemList, or the app state a script draws the cards from (kompas's indeks form, reconstructed:
window.__INDEKS_STATE__ = {"articles": [{"url": …}]}). Nothing was requested, nothing counted.
C3/C4: a static site's ".../slug/index.html" and an AMP "?amp=1" entry (ntvnews's news sitemap, reconstructed) were
refused by a catalogue pattern ending "/?$", and generic took "index.html" for an index page.
"""
from __future__ import annotations

import json

import pytest
from parsel import Selector
from scrapy.http import HtmlResponse, Request
from scrapy.utils.test import get_crawler

from newscrawl.discovery import Entry, unlinked_listing_urls
from newscrawl.health import LISTING_FALLBACK, site_health
from newscrawl.spiders.base import NewsSpider
from newscrawl.spiders.generic import GenericSpider, is_hub_url
from newscrawl.urls import directory_form

ITEM_LIST = ('<script type="application/ld+json">' + json.dumps({
    "@context": "https://schema.org", "@type": "ItemList", "itemListElement": [
        {"@type": "ListItem", "position": 1, "url": "https://www.contoh.id/read/2024/06/19/1/a"},
        {"@type": "ListItem", "position": 2, "item": {"@id": "/read/2024/06/19/2/b"}}]}) + "</script>")
CARDS = ('<article class="card-news" data-href="/read/2024/06/19/3/c"><h3>Judul</h3></article>'
         '<div class="card" data-url="https://www.contoh.id/read/2024/06/19/4/d"><p class="card__title">Judul</p></div>')
STATE = ('<script>window.__INDEKS_STATE__ = {"articles": [{"url": "https:\\/\\/www.contoh.id\\/read\\/2024\\/06\\/19'
         '\\/5\\/e"}, {"path": "/read/2024/06/19/6/f"}, {"u": "https:\\u002F\\u002Fwww.contoh.id\\u002Fread\\u002F2024'
         '\\u002F06\\u002F19\\u002F7\\u002Fg"}]};</script><script src="/app.js"></script>')


@pytest.mark.parametrize(("html", "expected"), [
    (ITEM_LIST, [["https://www.contoh.id/read/2024/06/19/1/a", "https://www.contoh.id/read/2024/06/19/2/b"], [], []]),
    (CARDS, [[], ["https://www.contoh.id/read/2024/06/19/3/c", "https://www.contoh.id/read/2024/06/19/4/d"], []]),
    (STATE, [[], [], ["https://www.contoh.id/read/2024/06/19/5/e", "https://www.contoh.id/read/2024/06/19/6/f",
                      "https://www.contoh.id/read/2024/06/19/7/g"]]),
    # a NewsArticle's JSON-LD is no list; a script with a src is not read
    ('<script type="application/ld+json">{"@type": "NewsArticle", "url": "https://www.contoh.id/read/2024/06/19/9/z"}'
     '</script>', [[], [], []]),
    # h299 R1/R2: no card of the list: sindonews' editor's picks (real, 2024-09: empty <div data-url> in
    # div.article-queues), a share button, a playlist item with no headline, a "Terpopuler" <aside>'s and a widget's
    # <li data-href> holding titles
    ('<div class="article-queues"><div class="queues-0" data-title="Judul" data-url="/read/2024/06/19/1/a"></div></div>'
     '<div class="share" data-url="/read/2024/06/19/2/b"><a href="#">fb</a></div>'
     '<div class="jeg_video_playlist_item" data-url="/video/2024/06/19/3/c"><span>Banjir</span></div>'
     '<aside class="popular"><ul><li data-href="/read/2024/06/10/4/d"><h4>Harga Cabai</h4></li></ul></aside>'
     '<div class="widget-terpopuler"><ul><li data-href="/read/2024/06/10/5/e"><h4>Harga Beras</h4></li></ul></div>',
     [[], [], []]),
    # h299 R3: a script's URLs only from one array naming 3 or more (here every address counts): a player's config or
    # a dataLayer naming one or two is no list; two arrays of two are not one of four
    ('<script>var player = {"src": "https://www.contoh.id/video/1/a", "poster": "https://www.contoh.id/img/a.jpg"};'
     'var rel = {"a": ["https://www.contoh.id/read/2024/06/19/1/a", "https://www.contoh.id/read/2024/06/19/2/b"],'
     ' "b": ["https://www.contoh.id/read/2024/06/19/3/c", "https://www.contoh.id/read/2024/06/19/4/d"]};</script>',
     [[], [], []]),
])
def test_unlinked_listing_urls(html: str, expected: list[list[str]]) -> None:
    page = Selector(text=f"<html><head></head><body>{html}</body></html>")
    assert unlinked_listing_urls(page, "https://www.contoh.id/indeks?page=2") == expected


class CardSite(NewsSpider):
    name = "card_site"
    allowed_domains = ["contoh.id"]
    article_url_pattern = r"^https?://www\.contoh\.id/read/(?P<year>\d{4})/(?P<month>\d{2})/(?P<day>\d{2})/(?P<id>\d+)/"
    listing_urls = ("https://www.contoh.id/indeks?page={page}",)
    listing_link_css = ".list-content__item .media__title a::attr(href)"


def _page(url: str, body: str) -> HtmlResponse:
    return HtmlResponse(url, body=f"<html><head></head><body>{body}</body></html>".encode(), encoding="utf-8",
                        request=Request(url))


@pytest.mark.parametrize(("body", "expected"), [
    # the cards' attribute, the page's ItemList, the app state: each read when the selectors find no link
    (CARDS, ["https://www.contoh.id/read/2024/06/19/3/c", "https://www.contoh.id/read/2024/06/19/4/d"]),
    (ITEM_LIST + CARDS, ["https://www.contoh.id/read/2024/06/19/1/a", "https://www.contoh.id/read/2024/06/19/2/b"]),
    (STATE, ["https://www.contoh.id/read/2024/06/19/5/e", "https://www.contoh.id/read/2024/06/19/6/f",
             "https://www.contoh.id/read/2024/06/19/7/g"]),
    # only what the article pattern and the host pass, as for links
    ('<article data-href="/kanal/berita"></article><article data-href="https://lain.id/read/2024/06/19/8/h"></article>',
     []),
])
def test_a_listing_without_article_links_reads_its_unlinked_stories(body: str, expected: list[str]) -> None:
    spider = CardSite.from_crawler(get_crawler(CardSite), since="2024-06-19", until="2024-06-19")
    assert spider.article_links(_page("https://www.contoh.id/indeks?page=2", body)) == expected
    stats = spider.crawler.stats
    assert stats.get_value("newscrawl/discovery/listing_fallback") == (1 if expected else None)
    assert stats.get_value(LISTING_FALLBACK) == (1 if expected else None)


def test_a_listing_with_article_links_is_read_by_its_selectors() -> None:
    spider = CardSite.from_crawler(get_crawler(CardSite), since="2024-06-19", until="2024-06-19")
    linked = ('<div class="list-content__item"><h3 class="media__title"><a href="/read/2024/06/19/9/i">x</a></h3></div>'
              + CARDS)
    assert spider.article_links(_page("https://www.contoh.id/indeks?page=1", linked)) == [
        "https://www.contoh.id/read/2024/06/19/9/i"]
    assert spider.crawler.stats.get_value("newscrawl/discovery/listing_fallback") is None


def test_generic_reads_cards_and_a_state_only_when_its_links_name_no_story() -> None:
    spider = GenericSpider.from_crawler(get_crawler(GenericSpider), url="https://www.contoh.id/")
    # h299 R2: beside linked headlines, cards (a sidebar's, a playlist's) are no list of the page's
    linked = '<a href="/read/2024/06/19/9/judul-berita-yang-panjang">x</a>'
    articles, _ = spider.page_links(_page("https://www.contoh.id/", linked + CARDS + STATE))
    assert articles == ["https://www.contoh.id/read/2024/06/19/9/judul-berita-yang-panjang"]
    assert spider.crawler.stats.get_value("newscrawl/discovery/listing_fallback") is None
    assert spider.crawler.stats.get_value("newscrawl/discovery/unlinked_unread") == 2  # left, counted
    articles, _ = spider.page_links(_page("https://www.contoh.id/", CARDS + STATE))
    assert articles == ["https://www.contoh.id/read/2024/06/19/3/c", "https://www.contoh.id/read/2024/06/19/4/d"]
    articles, _ = spider.page_links(_page("https://www.contoh.id/", STATE))
    assert articles == ["https://www.contoh.id/read/2024/06/19/5/e", "https://www.contoh.id/read/2024/06/19/6/f",
                        "https://www.contoh.id/read/2024/06/19/7/g"]
    assert spider.crawler.stats.get_value("newscrawl/discovery/listing_fallback") == 2
    assert spider.crawler.stats.get_value(LISTING_FALLBACK) is None  # generic has no selectors to drift from
    # h299 R3: an archive page past its end (a numbered later page) reads no script: its popular widget's state
    articles, _ = spider.page_links(_page("https://www.contoh.id/kategori/daerah/page/12/", STATE))
    assert articles == []


# h299 G1, reconstructed (a WordPress/JNews home page): two linked stories of the day, each with a share button's
# data-url; a video playlist item's data-url; a "Terpopuler" <aside> of other days' stories as <li data-href>; the
# popular widget's state in a script. Only the linked stories are the page's.
G1_HOME = (
    '<nav><a href="/kategori/daerah/">Daerah</a></nav><div class="latest">'
    '<article><h2><a href="https://www.contoh.id/2024/06/19/gubernur-resmikan-jembatan-gantung-desa">G</a></h2>'
    '<div class="share" data-url="https://www.contoh.id/2024/06/19/gubernur-resmikan-jembatan-gantung-desa">'
    '<a href="#">fb</a></div></article></div>'
    '<div class="video-widget"><div class="jeg_video_playlist_item" '
    'data-url="https://www.contoh.id/video/2024/06/19/banjir-rob-rendam-pesisir-utara"><span>Banjir</span></div></div>'
    '<aside class="popular"><h3>Terpopuler</h3><ul>'
    + "".join(f'<li data-href="https://www.contoh.id/2024/06/1{n}/harga-cabai-rawit-naik-jelang-idul-{n}">'
              f'<span>Harga Cabai {n}</span></li>' for n in range(3)) + '</ul></aside>'
    '<script>var jnews_popular = {"posts": ['
    + ", ".join(f'{{"url": "https:\\/\\/www.contoh.id\\/2024\\/06\\/1{n}\\/harga-cabai-rawit-naik-jelang-idul-{n}"}}'
                for n in range(3)) + ']};</script>')


def test_generic_reads_a_home_page_by_its_links_only() -> None:
    spider = GenericSpider.from_crawler(get_crawler(GenericSpider), url="https://www.contoh.id/")
    articles, _ = spider.page_links(_page("https://www.contoh.id/", G1_HOME))
    assert articles == ["https://www.contoh.id/2024/06/19/gubernur-resmikan-jembatan-gantung-desa"]
    assert spider.crawler.stats.get_value("newscrawl/discovery/listing_fallback") is None


def test_generic_stories_only_a_fallback_named_are_no_listing_link_for_its_reach() -> None:
    spider = GenericSpider.from_crawler(get_crawler(GenericSpider), url="https://www.contoh.id/", depth="1")
    requests = list(spider.follow_links(_page("https://www.contoh.id/", CARDS), depth=0))
    assert [r.url for r in requests] == ["https://www.contoh.id/read/2024/06/19/3/c",
                                         "https://www.contoh.id/read/2024/06/19/4/d"]
    assert not any(r.meta.get("newscrawl_generic_listed_on") for r in requests)
    linked = '<a href="/read/2024/06/19/9/judul-berita-yang-panjang">x</a>'
    requests = list(spider.follow_links(_page("https://www.contoh.id/", linked), depth=0))
    assert [r.meta.get("newscrawl_generic_listed_on") for r in requests] == ["https://www.contoh.id/"]


class OffsetSite(CardSite):
    name = "offset_site"
    listing_urls = ("https://www.contoh.id/indeks/{date}?page={page}",)


# h299 R1, reconstructed: a dated listing's empty last page carrying the site's chrome (kompas's real 2025-05
# "pilihan untukmu" recommendations in an inline script; sindonews's real 2024-09 div.article-queues editor's picks as
# empty <div data-url>): paging ends there, nothing requested, no drift said.
EMPTY_LAST_PAGE = (
    '<div class="list-content"><p>Tidak ada berita.</p></div>'
    '<div class="article-queues">'
    + "".join(f'<div class="queues-{n}" data-title="Judul {n}" data-url="https://www.contoh.id/read/2024/06/1{n}/{n}/x">'
              f'</div>' for n in range(3)) + '</div>'
    '<script>var pilihanuntukmu = {"items": ['
    + ", ".join(f'{{"url": "https://www.contoh.id/read/2024/06/1{n}/{n}0/y?source=pilihanuntukmu"}}' for n in range(4))
    + ']};</script>')


def _listing(url: str, body: str, page_index: int, chain: bool = False) -> HtmlResponse:
    meta = {"newscrawl_listing_fallback_chain": True} if chain else {}
    request = Request(url, meta=meta, cb_kwargs={"page_index": page_index})
    return HtmlResponse(url, body=f"<html><head></head><body>{body}</body></html>".encode(), encoding="utf-8",
                        request=request)


def test_an_empty_later_page_of_a_listing_ends_its_paging() -> None:
    spider = OffsetSite.from_crawler(get_crawler(OffsetSite), since="2024-06-19", until="2024-06-19")
    template = OffsetSite.listing_urls[0]
    page = _listing("https://www.contoh.id/indeks/2024-06-19?page=2", EMPTY_LAST_PAGE, 1)
    assert list(spider.parse_listing(page, template, "2024-06-19", 1)) == []
    assert spider.crawler.stats.get_value("newscrawl/discovery/listing_fallback") is None
    assert spider.crawler.stats.get_value(LISTING_FALLBACK) is None


def test_a_later_page_reads_its_own_cards_and_the_whole_fallback_after_a_first_page_read_so() -> None:
    spider = OffsetSite.from_crawler(get_crawler(OffsetSite), since="2024-06-19", until="2024-06-19")
    template = OffsetSite.listing_urls[0]
    # a later page of a listing its selectors read: its own cards (detik's new era, h294 C1), never a script
    page = _listing("https://www.contoh.id/indeks/2024-06-19?page=2", CARDS + STATE, 1)
    urls = [r.url for r in spider.parse_listing(page, template, "2024-06-19", 1)]
    assert urls == ["https://www.contoh.id/read/2024/06/19/3/c", "https://www.contoh.id/read/2024/06/19/4/d",
                    "https://www.contoh.id/indeks/2024-06-19?page=3"]
    page = _listing("https://www.contoh.id/indeks/2024-06-19?page=2", STATE, 1)
    assert [r.url for r in spider.parse_listing(page, template, "2024-06-19", 1)] == []
    # the first page read by its script: its next page is asked as read so, and reads its script too
    first = _listing("https://www.contoh.id/indeks/2024-06-19?page=1", STATE, 0)
    requests = list(spider.parse_listing(first, template, "2024-06-19", 0))
    assert requests[-1].url == "https://www.contoh.id/indeks/2024-06-19?page=2"
    assert requests[-1].meta.get("newscrawl_listing_fallback_chain") is True
    state = ('<script>var s = {"articles": ['
             + ", ".join(f'{{"url": "https://www.contoh.id/read/2024/06/19/1{n}/x"}}' for n in range(3)) + ']};</script>')
    later = _listing("https://www.contoh.id/indeks/2024-06-19?page=2", state, 1, chain=True)
    assert [r.url for r in spider.parse_listing(later, template, "2024-06-19", 1)][:3] == [
        f"https://www.contoh.id/read/2024/06/19/1{n}/x" for n in range(3)]
    assert spider.crawler.stats.get_value("newscrawl/discovery/listing_fallback") == 3


def test_a_listing_read_by_fallback_is_layout_drift() -> None:
    health = site_health({"newscrawl/discovery/pages_ok": 2, "newscrawl/discovery/article_links": 3,
                          "newscrawl/articles/pages": 3, "newscrawl/health/items": 3, LISTING_FALLBACK: 1})
    assert not any("listing" in failure for failure in health["failures"])  # said, never a failure
    assert health["layout_drift"].startswith("layout drift: 1 listing page read by a fallback")


@pytest.mark.parametrize(("url", "directory"), [
    ("https://www.ntvnews.id/nasional/0123456/judul-berita/index.html", "https://www.ntvnews.id/nasional/0123456/judul-berita/"),
    ("https://x.id/read/1/judul/INDEX.PHP?utm_source=wa", "https://x.id/read/1/judul/?utm_source=wa"),
    ("https://x.id/read/1/judul/index.htm", "https://x.id/read/1/judul/"),
    ("https://x.id/read/1/judul-index.html", ""),
    ("https://x.id/read/1/judul", ""),
])
def test_directory_form(url: str, directory: str) -> None:
    assert directory_form(url) == directory


@pytest.mark.parametrize(("url", "hub"), [
    # a story's page as a static site serves it: not an index
    ("https://www.kabarnusantara.id/read/2026/12/05/gubernur-resmikan-jembatan/index.html", False),
    ("https://www.ntvnews.id/nasional/02345608/nelayan-dapat-bantuan-mesin-perahu/index.html", False),
    # the index of a section, of the site, of an index: still hubs
    ("https://www.kabarnusantara.id/index.html", True),
    # h299: a section's index under a long name (no date, no id in its directory): a hub
    ("https://www.kabarnusantara.id/berita-daerah-jawa-timur/index.html", True),
    ("https://www.kabarnusantara.id/nasional/index.html", True),
    ("https://www.kabarnusantara.id/indeks/2026/12/05/index.html", True),
    ("https://www.kabarnusantara.id/tag/banjir-rob-di-pesisir-utara/index.html", True),
])
def test_an_articles_index_html_is_no_hub(url: str, hub: bool) -> None:
    assert is_hub_url(url) is hub


@pytest.mark.parametrize(("url", "article"), [
    ("https://www.ntvnews.id/nasional/0123456/judul-berita/index.html", True),
    ("https://www.ntvnews.id/nasional/0123456/judul-berita?amp=1", True),
    ("https://www.ntvnews.id/nasional/0123456/judul-berita/index.html?utm_source=wa", True),
    ("https://www.ntvnews.id/nasional/0123456/judul-berita/amp?utm_source=wa", True),
    ("https://www.ntvnews.id/nasional/index.html", False),
    ("https://www.ntvnews.id/nasional/0123456/judul-berita?page=2", False),  # a page switch stays refused
])
def test_a_listed_form_is_read_at_its_directory_and_plain_view(url: str, article: bool) -> None:
    from newscrawl.spiders.outlets import OUTLET_SPIDERS
    spider = OUTLET_SPIDERS["ntvnews"]()
    assert spider.is_article_url(url) is article
    if article:
        assert spider.article_id(url) == "0123456"


def test_an_entry_the_pattern_refuses_is_counted() -> None:
    from newscrawl.spiders.outlets import OUTLET_SPIDERS
    cls = OUTLET_SPIDERS["ntvnews"]
    spider = cls.from_crawler(get_crawler(cls), since="2026-12-05", until="2026-12-05")
    entries = [Entry("https://www.ntvnews.id/nasional/0123456/judul-berita/index.html", "2026-12-05T10:00:00+07:00"),
               Entry("https://www.ntvnews.id/video/kanal-berita", "2026-12-05T10:00:00+07:00"),
               Entry("https://lain.id/nasional/0123457/judul", "2026-12-05T10:00:00+07:00")]
    listed = spider.dated_links(entries, "https://www.ntvnews.id/sitemap-news.xml")
    assert [url for url, _day, _inside in listed] == ["https://www.ntvnews.id/nasional/0123456/judul-berita/index.html"]
    assert spider.crawler.stats.get_value("newscrawl/discovery/entries_refused") == 1
