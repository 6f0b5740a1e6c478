"""Articles that were listed but could not be read are counted as article failures, and a site none of whose
listed articles could be read fails its health check: each article request knows its role from the moment it
is made (generic reads articles through parse_page), and a redirect away from an article (to the home page,
a section, another domain) is stopped and counted per article instead of followed (where the dupefilter would
swallow every redirect after the first, or the offsite filter all of them, without a word)."""
from __future__ import annotations

import pytest

from inprocess import crawl_in_process
from newscrawl.health import site_health
from replay import Route
from synthetic_site import DAY

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
