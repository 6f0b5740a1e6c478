"""Test extension: measures how long the reactor thread of a worker process was blocked.

A LoopingCall ticks every TICK seconds; at close the number of ticks and the longest gap between two
ticks go to the JSON file named by $NEWSCRAWL_REACTOR_PROBE. A reactor thread that sleeps or waits
on Redis shows up as a long gap. Enabled through EXTENSIONS (tests/test_redis_reactor.py).

$NEWSCRAWL_REACTOR_STALL="<tick>:<seconds>" makes the probe itself block the reactor once, at that tick
(a stand-in for a slow parse or a long GC pause)."""
from __future__ import annotations

import json
import os
import time
from typing import Any

from scrapy import signals
from scrapy.utils.asyncio import create_looping_call

TICK = 0.05


class ReactorProbe:
    def __init__(self, path: str, stall: str = "") -> None:
        self.path = path
        at, _, seconds = stall.partition(":")
        self.stall_at, self.stall_seconds = (int(at), float(seconds)) if stall else (-1, 0.0)
        self.ticks = 0
        self.longest_gap = 0.0
        self.last: float | None = None
        self.stalled = False
        self.loop = create_looping_call(self.tick)

    @classmethod
    def from_crawler(cls, crawler: Any) -> "ReactorProbe":
        probe = cls(os.environ["NEWSCRAWL_REACTOR_PROBE"], os.environ.get("NEWSCRAWL_REACTOR_STALL", ""))
        crawler.signals.connect(probe.opened, signal=signals.spider_opened)
        crawler.signals.connect(probe.closed, signal=signals.spider_closed)
        return probe

    def tick(self) -> None:
        now = time.monotonic()
        if self.last is not None:
            self.longest_gap = max(self.longest_gap, now - self.last)
        self.ticks += 1
        if self.ticks == self.stall_at:
            time.sleep(self.stall_seconds)  # blocks the reactor thread, on purpose
            now = time.monotonic()
            self.stalled = True  # not counted as a gap: the probe measures everything else
        self.last = now

    def opened(self, spider: Any) -> None:
        self.loop.start(TICK, now=True)

    def closed(self, spider: Any, reason: str) -> None:
        if self.loop.running:
            self.loop.stop()
        with open(self.path, "w", encoding="utf-8") as out:
            json.dump({"ticks": self.ticks, "longest_gap": self.longest_gap, "reason": reason, "stalled": self.stalled},
                      out)
