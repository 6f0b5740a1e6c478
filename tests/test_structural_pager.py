"""A site spider that declares no pager still reads every page of a paged article: links to the article's
own URL with a page number are its pages (NewsSpider.structural_pager, urls.article_pages)."""
from __future__ import annotations

from pathlib import Path

from inprocess import crawl_in_process
from replay import Route, routes_from_fixtures

# (reconstructed: CNN Indonesia 2024, whose long articles continue on {url}/2 behind a "BACA HALAMAN
# BERIKUTNYA" button inside .detail-text; the spider had no pager selector and emitted page 1 alone)
ARTICLE = "https://www.cnnindonesia.com/nasional/20240514130211-617-1087654/kpu-tetapkan-jadwal-pilkada-serentak"
PARAGRAPHS = {
    1: ["Jakarta, CNN Indonesia -- Komisi Pemilihan Umum (KPU) menetapkan jadwal pemungutan suara Pilkada "
        "serentak pada 27 November 2024 di seluruh provinsi dan kabupaten/kota.",
        "Ketua KPU mengatakan tahapan pendaftaran calon kepala daerah akan dibuka pada akhir Agustus mendatang."],
    2: ["Sengketa hasil pilkada akan ditangani Mahkamah Konstitusi sesuai jadwal yang disusun bersama penyelenggara.",
        "KPU juga meminta pemerintah daerah menyiapkan anggaran pengamanan sebelum masa kampanye dimulai."],
}


def page(number: int) -> str:
    story = "".join(f"<p>{text}</p>" for text in PARAGRAPHS[number])
    pager = (f"<div class='text-center my-5'><a href='{ARTICLE}/2'>BACA HALAMAN BERIKUTNYA</a></div>"
             if number == 1 else f"<div class='pager'><a href='{ARTICLE}'>1</a> <a href='{ARTICLE}/2'>2</a></div>")
    return (f"<html><head><title>KPU Tetapkan Jadwal Pilkada Serentak</title>"
            f"<meta property='og:type' content='article'>"
            f"<meta property='article:published_time' content='2024-05-14T13:02:11+07:00'></head><body>"
            f"<div class='detail-wrap'><h1>KPU Tetapkan Jadwal Pilkada Serentak</h1>"
            f"<div class='detail-text'>{story}{pager}</div></div></body></html>")


def test_a_site_without_a_pager_selector_reads_the_later_pages() -> None:
    routes = {ARTICLE: Route(page(1)), f"{ARTICLE}/2": Route(page(2))}
    result = crawl_in_process("cnnindonesia", routes, f"url={ARTICLE}")
    [item] = result.items
    assert item["body"] == PARAGRAPHS[1] + PARAGRAPHS[2]
    assert item["missing_pages"] == []


def test_a_site_whose_first_page_holds_every_page_chases_no_pager() -> None:
    """merdeka ships pages 2+ inside page 1 (structural_pages = False): its ?page=N links are not fetched."""
    from newscrawl.spiders.merdeka import MerdekaSpider

    assert MerdekaSpider.structural_pages is False


def test_an_article_entered_at_its_second_page_is_read_from_the_first() -> None:
    """(reconstructed) a link to page 2 (or -a url=…/2): the pages came out 2, 1 and the item said it was whole."""
    routes = {ARTICLE: Route(page(1)), f"{ARTICLE}/2": Route(page(2))}
    result = crawl_in_process("cnnindonesia", routes, f"url={ARTICLE}/2")
    [item] = result.items
    assert item["body"] == PARAGRAPHS[1] + PARAGRAPHS[2]
    assert result.stats.get("newscrawl/article_pages/entered_later_page") == 1


def test_first_page_of() -> None:
    from newscrawl.urls import first_page_of

    base = "https://s.id/berita/2024/06/19/judul-berita-ini"
    assert first_page_of(f"{base}/2", [base, f"{base}/2", f"{base}/3"]) == base
    assert first_page_of(f"{base}?page=3", [f"{base}?page=1", f"{base}?page=2"]) == f"{base}?page=1"
    assert first_page_of(base, [f"{base}/2"]) is None  # page 1 itself
    assert first_page_of(f"{base}/2", [f"{base}/3"]) is None  # no link to page 1: nothing to go back to
    assert first_page_of("https://s.id/read/2", ["https://s.id/read"]) is None  # an id, not a page


def test_an_article_entered_at_page_two_whose_page_one_fails_is_still_read() -> None:
    """One step beside the test above: page 1 answers 500. The article is read from the page it was entered at
    (before the fallback it was lost), and the failure is counted."""
    routes = {ARTICLE: Route(b"down", status=500), f"{ARTICLE}/2": Route(page(2))}
    result = crawl_in_process("cnnindonesia", routes, f"url={ARTICLE}/2")
    [item] = result.items
    assert item["body"] == PARAGRAPHS[2]
    assert item["missing_pages"] == [ARTICLE]  # its start is missing, and the item says so
    assert any(key.startswith("newscrawl/failed/") for key in result.stats)


SINDONEWS = Path(__file__).parent / "sites" / "sindonews"
OFFSET_ARTICLE = ("https://ekbis.sindonews.com/read/1545210/34/"
                  "5-negara-dengan-cadangan-emas-terbesar-di-dunia-indonesia-nomor-berapa-1741764300")


def test_an_offset_pager_the_site_selector_misses_is_read_in_page_order() -> None:
    """(h99 probe, tests/sites/sindonews/offset-pager*.html) SINDOnews numbers pages 2 and 3 by an offset, "/10" and
    "/20", in a pager its selector does not match: page 1's structural pager wanted page 2 among the numbers, so the
    listicle came out as page 1 (items 1 of 5) with missing_pages []. Numbers stepping evenly from the first are a
    pager: /10 and /20 are pages 2 and 3, stitched in that order."""
    routes = {url: route for url, route in routes_from_fixtures(SINDONEWS).items() if "1545210" in url}
    result = crawl_in_process("sindonews", routes, f"url={OFFSET_ARTICLE}")
    [item] = result.items
    assert [url for url in result.fetched if "1545210" in url] == [OFFSET_ARTICLE, f"{OFFSET_ARTICLE}/10",
                                                                   f"{OFFSET_ARTICLE}/20"]
    body = item["body"]
    assert len(body) == 15 and item["missing_pages"] == []
    assert body[0].startswith("JAKARTA - Emas masih menjadi aset cadangan")
    assert [line for line in body if line[:2] in {"1.", "2.", "3.", "4.", "5."}] == [
        "1. Amerika Serikat", "2. Jerman", "3. Italia", "4. Prancis", "5. Rusia"]
    assert body[-1] == "Adapun Indonesia berada di urutan ke-45 dengan cadangan emas sekitar 78,57 ton."
    assert result.stats.get("newscrawl/article_pages/followed") == 2


def test_own_url_numbers_that_form_no_pager_are_counted_not_read() -> None:
    """A page 1 linking its own URL with numbers that are no pager (a lone "/10": a poll's, a gallery's) reads none
    of them, as before, but says so in the stats: a pager of a shape not known yet is no longer lost without a word."""
    html = (SINDONEWS / "offset-pager.html").read_text(encoding="utf-8")
    lone = html.replace(f'<a class="page-num" href="{OFFSET_ARTICLE}/20">3</a>', "").replace(
        f'<a class="page-next" href="{OFFSET_ARTICLE}/10">Selanjutnya</a>', "")
    assert lone.count(f"{OFFSET_ARTICLE}/") == 1
    result = crawl_in_process("sindonews", {OFFSET_ARTICLE: Route(lone.encode())}, f"url={OFFSET_ARTICLE}")
    [item] = result.items
    assert result.fetched == [OFFSET_ARTICLE] and item["missing_pages"] == []
    assert result.stats.get("newscrawl/article_pages/refused_page_links") == 1


TEMPO = Path(__file__).parent / "sites" / "tempo"
PAGE_NUM_ARTICLE = "https://nasional.tempo.co/read/1216754/kpk-periksa-tiga-saksi-kasus-suap-proyek-jalan-di-kabupaten-bekasi"


def test_a_page_num_pager_is_read() -> None:
    """(h100 probe, tests/sites/tempo/page-num*.html) tempo's 2017-2021 kanal pages page by "?page_num=2", a page
    parameter the structural pager did not know: the story came out as page 1 (4 of 10 paragraphs), missing_pages []."""
    routes = {url: route for url, route in routes_from_fixtures(TEMPO).items() if "1216754" in url}
    result = crawl_in_process("tempo", routes, f"url={PAGE_NUM_ARTICLE}")
    [item] = result.items
    assert result.fetched == [PAGE_NUM_ARTICLE, f"{PAGE_NUM_ARTICLE}?page_num=2", f"{PAGE_NUM_ARTICLE}?page_num=3"]
    assert len(item["body"]) == 10 and item["missing_pages"] == []
