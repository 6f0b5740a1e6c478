"""A page that renders the next story below this one keeps only this one's body.

Real form: news sites with infinite scroll or an "artikel selanjutnya" block server-render the next
article under its own ``<h1>`` with the same body container (``.detail__body-text`` twice); a site spider
read every matching container and emitted both stories as one. Containers with no headline between them
are one story (a body the template splits around an ad or a photo) and are all kept."""
from __future__ import annotations

import pytest
from parsel import Selector

from newscrawl.extract import SiteRules, article_body
from newscrawl.page import page_selector

RULES = SiteRules(body=(".detail__body-text",))
ONE = "<p>Paragraf pertama berita ini tentang banjir di Jakarta Utara.</p>"
TWO = "<p>Paragraf kedua berita ini tentang pengungsi di posko.</p>"
NEXT = "<p>Berita berikutnya tentang harga cabai yang naik di pasar induk.</p>"


def page(body: str) -> Selector:
    return page_selector(f"<html><body><header><h1 class='logo'>Situs</h1></header>{body}</body></html>")


@pytest.mark.parametrize("body, expected", [
    # The next story under its own headline: left out.
    (f"<h1>Banjir</h1><div class='detail__body-text'>{ONE}{TWO}</div>"
     f"<h1>Harga cabai naik</h1><div class='detail__body-text'>{NEXT}</div>", [ONE, TWO]),
    # ...also when each story is wrapped in its own <article>.
    (f"<article><h1>Banjir</h1><div class='detail__body-text'>{ONE}</div></article>"
     f"<article><h1>Harga cabai naik</h1><div class='detail__body-text'>{NEXT}</div></article>", [ONE]),
    # One body split around an ad or a photo: one story.
    (f"<h1>Banjir</h1><div class='detail__body-text'>{ONE}</div><div class='ads'>Iklan</div>"
     f"<figure><img src='a.jpg'></figure><div class='detail__body-text'>{TWO}</div>", [ONE, TWO]),
    # The headline inside the first container is this story's own.
    (f"<div class='detail__body-text'><h1>Banjir</h1>{ONE}</div><div class='detail__body-text'>{TWO}</div>",
     ["<p>Banjir</p>", ONE, TWO]),  # (raw blocks: the cleaning drops the headline repeated in the body)
    # A masthead h1 before the story changes nothing.
    (f"<div class='detail__body-text'>{ONE}</div><div class='detail__body-text'>{TWO}</div>", [ONE, TWO]),
    # The next story headed by a linked <h2> in its own block (scroll feeds, "artikel selanjutnya"): left out.
    (f"<div class='story'><h1>Banjir</h1><div class='detail__body-text'>{ONE}</div></div>"
     f"<div class='next-story'><h2><a href='/berita/2/harga-cabai'>Harga cabai naik</a></h2>"
     f"<div class='detail__body-text'>{NEXT}</div></div>", [ONE]),
    # A related-links box of linked <h3>s between two parts of one body: one story.
    (f"<h1>Banjir</h1><div class='detail__body-text'>{ONE}</div><div class='baca-juga'>"
     f"<h3><a href='/berita/3/a'>Berita lain</a></h3><h3><a href='/berita/4/b'>Berita lain lagi</a></h3></div>"
     f"<div class='detail__body-text'>{TWO}</div>", [ONE, TWO]),
    # A linked <h2> on the same level as both parts (a flat page): no block of its own, one story.
    (f"<h1>Banjir</h1><div class='detail__body-text'>{ONE}</div><h2><a href='/topik/banjir'>Banjir Jakarta</a></h2>"
     f"<div class='detail__body-text'>{TWO}</div>", [ONE, TWO]),
    # A plain subheading between two parts of one body: one story, the subheading its text (h262: it was lost, the
    # containers joined without what stands between them; dom.with_story_blocks_between).
    (f"<h1>Banjir</h1><div class='detail__body-text'>{ONE}</div><div><h2>Pengungsi</h2>"
     f"<div class='detail__body-text'>{TWO}</div></div>", [ONE, "<p>Pengungsi</p>", TWO]),
])
def test_the_body_is_this_storys_only(body: str, expected: list[str]) -> None:
    blocks, source = article_body(page(body), RULES)
    assert source == "dom"
    assert blocks == [Selector(text=p).xpath("string(//p)").get() for p in expected]


# The same for the site-independent main text (generic spider, a site spider's fallback).
STORY = ("<p>Gubernur meninjau lokasi banjir rob yang merendam ratusan rumah di pesisir utara pada Rabu pagi, "
         "didampingi kepala dinas dan camat.</p><p>Dalam kunjungannya, gubernur menjanjikan bantuan logistik dan "
         "pembangunan tanggul laut permanen mulai tahun depan.</p>")
NEXT_STORY = ("<p>Harga ikan di pasar tradisional naik hingga tiga puluh persen karena nelayan tidak melaut akibat "
              "cuaca buruk, kata pedagang.</p><p>Dinas perikanan memperkirakan harga kembali normal setelah "
              "gelombang tinggi mereda pada pekan depan, ujarnya.</p>")


@pytest.mark.parametrize("layout", [
    # each story an <article>, the next one's headline a linked <h2> (reconstructed scroll feed)
    "<main><article class='post'><h1>Gubernur Tinjau Banjir</h1><div class='post-content'>{story}</div></article>"
    "<div class='label'>Artikel Selanjutnya</div><article class='post'><h2><a href='/2024/06/19/ikan'>Harga Ikan "
    "Naik</a></h2><div class='meta'>Siti Rahma - Rabu, 19 Juni 2024 07:30 WIB</div>"
    "<div class='post-content'>{next}</div></article></main>",
    # no <article>: blocks of divs
    "<div class='wrap'><div class='story'><h1>Gubernur Tinjau Banjir</h1><div class='post-content'>{story}</div></div>"
    "<div class='story'><h2><a href='/2024/06/19/ikan'>Harga Ikan Naik</a></h2>"
    "<div class='post-content'>{next}</div></div></div>",
])
def test_main_text_keeps_this_story_only(layout: str) -> None:
    from newscrawl.maintext import main_text
    blocks = main_text(page(layout.format(story=STORY, next=NEXT_STORY)))
    assert [b[:20] for b in blocks] == ["Gubernur meninjau lo", "Dalam kunjungannya, "]


def test_main_text_keeps_a_body_split_around_a_related_box() -> None:
    from newscrawl.maintext import main_text
    html = ("<div class='wrap'><h1>Gubernur Tinjau Banjir</h1><div class='post-content'>{story}</div>"
            "<div class='baca-juga'><h3><a href='/a'>Berita lain satu</a></h3><h3><a href='/b'>Berita lain dua</a></h3></div>"
            "<div class='post-content'>{next}</div></div>").format(story=STORY, next=NEXT_STORY)
    assert len(main_text(page(html))) == 4


# (reconstructed, h111 probe: NU Online 2022, Suara Muhammadiyah 2024) an outlet's box placed after the story's, as its
# sibling, past the tag list and the share bar: "Download NU Online Super App" / "Aplikasi keislaman terlengkap! …", a
# donation appeal in a one-paragraph box. A tag list or share bar (links to no story) ends the story: a later box
# joins only when it is of the story's own kind. A story split by an ad slot or a related box still joins.
TAGS = ("<div class='mt-6 flex text-xs'><span>Tags:</span> <a href='/tag/banjir-rob'>banjir rob</a> "
        "<a href='/tag/pesisir-utara'>pesisir utara</a></div>")
SHARE = ("<div class='sm-share'><span>Bagikan:</span> <a href='https://www.facebook.com/sharer/sharer.php?u=x'>Facebook"
         "</a> <a href='https://x.com/intent/post?url=x'>X</a> <a href='https://wa.me/?text=x'>WhatsApp</a></div>")
APP_PROMO = ("<div class='mt-6 rounded p-4 text-sm'><p class='font-bold'>Download Kabar Kita Super App</p><p>Aplikasi "
             "keislaman terlengkap! Berisi jadwal shalat, Al-Qur'an, doa, wirid, dan kajian Islam.</p></div>")
DONATION = ("<div class='sm-donasi'><p>Mari wujudkan pers yang sehat bersama Kabar Kita melalui program "
            "<a href='/sahabat'>Sahabat Pembaca</a>.</p></div>")


@pytest.mark.parametrize("layout, count", [
    # the promo after the tag list (classes saying nothing), the donation box after tags and share bar: left out
    ("<div class='wrap'><h1>Gubernur Tinjau Banjir</h1><div class='font-serif text-lg'>{story}{next}</div>" + TAGS
     + APP_PROMO + "</div>", 4),
    ("<article class='sm-article'><h1>Gubernur Tinjau Banjir</h1><div class='sm-content'>{story}{next}</div>" + TAGS
     + SHARE + DONATION + "</article>", 4),
    # (h121 probe) a Jannah app box under the tag list and share bar, two lines reading as prose: past the LAST bar
    # only a box of the story's own kind joins
    ("<article class='post'><h1>Gubernur Tinjau Banjir</h1><div class='entry-content entry clearfix'>{story}{next}"
     "</div>" + TAGS + SHARE + "<div class='stream-item stream-item-below-post-content'><p>Download Aplikasi Kabar "
     "Pesisir Terkini</p><p>Baca berita lebih cepat lewat aplikasi kami di Play Store.</p></div></article>", 4),
    # (h121) between two bars too, a box headed by the outlet's prompt ("Download … Super App"): left out
    ("<div class='wrap'><h1>Gubernur Tinjau Banjir</h1><div class='font-serif text-lg'>{story}{next}</div>" + TAGS
     + APP_PROMO + SHARE + "</div>", 4),
    # the story's second part, of its own kind, after a share bar: joined
    ("<div class='wrap'><h1>Gubernur Tinjau Banjir</h1><div class='post-content'>{story}</div>" + SHARE
     + "<div class='post-content'>{next}</div></div>", 4),
    # split by an ad slot whose link is the ad's, or by a related box: joined
    ("<div class='wrap'><h1>Gubernur Tinjau Banjir</h1><div class='post-content'>{story}</div><div class='slot'>"
     "<a href='https://ads.example.com/click?id=1'>Iklan</a> <a href='https://ads.example.com/click?id=2'>Promo</a></div>"
     "<div class='post-more'>{next}</div></div>", 4),
    ("<div class='wrap'><h1>Gubernur Tinjau Banjir</h1><div class='post-content'>{story}</div><div class='box'>"
     "<a href='/berita/1/harga-beras'>Harga beras naik lagi di pasar</a> <a href='/berita/2/jalan'>Jalan rusak di "
     "pesisir</a></div><div class='post-more'>{next}</div></div>", 4),
])
def test_main_text_ends_at_the_tag_list_or_share_bar(layout: str, count: int) -> None:
    from newscrawl.maintext import main_text
    blocks = main_text(page(layout.format(story=STORY, next=NEXT_STORY)))
    assert len(blocks) == count, blocks


# (reconstructed, h118 probe) a bar BEFORE the story's block ends nothing: a share bar under the byline, category
# chips over the title, a byline linking two reporters' pages, a linked "Penulis | Editor" credit bar. The lead after
# it, a bare <p> or its own box, and a closing part after the body still join.
LEAD = ("<p class='lead'>LAMPUNG TIMUR - Sekawanan gajah liar keluar dari kawasan taman nasional dan merusak kebun "
        "singkong serta jagung milik warga desa, Minggu malam.</p>")
CLOSING = ("<p>Usai audiensi, massa membubarkan diri dengan tertib sekitar pukul 15.00 WIB dan arus lalu lintas di "
           "jalan provinsi kembali lancar.</p>")
CHIPS = ("<div class='entry-category'><a href='/category/makassar/'>Makassar</a> "
         "<a href='/category/ekonomi-bisnis/'>Ekonomi Bisnis</a></div>")
REPORTERS = ("<div class='detail-author'><a href='/penulis/muhammad-rizki'>Muhammad Rizki</a>, "
             "<a href='/penulis/andi-nur'>Andi Nur</a></div>")
CREDITS = ("<div class='read-credit'>Penulis: <a href='/penulis/rizal-fauzi'>Rizal Fauzi</a> | "
           "Editor: <a href='/editor/dewi-anggraeni'>Dewi Anggraeni</a></div>")


@pytest.mark.parametrize("layout, count", [
    ("<div class='post-single'><h1>Gubernur Tinjau Banjir</h1>" + SHARE + LEAD
     + "<div class='post-content'>{story}{next}</div>" + TAGS + "</div>", 5),
    ("<article class='detail'><h1>Gubernur Tinjau Banjir</h1>" + REPORTERS + LEAD
     + "<div class='detail-text'>{story}{next}</div>" + TAGS + "</article>", 5),
    ("<article class='post'>" + CHIPS + "<h1>Gubernur Tinjau Banjir</h1><div class='entry-content'>{story}{next}</div>"
     "<div class='baca-juga'><a href='/2022/03/10/pasar-terong'>Wali kota tinjau Pasar Terong hari ini</a></div>"
     "<div class='entry-content-lanjutan'>" + CLOSING + "</div>" + TAGS + "</article>", 5),
    ("<div class='read-wrap'><h1>Gubernur Tinjau Banjir</h1>" + CREDITS + "<div class='read-content'>{story}{next}</div>"
     + CLOSING + TAGS + "</div>", 5),
])
def test_main_text_a_bar_before_the_story_ends_nothing(layout: str, count: int) -> None:
    from newscrawl.maintext import main_text
    blocks = main_text(page(layout.format(story=STORY, next=NEXT_STORY)))
    assert len(blocks) == count, blocks


# (reconstructed, h118 probe) a bar in the middle of the story (a theme's inline share bar after the first part,
# /topik/ chips between two parts) ends nothing when the box after it is the story's next part: a class extending the
# story's ("entry-content-more", "story-body-end"), or prose with another bar after it. A promo box after the last
# bar stays out (test_main_text_ends_at_the_tag_list_or_share_bar).
TOPICS = ("<div class='topic-chips'><a href='/topik/bmkg'>BMKG</a><a href='/topik/cuaca-ekstrem'>Cuaca Ekstrem</a>"
          "<a href='/topik/gelombang-tinggi'>Gelombang Tinggi</a></div>")


@pytest.mark.parametrize("layout, count", [
    ("<article class='post'><h1>Gubernur Tinjau Banjir</h1><div class='entry-content'>{story}{next}</div>" + SHARE
     + "<div class='entry-content-more'>" + CLOSING + "</div>" + TAGS + "</article>", 5),
    ("<div class='story'><h1>Gubernur Tinjau Banjir</h1><div class='story-body'>{story}{next}</div>" + TOPICS
     + "<div class='story-body-end'>" + CLOSING + "</div><div class='story-footer'>" + TAGS + "</div></div>", 5),
    ("<div class='wrap'><h1>Gubernur Tinjau Banjir</h1><div class='post-content'>{story}</div>" + SHARE
     + "<div class='lanjutan'>{next}</div>" + TAGS + "</div>", 4),
    # (h121 probe) the story ends at the LAST bar: a prose box between two bars, however short, of any class, is read
    # as any sibling: a closing quote in div.post-tail after an inline share bar, bare <p>s after /topik/ chips, a
    # part opening with its subheading between the tag list and the closing share bar
    ("<article class='post'><h1>Gubernur Tinjau Banjir</h1><div class='entry-content'>{story}{next}</div>" + SHARE
     + "<div class='post-tail'><p>\"Kami minta warga tetap tenang dan tidak termakan isu,\" kata Yusuf.</p></div>"
     + TAGS + "</article>", 5),
    ("<div class='detail'><h1>Gubernur Tinjau Banjir</h1><div class='detail-konten'>{story}{next}</div>" + TOPICS
     + CLOSING + "<p>Pemprov juga berencana menggelar operasi pasar ikan pekan depan.</p>" + TAGS + "</div>", 6),
    ("<div class='single'><h1>Gubernur Tinjau Banjir</h1><div class='isi-berita'>{story}</div>" + TAGS
     + "<div class='bagian-dua'><h3>Kronologi Kejadian</h3>{next}</div>" + SHARE + "</div>", 5),
    # (h121 probe) between two bars a box of paragraphs alone joins below the sibling threshold's floor: an AMP page's
    # div.amp-lanjutan of two short paragraphs, a last sentence and its sign-off in div.single-end
    ("<article class='amp-article'><h1>Gubernur Tinjau Banjir</h1><div class='amp-article-text'>{story}{next}</div>"
     + SHARE + "<div class='amp-lanjutan'><p>Menurut warga, air mulai surut sejak Kamis sore.</p><p>Pencarian akan "
     "dilanjutkan hingga pekan depan.</p></div>" + TAGS + "</article>", 6),
    ("<div class='single'><h1>Gubernur Tinjau Banjir</h1><div class='single-content'>{story}{next}</div>" + SHARE
     + "<div class='single-end'><p>Polisi masih menyelidiki penyebab banjir.</p><p>(ant/dil)</p></div>" + TAGS
     + "</div>", 5),
    # a box's word in the longer class names a box: no part of the story
    ("<article class='post'><h1>Gubernur Tinjau Banjir</h1><div class='entry-content'>{story}{next}</div>" + TAGS
     + "<div class='entry-content-promo'><p class='font-bold'>Download Kabar Kita Super App</p></div></article>", 4),
])
def test_main_text_a_bar_mid_story_keeps_its_next_part(layout: str, count: int) -> None:
    from newscrawl.maintext import main_text
    blocks = main_text(page(layout.format(story=STORY, next=NEXT_STORY)))
    assert len(blocks) == count, blocks


def test_the_story_cut_is_linear_in_the_containers() -> None:
    """A hostile page with thousands of matching containers and headings: each pair once scanned every
    heading of the page (4,000 containers: 2.8 s). CPU time for 4n containers against n in the same run:
    linear is ~4x, quadratic ~16x."""
    import time

    from newscrawl.extract import one_story

    def once(n: int) -> float:
        html = "".join(f"<div class='x'><h3>Sub {i}</h3>{ONE}</div><h2>Antara {i}</h2>" for i in range(n))
        containers = page(html).root.xpath("//div[@class='x']")
        start = time.process_time()
        assert len(one_story(containers)) == n
        return time.process_time() - start

    once(1000)
    small, large = [], []
    for _ in range(5):
        small.append(once(1000))
        large.append(once(4000))
    assert min(large) / min(small) < 8, (min(small), min(large))


# (reconstructed, h38 probe: MNC/regional infinite-scroll templates 2025) the next story server-rendered in full below
# this one, in the same template (its own <article>/h1, date line, byline) and LONGER: its body outscored this one's,
# and the date shown above it was taken. The page names its story (og:title, JSON-LD headline, <title>): the body and
# the shown date are read under that headline.
LONGER_NEXT = NEXT_STORY + ("<p>Pedagang berharap pemerintah daerah menyalurkan bantuan bagi nelayan yang tidak melaut "
                            "selama sepekan terakhir, katanya.</p><p>Sejumlah nelayan memilih memperbaiki jaring dan "
                            "perahu sambil menunggu cuaca membaik, kata ketua kelompok nelayan setempat.</p>")
HEAD = ("<head><title>Gubernur Tinjau Banjir Rob di Pesisir - Kabar Kita</title>"
        "<meta property='og:title' content='Gubernur Tinjau Banjir Rob di Pesisir'>"
        '<script type="application/ld+json">{{"@type":"NewsArticle","headline":"Gubernur Tinjau Banjir Rob di Pesisir"}}'
        "</script></head>")


@pytest.mark.parametrize("layout", [
    # each story an <article> with its h1 and date line (the probe's page)
    "<article class='article-detail'><h1 class='article-title'>Gubernur Tinjau Banjir Rob di Pesisir</h1>"
    "<div class='article-meta'><time>Senin, 20 Oktober 2025 - 09:10 WIB</time></div>"
    "<div class='article-content'>{story}</div></article><div class='next-label'>Artikel Selanjutnya</div>"
    "<article class='article-detail'><h1 class='article-title'>Harga Ikan Naik di Pasar Tradisional</h1>"
    "<div class='article-meta'><time>Minggu, 19 Oktober 2025 - 08:30 WIB</time></div>"
    "<div class='article-content'>{next}</div></article>",
    # no <article>: each story's box under its h1
    "<div class='wrap'><div class='story'><h1>Gubernur Tinjau Banjir Rob di Pesisir</h1><div class='date'>Senin, 20 "
    "Oktober 2025 - 09:10 WIB</div><div class='isi'>{story}</div></div><div class='story'><h1>Harga Ikan Naik di "
    "Pasar Tradisional</h1><div class='date'>Minggu, 19 Oktober 2025 - 08:30 WIB</div><div class='isi'>{next}</div>"
    "</div></div>",
])
def test_main_text_is_the_named_storys_when_the_next_one_is_longer(layout: str) -> None:
    from newscrawl.maintext import extract_main_text
    html = f"<html>{HEAD}<body><h1 class='logo'>Kabar Kita</h1>{layout.format(story=STORY, next=LONGER_NEXT)}</body></html>"
    found = extract_main_text(page_selector(html))
    assert [b[:20] for b in found.blocks] == ["Gubernur meninjau lo", "Dalam kunjungannya, "]
    assert found.visible_date == "Senin, 20 Oktober 2025 - 09:10 WIB"


def test_an_h1_subheading_inside_the_body_is_no_other_story() -> None:
    # (reconstructed) a CMS writing the story's subheadings as h1: the body stays whole
    from newscrawl.maintext import main_text
    html = (f"<html>{HEAD}<body><h1>Gubernur Tinjau Banjir Rob di Pesisir</h1><div class='isi'>{STORY}"
            f"<h1>Bantuan logistik</h1>{LONGER_NEXT}</div><div class='sidebar-box'>{NEXT_STORY}</div></body></html>")
    assert len(main_text(page_selector(html))) == 7


# (reconstructed, h44 probe: a WordPress live blog read by generic) each update a "<div class='live-entry'>" or an
# "<article class='live-entry'>" with its time, its own <h2> and a paragraph, under the story's h1 and intro: each
# <article> update was taken for another story, one kept.
_LIVE_ENTRIES = [("10.45 WITA", "Bandara Ngurah Rai Kembali Dibuka", "Otoritas bandara membuka kembali operasional Bandara "
                  "I Gusti Ngurah Rai setelah abu vulkanik menjauh dari jalur penerbangan pagi ini."),
                 ("08.20 WITA", "Status Gunung Naik ke Level IV", "PVMBG menaikkan status Gunung Lewotobi Laki-laki menjadi "
                  "Awas setelah erupsi besar disertai kolom abu setinggi sembilan kilometer."),
                 ("06.00 WITA", "Warga Diminta Menjauh Tujuh Kilometer", "Warga di radius tujuh kilometer dari kawah "
                  "diminta segera mengungsi ke lokasi yang telah disiapkan pemerintah daerah setempat.")]
_LIVE_URL = "https://www.balipost.com/news/2024/11/12/412345/live-erupsi-lewotobi-hari-ini"
_LIVE_INTRO = ("Gunung Lewotobi Laki-laki di Flores Timur kembali erupsi sejak Senin malam. Berikut perkembangan terbaru "
               "yang kami himpun sepanjang hari ini dari berbagai sumber resmi.")


def _live_blog(heading: str, tag: str = "div", entry: str = "live-entry", feed: str = "live-feed") -> str:
    entries = "".join(f"<{tag} class='{entry}' id='entry-{n}'><time>{time}</time><h2 class='live-entry__title'>"
                      f"{heading.format(n=n, title=title, url=_LIVE_URL)}</h2><p>{text}</p><div class='share'><a "
                      f"href='https://wa.me/?text=x'>Bagikan</a></div></{tag}>"
                      for n, (time, title, text) in enumerate(_LIVE_ENTRIES))
    return ("<html><head><title>LIVE: Erupsi Lewotobi Hari Ini</title></head><body><header><nav><a href='/'>Home</a>"
            "</nav></header><main><div class='post'><h1 class='entry-title'>LIVE: Erupsi Lewotobi Hari Ini</h1>"
            "<div class='meta'>Oleh Ketut Sudiarta | Selasa, 12 November 2024 06:00 WITA</div><div class='entry-content'>"
            f"<p>{_LIVE_INTRO}</p><div class='{feed}'>{entries}</div></div></div></main><footer><p>Copyright © 2024 "
            "Bali Post</p></footer></body></html>")


@pytest.mark.parametrize("tag", ["div", "article"])
def test_a_live_blog_is_one_story_whatever_its_updates_are_written_in(tag: str) -> None:
    from newscrawl.maintext import main_text
    blocks = main_text(Selector(text=_live_blog("{title}", tag)))
    assert blocks == [_LIVE_INTRO, *[part for time, title, text in _LIVE_ENTRIES for part in (time, title, text)]]


def test_a_live_blog_named_by_its_css_module_is_one_story() -> None:
    # (reconstructed, h133 probe: a Next.js live page) each update an <article class='LiveBlog_entry__aB1cD'>: the CSS
    # module, the component's name, marks it live; read by its local name only, each update was another story
    from newscrawl.maintext import main_text
    blocks = main_text(Selector(text=_live_blog("{title}", "article", "LiveBlog_entry__aB1cD", "LiveBlog_feed__x1Y2z")))
    assert blocks == [_LIVE_INTRO, *[part for time, title, text in _LIVE_ENTRIES for part in (time, title, text)]]


STORY_P = ["Pemerintah Kota Bandung memastikan pasokan beras di seluruh pasar tradisional aman menjelang Idul Adha, kata "
           "Wali Kota dalam keterangannya di Balai Kota, Senin.",
           "Ia menambahkan, operasi pasar akan digelar di 30 kecamatan mulai pekan depan untuk menekan harga yang "
           "sempat naik dua pekan terakhir.",
           "Dinas Perdagangan juga akan memantau distribusi dari gudang Bulog agar tidak terjadi penimbunan oleh "
           "pedagang besar di kota itu.",
           "Menurut data dinas, harga beras medium di Pasar Kosambi kini berada di kisaran Rp13.500 per kilogram, naik "
           "sekitar lima persen."]


# (h45 probe) unmarked <article> cards after a story whose h1 stands outside its own <article> (a teaser's <a> wrapping
# its h3, or only its picture linked) are other stories, not updates of this one
_TEASERS = ["Harga cabai rawit di Pasar Caringin melonjak hingga Rp80 ribu per kilogram menjelang hari raya, pedagang "
            "mengeluhkan pasokan yang seret dari sentra.",
            "Sejumlah ruas jalan di Kota Bandung akan ditutup sementara saat pelaksanaan salat Idul Adha di kawasan "
            "Alun-alun dan Gasibu pada Senin pagi."]


@pytest.mark.parametrize("card", ["<article class='post'><a href='/berita/{n}/lain'><h3>Berita lain {n}</h3></a>"
                                  "<p>{t}</p></article>",
                                  "<article class='post'><a href='/berita/{n}/lain'><img src='x.jpg'></a>"
                                  "<h3>Berita lain {n}</h3><p>{t}</p></article>"])
def test_article_cards_after_a_story_stay_other_stories(card: str) -> None:
    from newscrawl.maintext import main_text
    story = [STORY_P[0], STORY_P[1], "Operasi pasar", STORY_P[2], STORY_P[3]]
    cards = "".join(card.format(n=n, t=t) for n, t in enumerate(_TEASERS))
    html = ("<html><head><title>Stok Beras Bandung Aman</title></head><body><main><h1>Stok Beras Bandung Aman Jelang "
            "Idul Adha</h1><div class='date'>Senin, 03 Juni 2024</div><article class='post'>"
            f"<p>{story[0]}</p><p>{story[1]}</p><h2>{story[2]}</h2><p>{story[3]}</p><p>{story[4]}</p></article>"
            f"<h2>Baca Selanjutnya</h2>{cards}</main><footer>Copyright</footer></body></html>")
    assert main_text(Selector(text=html)) == story


@pytest.mark.parametrize("heading", ["<a href='{url}#entry-{n}'>{title}</a>", "<a href='/news/2024/11/12/412345/"
                                     "live-erupsi-lewotobi-hari-ini#entry-{n}'>{title}</a>"])
def test_a_live_entry_heading_linking_to_its_permalink_is_its_heading(heading: str) -> None:
    # (reconstructed, h44 probe) each entry's h2 links to the page's own URL and the entry's fragment, the permalink:
    # read as a link elsewhere, the heading was dropped and every entry taken for a teaser of another story. The page's
    # URL is the response's (no canonical link on the page).
    from scrapy.http import HtmlResponse

    from newscrawl.maintext import main_text
    response = HtmlResponse(url=_LIVE_URL, body=_live_blog(heading).encode(), encoding="utf-8")
    blocks = main_text(response.selector)
    assert blocks[0] == _LIVE_INTRO
    assert [block for block in blocks if block != _LIVE_INTRO and not block.endswith("WITA")] == [
        part for _, title, text in _LIVE_ENTRIES for part in (title, text)]


def test_an_own_page_check_reads_a_link_whose_host_does_not_parse_as_elsewhere() -> None:
    # (the permalink check beside h39's bad links) "https://[x]/a#b" under a canonical "https://[link]": no
    # traceback, and no page of this one
    from newscrawl.dom import links_own_page
    page = Selector(text='<html><head><link rel="canonical" href="https://[link]"></head><body><h2>'
                         '<a href="https://[x]/a#b">Judul</a></h2></body></html>')
    assert links_own_page(page.root.xpath("//a")[0]) is False
