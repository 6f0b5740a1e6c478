"""The headline, by agreement among the page's title sources.

A page states its headline up to four times: the visible ``<h1>`` (or the site's title selector),
JSON-LD ``headline``, ``og:title`` and ``<title>``. Each source fails in its own way:

- ``<title>`` and og:title carry the outlet as a suffix (``… - Kompas.com Regional``, ``… | merdeka.com``)
  or a prefix (``Outlet.com: Rubrik - …``), sometimes with a rubric between;
- the first ``<h1>`` may be the masthead or a section label (``Okezone.com - Experience The Zone``,
  ``Bola``), and an ``<h1>`` split by ``<br>`` runs its lines together unless read with a space;
- meta titles drop the ``:`` and ``?`` the ``<h1>`` keeps, or are cut with ``…`` (or at a field length with
  no mark: a long start of the ``<h1>`` confirms it);
- an ``<h1>`` may be cut short by the template where og:title has the whole headline.

``choose_title`` strips the outlet's name from the meta sources, then looks for a visible candidate
(h1/dom) whose words the meta sources confirm: equal words, or the meta title is that candidate plus
a separated affix. The visible text wins then (it keeps the punctuation); when the meta title has more
words that are not a separated affix, the visible one was cut and the meta text wins. With no visible
candidate confirmed, meta sources that agree among themselves (equal words) win, unless only og:title and
``<title>`` agree (an SEO plugin's title) and the page shows one headline-like h1 (four words or more, no
outlet, no tagline; ``_lone_headline``): that h1 is what the reader sees. When nothing agrees,
the first candidate in the caller's order (the precedence: JSON-LD headline, the site's selector,
og:title, ``<title>``), and an h1 that does not name the outlet is the last resort. A meta title that
is nothing but the outlet's name ("- SINDOnews") is no candidate.

A meta title chosen with no visible candidate confirming it (an old template with no h1, no og:title)
still carries what the CMS put around the headline: ``trim_affixes`` cuts it by structure, not by a
per-outlet list (see its docstring). Agreement with a visible source always wins over these cuts.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Collection, Iterable, Sequence
from urllib.parse import urlsplit

from lxml import etree

from newscrawl.cleaning import repair_mojibake
from newscrawl.dates import read_date
from newscrawl.dom import collapse_ws, content_words, element_marks
from newscrawl.fields.outlet import (DOMAIN_LIKE, SEPARATOR as _SEPARATOR, leading_outlet, names_outlet, squeeze,
                                     strip_outlet)
from newscrawl.urls import registrable_domain, split_url

# Sources read from the page body (what the reader sees) vs. the head (what the CMS says).
VISIBLE_SOURCES = frozenset({"h1", "dom"})
_WORD = re.compile(r"\w+")
_ELLIPSIS = re.compile(r"(?:\.{3}|…)\s*$")
_WS = re.compile(r"\s+")
# The most words a rubric's name has ("Opini", "Kolom Pakar", "Pemilu 2024"): an h1 longer is no rubric (h222).
_RUBRIC_MAX_WORDS = 2


@dataclass(frozen=True)
class TitleChoice:
    title: str | None
    # A visible candidate was confirmed by a meta source, or meta sources agreed among themselves.
    confirmed: bool
    # Affixes the meta titles put around the chosen title (outlet and rubric names, learned).
    affixes: tuple[str, ...] = ()
    # The choice is a visible candidate (h1 or the site's selector) that meta sources confirmed.
    visible: bool = False


def choose_title(candidates: Iterable[tuple[str, str | None]], outlet_names: Sequence[str] = ()) -> str | None:
    """The headline from (source, text) candidates in precedence order; sources: "headline" (JSON-LD),
    "og", "title" (``<title>``), "twitter", and the visible "h1" / "dom" (the site's title selector).
    ``outlet_names`` are squeezed outlet labels (newscrawl.fields.outlet.outlet_labels)."""
    return title_choice(candidates, outlet_names).title


# The page's rubric names for trim_affixes, read only when a meta title is chosen unconfirmed by a visible
# source (or to tell a rubric h1 beside the headline, _masthead_side): (sections, site_sections), squeezed.
SectionNames = Callable[[], tuple[Collection[str], Collection[str]]]


def title_choice(candidates: Iterable[tuple[str, str | None]], outlet_names: Sequence[str] = (),
                 sections: SectionNames | None = None, headings: Sequence[str] | Callable[[], Sequence[str]] = (),
                 mastheads: Collection[str] | Callable[[], Collection[str]] = (),
                 other_titles: Sequence[str] = ()) -> TitleChoice:
    """choose_title, telling also whether the choice was confirmed and which affixes were learned.
    A meta title chosen without a visible candidate confirming it goes through trim_affixes. ``headings``: the
    page's h2-h4 texts outside its header, navigation, sidebars and footer (or a function reading them, called only
    when needed): with no visible candidate, one that prints a part of a meta title word for word (its segments
    between spaced separators, one or a run of them) confirms that part (``_shown_part``); and one printing the other
    side of a meta title an h1 is one side of tells that h1 is the masthead (``_masthead_side``), when the page marks
    it so. ``mastheads``: the visible candidates the page marks as its logo, brand or site title or as a link to its
    home page (``site_header_h1``; or a function reading them, called only when needed); a candidate that is one of
    ``sections``' rubric names is marked so too. ``other_titles``: headlines the head states that are no candidate
    (twitter:title), read only to confirm such a side."""
    read: dict[str, Collection[str]] = {}

    def page_headings() -> Sequence[str]:
        if "headings" not in read:
            read["headings"] = headings() if callable(headings) else headings
        return read["headings"]  # type: ignore[return-value]

    def in_masthead(text: str) -> bool:
        if "mastheads" not in read:
            read["mastheads"] = mastheads() if callable(mastheads) else mastheads
        return text in read["mastheads"]

    def page_rubric(text: str) -> bool:
        # An h1 that is the page's own rubric (its URL's section segment, JSON-LD articleSection, breadcrumb,
        # article:section): "<h1 class=rubrik>Opini</h1>" over <title>"Opini: Menakar …" (h160 probe B7). A rubric's
        # name is a word or two; a breadcrumb's last crumb may be the headline itself ("Beranda › Berita › Sleman Gelar
        # Vaksinasi Polio …", whose crumb after "Berita" breadcrumb_section gives): no rubric (h222 T1, T2).
        return sections is not None and len(text.split()) <= _RUBRIC_MAX_WORDS and squeeze(text) in sections()[0]
    visible: list[str] = []
    metas: list[str] = []
    meta_sources: list[str] = []
    ordered: list[tuple[str, str]] = []  # (source, cleaned text) in the caller's precedence order
    # Mojibake repaired first: "Rp80Â Ribu" in every meta title would outvote the h1's "Rp80 Ribu".
    candidates = [(source, _WS.sub(" ", repair_mojibake(text) if text else "").strip()) for source, text in candidates]
    # What the page shows as its headline: a meta title's part that it holds is no outlet affix.
    shown = [text for source, text in candidates if source in VISIBLE_SOURCES and text]
    # A page marker the visible headline ends with too is the headline's own words ("Kunci Jawaban … Kelas 5 Halaman 45":
    # the textbook's page, h81 probe), not a paged story's.
    shown_markers = {_page_marker(text) for text in shown} - {None}
    for source, text in candidates:
        if not text:
            continue
        if source in VISIBLE_SOURCES:
            visible.append(text)
        else:
            # "… Halaman all - Outlet" (a paged article's single view): the page marker is no headline word.
            text = strip_outlet(text, outlet_names, shown)
            if _page_marker(text) not in shown_markers:
                text = _without_page_suffix(text)
            if _only_outlet(text, outlet_names):  # "- SINDOnews": a title with no headline left
                continue
            metas.append(text)
            meta_sources.append(source)
        ordered.append((source, text))
    visible = list(dict.fromkeys(visible))
    best: tuple[int, int, str, list[str]] | None = None  # (support, -order, text, affixes)
    masthead: tuple[str, str, bool] | None = None  # (the headline, the masthead h1, shown by a heading)
    for order, text in enumerate(visible):
        words = _words(text)
        if not words or _only_outlet(text, outlet_names):
            continue  # a masthead h1 naming the outlet (Blogger's blog title) confirms no headline
        support = 0
        fuller: list[str] = []
        affixes: list[str] = []
        cased: list[str] = []
        punctuated: list[str] = []
        for meta in metas:
            relation, affix = _relation(text, words, meta)
            if relation is None:
                continue
            if relation == "affix":
                side = _masthead_side(text, words, affix, [m for m in (*metas, *other_titles) if m != meta],
                                      page_headings, outlet_names,
                                      lambda: in_masthead(text) or page_rubric(text))
                if side is not None:
                    # "Headline - Pemerintah Kabupaten Gowa" over an h1 that is the portal's name: the h1 is the
                    # title's outlet side, and the headline another source confirms is the other.
                    masthead = masthead or (*side, text)  # type: ignore[assignment]
                    continue
            support += 1
            if affix:
                affixes.append(affix)
            if relation == "meta_fuller":
                fuller.append(meta)
            elif relation == "same" and not meta.isupper():
                cased.append(meta)
                if _more_punctuated(meta, text):
                    punctuated.append(meta)
        # The candidate was cut only if most confirming metas say more ("… Halaman all" in one <title>
        # against an h1, headline and og:title that agree is that <title>'s own addition).
        chosen = fuller[0] if len(fuller) * 2 > support else text
        if chosen.isupper() and cased:
            chosen = cased[0]  # an h1 typed in capitals: the same words as the CMS cased them
        elif chosen == text and len(punctuated) * 2 > support:
            # The same words, the metas' colon lost where the h1's label badge ends ("<h1><span class=label-live>Live
            # Update</span> IHSG …</h1>" against "Live Update: IHSG …" in JSON-LD, og:title and <title>; h165 probe).
            chosen = punctuated[0]
        if support and (best is None or support > best[0]):
            best = (support, -order, chosen, affixes)
    if best is not None:
        return TitleChoice(best[2], True, tuple(dict.fromkeys(best[3])), visible=True)
    if masthead is not None:
        return TitleChoice(masthead[0], True, (masthead[2],), visible=masthead[1])
    if not visible and page_headings():
        # No h1 (an old table layout's headline in td.judulberita > h3): a heading printing a part of a meta title
        # confirms that part, the rest is what the CMS put around it ("Kementerian Agama RI - Menag: …", h122 probe).
        for source, text in ordered:
            shown_part = _shown_part(text, page_headings(), outlet_names)
            if shown_part is not None:
                return TitleChoice(shown_part[0], True, shown_part[1], visible=True)

    def trimmed(text: str) -> str:
        if sections is None or not _AFFIX_SEPARATOR.search(text):
            # No segments to cut: the page's rubric names (a walk over every link) are not needed.
            return trim_affixes(text, outlet_names)
        return trim_affixes(text, outlet_names, *sections())

    if metas:
        keys = [tuple(_words(m)) for m in metas]
        votes = [sum(1 for other in keys if other == key) for key in keys]
        if max(votes) > 1:
            agreed = keys[votes.index(max(votes))]
            lone = _lone_headline(visible, outlet_names)
            if lone is not None and not any(source == "headline" and key == agreed
                                            for source, key in zip(meta_sources, keys)):
                # og:title and <title> agree on an SEO title (an SEO plugin's own field) the page does not
                # show; the article's one visible headline is what the reader sees. The CMS's JSON-LD
                # headline agreeing with them outweighs it.
                return TitleChoice(lone, False, visible=True)
            return TitleChoice(trimmed(metas[votes.index(max(votes))]), True)
    # Nothing agrees: the precedence order, h1s last (the first h1 may be the masthead).
    for source, text in ordered:
        if source != "h1":
            return TitleChoice(trimmed(text) if source != "dom" else text, False)
    for text in visible:
        if not names_outlet(text, outlet_names):
            return TitleChoice(text, False)
    return TitleChoice(visible[0] if visible else None, False)


def _shown_part(title: str, headings: Sequence[str], outlet_names: Sequence[str]) -> tuple[str, tuple[str, ...]] | None:
    """The part of a meta title a page heading prints (equal words), and the segments around it: the title's segments
    between spaced separators, one or a run of them but never all, of MIN_HEADLINE_WORDS words or more and not the
    outlet's name. Of several (a masthead's h2 naming the site as the title does), the longest: the headline; and none
    when another part of the title is longer (the headline is then no heading of the page)."""
    cuts = _segments(title)
    if len(cuts) < 2:
        return None
    shown = {tuple(words) for words in map(_words, headings) if len(words) >= MIN_HEADLINE_WORDS}
    best: tuple[int, str, tuple[str, ...]] | None = None
    for first in range(len(cuts)):
        for last in range(first, len(cuts)):
            if first == 0 and last == len(cuts) - 1:
                continue  # the whole title: nothing is cut
            part = title[cuts[first][1]:cuts[last][2]].strip()
            words = _words(part)
            if tuple(words) in shown and not names_outlet(part, outlet_names) and (best is None or len(words) > best[0]):
                rest = tuple(cut[0].strip() for cut in (*cuts[:first], *cuts[last + 1:]))
                best = (len(words), part, rest)
    if best is None or any(len(_words(other)) > best[0] for other in best[2]):
        # A heading printing a shorter part than another is a sidebar's module title, the site's tagline or a rubric
        # ("Suara Delta Sidoarjo", "Berita Hukum dan Kriminal": h125 probe), not the headline the title carries.
        return None
    return best[1], best[2]


def _masthead_side(visible: str, words: list[str], other: str, confirmers: Sequence[str],
                   headings: Callable[[], Sequence[str]], outlet_names: Sequence[str],
                   shown_as_masthead: Callable[[], bool]) -> tuple[str, bool] | None:
    """The headline when a visible candidate is the outlet's side of a meta title ``other`` + separator + it (or it
    + separator + ``other``) and ``other`` is the headline: another meta title (og:title, JSON-LD headline,
    twitter:title) or a content heading says ``other`` alone (the same words, or cut with "…"), and ``other`` is a
    headline by its form (MIN_HEADLINE_WORDS words or more, naming no outlet, no tagline, rubric or page marker).
    The candidate is the masthead only when the page marks it so (``shown_as_masthead()``: its logo, brand or
    site-title box or a link to the home page, ``site_header_h1``; or the page's own rubric name): a site-wide
    og:title naming the site beside "Headline - Site Name", or a side column's heading naming the office, says nothing
    of which side is the headline, and neither does which side has more words (dinkes.slemankab.go.id's
    h1.judul "Waspada Demam Berdarah" beside "… - Dinas Kesehatan Kabupaten Sleman": h218 probe). (A portal's
    <h1 class="site-title">Pemerintah Kabupaten Gowa</h1> in its logo link over <title>Pemkab Gowa Gelar … -
    Pemerintah Kabupaten Gowa</title>, the story in an h3: h216 probe.)
    Returns (the headline, whether a heading printed it) or None."""
    other_words = _words(other)
    if (len(other_words) < MIN_HEADLINE_WORDS or names_outlet(other, outlet_names) or _only_outlet(other, outlet_names)
            or _affix_segment(other, ()) or not shown_as_masthead()):
        return None

    def says(text: str) -> bool:
        return _relation(other, other_words, text)[0] in ("same", "cut")

    if any(says(text) for text in confirmers if text):
        return other, False
    shown = next((text for text in headings() if text and not names_outlet(text, outlet_names) and says(text)), None)
    return (shown, True) if shown is not None else None


def site_header_h1(h1: etree._Element) -> bool:
    """Whether an h1 is the site's name rather than the story's headline, by strong marks only: it or one of its
    ``_SITE_MARK_DEPTH`` nearest boxes is marked as a logo, brand or site title/name (``_SITE_MARK``: gowakab.go.id's
    ``<a class="logo" href="https://gowakab.go.id/"><div><h1 class="site-title">``), or sits in such a few-levels-near
    link to a site's home page, or holds one (Blogger's ``<h1 class="title"><a href="https://x.blogspot.com/">``).
    An <article> or <main> in between makes it the story's. Sitting in a <header> or role=banner says nothing: a
    story's hero is one too (kabarsulteng.id's ``<header class="hero"><h1>Banjir Bandang …</h1>``, h218 probe), and
    so is Start Bootstrap's ``header.masthead`` over a post. Walked with a loop, a few levels: pages nest thousands
    deep, and an unclosed home link in the navigation may wrap the whole page."""
    if not isinstance(h1.tag, str):
        return False
    links = [child for child in h1.iterdescendants("a")][:2]
    if any(_home_link(link) for link in links):
        return True
    node: etree._Element | None = h1
    depth = 0
    while node is not None and depth <= _SITE_MARK_DEPTH:
        tag = node.tag.lower() if isinstance(node.tag, str) else ""
        if tag in ("article", "main", "body", "html"):
            return False
        # The few boxes around it only: a page wrapper's "has-logo" or "wp-custom-logo" says nothing of the h1.
        if tag and any(_SITE_MARK.search(token) for token in element_marks(node).lower().split()):
            return True
        if tag == "a" and _home_link(node):
            return True
        node = node.getparent()
        depth += 1
    return False


# Class/id tokens of a site's logo or name: "logo", "site-title", "site-name", "navbar-brand", "site-branding".
_SITE_MARK = re.compile(r"(?:^|[-_])(?:logo|brand|branding|site[-_]?(?:title|name|logo|branding))(?:$|[-_])")
_SITE_MARK_DEPTH = 4


def _home_link(link: etree._Element) -> bool:
    """Whether a link goes to a site's home page: its path is empty or "/" (or an index file), no query."""
    href = (link.get("href") or "").strip()
    if not href or href.startswith("#"):
        return False
    parts = split_url(href)
    if parts is None or parts.query or parts.scheme not in ("", "http", "https"):
        return False
    if not parts.scheme and not href.startswith("/"):
        return False  # "berita/2451": a relative link to a page
    return parts.path.rstrip("/").lower() in ("", "/index.php", "/index.html", "/index.htm")


def _lone_headline(visible: list[str], outlet_names: Sequence[str]) -> str | None:
    """The page's one visible headline candidate when it reads as a headline: a single distinct h1 (or
    site selector match) of four words or more that neither names the outlet nor is a tagline. Two or
    more (a masthead, a rubric label, another story's heading) tell nothing."""
    if len(visible) != 1:
        return None
    text = visible[0]
    if len(_words(text)) < 4 or names_outlet(text, outlet_names) or _affix_segment(text, ()):
        return None
    return text


def _only_outlet(text: str, outlet_names: Sequence[str]) -> bool:
    bare = text.strip(" -|–—:•·»")
    return not bare or squeeze(bare) in outlet_names or bool(DOMAIN_LIKE.fullmatch(bare))


def _words(text: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(text)]


def same_headline(headline: str | None, heading: str) -> bool:
    """Whether a headline and a page heading are one headline (_relation either way: the same
    words, one cut or carrying an outlet affix)."""
    if not headline or not heading:
        return False
    return (_relation(heading, _words(heading), headline)[0] is not None
            or _relation(headline, _words(headline), heading)[0] is not None)


# A later page of an article names another story when its visible headline (an h1) and a headline its head names
# (<title>, og:title, twitter:title) agree on one story of this many content words or more, and no headline of the
# page shares more than _SAME_STORY_SHARE of the shorter one's words with the article's title. A renamed or cut
# headline, a "(Halaman 2)" mark or the outlet's affix keep most words; another story's headline shares a word or two.
# A listicle's numbered item ("2. Uang Ratusan Juta Disita") heads its page, not a story; a masthead h1 beside this
# story's title, or a caption in a <title> over no h1, is the page saying it once: not enough to refuse it.
_NAMED_HEADLINE_MIN_WORDS = 4
_SAME_STORY_SHARE = 0.5
_LIST_ITEM_HEADING = re.compile(r"^\s*\d{1,3}\s*[.)]\s")


def names_another_story(title: str | None, visible: Iterable[str], named: Iterable[str]) -> str | None:
    """The headline a later page of the article titled ``title`` shows (``visible``: its h1s) and names in its head
    (``named``) when both say another story (a CMS or cache serving another article at page 2, under that story's
    canonical or still this one's: h127 probe), or None."""
    own = content_words(title or "")
    if len(own) < _NAMED_HEADLINE_MIN_WORDS - 1:
        return None  # too short a title to tell one story from another

    def others(headlines: Iterable[str]) -> list[tuple[str, set[str]]] | None:
        found = []
        for headline in headlines:
            words = content_words(headline) if not _LIST_ITEM_HEADING.match(headline) else set()
            if _shares(own, words):
                return None  # this story's headline
            if len(words) >= _NAMED_HEADLINE_MIN_WORDS:
                found.append((headline, words))
        return found

    shown, stated = others(visible), others(named)
    if shown is None or stated is None:
        return None
    return next((collapse_ws(headline) for headline, words in shown if any(_shares(words, w) for _, w in stated)),
                None)


_HEADLINE_MARKS = ":?!"


def _more_punctuated(meta: str, visible: str) -> bool:
    """Whether a meta title with the visible candidate's words has every colon, question and exclamation mark the
    candidate has, and more (a label badge's end read as a space in the h1, its colon in the metas)."""
    counts = [(meta.count(mark), visible.count(mark)) for mark in _HEADLINE_MARKS]
    return all(in_meta >= shown for in_meta, shown in counts) and any(in_meta > shown for in_meta, shown in counts)


def _shares(words: set[str], other: set[str]) -> bool:
    """Whether two headlines' content words are mostly one's (more than _SAME_STORY_SHARE of the shorter's)."""
    return bool(words and other) and len(words & other) > _SAME_STORY_SHARE * min(len(words), len(other))


def _relation(visible: str, words: list[str], meta: str) -> tuple[str | None, str]:
    """How a meta title relates to a visible candidate, and the affix around it if any.

    "same" (equal words), "affix" (the meta title is the candidate plus a separated part), "cut" (the
    meta title is a ``…``-cut start of it, or a long start cut with no mark: ``_unmarked_cut``), "meta_fuller"
    (the candidate is a cut start of the meta title), or None."""
    if meta == visible:  # the usual case (og:title as the h1; 86 of 129 on the 37 real pages): no words to read
        return "same", ""
    spans = [(m.group().casefold(), m.start(), m.end()) for m in _WORD.finditer(meta)]
    meta_words = [w for w, _, _ in spans]
    n, m = len(words), len(meta_words)
    if meta_words == words:
        return "same", ""
    if m > n:
        if meta_words[:n] == words:
            gap = meta[spans[n - 1][2]:spans[n][1]]
            separator = _SEPARATOR.search(gap)
            if separator:
                return "affix", meta[spans[n - 1][2] + separator.end():].strip()
            return ("meta_fuller", "") if not _ELLIPSIS.search(visible) else (None, "")
        if meta_words[-n:] == words:
            gap = meta[spans[m - n - 1][2]:spans[m - n][1]]
            separator = _SEPARATOR.search(gap)
            if separator:
                return "affix", meta[:spans[m - n - 1][2] + separator.start()].strip()
        return None, ""
    if m and words[:m - 1] == meta_words[:-1] and words[m - 1].startswith(meta_words[-1]):
        if _ELLIPSIS.search(meta):
            return ("cut", "") if m >= 4 else (None, "")  # the last word may be cut too: "… Jadi Perbincang..."
        if _unmarked_cut(visible, meta, m, meta_words[-1] != words[m - 1]):
            return "cut", ""
    return None, ""


# A meta title cut by the CMS at a field length with no ellipsis ("… dengan Kaw", h93 probe: headline, og:title and
# <title> cut at 110 characters): long enough that it is no rubric, label or short headline of its own.
_MIN_CUT_CHARS = 60
_MIN_CUT_WORDS = 4


def _unmarked_cut(visible: str, meta: str, m: int, mid_word: bool) -> bool:
    """A meta title that is the first ``m`` words of the visible candidate (its last one maybe cut) with no
    ellipsis is a cut start of it when it is long (``_MIN_CUT_CHARS``, ``_MIN_CUT_WORDS``) and the rest of the
    candidate is more headline: no date in it (an h1 holding the date line, by a ``<br>``'d ``<small>`` or an
    unclosed tag, h51 probe) and, cut at a word boundary, no separator before it (an h1 carrying "… | Outlet")."""
    if m < _MIN_CUT_WORDS or len(meta) < _MIN_CUT_CHARS:
        return False
    spans = list(_WORD.finditer(visible))
    if read_date(visible[spans[m - 1].end():]) is not None:
        return False
    return mid_word or not _SEPARATOR.search(visible[spans[m - 1].end():spans[m].start()])


# ----------------------------------------------------------------------------- structural affix cuts

# Spaced separators only: a headline's own colon or dash is written unspaced on one side ("Jokowi: Kita …",
# "Hati-Hati") or sits inside it; the CMS joins headline, rubric, outlet and tagline with spaced ones, WordPress's
# stock themes with guillemets ("Blog » Post", "Post « Blog"; h211 probe).
_AFFIX_SEPARATOR = re.compile(r"\s+(?:\||::|-|–|—|:|»|«)\s+")
# A page or part marker: "Halaman 2", "Halaman all", "Page 3", "Bagian 1", "Hal. 2", "Halaman 2 dari 5".
_PAGE_MARKER = re.compile(r"(?:halaman|hal\.?|page|bagian|part)\s*(?:\d{1,3}|all|semua)(?:\s+(?:dari|of)\s+\d{1,3})?",
                          re.IGNORECASE)
# A page marker ending a meta title, glued or after a separator ("… Iduladha 2025 Halaman all - Kompas.com",
# "… - Halaman 2").
_PAGE_SUFFIX = re.compile(r"(?:\s+[-|\u2013\u2014:])?\s+(?:halaman|hal\.?|page)\s*(?:\d{1,3}|all|semua)"
                          r"(?:\s+(?:dari|of)\s+\d{1,3})?\s*$", re.IGNORECASE)


def _page_marker(text: str) -> str | None:
    """The page marker ending a title ("Halaman 45", "- Hal. 2", "Page all"), in lower case and without its
    separator and punctuation; None when the title ends with none."""
    found = _PAGE_SUFFIX.search(text) if _may_name_page(text) else None
    return " ".join(_words(found.group())) if found else None


def _may_name_page(text: str) -> bool:
    """Whether a title holds "hal" or "page" in any case, as every _PAGE_SUFFIX match does: its search is tried at
    every character (a leading optional \\s+ gives the regex engine no first character to look for), the test is two
    substring scans."""
    lowered = text.lower()
    return "hal" in lowered or "page" in lowered


def _without_page_suffix(text: str) -> str:
    return _PAGE_SUFFIX.sub("", text) if _may_name_page(text) else text


# A tagline is made of these words only, one of them naming news or a portal: "Berita Terkini Hari Ini",
# "Indonesian News Portal", "Kabar Terbaru Indonesia dan Dunia". Generic words, no outlet names.
_TAGLINE_WORDS = frozenset(("berita kabar info informasi news portal situs terkini terbaru terupdate terpercaya "
                            "tepercaya akurat aktual hari ini today latest indonesia indonesian dunia dan and "
                            "online harian daily of the").split())
_TAGLINE_CORE = frozenset("berita kabar info informasi news portal situs".split())
MIN_HEADLINE_WORDS = 3


def trim_affixes(title: str, outlet_names: Sequence[str] = (), sections: Collection[str] = (),
                 site_sections: Collection[str] = ()) -> str:
    """A meta title without the segments the CMS put around the headline, cut by structure:

    - from a segment after the first that is the outlet ("Tempo.Co"), or that follows " :: ", to the end:
      the outlet and the tagline after it ("… | Tempo.Co :: Indonesian News Portal");
    - trailing segments that are the page's rubric (``sections``: JSON-LD articleSection, breadcrumb,
      article:section, the URL's path or subdomain; ``site_sections``: paths the page links to as the site's
      sections, trusted only after the headline), a page or part marker ("Halaman 2", "Bagian 1",
      "Halaman all"), or a tagline ("Berita Terkini Hari Ini");
    - leading segments that are the outlet or the rubric (``sections`` only): "Bola : Judul".

    Names are compared squeezed (outlet.squeeze). Only spaced separators split (" | ", " :: ", " - ", " – ",
    " : "). A cut that leaves fewer than three words is no cut: the title is returned as it is."""
    trimmed = title
    cuts = _segments(trimmed)
    if len(cuts) > 1:
        end = len(cuts)
        for index in range(1, len(cuts)):
            text, separator = cuts[index][0], cuts[index][3]
            if "::" in separator or leading_outlet(text, outlet_names):
                end = index
                break
        trailing = {*sections, *site_sections}
        while end > 1 and _affix_segment(cuts[end - 1][0], trailing):
            end -= 1
        start = 0
        while end - start > 1 and (leading_outlet(cuts[start][0], outlet_names) or squeeze(cuts[start][0]) in sections):
            start += 1
        trimmed = trimmed[cuts[start][1]:cuts[end - 1][2]].strip()
    trimmed = _without_page_suffix(trimmed).strip()
    if trimmed != title and len(_words(trimmed)) < MIN_HEADLINE_WORDS:
        return title
    return trimmed


def _segments(title: str) -> list[tuple[str, int, int, str]]:
    """(segment, start, end, the separator before it) between spaced separators."""
    segments: list[tuple[str, int, int, str]] = []
    position, before = 0, ""
    for match in _AFFIX_SEPARATOR.finditer(title):
        if match.start() > position:
            segments.append((title[position:match.start()], position, match.start(), before))
        position, before = match.end(), match.group()
    if position < len(title):
        segments.append((title[position:], position, len(title), before))
    return segments


def _affix_segment(text: str, sections: Collection[str]) -> bool:
    """A rubric, a page/part marker or a tagline (the trailing segments trim_affixes cuts)."""
    text = text.strip()
    if squeeze(text) in sections or _PAGE_MARKER.fullmatch(text):
        return True
    words = _words(text)
    return bool(words) and all(w in _TAGLINE_WORDS for w in words) and any(w in _TAGLINE_CORE for w in words)


def section_names(url: str | None, named: Iterable[str | None] = (),
                  links: Iterable[str | None] = ()) -> tuple[frozenset[str], frozenset[str]]:
    """(sections, site_sections) for trim_affixes, squeezed: ``named`` (articleSection, breadcrumb,
    article:section), the URL's path segments before the slug and its subdomain labels ("regional" of
    regional.kompas.com); then the one-segment paths of ``links`` on the same host ("/national"), the
    site's own section list as the page shows it."""
    parts = split_url(url or "") or urlsplit("")
    host = (parts.hostname or "").lower()
    domain = registrable_domain(url) if url else ""
    labels = host[:-len(domain)].split(".") if domain and host.endswith(domain) else []
    # The last segment is the slug or the file; dated or numbered ones ("2015", "055715684,uk.html") name no rubric.
    path = [p for p in [p for p in parts.path.split("/") if p][:-1] if not any(c.isdigit() or c == "." for c in p)]
    sections = {squeeze(v) for v in (*named, *labels, *path) if v}
    site_sections: set[str] = set()
    for href in links:
        link = split_url((href or "").strip())
        if link is None or link.scheme not in ("", "http", "https") or (link.hostname and link.hostname.lower() != host):
            continue
        segments = [p for p in link.path.split("/") if p]
        if len(segments) == 1 and "." not in segments[0]:
            site_sections.add(squeeze(segments[0]))
    drop = {"", "www", "m", "read", "news", "berita", "amp"}  # no rubric: cutting them would be by accident only
    return (frozenset(s for s in sections if s not in drop and not s.isdigit()),
            frozenset(s for s in site_sections if s not in drop and not s.isdigit()))


# A page's title heading where it has no h1 (campus and government CMSs: "<h2 class="title">" over the date line,
# h148 probe): the first h2/h3 printing the headline its head names. A sidebar's widget title ("Agenda", "Berita
# Terkait") or a masthead naming the site the <title> ends with is no such heading.
_TITLE_HEADING_TAGS = ("h2", "h3")
_HEAD_TITLES = etree.XPath("(//meta[@property='og:title' or @name='og:title'])[1]/@content | (//title)[1]//text()")


def title_heading(root: etree._Element, past_site_h1s: bool = False) -> etree._Element | None:
    """The h2 or h3 heading the page's headline on a page with no h1: the first whose text (MIN_HEADLINE_WORDS words
    or more, naming no outlet) is the headline og:title or ``<title>`` names: the same words, the title cut from it
    with "…", or the title being it plus a separated affix shorter than it (the outlet's name, a rubric: "Judul |
    Universitas Gadjah Mada"; never the affix itself: a masthead h2 naming the site). None when the page has an h1
    (the h1 is its headline: ``dated_heading`` reads under it) or no heading agrees. ``past_site_h1s``: a page whose
    every h1 is the site's name (``site_header_h1``: a logo h1 over the story's h2/h3, Blogger's h1.title home link) is
    read as one with no h1 (h279 R3)."""
    if not isinstance(root, etree._Element) or any(not (past_site_h1s and site_header_h1(h1)) for h1 in root.iter("h1")):
        return None
    titles = [collapse_ws(str(text)) for text in _HEAD_TITLES(root)]
    titles = [text for text in titles if text]
    if not titles:
        return None
    for heading in root.iter(*_TITLE_HEADING_TAGS):
        text = collapse_ws(" ".join(heading.itertext()))
        words = _words(text)
        if len(words) < MIN_HEADLINE_WORDS or names_outlet(text, ()):
            continue
        for title in titles:
            relation, affix = _relation(text, words, title)
            if relation in ("same", "cut") or (relation == "affix" and len(_words(affix)) < len(words)):
                return heading
    return None
