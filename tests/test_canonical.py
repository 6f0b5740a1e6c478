"""A canonical link that names no article is not the item's URL: a template writing one canonical for many
stories (the section page, a PHP script without its ?id=) would merge them into one item, the others dropped as
duplicates, and a cron run would recheck the wrong URL."""
from __future__ import annotations

from pathlib import Path

from conftest import run_crawl
from inprocess import crawl_in_process
from replay import Route
from synthetic_site import DAY, article_html, article_url, listing_html, listing_url

PROSE = ("Pemerintah kabupaten meresmikan jalan baru yang menghubungkan dua kecamatan di wilayah selatan setelah "
         "dua tahun pembangunan, kata bupati dalam sambutannya di lokasi peresmian.")


def php_page(title: str, hour: int) -> str:
    return (f"<html><head><title>{title}</title><meta property='og:type' content='article'>"
            f"<link rel='canonical' href='https://www.beritacontoh.id/berita.php'>"
            f"<meta property='article:published_time' content='{DAY}T{hour:02d}:00:00+07:00'></head><body>"
            f"<h1>{title}</h1><div class='isi'><p>{title}: {PROSE}</p><p>{PROSE} Dua.</p></div></body></html>")


def test_a_canonical_without_the_articles_number_is_not_its_url() -> None:
    """(reconstructed: an old PHP site) every story's canonical is berita.php, its ?id= dropped."""
    titles = ["Jalan Baru Hubungkan Dua Kecamatan", "Harga Cabai Naik Menjelang Lebaran", "Banjir Rob Genangi Pesisir"]
    urls = [f"https://www.beritacontoh.id/berita.php?id={5501 + n}" for n in range(3)]
    routes = {url: Route(php_page(title, 10 + n)) for n, (url, title) in enumerate(zip(urls, titles))}
    result = crawl_in_process("generic", routes, "url=" + ",".join(urls))
    assert sorted(item["url"] for item in result.items) == urls
    assert result.stats.get("newscrawl/url/hub_canonical_ignored") == 3


def test_a_section_page_canonical_is_not_the_articles_url(tmp_path: Path) -> None:
    """(reconstructed) a site spider's articles whose canonical is their section page."""
    section = "https://nasional.sindonews.com/nasional"
    routes = {article_url(n): Route(article_html(n).replace(f'<link rel="canonical" href="{article_url(n)}">',
                                                            f'<link rel="canonical" href="{section}">'))
              for n in (1, 2)}
    routes[listing_url(0)] = Route(listing_html([1, 2]))
    routes[listing_url(20)] = Route(listing_html([]))
    result = run_crawl("sindonews", routes, tmp_path, f"since={DAY}", f"until={DAY}")
    assert sorted(item["url"] for item in result.items) == [article_url(1), article_url(2)]


def test_an_amp_or_mobile_url_still_takes_its_articles_canonical() -> None:
    amp = "https://m.beritacontoh.id/amp/berita/2024/06/19/jalan-baru-hubungkan-dua-kecamatan"
    canonical = "https://www.beritacontoh.id/berita/2024/06/19/jalan-baru-hubungkan-dua-kecamatan"
    html = php_page("Jalan Baru Hubungkan Dua Kecamatan", 10).replace("https://www.beritacontoh.id/berita.php", canonical)
    [item] = crawl_in_process("generic", {amp: Route(html)}, f"url={amp}").items
    assert item["url"] == canonical
