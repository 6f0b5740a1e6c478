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

import time

import pytest
from lxml import html as lxml_html
from parsel import Selector

from inprocess import crawl_in_process
from newscrawl.dom import topic_link_texts
from newscrawl.extract import SiteRules, extract_article
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


HOT_BOX = ('<div class="box"><h3>{}</h3><div class="box-body"><a href="/topik/pemilu-2024">Pemilu 2024</a> '
           '<a href="/topik/timnas">Timnas Indonesia</a> <a href="/topik/harga-beras">Harga Beras</a></div></div>')


def _in_body(html: str, after: int = 1) -> str:
    """The page with ``html`` inside the body's container after its ``after``-th paragraph."""
    head, *paragraphs = _page("").split("</p>")
    parts = [head, *paragraphs]
    return "</p>".join(parts[:after]) + "</p>" + html + "</p>".join(parts[after:])


@pytest.mark.parametrize(("page", "expected"), [
    # (h301 C02) a mid-body "Baca juga:" pointer to a tag listing, then the row: only the row
    (_page(story_before="").replace("<div class='post-content'>", "<div class='post-content'><p><strong>Baca juga:"
                                    "</strong> <a href='/tag/pemilu-2024'>Pemilu 2024</a></p>"), TAGS),
    (_in_body("<p><strong>Baca juga:</strong> <a href='/tag/pemilu-2024'>Pemilu 2024</a></p>", 2)
     .replace("</div></div><div class='col-4'>", ROW + "</div></div><div class='col-4'>"), TAGS),
    (_in_body("<p><strong>Baca juga:</strong> <a href='/tag/pemilu-2024'>Pemilu 2024</a></p>", 2), []),
    # (h301 C13, C17, C20) tag links in the story: a sentence's name wrapped in <strong>, a subheading, its own list
    (_in_body("<p>Menurut <strong><a href='/tag/ganjar'>Ganjar Pranowo</a></strong>, air kian langka.</p>"), []),
    (_in_body("<h3><a href='/tag/gagal-panen'>Gagal Panen</a></h3>"), []),
    (_in_body("<ol>" + "".join(f"<li><a href='/tag/{n.lower()}'>{n}</a></li>" for n in ("Grobogan", "Blora", "Pati"))
              + "</ol>"), []),
    # (h301 C19) a sentence dense with linked names: more than separators between the links
    (_in_body("<p>Hadir <a href='/tag/gibran'>Gibran</a>, <a href='/tag/bobby'>Bobby</a>, dan <a href='/tag/kaesang'>"
              "Kaesang</a>.</p>"), []),
    # (h301 C03) a box of other stories' topics after the story, in its column, titled as no tag box
    (_page(HOT_BOX.format("Topik Pilihan")), []),
    (_page(HOT_BOX.format("Sorotan")), []),
    (_page(HOT_BOX.format("Paling Dicari")), []),
    # ... titled as the story's tags
    (_page(HOT_BOX.format("Topik Terkait")), ["Pemilu 2024", "Timnas Indonesia", "Harga Beras"]),
    # (h301 C05) a breadcrumb after the body, a lone topic crumb among crumbs
    (_page('<ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/nasional">Nasional</a></li><li><a '
           'href="/topic/kemarau">Kemarau</a></li></ol>'), []),
    (_page('<div class="crumbs"><span><a href="/">Home</a></span><span><a href="/nasional">Nasional</a></span><span>'
           '<a href="/topic/kemarau">Kemarau</a></span></div>'), []),
    # (h301 C06) credit lines linking the writer's and editor's tag pages, then the row
    (_page('<div class="line">Penulis: <a href="/tag/rina">Rina Wulandari</a></div><div class="line">Editor: <a '
           'href="/tag/budi">Budi Santoso</a></div>'), []),
    (_page('<div class="line">Penulis: <a href="/tag/rina">Rina Wulandari</a></div>' + ROW), TAGS),
    # (h301 C07) "Lihat semua" opens the listing
    (_page(ROW.replace("</div>", ' <a href="/topik/semua">Lihat semua topik</a></div>')), TAGS),
    # (h301 C21) a tag cloud after the row, in the story's column; a bare cloud; a cloud of 25 as one row
    (_page(ROW + '<div class="cloud">' + "".join(f'<a href="/tag/t{i}">Topik {i}</a> ' for i in range(30)) + "</div>"),
     TAGS),
    (_page('<ul class="cloud">' + "".join(f'<li><a href="/tag/t{i}">Topik {i}</a></li>' for i in range(150))
           + "</ul>"), []),
    (_page('<div class="tags">Tags: ' + "".join(f'<a href="/tag/t{i}">Topik {i}</a> ' for i in range(25)) + "</div>"),
     []),
    # (h301 C08) the first row after the story is its own: not the next story's on an infinite-scroll page
    (_page(ROW + '<div class="tags">Tags: <a href="/tag/harga-beras">Harga Beras</a></div>'), TAGS),
])
def test_only_a_labelled_row_after_the_story_is_read(page: str, expected: list[str]) -> None:
    """(h301) tag links in the story's text, other boxes' topics, crumbs and credits are no tags."""
    assert _texts(page) == expected


# (reconstructed, h306 A: tagDiv's Newspaper theme, fajar.co.id 2019 and thousands of WordPress news sites) the headline
# in div.td-post-header and the body in div.td-post-content, siblings in the story's <article>; the tag row in the
# article's <footer> beside the "Artikel sebelumnya / berikutnya" pair linking two other stories: "<footer><div
# class='td-post-source-tags'><ul class='td-tags'><li><span>TAGS</span></li><li><a href='…/tag/banjir/'>banjir</a>
# </li>…</ul></div>…<div class='td-post-next-prev'>…<span>Artikel sebelumnya</span><a href='…'>PSM Tahan Imbang Persija
# di Mattoangin</a>…</footer>". The footer was read as another story's teaser (tags []).
def _tagdiv_page(footer_extra: str = "") -> str:
    row = ('<div class="td-post-source-tags"><ul class="td-tags"><li><span>TAGS</span></li>' + "".join(
        f'<li><a href="/tag/{tag.lower().replace(" ", "-")}/">{tag}</a></li>' for tag in TAGS) + "</ul></div>")
    next_prev = ('<div class="td-post-next-prev"><div class="td-post-prev-post"><span>Artikel sebelumnya</span><a href='
                 '"/nasional/2024/06/18/psm-tahan-imbang-persija">PSM Tahan Imbang Persija di Mattoangin</a></div><div '
                 'class="td-post-next-post"><span>Artikel berikutnya</span><a href="/ekonomi/2024/06/19/harga-cabai-'
                 'turun">Harga Cabai di Makassar Mulai Turun</a></div></div>')
    return (f"<html><body><div class='td-main-content'><article class='post type-post'><div class='td-post-header'>"
            f"<header class='td-post-title'><h1 class='entry-title'>{TITLE}</h1><div class='td-post-author-name'>Oleh "
            f"<a href='/author/rina/'>Rina Wulandari</a></div></header></div><div class='td-post-content'>{BODY}</div>"
            f"<footer>{row}{footer_extra or next_prev}</footer></article><div class='td_block_related_posts'><h4>"
            "ARTIKEL TERKAIT</h4></div></div><div class='td-main-sidebar'></div></body></html>")


# Another story's card in the footer, no navigation: no label, no rel, no prev/next class.
ONE_STORY_CARD = ('<div class="more-card"><a href="/ekonomi/2024/06/19/harga-cabai-turun">Harga Cabai di Makassar '
                  'Mulai Turun</a></div>')
S1, H1 = "/nasional/2024/06/18/waduk-kedung-ombo-mulai-kering", "Waduk Kedung Ombo Mulai Kering"
S2, H2 = "/ekonomi/2024/06/19/harga-cabai-di-makassar-turun", "Harga Cabai di Makassar Mulai Turun"


def _row(*tags: str, label: str = "Tags:") -> str:
    return f'<div class="tags">{label} ' + ", ".join(
        f'<a href="/tag/{tag.lower().replace(" ", "-")}/">{tag}</a>' for tag in tags) + "</div>"


@pytest.mark.parametrize(("page", "expected"), [
    (_tagdiv_page(), TAGS),  # fails at 40dafd1's parent: []
    # (h308 A5) the newest post: "Artikel sebelumnya" alone, one other story, in a navigation box (fails at 9724d15)
    (_tagdiv_page('<div class="td-post-next-prev"><div class="td-post-prev-post"><span>Artikel sebelumnya</span><a '
                  'href="/nasional/2024/06/18/psm-tahan-imbang-persija">PSM Tahan Imbang Persija di Mattoangin</a>'
                  '</div></div>'), TAGS),
    # WordPress's footer: the row beside div.post-nav's "« Older / Newer »" pair (h308 A10)
    (_page(f'<footer class="entry-footer">{ROW}<div class="post-nav"><a href="{S1}">&laquo; {H1}</a> <a href="{S2}">'
           f'{H2} &raquo;</a></div></footer>'), TAGS),
    # rel=prev/next, a label in the link, no class
    (_page(f'<footer>{ROW}<div><a rel="prev" href="{S1}">{H1}</a></div><div><a href="{S2}"><span>Next</span> {H2}'
           f'</a></div></footer>'), TAGS),
    # a box holding the row and ONE other story's linked headline is that story's card: its tags are not the story's
    (_tagdiv_page(ONE_STORY_CARD), []),
    # ... linked twice (its photo and its headline), still one story
    (_tagdiv_page(ONE_STORY_CARD.replace("<a ", '<a href="/ekonomi/2024/06/19/harga-cabai-turun#foto"><img src='
                                         '"c.jpg"></a><a ', 1)), []),
    # a related story's card after the story holding its own row beside its headline, in the story's column
    (_page(ROW + '<div class="related"><div class="card"><h3><a href="/nasional/2024/06/18/waduk-kering">Waduk Kedung '
           'Ombo Mulai Kering</a></h3><div class="tags">Tags: <a href="/tag/waduk/">waduk</a></div></div></div>'), TAGS),
    (_page('<div class="list"><div class="card"><h3><a href="/nasional/2024/06/18/waduk-kering">Waduk Kedung Ombo '
           'Mulai Kering</a></h3><div class="tags">Tags: <a href="/tag/waduk/">waduk</a></div></div></div>'), []),
    # (h308 A1-A12, each fails at 9724d15: their tags read as the story's) boxes holding two links or more are cards,
    # not a navigation: a flat list of two stories each with its row (A1)
    (_page(f'<div class="more-stories"><h3><a href="{S1}">{H1}</a></h3>{_row("waduk", "kekeringan")}<h3><a href="{S2}">'
           f'{H2}</a></h3>{_row("cabai", "inflasi")}</div>'), []),
    # a card with a rubric chip of three words (A2)
    (_page(f'<div class="list"><div class="card"><a class="cat" href="/hukum-kriminal/">Hukum dan Kriminal</a><h3><a '
           f'href="{S1}">{H1}</a></h3>{_row("waduk")}</div></div>'), []),
    # one card linking its story relative and absolute (A3), or with a tracking query (A4)
    (_page(f'<div class="list"><div class="card"><h3><a href="{S1}">{H1}</a></h3>{_row("waduk")}<a href="https://www.'
           f'beritacontoh.id{S1}">Baca selengkapnya »</a></div></div>'), []),
    (_page(f'<div class="list"><div class="card"><h3><a href="{S1}">{H1}</a></h3><p><a href="{S1}?utm_source=related">'
           f'Debit air waduk turun drastis sejak awal Juni.</a></p>{_row("waduk")}</div></div>'), []),
    # a "Berita Selanjutnya" preview holding its own "Baca juga" link and its row: the next story's card (A6)
    (_page(f'<div class="next-post"><span>Berita Selanjutnya</span><h2><a href="{S1}">{H1}</a></h2><p>Debit air waduk '
           f'turun drastis.</p><p>Baca juga: <a href="{S2}">{H2}</a></p>{_row("waduk", "kekeringan")}</div>'), []),
    # a trending box: a "Topik:" row over two stories' links (A7, debatable: no row of the story's)
    (_page(f'<div class="box-hot">{_row("Pilkada 2024", label="Topik:")}<ul><li><a href="{S1}">{H1}</a></li><li><a '
           f'href="{S2}">{H2}</a></li></ul></div>'), []),
    # a 2-up row of cards with no card wrapper (A8)
    (_page(f'<div class="grid"><div class="row"><a href="{S1}"><img src="a.jpg"></a><h4><a href="{S1}">{H1}</a></h4>'
           f'<a href="{S2}"><img src="b.jpg"></a><h4><a href="{S2}">{H2}</a></h4>{_row("waduk", "cabai")}</div></div>'), []),
    # a flat "Baca juga" list, each link followed by its row (A12)
    (_page(f'<div class="inline-more"><p><strong>Baca juga</strong></p><a href="{S1}">{H1}</a>{_row("waduk")}<a href="'
           f'{S2}">{H2}</a>{_row("cabai")}</div>'), []),
    # (h311 A2/A3, each fails at d512e0c: the next story's tags read as the story's) a "Berita Selanjutnya" preview
    # with the label inside its link, an excerpt and its own row; a rel=next preview (image link + title link, an
    # excerpt, its row)
    (_page(f'<div class="next-story"><a href="{S1}"><span>Berita Selanjutnya</span> {H1}</a><p>Debit air Waduk Kedung '
           f'Ombo turun drastis dalam dua pekan terakhir.</p>{_row("waduk", "irigasi")}</div>'), []),
    (_page(f'<div class="post-preview"><a rel="next" href="{S1}"><img src="/x.jpg"></a><div class="t"><a rel="next" '
           f'href="{S1}">{H1}</a></div>{_row("waduk", "irigasi")}</div>'), []),
    # guard (h311 X3): the label link beside the story's row, no excerpt nor image: the post's navigation
    (_page(f'<div class="post-footer"><a href="{S1}"><span>Berikutnya</span> {H1}</a>{ROW}</div>'), TAGS),
])
def test_a_row_in_the_story_footer_beside_its_next_and_previous_links_is_read(page: str, expected: list[str]) -> None:
    """(h306 A, h308 A) the post footer's row beside its previous/next navigation is the story's; a box holding
    another story's linked headline that is no navigation (one card, a list of cards) keeps its row."""
    assert _texts(page) == expected


def test_reading_topic_links_is_linear() -> None:
    """(h301 perf) 5,000 tag links took 244 s: the time grows with the links, not with their square (a ratio, never an
    absolute time: 8 times the links may take at most 20 times as long)."""
    def seconds(n: int) -> float:
        cloud = '<div class="cloud">' + "".join(f'<a href="/tag/t{i}">Topik {i}</a> ' for i in range(n)) + "</div>"
        root = lxml_html.fromstring(_page(footer=cloud))
        best = float("inf")
        for _ in range(3):
            start = time.perf_counter()
            assert topic_link_texts(root, URL, TITLE, PARAGRAPHS) == TAGS
            best = min(best, time.perf_counter() - start)
        return best

    assert seconds(4000) < 20 * seconds(500)


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
    # the keyword metas stay the last source: the row the page shows comes first (README's precedence), kumparan's
    # metas holding SEO variants
    ("<meta name='keywords' content='berita terkini el nino, kemarau, padi'>", TAGS),
    # ... unless the row names only some of the metas' tags (h301 C10: a row cut to "+3 lainnya", a series link)
    ("<meta name='keywords' content='kemarau, el nino, padi, jawa tengah'>", ["kemarau", "el nino", "padi",
                                                                              "jawa tengah"]),
])
def test_generic_reads_a_row_of_topic_links_as_tags(head: str, expected: list[str]) -> None:
    """(reconstructed, h293 KU1/KU2: kumparan story pages through generic) tags [] before."""
    page = _page_with_head(_page(masthead=TRENDING_BAR, side=HOT_ROW), head)
    result = crawl_in_process("generic", {URL: Route(page, headers=HTML)}, f"url={URL}")
    assert [item["tags"] for item in result.items] == [expected], result.stats


def test_a_container_body_holding_its_tag_list_still_ends_at_its_last_sentence() -> None:
    # (infobanknews' catalogue fixture: ul.tag-list inside div.article-content) a site container's body still holds
    # the list's items as its last blocks: the story ends at its last sentence, and the row after it is read
    row = ('<ul class="tag-list"><li><a href="/tag/el-nino/">El Nino</a></li><li><a href="/tag/kemarau/">Kemarau</a>'
           '</li></ul>')
    page = _page(story_after="").replace(f"{BODY}</div>", f"{BODY}{row}</div>")
    assert topic_link_texts(lxml_html.fromstring(page), URL, TITLE, [*PARAGRAPHS, "El Nino", "Kemarau"]) == \
        ["El Nino", "Kemarau"]


# A site spider whose tag selector misses its era's markup (h303 C: suara 2019's /foto/ page shows its tags in
# "<div class='tag-artikel'><span>Tag</span> <a href='…/tag/hut-ri-ke-74'>#hut ri ke-74</a> …</div>" where the rules
# read ".article-tags a", and has no keyword meta): the any-site reading generic uses, last, rather than none.
SITE_RULES = SiteRules(body=(".post-content",), tags=(".article-tags a",))
LD_KEYWORDS = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
               f'"headline": "{TITLE}", "keywords": "kekeringan, jawa tengah"}}</script>')

# Other stories' topics linked rel=tag (h305, reconstructed): a sidebar's "Trending" list, and a related story's card
# with its label chip.
SIDE_REL = ('<aside class="sidebar"><h3>Trending</h3><ul><li><a rel="tag" href="/tag/timnas/">Timnas Indonesia</a></li>'
            '<li><a rel="tag" href="/tag/pilkada-2024/">Pilkada 2024</a></li></ul></aside>')
RELATED_CARD_REL = ('<div class="related"><h3>Berita Terkait</h3><div class="card"><a rel="tag" class="label" '
                    'href="/tag/bawang-merah/">Bawang Merah</a><a href="/ekonomi/2024/06/18/harga-bawang-merah-turun">'
                    'Harga Bawang Merah Mulai Turun di Pasar Induk</a></div></div>')


@pytest.mark.parametrize(("page", "expected", "counted"), [
    (_page(), TAGS, True),  # fails before: []
    (_page(story_after=ROW.replace("post-tags", "article-tags")), TAGS, False),  # the site's own selector
    # a rel=tag row after the story is read as the story's row (its links are to tag listings)
    (_page(story_after=ROW.replace('<a href', '<a rel="tag" href')), TAGS, True),
    # the page's metas and JSON-LD keywords come first, as before
    (_page_with_head(_page(), "<meta name='keywords' content='kemarau, el nino'>"), ["kemarau", "el nino"], False),
    (_page_with_head(_page(), LD_KEYWORDS), ["kekeringan", "jawa tengah"], False),
    # no labelled row after the story: none, as before (a masthead's trending bar, a sidebar's hot topics)
    (_page(story_after="", masthead=TRENDING_BAR, side=HOT_ROW), [], False),
    # nor every a[rel=tag] on the page (h305: fail on 88d9362, which read them unscoped): a sidebar's, a masthead's, a
    # footer's, a related card's label chip are other stories' topics; beside the story's own row they are not added
    (_page(story_after="", side=SIDE_REL), [], False),
    (_page(story_after="", masthead=SIDE_REL.replace("aside", "div")), [], False),
    (_page(story_after="", footer=SIDE_REL.replace("aside", "div")), [], False),
    (_page(story_after=RELATED_CARD_REL), [], False),
    (_page(side=SIDE_REL), TAGS, True),
    (_page(story_after=ROW.replace('<a href', '<a rel="tag" href'), masthead=SIDE_REL.replace("aside", "div")), TAGS,
     True),
])
def test_a_site_whose_tag_selector_misses_reads_the_any_site_row(page: str, expected: list[str], counted: bool) -> None:
    raw = extract_article(Selector(text=page), URL, SITE_RULES)
    assert raw.tags == expected
    assert ("tags/any_site_fallback" in raw.counted) == counted


@pytest.mark.parametrize("page_url", [URL, "https://www.beritacontoh.id/tag/banjir/", "https://www.beritacontoh.id/"])
@pytest.mark.parametrize("href", [
    "/tag/banjir", "https://www.beritacontoh.id/topik/pilkada-2024/", "/search/label/Resep", "/TOPICS/el-nino",
    "../tag/x", "x", "?page=2", "", "/berita/2024/06/19/judul", "/t%61g/banjir", "/t\nag/banjir", "/t\tag/x",
    "/topi\u212a/x", " /tag/spasi ", "//www.beritacontoh.id/tags/x", "/en/topic/jakarta", "tag/relatif",
    "https://lain.id/tag/x", "javascript:void(0)", "#komentar", "/kanal/label-merah/", "/category/tag/"])
def test_refusing_a_href_early_changes_no_verdict(page_url: str, href: str) -> None:
    """_topic_link's early refusal (_MAY_NAME_TOPIC: a href that cannot name a tag path, joined to a page URL that
    names none) gives the verdict the full join and match give, on every href and page URL here."""
    from newscrawl.dom import _MAY_NAME_TOPIC, _topic_link
    from newscrawl.urls import registrable_domain
    link = lxml_html.fromstring('<p><a href="x">Banjir</a></p>').find(".//a")
    link.set("href", href)
    site, base_may_name = registrable_domain(page_url), bool(_MAY_NAME_TOPIC.search(page_url))
    assert _topic_link(link, page_url, site, base_may_name) == _topic_link(link, page_url, site, True)
