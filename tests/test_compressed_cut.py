"""A page sent compressed (Content-Encoding gzip, deflate, br, zstd) whose compressed stream ends before its end: the
HTTP framing is whole (an origin's gzip writer died under a proxy that closed its chunked answer cleanly, a cache that
stored a cut object), so Scrapy reads no data loss, and its HttpCompressionMiddleware unpacks whatever came. h263 S17:
two articles cut at 85 % and 95 % of their gzip stream were emitted "whole", the last paragraph ending mid-word,
"0 requests failed". middlewares.CompressedStreamEndMiddleware fetches such a page again, then fails it as cut_short
(never emitted cut, never stored as done: the next run asks again); a stream without its end whose page still holds
its document's end (a server that never writes gzip's trailer, which browsers forgive) is read."""
from __future__ import annotations

import gzip
import tracemalloc
import zlib

import brotli
import pytest

from conftest import completed_items, run_cron
from replay import Route
from synthetic_site import DAY, article_html, article_url, site_routes

from newscrawl.middlewares import compressed_stream_ended

try:
    from compression import zstd  # type: ignore[import-not-found]
except ImportError:
    from backports import zstd  # type: ignore[import-not-found,no-redef]

PAGE = article_html(7, paragraphs=30).encode()
WINDOW = ("--spiders", "sindonews", "--since", DAY, "--until", DAY)


def raw_deflate(data: bytes) -> bytes:
    packer = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    return packer.compress(data) + packer.flush()


def gzip_without_trailer(data: bytes) -> bytes:
    return gzip.compress(data)[:-8]  # the CRC and the length: the story's bytes all there


@pytest.mark.parametrize("encoding, body, expected", [
    (b"gzip", gzip.compress(PAGE), (True, PAGE)),
    (b"x-gzip", gzip.compress(PAGE), (True, PAGE)),
    (b"GZIP ", gzip.compress(PAGE), (True, PAGE)),
    (b"gzip", gzip.compress(PAGE)[: len(gzip.compress(PAGE)) * 85 // 100], False),
    # only the trailer missing (a server that never writes it): the deflate data ended, the page is whole (h272 R2)
    (b"gzip", gzip_without_trailer(PAGE), (True, PAGE)),
    (b"gzip", gzip_without_trailer(PAGE)[:-3], False),
    (b"gzip", gzip.compress(PAGE)[:-9], False),
    (b"deflate", zlib.compress(PAGE), (True, PAGE)),
    (b"deflate", raw_deflate(PAGE), (True, PAGE)),
    (b"deflate", zlib.compress(PAGE)[:-400], False),
    (b"br", brotli.compress(PAGE), (True, PAGE)),
    (b"br", brotli.compress(PAGE)[:-30], False),
    (b"zstd", zstd.compress(PAGE), (True, PAGE)),
    (b"zstd", zstd.compress(PAGE)[:-30], False),
    # not such a stream: a false Content-Encoding over plain markup (FalseEncodingMiddleware reads it), garbage
    (b"gzip", PAGE, None),
    (b"gzip", b"\x1f\x8b\x08garbage", None),
    (b"br", b"not brotli at all", None),
    # not told here: no or another encoding, several
    (None, PAGE, None),
    (b"identity", PAGE, None),
    (b"gzip, br", brotli.compress(gzip.compress(PAGE)), None),
])
def test_compressed_stream_ended(encoding, body, expected) -> None:
    got = compressed_stream_ended(encoding, body)
    if expected is False:
        assert got is not None and got[0] is False and PAGE.startswith(got[1]), got and got[0]
    else:
        assert got == expected


def test_unpacking_past_the_size_limit_is_left_to_scrapy() -> None:
    assert compressed_stream_ended(b"gzip", gzip.compress(b"x" * 5_000_000), max_size=1_000_000) is None


def test_a_page_whose_gzip_stream_is_cut_is_retried_then_failed_as_cut_short(tmp_path) -> None:
    routes = site_routes(5)
    headers = {"Content-Encoding": "gzip", "Content-Type": "text/html; charset=utf-8"}
    story = article_html(2, paragraphs=30).encode()
    packed = gzip.compress(story)
    routes[article_url(2)] = Route(packed[: len(packed) * 85 // 100], headers=headers)  # cut inside the story
    # gzip without its trailer, the page whole: read (a careless server, not a cut)
    routes[article_url(3)] = Route(gzip_without_trailer(article_html(3).encode()), headers=headers)
    # whole gzip: read as always
    routes[article_url(4)] = Route(gzip.compress(article_html(4).encode()), headers=headers)
    result = run_cron(routes, tmp_path, *WINDOW)
    site = result.summary["sites"]["sindonews"]
    assert site["items_emitted"] == 4, site
    assert site["health"]["failed_requests"]["article"] == {"cut_short": 1}, site
    # asked once and retried RETRY_TIMES (1 in the tests' runs), then failed; the others once each
    assert sum(1 for _, url, _ in result.hits if url == article_url(2)) == 2, result.hits
    assert sum(1 for _, url, _ in result.hits if url == article_url(3)) == 1, result.hits
    emitted = {item["url"] for item in completed_items(tmp_path)}
    assert article_url(2) not in emitted and {article_url(3), article_url(4)} <= emitted, emitted


def test_a_brotli_bomb_is_unpacked_in_bounded_steps() -> None:
    """h272 R1: one process() call unpacked a 632-byte br body to 400 MB before the size was checked."""
    bomb = brotli.compress(b"\0" * 200_000_000, quality=5)
    assert len(bomb) < 10_000
    tracemalloc.start()
    try:
        assert compressed_stream_ended(b"br", bomb, max_size=2_000_000) is None
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 20_000_000, peak  # a few steps of output, never the whole bomb


def test_a_feed_or_json_served_as_html_is_left_to_its_parser() -> None:
    """h272 R3: a sitemap, a feed or a JSON answer labelled text/html, its gzip cut, was failed as an HTML page."""
    from scrapy.http import Request, Response
    from scrapy.utils.test import get_crawler

    from newscrawl.middlewares import CompressedStreamEndMiddleware

    crawler = get_crawler()
    middleware = CompressedStreamEndMiddleware(crawler)
    documents = (b'<?xml version="1.0"?><urlset>' + b"<url><loc>https://a.id/x</loc></url>" * 200,
                 b'{"items": [' + b'{"url": "https://a.id/x"},' * 200)
    for document in documents:
        packed = gzip.compress(document)
        request = Request("https://a.id/doc")
        response = Response("https://a.id/doc", body=packed[: len(packed) * 80 // 100],
                            headers={"Content-Encoding": "gzip", "Content-Type": "text/html"}, request=request)
        assert middleware.process_response(request, response) is response
