"""The one DOM block walker: an element tree → text blocks in reading order.

Used by ``extract.html_blocks`` (a site's body container) and by ``maintext`` (the whole page).
Block elements and every ``<br>`` run end a block; inline elements keep their text; each block
remembers the element holding it and how many of its characters sit inside links.

The walk is ITERATIVE (an explicit stack), so a hostile page nesting thousands of elements
(1,500 unclosed ``<font>``, 100k nested ``<div>``) costs time linear in its size and never a
RecursionError. Never read, wherever they are: SKIP_TAGS, social embeds (``blockquote.instagram-media``,
``.twitter-tweet``, ``blockquote.tiktok-embed``, YouTube wrappers) and small ad boxes (class/id
``ads``, ``iklan``, ``div-gpt-ad…``), interactive widgets (``widget_boxes``: a poll, its options inputs or links
to "#", a box of buttons, a labelled toggle, an audio or a video player with its title), a newsletter signup box (``signup_boxes``: an email
form under its heading and line), a follow-our-channel promo (``channel_promos``: a short line naming the outlet
and linking its WhatsApp channel, Telegram or Google News page), a product card (``product_cards``: a price line and a link to buy it), the outlet's own box closing the story
(``outlet_boxes``: a short box after the last paragraph naming the outlet and calling the reader to its site), a
digest over the story by its label (``digest_boxes``: "Ringkasan AI" over a list): their text is never the article's. When such a box splits a
paragraph (the HTML parser closes a ``<p>`` at a nested ``<div>``), the paragraph is joined again.

This module imports only the project's leaf modules (dates, urls, residue), so extract.py and maintext.py both import it.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Callable, Collection, Iterable, Iterator, NamedTuple, Sequence

from lxml import etree

from newscrawl.dates import EVENT_LABEL_PATTERN, MONTH_BY_NAME, WEEKDAY_BY_NAME, is_date_line, read_date
from newscrawl.residue import is_copy_link_label, names_public_body, normalized_residue_kind
from newscrawl.urls import (is_site_root, join_url, names_a_file, page_identity, registrable_domain, split_url,
                            url_host, valid_url)

__all__ = ["BLOCK_TAGS", "Block", "DATA_TABLE_MIN_ROWS", "in_caption", "in_entry_list", "in_fact_box", "PageOrder", "SKIP_TAGS", "TEXTLESS_TAGS", "another_story", "common_ancestor", "in_story_region",
           "headed_by_another_story", "LINE_MARK", "credit_box", "web_credit_only", "ListItemText", "block_text",
           "collapse_ws", "collapsed_lines", "drop_invisible", "INVISIBLE_PATTERN", "in_comments", "in_dialog", "in_side_box", "in_teaser", "is_dialog", "own_site_story_card",
           "SIDE_BOX_WORDS",
           "COMMENT_WORDS",
           "AUTHOR_BOX_WORDS", "author_boxes", "inline_related_links", "is_noise_box", "product_cards", "text_pieces", "text_within", "walk_blocks", "widget_boxes", "signup_boxes", "channel_promos", "outlet_boxes", "links_site_homes", "home_link_lines", "links_other_site", "other_site_link_lines", "links_own_article", "own_pager_lines", "number_pager_line", "links_no_story",
           "digest_boxes", "DIGEST_LABEL_RE", "topic_link_texts", "class_words", "element_marks", "mark_words", "content_words", "filled_containers", "announces"]


def class_words(*words: str) -> str:
    """A regex alternation of class/id words, each word's parts joined as themes join them: by "-", "_" or nothing.
    "author-box" matches author-box, authorbox and tagDiv's tdb_single_author_box; "baca-juga" baca_juga. The one
    spelling of such joins for every class-word pattern (maintext's boilerplate words, the ad tokens here)."""
    return "|".join(word.replace("-", "[-_]?") for word in words)

# A CSS module's class token, as Next.js and CRA emit them: "[module]_[local]__[hash]" ("detail_promo__f7Gh8",
# "Ads_container__aB3dE"). The module is the component's name and says what the component is ("Ads", "RelatedNews",
# "LiveBlog", "TopBar"); the local name says what the element is within it. The hash is the bundler's: five characters
# or more, one a capital or a digit. A BEM element ("news_detail__content", "article_body__ads-inline") has words there.
_CSS_MODULE_TOKEN = re.compile(r"(?P<module>[A-Za-z0-9]+)_(?P<local>[A-Za-z0-9]+)__(?=[\w-]*[A-Z0-9])[A-Za-z0-9_-]{5,}")
# A word boundary inside a camelCase name ("NativeAd", "relatedList"): read as themes join words, by "-".
_CAMEL_JOIN = re.compile(r"(?<=[a-z])(?=[A-Z])")


def mark_words(*values: str | None, modules: bool = True) -> str:
    """Class/id values joined as their words are read: a CSS module's token as its module's and its local name's words,
    camelCase joins read as "-" ("NativeAd_card__Hj8Kl" → "Native-Ad card", "LiveBlog_entry__aB1cD" → "Live-Blog
    entry"), two tokens so that a content word of one never names the other a story's ("detail_promo__f7Gh8" →
    "detail promo": a promotion's box, h129). Without ``modules``, the local names only: what a content word may rescue
    ("detail_promo__f7Gh8" → "promo"). Every reader of words in class and id tokens reads them through this
    (``element_marks``)."""
    text = " ".join(value for value in values if value)
    if "has-" in text:
        # A state flag says what the element has, not what it is: WordPress's post_class() marks every post with a
        # featured image "has-post-thumbnail" (read as a thumbnail box, the whole <article> was skipped, h227 c15);
        # block themes' "has-text-align-center", "has-comments".
        text = " ".join(token for token in text.split() if not token.startswith("has-"))
    if "__" not in text:
        return text
    words = []
    for token in text.split():
        if match := _CSS_MODULE_TOKEN.fullmatch(token):
            if modules:
                words.append(_CAMEL_JOIN.sub("-", match.group("module")))
            token = _CAMEL_JOIN.sub("-", match.group("local"))
        words.append(token)
    return " ".join(words)


def element_marks(element: etree._Element, ident: bool = True) -> str:
    """An element's class and (with ``ident``) id tokens, as their words are read (``mark_words``)."""
    return mark_words(element.get("class"), element.get("id") if ident else None)


# Custom elements of embeds and AMP widgets: their text (if any) is the widget's.
EMBED_TAGS = frozenset(
    {"lite-youtube", "amp-youtube", "amp-instagram", "amp-twitter", "amp-facebook", "amp-ad", "amp-embed",
     "amp-iframe", "amp-img", "amp-video", "amp-tiktok"}
)
# Elements whose text is never article text.
SKIP_TAGS = frozenset(
    {"script", "style", "noscript", "iframe", "ins", "svg", "button", "form", "input", "select",
     "textarea", "template", "video", "audio", "object", "embed", "canvas", "img", "picture",
     "source", "head", "meta", "link", "nav"}
) | EMBED_TAGS
# Replaced and embedded elements, never read: each still stands between the words around it, as on screen (a player's
# "Dengarkan berita<audio></audio>00:00 / 02:31" reads "Dengarkan berita 00:00 / 02:31", h126 probe). Before a word
# only: never before punctuation ("batin<img class=emoji>,”" reads "batin,”", h132 probe); and an emoji, an icon or a
# 1x1 tracking pixel (not _photo) separates nothing.
_WORD_SEPARATING_TAGS = frozenset(
    {"img", "picture", "audio", "video", "iframe", "object", "embed", "canvas", "button", "input", "select", "textarea"}
) | EMBED_TAGS
# Elements that start and end a paragraph; everything else is inline.
BLOCK_TAGS = frozenset(
    {"p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
     "ol", "blockquote", "table", "tbody", "thead", "tr", "td", "th", "figure", "figcaption",
     "header", "footer", "aside", "pre", "dl", "dt", "dd", "center", "hr", "address", "details",
     "summary", "caption"}
)
# Invisible characters inside words, removed (never a space: "Jakar\u200bta" reads "Jakarta"): zero-width space,
# word joiner, BOM, soft hyphen, left-to-right/right-to-left/Arabic letter marks. The joiners are removed too, but
# where they join: ZWJ inside an emoji sequence (👨\u200d👩\u200d👧, 🏳️\u200d🌈 are one glyph each), and ZWJ/ZWNJ
# between letters of a script that writes them (Persian "می\u200cخواهم", Devanagari, Javanese…).
# The one policy: cleaning.normalize_text removes by the same pattern.
_PICTOGRAPHS = "\u00a9\u00ae\u203c\u2049\u2122\u2139\u2194-\u21ff\u2300-\u23ff\u25a0-\u27bf\u2900-\u297f\u2b00-\u2bff" \
               "\U0001f000-\U0001faff"
# Arabic script; Brahmic scripts of South and Southeast Asia (Devanagari … Sinhala, Myanmar, Khmer, Balinese,
# Sundanese, Javanese).
_JOINING_SCRIPTS = "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefe\u0900-\u0dff\u1000-\u109f" \
                   "\u1780-\u17ff\u1b00-\u1bbf\ua980-\ua9df"
INVISIBLE_PATTERN = (
    "[\u200b\u2060\ufeff\u00ad\u200e\u200f\u061c]"
    f"|(?<![{_JOINING_SCRIPTS}{_PICTOGRAPHS}\ufe0f])\u200d|\u200d(?![{_JOINING_SCRIPTS}{_PICTOGRAPHS}])"
    f"|(?<![{_JOINING_SCRIPTS}])\u200c|\u200c(?![{_JOINING_SCRIPTS}])")
_INVISIBLE = re.compile(INVISIBLE_PATTERN)

# class tokens of social embeds (the publisher's embed code, and the wrappers CMSs put around it).
_EMBED_TOKEN = re.compile(
    r"instagram-media|twitter-tweet|twitter-timeline|twitter-video|tiktok-embed|fb-post|fb-video"
    # Threads' embed code: <blockquote class="text-post-media" data-text-post-permalink="…threads.net/@x/post/…">
    # (h20 probe, reconstructed from Threads' embed code)
    r"|text-post-media"
    # Facebook's own blockquote inside its fb-post/fb-video wrapper, left bare when a CMS drops the wrapper (h117 probe)
    r"|fb-xfbml-parse-ignore"
    # WordPress plugins' widgets inside a post's content (h17 probe, reconstructed): an embedded post (a "read also"
    # card), related posts (Related Posts for WP, Jetpack, YARPP, Contextual Related Posts), author boxes (Simple
    # Author Box), share rows (AddToAny, Jetpack sharing), tables of contents (Easy TOC, LuckyWP TOC)
    r"|wp-embedded-content|rp4wp-related-posts|jp-relatedposts|yarpp-related(?:-[\w-]+)?|crp_related"
    r"|saboxplugin-wrap|addtoany_share_save_container|addtoany_content|a2a_kit|sharedaddy|sd-sharing-enabled"
    # and 2013-2020 sites' share plugins, their counters drawn as text ("Share 12 Tweet 3 15", "Share this…12 3", "Share
    # 0 Tweet 0 Pin 0"; h287 A): AddThis's toolboxes, Simple Share Buttons Adder's box, ShareThis's inline row and its
    # old buttons ("st_sharethis_large")
    r"|addthis_(?:toolbox|sharing_toolbox|inline_share_toolbox)|ssba(?:-wrap)?|sharethis-inline-share-buttons"
    r"|st_sharethis(?:_\w+)?"
    r"|ez-toc-container|lwptoc"
    # and pull quotes, which repeat (or paraphrase) a sentence the story holds: Gutenberg's, tagDiv's, themes'
    r"|wp-block-pullquote|pullquote|pull-quote|td-pull-quote"
    # media players embedded in a story: their overlay title and controls are no story (VOA's Pangea CMS "wsw__embed"
    # holding a "c-mmp" player; h25 probe)
    r"|[\w-]+__embed|c-mmp(?:__[\w-]+)?|(?:media|video)[-_]?player"
    # a video card in the story (h155 probe, 2025: tribunnews "video-inline" with its "Video Pilihan" label and the
    # video's title, medcom "video-embed-inline" with "Simak Video Pilihan Berikut"): the word "video" then the card's
    # own, whole, and its parts ("video-inline__title"), never "videografer", "video-cards-list" or a note under the
    # video ("video-embed-note" holding the story's sentence, h158 probe)
    r"|video[-_](?:embed[-_])?(?:inline|card|embed)(?:__[\w-]+)?"
    r"|(?:embed|video)[-_]?(?:instagram|twitter|tiktok|youtube|facebook|ig|yt)"
    r"|(?:instagram|twitter|tiktok|youtube|facebook)(?:[-_]?(?:embed|video|wrapper|container|player|post))?",
    re.IGNORECASE)
# class/id tokens of ad slots: the ad word alone or as a dash-separated part ("ads-on-body", "box-iklan").
_AD_TOKEN = re.compile(
    r"(?:ads?|iklan|advert(?:isement|orial)?|adsbygoogle|gpt|dfp)(?:[-_][\w-]*)?"
    r"|[\w-]*[-_](?:ads?|iklan|gpt|dfp)(?:[-_\d][\w-]*)?"
    rf"|(?:{class_words('ad-slot', 'ad-unit', 'ad-box', 'ad-container', 'ad-wrapper')})[\w-]*",
    re.IGNORECASE)
# class tokens of photo captions and credits: "caption", "wp-caption-text", "photo-caption", "foto-credit"; and a photo's
# description, a photo word and a description word run together either way ("foto-desc", tempo's English 2015 pages;
# "photodesc", viva 2016; "img-description", "keterangan-foto", "desc-gambar"), alone or as a token's part
# ("article-foto-desc", "photo-desc__text"). A bare "desc"/"deskripsi"/"description" names no photo: inews' story box
# is "detail-desc", liputan6's newsletter box "newsletter__description" (h247 V7; measured over the real pages).
_PHOTO_WORD = r"(?:foto|photo|img|image|gambar|pic)"
_DESCRIPTION_WORD = r"(?:desc(?:ription)?|deskripsi|keterangan|ket)"
_CAPTION_TOKEN = re.compile(
    r"(?:(?:wp|img|image|photo|foto|pic|media|detail)[-_]?)?caption(?:[-_][\w-]*)?|[\w-]*[-_]caption"
    r"|(?:photo|foto)[-_]?credit|credit[-_]?(?:photo|foto)"
    rf"|(?:[\w-]*[-_])?(?:{_PHOTO_WORD}[-_]?{_DESCRIPTION_WORD}|{_DESCRIPTION_WORD}[-_]?{_PHOTO_WORD})(?:[-_][\w-]*)?",
    re.IGNORECASE)
# A caption's text as outlets open it: "Foto: dok. BPBD, 18 Juni 2024", "Foto/AP", "Ilustrasi: …".
_CAPTION_TEXT = re.compile(r"\s*(?:foto|photo|ilustrasi|illustration)\s*[:/]", re.IGNORECASE)
# How far up a caption's markup is looked for (a <p class=wp-caption-text>, a <span> in a <figcaption>).
_CAPTION_DEPTH = 4


def in_caption(element: etree._Element, text: str = "") -> bool:
    """Whether an element's text is a photo's caption or credit: inside a <figcaption> or an element whose class
    names a caption (``_CAPTION_TOKEN``), a few levels up at most, or a text opening "Foto:" / "Foto/…". Its date is
    the photo's ("Banjir rob di Tambak Lorok, Selasa (18/6/2024)."), never the article's date line."""
    if text and _CAPTION_TEXT.match(text):
        return True
    node: etree._Element | None = element
    for _ in range(_CAPTION_DEPTH):
        if node is None or not isinstance(node.tag, str):
            return False
        if node.tag.lower() == "figcaption" or any(_CAPTION_TOKEN.fullmatch(token)
                                                   for token in element_marks(node, ident=False).split()):
            return True
        node = node.getparent()
    return False


# class/id tokens of a breadcrumb trail ("breadcrumb", "breadcrumbs", "post-breadcrumb", and the misspellings
# "breadcome"/"breadcrump" seen on real pages): navigation, never the story, even inside its container.
_CRUMB_TOKEN = re.compile(r"[\w-]*bread[-_]?c(?:rumbs?|rump|ome)[\w-]*", re.IGNORECASE)
# class/id tokens of a summary box over the story ("Ringkasan Berita", "Poin Penting", key points, TL;DR,
# suara's "Baca 10 detik" box, class "ten-second"):
# the editor's or a model's digest of the story, not its text ("summary-article", "box-ringkasan").
# Summary and key-points boxes above a story ("ringkasan", Mongabay's "bulletpoints", h25 probe). Not Drupal's body
# field, "field--type-text-with-summary" (a text that may have a summary: the story itself; cna.id lost its whole body).
_SUMMARY_TOKEN = re.compile(
    r"(?![\w-]*with[-_]summary)(?:[\w-]*[-_])?(?:summary|ringkasan|intisari|rangkuman|poin[-_]?penting"
    r"|key[-_]?(?:points?|takeaways?)|bullet[-_]?points|takeaways?|tl[-_]?dr|ten[-_]?seconds?|sekilas|baca[-_]?cepat"
    r"|quick[-_]?read)(?:[-_][\w-]*)?", re.IGNORECASE)
_SUMMARY_BOX_MAX_CHARS = 1000
# The label of a digest over the story, whatever its box's class: "Ringkasan AI", "Poin Penting:", "Intisari:", "Summary
# by AI", "Highlights", "Sorotan", "In Brief" (2025 templates; h48 probe). The label alone: "Poin penting RUU KUHAP" is
# a story's subheading.
# A pictograph on either side of it and a badge after it are the template's: "✨ Ringkasan AI", "Rangkuman AI Beta" (detik's
# "<h4>Rangkuman AI</h4><span>Beta</span>"; h69 probe).
DIGEST_LABEL_RE = re.compile(
    rf"[{_PICTOGRAPHS}\ufe0f\s]*"
    r"(?:ai\s+)?(?:ringkasan|rangkuman|poin[\s-]+(?:penting|utama)|intisari|summary|highlights?|sorotan|in\s+brief"
    r"|key\s+(?:points|takeaways)|takeaways|tl;?\s*dr|sekilas|baca\s+cepat)(?:\s+(?:ai|berita|artikel))?"
    r"(?:\s+(?:by|oleh|dari)\s+ai)?\s*[:.]?"
    rf"(?:\s*[{_PICTOGRAPHS}\ufe0f]|\s*[(\[]?(?:beta|baru|new)[)\]]?)*\s*", re.IGNORECASE)
_DIGEST_LABEL_MAX_CHARS = 40
_NOT_NOISE, _EMBED, _AD, _CAPTION, _CRUMBS, _SUMMARY = 0, 1, 2, 3, 4, 5
_AD_BOX_MAX_CHARS = 300
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_SENTENCE_END = ".!?\"'\u201d\u2019\u2026:;"
# More of a block in links than this: a link line (a related link under its label), no paragraph cut short.
_LINK_LINE_SHARE = 0.5
# A label before a related link ("Baca juga:", "BACA JUGA :").
_LEADING_LABEL_RE = re.compile(r"[^:.!?]{1,30}:")
_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})

_noise_cache: dict[str, int] = {}

# An editor's note on the story, by its label: "Update pukul 21.00 WIB: Korban … bertambah menjadi sembilan orang.",
# "Ralat: Sebelumnya tertulis …", "Catatan redaksi: Judul berita ini diubah …" (EDITOR_NOTE_RE, with the text after the
# colon), or the label line alone over its paragraph ("Update 21.00 WIB": EDITOR_LABEL_LINE_RE, whole). The story's own
# text, never a kicker or a caption (h50 probe). "Update: Senin, 05 Mar 2024 21:00 WIB" is a header's date line: no
# sentence.
# The label line carries a time or a colon: a bare "UPDATE", "Koreksi" or "RALAT" is a kicker or a rubric (h52 probe).
# The press's record on the piece too (h149 probe): "Hak jawab: Berita ini telah diperbarui … setelah Radar Contoh
# menerima hak jawab dari PT Sinar Abadi.", "Klarifikasi: Pada versi sebelumnya …", "Hak koreksi: …". A bare "Catatan:"
# or "Disclaimer:" is a template's notice (residue's notice labels, investment disclaimers), no record of the story's.
_EDITOR_WORD = (r"(?:update|updated|pembaruan|pembaharuan|koreksi|ralat|correction|catatan\s+(?:redaksi|editor)"
                r"|editor'?s\s+note|hak\s+(?:jawab|koreksi)|klarifikasi)")
_EDITOR_TIME = r"\s+(?:pukul\s+)?\d{1,2}[.:]\d{2}(?:\s*(?:WIB|WITA|WIT))?"
EDITOR_NOTE_RE = re.compile(rf"{_EDITOR_WORD}(?:{_EDITOR_TIME})?\s*:\s*\S", re.IGNORECASE)
EDITOR_LABEL_LINE_RE = re.compile(rf"{_EDITOR_WORD}(?:{_EDITOR_TIME}\s*:?|\s*:)", re.IGNORECASE)


XML_SPACE = str.maketrans("\t\n\r", "   ")  # what XPath's normalize-space() splits on, besides " "


def collapse_ws(text: str | None) -> str:
    """Collapse every whitespace run (incl. NBSP) to one space; remove the invisible characters (``drop_invisible``)."""
    if not text:
        return ""
    # Without one of the invisible characters (never in ASCII text: isascii() is O(1)) split/join is all
    # there is to do, 4x faster than a regex (1.1 vs 4.5 us a text node, real pages).
    if text.isascii() or not ("\u200b" in text or "\u200c" in text or "\u200d" in text or "\u2060" in text
                              or "\ufeff" in text or "\u00ad" in text or "\u200e" in text or "\u200f" in text
                              or "\u061c" in text):  # the set spelled out: 5x faster than any()
        return " ".join(text.split())
    return " ".join(drop_invisible(text).split())


def drop_invisible(text: str) -> str:
    """``text`` without the invisible characters that sit inside words (``INVISIBLE_PATTERN``)."""
    return _INVISIBLE.sub("", text)


# The text beside a chip run's links (its label, "Lihat juga topik: "), separators aside, at most.
_CHIP_LABEL_MAX_CHARS = 20
# A block this much link is a box's line (a related headline, a menu item, a tag chip): cleaning.link_list_indexes.
BOX_LINE_LINK_DENSITY = 0.8


@dataclass(eq=False, slots=True)
class Block:
    """One paragraph of text, the element holding it, and its characters inside links."""

    text: str
    link_chars: int
    owner: etree._Element
    # Inside one of walk_blocks' ``flag_tags`` (maintext: a figure or its caption).
    flagged: bool = False
    # Of link_chars, those inside links to a tag, topic or search page (TOPIC_PAGE_URL).
    topic_link_chars: int = 0
    # How many such links, and whether a word stands between two of the block's links ("<a>KPU</a> dan <a>Bawaslu</a>"),
    # not separators only ("<a>Banjir</a>, <a>Cuaca Ekstrem</a>", "Banjir · BPBD").
    topic_links: int = 0
    words_between_links: bool = False

    @property
    def link_density(self) -> float:
        return min(1.0, self.link_chars / max(1, len(self.text)))

    @property
    def box_link_density(self) -> float:
        """The share of the text that reads as a links box's: all of its links when the block is nearly all link
        (a tag chip "Persija Jakarta" is a tag box's line as a headline is a related box's), else its links to
        articles only: a story links names inside its lines to the site's tag pages ("Aturan itu diteken <a
        href='/tag/sri-mulyani'>Menteri Keuangan Sri Mulyani Indrawati</a>.", "Menteri Keuangan: <a …>Sri Mulyani
        Indrawati</a>"), which no "Berita Terkait" box does. Two or more topic links joined by separators only, in no
        sentence, are a chip run and count whole ("Lihat juga topik: <a>Banjir</a>, <a>Cuaca Ekstrem</a>", "Jelajahi
        topik: Banjir · BPBD · Jakarta Timur"; h52 probe); "Penyelenggara: <a>KPU</a> dan <a>Bawaslu</a>" is a line."""
        density = self.link_density
        if density >= BOX_LINE_LINK_DENSITY or (
                self.topic_links >= 2 and not self.words_between_links and not self.text.endswith(tuple(_SENTENCE_END))
                # beside a label at most: "Tiga tokoh yang diundang: <a>…</a>, <a>…</a>" is a line (h55)
                and len(self.text) - self.link_chars - 3 * (self.topic_links - 1) <= _CHIP_LABEL_MAX_CHARS):
            return density
        return min(1.0, (self.link_chars - self.topic_link_chars) / max(1, len(self.text)))


class ListItemText(str):
    """A block's text read from an item of a list element (a ``<li>`` of a ``<ul>``/``<ol>``, or the one paragraph
    inside such an item): plain text to every reader, with the list it belongs to (``list_key``) for the one question
    markup answers and text cannot: whether the short lines ending a body were one list under the last paragraph
    ("Pendaftar wajib melengkapi sejumlah dokumen." over "Fotokopi KTP", "Kartu Keluarga"; h86 probe), the story's own,
    or a box's label lines (cleaning.story_lines). Made at the readers' output (``block_text``); a text rewritten
    loses the mark, which only ever keeps a closing list less often. ``linked``: more than half of it is link
    (_LIST_ITEM_MAX_LINK_SHARE), as a tag list's chips and a related list's headlines are; still an item of its list
    (an announced list of "<a>Persija Jakarta</a> (Grup B)" ends where its list does, h105 probe), but no closing
    list's item of the story's."""

    list_key: str
    linked: bool

    def __new__(cls, text: str, list_key: str = "", linked: bool = False) -> ListItemText:
        made = super().__new__(cls, text)
        made.list_key = list_key
        made.linked = linked
        return made


# A list item more link than this is a box's line (a tag chip, a related headline), not the story's item.
_LIST_ITEM_MAX_LINK_SHARE = 0.5


def block_text(block: Block) -> str:
    """The block's text, marked ListItemText when the element holding it is an item of a list element, ``linked``
    when more than half of it is link (_LIST_ITEM_MAX_LINK_SHARE)."""
    item = block.owner
    if item.tag != "li":
        item = item.getparent()
        if item is None or item.tag != "li":
            return block.text
    holder = item.getparent()
    # The list's place in its tree (an element proxy's id() changes once no one holds it).
    return ListItemText(block.text, item.getroottree().getpath(holder if holder is not None else item),
                        block.link_density > _LIST_ITEM_MAX_LINK_SHARE)



def _noise_kind(tokens: str) -> int:
    """Whether class/id tokens name an embed, an ad slot, a caption, a breadcrumb trail or a summary box
    (cached: a page repeats its classes)."""
    kind = _noise_cache.get(tokens)
    if kind is None:
        split = tokens.split()
        kind = (_EMBED if any(_EMBED_TOKEN.fullmatch(t) for t in split)
                else _AD if any(_AD_TOKEN.fullmatch(t) for t in split)
                else _CAPTION if any(_CAPTION_TOKEN.fullmatch(t) for t in split)
                else _CRUMBS if any(_CRUMB_TOKEN.fullmatch(t) for t in split)
                else _SUMMARY if any(_SUMMARY_TOKEN.fullmatch(t) for t in split) else _NOT_NOISE)
        if len(_noise_cache) >= 4096:
            _noise_cache.clear()  # a long crawl moves on to other sites' class strings: keep the recent ones
        _noise_cache[tokens] = kind
    return kind


_value_noise_cache: dict[tuple[str | None, bool], int] = {}


def _value_noise_kind(value: str | None, ident: bool) -> int:
    """_noise_kind of a raw class value, or of an id value's first 40 characters, as their words are read
    (mark_words), cached by the raw value: the walk asks it of every element with a class or an id, and the words of a
    value the page repeats were read again each time (mark_words, split: ~2% of the walk)."""
    kind = _value_noise_cache.get((value, ident))
    if kind is None:
        kind = _noise_kind(mark_words(value)[:40] if ident else mark_words(value))
        if len(_value_noise_cache) >= 4096:
            _value_noise_cache.clear()  # as _noise_cache: keep the recent pages' values
        _value_noise_cache[value, ident] = kind
    return kind


# Elements below the one read whose text no reader sees: an inline <svg> icon's <title>/<desc> ("Penulis" before the
# name it labels), a script, a button, a form control. A <nav> or <form> holds shown text (ASP.NET wraps the page in
# a <form>; a site reads its breadcrumb), <head> its scripts.
TEXTLESS_TAGS = SKIP_TAGS - {"nav", "form", "head"}
# Those that may hold text, and <br>: below an element, they need the walk (an <img> alone does not).
_BREAK_OR_TEXTLESS = ("br", *(TEXTLESS_TAGS - {"img", "source", "meta", "link", "input", "embed", "amp-img"}))


def text_pieces(element: etree._Element, line_break: str = "\n") -> Iterator[str]:
    """The element's text pieces in document order, as ``itertext()`` gives them, but a ``<br>`` is a line
    break (``line_break``), not nothing: "Oleh: Ajat M Fajar<br>Nasional - Rabu …" is two lines, not
    "FajarNasional"; and the inside of a TEXTLESS_TAGS element below it is nothing (its tail is read). Without
    either below the element, itertext() itself (libxml2's walk, several times cheaper than this module's)."""
    if not isinstance(element.tag, str):  # a comment or processing instruction: no page text
        return iter(())
    if next(element.iterdescendants(*_BREAK_OR_TEXTLESS), None) is None:
        return element.itertext()
    return _pieces_with_breaks(element, line_break)


def _pieces_with_breaks(element: etree._Element, line_break: str) -> Iterator[str]:
    """text_pieces' walk, iterative (pages nest thousands deep)."""
    if isinstance(element.tag, str) and element.text:
        yield element.text
    levels: list[Iterator[etree._Element]] = [iter(element)]
    tails: list[str | None] = [None]  # the element's own tail is outside it
    while levels:
        child = next(levels[-1], None)
        if child is None:
            levels.pop()
            tail = tails.pop()
            if tail:
                yield tail
            continue
        tag = child.tag
        if tag == "br":
            yield line_break
        elif tag in TEXTLESS_TAGS:
            if child.tail:
                yield child.tail
            continue
        elif isinstance(tag, str) and child.text:  # a comment's text is no page text
            yield child.text
        if isinstance(tag, str) and len(child):
            levels.append(iter(child))
            tails.append(child.tail)
        elif child.tail:
            yield child.tail


def page_lines(root: etree._Element) -> Iterator[tuple[str, list[str]]]:
    """The page's text as a reader sees its lines, in page order: each line (whitespace collapsed) with its text
    pieces (each stripped; "<div>Kurniawan Fadilah - <span>detikNews</span></div>" is the line "Kurniawan Fadilah -
    detikNews" of the pieces "Kurniawan Fadilah -" and "detikNews"). A block element (BLOCK_TAGS) and a ``<br>`` end
    a line; TEXTLESS_TAGS hold none (their tail is read). From ``<body>`` when there is one. Iterative (pages nest
    thousands deep); lazy, so a caller stops where it has read enough."""
    body = next(root.iter("body"), None) if isinstance(root.tag, str) else None
    top = root if body is None else body
    pieces: list[str] = []

    def flush() -> tuple[str, list[str]] | None:
        text = collapse_ws("".join(pieces))
        line = (text, [piece for piece in map(collapse_ws, pieces) if piece]) if text else None
        pieces.clear()
        return line

    if top.text:
        pieces.append(top.text)
    levels: list[Iterator[etree._Element]] = [iter(top)]
    closing: list[etree._Element] = [top]
    while levels:
        child = next(levels[-1], None)
        if child is None:
            levels.pop()
            element = closing.pop()
            if element.tag in BLOCK_TAGS and (line := flush()) is not None:
                yield line
            if element is not top and element.tail:
                pieces.append(element.tail)
            continue
        tag = child.tag
        if not isinstance(tag, str) or tag in TEXTLESS_TAGS or tag == "br":
            if tag == "br" and (line := flush()) is not None:
                yield line
            if child.tail:
                pieces.append(child.tail)
            continue
        if tag in BLOCK_TAGS and (line := flush()) is not None:
            yield line
        if child.text:
            pieces.append(child.text)
        levels.append(iter(child))
        closing.append(child)
    if (line := flush()) is not None:
        yield line


def text_within(element: etree._Element, limit: int, lines: bool = True, apart: bool = False) -> str | None:
    """The element's text when it is at most ``limit`` characters, else None (stops reading early). Each
    ``<br>`` ends a line ("\\n"); within a line whitespace is collapsed. ``lines=False``: a ``<br>`` is nothing,
    as in itertext() (a length test, which a line break changes by a character at most). ``apart``: its elements'
    texts joined by a space, as fields.authors reads a byline's element: "Oleh <a>Rina Marlina</a><span>Terbit 19 Juni
    2024</span>" is no name "Rina MarlinaTerbit" (h251 probe)."""
    if not apart and isinstance(element.tag, str) and (
            not lines or next(element.iterdescendants(*_BREAK_OR_TEXTLESS), None) is None):
        # Read in one C call: the element's text as libxml2 serializes it (method="text") is its text and CDATA
        # nodes in document order, comments' and processing instructions' own text left out, tails inside kept:
        # exactly "".join(itertext()) on an HTML parser's tree (no entity reference nodes), which text_pieces
        # gives without a <br> or TEXTLESS_TAGS below. ~4x cheaper than itertext()'s walk, which makes a proxy of
        # every element; the whole subtree is read (no early stop), which costs tens of microseconds on a page's
        # largest box only (libxml2's walk). The length test is the loop's below: its running sum is over
        # limit * 4 at some piece exactly when the whole text is; a character is at most 4 UTF-8 bytes, so more
        # than limit * 16 bytes is more than limit * 4 characters without decoding them.
        raw = etree.tostring(element, method="text", encoding="utf-8", with_tail=False)
        if len(raw) > limit * 16:
            return None
        whole = raw.decode("utf-8")
        if len(whole) > limit * 4:
            return None
        text = collapsed_lines(whole)
        return text if len(text) <= limit else None
    parts: list[str] = []
    size = 0
    for part in text_pieces(element, LINE_MARK) if lines else element.itertext():
        size += len(part)
        if size > limit * 4:  # whitespace collapses; far over the limit is over it
            return None
        parts.append(part)
    text = collapsed_lines((" " if apart else "").join(parts))
    return text if len(text) <= limit else None


def element_text(element: etree._Element) -> str:
    """``"".join(element.itertext())`` of an element (a tag, no comment), read in one C call (text_within's fast
    path says why it is the same text): ~10x cheaper on a link's few words."""
    return etree.tostring(element, method="text", encoding=str, with_tail=False)


# A <br> in text_pieces' output, marked apart from the page's own newlines (whitespace like any other): never in
# parsed text (the parser drops NUL).
LINE_MARK = "\x00"


def collapsed_lines(text: str) -> str:
    """Text read with ``LINE_MARK`` for its ``<br>``s: whitespace collapsed within each line, non-empty lines
    joined by "\\n"."""
    if LINE_MARK not in text:
        return collapse_ws(text)
    return "\n".join(line for line in map(collapse_ws, text.split(LINE_MARK)) if line)


# A post's permalink: what an embed's blockquote links to or cites, whatever its class says (or without one). Facebook's
# are many (h117 probe): a page's post, video or photo, permalink.php/story.php/photo.php, /watch/?v=, a reel, a share
# link, fb.watch.
_POST_URL = re.compile(r"(?:twitter|x)\.com/\w+/status/\d|instagram\.com/(?:[\w.]+/)?(?:p|reels?|tv)/"
                       r"|tiktok\.com/@[^/]+/video/|threads\.(?:net|com)/@[^/]+/post/"
                       r"|facebook\.com/(?:[^?#]+/(?:posts|videos|photos)/|(?:permalink|story|photo)\.php\?|watch/?\?v="
                       r"|reel/\d|share/(?:[prv]/)?\w|photo/?\?fbid=)|fb\.watch/\w", re.IGNORECASE)
# Attributes only a platform's embed code writes on its blockquote: Instagram's (a post's or a profile's embed) and
# Threads' permalinks; and the attributes naming what is embedded (cite, data-href: TikTok's and Facebook's code), read
# for a post's permalink (h117 probe: the class stripped, no link to the post inside).
_EMBED_CODE_ATTRS = ("data-instgrm-permalink", "data-instgrm-version", "data-instgrm-captioned",
                     "data-text-post-permalink")
_EMBED_SOURCE_ATTRS = ("cite", "data-href")


def is_noise_box(element: etree._Element, captions: bool = False) -> bool:
    """A social embed, or a small ad box, breadcrumb trail or summary box (or with ``captions``, a small
    caption box), by its own class/id, never by an ancestor's. A blockquote linking a social post is an
    embed by structure."""
    if _links_a_post(element):
        return True
    classes = element.get("class")
    ident = element.get("id")
    return bool(classes or ident) and _is_noise(element, classes, ident, captions)


# A page's text is prose: a later page's container holding less than this outside headings, figures, links and noise
# boxes (a sub-title over an empty lazy div, an "Advertisement" label, a "Baca Juga" box, a photo's caption) holds
# no page (h107 probe: each was taken for its page, the page never fetched). A page of one short sentence is more.
_PAGE_PROSE_MIN_CHARS = 50
_NOT_PROSE_TAGS = frozenset({*_HEADING_TAGS, "a", "figure", "figcaption", "picture", "img", "video", "iframe",
                             "script", "style", "noscript", "template", "button", "form", "svg"})


def _page_prose_chars(element: etree._Element) -> int:
    """Characters of story prose in an element (its tail aside): text outside headings, figures, links, scripts and
    noise boxes (is_noise_box, captions included). Iterative: any depth."""
    total = 0
    stack = [(element, True)]
    while stack:
        node, root = stack.pop()
        if not root:
            total += len(collapse_ws(node.tail))  # the enclosing element's text, whatever this one is
        if not isinstance(node.tag, str) or node.tag.lower() in _NOT_PROSE_TAGS or is_noise_box(node, captions=True):
            continue
        total += len(collapse_ws(node.text))
        stack.extend((child, False) for child in reversed(node))
    return total


def filled_containers(containers: list[etree._Element]) -> list[bool]:
    """For each of a response's later-page containers (a site's ``pages_in_response`` matches, in document order),
    whether it holds the page's text: story prose (_page_prose_chars: not a sub-title, an ad label, a related-links box
    or a caption alone), its own, or for an empty marker (merdeka 2026's ``div.page-break``) the text after it up to the
    next container. A lazy page's empty placeholder (liputan6's ``data-page="2" data-lazy``) holds none: that page is
    served by its own URL (h104 probe: page 2 was lost)."""
    marks = set(containers)
    filled = []
    for container in containers:
        chars = _page_prose_chars(container)
        if len(container) == 0 and not collapse_ws(container.text):  # a marker: the page is the text after it
            chars += len(collapse_ws(container.tail))
            for sibling in container.itersiblings():
                if chars >= _PAGE_PROSE_MIN_CHARS or sibling in marks:
                    break
                chars += _page_prose_chars(sibling) + len(collapse_ws(sibling.tail))
        filled.append(chars >= _PAGE_PROSE_MIN_CHARS)
    return filled


def _links_a_post(element: etree._Element) -> bool:
    """A blockquote of a social post's embed code with its class renamed or stripped (a redesign, a CMS filter): it
    carries an attribute only embed code writes (_EMBED_CODE_ATTRS), cites a post (_EMBED_SOURCE_ATTRS) or links
    one. A Facebook or Instagram post's text is also what a story quotes, its source cited or linked (h119 probe: "Berikut
    pernyataan lengkap Kemlu:" over a blockquote citing the ministry's post; "Sumber: <a>Humas Polres Garut</a>"): such a
    permalink makes an embed only beside the embed code's chrome (_embed_chrome); a tweet's, a Threads post's or a
    video's permalink (a quotation holds no video) makes one alone. The one test of an embed by structure
    (is_noise_box, walk_blocks)."""
    if element.tag != "blockquote":
        return False
    attributes = element.attrib
    if any(name in attributes for name in _EMBED_CODE_ATTRS):
        return True
    urls = [attributes.get(name) or "" for name in _EMBED_SOURCE_ATTRS]
    urls += [a.get("href") or "" for a in element.iter("a")]
    posts = [url for url in urls if _POST_URL.search(url)]
    if not posts:
        return False
    return any(not _QUOTABLE_POST_URL.search(url) for url in posts) or _embed_chrome(element)


# A Facebook or Instagram post's permalink whose text a story may quote (a page's post or photo, permalink.php,
# story.php, an Instagram post), unlike a video's (watch, reel, fb.watch, an Instagram reel), a tweet's or a Threads
# post's.
_QUOTABLE_POST_URL = re.compile(r"instagram\.com/(?:[\w.]+/)?p/|facebook\.com/(?:[^?#]+/(?:posts|photos)/"
                                r"|(?:permalink|story|photo)\.php\?|share/(?:p/)?\w|photo/?\?fbid=)", re.IGNORECASE)
# What the embed code writes around a post's text: Facebook's "Posted by … on <date>", Instagram's "A post shared by …",
# "View this post on Instagram", in English or Indonesian.
_EMBED_CHROME_TEXT = re.compile(r"\b(?:posted\s+by|diposting\s+oleh|(?:a\s+)?post\s+shared\s+by"
                                r"|(?:sebuah\s+)?(?:kiriman|postingan|unggahan)\s+(?:yang\s+)?dibagikan\s+oleh"
                                r"|view\s+this\s+(?:post|profile)|lihat\s+(?:kiriman|postingan|unggahan|profil)\s+ini)\b",
                                re.IGNORECASE)
# A platform's embed script, next to its blockquote.
_EMBED_SCRIPT_SRC = re.compile(r"connect\.facebook\.net|instagram\.com/embed|platform\.twitter\.com"
                               r"|tiktok\.com/embed|threads\.net/embed", re.IGNORECASE)


def _embed_chrome(element: etree._Element) -> bool:
    """Whether a blockquote bears a platform's embed code around its text: a data-* attribute (the code's, not a
    quotation's), the post's date as the link to it ("pada <a href=…/posts/…>Rabu, 19 Juni 2024</a>"), the code's
    words (_EMBED_CHROME_TEXT), or its script beside it."""
    if any(name.startswith("data-") for name in element.attrib):
        return True
    for link in element.iter("a"):
        if _POST_URL.search(link.get("href") or "") and read_date(collapse_ws("".join(link.itertext()))) is not None:
            return True
    if _EMBED_CHROME_TEXT.search(" ".join(element.itertext())):
        return True
    return any(_EMBED_SCRIPT_SRC.search(sibling.get("src") or "") for sibling in _neighbours(element)
               if sibling.tag == "script")


def _neighbours(element: etree._Element) -> list[etree._Element]:
    """An element's next and previous sibling elements, the nearest of each."""
    return [sibling for sibling in (element.getnext(), element.getprevious()) if sibling is not None]


def _is_noise(element: etree._Element, classes: str | None, ident: str | None, captions: bool) -> bool:
    """is_noise_box of an element whose class and id the caller has read."""
    kind = _value_noise_kind(classes, False) or _value_noise_kind(ident, True)
    if kind == _EMBED:
        return True  # whatever its size: a long tweet thread is still a tweet
    if kind == _AD or kind == _CRUMBS or (captions and kind == _CAPTION):
        return text_within(element, _AD_BOX_MAX_CHARS) is not None
    if kind == _SUMMARY:
        return text_within(element, _SUMMARY_BOX_MAX_CHARS) is not None
    return False


# What the walk does with an element, by its tag: one dict lookup per element (walk_blocks builds the
# table as it meets tags) instead of lower() and four set tests (6-7% of the walk). Skipped (never
# read: the tag is in ``never``); a comment or processing instruction (only its tail is read); <br>;
# an inline element, a link, a link to a tag/topic/search page; a data row's cell, a block inside one (read inline);
# a block, a flagged block. The order is used: up to _NOT_ELEMENT nothing but the tail is read, from _INLINE on the
# element's text too, from _BLOCK on it is a block.
_SKIP, _SKIP_BLOCK, _NOT_ELEMENT, _BREAK, _INLINE, _LINK, _TOPIC_LINK, _CELL, _CELL_BLOCK, _BLOCK, _FLAGGED = range(11)

# A link to a tag, topic or search page ("/tag/persija-jakarta", "/topik/pemilu", "/search?q=…", "?tag=…"): no
# article. Stories link names and things to them inline; related-links boxes link articles.
TOPIC_PAGE_URL = re.compile(
    r"/(?:tags?|topics?|topik|search|cari|pencarian)(?:/|\?|$)|[?&](?:tags?|topics?|topik|q|s|keyword)=",
    re.IGNORECASE)

# A data table's row is one block, its cells joined by " | " ("Adaro Energy Indonesia | ADRO | 2.740 | -3,18%"): a
# cell per block left numbers without their row. A row is data when it has two cells or more, each short text
# alone (no block inside, no <br>, no link). A cell holding one block (a Word-pasted table's "<td><p>Sapi</p></td>"),
# a <br> ("96.214.691<br>(58,59%)") or a link (a commodity linked to its tag page) is read inline, the <br> a space,
# when its table has two rows or more of that many short cells: a table's shape, which a layout table (an old page's
# story in one <td>, a row of menu links, every cell a link) does not have. A cell holding several blocks or long
# text is layout.
_CELL_TAGS = frozenset({"td", "th"})
_ROW_GROUP_TAGS = frozenset({"thead", "tbody", "tfoot"})
_CELL_MAX_CHARS = 200
_CELL_MARK = "\x1f"  # between two cells' texts in the buffer, until the row's block is made (_joined_cells)
_PUNCTUATION_CELLS = frozenset({":", "-", "=", "|", "\uff1a"})
_LAYOUT, _PLAIN_ROW, _MARKED_ROW = 0, 1, 2
# The longest label beside a box row's links ("Baca Juga", "Berita Terkait"): a data row's cell holds a number or more.
_BOX_LABEL_MAX_CHARS = 20
DATA_TABLE_MIN_ROWS = 2


def _joined_cells(text: str) -> str:
    """A data row's cells joined by " | "; a label and its value by a space where a colon stands between them
    (a cell of punctuation alone, a value cell opening with the colon, a label cell ending with it): a credits
    table's "Penulis | : | Aditya Maulana" and "Penulis | : Aditya Maulana" read as the line they show,
    "Penulis : Aditya Maulana"."""
    cells = [cell.strip() for cell in text.split(_CELL_MARK)]
    joined = cells[0]
    for previous, cell in zip(cells, cells[1:]):
        labelled = (cell in _PUNCTUATION_CELLS or previous in _PUNCTUATION_CELLS
                    or cell.startswith((":", "\uff1a")) or previous.endswith((":", "\uff1a")))
        joined += (" " if labelled else " | ") + cell
    return joined


def _row_shape(row: etree._Element) -> int:
    """_PLAIN_ROW: two cells or more, each short text alone; _MARKED_ROW: so, but a cell holds one block, a <br> or
    a link (not every cell wholly a link: a menu); _LAYOUT otherwise, and so is a box's row: links to articles beside
    only a short label or nothing ("Baca Juga | <a>headline</a>", " | <a>headline</a>"; h52 probe)."""
    cells = [cell for cell in row if cell.tag in _CELL_TAGS]
    if len(cells) < 2 or len(cells) != len(row):
        return _LAYOUT
    marked = False
    linked_cells = 0
    article_links = False
    unlinked: list[str] = []  # the texts of the cells not wholly a link
    linked_texts: list[str] = []
    for cell in cells:
        text = text_within(cell, _CELL_MAX_CHARS, lines=False)
        if text is None:
            return _LAYOUT
        blocks = 0
        link_text = []
        for node in cell.iterdescendants():
            tag = node.tag
            if not isinstance(tag, str):
                continue
            if tag in BLOCK_TAGS:
                blocks += 1
                if blocks > 1:
                    return _LAYOUT
            elif tag == "a":
                link_text.append("".join(node.itertext()))
                article_links = article_links or not TOPIC_PAGE_URL.search(node.get("href") or "")
            elif tag != "br":
                continue
            marked = True
        whole_link = bool(link_text) and collapse_ws(" ".join(link_text)) == text
        linked_cells += whole_link
        if whole_link:
            linked_texts.append(text)
        if not whole_link:
            unlinked.append(text)
    if linked_cells == len(cells) or (linked_cells and article_links and all(
            len(text) <= _BOX_LABEL_MAX_CHARS and not any(char.isdigit() for char in text) for text in unlinked)
            # a figure linked ("Persib 2-1 Persija" to the match report) or a header row: a table of results (h55)
            and not any(_FIGURE_LINK_RE.fullmatch(text) for text in linked_texts) and not _has_header_row(row)):
        return _LAYOUT
    return _MARKED_ROW if marked else _PLAIN_ROW


# A short linked text holding a figure: a result ("Persib 2-1 Persija") or a value linked to its page, no headline.
_FIGURE_LINK_RE = re.compile(r"(?=.*\d).{1,30}")


def _has_header_row(row: etree._Element) -> bool:
    """Whether ``row``'s table has a header cell (<th>) — a data table's, which no related box has."""
    table = next(row.iterancestors("table"), None)
    return table is not None and table.find(".//th") is not None


def _table_rows(row: etree._Element) -> list[etree._Element]:
    """The rows of ``row``'s table (its own, not a nested table's), or ``row`` alone outside a table."""
    parent = row.getparent()
    table = parent.getparent() if parent is not None and parent.tag in _ROW_GROUP_TAGS else parent
    if table is None or table.tag != "table":
        return [row]
    rows = []
    for child in table:
        if child.tag == "tr":
            rows.append(child)
        elif child.tag in _ROW_GROUP_TAGS:
            rows.extend(grand for grand in child if grand.tag == "tr")
    return rows


def _data_rows(row: etree._Element) -> dict[etree._Element, bool]:
    """Whether each row of ``row``'s table is a data row (module comment above), judged once per table."""
    rows = _table_rows(row)
    shapes = {each: _row_shape(each) for each in rows}
    widths: dict[int, int] = {}
    for each, shape in shapes.items():
        if shape != _LAYOUT:
            widths[len(each)] = widths.get(len(each), 0) + 1
    return {each: shape == _PLAIN_ROW or (shape == _MARKED_ROW and widths[len(each)] >= DATA_TABLE_MIN_ROWS)
            for each, shape in shapes.items()}


def _tag_kind(tag: object, never: Collection[str], flag_tags: Collection[str], skip_captions: bool) -> int:
    if not isinstance(tag, str):
        return _NOT_ELEMENT
    tag = tag.lower()
    is_block = tag in BLOCK_TAGS
    if tag in never or (skip_captions and tag == "figcaption"):
        return _SKIP_BLOCK if is_block else _SKIP
    if tag == "br":
        return _BREAK
    if is_block:
        return _FLAGGED if tag in flag_tags else _BLOCK
    return _LINK if tag == "a" else _INLINE


# A caption with no class and no credit: a block whose whole text is in one <em>/<i>, short, right after an
# element holding only an image ("<p><img class='aligncenter …'></p><p><em>Wali Kota … meninjau lokasi banjir di
# Antang, Senin (20/1/2025).</em></p>": WordPress outlets, fajar; h20 probe). An italic paragraph elsewhere (an
# editor's note, a verse, a quotation) is read, and an editor's note by its label under the photo too (EDITOR_NOTE_RE).
# Also (h48 probe) the text under a photo in the photo's own block ("<p><img …><br><em>Pengunjung mencicipi kopi …
# </em></p>"), and a slide's text: a leaf block right after an image in a small box of its own ("<div class='slide'>
# <img><div class='slide-text'>Rumah warga … tertimbun lumpur.</div><div>1 / 4</div></div>"), whatever its markup
# (image_captions).
_ITALIC_TAGS = frozenset({"em", "i"})
_IMAGE_TAGS = frozenset({"img", "picture", "figure"})
_NO_TEXT_TAGS = frozenset({"script", "style", "noscript", "source"})
_CAPTION_MAX_CHARS = 250
_SLIDE_CAPTION_MAX_CHARS = 150
_SLIDE_MAX_CHARS = 300
# An image that is no photo: an emoji, an icon, a smiley beside a sentence.
_ICON_IMAGE = re.compile(r"emoji|smiley|icon|avatar|logo", re.IGNORECASE)
_ICON_MAX_PIXELS = 64


def _caption_after_image(block: etree._Element) -> bool:
    if (block.text and not block.text.isspace()) or len(block) != 1:
        return False
    italic = block[0]
    if italic.tag not in _ITALIC_TAGS or (italic.tail and not italic.tail.isspace()):
        return False
    previous = block.getprevious()
    while previous is not None and not isinstance(previous.tag, str):  # a comment between them
        previous = previous.getprevious()
    if previous is None or (previous.tail and not previous.tail.isspace()) or not _image_only(previous):
        return False
    text = text_within(italic, _CAPTION_MAX_CHARS, lines=False)
    return text is not None and EDITOR_NOTE_RE.match(text) is None


# A size an inline style gives an image ("width:20px", "height: 16px").
_STYLE_SIZE = re.compile(r"(?:^|;)\s*(?:max-)?(?:width|height)\s*:\s*(\d+)(?:\.\d+)?px", re.IGNORECASE)


def _photo(image: etree._Element) -> bool:
    """Whether an <img> is a photo: not an emoji's or an icon's, not a tiny one (by its width/height attributes or
    its style: a flag's "width:20px")."""
    if _ICON_IMAGE.search(f"{image.get('class') or ''} {image.get('src') or ''}"):
        return False
    sizes = [image.get("width"), image.get("height")]
    sizes += _STYLE_SIZE.findall(image.get("style") or "")
    return not any(size and size.strip().isdigit() and int(size) <= _ICON_MAX_PIXELS for size in sizes)


def _blank(text: str | None) -> bool:
    return not text or text.isspace()


_LONE_IMAGE_DEPTH = 4
# A slide's box: the photo, its caption, a counter.
_SLIDE_MAX_CHILDREN = 4


def image_captions(root: etree._Element) -> set[etree._Element]:
    """Captions found from the photos under ``root`` (not ``root`` itself), whatever their markup: the block holding a
    photo with its text under it (_text_under_image), and a slide's text (_slide_text) right after the photo or the
    chain of lone wrappers around it. One look per <img>, the cheap structural tests first: the walk asks each block
    nothing more."""
    found: set[etree._Element] = set()
    for image in root.iter("img"):
        top = image
        parent = top.getparent()
        if parent is not None and parent.tag == "picture":
            top, parent = parent, parent.getparent()
        if parent is None or parent is root:
            continue
        limit = _text_under_image(parent, top)
        if limit:
            if _photo(image) and _caption_text(parent, limit) and _marked_caption(parent):
                found.add(parent)
            continue
        for _ in range(_LONE_IMAGE_DEPTH):  # up the wrappers holding the photo alone ("<div><a><img></a></div>")
            if parent is root or not _holds_alone(parent, top):
                break
            top, parent = parent, parent.getparent()
            if parent is None:
                break
        if parent is not None and parent is not root and _credited_photo_box(parent, top) and _photo(image):
            found.add(parent)
            continue
        if parent is None or parent is root or len(parent) > _SLIDE_MAX_CHILDREN or not _blank(top.tail):
            continue
        caption = top.getnext()
        while caption is not None and not isinstance(caption.tag, str):  # a comment between them
            caption = caption.getnext()
        if caption is not None and _slide_text(caption, parent) and _photo(image) and (
                _marked_caption(caption) or _in_slideshow(parent) or _lead_photo_box(parent, caption)):
            found.add(caption)
            if (card := _teaser_card(parent, root)) is not None:
                found.add(card)
    return found


# A text ending as a sentence does: its stop, then at most a closing quote or bracket.
_CLOSED_SENTENCE = re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s*$")
# How many nodes before a lead photo's box are looked through for a paragraph (_lead_photo_box).
_LEAD_BOX_LOOK_BACK_NODES = 400


def _lead_photo_box(box: etree._Element, caption: etree._Element) -> bool:
    """Whether ``box`` (a photo, the lone wrappers and textless controls around it, and ``caption`` after it: the
    caller's) is the story's lead photo with its caption, a sentence and no credit alike: the caption the box's only
    text, no paragraph (<p>) and no link (a card's headline is one), the box a div/section/figure in no link, the
    story's paragraphs right after it (the next element a <p> with a text), and before it in its container neither a
    paragraph nor another photo (no <p>, no <img> there, looked for through a few hundred nodes): the story's lead
    photo. Tempo's 2015 templates: "<div class='block-display'><div class='single-img'><div class='share-display'>…
    </div><img></div><div class='deskripsi'>Rektor UNY buka …</div></div><p>…" (h247 V7). A story's lede set in a <p>
    beside its photo is a paragraph, and a listicle's item box ("<div class='list-item'><img><div>Ikan depik diolah …
    </div></div>") follows its intro or another item's photo, or is followed by the next item: never such a box."""
    if box.tag not in ("div", "section", "figure") or caption.tag == "p" or caption.find(".//a") is not None \
            or any(ancestor.tag == "a" for ancestor in box.iterancestors()):
        return False
    text = text_within(caption, _SLIDE_CAPTION_MAX_CHARS, lines=False)
    if not text or text_within(box, _SLIDE_MAX_CHARS, lines=False) != text or _CLOSED_SENTENCE.search(text):
        # A sentence closed as the story's are ("BOGOR - Presiden … Jumat (23/12/2022)."): a lede set in a div beside
        # its photo as often as a caption (h254 probe: four ledes lost); tempo's caption ends on its credit.
        return False
    following = box.getnext()
    while following is not None and not isinstance(following.tag, str):
        following = following.getnext()
    if following is None or following.tag != "p" or _blank("".join(following.itertext())):
        return False
    seen = 0
    for sibling in box.itersiblings(preceding=True):
        if not isinstance(sibling.tag, str):
            continue
        for node in sibling.iter():
            seen += 1
            if seen > _LEAD_BOX_LOOK_BACK_NODES or node.tag in ("p", "img"):
                return False
    return True


# A textless control beside a photo in its wrapper (a share bar of icon links, a zoom button): at most this many nodes.
_CONTROL_MAX_NODES = 64


def _holds_alone(wrapper: etree._Element, top: etree._Element) -> bool:
    """Whether ``wrapper`` holds the photo (``top``: the <img> or a lone wrapper around it) and no text: besides it, a few
    children at most, comments and textless controls of a few nodes (tempo 2015's "<div class='single-img'><div
    class='share-display'><ul><li><a><img share icon></a></li>…</ul></div><!-- --><img photo></div>", h247 V7). A
    wrapper holding a text of its own (a caption, a slide's text, a link's label) holds more than the photo."""
    if not _blank(wrapper.text) or len(wrapper) > _SLIDE_MAX_CHILDREN:
        return False
    for child in wrapper:
        if not _blank(child.tail):
            return False
        if child is top or not isinstance(child.tag, str):
            continue
        for count, node in enumerate(child.iter()):
            if count >= _CONTROL_MAX_NODES or (node is not child and not _blank(node.tail)):
                return False
            if isinstance(node.tag, str) and node.tag.lower() not in _NO_TEXT_TAGS and not _blank(node.text):
                return False
    return True


def _teaser_card(link: etree._Element, root: etree._Element) -> etree._Element | None:
    """The box of another story's card around ``link``, a link holding a photo and its caption (the card's headline),
    when the box holds nothing else but a date line ("<div class=card><a href=…><img><h4>judul</h4></a><time>Rabu, 17
    September 2025</time></div>", h126 probe: tribun's 2025 "Pilihan Untukmu" cards): the date is that story's, left
    behind in the body once its headline is read as a caption. None for a link into the page or any other box, for a
    link to a file (the photo's enlargement), and for a date in a heading: the story's own section heading beside
    its photo (h132 probe: a timeline's "<div class=item><a href=/galeri/…><img><div class=caption>…</div></a>
    <h3>Jumat, 17 Agustus 1945</h3></div>"); a card's date is the card's meta line, never its heading."""
    box = link.getparent()
    href = link.get("href")
    if link.tag != "a" or not href or links_own_page(link) or names_a_file(href) or box is None or box is root \
            or box.tag not in BLOCK_TAGS:
        return None
    pieces = [box.text or ""]
    for child in box:
        if child is not link and isinstance(child.tag, str):
            if next(child.iter(*_HEADING_TAGS), None) is not None:  # the child itself or within it
                return None
            pieces.extend(child.itertext())
        pieces.append(child.tail or "")
    rest = collapse_ws(" ".join(pieces))
    return box if rest and is_date_line(rest) else None


# What marks a text under a photo as its caption rather than the paragraph the photo illustrates (h53 probe: regional
# WordPress sets the image atop its paragraph, "<p><img …><br>Setiap petani menerima 500 batang bibit …</p>"; a
# listicle's item boxes "<div class='list-item'><img><p>Ikan depik diolah …</p></div>"): a credit in the text
# ("Kredit foto: PVMBG", "Foto/AP", a closing "(ist)", "(Instagram/@akun)", "(Dok. Istimewa)"), italic or small
# print, a caption's class, or a text that is no sentence ("Kolom abu Gunung Lewotobi dari Desa Boru").
_CREDIT_MARK = re.compile(
    r"\b(?:kredit|credit)\s+(?:foto|photo)\b|\b(?:foto|photo|sumber|source|ilustrasi|dok(?:umentasi)?\.?)\s*[:/]"
    # not a day stamp "(19/6/2024)", which closes a story's sentence as well as a caption
    r"|[(\[]\s*(?:ist(?:imewa)?|dok(?:umentasi)?\b[^()\[\]]{0,40}|(?![\d/\s]+[)\]])[^()\[\]\s/]{2,30}/[^()\[\]]{1,40})"
    r"\s*[)\]]\W*$",
    re.IGNORECASE)
_SMALL_PRINT_TAGS = frozenset({"em", "i", "small"})
# class/id tokens of a slideshow: its slides' texts are captions whatever they say.
_SLIDESHOW_TOKEN = re.compile(r"slides?|slider|slideshow|carousel|swiper|gallery|galeri|splide|glide|owl",
                              re.IGNORECASE)
_SLIDE_COUNTER = re.compile(r"\s*\d{1,3}\s*(?:/|dari|of)\s*\d{1,3}\s*", re.IGNORECASE)


def _marked_caption(block: etree._Element) -> bool:
    """Whether a text under a photo carries a caption's mark (_CREDIT_MARK, italic or small print, a caption's class,
    no sentence, a credit leading or ending it in a photo's box): a bare sentence is the story's paragraph the photo
    sits atop."""
    text = collapse_ws(" ".join(block.itertext()))
    if not text or _CREDIT_MARK.search(text) or in_caption(block, text):
        return True
    if _credit_edged(text) and in_photo_box(block):
        return True
    if not text.rstrip(_SENTENCE_CLOSERS + " ").endswith(_STATEMENT_END + ("?",)):
        return True
    small = sum(len(collapse_ws(" ".join(node.itertext()))) for node in block.iter(*_SMALL_PRINT_TAGS)
                if not any(ancestor.tag in _SMALL_PRINT_TAGS for ancestor in node.iterancestors()))
    return small * 2 >= len(text)


# A photo's credit leading or ending a caption's text, the outlet's domain then the photographer
# ("KOMPAS.com/SIGIRANUS MARUTHO BERE Warga mengangkut …", kompas 2015/16's in-body photo box, h233 K4;
# "… Kamis (26/11/2015). TRIBUNNEWS.COM/HERUDIN") or "Foto: …"/"Foto/AP". Only with a photo in a photo's box
# (_credited_photo_box, _marked_caption): the same letters in a story's sentence ("data di Kompas.com/data") stay.
_OUTLET_CREDIT = r"(?:[A-Z][\w.-]{0,40}\.(?i:com|co\.id|id|net|org|tv)|[A-Z]{2,}(?:\s[A-Z]{2,})?)\s*/\s*[A-Z]"
_FOTO_CREDIT = r"(?:[Ff]oto|FOTO|[Pp]hoto|PHOTO)\s*[:/]\s*[A-Z]"
_CREDIT_LEADS = re.compile(rf"[\W_]{{0,3}}(?:{_OUTLET_CREDIT}|{_FOTO_CREDIT})")
# Closing a caption, the credit follows its sentence (". TEMPO/Tony Hartawan") or a dash/bar, never a word: a story's
# "berdonasi melalui kitabisa.com/Bantu…", "dibaca di Kompas.com/Jelajah.", "foto/video korban" stay (h239 D1-D6).
_CREDIT_ENDS = re.compile(
    rf"(?:^|(?<=[.!?)\]]\s)|(?<=[-\u2013\u2014|]\s))(?:{_OUTLET_CREDIT}[\w'.-]*(?:\s+[A-Z][\w'.-]*){{0,5}}"
    rf"|{_FOTO_CREDIT}[^:.!?]{{0,60}})\W{{0,3}}$")
_CREDIT_END_CHARS = 120
# A credited photo box's longest text (its caption and the credit).
_CREDITED_BOX_MAX_CHARS = _CAPTION_MAX_CHARS


# A photo's credit that is only a website or an account: a stock site's or a social site's domain, maybe with a path
# (the account, the photographer: "unsplash.com/@rawpixel", "Instagram.com/@x", "pexels.com/Andrea Piacquadio",
# "www.freepik.com"), or a bare @handle, maybe in brackets (h262: idntimes' 2018 listicles, "<div><img><span
# class='photo-credit'>unsplash.com/@rawpixel</span></div>" under each item's photo). No word around it: "Informasi
# lengkap ada di unsplash.com." is a sentence. The bare forms are a credit only where a photo's credit stands (beside
# the photo in its box: _credited_photo_box; a box whose class names a credit: credit_box); alone in a story a domain
# with an account (residue's outlet_photo_credit) is one.
_WEB_CREDIT = re.compile(
    r"[(\[]?\s*(?:(?:www\.)?[a-z0-9][\w-]*(?:\.[\w-]+)*\.(?:com|co\.id|id|net|org|tv|io)"
    r"(?:\s*/\s*(?:@[\w.]{2,40}|(?-i:[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3})|[\w@.-]+(?:/[\w@.-]+){0,3}))?/?"
    r"|@[\w.]{2,40})\s*[)\]]?\.?",
    re.IGNORECASE)
_WEB_CREDIT_MAX_CHARS = 80


def web_credit_only(text: str) -> bool:
    """Whether a text is only a photo's credit written as a website or an account (_WEB_CREDIT)."""
    return len(text) <= _WEB_CREDIT_MAX_CHARS and _WEB_CREDIT.fullmatch(text.strip()) is not None


# class/id words of a credit's or a caption's box, a source's too ("photo-credit", "credit", "img-source", "sumber-foto"):
# a box holding only a website or an account (web_credit_only) under such a class is a photo's credit (h262). A source's
# box is one only beside a photo: "<p class='source'>kemkes.go.id</p>" under a story's "Referensi:" is its reference
# (h270 R5).
_CREDIT_BOX_WORD = re.compile(r"(?<![a-z])(?:(?P<credit>credits?|kredit|caption)|source|sumber)(?![a-z])", re.IGNORECASE)


@lru_cache(maxsize=4096)
def _credit_marks(classes: str | None, ident: str | None) -> str | None:
    """"credit" when an element's class/id names a credit or a caption, "source" when only a source, else None."""
    kinds = {"credit" if match.group("credit") else "source"
             for match in _CREDIT_BOX_WORD.finditer(mark_words(classes, ident))}
    return "credit" if "credit" in kinds else "source" if kinds else None


def credit_box(element: etree._Element) -> bool:
    """Whether a block is a photo's credit by its box: its class or id, or those of its lone child holding its text
    ("<p><span class='credit'>…</span></p>"), names a credit, a caption or a source, and its whole text is a website
    or an account (web_credit_only: "<p class='credit'>freepik.com</p>", "<div class='img-source'>(unsplash.com/
    @rawpixel)</div>"). A source's box only right after a photo or in a figure (_after_photo): a story's references
    in "<p class='source'>" are its own (h270 R5). A source box with words ("Sumber: Antara") is the residue
    catalogue's to judge. The class is read first: the walk asks every block."""
    return _credit_box(element, element.get("class"), element.get("id"))


def _credit_box(element: etree._Element, classes: str | None, ident: str | None) -> bool:
    """credit_box of an element whose class and id the caller has read (walk_blocks: every block)."""
    if not isinstance(element.tag, str):
        return False
    kind = _credit_marks(classes, ident) if classes or ident else None
    if not kind:
        node = element[0] if len(element) == 1 and _blank(element.text) and _blank(element[0].tail) else None
        if node is None or not isinstance(node.tag, str):
            return False
        classes, ident = node.get("class"), node.get("id")
        if not (classes or ident) or not (kind := _credit_marks(classes, ident)):
            return False
    text = text_within(element, _WEB_CREDIT_MAX_CHARS, lines=False)
    return bool(text) and web_credit_only(text) and (kind == "credit" or _after_photo(element))


_PHOTO_TAGS = ("img", "picture")


def _after_photo(element: etree._Element) -> bool:
    """Whether an element sits in a figure, or right after a photo: its previous element (no text between) is an <img>,
    a <picture>, a figure or a textless box holding a photo ("<div class='img'><img></div>")."""
    if any(ancestor.tag == "figure" for ancestor in element.iterancestors()):
        return True
    previous = element.getprevious()
    while previous is not None and not isinstance(previous.tag, str):  # a comment
        previous = previous.getprevious()
    if previous is None or not _blank(previous.tail):
        return False
    if previous.tag in ("figure", *_PHOTO_TAGS):
        return True
    return (not collapse_ws("".join(previous.itertext()))
            and any(_photo(image) for image in previous.iter("img")))


def _credit_edged(text: str) -> bool:
    """Whether a text opens or closes with a photo's credit (_CREDIT_LEADS, _CREDIT_ENDS)."""
    tail = text[-_CREDIT_END_CHARS:]
    closing = _CREDIT_ENDS.search(tail)
    # the tail's own start is no text's start (a word cut in two)
    return bool(_CREDIT_LEADS.match(text) or closing and (closing.start() > 0 or len(tail) == len(text)))


def _credited_photo_box(box: etree._Element, top: etree._Element) -> bool:
    """Whether ``box``, opening with the photo (``top``: the <img> or the lone wrappers around it), is a photo's box
    with its caption as the box's own text: inline markup and text only after the photo, a short text led or closed
    by a credit (_credit_edged), a photo box's class on it or a few levels up (in_photo_box). The kompas 2015/16 form
    (h233 K4): "<div class='photo'><img …><span class='pb_10 author'>KOMPAS.com/NAME</span> Warga mengangkut …
    (26/11/2015).</div>". A story's paragraph holding an emoji or an icon, or no photo class, is no such box."""
    if box.tag not in ("div", "p", "figure", "span") or not _blank(box.text) or box[0] is not top:
        return False
    for child in box[1:]:
        if isinstance(child.tag, str) and (child.tag in BLOCK_TAGS or child.tag in _IMAGE_TAGS or any(
                isinstance(node.tag, str) and (node.tag in BLOCK_TAGS or node.tag in _IMAGE_TAGS)
                for node in child.iterdescendants())):
            return False
    text = text_within(box, _CREDITED_BOX_MAX_CHARS, lines=False)
    # a website or an account alone beside the photo is its credit, whatever the box's class (h262)
    return bool(text) and (_credit_edged(text) and in_photo_box(box) or web_credit_only(text))


def _in_slideshow(box: etree._Element) -> bool:
    """Whether a photo's box is a slide: a slideshow's class on it or a few levels up, or a counter ("1 / 4") in it or
    in a sibling box."""
    node: etree._Element | None = box
    for _ in range(_CAPTION_DEPTH):
        if node is None or not isinstance(node.tag, str):
            break
        if any(_SLIDESHOW_TOKEN.fullmatch(token)
               for token in element_marks(node).replace("_", "-").split("-")):
            return True
        node = node.getparent()
    boxes = [box] + [sibling for sibling in box.itersiblings() if sibling.tag == box.tag] + [
        sibling for sibling in box.itersiblings(preceding=True) if sibling.tag == box.tag]
    return any(isinstance(child.tag, str) and _SLIDE_COUNTER.fullmatch(collapse_ws(" ".join(child.itertext())))
               for each in boxes for child in each)


# A caption's counter: a child marked as one ("<span class='read-page--photo-gallery--item__counter'>1/5</span>",
# liputan6's photo pages, h148 probe; "slide-number", "photo-index") holding a slide counter or a number, or a leading
# "N/M" numbering of the caption's text (N from 1 to M: "2/1", a day stamp, is none).
_COUNTER_MARK = re.compile(r"(?<![a-z])(?:counter|count|number|num|index|nomor)(?![a-z])", re.IGNORECASE)
# A slide counter: "1/5", "2 dari 4", "3 of 5", "Foto 1 dari 2" (h151 probe L3).
_COUNTER_FORM = r"(?:(?:foto|photo|slide|gambar)\s+)?\d{1,3}\s*(?:/|dari|of)\s*\d{1,3}"
_COUNTER_TEXT = re.compile(rf"\s*{_COUNTER_FORM}\s*", re.IGNORECASE)
_BARE_NUMBER = re.compile(r"\s*\d{1,3}\s*")
_HEADING_TAG = re.compile(r"h[1-6]", re.IGNORECASE)
# A caption's opening numbering: "1/4 Pekerja …", "2 dari 4 …", "Foto 3 dari 4: Petugas …" (a separator may follow).
_LEADING_COUNTER = re.compile(r"(?:(?:foto|photo|slide|gambar)\s+)?(\d{1,3})\s*(?:/|dari|of)\s*(\d{1,3})"
                              r"(?:\s*[:|\u2013\u2014-](?=\s))?\s+(?=\S)", re.IGNORECASE)


def strip_slide_counters(texts: Sequence[str]) -> list[str]:
    """A gallery's captions without the "N/M" numbering they open with ("1/3 Warga …", "2/3 Petugas …", "3/3 …",
    "Foto 1 dari 2 …"), only when the numbers count the slides: the captions opening with one count 1, 2, 3… in turn
    under one M, two of them or more (a gallery's description or a credit line between them has no number; a second
    gallery counts from 1 again), and, short of the whole series 1/M to M/M, none goes on in lower case. A caption of
    its own opening with a fraction ("2/3
    warga Desa Sukamaju …", "1/2 lusin sepatu …", a lone "1/5 Warga …") keeps it (h151 probe D1); so does every
    caption of a numbering that breaks its count ("1/2 …", "2/2 …", "3/2 …")."""
    texts = [collapse_ws(text) for text in texts]
    found = [_LEADING_COUNTER.match(text) for text in texts]
    runs: list[list[int]] = []  # indexes of the captions opening with a number, a run from each "1"
    for index, match in enumerate(found):
        if match is not None:
            if not runs or int(match.group(1)) == 1:
                runs.append([])
            runs[-1].append(index)
    stripped = list(texts)
    for run in runs:
        matches = [found[index] for index in run]
        totals = {int(match.group(2)) for match in matches if match is not None}
        numbers = [int(match.group(1)) for match in matches if match is not None]
        total = totals.pop() if len(totals) == 1 else 0
        # a caption going on in lower case ("2/3 warga …") may be a fraction of the story's own, unless the run is the
        # whole series, 1/M to M/M: captions of a gallery opening with a brand or a title ("1/3 iPhone 15 …", "2/4 dr.
        # Reisa …", h208 probe of liputan6's galleries)
        if len(run) < 2 or not total or numbers != list(range(1, len(run) + 1)) or len(run) > total \
                or (len(run) < total and any(match is None or texts[index][match.end()].islower()
                                             for index, match in zip(run, matches))):
            continue
        for index, match in zip(run, matches):
            if match is not None:
                stripped[index] = texts[index][match.end():]
    return stripped


def drop_slide_counters(blocks: Sequence[Block]) -> list[Block]:
    """Blocks a walk read (page order) with a photo gallery's captions read as a site spider reads them (caption_text,
    strip_slide_counters): in a caption or a photo box (a flagged block, or one under a caption/gallery/photo/slide
    class a few levels up: ``in_photo_box``), a child marked as the counter that opens the block ("<span
    class='…__counter'>1/4</span> Pekerja …": ``_is_counter``) is no text of it, a block that was only the counter is
    gone, and the captions' numbering written as their text ("1/4 Pekerja …", "Foto 2 dari 4 …") goes when it counts
    the slides. Other blocks, and the blocks of a page without such captions, are the very same objects."""
    kept: list[Block] = []
    captions: list[int] = []  # indexes in ``kept`` of the caption blocks opening with a number
    for block in blocks:
        if not _NUMBER_OPENS.match(block.text) or not (block.flagged or in_photo_box(block.owner)):
            kept.append(block)
            continue
        counter = _opening_counter(block.owner)
        text = block.text
        # a bare number opening a heading is a listicle's item number, the story's ("<h2><span class='slide-number'>1
        # </span> Pantai Indrayanti</h2>", h208 probe); a slide's count ("1/4", "Foto 1 dari 4") is never
        if counter and (_COUNTER_TEXT.fullmatch(counter) or not _HEADING_TAG.fullmatch(str(block.owner.tag))) \
                and (text == counter or text.startswith(counter + " ")):
            text = text[len(counter):].strip()
            if not text:
                continue
            block = replace(block, text=text, link_chars=min(block.link_chars, len(text)),
                            topic_link_chars=min(block.topic_link_chars, len(text)))
        captions.append(len(kept))
        kept.append(block)
    texts = strip_slide_counters([kept[index].text for index in captions]) if len(captions) > 1 else []
    for index, text in zip(captions, texts):
        block = kept[index]
        if text != block.text:
            kept[index] = replace(block, text=text, link_chars=min(block.link_chars, len(text)),
                                  topic_link_chars=min(block.topic_link_chars, len(text)))
    return kept


# What a gallery's counter may open a block with: a number, or "Foto"/"Slide" before one.
_NUMBER_OPENS = re.compile(r"(?:(?:foto|photo|slide|gambar)\s+)?\d", re.IGNORECASE)
# class/id words of a photo's box: its caption, a gallery, a slide (maintext reads such boxes for a photo story).
_PHOTO_BOX_WORDS = re.compile(r"caption|gallery|galeri|photo|foto|slide|carousel|swiper", re.IGNORECASE)
_PHOTO_BOX_LEVELS = 5  # the element and four ancestors


def in_photo_box(element: etree._Element) -> bool:
    """Whether an element sits in a photo's box: a caption/gallery/photo/slide class or id on it or a few levels up."""
    node: etree._Element | None = element
    for _ in range(_PHOTO_BOX_LEVELS):
        if node is None or not isinstance(node.tag, str):
            return False
        if _PHOTO_BOX_WORDS.search(element_marks(node)):
            return True
        node = node.getparent()
    return False


def _opening_counter(owner: etree._Element) -> str:
    """The text of the counter that opens ``owner``'s text: the element holding its first words, or one of that
    element's ancestors below ``owner``, marked as a counter and holding one (``_is_counter``); "" when none. Reads
    up to the first words only, with a stack (pages nest thousands deep): an element, then its tail."""
    if owner.text and owner.text.strip():
        return ""
    stack: list[tuple[etree._Element, bool]] = [(child, False) for child in reversed(owner)]
    while stack:
        node, tail = stack.pop()
        if tail or not isinstance(node.tag, str) or node.tag.lower() in ("script", "style"):
            if node.tail and node.tail.strip():
                return ""  # the first words are no element's own
            continue
        if node.text and node.text.strip():
            holder: etree._Element | None = node
            for _ in range(_PHOTO_BOX_LEVELS):
                if holder is None or holder is owner:
                    break
                if _is_counter(holder, []):
                    return collapse_ws("".join(holder.itertext()))
                holder = holder.getparent()
            return ""
        stack.append((node, True))
        stack.extend((child, False) for child in reversed(node))
    return ""


def caption_text(element: etree._Element) -> str:
    """A gallery caption's text as ``string(.)`` reads it (pieces joined as written: "<b>Jalan Raya</b>, Jakarta")
    without a child marked as its counter (``_COUNTER_MARK`` in its class or id) that holds a slide counter ("1/5",
    "Foto 1 dari 2"), or a bare number when nothing of the caption comes before it ("Sebanyak <span class='num'>150
    </span> warga" keeps its number: h151 probe). Scripts and styles are no text. Walked with a stack (pages nest
    thousands deep). A leading "N/M" in the text is the gallery's to judge (``strip_slide_counters``)."""
    if not isinstance(element.tag, str):
        return ""
    pieces = [element.text or ""]
    levels: list[Iterator[etree._Element]] = [iter(element)]
    tails: list[str | None] = []
    while levels:
        child = next(levels[-1], None)
        if child is None:
            levels.pop()
            if tails:
                pieces.append(tails.pop() or "")
            continue
        if not isinstance(child.tag, str) or child.tag.lower() in ("script", "style") or _is_counter(child, pieces):
            pieces.append(child.tail or "")
            continue
        pieces.append(child.text or "")
        levels.append(iter(child))
        tails.append(child.tail)
    return collapse_ws("".join(pieces))


def _is_counter(child: etree._Element, before: list[str]) -> bool:
    if not _COUNTER_MARK.search(element_marks(child)):
        return False
    text = "".join(child.itertext())
    return bool(_COUNTER_TEXT.fullmatch(text) or (_BARE_NUMBER.fullmatch(text) and not "".join(before).strip()))


def _text_under_image(block: etree._Element, photo: etree._Element) -> int:
    """The longest caption a p/div opening with ``photo`` may hold under it (0: none): after a line break, a short text
    ("<p><img><br>caption</p>"); all in one italic run after the photo, an italic caption's ("<p><img><em>caption</em>
    </p>"). Structure only: the caller reads the text."""
    if len(block) < 2 or block.tag not in ("p", "div") or not _blank(block.text) or block[0] is not photo \
            or not _blank(photo.tail):
        return 0
    second = block[1]
    if second.tag == "br":
        if any(isinstance(node.tag, str) and (node.tag in BLOCK_TAGS or node.tag in _IMAGE_TAGS) for node in block[2:]):
            return 0
        return _SLIDE_CAPTION_MAX_CHARS
    if second.tag in _ITALIC_TAGS and len(block) == 2 and _blank(second.tail):
        return _CAPTION_MAX_CHARS
    return 0


def _slide_text(block: etree._Element, parent: etree._Element) -> bool:
    """A leaf block in a box of its own (``parent``) of a few elements and little text: a slide's or a card's caption
    (the caller found it right after the photo)."""
    if block.tag not in BLOCK_TAGS:
        return False
    if any(isinstance(node.tag, str) and node.tag in BLOCK_TAGS for node in block.iterdescendants()):
        return False  # a box of paragraphs beside the photo, not its caption
    return _caption_text(block, _SLIDE_CAPTION_MAX_CHARS) and text_within(parent, _SLIDE_MAX_CHARS, lines=False) is not None


def _caption_text(element: etree._Element, limit: int) -> bool:
    """Whether an element's text is a caption's: at most ``limit`` characters, and no editor's note ("Ralat: …")."""
    text = text_within(element, limit, lines=False)
    return text is not None and EDITOR_NOTE_RE.match(text) is None


def _image_only(element: etree._Element) -> bool:
    """Whether the element is an image, or holds one and no text (a <p>, <div>, <figure> or link around it)."""
    if element.tag in _IMAGE_TAGS:
        if element.tag != "figure":
            return True
    elif element.tag not in BLOCK_TAGS and element.tag != "a":
        return False
    image = False
    for node in element.iter():
        if node is not element and node.tail and not node.tail.isspace():
            return False
        if not isinstance(node.tag, str):
            continue
        if node.tag == "img":
            image = True
        elif node.text and not node.text.isspace() and node.tag not in _NO_TEXT_TAGS:
            return False
    return image


def ends_paragraph_before(buffer: list[str], tail: str | None) -> bool:
    """Whether the text read so far (``buffer``'s pieces) ends a sentence and the text after a skipped box
    (``tail``) does not continue it in lower case."""
    for piece in reversed(buffer):
        if stripped := piece.rstrip():
            if not stripped.endswith(tuple(_SENTENCE_END)):
                return False
            break
    else:
        return False
    following = (tail or "").lstrip()
    return not following or not following[0].islower()


_DIALOG_ROLES = frozenset({"dialog", "alertdialog"})


def is_dialog(element: etree._Element) -> bool:
    """Whether an element is a dialog: <dialog>, role="dialog"/"alertdialog" or aria-modal="true" (a consent
    manager's modal rendered by the server: "Kami menghargai privasi Anda" and its paragraphs, no story's)."""
    return (element.tag == "dialog" or (element.get("role") or "").strip().lower() in _DIALOG_ROLES
            or (element.get("aria-modal") or "").strip().lower() == "true")


def page_headline(root: etree._Element) -> etree._Element | None:
    """The page's headline element: its longest <h1> (a masthead's h1 names the site in fewer words), None without."""
    headings = list(root.iter("h1"))
    return max(headings, key=lambda h: len(collapse_ws(h.xpath("string()")))) if headings else None


def holds_the_story(box: etree._Element, root: etree._Element) -> bool:
    """Whether a box holds the page's story: the page's longest <h1>, or most of the paragraph text under ``root``
    (a quick-view or reader overlay served as the article's URL, role=dialog around h1, date and story; h52 probe)."""
    longest = page_headline(box.getroottree().getroot())
    if longest is not None and any(node is box for node in longest.iterancestors()):
        return True
    inside = _prose_chars(box)
    return inside * 2 > _prose_chars(root) > 0


# A paragraph at least this long is a story's prose (a consent box's one sentence rarely is).
_PROSE_PARAGRAPH_CHARS = 80


def _prose_chars(element: etree._Element) -> int:
    """The characters of the paragraphs under ``element`` that are prose-long (_PROSE_PARAGRAPH_CHARS)."""
    sizes = (len(collapse_ws(p.xpath("string()"))) for p in element.iter("p"))
    return sum(size for size in sizes if size >= _PROSE_PARAGRAPH_CHARS)


def common_ancestor(first: etree._Element, second: etree._Element) -> etree._Element | None:
    """The nearest element holding both (None when they are in different trees)."""
    # The elements themselves, held: lxml keeps a node's proxy (and its hash) only while something references it.
    holders = {first, *first.iterancestors()}
    node: etree._Element | None = second
    while node is not None and node not in holders:
        node = node.getparent()
    return node


# class/id words of the readers' comments under a story (WordPress's #comments .comment-list li.comment, Disqus's
# #disqus_thread, a theme's .komentar): never the story's. The one list: maintext's boilerplate words read it too.
COMMENT_WORDS = ("comment", "komentar", "disqus")
# A comment box's class or id token STARTS with its word ("comments-area", "comment-metadata", "commentlist",
# "disqus_thread", "fb-comments", li id "comment-12"); "commentary" (an opinion column) and the counters and states a
# story's own meta line names ("comments-link", "comment-count", "comments-open") are no box of comments.
_COMMENT_TOKEN = re.compile(rf"(?:fb[-_]?)?(?:{class_words(*COMMENT_WORDS)})s?(?:list)?"
                            r"(?:$|[-_](?!(?:open|closed|count|counter|number|link|links|status|icon)$))", re.IGNORECASE)
# Readers' responses under a story by another name ("Tanggapan Pembaca" in div.respon-pembaca, .tanggapan-list): for
# the date and byline finders only, by a token's start as above — maintext's boilerplate words match anywhere in a
# class, where "respon" is in "table-responsive".
# (h268 R3) and by the names of a discussion under the story: section.discussion, .diskusi, .responses, .replies,
# .reply, .ulasan (readers' reviews), .forum, .testimoni.
_READER_RESPONSE_TOKEN = re.compile(r"(?:tanggapan|respons?|responses|discussions?|diskusi|repl(?:y|ies)|ulasan|forum"
                                    r"|testimoni(?:al)?s?)(?:list)?(?:$|[-_](?!(?:count|counter|icon)$))",
                                    re.IGNORECASE)
# The reply form WordPress puts after the comments (#respond), and schema.org's Comment in microdata.
_COMMENT_FORM_ID = "respond"


def in_comments(element: etree._Element) -> bool:
    """Whether an element is in the readers' comments (``_COMMENT_TOKEN`` or ``_READER_RESPONSE_TOKEN`` on its or an
    ancestor's class or id; an ``itemprop="comment"`` or ``itemtype=…/Comment`` item; WordPress's ``#respond`` form):
    a comment's timestamp or
    name is the reader's, never the story's date or byline (h114 probe: a comment's "4 Desember 2026 pukul 07.10" as
    published_at on a page whose own date line shows no time). A block that also holds an h1 is the article (a rubric
    named Komentar: div.komentar-redaksi wrapping the headline, the story and its sign-off date), never a comment
    area, and neither is any block above it: a comment box never holds the headline (h115 probe)."""
    for node in (element, *element.iterancestors()):
        # Each attribute read once; an attribute missing passes its test as its "" did, and a node with neither a
        # class nor an id (most ancestors) is no marked box (_comment_marked of two empty values is False): not asked.
        ident, classes = node.get("id"), node.get("class")
        itemprop, itemtype = node.get("itemprop"), node.get("itemtype")
        if (itemprop is not None and itemprop.strip().lower() == "comment") \
                or (itemtype is not None and itemtype.rstrip("/").lower().endswith("/comment")) \
                or (ident is not None and ident.strip().lower() == _COMMENT_FORM_ID) \
                or ((classes or ident) and _comment_marked(classes, ident)):
            return not _holds_headline(node)
    return False


_comment_marks_cache: dict[tuple[str | None, str | None], bool] = {}


def _comment_marked(classes: str | None, ident: str | None) -> bool:
    """Whether class and id tokens (read as element_marks reads them) name the comments (_COMMENT_TOKEN,
    _READER_RESPONSE_TOKEN), cached by the raw values: every ancestor of every byline and date candidate is asked, and
    a page repeats its few dozen class strings."""
    marked = _comment_marks_cache.get((classes, ident))
    if marked is None:
        marked = any(_COMMENT_TOKEN.match(token) or _READER_RESPONSE_TOKEN.match(token)
                     for token in mark_words(classes, ident).split())
        if len(_comment_marks_cache) >= 4096:
            _comment_marks_cache.clear()  # a long crawl: keep the recent pages' values
        _comment_marks_cache[classes, ident] = marked
    return marked


_HEADLINES = etree.XPath("descendant::h1")


def _holds_headline(node: etree._Element) -> bool:
    return bool(_HEADLINES(node))


def in_dialog(element: etree._Element) -> bool:
    """Whether an element is a dialog or sits in one (is_dialog)."""
    return any(is_dialog(node) for node in (element, *element.iterancestors()))


# An interactive widget inside a story's container: a poll (radio buttons or checkboxes, a select), a reactions or tip
# box with its buttons, a form's labels, an audio player. Its controls are never read (SKIP_TAGS), but the question, the
# options' labels and counters around them were (h48 probe: detik's in-body poll, "Perlu"/"Tidak perlu"/"Lihat
# hasil1.245 suara"; a WP-Polls box, "Total Pemilih: 152"). The box is the element holding the controls, widened to its
# parent while what the parent holds beside it is a widget's text too: labels, counts, a question, no statement. A form
# is never read anyway, so controls inside one do not count.
_CONTROL_TAGS = ("input", "select", "button", "label", "audio")
_CHOICE_INPUTS = frozenset({"radio", "checkbox"})
_BUTTON_INPUTS = frozenset({"button", "submit", "reset"})
_WIDGET_LEVELS = 5
_WIDGET_MAX_CHARS = 400
# What may stand beside a widget's controls in its box: a line this short, and no statement ("… itu." of 40+).
_WIDGET_LINE_MAX_CHARS = 100
_WIDGET_STATEMENT_MIN_CHARS = 40
_CHOICES, _BUTTONS, _LABELS, _PLAYERS, _LINKS = range(5)
# A video player is a player too (h155 probe, 2025 templates: a card holding the label "Video Pilihan", the video's
# title and the <video> or <iframe> under it): its box's title is the player's, never a sentence of the story. An
# <iframe> plays a video when its source is a video host's or a video's embed page; a map's or a chart's is no player.
_VIDEO_PLAYER_TAGS = ("video", "amp-video", "lite-youtube", "amp-youtube", "iframe", "amp-iframe")
_FRAME_TAGS = frozenset({"iframe", "amp-iframe"})
_VIDEO_FRAME_SRC = re.compile(
    r"youtube(?:-nocookie)?\.com/(?:embed|watch|shorts)|youtu\.be/|player\.vimeo\.com/|dailymotion\.com/(?:embed|player)"
    r"|dai\.ly/|vidio\.com/(?:embed|watch)|facebook\.com/plugins/video|tiktok\.com/(?:embed|player)"
    r"|/(?:embed|player)/(?:video|vod)s?\b|/videos?/(?:embed|player)\b|//video\.[\w.-]+/|\.(?:mp4|m3u8|webm)\b",
    re.IGNORECASE)
_SLOT_TAGS = frozenset(_CONTROL_TAGS) | frozenset(_VIDEO_PLAYER_TAGS)
# A poll's or a reactions box's options written as links that go nowhere (h69 probe: detik's, tribun's, viva's polls,
# suara's "Bagaimana perasaanmu …?" with "Senang 12", a WP-Polls box's "<a href='#'>Setuju</a>"): a link to "#" or to
# script, one carrying a vote, and any element playing a button (role=button). Such links make a widget only under a
# question (a line ending in "?"): "Pilih salah satu: <a href='#'>Paket A</a> atau <a href='#'>Paket B</a>" in a
# story's paragraph is its text.
# Each test runs on the attribute nodes of its name (``…/@role[. = 'button']/..``), not as a predicate of every link or
# element reading the attribute again: the same elements in page order at half the cost.
_MARKED_CONTROLS = "descendant::a/@data-vote/.. | descendant::a/@data-poll/.. | descendant::*/@role[. = 'button']/.."
_LINK_CONTROLS = etree.XPath("descendant::a/@href[normalize-space(.) = '#' or starts-with(normalize-space(.), 'javascript:')]/.."
                             f" | {_MARKED_CONTROLS}")
# Without its href test, for a root none of whose hrefs holds "#" or "javascript:" (link_values): no href it tests
# can pass (each passing value holds one), so the union is the other parts' (most containers: 58 of the real pages'
# 65 walked roots), and the normalize-space of every href is saved.
_MARKED_CONTROLS_ONLY = etree.XPath(_MARKED_CONTROLS)

# Every link's href and rel under an element, as plain strings: one libxml2 walk testing nothing, whose joined text
# tells which of the words any link holds at all (most containers and pages: none). The link finders (widget_boxes'
# option links, channel_promos, product_cards) query only what it holds: ten contains() on every link cost 1.4 ms over
# a 370-link page body, against 0.1 ms for the strings. walk_blocks reads it once for the three.
_LINK_HREFS_RELS = etree.XPath("descendant::a/@href | descendant::a/@rel", smart_strings=False)


def link_values(root: etree._Element) -> str:
    """The hrefs and rels of every link under ``root``, joined by newlines (a finder's pre-check: a word a link's
    href holds is in it; a word it does not hold may be there too, then the finder's own query decides)."""
    return "\n".join(_LINK_HREFS_RELS(root))


def _control_slot(control: etree._Element) -> int | None:
    tag = control.tag
    if tag in _FRAME_TAGS:
        source = control.get("src") or control.get("data-src") or ""
        return _PLAYERS if _VIDEO_FRAME_SRC.search(source) else None
    if tag == "input":
        kind = (control.get("type") or "").strip().lower()
        return _CHOICES if kind in _CHOICE_INPUTS else _BUTTONS if kind in _BUTTON_INPUTS else None
    return {"select": _CHOICES, "button": _BUTTONS, "label": _LABELS, "audio": _PLAYERS, "video": _PLAYERS,
            "amp-video": _PLAYERS, "lite-youtube": _PLAYERS, "amp-youtube": _PLAYERS}.get(tag)


# A statement's end past closing quotes and brackets: 'menanam, "Kopi adalah masa depan Gayo."' ends one. A question
# ("Bagaimana pendapat Anda?") is a poll's.
_SENTENCE_CLOSERS = "\"'\u201d\u2019)]*"
_STATEMENT_END = (".", "!", "\u2026")
# Beside a player, the story's lines (h158 probe: a quote, a sentence, a report's line in the player's wrapper) are
# read; a player's title is a headline's, title-cased, with no sentence's end and no quote said by someone.
# A quote with its attribution: a closing quote mark after a comma, "!" or "?" and a word after it ('"Saya minta
# maaf," kata Nadiem', '"Merdeka!" teriak warga', '"We will win," he said').
_ATTRIBUTED_QUOTE = re.compile(r"[,!?][\"\u201d\u2019']\s+\w")
# A line of this many words, most of them after the first in lower case, is a sentence ("Gol itu menjadi yang pertama
# baginya musim ini"), never a player's title-cased headline ("Detik-detik Sidang Putusan KPPU Soal Google").
_PLAYER_PROSE_MIN_WORDS = 6
_PLAYER_CALL_MAX_WORDS = 4


def _player_story_line(text: str) -> bool:
    """Whether a line beside a player is the story's (_ATTRIBUTED_QUOTE, a sentence's end, a lower-case sentence)."""
    end = text.rstrip(_SENTENCE_CLOSERS + " ")
    if _ATTRIBUTED_QUOTE.search(text) or end.endswith((".", "\u2026")):
        return True
    if end.endswith("!") and len(text.split()) >= _PLAYER_CALL_MAX_WORDS + 1:
        return True  # an exclamation of the story's; "Tonton sekarang!" is the player's call
    words = [word for word in text.split()[1:] if word[0].isalpha()]
    return len(words) + 1 >= _PLAYER_PROSE_MIN_WORDS and 2 * sum(word[0].islower() for word in words) > len(words)


def _widget_line(element: etree._Element, beside_player: bool = False) -> bool:
    """Whether an element beside a widget's controls holds a widget's text: short, and no statement (40+ characters
    ending a sentence; beside an audio or a video player, no line of the story's either (_player_story_line): a player
    has a title and a clock, never a sentence of the story)."""
    text = text_within(element, _WIDGET_LINE_MAX_CHARS, lines=False)
    if text is None:
        return False
    if normalized_residue_kind(text) is not None:
        return True  # a catalogued line ("Audio berita ini dihasilkan dengan teknologi AI.")
    if beside_player and _player_story_line(text):
        return False
    if not text.rstrip(_SENTENCE_CLOSERS + " ").endswith(_STATEMENT_END):
        return True  # a label, a clock
    return len(text) < _WIDGET_STATEMENT_MIN_CHARS


def _widens_to(parent: etree._Element, box: etree._Element, player: bool = False) -> bool:
    """Whether ``parent`` holds beside ``box`` only a widget's text (its own text and each other child's)."""
    loose = collapse_ws("".join([parent.text or ""] + [child.tail or "" for child in parent]))
    if len(loose) > _WIDGET_LINE_MAX_CHARS:
        return False
    if player and loose.rstrip(_SENTENCE_CLOSERS + " ").endswith(_STATEMENT_END):
        return False  # a player set in a sentence ("Kata dia<iframe …>(video di atas)."): the story's paragraph
    return all(child is box or not isinstance(child.tag, str) or _widget_line(child, player) for child in parent)


def _accordion_item(node: etree._Element) -> bool:
    """Whether a toggle's element is a CSS-only accordion's item: a <label for> naming the toggle's checkbox or radio
    (its question) with a panel after it, a sibling holding text (its answer: <input type=checkbox id=q1><label for=q1>
    Apakah SNBP berbayar?</label><div><p>Tidak, gratis.</p></div>). A live report's switch labels itself, no panel
    (<label><input type=checkbox> Auto refresh</label>), whatever sentence stands beside it (h106 probe)."""
    for label in node.iter("label"):
        target = (label.get("for") or "").strip()
        if not target or not any((control.get("id") or "").strip() == target
                                 and (control.get("type") or "").strip().lower() in _CHOICE_INPUTS
                                 for control in node.iter("input")):
            continue
        if any(isinstance(panel.tag, str) and panel.tag not in _CONTROL_TAGS and collapse_ws(" ".join(panel.itertext()))
               for panel in label.itersiblings()):
            return True
    return False


def _makes_widget(tally: list[int] | None) -> bool:
    """Whether the controls under an element make it a widget: two choices (or a select), two buttons, two form labels,
    an audio player, two option links, or one choice with its label (a toggle: a live report's "Auto refresh" switch,
    <label><input type=checkbox> Auto refresh</label>; widget_boxes then leaves out a CSS-only accordion's item,
    _accordion_item, and asks of option links that nothing but a widget's text stand beside them)."""
    if tally is None:
        return False
    choices, buttons, labels, players, linked = tally
    return (choices >= 2 or buttons >= 2 or labels >= 2 or players > 0 or linked >= 2
            or (choices >= 1 and labels >= 1))


def widget_boxes(root: etree._Element, links: str | None = None) -> set[etree._Element]:
    """Interactive widgets under ``root`` (never ``root`` itself): an element within _WIDGET_LEVELS of its controls
    holding two choice inputs or a select, two buttons, two form labels, an audio or a video player, a labelled toggle (not an
    accordion's item: _accordion_item), or two option links (_LINK_CONTROLS: under a question, nothing but short lines beside
    them), and at most _WIDGET_MAX_CHARS
    of text;
    widened to its parent while the parent holds nothing but a widget's text beside it (a poll's title, question and
    count around its list of choices). ``links``: link_values(root), when the caller has it."""
    counts: dict[etree._Element, list[int]] = {}
    if links is None:
        links = link_values(root)
    query = _LINK_CONTROLS if "#" in links or "javascript:" in links else _MARKED_CONTROLS_ONLY
    controls = [control for control in query(root) if control.tag not in _SLOT_TAGS]
    for control in (*root.iter(*_CONTROL_TAGS, *_VIDEO_PLAYER_TAGS), *controls):
        slot = _LINKS if control.tag not in _SLOT_TAGS else _control_slot(control)
        if slot is None:
            continue
        path: list[etree._Element] = []
        node = control.getparent()
        while node is not None and node is not root and len(path) < _WIDGET_LEVELS:
            if node.tag == "form":
                path = []  # the form is not read: its controls are its own business
                break
            path.append(node)
            node = node.getparent()
        for node in path:
            tally = counts.setdefault(node, [0, 0, 0, 0, 0])
            tally[slot] += 2 if control.tag == "select" else 1
    boxes: set[etree._Element] = set()
    for node, tally in counts.items():
        if not _makes_widget(tally) or any(map(_makes_widget, map(counts.get, node.iterchildren()))):
            continue  # not a widget, or not its lowest element: a child holds the controls that make it one
        choices, buttons, labels, players, linked = tally
        text = text_within(node, _WIDGET_MAX_CHARS, lines=False)
        if text is None:
            continue
        if players and not _widens_to(node, node, True):
            continue  # a player set in the paragraph it records: the paragraph is the story's, the player never read
        strong = choices >= 2 or buttons >= 2 or labels >= 2 or players
        toggle = not strong and choices > 0 and labels > 0
        by_links = not (strong or toggle)
        if toggle and _accordion_item(node):
            continue  # a CSS-only FAQ accordion's item: its question and answer are the story's (h105 probe)
        if by_links and not _widens_to(node, node):
            continue  # links set in a sentence of the story
        parent = node.getparent()
        while (parent is not None and parent is not root and _widens_to(parent, node, players > 0)
               and (wider := text_within(parent, _WIDGET_MAX_CHARS, lines=False)) is not None):
            node, parent, text = parent, parent.getparent(), wider
        if by_links and "?" not in text:
            continue  # linked options with no question over them: a list of the story's
        boxes.add(node)
    return boxes


# A follow-our-channel promo in the body (h101 probe): "Kabar terbaru ANTARA kini hadir di saluran WhatsApp, ikuti di
# <a href=whatsapp.com/channel/…>sini</a>.", "Klik ikuti Tribun-Timur.com di <a href=news.google.com/publications/…>
# Google News</a> …", "… gabung saluran kami <a href=whatsapp.com/channel/…>di sini</a>.": a block of its own, short, linking
# to a channel elsewhere (a WhatsApp channel, Telegram, a Google News publication) and naming the outlet itself (the page's
# host, "antaranews.com" read in "ANTARA") or "kami", or linking it by a bare call (a few words, no name, no address:
# "sini", "Klik di sini", "Follow di sini"). A story's sentence pointing to someone else's channel ("… kanal Telegram
# resmi Dinas Pendidikan di t.me/disdikjabar.") names no outlet and links the address or the channel's name; a quoted
# one ('"Ikuti kanal kami di sini," kata …') is a report; a long paragraph is the story's.
_CHANNEL_LINK = re.compile(r"^(?:https?:)?//(?:www\.)?(?:whatsapp\.com/channel/|(?:t|telegram)\.me/"
                           r"|news\.google\.com/(?:publications|s)/)", re.IGNORECASE)
_CHANNEL_HREF_WORDS = ("whatsapp.com/channel/", "t.me/", "telegram.me/", "news.google.com/")
_CHANNEL_LINKS = etree.XPath("descendant::a[{}]".format(
    " or ".join(f"contains(@href, {word!r})" for word in _CHANNEL_HREF_WORDS)))
_PROMO_MAX_CHARS = 200
_QUOTE_MARKS = "\"\u201c\u201d"
_SELF_WORD = re.compile(r"\bkami\b", re.IGNORECASE)
# The labels ending a host that name no outlet: "news.detik.com", "republika.co.id", "jatim.tribunnews.com".
_HOST_SUFFIX_LABELS = frozenset({"com", "co", "id", "net", "org", "or", "go", "ac", "web", "my", "sch", "biz", "info",
                                 "tv", "news", "www", "m", "amp"})
_OUTLET_WORD_MIN_CHARS = 4
_CALL_MAX_WORDS = 3


def _bare_call(link: etree._Element) -> bool:
    """Whether a link's text is a bare call to follow it: a few words, no address, no name after its first word."""
    words = collapse_ws(" ".join(link.itertext())).split()
    return 0 < len(words) <= _CALL_MAX_WORDS and not any("." in word or "/" in word for word in words) \
        and all(word.islower() for word in words[1:]) and (words[0].islower() or len(words) > 1)


def _outlet_names(element: etree._Element) -> set[str]:
    """The outlet names the page's hosts spell, lower case: "antaranews", "tribun-timur", "detik"."""
    names = set()
    for host, _, _ in _own_urls(element):
        labels = [label for label in host.split(":")[0].split(".") if label and label not in _HOST_SUFFIX_LABELS]
        if labels:
            names.add(labels[-1].lower())
    return {name for name in names if len(re.sub(r"[^0-9a-z]", "", name)) >= _OUTLET_WORD_MIN_CHARS}


# The outlet's own spelling of its brand, a whole word: its site ("Kompas.com", "Liputan6.com", "Tribun-Timur.com",
# "detik.com"), its name joined to "com" ("detikcom") or to a section in capitals ("kumparanBISNIS", "detikNews"), or
# its wire name in capitals opening the host's ("ANTARA" of antaranews.com). The host's name alone is a brand only when
# no sentence uses it as a word (a digit, a hyphen, a "news" tail: "Liputan6", "antaranews"): "detik", "kompas",
# "merdeka", "antara", "tempo", "suara" are words of the story ("dalam hitungan detik", "antara lain", "Istana Merdeka"),
# and "Republik", "Liputan", "tribun timur" only begin a name (h105 probe).
_BRAND_TOKEN = re.compile(r"[\w.+-]+")
_SITE_SUFFIX = re.compile(r"(?:\.(?:com|co\.id|co|id|net|tv|news|or\.id|web\.id))+\+?$", re.IGNORECASE)
_COMPOUND_NAME = re.compile(r"\d|-|.news$")
_WIRE_NAME_TAIL = re.compile(r"(?:news|\d+)?")


def _names_outlet(text: str, outlets: set[str]) -> bool:
    """Whether ``text`` names one of ``outlets`` (host names, _outlet_names) in the outlet's own spelling of its brand
    (comment above)."""
    for token in _BRAND_TOKEN.findall(text):
        token = token.strip(".-+")
        site = _SITE_SUFFIX.search(token)
        name = token[:site.start()] if site else token
        lowered = name.lower()
        for outlet in outlets:
            if lowered == outlet and (site or _COMPOUND_NAME.search(outlet)):
                return True  # "Kompas.com", "Tribun-Timur.com"; "antaranews", "Liputan6"
            rest = name[len(outlet):] if name.startswith(outlet) else None
            if rest and (rest == "com" or (rest[0].isupper() and rest.isalpha())):
                return True  # "detikcom", "kumparanBISNIS"
            if (len(name) >= _OUTLET_WORD_MIN_CHARS and name.isalpha() and name.isupper() and outlet.startswith(lowered)
                    and _WIRE_NAME_TAIL.fullmatch(outlet[len(lowered):])):
                return True  # "ANTARA", "KOMPAS"
    return False


def channel_promos(root: etree._Element, links: str | None = None) -> set[etree._Element]:
    """Follow-our-channel promos under ``root`` (never ``root`` itself): the block holding a link to a channel
    (_CHANNEL_LINK), at most _PROMO_MAX_CHARS of text, no quotation, naming the outlet or "kami" or linking by a bare
    call (comment above). ``links``: link_values(root), when the caller has it."""
    promos: set[etree._Element] = set()
    outlets: set[str] | None = None
    if links is None:
        links = link_values(root)
    if not any(word in links for word in _CHANNEL_HREF_WORDS):
        return promos  # no href holds what _CHANNEL_LINKS asks for (most pages): it would find no link
    for link in _CHANNEL_LINKS(root):
        if not _CHANNEL_LINK.match((link.get("href") or "").strip()):
            continue
        block = link.getparent()
        while block is not None and block is not root and block.tag not in BLOCK_TAGS:
            block = block.getparent()
        if block is None or block is root or block in promos:
            continue
        text = text_within(block, _PROMO_MAX_CHARS, lines=False)
        if not text or any(mark in text for mark in _QUOTE_MARKS):
            continue
        if outlets is None:
            outlets = _outlet_names(root)
        if _SELF_WORD.search(text) or _names_outlet(text, outlets) or (_bare_call(link) and not names_public_body(text)):
            promos.add(block)
    return promos


# The outlet's own box closing the story (h142 probe: Mojok's <div class="kmm-box"><p><strong>Terminal Mojok</strong>
# merupakan platform User Generated Content (UGC) … Kirim tulisanmu di <a href="/kirim-artikel/">sini</a>.</p></div>
# after the essay's last paragraph, a class naming nothing): by its place and what it says, never its class or wording.
# A box of its own (a <div>, <aside>, <section>) among the story's paragraphs (<p> children of the same parent, one of
# them prose before it and none after it), at most _OUTLET_BOX_MAX_CHARS, no quotation, that names the outlet (the
# page's og:site_name as written, a whole word, or its brand in its own spelling: _names_outlet) and calls the reader
# to act (_CALL_TO_ACT) through a link into the outlet's own site or a bare "di sini". A paragraph of the story naming
# the outlet ("kata X kepada Mojok.") is one of the <p> siblings, never such a box; a box quoting or calling nobody is
# the story's (a fact box, a note).
_OUTLET_BOX_TAGS = frozenset({"div", "aside", "section", "footer"})
_OUTLET_BOX_MAX_CHARS = 300
_OUTLET_BOX_SIBLINGS = 60  # preceding siblings read for the story's paragraph
_CALL_TO_ACT = re.compile(
    r"\b(?:kirim(?:kan)?|submit|subscribe|(?:ber)?langganan|follow|ikuti|daftar(?:kan)?|(?:ber)?gabung|join|sign\s+up)\b",
    re.IGNORECASE)
_SITE_NAME_META = etree.XPath("//meta[@property='og:site_name']/@content")


def _own_site_names(root: etree._Element) -> list[str]:
    """The outlet's name as its og:site_name spells it, without a domain suffix ("Mojok.co" → "Mojok")."""
    names = set()
    for content in _SITE_NAME_META(root)[:2]:
        name = _SITE_SUFFIX.sub("", collapse_ws(str(content))).strip()
        if len(re.sub(r"[^0-9a-z]", "", name.lower())) >= _OUTLET_WORD_MIN_CHARS and len(name) <= 40:
            names.add(name)
    return sorted(names)


def _names_own_site(text: str, names: list[str], outlets: set[str]) -> bool:
    """Whether ``text`` names the outlet: its og:site_name (``names``) as written or in capitals, a whole word with or
    without a domain suffix, or its host's name in the outlet's own spelling of its brand (_names_outlet)."""
    return any(_site_name_re(name).search(text) for name in names) or _names_outlet(text, outlets)


@lru_cache(maxsize=256)
def _site_name_re(name: str) -> re.Pattern[str]:
    """The site's name as written or in capitals, a whole word, with or without a domain suffix."""
    spellings = "|".join(r"\s+".join(re.escape(word) for word in spelling.split()) for spelling in {name, name.upper()})
    return re.compile(rf"(?<![\w.-])(?:{spellings})(?:\.(?:com|co\.id|co|id|net))?(?![\w-])")


# Where a call to act leads on the outlet's own site (h147 probe: a link into the site is no call by itself, "Daftar
# gratis melalui <a href='/festival-burjo/'>laman pendaftaran</a>" is the story's): a path sending the reader to
# submit, subscribe, sign up, contact the outlet or get its app.
_CALL_PATH_RE = re.compile(
    r"(?<![a-z])(?:kirim|submit|tulis|write|contribut|langganan|berlangganan|subscri|newsletter|buletin|kontak|contact|"
    r"hubungi|daftar|register|signup|sign-up|join|gabung|app|aplikasi|download|unduh|follow)", re.IGNORECASE)


# A link's words that point at it as the call: "sini", "di sini", "klik di sini", "tautan ini", "here", "click here" (a
# bare call's few lowercase words otherwise name what they link, "laman acara": no call).
_POINTING_CALL_RE = re.compile(
    r"\s*(?:(?:klik|click|tap)\s+)?(?:(?:di|ke)\s+)?(?:sini|here|(?:link|tautan|laman)\s+(?:ini|berikut))\s*[.!]?\s*",
    re.IGNORECASE)


def _href_path(href: str) -> str:
    """A link target's path: no scheme, host, query or fragment ("" for a URL no browser could fetch)."""
    parts = split_url(href)
    return parts.path if parts is not None else ""


# A Ghost Portal link (h175 probe: indonesiaexpat.id's callout card "Get Indonesia Expat stories delivered to your inbox
# every week. <a href="#/portal/signup">Subscribe for free</a>."; the header's <a href="#/portal/signin"
# data-portal="signin">): it opens the site's own signup, signin, account or support window, never a place in the page.
_GHOST_PORTAL_HREF = re.compile(r"#/portal(?:/|$)", re.IGNORECASE)


def _calls_to_own_site(link: etree._Element) -> bool:
    """Whether ``link`` leads into the page's own site (a relative address or the page's host), a bare "di sini" too
    (h147 probe: a bare call to another host, "melalui Kitabisa di <a href='https://kitabisa.com/…'>sini</a>", is the
    story's), and is the call itself: a pointing call (_POINTING_CALL_RE), a call in its words (_CALL_TO_ACT), or a path to submit,
    subscribe, contact or the like (_CALL_PATH_RE). A Ghost Portal link (a ``#/portal/…`` address or a ``data-portal``
    attribute) is one; any other in-page anchor ("#comments", a footnote's "#fn1") is none."""
    href = (link.get("href") or "").strip()
    if _GHOST_PORTAL_HREF.match(href) or (link.get("data-portal") or "").strip():
        return True
    if not href or href.startswith(("#", "javascript:", "mailto:")):
        return False
    words = collapse_ws(" ".join(link.itertext()))
    if not (_POINTING_CALL_RE.fullmatch(words) or _CALL_TO_ACT.search(words) or _CALL_PATH_RE.search(_href_path(href))):
        return False
    if not re.match(r"^(?:[a-z][a-z0-9+.-]*:)?//", href, re.IGNORECASE):
        return True
    key = _url_key(href if not href.startswith("//") else "https:" + href)
    if key is None:
        return False
    hosts = {host for host, _, _ in _own_urls(link)}
    return any(key[0] == host or key[0].endswith("." + host) or host.endswith("." + key[0]) for host in hosts)


def _story_paragraphs_around(box: etree._Element) -> bool:
    """Whether ``box`` follows a prose <p> among its siblings (at most _OUTLET_BOX_SIBLINGS back) and no prose
    paragraph follows it among them."""
    before = False
    for count, sibling in enumerate(box.itersiblings(preceding=True)):
        if count >= _OUTLET_BOX_SIBLINGS:
            break
        if sibling.tag == "p" and _prose_paragraph(sibling):
            before = True
            break
    if not before:
        return False
    for sibling in box.itersiblings():
        if not isinstance(sibling.tag, str) or sibling.tag in SKIP_TAGS:
            continue
        if any(_prose_paragraph(paragraph) for paragraph in (sibling, *sibling.iterdescendants("p"))
               if paragraph.tag == "p"):
            return False
    return True


def _outlet_box_candidates(root: etree._Element) -> Iterator[etree._Element]:
    """The boxes (_OUTLET_BOX_TAGS) under ``root`` after a <p> among their siblings, holding a link: each parent's
    children after its first <p> (the first <p> of a parent met in document order is its first), read once."""
    parents: set[etree._Element] = set()
    for paragraph in root.iter("p"):
        parent = paragraph.getparent()
        if paragraph is root or parent is None or parent in parents:
            continue
        parents.add(parent)
        for sibling in paragraph.itersiblings():
            if sibling.tag in _OUTLET_BOX_TAGS and next(sibling.iter("a"), None) is not None:
                yield sibling


# A match's score widget inside a story's container (h314 C: cnnindonesia's div.live_score over the lede, "Piala AFF 2022
# • Grup A" / "IDN 2 - 1 CAM" / "Selesai" / "Lihat klasemen"): a box whose class or id names a live score, a scoreboard,
# a match score or a standings widget, small, of short pieces and no sentence, holding no table. Only by its name: a
# score in elements alone ("<b>2</b> - <b>1</b>") is as often the story's own line in a div or span paragraph (Blogger
# pages, pasted spans: "Skor akhir", "Babak pertama berakhir", a results list as divs, a vote tally, "QS 2:183" —
# h315 R1 lost them all to a classless reading, dropped).
_SCORE_WIDGET_TOKEN = re.compile(
    r"(?:[\w-]*[-_])?(?:live[-_]?scores?|score[-_]?(?:board|box|widget)s?|match[-_]?scores?"
    r"|(?:widget|box|mini)[-_]?klasemen|klasemen[-_]?(?:widget|box|mini))(?:[-_][\w-]*)?", re.IGNORECASE)
_SCORE_WIDGET_MAX_CHARS = 200
_SCORE_PIECE_MAX_CHARS = 40
_SCORE_SENTENCE = re.compile(r"\S+\s+\S+\s+\S+.*[.!?\u2026][\"'\u201d\u2019)]*$")


def _score_box_text(element: etree._Element) -> bool:
    """Whether an element holds a score widget's text: at most _SCORE_WIDGET_MAX_CHARS, in pieces of at most
    _SCORE_PIECE_MAX_CHARS, none a sentence (three words or more ending in a full stop), nor its whole text."""
    text = text_within(element, _SCORE_WIDGET_MAX_CHARS, lines=False)
    if text is None or _SCORE_SENTENCE.match(collapse_ws(text)):
        return False
    pieces = [collapse_ws(piece) for piece in element.itertext()]
    return all(len(piece) <= _SCORE_PIECE_MAX_CHARS and not _SCORE_SENTENCE.match(piece) for piece in pieces if piece)


_MARKED_DESCENDANTS = etree.XPath("descendant::*[@class or @id]")


def score_widgets(root: etree._Element) -> set[etree._Element]:
    """Score widgets under ``root`` (never ``root`` itself): a small box of short pieces and no sentence, holding no
    table, whose class or id names one (_SCORE_WIDGET_TOKEN); no heading (a story's "match-score-title" h2)."""
    boxes: set[etree._Element] = set()
    for element in _MARKED_DESCENDANTS(root):
        # every token the name test matches holds "score" or "klasemen": the rest are passed over unread (a whole
        # page's elements on generic's reading, h315's measure)
        named = f"{element.get('class') or ''} {element.get('id') or ''}".lower()
        if ("score" not in named and "klasemen" not in named) or not isinstance(element.tag, str) \
                or element.tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            continue
        marks = element_marks(element)
        if marks and any(_SCORE_WIDGET_TOKEN.fullmatch(token) for token in marks.split()) \
                and next(element.iter("table"), None) is None and _score_box_text(element):
            boxes.add(element)
    return {box for box in boxes if not any(ancestor in boxes for ancestor in box.iterancestors())}


def outlet_boxes(root: etree._Element) -> set[etree._Element]:
    """The outlet's own boxes closing the story under ``root`` (never ``root`` itself; comment above)."""
    boxes: set[etree._Element] = set()
    names: list[str] | None = None
    outlets: set[str] = set()
    for box in _outlet_box_candidates(root):
        # A marked box only (a class or an id): a bare <div> is a paragraph of the story's (h147 probe: the essay's last
        # paragraph in a <div>, "Mojok menggelar Festival Burjo … Daftar gratis melalui <a>laman pendaftaran</a>").
        if not (box.get("class") or "").strip() and not (box.get("id") or "").strip():
            continue
        text = text_within(box, _OUTLET_BOX_MAX_CHARS, lines=False)
        if not text or not _CALL_TO_ACT.search(text) or any(mark in text for mark in _QUOTE_MARKS):
            continue
        # An editor's note is the article's record, whatever it asks of the reader (h147 probe: "Ralat: Artikel ini
        # telah diperbaiki … Mojok mohon maaf. Kirim koreksi lain melalui <a href='/kontak/'>halaman kontak</a>.").
        if EDITOR_NOTE_RE.match(text) or EDITOR_LABEL_LINE_RE.match(text):
            continue
        if names is None:
            names, outlets = _own_site_names(root), _outlet_names(root)
        if (_names_own_site(text, names, outlets) and any(_calls_to_own_site(each) for each in box.iter("a"))
                and _story_paragraphs_around(box) and not _names_the_storys_subject(box, text, names, outlets)):
            boxes.add(box)
    return boxes


# A name in a box's text: a capitalised word that opens no sentence ("Radar Contoh Fun Run 2024 digelar …": "Contoh",
# "Fun", "Run"; "Kirim tulisanmu …": none), an acronym too ("UGC").
_NAME_WORD_RE = re.compile(r"(?<![.!?:;\w\"'\u201c(-])(?<![.!?:;\"'\u201c(]\s)(?<=\s)[A-Z][\w-]*")
_TITLE_TEXT = etree.XPath("//title | //h1 | //meta[@property='og:title']/@content")
_CALENDAR_WORDS = frozenset(word.lower() for word in (*MONTH_BY_NAME, *WEEKDAY_BY_NAME))


def _names_the_storys_subject(box: etree._Element, text: str, names: list[str], outlets: set[str]) -> bool:
    """Whether a closing box names what the story is about: one of its names (_NAME_WORD_RE; the outlet's own, a
    weekday's or a month's aside) in the page's title or the story's paragraphs before it. An outlet's promo is the same
    under every story (h142 probe: Mojok's "Terminal Mojok merupakan platform User Generated Content (UGC) … Kirim
    tulisanmu di sini."); a story about the outlet's own event closes with its details (h149 probe: "Radar Contoh Fun
    Run 2024 digelar Minggu (30/6) di Lapangan Renon. … daftar melalui <a href='/funrun/daftar/'>tautan ini</a>." in a
    wp-block-group under "Radar Contoh Gelar Fun Run Hari Jadi ke-25"): the story's."""
    own = {word.lower() for name in (*names, *outlets) for word in re.findall(r"\w+", name)}
    # Names as written: a promo's "User Generated Content" is no name the essay says in lower case ("content creator",
    # "user": h150 probe O1).
    words = {word for word in _NAME_WORD_RE.findall(text) if word.lower() not in own and word.lower() not in _CALENDAR_WORDS}
    if not words:
        return False
    story = [collapse_ws(" ".join(each.itertext())) if isinstance(each, etree._Element) else str(each)
             for each in _TITLE_TEXT(box)]
    for count, sibling in enumerate(box.itersiblings(preceding=True)):
        if count >= _OUTLET_BOX_SIBLINGS:
            break
        if isinstance(sibling.tag, str) and sibling.tag not in SKIP_TAGS:
            story.append(" ".join(sibling.itertext())[:_STORY_WORDS_MAX_CHARS])
    said = {word for line in story for word in re.findall(r"[\w-]+", line)}
    return not words.isdisjoint(said)


_STORY_WORDS_MAX_CHARS = 20000  # a sibling's text read for the story's words (a paragraph, a section of the story)


# A newsletter signup box (h101 probe: republika's "Buletin Republika", a Mailchimp embed): a form whose only field to
# fill is an email address (beside buttons and hidden fields), under a heading and a line or two ("Rangkuman berita
# pilihan tiap pagi ke inbox Anda."). The form is never read; the box around it is the signup's, not the story's: its
# other children at most _SIGNUP_LINES lines of at most _SIGNUP_LINE_MAX_CHARS, the whole within _WIDGET_MAX_CHARS.
# A comment form (name, email, message) is a form of several fields: its heading is left to the other rules; a name
# field beside the address is a signup's still (h276 H), in a box saying so (_says_newsletter, h280 R5).
_EMAIL_WORD = re.compile(r"e-?mail", re.IGNORECASE)
_FORM_FIELDS = etree.XPath("descendant::input | descendant::textarea | descendant::select")
_SIGNUP_LINES = 3
_SIGNUP_LINE_MAX_CHARS = 160


# A reader's name beside the address: bisnis.com's newsletter box asks "Nama" then "Email" (h276 H).
_NAME_WORD = re.compile(r"\b(?:nama|name|first[\s_-]?name|fname)\b", re.IGNORECASE)
_FIELD_ATTRIBUTES = ("name", "placeholder", "id", "aria-label")


def _email_field(field: etree._Element) -> bool:
    return (field.get("type") or "").strip().lower() == "email" or any(
        _EMAIL_WORD.search(field.get(attribute) or "") for attribute in _FIELD_ATTRIBUTES)


def _name_field(field: etree._Element) -> bool:
    return (field.get("type") or "text").strip().lower() == "text" and any(
        _NAME_WORD.search((field.get(attribute) or "").replace("_", " ")) for attribute in _FIELD_ATTRIBUTES)


def _signup_form(form: etree._Element) -> str | None:
    """Whether a form's fields to fill are an email address and at most the reader's name beside it (inputs only: a
    comment form's message box, a textarea, makes it no signup): "email" for the address alone, "named" with the name
    beside it, else None."""
    fields = [field for field in _FORM_FIELDS(form) if field.tag != "input"
              or (field.get("type") or "text").strip().lower() not in (*_BUTTON_INPUTS, "hidden", "image")]
    if not 1 <= len(fields) <= 2 or any(field.tag != "input" for field in fields):
        return None
    emails = [field for field in fields if _email_field(field)]
    if len(emails) != 1 or not all(field in emails or _name_field(field) for field in fields):
        return None
    return "email" if len(fields) == 1 else "named"


# A name and an address are what an event's registration asks too (a story's "Pendaftaran lomba … dibuka" box over its
# form, h280 R5): a form asking the name is a signup's only with a newsletter's words in its box or on its button.
_NEWSLETTER_WORDS = re.compile(r"newsletter|buletin|langganan|subscri|inbox", re.IGNORECASE)
_SUBMIT_VALUES = etree.XPath("descendant::input[@type='submit' or @type='button']/@value")


def _says_newsletter(box: etree._Element) -> bool:
    """Whether a signup box's text (its button's included) or a submit input's value has a newsletter's words."""
    text = text_within(box, _WIDGET_MAX_CHARS, lines=False) or ""
    return _NEWSLETTER_WORDS.search(" ".join([text, *map(str, _SUBMIT_VALUES(box))])) is not None


def _signup_box_holds(parent: etree._Element, box: etree._Element) -> bool:
    """Whether ``parent`` holds beside ``box`` (the signup form or its wrapper) only a signup's heading and lines."""
    if len(collapse_ws("".join([parent.text or ""] + [child.tail or "" for child in parent]))) > _WIDGET_LINE_MAX_CHARS:
        return False
    lines = [child for child in parent if child is not box and isinstance(child.tag, str)
             and child.tag not in SKIP_TAGS and collapse_ws(" ".join(child.itertext()))]
    return len(lines) <= _SIGNUP_LINES and all(
        text_within(line, _SIGNUP_LINE_MAX_CHARS, lines=False) is not None for line in lines)


def signup_boxes(root: etree._Element) -> set[etree._Element]:
    """Newsletter signup boxes under ``root`` (never ``root`` itself): the element around a signup form (_signup_form),
    widened while its parent holds beside it only a heading and a short line or two (_signup_box_holds)."""
    boxes: set[etree._Element] = set()
    for form in root.iter("form"):
        if (fields := _signup_form(form)) is None:
            continue
        box, parent = form, form.getparent()
        while (parent is not None and parent is not root and _signup_box_holds(parent, box)
               and text_within(parent, _WIDGET_MAX_CHARS, lines=False) is not None):
            box, parent = parent, parent.getparent()
        if box is not form and (fields == "email" or _says_newsletter(box)):
            boxes.add(box)
    return boxes


def _leading_label(box: etree._Element, listing: etree._Element) -> str | None:
    """The text before ``listing`` in ``box`` when it is one short label: the box's own text ("<div>Intisari:<ul>") or
    one element ("<h2>Poin Penting</h2><ul>", "<p><strong>Summary by AI</strong></p><ul>"), nothing else before it."""
    before = []
    for child in box:
        if child is listing:
            break
        if isinstance(child.tag, str):
            before.append(child)
        elif child.tail and not child.tail.isspace():
            return None
    own = collapse_ws(box.text)
    if own:
        return own if not before else None
    if len(before) != 1 or (before[0].tail and not before[0].tail.isspace()):
        return None
    if text_within(before[0], _DIGEST_LABEL_MAX_CHARS, lines=False) is None:
        return None
    return collapse_ws(" ".join(before[0].itertext()))  # its heading and its badge apart: "Rangkuman AI Beta"


# A paragraph of the story: this long, ending a statement.
_PROSE_PARAGRAPH_MIN_CHARS = 60


def _prose_paragraph(paragraph: etree._Element) -> bool:
    text = collapse_ws(" ".join(paragraph.itertext()))
    return len(text) >= _PROSE_PARAGRAPH_MIN_CHARS and text.rstrip(_SENTENCE_CLOSERS + " ").endswith(_STATEMENT_END)


# A digest by what it says, whatever its label ("✨ Intisari otomatis", "Fakta Utama", "Baca kilat"; h101 probe): a box
# over the story's first paragraph holding a short list of short items whose words the story then says again — at
# least _REPEATED_SHARE of the items' content words (_CONTENT_WORD_MIN_CHARS or longer, _FUNCTION_WORDS aside) in the
# text after the box. A story's own list opening it says what the paragraphs after it do not (a price list, the
# steps, a schedule), and one a sentence announces ("Berikut poin kesepakatan:") is the story's whatever follows.
_DIGEST_MAX_ITEMS = 6
_DIGEST_ITEM_MAX_CHARS = 200
_REPEATED_SHARE = 0.6
_CONTENT_WORD_MIN_CHARS = 4
_CONTENT_WORD = re.compile(r"\w+")
_FUNCTION_WORDS = frozenset({
    "yang", "dengan", "untuk", "dari", "pada", "akan", "tidak", "juga", "dalam", "menjadi", "sudah", "telah", "bisa",
    "dapat", "lebih", "karena", "atau", "oleh", "para", "ini", "itu", "tersebut", "adalah", "masih", "hingga", "saat",
    "serta", "secara", "agar", "bagi", "kini", "mulai", "that", "with", "from", "this", "have", "will", "were"})
# How much of the story after the box the repeat test reads.
_STORY_AFTER_MAX_CHARS = 6000


# Indonesian affixes set aside when comparing words: "diprediksi" and "memprediksi", "diminta" and "meminta" say one thing.
_AFFIXES = re.compile(r"^(?:di|ke|se|meng|meny|mem|men|me|ber|ter|per|peng|peny|pem|pen|pe)(?=\w{4})|(?<=\w{4})(?:kan|an|i|nya)$")


def content_words(text: str) -> set[str]:
    """The words of ``text`` that carry its meaning (_CONTENT_WORD_MIN_CHARS or longer, _FUNCTION_WORDS aside), affixes
    set aside, casefolded."""
    # Each distinct word stemmed once (a story's text repeats its words), through a bounded cache of the page's words.
    return set(map(_stem, {word for word in _CONTENT_WORD.findall(text.casefold())
                           if len(word) >= _CONTENT_WORD_MIN_CHARS and word not in _FUNCTION_WORDS}))


@lru_cache(maxsize=8192)
def _stem(word: str) -> str:
    """A word without its Indonesian affixes (_AFFIXES)."""
    return _AFFIXES.sub("", word)


# A digest's notice that a model wrote it, on a line of its box ("Dihasilkan AI, ditinjau redaksi.", "Highlight ini
# dirangkum AI …", "Dirangkum sistem kecerdasan artifisial."): the box is a digest whatever the story repeats.
_AI_NOTICE = re.compile(r"\bAI\b|kecerdasan\s+(?:buatan|artifisial)|artificial\s+intelligence", re.IGNORECASE)


def _ai_notice(box: etree._Element, listing: etree._Element) -> bool:
    """Whether a line of ``box`` after ``listing`` says a model wrote the digest (_AI_NOTICE)."""
    return any(isinstance(line.tag, str) and _AI_NOTICE.search(collapse_ws(" ".join(line.itertext())))
               for line in listing.itersiblings())


def _elements_after(box: etree._Element, root: etree._Element) -> Iterator[etree._Element]:
    """The elements after ``box`` within ``root`` in reading order: its following siblings, then its parent's, up to
    ``root`` (comments, scripts and styles passed over)."""
    node = box
    while node is not None and node is not root:
        for sibling in node.itersiblings():
            if isinstance(sibling.tag, str) and sibling.tag not in SKIP_TAGS:
                yield sibling
        node = node.getparent()


_ElementWords = dict[etree._Element, tuple[int, set[str]]]


def _all_link(item: etree._Element, text: str) -> bool:
    """Whether a list item's text (``text``, whitespace collapsed) is all link text."""
    return collapse_ws(" ".join(t for link in item.iter("a") for t in link.itertext())) == text


def _digest_items(listing: etree._Element) -> list[str] | None:
    """The texts of a list's items when it may be a digest (_repeats_the_story): 1 to _DIGEST_MAX_ITEMS items, each
    text and at most _DIGEST_ITEM_MAX_CHARS, not all of them links only; else None. Read item by item, stopping at the
    first that rules the list out (a menu's long list, a link list)."""
    items: list[str] = []
    for item in listing.iterchildren("li"):
        if len(items) == _DIGEST_MAX_ITEMS:
            return None
        text = collapse_ws(" ".join(item.itertext()))
        if not text or len(text) > _DIGEST_ITEM_MAX_CHARS:
            return None
        items.append(text)
    if not items or all(_all_link(item, text) for item, text in zip(listing.iterchildren("li"), items)):
        return None  # a menu's or a link list's items (links only): no digest's sentences
    return items


def _repeats_the_story(box: etree._Element, listing: etree._Element, root: etree._Element,
                       words_of: _ElementWords) -> bool:
    """Whether ``listing`` in ``box`` is a short list whose items the story after the box says again (comment above):
    the story's first _STORY_AFTER_MAX_CHARS (the elements after the box, whole, until their text reaches it).
    ``words_of`` keeps each element's text length and content words for the page's other lists: a page's navigation
    lists before its story are many, each followed by the same story (a page's whole text once, not once a list:
    h105's pages cost 36 ms a round of the 37 real pages). An element's words are its text's, so the story's are the
    union of its elements' (no word crosses the space joining them); the test stops once enough are found."""
    items = _digest_items(listing)
    if items is None:
        return False
    words = set().union(*map(content_words, items))
    if not words:
        return False
    wanted, found, size = _REPEATED_SHARE * len(words), set(), 0
    for element in _elements_after(box, root):
        known = words_of.get(element)
        if known is None:
            text = " ".join(element.itertext())
            known = words_of[element] = (len(text), content_words(text))
        found |= words & known[1]
        if len(found) >= wanted:
            return True
        size += known[0]
        if size >= _STORY_AFTER_MAX_CHARS:
            break
    return False


# The opening of a sentence announcing what follows, however short: "Berikut poin-poinnya:", "Inilah isinya:".
_ANNOUNCING_OPENER = re.compile(r"(?:berikut|inilah)\b", re.IGNORECASE)
_LAST_SENTENCE = re.compile(r"(?:^|(?<=[.!?])\s+)([^.!?]*)$")


def announces(text: str) -> bool:
    """Whether a text announces the lines after it: it ends with a colon and has four words or opens as an
    announcement ("Berikut daftarnya:", "Sidang menghasilkan tiga kesepakatan:")."""
    return text.endswith((":", "\uff1a")) and (text.count(" ") >= 3 or _ANNOUNCING_OPENER.match(text) is not None)


def _announcing(label: str) -> bool:
    """A sentence announcing the list under it ("Berikut poin kesepakatan:", "Sidang menghasilkan tiga kesepakatan:",
    "… Berikut poin-poinnya:"): its last sentence announces (``announces``)."""
    label = label.rstrip()
    if not label.endswith((":", "\uff1a")):
        return False
    match = _LAST_SENTENCE.search(label)
    return announces(match.group(1).strip() if match else label)


def _announced_before(box: etree._Element, root: etree._Element) -> bool:
    """Whether the text right before ``box`` in reading order (within ``root``) announces the list in it: the lede
    "… Apa saja isi kesepakatan UMK 2026? Berikut poin-poinnya:" over "<div><p><strong>Poin-poin kesepakatan:</strong>
    </p><ul>…" (h105 probe); the story's list, whatever the story says after it."""
    node = box
    while node is not None and node is not root:
        for sibling in node.itersiblings(preceding=True):
            if collapse_ws(sibling.tail):
                return _announcing(collapse_ws(sibling.tail))
            if isinstance(sibling.tag, str) and sibling.tag not in SKIP_TAGS:
                text = collapse_ws(" ".join(sibling.itertext()))
                if text:
                    return _announcing(text)
        parent = node.getparent()
        if parent is not None and collapse_ws(parent.text):
            return _announcing(collapse_ws(parent.text))
        node = parent
    return False


def digest_boxes(root: etree._Element) -> set[etree._Element]:
    """Digest boxes under ``root`` (never ``root`` itself) whatever their class: a box opening with a digest's label
    (DIGEST_LABEL_RE) over a list, at most _SUMMARY_BOX_MAX_CHARS of text (kompas' "Ringkasan AI", tribun's "Poin
    Penting:", sindonews' "Intisari:"; h48 probe), or with any short label or none over a list the story after it
    repeats (_repeats_the_story: "✨ Intisari otomatis", "Fakta Utama"; h101 probe) or whose line under it says a model
    wrote it (_ai_notice: "Dihasilkan AI, ditinjau redaksi."). A summary-classed box is
    is_noise_box's. Only before the story's first paragraph: a digest stands over the story, and a labelled list after
    a paragraph ("<h3>Poin Penting</h3><ul>" in a Gutenberg group mid-body, h53 probe) is the story's own."""
    boxes: set[etree._Element] = set()
    words_of: _ElementWords = {}
    for listing in root.iter("p", "ul", "ol"):
        if listing.tag == "p":
            if _prose_paragraph(listing):
                break
            continue
        box = listing.getparent()
        if box is None or box is root or box in boxes:
            continue
        # Every test is of the page as it is (none changes it), so their order changes no answer: the label's and the
        # items' (a menu's links, a long list: most lists of a page) before the box's text and what precedes the box,
        # which each list over the story needed read before (half of the function on a whole page's body).
        label = _leading_label(box, listing)
        labelled = bool(label and DIGEST_LABEL_RE.fullmatch(label))
        if not labelled and not ((label is None and not _text_before(box, listing)) or (
                label is not None and len(label) <= _DIGEST_LABEL_MAX_CHARS and not _announcing(label))):
            continue
        if not labelled and _digest_items(listing) is None \
                and not any(isinstance(line.tag, str) for line in listing.itersiblings()):
            continue  # no digest's items (_repeats_the_story), and no line after the list for _ai_notice to read
        if text_within(box, _SUMMARY_BOX_MAX_CHARS) is None or _announced_before(box, root):
            continue  # a box too long, or the story's list, announced by the lede over it
        if labelled or _ai_notice(box, listing) or _repeats_the_story(box, listing, root, words_of):
            boxes.add(box)
    return boxes


def _text_before(box: etree._Element, listing: etree._Element) -> bool:
    """Whether ``box`` holds any text before ``listing``."""
    if collapse_ws(box.text):
        return True
    for child in box:
        if child is listing:
            return False
        if collapse_ws(" ".join(child.itertext()) if isinstance(child.tag, str) else "") or collapse_ws(child.tail):
            return True
    return False


# A product card in the story's container (h69 probe: liputan6's and republika's shopping boxes, IDN Times' product
# widget): a small box holding a price on a line of its own ("Rp1.399.000", "Harga: Rp 289.000") and a link to buy it
# (rel=sponsored, or to a marketplace). The box is the lowest holding both, with nothing but short lines in it (a name,
# the price, buttons), widened as a widget's box is (the line over the card: "Cek harga HP Android murah …"). A story's
# sentence naming a price and linking a shop ("… dijual <b>Rp1.399.000</b> di <a>Shopee</a>.") has no price line.
# What a link to buy holds in its href (or "sponsored" among its rel tokens): the candidates _shop_link then reads.
_SHOP_HREF_WORDS = ("shope", "tokopedia", "lazada", "lzd.co", "blibli", "bukalapak", "amazon.", "amzn.", "zalora",
                    "tiktok")
# Which of the words any link holds at all (link_values; most containers and pages: none): the query then tests only
# those.
_SHOP_HINT = re.compile("|".join(map(re.escape, (*_SHOP_HREF_WORDS, "sponsored"))))


@lru_cache(maxsize=64)
def _shop_links_query(href_words: tuple[str, ...], sponsored: bool) -> etree.XPath:
    """The links whose href holds one of ``href_words`` or (``sponsored``) whose rel tokens include "sponsored", in
    page order: each test on the attribute nodes of its name."""
    paths = [f"descendant::a/@href[{' or '.join(f'contains(., {word!r})' for word in href_words)}]/.."] if href_words \
        else []
    if sponsored:
        paths.append("descendant::a/@rel[contains(concat(' ', normalize-space(.), ' '), ' sponsored ')]/..")
    return etree.XPath(" | ".join(paths))


def _shop_link_candidates(root: etree._Element, values: str) -> list[etree._Element]:
    """The links under ``root`` (not ``root`` itself) whose href holds a _SHOP_HREF_WORDS word or whose rel tokens
    (split at XML whitespace, as normalize-space does) include "sponsored", in page order. ``values``:
    link_values(root)."""
    if not _SHOP_HINT.search(values):
        return []
    # A word no href or rel holds cannot match: the query asks only for those present.
    return _shop_links_query(tuple(word for word in _SHOP_HREF_WORDS if word in values), "sponsored" in values)(root)


_MARKETPLACE_HOST = re.compile(
    r"(?:^|\.)(?:shopee|shope|tokopedia|lazada|lzd|blibli|bukalapak|amazon|amzn|zalora|tiktokshop)\.[a-z.]{2,8}$"
    r"|(?:^|\.)shop\.tiktok\.com$")
_PRICE_LINE = re.compile(
    r"(?:(?:harga|mulai(?:\s+dari)?|hanya|price|diskon)\s*:?\s*)?rp\.?\s?\d{1,3}(?:[.,]\d{3})*(?:,-|,00)?"
    r"(?:\s*(?:rb|ribu|jt|juta))?(?:\s*[-\u2013/]\s*rp\.?\s?[\d.,]+(?:\s*(?:rb|ribu|jt|juta))?)?", re.IGNORECASE)
_PRICE_LINE_MAX_CHARS = 60
_PRODUCT_CARD_LEVELS = 4
_PRODUCT_CARD_MAX_CHARS = 400


def _shop_link(link: etree._Element) -> bool:
    if "sponsored" in (link.get("rel") or "").lower().split():
        return True
    parts = split_url((link.get("href") or "").strip())
    return parts is not None and bool(_MARKETPLACE_HOST.search((parts.hostname or "").lower()))


def _on_its_own_line(element: etree._Element) -> bool:
    """Whether an element's text stands as a line of its own: no text of its parent's just before or after it."""
    previous = element.getprevious()
    before = previous.tail if previous is not None else element.getparent().text
    return not (element.tail or "").strip() and not (before or "").strip()


def _holds_price_line(box: etree._Element, link: etree._Element) -> bool:
    """Whether a price stands on a line of its own in ``box``: an element of its own, or between <br>s."""
    lines = text_within(box, _PRODUCT_CARD_MAX_CHARS) or ""
    if "\n" in lines and any(_PRICE_LINE.fullmatch(line) for line in lines.split("\n")):
        return True
    for element in box.iter():
        if element is link or element is box or not isinstance(element.tag, str):
            continue
        text = text_within(element, _PRICE_LINE_MAX_CHARS, lines=False)
        if text and _PRICE_LINE.fullmatch(text) and _on_its_own_line(element):
            return True
    return False


def product_cards(root: etree._Element, links: str | None = None) -> set[etree._Element]:
    """Product cards under ``root`` (never ``root`` itself): the lowest box within _PRODUCT_CARD_LEVELS of a link to
    buy (rel=sponsored, a marketplace) holding a price line, short lines only and at most _PRODUCT_CARD_MAX_CHARS of
    text; widened to its parent while the parent holds nothing but short lines beside it. ``links``:
    link_values(root), when the caller has it."""
    boxes: set[etree._Element] = set()
    for link in _shop_link_candidates(root, link_values(root) if links is None else links):
        if not _shop_link(link):
            continue
        node = link.getparent()
        for _ in range(_PRODUCT_CARD_LEVELS):
            if node is None or node is root or node in boxes:
                break
            if text_within(node, _PRODUCT_CARD_MAX_CHARS, lines=False) is None or not _widens_to(node, node):
                break
            if _holds_price_line(node, link):
                parent = node.getparent()
                while (parent is not None and parent is not root and _widens_to(parent, node)
                       and text_within(parent, _PRODUCT_CARD_MAX_CHARS, lines=False) is not None):
                    node, parent = parent, parent.getparent()
                boxes.add(node)
                break
            node = node.getparent()
    return boxes


# A related-link line's label without a colon (h63 probe): "BACA JUGA <a>…</a>", "Simak juga <a>…</a>", "Baca Juga »
# <a>…</a>", or any short label closed by a separator ("Terkait | <a>…</a>"). cleaning's related-link catalogue knows
# more forms, but cleaning imports this module: the few header words here.
_RELATED_LINK_LABEL_RE = re.compile(
    r"(?:(?:baca|lihat|simak|cek|tonton|saksikan)\s+(?:juga|pula)|(?:berita|artikel|video)\s+(?:terkait|lainnya|pilihan)"
    r"|read\s+(?:also|more)|also\s+read)\b\s*[:\u00bb\u203a>|\u2013-]*"
    # Another short label only before a pointer or a bar: before a dash it is a dateline ("Jakarta - <a>BMKG</a>
    # memprediksi …", detik: h67), the story's sentence.
    r"|[^:.!?]{1,30}?\s*[\u00bb\u203a>|](?=\s|$)", re.IGNORECASE)


# A widget's list item: a linked title, a button, a title with its age ("2 jam lalu"), nothing else.
_ITEM_AGE_RE = re.compile(r"\d{1,3}\s+(?:detik|menit|jam|hari|minggu|bulan|tahun)\s+(?:yang\s+)?lalu", re.IGNORECASE)
_LIST_TAGS = frozenset({"ul", "ol"})


def _widget_item(item: etree._Element) -> bool:
    """Whether a list item (or a heading) is a widget's: its text mostly inside links or buttons, or its age."""
    text = collapse_ws(" ".join(item.itertext()))
    if not text:
        return True
    held = sum(len(collapse_ws(" ".join(node.itertext()))) for node in item.iter("a", "button"))
    rest = len(text) - held - sum(len(match.group()) for match in _ITEM_AGE_RE.finditer(text))
    return held > 0 and rest * 2 < len(text) or rest <= 0


# Story blocks of their own kind: a quoted statement, a table, preformatted text, a definition list. A site that picks
# its body paragraph by paragraph names none of them (kumparan's p[data-qa-id=story-paragraph], h113).
_STORY_BLOCK_TAGS = frozenset({"blockquote", "table", "pre", "dl"})
# Wrappers around one such block ("<div class='table-responsive'><table>", CKEditor's "<figure class='table'>").
_BLOCK_WRAPPER_TAGS = frozenset({"div", "section", "figure", "center"})


# Class/id tokens of a box that is never the story whatever its size (h117 probe: an advertorial's 420-character table in
# div.box-advertorial, a sponsor's promo table in div.sponsored, a market ticker in div.market-widget): the ad words
# (_AD_TOKEN) and these, as a token's part. A widget's or a ticker's table has a data table's shape, but its rows are
# the site's live feed (index quotes, exchange rates), none of the writer's: it goes all the same (kum_ticker_table).
_NOT_STORY_BOX_TOKEN = re.compile(r"(?:[\w-]*[-_])?(?:advert\w*|iklan\w*|sponsor\w*|widget\w*|ticker\w*)"
                                  r"(?:[-_][\w-]*)?", re.IGNORECASE)
# A promotion's token: a promo box's blockquote or list goes, but a table a writer styles as a promotion's (h119 probe:
# div.table-promo-harga around a shopping story's price list, "Harga normal | Harga promo") is the story's when it has
# a data table's shape (_story_block_content), a promotion's table being caught by its tracked links or its one row.
_PROMO_BOX_TOKEN = re.compile(r"(?:[\w-]*[-_])?promo\w*(?:[-_][\w-]*)?", re.IGNORECASE)
# A link carrying a campaign's tracking: a promotion's, no source of the story's.
_TRACKED_LINK = re.compile(r"[?&]utm_[a-z]+=", re.IGNORECASE)


def _not_story_box(element: etree._Element) -> bool:
    """Whether an element's own class or id names an ad, a sponsor's box or a widget, or a promotion's box around no
    table (_PROMO_BOX_TOKEN)."""
    tokens = element_marks(element).split()
    if any(_AD_TOKEN.fullmatch(token) or _NOT_STORY_BOX_TOKEN.fullmatch(token) for token in tokens):
        return True
    return any(_PROMO_BOX_TOKEN.fullmatch(token) for token in tokens) and next(element.iter("table"), None) is None


def _story_block_content(element: etree._Element) -> bool:
    """Whether a blockquote, table, pre or dl holds the story's matter: no form control (a quiz's or a poll's choices),
    and for a table the shape of data as walk_blocks reads it (DATA_TABLE_MIN_ROWS data rows: not a layout table of
    one cell a row, a box's one row), no photo in a cell of its own (an old CMS's photo-and-caption layout table; an
    icon inline beside a cell's text is a data table's) and not links all tracked
    (a promotion's)."""
    if next(element.iter(*_CONTROL_TAGS, "textarea"), None) is not None:
        return False
    if element.tag != "table":
        return True
    first_row = next(element.iter("tr"), None)  # the table's own first row: a nested table's are inside its cells
    if first_row is None or sum(_data_rows(first_row).values()) < DATA_TABLE_MIN_ROWS:
        return False
    if any(_photo(image) and _alone_in_cell(image) for image in element.iter("img")):
        return False
    hrefs = [link.get("href") or "" for link in element.iter("a")]
    return not (hrefs and all(_TRACKED_LINK.search(href) for href in hrefs))


def _alone_in_cell(image: etree._Element) -> bool:
    """Whether an <img> fills its table cell alone, no text beside it: a photo-and-caption layout's image cell (tempo's
    old photo table, a promo's banner). One inline beside a cell's text is a data table's icon (h119 probe: a standings
    table's club crests, a medal table's flags)."""
    cell = next((ancestor for ancestor in image.iterancestors() if ancestor.tag in _CELL_TAGS), None)
    return cell is None or not collapse_ws("".join(cell.itertext()))


def _story_block(element: etree._Element) -> bool:
    """Whether an element is a story block of its own kind (_STORY_BLOCK_TAGS) holding the story's matter
    (_story_block_content), bare or in wrappers around it alone (no text of their own; a figure's caption aside). Never a
    social embed's blockquote or a box whose class names an ad, a sponsor or a widget, whatever its size, nor a
    promotion's box but for a data table. Down the chain of wrappers with a loop: a page may nest thousands."""
    while True:
        tag = element.tag if isinstance(element.tag, str) else ""
        if is_noise_box(element) or _not_story_box(element):
            return False
        if tag in _STORY_BLOCK_TAGS:
            return _story_block_content(element)
        if tag not in _BLOCK_WRAPPER_TAGS or not _blank(element.text):
            return False
        inner = [child for child in element if isinstance(child.tag, str) and child.tag != "figcaption"]
        if len(inner) != 1 or not all(_blank(child.tail) for child in element if isinstance(child.tag, str)):
            return False
        element = inner[0]


def with_story_blocks_between(elements: list[etree._Element],
                              drop: Callable[[etree._Element], Collection[etree._Element]] | None = None,
                              ) -> list[etree._Element]:
    """A site's body elements (in page order) with the story blocks of other kinds among them (_story_block: a quoted
    statement, a table) that its selectors do not name: siblings between two of its elements under one parent (h113:
    kumparan's paragraphs around a Kemlu statement's blockquote and a UMP table, read one by one, lost both). Only
    between them: after the last one the page's widgets may begin (without_widget_lists). And the story's subheadings
    between two of them, wherever they sit (_story_headings_between: idntimes' 2024 listicle repeats its body container
    in each item's section, the item's "<h2>1. …</h2>" outside it, h262 probe), none inside what the site's drop rules
    match (``drop``: the elements they match under an element, asked only when a heading is found; h270 R3)."""
    if len(elements) < 2:
        return elements
    chosen = set(elements)
    # Headings between two of them are under the nearest element holding them all: only its subtree is indexed.
    top = common_ancestor(elements[0], elements[-1])
    headings = _SubheadingOrder(top)
    matched: list[Collection[etree._Element]] = []

    def dropped_matches() -> Collection[etree._Element]:
        """What the site's drop rules match under ``top`` (``drop``), found when a heading first asks."""
        if not matched:
            matched.append(drop(top) if drop is not None and top is not None else ())
        return matched[0]

    out = [elements[0]]
    for previous, current in zip(elements, elements[1:]):
        blocks = []
        if previous.getparent() is not None and previous.getparent() is current.getparent():
            for sibling in previous.itersiblings():
                if sibling is current or sibling in chosen:
                    break
                if _story_block(sibling):
                    blocks.append(sibling)
        subheadings = [heading for heading in headings.between(previous, current) if heading not in chosen
                       and _story_heading_before(heading, current, dropped_matches if drop else None)]
        out.extend(sorted(blocks + subheadings, key=headings.position) if blocks and subheadings
                   else blocks or subheadings)
        out.append(current)
    return out


_SUBHEADING_TAGS = ("h2", "h3", "h4")


class _SubheadingOrder:
    """The h2-h4 headings under an element (the nearest holding a body's containers) by their place in page order:
    built on the first question, and only when there is a heading."""

    def __init__(self, root: etree._Element | None) -> None:
        self._root = root
        self._index: dict[etree._Element, int] | None = None
        self._headings: list[etree._Element] = []
        self._positions: list[int] = []

    def _indexed(self) -> dict[etree._Element, int]:
        if self._index is None:
            self._index = {}
            if self._root is not None:
                self._headings = list(self._root.iter(*_SUBHEADING_TAGS))
                if self._headings:  # no heading, no question: the index is not built
                    self._index = {element: position for position, element in enumerate(self._root.iter())}
                    self._positions = [self._index[heading] for heading in self._headings]
        return self._index

    def position(self, element: etree._Element) -> int:
        return self._indexed().get(element, -1)

    def between(self, first: etree._Element, later: etree._Element) -> list[etree._Element]:
        """The h2-h4 headings after ``first`` (and all it holds) and before ``later``."""
        index = self._indexed()
        if not self._headings or first not in index or later not in index:
            return []
        last = first
        while len(last):
            last = last[-1]
        low = bisect.bisect_right(self._positions, index[last])
        high = bisect.bisect_left(self._positions, index[later])
        return self._headings[low:high]


# What may stand between a subheading and the story's container it heads: a photo with its caption, an ad's slot.
_BESIDE_HEADING_TAGS = frozenset({"figure", "figcaption", "img", "picture", "script", "style", "noscript", "br", "hr"})
# An embed, a player or a form: a heading right over a box holding one is that box's title, not the story's
# ("<h3>Video Pilihan: …</h3><div class='video-embed'><iframe>", "<h3>Komentar</h3><div class='comment-box'><form>",
# h270 R2). A photo's custom element (amp-img) is a photo.
_HEADED_BOX_TAGS = ("iframe", "embed", "object", "video", "audio", "form", "textarea", "input", "select", "button",
                    *sorted(EMBED_TAGS - {"amp-img"}))
# A heading inside these is a photo's or an infographic's title ("<figure><h3>Infografis …</h3><img></figure>", h270 R3).
_FIGURE_TAGS = frozenset({"figure", "figcaption"})


def _story_heading_before(heading: etree._Element, later: etree._Element,
                          dropped: Callable[[], Collection[etree._Element]] | None = None) -> bool:
    """Whether an h2-h4 between two of a story's body containers (one_story: no other story's headline between them)
    is the story's subheading over ``later``: no link to another story (_is_linked_headline), in no side box, no noise
    box, no figure and nothing the site drops (``dropped``: its drop rules' matches, asked last), and followed by
    ``later`` with nothing between them but a photo, its caption, textless elements or a story block of its own kind
    read with the body (_beside_story_heading) (a heading over a related box's links, "<h3>Berita Terkait</h3><ul>…",
    or over an embed or a form heads that box). The heading may sit in wrappers holding it alone ("<div
    class='item-head'><h2>1. …</h2></div>"), none of them a noise box or a figure: "<div class='ads-slot'><h4>Konten
    Promosi</h4></div>" is an ad's label (h270 R1)."""
    text = collapse_ws("".join(heading.itertext()))
    if not text or _is_linked_headline(heading) or in_side_box(heading) or is_noise_box(heading, captions=True):
        return False
    holders = {id(ancestor) for ancestor in later.iterancestors()}
    climbed = [heading]
    node = heading
    while (parent := node.getparent()) is not None and id(parent) not in holders:
        if collapse_ws("".join(parent.itertext())) != text:
            return False  # the heading's box holds more: a box of its own (a teaser's title over its lede)
        if parent.tag in _FIGURE_TAGS or is_noise_box(parent, captions=True):
            return False  # an ad slot's label, a photo's or an infographic's title (h270 R1, R3)
        climbed.append(parent)
        node = parent
    if parent is None or not _blank(node.tail):
        return False
    captions: list[set[etree._Element]] = []
    for sibling in node.itersiblings():
        if sibling is later or id(sibling) in holders:
            if dropped is not None:
                matches = dropped()
                return not any(element in matches for element in climbed)
            return True
        if isinstance(sibling.tag, str) and not _beside_story_heading(sibling, parent, captions):
            return False
        if not _blank(sibling.tail):
            return False
    return False


# An ad slot's label ("Iklan", "Advertisement", "Scroll untuk melanjutkan"): a noise box holding no more, no link, is
# the slot, no box of the heading's.
_SLOT_LABEL_MAX_CHARS = 40


def _beside_story_heading(sibling: etree._Element, parent: etree._Element,
                          captions: list[set[etree._Element]]) -> bool:
    """Whether an element between a subheading and the story's container it heads lets the heading be the story's: a
    photo, its caption (image_captions of ``parent``, computed once into ``captions``), a textless element with no
    embed or form (a photo's link), an ad's slot with no link and no text but its label (_SLOT_LABEL_MAX_CHARS), a
    story block of its own kind (_story_block: "<h2>Pernyataan Kemlu</h2><blockquote>…"). A box holding an embed or a
    form (_HEADED_BOX_TAGS), a noise box with links or more text, or another box with text is what the heading heads
    (h270 R2: a video's embed, a comment form)."""
    if next(sibling.iter(*_HEADED_BOX_TAGS), None) is not None:
        return False
    if sibling.tag in _BESIDE_HEADING_TAGS:
        return True
    noise = is_noise_box(sibling, captions=True)
    text = collapse_ws("".join(sibling.itertext()))
    if noise and len(text) <= _SLOT_LABEL_MAX_CHARS and next(sibling.iter("a"), None) is None:
        return True  # an ad's slot, empty or with its label ("<div class='ads'>Iklan</div>"): no box the heading heads
    if not text:
        return not noise
    if not noise and _story_block(sibling):
        return True
    if not captions:
        captions.append(image_captions(parent))
    return sibling in captions[0]


def without_widget_lists(elements: list[etree._Element]) -> list[etree._Element]:
    """A site's body elements (paragraphs, subheadings and lists read one by one: kumparan) without the widgets among
    them, told by what they hold (h63 probe): a list whose items are mostly linked titles, buttons or ages ("Pilihan
    Editor" over linked titles with "2 jam lalu", a poll's buttons, a topic chip list) unless the story's paragraph
    before it announces it ("Berikut daftar peraturan yang dicabut:"), and a heading over such a widget or closing the
    run with nothing under it (a poll's question, "Baca Juga:"). A list of plain items, and a heading over the story's
    text (linked or not: "1. <a>Pantai Kuta</a>"), are the story's, last or not ("Syarat Pendaftaran" over the
    documents)."""
    kept: list[etree._Element] = []
    widget_next = True  # what follows is a widget or nothing
    for index in range(len(elements) - 1, -1, -1):
        element = elements[index]
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in _LIST_TAGS:
            items = [child for child in element if isinstance(child.tag, str) and child.tag == "li"] or [element]
            # A list the story's paragraph announces ("Berikut daftar peraturan yang dicabut:") is the story's, its
            # items linked or not (h67: linked regulations).
            # So is a list of sites' home pages the story goes on after (links_site_homes: hospitals with their
            # websites, h67): a widget links articles, topics or nothing.
            widget = sum(map(_widget_item, items)) * 2 > len(items) and not _announces(elements[index - 1] if index
                                                                                         else None) and not (
                index + 1 < len(elements) and links_site_homes(element) and _prose_paragraph(elements[index + 1]))
        elif tag in _HEADING_TAGS:
            # A heading over the story's text is the story's, linked or not ("<h2>1. <a>Pantai Kuta</a></h2>", h67).
            widget = widget_next
        else:
            widget = False
        if not widget:
            kept.append(element)
        widget_next = widget
    return kept[::-1]


def links_site_homes(element: etree._Element) -> bool:
    """Whether an element links, and only to sites' home pages: an institution named with its website in a story's list
    ("<li><a href='https://rsudtarakan.jakarta.go.id'>RSUD Tarakan</a></li>", h67). A related box or a widget links
    articles, topics or nothing; a relative "/" is the page's own site's home (a menu's) and counts as no home page."""
    hrefs = [(link.get("href") or "").strip() for link in element.iter("a")]
    return bool(hrefs) and all(valid_url(href) and is_site_root(href) for href in hrefs)


def home_link_lines(blocks: list[Block]) -> list[bool]:
    """For each block, whether it is a line nearly all link (BOX_LINE_LINK_DENSITY) whose element links only sites' home
    pages (links_site_homes): cleaning.site_list_indexes reads a story's list of websites by them."""
    return [block.link_density >= BOX_LINE_LINK_DENSITY and links_site_homes(block.owner) for block in blocks]


def links_other_site(element: etree._Element) -> bool:
    """Whether an element links, and only to another site than the page's (its registrable domain, from the response's
    URL, its canonical link or og:url): a government's or an institution's pages a story points its reader to
    ("<a href='https://ppdb.jakarta.go.id/jadwal-zonasi'>Jadwal PPDB Jakarta 2024 Tahap Zonasi</a>", h158 probe). A
    relative link is the page's own site's; a page whose own address is unknown links no other site."""
    own = {registrable_domain(host) for host, _, _ in _own_urls(element)}
    hrefs = [(link.get("href") or "").strip() for link in element.iter("a")]
    return bool(own) and bool(hrefs) and all(valid_url(href) and registrable_domain(href) not in own
                                             and _INSTITUTION_HOST.search(url_host(href)) for href in hrefs)


# An institution's site by its domain (government, school, university, organisation, military, village): a story's
# resource. A commercial domain may be the outlet's sister site (liputan6 linking bola.com: its network's related box,
# h160 probe), which the page cannot tell from a stranger's.
_INSTITUTION_HOST = re.compile(r"\.(?:go|ac|sch|or|mil|desa|ponpes)\.id$|\.(?:gov|edu|int|mil)(?:\.[a-z]{2})?$|^(?:[\w-]+\.)*"
                               r"(?:who|un|unicef|worldbank|imf)\.org$")


def other_site_link_lines(blocks: list[Block]) -> list[bool]:
    """For each block, whether it is a line nearly all link (BOX_LINE_LINK_DENSITY) whose element links only another
    site than the page's (links_other_site): cleaning.link_list_indexes reads no box of the outlet's in such lines under
    a list a sentence announces."""
    return [block.link_density >= BOX_LINE_LINK_DENSITY and links_other_site(block.owner) for block in blocks]


def links_own_article(element: etree._Element) -> bool:
    """Whether an element links, and only to the article the page holds, whatever page or view of it: its own URL (the
    response's, its canonical link or og:url), that URL with a page marker ("?page=2", "/2" after the slug,
    "?showpage=all", "?single=1": urls.page_identity's article), relative links resolved against it. A pager's or a
    load-more button's link (liputan6's "<a href='…/slug?page=2'>Lanjutkan Membaca</a>", h206 probe). A page whose own
    address is unknown links no article of its own; a bare "#" or a script's link names no page."""
    page = _own_articles(element)
    if not page.own:
        return False
    hrefs = [(link.get("href") or "").strip() for link in element.iter("a")]
    return bool(hrefs) and all(
        not href.startswith("#") and (url := join_url(page.base, href)) and page.names(url) for href in hrefs)


class _OwnArticles:
    """The page's address (its relative links resolve against it) and the articles its own URLs name (_article_key:
    its response's URL, canonical link, og:url); ``names(url)``: whether a URL names one of them, remembered for the
    page (a pure function of the URL once the page's articles are known; _article_key costs ~20 µs a URL, and a page
    asks a link's URL again: each in_teaser level, each reader of a byline's holder)."""

    __slots__ = ("base", "own", "_named")

    def __init__(self, base: str, own: frozenset[str]) -> None:
        self.base, self.own = base, own
        self._named: dict[str, bool] = {}

    def names(self, url: str) -> bool:
        named = self._named.get(url)
        if named is None:
            named = self._named[url] = _article_key(url) in self.own
        return named


# _OwnArticles by document root (at most _OWN_URLS_MAX pages).
_OWN_ARTICLES: dict[etree._Element, _OwnArticles] = {}


def _article_key(url: str) -> str:
    """The article a URL names, its page and view folded (urls.page_identity without the page); "" for no URL."""
    return page_identity(url).rpartition("#page=")[0]


def _own_articles(element: etree._Element) -> _OwnArticles:
    """_OwnArticles of the page holding ``element``."""
    root = element.getroottree().getroot()
    found = _OWN_ARTICLES.get(root)
    if found is None:
        urls = [str(url).strip() for url in _own_url_values(root) if str(url).strip()]
        base = next((url for url in urls if valid_url(url)), "")
        keys = frozenset(key for url in urls if (key := _article_key(join_url(base, url) if base else url)))
        found = _OwnArticles(base, keys)
        if len(_OWN_ARTICLES) >= _OWN_URLS_MAX:
            _OWN_ARTICLES.clear()
        _OWN_ARTICLES[root] = found
    return found


# The fewest numbered links that make a pager's row of page numbers (number_pager_line).
_PAGER_MIN_NUMBERS = 3


def number_pager_line(block: Block) -> bool:
    """Whether a block is a pager's row of page numbers: nearly all link (BOX_LINE_LINK_DENSITY), its element's links
    (three or more) nearly all bare numbers ("1 2 3 … 300 Selanjutnya"). Its links joined read "123456789101112…", no
    paragraph; and a row of thousands of numbers must not make the story's container read as a link box (h295 C2b:
    from ~1,500 numbers the page was dropped as "no body")."""
    if block.link_density < BOX_LINE_LINK_DENSITY:
        return False
    links = numbers = 0
    for link in block.owner.iter("a"):
        links += 1
        numbers += "".join(link.itertext()).strip().isdigit()
    return numbers >= _PAGER_MIN_NUMBERS and numbers >= BOX_LINE_LINK_DENSITY * links


def own_pager_lines(blocks: list[Block]) -> list[bool]:
    """For each block, whether it is a line nearly all link (BOX_LINE_LINK_DENSITY) that is the article's own pager or
    load-more control, no related story: its element links only the article itself (links_own_article: liputan6's
    "Lanjutkan Membaca" to its own "?page=2"). Words alone ("Muat lebih banyak" on javascript:void(0)) tell no
    control from a script-filled box's button (h208 probe). cleaning.link_list_indexes reads no box's header in the
    story's line right over it (h206 probe)."""
    return [block.link_density >= BOX_LINE_LINK_DENSITY and links_own_article(block.owner) for block in blocks]


def _announces(element: etree._Element | None) -> bool:
    """Whether an element is a paragraph of the story closed by a colon: what follows is what it announces."""
    if element is None or not isinstance(element.tag, str) or element.tag in _LIST_TAGS or element.tag in _HEADING_TAGS:
        return False
    return collapse_ws(" ".join(element.itertext())).endswith(":")


def _only_label_beside_links(block: Block) -> bool:
    """Whether a block's text outside its links is nothing, or only a label before them ("Baca juga: <a>…</a>",
    "BACA JUGA <a>…</a>", "Baca Juga » <a>…</a>")."""
    outside = len(block.text) - block.link_chars
    label = _LEADING_LABEL_RE.match(block.text) or _RELATED_LINK_LABEL_RE.match(block.text)
    return outside <= 3 or (label is not None and outside <= label.end() + 3)


# The longest text a copy-link control's link holds ("Salin tautan artikel ini").
_COPY_LINK_MAX_CHARS = 40


def _copy_link_control(link: etree._Element) -> bool:
    """Whether a link is a copy-link button, its whole text the button's label ("<a href='…#live-3'>Salin tautan</a>",
    detik's live entries, h126 probe): the same words in a how-to's step or heading are no link (h132 probe)."""
    text = text_within(link, _COPY_LINK_MAX_CHARS, lines=False)
    return bool(text) and is_copy_link_label(text)


def _acts_as_button(element: etree._Element) -> bool:
    """Whether an element that is no link or button is made one by a script: it carries the URL to copy or a click
    handler (data-url, data-clipboard-text, onclick) or says it is a button (role=button)."""
    if element.get("role") == "button":
        return True
    names = element.keys()
    # Each name the test takes holds one of the three strings: a C search of the joined names first (most elements
    # carry none; the generator over every name cost twice as much).
    if not names:
        return False
    joined = " ".join(names)
    if "data-url" not in joined and "onclick" not in joined and "data-clipboard" not in joined:
        return False
    return any(name == "data-url" or name == "onclick" or name.startswith("data-clipboard") for name in names)


# What opens a word's run after a skipped element, and what a space never follows.
_OPENING_MARKS = "“‘([{"


def _ends_in_word(pieces: list[str]) -> bool:
    """Whether the text the pieces join into ends a word or a sentence (a letter, a digit, "." …): no space, no
    opening mark ("(", "“")."""
    for piece in reversed(pieces):
        if piece:
            return not piece[-1].isspace() and piece[-1] not in _OPENING_MARKS
    return False


def walk_blocks(root: etree._Element, *, never: Collection[str] = SKIP_TAGS,
                dropped: Collection[etree._Element] = (), skip_hidden_inline: bool = False,
                flag_tags: Collection[str] = (), skip_captions: bool = False) -> list[Block]:
    """Text blocks under ``root`` in reading order (see the module docstring).

    ``never``: tags not read. ``dropped``: elements not read (a site's drop selectors).
    ``skip_hidden_inline``: skip inline elements styled hidden (tracking tokens); hidden BLOCKS are
    read (merdeka ships pages 2+ with display:none). ``flag_tags``: read, but blocks inside are flagged.
    ``skip_captions``: ``<figcaption>`` and small caption-classed boxes are not read (a story's
    container; a photo gallery's story is in its captions, so maintext reads them, flagged).
    """
    links = link_values(root)  # the three link finders' pre-check, read once
    boxes = (widget_boxes(root, links) | signup_boxes(root) | channel_promos(root, links) | digest_boxes(root)
             | product_cards(root, links) | outlet_boxes(root) | score_widgets(root))
    captions = image_captions(root) if skip_captions or flag_tags else set()
    if boxes:
        dropped = boxes.union(dropped)  # skipped as a small ad box is
    blocks: list[Block] = []
    # Then a box marked a dialog is one too (is_dialog), unless it is the story's (holds_the_story).
    skip_dialogs = "dialog" in never
    buffer: list[str] = []  # text pieces of the block being read
    links = 0  # of which characters inside links (each piece collapsed, +1 for the space joining it)
    link_depth = 0
    topic_links = 0  # of which inside links to tag, topic or search pages
    topic_depth = 0
    topic_count = 0  # links to tag, topic or search pages in the block
    link_end: int | None = None  # the buffer's length when the block's last link ended
    word_gap = False  # a word between two of the block's links
    cell_depth = 0  # inside a data row's cell: its block and <br> are read inline
    flag_depth = 0
    # A paragraph split by an ad box: its block, taken back to be continued by the text after the box.
    reopened: Block | None = None
    kinds: dict[object, int] = {}
    data_rows: dict[etree._Element, bool] = {}
    separate = False  # a cell of a data row began after text: " | " before its first text
    gap = False  # a skipped element stood between words: a space, when words meet across it (add)

    def add(text: str) -> None:
        nonlocal links, topic_links, separate, gap
        if gap and not text.isspace():
            gap = False
            if (text[0].isalnum() or text[0] in _OPENING_MARKS) and _ends_in_word(buffer):
                buffer.append(" ")  # no link's text: the block's link share is unchanged
        if separate and not text.isspace():
            buffer.append(_CELL_MARK)
            separate = False
        if link_depth:
            buffer.append(text)
            size = len(collapse_ws(text)) + 1
            links += size
            if topic_depth:
                topic_links += size
        elif buffer or not text.isspace():
            # Whitespace opening a block is never its text (collapse_ws strips it): not buffering it,
            # most block ends have nothing to flush (the indentation between tags): 6-10% of the walk.
            buffer.append(text)

    def flush(owner: etree._Element) -> None:
        """End the block being read. Called only when ``buffer`` holds something: with an empty buffer,
        links is 0 and reopened None, so there is nothing to end."""
        nonlocal links, topic_links, topic_count, link_end, word_gap, reopened, separate, gap
        text = "".join(buffer)
        text = collapse_ws(_joined_cells(text) if _CELL_MARK in text else text)
        buffer.clear()
        separate = gap = False
        if reopened is not None:
            owner = reopened.owner
        if text:
            blocks.append(Block(text, min(links, len(text)), owner, flag_depth > 0, min(topic_links, links, len(text)),
                                topic_count, word_gap))
        reopened = None
        links = topic_links = topic_count = 0
        link_end = None
        word_gap = False

    def reopen_split_paragraph(box: etree._Element) -> None:
        """The box sits right after a <p> the parser closed early: continue that paragraph — one not ending a
        sentence, or whose text after the box goes on in lower case; never a line mostly link."""
        nonlocal links, topic_links, topic_count, word_gap, reopened
        previous = box.getprevious()
        tail = (box.tail or "").lstrip()
        if (previous is None or previous.tag != "p" or not blocks or blocks[-1].owner is not previous
                or not tail or "".join(buffer).strip()):
            return
        last = blocks[-1]
        if last.text.endswith(tuple(_SENTENCE_END)) and not tail[0].islower():
            return
        if last.box_link_density > _LINK_LINE_SHARE and _only_label_beside_links(last):
            # A related-link line ("<p><b>Baca juga:</b> <a>…</a></p>", then an embed): a whole line of its own,
            # not a paragraph the parser cut; the text after the box is the next paragraph. A sentence's linked
            # subject ("<a>Presiden Joko Widodo</a> menegaskan<div ad/> pemerintah …") is cut, and joined (h62).
            return
        blocks.pop()
        reopened = last
        buffer[:] = [last.text, " "]
        links = last.link_chars
        topic_links = last.topic_link_chars
        topic_count = last.topic_links
        word_gap = last.words_between_links

    # Frames of the open elements: (element, its children, owner of its inline text, its kind).
    if text := root.text:
        add(text)
    stack = [(root, iter(root), root, _BLOCK)]
    while stack:
        element, children, owner, kind = stack[-1]
        child = next(children, None)
        if child is None:  # the element ends
            stack.pop()
            if kind >= _BLOCK:
                if buffer:
                    flush(element)
                flag_depth -= kind == _FLAGGED
            else:
                link_depth -= kind == _LINK or kind == _TOPIC_LINK
                if kind == _LINK or kind == _TOPIC_LINK:
                    link_end = len(buffer)
                topic_depth -= kind == _TOPIC_LINK
                cell_depth -= kind == _CELL
                if kind == _CELL_BLOCK:
                    add(" ")
            if not stack:
                break  # the root's tail is not its text
            child = element  # its tail follows
        else:
            tag = child.tag
            kind = kinds.get(tag)
            if kind is None:
                kind = kinds[tag] = _tag_kind(tag, never, flag_tags, skip_captions)
            if kind > _NOT_ELEMENT:
                # Embeds may be inline too: "<a class='twitter-timeline'>Tweets by @outlet</a>".
                classes = child.get("class")
                ident = child.get("id")
                # (_links_a_post is asked of a <blockquote> only: its own first test, without a call per element.)
                if child in dropped or ((classes or ident) and _is_noise(child, classes, ident, skip_captions)) \
                        or (tag == "blockquote" and _links_a_post(child)) \
                        or (skip_dialogs and is_dialog(child) and not holds_the_story(child, root)):
                    kind = _SKIP_BLOCK if kind >= _BLOCK else _SKIP
                elif skip_hidden_inline and kind < _BLOCK and kind != _BREAK and (style := child.get("style")) \
                        and _HIDDEN_STYLE.search(style):
                    kind = _SKIP
                elif kind == _LINK and element.tag in _HEADING_TAGS and links_own_page(child):
                    # A heading linking to itself (a live report's entry, a "Daftar Isi" target: <h2><a href="#sub1">,
                    # or the entry's permalink, the page's URL and its fragment) is the story's subheading, not a
                    # link to elsewhere.
                    kind = _INLINE
                elif (kind == _LINK or (kind in (_INLINE, _BLOCK) and _acts_as_button(child))) \
                        and _copy_link_control(child):
                    # a share widget's button, never the story's words (h126, h132 probes; a <span data-url> with a
                    # script's click, h136)
                    kind = _SKIP_BLOCK if kind == _BLOCK else _SKIP
                elif kind == _FLAGGED and child.find(".//table") is not None:
                    # A figure holding a table (Gutenberg's <figure class="wp-block-table">) is data of the story,
                    # not a photo or an embed the flag sets apart.
                    kind = _BLOCK
                elif kind == _BLOCK and (skip_captions or flag_tags) and (child in captions
                                                                          or _caption_after_image(child)
                                                                          or _credit_box(child, classes, ident)):
                    # An uncredited caption written as an italic paragraph under its photo: a caption's treatment.
                    kind = _SKIP_BLOCK if skip_captions else _FLAGGED
                elif kind == _BLOCK and tag in _CELL_TAGS and element.tag == "tr":
                    row = data_rows.get(element)
                    if row is None:
                        data_rows.update(_data_rows(element))
                        row = data_rows.get(element, False)
                    if row:
                        kind = _CELL
                elif kind == _LINK and TOPIC_PAGE_URL.search(child.get("href") or ""):
                    kind = _TOPIC_LINK
                if cell_depth and kind != _CELL:
                    # A data row's cell holds one block at most (_row_shape): its text is the cell's.
                    if kind == _SKIP_BLOCK:
                        kind = _SKIP
                    elif kind >= _BLOCK:
                        kind = _CELL_BLOCK
            if kind == _SKIP_BLOCK:
                if not buffer:
                    reopen_split_paragraph(child)
                elif ends_paragraph_before(buffer, child.tail):
                    # A box between two text runs (a <br>-split body: "… Al Jazeera.<div class=baca-inline>…
                    # </div>Militer …"): after a finished sentence it ends the paragraph as it does on screen;
                    # mid-sentence it is an ad dropped into the paragraph, which goes on.
                    flush(owner)
            elif kind == _SKIP:
                if buffer and tag in _WORD_SEPARATING_TAGS and (tag != "img" or _photo(child)):
                    gap = True  # an emoji's, an icon's or a tracking pixel's <img> separates nothing
            elif kind == _BREAK:
                if cell_depth:
                    add(" ")  # "96.214.691<br>(58,59%)" in a data row's cell: one value
                elif buffer:
                    flush(owner)
            elif kind >= _INLINE:  # read: an inline element or a block
                if kind >= _BLOCK:
                    if buffer:
                        flush(owner)
                    flag_depth += kind == _FLAGGED
                else:
                    if (kind == _LINK or kind == _TOPIC_LINK) and not link_depth and link_end is not None:
                        word_gap = word_gap or any(char.isalnum() for char in "".join(buffer[link_end:]))
                    link_depth += kind == _LINK or kind == _TOPIC_LINK
                    topic_depth += kind == _TOPIC_LINK
                    topic_count += kind == _TOPIC_LINK
                    cell_depth += kind == _CELL
                    separate = separate or (kind == _CELL and bool(buffer))
                    if kind == _CELL_BLOCK:
                        add(" ")
                if text := child.text:
                    add(text)
                if len(child):
                    stack.append((child, iter(child), child if kind >= _BLOCK else owner, kind))
                    continue
                # A childless element ends here, without a frame (7-10% of the walk).
                if kind >= _BLOCK:
                    if buffer:
                        flush(child)
                    flag_depth -= kind == _FLAGGED
                else:
                    link_depth -= kind == _LINK or kind == _TOPIC_LINK
                    if kind == _LINK or kind == _TOPIC_LINK:
                        link_end = len(buffer)
                    topic_depth -= kind == _TOPIC_LINK
                    cell_depth -= kind == _CELL
                    if kind == _CELL_BLOCK:
                        add(" ")
        if tail := child.tail:
            add(tail)
    return blocks


# ---------------------------------------------------------------------------------------- stories

_LINKED_HEADLINE_SHARE = 0.6


# The page's own address (canonical link, og:url) by document root: read once per page for its fragment links.
_OWN_URLS: dict[etree._Element, tuple[tuple[str, str, str], ...]] = {}
_OWN_URLS_MAX = 8


def _url_key(url: str) -> tuple[str, str, str] | None:
    parts = split_url(url.strip())
    if parts is None:  # "https://[link]#x" (an unfilled template's host): no address of this page
        return None
    host = parts.netloc.lower().removeprefix("www.")
    return host, parts.path.rstrip("/"), parts.query


def _own_url_values(root: etree._Element) -> list[str]:
    """The page's own addresses as written: the response's URL (when the tree was parsed from it, else ""), then
    each ``<link rel="canonical" href>`` and ``<meta property="og:url" content>`` in page order — what the XPath
    "//link[@rel='canonical']/@href | //meta[@property='og:url']/@content" gives (attribute nodes in their elements'
    order; one element holds one of the two), by libxml2's walk over those two tags only: ~3x cheaper."""
    values = [root.getroottree().docinfo.URL or ""]
    for element in root.iter("link", "meta"):
        if element.tag == "link":
            value = element.get("href") if element.get("rel") == "canonical" else None
        else:
            value = element.get("content") if element.get("property") == "og:url" else None
        if value is not None:
            values.append(value)
    return values


def _own_urls(element: etree._Element) -> tuple[tuple[str, str, str], ...]:
    """The (host, path, query) keys of the page holding ``element``: the response's URL, its canonical link, og:url."""
    root = element.getroottree().getroot()
    own = _OWN_URLS.get(root)
    if own is None:
        urls = _own_url_values(root)
        own = tuple(key for url in urls if str(url).strip() and (key := _url_key(str(url))) is not None)
        if len(_OWN_URLS) >= _OWN_URLS_MAX:
            _OWN_URLS.clear()
        _OWN_URLS[root] = own
    return own


def links_own_page(link: etree._Element) -> bool:
    """Whether a link points into the page itself: a bare fragment ("#sub1"), no href at all, or the page's
    own URL (the response's, its canonical link or og:url) with a fragment — a live entry's permalink
    ("https://site/live-erupsi#update-0", or the same path without the host)."""
    href = (link.get("href") or "#").strip()
    if href.startswith("#"):
        return True
    if "#" not in href:
        return False
    own = _own_urls(link)
    key = _url_key(href.split("#", 1)[0])
    if key is None:
        return False
    host, path, query = key
    return any((host or own_host) == own_host and path == own_path and query == own_query
               for own_host, own_path, own_query in own)


def headed_by_another_story(element: etree._Element) -> bool:
    """Whether ``element`` sits in an <article> (itself or an ancestor) whose first heading is another story's linked
    headline (_is_linked_headline): a next-story preview below the story ("Artikel Selanjutnya" over a linked h2 and
    its paragraphs; h52 probe), no part of this page's story. Or, in any tag, in a teaser of another story
    (``_another_storys_teaser``: okezone 2025's ``<div class="next-article">`` with its linked h2, date and lede)."""
    for node in (element, *element.iterancestors()):
        if node.tag == "article":
            heading = next(node.iter("h1", "h2", "h3"), None)
            return heading is not None and heading.tag != "h1" and _is_linked_headline(heading)
    return _another_storys_teaser(element)


# A teaser's date line is this short, its lede this long at least.
_TEASER_DATE_CHARS, _TEASER_LEDE_CHARS = 60, 40


def _another_storys_teaser(element: etree._Element) -> bool:
    """Whether ``element`` is or sits (up to _TEASER_LEVELS above) in a short block (at most _TEASER_MAX_CHARS of text,
    no <h1>) whose first heading is an h2/h3 linking another story's page (not this page, an anchor in it, a site's
    home, a person's or topic's page, a document) followed by a date line and a lede: the next story's preview in a <div> ("Berita Selanjutnya"
    over its linked h2, "Rabu, 18 Juni 2025 |14:40 WIB" and its first sentence; h76 probe). Not a live blog's entry
    (marked live/update, its heading linking its permalink), nor a story's section going on with its own prose (a
    block of more text), nor a subheading linking a ministry's home page or a report."""
    # The heading first (a walk in C), the text's length only under a linked one: most elements of a page are asked.
    node: etree._Element | None = element
    for _ in range(_TEASER_LEVELS + 1):
        if node is None or not isinstance(node.tag, str) or node.tag in ("body", "html", "h1"):
            return False
        heading = next(node.iter("h1", "h2", "h3"), None)
        if heading is None:
            node = node.getparent()
            continue
        if heading.tag == "h1" or not _links_another_story(heading) \
                or text_within(node, _TEASER_MAX_CHARS, lines=False) is None:
            return False  # the page's header, a subheading, or a long block: the story's own (a section of it)
        marks = " ".join(element_marks(e) for e in (node, node.getparent()) if e is not None)
        return not _LIVE_MARK.search(marks) and _date_and_lede_after(node, heading)
    return False


def _links_another_story(heading: etree._Element) -> bool:
    """A linked headline (_is_linked_headline) whose link names a story's page: not a site's home, a person's, topic's
    or share page, a document."""
    if not _is_linked_headline(heading):
        return False
    for link in heading.iter("a"):
        href = (link.get("href") or "").strip()
        if href and not links_own_page(link) and not _NOT_A_STORY_LINK.search(href) \
                and not names_a_file(href) and not (valid_url(href) and is_site_root(href)):
            return True
    return False


def _date_and_lede_after(block: etree._Element, heading: etree._Element) -> bool:
    """Whether the lines after ``heading`` in ``block`` (walk_blocks) are a teaser's: a short one reading as a date
    and one lede, any other line short (a "Selengkapnya" link). Two long lines are a story's section going on."""
    blocks = walk_blocks(block)
    headed = [i for i, b in enumerate(blocks) if any(node is heading for node in (b.owner, *b.owner.iterancestors()))]
    if not headed:
        return False
    lines = [b.text for b in blocks[headed[-1] + 1:]]
    date = next((line for line in lines if len(line) <= _TEASER_DATE_CHARS and read_date(line) is not None), None)
    return date is not None and sum(1 for line in lines if line is not date and len(line) >= _TEASER_LEDE_CHARS) == 1


def in_story_region(element: etree._Element, container: etree._Element) -> bool:
    """Whether ``element``, outside the body ``container``, is part of the story the container holds (a photo
    story's slides over its lead, detik's foto-news): the ancestor they share is the container's ``<article>`` or lies
    in it (not the page column holding the article and the boxes under it), and the box holding ``element`` below
    that ancestor has no h2-h4 title of its own ("Foto: Peristiwa Sepekan" over other stories' photos, h73) and is
    no other story's (headed_by_another_story)."""
    holders = {container, *container.iterancestors()}
    box, common = element, None
    for node in element.iterancestors():
        if node in holders:
            common = node
            break
        box = node
    if common is None or headed_by_another_story(element):
        return False
    story = _story_element(container)
    if story is not None and common is not story and not any(a is story for a in common.iterancestors()):
        return False
    return box is element or next(box.iter("h2", "h3", "h4"), None) is None


# A tag or topic listing's path with its slug, on any site (h277, h293 F4): detik and kompas "/tag/x/", kumparan
# "/topic/x", "/tags/x", "/topik/x", Blogger's "/search/label/x"; up to two segments before (an edition, "/en/").
# Not the listing's later pages ("/tag/x/page/2").
_TOPIC_PATH = re.compile(r"^/(?:[^/]+/){0,2}(?:tags?|topics?|topik|label)/(?!page/)[^/]+/?$", re.IGNORECASE)
# A tag's text: a few words, no sentence.
_TOPIC_TEXT_WORDS = 8
_TOPIC_TEXT_CHARS = 60
_SENTENCE_IN_TEXT = re.compile(r"[.!?]$|[.!?]\s")
# The most links a story's tag row holds (h301 C21: a cloud of 30 or 150 is the site's, no story's tags).
_TOPIC_ROW_LINKS = 20
# Text a tag row holds besides its links: one leading label ("Tag", "Tag Terkait", "Topik :") and separators, a
# fixed allowance, not one growing with the links (h301 C19: a sentence's words between three linked names fit 3
# characters a link).
_TOPIC_ROW_TEXT_CHARS = 40
# What may stand between a row's links: punctuation, "#", "dan"/"and" (h301 C19).
_TOPIC_SEPARATORS = re.compile(r"(?:[\s,;:|/·•#&+\-–—.()\[\]]|\b(?:dan|and)\b)+", re.IGNORECASE)
# The only titles a box of the story's tags carries (h301 C03: "Topik Pilihan", "Topik Hangat", "Sorotan", "Fokus",
# "Isu Hangat", "Paling Dicari" boxes hold other stories' topics; a credit line "Penulis:/Editor:" linking its
# writer's tag page, C06, is no tag row either).
_TAG_LABEL = re.compile(r"(?:tags?|tagged|tagar|hashtags?|tag\s+terkait|topik|topik\s+terkait|topics?|"
                        r"related\s+topics|label|labels|kata\s+kunci|keywords?)\s*:?", re.IGNORECASE)
# A link that opens the listing, no tag (h301 C07: "Lihat semua topik").
_SEE_ALL_LINK = re.compile(r"(?:lihat|tampilkan|see|show|view)\s+(?:semua|selengkapnya|lainnya|lebih|all|more)\b.*"
                           r"|selengkapnya|lainnya|more|\+\s*\d+.*", re.IGNORECASE)
# A box's title element just before a row: a heading or a box marked as its title or header.
_BOX_TITLE_MARK = re.compile(r"title|head|judul|label|teaser", re.IGNORECASE)
_BREADCRUMB = re.compile(r"breadcrumb", re.IGNORECASE)
# The block tags an inline link's paragraph climbs to.
_INLINE_TAGS = frozenset(("a", "b", "strong", "em", "i", "u", "span", "font", "small", "big", "mark", "sup", "sub",
                          "abbr", "code", "cite", "q", "s", "time"))


# A href that cannot name a tag listing's path (_TOPIC_PATH) by itself: ASCII, none of its path words, no escape and
# none of the tab/newline characters urlsplit deletes (which may join such a word). Joined to a page URL that names
# none of them either, its path names none: refused before the cost of joining and splitting it (kompas 2016: 195
# links, 14 ms a page).
_MAY_NAME_TOPIC = re.compile(r"tag|topi[ck]|label|%|[\t\r\n]|[^\x00-\x7f]", re.IGNORECASE)


def _topic_link(link: etree._Element, page_url: str, site: str, base_may_name: bool = True) -> bool:
    """Whether ``link`` points at a tag or topic listing on the page's own site (_TOPIC_PATH) with a short text.
    ``base_may_name``: whether ``page_url`` itself may lend a relative link a topic path (_MAY_NAME_TOPIC)."""
    href = link.get("href") or ""
    if not base_may_name and not _MAY_NAME_TOPIC.search(href):
        return False
    url = join_url(page_url, href)
    parts = split_url(url) if url else None
    if parts is None or registrable_domain(url) != site or not _TOPIC_PATH.match(parts.path):
        return False
    text = collapse_ws(link.xpath("string()")).lstrip("#").strip()
    return 0 < len(text) <= _TOPIC_TEXT_CHARS and len(text.split()) <= _TOPIC_TEXT_WORDS \
        and not _SENTENCE_IN_TEXT.search(text)


def _text_beside_links(element: etree._Element) -> str:
    """The text of ``element`` outside its links, scripts and styles."""
    return collapse_ws(" ".join(_TEXT_BESIDE_LINKS(element)))


_FOLLOWING_LINKS = etree.XPath("following::a")
_TEXT_BESIDE_LINKS = etree.XPath(".//text()[not(ancestor::a or ancestor::script or ancestor::style)]")


class _TopicCounts(NamedTuple):
    """Per element, counted bottom-up in one walk (h301: a climb that re-read every box's links per link took 244 s
    on 5,000 tag links): its links with an href, those that are topic links, the characters of its text outside links
    (and scripts, styles), of all its shown text, and the document index of its last descendant."""
    links: dict[etree._Element, int]
    topics: dict[etree._Element, int]
    beside: dict[etree._Element, int]
    shown: dict[etree._Element, int]
    last: dict[etree._Element, int]
    order: dict[etree._Element, int]


def _topic_counts(root: etree._Element, topics: set[etree._Element]) -> _TopicCounts:
    elements = list(root.iter())
    order = {element: index for index, element in enumerate(elements)}
    links = dict.fromkeys(elements, 0)
    topic_counts = dict.fromkeys(elements, 0)
    beside = dict.fromkeys(elements, 0)
    shown = dict.fromkeys(elements, 0)
    last = dict(order)
    hidden = ("script", "style")
    skipped: dict[etree._Element, bool] = {}  # in a link, a script or a style
    for element in elements:
        parent = element.getparent()
        skipped[element] = parent is not None and (skipped[parent] or parent.tag in ("a", *hidden))
    for element in reversed(elements):
        tag = element.tag if isinstance(element.tag, str) else None
        if tag is not None:
            own = len(collapse_ws(element.text)) if element.text and tag not in hidden else 0
            shown[element] += own
            if not skipped[element] and tag != "a":
                beside[element] += own
            if tag == "a" and element.get("href"):
                links[element] += 1
                topic_counts[element] += element in topics
        parent = element.getparent()
        if parent is None:
            continue
        tail = len(collapse_ws(element.tail)) if element.tail else 0
        links[parent] += links[element]
        topic_counts[parent] += topic_counts[element]
        beside[parent] += beside[element] + (0 if skipped[element] else tail)
        shown[parent] += shown[element] + (0 if parent.tag in hidden else tail)
        last[parent] = max(last[parent], last[element])
    return _TopicCounts(links, topic_counts, beside, shown, last, order)


def _topic_row(link: etree._Element, counts: _TopicCounts) -> etree._Element | None:
    """The widest box around ``link`` that is a row of topic links: every link in it a topic link, at most
    _TOPIC_ROW_LINKS of them, no more text besides them than _TOPIC_ROW_TEXT_CHARS. None when no box wraps the link
    (a link in a sentence, in a breadcrumb beside the rubric's link) or when the link, or its bare item, is one of a
    cloud of more topic links."""
    box, node = None, link.getparent()
    while node is not None and node.tag not in ("body", "html"):
        links, topics = counts.links[node], counts.topics[node]
        if topics == links > _TOPIC_ROW_LINKS and (box is None or counts.topics[box] == 1 and not counts.beside[box]):
            return None  # one link, or one bare item, of a tag cloud (h301 C21)
        if not links or topics != links or counts.beside[node] > _TOPIC_ROW_TEXT_CHARS:
            break
        box, node = node, node.getparent()
    return box


def topic_link_texts(root: etree._Element, page_url: str, title: str | None, body: Sequence[str]) -> list[str]:
    """The story's tags a page shows only as a row of topic links (h277, h293 F4: kumparan's "/topic/…" chips, kompas'
    "Tag" box, detik's "/tag/…/" row, themes without rel=tag): links to tag listings on the page's own site
    (_TOPIC_PATH) with short texts, in a box holding nothing else but a tag label and separators (_topic_row,
    _tag_row_label), the first such row after the element holding the body's last paragraph (h301: a tag link in a
    sentence, a subheading, a mid-body "Baca juga", the story's own list stand before it; the next story's row on an
    infinite-scroll page, a site's tag cloud after it), in no header or nav the headline is not in, no breadcrumb, no
    box marked beside the story (comments, a teaser, a sidebar's, widget's, related or popular list's class, the
    site's footer), and not past the story's column: below the ancestor the row shares with the headline, the
    headline's branch does not hold the story (half the ``body``'s characters: then the row is in a column beside
    it, an <aside> there too, or the page's footer). [] when none."""
    site = registrable_domain(page_url)
    base_may_name = bool(_MAY_NAME_TOPIC.search(page_url))
    topics = {a for a in root.iter("a") if a.get("href") and _topic_link(a, page_url, site, base_may_name)}
    headline = _title_element(root, title) if topics and body else None
    # A row stands after the story's end, so after the headline and all it holds: with no topic link there (kompas
    # 2016's trending bar over the headline), none is read, and the page's counts are not worth their walk.
    if headline is None or topics.isdisjoint(_FOLLOWING_LINKS(headline)):
        return []
    counts = _topic_counts(root, topics)
    end = _story_end(root, headline, body, counts)
    if end is None:
        return []
    body_chars = sum(len(paragraph) for paragraph in body)
    seen: set[etree._Element] = set()
    for link in sorted((a for a in topics if counts.order[a] > end), key=counts.order.__getitem__):
        row = _topic_row(link, counts)
        if row is None or row in seen:
            continue
        seen.add(row)
        if counts.order[row] > end and _tag_row_label(row, counts) and _story_row(row, headline, body_chars, counts):
            texts = (collapse_ws(a.xpath("string()")).lstrip("#").strip() for a in row.iter("a") if a in topics)
            return [text for text in texts if not _SEE_ALL_LINK.fullmatch(text)]
    return []


def _tag_row_label(row: etree._Element, counts: _TopicCounts) -> bool:
    """Whether ``row`` reads as a story's tags by its words: its text besides its links is separators (_TOPIC_SEPARATORS)
    after at most one leading label, a tag label (_TAG_LABEL, h301 C03, C06); a box title just before an unlabelled
    row (a heading, a box marked as a title) is a tag label too. No breadcrumb (class, id or aria-label naming one,
    schema.org's BreadcrumbList), no lone link among the items of a list of other links (a crumb, h301 C05)."""
    for node in (row, *row.iterancestors()):
        if _BREADCRUMB.search(" ".join((node.get("class") or "", node.get("id") or "", node.get("aria-label") or ""))) \
                or (node.get("itemtype") or "").rstrip("/").lower().endswith("/breadcrumblist"):
            return False
    first = next(a for a in row.iter("a") if a.get("href"))
    leading, rest = [], []
    for text in _TEXT_BESIDE_LINKS(row):
        holder = text.getparent()
        position = counts.last[holder] if text.is_tail else counts.order[holder]
        (leading if position < counts.order[first] else rest).append(text)
    label = _TOPIC_SEPARATORS.sub(" ", collapse_ws(" ".join(leading))).strip()
    if label and not _TAG_LABEL.fullmatch(label) \
            or _TOPIC_SEPARATORS.sub("", collapse_ws(" ".join(rest))):
        return False
    if label:
        return True
    previous = next((node for node in row.itersiblings(preceding=True) if isinstance(node.tag, str)), None)
    if previous is not None and not counts.links[previous] and counts.shown[previous] <= _TOPIC_ROW_TEXT_CHARS \
            and (previous.tag in ("h1", "h2", "h3", "h4", "h5", "h6")
                 or _BOX_TITLE_MARK.search(f"{previous.get('class') or ''} {previous.get('id') or ''}")):
        title = _TOPIC_SEPARATORS.sub(" ", collapse_ws(previous.xpath("string()"))).strip()
        if title and not _TAG_LABEL.fullmatch(title):
            return False
    # a crumb among crumbs linking home and the rubric: short items of the row's kind holding other links
    return not (counts.topics[row] == 1 and row.tag in ("li", "span") and any(
        isinstance(sibling.tag, str) and sibling.tag == row.tag and counts.links[sibling] > counts.topics[sibling]
        and counts.shown[sibling] <= _TOPIC_ROW_TEXT_CHARS
        for sibling in (*row.itersiblings(preceding=True), *row.itersiblings())))


def _title_element(root: etree._Element, title: str | None) -> etree._Element | None:
    """The element showing the story's ``title``: an h1-h3 reading it (case aside), else the page's longest h1 holding
    most of its words. None without: a page whose h1s are its logo and a bar's label (kompas 2016: "Bola", "TAG")
    and whose headline is no heading gives no place to read the story's region from."""
    wanted = collapse_ws(title).casefold()
    if not wanted:
        return None
    for heading in root.iter("h1", "h2", "h3"):
        if collapse_ws(heading.xpath("string()")).casefold() == wanted:
            return heading
    longest = page_headline(root)
    if longest is None:
        return None
    words = set(collapse_ws(longest.xpath("string()")).casefold().split())
    wanted_words = wanted.split()
    return longest if 2 * sum(1 for word in wanted_words if word in words) > len(wanted_words) else None


# The fewest characters of a text node that tells one of the story's paragraphs.
_STORY_TEXT_CHARS = 20
# The blocks a paragraph's text ends with: a row after the text inside one is still the paragraph's.
_PARAGRAPH_TAGS = frozenset(("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "td", "th", "dd", "dt",
                             "figcaption", "pre"))


_SENTENCE_ENDS = (".", "!", "?", "\"", "\u201d", "'", "\u2019", ")")


def _story_end(root: etree._Element, headline: etree._Element, body: Sequence[str],
               counts: _TopicCounts) -> int | None:
    """The document index after which the body's last paragraph ends (h301: only a row after it is the story's tags):
    the end of the paragraph block holding the last text node, after the ``headline``, of the last of the body's
    closing paragraphs found (a node of _STORY_TEXT_CHARS or more, or the whole paragraph); None when none is."""
    # Sentences only: a site container's body still holds its tag list's items ("OJK", "kredit": infobanknews'
    # ul.tag-list inside div.article-content), which would put the story's end after the row itself.
    sentences = [paragraph for paragraph in body if paragraph.rstrip().endswith(_SENTENCE_ENDS)
                 or len(paragraph) >= _STORY_TEXT_CHARS]
    closing = [collapse_ws(paragraph) for paragraph in sentences[-3:]]
    found: dict[int, int] = {}
    start = counts.last[headline]
    for element in root.iter():
        if counts.order[element] <= start or not isinstance(element.tag, str) \
                or element.tag in ("script", "style"):
            continue
        for text, is_tail in ((element.text, False), (element.tail, True)):
            text = collapse_ws(text)
            if not text:
                continue
            matches = [index for index, paragraph in enumerate(closing)
                       if (len(text) >= _STORY_TEXT_CHARS and text in paragraph) or text == paragraph]
            if not matches:
                continue
            holder = element.getparent() if is_tail else element
            if holder is None or holder.tag in ("script", "style"):
                continue
            while holder.tag in _INLINE_TAGS and holder.getparent() is not None:
                holder = holder.getparent()
            if holder.tag in _PARAGRAPH_TAGS or holder is not (element.getparent() if is_tail else element):
                end = counts.last[holder]
            else:  # a text of a container, split by <br>s (old kompas): up to the text itself
                end = counts.last[element] if is_tail else counts.order[element]
            for index in matches:
                found[index] = max(found.get(index, -1), end)
    return found[max(found)] if found else None


def _story_row(row: etree._Element, headline: etree._Element, body_chars: int, counts: _TopicCounts) -> bool:
    """topic_link_texts' region test of a row after the story's end."""
    holders = {headline, *headline.iterancestors()}
    if any(node.tag in ("header", "nav") and node not in holders for node in (row, *row.iterancestors())):
        return False
    # an <aside> is judged by the column test below: cnnindonesia's "TOPIK TERKAIT" <aside> under the story
    if in_comments(row) or _in_story_teaser(row) or _in_marked_side_box(row, asides=False):
        return False
    shared = common_ancestor(headline, row)
    if shared is None:
        return False
    branch = headline
    for node in headline.iterancestors():
        if node is shared:
            break
        branch = node
    return 2 * counts.shown[branch] < body_chars


def _in_story_teaser(row: etree._Element) -> bool:
    """in_teaser's test for a tag row: a short box around it also holding another story's linked headline is that
    story's card (or a list of cards), the row its tags. A link of the post's previous/next navigation is no card's
    headline (_post_navigation_link): tagDiv Newspaper's post <footer> holds the story's own tag row beside its
    "Artikel sebelumnya / berikutnya" pair, or "Artikel sebelumnya" alone on the newest post (h306 A, h308 A5:
    fajar.co.id), so the climb goes on past it (up to the story's box, holding the h1). A box is not released for
    holding two stories or more: a list of cards each with its row, a card with a rubric chip, a card linking its
    story twice in two spellings are cards (h308 A1-A4, A8, A12)."""
    if row.tag == "li" and _dated_link_item(row, row):
        return True
    node = row
    for _ in range(_TEASER_LEVELS):
        node = node.getparent()
        if node is None or not isinstance(node.tag, str) or node.tag in ("body", "html"):
            return False
        if (node.tag == "h1" or text_within(node, _TEASER_MAX_CHARS, lines=False) is None
                or next(node.iter("h1"), None) is not None):
            return False
        if any(_headline_link(link, row, node) and not _post_navigation_link(link, row) for link in node.iter("a")):
            return True
        if node.tag == "li" and _dated_link_item(node, row):
            return True
    return False


# A post navigation's label: "Artikel sebelumnya", "Berita Berikutnya", "Previous post", "« Older", "Newer »", "Next".
_POST_NAV_LABEL = re.compile(
    r"[«‹<←\s]*(?:(?:artikel|berita|tulisan|postingan|post|article|story|entry)\s+)?"
    r"(?:sebelumnya|berikutnya|selanjutnya|previous|prev|next|older|newer)"
    r"(?:\s+(?:artikel|berita|tulisan|postingan|post|article|story|entry|posts?|entries))?[\s:»›>→]*",
    re.IGNORECASE)
# A post navigation box's class/id word: WordPress's "post-navigation" / "nav-links" / "nav-previous", tagDiv's
# "td-post-next-prev" / "td-post-prev-post", "post-nav", "pager".
_POST_NAV_WORD = re.compile(r"^(?:prev|previous|next|nav|navigation|navi|pager)$", re.IGNORECASE)
# The most text beside a navigation link in its box: its label ("Artikel sebelumnya"), never an excerpt.
_POST_NAV_BOX_CHARS = 40


def _post_navigation_link(link: etree._Element, row: etree._Element) -> bool:
    """Whether ``link`` positively reads as the post's previous/next navigation, not another story's card beside
    ``row`` (h308 A): rel=prev/next; or a box around it, not holding the row (a "Berita Selanjutnya" preview holding
    its own tags is that story's card, h308 A6), whose class/id names a navigation (a word prev/next/nav/navigation)
    or whose text beside the link is a label only ("Artikel sebelumnya"); or the link's own first words are that
    label ("<a><span>Previous</span> Judul</a>"). A box holding a heading or more text than a label is a card, and
    so is a rel/label link's box with the row holding an excerpt or the story's image link (_preview_card, h311)."""
    rel = (link.get("rel") or "").lower().split()
    first = next((text for text in link.itertext() if text.strip()), "")
    if "prev" in rel or "next" in rel or _POST_NAV_LABEL.fullmatch(first):
        # (h311 A2/A3) unless the box holding it and the row is a preview card: an excerpt, or an image linking the
        # same story ("<div class='next-story'><a><span>Berita Selanjutnya</span> Judul</a><p>excerpt</p><tags>")
        return not _preview_card(link, row)
    own = element_text(link)
    node = link
    for _ in range(_TEASER_LEVELS):
        node = node.getparent()
        if node is None or not isinstance(node.tag, str) or node is row or any(a is node for a in row.iterancestors()):
            return False
        if node.tag in _HEADING_TAGS_BELOW_H1 or next(node.iter(*_HEADING_TAGS_BELOW_H1), None) is not None:
            return False
        words = re.split(r"[\s_-]+", f"{node.get('class') or ''} {node.get('id') or ''}")
        if any(_POST_NAV_WORD.match(word) for word in words):
            return True
        rest = collapse_ws(element_text(node).replace(own, " ", 1))
        if len(rest) > _POST_NAV_BOX_CHARS:
            return False
        if rest and _POST_NAV_LABEL.fullmatch(rest):
            return True
    return False


def _preview_card(link: etree._Element, row: etree._Element) -> bool:
    """Whether the smallest box holding ``link`` and ``row`` reads as the linked story's preview card: it holds prose
    (a text of more than _POST_NAV_BOX_CHARS outside its links and the row: an excerpt) or another link to the same
    target holding an <img> (h311 A2/A3). tagDiv's footer (the row, a bare "Artikel sebelumnya" pair) holds neither."""
    shared = common_ancestor(link, row)
    if shared is None:
        return False
    target = (link.get("href") or "").strip()
    if target and any(other is not link and (other.get("href") or "").strip() == target
                      and next(other.iter("img"), None) is not None for other in shared.iter("a")):
        return True
    row_nodes = set(row.iter())
    for text in shared.xpath(".//text()"):
        within = text.getparent()
        if within is not None and text.is_tail:
            within = within.getparent()
        if within is None or not isinstance(within.tag, str) or within.tag in ("script", "style", "noscript"):
            continue
        if within in row_nodes or within.tag == "a" or any(a.tag == "a" for a in within.iterancestors()):
            continue
        if len(collapse_ws(text)) > _POST_NAV_BOX_CHARS:
            return True
    return False


def _is_linked_headline(heading: etree._Element) -> bool:
    """An h2/h3 that is mostly one link to another page: a story's headline in a list or a scroll feed.
    A subheading inside a story is its own text, not a link."""
    text = collapse_ws("".join(heading.itertext()))
    if not text:
        return False
    for link in heading.iter("a"):
        href = (link.get("href") or "").strip()
        if href and not href.startswith("javascript:") and not links_own_page(link) and \
                len(collapse_ws("".join(link.itertext()))) >= _LINKED_HEADLINE_SHARE * len(text):
            return True
    return False


# A live blog's update, by its or its list's class or id: "live-entry", "liveblog-post", "live-update",
# "timeline-item", "post-update".
_LIVE_MARK = re.compile(r"live|timeline|(?:^|[\s_-])updates?(?:$|[\s_-])", re.IGNORECASE)


def _is_live_entry(article: etree._Element) -> bool:
    """Whether an ``<article>`` is a live blog's update rather than a story: marked so (its or its parent's class
    or id), with its own heading and no h1 or headline linking to another page ("<article class='live-entry'>
    <time>10.45 WITA</time><h2>Bandara Kembali Dibuka</h2><p>…</p>", h44 probe). Two such are parts of one story;
    unmarked <article> cards after a story (h45 probe: a teaser's <a> wrapping its h3) are other stories."""
    parent = article.getparent()
    marks = " ".join(element_marks(e) for e in (article, parent) if e is not None)
    if not _LIVE_MARK.search(marks):
        return False
    headings = list(article.iter("h1", "h2", "h3", "h4"))
    return bool(headings) and not any(heading.tag == "h1" or _is_linked_headline(heading) for heading in headings)


def _story_element(element: etree._Element) -> etree._Element | None:
    """The nearest ``<article>`` holding ``element`` (itself included), or None."""
    for candidate in (element, *element.iterancestors()):
        if candidate.tag == "article":
            return candidate
    return None


def _heads(heading: etree._Element, later: etree._Element, first: etree._Element) -> bool:
    """Whether ``heading`` and ``later`` share a wrapper that does not hold ``first``: the headline of the
    story block ``later`` is in (a related-links box between two parts of one body holds its headlines
    alone, and a flat page holds all of them in one parent)."""
    above = {id(a) for a in heading.iterancestors()}
    common = next((a for a in later.iterancestors() if id(a) in above), None)
    return common is not None and not any(a is common for a in first.iterancestors())


def another_story(first: etree._Element, later: etree._Element, order: "PageOrder") -> bool:
    """Whether ``later`` (after ``first`` in page order) belongs to another story than ``first``: it sits
    in another ``<article>`` (neither holding the other), an ``<h1>`` stands between them outside
    ``first``, or an h2/h3 that is a link to another page heads the block ``later`` is in (the scroll
    feed's next story, "artikel selanjutnya"). A subheading, or a related-links box, between two parts
    of one body is no boundary. ``order``: the page's ``PageOrder``."""
    mine, theirs = _story_element(first), _story_element(later)
    if mine is not None and theirs is not None and mine is not theirs \
            and not any(a is mine for a in theirs.iterancestors()) \
            and not any(a is theirs for a in mine.iterancestors()) \
            and not (_is_live_entry(mine) and _is_live_entry(theirs)):
        return True
    for heading in order.headings_between(first, later):
        if not any(a is first for a in heading.iterancestors()) and (
                heading.tag == "h1" or (_is_linked_headline(heading) and _heads(heading, later, first))):
            return True
    return False


class PageOrder:
    """Every element's index in page order, and the page's h1-h3 headings by position (one walk; built once
    per page, when a choice needs it)."""

    def __init__(self, root: etree._Element) -> None:
        self.index = {element: position for position, element in enumerate(root.iter())}
        self._headings = list(root.iter("h1", "h2", "h3"))
        self._positions = [self.index[heading] for heading in self._headings]

    def __getitem__(self, element: etree._Element) -> int:
        return self.index[element]

    def headings_between(self, first: etree._Element, later: etree._Element) -> list[etree._Element]:
        low = bisect.bisect_right(self._positions, self.index[first])
        high = bisect.bisect_left(self._positions, self.index[later])
        return self._headings[low:high]


# ------------------------------------------------------------------------ inline related links

# The label's words: "Baca juga", "Lihat pula", "Simak juga", kontan's "Menarik Dibaca:" (h276 G). "menarik dibaca" is
# an everyday phrase ("tetap <em>menarik dibaca</em> <a>generasi Z</a> …"): a label only with its colon, and only in
# its bold run or its link, never as plain text before a link (h280 R2).
_JUGA_WORDS = r"(?:baca|lihat|simak)\s+(?:juga|pula)"
_RELATED_WORDS = rf"(?:{_JUGA_WORDS}|menarik\s+dibaca)"
_RELATED_LABEL = re.compile(rf"{_JUGA_WORDS}\s*:?|menarik\s+dibaca\s*:", re.IGNORECASE)
_INLINE_WRAPPERS = frozenset({"strong", "b", "em", "i", "span", "u"})
_LABEL_MAX_CHARS = 20  # a label is read only this far: a hostile page's nested runs cost no more


# A label written as plain text right before its link, opening the paragraph or after a sentence: "<p>Baca juga:
# <a>…</a> Kepala dinas …</p>", "<p>… warga. Baca juga: <a>…</a> Mereka …</p>" (h40 probe). The colon is required:
# "Anda bisa baca juga <a>laporan lengkapnya</a> di sini" is the story's sentence.
_PLAIN_LABEL_BEFORE_LINK = re.compile(
    r"(?:(?:^|(?<=[.!?\"\u201d\u2019)]))\s*|(?<=[a-z0-9])(?=(?-i:[BLS])))"  # or glued on: "… wargaBaca Juga: <a>"
    rf"({_JUGA_WORDS}\s*:)\s*$", re.IGNORECASE)
# A link holding the label and the headline ("<a>Baca juga: Judul</a> Kepala dinas …").
_LABELLED_LINK_TEXT = re.compile(rf"\s*{_RELATED_WORDS}\s*:\s*\S", re.IGNORECASE)


def _plain_label(link: etree._Element, parent: etree._Element, previous: etree._Element | None) -> re.Match[str] | None:
    """The plain-text label right before ``link`` (_PLAIN_LABEL_BEFORE_LINK in its last _LABEL_MAX_CHARS + 200
    characters), or None."""
    before = (previous.tail if previous is not None else parent.text) or ""
    if not before.rstrip().endswith(":"):
        return None  # the label ends in its colon, only whitespace after it (re's \s is str.isspace())
    return _PLAIN_LABEL_BEFORE_LINK.search(before[-(_LABEL_MAX_CHARS + 200):])


def _wrap_plain_label(link: etree._Element, parent: etree._Element, previous: etree._Element | None,
                      match: re.Match[str]) -> None:
    """Move the plain-text label ``match`` (_plain_label's) right before ``link`` into a <span> of its own (in place),
    so that it reads as the bold label does. Idempotent: a second pass finds the span."""
    before = (previous.tail if previous is not None else parent.text) or ""
    cut = len(before) - (len(before[-(_LABEL_MAX_CHARS + 200):]) - match.start(1))
    label = etree.Element("span")
    label.text, label.tail = match.group(1), " "
    link.addprevious(label)
    if previous is not None:
        previous.tail = before[:cut]
    else:
        parent.text = before[:cut]


def _text_after(element: etree._Element) -> bool:
    """Whether text follows ``element`` inside its parent (its tail, or a later sibling's text)."""
    if (element.tail or "").strip():
        return True
    return any("".join(sibling.itertext()).strip() or (sibling.tail or "").strip()
               for sibling in element.itersiblings() if isinstance(sibling.tag, str))


# class/id words of a writer's card (photo, name, bio): never the story. The one list: maintext's boilerplate words
# and the site container's walk (author_boxes) read it.
AUTHOR_BOX_WORDS = ("author-box", "author-card", "author-bio", "about-author", "author-info")
# In the container a card's class or id STARTS with its word ("author-box", "author-box__name", id "aboutAuthor"): one
# that only holds it is some other box ("quote-author-info", a pull quote's; h73).
_AUTHOR_BOX_TOKEN = re.compile(rf"(?:{class_words(*AUTHOR_BOX_WORDS)})[\w-]*", re.IGNORECASE)
# Tested on the class and id attribute nodes themselves (the elements in page order): a predicate on every element
# reading both attributes cost half as much again.
_AUTHOR_CLASSED = etree.XPath("descendant::*/@class[contains(translate(., 'AUTHOR', 'author'), 'author')]/.."
                              " | descendant::*/@id[contains(translate(., 'AUTHOR', 'author'), 'author')]/..")
# Every class and id under an element as plain strings, for _AUTHOR_CLASSED's pre-check: a value it picks holds
# "author" in any case, and so does the joined text lowered (str.lower maps A, U, T, H, O, R as translate does).
# Most containers name no author: the strings cost a quarter of the query's translate on every value.
_CLASS_ID_VALUES = etree.XPath("descendant::*/@class | descendant::*/@id", smart_strings=False)
# A card holds a name and a few lines of bio; more is a story in a box oddly named.
_AUTHOR_BOX_MAX_CHARS = 600
# What makes a box a writer's card: the writer's photo, a link (to the writer's page), a part named for the name, or a
# label saying whose the bio is. A profile of the story's subject ("Profil Leila S Chudori" over her bio) has none.
_CARD_PARTS = etree.XPath(".//img | .//a[@href] | .//*[contains(translate(@class, 'NAME', 'name'), 'name')"
                          " or contains(translate(@class, 'NAMA', 'nama'), 'nama')]")
_WRITER_LABEL = re.compile(r"\s*(?:(?:tentang|profil|biodata)\s+penulis|about\s+the\s+author|(?:penulis|author)\s*:)",
                           re.IGNORECASE)
_QUOTE_OPENINGS = ('"', "\u201c", "\u00ab", "'", "\u2018")


def author_boxes(root: etree._Element) -> list[etree._Element]:
    """The writer's cards under ``root`` (not ``root`` itself), to leave unread: an element whose class or id starts
    with a card's word (AUTHOR_BOX_WORDS: republika's opinion column "div.author-box" with the writer's photo, name and
    bio, h70) holding little text, that looks like a card (_is_writers_card). A "*) Penulis adalah dosen …" line of the
    story's own text is no card, nor a box profiling the story's subject or quoting someone (h73)."""
    found: list[etree._Element] = []
    if "author" not in "\n".join(_CLASS_ID_VALUES(root)).lower():
        return found  # no class or id names an author: _AUTHOR_CLASSED would pick none
    for element in _AUTHOR_CLASSED(root):
        tokens = element_marks(element).split()
        if any(_AUTHOR_BOX_TOKEN.fullmatch(token) for token in tokens) \
                and (text := text_within(element, _AUTHOR_BOX_MAX_CHARS, lines=False)) is not None \
                and _is_writers_card(element, text):
            found.append(element)
    return found


def _is_writers_card(box: etree._Element, text: str) -> bool:
    """A card: a photo, a link, a name part or a writer's label ("Tentang Penulis") — and its text no quotation."""
    text = text.strip()
    return not text.startswith(_QUOTE_OPENINGS) and (bool(_CARD_PARTS(box)) or _WRITER_LABEL.match(text) is not None)


# What may stand between two links a label lists ("<a>A</a>, <a>B</a>", "A | B", "A · B", "A — B", "A » B", "A dan B"):
# their separators only (h276 A; the dashes and guillemets h280's near-misses).
_LINK_SEPARATOR = re.compile(r"[\s,|/\u00b7\u2022&;\u2013\u2014\u00bb\u203a-]*(?:\b(?:dan|serta|atau)\b"
                             r"[\s,|/\u00b7\u2022&;\u2013\u2014\u00bb\u203a-]*)?", re.IGNORECASE)
_LISTED_LINKS_MAX = 8  # a label's list is a few headlines: a hostile page's run costs no more
# The story's next sentence after a label's links on its line ("… <a>B</a> Sementara itu, …"): it opens with a capital,
# a digit or a quote; a word in lower case goes on a sentence the links open ("<a>Bulog</a> dan <a>Bapanas</a>
# memastikan …", h280 R1).
_NEW_SENTENCE = re.compile(r"[\s,;]*(?:[\"\u201c'\u2018(]|(?-i:[A-Z0-9]))")


def _links_on_line(node: etree._Element) -> tuple[list[etree._Element], str]:
    """The links following ``node`` on its line (up to the next <br> or the block's end), only separators
    (_LINK_SEPARATOR) between them and it, and what ends the run: "br", "end" (the block's), or "text" (other text or
    element: the run's last element's tail, or the next sibling)."""
    links: list[etree._Element] = []
    while len(links) < _LISTED_LINKS_MAX:
        if not _LINK_SEPARATOR.fullmatch(node.tail or ""):
            return links, "text"
        following = node.getnext()
        if following is None:
            return links, "end"
        if not isinstance(following.tag, str) or following.tag not in ("a", "br") \
                or (following.tag == "a" and not "".join(following.itertext()).strip()):
            return links, "text"
        if following.tag == "br":
            return links, "br"
        links.append(following)
        node = following
    return links, "text"


def _blank_separators(*elements: etree._Element) -> None:
    for each in elements:
        each.tail = " " if (each.tail or "").strip() else each.tail


def _listed_after(link: etree._Element) -> list[etree._Element]:
    """The links a label lists after ``link`` (h276 A), taken line by line (a line: the stretch between <br>s). On the
    label's own line, the links after ``link`` with only separators (_LINK_SEPARATOR) between ("<strong>Baca
    juga:</strong> <a>A</a>, <a>B</a>": tribun's and jpnn's two headlines, kontan's "A | B") when they run to the line's
    end, or to the story's next sentence (_NEW_SENTENCE); a link whose words go on a sentence ("… <a>A</a>
    <a>Jokowi</a> meminta …") is the story's, and so are the links joined to it. A following line is taken only when it
    holds nothing but links and separators; a line whose last link is followed by other text is the story's, kept
    whole with the <br>s before it: SINDOnews's "Baca Juga: <a>…</a><br><br><a>Kementerian Kesehatan Gaza</a> mencatat
    …" (h280 R1). The separators are blanked (in place) with the links, so no ", " or "| B" stays a block of its own."""
    listed: list[etree._Element] = []
    run, end = _links_on_line(link)
    if run and (end != "text" or (_NEW_SENTENCE.match(run[-1].tail or "") and (link.tail or "").strip())):
        _blank_separators(link, *(run if end != "text" else run[:-1]))  # the last one's tail: the story's sentence
        listed += run
    node = run[-1] if listed else link
    while end == "br" and len(listed) < _LISTED_LINKS_MAX:
        breaks = [node.getnext()]
        while not (breaks[-1].tail or "").strip() and (following := breaks[-1].getnext()) is not None \
                and following.tag == "br":
            breaks.append(following)
        line, end = _links_on_line(breaks[-1])
        if not line or end == "text":
            break  # the story's line (or none): it and the <br>s before it stay
        _blank_separators(node, *breaks, *line)
        listed += [*breaks, *line]
        node = line[-1]
    return listed


def inline_related_links(root: etree._Element) -> list[etree._Element]:
    """Elements of "Baca juga: <link>" written inside a paragraph, to leave unread: a bold label and the
    link after it (``<strong>Baca juga:</strong> <a>…</a>``), or a bold run holding the label and one link
    (``<strong>Baca juga: <a>…</a></strong>``). As a block of its own the residue catalog drops the line;
    inside a paragraph the link's headline would be read into the story's sentence. A label written as
    plain text right before its link is moved into a span of its own and read so (_wrap_plain_label); a link
    whose own text opens with the label goes too."""
    found: list[etree._Element] = []
    for link in list(root.iter("a")):
        parent = link.getparent()
        previous = link.getprevious()
        # A plain label and its link alone in their block ("<div> BACA JUGA: <a>…</a></div>", liputan6's box) are
        # the residue catalog's line, as before: only story text after the link needs the label read out here.
        plain = _plain_label(link, parent, previous) if parent is not None and parent.tag not in _INLINE_WRAPPERS \
            else None
        labelled = _LABELLED_LINK_TEXT.match(link.text or "") is not None
        # Whether story text follows, read only for a link with a label (most links have none): it reads the siblings.
        story_after = (plain is not None or labelled) and parent is not None and _text_after(link)
        if story_after and plain is not None:
            _wrap_plain_label(link, parent, previous, plain)
            previous = link.getprevious()
        if story_after and labelled:
            before = ((previous.tail if previous is not None else parent.text) or "").strip()
            if not before or before.endswith((".", "!", "?", '"', "\u201d")):
                found.append(link)  # "<a>Baca juga: Judul</a>" opening a paragraph or after a sentence
                continue
        if (previous is not None and previous.tag in _INLINE_WRAPPERS and not (previous.tail or "").strip()
                and _RELATED_LABEL.fullmatch(text_within(previous, _LABEL_MAX_CHARS) or "")):
            found += [previous, link, *_listed_after(link)]
        elif (parent is not None and parent.tag in _INLINE_WRAPPERS and previous is None and len(parent) == 1
              and not (link.tail or "").strip() and _RELATED_LABEL.fullmatch(collapse_ws(parent.text))):
            found.append(parent)
    return found


# ------------------------------------------------------------------------ teasers of other stories

# How far up from a byline or a date a teaser's block may end, and its longest text: a list item or a card
# ("Terpopuler", tagDiv's "Berita Lainnya" modules, a "Berita Terbaru" column) is a headline and a line or two.
_TEASER_LEVELS = 3
_TEASER_MAX_CHARS = 400
# A linked headline: at least this many words, and five or more when nothing else says headline (names are
# two to four Capitalised words; a headline has a lower-case word or a digit, or sits in a heading).
_HEADLINE_MIN_WORDS, _HEADLINE_PLAIN_WORDS = 3, 5
_HEADING_TAGS_BELOW_H1 = ("h2", "h3", "h4", "h5", "h6")
# Links that name no other story: a person's, a topic's or a rubric's page, a share button, an anchor.
_NOT_A_STORY_LINK = re.compile(
    r"^(?:#|javascript:|mailto:|tel:)|/(?:author|authors|penulis|reporter|wartawan|editor|profil|profile|tag|tags|"
    r"topik|topic|kategori|category|kanal|rubrik|search|cari)/|share|sharer|intent/(?:tweet|post)|wa\.me|whatsapp|"
    # follow links to the outlet's channel elsewhere ("Ikuti SINDOnews di Google News")
    r"news\.google\.com|t\.me/",
    re.IGNORECASE)
_NAME_SHAPED_WORD = re.compile(r"[A-Z][\w'\u2019.-]*")


def links_no_story(href: str) -> bool:
    """Whether a link goes to no story: a person's, a topic's or a rubric's page, a share button, the outlet's channel
    elsewhere (_NOT_A_STORY_LINK). An anchor on the page itself (a table of contents' "#bagian-2") is not counted."""
    return not href.startswith("#") and _NOT_A_STORY_LINK.search(href) is not None


def _headline_link(link: etree._Element, element: etree._Element, block: etree._Element) -> bool:
    """Whether a link in ``block`` reads as another story's headline beside ``element``: a link outside the element
    to a page that is no person's, topic's or share page, with a headline's words (module comment above). A link
    inside an h1 is the page's own headline. Its ancestors are walked up to the block only (a page nests deep)."""
    href = (link.get("href") or "").strip()
    if link is element or not href or _NOT_A_STORY_LINK.search(href):
        return False
    in_heading = False
    node = link.getparent()
    while node is not None:
        if node is element or node.tag == "h1":
            return False  # the element's own link (a byline's author page), or a headline's
        in_heading = in_heading or node.tag in _HEADING_TAGS_BELOW_H1
        if node is block:
            break
        node = node.getparent()
    words = collapse_ws(element_text(link)).split()
    if len(words) < _HEADLINE_MIN_WORDS:
        return False
    if _names_own_article(link, href):
        # The page's own permalink: its "posted on" date (WordPress: "<a href=PERMALINK rel=bookmark><time>Mei 3,
        # 2021</time></a>", h216 probe), its comment count ("0 Comments"). A date linked to ANOTHER story stays that
        # story's: it marks a related card and the byline in it (h221: "Oleh Budi Santoso" in a _s theme's card).
        return False
    in_heading = in_heading or next(link.iter(*_HEADING_TAGS_BELOW_H1), None) is not None
    return (in_heading or len(words) >= _HEADLINE_PLAIN_WORDS
            or not all(_NAME_SHAPED_WORD.fullmatch(word) for word in words))


def _names_own_article(link: etree._Element, href: str) -> bool | None:
    """Whether a link names the article the page holds (links_own_article's test: the response's URL, its canonical
    link or og:url, any page or view of it); None when the page names no address of its own."""
    page = _own_articles(link)
    if not page.own:
        return None
    url = join_url(page.base, href) if page.base else href
    return bool(url) and page.names(url)


def in_teaser(element: etree._Element) -> bool:
    """Whether ``element`` (a byline, a date line) belongs to a teaser of another story: a short block around it
    (up to _TEASER_LEVELS ancestors, at most _TEASER_MAX_CHARS of text) also holds a linked headline of another
    story outside it — a "Terpopuler" list item, a "Berita Lainnya" card — so its name or date is that story's; or
    an item of a list of dated links (``_dated_link_item``: "Berita Terkait" items "<a>Harga Cabai Rawit
    Melonjak</a> Jumat, 4 Desember 2026 | 18:20 WIB", whatever their titles' case).
    A block holding an ``<h1>`` is the article's own header, never a teaser."""
    if element.tag == "li" and _dated_link_item(element, element):
        return True  # "<li><a>Judul</a> Jumat, 4 Desember 2026</li>": the date is the item's own text
    node = element
    for _ in range(_TEASER_LEVELS):
        node = node.getparent()
        if node is None or not isinstance(node.tag, str) or node.tag in ("body", "html"):
            return False
        # The length first: a long block (the story's container) is left after a few pieces, before a walk of its
        # whole subtree for an <h1>.
        if (node.tag == "h1" or text_within(node, _TEASER_MAX_CHARS, lines=False) is None
                or next(node.iter("h1"), None) is not None):
            return False
        if any(_headline_link(link, element, node) for link in node.iter("a")):
            return True
        if node.tag == "li" and _dated_link_item(node, element):
            return True
    return False


# How many boxes above a dated text an entry of a list may stand (the stamp's <span>, its header, the entry).
_ENTRY_LEVELS = 3
# A clock in an entry's stamp: "16:45", "13.00".
_ENTRY_CLOCK = re.compile(r"(?<!\d)\d{1,2}[:.]\d{2}(?!\d)")
# A labelled fact's text, "Label: value": "Penulis: Andi Saputra", "Magnitudo: 5,2", "Kedalaman: 10 km".
_LABELLED_FACT = re.compile(r"[^\W\d_][^\W_]*(?:[ .-][^\W\d_][^\W_]*){0,3}\s*:\s*\S")


def _entry_box(box: etree._Element) -> bool:
    """Whether a box reads as one entry of a live blog or a timeline: opening with its stamp (its first text holds a
    clock), a paragraph of its own after it — a paragraph telling something, not a labelled fact ("Penulis: Andi
    Saputra" under a meta card's date: h279 c17)."""
    if not any((text := collapse_ws("".join(paragraph.itertext()))) and not _LABELLED_FACT.match(text)
               for paragraph in box.iter("p")):
        return False
    first = next((text for text in box.itertext() if text.strip()), "")
    return _ENTRY_CLOCK.search(first) is not None


def _story_card(box: etree._Element) -> bool:
    """Whether a box holds a heading (h2-h6) linking elsewhere: another story's card, no entry (h279 R4)."""
    return any(heading.find(".//a[@href]") is not None or heading.getparent().tag == "a"
               for heading in box.iter("h2", "h3", "h4", "h5", "h6"))


def _headed(box: etree._Element) -> bool:
    return next(box.iter("h2", "h3", "h4", "h5", "h6"), None) is not None


# A layout's class words, which tell no entry: a grid's columns "col main" / "col sidebar", "col-md-8", "row",
# "container", "widget" (h284 R3: two columns sharing "col", the main one opening with the date line and the sidebar
# with a prayer-times clock, read as a live blog's two entries and the story's date line was passed over).
_LAYOUT_CLASS = re.compile(r"(?:col|span|grid|row|column|container|wrap|flex)(?:[-_][\w-]*|s|per|\d+)?|main|sidebar|widget"
                           r"|box|clearfix|content|inner|left|right|pull-(?:left|right)|d-\w+|[mp][tblrxy]?-\w+",
                           re.IGNORECASE)


def _entry_class_words(box: etree._Element) -> frozenset[str]:
    """A box's class words but a layout's (``_LAYOUT_CLASS``)."""
    return frozenset(word for word in (box.get("class") or "").split() if not _LAYOUT_CLASS.fullmatch(word))


def _alike_classes(words: frozenset[str], sibling: etree._Element) -> bool:
    return bool(words & _entry_class_words(sibling))


def _nested(words: frozenset[str], others: frozenset[str]) -> bool:
    return words <= others or others <= words


def in_entry_list(element: etree._Element) -> bool:
    """Whether a dated text's holder is the stamp of one entry in a list of entries: it, or one of its
    ``_ENTRY_LEVELS`` nearest boxes holding no <h1>, stands among siblings of its tag sharing a class word (a class
    named: "live-entry latest" beside "live-entry", h279 n06; a layout's words not counted, "col main" / "col sidebar",
    and three alike when the classes only overlap: h284 R3), two of them at least (itself one) opening with a clock
    and holding a paragraph of their own. A live blog's "<div class='live-entry'><span class='live-time'>Rabu, 27 Nov
    2024 | 16:45 WIB</span><p>KPU mulai …</p></div>" (or its <article>s, h279 n05) over the next entry under the h1:
    the entry's time, no date line of the page's (h271 d03). A meta row's two date spans ("Diterbitkan …" beside
    "Diperbarui …") hold no paragraph, a meta card's a labelled fact only ("Penulis: …", h279 c17), a single dated box
    has no sibling like it: neither is an entry. Nor is a list of story cards (a sibling's heading links elsewhere:
    ``_story_card``), nor the story's own box beside its next story's on an infinite scroll, that one headed, this one
    not ("<div class=detail><div class=tgl>…</div><p>…</p>…</div><div class=detail><div class=tgl>…</div><h2>…": h279
    c16). (The box holding the body's first paragraph is no sign: a live blog's body may begin in its first entry, h279
    n05.)"""
    node: etree._Element | None = element
    for _ in range(_ENTRY_LEVELS):
        if node is None or not isinstance(node.tag, str) or node.tag in ("body", "html", "main"):
            return False
        parent = node.getparent()
        if parent is None or next(node.iter("h1"), None) is not None:
            return False
        words = _entry_class_words(node)
        if words and _entry_box(node):  # (a classless box: a layout's row, no entry)
            alike = [sibling for sibling in parent if sibling.tag == node.tag and _alike_classes(words, sibling)]
            # Two entries when their classes are one's words and a modifier ("live-entry latest" / "live-entry", h279
            # n06); three when they only overlap (h284 R3)
            needed = 2 if all(_nested(words, _entry_class_words(sibling)) for sibling in alike) else 3
            if (len(alike) >= needed and sum(1 for sibling in alike if _entry_box(sibling)) >= needed
                    and not any(_story_card(sibling) for sibling in alike)
                    and (_headed(node) or not any(_headed(sibling) for sibling in alike))):
                return True
        if node.tag == "article":
            return False  # the story's own <article> is no entry's list: no further up
        node = parent
    return False


# A fact box's other labelled facts, at least (BMKG's "Magnitudo: 5,2", "Kedalaman: 10 km" beside "Waktu: …").
_FACT_BOX_MIN = 2
# A byline's label: a box holding one is a meta row, never a fact box, whatever else it holds ("Rep: A", "Kontributor:
# A", "Laporan: A" beside "Penerjemah: B", "Lokasi: …" or "Waktu baca: 3 menit" and the date line: h284 R2).
_BYLINE_LABEL = re.compile(r"(?<![^\W\d_])(?:oleh|by|penulis|rep|reporter|wartawan|pewarta|kontributor|koresponden|editor"
                           r"|redaktur|red|penyunting|laporan|penerjemah|fotografer|author|writer)\s*:", re.IGNORECASE)
# The positive sign of an event's facts (h284 R2: the exclusion list of meta labels read "Dilihat:", "Komentar:",
# "Topik:", "Wilayah:" as facts): a measured value, a number with its unit ("10 km", "5,2 SR", "5.2 LS"), a magnitude
# ("M 5,2", "Magnitudo: 5,2", "Kedalaman: 10"), a score ("Skor: 2-1", "Persib 2 - 1 Persija").
_MEASURED_FACT = re.compile(
    r"\d(?:[.,]\d+)?\s*(?:sr|km|mil|meter|m|kg|ton|mm|cm|ls|lu|bt|bb|°\s*[cf]?|derajat|knot)(?![^\W\d_])"
    r"|(?<![^\W\d_])(?:m|magnitud[eo]|kedalaman|depth|skor|score|hasil)\s*[:=]?\s*\d"
    r"|(?<![\d.,:])\d{1,2}\s*[-\u2013]\s*\d{1,2}(?![\d.,:])", re.IGNORECASE)


def _event_facts(facts: Sequence[str], line: str) -> bool:
    """The positive sign that labelled facts beside a date line are an event's: one of them a measured value
    (``_MEASURED_FACT``), or the line itself labelled with an event's or a schedule's word ("Waktu kejadian:",
    "Jadwal:", "Kick-off:")."""
    label = line.split(":", 1)[0] if ":" in line else ""
    return (any(_MEASURED_FACT.search(fact) for fact in facts)
            or bool(label and re.search(rf"(?<![^\W\d_]){EVENT_LABEL_PATTERN}", label, re.IGNORECASE)))


def in_fact_box(element: etree._Element) -> bool:
    """Whether a dated line's holder stands in a box of an event's labelled facts: its parent (or grandparent) holds at
    least ``_FACT_BOX_MIN`` other children reading "Label: value" with no year in them, and a positive sign they are
    an event's (``_event_facts``: a measured value, or the line labelled an event's time), and no byline label
    (``_BYLINE_LABEL``, a meta row): BMKG's quake box "<div>Waktu: 03 Jun 2024 08:12:45 WIB</div><div>Magnitudo:
    5,2</div><div>Kedalaman: 10 km</div>" (h271 d04, h279 R1): the event's time. A meta row's "Dilihat: 1.234 kali",
    "Komentar: 0", "Topik: …", "Wilayah: …" beside the date line are no event's (h284 R2): it stands."""
    line = collapse_ws("".join(element.itertext()))
    node: etree._Element | None = element
    for _ in range(2):
        if node is None or not isinstance(node.tag, str):
            return False
        parent = node.getparent()
        if parent is None or parent.tag in ("body", "html"):
            return False
        facts: list[str] = []
        for sibling in parent:
            if sibling is node or not isinstance(sibling.tag, str):
                continue
            text = collapse_ws("".join(sibling.itertext()))
            if (len(text) <= 80 and _LABELLED_FACT.match(text)
                    and not re.search(r"(?<!\d)(?:19|20)\d\d(?!\d)", text)):
                facts.append(text)
        if len(facts) >= _FACT_BOX_MIN:
            if _BYLINE_LABEL.search(collapse_ws(" ".join(parent.itertext()))):
                return False  # a meta row (h284 R2)
            return _event_facts(facts, line)
        node = parent
    return False


def own_site_story_card(element: etree._Element, passed: set[etree._Element] | None = None) -> etree._Element | None:
    """The card of another story of the page's own site that ``element`` (a paragraph) sits in: in_teaser's short
    block around it (up to _TEASER_LEVELS ancestors, at most _TEASER_MAX_CHARS of text, no <h1>) holding a linked
    headline of another story outside the element (_headline_link: not this page, nor a person's, topic's or share
    page), that link relative or on the page's own registrable domain (its response's URL, canonical link, og:url).
    okezone 2017's "Berita Lainnya" grid: ``<li><div class="news-content"><a href="…/read/2017/…/other-story">
    <span>Headline</span></a><p>its one-line lede</p></div></li>`` (h232 probe). A link to another site (a shop's
    product page beside a listicle's item, a source) makes no card of the outlet's stories: None, as for a page whose
    own address is unknown and its absolute links. A loop over a few ancestors only. ``passed``: a memo of the
    ancestors found too long or holding an h1 (the story's box, asked once per paragraph), filled and read."""
    node = element
    for _ in range(_TEASER_LEVELS):
        node = node.getparent()
        if node is None or not isinstance(node.tag, str) or node.tag in ("body", "html"):
            return None
        if passed is not None and node in passed:
            return None
        if (node.tag == "h1" or text_within(node, _TEASER_MAX_CHARS, lines=False) is None
                or next(node.iter("h1"), None) is not None):
            if passed is not None:
                passed.add(node)
            return None
        links = [link for link in node.iter("a") if _headline_link(link, element, node) and not _under_own_page(link)]
        if links:
            return node if any(_links_own_site(link) for link in links) else None
    return None


def _under_own_page(link: etree._Element) -> bool:
    """Whether a link leads to the page itself under another query or below its path: a live report's entry permalink
    ("PAGE?update=3", "PAGE/update/3"; h242 probe L1h, L1k), no other story."""
    key = _url_key((link.get("href") or "").strip())
    if key is None:
        return False
    host, path, _ = key
    for own_host, own_path, _ in _own_urls(link):
        if own_path.strip("/") and (not host or host == own_host) and (path == own_path or
                                                                       path.startswith(own_path + "/")):
            return True
    return False


def _links_own_site(link: etree._Element) -> bool:
    """Whether a link goes to the page's own site: a relative link, or one on the registrable domain of the page's
    own URLs (_own_urls). An absolute link on a page whose own address is unknown is no known site's."""
    href = (link.get("href") or "").strip()
    if not href or href.startswith(("javascript:", "mailto:", "tel:", "#")):
        return False
    parts = split_url(href)
    if parts is None:
        return False
    if not parts.netloc:
        return not parts.scheme  # a path on this site ("/read/…", "other-story.html"), no "data:" or the like
    own = {registrable_domain(host) for host, _, _ in _own_urls(link) if host}
    return bool(own) and registrable_domain(parts.netloc) in own


def _dated_link_item(item: etree._Element, element: etree._Element) -> bool:
    """Whether a list item holding ``element`` (outside its links) is one of a list (ul/ol) of two or more items each
    holding a link to a story and, outside it, a date: a list of other stories with their dates ("Berita Terkait",
    "Terpopuler"), short Title-Case titles ("Harga Cabai Rawit Melonjak") too, which ``_headline_link`` takes for a
    name. A list of one item, or of items a date line shares with a byline's or a rubric's link, is none."""
    listing = item.getparent()
    if listing is None or listing.tag not in ("ul", "ol") or any(node.tag == "a" for node in element.iterancestors()):
        return False
    items = [child for child in listing if child.tag == "li"]
    return len(items) >= 2 and all(_links_a_story_with_a_date(child) for child in items)


def _links_a_story_with_a_date(item: etree._Element) -> bool:
    """Whether a list item holds a link to a story (not a person's, topic's or share page) with text, and a date in
    its text outside its links."""
    links = [link for link in item.iter("a") if (link.get("href") or "").strip()]
    if not any(not _NOT_A_STORY_LINK.search(link.get("href") or "") and element_text(link).strip()
               for link in links):
        return False
    inside = {node for link in links for node in link.iter()}
    pieces = []
    for node in item.iter(etree.Element):
        if node not in inside and node.text:
            pieces.append(node.text)
        if node is not item and node.getparent() not in inside and node.tail:
            pieces.append(node.tail)
    rest = collapse_ws(" ".join(pieces))
    return bool(rest) and len(rest) <= _TEASER_MAX_CHARS and read_date(rest) is not None


# ------------------------------------------------------------------------ boxes beside the story

# class/id words of a box beside the story: a sidebar, a list of other stories ("Berita Terkait", "Terpopuler", "Baca
# Juga"). The one list: maintext's boilerplate words read it too. A class or id token holding one names such a box
# ("sidebar-kolom", "related-post", "jp-relatedposts", "box-terpopuler"); a widget's only when its token opens with the
# word ("widget", "widget_recent_entries", "widget-area"): a page builder names the story's own parts so
# ("elementor-widget-post-info" holds the story's byline, "elementor-widget-theme-post-content" its text).
# (WordPress's Latest Posts block, wp-block-latest-posts: a list of other stories with their excerpts, bylines and
# dates, even inside a post's content, h229 S1; its RSS block, another site's headlines. The block's class only: a
# theme may name the story's own wrapper "latest-posts-wrap", h231.)
SIDE_BOX_WORDS = ("side-bar", "related", "terkait", "populer", "popular", "trending", "rekomendasi", "recommend",
                  "baca-juga", "lihatjg", "lihat-juga", "read-also", "readmore", "more-news", "berita-lain",
                  "wp-block-latest-posts", "wp-block-rss")
# class/id words of a story's summary (deck, standfirst, excerpt, sub-title), the page header's sentence under the
# headline: a shown date inside it is no date line (fields.dates.headline_text, h51), and a paragraph so named standing
# before the story's box is no paragraph of the story (maintext._containers, h250 S9: The Jakarta Post's
# "tjp-single__excerpt"). The one list. Not "lead", "intro", "lede": themes name the story's own first paragraph so.
DECK_WORDS = ("excerpt", "deck", "dek", "subtitle", "sub-title", "subjudul", "sub-judul", "standfirst", "summary", "ringkasan")
DECK_CLASS_RE = re.compile(rf"(?<![a-z])(?:{class_words(*DECK_WORDS)})(?![a-z])", re.IGNORECASE)
_SIDE_BOX_TOKEN = re.compile(rf"{class_words(*SIDE_BOX_WORDS)}|^widget", re.IGNORECASE)
_AUTHOR_BOX_WORD = re.compile(class_words(*AUTHOR_BOX_WORDS), re.IGNORECASE)
# A post's own footer (its byline, tags): "entry-footer", "post-footer", "entry-meta", "article-footer".
_POST_FOOTER_TOKEN = re.compile(r"(?:^|[-_])(?:entry|post|article|story|single|blog)[-_]?(?:footer|meta)", re.IGNORECASE)
# The site's footer by its class or id: WordPress's "colophon", "site-footer", "site-info", "footer-widgets", a
# copyright bar.
_SITE_FOOTER_TOKEN = re.compile(r"^(?:colophon|site[-_]?footer|site[-_]?info|footer[-_]?(?:widgets?|bottom|bar|copyright)"
                                r"|copyright|main[-_]?footer|global[-_]?footer)$", re.IGNORECASE)


def in_side_box(element: etree._Element) -> bool:
    """Whether ``element`` (a byline, a credit line, an author's mark or card) sits in a box beside the story, whose
    names are never the story's: another story's teaser (``in_teaser``: a "Baca Juga" card, its headline link beside
    its writer), the readers' comments (``in_comments``), a box whose class or id names a sidebar, a list of other
    stories or a widget (``SIDE_BOX_WORDS``), or an ``<aside>`` outside the story's ``<article>`` that is no writer's
    card (an ``<aside class="author-box">`` under the story is its writer's). A box holding the story
    (``holds_the_story``: the page's headline or most of its prose) is the story's own, whatever its class (Genesis'
    "content-sidebar-wrap", a page wrapper "has-sidebar"). h166 probe: a related card's ``<a rel="author">`` and a
    sidebar column box's "Oleh: Rhenald Kasali" were read as the story's byline. A loop over the ancestors: any depth."""
    return in_comments(element) or in_teaser(element) or _in_marked_side_box(element)


def _in_marked_side_box(element: etree._Element, asides: bool = True) -> bool:
    """in_side_box's test of the boxes around ``element`` by their marks (a sidebar's, a list of other stories', a
    widget's, the site's footer, with ``asides`` an <aside> outside the story's <article>)."""
    root = element.getroottree().getroot()
    article: bool | None = None  # whether the element is in the story's <article>, found when first asked
    for node in (element, *element.iterancestors()):
        if not isinstance(node.tag, str):
            continue
        marks = _side_box_marks(node.get("class"), node.get("id"))
        # a widget that is the writer's card ("widget-author-box" under the story, h169 probe) is the story's
        side = marks.side
        if not side and (marks.site_footer or (
                node.tag == "footer" and not marks.post_footer
                and not any(a.tag == "article" for a in node.iterancestors()) and not _in_headline_post(node, root))):
            # the site's footer: a theme's credit "Theme: ColorMag by <a rel=author>ThemeGrill</a>" (h170 probe); an
            # <article>'s own <footer> holds its byline
            side = True
        if not side and asides and node.tag == "aside" and not marks.author_box:
            if article is None:
                story = next((a for a in node.iterancestors() if a.tag == "article"), None)
                article = story is not None and holds_the_story(story, root)
            # a theme with no <article>: the aside beside the headline is the story's meta ("<div class=post><h1>…
            # </h1><aside class=meta>Oleh …</aside>", h169 probe)
            side = not article and not _just_under_headline(node)
        if side and not holds_the_story(node, root) and not _POST_PARTS(node):
            return True
    return False


def in_marked_side_box(element: etree._Element) -> bool:
    """Whether ``element`` sits in a box marked beside the story (in_side_box's marks, not its teaser test): a reader
    whose element may stand beside a follow link that in_teaser would read as another story's headline (a lone date
    line, h312)."""
    return _in_marked_side_box(element)


def names_side_box(classes: str | None, ident: str | None) -> bool:
    """Whether an element's class and id name a sidebar, a list of other stories or a widget (SIDE_BOX_WORDS, a
    "widget…" token), not a writer's card: its marks alone, for a reader of a page that is no story (a listing's cards
    in such a box are not its list: discovery, h299 R2)."""
    return _side_box_marks(classes, ident).side


class _SideBoxMarks(NamedTuple):
    """What an element's class and id tokens (as element_marks reads them) say of its box, for _in_marked_side_box."""

    side: bool  # a sidebar's, a list of other stories' or a widget's (SIDE_BOX_WORDS), not a writer's card
    site_footer: bool  # the site's footer (_SITE_FOOTER_TOKEN)
    post_footer: bool  # a post's own footer or meta row (_POST_FOOTER_TOKEN)
    author_box: bool  # a whole token naming a writer's card (_AUTHOR_BOX_TOKEN)


_side_box_marks_cache: dict[tuple[str | None, str | None], _SideBoxMarks] = {}


def _side_box_marks(classes: str | None, ident: str | None) -> _SideBoxMarks:
    """_SideBoxMarks of raw class and id values, cached by them: every ancestor of every byline candidate is asked,
    and a page repeats its few dozen class strings."""
    marks = _side_box_marks_cache.get((classes, ident))
    if marks is None:
        tokens = mark_words(classes, ident).split()
        marks = _SideBoxMarks(
            any(_SIDE_BOX_TOKEN.search(token) for token in tokens) and not any(
                _AUTHOR_BOX_WORD.search(token) for token in tokens),
            any(_SITE_FOOTER_TOKEN.search(token) for token in tokens),
            any(_POST_FOOTER_TOKEN.search(token) for token in tokens),
            any(_AUTHOR_BOX_TOKEN.fullmatch(token) for token in tokens))
        if len(_side_box_marks_cache) >= 4096:
            _side_box_marks_cache.clear()  # a long crawl: keep the recent pages' values
        _side_box_marks_cache[classes, ident] = marks
    return marks


def _in_headline_post(node: etree._Element, root: etree._Element) -> bool:
    """Whether an element's parent is the post around the page's headline: the h1's parent or grandparent (a theme
    with no <article>: "<div class=post><h1>…</h1>…<footer class=meta>Oleh A</footer></div>", h171 probe); a site's
    footer sits levels above the headline."""
    parent = node.getparent()
    longest = page_headline(root)
    if parent is None or longest is None:
        return False
    holder = longest.getparent()
    return holder is not None and (holder is parent or holder.getparent() is parent)


def _just_under_headline(node: etree._Element) -> bool:
    """Whether an element is one of the two elements right after an h1 among its siblings (the headline's meta)."""
    previous = node.getprevious()
    for _ in range(2):
        if previous is None:
            return False
        if previous.tag == "h1":
            return True
        previous = previous.getprevious()
    return False


def story_bylines(matches: list[etree._Element], containers: Callable[[], Sequence[etree._Element]],
                  names: Callable[[etree._Element], Iterable[str]] = lambda element: ()) -> list[etree._Element]:
    """The matches of a site's own byline selector (in page order) that are the story's byline. A CMS template reuses
    its byline's class in the cards of other stories it lists under or beside the story (h214 probe: metrotvnews'
    "<p class='pt-20 date'>Fachri Audhia Hafiez &bull; 17 Juli 2023</p>" under the h1, and the same
    "<p class='pt-20 date'>Insi Nantika Jelita &bull; 14 Juli 2023</p>" in each "Berita Terkait" card under a linked
    h3), so a selector's matches are not all the story's. Never its writers: a match in another story's teaser card
    (``in_teaser``: its linked headline beside the name) or in the readers' comments. Not its writers while a match
    stands outside such boxes: one in a box whose class or tag marks it beside the story (``in_side_box``: a related
    or popular list, a sidebar, a widget, the site's footer) — a site may put the story's own byline in its sidebar
    (The Conversation's "aside.content-sidebar" lists the writers, h167), which a selector naming it alone still
    reads, as one repeating a writer a match outside it names (h220 b3: the box lists the story's writers); and,
    while a match stands in or before the story's body ``containers`` (the site's, asked for only then),
    the matches past the body's end in a list of other stories' cards (``_other_stories_cards``: two or more sibling
    cards, none naming a writer the matches in or before the body name — ``names`` gives an element's names). A
    single credit line after the body ("Kontributor: Rina Anggraeni", h220 probe) and an about-the-authors box that
    repeats the header's writer ("Tentang Penulis") are the story's. Two names in the header are both kept (a story
    by two writers)."""
    kept = [match for match in matches if not (in_comments(match) or in_teaser(match))]
    if len(kept) < 2:
        return kept
    beside = {match for match in kept if _in_marked_side_box(match)}
    if beside and len(beside) < len(kept) and not _repeats_a_name(beside, [m for m in kept if m not in beside][:1], names):
        kept = [match for match in kept if match not in beside]
    if len(kept) < 2:
        return kept
    bodies = [container for container in containers() if isinstance(container.tag, str)]
    past = _other_stories_cards(kept, bodies, names) if bodies else set()
    return [match for match in kept if match not in past] if past else kept


def _repeats_a_name(box_matches: Iterable[etree._Element], story_matches: Iterable[etree._Element],
                    names: Callable[[etree._Element], Iterable[str]]) -> bool:
    """Whether a match in a side box names a writer the story's own match names (the first match outside the boxes,
    in page order: the header's byline, not a card's further down): the box lists the story's writers (The
    Conversation's "aside.content-sidebar" under a header "Oleh <a rel=author>A</a> dkk.", h220 b3), no other stories'
    cards."""
    own = {name.casefold() for match in story_matches for name in names(match)}
    return bool(own) and any(name.casefold() in own for match in box_matches for name in names(match))


def _other_stories_cards(matches: list[etree._Element], bodies: Sequence[etree._Element],
                         names: Callable[[etree._Element], Iterable[str]]) -> set[etree._Element]:
    """The ``matches`` after the end of the body containers ``bodies`` that stand in a list of other stories' cards,
    when another match lies in a body container or before it; else none. A list of cards: two matches or more, each
    in its own card (the largest box around it holding no other match after the body, with more in it than the
    match), the cards siblings of one tag, none of their names (``names``) one of the matches in or before the body
    (an about-the-authors box under the story repeats the header's writer). Outside the <article> holding the body,
    a heading (h1-h3, not one holding the match) stands between the body's end and each card's match ("Berita
    Lainnya" over photo cards, h214); inside it, each card holds a heading and a link of its own (metrotvnews'
    "Berita Lainnya" photo cards in the story's <article>: an image linked, an unlinked h3 title, h220). A single
    match after the body is a credit line, never a list. Loops over ancestors and the page order only (a page nests
    deep)."""
    order = PageOrder(bodies[0].getroottree().getroot())
    if any(body not in order.index for body in bodies):
        return set()
    start = min(order[body] for body in bodies)
    last = max(bodies, key=lambda body: order[body])
    end_element = list(last.iter())[-1]  # the body's last element in page (pre-)order
    end = order[end_element]
    holders = set(bodies)
    story = _story_element(last)

    def inside(match: etree._Element) -> bool:
        return match in holders or any(node in holders for node in match.iterancestors())

    in_story = [match for match in matches if inside(match) or order[match] < start]
    after = [match for match in matches if order[match] > end and not inside(match)]
    if not in_story or len(after) < 2:
        return set()
    holding: dict[etree._Element, int] = {}  # how many of the matches after the body each element holds
    for match in after:
        for node in match.iterancestors():
            holding[node] = holding.get(node, 0) + 1
    lists: dict[tuple[etree._Element, str], dict[etree._Element, etree._Element]] = {}  # (parent, tag) -> match: card
    for match in after:
        card = match
        for node in match.iterancestors():
            if holding[node] > 1:
                break
            card = node
        parent = card.getparent()
        if card is match or parent is None or not _holds_more(card, match):
            continue
        ancestors = set(match.iterancestors())
        if story is not None and story in ancestors:
            if not _card_parts(card, match):
                continue
        elif not any(heading not in ancestors for heading in order.headings_between(end_element, match)):
            continue
        lists.setdefault((parent, str(card.tag)), {})[match] = card
    writers = {name.casefold() for match in in_story for name in names(match)}
    past: set[etree._Element] = set()
    for cards in lists.values():
        if len(set(cards.values())) < 2:
            continue
        if any(name.casefold() in writers for match in cards for name in names(match)):
            continue  # the story's writers listed again (an about-the-authors box)
        past.update(cards)
    return past


def _holds_more(card: etree._Element, match: etree._Element) -> bool:
    """Whether ``card`` (an ancestor of ``match``) holds an element or text besides ``match``: up the path only."""
    node = match
    while node is not card:
        parent = node.getparent()
        if parent is None:
            return False
        if (node.tail or "").strip() or (parent.text or "").strip() \
                or any(child is not node and isinstance(child.tag, str) for child in parent):
            return True
        node = parent
    return False


def _card_parts(card: etree._Element, match: etree._Element) -> bool:
    """Whether ``card`` holds a heading (h1-h6) and a link (``<a href>``) neither in ``match`` nor holding it."""
    holding = set(match.iterancestors())

    def apart(element: etree._Element) -> bool:
        return element is not match and element not in holding \
            and not any(node is match for node in element.iterancestors())
    heading = any(apart(element) for element in card.iterdescendants(*_HEADING_TAGS))
    return heading and any(element.get("href") and apart(element) for element in card.iterdescendants("a"))


# The story's own title or text container inside a box (Blogger's "widget Blog" holds "h3.post-title" and
# "div.post-body", its text often <br>-separated with no <p>: h169 probe), whatever the box's class says.
_POST_PARTS = etree.XPath(
    "boolean(descendant::*[@itemprop='headline' or @itemprop='articleBody' or contains(concat(' ', normalize-space("
    "@class), ' '), ' post-title ') or contains(concat(' ', normalize-space(@class), ' '), ' entry-title ') or "
    "contains(concat(' ', normalize-space(@class), ' '), ' post-body ') or contains(concat(' ', normalize-space(@class),"
    " ' '), ' entry-content ') or contains(concat(' ', normalize-space(@class), ' '), ' article-content ')])")
