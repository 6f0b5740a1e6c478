"""HTML -> raw article fields. Pure functions over a parsel Selector; no Scrapy objects.

Order of sources per field: structured data (JSON-LD ``NewsArticle``, then ``<meta>``) first, the
site's CSS rules as the fallback — except for the fields a site lists in ``SiteRules.prefer_dom``
(its markup is known to be better there, e.g. republika's JSON-LD author is the editor). The body
always comes from the DOM when the site's container matches, since ``articleBody`` often has no
paragraph breaks; it falls back to ``articleBody`` and then to the main-text extractor (maintext.py).
Dates are returned raw, each labelled with its source (``fields.dates.DateCandidate``); the date
pipeline chooses among them by the precedence written in ``newscrawl/fields/dates.py``.
"""
from __future__ import annotations

import html
import json
import re
from dataclasses import asdict, dataclass, field
from datetime import datetime, tzinfo
from functools import lru_cache
from typing import Any, Callable, Final, Iterable, Iterator, Sequence
from urllib.parse import urljoin

from lxml import etree
from parsel import Selector

from newscrawl.cleaning import (PHOTO_STORY_CAPTIONS, block_key, distinct_tags, link_head_end, link_list_indexes,
                                labelled_link_indexes, link_tail_start, site_list_indexes,
                                unescape_left_entities)
from newscrawl.css import compile_css, matches_of_any, select_elements, select_values
from newscrawl.dates import WIB, epoch_iso, read_date
from newscrawl.fields.dates import (ITEMPROP, JSONLD, META, SITE, SHOWN_SOURCES, VISIBLE, DateCandidate, dated_heading,
                                    find_page_dates, find_shown_update, heading_line_may_override, needs_shown_dates,
                                    site_publication_lines, source_of)
from newscrawl.dom import (Block, PageOrder, block_text, another_story, author_boxes, collapse_ws, element_marks, home_link_lines, other_site_link_lines, own_pager_lines, in_side_box, in_story_region, story_bylines, text_pieces, topic_link_texts,
                          inline_related_links, walk_blocks, with_story_blocks_between,
                          without_widget_lists)
from newscrawl.maintext import SHORT_LEAD_CHARS, main_text as page_main_text, says_photo_story
from newscrawl.fields.authors import (NameSource, author_card_credit, byline_writers, choose_authors, closing_credit,
                                      credited_people, hinted_bylines, is_editor_role,
                                      column_byline, lead_credit, opinion_page, listed_with_others, may_credit_editor,
                                      microdata_editors, named_after_editor_label, page_classes, signoff_credit,
                                      split_byline)
from newscrawl.fields.outlet import names_outlet, outlet_labels, squeeze
from newscrawl.fields.tags import drop_split_prose, names_outlet_tag, outlet_tag_names, title_outlet_names
from newscrawl.fields.title import (SectionNames, TitleChoice, same_headline, section_names, site_header_h1,
                                    title_choice)
# fields.title's relation of two titles (same words, cut, an affix), reused to tell the story's JSON-LD headline.
from newscrawl.urls import canonical_url, is_amp_url, is_site_root, url_identity

ARTICLE_TYPES = frozenset(
    {"NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting",
     "OpinionNewsArticle", "BackgroundNewsArticle", "LiveBlogPosting", "WebPage/NewsArticle"}
)

# Markup that names tags and the rubric the same way on any site (WordPress and the common news themes): the
# generic spider's rules, and a catalogue outlet's when its entry names none.
# WordPress and most CMSs mark tag links rel="tag" (a category link is rel="category tag": not read).
ANY_SITE_TAGS = ("a[rel='tag']",)
# Microdata's author name, then the link rel=author marks (WordPress and most CMSs): read but in a box beside the
# story (author_texts).
ANY_SITE_AUTHORS = ("[itemprop='author'] [itemprop='name']", "a[rel='author']")
# Microdata, then WordPress's category link (rel="category tag", also "category" alone). Then the category links
# of the common news themes whose links carry no rel: tagDiv (Newspaper: .td-category / .entry-category), JNews
# (.jeg_meta_category), Twenty* and many (.cat-links, .post-category).
ANY_SITE_SECTION = ("[itemprop='articleSection']", "a[rel='category tag']", "a[rel='category']",
                    ".entry-category a, .td-category a, .jeg_meta_category a, .post-category a, .cat-links a")


@dataclass(frozen=True)
class SiteRules:
    """A site's extraction table: CSS selectors tried in order, first non-empty wins.

    A selector may end in ``::attr(name)`` to read an attribute instead of the element's text.
    """

    title: tuple[str, ...] = ()
    published: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()
    authors: tuple[str, ...] = ()
    section: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    body: tuple[str, ...] = ()
    # Removed from the body container before its text is read (ads, related links, captions…).
    drop: tuple[str, ...] = ()
    # Fields where the site's selectors beat structured data.
    prefer_dom: frozenset[str] = frozenset()
    # Author strings that name the outlet, not a person ("Kompas Cyber Media", "Liputan6.com").
    not_authors: tuple[str, ...] = ()
    # Suffix the site appends to <title>/og:title, stripped when the title comes from there.
    title_suffix: str | None = None


@dataclass
class RawArticle:
    """Fields as found on one page, before dates are parsed and the body is cleaned."""

    url: str
    title: str | None = None
    published: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    section: str | None = None
    tags: list[str] = field(default_factory=list)
    body: list[str] = field(default_factory=list)
    # "dom", "jsonld", "generic", "photo_story" (the main text over the site container's short lead) or None
    body_source: str | None = None
    # Why a fallback read the body though the site declares body selectors (NewsSpider.parse_article): "missed" (none
    # matched: a redesign?); None when the site's own selectors read it, or it declares none. Counted by the health
    # check (a layout drift), never exported.
    body_fallback: str | None = None
    # The site's article id when the page states it (a site hook sets it); else taken from the URL.
    article_id: str | None = None
    # Structured data says the full text is for subscribers (isAccessibleForFree false): the body is a teaser.
    paywalled: bool = False
    # The URLs page 1 was reached through by redirects (an old slug's 301): aliases of the item (state.item_aliases).
    fetched_via: list[str] = field(default_factory=list)
    # The seen-store key page 1 was checked under (middlewares.checked_key): travels to the item, never exported.
    checked_as: str | None = None
    # The URL page 1 was asked at under that key (middlewares.checked_url): travels to the item, never exported.
    checked_url: str | None = None
    # Where page 1's main text stood (maintext.MainText.story_path), for its later pages: travels, never exported.
    story_path: list[str] = field(default_factory=list)
    # [page number, index of its first body block] of each numbered later page stitched (add_page): travels, never
    # exported.
    page_starts: list[list[int]] = field(default_factory=list)
    # The index of each page's first body block, numbered or not, in body order (page 1's, 0, first): the cleaning
    # tells a page's edge from a paragraph's (Article.page_edges). Travels, never exported.
    page_edges: list[int] = field(default_factory=lambda: [0])
    # Page 1 was read at the article's single-page "show all" view (NewsSpider.is_all_pages_view): its pager's pages
    # answering only text already read are the ones it holds, not missing; cleared when a later page gives new text
    # (the site ignored the view's marker and answered page 1). Travels, never exported.
    at_view: bool = False
    # What the extraction set aside, as stat names under newscrawl/ ("jsonld/other_article"): the spider counts them.
    # Never exported.
    counted: list[str] = field(default_factory=list)
    # The page's own summaries (page_descriptions): a standfirst the body opens with repeats one, so the header's date
    # line under it is no story (cleaning.trim_edges). Travels, never exported.
    descriptions: list[str] = field(default_factory=list)
    # Page 1's short lines above its story, squeezed (cleaning.header_lines): a later page's name-shaped line at its
    # top that is one of them is its header, repeated by the template (cleaning.story_start). Travels, never exported.
    header_lines: list[str] = field(default_factory=list)

    def add_page(self, blocks: list[str], number: int | None, continues: bool = False) -> None:
        """Stitch a later page's blocks into the body in page order: before the first page read with a greater
        number, else at the end (a page without a number: where it was read). Pages are read one after another in
        page order (urls.in_page_order); a pager that names a page only after a later one was read (page 12 first
        linking page 11) still gives the story in its order. Called again with the same number, or with
        ``continues``, the blocks join that page's end (its closing lines announcing the next page)."""
        at = next((start for page, start in self.page_starts if number is not None and page > number), len(self.body))
        self.body[at:at] = blocks
        new_number = number is not None and all(page != number for page, _ in self.page_starts)
        new_page = not continues and (number is None or new_number)
        self.page_starts = [[page, start + len(blocks) if start >= at and page != number else start]
                            for page, start in self.page_starts]
        if new_number:
            self.page_starts = sorted([*self.page_starts, [number, at]])
        if blocks:
            edges = [edge + len(blocks) if edge >= at else edge for edge in self.page_edges]
            self.page_edges = sorted({*edges, at}) if new_page else edges

    def to_plain(self) -> dict[str, Any]:
        """Plain JSON data (a later page's request carries it, maybe through Redis): each date
        candidate as [text, source] and the page finder's flags that are set ([text, source, true] when it read it in
        the article's block; [text, source, in_article, true] when it read it as no date line: DateCandidate), so the
        date choice still knows where it came from."""
        plain = asdict(self)
        for name in ("published", "updated"):
            plain[name] = [[str(candidate), source_of(candidate),
                            *(candidate.flags() if isinstance(candidate, DateCandidate) else ())]
                           for candidate in getattr(self, name)]
        return plain

    @classmethod
    def from_plain(cls, plain: dict[str, Any]) -> RawArticle:
        values = dict(plain)
        for name in ("published", "updated"):
            values[name] = [DateCandidate(*entry) if isinstance(entry, (list, tuple)) else entry
                            for entry in values.get(name) or []]
        return cls(**values)


# --------------------------------------------------------------------------- structured data

# Read off lxml's C-level tag walk (a fourth of these XPath queries' cost); the XPath is the fallback for
# a root that is no element.
_LD_TEXTS = '//script[@type="application/ld+json"]/text()'
_CANONICAL_HREFS = '//link[@rel="canonical"]/@href'


def _ld_texts(selector: Selector) -> list[str]:
    """The texts of the page's ``<script type="application/ld+json">`` blocks, in page order."""
    root = selector.root
    if not isinstance(root, etree._Element):
        return selector.xpath(_LD_TEXTS).getall()
    texts: list[str] = []
    for script in root.iter("script"):
        if script.get("type") == "application/ld+json":
            if len(script):  # children (never in HTML's raw-text <script>): every text node, as text() gives
                texts.extend(str(text) for text in script.xpath("text()"))
            elif script.text is not None:
                texts.append(script.text)
    return texts


def _canonical_hrefs(selector: Selector) -> list[str]:
    root = selector.root
    if not isinstance(root, etree._Element):
        return selector.xpath(_CANONICAL_HREFS).getall()
    return [href for link in root.iter("link") if link.get("rel") == "canonical"
            and (href := link.get("href")) is not None]


def json_ld_objects(selector: Selector) -> list[dict[str, Any]]:
    """Every JSON-LD object on the page, with ``@graph`` and top-level arrays flattened.

    Broken JSON is skipped, not fatal: some CMSs emit raw newlines or trailing commas.
    """
    objects: list[dict[str, Any]] = []
    for raw in _ld_texts(selector):
        data = _loads_lenient(raw)
        if data is not None:
            objects.extend(_flatten_ld(data))
    return objects


def _loads_lenient(raw: str) -> Any:
    """Parsed JSON, or None. A hostile array nested thousands deep makes the decoder recurse:
    that is a broken block like any other (RecursionError), never a lost page."""
    try:
        return json.loads(raw)
    except ValueError:
        pass
    except RecursionError:
        return None
    # Control characters inside strings and trailing commas are the usual breakage; then the block's
    # wrappers (an HTML comment, CDATA, a byte-order mark, a closing ";") and quotes left unescaped inside
    # a string ("headline": "Dia bilang "halo" ke kami").
    repaired = re.sub(r"[\x00-\x1f]+", " ", raw)
    repaired = re.sub(r",\s*([}\]])", r"\1", repaired)
    for attempt in (repaired, _unwrapped(repaired)):
        try:
            return json.loads(attempt)
        except (ValueError, RecursionError):
            continue
    if len(repaired) > _MAX_REPAIRED_CHARS:
        return None  # a character walk over megabytes of broken JSON is not worth a page's time
    try:
        return json.loads(_inner_quotes_escaped(_unwrapped(repaired)))
    except (ValueError, RecursionError):
        return None


_MAX_REPAIRED_CHARS = 200_000


_LD_WRAPPER = re.compile(r"^\s*(?:\ufeff|<!--|/\*\s*<!\[CDATA\[\s*\*/|<!\[CDATA\[|//\s*<!\[CDATA\[)\s*"
                         r"|\s*(?:-->|/\*\s*\]\]>\s*\*/|//\s*\]\]>|\]\]>|;)\s*$")


def _unwrapped(raw: str) -> str:
    previous = None
    while previous != raw:  # "<!-- /* <![CDATA[ */ {…} /* ]]> */ -->": layer by layer
        previous, raw = raw, _LD_WRAPPER.sub("", raw)
    return raw


def _inner_quotes_escaped(raw: str) -> str:
    """``raw`` with every quote inside a string escaped unless it ends the string: a closing quote is
    followed (after spaces) by , : } ] or the end. One pass; only for a block that failed to parse."""
    out: list[str] = []
    in_string = escaped = False
    length = len(raw)
    for index, char in enumerate(raw):
        if in_string and escaped:
            escaped = False
        elif in_string and char == "\\":
            escaped = True
        elif char == '"':
            if not in_string:
                in_string = True
            else:
                ahead = index + 1
                while ahead < length and raw[ahead] in " \t\r\n":
                    ahead += 1
                if ahead < length and raw[ahead] not in ",:}]":
                    out.append("\\")  # a quote inside the text
                else:
                    in_string = False
        out.append(char)
    return "".join(out)


def _flatten_ld(data: Any) -> Iterator[dict[str, Any]]:
    """Objects in document order; arrays, ``@graph`` and a page's ``mainEntity`` (a WebPage whose
    mainEntity is the NewsArticle: goodnewsfromindonesia) opened with an explicit stack (any depth)."""
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            yield item
            for key in ("mainEntity", "@graph"):  # popped in reverse: @graph first, as before
                if isinstance(item.get(key), (dict, list)):
                    stack.append(item[key])


def ld_types(obj: dict[str, Any]) -> set[str]:
    """An object's @type names, a known schema.org type under its own spelling whatever the case or prefix a
    theme wrote ("article" from JNews, "schema:NewsArticle", "http://schema.org/NewsArticle"): the story's object
    was otherwise passed over and its dates with it (h98 probe, zonasultra)."""
    value = obj.get("@type")
    names = value if isinstance(value, list) else [value]
    return {_KNOWN_TYPES.get(_bare_type(name).lower(), name) for name in names if isinstance(name, str)}


def _bare_type(name: str) -> str:
    name = name.strip()
    for prefix in ("http://schema.org/", "https://schema.org/", "schema:"):
        if name.startswith(prefix):
            return name[len(prefix):]
    return name


@dataclass(frozen=True)
class PageFacts:
    """What a page says it is, to tell its story's JSON-LD object from another story's (story_ld)."""

    # Its own URLs: rel=canonical, og:url, the fetched URL.
    urls: tuple[str, ...] = ()
    # Its visible headlines (every <h1>) and its meta titles (og:title, <title>).
    headings: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()
    # The site's article id of a URL (its pattern's id group), when the spider knows one.
    article_id: Callable[[str], str | None] | None = None


def page_facts(selector: Selector, url: str, article_id: Callable[[str], str | None] | None = None) -> PageFacts:
    """The page's own URLs and headings (PageFacts)."""
    root = selector.root
    if not isinstance(root, etree._Element):
        return PageFacts((url,), article_id=article_id)
    head_title = root.find(".//title")
    og = next((element for element in root.iter("meta") if element.get("property") == "og:url"), None)
    og_title = next((element for element in root.iter("meta") if element.get("property") == "og:title"), None)
    urls = [*_canonical_hrefs(selector)[:1], og.get("content") if og is not None else None, url]
    titles = [element_text(head_title) if head_title is not None else "",
              collapse_ws(og_title.get("content") or "") if og_title is not None else ""]
    return PageFacts(tuple(u.strip() for u in urls if u and u.strip()),
                     tuple(text for h1 in root.iter("h1") if (text := element_text(h1))),
                     tuple(text for text in titles if text), article_id)


def news_article_ld(objects: list[dict[str, Any]], page: PageFacts | None = None) -> dict[str, Any] | None:
    """The page's (News)Article JSON-LD object, or None; its people given as references to other nodes
    of the page's graph (Yoast's ``"author": {"@id": "…/#/schema/person/…"}``) replaced by those nodes.
    Without ``page``, the first article object (whether the page says it holds an article at all); with it, the
    story's own (story_ld)."""
    if page is not None:
        return story_ld(objects, page)[0]
    for obj in objects:
        if ld_types(obj) & ARTICLE_TYPES:
            return _with_references_resolved(obj, objects)
    return None


def story_ld(objects: list[dict[str, Any]], page: PageFacts) -> tuple[dict[str, Any] | None, str | None]:
    """The story's own article object among the page's (``story_lds``' first), and why it is not simply the first."""
    found, reason = story_lds(objects, page)
    return (found[0] if found else None), reason


def story_lds(objects: list[dict[str, Any]], page: PageFacts) -> tuple[list[dict[str, Any]], str | None]:
    """The story's own article object among the page's, then the other article objects that describe the same story
    (``same_story_lds``: a theme's own object beside an SEO plugin's, whose dates the date choice cross-checks), and
    why the story's is not simply the first (a reason to count, else None); no object: []. A page may carry other
    stories' objects before its own: a related-articles @graph, the previous story of an infinite scroll, a
    recommendation widget (h93 probe: their authors, dates and tags were taken). With several,
    the one (1) the mainEntity of a WebPage that is this page (or names no URL) names by @id, else (2) whose url, @id
    or mainEntityOfPage names the page's URL (url_identity, or the site's article id), else (3) whose headline is an
    h1's, then a meta title's, else (4) the only one not naming another page's URL; none of them: none
    ("none_matched"), not the first. A lone object is the story's unless it names another article's URL and its
    headline is no heading or meta title of the page ("other_article": a widget's teaser)."""
    found = [obj for obj in objects if ld_types(obj) & ARTICLE_TYPES]
    # A typed reference ("mainEntity": {"@type": "NewsArticle", "@id": …}) stands for the node it names.
    candidates = [obj for obj in found if not _is_reference(obj)] or found
    if not candidates:
        return [], None
    if len(candidates) == 1:
        only = candidates[0]
        if _names_other_page(only, page) and not _headline_shown(only, (*page.headings, *page.titles)):
            return [], "other_article"
        return [_with_references_resolved(only, objects)], None
    # Only a WebPage that is this page (or names no URL) speaks for it: a related block's or an infinite scroll's
    # own WebPage names its story as mainEntity too (h96 probe).
    named = {ref for obj in objects if any(t.endswith("Page") for t in ld_types(obj))
             and (not _page_urls(obj) or any(_names_page(u, page) for u in _page_urls(obj)))
             for ref in _ld_ids(obj.get("mainEntity"))}
    for test in (lambda obj: bool(named & set(_ld_ids(obj.get("@id")))),
                 lambda obj: any(_names_page(u, page) for u in _ld_urls(obj)),
                 lambda obj: _headline_shown(obj, page.headings),
                 lambda obj: _headline_shown(obj, page.titles)):
        chosen = next((obj for obj in candidates if test(obj)), None)
        if chosen is not None:
            return ([_with_references_resolved(chosen, objects), *same_story_lds(candidates, chosen, page)],
                    None if chosen is candidates[0] else "later_object")
    # The story's object may name no URL and carry an SEO headline of its own (h96 probe): when every other
    # object names another page, the one left is the story's.
    left = [obj for obj in candidates if not _names_other_page(obj, page)]
    if len(left) == 1:
        return ([_with_references_resolved(left[0], objects), *same_story_lds(candidates, left[0], page)],
                None if left[0] is candidates[0] else "later_object")
    return [], "none_matched"


def same_story_lds(candidates: list[dict[str, Any]], story: dict[str, Any], page: PageFacts) -> list[dict[str, Any]]:
    """The article objects among ``candidates`` other than ``story`` that describe the same story, in page order: one
    without a headline of its own other than the story's that (1) names a URL of the story's (url, @id,
    mainEntityOfPage; the site's root is none), or (2) carries the story's headline and names no other page's URL. A
    theme's object beside an SEO plugin's (JNews's zone-less "2021-06-19 14:45:18" beside Yoast's 06:45:18+00:00,
    h175 probe): its dates are candidates too (extract_article), for the date choice's cross-checks (fields.dates
    P0b). Another story's object (a related list's, the previous story of an infinite scroll, a recurring headline at
    another URL) is none, and so is a part of the page (h178 probe): a URL whose fragment the story's URLs lack
    names a place in the page, not the story (a live blog's updates as separate BlogPostings at page#update-1, their
    own headlines), and an object with neither the story's headline nor a URL of it is no evidence of the story (an
    embedded archive clip's headline-less, URL-less Article dated 2019)."""
    own = {key for u in _ld_urls(story) if (key := _url_key(u))[0]}
    own_pages = {address for address, _ in own}
    headline = _ld_text(story.get("headline") or story.get("name"))
    same: list[dict[str, Any]] = []
    for obj in candidates:
        if obj is story:
            continue
        theirs = _ld_text(obj.get("headline") or obj.get("name"))
        if theirs and headline and not same_headline(theirs, headline):
            continue  # another headline: another story's, or a part's (a live blog's update) naming the page
        named = [key for u in _ld_urls(obj) if (key := _url_key(u))[0]]
        if any(address in own_pages and (not fragment or (address, fragment) in own) for address, fragment in named):
            same.append(obj)
        elif theirs and headline and not _names_other_page(obj, page):
            same.append(obj)
    return same


def _url_key(url: str) -> tuple[str, str]:
    """A URL's url_identity ("" for the site's root: a theme's url field naming the home page names no story) and its
    fragment ("" for none: page#update-3 is a place in the page, page#article Yoast's node of the story)."""
    key = url_identity("https:" + url if url.startswith("//") else url)
    return ("" if not key or is_site_root(key) else key), url.partition("#")[2]


def _names_other_page(obj: dict[str, Any], page: PageFacts) -> bool:
    """Whether an article object gives URLs of its own and none is the page's (nor the site's root)."""
    urls = _ld_urls(obj)
    return bool(urls) and not any(_names_page(u, page) for u in urls) and \
        not any(is_site_root(canonical_url(u)) for u in urls)


def _headline_shown(obj: dict[str, Any], shown: Iterable[str]) -> bool:
    """Whether an article object's headline is one of the page's shown titles (h1s, or meta titles)."""
    headline = _ld_text(obj.get("headline") or obj.get("name"))
    return any(same_headline(headline, title) for title in shown)


def _page_urls(obj: dict[str, Any]) -> list[str]:
    """The URLs a WebPage object gives for itself (@id, url)."""
    return [u for u in (*_ld_ids(obj.get("@id")), *_ld_ids(obj.get("url"))) if u.startswith(("http://", "https://", "//"))]


def _ld_ids(value: Any) -> list[str]:
    """The @ids (or plain URL strings) a JSON-LD value names: a string, an object's @id, a list of them."""
    values = value if isinstance(value, list) else [value]
    return [v for v in (entry.get("@id") if isinstance(entry, dict) else entry for entry in values)
            if isinstance(v, str) and v.strip()]


def _ld_urls(obj: dict[str, Any]) -> list[str]:
    """The URLs an article object gives for itself: url, @id, mainEntityOfPage (its @id or url, or a string)."""
    page = obj.get("mainEntityOfPage")
    urls = [*_ld_ids(obj.get("url")), *_ld_ids(obj.get("@id")), *_ld_ids(page),
            *(_ld_ids(page.get("url")) if isinstance(page, dict) else [])]
    return [u for u in urls if u.startswith(("http://", "https://", "//"))]


def _names_page(url: str, page: PageFacts) -> bool:
    """Whether a URL names the page's article: the same url_identity as one of its own URLs, or the same site id."""
    key = url_identity("https:" + url if url.startswith("//") else url)
    if key and any(key == url_identity(own) for own in page.urls):
        return True
    if page.article_id is None:
        return False
    found = page.article_id(url)
    return found is not None and any(found == page.article_id(own) for own in page.urls)


# Page types that are a story told in pictures, the page itself (schema.org: a gallery is a CollectionPage): with no
# article object, their dates are the story's (h71: hukumonline's photo page, JSON-LD ImageGallery alone).
_GALLERY_TYPES = frozenset({"ImageGallery", "MediaGallery"})
# The schema.org types read here, by their lower-case names (ld_types).
_KNOWN_TYPES = {name.lower(): name for name in (
    *ARTICLE_TYPES, *_GALLERY_TYPES, "VideoObject", "BreadcrumbList", "Person", "Organization", "NewsMediaOrganization",
    "Corporation", "WebPage", "ItemPage", "CollectionPage", "WebSite", "PodcastEpisode", "RadioEpisode", "AudioObject")}


def media_story_dates(objects: list[dict[str, Any]]) -> dict[str, Any]:
    """The dates (``datePublished``, ``dateModified``) of a page told in pictures or a video, for a page without an
    article object: its gallery object, or the VideoObject a WebPage names as its main entity (its ``uploadDate`` when
    it has no datePublished). A VideoObject on its own is not read: it may be a clip the page embeds, filmed before
    the story. {} when there is none."""
    for obj in objects:
        main = obj.get("mainEntity")
        if ld_types(obj) & _GALLERY_TYPES:
            return {"datePublished": obj.get("datePublished"), "dateModified": obj.get("dateModified")}
        if isinstance(main, dict) and "VideoObject" in ld_types(main):
            return {"datePublished": main.get("datePublished") or main.get("uploadDate"),
                    "dateModified": main.get("dateModified")}
    return {}


# The article's keys whose values name people or the outlet.
_PEOPLE_KEYS = ("author", "creator", "editor", "publisher")


def _is_reference(value: Any) -> bool:
    return isinstance(value, dict) and isinstance(value.get("@id"), str) and not (value.keys() - {"@id", "@type"})


def _with_references_resolved(article: dict[str, Any], objects: list[dict[str, Any]]) -> dict[str, Any]:
    refs = [key for key in _PEOPLE_KEYS
            if _is_reference(article.get(key))
            or (isinstance(article.get(key), list) and any(_is_reference(v) for v in article[key]))]
    if not refs:
        return article  # the usual page: nothing to look up
    nodes = {obj["@id"]: obj for obj in objects if isinstance(obj.get("@id"), str) and not _is_reference(obj)}

    def resolved(value: Any) -> Any:
        return nodes.get(value["@id"], value) if _is_reference(value) else value

    article = dict(article)
    for key in refs:
        value = article[key]
        article[key] = [resolved(v) for v in value] if isinstance(value, list) else resolved(value)
    return article


# Markup inside a JSON-LD string ("author": "<a href='/penulis/andi'>Andi</a>"): a tag opens with a letter or
# "/" right after "<", so "Harga < Rp 10.000 dan > Rp 5.000" is text.
_LD_MARKUP = re.compile(r"</?[A-Za-z][\w:-]*(?:\s[^<>]*)?/?>")


def _ld_text(value: Any) -> str | None:
    """The text of a JSON-LD value: a list's first entry, an object's name or @value (a few levels
    deep: {"name": ["Andi"]}), character references decoded, markup removed."""
    for _ in range(4):
        if isinstance(value, list):
            value = value[0] if value else None
        elif isinstance(value, dict):
            value = value.get("name") or value.get("@value")
        else:
            break
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        text = html.unescape(str(value))
        if "<" in text:
            text = _LD_MARKUP.sub(" ", text)
        return collapse_ws(text) or None
    return None


# Catch-all rubrics a CMS lists first among an article's sections (Yoast's articleSection ["Berita", "Ekonomi"]).
_CATCH_ALL_SECTIONS = frozenset(("berita", "news", "uncategorized", "uncategorised", "umum", "terkini", "headline",
                                 "headlines", "featured", "utama", "pilihan", "berita terkini", "berita utama"))
# What a template writes where the rubric goes and names the page's type, no rubric: merdeka 2021's
# article:section "Article" on every page (its section2 names the rubric, h277 B). Never a section, not even last;
# in that meta only (h285 B1).
_PLACEHOLDER_SECTIONS = frozenset(("article", "artikel", "post"))


def _catch_all(name: str | None) -> bool:
    return bool(name) and (name or "").casefold() in _CATCH_ALL_SECTIONS


def _placeholder(name: str | None) -> bool:
    return bool(name) and (name or "").casefold() in _PLACEHOLDER_SECTIONS


def meta_section(meta: dict[str, str]) -> str | None:
    """``article:section`` unless a catch-all ("News") or a placeholder ("Article"); then KLY's
    ``article:section2`` (liputan6, merdeka 2021: "News"/"Article" in section, the rubric in section2), when it
    is none either (h277 B). The placeholder is read in this meta only: a JSON-LD articleSection or a crumb "Artikel"
    is a real WordPress category (Berita / Artikel / Opini on ormas, campus and government sites, h285 B1)."""
    for key in ("article:section", "article:section2"):
        name = meta_content(meta, key)
        if name and not (_catch_all(name) or _placeholder(name)):
            return name
    return None


def _last_meta_section(name: str | None) -> str | None:
    """A catch-all article:section, taken when nothing names a rubric; a placeholder never."""
    return None if _placeholder(name) else name


def _ld_section(value: Any) -> str | None:
    """JSON-LD articleSection: the first entry that is no catch-all rubric ("Berita", "Uncategorized"); None when
    every one is (a plain "Berita" says nothing: the BreadcrumbList, article:section … decide, h93 probe)."""
    names = [name for name in (_ld_text(entry) for entry in (value if isinstance(value, list) else [value])) if name]
    return next((name for name in names if not _catch_all(name)), None)


def _ld_date(value: Any) -> str | None:
    """A JSON-LD date: its text, or a Unix time (a number, or 10/13 digits) as ISO 8601 UTC."""
    while isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("@value")
    return epoch_iso(value) or _ld_text(value)


def _ld_names(value: Any) -> list[str]:
    """Names of JSON-LD ``author`` entries; an entry typed as an organization (the outlet, a desk) is none, nor a
    person whose jobTitle or roleName is an editor's ("Editor", "Redaktur": the desk editor listed beside the writer,
    h93 probe)."""
    values = value if isinstance(value, list) else [value]
    names = []
    for entry in values:
        if isinstance(entry, dict) and (_is_organization(entry) or _editor_entry(entry)):
            continue
        name = _ld_text(entry)
        if name:
            names.append(name)
    return names


def ld_credits(ld: dict[str, Any]) -> tuple[list[str], list[str]]:
    """(editors, writers) the story's JSON-LD object names: its ``editor`` persons and the ``author`` entries whose
    jobTitle or roleName is an editor's (``_editor_entry``), none the ``author`` also names as a writer; its other
    ``author`` persons (``_ld_names``). An organization (the outlet as editor) is no one. choose_authors'
    ``structured``: viva 2023's JSON-LD names "Foe Peace Simbolon" author and "Anwar Sadat" editor, its byline shows
    both ("Foe Peace Simbolon, Anwar Sadat") with no label (h162 probe)."""
    writers = _ld_names(ld.get("author"))
    editors: list[str] = []
    for key in ("editor", "author"):
        value = ld.get(key)
        for entry in value if isinstance(value, list) else [value]:
            if isinstance(entry, dict) and _is_organization(entry):
                continue
            if key == "author" and not (isinstance(entry, dict) and _editor_entry(entry)):
                continue
            name = _ld_text(entry)
            if name:
                editors.append(name)
    written = {squeeze(name) for name in writers}
    return [name for name in dict.fromkeys(editors) if squeeze(name) not in written], writers


def _editor_entry(entry: dict[str, Any]) -> bool:
    """An author entry whose jobTitle or roleName names an editor's role (fields.authors.is_editor_role)."""
    return any(is_editor_role(role) for role in (_ld_text(entry.get("jobTitle")), _ld_text(entry.get("roleName"))) if role)


def _is_organization(entry: dict[str, Any]) -> bool:
    """Typed Organization (NewsMediaOrganization, Corporation …) and not also a Person."""
    types = ld_types(entry)
    return "Person" not in types and any(t.endswith("Organization") or t == "Corporation" for t in types)


# What a CMS leaves in a keywords field nobody filled: no topic (idntimes' "Update me").
_PLACEHOLDER_TAGS = frozenset(("updateme", "tag", "tags", "keyword", "keywords", "null", "undefined", "none", "na",
                               "test", "untagged", "uncategorized", "uncategorised"))


# Site-wide SEO words a CMS appends to every page's keywords (antaranews' old template, kumparan, regional portals:
# "berita terkini, berita hari ini, berita indonesia"): no topic of the article. Compared case-folded.
SEO_KEYWORDS: Final = frozenset({
    "berita terkini", "berita indonesia", "berita online", "portal indonesia", "berita harian",
    "berita harian online", "berita terbaru", "berita ekonomi", "berita bisnis", "berita olahraga",
    "berita politik", "berita hari ini", "berita terkini hari ini", "berita terbaru hari ini", "info terkini",
    "portal berita", "portal berita indonesia", "situs berita", "kabar terkini", "news update", "breaking news",
    "latest news", "indonesia news", "berita nasional", "berita daerah", "berita viral", "berita populer",
})


def _ld_keywords(value: Any) -> list[str]:
    """JSON-LD keywords as tags, without taxonomy labels: "News: Peristiwa", "Celebrity: Hot Gossip"
    (okezone's keywords are its rubric path, "Channel: Rubric"), which name the section, not a topic."""
    return [keyword for keyword in _ld_keyword_values(value) if not _TAXONOMY_LABEL.fullmatch(keyword)]


# A rubric path: one or two capitalised words, a colon, the subrubric ("News: Peristiwa", "Economy: Ekonomi Bisnis").
_TAXONOMY_LABEL = re.compile(r"[A-Z][\w&-]*(?: [A-Z][\w&-]*)?\s*:\s*[A-Z][\w&-]*(?: [\w&-]+){0,3}")


def _ld_keyword_values(value: Any) -> list[str]:
    if isinstance(value, str):
        text = html.unescape(value)
        return split_list(_LD_MARKUP.sub(" ", text) if "<" in text else text)
    if isinstance(value, list):
        return [t for entry in value for t in (_ld_keyword_values(entry) if isinstance(entry, str) else [])]
    return []


def breadcrumb_section(objects: list[dict[str, Any]], page_urls: Sequence[str | None] = (),
                       title: str | None = None) -> str | None:
    """The crumb after Home of a JSON-LD BreadcrumbList (the article's rubric); past a generic one ("Home › News ›
    Nasional") when the next crumb's address lies under it (/news → /news/nasional): kumparan's "News" channel
    followed by a publisher's account (/kumparannews) is the rubric itself. A crumb that is the page itself (its
    address one of ``page_urls``', or its name the ``title``) names no rubric: a trail "Home › Headline" has none
    (h277 D)."""
    own_paths = {path.rstrip("/") for path in (_crumb_path({"item": u}) for u in page_urls if u)
                 if path and path.rstrip("/")}
    own_title = squeeze(title or "")
    for obj in objects:
        if "BreadcrumbList" in ld_types(obj):
            items = obj.get("itemListElement") or []
            crumbs = [(name, _crumb_path(entry)) for entry in sorted(
                (e for e in items if isinstance(e, dict)), key=lambda e: int(e.get("position") or 0))
                if (name := _ld_text(entry.get("name") or entry.get("item")))][1:]
            crumbs = [(name, path) for name, path in crumbs
                      if not ((path or "").rstrip("/") in own_paths or (own_title and squeeze(name) == own_title))]
            while len(crumbs) > 1 and squeeze(crumbs[0][0]) in _GENERIC_CRUMBS and crumbs[0][1] \
                    and (crumbs[1][1] or "").startswith(crumbs[0][1].rstrip("/") + "/"):
                crumbs = crumbs[1:]
            if crumbs:
                return crumbs[0][0]
    return None


def _crumb_path(entry: dict[str, Any]) -> str | None:
    """The path of a ListItem's address (its item's @id or url, or the item itself when a string)."""
    item = entry.get("item")
    address = item if isinstance(item, str) else (item.get("@id") or item.get("url")) if isinstance(item, dict) \
        else entry.get("url")
    if not isinstance(address, str) or "://" not in address:
        return None
    return "/" + address.split("://", 1)[1].partition("/")[2].split("?", 1)[0].split("#", 1)[0]


# Microdata's rubric and the breadcrumb trails, by class or id ("breadcrumb", "breadcrumbs", "breadcrumb__wrap", and
# as themes misspell it: "breadcome", "breadcrump", "breadcumb", "bread-crumb", "crumbs"), in one pass over the
# attributes (an element test on every element costs several times more).
# Older Indonesian templates name the trail or the rubric box in Indonesian ("navigasi": Home » Nasional, "kanal",
# "rubrik"): taken only when short (a menu under such a name has many links).
_TRAIL_WORDS = ("bread", "crumb", "navigasi", "kanal", "rubrik")


@lru_cache(maxsize=32)
def _section_hints(class_words: tuple[str, ...]) -> etree.XPath:
    """The query for microdata's rubric and the trails, testing class values only for the words the page's classes
    hold (each contains() is a call per class attribute of the page)."""
    classes = " | //@class[{}]/..".format(" or ".join(f"contains(., '{w}')" for w in class_words)) if class_words else ""
    return etree.XPath(f"//@itemprop[. = 'articleSection']/..{classes} | //@id[contains(., 'bread') or contains(., 'crumb')]/..")


_TRAIL_MARK = re.compile(r"bread|crumb")
_RUBRIC_BOX = re.compile(r"(?:^|\s)(?:navigasi|kanal|rubrik)(?:$|\s)")
_RUBRIC_BOX_MAX_LINKS = 4
# A first crumb naming no rubric: the home page.
_HOME_CRUMBS = frozenset(("home", "beranda", "index", "indeks", "homepage", "halamanutama", "depan"))
# A generic first rubric ("News › City"): the one after it is the article's, when there is one.
_GENERIC_CRUMBS = frozenset(("news", "berita"))
_CRUMB_MAX_WORDS = 4


def dom_breadcrumb_section(root: Any, title: str | None, outlet_names: Sequence[str] = ()) -> str | None:
    """The rubric microdata's articleSection element names, else the page's visible breadcrumb trail, when nothing
    structured does: the trail's first link after Home (or the outlet), as breadcrumb_section reads JSON-LD's ("Home » Nasional » Hukum" → "Nasional"). A
    crumb that is the headline or longer than four words names the article, not its rubric."""
    if not isinstance(root, etree._Element):
        return None
    classes = page_classes(root)
    hints = _section_hints(tuple(word for word in _TRAIL_WORDS if word in classes))(root)
    for element in hints:
        if (element.get("itemprop") or "") == "articleSection" and element.tag != "meta":
            if text := collapse_ws("".join(element.itertext())):
                return text  # microdata names it: <span itemprop="articleSection">Denpasar</span>
    trails = [element for element in hints if _TRAIL_MARK.search(element_marks(element))
              or (_RUBRIC_BOX.search(element_marks(element, ident=False))
                  and 0 < len(element.findall(".//a")) <= _RUBRIC_BOX_MAX_LINKS)]
    if not trails:
        return None
    key = squeeze(title or "")
    crumbs = [text for link in trails[0].iter("a") if (text := collapse_ws("".join(link.itertext())))
              and squeeze(text) != key and len(text.split()) <= _CRUMB_MAX_WORDS]
    while crumbs and (squeeze(crumbs[0]) in _HOME_CRUMBS or squeeze(crumbs[0]) in outlet_names
                      or names_outlet(crumbs[0], outlet_names)
                      or (squeeze(crumbs[0]) in _GENERIC_CRUMBS and len(crumbs) > 1)):
        crumbs = crumbs[1:]
    return crumbs[0] if crumbs else None


def site_trail_section(crumbs: Sequence[str], title: str | None, outlet_names: Sequence[str] = ()) -> list[str]:
    """A site's section selector's texts (its breadcrumb trail): the last that names a rubric, past a trailing
    catch-all, Home, the outlet or the headline (kompas 2016 "Otomotif / News" → "Otomotif", h277 C); the last
    crumb as it is when none does. The last, not the first: a site's rules may read a trail's sub-rubric (sindonews'
    "Nasional / Hukum")."""
    key = squeeze(title or "")
    named = [crumb for crumb in crumbs
             if not (_catch_all(crumb) or squeeze(crumb) in _HOME_CRUMBS or squeeze(crumb) in outlet_names
                     or (key and squeeze(crumb) == key))]
    return (named or list(crumbs))[-1:]


def page_meta(selector: Selector) -> dict[str, str]:
    """Every <meta> content by property/name/itemprop (first wins; the repeated article:tag joined with
    commas), read in one pass over the page."""
    meta: dict[str, str] = {}
    root = selector.root
    if not isinstance(root, etree._Element):
        return meta
    for element in root.iter("meta"):  # plain lxml: no Selector object per <meta>
        content = element.get("content")
        if content is None:
            continue
        key = element.get("property") or element.get("name") or element.get("itemprop")
        if key and key not in meta:
            text = collapse_ws(content)
            if text:
                meta[key] = html.unescape(text)
        elif key == "article:tag" and (text := collapse_ws(content)):
            meta[key] += ", " + html.unescape(text)  # one <meta> per tag (Open Graph, Yoast): all of them
    return meta


def page_descriptions(meta: dict[str, str], ld: dict[str, Any]) -> list[str]:
    """The page's summaries of its story, each once, in this order: meta description, og:description,
    twitter:description, the story's JSON-LD description (a CMS may fill them from different fields)."""
    found = [meta.get(name) for name in ("description", "og:description", "twitter:description")]
    found.append(_ld_text(ld.get("description")))
    return list(dict.fromkeys(text for text in (collapse_ws(value or "") for value in found) if text))


def meta_content(meta: dict[str, str], *names: str) -> str | None:
    """First non-empty <meta> content among names."""
    for name in names:
        if meta.get(name):
            return meta[name]
    return None


def page_canonical_url(selector: Selector, meta: dict[str, str], fallback: str,
                       ld_url: str | None = None) -> tuple[str, str | None]:
    """<link rel=canonical>, else og:url, else the fetched URL — canonicalised; and a reason to count when one was
    set aside: on a page that is no AMP copy, a canonical or og:url naming the AMP copy ("amp_canonical_ignored":
    antaranews' rel=canonical /amp/berita/… beside a plain og:url, h93 probe), the story's JSON-LD ``ld_url`` then
    read before the fetched URL."""
    plain_page = not is_amp_url(fallback)
    skipped = None
    for order, candidate in enumerate((next(iter(_canonical_hrefs(selector)), None), meta_content(meta, "og:url"), ld_url)):
        if order == 2 and not skipped:
            break  # JSON-LD's url stands in only for an AMP link set aside
        href = candidate.strip() if isinstance(candidate, str) else ""
        if href.startswith("/") and not href.startswith("//"):
            # a root-relative canonical ("/nasional/read/…/slug", h294: Next.js and custom templates print it) is
            # the page's path on its own host; the checks below (AMP, and the spider's home/hub tests) still apply
            href = urljoin(fallback, href)
        if href.startswith(("http://", "https://", "//")):
            url = canonical_url("https:" + href if href.startswith("//") else href)
            if url and plain_page and is_amp_url(url):
                skipped = "amp_canonical_ignored"  # the AMP copy is another view, never the article's URL
                continue
            if url:  # "" for one that does not parse ("https://[link]"): the next candidate
                return url, skipped
    return canonical_url(fallback), skipped


# CMS metas that say who wrote a story and who edited it (the Kompas/PR-network CMS: content_author and
# content_editor; detik's dtk:author; Dublin Core's creator). A writer named there is a labelled writer, an
# editor a labelled editor: JSON-LD ``author`` holding the desk editor (kompas.com 2025) loses to the writer.
WRITER_METAS = ("content_author", "dtk:author", "dc.creator")
EDITOR_METAS = ("content_editor",)


def meta_credits(meta: dict[str, str]) -> tuple[list[str], list[str]]:
    """(editors, writers) the page's CMS metas name (``EDITOR_METAS``, ``WRITER_METAS``), their names in any case:
    the jawapos network writes ``content_Author``/``content_Editor`` (h98 probe), Dublin Core ``DC.creator``."""
    folded: dict[str, str] = {}
    for key, value in meta.items():
        folded.setdefault(key.lower(), value)
    return ([name for key in EDITOR_METAS for name in split_list(folded.get(key))],
            [name for key in WRITER_METAS for name in split_list(folded.get(key))])


def page_credit_lines(root: Any, html_text: str | None, meta: dict[str, str]) -> tuple[list[str], list[str]]:
    """(editors, writers) the page credits: its credit lines (scanned only when the HTML may hold an editor
    label), its CMS metas and its microdata's editor (``microdata_editors``). The names the markup marks as the
    author's are choose_authors' to take out of the editors (``byline_marked``), only when a name found is one."""
    scan = html_text is None or may_credit_editor(html_text)
    lines = credited_people(root, html_text) if scan else ([], [])
    editors, writers = with_meta_credits(lines, meta)
    if lines[1]:
        # The page's own credit line labels its writers and its editor ("Rep: A, B/ Red: C"): a CMS meta naming the
        # editor as its author (republika's content_author, the redaktur) does not make the editor a writer (h172).
        labelled_editors = {squeeze(name) for name in lines[0]} - {squeeze(name) for name in lines[1]}
        writers = [name for name in writers if squeeze(name) not in labelled_editors]
    if html_text is None or ("itemprop" in html_text and "editor" in html_text):
        editors += [name for name in microdata_editors(root) if name not in editors]  # itemprop="editor"
    return editors, writers


def with_meta_credits(credits: tuple[Sequence[str], Sequence[str]], meta: dict[str, str]) -> tuple[list[str], list[str]]:
    """The credit lines' (editors, writers) followed by those the CMS metas name."""
    editors, writers = meta_credits(meta)
    return ([*credits[0], *editors], [*credits[1], *writers])


def split_list(text: str | None) -> list[str]:
    """'a, b ,c' -> ['a', 'b', 'c'] (also ';' separated), empties dropped; character references a double-escaping
    CMS left ("Harga&nbsp;Gabah", "Bulog &amp; Bapanas") decoded first, not split at their ';'."""
    if text and "&" in text:
        text = unescape_left_entities(text)
    return [part for part in (collapse_ws(p) for p in re.split(r"[,;]", text or "")) if part]


# --------------------------------------------------------------------------- CSS rules

def select_texts(selector: Selector, css: str, keep: Callable[[etree._Element], bool] | None = None,
                 pick: Callable[[list[etree._Element]], list[etree._Element]] | None = None) -> list[str]:
    """Texts (or attribute values) of all matches of one CSS selector, whitespace collapsed (with ``keep``, of the
    matched elements it keeps; with ``pick``, of those it picks among them all)."""
    # Right-to-left XPath on lxml directly (newscrawl/css.py): no parsel Selector per matched node.
    values = select_values(selector, css, keep, pick)
    return [t for t in (collapse_ws(html.unescape(v)) for v in values) if t]


def first_texts(selector: Selector, selectors: Iterable[str]) -> list[str]:
    """All texts of the first selector that matches anything."""
    for css in selectors:
        texts = select_texts(selector, css)
        if texts:
            return texts
    return []


def _byline_names(element: etree._Element) -> list[str]:
    """The names a byline element's text gives (``split_byline``: its label and date cut)."""
    return split_byline(collapse_ws(html.unescape("".join(text_pieces(element, " ")))))


def author_texts(selector: Selector, selectors: Iterable[str],
                 body: Callable[[], Sequence[etree._Element]] = lambda: ()) -> list[str]:
    """The texts of the first of a site's author selectors that names anything (``first_texts``), of its matches that
    are the story's byline. The marks any site gives its byline (``ANY_SITE_AUTHORS``: rel=author, microdata's
    author) are found all over a page: their matches in a box beside the story (``dom.in_side_box``) are none of its
    writers (h166 probe: a related story's card under the story, ``<div class="author"><a rel="author"
    href="/penulis/dedi-sofian">Dedi Sofian</a></div>``, was read as the byline). A site's own selector says where its
    byline is, but its template reuses the byline's class in the cards of other stories (h214 probe: metrotvnews'
    "p.pt-20.date" in each "Berita Terkait" card): of its matches, one in another story's teaser is none of its writers,
    nor, while another match stands outside such boxes, one in a box marked beside the story, nor, while one stands in
    or before the story's ``body`` containers (the site's, asked for only when two or more matches are left), those
    past their end in a list of other stories' cards, none repeating a writer named in or before the body
    (``dom.story_bylines``); two in the header are two writers, a single credit line after the body ("Kontributor:
    …") and an about-the-authors box repeating the header's writer are the story's (h220 probe)."""
    for css in selectors:
        if css in ANY_SITE_AUTHORS:
            texts = select_texts(selector, css, _beside_no_story)
        else:
            texts = select_texts(selector, css, pick=lambda matches: story_bylines(matches, body, _byline_names))
        if texts:
            return texts
    return []


def _beside_no_story(element: etree._Element) -> bool:
    return not in_side_box(element)


# --------------------------------------------------------------------------- body blocks

# A container with no block this long outside its captions is a photo page.
_MIN_PROSE_CHARS = 80

def html_blocks(container: Selector, drop: Iterable[str] = ()) -> list[str]:
    """Paragraph strings of a container in reading order.

    Block elements and every ``<br>`` run end a paragraph (SINDOnews bodies have no ``<p>``,
    only text split by ``<br>``); inline elements such as links keep their text; social embeds,
    small ad boxes and photo captions are never read (``dom.walk_blocks``). Elements matching ``drop`` are skipped
    without touching the tree, so the page can still be queried.
    """
    return [block_text(block) for block in _container_blocks(container, drop)]


def _container_blocks(container: Selector, drop: Iterable[str]) -> list[Block]:
    """html_blocks' blocks, with their link shares (dom.Block)."""
    # The set holds the element proxies themselves: lxml keeps a proxy's identity only while
    # something references it, so ids of unreferenced proxies would be reused.
    dropped: set[etree._Element] = set(matches_of_any(container, tuple(drop)))
    root = container.root
    if not isinstance(root, etree._Element):
        return []
    dropped.update(inline_related_links(root))
    dropped.update(author_boxes(root))  # the writer's card under a column (maintext leaves it out as boilerplate)
    blocks = walk_blocks(root, dropped=dropped, skip_captions=True)
    if not any(len(block.text) >= _MIN_PROSE_CHARS for block in blocks):
        # No story outside the captions: a photo page, whose captions are its story.
        blocks = walk_blocks(root, dropped=dropped)
    if sum(len(block.text) for block in blocks) < SHORT_LEAD_CHARS:
        blocks = _photo_story_blocks(root, dropped, blocks) or blocks
    # A short header over lines that are all links is a related-links box, whatever it is called (not over the story's
    # list of websites).
    # Texts marked when read from a list's items (dom.ListItemText): an announced list ends where its list element does.
    texts, densities = [block_text(b) for b in blocks], [b.link_density for b in blocks]
    pagers = own_pager_lines(blocks)
    link_lists = link_list_indexes(texts, densities, site_list_indexes(texts, densities, home_link_lines(blocks)),
                                   other_site_link_lines(blocks), pagers)
    # Navigation, a footer or related links after the story, inside the container (a new template's box; a pager
    # under page 1's "Berikut daftar …:" too).
    tail = link_tail_start(texts, [b.box_link_density for b in blocks], pagers)
    # ... and linked headlines before it (a related box moved to the container's top).
    head = link_head_end(texts, densities)
    return [block for index, block in enumerate(blocks) if index not in link_lists and head <= index < tail]


def containers_blocks(containers: Sequence[Selector], drop: Iterable[str] = ()) -> list[str]:
    """The paragraph strings of a body read from several containers (html_blocks of each, in order), without a related
    or pick label and its link split over two of them: a site that wraps each paragraph in a container of its own
    (tempo's div#content-wrapper) puts the label in one and its linked title in the next ("<p>Pilihan Editor:</p>" then
    "<p><a>title</a></p>", h68), which no container's own reading sees together (cleaning.labelled_link_indexes)."""
    blocks = [block for container in containers for block in _container_blocks(container, drop)]
    texts = [block_text(block) for block in blocks]  # a list's items marked (dom.ListItemText)
    if len(containers) > 1:
        picks = labelled_link_indexes(texts, [block.link_density for block in blocks])
        texts = [text for index, text in enumerate(texts) if index not in picks]
    return texts


def _photo_story_blocks(root: etree._Element, dropped: set[etree._Element], lead: list[Block]) -> list[Block] | None:
    """A short lead over three or more captions in the container (PHOTO_STORY_CAPTIONS: figures, kompas's
    "div.photo > div.photo__caption", a gallery's items) is a photo story, whose captions are its text: the
    container read with them, the site's dropped boxes that hold them included (its rules drop figures: a photo in a
    story is no story). None unless the captions hold more text than the lead (maintext's photo-story rule), and when
    prose follows the first caption (photos set in a prose story) unless the page calls itself a photo story
    (maintext.says_photo_story: a /foto/ URL, a "FOTO:" headline, JSON-LD ImageGallery)."""
    captions = _CAPTIONS_UNDER(root)
    if len(captions) < PHOTO_STORY_CAPTIONS or (_prose_after(captions[0], lead)
                                                    and not says_photo_story(root.getroottree().getroot())):
        return None
    holders = {node for caption in captions for node in (caption, *caption.iterancestors()) if node in dropped}
    story = walk_blocks(root, dropped=dropped - holders)
    chars = sum(len(block.text) for block in lead)
    return story if sum(len(block.text) for block in story) > 2 * chars else None


def _prose_after(caption: etree._Element, lead: list[Block]) -> bool:
    """Whether a paragraph of the container's prose (_MIN_PROSE_CHARS or more) comes after its first ``caption``: photos
    set in a prose story (h73: detik's lead, two figures, a paragraph, a figure), which its captions do not tell; a
    photo story's lead stands over all its captions (h70: detik, liputan6, cnnindonesia, kompas)."""
    after = set(caption.itersiblings())
    after.update(sibling for ancestor in caption.iterancestors() for sibling in ancestor.itersiblings())
    return any(len(block.text) >= _MIN_PROSE_CHARS and any(node in after for node in (block.owner, *block.owner.iterancestors()))
               for block in lead)


# Marked captions: a figure's, or a box whose class says so.
# (The class test on the class attribute nodes: the same elements, in page order, without a predicate per element.)
_CAPTIONS = etree.XPath("//figcaption | //@class[contains(., 'caption')]/..")
_CAPTIONS_UNDER = etree.XPath("descendant::figcaption | descendant::*/@class[contains(., 'caption')]/..")


def _captions_outside(root: Any, containers: list[Selector]) -> list[etree._Element]:
    """A photo story's captions (three or more) outside the site's body containers, in the article's own region
    (dom.in_story_region: not a box of other stories' photos under it, h73): the cheap test before the page's main
    text is read for them. [] when there are fewer."""
    if not isinstance(root, etree._Element) or not isinstance(containers[0].root, etree._Element):
        return []
    # The elements themselves, not their ids: an lxml proxy's id may be reused once nothing references it.
    inside = {element for container in containers if isinstance(container.root, etree._Element)
              for element in container.root.iter()}
    first = containers[0].root
    captions = [element for element in _CAPTIONS(root) if element not in inside and in_story_region(element, first)]
    return captions if len(captions) >= PHOTO_STORY_CAPTIONS else []


def _lead_first(lead: list[str], fuller: list[str], captions: list[etree._Element]) -> list[str] | None:
    """The page's main text read as a photo story over the site container's short ``lead``: from the block holding the
    lead's opening, then the captions the page shows above it (detik puts its slides before the body text); only the
    lead's blocks and those of its own ``captions`` (a gallery elsewhere on the page is not this story's). None when
    no block holds the lead (the main text found some other story)."""
    opening = lead[0][:60]
    at = next((index for index, block in enumerate(fuller) if opening in block), None)
    if at is None:
        return None
    own = " ".join(block_key(text) for text in (*lead, *(collapse_ws(" ".join(c.itertext())) for c in captions)))
    return [block for block in fuller[at:] + fuller[:at] if block_key(block)[:60] in own]


def body_chars(blocks: list[str]) -> int:
    """How much text a body holds (its blocks' characters): the measure bodies are compared by."""
    return sum(len(block) for block in blocks)


# Markup in a text field: some CMSs put the story's HTML in JSON-LD articleBody.
_MARKUP = re.compile(r"<(?:p|br|div|h[1-6]|li|ul|ol|blockquote|strong|b|em|i|a|span|figure|img|table)\b[^>]*>",
                     re.IGNORECASE)


def split_article_body(text: str | None) -> list[str]:
    """JSON-LD articleBody -> paragraphs: read as HTML when it holds markup (the blocks the body walker
    gives, tags never in the text), else split at its line breaks; [] for flat text (one paragraph)."""
    if not text:
        return []
    if "<" in text and _MARKUP.search(text):
        return html_blocks(Selector(text=f"<div>{text}</div>", type="html"), ())
    if "\n" not in text.strip():
        return []
    return [b for b in (collapse_ws(html.unescape(p)) for p in re.split(r"\n+", text)) if b]


def shares_text(main: list[str], ld_blocks: list[str]) -> bool:
    """Whether most articleBody paragraphs open with words found in the text read from the page."""
    joined = block_key(" ".join(main))
    openings = [block_key(b)[:60] for b in ld_blocks if block_key(b)]
    return sum(1 for o in openings if o in joined) * 2 >= len(openings)


_LEAD_CHARS = 40


def shares_lead(main: list[str], ld_blocks: list[str]) -> bool:
    """Whether articleBody and the page's text overlap at all: most paragraphs shared (``shares_text``), or one
    opens with the other's lead (a cut-short teaser "JAYAPURA — Ratusan mahasiswa …" of the page's first line, or
    the page's first paragraph inside a longer articleBody): the two are one story, however long each is."""
    if not main or not ld_blocks:
        return False
    if shares_text(main, ld_blocks):
        return True
    page, ld = block_key(" ".join(main)), block_key(" ".join(ld_blocks))
    # A cut-short lead's last word may be a fragment ("Ratusan mahasi…"): its opening up to the last space.
    ld_lead = block_key(ld_blocks[0])[:_LEAD_CHARS].rsplit(" ", 1)[0] if ld else ""
    page_lead = block_key(main[0])[:_LEAD_CHARS]
    return bool(ld_lead and ld_lead in page) or bool(page_lead and page_lead in ld)


# --------------------------------------------------------------------------- the article

def extract_article(selector: Selector, url: str, rules: SiteRules,
                    main_text: Callable[[], list[str]] | None = None, zone: tzinfo = WIB,
                    html_text: str | None = None, bylines_by_body: Sequence[NameSource] = (),
                    article_id: Callable[[str], str | None] | None = None) -> RawArticle:
    """Read every field of one article page (raw strings; dates unparsed, body uncleaned).

    ``html_text``, the page's HTML when the caller has it, lets cheap substring tests skip tree scans.
    ``bylines_by_body``: the labelled bylines beside the main text (the generic spider's: a reporter credit
    opening it, the labelled byline nearest it), read before the element the markup marks as the byline: a
    label beside the story says more than a class name. ``article_id``: the site's article id of a URL, to tell the
    story's JSON-LD object from another story's (story_ld).

    Site selectors run only when structured data leaves a field empty (or the site prefers its
    DOM for it): each CSS query is a walk over a ~100 KB tree.
    """
    objects = json_ld_objects(selector)
    stories, skipped = story_lds(objects, page_facts(selector, url, article_id))
    ld = stories[0] if stories else {}
    meta = page_meta(selector)
    own_url, set_aside = page_canonical_url(selector, meta, url, next(iter(_ld_ids(ld.get("url"))), None))
    article = RawArticle(url=own_url)
    if set_aside:
        article.counted.append(f"url/{set_aside}")
    if skipped:
        article.counted.append(f"jsonld/{skipped}")

    publisher = ld.get("publisher")
    outlets = outlet_labels(url, meta_content(meta, "og:site_name"), rules.title_suffix,
                            _ld_text(publisher) if isinstance(publisher, (dict, list)) else None)
    choice = _choose_title(selector, rules, ld, meta, outlets, _page_sections(selector, url, ld, meta, objects))
    article.title = choice.title

    article.descriptions = page_descriptions(meta, ld)
    article.published, article.updated = page_dates(selector, rules, stories or [media_story_dates(objects)], meta,
                                                     zone, names_zone=lambda: html_text is not None
                                                     and may_name_eastern_zone(html_text),
                                                     counted=article.counted)

    # The body first: a reporter credit opening the story is a source (fields.authors.lead_credit).
    article.body, article.body_source = article_body(selector, rules, ld, main_text)
    article.authors = _chosen_authors(selector, rules, ld, meta, outlets, (*rules.not_authors, *choice.affixes),
                                      article.body, html_text, bylines_by_body, url)

    sections = _pick("section", rules, _present(_ld_section(ld.get("articleSection")),
                                                breadcrumb_section(objects, (url, own_url), article.title),
                                                meta_section(meta)),
                     lambda: site_trail_section(first_texts(selector, rules.section), article.title, outlets),
                     # then microdata's rubric and the visible breadcrumb trail, on any site; a catch-all
                     # articleSection or article:section ("Berita", "News") last, when nothing names a rubric
                     lambda: _present(dom_breadcrumb_section(selector.root, article.title, outlets),
                                      _ld_text(ld.get("articleSection")),
                                      _last_meta_section(meta_content(meta, "article:section"))))
    article.section = sections[0] if sections else None

    meta_tags = split_list(meta_content(meta, "article:tag", "news_keywords", "keywords"))
    tags = _pick("tags", rules, _ld_keywords(ld.get("keywords")),
                 lambda: _tag_links(selector, rules, url, article, meta_tags),
                 lambda: meta_tags or _site_tags_missed(selector, rules, url, article))
    # Before tags are made distinct: a word the prose repeats is part of its run (h277 A).
    tags, split_prose = drop_split_prose(tags, (article.title, *article.descriptions, *article.body[:1]))
    if split_prose:
        article.counted.append("tags/split_prose_dropped")
    # The outlet's names as the page writes them, not its domain's words (h285 R1: "Banten" on BantenNews.co.id).
    head_title = _head_title(selector)
    own_names = outlet_tag_names(url, (meta_content(meta, "og:site_name"), rules.title_suffix,
                                       _ld_text(publisher) if isinstance(publisher, (dict, list)) else None,
                                       *title_outlet_names(head_title, outlets)),
                                 (article.title, *article.descriptions, *article.body[:1]))
    article.tags = [tag for tag in distinct_tags(tags)
                    if squeeze(tag) not in _PLACEHOLDER_TAGS and " ".join(tag.casefold().split()) not in SEO_KEYWORDS
                    and not names_outlet_tag(tag, own_names)]
    article.paywalled = is_paywalled(ld)
    return article


_HEAD_TITLE_TEXTS = etree.XPath("//head/title/text()", smart_strings=False)


def _head_title(selector: Selector) -> str | None:
    """``selector.xpath("//head/title/text()").get()``: the query compiled once and run on lxml directly (parsel
    compiled it and wrapped every text node in a Selector on each page)."""
    root = selector.root
    if not isinstance(root, etree._Element):
        return selector.xpath("//head/title/text()").get()
    texts = _HEAD_TITLE_TEXTS(root)
    return str(texts[0]) if texts else None


def _tag_links(selector: Selector, rules: SiteRules, url: str, article: RawArticle,
               meta_tags: Sequence[str] = ()) -> list[str]:
    """The site's tag links (its selectors). With the any-site rules (generic, a catalogue outlet naming no tag
    selector), a page with no rel=tag link may show its tags as a row of links to its tag or topic listings
    (dom.topic_link_texts, h277, h293 F4: kumparan's "/topic/…" chips, kompas' and detik's "/tag/…" rows): the
    site's tag links, before the keyword metas (README's precedence) -- unless the row names only some of the
    ``meta_tags`` (h301 C10: a row cut to "+3 lainnya", an editor's single "Topik: Pemilu 2024" series link), when
    the metas' full set stays."""
    texts = first_texts(selector, rules.tags)
    if texts or tuple(rules.tags) != ANY_SITE_TAGS or not isinstance(selector.root, etree._Element):
        return texts
    row = topic_link_texts(selector.root, url, article.title, article.body)
    if {text.casefold() for text in row} < {tag.casefold() for tag in meta_tags}:
        return []
    return row


def _site_tags_missed(selector: Selector, rules: SiteRules, url: str, article: RawArticle) -> list[str]:
    """A site's tags when its own tag selectors matched nothing and the page names none in JSON-LD or metas (an era's
    other markup: suara 2019's "div.tag-artikel" row where its rules read ".article-tags a", h303 C): the labelled row
    of links to the site's tag listings after the story (dom.topic_link_texts, a rel=tag row's links among them),
    rather than none. Not every a[rel=tag] on the page: a sidebar's, masthead's, footer's or related card's links
    are other stories' topics (h305). Generic and catalogue outlets read their tags in _tag_links."""
    if tuple(rules.tags) == ANY_SITE_TAGS or not isinstance(selector.root, etree._Element):
        return []
    tags = topic_link_texts(selector.root, url, article.title, article.body)
    if tags:
        article.counted.append("tags/any_site_fallback")  # a site's tag selectors stale: seen in its stats
    return tags


def is_paywalled(ld: dict[str, Any]) -> bool:
    """Whether the article's JSON-LD says its full text is not free (``isAccessibleForFree``: false, "False",
    "no"; Google's paywalled-content markup, on the article or on a ``hasPart`` section)."""
    parts = ld.get("hasPart")
    nodes = [ld, *(parts if isinstance(parts, list) else [parts])]
    return any(isinstance(node, dict) and str(node.get("isAccessibleForFree", "")).strip().lower() in ("false", "no", "0")
               for node in nodes)


def _chosen_authors(selector: Selector, rules: SiteRules, ld: dict[str, Any], meta: dict[str, str],
                    outlets: list[str], not_authors: Sequence[str], body: Sequence[str], html_text: str | None,
                    bylines_by_body: Sequence[NameSource], url: str = "") -> list[str]:
    """The persons one page's author sources name (extract_article's, page_authors'), in precedence order: the
    story's JSON-LD author, the site's byline selector and the author metas (a site may put its DOM first), the
    writer of a labelled credit line, a reporter credit opening ``body`` or closing it, the bylines beside the main
    text, the markup's byline element, an author card; chosen by choose_authors (no editor, outlet, agency or desk)."""
    structured: NameSource = _ld_names(ld.get("author"))
    # (read only when reached; the body containers only when two or more matches are left)
    dom: NameSource = lambda: author_texts(selector, rules.authors, lambda: _story_containers(selector, rules))  # noqa: E731
    meta_authors: NameSource = lambda: split_list(meta_content(meta, "author", "article:author"))  # noqa: E731
    credits: list[tuple[list[str], list[str]]] = []

    def page_credits() -> tuple[list[str], list[str]]:  # the credit-line scan, once and only if needed
        if not credits:
            credits.append(page_credit_lines(selector.root, html_text, meta))
        return credits[0]

    # Last: the writer of a "Penulis: … | Editor: …" credit line, when no other source names a person.
    sources = (dom, structured, meta_authors) if "authors" in rules.prefer_dom else (structured, dom, meta_authors)
    # Then the element the markup marks as the byline (class author/byline, rel=author, an author link).
    def may_be_editor(names: Sequence[str]) -> bool:  # no label before any of the names: no scan for editors
        return (html_text is None or bool(meta_credits(meta)[0])
                or any(named_after_editor_label(html_text, name) for name in names))

    # The body first: a reporter credit opening the story (fields.authors.lead_credit), then one closing it
    # (closing_credit: its last raw blocks, before cleaning cuts the credit line).
    return choose_authors((*sources, lambda: page_credits()[1], lambda: lead_credit(body, outlets),
                           lambda: column_byline(body, outlets, bare=opinion_page(
                               url, _ld_section(ld.get("articleSection")) or meta_content(meta, "article:section"),
                               ld_types(ld))),
                           lambda: closing_credit(body, outlets),
                           *bylines_by_body, lambda: hinted_bylines(selector.root, outlets, writers_only=True),
                           lambda: author_card_credit(selector.root, html_text, outlets),
                           # last: a writer named only in a Title-case sign-off closing the story (h286 A)
                           lambda: signoff_credit(body, outlets)),
                          outlets, not_authors=not_authors, credits=page_credits, may_be_editor=may_be_editor,
                          listed_after=None if html_text is None else
                          lambda names, other: listed_with_others(html_text, names, other),
                          byline_marked=lambda: byline_writers(selector.root, outlets),
                          structured=ld_credits(ld))


def page_authors(selector: Selector, url: str, rules: SiteRules, body: Sequence[str], html_text: str | None = None,
                 bylines_by_body: Sequence[NameSource] = (),
                 article_id: Callable[[str], str | None] | None = None) -> list[str]:
    """The persons an article page's own author sources name, read and chosen as extract_article reads page 1's (the
    story's JSON-LD, the site's byline selector, the metas, labelled credit lines, the bylines by the main text, the
    markup's byline element; editors, outlets, agencies and desks are no authors). For a later page of the article, or
    its "show all" view, whose ``body`` blocks were read by the caller: an outlet printing its credit box or sign-off
    under the story's end prints it on the last page only (h162 probe: jpnn 2016 mobile's "Redaktur : A<br>Reporter :
    B" under page 2's text)."""
    objects = json_ld_objects(selector)
    story, _skipped = story_ld(objects, page_facts(selector, url, article_id))
    ld = story or {}
    meta = page_meta(selector)
    publisher = ld.get("publisher")
    outlets = outlet_labels(url, meta_content(meta, "og:site_name"), rules.title_suffix,
                            _ld_text(publisher) if isinstance(publisher, (dict, list)) else None)
    # The outlet and rubric names the page's meta titles put around its headline are no persons, as on page 1.
    choice = _choose_title(selector, rules, ld, meta, outlets, _page_sections(selector, url, ld, meta, objects))
    return _chosen_authors(selector, rules, ld, meta, outlets, (*rules.not_authors, *choice.affixes), body, html_text,
                           bylines_by_body, url)


def article_body(selector: Selector, rules: SiteRules, ld: dict[str, Any] | None = None,
                 main_text: Callable[[], list[str]] | None = None) -> tuple[list[str], str | None]:
    """Body blocks and where they came from: the site container, articleBody, or the generic pick (or a photo story
    read by it over the container's lead).

    ``main_text`` gives the page's main-text blocks when the caller already has (or caches) them.
    """
    for containers in body_containers(selector, rules.body, tuple(rules.drop)):
        blocks = containers_blocks(containers, rules.drop)
        if blocks:
            captions = _captions_outside(selector.root, containers) if body_chars(blocks) < SHORT_LEAD_CHARS else []
            if captions:
                # A short lead in the site's container may head a photo story whose captioned slides sit outside
                # it (detik's foto-news): the page's main text, when it holds the lead and more than twice as much.
                fuller = page_main_text(selector) if main_text is None else main_text()
                story = _lead_first(blocks, fuller, captions) if body_chars(fuller) > 2 * body_chars(blocks) else None
                if story and body_chars(story) > 2 * body_chars(blocks):
                    # The container matched: the site's date and byline selectors hold (no "generic" fallbacks).
                    return story, "photo_story"
            return blocks, "dom"
    blocks = split_article_body(_ld_text_raw((ld or {}).get("articleBody")))
    if blocks:
        return blocks, "jsonld"
    # The site's markup did not match (a redesign?): the site-independent main-text extractor.
    blocks = page_main_text(selector) if main_text is None else main_text()
    return (blocks, "generic") if blocks else ([], None)


def body_containers(selector: Selector, selectors: tuple[str, ...],
                    drop: tuple[str, ...] = ()) -> Iterator[list[Selector]]:
    """The containers of each body selector that matches, in priority order (those of the page's story
    only: see one_story), with the story's quoted statements, tables and subheadings between them
    (with_story_blocks_between; none inside what the site's ``drop`` rules match: h270 R3)."""
    def matches(top: etree._Element) -> set[etree._Element]:
        return set(matches_of_any(Selector(root=top, type="html"), drop))

    for css in selectors:
        elements = select_elements(selector, css)
        if elements:
            story = with_story_blocks_between(one_story(elements), matches if drop else None)
            yield [Selector(root=element, type="html") for element in without_widget_lists(story)]


def _story_containers(selector: Selector, rules: SiteRules) -> list[etree._Element]:
    """The elements of the first of the site's body selectors that matches (``body_containers``), [] if none does."""
    containers = next(body_containers(selector, rules.body, tuple(rules.drop)), [])
    return [container.root for container in containers if isinstance(container.root, etree._Element)]


def one_story(containers: list[etree._Element]) -> list[etree._Element]:
    """The body containers up to the first one that belongs to another story (``dom.another_story``: a
    headline outside them comes before it, or it sits in another ``<article>``): a page that renders the
    next story below this one (infinite scroll, "artikel selanjutnya") repeats the body container under
    that story's own headline, and its text is not this article's. Containers with no headline between
    them (a body split around an ad or a photo, or by its own subheadings) are one story."""
    if len(containers) < 2:
        return containers
    order = PageOrder(containers[0].getroottree().getroot())
    kept = [containers[0]]
    for previous, current in zip(containers, containers[1:]):
        if another_story(previous, current, order):
            break
        kept.append(current)
    return kept


# Other <meta> names CMSs publish the dates under, after article:published_time / modified_time:
# the Kompas/PR-network CMS family (content_PublishedDate, naive WIB), Parse.ly, Sailthru, Dublin Core
# and the old pubdate/publishdate names. Never a bare "date" (templates put today's date there).
# Dublin Core's in <meta> names as CMSs spell them: Drupal's Metatag module ("dcterms.date", "dcterms.created",
# "dcterms.modified"), OJS ("DC.Date.created", "DC.Date.issued", "DC.Date.modified"), government CMSs
# ("DC.date.issued"). (A bare "date" or "DC.date" is no article's date by name: a template's today, never read.)
PUBLISHED_METAS = ("content_PublishedDate", "parsely-pub-date", "sailthru.date", "publishdate", "publish-date",
                   "publish_date", "pubdate", "DC.date.issued", "dc.date.issued", "DC.Date.issued", "dcterms.issued",
                   "DCTERMS.issued", "dcterms.created", "DCTERMS.created", "DC.date.created", "DC.Date.created",
                   "dcterms.date", "DCTERMS.date")
MODIFIED_METAS = ("og:updated_time", "content_LastModifiedDate", "dcterms.modified", "DCTERMS.modified",
                  "DC.date.modified", "DC.Date.modified")

_DATE_PUBLISHED_MARK = etree.XPath("//*[@itemprop='datePublished']")
# A byline or a date in markup: <a rel="author">, itemprop="author", <time datetime=…>.
_BYLINE_OR_TIME_MARK = etree.XPath("//*[@rel='author' or @itemprop='author'] | //time[@datetime]")


def declares_article(meta: dict[str, str], root: etree._Element) -> str | None:
    """What in a page's markup says in so many words that it is an article: og:type=article,
    article:published_time or an itemprop datePublished (None: nothing). JSON-LD's (News)Article is news_article_ld."""
    if (meta_content(meta, "og:type") or "").lower() == "article":
        return "og:type article"
    if meta_content(meta, "article:published_time"):
        return "article:published_time"
    if isinstance(root, etree._Element) and _DATE_PUBLISHED_MARK(root):
        return "itemprop datePublished"
    return None


def article_markup(selector: Selector) -> str | None:
    """Any proof in a page's markup that it is an article, the weaker ones too (None: none): a (News)Article JSON-LD,
    ``declares_article``, a CMS's publication-date meta (PUBLISHED_METAS: detik's publishdate, kompas's
    content_PublishedDate), an author meta, or a byline or a <time datetime> in the markup. For telling a page from a
    notice in its place (outage.site_outage), where any sign of a story keeps the page."""
    root = selector.root
    meta = page_meta(selector)
    if news_article_ld(json_ld_objects(selector)) is not None:
        return "JSON-LD article"
    if declared := declares_article(meta, root):
        return declared
    if meta_content(meta, *PUBLISHED_METAS):
        return "publication-date meta"
    if meta_content(meta, "author", "article:author"):
        return "author meta"
    if isinstance(root, etree._Element) and _BYLINE_OR_TIME_MARK(root):
        return "byline or time in markup"
    return None


def may_name_eastern_zone(html_text: str) -> bool:
    """Whether the page's HTML prints WITA or WIT as a word: each "WIT" (a few on a page, one C search each)
    is read in place, so "WITH" in a script costs nothing more."""
    position = html_text.find("WIT")
    while position >= 0:
        end = position + (4 if html_text.startswith("WITA", position) else 3)
        if not (position and html_text[position - 1].isalnum()) and not html_text[end:end + 1].isalnum():
            return True
        position = html_text.find("WIT", position + 3)
    return False


def page_dates(selector: Selector, rules: SiteRules, lds: Sequence[dict[str, Any]], meta: dict[str, str],
               zone: tzinfo = WIB, names_zone: Callable[[], bool] = lambda: True,
               counted: list[str] | None = None) -> tuple[list[str], list[str]]:
    """Published and updated date candidates, labelled by source. The machine ones (JSON-LD: of each object in
    ``lds``, the story's own first, then the others describing the same story, story_lds; <meta>) always; the
    page's shown date (site selectors, else the page-level finder) only when
    ``needs_shown_dates`` says the machine ones must be checked, or the site prefers its DOM, or the
    site's zone is WIB, it has no date selector of its own (those are read anyway, below) and the page may
    print another Indonesian zone (``names_zone``, asked only then: a regional edition not in
    dates.ZONE_BY_SITE shows "14:22 WIT" where its JSON-LD says 12:22+07:00; P4a then tells the moment in the
    zone the page names). Machine dates that look settled are checked against the site's own date line (its
    selectors, one query; a spider with none: the date line under the headline, ``dated_heading``, as the generic
    spider reads it). With no modified date from the machine sources or the site's selectors, the
    update time the page shows ("Diperbarui: …" by the date line) is the updated candidate: from the page
    finder's pass when it ran, else from a search for that line alone (``find_shown_update``: ~0.27 ms a page;
    a pre-test for update words over the HTML cost up to 7 ms on a page holding none, a case-insensitive
    alternation scanned character by character)."""
    published = _labelled(*((_ld_date(ld.get("datePublished")), JSONLD) for ld in lds),
                          (_machine_date(meta_content(meta, "article:published_time", *PUBLISHED_METAS)), META),
                          (_machine_date(meta_content(meta, "datePublished")), ITEMPROP))
    updated = _labelled(*((_ld_date(ld.get("dateModified")), JSONLD) for ld in lds),
                        (_machine_date(meta_content(meta, "article:modified_time", *MODIFIED_METAS)), META),
                        (_machine_date(meta_content(meta, "dateModified")), ITEMPROP))
    shown_updated: list[DateCandidate] = []
    searched = False  # whether the page finder ran (and looked for the shown update line)
    if ("published" in rules.prefer_dom or needs_shown_dates(published, zone, machine_updated=updated)
            or (published and not rules.published and zone.utcoffset(None) == WIB.utcoffset(None) and names_zone())):
        found = _site_dates(selector, rules.published, counted=counted)
        if not any(source_of(c) in SHOWN_SOURCES and read_date(c, zone=zone) for c in found):
            found += find_page_dates(selector, zone, updated=shown_updated)
            searched = True
        published = _merge("published", rules, published, found)
    elif rules.published:
        # Machine dates that look settled are still checked against the site's own date line (one query):
        # a JSON-LD time minutes after the shown one is a save stamp, not the publication (P4d).
        published = _merge("published", rules, published, _site_dates(selector, rules.published, counted=counted))
    else:
        # A spider with no date selector of its own (most catalogue outlets): the date line under the headline, as the
        # generic spider reads it (one walk from the h1), is its site line, so P4 still judges settled-looking
        # machine dates: a template's default JSON-LD datePublished a year before "Senin, 3 Juni 2024 10:15 WIB"
        # shown under the h1 lost nothing to it before (h266 C05: gatra emitted the template's date). Only on that
        # signature (heading_line_may_override); elsewhere the settled machine date stands, as the line read there
        # is as often an update, an event's time or a live entry's (h271). Nor when no h1 is the story's: the walk
        # from the site's logo h1 reads the render's clock after the header (h271 d05b: the headline an h2).
        if ((line := dated_heading(selector.root, lead=False)) is not None
                and heading_line_may_override(published, updated, line, zone)
                and any(not site_header_h1(h1) for h1 in selector.root.iter("h1"))):
            published = _merge("published", rules, published, [DateCandidate(str(line), VISIBLE)])
    if not updated or "updated" in rules.prefer_dom:
        updated = _merge("updated", rules, updated, _site_dates(selector, rules.updated, published=False))
    stamped_once = bool(updated) and _same_moment(updated, published, zone)
    if not updated or stamped_once or _written_twice(updated, published, zone):
        if not searched:
            # Machine dates settled the publication (no page search) but give no modification: the shown one.
            shown_updated = find_shown_update(selector, zone)
        if not updated:
            updated = shown_updated  # "Diperbarui 20 Juni 2024 10:15 WIB" by the date line, when nothing else says
        elif stamped_once and _later_than(shown_updated, published, zone):
            # A dateModified copied from datePublished (kompas 2025 writes both from one field) says nothing of
            # an update; the page's "Diperbarui 28/05/2025, 14:05 WIB" does.
            updated = shown_updated
        else:
            # Kept after the machine ones: when the published stamp they repeat loses the choice (a render time
            # as both JSON-LD dates), choose_dates drops them and the shown update line is next (U1).
            updated = updated + shown_updated  # (no dedup: a DateCandidate equals another source's same text)
    return published, updated


def _moments(candidates: list[str], zone: tzinfo) -> list[datetime]:
    readings = (read_date(candidate, zone=zone) for candidate in candidates)
    return [reading.moment for reading in readings if reading is not None and reading.has_time]


def _same_moment(updated: list[str], published: list[str], zone: tzinfo) -> bool:
    """Whether every modified date states the instant the first published one does (one stamp written twice)."""
    first = _moments(published[:1], zone)
    stamps = _moments(updated, zone)
    return bool(first) and len(stamps) == len(updated) and all(stamp == first[0] for stamp in stamps)


def _written_twice(updated: list[str], published: list[str], zone: tzinfo) -> bool:
    """Whether a source's modified date states the instant of that source's published date (one stamp written
    twice: choose_dates drops it when that published date loses)."""
    stamps = {(source_of(candidate), moment) for candidate in published for moment in _moments([candidate], zone)}
    return any((source_of(candidate), moment) in stamps for candidate in updated for moment in _moments([candidate], zone))


def _later_than(updated: list[str], published: list[str], zone: tzinfo) -> bool:
    """Whether the first update date is after the first published date (both with a time of day)."""
    after, before = _moments(updated[:1], zone), _moments(published[:1], zone)
    return bool(after) and bool(before) and after[0] > before[0]


def _machine_date(text: str | None) -> str | None:
    """A machine field's date (a <meta> content, a microdata attribute): a Unix time, seconds or milliseconds
    (article:published_time "1718804400"), as ISO 8601 UTC, as in JSON-LD; else the text as it is."""
    return epoch_iso(text) or text if text else text


def _labelled(*values: tuple[str | None, str]) -> list[str]:
    return [DateCandidate(text, source) for text, source in values if text]


def _site_dates(selector: Selector, selectors: tuple[str, ...], published: bool = True,
                counted: list[str] | None = None) -> list[str]:
    """The first matching site selector's first date text, labelled by what the selector reads. For the
    publication, a shown match that is the update line or another story's date is passed over, and of the rest
    the one nearest the headline is taken (``site_publication_lines``); a selector left with none gives way to
    the next. A machine value (meta, microdata attribute) given as a Unix time is read as one (``_machine_date``)."""
    for css in selectors:
        matches = _matched_texts(selector, css)
        if not matches:
            continue
        # Microdata is machine data only where its value is read (content, datetime): an itemprop element's
        # text is the date the page shows (nusabali's <span itemprop="datePublished">14 Agu 2024 08:05:31</span>).
        machine = "::attr(" in css and "itemprop" in css.lower()
        source = ITEMPROP if machine else META if css.lstrip().startswith("meta") else SITE
        if source != SITE:
            return [DateCandidate(_machine_date(matches[0][1]), source)]
        texts = site_publication_lines(matches, counted) if published else [text for _, text in matches]
        if texts:
            return [DateCandidate(texts[0], source)]
    return []


def _matched_texts(selector: Selector, css: str) -> list[tuple[etree._Element | None, str]]:
    """(element, its first text) for each match of one CSS selector holding text, whitespace collapsed, as
    ``select_texts`` reads them; the element is None when the selector is one only parsel runs."""
    compiled = compile_css(css)
    if compiled is None or not isinstance(selector.root, etree._Element):
        return [(None, text) for text in select_texts(selector, css)]
    matches = []
    for element in compiled.elements(selector.root):
        texts = [t for t in (collapse_ws(html.unescape(v)) for v in compiled.values([element])) if t]
        if texts:
            matches.append((element, texts[0]))
    return matches


def _ld_text_raw(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _page_sections(selector: Selector, url: str | None, ld: dict[str, Any], meta: dict[str, str],
                   objects: list[dict[str, Any]]) -> SectionNames:
    """The page's rubric names for the title's affix cuts, read once and only when asked (a meta title
    chosen with no visible source confirming it): the links scan walks every <a>."""
    memo: list[tuple[frozenset[str], frozenset[str]]] = []

    def read() -> tuple[frozenset[str], frozenset[str]]:
        if not memo:
            root = selector.root
            links = [a.get("href") for a in root.iter("a")] if isinstance(root, etree._Element) else []
            named = (_ld_section(ld.get("articleSection")) or _ld_text(ld.get("articleSection")), breadcrumb_section(objects),
                     meta_content(meta, "article:section"))
            memo.append(section_names(url, named, links))
        return memo[0]
    return read


def _choose_title(selector: Selector, rules: SiteRules, ld: dict[str, Any], meta: dict[str, str],
                  outlets: list[str], sections: SectionNames | None = None) -> TitleChoice:
    """Title candidates in precedence order for newscrawl.fields.title: the site's selector is read
    only when the page's h1s do not already agree with its meta titles (or the site prefers it)."""
    root = selector.root
    head_title = root.find(".//title") if isinstance(root, etree._Element) else None
    h1_elements = list(root.iter("h1")) if isinstance(root, etree._Element) else []
    h1_texts = [element_text(h1) for h1 in h1_elements]
    h1s: list[tuple[str, str | None]] = [("h1", text) for text in h1_texts]

    def mastheads() -> set[str]:
        # The h1s the page marks as its logo or name ("<a href=/ class=logo><h1 class=site-title>Pemerintah
        # Kabupaten Gowa</h1>"; never by a mere <header> around it): one that is the name a meta title carries beside
        # the headline is the masthead (fields.title._masthead_side). Walked only when asked.
        return {text for text, h1 in zip(h1_texts, h1_elements) if text and site_header_h1(h1)}

    others = [text for text in (meta_content(meta, "twitter:title"),) if text]
    headline = ("headline", _ld_text(ld.get("headline") or ld.get("name")))
    metas = [("og", meta_content(meta, "og:title")),
             ("title", element_text(head_title) if head_title is not None else None)]

    def dom() -> list[tuple[str, str | None]]:
        return [("dom", text) for text in first_texts(selector, rules.title)[:1]]

    # The headings below the h1 (or where there is none) may print the headline a meta title carries with the site's
    # name: read only when asked.
    heading_texts: list[list[str]] = []

    def headings() -> list[str]:
        if not heading_texts:
            heading_texts.append(_content_headings(root) if isinstance(root, etree._Element) else [])
        return heading_texts[0]
    if h1s and isinstance(root, etree._Element):
        # Every h1 the site's name the <title> opens with (a Blogger template's h1.title "Suara Sumbawa News" over
        # <title>"Suara Sumbawa News: Nelayan …"): the heading printing the rest is the page's headline (the post's
        # h3.post-title: h159 probe).
        shown = _under_masthead_h1s(h1s, metas[1][1], root, outlets)
        # ... only where the other meta titles say no other headline: a site-wide <title> ("Radar Sumbawa - Berita
        # Terkini") whose rest a widget's h2 prints ("Berita Terkini") beside og:title's headline is no post's (h160)
        if shown is not None and all(not text or shown.casefold() in text.casefold()
                                     for text in (headline[1], metas[0][1])):
            h1s = [("h1", shown)]
    if rules.title and "title" in rules.prefer_dom:
        return title_choice([*dom(), headline, *metas, *h1s], outlets, sections, headings, mastheads, others)
    choice = title_choice([headline, *metas, *h1s], outlets, sections, headings, mastheads, others)
    if rules.title and not choice.visible:
        # The page's h1s confirm nothing: the site's selector, ranked as before the meta titles.
        choice = title_choice([headline, *dom(), *metas, *h1s], outlets, sections, headings, mastheads, others)
    return choice


_TITLE_SEPARATOR = re.compile(r"\s*[:|\-\u2013\u2014\u00bb\u2022\u00b7]\s*")


def _under_masthead_h1s(h1s: list[tuple[str, str | None]], head_title: str | None, root: etree._Element,
                        outlets: Sequence[str]) -> str | None:
    """The content heading printing the rest of the page's <title> when every h1 names the outlet and is the name the
    title opens with (a separator after it), else None. (A headline h1 over "Headline - Outlet" names no outlet: its
    page's headings are not read.)"""
    rests = set()
    for _, text in h1s:
        if not text or not head_title or not head_title.casefold().startswith(text.casefold()) \
                or not names_outlet(text, outlets):
            return None
        separator = _TITLE_SEPARATOR.match(head_title, len(text))
        if separator is None or separator.end() == len(text):
            return None
        rests.add(head_title[separator.end():].strip().casefold())
    if len(rests) != 1 or not next(iter(rests)):
        return None
    return next((heading for heading in _content_headings(root) if heading.casefold() in rests), None)


_SUBHEADINGS = etree.XPath("//body//*[self::h2 or self::h3 or self::h4]"
                           "[not(ancestor::header or ancestor::nav or ancestor::aside or ancestor::footer)]")
_MAX_SUBHEADINGS = 40


def _content_headings(root: etree._Element) -> list[str]:
    """The texts of a page's h2-h4 headings outside its header, navigation, sidebars and footer (the first few)."""
    return [text for text in (element_text(h) for h in _SUBHEADINGS(root)[:_MAX_SUBHEADINGS]) if text]


def page_headings(selector: Selector) -> list[str]:
    """``<title>``, og:title and every ``<h1>`` of a page (what it says it is)."""
    root = selector.root
    if not isinstance(root, etree._Element):
        return []
    head_title = root.find(".//title")
    og_title = root.find(".//meta[@property='og:title']")
    return [text for text in (element_text(head_title) if head_title is not None else "",
                              collapse_ws(og_title.get("content")) if og_title is not None else "",
                              *(element_text(h1) for h1 in root.iter("h1"))) if text]


# A subtitle or deck an h1 nests after the headline ("<h1>Judul <span class='sub'>Di tengah …</span></h1>": suara
# 2021, h165 probe, the deck glued to the headline and every meta title taken for a cut of it).
_SUBTITLE_MARK = re.compile(r"(?:^|[-_])(?:sub|subtitle|subjudul|subheadline|deck|dek|standfirst|strapline|excerpt"
                            r"|summary|ringkasan)(?:$|[-_])")


def element_text(element: etree._Element) -> str:
    """An element's text with ``<br>`` read as a space (a headline split over two lines), without a nested subtitle
    (``_SUBTITLE_MARK``: a deck inside an h1)."""
    parts: list[str] = [element.text or ""]
    skipped: set[etree._Element] = set()
    for child in element.iterdescendants():
        if child.getparent() in skipped:
            skipped.add(child)  # inside a subtitle: neither its text nor its tail
            continue
        if not isinstance(child.tag, str):
            pass  # a comment's text is no page text (its tail is)
        elif child.tag.lower() == "br":
            parts.append(" ")
        elif child.tag.lower() in ("script", "style"):
            pass
        elif (child.get("class") or child.get("id")) and child.tag.lower() not in ("sub", "sup") and any(
                _SUBTITLE_MARK.search(token) for token in element_marks(child).lower().split()) and any(
                part.strip() for part in parts):
            # after the headline's own text only: a headline wholly inside a "sub-title"/"post-summary-link" element
            # is the headline (h168 probe)
            skipped.add(child)
        else:
            parts.append(child.text or "")
        parts.append(child.tail or "")
    return collapse_ws(html.unescape("".join(parts)))


def _present(*values: str | None) -> list[str]:
    return [v for v in values if v]


def _pick(field: str, rules: SiteRules, structured: list[str], dom: Callable[[], list[str]],
          fallback: Callable[[], list[str]] = lambda: []) -> list[str]:
    """The first non-empty source in precedence order; the DOM is queried only when it is reached."""
    sources = (dom, lambda: structured) if field in rules.prefer_dom else (lambda: structured, dom)
    for source in (*sources, fallback):
        values = source()
        if values:
            return values
    return []


def _merge(field: str, rules: SiteRules, structured: list[str], dom: list[str]) -> list[str]:
    merged = dom + structured if field in rules.prefer_dom else structured + dom
    return list(dict.fromkeys(merged))
