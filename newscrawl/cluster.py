"""Distributed crawling: several workers, on several machines, on one shared frontier in Redis.

Setting ``NEWSCRAWL_REDIS_URL`` (env var or ``-s``) turns it on; the ``DistributedMode`` add-on
(settings.py ``ADDONS``) then switches the scheduler and the duplicate filter to scrapy-redis and
the seen-store to Redis (newscrawl/state.py). Every worker runs the same ``scrapy crawl <site>``
or cron command; the first to discover a URL queues it, whoever is free fetches it.

Exactly once across workers rests on scrapy-redis plus three rules, all kept by Lua scripts:

* **Atomic enqueue.** Recording a request's fingerprint and queueing it are one step: a worker
  killed in between can never leave a fingerprint without its request.
* **Claims.** Popping a request moves it, in the same step, from the queue into the worker's
  claims (``<key>:claims:<worker>``). The claims stay until the worker commits its run output:
  the seen-store commit (state.py) deletes them in the same atomic step that records the
  worker's articles. A request handed back to the queue (a retry, a redirect) gives its claim up
  in the step that queues its successor.
* **Leases.** Each worker is registered with a heartbeat key that expires after
  ``NEWSCRAWL_REDIS_WORKER_TTL`` seconds. A worker whose heartbeat expired is dead: the next
  worker that looks (any idle worker, or a new one starting) puts its claims back on the queue
  and revokes its registration, and a revoked worker can neither pop nor commit any more (if it
  was only stalled, it stops loudly and its .part is discarded). So what a killed worker had
  popped — in flight or already written to its uncommitted .part — is fetched again by another
  worker, once.

A worker does not close while the queue has requests or another live worker is still busy (it
may still add requests); it polls every ``NEWSCRAWL_REDIS_POLL`` seconds instead. The last
worker to leave a finished crawl deletes the crawl's queue and fingerprints, so the next crawl
of the site starts afresh; ``SCHEDULER_PERSIST`` is always on, no worker ever flushes shared
state on close. ``python -m newscrawl.cluster status|cleanup`` watches and resets a crawl.

If Redis does not answer for ``NEWSCRAWL_REDIS_RETRY_SECONDS`` (it retries meanwhile, so a
restart is ridden out), or comes back without the crawl's state, the worker stops loudly
(finish_reason ``redis_unavailable`` / ``lease_lost``, a CRITICAL log line) and commits nothing.

The reactor thread never sleeps on Redis (a stall longer than the lease would revoke the worker,
and it stops every download meanwhile). Its own calls (pop, push, queue length) use a client that
gives up after ``NEWSCRAWL_REDIS_REACTOR_TIMEOUT`` seconds without retrying: a failed pop is tried
again on the next scheduler tick (its claim token is reused, so a pop whose reply was lost returns
the same request), a failed push is kept in memory and sent on the next tick. The heartbeat runs
in its own thread, the commits and the idle check in the reactor's thread pool, each on a retrying
client. A Redis away longer than the retry time stops the worker from whichever side sees it first.
"""
from __future__ import annotations

import argparse
import json
import logging
import os
import re
import socket
import sys
import threading
import time
import uuid
import warnings
import weakref
from datetime import datetime, timezone
from collections import Counter
from typing import Any, Callable, Iterable

from scrapy import Request, signals
from scrapy.exceptions import CloseSpider, DontCloseSpider, ScrapyDeprecationWarning
from scrapy.utils.asyncio import call_later
from scrapy.utils.defer import deferred_from_coro
from scrapy.utils.request import request_from_dict
from twisted.internet.threads import deferToThread
from scrapy_redis.dupefilter import RFPDupeFilter
from scrapy_redis.queue import PriorityQueue
from scrapy_redis.scheduler import Scheduler

from newscrawl.state import LeaseLost, redis_client, worker_link

logger = logging.getLogger(__name__)

DEFAULT_KEY = "newscrawl:%(spider)s"
DEFAULT_STORE_KEY = "newscrawl:seen"
# Request.meta key carrying the claim a popped request was taken under (never serialized).
CLAIM = "newscrawl_claim"
# Queue members are a 16-digit ordering prefix + the pickled request: within one priority the
# newest request comes first, like Scrapy's default (LIFO) scheduler, so pagination runs ahead.
_SEQ_TOP = 9_000_000_000_000_000
_PREFIX = 16


def worker_run_id() -> str:
    """A run id unique to this worker process: UTC time, host and pid."""
    host = re.sub(r"[^A-Za-z0-9-]+", "-", socket.gethostname()).strip("-") or "host"
    return f"{datetime.now(timezone.utc).strftime('%Y%m%dT%H%M%S%fZ')}-{host}-{os.getpid()}"


def crawl_key(settings: Any, spider: str) -> str:
    return (settings.get("NEWSCRAWL_REDIS_KEY") or DEFAULT_KEY) % {"spider": spider}


class DistributedMode:
    """Scrapy add-on: when NEWSCRAWL_REDIS_URL is set, crawl on the shared Redis frontier."""

    def update_settings(self, settings: Any) -> None:
        url = settings.get("NEWSCRAWL_REDIS_URL")
        if not url:
            return
        key = settings.get("NEWSCRAWL_REDIS_KEY") or DEFAULT_KEY
        for name, value in {
            "SCHEDULER": "newscrawl.cluster.ClusterScheduler",
            "DUPEFILTER_CLASS": "newscrawl.cluster.RedisDupeFilter",
            "SCHEDULER_QUEUE_CLASS": "newscrawl.cluster.ClaimingQueue",
            "SCHEDULER_SERIALIZER": "newscrawl.requestjson",  # JSON, never pickle (code from Redis)
            "SCHEDULER_QUEUE_KEY": f"{key}:requests",
            "SCHEDULER_DUPEFILTER_KEY": f"{key}:dupefilter",
            "SCHEDULER_PERSIST": True,  # never let one worker's close delete the shared frontier
            "SCHEDULER_IDLE_BEFORE_CLOSE": 0,  # a blocking pop would block the reactor; we poll
            "REDIS_URL": url,
        }.items():
            settings.set(name, value, priority="addon")
        settings["SPIDER_MIDDLEWARES"]["newscrawl.cluster.ClaimTokenMiddleware"] = 10
        # Each worker writes its own atomic per-run output, committed with the shared store; with a run
        # id set, addons.DefaultFeed adds no default feed (not committed, not exactly-once under kill).
        # -o/-O still work. (Priority "project": the setting has a project default, "addon" cannot beat it.)
        if not settings.get("NEWSCRAWL_RUN_ID"):
            settings.set("NEWSCRAWL_RUN_ID", worker_run_id(), priority="project")


class RedisDupeFilter(RFPDupeFilter):
    """scrapy-redis' shared fingerprint set, fingerprinting with the crawler's own request
    fingerprinter (Scrapy 2.19's, or REQUEST_FINGERPRINTER_CLASS), and never deleted on close."""

    def __init__(self, server: Any, key: str, debug: bool = False, fingerprinter: Any = None) -> None:
        super().__init__(server, key, debug)
        self.fingerprinter = fingerprinter

    @classmethod
    def from_spider(cls, spider: Any) -> "RedisDupeFilter":
        settings = spider.crawler.settings
        scheduler = _SCHEDULERS.get(spider.crawler)
        server = scheduler.server if scheduler is not None else redis_client(settings["REDIS_URL"])
        key = settings["SCHEDULER_DUPEFILTER_KEY"] % {"spider": spider.name}
        return cls(server, key, settings.getbool("DUPEFILTER_DEBUG"), spider.crawler.request_fingerprinter)

    def request_fingerprint(self, request: Request) -> str:
        if self.fingerprinter is None:
            return super().request_fingerprint(request)
        return self.fingerprinter.fingerprint(request).hex()

    def close(self, reason: str = "") -> None:
        """The fingerprints are shared: the last worker of a finished crawl deletes them."""


class ClaimingQueue(PriorityQueue):
    """scrapy-redis' priority queue (a sorted set by -priority), newest first within a priority.
    Pushes and pops go through the scheduler's Lua scripts (atomic with fingerprints and claims).
    Requests are stored as JSON (newscrawl/requestjson.py), whatever serializer is passed."""

    def __init__(self, server: Any, spider: Any, key: str, serializer: Any = None) -> None:
        from newscrawl import requestjson

        super().__init__(server, spider, key, serializer=requestjson)

    def encode(self, request: Request) -> bytes:
        request.meta.pop(CLAIM, None)
        return self.serializer.dumps(request.to_dict(spider=self.spider))

    def decode(self, member: bytes) -> Request:
        return request_from_dict(self.serializer.loads(member[_PREFIX:]), spider=self.spider)

    def push(self, request: Request) -> None:  # only for tools; workers use the scripts
        self.server.execute_command("ZADD", self.key, -request.priority, b"0" * _PREFIX + self.encode(request))

    def pop(self, timeout: int = 0) -> Request | None:  # only for tools; workers use the scripts
        raise NotImplementedError("pop through ClusterScheduler.next_request (it claims the request)")


# KEYS: dupefilter, queue, my claims, seq.  ARGV: fingerprint ('' = dont_filter), data, score,
# the claim handed over ('' = none). Returns 1 queued, 0 duplicate, -1 claim no longer ours.
_ENQUEUE_LUA = """
if ARGV[4] ~= '' then
  if redis.call('HDEL', KEYS[3], ARGV[4]) == 0 then return -1 end
end
if ARGV[1] ~= '' and redis.call('SADD', KEYS[1], ARGV[1]) == 0 then return 0 end
local seq = redis.call('INCR', KEYS[4])
redis.call('ZADD', KEYS[2], ARGV[3], string.format('%016.0f', 9000000000000000 - seq) .. ARGV[2])
return 1
"""

# KEYS: queue, my claims, workers.  ARGV: worker id, claim token. Returns "score member" or nil.
_POP_LUA = """
if redis.call('HEXISTS', KEYS[3], ARGV[1]) == 0 then
  return redis.error_reply('LEASE_LOST worker ' .. ARGV[1] .. ' is no longer registered')
end
local prev = redis.call('HGET', KEYS[2], ARGV[2])
if prev then return prev end
local top = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
if #top == 0 then return false end
redis.call('ZREM', KEYS[1], top[1])
local claim = top[2] .. ' ' .. top[1]
redis.call('HSET', KEYS[2], ARGV[2], claim)
redis.call('HSET', KEYS[3], ARGV[1], 'busy')
return claim
"""

def push_fingerprint(request: Request, request_fingerprint: Callable[[Request], str]) -> str:
    """What the frontier's dupefilter set records for a push: the request's fingerprint, or, for one the
    dupefilter must not see (dont_filter: a later page, a recheck), an id of this push alone, so that sent
    again after a lost reply (the first try may have run) it is queued once, not twice."""
    return f"push:{uuid.uuid4().hex}" if request.dont_filter else request_fingerprint(request)


# KEYS: my claims, queue.  ARGV: my next claim token, then the tokens I hold (JSON list). Claims of mine
# under an earlier token that I do not hold go back on the queue; returns how many. Such a claim is made
# by a pop that ran late: its reply was lost (Redis slow), the next pop with the same token was answered,
# that claim was released, and only then did Redis run the late pop, which claimed the next request
# under the spent token. Nobody would ever fetch it, and the worker holding it counts as busy: every
# worker would wait for it for ever.
_ORPHANS_LUA = """
local held = {}
for _, token in ipairs(cjson.decode(ARGV[2])) do held[token] = true end
local next_token, requeued = tonumber(ARGV[1]), 0
local claims = redis.call('HGETALL', KEYS[1])
for i = 1, #claims, 2 do
  local token, v = claims[i], claims[i + 1]
  if tonumber(token) < next_token and not held[token] then
    local sp = string.find(v, ' ', 1, true)
    redis.call('ZADD', KEYS[2], string.sub(v, 1, sp - 1), string.sub(v, sp + 1))
    redis.call('HDEL', KEYS[1], token)
    requeued = requeued + 1
  end
end
return requeued
"""

# Put the claims of every registered worker whose heartbeat expired back on the queue and revoke
# it; set my own state; report. KEYS: queue, workers, info, dead.  ARGV: me, crawl key prefix,
# my new state ('' = leave unchanged), my heartbeat ttl ms ('' = no heartbeat update).
# Returns {queued, busy other live workers, requeued requests, reaped workers}.
_REAP_LUA = """
if ARGV[3] ~= '' then
  redis.call('HSET', KEYS[2], ARGV[1], ARGV[3])
end
if ARGV[4] ~= '' then
  redis.call('SET', ARGV[2] .. ':alive:' .. ARGV[1], '1', 'PX', ARGV[4])
end
local busy, requeued, reaped = 0, 0, 0
local workers = redis.call('HGETALL', KEYS[2])
for i = 1, #workers, 2 do
  local w, state = workers[i], workers[i + 1]
  if w ~= ARGV[1] then
    if redis.call('EXISTS', ARGV[2] .. ':alive:' .. w) == 0 then
      local claims = ARGV[2] .. ':claims:' .. w
      local values = redis.call('HVALS', claims)
      for _, v in ipairs(values) do
        local sp = string.find(v, ' ', 1, true)
        redis.call('ZADD', KEYS[1], string.sub(v, 1, sp - 1), string.sub(v, sp + 1))
      end
      redis.call('DEL', claims)
      redis.call('HDEL', KEYS[2], w)
      redis.call('HDEL', KEYS[3], w)
      redis.call('HSET', KEYS[4], w, #values)
      requeued = requeued + #values
      reaped = reaped + 1
    elseif state ~= 'idle' or redis.call('EXISTS', ARGV[2] .. ':claims:' .. w) == 1 then
      -- busy, or idle but holding claims it has not committed yet: if it dies, they come back
      busy = busy + 1
    end
  end
end
return {redis.call('ZCARD', KEYS[1]), busy, requeued, reaped}
"""

# KEYS: workers, alive.  ARGV: me, ttl ms. Returns 0 when my registration is gone.
_HEARTBEAT_LUA = """
if redis.call('HEXISTS', KEYS[1], ARGV[1]) == 0 then return 0 end
redis.call('SET', KEYS[2], '1', 'PX', ARGV[2])
return 1
"""

# KEYS: workers, info, my claims, my alive, queue, dupefilter, seq, dead, discovery, emitted.
# ARGV: me, cleanup ('1'), crawl key prefix. Returns {outcome, other workers still registered,
# requests claimed by them, requests queued}.
_LEAVE_LUA = """
redis.call('DEL', KEYS[4])
local others, claimed = 0, 0
for _, w in ipairs(redis.call('HKEYS', KEYS[1])) do
  if w ~= ARGV[1] then
    others = others + 1
    claimed = claimed + redis.call('HLEN', ARGV[3] .. ':claims:' .. w)
  end
end
local queued = redis.call('ZCARD', KEYS[5])
if redis.call('HLEN', KEYS[3]) > 0 then return {'claims-left', others, claimed, queued} end
redis.call('HDEL', KEYS[1], ARGV[1])
redis.call('HDEL', KEYS[2], ARGV[1])
if ARGV[2] == '1' and others == 0 and queued == 0 then
  redis.call('DEL', KEYS[1], KEYS[2], KEYS[5], KEYS[6], KEYS[7], KEYS[8], KEYS[9], KEYS[10])
  return {'cleaned', 0, 0, 0}
end
return {'left', others, claimed, queued}
"""

# While Redis fails, the reactor thread tries it at most once per this many seconds.
REACTOR_RETRY_INTERVAL = 1.0

_SCHEDULERS: "weakref.WeakKeyDictionary[Any, ClusterScheduler]" = weakref.WeakKeyDictionary()
# Reasons this process's workers stopped loudly for (redis_unavailable, lease_lost): `scrapy crawl`
# exits non-zero when there is one (newscrawl/commands/crawl.py), as the cron entry does.
STOPPED_LOUDLY: list[str] = []


class ClusterScheduler(Scheduler):
    """scrapy-redis' scheduler with claims, leases and cluster-wide idle detection (module docstring).

    It is also the worker's Lease for the seen-store (state.Lease): worker_id, workers_key,
    claims_key, emitted_key, check(), releasable(), released()."""

    def __init__(self, server: Any, crawler: Any, **kwargs: Any) -> None:
        super().__init__(server, persist=True, idle_before_close=0, **kwargs)
        settings = crawler.settings
        self.crawler = crawler
        self.stats = crawler.stats
        self.worker_id: str = settings["NEWSCRAWL_RUN_ID"]
        self.ttl = settings.getfloat("NEWSCRAWL_REDIS_WORKER_TTL", 30.0)
        self.poll = settings.getfloat("NEWSCRAWL_REDIS_POLL", 0.5)
        self.cleanup_when_done = settings.getbool("NEWSCRAWL_REDIS_CLEANUP", True)
        self.failed: str | None = None
        self.closing = False
        self.retry_seconds = settings.getfloat("NEWSCRAWL_REDIS_RETRY_SECONDS", 30.0)
        self._down_since: float | None = None  # when the reactor's Redis calls started failing
        self._next_try = 0.0  # while failing: no reactor call before this (monotonic time)
        # Requests whose push failed, sent again on the next scheduler tick: (request, fingerprint,
        # data, handover claim). A handover claim stays ours until its successor is queued.
        self._unsent: list[tuple[Request, str, bytes, str]] = []
        self._idle_check: Any = None  # the running idle check (a Deferred), if any
        self._idle_verdict: tuple[int, bool] | None = None  # (pops when it started, crawl done)
        self._token = 0
        # The last pop went unanswered (Redis slow): it may have claimed a request under the current token
        # that only the next pop, with the same token, hands over. Never close before that pop.
        self._pop_unanswered = False
        self._claimed: set[str] = set()  # claim tokens popped and not yet released by a commit
        self.tracker = ClaimTracker()
        worker_link(crawler).lease = self  # before the pipelines open: they read Redis only if we may
        # The retrying client, for everything off the reactor thread (idle check, close); the
        # heartbeat thread has its own.
        self.background = redis_client(settings["REDIS_URL"], self.retry_seconds)
        self._heartbeat: HeartbeatThread | None = None
        self._nudge = None
        self._enqueue = server.register_script(_ENQUEUE_LUA)
        self._pop = server.register_script(_POP_LUA)
        self._reap = server.register_script(_REAP_LUA)
        self._orphans = server.register_script(_ORPHANS_LUA)
        self._beat = server.register_script(_HEARTBEAT_LUA)
        self._leave = server.register_script(_LEAVE_LUA)

    @classmethod
    def from_crawler(cls, crawler: Any) -> "ClusterScheduler":
        settings = crawler.settings
        if not settings.get("NEWSCRAWL_RUN_ID"):
            raise ValueError("distributed mode needs a worker-unique NEWSCRAWL_RUN_ID (the add-on sets one)")
        # The reactor thread's client: no retry (retries sleep), a short socket timeout.
        server = redis_client(settings["REDIS_URL"], 0.0, settings.getfloat("NEWSCRAWL_REDIS_REACTOR_TIMEOUT", 1.0))
        kwargs = {"queue_key": settings["SCHEDULER_QUEUE_KEY"], "queue_cls": settings["SCHEDULER_QUEUE_CLASS"],
                  "dupefilter_key": settings["SCHEDULER_DUPEFILTER_KEY"], "dupefilter_cls": settings["DUPEFILTER_CLASS"]}
        return cls(server, crawler, **kwargs)

    # ---- keys ---------------------------------------------------------------------------------
    def _keys(self, spider_name: str) -> None:
        self.key = crawl_key(self.crawler.settings, spider_name)
        self.workers_key, self.info_key = f"{self.key}:workers", f"{self.key}:info"
        self.dead_key, self.seq_key = f"{self.key}:dead", f"{self.key}:seq"
        self.discovery_key, self.emitted_key = f"{self.key}:discovery", f"{self.key}:emitted"
        self.claims_key = f"{self.key}:claims:{self.worker_id}"
        self.alive_key = f"{self.key}:alive:{self.worker_id}"

    # ---- Lease (state.Lease) ------------------------------------------------------------------
    def check(self) -> None:
        if self.failed:
            raise LeaseLost(f"worker {self.worker_id} stopped ({self.failed}): it must not write to Redis")

    def releasable(self, idle: bool = False) -> list[str]:
        """Claims whose requests are done: parsed, and their items through the pipelines
        (ClaimTracker); all of them when the worker is idle (nothing is in flight). A claim handed
        over to a request whose push is still pending stays ours."""
        claimed = self._claimed - {handover for _r, _f, _d, handover in self._unsent}
        return sorted(claimed) if idle else self.tracker.done(claimed)

    def released(self, tokens: list[str] | None) -> None:
        tokens = list(self._claimed) if tokens is None else tokens
        self._claimed.difference_update(tokens)
        self.tracker.forget(tokens)

    def _item_left_pipelines(self, item: Any = None, response: Any = None, **_kwargs: Any) -> None:
        token = getattr(response, "meta", {}).get(CLAIM) if getattr(response, "request", None) else None
        if token is not None:
            self.tracker.item_done(token)

    def stop(self, reason: str, detail: str) -> None:
        """A commit failed (the output pipeline): stop loudly, commit nothing more."""
        self._stop(reason, detail)

    def publish_discovery(self) -> None:
        """Every commit publishes this worker's discovery counts too (from the commit's thread), so
        the crawl keeps them if the worker dies."""
        self._publish_discovery(self.background)

    # ---- life cycle ---------------------------------------------------------------------------
    def open(self, spider: Any) -> None:
        import redis

        _SCHEDULERS[self.crawler] = self
        self._keys(spider.name)
        try:
            self.background.ping()  # retried for NEWSCRAWL_REDIS_RETRY_SECONDS: a restarting Redis is waited for
        except redis.RedisError as error:
            # Stop before crawling anything, through Scrapy's own "a component failed to start" path
            # (CloseSpider from spider_opened: raised here, it would skip opening the pipelines), so the
            # crawl ends with this reason, not an engine error, and every component closes.
            self._fail("redis_unavailable", f"Redis unreachable at start ({type(error).__name__}: {error}). "
                       f"Worker {self.worker_id} stops without crawling")
            self.crawler.signals.connect(self._refuse_to_start, signal=signals.spider_opened)
            return
        self.df = RedisDupeFilter.from_spider(spider)
        with warnings.catch_warnings():
            # scrapy-redis 0.9 announces a resumed crawl through Spider.log(), deprecated in Scrapy 2.13: a
            # ScrapyDeprecationWarning on stderr in every distributed run, mailed by cron (h60). The resume is logged
            # below in our own words.
            warnings.filterwarnings("ignore", category=ScrapyDeprecationWarning, message=r"Spider\.log\(\)")
            super().open(spider)
        info = {"host": socket.gethostname(), "pid": os.getpid(), "spider": spider.name,
                "started": datetime.now(timezone.utc).isoformat(timespec="seconds")}
        # Before the crawl starts nothing else runs in the reactor: the retrying client may wait here.
        self.background.hset(self.info_key, self.worker_id, json.dumps(info))
        queued, busy, requeued, reaped = self._reap(
            keys=[self.queue.key, self.workers_key, self.info_key, self.dead_key],
            args=[self.worker_id, self.key, "busy", int(self.ttl * 1000)], client=self.background)
        logger.info("Worker %s joined crawl %s: %d requests queued, %d other busy workers",
                    self.worker_id, self.key, queued, busy)
        self._report_reaped(requeued, reaped)
        self._heartbeat = HeartbeatThread(self, max(0.2, self.ttl / 3))
        self._heartbeat.start()
        self.crawler.signals.connect(self._spider_idle, signal=signals.spider_idle)
        for signal in (signals.item_scraped, signals.item_dropped, signals.item_error):
            self.crawler.signals.connect(self._item_left_pipelines, signal=signal)

    def _refuse_to_start(self, spider: Any) -> None:
        raise CloseSpider("redis_unavailable")

    def close(self, reason: str) -> None:
        # Closing: the engine waits for this and nothing else runs, so the retrying client may wait.
        self.closing = True
        if self._heartbeat is not None:
            self._heartbeat.stopping.set()
        if self._nudge is not None:
            self._nudge.cancel()
        if self.failed:
            if self._token:  # it had popped requests
                logger.critical("Worker %s left crawl %s without committing its open chunk (%s); its claimed "
                                "requests go back to the queue when its lease expires", self.worker_id, self.key,
                                self.failed)
            return
        if reason == "finished":
            self._adopt_crawl_discovery()
        if self.failed:
            return
        cleanup = "1" if reason == "finished" and self.cleanup_when_done else "0"
        result = self._redis(lambda: self._leave(
            keys=[self.workers_key, self.info_key, self.claims_key, self.alive_key, self.queue.key,
                  self.df.key, self.seq_key, self.dead_key, self.discovery_key, self.emitted_key],
            args=[self.worker_id, cleanup, self.key], client=self.background))
        if result is None:
            return
        outcome, others, claimed, queued = result
        outcome = outcome.decode() if isinstance(outcome, bytes) else outcome
        if outcome == "cleaned":
            logger.info("Crawl %s finished: last worker out deleted its queue and fingerprints", self.key)
        elif outcome == "claims-left":
            logger.warning("Worker %s left crawl %s with uncommitted claims; another worker requeues them "
                           "once its lease expires", self.worker_id, self.key)
        elif reason == "finished" and (claimed or queued):
            # The idle check just before said otherwise: a worker joined or a dead one was found meanwhile.
            logger.warning("Worker %s left crawl %s while %d other worker(s) hold %d claimed requests and %d are "
                           "queued: those workers finish the crawl", self.worker_id, self.key, others, claimed, queued)
        else:
            logger.info("Worker %s left crawl %s (%d other workers still registered, none holding work)",
                        self.worker_id, self.key, others)

    def flush(self) -> None:
        raise RuntimeError("a worker never flushes the shared frontier; use `python -m newscrawl.cluster cleanup`")

    # ---- scheduler interface (the reactor thread: one try each, never a sleep) -----------------
    def enqueue_request(self, request: Request) -> bool:
        if self.failed:
            return False
        handover = request.meta.pop(CLAIM, None) or ""
        fingerprint = push_fingerprint(request, self.df.request_fingerprint)
        entry = (request, fingerprint, self.queue.encode(request), handover)
        if not self._flush_unsent():
            return self._keep_unsent(entry)
        sent, result = self._send(entry)
        if not sent:
            return self._keep_unsent(entry)
        return self._pushed(entry, result)

    def _send(self, entry: tuple[Request, str, bytes, str]) -> tuple[bool, Any]:
        request, fingerprint, data, handover = entry
        return self._try(lambda: self._enqueue(keys=[self.df.key, self.queue.key, self.claims_key, self.seq_key],
                                               args=[fingerprint, data, -request.priority, handover]))

    def _keep_unsent(self, entry: tuple[Request, str, bytes, str]) -> bool:
        """The push failed (Redis slow or away): send it on a later tick. To the engine it is queued."""
        if self.failed:
            return False
        self._unsent.append(entry)
        self.stats.inc_value("newscrawl/cluster/push_postponed")
        return True

    def _flush_unsent(self) -> bool:
        """Send the postponed pushes, in order; False while some are still unsent."""
        while self._unsent and not self.failed:
            sent, result = self._send(self._unsent[0])
            if not sent:
                return False
            self._pushed(self._unsent.pop(0), result)
        return not self._unsent

    def _pushed(self, entry: tuple[Request, str, bytes, str], result: int) -> bool:
        request, fingerprint, _data, handover = entry
        if result == 0 and fingerprint.startswith("push:"):  # sent again: the first try had queued it
            self.stats.inc_value("newscrawl/cluster/push_already_queued")
            return True
        if result == 0:
            self.df.log(request, self.spider)
            self.stats.inc_value("dupefilter/filtered")
            return False
        if handover:
            self._claimed.discard(handover)
            self.tracker.forget([handover])
        if result < 0:  # our claim was revoked and requeued: the original is queued again already
            self.stats.inc_value("newscrawl/cluster/handover_dropped")
            return False
        self.stats.inc_value("scheduler/enqueued/redis")
        return True

    def next_request(self) -> Request | None:
        if self.failed:
            return None
        self._flush_unsent()
        token = str(self._token)
        # A pop whose reply was lost still claimed its request under this token: the next try with the
        # same token returns that claim (_POP_LUA), so nothing is popped twice or lost.
        ok, claim = self._try(lambda: self._pop(keys=[self.queue.key, self.claims_key, self.workers_key],
                                                args=[self.worker_id, token]))
        self._pop_unanswered = not ok
        if not claim:
            return None
        self._token += 1
        self._claimed.add(token)
        self.tracker.popped(token)
        _score, _, member = claim.partition(b" ")
        try:
            request = self.queue.decode(member)
        except (ValueError, TypeError) as error:  # not our JSON (a pickled request, a forged class)
            self.stats.inc_value("newscrawl/cluster/undecodable_requests")
            logger.error("Dropped a queued request that is not a safe JSON request (%s): %.200r", error, member)
            return None  # its claim goes with the next commit
        request.meta[CLAIM] = token
        self.stats.inc_value("scheduler/dequeued/redis")
        return request

    def has_pending_requests(self) -> bool:
        if self.failed:
            return False
        if not self._flush_unsent():
            return True
        ok, queued = self._try(lambda: self.server.zcard(self.queue.key))
        return bool(queued) if ok else not self.failed  # unknown: not idle, try again on the next tick

    def __len__(self) -> int:
        if self.failed:
            return 0
        _ok, queued = self._try(lambda: self.server.zcard(self.queue.key))
        return int(queued or 0) + len(self._unsent)

    # ---- cluster-wide idle, heartbeat, failures -----------------------------------------------
    def _spider_idle(self, spider: Any) -> None:
        """This worker has nothing to do; close only when the whole crawl has nothing to do.

        The check (commit, publish, reap) runs off the reactor thread; until its answer comes the
        worker stays open. It closes when the answer was "crawl done" and it popped nothing since."""
        if self.failed:
            return
        if self._idle_check is not None or self._pop_unanswered or not self._flush_unsent():
            # An unanswered pop may hold a claim in Redis: closing now would leave its request claimed by
            # a worker that never fetches it (seen under CPU starvation: "claims-left" at the end).
            self._schedule_nudge()
            raise DontCloseSpider
        verdict, self._idle_verdict = self._idle_verdict, None
        if verdict == (self._token, True):
            return
        from twisted.internet.defer import succeed

        started = self._token
        # Nothing is in flight now: commit what this worker emitted and release all its claims, so
        # no other worker waits on them (a live worker holding claims counts as busy, see _REAP_LUA).
        commit = worker_link(self.crawler).commit
        check = commit("idle") if commit is not None else succeed(None)
        self._idle_check = check
        # What this worker holds, read on the reactor thread once the commit released what it could.
        check.addCallback(lambda _: None if self.failed else deferToThread(
            self._idle_state, self._token, sorted(self._claimed)))
        check.addCallbacks(self._idle_checked, self._idle_failed, callbackArgs=(started,))
        raise DontCloseSpider

    def _idle_state(self, next_token: int, held: list[str]) -> list[int]:
        """In a pool thread: publish this worker's discovery, requeue its orphaned claims (_ORPHANS_LUA),
        mark it idle, reap dead workers."""
        self._publish_discovery(self.background)
        orphans = self._orphans(keys=[self.claims_key, self.queue.key], args=[next_token, json.dumps(held)],
                                client=self.background)
        if orphans:
            self.stats.inc_value("newscrawl/cluster/orphaned_claims_requeued", orphans)
            logger.warning("Requeued %d request(s) claimed under a spent token by a late pop of worker %s "
                           "(Redis was slow to answer)", orphans, self.worker_id)
        return self._reap(keys=[self.queue.key, self.workers_key, self.info_key, self.dead_key],
                          args=[self.worker_id, self.key, "idle", ""], client=self.background)

    def _idle_checked(self, state: list[int] | None, started: int) -> None:
        self._idle_check = None
        if state is None or self.failed:
            return
        queued, busy, requeued, reaped = state
        self._report_reaped(requeued, reaped)
        self._idle_verdict = (started, not queued and not busy)
        self._schedule_nudge()  # the engine asks again soon: it closes, or this worker polls once more

    def _idle_failed(self, failure: Any) -> None:
        self._idle_check = None
        reason = failure_reason(failure.value)
        if reason is None:
            logger.error("Idle check of worker %s failed", self.worker_id, exc_info=failure.getTracebackObject())
            reason = "output_failed"
        self._stop(reason, f"{type(failure.value).__name__}: {failure.value}")

    def _publish_discovery(self, client: Any) -> None:
        """Share this worker's discovery counts (on each heartbeat and commit, and before it reports
        idle, so they are final for every worker once the crawl is done, and kept if it dies)."""
        pages, links = (int(self.stats.get_value(f"newscrawl/discovery/{k}", 0)) for k in ("pages_ok", "article_links"))
        client.hset(self.discovery_key, self.worker_id, f"{pages} {links}")

    def _adopt_crawl_discovery(self) -> None:
        """The health check's discovery rule is about the site, not a worker's share of its listing
        pages (a worker may only have fetched the empty page that ends pagination): report the crawl's
        totals, keeping this worker's own under newscrawl/cluster/."""
        self._redis(lambda: self._publish_discovery(self.background))
        shared = self._redis(lambda: self.background.hvals(self.discovery_key))
        if not shared:
            return
        totals = [sum(int(v.split()[i]) for v in shared) for i in (0, 1)]
        for name, total in zip(("pages_ok", "article_links"), totals):
            own = self.stats.get_value(f"newscrawl/discovery/{name}", 0)
            self.stats.set_value(f"newscrawl/cluster/worker_discovery/{name}", own)
            self.stats.set_value(f"newscrawl/discovery/{name}", total)

    def _schedule_nudge(self) -> None:
        """Ask the engine for the next request soon (its own heartbeat comes only every 5 s)."""
        def nudge() -> None:
            self._nudge = None
            slot = getattr(self.crawler.engine, "_slot", None)
            if slot is not None and slot.closing is None:
                slot.nextcall.schedule()

        if self._nudge is None and not self.closing:
            self._nudge = call_later(self.poll, nudge)

    def _report_reaped(self, requeued: int, reaped: int) -> None:
        if reaped:
            self.stats.inc_value("newscrawl/cluster/requeued_from_dead_workers", requeued)
            logger.warning("Requeued %d requests claimed by %d dead worker(s) of crawl %s", requeued, reaped, self.key)

    def _try(self, call: Callable[[], Any]) -> tuple[bool, Any]:
        """One Redis call from the reactor thread, no retry: (True, result), or (False, None) when Redis
        did not answer in time (the caller tries again on a later tick). Redis failing for longer than
        NEWSCRAWL_REDIS_RETRY_SECONDS, or a lost lease, stops this worker loudly."""
        import redis

        if self._down_since is not None and time.monotonic() < self._next_try:
            self._schedule_nudge()  # Redis failed a moment ago: no new wait in the reactor yet
            return False, None
        try:
            result = call()
        except redis.RedisError as error:
            reason = failure_reason(error)
            if reason == "lease_lost":
                self._stop(reason, str(error))
            elif reason is None:
                raise
            else:
                self._unreachable(error)
            return False, None
        if self._down_since is not None:
            logger.warning("Redis answers the reactor again after %.1f s", time.monotonic() - self._down_since)
            self._down_since = None
        return True, result

    def _unreachable(self, error: Exception) -> None:
        now = time.monotonic()
        # At most one timed-out call per REACTOR_RETRY_INTERVAL: the reactor waits at most the socket
        # timeout at a time (a paused Redis), then downloads and parsing go on meanwhile.
        self._next_try = now + REACTOR_RETRY_INTERVAL
        if self._down_since is None:
            self._down_since = now
            logger.warning("Redis unreachable from the reactor (%s: %s): tried again on the next ticks for up to "
                           "%.0f s", type(error).__name__, error, self.retry_seconds)
        elif now - self._down_since >= self.retry_seconds:
            self._stop("redis_unavailable", f"Redis unreachable for {now - self._down_since:.0f} s "
                       f"({type(error).__name__}: {error})")
            return
        self._schedule_nudge()

    def _redis(self, call: Callable[[], Any]) -> Any:
        """Run one Redis call that may wait (the retrying client: start, close); on a Redis failure
        stop this worker loudly and return None."""
        try:
            return call()
        except Exception as error:
            reason = failure_reason(error)
            if reason is None:
                raise
            self._stop(reason, f"{type(error).__name__}: {error}" if reason == "redis_unavailable" else str(error))
            return None

    def _stop(self, reason: str, detail: str) -> None:
        if self.failed:
            return
        self._fail(reason, f"{detail}. Worker {self.worker_id} stops now and commits nothing more (chunks it "
                   "committed stay); its claimed requests are requeued for the other workers (or the next run)")
        if not self.closing:
            deferred_from_coro(self.crawler.engine.close_spider_async(reason=reason))

    def _fail(self, reason: str, detail: str) -> None:
        self.failed = reason
        self.stats.set_value("newscrawl/cluster/failed", reason)
        STOPPED_LOUDLY.append(reason)
        logger.critical("Distributed crawl %s: %s.", self.key, detail)


def failure_reason(error: BaseException) -> str | None:
    """Why a worker must stop after this error: lease_lost, redis_unavailable, or None (not Redis's)."""
    import redis

    if isinstance(error, LeaseLost):
        return "lease_lost"
    if isinstance(error, redis.ResponseError):
        return "lease_lost" if str(error).startswith("LEASE_LOST") else None
    if isinstance(error, redis.RedisError):
        return "redis_unavailable"
    return None


class HeartbeatThread(threading.Thread):
    """Refreshes the worker's lease every `interval` seconds from its own thread and Redis connection
    (retrying for NEWSCRAWL_REDIS_RETRY_SECONDS): a busy or stalled reactor never lets the lease
    expire, and a retry never sleeps in the reactor. Failures stop the worker through the reactor."""

    def __init__(self, scheduler: ClusterScheduler, interval: float) -> None:
        super().__init__(name=f"newscrawl-heartbeat-{scheduler.worker_id}", daemon=True)
        self.scheduler = scheduler
        self.interval = interval
        self.stopping = threading.Event()
        self.beats = 0
        self.client = redis_client(scheduler.crawler.settings["REDIS_URL"], scheduler.retry_seconds)

    def run(self) -> None:
        import redis

        s = self.scheduler
        try:
            while not self.stopping.wait(self.interval):
                s._publish_discovery(self.client)
                alive = s._beat(keys=[s.workers_key, s.alive_key], args=[s.worker_id, int(s.ttl * 1000)],
                                client=self.client)
                if self.stopping.is_set():
                    return
                if alive == 0:
                    self._report("lease_lost", f"worker {s.worker_id} is no longer registered in {s.key} (its "
                                 "heartbeat expired and another worker requeued its claims, or Redis lost its data)")
                    return
                self.beats += 1
        except redis.RedisError as error:
            if not self.stopping.is_set():
                self._report("redis_unavailable", f"heartbeat failed: {type(error).__name__}: {error}")
        finally:
            self.client.close()

    def _report(self, reason: str, detail: str) -> None:
        from twisted.internet import reactor

        reactor.callFromThread(self.scheduler._stop, reason, detail)


class ClaimTracker:
    """Which popped claims are done, from public hooks only (no engine internals): a claim is done
    once its response's callback output was consumed to the end (ClaimTokenMiddleware) and every
    item it yielded left the item pipelines (item_scraped / item_dropped / item_error). A request
    that never reaches a callback (ignored, failed without errback) stays undone until the worker is
    idle, when nothing at all is in flight: a claim is never released before its items are written."""

    def __init__(self) -> None:
        self.parsing: set[str] = set()  # popped, callback output not consumed to the end yet
        self.items: Counter[str] = Counter()  # items yielded and not yet out of the pipelines

    def popped(self, token: str) -> None:
        self.parsing.add(token)

    def parsed(self, token: str) -> None:
        self.parsing.discard(token)

    def item_out(self, token: str) -> None:
        self.items[token] += 1

    def item_done(self, token: str) -> None:
        self.items[token] -= 1
        if self.items[token] <= 0:
            del self.items[token]

    def forget(self, tokens: Iterable[str]) -> None:
        for token in tokens:
            self.parsing.discard(token)
            self.items.pop(token, None)

    def done(self, claimed: Iterable[str]) -> list[str]:
        return sorted(t for t in claimed if t not in self.parsing and t not in self.items)


class ClaimTokenMiddleware:
    """Spider middleware: a request a callback yields is new work, never a hand-over of the
    response's claim, even when the callback copied response.meta into it. It also tells the
    worker's ClaimTracker what a claimed response yielded, and when its output ended. (Priority 10:
    nearest the engine, it sees what the other spider middlewares let through.)"""

    def __init__(self, crawler: Any = None) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Any) -> "ClaimTokenMiddleware":
        return cls(crawler)

    def _tracking(self, response: Any) -> tuple[ClaimTracker | None, str | None]:
        scheduler = _SCHEDULERS.get(self.crawler) if self.crawler is not None else None
        token = getattr(response, "meta", {}).get(CLAIM) if getattr(response, "request", None) else None
        return (scheduler.tracker, token) if scheduler is not None and token is not None else (None, None)

    def _element(self, element: Any, tracker: ClaimTracker | None, token: str | None) -> Any:
        if isinstance(element, Request):
            element.meta.pop(CLAIM, None)
        elif tracker is not None and element is not None:
            tracker.item_out(token)
        return element

    def process_spider_output(self, response: Any, result: Iterable[Any]) -> Iterable[Any]:
        tracker, token = self._tracking(response)
        try:
            for element in result:
                yield self._element(element, tracker, token)
        finally:
            if tracker is not None:
                tracker.parsed(token)

    async def process_spider_output_async(self, response: Any, result: Any) -> Any:
        tracker, token = self._tracking(response)
        try:
            async for element in result:
                yield self._element(element, tracker, token)
        finally:
            if tracker is not None:
                tracker.parsed(token)


# ---- operator CLI -----------------------------------------------------------------------------

def crawl_status(client: Any, key: str, store_key: str, site: str) -> dict[str, Any]:
    """Progress of one crawl: queue, fingerprints, workers (state, heartbeat, claims), seen articles."""
    workers = {}
    infos = {k.decode(): json.loads(v) for k, v in client.hgetall(f"{key}:info").items()}
    for worker, state in sorted(client.hgetall(f"{key}:workers").items()):
        worker = worker.decode()
        ttl = client.pttl(f"{key}:alive:{worker}")
        workers[worker] = {"state": state.decode(), "alive": ttl > 0,
                           "heartbeat_expires_in_s": round(ttl / 1000, 1) if ttl > 0 else None,
                           "claimed": client.hlen(f"{key}:claims:{worker}"), **infos.get(worker, {})}
    return {
        "crawl": key,
        "queued": client.zcard(f"{key}:requests"),
        "fingerprints": client.scard(f"{key}:dupefilter"),
        "workers": workers,
        "reaped_dead_workers": {k.decode(): int(v) for k, v in client.hgetall(f"{key}:dead").items()},
        "seen_articles_site": int(client.hget(f"{store_key}:sites", site) or 0),
        "seen_articles_total": client.hlen(f"{store_key}:articles"),
    }


def crawl_keys(client: Any, key: str) -> list[str]:
    names = [f"{key}:{suffix}" for suffix in ("requests", "dupefilter", "workers", "info", "seq", "dead", "discovery",
                                                "emitted")]
    for pattern in (f"{key}:claims:*", f"{key}:alive:*"):
        names += [k.decode() for k in client.scan_iter(match=pattern, count=1000)]
    return [k for k in names if client.exists(k)]


def main(argv: list[str] | None = None) -> int:
    import redis
    from scrapy.utils.project import get_project_settings

    parser = argparse.ArgumentParser(prog="python -m newscrawl.cluster", description="Watch or reset a distributed crawl.")
    parser.add_argument("command", choices=["status", "cleanup"])
    parser.add_argument("--spider", required=True, help="the site spider of the crawl")
    parser.add_argument("--redis", help="Redis URL (default: $NEWSCRAWL_REDIS_URL / the setting)")
    parser.add_argument("--key", help="crawl key template (default: NEWSCRAWL_REDIS_KEY, newscrawl:%%(spider)s)")
    parser.add_argument("--store-key", help="seen-store key (default: NEWSCRAWL_REDIS_STORE_KEY, newscrawl:seen)")
    parser.add_argument("--watch", type=float, metavar="SECONDS", help="status: print again every SECONDS")
    parser.add_argument("--force", action="store_true", help="cleanup: even while workers are registered")
    args = parser.parse_args(argv)
    settings = get_project_settings()
    url = args.redis or settings.get("NEWSCRAWL_REDIS_URL")
    if not url:
        parser.error("no Redis: pass --redis or set NEWSCRAWL_REDIS_URL")
    if args.key:
        settings.set("NEWSCRAWL_REDIS_KEY", args.key, priority="cmdline")
    key = crawl_key(settings, args.spider)
    store_key = args.store_key or settings.get("NEWSCRAWL_REDIS_STORE_KEY") or DEFAULT_STORE_KEY
    client = redis_client(url, 0.0)  # a tool: answer at once, one line when Redis is away
    try:
        return _run(args, client, key, store_key)
    except redis.RedisError as error:
        print(f"Redis at {_safe_url(url)} unreachable: {type(error).__name__}: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


def _safe_url(url: str) -> str:
    """The URL without its password, for messages."""
    return re.sub(r"//[^@/]*@", "//***@", url)


def _run(args: argparse.Namespace, client: Any, key: str, store_key: str) -> int:
    if args.command == "status":
        while True:
            print(json.dumps(crawl_status(client, key, store_key, args.spider), indent=1), flush=True)
            if not args.watch:
                return 0
            time.sleep(args.watch)
    status = crawl_status(client, key, store_key, args.spider)
    live = [w for w, s in status["workers"].items() if s["alive"]]
    if live and not args.force:
        print(f"refusing: {len(live)} live worker(s) still crawl {key}: {', '.join(live)} (stop them, or --force)",
              file=sys.stderr)
        return 2
    keys = crawl_keys(client, key)
    if keys:
        client.delete(*keys)
    claimed = sum(s["claimed"] for s in status["workers"].values())
    print(f"deleted {len(keys)} keys of {key}: {status['queued']} queued requests, {status['fingerprints']} "
          f"fingerprints, {len(status['workers'])} worker registrations, {claimed} claimed requests; "
          f"the seen-store ({store_key}) is kept")
    return 0


if __name__ == "__main__":
    sys.exit(main())
