"""A sitemap index's reach is judged once every child is read, whatever the scheduler drops (h235 S3b, S3e, S3f).

The real form (h235 probe, reconstructed on loopback): a WordPress site whose robots.txt names its sitemap index, the
index listing its post sitemap twice (a CMS duplicating a row) or listing itself, the post sitemap's oldest entry at
09:00 of a window starting at 00:00. Each child request counted one pending child; the scheduler's duplicate filter
dropped the repeat with neither callback nor errback, so the count never reached 0 and the reach was never judged:
"health ok", where the same index listing the child once fell short. And nested indexes (idx-a listing idx-b and the
post sitemap, idx-b listing idx-a and the eve's sitemap) judged idx-a without its grandchild: a false "fell short".
Now a dropped child counts as read (signals.request_dropped) and a nested index's children count toward its parent.
Through the real engine (the scheduler is what drops the repeat).
"""
from __future__ import annotations

import pytest

from conftest import run_crawl
from kabarnusa_site import SITE, story_page, story_url
from replay import Route

DAY = "2024-06-19"
WINDOW = (f"since={DAY}", f"until={DAY}")
SHORT = "discovery/window_start_not_reached"


def _urlset(rows: list[tuple[int, str]]) -> Route:
    return Route(('<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
                  'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">' + "".join(
                      f"<url><loc>{story_url(n)}</loc><news:news><news:publication><news:name>KabarNusa</news:name>"
                      "<news:language>id</news:language></news:publication>"
                      f"<news:publication_date>{when}</news:publication_date><news:title>x</news:title></news:news>"
                      "</url>" for n, when in rows) + "</urlset>").encode(),
                 headers={"Content-Type": "application/xml"})


def _index(children: list[str]) -> Route:
    rows = "".join(f"<sitemap><loc>{SITE}/{c}</loc><lastmod>{DAY}T17:00:00+07:00</lastmod></sitemap>" for c in children)
    return Route(('<?xml version="1.0" encoding="UTF-8"?><sitemapindex '
                  f'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{rows}</sitemapindex>').encode(),
                 headers={"Content-Type": "application/xml"})


def _routes(indexes: dict[str, list[str]]) -> dict[str, Route]:
    """robots.txt naming the first of ``indexes``; post-sitemap.xml: 5 stories of the day from 09:00; eve-sitemap.xml:
    one story of the eve (21:00), the entry that reaches back to the window's start."""
    first = next(iter(indexes))
    routes = {
        f"{SITE}/": Route(b"<html><head><title>KabarNusa</title></head><body><h1>KabarNusa</h1></body></html>"),
        f"{SITE}/robots.txt": Route(f"User-agent: *\nSitemap: {SITE}/{first}\n".encode(),
                                    headers={"Content-Type": "text/plain"}),
        f"{SITE}/post-sitemap.xml": _urlset([(n, f"{DAY}T{9 + n:02d}:00:00+07:00") for n in range(5)]),
        f"{SITE}/eve-sitemap.xml": _urlset([(999, "2024-06-18T21:00:00+07:00")]),
        story_url(999): Route(story_page(999, "2024-06-18T21:00:00+07:00", jsonld=True)),
    }
    routes.update({f"{SITE}/{name}": _index(children) for name, children in indexes.items()})
    routes.update({story_url(n): Route(story_page(n, f"{DAY}T{9 + n:02d}:00:00+07:00", jsonld=True)) for n in range(5)})
    return routes


@pytest.mark.parametrize(("case", "indexes", "short", "repeated"), [
    # The control: the index lists its post sitemap once; the day from 09:00 does not reach back to 00:00.
    ("once", {"sitemap_index.xml": ["post-sitemap.xml"]}, True, 0),
    # The same child listed twice (h235 S3f): never judged before, "health ok".
    ("twice", {"sitemap_index.xml": ["post-sitemap.xml", "post-sitemap.xml"]}, True, 1),
    # The index listing itself (h235 S3e): never judged before.
    ("itself", {"sitemap_index.xml": ["sitemap_index.xml", "post-sitemap.xml"]}, True, 1),
    # Two indexes listing each other, the eve's sitemap under the second (h235 S3b): a false "fell short" before.
    ("mutual", {"idx-a.xml": ["idx-b.xml", "post-sitemap.xml"], "idx-b.xml": ["idx-a.xml", "eve-sitemap.xml"]},
     False, 1),
    # Nested without the eve: the grandchild's day from 09:00 is the parent's reach, said once, naming the parent.
    ("nested_short", {"idx-a.xml": ["idx-b.xml"], "idx-b.xml": ["post-sitemap.xml", "idx-b.xml"]}, True, 1),
    # 3 deep, the eve at the bottom: reaches back.
    ("deep", {"d1.xml": ["d2.xml"], "d2.xml": ["d3.xml"], "d3.xml": ["post-sitemap.xml", "eve-sitemap.xml"]},
     False, 0),
])
def test_an_index_is_judged_over_all_its_children_once_each(tmp_path, case, indexes, short, repeated) -> None:
    run = run_crawl("generic", _routes(indexes), tmp_path, f"start_urls={SITE}/", *WINDOW, "max_links=0")
    assert "Traceback" not in run.log, run.log[-3000:]
    assert sorted(i["url"] for i in run.items) == sorted(story_url(n) for n in range(5)), run.log[-3000:]
    fetched = [url for _method, url, *_rest in run.hits if url.endswith(".xml")]
    assert len(fetched) == len(set(fetched)), fetched  # each sitemap fetched once
    assert run.stats.get(f"newscrawl/{SHORT}", 0) == short, run.log[-3000:]
    assert run.stats.get("newscrawl/discovery/sitemap_child_repeated", 0) == repeated
    line = next(line for line in run.log.splitlines() if "[newscrawl.summary]" in line)
    if short:
        assert "health FAILING: discovery fell short: 1 feed, sitemap or listing not reaching back" in line, line
        first = next(iter(indexes))
        said = [line for line in run.log.splitlines() if "reaches back only to" in line]
        assert len(said) == 1 and f"{SITE}/{first} reaches back only to {DAY}T09:00+07:00" in said[0], said
    else:
        assert line.endswith("health ok"), line


# ---- h244 G3/G4: a child that failed -----------------------------------------------------------------------------
# The real form (h244 probe, reconstructed on loopback): an index of daily sitemaps (sitemap-2024-06-19.xml, …, no
# lastmod), a backfill of several days; the children for days inside the window answer 500 (a CMS timing out on a
# busy day) or 404 (a day's sitemap not generated). The index reached back through its older children, and a failed
# child was only a failed request beside pages that answered: 9 of 30 stories lost, "health ok", exit 0. Now a child
# that failed after its retries, or answered no document, leaves its index not read whole: the discovery fell short.
def _daily_routes(failing: dict[str, int]) -> dict[str, Route]:
    from datetime import date, timedelta  # noqa: PLC0415

    days = [date(2024, 6, 19) - timedelta(d) for d in range(8)]
    index = ('<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
             + "".join(f"<sitemap><loc>{SITE}/sitemap-{d}.xml</loc></sitemap>" for d in days) + "</sitemapindex>")
    routes = {
        f"{SITE}/": Route(b"<html><head><title>KabarNusa</title></head><body><h1>KabarNusa</h1></body></html>"),
        f"{SITE}/robots.txt": Route(f"User-agent: *\nSitemap: {SITE}/sitemap_index.xml\n".encode(),
                                    headers={"Content-Type": "text/plain"}),
        f"{SITE}/sitemap_index.xml": Route(index.encode(), headers={"Content-Type": "application/xml"}),
    }
    for i, d in enumerate(days):
        rows = [(100 + i * 3 + k, f"{d}T{8 + 5 * k:02d}:00:00+07:00") for k in range(3)]
        routes[f"{SITE}/sitemap-{d}.xml"] = _urlset(rows)
        routes.update({story_url(n): Route(story_page(n, when, jsonld=True)) for n, when in rows})
        if str(d) in failing:
            routes[f"{SITE}/sitemap-{d}.xml"] = Route(b"<html><body>Error</body></html>", status=failing[str(d)])
    return routes


@pytest.mark.parametrize(("case", "failing", "emitted", "not_whole"), [
    ("all_read", {}, 12, 0),                                           # the control: health ok
    ("server_error", {"2024-06-17": 500}, 9, 1),                       # G3
    ("not_found", {"2024-06-17": 404, "2024-06-16": 404}, 6, 2),       # G4
    ("html_200", {"2024-06-17": 200}, 9, 1),                           # an error page answered 200: no sitemap
])
def test_a_failed_child_leaves_its_index_not_read_whole(tmp_path, case, failing, emitted, not_whole) -> None:
    run = run_crawl("generic", _daily_routes(failing), tmp_path / case, f"start_urls={SITE}/", "since=2024-06-16",
                    f"until={DAY}", "max_links=0", settings={"NEWSCRAWL_NOW": f"{DAY}T18:00:00+07:00"})
    assert "Traceback" not in run.log, run.log[-3000:]
    assert len(run.items) == emitted, run.log[-3000:]
    assert run.stats.get("newscrawl/discovery/not_read_whole", 0) == not_whole, run.stats
    assert not run.stats.get("newscrawl/discovery/window_start_not_reached"), run.stats  # the index reaches back
    summary = next(line for line in run.log.splitlines() if "[newscrawl.summary]" in line)
    assert ("health ok" in summary) is (not failing), summary
    if failing:
        assert "not read whole" in summary, summary
        said = [line for line in run.log.splitlines() if "not read whole: its child" in line]
        assert sorted(line.rsplit("child ", 1)[1].split(" ")[0] for line in said) == sorted(
            f"{SITE}/sitemap-{d}.xml" for d in failing), said
