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
