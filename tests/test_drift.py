"""Template drift floors: the mechanisms that must carry each field once the source it usually rides on is
gone (tests/drift.py: what each perturbation does, and which truths it keeps and why).

IN-SAMPLE pages (the 37 real pages the code was tuned on) under SYNTHETIC perturbations: a floor is the
number of pages that stayed right per field when it was set, for the site spiders and for generic. A
mechanism that regresses (the visible date finder, the byline beside the main text, the generic body,
the tail trimming, the date cross-checks) drops a count below its floor and the test fails, listing the
pages and values. Raise a floor when a fix lifts a count; never lower one to make a change pass.
All 37 pages, every perturbation (about 35 s of CPU in all); skipped without ../shared/realpages.
"""
from __future__ import annotations

from pathlib import Path

import pytest

import drift

# perturbation -> spider -> floors for (title, published_at, authors, body_first, body_last[, clean]); the
# number of pages where the field is expected is in the comment (published_at: a page showing no date is
# not). ``clean`` (no inserted text in the body) is expected only under the inserting perturbations.
FLOORS: dict[str, dict[str, tuple[int, ...]]] = {
    "roundtrip": {"site": (37, 37, 37, 37, 37), "generic": (37, 36, 36, 36, 35)},  # of 37
    "no_jsonld": {"site": (37, 37, 37, 37, 37), "generic": (37, 37, 36, 36, 35)},
    "no_meta": {"site": (37, 37, 36, 37, 37), "generic": (37, 37, 35, 36, 35)},
    "visible_only": {"site": (37, 36, 37, 37, 37), "generic": (36, 35, 36, 35, 34)},  # published_at of 36
    "renamed": {"site": (37, 37, 36, 36, 33), "generic": (37, 37, 36, 36, 33)},
    "ld_naive": {"site": (37, 37, 37, 37, 37), "generic": (37, 37, 36, 36, 35)},
    "ld_late": {"site": (37, 36, 37, 37, 37), "generic": (37, 36, 36, 36, 35)},  # published_at of 36
    "ld_years": {"site": (37, 36, 37, 37, 37), "generic": (37, 36, 36, 36, 35)},  # published_at of 36
    "boxes_after": {"site": (37, 37, 37, 37, 37), "generic": (37, 36, 36, 36, 34)},
    "renamed_boxes": {"site": (36, 36, 36, 34, 31), "generic": (36, 36, 36, 34, 31)},
    # second family: what other outlets put in and around a story (all of 37, clean too)
    "comments_after": {"site": (37, 37, 37, 37, 37, 37), "generic": (37, 36, 36, 36, 35, 37)},
    "follow_boxes": {"site": (37, 37, 37, 37, 37, 37), "generic": (37, 36, 36, 36, 35, 37)},
    "inline_cards": {"site": (37, 37, 37, 37, 37, 37), "generic": (37, 36, 36, 36, 35, 37)},
    "gallery_inline": {"site": (37, 37, 37, 37, 37, 37), "generic": (37, 36, 36, 36, 35, 37)},
    "tail_boxes": {"site": (37, 37, 37, 37, 37, 37), "generic": (37, 36, 37, 36, 35, 37)},
    "read_more": {"site": (37, 37, 37, 37, 37, 37), "generic": (37, 36, 36, 36, 35, 37)},
}


def test_every_perturbation_has_floors() -> None:
    assert set(FLOORS) == set(drift.PERTURBATIONS)
    for name, spiders in FLOORS.items():  # an inserting perturbation must hold a floor for clean too
        assert all(len(f) == len(drift.FIELDS) - (name not in drift.INSERTING) for f in spiders.values()), name


@pytest.mark.parametrize("perturbation", list(FLOORS))
def test_drift_floor(perturbation: str, realpages: Path) -> None:
    outcomes = drift.run(perturbation, str(realpages))
    below = []
    for spider, floors in FLOORS[perturbation].items():
        counts = drift.tally(o for o in outcomes if o.spider == spider)
        for name, floor in zip(drift.FIELDS, floors):
            right, expected = counts[name]
            if right < floor:
                below.append(f"{spider} {name}: {right}/{expected} < floor {floor}")
    wrong = drift.failures(outcomes)
    assert not below, "\n".join(below) + "\n\nwrong fields:\n" + "\n".join(wrong)
