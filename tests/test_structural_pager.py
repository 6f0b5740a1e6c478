"""A site spider that declares no pager still reads every page of a paged article: links to the article's
own URL with a page number are its pages (NewsSpider.structural_pager, urls.article_pages)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from inprocess import crawl_in_process
from replay import Route, routes_from_fixtures

MERDEKA = Path(__file__).parent / "sites" / "merdeka"
MERDEKA_2019 = "https://www.merdeka.com/peristiwa/5-fakta-penangkapan-bupati-oleh-kpk-di-rumah-dinasnya.html"

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


def merdeka_2021(pages: range) -> str:
    """The 2019 fixture's page 1 with hidden .paging-content divs for ``pages`` (merdeka 2021's form, the realpages'
    m-gaya: one container for each page its pager numbers)."""
    containers = "".join(f"</div><div class='mdk-body-paragraph paging-content' data-paging_num='{n}' style='display:none'>"
                         f"<h2>Bagian {n} dari berkas</h2><p>Petugas menyita dokumen bagian {n} dari sebuah koper di kamar "
                         f"tidur bupati, kata juru bicara KPK kepada wartawan.</p>" for n in pages)
    return (MERDEKA / "desktop-2019-paged.html").read_text(encoding="utf-8").replace(
        "<h2>1. Ditangkap saat subuh</h2>", "<h2>1. Ditangkap saat subuh</h2>" + containers)


def test_a_site_whose_first_page_holds_every_page_chases_no_pager() -> None:
    """merdeka 2021 ships pages 2+ inside page 1 (hidden .paging-content divs, the realpages' m-gaya form; 2026:
    div.page-break): its ?page=N links are not fetched (pages_in_response), each answering 404 here. (Until h104 this
    page held one container under a 5-page pager: that response lacks pages 3-5, read below.)"""
    routes = {MERDEKA_2019: Route(merdeka_2021(range(2, 6)).encode()),
              **{f"{MERDEKA_2019}?page={n}": Route(b"nf", status=404) for n in range(2, 6)}}
    result = crawl_in_process("merdeka", routes, f"url={MERDEKA_2019}")
    [item] = result.items
    assert result.fetched == [MERDEKA_2019] and item["missing_pages"] == []
    assert item["body"][-1].startswith("Petugas menyita dokumen bagian 5")
    assert result.stats.get("newscrawl/article_pages/in_response") == 1


def test_a_response_holding_some_of_its_pages_fetches_the_others() -> None:
    """(h104 probe P11) a merdeka 2021 page holding page 2 in a hidden .paging-content under a pager numbering 5
    pages was taken for the whole story: pages 3-5 lost, missing_pages []. The pages its containers lack are read."""
    routes = {**routes_from_fixtures(MERDEKA), MERDEKA_2019: Route(merdeka_2021(range(2, 3)).encode())}
    result = crawl_in_process("merdeka", routes, f"url={MERDEKA_2019}")
    [item] = result.items
    assert result.fetched == [MERDEKA_2019, *(f"{MERDEKA_2019}?page={n}" for n in range(3, 6))]
    assert item["missing_pages"] == [] and item["body"][-3] == "5. Warga kaget"
    assert sum(block.startswith("Petugas menyita dokumen bagian 2") for block in item["body"]) == 1


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
    # (h104 probe) an offset page past 50, placed by its own windowed pager's labels, with or without a link to page 1
    window = [(f"{B}/{mark}", str(mark // 10 + 1)) for mark in (30, 40, 50, 60, 70)] + [(f"{B}/70", "Selanjutnya")]
    assert first_page_of(f"{B}/60", window) == B
    assert first_page_of(f"{B}/60", [*window, (B, "1")]) == B
    assert first_page_of(f"{base}?page=3", [(f"{base}?page=2", "2"), (f"{base}?page=4", "4")]) is None  # up to 50
    # ... not a number its links do not place: a year after the slug, labels out of place, no labels
    assert first_page_of(f"{W}2024/", [(f"{W}2023/", "2023"), (W, "Beranda")]) is None
    assert first_page_of(f"{B}/60", [(f"{B}/50", "5"), (f"{B}/70", "9")]) is None
    assert first_page_of(f"{B}/60", [(f"{B}/50", "Sebelumnya"), (f"{B}/70", "")]) is None
    # (h107 probe) a pager of no numbers: previous and next links one offset step either side of the page's mark
    assert first_page_of(f"{B}/60", [(f"{B}/50", "\u00ab Sebelumnya"), (f"{B}/70", "Selanjutnya \u00bb")]) == B
    assert first_page_of(f"{B}/60", [(f"{B}/70", "Halaman Berikutnya")]) == B
    # ... not at another distance, the wrong way, or beside an unlabelled number; nor a year or an id after the slug
    assert first_page_of(f"{B}/60", [(f"{B}/40", "Sebelumnya"), (f"{B}/70", "Selanjutnya")]) is None
    assert first_page_of(f"{B}/60", [(f"{B}/70", "Sebelumnya")]) is None
    beside = [(f"{B}/50", "Sebelumnya"), (f"{B}/70", "Selanjutnya"), (f"{B}/90", "Foto")]
    assert first_page_of(f"{B}/60", beside) is None
    assert first_page_of(f"{W}2024/", [(f"{W}2025/", "Selanjutnya")]) is None
    assert first_page_of(f"{B}/333", [(f"{B}/336", "Selanjutnya")]) is None


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


@pytest.mark.parametrize(("links", "counted"), [
    ((("/10", "Komentar"),), False),
    ((("/10", "2"), ("/30", "3")), True),
], ids=["lone-10-comments", "uneven-10-30-labelled"])
def test_own_url_numbers_that_form_no_pager_are_counted_not_read(links, counted) -> None:
    """A page 1 linking its own URL with numbers that are no pager (a lone "/10" to the comments, a poll's, a
    gallery's; "/10" and "/30") reads none of them, as before. Those labelled as a pager's ("2", "3": a pager of a shape
    not known yet) are counted, no longer lost without a word; a link of other text is no lost pager and is not counted
    (h102 probe: the count fired for every comment link). (Was: the lone "/10" labelled "2" of this pager; such a page
    2 is now read, tests/test_pager_windows.py's two-page offset article.)"""
    html = (SINDONEWS / "offset-pager.html").read_text(encoding="utf-8")
    start = html.index('<a class="page-num"')
    end = html.index("</div>", start)
    html = html[:start] + " ".join(f'<a class="page-num" href="{OFFSET_ARTICLE}{path}">{text}</a>'
                                   for path, text in links) + html[end:]
    result = crawl_in_process("sindonews", {OFFSET_ARTICLE: Route(html.encode())}, f"url={OFFSET_ARTICLE}")
    [item] = result.items
    assert result.fetched == [OFFSET_ARTICLE] and item["missing_pages"] == []
    assert result.stats.get("newscrawl/article_pages/refused_page_links") == (1 if counted else None)


B = "https://s.id/read/1545210/34/cadangan-emas-dunia-1741764300"
W = "https://s.id/2024/06/19/judul-berita-ini/"


@pytest.mark.parametrize(("url", "links", "pages", "refused", "guessed"), [
    # (h102 probe) offsets labelled as a pager's: their place in the story is capped, not their mark ("/70" is page 8)
    (B, [(f"{B}/10", "2"), (f"{B}/20", "3"), (f"{B}/70", "8"), (f"{B}/10", "Selanjutnya")],
     [f"{B}/10", f"{B}/20", f"{B}/70"], [], True),
    (B, [(f"{B}/{n}", str(n // 10 + 1)) for n in range(10, 70, 10)], [f"{B}/{n}" for n in range(10, 70, 10)], [], True),
    (B, [(f"{B}/{n}", str(n // 10 + 1)) for n in (10, 20, 30, 110)], [f"{B}/{n}" for n in (10, 20, 30, 110)], [], True),
    (B, [(f"{B}/10", "2"), (f"{B}/20", "3"), (f"{B}/600", "61")], [f"{B}/10", f"{B}/20"], [], True),  # page 61: none
    # a lone offset labelled page 2 or "next" is page 2, to be confirmed when fetched
    (B, [(f"{B}/10", "2"), (f"{B}/10", "Selanjutnya »")], [f"{B}/10"], [], True),
    (B, [(f"{B}/5", "Halaman Berikutnya")], [f"{B}/5"], [], True),
    # (h104 probe) a page's count, words before the number, English next words, an icon's alt text (link_anchors)
    (B, [(f"{B}/10", "2/2"), (f"{B}/10", "Lanjut ke Halaman 2 \u00bb")], [f"{B}/10"], [], True),
    (B, [(f"{B}/10", "Halaman 2 dari 3"), (f"{B}/20", "Baca halaman 3")], [f"{B}/10", f"{B}/20"], [], True),
    (B, [(f"{B}/10", "Page 2"), (f"{B}/20", "Page 3"), (f"{B}/10", "Next Page \u00bb")], [f"{B}/10", f"{B}/20"], [],
     True),
    (B, [(f"{B}/10", "Lanjutkan membaca")], [f"{B}/10"], [], True),
    # ... a slide's "Foto 10" or "Foto berikutnya", a comment link stay no pager's
    (B, [(f"{B}/10", "Foto 10"), (f"{B}/20", "Foto 20"), (f"{B}/10", "Foto berikutnya")], [], [], False),
    # ... not without a pager's labels: a comment link, a comment widget's pages, a gallery's thumbnails
    (B, [(f"{B}/10", "Komentar")], [], [], False),
    (W, [(f"{W}?hal=10", "Komentar lama"), (f"{W}?hal=20", "Komentar lebih lama")], [], [], False),
    (W, [(f"{W}10/", ""), (f"{W}20/", ""), (f"{W}30/", "")], [], [], False),
    (W, [(f"{W}4/", "Langkah 4"), (f"{W}8/", "Langkah 8")], [], [], False),
    # labelled out of their place: counted (a pager of a shape not known), not read
    (W, [(f"{W}10/", "2"), (f"{W}30/", "3")], [], [f"{W}10/", f"{W}30/"], False),
    (W, [(f"{W}10/", "2"), (f"{W}20/", "5")], [], [f"{W}10/", f"{W}20/"], False),
    # a year or an id after the slug is no page mark, whatever its text
    (W, [(f"{W}2020/", "2020"), (f"{W}2024/", "2024")], [], [], False),
    (W, [(f"{W}2/", "2"), (f"{W}2024/", "2024")], [f"{W}2/"], [], False),
    # page 2 among them: a pager as before, its labels not asked for
    (W, [(f"{W}2/", ""), (f"{W}3/", "")], [f"{W}2/", f"{W}3/"], [], False),
])
def test_pager_links(url, links, pages, refused, guessed) -> None:
    from newscrawl.urls import pager_links

    found = pager_links(url, links)
    assert (found.pages, found.refused, found.guessed) == (pages, refused, guessed)


def test_a_later_page_reads_offsets_past_50() -> None:
    """(h102 probe) A later page of offsets 10 apart ("/60", page 7) reads its own mark and its pager's past 50."""
    from newscrawl.urls import article_pages

    base = "https://s.id/read/1545210/34/cadangan-emas-dunia-1741764300"
    assert article_pages(f"{base}/60", [base, f"{base}/50", f"{base}/70"], later_page=True) == (
        None, [f"{base}/50", f"{base}/70"])
    assert article_pages(f"{base}/60", [f"{base}/70"], later_page=True) == (None, [f"{base}/70"])


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



def test_a_merdeka_page_whose_later_pages_are_separate_responses_is_paged() -> None:
    """(h100 probe, tests/sites/merdeka/desktop-2019-paged*.html) merdeka read no pager at all (structural_pages off),
    as its 2021 and 2026 templates ship every page in page 1's response: a 2019 desktop page, whose .paging-box links
    ?page=2 … ?page=5 as separate responses, came out as page 1 (4 of 16 blocks) with missing_pages []. Whether a
    response holds its later pages is decided per response (pages_in_response); this one does not."""
    result = crawl_in_process("merdeka", routes_from_fixtures(MERDEKA), f"url={MERDEKA_2019}")
    [item] = result.items
    assert result.fetched == [MERDEKA_2019, *(f"{MERDEKA_2019}?page={n}" for n in range(2, 6))]
    assert len(item["body"]) == 16 and item["body"][-3] == "5. Warga kaget" and item["missing_pages"] == []


LIPUTAN6 = Path(__file__).parent / "sites" / "liputan6"
LIPUTAN6_ALL = "https://www.liputan6.com/bisnis/read/4591234/8-cara-mengurus-sertifikat-tanah-elektronik-di-kantor-bpn"


def test_a_response_holding_every_page_does_not_chase_its_pager() -> None:
    """(h100 probe, tests/sites/liputan6/all-pages-with-page-links.html) liputan6 ships all 3 pages as data-page blocks
    in one response, beside a numbered pager whose ?page=2 and ?page=3 answer the same whole document: the body was
    right but both pages were named missing ("only text already read"), and cron fetched the article again at every
    retry point for 72 h. A response holding its later pages (pages_in_response) does not chase its pager."""
    whole = (LIPUTAN6 / "all-pages-with-page-links.html").read_bytes()
    routes = {f"{LIPUTAN6_ALL}{query}": Route(whole) for query in ("", "?page=1", "?page=2", "?page=3")}
    result = crawl_in_process("liputan6", routes, f"url={LIPUTAN6_ALL}")
    [item] = result.items
    assert result.fetched == [LIPUTAN6_ALL]
    assert item["missing_pages"] == [] and len(item["body"]) == 9 and "Biaya dan Waktu" in item["body"]
    assert result.stats.get("newscrawl/article_pages/in_response") == 1


def test_an_empty_lazy_page_container_is_fetched() -> None:
    """(h104 probe P10) a liputan6 page 1 whose page 3 block is an empty lazy placeholder (data-page="3"
    data-lazy="true", filled by script): the response was taken for the whole story, page 3 lost with
    missing_pages []. A container without text is no page held: its page is fetched from the pager."""
    whole = (LIPUTAN6 / "all-pages-with-page-links.html").read_text(encoding="utf-8")
    lazy = re.sub(r'(<div class="article-content-body__item-page" data-page="3"[^>]*>).*?</div></div>',
                  r'<div class="article-content-body__item-page" data-page="3" data-lazy="true"></div>', whole,
                  count=1, flags=re.DOTALL)
    assert "Biaya dan Waktu" not in lazy
    routes = {LIPUTAN6_ALL: Route(lazy.encode()),
              **{f"{LIPUTAN6_ALL}{query}": Route(whole.encode()) for query in ("?page=1", "?page=2", "?page=3")}}
    result = crawl_in_process("liputan6", routes, f"url={LIPUTAN6_ALL}")
    [item] = result.items
    assert result.fetched == [LIPUTAN6_ALL, f"{LIPUTAN6_ALL}?page=3"]
    assert item["missing_pages"] == [] and "Biaya dan Waktu" in item["body"]
    assert sum(block.startswith("Kepala dinas perhubungan") for block in item["body"]) == 1


_STORY_P = "<p>Warga Muara Angke mengaku air mulai masuk ke rumahnya sekitar pukul 16.00 WIB sore itu.</p>"
_AD = ('<div id="div-gpt-ad-merdeka-sc-paging-placeholder-3" class="advertisement-placeholder">'
       '<div class="advertisement-text"><div><p>Advertisement</p></div></div></div>')


@pytest.mark.parametrize("html, expected", [
    # liputan6: a page block with its text; one holding only its sub-title over an empty lazy div, or an ad label
    (f'<div data-page="2"><h2>Syarat Dokumen</h2><div>{_STORY_P}</div></div>', [True]),
    ('<div data-page="2"><h2>Biaya dan Waktu</h2><div data-lazy="true"></div></div>', [False]),
    (f'<div data-page="2" data-lazy="true">{_AD}</div>', [False]),
    # merdeka 2026: a break marker, by the text after it up to the next one
    (f'<div class="page-break" data-page="2"></div>{_AD}{_STORY_P}<div class="page-break" data-page="3"></div>'
     f'{_AD}<div class="bg-primary-50"><span>Baca Juga</span><a href="https://www.merdeka.com/peristiwa/read/8253100/'
     f'pompa">Pompa Air di Muara Angke Rusak, Warga Minta Perbaikan Segera</a></div>', [True, False]),
    ('<div class="page-break" data-page="3"></div><div id="div-gpt-ad-1690000000000-0"><script>googletag.cmd.push('
     'function() { googletag.display("div-gpt-ad-1690000000000-0"); });</script></div>', [False]),
    ('<div class="page-break" data-page="3"></div><figure><img src="https://img.example/rob.jpg"><figcaption>'
     'Banjir rob di Muara Angke. ©2026 Merdeka.com/Arie Basuki</figcaption></figure>', [False]),
    # text loose after the marker, no <p>: prose all the same
    ('<div class="page-break" data-page="3"></div>Menurut Isnawa, rob kali ini dipicu fase bulan purnama yang '
     'bersamaan dengan angin kencang.<br>', [True]),
])
def test_a_page_container_holds_its_page_only_with_story_prose(html: str, expected: list[bool]) -> None:
    """(h107 probe H1-H5) a later-page container holding only a sub-title, an ad label, a "Baca Juga" box, an ad
    script or a captioned photo was taken for its page: the page never fetched, missing_pages []."""
    from lxml import html as lxml_html

    from newscrawl.dom import filled_containers
    root = lxml_html.fromstring(f"<html><body><div class='body'>{html}</div></body></html>")
    containers = root.xpath("//*[@data-page]")
    assert filled_containers(containers) == expected


def test_a_page_block_holding_only_its_sub_title_is_fetched() -> None:
    """(h107 probe H1) liputan6's page 3 block with its <h2> sub-title over an empty lazy div: page 3 is fetched."""
    whole = (LIPUTAN6 / "all-pages-with-page-links.html").read_text(encoding="utf-8")
    lazy = re.sub(r'(<div class="article-content-body__item-page" data-page="3"[^>]*>)(<h2[^>]*>.*?</h2>)'
                  r'.*?</div></div></div>',
                  r'\1\2<div class="article-content-body__item-content" data-lazy="true"></div></div>',
                  whole, count=1, flags=re.DOTALL)
    assert lazy != whole and "Biaya dan Waktu" in lazy
    routes = {LIPUTAN6_ALL: Route(lazy.encode()),
              **{f"{LIPUTAN6_ALL}{query}": Route(whole.encode()) for query in ("?page=1", "?page=2", "?page=3")}}
    result = crawl_in_process("liputan6", routes, f"url={LIPUTAN6_ALL}")
    [item] = result.items
    assert result.fetched == [LIPUTAN6_ALL, f"{LIPUTAN6_ALL}?page=3"]
    assert item["missing_pages"] == [] and len(item["body"]) == 9
