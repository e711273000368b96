"""scorer: a small statistical model of pushy or desperate wording, read from a JSON file.

The pattern rules catch the phrasings they were written for; the scorer catches some of the
rest. It is a logistic regression over word n-grams, trained at development time on the
labelled set in eval/lint/ (`make scorer`, scripts/train_scorer.py, with scikit-learn) and
shipped as a JSON file of n-gram weights and an intercept next to its rule file. This module
scores with the standard library only: scikit-learn is a development tool and is never
imported on the lint path. The training script builds its features with `ngram_features`
below, so training and checking see exactly the same n-grams, and the exported file carries
a few reference scores that a test reproduces.

A finding names the n-grams that pushed the score up most and points at the strongest one.
A message is read into words once (Tokens: a regex split and C-level passes, with Python
only for capitalised words), and scoring and the finding's span share that reading.

The model is also the second opinion for tone rules whose file says `support: MODEL`: such a
rule's hit stands only when the model's probability for the message reaches the file's
`support_floor` (see `supports`). A pattern matches words, not intent, and on batches nobody
had tuned the rules on, a third of their false alarms were messages the model found as
clean as the cleanest flagged ones (a deadline another employer set, a promised call). The
floor is chosen at training time, low enough to keep nearly every message the labelled set
calls pushy. One reading per message serves both uses (`ScorerModel.assess`).
"""

from __future__ import annotations

import json
import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Container, Iterable, Iterator
from dataclasses import dataclass, field
from heapq import nlargest
from itertools import accumulate, chain, compress, count, repeat
from operator import indexOf, methodcaller, mul, ne
from pathlib import Path
from typing import Any, ClassVar

from followup.checker.document import Document
from followup.checker.prefilter import Trigger, dump_trigger, load_trigger, trigger_for
from followup.checker.rules.base import Match, Rule
from followup.lazyre import lazy_compile

# A word: letters and digits, with inner apostrophes (don't, I'm), either apostrophe form.
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
MAX_N = 3  # n-grams of one to three words
# From this many readings on, a model looks n-grams up as word tuples (see ScorerModel).
TUPLES_AFTER = 100
KIND_PREFIX = "kind="  # a kind feature (not in the shipped model); findings never name it
# Function words, greetings and sign-offs are not features on their own (they still count
# inside longer n-grams): alone they mostly measure a message's length or its layout, and a
# finding should name telling words.
_STOPWORD_TEXT = (
    "a an the and or but if of to in on at for with by from as is are was were be been am "
    "i i'm i've i'd i'll me my you your it it's this that these those we our us they them "
    "their he she his her do did does have has had will would can could should just so not no "
    "hi hello hey dear mr mrs ms dr regards best cheers sincerely"
)
STOPWORDS = frozenset(_STOPWORD_TEXT.split())


_BREAK = re.compile(r"[.!?\n]")
_TITLE = re.compile(r"\b(?:Mr|Mrs|Ms|Mx|Dr|Prof|St)\.$")
_OPENERS = frozenset(".!?:;\n\"'(“‘")


def _name_line(text: str, at: int, seen: dict[int, bool]) -> bool:
    """Whether the line around `at` is a short run of capitalised words (a signature)."""
    start = text.rfind("\n", 0, at) + 1
    if start not in seen:
        end = text.find("\n", at)
        line = text[start : end if end >= 0 else len(text)].split(None, 5)
        seen[start] = len(line) <= 4 and all(not w[0].isalpha() or w[0].isupper() for w in line)
    return seen[start]


# Split on words, keeping them: gap, word, gap, word, ..., gap (the words of _WORD, in order).
_SPLIT = re.compile(r"([^\W_]+(?:['’][^\W_]+)*)")
GAP = "\x00"  # a word no n-gram spans; never inside a word, so never inside a feature
# Compiled on first use, so that a lint run's start pays for no new pattern (lazyre.py).
_INNER_APOSTROPHE = lazy_compile(r"'(?<=\w')(?=\w)")  # between two word characters
# In ASCII text without underscores (the index's reading): a capital that opens a word (no
# letter or digit before it, nor one and an inner apostrophe: rock'N'roll is one word), and
# is not a lone I or the I of I'm (an I with a letter or digit after it opens "It", "IT").
_CAPITAL_WORD = lazy_compile(r"[A-Z](?<![A-Za-z0-9].)(?<![A-Za-z0-9]'.)(?:(?<!I)|(?=[A-Za-z0-9]))")
_start_of = methodcaller("start")


class Tokens:
    """A text's words as the scorer reads them: lower-cased, numbers as <num>, and GAP for a
    capitalised word inside a sentence or on a short line of capitalised words (a name, a
    company, a title, a signature: "Hi Elena", "Dear Mr. Patel", "Best, Tom"), which no
    n-gram spans. Names say nothing about tone, and a set of a few hundred messages reuses
    them often enough for a model to learn them. N-grams stay within a sentence too:
    `joinable` is `words` with GAP also for each word that opens a new sentence, and an
    n-gram takes its first word from `words` and the others from `joinable`.

    Built with a few C-level passes (findall, accumulate, map) and a Python step only for
    the capitalised words; a property test holds it equal to the word-by-word reading.
    """

    __slots__ = ("ends", "joinable", "starts", "words")

    def __init__(
        self,
        text: str,
        lowered: list[str] | None = None,
        bounds: tuple[list[int], list[int]] | None = None,
    ) -> None:
        """`lowered`: the lower-cased text split at \\w+ words (gap, word, ..., gap), as the
        word index has it (TextIndex.parts); for ASCII text without underscores the words
        are then read from it, joined where a lone apostrophe stands between two of them
        (don't, rock'n'roll), instead of splitting the text a second time. `bounds`: where
        those words start and end, when the index has them (TextIndex.starts and .ends)."""
        raws: list[str] | None = None
        capitals: Iterable[int]
        checked = False  # whether `capitals` holds only words to judge (capitalised, not I)
        if lowered is not None and text.isascii() and "_" not in text:  # [^\W_] is \w
            if bounds is not None:
                self.starts: list[int] = bounds[0]  # the index's: copied before a join
                self.ends: list[int] = bounds[1]
            else:
                offsets = list(accumulate(map(len, lowered)))
                self.starts, self.ends = offsets[0:-1:2], offsets[1::2]
            words = lowered[1::2]  # a new list: the index's is never changed
            joins = [m.end() for m in _INNER_APOSTROPHE.finditer(text)]
            if joins:
                self.starts, self.ends = self.starts.copy(), self.ends.copy()
                for k in map(bisect_left, repeat(self.starts), reversed(joins)):
                    words[k - 1 : k + 1] = [words[k - 1] + "'" + words[k]]
                    del self.starts[k], self.ends[k - 1]
            # The words that open with a capital, other than I, I'm, I've ...: one regex
            # pass finds where they start (see _CAPITAL_WORD), and each is looked up once.
            opening = map(_start_of, _CAPITAL_WORD.finditer(text))
            capitals = map(bisect_left, repeat(self.starts), opening)
            checked = True
        else:
            parts = _SPLIT.split(text)
            offsets = list(accumulate(map(len, parts)))
            self.starts = offsets[0:-1:2]
            self.ends = offsets[1::2]
            raws = parts[1::2]
            if text.isascii():
                words = list(map(str.lower, raws))
            else:
                words = [raw.lower().replace("’", "'") for raw in raws]
            if text.isascii():  # a word with a capital letter reads differently in lower case
                capitals = compress(count(), map(ne, raws, words))
            else:  # not always elsewhere: 'ⅅ' is upper case and has no lower case
                capitals = [i for i, raw in enumerate(raws) if raw[0].isupper()]
        if any(map(str.isdigit, words)):
            words = ["<num>" if w.isdigit() else w for w in words]
        lines: dict[int, bool] = {}
        starts = self.starts
        # Left out: a capitalised word inside a sentence, after a title, or on a short line
        # of capitalised words (inline: a call per capitalised word cost about 1 µs).
        for i in capitals:
            if not checked:
                raw = raws[i] if raws is not None else text[starts[i] : self.ends[i]]
                if not raw[0].isupper() or raw == "I" or raw[:2] in ("I'", "I’"):
                    continue
            start = starts[i]
            j = start - 1
            while j >= 0 and text[j] in " \t":
                j -= 1
            if j >= 0:
                before = text[j]
                # A title ends with a full stop: no other character can end _TITLE's match.
                if before not in _OPENERS or (
                    before == "." and _TITLE.search(text, max(0, j - 5), j + 1) is not None
                ):
                    words[i] = GAP
                    continue
            if _name_line(text, start, lines):
                words[i] = GAP
        self.words: list[str] = words
        joinable = words.copy()
        if joinable:
            for m in _BREAK.finditer(text):
                i = bisect_right(self.starts, m.start())
                if i < len(joinable):
                    joinable[i] = GAP
        self.joinable: list[str] = joinable

    def grams(self, n: int) -> Iterator[str]:
        """The n-grams in order, one per starting word (those spanning a GAP included)."""
        if n == 1:
            return iter(self.words)
        rest = [self.joinable[k:] for k in range(1, n)]
        return map(" ".join, zip(self.words, *rest, strict=False))

    def span(self, gram: str) -> tuple[int, int]:
        """Where an n-gram of the text first occurs (ValueError when it does not)."""
        n = gram.count(" ") + 1
        i = indexOf(self.grams(n), gram)  # stops at the first, in C
        return self.starts[i], self.ends[i + n - 1]


def ngram_spans(text: str, max_n: int = MAX_N) -> dict[str, tuple[int, int]]:
    """The text's word n-grams (see Tokens; no lone function words), each with its first
    span."""
    tokens = Tokens(text)
    spans: dict[str, tuple[int, int]] = {}
    for n in range(1, max_n + 1):
        for i, gram in enumerate(tokens.grams(n)):
            if GAP in gram or (n == 1 and gram in STOPWORDS) or gram in spans:
                continue
            spans[gram] = (tokens.starts[i], tokens.ends[i + n - 1])
    return spans


def ngram_features(text: str, kind: str, max_n: int = MAX_N) -> list[str]:
    """The feature names of a message: its word n-grams and its kind (for training)."""
    return [*ngram_spans(text, max_n), KIND_PREFIX + kind]


class ScorerModel:
    """Weights, intercept and threshold of an exported model, and scoring with them."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.weights: dict[str, float] = {str(k): float(v) for k, v in data["weights"].items()}
        self._names = frozenset(g for g in self.weights if GAP not in g)
        # The model's longer n-grams as word tuples, by length: a message's pairs and
        # triples are then looked up as the tuples zip() makes, and only the few the model
        # knows are joined into names (joining all 300 cost more than the lookup). Built
        # at the TUPLES_AFTER-th reading (0.6 ms here): a single lint joins instead.
        self._tuples: list[frozenset[tuple[str, ...]]] | None = None
        self._readings = 0
        self.intercept = float(data["intercept"])
        self.threshold = float(data["threshold"])
        self.max_n = int(data.get("max_n", MAX_N))
        if not 1 <= self.max_n <= MAX_N:
            raise ValueError(f"max_n must be between 1 and {MAX_N}")
        self.l2 = data.get("norm") == "l2"
        # Below this probability a supported rule's hit is dropped (0: every hit stands).
        self.support_floor = float(data.get("support_floor", 0.0))
        # The kind weight that reads most pushy (None: the model has no kind feature), found
        # on first use: it was looked for in every call when there was none (10 µs a message).
        self._top_kind: float | None = None
        self._top_kind_known = False
        self._last: tuple[Document, Tokens, float, dict[str, float]] | None = None
        self._by_length: dict[int, dict[tuple[str, ...], str]] | None = None  # see grams_by_length

    def grams_by_length(self) -> dict[int, dict[tuple[str, ...], str]]:
        """The model's n-grams by their number of words, each keyed by its word tuple (as
        zip() makes them from a message's words), split once per model."""
        if self._by_length is None:
            by_length: dict[int, dict[tuple[str, ...], str]] = {}
            for gram in self._names:
                words_of = tuple(gram.split(" "))
                by_length.setdefault(len(words_of), {})[words_of] = gram
            self._by_length = by_length
        return self._by_length

    @classmethod
    def load(cls, path: Path) -> ScorerModel:
        """Read a model file; ValueError with the reason when it is unusable."""
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return cls(data)
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            raise ValueError(f"cannot read scorer model {path}: {exc}") from None

    def present(self, text: str | Tokens) -> set[str]:
        """The model's n-grams that occur in the text (those of ngram_spans, without spans)."""
        tokens = text if isinstance(text, Tokens) else Tokens(text)
        if self._tuples is None:
            self._readings += 1
            if self._readings < TUPLES_AFTER:
                grams = [tokens.grams(n) for n in range(1, self.max_n + 1)]
                return set(self._names.intersection(chain.from_iterable(grams)))
            self._tuples = [
                frozenset(tuple(g.split(" ")) for g in self._names if g.count(" ") == n - 1)
                for n in range(2, MAX_N + 1)
            ]
        found = set(self._names.intersection(tokens.words))
        words, joinable = tokens.words, tokens.joinable
        for n in range(2, self.max_n + 1):  # as grams(n), in tuples
            tuples = zip(words, *(joinable[k:] for k in range(1, n)), strict=False)
            found.update(map(" ".join, self._tuples[n - 2].intersection(tuples)))
        return found

    def contributions(self, text: str | Tokens, kind: str) -> tuple[float, dict[str, float]]:
        """The raw score and each present feature's share of it."""
        present = sorted(self.present(text))
        kind_feature = KIND_PREFIX + kind
        if kind_feature in self.weights:
            present.append(kind_feature)
        scale = 1.0 / math.sqrt(len(present)) if self.l2 and present else 1.0
        # {g: weight * scale for g in present}, built and summed in C-level passes
        weighted = map(mul, map(self.weights.__getitem__, present), repeat(scale))
        parts = dict(zip(present, weighted, strict=True))
        return self.intercept + sum(parts.values()), parts

    def probability(self, text: str, kind: str) -> float:
        """The model's probability that the message should be flagged."""
        score, _ = self.contributions(text, kind)
        return 1.0 / (1.0 + math.exp(-score))

    def kindless_probability(self, doc: Document) -> float:
        """The document's probability with the kind feature of the kind that weighs most."""
        _, probability, parts = self.assess(doc)
        if not self._top_kind_known:
            kinds = [w for g, w in self.weights.items() if g.startswith(KIND_PREFIX)]
            self._top_kind = max(kinds) if kinds else None
            self._top_kind_known = True
        if self._top_kind is None:
            return probability
        scale = 1.0 / math.sqrt(len(parts)) if self.l2 and parts else 1.0
        own = parts.get(KIND_PREFIX + doc.kind.value, 0.0)
        score = self.intercept + sum(parts.values()) - own + self._top_kind * scale
        return 1.0 / (1.0 + math.exp(-score))

    def forget(self) -> None:
        """Drop the last document's reading. The scorer rule calls it once it has its
        figures (the supported rules run before it in the etiquette style): a model that
        held the last document until the process ended made `followup lint` start and exit
        about 2 ms slower (measured by alternating whole runs)."""
        self._last = None

    def assess(self, doc: Document) -> tuple[Tokens, float, dict[str, float]]:
        """The document's words, probability and feature shares, read once per document:
        the scorer rule and every rule it supports ask for the same message in turn."""
        last = self._last
        if last is not None and last[0] is doc:
            return last[1], last[2], last[3]
        index = doc.index
        if index is None:
            tokens = Tokens(doc.text)
        elif index.starts is not None and index.ends is not None:
            tokens = Tokens(doc.text, index.parts, (index.starts, index.ends))
        else:
            tokens = Tokens(doc.text, index.parts)
        score, parts = self.contributions(tokens, doc.kind.value)
        probability = 1.0 / (1.0 + math.exp(-score))
        self._last = (doc, tokens, probability, parts)
        return tokens, probability, parts


# Where a message breaks into sentences for `sentence_floor` (as scripts/scorer_training.py
# cuts a clean message into the sentences it trains on), and the fewest words one needs.
# First written r"(?<=[.!?])\s+|\n\s*\n" (as the training script has it); written to open
# with one character class, so that the regex engine skips to the next white space in C
# instead of trying both branches at every position (the same matches: a property test).
SENTENCE_BREAK_AS_WRITTEN = r"(?<=[.!?])\s+|\n\s*\n"
_SENTENCE_BREAK = lazy_compile(r"\s(?:(?<=[.!?]\s)\s*|(?<=\n)\s*\n)")
MIN_SENTENCE_WORDS = 3


def sentences(text: str) -> list[str]:
    """The message's sentences (and blank-line separated lines) of at least
    MIN_SENTENCE_WORDS words; the whole text when none is that long."""
    parts = [p.strip() for p in _SENTENCE_BREAK.split(text)]
    kept = [p for p in parts if len(p.split()) >= MIN_SENTENCE_WORDS]
    return kept or [text]


def best_sentence(model: ScorerModel, text: str, kind: str) -> float:
    """The highest probability the model gives one sentence of the message read alone."""
    return max(model.probability(s, kind) for s in sentences(text))


def best_sentence_of(
    model: ScorerModel, text: str, tokens: Tokens, present: Container[str]
) -> float:
    """best_sentence from the message's own reading, without reading each sentence again
    (a sentence read alone cost about 35 µs; half the bench's mixed messages reach the
    threshold). `present`: the model's n-grams in the whole message (its contributions).
    N-grams never span a sentence break, so each of them belongs to the sentence its first
    word is in, and a sentence's score is that of its own n-grams, as when it is read alone
    (tests/test_scorer_sentence_floor.py holds the two equal over eval/lint). The model's
    kind feature, if any, is left out."""
    kept: list[int] = []  # where each sentence of MIN_SENTENCE_WORDS words or more starts
    ends: list[int] = []
    start = 0
    for m in chain(_SENTENCE_BREAK.finditer(text), (None,)):
        end = len(text) if m is None else m.start()
        if len(text[start:end].split()) >= MIN_SENTENCE_WORDS:
            kept.append(start)
            ends.append(end)
        if m is not None:
            start = m.end()
    if not kept:
        return model.probability(text, "")
    starts, words, joinable = tokens.starts, tokens.words, tokens.joinable
    # Which kept sentence each word starts in (-1: none), by slices, one per sentence: the
    # words from the first that starts at or after its start to the last before its end.
    sentence_of = [-1] * len(words)
    for k, (begin, end) in enumerate(zip(kept, ends, strict=True)):
        low, high = bisect_left(starts, begin), bisect_left(starts, end)
        sentence_of[low:high] = [k] * (high - low)
    # Each occurrence of one of the model's n-grams (as the word tuples zip() makes, looked
    # up among the model's own, split once per model) with its sentence; only those in
    # `present` count below.
    pairs: set[tuple[int, str]] = set()  # (sentence, n-gram): an n-gram counts once a sentence
    for n, wanted in model.grams_by_length().items():  # in C-level passes
        grams = list(zip(words, *(joinable[k:] for k in range(1, n)), strict=False))
        known = list(map(wanted.__contains__, grams))
        at = map(sentence_of.__getitem__, compress(count(), known))
        pairs.update(zip(at, map(wanted.__getitem__, compress(grams, known)), strict=True))
    totals = [0.0] * len(kept)
    counts = [0] * len(kept)
    weights = model.weights
    for k, gram in pairs:
        if k >= 0 and gram in present:
            totals[k] += weights[gram]
            counts[k] += 1
    best = max(
        t / math.sqrt(c) if model.l2 and c else t for t, c in zip(totals, counts, strict=True)
    )
    return 1.0 / (1.0 + math.exp(-(model.intercept + best)))


# One model object per file, shared by the scorer rule and the rules it supports, so that a
# message is scored once. scripts/lint_crossval.py puts a fold's model here in its place.
MODELS: dict[Path, ScorerModel] = {}


def shared_model(path: Path) -> ScorerModel:
    """The model in this file, read on first use."""
    model = MODELS.get(path)
    if model is None:
        model = MODELS[path] = ScorerModel.load(path)
    return model


def supports(path: Path, doc: Document) -> bool:
    """Whether the model in this file reads the message as pushy enough for a tone rule's
    hit to stand: its probability reaches the model's support floor. The shipped model has no
    kind feature; a model trained with one (scripts/lint_crossval.py --kind-feature) is read
    as the kind that reads most pushy, so a demand never passes for its kind."""
    model = shared_model(path)
    if model.support_floor <= 0.0:
        return True
    return model.kindless_probability(doc) >= model.support_floor


@dataclass(kw_only=True)
class ScorerRule(Rule):
    """Flags a message whose model probability reaches the threshold, naming the drivers."""

    extends: ClassVar[str] = "scorer"

    model: str  # the model file, next to the rule file
    threshold: float | None = None  # default: the one the training script chose
    top: int = 3  # how many n-grams a finding names
    # Spans the model does not read (a question about the writer's own paperwork): when the
    # message reaches the threshold and one matches, it is scored again with them blanked.
    exceptions: list[str] = field(default_factory=list)
    # A message that reaches the threshold is flagged only when one of its sentences, read
    # alone, reaches this probability too (None: no such condition). See pushy-tone.yml.
    sentence_floor: float | None = None
    _scorer: ScorerModel | None = field(default=None, init=False, repr=False, compare=False)
    _exempt: Any = field(default=None, init=False, repr=False, compare=False)
    # Set by the loader, never by a rule file: each exception's trigger from the style cache.
    exception_triggers: list[Any] | None = field(default=None, repr=False, compare=False)
    _exempt_gate: list[Trigger] | None = field(default=None, init=False, repr=False, compare=False)

    def validate(self) -> None:
        """The threshold and top are in range and the model file loads."""
        super().validate()
        if not self.model:
            raise ValueError("field 'model': must name a model file")
        if self.threshold is not None and not 0 < self.threshold < 1:
            raise ValueError("field 'threshold': must be between 0 and 1")
        if self.sentence_floor is not None and not 0 <= self.sentence_floor < 1:
            raise ValueError("field 'sentence-floor': must be at least 0 and below 1")
        if not 1 <= self.top <= 10:
            raise ValueError("field 'top': must be between 1 and 10")
        for pattern in self.exceptions:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"field 'exceptions': invalid regular expression: {exc}") from None
        self.scorer  # noqa: B018  (reading the model file is the check)

    @property
    def scorer(self) -> ScorerModel:
        """The model, read on first use (a rule that never runs never reads it)."""
        if self._scorer is None:
            self._scorer = shared_model(Path(self.source).parent / self.model)
        return self._scorer

    def cutoff(self) -> float:
        """The rule file's threshold, else the one the training script chose."""
        return self.threshold if self.threshold is not None else self.scorer.threshold

    def matches(self, doc: Document) -> Iterator[Match]:
        """One finding per message at most, on the n-gram that weighed most."""
        tokens, probability, parts = self.scorer.assess(doc)
        self.scorer.forget()
        if probability < self.cutoff() or self._exempted(doc) or self._diffuse(doc, tokens, parts):
            return
        # The `top` heaviest, as sorted() by descending weight would list them (ties in
        # the order of `parts`), without sorting them all.
        drivers = nlargest(
            self.top,
            (g for g, w in parts.items() if w > 0 and not g.startswith(KIND_PREFIX)),
            key=parts.__getitem__,
        )
        if not drivers:
            return
        start, end = tokens.span(drivers[0])
        named = ", ".join(f"'{g}'" for g in drivers)
        yield Match(start, end, None, f"{probability:.2f}, driven by {named}")

    def _diffuse(self, doc: Document, tokens: Tokens, parts: dict[str, float]) -> bool:
        """Whether no sentence of the message reads as pushy on its own (below
        `sentence_floor`): the score came from many common words spread over a long,
        courteous or plain message, not from a pushy sentence. Only asked of a message that
        reached the threshold."""
        if self.sentence_floor is None:
            return False
        best = best_sentence_of(self.scorer, doc.text, tokens, parts)
        return best < self.sentence_floor

    def cache_data(self) -> dict[str, Any]:
        """The fields for the style cache, with the exceptions' triggers."""
        data = super().cache_data()
        data["exception_triggers"] = [dump_trigger(t) for t in self._exception_gate()]
        return data

    def _exception_gate(self) -> list[Trigger]:
        """Each exception's trigger (prefilter.py): the words or literals without which it
        cannot match. From the style cache, else analysed on first use."""
        if self._exempt_gate is None:
            cached = self.exception_triggers
            if cached is not None and len(cached) == len(self.exceptions):
                self._exempt_gate = [load_trigger(t) for t in cached]
            else:
                self._exempt_gate = [trigger_for(p) for p in self.exceptions]
        return self._exempt_gate

    def _exempted(self, doc: Document) -> bool:
        """Whether the message falls below the threshold once the exception spans are
        blanked (only asked of a message that reached it, so rarely)."""
        if not self.exceptions:
            return False
        index = doc.index
        if index is not None and not any(
            trigger is None or all(map(index.holds, trigger)) for trigger in self._exception_gate()
        ):
            return False  # no exception can match: blanking would change nothing
        if self._exempt is None:
            self._exempt = re.compile("|".join(f"(?:{p})" for p in self.exceptions), re.I)
        text = doc.text
        blanked = self._exempt.sub(lambda m: " " * len(m.group()), text)
        if blanked == text:
            return False
        return self.scorer.probability(blanked, doc.kind.value) < self.cutoff()
