"""A paged story's page 1 with one paragraph, or ending with a sentence closed by a colon right over its pager: read
through the real spiders (pikiranrakyat's site containers and generic) in process, every later page's paragraphs joined
once and no page number kept.

Reconstructed forms (h223, h228 probes):
- pikiran-rakyat.com (PRMN): page 1 ends "Berikut daftar wilayah yang terdampak pemadaman:", the list itself on page 2
  (?page=2), and the pager right under the sentence puts each link in a block of its own (div.paging >
  div.paging__wrap > div.paging__item > a.paging__link: "1", "2", "Selanjutnya"). The sentence's announced list took
  the page numbers for its items, which kept them: the body read "…pemadaman:", "1", "2", then page 2's text.
- a WordPress theme's paged story (h228 L5d): page 1 is one paragraph, then "Berikut wilayah yang terdampak:" over
  `<div class="pagination"><ul><li><a>1</a></li><li><a>2</a></li><li><a>Selanjutnya</a></li></ul></div>`, page 2 three
  paragraphs. Page 1's main text was its one <p>, so the later pages were read "where page 1's story stood", that
  <p>: page 2's first paragraph only, its others lost with missing_pages []. The same with no announcing sentence.
  (7ca20ff, reverted, dropped the PRMN page numbers and so made page 1 one paragraph: the same loss.)
Numbers under an announcing sentence that link elsewhere (album years to their tag pages, emergency numbers as tel:
links) and a paged listicle's table of contents linking its own pages in words are the story's.
"""
from __future__ import annotations

import pytest

from inprocess import crawl_in_process
from replay import Route

QUIET = {"AUTOTHROTTLE_ENABLED": False}
ARTICLE = "https://www.pikiran-rakyat.com/bandung-raya/pr-015551234/jadwal-pemadaman-listrik-di-bandung-selasa-ini"
TITLE = "Jadwal Pemadaman Listrik di Bandung Selasa Ini"
LEDE = ("PIKIRAN RAKYAT - PLN Unit Induk Distribusi Jawa Barat mengumumkan pemeliharaan jaringan yang membuat listrik "
        "padam di sejumlah wilayah Bandung pada Selasa.")
SECOND = "Pemadaman berlangsung bergilir mulai pukul 08.00 hingga 15.00 WIB untuk penggantian peralatan jaringan."
ANNOUNCING = "Berikut daftar wilayah yang terdampak pemadaman:"
NOT_ANNOUNCING = "Daftar wilayah yang terdampak pemadaman ada di halaman berikutnya."
PAGE2 = ["ULP Bandung Utara: Jalan Setiabudi dan Jalan Cipaganti pukul 08.00-12.00 WIB.",
         "ULP Ujungberung: Jalan AH Nasution dan Pasir Impun pukul 10.00-15.00 WIB.",
         "PLN meminta maaf atas ketidaknyamanan ini dan mengimbau pelanggan menyiapkan penerangan cadangan."]


def _pager(page: int) -> str:
    links = [("1", ARTICLE), ("2", f"{ARTICLE}?page=2")]
    if page == 1:
        links.append(("Selanjutnya", f"{ARTICLE}?page=2"))
    else:
        links.insert(0, ("Sebelumnya", ARTICLE))
    items = "".join(f'<div class="paging__item"><a class="paging__link" href="{href}">{text}</a></div>'
                    for text, href in links)
    return f'<div class="paging paging--page clearfix"><div class="paging__wrap clearfix">{items}</div></div>'


def _page(page: int, paragraphs: list[str]) -> str:
    url = ARTICLE if page == 1 else f"{ARTICLE}?page={page}"
    body = "".join(f"<p>{text}</p>" for text in paragraphs)
    return f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>{TITLE} - Pikiran-Rakyat.com</title>
<link rel="canonical" href="{url}"><meta property="og:type" content="article"><meta property="og:title" content="{TITLE}">
<meta property="og:url" content="{url}">
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "{TITLE}",
"datePublished": "2022-06-14T07:30:00+07:00", "author": {{"@type": "Person", "name": "Nadia Puspa Lestari"}}}}</script>
</head><body><header class="header"><a href="https://www.pikiran-rakyat.com/">Pikiran Rakyat</a>
<nav class="nav"><a href="/bandung-raya">Bandung Raya</a><a href="/jawa-barat">Jawa Barat</a></nav></header>
<div class="main"><section class="read"><h1 class="read__title">{TITLE}</h1>
<div class="read__info"><div class="read__info__author">Penulis: <a href="https://www.pikiran-rakyat.com/author/nadia-puspa-lestari">Nadia Puspa Lestari</a></div>
<div class="read__info__date">- Selasa, 14 Juni 2022, 07:30 WIB</div></div>
<article class="read__content clearfix">{body}{_pager(page)}</article>
<div class="read__tagging"><span>Tags</span> <a href="/tag/pln">PLN</a></div></section></div>
<footer>&copy; 2022 Pikiran Rakyat Media Network</footer></body></html>"""


@pytest.mark.parametrize("spider", ["pikiranrakyat", "generic"])
@pytest.mark.parametrize("page1", [[LEDE, SECOND, ANNOUNCING], [LEDE, ANNOUNCING], [LEDE, SECOND, NOT_ANNOUNCING]],
                         ids=["announcing", "one-paragraph-announcing", "control"])
def test_the_pager_under_page_1s_announcing_sentence_is_no_list(spider: str, page1: list[str]) -> None:
    routes = {ARTICLE: Route(_page(1, page1)), f"{ARTICLE}?page=2": Route(_page(2, PAGE2))}
    result = crawl_in_process(spider, routes, f"url={ARTICLE}", settings=QUIET)
    [item] = result.items
    assert item["body"] == [*page1, *PAGE2]
    assert item["missing_pages"] == []


# The h228 probe's WordPress form, read by generic.
WP = "https://wartapriangan.com/2024/06/19/wilayah-pemadaman-listrik-bandung/"
WP_TITLE = "Wilayah Pemadaman Listrik di Bandung Kamis Ini"
WP_LEDE = ("BANDUNG - PLN UP3 Bandung mengumumkan pemadaman listrik bergilir di sejumlah wilayah pada Kamis untuk "
           "pemeliharaan jaringan tegangan menengah.")
WP_ANNOUNCING = "Berikut wilayah yang terdampak:"
WP_PAGES = [["Kecamatan Coblong: Jalan Dago dan Jalan Tubagus Ismail.",
             "Kecamatan Sukajadi: Jalan Setiabudi dan Jalan Sukagalih.",
             "Pemadaman di wilayah lain dijadwalkan pada Jumat."],
            ["Kecamatan Cidadap: Jalan Ciumbuleuit dan Jalan Hegarmanah.",
             "PLN meminta warga menyiapkan penerangan cadangan selama pemadaman berlangsung."]]


def _wp_url(page: int, form: str) -> str:
    if page == 1:
        return WP
    return f"{WP}?page={page}" if form == "query" else f"{WP}{page}/"


def _wp_pager(pages: int, page: int, form: str, shape: str) -> str:
    links = [(str(number), _wp_url(number, form)) for number in range(1, pages + 1)]
    if page < pages:
        links.append(("Selanjutnya", _wp_url(page + 1, form)))
    if shape == "list":
        items = "".join(f'<li><a href="{href}">{text}</a></li>' for text, href in links)
        return f'<div class="pagination"><ul>{items}</ul></div>'
    return '<div class="paging">' + "".join(
        f'<div class="paging__item"><a href="{href}">{text}</a></div>' for text, href in links) + "</div>"


def _wp_page(url: str, paragraphs: list[str], pager: str) -> str:
    body = "".join(f"<p>{text}</p>" for text in paragraphs)
    return f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>{WP_TITLE} - Warta Priangan</title>
<link rel="canonical" href="{url}"><meta property="og:type" content="article"><meta property="og:title" content="{WP_TITLE}">
<meta property="og:url" content="{url}"><meta property="article:published_time" content="2024-06-19T10:15:00+07:00">
</head><body><header class="site-header"><a href="https://wartapriangan.com/" rel="home">Warta Priangan</a>
<nav><a href="/bandung">Bandung</a><a href="/jabar">Jabar</a></nav></header>
<main><article class="post"><h1 class="entry-title">{WP_TITLE}</h1>
<div class="entry-content">{body}{pager}</div>
<div class="related"><h3>Berita Terkait</h3><ul><li><a href="/2024/06/18/gardu-induk-baru/">Gardu Induk Baru Diresmikan</a></li>
<li><a href="/2024/06/17/tarif-listrik/">Tarif Listrik Juli Tetap</a></li><li><a href="/2024/06/16/token/">Cara Isi Token</a></li></ul></div>
</article></main><footer>&copy; 2024 Warta Priangan</footer></body></html>"""


@pytest.mark.parametrize("shape", ["list", "blocks"])  # <ul><li><a>…; each link a block of its own
@pytest.mark.parametrize(("page1", "pages", "form"), [
    ([WP_LEDE, WP_ANNOUNCING], 2, "query"),  # h228 L5d
    ([WP_LEDE], 2, "query"),
    ([WP_LEDE, WP_ANNOUNCING], 3, "query"),
    ([WP_LEDE, WP_ANNOUNCING], 2, "slash"),
], ids=["announcing", "one-paragraph", "three-pages", "slash-pages"])
def test_a_one_paragraph_page_1s_later_pages_are_read_whole(page1: list[str], pages: int, form: str,
                                                           shape: str) -> None:
    routes = {WP: Route(_wp_page(WP, page1, _wp_pager(pages, 1, form, shape)))}
    for page in range(2, pages + 1):
        url = _wp_url(page, form)
        routes[url] = Route(_wp_page(url, WP_PAGES[page - 2], _wp_pager(pages, page, form, shape)))
    result = crawl_in_process("generic", routes, f"url={WP}", settings=QUIET)
    [item] = result.items
    assert item["body"] == [*page1, *[text for later in WP_PAGES[:pages - 1] for text in later]]
    assert item["missing_pages"] == []


ALBUMS = ["19", "21", "25", "30"]
SPOTS = ["Farmhouse Lembang", "Floating Market Lembang", "Tebing Keraton"]


@pytest.mark.parametrize(("announcing", "items", "hrefs"), [
    ("Sepanjang kariernya, Adele telah merilis empat album studio berikut:", ALBUMS,
     [f"/tag/album-{album}" for album in ALBUMS]),
    ("Warga yang membutuhkan bantuan dapat menghubungi nomor darurat berikut:", ["110", "112", "113"],
     ["tel:110", "tel:112", "tel:113"]),
    # a paged listicle's table of contents: words linking the article's own pages
    ("Berikut tiga destinasi wisata yang bisa dikunjungi:", SPOTS, [f"{WP}?page={n}" for n in (2, 3, 4)]),
], ids=["album-years-to-tags", "tel-numbers", "own-page-contents"])
def test_numbers_and_contents_under_an_announcing_sentence_stay(announcing: str, items: list[str],
                                                                hrefs: list[str]) -> None:
    listed = "<ul>" + "".join(f'<li><a href="{href}">{text}</a></li>' for text, href in zip(items, hrefs)) + "</ul>"
    page = _wp_page(WP, [WP_LEDE, announcing], "").replace(f"<p>{announcing}</p>", f"<p>{announcing}</p>{listed}")
    result = crawl_in_process("generic", {WP: Route(page)}, f"url={WP}", settings=QUIET)
    [item] = result.items
    assert item["body"][:2 + len(items)] == [WP_LEDE, announcing, *items]


# h238 N16: the one paragraph of page 1 sits in the story's own box (<div class="txt-detail"><p>), and the box's
# parent also holds the page's related cards (a linked headline, a date and a teaser per card). Later pages are read
# from the story's box: reading them from its parent joined every card's teaser and date into the story.
CARDS = ['<div class="item"><h4><a href="https://wartapriangan.com/2024/06/18/gardu-induk-baru/">Gardu Induk Baru '
         'Diresmikan</a></h4><span class="tgl">18 Juni 2024</span><p>Gardu induk berkapasitas 60 MVA itu diharapkan '
         'memperkuat pasokan listrik di timur Bandung.</p></div>',
         '<div class="item"><h4><a href="https://wartapriangan.com/2024/06/17/tarif-listrik/">Tarif Listrik Juli '
         'Tetap</a></h4><span class="tgl">17 Juni 2024</span><p>Pemerintah memutuskan tarif listrik 13 golongan '
         'pelanggan nonsubsidi tidak berubah.</p></div>']


@pytest.mark.parametrize("pages", [2, 3])
def test_later_pages_are_read_from_the_story_box_not_beside_its_cards(pages: int) -> None:
    def page(number: int, paragraphs: list[str]) -> str:
        url = _wp_url(number, "query")
        box = ('<div class="content-detail"><h1 class="judul">' + WP_TITLE + '</h1>'
               '<div class="tanggal">Rabu, 19 Juni 2024 10:15 WIB</div><div class="txt-detail">'
               + "".join(f"<p>{text}</p>" for text in paragraphs) + "</div>"
               + _wp_pager(pages, number, "query", "list")
               + '<div class="list-berita"><h3>Berita Lainnya</h3>' + "".join(CARDS) + "</div></div>")
        return _wp_page(url, [], "").replace('<div class="entry-content"></div>', box)
    later = [[WP_PAGES[0][0]], [WP_PAGES[1][0]]][:pages - 1]
    routes = {WP: Route(page(1, [WP_LEDE]))}
    for number, paragraphs in enumerate(later, start=2):
        routes[_wp_url(number, "query")] = Route(page(number, paragraphs))
    result = crawl_in_process("generic", routes, f"url={WP}", settings=QUIET)
    [item] = result.items
    assert item["body"] == [WP_LEDE, *[text for paragraphs in later for text in paragraphs]]
    assert item["missing_pages"] == []
