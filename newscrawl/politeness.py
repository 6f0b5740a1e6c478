"""Cluster-wide politeness: N distributed workers put one crawler's load on a site, not N times it.

Each worker's downloader still has its own slots (CONCURRENT_REQUESTS_PER_DOMAIN, DOWNLOAD_DELAY,
AutoThrottle); in distributed mode (NEWSCRAWL_REDIS_URL set) a request must also pass a gate in Redis
before it is sent. Per downloader slot (the host, or ``meta["download_slot"]``) Redis holds:

* ``<NEWSCRAWL_POLITE_KEY>:<slot>:leases`` — a sorted set of the requests in flight to it, across all
  workers, each scored by when its lease expires. A request is let through only while fewer than
  CONCURRENT_REQUESTS_PER_DOMAIN leases are live; its lease is deleted when its response (or error)
  comes back. A worker renews its leases every third of ``NEWSCRAWL_POLITE_LEASE_TTL``, so the leases
  of a killed worker expire within that time and the slots come back.
* ``<NEWSCRAWL_POLITE_KEY>:<slot>:next`` — the earliest time (Redis' clock, ms) the next request may
  start: every grant pushes it ``interval`` later, so starts are spaced cluster-wide like one crawler's
  (interval = DOWNLOAD_DELAY, or the asking worker's AutoThrottle delay for that slot when larger).

Both checks and the grant are one Lua script, on Redis' clock (workers' clocks never matter). A request
that has to wait sleeps on the reactor's clock (scrapy.utils.asyncio.sleep) and asks again; Redis is
called in a thread, so a Redis restart being ridden out never blocks the reactor. One request per slot
and worker asks at a time (the others queue behind it locally), which keeps Redis traffic to a poll per
slot and worker.
"""
from __future__ import annotations

import itertools
import logging
import threading
from typing import Any

from scrapy import Request, signals
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.utils.asyncio import create_looping_call, run_in_thread, sleep

logger = logging.getLogger(__name__)

DEFAULT_KEY = "newscrawl:polite"
# Request.meta key of the lease a request holds while in flight: (slot, lease id). Deleted when the
# response or error comes back, before RetryMiddleware copies the meta into a retry.
LEASE = "newscrawl_polite_lease"

# KEYS: leases, next.  ARGV: lease id, limit, interval ms, lease ttl ms.
# Returns 0 granted, >0 ms to wait for the next start, -1 every slot taken.
_ACQUIRE_LUA = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[2]) then return -1 end
local nxt = tonumber(redis.call('GET', KEYS[2]) or '0')
if nxt > now then return nxt - now end
local ttl, interval = tonumber(ARGV[4]), tonumber(ARGV[3])
redis.call('ZADD', KEYS[1], now + ttl, ARGV[1])
redis.call('PEXPIRE', KEYS[1], ttl)
if interval > 0 then
  redis.call('SET', KEYS[2], now + interval, 'PX', interval)
end
return 0
"""

# KEYS: leases (one per ARGV pair).  ARGV: ttl ms, then lease ids. Extends the leases still held.
_RENEW_LUA = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local ttl = tonumber(ARGV[1])
local renewed = 0
for i = 1, #KEYS do
  renewed = renewed + redis.call('ZADD', KEYS[i], 'XX', 'CH', now + ttl, ARGV[i + 1])
  redis.call('PEXPIRE', KEYS[i], ttl)
end
return renewed
"""


def gate_interval(download_delay: float, autothrottle: bool, start_delay: float, slot_delay: float | None,
                  held_delay: float = 0.0) -> float:
    """Seconds between two request starts to one slot, cluster-wide: what one crawler would wait.

    AutoThrottle tunes each worker's slot delay to latency / target concurrency; every worker sees the
    same site, so its own current delay stands for the cluster's. Before its slot exists a worker uses
    AutoThrottle's start delay (as AutoThrottle does). ``held_delay``: the delay the slot is held to
    whatever else says (the host's robots.txt Crawl-delay, middlewares.RobotsTxtMiddleware)."""
    if not autothrottle:
        return max(0.0, download_delay, held_delay)
    current = max(download_delay, start_delay) if slot_delay is None else slot_delay
    return max(0.0, download_delay, current, held_delay)


def slot_keys(prefix: str, slot: str) -> tuple[str, str]:
    """The Redis keys of one downloader slot's gate: (leases, next start)."""
    return f"{prefix}:{slot}:leases", f"{prefix}:{slot}:next"


def wait_seconds(answer: int, poll: float) -> float:
    """How long to sleep after the gate said `answer` (ms until the next start, or -1: no free slot)."""
    if answer < 0:
        return poll
    return max(answer / 1000.0, 0.001)


class ClusterPoliteness:
    """Downloader middleware (after the HTTP cache, right before the download): hold a cluster-wide
    lease on the request's slot while it is in flight (module docstring)."""

    def __init__(self, crawler: Any, server: Any) -> None:
        settings = crawler.settings
        self.crawler = crawler
        self.server = server
        self.prefix: str = settings.get("NEWSCRAWL_POLITE_KEY") or DEFAULT_KEY
        self.limit = max(1, settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN"))
        self.ttl = settings.getfloat("NEWSCRAWL_POLITE_LEASE_TTL", 30.0)
        self.poll = settings.getfloat("NEWSCRAWL_POLITE_POLL", 0.05)
        self.download_delay = settings.getfloat("DOWNLOAD_DELAY")
        self.autothrottle = settings.getbool("AUTOTHROTTLE_ENABLED")
        self.start_delay = settings.getfloat("AUTOTHROTTLE_START_DELAY")
        self.worker = settings.get("NEWSCRAWL_RUN_ID") or "worker"
        self._ids = itertools.count()
        self._held: dict[str, str] = {}  # lease id -> slot, for renewal and for release on close
        self._held_lock = threading.Lock()  # renewal reads _held in a thread
        self._turns: dict[str, Any] = {}  # slot -> asyncio/Twisted-agnostic lock: one asker per slot
        self._acquire = server.register_script(_ACQUIRE_LUA)
        self._renew = server.register_script(_RENEW_LUA)
        self._renewer = None
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Any) -> "ClusterPoliteness":
        settings = crawler.settings
        if not settings.get("NEWSCRAWL_REDIS_URL") or not settings.getbool("NEWSCRAWL_POLITE_CLUSTER", True):
            raise NotConfigured  # no message: Scrapy would log a WARNING on every single-machine run
        from newscrawl.state import redis_client

        return cls(crawler, redis_client(settings["NEWSCRAWL_REDIS_URL"],
                                         settings.getfloat("NEWSCRAWL_REDIS_RETRY_SECONDS", 30.0)))

    # ---- lifecycle ----------------------------------------------------------------------------
    def spider_opened(self, spider: Any) -> None:
        self._renewer = create_looping_call(self._renew_in_thread)
        self._renewer.start(self.ttl / 3, now=False)

    def spider_closed(self, spider: Any) -> None:
        if self._renewer is not None and self._renewer.running:
            self._renewer.stop()
        with self._held_lock:
            held, self._held = self._held, {}
        for lease, slot in held.items():
            self._release_now(slot, lease)

    # ---- middleware hooks ---------------------------------------------------------------------
    async def process_request(self, request: Request) -> None:
        if LEASE in request.meta:  # never two leases for one request
            return None
        slot = self.crawler.engine.downloader.get_slot_key(request)
        turn = self._turns.setdefault(slot, _Turn())
        async with turn:
            lease = await self._wait_for_lease(slot)
        request.meta[LEASE] = (slot, lease)
        return None

    async def process_response(self, request: Request, response: Any) -> Any:
        await self._release(request)
        return response

    async def process_exception(self, request: Request, exception: Exception) -> None:
        await self._release(request)
        return None

    # ---- the gate -----------------------------------------------------------------------------
    async def _wait_for_lease(self, slot: str) -> str:
        import redis

        leases, next_key = slot_keys(self.prefix, slot)
        lease = f"{self.worker}:{next(self._ids)}"
        waited = False
        while True:
            interval = gate_interval(self.download_delay, self.autothrottle, self.start_delay, self._slot_delay(slot),
                                     self._held_delay(slot))
            try:
                answer = int(await run_in_thread(self._acquire, keys=[leases, next_key],
                                                 args=[lease, self.limit, int(interval * 1000), int(self.ttl * 1000)]))
            except redis.RedisError as error:
                self._redis_failed(error)
                raise IgnoreRequest(f"politeness gate: Redis unavailable ({error})") from error
            if answer == 0:
                with self._held_lock:
                    self._held[lease] = slot
                if waited:
                    self.crawler.stats.inc_value("newscrawl/polite/waited")
                self.crawler.stats.inc_value("newscrawl/polite/granted")
                return lease
            waited = True
            await sleep(wait_seconds(answer, self.poll))

    def _held_delay(self, slot: str) -> float:
        """The slot's configured delay (DOWNLOAD_SLOTS, or a robots.txt Crawl-delay set there)."""
        return float(self.crawler.engine.downloader.per_slot_settings.get(slot, {}).get("delay", 0.0))

    def _slot_delay(self, slot: str) -> float | None:
        downloader_slot = self.crawler.engine.downloader.slots.get(slot)
        return None if downloader_slot is None else downloader_slot.delay

    async def _release(self, request: Request) -> None:
        held = request.meta.pop(LEASE, None)
        if held is None:
            return
        slot, lease = held
        with self._held_lock:
            if self._held.pop(lease, None) is None:
                return
        try:
            await run_in_thread(self._release_now, slot, lease)
        except Exception:  # an unreleased lease only expires later; the response is still good
            logger.warning("politeness gate: could not release lease %s on %s", lease, slot, exc_info=True)

    def _release_now(self, slot: str, lease: str) -> None:
        import redis

        try:
            self.server.zrem(slot_keys(self.prefix, slot)[0], lease)
        except redis.RedisError as error:
            logger.warning("politeness gate: lease %s on %s not released (%s); it expires in %.0f s",
                           lease, slot, error, self.ttl)

    def _renew_in_thread(self) -> None:
        from twisted.internet.threads import deferToThread

        # Not returned: Scrapy's looping call refuses a function returning a Deferred (a TypeError that
        # ended the loop after its first tick, so no lease was ever renewed).
        deferToThread(self._renew_now).addErrback(
            lambda failure: logger.warning("politeness gate: lease renewal failed: %s", failure.value))

    def _renew_now(self) -> None:
        with self._held_lock:
            held = list(self._held.items())
        if held:
            self._renew(keys=[slot_keys(self.prefix, slot)[0] for _lease, slot in held],
                        args=[int(self.ttl * 1000), *(lease for lease, _slot in held)])

    def _redis_failed(self, error: Exception) -> None:
        """Redis gone for good: stop the worker loudly, like the scheduler does (its claims requeue)."""
        from newscrawl.cluster import _SCHEDULERS

        scheduler = _SCHEDULERS.get(self.crawler)
        if scheduler is not None:
            scheduler._stop("redis_unavailable", f"politeness gate: {type(error).__name__}: {error}")


class _Turn:
    """A FIFO lock for coroutines under either reactor (asyncio.Lock needs the asyncio reactor)."""

    def __init__(self) -> None:
        self._busy = False
        self._waiters: list[Any] = []

    async def __aenter__(self) -> None:
        from twisted.internet.defer import Deferred
        from scrapy.utils.defer import maybe_deferred_to_future

        if self._busy:
            waiter: Deferred = Deferred()
            self._waiters.append(waiter)
            try:
                await maybe_deferred_to_future(waiter)  # the lock is handed over to us, still busy
            except BaseException:  # cancelled while queued: leave the queue, or pass on a handed-over lock
                if waiter in self._waiters:
                    self._waiters.remove(waiter)
                else:
                    await self.__aexit__()
                raise
        self._busy = True

    async def __aexit__(self, *exc_info: object) -> None:
        if self._waiters:
            self._waiters.pop(0).callback(None)
        else:
            self._busy = False
