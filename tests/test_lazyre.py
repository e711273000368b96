"""lazyre: a pattern compiles on first use only, answers as re.compile's would, and a
`required` part that is absent answers None without compiling the whole."""

from __future__ import annotations

import re

from followup import notelines
from followup.lazyre import lazy_compile

TEXTS = ["She asked about churn", "he cares about onboarding", "nothing here", "", "Ana: x; b"]


def test_nothing_is_compiled_until_first_use() -> None:
    pattern = lazy_compile(r"(?P<w>\w+) about (?P<x>.+)", re.I)
    assert "compiled" not in vars(pattern)
    assert pattern.pattern == r"(?P<w>\w+) about (?P<x>.+)"
    pattern.search("talked about churn")
    assert "compiled" in vars(pattern)


def test_every_method_answers_as_the_eager_pattern() -> None:
    source, flags = r"(?P<s>\b[a-z]+)\s+(?:about|on)\s+(?P<x>\w+)", re.I
    lazy, eager = lazy_compile(source, flags), re.compile(source, flags)
    assert lazy.flags == eager.flags
    for text in TEXTS:
        for method in ("search", "match", "fullmatch"):
            got, want = getattr(lazy, method)(text), getattr(eager, method)(text)
            assert (got and got.groupdict()) == (want and want.groupdict())
        assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in eager.finditer(text)]
        assert lazy.findall(text) == eager.findall(text)
        assert lazy.sub("#", text) == eager.sub("#", text)
        assert lazy.subn(lambda m: m.group("x"), text) == eager.subn(lambda m: m.group("x"), text)
        assert lazy.split(text) == eager.split(text)


def test_an_absent_required_part_answers_none_without_compiling() -> None:
    pattern = lazy_compile(r"(?P<s>she|he)\s+cares about (?P<x>.+)", re.I, required="cares about")
    assert pattern.search("she asked about churn") is None
    assert "compiled" not in vars(pattern)
    found = pattern.search("She cares about onboarding")
    assert found is not None and found.group("x") == "onboarding"


def test_the_readers_subject_patterns_answer_as_their_eager_twins() -> None:
    lines = [
        "Maria asked me how I would handle churn",
        "she cares a lot about onboarding",
        "they are migrating the warehouse to Snowflake",
        "Dr. Okafor is leading the new clinic rollout",
        "also really keen on accessibility",
        "we use Figma and Jira",
        "nothing about anything",
    ]
    for _, pattern, _ in notelines._PATTERNS:
        eager = re.compile(pattern.pattern, pattern.flags)
        for line in lines:
            got, want = pattern.search(line), eager.search(line)
            assert (got and got.span()) == (want and want.span()), (pattern.pattern, line)
