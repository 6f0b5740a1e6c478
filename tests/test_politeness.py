"""Cluster-wide politeness (newscrawl/politeness.py): the gate's pure rules, its Lua script on a real
Redis, and 3 worker processes against a loopback site that measures, per host, how many requests are
in flight at once and when each starts. With the gate the cluster stays within one crawler's
CONCURRENT_REQUESTS_PER_DOMAIN and DOWNLOAD_DELAY; the same runs without it (the control) exceed them."""
from __future__ import annotations

import time
import uuid

import pytest

from newscrawl.politeness import _ACQUIRE_LUA, _RENEW_LUA, gate_interval, slot_keys, wait_seconds
from newscrawl.state import redis_client
from redis_helpers import HostMeter, crawl_keys, redis_url, wide_site_routes  # noqa: F401
from replay import ReplayProxy, Route
from synthetic_site import listing_url

pytestmark = pytest.mark.xdist_group("redis-cluster")

ARTICLES = "nasional.sindonews.com"


@pytest.mark.parametrize("download_delay, autothrottle, start_delay, slot_delay, expected", [
    (0.25, False, 5.0, 3.0, 0.25),   # no AutoThrottle: DOWNLOAD_DELAY, whatever the slot says
    (0.0, False, 5.0, None, 0.0),    # no delay: only the concurrency limit applies
    (0.25, True, 0.5, None, 0.5),    # AutoThrottle, slot not open yet: its start delay
    (0.25, True, 0.5, 1.2, 1.2),     # AutoThrottle backed off: its current delay
    (0.25, True, 0.5, 0.1, 0.25),    # never below DOWNLOAD_DELAY
    (1.0, True, 0.5, None, 1.0),     # start delay below DOWNLOAD_DELAY: DOWNLOAD_DELAY
])
def test_gate_interval(download_delay, autothrottle, start_delay, slot_delay, expected):
    assert gate_interval(download_delay, autothrottle, start_delay, slot_delay) == expected


@pytest.mark.parametrize("autothrottle, slot_delay, held, expected", [
    (False, None, 2.0, 2.0),  # robots.txt Crawl-delay: 2, AutoThrottle off: the cluster waits 2 s
    (True, 0.3, 2.0, 2.0),    # AutoThrottle tuned lower: the Crawl-delay still holds
    (True, 3.0, 2.0, 3.0),    # AutoThrottle backed off further: its delay
    (False, None, 0.0, 0.25),
])
def test_gate_interval_holds_the_crawl_delay(autothrottle, slot_delay, held, expected):
    assert gate_interval(0.25, autothrottle, 0.5, slot_delay, held) == expected


@pytest.mark.parametrize("answer, poll, expected", [(0, 0.05, 0.001), (250, 0.05, 0.25), (-1, 0.05, 0.05), (-1, 0.2, 0.2)])
def test_wait_seconds(answer, poll, expected):
    assert wait_seconds(answer, poll) == expected


def test_slot_keys():
    assert slot_keys("newscrawl:polite", "www.example.id") == ("newscrawl:polite:www.example.id:leases",
                                                               "newscrawl:polite:www.example.id:next")


@pytest.mark.parametrize("settings, enabled", [
    ({}, False),  # single machine: Scrapy's own per-worker politeness only, exactly as before
    ({"NEWSCRAWL_REDIS_URL": "redis://127.0.0.1:1/0", "NEWSCRAWL_POLITE_CLUSTER": False}, False),
    ({"NEWSCRAWL_REDIS_URL": "redis://127.0.0.1:1/0"}, True),  # (no connection until a request is gated)
])
def test_gate_only_in_distributed_mode(settings, enabled):
    from scrapy.exceptions import NotConfigured
    from scrapy.utils.test import get_crawler

    from newscrawl.politeness import ClusterPoliteness
    from newscrawl.spiders.sindonews import SindonewsSpider

    crawler = get_crawler(SindonewsSpider, settings_dict=settings)
    if enabled:
        assert isinstance(ClusterPoliteness.from_crawler(crawler), ClusterPoliteness)
    else:
        with pytest.raises(NotConfigured):
            ClusterPoliteness.from_crawler(crawler)


@pytest.fixture
def gate(redis_url):
    client = redis_client(redis_url, 5.0)
    prefix = f"test-polite-{uuid.uuid4().hex[:8]}"
    yield client, client.register_script(_ACQUIRE_LUA), client.register_script(_RENEW_LUA), slot_keys(prefix, "site")
    for key in slot_keys(prefix, "site"):
        client.delete(key)
    client.close()


def test_lua_concurrency_limit_and_release(gate):
    client, acquire, _renew, keys = gate
    answers = [acquire(keys=list(keys), args=[f"w:{n}", 2, 0, 10_000]) for n in range(3)]
    assert answers == [0, 0, -1]  # two slots, the third waits
    client.zrem(keys[0], "w:0")  # a response came back
    assert acquire(keys=list(keys), args=["w:3", 2, 0, 10_000]) == 0


def test_lua_interval_spaces_starts(gate):
    _client, acquire, _renew, keys = gate
    assert acquire(keys=list(keys), args=["w:0", 5, 300, 10_000]) == 0
    wait = acquire(keys=list(keys), args=["w:1", 5, 300, 10_000])
    assert 200 < wait <= 300  # ms until the next start is due
    time.sleep(wait / 1000 + 0.01)
    assert acquire(keys=list(keys), args=["w:1", 5, 300, 10_000]) == 0


def test_lua_dead_workers_leases_expire_and_renewed_ones_do_not(gate):
    client, acquire, renew, keys = gate
    assert acquire(keys=list(keys), args=["dead:0", 2, 0, 300]) == 0
    assert acquire(keys=list(keys), args=["live:0", 2, 0, 300]) == 0
    assert acquire(keys=list(keys), args=["x", 2, 0, 300]) == -1
    for _ in range(4):  # the live worker renews, the dead one cannot
        time.sleep(0.1)
        assert renew(keys=[keys[0]], args=[300, "live:0"]) == 1
    assert acquire(keys=list(keys), args=["x", 2, 0, 300]) == 0  # the dead worker's slot came back
    assert acquire(keys=list(keys), args=["y", 2, 0, 300]) == -1  # the renewed lease still holds one
    assert renew(keys=[keys[0]], args=[300, "gone"]) == 0  # a released lease is never recreated


def three_workers(tmp_path, redis_url, crawl_keys, *, gated: bool, articles: int, latency: float,
                  spread: bool = True, **settings) -> HostMeter:
    """3 cron workers on one crawl; the site holds its first listing page until all 3 have joined."""
    import redis

    from test_redis_cluster import Cluster, finish

    meter = HostMeter()
    routes = meter.wrap_all(wide_site_routes(articles, delay=latency), hold=listing_url(0))
    routes["https://www.sindonews.com/robots.txt"] = meter.wrap(Route(status=404))
    routes[f"https://{ARTICLES}/robots.txt"] = meter.wrap(Route(status=404))
    client = redis.Redis.from_url(redis_url)
    with ReplayProxy(routes) as proxy:
        cluster = Cluster(tmp_path, proxy, redis_url, crawl_keys, NEWSCRAWL_POLITE_CLUSTER=gated,
                          NEWSCRAWL_POLITE_KEY=f"{crawl_keys['prefix']}:polite", **settings)
        workers = {name: cluster.start(name) for name in ("m1", "m2", "m3")}
        deadline = time.monotonic() + 120
        while client.hlen(f"{crawl_keys['prefix']}:sindonews:workers") < 3:
            assert time.monotonic() < deadline and all(p.poll() is None for p in workers.values()), "workers did not join"
            time.sleep(0.05)
        meter.open.set()
        results = {name: finish(process) for name, process in workers.items()}
    client.close()
    for name, (code, err) in results.items():
        assert code == 0, f"{name}: {err[-3000:]}"
    emitted = cluster.emitted(workers)
    assert len(emitted) == articles and set(emitted.values()) == {1}
    shares = {name: cluster.summary(name)["items_emitted"] for name in workers}
    assert not spread or sum(1 for n in shares.values() if n) >= 2, shares  # several workers really fetched
    return meter


@pytest.mark.parametrize("gated", [True, False], ids=["gate", "control-without-gate"])
def test_cluster_in_flight_per_site_within_one_crawlers_limit(tmp_path, redis_url, crawl_keys, gated):
    limit = 2
    # A small DOWNLOAD_DELAY, not 0: with 0, Scrapy 2.19 on the asyncio reactor hands a slot's whole queue
    # to the download handler at once (Downloader._process_queue schedules tasks that only then count as
    # transferring), so even one worker would exceed its own limit and the control would prove nothing.
    meter = three_workers(tmp_path, redis_url, crawl_keys, gated=gated, articles=60, latency=0.15,
                          CONCURRENT_REQUESTS_PER_DOMAIN=limit, DOWNLOAD_DELAY=0.01)
    print(f"gated={gated}: max in flight per host {dict(meter.max_in_flight)}")
    if gated:
        assert max(meter.max_in_flight.values()) <= limit, meter.max_in_flight
        assert meter.max_in_flight[ARTICLES] == limit  # and the limit is used, not undercut
    else:
        assert meter.max_in_flight[ARTICLES] > limit, meter.max_in_flight  # 3 workers x their own limit


@pytest.mark.parametrize("gated", [True, False], ids=["gate", "control-without-gate"])
def test_cluster_request_rate_per_site_within_one_crawlers_delay(tmp_path, redis_url, crawl_keys, gated):
    delay = 0.2  # one crawler: 5 requests/s to a site
    meter = three_workers(tmp_path, redis_url, crawl_keys, gated=gated, articles=50, latency=0.01,
                          CONCURRENT_REQUESTS_PER_DOMAIN=4, DOWNLOAD_DELAY=delay)
    rate, burst = meter.rate(ARTICLES), meter.max_in_window(ARTICLES, 2.0)
    print(f"gated={gated}: {rate:.2f} requests/s to {ARTICLES} (configured {1 / delay:.2f}/s), "
          f"most starts in 2 s: {burst}")
    if gated:
        assert rate <= 1.25 / delay, rate
        assert burst <= 1.25 * 2.0 / delay + 1, burst
    else:
        assert rate > 1.25 / delay, rate


@pytest.mark.parametrize("gated", [True, False], ids=["gate", "control-without-gate"])
def test_cluster_request_rate_per_site_within_one_crawlers_autothrottle(tmp_path, redis_url, crawl_keys, gated):
    # One crawler's AutoThrottle sends a request every latency / target concurrency seconds: 0.25 s here.
    latency, target = 0.25, 1.0
    meter = three_workers(tmp_path, redis_url, crawl_keys, gated=gated, articles=50, latency=latency,
                          CONCURRENT_REQUESTS_PER_DOMAIN=4, DOWNLOAD_DELAY=0, AUTOTHROTTLE_ENABLED=True,
                          AUTOTHROTTLE_TARGET_CONCURRENCY=target, AUTOTHROTTLE_START_DELAY=latency / target)
    rate, one_crawler = meter.rate(ARTICLES), target / latency
    print(f"gated={gated}: {rate:.2f} requests/s to {ARTICLES} (one crawler's AutoThrottle: {one_crawler:.2f}/s)")
    if gated:
        assert rate <= 1.25 * one_crawler, rate
    else:
        assert rate > 1.25 * one_crawler, rate


def test_a_killed_workers_slots_come_back_when_its_leases_expire(tmp_path, redis_url, crawl_keys):
    """SIGKILL a worker while it holds every slot of the site: the survivors wait for its leases to
    expire (NEWSCRAWL_POLITE_LEASE_TTL), then finish the crawl, never above the limit meanwhile."""
    import signal

    import redis

    from test_redis_cluster import Cluster, assert_exactly_once, finish

    limit, articles = 2, 24
    meter = HostMeter()
    # Slow answers (1 s): the victim cannot release a lease between the check below and its kill.
    routes = meter.wrap_all(wide_site_routes(articles, delay=1.0), hold=listing_url(0))
    client = redis.Redis.from_url(redis_url)
    leases = slot_keys(f"{crawl_keys['prefix']}:polite", ARTICLES)[0]
    with ReplayProxy(routes) as proxy:
        cluster = Cluster(tmp_path, proxy, redis_url, crawl_keys, NEWSCRAWL_POLITE_KEY=f"{crawl_keys['prefix']}:polite",
                          NEWSCRAWL_POLITE_LEASE_TTL=6, CONCURRENT_REQUESTS_PER_DOMAIN=limit, DOWNLOAD_DELAY=0.01)
        # The victim starts alone, so it is the one holding every slot (leases are not handed out
        # fairly: among three racing workers one may never hold both). The survivors start just
        # before the kill and join while its leases are still live.
        workers = {"victim": cluster.start("victim")}
        deadline = time.monotonic() + 120
        while client.hlen(f"{crawl_keys['prefix']}:sindonews:workers") < 1:
            assert time.monotonic() < deadline and workers["victim"].poll() is None, "the victim did not join"
            time.sleep(0.05)
        meter.open.set()
        victim = f"-{workers['victim'].pid}:".encode()
        while True:
            held = client.zrange(leases, 0, -1)
            if len(held) == limit and all(victim in member for member in held):
                break
            assert time.monotonic() < deadline, "the victim never held every slot"
            time.sleep(0.002)
        workers.update({name: cluster.start(name) for name in ("m1", "m2")})
        workers["victim"].send_signal(signal.SIGKILL)
        killed = time.monotonic()
        orphaned = client.zrange(leases, 0, -1)
        results = {name: finish(process) for name, process in workers.items()}
    client.close()
    assert results["victim"][0] == -signal.SIGKILL
    for name in ("m1", "m2"):
        assert results[name][0] == 0, f"{name}: {results[name][1][-3000:]}"
    assert_exactly_once(cluster.emitted(("m1", "m2")), articles)
    assert len(orphaned) == limit and all(victim in member for member in orphaned), orphaned
    # Nothing started on the site until the victim's leases expired (its requests in flight may finish).
    # A request the victim sent as it was killed reaches the server just after: at most `limit` of
    # them, within 0.5 s; anything later is a survivor's.
    sent_as_killed = [t for t in meter.starts[ARTICLES] if killed < t <= killed + 0.5]
    assert len(sent_as_killed) <= limit, sent_as_killed
    gap = [t for t in meter.starts[ARTICLES] if t > killed + 0.5]
    print(f"victim held {len(orphaned)} leases; next start on the site {min(gap) - killed if gap else None:.2f} s "
          f"after the kill; max in flight {dict(meter.max_in_flight)}")
    # Leases live 6 s (renewed every 2 s): nothing may start before ~4 s; the survivors are up in well under that.
    assert gap and min(gap) - killed >= 3.5, (min(gap) - killed) if gap else None
    assert max(meter.max_in_flight.values()) <= limit, meter.max_in_flight


def test_turn_is_fifo_and_survives_a_cancelled_waiter():
    """The per-slot lock (one asker per slot and worker), on an asyncio loop as under Scrapy's reactor."""
    import asyncio

    from newscrawl.politeness import _Turn

    async def scenario() -> list[str]:
        turn, order = _Turn(), []
        gates = {name: asyncio.Event() for name in "abcd"}

        async def ask(name: str) -> None:
            async with turn:
                order.append(name)
                await gates[name].wait()

        tasks = {name: asyncio.create_task(ask(name)) for name in "abcd"}
        await asyncio.sleep(0.01)
        assert order == ["a"]
        tasks["b"].cancel()  # b gives up while queued
        await asyncio.sleep(0.01)
        for name in "acd":
            gates[name].set()
            await asyncio.sleep(0.01)
        await asyncio.wait_for(asyncio.gather(tasks["a"], tasks["c"], tasks["d"]), 5)  # a stuck lock: TimeoutError
        assert tasks["b"].cancelled() and not turn._busy and not turn._waiters
        return order

    assert asyncio.run(scenario()) == ["a", "c", "d"]  # FIFO, b skipped, the lock free at the end


def test_a_download_longer_than_the_lease_ttl_keeps_its_lease(tmp_path, redis_url, crawl_keys):
    """Leases of in-flight requests are renewed every ttl/3: a download slower than the TTL keeps its slot
    from the other workers. (The renewer returned a Deferred to Scrapy's looping call, which stopped it on
    its first tick: every lease expired mid-download and the other workers started on the same host.)"""
    # One request at a time per worker, so the other two wait at the gate with theirs; one slot for the
    # whole cluster (the worker holding it may well fetch most articles).
    meter = three_workers(tmp_path, redis_url, crawl_keys, gated=True, articles=8, latency=1.6, spread=False,
                          CONCURRENT_REQUESTS=1, CONCURRENT_REQUESTS_PER_DOMAIN=1, DOWNLOAD_DELAY=0.01,
                          NEWSCRAWL_POLITE_LEASE_TTL=1)
    assert meter.max_in_flight[ARTICLES] == 1, meter.max_in_flight
