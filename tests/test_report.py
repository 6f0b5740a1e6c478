"""The run report (issue 10, item 8): rendered from real cron summaries, checked in a real headless
Chromium: the screenshot is not blank and shows red and green, and the page's numbers are the summaries'."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from parsel import Selector

from conftest import run_cron
from replay import Route
from newscrawl.report import render, site_histories, write_report
from png import colour_counts
from synthetic_site import DAY, site_routes

WINDOW = ("--spiders", "sindonews", "--since", DAY, "--until", DAY)
GREEN, RED = (0x22, 0xC5, 0x5E), (0xEF, 0x44, 0x44)
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]
pytestmark = pytest.mark.xdist_group("cron")


def chromium() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if path is None:
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail("chromium is missing under CI (.ci/run installs Debian's chromium)")
        pytest.skip("chromium not installed (apt-get install chromium); CI installs it and runs this test")
    return path


def browse(page: Path, tmp: Path, *mode: str) -> subprocess.CompletedProcess:
    profile = tmp / "profile"
    return subprocess.run([chromium(), *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *mode, page.as_uri()],
                          capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def two_runs(tmp_path_factory):
    """A run where the site blocked everything, then a healthy run: red and green in one report."""
    workdir = tmp_path_factory.mktemp("report")
    blocked = run_cron({url: Route(body=b"no", status=403) for url in site_routes(5)}, workdir, *WINDOW)
    healthy = run_cron(site_routes(5), workdir, *WINDOW)
    assert (blocked.returncode, healthy.returncode) == (3, 0), blocked.stderr + healthy.stderr
    return workdir, [blocked.summary, healthy.summary]


def test_cron_refreshes_the_report(two_runs):
    workdir, summaries = two_runs
    page = (workdir / "output" / "report.html").read_text(encoding="utf-8")
    assert summaries[-1]["run_id"] in page  # rewritten after the last run


def test_page_is_self_contained(two_runs):
    workdir, _ = two_runs
    page = (workdir / "output" / "report.html").read_text(encoding="utf-8")
    assert "<script" not in page and "http://" not in page and "https://" not in page and "<link" not in page
    assert "<svg" in page


def test_headless_chromium_shows_the_summaries(two_runs, tmp_path):
    workdir, summaries = two_runs
    page = workdir / "output" / "report.html"
    # The DOM as Chromium parsed it: the numbers are the summaries'.
    dom = browse(page, tmp_path, "--dump-dom")
    assert dom.returncode == 0, dom.stderr[-2000:]
    html = Selector(text=dom.stdout)
    site = html.css('section.site[data-site="sindonews"]')
    assert len(site) == 1
    blocked, healthy = (s["sites"]["sindonews"] for s in summaries)
    assert [int(v) for v in site.css("rect.bar::attr(data-emitted)").getall()] == [
        blocked["items_emitted"], healthy["items_emitted"]] == [0, 5]
    assert site.css(".kpis .emitted::text").get() == str(healthy["items_emitted"])
    assert site.css(".pill::text").get() == "OK"
    for field, key in (("dates", "with_date"), ("authors", "with_authors"), ("body ≥2 ¶", "body_2plus")):
        value = site.css(f'.gauge[data-share="{field}"]::attr(data-value)').get()
        assert float(value) == healthy["health"][key], field
    assert site.css('tr[data-kind="blocked"] td.latest-failed::text').get() == "0"
    assert site.css('tr[data-kind="blocked"] td.num:last-child::text').get() == "1"
    alarm = " ".join(site.css(".alarms li.past ::text").getall())
    assert blocked["health"]["failures"] == ["discovery: blocked (403, 429 or a bot challenge) on 1 of 1 request"]
    assert blocked["health"]["failures"][0] in alarm
    # The screenshot: a page was drawn (many colours, not one flat fill), with green and red in it.
    shot = tmp_path / "x.png"
    result = browse(page, tmp_path, f"--screenshot={shot}", "--window-size=1400,1000")
    assert result.returncode == 0 and shot.exists(), result.stderr[-2000:]
    colours = colour_counts(shot)
    assert len(colours) > 50, len(colours)
    assert max(colours.values()) < 0.9 * sum(colours.values())
    assert colours.get(GREEN, 0) > 500 and colours.get(RED, 0) > 50, (colours.get(GREEN), colours.get(RED))


def test_failing_site_is_red_and_listed_first():
    summaries = []
    for n, (run_id, ok) in enumerate((("20240619T000000Z", True), ("20240619T001000Z", False))):
        healthy = {"healthy": True, "failures": [], "with_date": 1.0, "with_authors": 1.0, "body_2plus": 1.0}
        failing = {"healthy": False, "failures": ["date: 10% of 10 below 80%"], "with_date": 0.1,
                   "with_authors": 1.0, "body_2plus": 1.0}
        summaries.append({"run_id": run_id, "started": f"2024-06-19T00:{n}0:00+00:00", "sites": {
            "aaa": {"finish_reason": "finished", "items_emitted": 3, "health": healthy},
            "zzz": {"finish_reason": "finished", "items_emitted": 2, "health": healthy if ok else failing}}})
    assert [s.name for s in site_histories(summaries)] == ["zzz", "aaa"]
    page = Selector(text=render(summaries))
    assert page.css(".banner::text").get() == "1 of 2 sites FAILING"
    assert page.css('section[data-site="zzz"] .pill::text').get() == "FAILING"
    assert page.css('section[data-site="zzz"] .alarms li.now ::text').getall()[-1] == "date: 10% of 10 below 80%"


def test_no_runs_yet(tmp_path):
    page = write_report(tmp_path).read_text(encoding="utf-8")
    assert "No cron runs yet" in page


def test_torn_summary_is_skipped(tmp_path):
    (tmp_path / "runs").mkdir()
    (tmp_path / "runs" / "20240619T000000Z.summary.json").write_text('{"run_id": "20240619T0', encoding="utf-8")
    (tmp_path / "runs" / "20240619T001000Z.summary.json").write_text(json.dumps(
        {"run_id": "20240619T001000Z", "sites": {"s": {"items_emitted": 4, "health": {"healthy": True}}}}))
    page = Selector(text=write_report(tmp_path).read_text(encoding="utf-8"))
    assert page.css('section[data-site="s"]::attr(data-latest-emitted)').get() == "4"


def test_a_discovery_that_fell_short_is_shown():
    """(h146 probe) a cron run whose feed did not reach back to the last run, or whose listing stopped at max_pages,
    read "OK" with nothing to see: the warning (cron's default window) and the failure (a backfill) are shown."""
    short = "discovery fell short: 1 listing still listing articles at max_pages (the pages after it not read)"
    shares = {"with_date": 1.0, "with_authors": 1.0, "body_2plus": 1.0}
    summaries = [{"run_id": "20240619T001000Z", "started": "2024-06-19T00:10:00+00:00", "sites": {
        "warned": {"finish_reason": "finished", "items_emitted": 19,
                   "health": {"healthy": True, "failures": [], "warnings": [short], **shares}},
        "backfill": {"finish_reason": "finished", "items_emitted": 19,
                     "health": {"healthy": False, "failures": [short], **shares}},
        "fine": {"finish_reason": "finished", "items_emitted": 3, "health": {"healthy": True, "failures": [], **shares}},
    }}]
    page = Selector(text=render(summaries))
    assert page.css(".banner::text").get() == "1 of 3 sites FAILING"
    assert page.css('section[data-site="warned"] .pill::text').getall() == ["OK", "DISCOVERY SHORT"]
    assert page.css('section[data-site="warned"] .alarms li.now.warn ::text').getall()[-1] == short
    assert page.css('section[data-site="backfill"] .pill::text').getall() == ["FAILING", "DISCOVERY SHORT"]
    assert page.css('section[data-site="backfill"] .alarms li.now ::text').getall()[-1] == short
    assert page.css('section[data-site="fine"] .pill::text').getall() == ["OK"]
    ok = Selector(text=render([{**summaries[0], "sites": {k: v for k, v in summaries[0]["sites"].items()
                                                          if k != "backfill"}}]))
    assert ok.css(".banner::text").get() == "All 2 sites OK · 1 discovery short"


def test_a_layout_drift_has_its_own_pill_and_is_said_in_the_banner():
    """(h264 B) Bodies mostly read by the fallback, the site's body selectors matching nothing: no failing health, no
    discovery shortfall (its DISCOVERY SHORT pill and banner count stay for those), a LAYOUT DRIFT pill of its own."""
    drift = ("layout drift: 5 of 6 articles' bodies read by a fallback (the page's main text or its JSON-LD "
             "articleBody): the site's body selectors matched nothing")
    shares = {"with_date": 1.0, "with_authors": 1.0, "body_2plus": 1.0}
    summaries = [{"run_id": "20240619T001000Z", "started": "2024-06-19T00:10:00+00:00", "sites": {
        "drifted": {"finish_reason": "finished", "items_emitted": 6,
                    "health": {"healthy": True, "failures": [], "warnings": [], "layout_drift": drift, **shares}},
        "fine": {"finish_reason": "finished", "items_emitted": 3, "health": {"healthy": True, "failures": [], **shares}},
    }}]
    page = Selector(text=render(summaries))
    assert page.css(".banner::text").get() == "All 2 sites OK · 1 layout drift"
    assert page.css('section[data-site="drifted"] .pill::text').getall() == ["OK", "LAYOUT DRIFT"]
    assert page.css('section[data-site="drifted"] .alarms li.now.warn ::text').getall()[-1] == drift
    assert page.css('section[data-site="fine"] .pill::text').getall() == ["OK"]
    assert "DISCOVERY SHORT" not in page.get()
    failing = {"healthy": False, "failures": ["date: 10% of 10 below 80%"], **shares}
    both = Selector(text=render([{**summaries[0], "sites": {**summaries[0]["sites"], "zzz": {
        "finish_reason": "finished", "items_emitted": 2, "health": failing}}}]))
    assert both.css(".banner::text").get() == "1 of 3 sites FAILING · 1 layout drift"
