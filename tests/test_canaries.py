"""Each site's canary contract (newscrawl/canaries.py) run by the real `scrapy check`, offline: the replay
proxy serves every site's test pages and the saved real pages under their real URLs."""
from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from conftest import REPO, SITES_DIR
from newscrawl.canaries import CANARIES
from newscrawl.catalogue import outlets
from replay import ReplayProxy, Route, realpages_dir, routes_from_fixtures, routes_from_manifest


def test_every_named_site_has_a_canary():
    names = subprocess.run([sys.executable, "-m", "scrapy", "list"], cwd=REPO, capture_output=True, text=True,
                           check=True, timeout=120).stdout.split()
    catalogue = {o.name for o in outlets()}
    assert sorted(CANARIES) == sorted(n for n in names if n != "generic" and n not in catalogue)
    # A catalogue outlet's canary is its entry's `canary` key (newscrawl/catalogue).
    assert not [o.name for o in outlets() if not o.canary], "catalogue outlets without a canary"


def test_scrapy_check_runs_every_canary_offline():
    real = realpages_dir()
    if real is None and any(source == "real" for _url, _fields, source in CANARIES.values()):
        pytest.skip("the real pages' canaries need ../shared/realpages (set NEWSCRAWL_REALPAGES or NEWSCRAWL_SHARED)")
    routes = dict(routes_from_manifest(real))
    for site_dir in sorted(p for p in [*SITES_DIR.iterdir(), *(REPO / "tests" / "outlets").iterdir()] if p.is_dir()):
        routes.update(routes_from_fixtures(site_dir))
    canaries = {**{site: url for site, (url, _f, _s) in CANARIES.items()},
                **{o.name: o.canary for o in outlets()}}
    with ReplayProxy(routes) as proxy:
        process = subprocess.run([sys.executable, "-m", "scrapy", "check", "-s", "DOWNLOAD_DELAY=0",
                                  "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "RETRY_TIMES=0"],
                                 cwd=REPO, env={**os.environ, **proxy.env()}, capture_output=True, text=True,
                                 timeout=600)
        hits = list(proxy.hits)
    report = process.stdout + process.stderr
    assert process.returncode == 0, report[-5000:]
    # 4 contracts (2 × @returns, @scrapes, @filled; @url only makes the request) per site; every page fetched.
    assert re.search(rf"Ran {4 * len(canaries)} contracts in", report), report[-3000:]
    fetched = {url.split("://", 1)[1] for _method, url, status in hits if status == 200}
    for site, url in canaries.items():
        assert url.split("://", 1)[1] in fetched, f"{site}: {url} not fetched"


def test_a_canary_fails_when_the_page_loses_its_article():
    """The canary can fail: the canary URL answering a page with a headline and nothing else (a layout
    the extraction no longer reads) breaks @filled."""
    url = CANARIES["sindonews"][0]
    routes = dict(routes_from_fixtures(SITES_DIR / "sindonews"))
    routes[url] = Route("<html><head><title>Tiga Amalan Sunnah</title></head>"
                        "<body><h1>Tiga Amalan Sunnah</h1><div class='new-layout'></div></body></html>")
    with ReplayProxy(routes) as proxy:
        process = subprocess.run([sys.executable, "-m", "scrapy", "check", "sindonews"], cwd=REPO,
                                 env={**os.environ, **proxy.env()}, capture_output=True, text=True, timeout=300)
    report = process.stdout + process.stderr
    assert process.returncode == 1, report[-3000:]
    assert re.search(r"Empty fields: [a-z_, ]*\bbody\b", report), report[-3000:]
