"""Which parts of speech an English word can be: the lexicon the topic reader leans on.

The open classes (noun, verb, adjective, adverb) come from word-classes.txt.gz, about 64,000
English word forms with their part of speech and whether a noun is countable, written at
development time from lemminflect's lexicon (derived from the NLM SPECIALIST Lexicon) by
scripts/build_word_classes.py and read here with the standard library, once, on first use.
The closed classes (determiners, prepositions,
pronouns, auxiliaries, conjunctions, question words) are the grammar's own short lists below.
A lower-case word the lexicon does not know is not English as far as a message goes: the
notes' shorthand ("acft", "mths", "abt"), another language's word ("salinidad", "tienen") or a
typo, and a phrase holding one is never written into a draft.

Not a tagger: a word is given every class it can take ("queue" is a noun and a verb), and the
reader (topicplace.py) decides by the word's place in the phrase.
"""

from __future__ import annotations

import functools
import gzip
import re
from pathlib import Path

NOUN = "NOUN"
VERB = "VERB"
ADJ = "ADJ"
ADV = "ADV"
PROPN = "PROPN"  # a name or an acronym, as written
GERUND = "GERUND"  # a verb's -ing form, which heads a noun phrase ("snagging", "advancing")
PARTICIPLE = "PARTICIPLE"  # a verb's -ed/-en form, which modifies a noun ("authorized push")
POSSESSIVE = "POSSESSIVE"  # "the court's": a noun modifying the next one
DET = "DET"
POSS = "POSS"  # their, his, her: the recipient's side, said "your" to them
PREP = "PREP"
CONJ = "CONJ"
PRON = "PRON"
AUX = "AUX"
WH = "WH"
NEG = "NEG"
NUM = "NUM"
UNKNOWN = "UNKNOWN"

_CLOSED = {
    DET: "the a an this these those each every some any all both other another such",
    POSS: "their his her",
    PREP: "of on for in at with from to about between across around into over within under "
    "through during after before without versus vs per by among behind toward towards",
    CONJ: "and or &",
    PRON: "i me my mine myself we us our ours ourselves you your yours yourself he him himself "
    "she herself they them themselves it its itself someone somebody everyone everybody "
    "anyone anybody nobody something nothing everything anything one's",
    AUX: "is are was were be been being am has have had do does did will would can could "
    "should shall must may might isn't aren't wasn't weren't don't doesn't didn't won't can't "
    "couldn't wouldn't shouldn't",
    WH: "how what why when where who whom whose which whether if that than because so",
    NEG: "not no never none nor",
    # degree words: "very sharp", "super friendly", "pretty rough" say how, never what
    ADV: "very really quite pretty super so too rather fairly extremely somewhat totally "
    # focus and time words: "still felt like ...", "just a chat": they say how or when
    "still just already also even only ever again yet maybe perhaps probably definitely "
    "actually basically literally mostly mainly especially",
}
_CLOSED_CLASS = {w: cls for cls, words in _CLOSED.items() if cls != ADV for w in words.split()}
_DEGREE = frozenset(_CLOSED[ADV].split())

# prefixes written before an English word with or without a hyphen ("unprocessed",
# "pre-need", "e-filing"): the word keeps its classes
_PREFIX = re.compile(
    r"^(?:un|re|non|pre|post|co|sub|multi|self|cross|over|under|anti|inter|semi|mid|e)-?"
)
_ACRONYM = re.compile(r"^(?:[A-Z][A-Za-z]*[A-Z0-9][A-Za-z0-9]*|[A-Z])$")  # SQL, P2P, DHIS2, E
_NAME = re.compile(r"^[A-Z][a-zà-öø-ÿ'’]+$")


LEXICON = Path(__file__).with_name("word-classes.txt.gz")
_CODE = {"N": NOUN, "V": VERB, "A": ADJ, "D": ADV, "X": AUX, "G": GERUND, "P": PARTICIPLE}


@functools.cache
def _lexicon() -> dict[str, str]:
    """Every word form the lexicon knows, with its letters (see scripts/build_word_classes.py:
    the classes, C a countable singular noun, B a verb's base form)."""
    words: dict[str, str] = {}
    for section in gzip.decompress(LEXICON.read_bytes()).decode("utf-8").split("#")[1:]:
        flags, _, body = section.partition("\n")
        words.update(dict.fromkeys(body.split("\n")[:-1], flags))
    return words


def _letters(word: str) -> str:
    return _lexicon().get(word, "")


@functools.cache
def _lexicon_classes(word: str) -> frozenset[str]:
    """The open classes the lexicon gives a lower-case word (empty when it does not know it)."""
    return frozenset(_CODE[c] for c in _letters(word) if c in _CODE)


def lexicon_classes(word: str) -> frozenset[str]:
    """The open classes of a lower-case word, a prefixed one read through its stem."""
    word = word.lower()
    classes = _lexicon_classes(word)
    if classes:
        return classes
    m = _PREFIX.match(word)
    if m and len(word) - m.end() >= 3:
        return _lexicon_classes(word[m.end() :])
    return frozenset()


def word_classes(token: str, *, first: bool = False) -> frozenset[str]:
    """Every class the word can take in a note line; `first` when it opens the line (its
    capital then may be the sentence's, not a name's)."""
    low = token.lower()
    if low in _CLOSED_CLASS and not (token[:1].isupper() and not first and low != "i"):
        return frozenset({_CLOSED_CLASS[low]})
    if low in _DEGREE:
        return frozenset({ADV})
    if re.fullmatch(r"[\d.,:/%~≈+#$£€-]+(?:st|nd|rd|th|s|k|m|h|x)?", low):
        return frozenset({NUM})
    if re.search(r"\d", token) and not _ACRONYM.match(token):
        return frozenset({NUM})  # "6-month", "24h", "3rd": a figure, never a sure topic word
    if re.search(r"['’]s$", token):
        base = word_classes(token[:-2], first=first)
        return frozenset({POSSESSIVE}) if base & {NOUN, PROPN} else frozenset({UNKNOWN})
    if "-" in token.strip("-"):
        parts = [p for p in token.split("-") if p]
        if all(_known_part(p) for p in parts):
            out = {NOUN, ADJ}
            if token[:1].isupper() and not first:
                out.add(PROPN)
            return frozenset(out)
        if _PREFIX.fullmatch(parts[0].lower() + "-") and lexicon_classes(parts[-1]):
            return lexicon_classes(parts[-1]) | {ADJ}
        return frozenset({UNKNOWN})
    if _ACRONYM.match(token) and not (first and _NAME.match(token)):
        return frozenset({PROPN})
    if token[:1].isupper():
        if first:
            classes = lexicon_classes(low)
            return classes if classes else frozenset({PROPN})
        return frozenset({PROPN})
    if not re.fullmatch(r"[a-z][a-z'’]*", token):
        return frozenset({UNKNOWN})  # "vélo", "cómo", "w/": no English word of a message
    classes = lexicon_classes(low)
    return classes if classes else frozenset({UNKNOWN})


def _known_part(part: str) -> bool:
    """A part of a hyphenated word: an English word of any class ('bust-out', 'go-live',
    'step-up', 'authorized-but-induced')."""
    low = part.lower()
    if low in _CLOSED_CLASS:
        return _CLOSED_CLASS[low] in (PREP, CONJ, DET)
    if re.fullmatch(r"[A-Z0-9]{2,}|[A-Z][a-z]+", part):
        return True  # "SOC-2", "Spanish-speaking": a name or an acronym as a part
    return bool(re.fullmatch(r"[a-z]+", low)) and bool(lexicon_classes(low))


@functools.cache
def countable(noun: str) -> bool:
    """Whether a lower-case singular noun is a count noun, which a message never writes bare
    ('the alert queue', but 'fraud', 'calendar management'): the lexicon gives an uncountable
    noun itself among its plurals ('fraud' -> 'frauds'/'fraud'). Plurals, gerunds and words
    the lexicon does not know as nouns are not (the letter C, decided when the file is built)."""
    return "C" in _letters(noun.lower())


def verb_base(word: str) -> bool:
    """Whether the lower-case word is a verb's base form ('sample', 'scan'): alone on a line
    it may be an instruction as well as a noun."""
    return "B" in _letters(word.lower())


def verb_bases() -> list[str]:
    """Every verb base form the lexicon knows (the letter B), sorted."""
    return sorted(w for w, letters in _lexicon().items() if "B" in letters)


PARTICIPLES = Path(__file__).with_name("participles.txt")


@functools.cache
def _participles() -> frozenset[str]:
    lines = PARTICIPLES.read_text(encoding="utf-8").splitlines()
    return frozenset(w for w in lines if w and not w.startswith("#"))


def participle_only(word: str) -> bool:
    """Whether the lower-case word is a past participle that is never a past tense ('done',
    'seen', 'taken'; not 'made' nor 'fitted'): participles.txt, written from lemminflect by
    scripts/build_participles.py. English says it only after an auxiliary or as a modifier."""
    return word.lower() in _participles()
