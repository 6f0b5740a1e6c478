"""Template eras (newscrawl/eras.py): which selector set reads a page.

The synthetic rows use two minimal, RECONSTRUCTED page shapes standing for an old and a current
template (their body containers are the signatures); the real-page table checks the choice on every
saved article page of the sites that declare eras (../shared/realpages) and on the sites' fixtures.
"""
from __future__ import annotations

import csv
import importlib
import re
from datetime import date

import pytest
from parsel import Selector

from conftest import SITES_DIR
from newscrawl.eras import TemplateEra, choose_era, era_for_day, era_periods, url_path_day
from newscrawl.extract import SiteRules

CURRENT = TemplateEra("current", SiteRules(body=(".read__content",)), valid_from=date(2024, 1, 1))
OLD = TemplateEra("old", SiteRules(body=(".kcm-read-text",)), valid_from=date(2015, 1, 1),
                  valid_until=date(2017, 12, 31))
OLDER = TemplateEra("older", SiteRules(body=("#contentx",)), signature="#contentx, .titles")
ERAS = (CURRENT, OLD, OLDER)


def page(*classes: str) -> Selector:
    return Selector(text="<html><body>" + "".join(f'<div class="{c}">x</div>' for c in classes) + "</body></html>")


@pytest.mark.parametrize(("selector", "day", "expected"), [
    # the markup decides, whatever the day says
    (page("read__content"), date(2016, 5, 1), ("current", "signature")),
    (page("kcm-read-text"), None, ("old", "signature")),
    (page("kcm-read-text"), date(2025, 1, 1), ("old", "signature")),
    # an explicit signature instead of the body containers
    (page("titles"), None, ("older", "signature")),
    # two signatures match (a template kept an old class): the day tells them apart ...
    (page("read__content", "kcm-read-text"), date(2016, 5, 1), ("old", "signature")),
    (page("read__content", "kcm-read-text"), date(2024, 6, 19), ("current", "signature")),
    # ... and without a day the newer era wins
    (page("read__content", "kcm-read-text"), None, ("current", "signature")),
    # no signature matches: the day's period
    (page("unknown"), date(2016, 5, 1), ("old", "date")),
    (page("unknown"), date(2025, 6, 19), ("current", "date")),
    (page("unknown"), date(2010, 1, 1), ("older", "date")),  # an open start
    # a day in no era's period (2018-2023 here), or no day: the newest era
    (page("unknown"), date(2020, 1, 1), ("current", "default")),
    (page("unknown"), None, ("current", "default")),
])
def test_choose_era(selector, day, expected):
    era, by = choose_era(ERAS, selector, day)
    assert (era.name, by) == expected


def test_periods_open_ends_run_to_the_next_era():
    current = TemplateEra("current", SiteRules(), valid_from=date(2020, 3, 1))
    middle = TemplateEra("middle", SiteRules(), valid_from=date(2016, 1, 1))  # no valid_until
    first = TemplateEra("first", SiteRules())
    assert [(e.name, start, end) for e, start, end in era_periods((current, middle, first))] == [
        ("current", date(2020, 3, 1), date.max),
        ("middle", date(2016, 1, 1), date(2020, 2, 29)),
        ("first", date.min, date(2015, 12, 31)),
    ]
    assert era_for_day((current, middle, first), date(2020, 2, 29)).name == "middle"
    with pytest.raises(ValueError):
        choose_era((), page(), None)


@pytest.mark.parametrize(("url", "expected"), [
    ("http://bola.kompas.com/read/2016/02/23/16374618/samsul.arif", date(2016, 2, 23)),
    ("http://nasional.republika.co.id/berita/nasional/daerah/16/02/15/o2l07x284-marcella", date(2016, 2, 15)),
    ("http://inet.detik.com/read/2015/11/05/100026/3062623/323/google", date(2015, 11, 5)),
    ("https://news.detik.com/berita/d-6453785/polisi-soal-pistol", None),
    ("https://x.id/read/2016/02/30/1/impossible-day", None),
    ("https://www.liputan6.com/indeks/2016/02/16", date(2016, 2, 16)),
])
def test_url_path_day(url, expected):
    assert url_path_day(url) == expected


def spider_class(site: str):
    module = importlib.import_module(f"newscrawl.spiders.{site}")
    return next(c for c in vars(module).values() if isinstance(c, type) and getattr(c, "name", None) == site)


ERA_SITES = ("antaranews", "detik", "kompas", "liputan6", "merdeka", "okezone", "republika", "tempo", "viva")


@pytest.mark.parametrize("site", ERA_SITES)
def test_eras_are_declared_newest_first_without_overlap(site):
    periods = era_periods(spider_class(site).eras)
    assert len(periods) >= 2
    for (newer, newer_start, _), (older, _, older_end) in zip(periods, periods[1:]):
        assert older_end < newer_start, f"{site}: {older.name} overlaps {newer.name}"


# Every saved article page of the era sites, with the era that must read it (by hand, from the page).
REAL_PAGE_ERAS = {
    "antaranews/article-2015-11-527615.html": "bjbrt", "antaranews/article-2016-02-546640.html": "bjbrt",
    "antaranews/article-2016-02-546643.html": "bjbrt", "antaranews/article-2017-05-629369.html": "bjbrt",
    "antaranews/article-otomotif-2016-02-546646.html": "bjbrt",
    "detik/article-inet-2015.html": "read-2015", "detik/article-readfoto-finance-2016.html": "read-2015",
    "detik/article-inet-d6453192-2022-12.html": "detail", "detik/article-news-d6453785-2022-12.html": "detail",
    "detik/article-sport-d6454487-2022-12.html": "detail", "detik/article-sport-insider-d5746542-2021-09.html": "detail",
    "detik/article-travel-d6454465-2022-12.html": "detail",
    "kompas/article-bola-2016-02.html": "kcm", "kompas/article-internasional-2016-02.html": "kcm",
    "kompas/article-nasional-2016-02.html": "kcm", "kompas/article-otomotif-2016-02.html": "kcm",
    "kompas/article-regional-2015-11.html": "kcm", "kompas/article-nasional-2025-05.html": "read",
    "liputan6/article-m-bisnis-4289456-2020-06.html": "article", "liputan6/article-m-global-4464894-2021-01.html": "article",
    "liputan6/article-m-hot-5043288-2022-08.html": "article", "liputan6/article-m-tekno-4804339-2021-12.html": "article",
    "liputan6/article-news-4541831-2021-04.html": "article",  # a photo story: no body container, the newest era
    "liputan6/article-showbiz-2016.html": "read-page-2016", "liputan6/article-tekno-2016.html": "read-page-2016",
    "liputan6/photo-2016.html": "read-page-2016",
    "merdeka/article-m-gaya-2021-06.html": "mdk-2021", "merdeka/article-m-jateng-2021-06.html": "mdk-2021",
    "merdeka/article-m-peristiwa-2021-06.html": "mdk-2021",
    "okezone/article-celebrity-2017.html": "2017", "okezone/article-lifestyle-2015.html": "2015",
    "republika/article-ihram-2017.html": "2016-2017", "republika/article-nasional-2016.html": "2016-2017",
    "republika/inpicture-2016.html": "2016-2017",
    "tempo/article-en-2015-11.html": "2015", "tempo/article-gaya-2015.html": "2015",
    "viva/article-life-2016.html": "2016",
}


def test_real_pages_get_their_era(realpages):
    with open(realpages / "MANIFEST.tsv", encoding="utf-8") as handle:
        manifest = [r for r in csv.DictReader(handle, delimiter="\t") if r["kind"] == "article" and r["site"] in ERA_SITES]
    assert {r["path"] for r in manifest} == set(REAL_PAGE_ERAS)  # a new saved page needs its row here
    wrong = {}
    for row in manifest:
        selector = Selector(text=(realpages / row["path"]).read_text(encoding="utf-8", errors="replace"))
        era, _ = choose_era(spider_class(row["site"]).eras, selector, url_path_day(row["original_url"]))
        if era.name != REAL_PAGE_ERAS[row["path"]]:
            wrong[row["path"]] = era.name
    assert not wrong


@pytest.mark.parametrize("site", ERA_SITES)
def test_article_fixtures_read_with_the_current_era(site):
    """The reconstructed fixtures show today's templates (merdeka's mobile-2021 one shows 2021's)."""
    cls = spider_class(site)
    for html in sorted((SITES_DIR / site).glob("*.html")):
        if not html.with_suffix(".json").exists():
            continue  # listings and later pages
        text = html.read_text(encoding="utf-8", errors="replace")
        url = re.search(r"replay-url:\s*(\S+)", text[:4000]).group(1)
        era, by = choose_era(cls.eras, Selector(text=text), url_path_day(url))
        expected = "mdk-2021" if html.name == "mobile-2021-bacajuga.html" else cls.eras[0].name
        assert era.name == expected, f"{html.name}: {era.name} by {by}"
