"""A link no browser could follow (h39 probe, F2): a bracketed host that is no IP address ("https://[link]",
"http://[domain]/…", "http://[object Object]": an unfilled template placeholder), an unclosed bracket
("site.com[/read/…"), a port out of range. The standard library raises ValueError when such a URL's host or port
is read, so one such href on a listing failed the whole callback and every good link on the page was lost. Every
URL function reads it as invalid instead; the spiders skip the link and count it (newscrawl/discovery/bad_links)."""
from __future__ import annotations

import pytest

from inprocess import crawl_in_process
from newscrawl.arguments import _valid_url
from newscrawl.discovery import feed_entries, json_entries
from newscrawl.fields.title import section_names
from newscrawl.urls import (article_pages, canonical_url, first_page_of, is_site_root, join_url, registrable_domain,
                            same_article, same_site, slug_words, split_url, url_host, url_identity, valid_url)
from replay import Route
from synthetic_site import DAY, article_html, article_url, listing_html, listing_url

HOSTILE = [
    "https://[link]", "http://[domain]/read/100013/12/x-y-z", "http://[object Object]", "//[link]/berita/a-b-c",
    "https://nasional.sindonews.com[/read/100008/12/berita-sintetis-nomor-8", "http://[abc", "https://x.id]/a",
    "https://nasional.sindonews.com:99999/read/1/2/x", "https://nasional.sindonews.com:abc/read/1/2/x",
    "https://nasional.sindonews.com:-1/read/1/2/x", "http://[::1/x", "http://[::g]/x", "http://[1.2.3]/x",
]


@pytest.mark.parametrize("url", HOSTILE)
def test_url_functions_read_a_hostile_url_as_invalid(url: str) -> None:
    assert split_url(url) is None
    assert url_host(url) == ""
    assert not valid_url(url)
    assert join_url("https://www.sindonews.com/indeks/", url) == ""
    assert canonical_url(url) == ""
    assert url_identity(url) == ""
    assert not same_site(url, ["sindonews.com"])
    assert registrable_domain(url) == ""
    assert not is_site_root(url)
    assert slug_words(url) == set()
    assert not same_article(url, article_url(1))
    assert not same_article(article_url(1), url)
    assert not _valid_url(url)  # a spider argument: refused as a bad argument, not a traceback
    page = article_url(1)
    assert article_pages(page, [url, page + "?page=2"]) == (None, [page + "?page=2"])
    assert first_page_of(page.replace("-1718800000", "-1718800000/2"), [url]) is None
    assert first_page_of(url, [page]) is None
    assert section_names(page, links=[url])[0]  # the page's own sections still read


@pytest.mark.parametrize(("url", "expected"), [
    ("http://[::1]:80/read/1", "https://[::1]/read/1"),  # an IPv6 host keeps its brackets
    ("http://[::1]:8080/a", "https://[::1]:8080/a"),
    ("https://Nasional.SINDOnews.com:443/read/1/2/x", "https://nasional.sindonews.com/read/1/2/x"),
])
def test_valid_unusual_hosts_stay_urls(url: str, expected: str) -> None:
    assert canonical_url(url) == expected
    assert valid_url(url)


def test_feed_and_json_entries_keep_a_bad_link_for_the_spider_to_count() -> None:
    feed = ("<rss><channel><item><link>https://[link]</link></item><item><link>/read/1/2/a-b-c</link></item>"
            "</channel></rss>")
    assert [e.url for e in feed_entries(feed, "https://www.sindonews.com/feed")] == [
        "https://[link]", "https://www.sindonews.com/read/1/2/a-b-c"]
    listed = json_entries('[{"link": "http://[domain]/x"}, {"link": "https://www.sindonews.com/read/1/2/a-b-c"}]')
    assert [e.url for e in listed or []] == ["http://[domain]/x", "https://www.sindonews.com/read/1/2/a-b-c"]


def _hostile_rows(urls: list[str]) -> str:
    return "".join(f'<div class="warp-article"><div class="title-article"><a href="{u}">x</a></div></div>' for u in urls)


def test_a_listing_with_bad_links_keeps_its_good_ones() -> None:
    """sindonews: the listing's good links all fetched, each article (whose page links "https://[link]" too: its
    pager, sections and canonical read every link) emitted; the bad links counted."""
    bad = HOSTILE[:3] + [HOSTILE[4], HOSTILE[7]]
    listing = f"<html><body>{_hostile_rows(bad[:2] + [article_url(0), article_url(1)] + bad[2:])}</body></html>"
    articles = {article_url(n): Route(article_html(n).replace("</body>", '<a href="https://[link]">x</a>'
                                                             '<a href="http://[domain]/a">y</a></body>'))
                for n in (0, 1)}
    routes = {listing_url(0): Route(listing), listing_url(20): Route(listing_html([])), **articles}
    result = crawl_in_process("sindonews", routes, f"since={DAY}", f"until={DAY}")
    assert sorted(i["url"] for i in result.items) == sorted(article_url(n) for n in (0, 1))
    assert result.stats.get("newscrawl/discovery/bad_links") == len(bad)
    assert not any(k.startswith("newscrawl/errors/callback") for k in result.stats), result.stats


def test_a_generic_start_page_with_a_placeholder_link_keeps_its_articles() -> None:
    """generic: a home page of three article links, a footer link "https://[link]" and a feed link "http://[x]"."""
    home = "https://www.beritacontoh.id/"
    arts = [f"https://www.beritacontoh.id/berita/2024/06/19/kabar-daerah-nomor-{n}-hari-ini" for n in range(3)]

    def page(n: int) -> str:
        title = f"Kabar Daerah Nomor {n} Hari Ini"
        body = "".join(f"<p>Warga desa nomor {n} menyiapkan panen raya; kalimat ke-{i} menjelaskan rincian.</p>"
                       for i in range(5))
        return (f'<html><head><meta charset="utf-8"><title>{title}</title><meta property="og:type" content="article">'
                f'<link rel="canonical" href="https://[link]">'
                f'<meta property="article:published_time" content="{DAY}T09:00:00+07:00"></head><body>'
                f'<h1>{title}</h1><article>{body}</article><a href="https://[link]">x</a></body></html>')
    html = ('<html><head><link rel="alternate" type="application/rss+xml" href="http://[x]/feed"></head><body>'
            + "".join(f'<a href="{u}">Kabar Daerah Nomor {n} Hari Ini</a>' for n, u in enumerate(arts))
            + '<footer><a href="https://[link]">Iklan</a><a href="//[object Object]">x</a></footer></body></html>')
    routes = {home: Route(html), **{u: Route(page(n)) for n, u in enumerate(arts)}}
    result = crawl_in_process("generic", routes, f"start_urls={home}", f"since={DAY}", f"until={DAY}")
    assert sorted(i["url"] for i in result.items) == sorted(arts)  # the page's broken canonical: its own URL
    assert result.stats.get("newscrawl/discovery/bad_links") == 3
    assert not any(k.startswith("newscrawl/errors/callback") for k in result.stats), result.stats


def test_share_and_mail_links_are_no_bad_links() -> None:
    """(h42 probe: merdeka, antaranews, kumparan, jpnn read every <a> of a listing) a share button's
    "whatsapp://send?…", "mailto:", "tel:", "javascript:void(0)" are links of another kind: skipped quietly, not
    counted as bad links (the stat, and its one warning, stay for links that are broken)."""
    other = ["whatsapp://send?text=x", "mailto:redaksi@contoh.id", "tel:+62215555", "javascript:void(0)",
             "intent://x#Intent;end", "sms:?body=x"]
    listing = (f"<html><body>{_hostile_rows(other + [article_url(0), 'https://[link]'])}</body></html>")
    routes = {listing_url(0): Route(listing), listing_url(20): Route(listing_html([])),
              article_url(0): Route(article_html(0))}
    result = crawl_in_process("sindonews", routes, f"since={DAY}", f"until={DAY}")
    assert [i["url"] for i in result.items] == [article_url(0)]
    assert result.stats.get("newscrawl/discovery/bad_links") == 1
