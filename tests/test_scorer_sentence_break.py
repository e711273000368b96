"""The scorer's sentence reading, made cheaper, reads as before (checker/rules/scorer.py)."""

from __future__ import annotations

import math
import random
import re
from pathlib import Path

from followup.checker.rules.scorer import (
    _SENTENCE_BREAK,
    SENTENCE_BREAK_AS_WRITTEN,
    ScorerModel,
    Tokens,
    best_sentence_of,
)
from followup.evaluation.lintset import load_lint_set

ROOT = Path(__file__).resolve().parents[1]


def _model() -> ScorerModel:
    found = sorted(ROOT.glob("src/followup/**/pushy*.json"))
    assert found, "the shipped scorer model"
    return ScorerModel.load(found[0])


def _spans(pattern: re.Pattern[str] | object, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]  # type: ignore[attr-defined]


def test_the_sentence_break_finds_what_it_found_as_first_written() -> None:
    written = re.compile(SENTENCE_BREAK_AS_WRITTEN)
    texts = [m.text for m in load_lint_set(ROOT / "eval" / "lint")]
    rng = random.Random(12)
    alphabet = ["a", "b", " ", "\n", "\t", ".", "!", "?", "\u2003", "\r", "…", " \n \n"]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))) for _ in range(3000)]
    for text in texts:
        assert _spans(_SENTENCE_BREAK, text) == _spans(written, text), repr(text)
        assert _SENTENCE_BREAK.split(text) == written.split(text)


def test_the_grams_by_length_hold_every_gram_of_the_model_once() -> None:
    model = _model()
    by_length = model.grams_by_length()
    names = {name for grams in by_length.values() for name in grams.values()}
    assert names == {g for g in model.weights if "\x00" not in g}
    for n, grams in by_length.items():
        for words, name in grams.items():
            assert len(words) == n and " ".join(words) == name


def test_only_the_present_grams_count_for_a_sentence() -> None:
    """The n-grams the caller says are present are the only ones that weigh: with none, every
    sentence scores the intercept alone."""
    model = _model()
    text = "I need an answer by Friday. Please reply today or I will call your office again."
    tokens = Tokens(text)
    _, parts = model.contributions(tokens, "inquiry")
    assert parts, "the sentence has n-grams the model weighs"
    alone = 1.0 / (1.0 + math.exp(-model.intercept))
    assert best_sentence_of(model, text, tokens, set()) == alone
    assert best_sentence_of(model, text, tokens, parts) != alone
