"""Property test: on any Unicode text the checker never crashes, and spans are exact."""

from __future__ import annotations

import importlib
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from followup.checker.engine import Checker
from followup.core import MessageKind

CHECKER = Checker.from_settings()
PLAIN = Checker(CHECKER.rules, prefilter=False)  # every pattern, as written, on every text
PHRASES = st.sampled_from(
    [
        "I really need this job",
        "Any update??",
        "Did I get the job?",
        "<!-- followup-disable -->",
        "<!-- followup-enable begging -->",
        "PLEASE",
        "🙏🙏",
        "---\n",
        "\n\n",
        "Dear [Name],",
        "It's been two weeks",
    ]
)
TEXT = st.lists(st.one_of(st.text(max_size=40), PHRASES), max_size=12).map("".join)


@settings(max_examples=300, deadline=None)
@given(text=TEXT, kind=st.sampled_from([None, *MessageKind]))
def test_spans_lie_inside_the_text_and_point_at_the_match(
    text: str, kind: MessageKind | None
) -> None:
    result = CHECKER.check(text, kind)
    for f in result.findings:
        assert 0 <= f.start <= f.end <= len(text)
        assert text[f.start : f.end] == f.match
        line_start = text.rfind("\n", 0, f.start) + 1
        assert f.line == text.count("\n", 0, f.start) + 1
        assert f.column == f.start - line_start + 1
    starts = [f.start for f in result.findings]
    assert starts == sorted(starts)


ASCII_TEXT = st.lists(
    st.one_of(st.text(alphabet=st.characters(max_codepoint=127), max_size=40), PHRASES),
    max_size=12,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(text=st.one_of(TEXT, ASCII_TEXT), kind=st.sampled_from(list(MessageKind)))
def test_triggers_and_fast_patterns_change_no_finding(text: str, kind: MessageKind) -> None:
    fast = CHECKER.check(text, kind).findings
    plain = PLAIN.check(text, kind).findings
    assert fast == plain


def _lint_set_texts() -> list[str]:
    from followup.evaluation.lintset import load_lint_set
    from tests.conftest import REPO

    return [m.text for m in load_lint_set(REPO / "eval" / "lint")]


LABELED = st.sampled_from(_lint_set_texts())


INSERTED = ["ſ", "K", "’", "\n", "  ", "é", "_", "İ", "x", "ı", "ß", "Σ", "Á", "🙏", "µ"]


@st.composite
def mutated_messages(draw: st.DrawFn) -> str:
    """A labeled message with random case changes, insertions and deletions."""
    text = list(draw(LABELED))
    for _ in range(draw(st.integers(0, 6))):
        i = draw(st.integers(0, max(len(text) - 1, 0)))
        action = draw(st.sampled_from(["upper", "insert", "delete", "swap-space"]))
        if action == "upper" and text:
            text[i] = text[i].upper()
        elif action == "insert":
            text.insert(i, draw(st.sampled_from(INSERTED)))
        elif action == "delete" and text:
            del text[i]
        elif text:
            text[i] = " " if text[i] != " " else "\n"
    return "".join(text)


@settings(max_examples=300, deadline=None)
@given(text=mutated_messages(), kind=st.sampled_from(list(MessageKind)))
def test_triggers_change_no_finding_on_realistic_messages(text: str, kind: MessageKind) -> None:
    assert CHECKER.check(text, kind).findings == PLAIN.check(text, kind).findings


@settings(max_examples=300, deadline=None)
@given(text=st.one_of(TEXT, mutated_messages()))
def test_sentence_count_matches_the_sentence_spans(text: str) -> None:
    from followup.checker.document import Document

    doc = Document(text, MessageKind.THANK_YOU)
    assert doc.sentence_count == len(doc.sentences)
    assert doc.word_count == len(doc.words)


@settings(max_examples=300, deadline=None)
@given(text=st.one_of(TEXT, mutated_messages()))
def test_word_starts_without_the_word_list_are_those_of_the_list(text: str) -> None:
    from followup.checker.document import Document

    words = Document(text, MessageKind.THANK_YOU).words
    for k, (start, _) in enumerate(words):
        assert Document(text, MessageKind.THANK_YOU).word_start(k) == start
    if words:
        assert Document(text, MessageKind.THANK_YOU).words_end == words[-1][1]


@settings(max_examples=300, deadline=None)
@given(text=st.one_of(TEXT, ASCII_TEXT, mutated_messages()))
def test_inferred_kinds_and_their_findings_are_the_same_on_both_paths(text: str) -> None:
    fast, plain = CHECKER.check(text), PLAIN.check(text)
    assert fast.kind is plain.kind and fast.findings == plain.findings


@settings(max_examples=500, deadline=None)
@given(text=st.one_of(ASCII_TEXT, mutated_messages()))
def test_ascii_syllable_count_equals_the_regex_count(text: str) -> None:
    from followup.checker.rules.metric import _SILENT_E, _VOWEL_GROUP, syllable_count

    lower = text.lower()
    expected = len(_VOWEL_GROUP.findall(lower)) - len(_SILENT_E.findall(lower))
    assert syllable_count(lower) == expected


@settings(max_examples=300, deadline=None)
@given(text=st.one_of(TEXT, mutated_messages()))
def test_packed_kind_scores_equal_plain_sums(text: str) -> None:
    from followup.checker.kinds import kind_features, model
    from followup.checker.prefilter import index_text

    m = model()
    present = kind_features(index_text(text)) & m.packed.keys()
    plain = [b + sum(m.weights(f)[k] for f in present) for k, b in enumerate(m.bias)]
    assert m.scores(present) == pytest.approx(plain, abs=1e-9)


def test_fast_paths_change_no_finding_on_the_whole_lint_set() -> None:
    """Every labelled message, under its own kind and under `--kind auto`, and mixed messages
    like the bench's: the same findings with the fast paths (triggers, anchored and
    lower-cased patterns and exceptions) as with every pattern run as written."""
    from followup.evaluation.lintset import load_lint_set
    from tests.conftest import REPO
    from tests.same_findings import assert_same_on_the_lint_set

    labelled = load_lint_set(REPO / "eval" / "lint")
    checked = assert_same_on_the_lint_set(CHECKER, PLAIN)
    assert len(checked) + len(labelled) > 2 * len(labelled)
    mixed = checked[len(labelled) :]
    assert any(CHECKER.check(t).findings for t in mixed)


def test_anchored_patterns_find_what_searching_finds() -> None:
    """Each pattern tried only where its anchor words start finds exactly the matches a
    search through the whole message finds, on every labelled message and its variants."""
    from followup.checker.document import Document
    from followup.checker.patterns import PatternSet

    sets = [ps for rule in CHECKER.rules for ps in rule.pattern_sets()]
    anchored = [(ps, PatternSet(ps.patterns, ps.flags, ps.trigger_list)) for ps in sets]
    assert sum(a is not None for ps in sets for a in ps.anchors) > len(sets)
    texts = _lint_set_texts()
    texts += [t.upper() for t in texts[:50]] + [t.replace(" ", "  \n") for t in texts[:50]]
    compared = 0
    for text in texts:
        doc = Document(text, MessageKind.INQUIRY)
        if doc.lower is None:
            continue
        for ps, searched in anchored:
            for i, anchor in enumerate(ps.anchors):
                if anchor is not None:
                    assert ps._scan(i, doc) == searched._scan(i, doc), (ps.patterns[i], text)
                    compared += 1
    assert compared > 100_000


# Patterns rewritten to open with a character class, so that the regex engine skips to the
# next possible first character in C instead of trying every position: each with its form
# as first written, its flags, and text that exercises it.
HEARING_PIECES = "hearing|Hearing|learning|to hear|TO LEARN|about|of|more| |\n|x|.|é|_|1|ſ|K"
REWRITTEN = [
    (  # shouting's all-caps word: its lookbehinds are now checked one character on
        "followup.checker.rules.capitalization",
        "_CAPS_WORD",
        r"(?<![\w’'])(?<!\w-)[A-Z][A-Z’']*[A-Z]s?(?![\w’']|-\w)",
        0,
        st.text(alphabet="AB'’-x1 _\nIé.", max_size=16),
    ),
    (
        "followup.checker.document",
        "SENTENCE_END_RE",
        r"[.!?…]+(?=[\s\"')\]]|$)|\n[ \t]*\n",
        0,
        st.text(alphabet=".!?…\n \t\"')]a", max_size=16),
    ),
    (
        "followup.checker.rules.context",
        "_HEARING",
        r"\b(?:hearing|learning|to hear|to learn)\s+(?:more\s+)?(?:about|of)\s+"
        r"(?P<rest>[^.;:!?\n]*)",
        re.IGNORECASE,
        st.lists(st.sampled_from(HEARING_PIECES.split("|")), max_size=10).map("".join),
    ),
]


@pytest.mark.parametrize(
    ("module", "name", "as_written", "flags", "texts"), REWRITTEN, ids=[r[1] for r in REWRITTEN]
)
@settings(max_examples=1000, deadline=None)
@given(data=st.data())
def test_rewritten_patterns_find_what_the_patterns_as_written_find(
    module: str,
    name: str,
    as_written: str,
    flags: int,
    texts: st.SearchStrategy[str],
    data: st.DataObject,
) -> None:
    rewritten = getattr(importlib.import_module(module), name)
    text = data.draw(st.one_of(texts, TEXT, mutated_messages()))
    expected = [(m.span(), m.groupdict()) for m in re.finditer(as_written, text, flags)]
    assert [(m.span(), m.groupdict()) for m in rewritten.finditer(text)] == expected
