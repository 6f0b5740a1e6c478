"""Test extension: measures how long the reactor thread of a worker process was blocked.

A LoopingCall ticks every TICK seconds; at close the number of ticks and the longest gap between two
ticks go to the JSON file named by $NEWSCRAWL_REACTOR_PROBE. A reactor thread that sleeps or waits
on Redis shows up as a long gap. Enabled through EXTENSIONS (tests/test_redis_reactor.py)."""
from __future__ import annotations

import json
import os
import time
from typing import Any

from scrapy import signals
from scrapy.utils.asyncio import create_looping_call

TICK = 0.05


class ReactorProbe:
    def __init__(self, path: str) -> None:
        self.path = path
        self.ticks = 0
        self.longest_gap = 0.0
        self.last: float | None = None
        self.loop = create_looping_call(self.tick)

    @classmethod
    def from_crawler(cls, crawler: Any) -> "ReactorProbe":
        probe = cls(os.environ["NEWSCRAWL_REACTOR_PROBE"])
        crawler.signals.connect(probe.opened, signal=signals.spider_opened)
        crawler.signals.connect(probe.closed, signal=signals.spider_closed)
        return probe

    def tick(self) -> None:
        now = time.monotonic()
        if self.last is not None:
            self.longest_gap = max(self.longest_gap, now - self.last)
        self.last = now
        self.ticks += 1

    def opened(self, spider: Any) -> None:
        self.loop.start(TICK, now=True)

    def closed(self, spider: Any, reason: str) -> None:
        if self.loop.running:
            self.loop.stop()
        with open(self.path, "w", encoding="utf-8") as out:
            json.dump({"ticks": self.ticks, "longest_gap": self.longest_gap, "reason": reason}, out)
