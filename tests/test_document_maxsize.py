"""A sitemap or feed larger than an HTML page's download limit (h39: a 26 MB sitemap of 100k entries went over
DOWNLOAD_MAXSIZE, 16 MB, and was counted as "other errors"). sitemaps.org allows 50 MB uncompressed: sitemap and
feed requests carry download_maxsize 50 MB; a download cancelled for its size is a "too_large" failure."""
from __future__ import annotations

import pytest

from conftest import run_crawl
from newscrawl.health import FAILURE_KINDS, failure_kind
from replay import Route

INDEX = "https://www.merdeka.com/sitemap.xml"
SEC = "https://www.merdeka.com/peristiwa/sitemap.xml"
NS = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"'
XML = {"Content-Type": "application/xml"}


def entry(slug: str, when: str) -> str:
    return (f"<url><loc>https://www.merdeka.com/peristiwa/{slug}.html</loc><news:news><news:publication_date>{when}"
            f"</news:publication_date><news:title>{slug}</news:title></news:news></url>")


def article(slug: str, pad: int = 0) -> str:
    title = "Warga Kota Menggelar Kerja Bakti Membersihkan Saluran"
    paras = "".join(f"<p>Warga kota bersama aparat menggelar kerja bakti membersihkan saluran air; kalimat {i} "
                    "menambah rincian peristiwa itu bagi pembaca.</p>" for i in range(5))
    return (f'<html><head><meta charset="utf-8"><title>{title} | merdeka.com</title>'
            '<meta property="og:type" content="article"><meta property="article:published_time" '
            f'content="2021-06-15T10:00:00+07:00"><link rel="canonical" href="https://www.merdeka.com/peristiwa/{slug}.html">'
            f'</head><body><h1>{title}</h1><div class="mdk-body-paragraph">{paras}</div>'
            f'<script>{"x" * pad}</script></body></html>')


@pytest.fixture(scope="module")
def big_sitemap_run(tmp_path_factory):
    # Scaled down: DOWNLOAD_MAXSIZE 100 KB, a 300 KB sitemap (2,000 old entries) and a 300 KB article page.
    old = "".join(entry(f"berita-lama-nomor-{i}-tentang-hal-lain", "2020-01-01T10:00:00+07:00") for i in range(2000))
    slugs = ["kerja-bakti-warga-kota-nomor-0", "kerja-bakti-warga-kota-nomor-1"]
    sitemap = f'<?xml version="1.0" encoding="UTF-8"?><urlset {NS}>{old}' + "".join(
        entry(s, "2021-06-15T10:00:00+07:00") for s in slugs) + "</urlset>"
    assert len(sitemap) > 250_000
    index = ('<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
             f"<sitemap><loc>{SEC}</loc></sitemap></sitemapindex>")
    routes = {INDEX: Route(index, headers=XML), SEC: Route(sitemap, headers=XML),
              f"https://www.merdeka.com/peristiwa/{slugs[0]}.html": Route(article(slugs[0])),
              f"https://www.merdeka.com/peristiwa/{slugs[1]}.html": Route(article(slugs[1], pad=300_000))}
    return run_crawl("merdeka", routes, tmp_path_factory.mktemp("maxsize"), "since=2021-06-10", "until=2021-06-17",
                     settings={"DOWNLOAD_MAXSIZE": 100_000, "DOWNLOAD_WARNSIZE": 0})


def test_a_sitemap_over_the_page_limit_is_read_and_a_page_over_it_is_too_large(big_sitemap_run) -> None:
    run = big_sitemap_run
    assert "Traceback" not in run.log
    assert [i["url"] for i in run.items] == ["https://www.merdeka.com/peristiwa/kerja-bakti-warga-kota-nomor-0.html"]
    assert run.stats.get("newscrawl/failed/article/too_large") == 1, run.stats
    assert not run.stats.get("newscrawl/failed/discovery/other") and not run.stats.get("newscrawl/failed/article/other")
    assert "larger than the download limit" in run.log


@pytest.mark.parametrize("name, message, kind", [
    ("DownloadCancelledError", "Received 27262976 bytes which is larger than download max size (16777216) in request "
     "<GET https://www.merdeka.com/peristiwa/sitemap.xml>.", "too_large"),
    ("DownloadCancelledError", "Expected to receive 27262976 bytes which is larger than download max size (16777216) "
     "in request <GET https://a.id/x>.", "too_large"),
    ("IgnoreRequest", "Ignored response <200 https://a.id/s.xml.gz> because its body (52428801 B compressed, 209715200 B "
     "decompressed so far) exceeded DOWNLOAD_MAXSIZE (52428800 B) during decompression.", "too_large"),
    ("DownloadCancelledError", "cancelled", "other"),
])
def test_failure_kind_of_an_oversize_download(name: str, message: str, kind: str) -> None:
    assert failure_kind(name, None, message) == kind and kind in FAILURE_KINDS


def test_a_gzipped_sitemap_unpacking_past_the_page_limit_is_read(tmp_path) -> None:
    # (h42 probe) a .xml.gz served as binary, unpacked by the spider: within the sitemap's limit, not the page's
    # (scaled down: DOWNLOAD_MAXSIZE 100 KB, the sitemaps' 50 MB; the sitemap unpacks to ~300 KB)
    import gzip
    old = "".join(entry(f"berita-lama-nomor-{i}-tentang-hal-lain", "2020-01-01T10:00:00+07:00") for i in range(2000))
    slug = "kerja-bakti-warga-kota-nomor-0"
    sitemap = (f'<?xml version="1.0" encoding="UTF-8"?><urlset {NS}>{old}{entry(slug, "2021-06-15T10:00:00+07:00")}'
               "</urlset>").encode()
    assert len(sitemap) > 250_000
    gz = "https://www.merdeka.com/peristiwa/sitemap.xml.gz"
    index = ('<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
             f"<sitemap><loc>{gz}</loc></sitemap></sitemapindex>")
    routes = {INDEX: Route(index, headers=XML),
              gz: Route(gzip.compress(sitemap), headers={"Content-Type": "application/octet-stream"}),
              f"https://www.merdeka.com/peristiwa/{slug}.html": Route(article(slug))}
    run = run_crawl("merdeka", routes, tmp_path, "since=2021-06-10", "until=2021-06-17",
                    settings={"DOWNLOAD_MAXSIZE": 100_000, "DOWNLOAD_WARNSIZE": 0})
    assert [i["url"] for i in run.items] == [f"https://www.merdeka.com/peristiwa/{slug}.html"], run.log[-2000:]
    assert not run.stats.get("newscrawl/errors/unreadable_discovery")
