"""A paged article's repeats and residue, read through the real detik spider and pipelines in process (h40 probe).

Each case edits the reconstructed three-page detik article (tests/sites/detik/multipage*.html: page 1 holds the
dateline "<strong>Jakarta</strong> -" and three paragraphs, page 2 two, page 3 two) the way the probe found real pages
shaped: a later page that repeats some of page 1 around its new text, a short line the story itself prints twice, a
paragraph with residue inside it. The cleaning must drop the page overlap and the residue, and nothing of the story.
"""
from __future__ import annotations

import json
from pathlib import Path

from inprocess import crawl_in_process
from replay import Route, routes_from_fixtures

QUIET = {"AUTOTHROTTLE_ENABLED": False}  # in process there is no engine to throttle
DETIK = Path(__file__).parent / "sites" / "detik"
CASE = json.loads((DETIK / "multipage.json").read_text(encoding="utf-8"))
ARTICLE = CASE["url"]
BODY = CASE["body"]  # page 1: BODY[0:3], page 2: BODY[3:5], page 3: BODY[5:7]
PAGE_2 = f"{ARTICLE}/2"
NEW = "Kepala dinas menyatakan akan memantau perkembangan itu secara saksama bersama aparat kecamatan setempat."


def _text(block: str) -> str:
    """A body block as the fixture's HTML holds it (page 1's dateline stands in its own <strong>)."""
    return block.removeprefix("Jakarta - ")


def crawl(after: dict[tuple[str, int], list[str]],
          before: dict[tuple[str, int], list[str]] | None = None) -> list[str]:
    """The article's body with the HTML fragments ``after[(page url, i)]`` inserted after that page's paragraph
    holding BODY[i] (``before[(page url, i)]``: before it)."""
    routes = routes_from_fixtures(DETIK)
    edits = [(key, fragments, False) for key, fragments in after.items()]
    edits += [(key, fragments, True) for key, fragments in (before or {}).items()]
    for (url, index), fragments, ahead in edits:
        html = routes[url].body.decode("utf-8")
        paragraph = f"<p>{_text(BODY[index])}</p>"
        assert paragraph in html, (url, index)
        inserted = "".join(fragments)
        html = html.replace(paragraph, inserted + paragraph if ahead else paragraph + inserted, 1)
        routes[url] = Route(html.encode("utf-8"), headers=routes[url].headers)
    [item] = crawl_in_process("detik", routes, f"url={ARTICLE}", settings=QUIET).items
    assert item["missing_pages"] == []
    return item["body"]


def test_a_short_value_line_the_story_prints_on_two_pages_stays():
    """(h40 probe: a travel story's ticket price under the attraction on page 1 and again under another on page 2;
    the same vox-pop question before each answer) a lone short line repeated between new paragraphs was taken for
    a page overlap and dropped from page 2."""
    price, question = "Harga tiket masuk: Rp 10.000", "Bagaimana tanggapan Anda soal penutupan jalan?"
    answer = "Budi (45), sopir ojek daring: Jelas merepotkan, tetapi saya maklum karena acaranya hanya semalam."
    other = "Siti (38), pedagang kaki lima: Justru ramai pembeli, dagangan saya biasanya habis sebelum tengah malam."
    body = crawl({(ARTICLE, 1): [f"<p>{price}</p>", f"<p>{question}</p>", f"<p>{answer}</p>"],
                  (PAGE_2, 3): [f"<p>{price}</p>", f"<p>{NEW}</p>", f"<p>{question}</p>", f"<p>{other}</p>"]})
    assert body == [*BODY[:2], price, question, answer, BODY[2], BODY[3], price, NEW, question, other,
                    *BODY[4:]]


def test_a_paragraph_ending_in_a_photo_credit_loses_the_credit_only():
    """(h40 probe: a regional template's "<em>(Foto: Antara/…)</em>" after a paragraph's last sentence, SINDOnews'
    "Foto/AP" in the same text node) the whole paragraph was dropped as a caption with its credit."""
    budget = ("Sementara itu, pemerintah daerah memastikan anggaran tambahan untuk kegiatan tersebut sudah disetujui "
              "dewan pada pekan lalu.")
    body = crawl({(PAGE_2, 3): [f"<p>{budget} <em>(Foto: Antara/Hafidz Mubarak A)</em></p>", f"<p>{NEW} Foto/AP</p>"]})
    assert body == [*BODY[:4], budget, NEW, *BODY[4:]]


def test_a_plain_baca_juga_label_takes_only_its_link():
    """(h40 probe: regional templates write "Baca juga:" as plain text before the <a>, opening the paragraph or after
    its sentence) the label's catalogue row took the story's text after the link with it: the whole paragraph was
    dropped, or the headline read into the sentence. The label and the link go; the story's text stays."""
    link = '<a href="https://news.detik.com/berita/d-6452870/polda-metro">Polda Metro Kerahkan 2.000 Personel</a>'
    first, second = "Para pengamat menilai langkah tersebut positif bagi warga.", "Mereka berharap arus tetap lancar."
    body = crawl({(PAGE_2, 3): [f"<p>Baca juga: {link} {NEW}</p>", f"<p>{first} Baca juga: {link} {second}</p>",
                                f"<p>{link.replace('Polda', 'Baca juga: Polda')} {second}</p>"]})
    assert body == [*BODY[:4], NEW, f"{first} {second}", second, *BODY[4:]]


def test_the_title_a_later_page_prints_with_its_number_goes():
    """(h40 probe: viva/SINDOnews print "Judul (2)", "Judul - Halaman 2" over a later page's text, in the body's first
    <p><strong>, or after its first paragraph) the numbered headline was kept: only the exact title was compared."""
    title = "Dishub DKI Siapkan Rekayasa Lalin Malam Tahun Baru di Bundaran HI"
    body = crawl({(PAGE_2, 3): [f"<p><strong>{title} (2)</strong></p>"],
                  (f"{ARTICLE}/3", 5): [f"<p><strong>{title} - Halaman 3</strong></p>"]})
    assert body == BODY


def test_a_later_page_repeating_the_lede_without_its_dateline_drops_it():
    """(h40 probe: a later page repeating page 1's lede without "Jakarta -") the repeat did not match page 1's lede,
    which carries the dateline, and was kept."""
    body = crawl({(PAGE_2, 3): [f"<p>{_text(BODY[0])}</p>"]})
    assert body == BODY


def test_a_later_page_printing_two_paragraphs_as_one_keeps_the_story_in_order():
    """(h40 probe: a later page prints two of page 1's paragraphs joined in one <p>) the merged copy held both
    originals, which went as pull quotes of it: the story read P0, P3, P4, P5, "P1 P2", P6. The originals stay in
    their place; the copy made of them goes."""
    body = crawl({(f"{ARTICLE}/3", 5): [f"<p>{BODY[1]} {BODY[2]}</p>"]})
    assert body == BODY


def test_a_later_page_opening_with_page_one_s_dateline_alone_drops_it():
    """(h40 probe: a later page printing "<strong>Jakarta</strong> -" alone over its own text) the spider glued the
    lone dateline onto the page's first new paragraph ("Jakarta - Pengalihan arus …"), as it does page 1's. Page 1's
    dateline again is the page's residue; a new paragraph written with a dateline of its own keeps it."""
    routes = routes_from_fixtures(DETIK)
    html = routes[PAGE_2].body.decode("utf-8")
    paragraph = f"<p>{BODY[3]}</p>"
    assert paragraph in html
    routes[PAGE_2] = Route(html.replace(paragraph, f"<p><strong>Jakarta</strong> -</p>{paragraph}", 1).encode("utf-8"),
                           headers=routes[PAGE_2].headers)
    page_3 = f"{ARTICLE}/3"
    html = routes[page_3].body.decode("utf-8")
    paragraph = f"<p>{BODY[5]}</p>"
    routes[page_3] = Route(html.replace(paragraph, f"{paragraph}<p><strong>Jakarta</strong> - {NEW}</p>", 1)
                           .encode("utf-8"), headers=routes[page_3].headers)
    [item] = crawl_in_process("detik", routes, f"url={ARTICLE}", settings=QUIET).items
    assert item["body"] == [*BODY[:6], f"Jakarta - {NEW}", BODY[6]]


def test_a_later_page_printing_a_paragraph_cut_in_two_far_from_it_drops_both_halves():
    """(h40 probe: page 3 prints page 1's lede again cut in two at its sentence's end, an ad slot between) halves
    more than _PULLED_QUOTE_REACH blocks from their paragraph were kept: only a pull quote's reach was looked at."""
    first, rest = BODY[0].split(". ", 1)
    fillers = [f"<p>Paragraf tambahan {n} menjelaskan latar belakang peristiwa itu secara rinci.</p>" for n in range(4)]
    body = crawl({(PAGE_2, 4): fillers, (f"{ARTICLE}/3", 6): [f"<p>{first}.</p>", f"<p>{rest}</p>"]})
    assert body == [*BODY[:5], *[f[3:-4] for f in fillers], *BODY[5:]]


def test_a_later_page_moving_the_full_stop_inside_the_quote_is_a_repeat():
    """(h40 probe: a later page repeating a paragraph ending '"persekutuan".' as '"persekutuan."') the two did not
    share a block_key (only punctuation outside the quote was dropped) and the repeat was kept."""
    quoted = 'Syafrin menyebut kawasan itu sebagai "ruang publik bersama".'
    body = crawl({(ARTICLE, 1): [f"<p>{quoted}</p>"], (f"{ARTICLE}/3", 5): [f"<p>{quoted[:-2]}.\"</p>"]})
    assert body == [*BODY[:2], quoted, *BODY[2:]]


def test_a_comment_prompt_glued_to_the_last_paragraph_goes_alone():
    """(h40 probe: SINDOnews' "tulis komentar anda" in the last paragraph's text node, after its full stop) the prompt
    stayed glued to the story's last sentence ("… lalu.tulis komentar anda")."""
    budget = ("Sementara itu, pemerintah daerah memastikan anggaran tambahan untuk kegiatan tersebut sudah disetujui "
              "dewan pada pekan lalu.")
    body = crawl({(f"{ARTICLE}/3", 6): [f"<p>{budget}tulis komentar anda</p>"]})
    assert body == [*BODY, budget]


def test_a_short_sentence_the_story_repeats_far_from_its_page_head_stays():
    """(h85 probe: a recipe's "Sajikan selagi hangat." closing each recipe; a demonstration's chant quoted in the lede
    and again as the story's last line) a lone short sentence repeated between new paragraphs, or as the last line
    after new text, was dropped as a page overlap; page 1's lede or its last lines repeated atop page 2 still go."""
    step, chant = "Sajikan selagi hangat.", "\u201cTolak Tapera! Tolak Tapera!\u201d"
    body = crawl({(ARTICLE, 0): [f"<p>{chant}</p>"], (ARTICLE, 1): [f"<p>{step}</p>"],
                  (PAGE_2, 3): [f"<p>{NEW}</p>", f"<p>{step}</p>"],
                  (f"{ARTICLE}/3", 6): [f"<p>{chant}</p>"]})
    assert body == [BODY[0], chant, BODY[1], step, BODY[2], BODY[3], NEW, step, *BODY[4:], chant]


def test_a_line_closing_every_page_is_kept_once_and_a_page_head_repeat_goes():
    """(h88 probe: "Simak terus perkembangannya." closing each page of a story kept once per page; page 2 opening on
    "Namun, warga menolak.", a short line from page 1's middle, kept twice) the cleaning now knows where each page
    starts (Article.page_edges, carried over the blocks residue drops): a line closing two pages is their sign-off,
    a later page's first block repeating an earlier line is its overlap, however far back the line stood."""
    signoff, recap = "Simak terus perkembangannya.", "Namun, warga menolak."
    filler = ["Warga sudah tiga kali mengajukan keberatan secara tertulis kepada pemerintah kecamatan setempat.",
              "Pertemuan berikutnya dijadwalkan berlangsung di balai desa pada pekan depan, kata seorang warga."]
    body = crawl({(ARTICLE, 0): [f"<p>{recap}</p>", *(f"<p>{line}</p>" for line in filler)],
                  (ARTICLE, 2): [f"<p>{signoff}</p>", "<p>ADVERTISEMENT</p>"],
                  (f"{ARTICLE}/3", 6): [f"<p>{signoff}</p>"]},
                 before={(PAGE_2, 3): [f"<p>{recap}</p>"]})
    assert body == [BODY[0], recap, *filler, *BODY[1:3], signoff, *BODY[3:]]
