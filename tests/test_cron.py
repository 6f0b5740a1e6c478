"""The cron entry: incremental runs, updates, recrawl, the lock, crash points, the health alarm."""
from __future__ import annotations

import fcntl
import json
import sqlite3
from collections import Counter
from pathlib import Path

import pytest

from conftest import completed_items, run_cron
from replay import ReplayProxy, Route
from synthetic_site import DAY, article_url, conditional, listing_html, listing_url, site_routes

WINDOW = ("--spiders", "sindonews", "--since", DAY, "--until", DAY)
pytestmark = pytest.mark.xdist_group("cron")


def store_urls(workdir: Path) -> set[str]:
    with sqlite3.connect(workdir / "state" / "seen.sqlite3") as db:
        return {row[0] for row in db.execute("SELECT url FROM articles")}


def article_hits(run) -> int:
    return sum(1 for _m, url, _s in run.hits if "/read/" in url)


def test_second_run_fetches_and_emits_nothing_already_emitted(tmp_path):
    routes = site_routes(25)
    first = run_cron(routes, tmp_path, *WINDOW)
    assert first.returncode == 0, first.stderr + first.stdout
    site = first.summary["sites"]["sindonews"]
    assert site["items_emitted"] == site["items_new"] == 25
    assert site["health"]["healthy"]
    assert Path(site["output_file"]).exists() and not list(tmp_path.glob("output/*/*.part"))
    second = run_cron(routes, tmp_path, *WINDOW)
    assert second.returncode == 0, second.stderr
    site = second.summary["sites"]["sindonews"]
    assert site["items_emitted"] == 0 and site["skipped_already_emitted"] == 25
    assert article_hits(second) == 0  # not even fetched
    assert len(completed_items(tmp_path)) == 25


def test_recent_articles_rechecked_and_only_changed_ones_emitted_again(tmp_path):
    # The clock is pinned: first run 10 min after the articles' publication (09:00-09:09), the
    # second after their 1 h recheck point.
    first = ("-s", f"NEWSCRAWL_NOW={DAY}T09:20:00+07:00")
    assert run_cron(site_routes(10), tmp_path, *WINDOW, *first).returncode == 0
    second = run_cron(site_routes(10, versions={3: 2}), tmp_path, *WINDOW, "-s", f"NEWSCRAWL_NOW={DAY}T11:00:00+07:00")
    assert second.returncode == 0, second.stderr
    site = second.summary["sites"]["sindonews"]
    assert (site["items_emitted"], site["items_updated"], site["dropped"].get("unchanged")) == (1, 1, 9)
    items = completed_items(tmp_path)
    versions = [i for i in items if i["url"] == article_url(3)]
    assert len(versions) == 2 and versions[0]["id"] == versions[1]["id"]
    assert (versions[0]["updated_at"], versions[1]["updated_at"]) == (None, f"{DAY}T12:03:00+07:00")


def test_a_recheck_on_the_next_day_is_emitted_when_changed_whatever_the_window(tmp_path):
    """The 24 h recheck comes in the next day's run, whose window no longer holds the article's day:
    a changed article emitted before is emitted again; an unchanged one is not; a new article of the
    earlier day is still outside the window."""
    next_day = "2024-06-20"
    assert run_cron(site_routes(5), tmp_path, *WINDOW, "-s", f"NEWSCRAWL_NOW={DAY}T09:20:00+07:00").returncode == 0
    routes = site_routes(6, versions={2: 2})  # article 5 is new today but was published on DAY
    # The next day's listing still shows the earlier day's stories (a "latest" list spans days).
    routes[listing_url(0, next_day)] = routes[listing_url(0)]
    routes[listing_url(20, next_day)] = routes[listing_url(20)]
    run = run_cron(routes, tmp_path, "--spiders", "sindonews", "--since", next_day, "--until", next_day,
                   "-s", f"NEWSCRAWL_NOW={next_day}T10:00:00+07:00")
    assert run.returncode in (0, 3), run.stderr
    site = run.summary["sites"]["sindonews"]
    assert (site["items_emitted"], site["items_updated"]) == (1, 1), site
    assert site["dropped"].get("unchanged") == 4 and site["dropped"].get("outside_window") == 1, site
    updated = [i for i in completed_items(tmp_path) if i["url"] == article_url(2)]
    assert len(updated) == 2


def test_recrawl_ignores_the_store(tmp_path):
    routes = site_routes(5)
    assert run_cron(routes, tmp_path, *WINDOW).returncode == 0
    again = run_cron(routes, tmp_path, *WINDOW, "--recrawl")
    assert again.summary["sites"]["sindonews"]["items_emitted"] == 5
    assert article_hits(again) == 5


def test_overlapping_run_exits_at_once_with_its_own_code(tmp_path):
    lock_path = tmp_path / "state" / "cron.lock"
    lock_path.parent.mkdir(parents=True)
    with open(lock_path, "w") as held:
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)
        run = run_cron(site_routes(3), tmp_path, *WINDOW, timeout=60)
    assert run.returncode == 75
    assert "holds" in run.stderr and "exits without crawling" in run.stderr
    assert run.hits == [] and run.summary is None


@pytest.mark.parametrize("first", ["cron", "crawl"])
def test_a_scrapy_crawl_overlapping_a_cron_run_on_one_store_emits_nothing_twice(tmp_path, first):
    """(h87 S34b) A cron run and, a second later, `scrapy crawl sindonews -s NEWSCRAWL_INCREMENTAL=1` on the same
    seen-store and output folder (no cron lock for the second): both look the articles up before either commits (one
    article answers slowly). The first commit wins; the other run leaves those lines out of its file and says so:
    (h89 O7) a cron run that commits second counts them in its summary's dropped, and says so in its line."""
    import os
    import subprocess
    import sys
    import time

    from conftest import REPO, cron_command

    routes = site_routes(8, delay=0.3)
    routes[article_url(7)] = Route(body=routes[article_url(7)].body, delay=6.0)
    now = ("-s", f"NEWSCRAWL_NOW={DAY}T09:20:00+07:00")
    manual = [sys.executable, "-m", "scrapy", "crawl", "sindonews", "-a", f"since={DAY}", "-a", f"until={DAY}",
              "-s", "NEWSCRAWL_INCREMENTAL=1", "-s", f"NEWSCRAWL_OUTPUT_DIR={tmp_path / 'output'}",
              "-s", f"NEWSCRAWL_STATE_PATH={tmp_path / 'state' / 'seen.sqlite3'}",
              "-s", f"LOG_FILE={tmp_path / 'manual.log'}", "-s", "DOWNLOAD_DELAY=0",
              "-s", "AUTOTHROTTLE_ENABLED=False", *now]
    with ReplayProxy(routes) as proxy:
        env = {**os.environ, **proxy.env()}
        started = []
        for name in (first, "crawl" if first == "cron" else "cron"):
            command = cron_command(tmp_path, *WINDOW, *now) if name == "cron" else manual
            started.append(subprocess.Popen(command, cwd=REPO, env=env, text=True, stdout=subprocess.PIPE,
                                            stderr=subprocess.PIPE))
            time.sleep(1.0)
        (cron_out, cron_err), (_, crawl_err) = [process.communicate(timeout=120)
                                                for process in (started if first == "cron" else started[::-1])]
    assert [process.returncode for process in started] == [0, 0], cron_err + crawl_err
    ids = Counter(item["id"] for item in completed_items(tmp_path))
    assert ids == {str(100000 + n): 1 for n in range(8)}, ids
    [summary] = (tmp_path / "output" / "runs").glob("*.summary.json")
    site = json.loads(summary.read_text())["sites"]["sindonews"]
    left_out = site["dropped"].get("committed_by_other_run", 0)
    # A fresh store: the cron run emits, leaves out, or judges unchanged (read after the other run's commit) all 8.
    assert site["items_emitted"] + left_out + site["dropped"].get("unchanged", 0) == 8, json.dumps(site)
    assert (f"{left_out} left out (committed first by another run)" in cron_out) == bool(left_out), cron_out
    if first == "crawl":
        assert left_out, site


@pytest.mark.parametrize("point", ["before_commit", "after_commit", "after_rename"])
def test_crash_at_each_commit_point_loses_and_duplicates_nothing(tmp_path, point):
    routes = site_routes(30)
    with ReplayProxy(routes) as proxy:
        crashed = run_cron(None, tmp_path, *WINDOW, proxy=proxy, env={"NEWSCRAWL_CRASH_AT": point})
        assert crashed.returncode == -9, crashed.stderr
        rerun = run_cron(None, tmp_path, *WINDOW, proxy=proxy)
        assert rerun.returncode == 0, rerun.stderr
    recovered = rerun.summary["recovered_part_files"]
    assert recovered == ({"rolled_forward": 0, "discarded": 1} if point == "before_commit"
                         else {"rolled_forward": 1, "discarded": 0} if point == "after_commit"
                         else {"rolled_forward": 0, "discarded": 0})
    counts = Counter(item["url"] for item in completed_items(tmp_path))
    assert counts == Counter({article_url(n): 1 for n in range(30)})
    assert store_urls(tmp_path) == set(counts)
    assert not list(tmp_path.glob("output/*/*.part"))


def test_layout_drift_raises_the_alarm(tmp_path):
    routes = site_routes(8)
    # The listing's article markup changed: the links now sit in <article class="item"> boxes.
    for offset in (0, 20):
        html = routes[listing_url(offset)].body.decode().replace("warp-article", "item-box")
        routes[listing_url(offset)] = Route(body=html.encode())
    run = run_cron(routes, tmp_path, *WINDOW)
    assert run.returncode == 3, run.stdout + run.stderr
    failures = run.summary["unhealthy_sites"]["sindonews"]
    assert failures and failures[0].startswith("articles:")
    assert "FAILING" in run.stdout


def test_missing_dates_raise_the_alarm(tmp_path):
    routes = site_routes(6)
    for n in range(6):  # the article template lost its date (JSON-LD and DOM)
        html = routes[article_url(n)].body.decode()
        html = html.replace('"datePublished"', '"x"').replace("Rabu, 19 Juni 2024", "")
        routes[article_url(n)] = Route(body=html.encode())
    run = run_cron(routes, tmp_path, *WINDOW)
    assert run.returncode == 3
    assert any(f.startswith("date: 0%") for f in run.summary["unhealthy_sites"]["sindonews"])


def test_rechecks_follow_the_schedule_and_use_conditional_requests(tmp_path):
    routes = conditional(site_routes(6))  # published 09:00-09:05
    at = lambda time: ("-s", f"NEWSCRAWL_NOW={DAY}T{time}:00+07:00")  # noqa: E731
    first = run_cron(routes, tmp_path, *WINDOW, *at("09:10"))
    assert first.returncode == 0 and first.summary["sites"]["sindonews"]["items_new"] == 6
    # 09:30: no recheck point passed since the fetch at 09:10: a listing that shows them costs nothing.
    early = run_cron(routes, tmp_path, *WINDOW, *at("09:30"))
    assert article_hits(early) == 0 and early.summary["sites"]["sindonews"]["skipped_already_emitted"] == 6
    # 10:10: the 1 h point passed: one conditional request each, answered 304, nothing emitted.
    hour = run_cron(routes, tmp_path, *WINDOW, *at("10:10"))
    site = hour.summary["sites"]["sindonews"]
    assert hour.returncode == 0 and hour.stderr == "", hour.stderr
    assert (site["rechecked"], site["not_modified"], site["items_emitted"]) == (6, 6, 0)
    assert sorted(status for _m, url, status in hour.hits if "/read/" in url) == [304] * 6
    assert site["request_errors"] == {} and site["health"]["healthy"]
    # 10:30 again: the 1 h check is recorded, the 6 h point not reached.
    assert article_hits(run_cron(routes, tmp_path, *WINDOW, *at("10:30"))) == 0


@pytest.mark.parametrize("damage", [b"\x00garbage" * 64, b""], ids=["overwritten", "zero_bytes"])
def test_an_unreadable_seen_store_stops_the_run_with_one_line_and_is_left_alone(tmp_path, damage):
    """A truncated or overwritten store is never replaced by an empty one (that would emit every article of
    the window again): the run exits 1 before crawling, says which file and what to do, and keeps it. A file
    cut to 0 bytes too, which SQLite alone would take for a new database."""
    first = run_cron(site_routes(2), tmp_path, *WINDOW, "-s", f"NEWSCRAWL_NOW={DAY}T12:00:00+07:00")
    assert first.returncode == 0, first.stderr
    [store] = list((tmp_path / "state").glob("*.sqlite3"))
    store.write_bytes(damage)
    second = run_cron(site_routes(2), tmp_path, *WINDOW, "-s", f"NEWSCRAWL_NOW={DAY}T12:30:00+07:00")
    assert second.returncode == 1
    assert "Traceback" not in second.stderr
    assert f"seen-store {store} is not a readable SQLite database" in second.stderr
    assert [url for _m, url, _s in second.hits] == []  # nothing crawled
    assert len(second.stderr.strip().splitlines()) == 1, second.stderr
    assert store.read_bytes() == damage
    assert len(completed_items(tmp_path)) == 2  # the first run's output, untouched


# A page of the store found damaged only by the lookups of the articles it holds (the URL aliases), past the check
# at open: the cron process's sqlite3 connections fail those reads with SQLite's own error.
DAMAGED_ALIAS_PAGE = """
import sqlite3

class Damaged(sqlite3.Connection):
    def execute(self, sql, *args):
        if sql.startswith("SELECT key FROM article_urls"):
            raise sqlite3.DatabaseError("database disk image is malformed")
        return super().execute(sql, *args)

_connect = sqlite3.connect
sqlite3.connect = lambda *a, **k: _connect(*a, **{**k, "factory": Damaged})
"""


def test_a_store_deleted_between_runs_is_said(tmp_path):
    """(h49 s8a) A deleted store is a first run (documented): every article of the window comes out again. Silent
    before; the run summaries prove earlier runs, so it is said in one warning."""
    first = run_cron(site_routes(2), tmp_path, *WINDOW, "-s", f"NEWSCRAWL_NOW={DAY}T09:20:00+07:00")
    assert first.returncode == 0 and "Seen-store" not in first.stderr, first.stderr
    store = tmp_path / "state" / "seen.sqlite3"
    for path in store.parent.glob("seen.sqlite3*"):
        path.unlink()
    again = run_cron(site_routes(2), tmp_path, *WINDOW, "-s", f"NEWSCRAWL_NOW={DAY}T09:30:00+07:00")
    assert again.returncode == 0
    [line] = again.stderr.strip().splitlines()
    assert "WARNING" in line and f"Seen-store {store} does not exist" in line and "1 earlier runs" in line, line


def test_a_store_replaced_by_an_empty_database_is_said_as_a_deleted_one(tmp_path):
    """(h235 S9c) The store overwritten by a valid but empty SQLite database (a wrong restore; `sqlite3 seen.sqlite3
    .dump` gone wrong): it opened fine, got its tables, and the run was a silent first run — every article of the
    window emitted again, exit 0, nothing said. The file exists, so the deleted store's check (does it exist?) never
    asked. Now the same one warning as a deleted store: the summaries and the completed chunk prove earlier runs."""
    first = run_cron(site_routes(2), tmp_path, *WINDOW, "-s", f"NEWSCRAWL_NOW={DAY}T09:20:00+07:00")
    assert first.returncode == 0 and "Seen-store" not in first.stderr, first.stderr
    store = tmp_path / "state" / "seen.sqlite3"
    for path in store.parent.glob("seen.sqlite3*"):
        path.unlink()
    with sqlite3.connect(store) as db:  # a real SQLite file, its header written, no table in it
        db.execute("CREATE TABLE t (x)")
        db.execute("DROP TABLE t")
    db.close()
    again = run_cron(site_routes(2), tmp_path, *WINDOW, "-s", f"NEWSCRAWL_NOW={DAY}T09:30:00+07:00")
    assert again.returncode == 0, again.stderr
    [line] = again.stderr.strip().splitlines()
    [chunk] = sorted(tmp_path.glob("output/sindonews/*.jsonl"))[:1]
    assert "WARNING" in line and f"Seen-store {store} holds no article and no run" in line, line
    assert "1 earlier runs' summaries and 1 completed chunks" in line and chunk.name in line, line
    assert "emits every article of its window again" in line, line
    assert len(completed_items(tmp_path)) == 4  # the documented consequence, now said
    third = run_cron(site_routes(2), tmp_path, *WINDOW, "-s", f"NEWSCRAWL_NOW={DAY}T09:40:00+07:00")
    assert third.returncode == 0 and "Seen-store" not in third.stderr, third.stderr  # the store knows them now


def test_a_store_restored_from_an_older_backup_is_said(tmp_path):
    """(h235 S9h) The store restored from a copy taken before the last run (what the damaged-store line advises):
    the stories that run emitted were emitted a second time, silently. Its completed chunk, written after the last
    chunk the restored store records, says so in one warning naming it; a run on a store that knows its output says
    nothing."""
    window = (*WINDOW, "-s", f"NEWSCRAWL_NOW={DAY}T18:00:00+07:00")
    assert run_cron(site_routes(2), tmp_path, *window).returncode == 0
    store = tmp_path / "state" / "seen.sqlite3"
    backup = tmp_path / "backup.sqlite3"
    with sqlite3.connect(store) as db, sqlite3.connect(backup) as copy:
        db.backup(copy)
    db.close()
    copy.close()
    second = run_cron(site_routes(3), tmp_path, *window)
    assert second.returncode == 0 and second.stderr.strip() == "", second.stderr
    assert second.summary["sites"]["sindonews"]["items_new"] == 1
    later = sorted(tmp_path.glob("output/sindonews/*.jsonl"))[-1]
    for path in store.parent.glob("seen.sqlite3*"):
        path.unlink()
    backup.rename(store)
    third = run_cron(site_routes(3), tmp_path, *window)
    assert third.returncode == 0, third.stderr
    [line] = third.stderr.strip().splitlines()
    assert "WARNING" in line and f"Seen-store {store} does not know 1 completed chunks" in line, line
    assert f"sindonews: 1 ({later.name})" in line and "older backup" in line, line


def test_chunks_after_store(tmp_path):
    """Which completed chunks a store does not know (output.chunks_after_store): those of the asked sites named after
    the last chunk it records for the site; not an older one it lacks (a store from before runs were recorded), not an
    empty one, not a file of the user's, not another site's."""
    from newscrawl.output import chunks_after_store
    from newscrawl.state import SeenStore

    store = SeenStore(tmp_path / "seen.sqlite3")
    store.db.execute("INSERT INTO runs VALUES ('20240619T090000000000Z', 'sindonews', 'p', 'f', 'completed', 3, 0)")
    out = tmp_path / "output"
    files = {"sindonews/20240619T080000000000Z.jsonl": "{}\n",  # older than the last recorded: not asked about
             "sindonews/20240619T090000000000Z.jsonl": "{}\n",  # the last recorded
             "sindonews/20240619T090000000000Z-001.jsonl": "{}\n",  # a later chunk of that run, unrecorded
             "sindonews/20240619T100000000000Z.jsonl": "{}\n",
             "sindonews/20240619T110000000000Z.jsonl": "",  # empty: lists no article
             "sindonews/all.jsonl": "{}\n",  # the user's
             "sindonews/20240619T120000000000Z.jsonl.part": "{}\n",  # a live or dead run's, recovery's business
             "detik/20240619T100000000000Z.jsonl": "{}\n",  # no run of detik recorded: all of them
             "kompas/20240619T100000000000Z.jsonl": "{}\n"}  # not asked
    for name, text in files.items():
        (out / name).parent.mkdir(parents=True, exist_ok=True)
        (out / name).write_text(text)
    assert not store.holds_nothing()
    assert chunks_after_store(out, store, ["sindonews", "detik", "antaranews"]) == {
        "sindonews": ["20240619T090000000000Z-001", "20240619T100000000000Z"], "detik": ["20240619T100000000000Z"]}
    store.close()
    empty = SeenStore(tmp_path / "empty.sqlite3")
    assert empty.holds_nothing() and empty.last_chunks() == {}
    empty.close()


def test_a_store_failing_mid_run_stops_the_site_in_one_line(tmp_path):
    """(h49 s8b'') A damaged page met mid-run: each item that read it was a traceback with the whole item in the cron
    mail, its story lost uncounted, exit 0, again every run. Now one CRITICAL line naming the file, the site stops
    as store_failed (exit 1, the cause in the summary), and nothing is emitted twice."""
    first = run_cron(site_routes(3), tmp_path, *WINDOW, "-s", f"NEWSCRAWL_NOW={DAY}T09:20:00+07:00")
    assert first.returncode == 0, first.stderr
    second = run_cron(site_routes(8), tmp_path, *WINDOW, "-s", f"NEWSCRAWL_NOW={DAY}T09:30:00+07:00",
                      prelude=DAMAGED_ALIAS_PAGE)
    assert second.returncode == 1, second.stdout + second.stderr
    assert "Traceback" not in second.stderr and "Error processing" not in second.stderr
    critical = [line for line in second.stderr.splitlines() if "CRITICAL" in line]
    store = tmp_path / "state" / "seen.sqlite3"
    assert len(critical) == 1 and f"seen-store {store} is not a readable SQLite database" in critical[0], critical
    site = second.summary["sites"]["sindonews"]
    assert site["finish_reason"] == "store_failed" and "malformed" in site["store_error"], site
    assert max(Counter(i["id"] for i in completed_items(tmp_path)).values()) == 1


NEXT_DAY = "2024-06-20"


def test_a_site_down_longer_than_the_lookback_is_caught_up_when_it_returns(tmp_path):
    """(h19 probe) The default window reaches back 6 h. The site is down from the evening of D until 07:00 on D+1;
    D's evening stories were listed while it was down. The 07:10 run's own window is D+1 alone: without catch-up
    they were never fetched. It reads from the day of the last run that read the site, and each comes out once."""
    def run(routes, at):
        return run_cron(routes, tmp_path, "--spiders", "sindonews", "-s", f"NEWSCRAWL_NOW={at}+07:00")

    morning = site_routes(5)  # stories 0..4 on D's listing
    assert run(morning, f"{DAY}T14:00:00").returncode == 0
    down = {url: Route(b"down", status=503) for url in [*site_routes(10), listing_url(0, NEXT_DAY), listing_url(20, NEXT_DAY)]}
    for at in (f"{DAY}T20:00:00", f"{NEXT_DAY}T02:00:00"):
        failed = run(down, at)
        assert failed.returncode == 3, failed.stdout
    back = site_routes(10)  # D's listing now shows the evening's 5..9 too; D+1's lists nothing yet
    back[listing_url(0, NEXT_DAY)] = Route(body=b"<html><body></body></html>")
    returned = run(back, f"{NEXT_DAY}T07:10:00")
    assert returned.returncode == 0, returned.stdout + returned.stderr
    assert returned.summary["window_since"] == {"sindonews": DAY}
    assert Counter(item["url"] for item in completed_items(tmp_path)) == Counter(article_url(n) for n in range(10))
    # the run after reads its own window again: the last good run is recent
    again = run(back, f"{NEXT_DAY}T07:20:00")
    assert again.summary["window_since"] == {"sindonews": NEXT_DAY}


def test_a_run_made_with_the_clock_ahead_does_not_hide_later_corrections(tmp_path):
    """(h49 s10d) One run was made with the machine's clock two days ahead; the clock was then corrected. The fetch
    times it stored lay in the future, so every recheck point before them looked done: a story corrected that
    afternoon was never emitted again. The next run reads those times as now (said once), and the 6 h point comes
    due."""
    def at(when: str):
        # the machine's clock is the run's (a replay's pinned clock is no clock step: the next test)
        wall = (f"import datetime, newscrawl.middlewares as m\n"
                f"m.wall_clock = lambda: datetime.datetime.fromisoformat('{when}+07:00').timestamp()")
        return run_cron(site_routes(3, versions=versions), tmp_path, *WINDOW, "-s", f"NEWSCRAWL_NOW={when}+07:00",
                        prelude=wall)

    versions: dict[int, int] = {}
    assert at(f"{DAY}T09:20:00").returncode == 0  # published 09:00-09:02
    ahead = at("2024-06-21T09:30:00")  # the clock two days ahead: every 48 h point passed, all fetched
    assert ahead.returncode == 0 and article_hits(ahead) == 3, ahead.stderr
    corrected = at(f"{DAY}T10:30:00")  # the clock set right
    assert corrected.returncode == 0 and article_hits(corrected) == 0
    [line] = [line for line in corrected.stderr.splitlines() if "later than now" in line]
    assert "WARNING" in line and "2024-06-21T02:30" in line, line  # the latest time found, in UTC
    versions[1] = 2  # corrected before the 6 h point
    afternoon = at(f"{DAY}T15:10:00")
    assert afternoon.returncode == 0 and "later than now" not in afternoon.stderr  # said once
    site = afternoon.summary["sites"]["sindonews"]
    assert (site["rechecked"], site["items_updated"]) == (3, 1), site


def test_a_replay_of_a_past_day_leaves_the_stores_times_be(tmp_path):
    """(h54) A replay pinned to the day before (NEWSCRAWL_NOW, as README shows for replays) found the live store's
    fetch times after its "now" and took them for a clock step: one warning, every time rewritten to the replay's
    day, and the next real run fetched every article again. Against the machine's clock nothing is ahead."""
    def at(when: str, *window: str):
        return run_cron(site_routes(3), tmp_path, *window, "-s", f"NEWSCRAWL_NOW={when}+07:00")

    assert at(f"{DAY}T09:20:00", *WINDOW).returncode == 0
    assert at(f"{DAY}T10:10:00", *WINDOW).returncode == 0  # the 1 h point (published 09:00-09:02)
    replay = at("2024-06-18T12:00:00", "--spiders", "sindonews", "--since", "2024-06-18", "--until", "2024-06-18")
    assert "later than now" not in replay.stderr, replay.stderr
    later = at(f"{DAY}T10:30:00", *WINDOW)  # no recheck point between 10:10 and 10:30
    assert later.returncode == 0 and article_hits(later) == 0, later.stderr


def _antara(n: int) -> str:
    return f"https://www.antaranews.com/berita/{4100000 + n}/judul-berita-antara-nomor-{n}"


def _antara_routes(latest: int) -> dict[str, Route]:
    """antaranews (feeds only): the terkini feed holds the latest 10 stories of ``latest``; story n is published at
    10:00 + 12 min x n up to 9, the rest at 12:01 + (n - 10) min."""
    from newscrawl.spiders.antaranews import FEED_KANALS

    def published(n: int) -> str:
        minutes = 600 + 12 * n if n < 10 else 721 + (n - 10)
        return f"{minutes // 60:02d}:{minutes % 60:02d}"

    def page(n: int) -> str:
        paragraphs = "".join(f"<p>Paragraf {p} berita antara nomor {n} tentang kebijakan pemerintah daerah dan "
                             "tanggapan warga.</p>" for p in range(5))
        return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>Judul Berita Antara Nomor {n} - ANTARA News'
                f'</title><link rel="canonical" href="{_antara(n)}"></head><body><h1 class="post-title">Judul Berita '
                f'Antara Nomor {n}</h1><time itemprop="datePublished" datetime="{DAY}T{published(n)}:00+07:00">Rabu, '
                f'19 Juni 2024 {published(n)} WIB</time><div class="post-content">{paragraphs}<p class="text-muted">'
                "Pewarta: Budi Santoso<br>Editor: Ani</p></div></body></html>")

    items = "".join(f"<item><title>Berita {n}</title><link>{_antara(n)}</link><pubDate>Wed, 19 Jun 2024 "
                    f"{published(n)}:00 +0700</pubDate></item>" for n in reversed(range(latest - 10, latest)))
    feed = f"<?xml version='1.0'?><rss version='2.0'><channel><title>ANTARA</title>{items}</channel></rss>"
    routes = {f"https://www.antaranews.com/rss/{kanal}.xml": Route(
        (feed if kanal == "terkini" else "<rss version='2.0'><channel></channel></rss>").encode(),
        headers={"Content-Type": "application/rss+xml"}) for kanal in FEED_KANALS}
    routes.update({_antara(n): Route(page(n).encode()) for n in range(latest)})
    return routes


def test_a_feed_gap_between_runs_is_said_and_a_steady_state_is_quiet(tmp_path):
    """(h49 s16) A feed-only site, its feed the latest 10 stories. Compared by days with a window starting today, the
    feed never reached back: "stories may be missed" on every run, so a real gap looked like the steady state. Now a
    feed that reaches back to the start of the last run that read the site, or lists a story the store knows, is
    continuous: quiet; one whose oldest story came after that run started, listing nothing known, is said."""
    def run(at: str, latest: int):
        return run_cron(_antara_routes(latest), tmp_path, "--spiders", "antaranews",
                        "-s", f"NEWSCRAWL_NOW={DAY}T{at}:00+07:00")

    assert run("12:00", 10).returncode == 0  # stories 0..9 (10:00-11:48)
    burst = run("12:20", 25)  # 15 stories from 12:01: the feed shows 15..24 only, 10..14 are in no feed read
    gap = [line for line in burst.stderr.splitlines() if "reaches back only to" in line]
    assert len(gap) == 1 and "2024-06-19T12:06+07:00" in gap[0] and "2024-06-19T12:00+07:00" in gap[0], burst.stderr
    steady = run("12:30", 25)
    assert steady.returncode == 0 and steady.stderr == "", steady.stderr


_NOW = "2024-06-20T07:10:00+07:00"


@pytest.mark.parametrize(("last_read", "never_read", "failed_days", "start", "why"), [
    (None, False, [], "2024-06-20", None),  # no earlier good run (a new store): the default window
    ("2024-06-20T06:50:00+07:00", False, [], "2024-06-20", None),  # read 20 minutes ago
    ("2024-06-19T14:00:00+07:00", False, [], "2024-06-19", "its last run that read the site started"),
    # the run read up to 02:00 UTC on the 19th: its successor's window began on the WIB day 6 h before it
    ("2024-06-19T02:00:00+00:00", False, [], "2024-06-19", "its last run"),
    ("2024-05-01T12:00:00+07:00", False, [], "2024-06-13", "its last run"),  # at most 7 days back
    (None, True, [], "2024-06-13", "no run of the last 8 days read the site to its end"),  # crawled, never read: the limit
    # a day whose listing failed in the last run, read again within reach; one past reach is a backfill's
    ("2024-06-20T06:50:00+07:00", False, ["2024-06-16"], "2024-06-16", "could not read the listings of 2024-06-16"),
    ("2024-06-20T06:50:00+07:00", False, ["2024-06-01"], "2024-06-20", None),
    ("2024-06-20T06:50:00+07:00", False, ["2024-06-20"], "2024-06-20", None),  # inside the window already
])
def test_window_start(last_read, never_read, failed_days, start, why):
    from datetime import datetime
    from newscrawl.cron import window_start
    last = datetime.fromisoformat(last_read) if last_read else None
    got, said = window_start("2024-06-20", last, never_read, failed_days, 6, datetime.fromisoformat(_NOW))
    assert got == start and (said is None if why is None else why in said), (got, said)


def test_last_covered_runs_reads_what_it_can_and_names_sites_never_read(tmp_path):
    """(h27 probe) a summary of another shape (hand-edited, another release's) made every later cron run end in a
    traceback; a site down longer than the catch-up reaches was read from its default window, silently."""
    import json
    from datetime import datetime
    from newscrawl.cron import last_covered_runs
    ok = {"finish_reason": "finished", "health": {"failures": []}}
    down = {"finish_reason": "finished", "health": {"failures": ["discovery: server errors (5xx) on 3 of 3 requests"]}}
    runs = tmp_path / "runs"
    runs.mkdir()
    summaries = {
        "20240610T050000Z": {"window_until": None, "window_now": "2024-06-10T12:00:00+07:00", "sites": {"a": ok, "b": ok}},
        "20240615T050000Z": {"window_until": None, "window_now": "2024-06-15T12:00:00+07:00", "sites": {"a": ok, "b": down}},
        "20240616T050000Z": {"window_until": None, "window_now": "2024-06-16T12:00:00+07:00", "sites": {"b": down}},
        "20240617T050000Z": {"window_until": None, "window_now": "2024-06-17T12:00:00", "sites": {"a": ok}},  # naive
        "20240617T060000Z": {"window_until": None, "window_now": "2024-06-17T13:00:00+07:00", "sites": [1]},
        "20240617T070000Z": {"window_until": None, "window_now": "2024-06-17T14:00:00+07:00", "sites": {"a": None}},
        "20240617T080000Z": None,
        "20240617T090000Z": {"window_until": None, "window_now": "2024-06-17T16:00:00+07:00", "sites": {"a": {"health": None}}},
    }
    for run_id, summary in summaries.items():
        (runs / f"{run_id}.summary.json").write_text(json.dumps(summary), encoding="utf-8")
    (runs / "20240617T100000Z.summary.json").write_text('{"window_no', encoding="utf-8")  # torn
    now = datetime.fromisoformat("2024-06-18T12:00:00+07:00")
    found, failing = last_covered_runs(runs, ["a", "b"], datetime.fromisoformat("2024-06-12T12:00:00+07:00"))
    assert found == {"a": datetime.fromisoformat("2024-06-15T12:00:00+07:00")} and failing == {"b"}, (found, failing)
    assert now  # b: crawled since the 12th, never read: the caller reads 7 days back and warns
    # (h49 s10) a run made with the clock days ahead: named after the real time, it sorts newest and stood for every
    # later run until then. It started after now: no evidence.
    ahead = {"window_until": None, "window_now": "2024-06-20T12:00:00+07:00", "sites": {"a": ok, "b": ok}}
    (runs / "20240618T040000Z.summary.json").write_text(json.dumps(ahead), encoding="utf-8")
    found, failing = last_covered_runs(runs, ["a", "b"], datetime.fromisoformat("2024-06-12T12:00:00+07:00"),
                                       not_after=now)
    assert found == {"a": datetime.fromisoformat("2024-06-15T12:00:00+07:00")} and failing == {"b"}, (found, failing)


def test_a_site_down_longer_than_the_catch_up_reaches_is_read_from_its_limit_and_said(tmp_path):
    """(h27 probe) last read 9 days ago, down since: the run it returns in read its default window alone, silently."""
    def run(routes, at):
        return run_cron(routes, tmp_path, "--spiders", "sindonews", "-s", f"NEWSCRAWL_NOW={at}+07:00")

    assert run(site_routes(2), f"{DAY}T14:00:00").returncode == 0
    down = {url: Route(b"down", status=503) for url in site_routes(2)}
    for at in ("2024-06-22T12:00:00", "2024-06-27T12:00:00"):
        assert run(down, at).returncode == 3
    back = run({}, "2024-06-28T12:00:00")  # the site answers again (404s here: nothing listed)
    assert back.summary["window_since"] == {"sindonews": "2024-06-21"}, back.summary["window_since"]
    assert "no run of the last 8 days read the site to its end; this run reads from 2024-06-21" in back.stderr, back.stderr


def test_cron_stopped_longer_than_the_catch_up_reaches_reads_from_its_limit_and_says_so(tmp_path):
    """(h60 probe) cron stopped 9 days (no run at all, so none failing): the run it resumes with found no run of the
    last 8 days, read its default window alone, and said nothing — the days between were lost, silently."""
    def run(routes, at):
        return run_cron(routes, tmp_path, "--spiders", "sindonews", "-s", f"NEWSCRAWL_NOW={at}+07:00")

    assert run(site_routes(2), f"{DAY}T12:00:00").returncode == 0
    back = run({}, "2024-06-28T12:10:00")  # nothing listed (404s): only the window and the warning are judged
    assert back.summary["window_since"] == {"sindonews": "2024-06-21"}, back.summary["window_since"]
    said = [line for line in back.stderr.splitlines() if "older days need a backfill (--since)" in line]
    assert len(said) == 1 and "its last run that read the site started 2024-06-19T05:00+00:00" in said[0], back.stderr


def test_a_day_whose_listing_failed_is_read_again_by_the_next_run(tmp_path):
    """(h27 probe) The run a site returns in catches up from its last good run; one of those days' listings still
    failed (503). That run read the site (its other days) and counted as covered: the next runs read their own
    window, and the failed day's stories were lost for good. The next run reads that day again."""
    from newscrawl.cron import covered

    def run(routes, at):
        return run_cron(routes, tmp_path, "--spiders", "sindonews", "-s", f"NEWSCRAWL_NOW={at}+07:00")

    assert run(site_routes(1), f"{DAY}T14:00:00").returncode == 0  # read the site: story 0
    day_after = "2024-06-21"
    catching_up = site_routes(6)
    catching_up[listing_url(0, NEXT_DAY)] = Route(body=listing_html([5]).encode())  # the next day's: read
    catching_up[listing_url(0, day_after)] = Route(body=b"<html><body></body></html>")
    catching_up[listing_url(0)] = Route(b"down", status=503)  # D's listing still fails
    first = run(catching_up, f"{day_after}T10:00:00")
    assert first.summary["window_since"] == {"sindonews": DAY}
    assert first.summary["sites"]["sindonews"]["discovery_failed_days"] == [DAY]
    assert covered(first.summary["sites"]["sindonews"]), first.summary["sites"]["sindonews"]["health"]
    back = site_routes(6)
    back[listing_url(0)] = Route(body=listing_html(list(range(5))).encode())
    back[listing_url(0, NEXT_DAY)] = Route(body=listing_html([5]).encode())
    back[listing_url(0, day_after)] = Route(body=b"<html><body></body></html>")
    second = run(back, f"{day_after}T10:10:00")
    assert second.summary["window_since"] == {"sindonews": DAY}, second.summary["window_since"]
    assert sorted(item["url"] for item in completed_items(tmp_path)) == sorted(article_url(n) for n in range(6))


def test_a_cron_line_without_its_cd_reads_the_project_settings(tmp_path):
    """(h112 probe) `python -m newscrawl.cron` from another folder (a crontab line without `cd /srv/newscrawl`): no
    scrapy.cfg was found, Scrapy's default settings listed no spider, and the run refused "Unknown spider(s):
    sindonews (known: )" — a cause the user could not read. The package being importable is enough: its settings."""
    from conftest import REPO
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    run = run_cron(site_routes(2), tmp_path, *WINDOW, cwd=elsewhere, env={"PYTHONPATH": str(REPO)})
    assert run.returncode == 0, run.stdout + run.stderr
    assert sorted(item["url"] for item in completed_items(tmp_path)) == sorted(article_url(n) for n in range(2))


FEED_SHORT = ("discovery fell short: 1 feed, sitemap or listing not reaching back to the window's start or the last "
              "run (stories older than its oldest entry may be missed)")


def test_a_discovery_that_fell_short_is_said_in_the_cron_line_the_summary_and_the_report(tmp_path):
    """(h146 probe, antara_feeds / detik_maxpages) a feed not reaching back to the window's start, a listing stopped at
    max_pages: counted and one WARNING in the log, but cron's line read "health ok", the run summary had no field for
    them and report.html showed nothing. In cron's default window it is a warning (the runs overlap: exit 0); in a
    backfill (--since/--until) the site could not read the window it was asked for: health FAILING, exit 3."""
    now = ("-s", f"NEWSCRAWL_NOW={DAY}T12:00:00+07:00")
    # The first run of a feed-only site: its feed (10:00-11:48) does not reach back to the day's start.
    cron = run_cron(_antara_routes(10), tmp_path / "cron", "--spiders", "antaranews", *now)
    assert cron.returncode == 0, cron.stdout + cron.stderr
    site = cron.summary["sites"]["antaranews"]
    assert site["discovery_short"] == {"max_pages_reached": 0, "window_start_not_reached": 1, "not_read_whole": 0}
    assert site["health"]["healthy"] and site["health"]["warnings"] == [FEED_SHORT]
    assert cron.summary["discovery_short_sites"] == {"antaranews": [FEED_SHORT]}
    assert cron.summary["unhealthy_sites"] == {}
    line = next(line for line in cron.stdout.splitlines() if line.startswith("antaranews:"))
    assert line.endswith("health ok; " + FEED_SHORT), line
    assert "DISCOVERY SHORT" in (tmp_path / "cron" / "output" / "report.html").read_text(encoding="utf-8")
    backfill = run_cron(_antara_routes(10), tmp_path / "backfill", "--spiders", "antaranews", "--since", DAY,
                        "--until", DAY, *now)
    assert backfill.returncode == 3, backfill.stdout + backfill.stderr
    assert backfill.summary["unhealthy_sites"] == {"antaranews": [FEED_SHORT]}
    assert backfill.summary["sites"]["antaranews"]["items_emitted"] == 10
    assert "health FAILING: " + FEED_SHORT in backfill.stdout
    assert backfill.stdout.rstrip().endswith("exit 3: health FAILING: antaranews"), backfill.stdout


def test_a_backfill_whose_listing_page_failed_is_failing_and_the_next_backfill_reads_its_stories(tmp_path):
    """(h176 S2) A backfill of 60 stories whose listing page 2 (offset 20) answered 503: 40 stories unread, counted
    (server_error, discovery_failed_days) but the verdict read "health ok", exit 0, though no run reads a backfill's
    day again. Its discovery fell short: FAILING, exit 3; run again with the listing back, it emits the other 40 once."""
    now = ("-s", f"NEWSCRAWL_NOW={DAY}T12:00:00+07:00")
    routes = site_routes(60)
    routes[listing_url(20)] = Route(b"<h1>503 Service Unavailable</h1>", status=503)
    first = run_cron(routes, tmp_path, *WINDOW, *now)
    site = first.summary["sites"]["sindonews"]
    assert (first.returncode, site["items_emitted"], site["discovery_failed_days"]) == (3, 20, [DAY]), first.stdout
    short = ("discovery fell short: 1 listing page failed (the stories listed there and on the pages after not read)")
    assert first.summary["unhealthy_sites"] == {"sindonews": [short]}
    assert "health FAILING: " + short in first.stdout
    again = run_cron(site_routes(60), tmp_path, *WINDOW, *now)
    assert (again.returncode, again.summary["sites"]["sindonews"]["items_new"]) == (0, 40), again.stdout
    assert sorted(item["url"] for item in completed_items(tmp_path)) == sorted(article_url(n) for n in range(60))


def test_a_backfill_whose_day_index_was_read_to_its_end_is_healthy_beside_a_feed_of_today(tmp_path):
    """(h191 F2) README's daily backfill of yesterday on a site with a dated index and a feed (republika: /index/
    {offset}/YYYY/MM/DD read to its empty page, an RSS of the latest items): the feed holds today's items only, "reaches
    back only to" today, and the run exited 3 "health FAILING: discovery fell short" with the whole day read. The
    crawl's discovery as a whole covers the day: exit 0. Without the index (404) the day rests on the feed: exit 3."""
    from conftest import SITES_DIR
    from replay import routes_from_fixtures
    routes = routes_from_fixtures(SITES_DIR / "republika")
    # Today's first items, before the run's clock (02:05, README's crontab): items dated after it are the site's clock
    # running ahead, fetched and judged by their pages (h235), which this fixture does not serve.
    today = "".join(f"<item><title>Kabar {n}</title>"
                    f"<link>https://news.republika.co.id/berita/sg0{n}a1320/kabar-{n}</link>"
                    f"<pubDate>Fri, 20 Jun 2025 {n // 2:02d}:{n % 2 * 30 + 10:02d}:00 +0700</pubDate></item>" for n in range(3))
    routes["https://www.republika.co.id/rss"] = Route(
        f"<?xml version='1.0'?><rss version='2.0'><channel><title>R</title>{today}</channel></rss>".encode(),
        headers={"Content-Type": "application/rss+xml"})
    backfill = ("--spiders", "republika", "--since", "2025-06-19", "--until", "2025-06-19",
                "-s", "NEWSCRAWL_NOW=2025-06-20T02:05:00+07:00")
    run = run_cron(routes, tmp_path / "whole", *backfill)
    assert run.returncode == 0, run.stdout + run.stderr
    site = run.summary["sites"]["republika"]
    # the two stories of the day the fixture's index lists (its third page empty: read to its end)
    assert site["discovery_short"]["window_start_not_reached"] == 0 and site["items_emitted"] == 2
    assert "reaches back only" not in run.stderr, run.stderr
    no_index = {url: route for url, route in routes.items() if "/index/" not in url}
    short = run_cron(no_index, tmp_path / "feed_only", *backfill)
    assert short.returncode == 3, short.stdout + short.stderr
    assert short.summary["unhealthy_sites"] == {"republika": [FEED_SHORT]}


def test_the_lock_holders_pid_written_a_moment_after_its_flock_is_read(tmp_path):
    """(h217) The holder takes the flock, then truncates the lock file and writes its PID: a run started in between read
    an empty file and logged "pid unknown" (1 of 7 simultaneous starts). The file is read again for a short while."""
    import threading
    from newscrawl.cron import lock_holder
    lock_path = tmp_path / "cron.lock"
    lock_path.write_text("")
    writer = threading.Timer(0.1, lambda: lock_path.write_text("4242\n"))
    writer.start()
    try:
        assert lock_holder(lock_path) == "4242"
    finally:
        writer.join()
    lock_path.write_text("")
    assert lock_holder(lock_path, wait_s=0.05) is None  # never written (a holder killed before): unknown, at once
    assert lock_holder(tmp_path / "absent.lock") is None


@pytest.mark.parametrize("extra, said", [
    ({}, "kompas: 0 emitted (0 new, 0 updated), 0 already emitted, health ok"),
    # (h217) a login wall answered every listed URL in the run before: all skipped, and the line says so
    ({"skipped_unavailable": 30},
     "kompas: 0 emitted (0 new, 0 updated), 0 already emitted, 30 skipped as unavailable (no article there before), "
     "health ok"),
    ({"dropped": {"committed_by_other_run": 28}, "skipped_already_emitted": 2},
     "kompas: 0 emitted (0 new, 0 updated), 28 left out (committed first by another run), 2 already emitted, health ok"),
])
def test_a_sites_line_names_what_it_left_and_why(extra, said):
    from newscrawl.cron import site_line
    site = {"items_emitted": 0, "items_new": 0, "items_updated": 0, "skipped_already_emitted": 0, "dropped": {},
            "skipped_unavailable": 0, "health": {"healthy": True, "failures": []}, "finish_reason": "finished"} | extra
    assert site_line("kompas", site) == said


DRIFT = ("layout drift: 5 of 6 articles' bodies read by a fallback (the page's main text or its JSON-LD articleBody): "
         "the site's body selectors matched nothing")


def test_a_layout_drift_is_said_in_the_sites_line_and_its_own_summary_field():
    """(h264 B) A site whose redesign broke its body selectors, running on the main text: cron's line read "health ok"
    and the summary said nothing. The drift follows the verdict and is listed under layout_drift_sites, never under
    discovery_short_sites (a discovery shortfall) nor unhealthy_sites."""
    from newscrawl.cron import layout_drift_sites, site_line
    site = {"items_emitted": 6, "items_new": 6, "items_updated": 0, "skipped_already_emitted": 0, "dropped": {},
            "health": {"healthy": True, "failures": [], "warnings": [], "layout_drift": DRIFT},
            "finish_reason": "finished"}
    assert site_line("kontan", site) == f"kontan: 6 emitted (6 new, 0 updated), 0 already emitted, health ok; {DRIFT}"
    fine = {**site, "health": {"healthy": True, "failures": [], "warnings": [], "layout_drift": None}}
    older = {**site, "health": {"healthy": True, "failures": []}}  # a summary of a release before the field
    assert layout_drift_sites({"kontan": site, "kompas": fine, "detik": older}) == {"kontan": DRIFT}
