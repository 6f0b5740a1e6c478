"""Bot challenges: a page that answers with a "checking your browser" interstitial instead of the page.

Cloudflare's managed challenge usually comes with 403 and ``cf-mitigated: challenge`` (a blocked request
already), but JS challenges, "I'm Under Attack" mode, DDoS-Guard, Sucuri and captcha walls in front of
Indonesian outlets also answer **200** with a small page ("Just a moment...", "Checking if the site
connection is secure", "Enable JavaScript and cookies to continue"). Read as an article, that page has a
title and a one-line body and would be emitted (and, in a cron run, recorded as emitted, so the real
article never comes). ``bot_challenge`` tells such a page from an article; the middleware turns it into a
failed request counted as blocked, so health reports a site that refuses the crawler.

Indonesian networks block sites on the government's list by answering in the site's place: the ISP's
block page ("Internet Positif", Telkomsel's "Internet Baik", TrustPositif, Nawala), injected with a 200 at
the article's own URL. Read as an article it would replace the real story in the output (and, on a recheck,
be emitted as its update). A small page naming a block service is such a page: blocked too.

Markers alone are not enough: Cloudflare injects ``/cdn-cgi/challenge-platform/`` scripts into ordinary
pages, and comment forms carry reCAPTCHA. A small page is a challenge by its title (the interstitial's
own, nothing else), or by a challenge script or captcha widget with almost no visible text.
"""
from __future__ import annotations

import re
from html import unescape
from typing import Mapping

# Interstitials are small (Cloudflare's ~5-40 KB); a larger page is a real page, never read here.
MAX_CHARS = 120_000
# Titles that are the interstitial and nothing else (whitespace collapsed, case ignored).
_TITLE = re.compile(
    r"(?:just a moment|please wait|one more step|attention required!?|security check|checking (?:your|the) browser"
    r"|verifying (?:you are|that you are|your) (?:human|browser)|verify you are human|human verification"
    r"|ddos-guard|sucuri website firewall|access denied|akses ditolak|are you a (?:robot|human)\??|captcha)"
    r"(?:\s*\.{0,3}|\s*[|\-–—:]\s*(?:cloudflare|sucuri website firewall|access denied|ddos-guard|captcha)\s*)?",
    re.IGNORECASE)
_TITLE_TAG = re.compile(r"<title[^>]*>(.*?)</title\s*>", re.IGNORECASE | re.DOTALL)
# A challenge script (Cloudflare's inline options, a JS check page) or a captcha widget.
_WIDGET = re.compile(r"window\._cf_chl_opt|cf-browser-verification|class=[\"'][^\"']*\b(?:g-recaptcha|h-captcha"
                     r"|cf-turnstile)\b|id=[\"']challenge-(?:form|running|stage)", re.IGNORECASE)
# Cheap substring tests before the regex (one of them is in every form _WIDGET matches, as written).
_WIDGET_NEEDLES = ("_cf_chl_opt", "cf-browser-verification", "recaptcha", "h-captcha", "cf-turnstile", "challenge-")
# Visible text below this with a challenge widget: nothing but the interstitial's lines.
_MAX_VISIBLE_CHARS = 600
# ISP and DNS-filter block pages (Kominfo's list enforced by the networks): titled with the service's name,
# or a near-empty page sending the browser to the service's host (meta refresh, iframe, script).
_BLOCK_TITLE = re.compile(r"(?:internet\s*positif|internet\s*baik|trust\s*positif|nawala(?:\s+project)?"
                          r"|(?:situs|halaman|akses)\s+(?:ini\s+)?diblokir|site\s+blocked|blocked)"
                          r"(?:\s*[|\-\u2013\u2014:]\s*.{0,40})?", re.IGNORECASE)
_BLOCK_HOST = re.compile(r"internetpositif\.|trustpositif\.|internetbaik\.|nawala\.|aduankonten\.", re.IGNORECASE)
# Visible text of a block page: a notice of a few sentences. An article about the blocking is far longer.
_MAX_BLOCK_PAGE_CHARS = 1500
_INVISIBLE = re.compile(r"<(script|style|noscript|template|svg)\b.*?</\1\s*>|<!--.*?-->", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]*>")


def bot_challenge(html: str, headers: Mapping[str, str] | None = None) -> str | None:
    """Why the page is a bot challenge ("cf-mitigated header", "title 'Just a moment...'", "captcha widget
    on a page of 120 visible characters"), or None for any other page."""
    if headers and (headers.get("cf-mitigated") or "").strip().lower() == "challenge":
        return "cf-mitigated: challenge header"
    if len(html) > MAX_CHARS:
        return None
    found = _TITLE_TAG.search(html, 0, 20_000)
    title = " ".join(found.group(1).split()) if found else ""
    if title and _TITLE.fullmatch(title):
        return f"title {title!r}"
    block = title if title and _BLOCK_TITLE.fullmatch(title) else None
    if block is None and _BLOCK_HOST.search(html):
        block = _BLOCK_HOST.search(html).group(0).rstrip(".")
    if block is not None:
        visible = len(visible_text(html))
        if visible <= (_MAX_BLOCK_PAGE_CHARS if block == title else _MAX_VISIBLE_CHARS):
            return f"ISP block page ({block.lower()}) of {visible} visible characters"
    if any(needle in html for needle in _WIDGET_NEEDLES) and _WIDGET.search(html):
        visible = len(visible_text(html))
        if visible <= _MAX_VISIBLE_CHARS:
            return f"challenge script or captcha on a page of {visible} visible characters"
    return None


def visible_text(html: str) -> str:
    """The text a browser shows of a (small) page, whitespace folded: its markup, scripts, styles and comments
    left out. Cheap and rough (regular expressions, no parse): for sizing a notice page, not for extraction."""
    return " ".join(unescape(_TAG.sub(" ", _INVISIBLE.sub(" ", html))).split())
