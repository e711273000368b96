"""Property test: on any Unicode text the checker never crashes, and spans are exact."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from followup.checker.engine import Checker
from followup.models import MessageKind

CHECKER = Checker.from_settings()
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
