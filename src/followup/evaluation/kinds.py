"""Score `--kind auto` on the labelled set: accuracy and a confusion matrix.

Each labelled message in eval/lint/ carries the kind it was written as; the checker is
asked to infer it. Rows are the labelled kinds, columns the inferred ones.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from followup.checker.engine import Checker
from followup.core import MessageKind
from followup.evaluation.lintset import LabeledMessage


@dataclass
class KindScore:
    """How often the inferred kind matched the label, and where it went wrong."""

    confusion: Counter[tuple[MessageKind, MessageKind]] = field(default_factory=Counter)
    wrong: list[tuple[LabeledMessage, MessageKind]] = field(default_factory=list)

    @property
    def total(self) -> int:
        """How many messages were scored."""
        return sum(self.confusion.values())

    @property
    def right(self) -> int:
        """How many were inferred as their labelled kind."""
        return sum(n for (label, guess), n in self.confusion.items() if label is guess)

    @property
    def accuracy(self) -> float:
        """Share of messages inferred as their labelled kind."""
        return self.right / self.total if self.total else 0.0

    def matrix(self) -> str:
        """The confusion matrix as aligned text: labelled kinds down, inferred across."""
        kinds = list(MessageKind)
        width = max(len(k.value) for k in kinds) + 2
        head = "labelled \\ inferred".ljust(width) + "".join(k.value.rjust(width) for k in kinds)
        rows = [
            k.value.ljust(width) + "".join(str(self.confusion[k, g]).rjust(width) for g in kinds)
            for k in kinds
        ]
        return "\n".join([head, *rows])


def score_kind_inference(checker: Checker, messages: list[LabeledMessage]) -> KindScore:
    """Infer the kind of every message and tally it against its label."""
    score = KindScore()
    for msg in messages:
        guess = checker.check(msg.text).kind
        score.confusion[msg.kind, guess] += 1
        if guess is not msg.kind:
            score.wrong.append((msg, guess))
    return score


def training_digest(messages: list[LabeledMessage]) -> str:
    """A short fingerprint of the labelled kinds and texts a kind model was trained on."""
    import hashlib

    digest = hashlib.sha256()
    for msg in messages:
        digest.update(f"{msg.kind.value}\0{msg.text}\0".encode())
    return digest.hexdigest()[:16]
