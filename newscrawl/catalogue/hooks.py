"""Python hooks of catalogue outlets: only quirks that a table entry cannot state.

An entry names its hook (``hook = "name"``); the hook gets the page's RawArticle after extraction and
the response, and may adjust the article in place (NewsSpider.adjust_article).
"""
from __future__ import annotations

import re
from typing import Callable, Iterable

from scrapy.http import Response

from newscrawl.extract import RawArticle
from newscrawl.dates import WIB
from newscrawl.fields.dates import MACHINE_SOURCES, SITE, DateCandidate, needs_shown_dates, source_of

Hook = Callable[[RawArticle, Response], None]

HOOKS: dict[str, Hook] = {}


# rm.id prints its date as the text of a plain <span>, "YYYY-MM-DD HH:MM:SS || …" (naive WIB wall
# time, OUTLETS.md: rmid); a shown ISO-like stamp is not a form the page-level date finder looks for,
# and the span has no class to name in a selector.
_LEADING_STAMP = re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}(?::\d{2})?(?![0-9])")


def leading_stamp(texts: Iterable[str]) -> str | None:
    """The first text that starts with a "YYYY-MM-DD HH:MM[:SS]" stamp, cut before its "||"."""
    for text in texts:
        text = " ".join(text.split())
        if _LEADING_STAMP.match(text):
            return text.split("||", 1)[0].strip()
    return None


def rmid_span_date(raw: RawArticle, response: Response) -> None:
    """rm.id: the first <span> that opens with the stamp is the article's shown date. Read only when
    the page's structured dates do not already settle the time (a sidebar span must not outvote them)."""
    machine = [c for c in raw.published if source_of(c) in MACHINE_SOURCES]
    if machine and not needs_shown_dates(machine, WIB):
        return
    spans = response.xpath("//body//span[starts-with(normalize-space(.), '20')]")
    stamp = leading_stamp(" ".join(span.xpath(".//text()").getall()) for span in spans)
    if stamp:
        raw.published.append(DateCandidate(stamp, SITE))


HOOKS["rmid_span_date"] = rmid_span_date
