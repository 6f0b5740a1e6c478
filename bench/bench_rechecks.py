"""Requests saved by scheduled rechecks: a simulated day of the README's */10 cron runs.

    python bench/bench_rechecks.py                      # 300 articles a day, 3 days, report the last
    python bench/bench_rechecks.py --per-day 1000 --listing-page 20

One site publishes articles at random times (uniform over the day, seeded). Every 10 minutes a cron
run reads the listing pages of its window (the cron default: the WIB day 6 h back up to today, so
just after midnight yesterday's listing too), and for every listed article decides whether to fetch:

- baseline, the rule before this change: fetch what was never emitted, and again every article
  published less than 48 h ago (NEWSCRAWL_RECHECK_HOURS), on every run;
- scheduled: fetch what was never emitted, and again only when recheck_due() says a point of the
  schedule (1, 6, 24, 48 h after publication) passed since the last fetch (newscrawl/state.py).

Both use the same listing requests. Days 1-2 warm up (yesterday's articles in the store); the last
day is reported. A recheck is a conditional request: where the site answers 304 it also saves the
page body; this script counts requests only, it does not guess what share of sites honour them.
"""
from __future__ import annotations

import argparse
import math
import random
import sys
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from newscrawl.dates import WIB  # noqa: E402
from newscrawl.state import RECHECK_SCHEDULE_HOURS, recheck_due  # noqa: E402

DAY = 86_400.0


def baseline_due(published: float, now: float, window_hours: float = 48) -> bool:
    """The rule the schedule replaced (the old state.should_fetch): recent enough means fetch again."""
    return now - published < window_hours * 3600


def simulate(per_day: int, days: int, listing_page: int, lookback_hours: float, seed: int) -> dict[str, dict[str, int]]:
    rng = random.Random(seed)
    start = datetime(2024, 6, 17, tzinfo=WIB).timestamp()
    published = sorted(start + rng.random() * days * DAY for _ in range(per_day * days))
    counts = {name: {"listing": 0, "new": 0, "rechecks": 0} for name in ("baseline", "scheduled")}
    last_checked: dict[str, dict[int, float]] = {"baseline": {}, "scheduled": {}}
    report_from = start + (days - 1) * DAY
    now = start
    while now < start + days * DAY:
        local = datetime.fromtimestamp(now, WIB)
        first_day = (local - timedelta(hours=lookback_hours)).date()
        window_start = datetime.combine(first_day, datetime.min.time(), WIB).timestamp()
        listed = [i for i, t in enumerate(published) if window_start <= t <= now]
        days_listed = (local.date() - first_day).days + 1
        per_listing_day = [sum(1 for i in listed if
                               datetime.fromtimestamp(published[i], WIB).date() == first_day + timedelta(days=d))
                           for d in range(days_listed)]
        # Each day's listing is paged until a page comes back short (an empty page ends it).
        pages = sum(math.floor(n / listing_page) + 1 for n in per_listing_day)
        measured = now >= report_from
        for name in counts:
            store = last_checked[name]
            if measured:
                counts[name]["listing"] += pages
            for i in listed:
                if i not in store:
                    fetch, kind = True, "new"
                elif name == "baseline":
                    fetch, kind = baseline_due(published[i], now), "rechecks"
                else:
                    fetch, kind = recheck_due(published[i], store[i], now, RECHECK_SCHEDULE_HOURS), "rechecks"
                if fetch:
                    store[i] = now
                    if measured:
                        counts[name][kind] += 1
        now += 600
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-day", type=int, default=300, help="articles the site publishes a day")
    parser.add_argument("--days", type=int, default=3, help="simulated days; the last one is reported")
    parser.add_argument("--listing-page", type=int, default=20, help="articles per listing page")
    parser.add_argument("--lookback-hours", type=float, default=6.0, help="cron --lookback-hours")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    counts = simulate(args.per_day, args.days, args.listing_page, args.lookback_hours, args.seed)
    print(f"One day of */10 cron runs (144), {args.per_day} articles/day, listing pages of {args.listing_page}, "
          f"schedule {', '.join(f'{h:g} h' for h in RECHECK_SCHEDULE_HOURS)}")
    print(f"{'policy':<11}{'listing':>9}{'new':>7}{'rechecks':>10}{'articles':>10}{'all':>8}")
    for name, c in counts.items():
        articles = c["new"] + c["rechecks"]
        print(f"{name:<11}{c['listing']:>9}{c['new']:>7}{c['rechecks']:>10}{articles:>10}{articles + c['listing']:>8}")
    base, new = counts["baseline"], counts["scheduled"]
    base_articles, new_articles = base["new"] + base["rechecks"], new["new"] + new["rechecks"]
    print(f"article requests: scheduled / baseline = {new_articles / base_articles:.4f} "
          f"({base_articles / new_articles:.1f}x fewer)")
    print(f"all requests:     scheduled / baseline = {(new_articles + new['listing']) / (base_articles + base['listing']):.4f}")
    print(f"rechecks per new article: baseline {base['rechecks'] / base['new']:.1f}, "
          f"scheduled {new['rechecks'] / new['new']:.2f} (each a conditional request: a 304 where honoured)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
