"""A paged article whose pager does not list every page at once, read through the real spiders in process (h85 probe).

Reconstructed pagers, as sites print them:
- WordPress' wp_link_pages with "« Sebelumnya | Berikutnya »" only: page 2 links pages 1 and 3, never itself;
- WordPress' windowed page numbers ("1 2 … 12" on page 1, "1 … 5 6 7 … 12" on page 6);
- CNN Indonesia's "BACA HALAMAN BERIKUTNYA" button, one link to the next page;
- detik's .detail__long-nav windowed the same way ("1 2 … 12", "1 2 3 4 … 12", …).
Every page must be read, and the story stitched in page order, whatever order the pager reveals the pages in.
"""
from __future__ import annotations

import pytest

from inprocess import crawl_in_process
from replay import Route

QUIET = {"AUTOTHROTTLE_ENABLED": False}  # in process there is no engine to throttle
SUBJECTS = ["Kepala dinas", "Warga setempat", "Ketua RT 05", "Camat Sukamaju", "Petugas kebersihan", "Bidan desa"]
TOPICS = ["perbaikan saluran air di kawasan itu akan rampung sebelum musim hujan tiba",
          "harga beras di pasar tradisional naik hampir sepuluh persen dalam dua pekan terakhir",
          "jumlah penumpang bus kota meningkat sejak jalur baru dibuka bulan lalu",
          "anggaran tambahan untuk perbaikan jalan sudah disetujui dewan pada rapat paripurna",
          "pasokan listrik di desa terpencil masih sering padam pada malam hari"]


def paragraph(page: int, index: int) -> str:
    """A distinct news paragraph: the page's number and its place on the page written in it."""
    seed = page * 3 + index
    return (f"{SUBJECTS[seed % len(SUBJECTS)]} menjelaskan bahwa {TOPICS[seed % len(TOPICS)]}, seperti disampaikan "
            f"dalam pertemuan warga (catatan halaman {page} bagian {index + 1}).")


def story(pages: int) -> list[str]:
    return [paragraph(page, index) for page in range(1, pages + 1) for index in range(3)]


def window(page: int, last: int) -> list[int]:
    """The page numbers a windowed pager shows on ``page``: the first, the page and its neighbours, the last."""
    return sorted({1, last, *(n for n in (page - 1, page, page + 1) if 1 <= n <= last)})


# ------------------------------------------------------------------------------------------------ generic (WordPress)
GENERIC = "https://www.kabarpriangan.example/2024/06/19/pemkab-garut-bangun-jembatan-gantung-di-tiga-desa/"


def page_url(article: str, page: int) -> str:
    return article if page == 1 else f"{article}{page}/"


def wordpress_page(page: int, pager: str, blocks: list[str] | None = None) -> str:
    """Page ``page`` of the story (``blocks``: other text in its place, [] for a page of chrome only)."""
    blocks = [paragraph(page, index) for index in range(3)] if blocks is None else blocks
    text = "".join(f"<p>{block}</p>" for block in blocks)
    return ("<html lang='id'><head><meta charset='utf-8'><title>Pemkab Garut Bangun Jembatan Gantung</title>"
            "<meta property='og:type' content='article'>"
            "<meta property='article:published_time' content='2024-06-19T09:00:00+07:00'></head><body>"
            "<header><a href='https://www.kabarpriangan.example/'>Kabar Priangan</a></header><main><article>"
            "<h1 class='entry-title'>Pemkab Garut Bangun Jembatan Gantung</h1>"
            f"<div class='entry-content'>{text}<div class='page-links'>{pager}</div></div></article></main>"
            "</body></html>")


def prev_next(page: int, last: int) -> str:
    links = []
    if page > 1:
        links.append(f"<a class='prev' href='{page_url(GENERIC, page - 1)}'>&laquo; Sebelumnya</a>")
    if page < last:
        links.append(f"<a class='next' href='{page_url(GENERIC, page + 1)}'>Berikutnya &raquo;</a>")
    return " ".join(links)


def windowed(page: int, last: int) -> str:
    return " <span>…</span> ".join(f"<a class='post-page-numbers' href='{page_url(GENERIC, n)}'>{n}</a>"
                                   for n in window(page, last))


@pytest.mark.parametrize(("pages", "pager"), [(3, prev_next), (12, windowed)], ids=["prev-next-only", "windowed-12"])
def test_a_pager_that_does_not_list_page_2_on_later_pages_is_followed_to_the_end(pages, pager):
    """(h85 probe) Numbered links counted only when page 2 was among them (a guard against a poll's "?page=2" on a
    single-page story): page 2's "Sebelumnya/Berikutnya" and page 4's "1 … 3 4 5 … 12" hid the rest of the story
    (6 of 9, 15 of 36 paragraphs), missing_pages [] and no warning. On a later page any numbered page counts; the
    windowed pager revealed 12 before 3, and the story came out in that order."""
    routes = {page_url(GENERIC, n): Route(wordpress_page(n, pager(n, pages))) for n in range(1, pages + 1)}
    result = crawl_in_process("generic", routes, f"url={GENERIC}", settings=QUIET)
    [item] = result.items
    assert item["body"] == story(pages)
    assert item["missing_pages"] == []


CNN = "https://www.cnnindonesia.com/nasional/20240619101500-20-1111222/bmkg-peringatkan-potensi-gelombang-tinggi"


def cnn_page(page: int, last: int) -> str:
    text = "".join(f"<p>{paragraph(page, index)}</p>" for index in range(3))
    button = (f"<div class='text-center my-5'><a href='{CNN}/{page + 1}'>BACA HALAMAN BERIKUTNYA</a></div>"
              if page < last else "")
    return ("<html><head><title>BMKG Peringatkan Potensi Gelombang Tinggi</title><meta property='og:type' "
            "content='article'><meta property='article:published_time' content='2024-06-19T10:15:00+07:00'></head>"
            "<body><div class='detail-wrap'><h1>BMKG Peringatkan Potensi Gelombang Tinggi</h1>"
            f"<div class='detail-text'>{text}{button}</div></div></body></html>")


def test_a_next_page_button_alone_leads_past_page_2():
    """(h85 probe) CNN Indonesia's page 2 links only /3 behind its "BACA HALAMAN BERIKUTNYA" button: the structural
    pager wanted page 2 among the links and stopped, the item said whole with a third of the story left out."""
    routes = {(CNN if n == 1 else f"{CNN}/{n}"): Route(cnn_page(n, 3)) for n in (1, 2, 3)}
    result = crawl_in_process("cnnindonesia", routes, f"url={CNN}", settings=QUIET)
    [item] = result.items
    assert item["body"] == story(3)
    assert item["missing_pages"] == []


# ------------------------------------------------------------------------------------------------ detik
DETIK = "https://news.detik.com/berita/d-7412345/pemkot-bandung-perluas-jalur-sepeda-di-pusat-kota"


def detik_page(page: int, last: int) -> str:
    text = "".join(f"<p>{paragraph(page, index)}</p>" for index in range(3))
    pager = "<span>…</span>".join(f"<a class='detail__anchor-numb' href='{DETIK if n == 1 else f'{DETIK}/{n}'}'>{n}</a>"
                                  for n in window(page, last))
    return ("<html lang='id'><head><meta charset='utf-8'><title>Pemkot Bandung Perluas Jalur Sepeda</title>"
            "<meta property='og:type' content='article'><meta name='publishdate' content='2024/06/19 09:15:00'>"
            "</head><body><article class='detail'><div class='detail__header'>"
            "<h1 class='detail__title'>Pemkot Bandung Perluas Jalur Sepeda</h1></div>"
            "<div class='detail__body itp_bodycontent_wrapper'><div class='detail__body-text itp_bodycontent'>"
            f"{text}<div class='detail__long-nav'>{pager}</div></div></div></article></body></html>")


def test_a_windowed_pager_is_read_and_stitched_in_page_order():
    """(h85 probe) detik's pager on page 1 shows "1 2 … 12", on page 2 "1 2 3 … 12": each page's new links went to
    the end of the queue, so the pages were read 1, 2, 12, 3, 11, 4, 10, … and the story stitched in that order,
    missing_pages []. The queue is kept in page order."""
    routes = {(DETIK if n == 1 else f"{DETIK}/{n}"): Route(detik_page(n, 12)) for n in range(1, 13)}
    result = crawl_in_process("detik", routes, f"url={DETIK}", settings=QUIET)
    [item] = result.items
    assert item["body"] == story(12)
    assert item["missing_pages"] == []
    assert [url.rpartition("/")[2] for url in result.fetched[1:]] == [str(n) for n in range(2, 13)]


def test_a_pager_of_a_thousand_numbers_is_read_no_further_than_pages_can_be_fetched():
    """(h295 C2, RECONSTRUCTED: a hostile or broken template printing detik's .detail__long-nav with every number up
    to 1,000 on every page.) Each page worked out the page identity of every link (196 s for 31 requests at 10,000)
    and the item named 970 missing pages. Now the first 4 x max_article_pages links of a pager are read, 30 pages
    fetched, and missing_pages holds the first max_article_pages lacking, the cut counted."""
    last = 1000

    def full_pager_page(page: int) -> str:
        return detik_page(page, 2).replace(
            "<div class='detail__long-nav'>", "<div class='detail__long-nav'>" + "".join(
                f"<a class='detail__anchor-numb' href='{DETIK}/{n}'>{n}</a>" for n in range(2, last + 1)))

    routes = {(DETIK if n == 1 else f"{DETIK}/{n}"): Route(full_pager_page(n)) for n in range(1, 32)}
    result = crawl_in_process("detik", routes, f"url={DETIK}", settings=QUIET)
    [item] = result.items
    assert item["body"] == story(30)
    assert len(item["missing_pages"]) == 30 and item["missing_pages"][0] == f"{DETIK}/31"
    assert result.stats["newscrawl/article_pages/missing_pages_capped"] == 1
    assert result.stats["newscrawl/article_pages/pager_links_capped"] >= 1


# ------------------------------------------------------------------------------------------------ the pure parts
@pytest.mark.parametrize(("urls", "ordered"), [
    (["/a-b-c/2", "/a-b-c/12", "/a-b-c/3"], ["/a-b-c/2", "/a-b-c/3", "/a-b-c/12"]),
    # sindonews' offsets grow with the page
    (["/read/1/12/a-b-c-1718/10", "/read/1/12/a-b-c-1718/5"], ["/read/1/12/a-b-c-1718/5", "/read/1/12/a-b-c-1718/10"]),
    # a link without a number keeps its place
    (["/a-b-c?page=3", "/a-b-c/lanjutan", "/a-b-c?page=2"], ["/a-b-c?page=2", "/a-b-c/lanjutan", "/a-b-c?page=3"]),
])
def test_in_page_order(urls, ordered):
    from newscrawl.urls import in_page_order, page_number

    site = "https://s.id"
    number = (lambda url: page_number(url, "1")) if "/read/" in urls[0] else page_number
    assert in_page_order([site + url for url in urls], number) == [site + url for url in ordered]


@pytest.mark.parametrize(("numbers", "number", "rank"), [
    ([5, 10, 15, 20, 25, 30], 25, 6),  # sindonews' offsets: "/25" is page 6
    ([10, 20], 20, 3),
    ([2, 3, 12], 12, 12),  # consecutive numbers are their own places
    ([2, 7, 8], 7, 7),  # a series' parts on the last page: no common step
    ([2, 4], 4, 4),  # a step of 2 is read as page numbers, as before
    ([10], 10, 10),  # a lone mark says nothing of a step
])
def test_page_rank(numbers, number, rank):
    from newscrawl.urls import page_rank, page_step

    assert page_rank(number, page_step(numbers)) == rank


@pytest.mark.parametrize(("url", "most", "number"), [
    ("https://s.id/berita/judul-berita-ini/512/?page=3", 1000, 3),  # the query marks the page: "/512" is no mark
    ("https://s.id/berita/judul-berita-ini/12/?page=3", 50, 3),
    ("https://s.id/berita/judul-berita-ini/512/", 1000, 512),  # a pager's mark (offsets' "/60")...
    ("https://s.id/berita/judul-berita-ini/512/", 50, None),  # ... but no page mark of page 1's own URL
    ("https://s.id/berita/judul-berita-ini?page=3", 1000, 3),
    ("https://s.id/berita/judul-berita-ini/60", 1000, 60),
])
def test_page_number_marks(url, most, number):
    from newscrawl.urls import page_number

    assert page_number(url, None, most) == number


def test_a_page_named_after_a_later_one_is_stitched_before_it():
    """Pages are read in page order, but a pager may name one only after a later one was read (page 3 linking
    page 2 alone): its text goes where the page stands in the story, and a page's closing lines join its end."""
    from newscrawl.extract import RawArticle

    raw = RawArticle(url="https://s.id/a-b-c", body=["p1"])
    raw.add_page(["p3a", "p3b"], 3)
    raw.add_page(["p5"], 5)
    raw.add_page(["p2"], 2)
    raw.add_page(["p2 end"], 2)
    raw.add_page(["p4"], 4)
    raw.add_page(["other"], None)
    raw.add_page(["other end"], None, continues=True)
    assert raw.body == ["p1", "p2", "p2 end", "p3a", "p3b", "p4", "p5", "other", "other end"]
    assert raw.page_edges == [0, 1, 3, 5, 6, 7]  # each page's first block, its closing lines no page of their own
    assert RawArticle.from_plain(raw.to_plain()).page_starts == raw.page_starts


def series_links(page: int, last: int) -> str:
    """A later page's "Berita terkait" box: parts 7 and 8 of a series under the article's own slug (served 404)."""
    return "".join(f"<a href='{page_url(GENERIC, n)}'>Bagian {n}: lanjutan kisah</a>" for n in (7, 8)) \
        if page == last else ""


def poll_link(page: int, last: int) -> str:
    """The last page's poll widget: its "next question" is the article's own URL with ?page=<last + 1>."""
    return f"<a href='{GENERIC}?page={last + 1}'>Pertanyaan berikutnya</a>" if page == last else ""


@pytest.mark.parametrize("widget", [poll_link, series_links], ids=["poll-page-3", "series-parts-7-8"])
def test_a_stray_own_url_number_on_the_last_page_is_past_the_end(widget):
    """(h88 probe) On a later page any numbered link to the article's own URL is a page: a poll's "?page=3" on the
    last page (the server clamps it and answers page 2 again), a series' parts /7/ and /8/ (404) were fetched and
    named missing, the item counted incomplete and fetched again by every cron run. A page found on a later page
    only, numbered past every page named on page 1 and read with text, that answers nothing new (or 404s, not being
    the next page) is past the end: the item is whole."""
    pages = {n: wordpress_page(n, prev_next(n, 2)).replace("</article>", f"{widget(n, 2)}</article>") for n in (1, 2)}
    routes = {page_url(GENERIC, n): Route(html) for n, html in pages.items()}
    routes[f"{GENERIC}?page=3"] = Route(pages[2])
    result = crawl_in_process("generic", routes, f"url={GENERIC}", settings=QUIET)
    [item] = result.items
    assert item["body"] == story(2)
    assert item["missing_pages"] == []
    assert result.stats.get("newscrawl/article_pages/past_the_end")


def test_a_number_after_the_slug_of_page_1_is_no_page_it_names():
    """(h104 probe P9) page 1 ".../slug/512/" (an id after the slug), its pages "?page=2", page 2's poll linking
    "?page=3" answered with page 2 again: page 1's own URL was read as naming page 512 (a pager's marks reach
    PAGER_MAX_MARK), and "/512" read as the page of "?page=3", so the poll's page was named missing and cron fetched
    the article for 72 h. Page 1's own URL names a page as parse_article reads it (up to 50); a query's page mark
    leaves the path's number none."""
    article = "https://www.kabarpriangan.example/berita/pemkab-garut-bangun-jembatan-gantung-di-tiga-desa/512/"
    pagers = {1: f"<a href='{article}?page=2'>2</a>", 2: f"<a href='{article}'>1</a>"}
    pages = {n: wordpress_page(n, pagers[n]).replace(
        "</article>", f"<a href='{article}?page=3'>Pertanyaan berikutnya</a></article>" if n == 2 else "</article>")
        for n in (1, 2)}
    routes = {article: Route(pages[1]), f"{article}?page=2": Route(pages[2]), f"{article}?page=3": Route(pages[2])}
    result = crawl_in_process("generic", routes, f"url={article}", settings=QUIET)
    [item] = result.items
    assert item["body"] == story(2)
    assert item["missing_pages"] == []
    assert result.stats.get("newscrawl/article_pages/past_the_end")


def test_the_next_page_answering_404_is_still_missing():
    """... but the next page a later page's pager names, answering 404, is a page lost: the item says so."""
    routes = {page_url(GENERIC, n): Route(wordpress_page(n, prev_next(n, 3))) for n in (1, 2)}
    routes[page_url(GENERIC, 3)] = Route(b"nf", status=404)
    result = crawl_in_process("generic", routes, f"url={GENERIC}", settings=QUIET)
    [item] = result.items
    assert item["body"] == story(2)
    assert item["missing_pages"] == [page_url(GENERIC, 3)]


def sliding(page: int, last: int) -> str:
    """A pager naming only the page's neighbours and "Berikutnya": page 1 names pages 1 and 2."""
    links = [f"<a class='post-page-numbers' href='{page_url(GENERIC, n)}'>{n}</a>"
             for n in (page - 1, page, page + 1) if 1 <= n <= last]
    if page < last:
        links.append(f"<a class='next' href='{page_url(GENERIC, page + 1)}'>Berikutnya &raquo;</a>")
    return " ".join(links)


@pytest.mark.parametrize(("pager", "last", "lost", "text"), [
    (prev_next, 5, 3, []),
    (prev_next, 5, 3, story(2)[3:]),
    (sliding, 6, 4, []),
    (prev_next, 3, 3, []),
], ids=["prev-next-5-page-3-empty", "prev-next-5-page-3-repeats-page-2", "sliding-6-page-4-empty",
        "prev-next-3-last-page-empty"])
def test_a_later_page_without_new_text_inside_the_pager_is_missing_not_the_end(pager, last, lost, text):
    """(h91 probe) A page of a prev/next or sliding pager that renders only chrome, or the page before's text again,
    was taken for the story's end: the pages after it were never read and the item said whole, so cron never fetched
    it again. Its own pager leading on to a page not read yet, or back to the page before it, puts it inside the
    story: it is missing, and the pages after it are read."""
    routes = {page_url(GENERIC, n): Route(wordpress_page(n, pager(n, last), text if n == lost else None))
              for n in range(1, last + 1)}
    result = crawl_in_process("generic", routes, f"url={GENERIC}", settings=QUIET)
    [item] = result.items
    assert item["body"] == [block for block in story(last) if f"halaman {lost} " not in block]
    assert item["missing_pages"] == [page_url(GENERIC, lost)]
    assert not result.stats.get("newscrawl/article_pages/past_the_end")


# ------------------------------------------------------------------------------------------------ sindonews offsets
# Reconstructed (h100 probe): a SINDOnews listicle of 7 pages whose later pages carry an offset after the slug
# ("…-1718804400/5", "/10" … "/30" for pages 2-7; realpages SITES.md, sindonews Pagination), its .paging-artikel
# showing "Sebelumnya", the five page numbers around the current page and "Selanjutnya". No "Tampilkan Semua" link.
SINDO = "https://nasional.sindonews.com/read/1412877/12/10-daerah-dengan-kasus-demam-berdarah-tertinggi-1718804400"


def sindo_url(page: int, step: int) -> str:
    """Page ``page``'s address: offsets (``step`` 5: "/5", "/10" …) or consecutive numbers (``step`` 1: "/2", "/3" …)."""
    return SINDO if page == 1 else f"{SINDO}/{(page - 1) * step if step > 1 else page}"


def sindo_page(page: int, last: int, step: int, blocks: list[str] | None = None, pager: str | None = None,
               box: str = "paging-artikel") -> str:
    """Page ``page`` of the listicle, its pager (``pager``: another one's links) in a div of class ``box``."""
    blocks = [paragraph(page, index) for index in range(3)] if blocks is None else blocks
    numbers = [n for n in range(page - 2, page + 3) if 1 <= n <= last]
    pager = pager if pager is not None else " ".join([*([f"<a href='{sindo_url(page - 1, step)}'>Sebelumnya</a>"] if page > 1 else []),
                      *(f"<a href='{sindo_url(n, step)}'>{n}</a>" for n in numbers),
                      *([f"<a href='{sindo_url(page + 1, step)}'>Selanjutnya</a>"] if page < last else [])])
    text = "".join(f"{block}<br><br>" for block in blocks)
    return ("<html lang='id'><head><meta charset='utf-8'><title>10 Daerah dengan Kasus DBD Tertinggi - SINDOnews</title>"
            "<meta property='og:type' content='article'><script type='application/ld+json'>{\"@context\":"
            "\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"10 Daerah dengan Kasus DBD Tertinggi\","
            "\"datePublished\":\"2024-06-19T20:40:00+07:00\"}</script></head><body><div class='detail-content'>"
            "<h1 class='detail-title'>10 Daerah dengan Kasus DBD Tertinggi</h1>"
            f"<div id='detail-desc' class='detail-desc'>{text}<div class='editor'>(dam)</div></div>"
            f"<div class='{box}'>{pager}</div></div></body></html>")


@pytest.mark.parametrize("step", [5, 1], ids=["offsets", "consecutive"])
@pytest.mark.parametrize(("lost_page", "missing", "read"), [
    (Route(b"nf", status=404), [6, 7], range(1, 6)),
    ("empty", [6], [1, 2, 3, 4, 5, 7]),
    (Route(b"<html><head><title>SINDOnews</title></head><body></body></html>"), [6], [1, 2, 3, 4, 5, 7]),
], ids=["page-6-404", "page-6-empty", "page-6-blank"])
def test_a_lost_page_of_an_offset_pager_is_missing_not_the_end(step, lost_page, missing, read):
    """(h100 probe) SINDOnews' page 6 "/25" answering 404 was taken for a page past the end: the next page was
    reckoned as "/20" + 1, so the item said whole without pages 6 and 7. Pages are compared by their place in the
    story (urls.page_step, page_rank): "/25" is page 6, the next one, and it and page 7 behind it are missing.
    Answering an empty body, page 6 was skipped as past the end, page 7 read after it, and the item said whole: its
    pager's "Sebelumnya" to "/20" is the page before it; a blank page (no pager at all) taken for the end that a
    later page with text follows was inside the story too, and is missing (…/end_was_inside).
    Consecutive numbering ("/6") behaves the same."""
    routes = {sindo_url(n, step): Route(sindo_page(n, 7, step)) for n in range(1, 8)}
    routes[sindo_url(6, step)] = (Route(sindo_page(6, 7, step, [])) if lost_page == "empty" else lost_page)
    result = crawl_in_process("sindonews", routes, f"url={SINDO}", settings=QUIET)
    [item] = result.items
    assert item["body"] == [paragraph(page, index) for page in read for index in range(3)]
    assert item["missing_pages"] == [sindo_url(n, step) for n in missing]


# Reconstructed (h102 probe): SINDOnews' other pager, a div.pagination-detail its selector (.paging-artikel) misses,
# read by structure: "Halaman 1 2 3 … 8 Selanjutnya" on page 1 (the page, its neighbours and the last one), offsets
# 10 apart, so pages 7 and 8 are "/60" and "/70".
def sindo_detail_page(page: int, last: int, step: int, blocks: list[str] | None = None) -> str:
    numbers = sorted({last, *(n for n in range(page - 2, page + 3) if 1 <= n <= last)})
    pager = " ".join([*([f"<a class='page-prev' href='{sindo_url(page - 1, step)}'>Sebelumnya</a>"] if page > 1 else []),
                      *(f"<span class='current'>{n}</span>" if n == page else
                        f"<a class='page-num' href='{sindo_url(n, step)}'>{n}</a>" for n in numbers),
                      *([f"<a class='page-next' href='{sindo_url(page + 1, step)}'>Selanjutnya</a>"] if page < last else [])])
    return sindo_page(page, last, step, blocks, pager, box="pagination-detail")


@pytest.mark.parametrize("pager", [
    f"<a href='{SINDO}/10'><img src='https://cdn.sindonews.net/img/next.png' alt='Halaman berikutnya'></a>",
    f"<a href='{SINDO}/10' aria-label='Halaman 2'><i class='icon-chevron-right'></i></a>",
    f"<a href='{SINDO}/10'>2/2</a> <a href='{SINDO}/10'>Lanjut ke Halaman 2 &raquo;</a>",
    f"<a href='{SINDO}/10'>Halaman 2 dari 2</a>",
    f"<a href='{SINDO}/10'>Next Page &raquo;</a>",
], ids=["image-alt", "icon-aria-label", "count-and-words", "halaman-dari", "english"])
def test_a_two_page_offset_article_labelled_otherwise_is_read(pager):
    """(h104 probe S1, S2) SINDOnews 2019's 2-page article whose page 1 links "/10" only by an icon (an image's alt
    "Halaman berikutnya"), or as "2/2" and "Lanjut ke Halaman 2 »": no label was read, so the lone offset was no
    pager and the item came out as page 1 with missing_pages []. A link showing no text is read by its aria-label,
    title or images' alt; a page's count, words before the number and English next words label a pager's link."""
    routes = {SINDO: Route(sindo_page(1, 2, 10, pager=pager, box="pagination-detail")),
              sindo_url(2, 10): Route(sindo_detail_page(2, 2, 10))}
    result = crawl_in_process("sindonews", routes, f"url={SINDO}", settings=QUIET)
    [item] = result.items
    assert result.fetched == [SINDO, sindo_url(2, 10)]
    assert item["body"] == [paragraph(page, index) for page in (1, 2) for index in range(3)]
    assert item["missing_pages"] == []


@pytest.mark.parametrize("last", [8, 12], ids=["8-pages-to-70", "12-pages-to-110"])
def test_offset_pages_past_50_are_read(last):
    """(h102 probe) An offset pager's marks grow past 50: page 1 linking "/10", "/20" and the last page "/70" (or
    "/110") read pages 2-6 and came out without pages 7 and 8 (/60, /70), missing_pages [], the mark capped at 50. A
    page's place in the story is capped (page 8 of offsets 10 apart), not its mark."""
    routes = {sindo_url(n, 10): Route(sindo_detail_page(n, last, 10)) for n in range(1, last + 1)}
    result = crawl_in_process("sindonews", routes, f"url={SINDO}", settings=QUIET)
    [item] = result.items
    assert result.fetched == [sindo_url(n, 10) for n in range(1, last + 1)]
    assert item["body"] == [paragraph(page, index) for page in range(1, last + 1) for index in range(3)]
    assert item["missing_pages"] == []


@pytest.mark.parametrize("page_1", ["read", "fails"])
def test_an_article_entered_at_an_offset_page_past_50_is_read_from_page_1(page_1):
    """(h104 probe S6) Entered at page 7 of 8 ("-a url=…/60"), whose windowed pager shows "Sebelumnya 5 6 [7] 8
    Selanjutnya" and no link to page 1: "/60" was no page mark (a number over 50 after the slug), so the page came
    out alone as the whole article. An offset page past 50 that its own pager's labels place is a later page: the
    article is read from page 1 (the URL without the mark), or, page 1 failing, from this page and its pager, page 1
    named missing."""
    routes = {sindo_url(n, 10): Route(sindo_detail_page(n, 8, 10)) for n in range(1, 9)}
    if page_1 == "fails":
        routes[SINDO] = Route(b"nf", status=404)
    result = crawl_in_process("sindonews", routes, f"url={sindo_url(7, 10)}", settings=QUIET)
    [item] = result.items
    read = range(1 if page_1 == "read" else 2, 9)  # its pager leads back to pages 2-6 too
    assert item["url"] == (SINDO if page_1 == "read" else sindo_url(7, 10))
    assert item["body"] == [paragraph(page, index) for page in read for index in range(3)]
    assert item["missing_pages"] == ([] if page_1 == "read" else [SINDO])
    assert result.stats.get("newscrawl/article_pages/entered_later_page") == 1


def sindo_step_page(page: int, last: int, step: int) -> str:
    """SINDOnews' pager of no numbers: "« Sebelumnya | Selanjutnya »" (h107 probe E2)."""
    pager = " | ".join([*([f"<a href='{sindo_url(page - 1, step)}'>&laquo; Sebelumnya</a>"] if page > 1 else []),
                        *([f"<a href='{sindo_url(page + 1, step)}'>Selanjutnya &raquo;</a>"] if page < last else [])])
    return sindo_page(page, last, step, None, pager, box="pagination")


def test_an_article_entered_past_50_under_a_pager_of_no_numbers_is_read_from_page_1():
    """(h107 probe E2) Entered at "/60" of an 8-page article whose pager only says "« Sebelumnya | Selanjutnya »"
    (/50, /70): no link's text named a number, so "/60" was no page and the page came out alone as whole. Previous and
    next links exactly one offset step either side of the page's mark place it."""
    routes = {sindo_url(n, 10): Route(sindo_step_page(n, 8, 10)) for n in range(1, 9)}
    result = crawl_in_process("sindonews", routes, f"url={sindo_url(7, 10)}", settings=QUIET)
    [item] = result.items
    assert item["url"] == SINDO and item["missing_pages"] == []
    assert item["body"] == [paragraph(page, index) for page in range(1, 9) for index in range(3)]


def test_an_offset_page_past_50_that_fails_is_missing():
    """... and the last page "/70" answering 404 is a page lost, named by page 1: missing, not past the end."""
    routes = {sindo_url(n, 10): Route(sindo_detail_page(n, 8, 10)) for n in range(1, 8)}
    routes[sindo_url(8, 10)] = Route(b"nf", status=404)
    result = crawl_in_process("sindonews", routes, f"url={SINDO}", settings=QUIET)
    [item] = result.items
    assert item["body"] == [paragraph(page, index) for page in range(1, 8) for index in range(3)]
    assert item["missing_pages"] == [sindo_url(8, 10)]


@pytest.mark.parametrize(("page_2", "pages"), [(None, 2), (Route(b"nf", status=404), 1), ("page 1", 1)],
                         ids=["read", "404", "page-1-again"])
def test_a_two_page_offset_article_is_read(page_2, pages):
    """(h102 probe) A 2-page offset article: page 1 links only "/10", as "2" and "Selanjutnya". A lone number was no
    pager (the poll guard), so the item came out as page 1 with missing_pages [] though cut. A lone own-URL number
    labelled as a pager's page 2 (or its next page) is read, unconfirmed as a lone "?page=2" is: answering 404 or
    page 1 again, there was no page 2 and page 1 is whole (…/unconfirmed_pager)."""
    routes = {sindo_url(n, 10): Route(sindo_detail_page(n, 2, 10)) for n in (1, 2)}
    if page_2 == "page 1":
        routes[sindo_url(2, 10)] = routes[SINDO]
    elif page_2 is not None:
        routes[sindo_url(2, 10)] = page_2
    result = crawl_in_process("sindonews", routes, f"url={SINDO}", settings=QUIET)
    [item] = result.items
    assert result.fetched == [SINDO, sindo_url(2, 10)]
    assert item["body"] == [paragraph(page, index) for page in range(1, pages + 1) for index in range(3)]
    assert item["missing_pages"] == []
    assert bool(result.stats.get("newscrawl/article_pages/unconfirmed_pager")) == (pages == 1)


# Reconstructed (h102 probe): a WordPress story's own-URL numbered links that step evenly but are no pager: a comment
# widget's "?hal=10", "?hal=20" ("Komentar lama"), a photo gallery's slide thumbnails "/10/", "/20/", "/30/" (images),
# each slide answering the story again, with its caption added.
def no_pager_links(kind: str) -> str:
    if kind == "comment-pages":
        return (f"Halaman komentar: <a href='{GENERIC}?hal=10'>Komentar lama</a> "
                f"<a href='{GENERIC}?hal=20'>Komentar lebih lama</a>")
    return "<span>Foto 1 dari 30</span>" + "".join(
        f"<a class='slide-thumb' href='{GENERIC}{n}/'><img src='https://www.kabarpriangan.example/wp-content/uploads/"
        f"2024/06/jembatan-{n}.jpg' alt='Foto {n}'></a>" for n in (10, 20, 30))


def slide_page(number: int, kind: str) -> str:
    caption = f"Foto {number}: warga menyeberangi sungai dengan rakit sebelum jembatan gantung selesai dibangun."
    blocks = [*(paragraph(1, index) for index in range(3)), *([caption] if kind == "slides-with-captions" else [])]
    return wordpress_page(1, no_pager_links(kind), blocks)


@pytest.mark.parametrize("kind", ["comment-pages", "slides", "slides-with-captions"])
def test_own_url_numbers_stepping_evenly_without_a_pager_s_labels_are_no_pager(kind):
    """(h102 probe) Page 1's own-URL numbers stepping evenly were read as an offset pager whatever they were: a comment
    widget's "?hal=10", "?hal=20" answering the story again were fetched and named missing (cron refetching the
    "incomplete" article for 72 h); a gallery's slide thumbnails likewise, or, each slide adding its caption, "Foto 10:
    …" appended to the body. An offset set is a pager only when each link's text labels it so ("2", "3" or
    "Selanjutnya")."""
    query = kind == "comment-pages"
    routes = {GENERIC: Route(wordpress_page(1, no_pager_links(kind)))}
    for n in (10, 20, 30):
        routes[f"{GENERIC}?hal={n}" if query else f"{GENERIC}{n}/"] = Route(slide_page(n, kind))
    result = crawl_in_process("generic", routes, f"url={GENERIC}", settings=QUIET)
    [item] = result.items
    assert result.fetched == [GENERIC]
    assert item["body"] == story(1) and item["missing_pages"] == []
    assert not result.stats.get("newscrawl/article_pages/refused_page_links")  # no pager's labels: nothing lost


@pytest.mark.parametrize("answer", ["page 1", "404"])
def test_an_offset_set_whose_first_page_is_page_1_again_is_no_pager(answer):
    """(h102 probe) ... and an offset set labelled as a pager's ("2", "3" on "/10", "/20") is found by structure only,
    unconfirmed as a lone "?page=2" is: its first page answering page 1 again, or 404, means there was none. Page 1
    is emitted whole, the rest not fetched (was: every page fetched and named missing)."""
    pager = " ".join(f"<a href='{GENERIC}{n * 10}/'>{n + 1}</a>" for n in (1, 2))
    routes = {GENERIC: Route(wordpress_page(1, pager))}
    routes[f"{GENERIC}10/"] = routes[GENERIC] if answer == "page 1" else Route(b"nf", status=404)
    routes[f"{GENERIC}20/"] = routes[f"{GENERIC}10/"]
    result = crawl_in_process("generic", routes, f"url={GENERIC}", settings=QUIET)
    [item] = result.items
    assert result.fetched == [GENERIC, f"{GENERIC}10/"]
    assert item["body"] == story(1) and item["missing_pages"] == []
    assert result.stats.get("newscrawl/article_pages/unconfirmed_pager") == 1
