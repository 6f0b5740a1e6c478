"""Per-field choosers: pure functions that take every source's candidate for one field and decide.

``title.choose_title`` (headline by agreement of h1, og:title, JSON-LD headline and ``<title>``),
``authors.choose_authors`` (persons only: no outlet, agency, desk or editor; full names over short
forms), ``outlet`` (what names the outlet: domain, og:site_name, publisher, learned title affixes).
"""
