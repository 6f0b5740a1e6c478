"""Per-run JSONL output written atomically in chunks, each committed together with the seen-store.

Used by the cron entry (``python -m newscrawl.cron``) and by every distributed worker: each site's
items go to ``<output>/<site>/<run_id>.jsonl.part``; every NEWSCRAWL_CHUNK_ITEMS articles or
NEWSCRAWL_CHUNK_SECONDS seconds (and in distributed mode whenever the worker runs out of work) the
chunk is committed and becomes ``<run_id>.jsonl``, and the next chunk ``<run_id>-001.jsonl.part``
starts. A run killed mid-way loses at most its open chunk: the next run fetches those articles
again. The ordering and the crash recovery of each chunk are explained in ``newscrawl/state.py``.

A full chunk is closed and the next one opened at once, in the reactor; the closed chunk's commit (fsync,
the store, the rename) follows the earlier ones, in the reactor's thread pool with the Redis store (its
retries sleep), inline with SQLite. So a worker killed mid-commit leaves two .part files: the committing
one (rolled forward if its commit went through) and the next, uncommitted one (discarded).
"""
from __future__ import annotations

import fcntl
import hashlib
import json
import logging
import os
import re
import time
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from pathlib import Path
from typing import Any, Collection

from itemadapter import ItemAdapter
from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import CloseSpider, DropItem, NotConfigured
from scrapy.exporters import JsonLinesItemExporter
from scrapy.spiderloader import get_spider_loader
from scrapy.utils.defer import deferred_from_coro, maybe_deferred_to_future
from twisted.internet.defer import Deferred, maybeDeferred, succeed
from twisted.internet.threads import deferToThread

from newscrawl.dates import WIB
from newscrawl.extract import body_chars
from newscrawl.items import ARTICLE_FIELDS
from newscrawl.middlewares import clock_from_settings, redirected_from, stop_on_store_failure
from newscrawl.pipelines import (OutsideWindow, StaleForm, UnchangedVersion, UndatedRecheck, newsroom_zone,
                                 outside_day, outside_window)
from newscrawl.urls import canonical_url, url_identity
from newscrawl.state import (CONTENT_HASH_V3, INCOMPLETE, Emission, LeaseLost, SeenArticle, SeenStore, StoreError,
                             fetch_time, incomplete_body_chars, is_incomplete, item_aliases, item_key, modified_before,
                             new_version,
                             open_seen_store, os_error_text, same_article_keys, store_read, store_version,
                             stored_article, url_alias, worker_link)

logger = logging.getLogger(__name__)


# The exported fields whose change makes a new version of an article: all of a line's content (items.ARTICLE_FIELDS)
# but the article's identity (url, site, id), what the run stamps (crawled_at), updated_at (a new modification time
# over the same content is none: unchanged_restamped) and missing_pages (kept as INCOMPLETE in the hash).
VERSION_FIELDS = ("title", "published_at", "authors", "section", "tags", "body", "language", "syndicated_from",
                  "paywalled")
# The fields of the hash stored before VERSION_FIELDS (a digest without a 'c2:'/'c3:' mark): compared as such. They are
# the story's text; the others (METADATA_FIELDS) make a new version only with a later modification time
# (state.new_version): a site rotating its tags between fetches corrects nothing (h95 S2).
LEGACY_VERSION_FIELDS = ("title", "body", "authors", "published_at")
METADATA_FIELDS = tuple(name for name in VERSION_FIELDS if name not in LEGACY_VERSION_FIELDS)
# The one interim hash over VERSION_FIELDS in one digest, tags in page order (read, never written).
CONTENT_HASH_V2 = "c2:"


def _digest(payload: Any) -> str:
    return hashlib.sha256(json.dumps(payload, ensure_ascii=False, sort_keys=True).encode("utf-8")).hexdigest()


def _metadata(adapter: ItemAdapter) -> dict[str, Any]:
    """The metadata fields as a reader tells them apart: tags a set (case and order are the page's template's)."""
    meta = {name: adapter.get(name) for name in METADATA_FIELDS}
    meta["tags"] = sorted({str(tag).casefold() for tag in meta["tags"] or ()})
    return meta


def content_hash(item: Any, fields: tuple[str, ...] = VERSION_FIELDS) -> str:
    """What makes a new version of an article: 'c3:<metadata digest>:<text digest>' — the text digest is the one
    over LEGACY_VERSION_FIELDS older code stores, so a difference confined to metadata can be told from the hashes
    (state.new_version). An article emitted with pages missing is stored as such (state.INCOMPLETE), so later runs
    fetch it again. ``fields``: LEGACY_VERSION_FIELDS (older code's hash) or VERSION_FIELDS."""
    adapter = ItemAdapter(item)
    text = _digest([adapter.get(name) for name in LEGACY_VERSION_FIELDS])
    digest = text if fields == LEGACY_VERSION_FIELDS else f"{CONTENT_HASH_V3}{_digest(_metadata(adapter))}:{text}"
    # A cut version keeps how much text it had, so a recheck that reads more of it can replace it.
    return f"{INCOMPLETE}{body_chars(adapter.get('body') or [])}:{digest}" if adapter.get("missing_pages") else digest


def _content_hash_v2(item: Any) -> str:
    """The interim hash (CONTENT_HASH_V2), to know the content a store holds under it."""
    adapter = ItemAdapter(item)
    digest = CONTENT_HASH_V2 + _digest({name: adapter.get(name) for name in VERSION_FIELDS})
    return f"{INCOMPLETE}{body_chars(adapter.get('body') or [])}:{digest}" if adapter.get("missing_pages") else digest


def same_content(stored: str, item: Any) -> bool:
    """Whether an item is the version a stored content hash was made of. A hash stored before VERSION_FIELDS (no
    mark in it) is compared over the fields it covered, so an upgrade emits nothing again by itself."""
    if CONTENT_HASH_V3 in stored:
        return stored == content_hash(item)
    if CONTENT_HASH_V2 in stored:  # hex digests hold no ':'
        return stored == _content_hash_v2(item)
    return stored == content_hash(item, LEGACY_VERSION_FIELDS)


def date_kept_on_recheck(stored: str | None, read: str | None) -> str | None:
    """The published_at a recheck's version carries when its page gives a coarser date than the one emitted: the
    stored one, when it has a time and the page reads the same day alone (a template that dropped its JSON-LD and
    prints "Rabu, 19 Juni 2024" only, h87 S32); None when the read date stands.

    >>> date_kept_on_recheck("2024-06-19T09:02:00+07:00", "2024-06-19")
    '2024-06-19T09:02:00+07:00'
    >>> date_kept_on_recheck("2024-06-19T09:02:00+07:00", "2024-06-20") is None  # another day: the page's date
    True
    """
    if not stored or not read or len(read) != 10 or "T" not in stored:
        return None
    return stored if stored[:10] == read else None


def emitted_published_at(seen: SeenArticle, zone: tzinfo) -> str | None:
    """The published_at the store's version of an article was emitted with: as stored, when it agrees with the stored
    publication time (older code updates that time but not published_at); else rebuilt from that time in the site's
    zone when it names one (not midnight: a date alone was stored as its day's start) — an article stored before
    published_at was kept (h89 U3/R1); None when nothing tells.

    >>> from newscrawl.dates import WITA
    >>> emitted_published_at(SeenArticle("k", "u", "h", None, 1718762520.0, 1.0), WITA)
    '2024-06-19T10:02:00+08:00'
    >>> emitted_published_at(SeenArticle("k", "u", "h", None, iso_to_timestamp("2024-06-19"), 1.0), WIB) is None
    True
    """
    stored = iso_to_timestamp(seen.published_at)
    if stored is not None and (seen.published_ts is None or abs(stored - seen.published_ts) < 1):
        return seen.published_at
    if seen.published_ts is None:
        return None
    moment = datetime.fromtimestamp(seen.published_ts, zone)
    if (moment.hour, moment.minute, moment.second) == (0, 0, 0):
        return None
    return moment.isoformat(timespec="seconds")


def iso_to_timestamp(value: str | None) -> float | None:
    try:
        moment = datetime.fromisoformat(value) if value else None
        if moment is not None and moment.tzinfo is None:
            moment = moment.replace(tzinfo=WIB)  # a date-only published_at: its day in WIB, not the host's zone
        return moment.timestamp() if moment is not None else None
    except ValueError:
        return None


def fsync_dir(path: Path) -> None:
    """Make a rename durable (the directory entry) — cheap, and kill -9 safety does not need more."""
    fd = os.open(str(path), os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def finalize(part: Path, final: Path, dropped: list[str]) -> None:
    """Make a committed .part the completed file, without the lines of `dropped` article keys
    (committed first by another worker or an overlapping run). Idempotent: recovery may redo it after a crash."""
    if dropped:
        drop = set(dropped)
        tmp = final.with_name(final.name + ".tmp")
        with open(part, "rb") as source, open(tmp, "wb") as out:
            for line in source:
                if line.strip() and item_key(json.loads(line)) in drop:
                    continue
                out.write(line)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, final)
        part.unlink()
    else:
        os.replace(part, final)
    fsync_dir(final.parent)


class RecoveryFailed(OSError):
    """A .part recovery found could not be settled (its folder read-only, no permission): said in one line."""

    def __init__(self, part: Path, error: OSError, committed: bool) -> None:
        then = ("recorded as committed in the seen-store, so its articles are not fetched again: the next run "
                "completes it once that is fixed" if committed else
                "never committed, so its articles are fetched again: the next run deletes it once that is fixed")
        super().__init__(f"Cannot settle {part} ({os_error_text(error)}), a chunk {then}; nothing was crawled")


def part_site(part: Path, sites: Collection[str] | None = None) -> str | None:
    """The site whose chunk a .part is: its first line's ``site`` (the folder may have been moved or copied under
    another name), else (an empty chunk, a torn first line) its folder's name when that is one of ``sites`` (None:
    any), else None (unknown)."""
    try:
        with open(part, "rb") as handle:
            site = json.loads(handle.readline()).get("site")
    except (OSError, ValueError, AttributeError):
        site = None
    if isinstance(site, str) and site not in ("", ".", "..") and "/" not in site:  # a folder's name, nothing else
        return site
    return part.parent.name if sites is None or part.parent.name in sites else None


def recover(output_dir: Path, store: SeenStore, sites: Collection[str] | None = None) -> dict[str, int]:
    """Settle what crashed runs left: roll committed .part files forward, delete the rest, heal stuck records.

    Conservative: a .part is completed only at the exact path the store recorded for it (its own folder), and deleted
    only in its site's folder when the store has no record of its chunk; any other .part (a moved folder, a backup's
    copy) is the user's and never finished, copied or deleted — a duplicate is worse than a warning. A record left
    'committed' (the run killed after its rename, or its 'completed' mark failed) whose file is in place is marked
    completed; one whose .part and file are both gone is said once (marked missing). ``sites``: the spiders'
    names, the folders an empty .part (no line naming its site) may be deleted from (None: any folder).

    Several workers of one machine may share the output folder and start together: a .part is
    settled only under its exclusive lock (a live run holds it for its life; a worker settling it
    holds it meanwhile), and only while the name still points at the file that was locked.
    Raises RecoveryFailed when a .part cannot be renamed or deleted."""
    settled = {"rolled_forward": 0, "discarded": 0}
    for part in sorted(Path(output_dir).glob("*/*.jsonl.part")):
        try:
            handle = open(part, "rb")
        except FileNotFoundError:
            continue  # settled meanwhile by its own run or another worker
        except OSError as error:
            raise RecoveryFailed(part, error, committed=False) from None
        with handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                if os.stat(part).st_ino != os.fstat(handle.fileno()).st_ino:
                    continue
            except (BlockingIOError, FileNotFoundError):
                continue  # a live run's, or another worker is settling it (or just did)
            outcome = _settle(part, store, sites)
            if outcome in settled:  # one left alone is no dead run's: logged, not counted
                settled[outcome] += 1
    _heal_committed_records(Path(output_dir), store)
    return settled


def _settle(part: Path, store: SeenStore, sites: Collection[str] | None) -> str:
    """Roll one locked .part forward, delete it or leave it alone; returns which (recover's counts)."""
    committed = store.committed_run_for(part)  # the exact path the run recorded: its own file
    try:
        if committed is not None:
            run_id, site, final, dropped = committed
            finalize(part, final, dropped)
        else:
            site = part_site(part, sites)
            if site is None or part.parent.name != site:
                logger.info("Left %s alone: not in its site's folder (a moved folder, a backup's copy)", part)
                return "left_alone"
            record = store.recorded_run(part.name[:-len(".jsonl.part")], site)
            if record is not None:  # the store's chunk, recorded at another path: a copy, or the output renamed
                logger.warning("Left %s alone: chunk %s of %s is recorded in the seen-store as %s at %s, not here; "
                               "its articles are not fetched again", part, part.name[:-len(".jsonl.part")], site,
                               record[0], record[1])
                return "left_alone"
            part.unlink()
            logger.warning("Discarded %s: its run ended (killed, or its output failed) before committing it; "
                           "its articles will be fetched again", part)
            return "discarded"
    except OSError as error:
        raise RecoveryFailed(part, error, committed=committed is not None) from None
    store.mark_completed(run_id, site)
    logger.warning("Recovered %s: its run had committed, renamed to %s", part, final.name)
    return "rolled_forward"


def _heal_committed_records(output_dir: Path, store: SeenStore) -> None:
    """Records of this output folder left 'committed' with no .part at their path (a live run's or one that could
    not be settled has one): the completed file in place → marked completed; both gone → one warning, and marked
    missing so that it is said once, not on every run for ever (the user may have archived the file). A missing
    chunk's .part moved back to the recorded path is still completed by the next recovery (committed_run_for)."""
    root = output_dir.resolve()
    for run_id, site, part, final in store.committed_runs():
        if not part.resolve().is_relative_to(root) or part.exists():
            continue  # another output folder's (another machine's), or a live run's between its commit and rename
        if final.exists():
            store.mark_completed(run_id, site)
            logger.info("Marked chunk %s of %s completed: %s is in place (its run ended before saying so)",
                        run_id, site, final)
            continue
        found = sorted(str(path) for path in output_dir.rglob(part.name)
                       if path.relative_to(output_dir).parts[0] != "runs")
        logger.warning("Chunk %s of %s is missing: neither %s nor %s exists. Its articles are recorded in the "
                       "seen-store as emitted and will not be fetched again; if its folder was moved, move it back "
                       "(the next run completes it)%s. Said once", run_id, site, part, final.name,
                       f"; a .part of that name is at {', '.join(found)}" if found else
                       f"; no .part of that name is under {output_dir}")
        store.mark_missing(run_id, site)


# A chunk's name: cron's run id (addons.run_id_now, UTC to the microsecond), "-NNN" for a later chunk of the run.
CHUNK_NAME = re.compile(r"\d{8}T\d{12}Z(?:-\d{3,})?")


def chunks_after_store(output_dir: Path, store: SeenStore, sites: Collection[str]) -> dict[str, list[str]]:
    """The completed chunks of ``sites`` in the output that the seen-store does not know: each site's
    ``<site>/<name>.jsonl`` files holding lines (an empty chunk lists no article) named after the last chunk the store
    records for that site (SeenStore.last_chunks; a store recording none of the site: all of them), sorted. A chunk is
    recorded in the store before its file gets its final name (commit_run, then the rename), so a store that does not
    know one is not the store that wrote it: an empty database put in its place, a copy restored from an older backup
    (h235 S9c, S9h), another run's store named by --state. Chunks older than the store's last are not asked about (a
    store upgraded from before its runs were recorded). One directory listing per site and one query: cheap."""
    last = store.last_chunks()
    found: dict[str, list[str]] = {}
    for site in sites:
        after = last.get(site) or ""
        names = []
        try:
            with os.scandir(Path(output_dir) / site) as entries:
                for entry in entries:
                    name = entry.name[:-len(".jsonl")]
                    if not entry.name.endswith(".jsonl") or not CHUNK_NAME.fullmatch(name) or name <= after:
                        continue  # a file of the user's ("all.jsonl") is no chunk
                    try:
                        if entry.is_file() and entry.stat().st_size:
                            names.append(name)
                    except OSError:
                        continue
        except OSError:  # no folder for the site yet (or unreadable: the run's own output check says so)
            continue
        if names:
            found[site] = sorted(names)
    return found


class IncrementalPipeline:
    """Emit an article only when it is new, or when its content (output.content_hash) changed since last time."""

    def __init__(self, crawler: Crawler, store: SeenStore) -> None:
        self.crawler = crawler
        self.stats = crawler.stats
        self.store = store
        # With the run's own output (the cron entry, a worker), an article counts as new or updated once the
        # chunk holding it is committed (RunOutputPipeline._committed): a chunk discarded when the run is
        # killed (SIGTERM twice) or its output fails held articles the run did not emit (h39: the summary
        # said 11 new, 9 emitted). Without it (FEEDS), at once.
        self.count_at_commit = bool(crawler.settings.get("NEWSCRAWL_RUN_ID"))

    def count(self, adapter: ItemAdapter, *stats: str) -> None:
        if self.count_at_commit:
            adapter["emitted_as"] = [*(adapter.get("emitted_as") or ()), *stats]
        else:
            for stat in stats:
                self.stats.inc_value(stat)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> "IncrementalPipeline":
        if not crawler.settings.getbool("NEWSCRAWL_INCREMENTAL"):
            raise NotConfigured
        return cls(crawler, open_seen_store(crawler.settings, crawler))

    async def process_item(self, item: Any) -> Any:
        if getattr(self.crawler.spider, "recrawl", False):
            self.stats.inc_value("newscrawl/incremental/recrawled")
            return item
        adapter = ItemAdapter(item)
        renamed = redirected_from(self.crawler).get(url_identity(adapter.get("url") or ""))
        if renamed:  # the old URLs of a renamed story, which redirected here: its aliases too
            adapter["fetched_via"] = list(dict.fromkeys([*(adapter.get("fetched_via") or ()), *renamed]))
        try:
            seen = await store_read(self.store, stored_article, self.store, item_key(adapter), adapter.get("url") or "")
            by_alias = seen is None
            if seen is None:
                # The story emitted before under another URL form, or its very content under another URL.
                seen = await store_read(self.store, self.store.find_alias, item_aliases(adapter))
                if seen is not None:
                    self.stats.inc_value("newscrawl/incremental/seen_under_other_url")
            seen = await self.story_read_at_page(adapter, seen, by_alias)
            adapter["judged_against"] = store_version(seen)
            kept = date_kept_on_recheck(emitted_published_at(seen, self.zone_for(adapter)),
                                        adapter.get("published_at")) if seen else None
            if kept:  # the story's precise time stands; compared (and emitted, if changed) with it
                adapter["published_at"] = kept
                self.stats.inc_value("newscrawl/incremental/precise_date_kept")
            stale = seen is not None and await self.older_version(adapter, item, seen)
        except StoreError as error:
            stop_on_store_failure(self.crawler, error)
            self.stats.inc_value("newscrawl/dropped/store_failed")
            raise DropItem(f"store_failed: {adapter.get('url')} could not be looked up") from None
        outside = outside_window(adapter, self.crawler.spider)
        if seen is None and outside:
            self.stats.inc_value("newscrawl/dropped/outside_window")
            raise OutsideWindow(f"outside_window: {adapter.get('url')} {outside}",
                                outside_day(adapter, self.crawler.spider))
        if outside:
            # A recheck (1/6/24/48 h after publication) of an article emitted on an earlier day.
            self.stats.inc_value("newscrawl/window/recheck_outside_window")
        if seen is not None and seen.published_ts is not None and not adapter.get("published_at"):
            # The story was emitted with its date; this page of it has none: not a version of the story but a
            # page in its place (a block notice injected by the network, a maintenance page, an error page
            # answered 200). The version emitted stands, and the recheck is not used up (no check recorded; a URL of
            # the story held back is asked: UndatedRecheck).
            self.stats.inc_value("newscrawl/dropped/undated_recheck")
            raise UndatedRecheck(f"undated_recheck: {adapter.get('url')} gave no date where the story emitted had one")
        if seen is not None and adapter.get("missing_pages"):
            # A recheck that could not fetch every page: the version emitted before stands — whole, or cut with
            # as much text — and a cut copy never replaces it; one that read more of a cut article does.
            before = incomplete_body_chars(seen.content_hash)
            if before is None or body_chars(adapter.get("body") or []) <= before:
                self.stats.inc_value("newscrawl/dropped/incomplete_recheck")
                raise DropItem(f"incomplete_recheck: {adapter['url']} (missing {adapter['missing_pages'][0]})")
            self.stats.inc_value("newscrawl/incremental/more_complete")
        if stale:
            # Another URL of the story serving a version emitted before the current one (a stale CDN copy at its old
            # URL, re-listed after the correction at the new URL was emitted): emitting it would roll the correction
            # back (h60). Its keys are given back as an unchanged form's are: the stored URL, read later, may hold a
            # new version.
            self.stats.inc_value("newscrawl/dropped/stale_form")
            raise StaleForm(f"stale_form: {adapter.get('url')} serves an older version of {seen.url}")
        if seen is None:
            self.count(adapter, "newscrawl/incremental/new")
        elif not same_content(seen.content_hash, item) and new_version(
                seen.content_hash, seen.updated_at, content_hash(item), adapter.get("updated_at"), fetch_time(adapter)):
            self.count(adapter, "newscrawl/incremental/updated")
            if is_incomplete(seen) and not adapter.get("missing_pages"):
                self.count(adapter, "newscrawl/incremental/completed")  # emitted before with pages missing
        elif not same_content(seen.content_hash, item):
            # Only metadata (tags, section, …) differs and the site states no later modification: a template rotating
            # its tags between fetches, not a correction (h95 S2). The version emitted stands.
            self.stats.inc_value("newscrawl/dropped/unchanged_metadata")
            raise UnchangedVersion(f"unchanged since last emitted but for its metadata, not modified later: "
                                   f"{adapter['url']}")
        elif seen.updated_at != adapter.get("updated_at"):
            # The same content (VERSION_FIELDS) under another modification time: a site stamping its
            # render time as dateModified (h87 S16), or a modification time the page no longer states. No new version.
            self.stats.inc_value("newscrawl/dropped/unchanged_restamped")
            raise UnchangedVersion(f"unchanged since last emitted, only its modification time differs: {adapter['url']}")
        else:
            self.stats.inc_value("newscrawl/dropped/unchanged")
            raise UnchangedVersion(f"unchanged since last emitted: {adapter['url']}")
        return item

    async def story_read_at_page(self, adapter: ItemAdapter, seen: SeenArticle | None,
                                 by_alias: bool) -> SeenArticle | None:
        """The stored story an item whose URL is its page's declared address (rel=canonical, og:url), not the URL the
        page was read at (``fetched_url``), is a version of. A declared address shared by different stories' pages
        (pipelines.DuplicateUrlPipeline keeps each under the URL it was read at) is remembered by the store as the first
        page's: at a later run the page read is the story the store knows at the URL it was read at, when the store
        knows it there as another story than the declared address's (its recheck would else be judged, and emitted,
        as an update of that other story); and an item with an id of its own, known by the declared address alone
        under another id, is another article, new (h249 probe: one new story a cron run, each emitted as an update of
        the last). The item then takes the URL it was read at; counted ``newscrawl/url/shared_canonical``."""
        url, fetched = adapter.get("url") or "", adapter.get("fetched_url")
        if seen is None or not fetched or url_identity(fetched) == url_identity(url):
            return seen
        at_page = await store_read(self.store, self.store.find_alias, [url_alias(fetched)])
        if at_page is not None and at_page.key != seen.key:
            adapter["url"] = at_page.url
        elif at_page is not None or not by_alias or not adapter.get("id") or seen.key.startswith(("http://", "https://")) \
                or seen.key == item_key(adapter) \
                or await store_read(self.store, self.store.find_alias,
                                    [name for name in item_aliases(adapter) if name != url_alias(url)]) is not None:
            return seen
        else:
            adapter["url"] = canonical_url(fetched)
            at_page = None
        self.stats.inc_value("newscrawl/url/shared_canonical")
        logger.info("Canonical %s of %s names another stored story (%s); the page's own URL is kept", url, fetched,
                    seen.key)
        return at_page

    def zone_for(self, adapter: ItemAdapter) -> tzinfo:
        """The zone the spider reads the article's dates in (a site's, or generic's per outlet)."""
        return newsroom_zone(self.crawler.spider, adapter.get("url"))

    async def older_version(self, adapter: ItemAdapter, item: Any, seen: SeenArticle) -> bool:
        """Whether an item read at another URL than the story's stored one is a version of the story emitted before
        the current one: its content (title, date and body) is among the story's recorded aliases (the stores keep
        each emitted version's) but is not the current version. A form never emitted — a correction at a new URL,
        with or without a modification time — is no older version (h62).

        At another URL, also any version the site states modified before the one emitted (modified_before). At the
        stored URL, when it states so and its content is an earlier emitted version's (h181: the store's URL had fallen
        back to the old URL of a renamed story, whose stale copy of the first version the next recheck emitted, rolling
        the correction back); there a time alone proves nothing: a correction that resets dateModified to
        datePublished is new text, emitted (h185). Without an earlier stated time, an alias of the current text at the
        stored URL is its metadata changing (tags rotating)."""
        if same_content(seen.content_hash, item):
            return False
        earlier_stated = modified_before(adapter.get("updated_at"), seen.updated_at)
        if url_identity(adapter.get("url") or "") == url_identity(seen.url):
            if not earlier_stated:
                return False
        elif earlier_stated:
            # at another URL an earlier stated time suffices: a renamed story's old URL serving a save never emitted
            # (08:50, before the correction's 09:05) or the first version with a line rotated (h186)
            return True
        content = same_article_keys(adapter)[1]
        if content is None:
            return False
        earlier = await store_read(self.store, self.store.find_alias, [content])
        return earlier is not None and earlier.key == seen.key

    def close_spider(self) -> None:
        self.store.close()


class RunOutputPipeline:
    """Write items to the run's open .part chunk; commit it to the seen-store and rename it every
    NEWSCRAWL_CHUNK_ITEMS items or NEWSCRAWL_CHUNK_SECONDS seconds, when the cluster scheduler asks
    (the worker is idle), and when the run ends."""

    def __init__(self, crawler: Crawler) -> None:
        settings = crawler.settings
        self.crawler = crawler
        self.stats = crawler.stats
        self.run_id = settings["NEWSCRAWL_RUN_ID"]
        self.output_dir = Path(settings["NEWSCRAWL_OUTPUT_DIR"])
        self.chunk_items = settings.getint("NEWSCRAWL_CHUNK_ITEMS", 500)
        self.chunk_seconds = settings.getfloat("NEWSCRAWL_CHUNK_SECONDS", 300.0)
        # The emission time the seen-store records is the incremental decisions' clock (NEWSCRAWL_NOW when
        # pinned), the one the fetch times and recheck points are read against.
        self.clock = clock_from_settings(settings)
        self.chunk = 0
        self.emissions: list[Emission] = []
        self.file = None
        self.exporter: JsonLinesItemExporter | None = None
        self.store: Any = None
        self.failed = False
        self.close_failure: str | None = None  # why the last commit, at close, failed: the crawl's finish_reason
        self._pending: Deferred = succeed(None)  # the chain of chunk commits, one after another

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> "RunOutputPipeline":
        if not crawler.settings.get("NEWSCRAWL_RUN_ID"):
            raise NotConfigured
        pipeline = cls(crawler)
        # Connected after CoreStats (extensions are made before the engine), so this runs after it stamped
        # finish_reason "finished".
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        return pipeline

    def spider_closed(self) -> None:
        if self.close_failure is not None:
            self.stats.set_value("finish_reason", self.close_failure)

    def open_spider(self) -> None:
        self.site = self.crawler.spider.name
        try:
            (self.output_dir / self.site).mkdir(parents=True, exist_ok=True)
        except OSError as error:  # output/<site> is a file, a read-only mount: nothing could ever be committed
            self.refuse_to_start(error)
        self.store = open_seen_store(self.crawler.settings, self.crawler)
        lease = worker_link(self.crawler).lease
        try:
            lease is not None and lease.check()
        except LeaseLost:  # the worker stopped while starting (Redis unreachable): write nothing
            self.failed = True
            return
        # Settle what dead runs of this machine left (the cron entry does it too, on one machine; plain
        # `scrapy crawl` and distributed workers rely on this). Live workers' files are skipped.
        try:
            # Once per run: the cron entry settled the output before starting the crawl (and said what it did)
            settled = {} if self.crawler.settings.getbool("NEWSCRAWL_RECOVERED") else recover(
                self.output_dir, self.store, {self.site, *get_spider_loader(self.crawler.settings).list()})
        except StoreError as error:
            self.failed = True
            stop_on_store_failure(self.crawler, error, close=False)
            raise CloseSpider("store_failed") from None
        except RecoveryFailed as error:  # a dead run's .part in a read-only folder: one line, not a traceback
            self.failed = True
            self.stats.set_value("newscrawl/output/error", f"{type(error).__name__}: {error}")
            logger.critical("%s", error)
            raise CloseSpider("output_failed") from None
        if any(settled.values()):
            logger.warning("Settled .part files of dead runs on this machine: %s", settled)
            self.stats.set_value("newscrawl/output/recovered_part_files", settled)
        worker_link(self.crawler).commit = self.commit_now
        self.first_final = self._paths(0)[1]
        try:
            self._open_chunk()
        except OSError as error:
            self.refuse_to_start(error)

    def refuse_to_start(self, error: OSError) -> None:
        """The run's output cannot be opened: one CRITICAL line naming the path and the error, the cause in the
        stats (the summary's output_error), and the crawl closed as ``output_failed`` before it fetches anything
        (Scrapy lets a component's open ask for that with CloseSpider)."""
        self.failed = True
        detail = f"{type(error).__name__}: {error}"
        self.stats.set_value("newscrawl/output/error", detail)
        logger.critical("Cannot open the output of %s under %s (%s); nothing is crawled, the next run fetches "
                        "everything", self.site, self.output_dir / self.site, detail)
        raise CloseSpider("output_failed")

    def _paths(self, chunk: int) -> tuple[str, Path, Path]:
        name = self.run_id if chunk == 0 else f"{self.run_id}-{chunk:03d}"
        final = self.output_dir / self.site / f"{name}.jsonl"
        return name, final, final.with_name(final.name + ".part")

    def _open_chunk(self) -> None:
        self.name, self.final_path, self.part_path = self._paths(self.chunk)
        # Locked for the chunk's life, so recovery (another worker of this machine starting) skips it;
        # created under another name and renamed once locked, so it is never seen unlocked.
        fresh = self.part_path.with_name(self.part_path.name + ".new")
        handle = open(fresh, "wb")
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            os.replace(fresh, self.part_path)
        except OSError:
            handle.close()
            fresh.unlink(missing_ok=True)  # recovery settles .part files only: a .part.new would stay for ever
            raise
        self.file = handle
        self.exporter = JsonLinesItemExporter(self.file, fields_to_export=list(ARTICLE_FIELDS), encoding="utf-8")
        self.exporter.start_exporting()
        self.emissions = []
        self.chunk_started = time.monotonic()

    def process_item(self, item: Any) -> Any:
        adapter = ItemAdapter(item)
        if self.failed:
            self.stats.inc_value("newscrawl/dropped/output_failed")
            raise DropItem(f"the run's output failed to commit, nothing more is written: {adapter.get('url')}")
        try:
            self.exporter.export_item(item)
            self.file.flush()  # a crash leaves at most one torn line, in a .part that recovery discards
        except OSError as error:
            # A full disk, a vanished mount: the chunk cannot be whole. Nothing of this chunk is committed: its
            # articles are fetched again by the next run.
            self.stats.inc_value("newscrawl/dropped/output_failed")
            self.output_failed(error, f"Cannot write {self.part_path.name} ({type(error).__name__}: {error}); the "
                                      "run stops, this chunk's articles are fetched again by the next run")
            raise DropItem(f"output not written: {adapter.get('url')}") from None
        self.emissions.append(Emission(
            key=item_key(adapter), url=adapter["url"], site=adapter["site"], article_id=adapter.get("id"),
            content_hash=content_hash(item), legacy_content_hash=content_hash(item, LEGACY_VERSION_FIELDS),
            updated_at=adapter.get("updated_at"), fetched_ts=fetch_time(adapter),
            published_ts=iso_to_timestamp(adapter.get("published_at")), published_at=adapter.get("published_at"),
            aliases=item_aliases(adapter),
            judged_against=adapter.get("judged_against"),
            counts=(*(adapter.get("emitted_as") or ()), *(["newscrawl/output/incomplete"] if adapter.get("missing_pages") else []))))
        if len(self.emissions) >= self.chunk_items or time.monotonic() - self.chunk_started >= self.chunk_seconds:
            self._rotate(reopen=True, reason="chunk")  # committed in the background; failures stop the run
        return item

    def output_failed(self, error: BaseException, detail: str, reason: str = "output_failed") -> None:
        """The run's output cannot go on (a write, a chunk's open or commit failed): said once in one line (never an
        item dumped with a traceback into the cron mail), the error kept as the summary's ``output_error``, the
        crawl closed as ``reason``; nothing more is written or committed (process_item drops, _commit_step skips)."""
        if self.failed:
            return
        self.failed = True
        if self.emissions:  # the open chunk is abandoned: its articles are fetched again (h134 H3)
            self.stats.inc_value("newscrawl/dropped/output_failed", len(self.emissions))
            self.emissions = []
        self.stats.set_value("newscrawl/output/error", f"{type(error).__name__}: {error}")
        lease = worker_link(self.crawler).lease
        if lease is not None:
            lease.stop(reason, detail)
        else:
            logger.critical(detail)
            deferred_from_coro(self.crawler.engine.close_spider_async(reason=reason))

    def commit_now(self, reason: str) -> Deferred:
        """Commit the open chunk now (the cluster scheduler: this worker ran out of work, so nothing
        is in flight and all its claims can go). The Deferred fires once this and every earlier chunk
        are committed, or failed (then the worker is stopped already)."""
        lease = worker_link(self.crawler).lease
        # "is not None", never the lease's truth: the scheduler has a __len__ (its queue), so with the queue
        # empty it is falsy, and an idle worker whose last claim missed the last chunk kept it for ever:
        # every other worker waited on it (a live worker holding claims is busy), the crawl never ended.
        if self.file is not None and not self.failed and (
                self.emissions or (lease is not None and lease.releasable(idle=True))):
            return self._rotate(reopen=True, reason=reason)
        return self._after_pending()

    def _rotate(self, reopen: bool, reason: str) -> Deferred:
        """Close the open chunk and (reopen) start the next one at once, in the reactor; commit the
        closed one after those before it, in a pool thread with Redis (fsync and Redis retries must not
        hold up the reactor), in the reactor with SQLite (its connection belongs to this thread).
        Its claims to release are fixed now: requests done now have all their items in this chunk."""
        lease = worker_link(self.crawler).lease
        release = lease.releasable(idle=reason == "idle") if lease is not None else None
        self.exporter.finish_exporting()
        chunk = ClosedChunk(self.name, self.part_path, self.final_path, self.file, self.emissions, self.chunk,
                            reason, release)
        self.file = self.exporter = None
        self.emissions = []  # the chunk's now (counted by its commit), whether or not the next one opens
        if reopen:
            self.chunk += 1
            try:
                self._open_chunk()
            except OSError as error:
                # The output folder moved, deleted or its mount gone between two chunks (h128 M1: a traceback per
                # item after this, exit 0). The chunk just closed is not committed either (_commit_step): the folder
                # that should hold it is in doubt, and its articles are fetched again.
                self.output_failed(error, f"Cannot start {self.part_path.name} in {self.part_path.parent} "
                                          f"({type(error).__name__}: {error}); the run stops, the articles of "
                                          f"{chunk.name} and after are fetched again by the next run")
        self._pending.addCallback(lambda _: self._commit_step(chunk))
        return self._after_pending()

    def _after_pending(self) -> Deferred:
        """Fires (with None) once every commit queued so far has finished or failed."""
        done: Deferred = Deferred()

        def fire(result: Any) -> Any:
            done.callback(None)
            return result

        self._pending.addBoth(fire)
        return done

    def _commit_step(self, chunk: "ClosedChunk") -> Deferred | None:
        if self.failed:  # the output failed: this chunk stays a .part, its articles are fetched again
            chunk.file.close()
            if chunk.emissions:
                self.stats.inc_value("newscrawl/dropped/output_failed", len(chunk.emissions))
            return None
        from newscrawl.state import RedisSeenStore

        if isinstance(self.store, RedisSeenStore):
            step = deferToThread(self._commit_chunk, chunk)
        else:
            step = maybeDeferred(self._commit_chunk, chunk)
        step.addCallbacks(self._committed, self._commit_failed, callbackArgs=(chunk,), errbackArgs=(chunk,))
        # Never let a failure travel down the chain: the next chunks' commits would be skipped silently.
        step.addErrback(lambda failure: logger.error("Commit bookkeeping of chunk %s failed: %s", chunk.name,
                                                     failure.getErrorMessage()))
        return step

    def _commit_chunk(self, chunk: "ClosedChunk") -> list[str]:
        """The blocking part of a commit (a pool thread with Redis): fsync, the store's commit, the
        rename. Returns the article keys another worker or run committed first (left out of the file)."""
        lease = worker_link(self.crawler).lease
        try:
            chunk.file.flush()
            os.fsync(chunk.file.fileno())
            crash_point("before_commit", chunk.reason, len(chunk.emissions))
            if lease is not None:
                lease.publish_discovery()
            # The .part must still be the file written, where the store will record it (and recovery look for it),
            # up to the store's commit: checked before it, and again inside SQLite's transaction (the commit may
            # wait on a lock meanwhile). A chunk recorded but never renamed is lost (h128 M2: the output's mount
            # vanished, the store counted the chunk's articles as emitted, no file held them).
            part_in_place(chunk.part_path, chunk.file)
            dropped = self.store.commit_run(chunk.name, self.site, chunk.part_path, chunk.final_path,
                                            chunk.emissions, now=self.clock(), release=chunk.release,
                                            rejudged=chunk.rejudged,
                                            verify=lambda: part_in_place(chunk.part_path, chunk.file))
            # From here the chunk is committed, whatever fails: its articles count as emitted (_committed), never as
            # output_failed nor "fetched again" (h134 R1: the store locked past its wait at mark_completed).
            try:
                crash_point("after_commit", chunk.reason, len(chunk.emissions))
                try:
                    if chunk.emissions or chunk.index == 0:
                        finalize(chunk.part_path, chunk.final_path, dropped)
                    else:
                        chunk.part_path.unlink()  # an empty later chunk (it only released claims): no file
                        fsync_dir(chunk.part_path.parent)
                except OSError as error:
                    raise CommittedNotRenamed(error, chunk.part_path) from None
                crash_point("after_rename", chunk.reason, len(chunk.emissions))
                self.store.mark_completed(chunk.name, self.site)
            except Exception as error:
                raise FailedAfterCommit(error, dropped) from None
        finally:
            chunk.file.close()  # the lock goes only now: recovery never sees our .part unlocked
        return dropped

    def _committed(self, dropped: list[str], chunk: "ClosedChunk") -> None:
        lease = worker_link(self.crawler).lease
        if lease is not None:
            lease.released(chunk.release)
            if chunk.reason == "chunk":  # claims given up mid-run, before the worker is idle
                self.stats.inc_value("newscrawl/cluster/claims_released_by_chunks", len(chunk.release or ()))
        if dropped:
            self.stats.inc_value("newscrawl/output/dropped_emitted_by_other_worker", len(dropped))
            if lease is not None:
                logger.info("%d articles of chunk %s were emitted by another worker first: dropped from %s",
                            len(dropped), chunk.name, chunk.final_path.name)
            else:  # one machine: another incremental run on the same seen-store overlapped this one
                # Said in the run's summary (dropped by reason) too, not in its log alone (h89 O7).
                self.stats.inc_value("newscrawl/dropped/committed_by_other_run", len(dropped))
                logger.warning("%d articles of chunk %s were committed first by another run on the seen-store %s "
                               "(overlapping incremental runs): left out of %s", len(dropped), chunk.name,
                               self.crawler.settings.get("NEWSCRAWL_STATE_PATH"), chunk.final_path.name)
        self.stats.inc_value("newscrawl/output/items", len(chunk.emissions) - len(dropped))
        # What the committed file holds: new, updated, made whole, incomplete (IncrementalPipeline.count).
        left_out, rejudged = set(dropped), set(chunk.rejudged)
        for emission in chunk.emissions:
            if emission.key not in left_out:
                for stat in emission.counts:
                    # Judged new, but another run committed a version of it meanwhile: this line updates that one.
                    if emission.key in rejudged and stat == "newscrawl/incremental/new":
                        stat = "newscrawl/incremental/updated"
                    self.stats.inc_value(stat)
        self.stats.inc_value("newscrawl/output/chunks")
        self.stats.set_value("newscrawl/output/file", str(self.first_final))

    def _commit_failed(self, failure: Any, chunk: "ClosedChunk") -> None:
        """LeaseLost, Redis gone, disk full, the .part gone: this worker must stop; nothing more is committed."""
        error = failure.value
        committed = isinstance(error, FailedAfterCommit)
        if committed:  # the store has the chunk: counted as committed, whatever failed after
            self._committed(error.dropped, chunk)
            error = error.error
        if isinstance(error, LeaseLost):
            reason = "lease_lost"
        elif type(error).__module__.startswith("redis"):
            reason = "redis_unavailable"
        else:
            reason = "output_failed"
        if isinstance(error, CommittedNotRenamed):  # the store counts its articles as emitted: not fetched again
            detail = f"Chunk {chunk.name} {error}"
        elif committed:  # renamed; only its record's 'completed' mark failed
            detail = (f"Chunk {chunk.name} was committed and written to {chunk.final_path}, but the seen-store could "
                      f"not mark it completed ({type(error).__name__}: {error}); harmless: the next run's recovery "
                      "marks it")
        else:
            if chunk.emissions:
                self.stats.inc_value("newscrawl/dropped/output_failed", len(chunk.emissions))
            detail = (f"Chunk {chunk.name} could not be committed ({type(error).__name__}: {error}): it is discarded, "
                      "its articles are fetched again")
        if chunk.reason == "close":
            # Scrapy has called the crawl finished by now: the failure is said once, counted, and the crawl's
            # finish_reason becomes it (spider_closed below), so the cron entry and `scrapy crawl` exit 1. Raised
            # from close_spider it was a traceback, exit 0, health ok (h49).
            self.failed = True
            logger.critical(detail)
            self.stats.set_value("newscrawl/output/error", f"{type(error).__name__}: {error}")
            self.close_failure = reason
            return
        # Mid-run: said once, with the error as the summary's output_error too (it was None, h128 L2/M2).
        self.output_failed(error, detail + "; the run stops", reason)

    async def close_spider(self) -> None:
        try:
            if self.file is not None and not self.failed:
                await maybe_deferred_to_future(self._rotate(reopen=False, reason="close"))
            else:
                await maybe_deferred_to_future(self._after_pending())
        finally:
            if self.file is not None:
                try:
                    self.file.close()
                except OSError:  # its buffered tail cannot be written (a full disk): the chunk is discarded anyway
                    pass
            self.stats.set_value("newscrawl/output/items", self.stats.get_value("newscrawl/output/items", 0))
            if self.store is not None:  # None: the output folder could not be made (refuse_to_start)
                self.store.close()


class ChunkMoved(FileNotFoundError):
    """A chunk's .part is no longer the file the run wrote: its folder was moved or deleted, or its mount vanished."""


class FailedAfterCommit(Exception):
    """A failure after the store's commit of a chunk returned (its rename, its 'completed' mark): the chunk is
    committed all the same; ``dropped`` as commit_run returned it."""

    def __init__(self, error: BaseException, dropped: list[str]) -> None:
        super().__init__(str(error))
        self.error, self.dropped = error, dropped


class OutputUnwritable(PermissionError):
    """A chunk's folder cannot be written (a read-only mount, no permission): its .part could not be renamed."""


class CommittedNotRenamed(OSError):
    """A chunk the seen-store recorded as committed whose .part could not become its completed file."""

    def __init__(self, error: OSError, part: Path) -> None:
        super().__init__(
            f"recorded as committed in the seen-store, but {part} could not be renamed ({type(error).__name__}: "
            f"{error}). The next run completes it if that file is still there, or there again (its folder moved "
            "back, its mount back, made writable); else its articles are in no completed file")


def part_in_place(part: Path, handle: Any) -> None:
    """Raise ChunkMoved unless ``part`` names the open file ``handle`` (same device and inode), OutputUnwritable
    when its folder cannot be written (made read-only meanwhile): either way it could not be renamed once committed."""
    written = os.fstat(handle.fileno())
    try:
        found = os.stat(part)
    except FileNotFoundError:
        found = None
    if found is None or (found.st_dev, found.st_ino) != (written.st_dev, written.st_ino):
        raise ChunkMoved(f"{part} is no longer the file this run wrote (its folder was moved or deleted, or its "
                         f"mount vanished)")
    if not os.access(part.parent, os.W_OK):
        raise OutputUnwritable(f"{part.parent} is not writable (a read-only mount, no permission): {part.name} "
                               "could not be renamed")


@dataclass
class ClosedChunk:
    """A chunk closed for its commit: its .part (still open, so still locked) and what it holds."""

    name: str
    part_path: Path
    final_path: Path
    file: Any
    emissions: list[Emission]
    index: int
    reason: str  # chunk, idle, close
    release: list[str] | None  # the claims its commit releases (None: no lease)
    # Articles the commit kept as updates of a version another run committed since their verdict (commit_run).
    rejudged: list[str] = field(default_factory=list)


def crash_point(name: str, reason: str = "", items: int = 0) -> None:
    """Test hook: NEWSCRAWL_CRASH_AT=<name> or <reason>:<name> (reason: chunk, idle, close) kills the
    process with SIGKILL right here, once the chunk holds NEWSCRAWL_CRASH_MIN_ITEMS items (default 0)."""
    wanted = os.environ.get("NEWSCRAWL_CRASH_AT")
    if wanted in (name, f"{reason}:{name}") and items >= int(os.environ.get("NEWSCRAWL_CRASH_MIN_ITEMS") or 0):
        import signal

        os.kill(os.getpid(), signal.SIGKILL)
