"""Article pages left out on purpose before an item is made are no pages whose body failed.

Real form (h146 probe, generic_19): a WordPress site's backfill of one day with `generic`: its post sitemap and home
page list the last days' stories by URLs naming no day, so each is fetched, and generic drops the ones published
on another day before any item is made (spiders/generic.py parse_article). Each still counted as an article page
(newscrawl/articles/pages) and never in body_2plus: "3 articles emitted …; health FAILING: body: 30% of 10 below
80%" though the 3 stories of the day were whole. A site spider's story outside the window passes the health counts
as an item (its body judged like any other) before the window pipeline drops it: judged both ways, no false alarm."""
from __future__ import annotations

from pathlib import Path

from conftest import run_crawl
from replay import Route

from newscrawl.health import SKIPPED_PAGES, site_health

SITE = "https://www.kabar-pesisir.example"


def story(n: int, day: str) -> tuple[str, bytes]:
    url = f"{SITE}/berita/warga-pesisir-gelar-kerja-bakti-nomor-{n}/"
    html = (f"<html><head><title>Warga Pesisir Gelar Kerja Bakti Nomor {n} - Kabar Pesisir</title>"
            f"<meta property='og:type' content='article'>"
            f"<meta property='article:published_time' content='{day}T0{n % 10}:15:00+07:00'></head><body>"
            f"<article><h1>Warga Pesisir Gelar Kerja Bakti Nomor {n}</h1>"
            f"<div class='byline'>Penulis: Rina Kartika</div><div class='entry-content'>"
            f"<p>Ratusan warga pesisir kampung nomor {n} bergotong royong membersihkan saluran air dan pantai "
            f"sejak pagi hari, dipimpin langsung oleh kepala desa setempat.</p>"
            f"<p>Kegiatan itu, kata kepala desa, digelar menjelang musim hujan agar saluran tidak tersumbat sampah "
            f"dan permukiman warga tidak tergenang seperti tahun lalu.</p>"
            f"<p>Warga berharap pemerintah kabupaten menambah tempat sampah di sepanjang pantai.</p>"
            f"</div></article></body></html>")
    return url, html.encode()


def test_generic_stories_outside_the_window_do_not_fail_the_body_share(tmp_path: Path) -> None:
    stories = [story(n, "2024-06-19") for n in range(3)] + [story(n, "2024-06-18") for n in range(3, 10)]
    links = "".join(f"<li><a href='{url}'>Berita {n}</a></li>" for n, (url, _html) in enumerate(stories))
    routes = {f"{SITE}/": Route(f"<html><body><h1>Kabar Pesisir</h1><ul>{links}</ul></body></html>".encode())}
    routes.update({url: Route(html) for url, html in stories})
    result = run_crawl("generic", routes, tmp_path, f"start_urls={SITE}/", "since=2024-06-19", "until=2024-06-19")
    assert sorted(item["url"] for item in result.items) == sorted(url for url, _html in stories[:3])
    assert "health ok" in result.log and "FAILING" not in result.log, result.log[-1500:]
    assert result.stats.get("newscrawl/articles/pages") == 10
    assert result.stats.get(SKIPPED_PAGES) == 7


def test_skipped_pages_are_not_judged() -> None:
    stats = {"newscrawl/discovery/pages_ok": 1, "newscrawl/discovery/article_links": 10,
             "newscrawl/articles/pages": 10, "newscrawl/health/items": 3, "newscrawl/health/with_date": 3,
             "newscrawl/health/with_authors": 3, "newscrawl/health/body_2plus": 3, SKIPPED_PAGES: 7}
    health = site_health(stats)
    assert health["healthy"], health["failures"]
    assert health["body_2plus"] == 1.0
    # A page judged whose body failed still counts: 3 judged, 1 without a second paragraph (under min_articles: 3).
    failing = site_health({**stats, "newscrawl/articles/pages": 12, "newscrawl/health/items": 5,
                           "newscrawl/health/with_date": 5, "newscrawl/health/with_authors": 5})
    assert failing["failures"] == ["body: 60% of 5 below 80%"]
