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
