"""Bot challenges: a page that answers with a "checking your browser" interstitial instead of the page.

Cloudflare's managed challenge usually comes with 403 and ``cf-mitigated: challenge`` (a blocked request
already), but JS challenges, "I'm Under Attack" mode, DDoS-Guard, Sucuri and captcha walls in front of
Indonesian outlets also answer **200** with a small page ("Just a moment...", "Checking if the site
connection is secure", "Enable JavaScript and cookies to continue"). Read as an article, that page has a
title and a one-line body and would be emitted (and, in a cron run, recorded as emitted, so the real
article never comes). ``bot_challenge`` tells such a page from an article; the middleware turns it into a
failed request counted as blocked, so health reports a site that refuses the crawler.

Markers alone are not enough: Cloudflare injects ``/cdn-cgi/challenge-platform/`` scripts into ordinary
pages, and comment forms carry reCAPTCHA. A small page is a challenge by its title (the interstitial's
own, nothing else), or by a challenge script or captcha widget with almost no visible text.
"""
from __future__ import annotations

import re
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
    if any(needle in html for needle in _WIDGET_NEEDLES) and _WIDGET.search(html):
        visible = len(" ".join(_TAG.sub(" ", _INVISIBLE.sub(" ", html)).split()))
        if visible <= _MAX_VISIBLE_CHARS:
            return f"challenge script or captcha on a page of {visible} visible characters"
    return None
