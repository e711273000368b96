"""A pattern's edges read as the text around a match (multiscan._with_edges): the Hyperscan
form still matches wherever Python's pattern does (the scan's superset property, on text
built to sit the matches at the text's start and end, next to line ends and characters
outside ASCII), and it no longer matches where only the dropped lookarounds kept the
pattern out (the notes' lone "u", the casual greeting's "so")."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from followup.checker.multiscan import MultiScan, expression, plain
from followup.checker.patterns import lowercase_pattern

hs = pytest.importorskip("hyperscan")

# (pattern, ignorecase): the etiquette style's shapes, hoisted forms included
PATTERNS = [
    (r"u(?<![\w.]u)(?![\w.’'-])", False),
    (r"i(?<![\w’'.(-]i)(?:[’'](?:m|ve|d|ll))?(?![\w’'.)-])(?=[^A-Z]{0,300}[A-Z])", False),
    (r"(?:w/(?<![\w/]w/)[Oo]?(?=\s)|W/(?<![\w/]W/)[Oo]?(?=\s))", False),
    (r"(?:(?<![\w-])(?:[Aa]bt|[Ll]ol|LOL)(?![\w-]))", False),
    (
        r"[hysw](?:(?<=^.)|(?<=\n.)|(?<=subject: .))(?:(?<=h)(?:ey+|eya|iya there|owdy)"
        r"|(?<=y)o|(?<=s)up|(?<=w)assup)(?=[\s!,.]|$)",
        True,
    ),
    (r"[hlt](?<!\w.)(?:(?<=h)earing|(?<=l)earning|(?<=t)o hear)\s+(?:about|of)\s+\w+", True),
    (r"(?:^|\n)\s*(?:updates?|news)\s*[?!]+", True),
    (r"^[ \t]*(?:Dear|Hi)[ \t]+(?:Dr|Prof)\.?[ \t]*(?=[,:;!\n]|$)", True),
    (r"\bit'?s been\b(?=[.!?]|$)", True),
    (r"(?<=\bthe )deadline(?! passed)", True),
    (r"(?<!x)y(?<!zy)", False),
    (r"\bsee (?:u|you)\b$", True),
    (r"[?](?:[\s!?]*[?])*(?![\w=&%/#-])", False),
]
_SCANS: dict[tuple[str, bool], MultiScan] = {}


def _scans(pattern: str, ignorecase: bool, text: str) -> bool:
    """Whether the pattern's scan with its edges read (a MultiScan of it alone, as the
    checker's passes build theirs) reports the text (lower-cased if ignorecase)."""
    scan = _SCANS.get((pattern, ignorecase))
    if scan is None:
        as_written = frozenset() if ignorecase else frozenset([0])
        scan = MultiScan(hs, [(0, pattern)], None, as_written, edges=True)
        scan.wait()
        assert scan.inside == {0}, pattern
        _SCANS[pattern, ignorecase] = scan
    return bool(scan.hits(text.lower() if ignorecase else text))


def _python(pattern: str, ignorecase: bool, text: str) -> bool:
    if ignorecase:  # as the scan's patterns run: lower-cased, on the lower-cased text
        return re.search(lowercase_pattern(pattern), text.lower()) is not None
    return re.search(pattern, text) is not None


_WORDS = """u U i I i'm i’m w/ w/o W/ abt LOL lol hey so they yo you sup update news ? ?? Dear
Hi Dr. Prof , . ! - _ ' ’ — é 🙏 x y zy the deadline passed it’s # = A Z q"""
_PHRASES = ["! ?", "subject: ", "hearing about", "learning of", "to hear about", "it's been"]
PIECES = [*_WORDS.split(), *_PHRASES, " ", "  ", "\n", "\t"]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=10).map("".join))
@example("i'mi'mlearning ofuui'mi'm'abt")  # Vectorscan missed it with (?:^|...) (multiscan.py)
def test_the_edges_form_reports_every_text_python_matches(text: str) -> None:
    if not plain(text):
        return  # the scan never reads such a text
    for pattern, ignorecase in PATTERNS:
        if _python(pattern, ignorecase, text):
            assert _scans(pattern, ignorecase, text), (pattern, text)


@pytest.mark.parametrize(
    ("pattern", "ignorecase", "text", "reported"),
    [
        (r"u(?<![\w.]u)(?![\w.’'-])", False, "thank you for your time", False),
        (r"u(?<![\w.]u)(?![\w.’'-])", False, "see u there", True),
        (r"u(?<![\w.]u)(?![\w.’'-])", False, "u", True),
        (
            r"[hysw](?:(?<=^.)|(?<=\n.)|(?<=subject: .))(?:(?<=h)(?:ey+|eya)|(?<=y)o|(?<=s)up)"
            r"(?=[\s!,.]|$)",
            True,
            "I was so glad to hear they liked it.",
            False,
        ),
        (
            r"[hysw](?:(?<=^.)|(?<=\n.)|(?<=subject: .))(?:(?<=h)(?:ey+|eya)|(?<=y)o|(?<=s)up)"
            r"(?=[\s!,.]|$)",
            True,
            "Thanks!\nHey Sam, great chat",
            True,
        ),
        (r"(?:(?<![\w-])(?:abt|lol)(?![\w-]))", False, "a lollipop and an abtract", False),
    ],
)
def test_the_edges_form_keeps_out_what_the_lookarounds_kept_out(
    pattern: str, ignorecase: bool, text: str, reported: bool
) -> None:
    assert _python(pattern, ignorecase, text) is reported
    assert _scans(pattern, ignorecase, text) is reported
    # the form without edges reported them all: the lookarounds were dropped
    plain_form = expression(pattern, ignorecase)
    assert plain_form is not None and plain_form != expression(pattern, ignorecase, edges=True)


def test_a_pattern_without_lookarounds_is_rebuilt_as_before() -> None:
    for pattern in [r"\bfoo\b", r"(?:a|b)c+", r"x[^y]z"]:
        assert expression(pattern, True, edges=True) == expression(pattern, True)


_NOT_PLAIN_ASCII = re.compile(r"[^\t\n\r\x20-\x7e]")


def _plain_by_regex(text: str) -> bool:
    """plain() as it was first written, with a regex search for what the dialects read apart."""
    if text.isascii():
        return _NOT_PLAIN_ASCII.search(text) is None
    if _NOT_PLAIN_ASCII.search(text.encode("ascii", "ignore").decode()) is not None:
        return False
    return all(
        ch.isascii() or not (ch.isalnum() or ch.isspace() or "\ud800" <= ch <= "\udfff")
        for ch in set(text)
    )


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=0x2FF) | st.sampled_from("’—é🙏\ud800\xa0")))
def test_plain_deletes_the_plain_ascii_as_the_regex_searched_for_the_rest(text: str) -> None:
    assert plain(text) is _plain_by_regex(text)
