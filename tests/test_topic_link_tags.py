"""A page whose only tags are a row of links to its tag or topic listings (h277, h293 F4, reconstructed).

Real forms: kumparan's chips under the story (``<div class="TagsContainer"><a data-qa-id="tag-topic"
href="https://kumparan.com/topic/el-nino"><span data-qa-id="label-tag-topic">El Nino</span></a>…</div>``, no
rel=tag, no keywords meta; its breadcrumb links the first topic too: ``News / <a href="/topic/bmkg">BMKG</a>``),
kompas' box after the story (``<div class="read__tagging"><div class="tag tag--article"><div
class="tag__article__teaser">Tag</div><ul class="tag__article__wrap"><li><a href="https://www.kompas.com/tag/suap-hakim">
Suap Hakim</a></li>…``, realpages kompas/article-nasional-2025-05), detik's row inside the body container
(``<div class="detail__body-tag"><div class="nav"><a class="nav__item" href="https://www.detik.com/tag/cekcok/">cekcok
</a>…``, realpages detik/article-news-d6453785-2022-12), WordPress themes printing ``/tag/x/`` links without
rel=tag, "/topik/x", Blogger's "/search/label/x". generic (and a catalogue outlet naming no tag selector) read only
a[rel=tag] and the keyword metas: tags []. What must stay out: a masthead's trending bar (kompas 2016's "#Inter
Milan" row over the page), a "Topik Populer" box after the story (liputan6's ``<div class="trending-tags"><header>TOPIK
POPULER</header>…``, in the page column beside the story's), a footer tag cloud, a related-stories list whose links
are articles, a topic linked inside a sentence or a breadcrumb, another site's tag page.
"""
from __future__ import annotations

import pytest
from lxml import html as lxml_html

from inprocess import crawl_in_process
from newscrawl.dom import topic_link_texts
from replay import Route

URL = "https://www.beritacontoh.id/nasional/2024/06/19/kemarau-panjang-ancam-panen"
TITLE = "Kemarau Panjang Ancam Panen Padi di Jawa Tengah"
BODY = ("<p>Kemarau panjang akibat El Nino mengancam panen padi di sejumlah kabupaten di Jawa Tengah, kata Kepala "
        "Dinas Pertanian provinsi itu pada Rabu (19/6/2024).</p><p>Menurut dia, petani di Grobogan dan Blora sudah "
        "kesulitan mendapatkan air untuk mengairi sawah mereka sejak awal Juni lalu.</p><p>Pemerintah provinsi "
        "menyiapkan pompa air dan bantuan benih tahan kekeringan bagi petani yang terdampak.</p>")
PARAGRAPHS = ["Kemarau panjang akibat El Nino mengancam panen padi di sejumlah kabupaten di Jawa Tengah, kata Kepala "
              "Dinas Pertanian provinsi itu pada Rabu (19/6/2024).",
              "Menurut dia, petani di Grobogan dan Blora sudah kesulitan mendapatkan air untuk mengairi sawah mereka "
              "sejak awal Juni lalu.",
              "Pemerintah provinsi menyiapkan pompa air dan bantuan benih tahan kekeringan bagi petani yang terdampak."]
ROW = ('<div class="post-tags"><span>Tags:</span> <a href="/tag/el-nino/">El Nino</a>, '
       '<a href="/tag/kemarau/">Kemarau</a>, <a href="/tag/padi/">padi</a></div>')
TAGS = ["El Nino", "Kemarau", "padi"]


def _page(story_after: str = ROW, masthead: str = "", side: str = "", footer: str = "", story_before: str = "",
          headline: str = f"<h1>{TITLE}</h1>") -> str:
    """A news theme's page: masthead, the story's column (headline, byline, body, what follows it), a sidebar column
    beside it, the site's footer."""
    return (f"<html><body><header class='site-header'><a href='/'>BeritaContoh</a><nav><a href='/nasional'>Nasional"
            f"</a><a href='/ekonomi'>Ekonomi</a></nav>{masthead}</header><div class='container'><div class='row'>"
            f"<div class='col-8'><div class='post'>{story_before}{headline}<div class='byline'>Oleh Rina Wulandari"
            f"</div><div class='post-content'>{BODY}</div>{story_after}</div></div><div class='col-4'>{side}</div>"
            f"</div></div><div class='site-bottom'>{footer}</div></body></html>")


def _texts(page: str, url: str = URL, title: str = TITLE) -> list[str]:
    return topic_link_texts(lxml_html.fromstring(page), url, title, PARAGRAPHS)


TRENDING_BAR = ('<div class="trending-bar"><b>Trending</b> <a href="/tag/pemilu-2024">#Pemilu 2024</a>'
                '<a href="/tag/timnas">#Timnas</a></div>')
HOT_ROW = ('<div class="hashtags"><a href="/tag/pemilu-2024">#Pemilu 2024</a> <a href="/tag/timnas">#Timnas</a>'
           '<a href="/tag/harga-beras">#Harga Beras</a></div>')
RELATED = ('<div class="box"><h3>Berita Lainnya</h3><ul><li><a href="/nasional/2024/06/18/harga-beras-naik">Harga Beras '
           'Naik Jelang Iduladha</a></li><li><a href="/nasional/2024/06/18/waduk-kering">Waduk Kedung Ombo Mulai '
           'Kering</a></li></ul></div>')


@pytest.mark.parametrize(("page", "expected"), [
    # a theme's tag row under the body, no rel=tag
    (_page(), TAGS),
    # kumparan: chips right after the body, links wrapping spans; its breadcrumb links one topic beside the rubric
    (_page('<div class="TagsContainer"><a data-qa-id="tag-topic" href="https://www.beritacontoh.id/topic/el-nino">'
           '<span>El Nino</span></a><a data-qa-id="tag-topic" href="https://www.beritacontoh.id/topic/kemarau">'
           '<span>Kemarau</span></a></div>',
           story_before='<div class="breadcrumb"><a href="/nasional">Nasional</a> / <a href="/topic/bmkg">BMKG</a></div>'),
     ["El Nino", "Kemarau"]),
    # kompas: a "Tag" box, a list, one tag on another host of the same site
    (_page('<div class="read__tagging"><div class="tag tag--article"><div class="tag__article__teaser">Tag</div>'
           '<ul><li><a href="https://www.beritacontoh.id/tag/padi">padi</a></li></ul></div></div>'), ["padi"]),
    # detik: the row inside the body's container, after the last paragraph; a topic linked in a sentence is prose
    (_page(headline=f"<h1>{TITLE}</h1>", story_after="").replace(
        "</p></div>", ' <a href="/tag/gagal-panen/">gagal panen</a> kian nyata.</p><div class="detail__body-tag">'
        '<div class="nav"><a class="nav__item" href="https://www.beritacontoh.id/tag/kemarau/">kemarau</a><a '
        'class="nav__item" href="https://www.beritacontoh.id/tag/el-nino/">el nino</a></div></div></div>'),
     ["kemarau", "el nino"]),
    # "/topik/x" and Blogger's "/search/label/x"
    (_page('<p class="topik">Topik: <a href="/topik/kekeringan">Kekeringan</a> <a href="/search/label/Pertanian">'
           'Pertanian</a></p>'), ["Kekeringan", "Pertanian"]),
    # cnnindonesia: the "TOPIK TERKAIT" <aside> under the story, in its column
    (_page('<aside class="mb-6"><div class="title-box">TOPIK TERKAIT</div><a href="/tag/el-nino">el nino</a>'
           '<a href="/tag/kemarau">kemarau</a></aside>'), ["el nino", "kemarau"]),
    # a byline linking its writer's tag page stands over the story's text (jpnn: "Penulis: <a href=/tag/…>")
    (_page(story_before="").replace("<div class='byline'>Oleh Rina Wulandari</div>",
                                    "<div class='date-author'>Penulis: <a href='/tag/rina-wulandari'>Rina Wulandari"
                                    "</a></div>"), TAGS),
    # guards: a masthead's trending bar over the story
    (_page("", masthead=TRENDING_BAR), []),
    # ... a topic row in the column beside the story (no class naming a sidebar)
    (_page("", side=HOT_ROW), []),
    # ... an <aside> column beside the story
    (_page("").replace("<div class='col-4'>", "<aside class='col-4'>" + HOT_ROW).replace(
        "</div></div></div><div class='site-bottom'>", "</aside></div></div><div class='site-bottom'>"), []),
    # ... a "Topik Populer" box after the story in its own column's flow
    (_page(RELATED + '<div class="box"><h3>Topik Populer</h3><div><a href="/tag/pemilu-2024">Pemilu 2024</a>'
           '<a href="/tag/timnas">Timnas</a></div></div>'), []),
    # ... a footer tag cloud
    (_page("", footer='<div class="cloud">' + "".join(f'<a href="/tag/t{i}">Topik {i}</a>' for i in range(12))
           + "</div>"), []),
    # ... a related-stories list: its links are stories, not tag listings
    (_page(RELATED), []),
    # ... another site's tag pages, a listing's later page, a "tag" that is a sentence
    (_page('<div class="tags"><a href="https://www.lainsitus.com/tag/el-nino">El Nino</a></div>'), []),
    (_page('<div class="tags"><a href="/tag/el-nino/page/2">El Nino</a></div>'), []),
    (_page('<div class="tags"><a href="/tag/el-nino">Baca selengkapnya soal El Nino di sini.</a></div>'), []),
    # ... no headline reading the story's title: no region to read (kompas 2016's h1s are its logo and a bar label)
    (_page(headline="<h1>BeritaContoh</h1><h2 class='bar'>TAG</h2>"), []),
])
def test_topic_link_texts(page: str, expected: list[str]) -> None:
    assert _texts(page) == expected


def test_a_rel_tag_page_and_a_site_selector_are_read_as_before() -> None:
    """topic links are read with the any-site rules only, and only when no rel=tag link names a tag."""
    page = _page(ROW + '<div class="entry-tags"><a rel="tag" href="/tag/jateng/">Jawa Tengah</a></div>')
    result = crawl_in_process("generic", {URL: Route(_page_with_head(page), headers=HTML)}, f"url={URL}")
    assert [item["tags"] for item in result.items] == [["Jawa Tengah"]]


HTML = {"Content-Type": "text/html; charset=utf-8"}


def _page_with_head(page: str, head: str = "") -> str:
    return page.replace("<html><body>", f"<html lang='id'><head><title>{TITLE} - BeritaContoh</title><meta "
                        "property='og:type' content='article'><meta property='article:published_time' "
                        f"content='2024-06-19T10:00:00+07:00'>{head}</head><body>", 1)


@pytest.mark.parametrize(("head", "expected"), [
    ("", TAGS),
    # the keyword metas stay the last source: the row the page shows comes first (README's precedence)
    ("<meta name='keywords' content='kemarau, el nino, padi, jawa tengah'>", TAGS),
])
def test_generic_reads_a_row_of_topic_links_as_tags(head: str, expected: list[str]) -> None:
    """(reconstructed, h293 KU1/KU2: kumparan story pages through generic) tags [] before."""
    page = _page_with_head(_page(masthead=TRENDING_BAR, side=HOT_ROW), head)
    result = crawl_in_process("generic", {URL: Route(page, headers=HTML)}, f"url={URL}")
    assert [item["tags"] for item in result.items] == [expected], result.stats
