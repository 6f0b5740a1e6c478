"""jpnn quirks the item comparison cannot see: what the crawl fetches (replay proxy hits), and the
"JPNN.com…" decision.

- RSS pubDate filters to -a since/until before any fetch; a tag page in the feed is not an article.
- A multi-page article (div.pagination a, ?page=N) is fetched page by page, in order, each page once,
  and stitched into one item.
- "JPNN.com…" is not a line filter: the "jpnn.com, CITY - " dateline opens the first paragraph and
  reporting prose that starts with "JPNN.com" stays; the boxes ARD filters are gone.
"""
from __future__ import annotations

import pytest

from conftest import SITES_DIR, run_crawl
from replay import routes_from_fixtures

RSS = "https://www.jpnn.com/index.php?mib=rss"
ARTICLE = "https://www.jpnn.com/news/polda-metro-jaya-tangkap-pengedar-uang-palsu-di-bekasi"
MULTI = "https://www.jpnn.com/news/kisah-guru-honorer-di-pedalaman-kapuas-hulu-yang-mengajar-tiga-kelas-sekaligus"
NOT_FETCHED = ("https://www.jpnn.com/news/harga-emas-antam-naik-rp5000-per-gram",  # 20 June
               "https://www.jpnn.com/news/jadwal-salat-iduladha-2024-di-jakarta",  # 18 June
               "https://www.jpnn.com/tag/uang-palsu")


def _key(url: str) -> str:
    return url.split("://", 1)[1]


@pytest.fixture(scope="module")
def crawl(tmp_path_factory):
    return run_crawl("jpnn", routes_from_fixtures(SITES_DIR / "jpnn"), tmp_path_factory.mktemp("jpnn-quirks"),
                     "since=2024-06-19", "until=2024-06-19")



def test_rss_window_decides_what_is_fetched(crawl):
    assert crawl.returncode == 0, crawl.log[-3000:]
    assert crawl.fetched(RSS) == 1
    assert crawl.fetched(ARTICLE) == 1
    for url in NOT_FETCHED:
        assert crawl.fetched(url) == 0, (url, crawl.hits)
    assert crawl.stats.get("newscrawl/discovery/outside_window") == 2


def test_multipage_fetched_in_order_once_and_stitched_once(crawl):
    order = [_key(hit) for _m, hit, _s in crawl.hits if _key(hit).startswith(_key(MULTI))]
    assert order == [_key(MULTI), _key(MULTI) + "?page=2", _key(MULTI) + "?page=3"], order
    body = crawl.item(MULTI)["body"]
    assert body[0].startswith("jpnn.com, PUTUSSIBAU - ") and body[-1].endswith("katanya.")
    assert len(body) == 6 and len(set(body)) == 6


def test_dateline_and_jpnn_prose_kept_boxes_dropped(crawl):
    body = crawl.item(ARTICLE)["body"]
    assert body[0].startswith("jpnn.com, JAKARTA - Polda Metro Jaya")
    assert any(b.startswith("JPNN.com sudah berupaya") for b in body)
    text = "\n".join(body).lower()
    for residue in ("baca juga", "kamu sudah menonton", "advertisement", "konten promosi", "(ast/jpnn)"):
        assert residue not in text, residue
