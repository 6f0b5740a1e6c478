"""Page 1 and page N of one article on different workers (issue 9, item 5).

In distributed mode a request is serialized into Redis and may be run by any worker: whatever page 1
learnt must travel in the request, never on the spider instance. Each test parses page 1 with one
spider object, sends the follow-up request through `Request.to_dict` → JSON → `request_from_dict`
(what a JSON scheduler serializer stores; pickle is checked too), and parses page N with a second
spider object of its own crawler.

The pages are RECONSTRUCTED, minimal forms of the real markup the spiders read: tribunnews'
date-form URL whose id is only in the page (data-content-id, as tests/sites/tribunnews/article.html)
with the div.paging pager that sends it to ?page=all; a site with a numbered pager whose page 1 states
the article id; generic's JSON-LD `identifier`.
"""
from __future__ import annotations

import json
import pickle
from dataclasses import asdict
from datetime import date
from typing import Any

import pytest
import scrapy
from scrapy.http import HtmlResponse, Request
from scrapy.utils.request import request_from_dict
from scrapy.utils.test import get_crawler

from newscrawl.extract import RawArticle, SiteRules, extract_article
from newscrawl.items import Article
from newscrawl.spiders.base import NewsSpider
from newscrawl.spiders.generic import GenericSpider
from newscrawl.spiders.tribunnews import TribunnewsSpider


def worker(spider_cls: type[NewsSpider], **kwargs: Any) -> NewsSpider:
    """A spider object of its own crawler, as on another machine."""
    return spider_cls.from_crawler(get_crawler(spider_cls), **kwargs)


def through_redis(request: Request, sender: NewsSpider, receiver: NewsSpider, codec: str) -> Request:
    data = request.to_dict(spider=sender)  # what scrapy-redis serializes
    if codec == "json":  # bytes (body, headers) tagged as a JSON serializer would; cb_kwargs as they are
        data = json.loads(json.dumps(data, default=_bytes_out), object_hook=_bytes_in)
    else:
        data = pickle.loads(pickle.dumps(data))
    return request_from_dict(data, spider=receiver)


def _bytes_out(value: Any) -> Any:
    if isinstance(value, bytes):
        return {"__bytes__": value.decode("latin-1")}
    raise TypeError(f"{type(value).__name__} is not plain data")


def _bytes_in(obj: dict[str, Any]) -> Any:
    return obj["__bytes__"].encode("latin-1") if set(obj) == {"__bytes__"} else obj


def page(url: str, html: str, request: Request | None = None) -> HtmlResponse:
    return HtmlResponse(url, body=html.encode(), encoding="utf-8", request=request or Request(url))


def run(request: Request, response: HtmlResponse) -> list[Any]:
    return list(request.callback(response, **request.cb_kwargs))


def paragraphs(*texts: str) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


TRIBUN_URL = "https://www.tribunnews.com/nasional/2025/06/10/banjir-rob-rendam-pesisir-utara"
TRIBUN_PAGE1 = f"""<html><head><title>Banjir Rob Rendam Pesisir Utara - Tribunnews.com</title>
<link rel="canonical" href="{TRIBUN_URL}"></head><body>
<h1 id="arttitle">Banjir Rob Rendam Pesisir Utara</h1><div class="grey"><time>Selasa, 10 Juni 2025 08:52 WIB</time></div>
<div class="share-box" data-content-id="7412999"></div>
<div class="side-article txt-article">{paragraphs("Paragraf satu halaman satu.", "Paragraf dua halaman satu.")}</div>
<div class="paging"><span class="total-page">Halaman 1/2</span><a href="{TRIBUN_URL}?page=2">2</a></div>
</body></html>"""
TRIBUN_ALL = f"""<html><head><title>Banjir Rob Rendam Pesisir Utara - Tribunnews.com</title>
<link rel="canonical" href="{TRIBUN_URL}"></head><body><h1 id="arttitle">Banjir Rob Rendam Pesisir Utara</h1>
<div class="side-article txt-article">{paragraphs("Paragraf satu halaman satu.", "Paragraf dua halaman satu.",
                                                "Paragraf satu halaman dua.")}</div></body></html>"""


@pytest.mark.parametrize("codec", ["json", "pickle"])
def test_tribunnews_page_id_reaches_the_all_pages_view_on_another_worker(codec):
    first, second = worker(TribunnewsSpider), worker(TribunnewsSpider)
    [follow] = list(first.parse_article(page(TRIBUN_URL, TRIBUN_PAGE1)))
    assert isinstance(follow, scrapy.Request) and follow.url.endswith("?page=all")
    request = through_redis(follow, first, second, codec)
    [item] = run(request, page(request.url, TRIBUN_ALL, request))
    assert isinstance(item, Article)
    assert item["id"] == "7412999"  # only page 1 says so
    assert item["body"][-1] == "Paragraf satu halaman dua."
    assert item["published_at"] == ["Selasa, 10 Juni 2025 08:52 WIB"]


class PagedSite(NewsSpider):
    """A site whose page 1 states the article id (a hook reads it) and links its next pages."""

    name = "paged_site"
    allowed_domains = ["contoh.id"]
    article_url_pattern = r"^https://www\.contoh\.id/baca/[a-z-]+"
    page_links_css = ".pager a::attr(href)"
    rules = SiteRules(title=("h1",), body=(".isi",))

    def adjust_article(self, raw: RawArticle, response: HtmlResponse) -> None:
        raw.article_id = response.css("[data-id]::attr(data-id)").get()


def paged(n: int, pager: str = "") -> str:
    return (f'<html><body><h1>Judul Berita</h1><div data-id="{"A-1" if n == 1 else ""}"></div>'
            f'<div class="isi">{paragraphs(f"Isi halaman {n}.")}</div><div class="pager">{pager}</div></body></html>')


@pytest.mark.parametrize("codec", ["json", "pickle"])
def test_pages_2_and_3_on_other_workers_keep_page_1s_fields(codec):
    url = "https://www.contoh.id/baca/judul-berita"
    pager = f'<a href="{url}?page=2">2</a><a href="{url}?page=3">3</a>'
    one, two, three = worker(PagedSite), worker(PagedSite), worker(PagedSite)
    [to_two] = list(one.parse_article(page(url, paged(1, pager))))
    to_two = through_redis(to_two, one, two, codec)
    [to_three] = run(to_two, page(to_two.url, paged(2, pager), to_two))
    to_three = through_redis(to_three, two, three, codec)
    [item] = run(to_three, page(to_three.url, paged(3, pager), to_three))
    assert (item["id"], item["title"]) == ("A-1", "Judul Berita")
    assert item["body"] == ["Isi halaman 1.", "Isi halaman 2.", "Isi halaman 3."]


@pytest.mark.parametrize("codec", ["json", "pickle"])
def test_listing_page_n_on_another_worker(codec):
    class Listed(PagedSite):
        name = "listed"
        listing_urls = ("https://www.contoh.id/indeks/{date:%Y-%m-%d}?page={page}",)

    one, two = worker(Listed, since="2024-06-19", until="2024-06-19"), worker(Listed, since="2024-06-19",
                                                                                until="2024-06-19")
    first = one.listing_request(Listed.listing_urls[0], date(2024, 6, 19), 0)
    html = '<a href="https://www.contoh.id/baca/satu">1</a>'
    follow = [r for r in run(first, page(first.url, html, first)) if r.callback == one.parse_listing]
    request = through_redis(follow[0], one, two, codec)
    assert request.url == "https://www.contoh.id/indeks/2024-06-19?page=2"
    newer = '<a href="https://www.contoh.id/baca/dua">2</a>'
    next_listing = [r.url for r in run(request, page(request.url, newer, request)) if r.callback == two.parse_listing]
    assert next_listing == ["https://www.contoh.id/indeks/2024-06-19?page=3"]
    # Page 1's links travelled with the request: page 2 listing only them again asks page 3 once more (stories pushed
    # down between two fetches, h146), and that mark travels too: page 3 listing only them as well stops the paging.
    again = through_redis(follow[0], one, two, codec)
    [once_more] = [r for r in run(again, page(again.url, html, again)) if r.callback == two.parse_listing]
    assert once_more.url == "https://www.contoh.id/indeks/2024-06-19?page=3"
    once_more = through_redis(once_more, two, one, codec)
    assert [r for r in run(once_more, page(once_more.url, html, once_more)) if r.callback == one.parse_listing] == []


def test_generic_structured_id_travels_with_the_raw_article():
    """generic reads the JSON-LD identifier on page 1; the item is built from the raw article alone
    (as it would be in a later page's callback on another worker)."""
    url = "https://www.beritacontoh.id/nasional/judul-berita-panjang-sekali"
    ld = {"@type": "NewsArticle", "headline": "Judul", "identifier": "bc-99", "datePublished": "2024-06-19T10:00:00+07:00"}
    html = (f'<html><head><script type="application/ld+json">{json.dumps(ld)}</script></head><body><h1>Judul</h1>'
            f'<article>{paragraphs(*(f"Kalimat panjang nomor {n} dalam berita ini, cukup untuk prosa." for n in range(5)))}'
            "</article></body></html>")
    first, second = worker(GenericSpider, url=url), worker(GenericSpider, url=url)
    response = page(url, html)
    raw = extract_article(response.selector, url, first.rules, first.main_text_blocks(response))
    first.adjust_article(raw, response)
    carried = RawArticle(**json.loads(json.dumps(asdict(raw))))
    assert second.build_item(carried, url)["id"] == "bc-99"
