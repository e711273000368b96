"""The Hyperscan pass (checker/multiscan.py): its expressions match at least what Python's
patterns match, it reads only text both dialects read alike, and a checker using it finds
exactly what one running every pattern as written finds."""

from __future__ import annotations

import importlib
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from followup.checker import multiscan
from followup.checker.engine import SCAN_AFTER, Checker
from followup.checker.multiscan import expression, plain
from followup.checker.patterns import lowercase_pattern
from followup.checker.rules.existence import ExistenceRule
from followup.evaluation.lintset import load_lint_set
from tests.conftest import REPO
from tests.same_findings import assert_same_on_the_lint_set


def test_expressions_are_rebuilt_from_pythons_parse_not_copied() -> None:
    # Python reads {,3} as 0 to 3 repeats, PCRE as the literal text "{,3}"
    assert expression(r"ab{,3}c") == "a(?:b){0,3}c"
    # a lookaround only narrows a match: dropped; so are ^ and $
    assert expression(r"(?<!\w)you(?!\w)$") == "you"
    # punctuation as escapes (no character has a meaning of its own); every character outside
    # ASCII is the one byte the scan reads for any of them
    assert expression("it[’']s [.:]?") == r"it[\x80\x27]s\x20(?:[\x2e\x3a]){0,1}"
    # a negated class must match that byte: its own characters outside ASCII are left out
    assert expression("[^’a]") == "[^a]"
    assert expression("[^’]") == r"[\x00-\xff]"
    assert expression("[^a-ž]") == r"[^a-\x7f]"
    assert expression("[a-ž]") == r"[a-\x7f\x80]"
    # case-insensitive patterns run lower-cased, as the fast forms do
    assert expression(r"\bPLEASE\b") == r"\bplease\b"
    # back-references and inline case flags have no safe form
    assert expression(r"(a)\1") is None
    assert expression(r"(?i:x)y") is None


def test_only_text_both_dialects_read_alike_is_plain() -> None:
    assert plain("Hi Ana,\n\tThanks!\r\n")
    assert plain("It’s been a week — any news? 🙏")
    assert not plain("caf\u00e9")  # a letter outside ASCII: \w differs
    assert not plain("a\u00a0b")  # white space outside ASCII: \s differs
    assert not plain("a\x1cb")  # Python's \s matches it, PCRE's does not
    assert not plain("a\ud800b")  # not encodable


@pytest.fixture(scope="module")
def scanned() -> Checker:
    """The etiquette style with the Hyperscan pass ready (skipped without the wheel)."""
    pytest.importorskip("hyperscan")
    checker = Checker.from_settings()
    scan = checker.start_scan()
    assert scan is not None and checker.text_scan is not None
    scan.wait()
    checker.text_scan.wait()  # its twin over the text as written (textscan.py)
    assert scan.ready and scan.inside and checker.text_scan.ready
    return checker


# The word triggers alone (scan=False): test_checker_properties.py holds their findings
# equal to those of every pattern run as written, which is slow enough to do once.
TRIGGERS = Checker(Checker.from_settings().rules)
PLAIN = Checker(TRIGGERS.rules, prefilter=False)


def test_each_scanned_pattern_is_reported_wherever_python_finds_it(scanned: Checker) -> None:
    """The superset property itself, pattern by pattern, over every labelled message."""
    scan = scanned.scan
    assert scan is not None
    numbered = dict(scan.patterns)
    compiled = {n: re.compile(lowercase_pattern(p)) for n, p in numbered.items()}
    texts = [m.text for m in load_lint_set(REPO / "eval" / "lint")]
    found = 0
    for text in texts:
        lower = text.lower()
        if not plain(text):
            continue
        hits = set(scan.hits(lower))
        for number in scan.inside:
            if compiled[number].search(lower):
                assert number in hits, (numbered[number], text[:60])
                found += 1
    assert found > 100  # the property was exercised, not vacuous


def test_the_scanned_checker_finds_what_the_word_triggers_find(scanned: Checker) -> None:
    checked = assert_same_on_the_lint_set(scanned, TRIGGERS)
    assert sum(map(plain, checked)) > len(checked) / 2  # most went through the scan
    # Rules with hits tried only the exceptions the scan found possible (and found the same).
    chosen = [rule._chosen for rule in scanned.rules if isinstance(rule, ExistenceRule)]
    assert sum(map(len, chosen)) > 5


INSERTED = ["ſ", "K", "’", "\n", "  ", "é", "_", "\x1c", "x", "\u00a0", "ß", "🙏", "—", "?"]


@settings(max_examples=200, deadline=None)
@given(
    text=st.sampled_from([m.text for m in load_lint_set(REPO / "eval" / "lint")]),
    edits=st.lists(st.tuples(st.integers(0, 10_000), st.sampled_from(INSERTED)), max_size=5),
)
def test_scanning_changes_no_finding_on_edited_messages(
    scanned: Checker, text: str, edits: list[tuple[int, str]]
) -> None:
    for at, piece in edits:
        at %= len(text) + 1
        text = text[:at] + piece + text[at:]
    fast, slow = scanned.check(text), PLAIN.check(text)
    assert (fast.kind, fast.findings) == (slow.kind, slow.findings)


def test_a_checker_starts_the_scan_only_after_enough_messages() -> None:
    checker = Checker.from_settings()
    for _ in range(SCAN_AFTER - 1):
        checker.check("Thanks for your time today.")
    assert checker.scan is None  # a single lint never imports the wheel (nor multiscan.py)
    rule_only = Checker(checker.rules[:1])  # a style's example checks: never
    for _ in range(SCAN_AFTER + 1):
        rule_only.check("Thanks for your time today.")
    assert rule_only.scan is None


def test_without_the_wheel_the_word_triggers_do_the_work(monkeypatch: pytest.MonkeyPatch) -> None:
    real = importlib.import_module

    def no_hyperscan(name: str, *args: object) -> object:
        if name == "hyperscan":
            raise ImportError(name)
        return real(name, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(multiscan.importlib, "import_module", no_hyperscan)
    checker = Checker.from_settings()
    assert checker.start_scan() is None
    text = "I really need this job. Did I get the job?"
    assert checker.check(text).findings == PLAIN.check(text).findings
    assert checker.check(text).findings


def test_the_kept_database_is_owner_only(scanned: Checker) -> None:
    from followup.config import cache_dir

    folder = cache_dir()
    assert folder is not None
    kept = list(folder.glob("multiscan-*.bin"))
    assert kept  # the fixture's compile kept it in the cache folder
    assert all(path.stat().st_mode & 0o777 == 0o600 for path in kept)


def test_threads_sharing_a_checker_each_scan_with_their_own_scratch(scanned: Checker) -> None:
    """The eval runner checks drafts from a thread pool with one checker: a Hyperscan
    scratch space serves one scan at a time, so each thread needs its own."""
    from concurrent.futures import ThreadPoolExecutor

    texts = [m.text for m in load_lint_set(REPO / "eval" / "lint")][:400]
    with ThreadPoolExecutor(max_workers=4) as pool:
        together = list(pool.map(lambda t: scanned.check(t).findings, texts * 3))
    assert together == [TRIGGERS.check(t).findings for t in texts * 3]


def test_the_scan_reads_one_byte_a_character() -> None:
    """Every character outside ASCII is the byte that the expressions' own become."""
    assert multiscan.scanned_bytes("don’t — ok 🙏") == b"don\x80t \x80 ok \x80"
    assert multiscan.scanned_bytes("plain") == b"plain"


def test_the_slot_scan_changes_no_slot_fault(
    scanned: Checker, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The fragment rule's slots (rules/slots.py) go through their own Hyperscan pass once a
    checker starts its own: slot_fault then tries only the patterns the pass finds possible,
    and says what it says trying every one, on the writer tests' faulty and whole slots, the
    labelled set's slots and those slots edited with characters outside ASCII."""
    from followup.checker.rules import slots
    from tests.test_writer_slots import SLOT_FAULTS as FIRST_FAULTS
    from tests.test_writer_slots_round9 import SLOT_FAULTS, SLOT_WHOLE

    scan = slots._SCAN
    assert scan is not None  # the checker's start_scan started it
    slots.wait_scan()
    assert len(scan.scan.inside) >= len(slots._SLOT_PATTERNS) - 2
    phrases = [*FIRST_FAULTS, *SLOT_FAULTS, *SLOT_WHOLE]
    for m in load_lint_set(REPO / "eval" / "lint"):
        for opener in slots._SLOT_OPENER.finditer(m.text.lower()):
            phrases.append(m.text[opener.end() : opener.end() + 80])
    phrases += [p.replace(" ", " — ", 1) for p in phrases[:200]]
    phrases += [p.replace("'", "’") for p in phrases[:200]]
    scanned_faults = [
        (slots.slot_fault(p), slots.slot_fault(p, clause=True), slots.slot_fault(p, False))
        for p in phrases
    ]
    possible = [slots._possible(p.strip()) for p in phrases if plain(p)]
    narrowed = sum(len(found) for found in possible if isinstance(found, frozenset))
    monkeypatch.setattr(slots, "_SCAN", None)  # every pattern, as without the wheel
    every_faults = [
        (slots.slot_fault(p), slots.slot_fault(p, clause=True), slots.slot_fault(p, False))
        for p in phrases
    ]
    assert scanned_faults == every_faults
    assert sum(1 for f in every_faults if f[0]) > 40  # faults were found, not only misses
    assert all(isinstance(found, frozenset) for found in possible)  # the pass answered
    assert narrowed < len(possible) * 6  # and ran few of the 28 patterns a slot
