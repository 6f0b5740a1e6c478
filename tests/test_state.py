"""SeenStore and crash recovery as pure units (the cron tests cover them end to end)."""
from __future__ import annotations

import json
import logging
import sqlite3
import time
from pathlib import Path
from dataclasses import replace

import pytest

from newscrawl.middlewares import retry_after_seconds, wrong_charset
from newscrawl.output import recover
from newscrawl.state import (SCHEMA_VERSION, Check, Emission, SeenArticle, SeenStore, StoreUnreadable, article_key,
                             recheck_due,
                             should_fetch, store_version)


def emission(url: str, digest: str = "h1", published: float | None = 1_000.0, article_id: str | None = None) -> Emission:
    return Emission(key=article_key("s", article_id, url), url=url, site="s", article_id=article_id,
                    content_hash=digest, updated_at=None, published_ts=published)


@pytest.fixture
def store(tmp_path):
    store = SeenStore(tmp_path / "state" / "seen.sqlite3")
    yield store
    store.close()


H = 3600.0


def seen(published: float | None, last_emitted: float = 0.2 * H, last_checked: float | None = None) -> SeenArticle:
    return SeenArticle("k", "https://x/a", "h", None, published, last_emitted, last_checked)


@pytest.mark.parametrize(("published", "last_checked", "now", "due"), [
    (0, 0.2 * H, 0.5 * H, False),     # emitted 12 min after publication, run 30 min after: nothing due
    (0, 0.2 * H, 1.0 * H, True),      # the 1 h point reached
    (0, 1.1 * H, 5.9 * H, False),     # checked after 1 h; 6 h not yet
    (0, 1.1 * H, 6.0 * H, True),
    (0, 6.5 * H, 23 * H, False),
    (0, 6.5 * H, 30 * H, True),       # 24 h point
    (0, 30 * H, 47 * H, False),
    (0, 30 * H, 49 * H, True),        # 48 h point
    (0, 49 * H, 1000 * H, False),     # after the last point: never again
    (0, 0.2 * H, 100 * H, True),      # a long pause: one check covers every missed point…
    (0, 100 * H, 200 * H, False),     # …and only one
    (0, 30 * H, 30 * H, False),       # first seen 30 h after publication: only the 48 h point is left
    (10 * H, 0.0, 5 * H, False),      # published in the future (a listing ahead of the clock)
])
def test_recheck_due(published, last_checked, now, due):
    assert recheck_due(published, last_checked, now) is due


def test_recheck_schedule_is_a_parameter():
    assert recheck_due(0, 0.5 * H, 2 * H, schedule_hours=(3,)) is False
    assert recheck_due(0, 0.5 * H, 3 * H, schedule_hours=(3,)) is True


@pytest.mark.parametrize(("article", "fetch"), [
    (None, True),                                               # never emitted
    (seen(published=0.0), True),                                # emitted at 12 min, now 2 h: the 1 h point
    (seen(published=0.0, last_checked=1.5 * H), False),         # checked after the 1 h point already
    (seen(published=-100 * H), False),                          # long ago, emitted after every point
    (seen(published=None, last_emitted=0.5 * H), True),         # no date: the first emission stands for it
    (seen(published=None, last_emitted=1.5 * H), False),
])
def test_should_fetch_new_and_due(article, fetch):
    assert should_fetch(article, now=2 * H) is fetch


@pytest.mark.parametrize(("site", "article_id", "url", "key"), [
    ("sindonews", "1234", "https://m.sindonews.com/read/1234/12/x?utm_source=a", "sindonews#1234"),
    ("sindonews", "1234", "http://www.sindonews.com/read/1234/12/x", "sindonews#1234"),
    ("generic", None, "http://www.contoh.id/berita/a?utm_source=x&fbclid=1#top", "https://www.contoh.id/berita/a"),
    ("generic", "", "https://www.contoh.id/berita/a", "https://www.contoh.id/berita/a"),
    # (h22 probe) widget and login trackers of Indonesian outlets name no other article
    ("generic", None, "https://money.kompas.com/read/2025/06/18/1/x?source=widgetML&engine=C",
     "https://money.kompas.com/read/2025/06/18/1/x"),
    ("generic", None, "https://www.kompas.com/read/2025/06/18/1/x?lgn_method=google", "https://www.kompas.com/read/2025/06/18/1/x"),
    ("generic", None, "https://www.cnbcindonesia.com/news/20250618-4-1/x?mtype=mp_tl", "https://www.cnbcindonesia.com/news/20250618-4-1/x"),
    ("generic", None, "https://www.viva.co.id/berita/1-x?medium=autonext", "https://www.viva.co.id/berita/1-x"),
    ("generic", None, "https://www.contoh.id/berita.php?id=7", "https://www.contoh.id/berita.php?id=7"),
    # (h87 probe) generic reads many outlets, each numbering its own stories: an id is the outlet's, keyed by its host
    # (another view's www./m./amp. folded; another subdomain may be another CMS: a WordPress multisite)
    ("generic", "12345", "https://www.kabarsatu.id/berita/12345/a", "generic#kabarsatu.id#12345"),
    ("generic", "12345", "https://m.kabarsatu.id/berita/12345/a?utm_source=x", "generic#kabarsatu.id#12345"),
    ("generic", "12345", "https://www.wartadua.id/berita/12345/b", "generic#wartadua.id#12345"),
    ("generic", "4521", "https://jabar.kabarsatu.id/2024/06/19/c/", "generic#jabar.kabarsatu.id#4521"),
])
def test_article_key_is_site_and_id_else_canonical_url(site, article_id, url, key):
    assert article_key(site, article_id, url) == key


def test_store_finds_an_article_by_key_or_by_any_url_it_was_emitted_under(store, tmp_path):
    store.commit_run("r1", "s", tmp_path / "a.part", tmp_path / "a",
                     [emission("https://x/read/7/a", article_id="7"), emission("https://x/b")])
    assert store.find("s#7", "https://m.x/read/7/a?utm_source=z").url == "https://x/read/7/a"
    assert store.find(None, "http://x/read/7/a?fbclid=1").key == "s#7"  # the URL it was emitted under
    assert store.find(None, "https://x/b").key == "https://x/b"
    assert store.find("s#8", "https://x/read/8/c") is None


def test_an_empty_store_file_is_refused_and_a_missing_one_created(tmp_path):
    """No file: a first run, a fresh store (never empty once opened, so reopening it works). An existing 0-byte
    file is a cut store (SQLite alone would take it for a new one, and every article would be emitted again)."""
    path = tmp_path / "state" / "seen.sqlite3"
    SeenStore(path).close()
    assert path.stat().st_size > 0
    SeenStore(path).close()
    path.write_bytes(b"")
    with pytest.raises(StoreUnreadable, match="0 bytes"):
        SeenStore(path)
    assert path.read_bytes() == b""  # left as found


# h191 S4: two first runs on one new store (their own --lock, or `scrapy crawl … NEWSCRAWL_INCREMENTAL=1` beside the
# cron entry). The first one's sqlite3.connect created the file, 0 bytes until its WAL switch wrote the header; the
# other, starting at that moment, took it for a store cut by a full disk: exit 1, "not a readable SQLite database (an
# empty file, 0 bytes) … move it aside". The store is now created under another name and linked into place.

def test_a_run_arriving_while_another_creates_the_store_uses_it(tmp_path, monkeypatch):
    """The interleaving itself: a second run opens the store right after the first one's first sqlite3.connect."""
    path = tmp_path / "state" / "seen.sqlite3"
    real_connect = sqlite3.connect
    other: list[object] = []

    def connect(*args, **kwargs):
        db = real_connect(*args, **kwargs)
        if not other:  # the other run arrives now, once
            other.append(None)
            try:
                SeenStore(path).close()
                other[0] = "ok"
            except StoreUnreadable as error:
                other[0] = str(error)
        return db

    monkeypatch.setattr(sqlite3, "connect", connect)
    first = SeenStore(path)
    first.commit_run("r1", "s", tmp_path / "a.part", tmp_path / "a", [emission("https://x/1")])
    first.close()
    assert other == ["ok"]
    monkeypatch.undo()
    again = SeenStore(path)
    assert again.find(None, "https://x/1") is not None  # one store, not two
    again.close()
    assert sorted(p.name for p in path.parent.iterdir() if not p.name.startswith("seen.sqlite3")) == []


def test_a_store_name_near_the_file_system_limit_is_created(tmp_path):
    """(h198) The temporary file of a creation was the store's name plus ~25 characters: a 240-character store name
    (a long site name in NEWSCRAWL_STATE_FILE) failed with 'File name too long'."""
    path = tmp_path / ("s" * 233 + ".sqlite3")
    store = SeenStore(path)
    store.commit_run("r1", "s", tmp_path / "a.part", tmp_path / "a", [emission("https://x/1")])
    store.close()
    assert SeenStore(path).find(None, "https://x/1") is not None


def test_a_creation_cut_by_a_kill_leaves_nothing_behind_for_long(tmp_path):
    """(h198) A run SIGKILLed inside a store's creation left its temporary file for ever. The next creation removes
    one whose process is gone and that is an hour old; a live creator's file, or a fresh one, is left alone."""
    import os
    import subprocess

    from newscrawl.state import _creating_prefix

    path = tmp_path / "seen.sqlite3"
    dead_pid = subprocess.Popen(["true"])
    dead_pid.wait()
    prefix = _creating_prefix(path)
    abandoned = tmp_path / f"{prefix}{dead_pid.pid}.0badc0de.creating"
    abandoned_wal = tmp_path / f"{prefix}{dead_pid.pid}.0badc0de.creating-wal"
    fresh = tmp_path / f"{prefix}{dead_pid.pid}.0000beef.creating"
    live = tmp_path / f"{prefix}{os.getpid()}.00c0ffee.creating"
    for leftover in (abandoned, abandoned_wal, fresh, live):
        leftover.write_bytes(b"")
    old = time.time() - 2 * 3600
    for leftover in (abandoned, abandoned_wal, live):
        os.utime(leftover, (old, old))
    SeenStore(path).close()
    left = sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(("creating", "creating-wal")))
    assert left == sorted([fresh.name, live.name])


def test_a_created_store_has_the_mode_sqlite_gives_it(tmp_path):
    """0644 less the umask, as sqlite3.connect creates a database (not a temporary file's 0600)."""
    SeenStore(tmp_path / "a.sqlite3").close()
    sqlite3.connect(tmp_path / "b.sqlite3").close()
    assert (tmp_path / "a.sqlite3").stat().st_mode & 0o777 == (tmp_path / "b.sqlite3").stat().st_mode & 0o777


def _open_at_once(path: str, barrier, results) -> None:
    barrier.wait()
    try:
        SeenStore(path).close()
        results.put("ok")
    except Exception as error:  # noqa: BLE001 - the outcome is what is checked
        results.put(f"{type(error).__name__}: {error}")


def test_processes_racing_to_create_one_store_all_open_it(tmp_path):
    """Four processes released together on a store that does not exist yet, five times (before the fix 57 of 80
    such opens failed with 'an empty file, 0 bytes')."""
    import multiprocessing

    context = multiprocessing.get_context("fork")
    outcomes = []
    for round_ in range(5):
        path = tmp_path / f"round{round_}" / "seen.sqlite3"
        barrier, results = context.Barrier(4), context.Queue()
        workers = [context.Process(target=_open_at_once, args=(str(path), barrier, results)) for _ in range(4)]
        for worker in workers:
            worker.start()
        outcomes += [results.get(timeout=60) for _ in workers]
        for worker in workers:
            worker.join(timeout=60)
    assert outcomes == ["ok"] * 20, [o for o in outcomes if o != "ok"][:2]


def test_a_store_another_version_creates_in_place_is_waited_for(tmp_path):
    """A creator that opens the file in place (an older version, a file system without hard links) leaves it 0 bytes
    for a moment: a store that gains its header within the grace is used, not refused."""
    import threading

    path = tmp_path / "state" / "seen.sqlite3"
    path.parent.mkdir()
    path.write_bytes(b"")

    def header_later():
        time.sleep(0.3)
        db = sqlite3.connect(path, isolation_level=None)
        db.execute("PRAGMA journal_mode=WAL")
        db.close()

    creator = threading.Thread(target=header_later)
    creator.start()
    try:
        store = SeenStore(path)
    finally:
        creator.join()
    store.close()
    assert path.stat().st_size > 0


def _failing_connect(monkeypatch, statement: str, error: Exception) -> None:
    """sqlite3.connect gives connections whose statements starting with ``statement`` raise ``error``: a disk that
    fills, a mount gone read-only, a damaged page, without mounting or damaging anything."""
    import sqlite3

    class Failing(sqlite3.Connection):
        def execute(self, sql, *args):
            if sql.lstrip().startswith(statement):
                raise error
            return super().execute(sql, *args)

    connect = sqlite3.connect
    monkeypatch.setattr(sqlite3, "connect", lambda *a, **k: connect(*a, **{**k, "factory": Failing}))


def _sqlite_error(cls, message: str, code: int) -> Exception:
    error = cls(message)
    error.sqlite_errorcode = code
    return error


@pytest.mark.parametrize(("statement", "message", "code", "kind"), [
    # the store's surroundings (h49 s8c, s8d): a full disk, a read-only file or mount, an I/O error
    ("PRAGMA journal_mode", "database or disk is full", 13, "StoreUnavailable"),
    ("PRAGMA journal_mode", "attempt to write a readonly database", 8, "StoreUnavailable"),
    ("PRAGMA journal_mode", "disk I/O error", 10 | (3 << 8), "StoreUnavailable"),  # SQLITE_IOERR_WRITE
    # a store SQLite opened read-only reads fine: the write at open finds it
    ("PRAGMA user_version =", "attempt to write a readonly database", 8, "StoreUnavailable"),
    # another process holds it (h128 L1: an sqlite3 shell in BEGIN EXCLUSIVE): that process is named, not the disk
    ("PRAGMA journal_mode", "database is locked", 5, "StoreBusy"),
    # the file itself
    ("PRAGMA journal_mode", "database disk image is malformed", 11, "StoreUnreadable"),
    ("PRAGMA journal_mode", "file is not a database", 26, "StoreUnreadable"),
    # another version's schema (h95 E4: the interim build's commit into runs.dropped, moved away by newer code)
    ("PRAGMA journal_mode", "table runs has no column named dropped", 1, "StoreMismatch"),
    ("PRAGMA journal_mode", "table runs has 8 columns but 7 values were supplied", 1, "StoreMismatch"),
])
def test_a_store_that_cannot_be_used_says_whether_it_is_damaged(tmp_path, monkeypatch, statement, message, code, kind):
    """(h49) Every DatabaseError at open was "not a readable SQLite database ... move it aside" — also a full disk or
    a read-only mount, where moving the store aside starts an empty one and emits every article again. Damage is
    told apart by SQLite's code: only a damaged file gets that advice; the others name the cause and keep the store."""
    import sqlite3

    from newscrawl import state

    path = tmp_path / "state" / "seen.sqlite3"
    SeenStore(path).close()
    state._CHECKED_PATHS.discard(str(path.resolve()))  # a new process, as the next cron run
    cls = sqlite3.OperationalError if code not in (11, 26) else sqlite3.DatabaseError
    _failing_connect(monkeypatch, statement, _sqlite_error(cls, message, code))
    with pytest.raises(state.StoreError) as raised:
        SeenStore(path)
    assert type(raised.value).__name__ == kind
    text = str(raised.value)
    assert str(path) in text and message in text and "nothing was crawled" in text
    assert ("move it aside" in text) is (kind == "StoreUnreadable"), text
    assert ("make its disk writable" in text) is (kind == "StoreUnavailable"), text
    assert ("another process held it locked" in text) is (kind == "StoreBusy"), text


def test_a_store_folder_that_is_a_file_names_the_os_error(tmp_path):
    from newscrawl.state import StoreUnavailable

    (tmp_path / "state").write_text("a file where the store's folder should be")
    with pytest.raises(StoreUnavailable, match="FileExistsError|NotADirectoryError") as raised:
        SeenStore(tmp_path / "state" / "seen.sqlite3")
    assert "move it aside" not in str(raised.value)


def test_a_damaged_page_is_found_when_the_store_is_first_opened(tmp_path):
    """(h49 s8b'') A 4 KB page zeroed inside the store read fine at open and failed mid-run, item after item. The
    first open in a process runs PRAGMA quick_check (0.2 s warm, 1.3 s cold on a 100k-article store)."""
    from newscrawl import state

    path = tmp_path / "seen.sqlite3"
    store = SeenStore(path)
    store.commit_run("r", "s", tmp_path / "r.part", tmp_path / "r.jsonl", [
        Emission(key=f"s#{n}", url=f"https://x/berita/{n}/judul-panjang-{n}", site="s", article_id=str(n),
                 content_hash="h" * 64, updated_at=None, published_ts=float(n), aliases=(f"content:{n:064x}",))
        for n in range(3000)], now=1.0)
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    pages = path.stat().st_size // 4096
    with open(path, "r+b") as file:
        file.seek(pages // 2 * 4096)
        file.write(bytes(4096))
    state._CHECKED_PATHS.discard(str(path.resolve()))
    with pytest.raises(StoreUnreadable, match="not a readable SQLite database") as raised:
        SeenStore(path)
    assert "move it aside" in str(raised.value)


def test_a_store_failing_mid_run_raises_one_store_error(tmp_path, monkeypatch):
    from newscrawl.state import StoreUnreadable as Damaged

    store = SeenStore(tmp_path / "seen.sqlite3")
    _failing_connect(monkeypatch, "SELECT key FROM article_urls", _sqlite_error(
        __import__("sqlite3").DatabaseError, "database disk image is malformed", 11))
    store.db.close()
    store.db = __import__("sqlite3").connect(str(store.path), isolation_level=None)
    with pytest.raises(Damaged, match="the run stops"):
        store.find_alias(["url:x/a"])
    store.close()


def test_old_url_keyed_store_is_rekeyed_on_open(tmp_path):
    import sqlite3

    path = tmp_path / "seen.sqlite3"
    with sqlite3.connect(path) as db:
        db.executescript("""CREATE TABLE articles (url TEXT PRIMARY KEY, site TEXT NOT NULL, article_id TEXT,
            first_seen REAL NOT NULL, last_emitted REAL NOT NULL, content_hash TEXT NOT NULL, updated_at TEXT,
            published_ts REAL);
            INSERT INTO articles VALUES ('https://x/read/7/a', 's', '7', 1, 2, 'h', NULL, 3);
            INSERT INTO articles VALUES ('https://x/b', 's', NULL, 1, 2, 'h', NULL, NULL);""")
    store = SeenStore(path)
    assert store.get("s#7").url == "https://x/read/7/a" and store.find(None, "https://x/b").key == "https://x/b"
    assert store.count() == 2
    store.close()


def test_checks_are_stored_with_their_validators(store, tmp_path):
    store.commit_run("r1", "s", tmp_path / "a.part", tmp_path / "a", [emission("https://x/a")], now=10.0)
    assert store.get("https://x/a").last_checked is None  # never checked since emission
    store.record_checks([Check("https://x/a", 20.0, '"v1"', "Wed, 19 Jun 2024 02:00:00 GMT"),
                         Check("https://x/unknown", 20.0, None, None)])  # not emitted: nothing to update
    seen = store.get("https://x/a")
    assert (seen.last_checked, seen.etag, seen.last_modified) == (20.0, '"v1"', "Wed, 19 Jun 2024 02:00:00 GMT")
    assert store.get("https://x/unknown") is None
    store.commit_run("r2", "s", tmp_path / "b.part", tmp_path / "b", [emission("https://x/a", "h2")], now=30.0)
    assert store.get("https://x/a").etag == '"v1"'  # a new emission keeps the validators until the next check


def test_store_without_check_columns_gains_them_in_place(tmp_path):
    """A store as the article-keyed release wrote it (no last_checked / etag / last_modified)."""
    import sqlite3

    path = tmp_path / "seen.sqlite3"
    with sqlite3.connect(path) as db:
        db.executescript("""CREATE TABLE articles (key TEXT PRIMARY KEY, url TEXT NOT NULL, site TEXT NOT NULL,
            article_id TEXT, first_seen REAL NOT NULL, last_emitted REAL NOT NULL, content_hash TEXT NOT NULL,
            updated_at TEXT, published_ts REAL);
            INSERT INTO articles VALUES ('s#7', 'https://x/read/7/a', 's', '7', 5, 6, 'h0', NULL, 1);""")
    store = SeenStore(path)
    seen = store.get("s#7")
    assert (seen.content_hash, seen.last_emitted, seen.published_ts, seen.last_checked) == ("h0", 6.0, 1.0, None)
    store.record_checks([Check("s#7", 7.0, '"e"', None)])
    store.close()
    store = SeenStore(path)  # opened again: nothing left to add, data kept
    assert (store.get("s#7").last_checked, store.get("s#7").etag) == (7.0, '"e"')
    store.close()
    with sqlite3.connect(path) as db:
        columns = [row[1] for row in db.execute("PRAGMA table_info(articles)")]
    assert columns[-5:] == ["last_checked", "etag", "last_modified", "published_at", "fetched_ts"]


def test_commit_updates_hash_and_keeps_first_seen(store, tmp_path):
    store.commit_run("r1", "s", tmp_path / "1.part", tmp_path / "1", [emission("https://x/a", "h1")], now=10.0)
    store.commit_run("r2", "s", tmp_path / "2.part", tmp_path / "2", [emission("https://x/a", "h2")], now=20.0)
    seen = store.get("https://x/a")
    assert (seen.key, seen.content_hash, seen.last_emitted) == ("https://x/a", "h2", 20.0)
    assert store.db.execute("SELECT first_seen FROM articles").fetchone()[0] == 10.0
    assert store.count() == 1


def test_a_chunk_whose_file_moved_during_the_commit_is_not_recorded(store, tmp_path):
    """(h128 M2) The output's mount vanished while the commit waited on the store's lock: the store recorded the
    chunk, its rename failed, its articles were in no file and never fetched again. The file is checked last inside
    the commit's transaction: moved, nothing is recorded (the next run fetches the articles again)."""
    from newscrawl.output import ChunkMoved, part_in_place

    part = tmp_path / "run-001.jsonl.part"
    with open(part, "wb") as handle:
        part.rename(tmp_path / "elsewhere.part")  # the folder moved aside, the mount gone: the open file lives on
        with pytest.raises(ChunkMoved, match="no longer the file this run wrote"):
            store.commit_run("run", "s", part, tmp_path / "run-001.jsonl", [emission("https://x/a")],
                             verify=lambda: part_in_place(part, handle))
    assert store.count() == 0 and store.committed_run_for(part) is None
    with open(part, "wb") as handle:  # in place: recorded
        store.commit_run("run", "s", part, tmp_path / "run-001.jsonl", [emission("https://x/a")],
                         verify=lambda: part_in_place(part, handle))
    assert store.count() == 1 and store.committed_run_for(part) is not None


def test_a_chunk_whose_folder_turned_read_only_is_not_recorded(store, tmp_path, monkeypatch):
    """(h134 H2) The output folder made read-only (a remount) before the last chunk's commit: recorded, then its rename
    failed (its articles in no completed file until the folder is writable again). The folder is checked writable with
    the file, before the store's commit: the chunk is not recorded, its articles are fetched again."""
    import os

    from newscrawl.output import OutputUnwritable, part_in_place

    part = tmp_path / "run-001.jsonl.part"
    access = os.access
    monkeypatch.setattr(os, "access", lambda path, mode: False if Path(path) == tmp_path else access(path, mode))
    with open(part, "wb") as handle:
        with pytest.raises(OutputUnwritable, match="not writable"):
            store.commit_run("run", "s", part, tmp_path / "run-001.jsonl", [emission("https://x/a")],
                             verify=lambda: part_in_place(part, handle))
    assert store.count() == 0 and store.committed_run_for(part) is None


@pytest.mark.parametrize("committed", [True, False])
def test_recover_rolls_committed_forward_and_discards_the_rest(store, tmp_path, committed):
    site_dir = tmp_path / "output" / "s"
    site_dir.mkdir(parents=True)
    part, final = site_dir / "run.jsonl.part", site_dir / "run.jsonl"
    part.write_text('{"url": "https://x/a"}\n')
    if committed:
        store.commit_run("run", "s", part, final, [emission("https://x/a")])
    settled = recover(tmp_path / "output", store)
    assert not part.exists()
    assert final.exists() is committed
    assert settled == ({"rolled_forward": 1, "discarded": 0} if committed else {"rolled_forward": 0, "discarded": 1})
    if committed:
        assert store.committed_run_for(part) is None  # marked completed


def _part_in(folder: Path, name: str = "run-003", site: str = "s", lines: int = 1) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    part = folder / f"{name}.jsonl.part"
    part.write_text("".join(f'{{"url": "https://x/{n}", "site": "{site}"}}\n' for n in range(lines)))
    return part


def test_recover_leaves_a_committed_chunk_found_in_a_moved_folder_alone_and_says_so_once(store, tmp_path, caplog):
    """(h134 H1, h138 c1/c2) The site's folder moved aside (output/s.moved, or two levels down output/old/s) between a
    chunk's commit and its rename. 8589a48 finished the moved .part into output/s/ by copying it and deleted the
    user's file — which also finished a backup's stale copy after the user archived the real file (duplicates), and
    did not see a folder two levels down at all. Now a .part is completed only at the path the store recorded: the
    moved one is left alone (never finished, copied or deleted), nothing is re-created in output/s/, and one warning
    names the chunk, its recorded path, that its articles are not fetched again, and where its .part was found —
    once: the record is marked missing, and still completed if its .part is moved back where it was recorded."""
    output = tmp_path / "output"
    home = output / "s"
    store.commit_run("run-003", "s", home / "run-003.jsonl.part", home / "run-003.jsonl", [emission("https://x/0")])
    moved, deep = _part_in(output / "s.moved"), _part_in(output / "old" / "s")
    with caplog.at_level(logging.INFO, logger="newscrawl.output"):
        assert recover(output, store) == {"rolled_forward": 0, "discarded": 0}
    assert moved.exists() and deep.exists() and not (home / "run-003.jsonl").exists()
    assert not [path for path in output.rglob("*") if path.name.endswith(".tmp")]
    [line] = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert "run-003" in line and str(home / "run-003.jsonl.part") in line, line
    assert "will not be fetched again" in line and "move it back" in line, line
    assert str(moved) in line and str(deep) in line, line
    assert store.recorded_run("run-003", "s")[0] == "missing"
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="newscrawl.output"):
        assert recover(output, store) == {"rolled_forward": 0, "discarded": 0}
    assert caplog.records == []  # said once, not on every run for ever
    moved.parent.rename(home)  # moved back: the next run completes it
    assert recover(output, store) == {"rolled_forward": 1, "discarded": 0}
    assert (home / "run-003.jsonl").exists() and store.recorded_run("run-003", "s")[0] == "completed"


@pytest.mark.parametrize("archived", [False, True])
def test_recover_marks_a_stuck_committed_record_completed_and_never_finishes_a_backup_copy(store, tmp_path, caplog,
                                                                                         archived):
    """(h138 c3b/c3c/c7) A run killed right after a chunk's rename (or its 'completed' mark failed: "harmless, its
    record stays committed") left the record committed for ever, and a backup (cp -a output/s output/s.bak) held the
    chunk's .part. Once the user archived the real file, recovery finished the backup's copy into output/s/: the
    articles twice. Now the record is marked completed while its file is in place; a backup's .part is never
    finished; after the archive, the chunk is said missing once (not on the next run), not re-created."""
    output = tmp_path / "output"
    home = output / "s"
    store.commit_run("run-001", "s", home / "run-001.jsonl.part", home / "run-001.jsonl", [emission("https://x/0")])
    _part_in(home, "run-001").rename(home / "run-001.jsonl")  # renamed; the 'completed' mark never came
    backup = _part_in(output / "s.bak", "run-001")
    if archived:  # before any run healed the record
        (output / "archive").mkdir()
        (home / "run-001.jsonl").rename(output / "archive" / "s-run-001.jsonl")
    with caplog.at_level(logging.WARNING, logger="newscrawl.output"):
        assert recover(output, store) == {"rolled_forward": 0, "discarded": 0}
    assert backup.exists() and not (home / "run-001.jsonl.part").exists()
    assert (home / "run-001.jsonl").exists() is not archived
    warnings = [r.getMessage() for r in caplog.records]
    if archived:
        [line] = warnings
        assert "run-001" in line and "missing" in line and str(backup) in line, line
        caplog.clear()
        assert recover(output, store) == {"rolled_forward": 0, "discarded": 0}
        assert caplog.records == [] and backup.exists() and not (home / "run-001.jsonl").exists()
    else:
        assert warnings == [] and store.recorded_run("run-001", "s")[0] == "completed"
        (home / "run-001.jsonl").rename(output / "s-run-001.jsonl")  # archived after the heal
        assert recover(output, store) == {"rolled_forward": 0, "discarded": 0}
        assert not (home / "run-001.jsonl").exists() and backup.exists()
        assert [r.getMessage() for r in caplog.records] == []


def test_recover_leaves_a_part_of_a_chunk_recorded_elsewhere_alone_in_its_sites_folder(store, tmp_path, caplog):
    """A .part in its site's folder whose chunk the store recorded at another path (the whole output folder renamed,
    a copy put back) is not the dead run's uncommitted chunk: never deleted, never finished; one warning."""
    old, output = tmp_path / "old-output" / "s", tmp_path / "output"
    store.commit_run("run-003", "s", old / "run-003.jsonl.part", old / "run-003.jsonl", [emission("https://x/0")])
    part = _part_in(output / "s")
    with caplog.at_level(logging.WARNING, logger="newscrawl.output"):
        assert recover(output, store) == {"rolled_forward": 0, "discarded": 0}
    assert part.exists() and not (output / "s" / "run-003.jsonl").exists()
    [line] = [r.getMessage() for r in caplog.records]  # the record is another output folder's: not said missing
    assert "Left" in line and "recorded in the seen-store as committed" in line, line


@pytest.mark.parametrize("record", ["completed", "none"])
def test_recover_never_deletes_a_part_outside_its_sites_folder(store, tmp_path, record):
    """(h134 H4) A backup's hard-linked snapshot (`cp -al output/s output/s.snap`) taken while a chunk was open: the
    next run's recovery deleted the snapshot's .part. A .part whose lines name another site than its folder, or an
    empty one in a folder no spider has, is the user's: left alone. One in its site's folder is settled as before."""
    output = tmp_path / "output"
    if record == "completed":
        store.commit_run("run-001", "s", output / "s" / "run-001.jsonl.part", output / "s" / "run-001.jsonl",
                         [emission("https://x/0")])
        store.mark_completed("run-001", "s")
    snapshot = _part_in(output / "s.snap", "run-001")
    empty = _part_in(output / "s.snap", "run-002", lines=0)
    dead = _part_in(output / "s", "run-009", lines=0)
    assert recover(output, store, sites={"s"}) == {"rolled_forward": 0, "discarded": 1}
    assert snapshot.exists() and empty.exists() and not dead.exists()


@pytest.mark.parametrize(("value", "seconds"), [
    ("5", 5.0), (b"120", 120.0), (" 0 ", 0.0), (None, None), ("soon", None),
    ("Wed, 21 Oct 2015 07:28:00 GMT", 0.0),  # a date in the past: retry now
])
def test_retry_after(value, seconds):
    assert retry_after_seconds(value, now=2_000_000_000.0) == seconds


@pytest.mark.parametrize(("body", "declared", "wrong"), [
    ("Sintétis “kutipan”".encode(), "iso-8859-1", True),
    ("Sintétis".encode("cp1252"), "cp1252", False),   # real cp1252 bytes are not valid UTF-8
    (b"plain ascii", "latin-1", False),
    ("Sintétis".encode(), "utf-8", False),
    ("Sintétis".encode(), "gbk", False),               # only single-byte declarations are second-guessed
])
def test_wrong_charset(body, declared, wrong):
    assert wrong_charset(body, declared) is wrong


class SlowLookupStore(SeenStore):
    """A store whose lookup takes a moment (a remote Redis does): it widens the window between a worker
    deciding to settle a .part and settling it, where the other worker can get in."""

    def committed_run_for(self, part_path):
        time.sleep(0.002)
        return super().committed_run_for(part_path)


def _recover_in_process(output_dir: str, state: str, start, results) -> None:
    from pathlib import Path

    store = SlowLookupStore(state)
    start.wait()
    try:
        results.put(recover(Path(output_dir), store))
    except Exception as error:  # what two workers starting together used to hit: FileNotFoundError
        results.put(repr(error))
    finally:
        store.close()


def test_two_workers_recovering_one_folder_at_once_settle_each_part_once(tmp_path):
    """Two workers of one machine start together and both settle the dead runs' .part files: every
    file is settled by exactly one of them (rolled forward or discarded), and neither fails."""
    import multiprocessing

    state = tmp_path / "state" / "seen.sqlite3"
    store = SeenStore(state)
    site_dir = tmp_path / "output" / "s"
    site_dir.mkdir(parents=True)
    parts = 300
    for n in range(parts):
        part = site_dir / f"run{n}.jsonl.part"
        part.write_text(f'{{"url": "https://x/{n}"}}\n')
        if n % 2:
            store.commit_run(f"run{n}", "s", part, site_dir / f"run{n}.jsonl", [emission(f"https://x/{n}")])
    store.close()
    context = multiprocessing.get_context("fork")
    start, results = context.Event(), context.Queue()
    workers = [context.Process(target=_recover_in_process, args=(str(tmp_path / "output"), str(state), start, results))
               for _ in range(2)]
    for worker in workers:
        worker.start()
    start.set()
    settled = [results.get(timeout=60) for _ in workers]
    for worker in workers:
        worker.join(timeout=60)
    assert all(isinstance(s, dict) for s in settled), settled
    assert sum(s["rolled_forward"] for s in settled) == parts // 2
    assert sum(s["discarded"] for s in settled) == parts // 2
    assert len(list(site_dir.glob("*.jsonl"))) == parts // 2 and not list(site_dir.glob("*.part"))


def judged(item_url: str, against: str | None, digest: str = "h1", aliases: tuple[str, ...] = ()) -> Emission:
    return replace(emission(item_url, digest), judged_against=against, aliases=aliases)


def test_two_runs_on_one_store_that_judged_an_article_alike_emit_it_once(tmp_path):
    """Two incremental processes on one SQLite store (a cron run and a `scrapy crawl -s NEWSCRAWL_INCREMENTAL=1`
    started a second later, h87 S34b): both look the articles up before either commits. The first commit wins; the
    second gets the keys back, and its file is finalized without their lines (also by recovery after a crash)."""
    path = tmp_path / "state" / "seen.sqlite3"
    first, second = SeenStore(path), SeenStore(path)
    old, new, other, recrawled = "https://x/old", "https://x/new", "https://x/other", "https://x/recrawl"
    first.commit_run("r0", "s", tmp_path / "0.part", tmp_path / "0", [emission(old, "v1")], now=5.0)
    # Both runs look up (interleaved): old is at v1 for both, the others are not in the store.
    v1 = store_version(first.get(old))
    assert v1 and store_version(first.get(new)) == store_version(second.get(new)) == ""
    assert first.commit_run("a", "s", tmp_path / "a.part", tmp_path / "a",
                            [judged(old, v1, "v2"), judged(new, "", aliases=("content:n",))], now=10.0) == []
    out = tmp_path / "output" / "s"
    out.mkdir(parents=True)
    part = out / "b.jsonl.part"
    part.write_text("".join(json.dumps({"site": "s", "url": url}) + "\n" for url in (old, new, other, recrawled)))
    dropped = second.commit_run("b", "s", part, out / "b.jsonl", [
        judged(old, v1, "v2"),                                       # the same update both judged: once
        judged("https://x/new-slug", "", aliases=("content:n",)),    # the same story under another URL (an alias)
        judged(other, ""),                                           # only this run has it
        judged(recrawled, None)], now=11.0)                          # no verdict made (a recrawl): never dropped
    assert dropped == [old, "https://x/new-slug"]
    assert (second.get(old).content_hash, second.get(old).last_emitted) == ("v2", 10.0)
    assert second.get("https://x/new-slug") is None and second.get(other) is not None
    assert second.committed_run_for(part)[3] == dropped  # kept for recovery
    recover(tmp_path / "output", second)
    assert [json.loads(line)["url"] for line in (out / "b.jsonl").read_text().splitlines()] == [new, other, recrawled]
    first.close()
    second.close()


def test_a_later_version_read_by_the_run_committing_second_is_kept_as_an_update(tmp_path):
    """(h89 O5) Two overlapping runs read an article's correction a few seconds apart: the first run read v2, the
    second v3, both judged against v1. The second commit keeps v3 as an update of v2 (dropping it lost the site's
    current version for good at the last recheck point); a run that read the same content, or an older modification
    than the one committed, is dropped."""
    path = tmp_path / "seen.sqlite3"
    first, second = SeenStore(path), SeenStore(path)
    url = "https://x/a"
    first.commit_run("r0", "s", tmp_path / "0.part", tmp_path / "0", [emission(url, "v1")], now=5.0)
    v1 = store_version(first.get(url))

    def version(digest: str, modified: str) -> Emission:
        return replace(judged(url, v1, digest), updated_at=f"2024-06-21T09:{modified}:00+07:00")

    assert first.commit_run("a", "s", tmp_path / "a.part", tmp_path / "a", [version("v2", "10")], now=10.0) == []
    rejudged: list[str] = []
    assert second.commit_run("b", "s", tmp_path / "b.part", tmp_path / "b", [version("v3", "19")], now=11.0,
                             rejudged=rejudged) == []
    assert rejudged == [url] and second.get(url).content_hash == "v3"
    # A third run that read v2 (modified before v3) or v3 itself: nothing new.
    assert second.commit_run("c", "s", tmp_path / "c.part", tmp_path / "c",
                             [version("v2", "10")], now=12.0) == [url]
    assert second.commit_run("d", "s", tmp_path / "d.part", tmp_path / "d",
                             [version("v3", "19")], now=13.0) == [url]
    assert second.get(url).content_hash == "v3"
    # Older code sharing the store committed the same content under its own hash (title, body, authors, time).
    old_hash = replace(version("v4", "30"), content_hash="legacy-v4", judged_against=None)
    second.commit_run("e", "s", tmp_path / "e.part", tmp_path / "e", [old_hash], now=14.0)
    assert second.commit_run("f", "s", tmp_path / "f.part", tmp_path / "f",
                             [replace(version("c2:v4", "30"), legacy_content_hash="legacy-v4")], now=15.0) == [url]
    first.close()
    second.close()


def test_a_version_fetched_before_the_one_committed_never_replaces_it(tmp_path):
    """(h95 S3) No modification time orders two overlapping runs' versions: the run that fetched v2 commits after the
    one that fetched v3 a second later. The store keeps each version's fetch time, and the earlier fetch is dropped
    (it overwrote v3, and v3 was emitted again at the next recheck); a later fetch is kept as an update (h89 O5)."""
    path = tmp_path / "seen.sqlite3"
    first, second = SeenStore(path), SeenStore(path)
    url = "https://x/a"
    first.commit_run("r0", "s", tmp_path / "0.part", tmp_path / "0", [replace(emission(url, "v1"), fetched_ts=1.0)])
    v1 = store_version(first.get(url))
    assert first.get(url).fetched_ts == 1.0
    assert second.commit_run("b", "s", tmp_path / "b.part", tmp_path / "b",
                             [replace(judged(url, v1, "v3"), fetched_ts=11.0)], now=20.0) == []
    rejudged: list[str] = []
    assert first.commit_run("a", "s", tmp_path / "a.part", tmp_path / "a",
                            [replace(judged(url, v1, "v2"), fetched_ts=10.0)], now=21.0, rejudged=rejudged) == [url]
    assert (first.get(url).content_hash, rejudged) == ("v3", [])
    # A version fetched after the committed one (O5), or one whose fetch time is not known: an update.
    v3 = store_version(first.get(url))
    assert first.commit_run("c", "s", tmp_path / "c.part", tmp_path / "c",
                            [replace(judged(url, v1, "v4"), fetched_ts=12.0)], now=22.0) == []
    assert first.commit_run("d", "s", tmp_path / "d.part", tmp_path / "d", [judged(url, v3, "v5")], now=23.0) == []
    assert first.get(url).content_hash == "v5"
    first.close()
    second.close()


def test_older_code_can_still_commit_into_a_store_this_code_opened(tmp_path):
    """A store is shared across versions (a rolling upgrade, a rollback, an old cron line in flight while the new
    code's first run opens it). Older code inserts into runs by position and into articles by column name: opening
    the store never adds a column to runs (h89 R-A: the old run failed at its commit, 'table runs has 8 columns but 7
    values were supplied'); the dropped keys live in run_dropped, and the schema version is stamped."""
    path = tmp_path / "seen.sqlite3"
    store = SeenStore(path)
    store.commit_run("q", "s", tmp_path / "q.part", tmp_path / "q", [judged("https://x/a", "")], now=1.0)
    store.commit_run("r", "s", tmp_path / "r.part", tmp_path / "r", [judged("https://x/a", "")], now=1.5)
    assert store.committed_run_for(tmp_path / "r.part")[3] == ["https://x/a"]
    store.close()
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 3
    # What the code of db36507 writes at a commit.
    db.execute("""INSERT INTO articles (key, url, site, article_id, first_seen, last_emitted, content_hash, updated_at,
                  published_ts) VALUES ('s#1', 'https://x/1', 's', '1', 2.0, 2.0, 'h', NULL, 2.0)""")
    db.execute("INSERT OR REPLACE INTO runs VALUES (?, ?, ?, ?, 'committed', ?, ?)", ("old", "s", "p", "f", 1, 2.0))
    db.commit()
    db.close()


def test_a_store_with_the_runs_dropped_column_has_it_moved_to_run_dropped(tmp_path):
    """The one version that kept a run's dropped keys as runs.dropped: the keys move to run_dropped (recovery still
    leaves those lines out) and the column goes, so older code commits into the store again."""
    path = tmp_path / "seen.sqlite3"
    SeenStore(path).close()
    db = sqlite3.connect(path)
    db.execute("ALTER TABLE runs ADD COLUMN dropped TEXT")
    db.execute("INSERT INTO runs VALUES ('r', 's', 'p.part', 'f', 'committed', 1, 1.0, ?)", (json.dumps(["k1", "k2"]),))
    db.commit()
    db.close()
    store = SeenStore(path)
    assert store.committed_run_for(Path("p.part"))[3] == ["k1", "k2"]
    assert "dropped" not in {row[1] for row in store.db.execute("PRAGMA table_info(runs)")}
    store.close()
