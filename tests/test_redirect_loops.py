"""A redirect back to the URL asked for (h39 probe, F1): a cookie wall ("302 to itself" with Set-Cookie), a
``Location: ""``, a page whose meta refresh names itself. Scrapy's duplicate filter drops the repeated URL without
a word, so every article of a site behind a cookie wall was lost while the run said "health ok". Now the redirect
is followed once more (past the duplicate filter, with the cookies it set); a second time the article is a counted
failure (``redirect_loop``) named in a warning, and a site whose articles all loop is FAILING. A full article
page that refreshes to itself is read as the article."""
from __future__ import annotations

import pytest

from conftest import run_crawl
from newscrawl.health import site_health
from replay import Route
from synthetic_site import DAY, article_html, article_url, listing_html, listing_url

WALL, EMPTY_LOCATION, REFRESH_SELF, HEALTHY, LOOP_VIA = 0, 1, 2, 3, 4


def cookie_wall(n: int):
    def respond(_hit: int, request) -> Route:
        if "wall=ok" in request.headers.get("Cookie", ""):
            return Route(article_html(n))
        return Route(status=302, headers={"Location": article_url(n), "Set-Cookie": "wall=ok; Path=/",
                                          "Content-Type": "text/plain"})
    return respond


def routes() -> dict:
    numbers = [WALL, EMPTY_LOCATION, REFRESH_SELF, HEALTHY, LOOP_VIA]
    refresh = f'<meta http-equiv="refresh" content="5; url={article_url(REFRESH_SELF)}">'
    via = article_url(LOOP_VIA) + "/cek"
    return {
        listing_url(0): Route(listing_html(numbers)), listing_url(20): Route(listing_html([])),
        article_url(WALL): cookie_wall(WALL),
        article_url(EMPTY_LOCATION): Route(status=302, headers={"Location": "", "Content-Type": "text/plain"}),
        article_url(REFRESH_SELF): Route(article_html(REFRESH_SELF).replace("<head>", "<head>" + refresh, 1)),
        article_url(HEALTHY): Route(article_html(HEALTHY)),
        article_url(LOOP_VIA): Route.redirect(via, 302), via: Route.redirect(article_url(LOOP_VIA), 302),
    }


@pytest.fixture(scope="module")
def loop_run(tmp_path_factory):
    return run_crawl("sindonews", routes(), tmp_path_factory.mktemp("loops"), f"since={DAY}", f"until={DAY}")


def test_cookie_wall_and_self_refresh_give_their_articles(loop_run) -> None:
    urls = sorted(item["url"] for item in loop_run.items)
    assert urls == sorted(article_url(n) for n in (WALL, REFRESH_SELF, HEALTHY)), loop_run.log[-3000:]
    assert [s for _m, u, s in loop_run.hits if u.endswith(article_url(WALL).split("://")[1])] == [302, 200]
    assert loop_run.fetched(article_url(REFRESH_SELF)) == 1


def test_a_redirect_back_to_itself_twice_is_a_counted_named_failure(loop_run) -> None:
    stats = loop_run.stats
    assert stats.get("newscrawl/failed/article/redirect_loop") == 2, stats  # Location "", and A -> A/cek -> A
    assert stats.get("newscrawl/dropped/redirect_loop") == 2
    assert loop_run.fetched(article_url(EMPTY_LOCATION)) == 2  # once more, then given up
    assert loop_run.fetched(article_url(LOOP_VIA)) == 2
    for n in (EMPTY_LOCATION, LOOP_VIA):
        assert any("back to itself" in line and article_url(n) in line for line in loop_run.log.splitlines())
    assert "Traceback" not in loop_run.log


def test_health_fails_when_every_article_loops() -> None:
    stats = {"newscrawl/discovery/pages_ok": 1, "newscrawl/discovery/article_links": 6,
             "newscrawl/failed/article/redirect_loop": 6}
    health = site_health(stats)
    assert not health["healthy"]
    assert "redirected back to itself" in health["failures"][0]


MOVED, TARGET = 0, 1


def moved_behind_wall(_hit: int, request) -> Route:
    """A cookie wall whose page, once the cookie is sent, moved to another article of the listing."""
    if "wall=ok" in request.headers.get("Cookie", ""):
        return Route.redirect(article_url(TARGET), 301)
    return Route(status=302, headers={"Location": article_url(MOVED), "Set-Cookie": "wall=ok; Path=/",
                                      "Content-Type": "text/plain"})


def test_the_hop_after_a_cookie_wall_retry_gets_the_duplicate_checks(tmp_path) -> None:
    """The retry past the duplicate filter is for the self-redirect only: its next hop, to an article the run asks
    for already, kept dont_filter and skipped the duplicate filter and the redirected-to-a-listed-article check,
    so that article was fetched (and emitted) twice."""
    run = run_crawl("sindonews", {
        listing_url(0): Route(listing_html([MOVED, TARGET])), listing_url(20): Route(listing_html([])),
        article_url(MOVED): moved_behind_wall, article_url(TARGET): Route(article_html(TARGET), delay=0.3),
    }, tmp_path, f"since={DAY}", f"until={DAY}")
    assert [item["url"] for item in run.items] == [article_url(TARGET)], run.log[-3000:]
    assert run.fetched(article_url(TARGET)) == 1
    assert run.fetched(article_url(MOVED)) == 2  # the wall, then the retry with its cookie
