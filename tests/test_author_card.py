"""An author card after the story (h65 probe, reconstructed from Jakarta Globe's article pages): its labelled name line
("Author: Reza Hadyan") over a one-sentence bio opening with the same name ("Reza Hadyan is a business reporter at
Jakarta Globe covering …"). The card was read as the story's last two paragraphs and its name as no one's byline:
the pair is the card (dropped from the body, by its class or by the name said twice), and the name it credits the
author when no other source names one."""
from __future__ import annotations

import pytest
from lxml import html as lxml_html
from parsel import Selector

from newscrawl.cleaning import author_card_name, clean_body
from newscrawl.fields.authors import author_card_credit
from newscrawl.maintext import main_text

PROSE = ("President Prabowo Subianto on Thursday asked Finance Minister Sri Mulyani Indrawati to remain in his "
         "cabinet, ending weeks of speculation over who would steer the state budget.")
PROSE_2 = "Analysts said her presence would reassure investors worried about the fiscal cost of the flagship programs."
BIO = "Reza Hadyan is a business reporter at Jakarta Globe covering fiscal policy and markets."
CARD = f"<div class='author-card'><img src='a.jpg'><div><strong>Author: Reza Hadyan</strong><p>{BIO}</p></div></div>"


@pytest.mark.parametrize(("label", "bio", "name"), [
    ("Author: Reza Hadyan", BIO, "Reza Hadyan"),
    ("Penulis: Andi Saputra", "Andi Saputra adalah wartawan ekonomi di Jakarta.", "Andi Saputra"),
    # the bio names someone else, or the line is no label: no card
    ("Author: Reza Hadyan", "Sri Mulyani is the finance minister.", None),
    ("Reza Hadyan", BIO, None),
    ("Author: Reza Hadyan", "Reza Hadyan said the budget was safe.", None),
])
def test_author_card_name(label: str, bio: str, name: str | None) -> None:
    assert author_card_name(label, bio) == name


def test_clean_body_drops_a_closing_author_card() -> None:
    assert clean_body([PROSE, PROSE_2, "Author: Reza Hadyan", BIO]) == [PROSE, PROSE_2]
    # a story's closing quote of a person named earlier is no card
    story = [PROSE, PROSE_2, "Reza Hadyan said the budget was safe, adding that markets had calmed."]
    assert clean_body(story) == story


def test_author_card_credit_reads_the_card_wherever_it_stands() -> None:
    root = lxml_html.fromstring(f"<html><body><div class='content-body'><p>{PROSE}</p></div>{CARD}</body></html>")
    assert author_card_credit(root) == ["Reza Hadyan"]
    other = lxml_html.fromstring(f"<html><body><p>{PROSE}</p><p><b>Author: Reza Hadyan</b></p>"
                                 "<p>Sri Mulyani is the finance minister.</p></body></html>")
    assert author_card_credit(other) == []


@pytest.mark.parametrize("card_class", ["author-card", "author_bio", "about-author", "tdb-author-info"])
def test_main_text_drops_an_author_card_box(card_class: str) -> None:
    html = (f"<html><body><div class='content-body'><p>{PROSE}</p><p>{PROSE_2}</p>"
            f"<div class='{card_class}'><div><strong>Author: Reza Hadyan</strong>"
            "<p>Reza Hadyan has reported on the economy, the budget and the markets for the paper for years.</p></div></div>"
            "</div></body></html>")
    assert main_text(Selector(text=html)) == [PROSE, PROSE_2]
