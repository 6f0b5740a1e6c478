"""generic's discovery on sites without a feed or sitemap, the window's zone of a site outside the catalogue, and the
stories it drops as outside the window: loopback crawls through the real generic spider (conftest.run_crawl).

Real forms (h257 probe, sites reconstructed from its fakes of real templates):
- A Next.js portal: no sitemap (/sitemap.xml answers Next's 404 page), no feed, cards without dates; the home page
  lists the newest stories and pages on by a "Muat Lebih Banyak" link to "/?page=2", each section by "/ekonomi?page=2".
- A WITA portal outside the catalogue (Makassar): its pages state "+08:00" and print "WITA".
- A big portal whose home page links 100+ older stories by undated links: fetched and dropped by every cron run.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

from conftest import run_crawl
from replay import Route

from newscrawl.urls import listing_page_url

import pytest

HOST = "https://www.kabarkini.example"
WINDOW = ("since=2024-06-19", "until=2024-06-19")
NOW = "2024-06-20T10:00:00+07:00"
PROSE = ("Warga kota berkumpul di balai kelurahan sejak pagi untuk membahas rencana perbaikan saluran air yang "
         "kerap meluap setiap musim hujan tiba, kata ketua rukun warga setempat kepada wartawan.")


def story_url(section: str, number: int) -> str:
    return f"{HOST}/{section}/{1020000 + number}/kabar-warga-kota-hari-ini-nomor-{number}"


def article(url: str, title: str, published: str, zone_word: str = "WIB") -> Route:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": published,
          "author": {"@type": "Person", "name": "Andi Baso Amir"}, "mainEntityOfPage": {"@id": url}}
    body = "".join(f"<p>{PROSE} Bagian {i}.</p>" for i in range(1, 5))
    return Route(f'<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>{title}</title>'
                 f'<link rel="canonical" href="{url}"><meta property="og:type" content="article">'
                 f'<script type="application/ld+json">{json.dumps(ld)}</script></head><body><main><h1>{title}</h1>'
                 f'<div class="date">{published[:10]} {published[11:16]} {zone_word}</div>{body}</main></body></html>')


def listing(links: list[str], more: str | None) -> Route:
    """A Next.js listing page: cards without dates, a "load more" link to the next page."""
    cards = "".join(f'<div class="ArticleCard_card"><a href="{u.replace(HOST, "")}"><h3>Kabar</h3></a></div>'
                    for u in links)
    button = f'<div class="LoadMore_wrap"><a href="{more}">Muat Lebih Banyak</a></div>' if more else ""
    return Route(f'<html><head><title>KabarKini</title><meta property="og:type" content="website"></head><body>'
                 f'<header><a href="/">KabarKini</a><nav><a href="/ekonomi">Ekonomi</a></nav></header>'
                 f'<main>{cards}{button}</main><footer><a href="/tentang-kami">Tentang Kami</a></footer></body></html>')


def nextjs_site(per_home: int = 4, per_section: int = 3) -> tuple[dict[str, Route], dict[str, str]]:
    """(routes, {url: published}) of 12 stories: 4 of 20 June, 6 of 19 June, 2 of 18 June, newest first; every
    third in the section "ekonomi"; the home page and the section paged by "?page=N"."""
    stamps = ["2024-06-20T09:00", "2024-06-20T07:00", "2024-06-20T05:00", "2024-06-20T01:00",
              "2024-06-19T22:00", "2024-06-19T19:00", "2024-06-19T15:00", "2024-06-19T11:00", "2024-06-19T08:00",
              "2024-06-19T01:00", "2024-06-18T21:00", "2024-06-18T12:00"]
    stories = {story_url("ekonomi" if n % 3 == 2 else "nasional", n): f"{stamp}:00+07:00"
               for n, stamp in enumerate(stamps)}
    urls = list(stories)
    routes: dict[str, Route] = {
        f"{HOST}/robots.txt": Route(b"User-agent: *\nAllow: /\n", headers={"Content-Type": "text/plain"}),
        f"{HOST}/sitemap.xml": Route(b"<html><body><h1>404</h1>This page could not be found.</body></html>", status=404),
    }
    for source, path, per in ((urls, "/", per_home), ([u for u in urls if "/ekonomi/" in u], "/ekonomi", per_section)):
        pages = (len(source) + per - 1) // per
        for n in range(1, pages + 1):
            routes[HOST + path + (f"?page={n}" if n > 1 else "")] = listing(
                source[(n - 1) * per: n * per], f"{path}?page={n + 1}" if n < pages else None)
    for n, (url, published) in enumerate(stories.items()):
        routes[url] = article(url, f"Kabar Warga Kota Hari Ini Nomor {n}", published)
    return routes, stories


def in_window(stories: dict[str, str]) -> list[str]:
    return sorted(url for url, published in stories.items() if published.startswith("2024-06-19"))


def asked(result, path: str) -> bool:
    return any(url == HOST + path for _method, url, _status in result.hits)


# ---------------------------------------------------------------- A: a listing's numbered pages are listings

@pytest.mark.parametrize(("url", "expected"), [
    ("https://www.x.example/?page=2", "https://www.x.example/?page=2"),
    ("http://www.x.example/ekonomi?page=3&utm_source=wa", "https://www.x.example/ekonomi?page=3"),
    ("https://www.x.example/ekonomi?halaman=2", "https://www.x.example/ekonomi?halaman=2"),  # kept by canonical_url
    ("https://www.x.example/ekonomi?page=1", None),  # page 1 is the listing itself
    ("https://www.x.example/ekonomi?page=all", None),
    ("https://www.x.example/ekonomi", None),
    ("https://www.x.example/ekonomi?sort=2", None),  # no page parameter
])
def test_listing_page_url(url: str, expected: str | None) -> None:
    assert listing_page_url(url) == expected


def test_a_listings_load_more_pages_are_read_as_listings(tmp_path: Path) -> None:
    """(h257 R1) "/?page=2" and "/ekonomi?page=2" were canonicalised to "/" and "/ekonomi" (the page parameter is no
    article's identity) and never read at any depth: the stories only they list were never discovered. A listing's
    numbered page is a listing one level further: with depth 2 the home page's page 2 is read (stories 4-7) beside
    the section's page 1 (2, 5, 8); with depth 3 their next pages too (8-11 and 11), and every story of the day."""
    routes, stories = nextjs_site()
    urls = list(stories)
    settings = {"NEWSCRAWL_NOW": NOW, "NEWSCRAWL_DEFAULT_FEED": ""}
    two = run_crawl("generic", routes, tmp_path / "d2", f"start_urls={HOST}/", *WINDOW, "depth=2", settings=settings)
    assert asked(two, "/?page=2") and not asked(two, "/?page=3") and not asked(two, "/ekonomi?page=2"), two.hits
    assert sorted(item["url"] for item in two.items) == sorted(urls[4:9]), two.items
    assert two.stats.get("newscrawl/generic/listing_pages_paged") == 1, two.stats
    three = run_crawl("generic", routes, tmp_path / "d3", f"start_urls={HOST}/", *WINDOW, "depth=3", settings=settings)
    assert asked(three, "/?page=3") and asked(three, "/ekonomi?page=2"), three.hits
    assert sorted(item["url"] for item in three.items) == in_window(stories), three.items
    assert "health ok" in three.log, three.log[-1500:]


# ---------------------------------------------------------------- B: stories dropped as outside the window remembered

def test_stories_dropped_outside_the_window_are_remembered_by_incremental_runs(tmp_path: Path) -> None:
    """(h257 item 4) generic drops a discovered story dated outside the window before its item is made, so the window
    pipeline never saw it and the seen-store never remembered it: a home page's old stories (undated links) were
    fetched and dropped by every cron run (88 per run on a big portal). Now each drop is remembered as a site spider's
    is ("outside_window:<day>" in the store's unavailable table): the next run skips them (counted
    skipped_outside_window), and a run whose window holds their day (a catch-up) asks them again."""
    old = [story_url("nasional", 50 + n) for n in range(3)]
    new = story_url("nasional", 60)
    links = "".join(f'<a href="{u}">x</a>' for u in [*old, new])
    routes = {f"{HOST}/robots.txt": Route(b"User-agent: *\nAllow: /\n", headers={"Content-Type": "text/plain"}),
              f"{HOST}/": Route(f"<html><body><h1>KabarKini</h1>{links}</body></html>"),
              new: article(new, "Kabar Baru Hari Ini di Kota", "2024-06-20T08:00:00+07:00"),
              **{u: article(u, f"Kabar Lama Pekan Lalu Nomor {n}", f"2024-06-1{n}T08:00:00+07:00")
                 for n, u in enumerate(old)}}

    def run(tag: str, now: str, since: str = "2024-06-20"):
        settings = {"NEWSCRAWL_INCREMENTAL": 1, "NEWSCRAWL_NOW": now, "NEWSCRAWL_DEFAULT_FEED": "",
                    "NEWSCRAWL_STATE_PATH": str(tmp_path / "seen.sqlite3"), "NEWSCRAWL_OUTPUT_DIR": str(tmp_path / "out"),
                    "LOG_LEVEL": "DEBUG"}
        result = run_crawl("generic", routes, tmp_path / tag, f"start_urls={HOST}/", f"since={since}",
                           "until=2024-06-20", settings=settings)
        return result, sum(1 for _method, url, _status in result.hits if url in old)

    first, asked = run("1", "2024-06-20T09:00:00+07:00")
    assert asked == 3 and first.stats.get("newscrawl/generic/outside_window_dropped") == 3, first.stats
    assert re.search(rf"Dated 2024-06-10, outside the window 2024-06-20\.\.2024-06-20: dropped \([123] so far\): "
                     rf"{re.escape(old[0])}", first.log), first.log[-3000:]
    assert "3 discovered stories dated outside the window 2024-06-20..2024-06-20 dropped" in first.log
    second, asked = run("2", "2024-06-20T09:10:00+07:00")
    assert asked == 0 and second.stats.get("newscrawl/incremental/skipped_outside_window") == 3, second.stats
    assert "health ok" in second.log, second.log[-1500:]
    # A catch-up whose window holds 11 and 12 June asks those two again (10 June stays outside: skipped).
    third, asked = run("3", "2024-06-20T09:20:00+07:00", since="2024-06-11")
    assert asked == 2 and third.stats.get("newscrawl/incremental/skipped_outside_window") == 1, third.stats


# ---------------------------------------------------------------- C: the window's day of a story stating its zone

MAKASSAR = "https://www.kabarmakassar.example"


def test_a_story_stating_wita_is_held_to_the_window_by_its_wita_day(tmp_path: Path) -> None:
    """(h257 item 3) A Makassar outlet outside the catalogue: its pages state "+08:00" and print "WITA", its sitemap's
    lastmods "+08:00" too. Read in WIB, the story of 00:05 WITA on the 19th was the 18th (dropped, by the sitemap
    filter or after the fetch) and the one of 00:10 WITA on the 20th was the 19th (emitted in the 19th's window). Each
    is now held to the window by the day it states; a "Z" time (a UTC instant: 23:30 WIB of the 19th, 00:30 WITA of the
    20th) states no Indonesian zone and keeps the site's WIB."""
    stories = {f"{MAKASSAR}/berita/88130/dini-hari-di-makassar-banjir-rob": "2024-06-19T00:05:00+08:00",
               f"{MAKASSAR}/berita/88169/lewat-tengah-malam-di-makassar-kebakaran": "2024-06-20T00:10:00+08:00",
               f"{MAKASSAR}/berita/88150/siang-hari-di-makassar-pasar-ramai": "2024-06-19T13:00:00+08:00",
               f"{MAKASSAR}/berita/88160/jam-server-utc-di-makassar-rapat-dewan": "2024-06-19T16:30:00Z"}
    entries = "".join(f"<url><loc>{u}</loc><lastmod>{p}</lastmod></url>" for u, p in stories.items())
    routes = {f"{MAKASSAR}/robots.txt": Route(f"User-agent: *\nSitemap: {MAKASSAR}/sitemap.xml\n".encode(),
                                              headers={"Content-Type": "text/plain"}),
              f"{MAKASSAR}/": Route("<html><body><h1>Kabar Makassar</h1></body></html>"),
              f"{MAKASSAR}/sitemap.xml": Route(
                  '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                  f"{entries}</urlset>".encode(), headers={"Content-Type": "application/xml"}),
              **{u: article(u, f"Kabar Makassar Nomor {n}", p, "WITA") for n, (u, p) in enumerate(stories.items())}}
    result = run_crawl("generic", routes, tmp_path, f"start_urls={MAKASSAR}/", *WINDOW,
                       settings={"NEWSCRAWL_NOW": NOW, "NEWSCRAWL_DEFAULT_FEED": ""})
    urls = list(stories)
    assert sorted(item["url"] for item in result.items) == sorted([urls[0], urls[2], urls[3]]), result.items
    assert result.item(urls[0])["published_at"] == "2024-06-19T00:05:00+08:00"
    assert "health ok" in result.log, result.log[-1500:]


# ---------------------------------------------------------------- D: a home page's links that never reach the window

def test_a_home_page_whose_stories_never_reach_the_window_falls_short(tmp_path: Path) -> None:
    """(h257 item 1) No feed, no sitemap; at the default depth only the home page's story links are fetched: its 4
    newest stories, all of 20 June, for a window of the 19th. 0 of the day's 6 emitted, and health said "ok" though no
    listing or document reached back to the window. Now the start page's links are judged as an undated listing that
    stops early: discovery fell short (a failure of a window given), the site named in the warning. Read deep enough
    (depth 3, the 18th reached) or beside a sitemap reaching back, the same home page is no shortfall."""
    routes, stories = nextjs_site()
    settings = {"NEWSCRAWL_NOW": NOW, "NEWSCRAWL_DEFAULT_FEED": ""}
    short = run_crawl("generic", routes, tmp_path / "d1", f"start_urls={HOST}/", *WINDOW, settings=settings)
    assert short.items == [] and short.stats.get("newscrawl/discovery/window_start_not_reached") == 1, short.stats
    assert re.search(rf"WARNING: {re.escape(HOST)}/ \(the story links of its listings read to depth=1: \d+ listing "
                     r"links left unread; no feed or sitemap reached back; raise -a depth\) reaches back only to "
                     r"2024-06-20T01:00\+07:00, after the window's start \(2024-06-19\)", short.log), short.log[-3000:]
    assert "health FAILING: discovery fell short: 1 feed, sitemap or listing not reaching back" in short.log
    deep = run_crawl("generic", routes, tmp_path / "d3", f"start_urls={HOST}/", *WINDOW, "depth=3", settings=settings)
    assert "health ok" in deep.log and "window_start_not_reached" not in deep.stats, deep.log[-1500:]
    # A sitemap listing every story (the home page unchanged): it reaches back, the home page's links need not.
    entries = "".join(f"<url><loc>{u}</loc><lastmod>{p}</lastmod></url>" for u, p in stories.items())
    with_sitemap = {**routes, f"{HOST}/sitemap.xml": Route(
        f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</urlset>'.encode(),
        headers={"Content-Type": "application/xml"})}
    covered = run_crawl("generic", with_sitemap, tmp_path / "sm", f"start_urls={HOST}/", *WINDOW, settings=settings)
    assert sorted(item["url"] for item in covered.items) == in_window(stories)
    assert "health ok" in covered.log and "window_start_not_reached" not in covered.stats, covered.log[-1500:]
