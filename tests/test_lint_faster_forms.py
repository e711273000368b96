"""Faster forms of the checker's work (session 15, perf15) must find what the forms they
replaced found: figures computed once and reused, and patterns rewritten for the regex
engine to skip ahead."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from followup.checker.document import Document
from followup.checker.engine import Checker
from followup.checker.kind_doubt import doubtful_rival
from followup.checker.kinds import KindGuess, infer_kind
from followup.checker.rules.scorer import KIND_PREFIX, ScorerRule
from followup.core import MessageKind
from followup.evaluation.lintset import load_lint_set

LINT = Path(__file__).resolve().parents[1] / "eval" / "lint"


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return [m.text for m in load_lint_set(LINT)]


def test_a_guess_reuses_its_scores_and_leads_as_when_summed_again(texts: list[str]) -> None:
    near = 0
    for text in texts[::3]:
        guess = infer_kind(Document(text, MessageKind.THANK_YOU))
        fresh = KindGuess(guess.kind, guess._model, guess._present, guess._best)  # no scores
        assert guess._scores is not None
        for kind in MessageKind:
            assert guess.lead_over(kind) == fresh.lead_over(kind)
        near += doubtful_rival(guess) is not None
    assert near > 0  # some near ties, so the rival's choice was exercised


def _drivers_as_sorted(parts: dict[str, float], top: int) -> list[str]:
    """The scorer's drivers as they were chosen before: every positive one sorted."""
    positive = (g for g, w in parts.items() if w > 0 and not g.startswith(KIND_PREFIX))
    return sorted(positive, key=lambda g: -parts[g])[:top]


def test_the_scorer_names_the_drivers_a_full_sort_would(texts: list[str]) -> None:
    checker = Checker.from_settings()
    [rule] = [r for r in checker.rules if isinstance(r, ScorerRule)]
    named = 0
    for text in texts[::2]:
        doc = Document(text, MessageKind.THANK_YOU)
        _, _, parts = rule.scorer.assess(doc)
        found = list(rule.matches(doc))
        if not found:
            continue
        drivers = _drivers_as_sorted(parts, rule.top)
        assert found[0].detail is not None
        assert found[0].detail.endswith("driven by " + ", ".join(f"'{g}'" for g in drivers))
        named += 1
    assert named > 20


_GREETING_AS_WRITTEN = (
    r"(?:^|(?<=\n)|(?<=subject: ))(?:hey+|heya|hiya there|yo|sup|wassup|howdy)(?=[\s!,.]|$)"
)
_STYLE = Path(__file__).resolve().parents[1] / "src/followup/checker/styles/etiquette"


@pytest.mark.parametrize("flags", [re.IGNORECASE, 0])
def test_the_casual_greeting_finds_what_it_found_as_first_written(
    texts: list[str], flags: int
) -> None:
    rule = yaml.safe_load((_STYLE / "casual-register.yml").read_text(encoding="utf-8"))
    [shipped] = [p for p in rule["patterns"] if "iya there" in p]
    assert shipped != _GREETING_AS_WRITTEN
    before, after = re.compile(_GREETING_AS_WRITTEN, flags), re.compile(shipped, flags)
    edges = [
        "hey",
        "Hey Raj",
        "hi\nyo!",
        "subject: sup.",
        "Subject: Wassup, x",
        "heyyy\nHowdy",
        "ahey",
        "\nhiya there\n",
        "x\nheya,",
        "yoyo",
        "Subject: heyyyy",
        "\u017fup",
        "\nSup\n",
        "\nhey\n\nhey",
        "heya",
        "say yo, sup",
        "show\nwassup?",
        "hiya",
    ]
    found = 0
    for text in [*texts, *edges]:
        for variant in (text, text.lower()):
            spans = [m.span() for m in before.finditer(variant)]
            assert [m.span() for m in after.finditer(variant)] == spans, variant[:60]
            found += bool(spans)
    assert found > 10
