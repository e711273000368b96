"""Infer a message's kind from its wording, for `--kind auto`."""

from __future__ import annotations

import re

from followup.checker.document import Document
from followup.checker.prefilter import trigger_for
from followup.checker.rules.base import PatternSet
from followup.core import MessageKind

# Cue patterns per kind, each worth one point; ties go to the earlier kind in this table.
_CUES: dict[MessageKind, list[str]] = {
    MessageKind.CHECK_IN: [
        r"no (?:response|reply|need to (?:reply|respond))",
        r"thought of you",
        r"\barticle\b|\bpaper\b|\bpodcast\b|\breport\b|\bpost\b",
        r"congratulations|congrats",
        r"came across|stumbled (?:on|across)",
        r"(?:advice|tip|suggestion) you gave",
    ],
    MessageKind.SECOND_INQUIRY: [
        r"follow(?:ing)?[ -]up (?:once more|again|one (?:more|last|final) time)",
        r"\bonce more\b|\bone last\b|\bfinal (?:note|follow)",
        r"\bsecond\b.{0,20}\b(?:note|email|follow)",
    ],
    MessageKind.KEEP_IN_TOUCH: [
        r"\b(?:keep|stay) in touch\b",
        r"(?:went|go|decided to go) (?:with|in) (?:another|a different)",
        r"\b(?:other|another) candidate\b|not (?:be )?moving forward",
        r"\bnetwork\b|\bconnected\b",
    ],
    MessageKind.INQUIRY: [
        r"follow(?:ing)?[ -]up on",
        r"\btimeline\b|\bnext steps?\b|\bstatus\b",
        r"\bupdate\b|\bdecision\b|\bhear(?:ing)? back\b",
        r"\bstill (?:very )?(?:interested|excited)\b",
    ],
    MessageKind.THANK_YOU: [
        r"thank(?:s| you) (?:so much )?for (?:taking|the time|meeting|speaking|talking|the "
        r"(?:interview|conversation|chat)|your time)",
        r"enjoyed (?:speaking|talking|meeting|our|learning)",
        r"(?:great|nice|a pleasure) (?:to meet|meeting|speaking|talking)",
        r"\byesterday\b|\btoday\b|\bthis morning\b",
    ],
}
_PATTERNS = [p for patterns in _CUES.values() for p in patterns]
_KIND_OF = [kind for kind, patterns in _CUES.items() for _ in patterns]
_CUE_SET: PatternSet | None = None


def _cue_set() -> PatternSet:
    global _CUE_SET
    if _CUE_SET is None:
        _CUE_SET = PatternSet(_PATTERNS, re.IGNORECASE, [trigger_for(p) for p in _PATTERNS])
    return _CUE_SET


def infer_kind(doc: Document) -> MessageKind:
    """The kind whose cues the text matches most; thank-you when nothing matches."""
    cues = _cue_set()
    scores = dict.fromkeys(_CUES, 0)
    for i in cues.index.candidates(doc.index):
        if cues.search(i, doc):
            scores[_KIND_OF[i]] += 1
    best, best_score = MessageKind.THANK_YOU, 0
    for kind, score in scores.items():  # ties go to the earlier kind
        if score > best_score:
            best, best_score = kind, score
    return best
