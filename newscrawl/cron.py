"""The cron entry: one incremental run of the chosen spiders, in one process, under a lock.

    python -m newscrawl.cron                       # all spiders, incremental, window: 6 h back to today (WIB)
    python -m newscrawl.cron --spiders detik,kompas --since 2024-06-01 --until 2024-06-19
    python -m newscrawl.cron --recrawl             # ignore the seen-store (re-emit everything)

Per run and site it writes ``<output>/<site>/<run_id>.jsonl`` atomically (a .part renamed when the
site's crawl completes, committed together with the seen-store; see newscrawl/state.py), a summary
``<output>/runs/<run_id>.summary.json``, the log ``<logs>/<run_id>.log``, and refreshes the run
report ``<output>/report.html`` (newscrawl/report.py).

Exit codes: 0 ok; 3 a site failed its health check (layout drift?); 1 a crawl did not finish;
2 bad arguments or an unknown spider (checked before the lock; nothing crawled); 75 another run holds the lock (EX_TEMPFAIL: cron simply tries again next time).
"""
from __future__ import annotations

import argparse
import fcntl
import json
import logging
import os
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Mapping, Sequence

from scrapy.crawler import CrawlerProcess
from scrapy.spiderloader import SpiderLoader
from scrapy.utils.project import get_project_settings

from newscrawl.addons import run_id_now
from newscrawl.cluster import worker_run_id
from newscrawl.dates import WIB
from newscrawl.health import discovery_shortfall, site_health, site_thresholds, verdict
from newscrawl.middlewares import clock_from_settings
from newscrawl.spiders.base import FAILED_DAY
from newscrawl.output import RecoveryFailed, chunks_after_store, recover
from newscrawl.report import write_report
from newscrawl.state import StoreError, open_seen_store, os_error_text

EXIT_OK, EXIT_CRAWL_FAILED, EXIT_USAGE, EXIT_UNHEALTHY, EXIT_LOCKED = 0, 1, 2, 3, 75
logger = logging.getLogger("newscrawl.cron")


# A window reaching further back is a backfill: --since says which day.
MAX_LOOKBACK_HOURS = 24 * 31


def _lookback_hours(text: str) -> float:
    hours = float(text)
    if not 0 <= hours <= MAX_LOOKBACK_HOURS:  # NaN fails too
        raise argparse.ArgumentTypeError(f"{text}: hours from 0 to {MAX_LOOKBACK_HOURS} (a longer window: --since)")
    return hours


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m newscrawl.cron", description=__doc__.splitlines()[0])
    parser.add_argument("--spiders", help="comma-separated spider names (default: all)")
    parser.add_argument("--since", help="first day YYYY-MM-DD (default: the WIB day --lookback-hours ago)")
    parser.add_argument("--until", help="last day YYYY-MM-DD (default: today, WIB)")
    parser.add_argument("--lookback-hours", type=_lookback_hours, default=6.0,
                        help="without --since, start the window this many hours back, so a run just after "
                             "midnight still reads yesterday's last articles (default: 6)")
    parser.add_argument("--recrawl", action="store_true", help="ignore the seen-store for this run")
    parser.add_argument("--output-dir", default=os.environ.get("NEWSCRAWL_OUTPUT", "output"))
    parser.add_argument("--state", default=None, help="seen-store path (default: setting / $NEWSCRAWL_STATE)")
    parser.add_argument("--log-dir", default=os.environ.get("NEWSCRAWL_LOGS", "logs"))
    parser.add_argument("--lock", default=None, help="lock file (default: <state dir>/cron.lock)")
    parser.add_argument("-s", "--set", action="append", default=[], metavar="NAME=VALUE",
                        help="override a Scrapy setting, as with scrapy crawl -s")
    return parser.parse_args(argv)


def unwritable_folder(folder: Path) -> OSError | None:
    """Why cron cannot write in ``folder`` (made when missing), or None: a file is made there and removed. A
    read-only mount, a file where the folder should be, no permission, a full disk: the OS error."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as error:
        return error
    return None


def acquire_lock(path: Path):
    """An exclusive flock held for the process's life; None when another run holds it. OSError when the
    lock file cannot be opened for writing."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle = open(path, "a+")
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.close()
        return None
    handle.seek(0)
    handle.truncate()
    handle.write(f"{os.getpid()}\n")
    handle.flush()
    return handle


def lock_holder(path: Path, wait_s: float = 0.5) -> str | None:
    """The PID the holder of the lock wrote into it (None if unreadable or still not written after ``wait_s``).
    The holder takes the flock first and writes its PID a moment later: a run started in that gap read an empty file
    and logged "pid unknown" (h217: 1 of 7 simultaneous starts), so an empty file is read again for a short while."""
    deadline = time.monotonic() + wait_s
    while True:
        try:
            pid = path.read_text(encoding="utf-8").strip()
        except OSError:
            return None
        if pid.isdigit() or time.monotonic() >= deadline:
            return pid if pid.isdigit() else None
        time.sleep(0.02)


def site_line(name: str, site: Mapping[str, Any]) -> str:
    """A site's line in the run's output (what cron mails): what it emitted, what it left and why, its verdict. URLs
    skipped as unavailable (they held no article in an earlier run: a login wall, 404s) are said when there are any,
    or a run skipping every listed URL reads "0 emitted … health ok" with nothing to say why (h217)."""
    other_run = site["dropped"].get("committed_by_other_run")
    unavailable = site.get("skipped_unavailable", 0)
    outside = site.get("skipped_outside_window", 0)
    return (f"{name}: {site['items_emitted']} emitted ({site['items_new']} new, {site['items_updated']} updated), "
            + (f"{other_run} left out (committed first by another run), " if other_run else "")
            + f"{site['skipped_already_emitted']} already emitted, "
            + (f"{unavailable} skipped as unavailable (no article there before), " if unavailable else "")
            + (f"{outside} skipped as outside the window (dated so before), " if outside else "")
            + verdict(site["health"], site["finish_reason"]))


def layout_drift_sites(sites: Mapping[str, Mapping[str, Any]]) -> dict[str, str]:
    """{site: its layout drift warning} (health.site_health): bodies mostly read by a fallback, the site's body selectors
    failing (a redesign?). Said, never failing, and no discovery shortfall: a field of its own (h264 B)."""
    return {name: site["health"]["layout_drift"] for name, site in sites.items()
            if isinstance(site.get("health"), Mapping) and site["health"].get("layout_drift")}


def default_since(lookback_hours: float, until: str | None, now: datetime | None = None) -> str | None:
    """The window's first day when --since is not given: the WIB day `lookback_hours` ago.

    A run at 00:05 WIB would otherwise only read today's listings, and the articles published
    between the previous run and midnight would never be fetched. The seen-store keeps the
    overlap from emitting anything twice. With --until given, the window is that day alone.
    """
    if until:
        return None
    now = now or datetime.now(timezone.utc)
    return (now.astimezone(WIB) - timedelta(hours=lookback_hours)).date().isoformat()


# How far back a run reaches for days its site's earlier runs could not read (an outage, a block): further is a
# backfill (--since), named in a warning.
MAX_CATCH_UP_DAYS = 7


def covered(site: Mapping[str, Any]) -> bool:
    """Whether a site's run (its summary) read its listings and its articles: finished, and neither its discovery
    nor its article requests all failed. A run that was only unhealthy by a share (dates, bylines) did read."""
    failures = site.get("health", {}).get("failures", [])
    return site.get("finish_reason") == "finished" and not any(
        failure.startswith(("discovery:", "articles:")) for failure in failures)


def last_covered_runs(runs_dir: Path, sites: list[str], not_before: datetime,
                      failed_days: dict[str, list[str]] | None = None,
                      not_after: datetime | None = None) -> tuple[dict[str, datetime], set[str]]:
    """The start of each site's newest run, among cron's default-window runs (not backfills) since
    ``not_before``, that covered it (``covered``), and the sites those runs crawled without covering them once (down,
    or blocking the crawler, all along). Summaries are named by run id, which begins with its start time: read
    newest first, until every site is found or they are older; then, for a site with no run since ``not_before`` at
    all (cron stopped), its newest covering run before it, in the next ``_OLDER_SUMMARIES_READ`` summaries. A summary that cannot be read, or is of another
    shape, is no evidence either way: skipped. So is one that started after ``not_after`` (now): made with the clock
    ahead, its times say nothing of when the site was read (and it would stand for every later run until then)."""
    found: dict[str, datetime] = {}
    failing: set[str] = set()
    if failed_days is None:
        failed_days = {}
    try:
        paths = sorted(runs_dir.glob("*.summary.json"), reverse=True)
    except OSError:
        return found, failing
    older = 0  # summaries read from before ``not_before``
    for path in paths:
        if len(found) == len(sites):
            break
        try:
            summary = json.loads(path.read_text(encoding="utf-8"))
            started = datetime.fromisoformat(summary["window_now"])
            if started < not_before:
                # Before the cut-off only the newest run that read a site not found yet is looked for (cron stopped
                # for 9 days: its last read, so the run reads back to the catch-up's floor and says what is older),
                # in a bounded number of summaries.
                older += 1
                if older > _OLDER_SUMMARIES_READ:
                    break
                if summary.get("window_until") is not None:
                    continue
                for name, site in summary["sites"].items():
                    if name in sites and name not in found and name not in failing and covered(site):
                        found[name] = started
                continue
            if not_after is not None and started > not_after:
                continue
            if summary.get("window_until") is not None:
                continue  # a backfill (--until) covers the days it named, not the time since the run before
            for name, site in summary["sites"].items():
                if name in sites and name not in found and name not in failed_days:
                    # The site's newest run: the days its dated listings failed in, read again by the next run.
                    failed_days[name] = [day for day in site.get("discovery_failed_days") or () if isinstance(day, str)]
                if name in sites and name not in found:
                    if covered(site):
                        found[name] = started
                    else:
                        failing.add(name)
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            continue  # a summary half written by a dead run, hand-edited, or of another release
    return found, failing - set(found)


# How many summaries from before the cut-off last_covered_runs reads for a site's last read (a day of 10-minute runs).
_OLDER_SUMMARIES_READ = 150


def earlier_runs(runs_dir: Path) -> int:
    """How many run summaries ``runs_dir`` holds (0 when it cannot be read)."""
    try:
        return sum(1 for _ in runs_dir.glob("*.summary.json"))
    except OSError:
        return 0


def chunks_text(chunks: Mapping[str, list[str]], most: int = 4) -> str:
    """Chunks per site in words, for a warning: 'sindonews: 2 (20240619T...Z.jsonl to 20240620T...Z.jsonl)'."""
    def one(site: str, names: list[str]) -> str:
        span = f"{names[0]}.jsonl" if len(names) == 1 else f"{names[0]}.jsonl to {names[-1]}.jsonl"
        return f"{site}: {len(names)} ({span})"
    shown = [one(site, names) for site, names in sorted(chunks.items())[:most]]
    if len(chunks) > most:
        shown.append(f"{len(chunks) - most} more sites")
    return ", ".join(shown)


def warn_of_store_behind_output(store: Any, state_path: Path, output_dir: Path, sites: Sequence[str]) -> None:
    """A seen-store file that exists but does not know what the output proves was emitted — said in one warning, as
    a deleted store is (main): an empty database in its place (a wrong restore, an overwrite: h235 S9c, silent
    before, the window emitted again) when it holds nothing while the run summaries or completed chunks prove earlier
    runs; else completed chunks of this run's sites written after the last one it records (a copy restored from an
    older backup, h235 S9h: what those chunks hold is emitted again when the window lists it)."""
    later = chunks_after_store(output_dir, store, sites)
    count = sum(len(names) for names in later.values())
    if store.holds_nothing():
        earlier = earlier_runs(output_dir / "runs")
        if earlier or later:
            logger.warning("Seen-store %s holds no article and no run (an empty database in its place: overwritten, "
                           "a wrong restore), but %s holds %d earlier runs' summaries and %d completed chunks%s: this "
                           "run uses it as an empty store and emits every article of its window again", state_path,
                           output_dir, earlier, count, f" ({chunks_text(later)})" if later else "")
    elif later:
        logger.warning("Seen-store %s does not know %d completed chunks in %s, written after the last one it records "
                       "(%s): it was restored from an older backup or copy, or --state names another store; the "
                       "articles they hold are emitted again when this run's window lists them", state_path, count,
                       output_dir, chunks_text(later))


def warn_of_lost_redis_store(settings: Any, runs_dir: Path) -> None:
    """In distributed mode, a Redis seen-store holding nothing while this worker's output holds earlier runs'
    summaries: Redis lost its data (restarted without persistence, flushed) or another key or database is named, and
    every article of the window is emitted again — said in one warning, as SQLite mode says a deleted store. Redis not
    answering is left to the crawl, which stops on it loudly."""
    earlier = earlier_runs(runs_dir)
    if not earlier:
        return
    from newscrawl.state import RedisSeenStore, redis_client
    key = settings.get("NEWSCRAWL_REDIS_STORE_KEY") or "newscrawl:seen"
    try:
        store = RedisSeenStore(redis_client(settings["NEWSCRAWL_REDIS_URL"], 0.0, socket_timeout=5.0), key)
        try:
            empty = store.holds_nothing()
        finally:
            store.close()
    except Exception:  # noqa: BLE001 - unreachable or refusing: the crawl reports it
        return
    if empty:
        logger.warning("The seen-store in Redis (key %s) holds nothing, but %s holds %d earlier runs' summaries: "
                       "Redis lost its data (restarted without persistence, flushed), another key or database is "
                       "named, or those runs kept their store elsewhere (SQLite mode before this output folder moved "
                       "to Redis); this run emits every article of its window again", key, runs_dir, earlier)


def window_start(since: str, last_read: datetime | None, never_read: bool, failed_days: Sequence[str],
                 lookback_hours: float, now: datetime, max_days: int = MAX_CATCH_UP_DAYS) -> tuple[str, str | None]:
    """A site's first day for cron's default window, and why it is earlier than ``since`` (None: it is not).

    ``since`` is the default window's. When the site's last run that read it (``last_read``) started before that
    window (down, or blocking the crawler, longer than the lookback), from the WIB day ``lookback_hours`` before that
    run, as its successor would have read; when the runs of the last ``max_days`` + 1 days crawled it without reading it
    once (``never_read``), ``max_days`` back; and from the first of ``failed_days`` (its dated listings that failed in
    its last run). Never more than ``max_days`` back: older days need a backfill."""
    floor = (now.astimezone(WIB) - timedelta(days=max_days)).date().isoformat()
    start, why = since, None
    if never_read:
        start = min(since, floor)
        why = f"no run of the last {max_days + 1} days read the site to its end"
    elif last_read is not None:
        wanted = (last_read.astimezone(WIB) - timedelta(hours=lookback_hours)).date().isoformat()
        if min(since, max(wanted, floor)) != since:
            start = max(wanted, floor)
            why = f"its last run that read the site started {last_read.isoformat(timespec='minutes')}"
    missed = sorted(day for day in failed_days if floor <= day < start)
    if missed:
        start, why = missed[0], f"its last run could not read the listings of {', '.join(missed)}"
    return start, why


def summarize_site(stats: Mapping[str, Any], thresholds: Mapping[str, float],
                   default_window: bool = False) -> dict[str, Any]:
    """The run summary of one site, from its crawler's final stats (``default_window``: cron's, health.site_health)."""
    def prefixed(prefix: str) -> dict[str, int]:
        return {k[len(prefix):]: v for k, v in sorted(stats.items()) if k.startswith(prefix)}

    statuses = prefixed("downloader/response_status_count/")
    for status, count in prefixed("robotstxt/response_status_count/").items():  # a missing robots.txt is no error
        statuses[status] = statuses.get(status, 0) - count
    start, finish = stats.get("start_time"), stats.get("finish_time")
    return {
        "finish_reason": stats.get("finish_reason"),
        # Days whose dated listing failed (after retries): the next cron run reads them again.
        "discovery_failed_days": sorted(key[len(FAILED_DAY):] for key in stats if key.startswith(FAILED_DAY)),
        # Discovery documents that read short of the window: listings still listing articles at max_pages, feeds,
        # sitemaps or undated listings not reaching back to the window's start or the last run (health says it).
        "discovery_short": discovery_shortfall(stats),
        # Counted as each chunk is committed: what the output files hold, not a chunk discarded at a forced stop.
        "items_new": stats.get("newscrawl/incremental/new", 0),
        "items_updated": stats.get("newscrawl/incremental/updated", 0),
        "items_emitted": stats.get("newscrawl/output/items", 0),
        # Emitted with later pages missing (fetched again by the next runs), and made whole this run.
        "items_incomplete": stats.get("newscrawl/output/incomplete", 0),
        "items_completed": stats.get("newscrawl/incremental/completed", 0),
        "output_file": stats.get("newscrawl/output/file"),
        # Why the output could not be opened or written (finish_reason output_failed): the OS error.
        "output_error": stats.get("newscrawl/output/error"),
        # Why the seen-store failed mid-run (finish_reason store_failed): damaged, or its disk full or read-only.
        "store_error": stats.get("newscrawl/store/error"),
        "skipped_already_emitted": stats.get("newscrawl/incremental/skipped_seen", 0),
        "rechecked": stats.get("newscrawl/incremental/rechecked", 0),
        "not_modified": stats.get("newscrawl/incremental/not_modified", 0),
        "recheck_gone": stats.get("newscrawl/incremental/recheck_gone", 0),
        # Rechecks answered 200 with a "not found" page (soft404): the story taken down, as a 404 (in recheck_gone
        # when no other URL of the story gave it); no failure of the site, unlike a soft 404 on a first fetch.
        "recheck_soft_404": stats.get("newscrawl/incremental/recheck_soft_404", 0),
        # Listed URLs that held no article in an earlier run (404/410, no article page): skipped until a retry
        # point (state.UNAVAILABLE_RETRY_HOURS), and those asked at one that still held none.
        "skipped_unavailable": stats.get("newscrawl/incremental/skipped_unavailable", 0),
        "unavailable_again": stats.get("newscrawl/incremental/unavailable_again", 0),
        # Listed URLs whose page an earlier run found dated outside its window (state.OUTSIDE_WINDOW): skipped while
        # this window does not hold that day.
        "skipped_outside_window": stats.get("newscrawl/incremental/skipped_outside_window", 0),
        # Rechecks answered without a readable article (a bot challenge, an empty 200): asked again next run.
        "recheck_unread": stats.get("newscrawl/incremental/recheck_unread", 0),
        "undated_kept": stats.get("newscrawl/window/undated_kept", 0),
        "dropped": prefixed("newscrawl/dropped/"),
        "dates_unparsed": {field: stats.get(f"newscrawl/dates/{field}/unparsed", 0) for field in ("published_at", "updated_at")},
        "residue_blocks_removed": stats.get("newscrawl/body/residue_blocks_removed", 0),
        "duplicate_blocks_removed": stats.get("newscrawl/body/duplicate_blocks_removed", 0),
        "http_errors": {status: n for status, n in statuses.items() if int(status) >= 400 and n},
        "request_errors": prefixed("newscrawl/errors/"),
        "retries": stats.get("retry/count", 0),
        "retry_after_waited_s": stats.get("newscrawl/http/retry_after_seconds", 0),
        "offsite_filtered": stats.get("offsite/filtered", 0),
        # Requests for a URL already fetched this run (incl. redirect loops back to a fetched URL).
        "duplicate_requests_filtered": stats.get("dupefilter/filtered", 0),
        "duration_s": round((finish - start).total_seconds(), 3) if start and finish else None,
        "health": site_health(stats, thresholds, default_window),
    }


SUMMARY_PART = ".summary.json.part"


def write_summary(path: Path, summary: Mapping[str, Any]) -> str | None:
    """Write a run's summary atomically (a .part renamed); None, or the error in words when it could not be written.
    A .part the failed write left (a full disk leaves it empty) is removed, and that is logged: no run reads it, and
    nothing else would ever remove it (h143 S14)."""
    part = path.with_name(path.name[:-len(".summary.json")] + SUMMARY_PART)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        part.write_text(json.dumps(summary, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
        os.replace(part, path)
    except OSError as error:
        logger.error("Could not write %s: %s", path, error)
        try:
            part.unlink()
            logger.info("Removed %s (the summary that could not be written)", part)
        except FileNotFoundError:
            pass
        except OSError as unlink_error:
            logger.warning("Could not remove %s either (%s); the next run removes it", part,
                           os_error_text(unlink_error))
        return f"{type(error).__name__}: {error}"
    return None


# A summary's .part younger than this may be another run's write in progress (a second cron on the same output with
# its own --lock/--state: h145 W1 B2, where this run's lock proves nothing about it). A summary is written in
# milliseconds: one this old is a run's that is over.
SUMMARY_PART_MIN_AGE = 600.0


def discard_summary_parts(runs_dir: Path, now: float | None = None, min_age: float = SUMMARY_PART_MIN_AGE) -> int:
    """Remove the summaries' .part files earlier runs left (a write that failed and could not clean up, a run killed
    while writing it): only ``<run_id>.summary.json.part`` in ``runs_dir``, never an article chunk's .part, and only
    one last modified ``min_age`` seconds or more before ``now`` (wall clock: the file's mtime; default time.time()).
    Called under the cron lock, before this run writes its own. Returns how many."""
    now = time.time() if now is None else now
    removed = 0
    for part in sorted(runs_dir.glob("*" + SUMMARY_PART)):
        try:
            if now - part.stat().st_mtime < min_age:
                continue  # maybe being written by a run under another lock
            part.unlink()
        except FileNotFoundError:
            continue
        except OSError as error:
            logger.warning("Could not remove %s, an earlier run's unfinished summary (%s)", part, os_error_text(error))
            continue
        removed += 1
        logger.info("Removed %s: an earlier run's summary that was never completed", part)
    return removed


def scheduled_spiders(loader: SpiderLoader) -> list[str]:
    """The spiders a cron run takes by default: all but those that need an argument to find anything
    (generic needs start_urls; a catalogue outlet without discovery needs -a url=)."""
    return [name for name in loader.list() if not loader.load(name).require_arguments]


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    # `python -m newscrawl.cron` proves the package importable: its settings are the project's even when the crontab
    # line lacks the `cd` into the checkout (no scrapy.cfg found), where the spiders were "unknown" (h112 probe).
    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "newscrawl.settings")
    settings = get_project_settings()
    for pair in args.set:
        name, _, value = pair.partition("=")
        settings.set(name, value, priority="cmdline")
    state_path = Path(args.state or settings["NEWSCRAWL_STATE_PATH"])
    lock_path = Path(args.lock) if args.lock else state_path.parent / "cron.lock"
    if settings.get("NEWSCRAWL_REDIS_URL"):
        run_id = worker_run_id()  # distributed: unique per worker process (time-host-pid)
    else:
        run_id = run_id_now()
    log_dir, output_dir = Path(args.log_dir), Path(args.output_dir)
    log_file = log_dir / f"{run_id}.log"
    # stderr (what cron mails) gets warnings and worse; the run's log file gets everything.
    console = logging.StreamHandler(sys.stderr)
    console.setLevel(logging.WARNING)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s [%(name)s] %(levelname)s: %(message)s",
                        handlers=[console])

    # Arguments first: a bad one exits at once (2), without taking the lock from a good run.
    loader = SpiderLoader.from_settings(settings)
    names = loader.list()
    if args.spiders is not None and not args.spiders.strip(", "):
        # --spiders "" (an empty variable in a crontab): not "every site"
        logger.error("--spiders names no spider (known: %s)", ", ".join(names))
        return EXIT_USAGE
    chosen = [n.strip() for n in args.spiders.split(",") if n.strip()] if args.spiders else names
    unknown = sorted(set(chosen) - set(names))
    if unknown:
        logger.error("Unknown spider(s): %s (known: %s)", ", ".join(unknown), ", ".join(names))
        return EXIT_USAGE
    if not args.spiders:
        chosen = scheduled_spiders(loader)
    try:
        now = datetime.fromtimestamp(clock_from_settings(settings)(), timezone.utc)
    except ValueError as error:
        logger.error("%s", error)
        return EXIT_USAGE
    since = args.since or default_since(args.lookback_hours, args.until, now)
    # A pinned clock (NEWSCRAWL_NOW: tests, replays of a past day) ends the default window on its own day, not the
    # machine's.
    until = args.until or (now.astimezone(WIB).date().isoformat() if settings.get("NEWSCRAWL_NOW") else None)
    spider_args = {k: v for k, v in (("since", since), ("until", until)) if v}
    default_window = not args.since and not args.until
    if args.recrawl:
        spider_args["recrawl"] = "1"
    site_args = {name: dict(spider_args) for name in chosen}
    last: dict[str, datetime] = {}
    if not args.since and not args.until and not settings.get("NEWSCRAWL_REDIS_URL"):
        # The default window reaches back to what each site's last good run read: an outage longer than the
        # lookback would otherwise lose the articles listed while the site was down, for good. (Distributed: every
        # worker must crawl one window, and each machine's summaries are its own: the default window.)
        failed_days: dict[str, list[str]] = {}
        last, failing = last_covered_runs(output_dir / "runs", chosen, now - timedelta(days=MAX_CATCH_UP_DAYS + 1),
                                          failed_days, not_after=now)
        for name in chosen:
            start, why = window_start(since, last.get(name), name in failing, failed_days.get(name, ()),
                                      args.lookback_hours, now)
            if why is not None:
                # Never read for longer than the catch-up reaches (down, or cron stopped): said where cron mail
                # shows it.
                last_read = last.get(name)
                if name in failing or (last_read is not None and start > (
                        last_read.astimezone(WIB) - timedelta(hours=args.lookback_hours)).date().isoformat()):
                    logger.warning("%s: %s; this run reads from %s, older days need a backfill (--since)", name, why,
                                   start)
                else:
                    logger.info("%s: %s; this run reads from %s", name, why, start)
            site_args[name]["since"] = start
    for name in chosen:
        try:
            loader.load(name).check_arguments(site_args[name])
        except ValueError as error:
            logger.error("Bad argument for %s: %s", name, error)
            return EXIT_USAGE

    # Cron's own files first: a folder it cannot write is one line naming it, not a traceback from the lock or from
    # Scrapy's log setup (h49). The output folder is checked per site (output.RunOutputPipeline.refuse_to_start).
    folders = {"log folder": log_dir, "lock's folder": lock_path.parent}
    if not settings.get("NEWSCRAWL_REDIS_URL"):
        folders["seen-store's folder"] = state_path.parent
    for what, folder in folders.items():
        error = unwritable_folder(folder)
        if error is not None:
            logger.error("Cannot write the %s %s (%s); nothing was crawled", what, folder, os_error_text(error))
            return EXIT_CRAWL_FAILED
    try:
        lock = acquire_lock(lock_path)
    except OSError as error:
        logger.error("Cannot open the lock file %s (%s); nothing was crawled", lock_path, os_error_text(error))
        return EXIT_CRAWL_FAILED
    if lock is None:
        holder = lock_holder(lock_path)
        logger.error("Another newscrawl run (%s) holds %s; this run (%s) exits without crawling",
                     f"pid {holder}" if holder else "pid unknown", lock_path, run_id)
        return EXIT_LOCKED

    settings.set("NEWSCRAWL_STATE_PATH", str(state_path), priority="cmdline")
    settled: dict[str, int] = {}
    if settings.get("NEWSCRAWL_REDIS_URL"):  # distributed: each worker's output settles its folder
        warn_of_lost_redis_store(settings, output_dir / "runs")
    else:
        existed = state_path.exists()
        earlier = earlier_runs(output_dir / "runs") if not existed else 0
        if earlier:
            # A first run by the store, not by the output: the store was deleted or moved (or --state names another).
            logger.warning("Seen-store %s does not exist, but %s holds %d earlier runs' summaries: this run starts an "
                           "empty store and emits every article of its window again", state_path, output_dir / "runs",
                           earlier)
        try:
            store = open_seen_store(settings)
            try:
                if existed:  # a store created now was said above
                    warn_of_store_behind_output(store, state_path, output_dir, chosen)
                settled = recover(output_dir, store, names)
            finally:
                store.close()
            discard_summary_parts(output_dir / "runs")
        except StoreError as error:  # damaged, or its disk full or read-only: one line, the file left alone
            logger.error("%s", error)
            lock.close()
            return EXIT_CRAWL_FAILED
        except RecoveryFailed as error:  # a dead run's .part in a read-only output folder: one line (h134 H2)
            logger.critical("%s", error)
            lock.close()
            return EXIT_CRAWL_FAILED

    settings.setdict({
        "NEWSCRAWL_INCREMENTAL": True,
        "NEWSCRAWL_RUN_ID": run_id,
        "NEWSCRAWL_OUTPUT_DIR": str(output_dir),
        "NEWSCRAWL_STATE_PATH": str(state_path),
        "NEWSCRAWL_RECOVERED": not settings.get("NEWSCRAWL_REDIS_URL"),  # settled above: the pipelines need not
        "FEEDS": {},
        "LOG_FILE": str(log_file),
        "NEWSCRAWL_STATS_FILE": None,
        # Where a feed of the latest items must reach back to for no story to fall between two runs (check_reach).
        "NEWSCRAWL_LAST_READ": {name: started.isoformat() for name, started in last.items()},
        # A discovery shortfall in the default window is a warning, in a backfill's a failing health (health.py).
        "NEWSCRAWL_DEFAULT_WINDOW": default_window,
    }, priority="cmdline")
    started = time.time()
    process = CrawlerProcess(settings)  # LOG_FILE gets Scrapy's root handler (LOG_INSTALL_ROOT_HANDLER)
    crawlers = {}
    for name in chosen:
        crawler = process.create_crawler(name)
        crawlers[name] = crawler
        process.crawl(crawler, **site_args[name])
    process.start()
    for crawler in crawlers.values():
        if crawler.stats.get_value("start_time") is not None and crawler.stats.get_value("finish_reason") is None:
            # Opened but never closed: the reactor was stopped under it (SIGTERM or Ctrl-C twice), which leaves no
            # finish_reason (a single one closes the spider: "shutdown"). Said, not null (h87 S8b).
            crawler.stats.set_value("finish_reason", "killed")

    thresholds = settings.getdict("NEWSCRAWL_HEALTH")
    # A site may relax a threshold its markup cannot meet (CNN Indonesia bylines name the outlet).
    sites = {name: summarize_site(crawler.stats.get_stats(), site_thresholds(thresholds, crawler.spidercls),
                                  default_window) for name, crawler in crawlers.items()}
    unhealthy = {name: s["health"]["failures"] for name, s in sites.items() if s["health"]["failures"]}
    # Sites whose discovery fell short in the default window: no failing health, said per site and here.
    short = {name: s["health"]["warnings"] for name, s in sites.items() if s["health"].get("warnings")}
    drift = layout_drift_sites(sites)
    unfinished = [name for name, s in sites.items() if s["finish_reason"] != "finished"]
    exit_code = EXIT_CRAWL_FAILED if unfinished else EXIT_UNHEALTHY if unhealthy else EXIT_OK
    summary = {
        "exit_code": exit_code,
        "run_id": run_id,
        "started": datetime.fromtimestamp(started, timezone.utc).isoformat(timespec="seconds"),
        "duration_s": round(time.time() - started, 3),
        "log_file": str(log_file),
        "recovered_part_files": settled,
        # The window: its last day (null: cron's default window, up to the run's day) and each site's first.
        "window_until": args.until,
        "window_now": now.isoformat(timespec="seconds"),  # the decisions' clock at the start (NEWSCRAWL_NOW)
        "window_since": {name: site_args[name].get("since") for name in chosen},
        "unhealthy_sites": unhealthy,
        "discovery_short_sites": short,
        "layout_drift_sites": drift,
        "unfinished_sites": unfinished,
        "sites": sites,
    }
    summary_path = output_dir / "runs" / f"{run_id}.summary.json"
    summary_error = write_summary(summary_path, summary)
    if summary_error is not None:
        # A full disk: the run's lines below still say what happened, and the run counts as failed.
        exit_code = EXIT_CRAWL_FAILED
    try:
        write_report(output_dir)
    except OSError as error:  # the report is a view: a full disk must not turn a good run into a failure
        logger.warning("Could not refresh %s: %s", output_dir / "report.html", error)
    for name, s in sites.items():
        print(site_line(name, s))
    print(f"summary: {summary_path}" if summary_error is None else f"summary not written ({summary_error})")
    # The exit code said in words: cron mail shows the output, not the status.
    not_finished = [f"{name} ({sites[name]['finish_reason']})" for name in unfinished]
    print(f"exit {exit_code}: " + ("a crawl did not finish: " + ", ".join(not_finished) if unfinished else
                                   f"the run's summary could not be written ({summary_error})" if summary_error else
                                   "health FAILING: " + ", ".join(unhealthy) if unhealthy else "ok"))
    return exit_code


if __name__ == "__main__":
    sys.exit(main())
