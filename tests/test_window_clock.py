"""A listed date that cannot say a story is outside the window leaves nothing out (h235 S12).

The real form (h235 probe, reconstructed on loopback): an antaranews RSS whose server clock or zone runs a day ahead
("Thu, 20 Jun 2024 08:00:00 +0700" at 18:00 WIB on the 19th, for stories whose pages say the 19th), a generic site's
news sitemap printing its publication dates a day ahead, and an RSS stamping its build time on every item ("Tue, 18
Jun 2024 23:59:00 +0700" on 25 items, stories of the 19th). The window filter before the fetch (discovery.in_window)
had no idea of "now": each entry was "outside the window", none fetched, "0 articles emitted; health ok", no log line.
Now a date later than the crawl's clock (NEWSCRAWL_NOW when pinned) by more than 10 minutes, and the one date every
entry of a document carries, are no evidence: the story is fetched, its page's date decides, counted and said once.
"""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from conftest import run_crawl
from newscrawl.dates import WIB
from newscrawl.discovery import dated_ahead, shared_date
from kabarnusa_site import SITE, WORDS, story_page, story_url
from replay import Route

WITA = timezone(timedelta(hours=8), "WITA")
NOW = datetime(2024, 6, 19, 18, 0, tzinfo=WIB)


@pytest.mark.parametrize(("raw", "zone", "ahead"), [
    ("Thu, 20 Jun 2024 08:00:00 +0700", WIB, True),      # a day ahead (h235 S12a)
    ("Wed, 19 Jun 2024 23:30:00 +0700", WIB, True),      # 9 hours ahead: still the 19th by day, ahead all the same
    ("Wed, 19 Jun 2024 18:09:00 +0700", WIB, False),     # within the 10 minutes two clocks may drift
    ("Wed, 19 Jun 2024 18:11:00 +0700", WIB, True),
    ("Wed, 19 Jun 2024 17:59:00 +0700", WIB, False),     # the past
    ("2024-06-19T17:00:00+00:00", WIB, False),           # local time labelled +00:00 (WordPress < 5.3): 17:00 WIB
    ("Wed, 19 Jun 2024 17:00:00 GMT", WIB, False),       # ... and a PHP feed's " GMT" after local time
    ("2024-06-19T17:00:00Z", WIB, True),                 # a true UTC instant: 00:00 WIB on the 20th
    ("Wed, 19 Jun 2024 18:30:00 +0700", WITA, False),    # a WITA newsroom's 18:30 under Jakarta's offset: 17:30 WIB
    ("Wed, 19 Jun 2024 19:30:00 +0700", WITA, True),     # 19:30 WITA is 18:30 WIB: ahead either way
    ("2024-06-20", WIB, True),                           # a day after today's
    ("2024-06-19", WIB, False),                          # today, a day alone
    (None, WIB, False), ("", WIB, False), ("kemarin sore", WIB, False), ("bukan tanggal", WIB, False),
])
def test_a_date_after_the_crawls_clock_is_told(raw, zone, ahead) -> None:
    assert dated_ahead(raw, NOW, zone) is ahead


STAMP = "Tue, 18 Jun 2024 23:59:00 +0700"


@pytest.mark.parametrize(("dates", "shared"), [
    ([STAMP] * 25, STAMP),                                     # the build time on every item (h235 S12e)
    ([STAMP] * 5, STAMP),
    ([STAMP] * 4, None),                                       # a few stories of one minute happen
    ([STAMP] * 24 + ["Tue, 18 Jun 2024 23:58:00 +0700"], None),  # one date differs: the dates are the items'
    ([STAMP] * 5 + [None, ""], STAMP),                         # undated entries beside them pass anyway
    ([STAMP, STAMP.replace(" ", "  ")] * 3, STAMP),            # the same text, spaced otherwise
    (["2024-06-18"] * 10, None),                               # a day alone: a day's listing shows it on every card
    # h244 R1: a date-only CMS exporting its day as midnight (each daily sitemap, a feed of one day): a day alone.
    (["2024-06-18T00:00:00+07:00"] * 12, None),
    (["Tue, 18 Jun 2024 00:00:00 +0700"] * 8, None),
    (["2024-06-18T00:00:00.000+07:00"] * 8, None),
    (["2024-06-17T17:00:00Z"] * 8, None),                      # WIB's midnight written in UTC
    (["Tue, 18 Jun 2024 00:00:01 +0700"] * 8, "Tue, 18 Jun 2024 00:00:01 +0700"),  # a time of day after all
    (["18 Juni 2024"] * 10, None),
    ([None] * 10, None), ([], None),
])
def test_the_one_date_every_entry_carries_is_the_documents(dates, shared) -> None:
    assert shared_date(dates, WIB) == shared


# ---- through the real engine on loopback -------------------------------------------------------------------------
DAY = "2024-06-19"
WINDOW = (f"since={DAY}", f"until={DAY}")
PINNED = {"NEWSCRAWL_NOW": f"{DAY}T18:00:00+07:00"}
FEED = "https://www.antaranews.com/rss/terkini.xml"


def _antara_url(n: int) -> str:
    return f"https://www.antaranews.com/berita/{4200000 + n}/bmkg-catat-gempa-susulan-nomor-{n}-di-sulawesi"


def _antara_page(n: int, published: str) -> bytes:
    title = f"BMKG catat gempa susulan nomor {n} di Sulawesi"
    body = "<br><br>".join(f"Paragraf {p} cerita nomor {n}: {WORDS}" for p in range(5))
    return (f'<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>{title} - ANTARA News</title>'
            f'<link rel="canonical" href="{_antara_url(n)}"><script type="application/ld+json">{{"@context":'
            f'"https://schema.org","@type":"NewsArticle","headline":"{title}","datePublished":"{published}",'
            f'"author":{{"@type":"Person","name":"Rizka Khaerunnisa"}}}}</script></head><body>'
            f'<div class="wrap__article-detail"><h1 class="post-title">{title}</h1>'
            f'<div class="wrap__article-detail-content post-content">Palu (ANTARA) - {body}'
            '<p class="text-muted">Pewarta: Rizka Khaerunnisa<br>Editor: Budi Santoso</p></div></div></body></html>'
            ).encode()


def _antara_routes(dates: list[str], eve: bool = True) -> dict[str, Route]:
    """Stories 0..n-1 of the 19th (pages say so) listed with ``dates``, and (``eve``) one of the eve (18 Jun 21:00)
    listed so."""
    items = [(n, dates[n]) for n in range(len(dates))] + ([(999, "Tue, 18 Jun 2024 21:00:00 +0700")] if eve else [])
    rows = "".join(f"<item><title>Berita {n}</title><link>{_antara_url(n)}</link><pubDate>{d}</pubDate></item>"
                   for n, d in items)
    routes = {FEED: Route(f"<?xml version='1.0'?><rss version='2.0'><channel><title>ANTARA</title>{rows}</channel>"
                          "</rss>".encode(), headers={"Content-Type": "application/rss+xml"})}
    routes.update({_antara_url(n): Route(_antara_page(n, f"{DAY}T{8 + n:02d}:00:00+07:00")) for n in range(len(dates))})
    routes[_antara_url(999)] = Route(_antara_page(999, "2024-06-18T21:00:00+07:00"))
    return routes


@pytest.mark.parametrize(("case", "dates", "ahead", "fetched_so"), [
    # A day ahead: every story "outside the window" before (0 of 5 emitted, health ok, nothing said).
    ("day_ahead", [f"Thu, 20 Jun 2024 {8 + n:02d}:00:00 +0700" for n in range(5)], 5, 5),
    # Hours ahead (the probe's +9 h): the last two print as the 20th (lost before), three are after the 18:00 clock.
    ("nine_hours_ahead", [f"Wed, 19 Jun 2024 {17 + n:02d}:00:00 +0700" if n < 3 else
                          f"Thu, 20 Jun 2024 {n - 3:02d}:00:00 +0700" for n in range(5)], 3, 2),
    # The build time stamped on every item, the eve's (0 of 5 emitted before; h235 S12e: no other item).
    ("shared_stamp", [STAMP] * 5, 0, 5),
])
def test_a_feed_whose_dates_say_nothing_of_the_window_is_read_by_the_pages_dates(tmp_path, case, dates, ahead,
                                                                                 fetched_so) -> None:
    eve = case != "shared_stamp"
    run = run_crawl("antaranews", _antara_routes(dates, eve), tmp_path / case, f"feeds={FEED}", *WINDOW,
                    settings=PINNED)
    assert "Traceback" not in run.log, run.log[-3000:]
    assert sorted(i["url"] for i in run.items) == sorted(_antara_url(n) for n in range(5)), run.log[-3000:]
    assert {i["published_at"][:10] for i in run.items} == {DAY}
    assert run.stats.get("newscrawl/discovery/dated_in_future", 0) == ahead
    assert run.stats.get("newscrawl/discovery/date_not_evidence", 0) == fetched_so
    assert run.stats.get("newscrawl/discovery/outside_window", 0) == eve  # the eve's story, dated so: still left out
    assert not any(url == _antara_url(999) for _method, url, *_rest in run.hits)
    said = [line for line in run.log.splitlines() if "WARNING" in line and FEED in line
            and ("after the crawl's clock" in line or "the same date" in line)]
    assert len(said) == 1, said


GENERIC = SITE


def _news_sitemap(rows: list[tuple[str, str]]) -> bytes:
    return ('<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
            'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">' + "".join(
                f"<url><loc>{url}</loc><news:news><news:publication><news:name>KabarNusa</news:name>"
                "<news:language>id</news:language></news:publication>"
                f"<news:publication_date>{when}</news:publication_date><news:title>x</news:title></news:news></url>"
                for url, when in rows) + "</urlset>").encode()


def test_a_news_sitemap_dated_ahead_of_the_clock_is_read_by_the_pages_dates(tmp_path) -> None:
    """generic: robots.txt naming a news sitemap whose publication dates run a day ahead (0 of 5 before)."""
    rows = [(story_url(n), "2024-06-20T09:00:00+07:00") for n in range(5)]
    rows.append((story_url(999), "2024-06-18T21:00:00+07:00"))
    routes = {
        f"{GENERIC}/": Route(b"<html><head><title>KabarNusa</title></head><body><h1>KabarNusa</h1></body></html>"),
        f"{GENERIC}/robots.txt": Route(f"User-agent: *\nSitemap: {GENERIC}/sitemap-news.xml\n".encode(),
                                       headers={"Content-Type": "text/plain"}),
        f"{GENERIC}/sitemap-news.xml": Route(_news_sitemap(rows), headers={"Content-Type": "application/xml"}),
        story_url(999): Route(story_page(999, "2024-06-18T21:00:00+07:00")),
    }
    routes.update({story_url(n): Route(story_page(n, f"{DAY}T{8 + n:02d}:00:00+07:00")) for n in range(5)})
    run = run_crawl("generic", routes, tmp_path, f"start_urls={GENERIC}/", *WINDOW, "max_links=0", settings=PINNED)
    assert "Traceback" not in run.log, run.log[-3000:]
    assert sorted(i["url"] for i in run.items) == sorted(story_url(n) for n in range(5)), run.log[-3000:]
    assert run.stats.get("newscrawl/discovery/dated_in_future") == 5
    assert run.stats.get("newscrawl/discovery/date_not_evidence") == 5
    assert sum("after the crawl's clock" in line and "sitemap-news.xml" in line for line in run.log.splitlines()) == 1


# ---- h244: the shared-date rule narrowed -------------------------------------------------------------------------
# The real forms (h244 probe, reconstructed on loopback): (R1) a date-only CMS whose feed or daily sitemaps print each
# story's day as midnight ("Tue, 18 Jun 2024 00:00:00 +0700" on every item of a kanal feed, "2024-06-18T00:00:00+07:00"
# on every entry of that day's sitemap): every entry fetched as if the date were a build time (a backfill of one week
# from an index of daily sitemaps asked 602 pages for 84 stories, where 134 did). (B4) An index child whose every
# entry carries the eve's stamp counted that stamp as reaching back to the window's start: "health ok" beside a child
# whose stories ran from 10:00. (B5) a kanal feed that is one batch of 8 stories of yesterday 10:00, the stamp no
# evidence, was fetched and dropped by every cron run while the feed held it.


def test_a_feed_of_one_days_midnight_is_that_day_not_a_build_time(tmp_path) -> None:
    """B2m: 8 items all "Tue, 18 Jun 2024 00:00:00 +0700" (pages of the 18th), a window of the 19th: none fetched
    (8 pages asked and dropped before)."""
    stamp = "Tue, 18 Jun 2024 00:00:00 +0700"
    routes = _antara_routes([stamp] * 8, eve=False)
    routes.update({_antara_url(n): Route(_antara_page(n, "2024-06-18T00:00:00+07:00")) for n in range(8)})
    run = run_crawl("antaranews", routes, tmp_path, f"feeds={FEED}", *WINDOW, settings=PINNED)
    assert "Traceback" not in run.log, run.log[-3000:]
    assert run.items == []
    assert [url for _method, url, *_rest in run.hits if "/berita/" in url] == []
    assert run.stats.get("newscrawl/discovery/outside_window") == 8
    assert not run.stats.get("newscrawl/discovery/date_not_evidence")


def test_a_stamp_every_entry_carries_never_reaches_back(tmp_path) -> None:
    """B4 in an index: stamp-sitemap.xml's 5 entries all "2024-06-18T23:59:00+07:00" (pages: the 19th from 08:00),
    post-sitemap.xml's 3 stories from 10:00. Before: the stamp reached back to the window's start, "health ok". Now
    the stamped entries count as undated for the reach: the index reaches back only to its oldest dated entry, 10:00,
    and the discovery fell short."""
    stamp = "2024-06-18T23:59:00+07:00"
    stamped = [(n, stamp) for n in range(5)]
    posts = [(10 + n, f"{DAY}T{10 + n:02d}:00:00+07:00") for n in range(3)]
    index = ('<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
             + "".join(f"<sitemap><loc>{GENERIC}/{name}</loc></sitemap>" for name in ("stamp-sitemap.xml",
                                                                                      "post-sitemap.xml"))
             + "</sitemapindex>").encode()
    xml = {"Content-Type": "application/xml"}
    routes = {
        f"{GENERIC}/": Route(b"<html><head><title>KabarNusa</title></head><body><h1>KabarNusa</h1></body></html>"),
        f"{GENERIC}/robots.txt": Route(f"User-agent: *\nSitemap: {GENERIC}/sitemap_index.xml\n".encode(),
                                       headers={"Content-Type": "text/plain"}),
        f"{GENERIC}/sitemap_index.xml": Route(index, headers=xml),
        f"{GENERIC}/stamp-sitemap.xml": Route(_news_sitemap([(story_url(n), when) for n, when in stamped]),
                                              headers=xml),
        f"{GENERIC}/post-sitemap.xml": Route(_news_sitemap([(story_url(n), when) for n, when in posts]),
                                             headers=xml),
    }
    routes.update({story_url(n): Route(story_page(n, f"{DAY}T{8 + n:02d}:00:00+07:00")) for n in range(5)})
    routes.update({story_url(n): Route(story_page(n, when)) for n, when in posts})
    run = run_crawl("generic", routes, tmp_path, f"start_urls={GENERIC}/", *WINDOW, "max_links=0", settings=PINNED)
    assert "Traceback" not in run.log, run.log[-3000:]
    assert len(run.items) == 8, run.log[-3000:]  # the stamp is still no evidence for the window: all fetched
    assert run.stats.get("newscrawl/discovery/date_not_evidence") == 5
    assert run.stats.get("newscrawl/discovery/window_start_not_reached") == 1, run.stats
    assert any("sitemap_index.xml reaches back only to 2024-06-19T10:00+07:00" in line
               for line in run.log.splitlines()), run.log[-3000:]


def test_a_shared_stamp_on_an_eve_feed_alone_gives_no_reach(tmp_path) -> None:
    """The feed whose 5 items all carry the eve's 23:59 (h235 S12e): its stories are fetched and emitted (the pages'
    dates decide), and its reach is not judged by a stamp (it is undated for the reach, as an undated feed is)."""
    run = run_crawl("antaranews", _antara_routes([STAMP] * 5, eve=False), tmp_path, f"feeds={FEED}", *WINDOW,
                    settings=PINNED)
    assert len(run.items) == 5, run.log[-3000:]
    assert not run.stats.get("newscrawl/discovery/window_start_not_reached")
    assert not run.stats.get("newscrawl/discovery/not_read_whole")


KANALS = ("terkini", "top-news", "politik", "hukum", "ekonomi", "metro", "sepakbola", "olahraga", "humaniora",
          "lifestyle", "hiburan", "dunia", "tekno", "otomotif", "warta-bumi", "rilis-pers")


@pytest.mark.xdist_group("cron")
def test_a_batch_of_yesterday_is_fetched_once_not_by_every_cron_run(tmp_path) -> None:
    """B5: rilis-pers is one batch of 8 stories of 18 Jun 10:00 (their pages say so), all the same stamp, no evidence
    for the window; the other kanals list the 19th's stories. Cron's default window at 10:30, 10:40, 11:30: the batch
    was fetched and dropped by every run (8 requests each). Now its URLs are remembered with their day: asked by the
    first run only, skipped by the next (counted skipped_outside_window), and asked again by a run whose window holds
    the 18th (a catch-up or --since reaching back), which emits them."""
    from conftest import run_cron  # noqa: PLC0415

    batch = [(100 + k, "Tue, 18 Jun 2024 10:00:00 +0700") for k in range(8)]
    today = [(k, f"Wed, 19 Jun 2024 {k // 2 + 4:02d}:{(k * 17) % 60:02d}:00 +0700") for k in range(6)]
    today += [(50, "Tue, 18 Jun 2024 23:10:00 +0700")]

    def feed(items: list[tuple[int, str]]) -> Route:
        rows = "".join(f"<item><title>Berita {n}</title><link>{_antara_url(n)}</link><pubDate>{d}</pubDate></item>"
                       for n, d in items)
        return Route(f"<?xml version='1.0'?><rss version='2.0'><channel><title>ANTARA</title>{rows}</channel></rss>"
                     .encode(), headers={"Content-Type": "application/rss+xml"})

    routes = {f"https://www.antaranews.com/rss/{kanal}.xml": feed(batch if kanal == "rilis-pers" else today)
              for kanal in KANALS}
    routes[_antara_url(50)] = Route(_antara_page(50, "2024-06-18T23:10:00+07:00"))
    routes.update({_antara_url(n): Route(_antara_page(n, f"{DAY}T{n // 2 + 4:02d}:{(n * 17) % 60:02d}:00+07:00"))
                   for n, _d in today[:6]})
    routes.update({_antara_url(n): Route(_antara_page(n, "2024-06-18T10:00:00+07:00")) for n, _d in batch})
    batch_urls = {_antara_url(n) for n, _d in batch}

    def run(at: str, *args: str, returncode: int = 0):
        result = run_cron(routes, tmp_path, "--spiders", "antaranews", "-s", f"NEWSCRAWL_NOW={DAY}T{at}:00+07:00", *args)
        assert result.returncode == returncode, result.stdout + result.stderr
        return result, result.summary["sites"]["antaranews"], sum(1 for _m, url, _s in result.hits if url in batch_urls)

    _result, site, asked = run("10:30")
    assert (asked, site["items_new"]) == (8, 6), site
    for at in ("10:40", "11:30"):  # 11:30: past the 15-min and 1-h retry points of a URL holding no article
        _result, site, asked = run(at)
        assert (asked, site["skipped_outside_window"], site["items_new"]) == (0, 8, 0), site
    # A window holding the 18th asks them again and emits them, with the eve's story 50 (its feeds do not reach back to
    # the 18th's start: a backfill's shortfall, exit 3).
    _result, site, asked = run("11:40", "--since", "2024-06-18", returncode=3)
    assert (asked, site["items_new"], site["skipped_outside_window"]) == (8, 9, 0), site


def test_a_replay_of_a_past_day_needs_no_window(tmp_path) -> None:
    """A replay pinned to the 19th (NEWSCRAWL_NOW) naming no window reads the 19th's stories: the window's default end
    was the machine's today, the pinned day's five stories outside it, 0 emitted."""
    dates = [f"Wed, 19 Jun 2024 {8 + n:02d}:00:00 +0700" for n in range(5)]
    run = run_crawl("antaranews", _antara_routes(dates), tmp_path, f"feeds={FEED}", settings=PINNED)
    assert "Traceback" not in run.log, run.log[-3000:]
    assert sorted(i["url"] for i in run.items) == sorted(_antara_url(n) for n in range(5)), run.log[-3000:]
    assert run.stats.get("newscrawl/discovery/outside_window", 0) == 1  # the eve's
