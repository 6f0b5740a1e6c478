"""An outlet of the catalogue that drifts shows it exactly as a site spider does: a real cron run over
its reconstructed pages is healthy, and the same run after a redesign (the listing's links and the
article markup gone) is unhealthy, named in the summary, in stderr and in the run report."""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, run_cron
from replay import Route, routes_from_fixtures

OUTLETS = REPO / "tests" / "outlets"
ARGS = ("--spiders", "balipost,voi", "--since", "2024-06-19", "--until", "2024-06-19",
        "-s", 'NEWSCRAWL_HEALTH={"min_articles": 1}')
pytestmark = pytest.mark.xdist_group("cron")


def routes() -> dict[str, Route]:
    found = routes_from_fixtures(OUTLETS / "balipost")
    found.update(routes_from_fixtures(OUTLETS / "voi"))
    return found


def test_catalogue_outlets_are_healthy_then_a_redesign_is_named(tmp_path: Path) -> None:
    healthy = run_cron(routes(), tmp_path / "before", *ARGS)
    assert healthy.returncode == 0, healthy.stdout + healthy.stderr
    assert set(healthy.summary["sites"]) == {"balipost", "voi"}
    assert not healthy.summary.get("unhealthy_sites")

    # voi redesigned: the index's cards lost their class, and nothing else links an article.
    drifted = routes()
    drifted["https://voi.id/artikel/indeks?page=1"] = Route(
        b"<html><body><div class='card-v2'><a href='/berita/389120/x'>KPU</a></div></body></html>")
    run = run_cron(drifted, tmp_path / "after", *ARGS)
    assert run.returncode == 3, run.stdout + run.stderr
    assert list(run.summary["unhealthy_sites"]) == ["voi"]
    assert "voi" in run.stderr and "FAILING" in run.stdout
    report = next((tmp_path / "after" / "output").glob("**/*.html")).read_text(encoding="utf-8")
    assert "voi" in report and "balipost" in report
