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

Exceptions, same node sets: ``.foo``/``#foo`` test the class/id attribute nodes before the element
(``_leading``); ``.foo a`` over the whole document runs forward (``_forward``: links are too many to
test their ancestors); a drop list's single classes and ``[attr=v]``/``[attr^=v]`` groups are tested
in one Python pass over the container (``matches_of_any``); ``A ~ B`` walks forward from the A's in Python
(``_LaterSiblings``: right to left it is quadratic in the siblings, h295 C1).

``compile_css`` returns None for CSS it cannot turn around (the caller then asks parsel as before).

Inside ``memoized_queries(root)`` a query run twice on that tree is walked once: the spider chooses a
page's template era by its body containers, then reads the body from the same containers.
"""
from __future__ import annotations

from contextlib import contextmanager
from functools import lru_cache
from typing import Callable, Iterator, TypeVar

from cssselect import parser as css_parser
from lxml import etree
from parsel import Selector
from parsel.csstranslator import HTMLTranslator

from newscrawl.dom import TEXTLESS_TAGS, XML_SPACE, text_pieces

_TRANSLATOR = HTMLTranslator()
T = TypeVar("T")
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


def _leading(tree: css_parser.Tree) -> str:
    """The path that finds a selector's rightmost elements from the context node.

    libxml2 pays a predicate call per element it tests; a name test is nearly free. For ``.foo`` or
    ``#foo`` on any element, the class or id attribute nodes are tested first with one contains() or
    one comparison, and the full condition runs on the few parents that pass (the prefilter is
    implied by the condition, so the node set is the same): about half the cost of a class scan,
    a third of an id scan on the real pages."""
    rightmost = tree.subselector if isinstance(tree, css_parser.CombinedSelector) else tree
    prefilter = _prefilter(rightmost, any_element=True)
    return f"descendant-or-self::*/{prefilter}/parent::{_reversed(tree)}" if prefilter else \
        f"descendant-or-self::{_reversed(tree)}"


def _prefilter(compound: css_parser.Tree, any_element: bool = False) -> str | None:
    """``@class[contains(., 'foo')]`` for ``.foo``, ``@id[. = 'foo']`` for ``#foo`` (``tag.foo``,
    ``tag#foo`` too unless ``any_element``: a name test alone is cheaper there), else None."""
    if not (isinstance(compound, (css_parser.Class, css_parser.Hash))
            and isinstance(compound.selector, css_parser.Element)
            and compound.selector.namespace is None and not (any_element and compound.selector.element)):
        return None
    if isinstance(compound, css_parser.Hash):
        return f"@id[. = {_TRANSLATOR.xpath_literal(compound.id)}]"
    name = compound.class_name
    if not name or any(c in name for c in " \t\r\n"):  # normalize-space could change it
        return None
    return f"@class[contains(., {_TRANSLATOR.xpath_literal(name)})]"


def _forward(tree: css_parser.Tree) -> str | None:
    """``.foo a`` as ``(elements of .foo)/descendant::a``, for a query over the whole document.

    Right to left, ``a[ancestor::*[test]]`` tests every ancestor of every link (a breadcrumb or tag
    box on a page of hundreds of links: 0.7-2 ms, three to five times a forward class scan). Only for
    links: a rarer element (``.kcm-read-top h2``) is cheaper right to left. On the document's root element
    both forms give the same node set in document order; below it they differ (the right-to-left
    ancestor may lie above the context), so the forward form is used only there."""
    if not (isinstance(tree, css_parser.CombinedSelector) and tree.combinator == " "
            and isinstance(tree.subselector, css_parser.Element) and tree.subselector.namespace is None
            and tree.subselector.element == "a" and _prefilter(tree.selector)):
        return None
    left = tree.selector
    return f"descendant-or-self::*/{_prefilter(left)}/parent::{_step(left)}/descendant::a"


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


class _LaterSiblings:
    """``A ~ B`` (``~`` the rightmost combinator): every B below the context with an earlier sibling A, found by
    walking forward from the A's, each sibling once (h295 C1).

    Right to left it is ``B[preceding-sibling::A]``: every candidate scans all its earlier siblings, and libxml2
    does not stop at the first A, so kompas' drop "#EndOfArticle ~ *" took 9 s on 10,000 siblings and hung on a
    page of 50,000 unclosed <p>. Forward, ``A/following-sibling::B`` is quadratic too when the A's are many
    (kumparan's "p[data-qa-id=story-paragraph] ~ h2": every paragraph is an A). Here a walk from an A stops at a
    sibling an earlier walk already passed: linear in the siblings. ``A + B`` needs nothing of the kind (libxml2
    stops ``preceding-sibling::*[1]`` at the first). A ``~`` further left (``A ~ B C``) stays right to left.

    Same node set as the right-to-left form: B's anywhere below and at the context, A's anywhere (the context's
    own earlier siblings lie outside it)."""

    def __init__(self, tree: css_parser.CombinedSelector) -> None:
        self.source = f"later-siblings({_leading(tree.selector)} ~ {_leading(tree.subselector)})"
        self.rights = etree.XPath(_leading(tree.subselector))
        self.lefts = _Query([tree.selector])
        self.left_self = etree.XPath(f"self::{_reversed(tree.selector)}")

    def __call__(self, root: etree._Element) -> list[etree._Element]:
        rights = self.rights(root)
        if not rights:
            return []
        candidates = set(rights)
        found: set[etree._Element] = set()
        if any(self.left_self(earlier) for earlier in root.itersiblings(etree.Element, preceding=True)):
            found.add(root)  # an A outside the context, before it
        passed: set[etree._Element] = set()
        for left in self.lefts.elements(root):
            if left is root:
                continue  # its later siblings lie outside the context
            sibling = left.getnext()
            while sibling is not None and sibling not in passed:
                passed.add(sibling)
                if sibling in candidates:
                    found.add(sibling)
                sibling = sibling.getnext()
        return [element for element in rights if element in found]


def _later_siblings(tree: css_parser.Tree) -> bool:
    return isinstance(tree, css_parser.CombinedSelector) and tree.combinator == "~"


class _Query:
    """The element query of one or more comma groups: right to left below the document's root element, on it the
    forward form of the groups that have one; an ``A ~ B`` group walked forward in Python (``_LaterSiblings``).
    Inside ``memoized_queries`` its elements are remembered by source."""

    def __init__(self, trees: list[css_parser.Tree]) -> None:
        self.walks = tuple(_LaterSiblings(tree) for tree in trees if _later_siblings(tree))
        trees = [tree for tree in trees if not _later_siblings(tree)]
        xpath = " | ".join(_leading(tree) for tree in trees)
        self.source = " | ".join([xpath] * bool(xpath) + [walk.source for walk in self.walks])
        self.query = etree.XPath(xpath) if xpath else None
        self.document_source = " | ".join(_forward(tree) or _leading(tree) for tree in trees)
        self.document_query = (etree.XPath(self.document_source) if self.document_source != xpath
                               else self.query)

    def elements(self, root: etree._Element) -> list[etree._Element]:
        memo = _MEMO.get(root)
        if memo is not None:
            found = memo.get(self.source)
            if found is None:
                found = memo[self.source] = self._elements(root)
            return list(found)  # the caller's own list
        return self._elements(root)

    def _elements(self, root: etree._Element) -> list[etree._Element]:
        query = self.document_query if root.getparent() is None else self.query
        found = query(root) if query is not None else []
        if not self.walks:
            return found
        walked = [walk(root) for walk in self.walks]
        if len(walked) == 1 and not found:
            return walked[0]
        every = set(found).union(*walked)
        return [element for element in root.iter() if element in every]  # document order


class Compiled:
    """One CSS selector (comma groups allowed, one pseudo-element for all): its element query and how
    to read values off the elements."""

    def __init__(self, css: str) -> None:
        groups = css_parser.parse(css)
        pseudos = {_pseudo(group) for group in groups}
        if len(pseudos) != 1:
            raise Unsupported(f"comma groups with different pseudo-elements: {css}")
        self.pseudo = pseudos.pop()
        self.whole = _Query([group.parsed_tree for group in groups])
        self.source = self.whole.source
        # Each group alone, asked in turn by matches_any: a single group's query is the whole one.
        self.groups = tuple(_Query([group.parsed_tree]) for group in groups) if len(groups) > 1 else (self.whole,)

    def elements(self, root: etree._Element) -> list[etree._Element]:
        return self.whole.elements(root)

    def matches_any(self, root: etree._Element) -> bool:
        """Whether any element matches: the groups one by one, up to the first that matches (the union's answer).
        Inside ``memoized_queries`` a group's elements are then remembered under the group's own query, which a
        later selector of that group alone reads (an era's signature naming its body container: liputan6 2016's
        ".read-page__content-body, h1…", then the body ".read-page__content-body": one walk, not two)."""
        return any(group.elements(root) for group in self.groups)

    def values(self, elements: list[etree._Element]) -> list[str]:
        """Attribute values, direct text nodes, or whole element texts, as parsel's getall() gives — but no text
        inside an inline <svg> icon, a script or a button below the element (dom.text_pieces: "<svg><title>Penulis
        </title></svg>Dwi Aditya Putra" is no "PenulisDwi Aditya Putra")."""
        if self.pseudo is None:
            return ["".join(text_pieces(element, "")) for element in elements]
        kind, name = self.pseudo
        if kind == "attr":
            return [value for element in elements if (value := element.get(name)) is not None]
        return [str(text) for element in elements if not _inside_textless(element)
                for text in element.xpath("text()")]


def _inside_textless(element: etree._Element) -> bool:
    """Whether an element sits inside a dom.TEXTLESS_TAGS element (an <svg> icon's <title>, read by "… ::text")."""
    return any(ancestor.tag in TEXTLESS_TAGS for ancestor in element.iterancestors())


# Root element -> {query: its elements}, only while ``memoized_queries`` holds the root.
_MEMO: dict[etree._Element, dict[str, list[etree._Element]]] = {}


@contextmanager
def memoized_queries(root: object) -> Iterator[None]:
    """Remember each compiled query's elements on ``root``'s tree until the block ends. The tree must not
    change inside the block (newscrawl reads pages; a site hook that marks elements runs after it)."""
    if not isinstance(root, etree._Element) or root in _MEMO:
        yield
        return
    _MEMO[root] = {}
    try:
        yield
    finally:
        del _MEMO[root]


def memoized(root: etree._Element, key: str, compute: Callable[[], T]) -> T:
    """``compute()``, once per page while ``memoized_queries`` holds ``root`` (else each time): a page-wide value
    several fields read (the page's joined class values)."""
    memo = _MEMO.get(root)
    if memo is None:
        return compute()
    if key not in memo:
        memo[key] = compute()  # type: ignore[assignment]
    return memo[key]  # type: ignore[return-value]


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


def matches_anything(selector: Selector, css: str) -> bool:
    """Whether a CSS selector matches any element under ``selector`` (``Compiled.matches_any``)."""
    compiled = compile_css(css)
    if compiled is None or not isinstance(selector.root, etree._Element):
        return bool(select_elements(selector, css))
    return compiled.matches_any(selector.root)


def select_values(selector: Selector, css: str,
                  keep: Callable[[etree._Element], bool] | None = None,
                  pick: Callable[[list[etree._Element]], list[etree._Element]] | None = None) -> list[str]:
    """What ``selector.css(css).getall()`` gives for a pseudo-element, else each match's whole text; with ``keep``,
    of the matched elements it keeps only (a ``::text`` node parsel alone reads is kept); with ``pick``, of those
    it picks among all of them (in page order), after ``keep``."""
    compiled = compile_css(css)
    if compiled is None or not isinstance(selector.root, etree._Element):
        nodes = [node for node in selector.css(css)
                 if keep is None or not isinstance(node.root, etree._Element) or keep(node.root)]
        if pick is not None:
            picked = set(pick([node.root for node in nodes if isinstance(node.root, etree._Element)]))
            nodes = [node for node in nodes if not isinstance(node.root, etree._Element) or node.root in picked]
        if "::" in css:
            return [node.get() for node in nodes]
        return ["".join(text_pieces(node.root, "")) if isinstance(node.root, etree._Element) else str(node.root)
                for node in nodes]
    elements = compiled.elements(selector.root)
    if keep is not None:
        elements = [element for element in elements if keep(element)]
    return compiled.values(elements if pick is None or not elements else pick(elements))




class _SimpleTests:
    """``.name``, ``#id``, ``[attr=value]`` and ``[attr^=value]`` on any element, tested in Python.

    Only a group whose cssselect condition is exactly the known form for its kind is taken, so
    each test means what the XPath means."""

    def __init__(self) -> None:
        self.classes: set[str] = set()
        self.equals: dict[str, set[str]] = {}
        self.prefixes: list[tuple[str, str]] = []
        self.count = 0

    def take(self, tree: css_parser.Tree) -> bool:
        if not isinstance(getattr(tree, "selector", None), css_parser.Element) or tree.selector.element \
                or tree.selector.namespace is not None:
            return False
        condition = _TRANSLATOR.xpath(tree).condition
        literal = _TRANSLATOR.xpath_literal
        if isinstance(tree, css_parser.Class) and condition == (
                f"@class and contains(@class, {literal(tree.class_name)}) and contains(concat(' ', "
                f"normalize-space(@class), ' '), {literal(' ' + tree.class_name + ' ')})") \
                and tree.class_name and not any(c in tree.class_name for c in " \t\n\r"):
            self.classes.add(tree.class_name)
        elif isinstance(tree, css_parser.Hash) and condition == f"@id = {literal(tree.id)}":
            self.equals.setdefault("id", set()).add(tree.id)
        elif isinstance(tree, css_parser.Attrib) and tree.namespace is None \
                and isinstance(tree.value, css_parser.Token) and tree.operator in ("=", "^=") and tree.value.value:
            name, value = tree.attrib.lower(), tree.value.value
            if tree.operator == "=" and condition == f"@{name} = {literal(value)}":
                self.equals.setdefault(name, set()).add(value)
            elif tree.operator == "^=" and condition == f"@{name} and starts-with(@{name}, {literal(value)})":
                self.prefixes.append((name, value))
            else:
                return False
        else:
            return False
        self.count += 1
        return True

    def merge(self, other: _SimpleTests) -> None:
        self.classes |= other.classes
        for name, values in other.equals.items():
            self.equals.setdefault(name, set()).update(values)
        self.prefixes += other.prefixes
        self.count += other.count

    def freeze(self) -> None:
        """Ready the tests for matching (after the last take/merge): the attribute tests grouped by
        attribute, so an element costs one get() per attribute tested (not one per prefix), and each
        class string's verdict cached (a container repeats its classes): matches_of_any -24% on the
        real pages' drop lists."""
        names = dict.fromkeys([*self.equals, *(name for name, _ in self.prefixes)])
        self.attributes = tuple((name, frozenset(self.equals.get(name, ())),
                                 tuple(prefix for named, prefix in self.prefixes if named == name))
                                for name in names)
        self.class_verdicts: dict[str, bool] = {}

    def matches(self, element: etree._Element) -> bool:
        classes = element.get("class")
        if classes and self.classes:
            verdict = self.class_verdicts.get(classes)
            if verdict is None:
                verdict = not self.classes.isdisjoint(classes.translate(XML_SPACE).split(" "))
                if len(self.class_verdicts) >= 4096:
                    self.class_verdicts.clear()  # a long crawl: keep the recent pages' class strings
                self.class_verdicts[classes] = verdict
            if verdict:
                return True
        for name, values, prefixes in self.attributes:
            value = element.get(name)
            if value is not None and (value in values or value.startswith(prefixes)):
                return True
        return False


@lru_cache(maxsize=256)
def _split_drop_list(selectors: tuple[str, ...]) -> tuple[_SimpleTests, str] | None:
    """The simple groups of a drop list as Python tests, and the other groups as one CSS; None when
    fewer than two groups are simple (or a group has a pseudo-element)."""
    tests = _SimpleTests()
    rest: list[str] = []
    try:
        for css in selectors:
            groups = css_parser.parse(css)
            if any(group.pseudo_element is not None for group in groups):
                return None
            entry = _SimpleTests()
            if all(entry.take(group.parsed_tree) for group in groups):
                tests.merge(entry)
            else:
                rest.append(css)  # as written: one entry is simple as a whole or not at all
    except (css_parser.SelectorError, Unsupported, etree.XPathError, TypeError, AttributeError):
        return None
    if tests.count < 2:
        return None
    tests.freeze()
    return tests, ", ".join(rest)


def matches_of_any(selector: Selector, selectors: tuple[str, ...]) -> list[etree._Element]:
    """Every element any of the selectors matches (a drop list), in document order.

    A drop list is mostly single classes and attribute tests (".article-ad", "[id^='div-gpt-ad']"):
    each was a libxml2 walk of the container with a predicate call per element (25 walks of ~45 µs
    over a liputan6 body); one Python pass over the container tests them all."""
    if not selectors:
        return []
    split = _split_drop_list(tuple(selectors))
    root = selector.root
    if split is None or not isinstance(root, etree._Element):
        return select_elements(selector, ", ".join(selectors))
    tests, rest = split
    every = list(root.iter(etree.Element))
    matches = tests.matches
    found = [element for element in every if matches(element)]
    others = select_elements(selector, rest) if rest else []
    if not others:
        return found
    position = {element: index for index, element in enumerate(every)}
    return sorted(set(found).union(others), key=position.__getitem__)
