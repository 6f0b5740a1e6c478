"""since/until filter what a discovery crawl emits (issue 10, item 5); `-a url=` crawls are not filtered."""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from conftest import run_crawl
from newscrawl.dates import WIB, WIT
from newscrawl.pipelines import site_day
from replay import Route
from synthetic_site import DAY, article_url, site_routes


@pytest.mark.parametrize(("published_at", "tz", "day"), [
    ("2024-06-19T20:40:00+07:00", WIB, date(2024, 6, 19)),
    ("2024-06-19T23:30:00+07:00", WIT, date(2024, 6, 20)),    # shown in the site's own zone
    ("2024-06-19T17:30:00+00:00", WIB, date(2024, 6, 20)),    # a UTC value: 00:30 WIB the next day
    ("2024-06-19", WIB, date(2024, 6, 19)),                   # date-only output
    ("2024-06-19T10:00:00", WIB, date(2024, 6, 19)),          # naive: taken as written
    (None, WIB, None),
    ("", WIB, None),
    ("kemarin", WIB, None),                                   # not ISO: no guess
])
def test_site_day(published_at, tz, day):
    assert site_day(published_at, tz) == day


def redated(routes: dict, n: int, iso: str | None, dom: str) -> None:
    """Article n published at `iso` (None: no date at all), both in JSON-LD and in the visible date line."""
    html = routes[article_url(n)].body.decode()
    html = html.replace(f'"datePublished":"{DAY}T09:{n:02d}:00+07:00"', f'"datePublished":"{iso}"' if iso else '"x":""')
    html = html.replace(f"Rabu, 19 Juni 2024 - 09:{n:02d} WIB", dom)
    routes[article_url(n)] = Route(body=html.encode())


@pytest.fixture(scope="module")
def routes():
    table = site_routes(6)
    redated(table, 0, "2024-06-20T08:00:00+07:00", "Kamis, 20 Juni 2024 - 08:00 WIB")   # the next day
    redated(table, 1, "2024-06-18T22:00:00+07:00", "Selasa, 18 Juni 2024 - 22:00 WIB")  # the day before
    redated(table, 2, None, "")                                                         # no date anywhere
    return table


def test_discovery_crawl_emits_only_the_window(routes, tmp_path):
    result = run_crawl("sindonews", routes, tmp_path, f"since={DAY}", f"until={DAY}")
    urls = {item["url"] for item in result.items}
    assert urls == {article_url(n) for n in (2, 3, 4, 5)}, result.log[-2000:]
    assert result.item(article_url(2))["published_at"] is None  # undated: kept…
    assert result.stats["newscrawl/window/undated_kept"] == 1    # …and counted
    assert result.stats["newscrawl/dropped/outside_window"] == 2
    assert "outside_window: " + article_url(0) + " published 2024-06-20, window 2024-06-19..2024-06-19" in result.log


def test_a_wider_window_keeps_them(routes, tmp_path):
    day = date.fromisoformat(DAY)
    result = run_crawl("sindonews", routes, tmp_path, f"since={day - timedelta(days=1)}",
                       f"until={day + timedelta(days=1)}")
    assert article_url(0) in {item["url"] for item in result.items}
    assert article_url(1) in {item["url"] for item in result.items}


def test_explicit_urls_are_not_filtered(routes, tmp_path):
    result = run_crawl("sindonews", routes, tmp_path, f"url={article_url(0)}", f"since={DAY}", f"until={DAY}")
    assert [item["url"] for item in result.items] == [article_url(0)]
    assert result.item(article_url(0))["published_at"] == "2024-06-20T08:00:00+07:00"
    assert "newscrawl/dropped/outside_window" not in result.stats


