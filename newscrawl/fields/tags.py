"""Tags: what a keywords field holds that names no topic of the story (h277).

A CMS that fills ``<meta name="keywords">`` from the description splits its prose into words: merdeka 2021
("Pemerintah, Kota, Bandung, memutuskan, untuk, …, kerumunan.") and tempo English 2015 ("Forest Fire,Peatlands,
cover,about,one-third,of,…,sta") make dozens of junk tags of it. And a template appends the outlet's own name
("detikcom", "Liputan6", "republika online") to every page's keywords: the outlet, no topic.
"""
from __future__ import annotations

import re
from typing import Iterable, Sequence

from newscrawl.fields.outlet import squeeze

# A word of prose: letters and digits, an inner apostrophe or backtick kept ("Finland`s"); a hyphen splits
# ("one-third", "Covid-19", "SMP-nya": the word-splitting CMS splits some of them, not others).
_WORD = re.compile(r"\w+(?:[`'’]\w+)*")
# Closed-class words no one tags a story with (Indonesian and English conjunctions, prepositions, demonstratives,
# pronouns): an entry that is one of them is a piece of a sentence.
FUNCTION_WORDS = frozenset({
    "dan", "di", "ke", "dari", "untuk", "yang", "ini", "itu", "dengan", "pada", "dalam", "juga", "atau", "oleh",
    "ia", "bahwa", "the", "of", "and", "to", "in", "a", "an", "about", "we", "is", "for", "on", "with",
})
# The fewest entries a word-split run holds: three consecutive words of a description may be three real tags.
_MIN_RUN = 4
# With no prose to compare, a run of word-like entries this long holding two sentence pieces is prose.
_MIN_BARE_RUN = 6


def _tokens(text: str) -> list[str]:
    return [word.casefold() for word in _WORD.findall(text)]


# Between two words of prose, what makes them items of a list: a tag list the description repeats.
_LIST_GAP = re.compile(r"[,;|/·•]")


def _prose_words(text: str) -> tuple[list[str], list[bool]]:
    """The words of a prose text, and for each whether a list separator (",", ";", "|") stands before it."""
    words, listed, end = [], [], 0
    for match in _WORD.finditer(text):
        words.append(match.group().casefold())
        listed.append(bool(_LIST_GAP.search(text, end, match.start())))
        end = match.end()
    return words, listed


def _word_like(entry: str) -> bool:
    """One word as a word-splitting CMS leaves it: no space ("kerumunan.", "one-third", "19.")."""
    return bool(entry) and not any(ch.isspace() for ch in entry)


def _sentence_piece(entry: str) -> bool:
    """A function word or a word closing a sentence ("layar.", "19.")."""
    return entry.casefold() in FUNCTION_WORDS or entry.rstrip().endswith(".")


def _runs_in_prose(entries: Sequence[str], prose: Sequence[tuple[list[str], list[bool]]]) -> list[tuple[int, int]]:
    """(start, end) of the runs of consecutive entries that spell consecutive words of one prose text: at least
    _MIN_RUN entries holding a sentence piece, or whose words the prose mostly writes apart by spaces only (a
    phrase cut into words: "Pemprov, DKI, Jakarta, kembali, menguji" from the lead; the cities a description lists
    with commas, "Jakarta, Bogor, Depok, Tangerang", are its tags as well)."""
    tokens = [_tokens(entry) if _word_like(entry) else [] for entry in entries]
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(entries):
        best, best_spaced = i, 0
        if tokens[i]:
            for words, listed in prose:
                for k in range(len(words)):
                    j, pos, spaced = i, k, 0
                    while j < len(entries) and tokens[j] and words[pos:pos + len(tokens[j])] == tokens[j]:
                        spaced += j > i and not listed[pos]
                        pos += len(tokens[j])
                        j += 1
                    if j > best:
                        best, best_spaced = j, spaced
        if best - i >= _MIN_RUN and (any(_sentence_piece(entry) for entry in entries[i:best])
                                     or 2 * best_spaced >= best - i - 1):
            runs.append((i, best))
            i = best
        else:
            i += 1
    return runs


def _bare_runs(entries: Sequence[str]) -> list[tuple[int, int]]:
    """Runs of word-like entries, at least _MIN_BARE_RUN long, holding two sentence pieces or more."""
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(entries):
        j = i
        while j < len(entries) and _word_like(entries[j]):
            j += 1
        if j - i >= _MIN_BARE_RUN and sum(_sentence_piece(entry) for entry in entries[i:j]) >= 2:
            runs.append((i, j))
        i = max(j, i + 1)
    return runs


def drop_split_prose(entries: Sequence[str], prose: Iterable[str | None]) -> tuple[list[str], bool]:
    """The tags without the runs that are prose split into words, and whether there was one.

    A run is at least four consecutive one-word entries that spell consecutive words of the page's own prose (its
    description, title or lead: ``prose``) with a function word or a sentence's last word ("layar.") among them, or
    words the prose mostly writes apart by spaces alone, not as a list; with no such match, six one-word entries or more holding two such pieces. When a run is found, entries left that
    are themselves such pieces go too; the keyphrases beside the run stay (tempo's "Forest Fire" before its
    description's words). Applied to the list as the page gives it, before tags are made distinct (a repeated
    word is part of the run)."""
    words = [read for text in prose if text and (read := _prose_words(text))[0]]
    runs = _runs_in_prose(entries, words) or _bare_runs(entries)
    if not runs:
        return list(entries), False
    inside = {index for start, end in runs for index in range(start, end)}
    return [entry for index, entry in enumerate(entries)
            if index not in inside and not (_word_like(entry) and _sentence_piece(entry))], True


# What a template writes after an outlet's name in a keyword naming it: "republika online", "detiknews".
_EDITION_SUFFIXES = ("online", "news", "com")


def _name_core(key: str) -> str:
    for suffix in _EDITION_SUFFIXES:
        if key.endswith(suffix) and len(key) - len(suffix) >= 4:
            return key[:-len(suffix)]
    return key


def names_outlet_tag(tag: str, outlet_labels: Sequence[str]) -> bool:
    """Whether a tag is the outlet's own name: squeezed, one of its labels (fields.outlet.outlet_labels: the
    domain, its first label, og:site_name, the JSON-LD publisher), the two compared without an edition word after
    the name ("republika online", "detiknews", "antara" on antaranews.com). A tag holding more words
    than the name ("Merdeka Belajar" on merdeka.com) is a topic."""
    key = squeeze(tag)
    if not key:
        return False
    cores = {_name_core(label) for label in outlet_labels if label and not label.startswith("^")}
    return key in outlet_labels or _name_core(key) in cores
