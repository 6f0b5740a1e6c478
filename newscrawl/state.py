"""Incremental crawl state: which articles were emitted, in which completed output file.

The seen-store is SQLite (stdlib, WAL). Exactly-once across crashes rests on one ordering, kept by
``RunOutput`` (see ``newscrawl/output.py``):

    1. items go to ``<run>.jsonl.part`` during the run (nothing in the store yet);
    2. at the end the .part file is flushed and fsynced;
    3. ONE transaction records every emitted article AND the run as ``committed``;
    4. the .part file is renamed to ``<run>.jsonl``; the run is marked ``completed``.

``recover()`` at the start of the next run settles any crash: a .part whose run committed is renamed
(roll forward: the store already counts its articles); any other .part is deleted (roll back: the
store never saw its articles, so they are fetched and emitted again). No crash point can leave an
article in the store without a completed file, or in two completed files.
"""
from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    url           TEXT PRIMARY KEY,   -- canonical URL
    site          TEXT NOT NULL,
    article_id    TEXT,
    first_seen    REAL NOT NULL,      -- unix time of the first emission
    last_emitted  REAL NOT NULL,
    content_hash  TEXT NOT NULL,
    updated_at    TEXT,               -- the article's own updated_at (ISO) when it had one
    published_ts  REAL                -- the article's publication time (unix), for the recheck window
);
CREATE TABLE IF NOT EXISTS runs (
    run_id     TEXT NOT NULL,
    site       TEXT NOT NULL,
    part_path  TEXT NOT NULL,
    final_path TEXT NOT NULL,
    status     TEXT NOT NULL,         -- committed | completed
    items      INTEGER NOT NULL,
    finished   REAL NOT NULL,
    PRIMARY KEY (run_id, site)
);
"""


@dataclass(frozen=True)
class SeenArticle:
    url: str
    content_hash: str
    updated_at: str | None
    published_ts: float | None
    last_emitted: float


@dataclass(frozen=True)
class Emission:
    """One article written to a run's output, to be recorded when the run commits."""

    url: str
    site: str
    article_id: str | None
    content_hash: str
    updated_at: str | None
    published_ts: float | None


class SeenStore:
    """SQLite seen-store. One connection per instance; safe for several processes (WAL + busy timeout)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(str(self.path), timeout=30, isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=FULL")  # a committed run survives power loss too
        self.db.executescript(SCHEMA)

    def close(self) -> None:
        self.db.close()

    def get(self, url: str) -> SeenArticle | None:
        row = self.db.execute(
            "SELECT url, content_hash, updated_at, published_ts, last_emitted FROM articles WHERE url = ?", (url,)
        ).fetchone()
        return SeenArticle(*row) if row else None

    def should_fetch(self, url: str, recheck_seconds: float, now: float | None = None) -> bool:
        """Fetch what was never emitted, and recent articles again (they may have been updated)."""
        seen = self.get(url)
        if seen is None:
            return True
        now = time.time() if now is None else now
        reference = seen.published_ts if seen.published_ts is not None else seen.last_emitted
        return now - reference < recheck_seconds

    def commit_run(self, run_id: str, site: str, part_path: Path, final_path: Path,
                   emissions: Iterable[Emission], now: float | None = None) -> None:
        """Record the run's articles and the run itself as committed, in one transaction."""
        now = time.time() if now is None else now
        rows = list(emissions)
        with self._transaction():
            self.db.executemany(
                """INSERT INTO articles (url, site, article_id, first_seen, last_emitted, content_hash, updated_at, published_ts)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                   ON CONFLICT(url) DO UPDATE SET last_emitted = excluded.last_emitted,
                       content_hash = excluded.content_hash, updated_at = excluded.updated_at,
                       published_ts = COALESCE(excluded.published_ts, articles.published_ts),
                       article_id = COALESCE(excluded.article_id, articles.article_id)""",
                [(e.url, e.site, e.article_id, now, now, e.content_hash, e.updated_at, e.published_ts) for e in rows],
            )
            self.db.execute(
                "INSERT OR REPLACE INTO runs VALUES (?, ?, ?, ?, 'committed', ?, ?)",
                (run_id, site, str(part_path), str(final_path), len(rows), now),
            )

    def mark_completed(self, run_id: str, site: str) -> None:
        self.db.execute("UPDATE runs SET status = 'completed' WHERE run_id = ? AND site = ?", (run_id, site))

    def committed_run_for(self, part_path: Path) -> tuple[str, str, Path] | None:
        """(run_id, site, final path) if the run that wrote this .part committed, else None."""
        row = self.db.execute(
            "SELECT run_id, site, final_path FROM runs WHERE part_path = ? AND status = 'committed'", (str(part_path),)
        ).fetchone()
        return (row[0], row[1], Path(row[2])) if row else None

    def count(self, site: str | None = None) -> int:
        if site is None:
            return self.db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        return self.db.execute("SELECT COUNT(*) FROM articles WHERE site = ?", (site,)).fetchone()[0]

    def urls(self) -> set[str]:
        return {row[0] for row in self.db.execute("SELECT url FROM articles")}

    def _transaction(self):
        return _Transaction(self.db)


class _Transaction:
    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def __enter__(self) -> None:
        self.db.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type, exc, tb) -> None:
        self.db.execute("COMMIT" if exc_type is None else "ROLLBACK")
