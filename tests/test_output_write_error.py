"""The run's output cannot be written (a full disk, a vanished mount; h10 probe s09: every item was dumped with a
traceback into the cron mail, then cron crashed writing its summary)."""
from __future__ import annotations

import asyncio
import logging
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


def test_a_write_error_drops_the_item_in_one_line_and_stops_the_run(caplog: pytest.LogCaptureFixture) -> None:
    stopped: list[str] = []

    async def close_spider_async(reason: str) -> None:
        stopped.append(reason)

    pipeline = RunOutputPipeline.__new__(RunOutputPipeline)
    pipeline.crawler = _Crawler(SimpleNamespace(close_spider_async=close_spider_async))
    pipeline.stats, pipeline.failed, pipeline.exporter = _Stats(), False, _FullDisk()
    pipeline.part_path = Path("20240619T000000Z-000.jsonl.part")
    item = Article(url="https://www.contoh.id/a", site="contoh", title="Judul", body=["Isi."])

    async def write() -> None:  # in a running loop, as in a crawl (the stop is scheduled on it)
        with pytest.raises(DropItem):
            pipeline.process_item(item)
        await asyncio.sleep(0)

    with caplog.at_level(logging.CRITICAL, logger="newscrawl.output"):
        asyncio.run(write())
    assert pipeline.failed and stopped == ["output_failed"]
    assert pipeline.stats.values["newscrawl/dropped/output_failed"] == 1
    assert [r.getMessage() for r in caplog.records if "No space left" in r.getMessage()]
    with pytest.raises(DropItem):  # nothing more is written this run
        pipeline.process_item(item)
