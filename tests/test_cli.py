"""The command line as users and cron meet it: spider arguments, exit codes, the default feed, the
README's crontab line on a fresh clone."""
from __future__ import annotations

import asyncio
import fcntl
import os
import re
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from scrapy.settings import Settings
from scrapy.utils.test import get_crawler

from conftest import REPO, cron_command
from newscrawl.addons import Contact, DefaultFeed
from newscrawl.arguments import BadArgument, check_arguments
from newscrawl.spiders.base import NewsSpider
from newscrawl.spiders.generic import GenericSpider
from newscrawl.spiders.sindonews import SindonewsSpider

TODAY = date(2024, 6, 19)
BASE = NewsSpider.arguments
GENERIC = GenericSpider.arguments


# ---- check_arguments: what each -a gives, or the one line that names it ----------------------
@pytest.mark.parametrize(("given", "expected"), [
    ({}, {"url": [], "url_file": [], "since": TODAY, "until": TODAY, "max_pages": None, "recrawl": False}),
    ({"until": "2024-06-01"}, {"since": date(2024, 6, 1), "until": date(2024, 6, 1)}),
    ({"since": "2024-06-01", "until": "2024-06-03"}, {"since": date(2024, 6, 1), "until": date(2024, 6, 3)}),
    ({"since": " 2024-06-18 "}, {"since": date(2024, 6, 18), "until": TODAY}),
    ({"max_pages": "5", "recrawl": "1"}, {"max_pages": 5, "recrawl": True}),
    ({"recrawl": "no"}, {"recrawl": False}),
    # a comma separates URLs only before the next scheme (tempo 2015 URLs contain commas)
    ({"url": "https://www.tempo.co/read/news/2015/06/07/055715684,uk.html, http://x.id/a"},
     {"url": ["https://www.tempo.co/read/news/2015/06/07/055715684,uk.html", "http://x.id/a"]}),
])
def test_good_arguments(given, expected):
    values = check_arguments(given, BASE, today=TODAY)
    assert {k: values[k] for k in expected} == expected


@pytest.mark.parametrize(("given", "message"), [
    ({"sinse": "2024-06-01"}, "-a sinse='2024-06-01': sindonews has no argument 'sinse' (did you mean since?"),
    ({"max_page": "3"}, "did you mean max_pages?"),
    ({"feeds": "https://x.id/rss"}, "-a feeds='https://x.id/rss': sindonews has no argument 'feeds' (it takes: url, url_file, since"),
    ({"url": "not-a-url"}, "-a url='not-a-url': expected http(s) URLs separated by commas ('not-a-url' is not)"),
    ({"url": "https://x.id/a, www.x.id/b"}, "expected http(s) URLs separated by commas ('https://x.id/a, www.x.id/b' is not)"),
    ({"url": "https://"}, "-a url='https://': expected http(s) URLs"),
    ({"max_pages": "abc"}, "-a max_pages='abc': expected a whole number of at least 1"),
    ({"max_pages": "0"}, "-a max_pages='0': expected a whole number of at least 1"),
    ({"since": "19/06/2024"}, "-a since='19/06/2024': expected a date as YYYY-MM-DD"),
    ({"until": "2024-02-30"}, "-a until='2024-02-30': expected a date as YYYY-MM-DD"),
    ({"since": "2024-06-05", "until": "2024-06-03"}, "-a since=2024-06-05 is after -a until=2024-06-03"),
    ({"since": "2024-06-20"}, "-a since=2024-06-20 is after -a until=2024-06-19"),  # until defaults to today
    ({"recrawl": "maybe"}, "-a recrawl='maybe': expected 1/0, true/false or yes/no"),
    # (h19 probe) a day past what a window walks day by day ended in a traceback and exit 0
    ({"since": "0001-01-01", "until": "0001-01-01"}, "-a since='0001-01-01': expected a date as YYYY-MM-DD, from 1990"),
    ({"until": "9999-12-31"}, "-a until='9999-12-31': expected a date"),
    # an empty shell variable: not "no URL given" (that crawled today's listings instead)
    ({"url": ""}, "-a url='': expected http(s) URLs separated by commas (nothing given)"),
    ({"url_file": " "}, "-a url_file=' ': expected a readable file of http(s) URLs, one per line (nothing given)"),
])
def test_bad_arguments_name_themselves(given, message):
    with pytest.raises(BadArgument) as raised:
        check_arguments(given, BASE, today=TODAY, spider="sindonews")
    assert message in str(raised.value)
    assert "\n" not in str(raised.value)


@pytest.mark.parametrize(("given", "outcome"), [
    ({"start_urls": "https://a.id/,https://b.id/x", "depth": "2", "max_links": "0", "allowed_domains": "a.id, b.id"},
     {"start_urls": ["https://a.id/", "https://b.id/x"], "depth": 2, "max_links": 0, "allowed_domains": ["a.id", "b.id"]}),
    ({"url": "https://a.id/berita/1"}, {"start_urls": [], "depth": None}),
    ({}, "generic needs -a start_urls=… or -a url=…"),
    ({"start_urls": "a.id"}, "-a start_urls='a.id': expected http(s) URLs"),
    ({"start_urls": "https://a.id/", "depth": "0"}, "-a depth='0': expected a whole number of at least 1"),
    ({"start_urls": "https://a.id/", "max_links": "lots"}, "-a max_links='lots': expected a whole number of at least 0"),
])
def test_generic_arguments(given, outcome):
    if isinstance(outcome, str):
        with pytest.raises(BadArgument, match=re.escape(outcome)):
            check_arguments(given, GENERIC, today=TODAY, spider="generic", require_any=("start_urls", "url"))
    else:
        values = check_arguments(given, GENERIC, today=TODAY, spider="generic", require_any=("start_urls", "url"))
        assert {k: values[k] for k in outcome} == outcome


def test_url_file(tmp_path):
    """-a url_file=PATH: one URL per line (a list too long, or with commas, for -a url=)."""
    listed = tmp_path / "urls.txt"
    listed.write_text("\ufeff# dataset A\r\nhttps://x.id/a\r\n\r\n  https://www.tempo.co/read/news/2015/06/07/055715684,uk.html  \n"
                      "https://x.id/a\n", encoding="utf-8")
    values = check_arguments({"url_file": str(listed)}, BASE, today=TODAY)
    assert values["url_file"] == ["https://x.id/a", "https://www.tempo.co/read/news/2015/06/07/055715684,uk.html"]
    assert check_arguments({}, BASE, today=TODAY)["url_file"] == []
    spider = SindonewsSpider(url="https://x.id/b,https://x.id/a", url_file=str(listed))
    assert spider.start_article_urls == ["https://x.id/b", "https://x.id/a",
                                         "https://www.tempo.co/read/news/2015/06/07/055715684,uk.html"]
    bad = tmp_path / "bad.txt"
    bad.write_text("https://x.id/a\nwww.x.id/b\n", encoding="utf-8")
    for path, message in ((bad, f"({bad} line 2: www.x.id/b)"), (tmp_path / "missing.txt", "No such file")):
        with pytest.raises(BadArgument) as raised:
            check_arguments({"url_file": str(path)}, BASE, today=TODAY, spider="sindonews")
        assert f"-a url_file='{path}': expected a readable file of http(s) URLs, one per line" in str(raised.value)
        assert message in str(raised.value) and "\n" not in str(raised.value)
    # generic and the URL-only outlets take the file instead of -a url=
    assert check_arguments({"url_file": str(listed)}, GENERIC, today=TODAY, spider="generic",
                           require_any=GenericSpider.require_arguments)["url_file"]


def test_spider_built_by_scrapy_with_a_bad_argument_is_inert():
    crawler = get_crawler(SindonewsSpider)
    spider = SindonewsSpider.from_crawler(crawler, sinse="2024-06-01")
    assert "sinse" in spider.bad_argument
    with pytest.raises(BadArgument):  # built directly, the spider raises as any Python class would
        SindonewsSpider(sinse="2024-06-01")
    assert SindonewsSpider.from_crawler(get_crawler(SindonewsSpider), since="2024-06-01").bad_argument is None


def test_every_spider_left_inert_by_a_bad_argument_starts_nothing():
    # generic overrides start(): without its own guard it read attributes the inert spider never got
    # (AttributeError 'start_article_urls' from an in-process run with -a depth=0).
    from scrapy.spiderloader import SpiderLoader
    from scrapy.utils.project import get_project_settings

    async def started(spider):
        return [request async for request in spider.start()]

    loader = SpiderLoader.from_settings(get_project_settings())
    for name in loader.list():
        spidercls = loader.load(name)
        spider = spidercls.from_crawler(get_crawler(spidercls), sinse="2024-06-01")
        assert spider.bad_argument, name
        assert asyncio.run(started(spider)) == [], name


# ---- scrapy crawl: one line, exit 2, no traceback, nothing fetched ---------------------------
def scrapy_crawl(*args: str) -> subprocess.CompletedProcess:
    # No proxy: a request would fail loudly (there is no network here), and none must be made.
    env = {k: v for k, v in os.environ.items() if not k.lower().endswith("_proxy")}
    return subprocess.run([sys.executable, "-m", "scrapy", "crawl", *args, "-s", "LOG_LEVEL=INFO"],
                          cwd=REPO, env=env, capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize(("args", "line"), [
    (["sindonews", "-a", "sinse=2024-06-01"], "ERROR: Bad spider argument: -a sinse='2024-06-01'"),
    (["sindonews", "-a", "url=not-a-url"], "ERROR: Bad spider argument: -a url='not-a-url'"),
    (["generic", "-a", "start_urls=https://a.id/", "-a", "depth=x"], "ERROR: Bad spider argument: -a depth='x'"),
])
def test_scrapy_crawl_bad_argument(args, line):
    process = scrapy_crawl(*args)
    assert process.returncode == 2, process.stderr[-3000:]
    errors = [l for l in process.stderr.splitlines() if " ERROR: " in l or " CRITICAL: " in l]
    assert len(errors) == 1 and line in errors[0], process.stderr[-3000:]
    assert "Traceback" not in process.stderr
    assert "'finish_reason': 'bad_argument'" in process.stderr
    assert "downloader/request_count" not in process.stderr


def test_scrapy_crawl_unknown_spider():
    process = scrapy_crawl("sindonwes")
    assert process.returncode == 2
    assert "unknown spider 'sindonwes' (did you mean sindonews or" in process.stderr
    assert "`scrapy list` shows all" in process.stderr
    assert "Traceback" not in process.stderr


# ---- cron: arguments are checked before the lock; the lock names its holder -------------------
@pytest.fixture
def held_lock(tmp_path):
    lock_path = tmp_path / "state" / "cron.lock"
    lock_path.parent.mkdir(parents=True)
    with open(lock_path, "w") as held:
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)
        held.write("4242\n")
        held.flush()
        yield lock_path


def cron(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.lower().endswith("_proxy")}
    return subprocess.run(cron_command(tmp_path, *args), cwd=REPO, env=env, capture_output=True, text=True,
                          timeout=120)


@pytest.mark.parametrize(("args", "line"), [
    (["--spiders", "sindonews,nosuch"], "Unknown spider(s): nosuch"),
    (["--spiders", "sindonews", "--since", "2024-06-05", "--until", "2024-06-01"],
     "Bad argument for sindonews: -a since=2024-06-05 is after -a until=2024-06-01"),
    (["--spiders", "sindonews", "--since", "yesterday"], "Bad argument for sindonews: -a since='yesterday'"),
    (["--spiders", "generic"], "Bad argument for generic: generic needs -a start_urls=… or -a url=…"),
    (["--spiders", ""], "--spiders names no spider"),
    (["--spiders", "sindonews", "--since", "0001-01-01", "--until", "0001-01-01"],
     "Bad argument for sindonews: -a since='0001-01-01': expected a date as YYYY-MM-DD, from 1990-01-01"),
])
def test_cron_checks_arguments_before_the_lock(tmp_path, held_lock, args, line):
    process = cron(tmp_path, *args)
    assert process.returncode == 2, process.stderr  # not 75 (locked), not 1 (a crawl did not finish)
    assert process.stderr.count("\n") == 1 and line in process.stderr, process.stderr


@pytest.mark.parametrize("hours", ["999999999", "-1", "nan"])
def test_cron_lookback_hours_out_of_range_is_a_usage_error(tmp_path, held_lock, hours):
    """(h19 probe) a huge --lookback-hours ended in an OverflowError traceback and exit 1."""
    process = cron(tmp_path, "--spiders", "sindonews", "--lookback-hours", hours)
    assert process.returncode == 2 and "Traceback" not in process.stderr, process.stderr
    assert f"argument --lookback-hours: {hours}: hours from 0 to 744" in process.stderr, process.stderr


def test_cron_lock_message_names_the_holder(tmp_path, held_lock):
    process = cron(tmp_path, "--spiders", "sindonews", "--since", "2024-06-19", "--until", "2024-06-19")
    assert process.returncode == 75
    assert f"Another newscrawl run (pid 4242) holds {held_lock}" in process.stderr, process.stderr


# ---- the default feed only when no -o/-O ------------------------------------------------------
@pytest.mark.parametrize(("given", "feeds"), [
    ({}, {"output/%(name)s/%(time)s.jsonl": {"format": "jsonlines", "encoding": "utf-8"}}),
    ({"FEEDS": {"mine.jsonl": {"format": "jsonlines", "overwrite": True}}},   # -O mine.jsonl
     {"mine.jsonl": {"format": "jsonlines", "overwrite": True}}),
    ({"NEWSCRAWL_RUN_ID": "20240619T000000Z"}, {}),                               # cron / a worker
    ({"NEWSCRAWL_DEFAULT_FEED": ""}, {}),                                          # switched off
])
def test_default_feed_addon(given, feeds):
    settings = Settings()
    settings.setmodule("newscrawl.settings", priority="project")
    settings.setdict(given, priority="cmdline")
    DefaultFeed().update_settings(settings)
    assert settings.getdict("FEEDS") == feeds


# ---- the README's crontab works verbatim on a fresh clone --------------------------------------
def readme_crontab_lines() -> list[str]:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```cron\n(.*?)```", readme, re.S)
    assert block, "README has no ```cron block"
    return [line for line in block.group(1).splitlines() if line.strip() and not line.startswith("#")]


@pytest.mark.skipif(shutil.which("git") is None, reason="git is needed to make a fresh clone")
def test_readme_crontab_lines_run_in_a_fresh_clone(tmp_path):
    """Each crontab line, as cron runs it (/bin/sh -c, in a fresh clone of the committed tree): only the
    checkout path and the venv's python are substituted, and --help is added so nothing is crawled;
    the `>>logs/… 2>&1` redirection is the README's own."""
    clone = tmp_path / "newscrawl"
    subprocess.run(["git", "clone", "--quiet", str(REPO), str(clone)], check=True, timeout=120)
    lines = readme_crontab_lines()
    assert len(lines) == 2
    for line in lines:
        command = line.split(None, 5)[5]  # after the five schedule fields
        assert "cd /srv/newscrawl && .venv/bin/python -m newscrawl.cron" in command
        command = command.replace("cd /srv/newscrawl", f"cd {clone}").replace(
            ".venv/bin/python -m newscrawl.cron", f"{sys.executable} -m newscrawl.cron --help", 1)
        process = subprocess.run(["/bin/sh", "-c", command], capture_output=True, text=True, timeout=120)
        assert process.returncode == 0, process.stderr
        assert process.stderr == "" and process.stdout == ""  # everything went to the log file
    log = (clone / "logs" / "cron.out").read_text(encoding="utf-8")
    assert log.count("usage: python -m newscrawl.cron") == 2


# ---- the operator's contact in the User-Agent --------------------------------------------------
@pytest.mark.parametrize(("given", "spider_agent", "agent"), [
    ({"NEWSCRAWL_CONTACT": ""}, None, "newscrawl/0.1 (news research crawler)"),
    ({"NEWSCRAWL_CONTACT": "mailto:ops@example.org"}, None,
     "newscrawl/0.1 (news research crawler; +mailto:ops@example.org)"),
    ({"NEWSCRAWL_CONTACT": "https://example.org/crawler"}, None,
     "newscrawl/0.1 (news research crawler; +https://example.org/crawler)"),
    # an explicit USER_AGENT (command line, or a spider's: tribunnews sends a browser's) is kept
    ({"NEWSCRAWL_CONTACT": "mailto:ops@example.org", "USER_AGENT": "Mine/1"}, None, "Mine/1"),
    ({"NEWSCRAWL_CONTACT": "mailto:ops@example.org"}, "Mozilla/5.0 (X11)", "Mozilla/5.0 (X11)"),
])
def test_contact_goes_into_the_user_agent(given, spider_agent, agent):
    settings = Settings()
    settings.setmodule("newscrawl.settings", priority="project")
    if spider_agent:
        settings.set("USER_AGENT", spider_agent, priority="spider")
    settings.setdict(given, priority="cmdline")
    for addon in (DefaultFeed(), Contact()):
        addon.update_settings(settings)
    assert settings["USER_AGENT"] == agent


def test_scrapy_crawl_reads_a_url_file(tmp_path):
    from conftest import run_crawl
    from replay import Route
    from synthetic_site import article_html, article_url

    listed = tmp_path / "urls.txt"
    listed.write_text("# three articles, one twice\n" + "\n".join(article_url(n) for n in (0, 1, 2, 1)) + "\n",
                      encoding="utf-8")
    routes = {article_url(n): Route(article_html(n)) for n in range(3)}
    result = run_crawl("sindonews", routes, tmp_path / "crawl", f"url_file={listed}")
    assert result.returncode == 0, result.log[-2000:]
    assert sorted(item["url"] for item in result.items) == sorted(article_url(n) for n in range(3))


def test_an_incremental_scrapy_crawl_commits_what_it_emits(tmp_path):
    """(h49 s13) settings.py said `scrapy crawl -s NEWSCRAWL_INCREMENTAL=1` works; with no run id the run output never
    started, nothing was recorded, and every run emitted everything again, silently. It commits as cron does now."""
    import sqlite3

    from conftest import run_crawl
    from synthetic_site import DAY, site_routes

    settings = {"NEWSCRAWL_INCREMENTAL": 1, "NEWSCRAWL_STATE_PATH": tmp_path / "state" / "seen.sqlite3",
                "NEWSCRAWL_OUTPUT_DIR": tmp_path / "output", "NEWSCRAWL_NOW": f"{DAY}T09:30:00+07:00"}
    window = (f"since={DAY}", f"until={DAY}")
    first = run_crawl("sindonews", site_routes(3), tmp_path / "first", *window, settings=settings)
    assert first.returncode == 0 and len(first.items) == 3, first.log[-2000:]
    second = run_crawl("sindonews", site_routes(3), tmp_path / "second", *window, settings=settings)
    assert second.returncode == 0 and second.items == [], second.log[-2000:]
    with sqlite3.connect(tmp_path / "state" / "seen.sqlite3") as db:
        assert db.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 3
    committed = sorted((tmp_path / "output" / "sindonews").glob("*.jsonl"))  # one per run, as cron's
    assert [len(path.read_text(encoding="utf-8").splitlines()) for path in committed] == [3, 0]


def cron_field_values(field: str, low: int, high: int) -> set[int]:
    """The values a crontab minute or hour field names (``*``, ``*/n``, ``a-b``, ``a,b``: what the README uses)."""
    values: set[int] = set()
    for part in field.split(","):
        spread, _, step = part.partition("/")
        first, last = (low, high) if spread == "*" else map(int, (spread.split("-") * 2)[:2])
        values.update(range(first, last + 1, int(step or 1)))
    return values


def test_readme_crontab_entries_never_start_at_the_same_minute():
    """Two entries starting together: one exits 75 on the lock, and a daily backfill losing would be skipped
    until the next day."""
    starts = [{(hour, minute) for hour in cron_field_values(line.split()[1], 0, 23)
               for minute in cron_field_values(line.split()[0], 0, 59)} for line in readme_crontab_lines()]
    for index, mine in enumerate(starts):
        for other in starts[index + 1:]:
            assert not mine & other, sorted(mine & other)[:3]


@pytest.mark.parametrize("blocked", ["--log-dir", "--lock", "--state"])
def test_cron_folders_it_cannot_write_are_one_line_before_anything_is_crawled(tmp_path, blocked):
    """(h49 s9) A read-only log folder failed in Scrapy's log setup with a 28-line traceback, after the lock was
    taken; a lock file that could not be opened, with a 13-line one. Here a file stands where the folder should
    be (what a read-only mount does to cron, without mounting): one ERROR line naming the path, exit 1."""
    blocker = tmp_path / "blocker"
    blocker.write_text("a file, not a folder")
    target = {"--log-dir": blocker, "--lock": blocker / "cron.lock", "--state": blocker / "seen.sqlite3"}[blocked]
    process = cron(tmp_path, "--spiders", "sindonews", "--since", "2024-06-19", "--until", "2024-06-19",
                   blocked, str(target))
    assert process.returncode == 1, process.stderr
    [line] = process.stderr.strip().splitlines()
    assert "ERROR" in line and str(blocker) in line and "nothing was crawled" in line, line
    assert not (tmp_path / "output" / "runs").exists()
