"""A page's summary standing beside the story's box, before it, is no paragraph of the story (h250 probe S9,
reconstructed from The Jakarta Post's 2024 article template, read by the generic spider):

    <main class="tjp-single">
      <h1 class="tjp-title tjp-title--single">Prabowo unveils record-sized cabinet with 48 ministries</h1>
      <p class="tjp-single__excerpt">Observers call it the largest cabinet since the New Order era.</p>
      <div class="tjp-meta"><div class="tjp-meta__label"><a href="/author/nur-janti">Nur Janti</a> and … </div>
        <div class="tjp-meta__label">Jakarta • Mon, October 21, 2024</div></div>
      <div class="tjp-single__share">…</div> <figure class="tjp-single__head-image">…</figure>
      <div class="tjp-single__content"><p>President Prabowo Subianto announced …</p> …</div>
    </main>

The main text widened the story's box with the lone <p> beside it, before it as after it, whatever its class: the deck
became the story's first paragraph (h205 probe's kbr "p.excerpt" over "Penulis: … Rabu, 21 Agu 2024 10:15" too). The
cleaning cuts a deck only when the byline and date follow it inside the body, and here the byline box, no prose, never
joined. Now a paragraph before the box is the page's summary when its class (or a wrapper's) names one (excerpt, deck,
dek, subtitle, subjudul, standfirst, summary, ringkasan: dom.DECK_CLASS_RE); not by its place (a lede stands over a
byline or a dated line as often as a deck: the h252 probe's ten ledes lost to such a rule). A story's lede before the box
stays: in "p.lead" or "p.intro" (names of the story's own first paragraph as often), two paragraphs over
the byline, a paragraph opening with its dateline, any paragraph after the box, a deck's class inside the box."""
from __future__ import annotations

import pytest
from parsel import Selector

from inprocess import crawl_in_process
from newscrawl.maintext import extract_main_text
from replay import Route

DECK = "Observers call it the largest cabinet since the New Order era."
LEDE = ("President Prabowo Subianto announced his Cabinet on Sunday night, naming 48 ministers to lead an expanded "
        "line-up of ministries in what observers call the largest cabinet since the New Order era.")
P2 = ("Speaking at the Merdeka Palace in Central Jakarta hours after his inauguration, Prabowo said the bigger Cabinet "
      "was needed to accelerate his flagship programs, including free nutritious meals for schoolchildren.")
P3 = ("Political analysts warned that the enlarged structure could slow coordination and strain the state budget, "
      "which is already under pressure from rising debt payments.")
P4 = "The ministers are scheduled to be sworn in at the palace on Monday morning."
STORY = [LEDE, P2, P3, P4]
META = ("<div class='tjp-meta'><div class='tjp-meta__label'><a href='/author/nur-janti'>Nur Janti</a> and "
        "<a href='/author/yerica-lai'>Yerica Lai</a> (The Jakarta Post)</div>"
        "<div class='tjp-meta__label'>Jakarta &bull; Mon, October 21, 2024</div></div>")
SHARE = "<div class='tjp-single__share'><span>Share</span> <a href='#'>Facebook</a> <a href='#'>X</a></div>"
FIGURE = ("<figure class='tjp-single__head-image'><img src='c.jpg' alt=''><figcaption>New line-up: the ministers at the "
          "Merdeka Palace on Oct. 20, 2024. (Antara/Hafidz Mubarak A)</figcaption></figure>")


def _main_text(before: str, story: list[str] = STORY, after: str = "", box: str = "tjp-single__content") -> list[str]:
    paragraphs = "".join(f"<p>{text}</p>" for text in story)
    html = (f"<html><head><title>t</title></head><body><main class='tjp-single'>"
            f"<h1 class='tjp-title'>Prabowo unveils record-sized cabinet with 48 ministries</h1>{before}"
            f"<div class='{box}'>{paragraphs}</div>{after}</main></body></html>")
    return extract_main_text(Selector(text=html)).blocks


@pytest.mark.parametrize(("before", "body"), [
    # the real form: the deck by its class, the byline and date box, the share bar and the photo, then the story
    (f"<p class='tjp-single__excerpt'>{DECK}</p>{META}{SHARE}{FIGURE}", STORY),
    (f"<p class='tjp-single__excerpt'>{DECK}</p>{META}", STORY),
    # by its class alone, nothing between; any summary word, on a wrapper holding nothing but it too
    (f"<p class='excerpt'>{DECK}</p>", STORY),
    (f"<p class='article-deck'>{DECK}</p>", STORY),
    (f"<p class='dek'>{DECK}</p>", STORY),
    (f"<p class='standfirst'>{DECK}</p>", STORY),
    (f"<p class='post-summary'>{DECK}</p>", STORY),
    (f"<p class='sub-title'>{DECK}</p>", STORY),
    (f"<p id='ringkasan'>{DECK}</p>", STORY),
    (f"<div class='excerpt'><p>{DECK}</p></div>", STORY),
    (f"<div class='entry-subtitle'><p>{DECK}</p></div>{FIGURE}", STORY),  # joining by its wrapper's score
    (f"<p class='sub_judul'>{DECK}</p>", STORY),
    # not by its place (h252 probe): a lede over a byline box, a dated "Baca:" link, a photo credit or an update line
    # is the story's, classed as a lede or not, as often as a deck is the header's there
    (f"<p class='kicker'>{DECK}</p><div class='byline'><span>Oleh: <a href='/author/dwi'>Dwi Aditya Putra</a></span>"
     "<div>Terbit 2 Sep 2025 17:00 WIB</div></div>", [DECK, *STORY]),
    (f"<p>{DECK}</p><div class='meta'>Nur Janti (The Jakarta Post) &bull; Mon, October 21, 2024</div>", [DECK, *STORY]),
    (f"<p>{DECK}</p><div class='inline-link'><strong>Baca:</strong> <a href='/b'>Banjir Jakarta, 12 RT terendam</a> "
     "<span>2 Maret 2025</span></div>", [DECK, *STORY]),
    (f"<p class='first-paragraph'>{DECK}</p><div class='updated'>Diperbarui 3 Maret 2025, 14:20 WIB</div>",
     [DECK, *STORY]),
    # a story's lede stays: in a "lead" or "intro" paragraph right over the box, or over a photo (no date line)
    (f"<p class='lead'>{DECK}</p>", [DECK, *STORY]),
    (f"<p class='intro'>{DECK}</p>", [DECK, *STORY]),
    (f"<p class='lede'>{DECK}</p>{SHARE}{FIGURE}", [DECK, *STORY]),
    (f"<p>{DECK}</p>{FIGURE}", [DECK, *STORY]),
    # two paragraphs over the byline are the story going on; a lede opening with its dateline is the story's
    (f"<p>{DECK}</p><p>{P4}</p>{META}", [DECK, P4, *STORY]),
    (f"<p class='excerpt'>JAKARTA - {DECK}</p>{META}", [f"JAKARTA - {DECK}", *STORY]),
    (f"<p class='lead'>JAKARTA - {DECK}</p>{META}", [f"JAKARTA - {DECK}", *STORY]),
])
def test_a_summary_before_the_story_box_is_the_header(before: str, body: list[str]) -> None:
    assert _main_text(before) == body


def test_the_summary_words_before_the_box_only() -> None:
    # after the box, a paragraph alone is the story's last lines whatever its class; inside it, the story's own
    assert _main_text("", after=f"<p class='excerpt'>{DECK}</p>") == [*STORY, DECK]
    assert _main_text("", story=[DECK, *STORY]) == [DECK, *STORY]
    html = ("<html><body><main><h1>Prabowo unveils cabinet</h1><div class='content'>"
            f"<p class='excerpt'>{DECK}</p>" + "".join(f"<p>{text}</p>" for text in STORY) + "</div></main></body></html>")
    assert extract_main_text(Selector(text=html)).blocks == [DECK, *STORY]


URL = "https://www.thejakartapost.com/indonesia/2024/10/21/prabowo-unveils-record-sized-cabinet-with-48-ministries.html"
PAGE = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Prabowo unveils record-sized cabinet with 48 ministries - Politics - The Jakarta Post</title>
<meta name="description" content="President Prabowo Subianto announced his Cabinet on Sunday night, naming 48 ministers.">
<link rel="canonical" href="{URL}">
<meta property="og:type" content="article"><meta property="og:title" content="Prabowo unveils record-sized cabinet with 48 ministries">
<meta property="article:published_time" content="2024-10-21T01:30:00+07:00">
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "Prabowo unveils record-sized cabinet with 48 ministries", "datePublished": "2024-10-21T01:30:00+07:00",
 "author": [{{"@type": "Person", "name": "Nur Janti"}}, {{"@type": "Person", "name": "Yerica Lai"}}],
 "publisher": {{"@type": "Organization", "name": "The Jakarta Post"}}}}</script>
</head><body>
<header class="tjp-header"><nav><a href="/indonesia">Indonesia</a><a href="/business">Business</a></nav></header>
<main class="tjp-single">
<div class="tjp-single__breadcrumb"><a href="/indonesia">Indonesia</a> <a href="/indonesia/politics">Politics</a></div>
<h1 class="tjp-title tjp-title--single">Prabowo unveils record-sized cabinet with 48 ministries</h1>
<p class="tjp-single__excerpt">{DECK}</p>
{META}{SHARE}{FIGURE}
<div class="tjp-single__content"><p>{LEDE}</p><p>{P2}</p>
<p><strong>Read also: <a href="/indonesia/2024/10/20/prabowo-sworn-in.html">Prabowo sworn in as Indonesia's eighth president</a></strong></p>
<p>{P3}</p><div class="tjp-ads"><div id="div-gpt-ad-tjp-inarticle"></div></div><p>{P4}</p></div>
<div class="tjp-single__topics"><span>Topics :</span> <a href="/tag/prabowo">Prabowo</a> <a href="/tag/cabinet">cabinet</a></div>
<section class="tjp-related"><h3>Related Article</h3><a href="/indonesia/2024/10/18/who.html">Who is in Prabowo's cabinet?</a></section>
</main>
<footer class="tjp-footer"><p>&copy; 2016 - 2024 PT. Bina Media Tenggara</p></footer>
</body></html>"""


def test_the_generic_crawl_opens_with_the_lede(validate_line) -> None:
    result = crawl_in_process("generic", {URL: Route(PAGE.encode("utf-8"))}, f"url={URL}")
    items = [validate_line(line) for line in result.raw_lines]
    assert [item["body"] for item in items] == [STORY]
