"""CSS selectors evaluated right to left, as browsers match them.

cssselect turns ``.kcm-read-top h2`` into ``descendant-or-self::*[class test]/descendant-or-self::*/h2``:
the class test runs on every element of the page, then a walk below every match. Turned around it is
``descendant-or-self::h2[ancestor::*[class test]]``: libxml2 compares names natively and tests the class
only on the ancestors of the few ``h2``. Same node set, same document order; on the real pages a
selector with a combinator costs a fraction of the forward query (bench/bench_extract.py).

Measured and rejected: one walk per field whose predicate ORs every alternative's test, picked by
priority afterwards. libxml2 then evaluates the predicate on every element instead of its native name
test, and the tuple cost more than running the alternatives one after another (which stops at the first
hit, usually the first alternative), so the fallbacks still run in order.

``compile_css`` returns None for CSS it cannot turn around (the caller then asks parsel as before).
"""
from __future__ import annotations

from functools import lru_cache

from cssselect import parser as css_parser
from lxml import etree
from parsel import Selector
from parsel.csstranslator import HTMLTranslator

_TRANSLATOR = HTMLTranslator()
# Combinators as the axis from the right-hand element to the left-hand one.
_AXES = {" ": "ancestor::", ">": "parent::", "+": "preceding-sibling::*[1]/self::", "~": "preceding-sibling::"}


class Unsupported(ValueError):
    """CSS this module cannot evaluate right to left."""


def _step(tree: css_parser.Tree) -> str:
    """``tag[condition]`` of a selector with no combinator."""
    expr = _TRANSLATOR.xpath(tree)
    if expr.path:
        raise Unsupported(str(expr))
    return f"{expr.element}[{expr.condition}]" if expr.condition else expr.element


def _reversed(tree: css_parser.Tree) -> str:
    """The rightmost compound's step, the rest of the selector as predicates on axes going up/back."""
    if isinstance(tree, css_parser.CombinedSelector):
        axis = _AXES.get(tree.combinator)
        if axis is None:
            raise Unsupported(tree.combinator)
        return f"{_step(tree.subselector)}[{axis}{_reversed(tree.selector)}]"
    return _step(tree)


def _pseudo(parsed: css_parser.Selector) -> tuple[str, str | None] | None:
    """("attr", name) for ``::attr(name)``, ("text", None) for ``::text``, None for elements."""
    pseudo = parsed.pseudo_element
    if pseudo is None:
        return None
    if isinstance(pseudo, css_parser.FunctionalPseudoElement) and pseudo.name == "attr" and len(pseudo.arguments) == 1:
        return "attr", pseudo.arguments[0].value
    if pseudo == "text":
        return "text", None
    raise Unsupported(repr(pseudo))


class Compiled:
    """One CSS selector (comma groups allowed, one pseudo-element for all): its element query and how
    to read values off the elements."""

    def __init__(self, css: str) -> None:
        groups = css_parser.parse(css)
        pseudos = {_pseudo(group) for group in groups}
        if len(pseudos) != 1:
            raise Unsupported(f"comma groups with different pseudo-elements: {css}")
        self.pseudo = pseudos.pop()
        self.source = " | ".join(f"descendant-or-self::{_reversed(group.parsed_tree)}" for group in groups)
        self.query = etree.XPath(self.source)

    def elements(self, root: etree._Element) -> list[etree._Element]:
        return self.query(root)

    def values(self, elements: list[etree._Element]) -> list[str]:
        """Attribute values, direct text nodes, or whole element texts, as parsel's getall() gives."""
        if self.pseudo is None:
            return ["".join(element.itertext()) for element in elements]
        kind, name = self.pseudo
        if kind == "attr":
            return [value for element in elements if (value := element.get(name)) is not None]
        return [str(text) for element in elements for text in element.xpath("text()")]


@lru_cache(maxsize=4096)
def compile_css(css: str) -> Compiled | None:
    try:
        return Compiled(css)
    except (Unsupported, css_parser.SelectorError, etree.XPathError):
        return None


def select_elements(selector: Selector, css: str) -> list[etree._Element]:
    """The elements a CSS selector matches under ``selector`` (a pseudo-element is ignored)."""
    compiled = compile_css(css)
    if compiled is None or not isinstance(selector.root, etree._Element):
        return [node.root for node in selector.css(css) if isinstance(node.root, etree._Element)]
    return compiled.elements(selector.root)


def select_values(selector: Selector, css: str) -> list[str]:
    """What ``selector.css(css).getall()`` gives for a pseudo-element, else each match's whole text."""
    compiled = compile_css(css)
    if compiled is None or not isinstance(selector.root, etree._Element):
        if "::" in css:
            return selector.css(css).getall()
        return ["".join(node.root.itertext()) if isinstance(node.root, etree._Element) else str(node.root)
                for node in selector.css(css)]
    return compiled.values(compiled.elements(selector.root))


def matches_of_any(selector: Selector, selectors: tuple[str, ...]) -> list[etree._Element]:
    """Every element any of the selectors matches (a drop list), in document order."""
    return select_elements(selector, ", ".join(selectors)) if selectors else []
