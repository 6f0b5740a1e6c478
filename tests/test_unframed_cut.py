"""A page whose length nobody announced (no Content-Length, no chunked encoding: HTTP/1.0's framing, a server
streaming its page and closing the connection to end it) can be cut short by a close mid-body that no client tells
from the page's end: Twisted flags every such response "partial" (PotentialDataLoss). An HTML page so framed
without its document end (</body> or </html>) is fetched again (middlewares.DocumentEndMiddleware): a second copy
byte for byte the same is the page as the site serves it; a copy still cut after the retries fails the request as
cut_short, never emitted with half its story, never stored as done (the next run asks again)."""
from __future__ import annotations

import pytest

from conftest import completed_items, run_cron
from replay import Route
from synthetic_site import DAY, article_html, article_url, site_routes

from newscrawl.middlewares import document_end_missing

WINDOW = ("--spiders", "sindonews", "--since", DAY, "--until", DAY)


@pytest.mark.parametrize("body, missing", [
    (b"<html><body><p>a</p></body></html>", False),
    (b"<HTML><BODY><p>a</p></BODY></HTML>\n\n", False),
    (b"<html><body><p>a</p></body>", False),  # no </html>: many templates end so
    (b"<html><body><p>a</p></html><!-- cache 0.2s -->", False),  # a comment after the end
    (b"<html><body><p>a</p><p>the story goes on and is cut he", True),
    (b"<html><body><p>a</p><div>" + b"x" * 200_000, True),
    (b"", True),
    # the end tag far before the body's end: a second document glued on (a CMS's debug dump) still ends
    (b"<html><body><p>a</p></body></html>" + b"<p>debug</p>" * 10_000, False),
])
def test_document_end_missing(body: bytes, missing: bool) -> None:
    assert document_end_missing(body) is missing


def test_an_unframed_page_cut_short_is_retried_and_never_emitted_cut(tmp_path) -> None:
    routes = site_routes(5)
    body = article_html(2).encode()
    # a clean close in the middle of the story's text, every time: no copy is whole
    cut = body.index(b"Paragraf 3") + 30
    routes[article_url(2)] = Route(body, unframed=True, cut_after=cut)
    # the other articles unframed but whole: read once each, emitted
    for number in (1, 3):
        routes[article_url(number)] = Route(article_html(number).encode(), unframed=True)
    result = run_cron(routes, tmp_path, *WINDOW)
    site = result.summary["sites"]["sindonews"]
    assert site["items_emitted"] == 4, site
    assert site["health"]["failed_requests"]["article"] == {"cut_short": 1}, site
    assert result.returncode == 0, result.stdout + result.stderr
    # asked once and retried RETRY_TIMES (1 in the tests' runs), then failed; the whole unframed pages once each
    assert sum(1 for _, url, _ in result.hits if url == article_url(2)) == 2, result.hits
    assert sum(1 for _, url, _ in result.hits if url == article_url(1)) == 1, result.hits


def test_an_unframed_page_that_never_closes_its_body_is_read_from_two_same_copies(tmp_path) -> None:
    """A template that ends without </body></html> (1 of the 48 saved real pages), served unframed: fetched twice,
    the copies are the same and end with a tag, so it is the page: emitted whole."""
    routes = site_routes(3)
    html = article_html(2)
    body = html[:html.lower().rindex("</body>")].rstrip().encode()
    assert body.endswith(b">")
    routes[article_url(2)] = Route(body, unframed=True)
    result = run_cron(routes, tmp_path, *WINDOW)
    site = result.summary["sites"]["sindonews"]
    assert site["items_emitted"] == 3 and not site["health"]["failed_requests"]["article"], site
    assert sum(1 for _, url, _ in result.hits if url == article_url(2)) == 2, result.hits


def test_an_unframed_page_cut_short_is_asked_again_next_run(tmp_path) -> None:
    """Never stored as done: the next run, the page whole, emits it, and only it."""
    routes = site_routes(3)
    body = article_html(2).encode()
    routes[article_url(2)] = Route(body, unframed=True, cut_after=body.index(b"Paragraf 3") + 30)
    first = run_cron(routes, tmp_path, *WINDOW)
    assert first.summary["sites"]["sindonews"]["items_emitted"] == 2, first.summary
    routes[article_url(2)] = Route(body, unframed=True)
    second = run_cron(routes, tmp_path, *WINDOW)
    assert second.summary["sites"]["sindonews"]["items_emitted"] == 1, second.summary
    emitted = [item for item in completed_items(tmp_path) if item["url"] == article_url(2)]
    assert len(emitted) == 1 and len(emitted[0]["body"]) == 6, emitted
