"""A canonical link that names no article is not the item's URL: a template writing one canonical for many
stories (the section page, a PHP script without its ?id=) would merge them into one item, the others dropped as
duplicates, and a cron run would recheck the wrong URL."""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_crawl
from inprocess import crawl_in_process
from replay import Route
from synthetic_site import DAY, article_html, article_url, listing_html, listing_url

from newscrawl.urls import canonical_names_other_article

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


FAJAR_A = "https://fajar.co.id/2024/06/19/pemkot-makassar-tambah-armada-pengangkut-sampah-di-kawasan-pesisir/"
FAJAR_B = "https://fajar.co.id/2024/06/19/psm-makassar-rekrut-bek-asal-brasil/"
H249 = "https://www.beritacontoh.id"


@pytest.mark.parametrize("canonical, fetched, canonical_id, fetched_id, title, other", [
    # Ids: another article's id is another article; the same id under a renamed slug or another view is this one.
    (article_url(0), article_url(7), "100000", "100007", "Nomor 7", True),
    ("https://m.sindonews.com/read/100007/12/judul-baru", article_url(7), "100007", "100007", "Nomor 7", False),
    # No ids: a slug sharing no word with the page's own, which is its title.
    (FAJAR_A, FAJAR_B, None, None, "PSM Makassar Rekrut Bek Asal Brasil", True),
    # (h261 probe) an edited headline's slug spelling a price or a name as slugs do ("Rp80.000" -> "rp80000",
    # "Ma'ruf" -> "maruf") is the title's: the same story at its old slug
    ("https://www.beritacontoh.id/berita/harga-cabai-rawit-naik-jadi-rp80000-per-kg/",
     "https://www.beritacontoh.id/berita/harga-cabai-rawit-di-pasar-induk-naik/", None, None,
     "Harga Cabai Rawit di Pasar Induk Naik Jadi Rp80.000 per Kg", False),
    ("https://www.beritacontoh.id/berita/wapres-maruf-amin-tinjau-banjir-demak/",
     "https://www.beritacontoh.id/berita/wapres-tinjau-lokasi-banjir-di-demak/", None, None,
     "Wapres Ma'ruf Amin Tinjau Lokasi Banjir di Demak", False),
    # ... but an AMP, m., utm, https or trailing-slash view of the same slug is trusted,
    ("https://fajar.co.id/2024/06/19/psm-makassar-rekrut-bek-asal-brasil", FAJAR_B.replace("https://", "http://m.")
     + "amp/?utm_source=x", None, None, "PSM Makassar Rekrut Bek Asal Brasil", False),
    # and so is a renamed slug whose new words are the page's (current) title, the old fetched slug no longer it,
    ("https://fajar.co.id/2024/06/19/psm-resmi-rekrut-bek-brasil-baru", FAJAR_B, None, None,
     "PSM Resmi Rekrut Bek Brasil Baru", False),
    # or a page whose own slug is not the title (nothing to go by),
    (FAJAR_A, FAJAR_B, None, None, "Bek Baru Tiba di Makassar Hari Ini", False),
    # or a canonical without a slug, or no title at all.
    ("https://fajar.co.id/?p=123456", FAJAR_B, None, None, "PSM Makassar Rekrut Bek Asal Brasil", False),
    (FAJAR_A, FAJAR_B, None, None, None, False),
    # A canonical slug with words the page's title has not, lacking title words its fetched slug has, names another
    # headline, however many words they share (this row was trusted before h249, "a renamed slug that keeps some
    # words": the page's own headline is its fetched slug word for word, and "resmi … baru" is in no headline it shows).
    ("https://fajar.co.id/2024/06/19/psm-resmi-rekrut-bek-brasil-baru", FAJAR_B, None, None,
     "PSM Makassar Rekrut Bek Asal Brasil", True),
    # (h249 probe E, C5, C6) id-less slugs of a day's flood stories sharing seven words of eight: every page's
    # canonical (or og:url) story #5's, or the next story's.
    (H249 + "/berita/banjir-rendam-ratusan-rumah-warga-di-karawang-utara/",
     H249 + "/berita/banjir-rendam-ratusan-rumah-warga-di-tangerang-utara/", None, None,
     "Banjir rendam ratusan rumah warga di Tangerang utara", True),
    (H249 + "/berita/banjir-rendam-ratusan-rumah-warga-di-bekasi/",
     H249 + "/berita/banjir-rendam-ratusan-rumah-warga-di-bogor/", None, None,
     "Banjir Rendam Ratusan Rumah Warga di Bogor", True),
    # (h249 B3) ids in the fetched URLs, every canonical one id-less, article-looking URL: ids on one side only.
    (H249 + "/berita/sorotan-utama-hari-ini/", H249 + "/2024/06/19/sekolah-rakyat-mulai-terima-siswa-70004", None,
     "70004", "Sekolah rakyat mulai terima siswa", True),
    (H249 + "/berita/sorotan/", H249 + "/2024/06/19/sekolah-rakyat-mulai-terima-siswa-70004", None, "70004",
     "Sekolah rakyat mulai terima siswa", True),  # a one-word slug too
    # Trusted with one id: another form of the path with the same slug (kompas' /read/YYYY/MM/DD/ID/slug and a
    # short form), a slug-less id URL,
    ("https://www.kompas.com/read/2024/06/19/10000001/sekolah-rakyat-mulai-terima-siswa",
     "https://nasional.kompas.com/sekolah-rakyat-mulai-terima-siswa", "10000001", None,
     "Sekolah Rakyat Mulai Terima Siswa", False),
    ("https://www.kompas.com/sekolah-rakyat-mulai-terima-siswa",
     "https://www.kompas.com/read/2024/06/19/10000001/sekolah-rakyat-mulai-terima-siswa", None, "10000001",
     "Sekolah Rakyat Mulai Terima Siswa", False),
    (H249 + "/read/70004", H249 + "/2024/06/19/sekolah-rakyat-mulai-terima-siswa-70004", None, "70004",
     "Sekolah rakyat mulai terima siswa", False),
    # the same id on both sides under a renamed slug (detik serves any slug at its id),
    ("https://news.detik.com/berita/d-7400001/sekolah-rakyat-resmi-dibuka", "https://news.detik.com/berita/d-7400001/"
     "sekolah-rakyat-mulai-terima-siswa", "7400001", "7400001", "Sekolah rakyat mulai terima siswa", False),
    # a canonical slug cut short, or longer than a headline shortened since, or the AMP view's,
    (H249 + "/berita/banjir-rendam-ratusan-rumah-warga/",
     H249 + "/berita/banjir-rendam-ratusan-rumah-warga-di-tangerang-utara/", None, None,
     "Banjir rendam ratusan rumah warga di Tangerang utara", False),
    (H249 + "/berita/banjir-rendam-ratusan-rumah-warga-di-tangerang-utara/", H249 + "/berita/banjir-rendam-rumah-warga/",
     None, None, "Banjir rendam rumah warga", False),
    (H249 + "/berita/banjir-rendam-rumah-warga/amp/", H249 + "/berita/banjir-rendam-rumah-warga/", None, None,
     "Banjir rendam rumah warga", False),
    # accents folded as a slug folds them.
    (H249 + "/berita/kafe-di-bogor-ramai/", H249 + "/berita/cafe-di-bogor-ramai/", None, None, "Café di Bogor ramai",
     True),
    (H249 + "/berita/cafe-di-bogor-ramai-pengunjung/", H249 + "/berita/cafe-di-bogor-ramai/", None, None,
     "Café di Bogor ramai", False),
])
def test_canonical_names_other_article(canonical, fetched, canonical_id, fetched_id, title, other) -> None:
    assert bool(canonical_names_other_article(canonical, fetched, canonical_id, fetched_id, title)) is other


def test_articles_whose_canonical_names_another_article_keep_their_own_url(tmp_path: Path) -> None:
    """(h15 probe) a broken template gives every article article 0's canonical: each story is still emitted under
    its own URL and id, counted; article 0 itself keeps its canonical."""
    routes = {article_url(n): Route(article_html(n).replace(f'<link rel="canonical" href="{article_url(n)}">',
                                                            f'<link rel="canonical" href="{article_url(0)}">'))
              for n in range(4)}
    routes[listing_url(0)] = Route(listing_html(list(range(4))))
    routes[listing_url(20)] = Route(listing_html([]))
    result = run_crawl("sindonews", routes, tmp_path, f"since={DAY}", f"until={DAY}")
    assert sorted(item["url"] for item in result.items) == sorted(article_url(n) for n in range(4))
    assert len({item["id"] for item in result.items}) == 4
    assert result.stats.get("newscrawl/url/other_article_canonical_ignored") == 3


def test_an_article_redirected_to_another_listed_article_is_counted_and_said(tmp_path: Path) -> None:
    """(h15 probe) article 2 answers 301 to article 3, which the listing shows too: read once, at article 3, and
    the redirect counted and logged with both URLs (Scrapy's duplicate filter dropped it without a word)."""
    routes = {article_url(n): Route(article_html(n)) for n in range(4)}
    routes[article_url(2)] = Route.redirect(article_url(3), 301)
    routes[listing_url(0)] = Route(listing_html(list(range(4))))
    routes[listing_url(20)] = Route(listing_html([]))
    result = run_crawl("sindonews", routes, tmp_path, f"since={DAY}", f"until={DAY}")
    assert sorted(item["url"] for item in result.items) == sorted(article_url(n) for n in (0, 1, 3))
    assert result.stats.get("newscrawl/dropped/redirected_to_listed") == 1
    assert f"{article_url(2)} redirects to {article_url(3)}" in result.log


@pytest.mark.parametrize(("og_url", "ld_url", "expected"), [
    # (reconstructed, h93 probe: antaranews, a generic CMS) rel=canonical names the AMP copy, og:url the page
    ("https://www.beritacontoh.id/berita/4165432/jalan-baru", None, "https://www.beritacontoh.id/berita/4165432/jalan-baru"),
    # og:url the AMP copy too: the story's JSON-LD url, else the fetched URL
    ("https://www.beritacontoh.id/amp/berita/4165432/jalan-baru", "https://www.beritacontoh.id/berita/4165432/jalan-baru?x=1",
     "https://www.beritacontoh.id/berita/4165432/jalan-baru?x=1"),
    ("https://www.beritacontoh.id/amp/berita/4165432/jalan-baru", None,
     "https://www.beritacontoh.id/berita/4165432/jalan-baru"),  # the fetched URL without its tracker
])
def test_a_canonical_naming_the_amp_copy_is_not_the_url_of_a_plain_page(og_url, ld_url, expected) -> None:
    fetched = "https://www.beritacontoh.id/berita/4165432/jalan-baru?utm=1"
    ld = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Jalan Baru Hubungkan Dua Kecamatan", '
          f'"url": "{ld_url}"}}</script>' if ld_url else "")
    page = php_page("Jalan Baru Hubungkan Dua Kecamatan", 10).replace(
        "https://www.beritacontoh.id/berita.php", "https://www.beritacontoh.id/amp/berita/4165432/jalan-baru").replace(
        "</head>", f"<meta property='og:url' content='{og_url}'>{ld}</head>")
    result = crawl_in_process("generic", {fetched: Route(page)}, "url=" + fetched)
    assert [item["url"] for item in result.items] == [expected]
    assert result.stats.get("newscrawl/url/amp_canonical_ignored") == 1


@pytest.mark.parametrize(("canonical", "expected"), [
    # (reconstructed, h294: Next.js and custom templates print a root-relative canonical) the fetched URL carried a
    # trailing slash and a tracker the canonical does not: the canonical path on the page's host is the URL
    ("/berita/4165432/jalan-baru", "https://www.beritacontoh.id/berita/4165432/jalan-baru"),
    # a relative canonical naming the home page or a section names no article: the fetched URL, as for an absolute one
    ("/", "https://www.beritacontoh.id/berita/4165432/jalan-baru/"),
    ("/berita.php", "https://www.beritacontoh.id/berita/4165432/jalan-baru/"),
])
def test_a_root_relative_canonical_is_read_on_the_pages_host(canonical: str, expected: str) -> None:
    fetched = "https://www.beritacontoh.id/berita/4165432/jalan-baru/?utm_source=wa"
    page = php_page("Jalan Baru Hubungkan Dua Kecamatan", 10).replace("https://www.beritacontoh.id/berita.php", canonical)
    result = crawl_in_process("generic", {fetched: Route(page)}, "url=" + fetched)
    assert [item["url"] for item in result.items] == [expected]
