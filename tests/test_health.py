"""site_health: stats in, shares and failures out."""
from __future__ import annotations

import pytest

from newscrawl.health import site_health


def stats(pages=10, items=10, date=10, authors=10, body=10, discovery=2, links=10):
    return {"newscrawl/articles/pages": pages, "newscrawl/health/items": items, "newscrawl/health/with_date": date,
            "newscrawl/health/with_authors": authors, "newscrawl/health/body_2plus": body,
            "newscrawl/discovery/pages_ok": discovery, "newscrawl/discovery/article_links": links}


@pytest.mark.parametrize(("given", "failures"), [
    (stats(), []),
    (stats(date=7), ["date: 70% of 10 below 80%"]),
    (stats(authors=4), ["authors: 40% of 10 below 50%"]),
    (stats(body=5), ["body: 50% of 10 below 80%"]),
    (stats(links=0, pages=0, items=0, date=0, authors=0, body=0), ["articles: 2 discovery page(s) answered but listed no article link"]),
    (stats(pages=2, items=2, date=0, authors=0, body=0), []),          # too few pages to judge shares
    (stats(pages=5, items=0, date=0, authors=0, body=0), ["body: 0% of 5 below 80%"]),
    (stats(discovery=0, links=0), []),                                 # -a url= runs have no discovery
    (stats(date=0, authors=0), ["date: 0% of 10 below 80%", "authors: 0% of 10 below 50%"]),
])
def test_failures(given, failures):
    report = site_health(given)
    assert report["failures"] == failures
    assert report["healthy"] is (not failures)


@pytest.mark.parametrize(("soft_404", "failures"), [
    (0, []),
    (2, []),  # a couple of removed articles: too few to judge
    (3, ["soft_404: 23% of 13 article pages said 'not found' (above 20%)"]),  # over pages and soft 404s together
    (5, ["soft_404: 33% of 15 article pages said 'not found' (above 20%)"]),
])
def test_soft_404_share(soft_404, failures):
    report = site_health({**stats(), "newscrawl/dropped/soft_404": soft_404})
    assert report["soft_404"] == soft_404
    assert report["failures"] == failures


def test_thresholds_are_settings():
    assert site_health(stats(date=7), {"date": 0.5})["failures"] == []
    assert site_health(stats(), {"authors": 1.01})["failures"] == ["authors: 100% of 10 below 101%"]


def test_shares():
    report = site_health(stats(items=8, date=6, authors=4, body=7))
    assert (report["with_date"], report["with_authors"], report["body_2plus"]) == (0.75, 0.5, 0.7)


@pytest.mark.parametrize(("now_utc", "lookback", "until", "since"), [
    ("2024-06-19T17:05:00+00:00", 6, None, "2024-06-19"),   # 00:05 WIB on the 20th: yesterday too
    ("2024-06-20T05:00:00+00:00", 6, None, "2024-06-20"),   # noon WIB: today only
    ("2024-06-20T05:00:00+00:00", 24, None, "2024-06-19"),
    ("2024-06-20T05:00:00+00:00", 6, "2024-06-01", None),   # an explicit --until is its own window
])
def test_cron_default_window(now_utc, lookback, until, since):
    from datetime import datetime

    from newscrawl.cron import default_since

    assert default_since(lookback, until, now=datetime.fromisoformat(now_utc)) == since
