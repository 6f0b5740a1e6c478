"""An article whose later page could not be fetched: emitted with what its earlier pages gave, marked
``missing_pages``, and made whole by a later run.

A multi-page article (SINDOnews, Tribun, okezone…) needs every page. When page 2 answers 500 after the
retries, the crawl emits pages before it (an article half there beats none) but says so in the item,
and the seen-store keeps it as incomplete: the first incremental run past each point of
INCOMPLETE_RETRY_HOURS after that emission fetches it again, without a conditional request (page 1 is
unchanged; the missing page is what is asked for), and
the whole article is emitted once it comes; then it is left alone like any other. A failing "show all"
view falls back to the pager's pages one by one.
"""
from __future__ import annotations

import pytest

from conftest import completed_items, run_crawl, run_cron
from newscrawl.output import content_hash
from newscrawl.state import INCOMPLETE, Emission, SeenArticle, article_key, should_fetch
from redis_helpers import crawl_keys, redis_url, seen_store  # noqa: F401  (fixtures)
from replay import Route
from synthetic_site import DAY, article_html, article_url, conditional, site_routes

H = 3600.0
pytestmark = pytest.mark.xdist_group("cron")


def seen(content_hash: str, published: float | None, last_emitted: float, last_checked: float | None = None):
    return SeenArticle("k", "https://x/a", content_hash, None, published, last_emitted, last_checked)


@pytest.mark.parametrize(("article", "now", "fetch"), [
    (seen(INCOMPLETE + "h", -1000 * H, 0.0), 0.2 * H, False),  # emitted cut 12 min ago: not yet
    (seen(INCOMPLETE + "h", -1000 * H, 0.0), 0.3 * H, True),   # a year-old story, 18 min after: fetched again
    (seen(INCOMPLETE + "h", -1000 * H, 0.0, 0.3 * H), 0.9 * H, False),  # tried at 18 min: the 1 h point next
    (seen(INCOMPLETE + "h", -1000 * H, 0.0, 0.3 * H), 1.1 * H, True),
    (seen(INCOMPLETE + "h", None, 0.0, 49 * H), 71 * H, False),
    (seen(INCOMPLETE + "h", None, 0.0, 49 * H), 73 * H, True),     # the last point, 72 h
    (seen(INCOMPLETE + "h", -1000 * H, 0.0, 73 * H), 500 * H, False),  # after it: it stands as is
    (seen(INCOMPLETE + "h", 0.0, 0.0, 30 * H), 49 * H, True),      # (the recheck schedule still applies)
    (seen("h", -1000 * H, 0.0), 0.3 * H, False),               # the same story emitted whole: not fetched
])
def test_should_fetch_an_incomplete_article_again_for_a_while(article, now, fetch):
    assert should_fetch(article, now) is fetch


@pytest.mark.parametrize(("digest", "chars"), [
    ("incomplete:812:" + "a" * 64, 812), ("a" * 64, None),
    ("incomplete:" + "a" * 64, None),  # stored before the count was kept: as much as any recheck
])
def test_incomplete_body_chars(digest, chars):
    from newscrawl.state import incomplete_body_chars
    assert incomplete_body_chars(digest) == chars


def test_content_hash_marks_an_incomplete_article_and_tells_it_from_the_whole_one():
    part = {"title": "T", "body": ["Satu."], "authors": [], "published_at": None,
            "missing_pages": ["https://x/a/2"]}
    assert content_hash(part).startswith(INCOMPLETE + "5:")  # with its body's characters ("Satu.")
    assert content_hash(part) == content_hash({**part, "missing_pages": ["https://x/a/2"]})
    whole = {**part, "body": ["Satu.", "Dua."], "missing_pages": []}
    assert not content_hash(whole).startswith(INCOMPLETE)
    assert content_hash(whole)[-64:] != content_hash(part)[-64:]


@pytest.fixture
def store(seen_store):
    return seen_store


def test_store_offers_an_incomplete_article_for_a_recheck_whatever_its_publication(store, tmp_path):
    """Store-driven rechecks ask ``recent(site, since)``: an old story emitted cut since ``since`` is in it."""
    def emission(url: str, digest: str) -> Emission:
        return Emission(key=article_key("s", None, url), url=url, site="s", article_id=None,
                        content_hash=digest, updated_at=None, published_ts=10.0)

    store.commit_run("r1", "s", tmp_path / "a.part", tmp_path / "a",
                     [emission("https://x/cut", INCOMPLETE + "h"), emission("https://x/whole", "h")], now=500.0)
    assert [a.url for a in store.recent("s", 400.0)] == ["https://x/cut"]
    assert store.recent("s", 600.0) == []
    # Made whole: back to its publication time, as any emitted article.
    store.commit_run("r2", "s", tmp_path / "b.part", tmp_path / "b", [emission("https://x/cut", "h2")], now=550.0)
    assert store.recent("s", 400.0) == []


# ---- through the spider -----------------------------------------------------------------------------

N = 1  # the multi-page article of the synthetic site


def page_url(page: int) -> str:
    return f"{article_url(N)}/{page}"


def multipage_routes(page2_status: int, show_all: int | None = None) -> dict[str, Route]:
    """The synthetic site (3 articles), article 1 in three pages; page 2 answering ``page2_status``.
    With ``show_all``, page 1 also links a single-page view answering that status."""
    routes = site_routes(3)
    pager = ('<div class="paging-artikel"><a href="{0}">1</a> <a href="{0}/2">2</a> <a href="{0}/3">3</a></div>'
             .format(article_url(N)))
    if show_all is not None:
        pager += f'<div class="paging-all"><a href="{article_url(N)}?showpage=all">Tampilkan semua</a></div>'
    html = article_html(N).replace("</body>", pager + "</body>")
    routes[article_url(N)] = Route(html)
    for page in (2, 3):
        later = article_html(N, paragraphs=2).replace("Paragraf", f"Halaman {page} paragraf")
        routes[page_url(page)] = Route(later, status=page2_status if page == 2 else 200)
    if show_all is not None:
        routes[f"{article_url(N)}?showpage=all"] = Route("<html><body>Gangguan</body></html>", status=show_all)
    return routes


def test_a_failed_later_page_gives_the_pages_before_it_marked_missing(tmp_path, validate_line):
    result = run_crawl("sindonews", multipage_routes(500), tmp_path, f"url={article_url(N)}")
    assert result.returncode == 0, result.log[-2000:]
    for line in result.raw_lines:
        validate_line(line)
    item = result.item(article_url(N))
    assert item["missing_pages"] == [page_url(2), page_url(3)]  # page 3 was never reached
    assert len(item["body"]) == 6 and not any("Halaman" in block for block in item["body"])
    assert result.stats["newscrawl/items/incomplete"] == 1
    # (h72 probe) The failed page is a failed request: it was "1 article emitted, 0 requests failed; health ok".
    assert result.stats["newscrawl/failed/page/server_error"] == 1 and result.stats["newscrawl/errors/http_500"] == 1
    assert "sindonews: 1 article emitted (1 incomplete), 1 request failed: 1 server errors (5xx); health ok" in result.log


@pytest.mark.parametrize("show_all", [500, 200], ids=["failed", "answered-without-text"])
def test_a_failed_show_all_view_falls_back_to_the_pages_one_by_one(tmp_path, show_all):
    result = run_crawl("sindonews", multipage_routes(200, show_all=show_all), tmp_path, f"url={article_url(N)}")
    assert result.returncode == 0, result.log[-2000:]
    item = result.item(article_url(N))
    assert item["missing_pages"] == []
    assert len(item["body"]) == 10
    assert [sum(f"Halaman {p} paragraf" in b for b in item["body"]) for p in (2, 3)] == [2, 2]
    assert result.stats["newscrawl/article_pages/all_in_one_failed"] == 1
    assert "newscrawl/items/incomplete" not in result.stats
    assert result.stats.get("newscrawl/failed/page/server_error") == (1 if show_all == 500 else None)


def test_a_later_run_makes_an_incomplete_article_whole_once(tmp_path):
    def run(routes, at: str):
        # Page 1 sends an ETag and answers If-None-Match with 304, as a caching site does.
        routes[article_url(N)] = conditional({article_url(N): routes[article_url(N)]})[article_url(N)]
        return run_cron(routes, tmp_path, "--spiders", "sindonews", "--since", DAY, "--until", DAY,
                        "-s", f"NEWSCRAWL_NOW={DAY}T{at}:00+07:00")

    first = run(multipage_routes(500), "09:20")
    assert first.returncode in (0, 3), first.stdout + first.stderr
    site = first.summary["sites"]["sindonews"]
    assert (site["items_emitted"], site["items_incomplete"]) == (3, 1)

    # Twenty minutes later: no recheck is due, but the cut article's first retry point (15 min) has
    # passed: fetched again, unconditionally (its page 1 has not changed: a 304 would end it), and page 2
    # answers now.
    second = run(multipage_routes(200), "09:40")
    assert second.returncode == 0, second.stdout + second.stderr
    site = second.summary["sites"]["sindonews"]
    assert (site["items_emitted"], site["items_completed"], site["items_incomplete"]) == (1, 1, 0)
    asked = [(url, status) for _m, url, status in second.hits if "/read/" in url]
    assert sorted(asked) == sorted([(article_url(N), 200), (page_url(2), 200), (page_url(3), 200)])

    third = run(multipage_routes(200), "09:50")
    assert third.returncode == 0, third.stdout + third.stderr
    assert third.summary["sites"]["sindonews"]["items_emitted"] == 0
    assert not [url for _m, url, _s in third.hits if "/read/" in url]

    versions = [i for i in completed_items(tmp_path) if i["url"] == article_url(N)]
    assert [v["missing_pages"] for v in versions] == [[page_url(2), page_url(3)], []]
    assert len(versions[1]["body"]) == 10 and versions[0]["body"] == versions[1]["body"][:6]


def test_a_recheck_that_misses_a_page_never_replaces_the_whole_article(tmp_path):
    def run(routes, at: str):
        return run_cron(routes, tmp_path, "--spiders", "sindonews", "--since", DAY, "--until", DAY,
                        "-s", f"NEWSCRAWL_NOW={DAY}T{at}:00+07:00")

    first = run(multipage_routes(200), "09:20")
    assert first.returncode == 0 and first.summary["sites"]["sindonews"]["items_emitted"] == 3
    # The 1 h recheck (published 09:01): page 2 fails now. The whole version stands, nothing is emitted.
    second = run(multipage_routes(500), "10:10")
    site = second.summary["sites"]["sindonews"]
    assert (site["items_emitted"], site["dropped"].get("incomplete_recheck")) == (0, 1), site
    assert [v["missing_pages"] for v in completed_items(tmp_path) if v["url"] == article_url(N)] == [[]]


def test_a_later_page_without_any_text_is_marked_missing_and_the_pager_read_on(tmp_path, validate_line):
    """Page 2 answers 200 with the site's template but no story in it (a CMS hiccup, a template whose
    text is filled in by script): the item must not pass for whole. Page 3 is still read."""
    routes = multipage_routes(200)
    empty = article_html(N, paragraphs=2).replace("Paragraf", "Halaman 2 paragraf")
    empty = empty[:empty.index('<div id="detail-desc"')] + '<div id="detail-desc" class="detail-desc"></div></body></html>'
    routes[page_url(2)] = Route(empty)
    result = run_crawl("sindonews", routes, tmp_path, f"url={article_url(N)}")
    assert result.returncode == 0, result.log[-2000:]
    for line in result.raw_lines:
        validate_line(line)
    item = result.item(article_url(N))
    assert item["missing_pages"] == [page_url(2)]
    assert [sum(f"Halaman {p} paragraf" in b for b in item["body"]) for p in (2, 3)] == [0, 2]
    assert result.stats["newscrawl/article_pages/empty"] == 1
    assert result.stats["newscrawl/items/incomplete"] == 1


def test_an_article_past_the_page_limit_names_the_pages_not_read(tmp_path):
    """A pager that always links one more page (a listicle of 40, or a template that never stops): the
    crawl stops at the spider's page limit, and the item says which pages it did not read."""
    routes = site_routes(3)
    pages = 40

    def page(number: int) -> str:
        html = article_html(N, paragraphs=1).replace("Paragraf", f"Halaman {number} paragraf")
        pager = f'<div class="paging-artikel"><a href="{page_url(number + 1)}">{number + 1}</a></div>'
        return html.replace("</body>", pager + "</body>")

    routes[article_url(N)] = Route(page(1).replace("Halaman 1 paragraf", "Paragraf"))
    for number in range(2, pages + 1):
        routes[page_url(number)] = Route(page(number))
    result = run_crawl("sindonews", routes, tmp_path, f"url={article_url(N)}")
    assert result.returncode == 0, result.log[-2000:]
    item = result.item(article_url(N))
    limit = 30  # NewsSpider.max_article_pages
    assert sum("Halaman" in block for block in item["body"]) == limit - 1
    assert item["missing_pages"] == [page_url(limit + 1)]
    assert result.stats["newscrawl/article_pages/over_limit"] == 1


def test_a_recheck_that_reads_more_of_a_cut_article_replaces_it(tmp_path):
    """Page 2 fails at first (pages 2 and 3 missing); at the retry page 2 answers but page 3 fails: that
    version holds more of the story than the one emitted, and replaces it (still marked missing page 3);
    the next retry, with page 3 back, emits the whole article. A retry that reads no more is dropped."""
    def routes(page2: int, page3: int):
        found = multipage_routes(page2)
        found[page_url(3)] = Route(found[page_url(3)].body, status=page3)
        return found

    def run(found, at: str):
        return run_cron(found, tmp_path, "--spiders", "sindonews", "--since", DAY, "--until", DAY,
                        "-s", f"NEWSCRAWL_NOW={DAY}T{at}:00+07:00")

    assert run(routes(500, 500), "09:20").summary["sites"]["sindonews"]["items_incomplete"] == 1
    same = run(routes(500, 200), "09:40").summary["sites"]["sindonews"]  # 15 min point: no more text read
    assert (same["items_emitted"], same["dropped"].get("incomplete_recheck")) == (0, 1), same
    more = run(routes(200, 500), "10:30").summary["sites"]["sindonews"]  # 1 h point: page 2 read now
    assert (more["items_emitted"], more["items_incomplete"]) == (1, 1), more
    whole = run(routes(200, 200), "12:30").summary["sites"]["sindonews"]  # 3 h point
    assert (whole["items_emitted"], whole["items_completed"]) == (1, 1), whole
    versions = [v for v in completed_items(tmp_path) if v["url"] == article_url(N)]
    assert [v["missing_pages"] for v in versions] == [[page_url(2), page_url(3)], [page_url(3)], []]
    assert [len(v["body"]) for v in versions] == [6, 8, 10]


def test_a_later_page_repeating_the_text_already_read_is_marked_missing(tmp_path):
    """A site answering page 1 for every page number (a broken pager, a CMS that ignores the page
    parameter): page 2's text is all page 1's. The item must not pass for whole; page 3 is still read.
    (A page 2 that repeats some of page 1 and adds its own, the seed's case, is followed as before.)"""
    routes = multipage_routes(200)
    routes[page_url(2)] = Route(routes[article_url(N)].body)
    result = run_crawl("sindonews", routes, tmp_path, f"url={article_url(N)}")
    assert result.returncode == 0, result.log[-2000:]
    item = result.item(article_url(N))
    assert item["missing_pages"] == [page_url(2)]
    assert [sum(f"Halaman {p} paragraf" in b for b in item["body"]) for p in (2, 3)] == [0, 2]
    assert result.stats["newscrawl/article_pages/repeated"] == 1
