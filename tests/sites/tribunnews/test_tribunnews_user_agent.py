"""tribunnews: CloudFront answers 403 to non-browser user agents (SITES.md/EGI), so the spider sends a
desktop Chrome USER_AGENT. This runs the discovery crawl of discovery.json through routes that answer
403 unless the request's User-Agent looks like a desktop browser: with the spider's own settings every
expected article comes out; with the project's default polite UA forced on the command line, every
page is refused and nothing comes out (so the gate really discriminates).
"""
from __future__ import annotations

import json
import re
from pathlib import Path

from conftest import SITES_DIR, run_crawl
from newscrawl import settings as project_settings
from replay import RequestInfo, Route, routes_from_fixtures

SPEC = json.loads((SITES_DIR / "tribunnews" / "discovery.json").read_text(encoding="utf-8"))
_BROWSER = re.compile(r"^Mozilla/5\.0 \((?:Windows|Macintosh|X11)[^)]*\) .*(?:Chrome|Firefox)/\d")
_NOT_BROWSER = re.compile(r"bot|crawl|spider|scrapy|python|curl|wget|newscrawl", re.IGNORECASE)
FORBIDDEN = Route(b"<html><body><h1>403 ERROR</h1>The request could not be satisfied.</body></html>", status=403)


def looks_like_browser(request: RequestInfo) -> bool:
    agent = next((v for k, v in request.headers.items() if k.lower() == "user-agent"), "")
    return bool(_BROWSER.match(agent)) and not _NOT_BROWSER.search(agent)


def gated_routes() -> dict:
    def gate(route: Route):
        return lambda _hit, request: route if looks_like_browser(request) else FORBIDDEN
    return {url: gate(route) for url, route in routes_from_fixtures(SITES_DIR / "tribunnews").items()}


def test_spider_user_agent_passes_the_browser_gate(tmp_path: Path, validate_line) -> None:
    result = run_crawl("tribunnews", gated_routes(), tmp_path, *SPEC["args"])
    assert result.returncode == 0, result.log[-3000:]
    urls = sorted(validate_line(line)["url"] for line in result.raw_lines)
    assert urls == sorted(SPEC["expect_urls"]), result.log[-3000:]
    assert not [hit for hit in result.hits if hit[2] == 403], result.hits
    # The whole article came from ?page=all; page 2 alone was never needed.
    fetched = [url for _method, url, _status in result.hits]
    assert any(url.endswith("?page=all") for url in fetched)
    assert not any(url.endswith("?page=2") for url in fetched)


def test_generic_user_agent_is_refused(tmp_path: Path) -> None:
    result = run_crawl("tribunnews", gated_routes(), tmp_path, *SPEC["args"],
                       settings={"USER_AGENT": project_settings.USER_AGENT})
    assert result.returncode == 0, result.log[-3000:]
    assert result.items == []
    listing = [hit for hit in result.hits if "/index-news" in hit[1] or hit[1].endswith("sitemap.xml")]
    assert listing and all(status == 403 for _method, _url, status in listing), result.hits
