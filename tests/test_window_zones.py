"""The pre-fetch window filter reads a discovered entry's date in the zone of the entry's own newsroom (zone_for), the
zone the post-fetch filter (pipelines.outside_window, generic's in_window) reads the fetched story in.

RECONSTRUCTED from the h225 probe: antaranews' feeds list its regional editions' stories in the Jakarta CMS clock
("+0700"). bali.antaranews.com's story of 00:30 WITA on 4 December is "Thu, 03 Dec 2026 23:30:00 +0700" there; read in
the site's WIB it was the 3rd, outside a window starting the 4th, and was never fetched (health ok). The same for
papua.antaranews.com (WIT) and a WIT outlet read with generic (ceposonline.com). The pre-fetch filter may be wider than
the post-fetch one, never narrower: every row checks it keeps what the post-fetch filter keeps."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from inprocess import build_crawler, crawl_in_process
from newscrawl.dates import WIB, WIT, WITA
from newscrawl.discovery import Entry
from newscrawl.pipelines import site_day
from replay import Route

WWW = "https://www.antaranews.com/berita/4500001/kpu-tetapkan-jadwal"
BALI = "https://bali.antaranews.com/berita/4500011/pemkab-badung-gelar-melasti"
PAPUA = "https://papua.antaranews.com/berita/4500021/pemprov-papua-salurkan-bantuan"
CEPOS = "https://www.ceposonline.com/2026/12/04/pemkot-jayapura-tertibkan-pkl/"  # a WordPress outlet of Jayapura (WIT)
CEPOS_NEXT = "https://www.ceposonline.com/2026/12/05/harga-bbm-di-wamena-naik/"
SINCE = UNTIL = date(2026, 12, 4)


def _spider(name: str, since: date = SINCE, until: date = UNTIL):
    extra = {"start_urls": "https://www.ceposonline.com/"} if name == "generic" else {}
    return build_crawler(name, since=since.isoformat(), until=until.isoformat(), **extra).spider


def _prefetch(spider, entry: Entry) -> bool:
    [(_url, _day, inside)] = spider.dated_links([entry])
    return inside


# (spider, entry URL, its date as the feed or sitemap prints it, edited (a lastmod), the story's real publication,
#  in the window [4, 4] by its local day (the post-fetch filter), fetched (the pre-fetch filter))
ROWS = [
    # 00:30 local on the since day, printed in the Jakarta clock: the eve in WIB (failed before the fix)
    ("antaranews", BALI, "Thu, 03 Dec 2026 23:30:00 +0700", False, "2026-12-04T00:30:00+08:00", True, True),
    ("antaranews", PAPUA, "Thu, 03 Dec 2026 22:30:00 +0700", False, "2026-12-04T00:30:00+09:00", True, True),
    ("antaranews", PAPUA, "Thu, 03 Dec 2026 15:30:00 GMT", False, "2026-12-04T00:30:00+09:00", True, True),
    # WordPress's feed in UTC: 00:00 WIT on the 4th (the eve's 22:00 WIB)
    ("generic", CEPOS, "Thu, 03 Dec 2026 15:00:00 +0000", False, "2026-12-04T00:00:00+09:00", True, True),
    ("generic", CEPOS, "Thu, 03 Dec 2026 15:30:00 +0000", False, "2026-12-04T00:30:00+09:00", True, True),
    # a lastmod (an edit time) of the since day's first local hour
    ("antaranews", BALI, "2026-12-03T23:30:00+07:00", True, "2026-12-04T00:30:00+08:00", True, True),
    # a naive clock is the newsroom's own
    ("antaranews", PAPUA, "2026-12-04 00:30:00", False, "2026-12-04T00:30:00+09:00", True, True),
    # 23:30 local on the until day: in, both ways
    ("antaranews", BALI, "Fri, 04 Dec 2026 22:30:00 +0700", False, "2026-12-04T23:30:00+08:00", True, True),
    ("antaranews", PAPUA, "Fri, 04 Dec 2026 21:30:00 +0700", False, "2026-12-04T23:30:00+09:00", True, True),
    # 00:30 local the day after until (23:30 / 22:30 WIB of the until day): out by its local day after the fetch, but
    # fetched: a "+0700" wall clock may be the newsroom's own (the next row), and the filter is never narrower than
    # reading every entry in WIB was (h230 R2)
    ("antaranews", BALI, "Fri, 04 Dec 2026 23:30:00 +0700", False, "2026-12-05T00:30:00+08:00", False, True),
    ("antaranews", PAPUA, "Fri, 04 Dec 2026 22:30:00 +0700", False, "2026-12-05T00:30:00+09:00", False, True),
    # a network's server printing the newsroom's wall clock under Jakarta's offset: 23:15 WITA on the until day
    ("antaranews", BALI, "Fri, 04 Dec 2026 23:15:00 +0700", False, "2026-12-04T23:15:00+08:00", True, True),
    # wider, never narrower: a "+0000" date is also read as a local wall clock (WordPress before 5.3), the 4th
    ("generic", CEPOS_NEXT, "Fri, 04 Dec 2026 15:30:00 +0000", False, "2026-12-05T00:30:00+09:00", False, True),
    # 23:30 local on the eve: out
    ("antaranews", BALI, "Thu, 03 Dec 2026 22:30:00 +0700", False, "2026-12-03T23:30:00+08:00", False, False),
    # WIB stories: as before
    ("antaranews", WWW, "Thu, 03 Dec 2026 23:59:00 +0700", False, "2026-12-03T23:59:00+07:00", False, False),
    ("antaranews", WWW, "Fri, 04 Dec 2026 00:00:00 +0700", False, "2026-12-04T00:00:00+07:00", True, True),
    ("antaranews", WWW, "Fri, 04 Dec 2026 23:59:00 +0700", False, "2026-12-04T23:59:00+07:00", True, True),
]


@pytest.mark.parametrize(("spider_name", "url", "raw", "edited", "published", "inside", "fetched"), ROWS)
def test_prefetch_reads_the_entry_in_its_newsroom_zone(spider_name, url, raw, edited, published, inside, fetched):
    spider = _spider(spider_name)
    zone = spider.zone_for(url)
    # the post-fetch filter's decision on the story's own date (pipelines.outside_window)
    assert (SINCE <= site_day(published, zone) <= UNTIL) is inside
    assert fetched or not inside  # never dropped before the fetch when kept after it
    assert _prefetch(spider, Entry(url, raw, edited)) is fetched


def test_the_zones_are_the_newsrooms():
    spider = _spider("antaranews")
    assert (spider.zone_for(WWW), spider.zone_for(BALI), spider.zone_for(PAPUA)) == (WIB, WITA, WIT)
    assert _spider("generic").zone_for(CEPOS) == WIT


def test_reach_start_is_the_window_start_of_the_easternmost_story():
    """A feed listing papua.antaranews.com's stories must reach back to 00:00 WIT of since (22:00 WIB of the eve): a
    feed whose oldest entry is 23:00 WIB of the eve may have cut off the WIT story of 00:30 on since's day."""
    spider = _spider("antaranews")
    assert spider.reach_start([WWW])[0] == datetime(2026, 12, 4, tzinfo=WIB)
    assert spider.reach_start([WWW, BALI])[0] == datetime(2026, 12, 4, tzinfo=WITA)
    assert spider.reach_start([WWW, BALI, PAPUA])[0] == datetime(2026, 12, 4, tzinfo=WIT)
    # a day alone is the end of that day where the story is: a WIT story's eve ends at 00:00 WIT
    assert spider.entry_moment(Entry(PAPUA, "2026-12-03")) == datetime(2026, 12, 4, tzinfo=WIT)
    assert spider.entry_moment(Entry(PAPUA, "2026-12-04 00:30:00")) == datetime(2026, 12, 4, 0, 30, tzinfo=WIT)


def _page(url: str, title: str, published: str, zone_word: str) -> bytes:
    paragraphs = "".join(f"<p>Paragraf {p} berita {title} tentang kebijakan pemerintah daerah dan tanggapan warga "
                         "di wilayah itu.</p>" for p in range(5))
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title} - ANTARA News</title>'
            f'<link rel="canonical" href="{url}"></head><body><h1 class="post-title">{title}</h1>'
            f'<time itemprop="datePublished" datetime="{published}">{published[:16]} {zone_word}</time>'
            f'<div class="post-content">{paragraphs}<p class="text-muted">Pewarta: Budi Santoso<br>Editor: Ani</p>'
            "</div></body></html>").encode()


def test_an_antaranews_feed_of_regional_stories_in_the_jakarta_clock():
    """The terkini feed (its pubDates in +0700) lists a Bali story of 00:30 WITA and a Papua one of 00:30 WIT on the
    window's day, and a Bali one of 00:30 WITA the day after: the first two are fetched and emitted, the third not."""
    from newscrawl.spiders.antaranews import FEED_KANALS
    bali_next = "https://bali.antaranews.com/berita/4500013/dinkes-bali-catat-kasus"
    stories = [  # url, title, feed pubDate, page datetime, zone word
        (WWW, "KPU tetapkan jadwal kampanye", "Fri, 04 Dec 2026 09:00:00 +0700", "2026-12-04T09:00:00+07:00", "WIB"),
        (BALI, "Pemkab Badung gelar melasti", "Thu, 03 Dec 2026 23:30:00 +0700", "2026-12-04T00:30:00+08:00", "WITA"),
        (PAPUA, "Pemprov Papua salurkan bantuan", "Thu, 03 Dec 2026 22:30:00 +0700", "2026-12-04T00:30:00+09:00",
         "WIT"),
        (bali_next, "Dinkes Bali catat kasus", "Fri, 04 Dec 2026 23:30:00 +0700", "2026-12-05T00:30:00+08:00", "WITA"),
    ]
    items = "".join(f"<item><title>{title}</title><link>{url}</link><pubDate>{raw}</pubDate></item>"
                    for url, title, raw, _published, _word in stories)
    feed = f"<?xml version='1.0'?><rss version='2.0'><channel><title>ANTARA</title>{items}</channel></rss>"
    empty = "<rss version='2.0'><channel></channel></rss>"
    routes = {f"https://www.antaranews.com/rss/{kanal}.xml": Route(
        (feed if kanal == "terkini" else empty).encode(), headers={"Content-Type": "application/rss+xml"})
        for kanal in FEED_KANALS}
    routes.update({url: Route(_page(url, title, published, word)) for url, title, _raw, published, word in stories})
    result = crawl_in_process("antaranews", routes, "since=2026-12-04", "until=2026-12-04")
    emitted = {item["url"]: item["published_at"] for item in result.items}
    assert emitted == {WWW: "2026-12-04T09:00:00+07:00", BALI: "2026-12-04T00:30:00+08:00",
                       PAPUA: "2026-12-04T00:30:00+09:00"}, result.stats


# (h257 item 3, reconstructed) A Makassar outlet outside the catalogue, read with generic: its stories state "+08:00".
# The day a story states is its site-local day (generic's window_zone, the window pipeline's too); a "Z" (a UTC
# instant) or a naive time states none and keeps the site's WIB. The sitemap filter keeps what that day keeps.
MAKASSAR = "https://www.kabarmakassar.example/berita/88130/dini-hari-di-makassar-banjir-rob"
UNLISTED_ROWS = [
    # (entry's date, edited, the story's published_at, in the window by its day, fetched)
    ("2026-12-04T00:05:00+08:00", True, "2026-12-04T00:05:00+08:00", True, True),  # the eve in WIB (failed before)
    ("2026-12-04T00:05:00+08:00", False, "2026-12-04T00:05:00+08:00", True, True),
    ("2026-12-05T00:10:00+08:00", False, "2026-12-05T00:10:00+08:00", False, True),  # the 4th in WIB: fetched, out
    ("2026-12-04T00:30:00+09:00", False, "2026-12-04T00:30:00+09:00", True, True),  # WIT stated
    ("2026-12-03T23:50:00+08:00", False, "2026-12-03T23:50:00+08:00", False, False),
    ("2026-12-04T16:30:00Z", False, "2026-12-04T23:30:00+07:00", True, True),  # UTC: the site's WIB day
    ("2026-12-04 23:30:00", False, "2026-12-04T23:30:00", True, True),  # naive: the site's WIB day
    ("2026-12-03T23:30:00+07:00", False, "2026-12-03T23:30:00+07:00", False, False),
]


@pytest.mark.parametrize(("raw", "edited", "published", "inside", "fetched"), UNLISTED_ROWS)
def test_an_unlisted_outlet_s_story_is_held_to_the_window_by_the_zone_it_states(raw, edited, published, inside,
                                                                                fetched):
    from itemadapter import ItemAdapter
    from newscrawl.pipelines import outside_window

    spider = build_crawler("generic", since=SINCE.isoformat(), until=UNTIL.isoformat(),
                           start_urls="https://www.kabarmakassar.example/").spider
    assert spider.zone_for(MAKASSAR) == WIB and not spider.zone_listed(MAKASSAR)
    # the window pipeline's decision on the fetched story (generic's in_window decides alike)
    assert (outside_window(ItemAdapter({"url": MAKASSAR, "published_at": published}), spider) is None) is inside
    assert spider.in_window({"url": MAKASSAR, "published_at": [published]}) is inside
    assert fetched or not inside
    assert _prefetch(spider, Entry(MAKASSAR, raw, edited)) is fetched
