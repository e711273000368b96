"""The scorer's sentence floor: a message the model reads as pushy as a whole is flagged only
when one of its sentences, read alone, reaches `sentence-floor` (pushy-tone.yml)."""

from __future__ import annotations

import pytest

from followup.checker.engine import Checker
from followup.checker.rules.scorer import ScorerRule, best_sentence, sentences
from followup.models import MessageKind

# Elaborate courtesy with nothing pushy in any sentence (batch AI's false alarm, 0.98 on the
# model of the time: 'please', 'as i', 'again', 'role', 'panel' spread over four paragraphs).
COURTEOUS = (
    "Dear Mr. Balogun,\n\nGood afternoon, sir. I trust this note finds you well.\n\n"
    "Please permit me to express my sincere gratitude to you and the distinguished members of "
    "the panel for the time you graciously set aside on Thursday to interview me for the "
    "position of Head, Trade Finance. I found our discussion on the digitisation of Form M "
    "processing particularly stimulating, and it has deepened my enthusiasm for the role.\n\n"
    "As I mentioned, I led the rollout of an e-documentation platform for letters of credit at "
    "my current bank, which cut processing time by about a third. I would be delighted to "
    "bring that experience to your team.\n\nOnce again, thank you for the privilege of your "
    "time.\n\nYours faithfully,\nOluwaseun Adebayo"
)
# The same register with one pushy sentence: it must still be read.
COURTEOUS_PUSHY = (
    "Dear Mrs. Okonkwo,\n\nI trust this mail finds you well.\n\nPlease permit me to thank you "
    "once again for the interview on Tuesday for the position of Credit Analyst. I found the "
    "discussion on the loan book most stimulating.\n\nIt has now been two weeks and I have "
    "heard nothing. Kindly let me know by Friday whether I have been selected, as I cannot "
    "wait any longer.\n\nYours faithfully,\nEmeka Nwosu"
)


def scorer(checker: Checker) -> ScorerRule:
    [rule] = [r for r in checker.rules if isinstance(r, ScorerRule)]
    return rule


def flagged(rule: ScorerRule, text: str) -> bool:
    return bool(Checker([rule]).check(text, MessageKind.THANK_YOU).findings)


def test_the_shipped_scorer_has_a_sentence_floor(checker: Checker) -> None:
    assert scorer(checker).sentence_floor == 0.5


def test_a_courteous_message_with_no_pushy_sentence_is_not_flagged(checker: Checker) -> None:
    rule = scorer(checker)
    probability = rule.scorer.probability(COURTEOUS, "thank-you")
    low = rule.replace(threshold=max(0.01, probability - 0.01))  # a threshold it reaches
    assert flagged(low.replace(sentence_floor=None), COURTEOUS)
    assert best_sentence(rule.scorer, COURTEOUS, "thank-you") < 0.5
    assert not flagged(low, COURTEOUS)
    assert not flagged(rule, COURTEOUS)  # and at the shipped threshold


def test_a_courteous_message_with_a_pushy_sentence_is_still_flagged(checker: Checker) -> None:
    rule = scorer(checker)
    probability = rule.scorer.probability(COURTEOUS_PUSHY, "thank-you")
    assert probability >= rule.cutoff()
    assert best_sentence(rule.scorer, COURTEOUS_PUSHY, "thank-you") >= 0.5
    assert flagged(rule, COURTEOUS_PUSHY)


def test_sentences_are_cut_as_the_training_cuts_them() -> None:
    text = "Hi Ana,\n\nThanks a lot. Any news yet? I keep checking my inbox!\n\nBest,\nTom"
    # the greeting and the sign-off (two words each) are no sentences of their own
    assert sentences(text) == ["Thanks a lot.", "Any news yet?", "I keep checking my inbox!"]
    assert sentences("Any news?") == ["Any news?"]  # no sentence long enough: the whole text


@pytest.mark.parametrize("floor", [-0.1, 1.0, 1.5])
def test_a_sentence_floor_out_of_range_is_refused(checker: Checker, floor: float) -> None:
    with pytest.raises(ValueError, match="sentence-floor"):
        scorer(checker).replace(sentence_floor=floor).validate()


def test_the_sentences_read_from_the_whole_reading_score_as_read_alone(checker: Checker) -> None:
    """best_sentence_of (the lint path: the message's own reading) equals best_sentence
    (each sentence read again, as scripts/ and tools/scorer_lobo.py read them)."""
    from pathlib import Path

    from followup.checker.rules.scorer import Tokens, best_sentence_of
    from followup.evaluation.lintset import load_lint_set

    model = scorer(checker).scorer
    root = Path(__file__).resolve().parents[1]
    texts = [m.text for m in load_lint_set(root / "eval" / "lint")][::7]
    texts += [COURTEOUS, COURTEOUS_PUSHY, "Any news?", "Hi.\n\nThanks a lot, Ana. Cheers"]
    for text in texts:
        tokens = Tokens(text)
        _, parts = model.contributions(tokens, "inquiry")
        alone = best_sentence(model, text, "inquiry")
        assert best_sentence_of(model, text, tokens, parts) == pytest.approx(alone, abs=1e-9)
