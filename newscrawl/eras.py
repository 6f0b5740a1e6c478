"""Template eras: a site whose markup changed over the years gets one selector set per era, each with
the period it applies to (as Fundus versions its parsers), instead of one growing tuple of alternatives.

A page's era is chosen by evidence, strongest first:

1. its markup: an era whose ``signature`` (CSS; by default the era's body containers) matches the page.
   When several would (a template kept an old class), the era of the page's day wins, else the newest;
2. its day (from the URL), inside an era's ``valid_from``–``valid_until``; an era without
   ``valid_until`` lasts until the next era starts;
3. otherwise the newest era (the first declared): a page nobody has seen is most likely current.

Pure functions; the spider asks ``choose_era`` once per page and counts which rule decided.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple
from urllib.parse import urlsplit

from parsel import Selector

from newscrawl.css import matches_anything, select_elements
from newscrawl.extract import SiteRules


@dataclass(frozen=True)
class TemplateEra:
    """One era of a site's markup: its selectors and the period it was seen in."""

    name: str
    rules: SiteRules
    valid_from: date | None = None  # None: since the site began
    valid_until: date | None = None  # None: until the next (newer) era starts
    signature: str | None = None  # CSS only this era's pages match; None: its body containers

    @property
    def signature_css(self) -> str:
        return self.signature or ", ".join(self.rules.body)


class EraChoice(NamedTuple):
    era: TemplateEra
    by: str  # "signature", "date" or "default"


def era_periods(eras: tuple[TemplateEra, ...]) -> list[tuple[TemplateEra, date, date]]:
    """Each era with its closed period; eras are declared newest first, an open end runs to the day
    before the next newer era starts."""
    periods = []
    newer_start: date | None = None
    for era in eras:
        start = era.valid_from or date.min
        if era.valid_until is not None:
            end = era.valid_until
        elif newer_start is not None and newer_start > date.min:
            end = date.fromordinal(newer_start.toordinal() - 1)
        else:
            end = date.max
        periods.append((era, start, end))
        newer_start = era.valid_from
    return periods


def era_for_day(eras: tuple[TemplateEra, ...], day: date) -> TemplateEra | None:
    for era, start, end in era_periods(eras):
        if start <= day <= end:
            return era
    return None


def choose_era(eras: tuple[TemplateEra, ...], selector: Selector, day: date | None) -> EraChoice:
    """The era of one page (see the module docstring). ``eras`` is declared newest first.

    Each signature is a walk over the page, so they are asked lazily: the era of the page's day first
    (when its markup agrees, nothing else need be asked), then the others newest first.
    """
    if not eras:
        raise ValueError("choose_era needs at least one era")
    dated = era_for_day(eras, day) if day else None
    if dated is not None and _signature_matches(dated, selector):
        return EraChoice(dated, "signature")
    for era in eras:
        if era is not dated and _signature_matches(era, selector):
            return EraChoice(era, "signature")
    if dated is not None:
        return EraChoice(dated, "date")
    return EraChoice(eras[0], "default")


def _signature_matches(era: TemplateEra, selector: Selector) -> bool:
    if not era.signature:
        # Its body containers one by one, as article_body will ask them (same answer as their union):
        # inside css.memoized_queries the body is then read from the containers found here.
        return any(select_elements(selector, css) for css in era.rules.body)
    return matches_anything(selector, era.signature)


# /2016/02/15/ and the two-digit /16/02/15/ of republika's old URLs.
_PATH_DAY = re.compile(r"/((?:19|20)\d{2}|\d{2})/(\d{2})/(\d{2})(?:/|$)")


# Only a four-digit year: what discovery filters by before the fetch, where a wrong day loses the story unread.
_FULL_PATH_DAY = re.compile(r"/((?:19|20)\d{2})/(\d{2})/(\d{2})(?:/|$)")


def url_path_day(url: str, two_digit_year: bool = True) -> date | None:
    """The day an article URL's path carries as /YYYY/MM/DD/ or (``two_digit_year``) /YY/MM/DD/, or None."""
    match = (_PATH_DAY if two_digit_year else _FULL_PATH_DAY).search(urlsplit(url).path)
    if not match:
        return None
    year, month, day = (int(g) for g in match.groups())
    try:
        return date(year + 2000 if year < 100 else year, month, day)
    except ValueError:
        return None
