"""The text pass (checker/textscan.py): the Hyperscan pass over a message as written, for
the rules' case-sensitive patterns and the full-text patterns rules search with. It reports
each pattern wherever Python's re finds it, a pattern it does not report is skipped, and a
checker using it finds exactly what one running every pattern as written finds."""

from __future__ import annotations

import re

import pytest

from followup.checker import textscan
from followup.checker.engine import Checker
from followup.checker.multiscan import plain
from followup.checker.rules import context, slots
from followup.evaluation.lintset import load_lint_set
from tests.conftest import REPO
from tests.same_findings import assert_same_on_the_lint_set

TEXTS = [m.text for m in load_lint_set(REPO / "eval" / "lint")]


@pytest.fixture(scope="module")
def scanned() -> Checker:
    """The etiquette style with both Hyperscan passes ready (skipped without the wheel)."""
    pytest.importorskip("hyperscan")
    checker = Checker.from_settings()
    scan = checker.start_scan()
    assert scan is not None and checker.text_scan is not None
    scan.wait()
    checker.text_scan.wait()
    assert checker.text_scan.ready
    return checker


def test_the_rules_full_text_patterns_are_registered_and_all_in_the_pass(
    scanned: Checker,
) -> None:
    registered = [rx for rx, _ in textscan.REGISTERED]
    for rx in (
        slots._BARE_VERB_AFTER,
        slots._DURATION,
        slots._AFTER,
        slots._ORDINAL_NO_ARTICLE,
        context._STOPPED_WORD,
        context._HEARING,
        context._TITLE_GREETING,
    ):
        assert rx in registered, rx.pattern
    # every one of them rebuilt and compiled: a refused one would run on every message
    assert set(scanned._full_text.values()) == set(registered)
    # and the case-sensitive patterns of the rules (notes-shorthand, placeholder)
    case_sensitive = [ps for ps in scanned._pattern_sets if not ps.ignorecase]
    assert case_sensitive
    text_scan = scanned.text_scan
    assert text_scan is not None
    held = {n for n in text_scan.inside if n < textscan.FULL_TEXT_BASE}
    assert len(held) >= sum(len(ps.patterns) for ps in case_sensitive) - 1


def test_each_pattern_of_the_text_pass_is_reported_wherever_python_finds_it(
    scanned: Checker,
) -> None:
    """The superset property, pattern by pattern, over every labelled message as written."""
    text_scan = scanned.text_scan
    assert text_scan is not None
    flags = {textscan.FULL_TEXT_BASE + k: f for k, (_, f) in enumerate(textscan.REGISTERED)}
    compiled = {n: re.compile(p, flags.get(n, 0)) for n, p in text_scan.patterns}
    found = 0
    for text in TEXTS:
        if not plain(text):
            continue
        hits = set(text_scan.hits(text))
        for number in text_scan.inside:
            if compiled[number].search(text):
                assert number in hits, (text_scan.patterns, number, text[:60])
                found += 1
    assert found > 50  # the property was exercised, not vacuous


def test_a_message_without_them_blocks_the_full_text_patterns(scanned: Checker) -> None:
    from followup.checker.document import Document
    from followup.core import MessageKind

    text = "Thank you for the interview on Tuesday. I enjoyed hearing about the harbour."
    doc = Document(text, MessageKind.THANK_YOU)
    assert doc.index is not None
    doc.planned = scanned._plan(doc, doc.index)
    assert slots._DURATION in doc.planned.blocked  # no "two seasons" in it
    assert not textscan.possible(doc, context._TITLE_GREETING)
    # and one with a span of time tacked on is searched
    doc = Document("I was the staff rep at Whistler two seasons.", MessageKind.THANK_YOU)
    assert doc.index is not None
    doc.planned = scanned._plan(doc, doc.index)
    assert textscan.possible(doc, slots._DURATION)
    assert any("needs 'for'" in f.message for f in scanned.check(doc.text).findings)


def test_the_checker_with_the_text_pass_finds_what_the_word_triggers_find(
    scanned: Checker,
) -> None:
    checked = assert_same_on_the_lint_set(scanned, Checker(scanned.rules))
    assert sum(map(plain, checked)) > len(checked) / 2  # most went through both passes


def test_outside_a_checker_every_full_text_pattern_runs() -> None:
    """The writer calls the same functions on its own text: nothing is blocked there."""
    from followup.checker.document import Document
    from followup.core import MessageKind

    doc = Document("at Whistler two seasons", MessageKind.THANK_YOU)
    assert textscan.possible(doc, slots._DURATION)
    assert slots.clause_fault("the staff rep at Whistler two seasons") is not None
