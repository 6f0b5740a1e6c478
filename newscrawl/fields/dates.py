"""published_at / updated_at: which of a page's dates is the article's, when its sources disagree.

Every date text found on a page is a ``DateCandidate``: the text and the source it was read from.

    source     what it is                                                       kind
    jsonld     JSON-LD (News)Article datePublished / dateModified               machine
               (the story's own object first, then each other one describing the same story: extract.story_lds)
    meta       <meta> article:published_time / modified_time, a site's meta     machine
    itemprop   microdata itemprop=datePublished/dateModified (<meta> or element) machine
               and RDFa property=dc:date/dc:created/… (content, datetime) in the
               article's node (Drupal 7's rdf module: ``_rdfa_dates``)
    site       the site's own selectors for its date line (spiders/<site>.py)    shown
    visible    the date line nearest before the body (maintext; generic spider)  shown
    page       the page-level finder, ``find_page_dates``                        shown
    (both read the same texts, ``_shown_texts``: ``visible_date`` up to a known body start,
    ``find_page_dates`` around a guessed one.)

Precedence for published_at (``choose_dates``; the rule names are the stats the pipeline counts):

P1  Every text is read by ``dates.read_date`` in the site's zone (per host/section, the most specific
    entry deciding: ``dates.zone_for_url``). A machine date without a zone (naive JSON-LD) is the site's
    wall time: WITA on a Bali edition, not WIB — unless another machine date states its wall clock (to the
    minute) in an Indonesian zone (WIB, WITA, WIT): then it is that zone's wall time (a jNews post on a Papua
    outlet: JSON-LD "2024-08-03 09:15:00" beside the meta's 09:15:00+09:00 is 09:15 WIT, not WIB), published
    and modified dates alike (``_stated_zone_for_naive``). A zoned date on another wall clock, labelled UTC
    (P0 and P4c judge those) or WIB on a site the zone table puts east (the Jakarta CMS's label: P4b) tells nothing.
P1a A shown numeric date whose day and month may be either ("12/3/2026 2:30:00 PM") is read month first when that
    falls on the URL's day (in the site's zone or, with a time, in UTC) or a machine published date's day and day first
    on neither (an en-US stamp under /2026/12/03/: 3 December, not 12 March); the shown update dates are then read
    month first too (``_day_month_order_checked``), as they are when a shown date only reads month first ("Posted:
    11/28/2026 3:00:00 PM", read so for its en-US clock: ``dates.reads_month_first_only``). A weekday the text names (``dates.named_weekday``) that only one
    reading falls on decides before any day ("Senin, 09/11/2026" is Monday 9 November beside a meta's 2026-09-11;
    "Monday 12/7/2026" is 7 December), for an update line too. On an Indonesian page (``language="id"``) a machine
    date's day is no evidence: Indonesian pages print day first, and the machine date may be a CMS's wrong one (a
    JSON-LD y-d-m bug, 2026-04-12 for 4 December) — unless the shown date has an en-US clock, AM/PM, which no
    Indonesian date line prints ("12/04/2026 2:10 pm" beside Yoast's 2026-12-04T14:10:22 on an Indonesian WordPress:
    4 December; ``dates.shows_en_us_clock``).
P1b A machine date without a time of day yields to a later machine source's full stamp (a time, not a date-only
    field's placeholder: midnight exactly on its own clock or in the site's zone, noon UTC) on its day in its zone:
    the same date told more fully (suaramuhammadiyah: JSON-LD "2024-01-25" before the meta's 07:18:42+00:00;
    ``_stamp_over_its_day``), published and modified dates alike. The site's midnight written in UTC
    (2024-01-24T17:00:00+00:00 beside "2024-01-25" in WIB, h178 probe) is the date-only field again, no time. A stamp
    labelled UTC is read as the instant it states, as P4a reads it (the page's evidence, P0/P0b/P4c, makes it local
    time mislabelled). A stamp on another day leaves the sources' order.
P2  ``machine``: no shown date was read: the first machine date, in the order jsonld > meta >
    itemprop (after P1b).
P3  ``shown``: no machine date: the first shown date, site > visible > page.
P0  A date labelled UTC whose wall clock a machine date states in an Indonesian zone (09:30:45+00:00 beside
    09:30:45+08:00: WordPress < 5.3's local time as "+00:00") is mislabelled local time: not read.
P0b One instant written twice, as UTC and as the CMS's wall clock: a date labelled UTC (+00:00, Z, GMT) and
    another of the same field (published dates with published dates, modified with modified) whose wall clock
    runs exactly 7, 8 or 9 hours ahead of it, to the second, labelled UTC too or, from a machine source, with no
    zone (``_cms_clock``). The later clock is the local time of that zone (WIB, WITA, WIT), mislabelled "+00:00"
    (WordPress before 5.3: tagDiv's <time datetime> 16:12:40+00:00, Jannah's JSON-LD) or zone-less (jNews's JSON-LD
    "2021-06-19 14:45:18"), beside the true UTC (Yoast's 09:12:40+00:00): it is relabelled to that zone, and so is
    every date labelled UTC or zone-less from a source that wrote it (its dateModified); every text is read in that
    zone (a zone-less date line the CMS printed too). That zone is the site's over the WIB default (a Denpasar
    outlet the table does not list: 17:12:40+08:00, not 00:12 WIB on the next day; a subdomain under a WIB outlet's
    domain: radarbanjarmasin.jawapos.com); a zone the table (or the site's spider) lists, WITA or WIT, stays the one
    the chosen instant is told in (``zone_listed``: kaltimtoday, WITA, whose CMS runs on Jakarta time: jNews
    "2021-03-10 09:15:33" and the date line "10 Maret 2021 - 09:15" beside Yoast's 02:15:33+00:00 are
    10:15:33+08:00). Before P1. A publication and an update 7 hours apart, a UTC stamp beside a +07:00 one of the same
    instant, or clocks a second off the gap tell nothing.
P4  Both: the first shown date V is the page's claim, and each machine date S is checked
    against it, every S for rule a before any for rule b, and so on:
    a. ``agree``: S and V are the same instant to the minute (V without a time: S falls on V's
       day) → S, which carries seconds — unless V has no time and S's is a date-only field's placeholder,
       midnight exactly on its own clock or in V's zone (17:00:00Z under a WIB date), or noon UTC exactly (Drupal),
       then V (``date_only_field``); told in V's zone when V names WIB, WITA or WIT ("14:22 WIT"
       shown, 12:22+07:00 stated → 14:22+09:00), or names none but was read in WITA or WIT (P1) and S states
       another Indonesian offset (tribun-papua: 18:40:00+07:00 under "19/06/2024 20:40" → 20:40+09:00).
    b. ``offset_relabelled``: same wall clock, different offset, and either V names its zone or
       S's offset is none an Indonesian site uses (not UTC, WIB, WITA, WIT): the offset is a CMS
       label bug — merdeka's -07:00, detik 2015's "Z", a meta "GMT" on WIB wall time → S's wall
       time (with its seconds) in V's zone. So too S in WIB (+07:00) under a V read in the eastern zone
       (WITA, WIT) the zone table gives the site: the Jakarta CMS's label on the edition's wall time (a
       Tribun regional edition's JSON-LD 07:05:21+07:00 under a zone-less "07:05" in Makassar is
       07:05:21+08:00, as with "07:05 WITA" shown or with a naive meta beside it, U2).
    b2. ``shown_in_machine_zone``: same wall clock, V names no zone, S's offset is one a newsroom
       in or near Indonesia prints in (WIB, WITA, WIT): V is that zone's wall time (a +08:00 meta
       over a naive "02:05PM" on a Singapore-run or WITA outlet) → S. Not WIB over the zone table's
       WITA or WIT (b).
    b3. ``shown_in_eastern_zone``: V names no zone and shows the wall clock S's instant has in WITA
       (+08:00) or WIT (+09:00), not the site's zone (so not WIB's on a WIB site, where a = agree): S is
       the right instant and the page prints that zone's time → S told in that zone. Yoast's
       05:30:12+00:00 under "Rabu, 19 Juni 2024 - 14:30" on a Papua outlet the zone table does not list
       is 14:30:12+09:00, not 14:30 WIB (2 h off, and the update then dropped by U3).
    c. V names no zone and shows S's UTC wall clock:
       ``utc_label_on_local_time``: on an Indonesian-language page (``language="id"``) S is labelled UTC
       (+00:00, Z) → S's wall time in V's zone, and U2 relabels the update the same way. Indonesian pages
       print local time, and WordPress < 5.3 wrote local time as "+00:00" (fajar: "14:30" shown,
       14:30:27+00:00 in the meta is 14:30:27+08:00 in Makassar, not 22:30 WITA).
       ``page_prints_utc``: otherwise (an English-language page, or the language unknown; S in any
       offset) the page prints UTC (English-language outlets) → S. A "+00:00" S on the shown clock is the
       same text whether the page prints UTC or the CMS labelled Jakarta time UTC (h21's "June 19, 2024 |
       8:40 pm" over 20:40:00+00:00): the page holds nothing to tell them apart, so the language decides.
       ``utc_label_on_local_day``: V is a date only, the page Indonesian, S labelled UTC, S's wall clock on
       V's day but S's instant on another day in V's zone: the same label bug, the time of day not shown (balipost
       2018: 20:40:12+00:00 under "Senin, 5 November 2018" is 20:40:12+08:00, not 04:40 WITA on the 6th) →
       S's wall time in V's zone, and U2 relabels the update the same way. A true UTC stamp whose instant
       falls on V's day there (fajar's Yoast 12:40:31+00:00 under "19 Juni 2024": 20:40 WITA) agrees (a).
       The shown dates are checked so before V is taken (``_shown_utc_label_on_local_day``): on an Indonesian
       page a shown date labelled UTC whose wall clock is on a date-only shown date's day, its instant on another
       day there, is that day's wall clock (tagDiv's <time datetime="…T17:12:40+00:00">Juni 15, 2019</time> is
       17:12:40 on the 15th, not 00:12 WIB on the 16th).
    When no S passes:
    d. ``shown_over_machine``: V has a time → V. The date line is what the outlet tells its
       readers. A machine time a few minutes after it (JSON-LD 13:11, page 13:06) is a save or
       index stamp, not the publication; one days or years away is a template's site-wide value
       (an itemprop datePublished of 2012 on a 2015 page). So only for a V that is a publication line: the
       generic spider sets its line aside first on a positive sign it is none (``shown_line_set_aside``, h271, h279: an event's,
       a quake box's or a photo's time, the modified stamp shown unlabelled, the clock after a logo h1).
    e. V is a date only → S (``machine_over_date_only``): a bare date line is as often the
       masthead's "today" as the article's day — unless every S is itemprop microdata, which
       templates print site-wide, and then V (a date-only value).
    f. ``machine_over_relative``: V is counted back from the fetch ("kemarin, 20:40", "2 jam yang
       lalu"), before d and e: the first S, never V. A relative V's day is the fetch's, not the
       article's (a page read a day late says "kemarin" of a story two days old), so it is used only
       when no machine date exists (P3, after P5). Its time of day may still tell S's zone: S told in the
       zone (the site's, WITA, WIT) whose wall clock at S's instant V shows ("kemarin, 20:40" over an
       epoch 12:40Z is 20:40 WITA).

P5  ``url_day_over_relative``: a shown date counted back from the fetch ("2 jam yang lalu", "kemarin")
    is the render's age, right only on a page fetched fresh. When it falls on another day than the one
    the URL carries (/2019/10/23/…: an archived or cached page), the URL's day replaces it (a date only).
    ``url_day_over_date_only``: so does a shown date without a time on another day than the URL's: a
    masthead's "today" (the crawl's day) the page finder took for the article's.
    ``stated_day_over_relative`` (P5b): without a machine date, so does the first shown date line that is stated,
    not counted back (a lead's dateline "SERANG, Kamis (3/12/2026)", a line before the story's start), replace a
    relative one on another day ("3 jam yang lalu" under the h1 on a page rendered two days later) that is not the
    URL's: the stated reading, a date only when it has no time. A date the page finder read as no date line
    (``DateCandidate.aside``: in a sentence of the story, an info box or a closing note after its start) replaces none.
    ``url_day_over_page_finder``: so does every shown date when all are the page finder's (``page``), none falls
    on the URL's day, in the site's zone or in UTC (a URL's day some CMS writes in UTC), and none was read inside the
    block holding both the headline and the story's start outside a sentence (``DateCandidate.in_article``; a date in
    a sentence of the story is its events' day): no date line of the
    article's own was found, and what was (a reader's comment the next morning) is no publication. A date line in
    that block, even below the body (an info box "Penulis … Editor … Jumat, 4 Desember 2026 07:10 WIB" under
    /read/2026/12/03/, the URL's day the CMS's creation day), is the article's own and stays. Before P4: a
    machine date on the URL's day then agrees with it (P4a), another still wins by P4e.
    (The page finder reads no date in the site's header — <header>, <nav>, a top bar or masthead
    holding no h1, outside <article> — nor one far above the headline, and ranks a ticker's above the headline
    after the date line by it when no paragraph is long alone (wire-style 100-148 characters): ``find_page_dates``.)

Precedence for updated_at:

U1  The first machine modified date (after P1b), else the first shown one, read in the site's zone: the site's updated
    selector, else the update line ("Diperbarui: …", an element marked as the update time) the page finder
    passed over, or, when machine dates settled the publication and the page was not searched, the one
    ``find_shown_update`` finds (extract.page_dates). Machine modified dates that all state the machine
    published instant (one stamp written twice, kompas 2025) give no modification: a later shown update
    line replaces them. A source's modified date at the instant of its own published date that the choice
    rejected (another source won, P4; not the same stamp relabelled) is that wrong stamp written twice (a
    template's render time as both JSON-LD datePublished and dateModified, cnnindonesia): no update, the next
    modified date or the shown update line is (``find_shown_update`` is asked for it).
U2  If P4b or P4c relabelled the published date, a modified date with the same wrong offset is
    relabelled the same way. So when another source settled it (P4a) but a machine date states its wall
    clock under another offset, the page's date line telling which is right: tribun's JSON-LD
    14:30:16+07:00 beside a naive meta 14:30:16 and "14:30 WITA" shown: the JSON-LD's dateModified
    14:30:16+07:00 is 14:30:16+08:00 too, not an update an hour later. Likewise when the settled date names
    no zone but was read in an eastern zone the zone table gives the site (WITA, WIT: P1) and the other says
    +07:00, the Jakarta CMS's label: the same page with "07:05" shown, no "WITA", gets the same answer.
U3  ``modified_before_published``: a modified date earlier than the chosen published date is not
    an update: dropped (null).
U4  The update is told in the zone of the published date (the same instant): one article, one zone.

Speed: the page is searched for a shown date (``find_page_dates``) only when the machine dates need
it (``needs_shown_dates``): no machine published date, one without a time or zone, an offset other
than the site's, only itemprop microdata, machine dates that disagree with each other, or a machine published
date more than a day later than the machine modified one (cnnindonesia's JSON-LD datePublished two days after its
dateModified; within a day it is a scheduled post's). Machine
dates that look settled are still checked against the site's own date selectors when it has some
(one query), so P4 catches a JSON-LD time minutes after the shown one; a spider with none reads the date line under
the headline (``dated_heading``, one walk from the h1; a ``visible`` candidate) instead, so P4d catches a template's
default JSON-LD date a year before it (h266 C05), on that signature only (``heading_line_may_override``, h271). A
site whose date line beats
its structured data says so with ``SiteRules.prefer_dom = {"published"}``. A page whose machine dates settle
the publication but give no modification is searched for its update
line alone (``find_shown_update``: the same pass, reading only update lines).
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from itertools import islice
from urllib.parse import urlsplit

from lxml import etree
from parsel import Selector

from newscrawl.dates import (DATE_LABEL_PATTERN, DAY_FIRST_RE, DAY_MONTH_YEAR_RE, DAY_NAMES, EVENT_LABEL_PATTERN, LABELS,
                             MONTH_FIRST_RE,
                             MONTH_BY_NAME, MONTH_DAY_YEAR_RE, RELATIVE_RE, WIB,
                             WIT, WITA, WORD_ONLY_RE, DateReading, epoch_iso, format_reading, month_first, named_weekday,
                             parse_date, read_date, reads_month_first_only, shows_en_us_clock, with_known_year)
from newscrawl.dom import (BLOCK_TAGS, DECK_CLASS_RE, collapse_ws, common_ancestor, element_marks, in_caption, in_comments,
                           in_dialog, in_entry_list, in_marked_side_box, in_teaser, text_pieces)
from newscrawl.fields.title import title_heading

__all__ = ["DateCandidate", "DateChoice", "choose_dates", "needs_shown_dates", "find_page_dates", "find_shown_update",
           "heading_line_may_override", "shown_line_set_aside", "visible_date", "site_publication_lines", "longest_headline", "headline_text",
           "opens_prose_line", "stated_time", "DateLine", "day_told_in_stated_zone", "reads_as_sentence", "shows_age",
           "PROSE_CHARS",
           "source_of",
           "JSONLD", "META", "ITEMPROP", "SITE", "VISIBLE", "PAGE", "MACHINE_SOURCES", "SHOWN_SOURCES"]

JSONLD, META, ITEMPROP = "jsonld", "meta", "itemprop"
SITE, VISIBLE, PAGE = "site", "visible", "page"
MACHINE_SOURCES: tuple[str, ...] = (JSONLD, META, ITEMPROP)
SHOWN_SOURCES: tuple[str, ...] = (SITE, VISIBLE, PAGE)

# Offsets an Indonesian site may legitimately print: UTC (kompas, kumparan), WIB, WITA, WIT.
# A page dated later than its fetch by more than this is dated wrong (a day covers any zone mix-up): the pipeline's
# ``latest`` is the fetch plus this.
FUTURE_GRACE = timedelta(days=1)
PLAUSIBLE_OFFSETS: frozenset[timedelta] = frozenset(timedelta(hours=h) for h in (0, 7, 8, 9))
MINUTE = timedelta(minutes=1)
# Cheap test before a text is parsed: it holds a date with its year.
# Also a numeric year-first stamp, only with its time ("2024-06-19 20:40:00", rm.id's date line): a
# bare "2024-06-19" in a text is as often a file name or an id as a date.
_ISO_WITH_TIME = r"\b(?:19|20)\d{2}[-/]\d{1,2}[-/]\d{1,2}(?:[ T]+|\s*[,|-]\s*)\d{1,2}[:.]\d{2}\b"
HAS_DATE_RE = re.compile(f"{DAY_MONTH_YEAR_RE.pattern}|{MONTH_DAY_YEAR_RE.pattern}|{_ISO_WITH_TIME}", re.IGNORECASE)
# Every alternative of HAS_DATE_RE holds a (19|20)dd year: a text without one is not searched (the
# month alternation costs microseconds per text).
_YEAR_DIGITS = re.compile(r"(?:19|20)\d{2}")

_Read = tuple[str, DateReading]  # (source, reading)


def _holds_year(text: str | None) -> bool:
    """Whether a text holds a (19|20)dd year. Substring tests first: most texts of a page hold neither
    "19" nor "20", and a regex search costs ~0.15 µs a call even on an empty text."""
    return bool(text) and ("20" in text or "19" in text) and _YEAR_DIGITS.search(text) is not None


class DateCandidate(str):
    """A raw date text that remembers its source.

    A ``str`` so that site hooks, listing filters and logs keep treating candidates as text; a
    plain string (a site hook's own find) counts as the site's shown date. ``in_article``: the page finder read it
    inside the block holding both the headline and the story's start (the article's own block, even below the body:
    a "Penulis … Editor … Jumat, 4 Desember 2026 07:10 WIB" info box), not in the page around it nor in a sentence
    (P5). ``aside``: the
    page finder read it as no date line of the article's — in a sentence ("Kebakaran terjadi pada Senin (30/11/2026)
    …"), after the story's start without opening its lead (an info box, a closing "telah tayang … pada …" note), or in
    the page's chrome above the headline —, a date a stale age gives way to only if nothing else dates the page (P5b).
    """

    source: str
    in_article: bool
    aside: bool

    def __new__(cls, text: str, source: str = SITE, in_article: bool = False, aside: bool = False) -> DateCandidate:
        if source not in MACHINE_SOURCES + SHOWN_SOURCES:
            raise ValueError(f"unknown date source {source!r}")
        candidate = super().__new__(cls, text)
        candidate.source = source
        candidate.in_article = in_article
        candidate.aside = aside
        return candidate

    def __reduce__(self) -> tuple[type, tuple[str, str, bool, bool]]:  # pickled with a page's RawArticle
        return (DateCandidate, (str(self), self.source, self.in_article, self.aside))

    def __repr__(self) -> str:
        return (f"DateCandidate({str(self)!r}, {self.source!r}{', in_article=True' if self.in_article else ''}"
                f"{', aside=True' if self.aside else ''})")

    def flags(self) -> list[bool]:
        """[in_article, aside] without the trailing False ones: a plain candidate's [text, source] tail (to_plain)."""
        flags = [self.in_article, self.aside]
        while flags and not flags[-1]:
            flags.pop()
        return flags


def source_of(candidate: str) -> str:
    return getattr(candidate, "source", SITE)


@dataclass
class DateChoice:
    published: str | None  # ISO 8601 with offset, YYYY-MM-DD for a date only, or None
    updated: str | None
    rule: str  # which precedence rule chose published_at (module docstring)
    updated_rule: str | None = None  # "modified_before_published" when U3 dropped a value
    unparsed: list[str] = field(default_factory=list)  # candidate texts that are no date
    future: list[str] = field(default_factory=list)  # candidate texts dated after ``latest``: not used


def choose_dates(published: Iterable[str] | None, updated: Iterable[str] | None = (), zone: tzinfo = WIB,
                 now: datetime | None = None, latest: datetime | None = None,
                 url_day: date | None = None, language: str | None = None, zone_listed: bool = False) -> DateChoice:
    """The article's published_at and updated_at from every candidate found (module docstring).

    ``latest``: no page is dated after it (the fetch time and a day's grace): a candidate later than that
    is a wrong date (a typed year, an event's date in a machine field, a clock years off), left out and
    listed in ``future``; the other candidates decide, else the field is None.
    ``url_day``: the day the article's URL carries (P5).
    ``language``: the page's ("id", "en"; None when unknown): an Indonesian page prints local time (P4c).
    ``zone_listed``: ``zone`` is the outlet's known zone (a zone table or its spider names it): a CMS clock (P0b)
    on another zone then gives the instant, told in ``zone`` unless ``zone`` is WIB (the default, inherited by a
    subdomain of a WIB outlet's domain)."""
    published, updated = list(published or ()), list(updated or ())
    unparsed: list[str] = []
    future: list[str] = []
    published_machine, published_shown = _read_all(published, zone, now, unparsed, latest, future)
    # P1a: the days a shown ambiguous numeric date may be proven on. A machine date's day only on a page not in
    # Indonesian, or for a date shown with an en-US clock (AM/PM: "12/04/2026 2:10 pm" on an Indonesian WordPress):
    # an Indonesian date line prints day first, and its machine date may be a CMS's wrong one (a y-d-m bug, a
    # creation day).
    machine_days = {reading.moment.astimezone(zone).date() for _, reading in published_machine}
    url_days = {url_day} if url_day is not None else set()
    days = (machine_days if language != "id" else set()) | url_days
    checked = _day_month_order_checked(published, days, url_day, zone, now, en_us_days=machine_days | url_days)
    # ... or a shown date that only reads month first proves it ("Posted: 11/28/2026 3:00:00 PM").
    month_first_page = checked is not published or any(
        source_of(candidate) not in MACHINE_SOURCES and reads_month_first_only(candidate)
        for candidate in published if isinstance(candidate, str))
    checked_updated = _day_month_order_checked(updated, set(), None, zone, now, month_first_page)
    if month_first_page or checked_updated is not updated:
        # P1a: the page prints month first (en-US): its update line too, unless its weekday says otherwise.
        published, updated = checked, checked_updated
        unparsed, future = [], []
        published_machine, published_shown = _read_all(published, zone, now, unparsed, latest, future)
    updated_machine, updated_shown = _read_all(updated, zone, now, unparsed, latest, future)
    clock = _cms_clock(published_machine + published_shown) or _cms_clock(updated_machine + updated_shown)
    told_in = zone  # the zone the chosen instants are told in
    if clock is not None and clock.zone.utcoffset(None) != zone.utcoffset(None):
        # P0b: the CMS prints its own clock: every text is read in its zone (a zone-less date line too: jNews's
        # "10 Maret 2021 - 09:15" on a Jakarta-clocked CMS is 09:15 WIB on a WITA outlet). That zone is the site's
        # over the WIB default; a zone listed for the outlet (not WIB: an inherited WIB is the default) stays the
        # one the instants are told in (h106 probe).
        zone = clock.zone
        if not (zone_listed and told_in.utcoffset(None) != WIB.utcoffset(None)):
            told_in = zone
        unparsed, future = [], []
        published_machine, published_shown = _read_all(published, zone, now, unparsed, latest, future)
        updated_machine, updated_shown = _read_all(updated, zone, now, unparsed, latest, future)
    if clock is not None:
        published_machine, published_shown, updated_machine, updated_shown = (
            _cms_clock_relabelled(readings, clock)
            for readings in (published_machine, published_shown, updated_machine, updated_shown))
    stated = published_machine + updated_machine
    published_machine = _stamp_over_its_day(_stated_zone_for_naive(published_machine, stated))
    updated_machine = _stamp_over_its_day(_stated_zone_for_naive(updated_machine, stated))
    in_article = any(getattr(candidate, "in_article", False) for candidate in published)
    published_shown, from_url = _url_day_checked(published_shown, url_day, zone, in_article)
    if not published_machine:
        # P5b: only a date line stated on the page may replace an age, not a sentence's date nor one after the story
        lines = _read_all([candidate for candidate in published if not getattr(candidate, "aside", False)],
                          zone, now, [], latest)[1]
        published_shown, stated = _stated_day_checked(published_shown, lines, zone, url_day)
        from_url = from_url or stated

    chosen, rule, wrong_offset = _choose_published(published_machine, published_shown, language == "id")
    if from_url is not None and chosen is from_url[0]:
        rule = from_url[1]
    if wrong_offset is None and published_shown:
        wrong_offset = _offset_beside(published_machine, chosen)

    updated_machine = _without_rejected_stamps(updated_machine, published_machine, chosen)
    modified = (updated_machine or updated_shown or [(None, None)])[0][1]
    updated_rule = None
    if modified is not None and wrong_offset is not None:
        bad, good_zone = wrong_offset
        if modified.has_time and modified.moment.utcoffset() == bad:
            modified = DateReading(modified.moment.replace(tzinfo=good_zone), True, True)
    if modified is not None and chosen is not None and _earlier(modified, chosen):
        modified, updated_rule = None, "modified_before_published"
    if (modified is not None and chosen is not None and modified.has_time and chosen.has_time
            and chosen.moment.utcoffset() in _INDONESIAN_OFFSETS and modified.moment.utcoffset() != chosen.moment.utcoffset()
            and modified.moment.utcoffset() in _INDONESIAN_OFFSETS | {timedelta(0)}):
        # U4: the update in the zone the publication is told in (the same instant): one article, one zone.
        modified = DateReading(modified.moment.astimezone(chosen.moment.tzinfo), True, True)
    if told_in is not zone:
        chosen, modified = _told_in(chosen, zone, told_in), _told_in(modified, zone, told_in)
    return DateChoice(format_reading(chosen, told_in), format_reading(modified, told_in), rule, updated_rule, unparsed,
                      future)


def _day_month_order_checked(candidates: list[str], days: set[date], url_day: date | None, zone: tzinfo,
                             now: datetime | None, month_first_page: bool = False,
                             en_us_days: set[date] | None = None) -> list[str]:
    """P1a: the candidates with each shown numeric date whose day and month may be either ("12/3/2026 2:30:00 PM")
    read month first when the evidence says so: a weekday it names that only the month-first reading falls on, else
    that reading falling on one of ``days`` (the URL's day, in the site's zone or in UTC; a machine published date's)
    — of ``en_us_days`` for a date shown with an en-US clock (``dates.shows_en_us_clock``: a machine date's day on an
    Indonesian page too) — and the day-first one on none, else ``month_first_page`` (the page was found to print so:
    its update line). A weekday only the day-first reading falls on ("Senin, 09/11/2026": Monday 9 November, not
    Friday 11 September) keeps it day first whatever else. The same list when nothing changed."""
    def on_days(reading: DateReading | None, evidence: set[date]) -> bool:
        if reading is None:
            return False
        return reading.moment.astimezone(zone).date() in evidence or (
            url_day is not None and reading.has_time and reading.moment.astimezone(timezone.utc).date() == url_day)

    checked: list[str] = []
    changed = False
    for candidate in candidates:
        swapped = None if source_of(candidate) in MACHINE_SOURCES or not isinstance(candidate, str) \
            else month_first(candidate)
        if swapped is not None:
            day_first, other = read_date(candidate, now, zone), read_date(swapped, now, zone)
            weekday = named_weekday(candidate)
            fits = [weekday is not None and reading is not None and reading.moment.astimezone(zone).weekday() == weekday
                    for reading in (day_first, other)]
            evidence = days | en_us_days if en_us_days and shows_en_us_clock(candidate) else days
            if fits[0] != fits[1]:
                swap = fits[1]
            elif on_days(other, evidence) != on_days(day_first, evidence):
                swap = on_days(other, evidence)
            else:
                swap = month_first_page
            if not swap or other is None:
                swapped = None
        if swapped is not None:
            candidate, changed = DateCandidate(swapped, source_of(candidate), getattr(candidate, "in_article", False)), True
        checked.append(candidate)
    return checked if changed else candidates


def _told_in(reading: DateReading | None, clock_zone: tzinfo, zone: tzinfo) -> DateReading | None:
    """P0b on a listed outlet: a reading in the CMS clock's zone (or UTC) as the same instant in the outlet's ``zone``
    (09:15:33 WIB on a WITA outlet is 10:15:33+08:00); a date alone, or another zone a page stated, as read."""
    if reading is None or not (reading.has_time and reading.has_zone) \
            or reading.moment.utcoffset() not in (clock_zone.utcoffset(None), _UTC):
        return reading
    return reading._replace(moment=reading.moment.astimezone(zone))


def needs_shown_dates(machine_published: Sequence[str], zone: tzinfo = WIB, now: datetime | None = None,
                      machine_updated: Sequence[str] = ()) -> bool:
    """Whether the page's shown date must be read to settle published_at (module docstring, Speed)."""
    readings = [(candidate, reading) for candidate in machine_published
                if (reading := read_date(candidate, now, zone)) is not None]
    if not readings:
        return True
    first = readings[0][1]
    modified = next((reading for candidate in machine_updated if (reading := read_date(candidate, now, zone))), None)
    if modified is not None and _earlier(modified, first) and first.moment - modified.moment > _SCHEDULE_GAP:
        # published days after its own modification: one of them is wrong (cnnindonesia's JSON-LD); within a day
        # it is a scheduled post (WordPress: last edited 22:14, published at 06:00 the next morning)
        return True
    if not (first.has_time and first.has_zone):
        return True
    if first.moment.utcoffset() != first.moment.astimezone(zone).utcoffset():
        return True  # UTC, -07:00 …: maybe right (kompas), maybe a label bug (merdeka)
    if all(source_of(candidate) == ITEMPROP for candidate, _ in readings):
        return True
    return any(abs(reading.moment - first.moment) >= MINUTE for _, reading in readings[1:])


# What may stand before the date of a bare date line: a weekday, a date label ("Diterbitkan", "Posted on").
_BEFORE_BARE_DATE = re.compile(
    rf"(?<![a-z])(?:{'|'.join(re.escape(word) for word in sorted((*DAY_NAMES, *LABELS), key=len, reverse=True))})"
    rf"(?![a-z])|{DATE_LABEL_PATTERN}", re.ASCII)


def _bare_date_line(line: str) -> bool:
    """Whether nothing but a weekday, a date label and marks stands before the line's date ("Senin, 3 Juni 2024 10:15
    WIB", "Diterbitkan: 03/06/2024"): no sentence's or box's words ("Konser digelar Sabtu, 8 Juni …", "Kick-off: …",
    "Waktu: …", h271)."""
    lowered = collapse_ws(line).lower()
    date = DAY_FIRST_RE.search(lowered) or MONTH_FIRST_RE.search(lowered)
    if date is None:
        return False
    return re.search(r"[a-z0-9]", _BEFORE_BARE_DATE.sub(" ", lowered[:date.start()]), re.ASCII) is None


def heading_line_may_override(machine_published: Sequence[str], machine_updated: Sequence[str], line: str,
                              zone: tzinfo = WIB, now: datetime | None = None) -> bool:
    """Whether the date line under the headline (``dated_heading``) may be set against machine dates that look
    settled, on a spider with no date selector of its own (extract.page_dates): only on a theme's template-default
    signature (h266 C05: JSON-LD datePublished = dateModified 2023-01-15T08:00+07:00 beside "Senin, 3 Juni 2024 10:15
    WIB" under the h1): the machine datePublished more than a day before the shown date, and no dateModified or the
    same instant. Elsewhere the settled machine date stands (h271): what the walk from the h1 reads there is as often a
    "Direvisi …" or theme's unlabelled modified stamp, an event deck's or kick-off box's time, a live blog's latest
    entry, a quake box's "Waktu: …", the render clock after a logo h1 or a 12-hour clock without am/pm. A shown time
    equal to the minute to a machine dateModified is that update, never the publication; and the line is a bare date
    line (``_bare_date_line``): "Konser digelar Sabtu, 8 Juni 2024 pukul 19.00 WIB" (a deck), "Kick-off: Selasa, 11
    Juni 2024 pukul 19.30 WIB" (a match box) are an event's time days after a settled machine date, no publication."""
    shown = read_date(str(line), now, zone)
    if shown is None or shown.relative or not _bare_date_line(str(line)):
        return False
    published = next((reading for candidate in machine_published
                      if (reading := read_date(candidate, now, zone)) is not None), None)
    if published is None:
        return True  # nothing settled to override
    modified = [reading for candidate in machine_updated if (reading := read_date(candidate, now, zone)) is not None]
    if shown.has_time and any(reading.has_time and _minute(reading.moment) == _minute(shown.moment)
                              for reading in modified):
        return False  # the update the page shows (a theme printing its modified stamp unlabelled)
    if any(_minute(reading.moment) != _minute(published.moment) for reading in modified):
        return False  # a real modification beside the publication: no template default
    return published.moment < shown.moment - _SCHEDULE_GAP



# Set aside only on a positive sign that the line tells something else's time (h279 R1: the test h271 began with,
# "nothing but a weekday and a date label after the last separator", set aside every byline, dateline, section or
# outlet standing before the date without a separator: "Oleh Redaksi pada 19 Juni 2024 10:15", "Jakarta, Rabu
# (19/6/2024) 10:15 WIB", "NASIONAL Rabu, …", "Kompas.com, 19 Juni 2024, …", "Tanggal: …", and the wrong machine date
# won). The signs: an event's verb before the date (a deck, "Konser digelar Sabtu, …"; h271 d02) ...
_EVENT_VERB = re.compile(r"(?<![a-z])(?:digelar|berlangsung|dimulai|diadakan|dilaksanakan|diselenggarakan|kick-?off)"
                         r"(?![a-z])")
# ... a label right before the date ("Label: [weekday,] date") naming an event's, a schedule's, a deadline's or an
# earlier publication's time (dates.EVENT_LABEL_PATTERN): "Kick-off:" (a match box, d02b), "Pertama terbit:" (a
# re-published story's note, d11), "Batas pendaftaran:", "Jadwal:", "Waktu kejadian:". Any other label stands (h284 N:
# the test was "a label not a date's word", and "Diunggah:", "Dimuat:", "Diterbitkan pertama kali:", "Redaksi:", a
# place's or an outlet's name, "Jakarta: …", "KABAR PESISIR.COM: …", set real publication lines aside).
_LABEL_BEFORE_DATE = re.compile(r"([a-z][a-z' .-]{0,40}?)\s*:\s*(?:[a-z']+\s*,?\s*\(?\s*)?$")
_EVENT_LABEL = re.compile(rf"(?<![a-z]){EVENT_LABEL_PATTERN}(?![a-z])")
# ... or a photo's caption or credit: a photo's label ("Foto: …", "Dok. …") opening the line or the segment right before
# the date, never a label inside a byline row ("Reporter: A | Foto: B | Rabu, …", "Teks: A / Foto: B / Rabu, …",
# "Oleh Redaksi Dok.Pribadi | …": h284 R1) ...
_CAPTION_LABEL = re.compile(r"\s*(?:foto|dok(?:umentasi)?)\s*[:.]")
# (a byline row's separators: a bar, a dot, a bullet anywhere; a slash or a dash spaced, "Antara/Aditya" is one credit)
_ROW_SEPARATOR = re.compile(r"[|\u00b7\u2022]|\s[/\u2013\u2014-]\s")
# ... or a credit in brackets closing a caption's sentence ("Truk sampah di Pluit, Minggu (2/6/2024) 15:00 WIB.
# (Antara)": d13), the full stop after a word, not after an initial, a title or a degree: "Andi S. (Kontributor
# Bandung)", "Dr. Ahmad Fauzi, M.Pd. (Dosen UIN Walisongo)", "Budi, SE. (Redaksi)" are a byline's role (h284 R1).
_BRACKET_CREDIT = re.compile(r"(?:^|(?<=[\s,]))([^\W\d_]+)\.\s*\([^()]{2,40}\)")
_TITLE_BEFORE_BRACKET = frozenset({"dr", "drs", "dra", "ir", "prof", "hj", "kh", "mr", "mrs", "ms", "jr", "sr", "st"})


def _caption_credit(line: str) -> bool:
    """Whether a bracketed credit closes a sentence in the line (``_BRACKET_CREDIT``): the word before its full stop
    is no initial ("S."), title ("Dr.") or degree ("M.Pd.", "S.H.", a comma's "SE.")."""
    for found in _BRACKET_CREDIT.finditer(line):
        word = found.group(1)
        start = found.start(1)
        if len(word) < 2 or word.lower() in _TITLE_BEFORE_BRACKET or line[start - 1:start] in (".",):
            continue
        if word.isupper() and len(word) <= 4 and line[:start].rstrip().endswith(","):
            continue  # a degree after the name's comma ("Budi, SE.")
        return True
    return False


def _other_than_date_line(line: str) -> bool:
    """Whether the line positively tells something else's time than the story's publication (``_EVENT_VERB``, an
    ``_EVENT_LABEL`` before the date, a photo's label or bracketed credit). A byline, a place, a section's or an
    outlet's name, a label naming nothing else before the date never do: "Oleh Redaksi pada 19 Juni 2024 10:15",
    "Ditulis oleh Andi Saputra, Rabu 19 Juni 2024 | 10:15 WIB", "Jakarta, Rabu (19/6/2024) 10:15 WIB", "Posted by admin
    on June 19, 2024 at 10:15 am", "Waktu terbit: Rabu, …" (h279 R1), "Reporter: A | Foto: B | Rabu, …", "Diunggah: …",
    "Jakarta: Rabu, …" (h284) stand: when the line's form cannot tell, the shown line wins."""
    collapsed = collapse_ws(line)
    lowered = collapsed.lower()
    date = DAY_FIRST_RE.search(lowered) or MONTH_FIRST_RE.search(lowered)
    if date is None:
        return False
    before = lowered[:date.start()]
    if _EVENT_VERB.search(before) or _caption_credit(collapsed):
        return True
    segments = _ROW_SEPARATOR.split(before)
    if _CAPTION_LABEL.match(segments[0]) or _CAPTION_LABEL.match(segments[-1]):
        return True
    label = _LABEL_BEFORE_DATE.search(segments[-1])
    return label is not None and _EVENT_LABEL.search(label.group(1)) is not None


# A theme's template default for datePublished (h266 C05, h279 R2): a round hour, a month or more before the line.
_TEMPLATE_DEFAULT_GAP = timedelta(days=30)


def _template_default(reading: DateReading | None, shown: DateReading) -> bool:
    """Whether a machine datePublished reads as a theme's site-wide default rather than a draft's or the story's: on
    the hour to the second ("2023-01-15T08:00:00+07:00") and a month or more before the date line (h279 c13)."""
    return (reading is not None and reading.has_time and reading.moment.minute == 0 and reading.moment.second == 0
            and shown.moment - reading.moment > _TEMPLATE_DEFAULT_GAP)


def shown_line_set_aside(machine_published: Sequence[str], machine_updated: Sequence[str], line: str,
                         zone: tzinfo = WIB, now: datetime | None = None, language: str | None = None,
                         zone_listed: bool = False, headline_is_site_h1: bool = False,
                         in_fact_box: bool = False) -> str | None:
    """Why the generic spider's date line (``visible_date`` or ``dated_heading``: the last timed line before the body,
    the first under the h1) may not be set against the page's machine dates, or None when it may. It is asked only when
    the line would override them (P4d, ``shown_over_machine``: no machine date agrees with it, it has a time): a line
    that agrees, or tells their zone or a label bug (P4a-c), stands as before. Set aside (h271), the machine date
    stands, only on a positive sign (h279: a wrong machine date beat real date lines when the test was the line's form):
    ``not_a_date_line``: the line tells something else's time (``_other_than_date_line``): an event deck's verb, an
    event's or a schedule's label before the date ("Kick-off: …", "Pertama terbit: …", "Jadwal: …"), a photo's
    caption or credit (not a photographer's label inside a byline row, nor a byline's role in brackets: h284);
    ``fact_box``: the line stands in a box of other labelled facts (``dom.in_fact_box``: BMKG's "Waktu: …" beside
    "Magnitudo: 5,2" and "Kedalaman: 10 km"), told by the caller;
    ``shows_update``: its time is a machine dateModified's to the minute, not the publication's (a jNews theme printing
    the modified stamp unlabelled under the h1) — unless datePublished is a template's default (``_template_default``:
    then the modified stamp is the only true save and the line the publication, h279 c13);
    ``site_h1``: every h1 of the page is the site's (``fields.title.site_header_h1``) and the line stands before the
    story's headline, told by the caller: the readers walked from the logo h1 and read the header's render clock.
    A bare date line minutes before a machine save stamp, or a fresh one under a template's stale JSON-LD, still wins."""
    shown = read_date(str(line), now, zone)
    published = [candidate for candidate in machine_published if source_of(candidate) in MACHINE_SOURCES]
    if shown is None or shown.relative or not shown.has_time or not published:
        return None
    choice = choose_dates([*published, DateCandidate(str(line), VISIBLE)], machine_updated, zone, now,
                          language=language, zone_listed=zone_listed)
    if choice.rule != "shown_over_machine":
        return None  # the line agrees with a machine date, tells its zone, or loses to it anyway
    if headline_is_site_h1:
        return "site_h1"
    if _other_than_date_line(str(line)):
        return "not_a_date_line"
    if in_fact_box:
        return "fact_box"
    first = read_date(published[0], now, zone)
    if not _template_default(first, shown) and any(
            reading is not None and reading.has_time and _minute(reading.moment) == _minute(shown.moment)
            and (first is None or _minute(first.moment) != _minute(reading.moment))
            for reading in (read_date(candidate, now, zone) for candidate in machine_updated)):
        return "shows_update"
    return None


# --------------------------------------------------------------------------- the choice

def _read_all(candidates: Iterable[str] | None, zone: tzinfo, now: datetime | None, unparsed: list[str],
              latest: datetime | None = None, future: list[str] | None = None) -> tuple[list[_Read], list[_Read]]:
    machine: list[_Read] = []
    shown: list[_Read] = []
    for candidate in candidates or ():
        if not isinstance(candidate, str):
            continue
        reading = read_date(candidate, now, zone)
        if reading is None:
            unparsed.append(str(candidate))
        elif latest is not None and _after(reading, latest, zone):
            if future is not None:
                future.append(str(candidate))
        elif source_of(candidate) in MACHINE_SOURCES:
            machine.append((source_of(candidate), reading))
        else:
            shown.append((source_of(candidate), reading))
    # Stable: within a source, the order found (the best first) stays.
    machine.sort(key=lambda read: MACHINE_SOURCES.index(read[0]))
    shown.sort(key=lambda read: SHOWN_SOURCES.index(read[0]))
    return machine, shown


def _stated_zone_for_naive(machine: list[_Read], stated: list[_Read]) -> list[_Read]:
    """P1: each zone-less machine reading with a time whose wall clock (to the minute) a zoned reading of ``stated``
    gives in an Indonesian zone (WIB, WITA, WIT), read in that zone: one CMS clock written twice, once with its
    offset (JSON-LD "2024-08-03 09:15:00" beside the meta's 09:15:00+09:00). UTC labels are P0's and P4c's; a WIB
    label on the wall clock of a site the zone table puts east is the Jakarta CMS's wrong label (P4b, U2)."""
    zoned = [reading for _, reading in stated
             if reading.has_time and reading.has_zone and reading.moment.utcoffset() in _INDONESIAN_OFFSETS]

    def read_in_stated_zone(reading: DateReading) -> DateReading:
        if not reading.has_time or reading.has_zone or reading.relative:
            return reading
        for other in zoned:
            if _minute(other.moment) == _minute(reading.moment) and not _wib_label_on_eastern_wall_time(other, reading):
                return reading._replace(moment=reading.moment.replace(tzinfo=other.moment.tzinfo), has_zone=True)
        return reading

    return [(source, read_in_stated_zone(reading)) for source, reading in machine] if zoned else machine


def _stamp_over_its_day(machine: list[_Read]) -> list[_Read]:
    """P1b: the machine readings with each date-only one moved after the first later full stamp (a time of day, not a
    date-only field's placeholder: midnight on its own clock or in the date's zone, h178 probe, or noon UTC) from
    another machine source that falls on its day in its zone: the same date,
    told more fully (suaramuhammadiyah: JSON-LD dateModified "2024-01-25" before the meta's 07:18:42+00:00, 14:18
    WIB on the 25th, h175 probe). A stamp on another day leaves the order (the sources' precedence) as it is."""
    held: dict[int, list[_Read]] = {}  # the date-only readings waiting for the stamp at that index
    ordered: list[_Read] = []
    for index, (source, reading) in enumerate(machine):
        if not reading.has_time and not reading.relative:
            stamp = next((later for later in range(index + 1, len(machine))
                          if _stamps_day(machine[later], source, reading)), None)
            if stamp is not None:
                held.setdefault(stamp, []).append((source, reading))
                continue
        ordered.append((source, reading))
        ordered.extend(held.pop(index, ()))
    return ordered if len(ordered) == len(machine) else machine


def _stamps_day(read: _Read, source: str, day: DateReading) -> bool:
    """Whether a reading from another source than ``source`` is a full stamp on the date-only ``day`` (in its zone)."""
    other, stamp = read
    return (other != source and stamp.has_time and not stamp.relative
            and not _placeholder_clock(stamp.moment, day.moment.tzinfo)
            and stamp.moment.astimezone(day.moment.tzinfo).date() == day.moment.date())


def _url_day_checked(shown: list[_Read], url_day: date | None, zone: tzinfo, in_article: bool = False
                     ) -> tuple[list[_Read], tuple[DateReading, str] | None]:
    """P5: the shown readings, a relative one ("2 jam lalu") or a date without a time that falls on another day
    than the URL's replaced by the URL's day (a date only); so is every one when all are the page finder's, on
    other days and none read inside the article's block (``in_article``: a reader's comment, a widget's time, no
    date line of the article's own found); with that reading and its rule, else None."""
    if url_day is None:
        return shown, None

    def off_day(reading: DateReading) -> bool:
        return reading.moment.astimezone(zone).date() != url_day

    def off_days(reading: DateReading) -> bool:
        # A timed reading on the URL's day in UTC is on it too: a CMS may write the URL's day in UTC (00:15 WIB on
        # the 24th under /…/23/ is 17:15Z on the 23rd).
        return off_day(reading) and (not reading.has_time or reading.moment.astimezone(timezone.utc).date() != url_day)

    guessed = not in_article and bool(shown) and all(source == PAGE and off_days(reading) for source, reading in shown)
    if not guessed and not any(reading.relative or not reading.has_time for _, reading in shown):
        return shown, None
    day = DateReading(datetime.combine(url_day, time(), tzinfo=zone), False, False)
    checked: list[_Read] = []
    rule = None
    for source, reading in shown:
        if (reading.relative or not reading.has_time) and off_day(reading):
            rule = rule or ("url_day_over_relative" if reading.relative else "url_day_over_date_only")
            reading = day
        elif guessed:
            rule = rule or "url_day_over_page_finder"
            reading = day
        checked.append((source, reading))
    return checked, (None if rule is None else (day, rule))


def _stated_day_checked(shown: list[_Read], lines: list[_Read], zone: tzinfo, url_day: date | None = None
                        ) -> tuple[list[_Read], tuple[DateReading, str] | None]:
    """P5b: without a machine date, a shown reading counted back from the fetch ("3 jam yang lalu" under the h1) on
    another day than the first stated date line of ``lines`` (the shown readings of the date lines: the lead's
    dateline "SERANG, Kamis (3/12/2026)", a line before the story's start; not a sentence's date, "Kebakaran terjadi
    pada Senin (30/11/2026) …", nor an info box's or a closing note's after the start) is a stale render's age: the
    stated reading replaces it, as the URL's day does in P5; not when the age falls on the URL's day (``url_day``:
    the page is fresh). With that reading and its rule, else None."""
    stated = next((reading for _, reading in lines if not reading.relative), None)
    if stated is None:
        return shown, None
    day = stated.moment.astimezone(zone).date()
    stale = [reading.relative and reading.moment.astimezone(zone).date() not in (day, url_day) for _, reading in shown]
    if not any(stale):
        return shown, None
    return ([(source, stated if old else reading) for (source, reading), old in zip(shown, stale)],
            (stated, "stated_day_over_relative"))


def _offset_beside(machine: list[_Read], chosen: DateReading | None) -> tuple[timedelta, tzinfo] | None:
    """U2: (offset, the chosen zone) when a machine date states the chosen publication's wall clock under another
    offset (tribun: JSON-LD 14:30:16+07:00 beside the page's "14:30 WITA", which another source agreed with):
    that source's label is wrong, and its modified date carries the same wrong label. Else None."""
    if chosen is None or not chosen.has_time:
        return None
    offset = chosen.moment.utcoffset()
    for _, reading in machine:
        if (reading.has_time and reading.has_zone and reading.moment.utcoffset() != offset
                and _minute(reading.moment) == _minute(chosen.moment)
                and (chosen.has_zone or _wib_label_on_eastern_wall_time(reading, chosen))):
            return reading.moment.utcoffset(), chosen.moment.tzinfo
    return None


def _after(reading: DateReading, latest: datetime, zone: tzinfo) -> bool:
    """Whether the reading is later than ``latest`` (a date only: its day after ``latest``'s day there)."""
    if reading.has_time:
        return reading.moment > latest
    return reading.moment.date() > latest.astimezone(zone).date()


def _choose_published(machine_read: list[_Read], shown: list[_Read], prints_local: bool = False
                      ) -> tuple[DateReading | None, str, tuple[timedelta, tzinfo] | None]:
    """(reading, rule, (wrong offset, right zone) when P4b or P4c relabelled). ``prints_local``: the page is
    in Indonesian, and shows local time (P4c)."""
    machine_read, shown = _utc_labelled_local_dropped(machine_read), _utc_labelled_local_dropped(shown, machine_read)
    if prints_local:
        shown = _shown_utc_label_on_local_day(shown)
    machine = [reading for _, reading in machine_read]
    if not machine and not shown:
        return None, "missing", None
    if not shown:
        return machine[0], "machine", None
    page = shown[0][1]
    if not machine:
        return page, "shown", None
    for stated in machine:
        if _same_instant(stated, page):
            if not page.has_time and _placeholder_hour(stated, page) and not any(
                    reading.has_time and reading.moment.date() == page.moment.date() for _, reading in shown):
                # (no other shown date of that day with its time: "Diterbitkan: 1 Januari 2024, 00:00 WIB" lower
                # down tells the midnight is real, h171 probe)
                # a date-only field's stamp (midnight on its own clock, Drupal's noon UTC) under a date-only V: the
                # story's hour is unknown, the date only (h170 probe)
                return page, "date_only_field", None
            if page.has_time and page.moment.utcoffset() in _INDONESIAN_OFFSETS and (
                    page.has_zone or _eastern_wall_time_of_indonesian_stamp(stated, page)):
                # "14:22 WIT" shown, 12:22+07:00 stated: the moment as the page tells it, in its zone.
                return DateReading(stated.moment.astimezone(page.moment.tzinfo), True, True), "agree", None
            return stated, "agree", None
    for stated in machine:
        if _mislabelled(stated, page):
            right_zone = page.moment.tzinfo
            relabelled = DateReading(stated.moment.replace(tzinfo=right_zone), True, True)
            return relabelled, "offset_relabelled", (stated.moment.utcoffset(), right_zone)
    for stated in machine:
        if _shown_in_machine_zone(stated, page):
            return stated, "shown_in_machine_zone", None
    for stated in machine:
        eastern = _shown_in_eastern_zone(stated, page)
        if eastern is not None:
            return DateReading(stated.moment.astimezone(eastern), True, True), "shown_in_eastern_zone", None
    for stated in machine:
        if _prints_utc(stated, page):
            if prints_local and stated.moment.utcoffset() == timedelta(0):
                # An Indonesian page shows local time: "+00:00" on that wall clock is WordPress < 5.3's label.
                relabelled = DateReading(stated.moment.replace(tzinfo=page.moment.tzinfo), True, True)
                return relabelled, "utc_label_on_local_time", (timedelta(0), page.moment.tzinfo)
            return stated, "page_prints_utc", None
    if prints_local and not page.has_time and not page.relative:
        for stated in machine:
            if _utc_label_off_shown_day(stated, page):
                # V a date only, S's UTC wall clock on V's day but its instant on another day there: local time
                # labelled "+00:00" (WordPress < 5.3), as in P4c.
                relabelled = DateReading(stated.moment.replace(tzinfo=page.moment.tzinfo), True, True)
                return relabelled, "utc_label_on_local_day", (timedelta(0), page.moment.tzinfo)
    if page.relative:
        # P4f: counted back from the fetch ("kemarin, 20:40", "2 jam yang lalu"): the render's age, never over a
        # stated date; its clock may still tell the zone the page prints.
        return _told_in_shown_clock_zone(machine[0], page), "machine_over_relative", None
    if page.has_time or all(source == ITEMPROP for source, _ in machine_read):
        return page, "shown_over_machine", None
    return machine[0], "machine_over_date_only", None


def _placeholder_hour(stated: DateReading, page: DateReading) -> bool:
    """Whether S's time of day is a CMS's placeholder for a date-only field on the day a date-only V shows: midnight
    exactly on its own clock or in V's zone (the site's local midnight written in UTC: 2024-01-24T17:00:00+00:00 under
    "Kamis, 25 Januari 2024" in WIB, h178 probe), or noon UTC exactly (Drupal's date-only field, h170 probe)."""
    local = stated.moment.astimezone(page.moment.tzinfo)
    return (_placeholder_clock(stated.moment) and stated.moment.date() == page.moment.date()) or (
        _placeholder_clock(local) and local.date() == page.moment.date())


def _placeholder_clock(moment: datetime, zone: tzinfo | None = None) -> bool:
    """A date-only field's time of day: midnight exactly on its own clock or in ``zone`` (the site's: its local
    midnight written in UTC, 17:00:00+00:00 in WIB), or noon UTC exactly (Drupal)."""
    clock = (moment.hour, moment.minute, moment.second, moment.microsecond)
    if clock == (0, 0, 0, 0) or (clock == (12, 0, 0, 0) and moment.utcoffset() == timedelta(0)):
        return True
    if zone is None:
        return False
    local = moment.astimezone(zone)
    return (local.hour, local.minute, local.second, local.microsecond) == (0, 0, 0, 0)


def _told_in_shown_clock_zone(stated: DateReading, page: DateReading) -> DateReading:
    """S told in the zone (V's reading zone, WITA, WIT) whose wall clock at S's instant is the time of day V
    shows (P4f: "kemarin, 20:40" over 12:40Z is 20:40 WITA), else S as it is. The time of day only: a relative
    V's day is the fetch's."""
    if not (stated.has_time and stated.has_zone and page.has_time):
        return stated
    shown = _minute(page.moment).time()
    for zone in (page.moment.tzinfo, *_EASTERN_ZONES):
        if _minute(stated.moment.astimezone(zone)).time() == shown:
            return DateReading(stated.moment.astimezone(zone), True, True)
    return stated


_INDONESIAN_OFFSETS = frozenset(timedelta(hours=h) for h in (7, 8, 9))
# The zone whose wall clock runs this far ahead of UTC (P0b).
_ZONE_BY_GAP: dict[timedelta, tzinfo] = {timedelta(hours=7): WIB, timedelta(hours=8): WITA, timedelta(hours=9): WIT}
_UTC = timedelta(0)


def _utc_labelled(reading: DateReading) -> bool:
    return reading.has_time and reading.has_zone and not reading.relative and reading.moment.utcoffset() == _UTC


@dataclass(frozen=True)
class _CmsClock:
    """P0b: what one instant written twice, as UTC and as the CMS's wall clock, tells."""

    zone: tzinfo  # the CMS's zone: the wall clock runs this far ahead of UTC
    wall: datetime  # that wall clock, zone dropped
    sources: frozenset[str]  # the sources that wrote only the wall clock (not the UTC instant) in that field


def _cms_clock(readings: list[_Read]) -> _CmsClock | None:
    """P0b: one field's readings holding a date labelled UTC and another whose wall clock runs exactly (to the
    second) 7, 8 or 9 hours ahead of it, labelled UTC too or, from a machine source, with no zone: one instant
    written twice, once as UTC and once as the local wall clock mislabelled "+00:00" (WordPress before 5.3:
    tagDiv's <time datetime>, Jannah's JSON-LD) or zone-less (jNews's JSON-LD) beside Yoast's true UTC. Else None.
    Only one field's dates are compared: a publication and its update may lie 7 hours apart."""
    utc = [reading.moment.replace(tzinfo=None) for _, reading in readings if _utc_labelled(reading)]
    if not utc:
        return None
    for source, reading in readings:
        if not (_utc_labelled(reading) or (source in MACHINE_SOURCES and reading.has_time and not reading.has_zone
                                           and not reading.relative)):
            continue
        wall = reading.moment.replace(tzinfo=None)
        for instant in utc:
            zone = _ZONE_BY_GAP.get(wall - instant)
            if zone is None:
                continue
            local = {other_source for other_source, other in readings if _writes_clock(other, wall)}
            true_utc = {other_source for other_source, other in readings
                        if _utc_labelled(other) and other.moment.replace(tzinfo=None) == instant}
            return _CmsClock(zone, wall, frozenset(local - true_utc))
    return None


def _utc_or_zoneless(reading: DateReading) -> bool:
    """A stated (not relative) time labelled UTC or with no zone: the labels a CMS's wall clock comes under."""
    return (reading.has_time and not reading.relative
            and (not reading.has_zone or reading.moment.utcoffset() == _UTC))


def _writes_clock(reading: DateReading, wall: datetime) -> bool:
    """Whether a reading states the wall clock ``wall`` labelled UTC or with no zone."""
    return _utc_or_zoneless(reading) and reading.moment.replace(tzinfo=None) == wall


def _cms_clock_relabelled(readings: list[_Read], clock: _CmsClock) -> list[_Read]:
    """P0b: each reading that states the CMS's wall clock labelled UTC or zone-less, and each so labelled from a
    source that wrote that clock (its update carries the same label), as its wall clock in the CMS's zone:
    16:12:40+00:00 beside Yoast's 09:12:40+00:00 is 16:12:40+07:00, not 23:12 WIB."""
    return [(source, reading._replace(moment=reading.moment.replace(tzinfo=clock.zone), has_zone=True))
            if _writes_clock(reading, clock.wall) or (source in clock.sources and _utc_or_zoneless(reading))
            else (source, reading)
            for source, reading in readings]


def _utc_labelled_local_dropped(readings: list[_Read], reference: list[_Read] | None = None) -> list[_Read]:
    """The readings without those labelled UTC whose wall clock is the one a machine date states in an
    Indonesian zone (09:30:45+00:00 beside 09:30:45+08:00): local time mislabelled UTC (WordPress before 5.3
    printed get_the_time() as "+00:00" in tagDiv's <time datetime> and microdata), not an instant 8 hours
    later. P0, before P4: such a value would otherwise agree with itself across sources."""
    local = {_minute(reading.moment) for _, reading in (readings if reference is None else reference)
             if reading.has_time and reading.has_zone and reading.moment.utcoffset() in _INDONESIAN_OFFSETS}
    if not local:
        return readings
    return [(source, reading) for source, reading in readings
            if not (reading.has_time and reading.has_zone and reading.moment.utcoffset() == timedelta(0)
                    and _minute(reading.moment) in local)]


def _minute(moment: datetime) -> datetime:
    """Wall clock to the minute, zone dropped."""
    return moment.replace(second=0, microsecond=0, tzinfo=None)


def _same_instant(stated: DateReading, page: DateReading) -> bool:
    if not page.has_time:
        return stated.moment.astimezone(page.moment.tzinfo).date() == page.moment.date()
    return stated.has_time and _minute(stated.moment.astimezone(page.moment.tzinfo)) == _minute(page.moment)


def _mislabelled(stated: DateReading, page: DateReading) -> bool:
    if not (stated.has_time and page.has_time) or stated.moment.utcoffset() == page.moment.utcoffset():
        return False
    if _minute(stated.moment) != _minute(page.moment):
        return False
    return (page.has_zone or stated.moment.utcoffset() not in PLAUSIBLE_OFFSETS
            or _wib_label_on_eastern_wall_time(stated, page))


_WIB_OFFSET = timedelta(hours=7)
_EASTERN_OFFSETS = frozenset({timedelta(hours=8), timedelta(hours=9)})


def _wib_label_on_eastern_wall_time(stated: DateReading, reference: DateReading) -> bool:
    """S labelled WIB (+07:00) on the wall clock of a reading that names no zone and was read in the eastern zone
    (WITA, WIT) the zone table gives the site (P1): the Jakarta CMS's label on the edition's wall time (tribun's
    regional editions: JSON-LD 07:05:21+07:00 under a zone-less "07:05" in Makassar), not an instant an hour
    earlier (P4b, U2). Another eastern offset is a zone the CMS chose: left to P4b2."""
    return (stated.has_time and stated.has_zone and reference.has_time and not reference.has_zone
            and stated.moment.utcoffset() == _WIB_OFFSET and reference.moment.utcoffset() in _EASTERN_OFFSETS
            and _minute(stated.moment) == _minute(reference.moment))


def _eastern_wall_time_of_indonesian_stamp(stated: DateReading, page: DateReading) -> bool:
    """A zone-less V read in the eastern zone (WITA, WIT) the zone table gives the site, and S the same instant in
    another Indonesian zone: a regional edition's Jakarta CMS stamps WIB (tribun-papua's JSON-LD 18:40:00+07:00
    under "Publikasi: 19/06/2024 20:40" in Jayapura), the page prints its own zone: told in V's zone (P4a)."""
    return (not page.has_zone and page.moment.utcoffset() in _EASTERN_OFFSETS and stated.has_zone
            and stated.moment.utcoffset() in _INDONESIAN_OFFSETS and stated.moment.utcoffset() != page.moment.utcoffset())


def _shown_in_machine_zone(stated: DateReading, page: DateReading) -> bool:
    return (stated.has_time and page.has_time and not page.has_zone
            and stated.moment.utcoffset() in PLAUSIBLE_OFFSETS and stated.moment.utcoffset() != timedelta(0)
            and _minute(stated.moment) == _minute(page.moment))


# The zones east of WIB a page may print its wall time in without naming them (P4b3).
_EASTERN_ZONES: tuple[tzinfo, ...] = (WITA, WIT)


def _shown_in_eastern_zone(stated: DateReading, page: DateReading) -> tzinfo | None:
    """The eastern zone (WITA, WIT) whose wall clock at S's instant is the one a zone-less V shows, when it
    is not the zone V was read in (P4b3); else None."""
    if not (stated.has_time and stated.has_zone and page.has_time) or page.has_zone:
        return None
    shown = _minute(page.moment)
    for zone in _EASTERN_ZONES:
        if zone.utcoffset(None) != page.moment.utcoffset() and _minute(stated.moment.astimezone(zone)) == shown:
            return zone
    return None


def _prints_utc(stated: DateReading, page: DateReading) -> bool:
    return (stated.has_time and page.has_time and not page.has_zone
            and _minute(stated.moment.astimezone(timezone.utc)) == _minute(page.moment))


def _shown_utc_label_on_local_day(shown: list[_Read]) -> list[_Read]:
    """P4c for the shown dates themselves, on an Indonesian page: a shown date labelled UTC whose wall clock falls
    on the day a date-only shown date names, its instant on another day there (tagDiv's <time
    datetime="2019-06-15T17:12:40+00:00">Juni 15, 2019</time>, WordPress < 5.3: 00:12 on the 16th read as UTC),
    is that day's wall clock in the date-only reading's zone, not a date line of the next day."""
    days = [reading for _, reading in shown if not reading.has_time and not reading.relative]
    if not days:
        return shown
    relabelled = []
    for source, reading in shown:
        day = next((day for day in days if _utc_label_off_shown_day(reading, day)), None)
        if day is not None:
            reading = DateReading(reading.moment.replace(tzinfo=day.moment.tzinfo), True, True)
        relabelled.append((source, reading))
    return relabelled


def _utc_label_off_shown_day(stated: DateReading, page: DateReading) -> bool:
    """S labelled UTC whose wall clock falls on the day a date-only V shows, while its instant falls on another
    day in V's zone (P4c, date-only V): 20:40:12+00:00 under "Senin, 5 November 2018" is 04:40 WITA on the 6th
    read as UTC, 20:40 on the 5th read as the wall clock it is."""
    return (stated.has_time and stated.has_zone and stated.moment.utcoffset() == timedelta(0)
            and stated.moment.date() == page.moment.date()
            and stated.moment.astimezone(page.moment.tzinfo).date() != page.moment.date())


# A machine published date later than the modified one by at most this is a scheduled post's, not a wrong one.
_SCHEDULE_GAP = timedelta(days=1)


def _without_rejected_stamps(updated: list[_Read], published: list[_Read], chosen: DateReading | None) -> list[_Read]:
    """U1: the modified dates that are not a rejected publication stamp written twice: a source's modified date at
    the instant of its own published date, when the choice rejected that published date (another source won, not
    the same stamp relabelled), is the same wrong stamp (cnnindonesia's and a generic template's JSON-LD render time
    as both datePublished and dateModified), no update."""
    if chosen is None:
        return updated
    rejected = {(source, reading.moment) for source, reading in published
                if reading.has_time and not _same_stamp(reading, chosen)}
    return [(source, reading) for source, reading in updated
            if not (reading.has_time and (source, reading.moment) in rejected)]


def _same_stamp(stated: DateReading, chosen: DateReading) -> bool:
    """Whether the chosen published date is the stated one, maybe relabelled (P4b, P4c: its wall clock) or told in
    another zone (its instant); a date-only choice is the stated one's day."""
    if not chosen.has_time:
        return stated.moment.date() == chosen.moment.date()
    return _minute(stated.moment) == _minute(chosen.moment) or _same_instant(stated, chosen)


def _earlier(modified: DateReading, published: DateReading) -> bool:
    if not (modified.has_time and published.has_time):
        return modified.moment.date() < published.moment.date()
    return modified.moment < published.moment


# --------------------------------------------------------------------------- the page's own date

# "Diperbaharui" (the older spelling, Joomla 1.5's Indonesian "Terakhir Diperbaharui"), "Dimutakhirkan".
# A revision's or an edit's mark is one too (h271: "Direvisi: Selasa, 4 Juni 2024 09:00 WIB", "Last edited: Tuesday,
# June 4, 2024 9:00 AM" under the h1 were read as the publication): whole words ("revisi" is no part of another word's
# label), never an editor's credit ("Diedit oleh …", "Edited by …").
_REVISION_LABEL = r"\b(?:direvisi|revisi|diedit|(?:last\s+)?edited)\b(?!\s*oleh\b)(?!\s*by\b)"
_UPDATED_LABEL = re.compile(r"diperbarui|diperbaharui|pembaruan|pembaharuan|dimutakhirkan|pemutakhiran|update|diubah|"
                            r"modified|" + _REVISION_LABEL, re.IGNORECASE)


# An update label standing as one ("Diperbarui", "Update:", "Updated", "Pembaruan"), not a rubric's name holding the
# word ("Live Update" before sindonews's date line).
_UPDATE_LABEL_WORD = re.compile(r"diperbarui|diperbaharui|pembaruan|pembaharuan|dimutakhirkan|pemutakhiran|diupdate|"
                                r"\bupdated\b|\bupdate\s*:|diubah|modified|" + _REVISION_LABEL, re.IGNORECASE)


_PUBLISHED_LABEL = re.compile(r"diterbitkan|dipublikasikan|dipublikasi|tayang|terbit|published|posted|dibuat",
                              re.IGNORECASE)


def _before_update(text: str, label: re.Match[str]) -> str:
    """The part of a date line before its update label, separators trimmed ("" when the label opens it)."""
    return text[:label.start()].strip(" \t|-\u2013\u2014\u2022\u00b7,;/")


_MONTH_NAMES = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
                "November", "Desember")


# What an update part stating a time only may say besides its time (update_on_publication_day).
_UPDATE_FILLER = re.compile(r"\b(?:terakhir|last|updated?|pukul|pkl|jam|at|wib|wita|wit|am|pm|a\.m\.|p\.m\.|pada|on)\b\.?")


def update_on_publication_day(update: str, publication: str, now: datetime | None, zone: tzinfo) -> str | None:
    """An update part stating a time only, on the publication's line ("Senin, 03 Juni 2024 - 08:00 WITA | Diperbarui
    10:00 WITA", "Rabu, 19 Jun 2024 20:40 WIB (Update: 21:05 WIB)", h236 probe: updated_at was null), as a date text:
    the update's time on the publication's day, written in ("Diperbarui 3 Juni 2024 10:00 WITA"); a zone-less update
    in the publication's zone when it names one. None when the update holds more than a time, the publication is no
    stated date with a time (a date only, an age), or the time is earlier than the publication's: then it is another
    day's, and which one the line does not say."""
    if _READING_TIME_WORD.search(update):
        update = _READING_TIME.sub(" ", update).rstrip(" |·•-")  # "… 21:05 WIB | 3 menit baca" (h241 p05)
    clock = _CLOCK.search(update)
    if clock is None or _A_DIGIT.search(update[:clock.start()] + update[clock.end():]):
        return None
    # Only a label, a clock's words and a zone beside the time: a weekday or a day's word ("Diperbarui Kamis, 10:15",
    # "besok pukul 10:15", "Updated Thursday 10:15 AM") names another day, which the publication's is not (h241 q01).
    rest = _UPDATED_LABEL.sub(" ", update[:clock.start()] + " " + update[clock.end():])
    if _UPDATE_FILLER.sub(" ", rest.lower()).strip(" \t:;,.|·•()[]-–—"):
        return None
    published = read_date(publication, now, zone) if publication else None
    if published is None or not published.has_time or published.relative:
        return None
    day = published.moment.date()
    written = f"{update[:clock.start()]}{day.day} {_MONTH_NAMES[day.month - 1]} {day.year} {clock.group()}"
    reading = read_date(written + update[clock.end():], now, zone)
    if reading is not None and not reading.has_zone and published.has_zone:
        # the publication's zone written in (the choice reads a zone-less text in the site's zone)
        named = published.moment.tzname()
        if named not in ("WIB", "WITA", "WIT"):
            return None
        reading = read_date(f"{written} {named}{update[clock.end():]}", now, zone)
        written = f"{written} {named}"
    if reading is None or not reading.has_time or reading.moment < published.moment:
        return None
    return written + update[clock.end():]


def publication_part(text: str) -> str:
    """A date line without its update part: "Published: 19/06/2024 | Updated: 20/06/2024" → "Published:
    19/06/2024" (and "Updated: … Published: …" → "Published: …"); "" for an update line ("Diperbarui 20 Jun
    2024, 08:00 WIB"); the text itself otherwise."""
    label = _UPDATED_LABEL.search(text)
    if label is None:
        return text
    before = _before_update(text, label)
    if before:
        return before
    # The update first, then the publication: "Diperbaharui: 15 Mei 2012 10:05 Diterbitkan: 14 Mei 2012 15:30".
    published = _PUBLISHED_LABEL.search(text, label.end())
    return text[published.start():].strip() if published else ""
_PUBLISHED_ITEMPROPS = frozenset({"datepublished", "datecreated"})
_NEVER_TEXT = frozenset({"script", "style", "noscript", "template", "head", "title", "svg", "option", "select",
                         "textarea", "button"})
# A date line is short; a longer text is a paragraph or a list.
_MAX_TEXT_CHARS = 120
# The story starts at the first long run of text (after the headline, when there is one).
_PROSE_CHARS = 150
# A text this long is the story's (its lead, a paragraph): what follows it is no date line.
PROSE_CHARS = _PROSE_CHARS
# How far (elements, document order) before and after the story's start a date line may sit.
_BEFORE_PROSE, _AFTER_PROSE = 250, 60
# How far (elements) above the headline an update line may sit (find_shown_update).
_UPDATE_ABOVE_HEADLINE = 30
# A date after the start of the story counts as this many times farther than one before it.
_AFTER_PENALTY = 3
_MAX_FOUND = 3


def find_page_dates(selector: Selector, zone: tzinfo = WIB, now: datetime | None = None,
                    updated: list[DateCandidate] | None = None, published: bool = True,
                    url_day: date | None = None) -> list[DateCandidate]:
    """The page's own date, best first: the last resort when neither structured data nor the site's
    selectors give a date the choice can trust.

    One pass over the tree. Microdata ``itemprop=datePublished/dateCreated`` values (content or
    datetime attributes) come back as ``itemprop`` candidates, in page order, and so do RDFa dates after them
    (``_rdfa_dates``: Drupal 7's <span property="dc:date dc:created" content=…> of the article's node, not a
    teaser's or a comment's; its dc:modified goes into ``updated`` before the update line), read for the
    publication only (not by ``find_shown_update``). Shown dates — the
    datetime and text of ``<time>``, and every short text (an element's own, or the element holding
    a tail) with a day-month-year, an English month-day-year or a year-first stamp with a time
    ("2024-06-19 09:15:00") that parses — come back as ``page``
    candidates (at most 3), ranked by having a time of day, then by closeness to where the story
    starts (the first long text after the h1, or the first of two side-by-side paragraphs long together), one
    before it beating one as far after it (without a story's start: to the h1, one under it beating one as far
    above it, where a ticker stands): the date line sits between the headline and the story, while a
    masthead's "today" and a sidebar's list sit farther away; a date in the site's header (``in_masthead``) or far above the headline
    (``_MASTHEAD_GAP``) is not read at all, nor one in a teaser of another story (``dom.in_teaser``: a
    short block holding that story's linked headline, a "Berita Terbaru" item) or in the readers' comments
    (``dom.in_comments``), nor the headline's or a deck's
    (``headline_text``: an event's day and time in the h1). Ranked after every other date: a lead's dateline
    (``opens_prose_line``) and a date above the headline outside the block holding it and the story (a bar's
    clock). "Diperbarui …" (updated) lines are skipped; given an ``updated`` list, the first such
    line that reads as a date is put in it (the page's shown update time, from the same pass).
    ``published=False``: only that update line is looked for (``find_shown_update``), and [] returned.
    ``url_day``, the day the article's URL carries, given when nothing on the page holds a full date: a date line
    printing that day and month and a time without the year ("Rabu, 19 Juni | 20:40 WIB", "19/06/24 20:40 WIB")
    is read with the URL's year written in; no other day is dated by the URL.
    """
    root = selector.root
    if not isinstance(root, etree._Element):
        return []
    # Elements are numbered in document order (root.iter()); only those up to the end of the window
    # around the story's start are made Python objects (on a 3000-element page, most of the cost).
    elements = _Elements(root)
    # Without the URL's day, the anchors' scan notes the elements that may show a year as it reads them (one pass
    # over the elements between the headline and the story's start, not two): the window's others are passed over.
    noted: list[int] | None = [] if url_day is None else None
    headline, start = _story_anchors(root, elements, noted)
    # The block holding both the headline and the story's start: a date above the headline outside it is the
    # page's chrome (a top bar's clock), not the article's date line.
    container = (None if headline is None or start is None or start <= headline
                 else common_ancestor(elements.read[headline], elements.read[start]))
    if start is None:
        low, high = 0, len(elements.upto(None))
        itemprops = elements.read
    else:
        low = max(0, start - _BEFORE_PROSE)
        if not published and headline is not None:
            # The update line sits by the date line, next to the headline: not in a dated column above it.
            low = max(low, headline - _UPDATE_ABOVE_HEADLINE)
        high = min(len(elements.upto(start + _AFTER_PROSE + 1)), start + _AFTER_PROSE + 1)
        # Microdata is read for the publication only: the update line's search (find_shown_update) skips the walk.
        itemprops = _ITEMPROP_ELEMENTS(root) if published else []
    read = elements.read
    if noted is None:
        window: Iterable[int] = range(low, high)
    else:
        # The anchors' scan read the elements from the headline (the first without one) to the story's start (the
        # page's end without one); the window's elements before and after those are tested here.
        scanned_from, scanned_to = headline or 0, len(read) if start is None else start + 1
        window = [*_may_show_year(read, low, min(high, scanned_from)),
                  *(index for index in noted if low <= index < high),
                  *_may_show_year(read, max(low, scanned_to), high)]
    microdata: list[DateCandidate] = []
    for element in (itemprops if published else ()):
        if element.tag.lower() in _NEVER_TEXT:
            continue
        if (element.get("itemprop") or "").lower() in _PUBLISHED_ITEMPROPS and not in_comments(element):
            for value in (element.get("content"), element.get("datetime"),
                          element.get("title") if element.tag == "abbr" else None):  # hAtom's <abbr title=ISO>
                value = value and (epoch_iso(value) or value.strip())  # a Unix time, as in JSON-LD and <meta>
                if value and read_date(value, now, zone) is not None:
                    microdata.append(DateCandidate(value, ITEMPROP))
    if published:
        # RDFa (Drupal 7's rdf module): the article node's machine dates, at microdata's rank, read for the publication
        # only as microdata is; its update before the update line. (read: the elements up to the end of the window
        # around the story's start, the <head> first.)
        rdfa_published, rdfa_modified = _rdfa_dates(read, None if start is None else read[start], now, zone)
        microdata += rdfa_published
        if updated is not None and not updated and rdfa_modified:
            updated.append(rdfa_modified[0])
    shown: list[tuple[bool, bool, bool, int, int, int, bool, bool, str]] = []
    # A date inside the article's own block (not the page's body) is the article's, wherever it stands in it (P5).
    article_block = None if container is None or container.tag in ("body", "html") else container
    story_end = _paragraphs_end(elements, headline) if start is None and published else len(elements.read)
    story_block = None if start is None else _paragraphs_block(read[start])
    seen: set[str] = set()
    for index in window:
        element = read[index]
        tag = element.tag.lower()
        if _nothing_shown(element, tag, url_day):
            continue  # nothing _shown_texts would read (most elements): no generator made for them
        if not published and updated:
            break  # the update line was all that was asked for
        if not published and not (is_update_element(element) or _label_beside(element)):
            continue  # only the update line is asked for, and no update label is at hand (most dated elements)
        if is_update_element(element) or after_update_label(element):
            text = element.get("datetime") or element.get("content") or _short_text(element)
            if (updated is not None and not updated and text and not in_masthead(element)
                    and read_date(text, now, zone) is not None):
                updated.append(DateCandidate(text.strip(), PAGE))
            continue
        for text in _shown_texts(element, tag, published, url_day):
            if text in seen:
                continue
            label = _UPDATED_LABEL.search(text)
            if label is not None:
                seen.add(text)
                # "Published: 19/06/2024 20:40 | Updated: 20/06/2024 08:00": the update from its label on,
                # the publication before it.
                after, text = text[label.start():], _before_update(text, label)
                # a site header's clock above the headline, outside the article's block and any <article> ("<div
                # id='header'>Last updated: Wednesday, June 19, 2013 | 03:10 am UTC", h210 probe) is the site's, never
                # the story's update; a theme's info line above the h1 inside <article> is the story's (h212 probe)
                site_clock = headline is not None and index < headline and (in_masthead(element) or (
                    _outside(element, container) and not any(node.tag == "article" for node in element.iterancestors())))
                if updated is not None and not updated and not site_clock:
                    update = after if read_date(after, now, zone) is not None else \
                        update_on_publication_day(after, text, now, zone)
                    if update:
                        updated.append(DateCandidate(update, PAGE))
                if not text or text in seen:
                    continue
            if not published:
                continue
            seen.add(text)
            reading = read_date(text, now, zone)
            if reading is None or (headline is not None and index < headline - _MASTHEAD_GAP):
                continue  # no date, or far above the headline: the masthead's "today", a ticker
            if start is not None:
                distance = start - index if index <= start else _AFTER_PENALTY * (index - start)
            elif headline is not None:
                # No story's start (no long text, no paragraph run): nearest the headline, a date above it counting
                # _AFTER_PENALTY times farther than one under it: a ticker's or a top bar's sits a few items above.
                distance = index - headline if index > headline else _AFTER_PENALTY * (headline - index)
            else:
                distance = index
            # Ranked last: a date above the headline outside the article's block (a top bar's "Sabtu, 5 Desember
            # 2026 | 01:10 WIB").
            chrome = (headline is not None and index < headline and _outside(element, container)
                      and (index < headline - _CHROME_GAP or _beside_navigation(element, container)))
            lead = opens_prose_line(element, text)
            if url_day is not None and not _yearless_date_line(index, headline, start, chrome or lead, text):
                continue
            # A date inside a sentence (an event's in a short paragraph: "Festival dibuka Sabtu, 21 Juni 2025 pukul
            # 10.00 WIB di Jalan Braga.") and one after the story's paragraphs (a comment's timestamp in a box no
            # class names as comments) rank after a date line.
            sentence = reads_as_sentence(text)
            aside = (sentence or (start is None and index > story_end)
                     or (story_block is not None and index > start and not _inside(element, story_block)))
            # A date line of the article's (P5b): the lead's dateline, or a line standing before the story's start or
            # opening it ("<p><strong>SERANG, Kamis (3/12/2026)</strong> - …" when that paragraph starts the run).
            date_line = lead or not (chrome or aside or (start is not None and index > start
                                                         and not _inside(element, read[start])))
            shown.append((chrome, lead, aside, index, 0 if reading.has_time else 1, distance, not date_line,
                          # the article's own: in its block, and no sentence's (an event's day in the story)
                          article_block is not None and not sentence and _inside(element, article_block), text))
    # A lead's dateline ("SEMARANG, Rabu (19/6/2024) - Ratusan warga …") gives way only to a date line standing
    # before the story's start; a date later in the story (a deadline, an event box) is no date line.
    date_line_before_start = any(not chrome and not lead and (start is None or index < start)
                                 for chrome, lead, _, index, *_ in shown)
    shown.sort(key=lambda entry: (entry[0], entry[1] and date_line_before_start, entry[2], entry[4], entry[5]))
    return list(dict.fromkeys(microdata)) + [DateCandidate(entry[-1], PAGE, entry[-2], entry[-3])
                                             for entry in shown[:_MAX_FOUND]]


def find_shown_update(selector: Selector, zone: tzinfo = WIB, now: datetime | None = None) -> list[DateCandidate]:
    """The update time the page shows ("Diperbarui: Rabu, 19 Juni 2024 16:05 WITA", an element marked as the
    update time), as ``find_page_dates`` finds it beside the date line, or []: for a page whose machine
    dates give the publication and no modification (U1), where the page was not searched for its date."""
    updated: list[DateCandidate] = []
    find_page_dates(selector, zone, now, updated=updated, published=False)
    return updated


# RDFa's date terms (``property``, space-separated, any element): Drupal 7 prints its node's creation time on every
# node, the page's and each teaser's, as <span property="dc:date dc:created" content="2016-08-22T14:30:05+09:00"
# datatype="xsd:dateTime"> (its "dc" prefix is DCMI terms); Drupal 8 and 9's rdf module (contrib since 10) as <span
# property="schema:dateCreated" content="2019-05-01T03:00:12+00:00" class="rdf-meta hidden"> (its update as
# schema:dateModified); schema.org's in RDFa, prefixed or under a vocab; a term written as its full URI
# ("http://purl.org/dc/terms/created", "https://schema.org/datePublished") is read as its prefixed form
# (``_rdfa_term``).
_RDFA_PUBLISHED = frozenset({"dc:date", "dc:created", "dc:issued", "dcterms:date", "dcterms:created", "dcterms:issued",
                             "schema:datepublished", "datepublished", "schema:datecreated", "datecreated"})
_RDFA_MODIFIED = frozenset({"dc:modified", "dcterms:modified", "schema:datemodified", "datemodified"})
# The vocabularies' URIs as their usual prefixes (lower case; http or https, "www." or not, for schema.org).
_RDFA_VOCABULARIES = (("purl.org/dc/terms/", "dcterms:"), ("purl.org/dc/elements/1.1/", "dc:"),
                      ("schema.org/", "schema:"))


def _rdfa_term(term: str) -> str:
    """A ``property`` term (lower case) as its prefixed form: "http://purl.org/dc/terms/created" is "dcterms:created",
    "https://schema.org/datecreated" "schema:datecreated"; any other as it is."""
    if "//" not in term:
        return term
    address = term.split("//", 1)[1]
    address = address[4:] if address.startswith("www.") else address
    for vocabulary, prefix in _RDFA_VOCABULARIES:
        if address.startswith(vocabulary):
            return prefix + address[len(vocabulary):]
    return term


_PAGE_ADDRESSES = etree.XPath("//link[@rel='canonical' or @rel='shortlink']/@href | //meta[@property='og:url']/@content")


def _rdfa_dates(elements: Iterable[etree._Element], story_start: etree._Element | None, now: datetime | None,
                zone: tzinfo) -> tuple[list[DateCandidate], list[DateCandidate]]:
    """The article's RDFa machine dates among ``elements`` (the page finder's, in page order: the <head>, then the
    body up to past the story's start, where a node's submitted line stands), (published, modified), as ``itemprop``
    candidates in page order: the ``content`` (or ``datetime``) of an element whose ``property`` names a publication
    term (``_RDFA_PUBLISHED``) or an update term (``_RDFA_MODIFIED``), in the <head> or in the article's node
    (``_rdfa_article_node``), not a teaser's or a comment's. Its text, without those attributes, is a date the page
    shows (read by the page finder)."""
    found: tuple[list[DateCandidate], list[DateCandidate]] = ([], [])
    addresses: list[set[str]] = []  # the page's own paths, read once when a node's about is to be matched
    for element in elements:
        terms = element.get("property")
        if terms is None:
            continue  # (most elements)
        terms = {_rdfa_term(term) for term in terms.lower().split()}
        wanted = [terms & _RDFA_PUBLISHED, terms & _RDFA_MODIFIED]
        if not any(wanted) or element.tag.lower() in _NEVER_TEXT:
            continue
        value = element.get("content") or element.get("datetime")
        value = value and (epoch_iso(value) or value.strip())
        if not value or read_date(value, now, zone) is None:
            continue
        if not _rdfa_article_node(element, story_start, addresses):
            continue
        for kind, want in enumerate(wanted):
            if want:
                found[kind].append(DateCandidate(value, ITEMPROP))
    return found


def _rdfa_article_node(element: etree._Element, story_start: etree._Element | None,
                       addresses: list[set[str]]) -> bool:
    """Whether an RDFa date element states the page's article's date: in the <head> (the document's), or in the body
    and in no comment, and its subject (the nearest ``about``, or an ancestor's ``typeof``) the article: an ``about``
    naming the page (empty, or the path of its canonical, shortlink or og:url: Drupal's node div
    ``about="/berita/…"``, its shortlink ``/node/3187``), or the element holding the story's start (the full node
    holds the body; a teaser's node in a sidebar, a comment's, neither). With no subject, any date not in a teaser of
    another story (``dom.in_teaser``). ``addresses`` caches the page's paths (one set, read on first need)."""
    subject = None
    for node in (element, *element.iterancestors()):
        if node.tag == "head":
            return True
        if subject is None and node.tag not in ("body", "html") and (
                node.get("about") is not None or (node is not element and node.get("typeof") is not None)):
            subject = node  # (the <html>'s or <body>'s is the document's: none)
    if in_comments(element):
        return False
    if subject is None:
        return not in_teaser(element)
    about = subject.get("about")
    if about is not None:
        if not about.strip():
            return True  # about="": the document itself
        if not addresses:
            addresses.append({_url_path(address) for address in _PAGE_ADDRESSES(element.getroottree().getroot())} - {""})
        if _url_path(about) in addresses[0]:
            return True
    return story_start is not None and _inside(story_start, subject)


def _url_path(address: str) -> str:
    """The path of a URL or a reference ("/berita/a/", "https://www.x.go.id/berita/a": "/berita/a")."""
    try:
        return urlsplit(address.strip()).path.rstrip("/")
    except ValueError:
        return ""


_ELEMENT_OFFSET = etree.XPath("count(preceding::*) + count(ancestor::*)")
_ITEMPROP_ELEMENTS = etree.XPath("descendant-or-self::*/@itemprop/parent::*")
_H1S = etree.XPath("descendant-or-self::h1")


class _Elements:
    """The elements under root in document order (``root.iter()`` without comments), read as far as asked."""

    def __init__(self, root: etree._Element) -> None:
        self._iter = root.iter(etree.Element)
        self.read: list[etree._Element] = []

    def upto(self, end: int | None) -> list[etree._Element]:
        """The elements read, at least the first ``end`` of them (all for None) when the page has them."""
        missing = None if end is None else end - len(self.read)
        if missing is None or missing > 0:
            self.read.extend(islice(self._iter, missing))
        return self.read

    def number_of(self, element: etree._Element) -> int:
        """The number of an element under root, read up to it in steps of 64 (_story_anchors reads 64 past the
        headline anyway): the elements before it are read anyway, where an XPath count of them walked them again."""
        searched = 0
        while True:
            try:
                return self.read.index(element, searched)
            except ValueError:
                searched = len(self.read)
                self.read.extend(islice(self._iter, 64))
                if len(self.read) == searched:
                    raise


def longest_headline(root: etree._Element) -> etree._Element | None:
    """The longest h1 holding text under root (the story's headline), else None."""
    headline, headline_chars = None, 0
    for element in _H1S(root):
        chars = len(" ".join("".join(element.itertext()).split()))
        if chars > headline_chars:
            headline, headline_chars = element, chars
    return headline


def _beside_story(element: etree._Element) -> bool:
    """site_publication_lines' test of a lone match: in a box marked beside the story, the comments, or another
    story's teaser that is an item of a list or sits in an <aside> (a "Terkini" list's entry)."""
    return in_comments(element) or in_marked_side_box(element) or (
        in_teaser(element) and any(node.tag in ("li", "aside") for node in element.iterancestors()))


def site_publication_lines(matches: Sequence[tuple[etree._Element | None, str]],
                           refused: list[str] | None = None) -> list[str]:
    """The texts of a site's date selector's matches (element, text) that show the article's publication, the one
    nearest the headline first. Passed over: an update line — an element marked or labelled as the update
    (``is_update_element``, ``after_update_label``) or a text whose date follows an update label (tribun's
    ``<time>Diperbarui: … 21:05</time>`` above ``<time>Tayang: … 20:40</time>``, sindonews's two
    .detail-date-artikel, the update first) —, and another story's date (``in_teaser``: a "Berita Terkini" list
    item, a headline card reusing the date line's class; ``in_masthead``). A line holding both dates is cut to its
    publication part. Nearest the headline (a text that reads as a date before one that does not): a fallback
    selector ("time") also matches a sidebar's list before the article; a match after the h1 wins a tie.
    A lone match is refused too when it sits in a box marked beside the story (an <aside> outside the story's
    <article>, a sidebar's or widget's class, the site's footer, the comments): a fallback "time" whose only match is a
    "Terkini" list item's (h310 B: tribunnews' own line had no <time> left); its note goes to ``refused``
    ("dates/site_side_box"), or in another story's teaser within a list or an <aside> (_beside_story). A teaser
    alone does not refuse it: a follow link in the date's own row ("Ikuti kami di Instagram …", Google's "Jadikan …
    sumber pilihan") reads as another story's headline there (h312 B4, B5, B8)."""
    lines: list[tuple[etree._Element | None, str]] = []
    # Another story's card reusing the class is told by in_teaser only beside another match; a lone match is refused
    # only in a side box (a follow link in the date block, sindonews's "Ikuti SINDOnews di Google News", is no
    # story's headline either way).
    several = len(matches) > 1
    for element, text in matches:
        if element is not None and (is_update_element(element) or after_update_label(element)
                                    or in_masthead(element) or (several and in_teaser(element))):
            continue
        if element is not None and not several and _beside_story(element):
            if refused is not None:
                refused.append("dates/site_side_box")
            continue
        text = publication_part(text)
        if text:
            lines.append((element, text))
    if len(lines) > 1 and all(element is not None for element, _ in lines):
        root = lines[0][0].getroottree().getroot()
        headline = longest_headline(root)
        if headline is not None:
            at = _ELEMENT_OFFSET(headline)

            def distance(line: tuple[etree._Element | None, str]) -> tuple[bool, float, bool]:
                offset = _ELEMENT_OFFSET(line[0]) - at
                return read_date(line[1]) is None, abs(offset), offset < 0

            lines.sort(key=distance)
    return [text for _, text in lines]


def _story_anchors(root: etree._Element, elements: _Elements,
                   noted: list[int] | None = None) -> tuple[int | None, int | None]:
    """Numbers of the longest h1 (None without an h1 holding text) and of the first element holding a long
    run of text after it (None when the page has none): a text of ``_PROSE_CHARS``, or a paragraph run
    (``_opens_paragraph_run``: wire-style paragraphs of 100-148 characters, none of them long alone).
    ``noted``, when given, gets the number of each element read on the way (from the headline, else the first
    element, to the story's start or the page's end) that may show a year (``_may_show_year``)."""
    longest = longest_headline(root)
    headline = None if longest is None else elements.number_of(longest)
    index, size = headline or 0, 64  # the story usually starts a few dozen elements after its headline
    while True:
        read = elements.upto(index + size)
        for position in range(index, min(len(read), index + size)):
            element = read[position]
            tag, text, tail = element.tag.lower(), element.text, element.tail
            if noted is not None and (tag == "time" or (text and ("20" in text or "19" in text))
                                      or (tail and ("20" in tail or "19" in tail))):
                noted.append(position)  # _may_show_year's test, inline (it runs on every element read)
            if tag in _NEVER_TEXT:
                continue
            # Its text, then its tail (its parent's text: the parent is looked up only for a long tail, as
            # a proxy made for every element read cost a fifth of find_shown_update). A consent dialog's
            # text is no story.
            if text and len(text) >= _PROSE_CHARS and len(text.strip()) >= _PROSE_CHARS and not in_dialog(element):
                return headline, position
            if headline is not None and element.tag == "p" and _opens_paragraph_run(element):
                return headline, position
            if tail and len(tail) >= _PROSE_CHARS and len(tail.strip()) >= _PROSE_CHARS:
                holder = element.getparent()
                if holder is None or not in_dialog(holder):
                    return headline, position
        if len(read) < index + size:  # the page ended
            return headline, None
        index, size = index + size, size * 2


# A paragraph run's paragraphs each hold this many characters or more (a story's short paragraphs, not a caption's
# or a teaser's line), and together _PROSE_CHARS.
_RUN_PARAGRAPH_CHARS = 80


def _opens_paragraph_run(paragraph: etree._Element) -> bool:
    """Whether a <p> and the <p> right after it (its next sibling) each hold ``_RUN_PARAGRAPH_CHARS`` or more and
    together ``_PROSE_CHARS``: the story's prose when no single text is that long (jawapos 2025's lead
    "<strong>JawaPos.com</strong> - Harga emas … (19/6)." of 130 characters). Two paragraphs side by side, not a
    teaser's lone lede; a consent dialog's text is no story."""
    following = paragraph.getnext()
    if following is None or not isinstance(following.tag, str) or following.tag != "p":
        return False
    sizes = [len(" ".join("".join(node.itertext()).split())) for node in (paragraph, following)]
    return (min(sizes) >= _RUN_PARAGRAPH_CHARS and sum(sizes) >= _PROSE_CHARS
            and len(_CHILD_PARAGRAPHS(paragraph.getparent())) > 2 and not in_dialog(paragraph))


# A box of two paragraphs (a summary under the h1, a sponsored box, a cookie notice) holds no story's run: the
# story's block holds a third <p>.
_CHILD_PARAGRAPHS = etree.XPath("p")


def _paragraphs_end(elements: _Elements, headline: int | None) -> int:
    """Without a story's start: the number of the last element of the story's paragraphs — the <p> siblings of
    the first <p> after the h1 that has one — past which a date is a comment's or a sidebar's. The page's last
    element's when there is no h1 or no such paragraphs (a <br>-split story)."""
    read = elements.upto(None)
    for element in read[headline:] if headline is not None else ():
        if element.tag == "p" and len(paragraphs := _CHILD_PARAGRAPHS(element.getparent())) > 1:
            last = paragraphs[-1]
            return elements.number_of(last) + sum(1 for _ in last.iterdescendants(etree.Element))
    return len(read)


def _paragraphs_block(start: etree._Element) -> etree._Element | None:
    """The block holding the story's paragraphs: the parent of the <p> the story starts in (or at) when it holds
    other <p> beside it; else None (a story split by <br>, a lone long text: no end to tell)."""
    paragraph = next((node for node in (start, *start.iterancestors()) if node.tag == "p"), None)
    block = None if paragraph is None else paragraph.getparent()
    return block if block is not None and len(_CHILD_PARAGRAPHS(block)) > 1 else None


def _inside(element: etree._Element, block: etree._Element) -> bool:
    return element is block or any(node is block for node in element.iterancestors())


def reads_as_sentence(text: str) -> bool:
    """Whether a dated text is a sentence holding a date rather than a date line: the words beside its date
    (``_date_segment``: a byline's name after "oleh" aside) say more than a date line's labels: "Gempa bermagnitudo 5,1
    mengguncang Garut, Kamis, 19 Juni 2025 pukul 08.40 WIB." is; "Rabu, 19 Juni 2024 - 20:40 WIB", "Diterbitkan pada
    Kamis, 20 November 2025 pukul 10.00 WIB", "Jakarta, Kamis (19/6/2025) 09:10 WIB" and "Oleh Budi Santoso - Kamis, 19
    Juni 2025 | 09:10 WIB" are not: two lowercase words or more that are no date line's (a site's name,
    "Kompas.com - 13/06/2024, 21:30 WIB", is none), or one active verb. The words a notice about the page itself is
    made of count for nothing either ("Berita ini telah tayang pada …", "…, telah dibaca 1.234 kali", "This article
    was published on …", "Dirilis hari Kamis tanggal …": h79 probe), so a notice is no sentence, while a story's lede
    using one of them is ("Video itu diunggah akun @warga pada …", "Identitas pelaku dirilis polisi …": h80 probe).
    A stricter reading than ``_prose_around_date`` (one lowercase word there: a deck or a headline's words, told from a
    date line; here a clause, told from a date line that says a little more)."""
    words = _words_beside_date(_MERIDIEM.sub(r"\1m", _DOMAIN.sub(" ", _date_segment(text))), _NOTICE_WORDS)
    others = [word for word in words if word[0].islower()]
    return len(others) >= _SENTENCE_WORDS or any(_ACTIVE_VERB.fullmatch(word) for word in others)


_DOMAIN = re.compile(r"\b[\w-]+(?:\.[a-z]{2,})+\b", re.IGNORECASE)
_MERIDIEM = re.compile(r"\b([ap])\.\s?m\b\.?", re.IGNORECASE)  # "9:10 a.m.": one date word, not two
# A sentence's words beside its date: a verb and another ("bermagnitudo … mengguncang", "dibuka … di").
_SENTENCE_WORDS = 2
# ... or one active verb, which no date line holds ("Banjir melanda Dayeuhkolot pada Kamis, … pukul 04.00 WIB.": h79).
_ACTIVE_VERB = re.compile(r"(?:me|ber)[a-z]{4,}")
# Words a notice about the page is made of, beside its date: the date's own ("hari Kamis tanggal 19 Juni", "9:10 am
# local time"), publishing and reading ("telah tayang", "diunggah redaksi", "dibaca 1.234 kali sejak"), and its subject
# ("Berita ini", "This story was first posted").
_NOTICE_WORDS = frozenset({"hari", "tanggal", "tgl", "local", "time", "ditayangkan", "dirilis", "dimuat", "diunggah",
                           "ditulis", "dibaca", "diposting", "artikel", "article", "story", "berita", "news", "post", "ini",
                           "telah", "sudah", "this", "was", "is", "has", "been", "first", "pertama", "kali", "sejak",
                           "redaksi", "admin"})


# A date this many elements (document order) or more above the headline is the masthead's or a ticker's: the
# article's date line sits by its headline (a category label, a share bar between them at most).
_MASTHEAD_GAP = 60
# Class or id tokens of a site's header bars: "topbar", "td-header-top-menu", "masthead", "navbar", "site-header".
# Indonesian themes name them too: "bar-atas", "header-atas", "menu-atas" (top bar), and the day's clock
# "tanggal-sekarang", "tgl-hari-ini" (today's date).
# The Indonesian names and the day's clock only open a token: "detail-header-atas" is the article's own header.
# The day's clock alone: "tanggal-sekarang", "tgl-hari-ini", "today-date", "date-now" (opening a token).
_TODAY_WORDS = r"(?:tanggal|tgl)[-_]?(?:sekarang|hari[-_]?ini)|(?:today|current)[-_]?date|date[-_]?(?:today|now)"
_MASTHEAD_TOKEN = re.compile(r"(?:(?:^|[-_])(?:top[-_]?(?:bar|menu|nav|header|strip)|header[-_]?(?:top|wrap|bar|menu|nav)|"
                             r"masthead|nav[-_]?bar|site[-_]?header|main[-_]?header|global[-_]?header)|"
                             rf"^(?:(?:bar|header|menu|navigasi)[-_]?atas|{_TODAY_WORDS}))(?:$|[-_])")
_TODAY_TOKEN = re.compile(rf"^(?:{_TODAY_WORDS})(?:$|[-_])")
# An h1 that is the site's logo or name, not a headline: its own or its child's class/id names a logo, a brand, the site.
_LOGO_TOKEN = re.compile(r"(?:^|[-_])(?:logo|brand|site[-_]?(?:title|name|logo)|masthead)(?:$|[-_])")
_MASTHEAD_TAGS = frozenset({"header", "nav"})
_MASTHEAD_ROLES = frozenset({"banner", "navigation"})


def shows_today(element: etree._Element, stop: etree._Element | None = None) -> bool:
    """Whether the element or one of its few ancestors (below ``stop``'s parent) is marked as the day's clock
    ("<div id='tanggal-sekarang'>", "<span class='today-date'>"): the render's day, never a story's."""
    node: etree._Element | None = element
    boundary = stop.getparent() if stop is not None else None
    for _ in range(4):
        if node is None or node is boundary:
            return False
        if any(_TODAY_TOKEN.search(token) for token in element_marks(node).lower().split()):
            return True
        node = node.getparent()
    return False


def logo_h1(h1: etree._Element) -> bool:
    """Whether an h1 is the site's logo or name (its own or a child's class/id: "logo", "brand", "site-title")."""
    return any(_LOGO_TOKEN.search(token) for node in (h1, *h1[:2]) if isinstance(node.tag, str)
               for token in element_marks(node).lower().split())


# What every token _MASTHEAD_TOKEN matches holds: one of these (a cheap test of an element's marks first; most
# ancestors of a dated element name none of them).
_MASTHEAD_STEMS = re.compile(r"top|head|nav|bar|menu|tanggal|tgl|today|current|date")


def _masthead_marks(marks: str) -> bool:
    """Whether a token of ``marks`` (an element's lowered class and id words) names a site header (_MASTHEAD_TOKEN)."""
    return _MASTHEAD_STEMS.search(marks) is not None and any(_MASTHEAD_TOKEN.search(token) for token in marks.split())


def in_masthead(element: etree._Element) -> bool:
    """Whether the element sits in the site's header rather than the article's: inside a <header>, <nav>,
    role=banner/navigation or an element whose class or id names a top bar, masthead or site header, that
    holds no h1 and is not inside an <article>. Its date is the day's ("Kamis, 3 Desember 2026" in the top
    bar: the crawl's day), never the story's; the article's own <header> holds its h1."""
    masthead = False
    node: etree._Element | None = element
    while node is not None:
        tag = node.tag.lower() if isinstance(node.tag, str) else ""
        if tag == "article":
            return False
        if not masthead and (tag in _MASTHEAD_TAGS or (node.get("role") or "").lower() in _MASTHEAD_ROLES
                             or _masthead_marks(element_marks(node).lower())):
            masthead = next(node.iter("h1"), None) is None
        node = node.getparent()
    return masthead


# Class tokens of an element showing the update time: "date-modified", "last-updated", "modified".
# The bare hAtom "updated" is ambiguous: themes put it on the publication date for microformats (tagDiv's
# "entry-date updated td-module-date"); it is the update time only beside a sibling marked "published"
# (WordPress's <time class="entry-date published"> + <time class="updated">, or an older theme's bare
# "entry-date").
_UPDATE_CLASS = re.compile(r"(?:[\w-]*[-_])?(?:modified|last[-_]?updated|update[-_]?date|updated[-_]\w[\w-]*|"
                           r"[\w-]*[-_]updated)", re.IGNORECASE)


def is_update_element(element: etree._Element) -> bool:
    """Whether the element shows when the article was updated, by its microdata or class, not its text."""
    if (element.get("itemprop") or "").lower() == "datemodified":
        return True
    classes = element_marks(element, ident=False).lower().split()
    if not classes or any("publish" in token for token in classes):
        return False
    if any(_UPDATE_CLASS.fullmatch(token) for token in classes):
        return True
    parent = element.getparent()
    return "updated" in classes and parent is not None and any(
        sibling is not element and _publication_classes(element_marks(sibling, ident=False).lower())
        for sibling in parent.iterchildren(etree.Element))


def after_update_label(element: etree._Element) -> bool:
    """Whether the element's date follows an update label its parent shows beside it
    ("<span>Diperbarui: </span><time>Senin, 12 Mei 2025 16:02 WIT</time>", tribun 2025): the label is
    not in the element's own text, so only the parent's line tells."""
    parent = element.getparent()
    if parent is None:
        return False
    # Cheap first (this runs on every dated element): the label stands in the parent's own text, or in the
    # element just before this one, or nowhere near.
    previous = element.getprevious()
    near = (parent.text or "") + ("" if previous is None else _short_text(previous) + (previous.tail or ""))
    if _UPDATED_LABEL.search(near) is None:
        return False
    line = _short_text(parent)
    own = _short_text(element)
    if not line or not own or _UPDATED_LABEL.search(line) is None or _UPDATED_LABEL.search(own) is not None:
        return False
    before = line[:max(line.find(own), 0)]
    labels = list(_UPDATE_LABEL_WORD.finditer(before))
    # The label nearest before the date is the update's, with no other date between them
    # ("Diperbarui: Kamis … 10:15 WIB Dipublikasikan: Rabu …": the second date is the publication).
    return bool(labels) and not _YEAR_DIGITS.search(before[labels[-1].end():])


def _label_beside(element: etree._Element) -> bool:
    """Whether an update label stands in the element's own text or tail, a child's text, its parent's own text or
    the element before it: where every update line find_shown_update reads has its label (a cheap test before
    the element's whole text is read; on a page with a dated sidebar the reading cost ~2 ms)."""
    previous = element.getprevious()
    parent = element.getparent()
    near = [element.text, element.tail, *(child.text for child in element if isinstance(child.tag, str)),
            None if parent is None else parent.text,
            None if previous is None or not isinstance(previous.tag, str) else previous.text,
            None if previous is None else previous.tail]
    # Joined, lowered once and tested for _UPDATED_LABEL's stems (a superset): ~10x cheaper than the case-blind
    # alternation on each text.
    joined = "\n".join(text for text in near if text).lower()
    return any(stem in joined for stem in _UPDATE_LABEL_STEMS)


# What every word of _UPDATED_LABEL holds, lower case.
_UPDATE_LABEL_STEMS = ("perbar", "perbahar", "pembaru", "pembaharu", "mutakhir", "update", "diubah", "modified",
                       "revisi", "diedit", "edited")


def _publication_classes(classes: str) -> bool:
    """A sibling marked as the publication: "published", or WordPress's bare "entry-date" (older themes)."""
    return "publish" in classes or ("entry-date" in classes.split() and "updated" not in classes.split())


def _shown_texts(element: etree._Element, tag: str, published: bool = True,
                 url_day: date | None = None) -> Iterable[str]:
    """The date texts an element shows for find_page_dates (see there); ``published=False``: only those holding an
    update label (the update line is all that is asked for, and the walks up the page run only for them)."""
    if is_update_element(element) or after_update_label(element):
        return  # the update time (find_page_dates reads it as one)
    texts = _date_texts(element, tag, url_day)
    if not published:
        texts = [text for text in texts if _UPDATED_LABEL.search(text)]
    if not texts or in_masthead(element):
        return  # no date; or the site's header: the day's date, not the story's
    texts = [text for text in texts if not in_caption(element, text)]  # a photo's date
    # Beside another story's linked headline ("Berita Terbaru" items): that story's date; in the readers' comments, a
    # comment's (asked last: they walk up).
    if texts and not in_teaser(element) and not in_comments(element):
        yield from texts


def _may_show_year(read: list[etree._Element], low: int, high: int) -> Iterator[int]:
    """The numbers from ``low`` to ``high`` of the elements whose text or tail holds "19" or "20", or that are a
    <time>: all that ``_nothing_shown`` may keep without the URL's day (a cheap test for most elements, before it)."""
    for index in range(low, high):
        element = read[index]
        text, tail = element.text, element.tail
        if ((text and ("20" in text or "19" in text)) or (tail and ("20" in tail or "19" in tail))
                or element.tag.lower() == "time"):
            yield index


def _nothing_shown(element: etree._Element, tag: str, url_day: date | None = None) -> bool:
    """Whether an element shows no year to read: neither its text nor its tail holds one; or it shows no text
    (_NEVER_TEXT) and its tail, its parent's text (an <svg> icon before "Senin, 03 Jun 2024 10:15 WIB"), holds none.
    Given the URL's day, a text holding that day's number may be a date line printed without its year."""
    holds = _holds_year if url_day is None else (lambda text: _holds_year(text) or _names_day(text, url_day))
    if tag in _NEVER_TEXT:
        return not holds(element.tail)
    return tag != "time" and not holds(element.text) and not holds(element.tail)


# Without a story's start, how many elements under the headline a date line read with the URL's year may sit.
_YEARLESS_UNDER_HEADLINE = 8


def _yearless_date_line(index: int, headline: int | None, start: int | None, chrome_or_lead: bool, text: str) -> bool:
    """Whether a line read with the URL's year (``find_page_dates``' ``url_day``) stands where the date line does:
    between the headline and the story's start, neither chrome nor a lead's dateline, no sentence around its date.
    A year-less time elsewhere is a widget's ("Terpopuler … 19 Juni, 08:30"), a schedule's, a comment's, or the
    story's own ("Rapat digelar pada 19 Juni pukul 20.40 WIB."): the URL's day alone says more (h61)."""
    if start is None:  # no long text to place the story's start: right under the headline only
        start = None if headline is None else headline + _YEARLESS_UNDER_HEADLINE
    return (not chrome_or_lead and (headline is None or index > headline) and (start is None or index < start)
            and not _prose_around_date(_date_segment(text)))


def _names_day(text: str | None, day: date) -> bool:
    return bool(text) and str(day.day) in text and with_known_year(text, day) is not None


def _date_texts(element: etree._Element, tag: str, url_day: date | None = None) -> list[str]:
    """The dated texts an element shows: its <time> datetime, its text, the text of its parent holding its tail.
    Given the URL's day, a line printing that day and a time without the year ("Rabu, 19 Juni | 20:40 WIB")
    counts, with the year written in (dates.with_known_year)."""
    texts = []
    stated = element.get("datetime", "").strip() if tag == "time" else ""
    if stated:
        texts.append(stated)
    own = element.text or "" if tag not in _NEVER_TEXT else ""
    if tag == "time" or (own and _YEAR_DIGITS.search(own) and HAS_DATE_RE.search(own)):
        # The element's text, or its own text node when the element holds more (a <font> around a whole
        # old page: "Senin, 12/05/2008 14:20 WIB<br><br>…the story…").
        text = _short_text(element) or _short(own)
        if not headline_text(element, text) and not (stated and _counted_back_beside_stated(text, stated)):
            texts.append(text)
            if stated and placeholder_clock(stated, text):
                texts.remove(stated)  # the field holds a date only: its shown date, not an invented hour
    elif url_day is not None and own and (text := with_known_year(_short_text(element) or _short(own), url_day)):
        if not headline_text(element, text):
            texts.append(text)
    tail = element.tail or ""
    parent = element.getparent()
    if tail and parent is not None and _YEAR_DIGITS.search(tail) and HAS_DATE_RE.search(tail):
        text = _short_text(parent) or _short(tail)  # "<b>Daerah</b> | Senin, 12/05/2008 14:20 WIB<br>…"
        if not headline_text(parent, text):
            texts.append(text)
    elif url_day is not None and tail and parent is not None and (
            text := with_known_year(_short_text(parent) or _short(tail), url_day)):
        if not headline_text(parent, text):
            texts.append(text)
    return texts


def _outside(element: etree._Element, container: etree._Element | None) -> bool:
    """Whether the element is outside the article's block (never when there is none, or it is the page's body)."""
    if container is None or container.tag in ("body", "html"):
        return False
    return not any(node is container for node in element.iterancestors())


# Above the headline outside the article's block, this many elements or more: the page's chrome even without a menu.
_CHROME_GAP = 30


def _beside_navigation(element: etree._Element, container: etree._Element | None) -> bool:
    """Whether an element outside the article's block sits in a block that also holds the site's navigation (a
    <nav>, a menu list of several links): a top bar printing the render's clock beside its menu. A breadcrumb row's
    date ("Beranda » Daerah  Rabu, 19 Juni 2024 | 20:40 WIB") or a theme's entry-meta block above the block
    holding the h1 is the article's date line."""
    top = None if container is None else common_ancestor(element, container)
    block = element
    while block.getparent() is not None and block.getparent() is not top:
        block = block.getparent()
    for node in block.iter("nav", "ul", "ol"):
        if node.tag == "nav" or sum(1 for _ in node.iter("a")) >= _MENU_LINKS:
            return True
    return False


# A menu: a list of this many links or more.
_MENU_LINKS = 2


# Tags that run inside a line of text: a date in one continues its block's line.
_INLINE_TAGS = frozenset({"strong", "b", "em", "i", "u", "span", "a", "font", "small", "mark", "time", "abbr", "sup",
                          "sub", "cite", "q", "label", "code", "s", "del", "ins", "big", "tt", "img"})


def opens_prose_line(element: etree._Element, text: str = "") -> bool:
    """Whether a dated element runs on, within its line, into prose: a story's lead opening with its dateline
    ("<p><strong>SEMARANG, Rabu (19/6/2024)</strong> - Ratusan warga di pesisir …</p>"), which tells where the
    report was written and the day of its events, not a date line of its own. Only the text from the element on
    counts: a long credit line ending in "<span>Rabu, 19 Juni 2024</span>" is a date line. A line ends at a ``<br>`` or a
    block's edge: "Senin, 12/05/2008 14:20 WIB<br><br>…the story…" is a date line, and so is a byline box's
    "<span>pada 26 Jun 2020, 13:58 WIB</span>" beside the h1 and a "<div>" in the same header block."""
    block = element
    while block.tag in _INLINE_TAGS and block.getparent() is not None:
        block = block.getparent()
    if block is element:
        return False  # the dated element is a block of its own: its text is its line
    size, holds = 0, False
    for event, node in etree.iterwalk(block, events=("start", "end")):
        tag = node.tag if isinstance(node.tag, str) else None
        if node is not block and tag is not None and (tag == "br" or tag not in _INLINE_TAGS):
            if event == "end" and tag == "br":
                pass  # a <br>'s line break was taken at its start
            elif holds:
                return False  # the element's line ended short
            else:
                size = 0
        if event == "start":
            holds = holds or node is element
            if holds and tag is not None and node.text:
                size += len(node.text.strip())
        elif node is block:
            break
        elif holds and node.tail:
            size += len(node.tail.strip())
        if holds and size >= _PROSE_CHARS:
            return True
    return False


def stated_time(element: etree._Element, text: str) -> str:
    """An element's date text, or, for a <time> whose text counts back from the render ("2 jam yang lalu") and whose
    datetime states the moment, that datetime."""
    stated = (element.get("datetime") or "").strip() if element.tag == "time" else ""
    return stated if stated and _counted_back_beside_stated(text, stated) else text


class DateLine(str):
    """A date line's text (``dated_heading``, ``visible_date``) with the datetime of the <time> printing it (``stated``;
    "" when none): a day-only text's attribute may tell the zone of the instant a machine date states
    (``day_told_in_stated_zone``); and the element holding it (``holder``, None when unknown): where it stands tells
    whether it is the page's date line (before or after the story's headline, in a box of other facts: h279)."""

    stated: str
    holder: etree._Element | None

    def __new__(cls, text: str, stated: str = "", holder: etree._Element | None = None) -> DateLine:
        line = super().__new__(cls, text)
        line.stated = stated
        line.holder = holder
        return line


def day_told_in_stated_zone(line: str, stated: str, published: Iterable[str], updated: Iterable[str] = (),
                            zone_listed: bool = False) -> str:
    """The date line a <time> printing a day only ("14 Juli 2021") gives when its datetime, with a time in WIB, WITA or
    WIT (``datetime="2021-07-14T19:30:12+08:00"``: SmartMag's and the _s starter theme's entry date, h216 probe c04),
    states the instant (to the minute) of one of the page's machine published or modified dates (``published`` /
    ``updated``: the candidates, the machine sources' read): the attribute then tells only the newsroom's zone, and the
    line is the first machine publication on the text's day there, told in the attribute's offset (Yoast's
    11:30:12+00:00 is 19:30:12+08:00; a theme writing the modified time, 19:30:12+08:00 beside Yoast's published
    09:30:12+00:00, gives 17:30:12+08:00, not the update's time). Else ``line`` as it is (h221 probe): no machine date
    at that instant (a UTC wall clock under a hard-coded "+07:00", a date-only field's midnight told locally,
    "08:00:00+08:00", or no machine date at all: the page shows a day only, and so the date stays), a zone the zone
    table or the site gives the host (``zone_listed``: it wins over a server's clock, jubi.id's WIT over a
    Jakarta-clocked "+07:00"), a datetime on another day, without a zone, labelled UTC or another offset, or at a
    date-only field's placeholder hour (midnight on its own clock, in the text's zone or in UTC; noon UTC)."""
    if zone_listed or not stated:
        return line
    shown = read_date(line)
    if shown is None or shown.has_time or shown.relative:
        return line
    attribute = read_date(stated)
    if attribute is None or not (attribute.has_time and attribute.has_zone) or attribute.relative:
        return line
    moment = attribute.moment
    if (moment.utcoffset() not in _INDONESIAN_OFFSETS or moment.date() != shown.moment.date()
            or _placeholder_clock(moment, timezone.utc) or _placeholder_hour(attribute, shown)):
        return line
    published_read, updated_read = _zoned_machine_times(published), _zoned_machine_times(updated)
    instant = _minute(moment.astimezone(timezone.utc))
    if not any(_minute(reading.moment.astimezone(timezone.utc)) == instant
               for reading in published_read + updated_read):
        return line
    for reading in published_read:
        told = reading.moment.astimezone(moment.tzinfo)
        if told.date() == shown.moment.date() and not _placeholder_clock(reading.moment, timezone.utc):
            return format_reading(DateReading(told, True, True), moment.tzinfo) or line
    return line


def _zoned_machine_times(candidates: Iterable[str]) -> list[DateReading]:
    """The machine candidates' readings that state a time with a zone, in the sources' precedence (jsonld > meta >
    itemprop; within a source, the order found)."""
    read = [(MACHINE_SOURCES.index(source_of(candidate)), reading) for candidate in candidates
            if isinstance(candidate, str) and source_of(candidate) in MACHINE_SOURCES
            and (reading := read_date(candidate)) is not None
            and reading.has_time and reading.has_zone and not reading.relative]
    read.sort(key=lambda pair: pair[0])
    return [reading for _, reading in read]


def placeholder_clock(stated: str, text: str) -> bool:
    """Whether a <time>'s datetime carries a CMS's placeholder hour for a date-only field, its text showing that day
    with no time: midnight exactly on its own clock or in the text's reading zone (17:00:00Z under a WIB date, h178
    probe), or noon UTC exactly (Drupal's date-only field: "<time datetime='2020-09-29T12:00:00Z'>Selasa, 29
    September 2020</time>" was emitted as 19:00 WIB; h170 probe)."""
    if "T" not in stated:
        return False
    machine = read_date(stated)
    shown = read_date(text)
    if machine is None or shown is None or shown.has_time or shown.relative or not machine.has_time:
        return False
    return _placeholder_hour(machine, shown)


def _counted_back_beside_stated(text: str, stated: str) -> bool:
    """Whether a <time>'s text counts back from the render ("2 jam yang lalu") while its datetime states the
    moment: the text is the render's age, the attribute the date (``<time datetime="2024-06-19T20:40:00+07:00">2
    jam yang lalu</time>``)."""
    shown = read_date(text)
    if shown is None or not shown.relative:
        return False
    moment = read_date(stated)
    return moment is not None and not moment.relative


_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# The words a date line holds beside its date: labels ("Diterbitkan", "pada"), weekdays, months, the clock's
# words and zones.
_DATE_LINE_WORDS = frozenset({*LABELS, *DAY_NAMES, *MONTH_BY_NAME, "pukul", "pkl", "jam", "at", "wib", "wita", "wit",
                              "utc", "gmt", "am", "pm", "last", "terakhir", "oleh", "by"})
_WORD = re.compile(r"[^\W\d_]+")
# A headline's words around its date: this many capitalised words that are no date line's.
_HEADLINE_WORDS = 3


def headline_text(element: etree._Element, text: str) -> bool:
    """Whether an element's dated text is the story's headline or deck rather than its date line: an event's
    date and time in the headline ("Jadwal Imsakiyah Surabaya Kamis 14 Maret 2024 Pukul 04.10 WIB" in the h1)
    or in a deck under it ("Laga digelar Selasa (11/6/2024) pukul 19.30 WIB." in an h2). The h1's own text; in
    a child element of the h1 ("<h1>Judul<br><small>Rabu, 19 Juni 2024 20:40 WIB</small></h1>") and in another
    heading (h5/h6 date lines exist: "<h6>Rabu, 4 November 2015</h6>"), a date that sits inside a sentence
    (``_prose_around_date`` on the date's segment: "… 20:40 WIB | Penulis: Budi Santoso" is a date line); a block
    nested inside a heading (an old template's h1 closed by </h2> holding the date <div>) counts as outside it;
    elsewhere, the page's <title> repeated ("<div class=judul>")."""
    node: etree._Element | None = element
    while node is not None:
        tag = node.tag.lower() if isinstance(node.tag, str) else ""
        if tag in _HEADINGS:
            if tag == "h1" and node is element:
                return True  # the headline's own text
            return _prose_around_date(_date_segment(text))
        if DECK_CLASS_RE.search(element_marks(node, ident=False)):
            # A deck by its class only when its text is a sentence: a meta line under such a class ("Diposting oleh
            # admin pada Rabu, 19 Juni 2024 20:40 WIB" in .entry-subtitle) is the date line (h61).
            return _SENTENCE_END.search(text) is not None and _prose_around_date(_date_segment(text))
        if node is not element and tag in BLOCK_TAGS:
            break  # a block inside a heading is not the heading's text
        node = node.getparent()
    if len(text) < _PROSE_TITLE_CHARS:
        return False
    title = " ".join((element.getroottree().getroot().findtext("head/title") or "").split())
    return (title == text or title.startswith(text + " ")) and _prose_around_date(text)


_PROSE_TITLE_CHARS = 20
# A deck by its class (dom.DECK_CLASS_RE), as a heading is by its tag (h51: "<div class='post-excerpt'>Timnas menjamu
# Filipina …, Selasa (11/6/2024) pukul 19.30 WIB.</div>" under the h1): a date inside its sentence is the event's.
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]?$")
# Where a date line's date ends and its other fields begin: a bar or dot, and a byline's "oleh"/"by".
_LINE_FIELDS = re.compile(r"\s*[|\u00b7\u2022]\s*|\s+(?:oleh|by)\s+", re.IGNORECASE)
_CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\b")


# A reading-time note beside the date ("2 jam lalu · 3 menit baca", "Rabu, 19 Juni 2024 | 5 min read", "Waktu baca 4
# menit"): the line's other field, never a sentence's words (h236 probe v14, B03: "2 jam lalu · 3 menit baca" under the
# h1 was read as a sentence, two lowercase words, and a reader's comment's date became the publication).
_READING_TIME_WORD = re.compile(r"(?<![^\W\d_])(?:baca|membaca|read|reading)(?![^\W\d_])", re.IGNORECASE)
_READING_TIME = re.compile(
    r"(?<![^\W_])\d{1,3}\s?(?:menit|mnt|min|mins|minutes?)\.?\s(?:waktu\s)?(?:baca|membaca|read|reading)(?![^\W\d_])"
    r"|(?<![^\W\d_])(?:waktu\s|lama\s)?(?:baca|membaca|reading\stime)\s?:?\s?(?:\u00b1\s?|sekitar\s)?\d{1,3}\s?"
    r"(?:menit|mnt|min|mins|minutes?)(?![^\W\d_])",
    re.IGNORECASE)


def _date_segment(text: str) -> str:
    """The field of a dated text holding its date: "Senin, 12 Mei 2008 - 14:20 WIB" of "… 14:20 WIB | Penulis:
    Budi Santoso", "Posted on June 19, 2024 at 8:40 pm" of "… by admin"; a " - " after the clock ends it too. The
    whole text when no field holds a date. A reading-time note is no field of the date's (``_READING_TIME``)."""
    if _READING_TIME_WORD.search(text):
        text = _READING_TIME.sub(" ", text)
    for segment in _LINE_FIELDS.split(text):
        if segment and _YEAR_DIGITS.search(segment) and HAS_DATE_RE.search(segment):
            clock = _CLOCK.search(segment)
            if clock:
                dash = segment.find(" - ", clock.end())
                segment = segment if dash < 0 else segment[:dash]
            return segment
    return text


def _prose_around_date(text: str) -> bool:
    """Whether a dated text says more than a date line: a lowercase word that is none of a date line's (a
    deck's verb, "Laga digelar Selasa (11/6/2024) pukul 19.30 WIB."), or several other words (a headline's,
    "Jadwal Imsakiyah Surabaya Kamis 14 Maret 2024 Pukul 04.10 WIB")."""
    others = _words_beside_date(text)
    return len(others) >= _HEADLINE_WORDS or any(word[0].islower() for word in others)


def _words_beside_date(text: str, also: frozenset[str] = frozenset()) -> list[str]:
    """The words of a dated text that are none of a date line's (its labels, day and month names, clock words, an age
    counted back from the render: ``_without_age``), nor of ``also`` (lower-cased), in order. An age's words are a
    date line's only beside a label, a byline's capitalised names or nothing ("Diposting 2 hari yang lalu", "Oleh
    Rudi · 3 jam yang lalu"): beside a lowercase word ("Longsor terjadi 2 jam lalu", a subject and its verb) or
    closing a sentence with its period, the age is the lede's clause and its words prose (h115 probe)."""
    def beside(part: str) -> list[str]:
        return [word for word in _WORD.findall(part) if word.lower() not in _DATE_LINE_WORDS and word.lower() not in also]

    others = beside(_without_age(text))
    if shows_age(text) and (text.rstrip().endswith(".") or any(word[0].islower() for word in others)):
        return beside(text)
    return others


def _age_span(text: str) -> tuple[int, int] | None:
    """Where ``text`` counts back from the render ("3 jam yang lalu", "sejam yang lalu", "3 hours ago"; "baru saja",
    "kemarin" as the whole text), else None."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a character whose lower case is longer: spans would not line up
        return None
    if WORD_ONLY_RE.fullmatch(lowered):
        return 0, len(text)
    age = RELATIVE_RE.search(lowered)
    return None if age is None else age.span()


def shows_age(text: str) -> bool:
    """Whether a text counts back from the render, digits or none ("sejam yang lalu", "baru saja")."""
    return _age_span(text) is not None


def _without_age(text: str) -> str:
    """The text without the age it counts back from the render: a relative date line's words are its date (h114
    probe: "3 jam yang lalu" under the h1 was read as a sentence, two lowercase words, and the page left undated)."""
    span = _age_span(text)
    return text if span is None else f"{text[:span[0]]} {text[span[1]:]}"


def _short(text: str) -> str:
    """The text, whitespace collapsed, when it is short enough for a date line; else ""."""
    text = " ".join(text.split())
    return text if len(text) <= _MAX_TEXT_CHARS else ""


def _short_text(element: etree._Element) -> str:
    # A <br> separates: "Penulis: Joko Santoso<br>Dipublikasikan: …" is no "SantosoDipublikasikan".
    return _short("".join(text_pieces(element, " ")))


# ------------------------------------------------------------ the date line above a known body


def visible_date(scope: etree._Element, body_start: etree._Element, zone: tzinfo = WIB,
                 now: datetime | None = None) -> str | None:
    """The date line with a time of day nearest before a body whose first element is known (the
    generic spider's main text, newscrawl.maintext), headers included.

    The texts are the ones ``find_page_dates`` reads (``_shown_texts``: a ``<time>``, a short text
    with a date that parses; "updated" lines and other stories' teasers skipped), walked up to the body instead of around a
    guessed story start. A date without a time is completed by its parent's or grandparent's short
    text when that adds the time and no other year ("<span>19 Jun 2024</span> <span>14:05 WIB</span>");
    a comment's tail is its parent's text ("<div><!-- news_date -->Jumat , 17 February 2017, 13:16 WIB</div>",
    republika ihram 2017). A <time>'s text is preferred over its datetime attribute: it comes later; but not a
    text counting back from the render ("2 jam yang lalu") over a datetime stating the moment.
    Above the headline, a text outside the block holding the headline and the body is the page's chrome (a top
    bar's clock printing the render's time): not read; nor an entry's stamp in a list of entries (``dom.in_entry_list``:
    a live blog's, h271 d03).
    """
    found = None
    headline = longest_headline(scope)
    # Above the headline, outside the block holding it and the body: the page's chrome (a top bar's clock).
    container = None if headline is None else common_ancestor(headline, body_start)
    above = headline is not None
    for node in scope.iter():
        if node is body_start:
            break
        if node is headline:
            above = False
        if isinstance(node.tag, str):
            tag = node.tag.lower()
            if _nothing_shown(node, tag):
                continue
            if above and _outside(node, container) and _beside_navigation(node, container):
                continue
            for text in _shown_texts(node, tag):
                own = text == _short_text(node)
                holder = node if own else node.getparent()
                if holder is not None and in_entry_list(holder):
                    continue  # a live blog's entry's stamp, no date line (h271 d03)
                timed = _timed_line(text, holder, zone, now)
                found = DateLine(timed, "", holder) if timed else found
        else:  # a comment (or processing instruction): its tail is its parent's own text
            parent = node.getparent()
            if parent is not None and _holds_year(node.tail) and parent.tag.lower() not in _NEVER_TEXT:
                found = _timed_line(_short_text(parent), parent, zone, now) or found
    return found


_CLOCK_ONLY_CHARS = 24


def _with_next_clock(text: str, holder: etree._Element, reading: DateReading, zone: tzinfo,
                     now: datetime | None) -> str | None:
    """The date joined with the clock its next sibling shows alone, when they read as one moment on the
    same day ("<div class=tanggal>Rabu, 23 Oktober 2019</div><div class=jam>10:15 WIB</div>")."""
    sibling = holder.getnext()
    while sibling is not None and not isinstance(sibling.tag, str):
        sibling = sibling.getnext()  # a comment between them
    if sibling is None or sibling.tag in _NEVER_TEXT:
        return None
    clock = _short_text(sibling)
    if not clock or len(clock) > _CLOCK_ONLY_CHARS or _YEAR_DIGITS.search(clock):
        return None
    joined = f"{text} {clock}"
    both = read_date(joined, now, zone)
    return joined if both is not None and both.has_time and both.moment.date() == reading.moment.date() else None


def _timed_line(text: str, holder: etree._Element | None, zone: tzinfo, now: datetime | None) -> str | None:
    """``text`` if it reads as a date with a time of day, else the first of its holder's parent and
    grandparent short texts that does (holding no other year); None for an "updated" line."""
    for level in range(3):
        text = publication_part(text) if text else text  # the publication before an update on the line, if any
        if not text or (level and len(_YEAR_DIGITS.findall(text)) > 1):
            return None
        reading = read_date(text, now, zone)
        if reading is None:
            return None
        if reading.has_time:
            return text
        if level == 0 and holder is not None:
            clocked = _with_next_clock(text, holder, reading, zone, now)
            if clocked is not None:
                return clocked
        holder = holder.getparent() if holder is not None else None
        if holder is None or holder.tag in _NEVER_TEXT:
            return None
        text = _short_text(holder)
    return None


# A date line under the h1: among the next few non-blank texts (kicker, byline, date), short.
_TEXTS_AFTER = etree.XPath(
    "following::text()[normalize-space()][not(parent::script) and not(parent::style)][position() <= 6]")
_DATE_LINE_CHARS = 80
_MAX_H1S = 3
# A story's sentence: six words or more ending in a full stop, "!", "?" or a colon introducing what follows.
_STORY_SENTENCE_RE = re.compile(r"(?:\S+\s+){5,}\S*[.!?:][\"'\u201d\u2019)]?")
_STORY_SPAN = 4  # the paragraphs after a short lede in which a dated one is the story's


def _paragraph_of(node: etree._Element | None) -> etree._Element | None:
    """The <p> a text's holder is or sits in (a <strong> in it), within three levels; None outside one."""
    for _ in range(3):
        if node is None or not isinstance(node.tag, str):
            return None
        if node.tag == "p":
            return node
        node = node.getparent()
    return None


def _story_paragraph(text: etree._ElementUnicodeResult, h1: etree._Element) -> etree._Element | None:
    """The <p> holding ``text`` when it is a story's sentence in the body's container: the whole paragraph one
    sentence or more (six words and more ending in a full stop or a colon), its parent no header holding the h1 (a deck
    over the date line sits beside the headline: cna.id's standfirst, a theme's excerpt)."""
    holder = text.getparent()
    holder = holder.getparent() if text.is_tail and holder is not None else holder
    paragraph = _paragraph_of(holder)
    if paragraph is None or paragraph.getparent() is None:
        return None
    if not _STORY_SENTENCE_RE.fullmatch(collapse_ws(paragraph.xpath("string()"))):
        return None
    container = paragraph.getparent()
    if any(ancestor is container for ancestor in h1.iterancestors()):
        return None
    return paragraph


def _next_paragraphs(paragraph: etree._Element) -> list[etree._Element]:
    """The <p> siblings right after ``paragraph`` (no other element between), a few at most."""
    found: list[etree._Element] = []
    for sibling in paragraph.itersiblings():
        if not isinstance(sibling.tag, str):
            continue
        if sibling.tag != "p" or len(found) >= _STORY_SPAN:
            break
        found.append(sibling)
    return found


_A_DIGIT = re.compile(r"\d")


def dated_heading(root: etree._Element, lead: bool = True, title_heading_too: bool = True) -> str | None:
    """The date shown just under a page's h1: the first short text among the few after an h1 (a masthead
    h1 may come first) that parse_date reads. "Fri, June 19 2015 | 09:46 am", "Rabu, 4 November 2015". A page with
    no h1: under its title heading (``fields.title.title_heading``: the h2/h3 printing the headline og:title or
    <title> names; never any h2: a sidebar's widget titles sit over dated cards).
    ``lead=False``: not the dateline opening the story's lead ("SEMARANG, Rabu (19/6/2024) - Ratusan …",
    ``opens_prose_line``) or a paragraph of the story, nor any text after them (None): the page's date line,
    which may stand above the h1, or the lead's dateline, is the page finder's to find. A deck's, a photo's, a teaser's,
    a comment's, the masthead's date and a live blog's entry stamps (``dom.in_entry_list``, h271 d03) are passed over.
    ``title_heading_too=False``: under an h1 only (the outage check: a maintenance notice's h2 title over its window's
    date, "Situs Sedang Dalam Pemeliharaan" / "Sabtu, 10 Februari 2024, 22.00 WIB", is no story's, h151 probe)."""
    if not isinstance(root, etree._Element):
        return None
    headings = list(islice(root.iter("h1"), _MAX_H1S))
    if not headings and title_heading_too:
        # No h1: the h2/h3 printing the headline the head names (a campus CMS's "<h2 class='title'>", h148 probe)
        headings = [heading for heading in (title_heading(root),) if heading is not None]
    for h1 in headings:
        story: etree._Element | None = None  # a paragraph of the story's, a short lede too
        for text in _TEXTS_AFTER(h1):
            if not lead and len(text) >= PROSE_CHARS and len(collapse_ws(text)) >= PROSE_CHARS:
                return None  # the story has begun: a date in it is no date line ("Kick-off: Rabu, … pukul 20.00")
            if not lead and story is None:
                story = _story_paragraph(text, h1)
            line = publication_part(collapse_ws(text))  # "Diperbarui …" under the h1 is no publication date
            # A date holds a digit, unless it counts back from the render without one ("sejam yang lalu", "baru saja").
            if (len(line) > _DATE_LINE_CHARS or not (_A_DIGIT.search(line) or shows_age(line))
                    or parse_date(line) is None):
                continue
            holder = text.getparent()
            holder = holder.getparent() if text.is_tail and holder is not None else holder
            if holder is not None and not lead and opens_prose_line(holder, line):
                return None  # the story has begun: a date later in it is no date line (a deadline, an event)
            if story is not None and any(_paragraph_of(holder) is later for later in _next_paragraphs(story)):
                # A line of the story's under a short lede, in the paragraphs of the body's container (h220 probe, a
                # traffic story's "Polda Metro Jaya memberlakukan rekayasa … HUT ke-79 RI." then "Sabtu, 17 Agustus 2024
                # pukul 06.00-12.00 WIB": the event's window, no date line, taken for one over the page's meta).
                return None
            if not lead and reads_as_sentence(line):
                # A short lede around its event's time ("Video itu diunggah akun @warga pada Rabu, … pukul 20.15
                # WIB."): the story has begun (h80 probe: its 20:15 beat the date line after the body).
                return None
            if holder is not None and (headline_text(holder, line)  # a deck's "Laga digelar Selasa (11/6/2024) pukul 19.30"
                                       or in_caption(holder, line)  # a photo's date
                                       or in_teaser(text.getparent())  # a related story's card above the story
                                       or in_comments(holder)  # a reader's comment (as the page finder reads it)
                                       or in_entry_list(holder)  # a live blog's entry's stamp (h271 d03)
                                       # the header's "today" after a logo h1 (an old Joomla/PHP portal's
                                       # "<h1 id=logo>…</h1><div id=tanggal-sekarang>Kamis, 14 Februari 2013": h163
                                       # probe); a story's own "header-top"/"top-bar" under its headline is no
                                       # masthead (h166): only the day's clock, or a header bar after a logo h1
                                       or shows_today(holder, h1) or (logo_h1(h1) and in_masthead(holder))):
                continue
            # <time datetime=ISO>2 jam yang lalu</time>: the moment it states, not the render's age. A tail is the
            # holder's text only inside a <time> ("<time datetime=…><i class=icon></i> 14 Juli 2021</time>").
            if holder is None or (text.is_tail and holder.tag != "time"):
                return DateLine(line, "", holder)
            told = stated_time(holder, line)
            # <time datetime=ISO+08:00>14 Juli 2021</time>: the text, its datetime beside it (day_told_in_stated_zone)
            return DateLine(line, (holder.get("datetime") or "").strip(), holder) \
                if told == line and holder.tag == "time" else (DateLine(told, "", holder) if told else told)
    return None
