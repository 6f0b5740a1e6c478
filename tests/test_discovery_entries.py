"""Four small discovery and verdict classes from the h190 operational probe, each as a table or a reconstructed site.

F3  A feed or sitemap URL still holding entity text after the XML was parsed: "&amp;" inside CDATA is read as written,
    "&amp;amp;" in element text is read once ("&amp;"). The real form: a PHP outlet's RSS writing
    ``<link><![CDATA[https://site/read.php?id=46202&amp;kanal=2]]></link>``, fetched as ".../read.php?id=46202&amp;kanal=2",
    404, the story lost.
D1  A redirect chain longer than REDIRECT_MAX_TIMES (5 before h190: 6 hops of http → https → www → canonical → AMP off
    failed as "other errors", naming the last hop): followed to 20 as browsers do; past it a named kind,
    ``too_many_redirects``, with the URL asked.
D4  A sitemap listing another host's pages: skipped without a word; now counted (newscrawl/discovery/offsite_links)
    and said once per document.
D6  A sitemap answering 503 (Retry-After: 3600) beside a home page that listed nothing: the verdict named the home page
    ("1 discovery page(s) answered but listed no article link"); now the failed document comes first.
"""
from __future__ import annotations

import logging

import pytest

from inprocess import crawl_in_process
from newscrawl.discovery import Entry, feed_entries, sitemap_entries, unescape_url
from newscrawl.health import failure_kind, site_health
from replay import Route

H = "https://www.beritacontoh.id"
XML = {"Content-Type": "application/xml; charset=utf-8"}
RSS = {"Content-Type": "application/rss+xml; charset=utf-8"}
HOME = Route("<html><head><title>Berita Contoh</title></head><body><h1>Berita Contoh</h1></body></html>")
ROBOTS = "User-agent: *\nAllow: /\n"


# ---- F3: entity text left in a feed's or sitemap's URL ------------------------------------------------------------
@pytest.mark.parametrize(("given", "read"), [
    (f"{H}/read.php?id=46202&amp;kanal=2", f"{H}/read.php?id=46202&kanal=2"),  # CDATA: as written
    (f"{H}/read.php?id=46203&amp;amp;kanal=3", f"{H}/read.php?id=46203&kanal=3"),  # escaped twice, parsed once
    (f"{H}/read.php?id=1&#38;kanal=2", f"{H}/read.php?id=1&kanal=2"),
    (f"{H}/read.php?id=1&#x26;kanal=2", f"{H}/read.php?id=1&kanal=2"),
    (f"{H}/read.php?id=1&amp;#038;kanal=2", f"{H}/read.php?id=1&kanal=2"),  # WordPress's &#038;, escaped again
    (f"{H}/read.php?id=1&kanal=2", f"{H}/read.php?id=1&kanal=2"),  # nothing to do
    (f"{H}/read.php?id=1&copy=2&para=3", f"{H}/read.php?id=1&copy=2&para=3"),  # parameters, no ";": no entity
    (f"{H}/read.php?id=1&kanal;x=2", f"{H}/read.php?id=1&kanal;x=2"),  # no such entity: as written
    (f"{H}/a?b=1" + "&amp" + ";amp" * 9 + ";c=2", f"{H}/a?b=1" + "&amp" + ";amp" * 5 + ";c=2"),  # bounded: 4 rounds
])
def test_entity_text_in_a_url_is_unescaped(given: str, read: str) -> None:
    assert unescape_url(given) == read


def test_feed_and_sitemap_urls_holding_entity_text_are_read_with_their_ampersand() -> None:
    feed = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>t</title><link>https://www.beritacontoh.id/</link>'
            f"<item><title>a</title><link><![CDATA[{H}/read.php?id=46202&amp;kanal=2]]></link></item>"
            f"<item><title>b</title><link>{H}/read.php?id=46203&amp;amp;kanal=3</link></item>"
            f"<item><title>c</title><link>{H}/read.php?id=46204&amp;kanal=4</link></item></channel></rss>")
    assert feed_entries(feed) == [Entry(f"{H}/read.php?id=46202&kanal=2", None, False, True),
                                  Entry(f"{H}/read.php?id=46203&kanal=3", None, False, True),
                                  Entry(f"{H}/read.php?id=46204&kanal=4", None)]  # escaped once: XML's own
    urlset = ('<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
              f"<url><loc>{H}/read.php?id=46205&amp;amp;kanal=5</loc></url></urlset>")
    assert sitemap_entries(urlset) == ("urlset", [Entry(f"{H}/read.php?id=46205&kanal=5", None, False, True)])


def _article(url: str, n: int) -> Route:
    """A plain news article at ``url`` (its own canonical), dated in the window."""
    title = f"Kabar Daerah Nomor {n} Hari Ini"
    paragraphs = "".join(
        f"<p>JAKARTA – Paragraf {p} berita nomor {n} menguraikan perkembangan kebijakan daerah dan tanggapan warga "
        f"setempat yang disampaikan pejabat terkait, Rabu (19/6/2024).</p>" for p in range(1, 5))
    return Route(f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>{title} - Berita Contoh</title>
<link rel="canonical" href="{url.replace('&', '&amp;')}"><meta property="og:type" content="article">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{title}",
"datePublished":"2024-06-19T09:{n % 60:02d}:00+07:00","author":[{{"@type":"Person","name":"Dewi Lestari"}}]}}</script>
</head><body><article><h1>{title}</h1><div class="post-content">{paragraphs}</div></article></body></html>""")


def test_a_feed_link_with_amp_in_cdata_is_fetched_with_its_ampersand() -> None:
    """h190 S5 m3: both read.php stories answered 404 at their '&amp;' form; now fetched at the '&' form, counted."""
    good = [f"{H}/read.php?id=46202&kanal=2", f"{H}/read.php?id=46203&kanal=3"]
    feed = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>t</title><link>https://www.beritacontoh.id/</link>'
            f"<item><title>a</title><link><![CDATA[{H}/read.php?id=46202&amp;kanal=2]]></link>"
            "<pubDate>Wed, 19 Jun 2024 09:20:00 +0700</pubDate></item>"
            f"<item><title>b</title><link>{H}/read.php?id=46203&amp;amp;kanal=3</link>"
            "<pubDate>Wed, 19 Jun 2024 09:30:00 +0700</pubDate></item></channel></rss>")
    routes = {H + "/": Route(f'<html><head><title>Berita Contoh</title><link rel="alternate" type="application/rss+xml" '
                             f'href="{H}/rss/"></head><body><h1>Berita Contoh</h1></body></html>'),
              H + "/robots.txt": Route(ROBOTS, headers={"Content-Type": "text/plain"}),
              H + "/rss/": Route(feed, headers=RSS), **{u: _article(u, i) for i, u in enumerate(good)}}
    result = crawl_in_process("generic", routes, f"start_urls={H}/", "since=2024-06-19", "until=2024-06-19")
    assert sorted(item["url"] for item in result.items) == good, result.fetched
    assert not [u for u in result.fetched if "&amp;" in u]
    assert result.stats.get("newscrawl/discovery/url_entities_unescaped") == 2


# ---- D4: a sitemap listing another host's pages -------------------------------------------------------------------
def _sitemap(urls: list[str]) -> str:
    rows = "".join(f"<url><loc>{u}</loc><lastmod>2024-06-19T12:00:00+07:00</lastmod></url>" for u in urls)
    return f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{rows}</urlset>'


OWN = [f"{H}/nasional/2024/06/19/46300/berita-sendiri-0", "https://cdn.beritacontoh.id/nasional/2024/06/19/46320/di-cdn"]
OTHER = ["https://www.beritalain.id/nasional/2024/06/19/46310/berita-situs-lain",
         "https://kumparan.com/kumparannews/berita-sindikasi-46311", "https://kumparan.com/kumparannews/berita-46312"]


@pytest.mark.parametrize(("listed", "level", "fetched_own"), [
    (OWN + OTHER, logging.INFO, 2),  # a few syndicated links beside the site's own
    (OTHER, logging.WARNING, 0),  # nothing of the site's at all: moved, or handed another site's list
])
def test_a_sitemap_listing_another_hosts_pages_is_counted_and_said_once(caplog, listed, level, fetched_own) -> None:
    routes = {H + "/": HOME, H + "/robots.txt": Route(ROBOTS + f"Sitemap: {H}/news-sitemap.xml\n",
                                                      headers={"Content-Type": "text/plain"}),
              H + "/news-sitemap.xml": Route(_sitemap(listed), headers=XML),
              **{u: _article(u, i) for i, u in enumerate(OWN + OTHER)}}
    with caplog.at_level(logging.INFO):
        result = crawl_in_process("generic", routes, f"start_urls={H}/", "since=2024-06-19", "until=2024-06-19")
    assert result.stats.get("newscrawl/discovery/offsite_links") == 3
    said = [r for r in caplog.records if "on another host" in r.getMessage()]
    assert len(said) == 1 and said[0].levelno == level, [r.getMessage() for r in said]
    assert "beritalain.id" in said[0].getMessage() and "kumparan.com" in said[0].getMessage()
    assert not [u for u in result.fetched if u in OTHER]
    assert len(result.items) == fetched_own


# ---- D1: redirect chains ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("error", "message", "kind"), [
    ("IgnoreRequest", "max redirections reached", "too_many_redirects"),  # Scrapy's RedirectMiddleware giving up
    ("IgnoreRequest", "something else", "other"),
    ("RedirectRefused", "redirect_loop: a -> b", "redirect_loop"),
])
def test_scrapys_max_redirections_is_a_named_kind(error: str, message: str, kind: str) -> None:
    assert failure_kind(error, None, message) == kind


def _chain(name: str, hops: int) -> tuple[dict[str, Route], str, str]:
    urls = [f"{H}/nasional/2024/06/19/43{k:05d}/{name}-hop-{k}" for k in range(hops + 1)]
    routes = {urls[k]: Route.redirect(urls[k + 1], 301) for k in range(hops)}
    routes[urls[-1]] = _article(urls[-1], 7)
    return routes, urls[0], urls[-1]


def test_a_chain_of_12_redirects_is_followed_and_one_past_the_limit_fails_named(caplog) -> None:
    long_routes, long_first, _ = _chain("kelewat-panjang", 21)
    routes, first, last = _chain("gempa-cianjur", 12)
    with caplog.at_level(logging.WARNING):
        result = crawl_in_process("generic", {**routes, **long_routes}, f"url={first},{long_first}")
    assert [item["url"] for item in result.items] == [last]
    assert result.stats.get("newscrawl/failed/article/too_many_redirects") == 1, result.stats
    said = [r.getMessage() for r in caplog.records if "too many redirects" in r.getMessage()]
    assert len(said) == 1 and long_first in said[0] and "after 20 redirects" in said[0], said
    health = site_health(result.stats)
    assert health["failed_requests"]["article"] == {"too_many_redirects": 1}


# ---- D6: the verdict names the failed discovery document first ----------------------------------------------------
def test_the_verdict_names_a_failed_sitemap_before_a_home_page_that_listed_nothing() -> None:
    stats = {"newscrawl/discovery/pages_ok": 1, "newscrawl/discovery/article_links": 0,
             "newscrawl/failed/discovery/server_error": 1,
             "newscrawl/discovery/first_failed": f"{H}/sitemap-news.xml (http_503)"}
    assert site_health(stats)["failures"] == [
        f"discovery: server errors (5xx) on 1 of 2 requests, the first {H}/sitemap-news.xml (http_503)",
        "articles: 1 discovery page(s) answered but listed no article link"]
    # Links were found elsewhere: a failed sitemap beside a listing that worked is no cause of a verdict here.
    assert site_health({**stats, "newscrawl/discovery/article_links": 3})["failures"] == []


def test_a_sitemap_503_with_a_long_retry_after_is_named_in_the_verdict() -> None:
    """h190 S2f: robots.txt names the news sitemap, which answers 503 with Retry-After: 3600; the home page lists
    nothing."""
    routes = {H + "/": HOME,
              H + "/robots.txt": Route(ROBOTS + f"Sitemap: {H}/sitemap-news.xml\n", headers={"Content-Type": "text/plain"}),
              H + "/sitemap-news.xml": Route(b"maintenance", status=503, headers={"Retry-After": "3600"})}
    result = crawl_in_process("generic", routes, f"start_urls={H}/", "since=2024-06-19", "until=2024-06-19",
                              "max_links=0")
    failures = site_health(result.stats)["failures"]
    assert failures[0].startswith("discovery: server errors (5xx) on 1 of 2 requests, the first "
                                  f"{H}/sitemap-news.xml (http_503)"), failures
