"""A site's own byline selector matching after the story's body: a list of other stories' cards is no author, a credit
line or an about-the-authors box is (h220 probe, reconstructed; narrows the h214 rule of tests/test_site_byline_cards).

Real forms (reconstructed):
- rri.co.id (rules ``authors = [".author"]``, body ``.post_details_inner``), no <article>: the header's
  ``<div class="author">Penulis: Andi Saputra</div>``, and after the body a tags box ``<div class="tags"><h3>Tag</h3>…
  </div>`` then ``<div class="author">Kontributor: Rina Anggraeni</div>``. The h214 rule dropped every match past the
  body's end under a heading outside the <article>: the spider gave ['Andi Saputra'] (Rina, a co-writer, lost).
- katadata.co.id (``.detail-author-name``, body ``.detail-main``): the header names one writer, and a "Tentang Penulis"
  box under the body (an h3 over one card per writer) lists both: the spider kept the header's writer only.
- metrotvnews.com (``p.pt-20.date``, body ``.news-text``): the "Berita Lainnya" h2 and its photo cards INSIDE the
  story's <article> (``<div class="col-md-4 news-card"><a href="/read/…"><img></a><h3 class="title">Harga Emas …</h3>
  <p class="pt-20 date">Insi Nantika Jelita &bull; 14 Juli 2023</p></div>``: the title unlinked, the link on the
  image), which the h214 rule left alone (inside the story's <article>): the spider gave the cards' writers too.
Now (dom.story_bylines -> _other_stories_cards) the matches past the body are dropped only as a list of cards: two
or more, each in its own sibling card, none naming a writer the header's match names; inside the story's <article>
each card must also hold a heading and a link of its own.
"""
from __future__ import annotations

import pytest
from parsel import Selector

from inprocess import crawl_in_process
from newscrawl.extract import author_texts
from replay import Route

TITLE = "BI Tahan Suku Bunga Acuan di 6,25 Persen"
BODY = "".join(f"<p>Paragraf {i}: Bank Indonesia mempertahankan suku bunga acuan BI-Rate di level 6,25 persen pada "
               "Rapat Dewan Gubernur yang berakhir Rabu, kata Gubernur Perry Warjiyo.</p>" for i in range(4))


def bylines(html: str, css: str, body: str) -> list[str]:
    selector = Selector(text=html)
    return author_texts(selector, [css], lambda: [node.root for node in selector.css(body)])


def rri(after: str, article: bool = False) -> str:
    box = "article" if article else "div"
    return (f'<html><body><{box} class="post"><h1>{TITLE}</h1><div class="author">Penulis: Andi Saputra</div>'
            f'<div class="date">Kamis, 20 Jun 2024 15:30</div><div class="post_details_inner">{BODY}</div>{after}'
            f'<div class="share">Bagikan</div></{box}></body></html>')


TAGS = '<div class="tags"><h3>Tag</h3><a href="/tag/bi">BI</a></div>'
CONTRIBUTOR = '<div class="author">Kontributor: Rina Anggraeni</div>'


def rri_card(code: str, writer: str) -> str:
    return (f'<div class="item"><a href="https://rri.co.id/nasional/{code}/judul"><img src="/{code}.jpg" alt=""></a>'
            f'<div class="author">{writer}</div></div>')


RRI_CARDS = ('<div class="lainnya"><h3>Berita Lainnya</h3>' + rri_card("1001", "Budi Santoso")
             + rri_card("1002", "Dewi Lestari") + '</div>')


def katadata(cards: str) -> str:
    return (f'<html><body><div class="container"><div class="detail"><h1 class="detail-title">{TITLE}</h1>'
            '<div class="detail-author"><span class="detail-author-name">Andi Saputra</span></div>'
            f'<div class="detail-date">20 Juni 2024, 15.30</div><div class="detail-main">{BODY}</div>'
            f'<div class="detail-tag"><a href="/tag/bi-rate">BI Rate</a></div>{cards}</div></div></body></html>')


def writer_card(name: str, role: str) -> str:
    return (f'<div class="penulis-card"><img src="/{name[0]}.jpg" alt=""><span class="detail-author-name">{name}</span>'
            f'<p>{role}</p></div>')


ABOUT = ('<div class="box-penulis"><h3>Tentang Penulis</h3>' + writer_card("Andi Saputra", "Reporter ekonomi makro.")
         + writer_card("Rina Anggraeni", "Reporter pasar keuangan.") + '</div>')
# The same box's shape listing two other writers' cards (no repeat of the header's writer): other stories' cards.
OTHERS = ('<div class="box-penulis"><h3>Berita Lainnya</h3>' + writer_card("Budi Santoso", "Pasar modal.")
          + writer_card("Dewi Lestari", "Perbankan.") + '</div>')


def metrotv(cards: str) -> str:
    return (f'<html><body><article class="content"><h1>{TITLE}</h1>'
            '<p class="pt-20 date">Fachri Audhia Hafiez &bull; 20 Juni 2024 15:30</p>'
            f'<div class="news-text">{BODY}</div>{cards}</article></body></html>')


def photo_card(code: str, title: str, writer: str) -> str:
    return (f'<div class="col-md-4 news-card"><a href="https://www.metrotvnews.com/read/{code}-judul">'
            f'<img src="/{code}.jpg" alt=""></a><h3 class="title">{title}</h3>'
            f'<p class="pt-20 date">{writer} &bull; 14 Juli 2023 10:21</p></div>')


PHOTO_CARDS = ('<h2>Berita Lainnya</h2><div class="row">'
               + photo_card("1x", "Harga Emas Antam Turun Rp1.000 Hari Ini", "Insi Nantika Jelita")
               + photo_card("2x", "Harga Emas Antam Turun Rp2.000 Hari Ini", "Ahmad Mustaqim") + '</div>')
# Cards in the story's <article> without a heading of their own: no list of other stories' cards is told.
NO_HEADING_CARDS = PHOTO_CARDS.replace('<h3 class="title">', '<div class="title">').replace("</h3>", "</div>")
FACHRI = "Fachri Audhia Hafiez • 20 Juni 2024 15:30"
RRI = (".author", ".post_details_inner")
KATADATA = (".detail-author-name", ".detail-main")
METROTV = ("p.pt-20.date", ".news-text")


@pytest.mark.parametrize("html, rules, expected", [
    # h220 b4: a single labelled credit line after a tags box (h3) under the body, no <article>: the story's
    (rri(TAGS + CONTRIBUTOR), RRI, ["Penulis: Andi Saputra", "Kontributor: Rina Anggraeni"]),
    (rri(CONTRIBUTOR + TAGS), RRI, ["Penulis: Andi Saputra", "Kontributor: Rina Anggraeni"]),  # before the tags
    (rri(TAGS + CONTRIBUTOR, article=True), RRI, ["Penulis: Andi Saputra", "Kontributor: Rina Anggraeni"]),
    # h220 b2: "Tentang Penulis" cards after the body repeating the header's writer: the story's writers
    (katadata(ABOUT), KATADATA, ["Andi Saputra", "Andi Saputra", "Rina Anggraeni"]),
    # the h214 class still holds: other stories' photo cards after the body, under a heading, outside an <article>
    (rri(TAGS + RRI_CARDS), RRI, ["Penulis: Andi Saputra"]),
    (katadata(OTHERS), KATADATA, ["Andi Saputra"]),
    # h220 m1: metrotvnews "Berita Lainnya" photo cards inside the story's <article> (unlinked h3, linked image)
    (metrotv(PHOTO_CARDS), METROTV, [FACHRI]),
    # ... cards with no heading of their own inside the <article>: nothing tells them from the story's
    (metrotv(NO_HEADING_CARDS), METROTV,
     [FACHRI, "Insi Nantika Jelita • 14 Juli 2023 10:21", "Ahmad Mustaqim • 14 Juli 2023 10:21"]),
    # ... one such card alone is no list
    (metrotv('<h2>Berita Lainnya</h2><div class="row">' + photo_card("1x", "Harga Emas", "Insi Nantika Jelita")
             + '</div>'), METROTV, [FACHRI, "Insi Nantika Jelita • 14 Juli 2023 10:21"]),
    # ... cards that repeat the story's writer (an about-the-authors box in the <article>) stay
    (metrotv('<h2>Penulis</h2><div class="row">' + photo_card("p1", "Profil", "Fachri Audhia Hafiez")
             + photo_card("p2", "Profil", "Insi Nantika Jelita") + '</div>'), METROTV,
     [FACHRI, "Fachri Audhia Hafiez • 14 Juli 2023 10:21", "Insi Nantika Jelita • 14 Juli 2023 10:21"]),
], ids=["rri-contributor-after-tags", "rri-contributor-before-tags", "rri-contributor-in-article",
        "katadata-about-the-authors", "rri-other-stories-cards", "katadata-other-writers-cards",
        "metrotv-photo-cards-in-article", "metrotv-cards-without-headings", "metrotv-one-card",
        "metrotv-writer-cards-in-article"])
def test_site_selector_after_the_body(html: str, rules: tuple[str, str], expected: list[str]) -> None:
    assert bylines(html, *rules) == expected


@pytest.mark.parametrize("spider, url, html, expected", [
    ("rri", "https://rri.co.id/nasional/ekonomi/789012/bi-tahan-suku-bunga-acuan-di-625-persen", rri(TAGS + CONTRIBUTOR),
     ["Andi Saputra", "Rina Anggraeni"]),
    ("katadata", "https://katadata.co.id/finansial/makro/6673b2c3d4e5f/bi-tahan-suku-bunga-acuan-di-625-persen",
     katadata(ABOUT), ["Andi Saputra", "Rina Anggraeni"]),
    ("metrotvnews", "https://www.metrotvnews.com/read/kWDCVrEa-bi-tahan-suku-bunga-acuan-di-6-25-persen",
     metrotv(PHOTO_CARDS), ["Fachri Audhia Hafiez"]),
], ids=["rri", "katadata", "metrotvnews"])
def test_site_spiders_read_the_storys_writers(spider: str, url: str, html: str, expected: list[str]) -> None:
    page = html.replace("<html><body>", f'<html lang="id"><head><meta charset="utf-8"><title>{TITLE}</title>'
                        '<meta property="article:published_time" content="2024-06-20T15:30:00+07:00"></head><body>', 1)
    result = crawl_in_process(spider, {url: Route(page.encode(), headers={"Content-Type": "text/html; charset=utf-8"})},
                              f"url={url}", settings={"AUTOTHROTTLE_ENABLED": False})
    [item] = result.items
    assert item["authors"] == expected


# h220 b3 (reconstructed: theconversation.com/id, rules ``authors = ["a[rel=author]"]``): the header names the first
# writer ("Oleh <a rel=author>Andi Saputra</a> dkk."), the sidebar ``aside.content-sidebar`` lists both writers with
# the same link. A side box's matches were dropped whenever a match stood outside it (90277fe): Rina, the co-writer,
# was lost. A side box repeating a writer the header names lists the story's writers.
def conversation(sidebar_writers: tuple[str, ...]) -> str:
    items = "".join(f'<li class="author"><a rel="author" class="author-name" href="/profiles/{i}">{name}</a>'
                    f'<span class="role">Peneliti</span></li>' for i, name in enumerate(sidebar_writers))
    return (f'<html><body><main><div class="content-header"><h1>{TITLE}</h1><p class="byline">Oleh <a rel="author" '
            f'class="author-name" href="/profiles/0">Andi Saputra</a> dkk.</p></div><div itemprop="articleBody">{BODY}'
            f'</div><aside class="content-sidebar"><h4>Penulis</h4><ul>{items}</ul></aside></main></body></html>')


@pytest.mark.parametrize("sidebar, expected", [
    (("Andi Saputra", "Rina Anggraeni"), ["Andi Saputra", "Andi Saputra", "Rina Anggraeni"]),
    # a side box naming none of the header's writers: other stories' writers, as 90277fe had it
    (("Budi Santoso", "Dewi Lestari"), ["Andi Saputra"]),
], ids=["sidebar-lists-the-storys-writers", "sidebar-of-other-writers"])
def test_a_side_box_repeating_the_headers_writer_lists_the_storys_writers(sidebar, expected) -> None:
    assert bylines(conversation(sidebar), "a[rel=author]", "div[itemprop=articleBody]") == expected
