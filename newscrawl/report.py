"""The run report: one static page an operator can put on a wall.

    python -m newscrawl.report [--output-dir DIR] [--runs N]

Reads the cron entry's run summaries (``DIR/runs/*.summary.json``, newest N) and writes
``DIR/report.html``: per site, articles emitted per run, the date/author/body shares against their
thresholds, failed requests by kind, and the health (drift) alarms. One self-contained file: inline
CSS and SVG, no script, nothing fetched from anywhere. The cron entry rewrites it after every run.
"""
from __future__ import annotations

import argparse
import html
import json
import logging
import os
import sys
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable, Mapping

from newscrawl.health import DEFAULT_THRESHOLDS, FAILURE_KINDS, SHORT_PREFIX, all_roles

logger = logging.getLogger(__name__)
DEFAULT_RUNS = 30
SHARES = (("date", "with_date", "dates"), ("authors", "with_authors", "authors"), ("body", "body_2plus", "body ≥2 ¶"))
GREEN, RED, GREY, AMBER = "#22c55e", "#ef4444", "#64748b", "#f59e0b"


@dataclass
class SiteRun:
    """One site in one run, as the report needs it (read from a summary; older summaries lack fields)."""

    run_id: str
    started: str
    emitted: int
    healthy: bool
    failures: list[str]
    shares: dict[str, float | None]
    thresholds: dict[str, float]
    failed: dict[str, int]          # kind → requests, discovery and article together
    finished: bool
    # Said without failing the run: a discovery that fell short in cron's default window (health.site_health).
    warnings: list[str] = field(default_factory=list)
    # Said without failing the run either, and no discovery shortfall: most bodies read by a fallback (h264 B).
    layout_drift: str | None = None


@dataclass
class SiteHistory:
    name: str
    runs: list[SiteRun] = field(default_factory=list)

    @property
    def latest(self) -> SiteRun:
        return self.runs[-1]


def load_summaries(output_dir: Path, limit: int = DEFAULT_RUNS) -> list[dict[str, Any]]:
    """The newest ``limit`` run summaries, oldest first (run ids sort by time). Unreadable files are
    skipped with a warning: a report must not die on one torn summary."""
    paths = sorted(Path(output_dir, "runs").glob("*.summary.json"))[-limit:] if limit > 0 else []
    summaries = []
    for path in paths:
        try:
            summary = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            logger.warning("Report: skipped unreadable summary %s (%s)", path, error)
            continue
        # A file of another shape (hand-edited, another release's): its sites must be a table of tables.
        if not isinstance(summary, dict) or not isinstance(summary.get("sites") or {}, dict) or not all(
                isinstance(site, dict) and isinstance(site.get("health") or {}, dict)
                for site in (summary.get("sites") or {}).values()):
            logger.warning("Report: skipped summary %s of another shape", path)
            continue
        summaries.append(summary)
    return summaries


def site_histories(summaries: Iterable[Mapping[str, Any]]) -> list[SiteHistory]:
    """Per site, its runs in order. Failing sites first, then by name."""
    sites: dict[str, SiteHistory] = {}
    for summary in summaries:
        for name, site in (summary.get("sites") or {}).items():
            health = site.get("health") or {}
            failed = all_roles(health.get("failed_requests") or {})
            sites.setdefault(name, SiteHistory(name)).runs.append(SiteRun(
                run_id=str(summary.get("run_id", "?")),
                started=str(summary.get("started", "")),
                emitted=int(site.get("items_emitted") or 0),
                healthy=bool(health.get("healthy", True)) and site.get("finish_reason") in (None, "finished"),
                failures=list(health.get("failures") or [])
                + ([] if site.get("finish_reason") in (None, "finished") else [f"crawl ended: {site.get('finish_reason')}"]),
                shares={key: health.get(key) for _f, key, _l in SHARES},
                thresholds={**DEFAULT_THRESHOLDS, **(health.get("thresholds") or {})},
                failed=failed,
                finished=site.get("finish_reason") in (None, "finished"),
                warnings=[str(w) for w in health.get("warnings") or () if isinstance(w, str)],
                layout_drift=health["layout_drift"] if isinstance(health.get("layout_drift"), str) else None,
            ))
    return sorted(sites.values(), key=lambda s: (s.latest.healthy, s.name))


# ------------------------------------------------------------------------------------- SVG

def _bars(runs: list[SiteRun], width: int = 400, height: int = 96) -> str:
    """Articles emitted per run: one bar per run, red where the run was unhealthy."""
    top = max([r.emitted for r in runs] + [1])
    slot = width / max(len(runs), 1)
    bar = max(min(slot * 0.72, 28), 2)
    parts = [f'<svg class="bars" viewBox="0 0 {width} {height + 14}" width="{width}" height="{height + 14}" '
             f'role="img" aria-label="articles emitted per run">',
             f'<line x1="0" y1="{height}" x2="{width}" y2="{height}" stroke="#334155" stroke-width="1"/>']
    for i, run in enumerate(runs):
        h = 0 if not run.emitted else max(2.0, run.emitted / top * (height - 16))
        x = i * slot + (slot - bar) / 2
        colour = GREEN if run.healthy else RED
        parts.append(f'<rect class="bar" data-run="{html.escape(run.run_id)}" data-emitted="{run.emitted}" '
                     f'x="{x:.1f}" y="{height - h:.1f}" width="{bar:.1f}" height="{h:.1f}" rx="2" fill="{colour}">'
                     f'<title>{html.escape(run.run_id)}: {run.emitted} emitted</title></rect>')
        if not run.healthy and not run.emitted:  # a failing run with nothing: a red tick on the axis
            parts.append(f'<rect x="{x:.1f}" y="{height - 6}" width="{bar:.1f}" height="6" rx="1" fill="{RED}"/>')
    parts.append(f'<text x="0" y="{height + 12}" class="axis">{len(runs)} run{"s" if len(runs) != 1 else ""}</text>')
    parts.append(f'<text x="{width}" y="10" class="axis" text-anchor="end">max {top if any(r.emitted for r in runs) else 0}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _gauge(label: str, share: float | None, threshold: float, history: list[float | None]) -> str:
    """One share against its threshold: a bar with the threshold marked, and the trend over the runs."""
    width, height = 130, 14
    ok = share is None or share >= threshold
    colour = GREY if share is None else (GREEN if ok else RED)
    fill = 0 if share is None else share * width
    mark = threshold * width
    value = "–" if share is None else f"{share:.0%}"
    spark = _spark(history, threshold)
    return (f'<div class="gauge" data-share="{label}" data-value="{"" if share is None else share}">'
            f'<span class="glabel">{html.escape(label)}</span>'
            f'<svg width="{width}" height="{height}" viewBox="0 0 {width} {height}">'
            f'<rect width="{width}" height="{height}" rx="3" fill="#1f2a3d"/>'
            f'<rect width="{fill:.1f}" height="{height}" rx="3" fill="{colour}"/>'
            f'<line x1="{mark:.1f}" y1="-1" x2="{mark:.1f}" y2="{height + 1}" stroke="#e2e8f0" stroke-width="2"/>'
            f'</svg><span class="gvalue" style="color:{colour}">{value}</span>'
            f'<span class="gthr">min {threshold:.0%}</span>{spark}</div>')


def _spark(history: list[float | None], threshold: float, width: int = 70, height: int = 18) -> str:
    points = [(i, v) for i, v in enumerate(history) if v is not None]
    if len(points) < 2:
        return f'<svg width="{width}" height="{height}"></svg>'
    step = width / max(len(history) - 1, 1)
    y = lambda v: height - 1 - v * (height - 2)  # noqa: E731
    line = " ".join(f"{i * step:.1f},{y(v):.1f}" for i, v in points)
    low = any(v < threshold for _i, v in points)
    return (f'<svg width="{width}" height="{height}" viewBox="0 0 {width} {height}">'
            f'<line x1="0" y1="{y(threshold):.1f}" x2="{width}" y2="{y(threshold):.1f}" stroke="#475569" '
            f'stroke-dasharray="3 3"/><polyline points="{line}" fill="none" stroke="{AMBER if low else "#94a3b8"}" '
            f'stroke-width="1.5"/></svg>')


# ------------------------------------------------------------------------------------ HTML

def _when(started: str) -> str:
    try:
        return datetime.fromisoformat(started).astimezone(timezone.utc).strftime("%d %b %H:%M UTC")
    except ValueError:
        return started or "?"


@dataclass
class Alarm:
    text: str      # the latest wording (its figures change from run to run)
    runs: int      # in how many of the shown runs this alarm fired
    last: str      # when it last fired (run start)
    current: bool  # fired in the site's latest run
    warning: bool = False  # a warning (discovery fell short in the default window, layout drift), not a failing health


def alarm_streaks(runs: list[SiteRun]) -> list[Alarm]:
    """Health alarms and warnings grouped by what failed (the part before ':'), newest first."""
    alarms: dict[str, Alarm] = {}
    for index, run in enumerate(reversed(runs)):
        said = [*((f, False) for f in run.failures), *((w, True) for w in run.warnings),
                *(((run.layout_drift, True),) if run.layout_drift else ())]
        for failure, warning in said:
            key = failure.split(":", 1)[0]
            if key in alarms:
                alarms[key].runs += 1
            else:
                alarms[key] = Alarm(failure, 1, run.started, index == 0, warning)
    return list(alarms.values())


def _site_card(site: SiteHistory) -> str:
    latest = site.latest
    status = "ok" if latest.healthy else "failing"
    alarms = alarm_streaks(site.runs)
    failing_runs = sum(1 for run in site.runs if not run.healthy)
    kinds = sorted({kind for run in site.runs for kind in run.failed})
    rows = "".join(
        f'<tr data-kind="{kind}"><td>{html.escape(FAILURE_KINDS.get(kind, kind))}</td>'
        f'<td class="num latest-failed">{latest.failed.get(kind, 0)}</td>'
        f'<td class="num">{sum(run.failed.get(kind, 0) for run in site.runs)}</td></tr>' for kind in kinds)
    failures_table = (f'<table class="fails"><tr><th>failed requests</th><th>last run</th>'
                      f'<th>{len(site.runs)} runs</th></tr>{rows}</table>' if kinds
                      else '<p class="quiet">no failed requests in these runs</p>')
    alarm_list = "".join(
        f'<li class="{"now" if alarm.current else "past"}{" warn" if alarm.warning else ""}">'
        f'<span class="when">{_when(alarm.last)}'
        f'{f" · {alarm.runs} runs" if alarm.runs > 1 else ""}</span>{html.escape(alarm.text)}</li>'
        for alarm in alarms[:5])
    alarm_block = (f'<ul class="alarms">{alarm_list}</ul>' if alarms
                   else '<p class="quiet">no health alarms in these runs</p>')
    # A discovery that fell short (a warning in cron's default window, a failure in a backfill): said on top too.
    short_pill = (' <span class="pill short">DISCOVERY SHORT</span>' if latest.warnings or any(
        failure.startswith(SHORT_PREFIX) for failure in latest.failures) else "")
    # Most bodies read by a fallback, the site's body selectors failing (h264 B): its own pill, never DISCOVERY SHORT.
    drift_pill = ' <span class="pill drift">LAYOUT DRIFT</span>' if latest.layout_drift else ""
    gauges = "".join(_gauge(label, latest.shares.get(key), latest.thresholds.get(field, 0),
                            [run.shares.get(key) for run in site.runs]) for field, key, label in SHARES)
    return f"""
<section class="site {status}" data-site="{html.escape(site.name)}" data-latest-emitted="{latest.emitted}">
  <header><h2>{html.escape(site.name)}</h2>
    <span class="pills"><span class="pill {status}">{"OK" if latest.healthy else "FAILING"}</span>{short_pill}{drift_pill}</span>
  </header>
  <div class="kpis">
    <div><b class="emitted">{latest.emitted}</b><small>emitted last run</small></div>
    <div><b>{sum(run.emitted for run in site.runs)}</b><small>in {len(site.runs)} runs</small></div>
    <div><b class="{"bad" if failing_runs else ""}">{failing_runs}</b><small>failing runs</small></div>
  </div>
  {_bars(site.runs)}
  <div class="gauges">{gauges}</div>
  {failures_table}
  <h3>Drift alarms</h3>{alarm_block}
</section>"""


CSS = """
*{box-sizing:border-box}body{margin:0;background:#0b1120;color:#e2e8f0;font:15px/1.4 system-ui,-apple-system,
"Segoe UI",Roboto,"DejaVu Sans",sans-serif}main{padding:24px 28px}
.top{display:flex;align-items:center;gap:20px;margin-bottom:20px}
.top h1{font-size:24px;margin:0;font-weight:650;letter-spacing:.2px}.top .meta{color:#94a3b8;font-size:13px}
.banner{margin-left:auto;padding:10px 18px;border-radius:10px;font-weight:700;font-size:18px}
.banner.ok{background:#14532d;color:#bbf7d0;border:1px solid #22c55e}
.banner.failing{background:#7f1d1d;color:#fecaca;border:1px solid #ef4444}
.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(430px,1fr));gap:16px}
.site{background:#111a2e;border:1px solid #1e293b;border-top:5px solid #22c55e;border-radius:12px;padding:14px 16px}
.site.failing{border-top-color:#ef4444;background:#1a1020}
.site header{display:flex;align-items:center;justify-content:space-between}
.site h2{margin:0;font-size:19px}.site h3{margin:10px 0 4px;font-size:13px;color:#94a3b8;font-weight:600;
text-transform:uppercase;letter-spacing:.6px}
.pill{font-weight:800;font-size:13px;padding:3px 10px;border-radius:999px;letter-spacing:.8px}
.pill.ok{background:#22c55e;color:#052e16}.pill.failing{background:#ef4444;color:#fff}
.pill.short{background:#f59e0b;color:#1c1003}.alarms li.now.warn{border-left-color:#f59e0b;color:#fde68a}
.pill.drift{background:#a855f7;color:#1a0526}
.kpis{display:flex;gap:22px;margin:8px 0 6px}.kpis b{display:block;font-size:24px;line-height:1.1}
.kpis b.bad{color:#f87171}.kpis small{color:#94a3b8;font-size:12px}
.bars{display:block;margin:4px 0 8px;max-width:100%}.axis{fill:#64748b;font-size:10px}
.gauges{display:grid;gap:4px;margin:4px 0 8px}
.gauge{display:grid;grid-template-columns:80px 130px 40px 56px 70px;align-items:center;gap:8px;font-size:13px}
.glabel{color:#cbd5e1}.gvalue{font-weight:700;text-align:right}.gthr{color:#64748b;font-size:12px}
table.fails{width:100%;border-collapse:collapse;font-size:13px}
.fails th{text-align:left;color:#94a3b8;font-weight:600;border-bottom:1px solid #334155;padding:2px 4px}
.fails td{padding:2px 4px;border-bottom:1px solid #1e293b}.num{text-align:right}.fails th+th{text-align:right}
.alarms{margin:0;padding:0;list-style:none;font-size:13px}.alarms li{padding:3px 0 3px 10px;border-left:3px solid #475569;
margin-bottom:3px;color:#cbd5e1}.alarms li.now{border-left-color:#ef4444;color:#fecaca;font-weight:600}
.when{color:#94a3b8;font-weight:400;margin-right:8px;font-size:12px}.quiet{color:#64748b;font-size:13px;margin:4px 0}
.empty{color:#94a3b8;font-size:18px;padding:40px}
"""


def render(summaries: list[Mapping[str, Any]], generated: datetime | None = None) -> str:
    """The report page for these summaries (oldest first)."""
    generated = generated or datetime.now(timezone.utc)
    sites = site_histories(summaries)
    failing = [s.name for s in sites if not s.latest.healthy]
    short = [s.name for s in sites if s.latest.healthy and s.latest.warnings]
    drift = [s.name for s in sites if s.latest.layout_drift]
    drifted = f" · {len(drift)} layout drift" if drift else ""
    if not sites:
        banner, body = "", '<p class="empty">No cron runs yet: run <code>python -m newscrawl.cron</code>.</p>'
    else:
        banner = (f'<div class="banner failing">{len(failing)} of {len(sites)} site{"s" if len(sites) != 1 else ""} '
                  f'FAILING{drifted}</div>' if failing else
                  f'<div class="banner ok">{"All " + str(len(sites)) + " sites" if len(sites) > 1 else "Site"} OK'
                  f'{f" · {len(short)} discovery short" if short else ""}{drifted}</div>')
        body = '<div class="grid">' + "".join(_site_card(site) for site in sites) + "</div>"
    latest = summaries[-1] if summaries else {}
    meta = (f'{len(summaries)} run{"s" if len(summaries) != 1 else ""} · latest {html.escape(str(latest.get("run_id", "–")))}'
            f' ({_when(str(latest.get("started", "")))}) · generated {generated.strftime("%Y-%m-%d %H:%M UTC")}')
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>newscrawl report{" — FAILING" if failing else ""}</title>
<meta name="viewport" content="width=device-width,initial-scale=1"><style>{CSS}</style></head>
<body><main><div class="top"><div><h1>newscrawl · run report</h1><div class="meta">{meta}</div></div>{banner}</div>
{body}</main></body></html>
"""


def write_report(output_dir: Path | str, runs: int = DEFAULT_RUNS) -> Path:
    """Write ``output_dir/report.html`` atomically from the newest ``runs`` summaries; return its path."""
    output_dir = Path(output_dir)
    output_dir.mkdir(parents=True, exist_ok=True)
    path = output_dir / "report.html"
    tmp = path.with_name(path.name + ".part")
    tmp.write_text(render(load_summaries(output_dir, runs)), encoding="utf-8")
    os.replace(tmp, path)
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m newscrawl.report", description=__doc__.splitlines()[0])
    parser.add_argument("--output-dir", default=os.environ.get("NEWSCRAWL_OUTPUT", "output"),
                        help="the cron entry's output folder (reads runs/*.summary.json, writes report.html)")
    parser.add_argument("--runs", type=int, default=DEFAULT_RUNS, help=f"how many recent runs (default {DEFAULT_RUNS})")
    args = parser.parse_args(argv)
    print(write_report(args.output_dir, args.runs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
