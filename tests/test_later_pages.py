"""A paged article's later pages that lead back to page 1: read through the real spider and middlewares in process.

Page N answering page 1's text (a site ignoring an out-of-range page number, or redirecting /2 to page 1) is a page
missing (``article_pages/repeated``), never new text to append; an article entered at a later page whose page 1
fails is read on from the entry page to its last page.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from inprocess import crawl_in_process
from replay import Route, routes_from_fixtures

QUIET = {"AUTOTHROTTLE_ENABLED": False}  # in process there is no engine to throttle
# The reconstructed detik article in three pages (3 + 2 + 2 paragraphs); page 1's dateline "<strong>Jakarta</strong> -"
# stands before its first <p>.
DETIK = Path(__file__).parent / "sites" / "detik"
DETIK_CASE = json.loads((DETIK / "multipage.json").read_text(encoding="utf-8"))
DETIK_ARTICLE = DETIK_CASE["url"]
DETIK_PAGE1 = (DETIK / "multipage.html").read_bytes()


@pytest.mark.parametrize(("page", "route", "kept"), [
    (3, Route(DETIK_PAGE1), slice(0, 5)),                           # /3 answers page 1 (200)
    (2, Route.redirect(DETIK_ARTICLE, 302), [0, 1, 2, 5, 6]),       # /2 redirected to page 1
], ids=["page-3-answers-page-1", "page-2-redirects-to-page-1"])
def test_a_later_page_answering_page_1_is_missing_not_appended(page, route, kept):
    """detik glues its lone dateline block ("Jakarta -") to the first paragraph: on page 1 only, so page 1's text
    served again as a later page did not match what was read, and was appended ("Jakarta -" alone, then the first
    paragraph again) with missing_pages []. Every page is now read in page 1's form: a repeat, marked missing."""
    routes = {**routes_from_fixtures(DETIK), f"{DETIK_ARTICLE}/{page}": route}
    result = crawl_in_process("detik", routes, f"url={DETIK_ARTICLE}", settings=QUIET)
    [item] = result.items
    body = DETIK_CASE["body"]
    assert item["body"] == (body[kept] if isinstance(kept, slice) else [body[i] for i in kept])
    assert item["missing_pages"] == [f"{DETIK_ARTICLE}/{page}"]
    assert result.stats.get("newscrawl/article_pages/repeated") == 1


def test_an_article_entered_at_page_2_whose_page_1_fails_is_read_on_to_its_last_page():
    """Entered at /2 (a link to page 2, -a url=…/2): page 1 is read first, and when it fails the article is read from
    /2 as it is. /2's pager links back to page 1, which was taken for the next page: asked again, failed again, and
    /3 never read (missing_pages [page 1, /3]). The failed page 1 is no page to read next."""
    routes = {**routes_from_fixtures(DETIK), DETIK_ARTICLE: Route(b"Gangguan", status=500)}
    result = crawl_in_process("detik", routes, f"url={DETIK_ARTICLE}/2", settings=QUIET)
    [item] = result.items
    assert item["body"] == DETIK_CASE["body"][3:]  # pages 2 and 3
    assert item["missing_pages"] == [DETIK_ARTICLE]
    assert f"{DETIK_ARTICLE}/3" in result.fetched


def test_page_1_failing_with_page_2_asked_for_too_still_gives_the_article():
    """-a url=P1,P2 (or a listing naming both) with page 1 failing: /2's request for page 1, its way back to the page
    it was entered at should page 1 fail, was dropped by the duplicate filter (page 1 asked for already), and the
    article was lost: 0 items. With page 1 answering, the article is still emitted once."""
    failing = {**routes_from_fixtures(DETIK), DETIK_ARTICLE: Route(b"Gangguan", status=500)}
    [item] = crawl_in_process("detik", failing, f"url={DETIK_ARTICLE},{DETIK_ARTICLE}/2", settings=QUIET).items
    assert item["body"] == DETIK_CASE["body"][3:] and item["missing_pages"] == [DETIK_ARTICLE]

    [item] = crawl_in_process("detik", routes_from_fixtures(DETIK), f"url={DETIK_ARTICLE},{DETIK_ARTICLE}/2",
                              settings=QUIET).items
    assert item["body"] == DETIK_CASE["body"] and item["missing_pages"] == []


def test_a_pager_the_site_selector_misses_is_read_by_its_structure():
    """(h33 probe: detik, viva and sindonews 2019 pagers) a paged article whose pager markup the site's selector
    (page_links_css) does not match lost its later pages and came out as whole, missing_pages []: the structural
    pager (links to the article's own URL with a page number) is read instead."""
    routes = routes_from_fixtures(DETIK)
    for url, route in list(routes.items()):
        if url.startswith(DETIK_ARTICLE):  # another era's pager: the same links under other classes
            body = route.body.replace(b"detail__long-nav", b"paging-2019").replace(b"detail__anchor-numb", b"pg-num")
            routes[url] = Route(body, headers=route.headers)
    [item] = crawl_in_process("detik", routes, f"url={DETIK_ARTICLE}", settings=QUIET).items
    assert item["body"] == DETIK_CASE["body"] and item["missing_pages"] == []


SINGLE = "https://news.detik.com/berita/d-7977102/pemprov-dki-perpanjang-uji-coba-cfd-kota-tua-hingga-akhir-juli"
SINGLE_CASE = json.loads((DETIK / "news-residue.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("spider", ["detik", "generic"])  # a pager selector that misses; none at all (h37)
@pytest.mark.parametrize("page_2", [
    "page 1",  # the site ignores the query and serves page 1 again
    Route(b"<html><body><h1>404 Not Found</h1></body></html>", status=404),
], ids=["answers-page-1", "404"])
def test_an_own_url_page_2_link_on_a_single_page_article_is_no_missing_page(page_2, spider):
    """(h36 probe) A single-page article whose page links its own URL with "?page=2" for another reason (a poll's
    results, a comment pager): with the site's pager selector matching nothing, the structural pager took it for
    page 2, and the article came out flagged incomplete (missing_pages […?page=2], refetched by later runs)."""
    page = (DETIK / "news-residue.html").read_text(encoding="utf-8").replace(
        "</body>", f'<div class="polling"><p>Polling pembaca</p><a href="{SINGLE}?page=2">Lihat hasil polling</a></div></body>')
    routes = {SINGLE: Route(page.encode()), f"{SINGLE}?page=2": Route(page.encode()) if page_2 == "page 1" else page_2}
    result = crawl_in_process(spider, routes, f"url={SINGLE}", settings=QUIET)
    [item] = result.items
    assert item["missing_pages"] == [] and result.stats.get("newscrawl/article_pages/unconfirmed_pager") == 1
    assert spider != "detik" or item["body"] == SINGLE_CASE["body"]


def test_a_structural_pager_listing_pages_2_and_3_is_a_pager():
    """(h37) page 1 linking ?page=2 and ?page=3: page 2 answering 404 is a page missing, not "there was none"."""
    pager = "".join(f'<a href="{SINGLE}?page={n}">{n}</a>' for n in (2, 3))
    page = (DETIK / "news-residue.html").read_text(encoding="utf-8").replace("</body>", f"<div>{pager}</div></body>")
    routes = {SINGLE: Route(page.encode()), f"{SINGLE}?page=2": Route(b"<html><body>404</body></html>", status=404)}
    [item] = crawl_in_process("detik", routes, f"url={SINGLE}", settings=QUIET).items
    assert item["missing_pages"] == [f"{SINGLE}?page=2", f"{SINGLE}?page=3"]


def test_a_later_page_serving_another_article_is_not_appended():
    """(h36 probe) /2 answering 200 with another story (its canonical page names another id) had its paragraphs
    appended, missing_pages []: it is refused, and the pages from it on named missing."""
    routes = routes_from_fixtures(DETIK)
    routes[f"{DETIK_ARTICLE}/2"] = Route((DETIK / "news-residue.html").read_bytes())
    [item] = crawl_in_process("detik", routes, f"url={DETIK_ARTICLE}", settings=QUIET).items
    assert item["body"] == DETIK_CASE["body"][:3] and item["missing_pages"] == [f"{DETIK_ARTICLE}/2", f"{DETIK_ARTICLE}/3"]


JPNN = Path(__file__).parent / "sites" / "jpnn"
JPNN_CASE = json.loads((JPNN / "multipage.json").read_text(encoding="utf-8"))


def test_a_slug_id_sites_later_page_serving_another_story_is_not_appended():
    """(h127 probe) jpnn's id is its slug, so a canonical naming another slug may be this story renamed (h37): its
    ?page=2 answering 200 with another story whole (h1, title, canonical, body) had that story's paragraphs appended,
    missing_pages []. The page's headline names another story: refused, the pages from it on named missing."""
    routes = routes_from_fixtures(JPNN)
    article = JPNN_CASE["url"]
    routes[f"{article}?page=2"] = Route((JPNN / "article.html").read_bytes())
    other = json.loads((JPNN / "article.json").read_text(encoding="utf-8"))["body"]
    result = crawl_in_process("jpnn", routes, f"url={article}", settings=QUIET)
    [item] = result.items
    assert item["missing_pages"] == [f"{article}?page=2", f"{article}?page=3"]
    assert item["body"] and item["body"] == JPNN_CASE["body"][:len(item["body"])]
    assert not set(other) & set(item["body"])
    assert result.stats.get("newscrawl/article_pages/failed") == 1


def test_a_later_page_of_another_story_under_this_ones_canonical_is_not_appended():
    """(h127 probe) detik's /2 answering another story's page (its h1, title and body) under this article's canonical
    page: the canonical says "same article", the headlines it names say another story. Refused, named missing."""
    routes = routes_from_fixtures(DETIK)
    other = (DETIK / "news-residue.html").read_text(encoding="utf-8").replace(
        "https://news.detik.com/berita/d-7977102/pemprov-dki-perpanjang-uji-coba-cfd-kota-tua-hingga-akhir-juli",
        DETIK_ARTICLE)
    routes[f"{DETIK_ARTICLE}/2"] = Route(other.encode())
    [item] = crawl_in_process("detik", routes, f"url={DETIK_ARTICLE}", settings=QUIET).items
    assert item["body"] == DETIK_CASE["body"][:3] and item["missing_pages"] == [f"{DETIK_ARTICLE}/2", f"{DETIK_ARTICLE}/3"]


MERDEKA = Path(__file__).parent / "sites" / "merdeka"
MERDEKA_CASE = json.loads((MERDEKA / "desktop-2019-paged.json").read_text(encoding="utf-8"))
MERDEKA_TITLE = "5 Fakta Penangkapan Bupati oleh KPK di Rumah Dinasnya"


@pytest.mark.parametrize(("h1", "title"), [
    ("2. Uang Ratusan Juta Disita dari Rumah Dinas", "Halaman 2 | merdeka.com"),  # the item, og:title the story's
    ("Merdeka.com - Berita Terkini Hari Ini Indonesia Terbaru", f"{MERDEKA_TITLE} | merdeka.com"),  # a masthead h1
], ids=["listicle-item-h1", "masthead-h1"])
def test_a_later_page_headed_by_its_item_or_the_masthead_is_read(h1, title):
    """(h130 probe) a listicle's page 2 headed by its numbered item, its <title> naming the page only (og:title and
    twitter:title the story's, read as attribute values), or headed by the site's masthead: the article's page."""
    routes = routes_from_fixtures(MERDEKA)
    page2 = f"{MERDEKA_CASE['url']}?page=2"
    html = (MERDEKA / "desktop-2019-paged.page2.html").read_text(encoding="utf-8")
    html = html.replace(f"<h1>{MERDEKA_TITLE}", f"<h1>{h1}", 1).replace(f"<title>{MERDEKA_TITLE} | merdeka.com",
                                                                        f"<title>{title}", 1)
    assert h1 in html and f"<title>{title}" in html
    routes[page2] = Route(html.encode())
    [item] = crawl_in_process("merdeka", routes, f"url={MERDEKA_CASE['url']}", settings=QUIET).items
    assert item["body"] == MERDEKA_CASE["body"] and item["missing_pages"] == []


@pytest.mark.parametrize(("spider", "first", "canonical", "refused"), [
    # detik's ids are numbers: page 2 naming another story is another story
    ("detik", DETIK_ARTICLE, "https://news.detik.com/berita/d-7977102/pemprov-dki-perpanjang", True),
    ("detik", DETIK_ARTICLE, DETIK_ARTICLE + "?single=1", False),
    # (h37) jpnn's id is its slug: page 1 fetched at an old slug, page 2's canonical naming the renamed one
    ("jpnn", "https://www.jpnn.com/news/harga-cabai-naik", "https://www.jpnn.com/news/harga-cabai-naik-tajam", False),
])
def test_a_later_page_naming_another_article(spider, first, canonical, refused):
    from scrapy.http import HtmlResponse
    from scrapy.spiderloader import SpiderLoader
    from scrapy.utils.project import get_project_settings
    spidercls = SpiderLoader.from_settings(get_project_settings()).load(spider)
    page = f'<html><head><link rel="canonical" href="{canonical}"></head><body><p>Isi halaman dua.</p></body></html>'
    response = HtmlResponse(first + "/2", body=page.encode(), encoding="utf-8")
    assert (spidercls().later_page_refused(response, ["Isi halaman dua."], first) is not None) is refused


SINDO = Path(__file__).parent / "sites" / "sindonews"
SINDO_CASE = json.loads((SINDO / "seed.json").read_text(encoding="utf-8"))
_DETIK_SLUG = DETIK_ARTICLE.split("/d-6453901/")[1]


@pytest.mark.parametrize(("fixtures", "case", "shared"), [
    (DETIK, DETIK_CASE, DETIK_ARTICLE + "?utm_source=facebook&utm_medium=social&fbclid=IwAR0aBcD3fGh"),
    (DETIK, DETIK_CASE, DETIK_ARTICLE + "/"),
    (DETIK, DETIK_CASE, f"https://m.detik.com/news/berita/d-6453901/{_DETIK_SLUG}"),  # m. serving desktop markup
    (SINDO, SINDO_CASE, SINDO_CASE["url"] + "/"),  # a listing's link with a trailing slash
], ids=["detik-utm", "detik-trailing-slash", "detik-m-host", "sindonews-trailing-slash"])
def test_page_1_read_under_a_shared_address_is_not_read_again_from_its_pager(fixtures, case, shared):
    """(h72 probe) Page 1 fetched under another address of itself (a shared link's trackers, a trailing slash, the m.
    host) took its pager's link to the plain URL for another page: page 1 fetched twice, its text "repeated", and the
    whole story emitted with missing_pages naming its own page 1 (counted incomplete; cron refetched it at every retry
    point). A pager's link is compared with the pages read by page identity (the site id, else url_identity, and the
    page number)."""
    routes = routes_from_fixtures(fixtures)
    routes[shared] = routes[case["url"]]
    result = crawl_in_process(fixtures.name, routes, f"url={shared}", settings=QUIET)
    [item] = result.items
    assert item["body"] == case["body"]
    assert item["missing_pages"] == []
    assert case["url"] not in result.fetched  # page 1 read once, under the address asked for
    assert "newscrawl/items/incomplete" not in result.stats


@pytest.mark.parametrize("slug", ["rekayasa-lalin", "rp-1.5-triliun-lalin-hi", "rekayasa_lalin_malam_tahun_baru"],
                         ids=["two-words", "dot", "underscore"])
def test_pages_after_a_slug_of_any_shape_are_read(slug):
    """(h74 probe) A paged detik story whose slug is short or holds a dot or an underscore: its pager's "/2", "/3"
    were not recognised as pages (a slug segment is three hyphenated words), so with the site id all three URLs had
    page 1's identity and the story came out with page 1 only, missing_pages [] and no warning. With an id, any "/N"
    after a segment following the id's is a page, and an unrecognised tail keeps its own key (urls.page_identity)."""
    old = DETIK_ARTICLE.rsplit("/", 1)[1]
    routes = {url.replace(old, slug): Route(route.body.replace(old.encode(), slug.encode()), route.status,
                                            route.headers)
              for url, route in routes_from_fixtures(DETIK).items()}
    article = DETIK_ARTICLE.replace(old, slug)
    result = crawl_in_process("detik", routes, f"url={article}", settings=QUIET)
    [item] = result.items
    assert item["body"] == DETIK_CASE["body"]
    assert item["missing_pages"] == []
    assert result.fetched.count(f"{article}/2") == 1 and result.fetched.count(f"{article}/3") == 1



JPNN, SINDONEWS = Path(__file__).parent / "sites" / "jpnn", Path(__file__).parent / "sites" / "sindonews"


@pytest.mark.parametrize(("folder", "case", "last_page", "pager_end", "other"), [
    # jpnn's div.pagination on the last page: "1 2 3 Berita Selanjutnya »"
    (JPNN, "multipage", "?page=3", ">3</a>", "article.html"),
    # sindonews' .paging-artikel on page 2: "Sebelumnya 1 2 Berita Selanjutnya »"
    (SINDONEWS, "seed", "/5", ">2</a>", "nasional-2019.html"),
], ids=["jpnn", "sindonews"])
def test_a_link_to_another_story_in_the_pager_box_is_no_page(folder, case, last_page, pager_end, other):
    """(h85 probe) The site's pager box also holds a link to the next story ("Berita Selanjutnya »"), and the site's
    pager selector took it for a page: jpnn appended that story's paragraphs to this one; sindonews refused it but
    named it in missing_pages, the item counted incomplete and refetched by every cron run. A pager's link is a page
    only when it names this article (the site's id, a slug id as the slug); the others are counted, never fetched."""
    expected = json.loads((folder / f"{case}.json").read_text(encoding="utf-8"))
    other_url = (folder / other).read_text(encoding="utf-8").split("replay-url: ", 1)[1].split(" ", 1)[0]
    routes = routes_from_fixtures(folder)
    page = f"{expected['url']}{last_page}"
    html = routes[page].body.decode("utf-8")
    assert html.count(pager_end) == 1
    html = html.replace(pager_end, f'{pager_end} <a href="{other_url}">Berita Selanjutnya &raquo;</a>')
    routes[page] = Route(html.encode("utf-8"), headers=routes[page].headers)
    result = crawl_in_process(folder.name, routes, f"url={expected['url']}", settings=QUIET)
    [item] = result.items
    assert item["body"] == expected["body"] and item["missing_pages"] == []
    assert other_url not in result.fetched
    assert result.stats.get("newscrawl/article_pages/other_article_link") == 1


# (h232 probe: detik's page 2 of a match report opening with `<p><strong>Data dan Fakta Laga</strong></p>` over an <ol>
# of facts, through detik and generic) story_start cut the subhead as the page's header byline: a short line of
# Capitalised words reads as a name. The same subhead mid-page, or after one paragraph, was kept. What a later page's
# top loses is its repeated header only: page 1's author named again, a name line by the date line, the headline.
_SUBHEAD = "Kantong Parkir dan Titik Hiburan"
_FACTS = ["Kantong parkir tersedia di IRTI Monas dan Lapangan Banteng.", "Panggung hiburan berdiri di tujuh titik."]
_PAGE_2_OPENINGS = [
    pytest.param(f"<p><strong>{_SUBHEAD}</strong></p><ol>{''.join(f'<li>{f}</li>' for f in _FACTS)}</ol>",
                 [_SUBHEAD, *_FACTS], id="subhead-over-a-list"),
    pytest.param(f"<p><strong>{_SUBHEAD}</strong></p><p>{_FACTS[0]}</p>", [_SUBHEAD, _FACTS[0]],
                 id="subhead-over-a-paragraph"),
    pytest.param(f"<h3>{_SUBHEAD}</h3><p>{_FACTS[0]}</p>", [_SUBHEAD, _FACTS[0]], id="h3-subhead"),
    # the page's header repeated inside the body: still cut
    pytest.param("<p>Kurniawan Fadilah</p>", [], id="page-1-author-again"),
    pytest.param("<p>Rizky Pratama</p><p>Sabtu, 10 Des 2022 09:42 WIB</p>", [], id="name-by-its-date-line"),
    pytest.param("<p>Dishub DKI Siapkan Rekayasa Lalin Malam Tahun Baru di Bundaran HI</p><p>Kurniawan Fadilah</p>", [],
                 id="headline-and-author-again"),
]


@pytest.mark.parametrize("spider", ["detik", "generic"])
@pytest.mark.parametrize(("opening", "kept"), _PAGE_2_OPENINGS)
def test_a_subhead_opening_a_later_page_is_the_storys(spider, opening, kept):
    routes = routes_from_fixtures(DETIK)
    page_2 = f"{DETIK_ARTICLE}/2"
    marker = b'<div class="detail__body-text itp_bodycontent">'
    assert routes[page_2].body.count(marker) == 1
    routes[page_2] = Route(routes[page_2].body.replace(marker, marker + opening.encode()),
                           headers=routes[page_2].headers)
    [item] = crawl_in_process(spider, routes, f"url={DETIK_ARTICLE}", settings=QUIET).items
    body = DETIK_CASE["body"]
    assert item["body"] == [*body[:3], *kept, *body[3:]] and item["missing_pages"] == []


# (h240 probe of the rule above, 6eb1229) A later page's header is what the template prints over page 1's story as well:
# the editor's bare name ("Irwan Nugroho"), the rubric ("Metro"), the byline as printed ("K. Fadilah", the credit read
# being "Kurniawan Fadilah"), okezone's "Irwan Nugroho, Jurnalis". Printed over page 2's part (inside its body box) and
# over page 1's story (in its header box, or at its body box's top), each was kept in the merged body by 6eb1229 (no
# date line by it, naming no credit of page 1's). Page 1's short lines above its story now travel to the later pages
# (RawArticle.header_lines); a name-shaped line there is cut, page 2's own subhead under it stays.
_HEADER_BOX = b'<div class="detail__date">'
_BODY_BOX = b'<div class="detail__body-text itp_bodycontent">'
_REPEATED_HEADERS = [
    pytest.param("<p>Irwan Nugroho</p>", "", [], id="editor-bare-name"),
    pytest.param("<p>Metro</p>", "", [], id="rubric"),
    pytest.param("<p>K. Fadilah</p>", "", [], id="byline-as-printed"),
    pytest.param("<p>Irwan Nugroho, Jurnalis</p>", "", [], id="name-jurnalis"),
    pytest.param("<p>Metro</p><p>Irwan Nugroho</p>", f"<p><strong>{_SUBHEAD}</strong></p>", [_SUBHEAD],
                 id="header-then-subhead"),
]


@pytest.mark.parametrize("spider", ["detik", "generic"])
@pytest.mark.parametrize("on_page_1", ["header-box", "body-box-top"])
@pytest.mark.parametrize(("header", "own", "kept"), _REPEATED_HEADERS)
def test_a_later_pages_name_line_printed_over_page_1s_story_is_cut(spider, on_page_1, header, own, kept):
    routes = routes_from_fixtures(DETIK)
    page_1, page_2 = routes[DETIK_ARTICLE], routes[f"{DETIK_ARTICLE}/2"]
    mark = _HEADER_BOX if on_page_1 == "header-box" else _BODY_BOX
    printed = header.encode() + mark if on_page_1 == "header-box" else mark + header.encode()
    assert page_1.body.count(mark) == 1 and page_2.body.count(_BODY_BOX) == 1
    routes[DETIK_ARTICLE] = Route(page_1.body.replace(mark, printed), headers=page_1.headers)
    routes[f"{DETIK_ARTICLE}/2"] = Route(page_2.body.replace(_BODY_BOX, _BODY_BOX + (header + own).encode()),
                                         headers=page_2.headers)
    [item] = crawl_in_process(spider, routes, f"url={DETIK_ARTICLE}", settings=QUIET).items
    body = DETIK_CASE["body"]
    assert item["body"] == [*body[:3], *kept, *body[3:]] and item["missing_pages"] == []


# (h240 probe, generic) A WordPress theme printing the post's meta at the top of .entry-content on every page of a
# paged post (<!--nextpage-->, "Halaman: 1 2"): the rubric, the author and the editor's bare names, no date line by
# them. 6eb1229 kept them at page 2's top in the merged body; page 1's are cut by page 1's own cleaning.
_WP_URL = "https://www.beritakotaku.id/2024/06/19/warga-keluhkan-banjir-rob-di-pesisir-muara-angke/"
_WP_TITLE = "Warga Keluhkan Banjir Rob di Pesisir Muara Angke"
_WP_PAGES = [
    ["JAKARTA - Banjir rob kembali merendam permukiman warga di pesisir Muara Angke, Penjaringan, Jakarta Utara, Rabu "
     "(19/6/2024) pagi. Ketinggian air mencapai 40 sentimeter di sejumlah gang.",
     "Warga mengaku banjir rob sudah datang sejak Senin dan belum surut hingga siang hari. Mereka terpaksa memindahkan "
     "barang-barang ke lantai dua rumah."],
    ["Menurut Suharto, warga sudah berkali-kali mengusulkan perbaikan saluran air kepada kelurahan, namun belum ada "
     "tindak lanjut hingga saat ini.",
     "Sementara itu, Lurah Pluit mengatakan pihaknya akan berkoordinasi dengan Dinas Sumber Daya Air untuk menyedot "
     "genangan menggunakan pompa mobile."],
]


def _wp_page(number: int, meta: str) -> bytes:
    pager = f'<div class="page-links">Halaman: <a href="{_WP_URL}">1</a> <a href="{_WP_URL}2/">2</a></div>'
    paragraphs = "".join(f"<p>{text}</p>" for text in _WP_PAGES[number - 1])
    return f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>{_WP_TITLE} - Berita Kotaku</title>
<meta property="og:title" content="{_WP_TITLE}">
<meta property="article:published_time" content="2024-06-19T10:15:00+07:00">
<link rel="canonical" href="{_WP_URL if number == 1 else _WP_URL + '2/'}"></head><body>
<nav class="menu"><ul><li><a href="/">Beranda</a></li><li><a href="/metro/">Metro</a></li></ul></nav>
<main><article class="post type-post"><div class="entry-content">{meta}{paragraphs}{pager}</div></article></main>
<footer>&copy; 2024 Berita Kotaku</footer></body></html>""".encode()


@pytest.mark.parametrize("meta", [
    pytest.param('<div class="entry-meta"><div class="author">Kurniawan Fadilah</div><div class="editor">Irwan Nugroho'
                 '</div></div>', id="author-and-editor"),
    pytest.param(f'<h1 class="entry-title">{_WP_TITLE}</h1><div class="entry-meta"><div class="author">Kurniawan '
                 'Fadilah</div><div class="editor">Irwan Nugroho</div></div>', id="title-author-editor"),
    pytest.param('<div class="cat">Metro</div>', id="rubric"),
])
def test_a_wordpress_pages_meta_repeated_over_page_2_is_cut(meta):
    headers = {"Content-Type": "text/html; charset=utf-8"}
    routes = {_WP_URL: Route(_wp_page(1, meta), headers=headers),
              _WP_URL + "2/": Route(_wp_page(2, meta), headers=headers)}
    [item] = crawl_in_process("generic", routes, f"url={_WP_URL}", settings=QUIET).items
    assert item["body"] == [*_WP_PAGES[0], *_WP_PAGES[1]] and item["missing_pages"] == []
