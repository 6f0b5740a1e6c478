"""A site's own byline selector also matches other stories' cards: only the story's byline is its author (h214 probe,
reconstructed).

Real form (metrotvnews.com, rules ``authors = ["p.pt-20.date"]``): the story's header holds
``<div class="title-news"><h1>BMKG Prediksi …</h1><p class="pt-20 date">Fachri Audhia Hafiez &bull; 17 Juli 2023
16:21</p></div>``, and the "Berita Terkait" list under the story reuses the class in each card
``<div class="list-news"><h3>Berita Terkait</h3><div class="item"><div class="text"><h3><a href="/read/K5nCGwQr-…">El
Nino Moderat Bayangi Produksi Padi</a></h3><p class="pt-20 date">Insi Nantika Jelita &bull; 14 Juli 2023 09:05</p>
</div></div>…</div>`` (real CMS templates reuse their date and byline classes in cards). Every match of a site's
selector was read: the spider gave ['Fachri Audhia Hafiez', 'Insi Nantika Jelita', 'Ahmad Mustaqim']; generic, reading
no site selector, gave the writer alone. Now (dom.story_bylines) a match in another story's teaser card is never the
story's writer; one in a box marked beside the story (related list, sidebar, widget) is not while a match stands
outside such boxes; and one past the end of the site's body container under a heading (a "Berita Lainnya" section
whose cards' titles are photos, no linked headline) is not while a match stands in or before the body. Two names in
the header stay two writers, and a site whose selector names its sidebar's writer list alone (The Conversation's
``aside.content-sidebar``, h167) keeps it.
"""
from __future__ import annotations

import pytest
from parsel import Selector

from inprocess import crawl_in_process
from newscrawl.extract import author_texts
from replay import Route

URL = "https://www.metrotvnews.com/read/NgxCZ4Dp-bmkg-prediksi-puncak-kemarau-2023-terjadi-agustus"
TITLE = "BMKG Prediksi Puncak Kemarau 2023 Terjadi Agustus"
BYLINE = '<p class="pt-20 date">Fachri Audhia Hafiez &bull; 17 Juli 2023 16:21</p>'
TWO_WRITERS = ('<p class="pt-20 date">Fachri Audhia Hafiez &bull; 17 Juli 2023 16:21</p>'
               '<p class="pt-20 date">Insi Nantika Jelita &bull; 17 Juli 2023 16:21</p>')


def card(code: str, title: str, writer: str, day: int, linked_title: bool = True) -> str:
    heading = (f'<h3><a href="https://www.metrotvnews.com/read/{code}-judul">{title}</a></h3>' if linked_title
               else f'<a href="https://www.metrotvnews.com/read/{code}-judul"><img src="/{code}.jpg" alt=""></a>')
    return (f'<div class="item"><div class="text">{heading}<p class="pt-20 date">{writer} &bull; {day} Juli 2023 09:05'
            f'</p></div></div>')


CARDS = (card("K5nCGwQr", "El Nino Moderat Bayangi Produksi Padi", "Insi Nantika Jelita", 14)
         + card("bD2CX3ya", "Warga Gunungkidul Mulai Beli Air Bersih", "Ahmad Mustaqim", 12))
# The real page's list: linked h3 titles (teaser cards).
RELATED = f'<div class="list-news"><h3>Berita Terkait</h3>{CARDS}</div>'
# The same cards with photos for titles, under a heading, in a box no class marks: past the story's end.
PHOTO_CARDS = ('<div class="list-news"><h3>Berita Lainnya</h3>'
               + card("K5nCGwQr", "", "Insi Nantika Jelita", 14, linked_title=False)
               + card("bD2CX3ya", "", "Ahmad Mustaqim", 12, linked_title=False) + '</div>')
# Photo cards in a box whose class says it lists other stories, beside the story.
MARKED_BOX = ('<div class="box-populer">' + card("K5nCGwQr", "", "Insi Nantika Jelita", 14, linked_title=False)
              + '</div>')


def paragraphs() -> str:
    return "".join(f"<p>Paragraf {i}: BMKG memprediksi puncak musim kemarau 2023 terjadi pada Agustus, dengan curah "
                   "hujan di bawah normal di sebagian besar wilayah Indonesia.</p>" for i in range(4))


def page(header: str = BYLINE, under: str = RELATED, side: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="id"><head><meta charset="UTF-8"><title>{TITLE}</title>'
            f'<meta property="og:title" content="{TITLE}"><meta property="og:site_name" content="metrotvnews.com">'
            f'<meta property="article:published_time" content="2023-07-17T16:21:00+07:00"></head><body>'
            f'<div class="container"><div class="row"><div class="col-lg-8">'
            f'<div class="title-news"><h1>{TITLE}</h1>{header}</div>'
            f'<div class="news-text">{paragraphs()}</div>'
            f'<div class="tag-news"><a href="https://www.metrotvnews.com/tag/bmkg">bmkg</a></div>{under}</div>'
            f'<div class="col-lg-4">{side}</div></div></div>'
            f'<footer><p>Copyright &copy; 2023 Metrotvnews.com</p></footer></body></html>')


def site_bylines(html: str, css: str = "p.pt-20.date", body: str = ".news-text") -> list[str]:
    selector = Selector(text=html)
    return author_texts(selector, [css], lambda: [node.root for node in selector.css(body)])


FADLI = "Fachri Audhia Hafiez • 17 Juli 2023 16:21"


@pytest.mark.parametrize("html, expected", [
    (page(), [FADLI]),                                            # the real page: "Berita Terkait" teaser cards
    (page(under=PHOTO_CARDS), [FADLI]),                           # cards past the body's end, under a heading
    (page(under="", side=MARKED_BOX), [FADLI]),                   # a box marked as a list of other stories
    (page(under=RELATED + PHOTO_CARDS, side=MARKED_BOX), [FADLI]),  # all three
    (page(header=TWO_WRITERS), [FADLI, "Insi Nantika Jelita • 17 Juli 2023 16:21"]),  # two writers in the header
    (page(header=""), []),                                        # no byline: no card's writer (the page is read)
    (page(under=""), [FADLI]),                                    # no cards: unchanged
], ids=["related-teasers", "photo-cards-after-body", "marked-box", "all-boxes", "two-writers", "no-byline", "plain"])
def test_site_selector_reads_the_storys_byline_only(html: str, expected: list[str]) -> None:
    assert site_bylines(html) == expected


def test_a_byline_after_the_body_inside_the_storys_article_stays() -> None:
    """The story's <article> holding a second credit under its text, after a heading ("Penulis"), is the story's."""
    html = ('<html><body><article><h1>Judul</h1><span class="author">Fachri Audhia Hafiez</span>'
            f'<div class="news-text">{paragraphs()}</div><h3>Penulis</h3><span class="author">Insi Nantika Jelita</span>'
            '</article></body></html>')
    assert site_bylines(html, "span.author") == ["Fachri Audhia Hafiez", "Insi Nantika Jelita"]


def test_a_sidebar_byline_the_selector_names_alone_stays() -> None:
    """The Conversation's form (h167): the writers listed in the story's sidebar, the only matches, are its byline."""
    html = ('<html><body><h1>Banjir Kalimantan Selatan</h1><div itemprop="articleBody">' + paragraphs() + '</div>'
            '<aside class="content-sidebar"><ul class="authors"><li class="author"><a rel="author" '
            'href="https://theconversation.com/profiles/rina-1">Rina Kartika Sari</a><p class="role">Dosen</p></li>'
            '<li class="author"><a rel="author" href="https://theconversation.com/profiles/budi-2">Budi Hartono</a>'
            '<p class="role">Peneliti</p></li></ul></aside></body></html>')
    assert site_bylines(html, "a[rel=author]", "div[itemprop=articleBody]") == ["Rina Kartika Sari", "Budi Hartono"]


def test_metrotvnews_spider_takes_the_writer_not_the_cards_writers() -> None:
    html = page(under=RELATED, side=MARKED_BOX)
    result = crawl_in_process("metrotvnews", {URL: Route(html.encode(), headers={
        "Content-Type": "text/html; charset=utf-8"})}, f"url={URL}", settings={"AUTOTHROTTLE_ENABLED": False})
    [item] = result.items
    assert item["authors"] == ["Fachri Audhia Hafiez"]
    assert item["title"] == TITLE
