"""Python hooks of catalogue outlets: only quirks that a table entry cannot state.

An entry names its hook (``hook = "name"``); the hook gets the page's RawArticle after extraction and
the response, and may adjust the article in place (NewsSpider.adjust_article).
"""
from __future__ import annotations

from typing import Callable

from scrapy.http import Response

from newscrawl.extract import RawArticle

Hook = Callable[[RawArticle, Response], None]

HOOKS: dict[str, Hook] = {}

# (None yet: rm.id's plain-span "YYYY-MM-DD HH:MM:SS" date, the first quirk here, is read by the shared
# page date finder since it learnt year-first stamps with a time.)
