"""Articles that were listed but could not be read are counted as article failures, and a site none of whose
listed articles could be read fails its health check: each article request knows its role from the moment it
is made (generic reads articles through parse_page), and a redirect away from an article (to the home page,
a section, another domain) is stopped and counted per article instead of followed (where the dupefilter would
swallow every redirect after the first, or the offsite filter all of them, without a word)."""
from __future__ import annotations

import pytest

from conftest import run_cron
from inprocess import crawl_in_process
from newscrawl.health import site_health
from newscrawl.middlewares import redirect_refusal
from replay import Route
from synthetic_site import DAY, article_html, article_url, listing_url, site_routes

QUIET = {"AUTOTHROTTLE_ENABLED": False}  # in process there is no engine to throttle
HOME = "https://www.beritacontoh.id/"
ARTICLES = [f"https://www.beritacontoh.id/berita/2024/06/19/banjir-rob-rendam-pesisir-nomor-{n}" for n in range(6)]


def generic_site(article: Route) -> dict[str, Route]:
    routes = {HOME: Route("<html><body>" + "".join(f'<a href="{u}">Berita</a>' for u in ARTICLES) + "</body></html>")}
    routes.update({url: article for url in ARTICLES})
    return routes


@pytest.mark.parametrize(("status", "kind"), [(500, "server errors (5xx)"), (404, "other HTTP 4xx (404, 410…)")])
def test_generic_article_failures_count_as_article_failures(status, kind):
    result = crawl_in_process("generic", generic_site(Route(b"<html><body>error</body></html>", status=status)),
                              f"start_urls={HOME}", f"since={DAY}", f"until={DAY}", settings=QUIET)
    stats = result.stats
    failed = {key: value for key, value in stats.items() if key.startswith("newscrawl/failed/article/")}
    assert sum(failed.values()) == len(ARTICLES), stats
    # robots.txt and /sitemap.xml (404 here) are the discovery failures; the start page answered.
    assert stats.get("newscrawl/failed/discovery/server_error", 0) == 0, stats
    health = site_health(stats)
    assert f"articles: {kind} on {len(ARTICLES)} of {len(ARTICLES)} requests" in health["failures"], health


# ---- redirects away from an article, or off the site ------------------------------------------------

SINDO_HOME = "https://www.sindonews.com/"
WINDOW = ("--spiders", "sindonews", "--since", DAY, "--until", DAY)


def is_sindonews_article(url: str) -> bool:
    return "/read/" in url and "sindonews.com" in url


@pytest.mark.parametrize(("role", "first", "target", "refusal"), [
    ("article", article_url(1), article_url(1).replace("https:", "http:"), None),        # a scheme change
    ("article", article_url(1), article_url(1) + "-judul-baru", None),                  # a renamed slug
    ("article", article_url(1), SINDO_HOME, "redirected_away"),                          # removed: the home page
    ("article", article_url(1), SINDO_HOME + "?utm_source=x", "redirected_away"),
    ("article", article_url(1), "https://nasional.sindonews.com/kanal/nasional", "redirected_away"),
    ("article", "https://www.sindonews.com/lama/1", "https://www.sindonews.com/baru/1", None),  # no article URL
    ("article", article_url(1), article_url(1).replace("sindonews.com", "sindonews.id"), "redirected_offsite"),
    ("discovery", listing_url(0), listing_url(0).replace("sindonews.com", "sindonews.id"), "redirected_offsite"),
    ("discovery", listing_url(0), SINDO_HOME, None),                                     # a listing may go home
])
def test_redirect_refusal(role, first, target, refusal):
    assert redirect_refusal(role, first, target, ["sindonews.com"], is_sindonews_article) == refusal
    # A request that may leave the site (allow_offsite: a sitemap named in robots.txt) is never refused for that.
    if refusal == "redirected_offsite" and role == "discovery":
        assert redirect_refusal(role, first, target, ["sindonews.com"], is_sindonews_article, True) is None


@pytest.mark.xdist_group("cron")
def test_articles_redirected_home_are_each_counted_and_none_read_is_unhealthy(tmp_path):
    """Every article 302s to the home page: followed, the home page would be fetched for the first and every
    later redirect dropped by the duplicate filter without a word (1 of 8 counted, health ok)."""
    routes = site_routes(8)
    routes[SINDO_HOME] = Route("<html><head><title>SINDOnews</title></head><body><h1>Beranda</h1></body></html>")
    for n in range(8):
        routes[article_url(n)] = Route.redirect(SINDO_HOME, 302)
    run = run_cron(routes, tmp_path, *WINDOW)
    site = run.summary["sites"]["sindonews"]
    assert run.returncode == 3, run.stdout + run.stderr
    assert site["dropped"] == {"redirected_away": 8}, site
    assert site["duplicate_requests_filtered"] == 0, site
    assert run.summary["unhealthy_sites"]["sindonews"] == [
        "articles: redirected away from the article (home page, section) on 8 of 8 requests"]
    assert all(f"{article_url(n)} -> {SINDO_HOME}" in run.stderr for n in range(8)), run.stderr
    assert not [url for _m, url, _s in run.hits if url == SINDO_HOME]  # never followed


@pytest.mark.xdist_group("cron")
def test_some_articles_redirected_home_are_counted_and_the_site_stays_healthy(tmp_path):
    routes = site_routes(6)
    for n in (1, 4):
        routes[article_url(n)] = Route.redirect(SINDO_HOME, 301)
    run = run_cron(routes, tmp_path, *WINDOW)
    site = run.summary["sites"]["sindonews"]
    assert run.returncode == 0 and site["items_emitted"] == 4, run.stdout + run.stderr
    assert site["dropped"] == {"redirected_away": 2}, site
    assert site["health"]["failed_requests"]["article"] == {"redirected_away": 2}, site


def moved(url: str) -> str:
    return url.replace("sindonews.com", "sindonews.id")


@pytest.mark.xdist_group("cron")
def test_articles_moved_to_another_domain_are_each_counted_and_unhealthy(tmp_path):
    """The outlet moved: every article 301s to its new domain. Scrapy's offsite filter dropped them all
    (stat offsite/filtered only): 0 articles, health ok, exit 0, nothing on stderr."""
    routes = site_routes(8)
    for n in range(8):
        routes[article_url(n)] = Route.redirect(moved(article_url(n)), 301)
        routes[moved(article_url(n))] = Route(article_html(n).replace("sindonews.com", "sindonews.id"))
    run = run_cron(routes, tmp_path, *WINDOW)
    site = run.summary["sites"]["sindonews"]
    assert run.returncode == 3, run.stdout + run.stderr
    assert run.summary["unhealthy_sites"]["sindonews"] == ["articles: redirected off the site on 8 of 8 requests"]
    assert site["dropped"] == {"redirected_offsite": 8}, site
    # One warning naming the new host (each article's line is in the run's log, at INFO).
    warnings = [line for line in run.stderr.splitlines() if "Redirected off the site to nasional.sindonews.id" in line]
    assert len(warnings) == 1 and "moved to another domain" in warnings[0], run.stderr
    assert not [url for _m, url, _s in run.hits if "sindonews.id" in url]


@pytest.mark.xdist_group("cron")
def test_a_whole_site_moved_fails_its_discovery(tmp_path):
    routes = {}
    for url, route in site_routes(4).items():
        routes[url] = Route.redirect(moved(url), 301)
        routes[moved(url)] = route
    run = run_cron(routes, tmp_path, *WINDOW)
    assert run.returncode == 3, run.stdout + run.stderr
    assert run.summary["unhealthy_sites"]["sindonews"] == ["discovery: redirected off the site on 1 of 1 request"]


@pytest.mark.xdist_group("cron")
def test_a_recheck_redirected_home_is_an_article_gone_not_a_failure(tmp_path):
    """Yesterday's stories taken down and sent to the home page, as a 404 would say: counted as gone."""
    now = ("-s", f"NEWSCRAWL_NOW={DAY}T09:30:00+07:00")
    assert run_cron(site_routes(4), tmp_path, *WINDOW, *now).returncode == 0
    routes = site_routes(4)
    for n in range(4):
        routes[article_url(n)] = Route.redirect(SINDO_HOME, 302)
    later = run_cron(routes, tmp_path, *WINDOW, "-s", f"NEWSCRAWL_NOW={DAY}T23:00:00+07:00")
    site = later.summary["sites"]["sindonews"]
    assert later.returncode == 0, later.stdout + later.stderr
    assert site["recheck_gone"] == 4 and not site["health"]["failed_requests"]["article"], site


@pytest.mark.xdist_group("cron")
def test_articles_all_served_as_no_article_are_unhealthy(tmp_path):
    """Every listed article answers 200 as a download (application/octet-stream): each is dropped as
    not_article, and a site none of whose articles could be read fails its health check."""
    routes = site_routes(8)
    for n in range(8):
        routes[article_url(n)] = Route(article_html(n), headers={"Content-Type": "application/octet-stream"})
    run = run_cron(routes, tmp_path, *WINDOW)
    assert run.returncode == 3, run.stdout + run.stderr
    assert run.summary["sites"]["sindonews"]["dropped"] == {"not_article": 8}
    assert run.summary["unhealthy_sites"]["sindonews"] == [
        "articles: none of 8 article pages fetched was an article (another content type, a home or section page)"]
