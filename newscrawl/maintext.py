"""Site-independent main text: an article's paragraphs from any news page, without site rules.

Paragraph-cluster scoring in the readability family, tuned on ../shared/realpages and measured
against trafilatura and ``extract.generic_body`` by bench/generic_body.py:

1. One walk over ``<body>`` (``dom.walk_blocks``, the walker ``extract.html_blocks`` uses too:
   iterative, so no nesting depth breaks it) cuts the page into text blocks (block elements and
   ``<br>`` runs end a paragraph), each block remembering the element that holds it and how many of
   its characters sit in links. Scripts, navigation, header/footer/aside, social embeds and small ad
   boxes are never read; figures are read but flagged; hidden blocks are read (merdeka ships pages 2+
   with display:none). Every element learns its text, link and "prose" characters from the blocks
   below it.
2. Boxes whose class/id names boilerplate ("comment", "related", "share", "baca-juga", "ads" …)
   are left out — unless the box holds 30% of the page's prose or more: some sites wrap the whole
   article in a "share" or "menu" element, so a class name alone never drops the story. Nor does it drop the part
   the page's JSON-LD names as the article's non-free part (``hasPart``'s ``cssSelector``: kontan Insight's
   div.paywall) when that part holds the story's prose (``paid_parts``): a paragraph of story length that is not the
   gate's, its first block no prompt; the gate's lines in it never stay, and a gate's box so named still goes.
3. Each prose block (25+ characters, at most half of them links; no lede in a repeated card of another story of the
   site, which counts in no share of step 2 either: _other_story_ledes) scores 1 + its commas + its
   length in hundreds (max 3), credited to the element holding the paragraph, half to its parent,
   a third to the grandparent; an element's total is scaled by (1 - its link density) and nudged
   by its class/id ("content", "detail", "isi" up; "sidebar", "tag", "list" down).
4. The best element wins. Elements with the same tag and class nearby (a body cut into sections
   or pages on one response) bring in their common ancestor, as do the sections beside the one holding
   the winner; prose siblings join the winner.
5. The winner's blocks, minus the boilerplate boxes, are trimmed: link lists (link-dense blocks, and a
   short header over all-link lines: ``cleaning.link_list_indexes``), copyright lines,
   short non-sentences at either edge (kickers, date lines, captions, "Load more"), a closing
   "…berikut:" or disclaimer, and whatever short blocks precede a dateline-led first paragraph
   ("JAKARTA, KOMPAS.com - …"). A bare dateline block ("Jakarta -") is joined to the paragraph it opens.
6. A page with no prose outside its figures is a photo gallery: scored again with the figure blocks
   (from the same walk; a page without figure text is not scored twice).

``extract_main_text`` also returns the date-and-time text shown nearest before the body and the
labelled byline nearest the body ("Oleh : …", "Penulis : …"), for pages whose structured data lacks
them. Pure: no state survives a call. The residue and duplicate-block pipelines still run on the
result, so this module only has to find the right container and its edges.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import cached_property

from lxml import etree
from parsel import Selector

from newscrawl.dates import BARE_DATELINE_RE, DATELINE_LEAD_RE, DAY_NAMES, LABELS, read_date
from newscrawl.cleaning import (announced_list_indexes, names_dateline_place, announces_lines, byline_date_line, caption_residue_for_its_credit,
                                closing_start, ends_sentence, in_info_box, is_byline_line, is_link_line, told_in_captions,
                                is_prose_block, is_residue, is_residue_on_any_page, is_syndication_line, link_list_indexes, repeats_lede_dateline,
                                poll_question, residue_kind, gate_text, run_writer_credit, site_list_indexes, story_closing_line, closing_sentence_line, story_lines, unmark_lists_after_cuts,
                                announced_tail, widget_question_start)
from newscrawl.dom import (AUTHOR_BOX_WORDS, BLOCK_TAGS, COMMENT_WORDS, DECK_CLASS_RE, SIDE_BOX_WORDS, EDITOR_LABEL_LINE_RE, EDITOR_NOTE_RE, SKIP_TAGS, TEXTLESS_TAGS, Block, PageOrder, block_text, home_link_lines, number_pager_line, other_site_link_lines, own_pager_lines,
                           another_story, class_words, collapse_ws, common_ancestor, drop_slide_counters, in_caption, in_story_region, mark_words, headed_by_another_story, in_comments, in_side_box, in_teaser, inline_related_links, links_no_story,
                           own_site_story_card,
                           text_within, walk_blocks)
from newscrawl.fields.authors import without_date_after_name
from newscrawl.fields.dates import HAS_DATE_RE, reads_as_sentence
from newscrawl.fields.dates import visible_date as _visible_date  # the shown-date reader of find_page_dates
from newscrawl.cleaning import RETIRED_QUALIFIER, opens_with_dateline, outlet_dateline
from newscrawl.residue import PROMPT_KINDS

__all__ = ["MainText", "SHORT_LEAD_CHARS", "extract_main_text", "main_text", "paid_part_selectors", "paid_parts"]

# Never read, wherever they are (besides dom.SKIP_TAGS, which includes nav). Figures are read in the
# one walk but flagged: only a photo gallery's story is in them.
_FIGURE_TAGS = frozenset({"figure", "figcaption"})
_GALLERY_NEVER_TEXT_TAGS = SKIP_TAGS | {"header", "footer", "aside", "dialog", "menu"}
_NEVER_TEXT_TAGS = _GALLERY_NEVER_TEXT_TAGS | _FIGURE_TAGS
# class/id tokens of boilerplate boxes. A token naming content as well ("paging-content",
# "detail__body-share"?) is not enough on its own: _MAYBE rescues it.
_UNLIKELY_WORDS = (
    class_words(*COMMENT_WORDS, *SIDE_BOX_WORDS, "widget", "share", "sharing", "social", "sosmed", "socmed", "banner",
                "sponsor", "promo", "newsletter", "subscribe", "breadcrumb", "pagination", "pager", "footer",
                "masthead", "navbar", "menu", "tag-list", "tags", "tagging", "topik", *AUTHOR_BOX_WORDS, "copyright",
                "paywall", "pay-wall", "subscribe-wall", "subscription-wall",
                "cookie", "popup", "modal", "login", "signup", "polling", "emoji", "reaction", "rating", "print",
                "twitter-tweet", "instagram-media", "tiktok-embed")
    + r"|(?:^|[-_])ads?(?:$|[-_\d])|advert|iklan|gpt|dfp|outbrain|taboola|mgid"
)
# Photo boxes are boilerplate around a story, but they are the story of a photo gallery.
_PHOTO_WORDS = class_words("caption", "photo-credit", "gallery", "thumb")
_UNLIKELY = re.compile(f"{_UNLIKELY_WORDS}|{_PHOTO_WORDS}", re.IGNORECASE)
_UNLIKELY_IN_GALLERY = re.compile(_UNLIKELY_WORDS, re.IGNORECASE)
_MAYBE = re.compile(r"article|artikel|body|content|konten|main|detail|story|entry|isi|text|read__", re.IGNORECASE)
# A token that opens with a box's word names that box, whatever content word follows: "related-article-inline"
# (cna.id's inline "BACA:" teaser, its description read into the story; h25 probe), "comment-body", "share-article".
_LEADING_BOX = re.compile(
    "(?:" + class_words("related", "terkait", "populer", "popular", "trending", "rekomendasi", "recommend", "baca-juga",
                        "comments?", "komentar", "side-bar", "widget", "share", "sharing") + ")(?:[-_]|$)", re.IGNORECASE)
_POSITIVE = re.compile(
    r"article|artikel|body|content|konten|entry|main|post|story|text|detail|isi|berita|read|txt|desc",
    re.IGNORECASE,
)
_NEGATIVE = re.compile(
    r"comment|komentar|sidebar|widget|related|terkait|populer|popular|trending|share|social|sosmed|"
    r"footer|nav|menu|banner|promo|iklan|advert|(?:^|[-_])ads?(?:$|[-_])|tag|topik|list|index|"
    r"rekomendasi|recommend|headline|breadcrumb|meta|author|byline|date|time|caption|photo|video",
    re.IGNORECASE,
)
# A video's description box names the video and its text ("desc-video", "video__description", "videoDesc"): the
# story of a video page, no video box.
# Only the phrase goes: a box's other words still count ("related-video-desc" stays a related box; h45 probe).
_VIDEO_DESCRIPTION = re.compile(r"desc[a-z]*[-_]*video|video[-_]*(?:desc|deskripsi)", re.IGNORECASE)
_PARAGRAPH_TAGS = frozenset({"p", "li", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "dd", "td"})
_CONTAINER_BONUS = {"div": 5, "article": 10, "section": 3, "main": 5, "td": 3, "blockquote": 3, "pre": 3,
                    "ul": -3, "ol": -3, "dl": -3, "li": -3, "form": -3,
                    "h1": -5, "h2": -5, "h3": -5, "h4": -5, "h5": -5, "h6": -5, "th": -5}

_MIN_PROSE_CHARS = 25
_MAX_PROSE_LINK_DENSITY = 0.5
# A boilerplate-classed box is still read when it holds this share of the page's prose.
_KEEP_UNLIKELY_PROSE_SHARE = 0.3
# The page's named non-free part (paid_parts) in a box a class word would skip holds the story when its longest prose
# block, not the gate's, has this many characters: a paragraph of story length. The kontan Insight fixture's paid
# paragraph has 206 (tests/sites/generic/paywall-haspart.html); the gate's pitch and a cut teaser of the paid text
# beside a prompt have 100-133 (h218 probe); over the saved real pages a story's paragraph has 179 at the median and the
# longest of an article 150 or more in 39 of 43.
_PAID_PROSE_CHARS = 150
# A teaser of the paid text cut off before the gate ends in an ellipsis, maybe inside a closing quote or bracket.
_CUT_TEASER_ENDS = ("...", "\u2026")
_CUT_TEASER_CLOSERS = " \t\n\"'\u201d\u2019)]"
# A bare dateline block ("Jakarta -"), a paragraph led by one ("JAKARTA, KOMPAS.com - …"): dates.py.
_BARE_DATELINE = BARE_DATELINE_RE
# "Laporan:" with its colon (regional sites' "Laporan: Mahyadi"); "laporan" alone is a word of sentences (a bare report
# credit opening or closing the story is fields.authors.report_credit's). English "Written by" (Joomla's stock byline).
_BYLINE_LABEL = re.compile(r"\b(?:oleh|penulis|reporter|pewarta|wartawan|kontributor|laporan(?=\s*:)|written\s+by)\b",
                           re.IGNORECASE)
# The label opens the text or follows a separator or a time zone ("… 13:01 WIB Oleh : Maya Sofia"):
# "oleh" inside a sentence is the preposition "by", not a byline. A writer's verb may lead it: Joomla's stock
# <dd class="createdby">Ditulis oleh Supriyanto</dd> ("Ditulis oleh: A", "Diposting oleh A", English "Written by A";
# h163 probe); not an editor's ("Disunting oleh", "Diedit oleh"). The name ends at a separator, a date, a
# later label, a slash before the desk's initials ("Penulis: Carlos KY Paath/FER") or the line's end: a <br>
# (dom.text_within's "\n") ends it ("Oleh: Ajat M Fajar<br>Nasional - Rabu …").
# A name word, a retired officer's qualifier after it part of the name ("Oleh: Kolonel (Purn) Rahmat Hidayat", h286 B).
_NAME_WORD = rf"[A-Z][\w'\u2019.-]*(?:[^\S\n]+{RETIRED_QUALIFIER}(?=[^\S\n]+[A-Z]))?"
# A lone name word the reader stopped at a bracket with more name words after it on the line ("Oleh: Brigjen (Pol)
# Rahmat Hidayat", "Oleh: Ahmad (Alumni UGM) Rahmat"): the name was cut, the word alone is a rank or a title (h286 B).
_CUT_AT_BRACKET = re.compile(r"[^\S\n]*\([^()\n]*\)[^\S\n]*[A-Z]")
# A lone acronym of five capitals at most ("Oleh: BNPB", "Oleh: AKBP …"): an office's or a rank, no one's name
# (fields.authors._lone_labelled_name's rule, h260; "Akbp" reached the output through this reader, h286 B).
_LONE_ACRONYM = re.compile(r"[A-Z]{1,5}")
_BYLINE = re.compile(
    r"(?:^|\n|[|\u2013\u2014-]\s*|\b(?:WIB|WITA|WIT)\s+)"
    r"(?:(?i:ditulis|diposting|diposkan|dipublikasikan|diunggah)\s+(?i:oleh)|(?i:written\s+by)"
    r"|(?i:oleh|penulis|reporter|pewarta|wartawan|laporan(?=\s*:)))"
    r"\s*[:|]?\s*(?:(?i:kontributor)\s+[A-Z]\w*(?:\s+[A-Z]\w*)?\s*,\s*)?"
    rf"({_NAME_WORD}(?:[^\S\n]+{_NAME_WORD}){{0,4}})"
    r"(?=[^\S\n]*(?:$|\n|[,&|()\u2013\u2014-]|\d|/\s*[A-Z]{2,4}\b|(?i:pada|on|dan|and|editor|redaktur)\b))")
_BYLINE_TEXT_CHARS = 120
# A further name of the same byline, after "dan", "&" or a comma (choose_authors drops what is no person). Not an
# editor's role opening it without a colon: "Penulis: Andi Saputra, Editor Rina Marlina" credits the editor there.
_MORE_NAMES = re.compile(
    r"[^\S\n]*(?:,|&|\b(?i:dan|and)\b)[^\S\n]*(?!(?i:editor|penyunting|redaktur)\b)([A-Z][\w'\u2019.-]*(?:[^\S\n]+[A-Z][\w'\u2019.-]*){0,4})"
    r"(?=[^\S\n]*(?:$|\n|[,&|()\u2013\u2014-]|\d|/\s*[A-Z]{2,4}\b|(?i:pada|on|dan|and|editor|redaktur)\b))")
# Blocks looked at on each side of the body for an unlabelled byline, and their longest text.
_EDGE_LINES, _EDGE_LINE_CHARS = 6, 80
# Blocks back from the body within which the headline's block starts the lines before it.
_HEADLINE_REACH = 24
# How far (in elements, document order) from the body a byline may sit.
_BYLINE_REACH = 400
# A closing notice, not the story: "Disclaimer: berita ini tidak bertujuan mengajak membeli saham …". Under the
# editor's label only with a disclaimer's words: "Catatan redaksi: Berita ini telah diperbarui …" is the story's
# note on itself (h50 probe); an opinion column's is the residue catalog's opinion_disclaimer.
_DISCLAIMER = re.compile(
    r"(?:disclaimer|penafian)\s*:.{0,500}$"
    r"|catatan\s+redaksi\s*:(?=.{0,300}?\b(?:(?:ber)?tanggung\s+jawab|tidak\s+(?:mewakili|mencerminkan|bertujuan)"
    r"|bukan\s+(?:ajakan|rekomendasi)|(?:opini|pendapat|pandangan)\s+pribadi|keputusan\s+investasi"
    # a helpline notice under a story on suicide, an advertorial's partnership note (h52 probe)
    r"|bunuh\s+diri|kerja\s*sama\s+(?:\S+\s+){1,6}dengan|advertorial|konten\s+(?:ber)?sponsor)).{0,500}$",
    re.IGNORECASE)
_COPYRIGHT = re.compile(r"(?:copyright|hak\s+cipta|\u00a9|\(c\)\s*\d{4}).{0,160}", re.IGNORECASE)
_LIST_ITEM = re.compile(r"(?:\d{1,2}[.)]|[-\u2022*])\s")
# A byline or date line: "Oleh X pada 26 Apr 2021, 07:00 WIB", "Kamis, 05 November 2015 | 11:13 WIB".
_DATE_MARK = re.compile(r"\b\d{1,2}[:.]\d{2}\b|\b(?:WIB|WITA|WIT)\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b(?:19|20)\d{2}\b")
# A year is all the date a sentence of the story may hold: a short lead ("Ribuan pemudik memadati Pelabuhan Merak,
# Banten, pada H-4 Lebaran 2024.", a photo story's, h70) is no date line when it ends a sentence of this many words.
_YEAR_ONLY = re.compile(r"\b(?:19|20)\d{2}\b")
# A weekday named as a date is ("Kamis, …", "Kamis (20/11)", "Kamis 20 …"): with a year, the line is a date line
# ("Diterbitkan pada Kamis, 20 November 2025 oleh Redaksi.", h73), whatever its sentence.
_WEEKDAY_AS_DATE = re.compile(rf"\b(?:{'|'.join(name.capitalize() for name in DAY_NAMES if len(name) > 3)})"
                              r"(?:,|\s*\(|\s+\d)")
_SENTENCE_MIN_WORDS = 6
_EDGE_JUNK_CHARS = 80
_LEAD_JUNK_CHARS = 160
_INTRO_CHARS = 200
# Less than this in all is no article body (a teaser, a lone caption).
_MIN_BODY_CHARS = 80
# A story this short may be a photo story's lead; the reading with the captions is taken when it holds this
# many times the lead's text.
SHORT_LEAD_CHARS = 600
_GALLERY_GAIN = 2


def _is_prose(block: Block) -> bool:
    # A sentence the residue catalog knows whole (a cookie banner, a newsletter prompt) is nobody's story:
    # it must not make a box of them the page's main text. Nor a data table's row (its cells joined, dom.walk_blocks):
    # a credits table or a score table is read with the story around it, never locates one.
    return (len(block.text) >= _MIN_PROSE_CHARS and block.link_density <= _MAX_PROSE_LINK_DENSITY
            and block.owner.tag != "tr" and (not is_residue(block.text) or caption_residue_for_its_credit(block.text)))


def _attr_tokens(element: etree._Element, modules: bool = True) -> str:
    # Microdata names the part too: itemprop="articleBody" is the story, "comment" or "author" a box around it.
    # A CSS module's token is read as its module's and its local name's words (dom.mark_words), two tokens: the
    # module's "detail" rescues no "promo" ("detail_promo__f7Gh8" is a promotion's box, h129).
    return mark_words(element.get("class"), element.get("id"), element.get("itemprop"), modules=modules)


# Verdicts per class/id string: a page repeats a few dozen class strings over thousands of elements.
_unlikely_cache: dict[tuple[str, bool], bool] = {}
_weight_cache: dict[str, int] = {}
_CACHE_MAX = 8192


def _is_unlikely(element: etree._Element, unlikely: re.Pattern[str] = _UNLIKELY) -> bool:
    """A boilerplate box by its class/id tokens (a token that also names content is not)."""
    tokens = _attr_tokens(element)
    if not tokens:
        return False
    key = (tokens, unlikely is _UNLIKELY)
    verdict = _unlikely_cache.get(key)
    if verdict is None:
        verdict = any(unlikely.search(t) and (not _MAYBE.search(t) or _LEADING_BOX.match(t)) for t in tokens.split())
        if len(_unlikely_cache) >= _CACHE_MAX:
            _unlikely_cache.clear()  # a long crawl moves on to other sites' class strings: keep the recent ones
        _unlikely_cache[key] = verdict
    return verdict


# Google's paywalled-content markup: the article's JSON-LD names its non-free part by a CSS selector, "hasPart":
# {"@type": "WebPageElement", "isAccessibleForFree": false, "cssSelector": ".paywall"} (kontan Insight, h215 probe;
# tempo premium and kompas.id mark their walls so too), the part's paragraphs served in the page. Google allows class
# selectors only; a compound of an optional tag and classes or an id ("div.paywall", "#premium") is read too, a list
# of them split at commas. Anything else (combinators, attributes) names nothing here. The selector text is the
# page's: its length and count are capped.
_PART_COMPOUND = re.compile(r"(?P<tag>[A-Za-z][A-Za-z0-9]*)?(?P<marks>(?:[.#]-?[A-Za-z_][\w-]*)+)")
_PART_MARK = re.compile(r"([.#])(-?[A-Za-z_][\w-]*)")
_PART_SELECTOR_CHARS = 300
_PART_SELECTORS = 8
_NOT_FREE = frozenset({"false", "no", "0"})


def paid_part_selectors(objects: Sequence[object]) -> list[tuple[str | None, frozenset[str], str | None]]:
    """The non-free parts the page's JSON-LD objects name (``hasPart`` entries, one or a list, whose
    ``isAccessibleForFree`` is false, "False", "no" or 0, with a ``cssSelector``), each as (tag or None, classes,
    id or None): the class and id selectors among them, at most _PART_SELECTORS; a selector of another form is
    passed over."""
    found: list[tuple[str | None, frozenset[str], str | None]] = []
    for obj in objects:
        parts = obj.get("hasPart") if isinstance(obj, dict) else None
        for part in parts if isinstance(parts, list) else [parts]:
            if not isinstance(part, dict) or str(part.get("isAccessibleForFree", "")).strip().lower() not in _NOT_FREE:
                continue
            css = part.get("cssSelector")
            for text in css if isinstance(css, list) else [css]:
                if not isinstance(text, str) or len(text) > _PART_SELECTOR_CHARS:
                    continue
                for piece in text.split(","):
                    match = _PART_COMPOUND.fullmatch(piece.strip())
                    if match is None:
                        continue
                    marks = _PART_MARK.findall(match.group("marks"))
                    ids = {name for kind, name in marks if kind == "#"}
                    if len(ids) > 1:
                        continue  # two ids on one element: names none
                    selector = ((match.group("tag") or "").lower() or None,
                                frozenset(name for kind, name in marks if kind == "."), next(iter(ids), None))
                    if selector not in found:
                        found.append(selector)
                    if len(found) >= _PART_SELECTORS:
                        return found
    return found


def paid_parts(selector: Selector) -> frozenset[etree._Element]:
    """The elements the page's JSON-LD names as the article's non-free part (paid_part_selectors): the story's own
    paragraphs a subscriber reads, served in the page, whatever their box's class says ("paywall"). Empty when no
    JSON-LD block of the page speaks of a ``cssSelector`` (the blocks are parsed only then)."""
    root = selector.root
    if not isinstance(root, etree._Element):
        return frozenset()
    if not any(script.text and "cssselector" in script.text.lower() for script in root.iter("script")
               if (script.get("type") or "").lower() == "application/ld+json"):
        return frozenset()
    from newscrawl.extract import json_ld_objects  # late: extract imports this module
    selectors = paid_part_selectors(json_ld_objects(selector))
    if not selectors:
        return frozenset()
    named = set()
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        classes = None
        for tag, wanted, ident in selectors:
            if (tag is not None and element.tag.lower() != tag) or (ident is not None and element.get("id") != ident):
                continue
            if wanted:
                if classes is None:
                    classes = set((element.get("class") or "").split())
                if not wanted <= classes:
                    continue
            named.add(element)
            break
    return frozenset(named)


class _Page:
    """Blocks of one page and per-element sums over them. ``paid``: the page's own non-free part (paid_parts), which
    no boilerplate class word skips when it holds the story's prose (``story_parts``). ``ledes``: whether the ledes of
    the site's other stories in their cards (``teasers``: _other_story_ledes) are left out of the prose and the
    scores."""

    def __init__(self, scope: etree._Element, blocks: list[Block], never: frozenset[str],
                 unlikely: re.Pattern[str], paid: frozenset[etree._Element] = frozenset(), ledes: bool = True) -> None:
        self.scope = scope
        self.never = never
        self.unlikely = unlikely
        self.blocks = blocks
        self.paid = paid
        # The one-line ledes of a list of the site's other stories (_other_story_ledes): no prose of this page's story.
        proses = [_is_prose(block) for block in blocks]
        self.teasers = _other_story_ledes(blocks, proses) if ledes else frozenset()
        # Each block's characters, links and prose on its owner; then every element's sums added to its
        # parent's, deepest first, up to the scope: one step per element below the scope holding text,
        # not one per block and ancestor (_Page -30% on the real pages).
        sums: dict[etree._Element, list[int]] = {}
        for block, is_prose in zip(blocks, proses):
            if number_pager_line(block):
                continue  # no text of the page's, nor a link box's weight on the story's container (h295 C2b)
            prose = len(block.text) if is_prose and id(block) not in self.teasers else 0
            owned = sums.get(block.owner)
            if owned is None:
                sums[block.owner] = [len(block.text), block.link_chars, prose]
            else:
                owned[0] += len(block.text)
                owned[1] += block.link_chars
                owned[2] += prose
        parents: dict[etree._Element, etree._Element | None] = {}
        depths: dict[etree._Element | None, int] = {scope: 0, None: 0}
        for owner in list(sums):
            path = []
            element: etree._Element | None = owner
            while element not in depths:
                path.append(element)
                parent = element.getparent()
                parents[element] = parent
                element = parent
            depth = depths[element]
            for element in reversed(path):
                depth += 1
                depths[element] = depth
        for element in sorted(parents, key=depths.__getitem__, reverse=True):
            parent = parents[element]
            if parent is None:
                continue
            below, above = sums[element], sums.get(parent)
            if above is None:
                sums[parent] = list(below)
            else:
                above[0] += below[0]
                above[1] += below[1]
                above[2] += below[2]
        self.chars = {element: total[0] for element, total in sums.items()}
        self.links = {element: total[1] for element, total in sums.items()}
        self.prose = {element: total[2] for element, total in sums.items()}
        self.total_prose = self.prose.get(scope, 0)
        self._skipped: dict[etree._Element, bool] = {}

    def link_density(self, element: etree._Element) -> float:
        chars = self.chars.get(element, 0)
        return self.links.get(element, 0) / chars if chars else 1.0

    def is_skipped(self, element: etree._Element) -> bool:
        """A boilerplate box holding little of the page's prose."""
        skipped = self._skipped.get(element)
        if skipped is None:
            skipped = _is_unlikely(element, self.unlikely) and (
                self.prose.get(element, 0) < _KEEP_UNLIKELY_PROSE_SHARE * self.total_prose) and not (
                element in self.paid and element in self.story_parts)
            self._skipped[element] = skipped
        return skipped

    @property
    def story_parts(self) -> frozenset[etree._Element]:
        """The page's named non-free parts (``paid``) that hold the story (_paid_reading)."""
        return self._paid_reading[0]

    @cached_property
    def _paid_reading(self) -> tuple[frozenset[etree._Element], frozenset[int]]:
        """The named non-free parts (``paid``) that hold the story, and the ids of the gate's blocks inside the parts a
        class word would skip (the paywall box the page names).

        A block inside a named part is the gate's (cleaning.gate_text) when it speaks of subscribing, logging in, the
        article's paid status or an offer ("Artikel ini merupakan konten premium. Silakan berlangganan …", "Berlangganan
        sekarang mulai Rp 50.000 per bulan, …", "Nikmati analisis mendalam … dari tim redaksi kami …"), and so is a
        teaser cut with "..."/"…" right before such a block (the paid text's first words, h218 probe). A part holds the
        story when its first prose or gate block is prose, and its longest prose block that is not the gate's has
        _PAID_PROSE_CHARS or more: one paragraph of story length, not a pitch or a teaser left beside the prompt. A part
        of only the gate's lines is the gate's box, and its class still drops it; inside a part the class would skip,
        the gate's blocks never stay, whatever the part holds besides. A named part inside another (a class on every
        paragraph and on their box) is judged with its own blocks and lends them to the part around it. Loops only:
        each block's nearest named part through a memo of the tree's paths, then the parts deepest first."""
        if not self.paid:
            return frozenset(), frozenset()
        nearest: dict[etree._Element, etree._Element | None] = {}

        def nearest_part(element: etree._Element | None) -> etree._Element | None:
            path = []
            while element is not None and element not in nearest:
                path.append(element)
                element = element.getparent() if element is not self.scope else None
            found = nearest[element] if element is not None else None
            for node in reversed(path):
                if node in self.paid:
                    found = node
                nearest[node] = found
            return found

        # Per part: the index of its first prose or gate block, whether that block is prose, its longest prose.
        first: dict[etree._Element, tuple[int, bool]] = {}
        longest: dict[etree._Element, int] = {}
        gates: list[tuple[etree._Element, int]] = []
        gate_memo: dict[int, bool] = {}

        def is_gate(index: int) -> bool:
            verdict = gate_memo.get(index)
            if verdict is None:
                verdict = gate_memo[index] = gate_text(self.blocks[index].text)
            return verdict

        for index, block in enumerate(self.blocks):
            part = nearest_part(block.owner)
            if part is None:
                continue
            gate = is_gate(index) or (block.text.rstrip(_CUT_TEASER_CLOSERS).endswith(_CUT_TEASER_ENDS)
                                      and index + 1 < len(self.blocks) and is_gate(index + 1))
            prose = not gate and _is_prose(block)
            if gate:
                gates.append((part, id(block)))
            if (gate or prose) and part not in first:
                first[part] = (index, prose)
            if prose:
                longest[part] = max(longest.get(part, 0), len(block.text))
        # The parts deepest first, each lending its first block and longest prose to the part around it.
        outer: dict[etree._Element, etree._Element | None] = {}
        depth: dict[etree._Element | None, int] = {None: 0}
        pending = list(dict.fromkeys([*first, *longest, *(part for part, _ in gates)]))
        while pending:
            part = pending[-1]
            if part not in outer:
                outer[part] = nearest_part(part.getparent()) if part is not self.scope else None
            around = outer[part]
            if around not in depth:
                pending.append(around)
                continue
            pending.pop()
            depth[part] = depth[around] + 1
        for part in sorted(outer, key=depth.__getitem__, reverse=True):
            around = outer[part]
            if around is None:
                continue
            if part in first and (around not in first or first[part][0] < first[around][0]):
                first[around] = first[part]
            if part in longest:
                longest[around] = max(longest.get(around, 0), longest[part])
        holding = frozenset(part for part in outer if part in first and first[part][1]
                            and longest.get(part, 0) >= _PAID_PROSE_CHARS)
        # The gate's blocks inside a part the class would skip, or inside a part around such a part.
        walled: dict[etree._Element | None, bool] = {None: False}
        for part in sorted(outer, key=depth.__getitem__):
            walled[part] = _is_unlikely(part, self.unlikely) or walled[outer[part]]
        return holding, frozenset(block_id for part, block_id in gates if walled[part])

    def block_kept(self, block: Block, within: etree._Element) -> bool:
        """Whether a block under ``within`` sits outside every skipped box below ``within``."""
        if self.paid and id(block) in self._paid_reading[1]:
            return False  # the gate's line inside the named part the class would skip
        element = block.owner
        while element is not None and element is not within:
            if self.is_skipped(element):
                return False
            element = element.getparent()
        return element is within

    def blocks_in(self, element: etree._Element) -> list[Block]:
        return [b for b in self.blocks if self.block_kept(b, element)]


def _other_story_ledes(blocks: list[Block], proses: list[bool]) -> frozenset[int]:
    """The ids of the prose blocks that are ledes of the site's other stories, each in a card of its own: a short block
    holding another story's linked headline on the page's own site (dom.own_site_story_card), a card of a kind (tag,
    class: element_mark) the page repeats, two cards or more. okezone 2017's "Berita Lainnya" grid (h232 probe): nine
    cards, each a linked headline over a one-line lede of 70-140 characters, in a box named for other stories
    ("berita-lainnya": _in_named_box; a listicle's or a live report's cards under no such box are the story's, h242),
    under a box whose class names it (skipped
    only while it holds under 30% of the page's prose), beside a 2-3-paragraph story inside a "share" box (kept only
    while IT holds 30%): the ledes outweighed the story, and one lede, its card scored +25 for "news-content", was read
    as the body. Such a lede is no prose of this page: it neither scores a candidate nor counts in the page's prose
    (the boxes' shares). A paragraph of the story is no such lede: its links are inside it, and its box is long or
    holds the h1, or it is the only box of its kind. A page whose prose is all such ledes is a listing, read as before
    (MainText.in_teasers tells): none is left out; nor when only date lines are left beside them (kompas' indeks):
    extract_main_text reads the page again with them when it finds no story without them."""
    cards: list[tuple[int, etree._Element]] = []
    passed: set[etree._Element] = set()  # the boxes too long for a card (the story's), asked once
    prose = 0
    for block, is_prose in zip(blocks, proses):
        if not is_prose:
            continue
        prose += 1
        card = own_site_story_card(block.owner, passed)
        if card is not None:
            cards.append((id(block), card))
    if not cards:
        return frozenset()
    kinds: dict[str, set[etree._Element]] = {}
    for _, card in cards:
        kinds.setdefault(element_mark(card), set()).add(card)
    # Only cards in a box named for other stories (okezone's "berita-lainnya"): a live report's entries, a listicle's
    # items, a Q&A's answers or a timeline's events, each a card with a link to the site's own coverage, are a story
    # told in cards (h242 probe L1h, L1i, Li5, Q3, K3: read as a one-line standfirst without them)
    named: dict[int, bool] = {}
    ledes = frozenset(block_id for block_id, card in cards if len(kinds[element_mark(card)]) >= _TEASER_CARDS
                      and named.setdefault(id(card), _in_named_box(card)))
    return ledes if len(ledes) < prose else frozenset()


_TEASER_CARDS = 2
# How far up a card the box naming it other stories' may stand ("berita-lainnya" over its <ul><li><div>).
_CARD_BOX_LEVELS = 6


# A box's class or id naming the site's other stories: a side box's words (dom.SIDE_BOX_WORDS: "related", "terkait",
# "berita-lain" of okezone's "berita-lainnya", …) and a list's names for them ("terbaru", "latest", "pilihan").
_OTHER_STORIES_BOX = re.compile(class_words(*SIDE_BOX_WORDS, "lainnya", "terbaru", "latest", "pilihan"), re.IGNORECASE)


def _in_named_box(card: etree._Element) -> bool:
    """Whether a card stands in a box whose class or id names the site's other stories (_OTHER_STORIES_BOX), the card
    itself or a few levels up at most (a loop)."""
    node = card
    for _ in range(_CARD_BOX_LEVELS):
        if node is None or not isinstance(node.tag, str) or node.tag in ("body", "html"):
            return False
        tokens = _attr_tokens(node)
        if tokens and _OTHER_STORIES_BOX.search(tokens):
            return True
        node = node.getparent()
    return False


def _class_weight(element: etree._Element, gallery: bool = False) -> int:
    """+25 for a content word in the class/id, -25 for a box's word. Reading a photo story (``gallery``), a box named
    for the photos ("gallery-list", "photo-caption") holds the story: a content word."""
    tokens = _attr_tokens(element)
    if not tokens:
        return 0
    if gallery and _PHOTO_BOX.search(tokens):
        return 25
    key = "\x00".join(element.get(name) or "" for name in ("class", "id", "itemprop"))
    weight = _weight_cache.get(key)
    if weight is None:
        negative = _NEGATIVE.search(_VIDEO_DESCRIPTION.sub("desc", tokens)) is not None
        # A CSS module's content word offsets no box word ("detail_promo__f7Gh8": the component's name is no verdict
        # on its promotion's box); its local name's does, as a plain class's does.
        positive = _POSITIVE.search(_attr_tokens(element, modules=False) if negative else tokens) is not None
        weight = (25 if positive else 0) - (25 if negative else 0)
        if len(_weight_cache) >= _CACHE_MAX:
            _weight_cache.clear()
        _weight_cache[key] = weight
    return weight


_PHOTO_BOX = re.compile(r"caption|gallery|galeri|photo|foto|slide", re.IGNORECASE)


def _prose_score(block: Block) -> float:
    # The headline is no paragraph of the story: scored, it makes the page header a rival of a short story.
    if block.owner.tag == "h1":
        return 0.0
    return 1 + block.text.count(",") + min(len(block.text) // 100, 3) if _is_prose(block) else 0.0


def _candidate_scores(page: _Page) -> dict[etree._Element, float]:
    kept = [b for b in page.blocks if page.block_kept(b, page.scope)]
    gallery = page.unlikely is _UNLIKELY_IN_GALLERY
    blocks_per_owner: dict[etree._Element, int] = {}
    for block in kept:
        blocks_per_owner[block.owner] = blocks_per_owner.get(block.owner, 0) + 1
    scores: dict[etree._Element, float] = {}
    for block in kept:
        score = _prose_score(block) if id(block) not in page.teasers else 0.0
        if not score:
            continue
        # The paragraph's holder: the parent of a <p>-like owner, else the owner itself (a <div>
        # whose text is cut by <br> holds its own paragraphs).
        owner = block.owner
        holder = owner
        if owner.tag in _PARAGRAPH_TAGS or (blocks_per_owner[owner] == 1 and not len(owner)):
            # Wrappers holding nothing but the paragraph (a component template's <div>s around each one) are the
            # paragraph's own: credited as its holder is, the box holding them is its holder.
            while (wrapper := holder.getparent()) is not None and wrapper is not page.scope \
                    and _sole_child(wrapper) is holder:
                holder = wrapper
                scores[holder] = scores.get(holder, _CONTAINER_BONUS.get(holder.tag, 0)
                                            + _class_weight(holder, gallery)) + score
            holder = holder.getparent() if holder is not page.scope else holder
        element, divider = holder, 1
        while divider <= 3:
            # The scope (<body>) is credited only as the paragraphs' own holder: an old flat page puts its
            # <p>s right under <body>; a page's ordinary boxes never lift it.
            if element is None or (element is page.scope and divider > 1):
                break
            if element not in scores:
                scores[element] = _CONTAINER_BONUS.get(element.tag, 0) + _class_weight(element, gallery)
            scores[element] += score / divider
            if element is page.scope:
                break
            # A wrapper holding nothing but this box is the same box: credited alike, it spends no step of the three.
            parent = element.getparent()
            if parent is None or _sole_child(parent) is not element:
                divider += 1
            element = parent
    return {e: s * (1 - page.link_density(e)) for e, s in scores.items()}


def _sole_child(element: etree._Element) -> etree._Element | None:
    """The one child element that is all of an element's content (no text of its own beside it), else None."""
    if (element.text or "").strip():
        return None
    only = None
    for child in element:
        if not isinstance(child.tag, str):
            if (child.tail or "").strip():
                return None
            continue
        if only is not None or (child.tail or "").strip():
            return None
        only = child
    return only


def _unwrapped(element: etree._Element) -> etree._Element:
    """The innermost element of a chain of sole-child wrappers starting at ``element``."""
    while (inner := _sole_child(element)) is not None:
        element = inner
    return element


def _wrapping_parent(element: etree._Element, scope: etree._Element) -> etree._Element | None:
    """The parent of an element, past wrappers holding nothing but it (up to the scope)."""
    parent = element.getparent()
    while parent is not None and parent is not scope and _sole_child(parent) is element:
        element, parent = parent, parent.getparent()
    return parent


def _same_kind(a: etree._Element, b: etree._Element) -> bool:
    return a.tag == b.tag and bool(a.get("class")) and a.get("class") == b.get("class")


def _same_wrapper(a: etree._Element, b: etree._Element) -> bool:
    """Same tag and the same class and id, one of them set (a CMS's per-paragraph wrapper, class or repeated id)."""
    marks = (a.get("class"), a.get("id"))
    return a.tag == b.tag and any(marks) and marks == (b.get("class"), b.get("id"))


def _containers(page: _Page, top: etree._Element, scores: dict[etree._Element, float]) -> list[etree._Element]:
    """The winner widened to the whole story: same-kind cousins (sections, pages) of the winner or of the section
    holding it bring in their common ancestor; otherwise prose-bearing siblings join the winner."""
    if (top.get("itemprop") or "").lower() == "articlebody":
        return [top]  # microdata says where the story is, whole: nothing beside it joins
    orders: list[PageOrder] = []

    def other_story(element: etree._Element) -> bool:
        # The next story rendered below this one (same template, its own headline) is no part of it.
        if headed_by_another_story(element):
            return True  # a next story's preview beside it: its linked headline, date and lede (h76)
        if not orders:
            orders.append(PageOrder(page.scope.getroottree().getroot()))
        return another_story(*sorted((top, element), key=orders[0].__getitem__), orders[0])

    # A body cut into sections or pages: the winner's kind recurring with prose near it; or, the winner being a
    # box inside one of the story's sections (a photo story's lead, gallery and header sections: whichever of
    # their inner boxes wins), the kind of the section holding it recurring beside it, as its siblings.
    ancestors: list[etree._Element] = []
    element = top.getparent()
    while element is not None and element is not page.scope and len(ancestors) < 3:
        ancestors.append(element)
        element = element.getparent()
    for kind, ancestor in [(top, a) for a in ancestors[:2]] + list(zip(ancestors[:2], ancestors[1:])):
        near = ancestor.iter(kind.tag) if kind is top else ancestor.iterchildren(kind.tag)
        cousins = [e for e in near if e is not kind and _same_kind(e, kind)
                   and page.prose.get(e, 0) and not page.is_skipped(e)]
        if cousins:
            if any(other_story(cousin) for cousin in cousins) or (kind is not top and any(
                    _box_header_first(cousin) for cousin in cousins)):
                break
            if page.link_density(ancestor) < 0.3:
                return [*_intro_before(page, ancestor), ancestor]
            break
    parent = top.getparent()
    if parent is None or top is page.scope:
        return [top]
    threshold = max(10.0, scores[top] * 0.2)
    chosen = []
    # Reading a photo story: its lead, a prose box before the photos' box, is the story's first part.
    gallery = lead_before = page.unlikely is _UNLIKELY_IN_GALLERY
    # A tag list or share bar after the winner is the story's end; one before it (a share bar under the byline,
    # category chips over the title, a byline of linked names) ends nothing: the lead after it still joins.
    # The story ends at the LAST run of such bars: a box of prose with another bar after it lies mid-story (an inline
    # share bar or /topik/ chips, then the tag list closing it) and is read as any sibling.
    bar_follows = _bar_follows(page, list(parent))
    summaries = _Summaries(page)
    passed = ended = False
    for index, sibling in enumerate(parent):
        if sibling is top:
            chosen.append(sibling)
            lead_before = False
            passed = True
        elif passed and not ended and isinstance(sibling.tag, str) and _closes_story(page, sibling):
            ended = True
        elif ended and not (isinstance(sibling.tag, str) and (
                _same_wrapper(sibling, top) or _same_class_stem(sibling, top)
                or (bar_follows[index] and page.prose.get(sibling, 0) and page.link_density(sibling) < 0.25
                    and not _promo_box(page, sibling)))):
            # An outlet's app promo or donation appeal under the tag list is none of the story's, however it reads
            # ("Download Aplikasi …" over "Baca berita lebih cepat lewat aplikasi kami di Play Store."): past the last
            # bar only another part of the story goes on, of its own kind (its box's class, or a class extending it:
            # "entry-content-more"); prose before the last bar is the story's (an inline share bar mid-story).
            continue
        elif lead_before and isinstance(sibling.tag, str) and sibling.tag not in page.never \
                and not page.is_skipped(sibling) and page.prose.get(sibling, 0) and page.link_density(sibling) < 0.25:
            chosen.append(sibling)
        elif not isinstance(sibling.tag, str) or sibling.tag in page.never or page.is_skipped(sibling):
            continue
        elif scores.get(sibling, 0.0) >= threshold or (
                gallery and _same_kind(sibling, top) and page.prose.get(sibling, 0)) or (
                ended and bar_follows[index] and _prose_box(page, sibling)):
            # a photo story's every slide is its own: a last slide with a box of links beside its caption scores low;
            # so is a box of paragraphs alone between two bars, however short (its last sentence and sign-off); a
            # paragraph alone before the box scoring so by its wrapper's class ("entry-subtitle") may be the summary
            if not other_story(sibling) and (passed or _unwrapped(sibling).tag != "p" or not summaries.holds(sibling)):
                chosen.append(sibling)
        elif _unwrapped(sibling).tag == "p" and page.prose.get(sibling, 0) and page.link_density(sibling) < 0.25 \
                and (passed or not summaries.holds(sibling)):
            # a paragraph alone beside the story's box is the story's, before it (its lede) or after it (its last
            # lines); but the page's summary over the byline, before it, is the header's (_Summaries)
            chosen.append(sibling)
    # A short block in a wrapper of the story's own kind, between two chosen ones (a CMS writing one wrapper per
    # paragraph: tempo's "Jawab: Ada 37 daerah." in an interview), is the story's too.
    kept = {id(element) for element in chosen}
    positions = [index for index, sibling in enumerate(parent) if id(sibling) in kept]
    if len(positions) >= 2:
        between = [sibling for sibling in list(parent)[positions[0]:positions[-1]]
                   if id(sibling) not in kept and isinstance(sibling.tag, str) and _same_wrapper(sibling, top)
                   and not page.is_skipped(sibling) and page.link_density(sibling) < 0.25]
        if between:
            keep = kept | {id(sibling) for sibling in between}
            chosen = [sibling for sibling in parent if id(sibling) in keep]
    return chosen


_SUMMARY_MAX_NODES = 50


class _Summaries:
    """Which lone paragraph beside the story's box, before it, is the page's summary (deck, standfirst, excerpt) rather
    than the story's lede: README's rule that a summary over the byline is the page header's, read where the header's
    parts are siblings of the story's box (h250 S9, The Jakarta Post: the h1, "<p class='tjp-single__excerpt'>Observers
    call it …</p>", the byline and date box, the share bar and photo, then "div.tjp-single__content"; h205 kbr's
    "p.excerpt" over "Penulis: … Rabu, 21 Agu 2024 10:15"). Only by its class or id (of the paragraph or a wrapper holding
    nothing but it): words naming a summary (dom.DECK_CLASS_RE: excerpt, deck, dek, subtitle, subjudul, standfirst,
    summary, ringkasan), not "lead", "intro", "lede", which name the story's own first paragraph as often (tempo's
    "p.lead"). Not by its place: a lede stands over a byline, a dated "Baca:" link, a photo credit or an update line as
    often as a deck does (h252 probe: ten real ledes lost to a place rule). A paragraph opening with the lede's dateline
    ("JAKARTA - …") is the story's whatever its class."""

    def __init__(self, page: _Page) -> None:
        self.page = page
        self._owned: dict[etree._Element, list[Block]] | None = None

    def holds(self, sibling: etree._Element) -> bool:
        node: etree._Element | None = sibling
        while node is not None:  # the paragraph's class, or its wrappers' (a theme's "<div class='excerpt'><p>…</p></div>")
            if DECK_CLASS_RE.search(mark_words(node.get("class"), node.get("id"))):
                return not self._opens_with_dateline(sibling)
            node = _sole_child(node)
        return False

    def _opens_with_dateline(self, sibling: etree._Element) -> bool:
        """Whether the paragraph's first block opens with the lede's dateline ("JAKARTA - …")."""
        if self._owned is None:  # the page's blocks (figure blocks too) by the element holding them, gathered once
            self._owned = {}
            for block in self.page.blocks:
                self._owned.setdefault(block.owner, []).append(block)
        for count, node in enumerate(sibling.iter()):
            if count >= _SUMMARY_MAX_NODES:
                break
            if blocks := self._owned.get(node):
                return opens_with_dateline(blocks[0].text)
        return False


def _bar_follows(page: _Page, siblings: list[etree._Element]) -> list[bool]:
    """For each sibling, whether a closing bar (_closes_story) comes after it among them."""
    follows, seen = [], False
    for sibling in reversed(siblings):
        follows.append(seen)
        seen = seen or (isinstance(sibling.tag, str) and _closes_story(page, sibling))
    return follows[::-1]


def _closes_story(page: _Page, element: etree._Element) -> bool:
    """Whether a box after the story's is its closing bar: no prose, mostly links, two or more, all to no story (a tag
    list's topic pages, a share bar's buttons: dom.links_no_story). An inline related box links stories, an ad slot
    has no such links: a story split by one goes on after it (h111 probe: "Download NU Online Super App", a donation
    appeal, under the tag list and share bar, was read as the story's last paragraphs)."""
    if page.prose.get(element, 0) or page.link_density(element) < _CLOSING_BAR_LINK_DENSITY:
        return False
    hrefs = [(link.get("href") or "").strip() for link in element.iter("a")]
    return len(hrefs) >= 2 and all(href and links_no_story(href) for href in hrefs)


_CLOSING_BAR_LINK_DENSITY = 0.5


def _same_class_stem(a: etree._Element, b: etree._Element) -> bool:
    """Same tag, one's content class extended by the other's ("entry-content" and "entry-content-more",
    "story-body" and "story-body-end"): a theme's names for two parts of one story. A box's word in the longer one
    ("entry-content-share") names a box, no part."""
    if a.tag != b.tag:
        return False
    ours, theirs = (a.get("class") or "").split(), (b.get("class") or "").split()
    return any(_extends(long, short) for short in ours for long in theirs) \
        or any(_extends(long, short) for short in theirs for long in ours)


def _extends(long: str, short: str) -> bool:
    return (len(long) > len(short) + 1 and long[len(short)] in "-_" and long.lower().startswith(short.lower())
            and _POSITIVE.search(short) is not None and _NEGATIVE.search(long) is None)


def _promo_box(page: _Page, element: etree._Element) -> bool:
    """A box headed by the outlet's prompt (the residue catalogue's PROMPT_KINDS: "Download NU Online Super App", "Ikuti
    kami di …"): the lines under that header are its pitch, none of the story's, wherever the box sits."""
    blocks = page.blocks_in(element)
    return bool(blocks) and residue_kind(blocks[0].text) in PROMPT_KINDS


def _prose_box(page: _Page, element: etree._Element) -> bool:
    """A box of the story's paragraphs alone: few links, every block prose but for short lines closing it (a sign-off,
    "(ant/dil)", that the trim drops). A promo's label line ("Download … App") over its pitch is no such box."""
    blocks = page.blocks_in(element)
    while blocks and not _prose_score(blocks[-1]) and _edge_junk(blocks[-1].text):
        blocks = blocks[:-1]
    return bool(blocks) and all(_prose_score(block) for block in blocks) and page.link_density(element) < 0.25


def _intro_before(page: _Page, sections: etree._Element) -> list[etree._Element]:
    """The story's intro in its own box right before the box of its recurring sections (a live blog's "div.live-lead"
    beside "div.live-timeline"; h38 probe): the nearest earlier sibling holding text, when all its text is prose
    (no headline, date line or link list) of no other story."""
    for sibling in sections.itersiblings(preceding=True):
        if not isinstance(sibling.tag, str) or sibling.tag in page.never or not page.chars.get(sibling, 0):
            continue
        blocks = page.blocks_in(sibling)
        if page.is_skipped(sibling) or not blocks or not all(_prose_score(b) for b in blocks) \
                or page.link_density(sibling) >= 0.25:
            return []
        order = PageOrder(page.scope.getroottree().getroot())
        return [] if another_story(sibling, sections, order) else [sibling]
    return []


def _box_header_first(section: etree._Element) -> bool:
    """Whether a section opens with a related-stories header the residue catalogue knows ("Berita Terkait",
    "Baca Juga", "Terpopuler"): such a section beside the story's, of the same class, is no section of the story
    (h36: its teaser's excerpt was read into the story)."""
    for block in walk_blocks(section):
        return residue_kind(block.text) in _RELATED_HEADERS
    return False


_RELATED_HEADERS = frozenset({"related_header", "related_link"})


# Whether a paragraph opens with a dateline (capitalised words, parentheses aside, then a dash): cleaning's one test.
_dateline_lead = opens_with_dateline


def _edge_junk(text: str) -> bool:
    """Not a paragraph of the story when it sits at either end: a short non-sentence (kicker, label,
    button, caption title, sign-off) that is not a list item. A sentence with a bracketed sign-off
    after it ("… kata dia. (H-4)") is a sentence: cleaning trims the sign-off."""
    ended = ends_sentence(text) and not text.endswith(("...", "\u2026"))  # "Load More...": a button
    return len(text) < _EDGE_JUNK_CHARS and not ended and not _LIST_ITEM.match(text)


# A label opening a byline's or a date line's field: what follows a dateline's dash then is no lede's sentence.
_FIELD_LABEL = re.compile(rf"(?i:{'|'.join(LABELS)}|oleh|by|penulis|reporter|pewarta|wartawan|editor|penyunting"
                          r"|redaktur|sumber|foto)\b")


def dateline_lede(text: str) -> bool:
    """Whether a block is the story's lede opening with its dateline, a press release's "Jakarta, 19 Juni 2024 – Kamis
    (20/6/2024) besok, pameran UMKM dibuka di JCC." (h251 probe): a dateline (a place, maybe a date; capitalised,
    cleaning.opens_with_dateline), its dash, then running text that ends as a sentence does and reads as one (two
    words or more in lower case that are no date line's, or an active verb: fields.dates.reads_as_sentence), no label
    opening it. A date line with a dash ("Rabu, 19 Juni 2024 - 20:40 WIB", "Jakarta, 19 Juni 2024 - Diperbarui 20 Juni
    2024") and a bare "Jakarta, 19 Juni 2024" are none."""
    match = DATELINE_LEAD_RE.match(text)
    if match is None or BARE_DATELINE_RE.fullmatch(text) or not opens_with_dateline(text):
        return False
    rest = text[match.end() - 1:]
    return ends_sentence(rest) and not _FIELD_LABEL.match(rest) and reads_as_sentence(rest)


def _lead_junk(text: str) -> bool:
    """A short date or byline line before the story: a short non-sentence, or a short line with a date's mark (a
    clock time, a zone, a d/m/y date, a year) — but a year in a sentence of the story is the story's, when the
    sentence holds no day-month-year date and names no weekday as a date does. A sentence around a date and time is
    the story's lede, not a date line ("Gempa bermagnitudo 5,1 mengguncang Garut, Kamis, 19 Juni 2025 pukul 08.40
    WIB.": ``reads_as_sentence``, ending as a sentence does); a caption's "Foto diambil 6/4/2024 di …" has no time.
    A byline-and-date line of any length up to cleaning's bound (names, the outlet, a place, a rubric, the date with
    its year, no sentence: ``byline_date_line``) is one too: The Jakarta Post 2013's 109-character "Andi Wijaya and
    Hasyim Rahmanto, The Jakarta Post, Jakarta/Makassar | Headlines | Wed, June 19 2013, 10:44 AM" (h153 probe)."""
    if _edge_junk(text) or byline_date_line(text):
        return True
    if len(text) >= _EDGE_JUNK_CHARS or not _DATE_MARK.search(text) or dateline_lede(text):
        return False
    if ends_sentence(text) and reads_as_sentence(text):
        reading = read_date(text)
        if reading is not None and reading.has_time:
            return False
    only_a_year = (all(_YEAR_ONLY.fullmatch(mark.group()) for mark in _DATE_MARK.finditer(text))
                   and not HAS_DATE_RE.search(text) and not _WEEKDAY_AS_DATE.search(text))
    return not (only_a_year and ends_sentence(text) and len(text.split()) >= _SENTENCE_MIN_WORDS)


def _editor_notes(texts: list[str]) -> list[int]:
    """Indexes of the editor's notes among the short blocks over a dateline: a sentence opening with the editor's label
    (dom.EDITOR_NOTE_RE), or the label line alone ("Update 21.00 WIB", dom.EDITOR_LABEL_LINE_RE) and the sentence
    under it, right over the dateline (``texts`` end there): a sentence further up is a deck or a caption."""
    found: list[int] = []
    for index, text in enumerate(texts):
        if EDITOR_NOTE_RE.match(text) and ends_sentence(text):
            found.append(index)
        elif (EDITOR_LABEL_LINE_RE.fullmatch(text) and index + 2 == len(texts) and ends_sentence(texts[index + 1])
              and not EDITOR_NOTE_RE.match(texts[index + 1])):
            found += [index, index + 1]
    return found


def _tail_junk(text: str) -> bool:
    """A closing block that only introduces what came after it (an infographic, a video, a topic
    list), or a short non-sentence."""
    return _edge_junk(text) or (len(text) < _INTRO_CHARS and text.endswith(":")) or bool(_DISCLAIMER.match(text))


def _story_caption(texts: list[str], told: list[bool]) -> bool:
    """Whether the last block is a caption of a photo story told in its credited captions (cleaning.told_in_captions),
    residue only for its credit ("Warga melintasi genangan. (ANTARA FOTO/Aditya Pradana Putra)"): the story's, its
    credit cut downstream. ``told`` memoizes the body's verdict."""
    if not caption_residue_for_its_credit(texts[-1]):
        return False
    if not told:
        told.append(told_in_captions(texts))
    return told[0]


def _story_tail(texts: list[str]) -> bool:
    """Whether the blocks after the last prose block are the story's own lines (cleaning.story_lines)."""
    last = next((i for i in range(len(texts) - 1, -1, -1) if is_prose_block(texts[i])), None)
    return last is not None and last + 1 < len(texts) and (story_lines(texts[last], texts[last + 1:])
                                                           or announced_tail(texts, last))


# A fact line closing a listicle's item: a short label of one to three words, capitalised, its colon, a value ("Harga:
# mulai Rp 25.000", "Alamat: Jl. Haji Husein No. 5", "Jam buka: 08.00-22.00 WIB"; h282).
_FACT_LINE = re.compile(r"((?-i:[A-Z])[\w'/-]*(?:\s+[\w'/-]+){0,2})\s*:\s*\S")
# A listicle's numbered item heading: "1. Soto Betawi Haji Husein", "2) Soto Kudus Blok M".
_ITEM_HEADING = re.compile(r"\d{1,2}[.)]\s")


def _fact_label(text: str) -> str | None:
    """The label of a short "Label: value" line (_FACT_LINE), or None: none for a byline's, a source's or a date line's
    label (_FIELD_LABEL: "Editor:", "Sumber:", "Penulis:", "Foto:"), for residue (a "Baca juga:", a tag row) and for a
    label with nothing after it."""
    match = _FACT_LINE.match(text)
    if match is None or len(text) >= _EDGE_JUNK_CHARS or _FIELD_LABEL.match(text) or is_residue(text):
        return None
    # A page's own line in a fact's shape: a handle, an address to write to, a bare count, a date (h289: "Follow:
    # @wartabogor", "Kontak: redaksi@…", "Komentar: 0", "Terakhir diperbarui: 28 Juni 2024 20:15 WIB").
    value = text[match.end() - 1:].strip()
    if _NOT_A_FACT_VALUE.fullmatch(value) or read_date(value) is not None:
        return None
    return match.group(1).casefold()


_NOT_A_FACT_VALUE = re.compile(r"@\w[\w.]*|\S+@\S+\.\w+|\d{1,3}")


def _item_fact_tail(texts: list[str], blocks: Sequence[Block]) -> bool:
    """Whether the short lines after the last prose block, the last of them ``texts[-1]``, are the facts closing a
    listicle's item, the story's though edge junk by their shape (h282: detikFood/travel's "Harga: mulai Rp 25.000"
    under each place, a page of a listicle paged by item ending on it): each a "Label: value" line (_fact_label), and
    either the same label opens a line between two prose blocks of the body (it closed an earlier item), or the page's
    one numbered item heading stands over the last prose (a page of a listicle paged by item) and the lines are written in its flow (the prose paragraph's siblings, or
    lines of the same element). A label only at the tail (a lone "Komentar: 0") is no item's; the tail side of
    _repeated_marks, which keeps the lead's repeated lines. ``blocks`` are the texts' blocks."""
    labels = [_fact_label(text) for text in texts]
    last = next((i for i in range(len(texts) - 1, -1, -1) if labels[i] is None and is_prose_block(texts[i])), None)
    if last is None or last + 1 == len(texts) or not all(labels[last + 1:]):
        return False
    first = next(i for i, text in enumerate(texts) if labels[i] is None and is_prose_block(text))
    if set(labels[last + 1:]) & set(labels[first + 1:last]):
        return True
    # One numbered heading: a page of a listicle paged by item. On a page of several items their facts repeat, which
    # the test above reads; there a heading above a lone closing "Label: value" line says nothing of it (h289 R1: an
    # outlet's "Instagram: @…", "Ditinjau oleh: dr. …" under a three-item listicle).
    heading = sum(bool(_ITEM_HEADING.match(text)) and not ends_sentence(text) and len(text) < _EDGE_JUNK_CHARS
                  for text in texts[:last]) == 1
    prose, line = blocks[last].owner, blocks[-1].owner
    return heading and (line is prose or line.getparent() is prose.getparent())


# The longest block _navigation_line may find: a longer one is text, whatever it links.
_NAVIGATION_MAX_CHARS = 300


def _navigation_line(block: Block) -> bool:
    """A short block mostly links: navigation, a menu, a linked headline, a tag chip. Not a sentence that is more
    than half link ("Aturan itu diteken <a>Menteri Keuangan Sri Mulyani Indrawati</a>."), unless nearly all of it is
    (BOX_LINE_LINK_DENSITY); links to tag and topic pages inside a line (a story's names linked: "Menteri Keuangan: <a
    href='/tag/…'>Sri Mulyani Indrawati</a>") do not count (dom.Block.box_link_density). Nor the syndication note
    (its outlet and URL are links: "Artikel ini telah tayang di <a>Kompas.com</a> … <a>https://…</a>"), which the
    pipeline reads, nor a data table's row (its cells joined, dom.walk_blocks: a price table's linked commodities)."""
    return (len(block.text) < _NAVIGATION_MAX_CHARS and is_link_line(block.text, block.box_link_density)
            and block.owner.tag != "tr" and not is_syndication_line(block.text))


def _trim(blocks: list[Block], lead: bool = True, read: Sequence[str] = ()) -> tuple[list[str], list[str]]:
    """The blocks' texts without the edges that are not story, and the lines cut at the end that announce what
    follows ("Berikut daftar 15 bank …:"): on a paged article, what follows is the next page.
    ``lead=False`` (a later page): its start is left whole; the caller cuts the page's header knowing what the
    pages before it ended with (cleaning.story_start). ``read``: the pages before it, whose lede's dateline
    standing alone atop this page is dropped, not glued on (cleaning.repeats_lede_dateline)."""
    texts, densities = [block_text(b) for b in blocks], [b.link_density for b in blocks]  # list items marked
    # The story's list of websites ("Daftar RS Rujukan DBD" over linked hospitals, prose after it) is no box.
    sites = site_list_indexes(texts, densities, home_link_lines(blocks))
    pagers = own_pager_lines(blocks)
    link_lists = link_list_indexes(texts, densities, sites, other_site_link_lines(blocks), pagers)
    announced = announced_list_indexes(texts, densities, pagers) | sites
    # An item of a list a sentence announces ("Berikut daftarnya:" over clubs linked to their tag pages) is the story's;
    # a pager's links under page 1's "Berikut daftar …:" are none (cleaning._pager_line).
    dropped = [index in link_lists or (index not in announced and _navigation_line(b)) or bool(_COPYRIGHT.fullmatch(b.text))
               or number_pager_line(b) for index, b in enumerate(blocks)]
    # A list's items marked: a closing list under the paragraph announcing it is the story's (story_lines).
    marked = unmark_lists_after_cuts(texts, dropped)
    texts = [text for text, drop in zip(marked, dropped) if not drop]
    blocks = [b for b, drop in zip(blocks, dropped) if not drop]
    # A short line of a kind the body repeats further down (a live blog's entry time and heading, each entry's
    # "div.entry__time"/"h2.entry__title"): the first entry's is no header line to cut, as the later ones are not.
    repeated, once = _repeated_marks(blocks)
    # Comments or an author box inside the cluster end the story (the sign-off before them stays next to
    # the body's end, where the byline finder looks); a cluster opening with "Komentar (3)" is no story.
    del texts[closing_start(texts, header_first=True):]
    # Short blocks before a dateline are kickers, dates, bylines and photo captions; an editor's note over the lede
    # ("Update pukul 21.00 WIB: Korban … bertambah.") is the story's, put back once the lead is trimmed.
    cut_lead = 0  # blocks cut at the start (texts[0] is blocks[cut_lead])
    notes: list[str] = []
    for index, text in enumerate(texts[:5] if lead else ()):
        if _BARE_DATELINE.fullmatch(text) or _dateline_lead(text):
            if index and all(len(t) < _LEAD_JUNK_CHARS for t in texts[:index]):
                notes = [texts[i] for i in _editor_notes(texts[:index])]
                del texts[:index]
                cut_lead = index
            break
    # A place and an outlet alone over the lede ("DENPASAR, NusaBali<br>Pedagang …", h287 B) is its dateline: kept for
    # cleaning.trim_edges, which knows the page's outlets, to glue or cut.
    # A line whose holder the body shows once after its first prose is cut only in a header's shape (a short story
    # whose container rose to its <article>: the byline and date line under the headline, h303 B), and once one is,
    # the cut goes on through header lines only: an epigraph, an interview's first question, a poem's line, a photo
    # story's captions under them are the story's (h305).
    header_only = False
    while lead and not notes and texts and _lead_junk(texts[0]) and not _BARE_DATELINE.fullmatch(texts[0]) \
            and not (len(texts) > 1 and outlet_dateline(texts[0], shape_only=True) and is_prose_block(texts[1])) \
            and (mark := element_mark(blocks[cut_lead].owner)) not in repeated \
            and (not (header_only or mark in once) or _header_line(texts[0])):
        header_only = header_only or mark in once
        texts.pop(0)
        cut_lead += 1
    # The end next to the last paragraph, unless the short lines there are the story's own (a closing list,
    # lyrics, a schedule: cleaning.story_lines).
    # A poll's question and options ending the body first: its options are one list's items, which the loop keeps.
    # A closing line that is the story's by its words, its full stop missing (a column's "*Penulis adalah dosen …",
    # a footnote: cleaning.closing_sentence_line), is no edge junk.
    # A listicle item's closing facts ("Harga: mulai Rp 25.000") neither, on every page of it (h282: _item_fact_tail).
    cut: list[str] = texts[widget_question_start(texts):]
    del texts[len(texts) - len(cut):]
    captions_told: list[bool] = []  # whether the blocks are a photo story told in credited captions, asked once
    while texts and ((_tail_junk(texts[-1]) and not story_closing_line(texts[-1])
                      and not closing_sentence_line(texts[-1]) and not _story_tail(texts)
                      and not _item_fact_tail(texts, blocks[cut_lead:cut_lead + len(texts)]))
                     or (is_residue_on_any_page(texts[-1]) and not _story_caption(texts, captions_told))
                     # an "Author:" line over the credit lines just cut ("Photo: Firsto"): the writer's credit (h306 E)
                     or (cut and run_writer_credit([*texts[-3:], *cut], len(texts[-3:]) - 1) is not None)):
        cut.insert(0, texts.pop())
    if (len(texts) > 1 and poll_question(texts[-1], cut) and any(not is_residue(t) for t in cut)
            and any(is_prose_block(t) for t in texts[:-1])):
        cut.insert(0, texts.pop())  # a feedback widget's question over the lines just cut (not over residue alone)
    # A photo story's captions over its lead (detik's foto-news slides before "<strong>Jakarta</strong> -<p>…", read
    # in page order): the dateline after them is the lead's, glued as atop a text story (h293 D3).
    at = _captions_over(blocks[cut_lead:cut_lead + len(texts)]) if lead else 0
    if read and texts and repeats_lede_dateline(texts[0], texts[1] if len(texts) > 1 else None, read):
        del texts[0]  # a later page's repeat of page 1's dateline, alone over its own text: no dateline of it
    elif len(texts) > at + 1 and _BARE_DATELINE.fullmatch(texts[at]) and (not at or (
            names_dateline_place(texts[at]) and is_prose_block(texts[at + 1]) and not _dateline_lead(texts[at + 1]))):
        while len(texts) > at + 2 and is_residue(texts[at + 1]):  # a promo between the dateline and its paragraph
            del texts[at + 1]
        texts[at:at + 2] = [f"{texts[at]} {texts[at + 1]}"]
    texts[0:0] = notes
    # Only the announcing lines right after the last kept block (a promo's "Simak videonya:" after them is no story).
    announcing = []
    for text in cut:
        if is_residue(text) or not announces_lines(text):
            break
        announcing.append(text)
    return texts, announcing


def _captions_over(blocks: Sequence[Block]) -> int:
    """How many of the blocks open with photo captions (a figure's, or in a caption box: dom.in_caption)."""
    return next((index for index, block in enumerate(blocks) if not (block.flagged or in_caption(block.owner))),
                len(blocks))


def _repeated_marks(blocks: list[Block]) -> tuple[set[str], set[str]]:
    """Marks (element_mark) of the classed holders of short lines after the first prose block, none holding prose:
    those holding two lines or more, the body's own repeated structure (a live blog's entry times and headings), not a
    header over it; and those holding one, no repeat (h303 B: a short story's container risen to its <article>, the
    headline read as its first prose, keeps the byline's and the date line's holders after it), cut from the lead
    only in a header's shape (_header_line)."""
    first = next((index for index, b in enumerate(blocks) if _is_prose(b)), len(blocks))
    seen = Counter(element_mark(b.owner) for b in blocks if b.owner.get("class") and not _is_prose(b))
    lines = {element_mark(b.owner) for b in blocks[first + 1:] if b.owner.get("class") and not _is_prose(b)}
    lines -= {element_mark(b.owner) for b in blocks if _is_prose(b)}
    return {mark for mark in lines if seen[mark] > 1}, {mark for mark in lines if seen[mark] == 1}


def _header_line(text: str) -> bool:
    """A short lead line in a header's shape: a byline (a name line, a field's label: "Oleh", "Foto:"; a label of a
    word or two over a name: detik 2016's "Fotografer: Grandyos Zafna"), a byline-and-date line, a line with a date's
    mark (_DATE_MARK)."""
    label, colon, name = text.partition(":")
    return bool(is_byline_line(text) or byline_date_line(text) or _DATE_MARK.search(text) or _FIELD_LABEL.match(text)
                or (colon and len(label.split()) <= 2 and is_byline_line(name.strip())))


class MainText:
    """The article's paragraphs; the dateline and the byline nearest them are read when first asked
    (each is a walk over the page, and the body fallback of a site spider wants only the paragraphs).
    ``edge_lines``: short lines just before and just after the body (page order), for an unlabelled
    byline (newscrawl.fields.authors.unlabelled_byline)."""

    def __init__(self, blocks: list[str],
                 located: tuple[etree._Element, etree._Element, etree._Element] | None = None,
                 edge_lines: tuple[list[str], list[str]] = ([], []), cut_intro: list[str] | None = None) -> None:
        self.blocks = blocks
        self._located = located  # (scope, the body's first block owner, its last block owner)
        self.edge_lines = edge_lines
        # Lines cut after the last block that announce what follows ("Berikut daftarnya:"): the next page's
        # start, on a paged article (the spider puts them back when it reads one).
        self.cut_intro = cut_intro or []

    @cached_property
    def story_path(self) -> list[str]:
        """Marks of the element holding the body and of its two nearest ancestors (``element_mark``), nearest
        first: where a later page of the same template holds its part of the story ([] when none was found)."""
        if not self._located:
            return []
        scope, first, last = self._located
        holder = _common_ancestor(first, last, scope)
        if first is last:
            holder = _paragraph_holder(holder, scope)
        path = []
        while holder is not None and len(path) < _STORY_PATH_LEVELS:
            path.append(element_mark(holder))
            if holder is scope:
                break
            holder = holder.getparent()
        return path

    @cached_property
    def visible_date(self) -> str | None:
        """The date-and-time text shown nearest before the body (the article's own dateline), if any."""
        return _visible_date(self._located[0], self._located[1]) if self._located else None

    @cached_property
    def in_teasers(self) -> bool:
        """Whether the body's first and last paragraphs each sit in a teaser card of another story (a short block
        that also holds that story's linked headline: dom.in_teaser): the cards of a listing, not an article."""
        return self._located is not None and in_teaser(self._located[1]) and in_teaser(self._located[2])

    @cached_property
    def byline(self) -> list[str]:
        """Names in the byline nearest the body ("Oleh : Maya Sofia", "Penulis : X", "Pewarta: Y")."""
        return _byline(*self._located) if self._located else []


_STORY_PATH_LEVELS = 3
_DIGITS = re.compile(r"\d")


def element_mark(element: etree._Element) -> str:
    """An element's tag, class tokens (sorted) and id, as a later page of the same template repeats them; an id
    holding digits ("post-7403311", "page-2") names one page, and is left out."""
    element_id = element.get("id") or ""
    classes = " ".join(sorted((element.get("class") or "").split()))
    return f"{element.tag}|{classes}|{'' if _DIGITS.search(element_id) else element_id}"


def _paragraph_holder(owner: etree._Element, scope: etree._Element) -> etree._Element:
    """The element holding a body read from one paragraph's element (page 1 of a paged story with a one-paragraph
    first page, its pager under it): the <p>-like owner is the paragraph, not where the story stands, so its holder
    is its parent, or the outermost wrapper holding nothing but it (the story's own box). Named by the <p>
    itself, a later page was read from its first <p> alone, its other paragraphs lost (h228 probe L5d): the holder is
    the path a two-paragraph page 1 gives. A <div> whose text is the body (cut by <br>, or one paragraph) holds the
    story itself and stays, and so does a table layout's cell (its row is no story's holder)."""
    if owner is scope or owner.tag not in _PARAGRAPH_TAGS or owner.tag == "td":
        return owner
    holder = owner
    while (wrapper := holder.getparent()) is not None and wrapper is not scope and _sole_child(wrapper) is holder:
        holder = wrapper
    if holder is not owner:
        # A wrapper holding nothing but the paragraph (<div class="txt-detail"><p>) is the story's own box: its
        # parent also holds the page's related cards and comment form, read into every later page (h238 N16).
        return holder
    parent = holder.getparent()
    return parent if parent is not None and (parent is scope or any(a is scope for a in parent.iterancestors())) \
        else holder


def _common_ancestor(first: etree._Element, last: etree._Element, scope: etree._Element) -> etree._Element:
    """The deepest element holding both (the scope at most)."""
    node = common_ancestor(first, last)
    inside = node is not None and (node is scope or any(a is scope for a in node.iterancestors()))
    return node if inside else scope


def main_text_at(selector: Selector, story_path: list[str], read: Sequence[str] = ()) -> MainText | None:
    """The blocks of a later page of a paged article from the element the first page's story was in (same
    marks, same ancestors: ``MainText.story_path``), its start left whole (a list and the line announcing it may
    open it; the spider cuts the page's header: cleaning.story_start); None when the page has no such
    element. A later page may hold only the rest of a list and a short paragraph, too little for
    ``extract_main_text`` to tell it from the page's other boxes; the first page already told where the story is."""
    root = selector.root
    if not story_path or not isinstance(root, etree._Element):
        return None
    body = root.find(".//body")
    scope = body if body is not None else root
    tag = story_path[0].split("|", 1)[0]
    for candidate in scope.iter(tag):
        node: etree._Element | None = candidate
        for mark in story_path:
            if node is None or element_mark(node) != mark:
                break
            node = node.getparent()
        else:
            walked = [b for b in drop_slide_counters(walk_blocks(
                candidate, never=_GALLERY_NEVER_TEXT_TAGS, skip_hidden_inline=True, flag_tags=_FIGURE_TAGS,
                dropped=set(inline_related_links(candidate)))) if not b.flagged]
            page = _Page(candidate, walked, _NEVER_TEXT_TAGS, _UNLIKELY, paid_parts(selector))
            texts, cut_intro = _trim(page.blocks_in(candidate), lead=False, read=read)
            return MainText(texts, cut_intro=cut_intro)
    return None


def main_text(selector: Selector) -> list[str]:
    """The article's paragraphs in reading order, or [] when the page holds no prose cluster."""
    return extract_main_text(selector).blocks


def extract_main_text(selector: Selector) -> MainText:
    """The article's paragraphs, and the visible date nearest before them.

    A photo gallery keeps its story in the captions: when the page has no prose outside figures,
    the figures are read too.
    """
    root = selector.root
    if not isinstance(root, etree._Element):
        return MainText([])
    body = root.find(".//body")
    scope = body if body is not None else root
    # One walk: figure blocks are flagged, left out of the first reading, read for a gallery. Captions are read as a
    # site spider reads a gallery's: without the slide counter opening them (dom.drop_slide_counters).
    every = drop_slide_counters(walk_blocks(scope, never=_GALLERY_NEVER_TEXT_TAGS, skip_hidden_inline=True,
                                            flag_tags=_FIGURE_TAGS, dropped=set(inline_related_links(scope))))
    # A page whose prose is all ledes of other stories in their cards beside a few date lines (a listing: kompas'
    # indeks) has no story without them: a last reading with them finds its cards (MainText.in_teasers).
    plain = [b for b in every if not b.flagged]
    readings = ((plain, _NEVER_TEXT_TAGS, _UNLIKELY, True),
                (every, _GALLERY_NEVER_TEXT_TAGS, _UNLIKELY_IN_GALLERY, True),
                (plain, _NEVER_TEXT_TAGS, _UNLIKELY, False))
    paid = paid_parts(selector)  # the article's own non-free part, whatever its box's class says
    found: MainText | None = None
    photo_chars: list[int] = []  # the captions' text the first reading left out: figures, and caption/gallery boxes

    def captions_text(first: _Page, lead: Sequence[Block] = ()) -> int:
        if not photo_chars:
            figures = sum(len(b.text) for b in every if b.flagged)
            boxed = _photo_box_blocks(first, root, lead)
            photo_chars.append(figures + sum(len(b.text) for b in boxed))
        return photo_chars[0]

    first_page: _Page | None = None
    for index, (walked, never, unlikely, ledes) in enumerate(readings):
        if index == 2 and (found is not None or first_page is None or not first_page.teasers):
            break  # the other stories' ledes are read only when the page has no story without them (a listing)
        if index == 1 and first_page is not None and not captions_text(first_page):
            continue  # no caption text: the gallery reading would find the same
        page = _Page(scope, walked, never, unlikely, paid, ledes)
        first_page = first_page or page
        blocks = _main_blocks(page)
        texts, cut_intro = _trim(blocks)
        chars = sum(len(t) for t in texts)
        if chars >= _MIN_BODY_CHARS and (found is None or chars > _GALLERY_GAIN * sum(len(t) for t in found.blocks)):
            start = next(b for b in blocks if texts[0].startswith(b.text))
            end = next(b for b in reversed(blocks) if texts[-1].endswith(b.text))
            found = MainText(texts, (scope, start.owner, end.owner), _edge_lines(walked, start, end), cut_intro)
            # A short lead over a page of captioned photos (a photo story: detik's foto-news) is read with its
            # captions when they hold more of the page's text than the lead.
            if index or chars >= SHORT_LEAD_CHARS or captions_text(page, blocks) <= chars:
                break
    return found or MainText([])


# A photo story says so: its structured data's type, its URL's section, its headline's "FOTO:" label.
_PHOTO_STORY_TYPES = re.compile(r'"@type"\s*:\s*(?:\[[^\]]*)?"(?:ImageGallery|MediaGallery|Photograph)"')
# A section of the path ("/foto/", "/galeri/", detik's "/foto-news/" and 2010-16 "/readfoto/"), not a slug opening with
# the word ("/berita/foto-viral-pria-bawa-golok-ternyata-hoaks" is a story about a photo; h41 probe).
_PHOTO_STORY_PATH = re.compile(r"^https?://[^/]+/(?:[^?#]*/)?(?:read-?)?(?:foto|photo|photos|galeri|gallery|potret)"
                               r"(?:-(?:news|berita|story|stories))?(?:/|$)", re.IGNORECASE)
_PHOTO_STORY_HEADLINE = re.compile(r"^\s*(?:foto|galeri|gallery|photo|potret)\s*[:|]", re.IGNORECASE)


def _photo_box_blocks(page: _Page, root: etree._Element, lead: Sequence[Block] = ()) -> list[Block]:
    """The prose blocks the first reading left out only for a photo box around them (caption, gallery, thumb: a
    gallery's "div.gallery-item > p.caption", no figure element) — on a page that is a photo story (says_photo_story),
    or one whose only text beside the headline is in three or more such boxes, or three or more of them in the story's
    own region under the first reading's ``lead`` (_own_photo_boxes). [] otherwise."""
    boxed = [b for b in page.blocks if _is_prose(b) and not page.block_kept(b, page.scope) and _only_photo_boxed(b, page)]
    if not boxed:
        return []
    if says_photo_story(root) or (len(boxed) >= _PHOTO_STORY_CAPTIONS
                                   and not any(_prose_score(b) for b in page.blocks if page.block_kept(b, page.scope))):
        return boxed
    return _own_photo_boxes(page, boxed, lead)


def _own_photo_boxes(page: _Page, boxed: list[Block], lead: Sequence[Block]) -> list[Block]:
    """A photo story's captions in gallery boxes beside its short lead (h306 B: nusabali's photo pages, "<div
    class='entry-box'><p>DENPASAR, NusaBali - …</p><div class='gallery-item'><img><div class='gallery-caption'>…"
    under a /berita/ URL, no photo-story signal): the boxed blocks inside the box holding the lead, in no box there
    with an h2-h4 title of its own (dom.in_story_region: "Galeri Lainnya" over other stories' photos), three or more,
    no paragraph of the lead after the first of them (photos set in a prose story, whose captions are no body: the
    site containers' rule, extract._photo_story_blocks). The caller still asks for a short lead and captions holding
    more text than it."""
    owners = [b.owner for b in lead if _is_prose(b)]
    if not owners:
        return []
    container: etree._Element | None = owners[0]
    for owner in owners[1:]:
        container = common_ancestor(container, owner) if container is not None else None
    if container is not None and container.tag in _PARAGRAPH_TAGS:  # a one-paragraph lead: the box holding it
        container = container.getparent()
    if container is None or container is page.scope:
        return []
    # Inside the lead's own box only: a gallery box beside a short story's box, unsigned, stays out (h38 probe,
    # test_a_caption_box_beside_a_short_story_stays_out).
    own = [b for b in boxed if any(node is container for node in b.owner.iterancestors())
           and in_story_region(b.owner, container)]
    # (h308 B) only a caption or gallery box of the story's own photos: no "thumb" (a video playlist's, a product
    # strip's), no item linking another page or carrying a date (another story's card), no strip titled by a label.
    items = [_photo_item(b.owner, container) for b in own]
    own = [b for b, item in zip(own, items) if _caption_boxed(b.owner, container) and not _listing_card(item)]
    if len(own) < _PHOTO_STORY_CAPTIONS or _titled_strip(container, owners[-1], _photo_item(own[0].owner, container)):
        return []
    # (h311 B) a widget of other photos reads as one by any text of its own beside the captions (a title of any tag
    # or class: "<div class='box-head'><span>Foto Pilihan</span>", "<h5>Galeri</h5>", "Photo Gallery", a linked
    # "FOTO") or a link on its box; the story's own photos carry their captions only (nusabali's gallery-items).
    kept = [_photo_item(b.owner, container) for b in own]
    if _strip_text(container, owners[-1], kept[-1]) or _linked_strip(container, kept):
        return []
    position = {id(b): index for index, b in enumerate(page.blocks)}
    first = position[id(own[0])]
    if any(position.get(id(b), -1) > first for b in lead if _is_prose(b)):
        return []
    return own


_PHOTO_STORY_CAPTIONS = 3


# A caption or gallery box's class/id word (not "thumb": a playlist's or a product strip's thumbnails, h308 B2/B3).
_CAPTION_BOX = re.compile(r"caption|gallery|galeri", re.IGNORECASE)
# A link an own photo may carry: an anchor, a script, its image file (a lightbox).
_PHOTO_OWN_LINK = re.compile(r"^(?:#|javascript:)|\.(?:jpe?g|png|gif|webp|avif)(?:[?#].*)?$", re.IGNORECASE)
# A strip's title-like label (h308 B1/B2/B5): "Foto Lainnya", "Galeri Foto", "Video Lainnya".
_STRIP_TITLE_CLASS = re.compile(r"(?:^|[-_])(?:label|title|heading|judul)$", re.IGNORECASE)
_STRIP_TITLE_TEXT = re.compile(r"(?:foto|galeri|gallery|video|berita|photos?)\s+(?:lainnya|lain|terkait|terbaru|foto)",
                               re.IGNORECASE)
_STRIP_TITLE_CHARS = 40


def _photo_item(element: etree._Element, container: etree._Element) -> etree._Element:
    """The photo's box holding ``element`` (a caption): its nearest ancestor below ``container`` holding an <img>."""
    node = element
    while node.getparent() is not None and node.getparent() is not container:
        if next(node.iter("img"), None) is not None:
            return node
        node = node.getparent()
    return node


def _caption_boxed(element: etree._Element, container: etree._Element) -> bool:
    """Whether a box between ``element`` and ``container`` is named a caption or gallery box."""
    node: etree._Element | None = element
    while node is not None and node is not container:
        if _CAPTION_BOX.search(f"{node.get('class') or ''} {node.get('id') or ''}"):
            return True
        node = node.getparent()
    return False


def _listing_card(item: etree._Element) -> bool:
    """Whether a photo box reads as a listing's card of another page: a link to another page on its image or
    caption (h308 B1: "Foto Lainnya" photos linking /foto/…), or a short date line ("16 Mar 2018 21:00")."""
    if any((link.get("href") or "").strip() and not _PHOTO_OWN_LINK.search((link.get("href") or "").strip())
           for link in item.iter("a")):
        return True
    return any(len(text) <= _STRIP_TITLE_CHARS and read_date(text) is not None
               for text in (collapse_ws(piece) for piece in item.itertext()) if text)


# An attribute making a box a link (h311 B1/B3): "<div onclick=\"location.href='/foto/1'\">", "data-href".
_BOX_LINK_ATTRIBUTES = ("onclick", "data-href", "data-url", "data-link")


def _links_elsewhere(element: etree._Element) -> bool:
    """Whether ``element`` carries a link attribute (_BOX_LINK_ATTRIBUTES) or a link to another page (not an anchor,
    a script, an image file)."""
    if any((element.get(name) or "").strip() for name in _BOX_LINK_ATTRIBUTES):
        return True
    href = (element.get("href") or "").strip() if element.tag == "a" else ""
    return bool(href) and not _PHOTO_OWN_LINK.search(href)


def _linked_strip(container: etree._Element, items: Sequence[etree._Element]) -> bool:
    """Whether the photo boxes' own box below ``container`` (the strip) or any of the ``items`` links elsewhere,
    on itself or inside (h311 B1/B3/B5: items linked by onclick or data-href, the strip's title linking /foto/)."""
    strip = items[0]
    for item in items[1:]:
        strip = common_ancestor(strip, item)
        if strip is None:
            return False
    if strip is container:
        return any(_links_elsewhere(node) for item in items for node in item.iter(etree.Element))
    boxes = []
    for box in strip.iterancestors():
        if box is container:
            break
        boxes.append(box)
    return any(_links_elsewhere(node) for node in (*strip.iter(etree.Element), *boxes))


def _strip_text(container: etree._Element, lead_end: etree._Element, last: etree._Element) -> bool:
    """Whether ``container`` holds text after the lead (ending in ``lead_end``) up to the end of the ``last`` photo
    box that is no photo's caption (_in_photo_caption): a strip's title or label of any tag or class (h311 B)."""
    order: dict[etree._Element, int] = {}
    for index, node in enumerate(container.iter()):
        order[node] = index

    def end(node: etree._Element) -> int:
        return max(order.get(child, order[node]) for child in node.iter())
    start, stop = end(lead_end), end(last)
    for text in container.xpath(".//text()"):
        holder = text.getparent()
        if holder is None or not collapse_ws(text):
            continue
        if text.is_tail:
            position, within = end(holder) + 0.5, holder.getparent()
        elif isinstance(holder.tag, str):
            position, within = order.get(holder, -1), holder
        else:
            continue
        if within is None or within.tag in ("script", "style", "noscript"):
            continue
        if start < position < stop + 0.5 and not _in_photo_caption(within, container):
            return True
    return False


def _in_photo_caption(element: etree._Element, container: etree._Element) -> bool:
    """Whether ``element`` is inside one photo's box (the nearest box holding an <img> holds that one only) under a
    caption or gallery box's class (_CAPTION_BOX) on the way: a strip's own title sits in the box of all its photos."""
    node: etree._Element | None = element
    named = False
    while node is not None and node is not container:
        named = named or bool(_CAPTION_BOX.search(f"{node.get('class') or ''} {node.get('id') or ''}"))
        images = sum(1 for _ in node.iter("img"))
        if images:
            return images == 1 and named
        node = node.getparent()
    return False


def _titled_strip(container: etree._Element, lead_end: etree._Element, first: etree._Element) -> bool:
    """Whether a title-like element stands between the lead and the first photo box in ``container``: a class
    naming a label or title, a lone bold paragraph, "Foto/Galeri/Video Lainnya" (h308 B1, B2, B5): a strip of
    other photos titled as in_story_region's h2-h4 title would title it."""
    seen_lead = False
    lead_nodes = set(lead_end.iter())
    for node in container.iter(etree.Element):
        if node is first:
            return False
        if node is lead_end:
            seen_lead = True
        if not seen_lead or node in lead_nodes:
            continue
        text = collapse_ws("".join(node.itertext()))
        if not text or len(text) > _STRIP_TITLE_CHARS:
            continue
        classes = f"{node.get('class') or ''} {node.get('id') or ''}".split()
        bold = node.tag == "p" and any(collapse_ws("".join(child.itertext())) == text
                                       for child in node if child.tag in ("strong", "b"))
        if bold or _STRIP_TITLE_TEXT.search(text) or any(_STRIP_TITLE_CLASS.search(word) for word in classes):
            return True
    return False


def _only_photo_boxed(block: Block, page: _Page) -> bool:
    """Whether every box that skips a block is one the gallery reading keeps (its class/id names a photo box only)."""
    element = block.owner
    while element is not None and element is not page.scope:
        if page.is_skipped(element) and _is_unlikely(element, _UNLIKELY_IN_GALLERY):
            return False
        element = element.getparent()
    return True


def says_photo_story(root: etree._Element) -> bool:
    """Whether the page calls itself a photo story: JSON-LD ImageGallery, og:type of a gallery, a /foto/ or
    /galeri/ URL (canonical, og:url), a "FOTO:" headline."""
    urls, titles = [], [root.xpath("string(//head/title)") or ""]
    for element in root.iter("meta", "link"):
        key = (element.get("property") or element.get("name") or element.get("rel") or "").lower()
        if key == "og:type" and (element.get("content") or "").lower() in ("gallery", "photo", "image", "photo_gallery"):
            return True
        if key in ("og:url", "canonical"):
            urls.append(element.get("content") or element.get("href") or "")
        elif key in ("og:title", "twitter:title"):
            titles.append(element.get("content") or "")
    if any(_PHOTO_STORY_PATH.match(url) for url in urls) or any(_PHOTO_STORY_HEADLINE.match(t) for t in titles):
        return True
    return any(script.text and _PHOTO_STORY_TYPES.search(script.text) for script in root.iter("script")
               if (script.get("type") or "").lower() == "application/ld+json")


def _main_blocks(page: _Page) -> list[Block]:
    if not page.total_prose:
        return []
    scores = _candidate_scores(page)
    if not scores:
        return []
    top = _this_story_top(page, scores)
    blocks: list[Block] = []
    containers = _containers(page, top, scores)
    for container in containers:
        blocks.extend(page.blocks_in(container))
    # A lead paragraph written as the parent's own text before the nested rest of the story
    # ("<div>JAKARTA - …<div>…</div></div>"): the parent's own prose joins, in page order.
    parent = _wrapping_parent(containers[0], page.scope)
    if parent is not None and parent is not page.scope and all(
            _wrapping_parent(c, page.scope) is parent for c in containers):
        own = [b for b in page.blocks if b.owner is parent and _is_prose(b)]
        dateline = _box_dateline(page.blocks, parent, blocks)
        if own or dateline:
            chosen = {id(b) for b in blocks} | {id(b) for b in own} | ({id(dateline)} if dateline else set())
            blocks = [b for b in page.blocks if id(b) in chosen]
    return blocks


def _box_dateline(page_blocks: Sequence[Block], parent: etree._Element, picked: Sequence[Block]) -> Block | None:
    """The story box's own bare dateline over the picked blocks ("<div><strong>Jakarta</strong> - <figure>…</figure>
    <p>…"): the gallery reading of a photo story whose slides share the story's box picks the slides and the <p>, not
    the box (h293 D3 variant). Only the one standing before the lead (the first picked block no caption), over a lead with no dateline of its own (h298: a
    location field over "JAKARTA, KOMPAS.com - …" would be the dateline twice; a live report's later "Bandung -" is
    no lead's)."""
    lead = next((b for b in picked if not (b.flagged or in_caption(b.owner))), None)
    if lead is None or _dateline_lead(lead.text):
        return None
    dateline = None
    for block in page_blocks:  # page order: the last one before the lead, past the captions
        if block is lead:
            return dateline
        if block.owner is parent and _BARE_DATELINE.fullmatch(block.text):
            dateline = block
    return None


def _this_story_top(page: _Page, scores: dict[etree._Element, float]) -> etree._Element:
    """The best candidate of this page's own story. An infinite-scroll template renders the next story in full below
    this one (its own <article>, h1, date and byline; h38 probe): when the next one is longer, its body outscores this
    one's. The page names its story (og:title, JSON-LD headline, <title>): the h1 that says it is this story's
    headline, and a candidate whose first paragraph sits under another h1 after it (or in another <article> headed by
    another h1) is the next story's. The best candidate left wins; when none is left, the best one."""
    ranked = sorted(scores, key=scores.__getitem__, reverse=True)
    # A next story's preview (its <article> headed by its linked headline) is not this page's story.
    ranked = [c for c in ranked if not headed_by_another_story(c)] or ranked
    own = _own_headline(page.scope)
    if own is None:
        return ranked[0]
    order = PageOrder(page.scope.getroottree().getroot())
    for candidate in ranked:
        if not _under_another_headline(page, candidate, own, order):
            return candidate
    return ranked[0]


def _own_headline(scope: etree._Element) -> etree._Element | None:
    """The h1 that says the page's headline, when another h1 with another text follows it (else None: no rival)."""
    h1s = [(h1, _words(text_within(h1, _HEADLINE_CHARS) or "")) for h1 in scope.iter("h1")]
    if len(h1s) < 2:
        return None
    named = _named_headlines(scope.getroottree().getroot())
    own = next((index for index, (_, words) in enumerate(h1s) if any(_says(words, n) for n in named)), None)
    if own is None or not any(words and not any(_says(words, n) for n in named) for _, words in h1s[own + 1:]):
        return None
    return h1s[own][0]


_HEADLINE_CHARS = 300
_TEXT_WORDS = re.compile(r"\w+")
_LD_HEADLINE = re.compile(r'"headline"\s*:\s*"((?:[^"\\]|\\.){1,300})"')


def _words(text: str) -> list[str]:
    return _TEXT_WORDS.findall(text.casefold())


def _named_headlines(root: etree._Element) -> list[list[str]]:
    """The headline as the page names it: og:title, twitter:title, JSON-LD headline, <title> (words)."""
    texts = [root.xpath("string(//head/title)") or ""]
    for meta in root.iter("meta"):
        if (meta.get("property") or meta.get("name") or "").lower() in ("og:title", "twitter:title"):
            texts.append(meta.get("content") or "")
    for script in root.iter("script"):
        if (script.get("type") or "").lower() == "application/ld+json" and script.text:
            texts.extend(_LD_HEADLINE.findall(script.text))
    return [words for words in map(_words, texts) if len(words) >= 2]


def _says(h1: list[str], named: list[str]) -> bool:
    """Whether an h1's words are the named headline's, the outlet or rubric around either aside (a few words, fewer
    than the headline's own: a masthead h1 "Kabar Kita" is no headline of "Gubernur … - Kabar Kita")."""
    if len(h1) < 2:
        return False
    shorter, longer = (h1, named) if len(h1) <= len(named) else (named, h1)
    if len(longer) - len(shorter) > min(_HEADLINE_AFFIX_WORDS, len(shorter)):
        return False
    return any(longer[start:start + len(shorter)] == shorter for start in range(len(longer) - len(shorter) + 1))


_HEADLINE_AFFIX_WORDS = 8


def _under_another_headline(page: _Page, candidate: etree._Element, own: etree._Element, order: PageOrder) -> bool:
    """Whether a candidate is another story's: it does not hold this story's h1, and its first prose block comes
    after an h1 that follows this story's (none of this story's subheadings: an h1 inside the candidate after its
    first paragraph is one), or sits in another <article> than the headline's."""
    if candidate is own or any(a is candidate for a in own.iterancestors()) or order[candidate] < order[own]:
        return False
    first = next((b.owner for b in page.blocks if _prose_score(b) and page.block_kept(b, candidate)), None)
    if first is None:
        return False
    if any(h.tag == "h1" for h in order.headings_between(own, first)):
        return True
    mine, theirs = _article_of(own), _article_of(first)
    return mine is not None and theirs is not None and mine is not theirs \
        and not any(a is mine for a in theirs.iterancestors()) and any(True for _ in theirs.iter("h1"))


def _article_of(element: etree._Element) -> etree._Element | None:
    return next((a for a in (element, *element.iterancestors()) if a.tag == "article"), None)


def _edge_lines(walked: list[Block], start: Block, end: Block) -> tuple[list[str], list[str]]:
    """Short, mostly unlinked blocks before the body's first block (up to _EDGE_LINES, or from the h1 when it
    is within _HEADLINE_REACH blocks) and up to _EDGE_LINES after its last. A byline-and-date line is one however
    long its credits (cleaning.byline_date_line: The Jakarta Post 2013's 109-character "Andi Wijaya and Hasyim
    Rahmanto, The Jakarta Post, Jakarta/Makassar | Headlines | Wed, June 19 2013, 10:44 AM", h153 probe), and so is
    any line cleaning cuts as a byline (cleaning.is_byline_line: its names fit, cleaning.byline_fits): tribun's
    95-character "Laporan Wartawan TribunJabar.id, Nazmi Abdurrahman, Cipta Permana dan Muhamad Syarif Abdussalam" was
    cut from the body and read by no credit reader (h273 A)."""
    first = next((i for i, b in enumerate(walked) if b is start), None)
    last = next((i for i in range(len(walked) - 1, -1, -1) if walked[i] is end), None)
    if first is None or last is None:
        return [], []

    def short(blocks: list[Block]) -> list[str]:
        return [b.text for b in blocks if (len(b.text) <= _EDGE_LINE_CHARS or byline_date_line(b.text)
                                           or is_byline_line(b.text))
                and b.link_density <= _MAX_PROSE_LINK_DENSITY]
    # From the headline on when it is near: the byline line under the h1 may sit above a share box's lines.
    low = max(0, first - _EDGE_LINES)
    headline = next((i for i in range(low - 1, max(0, first - _HEADLINE_REACH) - 1, -1) if walked[i].owner.tag == "h1"), None)
    return short(walked[low if headline is None else headline:first]), short(_signoff_blocks(walked[last + 1:], end))


def _signoff_blocks(after: list[Block], end: Block) -> list[Block]:
    """The blocks after the body's last one that may be its sign-off (up to _EDGE_LINES). A heading opens another
    section, so the lines stop at the first one (h122 probe: a related box's "RELATED ARTICLES", the reply form's
    "LEAVE A REPLY" / "Tinggalkan Balasan" in an h4, read as the author); a block in the readers' comments or their
    reply form (dom.in_comments) or in a boilerplate box (a related-posts block, a newsletter box: _is_unlikely on
    an ancestor that does not hold the body's end) is skipped: none is the article's own text."""
    kept: list[Block] = []
    for block in after[:_EDGE_LINES]:
        side = _beside_story(block.owner, end.owner)
        if side == "heading":
            break
        if side is None and not in_comments(block.owner):
            kept.append(block)
    return kept


_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def _beside_story(element: etree._Element, story: etree._Element) -> str | None:
    """"heading" when ``element`` is or sits in a heading, "box" when in a boilerplate box (_is_unlikely), either
    below the element holding it and ``story``; else None."""
    holder = common_ancestor(element, story)
    for node in (element, *element.iterancestors()):
        if node is holder:
            return None
        if node.tag in _HEADING_TAGS:
            return "heading"
        if _is_unlikely(node):
            return "box"
    return None


def _byline(scope: etree._Element, start: etree._Element, end: etree._Element) -> list[str]:
    """Names of the labelled byline nearest the body: the last one before its first block, or the
    first one from its start on (inside the body or after it), whichever is closer."""
    position = 0
    start_at = end_at = None
    before: tuple[int, list[str]] | None = None
    after: tuple[int, list[str]] | None = None
    named: etree._Element | None = None  # the holder of the last labelled line that named someone
    for element in scope.iter():
        position += 1
        if element is start:
            start_at = position
        if element is end:
            end_at = position
        if end_at is not None and position - end_at > _BYLINE_REACH:
            break
        for text, holder in ((element.text, element), (element.tail, element.getparent())):
            if not text or holder is None or not _BYLINE_LABEL.search(text):
                continue
            names = _byline_names(holder)
            if names and named is not None and _role_line_under(named, holder):
                # the writer's role line under the byline's name in its card: an affiliation, no byline of its own
                continue
            if names and in_side_box(holder):
                # another story's card ("Penulis: X" under its linked headline), above or below this one, a sidebar's
                # column box ("Oleh: Rhenald Kasali" over its teaser: h166 probe), the comments: dom.in_side_box
                continue
            if names and _in_info_box(holder):
                # a review's book or film box under the story ("Judul: A" / "Penulis: B" / "Penerbit: C"): the book's
                # or the script's writer, no byline (h281; cleaning.in_info_box)
                continue
            if names and start_at is None:
                before = (position, names)
            elif names and after is None:
                after = (position, names)
            if names:
                named = holder
    if start_at is None:
        return []
    candidates = []
    if before is not None and start_at - before[0] <= _BYLINE_REACH:
        candidates.append((start_at - before[0], before[1]))
    if after is not None:
        candidates.append((max(0, after[0] - (end_at or after[0])), after[1]))
    return min(candidates, key=lambda c: c[0])[1] if candidates else []


# A line led by a writer's role word with no colon after it ("Wartawan Senior Republika", "Penulis Lepas di Jakarta"):
# a role, read as a label only when no byline named the writer just before it (see _role_line_under).
_BARE_ROLE_LED = re.compile(r"(?i:penulis|reporter|pewarta|wartawan|kontributor)(?![^\n:]{0,40}:)[^\S\n]+[A-Z]")
# How far up from the name's block the card's next line is looked for (the name's <div>, the card's inner box).
_CARD_LEVELS = 3


def _role_line_under(named: etree._Element, holder: etree._Element) -> bool:
    """Whether ``holder``'s text is a writer's role line right under the byline ``named`` holds, in its card: it opens
    with a role word and no colon (_BARE_ROLE_LED) and is the first text after the byline's block (or one of its
    nearest ancestors) among its siblings. A columnist's card prints "Oleh: Ikhwanul Kiram Mashuri" over "Wartawan Senior
    Republika" (republika 2016's kolom-profil, h300 C03): the line is the writer's affiliation; read as a byline of its
    own ("Wartawan: Senior Republika") it was the nearest and named no person, so the card named no one."""
    text = text_within(holder, _BYLINE_TEXT_CHARS)
    if not text or not _BARE_ROLE_LED.match(text):
        return False
    element: etree._Element | None = named
    while element is not None and element.tag not in BLOCK_TAGS:  # the label's <span>: the name's line is its block's
        element = element.getparent()
    for _ in range(_CARD_LEVELS):
        if element is None:
            return False
        sibling = element.getnext()
        while sibling is not None and not (isinstance(sibling.tag, str) and (text_within(sibling, 4 * _BYLINE_TEXT_CHARS)
                                                                             or "").strip()):
            sibling = sibling.getnext()
        if sibling is not None:
            return sibling is holder or any(ancestor is sibling for ancestor in holder.iterancestors())
        element = element.getparent()
    return False


def _in_info_box(element: etree._Element) -> bool:
    """Whether a labelled line is a field of a book's or a film's info box (cleaning.in_info_box): its element's lines
    ("Judul: A<br>Penulis: B<br>Penerbit: C"), else its element and its sibling elements, one line each."""
    text = text_within(element, _BYLINE_TEXT_CHARS * 4)
    lines = text.split("\n") if text else []
    if len(lines) > 1:
        return any(_BYLINE_LABEL.search(line) and in_info_box(lines, index) for index, line in enumerate(lines))
    parent = element.getparent()
    if parent is None:
        return False
    siblings = [child for child in parent if isinstance(child.tag, str)]
    texts = [text_within(child, _BYLINE_TEXT_CHARS * 4) or "" for child in siblings]
    return in_info_box(texts, siblings.index(element))


def _byline_names(element: etree._Element) -> list[str]:
    """"Oleh : Maya Sofia" → ["Maya Sofia"], from the element or its parent (a label cell and a name cell)."""
    for _ in range(2):
        if element is None or not isinstance(element.tag, str) or element.tag in TEXTLESS_TAGS:
            return []  # an <svg> icon's <title>Penulis</title> labels no name of its own
        # Its elements' texts apart: the byline's name and the date line's label in the next <span> are two words,
        # never one ("Rina MarlinaTerbit", h251 probe).
        text = text_within(element, _BYLINE_TEXT_CHARS, apart=True)
        if text is None:
            return []
        if "\n" not in text and next(element.iterdescendants(*_NAME_BLOCK_TAGS), None) is not None:
            # one block per line: a CMS field's items "<div>A</div><div>B</div>" are two names, never "AB" (Drupal's
            # "Penulis" field over its field--item divs: h170 probe)
            text = "\n".join(block.text for block in walk_blocks(element))
        match = _BYLINE.search(text)
        if match and (dated := without_date_after_name(text[match.start(1):])) != text[match.start(1):]:
            # the date line after the names ends them, its label or weekday no name's word ("Oleh Rina Marlina Update
            # 20 Juni 2024", "Penulis: Rina Marlina Rabu, 19 Juni 2024")
            match = _BYLINE.search(text := text[:match.start(1)] + dated)
        if match and " " not in match.group(1) and (
                _LONE_ACRONYM.fullmatch(match.group(1)) or _CUT_AT_BRACKET.match(text, match.end(1))):
            return []
        if match:
            names, rest = [match.group(1)], text[match.end(1):]
            while more := _MORE_NAMES.match(rest) or _NEXT_LINE_NAME.match(rest):  # "A dan B", "A & B", "A, B"
                names.append(more.group(1))
                rest = rest[more.end(1):]
            return names
        element = element.getparent()
    return []


# Block elements a labelled field lists its names in, one each.
_NAME_BLOCK_TAGS = ("div", "p", "li")
# A name alone on the next line of a labelled field (2-4 capitalised words, nothing else on the line).
# Not a line led by a writer's role word: the writer's role under the name ("Oleh: A<br>Wartawan Senior Republika", h300 C03).
_NEXT_LINE_NAME = re.compile(r"\n(?!(?i:editor|penyunting|redaktur|foto|fotografer|sumber|video|penulis|reporter|pewarta|"
                             r"wartawan|kontributor|jurnalis)\b)([A-Z][\w'\u2019.-]*(?:[^\S\n]+[A-Z][\w'\u2019.-]*){1,3})(?=[^\S\n]*(?:\n|$))")
