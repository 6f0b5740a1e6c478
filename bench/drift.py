"""Template drift table: the 37 real pages under synthetic perturbations (tests/drift.py), per field.

    python bench/drift.py [--only PERTURBATION[,…]] [--failures]

IN-SAMPLE pages under SYNTHETIC perturbation: the extraction code was tuned on these very pages
(tests/realpages/TUNED_ON.tsv). A row says how many pages keep a field right once the source the field
usually rides on is removed or bent (what each perturbation does and which truths it keeps: the
docstring of tests/drift.py); it is no estimate of accuracy on unseen pages. Each cell is right/expected
(pages where the field is not expected under that perturbation are not counted).
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))

import drift  # noqa: E402
from replay import realpages_dir  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", default="", help="comma-separated perturbations (default: all)")
    parser.add_argument("--failures", action="store_true", help="list every wrong field")
    args = parser.parse_args(argv)
    realpages = realpages_dir()
    if realpages is None:
        print("no ../shared/realpages: nothing to run")
        return 1
    names = [n for n in args.only.split(",") if n] or list(drift.PERTURBATIONS)
    print("In-sample pages (37, tuned on) under synthetic template perturbations: right/expected per field.")
    header = f"{'perturbation':14} {'spider':8} " + " ".join(f"{f:>12}" for f in drift.FIELDS) + f" {'n/a':>4} {'s':>5}"
    print(header)
    print("-" * len(header))
    wrong: list[str] = []
    for name in names:
        started = time.process_time()
        outcomes = drift.run(name, str(realpages))
        seconds = time.process_time() - started
        for spider in ("site", "generic"):
            mine = [o for o in outcomes if o.spider == spider]
            counts = drift.tally(mine)
            na = sum(1 for o in mine if not o.applicable)
            cells = " ".join(f"{f'{r}/{n}':>12}" for r, n in (counts[f] for f in drift.FIELDS))
            print(f"{name:14} {spider:8} {cells} {na:>4} {seconds if spider == 'site' else 0:>5.1f}")
        wrong += drift.failures(outcomes)
    if args.failures:
        print("\n".join(["", "Wrong fields:", *wrong]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
