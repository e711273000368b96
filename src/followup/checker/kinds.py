"""Infer a message's kind from its wording, for `--kind auto`.

A linear model over the message's words and word pairs: each feature adds a weight per
kind, and the kind with the highest total wins. It is trained at development time with
scikit-learn (`make kind-model`, scripts/train_kind_model.py) on the labelled messages in
eval/lint/ and shipped as a small JSON file of weights (kind_model.json), which the lint
path reads with the standard library: linting needs neither scikit-learn nor numpy.

Hand-written cue patterns, the approach before this one, guessed 199 of the 321 labelled
messages right: short messages such as "Did I get the job? I haven't heard back" carry
no cue phrase at all and fell through to thank-you. The model weighs every word it saw
in training and names the words that drove each guess, so `--kind auto` can say why.
The features come from the word list the trigger index already builds, so a guess costs
a set intersection and a few additions, not one regex per cue.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from itertools import pairwise
from pathlib import Path

from followup.checker.document import Document
from followup.checker.prefilter import TextIndex, index_text
from followup.core import MessageKind
from followup.lazyre import lazy_compile

MODEL_FILE = Path(__file__).with_name("kind_model.json")
MAX_CUES = 3


PAIR_WORDS = 40  # word pairs come from the opening, which says why the message was written

# The "again" of a repeated apology or repeated thanks ("sorry again for being late", "thank
# you once again", "again, my apologies", "again, I am grateful") looks back at the interview,
# not at an earlier message: it is no cue for a second inquiry. A courtesy word up to two
# words before it or three after it binds it.
AGAIN = "again"
_COURTESY = frozenset(
    [
        "sorry",
        "apologise",
        "apologize",
        "apologised",
        "apologized",
        "apologies",
        "apology",
        "apologising",
        "apologizing",
        "thank",
        "thanks",
        "grateful",
        "pardon",
        "forgive",
    ]
)


def courtesy_again(word_list: Sequence[str]) -> bool:
    """Whether the words hold "again" and every one of them is a courtesy's (see _COURTESY)."""
    found = False
    for i, word in enumerate(word_list):
        if word != AGAIN:
            continue
        found = True
        before = word_list[max(0, i - 2) : i]
        after = word_list[i + 1 : i + 4]
        if _COURTESY.isdisjoint(before) and _COURTESY.isdisjoint(after):
            return False
    return found


def kind_features(index: TextIndex) -> set[str]:
    """A message's features: each of its words, and each pair of neighbouring words among
    the first PAIR_WORDS (as many pairs again would cost more than all the rest of a guess
    and, in cross-validation, gain nothing measurable). A courtesy's "again" is left out,
    alone and in pairs (see courtesy_again)."""
    features = set(index.words)
    opening: Sequence[str] = index.word_list[:PAIR_WORDS]
    if AGAIN in features and courtesy_again(index.word_list):
        features.discard(AGAIN)
        opening = tuple(w if w != AGAIN else "\0" for w in opening)
    features.update(" ".join(p) for p in pairwise(opening) if "\0" not in p)
    return features


def _telling(feature: str) -> bool:
    """Whether a feature explains anything to a reader: not a short lone word ("hi", "for")
    nor a pair with a stray letter ("it s", from "it's")."""
    words = feature.split()
    return min(map(len, words)) > 1 and (len(words) > 1 or len(feature) >= 4)


class KindGuess:
    """The inferred kind; `cues()` names the words that weighed most for it."""

    __slots__ = ("_best", "_model", "_present", "_scores", "kind")

    def __init__(
        self,
        kind: MessageKind,
        model: KindModel,
        present: AbstractSet[str],
        best: int,
        scores: list[float] | None = None,
    ) -> None:
        """`scores`: the model's scores for `present`, when the caller has them."""
        self.kind = kind
        self._model, self._present, self._best = model, present, best
        self._scores = scores

    def lead_over(self, kind: MessageKind) -> float:
        """How far the guessed kind's score is above `kind`'s (0 when it is that kind)."""
        scores = self._scores
        if scores is None:  # summed once: kind_doubt asks for every other kind in turn
            scores = self._scores = self._model.scores(self._present)
        return scores[self._best] - scores[self._model.kinds.index(kind)]

    def cues(self) -> tuple[str, ...]:
        """The telling features that pull toward the winner more than toward any other kind,
        strongest first (common single words such as "hi" or "up" explain nothing)."""
        best = self._best
        pulls: list[tuple[float, str]] = []
        for feature in self._present:
            if not _telling(feature):
                continue
            w = self._model.weights(feature)
            margin = w[best] - max(x for k, x in enumerate(w) if k != best)
            if margin > 0:
                pulls.append((margin, feature))
        pulls.sort(reverse=True)
        return tuple(feature for _, feature in pulls[:MAX_CUES])


# The weights come in hundredths, which lets the model add up all kinds at once: the
# training script packs each feature's weights, offset to be non-negative, into one
# integer, FIELD_BITS bits per kind, so one C-level sum over the present features adds
# every kind's column exactly (five times fewer additions in Python than a sum per kind),
# and reading the model is one json.loads.
SCALE = 100
OFFSET = 1 << 12  # above any weight in hundredths
FIELD_BITS = 32  # room for the sum of 2**19 features at the largest weight
_MASK = (1 << FIELD_BITS) - 1


def pack_weights(weights: Sequence[float]) -> int:
    """One feature's per-kind weights as one integer (see FIELD_BITS)."""
    packed = 0
    for k, w in enumerate(weights):
        units = round(w * SCALE)
        if not -OFFSET < units < OFFSET:
            raise ValueError(f"kind model weight {w} out of range")
        packed |= (units + OFFSET) << (FIELD_BITS * k)
    return packed


class KindModel:
    """Per-kind biases and packed per-feature weights, as the training script wrote them."""

    __slots__ = ("bias", "kinds", "packed", "vocabulary")

    def __init__(self, data: dict[str, object]) -> None:
        kinds, bias, packed = data["kinds"], data["bias"], data["packed"]
        assert isinstance(kinds, list) and isinstance(bias, list) and isinstance(packed, dict)
        self.kinds = [MessageKind(k) for k in kinds]
        self.bias: list[float] = [float(b) for b in bias]
        self.packed: dict[str, int] = packed
        # A set, so intersecting walks the message's few features, not the whole vocabulary
        # (set & dict.keys() copies every key first).
        self.vocabulary = frozenset(packed)

    @classmethod
    def load(cls, path: Path = MODEL_FILE) -> KindModel:
        """Read the shipped weights."""
        return cls(json.loads(path.read_text(encoding="utf-8")))

    def weights(self, feature: str) -> list[float]:
        """One feature's weight for each kind."""
        packed = self.packed[feature]
        return [
            (((packed >> (FIELD_BITS * k)) & _MASK) - OFFSET) / SCALE
            for k in range(len(self.kinds))
        ]

    def scores(self, present: AbstractSet[str]) -> list[float]:
        """Each kind's score for a set of features the model knows."""
        total = sum(map(self.packed.__getitem__, present))
        offset = OFFSET * len(present)
        return [
            b + (((total >> (FIELD_BITS * k)) & _MASK) - offset) / SCALE
            for k, b in enumerate(self.bias)
        ]

    def guess(self, index: TextIndex, names: AbstractSet[str] = frozenset()) -> KindGuess:
        """The highest-scoring kind; ties go to the earlier kind. `names` (lower case) are
        left out, alone and in pairs (see proper_names)."""
        words = index.words & self.vocabulary
        opening = index.word_list[:PAIR_WORDS]
        if names:
            words -= names
            opening = tuple(w if w not in names else "\0" for w in opening)
        if AGAIN in words and courtesy_again(index.word_list):
            words = words - {AGAIN}
            opening = tuple(w if w != AGAIN else "\0" for w in opening)
        pairs = map(" ".join, pairwise(opening))
        present = words.union(self.vocabulary.intersection(pairs))
        scores = self.scores(present)
        best = scores.index(max(scores))
        return KindGuess(self.kinds[best], self, present, best, scores)


_MODEL: KindModel | None = None


def model() -> KindModel:
    """The shipped model, read once per process."""
    global _MODEL
    if _MODEL is None:
        _MODEL = KindModel.load()
    return _MODEL


# A capitalised word inside a sentence or a name line: after a letter, digit or comma and a
# space ("Dear Professor Haddad", "Farah Haddad"), not after a sentence's end or a line break.
# (The lookbehind is tried after the capital, so the regex engine skips to capitals in C.)
_INNER_CAPITAL = lazy_compile(r"[A-Z](?<=[\w,] [A-Z])[a-z]+(?:['’-][A-Za-z]+)*\b")
# Capitalised in English wherever they stand, and telling for a kind ("by Friday").
_CALENDAR_TEXT = (
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december"
)
CALENDAR = frozenset(_CALENDAR_TEXT.split())


def proper_names(text: str, known: AbstractSet[str] | None = None) -> frozenset[str]:
    """The words the message writes only capitalised inside a sentence (a surname, a firm, a
    town), lower-cased: who the message is to or from says nothing about its kind, and a
    surname that happened to sign a training message is no cue ("inferred from 'haddad'").
    A word the message also writes in lower case, and the calendar, stay. With `known` (the
    model's vocabulary), only names the model has a weight for (the others change nothing)."""
    found = {w.lower() for w in _INNER_CAPITAL.findall(text)} - CALENDAR
    if known is not None:
        found &= known
    # written in lower case somewhere (a substring test: cheap, and a miss only keeps a word)
    return frozenset(w for w in found if w not in text)


def infer_kind(doc: Document) -> KindGuess:
    """Guess the document's kind from its words, names left out."""
    index = doc.index if doc.index is not None else index_text(doc.text)
    shipped = model()
    return shipped.guess(index, proper_names(doc.text, shipped.vocabulary))
