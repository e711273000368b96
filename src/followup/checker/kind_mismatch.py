"""Whether a message checked as a given kind (`--kind`, front matter) reads as another.

Trial 12 (P8): `lint --kind check-in` on a plain thank-you, and `--kind thank-you` on an
inquiry, were checked as told with no word that the message reads otherwise, so the rules of
the kind the user meant to write were never the ones that ran. The kind model (kinds.py)
that `--kind auto` uses says what the message reads as; lint names it in the line that says
what the message was checked as, only when the model is sure: its guess leads the given
kind's score by LEAD or more (on the labelled set its wrong guesses lead by at most 1.6, a
thank-you checked as a check-in by 7), and the two inquiries count as one kind (telling the
first from the second is the history's job, not the wording's).
"""

from __future__ import annotations

from followup.checker.document import Document
from followup.checker.kinds import KindGuess, infer_kind
from followup.core import MessageKind

LEAD = 3.0
_INQUIRIES = frozenset({MessageKind.INQUIRY, MessageKind.SECOND_INQUIRY})


def reads_as_other(text: str, kind: MessageKind) -> KindGuess | None:
    """The kind model's guess when the text clearly reads as another kind than `kind`."""
    guess = infer_kind(Document(text, kind))
    if guess.kind is kind or {guess.kind, kind} <= _INQUIRIES:
        return None
    return guess if guess.lead_over(kind) >= LEAD else None
