"""lazyre's kept codes: a pattern that opens with lookbehinds is compiled in the hoisted
order (precompiled.hoisted) and matches exactly as re.compile's; a pattern's gate
(prefilter.gate_for) answers for a text that lacks its words without compiling it, and every
pattern of the reader, the writer and the slot rules answers as its eager twin on real notes
and drafts."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from followup import keptre, lazyre, noteheader, notelines, privacy
from followup.checker import precompiled
from followup.checker.prefilter import gate_for
from followup.checker.rules import slots
from followup.lazyre import LazyPattern, lazy_compile
from followup.writer import kind_choice, phrases
from tests.conftest import REPO

needs_engine = pytest.mark.skipif(not precompiled.ENGINE, reason="re internals not the ones read")


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A new process's lazyre, with a cache folder of its own (codes and gates are kept only
    where there is one)."""
    monkeypatch.setenv("FOLLOWUP_HOME", str(tmp_path))
    monkeypatch.delenv("FOLLOWUP_NO_CACHE", raising=False)
    monkeypatch.setattr(lazyre, "LAZY", lazyre.KeptCodes(lazyre.LAZY.name))
    monkeypatch.setattr(lazyre, "CALLS", lazyre.KeptCodes(lazyre.CALLS.name))
    return tmp_path


LOOKBEHIND_LED = [
    (r"(?<!\bbeing)(?<!\bis)(?<!\bso)\s(?:rough|tough|ok|fine)\s*$", 0),
    (r"(?<!\bin)(?<!\bby)(?<!\bthe)\s(?:year|day|week)\s+\d+\s*$", re.I),
    (r"(?<=[a-z,] )[A-Z][a-z]{2,}(?![\w'’-])", 0),
    (r"(?<![\w'’-])(?:bout|incl|re|(?-i:yo))(?![\w'’-])\.?", re.I),
    (r"(?<!\n)(?<=\w).", re.M),
]


@needs_engine
def test_a_hoisted_pattern_opens_with_its_character() -> None:
    code = precompiled.code_for(LOOKBEHIND_LED[0][0], 0, hoist=True)
    plain = precompiled.code_for(LOOKBEHIND_LED[0][0], 0)
    assert code is not None and plain is not None
    assert precompiled.has_prefix(code)  # the engine skips to the next white space in C
    assert not precompiled.has_prefix(plain)
    # a lookbehind with a group is left where it is (its number would change)
    grouped = r"(?<!(x))\sa"
    assert precompiled.code_for(grouped, 0, hoist=True) == precompiled.code_for(grouped, 0)


@needs_engine
@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=" \nabdefiknorstuwyIRTY.,'’0123456789", max_size=60))
def test_hoisted_patterns_match_as_re_compile(text: str) -> None:
    for source, flags in LOOKBEHIND_LED:
        code = precompiled.code_for(source, flags, hoist=True)
        assert code is not None
        hoisted = precompiled.rebuild(source, code)
        eager = re.compile(source, flags)
        assert hoisted is not None
        assert [m.span() for m in hoisted.finditer(text)] == [
            m.span() for m in eager.finditer(text)
        ]
        assert hoisted.sub("#", text) == eager.sub("#", text)
        for pos in range(len(text) + 1):
            got, want = hoisted.match(text, pos), eager.match(text, pos)
            assert (got and got.span()) == (want and want.span())


def test_a_gate_names_what_every_match_holds() -> None:
    assert gate_for(r"\b(?:would|could)\s+(?:ever\s+)?done\b", re.I)[0] == ("done",)
    assert gate_for(r"\s(?:rough|tough)\s*$", 0) == (("rough", "tough"),)
    # a literal with a space or an apostrophe is kept as its longest piece
    assert ("forget",) in gate_for(r"don['’]t\s+forget", re.I)
    # a character beyond ASCII matches ASCII ones case-insensitively ('ſ' and 's'): no gate
    assert gate_for("ſtatus", re.I) == ()
    assert gate_for(r"\w+", 0) == ()


@needs_engine
def test_a_gated_pattern_answers_without_compiling() -> None:
    source, flags = r"\b(?:would|could)\s+(?:ever\s+)?done\b", re.I
    first = lazy_compile(source, flags)
    assert first.search("I would done it") is not None  # compiled: its gate found and kept
    assert lazyre.LAZY.gates[(source, int(flags))] == (("done",), ("could", "would"))
    lazyre.LAZY.save()
    lazyre.LAZY = lazyre.KeptCodes(lazyre.LAZY.name)  # a new process
    again = lazy_compile(source, flags)
    assert again.search("nothing here at all") is None
    assert again.sub("#", "nothing here") == "nothing here"
    assert again.split("nothing here") == ["nothing here"]
    assert list(again.finditer("nothing here")) == []
    assert "compiled" not in vars(again)  # its gate answered
    assert (source, int(flags)) not in lazyre.LAZY.compiled
    found = again.search("WOULD EVER DONE")  # lower-cased before the test
    assert found is not None and found.span() == (0, 15)
    # a gate opens for a text beyond ASCII, which the pattern then searches
    assert again.search("could done — ſo") is not None


def _texts() -> list[str]:
    """Lines and whole texts of the eval's notes, and the bundled examples."""
    texts: list[str] = []
    notes = sorted(p for p in (REPO / "eval" / "cases" / "notes").rglob("*") if p.is_file())
    for path in notes[::10]:
        text = path.read_text(encoding="utf-8")
        texts.append(text)
        texts.extend(line for line in text.splitlines() if line.strip())
    for path in sorted((REPO / "examples").glob("*.*")):
        texts.append(path.read_text(encoding="utf-8"))
    texts += ["She’s keen — about the rota", "UPPER CASE LINE", "", "x"]
    return texts


def _lazy_patterns() -> list[LazyPattern]:
    found: list[LazyPattern] = []
    for module in (slots, noteheader, notelines, privacy, phrases, kind_choice):
        found += [v for v in vars(module).values() if isinstance(v, LazyPattern)]
    return found


@needs_engine
def test_every_reader_and_slot_pattern_answers_as_its_eager_twin() -> None:
    texts = _texts()
    patterns = _lazy_patterns()
    assert len(patterns) > 200
    gated = 0
    for lazy in patterns:
        fresh = LazyPattern(lazy.pattern, lazy._flags)  # a new object: its own gate
        eager = re.compile(lazy.pattern, lazy._flags)
        for text in texts:
            got, want = fresh.search(text), eager.search(text)
            assert (got and got.span()) == (want and want.span()), (lazy.pattern, text)
            assert fresh.findall(text) == eager.findall(text), lazy.pattern
        gated += bool(fresh._gate)
    assert gated > 100  # most of them have a gate


@needs_engine
def test_keptre_functions_answer_behind_their_gates() -> None:
    source = r"\b(?:thank[- ]?you|ty)\s+(?:note|email)\b"
    for text in ["Sent a thank-you note today", "nothing to see", "TY email", ""]:
        got, want = keptre.search(source, text, re.I), re.search(source, text, re.I)
        assert (got and got.span()) == (want and want.span())
        assert keptre.sub(source, "#", text, flags=re.I) == re.sub(source, "#", text, flags=re.I)
        assert keptre.findall(source, text, re.I) == re.findall(source, text, re.I)
        assert keptre.split(source, text, flags=re.I) == re.split(source, text, flags=re.I)
    assert lazyre.CALLS.gates[(source, int(re.I))][0] == ("email", "note")
