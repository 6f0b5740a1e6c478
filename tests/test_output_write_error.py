"""The run's output cannot be written (a full disk, a vanished mount; h10 probe s09: every item was dumped with a
traceback into the cron mail, then cron crashed writing its summary)."""
from __future__ import annotations

import json
import asyncio
import logging
import os
import time
from collections import Counter
from pathlib import Path
from types import SimpleNamespace

import pytest
from scrapy.exceptions import DropItem

from newscrawl.items import Article
from newscrawl.output import RunOutputPipeline


class _FullDisk:
    def export_item(self, item: object) -> None:
        raise OSError(28, "No space left on device")


class _Crawler:  # weakly referenced by state.worker_link
    def __init__(self, engine: object) -> None:
        self.engine = engine


class _Stats:
    def __init__(self) -> None:
        self.values: Counter[str] = Counter()

    def inc_value(self, key: str, count: int = 1) -> None:
        self.values[key] += count

    def set_value(self, key: str, value: object) -> None:
        self.values[key] = value  # type: ignore[assignment]


def test_a_write_error_drops_the_item_in_one_line_and_stops_the_run(caplog: pytest.LogCaptureFixture) -> None:
    """The item whose write failed and (h134 H3: not counted) the open chunk's earlier items, discarded with it, are
    counted output_failed: the run's articles in no completed file."""
    stopped: list[str] = []

    async def close_spider_async(reason: str) -> None:
        stopped.append(reason)

    pipeline = RunOutputPipeline.__new__(RunOutputPipeline)
    pipeline.crawler = _Crawler(SimpleNamespace(close_spider_async=close_spider_async))
    pipeline.stats, pipeline.failed, pipeline.exporter = _Stats(), False, _FullDisk()
    pipeline.part_path = Path("20240619T000000Z-000.jsonl.part")
    pipeline.emissions = [SimpleNamespace(key="contoh#1"), SimpleNamespace(key="contoh#2")]  # written before
    item = Article(url="https://www.contoh.id/a", site="contoh", title="Judul", body=["Isi."])

    async def write() -> None:  # in a running loop, as in a crawl (the stop is scheduled on it)
        with pytest.raises(DropItem):
            pipeline.process_item(item)
        await asyncio.sleep(0)

    with caplog.at_level(logging.CRITICAL, logger="newscrawl.output"):
        asyncio.run(write())
    assert pipeline.failed and stopped == ["output_failed"]
    assert pipeline.stats.values["newscrawl/dropped/output_failed"] == 3
    assert [r.getMessage() for r in caplog.records if "No space left" in r.getMessage()]
    with pytest.raises(DropItem):  # nothing more is written this run
        pipeline.process_item(item)


def test_an_output_folder_that_cannot_be_made_stops_the_run_in_one_line(tmp_path: Path) -> None:
    """output/<site> is a regular file (a botched rsync): one CRITICAL line naming the path and the OS error, no
    traceback, nothing fetched, exit 1 with the cause in the summary; once repaired, the next run emits all."""
    from conftest import completed_items, run_cron
    from synthetic_site import DAY, site_routes

    window = ("--spiders", "sindonews", "--since", DAY, "--until", DAY)
    (tmp_path / "output").mkdir()
    blocker = tmp_path / "output" / "sindonews"
    blocker.write_text("not a folder")
    failed = run_cron(site_routes(3), tmp_path, *window)
    assert failed.returncode == 1
    assert "Traceback" not in failed.stderr
    [line] = failed.stderr.strip().splitlines()
    assert "CRITICAL" in line and str(blocker) in line and "FileExistsError" in line, line
    assert not [url for _m, url, _s in failed.hits if "/read/" in url]
    site = failed.summary["sites"]["sindonews"]
    assert site["finish_reason"] == "output_failed" and str(blocker) in site["output_error"], site
    assert "a crawl did not finish: sindonews (output_failed)" in failed.stdout
    # (h143 S14) the site's own line said "health ok" above that "exit 1": now what happened, never ok
    assert "sindonews: 0 emitted (0 new, 0 updated), 0 already emitted, did not finish (output_failed)\n" in failed.stdout
    assert "health ok" not in failed.stdout, failed.stdout
    blocker.unlink()
    assert run_cron(site_routes(3), tmp_path, *window).returncode == 0
    assert len(completed_items(tmp_path)) == 3


@pytest.mark.parametrize("target", ["/dev/full", "/proc/newscrawl-no-such-dir/out.jsonl"])
def test_a_feed_that_cannot_be_written_stops_scrapy_crawl_with_one_line(tmp_path, target):
    """(h27 probe) `scrapy crawl -O` onto a full disk or an impossible path: one traceback per item, "30 articles
    emitted; health ok", exit 0, nothing written. Now one CRITICAL line, finish_reason output_failed, exit 1."""
    import os
    import subprocess
    import sys
    from conftest import REPO
    from replay import ReplayProxy
    from synthetic_site import site_routes
    stats_path = tmp_path / "stats.json"
    command = [sys.executable, "-m", "scrapy", "crawl", "sindonews", "-a", "since=2024-06-19", "-a", "until=2024-06-19",
               "-O", f"{target}:jsonl", "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False",
               "-s", "LOG_LEVEL=WARNING", "-s", f"NEWSCRAWL_STATS_FILE={stats_path}"]
    with ReplayProxy(site_routes(8)) as proxy:
        process = subprocess.run(command, cwd=REPO, env={**os.environ, **proxy.env()}, capture_output=True, text=True,
                                 timeout=180)
    assert process.returncode == 1, process.stderr
    assert "Traceback" not in process.stderr, process.stderr
    assert process.stderr.count("CRITICAL: Cannot write the feed") == 1, process.stderr
    import json
    stats = json.loads(stats_path.read_text(encoding="utf-8"))
    assert stats["finish_reason"] == "output_failed" and stats["newscrawl/dropped/output_failed"] >= 1


@pytest.mark.parametrize(("option", "kept"), [("-O", 0), ("-o", 2)])
def test_an_overwrite_feed_of_a_run_that_emitted_nothing_is_emptied(tmp_path, option, kept):
    """`scrapy crawl -O out.jsonl` that emits nothing (the site down) left the last run's file as it was: a job
    reading it after the run took yesterday's articles for today's. -O means "this run's output": now an empty
    file. -o (append) keeps what it had; the default per-run files are still never written empty."""
    import os
    import subprocess
    import sys
    from conftest import REPO
    from replay import ReplayProxy, Route
    out = tmp_path / "out.jsonl"
    out.write_text('{"title": "kemarin"}\n{"title": "kemarin juga"}\n', encoding="utf-8")
    command = [sys.executable, "-m", "scrapy", "crawl", "sindonews", "-a", "since=2024-06-19", "-a", "until=2024-06-19",
               option, f"{out}:jsonl", "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "RETRY_TIMES=0",
               "-s", "LOG_LEVEL=WARNING"]
    down = {"https://www.sindonews.com/indeks/0/0?t=2024-06-19": Route(b"down", status=503)}
    with ReplayProxy(down) as proxy:
        process = subprocess.run(command, cwd=REPO, env={**os.environ, **proxy.env()}, capture_output=True, text=True,
                                 timeout=180)
    assert "Traceback" not in process.stderr, process.stderr
    assert len(out.read_text(encoding="utf-8").splitlines()) == kept, process.stderr


# The final commit (the chunk committed when the crawl ends) fails: the store's disk is full, the store read-only.
FINAL_COMMIT_FAILS = """
import sqlite3
from newscrawl.state import SeenStore

def commit_run(self, *args, **kwargs):
    raise sqlite3.OperationalError("database or disk is full")

SeenStore.commit_run = commit_run
"""


def test_a_final_commit_that_fails_fails_the_run_in_one_line(tmp_path: Path) -> None:
    """(h49 s8d) The state disk fills during the run and the commit at its end fails: Scrapy had called the crawl
    finished, the failure came out of close_spider as a "Scraper close failure" traceback, exit 0, health ok — and
    the articles of the discarded chunk counted nowhere. Now one CRITICAL line, the run exits 1, the site's
    finish_reason is output_failed with the error in the summary, and the next run emits every article once."""
    from conftest import completed_items, run_cron
    from synthetic_site import DAY, site_routes

    window = ("--spiders", "sindonews", "--since", DAY, "--until", DAY)
    failed = run_cron(site_routes(3), tmp_path, *window, prelude=FINAL_COMMIT_FAILS)
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert "Traceback" not in failed.stderr
    [line] = failed.stderr.strip().splitlines()
    assert "CRITICAL" in line and "database or disk is full" in line, line
    site = failed.summary["sites"]["sindonews"]
    assert site["finish_reason"] == "output_failed" and site["dropped"]["output_failed"] == 3, site
    assert site["output_error"] == "OperationalError: database or disk is full", site
    assert failed.summary["unfinished_sites"] == ["sindonews"] and completed_items(tmp_path) == []
    again = run_cron(site_routes(3), tmp_path, *window)
    assert again.returncode == 0, again.stdout + again.stderr
    assert len(completed_items(tmp_path)) == 3


# The site's output folder is moved aside (or its mount vanishes) mid-run: `mv output/sindonews …archived`.
MOVE_OUTPUT_FOLDER = """
import os
from newscrawl.output import RunOutputPipeline

def move_aside(chunk):
    folder = chunk.final_path.parent
    if folder.exists():
        os.rename(folder, folder.with_name(folder.name + ".archived"))
"""
# after the first chunk is committed, before the next one starts
MOVE_AFTER_FIRST_COMMIT = MOVE_OUTPUT_FOLDER + """
committed = RunOutputPipeline._committed

def moved_after(self, dropped, chunk):
    committed(self, dropped, chunk)
    if chunk.index == 0:
        move_aside(chunk)

RunOutputPipeline._committed = moved_after
"""
# while the second chunk is being committed, before the store records it
MOVE_BEFORE_SECOND_COMMIT = MOVE_OUTPUT_FOLDER + """
commit_chunk = RunOutputPipeline._commit_chunk

def moved_before(self, chunk):
    if chunk.index == 1:
        move_aside(chunk)
    return commit_chunk(self, chunk)

RunOutputPipeline._commit_chunk = moved_before
"""


@pytest.mark.parametrize("fault", ["next_chunk_cannot_start", "chunk_moved_before_its_commit"])
def test_an_output_folder_that_vanishes_mid_run_stops_it_in_one_line_and_loses_nothing(tmp_path: Path, fault) -> None:
    """(h128 M1) output/sindonews moved aside after the first chunk committed: the next chunk could not be opened, a
    traceback per later item (FileNotFoundError, then AttributeError on the exporter), exit 0, health ok. (h128 M2)
    The mount vanished before a chunk's rename: the store had recorded the chunk, its rename failed, and its articles
    were in no file and never fetched again. Now one CRITICAL line, exit 1, the error in the summary, and the next
    run emits every article not in a completed file."""
    from conftest import completed_items, run_cron
    from synthetic_site import DAY, site_routes

    window = ("--spiders", "sindonews", "--since", DAY, "--until", DAY, "-s", "NEWSCRAWL_CHUNK_ITEMS=3")
    prelude = MOVE_AFTER_FIRST_COMMIT if fault == "next_chunk_cannot_start" else MOVE_BEFORE_SECOND_COMMIT
    failed = run_cron(site_routes(12), tmp_path, *window, prelude=prelude)
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert "Traceback" not in failed.stderr and "Error processing" not in failed.stderr, failed.stderr
    [line] = failed.stderr.strip().splitlines()
    assert "CRITICAL" in line and "fetched again" in line, line
    site = failed.summary["sites"]["sindonews"]
    assert site["finish_reason"] == "output_failed", site
    assert "FileNotFoundError" in site["output_error"] or "ChunkMoved" in site["output_error"], site
    assert site["items_new"] == len(completed_items(tmp_path)) == 3, site
    again = run_cron(site_routes(12), tmp_path, *window)
    assert again.returncode == 0, again.stdout + again.stderr
    ids = [item["id"] for item in completed_items(tmp_path)]  # the archived folder's files included
    assert sorted(ids) == sorted({*ids}) and len(ids) == 12, ids


# The rename after the store's commit fails (an I/O error of the output's disk): the chunk stays a .part, recorded.
RENAME_FAILS_ONCE = """
import newscrawl.output as output

finalize = output.finalize

def failing(part, final, dropped):
    if part.name.endswith("-001.jsonl.part") and not getattr(failing, "done", False):
        failing.done = True
        raise OSError(5, "Input/output error")
    return finalize(part, final, dropped)

output.finalize = failing
"""


def test_a_chunk_committed_but_not_renamed_is_said_as_such_and_completed_by_the_next_run(tmp_path: Path) -> None:
    """A rename that fails after the store recorded the chunk: the CRITICAL line said "the chunk's articles are
    fetched again" — they are not (the store counts them emitted). It now says what happened; the .part, still there,
    is renamed by the next run's recovery, and no article is lost or emitted twice."""
    from conftest import completed_items, run_cron
    from synthetic_site import DAY, site_routes

    window = ("--spiders", "sindonews", "--since", DAY, "--until", DAY, "-s", "NEWSCRAWL_CHUNK_ITEMS=3")
    failed = run_cron(site_routes(12), tmp_path, *window, prelude=RENAME_FAILS_ONCE)
    assert failed.returncode == 1, failed.stdout + failed.stderr
    [line] = failed.stderr.strip().splitlines()
    assert "CRITICAL" in line and "recorded as committed" in line and "fetched again" not in line, line
    assert failed.summary["sites"]["sindonews"]["output_error"].startswith("CommittedNotRenamed"), failed.summary
    again = run_cron(site_routes(12), tmp_path, *window)
    assert again.returncode == 0 and "Recovered" in again.stderr, again.stdout + again.stderr
    ids = [item["id"] for item in completed_items(tmp_path)]
    assert sorted(ids) == sorted({*ids}) and len(ids) == 12, ids


# The seen-store held by another process past its 30 s wait right after chunk -001's commit: its 'completed' mark fails.
MARK_COMPLETED_BUSY = """
import sqlite3
from newscrawl.state import SeenStore, store_error

mark_completed = SeenStore.mark_completed

def busy(self, run_id, site):
    if run_id.endswith("-001"):
        raise store_error(self.path, sqlite3.OperationalError("database is locked"), "the run stops")
    return mark_completed(self, run_id, site)

SeenStore.mark_completed = busy
"""


def test_a_failure_after_a_chunks_commit_counts_it_committed(tmp_path: Path) -> None:
    """(h134 R1) The store locked by another process after chunk -001 was committed and renamed, before its
    'completed' mark: the line said the chunk "could not be committed … discarded, its articles are fetched again"
    and the summary counted its 3 articles output_failed — they were in -001.jsonl, never fetched again. Whatever
    fails after the commit, the chunk counts as committed and the line says what failed."""
    from conftest import completed_items, run_cron
    from synthetic_site import DAY, site_routes

    window = ("--spiders", "sindonews", "--since", DAY, "--until", DAY, "-s", "NEWSCRAWL_CHUNK_ITEMS=3")
    failed = run_cron(site_routes(12), tmp_path, *window, prelude=MARK_COMPLETED_BUSY)
    assert failed.returncode == 1, failed.stdout + failed.stderr
    [line] = failed.stderr.strip().splitlines()
    assert "CRITICAL" in line and "was committed and written" in line and "fetched again" not in line, line
    site = failed.summary["sites"]["sindonews"]
    assert site["items_new"] == len(completed_items(tmp_path)) == 6, site
    assert site["output_error"].startswith("StoreBusy"), site
    again = run_cron(site_routes(12), tmp_path, *window)
    assert again.returncode == 0, again.stdout + again.stderr
    ids = [item["id"] for item in completed_items(tmp_path)]
    assert sorted(ids) == sorted({*ids}) and len(ids) == 12, ids


# The output folder still read-only when the next run settles the .part a failed rename left.
RECOVERY_READ_ONLY = """
import newscrawl.output as output

def read_only(part, final, dropped):
    raise OSError(30, "Read-only file system")

output.finalize = read_only
"""


def test_a_part_that_cannot_be_settled_stops_the_next_run_in_one_line(tmp_path: Path) -> None:
    """(h134 H2) A committed chunk's rename failed (the folder made read-only); the next run, the folder still
    read-only, ended in a traceback from cron.main → recover → finalize. Now one CRITICAL line naming the .part and
    the cause, exit 1, nothing crawled; once writable, the run after completes it and no article is lost."""
    from conftest import completed_items, run_cron
    from synthetic_site import DAY, site_routes

    window = ("--spiders", "sindonews", "--since", DAY, "--until", DAY, "-s", "NEWSCRAWL_CHUNK_ITEMS=3")
    assert run_cron(site_routes(12), tmp_path, *window, prelude=RENAME_FAILS_ONCE).returncode == 1
    blocked = run_cron(site_routes(12), tmp_path, *window, prelude=RECOVERY_READ_ONLY)
    assert blocked.returncode == 1 and "Traceback" not in blocked.stderr + blocked.stdout, blocked.stderr
    [line] = blocked.stderr.strip().splitlines()
    assert "CRITICAL" in line and "Cannot settle" in line and "-001.jsonl.part" in line, line
    assert "Read-only file system" in line and "not fetched again" in line and not blocked.hits, line
    again = run_cron(site_routes(12), tmp_path, *window)
    assert again.returncode == 0 and "Recovered" in again.stderr, again.stdout + again.stderr
    ids = [item["id"] for item in completed_items(tmp_path)]
    assert sorted(ids) == sorted({*ids}) and len(ids) == 12, ids


# The folder a user moved a site's output to is on a read-only backup volume: anything written there fails.
MOVED_FOLDER_READ_ONLY = """
import os, pathlib

def read_only(call):
    def guarded(*args, **kwargs):
        if any("/output/old/" in str(arg) for arg in args):
            raise OSError(30, "Read-only file system")
        return call(*args, **kwargs)
    return guarded

os.replace, os.rename, os.unlink = read_only(os.replace), read_only(os.rename), read_only(os.unlink)
pathlib.Path.unlink, pathlib.Path.rename = read_only(pathlib.Path.unlink), read_only(pathlib.Path.rename)
"""


def test_a_committed_chunk_moved_two_levels_down_is_left_alone_and_said_missing_once(tmp_path: Path) -> None:
    """(h138 c1/c6, and the 'Left … alone' lines twice per run) A chunk committed but not renamed, then the site's
    folder moved to output/old/sindonews (on a read-only volume). 8589a48 did not see a .part two levels down (its
    articles silently missing), unlinked one a level down (RecoveryFailed: exit 1, nothing crawled, on a read-only
    one), and cron's recovery and the pipeline's both logged. Now the run crawls, nothing under old/ is touched, the
    chunk is not re-created in output/sindonews/, and one warning says (once) it is missing and where its .part is."""
    from conftest import completed_items, run_cron
    from synthetic_site import DAY, site_routes

    window = ("--spiders", "sindonews", "--since", DAY, "--until", DAY, "-s", "NEWSCRAWL_CHUNK_ITEMS=3")
    assert run_cron(site_routes(12), tmp_path, *window, prelude=RENAME_FAILS_ONCE).returncode == 1
    output = tmp_path / "output"
    [part] = (output / "sindonews").glob("*-001.jsonl.part")
    (output / "old").mkdir()
    (output / "sindonews").rename(output / "old" / "sindonews")
    moved = output / "old" / "sindonews" / part.name
    kept = {path: path.read_bytes() for path in (output / "old").rglob("*") if path.is_file()}
    for run in range(2):
        again = run_cron(site_routes(12), tmp_path, *window, prelude=MOVED_FOLDER_READ_ONLY)
        assert again.returncode == 0 and "Traceback" not in again.stderr + again.stdout, again.stderr
        lines = [line for line in again.stderr.splitlines() if part.name[:-len(".jsonl.part")] in line]
        if run:
            assert lines == [], lines  # said once, not on every run for ever
            continue
        [line] = lines  # not by cron's recovery and the pipeline's both
        assert "missing" in line and str(part) in line and str(moved) in line, line
        assert "will not be fetched again" in line and "move it back" in line, line
    assert kept == {path: path.read_bytes() for path in (output / "old").rglob("*") if path.is_file()}
    assert not (output / "sindonews" / part.name[:-len(".part")]).exists()
    ids = [item["id"] for item in completed_items(tmp_path)]
    ids += [json.loads(line)["id"] for line in moved.read_text().splitlines()]
    assert sorted(ids) == sorted({*ids}), ids


def test_an_overwrite_feed_naming_a_folder_says_so_in_one_line(tmp_path):
    """(h112 probe) `-O out.jsonl` where out.jsonl is a folder: the CRITICAL line, then "The feed … was not stored
    whole (AssertionError: )", read as half the articles written. The file never opened: nothing else to say."""
    import os
    import subprocess
    import sys
    from conftest import REPO
    from replay import ReplayProxy
    from synthetic_site import site_routes
    folder = tmp_path / "out.jsonl"
    folder.mkdir()
    command = [sys.executable, "-m", "scrapy", "crawl", "sindonews", "-a", "since=2024-06-19", "-a", "until=2024-06-19",
               "-O", str(folder), "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "LOG_LEVEL=WARNING"]
    with ReplayProxy(site_routes(2)) as proxy:
        process = subprocess.run(command, cwd=REPO, env={**os.environ, **proxy.env()}, capture_output=True, text=True,
                                 timeout=180)
    assert process.returncode == 1, process.stderr
    said = [line for line in process.stderr.splitlines() if "ERROR" in line or "CRITICAL" in line]
    assert len(said) == 1 and "IsADirectoryError" in said[0], process.stderr


def test_appending_to_a_feed_with_a_torn_last_line_starts_on_a_new_line(tmp_path):
    """(h112 probe) `-o out.jsonl` onto a file whose last line is torn (another writer's crash): Scrapy glued the
    first new record onto the fragment, and a JSON-lines reader lost it. Now it starts on a line of its own, with
    one WARNING naming the file; the torn line is left as it was."""
    import json
    import os
    import subprocess
    import sys
    from conftest import REPO
    from replay import ReplayProxy
    from synthetic_site import article_url, site_routes
    out = tmp_path / "out.jsonl"
    torn = '{"site": "sindonews", "url": "https://x/read/1", "title": "Ber'
    out.write_text('{"title": "kemarin"}\n' + torn, encoding="utf-8")
    command = [sys.executable, "-m", "scrapy", "crawl", "sindonews", "-a", "since=2024-06-19", "-a", "until=2024-06-19",
               "-o", f"{out}:jsonl", "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "LOG_LEVEL=WARNING"]
    with ReplayProxy(site_routes(2)) as proxy:
        process = subprocess.run(command, cwd=REPO, env={**os.environ, **proxy.env()}, capture_output=True, text=True,
                                 timeout=180)
    assert process.returncode == 0 and "Traceback" not in process.stderr, process.stderr
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[:2] == ['{"title": "kemarin"}', torn], lines[:2]
    assert sorted(json.loads(line)["url"] for line in lines[2:]) == sorted(article_url(n) for n in range(2))
    assert process.stderr.count("torn line") == 1, process.stderr


@pytest.mark.parametrize(("options", "mended"), [
    ({"format": "jsonlines"}, True),
    ({"format": "csv"}, True),
    # a compressed feed appends a gzip member whose last byte is no text: a newline between members corrupts it
    ({"format": "jsonlines", "postprocessing": ["scrapy.extensions.postprocessing.GzipPlugin"]}, False),
    ({"format": "json"}, False),  # a JSON array is no run of lines
])
def test_only_a_feed_of_plain_lines_is_mended(tmp_path, options, mended):
    from newscrawl.extensions import MendingFileFeedStorage
    path = tmp_path / "out.feed"
    path.write_bytes(b'{"title": "Ber')
    MendingFileFeedStorage(str(path), feed_options=options).open(None).close()
    assert path.read_bytes() == b'{"title": "Ber' + (b"\n" if mended else b"")


# The output's disk fills by the end of the run: the summary's .part is made, then its write fails (h143 S14: a 0-byte
# runs/<run_id>.summary.json.part, left for good).
SUMMARY_DISK_FULL = """
import pathlib

_write_text = pathlib.Path.write_text

def write_text(self, data, *args, **kwargs):
    if self.name.endswith(".summary.json.part"):
        open(self, "wb").close()
        raise OSError(28, "No space left on device")
    return _write_text(self, data, *args, **kwargs)

pathlib.Path.write_text = write_text
"""


def test_a_summary_that_cannot_be_written_leaves_no_part_and_old_ones_are_removed(tmp_path: Path) -> None:
    """(h143 S14) The output's disk full when the summary is written: the run said "summary not written" and exited 1,
    but its empty runs/<run_id>.summary.json.part stayed for good. Now the failed write removes it (and logs so); a
    summary .part an earlier run left anyway (killed while writing it) is removed by the next run's recovery, which
    leaves every other file in runs/ and the articles' .part files alone."""
    from conftest import completed_items, run_cron
    from synthetic_site import DAY, site_routes

    window = ("--spiders", "sindonews", "--since", DAY, "--until", DAY)
    runs = tmp_path / "output" / "runs"
    full = run_cron(site_routes(3), tmp_path, *window, prelude=SUMMARY_DISK_FULL)
    assert full.returncode == 1 and "summary not written (OSError: [Errno 28] No space left on device)" in full.stdout
    assert "Traceback" not in full.stderr and full.summary is None, full.stderr
    assert list(runs.glob("*.part")) == [], list(runs.iterdir())
    assert len(completed_items(tmp_path)) == 3  # the articles are written: only the summary is missing
    logs = "".join(log.read_text() for log in (tmp_path / "logs").iterdir())
    assert "Removed" in logs and ".summary.json.part (the summary that could not be written)" in logs
    # A summary .part of a run killed while writing it, beside files that are no summary's .part.
    stale = runs / "20240619T020000Z.summary.json.part"
    stale.write_text('{"exit_code": 0, "run_i')
    os.utime(stale, (time.time() - 3600, time.time() - 3600))  # an hour old: its run is over
    # (h145 W1 B2) One being written this instant by a second cron under another --lock on the same output: kept.
    live = runs / "20240619T030000Z.summary.json.part"
    live.write_text('{"exit_code": 0, "run_i')
    others = [runs / "notes.part", runs / "20240619T020000Z.jsonl.part", tmp_path / "output" / "runs.summary.json.part"]
    for other in others:
        other.write_text("keep")
    again = run_cron(site_routes(3), tmp_path, *window)
    assert again.returncode == 0 and again.summary is not None, again.stdout + again.stderr
    assert not stale.exists() and all(other.read_text() == "keep" for other in others)
    assert sorted(path.name for path in runs.glob("*.part")) == [
        "20240619T020000Z.jsonl.part", "20240619T030000Z.summary.json.part", "notes.part"]
