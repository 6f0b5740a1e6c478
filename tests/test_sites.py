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
in the few end-to-end tests (test_crawl, test_discovery_crawl, test_faults), and here for two
multi-page sites to check that both paths give the same items.
"""
from __future__ import annotations

import json
import os
import re
from datetime import datetime, timedelta, timezone
from functools import lru_cache
from pathlib import Path

import pytest

from conftest import SITES_DIR, run_crawl
from inprocess import InProcessResult, crawl_in_process
from newscrawl.urls import canonical_url
from replay import Route, routes_from_fixtures

REGEN = os.environ.get("NEWSCRAWL_REGEN") == "1"
_REPLAY_URL = re.compile(r"<!--\s*replay-url:\s*(\S+)")


def case_url(html_path: Path) -> str:
    match = _REPLAY_URL.search(html_path.read_text(encoding="utf-8", errors="replace")[:4000])
    assert match, f"{html_path} declares no <!-- replay-url: … -->"
    return match.group(1)


def cases() -> list[tuple[str, str]]:
    # A case is a saved page with its expected item beside it (discovery.json is not one).
    return sorted((p.parent.name, p.stem) for p in SITES_DIR.glob("*/*.json") if p.with_suffix(".html").exists())


def site_case_urls(site: str) -> list[str]:
    return [case_url(SITES_DIR / site / f"{case}.html") for s, case in cases() if s == site]


@lru_cache(maxsize=None)
def crawl_site(site: str) -> InProcessResult:
    return crawl_in_process(site, routes_from_fixtures(SITES_DIR / site), f"url={','.join(site_case_urls(site))}")


@pytest.mark.parametrize(("site", "case"), [pytest.param(s, c, marks=pytest.mark.xdist_group(s), id=f"{s}/{c}") for s, c in cases()])
def test_site_case(site: str, case: str, validate_line) -> None:
    result = crawl_site(site)
    for line in result.raw_lines:
        validate_line(line)
    expected_path = SITES_DIR / site / f"{case}.json"
    text = expected_path.read_text(encoding="utf-8").strip()
    expected = json.loads(text) if text else {}  # a new case starts as an empty .json beside its page
    # Its item is the one whose URL is the page's replay-url, canonical (the item's url may differ, then
    # the regenerated .json names it).
    actual = dict(result.item(expected.get("url") or canonical_url(case_url(SITES_DIR / site / f"{case}.html"))))
    crawled_at = datetime.fromisoformat(actual.pop("crawled_at"))
    assert timedelta(0) <= datetime.now(timezone.utc) - crawled_at < timedelta(hours=1)
    if REGEN:
        expected_path.write_text(json.dumps(actual, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        pytest.skip(f"regenerated {expected_path.relative_to(SITES_DIR.parent.parent)}: review the diff")
    assert expected, f"{expected_path} is empty: fill it with NEWSCRAWL_REGEN=1 and review it"
    mismatches = [
        f"{field}:\n  expected {expected.get(field)!r}\n  actual   {actual.get(field)!r}"
        for field in sorted(set(expected) | set(actual))
        if expected.get(field) != actual.get(field)
    ]
    assert not mismatches, (f"{site}/{case}: output differs from the regression snapshot (check the page "
                            "to see which side is right):\n" + "\n".join(mismatches))


# Multi-page sites ("show all" view, page-by-page stitching) where the two paths could most easily part.
@pytest.mark.parametrize("site", ["sindonews", "detik"])
def test_in_process_items_equal_the_real_crawl(site: str, tmp_path: Path) -> None:
    """The in-process path is a stand-in for `scrapy crawl`: both give the same items, line for line."""
    routes = routes_from_fixtures(SITES_DIR / site)
    real = run_crawl(site, routes, tmp_path, f"url={','.join(site_case_urls(site))}")
    assert real.returncode == 0, real.log[-3000:]

    def comparable(lines: list[str]) -> list[dict]:
        return sorted(({k: v for k, v in json.loads(line).items() if k != "crawled_at"} for line in lines),
                      key=lambda item: item["url"])

    in_process = crawl_site(site)
    assert comparable(in_process.raw_lines) == comparable(real.raw_lines)
    assert len(real.raw_lines) == len(site_case_urls(site))

    def project_stats(stats: dict) -> dict:  # what the project's own code counted
        return {key: value for key, value in stats.items() if key.startswith("newscrawl/")}

    assert project_stats(in_process.stats) == project_stats(real.stats)


def test_a_site_drop_rule_matches_a_class_token_not_the_attributes_start() -> None:
    """(h46 probe: class lists reordered) bisnis dropped its "baca juga" box by [class^='baca-juga'], the attribute's
    start: with a utility class first (class="mt-3 baca-juga-box") the related headline stayed in the story."""
    page = (SITES_DIR / "bisnis" / "article.html").read_text(encoding="utf-8")
    case = json.loads((SITES_DIR / "bisnis" / "article.json").read_text(encoding="utf-8"))
    page = page.replace('class="baca-juga-box"', 'class="mt-3 baca-juga-box"')
    result = crawl_in_process("bisnis", {case["url"]: Route(page.encode())}, f"url={case['url']}")
    [item] = result.items
    assert item["body"] == case["body"]
