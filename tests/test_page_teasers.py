"""A paged story's teaser of its next page, cut with an ellipsis, once the next page is read (h180 probe).

Real form (viva 2020, a story over three pages): each page ends with a box
``<div class="next-page-teaser"><a href="…?page=2"><span>Halaman Selanjutnya</span></a><p>Anies menjelaskan, selama
masa perpanjangan, pemerintah akan memperketat pengawasan terhadap perkantoran…</p></div>``: the label (pager residue)
over the opening words of the next page's first paragraph, cut mid-sentence with "…". With the pages joined, the cut
copy stood before the paragraph it announces (viva: 10 paragraphs for 8). A whole-sentence teaser was already caught
as a split copy; a cut one is no copy of a block, nor of its sentences.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from inprocess import crawl_in_process
from newscrawl.cleaning import block_key, cut_page_teasers, drop_duplicate_blocks, strip_residue
from replay import Route, routes_from_fixtures

QUIET = {"AUTOTHROTTLE_ENABLED": False}  # in process there is no engine to throttle

P3 = "“Kami memutuskan untuk memperpanjang PSBB masa transisi fase pertama. Belum ada pelonggaran baru,” kata Anies."
P4 = ("Anies menjelaskan, selama masa perpanjangan, pemerintah akan memperketat pengawasan terhadap perkantoran yang "
      "melanggar ketentuan kapasitas 50 persen karyawan. Sejumlah kantor sudah ditutup sementara.")
P5 = "Selain perkantoran, pengawasan juga akan difokuskan pada pasar tradisional dan transportasi umum."
CUT = "Anies menjelaskan, selama masa perpanjangan, pemerintah akan memperketat pengawasan terhadap perkantoran"


@pytest.mark.parametrize(("blocks", "page_starts", "teasers"), [
    # viva: the teaser ends page 1, page 2 opens with its paragraph
    ([P3, CUT + "…", P4, P5], [2], {1}),
    # the other ellipsis forms, a space before the mark, a cut mid-word, quotes typed otherwise
    ([P3, CUT + " ...", P4, P5], [2], {1}),
    ([P3, CUT + ". . .", P4, P5], [2], {1}),
    ([P3, CUT + " […]", P4, P5], [2], {1}),
    ([P3, CUT[:-6] + "…", P4, P5], [2], {1}),
    ([P3, "\"Kami memutuskan untuk memperpanjang PSBB…", P3, P5], [2], {1}),
    # the next page opens with a repeat of the page before (or a sub-heading): its second block is announced
    ([P3, P5, CUT + "…", P5, P4], [3], {2}),
    # no page edge there: a line trailing off before the line it opens is a poem's, a song's, a quiz's blank (h183)
    ([P3, CUT + "…", P4, P5], [], set()),
    (["Ibu, engkau adalah pelita…", "Ibu, engkau adalah pelita di kala gelap menyelimuti langkahku",
      "Ibu, engkau adalah samudra…", "Ibu, engkau adalah samudra yang tak pernah kering oleh doa"], [], set()),
    (["Teks proklamasi kemerdekaan Indonesia dibacakan oleh…",
      "Teks proklamasi kemerdekaan Indonesia dibacakan oleh Ir. Soekarno didampingi Mohammad Hatta."], [], set()),
    # a paragraph that merely ends in an ellipsis stays: the next page opens otherwise
    ([P3, "Ia enggan menjawab ketika ditanya soal sanksi bagi perkantoran yang melanggar…", P4, P5], [2], set()),
    ([P3, CUT + "…", P5, P3], [2], set()),
    # the words it repeats stand farther than the next page's first blocks, or on a page after the next one
    ([CUT + "…", P3, P5, P3, P4], [1], set()),
    ([P3, CUT + "…", P5, P4], [2, 3], set()),
    # too few words to tell a teaser from a paragraph's common opening
    (["Namun…", "Namun polisi belum menetapkan tersangka dalam kasus tersebut hingga kini."], [1], set()),
    # the same words whole, no cut: an exact copy, the duplicate rule's
    ([P3, P4, P4], [2], set()),
])
def test_cut_page_teasers(blocks: list[str], page_starts: list[int], teasers: set[int]) -> None:
    assert cut_page_teasers(blocks, [block_key(block) for block in blocks], page_starts) == teasers


def test_the_teaser_goes_and_the_page_edges_stay_right() -> None:
    """Dropped before the copies are judged: page 2's edge moves with it (a repeat at page 2's edge is judged there)."""
    body = strip_residue([P3, "Halaman Selanjutnya", CUT + "…", P4, P5])
    assert drop_duplicate_blocks(body, page_starts=[2]) == [P3, P4, P5]
    ellipsis_paragraph = "Ia enggan menjawab ketika ditanya soal sanksi bagi perkantoran yang melanggar…"
    assert drop_duplicate_blocks([P3, ellipsis_paragraph, P4], page_starts=[2]) == [P3, ellipsis_paragraph, P4]


VIVA = Path(__file__).parent / "sites" / "viva"
CASE = json.loads((VIVA / "multipage.json").read_text(encoding="utf-8"))
ARTICLE = CASE["url"]
BODY = CASE["body"]  # page 1: BODY[0:2], page 2: BODY[1] again then BODY[2:4], page 3: BODY[4]


def _teaser_box(page: int, paragraph: str, cut: int) -> str:
    words = paragraph.split()
    return (f'<div class="next-page-teaser"><a href="{ARTICLE}?page={page}"><span>Halaman Selanjutnya</span></a>'
            f'<p>{" ".join(words[:cut])}…</p></div>')


def test_viva_teasers_of_the_next_pages_go_through_the_spider() -> None:
    """The reconstructed three-page viva story (tests/sites/viva/multipage*.html) with viva 2020's teaser box closing
    pages 1 and 2. Page 2 opens with a repeat of page 1's last paragraph, so page 1's teaser announces page 2's
    second block."""
    routes = routes_from_fixtures(VIVA)
    for url, paragraph, box in ((ARTICLE, BODY[1], _teaser_box(2, BODY[2], 9)),
                                (f"{ARTICLE}?page=2", BODY[3], _teaser_box(3, BODY[4], 7))):
        html = routes[url].body.decode("utf-8")
        closing = f"<p>{paragraph}</p>\n"
        assert closing in html, url
        routes[url] = Route(html.replace(closing, closing + box, 1).encode("utf-8"), headers=routes[url].headers)
    [item] = crawl_in_process("viva", routes, f"url={ARTICLE}", settings=QUIET).items
    assert item["missing_pages"] == []
    assert item["body"] == BODY
