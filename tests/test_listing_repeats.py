"""Paging stops at two listing pages in a row that repeat the pages before them.

Past its last page a site often answers with the same page again (the last one, or page 1): paging on
would cost max_pages requests of one page per day and template. The synthetic SINDOnews index here
answers every offset with the same three articles. One repeated page alone is no end: stories published
between the fetches of pages 1 and 2 push page 1's stories onto page 2 (h146), so the next page is asked once more."""
from __future__ import annotations

from pathlib import Path

from conftest import run_crawl
from replay import Route
from synthetic_site import DAY, article_html, article_url, listing_html, listing_url


def test_paging_stops_when_a_listing_page_repeats_the_previous_one(tmp_path: Path) -> None:
    routes = {listing_url(offset): Route(listing_html([0, 1, 2]).encode()) for offset in range(0, 20 * 40, 20)}
    routes.update({article_url(n): Route(article_html(n)) for n in range(3)})
    result = run_crawl("sindonews", routes, tmp_path, f"since={DAY}", f"until={DAY}")
    listings = [url for _m, url, _s in result.hits if "/indeks/" in url]
    # pages 2 and 3 repeat page 1: no page 4 (page 3 is the one request more that tells the end from a shift)
    assert listings == [listing_url(0), listing_url(20), listing_url(40)], listings
    assert sorted(item["url"] for item in result.items) == [article_url(n) for n in range(3)]
    assert result.stats.get("newscrawl/discovery/repeated_listing_page") == 2


def test_paging_stops_when_a_listing_alternates_between_two_pages(tmp_path: Path) -> None:
    """(h15 probe, s14) past its end a listing answers page 1 and page 2 in turn: page 3 lists nothing pages 1 and
    2 did not, though it differs from page 2 (the rule compared each page with the one before: 30 fetches)."""
    routes = {listing_url(offset): Route(listing_html([0, 1, 2] if (offset // 20) % 2 == 0 else [3, 4, 5]).encode())
              for offset in range(0, 20 * 40, 20)}
    routes.update({article_url(n): Route(article_html(n)) for n in range(6)})
    result = run_crawl("sindonews", routes, tmp_path, f"since={DAY}", f"until={DAY}")
    listings = [url for _m, url, _s in result.hits if "/indeks/" in url]
    assert listings == [listing_url(0), listing_url(20), listing_url(40), listing_url(60)], listings
    assert len(result.items) == 6
    assert result.stats.get("newscrawl/discovery/repeated_listing_page") == 2


def test_a_page_pushed_down_by_new_stories_between_two_fetches_pages_on(tmp_path: Path) -> None:
    """(h146 probe, detik_shift_push10) a page's worth of stories published between the fetches of pages 1 and 2 of
    a day's index: page 2, as fetched, lists what page 1 listed, and the day's older stories are on pages 3 and 4.
    Paging stopped at page 2 (20 of the day's 30 stories unread, health ok); it asks page 3 once more, pages on
    while pages list new stories, and stops at the list's end."""
    routes = {listing_url(0): Route(listing_html([0, 1, 2]).encode()),
              listing_url(20): Route(listing_html([0, 1, 2]).encode()),  # page 1's stories, pushed down
              listing_url(40): Route(listing_html([3, 4, 5]).encode()),
              listing_url(60): Route(listing_html([6, 7]).encode()),
              listing_url(80): Route(listing_html([]).encode())}
    routes.update({article_url(n): Route(article_html(n)) for n in range(8)})
    result = run_crawl("sindonews", routes, tmp_path, f"since={DAY}", f"until={DAY}")
    assert sorted(item["url"] for item in result.items) == sorted(article_url(n) for n in range(8))
    listings = [url for _m, url, _s in result.hits if "/indeks/" in url]
    assert listings == [listing_url(offset) for offset in range(0, 100, 20)], listings
    assert result.stats.get("newscrawl/discovery/repeated_listing_page") == 1


def test_a_repeated_page_at_the_page_limit_ends_the_listing_quietly(tmp_path: Path) -> None:
    """At max_pages no page is left to tell a listing's end from a shift: the repeated page ends it as before, no
    request past the limit and no max_pages_reached (a listing that ends at the limit is no shortfall)."""
    routes = {listing_url(offset): Route(listing_html([0, 1, 2]).encode()) for offset in range(0, 20 * 5, 20)}
    routes.update({article_url(n): Route(article_html(n)) for n in range(3)})
    result = run_crawl("sindonews", routes, tmp_path, f"since={DAY}", f"until={DAY}", "max_pages=2")
    assert [url for _m, url, _s in result.hits if "/indeks/" in url] == [listing_url(0), listing_url(20)]
    assert "newscrawl/discovery/max_pages_reached" not in result.stats


def test_paging_goes_on_while_pages_list_new_articles(tmp_path: Path) -> None:
    """Overlapping pages (a story moved down one page while crawling) still page on."""
    routes = {listing_url(0): Route(listing_html([0, 1, 2]).encode()),
              listing_url(20): Route(listing_html([2, 3, 4]).encode()),
              listing_url(40): Route(listing_html([]).encode())}
    routes.update({article_url(n): Route(article_html(n)) for n in range(5)})
    result = run_crawl("sindonews", routes, tmp_path, f"since={DAY}", f"until={DAY}")
    listings = [url for _m, url, _s in result.hits if "/indeks/" in url]
    assert listings == [listing_url(0), listing_url(20), listing_url(40)], listings
    assert len(result.items) == 5


def test_a_wordpress_rest_listing_past_its_last_page_is_no_failure(tmp_path: Path) -> None:
    """WordPress answers ?page=N past the last page with 400 rest_post_invalid_page_number: the list ended."""
    import json

    from newscrawl.catalogue import outlets

    outlet = next(o for o in outlets() if o.name == "infobanknews")
    template = outlet.listing[0]
    posts = [{"link": f"https://infobanknews.com/berita-banjir-besar-{n}/", "date": f"{DAY}T09:0{n}:00"} for n in range(2)]
    json_type = {"Content-Type": "application/json; charset=UTF-8"}
    routes = {template.format(page=1): Route(json.dumps(posts).encode(), headers=json_type),
              template.format(page=2): Route(json.dumps({"code": "rest_post_invalid_page_number", "message":
                                                         "The page number requested is larger than the number of "
                                                         "pages available.", "data": {"status": 400}}).encode(),
                                              status=400, headers=json_type)}
    for post in posts:
        routes[post["link"]] = Route(b"<html><head><title>x</title></head><body><p>x</p></body></html>")
    result = run_crawl("infobanknews", routes, tmp_path, f"since={DAY}", f"until={DAY}")
    assert template.format(page=2) in [url for _m, url, _s in result.hits]
    assert result.stats.get("newscrawl/discovery/past_last_page") == 1
    assert not [k for k in result.stats if k.startswith("newscrawl/failed/discovery")], result.stats


def test_a_listing_page_past_the_last_answering_404_ends_the_list(tmp_path: Path) -> None:
    """WordPress /page/N/ past the last page is a 404: the list ended; page 1 answering 404 is a failure."""
    routes = {listing_url(0): Route(listing_html([0, 1]).encode()),
              listing_url(20): Route(b"<html><body>Not Found</body></html>", status=404)}
    routes.update({article_url(n): Route(article_html(n)) for n in range(2)})
    result = run_crawl("sindonews", routes, tmp_path / "ended", f"since={DAY}", f"until={DAY}")
    assert len(result.items) == 2 and result.stats.get("newscrawl/discovery/past_last_page") == 1
    assert not [k for k in result.stats if k.startswith("newscrawl/failed/")], result.stats
    gone = run_crawl("sindonews", {listing_url(0): Route(b"gone", status=404)}, tmp_path / "gone",
                     f"since={DAY}", f"until={DAY}")
    assert gone.stats.get("newscrawl/failed/discovery/http_4xx") == 1


def test_paging_stopped_by_max_pages_is_said_and_counted(tmp_path: Path) -> None:
    """The page limit, not the end of the list: a busy day's articles past it are not read, and the crawl
    says so (before, 30 articles went unread with no stat and no log line)."""
    routes = {listing_url(0): Route(listing_html([0, 1]).encode()), listing_url(20): Route(listing_html([2, 3]).encode()),
              listing_url(40): Route(listing_html([4, 5]).encode())}
    routes.update({article_url(n): Route(article_html(n)) for n in range(6)})
    result = run_crawl("sindonews", routes, tmp_path, f"since={DAY}", f"until={DAY}", "max_pages=2")
    assert len(result.items) == 4
    assert result.stats.get("newscrawl/discovery/max_pages_reached") == 1
    # a list that ends before the limit is not counted
    result = run_crawl("sindonews", {**routes, listing_url(40): Route(listing_html([]).encode())}, tmp_path / "b",
                       f"since={DAY}", f"until={DAY}", "max_pages=5")
    assert "newscrawl/discovery/max_pages_reached" not in result.stats


def test_a_listing_stopped_by_max_pages_fails_the_crawl_of_a_given_window(tmp_path: Path) -> None:
    """(h146 probe, detik_maxpages) the limit was a stat and one WARNING, and the crawl ended "19 articles emitted, 0
    requests failed; health ok" with 9 of the day's stories unread: its summary line says the discovery fell short,
    and why (health.site_health: a crawl of a window it was given could not read it)."""
    routes = {listing_url(0): Route(listing_html([0, 1, 2]).encode()),
              listing_url(20): Route(listing_html([3, 4, 5]).encode()),
              listing_url(40): Route(listing_html([6, 7]).encode())}
    routes.update({article_url(n): Route(article_html(n)) for n in range(8)})
    result = run_crawl("sindonews", routes, tmp_path, f"since={DAY}", f"until={DAY}", "max_pages=2")
    assert len(result.items) == 6
    line = next(line for line in result.log.splitlines() if "[newscrawl.summary]" in line)
    assert "WARNING" in line and line.endswith(
        "sindonews: 6 articles emitted, 0 requests failed; health FAILING: discovery fell short: 1 listing still "
        "listing articles at max_pages (the pages after it not read)"), line


def test_a_json_listing_pages_past_posts_newer_than_the_window(tmp_path: Path) -> None:
    """(h16 probe: infobanknews, mongabay) a backfill of a WordPress REST listing, newest first: page 1 holds only
    the next day's posts. The window filtered the links before the paging looked at them, so the page read as
    the listing's end (0 items, health failing "listed no article link", no warning); it pages on to the window's
    posts and stops at the first page wholly older."""
    import json

    from newscrawl.catalogue import outlets

    template = next(o for o in outlets() if o.name == "infobanknews").listing[0]
    json_type = {"Content-Type": "application/json; charset=UTF-8"}

    def posts(day: str, numbers: range) -> list[dict[str, str]]:
        return [{"link": f"https://infobanknews.com/berita-nomor-{n}-hari-ini/", "date": f"{day}T1{n % 10}:00:00",
                 "date_gmt": f"{day}T0{n % 10}:00:00"} for n in numbers]

    pages = [posts("2024-06-20", range(0, 3)), posts(DAY, range(3, 6)), posts("2024-06-18", range(6, 9)),
             posts("2024-06-17", range(9, 12))]
    routes = {template.format(page=n + 1): Route(json.dumps(page).encode(), headers=json_type)
              for n, page in enumerate(pages)}
    for page in pages:
        for post in page:
            n = post["link"].split("-")[2]
            routes[post["link"]] = Route(
                f"<html><head><title>Berita nomor {n}</title><meta property='og:type' content='article'>"
                f"<meta property='article:published_time' content='{post['date']}+07:00'></head><body>"
                f"<h1>Berita nomor {n}</h1><div class='entry-content'><p>Paragraf pertama berita nomor {n} yang "
                f"cukup panjang untuk dibaca sebagai isi berita oleh siapa pun.</p><p>Paragraf kedua berita nomor "
                f"{n} menutup cerita ini dengan kalimat yang juga cukup panjang.</p></div></body></html>".encode())
    result = run_crawl("infobanknews", routes, tmp_path, f"since={DAY}", f"until={DAY}")
    assert sorted(item["url"] for item in result.items) == [f"https://infobanknews.com/berita-nomor-{n}-hari-ini/"
                                                             for n in range(3, 6)]
    fetched = [url for _m, url, _s in result.hits]
    assert template.format(page=3) in fetched and template.format(page=4) not in fetched  # page 3: wholly older
    assert result.stats.get("newscrawl/discovery/article_links") == 9
