"""The pattern analysis behind triggers and anchors: what it infers, and that running a
pattern only where its anchors start finds what searching finds."""

from __future__ import annotations

import re

import pytest

from followup.checker.document import Document
from followup.checker.patterns import PatternSet
from followup.checker.prefilter import anchor_for, trigger_for
from followup.checker.rules.existence import ExistenceRule
from followup.core import MessageKind

TEXTS = [
    "Reminding you that I applied. I remind you of me. The reminder you sent.",
    "I emailed twice; you emailed twice too, and they e-mailed twice as well.",
    "lol ok, abt the role: LOL. Lol. lolly, a-lol, lol-cat, ABT abt.",
    "No one replied. No  one wrote. Noone did. no\tone at all",
    "I hope to hear from you. Hearing from you would help; hearings from you",
]


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        # an optional ending read together with its word
        (r"\b(?:remind|reminding)\s+you\b", {"remind", "reminding"}),
        (r"\bbump(?:ing)?\s+this\b", {"bump", "bumping"}),
        # a lookbehind consumes nothing: the first word after it anchors
        (r"\b(?:(?<!\byou.)(?<!\bthey.)(?:emailed|e-mailed))\s+twice\b", {"emailed", "e"}),
        # an opening lookbehind for no word character is a boundary
        (r"(?:(?<![\w-])(?:[Aa]bt|[Ll]ol|LOL)\b)", {"abt", "lol"}),
        (r"\bno\s+?one\b", {"no"}),
    ],
)
def test_anchor_words_are_found_through_optional_endings_and_lookarounds(
    pattern: str, words: set[str]
) -> None:
    flags = re.IGNORECASE if pattern.startswith(r"\b") else 0
    assert anchor_for(pattern, bool(flags)) == frozenset(words)
    ps = PatternSet([pattern], flags, [trigger_for(pattern, bool(flags))])
    searched = PatternSet([pattern], flags, [None], [None])
    for text in TEXTS:
        doc = Document(text, MessageKind.INQUIRY)
        assert (
            ps._scan(0, doc)
            == searched._scan(0, doc)
            == [m.span() for m in re.finditer(pattern, text, flags)]
        ), text


@pytest.mark.parametrize(
    "pattern",
    [
        r"\b(?:need|needed)",  # the word may go on ("needs"): no anchor
        r"(?:w/(?<![\w/]w/)[Oo]?(?=\s))",  # no boundary before the first word
        r"\b(?:\d+|two)\s+days\b",  # a number is no word to look up
        r"\b(?:['’]d\s+like)\b",  # opens with punctuation
    ],
)
def test_patterns_without_a_sure_first_word_have_no_anchor(pattern: str) -> None:
    assert anchor_for(pattern) is None


def test_a_lookbehind_for_no_word_character_gives_a_word_trigger() -> None:
    trigger = trigger_for(r"(?:(?<![\w-])(?:[Aa]bt|[Ll]ol|wks?)\b)", ignorecase=False)
    assert trigger is not None
    assert trigger[0] == ("w", frozenset({"abt", "lol", "wk", "wks"}))


def test_exceptions_run_only_when_one_can_match_and_still_decide() -> None:
    rule = ExistenceRule(
        id="t.x",
        message="m",
        examples={"flag": ["bad"], "pass": ["not bad"]},
        tokens=["bad"],
        exceptions=["not bad", "bad(?:ly)? behaved"],
    )
    assert rule.cache_data()["exception_triggers"] == [
        [["s", ["not bad"]]],  # not word-bounded: a substring
        [["s", [" behaved"]], ["s", ["bad"]]],
    ]

    def spans(text: str) -> list[tuple[int, int]]:
        return [(m.start, m.end) for m in rule.matches(Document(text, MessageKind.INQUIRY))]

    assert spans("That was bad.") == [(9, 12)]
    assert spans("That was not bad.") == []
    assert spans("Not bad, but bad behaved and then bad.") == [(34, 37)]
    # No exception's words: the exceptions are not run, and nothing changes.
    doc = Document("Bad, bad news.", MessageKind.INQUIRY)
    assert rule._exception_spans(doc) == []
    assert [(m.start, m.end) for m in rule.matches(doc)] == [(0, 3), (5, 8)]
