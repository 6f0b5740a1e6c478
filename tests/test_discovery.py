"""Discovery documents: feed and sitemap entries with dates, and the since/until window."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from replay import Route

from newscrawl.dates import WIB
from newscrawl.dates import WITA
from newscrawl.discovery import (Entry, child_sitemap_current, feed_entries, in_window, sitemap_entries,
                                 sitemap_follow_form)

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>x</title>
<item><title>A</title><link>https://www.example.id/read/1/a</link><pubDate>Wed, 19 Jun 2024 20:40:00 +0700</pubDate></item>
<item><title>B</title><link> https://www.example.id/read/2/b </link><dc:date>2024-06-18T23:30:00+07:00</dc:date></item>
<item><title>C (no link)</title><description>x</description></item>
<item><title>D</title><guid>https://www.example.id/read/4/d</guid></item>
</channel></rss>"""
ATOM = """<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
<entry><title>A</title><link rel="alternate" href="https://www.example.id/read/1/a"/><published>2024-06-19T13:40:00Z</published></entry>
</feed>"""
NEWS_SITEMAP = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>https://www.example.id/read/1/a</loc><lastmod>2024-06-25T10:00:00+07:00</lastmod>
<news:news><news:publication><news:name>X</news:name><news:language>id</news:language></news:publication>
<news:publication_date>2024-06-19T20:40:00+07:00</news:publication_date><news:title>A</news:title></news:news></url>
<url><loc>https://www.example.id/read/2/b</loc><lastmod>2024-06-18</lastmod></url>
</urlset>"""
INDEX = """<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>https://www.example.id/news/sitemap-news.xml</loc><lastmod>2024-06-19T21:00:00+07:00</lastmod></sitemap>
<sitemap><loc>https://www.example.id/tag/sitemap.xml</loc></sitemap></sitemapindex>"""


def test_rss_entries_with_dates():
    assert feed_entries(RSS) == [
        Entry("https://www.example.id/read/1/a", "Wed, 19 Jun 2024 20:40:00 +0700"),
        Entry("https://www.example.id/read/2/b", "2024-06-18T23:30:00+07:00"),
        Entry("https://www.example.id/read/4/d", None),
    ]


def test_atom_entries():
    assert feed_entries(ATOM) == [Entry("https://www.example.id/read/1/a", "2024-06-19T13:40:00Z")]


def test_news_sitemap_prefers_publication_date_over_lastmod():
    assert sitemap_entries(NEWS_SITEMAP) == ("urlset", [
        Entry("https://www.example.id/read/1/a", "2024-06-19T20:40:00+07:00"),
        Entry("https://www.example.id/read/2/b", "2024-06-18", edited=True),
    ])


def test_sitemap_index():
    kind, entries = sitemap_entries(INDEX)
    assert kind == "index" and [e.url for e in entries] == [
        "https://www.example.id/news/sitemap-news.xml", "https://www.example.id/tag/sitemap.xml"]


def test_broken_documents_give_no_entries():
    assert feed_entries("<rss><channel><item><link>not a url</link>") == []
    assert sitemap_entries("this is not xml") == ("urlset", [])


def test_a_text_sitemap_lists_its_urls() -> None:
    """(h209 probe) sitemaps.org's text form, one URL per line, was read as no sitemap (after aa2b81c: failed as
    not_a_feed); a text with any other line is still none."""
    text = "\ufeffhttps://www.example.id/berita/2024/06/19/a\r\n\r\nhttps://www.example.id/berita/2024/06/19/b\n"
    assert sitemap_entries(text) == ("urlset", [Entry("https://www.example.id/berita/2024/06/19/a", None),
                                                Entry("https://www.example.id/berita/2024/06/19/b", None)])
    assert sitemap_entries("https://www.example.id/a\nHalaman tidak ditemukan\n") == ("urlset", [])
    assert sitemap_entries("Error: https://www.example.id/a") == ("urlset", [])


@pytest.mark.parametrize(("raw", "expected"), [
    ("2024-06-19T20:40:00+07:00", True),
    ("2024-06-19T13:40:00Z", True),           # 20:40 WIB
    ("2024-06-19T17:30:00Z", False),          # already 20 June 00:30 WIB ("Z": a true UTC instant)
    # the same with "+00:00", what WordPress before 5.3 printed after local time: maybe 19 June 17:30 local,
    # so fetched; the page's date decides
    ("2024-06-19T17:30:00+00:00", True),
    ("2024-06-20T01:30:00Z", False),          # 20 June either way
    # (reconstructed, h71: a custom PHP feed) RFC 822's "GMT"/"UT"/"UTC" are "+0000": the same label after local time
    ("Wed, 19 Jun 2024 20:05:00 GMT", True),
    ("Wed, 19 Jun 2024 20:05:00 UT", True),
    ("2024-06-19 20:05:00 UTC", True),
    ("Thu, 20 Jun 2024 01:30:00 GMT", False),  # 20 June either way
    ("Wed, 19 Jun 2024 20:05:00 +0000", True),
    ("2024-06-18T23:59:59+07:00", False),
    ("Wed, 19 Jun 2024 00:00:00 +0700", True),
    (None, True),                             # undated: cannot filter, so kept
    ("kapan-kapan", True),                    # unparsable: kept, never silently lost
])
def test_window(raw, expected):
    assert in_window(raw, date(2024, 6, 19), date(2024, 6, 19), WIB) is expected


@pytest.mark.parametrize(("raw", "expected"), [
    # (reconstructed: a plain sitemap's lastmod) an edit time bounds the start only: a story of 19 June edited
    # the next night is the window's (it was never fetched); one last edited before the window is not
    ("2024-06-20T01:10:00+07:00", True),
    ("2024-06-18T23:00:00+07:00", False),
    ("2024-06-19T08:00:00+07:00", True),
])
def test_window_of_an_edit_time(raw, expected):
    assert in_window(raw, date(2024, 6, 19), date(2024, 6, 19), WIB, edited=True) is expected


def test_lastmod_and_atom_updated_are_edit_times():
    assert sitemap_entries(NEWS_SITEMAP)[1][1].edited and not sitemap_entries(NEWS_SITEMAP)[1][0].edited
    assert not feed_entries(ATOM)[0].edited  # its <published>
    assert feed_entries(ATOM.replace("published>", "updated>"))[0].edited
    assert not feed_entries(RSS)[0].edited


def test_real_feeds_parse(realpages):
    for name, minimum in (("antaranews/rss-2016.xml", 10), ("republika/rss-2016.xml", 10)):
        entries = feed_entries((realpages / name).read_text(encoding="utf-8", errors="replace"))
        assert len(entries) >= minimum, name
        assert all(e.url.startswith("http") for e in entries)


# JSON listings: WordPress REST (/wp-json/wp/v2/posts?_fields=link,date), and other CMS APIs.
@pytest.mark.parametrize("text, expected", [
    ('[{"link": "https://contoh.id/a/1", "date": "2024-06-19T20:40:00"},'
     ' {"link": "https://contoh.id/a/2", "date_gmt": "2024-06-19T13:40:00", "date": "2024-06-19T20:40:00"}]',
     [("https://contoh.id/a/1", "2024-06-19T20:40:00"), ("https://contoh.id/a/2", "2024-06-19T13:40:00Z")]),
    # nested hits with relative URLs (an Algolia-like answer) and an object without a link
    ('{"hits": [{"canonical_url": "/read/5", "published_at": "2024-06-19"}, {"title": "x"}], "page": 0}',
     [("https://contoh.id/read/5", "2024-06-19")]),
    ('[{"url": "mailto:x@contoh.id"}, {"link": "  "}]', []),
    ("<html>not json</html>", None),
    ("[" * 5000 + "]" * 5000, None),  # hostile nesting: read as no JSON, never a RecursionError
])
def test_json_entries(text, expected):
    from newscrawl.discovery import json_entries

    got = json_entries(text, "https://contoh.id/wp-json/wp/v2/posts")
    assert (None if got is None else [(e.url, e.raw_date) for e in got]) == expected


# Next.js listings (pantau, OUTLETS.md): rows in <script id="__NEXT_DATA__">, urlDetail a site path.
@pytest.mark.parametrize("html, expected", [
    ('<main></main><script id="__NEXT_DATA__" type="application/json">{"props": {"pageProps": {"initialNewsFeed": '
     '[{"urlDetail": "/ekonomi/370412/ihsg-menguat", "createdAt": "2024-06-19T09:05:00.000Z"}]}}}</script>',
     [("https://www.pantau.com/ekonomi/370412/ihsg-menguat", "2024-06-19T09:05:00.000Z")]),
    ('<script type="application/json">{"urlDetail": "/x/1/y"}</script>', []),  # not the Next.js state
    ('<script id="__NEXT_DATA__">{broken</script>', []),
    ("<p>no app state</p>", []),
])
def test_next_data_entries(html, expected):
    from newscrawl.discovery import next_data_entries

    got = next_data_entries(f"<html><body>{html}</body></html>", "https://www.pantau.com/?sort=latest&page=2")
    assert [(e.url, e.raw_date) for e in got] == expected


@pytest.mark.parametrize(("lastmod", "zone", "current"), [
    ("2024-06-19T16:00:00+07:00", WIB, True),
    ("2024-06-18T23:00:00+07:00", WIB, True),    # a lagging index: within the day before the window
    ("2024-06-18T00:00:00+07:00", WIB, True),    # the whole day before counts
    ("2024-06-17T23:59:00+07:00", WIB, False),   # over a day before: nothing of the window in it
    ("2024-06-17", WIB, False),
    ("2024-06-18", WIB, True),
    ("2024-06-17T16:30:00Z", WIB, False),        # 23:30 WIB on the 17th
    ("2024-06-17T17:30:00Z", WIB, True),         # 00:30 WIB on the 18th: the site's day, not UTC's
    ("2024-06-17T23:30:00+07:00", WITA, True),   # 00:30 WITA on the 18th: read in the site's zone
    (None, WIB, True),                           # undated: read
    ("bukan tanggal", WIB, True),                 # unreadable: read
])
def test_child_sitemap_current(lastmod, zone, current):
    assert child_sitemap_current(lastmod, date(2024, 6, 19), zone) is current


# ---------------------------------------------------------------------------------------------------
# Whether a feed, a news sitemap or an undated listing reaches back past the window's start (h12 probe: antaranews'
# kanal feeds hold their latest ~50 items, viva's indeks one page: a backfill or a late run lost stories silently).
@pytest.mark.parametrize(("dates", "start", "reaches"), [
    # days alone stand for their end: only a day before the window's reaches its start
    (["2024-06-19", "2024-06-17"], "2024-06-18T00:00", True),
    (["2024-06-19", "2024-06-18"], "2024-06-18T00:00", False),  # the window's first hours may be missing
    (["2024-06-19", None], "2024-06-15T00:00", False),
    ([None, None], "2024-06-18T00:00", None),  # nothing dated: nothing to say
    ([], "2024-06-18T00:00", None),
    # instants (h49): a feed of today's latest items reaches the start of the last run that read the site
    (["2024-06-19T12:15:00+07:00", "2024-06-19T11:50:00+07:00"], "2024-06-19T12:00", True),
    (["2024-06-19T12:15:00+07:00", "2024-06-19T12:06:00+07:00"], "2024-06-19T12:00", False),  # 12:00-12:06: a gap
    (["Wed, 19 Jun 2024 05:00:00 +0000"], "2024-06-19T12:00", True),  # 12:00 WIB: from then
])
def test_reaches_back_to(dates: list, start: str, reaches: bool | None) -> None:
    from datetime import datetime

    from newscrawl.dates import WIB
    from newscrawl.discovery import entry_moment, reaches_back_to
    moments = [entry_moment(text, WIB) for text in dates]
    assert reaches_back_to(moments, datetime.fromisoformat(start).replace(tzinfo=WIB)) is reaches


def _feed(*days: str) -> bytes:
    items = "".join(f"<item><title>Berita {i}</title><link>https://www.antaranews.com/berita/{4100000 + i}/judul-{i}"
                    f"</link><pubDate>{day}</pubDate></item>" for i, day in enumerate(days))
    return f"<?xml version='1.0'?><rss version='2.0'><channel><title>ANTARA</title>{items}</channel></rss>".encode()


@pytest.mark.parametrize(("days", "said"), [
    (("Wed, 19 Jun 2024 20:00:00 +0700", "Wed, 19 Jun 2024 09:00:00 +0700"), 1),  # all inside: stories may be missed
    (("Wed, 19 Jun 2024 20:00:00 +0700", "Mon, 17 Jun 2024 22:00:00 +0700"), None),  # reaches past the start
])
def test_a_feed_that_ends_inside_the_window_is_said(days: tuple[str, ...], said: int | None) -> None:
    from inprocess import crawl_in_process
    from replay import Route
    feed = "https://www.antaranews.com/rss/terkini.xml"
    result = crawl_in_process("antaranews", {feed: Route(_feed(*days), headers={"Content-Type": "application/rss+xml"})},
                              "since=2024-06-18", "until=2024-06-19")
    assert result.stats.get("newscrawl/discovery/window_start_not_reached") == said


@pytest.mark.parametrize(("emitted", "last_read", "said"), [
    # (h49 s16) cron's default window: a feed of the latest items reaches back to the last run that read the site
    ((), "2024-06-19T12:05:00+07:00", None),
    # it does not, but lists a story that run emitted: it overlaps what that run read (a steady state)
    ((1,), "2024-06-19T11:50:00+07:00", None),
    # neither: stories published between 11:50 and its oldest entry (12:00) may be in no feed the crawl reads
    ((), "2024-06-19T11:50:00+07:00", 1),
    # no run read the site before (a first run): the window's start, whatever the store holds
    ((1,), None, 1),
])
def test_a_feed_is_continuous_with_the_last_run_that_read_the_site(tmp_path, emitted, last_read, said) -> None:
    from inprocess import crawl_in_process
    from newscrawl.state import Emission, SeenStore, url_alias
    from replay import Route

    def link(i: int) -> str:
        return f"https://www.antaranews.com/berita/{4100000 + i}/judul-{i}"

    store = SeenStore(tmp_path / "seen.sqlite3")
    store.commit_run("r", "antaranews", tmp_path / "r.part", tmp_path / "r.jsonl", [
        # the story's own key, its URL's id (an alias never stands for another id's story: h290)
        Emission(key=f"antaranews#{4100000 + i}", url=link(i), site="antaranews", article_id=str(4100000 + i),
                 content_hash="h",
                 updated_at=None, published_ts=None, aliases=(url_alias(link(i)),)) for i in emitted], now=1.0)
    store.close()
    feed = "https://www.antaranews.com/rss/terkini.xml"
    routes = {feed: Route(_feed("Wed, 19 Jun 2024 12:30:00 +0700", "Wed, 19 Jun 2024 12:00:00 +0700"),
                          headers={"Content-Type": "application/rss+xml"})}
    settings = {"NEWSCRAWL_INCREMENTAL": True, "NEWSCRAWL_STATE_PATH": str(tmp_path / "seen.sqlite3"),
                "NEWSCRAWL_OUTPUT_DIR": str(tmp_path / "output"), "NEWSCRAWL_NOW": "2024-06-19T12:40:00+07:00",
                "NEWSCRAWL_LAST_READ": {"antaranews": last_read} if last_read else {}}
    result = crawl_in_process("antaranews", routes, "since=2024-06-19", "until=2024-06-19", settings=settings)
    assert result.stats.get("newscrawl/discovery/window_start_not_reached") == said


@pytest.mark.parametrize(("days", "older"), [
    ([date(2024, 6, 17), date(2024, 6, 16)], True),
    # a pinned newer headline card at the top of every page (suara, h12 probe): the rest has passed the window
    ([date(2024, 6, 19), date(2024, 6, 17), date(2024, 6, 16), date(2024, 6, 16)], True),
    ([date(2024, 6, 19), date(2024, 6, 18), date(2024, 6, 17)], False),  # the boundary page: its next may be in it
    ([date(2024, 6, 19), date(2024, 6, 19), date(2024, 6, 17)], False),  # most of it still in the window
    ([date(2024, 6, 17), None], False),  # an undated link: nothing tells
    ([], False),
])
def test_older_than_window(days: list, older: bool) -> None:
    from newscrawl.spiders.base import older_than_window
    assert older_than_window(days, date(2024, 6, 18)) is older


def test_a_wordpress_gmt_date_is_a_true_instant_for_the_window() -> None:
    """(h16 probe: mongabay) date_gmt 2024-06-19T18:20 is 20 June 01:20 WIB: outside a 19 June window. As "+00:00"
    it passed as maybe-local time and was fetched, then dropped."""
    from datetime import date

    from newscrawl.dates import WIB
    from newscrawl.discovery import in_window, json_entries

    [entry] = json_entries('[{"link": "https://contoh.id/a/1", "date_gmt": "2024-06-19T18:20:00"}]', "https://contoh.id/")
    assert not in_window(entry.raw_date, date(2024, 6, 19), date(2024, 6, 19), WIB)


# ---- feeds and sitemaps as real servers serve them (h31 probe) ------------------------------------
_PHP_NOTICE = "<br />\n<b>Notice</b>:  Undefined index: cat in <b>/var/www/html/feed.php</b> on line <b>12</b><br />\n"


@pytest.mark.parametrize(("document", "base", "urls"), [
    # relative links, read against the feed's address (0 of 10 articles on 4 feed spiders)
    ("<rss><channel><item><link>/berita/1/a</link></item><item><link>berita/2/b</link></item></channel></rss>",
     "https://www.example.id/rss/terkini.xml", ["https://www.example.id/berita/1/a", "https://www.example.id/rss/berita/2/b"]),
    # Atom's xml:base
    ('<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://www.example.id/"><entry><link href="berita/1/a"/>'
     "</entry></feed>", "https://feeds.example.net/atom", ["https://www.example.id/berita/1/a"]),
    # a PHP notice printed before the declaration: the whole feed was read as empty
    (_PHP_NOTICE + RSS, "", ["https://www.example.id/read/1/a", "https://www.example.id/read/2/b",
                             "https://www.example.id/read/4/d"]),
    (_PHP_NOTICE + RSS.partition("?>")[2], "", ["https://www.example.id/read/1/a", "https://www.example.id/read/2/b",
                                                "https://www.example.id/read/4/d"]),
    # (h209 probe) ... and between the declaration and the root (a plugin's "Cannot modify header information")
    (RSS.partition("?>")[0] + "?>" + _PHP_NOTICE + RSS.partition("?>")[2], "",
     ["https://www.example.id/read/1/a", "https://www.example.id/read/2/b", "https://www.example.id/read/4/d"]),
    # (h212 probe) ... printed as plain text (html_errors off), and forty of them (over 8 KB)
    (RSS.partition("?>")[0] + "?>\nWarning: Cannot modify header information - headers already sent by (output started "
     "at /var/www/x.php:12) in /var/www/wp-includes/feed-rss2.php on line 8\n" + RSS.partition("?>")[2], "",
     ["https://www.example.id/read/1/a", "https://www.example.id/read/2/b", "https://www.example.id/read/4/d"]),
    (RSS.partition("?>")[0] + "?>" + "<br />\n<b>Deprecated</b>:  Function create_function() is deprecated in <b>/var/www/"
     "html/wp-content/plugins/old-seo-pack/includes/functions.php</b> on line <b>1234</b><br />\n" * 80
     + RSS.partition("?>")[2], "",
     ["https://www.example.id/read/1/a", "https://www.example.id/read/2/b", "https://www.example.id/read/4/d"]),
    # a bare "&" in a link: "?id=5&kanal=x" came out "?id=5=x"; a CDATA title keeps its own "&"
    ("<rss><channel><item><title><![CDATA[Tom & Jerry]]></title><link>https://www.example.id/baca?id=5&kanal=x</link>"
     "</item></channel></rss>", "", ["https://www.example.id/baca?id=5&kanal=x"]),
    # (h34) Atom's link attribute the same way
    ('<feed xmlns="http://www.w3.org/2005/Atom"><entry><link rel="alternate" href="https://www.example.id/baca?a=1&b=2"/>'
     "</entry></feed>", "", ["https://www.example.id/baca?a=1&b=2"]),
    # (h92 S6) an Atom entry's first link its API "self" (or "edit", "replies"), its page a link without rel (RFC 4287:
    # alternate): the API URL was fetched, 404, the story lost
    ('<feed xmlns="http://www.w3.org/2005/Atom"><entry><link rel="self" href="https://www.example.id/api/posts/9"/>'
     '<link href="https://www.example.id/berita/2024/06/19/kabar-9"/></entry>'
     '<entry><link rel="replies" href="https://www.example.id/feeds/comments/8"/><link rel="edit" href="/api/posts/8"/>'
     '<link rel="enclosure" href="/foto/8.jpg"/><link rel="Alternate" type="text/html" href="/berita/kabar-8"/></entry>'
     '<entry><link rel="self" href="https://www.example.id/api/posts/7"/><id>urn:x:7</id></entry></feed>',
     "https://www.example.id/atom.xml",
     ["https://www.example.id/berita/2024/06/19/kabar-9", "https://www.example.id/berita/kabar-8"]),
])
def test_feed_links_as_servers_write_them(document: str, base: str, urls: list[str]) -> None:
    assert [entry.url for entry in feed_entries(document, base)] == urls


def test_a_sitemap_after_a_php_notice_is_read() -> None:
    assert sitemap_entries(_PHP_NOTICE + NEWS_SITEMAP) == sitemap_entries(NEWS_SITEMAP)
    assert sitemap_entries(_PHP_NOTICE + INDEX)[0] == "index"


def _index(*children: tuple[str, str]) -> bytes:
    rows = "".join(f"<sitemap><loc>{loc}</loc><lastmod>{lastmod}</lastmod></sitemap>" for loc, lastmod in children)
    return ('<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f"{rows}</sitemapindex>").encode()


@pytest.mark.parametrize("children", [
    [(f"https://www.merdeka.com/sitemap/news-{s}.xml", "2024-06-19T23:50:00+07:00") for s in ("peristiwa", "uang")],
    [],
])
def test_a_sitemap_index_none_of_whose_children_is_read_fails_the_health_check(children) -> None:
    """merdeka's index renaming its children (its sitemap_follow matches none) or listing none: "0 articles, 0
    requests failed; health ok", every day lost without a word (h31)."""
    from inprocess import crawl_in_process
    from newscrawl.health import site_health
    from replay import Route
    routes = {"https://www.merdeka.com/sitemap.xml": Route(_index(*children), headers={"Content-Type": "application/xml"})}
    result = crawl_in_process("merdeka", routes, "since=2024-06-19", "until=2024-06-19")
    assert "articles: 1 discovery page(s) answered but listed no article link" in site_health(result.stats)["failures"]


def _news_sitemap(day: str, count: int = 2) -> bytes:
    rows = "".join(
        f"<url><loc>https://www.merdeka.com/peristiwa/berita-{day}-nomor-{n}.html</loc><news:news><news:publication>"
        f"<news:name>merdeka</news:name><news:language>id</news:language></news:publication><news:publication_date>"
        f"{day}T{8 + n:02d}:00:00+07:00</news:publication_date><news:title>t</news:title></news:news></url>"
        for n in range(count))
    return ('<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
            f'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">{rows}</urlset>').encode()


@pytest.mark.parametrize(("days", "said"), [
    # daily children: the 18th's reaches back past the window's start, so no story of the window can be missing
    (("2024-06-18", "2024-06-19", "2024-06-20"), None),
    # the window's first day has a child of its own but nothing before it: its first hours may be missing
    (("2024-06-19", "2024-06-20"), 1),
])
def test_the_reach_of_a_sitemap_index_is_judged_over_all_its_children(days, said) -> None:
    """An index of daily sitemaps: each child judged alone said "stories may be missed" on every run (h31)."""
    from inprocess import crawl_in_process
    from replay import Route
    xml = {"Content-Type": "application/xml"}
    routes = {"https://www.merdeka.com/sitemap.xml": Route(
        _index(*((f"https://www.merdeka.com/d{day.replace('-', '')}/sitemap.xml", f"{day}T23:59:00+07:00") for day in days)),
        headers=xml)}
    routes.update({f"https://www.merdeka.com/d{day.replace('-', '')}/sitemap.xml": Route(_news_sitemap(day), headers=xml)
                   for day in days})
    result = crawl_in_process("merdeka", routes, "since=2024-06-19", "until=2024-06-19")
    assert result.stats.get("newscrawl/discovery/window_start_not_reached") == said
    assert result.stats.get("newscrawl/discovery/pages_ok") == len(days)


def _spider(name: str, **kwargs: str):
    from scrapy.spiderloader import SpiderLoader
    from scrapy.utils.project import get_project_settings
    from scrapy.utils.test import get_crawler
    cls = SpiderLoader.from_settings(get_project_settings()).load(name)
    return cls.from_crawler(get_crawler(cls), since="2024-06-19", until="2024-06-19", **kwargs)


@pytest.mark.parametrize(("spider", "url", "raw_date", "edited", "inside"), [
    # (h92 S9, reconstructed) a lastmod is an edit time: a URL stating 25 June is a story of the 25th, whatever its
    # lastmod, not the window's (it was fetched, then dropped outside_window)
    ("tribunnews", "https://www.tribunnews.com/nasional/2024/06/25/kabar-seminggu-kemudian", "2024-06-25", True, False),
    # a story of the window edited a week later is still the window's; one last edited before it is not
    ("tribunnews", "https://www.tribunnews.com/nasional/2024/06/19/kabar-hari-ini", "2024-06-25", True, True),
    ("tribunnews", "https://www.tribunnews.com/nasional/2024/06/19/kabar-hari-ini", "2024-06-18", True, False),
    # a publication date (news sitemap, feed) decides alone, as before
    ("tribunnews", "https://www.tribunnews.com/nasional/2024/06/18/kabar-kemarin", "2024-06-19T08:00:00+07:00", False,
     True),
    # no date: the URL's day
    ("tribunnews", "https://www.tribunnews.com/nasional/2024/06/25/kabar-seminggu-kemudian", None, False, False),
    # (h92 S5, S4) generic has no URL pattern: a WordPress post-sitemap without lastmod, or with one, listing
    # /2019/05/03/… had every entry fetched, then dropped; a /YYYY/MM/DD/ path is the day
    ("generic", "https://www.warta-desa.id/2019/05/03/cerita-desa-panen-raya", None, False, False),
    ("generic", "https://www.warta-desa.id/2024/06/19/cerita-desa-panen-raya", None, False, True),
    ("generic", "https://www.warta-desa.id/nasional/2024/05/05/kabar-warga", "2024-06-20T10:00:00+07:00", True, False),
    ("generic", "https://www.warta-desa.id/nasional/2024/06/19/kabar-warga", "2024-06-20T10:00:00+07:00", True, True),
    # (h94 A, B) a day only read off the path may be the window's eve: a CMS writing its URLs in UTC (WordPress's
    # default) files a story of 00:30 WIB on the 19th under /18/; two days before is out
    ("generic", "https://www.warta-desa.id/2024/06/18/banjir-malam-hari", "2024-06-19T00:40:00+07:00", True, True),
    ("generic", "https://www.warta-desa.id/2024/06/18/gempa-dini-hari", None, False, True),
    ("generic", "https://www.warta-desa.id/2024/06/17/gempa-dini-hari", None, False, False),
    # (h94 A) a path day after the lastmod is no publication day (an event's): the lastmod decides
    ("generic", "https://www.warta-desa.id/agenda/2024/07/01/festival-budaya-kota", "2024-06-19T09:00:00+07:00", True,
     True),
    # a site's own URL pattern states the local day: no eve
    ("suara", "https://www.suara.com/news/2024/06/18/090000/kabar-kemarin", None, False, False),
    # no date path: a two-digit year or an impossible date may be an id, never a reason to leave a story unread
    ("generic", "https://www.warta-desa.id/berita/24/06/25/cerita-desa", None, False, True),
    ("generic", "https://www.warta-desa.id/berita/2024/13/45/cerita-desa", None, False, True),
])
def test_a_dated_url_is_the_publication_day_beside_a_lastmod(spider, url, raw_date, edited, inside) -> None:
    args = {"start_urls": "https://www.warta-desa.id/"} if spider == "generic" else {}
    links = _spider(spider, **args).dated_links([Entry(url, raw_date, edited)])
    assert [(link, ok) for link, _day, ok in links] == [(url, inside)]


@pytest.mark.parametrize(("url", "form"), [
    ("https://www.merdeka.com/politik/sitemap.xml", "https://www.merdeka.com/politik/sitemap.xml"),
    ("http://www.merdeka.com/politik/sitemap.xml", "https://www.merdeka.com/politik/sitemap.xml"),
    ("https://www.merdeka.com/gaya/sitemap.xml?v=20240619", "https://www.merdeka.com/gaya/sitemap.xml"),
    ("https://www.merdeka.com/gaya/sitemap.xml.gz", "https://www.merdeka.com/gaya/sitemap.xml"),
    ("HTTP://www.merdeka.com/gaya/sitemap.xml.gz?x=1#y", "https://www.merdeka.com/gaya/sitemap.xml"),
])
def test_sitemap_follow_form(url: str, form: str) -> None:
    """(h92 S3) the child an index writes otherwise is the one ``sitemap_follow`` names."""
    assert sitemap_follow_form(url) == form


@pytest.mark.parametrize(("item", "url"), [
    # (h92 S12, reconstructed) every item's <link> the home page, the story only in its permalink guid
    ("<link>https://www.example.id/</link><guid isPermaLink=\"true\">https://www.example.id/berita/2024/06/19/a</guid>",
     "https://www.example.id/berita/2024/06/19/a"),
    ("<link>https://www.example.id/index.php</link><guid>https://www.example.id/berita/2024/06/19/a</guid>",
     "https://www.example.id/berita/2024/06/19/a"),  # isPermaLink defaults to true
    # the channel's own link (a section feed linking each item to its section)
    ("<link>https://www.example.id/nasional</link><guid>https://www.example.id/nasional/a-123</guid>",
     "https://www.example.id/nasional/a-123"),
    # a guid that is no permalink, or a link naming a story of its own, is not overridden
    ("<link>https://www.example.id/</link><guid isPermaLink=\"false\">https://www.example.id/?p=5</guid>",
     "https://www.example.id/"),
    ("<link>https://www.example.id/berita/a-1</link><guid>https://www.example.id/?p=1</guid>",
     "https://www.example.id/berita/a-1"),
])
def test_a_feed_item_linking_home_is_its_permalink_guid(item: str, url: str) -> None:
    feed = ("<rss version=\"2.0\"><channel><title>x</title><link>https://www.example.id/nasional</link>"
            f"<item><title>t</title>{item}</item></channel></rss>")
    assert [entry.url for entry in feed_entries(feed)] == [url]


# ---- the reach judged over the crawl's discovery as a whole (h191 probe) ---------------------------
# The real form: republika reads its day index (/index/{0,50,100}/YYYY/MM/DD, 50 a page, the day's every story) and
# its RSS (the latest ~15, today's). A backfill of yesterday whose index listed all 60 stories exited 3 "health FAILING:
# discovery fell short" because the RSS, all today, "reaches back only to" today 11:15: judged alone, per document.
# Now the crawl's complete sources together decide: a day whose dated listings were read to their end, and documents
# read whole from their oldest entry on (a feed, a news sitemap, an undated listing reaching back).
_W = "2024-06-18T00:00"


def _at(text: str):
    from datetime import datetime

    from newscrawl.dates import WIB
    return datetime.fromisoformat(text).replace(tzinfo=WIB)


def _day(day: str):
    return (_at(f"{day}T00:00"), _at(f"{day}T00:00") + timedelta(days=1))


@pytest.mark.parametrize(("complete_from", "days", "gap"), [
    ([], [], _W),  # nothing read: the start itself
    (["2024-06-19T11:15"], [], _W),  # a feed of the next day's latest items alone: the whole day may be missed
    (["2024-06-19T11:15"], ["2024-06-18"], None),  # the day's index read to its end: covered (h191)
    (["2024-06-17T23:00"], [], None),  # a document reaching back
    (["2024-06-18T06:00"], [], _W),  # a news sitemap of the day from 06:00: nothing proves 00:00-06:00 empty
    ([], ["2024-06-18"], None),  # no document at all: the window's one day listed whole
    ([], ["2024-06-17"], _W),  # another day's listing covers nothing of this one
])
def test_uncovered_from_one_day(complete_from, days, gap) -> None:
    from newscrawl.discovery import uncovered_from
    found = uncovered_from(_at(_W), _at("2024-06-19T00:00"), [_at(m) for m in complete_from], [_day(d) for d in days])
    assert found == (_at(gap) if gap else None)


@pytest.mark.parametrize(("complete_from", "days", "gap"), [
    (["2024-06-19T11:15"], ["2024-06-18"], "2024-06-19T00:00"),  # the 19th's index not read whole: its morning
    (["2024-06-19T11:15"], ["2024-06-18", "2024-06-19"], None),
    (["2024-06-19T11:15"], ["2024-06-19"], _W),  # the 18th unread: its whole day
    (["2024-06-18T20:00"], ["2024-06-18"], None),  # the feed takes over from the 18th's end
    ([], ["2024-06-19", "2024-06-18"], None),  # in any order
])
def test_uncovered_from_two_days(complete_from, days, gap) -> None:
    from newscrawl.discovery import uncovered_from
    found = uncovered_from(_at(_W), _at("2024-06-20T00:00"), [_at(m) for m in complete_from], [_day(d) for d in days])
    assert found == (_at(gap) if gap else None)


def _republika_article(n: int) -> str:
    return f"https://news.republika.co.id/berita/tq{n:03d}k320/laporan-{n}-soal-banjir"


def _republika_index(*numbers: int, day: str = "18 June 2024") -> Route:
    # Each card prints its story's time, as the real index does ("<span>News</span> - 19 June 2025, 09:50").
    rows = "".join(f'<li class="list-group-item list-border conten1"><a href="{_republika_article(n)}">'
                   f'<div class="caption"><div class="date"><span class="kanal-info">News</span> - {day}, 09:50</div>'
                   f"<h3>Laporan {n}</h3></div></a></li>" for n in numbers)
    return Route(f"<html><body><ul>{rows}</ul></body></html>".encode(), headers={"Content-Type": "text/html"})


def _republika_rss(*numbers: int) -> Route:
    items = "".join(f"<item><title>Laporan {n}</title><link>{_republika_article(n)}</link>"
                    f"<pubDate>Wed, 19 Jun 2024 {11 + n % 8:02d}:15:00 +0700</pubDate></item>" for n in numbers)
    return Route(f"<?xml version='1.0'?><rss version='2.0'><channel><title>R</title>{items}</channel></rss>".encode(),
                 headers={"Content-Type": "application/rss+xml"})


_RSS = "https://www.republika.co.id/rss"


def _index_url(offset: int, day: str = "2024/06/18") -> str:
    return f"https://republika.co.id/index/{offset}/{day}"


@pytest.mark.parametrize(("case", "index", "args", "short", "covered"), [
    # (h191 F2) the day's index read to its end (a page listing nothing after it): the RSS of the next day is no gap
    ("read to its end", {0: _republika_index(*range(60, 10, -1)), 50: _republika_index(*range(10, 0, -1)),
                         100: _republika_index()}, (), None, 1),
    # its end answered "no such page" (404 past the last page): read to its end as well
    ("404 past its end", {0: _republika_index(*range(60, 10, -1)), 50: _republika_index(*range(10, 0, -1))}, (),
     None, 1),
    # the index not served (404 for its first page): nothing covers the day; the alarm stays
    ("index not served", {}, (), 1, None),
    # an index listing nothing (a layout the spider no longer reads looks the same): no proof of the day
    ("index listing nothing", {0: _republika_index()}, (), 1, None),
    # stopped at max_pages: its later pages unread, the RSS's gap stays a gap
    ("max_pages", {0: _republika_index(*range(60, 10, -1)), 50: _republika_index(*range(10, 0, -1))},
     ("max_pages=1",), 1, None),
    # its second page failed (503): not read to its end
    ("page failed", {0: _republika_index(*range(60, 10, -1)), 50: Route(b"down", status=503)}, (), 1, None),
])
def test_a_backfill_whose_day_index_was_read_whole_is_no_shortfall_for_its_feed(case, index, args, short,
                                                                               covered) -> None:
    from inprocess import crawl_in_process
    routes = {_index_url(offset): route for offset, route in index.items()}
    routes[_RSS] = _republika_rss(*range(75, 60, -1))  # today's latest 15: all after the window
    result = crawl_in_process("republika", routes, "since=2024-06-18", "until=2024-06-18", *args)
    assert result.stats.get("newscrawl/discovery/window_start_not_reached") == short, case
    assert result.stats.get("newscrawl/discovery/reach_covered") == covered, case


@pytest.mark.parametrize(("listed", "short"), [
    (("2024/06/17", "2024/06/18"), None),  # both days of the window read to their end
    (("2024/06/18",), 1),  # the 17th's index not served: its day is in no source read
])
def test_every_day_of_a_backfill_needs_its_index_or_a_document_reaching_back(listed, short) -> None:
    from inprocess import crawl_in_process
    routes = {_RSS: _republika_rss(*range(75, 60, -1))}
    for day in listed:
        routes[_index_url(0, day)] = _republika_index(int(day[-2:]), day=f"{int(day[-2:])} June 2024")
        routes[_index_url(50, day)] = _republika_index()
    result = crawl_in_process("republika", routes, "since=2024-06-17", "until=2024-06-18")
    assert result.stats.get("newscrawl/discovery/window_start_not_reached") == short


def _cnn_article(day: str, n: int) -> str:
    return f"https://www.cnnindonesia.com/nasional/{day.replace('-', '')}{10 + n:02d}0000-20-{1100000 + n}/kabar-{n}"


def _cnn_page(*articles: str) -> Route:
    rows = "".join(f'<article class="flex-grow"><a href="{url}">Kabar</a></article>' for url in articles)
    return Route(f"<html><body>{rows}</body></html>".encode(), headers={"Content-Type": "text/html"})


@pytest.mark.parametrize(("pages", "short"), [
    # the undated index read back to a page older than the window: it reaches back, for itself only; the feed of the
    # latest items stays short (h196: an undated listing vouches for no other document; before, covered)
    ([[("2024-06-19", 1), ("2024-06-18", 2), ("2024-06-18", 3)], [("2024-06-17", 4), ("2024-06-17", 5)]], 1),
    # it ends (an empty page) still inside the window: nothing reaches back (the index and the feed: 2 documents)
    ([[("2024-06-19", 1), ("2024-06-18", 2), ("2024-06-18", 3)], []], 2),
])
def test_an_undated_index_reaching_back_covers_only_itself(pages, short) -> None:
    """cnnindonesia reads /indeks?page=N (newest first, no date) and its RSS feeds (the latest items): the index read
    back past the window's start reaches back itself; nothing proves it lists every story of every kanal the feeds
    do not reach (h196 N1), so the feed's own gap stays a shortfall."""
    from inprocess import crawl_in_process
    routes = {f"https://www.cnnindonesia.com/indeks?page={i + 1}": _cnn_page(*(_cnn_article(d, n) for d, n in page))
              for i, page in enumerate(pages)}
    feed = "".join(f"<item><title>t</title><link>{_cnn_article('2024-06-19', n)}</link>"
                   f"<pubDate>Wed, 19 Jun 2024 {10 + n:02d}:00:00 +0700</pubDate></item>" for n in (6, 7))
    routes["https://www.cnnindonesia.com/rss"] = Route(
        f"<?xml version='1.0'?><rss version='2.0'><channel><title>C</title>{feed}</channel></rss>".encode(),
        headers={"Content-Type": "application/rss+xml"})
    result = crawl_in_process("cnnindonesia", routes, "since=2024-06-18", "until=2024-06-18")
    assert result.stats.get("newscrawl/discovery/window_start_not_reached") == short


# ---- a document covers only itself; only a dated listing of the day vouches for others (h196 probe) -------------
# The real forms (reconstructed): cnbcindonesia's ten kanal feeds hold today's latest 20, its opini feed a week's 20,
# its day index (/news/indeks/3?date=DD/MM/YYYY) not served or ignoring the date; antaranews's 16 kanal feeds, one of a
# slow kanal spanning days; cnnindonesia's undated /indeks ending inside the window beside its feeds; idntimes's
# one-page section hubs of dated cards, one of a slow section. After a884cb9 any one source read whole reaching back
# (the slow feed, the slow hub, an overlap with the last run) vouched for all others: 0 alarms where whole days of
# other sections were listed nowhere read. republika's index answering today's stories for yesterday's date counted
# as yesterday's whole listing.
def _rss(items) -> Route:
    from datetime import datetime
    body = "".join(f"<item><title>B {i}</title><link>{url}</link><pubDate>"
                   f"{datetime.fromisoformat(t).strftime('%a, %d %b %Y %H:%M:00')} +0700</pubDate></item>"
                   for i, (url, t) in enumerate(items))
    return Route(f"<?xml version='1.0'?><rss version='2.0'><channel><title>R</title>{body}</channel></rss>".encode(),
                 headers={"Content-Type": "application/rss+xml"})


def _spread(start: str, end: str, n: int) -> list[str]:
    from datetime import datetime
    a, b = datetime.fromisoformat(start), datetime.fromisoformat(end)
    return [(b - (b - a) * i / max(n - 1, 1)).strftime("%Y-%m-%dT%H:%M") for i in range(n)]


def _stamp(t: str) -> str:
    return t.replace("-", "").replace("T", "").replace(":", "") + "00"


def _cnbc_routes() -> dict:
    kanals = ("market", "news", "entrepreneur", "syariah", "tech", "lifestyle", "opini", "mymoney", "cuap-cuap-cuan",
              "research")
    routes = {}
    for i, kanal in enumerate(kanals):
        window = ("2024-06-11T10:00", "2024-06-19T09:00") if kanal == "opini" else ("2024-06-19T06:00",
                                                                                    "2024-06-19T11:00")
        routes[f"https://www.cnbcindonesia.com/{kanal}/rss"] = _rss(
            (f"https://www.cnbcindonesia.com/{kanal}/{_stamp(t)}-4-{600000 + 100 * i + j}/berita-{j}", t)
            for j, t in enumerate(_spread(*window, 20)))
    return routes


def _antara_routes(slow: str, span_from: str) -> dict:
    kanals = ("terkini", "top-news", "politik", "hukum", "ekonomi", "metro", "sepakbola", "olahraga", "humaniora",
              "lifestyle", "hiburan", "dunia", "tekno", "otomotif", "warta-bumi", "rilis-pers")
    routes = {}
    for i, kanal in enumerate(kanals):
        moments = _spread(span_from if kanal == slow else "2024-06-19T06:00", "2024-06-19T11:00", 30)
        routes[f"https://www.antaranews.com/rss/{kanal}.xml"] = _rss(
            (f"https://www.antaranews.com/berita/{4100000 + 100 * i + j}/kabar-{kanal}-{j}", t)
            for j, t in enumerate(moments))
    return routes


def _cnn_routes() -> dict:
    kanals = ("nasional", "internasional", "ekonomi", "olahraga", "teknologi", "hiburan", "gaya-hidup", "")
    routes = {}
    for i, kanal in enumerate(kanals):
        url = f"https://www.cnnindonesia.com/{kanal}/rss" if kanal else "https://www.cnnindonesia.com/rss"
        window = ("2024-06-15T08:00", "2024-06-19T10:00") if kanal == "gaya-hidup" else ("2024-06-19T06:00",
                                                                                         "2024-06-19T11:00")
        routes[url] = _rss((f"https://www.cnnindonesia.com/{kanal or 'nasional'}/{_stamp(t)}-20-{1100000 + 100 * i + j}"
                            f"/kabar-{j}", t) for j, t in enumerate(_spread(*window, 20)))
    # /indeks: newest first, its second page empty: it ends inside the window (the 18th from 20:00 only)
    routes["https://www.cnnindonesia.com/indeks?page=1"] = _cnn_page(*(
        f"https://www.cnnindonesia.com/nasional/{_stamp(t)}-20-{1100700 + j}/kabar-{j}"
        for j, t in enumerate(_spread("2024-06-18T20:00", "2024-06-19T11:00", 10))))
    routes["https://www.cnnindonesia.com/indeks?page=2"] = _cnn_page()
    return routes


def _idntimes_routes() -> dict:
    from datetime import datetime
    card = ('<div class="card"><a href="{href}"><div><h2 data-cy="ds-card-article-title">Judul</h2></div></a>'
            '<span data-cy="ds-card-article-category">News</span><span data-cy="ds-card-article-pubdate">{date}</span>'
            '</div>')

    def hub(section: str, moments: list[str], base: int) -> Route:
        cards = "".join(card.format(href=f"/{section}/indonesia/kabar-{section}-{base + j}-00-k3m9x-{base + j:06d}",
                                    date=datetime.fromisoformat(t).strftime("%-d %b %Y, %H:%M WIB"))
                        for j, t in enumerate(moments))
        return Route(f"<html><body>{cards}</body></html>".encode(), headers={"Content-Type": "text/html"})
    return {"https://www.idntimes.com/news": hub("news", _spread("2024-06-19T06:00", "2024-06-19T11:00", 20), 100),
            "https://www.idntimes.com/sport": hub("sport", _spread("2024-06-19T05:00", "2024-06-19T11:00", 20), 200),
            "https://www.idntimes.com/tech": hub("tech", _spread("2024-06-14T08:00", "2024-06-19T10:00", 20), 300)}


@pytest.mark.parametrize(("case", "spider", "routes", "window", "short"), [
    # (C1a) cnbc's day index of the 18th not served, nine kanal feeds of the 19th: the opini feed spanning a week
    # vouched for them; the 18th's news and market stories are listed nowhere read
    ("C1a", "cnbcindonesia", _cnbc_routes, ("since=2024-06-18", "until=2024-06-18"), 9),
    # (A1) antaranews: humaniora's feed spans five days, fifteen kanal feeds hold the 19th's latest
    ("A1", "antaranews", lambda: _antara_routes("humaniora", "2024-06-14T08:00"),
     ("since=2024-06-18", "until=2024-06-18"), 15),
    # (N1) cnnindonesia: /indeks ends on the 18th at 20:00, the feeds hold the 19th, gaya-hidup's reaches back
    ("N1", "cnnindonesia", _cnn_routes, ("since=2024-06-18", "until=2024-06-18"), 8),
    # (I1) idntimes: /tech's cards span five days, /news and /sport hold the 19th's latest only
    ("I1", "idntimes", _idntimes_routes, ("since=2024-06-18", "until=2024-06-18"), 2),
    # (R3) republika's index asked for the 18th answers the 19th's 40 stories (the date ignored), then a page
    # listing nothing: no story of the 18th listed, no cover for the RSS of the 19th
    ("R3", "republika", lambda: {_index_url(0): _republika_index(*range(215, 175, -1), day="19 June 2024"),
                                 _index_url(50): _republika_index(), _RSS: _republika_rss(*range(75, 60, -1))},
     ("since=2024-06-18", "until=2024-06-18"), 1),
])
def test_a_document_reaching_back_vouches_for_no_other(case, spider, routes, window, short) -> None:
    from inprocess import crawl_in_process
    result = crawl_in_process(spider, routes(), *window)
    assert result.stats.get("newscrawl/discovery/window_start_not_reached") == short, case
    assert result.stats.get("newscrawl/discovery/reach_covered") is None, case


def test_an_overlap_with_the_last_run_covers_only_its_own_document(monkeypatch) -> None:
    """(h196 O1) cron's steady state on antaranews: the terkini feed (latest 50) ends after the last run's start and
    lists nothing that run emitted (a late run on a busy day: a real gap); top-news lists a story the last run
    emitted (an overlap: continuous itself). The overlap vouched for terkini; now terkini is short."""
    from inprocess import build_crawler

    import newscrawl.spiders.base as base
    emitted = {"https://www.antaranews.com/berita/4100001/lama-top"}
    monkeypatch.setattr(base, "known_to_store", lambda crawler, urls: any(url in emitted for url in urls))
    crawler = build_crawler("antaranews", {"NEWSCRAWL_LAST_READ": {"antaranews": "2024-06-19T02:00:00+07:00"}},
                            since="2024-06-18", until="2024-06-19")
    spider = crawler.spider
    spider.check_reach("https://www.antaranews.com/rss/terkini.xml", [_at("2024-06-19T07:30"), _at("2024-06-19T11:00")],
                       ["https://www.antaranews.com/berita/4100100/baru"])
    spider.check_reach("https://www.antaranews.com/rss/top-news.xml", [_at("2024-06-19T08:00"),
                                                                       _at("2024-06-19T11:00")],
                       ["https://www.antaranews.com/berita/4100001/lama-top",
                        "https://www.antaranews.com/berita/4100101/b"])
    spider.judge_reach()
    stats = crawler.stats.get_stats()
    assert stats.get("newscrawl/discovery/reach_by_overlap") == 1
    assert stats.get("newscrawl/discovery/window_start_not_reached") == 1
    assert stats.get("newscrawl/discovery/reach_covered") is None


def _tribun_article(n: int) -> str:
    return f"https://www.tribunnews.com/nasional/{7400000 + n}/kabar-daerah-nomor-{n}"


def _tribun_index(*numbers: int, day: str = "Selasa, 18 Juni 2024") -> Route:
    # The index's cards (SITES.md: ul.lsi > li, h3 a, time.grey; tests/sites/tribunnews/index-news.html): numeric-id
    # URLs carry no day, the card prints the story's time.
    rows = "".join(f'<li class="ptb15"><h3 class="f16 fbo"><a href="{_tribun_article(n)}">Kabar {n}</a></h3>'
                   f'<time class="grey">{day} 09:{n % 60:02d} WIB</time></li>' for n in numbers)
    return Route(f'<html><body><ul class="lsi">{rows}</ul></body></html>'.encode(), headers={"Content-Type": "text/html"})


def _tribun_index_url(page: int, day: str = "2024-06-18") -> str:
    return f"https://www.tribunnews.com/index-news?date={day}&page={page}"


@pytest.mark.parametrize(("case", "first_page_day", "short", "covered"), [
    # (h203 probe) the day's index read to its end, its cards printing the day: the news sitemap holding only the
    # next day's stories is no gap (before: "lists no story of that day: no cover", a false shortfall every backfill)
    ("cards of the day", "Selasa, 18 Juni 2024", None, 1),
    # the index answering the next day's stories for the 18th (the date ignored): no proof of the 18th
    ("cards of another day", "Rabu, 19 Juni 2024", 1, None),
])
def test_tribunnews_day_index_cards_vouch_for_its_news_sitemap(case, first_page_day, short, covered) -> None:
    from inprocess import crawl_in_process
    sitemap_index = ("<?xml version='1.0'?><sitemapindex xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
                     "<sitemap><loc>https://www.tribunnews.com/nasional/sitemap-news.xml</loc></sitemap></sitemapindex>")
    news = "".join(f"<url><loc>{_tribun_article(n)}</loc><news:news><news:publication_date>2024-06-19T{8 + n % 10:02d}:"
                   "00:00+07:00</news:publication_date></news:news></url>" for n in range(100, 110))
    routes = {
        _tribun_index_url(1): _tribun_index(*range(40, 10, -1), day=first_page_day),
        _tribun_index_url(2): _tribun_index(*range(10, 0, -1), day=first_page_day),
        _tribun_index_url(3): _tribun_index(),
        "https://www.tribunnews.com/sitemap.xml": Route(sitemap_index.encode(), headers={"Content-Type": "text/xml"}),
        "https://www.tribunnews.com/nasional/sitemap-news.xml": Route(
            ("<?xml version='1.0'?><urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9' "
             "xmlns:news='http://www.google.com/schemas/sitemap-news/0.9'>" + news + "</urlset>").encode(),
            headers={"Content-Type": "text/xml"}),
    }
    result = crawl_in_process("tribunnews", routes, "since=2024-06-18", "until=2024-06-18")
    assert result.stats.get("newscrawl/discovery/window_start_not_reached") == short, (case, result.stats)
    assert result.stats.get("newscrawl/discovery/reach_covered") == covered, case
