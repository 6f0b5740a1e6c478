"""Bot challenges served with 200 are failed requests counted as blocked, never articles.

``challenge.bot_challenge`` is a table here (reconstructed interstitials in tests/challenge/, and real
pages that carry the markers innocently); then through the real spider: a Cloudflare page at an article
URL gives no item and one "blocked" failure, and a cron run whose every article is a challenge is
unhealthy, named "blocked"."""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, run_cron, run_crawl
from newscrawl.challenge import bot_challenge
from replay import Route, realpages_dir
from synthetic_site import article_html, article_url, site_routes

PAGES = REPO / "tests" / "challenge"
CLOUDFLARE = (PAGES / "cloudflare_200.html").read_text(encoding="utf-8")
CAPTCHA_WALL = (PAGES / "captcha_wall_200.html").read_text(encoding="utf-8")
# An ordinary article under Cloudflare: its injected detection script, a comment form with reCAPTCHA.
# Indonesia's ISP block page, answered 200 in the article's place (Telkom's "Internet Positif").
ISP_BLOCK = ("<html><head><title>Internet Positif</title><meta property='og:type' content='website'></head><body>"
             "<h1>Internet Positif</h1><p>Maaf, akses ke situs ini diblokir karena mengandung konten negatif sesuai "
             "peraturan perundang-undangan yang berlaku di Indonesia. Hubungi penyedia layanan Anda.</p></body></html>")
PROTECTED_ARTICLE = article_html(3).replace(
    "</body>", '<form class="comment-form"><div class="g-recaptcha" data-sitekey="x"></div></form>'
    '<script src="/cdn-cgi/challenge-platform/scripts/jsd/main.js"></script></body>')


@pytest.mark.parametrize(("html", "headers", "challenge"), [
    (CLOUDFLARE, None, "title 'Just a moment...'"),
    (CAPTCHA_WALL, None, "challenge script or captcha on a page of"),
    ("<html><head><title>DDoS-Guard</title></head><body><div id='ddg'>Checking your browser before accessing"
     "</div></body></html>", None, "title 'DDoS-Guard'"),
    ("<html><head><title>Attention Required! | Cloudflare</title></head><body>Sorry, you have been blocked"
     "</body></html>", None, "title 'Attention Required! | Cloudflare'"),
    ("<html><head><title>Sucuri WebSite Firewall - Access Denied</title></head><body>Access Denied</body></html>",
     None, "title"),
    ("<html><body>x</body></html>", {"cf-mitigated": "challenge"}, "cf-mitigated"),
    # (reconstructed, h19 probe) ISP block pages injected with a 200 at the article's URL
    (ISP_BLOCK, None, "ISP block page (internet positif)"),
    ("<html><head><title>Internet Baik</title></head><body><img src='logo.png'><p>Mohon maaf, situs yang Anda "
     "tuju tidak dapat diakses.</p><a href='https://aduankonten.id'>Laporkan</a></body></html>", None,
     "ISP block page (internet baik)"),
    ("<html><head><meta http-equiv='refresh' content='0;url=https://trustpositif.kominfo.go.id/?u=x'></head>"
     "<body></body></html>", None, "ISP block page (trustpositif)"),
    # not challenges: articles that carry the markers, or name them in their headline
    (PROTECTED_ARTICLE, None, None),
    ("<html><head><title>Just a moment... kata Jokowi soal reshuffle - Kompas.com</title></head><body>"
     "<p>Presiden meminta publik menunggu.</p></body></html>", None, None),
    (article_html(4).replace("Berita Sintetis Nomor 4", "Situs KPU Sempat Tampilkan Captcha"), None, None),
    # an article about the blocking is an article
    (article_html(5).replace("Berita Sintetis Nomor 5", "Kominfo Blokir 20 Situs Lewat Internet Positif dan Nawala"),
     None, None),
    ("<html><body>x</body></html>", {"cf-mitigated": ""}, None),
    ("", None, None),
])
def test_bot_challenge(html: str, headers, challenge: str | None) -> None:
    found = bot_challenge(html, headers)
    assert (found is None) == (challenge is None), found
    assert challenge is None or found.startswith(challenge)


def test_no_real_page_is_a_challenge() -> None:
    real = realpages_dir()
    if real is None:
        pytest.skip("../shared/realpages not found (set NEWSCRAWL_REALPAGES or NEWSCRAWL_SHARED)")
    pages = [*real.rglob("*.htm*"), *(REPO / "tests").rglob("*.htm*")]
    found = {str(p): bot_challenge(p.read_text(encoding="utf-8", errors="replace"))
             for p in pages if p.parent != PAGES}
    assert len(found) > 300 and not any(found.values()), {p: r for p, r in found.items() if r}


def test_a_challenge_at_an_article_url_is_a_blocked_request_not_an_item(tmp_path: Path) -> None:
    routes = {article_url(1): Route(CLOUDFLARE.encode()), article_url(2): Route(CAPTCHA_WALL.encode()),
              article_url(3): Route(PROTECTED_ARTICLE.encode()),
              # "I'm Under Attack" mode: the interstitial with 503 (retried, then blocked, not a server error)
              article_url(4): Route(CLOUDFLARE.encode(), status=503),
              article_url(5): Route(b"<html><title>503 Service Unavailable</title><body>Maaf, server sedang "
                                    b"sibuk.</body></html>", status=503),  # a real outage stays one
              article_url(6): Route(ISP_BLOCK.encode())}  # the network's block page in the article's place
    result = run_crawl("sindonews", routes, tmp_path, "url=" + ",".join(routes))
    assert [item["url"] for item in result.items] == [article_url(3)]
    assert result.stats.get("newscrawl/failed/article/blocked") == 4, result.stats
    assert result.stats.get("newscrawl/failed/article/server_error") == 1, result.stats
    lines = [line for line in result.log.splitlines() if "BotChallenge" in line and "Request failed" in line]
    assert len(lines) == 4 and all("blocked (403, 429 or a bot challenge)" in line for line in lines), lines
    assert "Traceback" not in result.log


def test_a_site_answering_every_article_with_a_challenge_is_unhealthy(tmp_path: Path) -> None:
    routes = site_routes(4)
    for n in range(4):
        routes[article_url(n)] = Route(CLOUDFLARE.encode())
    run = run_cron(routes, tmp_path, "--spiders", "sindonews", "--since", "2024-06-19", "--until", "2024-06-19",
                   "-s", "NEWSCRAWL_NOW=2024-06-19T12:00:00+07:00")
    assert run.returncode == 3, run.stdout + run.stderr
    assert run.summary["unhealthy_sites"]["sindonews"] == [
        "articles: blocked (403, 429 or a bot challenge) on 4 of 4 requests"]
    assert run.summary["sites"]["sindonews"]["items_emitted"] == 0
