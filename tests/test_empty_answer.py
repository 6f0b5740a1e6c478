"""An article page answered 2xx with an empty body (h190 probe: a PHP fatal error under output buffering, a cache node
serving a 0-byte object) is a fault of the site: fetched again, then failed as ``empty_answer`` and asked again by
the next run — not a "not an article page" drop remembered in the seen-store as a page without an article."""
from __future__ import annotations

from pathlib import Path

from conftest import completed_items, run_cron, run_crawl
from newscrawl.health import failure_kind
from replay import Route
from synthetic_site import article_html, article_url, site_routes


def _empty_once_then(page: str):
    def route(hit: int, _request: object) -> Route:
        return Route(b"") if hit == 1 else Route(page.encode())
    return route


def test_an_empty_answer_is_fetched_again_then_failed_as_such(tmp_path: Path) -> None:
    routes = {article_url(1): Route(b""), article_url(2): Route(b" \r\n\t\n"),
              article_url(3): _empty_once_then(article_html(3)), article_url(4): Route(article_html(4)),
              article_url(5): Route(b"", status=204)}
    result = run_crawl("sindonews", routes, tmp_path, "url=" + ",".join(routes))
    assert sorted(item["url"] for item in result.items) == [article_url(3), article_url(4)]
    assert result.stats.get("newscrawl/failed/article/empty_answer") == 3, result.stats
    assert result.stats.get("newscrawl/http/empty_answer_refetched") == 4, result.stats  # 1 retry each (RETRY_TIMES 1)
    assert not result.stats.get("newscrawl/dropped/not_article"), result.stats
    assert "Traceback" not in result.log


def test_a_run_answered_empty_pages_emits_nothing_and_the_next_run_reads_the_stories(tmp_path: Path) -> None:
    """Every story answered empty for one cron run: the run is unhealthy, naming empty answers, and records nothing;
    the next run, the site back, emits each story once (before: 'not an article page', remembered as such)."""
    window = ("--spiders", "sindonews", "--since", "2024-06-19", "--until", "2024-06-19")
    down = site_routes(4)
    for n in range(4):
        down[article_url(n)] = Route(b"")
    run = run_cron(down, tmp_path, *window, "-s", "NEWSCRAWL_NOW=2024-06-19T09:20:00+07:00")
    assert run.returncode == 3, run.stdout + run.stderr
    assert run.summary["unhealthy_sites"]["sindonews"] == ["articles: empty answers (2xx with no content) on 4 of 4 "
                                                           "requests"], run.summary
    back = run_cron(site_routes(4), tmp_path, *window, "-s", "NEWSCRAWL_NOW=2024-06-19T09:30:00+07:00")
    assert back.returncode == 0, back.stdout + back.stderr
    assert sorted(item["id"] for item in completed_items(tmp_path)) == [str(100000 + n) for n in range(4)]


def test_the_failure_kind_of_an_empty_answer() -> None:
    assert failure_kind("EmptyAnswer", None, "the site answered 200 with an empty body") == "empty_answer"


def test_an_empty_later_page_is_read_as_it_came_and_the_pages_after_it_still_are() -> None:
    """(h209 adversarial probe) detik's three-page article, page 2 answering an empty 200 every time: fetched again,
    then read as it came (as before empty answers were failed) — page 3 is still read and the item names page 2
    missing; a failed later page would end the paging there (3 of 7 paragraphs)."""
    import json
    from pathlib import Path

    from inprocess import crawl_in_process
    from replay import routes_from_fixtures

    detik = Path(__file__).parent / "sites" / "detik"
    case = json.loads((detik / "multipage.json").read_text(encoding="utf-8"))
    routes = routes_from_fixtures(detik)
    routes[f"{case['url']}/2"] = Route(b"")
    result = crawl_in_process("detik", routes, f"url={case['url']}", settings={"AUTOTHROTTLE_ENABLED": False})
    [item] = result.items
    assert item["body"] == case["body"][:3] + case["body"][5:], item["body"]
    assert item["missing_pages"] == [f"{case['url']}/2"], item["missing_pages"]
    assert result.stats.get("newscrawl/http/empty_answer_page_read") == 1
