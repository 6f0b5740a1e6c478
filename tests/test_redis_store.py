"""The Redis seen-store against a real Redis: the SQLite store's behaviour, atomic fenced commits,
the store factory, recovery that leaves a live worker's .part alone, and the dupefilter fingerprint."""
from __future__ import annotations

import fcntl
import logging
from dataclasses import dataclass
from pathlib import Path

import pytest
from scrapy import Request
from scrapy.settings import Settings
from scrapy.utils.test import get_crawler

from newscrawl.cluster import RedisDupeFilter
from newscrawl.output import recover
from newscrawl.state import (Check, Emission, LeaseLost, RedisSeenStore, SeenStore, article_key, open_seen_store,
                             redis_client)
from redis_helpers import crawl_keys, redis_url  # noqa: F401  (fixtures)


def emission(url: str, digest: str = "h1", published: float | None = 1_000.0, site: str = "s",
             article_id: str | None = None) -> Emission:
    return Emission(key=article_key(site, article_id, url), url=url, site=site, article_id=article_id,
                    content_hash=digest, updated_at=None, published_ts=published)


@pytest.fixture
def client(redis_url):
    client = redis_client(redis_url, 5.0)
    yield client
    client.close()


@pytest.fixture
def store(client, crawl_keys):
    return RedisSeenStore(client, crawl_keys["NEWSCRAWL_REDIS_STORE_KEY"])


def test_store_finds_an_article_by_key_or_by_any_url_it_was_emitted_under(store, tmp_path):
    store.commit_run("r1", "s", tmp_path / "a.part", tmp_path / "a",
                     [emission("https://x/read/7/a", article_id="7"), emission("https://x/b")])
    assert store.find("s#7", "https://m.x/read/7/a?utm_source=z").url == "https://x/read/7/a"
    assert store.find(None, "http://x/read/7/a?fbclid=1").key == "s#7"
    assert store.find(None, "https://x/b").key == "https://x/b"
    assert store.find("s#8", "https://x/read/8/c") is None


def test_checks_are_stored_with_their_validators(store, tmp_path):
    store.commit_run("r1", "s", tmp_path / "a.part", tmp_path / "a", [emission("https://x/a")], now=10.0)
    key = store.find(None, "https://x/a").key
    assert store.get(key).last_checked is None
    store.record_checks([Check(key, 20.5, '"v1"', "Wed, 19 Jun 2024 02:00:00 GMT")])
    seen = store.get(key)
    assert (seen.last_checked, seen.etag, seen.last_modified) == (20.5, '"v1"', "Wed, 19 Jun 2024 02:00:00 GMT")
    assert seen.content_hash == "h1" and seen.last_emitted == 10.0


def test_an_article_record_keeps_the_8_fields_every_version_reads(store, client, tmp_path):
    """(h89 R-B) Workers of several versions share one Redis store in a rolling upgrade: older ones unpack exactly 8
    fields of a record (a 9th gave a ValueError traceback for every article). published_at as emitted lives in its own
    hash; a record of 9 (the one version that kept it there) is read, and put back to 8 when committed again."""
    import json
    from dataclasses import replace

    store.commit_run("r1", "s", tmp_path / "1.part", tmp_path / "1",
                     [replace(emission("https://x/a"), published_at="2024-06-19T09:02:00+07:00")], now=10.0)
    key = store.find(None, "https://x/a").key
    assert len(json.loads(client.hget(store.articles_key, key))) == 8
    assert store.get(key).published_at == "2024-06-19T09:02:00+07:00"
    assert store.recent("s", 0.0)[0].published_at == "2024-06-19T09:02:00+07:00"
    # A record as the one version wrote it (9 fields, no side hash), and one written before published_at was kept.
    nine = [*json.loads(client.hget(store.articles_key, key)), "2024-06-19T09:01:00+07:00"]
    client.hset(store.articles_key, key, json.dumps(nine))
    client.hdel(store.published_key, key)
    assert store.get(key).published_at == "2024-06-19T09:01:00+07:00"
    store.commit_run("r2", "s", tmp_path / "2.part", tmp_path / "2", [emission("https://x/a", "h2")], now=20.0)
    assert len(json.loads(client.hget(store.articles_key, key))) == 8
    assert store.get(key).published_at == "2024-06-19T09:01:00+07:00"
    store.commit_run("r3", "s", tmp_path / "3.part", tmp_path / "3", [emission("https://x/b")], now=30.0)
    assert store.get(store.find(None, "https://x/b").key).published_at is None


def test_commit_updates_hash_keeps_first_seen_and_counts_per_site(store, tmp_path):
    store.commit_run("r1", "s", tmp_path / "1.part", tmp_path / "1", [emission("https://x/a", "h1")], now=10.0)
    store.commit_run("r2", "s", tmp_path / "2.part", tmp_path / "2",
                     [emission("https://x/a", "h2", published=None), emission("https://y/b", site="t")], now=20.5)
    seen = store.get("https://x/a")
    assert (seen.content_hash, seen.last_emitted, seen.published_ts) == ("h2", 20.5, 1_000.0)  # published kept
    assert store.get("https://x/none") is None
    assert (store.count(), store.count("s"), store.count("t"), store.count("u")) == (2, 1, 1, 0)
    assert store.urls() == {"https://x/a", "https://y/b"}


@pytest.mark.parametrize("committed", [True, False])
def test_recover_rolls_committed_forward_and_discards_the_rest(store, tmp_path, committed):
    site_dir = tmp_path / "output" / "s"
    site_dir.mkdir(parents=True)
    part, final = site_dir / "run.jsonl.part", site_dir / "run.jsonl"
    part.write_text('{"url": "https://x/a"}\n')
    if committed:
        store.commit_run("run", "s", part, final, [emission("https://x/a")])
    settled = recover(tmp_path / "output", store)
    assert not part.exists() and final.exists() is committed
    assert settled == ({"rolled_forward": 1, "discarded": 0} if committed else {"rolled_forward": 0, "discarded": 1})
    assert store.committed_run_for(part) is None  # completed, or never committed


def test_recover_leaves_a_moved_committed_chunk_alone_and_heals_a_stuck_record(store, tmp_path, caplog):
    """(h134 H1, h138 c7) The site's folder moved aside between a chunk's commit and its rename: the moved .part is
    left alone (never finished into output/s/ nor deleted: a backup's stale copy would be a duplicate), said once
    (marked missing), completed once put back where it was written; a stuck 'committed' record whose file is in place
    is marked completed."""
    home, moved = tmp_path / "output" / "s", tmp_path / "output" / "s.moved"
    store.commit_run("run-003", "s", home / "run-003.jsonl.part", home / "run-003.jsonl", [emission("https://x/a")])
    store.commit_run("run-004", "s", home / "run-004.jsonl.part", home / "run-004.jsonl", [emission("https://x/b")])
    home.mkdir(parents=True)
    (home / "run-004.jsonl").write_text('{"url": "https://x/b", "site": "s"}\n')
    moved.mkdir(parents=True)
    (moved / "run-003.jsonl.part").write_text('{"url": "https://x/a", "site": "s"}\n')
    with caplog.at_level(logging.WARNING, logger="newscrawl.output"):
        assert recover(tmp_path / "output", store) == {"rolled_forward": 0, "discarded": 0}
    assert not (home / "run-003.jsonl").exists() and (moved / "run-003.jsonl.part").exists()
    [line] = [r.getMessage() for r in caplog.records]
    assert "run-003" in line and "missing" in line and str(moved / "run-003.jsonl.part") in line, line
    assert store.recorded_run("run-003", "s")[0] == "missing" and store.committed_runs() == []
    moved.rename(home / "moved")
    (home / "moved" / "run-003.jsonl.part").rename(home / "run-003.jsonl.part")  # put back where it was written
    assert recover(tmp_path / "output", store) == {"rolled_forward": 1, "discarded": 0}
    assert store.recorded_run("run-003", "s")[0] == "completed" and (home / "run-003.jsonl").exists()
    assert store.recorded_run("run-004", "s") == ("completed", home / "run-004.jsonl.part", home / "run-004.jsonl")


@pytest.mark.parametrize("kind", ["sqlite", "redis"])
def test_recover_leaves_a_part_in_use_by_a_live_worker_alone(tmp_path, kind, redis_url, crawl_keys):
    """Several workers on one machine share the output folder: a starting worker must not delete
    the .part another worker is writing (it holds an flock on it for the run's life)."""
    settings = Settings({"NEWSCRAWL_STATE_PATH": str(tmp_path / "state" / "seen.sqlite3"),
                         "NEWSCRAWL_REDIS_URL": redis_url if kind == "redis" else None,
                         "NEWSCRAWL_REDIS_STORE_KEY": crawl_keys["NEWSCRAWL_REDIS_STORE_KEY"]})
    store = open_seen_store(settings)
    assert isinstance(store, RedisSeenStore if kind == "redis" else SeenStore)
    site_dir = tmp_path / "output" / "s"
    site_dir.mkdir(parents=True)
    live, dead = site_dir / "live.jsonl.part", site_dir / "dead.jsonl.part"
    dead.write_text("{}\n")
    with open(live, "wb") as held:
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)
        assert recover(tmp_path / "output", store) == {"rolled_forward": 0, "discarded": 1}
        assert live.exists() and not dead.exists()
    assert recover(tmp_path / "output", store) == {"rolled_forward": 0, "discarded": 1}  # its owner is gone now
    store.close()


@dataclass
class FakeLease:
    worker_id: str
    workers_key: str
    claims_key: str
    emitted_key: str = ""
    lost: bool = False

    def check(self) -> None:
        if self.lost:
            raise LeaseLost("stopped")

    def releasable(self) -> list[str]:
        return []

    def released(self, tokens: list[str] | None) -> None:
        pass


def test_commit_is_fenced_by_the_lease_and_releases_the_claims(client, crawl_keys, tmp_path):
    prefix = crawl_keys["prefix"]
    lease = FakeLease("w1", f"{prefix}:sindonews:workers", f"{prefix}:sindonews:claims:w1", f"{prefix}:sindonews:emitted")
    store = RedisSeenStore(client, crawl_keys["NEWSCRAWL_REDIS_STORE_KEY"], lease=lambda: lease)
    client.hset(lease.workers_key, "w1", "busy")
    client.hset(lease.claims_key, mapping={"0": b"0 req-a", "1": b"0 req-b", "2": b"0 req-in-flight"})
    store.commit_run("w1", "sindonews", tmp_path / "0.part", tmp_path / "0", [], release=["0", "1"])
    assert client.hkeys(lease.claims_key) == [b"2"]  # only the claims whose requests are done go
    store.commit_run("w1", "sindonews", tmp_path / "1.part", tmp_path / "1", [emission("https://x/a")])
    assert store.count() == 1 and not client.exists(lease.claims_key)

    # Revoked (another worker requeued this one's claims): the commit writes nothing at all.
    client.hset(lease.claims_key, "2", b"0 req-c")
    client.hdel(lease.workers_key, "w1")
    with pytest.raises(LeaseLost):
        store.commit_run("w1", "sindonews", tmp_path / "2.part", tmp_path / "2", [emission("https://x/b")])
    assert store.count() == 1 and store.committed_run_for(tmp_path / "2.part") is None
    assert client.hlen(lease.claims_key) == 1

    # A worker that saw Redis fail mid-run refuses locally, before touching Redis.
    client.hset(lease.workers_key, "w1", "busy")
    lease.lost = True
    with pytest.raises(LeaseLost):
        store.commit_run("w1", "sindonews", tmp_path / "3.part", tmp_path / "3", [emission("https://x/c")])
    assert store.get("https://x/a") is None  # reads stop asking Redis; nothing is committed any more
    assert store.count() == 1


def test_commit_drops_an_article_another_worker_emitted_in_the_same_crawl(client, crawl_keys, tmp_path):
    """Two workers fetched one article under two URL forms; the first commit wins, the second drops
    its copy (returned, so its line is dropped from the output) and records nothing for it."""
    prefix = crawl_keys["prefix"]
    leases = {w: FakeLease(w, f"{prefix}:c:workers", f"{prefix}:c:claims:{w}", f"{prefix}:c:emitted") for w in ("a", "b")}
    stores = {w: RedisSeenStore(client, crawl_keys["NEWSCRAWL_REDIS_STORE_KEY"], lease=leases[w]) for w in leases}
    client.hset(f"{prefix}:c:workers", mapping={"a": "busy", "b": "busy"})
    www = emission("https://www.x/read/7/a", "h1", article_id="7")
    mobile = emission("https://m.x/read/7/a", "h1", article_id="7")
    assert stores["a"].commit_run("a", "s", tmp_path / "a.part", tmp_path / "a", [www]) == []
    assert stores["b"].commit_run("b", "s", tmp_path / "b.part", tmp_path / "b",
                                  [mobile, emission("https://x/other")]) == ["s#7"]
    assert stores["b"].committed_run_for(tmp_path / "b.part")[3] == ["s#7"]  # recovery drops it too
    assert stores["a"].get("s#7").url == "https://www.x/read/7/a" and stores["a"].count("s") == 2
    # Without a crawl (no lease: a single machine), a later run's emission is an update, never dropped.
    plain = RedisSeenStore(client, crawl_keys["NEWSCRAWL_REDIS_STORE_KEY"])
    assert plain.commit_run("r", "s", tmp_path / "r.part", tmp_path / "r", [mobile]) == []


def test_open_seen_store_is_sqlite_without_redis(tmp_path):
    store = open_seen_store(Settings({"NEWSCRAWL_STATE_PATH": str(tmp_path / "seen.sqlite3")}))
    assert isinstance(store, SeenStore)
    store.close()


def test_dupefilter_uses_scrapys_request_fingerprinter(client, crawl_keys):
    from newscrawl.spiders.sindonews import SindonewsSpider

    crawler = get_crawler(SindonewsSpider)
    dupefilter = RedisDupeFilter(client, f"{crawl_keys['prefix']}:df", fingerprinter=crawler.request_fingerprinter)
    request = Request("https://nasional.sindonews.com/read/1/12/a-1?b=2&a=1#frag")
    assert dupefilter.request_fingerprint(request) == crawler.request_fingerprinter.fingerprint(request).hex()
    assert not dupefilter.request_seen(request)
    assert dupefilter.request_seen(Request("https://nasional.sindonews.com/read/1/12/a-1?a=1&b=2"))
    dupefilter.close("finished")  # a worker's close never deletes the shared fingerprints
    assert client.scard(dupefilter.key) == 1


def test_queued_requests_keep_callbacks_and_state_across_workers(client, crawl_keys):
    """A request goes through Redis as JSON and may be fetched by another worker: a multi-page
    article's next page carries the first page's fields in cb_kwargs (plain data, spiders/base.py)."""
    from dataclasses import asdict

    from newscrawl.cluster import CLAIM, ClaimingQueue
    from newscrawl.extract import RawArticle
    from newscrawl.spiders.sindonews import SindonewsSpider

    spider = SindonewsSpider()
    queue = ClaimingQueue(server=client, spider=spider, key=f"{crawl_keys['prefix']}:q")
    raw = RawArticle(url="https://x/1", title="Judul", published=["Rabu, 19 Juni 2024 - 09:00 WIB"], body=["a", "b"])
    request = Request("https://x/1?page=2", method="POST", body=b"\x00\xffq=1", headers={"X-A": "b"},
                      callback=spider.parse_next_page, errback=spider.pages_failed, priority=3,
                      cb_kwargs={"raw": asdict(raw), "pending": ["https://x/1?page=3"], "day": "2024-06-19"},
                      meta={CLAIM: "7", "newscrawl_discovered": True})
    encoded = queue.encode(request)
    assert encoded.startswith(b"{") and b"pickle" not in encoded  # JSON, not pickle
    back = queue.decode(b"0" * 16 + encoded)
    assert (back.url, back.priority, back.callback, back.errback) == (request.url, 3, request.callback, request.errback)
    assert (back.method, back.body, back.headers.getlist("X-A")) == ("POST", b"\x00\xffq=1", [b"b"])
    assert back.cb_kwargs == request.cb_kwargs and RawArticle(**back.cb_kwargs["raw"]) == raw
    assert CLAIM not in back.meta and back.meta["newscrawl_discovered"] is True  # a claim never travels


def test_request_json_refuses_what_is_not_plain_data_and_foreign_classes(client, crawl_keys):
    import json as json_
    import pickle
    from datetime import date

    from newscrawl.cluster import ClaimingQueue
    from newscrawl.requestjson import UnsafeRequest
    from newscrawl.spiders.sindonews import SindonewsSpider

    spider = SindonewsSpider()
    queue = ClaimingQueue(server=client, spider=spider, key=f"{crawl_keys['prefix']}:q")
    with pytest.raises(TypeError, match="https://x/1 cannot be queued"):
        queue.encode(Request("https://x/1", cb_kwargs={"day": date(2024, 6, 19)}))
    stored = json_.loads(queue.encode(Request("https://x/2")))
    for name in ("os.system", "subprocess.Popen", "scrapy.http.Response"):
        with pytest.raises(UnsafeRequest):
            queue.decode(b"0" * 16 + json_.dumps({**stored, "_class": name}).encode())
    with pytest.raises(ValueError):  # a pickled request (what scrapy-redis stores by default) is never loaded
        queue.decode(b"0" * 16 + pickle.dumps(stored))


def test_cluster_cli_status_and_cleanup(client, redis_url, crawl_keys, capsys):
    """`python -m newscrawl.cluster status|cleanup`: progress of a crawl; cleanup refuses while a live
    worker is registered, then deletes the crawl's keys and keeps the seen-store."""
    import json as json_

    from newscrawl.cluster import main

    key, store_key = f"{crawl_keys['prefix']}:sindonews", crawl_keys["NEWSCRAWL_REDIS_STORE_KEY"]
    client.zadd(f"{key}:requests", {b"0000000000000001req": 0})
    client.sadd(f"{key}:dupefilter", "a" * 40, "b" * 40)
    client.hset(f"{key}:workers", "w1", "busy")
    client.hset(f"{key}:claims:w1", "0", b"0 req")
    client.set(f"{key}:alive:w1", 1, px=60_000)
    client.hset(f"{store_key}:sites", "sindonews", 5)
    args = ["--spider", "sindonews", "--redis", redis_url, "--key", f"{crawl_keys['prefix']}:%(spider)s",
            "--store-key", store_key]
    assert main(["status", *args]) == 0
    status = json_.loads(capsys.readouterr().out)
    assert (status["queued"], status["fingerprints"], status["seen_articles_site"]) == (1, 2, 5)
    assert status["workers"]["w1"]["state"] == "busy" and status["workers"]["w1"]["claimed"] == 1
    assert main(["cleanup", *args]) == 2 and client.exists(f"{key}:requests")
    client.delete(f"{key}:alive:w1")  # the worker died
    assert main(["cleanup", *args]) == 0
    assert list(client.scan_iter(match=f"{key}:*")) == [] and client.exists(f"{store_key}:sites")


def test_cluster_cli_with_redis_down_says_so_in_one_line(capsys):
    from newscrawl.cluster import main
    from redis_helpers import free_port

    assert main(["status", "--spider", "sindonews", "--redis", f"redis://:secret@127.0.0.1:{free_port()}/0"]) == 1
    out, err = capsys.readouterr()
    assert out == "" and len(err.strip().splitlines()) == 1, err
    assert "unreachable" in err and "secret" not in err and "Traceback" not in err
