"""suara quirks the item comparison cannot see: what the crawl fetches (replay proxy hits).

- /indeks?page=N has no date slot: the date in the article URL decides. Links newer than the window
  are not fetched but paging goes on; a page of only older links ends the paging.
- A multi-page article (?page=N, dataLayer articleTotalPages) is fetched page by page, in order,
  each page once, and stitched into one item.
"""
from __future__ import annotations

import pytest

from conftest import SITES_DIR, run_crawl
from replay import routes_from_fixtures

INDEKS = "https://www.suara.com/indeks?page={}"
ARTICLE = "https://www.suara.com/news/2024/06/19/153012/harga-cabai-rawit-di-pasar-senen-tembus-rp80-ribu-per-kilogram"
MULTI = "https://www.suara.com/bisnis/2024/06/19/094530/lima-cara-mengatur-keuangan-setelah-libur-panjang-agar-tidak-boncos"
NEWER = ("https://www.suara.com/news/2024/06/20/071500/banjir-rob-rendam-kawasan-muara-baru",
         "https://www.suara.com/bola/2024/06/20/063000/timnas-u-19-tiba-di-surabaya")
OLDER = ("https://www.suara.com/news/2024/06/18/221000/kebakaran-gudang-di-cakung-padam-setelah-tiga-jam",
         "https://www.suara.com/lifestyle/2024/06/18/200000/resep-gulai-kambing-tanpa-bau-prengus")
NOT_ARTICLES = ("https://www.suara.com/foto/2024/06/19/120000/suasana-salat-iduladha-di-masjid-istiqlal",
                "https://yoursay.suara.com/news/2024/06/19/110000/opini-pentingnya-literasi-keuangan",
                "https://www.suara.com/loadmoredetail?id=2024061905117")


def _key(url: str) -> str:
    return url.split("://", 1)[1]


@pytest.fixture(scope="module")
def crawl(tmp_path_factory):
    return run_crawl("suara", routes_from_fixtures(SITES_DIR / "suara"), tmp_path_factory.mktemp("suara-quirks"),
                     "since=2024-06-19", "until=2024-06-19")



def test_indeks_paging_follows_the_url_dates(crawl):
    assert crawl.returncode == 0, crawl.log[-3000:]
    for page in (1, 2, 3):
        assert crawl.fetched(INDEKS.format(page)) == 1, crawl.hits
    assert crawl.fetched(INDEKS.format(4)) == 0, "page 3 lists only older articles: paging must stop"
    for url in NEWER + OLDER + NOT_ARTICLES:
        assert crawl.fetched(url) == 0, (url, crawl.hits)
    assert crawl.fetched(ARTICLE) == 1
    assert crawl.stats.get("newscrawl/discovery/outside_window") == len(NEWER + OLDER)


def test_multipage_fetched_in_order_once_and_stitched_once(crawl):
    pages = [MULTI, MULTI + "?page=2", MULTI + "?page=3"]
    order = [_key(hit) for _m, hit, _s in crawl.hits if _key(hit).startswith(_key(MULTI))]
    assert order == [_key(p) for p in pages], order
    item = crawl.item(MULTI)
    assert [b.split(" ", 1)[0] for b in item["body"] if b[0].isdigit()] == ["1.", "2.", "3.", "4.", "5."]
    assert sum("Baca 10 detik" in b or "Catat pengeluaran, prioritaskan" in b for b in item["body"]) == 0
    assert len(item["body"]) == len(set(item["body"]))
