"""A listing that links each story under two views (h39 probe, F3): desktop and m. host, or the page and its /amp
copy. Every story was fetched twice and the second view, dropped as a duplicate before the health counts, pulled the
body share down: "health FAILING: body: 50% of 20 below 80%" for ten whole stories. Now discovery asks once per
article (urls.url_identity), and health judges the articles it counted, never a dropped duplicate."""
from __future__ import annotations

import pytest

from conftest import run_crawl
from newscrawl.health import site_health
from replay import Route
from synthetic_site import DAY, article_html, article_url, listing_html, listing_url

N = 4


def other_view(n: int) -> str:
    url = article_url(n)
    return url.replace("nasional.sindonews.com", "m.sindonews.com") if n % 2 else url + "/amp"


@pytest.fixture(scope="module")
def views_run(tmp_path_factory):
    rows = "".join(f'<div class="warp-article"><div class="title-article"><a href="{u}">x</a></div></div>'
                   for n in range(N) for u in (article_url(n), other_view(n)))
    routes = {listing_url(0): Route(f"<html><body>{rows}</body></html>"), listing_url(20): Route(listing_html([]))}
    for n in range(N):
        routes[article_url(n)] = Route(article_html(n))
        routes[other_view(n)] = Route(article_html(n))
    return run_crawl("sindonews", routes, tmp_path_factory.mktemp("views"), f"since={DAY}", f"until={DAY}")


def test_each_story_is_fetched_once_whatever_views_the_listing_links(views_run) -> None:
    assert sorted(i["url"] for i in views_run.items) == sorted(article_url(n) for n in range(N))
    for n in range(N):
        assert views_run.fetched(article_url(n)) == 1
        assert views_run.fetched(other_view(n)) == 0
    assert views_run.stats.get("newscrawl/discovery/other_view_skipped") == N
    assert "health ok" in views_run.log, views_run.log[-2000:]


def test_health_does_not_count_a_dropped_duplicate_view() -> None:
    stats = {"newscrawl/discovery/pages_ok": 1, "newscrawl/discovery/article_links": 20,
             "newscrawl/articles/pages": 20, "newscrawl/health/items": 10, "newscrawl/health/with_date": 10,
             "newscrawl/health/with_authors": 10, "newscrawl/health/body_2plus": 10,
             "newscrawl/health/duplicate_pages": 10, "newscrawl/dropped/duplicate_url": 10}
    health = site_health(stats)
    assert health["healthy"], health["failures"]
    assert health["body_2plus"] == 1.0
    # A page that failed its body is still judged: 10 stories, 4 without a body, and 10 duplicates dropped.
    failing = site_health({**stats, "newscrawl/health/body_2plus": 6})
    assert failing["failures"] == ["body: 60% of 10 below 80%"]


def m_view(n: int) -> str:
    return article_url(n).replace("nasional.sindonews.com", "m.sindonews.com")


def first_views() -> dict[int, Route]:
    """The desktop view of each story: a 404, a 503 (after retries), no article, a redirect home, and one that works."""
    return {0: Route(status=404), 1: Route(status=503), 2: Route("<html><body><p>Halaman indeks</p></body></html>"),
            3: Route.redirect("https://www.sindonews.com/", 302), 4: Route(article_html(4))}


@pytest.fixture(scope="module")
def failed_view_run(tmp_path_factory):
    """The view asked for first gives no article; the other view discovery skipped works."""
    first = first_views()
    rows = "".join(f'<div class="warp-article"><div class="title-article"><a href="{u}">x</a></div></div>'
                   for n in first for u in (article_url(n), m_view(n)))
    routes = {listing_url(0): Route(f"<html><body>{rows}</body></html>"), listing_url(20): Route(listing_html([]))}
    for n, route in first.items():
        routes[article_url(n)] = route
        routes[m_view(n)] = Route(article_html(n))
    return run_crawl("sindonews", routes, tmp_path_factory.mktemp("failed_view"), f"since={DAY}", f"until={DAY}")


def test_a_failed_view_is_replaced_by_the_view_discovery_skipped(failed_view_run) -> None:
    """h39 (F3 refinement): the desktop view 404, 5xx after retries, not an article, or redirected home, while the
    listing also linked the m. view: that view was skipped as "another view" and the story lost for the run. Now
    it is asked for once when the first gives no item; a story whose first view works never fetches the other."""
    run = failed_view_run
    assert sorted(i["id"] for i in run.items) == [str(100_000 + n) for n in first_views()], run.log[-3000:]
    for n in range(4):
        assert run.fetched(m_view(n)) == 1, n
    assert run.fetched(m_view(4)) == 0 and run.fetched(article_url(4)) == 1
    assert run.stats.get("newscrawl/discovery/other_view_skipped") == 5
    assert run.stats.get("newscrawl/discovery/other_view_retried") == 4
    assert "Traceback" not in run.log


def script_shell(n: int) -> str:
    """The story's page with its title and an empty body: the text is drawn in the browser."""
    html = article_html(n)
    start = html.index('<div id="detail-desc"')
    return html[:start] + '<div id="detail-desc" class="detail-desc"><div id="app"></div></div></body></html>'


@pytest.fixture(scope="module")
def shell_view_run(tmp_path_factory):
    """The desktop view of each story is a script shell; the m. view, skipped first, holds the story."""
    rows = "".join(f'<div class="warp-article"><div class="title-article"><a href="{u}">x</a></div></div>'
                   for n in range(6) for u in (article_url(n), m_view(n)))
    routes = {listing_url(0): Route(f"<html><body>{rows}</body></html>"), listing_url(20): Route(listing_html([]))}
    for n in range(6):
        routes[article_url(n)] = Route(script_shell(n))
        routes[m_view(n)] = Route(article_html(n))
    return run_crawl("sindonews", routes, tmp_path_factory.mktemp("shell_view"), f"since={DAY}", f"until={DAY}")


def test_a_script_shell_replaced_by_the_other_view_is_not_judged(shell_view_run) -> None:
    """h42: six stories whose desktop page was a script shell came out whole from m., but each shell was counted an
    article page: "health FAILING: body: 50% of 12 below 80%". A view replaced by another is counted apart."""
    run = shell_view_run
    assert len(run.items) == 6 and all(len(i["body"]) >= 2 for i in run.items), run.log[-3000:]
    assert run.stats.get("newscrawl/discovery/other_view_retried") == 6
    assert "health ok" in run.log, run.log[-2000:]
    assert run.stats.get("newscrawl/articles/pages") == 6
    assert run.stats.get("newscrawl/articles/view_replaced") == 6
    assert "Traceback" not in run.log
