"""One parametrized test over tests/sites/<site>/<case>.json: saved page in, snapshot item out.

The <case>.json files are REGRESSION SNAPSHOTS: the item the crawler produced when the file was
last regenerated and reviewed. A mismatch says the output changed, not which side is right; the
evidence of correctness is the hand-checked real-page tables (tests/realpages/*.json,
tests/test_realpages.py). Run with NEWSCRAWL_REGEN=1 to rewrite the snapshots from the current
output, then review every diff by reading the page.

Each site's cases run together in this process (tests/inprocess.py): a Crawler from the project
settings, the site's spider with `-a url=<every case URL>`, responses built from the site's saved
pages (every fixture file is answered by its real URL, so multi-page articles follow their pages),
Scrapy's own middleware managers, the spider callbacks and the item pipelines. Each item is then
serialized by the same JSON-lines exporter the feed uses. The real `scrapy crawl` subprocess runs
in the few end-to-end tests (test_crawl, test_discovery_crawl, test_faults).
"""
from __future__ import annotations

import json
import os
import re
from datetime import datetime, timedelta, timezone
from functools import lru_cache
from pathlib import Path

import pytest

from conftest import SITES_DIR
from inprocess import InProcessResult, crawl_in_process
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
def crawl_site(site: str) -> InProcessResult:
    urls = [case_url(SITES_DIR / site / f"{case}.html") for s, case in cases() if s == site]
    return crawl_in_process(site, routes_from_fixtures(SITES_DIR / site), f"url={','.join(urls)}")


@pytest.mark.parametrize(("site", "case"), [pytest.param(s, c, marks=pytest.mark.xdist_group(s), id=f"{s}/{c}") for s, c in cases()])
def test_site_case(site: str, case: str, validate_line) -> None:
    result = crawl_site(site)
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
    assert not mismatches, (f"{site}/{case}: output differs from the regression snapshot (check the page "
                            "to see which side is right):\n" + "\n".join(mismatches))
