"""Shared test rig: run the real `scrapy crawl` in a subprocess against a loopback replay proxy."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

import pytest

from replay import ReplayProxy, realpages_dir

REPO = Path(__file__).resolve().parents[1]
SITES_DIR = REPO / "tests" / "sites"
SCHEMA_PATH = REPO / "newscrawl" / "schema" / "article.schema.json"


@dataclass
class CrawlResult:
    items: list[dict[str, Any]]
    stats: dict[str, Any]
    log: str
    returncode: int
    hits: list[tuple[str, str, int]] = field(default_factory=list)
    raw_lines: list[str] = field(default_factory=list)

    def fetched(self, url: str) -> int:
        """How many times the proxy answered this URL (http and https count as one)."""
        key = url.split("://", 1)[-1]
        return sum(1 for _method, hit, _status in self.hits if hit.split("://", 1)[-1] == key)

    def item(self, url: str) -> dict[str, Any]:
        matches = [i for i in self.items if i["url"] == url]
        assert len(matches) == 1, f"{len(matches)} items for {url}; got {[i['url'] for i in self.items]}\n{self.log[-3000:]}"
        return matches[0]


def run_crawl(spider: str, routes: Mapping[str, Any], workdir: Path, *spider_args: str,
              settings: Mapping[str, Any] | None = None, timeout: float = 180) -> CrawlResult:
    """`scrapy crawl SPIDER -a … -O out.jsonl` through a replay proxy serving ``routes``."""
    workdir.mkdir(parents=True, exist_ok=True)
    out = workdir / f"{spider}.jsonl"
    stats_path = workdir / f"{spider}.stats.json"
    log_path = workdir / f"{spider}.log"
    base_settings = {
        "LOG_FILE": str(log_path),
        "NEWSCRAWL_STATS_FILE": str(stats_path),
        "DOWNLOAD_DELAY": 0,
        "AUTOTHROTTLE_ENABLED": False,
        "RETRY_TIMES": 1,
        "DOWNLOAD_TIMEOUT": 20,
    }
    base_settings.update(settings or {})
    command = [sys.executable, "-m", "scrapy", "crawl", spider, "-O", str(out)]
    for arg in spider_args:
        command += ["-a", arg]
    for key, value in base_settings.items():
        command += ["-s", f"{key}={value}"]
    with ReplayProxy(routes) as proxy:
        env = {**os.environ, **proxy.env()}
        process = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, timeout=timeout)
        hits = list(proxy.hits)
    raw_lines = out.read_text(encoding="utf-8").splitlines() if out.exists() else []
    log = log_path.read_text(encoding="utf-8", errors="replace") if log_path.exists() else ""
    log += process.stderr
    stats = json.loads(stats_path.read_text(encoding="utf-8")) if stats_path.exists() else {}
    items = [json.loads(line) for line in raw_lines if line.strip()]
    return CrawlResult(items, stats, log, process.returncode, hits, raw_lines)


@pytest.fixture(scope="session")
def article_schema() -> dict[str, Any]:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def validate_line(article_schema):
    """Validate one JSONL line (the raw text, so encoding and field order are checked too)."""
    import jsonschema

    validator = jsonschema.Draft202012Validator(article_schema)
    from newscrawl.items import ARTICLE_FIELDS

    def check(line: str) -> dict[str, Any]:
        assert "\\u" not in line, f"escaped unicode in output line: {line[:200]}"
        item = json.loads(line)
        errors = sorted(validator.iter_errors(item), key=lambda e: list(e.path))
        assert not errors, "; ".join(f"{list(e.path)}: {e.message}" for e in errors)
        assert tuple(item)[: len(ARTICLE_FIELDS)] == ARTICLE_FIELDS, f"field order {tuple(item)}"
        return item

    return check


@pytest.fixture(scope="session")
def realpages() -> Path:
    path = realpages_dir()
    if path is None:
        pytest.skip("../shared/realpages not found (set NEWSCRAWL_REALPAGES or NEWSCRAWL_SHARED)")
    return path


@dataclass
class CronRun:
    returncode: int
    stdout: str
    stderr: str
    summary: dict[str, Any] | None
    hits: list[tuple[str, str, int]]


def cron_command(workdir: Path, *args: str) -> list[str]:
    """`python -m newscrawl.cron` with output, state and logs under workdir, and test-speed settings."""
    return [sys.executable, "-m", "newscrawl.cron", "--output-dir", str(workdir / "output"),
            "--state", str(workdir / "state" / "seen.sqlite3"), "--log-dir", str(workdir / "logs"),
            "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "RETRY_TIMES=1", *args]


def run_cron(routes: Mapping[str, Any] | None, workdir: Path, *args: str, proxy: ReplayProxy | None = None,
             env: Mapping[str, str] | None = None, timeout: float = 240, prelude: str | None = None,
             cwd: Path = REPO) -> CronRun:
    """One cron run through a replay proxy (a given running proxy, or a fresh one over routes). ``prelude``: Python
    run in the cron process before its main (a fault injected: a store method that raises, a clock). ``cwd``: where
    it runs (another folder than the checkout: a crontab line without its `cd`)."""
    own = proxy is None
    proxy = proxy or ReplayProxy(routes).start()
    command = cron_command(workdir, *args)
    if prelude is not None:
        command[1:3] = ["-c", prelude + "\nimport sys\nfrom newscrawl.cron import main\nsys.exit(main(sys.argv[1:]))"]
    try:
        before = len(proxy.hits)
        process = subprocess.run(command, cwd=cwd, capture_output=True, text=True,
                                 timeout=timeout, env={**os.environ, **proxy.env(), **(env or {})})
        hits = list(proxy.hits)[before:]
    finally:
        if own:
            proxy.stop()
    summaries = sorted((workdir / "output" / "runs").glob("*.summary.json"))
    summary = json.loads(summaries[-1].read_text(encoding="utf-8")) if summaries else None
    return CronRun(process.returncode, process.stdout, process.stderr, summary, hits)


def completed_items(workdir: Path) -> list[dict[str, Any]]:
    """Every line of every completed (renamed) JSONL file; asserts no line is torn or invalid."""
    items = []
    for path in sorted((workdir / "output").glob("*/*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            assert line.strip(), f"{path}:{number} empty line"
            items.append(json.loads(line))
    return items


# ---- the suite writes only under temporary directories --------------------------------------
# Every file that appears in the checkout during the run (outside caches and venvs) fails the run:
# a crawl that wrote the default feed next to its -O file, a demo writing demo.jsonl here, ….
_CHECKOUT_SKIP = {".git", ".venv", "venv", "__pycache__", ".pytest_cache", ".mypy_cache", ".ruff_cache"}


def checkout_files(root: Path = REPO) -> set[str]:
    """Paths of the files under root, relative, without caches, venvs and .git."""
    found = set()
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if d not in _CHECKOUT_SKIP]
        found.update(os.path.relpath(os.path.join(folder, f), root) for f in files)
    return found


def pytest_sessionstart(session: pytest.Session) -> None:
    if not hasattr(session.config, "workerinput"):  # the xdist controller (or a plain run) only
        session.config.stash[_CHECKOUT_BEFORE] = checkout_files()


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    before = session.config.stash.get(_CHECKOUT_BEFORE, None)
    if before is None:
        return
    new = sorted(checkout_files() - before)
    if new:
        reporter = session.config.pluginmanager.get_plugin("terminalreporter")
        message = (f"the test run wrote {len(new)} file(s) into the checkout {REPO} (tests must write only "
                   f"under temporary directories): {', '.join(new[:20])}")
        if reporter is not None:
            reporter.write_sep("=", "FAILED: files left in the checkout", red=True)
            reporter.write_line(message)
        else:
            print(message, file=sys.stderr)
        if session.exitstatus == 0:
            session.exitstatus = pytest.ExitCode.TESTS_FAILED


_CHECKOUT_BEFORE = pytest.StashKey[set]()
