"""Tags: what a keywords field holds that names no topic of the story (h277).

A CMS that fills ``<meta name="keywords">`` from the description splits its prose into words: merdeka 2021
("Pemerintah, Kota, Bandung, memutuskan, untuk, …, kerumunan.") and tempo English 2015 ("Forest Fire,Peatlands,
cover,about,one-third,of,…,sta") make dozens of junk tags of it. And a template appends the outlet's own name
("detikcom", "Liputan6", "republika online") to every page's keywords: the outlet, no topic.
"""
from __future__ import annotations

import re
from typing import Iterable, Sequence

from newscrawl.fields.outlet import AGENCIES, names_outlet, split_parts, squeeze
from newscrawl.urls import registrable_domain

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


_HYPHENS = frozenset("-\u2010\u2011\u2013")  # a hyphen or an en dash joining two words with no space


def _prose_words(text: str) -> tuple[list[str], list[bool], list[bool]]:
    """The words of a prose text, for each whether a list separator (",", ";", "|") stands before it, and whether
    the prose writes it in lower case (a common word, no name). A hyphen between two capitalised words is a list gap
    too: "Anies-Muhaimin, Prabowo-Gibran" pairs names (h285 R2), where "Covid-19" or "one-third" is one word."""
    words, listed, lower, end, previous = [], [], [], 0, ""
    for match in _WORD.finditer(text):
        word = match.group()
        gap = text[end:match.start()]
        words.append(word.casefold())
        listed.append(bool(_LIST_GAP.search(gap))
                      or (gap in _HYPHENS and previous[:1].isupper() and word[:1].isupper()))
        lower.append(word[:1].islower())
        end, previous = match.end(), word
    return words, listed, lower


def _word_like(entry: str) -> bool:
    """One word as a word-splitting CMS leaves it: no space ("kerumunan.", "one-third", "19.")."""
    return bool(entry) and not any(ch.isspace() for ch in entry)


# An abbreviation's dot, no sentence's end: an inner dot ("U.S.", "S.H."), or a lone capital before it ("B.").
_ABBREVIATION = re.compile(r"\w\.\w|(?<!\w)[A-Z]\.$")


def _sentence_piece(entry: str) -> bool:
    """A function word or a word closing a sentence ("layar.", "19."). An entry in capitals is an acronym ("IS",
    "AN"), an abbreviation's dot closes no sentence ("U.S.", h285 R3)."""
    entry = entry.strip()
    if len(entry) >= 2 and entry.isupper():
        return False
    return entry.casefold() in FUNCTION_WORDS or (entry.endswith(".") and not _ABBREVIATION.search(entry))


def _runs_in_prose(entries: Sequence[str],
                   prose: Sequence[tuple[list[str], list[bool], list[bool]]]) -> list[tuple[int, int]]:
    """(start, end) of the runs of consecutive entries that spell consecutive words of one prose text: at least
    _MIN_RUN entries holding a sentence piece, or whose words the prose mostly writes apart by spaces only (a
    phrase cut into words: "Pemprov, DKI, Jakarta, kembali, menguji" from the lead; the cities a description lists
    with commas, "Jakarta, Bogor, Depok, Tangerang", are its tags as well); and holding a word the prose writes in
    lower case: a run of names only ("Anies, Muhaimin, Prabowo, Gibran" of a title's "Anies-Muhaimin, Prabowo-Gibran")
    is a list of the story's names, no sentence (h285 R2)."""
    tokens = [_tokens(entry) if _word_like(entry) else [] for entry in entries]
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(entries):
        best, best_spaced, best_common = i, 0, False
        if tokens[i]:
            for words, listed, lower in prose:
                for k in range(len(words)):
                    j, pos, spaced, common = i, k, 0, False
                    while j < len(entries) and tokens[j] and words[pos:pos + len(tokens[j])] == tokens[j]:
                        spaced += j > i and not listed[pos]
                        common = common or any(lower[pos:pos + len(tokens[j])])
                        pos += len(tokens[j])
                        j += 1
                    if j > best:
                        best, best_spaced, best_common = j, spaced, common
        if best - i >= _MIN_RUN and best_common and (any(_sentence_piece(entry) for entry in entries[i:best])
                                                     or 2 * best_spaced >= best - i - 1):
            runs.append((i, best))
            i = best
        else:
            i += 1
    return runs


def _has_word_run(entries: Sequence[str], length: int) -> bool:
    """Whether ``length`` consecutive entries are word-like (_word_like)."""
    count = 0
    for entry in entries:
        count = count + 1 if _word_like(entry) else 0
        if count >= length:
            return True
    return False


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
    words the prose mostly writes apart by spaces alone, not as a list, and one of them a word the prose writes in
    lower case (names alone are a list of the story's names, h285 R2); with no such match, six one-word entries or more holding two such pieces. When a run is found, entries left that
    are themselves such pieces go too; the keyphrases beside the run stay (tempo's "Forest Fire" before its
    description's words). Applied to the list as the page gives it, before tags are made distinct (a repeated
    word is part of the run)."""
    if not _has_word_run(entries, min(_MIN_RUN, _MIN_BARE_RUN)):
        return list(entries), False  # no run of one-word entries long enough: the prose is not read (most pages)
    words = [read for text in prose if text and (read := _prose_words(text))[0]]
    runs = _runs_in_prose(entries, words) or _bare_runs(entries)
    if not runs:
        return list(entries), False
    inside = {index for start, end in runs for index in range(start, end)}
    return [entry for index, entry in enumerate(entries)
            if index not in inside and not (_word_like(entry) and _sentence_piece(entry))], True


# What a template writes after an outlet's name in a keyword naming it: "republika online", "detiknews".
_EDITION_SUFFIXES = ("online", "news", "com")
# A domain ending written after an outlet's name: "Liputan6.com", "BantenNews.co.id", "Investor.id".
_DOMAIN_ENDING = re.compile(r"\.(?:(?:co|or|web|ac|go|my|sch)\.)?[a-z]{2,4}/?$", re.IGNORECASE)
# A name written as an ordinary word: one capitalised or lower-case word of letters ("Investor", "merdeka"), no
# digit ("Liputan6"), inner capital ("BantenNews", "SINDOnews") nor all capitals ("KOMPAS").
_PLAIN_WORD = re.compile(r"[^\W\d_][^\W\d_A-Z]*")


def _name_core(key: str) -> str:
    """A squeezed tag without an edition word after the name ("detiknews", "republikaonline" -> detik, republika)."""
    for suffix in _EDITION_SUFFIXES:
        if key.endswith(suffix) and len(key) - len(suffix) >= 4:
            return key[:-len(suffix)]
    return key


def _written_name(name: str) -> str:
    """A name as the page writes it, an address's scheme, "www." and path aside ("http://www.okezone.com/")."""
    name = re.sub(r"^[a-z]+://", "", name.strip(), flags=re.IGNORECASE).split("/")[0] if "://" in name else name.strip()
    return re.sub(r"^www\.", "", name, flags=re.IGNORECASE)


def outlet_tag_names(url: str | None, names: Iterable[str | None], prose: Iterable[str | None] = ()) -> frozenset[str]:
    """The squeezed names a tag naming the outlet can be (h277 E, narrowed by h285 R1): its registrable domain
    ("detikcom", "investorid"), each name the page writes as the outlet's (og:site_name, the JSON-LD publisher, the
    site's title suffix: "tangerangnews", "riauonline"), that name without a written domain ending ("Liputan6.com",
    "BantenNews.co.id", "http://www.okezone.com/" -> liputan6, bantennews, okezone), and the domain's first label when
    a written name is that label with an edition word joined ("detikcom", "Republika Online" -> detik, republika).
    Never the domain's first label alone, and never an ordinary word: a name left bare of its domain ending that is
    one plain word the story's own ``prose`` (title, descriptions, lead) uses ("Investor.id" -> "Investor": a topic
    of investor.id's stories). The edition words are never taken off these names: "bantennews" is no "Banten"."""
    domain = registrable_domain(url) if url else ""
    first = squeeze(domain.split(".")[0]) if domain else ""
    text = " ".join(part for part in prose if part)
    keys = {squeeze(domain)} if domain else set()
    for name in names:
        written = _written_name(name or "")
        if not squeeze(written):
            continue
        keys.add(squeeze(written))
        bare = _DOMAIN_ENDING.sub("", written)
        if bare != written and squeeze(bare) and "." in bare:  # a host: "celebrity.okezone.com" -> okezone
            bare = registrable_domain(written).split(".")[0] if registrable_domain(written) else bare
        if bare != written and squeeze(bare) and not (
                _PLAIN_WORD.fullmatch(bare) and re.search(rf"(?<![\w.]){re.escape(bare)}(?![\w]|\.\w)", text,
                                                          re.IGNORECASE)):
            keys.add(squeeze(bare))
        if first and any(squeeze(written) == first + suffix for suffix in _EDITION_SUFFIXES):
            keys.add(first)
    return frozenset(key for key in keys if len(key) >= 3)


def title_outlet_names(title: str | None, labels: Sequence[str]) -> list[str]:
    """The outlet's names a page's <title> writes after its headline ("… | iNews", "… - BantenNews.co.id"): its
    trailing parts naming the outlet (fields.outlet.names_outlet on ``labels``), the first part never."""
    parts = [part.strip() for part, _start, _end in split_parts(title or "")]
    names: list[str] = []
    while len(parts) > 1 and names_outlet(parts[-1], labels):
        names.append(parts.pop())
    return names


def names_outlet_tag(tag: str, outlet_names: Iterable[str]) -> bool:
    """Whether a tag is the outlet's own name (``outlet_names``: outlet_tag_names): squeezed, one of the names, or
    one of them with an edition word after it ("detiknews", "republika online"), or a news agency an outlet name
    opens with ("antara" on "ANTARA News", fields.outlet.AGENCIES). A tag holding more words than the name
    ("Merdeka Belajar" on merdeka.com) is a topic, and so is a word an outlet's name holds ("Banten" on
    BantenNews.co.id, h285 R1)."""
    key = squeeze(tag)
    if not key:
        return False
    names = set(outlet_names)
    return (key in names or _name_core(key) in names
            or (key in AGENCIES and any(name.startswith(key) for name in names)))
