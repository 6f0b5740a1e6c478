"""Total failure is unhealthy (issue 10, item 1) and a healthy steady state is quiet (item 2).

Each case is a real cron run (or a plain `scrapy crawl`) against loopback only: the replay proxy
answering 403 or 503 for everything, a proxy port nobody listens on (connection refused), and a
resolver that resolves nothing but loopback (DNS fails, no packet leaves the machine).
"""
from __future__ import annotations

import os
import socket
import subprocess
from pathlib import Path

import pytest

from conftest import REPO, cron_command, run_cron, run_crawl
from replay import Route
from synthetic_site import DAY, article_html, article_url, site_routes

WINDOW = ("--spiders", "sindonews", "--since", DAY, "--until", DAY)
pytestmark = pytest.mark.xdist_group("cron")
TESTS = Path(__file__).resolve().parent


def everything(status: int) -> dict[str, Route]:
    return {url: Route(body=b"<html><body>no</body></html>", status=status) for url in site_routes(5)}


def free_port() -> int:
    """A loopback port with nothing listening (bound, then closed)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def run_cron_offline(workdir: Path, env: dict[str, str], *args: str):
    """A cron run with no replay proxy: `env` decides how the network fails."""
    base = {k: v for k, v in os.environ.items() if k.lower() not in ("http_proxy", "https_proxy", "no_proxy")}
    process = subprocess.run(cron_command(workdir, *WINDOW, *args), cwd=REPO, capture_output=True, text=True,
                             timeout=120, env={**base, **env})
    import json

    summaries = sorted((workdir / "output" / "runs").glob("*.summary.json"))
    return process, json.loads(summaries[-1].read_text(encoding="utf-8")) if summaries else None


@pytest.mark.parametrize(("status", "cause"), [(403, "blocked (403, 429 or a bot challenge)"), (503, "server errors (5xx)")])
def test_every_request_refused_is_unhealthy(tmp_path, status, cause):
    run = run_cron(everything(status), tmp_path, *WINDOW)
    assert run.returncode == 3, run.stdout + run.stderr
    failures = run.summary["unhealthy_sites"]["sindonews"]
    assert failures == [f"discovery: {cause} on 1 of 1 request"]
    assert "health ok" not in run.stdout and "FAILING" in run.stdout
    # stderr (cron mail) says what and where: the site, the cause, the request.
    assert f"sindonews: 0 articles emitted, 1 request failed: 1 {cause}" in run.stderr
    assert "https://www.sindonews.com/indeks/0/0" in run.stderr
    site = run.summary["sites"]["sindonews"]
    assert site["health"]["failed_requests"]["discovery"] == {"blocked" if status == 403 else "server_error": 1}


def test_robots_disallow_all_is_unhealthy(tmp_path):
    routes = site_routes(3)
    routes["https://www.sindonews.com/robots.txt"] = Route(body=b"User-agent: *\nDisallow: /\n",
                                                           headers={"Content-Type": "text/plain"})
    run = run_cron(routes, tmp_path, *WINDOW)
    assert run.returncode == 3, run.stdout + run.stderr
    assert run.summary["unhealthy_sites"]["sindonews"] == ["discovery: robots.txt disallowed on 1 of 1 request"]
    assert "IgnoreRequest: robots.txt disallowed; discovery" in run.stderr


def test_articles_all_blocked_is_unhealthy(tmp_path):
    routes = site_routes(6)
    for n in range(6):
        routes[article_url(n)] = Route(body=b"Forbidden", status=403)
    run = run_cron(routes, tmp_path, *WINDOW)
    assert run.returncode == 3, run.stdout + run.stderr
    assert run.summary["unhealthy_sites"]["sindonews"] == ["articles: blocked (403, 429 or a bot challenge) on 6 of 6 requests"]


def test_connection_refused_is_unreachable(tmp_path):
    proxy = f"http://127.0.0.1:{free_port()}"
    process, summary = run_cron_offline(tmp_path, {"http_proxy": proxy, "https_proxy": proxy})
    assert process.returncode == 3, process.stdout + process.stderr
    failures = summary["unhealthy_sites"]["sindonews"]
    assert failures == ["discovery: unreachable (DNS or connection) on 1 of 1 request"], failures


def test_dns_failure_is_unreachable(tmp_path):
    env = {"PYTHONPATH": os.pathsep.join([str(TESTS), os.environ.get("PYTHONPATH", "")])}
    process, summary = run_cron_offline(tmp_path, env, "-s", "DNS_RESOLVER=offline_dns.NoNetworkResolver")
    assert process.returncode == 3, process.stdout + process.stderr
    assert summary["unhealthy_sites"]["sindonews"] == ["discovery: unreachable (DNS or connection) on 1 of 1 request"]
    assert summary["sites"]["sindonews"]["request_errors"] == {"CannotResolveHostError": 1}
    assert "CannotResolveHostError" in process.stderr


def test_plain_crawl_ends_with_one_summary_line(tmp_path):
    result = run_crawl("sindonews", everything(403), tmp_path, f"since={DAY}", f"until={DAY}")
    lines = [line for line in result.log.splitlines() if "[newscrawl.summary]" in line]
    assert len(lines) == 1, result.log[-2000:]
    assert lines[0].endswith("sindonews: 0 articles emitted, 1 request failed: 1 blocked (403, 429 or a bot challenge); "
                             "health FAILING: discovery: blocked (403, 429 or a bot challenge) on 1 of 1 request")
    assert "WARNING" in lines[0]
    assert "[newscrawl.summary]" in result.log.strip().splitlines()[-1]  # the last line of the crawl's log


def test_healthy_steady_state_is_silent_on_stderr(tmp_path):
    routes = site_routes(12)
    first = run_cron(routes, tmp_path, *WINDOW)
    assert first.returncode == 0 and first.stderr == "", first.stderr
    second = run_cron(routes, tmp_path, *WINDOW)
    assert second.returncode == 0
    assert second.stderr == ""  # no warning, no deprecation (install_root_handler), no dropped item
    site = second.summary["sites"]["sindonews"]
    assert site["skipped_already_emitted"] == 12 and site["request_errors"] == {}
    log = Path(second.summary["log_file"]).read_text(encoding="utf-8")
    assert "IgnoreRequest" not in log and "Request failed" not in log
    assert "sindonews: 0 articles emitted, 0 requests failed, 12 already emitted not refetched" in log


def test_unchanged_recheck_is_logged_without_the_item(tmp_path):
    routes = site_routes(4)
    now = ("-s", f"NEWSCRAWL_NOW={DAY}T09:30:00+07:00")
    assert run_cron(routes, tmp_path, *WINDOW, *now).returncode == 0
    later = run_cron(routes, tmp_path, *WINDOW, "-s", f"NEWSCRAWL_NOW={DAY}T23:00:00+07:00")  # 1 h and 6 h passed
    assert later.returncode == 0 and later.stderr == "", later.stderr
    site = later.summary["sites"]["sindonews"]
    assert site["rechecked"] == 4 and site["dropped"] == {"unchanged": 4}
    log = Path(later.summary["log_file"]).read_text(encoding="utf-8")
    dropped = [line for line in log.splitlines() if "Dropped" in line]
    assert len(dropped) == 4 and all(" INFO: " in line and "unchanged since last emitted" in line for line in dropped)
    assert "Paragraf 1 berita" not in log  # the item itself is never logged


@pytest.mark.parametrize("down_after", [5, 0], ids=["breaker", "control-off"])
def test_a_host_going_down_mid_crawl_is_not_asked_again_after_failures_in_a_row(tmp_path, down_after):
    """The listing answers, then every article fails (503 after the retry): after NEWSCRAWL_SITE_DOWN_AFTER
    failed attempts in a row the articles' host is not asked again in this run (each request fails at once,
    counted as the server error it is), instead of trying all 40 twice."""
    routes = site_routes(40)
    for n in range(40):
        routes[article_url(n)] = Route(body=b"<html><body>Service Unavailable</body></html>", status=503)
    run = run_cron(routes, tmp_path, *WINDOW, "-s", f"NEWSCRAWL_SITE_DOWN_AFTER={down_after}",
                   "-s", "CONCURRENT_REQUESTS=2")
    site = run.summary["sites"]["sindonews"]
    # Each article is tried twice (a retry, which Scrapy queues after the untried URLs): 80 requests.
    asked = [url for _m, url, _s in run.hits if "/read/" in url]
    assert site["finish_reason"] == "finished" and run.returncode == 3, run.stdout + run.stderr
    assert run.summary["unhealthy_sites"]["sindonews"] == ["articles: server errors (5xx) on 40 of 40 requests"]
    if down_after:
        assert len(asked) < 15, len(asked)  # 5 in a row, and the few in flight then
        assert any("nasional.sindonews.com failed with no answer between them" in log.read_text()
                   for log in (tmp_path / "logs").iterdir())
    else:
        assert len(asked) == 80 and len(set(asked)) == 40


def test_one_outlet_down_does_not_stop_the_others(tmp_path):
    """By host: a generic crawl over many outlets goes on with those that answer."""
    down = [f"https://mati.example.id/berita/{n}/judul-berita-{n}" for n in range(8)]
    up = "https://www.hidup.example.id/berita/1/judul-berita-hidup"
    routes = {url: Route(b"<html><body>Service Unavailable</body></html>", status=503) for url in down}
    routes[up] = Route(article_html(1).replace(article_url(1), up))
    result = run_crawl("generic", routes, tmp_path, "url=" + ",".join([*down, up]),
                       settings={"NEWSCRAWL_SITE_DOWN_AFTER": 3, "CONCURRENT_REQUESTS": 1})
    assert [item["url"] for item in result.items] == [up], result.log[-3000:]
    assert sum(1 for _m, url, _s in result.hits if "mati.example.id/berita" in url) < 8
    assert result.stats.get("newscrawl/failed/article/server_error") == 8, result.stats


@pytest.mark.parametrize(("errors", "down_as"), [
    (["DNSLookupError"] * 3, "unreachable"),             # a site genuinely unreachable: still caught
    (["ConnectionRefusedError", "DownloadTimeoutError", "ConnectionRefusedError"], "unreachable"),
    (["ResponseDataLossError"] * 3, "cut_short"),        # (h143 S10) every body cut short: down, said as that
    (["ResponseDataLossError", None, "ResponseDataLossError", "ResponseDataLossError"], None),  # a whole answer between
])
def test_site_down_is_tripped_and_named_by_the_kind_that_failed(errors, down_as):
    """SiteDownMiddleware over a host's attempts in a row (an exception class name, None for a whole 200 answer):
    down after NEWSCRAWL_SITE_DOWN_AFTER=3 with no whole answer between, under the kind health.failure_kind gives
    (a body cut short is no connection failure: h143 S10 counted it as "unreachable (DNS or connection)")."""
    from scrapy import Request
    from scrapy.exceptions import IgnoreRequest
    from scrapy.http import HtmlResponse
    from scrapy.utils.test import get_crawler

    from newscrawl.health import failure_kind
    from newscrawl.middlewares import SiteDown, SiteDownMiddleware
    from newscrawl.spiders.sindonews import SindonewsSpider

    crawler = get_crawler(SindonewsSpider, {"NEWSCRAWL_SITE_DOWN_AFTER": 3})
    crawler.spider = SindonewsSpider.from_crawler(crawler)
    middleware = SiteDownMiddleware.from_crawler(crawler)
    request = Request("https://nasional.sindonews.com/read/1/12/x")
    for error in errors:
        if error is None:
            middleware.process_response(request, HtmlResponse(request.url, body=b"<html></html>", request=request))
        else:
            middleware.process_exception(request, type(error, (Exception,), {})())
    if down_as is None:
        assert middleware.process_request(request) is None
        return
    with pytest.raises(SiteDown) as raised:
        middleware.process_request(request)
    assert isinstance(raised.value, IgnoreRequest)
    assert failure_kind("SiteDown", None, str(raised.value)) == down_as


def test_a_connection_reset_mid_body_is_cut_short_and_documented_so(tmp_path):
    """(h145 C3) The replay server announces the article's full Content-Length, sends half the body, then resets
    the connection (SO_LINGER 0: an RST, not a clean close). Twisted reports it as data loss, as a clean close
    mid-body (h143 S10): kind cut_short, retried, not emitted, the site healthy. The README's entry for the kind
    said "no sign the site is unreachable", which a reset is no proof of: it names the connection ending before the
    announced length, a clean close and a reset alike."""
    import re

    routes = site_routes(5)
    body = article_html(2).encode()
    routes[article_url(2)] = Route(body, cut_after=len(body) // 2)
    result = run_cron(routes, tmp_path, *WINDOW)
    site = result.summary["sites"]["sindonews"]
    assert (site["items_emitted"], site["health"]["failed_requests"]["article"]) == (4, {"cut_short": 1}), site
    assert result.returncode == 0 and site["health"]["healthy"], result.stdout + result.stderr
    readme = " ".join((REPO / "README.md").read_text(encoding="utf-8").split())
    entry = re.search(r"`cut_short` \((.*?)\), `blocked`", readme)
    assert entry and "connection ended before the announced length" in entry.group(1), entry
    assert "reset" in entry.group(1) and "no sign" not in entry.group(1), entry.group(1)
