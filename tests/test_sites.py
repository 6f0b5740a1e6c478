"""One parametrized test over tests/sites/<site>/<case>.json: saved page in, expected item out.

Each site's cases are crawled together by the real `scrapy crawl <site> -a url=…` through the
loopback replay proxy (every fixture file of the site is served by its real URL). Run with
NEWSCRAWL_REGEN=1 to rewrite the expected .json files from the current output, then review the diff.
"""
from __future__ import annotations

import json
import os
import re
from datetime import datetime, timedelta, timezone
from functools import lru_cache
from pathlib import Path

import pytest

from conftest import SITES_DIR, CrawlResult, run_crawl
from replay import routes_from_fixtures

REGEN = os.environ.get("NEWSCRAWL_REGEN") == "1"
_REPLAY_URL = re.compile(r"<!--\s*replay-url:\s*(\S+)")


def case_url(html_path: Path) -> str:
    match = _REPLAY_URL.search(html_path.read_text(encoding="utf-8", errors="replace")[:4000])
    assert match, f"{html_path} declares no <!-- replay-url: … -->"
    return match.group(1)


def cases() -> list[tuple[str, str]]:
    # A case is a saved page with its expected item beside it (discovery.json is not one).
    return sorted((p.parent.name, p.stem) for p in SITES_DIR.glob("*/*.json") if p.with_suffix(".html").exists())


@lru_cache(maxsize=None)
def crawl_site(site: str, workdir: str) -> CrawlResult:
    urls = [case_url(SITES_DIR / site / f"{case}.html") for s, case in cases() if s == site]
    return run_crawl(site, routes_from_fixtures(SITES_DIR / site), Path(workdir) / site, f"url={','.join(urls)}")


@pytest.mark.parametrize(("site", "case"), [pytest.param(s, c, marks=pytest.mark.xdist_group(s), id=f"{s}/{c}") for s, c in cases()])
def test_site_case(site: str, case: str, tmp_path_factory, validate_line) -> None:
    workdir = tmp_path_factory.getbasetemp() / "site-crawls"
    result = crawl_site(site, str(workdir))
    assert result.returncode == 0, result.log[-4000:]
    for line in result.raw_lines:
        validate_line(line)
    expected_path = SITES_DIR / site / f"{case}.json"
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    actual = dict(result.item(expected["url"]))
    crawled_at = datetime.fromisoformat(actual.pop("crawled_at"))
    assert timedelta(0) <= datetime.now(timezone.utc) - crawled_at < timedelta(hours=1)
    if REGEN:
        expected_path.write_text(json.dumps(actual, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        pytest.skip(f"regenerated {expected_path.relative_to(SITES_DIR.parent.parent)}: review the diff")
    mismatches = [
        f"{field}:\n  expected {expected.get(field)!r}\n  actual   {actual.get(field)!r}"
        for field in sorted(set(expected) | set(actual))
        if expected.get(field) != actual.get(field)
    ]
    assert not mismatches, f"{site}/{case}: " + "\n".join(mismatches)
