"""A "show all" link inside the site's pager box is the article's single-page view, never a later page.

(h237 probe S6, S7, reconstructed) sindonews 2024 may print its "Tampilkan Semua" link INSIDE the pager box
(`.paging-artikel > .paging-all`), on page 1 and on each later page. The site's pager selector (`.paging-artikel a`)
then found the view URL among the pages: after the view itself failed (404 here) the pages were read one by one, the
view URL queued as one of them, fetched again, and its 404 named missing (missing_pages ["…?showpage=all"], the item
counted incomplete and refetched by cron for 72 h), though every page was read. README: a failing "show all" view is no
missing page. A pager link that is the view (urls.is_single_page_view's markers, or the site's own "show all" link,
``all_pages_css``) is now left out of the later pages (``newscrawl/article_pages/view_link_in_pager``).
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from inprocess import crawl_in_process
from replay import Route
from synthetic_site import article_html, article_url

QUIET = {"AUTOTHROTTLE_ENABLED": False}  # in process there is no engine to throttle
N = 7
ARTICLE = article_url(N)
PAGES = {
    1: ("MANILA - Jepang dan Filipina menandatangani Perjanjian Akses Timbal Balik pada hari Senin.",
        "Penandatanganan dilakukan di Istana Malacanang, Manila, disaksikan Presiden Ferdinand Marcos Jr."),
    2: ("Selain latihan militer, perjanjian itu juga mencakup respons bencana dan bantuan kemanusiaan.",
        "Jepang sebelumnya telah menandatangani perjanjian serupa dengan Australia dan Inggris."),
}


def page(number: int, view: str | None) -> str:
    """Page ``number`` of 2 (sindonews' offsets: page 2 is "/10"), its pager box holding the "show all" link."""
    inside = f'<div class="paging-all"><a href="{view}">Tampilkan Semua</a></div>' if view else ""
    pager = (f'<div class="paging-artikel"><div class="pagination"><span class="paging-title">Halaman :</span>'
             f'<a href="{ARTICLE}">1</a> <a href="{ARTICLE}/10">2</a></div>{inside}</div>')
    text = article_html(N).split('<div id="detail-desc" class="detail-desc">')[1].split('<div class="editor">')[0]
    return article_html(N).replace(text, "<br><br>".join(PAGES[number]) + pager)


@pytest.mark.parametrize("on_page_2", [False, True], ids=["view-link-on-page-1", "view-link-on-both-pages"])
@pytest.mark.parametrize(("view", "answer"), [
    (f"{ARTICLE}?showpage=all", Route(b"<html><body>Not found</body></html>", status=404)),
    (f"{ARTICLE}?showpage=all&utm_source=wa", Route(b"<html><body>Not found</body></html>", status=404)),
    (f"{ARTICLE}?showpage=all", Route(b"Gangguan", status=500)),
    (f"{ARTICLE}/all", Route(b"<html><body>Not found</body></html>", status=404)),  # the site's link, no marker
], ids=["view-404", "view-shared-404", "view-500", "unmarked-view-404"])
def test_a_failing_view_linked_inside_the_pager_is_no_missing_page(view, answer, on_page_2):
    routes = {ARTICLE: Route(page(1, view)), f"{ARTICLE}/10": Route(page(2, view if on_page_2 else None)),
              view: answer}
    result = crawl_in_process("sindonews", routes, f"url={ARTICLE}", settings=QUIET)
    [item] = result.items
    assert item["body"] == [*PAGES[1], *PAGES[2]], item["body"]
    assert item["missing_pages"] == [], item["missing_pages"]
    # The view asked for as the view (a 500 retried), never again as a page after "/10".
    assert result.fetched[0] == ARTICLE and result.fetched[-1] == f"{ARTICLE}/10"
    assert set(result.fetched) == {ARTICLE, view, f"{ARTICLE}/10"}
    assert result.stats.get("newscrawl/article_pages/all_in_one_failed") == 1
    assert result.stats.get("newscrawl/article_pages/view_link_in_pager")


def test_a_whole_view_linked_inside_the_pager_is_read_alone():
    """The view answering the whole story: read alone, as with the link outside the box."""
    view = f"{ARTICLE}?showpage=all"
    whole = page(1, view).replace("<br><br>".join(PAGES[1]), "<br><br>".join([*PAGES[1], *PAGES[2]]))
    routes = {ARTICLE: Route(page(1, view)), f"{ARTICLE}/10": Route(page(2, view)), view: Route(whole)}
    result = crawl_in_process("sindonews", routes, f"url={ARTICLE}", settings=QUIET)
    [item] = result.items
    assert item["body"] == [*PAGES[1], *PAGES[2]] and item["missing_pages"] == []
    assert result.fetched == [ARTICLE, view]


# (h243 probe B1, reconstructed from tests/sites' suara and jpnn fixtures) A site reading its pager by selector but
# declaring no "show all" selector of its own (suara's .pagination-custom, jpnn's div.pagination; viva and detik read
# theirs the same way) may print "Tampilkan Semua" to "?page=all" inside the pager box: beside the page numbers, or
# alone (jpnn's short pager; suara's where its dataLayer gives no articleTotalPages). The view link was left out of
# the pages as the view, and never read as one (all_pages_url gave nothing for such a spider): a pager box holding
# only the view gave page 1 alone, said whole (2 of 6 paragraphs in the probe). The pager's view link is now read as
# the view (NewsSpider.pager_view_link), and left out of the pages only where the view is read.
SITE_PAGES = {
    "suara": ("suara", r'<div class="pagination-custom">.*?</div>',
              r'<article class="article-content">(.*?)<div class="wrap-pagination">'),
    "jpnn": ("jpnn", r'<div class="pagination">.*?</div>', r'<div itemprop="articleBody">(.*?)</div>\s*<div class="pagination">'),
}


def site_pages(spider: str, pager: str) -> tuple[str, dict[str, str], list[str]]:
    """The site's 3-page fixture story: page 1's URL, each page's HTML with its pager box holding ``pager`` (a
    format string, {view} the view's address; "" for the fixture's own numbers), and the body the pages give."""
    folder, box, _story = SITE_PAGES[spider]
    here = Path(__file__).parent / "sites" / folder
    html = {number: (here / ("multipage.html" if number == 1 else f"multipage.page{number}.html")).read_text()
            for number in (1, 2, 3)}
    first = re.search(r"replay-url: (\S+)", html[1]).group(1)
    view = f"{first}?page=all"
    pages = {}
    for number, text in html.items():
        text = text.replace(", 'articleTotalPages': '3'", "")  # only the pager box speaks of later pages
        if pager:
            opening = re.match(r"<[^>]+>", re.search(box, text, re.S).group(0)).group(0)
            text = re.sub(box, lambda _m: f"{opening}{pager.format(view=view)}</div>", text, count=1, flags=re.S)
        pages[first if number == 1 else f"{first}?page={number}"] = text
    return first, pages, json.loads((here / "multipage.json").read_text())["body"]


def whole_view(spider: str, pages: dict[str, str]) -> str:
    """Page 1 holding every page's story, without a pager: the site's "?page=all"."""
    _folder, box, story = SITE_PAGES[spider]
    html = list(pages.values())
    parts = [re.search(story, text, re.S).group(1) for text in html]
    return re.sub(box, "<div></div>", html[0].replace(parts[0], "".join(parts), 1), count=1, flags=re.S)


ONLY_VIEW = '<a href="{view}">Tampilkan Semua</a>'


def beside_numbers(spider: str, html: str, view: str) -> str:
    """``html`` with the "show all" link last in its pager box, after the page numbers."""
    box = SITE_PAGES[spider][1]
    found = re.search(box, html, re.S).group(0)
    assert found.endswith("</div>")
    return html.replace(found, f'{found[:-len("</div>")]}<a href="{view}">Tampilkan Semua</a></div>', 1)


@pytest.mark.parametrize("spider", ["suara", "jpnn"])
@pytest.mark.parametrize("pager", ["only-view", "numbers-and-view"])
def test_a_view_link_in_the_pager_of_a_site_declaring_no_view_selector_is_read_as_the_view(spider, pager):
    first, pages, body = site_pages(spider, ONLY_VIEW if pager == "only-view" else "")
    view = f"{first}?page=all"
    if pager == "numbers-and-view":  # the view link after the fixture's own numbers, on every page
        pages = {address: beside_numbers(spider, text, view) for address, text in pages.items()}
    routes = {**{address: Route(text) for address, text in pages.items()}, view: Route(whole_view(spider, pages))}
    result = crawl_in_process(spider, routes, f"url={first}", settings=QUIET)
    [item] = result.items
    assert item["body"] == body, item["body"]
    assert item["missing_pages"] == []
    assert result.fetched == [first, view]
    assert result.stats.get("newscrawl/article_pages/all_in_one") == 1


@pytest.mark.parametrize("spider", ["suara", "jpnn"])
def test_a_failing_view_that_is_the_pagers_only_link_is_the_missing_page(spider):
    """No page numbers to fall back on: page 1 is not said whole (README: without a pager, the view is the missing
    page)."""
    first, pages, body = site_pages(spider, ONLY_VIEW)
    view = f"{first}?page=all"
    routes = {**{address: Route(text) for address, text in pages.items()},
              view: Route(b"<html><body>Not found</body></html>", status=404)}
    result = crawl_in_process(spider, routes, f"url={first}", settings=QUIET)
    [item] = result.items
    assert body[:len(item["body"])] == item["body"] and len(item["body"]) < len(body)
    assert item["missing_pages"] == [view]


@pytest.mark.parametrize("spider", ["suara", "jpnn"])
def test_a_failing_view_beside_the_page_numbers_is_no_missing_page(spider):
    first, pages, body = site_pages(spider, "")
    view = f"{first}?page=all"
    pages = {address: beside_numbers(spider, text, view) for address, text in pages.items()}
    routes = {**{address: Route(text) for address, text in pages.items()},
              view: Route(b"<html><body>Not found</body></html>", status=404)}
    result = crawl_in_process(spider, routes, f"url={first}", settings=QUIET)
    [item] = result.items
    assert item["body"] == body and item["missing_pages"] == []
    assert result.fetched.count(view) == 1 and result.fetched[:2] == [first, view]
    assert result.stats.get("newscrawl/article_pages/all_in_one_failed") == 1
