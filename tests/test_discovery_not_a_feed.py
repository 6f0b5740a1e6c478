"""A feed's or sitemap's URL answering something that is neither fails that request, named: no whole, empty feed.

The real form (h203 probe, reconstructed): republika reads its RSS (https://www.republika.co.id/rss) beside its day
index. The RSS answered 200 with the CMS's error page, served as text/html:
``<!DOCTYPE html><html><head><title>Error</title></head><body><h1>Terjadi kesalahan</h1>…``. The lenient XML reader
found no <item> in it and the crawl took it for a whole feed listing nothing: a discovery page that answered
(newscrawl/discovery/pages_ok), no warning, no failed request, "health ok"; the stories listed only there (the
khazanah story of tests/sites/republika) were lost without a word. The same silence for a home page served at /rss
after a plugin broke, a feed redirected to the home page, JSON, plain text, an empty body, a sitemap index's child
answering an HTML page.

Now what a document is is read from its root element (discovery.not_a_document, document_root_kind), never from its
Content-Type, which lies both ways (a real RSS served as text/html, with a BOM, is still read): a document that is no
feed and no sitemap and lists nothing fails its request as ``not_a_feed`` (``empty_answer`` for an empty body), with
one warning naming the URL and what came instead, so a site whose discovery all failed is unhealthy and the summary
line names it otherwise. generic's guesses stay quiet: a /sitemap.xml it guessed, or a feed a start page links, that
answers an HTML page (a site serving its home page for unknown paths; an "RSS" page listing the site's feeds) is an
absence, counted and said at INFO, as its 404 is. An RSS 2.0 or Atom feed named as a sitemap (sitemaps.org and Google
read them) is read as the feed it is, and a sitemap named as a feed as the sitemap it is.
"""
from __future__ import annotations

import pytest

from conftest import SITES_DIR, run_crawl, run_cron
from inprocess import crawl_in_process
from newscrawl.discovery import document_root_kind, not_a_document
from newscrawl.health import site_health, summary_line
from replay import Route, routes_from_fixtures

# The error page republika's /rss answered (h203 probe, scenario 6), as served.
ERROR_PAGE = ("<!DOCTYPE html><html><head><title>Error</title></head><body><h1>Terjadi kesalahan</h1><p>Maaf, halaman "
              "yang Anda minta sedang tidak dapat ditampilkan. Silakan coba beberapa saat lagi.</p></body></html>")
RSS = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>R</title><item><title>A</title>'
       "<link>https://www.example.id/berita/1/a</link></item></channel></rss>")
NOT_A_FEED = "not a feed or sitemap (an HTML page, JSON or text answered instead)"


@pytest.mark.parametrize(("text", "instead"), [
    (ERROR_PAGE, ("not_a_feed", "an HTML page titled 'Error'")),
    # a home page served at /rss after a plugin broke (its title names the site, entities read)
    ('<!doctype html>\n<html lang="id"><head><meta charset="utf-8"><title>Republika Online &#8211; Berita Terkini'
     "</title></head><body><nav>…</nav></body></html>", ("not_a_feed", "an HTML page titled 'Republika Online – "
                                                                       "Berita Terkini'")),
    # a PHP fatal error printed alone (no feed after it), an HTML page without a title (its words, not its script)
    ("<br />\n<b>Fatal error</b>: Allowed memory size exhausted in /var/www/rss.php on line 12<br />",
     ("not_a_feed", "an HTML page ('Fatal error : Allowed memory size exhausted in /var/www/rss.php on line 12')")),
    ('<html><head><script>var a = "<b>x</b>";</script><style>p {}</style></head><body><p>Feed tidak ditemukan</p>'
     "</body></html>", ("not_a_feed", "an HTML page ('Feed tidak ditemukan')")),
    ("<html><body></body></html>", ("not_a_feed", "an HTML page without text")),
    ('{"status": "error", "message": "feed not found"}',
     ("not_a_feed", "JSON ('{\"status\": \"error\", \"message\": \"feed not found\"}')")),
    ("Service temporarily unavailable\n", ("not_a_feed", "plain text ('Service temporarily unavailable')")),
    ("\x89PNG\r\n\x1a\n" + "\x00" * 64, ("not_a_feed", "binary data ('PNG')")),  # an image: its controls never said
    # a storage bucket's "no such key" (an XML document of another root)
    ('<?xml version="1.0" encoding="UTF-8"?><Error><Code>NoSuchKey</Code><Message>The specified key does not exist.'
     "</Message></Error>", ("not_a_feed", "an XML document whose root is <Error> ('NoSuchKey The specified key does "
                                          "not exist.')")),
    ("", ("empty_answer", "an empty body")), ("\ufeff \r\n\t", ("empty_answer", "an empty body")),
    ("<title>" + "x" * 200 + "</title>", ("not_a_feed", "an HTML page titled '" + "x" * 79 + "…'")),
    # feeds and sitemaps, whatever comes before their root: None
    (RSS, None), ("\ufeff" + RSS, None), ("<br />\n<b>Notice</b>: Undefined index in x.php<br />\n" + RSS, None),
    ('<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" '
     '"http://my.netscape.com/publish/formats/rss-0.91.dtd"><rss version="0.91"><channel></channel></rss>', None),
    ("<rss version='2.0'><channel></channel></rss>", None),  # a whole feed listing nothing: an empty feed, no fault
    ('<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"></feed>', None),
    ('<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"></rdf:RDF>', None),
    ('<?xml version="1.0"?><?xml-stylesheet type="text/xsl" href="/s.xsl"?><urlset xmlns="x"/>', None),
    ('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', None),  # cut short: document_cut_short's
    ('<?xml version="1.0" encoding="UTF-8"?>', None),  # cut in its prolog: document_cut_short's
])
def test_what_a_feeds_answer_is_instead(text: str, instead: tuple[str, str] | None) -> None:
    assert not_a_document(text) == instead


@pytest.mark.parametrize(("text", "kind"), [
    (RSS, "feed"), ("\ufeff" + RSS, "feed"), ('<feed xmlns="http://www.w3.org/2005/Atom"/>', "feed"),
    ('<rdf:RDF xmlns:rdf="x"/>', "feed"), ('<?xml version="1.0"?><urlset/>', "sitemap"),
    ("<sitemapindex></sitemapindex>", "sitemap"), (ERROR_PAGE, None), ("", None), ('{"a": 1}', None),
])
def test_a_documents_kind_is_its_root(text: str, kind: str | None) -> None:
    assert document_root_kind(text) == kind


def test_a_hostile_page_is_described_in_bounded_time() -> None:
    import time
    started = time.monotonic()
    for text in ("<title" * 200_000, "<script" * 200_000 + "<style" * 100_000, "<" + "a" * 2_000_000,
                 "<div>" * 100_000 + "x"):
        assert not_a_document(text)[0] == "not_a_feed"
    assert time.monotonic() - started < 5


# ---- republika through the real `scrapy crawl` and the replay proxy: its RSS beside its day index ----------------
REPUBLIKA_WINDOW = ("since=2025-06-19", "until=2025-06-19")
REPUBLIKA_RSS = "https://www.republika.co.id/rss"
KEMENKES = ("https://news.republika.co.id/berita/sf3k2m320/"
            "kemenkes-minta-warga-waspadai-lonjakan-kasus-ispa-saat-pancaroba")
SEKOLAH = "https://republika.co.id/berita/sf3m7q368/pemprov-jabar-siapkan-200-sekolah-rakyat-tahun-ajaran-baru"
KHAZANAH = "https://khazanah.republika.co.id/berita/sf3n2t320/ribuan-jamaah-padati-masjid-raya-sumbar-saat-kajian-akbar"


def _republika(rss: Route | None) -> dict[str, Route]:
    routes = dict(routes_from_fixtures(SITES_DIR / "republika"))
    if rss is not None:
        routes[REPUBLIKA_RSS] = rss
    return routes


def test_a_feed_answering_an_error_page_fails_that_request_named(tmp_path) -> None:
    run = run_crawl("republika", _republika(Route(ERROR_PAGE, headers={"Content-Type": "text/html; charset=utf-8"})),
                    tmp_path, *REPUBLIKA_WINDOW)
    assert "Traceback" not in run.log, run.log[-3000:]
    # The index's two stories are read; the khazanah story, listed in the RSS alone, is lost, and that is said.
    assert sorted(i["url"] for i in run.items) == sorted([KEMENKES, SEKOLAH]), run.log[-3000:]
    stats = run.stats
    assert stats.get("newscrawl/failed/discovery/not_a_feed") == 1, stats
    assert stats.get("newscrawl/errors/not_a_feed") == 1
    assert stats.get("newscrawl/discovery/pages_ok") == 3, stats  # the index's pages, not the error page
    assert not stats.get("newscrawl/discovery/not_read_whole")
    [warning] = [line for line in run.log.splitlines() if "WARNING" in line and REPUBLIKA_RSS in line]
    assert (f"Request failed (not_a_feed: {NOT_A_FEED}; discovery): {REPUBLIKA_RSS} answered an HTML page titled "
            "'Error' instead of a feed") in warning, warning
    # The index listed stories: the site is healthy, and the summary line says what failed.
    report = site_health(stats)
    assert report["healthy"] and report["failed_requests"]["discovery"] == {"not_a_feed": 1}, report
    line = next(line for line in run.log.splitlines() if "[newscrawl.summary]" in line)
    assert line.endswith(f"republika: 2 articles emitted, 1 request failed: 1 {NOT_A_FEED}; health ok"), line


@pytest.mark.parametrize("body", [
    (SITES_DIR / "republika" / "rss.xml").read_bytes(),
    b"\xef\xbb\xbf" + (SITES_DIR / "republika" / "rss.xml").read_bytes(),  # a BOM before its declaration
])
def test_a_real_feed_served_as_html_is_still_read(tmp_path, body: bytes) -> None:
    run = run_crawl("republika", _republika(Route(body, headers={"Content-Type": "text/html; charset=UTF-8"})),
                    tmp_path, *REPUBLIKA_WINDOW)
    assert sorted(i["url"] for i in run.items) == sorted([KEMENKES, SEKOLAH, KHAZANAH]), run.log[-3000:]
    assert not any(key.startswith("newscrawl/failed/") for key in run.stats), run.stats
    assert run.stats.get("newscrawl/discovery/pages_ok") == 4


# ---- a feed-only site: antaranews ------------------------------------------------------------------------------
ANTARA_FEED = "https://www.antaranews.com/rss/terkini.xml"
ANTARA_HOME = ("<!DOCTYPE html><html lang='id'><head><title>ANTARA News - Berita Indonesia Terkini</title></head>"
               "<body><a href='https://www.antaranews.com/berita/4100001/judul'>Judul</a></body></html>")


def test_a_feed_redirected_to_the_home_page_is_one_failure_and_fails_a_site_with_no_other_discovery(tmp_path) -> None:
    """Followed (a discovery document may be redirected), the home page reaches the feed's reader: one not_a_feed,
    never a redirected_away as well; the site's only discovery failed, so its health fails, naming why."""
    routes = {ANTARA_FEED: Route.redirect("https://www.antaranews.com/", 301),
              "https://www.antaranews.com/": Route(ANTARA_HOME)}
    run = run_crawl("antaranews", routes, tmp_path, f"feeds={ANTARA_FEED}", "since=2024-06-19", "until=2024-06-19")
    assert "Traceback" not in run.log, run.log[-3000:]
    failed = {key: value for key, value in run.stats.items() if key.startswith("newscrawl/failed/")}
    assert failed == {"newscrawl/failed/discovery/not_a_feed": 1}, run.stats
    assert not run.stats.get("newscrawl/discovery/pages_ok")
    assert (f"{ANTARA_FEED} answered an HTML page titled 'ANTARA News - Berita Indonesia Terkini' (redirected to "
            "https://www.antaranews.com/) instead of a feed") in run.log
    report = site_health(run.stats)
    assert report["failures"] == [f"discovery: {NOT_A_FEED} on 1 of 1 request"], report


def test_cron_names_a_feed_that_answered_no_feed(tmp_path) -> None:
    """cron: antaranews's terkini feed answering an error page beside its other kanal feeds, whole and empty (a quiet
    hour): before, 15 pages "answered but listed no article link", the cause unnamed; now the failed feed is named
    first, the run exits 3."""
    from test_cron import _antara_routes

    routes = _antara_routes(10)
    routes[ANTARA_FEED] = Route(ERROR_PAGE, headers={"Content-Type": "application/rss+xml"})  # the type lies too
    run = run_cron(routes, tmp_path, "--spiders", "antaranews", "-s", "NEWSCRAWL_NOW=2024-06-19T12:00:00+07:00")
    assert run.returncode == 3, run.stdout + run.stderr
    [failure, *_] = run.summary["unhealthy_sites"]["antaranews"]
    assert failure == (f"discovery: {NOT_A_FEED} on 1 of 16 requests, the first {ANTARA_FEED} (not_a_feed)"), failure
    assert f"{ANTARA_FEED} answered an HTML page titled 'Error' instead of a feed" in run.stderr


# ---- generic: its guesses stay quiet, what robots.txt declares does not -----------------------------------------
SITE = "https://www.beritacontoh.id"
BIKE = f"{SITE}/nasional/read/4821507/pemkot-bandung-perluas-jalur-sepeda-di-pusat-kota"
TRAIN = f"{SITE}/ekonomi/read/4821533/kereta-cepat-tambah-jadwal-perjalanan-libur-sekolah"
FLOOD = f"{SITE}/daerah/read/4821548/banjir-rob-rendam-permukiman-pesisir-semarang"
DOSEN = f"{SITE}/gaya-hidup/2024/06/19/dosen-ui-raih-penghargaan-riset-iklim-asia-tenggara"
GENERIC_WINDOW = ("since=2024-06-19", "until=2024-06-19")
RSS_DIRECTORY = ("<!DOCTYPE html><html><head><title>RSS - Berita Contoh</title></head><body><h1>Daftar RSS</h1>"
                 f"<ul><li><a href='{SITE}/rss/nasional'>Nasional</a></li></ul></body></html>")


def _generic(robots: str) -> dict[str, Route]:
    routes = dict(routes_from_fixtures(SITES_DIR / "generic"))
    routes[f"{SITE}/robots.txt"] = Route(robots, headers={"Content-Type": "text/plain"})
    return routes


def test_generics_guesses_answering_an_html_page_are_an_absence_not_a_failure(tmp_path) -> None:
    """A site without a sitemap serving its home page for /sitemap.xml (a soft 404), its <link rel=alternate> feed an
    "RSS" page listing its feeds: counted absences at INFO, no failed request, no warning, health ok."""
    routes = _generic("User-agent: *\nDisallow: /admin/\n")
    home = routes[f"{SITE}/"]
    routes[f"{SITE}/sitemap.xml"] = Route(home.body, headers={"Content-Type": "text/html; charset=utf-8"})
    routes[f"{SITE}/rss"] = Route(RSS_DIRECTORY)
    run = run_crawl("generic", routes, tmp_path, f"start_urls={SITE}/", *GENERIC_WINDOW, "max_links=10")
    assert "Traceback" not in run.log, run.log[-3000:]
    assert sorted(i["url"] for i in run.items) == sorted([BIKE, DOSEN]), run.log[-3000:]
    stats = run.stats
    assert stats.get("newscrawl/generic/no_sitemap_xml") == 1, stats
    assert stats.get("newscrawl/generic/feed_link_not_a_feed") == 1, stats
    assert not any(key.startswith("newscrawl/failed/") for key in stats), stats
    assert not [line for line in run.log.splitlines()
                if "WARNING" in line and ("sitemap.xml" in line or f"{SITE}/rss" in line)]
    assert "No sitemap.xml on the site (it answered an HTML page titled 'Berita Contoh - Berita Terkini Hari Ini')" \
           in run.log
    report = site_health(stats)
    assert report["healthy"] and not report["failed_requests"]["discovery"], report
    assert summary_line("generic", stats, report).endswith("0 requests failed; health ok")


def test_a_declared_sitemap_indexs_child_answering_an_html_page_fails_named() -> None:
    routes = _generic(f"Sitemap: {SITE}/sitemap-index.xml\n")
    routes[f"{SITE}/sitemap-news.xml"] = Route(ERROR_PAGE)
    result = crawl_in_process("generic", routes, f"start_urls={SITE}/", *GENERIC_WINDOW, "max_links=0")
    assert TRAIN not in result.fetched  # listed in the news sitemap alone
    assert result.stats.get("newscrawl/failed/discovery/not_a_feed") == 1, result.stats
    assert result.stats.get("newscrawl/discovery/first_failed") == f"{SITE}/sitemap-news.xml (not_a_feed)"
    report = site_health(result.stats)
    assert report["failed_requests"]["discovery"] == {"not_a_feed": 1}, report


def test_a_feed_named_as_a_sitemap_is_read_as_the_feed_it_is() -> None:
    """robots.txt naming the site's RSS as its sitemap (sitemaps.org and Google accept RSS 2.0 and Atom): before, read
    as a urlset of no <url>, its stories lost without a word; now read as the feed it is."""
    routes = _generic(f"Sitemap: {SITE}/feed-sitemap.xml\n")
    rss = routes[f"{SITE}/rss"].body.replace(FLOOD.encode(), TRAIN.encode())
    routes[f"{SITE}/feed-sitemap.xml"] = Route(rss, headers={"Content-Type": "application/xml"})
    result = crawl_in_process("generic", routes, f"start_urls={SITE}/", *GENERIC_WINDOW, "max_links=0")
    assert TRAIN in [i["url"] for i in result.items], result.fetched
    assert not any(key.startswith("newscrawl/failed/discovery") for key in result.stats), result.stats
