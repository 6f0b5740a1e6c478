"""The reactor thread never sleeps or waits long on Redis (issue 9): worker processes run the real cron
entry against a Redis that is paused (CLIENT PAUSE: every command waits) for several seconds mid-crawl.
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
from replay import ReplayProxy
from test_redis_cluster import Cluster, assert_crawl_complete, finish, wait_for_lines

pytestmark = pytest.mark.xdist_group("redis-cluster")

PAUSE_MS = 5000
REACTOR_TIMEOUT = 0.5


def test_a_paused_redis_never_blocks_the_reactor_and_the_crawl_ends_exactly_once(tmp_path, crawl_keys):
    total = 300
    server = RedisServer().start()  # its own server: a pause must not stall other tests' crawls
    try:
        with ReplayProxy(wide_site_routes(total, delay=0.05)) as proxy:
            extensions = {**EXTENSIONS, "reactor_probe.ReactorProbe": 900}
            cluster = Cluster(tmp_path, proxy, server.url, crawl_keys, NEWSCRAWL_REDIS_WORKER_TTL=20,
                              NEWSCRAWL_REDIS_REACTOR_TIMEOUT=REACTOR_TIMEOUT, EXTENSIONS=json.dumps(extensions))
            pythonpath = os.pathsep.join(filter(None, [str(REPO / "tests"), os.environ.get("PYTHONPATH")]))
            workers = {name: cluster.start(name, env={"PYTHONPATH": pythonpath,
                                                      "NEWSCRAWL_REACTOR_PROBE": str(tmp_path / f"{name}.json")})
                       for name in ("m1", "m2")}
            wait_for_lines(cluster.machine("m1"), 20, workers["m1"])
            admin = server_client(server.url)
            admin.execute_command("CLIENT", "PAUSE", PAUSE_MS, "ALL")
            admin.close()
            results = {name: finish(process) for name, process in workers.items()}
        assert_crawl_complete(cluster, results, total)
        for name in workers:
            probe = json.loads((tmp_path / f"{name}.json").read_text(encoding="utf-8"))
            assert probe["reason"] == "finished" and probe["ticks"] > 20, probe
            # A reactor call waits at most the socket timeout, once per second while Redis fails; a
            # 5 s pause would show up as a gap of 5 s if any call waited it out in the reactor.
            assert probe["longest_gap"] < 4 * REACTOR_TIMEOUT, (name, probe)
        logs = "".join(cluster.logs(name) for name in workers)
        assert "Redis unreachable from the reactor" in logs and "Redis answers the reactor again" in logs
    finally:
        server.close()


def server_client(url: str):
    import redis

    return redis.Redis.from_url(url, socket_timeout=5)
