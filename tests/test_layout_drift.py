"""A redesign that broke a site spider's body selectors is said: a layout drift warning, never a failure.

Real form (h264 probe, class B): a site renames its body container (the next redesign; tests/drift.py ``renamed`` does
it to the 37 real pages). NewsSpider falls back to the site-independent main text and the bodies come out whole, but
the only trace was the stat newscrawl/body_source/generic: the run read "health ok" while the site ran entirely on
fallbacks, until they failed too. tests/layout_drift/: three Kontan stories under the redesign's class names and one
still under the old template (the control: read by the spider's selectors).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_crawl
from inprocess import crawl_in_process
from replay import Route, routes_from_fixtures

from newscrawl.health import BODY_FALLBACK

FIXTURES = Path(__file__).parent / "layout_drift"
DRIFT = ("layout drift: 3 of 4 articles' bodies read by a fallback (the page's main text or its JSON-LD articleBody): "
         "the site's body selectors matched nothing")


def test_a_site_spider_on_renamed_containers_says_layout_drift_while_health_stays_ok(tmp_path: Path) -> None:
    routes = routes_from_fixtures(FIXTURES)
    # the crawl's clock days after the stories (2025-06-16): a redesign judged on the current pages
    result = run_crawl("kontan", routes, tmp_path, "url=" + ",".join(sorted(routes)),
                       settings={"NEWSCRAWL_NOW": "2025-06-20T12:00:00+07:00"})
    assert result.returncode == 0, result.log[-2000:]
    # The fallbacks carried every story: whole bodies, dates, reporters (the JSON-LD the redesign kept).
    assert len(result.items) == 4 and all(len(item["body"]) >= 3 and item["published_at"] and item["authors"]
                                          for item in result.items), result.items
    assert all(item["body"][0].startswith("KONTAN.CO.ID - JAKARTA.") for item in result.items)
    assert result.stats[BODY_FALLBACK] == 3 and result.stats["newscrawl/body_source/dom"] == 1
    # The summary line, at WARNING (a cron run's stderr carries warnings only): health ok, then the drift.
    line = next(line for line in result.log.splitlines() if "kontan: 4 articles emitted" in line)
    assert "[newscrawl.summary] WARNING: " in line, line
    assert line.endswith("kontan: 4 articles emitted, 0 requests failed; health ok; " + DRIFT), line
    # Each page named on the command line whose body a fallback read is said with its URL (h310 G: a one-page check,
    # below min_articles, said nothing but "health ok")
    said = [line for line in result.log.splitlines() if "the site's body selectors matched nothing on https://" in line]
    assert len(said) == 3 and all("[newscrawl.pipelines] WARNING: kontan: " in line for line in said), said


def test_the_generic_spiders_own_main_text_is_no_drift() -> None:
    """The same pages through ``generic``: the main text is its normal path (body_source maintext), not a fallback."""
    routes = routes_from_fixtures(FIXTURES)
    result = crawl_in_process("generic", routes, "url=" + ",".join(sorted(routes)))
    assert len(result.items) == 4 and result.stats.get("newscrawl/body_source/maintext") == 4
    assert BODY_FALLBACK not in result.stats


_STORY = ["Ribuan warga Desa Adat Kesiman menggelar upacara melasti di Pantai Padang Galak pada Rabu pagi, diiringi "
          "gamelan baleganjur.",
          "Bendesa adat setempat mengatakan upacara itu digelar setiap tahun menjelang Nyepi untuk menyucikan pratima "
          "dan sarana upacara.",
          "Pecalang dikerahkan untuk mengatur lalu lintas di sepanjang jalur menuju pantai agar prosesi berjalan tertib "
          "dan aman.",
          "Warga berharap pemerintah daerah membantu menata kawasan pantai yang kerap tergerus abrasi setiap musim "
          "hujan."]


def _page(container: str) -> bytes:
    """A WordPress story whose first paragraph alone sits in ``container``, the rest in a sibling block (a theme
    update splitting the story: the catalogue's selector now holds a fragment of it)."""
    return (f"<html><head><title>Warga Gelar Upacara Melasti</title><meta property='og:type' content='article'>"
            f"<meta property='article:published_time' content='2024-06-19T09:00:00+08:00'></head><body><article>"
            f"<h1>Warga Gelar Upacara Melasti</h1><div class='{container}'><p>{_STORY[0]}</p></div>"
            f"<div class='td-post-text'>{''.join(f'<p>{p}</p>' for p in _STORY[1:])}</div></article></body></html>"
            ).encode()


def test_a_catalogue_outlets_selector_missing_or_holding_a_fragment_is_no_drift() -> None:
    """spiders/outlets.py: a catalogue outlet's body selector matching a fragment of the story the main text finds gives
    way to the main text (balipost's .td-post-content), counted newscrawl/body/selector_fragment; an outlet whose entry
    names no body selector (alinea) reads the main text as its normal path. Neither is a layout drift: a catalogue's
    selectors are unverified leads (h272 R5: surabayapagi's ordinary page warned on every crawl)."""
    html = {"Content-Type": "text/html; charset=utf-8"}
    balipost = "https://www.balipost.com/news/2024/06/19/402399/Warga-Gelar-Upacara.html"
    result = crawl_in_process("balipost", {balipost: Route(_page("td-post-content"), headers=html)}, f"url={balipost}")
    assert result.items[0]["body"] == _STORY
    assert result.stats["newscrawl/body/selector_fragment"] == 1 and BODY_FALLBACK not in result.stats
    alinea = "https://www.alinea.id/peristiwa/warga-gelar-upacara-melasti-b2kT39Pmx"
    result = crawl_in_process("alinea", {alinea: Route(_page("entry-content"), headers=html)}, f"url={alinea}")
    assert result.items[0]["body"] == _STORY and result.stats.get("newscrawl/body_source/generic") == 1
    assert BODY_FALLBACK not in result.stats


@pytest.mark.parametrize(("now", "published_at", "counted"), [
    ("2025-06-20T12:00:00+07:00", "2025-06-16T15:20:00+07:00", True),
    ("2025-06-20T12:00:00+07:00", "2025-05-21", True),  # 30 days before
    ("2025-06-20T12:00:00+07:00", "2025-05-20T10:00:00+07:00", False),  # an older template: no redesign (h272 R6)
    ("2025-06-20T12:00:00+07:00", "2017-03-02T10:00:00+07:00", False),
    ("2025-06-20T12:00:00+07:00", None, True),  # undated: a redesign may lose the date too
])
def test_only_a_recent_storys_fallback_is_a_drift(now, published_at, counted) -> None:
    from scrapy.utils.test import get_crawler

    from newscrawl.pipelines import HealthPipeline

    crawler = get_crawler(settings_dict={"NEWSCRAWL_NOW": now})
    crawler.stats.open_spider()
    HealthPipeline(crawler).process_item({"url": "https://x.id/a", "published_at": published_at,
                                         "body_fallback": "missed", "body": ["a", "b"]})
    assert (crawler.stats.get_value(BODY_FALLBACK) == 1) is counted


def test_a_photo_story_read_by_the_main_text_is_no_drift() -> None:
    """A page saying it is a photo story (og:type gallery, a /foto/ URL): its designed reading is the main text, not
    the site's article container (h272 R6: tempo's /foto pages warned on their own)."""
    html = {"Content-Type": "text/html; charset=utf-8"}
    url = "https://www.kontan.co.id/foto/warga-gelar-upacara-melasti"
    page = (f"<html><head><title>FOTO: Warga Gelar Upacara Melasti</title><meta property='og:type' content='article'>"
            f"<meta property='article:published_time' content='2024-06-19T09:00:00+07:00'></head><body><article>"
            f"<h1>FOTO: Warga Gelar Upacara Melasti</h1><div class='galeri'>{''.join(f'<p>{p}</p>' for p in _STORY)}"
            f"</div></article></body></html>").encode()
    result = crawl_in_process("kontan", {url: Route(page, headers=html)}, f"url={url}",
                              settings={"NEWSCRAWL_NOW": "2024-06-20T12:00:00+07:00"})
    assert result.stats.get("newscrawl/body_source/generic") == 1, result.stats
    assert BODY_FALLBACK not in result.stats
