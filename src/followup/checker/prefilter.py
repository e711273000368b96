"""Word triggers: run a pattern only when a word (or literal) it cannot match without is there.

For each pattern we walk the regex syntax tree (as RE2 and Hyperscan do for their
prefilters) and find the most selective thing every match must contain: preferably a whole
word, else a literal substring. A message is indexed once (case-folded text and its set of
words); a pattern whose trigger is absent is skipped, which is most patterns for most
messages. Patterns we cannot analyse always run. Triggers only ever skip work: a property
test checks that findings with and without them are identical.

The same syntax-tree walk gives a pattern's anchors: the whole words every match starts
with, so the pattern is tried only where they start (patterns.py). A checker tests all its
patterns' word clauses at once, as bits of one integer per message (GlobalIndex).
"""

from __future__ import annotations

import importlib
import re
import string
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache, reduce
from itertools import accumulate, chain, compress, repeat
from operator import and_, eq, or_
from typing import Any

try:  # the regex parser is internal to the re package; without it nothing is skipped
    _c: Any = importlib.import_module("re._constants")
    _p: Any = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - older or other Pythons
    _p = None

MIN_LITERAL = 3
# Words so common that requiring them skips almost nothing; they score zero, so a rarer
# word elsewhere in the pattern is preferred. The first block are words found in a fifth or
# more of the clean follow-ups in eval/lint/; the rest are common English words.
_COMMON_WORDS = """
position hope interview following meeting kind follow wanted timeline manager excited writing
last again update hearing mentioned regards conversation opportunity interested appreciate
please next steps today yesterday still forward looking chance share hear
a i me my the you your and for are was were has have had this that with not but can will
would could any all just about been its our out get got one who what when how she him her
his they them their there then than from into also very more some to of in on at be is it
do so as or if we by an up us no am m s t ll d re ve did does time team role work job
thank thanks hi dear best week day new like well know see think want make good great much
many most other only over such take these those through may should which while yours here
where why
"""
COMMON = frozenset(_COMMON_WORDS.split())

# A clause: ("w", words) -> one of these whole words occurs; ("s", literals) -> one of these
# substrings occurs in the folded text. A trigger is a tuple of clauses that must all hold;
# None means unknown: always run.
Clause = tuple[str, frozenset[str]]
Trigger = tuple[Clause, ...] | None


@dataclass(frozen=True, slots=True)
class TextIndex:
    """A message prepared for trigger tests."""

    folded: str
    words: frozenset[str]
    word_list: tuple[str, ...] = ()  # the words in order, for the kind model's word pairs
    # ASCII text only: the lower-cased text split into gap, word, gap, ..., gap (offsets
    # as in the text), from which anchored patterns learn where each word starts.
    parts: list[str] | None = None
    # With `parts`: where each word starts and where it ends, in order (read from `parts`
    # once, for the anchored patterns' word_starts and the scorer's Tokens alike).
    starts: list[int] | None = None
    ends: list[int] | None = None

    def holds(self, clause: Clause) -> bool:
        """True when the clause is satisfied."""
        kind, items = clause
        if kind == "w":
            return not items.isdisjoint(self.words)
        return any(item in self.folded for item in items)


_WORDS = re.compile(r"\w+")
_SPLIT_WORDS = re.compile(r"(\w+)")


def index_text(text: str) -> TextIndex:
    """Fold the text and collect its words."""
    lower = lower_keeping_offsets(text)
    if lower is not None:  # folding then only lower-cases, joins white space, and turns ’
        # into ' (neither is part of a word): the same words, found in the lower-cased text
        parts = _SPLIT_WORDS.split(lower)
        words = parts[1::2]
        folded = " ".join(lower.split()) if text.isascii() else fold(text)
        bounds = list(accumulate(map(len, parts)))
        return TextIndex(
            folded, frozenset(words), tuple(words), parts, bounds[0:-1:2], bounds[1::2]
        )
    folded = fold(text)
    words = _WORDS.findall(folded)
    return TextIndex(folded, frozenset(words), tuple(words))


def word_starts(words: Iterable[str], starts: Iterable[int]) -> dict[str, list[int]]:
    """Where each word starts: the words in order and their starts, as TextIndex has them.
    (A Python loop: built in C-level passes, a new list per word handed to setdefault, it
    took longer, for the lists it made and threw away.)"""
    found: dict[str, list[int]] = {}
    for word, start in zip(words, starts, strict=True):
        if word in found:
            found[word].append(start)
        else:
            found[word] = [start]
    return found


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _score(clause: Clause) -> int:
    """How selective a clause is: its weakest item's length; zero for common words."""
    kind, items = clause
    if kind == "w":
        return min(0 if w in COMMON else len(w) for w in items)
    return min(
        0 if lit.strip(" '") in COMMON or len(lit) < MIN_LITERAL else len(lit) - 2 for lit in items
    )


def _is_space_run(op: Any, av: Any) -> bool:
    """`\\s+` (or `\\s+?`): white space, which folding turns into one space."""
    if op not in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT) or av[0] < 1:
        return False
    if len(av[2]) != 1:
        return False
    inner_op, inner_av = next(iter(av[2]))
    return bool(inner_op is _c.IN and inner_av == [(_c.CATEGORY, _c.CATEGORY_SPACE)])


def _is_apostrophe(op: Any, av: Any) -> bool:
    """['’]: either apostrophe, which folding turns into the straight one."""
    return bool(
        op is _c.IN
        and all(o is _c.LITERAL for o, _ in av)
        and {chr(v) for _, v in av} == {"'", "’"}
    )


_GAP = "\x00"  # unknown material, possibly empty: no word boundary can be inferred across it
_BOUND = "\x01"  # a zero-width word boundary (\\b)
MAX_VARIANTS = 128
Variant = str  # a flattened alternative: characters, " ", "'", _GAP and _BOUND


def _is_nonword_assertion(op: Any, av: Any) -> bool:
    """`(?<![\\w-])` or `(?![\\w'])`: no word character before (or after) this point. Next to
    a word character that is a word boundary, as `\\b` is; next to anything else it says
    nothing the analysis uses (a boundary marker only ever makes a word whole)."""
    if op is not _c.ASSERT_NOT or len(av[1]) != 1:
        return False
    inner_op, inner_av = next(iter(av[1]))
    return bool(inner_op is _c.IN and (_c.CATEGORY, _c.CATEGORY_WORD) in inner_av)


def _literal_set(av: Any) -> list[str] | None:
    if all(o is _c.LITERAL for o, _ in av) and len(av) <= 6:
        return [chr(v).lower() for _, v in av]
    return None


def _expand_item(op: Any, av: Any) -> list[Variant]:
    """The alternatives one parsed element can match, flattened."""
    if op is _c.LITERAL:
        return [chr(av).lower()]
    if _is_space_run(op, av):
        return [" "]
    if _is_apostrophe(op, av):
        return ["'"]
    if op is _c.IN:
        chars = _literal_set(av)
        return chars if chars is not None else [_GAP]
    if op is _c.AT:
        return [_BOUND] if av is _c.AT_BOUNDARY else [_GAP]
    if op is _c.ASSERT or op is _c.ASSERT_NOT:  # a lookaround consumes nothing
        return [_BOUND] if _is_nonword_assertion(op, av) else [""]
    if op is _c.SUBPATTERN:
        return _expand(list(av[3]))
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        low, high, inner = av[0], av[1], list(av[2])
        if high == 1:
            once = _expand(inner)
            return ["", *once] if low == 0 else once
        if low >= 1:
            once = _expand(inner)
            variants = once
            for _ in range(min(low, 4) - 1):  # the required repetitions, as far as cheap
                if len(variants) * len(once) > MAX_VARIANTS:
                    break
                variants = [v + o for v in variants for o in once]
            return [v + _GAP for v in variants]
        # None or more: nothing, or what one repetition starts with and then anything
        return ["", *(v + _GAP for v in _expand(inner))]
    if op is _c.BRANCH:
        out: list[Variant] = []
        for alt in av[1]:
            out.extend(_expand(list(alt)))
        return out
    return [_GAP]


def _expand(items: list[tuple[Any, Any]]) -> list[Variant]:
    """Every flattened alternative of a sequence; past MAX_VARIANTS an element becomes a gap."""
    variants: list[Variant] = [""]
    for op, av in items:
        options = _expand_item(op, av)
        if len(variants) * len(options) > MAX_VARIANTS:
            options = [_GAP]
        variants = [v + o for v in variants for o in options]
    return variants


def _flatten(items: list[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
    """Splice plain groups into their parent sequence."""
    out: list[tuple[Any, Any]] = []
    for op, av in items:
        if op is _c.SUBPATTERN:
            out.extend(_flatten(list(av[3])))
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and av[0] == av[1] == 1:
            out.extend(_flatten(list(av[2])))
        else:
            out.append((op, av))
    return out


def _elements(items: list[tuple[Any, Any]]) -> list[list[Variant]]:
    """The top-level sequence as elements, each a list of alternatives; runs of fixed
    characters are merged into one element."""
    elements: list[list[Variant]] = []
    for op, av in _flatten(items):
        alts = _expand_item(op, av)
        if len(alts) > MAX_VARIANTS:
            alts = [_GAP]
        if len(alts) == 1 and elements and len(elements[-1]) == 1:
            elements[-1] = [elements[-1][0] + alts[0]]
        else:
            elements.append(alts)
    return _rejoin_words(elements)


def _rejoin_words(elements: list[list[Variant]]) -> list[list[Variant]]:
    """Undo the parser's prefix factoring (keep|kept -> ke(?:ep|pt)): merge neighbours that
    meet in the middle of a word, while the alternatives stay few."""
    merged = True
    while merged:
        merged = False
        for i in range(len(elements) - 1):
            a, b = elements[i], elements[i + 1]
            if "" in a or "" in b or len(a) * len(b) > MAX_VARIANTS:
                continue
            if any(_is_word_char(x[-1]) for x in a) and any(_is_word_char(y[0]) for y in b):
                elements[i : i + 2] = [[x + y for x in a for y in b]]
                merged = True
                break
    return elements


def _edge_bounded(alts: list[Variant], first: bool) -> bool:
    """Do all alternatives start (first=True) or end with a non-word character?"""
    for alt in alts:
        ch = (alt[:1] if first else alt[-1:]) or _GAP
        if ch == _GAP or _is_word_char(ch):
            return False
    return True


def _variant_words(variant: Variant) -> tuple[set[str], set[str]]:
    """(whole words, literal substrings of 3+ characters) every match of the variant has."""
    words: set[str] = set()
    for m in re.finditer(r"[^\W_]+", variant):
        s, e = m.span()
        before = variant[s - 1] if s > 0 else _GAP
        after = variant[e] if e < len(variant) else _GAP
        if _GAP not in (before, after) and not _is_word_char(before) and not (_is_word_char(after)):
            words.add(m.group())
    substrings: set[str] = set()
    for seg in variant.split(_GAP):
        seg = seg.replace(_BOUND, "")
        # Long literals, or punctuation of any length ("?", "{{"): cheap to look for.
        if len(seg) >= MIN_LITERAL or (seg.strip() and not any(map(_is_word_char, seg))):
            substrings.add(seg)
    return words, substrings


def _bounded(elements: list[list[Variant]], i: int, step: int) -> bool:
    """Is there always a word boundary next to element i, before it (step -1) or after it
    (step +1)? Looks through optional neighbours to the first one that must match."""
    j = i + step
    while 0 <= j < len(elements):
        alts = [a for a in elements[j] if a]
        # the neighbour's edge that touches element i: its end if before, its start if after
        if alts and not _edge_bounded(alts, first=step > 0):
            return False
        if "" not in elements[j]:
            return True
        j += step
    return False


def _element_clauses(elements: list[list[Variant]]) -> list[Clause]:
    """Clauses each element imposes on every match (optional elements impose none)."""
    clauses: list[Clause] = []
    for i, alts in enumerate(elements):
        if "" in alts:
            continue
        left = _BOUND if _bounded(elements, i, -1) else _GAP
        right = _BOUND if _bounded(elements, i, +1) else _GAP
        analysed = [_variant_words(left + alt + right) for alt in alts]
        if len(alts) == 1:  # fixed text: every whole word in it is required
            words, subs = analysed[0]
            clauses.extend(("w", frozenset({w})) for w in words)
            clauses.extend(("s", frozenset({sub})) for sub in subs)
        elif all(words for words, _ in analysed):
            best = {
                max(words, key=lambda w: (_score(("w", frozenset({w}))), w))
                for words, _ in analysed
            }
            clauses.append(("w", frozenset(best)))
        elif all(subs for _, subs in analysed):
            clauses.append(("s", frozenset(max(subs, key=len) for _, subs in analysed)))
    return clauses


def trigger_for(pattern: str, ignorecase: bool = True, flags: int | None = None) -> Trigger:
    """The clauses every match of the pattern satisfies, most selective first, or None.
    `flags`, when given, are the pattern's own (re.VERBOSE and all) instead of `ignorecase`."""
    if _p is None:
        return None
    try:
        parsed = _p.parse(pattern, (re.IGNORECASE if ignorecase else 0) if flags is None else flags)
        clauses = _element_clauses(_elements(list(parsed)))
    except Exception:
        return None
    return _ordered(clauses)


def _ordered(clauses: list[Clause]) -> Trigger:
    """The clauses as a trigger: most selective first (see trigger_for), or None."""
    # Word clauses first (a set lookup), the most selective first; then substrings.
    unique = set(clauses)
    if any(kind == "w" and _score((kind, items)) > 0 for kind, items in unique):
        # A selective word clause makes substring clauses (slower to test) redundant.
        unique = {c for c in unique if c[0] == "w"}
    # The first clause files the pattern in the index. A word clause is preferred even when
    # its words are common: a pattern filed under a word is verified only for messages that
    # have the word, one filed under a substring for every message. Among common words
    # the longer ones are the rarer ("chance" before "is").
    ordered = sorted(
        unique,
        key=lambda c: (
            c[0] != "w",
            _score(c) == 0,
            -_score(c),
            -min(map(len, c[1])),
            sorted(c[1]),
        ),
    )
    if not ordered:
        return None
    # The rest are verified in order: the cheap set lookups (word clauses) before the
    # substring searches.
    first, rest = ordered[0], ordered[1:]
    rest.sort(key=lambda c: c[0] != "w")
    return (first, *rest)


# A gate: literals a text must hold, lower-cased, for a pattern to match anywhere in it. Each
# clause is a tuple of which at least one must occur; all clauses must hold.
Gate = tuple[tuple[str, ...], ...]
GATE_CLAUSES = 2  # the most selective clauses are tested; more cost more than they save
GATE_ITEMS = 24  # a clause of more alternatives is not worth testing one by one
_PIECES = re.compile(r"[^\s']+")


def gate_for(pattern: str, flags: int) -> Gate:
    """What an ASCII text must hold, lower-cased, for the pattern (compiled with `flags`) to
    match anywhere in it; () when nothing is known (lazyre.py tests it before a search).

    The trigger's clauses (see trigger_for) are read on the folded text, where a white-space
    run is one space and an apostrophe is straight: a substring is kept as its longest piece
    between spaces and apostrophes, which the text as written holds wherever the folded one
    holds the whole. A word clause holds where one of its words occurs as a substring. A
    clause with a character beyond ASCII is dropped: re.IGNORECASE matches 'ſ' to 's' and
    the Kelvin sign to 'k', so it could hold for an ASCII text that does not contain it."""
    trigger = trigger_for(pattern, flags=flags)
    if trigger is None:  # an alternation too wide to read whole: one clause per alternative
        return _alternatives_gate(pattern, flags)
    gate: list[tuple[str, ...]] = []
    for clause in map(_gate_clause, trigger):
        if clause and len(clause) <= GATE_ITEMS and all(map(str.isascii, clause)):
            gate.append(clause)
            if len(gate) == GATE_CLAUSES:
                break
    return tuple(gate)


def _gate_clause(clause: Clause) -> tuple[str, ...]:
    """A trigger's clause as the literals of a gate (() when one of them has no piece)."""
    kind, items = clause
    if kind == "w":
        return tuple(sorted(items))
    pieces = [max(_PIECES.findall(item), key=len, default="") for item in items]
    return tuple(sorted(set(pieces))) if all(pieces) else ()


def _alternatives_gate(pattern: str, flags: int) -> Gate:
    """For a pattern that is an alternation (the privacy reader's, the prompt-injection
    cues): a match matches one of the alternatives, so it holds one of their first clauses;
    their union is a clause (of up to GATE_ITEMS * 4 literals: such a pattern costs tens of
    µs a search). () when one alternative has no clause."""
    if _p is None:
        return ()
    try:
        items = list(_p.parse(pattern, flags))
        while len(items) == 1 and items[0][0] is _c.SUBPATTERN and items[0][1][0] is None:
            items = list(items[0][1][3])  # (?:A|B|...) as a whole
        if len(items) != 1 or items[0][0] is not _c.BRANCH:
            return ()
        union: set[str] = set()
        for alternative in items[0][1][1]:
            first = _ordered(_element_clauses(_elements(list(alternative))))
            clause = _gate_clause(first[0]) if first else ()
            if not clause:
                return ()
            union.update(clause)
    except Exception:
        return ()
    if len(union) > GATE_ITEMS * 4 or not all(map(str.isascii, union)):
        return ()
    return (tuple(sorted(union)),)


def weak(trigger: Trigger) -> bool:
    """Whether a trigger holds for many messages: it has no word clause of a word rare
    enough to score (only common words, substrings, or no trigger at all)."""
    return trigger is None or not any(
        kind == "w" and _score((kind, items)) > 0 for kind, items in trigger
    )


# How a pattern may open with a word boundary: the fast forms (patterns.py) strip it and
# test it on each hit instead; "boundary" is \b, "nonword" a lookbehind for no word character.
LEADS = (("\\b", "boundary"), ("(?<![\\w])", "nonword"), ("(?<!\\w)", "nonword"))
_LEADING_WORD = re.compile(r"\w+")
Anchor = frozenset[str] | None


def anchor_for(pattern: str, ignorecase: bool = True) -> Anchor:
    """The words a match of the pattern can start with, or None when that is not known.

    For a pattern that opens with a word boundary (`\\b`, or a lookbehind for no word
    character, possibly inside a group) and then a whole word (of a few
    alternatives, possibly after optional ones), every match starts where one of those
    words starts in the text; a message need only be tried there (rx.match at each start)
    instead of searched through, which for an alternation of many words is much slower."""
    if _p is None:
        return None
    rest = next((pattern[len(lead) :] for lead, _ in LEADS if pattern.startswith(lead)), None)
    try:
        flags = re.IGNORECASE if ignorecase else 0
        elements = _elements(list(_p.parse(pattern if rest is None else rest, flags)))
    except Exception:
        return None
    # Another opening, such as (?:(?<![\w-])...), must be a boundary too.
    if rest is None and not (elements and all(a.startswith(_BOUND) for a in elements[0])):
        return None
    # Read the elements' alternatives together until each way through has its first word
    # whole: "remind" + optional "ing" gives remind and reminding; an empty or
    # boundary-only start means the match may start further on.
    words: set[str] = set()
    partial: list[Variant] = [""]
    for alts in elements:
        unfinished: list[Variant] = []
        for start in partial:
            for alt in alts:
                text = start + alt
                body = text.lstrip(_BOUND)
                if not body:
                    unfinished.append(text)
                    continue
                word = _LEADING_WORD.match(body)
                if word is None:  # starts with punctuation, or with unknown material
                    return None
                after = body[word.end() :]
                if not after:  # the word may go on in the next element
                    unfinished.append(text)
                elif after[0] == _GAP:  # "need" could be the start of "needed"
                    return None
                else:
                    words.add(word.group())
        if len(unfinished) > MAX_VARIANTS:
            return None
        partial = unfinished
        if not partial:
            return frozenset(words) if words else None
    return None  # a way through ends the pattern without a whole word


def dump_anchor(anchor: Anchor) -> list[str] | None:
    """JSON form for the style cache."""
    return None if anchor is None else sorted(anchor)


def load_anchor(data: list[str] | None) -> Anchor:
    """From the JSON form."""
    return None if data is None else frozenset(data)


def dump_trigger(trigger: Trigger) -> list[Any] | None:
    """JSON form for the style cache."""
    return None if trigger is None else [[kind, sorted(items)] for kind, items in trigger]


def load_trigger(data: list[Any] | None) -> Trigger:
    """From the JSON form."""
    return None if data is None else tuple((str(k), frozenset(items)) for k, items in data)


_ASCII_LOWER = {ord(c): c.lower() for c in string.ascii_uppercase}


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    """The ASCII letter a non-ASCII character matches case-insensitively, if any (ſ -> s)."""
    for letter in string.ascii_lowercase:
        if re.fullmatch(letter, ch, re.IGNORECASE):
            return letter
    lower = ch.lower()
    return lower if len(lower) == 1 else ch


try:  # characters that case-insensitive matching pairs beyond lower-casing (ſ and s, ı and i)
    _casefix: Any = importlib.import_module("re._casefix")
    _EXTRA_CASES: frozenset[int] | None = frozenset(
        chain(_casefix._EXTRA_CASES, chain.from_iterable(_casefix._EXTRA_CASES.values()))
    )
except ImportError:  # pragma: no cover - older or other Pythons: only ASCII is plain
    _EXTRA_CASES = None


@lru_cache(maxsize=4096)
def _plain(ch: str) -> bool:
    """Whether a non-ASCII character lower-cases to one non-ASCII character that re.IGNORECASE
    matches exactly as it matches the original: accented letters, curly quotes, dashes,
    emoji; not ß, ſ, ı, İ, the Kelvin sign or final sigma."""
    low = ch.lower()
    return (
        _EXTRA_CASES is not None
        and len(low) == 1
        and not low.isascii()
        and low == ch.casefold()
        and ord(ch) not in _EXTRA_CASES
        and ord(low) not in _EXTRA_CASES
        and low.isalnum() == ch.isalnum()
    )


def lower_keeping_offsets(text: str) -> str | None:
    """The lower-cased text, when lower-casing keeps every offset and case-insensitive
    matching against the text equals plain matching against it (every ASCII text, and most
    others); else None. Patterns run their faster lower-cased forms against it."""
    if text.isascii():
        return text.lower()
    if all(ch.isascii() or _plain(ch) for ch in set(text)):
        return text.lower()
    return None


def fold(text: str) -> str:
    """Case-fold the text as re.IGNORECASE compares it, white space runs as one space and
    curly apostrophes as straight ones."""
    if not text.isascii():
        table: dict[int, str] = dict(_ASCII_LOWER)
        for ch in set(text):
            if not ch.isascii():
                table[ord(ch)] = "'" if ch == "’" else _fold_char(ch)
        text = text.translate(table)
    return " ".join(text.lower().split())


# A clause ready to test: ("w", words) -> a word set to intersect; ("s", literal) -> one
# substring; ("any", literals) -> any of several substrings.
Check = tuple[str, "frozenset[str] | str | tuple[str, ...]"]


def _compile_check(clause: Clause) -> Check:
    kind, items = clause
    if kind == "w":
        return ("w", items)
    if len(items) == 1:
        return ("s", next(iter(items)))
    return ("any", tuple(sorted(items)))


class TriggerIndex:
    """For one rule's patterns: which of them may match a given message.

    Each pattern is filed under the words of its first (most selective) clause; a pattern
    found that way still has to satisfy its other clauses. The engine merges the word
    files of all rules into one (see GlobalIndex), so a message's words are looked up once.
    """

    __slots__ = ("always", "by_word", "checks", "size", "substrings", "triggers")

    def __init__(self, triggers: list[Trigger]) -> None:
        self.triggers = triggers
        self.size = len(triggers)
        self.by_word: dict[str, list[int]] = {}
        self.substrings: list[int] = []
        self.always: list[int] = []
        # What is left to verify once a pattern is a candidate: a pattern filed under a word
        # was found through that word, so only its other clauses are checked; set lookups
        # (word clauses) go before substring searches.
        self.checks: list[tuple[Check, ...]] = []
        for i, trig in enumerate(triggers):
            rest: tuple[Clause, ...] = ()
            if trig is None:
                self.always.append(i)
            elif trig[0][0] == "w":
                for word in trig[0][1]:
                    self.by_word.setdefault(word, []).append(i)
                rest = trig[1:]
            else:
                self.substrings.append(i)
                rest = trig
            ordered = sorted(rest, key=lambda c: c[0] != "w")
            self.checks.append(tuple(_compile_check(c) for c in ordered))

    def verify(self, maybe: set[int], index: TextIndex) -> list[int]:
        """The patterns to run: unanalysable ones, and those in `maybe` (whose first word
        clause holds) or filed under a substring, whose remaining clauses all hold."""
        hits = list(self.always)
        words, folded = index.words, index.folded
        checks = self.checks
        for i in maybe.union(self.substrings) if self.substrings else maybe:
            for kind, test in checks[i]:
                if kind == "w":
                    if test.isdisjoint(words):  # type: ignore[union-attr]
                        break
                elif kind == "s":
                    if test not in folded:  # type: ignore[operator]
                        break
                else:
                    for item in test:  # a loop: a generator in any() costs more here
                        if item in folded:
                            break
                    else:
                        break
            else:
                hits.append(i)
        hits.sort()
        return hits

    def candidates(self, index: TextIndex | None) -> list[int]:
        """Indices of the patterns to run, in order; all of them when index is None."""
        if index is None:
            return list(range(self.size))
        maybe: set[int] = set()
        for word in index.words.intersection(self.by_word):
            maybe.update(self.by_word[word])
        return self.verify(maybe, index)


@dataclass(frozen=True, slots=True)
class Planned:
    """One message's trigger test for all of a checker's pattern sets: for each set, the
    patterns whose whole trigger holds, in order (as TriggerIndex.candidates finds them)."""

    indexed: frozenset[object]
    runs: dict[object, list[int]]
    # The rules (by id()) none of whose exceptions can occur in the message, as the Hyperscan
    # pass found (multiscan.py); without it none is known, and each rule tests its own.
    settled: frozenset[int] = frozenset()
    # For the other rules whose exceptions the pass holds all of: the exceptions (by their
    # place in the rule's list) it found possible; no other one can match the message.
    possible: dict[int, list[int]] | None = None
    # The full-text patterns rules search the message with that the text pass found no match
    # possible for (textscan.py); empty when nothing is known.
    blocked: frozenset[object] = frozenset()

    def todo(self, owner: object, index: TextIndex) -> list[int]:
        """The patterns of one set to run (`index` is the message's, already tested)."""
        return self.runs.get(owner, [])


class GlobalIndex:
    """The triggers of many pattern sets merged, to test them all at once per message.

    Every distinct word clause of every pattern gets a bit; each word the bits of the
    clauses it satisfies. A message's words OR their bits together once (a C-level reduce),
    and a pattern's word clauses all hold when its own bits are all among them: one integer
    test per pattern instead of a set lookup per clause. Only the patterns filed under one
    of the message's words (by their first, most selective word clause), and the few
    without any word clause, are tested at all: the cost follows the candidates, not the
    number of patterns. Substring clauses are checked last, for the few that have them.

    Each index is keyed by its owner (a checker passes its pattern sets), so the mapping
    belongs to the checker that built it: two checkers over the same rules never share it.
    """

    def __init__(
        self, sets: list[tuple[object, list[Trigger]]], skip: frozenset[int] = frozenset()
    ) -> None:
        """`skip`: patterns (by number) that another test decides for (multiscan.py); they
        are never candidates here."""
        self.indexed = frozenset(owner for owner, _ in sets)
        bits: dict[frozenset[str], int] = {}
        word_bits: dict[str, int] = {}
        filed: dict[str, list[int]] = {}
        always: list[int] = []  # patterns without a word clause: tested for every message
        # Every pattern by its number across all sets: where it belongs (its owner, and its
        # place in its set), the bits of its word clauses, and its substring checks if any.
        self.owners: list[object] = []
        self.places: list[int] = []
        self.needs: list[int] = []
        # Substring clauses: literals that must all occur, and groups of which one must.
        self.rests: dict[int, tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]] = {}
        for owner, triggers in sets:
            for i, trigger in enumerate(triggers):
                number = len(self.needs)
                need = 0
                alls: tuple[str, ...] = ()
                anys: tuple[tuple[str, ...], ...] = ()
                for clause in trigger or ():
                    kind, items = clause
                    if kind != "w":
                        if len(items) == 1:
                            alls += tuple(items)
                        else:
                            anys += (tuple(sorted(items)),)
                        continue
                    bit = bits.get(items)
                    if bit is None:
                        bit = bits[items] = 1 << len(bits)
                        for word in items:
                            word_bits[word] = word_bits.get(word, 0) | bit
                    if not need and number not in skip:  # the first, most selective
                        for word in items:
                            filed.setdefault(word, []).append(number)
                    need |= bit
                if number in skip:
                    need = -1  # bits no message has: never passes (and is filed nowhere)
                elif not need:
                    always.append(number)
                if alls or anys:
                    self.rests[number] = (alls, anys)
                self.owners.append(owner)
                self.places.append(i)
                self.needs.append(need)
        self.word_bits = word_bits
        self.words = frozenset(word_bits)
        self.filed = filed
        self.always = frozenset(always)

    def candidates(
        self,
        index: TextIndex,
        scanned: list[int] | None = None,
        settled: frozenset[int] = frozenset(),
        possible: dict[int, list[int]] | None = None,
        blocked: frozenset[object] = frozenset(),
    ) -> Planned:
        """Every set's patterns whose trigger holds for the message; with `scanned`, the
        skipped patterns that a scan found possible (multiscan.py) are added, and `settled`,
        `possible` and `blocked` passed on."""
        present = index.words & self.words
        holding = reduce(or_, map(self.word_bits.__getitem__, present), 0)
        numbers = sorted(self.always.union(*map(self.filed.get, present, repeat(()))))
        # The word clauses, tested for all candidates in C-level passes: need & holding == need.
        needs = list(map(self.needs.__getitem__, numbers))
        passing: Iterable[int] = compress(
            numbers, map(eq, map(and_, needs, repeat(holding)), needs)
        )
        if scanned:
            passing = sorted(chain(passing, scanned))
        runs: dict[object, list[int]] = {}
        rests, owners, places = self.rests, self.owners, self.places
        holds = index.folded.__contains__
        for number in passing:
            if number in rests:
                alls, anys = rests[number]
                if not all(map(holds, alls)):
                    continue
                if anys and not all([any(map(holds, group)) for group in anys]):
                    continue
            owner = owners[number]
            if owner in runs:
                runs[owner].append(places[number])
            else:
                runs[owner] = [places[number]]
        return Planned(self.indexed, runs, settled, possible, blocked)
