"""An article entered at a later page whose pager names no way back to page 1, but whose declared address does.

(h237 probe C6, reconstructed) CNN Indonesia 2024 pages a long story "?page=2", "?page=3" behind a lone "BACA HALAMAN
BERIKUTNYA" button: page 2 links page 3 only, no numbered link back to page 1; every page declares page 1 as its
rel=canonical (and og:url). Entered at "?page=2" (a listed or shared link, -a url=…?page=2), the item began at page 2's
text, its url page 1's, missing_pages [] — page 1's paragraphs lost silently, through cnnindonesia and generic alike:
urls.first_page_of went back to page 1 only through a pager link to it. A page whose canonical (else og:url) is its URL
without the page mark is now read from that page 1 (urls.declares_first_page). A canonical naming the page itself
("?page=2") or another story says nothing of page 1: the page is read as before (h88).
"""
from __future__ import annotations

import pytest

from inprocess import crawl_in_process
from newscrawl.urls import declares_first_page, first_page_of
from replay import Route

QUIET = {"AUTOTHROTTLE_ENABLED": False}  # in process there is no engine to throttle
ARTICLE = "https://www.cnnindonesia.com/gaya-hidup/20240812110015-255-1131200/7-tips-mudik-dengan-bayi-agar-nyaman"
TITLE = "7 Tips Mudik dengan Bayi agar Perjalanan Tetap Nyaman"
PARAGRAPHS = {
    1: ["Jakarta, CNN Indonesia -- Membawa bayi dalam perjalanan jauh butuh persiapan ekstra agar perjalanan mudik "
        "tetap nyaman bagi bayi maupun orang tua.",
        "Dokter anak menyarankan orang tua menyiapkan rencana perjalanan sejak jauh hari, termasuk waktu istirahat.",
        "1. Atur jadwal perjalanan sesuai jam tidur bayi agar ia tidak rewel sepanjang jalan menuju kampung halaman."],
    2: ["2. Pilih kursi yang nyaman dan pastikan bayi duduk di car seat yang terpasang dengan benar di kendaraan.",
        "3. Bawa perlengkapan secukupnya: popok, baju ganti, tisu basah, dan obat-obatan yang biasa dipakai bayi."],
    3: ["4. Jaga asupan cairan bayi selama perjalanan, terutama bila mudik dilakukan saat cuaca sedang panas.",
        "5. Tetap tenang, sebab bayi mudah merasakan emosi orang tuanya dan ikut gelisah bila orang tua cemas."],
}


def url(number: int, form: str = "query") -> str:
    if number == 1:
        return ARTICLE
    return f"{ARTICLE}?page={number}" if form == "query" else f"{ARTICLE}/{number}"


def page(number: int, declared: str | None = ARTICLE, og_only: bool = False, form: str = "query") -> str:
    """Page ``number`` of 3: its paragraphs and, but on the last page, the button to the next page only."""
    story = "".join(f"<p>{text}</p>" for text in PARAGRAPHS[number])
    button = (f"<div class='flex justify-center mt-6'><a href='{url(number + 1, form)}'>BACA HALAMAN BERIKUTNYA</a>"
              f"</div>" if number < 3 else "")
    head = ""
    if declared is not None:
        head = (f"<meta property='og:url' content='{declared}'>" if og_only else
                f"<link rel='canonical' href='{declared}'><meta property='og:url' content='{declared}'>")
    return (f"<html><head><title>{TITLE}</title>{head}<meta property='og:type' content='article'>"
            f"<meta property='article:published_time' content='2024-08-12T11:30:09+07:00'></head><body>"
            f"<div class='detail-wrap'><h1>{TITLE}</h1>"
            f"<div class='detail-text'>{story}{button}</div></div></body></html>")


def routes(form: str = "query", **kwargs) -> dict[str, Route]:
    return {url(number, form): Route(page(number, form=form, **kwargs)) for number in (1, 2, 3)}


@pytest.mark.parametrize("spider", ["cnnindonesia", "generic"])
@pytest.mark.parametrize(("form", "og_only"), [("query", False), ("path", False), ("query", True)],
                         ids=["page-query-canonical", "page-path-canonical", "page-query-og-url-only"])
def test_entered_at_a_later_page_declaring_page_1_reads_from_page_1(spider, form, og_only):
    result = crawl_in_process(spider, routes(form, og_only=og_only), f"url={url(2, form)}", settings=QUIET)
    [item] = result.items
    assert item["body"] == PARAGRAPHS[1] + PARAGRAPHS[2] + PARAGRAPHS[3], item["body"]
    assert item["url"] == ARTICLE and item["missing_pages"] == []
    assert result.fetched[:2] == [url(2, form), ARTICLE]
    assert result.stats.get("newscrawl/article_pages/entered_later_page") == 1


def test_page_1_declared_but_failing_reads_on_from_the_page_entered_at():
    """Page 1 asked for by the canonical answers 500: the pages from the one entered at, page 1 named missing."""
    given = {**routes(), ARTICLE: Route(b"Gangguan", status=500)}
    result = crawl_in_process("cnnindonesia", given, f"url={url(2)}", settings=QUIET)
    [item] = result.items
    assert item["body"] == PARAGRAPHS[2] + PARAGRAPHS[3]
    assert item["missing_pages"] == [ARTICLE]


@pytest.mark.parametrize("declared", [url(2), "https://www.cnnindonesia.com/gaya-hidup/20240811090000-255-1130999/"
                                      "cara-memilih-car-seat-untuk-bayi"], ids=["itself", "another-story"])
def test_a_later_page_declaring_itself_or_another_story_is_read_as_before(declared):
    """Nothing names page 1: the page and its pager are read as they are (h88), page 1 not asked for."""
    given = {**routes(), url(2): Route(page(2, declared=declared))}
    result = crawl_in_process("cnnindonesia", given, f"url={url(2)}", settings=QUIET)
    [item] = result.items
    assert ARTICLE not in result.fetched
    assert not result.stats.get("newscrawl/article_pages/entered_later_page")
    assert item["body"][:2] == PARAGRAPHS[2]


B = "https://x.id/berita/judul-berita-ini"


@pytest.mark.parametrize(("entered", "declared", "first"), [
    (f"{B}?page=2", B, B),
    (f"{B}?page=2", "http://www.x.id/berita/judul-berita-ini/?utm_source=fb", B),  # another view of page 1
    (f"{B}?page=2", f"{B}?page=1", B),
    (f"{B}?page=2&utm_source=wa", B, f"{B}?utm_source=wa"),
    (f"{B}/3", f"{B}/", B),
    (f"{B}?halaman=3", B, B),
    (f"{B}?page=2", f"{B}?page=2", None),  # the page itself
    (f"{B}/2", f"{B}?page=2", None),  # another form of the page itself
    (f"{B}/2", f"{B}/3", None),
    (f"{B}?page=2", "https://x.id/berita/berita-lain-sama-sekali", None),  # another story
    (f"{B}?page=2&id=7", B, None),  # another query: another article by url_identity
    (B, B, None),  # page 1 itself
    (f"{B}/2024", B, None),  # a year after the slug is no page mark
    ("https://x.id/read/2", "https://x.id/read", None),  # an id after a bare segment, not a page
])
def test_first_page_of_a_declared_page_1(entered, declared, first):
    assert first_page_of(entered, [], declared) == first
    assert first_page_of(entered, []) is None  # without it, no link to page 1: nothing to go back to
    assert declares_first_page(entered, declared) is (first is not None)


# (h243 probe A1, reconstructed) A one-page story whose reader COMMENTS are paged under its own URL: "?page=2",
# "?page=3" answer the story again (every page repeats it, its rel=canonical the story) with the next batch of
# comments below, page 1's comment box links "Komentar lainnya ›" to "?page=2", page 2's to "?page=3" (and, in one
# form, "‹ Komentar sebelumnya" back). Entered at "?page=2" (a shared link to the comments), page 1 was read from the
# declared address (or the link back) and its lone "?page=2" queued as a confirmed later page: fetched, "only text
# already read", named missing, and "?page=3" after it; the item incomplete, refetched by every cron run. Entered at
# page 1 the same link is a guess the repeat refutes (unconfirmed_pager). Page 1 reached from an entered page is now
# read exactly as page 1 entered at.
def comment_box(number: int, back: bool) -> str:
    comments = "".join(f"<li class='comment'><span class='comment-author'>pembaca{number}{index}</span><div "
                       f"class='comment-text'>Semoga tips ini berguna untuk mudik tahun ini, terima kasih {index}</div>"
                       f"</li>" for index in range(3))
    nav = ""
    if back and number > 1:
        nav += f"<a class='prev' href='{ARTICLE if number == 2 else f'{ARTICLE}?page={number - 1}'}'>‹ Komentar " \
               f"sebelumnya</a> "
    if number < 3:
        nav += f"<a class='next' href='{ARTICLE}?page={number + 1}'>Komentar lainnya ›</a>"
    return (f"<section id='komentar' class='comments'><h3>Komentar (9)</h3><ol>{comments}</ol>"
            f"<div class='comment-pagination'>{nav}</div></section>")


def story_with_comments(number: int, back: bool) -> str:
    """The one-page story (page 1's paragraphs only, no button), with comment page ``number`` under it."""
    story = page(1).split("<div class='flex")[0]
    return f"{story}</div>{comment_box(number, back)}</div></body></html>"


@pytest.mark.parametrize("spider", ["generic", "cnnindonesia"])
@pytest.mark.parametrize(("entered", "back"), [(url(2), False), (url(2), True), (ARTICLE, False)],
                         ids=["entered-at-comments-2", "entered-at-comments-2-linking-back", "entered-at-the-story"])
def test_a_comment_threads_page_under_the_storys_canonical_is_no_later_page(spider, entered, back):
    given = {url(number): Route(story_with_comments(number, back)) for number in (1, 2, 3)}
    result = crawl_in_process(spider, given, f"url={entered}", settings=QUIET)
    [item] = result.items
    assert item["body"] == PARAGRAPHS[1], item["body"]
    assert item["url"] == ARTICLE and item["missing_pages"] == [], item["missing_pages"]
    assert url(3) not in result.fetched
    assert result.stats.get("newscrawl/article_pages/unconfirmed_pager") == 1


# (h243 probe A5, reconstructed) A number after the slug that is the story's id, not a page ("/read/judul-berita/12"),
# and a template whose canonical drops it; the bare address answers 404. The declared page 1 was asked for, failed,
# and the story (read whole from the page entered at) came out incomplete, missing_pages [the bare address], its url
# that 404 address, refetched by every cron run. A declared page 1 that is not there (404/410), for a page that has no
# pager of its own, names no page: read whole, its own URL. One whose pager leads on lacks its start: missing.
ID_PAGE = "https://www.beritakotaambon.id/read/pemkot-ambon-salurkan-beras-cadangan-pangan/12"
ID_TEXT = ["AMBON - Pemerintah Kota Ambon menyalurkan 12 ton beras cadangan pangan kepada warga terdampak banjir di "
           "Kecamatan Sirimau, Rabu (19/6/2024).",
           "Penyaluran dilakukan bertahap melalui kelurahan dan desa agar tepat sasaran, kata Kepala Dinas Ketahanan "
           "Pangan Kota Ambon."]


@pytest.mark.parametrize("status", [404, 410])
def test_a_declared_page_1_that_is_not_there_names_no_missing_page_for_a_one_page_story(status):
    bare = ID_PAGE.rsplit("/", 1)[0]
    html = page(1, declared=bare).replace("".join(f"<p>{text}</p>" for text in PARAGRAPHS[1]),
                                          "".join(f"<p>{text}</p>" for text in ID_TEXT))
    html = html.split("<div class='flex")[0] + "</div></div></body></html>"
    given = {ID_PAGE: Route(html), bare: Route(b"<html><body><h1>404 Halaman tidak ditemukan</h1></body></html>",
                                               status=status)}
    result = crawl_in_process("generic", given, f"url={ID_PAGE}", settings=QUIET)
    [item] = result.items
    assert item["body"] == ID_TEXT
    assert item["missing_pages"] == [] and item["url"] == ID_PAGE
    assert result.stats.get("newscrawl/article_pages/declared_first_page_gone") == 1


@pytest.mark.parametrize("spider", ["cnnindonesia", "generic"])
def test_a_declared_page_1_not_there_under_a_page_that_leads_on_is_missing(spider):
    """CNN's page 2 of 3 (its button to page 3), page 1 answering 404: the story lacks its start."""
    given = {**routes(), ARTICLE: Route(b"<html><body>Not found</body></html>", status=404)}
    result = crawl_in_process(spider, given, f"url={url(2)}", settings=QUIET)
    [item] = result.items
    assert item["body"] == PARAGRAPHS[2] + PARAGRAPHS[3]
    assert item["missing_pages"] == [ARTICLE]
    assert not result.stats.get("newscrawl/article_pages/declared_first_page_gone")
