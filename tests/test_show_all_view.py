"""A "show all" view that is not the whole article, and a later page that is another article.

A site that ignores ?showpage=all (or ?page=all) answers page 1 again, or redirects the view to page 1: taken
for the whole article, pages 2 and 3 were lost with ``missing_pages: []``. The view is now accepted only when it
holds more than page 1; else the pager's pages are read one by one. A page 2 redirected to another story was
appended to this one; it is now refused (the pages before it are emitted, the rest listed as missing).
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from inprocess import crawl_in_process
from newscrawl.spiders.base import holds_more_than
from newscrawl.urls import is_single_page_view, same_article, without_trackers
from replay import Route, routes_from_fixtures
from synthetic_site import article_html, article_url

QUIET = {"AUTOTHROTTLE_ENABLED": False}  # in process there is no engine to throttle
N = 1
ARTICLE = article_url(N)
ALL = f"{ARTICLE}?showpage=all"


def sindonews_paged(view: Route | None) -> dict[str, Route]:
    """Article N in three pages (SINDOnews' pager), with its "show all" link when a view is given."""
    pager = '<div class="paging-artikel"><a href="{0}">1</a> <a href="{0}/2">2</a> <a href="{0}/3">3</a></div>'.format(ARTICLE)
    if view is not None:
        pager += f'<div class="paging-all"><a href="{ALL}">Tampilkan semua</a></div>'
    routes = {ARTICLE: Route(article_html(N).replace("</body>", pager + "</body>"))}
    for page in (2, 3):
        routes[f"{ARTICLE}/{page}"] = Route(article_html(N, paragraphs=2).replace("Paragraf", f"Halaman {page} paragraf"))
    if view is not None:
        routes[ALL] = view
    return routes


def pages_read(item: dict) -> list[int]:
    return [page for page in (2, 3) if any(f"Halaman {page} paragraf" in block for block in item["body"])]


@pytest.mark.parametrize("view", [Route(article_html(N)), Route.redirect(ARTICLE, 301)],
                         ids=["view-answers-page-1", "view-redirects-to-page-1"])
def test_a_show_all_view_that_is_page_1_falls_back_to_the_pages(view):
    result = crawl_in_process("sindonews", sindonews_paged(view), f"url={ARTICLE}", settings=QUIET)
    [item] = result.items
    assert pages_read(item) == [2, 3] and item["missing_pages"] == [], item["body"]
    assert result.stats.get("newscrawl/article_pages/all_in_one_not_whole") == 1
    assert result.stats.get("newscrawl/article_pages/all_in_one_failed") == 1



KOMPAS = Path(__file__).parent / "sites" / "kompas"
KOMPAS_ARTICLE = json.loads((KOMPAS / "multipage.json").read_text(encoding="utf-8"))["url"]


@pytest.mark.parametrize("view", [Route(b"Gangguan", status=500), Route.redirect(KOMPAS_ARTICLE, 302),
                                  Route((KOMPAS / "multipage.html").read_bytes())],
                         ids=["view-fails", "view-redirects-to-page-1", "view-answers-page-1"])
def test_a_site_declaring_only_its_show_all_view_falls_back_to_its_pager(view):
    """Kompas declares its "Show All" link (?page=all) and no pager selector: its pager (?page=2) was never read, so a
    failing view cut the article to page 1 (missing_pages [?page=all]), and a view answering page 1 left it cut with
    missing_pages []. Its pages are now found by the structural pager and read one by one."""
    routes = {**routes_from_fixtures(KOMPAS), f"{KOMPAS_ARTICLE}?page=all": view}
    result = crawl_in_process("kompas", routes, f"url={KOMPAS_ARTICLE}", settings=QUIET)
    [item] = result.items
    page1 = json.loads((KOMPAS / "multipage.json").read_text(encoding="utf-8"))["body"][:4]
    assert item["body"][:4] == page1 and any("HALAMAN DUA" in block for block in item["body"][4:]), item["body"]
    assert item["missing_pages"] == []
    assert result.stats.get("newscrawl/article_pages/all_in_one_failed") == 1

def test_a_whole_show_all_view_is_read_alone():
    page1 = article_html(N)
    lead = page1.split("JAKARTA - ")[1].split('<div class="editor">')[0]
    rest = "".join(f"<br><br>Halaman {p} paragraf {i} berita sintetis nomor {N} menguraikan kebijakan daerah dan "
                   f"tanggapan warga setempat." for p in (2, 3) for i in (1, 2))
    result = crawl_in_process("sindonews", sindonews_paged(Route(page1.replace(lead, lead + rest))), f"url={ARTICLE}",
                              settings=QUIET)
    [item] = result.items
    assert pages_read(item) == [2, 3] and item["missing_pages"] == []
    assert result.stats.get("newscrawl/article_pages/all_in_one") == 1
    assert not any(url.endswith(("/2", "/3")) for url in result.fetched)


def test_a_later_page_redirected_to_another_article_is_not_appended():
    routes = sindonews_paged(None)
    routes[f"{ARTICLE}/2"] = Route.redirect(article_url(2), 301)
    routes[article_url(2)] = Route(article_html(2))
    result = crawl_in_process("sindonews", routes, f"url={ARTICLE}", settings=QUIET)
    [item] = result.items
    assert not any("nomor 2 " in block for block in item["body"]), item["body"]
    assert item["missing_pages"] == [f"{ARTICLE}/2", f"{ARTICLE}/3"]



def test_a_later_page_redirected_to_the_home_page_gives_the_pages_before_it():
    """The redirect middleware refuses that redirect (RedirectRefused, an IgnoreRequest): Scrapy's engine hands the
    failure to the request's errback, which emits page 1 marked missing pages 2 and 3. The in-process runner used to
    drop the request instead, and with it the article (0 items, where `scrapy crawl` gives one)."""
    routes = sindonews_paged(None)
    routes[f"{ARTICLE}/2"] = Route.redirect("https://www.sindonews.com/", 302)
    result = crawl_in_process("sindonews", routes, f"url={ARTICLE}", settings=QUIET)
    [item] = result.items
    assert pages_read(item) == [] and item["missing_pages"] == [f"{ARTICLE}/2", f"{ARTICLE}/3"]
    assert result.stats.get("newscrawl/items/incomplete") == 1

GENERIC = "https://www.beritacontoh.id/nasional/read/4821507/pemkot-bandung-perluas-jalur-sepeda-di-pusat-kota"


def generic_page(n: int) -> str:
    paras = "".join(f"<p>Halaman {n} paragraf {i}: pemerintah kota memperluas jalur sepeda di pusat kota demi "
                    f"keselamatan warga dan pesepeda.</p>" for i in range(4))
    links = (f'<div class="pagination"><a href="{GENERIC}?page=2">2</a> <a href="{GENERIC}?page=3">3</a> '
             f'<a href="{GENERIC}?page=all">Tampilkan semua</a></div>')
    return (f'<html><head><meta charset="utf-8"><title>Pemkot Bandung Perluas Jalur Sepeda - Berita Contoh</title>'
            f'<meta property="og:type" content="article"><meta property="article:published_time" '
            f'content="2024-06-19T09:00:00+07:00"></head><body><h1>Pemkot Bandung Perluas Jalur Sepeda</h1>'
            f'<article>{paras}</article>{links}</body></html>')


@pytest.mark.parametrize("view", [Route(generic_page(1)), Route.redirect(GENERIC, 301)],
                         ids=["view-answers-page-1", "view-redirects-to-page-1"])
def test_generic_structural_show_all_view_that_is_page_1(view):
    routes = {GENERIC: Route(generic_page(1)), f"{GENERIC}?page=2": Route(generic_page(2)),
              f"{GENERIC}?page=3": Route(generic_page(3)), f"{GENERIC}?page=all": view}
    [item] = crawl_in_process("generic", routes, f"url={GENERIC}", settings=QUIET).items
    assert [any(f"Halaman {n} " in block for block in item["body"]) for n in (1, 2, 3)] == [True, True, True]
    assert item["missing_pages"] == []


@pytest.mark.parametrize(("page1", "view", "more"), [
    (["Satu.", "Dua."], ["Satu.", "Dua.", "Tiga."], True),
    (["Satu.", "Dua."], ["Satu.", "Dua."], False),                  # page 1 again
    (["Satu.", "Dua."], ["satu", "dua"], False),                    # the same, spelled as the view prints it
    (["Satu panjang sekali.", "Dua."], ["Satu."], False),            # less than page 1: a cut view
    (["Satu panjang sekali."], ["Lain."], False),                   # other text, but less of it
])
def test_holds_more_than(page1, view, more):
    assert holds_more_than(page1, view) is more


@pytest.mark.parametrize(("first", "url", "ids", "same"), [
    (ARTICLE, f"{ARTICLE}/2", (None, None), True),
    (ARTICLE, ARTICLE.replace("https://", "http://"), (None, None), True),
    (GENERIC, f"{GENERIC}?page=2", (None, None), True),
    (GENERIC, f"{GENERIC}?page=all", (None, None), True),
    (GENERIC, GENERIC.replace("www.", "m."), (None, None), True),
    (ARTICLE, article_url(2), (None, None), False),
    (ARTICLE, article_url(2), ("100001", "100002"), False),
    (ARTICLE, ARTICLE.replace("nomor-1", "nomor-satu") + "/2", ("100001", "100001"), True),  # a renamed slug
])
def test_same_article(first, url, ids, same):
    assert same_article(first, url, *ids) is same


def test_kompas_reads_its_page_count_from_a_property_meta_too():
    """(h46 probe: meta name= and property= swapped) Kompas's page without its pager links says how many pages it has
    in content_total_pages; given as <meta property=…>, the count was not read and the article was cut to page 1 with
    no missing page named. Read by name or property, as every other <meta>."""
    page = (KOMPAS / "multipage.html").read_text(encoding="utf-8")
    start, end = page.index('<div class="paging clearfix">'), page.index('<div class="read__tagging')
    page = (page[:start] + page[end:]).replace('<meta name="content_total_pages"', '<meta property="content_total_pages"')
    routes = {**routes_from_fixtures(KOMPAS), KOMPAS_ARTICLE: Route(page.encode())}
    result = crawl_in_process("kompas", routes, f"url={KOMPAS_ARTICLE}", settings=QUIET)
    [item] = result.items
    assert f"{KOMPAS_ARTICLE}?page=all" in result.fetched
    assert item["body"] == json.loads((KOMPAS / "multipage.json").read_text(encoding="utf-8"))["body"]


# The "show all" view fed by name (h152 probe). A reader shares, or a user gives, the view itself: sindonews'
# "…-1705889445?showpage=all" holds the whole story and still prints its .paging-artikel pager ("1" → page 1, "2" →
# "…/10", offsets 10 apart) and its .paging-all link to itself. Read whole, its "/10" was fetched, answered only text
# already read, was named missing (missing_pages ["…/10"]) and cron fetched the item again for 72 h. detik's "?single=1"
# view prints its .detail__long-nav pager the same way (reconstructed from tests/sites/detik/multipage*.html).
SINDO_VIEW_PAGES = (
    "JAKARTA - Harga emas batangan PT Aneka Tambang Tbk (Antam) hari ini naik Rp5.000 menjadi Rp1.137.000 per gram.",
    "Berdasarkan data Logam Mulia, Senin (22/1/2024), harga emas Antam ukuran 0,5 gram dijual Rp618.500.",
    "Untuk ukuran 5 gram dijual Rp5.460.000, ukuran 10 gram Rp10.865.000, dan ukuran 25 gram Rp27.037.000.",
    "Sementara itu, emas ukuran 50 gram dijual Rp53.995.000 dan ukuran 100 gram Rp107.912.000.",
)


def sindonews_view(body: tuple[str, ...], link_all: str, offsets: tuple[str, ...] = ("/10",)) -> str:
    """A sindonews article page (its 2024 markup, as tests/sites/sindonews) printing the pager of two pages (or of
    page 1 and its later pages at ``offsets``)."""
    links = "".join(f'<a href="{ARTICLE}{offset}">{number}</a>' for number, offset in enumerate(offsets, 2))
    pager = (f'<div class="paging-artikel"><a href="{ARTICLE}">1</a>{links}</div>'
             f'<div class="paging-all"><a href="{link_all}">Tampilkan Semua</a></div>')
    return article_html(N).replace(article_html(N).split('<div id="detail-desc" class="detail-desc">')[1]
                                   .split('<div class="editor">')[0], "<br><br>".join(body)).replace(
        "</body>", pager + "</body>")


@pytest.mark.parametrize("fed", [ALL, f"{ALL}&utm_source=whatsapp&utm_medium=share"], ids=["view", "view-shared"])
def test_the_show_all_view_fed_by_name_is_whole_though_it_prints_its_pager(fed):
    routes = {fed: Route(sindonews_view(SINDO_VIEW_PAGES, ALL)),
              ARTICLE: Route(sindonews_view(SINDO_VIEW_PAGES[:2], ALL)),
              f"{ARTICLE}/10": Route(sindonews_view(SINDO_VIEW_PAGES[2:], ALL))}
    result = crawl_in_process("sindonews", routes, f"url={fed}", settings=QUIET)
    [item] = result.items
    assert item["body"] == list(SINDO_VIEW_PAGES) and item["missing_pages"] == [], item
    assert item["url"] == ARTICLE
    # Its pager's pages are read (a site may ignore the marker: below): "/10" answers text the view holds, not missing.
    assert result.fetched == [fed, f"{ARTICLE}/10"]
    assert result.stats.get("newscrawl/article_pages/all_pages_view_read") == 1
    assert result.stats.get("newscrawl/article_pages/view_page_already_read") == 1
    assert not result.stats.get("newscrawl/article_pages/repeated")


def test_a_marked_view_whose_show_all_link_names_another_address_is_read_as_page_1():
    """"?page=all" the site does not know (it serves page 1 with its pager, its own view is "?showpage=all"): not taken
    for the whole story; the site's view is asked for, as from page 1."""
    fed = f"{ARTICLE}?page=all"
    routes = {fed: Route(sindonews_view(SINDO_VIEW_PAGES[:2], ALL)), ALL: Route(sindonews_view(SINDO_VIEW_PAGES, ALL)),
              f"{ARTICLE}/10": Route(sindonews_view(SINDO_VIEW_PAGES[2:], ALL))}
    result = crawl_in_process("sindonews", routes, f"url={fed}", settings=QUIET)
    [item] = result.items
    assert item["body"] == list(SINDO_VIEW_PAGES) and item["missing_pages"] == [], item
    assert ALL in result.fetched and not result.stats.get("newscrawl/article_pages/all_pages_view_read")


DETIK = Path(__file__).parent / "sites" / "detik"
DETIK_ARTICLE = json.loads((DETIK / "multipage.json").read_text(encoding="utf-8"))["url"]


def detik_single_view() -> str:
    """detik's "?single=1" view: page 1's markup holding the paragraphs of pages 2 and 3 before the same pager."""
    def text(name: str) -> str:
        page = (DETIK / name).read_text(encoding="utf-8")
        return page.split('<div class="detail__body-text itp_bodycontent">')[1].split('<div class="detail__long-nav">')[0]
    page1 = (DETIK / "multipage.html").read_text(encoding="utf-8")
    nav = '      <div class="detail__long-nav">'
    return page1.replace(nav, text("multipage.page2.html") + text("multipage.page3.html") + nav, 1)


def test_detiks_single_view_fed_by_name_is_whole_though_it_prints_its_pager():
    fed = f"{DETIK_ARTICLE}?single=1"
    routes = {**routes_from_fixtures(DETIK), fed: Route(detik_single_view())}
    result = crawl_in_process("detik", routes, f"url={fed}", settings=QUIET)
    [item] = result.items
    assert item["body"] == json.loads((DETIK / "multipage.json").read_text(encoding="utf-8"))["body"]
    assert item["missing_pages"] == [] and result.fetched == [fed, f"{DETIK_ARTICLE}/2", f"{DETIK_ARTICLE}/3"]
    assert result.stats.get("newscrawl/article_pages/view_page_already_read") == 2


# A site that IGNORES the view's marker (h157 probe): sindonews' "…?showpage=all" (a shared copy with its utm_source
# too) answered with page 1 — its first two paragraphs, its .paging-artikel pager to "/10", and its .paging-all link
# to "?showpage=all" itself, or a script's toggle "#" — and detik's "?single=1" answered with page 1 and its
# .detail__long-nav pager to "/2", "/3". Taken for the whole view, no page of its pager was read: page 1 alone was
# emitted with missing_pages [] (2 of 4 paragraphs; detik 3 of 7). The pager's pages are read: new text is appended.
@pytest.mark.parametrize(("fed", "link_all"), [(ALL, ALL), (f"{ALL}&utm_source=whatsapp", ALL), (ALL, "#")],
                         ids=["view", "view-shared", "view-toggle"])
def test_a_view_whose_site_ignores_the_marker_and_answers_page_1_reads_its_pagers_pages(fed, link_all):
    routes = {fed: Route(sindonews_view(SINDO_VIEW_PAGES[:2], link_all)),
              ARTICLE: Route(sindonews_view(SINDO_VIEW_PAGES[:2], link_all)),
              f"{ARTICLE}/10": Route(sindonews_view(SINDO_VIEW_PAGES[2:], link_all))}
    result = crawl_in_process("sindonews", routes, f"url={fed}", settings=QUIET)
    [item] = result.items
    assert item["body"] == list(SINDO_VIEW_PAGES) and item["missing_pages"] == [], item
    assert result.fetched == [fed, f"{ARTICLE}/10"]
    assert result.stats.get("newscrawl/article_pages/view_was_page_1") == 1


def test_detiks_single_view_answering_page_1_reads_its_pagers_pages():
    fed = f"{DETIK_ARTICLE}?single=1"
    routes = {**routes_from_fixtures(DETIK), fed: Route((DETIK / "multipage.html").read_bytes())}
    result = crawl_in_process("detik", routes, f"url={fed}", settings=QUIET)
    [item] = result.items
    assert item["body"] == json.loads((DETIK / "multipage.json").read_text(encoding="utf-8"))["body"]
    assert item["missing_pages"] == [], item


def test_a_view_that_was_page_1_reads_its_later_pages_as_from_page_1():
    """Once a page gave new text the view was page 1 only: a later page answering only text already read is missing,
    as on any paged article (the view's fact is dropped)."""
    offsets = ("/10", "/20")
    routes = {ALL: Route(sindonews_view(SINDO_VIEW_PAGES[:2], ALL, offsets)),
              f"{ARTICLE}/10": Route(sindonews_view(SINDO_VIEW_PAGES[2:3], ALL, offsets)),
              f"{ARTICLE}/20": Route(sindonews_view(SINDO_VIEW_PAGES[:2], ALL, offsets))}
    result = crawl_in_process("sindonews", routes, f"url={ALL}", settings=QUIET)
    [item] = result.items
    assert item["body"] == list(SINDO_VIEW_PAGES[:3]) and item["missing_pages"] == [f"{ARTICLE}/20"], item
    assert result.stats.get("newscrawl/article_pages/repeated") == 1
    assert not result.stats.get("newscrawl/article_pages/view_page_already_read")


@pytest.mark.parametrize(("answer", "missing"), [(404, []), (410, []), (500, ["/10"])])
def test_a_whole_views_pager_page_that_is_gone_is_not_missing(answer, missing):
    """The view whole, its "/10" not there (h152 probe c09: 404): the view lacks nothing by it. A failure that may
    pass (500) stays missing: the page may hold text the view did not (a site ignoring the marker)."""
    routes = {ALL: Route(sindonews_view(SINDO_VIEW_PAGES, ALL)),
              f"{ARTICLE}/10": Route(b"<html><body>Gangguan</body></html>", status=answer)}
    result = crawl_in_process("sindonews", routes, f"url={ALL}", settings=QUIET)
    [item] = result.items
    assert item["body"] == list(SINDO_VIEW_PAGES), item
    assert item["missing_pages"] == [f"{ARTICLE}{offset}" for offset in missing]
    assert bool(result.stats.get("newscrawl/article_pages/view_page_gone")) is not missing


def test_a_view_answering_page_1_whose_next_page_is_gone_reads_on():
    """Page 1 served for the view, "/10" gone (404), "/20" giving the rest: the rest is appended, and "/10", inside
    the story after all (the view was page 1), is missing."""
    offsets = ("/10", "/20")
    routes = {ALL: Route(sindonews_view(SINDO_VIEW_PAGES[:2], ALL, offsets)),
              f"{ARTICLE}/10": Route(b"", status=404),
              f"{ARTICLE}/20": Route(sindonews_view(SINDO_VIEW_PAGES[2:], ALL, offsets))}
    result = crawl_in_process("sindonews", routes, f"url={ALL}", settings=QUIET)
    [item] = result.items
    assert item["body"] == list(SINDO_VIEW_PAGES) and item["missing_pages"] == [f"{ARTICLE}/10"], item
    assert result.fetched == [ALL, f"{ARTICLE}/10", f"{ARTICLE}/20"]


@pytest.mark.parametrize(("url", "view"), [
    (ALL, True),
    (f"{ARTICLE}?page=all", True),
    ("https://finance.detik.com/berita-ekonomi-bisnis/d-7205521/5-fakta-kenaikan-harga-beras?single=1", True),
    ("https://www.contoh.id/read/judul-berita-ini?halaman=semua", True),
    ("https://www.contoh.id/read/judul-berita-ini?view=all&utm_source=x", True),
    (ARTICLE, False),
    (f"{ARTICLE}/10", False),
    (f"{ARTICLE}?page=2", False),
    ("https://www.contoh.id/read/judul-berita-ini?single=0", False),
])
def test_is_single_page_view(url, view):
    assert is_single_page_view(url) is view


@pytest.mark.parametrize(("url", "kept"), [
    (f"{ALL}&utm_source=whatsapp&fbclid=IwAR0", ALL),
    (f"{ARTICLE}?page=2&utm_medium=social", f"{ARTICLE}?page=2"),
    ("https://www.contoh.id/berita?id=12&single=1&ref=home", "https://www.contoh.id/berita?id=12&single=1"),
    ("https://www.contoh.id/judul-berita-ini?amp&gclid=x", "https://www.contoh.id/judul-berita-ini?amp"),
    (ARTICLE, ARTICLE),
])
def test_without_trackers(url, kept):
    assert without_trackers(url) == kept

