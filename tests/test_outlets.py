"""The outlet catalogue (newscrawl/catalogue): its format's rules, one spider per entry, the zones,
and per outlet an offline discovery crawl over its reconstructed pages (tests/outlets/<outlet>/).

tests/outlets/<outlet>/ holds pages RECONSTRUCTED from the facts in ../shared/OUTLETS.md (each says so
in its header comment, and names the URL it answers with ``<!-- replay-url: URL -->``), plus:
    discovery.json   {"args": ["since=…", "until=…"], "expect_urls": [...]}: a discovery crawl over
                     the outlet's pages must emit exactly these, each once; optional "routes":
                     {"URL": "file.json"} serves files that cannot carry a replay-url comment (JSON APIs);
    *.truth.json     {"url": …, "title": …, "published_at": …, "authors": […], "body": […]}: what the
                     item of that URL must hold, written by reading the page (not the crawler's output).
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from conftest import REPO
from inprocess import crawl_in_process
from replay import Route, routes_from_fixtures

from newscrawl.catalogue import CatalogueError, Unsupported, load_catalogue, outlets, parse_entry, unsupported_outlets
from newscrawl.catalogue.table import README_BEGIN, README_END, markdown, project_spiders, rows
from newscrawl.dates import WIB, parse_date

OUTLETS_DIR = REPO / "tests" / "outlets"
OUTLET_NAMES = [o.name for o in outlets()]
SITE_SPIDERS = 20

_GOOD = """
title = "Contoh"
domains = ["contoh.id"]
article_url = '^https://contoh\\.id/berita/(?P<id>\\d+)'
listing = ["https://contoh.id/indeks?page={page}"]
"""


@pytest.mark.parametrize("change, message", [
    ('title = "Contoh"', "title is required"),
    ('listing = ["https://contoh.id/indeks?page={page}"]', "no discovery"),
    ('article_url = \'^https://contoh\\.id/berita/(?P<id>\\d+)\'', "article_url is required"),
])
def test_an_entry_without_a_required_key_is_refused(change: str, message: str) -> None:
    with pytest.raises(CatalogueError, match=message):
        parse_entry("contoh", _GOOD.replace(change, ""))


@pytest.mark.parametrize("extra, message", [
    ('zone = "CET"', "zone must be one of"),
    ('language = "jv"', "language must be one of"),
    ('feeds = ["contoh.id/feed"]', "is not absolute"),
    ('sitemaps = ["https://contoh.id/sitemap-{year}.xml"]', r"uses \['year'\]"),
    ('colour = "red"', "unknown key"),
    ('rules = {residue = ["(unclosed"]}', "is not a regex"),
    ('rules = {body_css = ["div"]}', "unknown rule"),
    ('canary = "https://contoh.id/tentang"', "the canary is not an article URL"),
    ('hook = "no_such_hook"', "hook 'no_such_hook' is not in newscrawl/catalogue/hooks.py"),
])
def test_an_entry_that_breaks_a_rule_is_refused_by_name(extra: str, message: str) -> None:
    with pytest.raises(CatalogueError, match=r"catalogue outlet contoh .*" + message):
        parse_entry("contoh", _GOOD + extra + "\n")


def test_a_bad_name_an_unsupported_outlet_without_reason_and_broken_toml_are_refused() -> None:
    with pytest.raises(CatalogueError, match="lower-case"):
        parse_entry("Contoh-Id", _GOOD)
    with pytest.raises(CatalogueError, match="needs its reason"):
        parse_entry("lain", 'title = "Lain"\nunsupported = ""\n')
    with pytest.raises(CatalogueError, match="not TOML"):
        parse_entry("lain", 'title = "Lain\n')
    entry = parse_entry("lain", 'title = "Lain"\ndomains = ["lain.id"]\nunsupported = "needs a browser"\n')
    assert isinstance(entry, Unsupported) and entry.reason == "needs a browser"


def test_the_shipped_catalogue_is_valid_and_names_no_site_spider_twice() -> None:
    supported, unsupported = load_catalogue()
    assert supported, "the catalogue is empty"
    names = [o.name for o in supported] + [u.name for u in unsupported]
    assert len(names) == len(set(names))
    site_modules = {p.stem for p in (REPO / "newscrawl" / "spiders").glob("*.py")} - {"outlets"}
    assert not set(names) & site_modules, "an outlet with its own spider module is not a catalogue entry"


def test_scrapy_list_shows_every_site_spider_and_every_supported_outlet() -> None:
    listed = subprocess.run([sys.executable, "-m", "scrapy", "list"], cwd=REPO, capture_output=True, text=True,
                            check=True).stdout.split()
    site_spiders = sorted(set(listed) - set(OUTLET_NAMES) - {"generic"})
    assert len(site_spiders) == SITE_SPIDERS, site_spiders
    assert set(OUTLET_NAMES) <= set(listed)
    assert not {u.name for u in unsupported_outlets()} & set(listed), "an unsupported outlet is never a spider"


def test_scrapy_list_verbose_gives_each_unsupported_outlet_its_reason() -> None:
    out = subprocess.run([sys.executable, "-m", "scrapy", "list", "--verbose"], cwd=REPO, capture_output=True,
                         text=True, check=True).stdout
    lines = {line.split("\t")[0]: line.split("\t") for line in out.splitlines()[1:]}
    for outlet in unsupported_outlets():
        assert lines[outlet.name][1] == "unsupported" and lines[outlet.name][-1] == outlet.reason
    for name in OUTLET_NAMES:
        assert lines[name][1] == "catalogue"


def test_the_readme_table_is_the_catalogue() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert README_BEGIN in readme and README_END in readme, "README lacks the outlet table block"
    block = readme.split(README_BEGIN, 1)[1].split(README_END, 1)[0].strip()
    assert block == markdown(rows(project_spiders())), (
        "README's outlet table is stale: regenerate it with `python -m newscrawl.catalogue.table`")


@pytest.mark.parametrize("outlet", [o for o in outlets() if o.zone != "WIB"], ids=lambda o: o.name)
def test_an_outlet_outside_wib_reads_naive_times_in_its_zone(outlet) -> None:
    spider = next(s for s in project_spiders() if s.name == outlet.name)
    url = f"https://www.{outlet.domains[0]}/berita/1"
    zone = spider.zone_for(spider.__new__(spider), url)
    assert zone == outlet.timezone != WIB
    moment = parse_date("Rabu, 19 Juni 2024 20:40", zone=zone)
    assert moment.utcoffset() == outlet.timezone.utcoffset(None)
    assert parse_date("Rabu, 19 Juni 2024 20:40 WIB", zone=zone).utcoffset() == WIB.utcoffset(None)


def test_every_supported_outlet_has_its_offline_fixture() -> None:
    missing = [name for name in OUTLET_NAMES if not (OUTLETS_DIR / name / "discovery.json").is_file()]
    assert not missing, f"outlets without tests/outlets/<outlet>/discovery.json: {missing}"
    orphans = sorted(p.name for p in OUTLETS_DIR.iterdir() if p.is_dir() and p.name not in OUTLET_NAMES)
    assert not orphans, f"fixture folders of no catalogue outlet: {orphans}"


def _truths(folder: Path) -> list[dict[str, Any]]:
    """The hand-written truth files (``*.truth.json``), each naming the item's URL."""
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.truth.json"))]


@pytest.mark.parametrize("name", [n for n in OUTLET_NAMES if (OUTLETS_DIR / n / "discovery.json").is_file()])
def test_outlet_discovery_crawl(name: str, validate_line) -> None:
    folder = OUTLETS_DIR / name
    spec = json.loads((folder / "discovery.json").read_text(encoding="utf-8"))
    routes = routes_from_fixtures(folder)
    for url, file_name in spec.get("routes", {}).items():
        content_type = "application/json" if file_name.endswith(".json") else "text/html; charset=utf-8"
        routes[url] = Route((folder / file_name).read_bytes(), headers={"Content-Type": content_type})
    result = crawl_in_process(name, routes, *spec["args"])
    items = [validate_line(line) for line in result.raw_lines]
    urls = [item["url"] for item in items]
    assert sorted(urls) == sorted(spec["expect_urls"]), f"fetched: {result.fetched}"
    assert len(urls) == len(set(urls))
    truths = _truths(folder)
    assert truths, f"tests/outlets/{name} has no *.truth.json"
    by_url = {item["url"]: item for item in items}
    for truth in truths:
        item = by_url.get(truth["url"])
        assert item is not None, f"no item for {truth['url']}"
        for key, expected in truth.items():
            assert item[key] == expected, f"{name} {key}: got {item[key]!r}, expected {expected!r}"


def test_an_article_asked_for_by_url_is_read_even_under_an_undeclared_url_shape(validate_line) -> None:
    """-a url= with a URL the entry's article pattern does not know (an older scheme): still read."""
    folder = OUTLETS_DIR / "balipost"
    page = (folder / "article.html").read_bytes().replace(b'<meta property="og:type" content="article">', b"")
    old_url = "https://www.balipost.com/index.php?id=402311"
    result = crawl_in_process("balipost", {old_url: Route(page, headers={"Content-Type": "text/html"})},
                              f"url={old_url}")
    items = [validate_line(line) for line in result.raw_lines]
    assert [i["title"] for i in items] == ["Ribuan Pemedek Padati Pura Besakih Saat Purnama"]
    assert items[0]["published_at"] == "2024-06-19T20:40:00+08:00"
    assert items[0]["id"] == "balipost.com/402311"  # generic's number, led by the host (h265 B: was null)


@pytest.mark.parametrize("selected, main, fragment", [
    (["Paragraf satu yang cukup panjang."], ["Paragraf satu yang cukup panjang.", "Dua " * 20, "Tiga " * 20], True),
    (["Paragraf satu.", "Dua " * 20, "Tiga " * 20], ["Paragraf satu.", "Dua " * 20, "Tiga " * 20], False),
    (["Teks lain sama sekali."], ["Paragraf satu yang cukup panjang.", "Dua " * 20], False),  # not in main
    (["Paragraf satu."], [], False),  # no main text to switch to
])
def test_a_selector_body_that_is_a_fragment_of_the_main_text_gives_way(selected, main, fragment) -> None:
    from newscrawl.spiders.outlets import body_is_fragment

    assert body_is_fragment(selected, main) is fragment


def test_an_outlet_without_discovery_reads_only_urls_and_cron_leaves_it_out() -> None:
    """pikiranrakyat's discovery needs a browser: without -a url= the crawl stops as a bad argument
    (exit 2 from `scrapy crawl`, one ERROR line), and the cron entry does not schedule it."""
    from scrapy.spiderloader import SpiderLoader
    from scrapy.utils.project import get_project_settings

    from newscrawl.cron import scheduled_spiders

    url_only = [o.name for o in outlets() if o.discovery_unsupported]
    assert "pikiranrakyat" in url_only
    process = subprocess.run([sys.executable, "-m", "scrapy", "crawl", "pikiranrakyat", "-s", "FEEDS={}"], cwd=REPO,
                             capture_output=True, text=True, timeout=120)
    assert process.returncode == 2, process.stderr[-2000:]
    assert "Bad spider argument: pikiranrakyat needs -a url=" in process.stderr
    scheduled = scheduled_spiders(SpiderLoader.from_settings(get_project_settings()))
    assert not set(url_only) & set(scheduled) and "generic" not in scheduled
    assert {o.name for o in outlets()} - set(url_only) <= set(scheduled)


def test_no_outlet_claims_another_outlets_canary() -> None:
    """Each canary is an article of its own outlet only: two entries whose article URLs overlap (the PR
    network's pikiranrakyat and galamedia share a domain) would both crawl, and emit, the same pages."""
    import re

    from newscrawl.urls import same_site

    claims = {o.canary: sorted(other.name for other in outlets()
                               if other.name != o.name and re.search(other.article_url, o.canary)
                               and same_site(o.canary, list(other.domains)))
              for o in outlets() if o.canary}
    assert not {canary: names for canary, names in claims.items() if names}


def test_a_static_page_under_a_one_segment_pattern_is_not_an_article(validate_line) -> None:
    """independen's articles are /{slug}, and so are its static pages: a "Kode Etik" page linked from
    the homepage has no date and says nothing of an article, and is dropped as not_article (counted);
    the same page asked for with -a url= is read as an article page (whatever its body then gives)."""
    folder = OUTLETS_DIR / "independen"
    routes = routes_from_fixtures(folder)
    static = "https://independen.id/kode-etik-jurnalistik"
    listing = routes["https://independen.id/"]
    routes["https://independen.id/"] = Route(listing.body.replace(
        b"</body>", f'<footer><a href="{static}">Kode Etik</a></footer></body>'.encode()), headers=listing.headers)
    routes[static] = Route(
        b"<html><head><title>Kode Etik Jurnalistik - Independen.id</title><meta property='og:type' content='website'>"
        b"</head><body><h1>Kode Etik Jurnalistik</h1>"
        b"<p>Wartawan Indonesia bersikap independen, menghasilkan berita yang akurat, berimbang, dan tidak "
        b"beriktikad buruk dalam setiap pemberitaan yang disiarkan kepada publik.</p>"
        b"<p>Wartawan Indonesia menempuh cara-cara yang profesional dalam melaksanakan tugas jurnalistik, "
        b"termasuk menunjukkan identitas diri kepada narasumber.</p>"
        b"<p>Wartawan Indonesia selalu menguji informasi, memberitakan secara berimbang, tidak mencampurkan "
        b"fakta dan opini yang menghakimi, serta menerapkan asas praduga tak bersalah.</p>"
        b"<p>Wartawan Indonesia tidak membuat berita bohong, fitnah, sadis, dan cabul, serta tidak menyebutkan "
        b"identitas korban kejahatan susila dan anak yang menjadi pelaku kejahatan.</p>"
        b"<p>Wartawan Indonesia segera mencabut, meralat, dan memperbaiki berita yang keliru dan tidak akurat "
        b"disertai dengan permintaan maaf kepada pembaca, pendengar, dan pemirsa.</p>"
        b"</body></html>", headers={"Content-Type": "text/html"})
    spec = json.loads((folder / "discovery.json").read_text(encoding="utf-8"))
    result = crawl_in_process("independen", routes, *spec["args"])
    assert static in result.fetched
    assert sorted(validate_line(line)["url"] for line in result.raw_lines) == sorted(spec["expect_urls"])
    assert result.stats.get("newscrawl/dropped/not_article") == 1
    asked = crawl_in_process("independen", routes, f"url={static}")
    assert "newscrawl/dropped/not_article" not in asked.stats and asked.stats.get("newscrawl/articles/pages") == 1


def test_an_entry_hook_adjusts_each_article(monkeypatch) -> None:
    """The hook an entry names (newscrawl/catalogue/hooks.py) runs on every article the outlet reads."""
    from newscrawl.catalogue import hooks
    from newscrawl.extract import RawArticle
    from newscrawl.spiders.outlets import spider_class

    calls: list[str] = []
    monkeypatch.setitem(hooks.HOOKS, "mark", lambda raw, response: calls.append(raw.url))
    spider = spider_class(parse_entry("contoh", _GOOD + 'hook = "mark"\n'))
    raw = RawArticle(url="https://contoh.id/berita/1")
    spider.__new__(spider).adjust_article(raw, None)
    assert calls == ["https://contoh.id/berita/1"]
