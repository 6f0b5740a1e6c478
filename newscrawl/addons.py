"""Scrapy add-ons of the project (listed in settings.ADDONS)."""
from __future__ import annotations

from typing import Any

from scrapy.settings import SETTINGS_PRIORITIES

_PRODUCT = "newscrawl/0.1 (news research crawler{contact})"


def user_agent(contact: str | None) -> str:
    """The project's User-Agent, naming the operator's contact (a URL or mailto:) when one is set."""
    return _PRODUCT.format(contact=f"; +{contact.strip()}" if contact and contact.strip() else "")


class Contact:
    """``NEWSCRAWL_CONTACT`` (setting, ``-s`` or environment variable) goes into the User-Agent, so a
    site's operator can reach whoever runs the crawl. A USER_AGENT set on the command line or by a
    spider (tribunnews sends a browser's) is left alone."""

    def update_settings(self, settings: Any) -> None:
        if settings.get("NEWSCRAWL_CONTACT") and settings.getpriority("USER_AGENT") <= SETTINGS_PRIORITIES["project"]:
            # "project": USER_AGENT has a project default, which "addon" could not replace.
            settings.set("USER_AGENT", user_agent(settings.get("NEWSCRAWL_CONTACT")), priority="project")


def run_id_now() -> str:
    """A run id on one machine: the UTC time, to the microsecond (also the cron entry's)."""
    from datetime import datetime, timezone

    return datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")


class IncrementalRunOutput:
    """``scrapy crawl -s NEWSCRAWL_INCREMENTAL=1`` commits what it emits, as the cron entry does: it gets a run id, so
    its items go to the run's atomic output (``output/<site>/<run_id>.jsonl``, newscrawl/output.py), committed with
    the seen-store. Without one nothing was ever recorded, and every run emitted everything again (h49). A run id
    given (the cron entry, a distributed worker: DistributedMode, listed before) is kept; -o/-O feeds still get the
    items too. Listed before DefaultFeed, which adds no default feed to a run with its own output."""

    def update_settings(self, settings: Any) -> None:
        if settings.getbool("NEWSCRAWL_INCREMENTAL") and not settings.get("NEWSCRAWL_RUN_ID"):
            # "project": the setting has a project default, which "addon" could not replace.
            settings.set("NEWSCRAWL_RUN_ID", run_id_now(), priority="project")


class DefaultFeed:
    """The project's default feed, ``NEWSCRAWL_DEFAULT_FEED``, only when no other output is chosen.

    Scrapy merges a project's FEEDS setting into the feeds given by ``-o``/``-O``
    (scrapy.utils.conf.feed_process_params_from_cli), so a default declared in settings.py is
    written next to every ``-O file.jsonl``. Declared here instead, it applies only when FEEDS is
    still empty once the command line is read, and not when the run writes its own atomic per-run
    output (NEWSCRAWL_RUN_ID: the cron entry, a distributed worker). Listed after DistributedMode,
    which sets the run id of a worker.
    """

    def update_settings(self, settings: Any) -> None:
        uri = settings.get("NEWSCRAWL_DEFAULT_FEED")
        if not uri or settings.getdict("FEEDS") or settings.get("NEWSCRAWL_RUN_ID"):
            return
        settings.set("FEEDS", {uri: {"format": "jsonlines", "encoding": "utf-8"}}, priority="addon")
