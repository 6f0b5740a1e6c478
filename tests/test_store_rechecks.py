"""Store-driven rechecks (newscrawl/rechecks.py): an incremental run asks again for the emitted articles
whose recheck is due, even when no listing shows them any more (a dated listing shows day D only).

Both seen-stores answer ``recent(site, since)`` the same way (SQLite here; Redis when a server is
available), ``due_rechecks`` is a table, and cron runs on the synthetic SINDOnews site (its listing is
per day) show the 24 h and 48 h rechecks reaching yesterday's articles."""
from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from conftest import completed_items, run_cron
from newscrawl.rechecks import due_rechecks
from newscrawl.state import Emission, SeenArticle, article_key
from redis_helpers import crawl_keys, redis_url, seen_store  # noqa: F401  (fixtures)
from synthetic_site import DAY, article_html, article_url, listing_html, listing_url, site_routes
from replay import Route

HOUR = 3600.0


def emission(url: str, site: str = "s", published: float | None = 1_000.0) -> Emission:
    return Emission(key=article_key(site, None, url), url=url, site=site, article_id=None,
                    content_hash="h", updated_at=None, published_ts=published)


def seen(url: str, published: float | None, last_emitted: float, last_checked: float | None = None) -> SeenArticle:
    return SeenArticle(url, url, "h", None, published, last_emitted, last_checked)


@pytest.mark.parametrize("rows, now, due", [
    ([], 100 * HOUR, []),
    # Published at 0 h, emitted at 0.2 h: the 1 h point has passed at 2 h, the 6 h point at 7 h.
    ([seen("a", 0.0, 0.2 * HOUR)], 2 * HOUR, ["a"]),
    ([seen("a", 0.0, 0.2 * HOUR, last_checked=2 * HOUR)], 5 * HOUR, []),
    ([seen("a", 0.0, 0.2 * HOUR, last_checked=2 * HOUR)], 25 * HOUR, ["a"]),  # 6 h and 24 h: one fetch
    ([seen("a", 0.0, 0.2 * HOUR, last_checked=49 * HOUR)], 80 * HOUR, []),   # after the last point: never
    # Undated: its last emission stands for its publication.
    ([seen("b", None, 10 * HOUR)], 11.5 * HOUR, ["b"]),
    # Two keys under one URL (an old URL-keyed row): one request.
    ([seen("a", 0.0, 0.1 * HOUR), seen("a", 0.0, 0.1 * HOUR)], 2 * HOUR, ["a"]),
])
def test_due_rechecks(rows, now, due):
    assert due_rechecks(rows, now, (1, 6, 24, 48)) == due


@pytest.fixture
def store(seen_store):
    return seen_store


def test_recent_gives_the_sites_articles_published_since(store, tmp_path):
    store.commit_run("r1", "s", tmp_path / "a.part", tmp_path / "a", [
        emission("https://x/old", published=10.0), emission("https://x/new", published=500.0),
        emission("https://x/undated", published=None), emission("https://y/other", site="t", published=600.0),
    ], now=400.0)
    assert [a.url for a in store.recent("s", 100.0)] == ["https://x/new", "https://x/undated"]  # newest first
    assert [a.url for a in store.recent("t", 100.0)] == ["https://y/other"]
    assert store.recent("s", 1_000.0) == [] and store.recent("nobody", 0.0) == []
    # A re-emission keeps the publication time (and an undated one moves with its last emission).
    store.commit_run("r2", "s", tmp_path / "b.part", tmp_path / "b", [emission("https://x/undated", published=None)],
                     now=900.0)
    assert [a.url for a in store.recent("s", 600.0)] == ["https://x/undated"]


def test_both_stores_keep_the_published_at_emitted(store, tmp_path):
    """The emitted published_at as written (a recheck reading the day alone keeps it: output.date_kept_on_recheck);
    a version without one keeps the earlier one."""
    dated = replace(emission("https://x/a", published=10.0), published_at="2024-06-19T09:02:00+07:00")
    store.commit_run("r1", "s", tmp_path / "a.part", tmp_path / "a", [dated], now=400.0)
    assert store.get(dated.key).published_at == "2024-06-19T09:02:00+07:00"
    store.commit_run("r2", "s", tmp_path / "b.part", tmp_path / "b", [replace(dated, content_hash="h2",
                                                                              published_at=None)], now=500.0)
    assert (store.get(dated.key).published_at, store.get(dated.key).content_hash) == ("2024-06-19T09:02:00+07:00", "h2")
    assert store.recent("s", 0.0)[0].published_at == "2024-06-19T09:02:00+07:00"


def test_a_check_read_at_another_url_moves_the_article_there(store, tmp_path):
    """A recheck that read the story at a new URL (its slug edited, its section moved) records that URL: the next
    recheck asks it, and a link to it is known before it is fetched (both stores)."""
    from newscrawl.state import Check

    old, new = "https://x/berita/1/judul-lama", "https://x/berita/1/judul-baru"
    store.commit_run("r1", "s", tmp_path / "a.part", tmp_path / "a", [emission(old, published=10.0)], now=400.0)
    key = article_key("s", None, old)
    store.record_checks([Check(key, 500.0, None, None, url=new)])
    assert store.get(key).url == new and store.get(key).last_checked == 500.0
    assert [a.url for a in store.recent("s", 0.0)] == [new]
    assert store.find(None, new).key == key and store.find(None, old).key == key
    store.record_checks([Check(key, 600.0, '"e"', None)])  # a check without a URL (a 304) keeps it
    assert store.get(key).url == new


# ---- cron: yesterday's articles are rechecked though today's listing no longer shows them ----------

NEXT_DAY = "2024-06-20"
DAY_AFTER = "2024-06-21"


def run(routes, tmp_path, day: str, at: str):
    return run_cron(routes, tmp_path, "--spiders", "sindonews", "--since", day, "--until", day,
                    "-s", f"NEWSCRAWL_NOW={day}T{at}:00+07:00")


def later_day_routes(count: int, day: str, versions: dict[int, int] | None = None) -> dict[str, Route]:
    """The site on a later day: the articles still answer at their URLs, but the day's listing is empty."""
    routes = site_routes(count, versions=versions)
    routes[listing_url(0, day)] = Route(body=listing_html([]).encode())
    return routes


def article_hits(result) -> list[str]:
    return [url for _m, url, _s in result.hits if "/read/" in url]


def test_yesterdays_articles_are_rechecked_from_the_store_and_changed_ones_emitted(tmp_path):
    assert run(site_routes(4), tmp_path, DAY, "09:20").returncode == 0  # published 09:00-09:03
    # Next day, 10:00: the 24 h point of every article has passed; article 2 was corrected.
    second = run(later_day_routes(4, NEXT_DAY, versions={2: 2}), tmp_path, NEXT_DAY, "10:00")
    assert second.returncode in (0, 3), second.stderr
    assert sorted(article_hits(second)) == sorted(article_url(n) for n in range(4))
    site = second.summary["sites"]["sindonews"]
    assert (site["items_emitted"], site["items_updated"], site["rechecked"]) == (1, 1, 4), site
    assert [i["updated_at"] for i in completed_items(tmp_path) if i["url"] == article_url(2)] == \
        [None, f"{DAY}T12:02:00+07:00"]  # version 2 of article 2
    # Same day, later: no point has passed since those fetches -> nothing is asked for.
    third = run(later_day_routes(4, NEXT_DAY, versions={2: 2}), tmp_path, NEXT_DAY, "11:00")
    assert third.returncode in (0, 3) and article_hits(third) == []
    # The day after: the 48 h point; then never again.
    fourth = run(later_day_routes(4, DAY_AFTER, versions={2: 2}), tmp_path, DAY_AFTER, "10:00")
    assert len(article_hits(fourth)) == 4 and fourth.summary["sites"]["sindonews"]["items_emitted"] == 0
    fifth = run(later_day_routes(4, "2024-06-25"), tmp_path, "2024-06-25", "10:00")
    assert article_hits(fifth) == []
    assert len(completed_items(tmp_path)) == 5  # four, and article 2 once more


def test_a_listed_and_a_stored_recheck_of_one_article_is_one_request(tmp_path):
    assert run(site_routes(3), tmp_path, DAY, "09:20").returncode == 0
    routes = site_routes(3)
    routes[listing_url(0, NEXT_DAY)] = routes[listing_url(0)]  # today's listing still shows them all
    again = run(routes, tmp_path, NEXT_DAY, "10:00")
    assert again.returncode in (0, 3), again.stderr
    assert sorted(article_hits(again)) == sorted(article_url(n) for n in range(3))  # once each


def test_a_recheck_of_a_deleted_article_is_counted_not_a_site_failure(tmp_path):
    """One step beside the recheck path: yesterday's stories were taken down (404/410) while the site works
    (today's listing lists today's story). The rechecks are counted as gone; health stays green."""
    assert run(site_routes(4), tmp_path, DAY, "09:20").returncode == 0
    routes = site_routes(6)
    routes[listing_url(0, NEXT_DAY)] = Route(body=listing_html([4, 5]).encode())  # two new stories today
    for n in range(4):
        routes[article_url(n)] = Route(body=b"<html><body>Halaman tidak ditemukan</body></html>",
                                       status=404 if n % 2 else 410)
    after = run(routes, tmp_path, NEXT_DAY, "10:00")
    site = after.summary["sites"]["sindonews"]
    assert site["recheck_gone"] == 4 and site["rechecked"] == 4, site
    assert not site["health"]["failed_requests"]["article"], site["health"]
    assert not [f for f in site["health"]["failures"] if f.startswith("articles: other HTTP")], site["health"]


CHALLENGE = (b'<html><head><title>Just a moment...</title></head><body><div id="challenge-form"></div>'
             b'<script src="/cdn-cgi/challenge-platform/h/b/orchestrate/jsch/v1"></script></body></html>')


def test_a_recheck_answered_by_a_challenge_or_an_empty_page_is_not_counted_done(tmp_path):
    """The last recheck point (48 h) answered 200 with a bot challenge (article 0) or an empty body (article 1)
    while every story had been corrected: those rechecks are not recorded as done, so the next run asks again
    and emits the corrections; the two read fine (2, 3) are done for good. The challenge is answered and unread;
    the empty body, fetched again and still empty, is a failed request (empty_answer)."""
    assert run(site_routes(4), tmp_path, DAY, "09:20").returncode == 0
    routes = later_day_routes(4, DAY_AFTER, versions={n: 2 for n in range(4)})
    routes[article_url(0)] = Route(body=CHALLENGE)
    routes[article_url(1)] = Route(body=b"")
    blocked = run(routes, tmp_path, DAY_AFTER, "10:00")
    site = blocked.summary["sites"]["sindonews"]
    assert site["items_updated"] == 2 and site["recheck_unread"] == 1, site
    assert site["health"]["failed_requests"]["article"] == {"blocked": 1, "empty_answer": 1}, site["health"]
    after = run(later_day_routes(4, DAY_AFTER, versions={n: 2 for n in range(4)}), tmp_path, DAY_AFTER, "10:20")
    assert sorted(article_hits(after)) == [article_url(0), article_url(1)], after.stderr
    assert after.summary["sites"]["sindonews"]["items_updated"] == 2
    corrected = [i["url"] for i in completed_items(tmp_path) if i["updated_at"]]
    assert sorted(corrected) == sorted(article_url(n) for n in range(4))  # each correction once


# A page answered 200 in the story's place that no challenge, block or outage test knows (h19 probe: a network's
# notice in the page's place): a title and a paragraph, no date.
IN_ITS_PLACE = ("<html><head><title>Kuota Internet Anda Telah Habis</title><meta property='og:type' "
                "content='website'></head><body><h1>Kuota Internet Anda Telah Habis</h1><p>Mohon maaf, kuota paket "
                "data Anda telah habis. Silakan beli paket baru melalui aplikasi untuk kembali membaca berita terbaru. "
                "Terima kasih atas pengertian Anda.</p></body></html>").encode()
# A maintenance notice in the story's place: outage.site_outage knows it, its request fails as an outage (h128).
MAINTENANCE = ("<html><head><title>Layanan Sedang Dalam Pemeliharaan</title><meta property='og:type' "
               "content='website'></head><body><h1>Layanan Sedang Dalam Pemeliharaan</h1><p>Mohon maaf, layanan ini "
               "sedang dalam pemeliharaan rutin. Silakan kembali beberapa saat lagi untuk membaca berita terbaru "
               "dari kami. Terima kasih atas pengertian Anda.</p></body></html>").encode()


@pytest.mark.parametrize(("page", "counted"), [(IN_ITS_PLACE, "dropped undated_recheck"),
                                                (MAINTENANCE, "failed outage")])
def test_an_undated_page_in_a_dated_storys_place_is_no_update_of_it(tmp_path, page, counted):
    """The 48 h recheck of four dated stories: two answer a dated correction, two an undated page in their
    place. The undated ones are not emitted as updates of the stories (the stories stand as emitted) and their
    rechecks are not used up: the next run asks again and emits their corrections, each once. A page no test
    knows is dropped for want of the date the story has; a maintenance notice fails its request before (an
    outage: the site's fault)."""
    assert run(site_routes(4), tmp_path, DAY, "09:20").returncode == 0
    routes = later_day_routes(4, DAY_AFTER, versions={n: 2 for n in range(4)})
    routes[article_url(0)] = routes[article_url(1)] = Route(body=page)
    replaced = run(routes, tmp_path, DAY_AFTER, "10:00")
    site = replaced.summary["sites"]["sindonews"]
    assert site["items_updated"] == 2 and site["recheck_unread"] == 2, site
    if counted == "dropped undated_recheck":
        assert site["dropped"].get("undated_recheck") == 2, site
    else:
        assert site["health"]["failed_requests"]["article"] == {"outage": 2} and not site["dropped"], site
    assert not [i for i in completed_items(tmp_path) if "Pemeliharaan" in i["title"] or "Kuota" in i["title"]]
    after = run(later_day_routes(4, DAY_AFTER, versions={n: 2 for n in range(4)}), tmp_path, DAY_AFTER, "10:20")
    assert sorted(article_hits(after)) == [article_url(0), article_url(1)], after.stderr
    corrected = [i["url"] for i in completed_items(tmp_path) if i["updated_at"]]
    assert sorted(corrected) == sorted(article_url(n) for n in range(4))  # each correction once


# ---- a story moved to another URL (same id): the listing's URL, not the stored one's 301 or 404 ----------

MOVED = article_url(2).replace("berita-sintetis-nomor-2", "judul-diperbaiki-nomor-2")


def moved_routes(old_answer: Route) -> dict[str, Route]:
    """Story 2's slug was edited (same id) and its text corrected: the listing links the new URL; the old one
    answers ``old_answer`` (a 301 to the new one, a 404)."""
    routes = site_routes(5)
    routes[listing_url(0)] = Route(body=listing_html(list(range(5))).replace(article_url(2), MOVED).encode())
    routes[MOVED] = Route(body=article_html(2, version=2).replace(article_url(2), MOVED).encode())
    routes[article_url(2)] = old_answer
    return routes


@pytest.mark.parametrize("old_answer", [
    Route(b"", status=301, headers={"Location": MOVED}),
    Route(b"", status=301, headers={"Location": MOVED}, delay=1.0),  # slow: the new URL is read before the 301 comes
    Route(b"not found", status=404),
], ids=["301", "301_slow", "404"])
def test_a_story_moved_to_the_url_the_listing_shows_is_rechecked_there(tmp_path, old_answer):
    """(h49 s2) The store's recheck of the old URL came first; the listing's new URL of the same id was dropped as a
    recheck asked already, and the old URL's 301 to it fell to the duplicate filter, silently (a 404 was counted
    recheck_gone, its point used up): the corrected story was never emitted. The URL the listing shows is asked too;
    the store takes it as the story's URL, and the next run asks nothing of the story."""
    assert run(site_routes(5), tmp_path, DAY, "09:20").returncode == 0  # published 09:00-09:04
    second = run(moved_routes(old_answer), tmp_path, DAY, "10:10")  # the 1 h points passed
    assert second.returncode == 0, second.stdout + second.stderr
    site = second.summary["sites"]["sindonews"]
    assert (site["items_new"], site["items_updated"], site["recheck_gone"]) == (0, 1, 0), site
    assert [i["url"] for i in completed_items(tmp_path) if i["id"] == "100002"] == [article_url(2), MOVED]
    third = run(moved_routes(old_answer), tmp_path, DAY, "10:30")
    assert third.returncode == 0 and article_hits(third) == [], article_hits(third)
    import sqlite3
    with sqlite3.connect(tmp_path / "state" / "seen.sqlite3") as db:
        assert db.execute("SELECT url FROM articles WHERE key = 'sindonews#100002'").fetchone() == (MOVED,)


def test_a_stale_copy_at_the_old_url_read_first_does_not_drop_the_correction(tmp_path):
    """(h54) The old URL still answers 200 with the story as emitted (a stale cache) and is read before the listing's
    new URL with the corrected text: the stale copy, dropped as unchanged, had claimed the story's key for the run,
    and the correction was dropped as duplicate_url, its point used up."""
    assert run(site_routes(5), tmp_path, DAY, "09:20").returncode == 0
    routes = moved_routes(Route(body=article_html(2).encode()))
    routes[MOVED] = replace(routes[MOVED], delay=1.0)  # the stale copy is read first
    second = run(routes, tmp_path, DAY, "10:10")
    site = second.summary["sites"]["sindonews"]
    assert (site["items_updated"], site["dropped"].get("duplicate_url")) == (1, None), site
    assert [i["url"] for i in completed_items(tmp_path) if i["id"] == "100002"] == [article_url(2), MOVED]


@pytest.mark.parametrize("stale_first", [False, True], ids=["stale_read_last", "stale_read_first"])
def test_a_stale_copy_at_the_old_url_after_the_correction_does_not_roll_it_back(tmp_path, stale_first):
    """(h60) The other order: the correction at the new URL is read first, then the stale copy at the old URL (judged
    unchanged). That later read moved the store's URL back to the old one; at the 6 h point a stale listing linked the
    old URL again and its copy was emitted as an update: the old headline, no modification time. The URL of the form
    emitted stands; an older version read at another URL of the story is dropped (stale_form), its keys given back."""
    import sqlite3
    assert run(site_routes(5), tmp_path, DAY, "09:20").returncode == 0
    routes = moved_routes(Route(body=article_html(2).encode(), delay=1.0))  # the stale copy is read last
    assert run(routes, tmp_path, DAY, "10:10").returncode == 0
    with sqlite3.connect(tmp_path / "state" / "seen.sqlite3") as db:
        assert db.execute("SELECT url FROM articles WHERE key = 'sindonews#100002'").fetchone() == (MOVED,)
    routes = site_routes(5)  # at the 6 h point the listing links the old URL again
    routes[article_url(2)] = Route(body=article_html(2).encode(), delay=0.0 if stale_first else 1.0)
    routes[MOVED] = Route(body=article_html(2, version=2).replace(article_url(2), MOVED).encode(),
                          delay=1.0 if stale_first else 0.0)
    later = run(routes, tmp_path, DAY, "15:10")
    site = later.summary["sites"]["sindonews"]
    assert (later.returncode, site["items_emitted"], site["dropped"].get("stale_form")) == (0, 0, 1), site
    assert [i["url"] for i in completed_items(tmp_path) if i["id"] == "100002"] == [article_url(2), MOVED]


@pytest.mark.parametrize("old_answer", [
    Route(b"", status=301, headers={"Location": MOVED}),
    Route(b"not found", status=404),
], ids=["301", "404"])
def test_a_new_version_at_a_new_url_without_a_modification_time_is_emitted(tmp_path, old_answer):
    """(h62) One step beside stale_form: version 2 (modified 12:02) was emitted at the old URL; a redesign moves the story
    to a new slug and drops dateModified, with new text. That form states no modification where the emitted one did,
    yet it is no version emitted before: an update, emitted once (an older version is told by its content, not by a
    missing time)."""
    import re
    assert run(site_routes(5), tmp_path, DAY, "09:20").returncode == 0
    assert run(site_routes(5, versions={2: 2}), tmp_path, DAY, "10:10").returncode == 0
    routes = site_routes(5)
    routes[listing_url(0)] = Route(body=listing_html(list(range(5))).replace(article_url(2), MOVED).encode())
    routes[MOVED] = Route(body=re.sub(r',"dateModified":"[^"]+"', "",
                                      article_html(2, version=3).replace(article_url(2), MOVED)).encode())
    routes[article_url(2)] = old_answer
    later = run(routes, tmp_path, DAY, "15:10")
    site = later.summary["sites"]["sindonews"]
    assert (site["items_updated"], site["dropped"].get("stale_form")) == (1, None), site
    bodies = [i["body"][0] for i in completed_items(tmp_path) if i["id"] == "100002"]
    assert len(bodies) == 3 and "versi 3" in bodies[-1], bodies


def test_a_url_of_a_rechecked_story_held_back_is_asked_when_the_one_asked_gives_nothing(tmp_path):
    """The other order: the listing's URL is asked first and the store's waits. The listing's answers 404 (a link to a
    story moved on again): the waiting URL is asked, past the duplicate filter it went through, and the point is not
    used up as gone; only when that one gives nothing too is the story gone."""
    import asyncio
    from types import SimpleNamespace

    from inprocess import build_crawler
    from newscrawl.middlewares import FROM_STORE, AlreadyEmitted, SeenArticlesMiddleware
    from newscrawl.state import SeenStore

    state = tmp_path / "seen.sqlite3"
    store = SeenStore(state)
    store.commit_run("r1", "sindonews", tmp_path / "a.part", tmp_path / "a", [Emission(
        key="sindonews#100002", url=article_url(2), site="sindonews", article_id="100002", content_hash="h",
        updated_at=None, published_ts=1718762520.0)], now=1718763600.0)  # published 09:02 WIB, emitted 09:20
    store.close()
    crawler = build_crawler("sindonews", {"NEWSCRAWL_INCREMENTAL": True, "NEWSCRAWL_STATE_PATH": str(state),
                                          "NEWSCRAWL_NOW": f"{DAY}T10:10:00+07:00"})
    crawler.stats.open_spider()
    asked = []
    crawler.engine = SimpleNamespace(crawl=asked.append, spider=crawler.spider)
    middleware = SeenArticlesMiddleware.from_crawler(crawler)
    spider = crawler.spider
    listed = spider.article_request(MOVED)
    stored = spider.article_request(article_url(2))
    stored.meta[FROM_STORE] = True

    async def ask() -> None:
        assert await middleware.process_request(listed) is None  # sent
        with pytest.raises(AlreadyEmitted):
            await middleware.process_request(stored)  # held back

    asyncio.run(ask())
    middleware.record_gone(listed, "http_404")
    [again] = asked
    assert again.url == article_url(2) and again.dont_filter
    assert crawler.stats.get_value("newscrawl/incremental/recheck_gone") is None and middleware.checks == {}
    middleware.record_gone(again, "http_404")  # that one is gone too: the story is
    assert crawler.stats.get_value("newscrawl/incremental/recheck_gone") == 1
    assert list(middleware.checks) == ["sindonews#100002"]
    middleware.store.close()


@pytest.mark.parametrize("old_page", [article_html(2).encode(), IN_ITS_PLACE], ids=["stale_copy", "undated_page"])
def test_the_current_url_held_back_behind_a_stale_listings_old_url_is_asked(tmp_path, old_page):
    """(h154) Story 2 was renamed and its correction emitted at the new URL (the store's URL since). At the 6 h point a
    stale cached listing shows the OLD URL again, whose CDN copy is the first version (stale_form) or a page in the
    story's place (undated_recheck); the story was corrected once more at the new URL. The listing's link was asked
    first (a site with many listing pages, detik's ten indexes: the listing's links go before the store's rechecks
    queued behind them; here one request at a time), the store's recheck of the new URL was held back as another form
    of the story, and the old URL's drop counted the point done: the second correction was never asked for (lost
    for good at the last point). A drop showing the form is no version of the story asks the URL held back."""
    assert run(site_routes(5), tmp_path, DAY, "09:20").returncode == 0
    assert run(moved_routes(Route(b"", status=301, headers={"Location": MOVED})), tmp_path, DAY, "10:10").returncode == 0
    routes = site_routes(5)  # the listing (a stale copy) links the old URL
    routes[article_url(2)] = Route(body=old_page)
    routes[MOVED] = Route(body=article_html(2, version=3).replace(article_url(2), MOVED).encode())
    later = run_cron(routes, tmp_path, "--spiders", "sindonews", "--since", DAY, "--until", DAY,
                     "-s", f"NEWSCRAWL_NOW={DAY}T15:10:00+07:00", "-s", "CONCURRENT_REQUESTS=1")
    site = later.summary["sites"]["sindonews"]
    assert MOVED in article_hits(later), article_hits(later)
    assert (later.returncode, site["items_updated"], site["recheck_unread"], site["recheck_gone"]) == (0, 1, 0, 0), site
    assert sum(site["dropped"].get(why, 0) for why in ("stale_form", "undated_recheck")) == 1, site
    story = [(i["url"], i["body"][0]) for i in completed_items(tmp_path) if i["id"] == "100002"]
    assert [url for url, _ in story] == [article_url(2), MOVED, MOVED] and "versi 3" in story[-1][1], story
    # Its 6 h point is used up by the read at the new URL: nothing of the story is asked again before 24 h.
    again = run(routes, tmp_path, DAY, "15:30")
    assert again.returncode == 0 and article_hits(again) == [], article_hits(again)


# A 200 page in an article's place saying it is not found (soft404: its title and h1).
SOFT_404 = (b'<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>404 Halaman Tidak Ditemukan</title>'
            b'</head><body><h1>Halaman Tidak Ditemukan</h1><p>Maaf, halaman yang Anda cari tidak ditemukan.</p>'
            b'</body></html>')


def test_a_recheck_answered_by_a_soft_404_is_the_story_gone(tmp_path):
    """(h154 B) Story 1, emitted at 09:20, answers its 1 h recheck with a 200 "not found" page (the story deleted, the
    CMS answering 200). It was counted recheck_unread and asked again, with a WARNING, by every run until the last
    recheck point (~290 requests under a */10 cron), where a 404 is recheck_gone, asked at the next point only. Now
    it is gone as a 404 is (recheck_soft_404 too, no soft_404 drop, no warning); a soft 404 on a listed story never
    emitted (story 5) stays as it was: a soft_404 drop with its warning, remembered as holding no article."""
    assert run(site_routes(4), tmp_path, DAY, "09:20").returncode == 0
    routes = site_routes(6)  # stories 4 and 5 are new
    routes[article_url(1)] = routes[article_url(5)] = Route(body=SOFT_404)
    second = run(routes, tmp_path, DAY, "10:10")
    site = second.summary["sites"]["sindonews"]
    assert second.returncode == 0, second.stdout + second.stderr
    assert (site["items_new"], site["recheck_gone"], site["recheck_soft_404"], site["recheck_unread"]) == \
        (1, 1, 1, 0), site
    assert site["dropped"].get("soft_404") == 1 and site["health"]["soft_404"] == 1, site
    assert site["health"]["recheck_soft_404"] == 1, site["health"]
    warned = [line for line in second.stderr.splitlines() if "Soft 404" in line]
    assert len(warned) == 1 and article_url(5) in warned[0], warned
    third = run(routes, tmp_path, DAY, "10:20")
    site = third.summary["sites"]["sindonews"]
    assert article_hits(third) == [] and site["recheck_unread"] == 0, (article_hits(third), site)
    assert site["skipped_unavailable"] == 1, site  # story 5: until its next retry point


# (h72) Story 2's AMP copy on the amp. host (url_identity folds the host away: sindonews.com/read/…, another form than
# nasional.sindonews.com/read/… by URL alone), a thin page naming the story's URL canonical.
AMP_2 = article_url(2).replace("https://nasional.", "https://amp.")
AMP_2_PAGE = (f'<!DOCTYPE html><html amp lang="id"><head><meta charset="utf-8"><title>Berita Sintetis Nomor 2</title>'
              f'<link rel="canonical" href="{article_url(2)}"></head><body><h1>Berita Sintetis Nomor 2</h1>'
              f'<p>Paragraf 1 berita sintetis nomor 2.</p></body></html>')


def test_an_amp_copy_listed_at_a_recheck_point_is_the_url_asked_not_another(tmp_path):
    """(h72) At the 1 h point the listing shows story 2 only as its AMP copy while the store rechecks its URL: the copy
    was taken for another URL of the story (a renamed slug) and asked too, its canonical page, asked already, never
    read for it, and the run said the recheck unread though the correction was emitted. An AMP or m. copy of the URL
    asked is that URL's form (urls.url_form: the site id and the slug); a renamed slug stays another URL (above)."""
    assert run(site_routes(3), tmp_path, DAY, "09:20").returncode == 0
    routes = site_routes(3, versions={2: 2})
    amp_card = f'<div class="warp-article"><div class="title-article"><a href="{AMP_2}">Berita 2</a></div></div>'
    routes[listing_url(0)] = Route(body=listing_html([0, 1]).replace("</body>", amp_card + "</body>").encode())
    routes[AMP_2] = Route(body=AMP_2_PAGE.encode())
    second = run(routes, tmp_path, DAY, "10:10")
    site = second.summary["sites"]["sindonews"]
    assert (second.returncode, site["items_updated"], site["recheck_unread"]) == (0, 1, 0), site
    assert AMP_2 not in article_hits(second)


def restamped(n: int, modified: str | None = None, day_only: bool = False, version: int = 1) -> Route:
    """Article n as the synthetic site serves it, with a dateModified of the render time, or its date line and JSON-LD
    datePublished cut to the day (a template that dropped the time)."""
    page = article_html(n, version)
    published = f'"datePublished":"{DAY}T09:{n:02d}:00+07:00"'
    if modified:
        page = page.replace(published, f'{published},"dateModified":"{modified}"')
    if day_only:
        page = page.replace(published, f'"datePublished":"{DAY}"').replace(
            f"Rabu, 19 Juni 2024 - 09:{n:02d} WIB", "Rabu, 19 Juni 2024")
    return Route(body=page.encode())


def test_a_modification_time_over_unchanged_content_is_no_new_version(tmp_path):
    """(h87 S16) A site whose JSON-LD dateModified is its render time: every recheck reads a new updated_at over the
    same story. Emitted once, not once per recheck; a change of the body is still a new version."""
    routes = site_routes(3)
    for at in ("09:20", "10:30", "15:30"):
        routes.update({article_url(n): restamped(n, f"{DAY}T{at}:00+07:00") for n in range(3)})
        if at == "15:30":
            routes[article_url(1)] = restamped(1, f"{DAY}T{at}:00+07:00", version=2)
        assert run(routes, tmp_path, DAY, at).returncode == 0
    items = completed_items(tmp_path)
    assert sorted(i["id"] for i in items) == ["100000", "100001", "100001", "100002"]
    versions = [i for i in items if i["id"] == "100001"]
    assert ["versi 1" in versions[0]["body"][-1], "versi 2" in versions[1]["body"][-1]] == [True, True]


def test_a_tags_only_correction_is_a_new_version(tmp_path):
    """(h89 C9) The editor adds a tag and the site bumps dateModified; title, body, authors and time are the same.
    Every exported field a reader reads makes a version (output.VERSION_FIELDS): emitted as an update, once."""
    tags = '<div class="detail-tag"><a href="/tag/ekonomi">Ekonomi</a>{}</div></body>'
    routes = site_routes(2)
    routes[article_url(1)] = Route(body=article_html(1).replace("</body>", tags.format("")).encode())
    assert run(routes, tmp_path, DAY, "09:20").returncode == 0
    page = restamped(1, f"{DAY}T10:30:00+07:00").body.decode()
    for at in ("11:00", "17:30"):
        routes[article_url(1)] = Route(body=page.replace("</body>", tags.format(
            '<a href="/tag/blt">BLT</a>')).encode())
        assert run(routes, tmp_path, DAY, at).returncode == 0
    versions = [i["tags"] for i in completed_items(tmp_path) if i["id"] == "100001"]
    assert versions == [["Ekonomi"], ["Ekonomi", "BLT"]]


def test_a_content_hash_stored_before_the_version_fields_is_compared_over_its_own_fields():
    """An upgrade alone emits nothing again: a hash stored over title, body, authors and time (no 'c2:') is the same
    content when those are; a hash of today's fields tells a tags change too."""
    from newscrawl.output import content_hash, same_content

    item = {"title": "T", "body": ["B."], "authors": ["A"], "published_at": f"{DAY}T09:01:00+07:00", "tags": ["x"]}
    legacy = content_hash(item, ("title", "body", "authors", "published_at"))
    assert ":" not in legacy and same_content(legacy, {**item, "tags": ["x", "y"]})
    assert same_content(content_hash(item), item) and not same_content(content_hash(item), {**item, "tags": ["y"]})
    assert not same_content(legacy, {**item, "title": "T2"})


def test_tags_rotating_between_fetches_are_no_new_version(tmp_path):
    """(h95 S2) A template that rotates an article's tags between fetches (A/B, another order), the story unchanged and
    no dateModified: emitted once, not again at every recheck point. Metadata alone (tags, section, language,
    paywalled, syndicated_from) makes a new version only with a later modification time (h89 C9, test above)."""
    tags = '<div class="detail-tag">{}</div></body>'
    rotations = (["Pemilu 2024", "Trending"], ["Trending", "pemilu 2024"], ["Viral", "Pemilu 2024"])
    routes = site_routes(2)
    for at, names in zip(("09:20", "10:30", "15:30"), rotations):
        links = "".join(f'<a href="/tag/{i}">{name}</a>' for i, name in enumerate(names))
        routes[article_url(1)] = Route(body=article_html(1).replace("</body>", tags.format(links)).encode())
        run_ = run(routes, tmp_path, DAY, at)
        assert run_.returncode == 0
    assert sorted(i["id"] for i in completed_items(tmp_path)) == ["100000", "100001"]
    assert run_.summary["sites"]["sindonews"]["dropped"].get("unchanged_metadata") == 1, run_.summary


def test_a_difference_in_metadata_alone_is_a_version_only_when_modified_later():
    """Tags are a set (order and case are the template's); a metadata difference is a new version with a later
    updated_at only, in the pipeline and at an overlapping commit alike (state.new_version)."""
    from newscrawl.output import _content_hash_v2, content_hash, same_content
    from newscrawl.state import new_version, superseded_by_commit

    item = {"title": "T", "body": ["B."], "authors": ["A"], "published_at": f"{DAY}T09:01:00+07:00",
            "tags": ["Pemilu 2024", "Trending"]}
    assert content_hash(item) == content_hash({**item, "tags": ["trending", "Pemilu 2024"]})
    retagged = content_hash({**item, "tags": ["Viral"]})
    assert retagged != content_hash(item) and retagged[-64:] == content_hash(item)[-64:]  # the text digest
    assert same_content(_content_hash_v2(item), item)  # the interim 'c2:' hash is still known
    modified, later = f"{DAY}T10:00:00+07:00", f"{DAY}T11:00:00+07:00"
    assert [new_version(content_hash(item), None, retagged, None),
            new_version(content_hash(item), modified, retagged, modified),
            new_version(content_hash(item), modified, retagged, later),
            new_version(content_hash(item), None, retagged, later),
            new_version(content_hash(item), None, content_hash({**item, "title": "T2"}), None)] == [
        False, False, True, True, True]
    # (h97) a modification time stamped at the fetch itself is the page's render time: tags rotating on a site that
    # stamps dateModified at every request are no new version; a real modification before the fetch still is one
    fetched = datetime.fromisoformat(later).timestamp()
    assert [new_version(content_hash(item), modified, retagged, later, fetched + 40),
            new_version(content_hash(item), modified, retagged, later, fetched + 3600)] == [False, True]
    stored = SeenArticle("k", "u", content_hash(item), None, None, 5.0)
    assert superseded_by_commit(stored, Emission("k", "u", "s", None, retagged, None, None))


@pytest.mark.parametrize("stored_before_upgrade", [False, True])
@pytest.mark.parametrize("version, emitted", [(1, 0), (2, 1)])
def test_a_recheck_reading_the_day_alone_keeps_the_time_emitted(tmp_path, version, emitted, stored_before_upgrade):
    """(h87 S32) At the 1 h recheck the page gives the day alone ("Rabu, 19 Juni 2024", datePublished 2024-06-19)
    where the version emitted said 09:02 WIB: not a new version with a coarser date. Unchanged otherwise; a changed
    story is emitted with the time emitted before. (h89 U3) An article stored before published_at was kept (NULL)
    has its time rebuilt from the stored publication time, in the site's zone."""
    assert run(site_routes(3), tmp_path, DAY, "09:20").returncode == 0
    if stored_before_upgrade:
        import sqlite3

        db = sqlite3.connect(tmp_path / "state" / "seen.sqlite3")
        db.execute("UPDATE articles SET published_at = NULL")
        db.commit()
        db.close()
    routes = site_routes(3)
    routes[article_url(2)] = restamped(2, day_only=True, version=version)
    second = run(routes, tmp_path, DAY, "11:00")
    assert second.returncode == 0, second.stderr
    assert second.summary["sites"]["sindonews"]["items_emitted"] == emitted
    assert [i["published_at"] for i in completed_items(tmp_path) if i["id"] == "100002"] == \
        [f"{DAY}T09:02:00+07:00"] * (1 + emitted)


# ---- (h181) a renamed story whose id only the page gives (tribunnews' date-form URLs) ------------------------------
# Reconstructed from the h181 probe: tribunnews' /nasional/YYYY/MM/DD/slug URL names no id (the page's
# data-content-id does); an edit renamed the slug, and the old URL still answers 200 with the first version.
TRIBUN_DAY = "2025-06-19"
TRIBUN_OLD = f"https://www.tribunnews.com/nasional/2025/06/19/laporan-soal-banjir-kota-e"
TRIBUN_NEW = f"https://www.tribunnews.com/nasional/2025/06/19/laporan-diperbarui-soal-banjir-kota-e"
TRIBUN_INDEX = f"https://www.tribunnews.com/index-news?date={TRIBUN_DAY}&page=1"


def tribun_page(version: int) -> bytes:
    import json
    title = "Laporan Nomor 100005 Soal Banjir Kota" + (" (Diperbarui)" if version > 1 else "")
    canonical = TRIBUN_NEW if version > 1 else TRIBUN_OLD
    published = f"{TRIBUN_DAY}T08:05:00+07:00"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "url": canonical,
          "mainEntityOfPage": {"@type": "WebPage", "@id": canonical}, "datePublished": published,
          "dateModified": f"{TRIBUN_DAY}T09:05:00+07:00" if version > 1 else published,
          "author": {"@type": "Person", "name": "Rina Kusumawati"}}
    paragraphs = [f"Paragraf {n} laporan tribunnews nomor 100005 tentang banjir kota yang dibahas bersama perwakilan "
                  f"warga dan pejabat setempat pada pertemuan pagi ini di balai kota." for n in range(1, 6)]
    if version > 1:
        paragraphs.append("Pembaruan: redaksi menambahkan keterangan baru untuk laporan ini setelah konfirmasi dari "
                          "pejabat terkait pada pukul sembilan pagi.")
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>{title}</title>'
            f'<link rel="canonical" href="{canonical}"><meta property="og:type" content="article">'
            f'<meta property="og:title" content="{title}"><meta property="og:url" content="{canonical}">'
            f'<script type="application/ld+json">{json.dumps(ld)}</script></head><body>'
            f'<h1 id="arttitle">{title}</h1><div id="penulis"><a href="https://www.tribunnews.com/penulis/rina">'
            f'Rina Kusumawati</a></div><div class="grey"><time>Kamis, 19 Juni 2025 08:05 WIB</time></div>'
            f'<div class="side-article txt-article" data-content-id="9100005">{body}</div></body></html>').encode()


def tribun_routes(listed: list[str], edited: bool) -> dict[str, Route]:
    rows = "".join(f'<li><h3><a href="{url}">Judul</a></h3></li>' for url in listed)
    routes = {TRIBUN_INDEX: Route(f'<html><body><ul class="lsi">{rows}</ul></body></html>'.encode()),
              TRIBUN_OLD: Route(tribun_page(1))}  # edited: a stale copy of the first version at the old URL
    if edited:
        routes[TRIBUN_NEW] = Route(tribun_page(2))
    return routes


def run_tribun(routes, tmp_path, now: str):
    return run_cron(routes, tmp_path, "--spiders", "tribunnews", "--since", TRIBUN_DAY, "--until", TRIBUN_DAY,
                    "-s", f"NEWSCRAWL_NOW={now}", "-s", "CONCURRENT_REQUESTS=1")


@pytest.mark.parametrize("stale_first", [False, True], ids=["stale_listed_last", "stale_listed_first"])
def test_a_renamed_story_without_an_id_in_its_url_keeps_the_url_its_correction_was_emitted_at(tmp_path, stale_first):
    """(h181) The correction was emitted at the new URL (no id in it: looked up by URL, it was judged under a check key
    of its own), while the store's recheck and a stale listing read the old URL's copy of the first version, dropped
    as unchanged under the story's key: that read wrote the old URL over the emitted one, and the next day's recheck
    asked the old URL and emitted the first version as an update, rolling the correction back. The URL of the version
    emitted stands; a version modified before the one emitted is never emitted as an update (stale_form)."""
    import sqlite3
    first = run_tribun(tribun_routes([TRIBUN_OLD], False), tmp_path, f"{TRIBUN_DAY}T08:40:00+07:00")
    assert first.returncode == 0 and first.summary["sites"]["tribunnews"]["items_new"] == 1, first.stderr[-3000:]
    listed = [TRIBUN_OLD, TRIBUN_NEW] if stale_first else [TRIBUN_NEW, TRIBUN_OLD]
    second = run_tribun(tribun_routes(listed, True), tmp_path, f"{TRIBUN_DAY}T09:20:00+07:00")  # the 1 h point
    site = second.summary["sites"]["tribunnews"]
    assert (second.returncode, site["items_updated"]) == (0, 1), site
    with sqlite3.connect(tmp_path / "state" / "seen.sqlite3") as db:
        assert db.execute("SELECT url FROM articles WHERE key = 'tribunnews#9100005'").fetchone() == (TRIBUN_NEW,)
    # The 24 h point, the day's listing empty (a health failure of its own, exit 3): the store's recheck alone.
    third = run_tribun(tribun_routes([], True), tmp_path, "2025-06-20T09:00:00+07:00")
    site = third.summary["sites"]["tribunnews"]
    assert (site["items_emitted"], site["dropped"]) == (0, {"unchanged": 1}), site
    assert [url for _m, url, _s in third.hits if "/nasional/" in url] == [TRIBUN_NEW], third.hits
    story = [(i["url"], i["updated_at"]) for i in completed_items(tmp_path) if i["id"] == "9100005"]
    assert [url for url, _ in story] == [TRIBUN_OLD, TRIBUN_NEW], story


def test_a_recheck_at_the_stored_url_serving_a_version_modified_before_the_emitted_one_is_no_update(tmp_path):
    """(h181) The other half: however the store's URL came to be the old one (a store written by older code), the
    recheck there reads the stale copy of the first version (modified 08:05, the correction emitted was modified
    09:05): no update (stale_form); the correction stays the story's last line."""
    import sqlite3
    assert run_tribun(tribun_routes([TRIBUN_OLD], False), tmp_path, f"{TRIBUN_DAY}T08:40:00+07:00").returncode == 0
    second = run_tribun(tribun_routes([TRIBUN_NEW], True), tmp_path, f"{TRIBUN_DAY}T09:20:00+07:00")
    assert second.summary["sites"]["tribunnews"]["items_updated"] == 1, second.summary
    with sqlite3.connect(tmp_path / "state" / "seen.sqlite3") as db:
        db.execute("UPDATE articles SET url = ? WHERE key = 'tribunnews#9100005'", (TRIBUN_OLD,))
    third = run_tribun(tribun_routes([], True), tmp_path, "2025-06-20T09:00:00+07:00")
    site = third.summary["sites"]["tribunnews"]
    assert TRIBUN_OLD in [url for _m, url, _s in third.hits], third.hits
    assert (site["items_emitted"], site["dropped"].get("stale_form")) == (0, 1), site
    story = [i["url"] for i in completed_items(tmp_path) if i["id"] == "9100005"]
    assert story == [TRIBUN_OLD, TRIBUN_NEW], story


def test_a_renamed_storys_old_url_serving_a_save_never_emitted_is_no_update(tmp_path):
    """(h186) After the rename, the old URL's cached copy holds a save between the two emitted versions (a comma fixed,
    stated modified 08:50, before the correction's 09:05): its text was never emitted, but at another URL than the
    correction's its earlier stated time makes it a stale copy, not an update rolling the correction back."""
    assert run_tribun(tribun_routes([TRIBUN_OLD], False), tmp_path, f"{TRIBUN_DAY}T08:40:00+07:00").returncode == 0
    second = run_tribun(tribun_routes([TRIBUN_NEW], True), tmp_path, f"{TRIBUN_DAY}T09:20:00+07:00")
    assert second.summary["sites"]["tribunnews"]["items_updated"] == 1, second.summary
    save = tribun_page(1).replace(b"Paragraf 1 laporan", b"Paragraf 1, laporan").replace(
        b'"dateModified": "2025-06-19T08:05:00+07:00"', b'"dateModified": "2025-06-19T08:50:00+07:00"')
    routes = {**tribun_routes([TRIBUN_OLD, TRIBUN_NEW], True), TRIBUN_OLD: Route(save)}
    third = run_tribun(routes, tmp_path, f"{TRIBUN_DAY}T15:20:00+07:00")
    site = third.summary["sites"]["tribunnews"]
    assert site["items_emitted"] == 0, site
    story = [i["url"] for i in completed_items(tmp_path) if i["id"] == "9100005"]
    assert story == [TRIBUN_OLD, TRIBUN_NEW], story


def test_a_correction_that_resets_its_modification_time_is_still_an_update(tmp_path):
    """(h185) A CMS stamping dateModified anew on every save, or resetting it to datePublished on a correction: the
    first version said 08:30, the correction at the same URL says 08:05 with a paragraph added. A stated time earlier
    than the emitted one's does not make new text a stale copy (only a version emitted before is one): an update."""
    first_page = tribun_page(1).replace(b'"dateModified": "2025-06-19T08:05:00+07:00"',
                                        b'"dateModified": "2025-06-19T08:30:00+07:00"')
    assert first_page != tribun_page(1)
    corrected = tribun_page(2).replace(TRIBUN_NEW.encode(), TRIBUN_OLD.encode()).replace(
        b'"dateModified": "2025-06-19T09:05:00+07:00"', b'"dateModified": "2025-06-19T08:05:00+07:00"')
    index = tribun_routes([TRIBUN_OLD], False)[TRIBUN_INDEX]
    first = run_tribun({TRIBUN_INDEX: index, TRIBUN_OLD: Route(first_page)}, tmp_path, f"{TRIBUN_DAY}T08:40:00+07:00")
    assert first.summary["sites"]["tribunnews"]["items_new"] == 1, first.summary
    second = run_tribun({TRIBUN_INDEX: index, TRIBUN_OLD: Route(corrected)}, tmp_path, f"{TRIBUN_DAY}T09:20:00+07:00")
    site = second.summary["sites"]["tribunnews"]
    assert (site["items_updated"], site["dropped"].get("stale_form")) == (1, None), site


# (h181) antaranews' feed links a story's AMP copy (www.antaranews.com/amp/berita/{id}/{slug}, a thin AMP page naming
# the plain URL canonical) at a recheck point, while the store rechecks the plain URL. The AMP request reached the seen
# middleware first (the recheck); its page is read at its canonical, whose request carried the story's key but not the
# middleware's decision: judged anew, the story already asked this run, it was dropped as recheck_duplicate, and the
# AMP page was never read as it is either (a quiet skip). The correction at the plain URL was missed run after run
# ("rechecks answered without a readable article").
ANTARA_FEED = "https://www.antaranews.com/rss/terkini.xml"
ANTARA_ID = "4900003"
ANTARA_PLAIN = f"https://www.antaranews.com/berita/{ANTARA_ID}/laporan-soal-banjir-kota"
ANTARA_AMP = f"https://www.antaranews.com/amp/berita/{ANTARA_ID}/laporan-soal-banjir-kota"
ANTARA_DAY = "2025-06-19"


def antara_page(version: int, amp: bool = False) -> Route:
    title = "Pemerintah Kota Tanggapi Banjir di Pelabuhan" + (" (Diperbarui)" if version > 1 else "")
    modified = f"{ANTARA_DAY}T09:05:00+07:00" if version > 1 else f"{ANTARA_DAY}T08:03:00+07:00"
    paras = [f"Paragraf {n} laporan ANTARA tentang banjir di pelabuhan yang dibahas bersama perwakilan warga dan "
             f"pejabat setempat pada pertemuan pagi ini di balai kota." for n in range(1, 5)]
    if version > 1:
        paras.append("Pembaruan: redaksi menambahkan keterangan baru setelah konfirmasi dari pejabat terkait pada "
                     "pukul sembilan pagi.")
    ld = ('{"@context":"https://schema.org","@type":"NewsArticle","headline":"%s","url":"%s",'
          '"datePublished":"%sT08:03:00+07:00","dateModified":"%s","author":{"@type":"Person","name":"Rina Kusumawati"}}'
          % (title, ANTARA_PLAIN, ANTARA_DAY, modified))
    body = "".join(f"<p>{p}</p>" for p in paras)
    page = (f'<!DOCTYPE html><html{" amp" if amp else ""} lang="id"><head><meta charset="utf-8"><title>{title}</title>'
            f'<link rel="canonical" href="{ANTARA_PLAIN}"><meta property="og:type" content="article">'
            f'<script type="application/ld+json">{ld}</script></head><body><h1 class="post-title">{title}</h1>'
            f'<time itemprop="datePublished" datetime="{ANTARA_DAY}T08:03:00+07:00">Kamis, 19 Juni 2025 08:03 WIB</time>'
            f'<div class="post-content">{body}<p class="text-muted">Pewarta: Rina Kusumawati<br>Editor: Budi</p></div>'
            f'</body></html>')
    return Route(body=page.encode(), headers={"Content-Type": "text/html; charset=utf-8"})


def antara_routes(link: str, version: int) -> dict[str, Route]:
    feed = (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>ANTARA</title>'
            f'<link>https://www.antaranews.com</link><item><title>Judul</title><link>{link}</link>'
            f'<pubDate>Thu, 19 Jun 2025 08:03:00 +0700</pubDate></item></channel></rss>')
    return {ANTARA_FEED: Route(body=feed.encode(), headers={"Content-Type": "application/xml; charset=utf-8"}),
            ANTARA_PLAIN: antara_page(version), ANTARA_AMP: antara_page(version, amp=True)}


def antara_run(routes, tmp_path, at: str, concurrency: int = 16):
    return run_cron(routes, tmp_path, "--spiders", "antaranews", "-s", "ROBOTSTXT_OBEY=False",
                    "-s", f"CONCURRENT_REQUESTS={concurrency}", "-s", f"NEWSCRAWL_NOW={ANTARA_DAY}T{at}:00+07:00")


# concurrency 1: the store's rechecks (start requests, after the 16 feeds) wait while the feed's AMP link goes first, as
# on a busy run (the probe's); 16: the store's recheck of the plain URL reaches the seen middleware first.
@pytest.mark.parametrize("concurrency", [1, 16])
@pytest.mark.parametrize("corrected", [True, False])
def test_a_feed_linking_the_amp_copy_at_a_recheck_point_reads_the_story_once(tmp_path, corrected, concurrency):
    """(h181) The correction at the plain URL is emitted once, read once; without one, nothing is emitted and the
    recheck counts as done (not unread)."""
    first = antara_run(antara_routes(ANTARA_PLAIN, 1), tmp_path, "08:40")
    assert first.returncode == 0, first.stderr[-3000:]
    second = antara_run(antara_routes(ANTARA_AMP, 2 if corrected else 1), tmp_path, "09:20",  # past the 1 h point
                        concurrency)
    site = second.summary["sites"]["antaranews"]
    assert second.returncode in (0, 3), second.stderr[-3000:]
    assert (site["items_updated"], site["items_new"], site["recheck_unread"]) == (int(corrected), 0, 0), site
    assert [url for _m, url, _s in second.hits].count(ANTARA_PLAIN) == 1, second.hits
    items = completed_items(tmp_path)
    assert [i["url"] for i in items] == [ANTARA_PLAIN] * (2 if corrected else 1)
    if corrected:
        assert "Pembaruan" in items[-1]["body"][-1] and items[-1]["updated_at"] == f"{ANTARA_DAY}T09:05:00+07:00"
