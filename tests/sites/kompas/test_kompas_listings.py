"""kompas: the real saved listings (../shared/realpages/kompas) against the spider's link rules.

The discovery crawl (discovery.json) runs on a reconstructed 2025 indeks page, because the real
2016 indeks (original URL http://indeks.kompas.com/, no date in it) links articles that were not
saved. Its markup is still checked here: the spider's listing selectors must pick exactly its ten
article links (the old /read/xml/… form) and no kanal, indeks or paging link; and on the real 2017
homepage the article URL rule must accept every kanal /read/ link and reject the rest, including the
/read/ links of the photo gallery and of sister brands (bolasport.com, otomania.com).
"""
from __future__ import annotations

import pytest
from scrapy.http import HtmlResponse

from replay import realpages_dir
from newscrawl.spiders.kompas import KompasSpider


@pytest.fixture(scope="module")
def real():
    path = realpages_dir()
    if path is None:
        pytest.skip("needs ../shared/realpages (set NEWSCRAWL_REALPAGES or NEWSCRAWL_SHARED)")
    return path


def page(real, name: str, url: str) -> HtmlResponse:
    return HtmlResponse(url, body=(real / "kompas" / name).read_bytes())


def test_indeks_2016_yields_its_ten_article_links(real) -> None:
    # The window is the indeks's day: its links' /YYYY/MM/DD/ day is read as their publication day.
    spider = KompasSpider(since="2016-02-23", until="2016-02-23")
    links = spider.article_links(page(real, "indeks-2016.html", "http://indeks.kompas.com/"))
    assert len(links) == 10
    assert links[0] == ("https://bisniskeuangan.kompas.com/read/xml/2016/02/23/145448826/"
                        "OJK.Pelemahan.Saham.Perbankan.Hanya.Temporer")
    assert links[-1] == ("https://megapolitan.kompas.com/read/xml/2016/02/23/14322911/"
                         "Kesedihan.Tukang.Jamu.yang.Kehilangan.Pelanggan.di.Kalijodo")
    assert all("/read/xml/2016/02/23/" in link for link in links)


def test_homepage_2017_links_split_into_articles_and_the_rest(real) -> None:
    spider = KompasSpider()
    response = page(real, "homepage-2017-09.html", "http://new.www.kompas.com/index_generator")
    hrefs = {h.strip() for h in response.css("a::attr(href)").getall() if h.strip().startswith("http")}
    reads = {h for h in hrefs if "/read/" in h}
    assert len(reads) == 32
    not_articles = {h for h in hrefs if not spider.is_article_url(h)}
    articles = reads - not_articles
    assert articles == {h for h in reads if ".kompas.com/read/20" in h} and len(articles) == 29
    assert reads & not_articles == {
        "http://foto.kompas.com/photo/read/2017/09/17/15056360470a1/"
        "Menjajal.Skatepark.Dua.Rintangan.Spesial.Pertama.di.Indonesia",
        "http://juara.bolasport.com/read/raket/bulu-tangkis/"
        "1821266-marcuskevin.kalah.indonesia.cuma.raih.2.gelar.juara.korea.terbuka",
        "http://www.otomania.com/read/2017/09/17/143500430/gaya-cafe-racer-royal-enfield-buntut-peluru-",
    }
    assert hrefs - reads <= not_articles
    url = "http://ekonomi.kompas.com/read/2017/09/17/142311226/jemaah-masih-dapat-ajukan-tagihan-ke-first-travel"
    assert spider.article_id(url) == "2017/09/17/142311226"  # the day and its number (unique within the day only)
