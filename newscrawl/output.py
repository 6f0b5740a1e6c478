"""Per-run JSONL output written atomically, committed together with the seen-store.

Used by the cron entry (``python -m newscrawl.cron``): each site's items go to
``<output>/<site>/<run_id>.jsonl.part`` and become ``<run_id>.jsonl`` only when the run completes.
The ordering and the crash recovery are explained in ``newscrawl/state.py``.
"""
from __future__ import annotations

import fcntl
import hashlib
import json
import logging
import os
from datetime import datetime
from pathlib import Path
from typing import Any

from itemadapter import ItemAdapter
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem, NotConfigured
from scrapy.exporters import JsonLinesItemExporter

from newscrawl.items import ARTICLE_FIELDS
from newscrawl.state import Emission, SeenStore, open_seen_store

logger = logging.getLogger(__name__)


def content_hash(item: Any) -> str:
    """What makes a new version of an article: title, body, authors, publication time."""
    adapter = ItemAdapter(item)
    payload = [adapter.get("title"), adapter.get("body"), adapter.get("authors"), adapter.get("published_at")]
    return hashlib.sha256(json.dumps(payload, ensure_ascii=False, sort_keys=True).encode("utf-8")).hexdigest()


def iso_to_timestamp(value: str | None) -> float | None:
    try:
        return datetime.fromisoformat(value).timestamp() if value else None
    except ValueError:
        return None


def fsync_dir(path: Path) -> None:
    """Make a rename durable (the directory entry) — cheap, and kill -9 safety does not need more."""
    fd = os.open(str(path), os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def part_in_use(part: Path) -> bool:
    """True while a running crawl holds the .part (RunOutputPipeline locks it for the run's life;
    the kernel drops the lock when the process dies, even by SIGKILL)."""
    try:
        handle = open(part, "rb")
    except FileNotFoundError:
        return True  # settled meanwhile by its own run
    try:
        fcntl.flock(handle, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        handle.close()
    return False


def recover(output_dir: Path, store: SeenStore) -> dict[str, int]:
    """Settle .part files left by a crashed run: roll committed ones forward, delete the rest."""
    settled = {"rolled_forward": 0, "discarded": 0}
    for part in sorted(Path(output_dir).glob("*/*.jsonl.part")):
        if part_in_use(part):
            continue  # a live run's (another worker on this machine): not ours to settle
        committed = store.committed_run_for(part)
        if committed:
            run_id, site, final = committed
            os.replace(part, final)
            fsync_dir(final.parent)
            store.mark_completed(run_id, site)
            settled["rolled_forward"] += 1
            logger.warning("Recovered %s: its run had committed, renamed to %s", part, final.name)
        else:
            part.unlink()
            settled["discarded"] += 1
            logger.warning("Discarded %s: its run crashed before committing; its articles will be fetched again", part)
    return settled


class IncrementalPipeline:
    """Emit an article only when it is new, or when its content or updated_at changed since last time."""

    def __init__(self, crawler: Crawler, store: SeenStore) -> None:
        self.crawler = crawler
        self.stats = crawler.stats
        self.store = store

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> "IncrementalPipeline":
        if not crawler.settings.getbool("NEWSCRAWL_INCREMENTAL"):
            raise NotConfigured
        return cls(crawler, open_seen_store(crawler.settings, crawler))

    def process_item(self, item: Any) -> Any:
        if getattr(self.crawler.spider, "recrawl", False):
            self.stats.inc_value("newscrawl/incremental/recrawled")
            return item
        adapter = ItemAdapter(item)
        seen = self.store.get(adapter["url"])
        if seen is None:
            self.stats.inc_value("newscrawl/incremental/new")
        elif seen.content_hash != content_hash(item) or seen.updated_at != adapter.get("updated_at"):
            self.stats.inc_value("newscrawl/incremental/updated")
        else:
            self.stats.inc_value("newscrawl/dropped/unchanged")
            raise DropItem(f"unchanged since last emitted: {adapter['url']}")
        return item

    def close_spider(self) -> None:
        self.store.close()


class RunOutputPipeline:
    """Write items to the run's .part file; commit to the seen-store and rename when the run completes."""

    def __init__(self, crawler: Crawler) -> None:
        settings = crawler.settings
        self.crawler = crawler
        self.run_id = settings["NEWSCRAWL_RUN_ID"]
        self.output_dir = Path(settings["NEWSCRAWL_OUTPUT_DIR"])
        self.store_path = settings["NEWSCRAWL_STATE_PATH"]
        self.emissions: list[Emission] = []
        self.file = None
        self.exporter: JsonLinesItemExporter | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> "RunOutputPipeline":
        if not crawler.settings.get("NEWSCRAWL_RUN_ID"):
            raise NotConfigured
        return cls(crawler)

    def open_spider(self) -> None:
        site = self.crawler.spider.name
        self.final_path = self.output_dir / site / f"{self.run_id}.jsonl"
        self.part_path = self.final_path.with_name(self.final_path.name + ".part")
        self.final_path.parent.mkdir(parents=True, exist_ok=True)
        # Locked for the run's life, so recovery (another worker of this machine starting) skips it;
        # created under another name and renamed once locked, so it is never seen unlocked.
        fresh = self.part_path.with_name(self.part_path.name + ".new")
        self.file = open(fresh, "wb")
        fcntl.flock(self.file, fcntl.LOCK_EX | fcntl.LOCK_NB)
        os.replace(fresh, self.part_path)
        self.exporter = JsonLinesItemExporter(self.file, fields_to_export=list(ARTICLE_FIELDS), encoding="utf-8")
        self.exporter.start_exporting()

    def process_item(self, item: Any) -> Any:
        adapter = ItemAdapter(item)
        self.exporter.export_item(item)
        self.file.flush()  # a crash leaves at most one torn line, in a .part that recovery discards
        self.emissions.append(Emission(
            url=adapter["url"], site=adapter["site"], article_id=adapter.get("id"), content_hash=content_hash(item),
            updated_at=adapter.get("updated_at"), published_ts=iso_to_timestamp(adapter.get("published_at"))))
        return item

    def close_spider(self) -> None:
        site = self.crawler.spider.name
        self.exporter.finish_exporting()
        self.file.flush()
        os.fsync(self.file.fileno())
        crash_point("before_commit")
        store = open_seen_store(self.crawler.settings, self.crawler)
        try:
            store.commit_run(self.run_id, site, self.part_path, self.final_path, self.emissions)
            crash_point("after_commit")
            os.replace(self.part_path, self.final_path)
            fsync_dir(self.final_path.parent)
            crash_point("after_rename")
            store.mark_completed(self.run_id, site)
        finally:
            store.close()
            self.file.close()  # the lock goes only now: recovery never sees our .part unlocked
        self.crawler.stats.set_value("newscrawl/output/file", str(self.final_path))
        self.crawler.stats.set_value("newscrawl/output/items", len(self.emissions))


def crash_point(name: str) -> None:
    """Test hook: NEWSCRAWL_CRASH_AT=<name> kills the process with SIGKILL right here."""
    if os.environ.get("NEWSCRAWL_CRASH_AT") == name:
        import signal

        os.kill(os.getpid(), signal.SIGKILL)
