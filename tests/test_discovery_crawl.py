"""Per site, a discovery crawl: discovery page(s) → articles → items, exactly the expected ones.

tests/sites/<site>/discovery.json says what to run and what must come out:
    {"args": ["since=2024-06-19", "until=2024-06-19"],
     "expect_urls": ["https://…", …],            # exactly these items, each once
     "uses_realpages": false,                     # also serve ../shared/realpages by original URL
     "expect_stats": {"newscrawl/errors/http_404": 19}}   # optional: crawl stats that must equal these

Every spec runs in this process (tests/inprocess.py: the project's Crawler, spider, middlewares and
pipelines over the saved pages). A few (E2E_SITES) also run as the real `scrapy crawl` subprocess
through the loopback replay proxy, with robots.txt, the scheduler and the feed export.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import SITES_DIR, run_crawl
from inprocess import crawl_in_process
from replay import Route, realpages_dir, routes_from_fixtures, routes_from_manifest

SPECS = sorted(SITES_DIR.glob("*/discovery.json"))
# Real end-to-end crawls: generic (robots.txt, sitemaps, feeds, depth) and republika (listing pages,
# a page outside the window) cover both discovery paths through the real engine.
E2E_SITES = ("generic", "republika")


def load(spec_path: Path) -> tuple[dict[str, Any], dict[str, Route]]:
    spec = json.loads(spec_path.read_text(encoding="utf-8"))
    routes: dict[str, Route] = {}
    if spec.get("uses_realpages"):
        real = realpages_dir()
        if real is None:
            pytest.skip("needs ../shared/realpages (set NEWSCRAWL_REALPAGES or NEWSCRAWL_SHARED)")
        routes.update(routes_from_manifest(real))
    routes.update(routes_from_fixtures(spec_path.parent))
    return spec, routes


def check(spec: dict[str, Any], raw_lines: list[str], stats: dict[str, Any], validate_line, log: str = "") -> None:
    items = [validate_line(line) for line in raw_lines]
    urls = [i["url"] for i in items]
    assert sorted(urls) == sorted(spec["expect_urls"]), log
    assert len(urls) == len(set(urls))
    got = {key: stats.get(key) for key in spec.get("expect_stats", {})}
    assert got == spec.get("expect_stats", {}), log


@pytest.mark.parametrize("spec_path", [pytest.param(p, id=p.parent.name) for p in SPECS])
def test_discovery_crawl(spec_path: Path, validate_line) -> None:
    spec, routes = load(spec_path)
    result = crawl_in_process(spec_path.parent.name, routes, *spec["args"])
    check(spec, result.raw_lines, result.stats, validate_line, f"fetched: {result.fetched}")


@pytest.mark.parametrize("site", E2E_SITES)
def test_discovery_crawl_end_to_end(site: str, tmp_path: Path, validate_line) -> None:
    spec, routes = load(SITES_DIR / site / "discovery.json")
    result = run_crawl(site, routes, tmp_path, *spec["args"])
    assert result.returncode == 0, result.log[-3000:]
    check(spec, result.raw_lines, result.stats, validate_line, result.log[-3000:])


def test_gzip_sitemaps_served_as_files_are_read_and_a_corrupt_one_is_counted(validate_line) -> None:
    """A site spider's sitemap index as a sitemap.xml.gz file (gzip bytes, application/octet-stream, no
    Content-Encoding: a binary response, whose .text does not exist) and one child that is no gzip: the
    index and the good children are read as XML, the corrupt child is logged and counted, and the
    discovery goes on. Before, the binary index raised in the callback and the sitemap path gave nothing."""
    import gzip

    spec, routes = load(SITES_DIR / "tribunnews" / "discovery.json")
    index_url = "https://www.tribunnews.com/sitemap.xml"
    routes[index_url] = Route(gzip.compress(routes[index_url].body), headers={"Content-Type": "application/octet-stream"})
    child = routes["https://www.tribunnews.com/regional/sitemap-news.xml"].body
    routes["https://www.tribunnews.com/regional/sitemap-news.xml"] = Route(
        b"\x1f\x8b" + child[:200], headers={"Content-Type": "application/x-gzip"})  # gzip magic, then no gzip
    for url in list(routes):  # the index listing pages answer nothing: the sitemaps alone discover
        if "index-news" in url:
            del routes[url]
    result = crawl_in_process("tribunnews", routes, *spec["args"])
    urls = sorted(validate_line(line)["url"] for line in result.raw_lines)
    # The nasional child's article; the bisnis one is listed on the index pages only, the regional one in
    # the corrupt child.
    assert urls == [u for u in spec["expect_urls"] if "/nasional/" in u], result.fetched
    assert result.stats["newscrawl/errors/unreadable_discovery"] == 1


def test_a_sitemap_index_naming_gzipped_children_is_followed(validate_line) -> None:
    """merdeka's index naming its children "…/sitemap.xml.gz" (h12 probe: the spider's follow pattern names
    "…/sitemap.xml", so none was read and the crawl emitted nothing, silently): the gzipped children are the
    ones the pattern names."""
    import gzip

    spec, routes = load(SITES_DIR / "merdeka" / "discovery.json")
    index_url = "https://www.merdeka.com/sitemap.xml"
    routes[index_url] = Route(routes[index_url].body.replace(b"/sitemap.xml</loc>", b"/sitemap.xml.gz</loc>"),
                              headers={"Content-Type": "application/xml"})
    for section in ("peristiwa", "gaya", "jateng"):
        child = routes.pop(f"https://www.merdeka.com/{section}/sitemap.xml")
        routes[f"https://www.merdeka.com/{section}/sitemap.xml.gz"] = Route(
            gzip.compress(child.body), headers={"Content-Type": "application/x-gzip"})
    result = crawl_in_process("merdeka", routes, *spec["args"])
    urls = sorted(validate_line(line)["url"] for line in result.raw_lines)
    assert urls == sorted(spec["expect_urls"]), result.fetched


def test_a_sitemap_index_child_written_otherwise_is_followed_and_one_not_followed_is_counted(validate_line) -> None:
    """(h92 probe S3, reconstructed) merdeka's index naming a child "http://…" (an https site's CMS writing its own
    address) or with a cache-buster ("…/sitemap.xml?v=20240619"): the follow pattern names "https://…/sitemap.xml",
    so both were dropped with their sections, silently. They are the children the pattern names; the foto child
    (not meant to be read) is counted and said."""
    spec, routes = load(SITES_DIR / "merdeka" / "discovery.json")
    index_url = "https://www.merdeka.com/sitemap.xml"
    body = routes[index_url].body
    body = body.replace(b"https://www.merdeka.com/gaya/sitemap.xml<", b"http://www.merdeka.com/gaya/sitemap.xml<")
    body = body.replace(b"https://www.merdeka.com/jateng/sitemap.xml<", b"https://www.merdeka.com/jateng/sitemap.xml?v=2<")
    routes[index_url] = Route(body, headers={"Content-Type": "application/xml"})
    routes["https://www.merdeka.com/jateng/sitemap.xml?v=2"] = routes.pop("https://www.merdeka.com/jateng/sitemap.xml")
    result = crawl_in_process("merdeka", routes, *spec["args"])
    urls = sorted(validate_line(line)["url"] for line in result.raw_lines)
    assert urls == sorted(spec["expect_urls"]), result.fetched
    assert result.stats["newscrawl/discovery/sitemap_child_not_followed"] == 1  # foto
