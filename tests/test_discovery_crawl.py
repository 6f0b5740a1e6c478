"""Per site, an e2e loopback crawl: discovery page(s) → articles → JSONL.

tests/sites/<site>/discovery.json says what to run and what must come out:
    {"args": ["since=2024-06-19", "until=2024-06-19"],
     "expect_urls": ["https://…", …],            # exactly these items, each once
     "uses_realpages": false,                     # also serve ../shared/realpages by original URL
     "expect_stats": {"newscrawl/errors/http_404": 19}}   # optional: crawl stats that must equal these
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import SITES_DIR, run_crawl
from replay import realpages_dir, routes_from_fixtures, routes_from_manifest

SPECS = sorted(SITES_DIR.glob("*/discovery.json"))


@pytest.mark.parametrize("spec_path", [pytest.param(p, id=p.parent.name) for p in SPECS])
def test_discovery_crawl(spec_path: Path, tmp_path: Path, validate_line) -> None:
    spec = json.loads(spec_path.read_text(encoding="utf-8"))
    site = spec_path.parent.name
    routes = {}
    if spec.get("uses_realpages"):
        real = realpages_dir()
        if real is None:
            pytest.skip("needs ../shared/realpages (set NEWSCRAWL_REALPAGES or NEWSCRAWL_SHARED)")
        routes.update(routes_from_manifest(real))
    routes.update(routes_from_fixtures(spec_path.parent))
    result = run_crawl(site, routes, tmp_path, *spec["args"])
    assert result.returncode == 0, result.log[-3000:]
    items = [validate_line(line) for line in result.raw_lines]
    urls = [i["url"] for i in items]
    assert sorted(urls) == sorted(spec["expect_urls"]), result.log[-3000:]
    assert len(urls) == len(set(urls))
    stats = {key: result.stats.get(key) for key in spec.get("expect_stats", {})}
    assert stats == spec.get("expect_stats", {}), result.log[-3000:]
