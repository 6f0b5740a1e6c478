"""kumparan quirks the item comparison cannot see.

- Discovery reads news:publication_date from the channel news sitemap: entries outside -a since/until
  (site-local WIB days, while the sitemap speaks UTC) are never fetched (replay proxy hits).
- JSON-LD dates are UTC ("…Z"): the item shows them at +07:00, the same instant.
"""
from __future__ import annotations

import json
import re
from datetime import datetime, timedelta

import pytest

from conftest import SITES_DIR, run_crawl
from replay import routes_from_fixtures

SITEMAP = "https://kumparan.com/sitemap_channel_news.xml"
IN_WINDOW = {
    "https://kumparan.com/kumparannews/kemenhub-siapkan-120-bus-tambahan-untuk-arus-balik-libur-iduladha-22yT5mQ8wLr":
        SITES_DIR / "kumparan" / "article.html",
    "https://kumparan.com/kumparanbisnis/bi-catat-uang-beredar-mei-2024-tumbuh-7-persen-22yR0pKc3Vd":
        SITES_DIR / "kumparan" / "day-boundary.html",
}
OUT_OF_WINDOW = (
    "https://kumparan.com/kumparannews/pemprov-dki-gelar-uji-emisi-gratis-di-lima-lokasi-22yV7hN2bXq",  # 20 Jun WIB
    "https://kumparan.com/kumparanbola/jadwal-timnas-u-19-di-piala-aff-2024-22yQ9sLm4Te",  # 18 Jun 23:59 WIB
    "https://kumparan.com/kumparanfood/resep-opor-ayam-kuning-untuk-iduladha-22xK1aB2cD3",  # 10 Jun
)



@pytest.fixture(scope="module")
def crawl(tmp_path_factory):
    return run_crawl("kumparan", routes_from_fixtures(SITES_DIR / "kumparan"), tmp_path_factory.mktemp("kumparan-quirks"),
                     "since=2024-06-19", "until=2024-06-19")



def test_sitemap_window_decides_what_is_fetched(crawl):
    assert crawl.returncode == 0, crawl.log[-3000:]
    assert crawl.fetched(SITEMAP) == 1
    for url in IN_WINDOW:
        assert crawl.fetched(url) == 1, (url, crawl.hits)
    for url in OUT_OF_WINDOW:
        assert crawl.fetched(url) == 0, (url, crawl.hits)
    # Only robots.txt, the sitemap and the two in-window articles went over the wire.
    assert len(crawl.hits) == 4, crawl.hits
    assert crawl.stats.get("newscrawl/discovery/outside_window") == len(OUT_OF_WINDOW)
    assert sorted(i["url"] for i in crawl.items) == sorted(IN_WINDOW)


def test_utc_json_ld_dates_shown_at_plus_seven_same_instant(crawl):
    for url, page in IN_WINDOW.items():
        ld = json.loads(re.search(r'<script type="application/ld\+json">(\{"@context":"https://schema.org",'
                                  r'"@type":"NewsArticle".*?)</script>', page.read_text(encoding="utf-8")).group(1))
        assert ld["datePublished"].endswith("Z")
        item = crawl.item(url)
        for field, ld_field in (("published_at", "datePublished"), ("updated_at", "dateModified")):
            shown = datetime.fromisoformat(item[field])
            assert shown.utcoffset() == timedelta(hours=7), item[field]
            assert shown == datetime.fromisoformat(ld[ld_field].replace("Z", "+00:00")), (field, item[field])
