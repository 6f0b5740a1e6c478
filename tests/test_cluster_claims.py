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
