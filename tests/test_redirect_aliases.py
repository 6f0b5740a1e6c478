"""The URLs that lead to a story the seen-store knows name it from then on (h274 probe, classes A and B).

Reconstructed outlet (written for this test, after h274's kcsite.py: a WordPress-like Indonesian portal, JSON-LD
NewsArticle, a byline, <time>, numeric ids in /section/ID/slug URLs, a home page of story cards): three stories of
one day, crawled by the real ``scrapy crawl generic`` through the loopback replay proxy in incremental mode, runs
minutes apart on one store with no recheck point between them (README: a listing showing a known story between its
recheck points costs no request).

- A (old slug): from the second run the home page also links a story under its old slug, which answers a 301 to
  the story's current URL. The story is known and not due, so its current URL is skipped; the redirect to it was
  dropped as a duplicate (or fetched and read unchanged): the old slug was never stored, and every run asked it
  again. README: "The URLs a page was reached through by redirects are its aliases too".
- B (moved story): after the first run a story moves to another section: its old URL answers a 301 to the new one,
  and the home page links the new one. Read there and found unchanged, the new URL was stored only when the read
  happened under the story's own check (order-dependent), so later runs fetched it and dropped it unchanged again.
- h290 (a new story's URL once sent to a known one): a listed new story's URL (its own id 52000) answered a 302 (a
  catch-all, a maintenance notice) or WordPress's redirect_guess_404_permalink 301 to a known story before it went
  live. Stored as that story's alias, it was never asked again. A URL of another id, or one reached through a
  temporary redirect, names no story.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import run_crawl
from newscrawl.state import Emission, url_alias
from redis_helpers import crawl_keys, redis_url, seen_store  # noqa: F401  (fixtures)
from replay import Route

HOST = "https://www.kabarcontoh.id"
TITLES = {51001: "Warga Bekasi Bahas Soal Banjir di Balai Kota",
          51020: "Pasar Induk Bogor Dibuka Kembali Setelah Renovasi",
          51050: "Pelabuhan Serang Tambah Dermaga untuk Kapal Nelayan"}
PLACES = {51001: "Bekasi", 51020: "Bogor", 51050: "Serang", 52000: "Depok"}
NEW_STORY = 52000  # h290: listed before it goes live (not served by _site unless asked)
NEW_TITLE = "Harga Cabai Rawit di Pasar Depok Naik Dua Kali Lipat"
NEW_URL = f"{HOST}/ekonomi/{NEW_STORY}/harga-cabai-rawit-di-pasar-depok-naik-dua-kali-lipat"
OLD_SLUG = f"{HOST}/ekonomi/51020/judul-lama-pasar-induk-bogor"
MOVED_FROM = f"{HOST}/ekonomi/51050/pelabuhan-serang-tambah-dermaga-untuk-kapal-nelayan"
MOVED_TO = f"{HOST}/politik/51050/pelabuhan-serang-tambah-dermaga-untuk-kapal-nelayan"


def _url(story: int) -> str:
    return f"{HOST}/ekonomi/{story}/{TITLES[story].lower().replace(' ', '-')}"


def _article(story: int, url: str) -> str:
    published = f"2026-11-25T0{story % 7 + 1}:00:00+07:00"
    title = TITLES.get(story, NEW_TITLE)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": published, "author": [{"@type": "Person", "name": "Rina Kartikasari"}],
          "publisher": {"@type": "Organization", "name": "Kabar Contoh"}, "mainEntityOfPage": {"@id": url}}
    body = "".join(f"<p>Paragraf {n} berita {story}: warga {PLACES[story]} berkumpul membahas rencana kota yang menjadi "
                   f"perhatian banyak pihak sejak awal pekan, kata ketua rukun warga kepada wartawan.</p>"
                   for n in range(1, 5))
    return (f'<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>{title} - Kabar Contoh</title>'
            f'<link rel="canonical" href="{url}"><meta property="og:type" content="article">'
            f'<meta property="og:title" content="{title}"><meta property="og:url" content="{url}">'
            f'<meta property="article:published_time" content="{published}">'
            f'<script type="application/ld+json">{json.dumps(ld)}</script></head><body>'
            f'<header><a href="/">Kabar Contoh</a></header><main><article><h1>{title}</h1>'
            f'<div class="byline">Penulis: Rina Kartikasari</div><time datetime="{published}">25/11/2026</time>'
            f'<div class="detail-text">{body}</div></article></main>'
            f'<footer><p>Hak cipta 2026 Kabar Contoh.</p></footer></body></html>')


def _site(links: list[str], moved: bool = False, new: int | None = None) -> dict[str, Route]:
    """``new``: the new story's URL answers this redirect status to story 51020 (0: it serves the new story)."""
    routes = {f"{HOST}/robots.txt": Route("User-agent: *\nAllow: /\n", headers={"Content-Type": "text/plain"})}
    if new is not None:
        routes[NEW_URL] = (Route(_article(NEW_STORY, NEW_URL)) if new == 0
                           else Route(b"", status=new, headers={"Location": _url(51020)}))
    for story in TITLES:
        url = MOVED_TO if moved and story == 51050 else _url(story)
        routes[url] = Route(_article(story, url))
    routes[OLD_SLUG] = Route(b"", status=301, headers={"Location": _url(51020)})
    if moved:
        routes[MOVED_FROM] = Route(b"", status=301, headers={"Location": MOVED_TO})
    cards = "".join(f'<div class="card"><a href="{link}"><h3>Kabar terkini</h3></a></div>' for link in links)
    routes[f"{HOST}/"] = Route(f'<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Kabar Contoh</title>'
                               f'<meta property="og:type" content="website"></head><body><main>{cards}</main>'
                               f'</body></html>')
    return routes


def _run(routes: dict[str, Route], workdir: Path, name: str, now: str):
    result = run_crawl("generic", routes, workdir / name, f"start_urls={HOST}/", "since=2026-11-25",
                       "until=2026-11-25", settings={
                           "NEWSCRAWL_INCREMENTAL": "1", "NEWSCRAWL_NOW": now, "NEWSCRAWL_DEFAULT_FEED": "",
                           "NEWSCRAWL_STATE_PATH": str(workdir / "seen.sqlite3"),
                           "NEWSCRAWL_OUTPUT_DIR": str(workdir / "output")})
    assert result.returncode == 0, result.log[-3000:]
    return result


def _asked(result) -> list[str]:
    return [url for _method, url, _status in result.hits
            if any(f"/{n}" in url for n in ("5100", "5102", "5105", "5200"))]


def test_an_old_slug_redirecting_to_a_known_story_is_asked_once(tmp_path):
    """A: the second run asks the old slug (unknown yet) and learns where it leads; the third asks nothing."""
    first = _run(_site([_url(s) for s in TITLES]), tmp_path, "run1", "2026-11-25T14:00:00+07:00")
    assert sorted(item["id"] for item in first.items) == ["51001", "51020", "51050"], first.log[-3000:]
    listed = _site([*(_url(s) for s in TITLES), OLD_SLUG])
    second = _run(listed, tmp_path, "run2", "2026-11-25T14:10:00+07:00")
    assert second.items == [] and _asked(second) == [OLD_SLUG], _asked(second)
    third = _run(listed, tmp_path, "run3", "2026-11-25T14:20:00+07:00")
    assert third.items == [] and _asked(third) == [], _asked(third)


def test_an_old_slug_listed_alone_is_judged_as_the_known_story_it_leads_to(tmp_path):
    """A: the old slug is the only link to the story (its current URL unlisted): the redirect's target gets its own
    look-up, the known story not due is not fetched, and the old slug is its alias from then on."""
    _run(_site([_url(s) for s in TITLES]), tmp_path, "run1", "2026-11-25T14:00:00+07:00")
    listed = _site([_url(51001), _url(51050), OLD_SLUG])
    second = _run(listed, tmp_path, "run2", "2026-11-25T14:10:00+07:00")
    assert second.items == [] and _asked(second) == [OLD_SLUG], _asked(second)
    assert second.stats.get("newscrawl/incremental/redirect_to_known") == 1, second.stats
    third = _run(listed, tmp_path, "run3", "2026-11-25T14:20:00+07:00")
    assert _asked(third) == [], _asked(third)


def test_a_moved_storys_new_url_read_unchanged_is_learned(tmp_path):
    """B: the story moved to another section (its old URL 301s there, the home page links the new URL): the run
    reading it there finds it unchanged and stores the new URL; the next run asks nothing."""
    _run(_site([_url(s) for s in TITLES]), tmp_path, "run1", "2026-11-25T14:00:00+07:00")
    moved = _site([_url(51001), _url(51020), MOVED_TO], moved=True)
    second = _run(moved, tmp_path, "run2", "2026-11-25T14:10:00+07:00")
    assert second.items == [] and _asked(second) == [MOVED_TO], _asked(second)
    third = _run(moved, tmp_path, "run3", "2026-11-25T14:20:00+07:00")
    assert third.items == [] and _asked(third) == [], _asked(third)


@pytest.mark.parametrize("status", [302, 301])
def test_a_new_storys_url_once_sent_to_a_known_story_is_asked_again(tmp_path, status):
    """h290 S1 (302: a catch-all, a maintenance notice) and S1b (301: WordPress's 404 guess, across ids): the listed new
    story's URL, sent to known story 51020 before it went live, is not 51020's alias: the next run asks it again and
    emits the new story."""
    _run(_site([_url(s) for s in TITLES]), tmp_path, "run1", "2026-11-25T14:00:00+07:00")
    links = [*(_url(s) for s in TITLES), NEW_URL]
    second = _run(_site(links, new=status), tmp_path, "run2", "2026-11-25T14:10:00+07:00")
    assert second.items == [] and _asked(second) == [NEW_URL], _asked(second)
    third = _run(_site(links, new=0), tmp_path, "run3", "2026-11-25T14:20:00+07:00")
    assert [item["id"] for item in third.items] == [str(NEW_STORY)], (_asked(third), third.log[-3000:])
    assert third.items[0]["title"] == NEW_TITLE


@pytest.mark.parametrize("names, key, found", [
    ([OLD_SLUG], "generic#kabarcontoh.id#51020", True),           # a redirect chain's URL names the stored story
    ([OLD_SLUG, f"{HOST}/?p=51020"], "generic#kabarcontoh.id#51020", True),
    ([OLD_SLUG], "generic#kabarcontoh.id#59999", False),          # a story the store does not hold: left out
])
def test_the_store_records_aliases_of_the_stories_it_holds(seen_store, tmp_path, names, key, found):
    """Both stores: record_aliases names a stored story by more URLs (url_alias), never a key it does not hold."""
    stored = "generic#kabarcontoh.id#51020"
    seen_store.commit_run("r1", "generic", tmp_path / "a.part", tmp_path / "a", [Emission(
        key=stored, url=_url(51020), site="generic", article_id="51020", content_hash="h", updated_at=None,
        published_ts=1.0)], now=10.0)
    seen_store.record_aliases([(url_alias(name), key) for name in names])
    for name in names:
        seen = seen_store.find(None, name)
        assert (seen.key if seen else None) == (stored if found else None)


@pytest.mark.parametrize("own_key, found", [
    (None, True),                                   # a URL giving no id: the alias stands
    ("generic#kabarcontoh.id#51020", True),         # the story's own id (a renamed slug)
    ("generic#51020", True),                        # its key in a store written before keys held the host
    ("generic#kabarcontoh.id#52000", False),        # another id: a new story, whatever alias a redirect left (h290)
])
def test_the_store_finds_no_alias_of_another_id(seen_store, tmp_path, own_key, found):
    """Both stores: find() by a URL's alias never answers a story of another id than the URL's own."""
    stored = "generic#kabarcontoh.id#51020"
    seen_store.commit_run("r1", "generic", tmp_path / "a.part", tmp_path / "a", [Emission(
        key=stored, url=_url(51020), site="generic", article_id="51020", content_hash="h", updated_at=None,
        published_ts=1.0)], now=10.0)
    seen_store.record_aliases([(url_alias(NEW_URL), stored)])
    seen = seen_store.find(None, NEW_URL, own_key)
    assert (seen.key if seen else None) == (stored if found else None)
