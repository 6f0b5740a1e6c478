"""Faults and bad input in one cron run: each is counted in stats and the run summary, nothing
crashes, and everything the site served correctly still arrives."""
from __future__ import annotations

import pytest

from conftest import completed_items, run_cron
from replay import Route
from synthetic_site import DAY, article_html, article_url, listing_html, listing_url

# Article numbers by fault; 0-3 are healthy articles.
HEALTHY = [0, 1, 2, 3]
FAULTS = {
    "not_found": 10, "error_then_ok": 11, "rate_limited": 12, "too_slow": 13, "redirect_loop": 14,
    "offsite_redirect": 15, "too_large": 16, "pdf": 17, "broken_html": 18, "wrong_charset": 19,
    "missing_charset": 20, "image": 21,
}
OFFSITE = "https://evil.example.com/read/1/2/pancingan"


def first_fails(status: int, headers: dict[str, str] | None = None):
    def respond(hit: int, _request) -> Route:
        if hit == 1:
            return Route(body=b"busy", status=status, headers=headers or {})
        return Route(body=article_html(FAULTS["error_then_ok"] if status == 500 else FAULTS["rate_limited"]).encode())
    return respond


def routes() -> dict:
    numbers = HEALTHY + list(FAULTS.values())
    table = {listing_url(0): Route(body=listing_html(numbers).encode()),
             listing_url(20): Route(body=listing_html([]).encode())}
    for n in HEALTHY:
        table[article_url(n)] = Route(body=article_html(n).encode())
    url = {name: article_url(n) for name, n in FAULTS.items()}
    table[url["not_found"]] = Route(body=b"<html><body>tidak ada</body></html>", status=404)
    table[url["error_then_ok"]] = first_fails(500)
    table[url["rate_limited"]] = first_fails(429, {"Retry-After": "1"})
    table[url["too_slow"]] = Route(body=article_html(FAULTS["too_slow"]).encode(), delay=6)
    table[url["redirect_loop"]] = Route.redirect(url["redirect_loop"] + "/loop", 302)
    table[url["redirect_loop"] + "/loop"] = Route.redirect(url["redirect_loop"], 302)
    table[url["offsite_redirect"]] = Route.redirect(OFFSITE, 302)
    table[OFFSITE] = Route(body=article_html(99).encode())
    table[url["too_large"]] = Route(body=article_html(FAULTS["too_large"], pad_to=600_000).encode())
    table[url["pdf"]] = Route(body=b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\n%%EOF", headers={"Content-Type": "application/pdf"})
    table[url["image"]] = Route(body=b"\x89PNG\r\n\x1a\n" + bytes(64), headers={"Content-Type": "image/png"})
    table[url["broken_html"]] = Route(body=article_html(FAULTS["broken_html"]).replace("</div>", "").replace("</h1>", "<p>").encode()[:-30])
    utf8_page = article_html(FAULTS["wrong_charset"]).replace("Berita Sintetis", "Berita “Sintétis”").replace('<meta charset="utf-8">', "")
    table[url["wrong_charset"]] = Route(body=utf8_page.encode(), headers={"Content-Type": "text/html; charset=iso-8859-1"})
    no_charset = article_html(FAULTS["missing_charset"]).replace("Berita Sintetis", "Berita “Sintétis”").replace('<meta charset="utf-8">', "")
    table[url["missing_charset"]] = Route(body=no_charset.encode(), headers={"Content-Type": "text/html"})
    return table


@pytest.fixture(scope="module")
def fault_run(tmp_path_factory):
    workdir = tmp_path_factory.mktemp("faults")
    run = run_cron(routes(), workdir, "--spiders", "sindonews", "--since", DAY, "--until", DAY,
                   "-s", "DOWNLOAD_TIMEOUT=2", "-s", "DOWNLOAD_MAXSIZE=300000", "-s", "REDIRECT_MAX_TIMES=3")
    return run, completed_items(workdir)


def test_no_crash_and_everything_served_correctly_arrives(fault_run):
    run, items = fault_run
    # Faults on some articles do not make the site unhealthy: 9 good items, all dated, with authors.
    assert run.returncode == 0, run.stderr[-3000:]
    assert run.summary["unhealthy_sites"] == {} and run.summary["unfinished_sites"] == []
    site = run.summary["sites"]["sindonews"]
    assert site["finish_reason"] == "finished"
    arrived = sorted(item["url"] for item in items)
    expected = sorted(article_url(n) for n in HEALTHY + [FAULTS[k] for k in
                      ("error_then_ok", "rate_limited", "broken_html", "wrong_charset", "missing_charset")])
    assert arrived == expected
    assert (site["items_new"], site["items_emitted"]) == (len(expected), len(expected))


def test_each_fault_is_counted_in_the_summary(fault_run):
    run, _ = fault_run
    site = run.summary["sites"]["sindonews"]
    assert site["http_errors"] == {"404": 1, "429": 1, "500": 1}, site
    assert site["request_errors"] == {
        "http_404": 1,  # not_found
        "DownloadTimeoutError": 1,  # too_slow, after its one retry
        "DownloadCancelledError": 1,  # too_large: larger than DOWNLOAD_MAXSIZE, not retried
    }, site
    assert site["retries"] == 3, site  # error_then_ok (500), rate_limited (429), too_slow (timeout)
    # offsite_redirect: not followed, and counted as the article it cost (not left to the offsite filter).
    assert site["offsite_filtered"] == 0, site
    assert site["health"]["failed_requests"]["article"].get("redirected_offsite") == 1, site
    # redirect_loop: A → A/loop → A is followed once more (a cookie wall's second chance), then fails as
    # redirect_loop, counted as the article it cost (h39: the duplicate filter used to drop it without a word).
    assert site["duplicate_requests_filtered"] == 0, site
    assert site["health"]["failed_requests"]["article"].get("redirect_loop") == 1, site
    assert site["dropped"] == {"not_article": 2, "redirected_offsite": 1, "redirect_loop": 1}, site  # PDF, image


def test_each_article_url_is_requested_as_its_fault_implies(fault_run):
    run, _ = fault_run
    statuses: dict[str, list[int]] = {}
    for _method, url, status in run.hits:
        statuses.setdefault(url, []).append(status)
    url = {name: article_url(n) for name, n in FAULTS.items()}
    assert statuses[url["error_then_ok"]] == [500, 200]
    assert statuses[url["rate_limited"]] == [429, 200]
    assert statuses[url["not_found"]] == [404]
    assert statuses[url["redirect_loop"]] == [302, 302] and statuses[url["redirect_loop"] + "/loop"] == [302]
    assert statuses[url["offsite_redirect"]] == [302]
    for name in ("too_large", "pdf", "image", "broken_html", "wrong_charset", "missing_charset"):
        assert statuses[url[name]] == [200], name
    for n in HEALTHY:
        assert statuses[article_url(n)] == [200]


def test_offsite_redirect_is_never_followed(fault_run):
    run, _ = fault_run
    assert not [url for _m, url, _s in run.hits if "evil.example.com" in url]


def test_rate_limit_waited_as_asked(fault_run):
    run, _ = fault_run
    assert run.summary["sites"]["sindonews"]["retry_after_waited_s"] == 1.0  # the 429 said Retry-After: 1


def test_charsets_decoded(fault_run):
    _, items = fault_run
    titles = {item["url"]: item["title"] for item in items}
    assert titles[article_url(FAULTS["wrong_charset"])] == f"Berita “Sintétis” Nomor {FAULTS['wrong_charset']}"
    assert titles[article_url(FAULTS["missing_charset"])] == f"Berita “Sintétis” Nomor {FAULTS['missing_charset']}"
