"""An author mark in a box beside the story is no byline of the story (h166 probe, reconstructed).

Real forms: a "Baca Juga" card after the story, another story's headline link over its writer's author link
(``<div class="related-post"><h3>Baca Juga</h3><div class="card"><a href="/berita/…">Harga Cabai Naik Jelang
Iduladha</a><div class="author"><img …><a rel="author" href="/penulis/dedi-sofian">Dedi Sofian</a></div></div></div>``),
and a sidebar's "Kolom" box teasing a column (``<aside class="sidebar-kolom"><h3>Kolom</h3><div class="author-box">
<img …><span class="author-name">Oleh: Rhenald Kasali</span><a href="/kolom/…">Disrupsi Pasar Tradisional</a></div>
</aside>``). On a story whose own sources name nobody, generic read them as its byline: ['Dedi Sofian'] (its
``a[rel='author']`` mark) and ['Rhenald Kasali'] (the labelled byline nearest the body) on a one-page story, and, since
a later page is read for the authors page 1 lacks (dd40d53), the same from page 2 of a paged one, where boxes after
the story's end stand. The page-scanning author sources (rel=author / microdata marks, byline-hinted elements,
labelled credit lines, author cards, the labelled byline by the main text) now skip elements in such a box
(dom.in_side_box); a writer's own card under the story (``<aside class="author-box">``), a byline in the article's
<header>, in its own <aside> or in a page builder's meta widget stays the byline.
"""
from __future__ import annotations

import pytest
from lxml import html as lxml_html
from parsel import Selector

from inprocess import crawl_in_process
from newscrawl.dom import in_side_box
from newscrawl.fields.authors import author_card_credit, credited_people, hinted_bylines, marked_authors
from newscrawl.maintext import extract_main_text
from replay import Route

QUIET = {"AUTOTHROTTLE_ENABLED": False}
URL = "https://m.jpnn.com/news/warga-tolak-relokasi-pasar"
PAGE_2 = f"{URL}?page=2"
TITLE = "Warga Tolak Relokasi Pasar Induk"

RELATED_CARD = ('<div class="related-post"><h3>Baca Juga</h3><div class="card"><a href="/berita/2025/06/11/harga-cabai">'
                'Harga Cabai Naik Jelang Iduladha</a><div class="author"><img src="/a.jpg" alt=""><a rel="author" '
                'href="/penulis/dedi-sofian">Dedi Sofian</a></div></div></div>')
# The same card with no class naming its box: its headline link makes it another story's teaser (dom.in_teaser).
PLAIN_CARD = ('<div class="box"><div class="card"><a href="/berita/2025/06/11/harga-cabai">Harga Cabai Naik Jelang '
              'Iduladha</a><div class="author"><a rel="author" href="/penulis/dedi-sofian">Dedi Sofian</a></div></div>'
              '</div>')
COLUMN_BOX = ('<aside class="sidebar-kolom"><h3>Kolom</h3><div class="author-box"><img src="/k.jpg">'
              '<span class="author-name">Oleh: Rhenald Kasali</span><a href="/kolom/2025/06/10/disrupsi">Disrupsi Pasar '
              'Tradisional</a></div></aside>')
# A sidebar's columnist card with its bio, and a related card's credit line: an author card's and a credit's forms.
SIDEBAR_CARD = ('<div class="sidebar"><div class="author-card"><img src="/k.jpg"><strong>Penulis: Rhenald Kasali'
                '</strong><p>Rhenald Kasali adalah guru besar manajemen yang menulis kolom mingguan.</p></div></div>')
RELATED_CREDITS = ('<div class="berita-terkait"><ul><li><a href="/berita/2025/06/11/harga-cabai">Harga Cabai Naik '
                   'Jelang Iduladha</a><div class="kredit">Penulis: Dedi Sofian | Editor: Rina Marlina</div></li></ul></div>')
WIDGET = ('<section class="widget widget_recent_entries"><div class="post-author"><a href="/author/dedi-sofian">'
          'Dedi Sofian</a></div></section>')
CREDIT_BOX = '<div class="redaktur">Redaktur : Soetomo Samsu<br>Reporter : Rahmat Hidayat</div>'
OWN_CARD = ('<aside class="author-box"><img src="/r.jpg"><strong>Penulis: Rahmat Hidayat</strong><p>Rahmat Hidayat '
            'adalah wartawan ekonomi yang meliput pasar dan perdagangan.</p></aside>')


def paragraphs(word: str) -> str:
    return "".join(f"<p>Paragraf {word} nomor {i} tentang pedagang pasar yang menolak dipindahkan ke lokasi "
                   "penampungan sementara oleh pemerintah kota karena dinilai terlalu jauh.</p>" for i in range(4))


def html_page(text: str, under: str = "", side: str = "", above: str = "", pager: bool = True) -> str:
    links = (f'<div class="pagination"><ul><li><a href="{URL}">1</a></li><li><a href="{PAGE_2}">2</a></li></ul></div>'
             if pager else "")
    return (f'<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>{TITLE} - JPNN.com</title>'
            f'<meta property="og:title" content="{TITLE}"><meta property="og:site_name" content="JPNN.com"></head>'
            f'<body><header class="header-mobile"><a href="http://m.jpnn.com" class="logo">JPNN.com</a></header>'
            f'<div class="page-content"><h1 class="title">{TITLE}</h1>'
            f'<div class="date">Kamis, 12 Juni 2025 &ndash; 14:20 WIB</div>{above}'
            f'<div itemprop="articleBody">{text}</div>{under}{links}</div>{side}'
            f"<footer><p>&copy; 2025 JPNN.com</p></footer></body></html>")


def route(html: str) -> Route:
    return Route(html.encode(), headers={"Content-Type": "text/html; charset=utf-8"})


def root_of(html: str):
    return lxml_html.fromstring(html)


# ---------------------------------------------------------------- the test itself: which boxes are beside the story

def _first(root, xpath: str):
    [element] = root.xpath(xpath)
    return element


@pytest.mark.parametrize(("html", "inside"), [
    (html_page(paragraphs("awal"), under=RELATED_CARD), True),                       # a related box's card
    (html_page(paragraphs("awal"), under=PLAIN_CARD), True),                         # another story's teaser
    (html_page(paragraphs("awal"), side=COLUMN_BOX), True),                          # a sidebar's aside
    (html_page(paragraphs("awal"), side=WIDGET.replace("a href", 'a rel="author" href')), True),  # a WP widget
    (html_page(paragraphs("awal"), side='<aside><div class="author"><a rel="author" href="/penulis/x">Dedi Sofian'
                                        '</a></div></aside>'), True),              # an aside outside any article
    # the story's own: its header, its writer's card in an aside, an aside of its <article>, a page builder's widget
    (html_page(paragraphs("awal"), above='<div class="author"><a rel="author" href="/penulis/x">Rahmat Hidayat</a>'
                                         '</div>'), False),
    (html_page(paragraphs("awal"), under=OWN_CARD.replace("<strong>", '<strong rel="author">')), False),
    ('<html><body><article><h1>Warga Tolak Relokasi Pasar Induk</h1><aside class="entry-meta"><a rel="author" '
     f'href="/penulis/x">Rahmat Hidayat</a></aside>{paragraphs("awal")}</article></body></html>', False),
    ('<html><body><div class="elementor-widget elementor-widget-theme-post-title"><h1>Warga Tolak Relokasi Pasar '
     'Induk</h1></div><div class="elementor-widget elementor-widget-post-info"><a rel="author" href="/author/x">Rahmat '
     'Hidayat</a></div><div class="elementor-widget elementor-widget-theme-post-content">'
     f'{paragraphs("awal")}</div></body></html>', False),
    # a wrapper named for its sidebar that holds the story (Genesis' content-sidebar-wrap) is the story's
    ('<html><body><div class="content-sidebar-wrap"><main><h1>Warga Tolak Relokasi Pasar Induk</h1><div class="byline">'
     f'<a rel="author" href="/author/x">Rahmat Hidayat</a></div>{paragraphs("awal")}</main></div></body></html>', False),
    # (h169 probe) Blogger's post widget ("widget Blog") holding the post's title and body (its text <br>-separated, no
    # <p>), the blog's name the page's h1; a theme without <article> whose meta aside stands right under the headline
    ('<html><body><header><div class="widget Header"><h1 class="title"><a href="/">Berita Kaltim Online</a></h1></div>'
     '</header><div class="widget Blog" id="Blog1"><div class="post hentry"><h3 class="post-title entry-title">Warga '
     'Tolak Relokasi Pasar Induk</h3><div class="post-body entry-content">Paragraf satu tentang pedagang.<br><br>'
     'Paragraf dua tentang pedagang.</div><div class="post-footer">Diposting oleh <a rel="author" href="https://www.'
     'blogger.com/profile/1">Andi Saputra</a></div></div></div></body></html>', False),
    ('<html><body><div id="content"><div class="post"><h1 class="post-title">Warga Tolak Relokasi Pasar Induk</h1>'
     '<aside class="meta"><span class="author">Oleh <a rel="author" href="/author/andi">Andi Saputra</a></span></aside>'
     f'<div class="entry">{paragraphs("awal")}</div></div></div></body></html>', False),
    ('<html><body><main><h1>Warga Tolak Relokasi Pasar Induk</h1>'
     f'<div class="entry-content">{paragraphs("awal")}</div><div class="widget-author-box"><h4>'
     '<a rel="author" href="/author/r">Rahmat Hidayat</a></h4><p>Rahmat Hidayat adalah wartawan ekonomi.</p></div>'
     '</main></body></html>', False),
    # (h170 probe: ColorMag's footer credit) the site's footer is beside the story; a post's own <footer> holds its byline
    ('<html><body><div id="page"><article><h1>Warga Tolak Relokasi Pasar Induk</h1>'
     f'<div class="entry-content">{paragraphs("awal")}</div></article><footer id="colophon" class="site-footer"><div '
     'class="site-info">Theme: ColorMag by <a rel="author" href="https://themegrill.com/">ThemeGrill</a>.</div>'
     '</footer></div></body></html>', True),
    ('<html><body><div class="post"><h1>Warga Tolak Relokasi Pasar Induk</h1>'
     f'<div class="entry-content">{paragraphs("awal")}</div><footer class="entry-footer">Oleh <a rel="author" '
     'href="/author/a">Andi Saputra</a></footer></div></body></html>', False),
    # (h171 probe) a theme with no <article>: the post's own <footer> by its headline holds its byline
    ('<html><body><div id="wrap"><div id="content"><div class="post"><h1>Warga Tolak Relokasi Pasar Induk</h1>'
     f'{paragraphs("awal")}<footer class="meta">Oleh <a rel="author" href="/author/a">Andi Saputra</a></footer></div>'
     '</div></div></body></html>', False),
], ids=["related-card", "plain-teaser", "sidebar-aside", "wp-widget", "bare-aside", "own-byline", "own-card-aside",
        "article-aside", "elementor-meta-widget", "sidebar-wrapper", "blogger-post-widget", "meta-aside-under-h1",
        "widget-author-box", "site-footer", "post-footer", "post-footer-no-article"])
def test_in_side_box(html, inside):
    root = root_of(html)
    assert in_side_box(_first(root, "//*[@rel='author' or @class='author-name']")) is inside


# ---------------------------------------------------------------- each page-scanning source skips the boxes

STORY = paragraphs("awal")


@pytest.mark.parametrize("box", [{"under": RELATED_CARD}, {"under": PLAIN_CARD}, {"side": COLUMN_BOX},
                                 {"side": WIDGET}], ids=["related", "teaser", "column", "widget"])
def test_the_byline_marks_of_a_box_beside_the_story_name_no_one(box):
    root = root_of(html_page(STORY, **box))
    assert marked_authors(root) == []
    assert hinted_bylines(root, ["JPNN.com"], writers_only=True) == []


def test_a_related_cards_credit_line_and_a_sidebars_author_card_credit_no_one():
    html = html_page(STORY, under=RELATED_CREDITS, side=SIDEBAR_CARD)
    assert credited_people(root_of(html), html) == ([], [])
    assert author_card_credit(root_of(html), html, ["JPNN.com"]) == []
    # the story's own credit box and its writer's card under it still credit
    own = html_page(STORY, under=CREDIT_BOX + OWN_CARD + RELATED_CREDITS, side=SIDEBAR_CARD)
    assert credited_people(root_of(own), own) == (["Soetomo Samsu"], ["Rahmat Hidayat"])
    assert author_card_credit(root_of(own), own, ["JPNN.com"]) == ["Rahmat Hidayat"]


def test_the_labelled_byline_by_the_main_text_skips_a_sidebars_column_box():
    assert extract_main_text(Selector(text=html_page(STORY, side=COLUMN_BOX))).byline == []
    above = '<div class="reporter">Oleh: Rahmat Hidayat</div>'
    assert extract_main_text(Selector(text=html_page(STORY, above=above, side=COLUMN_BOX))).byline == ["Rahmat Hidayat"]


# ---------------------------------------------------------------- the spiders: one page, and page 2 of a paged story

def crawl(spider: str, routes: dict[str, str]) -> tuple[dict, dict]:
    result = crawl_in_process(spider, {url: route(html) for url, html in routes.items()}, f"url={URL}", settings=QUIET)
    [item] = result.items
    return item, result.stats


BOXES = {"related-card": {"under": RELATED_CARD}, "column-box": {"side": COLUMN_BOX}}


@pytest.mark.parametrize("spider", ["generic", "jpnn"])
@pytest.mark.parametrize("box", BOXES.values(), ids=BOXES.keys())
def test_a_one_page_story_with_a_box_beside_it_names_no_author(spider, box):
    item, _ = crawl(spider, {URL: html_page(STORY, pager=False, **box)})
    assert item["authors"] == [] and len(item["body"]) == 4


@pytest.mark.parametrize("spider", ["generic", "jpnn"])
@pytest.mark.parametrize("box", BOXES.values(), ids=BOXES.keys())
def test_page_2s_box_beside_the_story_names_no_author_page_1_lacks(spider, box):
    item, stats = crawl(spider, {URL: html_page(STORY), PAGE_2: html_page(paragraphs("lanjutan"), **box)})
    assert item["authors"] == [] and len(item["body"]) == 8
    assert not stats.get("newscrawl/authors/from_later_page")


@pytest.mark.parametrize("spider", ["generic", "jpnn"])
def test_page_2s_credit_box_names_the_author_over_a_related_card_beside_it(spider):
    """The story's own credit box on its last page, a related card and a sidebar column after it: the credit's
    reporter, no name of the boxes."""
    page_2 = html_page(paragraphs("lanjutan"), under=CREDIT_BOX + RELATED_CARD, side=COLUMN_BOX)
    item, stats = crawl(spider, {URL: html_page(STORY), PAGE_2: page_2})
    assert item["authors"] == ["Rahmat Hidayat"] and len(item["body"]) == 8
    assert stats.get("newscrawl/authors/from_later_page") == 1
