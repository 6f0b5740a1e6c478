"""Benchmark newscrawl.dates.parse_date against plain dateparser, and check who is right.

Run:  python bench/bench_dates.py

The corpus is built here, deterministically, with the answer each string should get
(computed from the template's inputs, not by either parser), so every disagreement
between the two parsers can be judged.  Exit status: 1 if parse_date is less than
100x faster than dateparser (median per string), 2 if parse_date gets any string wrong.
"""
from __future__ import annotations

import random
import statistics
import sys
import time
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path

MIN_SPEEDUP = 100
FAST_REPEATS = 31  # parse_date is cheap: more repeats for a stable median
SLOW_REPEATS = 5  # dateparser is ~ms per call

# Our own zone objects, so the expected answers do not come from the code under test.
ZONE_OFFSETS = {"WIB": 7, "WITA": 8, "WIT": 9}
BENCH_WIB = timezone(timedelta(hours=7))
NOW = datetime(2025, 6, 20, 12, 0, 0, tzinfo=BENCH_WIB)  # the injected "now" (a Friday)

MONTH_SPELLINGS = {  # month -> ways sites write it
    1: ["Januari", "Jan", "January"],
    2: ["Februari", "Feb", "February"],
    3: ["Maret", "Mar", "March"],
    4: ["April", "Apr"],
    5: ["Mei", "May"],
    6: ["Juni", "Jun", "June"],
    7: ["Juli", "Jul", "July"],
    8: ["Agustus", "Agu", "Agt", "Ags", "Agust", "Aug"],
    9: ["September", "Sep", "Sept"],
    10: ["Oktober", "Okt", "Oct"],
    11: ["November", "Nov", "Nop", "Nopember"],
    12: ["Desember", "Des", "Dec"],
}
ENGLISH_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
ENGLISH_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
INDONESIAN_DAYS = [["Senin"], ["Selasa"], ["Rabu"], ["Kamis"], ["Jumat", "Jum'at", "Jum\u2019at"],
                   ["Sabtu"], ["Minggu", "Ahad"]]
LABELS = ["", "", "Diperbarui ", "Diperbarui: ", "Tayang: ", "Terbit ", "pada ", "Dipublikasikan ",
          "Update: ", "Published: ", "PERISTIWA | ", "| "]

# (template, has_time).  Fields: label, dayname, d, dd, m, mm, month, y, HH, MM, SS, zone.
TEXT_TEMPLATES = [
    ("{label}{dayname}, {d} {month} {y} - {HH}:{MM}{zone}", True),  # SINDOnews
    ("{label}{dayname}, {dd} {month} {y} {HH}:{MM}{zone}", True),  # detik
    ("Kompas.com - {dd}/{mm}/{y}, {HH}:{MM}{zone}", True),
    ("{label}{dayname}, {d} {month} {y} | {HH}:{MM}{zone}", True),
    ("{label}{d} {month} {y} | {HH}.{MM}{zone}", True),
    ("{label}{d} {month} {y} pukul {HH}.{MM}{zone}", True),
    ("{dayname} ({d}/{m}/{y})", False),
    ("{label}{d} {month} {y}, {HH}:{MM}{zone}", True),
    ("{dayname}   {dd} {month} {y}  {HH}:{MM}{zone}", True),
    ("{label}{dd}-{mm}-{y} {HH}:{MM}:{SS}{zone}", True),
    ("{label}{d} {month} {y}", False),
]


# Why each of these has no date: a fact ("no such day") or newscrawl's policy of
# not guessing ("no year"); the disagreement list prints the reason.
NOT_DATES: list[tuple[str, str]] = [
    ("31 Juni 2024", "June has 30 days"), ("29 Februari 2023", "2023 is no leap year"),
    ("25:61", "no such time, no date"), ("19 Juni 2024 25:61", "no such time"),
    ("06/19/2024", "day-first: month 19"), ("Foto/AP", "caption"), ("Lihat Juga :", "link text"),
    ("", "empty"), ("tulis komentar anda", "prose"), ("Kompas.com", "site name"),
    ("2024", "bare year: a guess"), ("Juni 2024", "no day: a guess"), ("19 Juni", "no year: a guess"),
    ("1718804400", "digits: timestamp not trusted"), ("19 Juni 1989", "year < 1990"),
    ("Halaman 2 dari 5", "pager"), ("Copyright 2024 Kompas.com", "footer"),
    ("Berita hari ini", "prose"), ("Pemerintah baru saja mengumumkan", "prose"), ("Rp 10.000", "price"),
    ("19 Juni 2024 12.00 malam", "which midnight?"), ("12 Mei 2025 13:00 IST", "IST: 3 zones"),
    ("16 Juni 2024 pukul 7.5 WIB", "unreadable time"), ("19/06/24", "2-digit year: DD/MM/YY or YY/MM/DD"),
]


def _expected_iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat(timespec="seconds")


def build_corpus() -> list[tuple[str, str | None, bool]]:
    """(text, expected ISO or None, is_relative) for every benchmark string."""
    rng = random.Random(20250620)  # fixed seed: the same corpus on every run
    corpus: list[tuple[str, str | None, bool]] = []

    for index in range(220):
        template, has_time = TEXT_TEMPLATES[index % len(TEXT_TEMPLATES)]
        day = datetime(2015, 1, 1) + timedelta(days=rng.randrange(0, 365 * 11))
        hour, minute, second = rng.randrange(24), rng.randrange(60), rng.randrange(60) if "{SS}" in template else 0
        zone_name = rng.choice(["WIB", "WIB", "WITA", "WIT", "wib", ""]) if has_time else ""
        offset = ZONE_OFFSETS.get(zone_name.upper(), 7)
        text = template.format(
            label=rng.choice(LABELS),
            dayname=rng.choice(INDONESIAN_DAYS[day.weekday()]),
            d=day.day, dd=f"{day.day:02d}", m=day.month, mm=f"{day.month:02d}",
            month=rng.choice(MONTH_SPELLINGS[day.month]), y=day.year,
            HH=f"{hour:02d}", MM=f"{minute:02d}", SS=f"{second:02d}",
            zone=f" {zone_name}" if zone_name else "",
        )
        if index % 9 == 0:
            text = text.upper()
        if index % 13 == 0:
            text = text.replace(" ", "\u00a0", 2)
        moment = datetime(day.year, day.month, day.day, hour, minute, second) if has_time else day
        corpus.append((text, _expected_iso(moment.replace(tzinfo=timezone(timedelta(hours=offset)))), False))

    for index in range(40):  # machine formats: ISO, RFC 822, detik's broken ISO
        moment = datetime(2016, 1, 1, tzinfo=BENCH_WIB) + timedelta(seconds=rng.randrange(0, 10 * 365 * 86400))
        utc = moment.astimezone(timezone.utc)
        kind = index % 6
        if kind == 0:
            text, expected = moment.isoformat(), moment
        elif kind == 1:
            text, expected = utc.strftime("%Y-%m-%dT%H:%M:%SZ"), utc
        elif kind == 2:
            text, expected = moment.strftime("%Y-%m-%d %H:%M:%S"), moment
        elif kind == 3:
            text, expected = moment.strftime("%Y/%m/%d %H:%M:%S"), moment
        elif kind == 4:
            text = (f"{ENGLISH_DAYS[utc.weekday()]}, {utc.day:02d} {ENGLISH_MONTHS[utc.month - 1]} "
                    f"{utc.year} {utc:%H:%M:%S} GMT")
            expected = utc
        else:
            text, expected = moment.strftime("%Y-%m-%dT%H-%M-%SZ"), moment  # detik: WIB despite the Z
        corpus.append((text, _expected_iso(expected), False))

    # The site examples and machine formats of the table test (tests/test_dates.py), so the
    # benchmark and the tests agree on the expected answers.
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
    from test_dates import MACHINE_FORMATS, SITE_BYLINES

    literal_examples = SITE_BYLINES + MACHINE_FORMATS
    corpus += [(text, expected, False) for text, expected in literal_examples]

    relative_examples = [
        ("5 menit lalu", NOW - timedelta(minutes=5)),
        ("5 menit yang lalu", NOW - timedelta(minutes=5)),
        ("2 jam yang lalu", NOW - timedelta(hours=2)),
        ("3 hari lalu", NOW - timedelta(days=3)),
        ("1 minggu lalu", NOW - timedelta(weeks=1)),
        ("30 detik lalu", NOW - timedelta(seconds=30)),
        ("kemarin, 10:30 WIB", datetime(2025, 6, 19, 10, 30, tzinfo=BENCH_WIB)),
        ("kemarin 10.30", datetime(2025, 6, 19, 10, 30, tzinfo=BENCH_WIB)),
        ("hari ini 08:00", datetime(2025, 6, 20, 8, 0, tzinfo=BENCH_WIB)),
        ("baru saja", NOW),
        ("sejam yang lalu", NOW - timedelta(hours=1)),
        ("1 jam 30 menit yang lalu", NOW - timedelta(minutes=90)),
    ]
    corpus += [(text, _expected_iso(moment), True) for text, moment in relative_examples]

    corpus += [(text, None, False) for text, _ in NOT_DATES]
    return corpus


def median_ns(function: Callable[[str], object], text: str, repeats: int) -> float:
    samples = []
    for _ in range(repeats):
        start = time.perf_counter_ns()
        function(text)
        samples.append(time.perf_counter_ns() - start)
    return statistics.median(samples)


def instant_iso(value: datetime | None) -> str | None:
    """dateparser returns naive values for zone-less text: those are WIB wall time."""
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=BENCH_WIB)
    return value.isoformat(timespec="seconds")


def same_instant(left: str | None, right: str | None) -> bool:
    if left is None or right is None:
        return left is right
    return datetime.fromisoformat(left) == datetime.fromisoformat(right)


def main() -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    import dateparser

    from newscrawl.dates import parse_date, to_iso

    corpus = build_corpus()
    texts = [text for text, _, _ in corpus]

    def ours(text: str) -> datetime | None:
        return parse_date(text, now=NOW)

    def theirs(text: str) -> datetime | None:
        return dateparser.parse(text, languages=["id"])

    for text in texts:  # warm-up: dateparser's first calls load locale data
        ours(text)
        theirs(text)

    our_medians, their_medians = [], []
    for text in texts:
        our_medians.append(median_ns(ours, text, FAST_REPEATS))
        their_medians.append(median_ns(theirs, text, SLOW_REPEATS))
    our_us = statistics.median(our_medians) / 1000
    their_us = statistics.median(their_medians) / 1000
    speedup = their_us / our_us

    print(f"corpus: {len(corpus)} strings ({sum(r for _, _, r in corpus)} relative, "
          f"{sum(e is None for _, e, _ in corpus)} non-dates)")
    print(f"parse_date         median {our_us:9.1f} µs/string   (mean {statistics.mean(our_medians) / 1000:.1f})")
    print(f"dateparser.parse   median {their_us:9.1f} µs/string   (mean {statistics.mean(their_medians) / 1000:.1f})")
    print(f"speed-up (median ratio): {speedup:.0f}x  (required >= {MIN_SPEEDUP}x)")

    # Relative strings: dateparser gets the same "now" (untimed call), so any
    # difference is about parsing, not about the clock.
    naive_now = NOW.replace(tzinfo=None)
    reasons = dict(NOT_DATES)
    disagreements = []
    ours_wrong: list[tuple[str, str | None, str | None]] = []
    for text, expected, is_relative in corpus:
        our_value = to_iso(ours(text))
        if is_relative:
            their_value = instant_iso(dateparser.parse(text, languages=["id"], settings={"RELATIVE_BASE": naive_now}))
        else:
            their_value = instant_iso(theirs(text))
        our_right = same_instant(our_value, expected)
        if not our_right:
            ours_wrong.append((text, our_value, expected))
        if not same_instant(our_value, their_value):
            their_right = same_instant(their_value, expected)
            verdict = "parse_date" if our_right and not their_right else (
                "dateparser" if their_right and not our_right else "neither")
            disagreements.append((text, our_value, their_value, verdict, reasons.get(text, "")))

    print(f"\ndisagreements (instants differ): {len(disagreements)} of {len(corpus)}")
    if disagreements:
        print(f"{'right':<11} {'text':<48} {'parse_date':<26} {'dateparser':<26} why None")
        for text, our_value, their_value, verdict, reason in disagreements:
            print(f"{verdict:<11} {text!r:<48} {str(our_value):<26} {str(their_value):<26} {reason}")
        tally = {name: sum(d[3] == name for d in disagreements) for name in ("parse_date", "dateparser", "neither")}
        print("right in disagreements: " + ", ".join(f"{name} {count}" for name, count in tally.items()))
        kinds = {
            "dateparser None, parse_date a date": sum(o is not None and t is None for _, o, t, _, _ in disagreements),
            "parse_date None, dateparser a date": sum(o is None and t is not None for _, o, t, _, _ in disagreements),
            "two different instants": sum(o is not None and t is not None for _, o, t, _, _ in disagreements),
        }
        print("kinds: " + ", ".join(f"{kind} {count}" for kind, count in kinds.items()))
    print(f"parse_date wrong vs expected answers: {len(ours_wrong)}")
    for text, our_value, expected in ours_wrong:
        print(f"  WRONG {text!r}: parse_date {our_value}, expected {expected}")

    if speedup < MIN_SPEEDUP:
        print(f"FAIL: speed-up {speedup:.0f}x < {MIN_SPEEDUP}x")
        return 1
    if ours_wrong:
        print("FAIL: parse_date gave a wrong answer")
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
