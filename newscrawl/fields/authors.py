"""Authors: the persons who wrote the article, from the page's byline sources.

Sources come in precedence order (JSON-LD ``author``, the site's byline selector, ``<meta name=author>``;
a site may put its DOM first). ``choose_authors`` keeps, from the first source that names a person:

- no outlet: a separated outlet part is cut (``Mulia Budi - detikNews`` → ``Mulia Budi``); a name
  containing the outlet's label or a domain (``Liputan6.com``, ``Media Indonesia`` on
  mediaindonesia.com, ``PT. VIVA MEDIA BARU - VIVA.co.id``), or made of a media word (``… Post``,
  ``… News``, ``… Online``, ``… TV``);
- no desk: ``Tim Redaksi``, ``Redaksi``, ``Admin``, ``Tim Liputan``, a desk or product (``Research``, ``Cek Fakta``,
  ``Litbang Kompas``: ``DESK_WORDS``);
- no agency: AP, AFP, Reuters, Antara/ANTARA, Xinhua, Bernama … (whole name, or the name with the
  agency's photo/news suffix);
- no editor: a name the page labels ``Editor``/``Penyunting``/``Redaktur`` and nowhere as a writer —
  CMSs put the desk editor in JSON-LD ``author``;
- the full name over a short form: ``Andhika`` in meta where another source says ``Andhika Prasetyo``;
- the name as the byline writes it, honorifics before it kept (``Dr. H. Andi``, ``dr. Andi``), what follows cut:
  degrees (``, M.Si.``, ``Ph.D``, ``SH MH``) and a role or affiliation (``(Dosen UIN Jakarta)``, ``, Wartawan Senior``).

``unlabelled_byline`` is the generic spider's last source: a byline line without label or markup next
to the story, taken only in a shape that says "person" by itself; after it, on a page that says it is a photo story,
``photo_story_credit``: the "Fotografer: Nama" line in its header.

Sources may be callables, called only when needed (a DOM query costs a tree walk): later sources are
read when no earlier one names a person, or when a chosen name is a single word that a fuller name
elsewhere may complete.
"""
from __future__ import annotations

import re
from urllib.parse import urlsplit
from bisect import bisect_right
from functools import cached_property, lru_cache
from itertools import accumulate, islice
from typing import Any, Callable, Collection, Iterable, Iterator, Sequence, Union

from lxml import etree

from newscrawl.cleaning import (FILED_FROM, RETIRED_QUALIFIER, REPORTER_CREDIT_LEAD, REPORTER_CREDIT_WORDS, affiliation_line,
                                author_card_name, bare_column_name, byline_date_line, byline_fits, credit_run_line, dateline_credit,
                                ends_sentence, in_info_box, run_writer_credit, split_glued_credit,
                                unescape_left_entities)
from newscrawl.css import memoized
from newscrawl.dates import DATE_LABEL_PATTERN, MONTH_BY_NAME, WEEKDAY_BY_NAME, read_date, word_alternation
from newscrawl.dom import LINE_MARK, collapsed_lines, in_caption, in_photo_box, in_side_box, text_pieces, walk_blocks
from newscrawl.fields.dates import in_masthead
from newscrawl.fields.outlet import (AGENCIES, DOMAIN_LIKE, INITIALS_MARK, SOURCE_NAME_PATTERN, SOURCE_WORDS,
                                     names_outlet, outlet_in_name, squeeze, strip_outlet)
from newscrawl.fields.places import is_place
from newscrawl.residue import DESK_BY_LABEL, EDITED_BY_LABEL, MEDIA_CREDIT_LABEL, PRODUCTION_ROLE, WRITER_BY_WORDS

NameSource = Union[Sequence[str], Callable[[], Sequence[str]]]

# Words that make a name an outlet or a desk, not a person ("Media Indonesia", "The Jakarta Post",
# "Tim Redaksi", "Kompas Cyber Media", "Liputan6.com Team"), or content taken from another outlet
# ("Agregasi Sindonews": okezone's byline for a sister outlet's story). An institution's information or press unit
# is no person either (h175 probe: tniad.mil.id's WordPress author, meta author and microdata "Dispenad"; "Puspen
# TNI"): the army's, navy's and air force's Dispenad/Dispenal/Dispenau, Puspen TNI, the Attorney General's
# Puspenkum, a Kodam's Pendam, a Korem's Penrem, a Kodim's Pendim, the police's Penmas and Penum, a glued
# Bidhumas/Divhumas/Subbaghumas, a Pusinfo; whole words only ("Pendi", "Puspita" are names).
_OUTLET_WORD = re.compile(
    r"\b(?:media|news|newsroom|online|post|pos|times|tv|daily|tribune|harian|koran|majalah|magazine|radio|"
    r"redaksi|redaktur|admin|administrator|team|tim|desk|staff|staf|kontributor|contributor|wire|pers|humas|guest|tamu|"
    r"network|group|grup|digital|portal|com|id|agregasi|aggregasi|sindikasi|"
    r"dispen(?:ad|al|au)?|puspen(?:kum|ad|al|au)?|pendam|penrem|pendim|penmas|penum|penerangan|"
    r"(?:bid|div|sub?bag|kasub?bag)humas|pusinfo(?:lahta)?)\b",
    re.IGNORECASE)
# A photographer's or the text's label too, alone or with the writer's: "Fotografer: A" (detik's photo pages name
# the author so), "Penulis/Fotografer: A", "Teks dan Foto: A" (h62 probe).
# The words a writer is credited under, and those of a photo's, a video's or an illustration's credit.
_WRITER_ROLE_WORDS = r"penulis|reporter|pewarta|wartawan|writer|author|kontributor|contributor|teks|text|naskah|narasi"
_MEDIA_WORDS = (r"(?:fotografer|photographer|foto|photos?|videografer|video|kamerawan|cameraman|ilustrator|illustrator|"
                r"ilustrasi|grafis)")
_CREDIT_LABEL_WORDS = (rf"(?:{_WRITER_ROLE_WORDS}|rep|translator|penerjemah|alih\s+bahasa|editor|penyunting|redaktur|"
                       r"red|fotografer|photographer|foto|photos?|videografer|video)")
# A writer's label joined to another role's, the one person credited for both, as split_byline reads them
# (_LEADING_LABEL, _WRITER_LABELS_ONLY): "Text and photo: A", "Teks dan Foto: A", "Penulis/Fotografer: A", "Foto & Teks:
# A", "Words and photos by A", "Teks dan foto oleh A" (h62, h273 D). A writer's word must be among them: "Foto: A" or
# "Foto dan Video: A" alone credit the pictures. At least one join: a writer's word alone ("Text:", "Teks:", "Story:",
# "Author:", "Words:", "Tulisan:") labels a quoted text, a tale's or a book's source as often ("Text: Wikipedia", "Story:
# Cerita Rakyat Sunda", "Author: Pramoedya Ananta Toer"; h281 R2): the leads read it only where they did before.
_ROLE_JOIN = r"\s*(?:[/&,+]|\bdan\b|\band\b)\s*"
_WRITER_CREDIT_WORD = rf"(?:{_WRITER_ROLE_WORDS}|jurnalis|journalist|words|story|tulisan)"
_SHARED_CREDIT_LABEL = (rf"(?:(?:{_MEDIA_WORDS}{_ROLE_JOIN})+{_WRITER_CREDIT_WORD}"
                        rf"|{_WRITER_CREDIT_WORD}(?={_ROLE_JOIN}(?:{_WRITER_CREDIT_WORD}|{_MEDIA_WORDS})))"
                        rf"(?:{_ROLE_JOIN}(?:{_WRITER_CREDIT_WORD}|{_MEDIA_WORDS}))*")
# The label of a report's credit ("Laporan A", "Liputan A", "Laporan oleh A"); "Liputan6" is a name's word.
_REPORT_LABEL = r"(?:laporan|liputan)(?:\s+oleh)?(?![\w.])"
# A report's kind or subject after the label, no person's name: a rubric ("Laporan Utama", "Liputan Khusus"), an
# account's or a desk's common word ("Laporan Warga", "Liputan Daerah", "Laporan Live", "Laporan Citizen Journalist"),
# a noun made with ke-…-an / pe(r)-…-an ("Laporan Perjalanan A", "Laporan Keuangan Bank BRI": the report's subject).
_REPORT_RUBRIC_WORDS = (rf"(?:{REPORTER_CREDIT_WORDS}|utama|khusus|langsung|eksklusif|investigasi"
                        r"|mendalam|lengkap|terkini|terbaru|akhir|tahunan|media|warga|daerah|kota|desa|live|berita|publik"
                        r"|umum|islam|citizen|pandangan|hasil|kinerja|tim|team|redaksi|(?:ke|pe)[a-z]{4,}an)")
_LEADING_LABEL = re.compile(
    # "Rep:"/"Red:" are republika's reporter and redaktur labels ("Rep: A/ Red: B"), only with the colon. Two roles
    # may share the label, the person is both ("Penulis/Editor: A", jpnn's "Redaktur & Reporter: A", as _CREDIT reads).
    rf"^(?:{_CREDIT_LABEL_WORDS}(?:\s*(?:[/&,]|\bdan\b|\band\b)\s*{_CREDIT_LABEL_WORDS}){{0,2}}\s*[:：]|"
    rf"(?:(?:ditulis|diposting|diposkan|dipublikasikan|diunggah|posted|{WRITER_BY_WORDS}|writing|story|words|text"
    r"|(?:additional\s+)?reporting)\s+)?(?:oleh|by)\b\s*[:：]?"
    # the writer's and another role's words before it: "Teks dan foto oleh A" (h273 D)
    rf"|{_SHARED_CREDIT_LABEL}\s+(?:oleh|by)\b\s*[:：]?"
    r"|(?:sumber|source)\s*[:：]"
    # tribun's lead credit: "Laporan Wartawan Tribunnews.com, Andi Saputra" (the outlet is no one)
    rf"|laporan\s+{REPORTER_CREDIT_WORDS}\s+[^,\n]{{1,40}},"
    # "Liputan: A", "Laporan oleh A": a report's label with its colon or its "oleh" ("Laporan"/"Liputan" name no one,
    # _CREDIT_LABEL_LED). Without either it is cut only off a byline element's text (_without_report_label): a
    # WordPress account "Liputan Islam" or "Laporan Warga" (meta, JSON-LD, an /author/ link) is no "Liputan" of "Islam".
    rf"|(?:laporan|liputan)\s+oleh(?![\w.])\s*[:：]?|{_REPORT_LABEL}\s*[:：])\s*",
    re.IGNORECASE)
# Between names: commas, "dan", a bar or a spaced slash, a line break ("A | Jurnalis", "A / Outlet"); an
# unspaced slash is one credit ("ANTARA/Nama": the agency and a stringer). A serial comma and its conjunction
# ("A, B, dan C", "A, B, and C": PUEBI's list of three) are one separator, or "dan C" is read as a name.
_NAME_SEPARATOR = re.compile(r"\s*(?:,\s*(?:dan|and)\s|[,;&|\n]|\s(?:dan|and)\s|\s/\s)\s*", re.IGNORECASE)
# "Budi Santoso - Surabaya": a place after a spaced dash is the dateline's, not part of the name (a rubric or
# the outlet there is strip_outlet's: "Afif Farhan - Sepakbola", "Mulia Budi - detikNews").
_DASHED_TAIL = re.compile(r"\s+[-\u2013\u2014]\s+(?P<tail>[^-\u2013\u2014]+)$")
# A later label on the byline's line starts what is no writer: "Penulis: A | Editor: B", "A / Foto: C", "Rep: A/
# Red: B" (republika's "Red:", the redaktur, only with its colon), a translator ("A | Alih bahasa: B": a writer is
# named), an English or Indonesian "… by" credit ("Written by A | Edited by B", "diterjemahkan oleh B"; h58 probe).
_NOT_WRITER_LABEL = (rf"(?:(?:editor|penyunting|redaktur|red|editing|{_MEDIA_WORDS}|sumber|"
                     r"source|penerjemah|alih\s+bahasa|translator)\s*[:：]"
                     rf"|(?:editing|photographed|photos?)\s+by\b|{DESK_BY_LABEL}\b)")
_OTHER_CREDIT = re.compile(rf"(?<=\S)[\s|/•,;]*\b{_NOT_WRITER_LABEL}(?P<rest>.*)$", re.IGNORECASE | re.DOTALL)
# Before such a label, the writer's own label words joined by and/dan/&/slash ("Text and photos by A", "Written and
# edited by A", "Words and photos by A"; h62 probe): one person did both, named after the second label.
_WRITER_LABEL_WORD = rf"(?:{_CREDIT_LABEL_WORDS}|words|story|written|writing|tulisan|naskah|reportase|liputan)"
_WRITER_LABELS_ONLY = re.compile(
    rf"{_WRITER_LABEL_WORD}(?:\s*(?:[/&,]|\bdan\b|\band\b)\s*{_WRITER_LABEL_WORD})*(?:\s*(?:&|\bdan|\band))?",
    re.IGNORECASE)


# A later part that opens with an editor's role and no colon ("Penulis: Andi Saputra, Editor Rina Marlina", "A |
# Redaktur B"): the editor's credit, no writer's (not "A, Redaktur & Reporter": jpnn's one person in both roles).
_LATER_EDITOR_ROLE = re.compile(r"(?<=\S)(?:\s*[,;|/\u2022\u00b7]\s*|\s+[-\u2013\u2014]\s+)"
                                r"(?:editor|penyunting|redaktur)\b(?!\s*(?:[:：&/]|dan\b|and\b))", re.IGNORECASE)


def _without_other_credits(text: str) -> str:
    """The byline up to a later credit's label (_OTHER_CREDIT, _LATER_EDITOR_ROLE); when only the writer's label words
    come before it, the person after it, up to any further credit."""
    later_editor = _LATER_EDITOR_ROLE.search(text)
    if later_editor:
        text = text[:later_editor.start()]
    match = _OTHER_CREDIT.search(text)
    if not match:
        return text
    if _WRITER_LABELS_ONLY.fullmatch(text[:match.start()].strip()):
        return _without_other_credits(match.group("rest").strip(" \t:："))
    return _DANGLING_AND.sub("", text[:match.start()])


# A credit line of "Name, Role" pairs between semicolons or bars ("Andi Wijaya, Penulis; Rina Marlina, Editor"): the
# pair whose role is an editor's credits the desk, not a writer.
_CREDIT_PAIRS = re.compile(r"\s*[;|\u2022\u00b7]\s*")
_NAME_THEN_ROLE = re.compile(r"(?P<name>[^,]{2,60}),\s*(?P<role>[^,]{2,40})")


def _without_editor_pairs(text: str) -> str:
    """The byline without its "Name, Editor" pairs when it holds another credit: "A, Penulis; B, Editor" → "A,
    Penulis"; and without its "Name, Fotografer" pairs when another pair is no photographer's. A pair alone stays
    (whether "Nama, Editor" names a writer is the caller's to judge; a photo page's photographer is its author)."""
    pairs = _CREDIT_PAIRS.split(text)
    if len(pairs) < 2:
        return text

    def role(pair: str) -> str:
        match = _NAME_THEN_ROLE.fullmatch(pair.strip())
        if match is None:
            return "other"
        if _editor_only(match.group("role"), ()):
            return "editor"
        return "photo" if _PHOTO_ROLE_PART.fullmatch(match.group("role").strip(" .")) else "other"

    roles = [role(pair) for pair in pairs]
    dropped = {"editor", "photo"} if "other" in roles else {"editor"}
    kept = [pair for pair, kind in zip(pairs, roles) if kind not in dropped]
    return "; ".join(kept) if kept and len(kept) < len(pairs) else text


_DANGLING_AND = re.compile(r"\s+(?:dan|and|&)$", re.IGNORECASE)
# A part that still opens with an editor's label ("Edited by B" as a string of its own) credits no writer, nor one
# that opens with any credit label ("Photographer: B" after a bar the cut missed, h62 probe): split_byline cuts a
# byline's own leading label first, so a photographer's or a translator's alone is the author's (detik's photo
# pages: "Fotografer: Grandyos Zafna" → "Grandyos Zafna").
_NOT_WRITER_START = re.compile(rf"(?:editing|{_CREDIT_LABEL_WORDS})\s*[:：]|{_NOT_WRITER_LABEL}|edited\s+by\b",
                               re.IGNORECASE)
# An academic degree after a name and a comma ("Budi Santoso, M.Si", "S.Kom", "Ph.D", "MBA"): no person.
# Read on the part with its end dots stripped; dotted without spaces ("M. Ali" is a name).
# Medical specialties too: "Sp.PD", "Sp.OG", "Sp.A(K)".
# Indonesian and foreign degrees after a name, dotted ("S.Gz.", "M.Kes.", "S.T.", "Sp.PD", "Ph.D") or not ("ST", "MT",
# "SKom", "CFA", "LL.M"). A dotted part ends in a known degree's letters: "M.Ali" (an initial glued to a name) is a
# name (h41 probe: "Ir. Joko Santoso, ST, MT" gave authors "St" and "Mt").
_DEGREE_TAILS = (r"(?:[A-Z]|Ag|Ak|Md|Ars|Biomed|Ds|Fil|Farm|Gz|Hum|Hut|IKom|Ikom|IP|Kes|Keb|Ked|Kep|KM|Kom|Mat|Med|Pd|PD|"
                 r"Pi|Pol|Psi|Pt|Sc|Si|Sn|Sos|Stat|Sy|Tr|Th|T|TP|OG|OT|PK|An|Rad|KJ|THT|HI|Li|Lc|Eng|Mus|LM|Gizi)")
# A medical specialty with its dot or without, its consultant's grade in brackets or after a hyphen ("SpPD", "Sp.OG(K)",
# "SpPD-KGEH": c21/c22 of the h57 probe), and the hospital and medical titles doctors add (MARS, MMR, FINASIM …).
# A subspecialty after it ("Sp.OG, Subsp.FER", h61 probe).
_SPECIALTY = r"Sp\.?[A-Z]{1,4}(?:\([A-Z]\))?(?:-K[A-Z]{1,6})?|Subsp\.?[A-Z]{1,6}"
_DEGREE = re.compile(rf"(?:[A-Z][a-z]{{0,3}}\.){{1,2}}{_DEGREE_TAILS}(?:\([A-Z]\))?|{_SPECIALTY}"
                     r"|MBA|MSc|MPH|MPP|MEng|BEng|BSc|BA|PhD|Lc|SH|SE|SS|ST|SSi|SIP|SSos|SKom|SPd|SAg|SKM|SKed|SHum|"
                     r"MM|MH|MA|MT|MSi|MSos|MKom|MPd|MAg|MKes|MHum|Ak|CA|CFA|CPA|CMA|LL\.?M|CBE|OBE|MBE"
                     r"|MARS|MMR|MKM|FINASIM|FINACS|FIHA|FICS|FISQua|AIFO(?:-K)?|FAPSR|FACC|FESC"
                     # an engineer's professional grade (Insinyur Profesional Pratama/Madya/Utama), regional registers
                     r"|IPP|IPM|IPU|(?:ASEAN|APEC)\s?Eng|ACPE|CEng"
                     r"|Spd")  # S.Pd typed without its dots
# Known only after a degree (h61 probe), as a lone capitalised word could be a name: a fellowship ("SpKK, FINSDV,
# FAADV", "FASCC", "FACP") or a consultant's grade on its own ("Sp.PD, K-GEH").
_AFTER_DEGREE = re.compile(r"F[A-Z]{2,6}|K-?[A-Z]{2,6}")
# In a byline led by a title ("dr.", "Prof.", "DR. RINA WULANDARI, SPOG(K), MARS") the degrees may be typed in any
# case; without one "Mars Hadi" or "Ahmad Sp" is a name.
_DEGREE_ANY_CASE = re.compile(_DEGREE.pattern, re.IGNORECASE)
_ACADEMIC_TITLES = r"prof|dr|drg|drh"
_TITLE_LED = re.compile(rf"(?:{_ACADEMIC_TITLES})\.?\s", re.IGNORECASE)
_DEGREE_WORDS = re.compile(r"[\s,]+")


def only_degrees(text: str) -> bool:
    """"M.Kes.", "S.Gz., M.Kes.", "Ph.D": academic degrees alone, what a byline split at its commas leaves after the
    name ("Rina Kusumawati, S.Gz., M.Kes."): never a person. "M. Ali" (an initial, then a space) is a name."""
    words = [word.strip(".") for word in _DEGREE_WORDS.split(_FOOTNOTE_MARK.sub("", text.strip())) if word.strip(".")]
    return bool(words) and all(_DEGREE.fullmatch(word) for word in words)


# A footnote marker after an opinion column's byline, pointing at the writer's note below the story:
# "Oleh Prof. Dr. Budi Santoso, M.Sc.*)", "Rina Kusumawati**".
_FOOTNOTE_MARK = re.compile(r"\s*(?:\(\*+\)|\*+\)?)$")
# A credit label with no name after it.
_BARE_LABELS = frozenset({"penulis", "reporter", "pewarta", "wartawan", "editor", "penyunting", "fotografer",
                          "jurnalis", "journalist", "koresponden", "correspondent", "videografer",
                          "oleh", "by", "author", "writer", "kontributor", "sumber", "source", "translator",
                          "penerjemah"})
# A weekday's or a month's full name alone, Indonesian or English ("Jumat", "Jum'at", "Agustus", "Friday"): a date's
# word that a credit read across a line break took for a name ("Penulis" over the date line "Jumat, 05/08/2022
# 09:15", h188 probe), never a person's whole name. Full names only: abbreviations ("Jan", "Des") stay judged as names.
_CALENDAR_WORDS = frozenset(squeeze(word) for word in (
    "senin selasa rabu kamis jumat sabtu minggu ahad monday tuesday wednesday thursday friday saturday sunday "
    "januari februari pebruari maret april mei juni juli agustus september oktober november nopember desember "
    "january february march may june july august october december").split())
_URL = re.compile(r"^(?:https?:)?//|^www\.", re.IGNORECASE)
# A person's name has a run of letters.
_LETTERS = re.compile(r"[^\W\d_]{2,}")


# "Nama (The Jakarta Post)", "Nama (Reuters)", "Nama (Kontributor Bekasi)": a trailing parenthesis.
_AFFILIATION = re.compile(r"^(?P<name>.*?[^\W\d_].*?)\s*\((?P<affiliation>[^()]+)\)$")


def strip_affiliation(name: str, outlet_names: Sequence[str] = ()) -> str:
    """'Dio Suhenda (The Jakarta Post)' → 'Dio Suhenda': a trailing parenthesis that names the outlet,
    an agency or a desk is the person's affiliation, not part of the name (whole, the byline would read
    as an outlet and the person be lost). Any other parenthesis is left as it is."""
    match = _AFFILIATION.match(name.strip())
    if not match:
        return name
    affiliation = match.group("affiliation").strip()
    if (squeeze(affiliation) in AGENCIES or _OUTLET_WORD.search(affiliation)
            or (outlet_names and names_outlet(affiliation, outlet_names))):
        return match.group("name").strip()
    return name


# Patronymic particles written lower case inside a name ("Abdullah bin Umar", "Siti binti Ahmad", "Siti bt Ahmad").
_LOWER_PARTICLES = frozenset(("bin", "binti", "bt"))
_WORD_SPLIT = re.compile(r"([\s-]+)")
# A word's first letter, and each letter after a dot: initials stay capitals ("A.M. FAJAR" -> "A.M. Fajar", h34).
_INITIAL = re.compile(r"^\W*\w|(?<=\.)\w")
# Initials without dots: two letters and no vowel. Not "ng" (a surname), "dg" (Makassar's Daeng: "Rahman Dg Nai"),
# "jr", "sr"; three consonants are names' own short forms as often ("Nst", "Hrp", "Mhd": h252 probe).
_UNDOTTED_INITIALS = re.compile(r"(?!(?:ng|dg|jr|sr)$)[b-df-hj-np-tv-xz]{2}")


def name_case(name: str) -> str:
    """A name typed in capitals as names are written: each word (split on whitespace and hyphens only, so not
    after an apostrophe: "MA'RUF" -> "Ma'ruf", "AL-FARABI" -> "Al-Farabi") capitalised, the rest lower case;
    bin/binti/bt after the first word lower case; a word of two consonants after the first word stays in capitals:
    initials written without dots ("ISTMAN MP" -> "Istman MP", "IWAN HS")."""
    parts = _WORD_SPLIT.split(name.lower())
    return "".join(part if index and part in _LOWER_PARTICLES
                   else part.upper() if index and _UNDOTTED_INITIALS.fullmatch(part)
                   else _INITIAL.sub(lambda m: m.group().upper(), part)
                   for index, part in enumerate(parts))


# The outlet's team before the person: "Tim tvOne - Wahyu Rizki", "Tim Redaksi/Andi Saputra" (tvOnenews).
_TEAM_LEAD = re.compile(r"^(?:tim|team)\s+\S+(?:\s+\S+)?\s*(?:\s[-\u2013\u2014]\s|/)\s*(?=\S)", re.IGNORECASE)


# A writer's "… by" credit opening a later part of the byline (the first part's label is _LEADING_LABEL's).
_LATER_WRITER_BY = re.compile(rf"^(?:(?:additional\s+)?reporting|writing|{WRITER_BY_WORDS})\s+by\s+", re.IGNORECASE)
# The conjunction opening a byline that continues a list (a meta author split at its commas before it is read), in
# lower case or in capitals: "Dan" in Title case is a given name ("Andi Saputra, Dan Brown").
_LEADING_AND = re.compile(r"^(?:dan|and|DAN|AND|&)\s+")


# A rubric, then a spaced dash, before the byline's name: CNBC Indonesia prints "{Kanal} - {Name}, CNBC Indonesia"
# ("News - Houtmand P Saragih, CNBC Indonesia", "Market - Chandra Dwi, CNBC Indonesia"; h262 C1).
_RUBRIC_LEAD = re.compile(r"(?P<lead>[^,;|/•·\s][^,;|/•·]{0,40}?)\s+[-\u2013\u2014]\s+(?P<rest>\S.*)$", re.DOTALL)
_REST_FIRST = re.compile(r"\s*[,;|/•·]\s*|\s+[-\u2013\u2014]\s+")


# Leads before a spaced dash that name a credit's role, never a rubric (h268 R5): a photo's, a video's, a graphic's,
# a source's, a translator's, an editor's.
_CREDIT_ROLE_LEADS = frozenset(
    "foto fotografer photo photographer video videografer ilustrasi ilustrator grafis infografis sumber narasumber "
    "source penerjemah translator editor redaktur penyunting".split())


def without_rubric_lead(text: str, sections: Collection[str] = (), outlet_names: Sequence[str] = ()) -> str:
    """A byline's names without the rubric before them, "X - Name …" → "Name …" (h262 C1): X one word, or the
    page's own section (``sections``, its words as ``section_words`` spells them: page_section_words reads its
    article:section and its URL's first path segment), the part after the dash a person's name of two words or more
    (``_name_part``). Kept: "Name - Outlet", "Afif Farhan - Sepakbola" (what follows is no name), a hyphenated name (no
    spaced dash), a dateline ("JAKARTA - …": a place, or one word in capitals), an honorific ("Dr - …"), a credit's
    role ("Foto - …", "Editor - …": ``_CREDIT_ROLE_LEADS``, h268 R5). Left: one word that is a one-name writer's
    before a second writer's full name ("Kiswondari - Andi Saputra") reads as a rubric: no byline joins two writers
    so."""
    match = _RUBRIC_LEAD.match(text.strip())
    if match is None:
        return text
    lead, rest = match.group("lead").strip(), match.group("rest")
    # (h268 R5) a credit's role before the name is no rubric: "Foto - Andi Saputra" in a caption credits the photo,
    # "Editor - …", "Penerjemah - …", "Sumber - …" another role than the writer's
    if lead.casefold() in _CREDIT_ROLE_LEADS:
        return text
    # a section's words as the page spells them apart: kompasiana's first path segment is its writer's account, whose
    # name before a second writer's is no rubric ("Andi Saputra - Budi Santoso" on /andisaputra/…: h268)
    if not (section_words(lead) in sections or (len(lead.split()) == 1 and not lead.isupper()
                                                and not _HONORIFIC_WORD.fullmatch(lead + "."))):
        return text
    if is_place(lead) or not _name_part(_REST_FIRST.split(rest, maxsplit=1)[0].strip(" ."), outlet_names):
        return text
    return rest


def split_byline(byline: str) -> list[str]:
    """The names of one byline (split_bylines)."""
    return split_bylines([byline])


def split_bylines(bylines: Iterable[str]) -> list[str]:
    """The names of consecutive bylines read as one, as a meta author split at its commas comes ("dr. Andi Saputra",
    "SpKK", "FINSDV"): a fellowship after the last one's degree, any case of degrees after a title, are no names.
    For one byline: 'Penulis: A, B dan C' → ['A', 'B', 'C']; ': Kontributor Lhokseumawe, Masriadi' → both parts (the
    first is then no person). A label is cut only with its colon, or "Oleh"/"By" before a name. A date
    the byline shares its line with ("A • 19 Juni 2024 20:40", metrotvnews) is no part of a name."""
    names: list[str] = []
    titled, after_degree = None, False
    capitals = False  # the last name was typed in capitals: a capitalised word after its degree may be a name too
    photographers: set[int] = set()  # names marked "(Foto)"
    for byline in _writers_over_media(list(bylines)):
        if "&" in byline:  # a double-escaping CMS's "Ma&#039;ruf", decoded before "&" and ";" can split it
            byline = unescape_left_entities(byline)
        # A byline-and-date line ("A and B, The Jakarta Post, Jakarta/Makassar | Headlines | <date>", h153 probe):
        # its names as the line reader takes them; the outlet, the places and the rubric after them are no names.
        dated = _byline_line(byline, "", False, ()) if byline_date_line(byline) else []
        if dated:
            names += dated
            continue
        # a date line's label after the name ends it ("Rina Marlina Diterbitkan 19 Juni 2024": h251 probe)
        # (h262 C2) and a date closing the names with no bar before it ("Nadia Rahma 28 May 2018, 09:15 WIB"); a rubric
        # before them (h262 C1: "News - Houtmand P Saragih, CNBC Indonesia")
        text = without_rubric_lead(without_closing_date(without_date_after_name(
            _TIME_TAIL.sub("", _LEADING_LABEL.sub("", _without_dates(byline).strip(" \t:：|/-–—"))))))
        if names:  # "DR. H. ANDI SAPUTRA, M.SI, DAN BUDI SANTOSO" split at its commas: "DAN" joins, names no one
            text = _LEADING_AND.sub("", text)
        text = _without_other_credits(_without_editor_pairs(_TEAM_LEAD.sub("", text)))
        pieces = [_trimmed(_FOOTNOTE_MARK.sub("", p)) for piece in _NAME_SEPARATOR.split(text)
                  for p in _slashed_writers(piece)]
        # Two writers or more in the byline: a short agency after the last is the story's credit, no initial.
        credited = len(pieces) > 1
        parts = [_without_degree_tail(_without_desk_initials(_without_outlet_slash(_without_source_tail(
            _without_place_tail(_trimmed(_AND_OTHERS.sub("", _without_role_paren(p)))), credited=credited))))
            for p in pieces]
        # a later part's writer's credit: Reuters' "…; Additional reporting by C; Editing by D" (C reported too)
        parts = [_LATER_WRITER_BY.sub("", part) for part in parts]
        if titled is None:
            titled = bool(_TITLE_LED.match(text))
        for index, part in enumerate(parts):
            # after a name in capitals a dotted degree may be in capitals too ("ANDI SAPUTRA, M.SI"; c07 of h64)
            if part and _is_degree_part(part, after_degree and not capitals, titled or (capitals and "." in part)):
                after_degree = True
                continue
            after_degree = after_degree and not part
            # After the first name, a part led by a lower-case word is a role ("A, dosen UIN Jakarta"), not a name
            # ("dr." and other dotted titles lead names).
            if part and not (index and _LOWER_LED.match(part)):
                if _MEDIA_PAREN.search(pieces[index]):
                    photographers.add(len(names))
                names.append(part)
                # "ANDI SAPUTRA, SE, FAHMI": in a byline in capitals, FAHMI is the second writer, no fellowship (h63)
                capitals = part.isupper()
    if len(photographers) < len(names):  # "A (Teks) | B (Foto)": B took the picture; alone, B is the author
        names = [name for index, name in enumerate(names) if index not in photographers]
    return names


# Two writers' names either side of an unspaced slash ("Penulis: Andi Saputra/Budi Santoso", h64 probe): each of two
# to four Capitalised words and a person, so "ANTARA/Nama", "Nama/Antara", "Nama/Kontributor Malang" stay one credit.
_NAME_SHAPE = re.compile(r"[A-Z][^\W\d_]*\.?(?:\s+[A-Z][^\W\d_]*\.?){1,3}")


def _slashed_writers(piece: str) -> list[str]:
    """A byline's piece split at an unspaced slash between two name-shaped persons, else the piece."""
    sides = [side.strip() for side in piece.strip().split("/")]
    if len(sides) == 2 and all(_NAME_SHAPE.fullmatch(side) and is_person(side) for side in sides):
        return sides
    return [piece]


# A photo's, a video's or an illustration's label alone (no writer's word with it) and a writer's label: the credit a
# byline names its people under.
_MEDIA_LED = re.compile(rf"\s*{_MEDIA_WORDS}(?:\s*(?:[/&,]|\bdan\b|\band\b)\s*{_MEDIA_WORDS})*\s*[:：]", re.IGNORECASE)
_LATER_WRITER_LABEL = re.compile(rf"[|/\u2022,;]\s*(?=(?:{_WRITER_ROLE_WORDS})\s*[:：])", re.IGNORECASE)


def _writers_over_media(bylines: list[str]) -> list[str]:
    """The bylines without the photographer's (videographer's …) credit when the writer is credited too: "Foto: A |
    Teks: B", "Photo: A | Text: B", a meta author split into "Foto: A", "Penulis: B", or "A", "Foto: B" (h64). A
    media credit alone names the author (detik's photo pages: "Fotografer: Grandyos Zafna")."""
    if len(bylines) == 1:
        byline = bylines[0]
        later = _LATER_WRITER_LABEL.search(byline) if _MEDIA_LED.match(byline) else None
        return [byline[later.end():]] if later else bylines
    if all(_MEDIA_LED.match(byline) for byline in bylines):
        return bylines
    return [byline for byline in bylines if not _MEDIA_LED.match(byline)]


def _is_degree_part(part: str, after_degree: bool, titled: bool) -> bool:
    """Whether a part of a byline split at its commas is a degree, no person: one _DEGREE knows, a fellowship or a
    consultant's grade right after a degree, and any case of them in a byline a title leads."""
    degree = _DEGREE_ANY_CASE if titled else _DEGREE
    return bool(degree.fullmatch(part) or (after_degree and _AFTER_DEGREE.fullmatch(part)))


# The story's source after the writer: an unspaced slash or a spaced dash, then the rest ("Nama/Antara", "Nama - Reuters").
_SOURCE_TAIL = re.compile(r"(?:(?<=\S)/(?=\S)|\s+[-\u2013\u2014]\s+)(?P<tail>[^/\-\u2013\u2014]+)$")


def _without_source_tail(part: str, outlet_names: Sequence[str] = (), credited: bool = False) -> str:
    """"Tri Susanto Setiawan/Antara", "Andi Saputra - Reuters", "ANDI SAPUTRA/JIBI" → the writer (h58 probe): after an
    unspaced slash or a spaced dash, an agency, a content label or (given its names) the outlet is the story's source,
    no part of the name. An agency before the slash ("ANTARA/Nama": the agency's stringer) is is_person's to judge."""
    match = _SOURCE_TAIL.search(part)
    head = part[:match.start()].strip() if match else ""
    if not match:
        return _without_spaced_agency(part, credited)
    if not head or "/" in head or _URL.search(part):  # a path or a link ("https://…/detik"): is_person's to judge
        return part
    return head if _names_a_source(match.group("tail").strip(), outlet_names) else part


def _without_spaced_agency(part: str, credited: bool = False) -> str:
    """"MARGIE MASON Associated Press", "Andi Saputra AFP" → the writer (h129 probe: AP's "By A and B Associated
    Press"): a known agency (the longest, maybe followed by _SOURCE_WORDS) after a space only is the story's source
    when a person of two words or more stays before it and the source reads as no name word: two words or more
    ("Reuters TV"), or cased unlike the name (capitals after a Title-case name, or the reverse). "Budi Santoso
    Antara", "Michael R. Bloomberg" keep their last word: a one-word agency cased as the name may be a surname.
    Two capitals alone ("AP", "DW") are as often a writer's initials ("Muhammad Rizky AP", h133 probe; README's
    "Andi Saputra MA"): the source only in a byline of two writers or more (``credited``)."""
    words = part.split()
    for start in range(2, len(words)):  # the earliest start: the longest agency
        for end in range(len(words), start, -1):
            if not all(word.strip(".").casefold() in _SOURCE_WORDS for word in words[end:]):
                continue
            lead, head = words[start:end], " ".join(words[:start])
            if squeeze(" ".join(lead)) not in AGENCIES:
                continue
            if len(words) - start == 1 and len(lead[0]) <= 2 and lead[0].isupper():
                return head if credited and is_person(head) else part  # "AP": the initials of one writer's name
            if (len(words) - start > 1 or head.isupper() != lead[0].isupper()) and is_person(head):
                return head
            return part
    return part


# Generic words after an agency or the outlet in a source credit (fields.outlet): "BBC News Indonesia", "Antara Foto".
_SOURCE_WORDS = SOURCE_WORDS


# The writer's role or the credit's word after the name, maybe with the contributor's place: "Andi Saputra/Kontributor",
# "Andi Saputra/Kontributor Malang", "Andi Saputra/Teks" (h64 probe).
_ROLE_TAIL = re.compile(r"(?i:kontributor|contributor|koresponden|correspondent)(?:\s+[A-Z][^\W\d_]*){0,3}"
                        r"|(?i:reporter|wartawan|jurnalis|journalist|pewarta|penulis|writer|teks|text|naskah)")


def _names_a_source(tail: str, outlet_names: Sequence[str]) -> bool:
    """Whether a byline's tail is a story's source or the writer's role: an agency, a content label or (given its
    names) the outlet, maybe followed by generic words ("BBC News Indonesia", h62 probe) or a place (a regional
    bureau: "Antara Sumbar", h64), or a role word (_ROLE_TAIL)."""
    if _ROLE_TAIL.fullmatch(tail):
        return True
    words = tail.split()
    for end in range(len(words), 0, -1):
        rest = words[end:]
        if not (all(word.strip(".").casefold() in _SOURCE_WORDS for word in rest) or is_place(" ".join(rest))):
            continue
        lead = " ".join(words[:end])
        key = squeeze(lead)
        if key in AGENCIES or key in _CONTENT_LABELS or (outlet_names and names_outlet(lead, outlet_names)):
            return True
    return False


_REGISTER_SPACE = re.compile(r"\b(ASEAN|APEC)\s+(Eng)\b")


def _without_degree_tail(part: str) -> str:
    """"H. Ahmad Yani SH MH" → "H. Ahmad Yani", "Dr. Yanuar Nugroho Ph.D", "Sulfikar Amir PhD": degrees after the name
    without a comma (h58 probe). The trailing run of degree words goes when two name words or more stay before it
    and the run cannot be initials: it holds a dotted degree ("Ph.D", "S.Kom"), one of three letters or more ("PhD",
    "MBA"), or two undotted ones ("SH MH"); one two-letter word is an initial's shape ("Agus S", "Andi Saputra MA"),
    and so is any word after a name in capitals ("ANDI SAPUTRA MH")."""
    words = _REGISTER_SPACE.sub(r"\1\2", part).split()  # "ASEAN Eng." one word, as _DEGREE reads it
    start = len(words)
    while start > 0 and _tail_degree(words[start - 1].strip(".")):
        start -= 1
    run, name = words[start:], words[:start]
    if not run or len(name) < 2:
        return part
    dotted = any("." in word.strip(".") for word in run)
    if not dotted and not any(c.islower() for c in "".join(name)):
        return part
    if dotted or len(run) >= 2 or any(len(word.strip(".")) >= 3 for word in run):
        return " ".join(name)
    return part


# Dotted single capitals after a name are initials ("Muhammad Ali A.R.", h62 probe) unless they spell a degree
# Indonesian or foreign writers put there.
_INITIALS = re.compile(r"(?:[A-Z]\.)+[A-Z]")
_LETTER_DEGREES = frozenset({"S.H", "S.E", "S.T", "S.S", "S.P", "S.H.I", "S.E.I", "S.K.M", "M.H", "M.M", "M.T", "M.A",
                             "M.E", "M.P", "M.S", "M.K.M", "M.B.A", "B.A", "B.S", "M.D", "D.D.S"})


def _tail_degree(word: str) -> bool:
    """Whether a word after a name without a comma is a degree: one _DEGREE knows, dotted single capitals only
    when they spell a known degree ("S.H", "M.M"; "A.R" is initials)."""
    return bool(_DEGREE.fullmatch(word)) and (not _INITIALS.fullmatch(word) or word in _LETTER_DEGREES)


_PART_EDGES = " .:：|/-–—"
# A closing initial with its dot, or dotted initials: "Ni Luh Made Pertiwi F." (h58 probe: detik's writer's
# initial), "Muhammad Ali A.R." (h62).
_FINAL_INITIAL = re.compile(r"\s(?:[A-Z]\.)+$")


def _trimmed(part: str) -> str:
    """The part without the separators and dots around it, save the dot of a closing single-letter initial."""
    trimmed = part.strip(_PART_EDGES)
    return trimmed + "." if _FINAL_INITIAL.search(part.rstrip(_PART_EDGES.replace(".", ""))) else trimmed


# "and others" after the last name, without a comma ("Andi Saputra dkk", "A et al."; h58 probe): no part of it.
_AND_OTHERS = re.compile(r"\s+(?:dkk|et\s+al)\.?$", re.IGNORECASE)
# A lower-case word (no title's dot) leading a part: "dosen UIN Jakarta", "mahasiswa S2".
_LOWER_LED = re.compile(r"[a-z]{2,}(?:\s|$)")


def _without_outlet_slash(part: str) -> str:
    """"Andi Saputra/Liputan6.com" → "Andi Saputra": an unspaced slash before a domain is the writer and
    the outlet ("ANTARA/Nama", an agency before the slash, stays one credit: is_person's to judge); so is one
    before a bare lower-case word, the outlet's or the desk's code ("Citta Maya/balipost", "Anisa Sopiah/ant")."""
    head, slash, tail = part.rpartition("/")
    tail = tail.strip()
    return head.strip() if slash and head.strip() and (DOMAIN_LIKE.fullmatch(tail) or _LOWER_WORD.fullmatch(tail)) \
        else part


_LOWER_WORD = re.compile(r"[a-z]{2,20}")


# The desk's initials after a slash ("Carlos KY Paath/FER", beritasatu 2014: the editor's code): 2-4 capitals.
_DESK_INITIALS = re.compile(r"\s*/\s*[A-Z]{2,4}$")


def _without_desk_initials(part: str) -> str:
    """"Carlos KY Paath/FER" → "Carlos KY Paath": a name written in mixed case, then a slash and 2-4 capitals
    (the desk's or editor's initials). A head in capitals ("ANTARA/FER") is an agency's credit: kept whole."""
    match = _DESK_INITIALS.search(part)
    head = part[:match.start()] if match else ""
    return head if match and any(c.islower() for c in head) else part


def _without_place_tail(part: str) -> str:
    """"Budi Santoso - Surabaya", "Budi Santoso in Jakarta" (Reuters' "Reporting by A and B in Jakarta"): the place the
    writer filed from is no part of the name."""
    match = _DASHED_TAIL.search(part)
    if match and is_place(match.group("tail")):
        return part[:match.start()]
    match = _FILED_IN.search(part)
    return part[:match.start()] if match else part


# An English byline's filing place: " in " and one or two Capitalised words closing a part after a name.
_FILED_IN = re.compile(r"(?<=[^\W\d_])\s+in\s+[A-Z][^\W\d_]+(?:\s+[A-Z][^\W\d_]+)?$")


# Parts of a line that shows a byline and a date side by side: "Nama • 19 Juni 2024 20:40".
_BULLET_PARTS = re.compile(r"\s+[•·|]\s+")
_YEAR = re.compile(r"(?:19|20)\d{2}")
# "20:40 WIB", "pukul 20.40", an English outlet's "8:40 pm" / "08:40 PM (GMT+7)"
_BARE_TIME = re.compile(r"(?:pukul\s*|at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*(?:WIB|WITA|WIT|\(?GMT\s*[+-]\s*\d{1,2}\)?))?",
                        re.IGNORECASE)


def _without_dates(byline: str) -> str:
    """The byline without the parts, between bullets or bars, that read as a date."""
    parts = _BULLET_PARTS.split(byline)
    if len(parts) < 2:
        return byline
    kept = [part for part in parts
            if not (_BARE_TIME.fullmatch(part.strip()) or (_YEAR.search(part) and read_date(part) is not None))]
    return " • ".join(kept) if len(kept) < len(parts) else byline


def is_person(name: str, outlet_names: Sequence[str] = ()) -> bool:
    """Whether a byline string names a person (not the outlet, a desk, an agency, a URL)."""
    text = name.strip()
    if not text or text.startswith("@") or _URL.search(text) or not _LETTERS.search(text):
        return False
    squeezed = squeeze(text)
    if squeezed in AGENCIES or DOMAIN_LIKE.search(text) or _LOGIN.fullmatch(text):
        return False
    # "AFP Photo", "Reuters/Nama Fotografer" are credits, "ANTARA/Nama" the agency and a stringer.
    # "AFP Photo", "CNN Indonesia", "ANTARA/Nama" (the agency and a stringer) are not one person.
    if squeeze(re.split(r"[\s/|]+", text)[0]) in AGENCIES and len(text.split()) <= 3:
        return False
    # The outlet's initials in capitals ("ANN" on Asia News Network's page), or its desk's editors ("IBP Editor" on
    # Indonesia Business Post's): no one (h83). "Ann" or "Ani" stays a person's name.
    if text.isupper() and INITIALS_MARK + squeezed in outlet_names:
        return False
    if (editors := _DESK_EDITORS.fullmatch(text)) and (
            re.fullmatch(r"[A-Z]{2,6}", editors["head"]) or outlet_in_name(editors["head"], outlet_names)):
        return False
    if _OUTLET_WORD.search(text) or squeezed in _BARE_LABELS or squeezed in _CALENDAR_WORDS or is_place(text):
        return False  # "…, The Jakarta Post, Jakarta": the place a byline ends with is no one
    if squeezed in _CONTENT_LABELS or squeezed in _CMS_ACCOUNTS or squeezed in _CMS_VENDORS \
            or _ACCOUNT_START.match(text) or _NOT_PERSON_WORD.search(text) or _ROLE_START.match(text) \
            or _NOT_WRITER_START.match(text) or _CREDIT_LABEL_LED.match(text) or _WRITER_LABELS_ONLY.fullmatch(text) \
            or _GLUED_CHANNEL.fullmatch(text) or only_degrees(text) or names_a_desk(text) or _DATE_LABEL_START.match(text) \
            or _PRODUCTION_ROLE.search(text):
        return False
    return not (outlet_names and outlet_in_name(text, outlet_names) and not _named_like_the_outlet(text, outlet_names))


# A video or graphics desk's production role ("Voice Over", "Kamerawan Senior", "Editor Video"; h293 C2): no one's name.
_PRODUCTION_ROLE = re.compile(PRODUCTION_ROLE, re.IGNORECASE)


# A CMS login in the byline slot, one token with no capital ("afn", "admin2", "redaksi_web": h122 probe, muhammadiyah.or.id's
# WordPress meta author and Yoast "Ditulis oleh" afn): a person's name is written with capitals, a display name too.
_LOGIN = re.compile(r"[a-z0-9_.-]+")


# A date line's label opening the text ("Diterbitkan 19 Juni 2024", "Published"): a date line's, no one's name.
_DATE_LABEL_START = re.compile(DATE_LABEL_PATTERN, re.IGNORECASE)


# A report's label opening the text: "Laporan Anggi Widya Permani" is a credit whose label was not cut, no name
# (no Indonesian name starts "Laporan"/"Liputan"; "Liputan6.com" is the outlet's, judged above).
_CREDIT_LABEL_LED = re.compile(rf"{_REPORT_LABEL}(?:\s|[:：]|$)", re.IGNORECASE)


# An abbreviation's or the outlet's editors: "IBP Editor", "Kompas Editors" (a capitalised head checked by the caller).
_DESK_EDITORS = re.compile(r"(?P<head>[^\W\d_][\w.&' -]{1,40}?)\s+(?i:editors?|editorial\s+(?:team|board|staff))")


# What a byline slot holds on sponsored, wire or desk content: the kind of content, not who wrote it.
_CONTENT_LABELS = frozenset(squeeze(label) for label in (
    "Advertorial", "ADV", "Adv", "Rilis", "Press Release", "Siaran Pers", "Promosi", "Promo", "Konten Kerja Sama",
    "Kerja Sama", "Kerjasama", "Konten Bersponsor", "Sponsored", "Sponsored Content", "Paid Content",
    "Partner Content", "Konten Partner", "BrandzView", "Infografis", "Infografik", "Grafis", "Newswire", "JIBI",
    "Bisnis Indonesia Group", "Kiriman Pembaca", "Citizen Journalism",
    "NN",  # nomen nescio: the writer unnamed
))
# A CMS's stock account in the byline slot: Joomla's "Super User" (its "Ditulis oleh Super User", "Written by Super
# User" on sites that never named a writer), a "Webmaster" or "Operator" login, Blogger's profile without a name
# ("Diposkan oleh Unknown"), an anonymous account (h163 probe).
_CMS_ACCOUNTS = frozenset(squeeze(label) for label in ("Super User", "Superuser", "Webmaster", "Web Master", "Operator",
                                                       "Unknown", "Anonymous", "Anonim"))
# A login named for its job and its office: a school's or a village's "Operator Sekolah", "Admin Desa", "Admin Humas"
# (h168 probe: Joomla's "Ditulis oleh Operator Sekolah" on school sites).
# A CMS's or its vendor's name where a writer's belongs: the stock <meta name="author"> of a theme shipped with the CMS
# (h211 probe: every CMS Lokomedia site's "Lokomedia"; PopojiCMS themes' "PopojiCMS"), or the product's name in any
# byline slot (Joomla, WordPress): a product, never a person. Data: add a CMS's stock author here.
_CMS_VENDORS = frozenset(squeeze(label) for label in ("Lokomedia", "Lokomedia CMS", "CMS Lokomedia", "PopojiCMS",
                                                      "Popoji CMS", "Joomla", "Joomla!", "WordPress"))
_ACCOUNT_START = re.compile(r"(?:operator|admin|administrator|webmaster|superuser|super\s+admin)\b", re.IGNORECASE)
# A newsroom's desk or product in the byline slot, as a word or two of the name: "Research", "CNBC Indonesia Research",
# "Riset", "Litbang Kompas", "Cek Fakta", "Opini" (h38 probe: cnbcindonesia /research, liputan6 Cek Fakta). Data: add
# a desk's word here.
DESK_WORDS = frozenset({"research", "riset", "litbang", "opini", "opinion", "editorial", "tajuk", "factcheck"})
# A company's or an institution's press office credited as the author ("Author: Public Relations", "Author: Corporate
# Communication": h309 R2).
DESK_PHRASES = frozenset({("cek", "fakta"), ("fact", "check"), ("periksa", "fakta"), ("public", "relations"),
                          ("corporate", "communication"), ("corporate", "communications"), ("media", "relations"),
                          ("communications", "office")})
_LETTER_RUNS = re.compile(r"[^\W\d_]+")


def names_a_desk(text: str) -> bool:
    """Whether a byline names a desk or product (DESK_WORDS, DESK_PHRASES), not a person."""
    words = [word.casefold() for word in _LETTER_RUNS.findall(text)]
    return any(word in DESK_WORDS for word in words) or any(pair in DESK_PHRASES for pair in zip(words, words[1:]))


# Words no person's name holds: an outlet compounded with its paper's word ("Balipost", "Lombokpost", "Jawapos",
# "Newswire"), a regional outlet brand ("Radar Bali", "Tribun Timur"), a government office writing its own
# release ("Pemprov Kaltim", "Diskominfo Kukar", "Humas Polda Bali").
# A photo credit ("Dok. Istimewa": the documentation, courtesy of someone) is no one either.
_NOT_PERSON_WORD = re.compile(
    r"\b(?:\w{3,}post|\w{3,}pos|\w*wire|dok|dokumentasi|istimewa|"
    r"radar|tribun|pemprov|pemkab|pemkot|pemda|diskominfo|kominfo|dinas|"
    r"kementerian|setda|dprd|polda|polres|polresta|polsek|kodam|korem|kodim|koramil)\b", re.IGNORECASE)
# A person's role after the name and a comma, read as a second name: "Dr Haedar Nashir, Ketua Umum PP Muhammadiyah",
# "Yusuf Wibisono, Direktur IDEAS", "A, Wartawan Senior" (an opinion column's byline).
_ROLE_WORDS = (
    r"(?:ketua|wakil|direktur|dosen|guru|peneliti|pengamat|anggota|menteri|rektor|dekan|kepala|ceo|cfo|"
    r"founder|co-founder|pendiri|mahasiswa|mahasiswi|alumnus|alumni|staf\s+ahli|analis|ekonom|praktisi|pemerhati|"
    r"koordinator|sekretaris|bendahara|presiden|gubernur|bupati|wali\s*kota|pegiat|aktivis|pemimpin|pimpinan|"
    r"pengurus|pengajar|komisioner|komisaris|ahli|pakar|wartawan|wartawati|jurnalis|journalist|kolumnis|columnist|"
    r"mantan|chairman|director|lecturer|researcher|professor|profesor|president|head\s+of|member\s+of|magang|intern|"
    r"trainee|"
    r"senior\s+(?:fellow|researcher|analyst))\b")
_ROLE_START = re.compile(_ROLE_WORDS, re.IGNORECASE)
# A role or an affiliation in a trailing parenthesis ("A (Dosen UIN Jakarta)", "A, M.Si (Mahasiswa Universitas
# Indonesia)"), or a lower-case one (a desk's code: "Anisa Sopiah (ant)"): no part of the name, nor a name alone.
# An outlet or a credit's word there too: "A (Tribun Jatim)", "A (Antara)", "A (Teks) | B (Foto)" (h64 probe).
_ROLE_PAREN = re.compile(rf"\s*\((?:(?i:{_ROLE_WORDS})|(?i:{_CREDIT_LABEL_WORDS}|tribun|radar)\b|[a-z])[^()]*\)$"
                         r"|\s*\((?P<source>[^()]+)\)$")
# A photographer's (videographer's …) mark in that parenthesis: "B (Foto)" took the picture.
_MEDIA_PAREN = re.compile(rf"\s*\(\s*{_MEDIA_WORDS}\s*\)$", re.IGNORECASE)


def _without_role_paren(part: str) -> str:
    """The part without a trailing parenthesis holding a role, a credit's word, a lower-case code or a source (an
    agency, an outlet's word: _names_a_source, _OUTLET_WORD)."""
    match = _ROLE_PAREN.search(part)
    if not match:
        return part
    source = match.group("source")
    if source is None or squeeze(source) in AGENCIES or _OUTLET_WORD.search(source) or _names_a_source(source, ()):
        return part[:match.start()]
    return part
# A channel glued to its outlet's name, the whole byline ("kumparanNEWS"; "Nama - detikNews" is strip_outlet's): any
# "…news", or one word opening in lower case with capitals inside (kumparan's channel accounts "kumparanBISNIS",
# "kumparanOTO", "kumparanSPORT"; "kompasTV", "okezoneTravel"; h26 probe): a person's name opens with a capital.
_GLUED_CHANNEL = re.compile(r"(?i:[^\W\d_]{3,}news)|[a-z][a-z0-9]{2,}[A-Z][A-Za-z0-9]*")
# Outlets named by a word that is also a given name: "Arini Fajar" on fajar.co.id, "Surya Darma" on surya.co.id.
_GIVEN_NAME_OUTLETS = frozenset({"fajar", "surya", "bintang", "mentari", "cahaya", "pelita", "wahyu", "rakyat"})


def _named_like_the_outlet(text: str, outlet_names: Sequence[str]) -> bool:
    """A person one of whose names is the outlet's word ("Arini Fajar" on fajar.co.id): the word is a given name
    and every other word is a capitalised name word, none of a desk or a place."""
    words = re.split(r"[\s/|,]+", text.strip())
    rest = [word for word in words if squeeze(word) not in outlet_names]
    return (len(rest) < len(words) and all(squeeze(w) in _GIVEN_NAME_OUTLETS for w in words if w not in rest)
            and bool(rest) and len(words) <= 4
            and all(word[:1].isupper() and not is_place(word) for word in rest))


Credits = tuple[Sequence[str], Sequence[str]]


def choose_authors(sources: Iterable[NameSource], outlet_names: Sequence[str] = (),
                   not_authors: Iterable[str] = (),
                   credits: Credits | Callable[[], Credits] = ((), ()),
                   may_be_editor: Callable[[Sequence[str]], bool] | None = None,
                   listed_after: Callable[[Sequence[str], str | None], bool] | None = None,
                   byline_marked: Callable[[], Iterable[str]] | None = None,
                   structured: Credits = ((), ())) -> list[str]:
    """Persons from the first source that names any, in order, once each (see the module docstring).

    ``not_authors``: a site's own list of non-person strings (whole name, case and punctuation
    ignored). ``credits``: (editors, writers) as the page labels them (``credited_people``), or a
    callable giving them, called only when some source has a name: a name labelled editor and never
    writer is not an author; writers complete short forms. ``may_be_editor``: a cheap test of the names
    found (``named_after_editor_label``); when it says no, the editors are not looked for.
    ``listed_after(names, other)``: whether the page lists another name (``other``, or any when None) right
    after the chosen ones (``listed_with_others``). When it does, a later source naming more people
    completes the list: every chosen person and more (JSON-LD "Suparno", the byline "Suparno, Esti
    Widiyana"), or people the page lists right after them. ``byline_marked``: the names the markup marks as the
    author's (``byline_writers``), never an editor-only credit: the byline's person wrote it, whatever a credits box
    calls them (liputan6's photo pages: "Editor" and "By" the same person), unless the page's credits label another
    person the writer. Read only when a name found is credited
    as an editor only (the walk was made for editors no name matched on 8 of the 37 real pages: authors 0.492 -> 0.485
    of the baseline). ``structured``: (editors, writers) the story's structured data names (``extract.ld_credits``:
    JSON-LD ``editor``, an author entry with an editor's jobTitle): a name it gives as editor only is an editor as a
    label's is, and, when it names a writer of its own, whatever the byline's markup marks (viva 2023: the byline
    element "Foe Peace Simbolon, Anwar Sadat" holds JSON-LD's author and its editor, h162 probe); a writer's label on
    the page still makes that person a writer too."""
    excluded = {squeeze(n) for n in not_authors}
    structured_editors = {squeeze(n) for n in split_bylines(structured[0])} - {squeeze(n) for n in structured[1]}
    # The structured data splits its credits itself when it names a person as the author beside its editors.
    structured_split = bool(structured_editors) and any(
        squeeze(n) not in excluded and is_person(n, outlet_names) for n in structured[1])
    labelled: list[Credits] = []
    marked: list[set[str]] = []

    def page_credits() -> Credits:
        if not labelled:
            labelled.append(credits() if callable(credits) else credits)
        return labelled[0]

    def marked_keys() -> set[str]:
        if not marked:
            marked.append({squeeze(name) for name in byline_marked()} if byline_marked is not None else set())
        return marked[0]

    # persons() of the same names gives the same list (the credits and marks it reads are each read once a call):
    # completed() and the listed-after walk read the sources read before again (135 of 223 split_bylines calls on
    # the real pages were repeats).
    known: dict[tuple[str, ...], list[str]] = {}

    def persons(names: Sequence[str]) -> list[str]:
        key = tuple(names)
        if key not in known:
            known[key] = _persons(names)
        return list(known[key])

    def _persons(names: Sequence[str]) -> list[str]:
        kept = []
        for name in split_bylines(names):
            # "Mulia Budi - detikNews", "Nama | Kompas.com": the outlet part goes, the person stays.
            name = strip_outlet(_without_source_tail(name.strip(), outlet_names), outlet_names) if outlet_names else name
            name = strip_affiliation(name, outlet_names)
            key = squeeze(name)
            if key and key not in excluded and is_person(name, outlet_names):
                # A name in capitals ("ADITYA RACHMAN") is written as names are, as an upper-case sign-off is.
                kept.append(name_case(name.strip()) if name.isupper() else name.strip())
        found = {squeeze(name) for name in kept}
        if kept and (not structured_editors.isdisjoint(found) or may_be_editor is None or may_be_editor(kept)):
            editors, writers = page_credits()
            written = {squeeze(n) for n in writers}
            only_editors = {squeeze(n) for n in editors} - written
            if not structured_split:
                only_editors |= structured_editors - written
            # The markup's byline marks the writer, unless the page labels someone else its writer ("Penulis: A"
            # beside a credit box's editor card linking /author/b: h103 probe A3).
            if not writers and not only_editors.isdisjoint(found):
                only_editors -= marked_keys()
            if structured_split:
                only_editors |= structured_editors - written
            kept = [name for name in kept if squeeze(name) not in only_editors]
        return kept

    read: list[Sequence[str]] = []
    chosen: list[str] = []
    pending = list(sources)
    while pending and not chosen:
        source = pending.pop(0)
        names = list(source() if callable(source) else source)
        read.append(names)
        chosen = persons(names)
    later: list[list[str]] = []  # the sources after the chosen one, each read once, when first asked for

    def later_names() -> Iterator[list[str]]:
        for index, source in enumerate(pending):
            if index == len(later):
                later.append(list(source() if callable(source) else source))
            yield later[index]

    def completed(names: list[str]) -> list[str]:
        if not any(len(name.split()) == 1 for name in names):
            return names
        # A short form: read the remaining sources too, for a fuller name to complete it.
        fuller = [n for names in (*read, *later_names()) for n in persons(names)] + persons(list(page_credits()[1]))
        return [_complete(name, fuller) for name in names]
    # Short forms are completed before the page is asked for co-writers listed after them: JSON-LD's "Della"
    # is never followed by "&" on the page, its byline "Della Syahni & Eko Rusdianto" is (h273 B).
    chosen = completed(chosen)
    if chosen and pending and listed_after is not None and listed_after(chosen, None):
        keys = {squeeze(name) for name in chosen}
        for names in later_names():
            fuller = completed(persons(names))
            extra = [name for name in fuller if squeeze(name) not in keys]
            if not extra:
                continue
            if keys <= {squeeze(name) for name in fuller}:
                chosen = fuller
                break
            if all(listed_after(chosen, name) for name in extra):
                chosen = [*chosen, *extra]
                break
    unique: dict[str, str] = {}
    for name in chosen:
        unique.setdefault(squeeze(name), name)  # "Budi Santoso" and "budi santoso" are one person
    return list(unique.values())


def _complete(name: str, fuller: list[str]) -> str:
    """'Andhika' → 'Andhika Prasetyo' when exactly one fuller name starts with it."""
    words = name.casefold().split()
    matches = {f for f in fuller if len(f.split()) > len(words) and f.casefold().split()[:len(words)] == words}
    return matches.pop() if len(matches) == 1 else name


# Labels of the people a page credits, as in "Penulis: A | Editor: B", "Reporter : A / Redaktur : B",
# "Editor Andi".
# "Red:" is republika's redaktur ("Rep: A / Red: B"), as "Rep:" is its reporter: only with the colon.
_EDITOR_LABEL = r"(?:editor|penyunting|redaktur|editing|red\s*[:：])"
# A credit that opens with an editor's label ("Editor: A", "Redaktur : A", "Edited by A"): an editor's, no writer's;
# the text before a name that ends with one ("Editor : <a href=/author/b>B</a>": the name is the editor's).
# The label may open a bracket: "(Diedit oleh <a href=/author/b>B</a>)" under the story (h122 probe).
_EDITOR_LED = re.compile(rf"\s*\(?\s*(?:{_EDITOR_LABEL}|{EDITED_BY_LABEL}\b)", re.IGNORECASE)
_EDITOR_LABEL_END = re.compile(rf"(?:\b(?:editor|penyunting|redaktur|editing)\s*[:：]?|\bred\s*[:：]|\b{EDITED_BY_LABEL}\s*[:：]?)\s*$",
                               re.IGNORECASE)
_WRITER_LABEL = r"(?:penulis|reporter|pewarta|wartawan|writer|author|kontributor|rep\s*[:：])"
# A byline that opens with a writer's label and its colon ("Penulis: A", "Reporter : A").
_WRITER_LED = re.compile(rf"\s*{_WRITER_LABEL}\s*[:：]?(?<=[:：])", re.IGNORECASE)
_CREDIT = re.compile(
    # A label may name two roles for one person: jpnn's "Redaktur & Reporter : Fathan Sinaga".
    rf"\b(?P<label>(?:{_EDITOR_LABEL}|{_WRITER_LABEL})(?:\s*(?:&|dan|and|/)\s*(?:{_EDITOR_LABEL}|{_WRITER_LABEL}))?)\s*[:：]?\s*"
    rf"(?P<name>[^\W\d_][^|/:：\n;()]*?)\s*(?=[|/;()\n]|\b(?:{_EDITOR_LABEL}|{_WRITER_LABEL})|$)",
    re.IGNORECASE)
_EDITOR_START = re.compile(_EDITOR_LABEL, re.IGNORECASE)
_WRITER_WORD = re.compile(_WRITER_LABEL, re.IGNORECASE)
# A credit label alone on its line, with no colon ("Editor", "Penulis", "Redaktur & Reporter"): its name is on a
# neighbouring line, the next (label first) or the previous (a card's name over its role caption).
_BARE_CREDIT_LINE = re.compile(
    rf"(?:{_EDITOR_LABEL}|{_WRITER_LABEL})(?:\s*(?:&|dan|and|/)\s*(?:{_EDITOR_LABEL}|{_WRITER_LABEL}))?", re.IGNORECASE)
_DIGIT = re.compile(r"\d")


def _name_line(line: str) -> bool:
    """Whether a credit card's line is a name and nothing else: no digit (a date line "Jumat, 05/08/2022 09:15"), no
    colon (another credit), no bare label, and every name it splits into a person."""
    if not line or _DIGIT.search(line) or ":" in line or "\uff1a" in line or _BARE_CREDIT_LINE.fullmatch(line):
        return False
    names = split_byline(line)
    return bool(names) and all(is_person(name) for name in names)


def _roles_under_names(text: str) -> str:
    """A credit card's lines with each bare role caption that follows its name read label first ("Siti Nurjanah" /
    "Editor" / "Dedi Kurniawan" / "Penulis" / "Jumat, 05/08/2022 09:15" -> "Editor: Siti Nurjanah" / "Penulis: Dedi
    Kurniawan" / the date line): Next.js/Tailwind outlets print an avatar, the name, then a small role caption (ntvnews,
    h188 probe), where ``_CREDIT``, which lets a label reach across a line break ("Penulis" / "Andi Saputra"), gave the
    editor the writer's name and the writer the date's weekday.

    Decided by structure, per label line: a label alone on its line and without a colon (``_BARE_CREDIT_LINE``) whose
    previous line is a name (``_name_line``) and whose next line closes the card (a line with a figure: the date, a
    clock; another bare label; the card's end) credits the previous line; a next line of words that is no person (a
    lower-case login, "muslimah") may be the label's own name and leaves the label as it was. One whose next line is a
    name and the previous none stays label first, as do a label with its colon ("Penulis: A", "Penulis:" / "A") and a
    label sharing its line with anything. A label with a name on both sides is read as the card's other bare labels
    are: under its name when one of them is and none is read label first (the editor's "Editor" between "Siti
    Nurjanah" and "Dedi Kurniawan" above), else label first. A name line two labels would claim (label first and under
    it: "Penulis" / "A" / "Editor") leaves the text as it was."""
    if "\n" not in text:
        return text
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    labels = [index for index, line in enumerate(lines) if _BARE_CREDIT_LINE.fullmatch(line)]
    if not labels:
        return text
    names = {index for index, line in enumerate(lines) if _name_line(line)}
    # What closes a card, no name: its end, another bare label, a line with a figure (the date, a clock, a counter). A
    # line of words that is no person ("muslimah", a login; "Bagikan") may still be the label's own name: undecided.
    closing = {len(lines), *labels, *(index for index, line in enumerate(lines) if _DIGIT.search(line))}
    under: list[int] = []
    first: list[int] = []
    both: list[int] = []
    for index in labels:
        before, after = index - 1 in names, index + 1 in names
        if before and after:
            both.append(index)
        elif before and index + 1 in closing:
            under.append(index)
        elif after:
            first.append(index)
    if not under:
        return text
    if not first:
        under += both
    else:
        first += both
    claimed = [index - 1 for index in under] + [index + 1 for index in first]
    if len(claimed) != len(set(claimed)):
        return text
    for index in under:
        lines[index - 1] = f"{lines[index]}: {lines[index - 1]}"
        lines[index] = ""
    return "\n".join(line for line in lines if line)


def is_editor_role(role: str) -> bool:
    """Whether a job title or role names an editor and no writer, by the credit lines' labels ("Editor",
    "Senior Editor", "Redaktur Pelaksana", "Penyunting"; not "Reporter", "Penulis & Editor"): JSON-LD's
    jobTitle/roleName."""
    return bool(_EDITOR_ROLE.search(role)) and not _WRITER_WORD.search(role)


_EDITOR_ROLE = re.compile(rf"\b{_EDITOR_LABEL}", re.IGNORECASE)
# Stems of the editor labels a text node may hold ("Editor", "PENYUNTING", "Redaktur"…).
_WORD_STEMS = ("ditor", "DITOR", "enyunting", "ENYUNTING", "edaktur", "EDAKTUR")
_LABEL_STEMS = (*_WORD_STEMS, "Red:", "Red :", "RED:")


@lru_cache(maxsize=64)
def _stem_nodes(stems: tuple[str, ...]) -> etree.XPath:
    """Text nodes that hold one of the stems (the search past ``_MAX_HELD_NODES`` holders)."""
    return etree.XPath("//text()[{}]".format(" or ".join(f"contains(., '{stem}')" for stem in stems)))


_TEXT_NODES = etree.XPath("//text()", smart_strings=False)
_RAW_TEXT_NODES = etree.XPath("//script/text() | //style/text()", smart_strings=False)


class PageText:
    """The page's text nodes as plain strings in document order (as ``//text()`` numbers them), script and style
    text blanked (""), joined, and where each ends in the join: which text nodes hold a word is told by str.find over
    the join, where ``//text()[contains(., w)]`` pays a predicate call per text node of the page for each word
    (0.1-1.8 ms a real page for one to four label stems), and a word only scripts hold (app state, JSON-LD) is not
    read at all (a liputan6 page's text is 303,000 characters with its scripts, 8,000 without). Read once a page
    (``page_text``).

    A script's text is told by its place among the text nodes: the first node equal to it after the previous
    script's. A text node outside scripts equal to a script's that came first would be blanked in its place and the
    script's left: the join holds the same texts either way, and ``_label_nodes`` tells a script's node it fetched."""

    def __init__(self, root: etree._Element) -> None:
        texts = _TEXT_NODES(root)
        position = 0
        for raw in _RAW_TEXT_NODES(root):
            try:
                position = texts.index(raw, position)  # C comparisons: a text of another length costs nothing
            except ValueError:
                break  # cannot be (every script text is a text node): nothing more is blanked
            texts[position] = ""
            position += 1
        self.texts: list[str] = texts
        self.joined = "".join(texts)

    @cached_property
    def ends(self) -> list[int]:
        return list(accumulate(map(len, self.texts)))

    def holding(self, word: str) -> set[int]:
        """The numbers (0-based, document order) of the text nodes holding ``word``, script and style text aside:
        a find in the join, kept when the match lies inside one node (not across two)."""
        found: set[int] = set()
        ends, joined = self.ends, self.joined
        position = joined.find(word) if word else -1
        while position >= 0:
            number = bisect_right(ends, position)
            if position + len(word) <= ends[number]:
                found.add(number)
                position = joined.find(word, ends[number])
            else:
                position = joined.find(word, position + 1)
        return found


def page_text(root: etree._Element) -> PageText:
    return memoized(root, "page_text", lambda: PageText(root))


# Past this many text nodes holding a stem, one contains() scan finds them (each fetch by number walks the page's
# text nodes once).
_MAX_HELD_NODES = 4


def _numbered_text_node(number: int) -> etree.XPath:
    """The text node of this number (1-based, document order): libxml2 picks it without a predicate call per node.
    One location step with a literal position, the same node as ``(//text())[number]``: libxml2 stops collecting at
    that position, where the bracketed form builds the page's whole node-set first (a fetch 4x cheaper on the real
    pages; a variable position is not optimised so)."""
    return etree.XPath(f"/descendant::text()[{number}]")


def _label_nodes(root: etree._Element, stems: tuple[str, ...]) -> list[Any]:
    """Text nodes that hold one of the stems, script/style text (JSON-LD "editor" keys) excluded.

    The holders are found in the page's joined text (``PageText``), then fetched by number. The exclusion is
    tested here on the few hits (as an XPath parent:: test on every text node it cost as much as the contains()).
    A tail's parent is the parent of the element it follows."""
    page = page_text(root)
    numbers = sorted({number for stem in stems for number in page.holding(stem)})
    if not numbers:
        return []
    if len(numbers) <= _MAX_HELD_NODES:
        nodes = [node for number in numbers for node in _numbered_text_node(number + 1)(root)]
        if all(_outside_raw_text(node) for node in nodes):
            return nodes
        # A script's node fetched: the blanking took a text equal to it for it (PageText); the scan tells.
    return [node for node in _stem_nodes(stems)(root) if _outside_raw_text(node)]


def _outside_raw_text(text: Any) -> bool:
    """Whether a text node (an XPath string result) is no script's or style's text. A tail's parent is the parent
    of the element it follows."""
    holder = text.getparent()
    parent = holder.getparent() if text.is_tail and holder is not None else holder
    return parent is None or parent.tag not in ("script", "style")
# A credit line is short; prose that mentions an editor is not one.
_MAX_CREDIT_CHARS = 200
_CREDIT_LEVELS = 4


# Cheap test on the page's HTML before the tree is scanned (a text-node scan costs as much as the
# rest of the extraction): labels as a page shows them, capitalised or upper case.
_LABEL_WORDS = ("Editor", "EDITOR", "Penyunting", "PENYUNTING", "penyunting", "Redaktur", "REDAKTUR", "redaktur")


# The lower-case words, scanned as shared stems first ("Penyunting"/"penyunting" both hold "enyunting").
_LOWER_LABEL_SCANS = (("enyunting", ("Penyunting", "penyunting")), ("edaktur", ("Redaktur", "redaktur")))


def may_credit_editor(html_text: str) -> bool:
    """Whether a page's HTML may hold an editor label at all (one of ``_LABEL_WORDS``).

    "Editor", the usual label, first: a page that has it is told after a short scan. A page without
    labels (most of them) costs three scans of its HTML, not six: the upper-case words are looked for
    from each upper-case E (_upper_label)."""
    return ("Editor" in html_text or _upper_label(html_text)
            or any(stem in html_text and any(word in html_text for word in words)
                   for stem, words in _LOWER_LABEL_SCANS)
            or _ABBREVIATED_LABEL.search(html_text) is not None)


# republika's abbreviated redaktur label as a page shows it ("Red:", "Red :", "RED:"): one regex pass, where
# three substring scans of a 120 KB non-ASCII page cost ~200 us.
_ABBREVIATED_LABEL = re.compile(r"R(?:ed|ED) ?:")


def _upper_label(html_text: str) -> bool:
    """Whether the HTML holds "EDITOR", "PENYUNTING" or "REDAKTUR": each has an E (first, second,
    second), and a page's HTML holds a few hundred upper-case Es, each found by one str.find (a C
    character search) and tested in place: cheaper than three substring scans of the page (on a
    label-free detik page, may_credit_editor 0.52 -> 0.37 ms).
    Past a budget of Es (a page of base64 data) the rest of the page is scanned for the words, from
    the last E read: every earlier occurrence would have been found at its E."""
    budget = 64 + len(html_text) // 1024
    position = html_text.find("E")
    while position >= 0:
        if html_text.startswith("EDITOR", position) or (
                position and html_text.startswith(("PENYUNTING", "REDAKTUR"), position - 1)):
            return True
        budget -= 1
        if budget < 0:
            return any(html_text.find(word, max(position - 1, 0)) >= 0
                       for word in ("EDITOR", "PENYUNTING", "REDAKTUR"))
        position = html_text.find("E", position + 1)
    return False


# A name followed by another in a list: "Suparno, Esti", "Suparno dan Esti", "Suparno & Esti", also across the
# tags around each name ("<a>A</a></span> &amp; <span class=author><a>B", bisnis 2019).
_LIST_CONTINUES = re.compile(r"(?:\s*</[a-z0-9]{1,10}>)*\s*(?:,\s*(?:dan|and)\b|,|&amp;|&|\bdan\b|\band\b)\s*(?:<[^>]{0,200}>\s*){0,3}[A-Z]")


_LISTED_WITHIN = 240


def listed_with_others(html_text: str, names: Sequence[str], other: str | None = None) -> bool:
    """Whether the page's HTML shows the last of ``names`` followed by another name in a list (a byline
    crediting more people than the structured data), and when ``other`` is given, that name within the
    list's next characters."""
    name = names[-1] if names else ""
    if not name:
        return False
    # One regex pass (its literal prefix, the name, is searched as a string): a find per occurrence of a
    # name the page repeats in JSON-LD, metas and bylines cost ~70 µs each on a large non-ASCII page.
    for match in _listed_after(name).finditer(html_text):
        if other is None or other in html_text[match.end(1):match.end(1) + _LISTED_WITHIN]:
            return True
    return False


@lru_cache(maxsize=256)
def _listed_after(name: str) -> re.Pattern[str]:
    return re.compile(f"({re.escape(name)})(?={_LIST_CONTINUES.pattern})")


# How far before a name, in the page's HTML, an editor label may sit and still be the name's (the markup
# between them included: "<span class=…>Editor:</span> <a class=… href=…>Name</a>"; utility-class themes
# write long class strings).
_LABEL_BEFORE_NAME_CHARS = 2000


def named_after_editor_label(html_text: str, name: str) -> bool:
    """Whether the page's HTML may credit ``name`` as an editor: an editor label (one of ``_LABEL_WORDS``,
    the stems "ditor", which also finds JSON-LD's "editor" key, and "diting") in the stretch before one of the name's
    occurrences. A name the HTML does not hold as written (character references, other spacing) may
    be anywhere: True. False lets a page skip the credit-line scan for names no label precedes."""
    position = html_text.find(name) if name else -1
    if position < 0:
        return True
    while position >= 0:
        window = html_text[max(0, position - _LABEL_BEFORE_NAME_CHARS):position]
        if ("ditor" in window or "DITOR" in window or "diting" in window or "DITING" in window
                or any(word in window for word in _LABEL_WORDS[2:]) or _ABBREVIATED_LABEL.search(window)):
            return True
        position = html_text.find(name, position + len(name))
    return False


def _page_stems(root: etree._Element, html_text: str | None) -> tuple[str, ...]:
    """The label stems worth looking for in the page's text nodes: those its text outside scripts and styles holds
    (``PageText``: a stem inside one text node is in the join; one only a script holds finds no label, as
    ``_label_nodes`` reads none there) and, given the HTML, that the HTML holds too.

    The text is read first: it is most often far shorter than the HTML (markup and scripts go), so a stem the page
    lacks, as most lack the upper-case ones, costs a scan of the text instead of the HTML."""
    text = page_text(root).joined
    stems = _LABEL_STEMS if _ABBREVIATED_LABEL.search(text) else _WORD_STEMS  # "Red:": one pass for its forms
    # The upper-case stems, which most pages lack, from the text's capital Ds and Es: a substring scan per stem
    # costs more than reading each capital in place (stems 0.43 -> 0.30 ms on a 300 KB liputan6 text, 0.32 -> 0.14
    # on kompas 2025).
    capitals = {stem for letter, words in _CAPITAL_STEMS for stem in capital_words(text, letter, words)}
    return tuple(s for s in stems if (s in capitals if s in _CAPITAL_STEM_SET else s in text)
                 and (html_text is None or s in html_text))


_CAPITAL_STEMS = (("D", ("DITOR",)), ("E", ("ENYUNTING", "EDAKTUR")))
_CAPITAL_STEM_SET = frozenset(stem for _, words in _CAPITAL_STEMS for stem in words)


def capital_words(text: str, letter: str, words: tuple[str, ...]) -> set[str]:
    """Which of ``words`` (upper case, each starting with ``letter``) ``text`` holds: read at each position of the
    letter (one C character search each, as ``_upper_label`` reads the HTML's Es). Past a budget of letters (a page
    of base64 data) the rest of the text is scanned for the words not found yet, from the last letter read: every
    earlier occurrence would have been found at its letter."""
    found: set[str] = set()
    budget = 64 + len(text) // 1024
    position = text.find(letter)
    while position >= 0 and len(found) < len(words):
        if text.startswith(words, position):
            found.update(word for word in words if text.startswith(word, position))
        budget -= 1
        if budget < 0:
            return found | {word for word in words if word not in found and text.find(word, position) >= 0}
        position = text.find(letter, position + 1)
    return found


def _text_within(element: etree._Element, limit: int) -> str | None:
    """The element's text, whitespace collapsed, or None when that is longer than ``limit``.

    The text pieces are read only until the collapsed text passes the limit: the story's container,
    an ancestor of a label at its foot, is then left after a few pieces (antaranews: 95 -> 15 µs).
    The collapsed text of the pieces read so far is measured each time the raw characters read since
    pass the room left (at least doubling, so a whitespace-heavy element is not measured over and over).
    A ``<br>`` ends a line ("\n", which split_byline splits at): "Ajat M Fajar<br>Nasional" is no one name."""
    pieces: list[str] = []
    read = 0
    room = limit
    for piece in text_pieces(element, LINE_MARK):
        pieces.append(piece)
        read += len(piece)
        room -= len(piece)
        if room < 0:
            collapsed = len(" ".join(" ".join(pieces).split()))  # a prefix of the whole collapsed text
            if collapsed > limit:
                return None
            room = max(limit - collapsed, read)
    text = collapsed_lines(" ".join(pieces))
    return text if len(text) <= limit else None


def _lines_of(element: etree._Element, text: str) -> str:
    """An element's text (its ``_text_within``, ``text``), one line per block the body walker reads (dom.walk_blocks: a
    block element or <br> ends one): a name credited last on a line ends there ("Red: Muhammad Hafil" before the share
    buttons of the byline's box, republika 2019), where the joined text would run it into the next box's words. The
    walk reads the element's text and tails, fewer of them, and joins them by spaces, " | " or nothing: it holds no
    character the text lacks."""
    if len(element) == 0:
        return text
    return "\n".join(block.text for block in walk_blocks(element))


def credited_people(root: etree._Element, html_text: str | None = None) -> tuple[list[str], list[str]]:
    """(editors, writers) the page labels in its credit lines: the text around every "Editor" /
    "Penyunting" / "Redaktur" label (its element, or the parent when the label stands alone), but a label in a box
    beside the story (``dom.in_side_box``: another story's card, a sidebar, a comment).

    ``html_text``, the HTML the tree was parsed from: only the stems it contains are looked for (a
    text node holds its HTML's characters; a label spelt with character references is missed, as
    ``may_credit_editor`` already misses it), which makes the text-node scan several times cheaper.
    """
    editors: list[str] = []
    writers: list[str] = []
    seen: set[etree._Element] = set()
    stems = _page_stems(root, html_text) if isinstance(root, etree._Element) else ()
    for node in _label_nodes(root, stems) if stems else ():
        # The whole credit line: the largest of the label's element and its nearest ancestors that is
        # still short ("<span>Penulis: A</span> | <span>Editor: B</span>", one table row per credit).
        line: tuple[etree._Element, list[re.Match[str]]] | None = None
        element = node.getparent()
        if element is not None and not isinstance(element.tag, str):
            element = element.getparent()  # the label is a comment's tail: the comment's parent holds the line
        holder = element
        levels: list[tuple[etree._Element, str]] = []  # the element and its short ancestors, with their texts
        while element is not None and len(levels) < _CREDIT_LEVELS:
            text = _text_within(element, _MAX_CREDIT_CHARS)
            if text is None:
                break
            levels.append((element, text))
            element = element.getparent()
        # The largest whose lines credit an editor: read from the top, the first that does (one body walk, not one
        # per level: kompas' credit table is a cell in a row in a tbody in a table).
        for element, text in reversed(levels):
            lines = _roles_under_names(_lines_of(element, text))  # a card's role captions under their names
            found = [m for m in _CREDIT.finditer(lines) if m.group("name").strip()]
            if any(_EDITOR_START.match(m.group("label")) for m in found):
                line = (element, found)
                break
        if line is None or line[0] in seen:
            continue
        # Asked last, of a line found: a label in another story's card, a sidebar's box, a comment credits no one here
        # (dom.in_side_box). The line's reading above changes nothing, so the order is free; in_side_box walks the
        # label's ancestors and its teaser tests read each one's links (0.1-0.5 ms), where most labels found no line
        # (the real pages: liputan6's "Editor's Choice" menu item).
        if holder is not None and in_side_box(holder):
            continue
        seen.add(line[0])
        for match in line[1]:  # "Reporter: A, B | Editor: C": a label may credit several people
            names = split_byline(match.group("name"))
            label = match.group("label")
            if _EDITOR_START.match(label):
                editors.extend(names)
            if not _EDITOR_START.match(label) or _WRITER_WORD.search(label):
                writers.extend(names)  # "Redaktur & Reporter": the editor wrote it too
    return list(dict.fromkeys(editors)), list(dict.fromkeys(writers))


# Labels an author card's name line opens with (cleaning.author_card_name), as a page's text holds them.
_CARD_STEMS = ("Author", "AUTHOR", "Writer", "Penulis", "PENULIS", "Reporter", "Wartawan", "Jurnalis")
_CARD_CHARS = 400
_CARD_LEVELS = 3


def author_card_credit(root: etree._Element, html_text: str | None = None,
                       outlet_names: Sequence[str] = ()) -> list[str]:
    """The person an author card credits, wherever it stands but in a box beside the story (``dom.in_side_box``: a
    sidebar's columnist card, a related story's; the body's cleaning drops the card): a labelled name
    line ("Author: Reza Hadyan") over a bio opening with the same name ("Reza Hadyan is a business reporter at …";
    h65 probe: Jakarta Globe's card after the story, its only byline). The label's element and its nearest short
    ancestors are read as lines; [] when none holds such a pair or the name is no person."""
    if not isinstance(root, etree._Element):
        return []
    # The stems the text outside scripts holds, then those of them the HTML holds (eight scans of a 400 KB liputan6
    # page's HTML cost 1.4 ms).
    text = page_text(root).joined
    stems = tuple(stem for stem in _CARD_STEMS if stem in text and (html_text is None or stem in html_text))
    seen: set[etree._Element] = set()
    nodes = _label_nodes(root, stems) if stems else []
    for index, node in enumerate(nodes):
        holder = node.getparent()
        # A label in a sidebar's columnist card, a related story's (dom.in_side_box), credits no one here: the walk
        # below reads it first and marks nothing, in_side_box is asked only when its answer decides something (a person
        # found, or the walked elements to mark for a later label), not for the last label found none (in_side_box
        # 0.1-0.5 ms; no card on the real pages).
        walked: list[etree._Element] = []
        person = _card_person(holder, seen, walked, outlet_names)
        if (person is None and index == len(nodes) - 1) or (
                holder is not None and isinstance(holder.tag, str) and in_side_box(holder)):
            continue
        if person is not None:
            return [person]
        seen.update(walked)
    return []


def _card_person(element: etree._Element | None, seen: set[etree._Element], walked: list[etree._Element],
                 outlet_names: Sequence[str]) -> str | None:
    """author_card_credit's walk from a label's element up its short ancestors, none of ``seen`` (the elements it
    reads go to ``walked``): the first person a card among them credits."""
    for _ in range(_CARD_LEVELS):
        if element is None or element in seen:
            return None
        walked.append(element)
        text = _text_within(element, _CARD_CHARS)
        if text is None:
            return None
        # A card's name line holds its label's colon ("Author: Reza Hadyan", author_card_name): an element whose text
        # has none holds no card, and its lines (a body walk) are not read: 24 of the 27 elements read on the real
        # pages (author_card_credit 3.65 -> 2.66 ms a round of them).
        if ":" in text or "\uff1a" in text:
            lines = [line.strip() for line in _lines_of(element, text).split("\n") if line.strip()]
            for label_line, bio in zip(lines, lines[1:]):
                name = author_card_name(label_line, bio)
                person = _name_part(name, outlet_names) if name else None
                if person:
                    return person
        element = element.getparent()
    return None


# ------------------------------------------------------------------ bylines without a label or markup
# The generic spider's last source, on pages with no JSON-LD/meta author and no labelled byline: a short
# line just before or after the story. Precision over recall: a wrong author is worse than none, so a
# line counts only in a shape that says "person" by itself.

# A lead that makes the line a byline ("Oleh Nama", "Reporter: Nama"). Not "Foto"/"Fotografer": a
# photo credit under the lead image sits in the same place and names the photographer.
_BYLINE_LEAD = re.compile(rf"^(?:(?:(?:ditulis|diposting|diposkan|dipublikasikan|diunggah|posted|{WRITER_BY_WORDS})\s+)?(?:oleh|by)\b\s*[:：]?"
                          # "Laporan: Nama", "Laporan wartawan KOMPAS.com Nama" (kompas 2010-11, no comma)
                          rf"|laporan\s*[:：]|{REPORTER_CREDIT_LEAD}"
                          r"|(?:penulis|reporter|pewarta|wartawan|jurnalis|writer|journalist|kontributor|contributor"
                          r"|koresponden|correspondent)\s*[:：]"
                          rf"|{_SHARED_CREDIT_LABEL}\s*[:：]|{_SHARED_CREDIT_LABEL}\s+(?:oleh|by)\b\s*[:：]?)\s*",
                          re.IGNORECASE)
# The labels a byline line closing the story is read by (closing_credit): a label with its colon ("Penulis: A",
# "Reporter: A", "Laporan: A", a shared "Teks dan Foto: A") or a writer's verb before "oleh"/"by" ("Ditulis oleh A",
# "Written by A", "Teks dan foto oleh A"). Never a bare "By"/"Oleh": under the story it opens a line of practical
# information or a heading as often ("By Appointment Only", "<h4>By Train</h4>", "Oleh Karena Itu", "Oleh Pemerintah
# Daerah"; h281 R1), where a byline element names the writer.
_CLOSING_BYLINE_LEAD = re.compile(
    rf"^(?:(?:ditulis|diposting|diposkan|dipublikasikan|diunggah|posted|{WRITER_BY_WORDS}|{_SHARED_CREDIT_LABEL})"
    r"\s+(?:oleh|by)\b\s*[:：]?"
    r"|(?:laporan|penulis|reporter|pewarta|wartawan|jurnalis|writer|journalist|kontributor|contributor|koresponden"
    rf"|correspondent|{_SHARED_CREDIT_LABEL})\s*[:：])\s*",
    re.IGNORECASE)
# A role line right under a name ("Dewi Kania" / "Jurnalis": okezone 2015).
_ROLE_LINE = re.compile(r"(?:jurnalis|reporter|wartawan|penulis|pewarta|kontributor|koresponden|journalist|writer)",
                        re.IGNORECASE)
_LINE_PARTS = re.compile(r"\s*,\s*|\s+[-–—|/•·]\s+")
# A journalist's role after the name on the byline line ("Dewi Kania, Jurnalis": okezone 2016's div.namerep outside
# any byline class; "Andi Saputra - Wartawan", "Andi Saputra, Kontributor Malang"), maybe followed by its desk or
# outlet. A photographer's ("Fotografer", "Pewarta Foto") is tried first: "Pewarta" alone is a writer's role.
_PHOTO_ROLE_PART = re.compile(r"(?:fotografer|photographer|fotojurnalis|photojournalist|(?:pewarta|jurnalis|wartawan)"
                              r"\s+foto)(?:\s+(?P<desk>\S.*))?", re.IGNORECASE)
_WRITER_ROLE_PART = re.compile(rf"{_ROLE_LINE.pattern}(?:\s+(?P<desk>\S.*))?", re.IGNORECASE)
# Both roles, the person is both, so the writer ("Fathan Sinaga, Redaktur & Reporter": jpnn; "Nama, Penulis & Editor").
_BOTH_ROLES_PART = re.compile(rf"(?:{_ROLE_LINE.pattern}\s*(?:&|/|\bdan\b|\band\b)\s*(?:editor|penyunting|redaktur)"
                              rf"|(?:editor|penyunting|redaktur)\s*(?:&|/|\bdan\b|\band\b)\s*{_ROLE_LINE.pattern})",
                              re.IGNORECASE)
# What may follow a writer's role on the byline line besides an outlet, a city (places.is_place) or a date: the desk
# ("Kontributor Daerah", "Wartawan Ekonomi"). Any Capitalised words would be a description: a source's or a
# subject's caption ("Andrea Hirata, Penulis Laskar Pelangi", "Ahmad Dhani, Penulis Lagu").
_ROLE_DESK_WORDS = frozenset(
    "lepas magang daerah regional nasional internasional ekonomi bisnis olahraga politik hukum metro megapolitan "
    "hiburan teknologi kesehatan otomotif".split())
# "Senior" after the role reads as a byline's only with the date on the same line ("Budi Santoso, Wartawan Senior ·
# Rabu, 21 September 2016"); alone it is a source's caption ("Najwa Shihab, Jurnalis Senior").
_ROLE_RANK_WORDS = frozenset(("senior",))
# A name word: Capitalised or UPPER CASE letters (apostrophe, hyphen, a closing period for initials).
_NAME_WORD = re.compile(r"(?:[A-Z][a-z]+|[A-Z]+)(?:['’-][A-Za-z]+)*\.?")
# Capitalised words that make a short line a heading, a place or a title, not a name.
_NOT_NAME_WORDS = frozenset((
    "baca juga berita terkait terbaru terpopuler populer lainnya rekomendasi pilihan foto video galeri "
    "infografis topik tag tags artikel bagikan share komentar iklan advertisement sponsored editor "
    "penyunting redaktur sumber source halaman selanjutnya sebelumnya lihat simak klik home beranda "
    "presiden wakil menteri gubernur bupati wali walikota ketua kapolri kapolda kapolres jenderal "
    "jakarta bandung surabaya medan makassar semarang yogyakarta denpasar palembang jawa sumatera "
    "kalimantan sulawesi papua nusa bali barat timur utara selatan tengah raya indonesia "
    "new york hong kong los angeles san kuala lumpur"
).split())
# The head words of a place's name, which lead it ("Tanjung Priok", "Kuala Lumpur", "Bandar Lampung", "Kota Bogor"): no
# name holds one, but "Tanjung" may end a name: a Batak family name ("Banda Haruddin Tanjung" / "Jurnalis": okezone
# 2015's reporter card read no name, h300 C01; "Akbar Tanjung"). Only it: "Bogor Kota", "Balai Kota", "Warta Kota",
# "Dana Desa" end on a place word too and are places, bodies, a paper (h302).
_PLACE_HEAD_WORDS = frozenset(
    "kota kabupaten provinsi kecamatan desa jalan pulau kepulauan teluk tanjung kuala bandar".split())
_FAMILY_NAME_PLACE_WORDS = frozenset({"tanjung"})
# Before "Tanjung", what makes it a place's name ("Sungai Tanjung", "Balai Tanjung"; h302); a body's ("Polsek Tanjung")
# is refused by is_person (_NOT_PERSON_WORD).
_PLACE_OR_BODY_WORDS = frozenset("sungai gunung danau muara balai kantor pelabuhan bandara".split())
_NOT_NAME_WORDS = _NOT_NAME_WORDS | _PLACE_HEAD_WORDS | _PLACE_OR_BODY_WORDS
_NAME_WORDS = (2, 4)
# A weekday closing the words is a date's, run into them ("IHSG Menguat Rabu, 19 Februari 2014": a list item's
# headline and date), never a name's end.
_WEEKDAYS = frozenset("senin selasa rabu kamis jumat jum'at sabtu minggu ahad".split())


# Honorifics before a name, kept with it (the module's rule) but no name words: "Prof. Dr. Ir. Budi Santoso", "dr. Rina
# Kusumawati" (h166 probe: a column's "Oleh: Prof. Dr. Ir. Budi Santoso, M.Sc., Ph.D.*)" counted five words, "dr."
# lower case, no name).
_HONORIFIC_WORD = re.compile(rf"(?:{_ACADEMIC_TITLES}|ir|drs|dra|h|hj|kh|ust|ustaz|ustadz)\.", re.IGNORECASE)


_RETIRED_QUALIFIER = re.compile(RETIRED_QUALIFIER)


def _name_part(part: str, outlet_names: Sequence[str]) -> str | None:
    """The part as a person's name (2-4 Capitalised or UPPER CASE words after honorifics such as "Prof. Dr."),
    title-cased if upper case. A retired officer's qualifier after a rank is part of it, no word of its own ("AKBP
    (Purn.) Drs. Bambang Suharto", h286 B)."""
    words = [word for index, word in enumerate(part.split()) if not (index and _RETIRED_QUALIFIER.fullmatch(word))]
    honorifics = 0
    while honorifics < len(words) - 1 and _HONORIFIC_WORD.fullmatch(words[honorifics]):
        honorifics += 1
    named = words[honorifics:]
    if not (len(words) >= _NAME_WORDS[0] and len(named) <= _NAME_WORDS[1]) or not all(
            _NAME_WORD.fullmatch(w) for w in named):
        return None
    if any(w.strip(".").casefold() in _NOT_NAME_WORDS for w in words[:-1]) \
            or words[-1].strip(".").casefold() in _NOT_NAME_WORDS - _FAMILY_NAME_PLACE_WORDS \
            or words[-1].casefold() in _WEEKDAYS or not is_person(part, outlet_names):
        return None
    return name_case(part) if part.isupper() else part


def _dated_rest(line: str, first: str) -> bool:
    """Whether all of the line after its first part is a date with its year (a byline-and-date line)."""
    rest = line[line.index(first) + len(first):].lstrip(" ,|/-\u2013\u2014\u2022\u00b7")
    return bool(_YEAR.search(rest)) and read_date(rest) is not None


# A brand written small first, camel-cased ("tvOne Solo", "iNews Bali", "kumparanBISNIS": another outlet of the group
# after a credit's slash, VIVA's "Laporan: Galih Purnama/tvOne Solo", h202 probe); no person's name is written so.
_CAMEL_BRAND = re.compile(r"(?-i:[a-z]{1,12}[A-Z][A-Za-z]*)\b")


def _outlet_part(part: str, outlet_names: Sequence[str]) -> bool:
    # Not a person's part, so the outlet may be a prefix here: "detikinet" is detik's channel.
    return bool(_OUTLET_WORD.search(part) or squeeze(part) in AGENCIES or names_outlet(part, outlet_names)
                or _CAMEL_BRAND.match(part.strip()))


def _place_part(part: str) -> bool:
    """A dateline's city: one to three Capitalised or UPPER CASE words."""
    words = part.split()
    return 1 <= len(words) <= 3 and all(_NAME_WORD.fullmatch(w) for w in words)


def unlabelled_byline(before: Sequence[str], after: Sequence[str], outlet_names: Sequence[str] = (),
                      title: str | None = None) -> list[str]:
    """The person a short line next to the story names, or [] (see the shapes below).

    ``before``: the page's short lines just before the story, in page order (nearest last); ``after``:
    those just after it (nearest first). Lines up to the headline (``title``) are left out before the
    story: a headline is Capitalised too. Shapes, the nearest line first:

    - ``Oleh Nama`` / ``Reporter: Nama`` (a lead, then the name, maybe an outlet or city after a comma);
    - ``Nama, Outlet, Kota`` / ``Nama - detikinet`` (the name, then the outlet and maybe a city: one
      part must name the outlet, a media word, a domain or an agency);
    - ``Nama | Jum'at, 17 Februari 2017 - 13:30 wib`` (the name, then nothing but a date with its year);
    - a bare name line followed by a role line (``Dewi Kania`` / ``Jurnalis``);
    - the name, then a journalist's role (``Dewi Kania, Jurnalis``, ``Andi Saputra - Kontributor Malang``), maybe an
      outlet, a city or a date after it; an editor's (``Nama, Editor``, ``Nama, Redaktur``) gives nobody, and a
      photographer's (``Nama, Fotografer``) only when no line names a writer, and only before the story;
    - an UPPER CASE sign-off right after the story (``DINI TEJA``: a print habit), title-cased.

    A name is 2-4 Capitalised words, no heading, title, place or UI word, and a person for ``is_person``.
    A bare Capitalised line without a cue is never taken: headings ("Berita Terkait") look the same.
    """
    if title:
        key = squeeze(title)
        cut = max((i + 1 for i, line in enumerate(before) if squeeze(line) == key), default=0)
        before = before[cut:]
    before = [line.strip() for line in before]
    after = [line.strip() for line in after]
    photographer: list[str] = []
    for lines, nearest_first, side in ((before, range(len(before) - 1, -1, -1), "before"),
                                       (after, range(len(after)), "after")):
        for index in nearest_first:
            line = lines[index]
            if not byline_fits(line):
                continue
            following = lines[index + 1] if index + 1 < len(lines) else ""
            names = _byline_line(line, following, side == "after" and index == 0, outlet_names)
            if names and title and _names_title_subject(line, names, title, outlet_names):
                continue
            if names:
                return names
            if side == "before" and not photographer:
                photographer = _photographer_line(line, outlet_names)
    return photographer


# A photo story's credit line in its header ("Fotografer: Grandyos Zafna" under detik's readfoto headline, 2010-16): the
# label opens the line. "Foto: X" alone is a photo's credit (under a lead image, in a caption), never read here.
_PHOTO_STORY_CREDIT_LEAD = re.compile(
    r"(?:fotografer|photographer|fotojurnalis|photojournalist|(?:pewarta|jurnalis|wartawan)\s+foto)\s*[:：]\s*"
    r"|(?:foto|photos?)\s+(?:oleh|by)\b\s*[:：]?\s*", re.IGNORECASE)
# How many of the story's first blocks may stand before its first sentence and still be its header.
_PHOTO_CREDIT_BLOCKS = 2


def photo_story_credit(before: Sequence[str], blocks: Sequence[str], title: str | None,
                       outlet_names: Sequence[str] = ()) -> list[str]:
    """The photographer a photo story's header credits, for the caller to take as its author when no other source names
    one, on a page that says it is a photo story (maintext.says_photo_story): a line labelled "Fotografer:" ("Foto
    oleh:", "Photographer:", "Pewarta Foto:", "Photos by …") and nothing but the names after the label, between the
    title and the story: among the lines ``before`` the main text after the ``title`` (none when the title is not
    among them), or among the main text's first ``blocks`` before the first that ends a sentence. Not a line inside the
    story or a caption after its start (on an ordinary story "Foto: X" credits a photo, never the story); [] else."""
    header: list[str] = []
    if title:
        key = squeeze(title)
        cut = max((i + 1 for i, line in enumerate(before) if squeeze(line) == key), default=None)
        header = list(before[cut:]) if cut is not None else []
    for block in blocks[:_PHOTO_CREDIT_BLOCKS]:
        if ends_sentence(block) and not _PHOTO_STORY_CREDIT_LEAD.match(block.strip()):
            break  # the story's first sentence: what follows is the story's
        header.append(block)
    for line in (line.strip() for line in header):
        lead = _PHOTO_STORY_CREDIT_LEAD.match(line)
        if lead and byline_fits(line):
            names = _labelled_names(line[lead.end():], outlet_names)
            if names:
                return names
    return []


# How many blocks from the story's start its reporter credit may open it (after a photo caption or a kicker).
_LEAD_CREDIT_BLOCKS = 2


def lead_credit(blocks: Sequence[str], outlet_names: Sequence[str] = ()) -> list[str]:
    """The persons a reporter credit opening the story names, or []: one of its first blocks is a labelled
    byline line and nothing else ("Laporan Wartawan Tribunnews.com, Danang Triatmojo dan Rina Ayu", "Laporan:
    Nama", "Penulis: A dan B"), read as ``unlabelled_byline`` reads a labelled line (every part a name, or an
    outlet or city after one). The line lists every reporter where structured data often names the first only.
    A column's byline may follow the outlet's dateline on its line ("REPUBLIKA.CO.ID, Oleh: Hendra Kusuma*",
    cleaning.dateline_credit, h201 probe): the byline after it is read so."""
    for block in blocks[:_LEAD_CREDIT_BLOCKS]:
        line = block.strip()
        names = _dateline_credit_names(line, outlet_names)
        if names:
            return names
        glued = split_glued_credit(line)  # "Laporan Wartawan …, A dan B TRIBUNNEWS.COM, JAKARTA - …" (h64)
        line = glued[0] if glued else line
        if byline_fits(line) and _BYLINE_LEAD.match(line):
            return _byline_line(line, "", False, outlet_names)
        # "Laporan Hendrawan Kariman, Pekanbaru": the report's label with no colon (report_credit)
        names = report_credit(line, outlet_names)
        if names:
            return names
    return []


def _dateline_credit_names(line: str, outlet_names: Sequence[str]) -> list[str]:
    """The persons a labelled byline after the outlet's dateline names ("REPUBLIKA.CO.ID, Oleh: Hendra Kusuma*" ->
    ["Hendra Kusuma"]; cleaning.dateline_credit), or []."""
    credit = dateline_credit(line, outlet_names)
    if credit is None or not byline_fits(credit) or not _BYLINE_LEAD.match(credit):
        return []
    return _byline_line(credit, "", False, outlet_names)


# How many blocks from the story's start an opinion column's byline may open at (after the line a reader kept over it).
_COLUMN_BYLINE_BLOCKS = 3


# An opinion page by its URL's path ("/read/kolom/…", "/opini/…", "/kolom-pakar/…") or its section or schema type.
_OPINION_WORD = r"(?:kolom|opini|opinion|opinions|column|columns|kolomnis|columnist|esai|essay|perspektif|tajuk|editorial)"
# a folder of the path: the word alone or first ("/kolom/", "/kolom-pakar/"), never the slug ("/kolom-renang-baru")
_OPINION_PATH = re.compile(rf"/{_OPINION_WORD}(?:[-_][\w-]*)?/", re.IGNORECASE)
_OPINION_SECTION = re.compile(rf"{_OPINION_WORD}\b", re.IGNORECASE)


def opinion_page(url: str, section: str | None = None, kinds: Iterable[str] = ()) -> bool:
    """Whether a page is an opinion piece: a URL path segment (``/read/kolom/…``, ``/opini/…``), its section
    ("Opini", "Kolom") or its JSON-LD type (OpinionNewsArticle) says so. Where a bare name over a role line is the
    column's byline (column_byline); elsewhere it is an interview's, an obituary's or a list's subject (h171 probe)."""
    path = urlsplit(url).path if url else ""
    return bool(_OPINION_PATH.search(path) or (section and _OPINION_SECTION.match(section.strip()))
                or any("opinion" in kind.lower() for kind in kinds))


def column_byline(blocks: Sequence[str], outlet_names: Sequence[str] = (), bare: bool = True) -> list[str]:
    """The writer an opinion column's byline opening the story names, or []: a name line right over the writer's role
    or affiliation line (cleaning.affiliation_line), among the first blocks. The name line is labelled ("Oleh: A,
    M.Si.", "Penulis: A": read as lead_credit reads it) or bare: then it is a person's name and nothing else, degrees
    aside (cleaning.bare_column_name, _name_part: 2-4 name words, ``is_person``), and the story follows the role
    line. Tempo 2011's kolom (h170 probe): "<p><strong>Rizal Hakim</strong><br><em>Peneliti Pusat Kajian
    Lingkungan Perkotaan UI</em></p>" over the prose -> ["Rizal Hakim"]. A name alone ("Rizal Hakim" over the
    prose), or over a sentence ("Rizal Hakim" / "Peneliti itu mengatakan …."), names nobody: the story's subject
    stands so too. ``bare=False`` (a page that is no opinion piece, opinion_page): the labelled form only, as an
    interview's, an obituary's or a speakers' list's subject stands so too (h171 probe: "Penny K. Lukito" / "Kepala
    Badan Pengawas Obat dan Makanan" over a Q&A). The labelled name line may follow the outlet's dateline
    ("REPUBLIKA.CO.ID, Oleh: A", cleaning.dateline_credit). cleaning.trim_edges cuts the same two lines off the body
    (_opinion_byline_end)."""
    for index in range(min(_COLUMN_BYLINE_BLOCKS, len(blocks) - 1)):
        line = blocks[index].strip()
        if not affiliation_line(blocks[index + 1]):
            continue
        # the outlet's dateline before the label ("REPUBLIKA.CO.ID, Oleh: A*", cleaning.dateline_credit)
        line = dateline_credit(line, outlet_names) or line
        if _BYLINE_LEAD.match(line):
            names = _byline_line(line, "", False, outlet_names) if byline_fits(line) else []
            if names:
                return names
            continue
        # the bare form on an opinion page only (``bare``), never under a label ("Pembicara:") nor in a list of pairs
        if bare and index + 2 < len(blocks) and bare_column_name(line) and not (
                index and blocks[index - 1].rstrip().endswith(":")) and not (
                index + 3 < len(blocks) and bare_column_name(blocks[index + 2]) and affiliation_line(blocks[index + 3])) \
                and not (index >= 2 and bare_column_name(blocks[index - 2]) and affiliation_line(blocks[index - 1])):
            parts = _LINE_PARTS.split(_FOOTNOTE_MARK.sub("", line))
            name = _name_part(parts[0].strip(" ."), outlet_names)
            if name and all(only_degrees(part) for part in parts[1:]):
                return [name]
    return []


# How many blocks from the story's end its report credit may close it (after the desk's sign-off "(*/yls)").
_CLOSING_CREDIT_BLOCKS = 2
# The most credit lines a run closing the story holds ("Author:", "Editor:", "Translator:", "Photo:").
_CREDIT_RUN_MAX_LINES = 4


# A company credited in the run's "Author:" line: "PT Pertamina Persero", "CV Maju Jaya", "… Tbk" (h309 R2).
_COMPANY_NAME = re.compile(r"^(?:PT|CV)\.?\s|\s(?:Tbk|Persero)\.?$|\((?:Persero|Tbk)\)", re.IGNORECASE)


def closing_credit(blocks: Sequence[str], outlet_names: Sequence[str] = ()) -> list[str]:
    """The persons a report credit closing the story names, or []: one of its last two blocks (the story's raw
    blocks, before cleaning cuts the credit as a byline line) is a report credit and nothing else (report_credit):
    Riau Pos 2015's "… (*/yls)<br><br>Laporan <strong>Hendrawan Kariman</strong>, Pekanbaru" (h161, h163 probes); or a
    byline line under a colon label or a writer's verb before "oleh"/"by" (_CLOSING_BYLINE_LEAD: "Teks dan Foto: A",
    "Penulis: A", "Ditulis oleh A"; h273 D), read as lead_credit reads the story's first; never a bare "By"/"Oleh",
    which opens a heading or a line of practical information there as often ("By Appointment Only", h281 R1); or a bare
    "Author:" line in the run of staff and picture credits closing the story (cleaning.run_writer_credit: "Author: A" /
    "Photo: B", h306 E)."""
    for index in reversed(range(max(0, len(blocks) - _CLOSING_CREDIT_BLOCKS), len(blocks))):
        line = blocks[index].strip()
        names = report_credit(line, outlet_names)
        # a review's book or film box ("Judul: A" / "Penulis: B" / "Penerbit: C") names the book's writer (h281)
        if not names and byline_fits(line) and _CLOSING_BYLINE_LEAD.match(line) and not in_info_box(blocks, index):
            names = _byline_line(line, "", False, outlet_names)
        if names:
            return names
    # (h306 E) an "Author:" line in the run of credit lines closing the story ("Author: Satria Nugraha" / "Photo:
    # Firsto"; cleaning.run_writer_credit): the writer's, where alone it may name a source's (h281 R2)
    index = len(blocks) - 1
    while index >= max(0, len(blocks) - _CREDIT_RUN_MAX_LINES) and credit_run_line(blocks[index]):
        if ((name := run_writer_credit(blocks, index)) and not _COMPANY_NAME.search(name)
                and not names_a_desk(name) and (names := _labelled_names(name, outlet_names))):
            return names
        index -= 1
    return []


def trimmed_closing_credit(blocks: Sequence[str], after: Sequence[str], outlet_names: Sequence[str] = ()) -> list[str]:
    """``closing_credit`` of a main text whose end was trimmed: its blocks, then the first lines after them, where the
    sign-off and the credit trimmed off its end stand (``MainText.edge_lines``' after: nearest first)."""
    return closing_credit([*blocks, *after[:_CLOSING_CREDIT_BLOCKS]], outlet_names)


# A writer named only in a bracketed sign-off closing the story, in Title case: Suara Merdeka CyberNews's
# "(Ahmad Rifki Hidayat/CN40/SM Network)", "… verifikasi ulang. (Maulana M Fahmi/CN26/SM Network)" (h286 A; in capitals
# the line is _upper_signoff_names'). The name (2-4 name words: _name_part, so no agency, place or outlet) then a desk's
# code after its slash: CyberNews's "CN" and a number, "Red", a code in lower case ("ant", "kmb32", "balipost"), or
# one of the page's outlet labels; maybe more after another slash. A bare "(Rudi Hartono)" is left alone: a quoted
# source's or a poem's author in brackets at a paragraph's end is written so too.
_SIGNOFF_CREDIT_RE = re.compile(
    r"(?:^|(?<=[.!?\"'\u201d\u2019])\s*)\((?P<name>[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){1,3})\s*/\s*"
    r"(?P<code>[^/()]{1,30}?)\s*(?:/\s*[^/()]{1,30}?\s*)?\)\s*$")
_SIGNOFF_DESK_CODE = re.compile(r"CN\d{1,3}|Red|[a-z][a-z-]{1,11}\d{0,3}")
# The part right after the name's slash opening with a medium's label and its colon ("(Voice Over/Video: CNN Indonesia
# TV/Tim)", "(Kamerawan Senior/Video: CNN Indonesia TV)"; h293 C2): a video's or a picture's credit line, whose first
# part is a production role or the medium's source, never the writer. Only that part: after a desk or outlet code, a
# "/Foto: dok" credits the picture of a writer's sign-off ("(Andi Saputra/Antara/Foto: Antara)", h297 R1).
_MEDIA_CREDIT_CODE = re.compile(MEDIA_CREDIT_LABEL, re.IGNORECASE)


def signoff_credit(blocks: Sequence[str], outlet_names: Sequence[str] = ()) -> list[str]:
    """The writer a Title-case bracketed sign-off closing the story names (_SIGNOFF_CREDIT_RE), or []: one of the last
    two blocks, the sign-off alone or glued after the last sentence; a media credit line (_MEDIA_CREDIT_CODE) names no
    writer. A last resort among the author sources."""
    for index in reversed(range(max(0, len(blocks) - _CLOSING_CREDIT_BLOCKS), len(blocks))):
        line = blocks[index].strip()
        match = _SIGNOFF_CREDIT_RE.search(line[-120:]) if line.endswith(")") else None
        if match is None:
            continue
        code = match.group("code").strip()
        if _MEDIA_CREDIT_CODE.match(code):
            continue
        if not (_SIGNOFF_DESK_CODE.fullmatch(code) or _outlet_part(code, outlet_names)):
            continue
        name = _name_part(match.group("name"), outlet_names)
        if name:
            return [name]
    return []


# ------------------------------------------------------------------ a report credit without a colon
# The Jawa Pos group's regional dailies (Riau Pos, Batam Pos, Sumut Pos, the Radar papers) credit the reporter on a line
# of its own, "Laporan" and the name in bold with no colon, then the place filed from: "Laporan <b>Hendrawan
# Kariman</b>, Pekanbaru" over "PEKANBARU (RP) - …", in capitals too ("Laporan <b>HENDRAWAN KARIMAN</b>, Pekanbaru"),
# or closing the story (h163 probe). cleaning cuts the line (its _BYLINE_LINE_RE takes "laporan" with no colon).
# "Laporan"/"Liputan" also open sentences and rubrics: the rest must be a person's name and nothing else (2-4
# Capitalised or UPPER CASE words, ``is_person``, no rubric's word: _REPORT_RUBRIC_WORDS, no institution's: a report
# of "Bank Dunia", of "Komnas HAM"), then maybe the place filed from or the outlet, and the desk's e-mail address.
_REPORT_CREDIT = re.compile(rf"{_REPORT_LABEL}\s*[:：]?\s*(?P<rest>\S.*)$", re.IGNORECASE)
_REPORT_RUBRIC = re.compile(_REPORT_RUBRIC_WORDS, re.IGNORECASE)
_REPORT_SUBJECT = re.compile(r"(?:ke|pe)[a-z]{4,}an", re.IGNORECASE)
# Words that head an institution's, an event's or a company's name, whose report "Laporan …" may be ("Laporan Bank
# Dunia, Jakarta", "Laporan Badan Pusat Statistik", "Laporan World Bank"); no person's name holds them. Data: add a
# word here.
_INSTITUTION_WORDS = frozenset((
    "bank badan balai biro dewan majelis mahkamah komisi komite komnas lembaga kantor direktorat inspektorat "
    "sekretariat ombudsman pusat pemerintah pengadilan kejaksaan kepolisian polri tni kpk bpk bps ojk bpbd bnpb bmkg "
    "kpu bawaslu pbb imf who unicef unesco world international internasional institute institut universitas "
    "university sekolah yayasan foundation organisasi asosiasi ikatan serikat partai fraksi panitia pansus panja "
    "satgas koalisi aliansi forum watch center centre council commission agency fund pt cv tbk corp inc ltd "
    "perusahaan grup group piala liga festival kejuaraan olimpiade pilkada pemilu intelijen"
).split())
# An office's holder opening the words ("Laporan Camat Sukajadi", "Laporan Lurah Cibubur": h168 probe); a name holding
# the word later is a name. The higher offices (Bupati, Wali Kota, Gubernur, Menteri) are _NOT_NAME_WORDS anywhere in a
# name already, as is "Wali" in "Abdul Wali" (left: h169).
_OFFICE_FIRST_WORDS = frozenset("camat lurah kades kapolsek kapolres kapolda danramil dandim sekda".split())
# An acronym in a Capitalised name ("Komnas HAM", "Bank BRI", "Ombudsman RI"): an institution's, not a reporter's.
_ACRONYM_WORD = re.compile(r"[A-Z]{2,}")
# The desk's address after the credit ("Laporan <b>A</b>, Pekanbaru <a>redaksi@riaupos.co</a>", Riau Pos 2012).
_EMAIL_TAIL = re.compile(r"\s*[(\[<]?\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*[)\]>]?\s*$")


def report_credit(line: str, outlet_names: Sequence[str] = ()) -> list[str]:
    """The persons a report credit names, or []: "Laporan"/"Liputan" (a colon or "oleh" maybe), then a person's name
    or two joined by "dan"/"&" (_report_name), then only the place filed from (fields.places, or one to three
    Capitalised words: a regency's name) or the outlet, each after a comma or a spaced dash, and maybe an e-mail.
    "Laporan Hendrawan Kariman, Pekanbaru" -> ["Hendrawan Kariman"]; "Laporan HENDRAWAN KARIMAN, Pekanbaru" ->
    ["Hendrawan Kariman"]; "Laporan Komnas HAM menyebutkan …", "Laporan Bank Dunia, Jakarta", "Laporan Keuangan Bank
    BRI", "Laporan Utama", "Liputan Khusus", "Laporan Warga" -> []."""
    line = line.strip()
    match = _REPORT_CREDIT.match(line)
    if match is None or not byline_fits(line):
        return []
    rest = _EMAIL_TAIL.sub("", match["rest"]).strip(" .")
    parts = [part.strip(" .") for part in _LINE_PARTS.split(rest)]
    if not parts or not all(parts):
        return []
    parts = [*_outlet_after_slash(parts[0], outlet_names), *parts[1:]]
    names = [_report_name(piece.strip(" ."), outlet_names) for piece in _AND_NAMES.split(parts[0]) if piece.strip(" .")]
    if not names or not all(names):
        return []
    for part in parts[1:]:
        if not (is_place(part) or _outlet_part(part, outlet_names)
                or (_place_part(part) and not _ROLE_START.match(part) and not _institution_words(part))):
            return []
    return [name for name in names if name]


def _outlet_after_slash(part: str, outlet_names: Sequence[str]) -> list[str]:
    """A credit's names and the outlet (maybe with its bureau) after an unspaced slash, as two parts: "Galih
    Purnama/tvOne Solo" -> ["Galih Purnama", "tvOne Solo"] (VIVA's closing credit, h202 probe), "Andi
    Saputra/tvOnenews.com", "Rina/VIVA Jatim"; a slash between two people ("Ratna Nuraini/Elvira Inda Sari") stays."""
    names, slash, after = part.partition("/")
    after = after.strip(" .")
    if not slash or not names.strip() or not after:
        return [part]
    first_word = after.split()[0]
    if _outlet_part(after, outlet_names) or (_outlet_part(first_word, outlet_names) and _place_part(
            after[len(first_word):].strip() or first_word)):
        return [names.strip(" ."), after]
    return [part]


def _report_name(piece: str, outlet_names: Sequence[str]) -> str | None:
    """The piece as a reporter's name after a report's label (_name_part), none of its words a rubric's or an
    institution's, no acronym in a Capitalised name; title-cased if in capitals."""
    name = _name_part(piece, outlet_names)
    if name is None or _institution_words(piece):
        return None
    words = [word.strip(".") for word in piece.split()]
    # the rubric's word opens it ("Laporan Utama", "Liputan Khusus": "Islam" closes "Nurul Islam"); a ke-…-an or
    # pe(r)-…-an noun anywhere names a report's subject ("Laporan Harta Kekayaan")
    if _REPORT_RUBRIC.fullmatch(words[0]) or words[0].casefold() in _OFFICE_FIRST_WORDS or any(
            _REPORT_SUBJECT.fullmatch(word) for word in words):
        return None
    if not piece.isupper() and any(_ACRONYM_WORD.fullmatch(word) for word in words):
        return None
    return name


def _institution_words(text: str) -> bool:
    return any(word.casefold() in _INSTITUTION_WORDS for word in _LETTER_RUNS.findall(text))


# Between two names of one byline: "Sabrina Asril dan Icha Rastika", "A & B"; at a part's start, after a
# serial comma ("A, B, dan C").
_AND_NAMES = re.compile(r"(?:^|\s+)(?:dan|and|&)\s+", re.IGNORECASE)


# A labelled byline's tail after the names: a separator, or "di"/"pada" ("oleh Nama di 20 November 2025",
# Mongabay), then a date with its year (what follows must open with the day's number or a weekday).
# Where a date may follow the names: a comma, a spaced bar or dash, "di"/"pada", or a space alone before a number or
# a capitalised word (a theme's "<span>By A</span> <span>June 19, 2024</span>" reads "By A June 19, 2024").
# English "on"/"at" lead the date as "pada"/"di" do, after a separator too (Jakarta Globe 2016's "By : Nadia Larasati
# | on 8:40 PM June 24, 2016", h153 probe; "By A on June 24, 2016", "By A at 8:40 PM June 24, 2016").
_LEAD_DATE_TAIL = re.compile(r"(?:\s*,\s*|\s+[-–—|/•·]\s+|\s+(?=(?i:di|pada|on|at)\s)|\s+(?=[\dA-Z]))"
                             r"(?:(?i:di|pada|on|at)\s+)?(?=\S)")
# A date at the start of what follows the names: a number ("19 Juni 2024", "8:40 PM June 24, 2016", "(19/6/2024)"), a
# month before its day ("June 19, 2024"), either after a weekday ("Rabu, 19 Juni", "Wed, June 19"). A month's or a
# weekday's word followed by no number is a name's ("Agus Salim", "Dwi Juli Hastuti", "Kate May Lamb", "Lee Sun Hee":
# h156 probe, cut at the month word when any word opening with one did).
_DATE_START = re.compile(rf"(?:(?:{word_alternation(WEEKDAY_BY_NAME)})(?![^\W\d_])\.?,?\s*)?"
                         rf"(?:\(?\d|(?:{word_alternation(MONTH_BY_NAME)})(?![^\W\d_])\.?\s*\d)", re.IGNORECASE)
# A date line after a name, to the line's end: its label ("Rina Marlina Diterbitkan 19 Juni 2024 dan diperbarui 20 Juni
# 2024": h251 probe, the byline's <span> and the date line's side by side, one line of text) or its weekday or month
# opening a date ("Rina Marlina Rabu, 19 Juni 2024"). After a space or a separator following a name's word (or its
# bracketed place), or glued on in capitals ("Rina MarlinaTerbit": two elements' texts read with nothing between
# them); never inside a word ("Sutayang"). dates.DATE_LABEL_PATTERN's labels always; "Pada", "On", "At", "Update",
# "Dibuat", "Publikasi", "Tanggal" only before a date, and a weekday or a month only opening one ("Dwi Juli Hastuti",
# "Kate May Lamb", "Agus Tanggal" are names), that date with its year ("By A on June 24" names no one: h153).
# A name's last word may be a weekday's or a month's ("Andi Minggu", "Dwi Juli", "Kate May": h258 probe) before an
# unlabelled date: a weekday opens the date only with its comma ("Rina Marlina Rabu, 19 Juni 2024"), a month only when
# its number is no day of another month's date ("Dwi Juli 19 Juni 2024": the name's, then the date).
_WORDED_DATE_START = (rf"(?:{word_alternation(WEEKDAY_BY_NAME)})(?![^\W\d_])\.?\s*,\s*(?:\(?\d|(?:{word_alternation(MONTH_BY_NAME)})"
                      rf"(?![^\W\d_])\.?\s*\d)|(?:{word_alternation(MONTH_BY_NAME)})(?![^\W\d_])\.?\s*\d+(?!\d)"
                      rf"(?![^\S\n]*(?:{word_alternation(MONTH_BY_NAME)})(?![^\W\d_]))(?![-/.]\d)")
_DATED = r"(?=[^\n]*?(?<!\d)(?:19|20)\d{2}(?!\d))"
_DATE_AFTER_NAME = re.compile(
    r"(?:(?:(?<=[^\W\d_])|(?<=[)\]]))[^\S\n]*[,|/\u2022\u00b7\u2013\u2014-]*[^\S\n]+|(?<=[^\W\d_])[,|/\u2022\u00b7\u2013\u2014-]+"
    r"|(?<=[a-z])(?=[A-Z]))"
    rf"(?:(?i:{DATE_LABEL_PATTERN})|(?i:pada|on|at|update|dibuat|publikasi|tanggal|tgl)(?![^\W_])[^\S\n]*[:\uff1a]?[^\S\n]*"
    rf"(?=(?i:{_DATE_START.pattern})){_DATED}|(?=(?i:{_WORDED_DATE_START})){_DATED})[^\n]*")


def without_date_after_name(text: str) -> str:
    """A byline's text without the date line after its name on its line (_DATE_AFTER_NAME): a date line's label or its
    weekday is never part of a name. Only where no number stands before it on the line: a date's or a clock's own
    words ("| 8:40 PM June 24, 2016", "19 Juni 2024") are no name's."""
    def cut(match: re.Match[str]) -> str:
        line = text[text.rfind("\n", 0, match.start()) + 1:match.start()]
        return match.group() if any(char.isdigit() for char in line) else ""
    # a byline's length at most: the year's look-ahead scans the line from each date word, so never a page's text
    return _DATE_AFTER_NAME.sub(cut, text) if len(text) <= _DATED_BYLINE_CHARS else text


_DATED_BYLINE_CHARS = 400


# The desk's place in brackets closing the names: "oleh Nama [Merauke]", "Oleh Nama (Kupang)".
_BRACKETED_PLACE = re.compile(r"\s*(?:\[([^\]]+)\]|\(([^)]+)\))\s*$")


_FILED_FROM_TAIL = re.compile(FILED_FROM)


# A clock alone after the names (Blogger's "Diposkan oleh A di 10.30", "By A at 8:40 PM"): the post's time.
_TIME_TAIL = re.compile(rf"\s+(?:di|pada|at|on)\s+(?:{_BARE_TIME.pattern})\s*$", re.IGNORECASE)


def _lead_names_text(text: str) -> str:
    """A labelled byline's text after its label without a closing date ("di 20 November 2025", ", Kamis 20/11/2025")
    and a bracketed place: "Asrida Elisabeth [Merauke] di 20 November 2025" → "Asrida Elisabeth"; nor the place a
    correspondent files from ("Richard Susilo dari Tokyo, Jepang" → "Richard Susilo")."""
    text = _TIME_TAIL.sub("", without_closing_date(without_date_after_name(_FILED_FROM_TAIL.sub("", text))))
    place = _BRACKETED_PLACE.search(text)
    if place and _place_part(place.group(1) or place.group(2)):
        text = text[:place.start()]
    return text


def without_closing_date(text: str) -> str:
    """A byline's names without the date closing them: "Nadia Rahma 28 May 2018, 09:15 WIB" (a byline box's name and
    date in two child elements, read as one text: h262 C2), "Asrida Elisabeth di 20 November 2025", "A, Kamis
    20/11/2025". Cut where a day's number, a weekday or a month opens a tail with its year that dates.read_date reads
    (Indonesian or English month, with or without a clock and zone): "Dwi Juli Hastuti", "Kate May Lamb" stay."""
    for match in _LEAD_DATE_TAIL.finditer(text):
        tail = text[match.end():]
        # a day's number, a weekday or a month opens it ("June 19, 2024 | 8:40 pm": an English outlet's byline line)
        if _DATE_START.match(tail) and _YEAR.search(tail) and read_date(tail) is not None \
                and not _NAME_MONTH_BEFORE_DATE.match(tail):
            return text[:match.start()]
    return text


# A month's word whose number is the day of another month's date is a name's last word ("Dwi Juli 28 Mei 2018", "Sri
# Mei 12 Juni 2020": h268, cut to "Dwi", "Sri"), as _WORDED_DATE_START reads it (h258)
_NAME_MONTH_BEFORE_DATE = re.compile(rf"(?:{word_alternation(MONTH_BY_NAME)})(?![^\W\d_])\.?\s*\d+(?!\d)[^\S\n]*"
                                     rf"(?:{word_alternation(MONTH_BY_NAME)})(?![^\W\d_])", re.IGNORECASE)


# A spaced dash, bar or bullet ending a byline's text: the separator before a part the element does not hold (tagDiv's
# Newspaper theme: <div class="td-post-author-name"><div>By</div> <a>Parwata</a><div class="td-author-line"> - </div>,
# the date in the next element).
_DANGLING_SEPARATOR = re.compile(r"\s+[-\u2013\u2014|\u2022\u00b7]+\s*$")


def _labelled_names(text: str, outlet_names: Sequence[str]) -> list[str]:
    """The persons of a labelled byline's text after its label ("Oleh Nama", "Reporter: Nama, Kompas.com", "Penulis: A
    dan B": names, then maybe an outlet or a city), or [] when a part is none of these."""
    # a labelled line's later credit ("Laporan : A | Editor : B", suarasurabaya 2015: h159 probe) closes its names;
    # a separator ending the line, its next part left out, closes them too (tagDiv's "By Parwata -", h273 C)
    text = _DANGLING_SEPARATOR.sub("", text)
    parts = [p for p in _LINE_PARTS.split(_lead_names_text(_without_other_credits(text))) if p]
    if not parts:
        return []
    parts = [*_outlet_after_slash(parts[0], outlet_names), *parts[1:]]
    names: list[str] = []
    for index, part in enumerate(parts):
        # a writer's degrees before the next name ("A, M.Pd. dan B, S.Pd.") are no piece of their own
        pieces = [_without_desk_initials(p.strip(" .")) for p in _AND_NAMES.split(part)
                  if p.strip(" .") and not (names and only_degrees(p))]
        found = [_name_part(p, outlet_names) for p in pieces]
        if index == 0 and len(pieces) == 1 and not found[0]:
            # the one word right after the label, the line ending there or at a separator ("By : Sheany | on 9:46 AM
            # June 19, 2016", Jakarta Globe 2016; h256 probe): the label says a person is named (_lone_labelled_name)
            found = [_lone_labelled_name(pieces[0], outlet_names)]
        if len(found) > 1 and any(found):  # "By : Nadia Larasati & Erwida": one name is a name here (h153 probe)
            found = [name or _one_word_name(piece, outlet_names) for name, piece in zip(found, pieces)]
            # "Oleh A & Tim", "By A and Reuters", "A dan Kontributor": the desk, an agency or the outlet joined to
            # the names credits no person, and takes none of theirs (h156 probe)
            found = [name for name, piece in zip(found, pieces)
                     if name or not _collective_piece(piece, outlet_names)]
        if all(found):
            names += [n for n in found if n]
        elif not (names and (_outlet_part(part, outlet_names) or _place_part(part) or only_degrees(part))):
            return []  # an outlet, a city or the writer's degrees after a name ("Oleh: Hendra Wijaya, M.Pd.")
    return names


def _lone_labelled_name(word: str, outlet_names: Sequence[str]) -> str | None:
    """A single word standing alone after a writer's label ("By : Sheany", "Oleh: Prayogi", "Pewarta: Musiron"): a
    name (many Indonesian journalists have one, Antara's often), when it is a person's word as _one_word_name judges a
    word joined to a name (at least three letters, Capitalised or UPPER CASE, no heading, place, weekday or month,
    outlet, paper, agency, desk, CMS account or label: not "By Reuters", "Oleh Redaksi", "Oleh: Tim", "Oleh
    Admin", "Oleh Kompas", "Penulis: Jakarta", "By June"). Only here: a lone Capitalised word without a label is a heading or a place as
    often (``_name_part`` asks two words of an unlabelled line)."""
    if len(word.split()) != 1 or _names_the_outlet(word, outlet_names):  # "Oleh Kompas", "By Tempo": a paper's name
        return None
    # (h260 probe) an acronym in capitals ("By CNA", "Oleh: BNPB", "Penulis: PPID": five letters at most, "Oleh: MUSIRON"
    # is a name in capitals) is an outlet's or an office's; a
    # lone word of the lists below another outlet's, an office's, an account's or a role's
    if (word.isupper() and len(word) <= 5) or word.casefold() in _NOT_LONE_NAMES or word.casefold().startswith(_NOT_LONE_NAME_STARTS):
        return None
    return _one_word_name(word, outlet_names)


# Lone words after a writer's label that name no person (h260 probe): other outlets (a page's own is refused by name),
# government offices and units, CMS accounts, release markers, roles, a sentence's first word.
_NOT_LONE_NAMES = frozenset(
    "bisnis kontan okezone detik republika merdeka suara viva tirto katadata medcom inews gatra investor mongabay "
    "asumsi magdalene vice rappler nikkei asahi straits kompasiana kumparan coconuts tribunners sindonews jpnn "
    "idntimes kapanlagi beritasatu jawapos antaranews tempo kompas liputan6 tribunnews cnbc "
    "prokopim prokompim setkab setneg bappeda dinkes diskominfo kominfo humas biro sekretariat panitia pengelola "
    "publikasi dokumentasi protokol "
    "newsdesk webadmin superadmin administrator admin mimin publisher penerbit website web release rilis rls "
    "pariwara advertorial partner mitra pembaca netizen warga relawan internship magang anonim anonymous staff "
    "editorial ustadz prof dokter khusus karena sebab design contrast then request numbers invitation associated "
    "nightfall "
    # (h268 R4) a community's or a CMS's accounts beside a writer's link ("/author/moderator/")
    "moderator sysadmin official konten content marketing sponsor "
    # (h281) a desk's or a rubric's name where the byline element holds the section ("By Nasional -", "Oleh: Ekonomi"),
    # a broadcaster's role, an internal account
    "nasional internasional ekonomi politik hukum daerah regional teknologi tekno olahraga hiburan otomotif kesehatan "
    "pendidikan megapolitan opini internal penyiar".split())
# Office and newsroom word beginnings: "Kemenkes", "Pemprov", "Pemkab", "Pemkot", "Redaksi…", "Newsroom".
_NOT_LONE_NAME_STARTS = ("kemen", "pemprov", "pemkab", "pemkot", "redaksi", "newsroom", "admin")


def _byline_line(line: str, following: str, first_after: bool, outlet_names: Sequence[str]) -> list[str]:
    # a column's footnote mark after the writer's name, its note under the story ("Oleh: Hendra Wijaya*"; h164 probe:
    # split_byline drops it, this reader kept it on the name and read no person)
    line = _without_editor_pairs(_FOOTNOTE_MARK.sub("", line))
    lead = _BYLINE_LEAD.match(line)
    if lead:
        return _labelled_names(line[lead.end():], outlet_names)
    parts = [p for p in _LINE_PARTS.split(line) if p]
    if not parts:
        return []
    if first_after and line.isupper() and len(parts) > 1:
        names = _upper_signoff_names(parts, outlet_names)
        # "BUDI HARTONO, JURNALIS": a sign-off in capitals with the writer's role, read as "Nama, Jurnalis" is below
        if names or _role_after_name(line, parts, outlet_names) != "writer":
            return names
    for index, part in enumerate(parts[1:], 1):
        if _BOTH_ROLES_PART.fullmatch(part.strip(" .")):  # "Fathan Sinaga, Redaktur & Reporter": the writer too
            continue
        if _EDITOR_START.match(part):
            if _editor_only(part, outlet_names):  # "Nama, Editor", "Nama - Redaktur Okezone": the desk's credit
                return []
            # "Dewi Kania, Reporter · Editor: Rina Marlina": the editor's credit closes the writer's line
            line = line[:line.index(part, len(parts[0]))].rstrip(" ,;|/-\u2013\u2014\u2022\u00b7")
            parts = parts[:index]
            break
    role = _role_after_name(line, parts, outlet_names)
    if role == "writer":  # "Dewi Kania, Jurnalis": the role says a person is named (2-4 name words on an edge line:
        # a single word before a role is a rubric's or an account's as often, "Sindo, Jurnalis", "Anonim, Penulis")
        name = _name_part(parts[0].strip(" ."), outlet_names)
        return [name] if name else []
    if role:  # a photographer's: only when no line names a writer (_photographer_line)
        return []
    rest = parts[1:]
    joined = _joined_names(parts[0], outlet_names)
    if joined:  # "A and B, The Jakarta Post | <date>", "A dan B, Kompas.com": both writers, when the outlet follows
        # them (two names with no outlet after them, a place and a date maybe, are a caption's or a subject's: "Sri
        # Mulyani dan Airlangga Hartarto, Kementerian Keuangan, Jakarta, Rabu, 19 Juni 2024", h156 probe)
        return joined if rest and _names_the_outlet(rest[0], outlet_names) and _one_name_line(
            line, parts, rest, following, first_after, outlet_names) else []
    name = _name_part(parts[0].strip(" ."), outlet_names)
    if name is None:
        return []
    return [name] if _one_name_line(line, parts, rest, following, first_after, outlet_names) else []


_SOURCE_NAME = re.compile(SOURCE_NAME_PATTERN, re.IGNORECASE)


def _names_the_outlet(part: str, outlet_names: Sequence[str]) -> bool:
    """Whether a byline's part is an outlet's name: the page's outlet, a domain, an agency or a paper's name ("The
    Jakarta Post", "Kompas.com", "detikinet" on detik); not a word an outlet's name may hold ("Media Center", "Tim")."""
    part = part.strip(" .")
    return bool(names_outlet(part, outlet_names) or squeeze(part) in AGENCIES or _SOURCE_NAME.fullmatch(part))


def _joined_names(part: str, outlet_names: Sequence[str]) -> list[str]:
    """The names of a part joining two or more by "and"/"dan"/"&" ("Andi Wijaya and Hasyim Rahmanto"), each a name
    (_name_part), or [] (one name, or a piece that is none)."""
    pieces = [piece.strip(" .") for piece in _AND_NAMES.split(part.strip(" .")) if piece.strip(" .")]
    if len(pieces) < 2:
        return []
    names = [_name_part(piece, outlet_names) for piece in pieces]
    return [name for name in names if name] if all(names) else []


def _role_after_name(line: str, parts: list[str], outlet_names: Sequence[str]) -> str | None:
    """"writer" or "photo" when the line's second part is a journalist's or a photographer's role (maybe with its
    desk, an outlet or a city: "Kontributor Malang", "Jurnalis Okezone") and whatever follows it is an outlet, a city or
    a date with its year ("Dewi Kania, Jurnalis · Rabu, 21 September 2016"); else None."""
    if len(parts) < 2:
        return None
    role = parts[1].strip(" .")
    rest = parts[2:]
    dated = bool(rest) and _dated_rest(line, parts[1])
    if _BOTH_ROLES_PART.fullmatch(role):
        return "writer" if not rest or dated or all(_role_desk(p, outlet_names) for p in rest) else None
    for kind, pattern in (("photo", _PHOTO_ROLE_PART), ("writer", _WRITER_ROLE_PART)):
        match = pattern.fullmatch(role)
        if match is None:
            continue
        desk = match.group("desk")
        if desk is not None and not _role_desk(desk, outlet_names):
            words = desk.split()
            if not (dated and all(w.casefold() in _ROLE_DESK_WORDS | _ROLE_RANK_WORDS for w in words)):
                return None
        if rest and not dated and not all(_role_desk(p, outlet_names) for p in rest):
            return None
        return kind
    return None


def _role_desk(text: str, outlet_names: Sequence[str]) -> bool:
    """Whether what follows a journalist's role names the outlet, a known city or region, or the desk ("Okezone",
    "Malang", "Daerah"), not a description ("Laskar Pelangi", "Lagu", "Senior")."""
    text = text.strip(" .")
    return bool(_outlet_part(text, outlet_names) or is_place(text)
                or all(w.casefold() in _ROLE_DESK_WORDS for w in text.split()))


# An editor's role with no person after it: alone, or with its rank or outlet ("Editor", "Redaktur Pelaksana",
# "Editor-in-Chief", "Editor Okezone"); "Editor Rina Marlina" / "Editor: Rina" name the editor beside the writer.
_EDITOR_ROLE_WORD = re.compile(r"(?:editor|penyunting|redaktur)\b", re.IGNORECASE)
_EDITOR_RANK_WORDS = frozenset("pelaksana senior eksekutif utama kepala bahasa foto online daring in chief at large "
                               "of the desk berita halaman".split())


def _editor_only(part: str, outlet_names: Sequence[str]) -> bool:
    """Whether a byline part is an editor's role naming nobody after it (see _EDITOR_RANK_WORDS)."""
    match = _EDITOR_ROLE_WORD.match(part.strip())
    if match is None:
        return False
    tail = part.strip()[match.end():]
    if re.match(r"\s*[:：]\s*\S", tail):  # "Editor: Rina Marlina"
        return False
    tail = tail.strip(" .:：-\u2013\u2014")
    return not tail or all(w.casefold() in _EDITOR_RANK_WORDS for w in re.split(r"[\s-]+", tail)) \
        or _outlet_part(tail, outlet_names)


def _names_title_subject(line: str, names: list[str], title: str, outlet_names: Sequence[str]) -> bool:
    """Whether a "Nama, <role>" line names the headline's subject, not its writer: the person is in the title ("Dewi
    Kania, Jurnalis" under "Dewi Kania, Jurnalis Perempuan Pertama" is a kicker); a writer's name is no headline's."""
    if _BYLINE_LEAD.match(line):
        return False
    parts = [p for p in _LINE_PARTS.split(line) if p]
    key = squeeze(title)
    return _role_after_name(line, parts, outlet_names) is not None and all(squeeze(n) in key for n in names)


def _role_named(name: str, outlet_names: Sequence[str]) -> str | None:
    """The person a name before a journalist's role names: 2-4 name words (``_name_part``), or one of at least three
    letters that is no heading, place, weekday or outlet word ("Perdiansyah, Jurnalis")."""
    return _name_part(name, outlet_names) or _one_word_name(name, outlet_names)


# One-word parts a byline joins to a name that name no person: "By A and agencies", "Oleh A dan lainnya"; a desk's or a
# newsroom's people ("By A and Contributors", "Oleh A dan Kawan", "… and Correspondents": h156 probe).
_NOT_ONE_WORD_NAMES = frozenset(
    "agencies agency others lainnya wires contributors correspondents researchers reporters writers journalists "
    "staffers editors photographers kontributor koresponden wartawan jurnalis pewarta penulis penyunting kawan "
    "kawan-kawan rekan rekan-rekan litbang mahasiswa".split())
# The outlet's domain written without its dot, one word ("Detikcom", "Kompascom"): no person's name.
_GLUED_DOMAIN = re.compile(r"[a-z]{4,}com", re.IGNORECASE)


def _collective_piece(piece: str, outlet_names: Sequence[str]) -> bool:
    """Whether a piece a byline joins to a name by and/dan/& is a desk, a newsroom's people, an agency or the outlet
    ("Tim", "Redaksi", "Staff", "Contributors", "Reuters", "Detikcom"): no person, dropped beside the names."""
    return bool(piece.casefold() in _NOT_ONE_WORD_NAMES or _GLUED_DOMAIN.fullmatch(piece)
                or _outlet_part(piece, outlet_names))


def _one_word_name(name: str, outlet_names: Sequence[str]) -> str | None:
    """A one-word name where something says a person is named (a journalist's role after it, a writer's label before
    the name it is joined to: Indonesians often have one name): at least three letters, no heading, place, weekday,
    outlet or agency word ("Perdiansyah", "Erwida"; not "Jakarta", "Rabu", "Antara", "Agencies")."""
    if (len(name) >= _MIN_ONE_WORD_NAME and _NAME_WORD.fullmatch(name) and name.casefold() not in _NOT_NAME_WORDS
            and name.casefold() not in _WEEKDAYS and name.casefold() not in _NOT_ONE_WORD_NAMES
            and not _GLUED_DOMAIN.fullmatch(name) and not _outlet_part(name, outlet_names)
            and is_person(name, outlet_names)):
        return name_case(name)
    return None


def _photographer_line(line: str, outlet_names: Sequence[str]) -> list[str]:
    """The person of a "Nama, Fotografer" line before the story (the byline's place, a photo story's credit), or []:
    taken only when no line names a writer (unlabelled_byline). A photo credit's "Foto: Nama" is never one."""
    parts = [p for p in _LINE_PARTS.split(line) if p]
    if _role_after_name(line, parts, outlet_names) != "photo":
        return []
    name = _name_part(parts[0].strip(" ."), outlet_names)
    return [name] if name else []


def _upper_signoff_names(parts: list[str], outlet_names: Sequence[str]) -> list[str]:
    """Tempo's sign-off in capitals right after the story, naming its reporters and maybe an agency:
    "ANANDA BADUDU | SUNDARI", "ANANDA BADUDU | RUSMAN PARAQBUEQ | ANTARA". In such a list a one-word name
    is a name too; a part that is neither a name nor the agency or outlet makes it no sign-off."""
    names: list[str] = []
    for part in (p.strip(" .") for p in parts):
        if _outlet_part(part, outlet_names):
            continue
        name = _name_part(part, outlet_names) or (
            name_case(part) if len(part.split()) == 1 and _NAME_WORD.fullmatch(part) and len(part) >= 3
            and part.casefold() not in _NOT_NAME_WORDS and is_person(part, outlet_names) else None)
        if name is None:
            return []
        names.append(name)
    return names


def _one_name_line(line: str, parts: list[str], rest: list[str], following: str, first_after: bool,
                   outlet_names: Sequence[str]) -> bool:
    if rest and _dated_rest(line, parts[0]):  # "Nama | Jum'at, 17 Februari 2017 - 13:30 wib": name, then date
        return True
    if rest:  # "Nama, Outlet, Kota", "Nama - detikinet"
        outlets = [p for p in rest if _outlet_part(p, outlet_names)]
        return bool(outlets) and all(p in outlets or _place_part(p) for p in rest)
    if _ROLE_LINE.fullmatch(following.strip(" .:")):  # "Dewi Kania" / "Jurnalis"
        return True
    return first_after and parts[0].isupper()  # "DINI TEJA" under the story


# ------------------------------------------------------------------ a byline the markup points at

# Elements a template marks as the byline: rel/itemprop author, a class naming the author or byline,
# or a link to an author page. Read only when every other source named no person; the first few in
# page order, outside navigation, the footer, the site's header and the boxes beside the story (sidebars, other
# stories' teasers and lists, the comments: dom.in_side_box), and short (a name, not an "about the author" box).
# Joomla's stock "createdby" (<dd class="createdby">Ditulis oleh Andi Saputra</dd>, "Written by …"; h163 probe) too.
_HINT_CLASS_WORDS = ("author", "byline", "penulis", "reporter", "writer", "createdby")
_HINT_HREF_WORDS = ("/author/", "/by/", "/penulis/", "/reporter/", "/wartawan/")  # "/by/": Mongabay
_NOT_IN_CHROME = "[not(ancestor::nav or ancestor::footer)]"
# Every class and link target of the page as plain strings: which hint words occur at all, so that the
# query tests only those (each contains() costs a string copy per attribute of the page).
_CLASS_VALUES = etree.XPath("//@class", smart_strings=False)


def page_classes(root: etree._Element) -> str:
    """Every class attribute value of the page, one per line (a class word holds no newline), read once a page."""
    return memoized(root, "page_classes", lambda: "\n".join(_CLASS_VALUES(root)))
_LINK_TARGETS = etree.XPath("//a/@href", smart_strings=False)


@lru_cache(maxsize=64)
def _hinted_query(class_words: tuple[str, ...], href_words: tuple[str, ...]) -> etree.XPath:
    """The hinted elements, in page order, for the hint words the page's attributes hold. A union of
    attribute steps, one per kind of hint: each kind is tested only on the attributes of that name
    (1.0 ms a real page where reached, against 1.5 for one predicate on every element)."""
    steps = ["//@rel[.='author']/..", "//@itemprop[.='author']/.."]
    if class_words:
        steps.append("//@class[{}]/..".format(" or ".join(f"contains(., '{word}')" for word in class_words)))
    if href_words:
        # A licence link is no author's page ("creativecommons.org/licenses/by/4.0/" holds "/by/").
        steps.append("//a/@href[({}) and not(contains(., '/licenses/'))]/..".format(
            " or ".join(f"contains(., '{word}')" for word in href_words)))
    return etree.XPath("(" + " | ".join(steps) + ")" + _NOT_IN_CHROME)


_MARKED_AUTHORS = etree.XPath("//@rel[.='author']/.. | //@itemprop[.='author']/..")


def marked_authors(root: etree._Element) -> list[str]:
    """Names the markup itself marks as the author's (rel=author, itemprop=author), wherever they stand (a
    page header too) but in a box beside the story (``dom.in_side_box``: a related story's card, a sidebar's
    column box, a comment): the byline a reader sees as "By <name>"."""
    if not isinstance(root, etree._Element):
        return []
    names = []
    for element in _MARKED_AUTHORS(root):
        if element.tag in ("meta", "link") or in_side_box(element):
            continue
        text = _text_within(element, _HINTED_CHARS)
        names += split_byline(_without_report_label(element, _unlabelled(text))) if text else []
    return list(dict.fromkeys(names))


_MICRODATA_EDITORS = etree.XPath("//@itemprop[.='editor']/..")


def microdata_editors(root: etree._Element) -> list[str]:
    """Names the page's microdata gives as the story's editor (``itemprop="editor"``: an element's text, a <meta>'s
    content; an Organization's item is no one): editor credits as a label's are ("Editor: <span itemprop=editor>…",
    antaranews 2016), JSON-LD's ``editor`` in markup."""
    if not isinstance(root, etree._Element):
        return []
    names: list[str] = []
    for element in _MICRODATA_EDITORS(root):
        if "Organization" in (element.get("itemtype") or ""):
            continue
        text = (" ".join((element.get("content") or "").split()) if element.tag == "meta"
                else _text_within(element, _HINTED_CHARS))
        names += split_byline(_unlabelled(text)) if text else []
    return list(dict.fromkeys(names))


def _hinted_elements(root: etree._Element) -> Iterator[etree._Element]:
    """Elements a template marks as the byline (above), outside navigation and the footer, the site's
    header (``in_masthead``: the article's own ``<header>``, holding its h1 or inside ``<article>``, is where
    tagDiv puts the byline) and the boxes beside the story (``dom.in_side_box``: a sidebar, the comments, teasers
    of other stories: a "Terpopuler" list item, a "Berita Lainnya" card, each its own story's headline link beside
    its writer).

    The hint words are looked for first in the page's classes and link targets, joined (a word holds no
    newline, so it is found in the joined text only inside one value). On the 37 real pages the classes
    hold at most two of the hint words (five then), the link targets at most one of the four."""
    return (element for element in _hinted_candidates(root) if not _beside_story(root, element))


def _hinted_candidates(root: etree._Element) -> list[etree._Element]:
    """The elements the hint query finds (``_hinted_elements`` before its box tests), once a page."""
    return memoized(root, "hinted_candidates", lambda: _hinted_query_elements(root))


def _hinted_query_elements(root: etree._Element) -> list[etree._Element]:
    classes = page_classes(root)
    targets = "\n".join(_LINK_TARGETS(root))
    # A PascalCase or camelCase class names its words capitalised: a CSS module's component ("AuthorChip_name__R2d0q",
    # detik 2026: h310 C), "postAuthor". The same word, read as the lower-case one is (the same box tests after).
    words = [word for word in _HINT_CLASS_WORDS if word in classes]
    words += [word.capitalize() for word in _HINT_CLASS_WORDS if word.capitalize() in classes]
    query = _hinted_query(tuple(words),
                          tuple(word for word in _HINT_HREF_WORDS if word in targets))
    return [element for element in query(root) if element.tag not in ("meta", "link")]


def _beside_story(root: etree._Element, element: etree._Element) -> bool:
    """Whether a hinted element stands in the site's header (``in_masthead``) or a box beside the story
    (``dom.in_side_box``): asked of each element at most once a page, and only of those a reader would otherwise keep
    (each test walks up the page and reads the teasers' links: 0.1-0.5 ms an element)."""
    known: dict[etree._Element, bool] = memoized(root, "hinted_beside", dict)
    if element not in known:
        known[element] = in_masthead(element) or in_side_box(element)
    return known[element]


_HINTED_MAX = 3
_HINTED_CHARS = 80


def hinted_bylines(root: etree._Element, outlet_names: Sequence[str] = (), writers_only: bool = False,
                   labelled_only: bool = False) -> list[str]:
    """Persons named by the first elements the markup marks as the author's (_hinted_elements): each
    part of their text must read as a name (2-4 capitalised words), as an unlabelled byline's must.
    ``writers_only``: not an element whose text opens with an editor's label ("Editor: A" in a class "author" box)
    or follows one (``_text_before``). ``labelled_only``: only elements whose text opens with a writer's label."""
    if not isinstance(root, etree._Element):
        return []
    # Once a page for each form (a source of choose_authors and the byline's marks, byline_writers, read the same).
    return list(memoized(root, f"hinted_bylines\n{writers_only}\n{labelled_only}\n" + "\n".join(outlet_names),
                         lambda: _hinted_bylines(root, outlet_names, writers_only, labelled_only)))


def _article_of(element: etree._Element) -> etree._Element | None:
    """The OUTERMOST <article> holding ``element`` (h313 R3: a live blog's entries are <article>s inside the page's
    own; the nearest one would make each entry another story)."""
    articles = [node for node in element.iterancestors() if node.tag == "article"]
    return articles[-1] if articles else None


_HEADLINES = etree.XPath("(.//h1 | .//h2 | .//h3)[normalize-space()]")


def _headline_key(heading: etree._Element) -> str:
    return " ".join("".join(heading.itertext()).split()).casefold()


def _in_other_article(first: etree._Element, later: etree._Element) -> bool:
    """Whether ``later`` sits in another story's ``<article>`` than ``first``: another outermost <article> (neither
    holding the other) that holds its own headline (h1-h3) naming another story than the first's (an infinite feed's
    next story, detik 2026: each story an <article> with its own headline and AuthorChip, h310 C). A live blog's
    entries (<article>s inside the page's, no headline of their own: h313 R3) are the same story's."""
    mine, theirs = _article_of(first), _article_of(later)
    if mine is None or theirs is None or mine is theirs:
        return False
    theirs_headlines = {_headline_key(heading) for heading in _HEADLINES(theirs)}
    return bool(theirs_headlines - {_headline_key(heading) for heading in _HEADLINES(mine)})


def _hinted_bylines(root: etree._Element, outlet_names: Sequence[str], writers_only: bool,
                    labelled_only: bool) -> list[str]:
    texts: list[str] = []
    elements: list[etree._Element] = []
    # The elements of _hinted_elements, each kept by tests of its text first and of its box last (_beside_story, the
    # costly one): all are read-only, so the order decides nothing but the cost. An element with no short text, or
    # one already kept, is never kept, whatever its box; the first _HINTED_MAX kept are those kept in page order.
    for element in _hinted_candidates(root):
        text = _text_within(element, _HINTED_CHARS)
        if not text or text in texts:
            continue
        if writers_only and (_EDITOR_LED.match(text) or _EDITOR_LABEL_END.search(_text_before(element))):
            continue
        if labelled_only and not _WRITER_LED.match(text):
            continue
        if _editor_named_only(text, outlet_names):  # "Dewi Kania, <b>Editor</b>": the desk's credit
            continue
        if _in_photo(element):  # (h268 R5) a photo's credit in its caption or box, "Foto - Andi Saputra"
            continue
        if _beside_story(root, element):
            continue
        if elements and _in_other_article(elements[0], element):
            continue  # (h310 C) the scroll feed's next story, in its own <article>: its writer's chip is not ours
        texts.append(text)
        elements.append(element)
        if len(texts) >= _HINTED_MAX:
            break
    # A credit that names its role after the name as editor ("Rahmat Hidayat Editor", ntvnews .penulis
    # blocks) credits the desk, not the writer.
    # The element is the byline: after a spaced dash or bar comes the rubric, outlet or date, never a name
    # ("Afif Farhan - Sepakbola", detik 2022).
    # "Andi Saputra (Kontributor Malang)": the bracketed desk or outlet is no part of the name.
    # In a labelled byline ("By : Nadia Larasati & Erwida") a one-word name joined to a name is a name (h153 probe).
    names: list[str | None] = []
    for element, text in zip(elements, texts):
        if len(element) and (_PROSE_WORD.search(text) or _SENTENCE_END_MARK.search(text)):
            text = _before_bio(element, text)
            if not text:
                continue
        role_marked = _role_marked_name(element, text, outlet_names)
        if role_marked:
            names.append(role_marked)
            continue
        # a rubric before the name ("News - Houtmand P Saragih, CNBC Indonesia", h262 C1) before the dash's cut
        unlabelled = without_rubric_lead(_unlabelled(_writers_over_media([text])[0]), page_section_words(root),
                                         outlet_names)
        parts = [_ROLE_OR_DAY_TAIL.sub("", _BARE_WRITER_ROLE.sub("", strip_affiliation(part, outlet_names)))
                 for part in split_byline(_without_report_label(element, _SPACED_BAR.split(unlabelled)[0],
                                                                outlet_names))
                 if not _EDITOR_TAIL.search(part)]
        found = [_name_part(part, outlet_names) for part in parts]
        lead = _BYLINE_LEAD.match(text)
        if len(found) == 1 and not found[0] and not lead and not any(names) and _writer_named_element(element) \
                and squeeze(parts[0]) == squeeze(text) and _links_own_writer_page(element, parts[0]):
            # (h262 C3) one word, the whole text of an element whose class or id names the writer (sindonews 2017's
            # <div class="reporter"><p><a href="…/blog/11/kiswondari">Kiswondari</a></p></div>): a name as after a
            # writer's label, with the same refusals (_lone_labelled_name: no outlet, office, CMS account, role, short
            # acronym: "Newsdesk", "Admin"). Only with the writer's own evidence (h268 R1-R4: a byline's category or
            # date, a box's button, a commenter, a desk's account, another outlet's brand, a town were taken): no
            # earlier element named a person, and the element links to a writer's page whose slug is that word
            found = [_lone_labelled_name(parts[0], outlet_names)]
        if len(found) > 1 and any(found) and lead:
            found = [name or (_one_word_name(part, outlet_names) if _joined_to_a_name(text, part) else None)
                     for name, part in zip(found, parts)]
        elif len(found) == 1 and not found[0] and lead:
            # "By : Sheany" (Jakarta Globe 2016's span.author, h256 probe): one word alone after the label is a name
            # where the labelled line's reader takes it (_labelled_names: the line ends there or at a separator)
            lone = _labelled_names(text[lead.end():], outlet_names)
            found = lone if len(lone) == 1 and squeeze(lone[0]) == squeeze(parts[0]) else found
        names += _without_editor_classed(element, found)
    return list(dict.fromkeys(name for name in names if name))


# A function word of prose in lower case: an author box's bio under the name ("Jurnalis Borneo24 yang meliput Samarinda
# dan Kutai Kartanegara.", h167 probe: its "dan" split off "Kutai Kartanegara" as a second writer).
_PROSE_WORD = re.compile(r"(?-i:\b(?:yang|adalah|merupakan|meliput|sejak|bagi|untuk|kepada|tentang|who|covers|is|has|for)\b)")
_PROSE_LINE_WORDS = 3
# A line of four words or more closed by a sentence's end ("Meliput Balikpapan dan Penajam Paser Utara.").
_SENTENCE_LINE_WORDS = 4
_SENTENCE_END_MARK = re.compile(r"[a-z][.!?]\s*$", re.MULTILINE)


def _before_bio(element: etree._Element, text: str) -> str:
    """A byline element's lines (one per block, _lines_of) before the first that reads as prose (three words or more,
    one of them a prose function word in lower case): the name over its bio, never a name out of the bio."""
    kept: list[str] = []
    for line in _lines_of(element, text).split("\n"):
        words = len(line.split())
        # the name's own line always stands (its "3 jam yang lalu", its "M.Si." are no bio: h169 probe); a degree
        # closing a line is no sentence's end
        if kept and ((words >= _PROSE_LINE_WORDS and _PROSE_WORD.search(line)) or (
                words >= _SENTENCE_LINE_WORDS and _SENTENCE_END_MARK.search(line)
                and not only_degrees(line.rsplit(",", 1)[-1]))):
            break
        if line.strip():
            kept.append(line)
    return "\n".join(kept)


# A class naming an editor: one of its words (split at spaces, "-" and "_") an editor's, none a writer's
# ("mca-editor", "editor-name", "redaktur"; not "author-editor" nor "byline editor", which may box both, nor
# "editorial", "editors-pick").
_EDITOR_CLASS_WORDS = ("editor", "redaktur", "penyunting")
_EDITOR_CLASS_WORD = re.compile(r"^(?:editor|redaktur|penyunting)$")
_WRITER_CLASS_WORD = re.compile(r"^(?:author|byline|penulis|reporter|writer|wartawan|pewarta)$")


def editor_class(value: str | None) -> bool:
    """Whether a class attribute names an editor (``_EDITOR_CLASS_WORD``) and no writer (``_WRITER_CLASS_WORD``)."""
    words = re.split(r"[-_\s]+", (value or "").lower())
    return any(_EDITOR_CLASS_WORD.match(word) for word in words) and not any(
        _WRITER_CLASS_WORD.match(word) for word in words)


_EDITOR_MARKED_BELOW = etree.XPath(".//*[@itemprop='editor' or ({})]".format(
    " or ".join(f"contains(@class, '{word}')" for word in _EDITOR_CLASS_WORDS)))


def _without_editor_classed(element: etree._Element, names: list[str | None]) -> list[str | None]:
    """A byline element's names without those an element inside it marks up as the editor's (an editor's class,
    ``editor_class``, or microdata's ``itemprop="editor"``), when another name is left: viva 2023's ``<div
    class="mca-author"><a>Foe Peace Simbolon</a>, <span class="mca-editor">Anwar Sadat</span></div>`` shows the writer,
    then the editor, with no label (h162 probe). A lone name stays (the template's byline whatever its class says)."""
    if sum(1 for name in names if name) < 2:
        return names
    marked: set[str] = set()
    for node in _EDITOR_MARKED_BELOW(element):
        if node.get("itemprop") == "editor" or editor_class(node.get("class")):
            text = _text_within(node, _HINTED_CHARS)
            if text:
                marked.update(squeeze(name) for name in split_byline(_unlabelled(text)))
    if not marked:
        return names
    kept = [name for name in names if not name or squeeze(name) not in marked]
    return kept if any(kept) else names


def _in_photo(element: etree._Element) -> bool:
    """Whether a byline-classed element is a photo's credit: in a <figure>, a caption or a photo's box (``dom``)."""
    return bool(element.xpath("ancestor-or-self::figure")) or in_caption(element) or in_photo_box(element)


def _writer_named_element(element: etree._Element) -> bool:
    """Whether the element's class or id names the writer's name: one of its tokens (split at spaces) holds a writer's
    word (``_WRITER_CLASS_WORD``: "reporter", "author", "penulis") followed by nothing or by a name's word only
    ("author-name", "byline-author", "td-post-author-name"; not "byline-cat", "byline-date", "author-follow",
    "author-box": h268 R1, R2), none a photo's ("photo-author"), the value naming no editor (``editor_class``)."""
    for value in (element.get("class"), element.get("id")):
        if not value or editor_class(value):
            continue
        for token in value.lower().split():
            words = [word for word in re.split(r"[-_]+", token) if word]
            last = max((index for index, word in enumerate(words) if _WRITER_CLASS_WORD.match(word)), default=None)
            if last is not None and all(word in _NAME_CLASS_WORDS for word in words[last + 1:]) \
                    and not any(word in _PHOTO_CLASS_WORDS for word in words):
                return True
    return False


_NAME_CLASS_WORDS = frozenset(("name", "nama", "link", "url"))
_PHOTO_CLASS_WORDS = frozenset(("photo", "foto", "image", "img", "caption", "credit"))
# A writer's page: /author/{slug}, /penulis/{slug}, /reporter/{slug}, /profile/{slug}, sindonews 2017's
# /blog/{n}/{slug} (h262 H, h268)
_WRITER_PAGE_PATH = re.compile(r"/(?:authors?|penulis|reporter|wartawan|pewarta|writer|profile|profil|blog)/"
                               r"(?:\d+/)?(?P<slug>[^/?#]+)/?$", re.IGNORECASE)
_PAGE_LINKS = etree.XPath("//a[@href]")


def _links_own_writer_page(element: etree._Element, word: str) -> bool:
    """Whether a byline element's one word is its writer's by the link it carries (the element's own, its only one
    inside, or the one around it): a writer's page (``_WRITER_PAGE_PATH``) whose slug is the word
    ("…/author/kiswondari/", "…/blog/11/kiswondari"), and no other link of the page names the word as a desk or tag
    (a nav's "/category/ekonomi/" beside "/author/ekonomi/": h268 R4)."""
    links = [node for node in (element, *element.iterancestors("a")) if node.tag == "a" and node.get("href")]
    inside = element.xpath(".//a[@href]")
    links += inside if len(inside) == 1 else []
    key = squeeze(word)
    if not key or not any(_writer_page_slug(link.get("href")) == key for link in links):
        return False
    for link in _PAGE_LINKS(element.getroottree().getroot()):
        href = link.get("href") or ""
        path = urlsplit(href.strip()).path
        segments = [segment for segment in path.split("/") if segment]
        if segments and squeeze(segments[-1]) == key and _writer_page_slug(href) is None:
            return False
    return True


def _writer_page_slug(href: str | None) -> str | None:
    """The squeezed slug of a writer page's URL (``_WRITER_PAGE_PATH``), None for another URL."""
    match = _WRITER_PAGE_PATH.search(urlsplit((href or "").strip()).path)
    return squeeze(match.group("slug")) if match else None


# The page's own sections as the page names them: its article:section meta and its URL's (canonical, og:url) first
# path segment before the slug, as section_words (without_rubric_lead: "News - Houtmand P Saragih" on /news/…).
_SECTION_VALUES = etree.XPath("//meta[@property='article:section' or @name='article:section']/@content"
                              " | //link[@rel='canonical']/@href | //meta[@property='og:url']/@content",
                              smart_strings=False)


def section_words(text: str) -> str:
    """A section's name as its words, case-folded, one space apart: "Cuap Cuap Cuan" and "cuap-cuap-cuan" compare,
    "Andi Saputra" and "andisaputra" do not (h268)."""
    return " ".join(_SECTION_WORD.findall(text.casefold()))


_SECTION_WORD = re.compile(r"[^\W_]+")


def page_section_words(root: etree._Element) -> frozenset[str]:
    """The page's section names, as ``section_words`` (``_SECTION_VALUES``), read once a page."""
    def read() -> frozenset[str]:
        words: set[str] = set()
        for value in _SECTION_VALUES(root):
            if "/" not in value:
                words.add(section_words(value))
                continue
            segments = [segment for segment in urlsplit(value.strip()).path.split("/") if segment]
            if len(segments) > 1 and not any(char.isdigit() for char in segments[0]):
                words.add(section_words(segments[0]))
        return frozenset(word for word in words if word)
    return memoized(root, "page_section_words", read) if isinstance(root, etree._Element) else frozenset()


def _joined_to_a_name(text: str, word: str) -> bool:
    """Whether a byline's text joins ``word`` to another name by "and"/"dan"/"&" ("Nadia Larasati & Erwida")."""
    word = re.escape(word)
    return re.search(rf"(?:(?:^|\s)(?:and|dan)\s+|&\s*){word}(?!\w)|(?<!\w){word}\s*(?:&|\s(?:and|dan)\s)", text,
                     re.IGNORECASE) is not None


# A role word marked up alone after the byline's name (okezone 2018's div.namerep "Perdiansyah, <b>Jurnalis</b> · Rabu
# 09 Mei 2018 14:02 WIB", h124 probe; the 2015 form puts it on a line of its own: _ROLE_LINE).
_ROLE_MARKUP = etree.XPath(".//*[self::b or self::strong or self::span]")
_MIN_ONE_WORD_NAME = 3


def _role_marked_name(element: etree._Element, text: str, outlet_names: Sequence[str]) -> str | None:
    """The name before a writer's role word the element marks up alone ("Perdiansyah, <b>Jurnalis</b> · <date>"), the
    rest (the role, the date) cut off, or None. The role says a person is named: one name word is a name here."""
    for node in _ROLE_MARKUP(element):
        role = collapsed_lines(" ".join(text_pieces(node, LINE_MARK))).strip(" .,:")
        if not _ROLE_LINE.fullmatch(role):
            continue
        match = re.search(rf"[\s,]{re.escape(role)}\b", text)
        name = text[:match.start()].strip(" ,-\u2013\u2014|\u00b7") if match else ""
        return _role_named(name, outlet_names)
    return None


_LABEL_BEFORE_CHARS = 40
# How far up a name's label is looked for: a credit box's label row and its name's card (A2b: a label row, then a
# row > card > link) lie within a few levels; above them lies the story.
_LABEL_LEVELS = 4
_BLOCK_ROOTS = frozenset(("article", "main", "body", "html"))


# A report's label with no colon before the byline's name (h111 probe: suarasurabaya's div.reporter "Laporan <b>Anggi
# Widya Permani</b>"), the rest's first word then (_REPORT_RUBRIC_WORDS: no rubric's or common word).
_BARE_REPORT_LABEL = re.compile(rf"(?:laporan|liputan)\s+(?=(?-i:[A-Z]))(?!{_REPORT_RUBRIC_WORDS}\b)", re.IGNORECASE)
_NAME_MARKUP = etree.XPath(".//*[self::b or self::strong or self::a or self::em or self::i or self::span]")


def _without_report_label(element: etree._Element, text: str, outlet_names: Sequence[str] = ()) -> str:
    """A byline element's text without a report's label that has no colon ("Laporan <b>A</b>" → "A"), where the rest
    is a byline's name: marked in the element's own markup (<b>, <a> … holding it alone, the label outside it), or two
    or more words that are a person's. The whole text first: a name the outlet's ("Liputan Bogor" on its site), one
    markup element holding it all (an account "Liputan Islam" linking /author/liputan-islam/) or a lone common word
    after the label ("Laporan Warga") is a display name, no credit; it then stays whole (no person: is_person)."""
    match = _BARE_REPORT_LABEL.match(text)
    if not match or (outlet_names and (names_outlet(text, outlet_names) or outlet_in_name(text, outlet_names))):
        return text
    rest = text[match.end():].strip()
    marked = any(collapsed_lines(" ".join(text_pieces(node, LINE_MARK))) == rest for node in _NAME_MARKUP(element))
    if marked or (len(rest.split()) >= 2 and all(word[:1].isupper() for word in rest.split())
                  and is_person(rest, outlet_names)):
        return rest
    return text


def _text_before(element: etree._Element) -> str:
    """The nearest text before ``element`` in document order within its credit block: the last few characters
    before it inside its smallest ancestor (up to ``_LABEL_LEVELS`` up, never the article or page itself) that holds
    any text before it. "Editor : <a>" in the same span, "<dt>Editor</dt><dd><span><a>", a label row before the
    row holding the name's card (h103 probe: the grandparent alone missed the last two)."""
    child, scope = element, element.getparent()
    for _ in range(_LABEL_LEVELS):
        if scope is None or not isinstance(scope.tag, str) or scope.tag in _BLOCK_ROOTS:
            return ""
        parts: list[str] = []
        if scope.text:
            parts.append(scope.text)
        for sibling in scope:
            if sibling is child:
                break
            if isinstance(sibling.tag, str) and sibling.tag not in ("script", "style"):
                parts.append("".join(sibling.xpath(".//text()[not(ancestor::script) and not(ancestor::style)]")))
            if sibling.tail:
                parts.append(sibling.tail)
        # What the element's own ancestors below ``scope`` hold before it was read at the levels below (blank there).
        before = "".join(parts)
        if before.strip():
            return before[-_LABEL_BEFORE_CHARS:]
        child, scope = scope, scope.getparent()
    return ""


def _writer_labelled(element: etree._Element) -> bool:
    """Whether a byline element's text opens with a writer's label ("Penulis: Dedi Kurnia", "Reporter : A")."""
    text = _text_within(element, _HINTED_CHARS)
    return bool(text and _WRITER_LED.match(text))


def byline_writers(root: etree._Element, outlet_names: Sequence[str] = ()) -> list[str]:
    """Names the markup says wrote the story: rel=author / itemprop=author (``marked_authors``), and the byline
    elements a template marks as the author's (``hinted_bylines``: an author/byline class, a link to the person's
    author page) — choose_authors' ``byline_marked``, writer evidence against an editor label elsewhere (h98 probe:
    radarbanjarmasin's byline links /author/muhammad-syarafuddin, a footer says "Editor: Muhammad Syarafuddin").
    When such an element labels its writer ("Penulis: Dedi Kurnia"), the page has said who wrote it: an unlabelled
    author card elsewhere (a credit box's editor, linking /author/…) is no writer evidence (h103 probe A3)."""
    if isinstance(root, etree._Element) and any(_writer_labelled(element) for element in
                                                islice(_hinted_elements(root), _HINTED_MAX)):
        hinted = hinted_bylines(root, outlet_names, writers_only=True, labelled_only=True)
    else:
        hinted = hinted_bylines(root, outlet_names, writers_only=True)
    return list(dict.fromkeys([*marked_authors(root), *hinted]))


def _unlabelled(byline: str) -> str:
    """The byline without its leading label ("Oleh - Nama" → "Nama")."""
    return _LEADING_LABEL.sub("", byline.strip(" \t:：|/-–—")).strip(" \t:：|/-–—")


_SPACED_BAR = re.compile(r"\s+[-\u2013\u2014|\u2022\u00b7]\s+")
# A name followed by an editor's role: a desk credit, never a byline.
_EDITOR_TAIL = re.compile(r"\s(?:editor|penyunting|redaktur)$", re.IGNORECASE)
# The same after a comma or a spaced separator, the element's first name then the editor's ("Dewi Kania, <b>Editor</b>",
# "Rahmat Hidayat - Redaktur Pelaksana"); not a later label with its colon ("A, Editor: B": _OTHER_CREDIT cuts it).
_EDITOR_AFTER_NAME = re.compile(r"[^,|\u2022\u00b7]{1,60}?(?:\s*,\s*|\s+[-\u2013\u2014|\u2022\u00b7]\s+)"
                                r"(?=(?:editor|penyunting|redaktur)\b(?!\s*[:：]))", re.IGNORECASE)
# A writer's role word opening the element with no colon, then the name ("Penulis Andi Hartik | Editor Khairina":
# kompas; "Reporter Dewi Kania - Redaktur Rina Marlina"): the label, cut before the name is judged.
_BARE_WRITER_ROLE = re.compile(r"^(?:penulis|reporter|wartawan|jurnalis|pewarta|kontributor|koresponden)\s+"
                               r"(?=(?-i:[A-Z]))", re.IGNORECASE)


def _editor_named_only(text: str, outlet_names: Sequence[str]) -> bool:
    """Whether a byline element names an editor only: its first name, then an editor's role with nothing but a rank,
    desk or outlet after it ("Dewi Kania, <b>Editor</b>", "Rahmat Hidayat - Redaktur Pelaksana"). Not when a name
    follows the role ("Dewi Kania | Editor Rina Marlina": the first is the writer), nor a labelled editor ("A, Editor:
    B": _OTHER_CREDIT cuts it), nor a writer's label before the name ("Penulis: A, Editor B")."""
    if _WRITER_LED.match(text) or _BARE_WRITER_ROLE.match(text.strip()):
        return False
    text = _unlabelled(text)
    match = _EDITOR_AFTER_NAME.match(text)
    if match is None:
        return False
    role = _LINE_PARTS.split(text[match.end():])[0]
    return _editor_only(role, outlet_names)
# A role or a weekday glued after the name in the same element ("Irfan Kamil Penulis", "Dewi Kania
# Jurnalis", "Rina Lestari Rabu, 19 Juni 2024" once split): cut before the name is judged.
_ROLE_OR_DAY_TAIL = re.compile(
    r"(?:\s+(?:penulis|jurnalis|reporter|wartawan|pewarta|kontributor|koresponden|editor|penyunting|redaktur"
    r"|senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad))+$", re.IGNORECASE)
