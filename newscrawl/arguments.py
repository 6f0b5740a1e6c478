"""Spider arguments (`-a NAME=VALUE`): one pure check, shared by every spider and the cron entry.

A spider declares what it takes as ``{name: kind}``; ``check_arguments`` turns the strings given
into values, or raises BadArgument with one line that names the argument. Nothing is guessed: a
typo (``sinse``), a URL without a scheme, ``max_pages=abc``, a bad date or a reversed window all
fail before anything is fetched.
"""
from __future__ import annotations

import difflib
import re
from datetime import date
from typing import Any, Iterable, Mapping

from newscrawl.urls import split_url

# kind → (what the value must be, its value when not given)
KINDS: dict[str, tuple[str, Any]] = {
    "urls": ("http(s) URLs separated by commas", ()),
    "urlfile": ("a readable file of http(s) URLs, one per line", ()),
    "names": ("names separated by commas", ()),
    "day": ("a date as YYYY-MM-DD, from 1990-01-01 to 2100-12-31", None),
    "count": ("a whole number of at least 1", None),
    "count0": ("a whole number of at least 0", None),
    "flag": ("1/0, true/false or yes/no", False),
}
_TRUE, _FALSE = {"1", "true", "yes", "on"}, {"0", "false", "no", "off", ""}
# A comma separates URLs only before the next scheme: some article URLs contain commas
# (tempo 2015: …/055715684,uk.html/…).
_URL_SEPARATOR = re.compile(r",(?=\s*https?://)")


# The days a window may name: the web's Indonesian news starts in the 1990s (dates.MIN_YEAR); a day far
# outside is a typo ("0024-06-19"), and date.min/max would overflow the day-by-day walk over the window.
FIRST_DAY, LAST_DAY = date(1990, 1, 1), date(2100, 12, 31)


class BadArgument(ValueError):
    """A spider argument that cannot be used; the message names it and says what was expected."""


def split_urls(value: str | Iterable[str] | None) -> list[str]:
    """'-a url=a,b' → ['a', 'b'] (a list given from Python is taken as it is)."""
    if value is None:
        return []
    if not isinstance(value, str):
        return [str(v).strip() for v in value if str(v).strip()]
    return [u.strip() for u in _URL_SEPARATOR.split(value) if u.strip()]


def _valid_url(url: str) -> bool:
    parts = split_url(url)  # None: a host or port that does not parse ("https://[link]")
    return parts is not None and parts.scheme in ("http", "https") and bool(parts.hostname) \
        and not re.search(r"\s", url)


def read_url_file(path: str) -> list[str]:
    """The URLs of a file, one per line (blank lines and ``#`` comments skipped, a BOM and CRLF
    tolerated), in order, once each. ValueError names the file or the first bad line."""
    try:
        with open(path, encoding="utf-8-sig") as handle:
            lines = handle.read().splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise ValueError(f"{path}: {getattr(error, 'strerror', None) or error}") from None
    urls: dict[str, None] = {}
    for number, line in enumerate(lines, 1):
        url = line.strip()
        if not url or url.startswith("#"):
            continue
        if not _valid_url(url):
            raise ValueError(f"{path} line {number}: {url[:120]}")
        urls[url] = None
    return list(urls)


def _convert(name: str, kind: str, value: Any) -> Any:
    text = value if not isinstance(value, str) else value.strip()
    if kind in ("urls", "urlfile") and isinstance(text, str) and not text:
        # "-a url=" from an empty shell variable: not "no URL given" (which would crawl today's listings instead)
        raise ValueError("nothing given")
    if kind == "urls":
        urls = split_urls(text)
        for url in urls:
            if not _valid_url(url):
                raise ValueError(url)
        return urls
    if kind == "urlfile":
        return read_url_file(str(text))
    if kind == "names":
        if not isinstance(text, str):
            return [str(v).strip() for v in text if str(v).strip()]
        return [n.strip() for n in text.split(",") if n.strip()]
    if kind == "day":
        if text in ("", None):
            return None
        day = date.fromisoformat(str(text))
        if not FIRST_DAY <= day <= LAST_DAY:
            raise ValueError(text)
        return day
    if kind in ("count", "count0"):
        if text in ("", None):
            return None
        number = int(str(text)) if not isinstance(text, int) or isinstance(text, bool) else text
        if number < (1 if kind == "count" else 0):
            raise ValueError(text)
        return number
    if kind == "flag":
        if isinstance(text, bool):
            return text
        if str(text).lower() in _TRUE | _FALSE:
            return str(text).lower() in _TRUE
        raise ValueError(text)
    raise AssertionError(f"unknown argument kind {kind!r} for {name}")


def check_arguments(given: Mapping[str, Any], accepted: Mapping[str, str], *, today: date,
                    spider: str = "this spider", require_any: Iterable[str] = ()) -> dict[str, Any]:
    """Check and convert spider arguments; every accepted name comes back, with its default if not given.

    ``accepted`` maps names to kinds (KINDS). With ``since``/``until`` accepted, the window is filled
    in (until: today; since: until) and must not be reversed. ``require_any``: at least one of these
    must be given (generic needs start_urls or url).
    """
    for name in given:
        if name not in accepted:
            close = difflib.get_close_matches(name, list(accepted), n=1)
            hint = f"did you mean {close[0]}? " if close else ""
            raise BadArgument(f"-a {name}={given[name]!r}: {spider} has no argument {name!r} "
                              f"({hint}it takes: {', '.join(accepted)})")
    values: dict[str, Any] = {}
    for name, kind in accepted.items():
        expected, default = KINDS[kind]
        if name not in given:
            values[name] = list(default) if isinstance(default, tuple) else default
            continue
        try:
            values[name] = _convert(name, kind, given[name])
        except (TypeError, ValueError) as error:
            bad = (" (nothing given)" if error.args and error.args[0] == "nothing given"
                   else f" ({error.args[0]!r} is not)" if kind == "urls" and error.args
                   else f" ({error.args[0]})" if kind == "urlfile" and error.args else "")
            raise BadArgument(f"-a {name}={given[name]!r}: expected {expected}{bad}") from None
    required = list(require_any)
    if required and not any(values.get(name) for name in required):
        raise BadArgument(f"{spider} needs " + " or ".join(f"-a {name}=…" for name in required))
    if "since" in accepted and "until" in accepted:
        given_until = values["until"]
        values["until"] = given_until or today
        values["since"] = values["since"] or values["until"]
        if values["since"] > values["until"]:
            raise BadArgument(f"-a since={values['since']} is after -a until={values['until']}: "
                              "the window would be empty")
    return values
