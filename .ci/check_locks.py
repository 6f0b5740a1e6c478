#!/usr/bin/env python3
"""CI: do the dependency locks match the .in files they are compiled from? (offline, no index needed)

    python .ci/check_locks.py            # from the checkout; exit 1 and one line per problem

requirements.txt and requirements-dev.txt are full locks that pip-compile (pip-tools) writes from
requirements.in and requirements-dev.in. This checks what a hand edit or a forgotten recompile breaks:
every requirement of the .in file is pinned in its lock at a version it allows; every lock line is an
exact pin with hashes and says why it is there (pip-compile's "# via"), and that reason still holds (a
top-level name still in the .in, or a package still in the lock); the dev lock pins the runtime
packages exactly as the runtime lock does. Installing with the hashes (.ci/run) then proves the lock is
complete: pip refuses any package the lock does not pin.
"""
from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from packaging.requirements import InvalidRequirement, Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[1]
PAIRS = (("requirements.in", "requirements.txt"), ("requirements-dev.in", "requirements-dev.txt"))
_PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s\\;]+)")


@dataclass
class Pin:
    version: str
    hashes: int = 0
    via: list[str] = field(default_factory=list)


def read_in(path: Path) -> dict[str, Requirement]:
    """The requirements of a .in file and of the files it includes with -r (constraints, -c, name none)."""
    found: dict[str, Requirement] = {}
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split(" #", 1)[0].strip()
        if not line or line.startswith("#") or line.startswith(("-c", "--constraint")):
            continue
        if line.startswith(("-r", "--requirement")):
            found.update(read_in(path.parent / line.split(None, 1)[1].strip()))
            continue
        try:
            requirement = Requirement(line)
        except InvalidRequirement as error:
            raise SystemExit(f"{path.name}: cannot read {line!r}: {error}") from None
        found[canonicalize_name(requirement.name)] = requirement
    return found


def parse_lock(text: str) -> tuple[dict[str, Pin], list[str]]:
    """pip-compile output → {name: Pin}, and the lines that are neither pins, hashes nor comments."""
    pins: dict[str, Pin] = {}
    odd: list[str] = []
    current: Pin | None = None
    in_via = False
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        match = _PIN.match(raw)
        if match:
            current = pins[canonicalize_name(match[1])] = Pin(match[2])
            in_via = False
        elif line.startswith("--hash=") and current is not None:
            current.hashes += 1
        elif line.startswith("#"):
            comment = line.lstrip("#").strip()
            if current is None:
                continue  # the header
            if comment.startswith("via"):
                in_via = True
                comment = comment[3:].strip()
            if in_via and comment:
                current.via.append(comment)
        else:
            odd.append(raw)
    return pins, odd


def lock_problems(wanted: dict[str, Requirement], lock_text: str, in_names: set[str]) -> list[str]:
    """Everything wrong between one .in (its requirements, and the .in file names that may appear in
    "# via -r FILE") and its lock text; empty when they match."""
    pins, odd = parse_lock(lock_text)
    problems = [f"not an exact pin with hashes: {line.strip()!r}" for line in odd]
    for name, requirement in sorted(wanted.items()):
        pin = pins.get(name)
        if pin is None:
            problems.append(f"{requirement} is not in the lock")
        elif not requirement.specifier.contains(pin.version, prereleases=True):
            problems.append(f"{requirement} but the lock pins {name}=={pin.version}")
    for name, pin in sorted(pins.items()):
        if not pin.hashes:
            problems.append(f"{name}=={pin.version} has no --hash")
        if not pin.via:
            problems.append(f"{name}=={pin.version} says no '# via': not written by pip-compile?")
        reasons = []
        for via in pin.via:
            if via.startswith(("-r ", "-c ")):
                source = via.split(None, 1)[1]
                # "-r requirements.in": a top-level requirement, which must still be in the .in.
                reasons.append(source in in_names and (via.startswith("-c ") or name in wanted))
            else:
                reasons.append(canonicalize_name(via) in pins)
        if pin.via and not any(reasons):
            problems.append(f"{name}=={pin.version} is there for {', '.join(pin.via)}, none of which asks for it now")
    return problems


def main() -> int:
    problems = []
    for in_name, lock_name in PAIRS:
        wanted = read_in(ROOT / in_name)
        text = (ROOT / lock_name).read_text(encoding="utf-8")
        problems += [f"{lock_name}: {p} (recompile: see README, Dependencies)"
                     for p in lock_problems(wanted, text, {n for n, _ in PAIRS})]
    runtime, _ = parse_lock((ROOT / PAIRS[0][1]).read_text(encoding="utf-8"))
    dev, _ = parse_lock((ROOT / PAIRS[1][1]).read_text(encoding="utf-8"))
    for name, pin in sorted(runtime.items()):
        if name in dev and dev[name].version != pin.version:
            problems.append(f"{PAIRS[1][1]} pins {name}=={dev[name].version}, {PAIRS[0][1]} {pin.version}")
        elif name not in dev:
            problems.append(f"{PAIRS[1][1]} lacks {name}, which {PAIRS[0][1]} pins")
    for problem in problems:
        print(f"check_locks: {problem}", file=sys.stderr)
    if not problems:
        print(f"check_locks: {', '.join(lock for _, lock in PAIRS)} match their .in files")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
