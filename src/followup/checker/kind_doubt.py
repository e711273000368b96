"""A near tie in `--kind auto`'s guess: the findings only the guessed kind's rules make are
left out.

Batch AP's first run (session 13): a Fijian thank-you ("Bula Sarah, Vinaka for having me in
yesterday ...") was read as a check-in by 0.03 over thank-you (the model had never seen
"vinaka", the Fijian thanks), and `etiquette.check-in-offer`, a rule for check-ins only, said
it "offers nothing of value". The finding held only under one of two readings the model could
not tell apart. Some rules check one kind's duties (a check-in offers something and asks
nothing; a thank-you is sent within days; a third inquiry is too many); when the kind is
inferred and the runner-up kind is within UNSURE of the guess, such a rule speaks only if it
would also check the runner-up. Rules for every kind are untouched, and a kind given by the
user (`--kind`, front matter) is never doubted.

UNSURE: in eval/lint the model's wrong guesses (in sample) lead by at most 1.6 and its right
guesses mostly by 4 or more; 1.0 takes the near ties only.
"""

from __future__ import annotations

from followup.checker.kinds import KindGuess
from followup.core import MessageKind

UNSURE = 1.0


def doubtful_rival(guess: KindGuess | None) -> MessageKind | None:
    """The runner-up kind when an inferred guess leads it by less than UNSURE; else None."""
    if guess is None:
        return None
    lead, rival = min(
        ((guess.lead_over(k), k) for k in MessageKind if k is not guess.kind),
        key=lambda pair: pair[0],
    )
    return rival if lead < UNSURE else None
