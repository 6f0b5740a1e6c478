"""Incremental crawl state: which articles were emitted, in which completed output file.

The seen-store is SQLite (stdlib, WAL). Exactly-once across crashes rests on one ordering, kept by
``RunOutput`` (see ``newscrawl/output.py``):

    1. items go to ``<run>.jsonl.part`` during the run (nothing in the store yet);
    2. at the end the .part file is flushed and fsynced;
    3. ONE transaction records every emitted article AND the run as ``committed``;
    4. the .part file is renamed to ``<run>.jsonl``; the run is marked ``completed``.

``recover()`` at the start of the next run settles any crash: a .part whose run committed is renamed
(roll forward: the store already counts its articles; only at the path the store recorded); any other .part in its
site's folder that the store has no record of is deleted (roll back: the store never saw its articles, so they are
fetched and emitted again); a .part anywhere else is the user's and left alone. No crash point can leave an
article in the store without a completed file, or in two completed files. Two runs on one store (a cron run and a
`scrapy crawl -s NEWSCRAWL_INCREMENTAL=1`) may overlap: step 3 drops what another run committed since this one judged
it (Emission.judged_against), and step 4 leaves those lines out (output.finalize).

Distributed mode (``NEWSCRAWL_REDIS_URL``, see newscrawl/cluster.py) keeps the same interface and
the same ordering in Redis (:class:`RedisSeenStore`): step 3 is one Lua script, so it is atomic
too, and it also checks the worker's lease and releases the requests the worker claimed from
the shared frontier. ``open_seen_store(settings)`` picks the store; use it, not the classes.

Articles are keyed by :func:`article_key` (site + id, the host too for generic, else canonical URL) everywhere: the
seen-middleware, both stores, the per-run duplicate filter and the cluster-wide commit. A run's
output is committed in chunks (newscrawl/output.py): each chunk is one run of the ordering above.
"""
from __future__ import annotations

import errno
import functools
import hashlib
import json
import logging
import os
import re
import sqlite3
import tempfile
import time
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Final, Iterable, Protocol, Sequence
from weakref import WeakKeyDictionary

from newscrawl.urls import canonical_url, outlet_host, url_identity

if TYPE_CHECKING:
    import redis

logger = logging.getLogger(__name__)

ARTICLES_TABLE = """
CREATE TABLE IF NOT EXISTS articles (
    key           TEXT PRIMARY KEY,   -- article_key(): site#id (generic#host#id), else the canonical URL
    url           TEXT NOT NULL,      -- canonical URL (the last one emitted)
    site          TEXT NOT NULL,
    article_id    TEXT,
    first_seen    REAL NOT NULL,      -- unix time of the first emission
    last_emitted  REAL NOT NULL,
    content_hash  TEXT NOT NULL,
    updated_at    TEXT,               -- the article's own updated_at (ISO) when it had one
    published_ts  REAL                -- the article's publication time (unix), for the recheck window
)"""
URLS_TABLE = """
CREATE TABLE IF NOT EXISTS article_urls (
    url  TEXT PRIMARY KEY,            -- a canonical URL an article was emitted under
    key  TEXT NOT NULL
)"""
UNAVAILABLE_TABLE = """
CREATE TABLE IF NOT EXISTS unavailable (
    key           TEXT PRIMARY KEY,   -- url_alias() of the discovered URL (not the article key: a new slug may answer)
    url           TEXT NOT NULL,
    reason        TEXT NOT NULL,      -- http_404, http_410, soft_404, not_article, redirected_away
    first_failed  REAL NOT NULL,      -- unix time the URL was first found holding no article
    last_checked  REAL NOT NULL
)"""
SCHEMA = ARTICLES_TABLE + ";" + URLS_TABLE + ";" + UNAVAILABLE_TABLE + """;
CREATE INDEX IF NOT EXISTS articles_site_published ON articles (site, published_ts);
CREATE TABLE IF NOT EXISTS runs (
    run_id     TEXT NOT NULL,
    site       TEXT NOT NULL,
    part_path  TEXT NOT NULL,
    final_path TEXT NOT NULL,
    status     TEXT NOT NULL,         -- committed | completed | missing (committed, its files gone: said once)
    items      INTEGER NOT NULL,
    finished   REAL NOT NULL,
    PRIMARY KEY (run_id, site)
);
-- The article keys a run's commit left out of its file (committed first by another run), for recovery. A table of
-- its own: older code inserts into runs by position, so runs never gains a column (h89 R-A).
CREATE TABLE IF NOT EXISTS run_dropped (
    run_id     TEXT NOT NULL,
    site       TEXT NOT NULL,
    key        TEXT NOT NULL,
    PRIMARY KEY (run_id, site, key)
);
"""


# Spiders that read many outlets under one name: an id there is the outlet's own (a WordPress post number, a CMS's
# counter), unique within its host only, so the key names the host too (h87: two outlets' story 12345 were one).
MANY_OUTLET_SITES = frozenset({"generic"})


def clock_from_settings(settings: Any) -> Callable[[], float]:
    """The time the incremental decisions use: NEWSCRAWL_NOW (ISO 8601, pinned: tests, replays of a
    past day) or the system clock."""
    pinned = settings.get("NEWSCRAWL_NOW")
    if not pinned:
        return time.time
    when = datetime.fromisoformat(str(pinned))
    if when.tzinfo is None:
        raise ValueError(f"NEWSCRAWL_NOW={pinned!r}: give a UTC offset (…+07:00)")
    return lambda: when.timestamp()


def article_key(site: str, article_id: str | None, url: str) -> str:
    """The one identity of an article: ``site#id`` when the site gives ids, else the canonical URL. A spider serving
    many outlets (MANY_OUTLET_SITES) keys an id by the outlet's host too: ``generic#host#id`` (urls.outlet_host).

    >>> article_key("sindonews", "1234", "https://m.sindonews.com/read/1234/12/x?utm_source=a")
    'sindonews#1234'
    >>> article_key("generic", "4521", "https://m.kabarsatu.id/berita/4521/judul")
    'generic#kabarsatu.id#4521'
    >>> article_key("generic", None, "http://www.contoh.id/berita/a?utm_source=x")
    'https://www.contoh.id/berita/a'
    """
    if not article_id:
        return canonical_url(url)
    if site in MANY_OUTLET_SITES:
        return f"{site}#{outlet_host(url)}#{article_id}"
    return f"{site}#{article_id}"


def legacy_key(key: str) -> str | None:
    """The key a store written before ids of a spider serving many outlets were keyed by host gave the article
    (``generic#host#id`` was ``generic#id``), None for another key.

    >>> legacy_key("generic#kabarsatu.id#4521"), legacy_key("sindonews#1234")
    ('generic#4521', None)
    """
    site, _, rest = key.partition("#")
    host, _, article_id = rest.partition("#")
    return f"{site}#{article_id}" if site in MANY_OUTLET_SITES and host and article_id else None


def stored_article(store: Any, key: str, url: str) -> "SeenArticle | None":
    """The article a seen-store (SQLite or Redis) holds under ``key``; for a key of a spider serving many outlets
    missing, the record an older store kept under the id alone (legacy_key), when its URL is on the same outlet as
    ``url``: an edited story under a renamed slug is then a version of it, not a new article (h88 probe)."""
    seen = store.get(key)
    if seen is not None:
        return seen
    for legacy in (legacy_key(key), day_free_key(key)):
        old = store.get(legacy) if legacy is not None else None
        if old is not None and outlet_host(old.url) == outlet_host(url) and (
                legacy != day_free_key(key) or _same_day_path(key, old.url)):
            return old  # (a day-free record only of the same day's URL: another day's 07000011 is another story)
    return None


def _same_day_path(key: str, url: str) -> bool:
    """Whether ``url``'s path holds the day a day-led generic id names (``…#2024061907000011``: /2024/06/19/)."""
    day = key.rpartition("#")[2][:8]
    return f"/{day[:4]}/{day[4:6]}/{day[6:8]}/" in url


# generic's id of a number a day's path holds ("2024061907000011": the day, then kompas's clock-led 07000011), which a
# store written before h170 kept without its day (suara's bare clock "20210824163512": before h184).
_DAY_LED_ID = re.compile(r"(?:19|20)\d{6}(\d{6,10})")


def day_free_key(key: str) -> str | None:
    """The key a store written before generic's day-led ids gave the article (``generic#host#2024061907000011`` was
    ``generic#host#07000011``), None for another key.

    >>> day_free_key("generic#kompas.com#2024061907000011"), day_free_key("generic#kompas.com#4521")
    ('generic#kompas.com#07000011', None)
    """
    site, _, rest = key.partition("#")
    host, _, article_id = rest.partition("#")
    found = _DAY_LED_ID.fullmatch(article_id) if site in MANY_OUTLET_SITES and host else None
    return f"{site}#{host}#{found.group(1)}" if found else None


def names_other_id(key: str | None, found: str) -> bool:
    """Whether a URL whose own id key is ``key`` would be read as the stored story ``found`` of ANOTHER id (h290): an
    id names one story, so a name (an alias) leading from such a URL to another id's story is a redirect's guess (a
    WordPress 404 guess, a catch-all, a maintenance notice), not the story. A key the store wrote before (legacy_key,
    day_free_key) is the same id; a URL key names no id.

    >>> names_other_id("generic#contoh.id#52000", "generic#contoh.id#51020")
    True
    >>> names_other_id("generic#contoh.id#51020", "generic#51020"), names_other_id(None, "generic#contoh.id#51020")
    (False, False)
    >>> names_other_id("generic#contoh.id#52000", "https://www.contoh.id/berita/a")
    False
    """
    if not key or key.startswith(("http://", "https://")) or found.startswith(("http://", "https://")):
        return False
    return found not in (key, legacy_key(key), day_free_key(key)) and key not in (legacy_key(found), day_free_key(found))


def item_key(item: Any) -> str:
    """article_key of an exported item (a JSONL line's dict, or an Article)."""
    return article_key(item.get("site") or "", item.get("id"), item.get("url") or "")


def same_article_keys(item: Any) -> tuple[str, str | None]:
    """Two more identities of an item besides item_key: the URL with its other views folded in
    (urls.url_identity: www./m./amp. host, /amp, trailing slash: a page without id or rel=canonical
    served under several forms), and, for a dated item, its content (title, publication time and the
    whole body: the same story under two URLs or ids). Two articles that only share a title differ in
    their body; undated items are never merged by content (nothing tells two postings apart).

    Used in a run (pipelines.DuplicateUrlPipeline) and across runs: the stores keep both as aliases
    of the article's key (``Emission.aliases``), so tomorrow's run knows the story under another URL."""
    url = "url:" + url_identity(item.get("url") or "")
    if not item.get("published_at"):
        return url, None
    payload = json.dumps([item.get("site"), item.get("title"), item.get("published_at"),
                          item.get("body")], ensure_ascii=False)
    return url, "content:" + hashlib.sha256(payload.encode("utf-8")).hexdigest()


def item_aliases(item: Any) -> tuple[str, ...]:
    """same_article_keys of an item, without the missing one, and the URLs its page was reached through
    (``fetched_via``: an article whose slug an editor renamed answers its old URL with a 301 to the new one;
    the old URL names the story emitted before, and a run reaching the old or the new one knows it) and read at
    (``fetched_url``, where its canonical is another address: the page there is this story, whatever the canonical
    names tomorrow)."""
    via = tuple(dict.fromkeys("url:" + url_identity(url) for url in [*(item.get("fetched_via") or ()),
                                                                       *([item["fetched_url"]] if item.get("fetched_url") else [])]))
    return tuple(dict.fromkeys((*(key for key in same_article_keys(item) if key is not None), *via)))


# Two stories' texts: word shingles of this many words, hashed to 4 bytes; a print keeps the _PRINT_SIZE smallest
# hashes (a bottom-k sketch: two prints compare on the hashes below the lower of their cut-offs, the same sample of
# both texts), so the prints a run keeps per URL stay small whatever the bodies' length.
_SHINGLE_WORDS = 4
_PRINT_SIZE = 256


@dataclass(frozen=True)
class StoryPrint:
    """A compact print of an item's body (story_print), kept per URL for the run by pipelines.DuplicateUrlPipeline:
    the smallest shingle hashes (4 bytes each, ascending) and whether the body had more."""

    hashes: bytes
    cut: bool

    def values(self) -> list[int]:
        return [int.from_bytes(self.hashes[start:start + 4], "big") for start in range(0, len(self.hashes), 4)]


def story_print(body: Sequence[str] | None) -> StoryPrint:
    """The print of a story's text: its word shingles (four words, case and punctuation aside) hashed, the smallest
    _PRINT_SIZE kept. Two views of one story (the page and its AMP copy, a copy cut short, paragraphs split otherwise)
    share most of the shorter one's; two stories next to none (same_story)."""
    words = re.findall(r"\w+", " ".join(body or ()).casefold())
    hashes = sorted({int.from_bytes(hashlib.blake2b(" ".join(words[start:start + _SHINGLE_WORDS]).encode("utf-8"),
                                                    digest_size=4).digest(), "big")
                     for start in range(max(len(words) - _SHINGLE_WORDS + 1, 1 if words else 0))})
    return StoryPrint(b"".join(value.to_bytes(4, "big") for value in hashes[:_PRINT_SIZE]), len(hashes) > _PRINT_SIZE)


def same_story(first: StoryPrint, other: StoryPrint) -> bool:
    """Whether two items' bodies (story_print) are one story's: half or more of the shorter one's shingles are the
    other's (one story under two URLs, one copy cut short or re-paragraphed), compared on the hashes both prints hold
    (below the lower cut-off of a print cut short). A print with nothing to compare tells nothing: True (one story,
    as two items under one URL were taken before).

    >>> one = story_print(["Banjir merendam ratusan rumah warga di Bekasi utara sejak Selasa malam."])
    >>> same_story(one, story_print(["Banjir merendam ratusan rumah warga", "di Bekasi utara sejak Selasa malam."]))
    True
    >>> same_story(one, story_print(["Banjir merendam ratusan rumah warga di Karawang utara sejak Rabu pagi."]))
    False
    """
    a, b = first.values(), other.values()
    cutoffs = [values[-1] for values, cut in ((a, first.cut), (b, other.cut)) if cut and values]
    if cutoffs:
        a, b = [value for value in a if value <= min(cutoffs)], [value for value in b if value <= min(cutoffs)]
    if not a or not b:
        return True
    return len(set(a) & set(b)) * 2 >= min(len(a), len(b))


def url_alias(url: str) -> str:
    """The alias a request URL is looked up under before its page is read (its url_identity)."""
    return "url:" + url_identity(url)


# Hours after publication at which an emitted article is fetched again to catch corrections.
RECHECK_SCHEDULE_HOURS: tuple[float, ...] = (1, 6, 24, 48)


def recheck_due(published: float, last_checked: float, now: float,
                schedule_hours: Sequence[float] = RECHECK_SCHEDULE_HOURS) -> bool:
    """True when a point of the schedule (``published`` + h hours) has passed since the last check.

    Times are unix seconds. One fetch covers every point passed since the last check, so a run
    after a pause rechecks once, not once per missed point; after the last point, never again.
    """
    return any(last_checked < published + hours * 3600 <= now for hours in schedule_hours)


# The content hash of an article emitted with later pages missing starts with this (output.content_hash).
INCOMPLETE = "incomplete:"
# When, in hours after its emission, an incomplete article is fetched again (a run past a point fetches it
# once; after the last point it stands as is). Spaced: a pager that links a page the site never serves
# would otherwise cost two requests in every cron run for days.
INCOMPLETE_RETRY_HOURS: tuple[float, ...] = (0.25, 1, 3, 6, 12, 24, 48, 72)


def is_incomplete(seen: "SeenArticle") -> bool:
    return seen.content_hash.startswith(INCOMPLETE)


def incomplete_body_chars(content_hash: str) -> int | None:
    """The body characters an incomplete article was emitted with ("incomplete:<chars>:<digest>"), or None
    for a whole article (or a cut one stored before the count was kept)."""
    if not content_hash.startswith(INCOMPLETE):
        return None
    count, separator, _ = content_hash[len(INCOMPLETE):].partition(":")
    return int(count) if separator and count.isdigit() else None


def should_fetch(seen: "SeenArticle | None", now: float,
                 schedule_hours: Sequence[float] = RECHECK_SCHEDULE_HOURS) -> bool:
    """Fetch what was never emitted, and an emitted article again when a recheck is due.

    Without a publication time the first emission stands for it; a row from before fetch times
    were stored counts its last emission as its last check. An article emitted with pages missing
    (a later page failed) is also fetched again at the points of INCOMPLETE_RETRY_HOURS after that
    emission, whatever its age: a transient failure must not leave it cut for good.
    """
    if seen is None:
        return True
    last_checked = seen.last_checked if seen.last_checked is not None else seen.last_emitted
    if is_incomplete(seen) and recheck_due(seen.last_emitted, last_checked, now, INCOMPLETE_RETRY_HOURS):
        return True
    published = seen.published_ts if seen.published_ts is not None else seen.last_emitted
    return recheck_due(published, last_checked, now, schedule_hours)


# When, in hours after a discovered URL was first found holding no article (404/410, a soft 404, a page that is
# no article, a redirect away), it is asked again while listings show it; after the last point, never. The
# first points are close: a listing may show a story a few minutes before its page is served.
UNAVAILABLE_RETRY_HOURS: tuple[float, ...] = (0.25, 1, 3, 6, 12, 24, 48, 72)


def retry_unavailable(record: "Unavailable", now: float,
                      schedule_hours: Sequence[float] = UNAVAILABLE_RETRY_HOURS) -> bool:
    """Whether a URL that held no article when last asked is asked again now (a point of the schedule passed
    since that fetch)."""
    return recheck_due(record.first_failed, record.last_checked, now, schedule_hours)


# A page refused for its size (too_large) is remembered with the download limit in force then, in its reason
# ("too_large:300000"; no new column: older code sharing the store reads it as a reason). The operator who raises
# DOWNLOAD_MAXSIZE wants it at the next run, not at the next retry point: the 72 h schedule outlives the cron window
# that lists the story (h145 L2). A record without a limit (written before) keeps the schedule alone.
TOO_LARGE = "too_large"


def too_large_reason(limit: int) -> str:
    """The reason a page refused under download limit `limit` (bytes; 0: none) is remembered with."""
    return f"{TOO_LARGE}:{int(limit)}"


def limit_raised(reason: str, limit: int) -> bool:
    """Whether a URL remembered for `reason` is worth asking now that the download limit is `limit` (0: none):
    it was refused as too large under a smaller one."""
    kind, sep, refused = reason.partition(":")
    if kind != TOO_LARGE or not sep or not refused.isdigit() or int(refused) == 0:
        return False
    return limit == 0 or limit > int(refused)


# A new story whose page dated it outside the run's window (pipelines.OutsideWindow) is remembered as a URL holding no
# story of the window, with that day in its reason ("outside_window:2024-06-18"; no new column, as too_large's limit):
# a later run asks it again when its window holds that day (a catch-up reaching back, a page dated ahead), never at the
# retry points (a story's day does not move). h244 B5: a feed that is one batch of 8 stories of yesterday 10:00, all
# the same stamp (discovery.shared_date), was fetched and dropped by every */10 run while the feed held it.
OUTSIDE_WINDOW = "outside_window"


def outside_window_reason(day: date) -> str:
    """The reason a URL whose page dated it ``day``, outside the run's window, is remembered with."""
    return f"{OUTSIDE_WINDOW}:{day.isoformat()}"


def remembered_day(reason: str) -> date | None:
    """The day a URL remembered as outside the window was dated (outside_window_reason), else None."""
    kind, sep, day = reason.partition(":")
    if kind != OUTSIDE_WINDOW or not sep:
        return None
    try:
        return date.fromisoformat(day)
    except ValueError:
        return None


# Columns added after the store was keyed by article: added in place to a store that lacks them. Only to articles,
# which every version writes by column name; a table some version inserts into by position (runs, article_urls,
# unavailable) never gains a column: a new fact gets a table of its own (run_dropped), or older code sharing the store
# fails at its commit (h89 R-A: 'table runs has 8 columns but 7 values were supplied').
_ADDED_COLUMNS = (("last_checked", "REAL"), ("etag", "TEXT"), ("last_modified", "TEXT"), ("published_at", "TEXT"),
                  ("fetched_ts", "REAL"))

# PRAGMA user_version: the store's schema. 1: every article has its URL alias in article_urls. 2: run_dropped and
# articles.published_at. 3: articles.fetched_ts. Each version only adds (tables, and columns of articles), so older code keeps working on a
# newer store (README "Upgrading"): a store newer than this code is used with a warning, never changed back.
SCHEMA_VERSION = 3


@dataclass(frozen=True)
class SeenArticle:
    key: str
    url: str
    content_hash: str
    updated_at: str | None
    published_ts: float | None
    last_emitted: float
    last_checked: float | None = None  # unix time of the last fetch (emitted or not; a 304 too)
    etag: str | None = None            # that fetch's validators, sent back as If-None-Match /
    last_modified: str | None = None   # If-Modified-Since on the next recheck
    published_at: str | None = None    # the emitted published_at as written (None: stored before it was kept)
    fetched_ts: float | None = None    # unix time this version was fetched (None: stored before it was kept)


@dataclass(frozen=True)
class Check:
    """One fetch of an article: when, and the validators its response carried."""

    key: str  # article_key()
    checked_at: float
    etag: str | None
    last_modified: str | None
    # The article's URL as read on that fetch (an item's): the store's URL becomes it, so the next recheck asks where
    # the story is now (a slug edited, a section moved), not the old URL's redirect or 404 (h49).
    url: str | None = None


@dataclass(frozen=True)
class Unavailable:
    """A discovered article URL (never emitted) whose page held no article: first found so, last asked."""

    key: str  # url_alias() of the URL
    url: str
    reason: str
    first_failed: float
    last_checked: float


@dataclass(frozen=True)
class Emission:
    """One article written to a run's output, to be recorded when the run commits."""

    key: str  # article_key()
    url: str
    site: str
    article_id: str | None
    content_hash: str
    updated_at: str | None
    published_ts: float | None
    # published_at as emitted (ISO, or a date alone): a recheck reading only the day keeps it (output.py).
    published_at: str | None = None
    # same_article_keys: other names of the article (its URL's folded form, its content), each
    # recorded as pointing at ``key`` so a later run finds the story under another URL.
    aliases: tuple[str, ...] = ()
    # The stats this article counts in once its chunk is committed (newscrawl/incremental/new, …).
    counts: tuple[str, ...] = ()
    # The store's version of the article the run's verdict (new, updated) was made against: store_version() of what
    # the lookup found, "" for nothing; None when no lookup was made (a recrawl). The commit drops the article when
    # the store holds another version by then: another run (an overlapping cron or `scrapy crawl`) committed it.
    judged_against: str | None = None
    # content_hash over the fields older code hashes (output.LEGACY_VERSION_FIELDS): the commit knows this content when
    # older code sharing the store committed it (superseded_by_commit).
    legacy_content_hash: str | None = None
    # Unix time the version was fetched (fetch_time): of two runs' versions that no modification time orders, the one
    # fetched later is the site's current one (superseded_by_commit).
    fetched_ts: float | None = None


def fetch_time(item: Any) -> float | None:
    """When an item's page was fetched: its precise fetch time (not exported), else its crawled_at (seconds)."""
    precise = item.get("fetched_ts")
    if precise is not None:
        return float(precise)
    moment = _moment(item.get("crawled_at"))
    return moment.timestamp() if moment is not None else None


# The mark of a content hash 'c3:<metadata digest>:<text digest>' (output.content_hash).
CONTENT_HASH_V3 = "c3:"


def _hash_parts(content_hash: str) -> tuple[str | None, str | None]:
    """(text part, metadata digest) of a content hash: the text part keeps the INCOMPLETE mark; a hash of older code
    is all text (no metadata in it); the interim 'c2:' hash cannot be split (None, None)."""
    head, mark, rest = content_hash.partition(CONTENT_HASH_V3)
    if mark:
        metadata, _, text = rest.partition(":")
        return head + text, metadata
    return (None, None) if "c2:" in content_hash else (content_hash, None)


# A page's modification time this close to its own fetch is the time it was rendered, not edited: a site stamping
# dateModified at every request (h87 S16). Only a metadata-only difference asks (new_version).
RENDER_STAMP_SECONDS: Final = 300


def new_version(stored_hash: str, stored_updated_at: str | None, own_hash: str, own_updated_at: str | None,
                own_fetched_ts: float | None = None) -> bool:
    """Whether a version (own_hash, output.content_hash) is a new version of the stored one: its text differs, or only
    its metadata (tags, section, language, paywalled, syndicated_from) does and the site modified it later (a tags
    correction with a bumped dateModified, h89 C9; not tags rotating between fetches, h95 S2). A modification time
    within RENDER_STAMP_SECONDS of the version's own fetch is the page's render stamp, no modification (h97: tags
    rotating on a site that stamps dateModified at every render were a new version at every recheck).

    >>> new_version("c3:m1:t1", None, "c3:m2:t1", None), new_version("c3:m1:t1", None, "c3:m1:t2", None)
    (False, True)
    >>> new_version("c3:m1:t1", "2024-06-19T09:00:00+07:00", "c3:m2:t1", "2024-06-19T10:00:00+07:00")
    True
    >>> new_version("c3:m1:t1", "2024-06-19T09:00:00+07:00", "c3:m2:t1", "2024-06-19T10:00:00+07:00",
    ...             datetime(2024, 6, 19, 3, 1, tzinfo=timezone.utc).timestamp())  # stamped at the fetch
    False
    """
    if stored_hash == own_hash:
        return False
    stored_text, stored_metadata = _hash_parts(stored_hash)
    own_text, _ = _hash_parts(own_hash)
    if stored_text is None or stored_text != own_text:
        return True
    if stored_metadata is None:  # older code's hash covers the text only: the same content to it
        return False
    stored, own = _moment(stored_updated_at), _moment(own_updated_at)
    if own is not None and own_fetched_ts is not None and abs(own.timestamp() - own_fetched_ts) <= RENDER_STAMP_SECONDS:
        return False
    return own is not None and (stored is None or own > stored)


def superseded_by_commit(current: "SeenArticle | None", emission: Emission) -> bool:
    """Whether what another run committed since an emission's verdict makes the emission redundant: the store holds
    its very content, or the emission is no new version of it (new_version: metadata alone differs, not modified
    later), or the stored version is the later one: modified later (both state a modification time), or, when
    modification times do not order them, fetched later (h95 S3: a run that read v2 must not overwrite the v3 another
    run read after it and committed first). Else the emission is a version of its own, kept as an update.

    >>> seen = SeenArticle("k", "u", "h3", "2024-06-21T09:19:00+07:00", None, 5.0)
    >>> e = Emission("k", "u", "s", None, "h2", "2024-06-21T09:10:00+07:00", None)
    >>> later = Emission("k", "u", "s", None, "h2", "2024-06-21T09:30:00+07:00", None)
    >>> superseded_by_commit(seen, e), superseded_by_commit(seen, later)
    (True, False)
    """
    if current is None:
        return False
    if current.content_hash in (emission.content_hash, emission.legacy_content_hash):
        return True  # the same content, hashed by this code or by older code sharing the store
    if not new_version(current.content_hash, current.updated_at, emission.content_hash, emission.updated_at,
                       emission.fetched_ts):
        return True
    stored, own = _moment(current.updated_at), _moment(emission.updated_at)
    if stored is not None and own is not None and stored != own:
        return stored > own
    fetched, own_fetched = current.fetched_ts, emission.fetched_ts
    return fetched is not None and own_fetched is not None and own_fetched < fetched


def _moment(value: str | None) -> datetime | None:
    """An ISO time as an aware datetime (a naive one read as UTC: compared with another of the same site), or None."""
    try:
        moment = datetime.fromisoformat(value) if value else None
    except ValueError:
        return None
    return moment.replace(tzinfo=timezone.utc) if moment is not None and moment.tzinfo is None else moment


def modified_before(own: str | None, other: str | None) -> bool:
    """Whether a version stating modification time ``own`` was modified before one stating ``other``: both stated, with
    their time of day (a date alone orders nothing within its day).

    >>> modified_before("2025-06-19T08:05:00+07:00", "2025-06-19T09:05:00+07:00"), modified_before(None, "2025-06-19")
    (True, False)
    >>> modified_before("2025-06-19", "2025-06-19T09:05:00+07:00")
    False
    """
    if not own or not other or "T" not in own or "T" not in other:
        return False
    own_moment, other_moment = _moment(own), _moment(other)
    return own_moment is not None and other_moment is not None and own_moment < other_moment


def store_version(seen: "SeenArticle | None") -> str:
    """A version of an article in the store, as a run's verdict saw it: its key, last emission and content hash
    ("" for none). Any commit of the article changes it (a new emission time, or a new content at the same pinned
    time)."""
    return "" if seen is None else f"{seen.key}\t{seen.last_emitted!r}\t{seen.content_hash}"


def stored_key(version: str | None) -> str | None:
    """The article key a store_version names (None for no version).

    >>> stored_key("generic#contoh.id#51020\\t1.0\\tabc"), stored_key("")
    ('generic#contoh.id#51020', None)
    """
    return version.split("\t", 1)[0] or None if version else None


def os_error_text(error: OSError) -> str:
    """An OS error for a one-line message that names its path already: its kind and the system's words."""
    return f"{type(error).__name__}: {error.strerror or error}"


class StoreError(RuntimeError):
    """The SQLite seen-store cannot be used: the file is damaged (StoreUnreadable) or where it lies fails
    (StoreUnavailable). The message names the file, the cause and what to do."""


class StoreUnreadable(StoreError):
    """The seen-store file is not a readable SQLite database (truncated, overwritten, not SQLite, a damaged page)."""


class StoreMismatch(StoreError):
    """The seen-store is not damaged, but its tables are not the ones this code writes: another version of newscrawl
    changed them (a store shared across versions, README "Upgrading")."""


class StoreUnavailable(StoreError):
    """The seen-store is not damaged, but cannot be read or written here and now: its disk is full or read-only,
    an I/O error, no permission, another process holding it. Moving it aside would only re-emit every article."""


class StoreBusy(StoreUnavailable):
    """The seen-store is locked by another process (an sqlite3 shell in a transaction, a backup, another run's
    commit) for longer than SQLite's wait: nothing about its disk to fix."""


# SQLite's primary result codes that say the file itself is damaged: SQLITE_CORRUPT, SQLITE_NOTADB. Every other code a
# DatabaseError carries (SQLITE_FULL, SQLITE_IOERR, SQLITE_READONLY, SQLITE_CANTOPEN, SQLITE_PERM, SQLITE_BUSY…)
# comes from the store's surroundings.
_DAMAGED_CODES = frozenset({11, 26})
_DAMAGED_WORDS = ("malformed", "not a database", "corrupt")


def is_damage(error: sqlite3.DatabaseError) -> bool:
    """Whether a SQLite error says the database file is damaged (not its disk, mount or permissions)."""
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in _DAMAGED_CODES
    return any(word in str(error).lower() for word in _DAMAGED_WORDS)


# SQLITE_BUSY, SQLITE_LOCKED: another connection holds the database.
_BUSY_CODES = frozenset({5, 6})
BUSY_TIMEOUT_SECONDS: Final = 30.0


def is_busy(error: sqlite3.OperationalError) -> bool:
    """Whether a SQLite error says another connection holds the database locked (not its disk, not damage)."""
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in _BUSY_CODES
    return "database is locked" in str(error) or "database table is locked" in str(error)


def os_cause(path: Path) -> str | None:
    """What the OS says about using ``path`` (a store file) and its folder, or None when it finds nothing wrong: a
    read-only file system, a full disk, a file that cannot be opened for writing (permissions, immutable), a folder
    where no file can be made (SQLite makes its -wal and -shm files there)."""
    folder = path.parent
    try:
        fs = os.statvfs(folder)
        if fs.f_flag & os.ST_RDONLY:
            return f"{folder} is on a read-only file system"
        if fs.f_bavail == 0:
            return f"no space left on the device of {folder}"
        if path.exists():
            with open(path, "r+b"):
                pass
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as error:
        return f"{error.filename or folder}: {os_error_text(error)}"
    return None


# What SQLite says when a statement does not fit the store's tables: a column or table another version added or
# removed (h95 E4: a run of the interim build committing 'runs.dropped' after newer code moved it to run_dropped).
_MISMATCH_WORDS = ("no such column", "has no column named", "no such table", "values were supplied")


def store_error(path: Path, error: sqlite3.DatabaseError | OSError | str, consequence: str) -> StoreError:
    """The StoreError for a failure of the store at ``path``: StoreUnreadable when the file is damaged (restore it,
    or move it aside and emit the window again), StoreMismatch when a statement does not fit its tables (another
    version's schema), else StoreUnavailable naming the OS cause (nothing to move aside:
    fix the disk, the mount, the permissions, and run again)."""
    if isinstance(error, str) or (isinstance(error, sqlite3.DatabaseError) and is_damage(error)):
        return StoreUnreadable(
            f"seen-store {path} is not a readable SQLite database ({error}); {consequence}. Restore it from a "
            "backup, or move it aside to start an empty store (every article in the window is then emitted again).")
    if isinstance(error, sqlite3.OperationalError) and any(word in str(error) for word in _MISMATCH_WORDS):
        return StoreMismatch(
            f"seen-store {path} does not have the tables this version of newscrawl writes ({error}); {consequence}. "
            "The store is not damaged: another version changed its schema; keep it where it is and run a version "
            "that may share it (README 'Upgrading: versions sharing one seen-store').")
    if isinstance(error, sqlite3.OperationalError) and is_busy(error):
        return StoreBusy(
            f"seen-store {path} cannot be used ({error}: another process held it locked longer than the "
            f"{BUSY_TIMEOUT_SECONDS:.0f} s this run waits — an sqlite3 shell in a transaction, a backup, another "
            f"run's commit); {consequence}. The store is not damaged: keep it where it is, end or wait for that "
            "process (`fuser` names it) and run again.")
    why = os_error_text(error) if isinstance(error, OSError) else str(error)
    cause = os_cause(path)
    return StoreUnavailable(
        f"seen-store {path} cannot be used ({why}{'; ' + cause if cause else ''}); {consequence}. The store is not "
        "damaged: keep it where it is, make its disk writable (space, mount, permissions) and run again.")


def _guarded(method: Callable[..., Any]) -> Callable[..., Any]:
    """A SeenStore method whose sqlite3.DatabaseError becomes a StoreError naming the file and the cause: a damaged
    page found mid-run (one line, the site stops), not a traceback per item with the item dumped (h49)."""
    @functools.wraps(method)
    def call(self: "SeenStore", *args: Any, **kwargs: Any) -> Any:
        try:
            return method(self, *args, **kwargs)
        except sqlite3.DatabaseError as error:
            raise store_error(self.path, error, "the run stops") from None
    return call


# How long a 0-byte store file is watched for its header before it is taken for a cut one: a run that created it by
# opening it in place (a version before create_store_file, a file system without hard links) writes the header
# within milliseconds.
EMPTY_STORE_GRACE_SECONDS: Final = 1.0


def create_store_file(path: Path) -> bool:
    """Create the SQLite store ``path`` when no file is there, atomically: a database made beside it under a
    temporary name, its header written (WAL mode), then hard-linked to ``path`` — which never replaces a file another
    run put there meanwhile (that one is used, this one dropped). So ``path`` is never seen as a 0-byte file, which is
    what a store cut by a full disk looks like (h191 S4: two first runs with their own locks; one found the other's
    file being created, empty, and stopped with "not a readable SQLite database ... move it aside"). Whether this
    call created it. A file system without hard links leaves it to SQLite (created in place; still_empty waits)."""
    if os.path.lexists(path):
        return False
    prefix = _creating_prefix(path)
    _remove_abandoned_creations(path.parent, prefix)
    # Made with the mode SQLite gives a database it creates (0644 less the umask; mkstemp's 0600 would lock out a
    # group sharing the store).
    temp = str(path.parent / f"{prefix}{os.getpid()}.{os.urandom(4).hex()}.creating")
    os.close(os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644))
    try:
        db = sqlite3.connect(temp, isolation_level=None)
        try:
            db.execute("PRAGMA journal_mode=WAL")  # writes the 1-page header; persistent in the file
        finally:
            db.close()
        fd = os.open(temp, os.O_RDONLY)
        try:
            os.fsync(fd)  # the header on disk before the name: a power loss leaves no 0-byte store behind
        finally:
            os.close(fd)
        try:
            os.link(temp, path)
        except FileExistsError:
            return False
        except OSError as error:
            if error.errno in (errno.EPERM, errno.EOPNOTSUPP, errno.ENOSYS, errno.EXDEV, errno.EMLINK):
                return False  # no hard links here: sqlite3.connect creates the file in place
            raise
        return True
    finally:
        for leftover in (temp, temp + "-wal", temp + "-shm"):
            try:
                os.unlink(leftover)
            except FileNotFoundError:
                pass


# A store being created is named after a digest of its own name, not the name itself: a store name near the file
# system's 255-byte limit would otherwise fail to create (h198: names over ~220 characters).
def _creating_prefix(path: Path) -> str:
    return f".{hashlib.sha1(path.name.encode('utf-8', 'surrogateescape')).hexdigest()[:16]}.seen."


# A creation cut by SIGKILL leaves its temporary file (a few milliseconds' window, h198); the next creation of that
# store removes it once its process is gone and it is an hour old (a process on another host sharing the folder
# cannot be asked, so the age decides there too: an hour, not a minute, so that hosts whose clocks disagree by
# minutes never take a live creation for an abandoned one, h213 probe).
ABANDONED_CREATION_SECONDS: Final = 3600.0


def _remove_abandoned_creations(folder: Path, prefix: str) -> None:
    try:
        names = [name for name in os.listdir(folder) if name.startswith(prefix) and ".creating" in name]
    except OSError:
        return
    now = time.time()
    for name in names:
        pid_text = name[len(prefix):].split(".", 1)[0]
        if pid_text.isdigit() and _process_alive(int(pid_text)):
            continue
        try:
            if now - os.lstat(folder / name).st_mtime >= ABANDONED_CREATION_SECONDS:
                os.unlink(folder / name)
        except OSError:
            pass


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # another user's process
    return True


def still_empty(path: Path, grace: float = EMPTY_STORE_GRACE_SECONDS) -> bool:
    """Whether ``path`` is a 0-byte file and stays one for ``grace`` seconds (a cut store), rather than one another run
    is creating in place and writes a header to within that time. False when there is no file."""
    deadline = time.monotonic() + grace
    while path.is_file() and path.stat().st_size == 0:
        if time.monotonic() >= deadline:
            return True
        time.sleep(0.05)
    return False


# Store files this process has checked (PRAGMA quick_check and a write) at their first open: once per process, as
# the cron entry opens the store before its crawls, each of which opens it again (a 100k-article store takes
# 0.2-1.3 s to check).
_CHECKED_PATHS: set[str] = set()


class SeenStore:
    """SQLite seen-store. One connection per instance; safe for several processes (WAL + busy timeout)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            # No file at all is a first run: the store is made under another name and linked into place with its
            # header written, so another run starting at the same moment never finds it empty (h191 S4).
            create_store_file(self.path)
            # SQLite takes an existing 0-byte file for a new database; a store never stays empty once opened (the
            # WAL switch writes its header), so one found empty — and still empty after a creator's moment — was
            # cut (a full disk, a stray '>').
            empty = still_empty(self.path)
        except sqlite3.DatabaseError as error:
            raise store_error(self.path, error, "nothing was crawled") from None
        except OSError as error:
            raise store_error(self.path, error, "nothing was crawled") from None
        if empty:
            raise store_error(self.path, "an empty file, 0 bytes", "nothing was crawled")
        try:
            self.db = sqlite3.connect(str(self.path), timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None)
        except sqlite3.DatabaseError as error:
            raise store_error(self.path, error, "nothing was crawled") from None
        try:
            first_open = str(self.path.resolve()) not in _CHECKED_PATHS
            if first_open and self.path.exists() and self.path.stat().st_size:
                # A damaged page is found now, before anything is crawled, not by the item that reads it (h49).
                verdict = self.db.execute("PRAGMA quick_check").fetchone()[0]
                if verdict != "ok":
                    first = next((line for line in verdict.splitlines() if not line.startswith("***")), verdict)
                    raise store_error(self.path, f"quick_check: {first}", "nothing was crawled")
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=FULL")  # a committed run survives power loss too
            self._migrate()
            self.db.executescript(SCHEMA)
            self._add_columns()
            self._move_runs_dropped_column()
            self._add_url_aliases()
            self._stamp_schema_version()
            if first_open:
                # A store SQLite opened read-only (an immutable file, a read-only mount) reads fine and fails only at
                # the commit after the crawl: a write that changes nothing says so now.
                version = self.db.execute("PRAGMA user_version").fetchone()[0]
                self.db.execute(f"PRAGMA user_version = {int(version)}")
                _CHECKED_PATHS.add(str(self.path.resolve()))
        except (sqlite3.DatabaseError, StoreError) as error:
            self.db.close()
            if isinstance(error, StoreError):
                raise
            # Never started afresh silently: an empty store would emit every article in the window again.
            raise store_error(self.path, error, "nothing was crawled") from None

    def _migrate(self) -> None:
        """Stores written before articles were keyed by article_key() (url was the key): re-key them."""
        columns = [row[1] for row in self.db.execute("PRAGMA table_info(articles)")]
        if not columns or "key" in columns:
            return
        with self._transaction():
            self.db.execute("ALTER TABLE articles RENAME TO articles_v1")
            self.db.execute(ARTICLES_TABLE)
            self.db.execute(URLS_TABLE)
            self.db.execute(
                """INSERT OR REPLACE INTO articles SELECT
                       CASE WHEN article_id IS NOT NULL AND article_id != '' THEN site || '#' || article_id ELSE url END,
                       url, site, article_id, first_seen, last_emitted, content_hash, updated_at, published_ts
                   FROM articles_v1 ORDER BY last_emitted""")
            self.db.execute("INSERT OR REPLACE INTO article_urls SELECT url, key FROM articles")
            self.db.execute("DROP TABLE articles_v1")
        logger.info("Seen-store %s re-keyed by article (site#id, else canonical URL)", self.path)

    # PRAGMA user_version from which every stored article has its URL alias in article_urls.
    _URL_ALIASES_VERSION = 1

    def _add_url_aliases(self) -> None:
        """A store written before aliases (Emission.aliases) gets each article's URL alias once, from its
        stored URL: an article emitted before the upgrade is then known under another view of its URL too.
        (Its content alias cannot be rebuilt: the store keeps no title or body.)"""
        if self.db.execute("PRAGMA user_version").fetchone()[0] >= self._URL_ALIASES_VERSION:
            return
        with self._transaction():  # under the write lock: another process may have done it meanwhile
            if self.db.execute("PRAGMA user_version").fetchone()[0] >= self._URL_ALIASES_VERSION:
                return
            rows = self.db.execute("SELECT url, key FROM articles").fetchall()
            self.db.executemany("INSERT OR IGNORE INTO article_urls VALUES (?, ?)",
                                [(url_alias(url), key) for url, key in rows])
            self.db.execute(f"PRAGMA user_version = {self._URL_ALIASES_VERSION}")
        if rows:
            logger.info("Seen-store %s: URL aliases added for %d articles", self.path, len(rows))

    def _add_columns(self) -> None:
        """Add the fetch-time, validator and published_at columns to a store that lacks them (in place, data kept)."""
        def missing() -> list[tuple[str, str]]:
            have = {row[1] for row in self.db.execute("PRAGMA table_info(articles)")}
            return [(name, kind) for name, kind in _ADDED_COLUMNS if name not in have]

        if not missing():
            return
        with self._transaction():  # re-read under the write lock: another process may have added them
            added = missing()
            for name, kind in added:
                self.db.execute(f"ALTER TABLE articles ADD COLUMN {name} {kind}")
        logger.info("Seen-store %s: added columns %s", self.path, ", ".join(n for n, _ in added))

    def _move_runs_dropped_column(self) -> None:
        """A store opened by the one version that kept dropped keys as a column runs.dropped: move them to run_dropped
        and remove the column, so older code can commit runs into the store again (h89 R-A)."""
        def has_column() -> bool:
            return any(row[1] == "dropped" for row in self.db.execute("PRAGMA table_info(runs)"))

        if not has_column():
            return
        with self._transaction():
            if not has_column():
                return
            rows = self.db.execute("SELECT run_id, site, dropped FROM runs WHERE dropped IS NOT NULL").fetchall()
            self.db.executemany("INSERT OR IGNORE INTO run_dropped VALUES (?, ?, ?)",
                                [(run_id, site, key) for run_id, site, keys in rows for key in json.loads(keys)])
            self.db.execute("ALTER TABLE runs DROP COLUMN dropped")
        logger.info("Seen-store %s: runs.dropped moved to the table run_dropped", self.path)

    def _stamp_schema_version(self) -> None:
        """Record SCHEMA_VERSION once the store has it all; a store stamped by newer code is left as it is."""
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            if str(self.path.resolve()) not in _CHECKED_PATHS:
                logger.warning("Seen-store %s has schema %d, written by a newer newscrawl (this one knows %d): used as "
                               "it is; what the newer version keeps beside it is not read (README \"Upgrading\")",
                               self.path, version, SCHEMA_VERSION)
            return
        if version < SCHEMA_VERSION:
            with self._transaction():
                if self.db.execute("PRAGMA user_version").fetchone()[0] < SCHEMA_VERSION:
                    self.db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    def close(self) -> None:
        self.db.close()

    @_guarded
    def clamp_future(self, now: float, above: float | None = None) -> tuple[int, float | None]:
        """When the store holds a time later than ``above`` (default ``now``), read its times later than ``now`` as
        ``now``, for good: (how many articles and unavailable URLs had one, the latest). A run made with the clock
        ahead (days ahead, then corrected) stored them; a fetch time in the future made every recheck point before it
        look done (recheck_due), so no correction was emitted until the clock caught up (h49). Stored as now, the
        points after now come due again."""
        above = now if above is None else above
        ahead = self.db.execute("SELECT 1 FROM articles WHERE last_emitted > ? OR last_checked > ? LIMIT 1",
                                (above, above)).fetchone() or self.db.execute(
            "SELECT 1 FROM unavailable WHERE first_failed > ? OR last_checked > ? LIMIT 1", (above, above)).fetchone()
        if not ahead:
            return 0, None
        with self._transaction():
            latest = self.db.execute(
                "SELECT MAX(MAX(last_emitted, COALESCE(last_checked, 0))) FROM articles WHERE last_emitted > ?"
                " OR last_checked > ?", (now, now)).fetchone()[0]
            failed_latest = self.db.execute(
                "SELECT MAX(MAX(first_failed, last_checked)) FROM unavailable"
                " WHERE first_failed > ? OR last_checked > ?",
                (now, now)).fetchone()[0]
            articles = self.db.execute(
                "UPDATE articles SET last_checked = MIN(COALESCE(last_checked, last_emitted), ?),"
                " last_emitted = MIN(last_emitted, ?), first_seen = MIN(first_seen, ?)"
                " WHERE last_emitted > ? OR last_checked > ?", (now, now, now, now, now)).rowcount
            unavailable = self.db.execute(
                "UPDATE unavailable SET first_failed = MIN(first_failed, ?), last_checked = MIN(last_checked, ?)"
                " WHERE first_failed > ? OR last_checked > ?", (now, now, now, now)).rowcount
        return articles + unavailable, max((t for t in (latest, failed_latest) if t is not None), default=None)

    @_guarded
    def get(self, key: str) -> SeenArticle | None:
        row = self.db.execute(
            "SELECT key, url, content_hash, updated_at, published_ts, last_emitted, last_checked, etag, last_modified,"
            " published_at, fetched_ts"
            " FROM articles WHERE key = ?", (key,)
        ).fetchone()
        return SeenArticle(*row) if row else None

    @_guarded
    def record_checks(self, checks: Iterable[Check]) -> None:
        """Remember when articles were last fetched and their validators. Called after the run
        committed, so a validator never stands for content that was not emitted; an article not in
        the store (fetched, never emitted) is left out."""
        checks = list(checks)
        with self._transaction():
            self.db.executemany(
                "UPDATE articles SET last_checked = ?, etag = ?, last_modified = ?, url = COALESCE(?, url)"
                " WHERE key = ?",
                [(c.checked_at, c.etag, c.last_modified, c.url, c.key) for c in checks])
            # The new URL names the article too (a listing's link to it is known before it is fetched).
            self.db.executemany(
                "INSERT OR REPLACE INTO article_urls SELECT ?, key FROM articles WHERE key = ?",
                [(name, c.key) for c in checks if c.url for name in (c.url, url_alias(c.url))])

    @_guarded
    def record_aliases(self, aliases: Iterable[tuple[str, str]]) -> None:
        """Name stored articles by more URLs, each ``(name, article key)`` (url_alias names): the URLs a run found
        leading to a story it knows (a redirect chain's, the URL its page was read at), so the next run's lookup
        finds the story there before asking (h274). A key the store does not hold is left out."""
        rows = list(aliases)
        if not rows:
            return
        with self._transaction():
            self.db.executemany("INSERT OR REPLACE INTO article_urls SELECT ?, key FROM articles WHERE key = ?", rows)

    @_guarded
    def unavailable(self, key: str) -> Unavailable | None:
        """The record of a discovered URL that held no article when last asked, if any."""
        row = self.db.execute("SELECT key, url, reason, first_failed, last_checked FROM unavailable WHERE key = ?",
                              (key,)).fetchone()
        return Unavailable(*row) if row else None

    @_guarded
    def record_unavailable(self, records: Iterable[Unavailable]) -> None:
        """Remember URLs that held no article; a URL already remembered keeps its first failure."""
        with self._transaction():
            self.db.executemany(
                """INSERT INTO unavailable VALUES (?, ?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET url = excluded.url,
                       reason = excluded.reason, last_checked = excluded.last_checked""",
                [(r.key, r.url, r.reason, r.first_failed, r.last_checked) for r in records])

    def find(self, key: str | None, url: str, own_key: str | None = None) -> SeenArticle | None:
        """The article under `key` (when the URL gives one), else the one emitted under canonical `url`,
        else under another view of it (url_alias: www./m./amp., /amp, trailing slash): not one of another id than
        the URL's own (`key`, else `own_key`: the id key its number gives, generic's, h290)."""
        seen = self.get(key) if key else None
        if seen is not None:
            return seen
        seen = self.find_alias((canonical_url(url), url_alias(url)))
        # A URL of its own id unknown is a new story, whatever another id's story a redirect once led there (h290).
        return None if seen is not None and names_other_id(key or own_key, seen.key) else seen

    @_guarded
    def find_alias(self, names: Sequence[str]) -> SeenArticle | None:
        """The article emitted under the first of ``names`` (canonical URLs or Emission.aliases) found."""
        for name in names:
            row = self.db.execute("SELECT key FROM article_urls WHERE url = ?", (name,)).fetchone()
            if row:
                return self.get(row[0])
        return None

    @_guarded
    def recent(self, site: str, since: float) -> list[SeenArticle]:
        """The site's emitted articles published since ``since`` (unix time; an undated one, or one emitted
        with pages missing, by its last emission, as should_fetch reads it): the candidates for a recheck."""
        rows = self.db.execute(
            "SELECT key, url, content_hash, updated_at, published_ts, last_emitted, last_checked, etag, last_modified,"
            " published_at"
            " FROM articles WHERE site = ? AND (published_ts >= ? OR (published_ts IS NULL AND last_emitted >= ?)"
            " OR (content_hash LIKE ? AND last_emitted >= ?))"
            " ORDER BY COALESCE(published_ts, last_emitted) DESC",
            (site, since, since, INCOMPLETE + "%", since)).fetchall()
        return [SeenArticle(*row) for row in rows]

    @_guarded
    def commit_run(self, run_id: str, site: str, part_path: Path, final_path: Path,
                   emissions: Iterable[Emission], now: float | None = None,
                   release: list[str] | None = None, rejudged: list[str] | None = None,
                   verify: Callable[[], None] | None = None) -> list[str]:
        """Record the run's articles and the run itself as committed, in one transaction (``verify``, called last in
        it, may still abort it by raising: the chunk's file checked in place, output.part_in_place). Returns the
        article keys dropped because another run committed them first: an article whose version in the store is no
        longer the one its verdict was made against (Emission.judged_against) — two incremental runs on one store
        (a cron run and a `scrapy crawl`, two overlapping crontab lines) that both judged it new, or both an update —
        and the store now holds this very content, or a version modified later (superseded_by_commit). The caller
        leaves those lines out of the file. A changed version of its own is kept: an update of the version another
        run committed (its key is added to ``rejudged``), never lost because the other run read the site first (h89
        O5: the later run read v3 while the first committed v2)."""
        now = time.time() if now is None else now
        rows = list(emissions)
        with self._transaction():  # BEGIN IMMEDIATE: no other commit between this check and the writes
            dropped = []
            for e in rows:
                if e.judged_against is None:
                    continue
                current = self._current(e)
                if store_version(current) == e.judged_against:
                    continue
                if superseded_by_commit(current, e):
                    dropped.append(e.key)
                elif rejudged is not None:
                    rejudged.append(e.key)
            if dropped:
                left_out = set(dropped)
                rows = [e for e in rows if e.key not in left_out]
            self.db.executemany(
                """INSERT INTO articles (key, url, site, article_id, first_seen, last_emitted, content_hash, updated_at,
                                        published_ts, published_at, fetched_ts)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                   ON CONFLICT(key) DO UPDATE SET last_emitted = excluded.last_emitted, url = excluded.url,
                       content_hash = excluded.content_hash, updated_at = excluded.updated_at,
                       fetched_ts = excluded.fetched_ts,
                       published_ts = COALESCE(excluded.published_ts, articles.published_ts),
                       published_at = COALESCE(excluded.published_at, articles.published_at),
                       article_id = COALESCE(excluded.article_id, articles.article_id)""",
                [(e.key, e.url, e.site, e.article_id, now, now, e.content_hash, e.updated_at, e.published_ts,
                  e.published_at, e.fetched_ts) for e in rows],
            )
            self.db.executemany("INSERT OR REPLACE INTO article_urls VALUES (?, ?)",
                                [(name, e.key) for e in rows for name in (e.url, *e.aliases)])
            self.db.executemany("DELETE FROM unavailable WHERE key = ?",
                                [(name,) for e in rows for name in (url_alias(e.url), *e.aliases)])
            self.db.execute(
                "INSERT OR REPLACE INTO runs (run_id, site, part_path, final_path, status, items, finished)"
                " VALUES (?, ?, ?, ?, 'committed', ?, ?)",
                (run_id, site, str(part_path), str(final_path), len(rows), now),
            )
            self.db.execute("DELETE FROM run_dropped WHERE run_id = ? AND site = ?", (run_id, site))
            self.db.executemany("INSERT OR IGNORE INTO run_dropped VALUES (?, ?, ?)",
                                [(run_id, site, key) for key in dropped])
            if verify is not None:
                verify()
        return dropped

    def _current(self, emission: Emission) -> SeenArticle | None:
        """The article an emission is, as the store holds it now: under its key, else one of its aliases (the lookup
        output.IncrementalPipeline made)."""
        return stored_article(self, emission.key, emission.url) or self.find_alias(emission.aliases)

    @_guarded
    def mark_completed(self, run_id: str, site: str) -> None:
        self.db.execute("UPDATE runs SET status = 'completed' WHERE run_id = ? AND site = ?", (run_id, site))

    @_guarded
    def mark_missing(self, run_id: str, site: str) -> None:
        """A committed chunk whose .part and file recovery found gone (said once): still completed by recovery if its
        .part comes back to the recorded path (committed_run_for), no longer listed by committed_runs."""
        self.db.execute("UPDATE runs SET status = 'missing' WHERE run_id = ? AND site = ? AND status = 'committed'",
                        (run_id, site))

    @_guarded
    def committed_run_for(self, part_path: Path) -> tuple[str, str, Path, list[str]] | None:
        """(run_id, site, final path, dropped article keys) if the run that wrote this .part committed (and it is not
        completed), else None."""
        return self._committed_run("part_path = ?", (str(part_path),))

    @_guarded
    def recorded_run(self, run_id: str, site: str) -> tuple[str, Path, Path] | None:
        """(status, part path, final path) the store recorded for a chunk, whatever its status; None: never
        committed."""
        row = self.db.execute("SELECT status, part_path, final_path FROM runs WHERE run_id = ? AND site = ?",
                              (run_id, site)).fetchone()
        return None if row is None else (row[0], Path(row[1]), Path(row[2]))

    @_guarded
    def committed_runs(self) -> list[tuple[str, str, Path, Path]]:
        """(run_id, site, part path, final path) of every chunk recorded committed and not yet completed."""
        return [(run_id, site, Path(part), Path(final)) for run_id, site, part, final in self.db.execute(
            "SELECT run_id, site, part_path, final_path FROM runs WHERE status = 'committed' ORDER BY run_id, site")]

    def _committed_run(self, where: str, args: tuple[str, ...]) -> tuple[str, str, Path, list[str]] | None:
        row = self.db.execute(
            f"SELECT run_id, site, final_path FROM runs WHERE {where} AND status IN ('committed', 'missing')",
            args).fetchone()
        if row is None:
            return None
        dropped = [key for (key,) in self.db.execute(
            "SELECT key FROM run_dropped WHERE run_id = ? AND site = ? ORDER BY rowid", (row[0], row[1]))]
        return row[0], row[1], Path(row[2]), dropped

    @_guarded
    def count(self, site: str | None = None) -> int:
        if site is None:
            return self.db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        return self.db.execute("SELECT COUNT(*) FROM articles WHERE site = ?", (site,)).fetchone()[0]

    @_guarded
    def urls(self) -> set[str]:
        return {row[0] for row in self.db.execute("SELECT url FROM articles")}

    @_guarded
    def holds_nothing(self) -> bool:
        """Whether the store has no article and no run recorded: new, or an empty database put in its place (a wrong
        restore, a file overwritten by `sqlite3 seen.sqlite3 .dump` gone wrong) — as RedisSeenStore.holds_nothing."""
        return (self.db.execute("SELECT 1 FROM articles LIMIT 1").fetchone() is None
                and self.db.execute("SELECT 1 FROM runs LIMIT 1").fetchone() is None)

    @_guarded
    def last_chunks(self) -> dict[str, str]:
        """Each site's latest chunk the store records, whatever its status: its name (the run id, ``-NNN`` for a
        later chunk of the run), which is its file's name in the output (``<site>/<name>.jsonl``). Run ids are UTC
        times (addons.run_id_now), so the latest is the greatest."""
        return {site: name for site, name in self.db.execute("SELECT site, MAX(run_id) FROM runs GROUP BY site")}

    def _transaction(self):
        return _Transaction(self.db)


class _Transaction:
    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def __enter__(self) -> None:
        self.db.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type, exc, tb) -> None:
        self.db.execute("COMMIT" if exc_type is None else "ROLLBACK")


# ---------------------------------------------------------------------------------------------
# Distributed mode: the same store in Redis, shared by every worker of every machine.

class LeaseLost(RuntimeError):
    """This worker may no longer commit: Redis revoked its lease (it looked dead, or Redis lost its
    data) or a Redis call failed mid-run. Its uncommitted output must be discarded, never committed."""


class Lease(Protocol):
    """A worker's registration in a shared crawl (newscrawl/cluster.py): commit_run checks it,
    releases the worker's finished claims and records the crawl's emitted articles, atomically."""

    worker_id: str
    workers_key: str
    claims_key: str
    emitted_key: str  # hash article key → worker: who emitted the article in this crawl

    def check(self) -> None:
        """Raise LeaseLost when this worker must not write to Redis any more."""

    def releasable(self, idle: bool = False) -> list[str]:
        """The claims whose requests are done (not in flight): a commit may release them. ``idle``:
        the worker ran out of work, nothing is in flight."""

    def released(self, tokens: list[str]) -> None:
        """Those claims were released by a commit."""

    def stop(self, reason: str, detail: str) -> None:
        """A commit failed: stop this worker loudly (reason redis_unavailable, lease_lost, output_failed)."""

    def publish_discovery(self) -> None:
        """Called by each commit, off the reactor thread: share the worker's discovery counts."""


@dataclass
class WorkerLink:
    """What a crawler's parts share without importing each other: the worker's lease (set by the
    cluster scheduler) and its output's "commit what you have now" (set by the run output)."""

    lease: Lease | None = None
    commit: Callable[[str], Any] | None = None  # returns a Deferred: fires once committed


_LINKS: "WeakKeyDictionary[Any, WorkerLink]" = WeakKeyDictionary()


def worker_link(crawler: Any) -> WorkerLink:
    link = _LINKS.get(crawler)
    if link is None:
        link = _LINKS[crawler] = WorkerLink()
    return link


def redis_client(url: str, retry_seconds: float = 30.0, socket_timeout: float = 30.0) -> "redis.Redis":
    """A Redis client that rides out a restart: connection errors are retried (backoff up to 1 s)
    for ``retry_seconds``, then raised. It sleeps between tries: only threads other than the reactor's
    use a retrying client (newscrawl/cluster.py); the reactor's has ``retry_seconds`` 0 (never sleeps)
    and a short ``socket_timeout``."""
    import redis
    from redis.backoff import ExponentialBackoff
    from redis.retry import Retry

    class DeadlineRetry(Retry):
        def call_with_retry(self, do, fail, is_retryable=None, with_failure_count=False):
            deadline = time.monotonic() + retry_seconds
            failures = 0
            self._backoff.reset()
            while True:
                try:
                    return do()
                except self._supported_errors as error:
                    if is_retryable and not is_retryable(error):
                        raise
                    failures += 1
                    fail(error, failures) if with_failure_count else fail(error)
                    if time.monotonic() >= deadline:
                        raise
                    if failures == 1:
                        logger.warning("Redis at %s unreachable (%s): retrying for up to %.0f s", url, error, retry_seconds)
                    time.sleep(min(self._backoff.compute(failures), max(0.0, deadline - time.monotonic())))

    retry = DeadlineRetry(ExponentialBackoff(cap=1.0, base=0.05), retries=-1)
    return redis.Redis.from_url(url, retry=retry, socket_timeout=socket_timeout,
                                socket_connect_timeout=min(5.0, socket_timeout),
                                health_check_interval=10)


# Emissions arrive as [key, url, site, article_id, content_hash, updated_at, published_ts, aliases, published_at]; an
# article is stored under its key as [url, site, article_id, first_seen, last_emitted, content_hash, updated_at,
# published_ts] with times as strings (exact floats: Lua's cjson would round them to 14 digits). The record keeps these
# 8 fields, as every version reads them (an older worker unpacks exactly 8: h89 R-B); published_at as emitted goes to
# its own hash (KEYS[10], like :checks), and a 9-field record one version wrote is put back to 8 when committed again.
# With a lease (ARGV[6] = worker): refuse a revoked worker; drop an article another worker already
# emitted in this crawl (KEYS[7], under its key or any of its aliases) and return its key; release the given claims ('*' = all).
_COMMIT_LUA = """
local worker = ARGV[6]
if worker ~= '' and redis.call('HEXISTS', KEYS[5], worker) == 0 then
  return redis.error_reply('LEASE_LOST worker ' .. worker .. ' is no longer registered')
end
local now = ARGV[1]
local rows = cjson.decode(ARGV[7])
local dropped = {}
for _, e in ipairs(rows) do
  -- the article's names: its key, then its aliases (another URL form, its content)
  local names = {e[1]}
  if type(e[8]) == 'table' then for _, alias in ipairs(e[8]) do table.insert(names, alias) end end
  local owner = false
  if worker ~= '' then
    for _, name in ipairs(names) do
      local holder = redis.call('HGET', KEYS[7], name)
      if holder and holder ~= worker then owner = holder end
    end
  end
  if owner then
    table.insert(dropped, e[1])
  else
    if worker ~= '' then for _, name in ipairs(names) do redis.call('HSET', KEYS[7], name, worker) end end
    local old = redis.call('HGET', KEYS[1], e[1])
    local rec
    if old then
      rec = cjson.decode(old)
      rec[1] = e[2]; rec[5] = now; rec[6] = e[5]; rec[7] = e[6]
      if e[4] ~= cjson.null then rec[3] = e[4] end
      if e[7] ~= cjson.null then rec[8] = e[7] end
      if #rec > 8 then
        if rec[9] ~= cjson.null then redis.call('HSETNX', KEYS[10], e[1], rec[9]) end
        for i = #rec, 9, -1 do rec[i] = nil end
      end
    else
      rec = {e[2], e[3], e[4], now, now, e[5], e[6], e[7]}
      redis.call('HINCRBY', KEYS[2], e[3], 1)
    end
    if e[9] ~= cjson.null then redis.call('HSET', KEYS[10], e[1], e[9]) end
    redis.call('HSET', KEYS[1], e[1], cjson.encode(rec))
    redis.call('HSET', KEYS[8], e[2], e[1])
    for i = 2, #names do redis.call('HSET', KEYS[8], names[i], e[1]) end
    -- the recheck index: site TAB key by publication (else last emission) time, as should_fetch reads it
    local at = rec[8]
    if at == cjson.null or at == nil then at = rec[5] end
    -- an article emitted with pages missing is fetched again for a while whatever its age: indexed by now
    if string.sub(rec[6], 1, 11) == 'incomplete:' then at = now end
    redis.call('ZADD', KEYS[9], at, e[3] .. '\t' .. e[1])
  end
end
local run = cjson.encode({ARGV[2], ARGV[3], ARGV[5], 'committed', #rows - #dropped, now})
if #dropped > 0 then run = string.sub(run, 1, -2) .. ',' .. cjson.encode(dropped) .. ']' end
redis.call('HSET', KEYS[3], ARGV[4], run)
redis.call('HSET', KEYS[4], ARGV[2] .. '\\t' .. ARGV[3], ARGV[4])
if worker ~= '' then
  if ARGV[8] == '*' then
    redis.call('DEL', KEYS[6])
  else
    for _, token in ipairs(cjson.decode(ARGV[8])) do redis.call('HDEL', KEYS[6], token) end
  end
end
return dropped
"""

# How far back of a recheck window the Redis recheck index is kept (30 days).
RECENT_KEEP_SECONDS = 30 * 86400

_MARK_COMPLETED_LUA = """
local part = redis.call('HGET', KEYS[2], ARGV[1] .. '\\t' .. ARGV[2])
if not part then return 0 end
local rec = cjson.decode(redis.call('HGET', KEYS[1], part))
if ARGV[3] == 'missing' and rec[4] ~= 'committed' then return 0 end
rec[4] = ARGV[3]
redis.call('HSET', KEYS[1], part, cjson.encode(rec))
return 1
"""


# ARGV: key, url, url alias, … for each article read at another URL: the record's URL becomes it, both name the key.
_MOVE_URL_LUA = """
for i = 1, #ARGV, 3 do
  local old = redis.call('HGET', KEYS[1], ARGV[i])
  if old then
    local rec = cjson.decode(old)
    rec[1] = ARGV[i + 1]
    redis.call('HSET', KEYS[1], ARGV[i], cjson.encode(rec))
    redis.call('HSET', KEYS[2], ARGV[i + 1], ARGV[i], ARGV[i + 2], ARGV[i])
  end
end
return 0
"""


def _time_text(value: float | None) -> str | None:
    return None if value is None else repr(float(value))


def _time_value(value: Any) -> float | None:
    return None if value is None else float(value)


class RedisSeenStore:
    """The seen-store in Redis, for workers on several machines; the interface of SeenStore.

    Keys under ``key`` (default ``newscrawl:seen``): ``:articles`` hash article key → JSON record,
    ``:urls`` hash canonical URL → article key, ``:sites`` hash site → article count, ``:runs``
    hash part path → JSON run record, ``:runkeys`` hash "run_id<TAB>site" → part path, ``:unavailable`` hash
    url_alias → a discovered URL that held no article (SeenStore.record_unavailable), ``:checks`` and ``:published``
    hashes article key → its last fetch, its published_at as emitted (beside the 8-field record every version reads). commit_run
    is one Lua script (atomic, like the SQLite transaction); with a lease it also refuses to commit
    for a revoked worker, drops articles another worker emitted in the same crawl, and releases the
    worker's finished claims in the same step.
    """

    def __init__(self, client: "redis.Redis", key: str = "newscrawl:seen",
                 lease: Lease | Callable[[], Lease | None] | None = None) -> None:
        self.client = client
        self.key = key
        self._lease = lease  # a Lease, or a callable resolving it when used (the crawler's WorkerLink)
        self.articles_key, self.sites_key, self.urls_key = f"{key}:articles", f"{key}:sites", f"{key}:urls"
        self.runs_key, self.runkeys_key = f"{key}:runs", f"{key}:runkeys"
        self.checks_key = f"{key}:checks"  # article key → [last fetch, ETag, Last-Modified]
        self.published_key = f"{key}:published"  # article key → published_at as emitted (the record keeps 8 fields)
        self.recent_key = f"{key}:recent"  # "site<TAB>article key" scored by publication time (rechecks)
        self.unavailable_key = f"{key}:unavailable"  # url_alias → [url, reason, first failed, last checked]
        self._commit = client.register_script(_COMMIT_LUA)
        self._move_url = client.register_script(_MOVE_URL_LUA)
        self._mark_completed = client.register_script(_MARK_COMPLETED_LUA)

    @property
    def lease(self) -> Lease | None:
        return self._lease() if callable(self._lease) else self._lease

    def _stopped(self) -> bool:
        lease = self.lease
        try:
            lease is not None and lease.check()
        except LeaseLost:
            return True
        return False

    def close(self) -> None:
        self.client.close()

    def clamp_future(self, now: float, above: float | None = None) -> tuple[int, float | None]:
        """As SeenStore.clamp_future, not done here: it would read every record of the shared store in every worker's
        run (workers on several machines keep their own clocks; each commit stores the committing worker's)."""
        return 0, None

    def get(self, key: str) -> SeenArticle | None:
        # A stopped worker commits nothing any more (commit_run refuses), so what it reads does not
        # matter: answer without waiting on a Redis that failed it, and let the run wind down quietly.
        if self._stopped():
            return None
        raw = self.client.hget(self.articles_key, key)
        if raw is None:
            return None
        check, published_at = self.client.hget(self.checks_key, key), self.client.hget(self.published_key, key)
        return self._seen(key, raw, check, published_at)

    @staticmethod
    def _seen(key: str, raw: bytes, check: bytes | None, published_at: bytes | None = None) -> SeenArticle:
        # A record of 8 fields (9 from the one version that kept published_at in it); published_at from its own hash.
        url, _site, _article_id, _first, last, digest, updated_at, published, *kept = json.loads(raw)
        checked, etag, last_modified = json.loads(check or "[null, null, null]")
        emitted_at = published_at.decode("utf-8") if published_at else kept[0] if kept else None
        return SeenArticle(key, url, digest, updated_at, _time_value(published), float(last),
                           _time_value(checked), etag, last_modified, emitted_at)

    def record_checks(self, checks: Iterable[Check]) -> None:
        """As SeenStore.record_checks; kept in their own hash (``:checks``), beside the article records; a check's
        URL replaces the record's (one script: atomic against a commit) and names the article in ``:urls``."""
        checks = list(checks)
        rows = {c.key: json.dumps([_time_text(c.checked_at), c.etag, c.last_modified]) for c in checks}
        if not rows or self._stopped():
            return
        self.client.hset(self.checks_key, mapping=rows)
        moved = [value for c in checks if c.url for value in (c.key, c.url, url_alias(c.url))]
        if moved:
            self._move_url(keys=[self.articles_key, self.urls_key], args=moved)

    def record_aliases(self, aliases: Iterable[tuple[str, str]]) -> None:
        """As SeenStore.record_aliases: names in ``:urls`` of the articles ``:articles`` holds."""
        rows = list(aliases)
        if not rows or self._stopped():
            return
        keys = list(dict.fromkeys(key for _name, key in rows))
        held = {key for key, raw in zip(keys, self.client.hmget(self.articles_key, keys)) if raw is not None}
        mapping = {name: key for name, key in rows if key in held}
        if mapping:
            self.client.hset(self.urls_key, mapping=mapping)

    def unavailable(self, key: str) -> Unavailable | None:
        if self._stopped():
            return None
        raw = self.client.hget(self.unavailable_key, key)
        return None if raw is None else Unavailable(key, *json.loads(raw))

    def record_unavailable(self, records: Iterable[Unavailable]) -> None:
        """As SeenStore.record_unavailable (the first failure a worker stored first is kept)."""
        records = list(records)
        if not records or self._stopped():
            return
        known = self.client.hmget(self.unavailable_key, [r.key for r in records])
        self.client.hset(self.unavailable_key, mapping={
            r.key: json.dumps([r.url, r.reason, json.loads(old)[2] if old else r.first_failed, r.last_checked])
            for r, old in zip(records, known)})

    def find(self, key: str | None, url: str, own_key: str | None = None) -> SeenArticle | None:
        seen = self.get(key) if key else None
        if seen is not None:
            return seen
        seen = self.find_alias((canonical_url(url), url_alias(url)))
        return None if seen is not None and names_other_id(key or own_key, seen.key) else seen  # (as SeenStore.find)

    def find_alias(self, names: Sequence[str]) -> SeenArticle | None:
        if not names or self._stopped():
            return None
        found = next((key for key in self.client.hmget(self.urls_key, list(names)) if key), None)
        return self.get(found.decode("utf-8")) if found else None

    def commit_run(self, run_id: str, site: str, part_path: Path, final_path: Path,
                   emissions: Iterable[Emission], now: float | None = None,
                   release: list[str] | None = None, rejudged: list[str] | None = None,
                   verify: Callable[[], None] | None = None) -> list[str]:
        """Record the run's articles and the run as committed, atomically (``verify`` first, as SeenStore's). With a
        lease: release the claims `release` names (None: all of them) and return the keys of the articles dropped
        because another worker of the crawl emitted them first (the caller drops their lines)."""
        import redis

        lease = self.lease
        if lease is not None:
            lease.check()
        if verify is not None:
            verify()
        now = time.time() if now is None else now
        rows = [[e.key, e.url, e.site, e.article_id, e.content_hash, e.updated_at, _time_text(e.published_ts),
                 list(e.aliases), e.published_at] for e in emissions]
        fenced = lease is not None
        keys = [self.articles_key, self.sites_key, self.runs_key, self.runkeys_key,
                lease.workers_key if fenced else self.runs_key, lease.claims_key if fenced else self.runs_key,
                lease.emitted_key if fenced else self.runs_key, self.urls_key, self.recent_key, self.published_key]
        args = [repr(float(now)), run_id, site, str(part_path), str(final_path), lease.worker_id if fenced else "",
                json.dumps(rows, ensure_ascii=False), "*" if release is None else json.dumps(release)]
        try:
            dropped = self._commit(keys=keys, args=args)
        except redis.ResponseError as error:
            if str(error).startswith("LEASE_LOST"):
                raise LeaseLost(str(error)) from None
            raise
        if rows:  # after the commit, outside it: a record left behind costs a skipped URL until its next retry point
            self.client.hdel(self.unavailable_key, *[name for row in rows for name in (url_alias(row[1]), *row[7])])
        return [k.decode("utf-8") for k in dropped or []]

    def recent(self, site: str, since: float) -> list[SeenArticle]:
        """As SeenStore.recent, from the ``:recent`` index (articles committed since it exists). Entries
        older than RECENT_KEEP_SECONDS before ``since`` are trimmed: no schedule rechecks that late."""
        if self._stopped():
            return []
        self.client.zremrangebyscore(self.recent_key, "-inf", f"({since - RECENT_KEEP_SECONDS!r}")
        prefix = f"{site}\t"
        keys = [member.decode("utf-8")[len(prefix):]
                for member in self.client.zrevrangebyscore(self.recent_key, "+inf", repr(float(since)))
                if member.decode("utf-8").startswith(prefix)]
        if not keys:
            return []
        records, checks = self.client.hmget(self.articles_key, keys), self.client.hmget(self.checks_key, keys)
        published = self.client.hmget(self.published_key, keys)
        return [self._seen(key, raw, check, at) for key, raw, check, at in zip(keys, records, checks, published)
                if raw is not None]

    def mark_completed(self, run_id: str, site: str) -> None:
        self._mark_completed(keys=[self.runs_key, self.runkeys_key], args=[run_id, site, "completed"])

    def mark_missing(self, run_id: str, site: str) -> None:
        self._mark_completed(keys=[self.runs_key, self.runkeys_key], args=[run_id, site, "missing"])

    def recorded_run(self, run_id: str, site: str) -> tuple[str, Path, Path] | None:
        part = self.client.hget(self.runkeys_key, f"{run_id}\t{site}")
        raw = None if part is None else self.client.hget(self.runs_key, part)
        if raw is None:
            return None
        _run_id, _site, final, status, *_rest = json.loads(raw)
        return status, Path(part.decode("utf-8")), Path(final)

    def committed_runs(self) -> list[tuple[str, str, Path, Path]]:
        runs = []
        for part, raw in self.client.hscan_iter(self.runs_key):
            run_id, site, final, status, *_rest = json.loads(raw)
            if status == "committed":
                runs.append((run_id, site, Path(part.decode("utf-8")), Path(final)))
        return sorted(runs)

    def committed_run_for(self, part_path: Path) -> tuple[str, str, Path, list[str]] | None:
        raw = self.client.hget(self.runs_key, str(part_path))
        if raw is None:
            return None
        run_id, site, final, status, _items, _finished, *dropped = json.loads(raw)
        return ((run_id, site, Path(final), dropped[0] if dropped else []) if status in ("committed", "missing")
                else None)

    def count(self, site: str | None = None) -> int:
        if site is None:
            return self.client.hlen(self.articles_key)
        return int(self.client.hget(self.sites_key, site) or 0)

    def urls(self) -> set[str]:
        """The canonical URL of every article (the last one it was emitted under)."""
        return {json.loads(raw)[0] for _key, raw in self.client.hscan_iter(self.articles_key, count=10_000)}

    def holds_nothing(self) -> bool:
        """Whether the store has no article and no run recorded: new, or its data lost (a Redis restarted without
        persistence, a FLUSHALL, an eviction policy that took the keys)."""
        return not self.client.exists(self.articles_key, self.runs_key)


async def store_read(store: Any, read: Callable[..., Any], *args: Any) -> Any:
    """A seen-store read from the reactor: in a pool thread for the Redis store (its client retries
    with sleeps, never in the reactor thread), inline for SQLite (its connection belongs to this thread)."""
    if not isinstance(store, RedisSeenStore):
        return read(*args)
    from scrapy.utils.defer import maybe_deferred_to_future
    from twisted.internet.threads import deferToThread

    return await maybe_deferred_to_future(deferToThread(read, *args))


def open_seen_store(settings: Any, crawler: Any = None) -> SeenStore | RedisSeenStore:
    """The seen-store the settings ask for: Redis when NEWSCRAWL_REDIS_URL is set, else SQLite at
    NEWSCRAWL_STATE_PATH. With a crawler in distributed mode, the store carries the crawler's worker
    lease: it refuses to read or commit once the lease is lost, and commit_run releases its claims."""
    url = settings.get("NEWSCRAWL_REDIS_URL")
    if not url:
        return SeenStore(settings["NEWSCRAWL_STATE_PATH"])
    def crawler_lease() -> Lease | None:
        return worker_link(crawler).lease
    client = redis_client(url, settings.getfloat("NEWSCRAWL_REDIS_RETRY_SECONDS", 30.0))
    return RedisSeenStore(client, settings.get("NEWSCRAWL_REDIS_STORE_KEY") or "newscrawl:seen",
                          lease=crawler_lease if crawler is not None else None)
