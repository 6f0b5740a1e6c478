"""SeenStore and crash recovery as pure units (the cron tests cover them end to end)."""
from __future__ import annotations


import pytest

from newscrawl.middlewares import retry_after_seconds, wrong_charset
from newscrawl.output import recover
from newscrawl.state import Emission, SeenStore


def emission(url: str, digest: str = "h1", published: float | None = 1_000.0) -> Emission:
    return Emission(url=url, site="s", article_id="1", content_hash=digest, updated_at=None, published_ts=published)


@pytest.fixture
def store(tmp_path):
    store = SeenStore(tmp_path / "state" / "seen.sqlite3")
    yield store
    store.close()


def test_should_fetch_new_recent_and_old(store, tmp_path):
    store.commit_run("r1", "s", tmp_path / "a.part", tmp_path / "a", [emission("https://x/old", published=0.0),
                                                                       emission("https://x/new", published=99_000.0)])
    now = 100_000.0
    assert store.should_fetch("https://x/never", recheck_seconds=3600, now=now)
    assert store.should_fetch("https://x/new", recheck_seconds=3600, now=now)      # published 1000 s ago: recheck
    assert not store.should_fetch("https://x/old", recheck_seconds=3600, now=now)  # long ago: skip


def test_commit_updates_hash_and_keeps_first_seen(store, tmp_path):
    store.commit_run("r1", "s", tmp_path / "1.part", tmp_path / "1", [emission("https://x/a", "h1")], now=10.0)
    store.commit_run("r2", "s", tmp_path / "2.part", tmp_path / "2", [emission("https://x/a", "h2")], now=20.0)
    seen = store.get("https://x/a")
    assert (seen.content_hash, seen.last_emitted) == ("h2", 20.0)
    assert store.db.execute("SELECT first_seen FROM articles").fetchone()[0] == 10.0
    assert store.count() == 1


@pytest.mark.parametrize("committed", [True, False])
def test_recover_rolls_committed_forward_and_discards_the_rest(store, tmp_path, committed):
    site_dir = tmp_path / "output" / "s"
    site_dir.mkdir(parents=True)
    part, final = site_dir / "run.jsonl.part", site_dir / "run.jsonl"
    part.write_text('{"url": "https://x/a"}\n')
    if committed:
        store.commit_run("run", "s", part, final, [emission("https://x/a")])
    settled = recover(tmp_path / "output", store)
    assert not part.exists()
    assert final.exists() is committed
    assert settled == ({"rolled_forward": 1, "discarded": 0} if committed else {"rolled_forward": 0, "discarded": 1})
    if committed:
        assert store.committed_run_for(part) is None  # marked completed


@pytest.mark.parametrize(("value", "seconds"), [
    ("5", 5.0), (b"120", 120.0), (" 0 ", 0.0), (None, None), ("soon", None),
    ("Wed, 21 Oct 2015 07:28:00 GMT", 0.0),  # a date in the past: retry now
])
def test_retry_after(value, seconds):
    assert retry_after_seconds(value, now=2_000_000_000.0) == seconds


@pytest.mark.parametrize(("body", "declared", "wrong"), [
    ("Sintétis “kutipan”".encode(), "iso-8859-1", True),
    ("Sintétis".encode("cp1252"), "cp1252", False),   # real cp1252 bytes are not valid UTF-8
    (b"plain ascii", "latin-1", False),
    ("Sintétis".encode(), "utf-8", False),
    ("Sintétis".encode(), "gbk", False),               # only single-byte declarations are second-guessed
])
def test_wrong_charset(body, declared, wrong):
    assert wrong_charset(body, declared) is wrong
