"""The headline, by agreement among the page's title sources.

A page states its headline up to four times: the visible ``<h1>`` (or the site's title selector),
JSON-LD ``headline``, ``og:title`` and ``<title>``. Each source fails in its own way:

- ``<title>`` and og:title carry the outlet as a suffix (``… - Kompas.com Regional``, ``… | merdeka.com``)
  or a prefix (``Outlet.com: Rubrik - …``), sometimes with a rubric between;
- the first ``<h1>`` may be the masthead or a section label (``Okezone.com - Experience The Zone``,
  ``Bola``), and an ``<h1>`` split by ``<br>`` runs its lines together unless read with a space;
- meta titles drop the ``:`` and ``?`` the ``<h1>`` keeps, or are cut with ``…``;
- an ``<h1>`` may be cut short by the template where og:title has the whole headline.

``choose_title`` strips the outlet's name from the meta sources, then looks for a visible candidate
(h1/dom) whose words the meta sources confirm: equal words, or the meta title is that candidate plus
a separated affix. The visible text wins then (it keeps the punctuation); when the meta title has more
words that are not a separated affix, the visible one was cut and the meta text wins. With no visible
candidate confirmed, meta sources that agree among themselves (equal words) win; when nothing agrees,
the first candidate in the caller's order (the precedence: JSON-LD headline, the site's selector,
og:title, ``<title>``), and an h1 that does not name the outlet is the last resort. A meta title that
is nothing but the outlet's name ("- SINDOnews") is no candidate.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Sequence

from newscrawl.fields.outlet import DOMAIN_LIKE, SEPARATOR as _SEPARATOR, names_outlet, squeeze, strip_outlet

# Sources read from the page body (what the reader sees) vs. the head (what the CMS says).
VISIBLE_SOURCES = frozenset({"h1", "dom"})
_WORD = re.compile(r"\w+")
_ELLIPSIS = re.compile(r"(?:\.{3}|…)\s*$")
_WS = re.compile(r"\s+")


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


def title_choice(candidates: Iterable[tuple[str, str | None]], outlet_names: Sequence[str] = ()) -> TitleChoice:
    """choose_title, telling also whether the choice was confirmed and which affixes were learned."""
    visible: list[str] = []
    metas: list[str] = []
    ordered: list[tuple[str, str]] = []  # (source, cleaned text) in the caller's precedence order
    for source, text in candidates:
        text = _WS.sub(" ", text or "").strip()
        if not text:
            continue
        if source in VISIBLE_SOURCES:
            visible.append(text)
        else:
            text = strip_outlet(text, outlet_names)
            if _only_outlet(text, outlet_names):  # "- SINDOnews": a title with no headline left
                continue
            metas.append(text)
        ordered.append((source, text))
    visible = list(dict.fromkeys(visible))
    best: tuple[int, int, str, list[str]] | None = None  # (support, -order, text, affixes)
    for order, text in enumerate(visible):
        words = _words(text)
        if not words:
            continue
        support = 0
        fuller: list[str] = []
        affixes: list[str] = []
        for meta in metas:
            relation, affix = _relation(text, words, meta)
            if relation is None:
                continue
            support += 1
            if affix:
                affixes.append(affix)
            if relation == "meta_fuller":
                fuller.append(meta)
        # The candidate was cut only if most confirming metas say more ("… Halaman all" in one <title>
        # against an h1, headline and og:title that agree is that <title>'s own addition).
        chosen = fuller[0] if len(fuller) * 2 > support else text
        if support and (best is None or support > best[0]):
            best = (support, -order, chosen, affixes)
    if best is not None:
        return TitleChoice(best[2], True, tuple(dict.fromkeys(best[3])), visible=True)
    if metas:
        keys = [tuple(_words(m)) for m in metas]
        votes = [sum(1 for other in keys if other == key) for key in keys]
        if max(votes) > 1:
            return TitleChoice(metas[votes.index(max(votes))], True)
    # Nothing agrees: the precedence order, h1s last (the first h1 may be the masthead).
    for source, text in ordered:
        if source != "h1":
            return TitleChoice(text, False)
    for text in visible:
        if not names_outlet(text, outlet_names):
            return TitleChoice(text, False)
    return TitleChoice(visible[0] if visible else None, False)


def _only_outlet(text: str, outlet_names: Sequence[str]) -> bool:
    bare = text.strip(" -|–—:•·»")
    return not bare or squeeze(bare) in outlet_names or bool(DOMAIN_LIKE.fullmatch(bare))


def _words(text: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(text)]


def _relation(visible: str, words: list[str], meta: str) -> tuple[str | None, str]:
    """How a meta title relates to a visible candidate, and the affix around it if any.

    "same" (equal words), "affix" (the meta title is the candidate plus a separated part), "cut" (the
    meta title is a ``…``-cut start of it), "meta_fuller" (the candidate is a cut start of the meta
    title), or None."""
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
    if _ELLIPSIS.search(meta) and m >= 4 and words[:m - 1] == meta_words[:-1] and words[m - 1].startswith(meta_words[-1]):
        return "cut", ""  # the last word may be cut too: "… Jadi Perbincang..."
    return None, ""
