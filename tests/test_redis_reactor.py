"""The reactor thread never sleeps or waits long on Redis, and a stalled reactor does not lose its lease
(issue 9). Worker processes run the real cron entry against a Redis that is paused (CLIENT PAUSE: every
command waits) for several seconds mid-crawl.
A probe extension (tests/reactor_probe.py) ticks every 50 ms in each worker's reactor and reports the
longest gap. Before the fix every Redis call sat in the reactor with a 30 s socket timeout and sleeping
retries, so the pause blocked the reactor for its whole length."""
from __future__ import annotations

import json
import os

import pytest

from conftest import REPO
from newscrawl.settings import EXTENSIONS
from redis_helpers import RedisServer, crawl_keys, wide_site_routes  # noqa: F401
from replay import ReplayProxy, RequestInfo, Route
from synthetic_site import listing_url
from test_redis_cluster import Cluster, assert_crawl_complete, finish

pytestmark = pytest.mark.xdist_group("redis-cluster")

PAUSE_MS = 5000
REACTOR_TIMEOUT = 0.5


def test_a_paused_redis_never_blocks_the_reactor_and_the_crawl_ends_exactly_once(tmp_path, crawl_keys):
    total = 300
    server = RedisServer().start()  # its own server: a pause must not stall other tests' crawls
    routes = wide_site_routes(total, delay=0.05)
    # The third listing page pauses Redis when it is asked for, and answers 0.5 s later: its worker
    # parses it while Redis is paused, so its 50 article requests and the next listing page cannot be
    # pushed then (mid-crawl: 100 articles are queued or done by then).
    third = listing_url(40)
    listing = routes[third]

    def pause_then_answer(hit: int, _request: RequestInfo) -> Route:
        if hit == 1:
            admin = server_client(server.url)
            admin.execute_command("CLIENT", "PAUSE", PAUSE_MS, "ALL")
            admin.close()
        return Route(body=listing.body, delay=0.5)

    routes[third] = pause_then_answer
    try:
        with ReplayProxy(routes) as proxy:
            extensions = {**EXTENSIONS, "reactor_probe.ReactorProbe": 900}
            # The politeness gate is off: its release of a response's slot waits (in a thread) for the paused
            # Redis before the response reaches the spider, so the scheduler's pushes under test would only
            # come after the pause (the gate's own threads are tested in tests/test_politeness.py).
            cluster = Cluster(tmp_path, proxy, server.url, crawl_keys, NEWSCRAWL_REDIS_WORKER_TTL=20,
                              NEWSCRAWL_REDIS_REACTOR_TIMEOUT=REACTOR_TIMEOUT, EXTENSIONS=json.dumps(extensions),
                              NEWSCRAWL_POLITE_CLUSTER=False)
            pythonpath = os.pathsep.join(filter(None, [str(REPO / "tests"), os.environ.get("PYTHONPATH")]))
            workers = {name: cluster.start(name, env={"PYTHONPATH": pythonpath,
                                                      "NEWSCRAWL_REACTOR_PROBE": str(tmp_path / f"{name}.json")})
                       for name in ("m1", "m2")}
            results = {name: finish(process) for name, process in workers.items()}
        assert_crawl_complete(cluster, results, total)
        for name in workers:
            probe = json.loads((tmp_path / f"{name}.json").read_text(encoding="utf-8"))
            assert probe["reason"] == "finished" and probe["ticks"] > 20, probe
            # A reactor call waits at most the socket timeout, once per second while Redis fails; a
            # 5 s pause would show up as a gap of 5 s if any call waited it out in the reactor.
            assert probe["longest_gap"] < PAUSE_MS / 1000 / 2, (name, probe)
        logs = "".join(cluster.logs(name) for name in workers)
        assert "Redis unreachable from the reactor" in logs and "Redis answers the reactor again" in logs
        assert "'newscrawl/cluster/push_postponed'" in logs  # pushes were kept and sent after the pause
    finally:
        server.close()


def test_a_reactor_stalled_longer_than_the_lease_keeps_it_and_the_crawl_ends_exactly_once(tmp_path, crawl_keys):
    """The heartbeat has its own thread: a worker whose reactor is blocked 7 s (a slow parse, a long GC
    pause) with a 3 s lease is not taken for dead. Before, its heartbeat was a LoopingCall in the blocked
    reactor: the other worker revoked it and requeued its claims, and it stopped with lease_lost."""
    total = 300
    server = RedisServer().start()
    try:
        with ReplayProxy(wide_site_routes(total, delay=0.05)) as proxy:
            extensions = {**EXTENSIONS, "reactor_probe.ReactorProbe": 900}
            cluster = Cluster(tmp_path, proxy, server.url, crawl_keys, NEWSCRAWL_REDIS_WORKER_TTL=3,
                              EXTENSIONS=json.dumps(extensions))
            pythonpath = os.pathsep.join(filter(None, [str(REPO / "tests"), os.environ.get("PYTHONPATH")]))
            workers = {name: cluster.start(name, env={
                "PYTHONPATH": pythonpath, "NEWSCRAWL_REACTOR_PROBE": str(tmp_path / f"{name}.json"),
                "NEWSCRAWL_REACTOR_STALL": "40:7" if name == "stalled" else ""}) for name in ("stalled", "m2")}
            results = {name: finish(process) for name, process in workers.items()}
        assert_crawl_complete(cluster, results, total)
        probe = json.loads((tmp_path / "stalled.json").read_text(encoding="utf-8"))
        assert probe["stalled"] and probe["reason"] == "finished", probe
        assert cluster.summary("stalled")["items_emitted"] > 0
        assert "dead worker" not in cluster.logs("m2")
    finally:
        server.close()


def server_client(url: str):
    import redis

    return redis.Redis.from_url(url, socket_timeout=5)
