"""When a popped claim may be released by a chunk commit (newscrawl/cluster.py ClaimTracker): only once
its response's callback output ended and every item it yielded left the pipelines. Releasing earlier
would lose the article if the worker died before the chunk holding it committed."""
from __future__ import annotations

from types import SimpleNamespace

import pytest
from scrapy import Request
from scrapy.http import HtmlResponse

from newscrawl import cluster
from newscrawl.cluster import CLAIM, ClaimTokenMiddleware, ClaimTracker
from redis_helpers import crawl_keys, redis_url  # noqa: F401  (fixtures)

# (events in order, claims done afterwards) for claims "a" and "b", both popped first.
CASES = [
    ([], []),
    ([("parsed", "a")], ["a"]),
    ([("item_out", "a"), ("parsed", "a")], []),  # its item is still in the pipelines
    ([("item_out", "a"), ("parsed", "a"), ("item_done", "a")], ["a"]),
    ([("item_out", "a"), ("item_done", "a")], []),  # the callback may yield more
    ([("item_out", "a"), ("item_out", "a"), ("parsed", "a"), ("item_done", "a")], []),
    ([("item_out", "a"), ("item_out", "a"), ("parsed", "a"), ("item_done", "a"), ("item_done", "a")], ["a"]),
    ([("parsed", "a"), ("item_out", "b"), ("parsed", "b")], ["a"]),
    ([("forget", "a")], ["a"]),  # released or handed over: nothing more to wait for
]


@pytest.mark.parametrize("events, done", CASES)
def test_a_claim_is_done_only_after_its_output_and_items(events, done):
    tracker = ClaimTracker()
    tracker.popped("a")
    tracker.popped("b")
    for event, token in events:
        getattr(tracker, event)([token] if event == "forget" else token)
    assert tracker.done(["a", "b"]) == done


class _Crawler:
    """Weak-referenceable stand-in for the crawler (the key of cluster._SCHEDULERS)."""


def test_the_middleware_counts_items_and_ends_parsing_even_when_the_callback_raises():
    crawler, tracker = _Crawler(), ClaimTracker()
    cluster._SCHEDULERS[crawler] = SimpleNamespace(tracker=tracker)
    middleware = ClaimTokenMiddleware.from_crawler(crawler)
    request = Request("https://www.contoh.id/a", meta={CLAIM: "7"})
    response = HtmlResponse(request.url, body=b"<html></html>", request=request)
    tracker.popped("7")

    def callback():
        yield {"url": request.url}
        yield Request("https://www.contoh.id/b", meta=dict(response.meta))  # copied meta: new work, no claim
        raise ValueError("a callback error after one item")

    output = middleware.process_spider_output(response, callback())
    item = next(output)
    assert tracker.done(["7"]) == []
    follow = next(output)
    assert CLAIM not in follow.meta
    with pytest.raises(ValueError):
        next(output)
    assert tracker.done(["7"]) == []  # parsed, but its item is still in the pipelines
    tracker.item_done("7")
    assert item and tracker.done(["7"]) == ["7"]


def test_a_worker_whose_last_pop_went_unanswered_never_closes():
    """A pop whose reply was lost (Redis slow under load) may have claimed a request under the current
    token; only the next pop, with that token, hands it over. A worker that went idle then must not close:
    it would leave that request claimed and never fetched (the crawl's keys were left behind)."""
    from scrapy.exceptions import DontCloseSpider

    from newscrawl.cluster import ClusterScheduler

    scheduler = ClusterScheduler.__new__(ClusterScheduler)
    nudges: list[int] = []
    answers = iter([(False, None), (True, None)])  # unanswered, then answered: the queue is empty
    vars(scheduler).update(failed=False, _idle_check=None, _token=0, _pop_unanswered=False, _pop=None,
                           _flush_unsent=lambda: True, _schedule_nudge=lambda: nudges.append(1),
                           _try=lambda call: next(answers), queue=SimpleNamespace(key="q"), claims_key="c",
                           workers_key="w", worker_id="me")
    assert scheduler.next_request() is None and scheduler._pop_unanswered
    with pytest.raises(DontCloseSpider):
        scheduler._spider_idle(None)
    assert nudges == [1]
    assert scheduler.next_request() is None and not scheduler._pop_unanswered  # the retry answered: may close


class QueueEmptyLease:
    """A worker's lease as the cluster scheduler is one: it has a length (its queue), 0 once the crawl's
    queue is empty, so it is falsy then. It holds claim "7", whose item missed the last chunk commit."""

    def __init__(self) -> None:
        self.released_tokens: list[list[str] | None] = []

    def __len__(self) -> int:
        return 0

    def check(self) -> None:
        pass

    def publish_discovery(self) -> None:
        pass

    def releasable(self, idle: bool = False) -> list[str]:
        return ["7"] if idle else []

    def released(self, tokens: list[str] | None) -> None:
        self.released_tokens.append(tokens)


def test_an_idle_commit_releases_the_last_claim_when_the_queue_is_empty(tmp_path):
    """Seen as a distributed crawl that never ended: each worker kept the claim of its last request (its
    item had missed the last chunk), the idle commit was skipped because the lease was falsy, and every
    worker waited on the others' claims for ever."""
    from inprocess import build_crawler
    from newscrawl.output import RunOutputPipeline
    from newscrawl.state import worker_link

    crawler = build_crawler("sindonews", {"NEWSCRAWL_RUN_ID": "r1", "NEWSCRAWL_OUTPUT_DIR": str(tmp_path / "out"),
                                          "NEWSCRAWL_STATE_PATH": str(tmp_path / "seen.sqlite3")})
    lease = QueueEmptyLease()
    worker_link(crawler).lease = lease
    pipeline = RunOutputPipeline.from_crawler(crawler)
    pipeline.open_spider()
    try:
        done = []
        pipeline.commit_now("idle").addCallback(done.append)
        assert done and lease.released_tokens == [["7"]]
    finally:
        pipeline.file.close()
        pipeline.store.close()


# ---- the frontier's scripts under a slow Redis (a reply lost, the command run anyway or late) ----------

@pytest.fixture
def client(redis_url, crawl_keys):
    from newscrawl.state import redis_client

    client = redis_client(redis_url, 5.0)
    yield client
    for key in client.scan_iter(f"{crawl_keys['prefix']}:*"):
        client.delete(key)
    client.close()


def test_a_push_sent_again_after_a_lost_reply_is_queued_once(client, crawl_keys):
    """A later page's request is dont_filter (the dupefilter must not stop it): its push still carries an
    id of its own, so sending it again after a lost reply does not queue it twice (fetched twice)."""
    prefix = crawl_keys["prefix"]
    enqueue = client.register_script(cluster._ENQUEUE_LUA)
    keys = [f"{prefix}:df", f"{prefix}:queue", f"{prefix}:claims:w", f"{prefix}:seq"]
    assert enqueue(keys=keys, args=["push:1", b"{page 3}", 0, ""]) == 1
    assert enqueue(keys=keys, args=["push:1", b"{page 3}", 0, ""]) == 0  # the resend: already queued
    assert enqueue(keys=keys, args=["push:2", b"{page 3}", 0, ""]) == 1  # another push of it is new work
    assert client.zcard(keys[1]) == 2


def test_a_dont_filter_request_is_pushed_under_an_id_of_its_own():
    """The id the Lua above dedupes resends by: one per push (a dont_filter request has no fingerprint)."""
    later_page = Request("https://x.id/read/1/a/2", dont_filter=True)
    first, second = (cluster.push_fingerprint(later_page, lambda r: "fp") for _ in range(2))
    assert first.startswith("push:") and second.startswith("push:") and first != second
    assert cluster.push_fingerprint(Request("https://x.id/read/1/a"), lambda r: "fp") == "fp"


def test_an_idle_worker_requeues_a_claim_under_a_spent_token(client, crawl_keys):
    """A pop that ran late (after the next pop with its token was answered and released) claims a request
    under a spent token: nobody would fetch it, and its worker would count as busy for ever."""
    prefix = crawl_keys["prefix"]
    orphans = client.register_script(cluster._ORPHANS_LUA)
    claims, queue = f"{prefix}:claims:w", f"{prefix}:queue"
    client.hset(claims, mapping={"3": b"-1 held-in-flight", "4": b"-2 orphan", "9": b"-3 current-pop"})
    assert orphans(keys=[claims, queue], args=[9, '["3"]']) == 1
    assert sorted(client.hkeys(claims)) == [b"3", b"9"]  # held, and the token the next pop asks with
    assert client.zrange(queue, 0, -1, withscores=True) == [(b"orphan", -2.0)]
    assert orphans(keys=[claims, queue], args=[9, '["3"]']) == 0
