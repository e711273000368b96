"""topic_english: whether what a draft names as a topic reads as English to its recipient.

The composer slots note phrases after "about", "especially" and "regarding"; read by the
person who gets the message, many such slots are the notes' own words, not a sentence's. This
module holds the general classes the gate (writer.notes-words) warns on, each by language
knowledge rather than by one more phrase list:

- shorthand, by a lexicon (english-words.txt.gz, pyspellchecker's English dictionary; see
  scripts/build_english_words.py): a word with no vowel ('mtg', 'yr', 'pt', 'wk'), or a word
  that is no English word but the clipped start of a common one ('regs', 'chem', 'mech',
  'devs', 'div'); capitals (an acronym, a name) are the notes' proper nouns and pass;
- spoken register: the written forms of speech ('gotta', 'gonna', 'kinda', 'lots of', 'crazy');
- a verb where a noun phrase belongs: a bare verb with its object ('about inspect every
  return', 'about problem-solve the barrier'), a clause without its subject ('about only sold
  to UK from Tampere', 'about told her I can start');
- a count with no head: a slot that opens on a number and a plural ('about two resurfacers',
  'about forty-odd white cupping bowls'): the notes' tally, not what was said about it;
- a country name that takes 'the' said without it ('to UK', 'in Netherlands');
- the notes' marks: a symbol for words ("recorder's office ≠ live courtroom"), a placeholder
  left to fill in ('OML-xx', 'TBD'), 'a' before a noun English never counts ('A guidance');
- a day or a month in lower case ('working saturdays');
- the role or the company as the notes abbreviate them: a role word that is shorthand ('Stunt
  Coordinator Mtg', '2nd Yr Apprentice Plumber'), a name word with no vowel that is no company
  form ('Wktr', 'Kxrv', 'Whispering Oaks Cc'; 'Ltd', 'Sdn Bhd' are forms), a role that is the
  first word of the company ('the Tidewater position at Tidewater Community Birth Partners'),
  a company that the notes use as a person ("It's Jen from Cordell Aviation").

Each finding is a warning with a one-line reason. Standard library only at run time: the
lexicon is a gzip of sorted words, searched by bisection and read once, on the writer's path.
"""

from __future__ import annotations

import bisect
import functools
import gzip
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path

LEXICON = Path(__file__).with_name("english-words.txt.gz")


@functools.cache
def _lexicon() -> tuple[list[str], list[str]]:
    """The common words and the other words, each sorted (one gzip, split by '#')."""
    text = gzip.decompress(LEXICON.read_bytes()).decode("utf-8")
    common, _, rare = text.partition("\n#\n")
    return common.split(), rare.split()


def _in(words: list[str], word: str) -> bool:
    at = bisect.bisect_left(words, word)
    return at < len(words) and words[at] == word


# Everyday words of today's writing that the lexicon (a subtitle corpus) lacks
_MODERN_WORDS = """
app apps tech techs intro intros demo demos info online email emails blog blogs vlog wifi cafe
dev devs telco telcos
mise
"""
# "mise" (en place): a kitchen word English dictionaries hold that the lexicon lacks
_MODERN = frozenset(_MODERN_WORDS.split())


def is_english(word: str) -> bool:
    """Whether a lower-case word is an English word: in the lexicon, or the plural of a
    common word (the rare words hold clippings too: 'reg' is there, so 'regs' is not)."""
    common, rare = _lexicon()
    if word in _MODERN or _in(common, word) or _in(rare, word):
        return True
    for end in ("s", "es", "'s"):
        stem = word[: -len(end)]
        if word.endswith(end) and len(stem) > 2 and (stem in _MODERN or _in(common, stem)):
            return True
    return False


def _clips_a_common_word(stem: str) -> bool:
    """Whether a common word starts with `stem` and goes on at least three more letters
    ('chem' -> 'chemical', 'reg' -> 'regular', 'mech' -> 'mechanic')."""
    common = _lexicon()[0]
    at = bisect.bisect_left(common, stem)
    while at < len(common) and common[at].startswith(stem):
        if len(common[at]) >= len(stem) + 3 and common[at].isalpha():
            return True
        at += 1
    return False


_VOWEL = re.compile(r"[aeiou]|(?<=.)y")


def _unaccented(word: str) -> str:
    """'brid' for 'bríd': a vowel with an accent is a vowel."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


# Tools whose own name is written in lower case and has no vowel: "the dbt migration" is
# how its users write it, no shorthand (the vowel test would call it one)
_LOWER_CASE_TOOLS = frozenset(
    {"dbt", "npm", "pnpm", "nvm", "git", "pip", "ssh", "sftp", "cron", "zsh", "tmux"}
    | {"jq", "awk", "grep", "gcc", "llvm", "rpm"}
)


def is_shorthand(word: str) -> bool:
    """A word of the notes' shorthand: no vowel ('mtg', 'yr', 'pt', 'wk', 'mgr'), or no
    English word and the clipped start of a common one ('regs', 'chem', 'mech', 'div').
    Words in capitals are acronyms (a name the notes give), never shorthand here."""
    if not re.fullmatch(r"[A-Za-z][a-z]+", word) or len(word) > 6:
        return False
    w = word.lower()
    if w in _LOWER_CASE_TOOLS:
        return False
    if _VOWEL.search(w) is None:
        return True
    if is_english(w):
        return False
    stem = w[:-1] if w.endswith("s") and len(w) > 3 else w
    return len(stem) >= 3 and _clips_a_common_word(stem)


# The written forms of speech: a message is written, even a friendly one
_SPOKEN_WORDS = """
gotta gonna wanna kinda sorta dunno lemme gimme ain't y'all innit yeah yep nope nah cuz coz
crazy lots
"""
_SPOKEN = frozenset(_SPOKEN_WORDS.split())

# Where a draft names a topic: after "about", "especially", "regarding"; the slot runs to the
# end of the clause
# ("especially" opens a topic after a comma: "what we discussed, especially the lease"; "I
# especially enjoyed" is the adverb)
_SLOT_OPEN = re.compile(r"\b(?:about|regarding)\s+(?=\S)|(?<=, )especially\s+(?=\S)")
_SLOT_END = re.compile(
    r"(?<!\bSt)(?<!\bCo)(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bMrs)[.!?;:](?=\s|$)|,|\n"
    r"| has stayed with me| gave me the chance| and I would| which made me| and thought of"
    r"| made me think| was a highlight"
)
_DETERMINER_WORDS = (
    "the a an every each my your our their his her its this that these those some any"
)
_DETERMINERS = frozenset(_DETERMINER_WORDS.split())
# words that open a noun phrase or a question and may stand before a determiner
_BEFORE_DETERMINER_WORDS = """
    how what whether why when where who which all both half just only even especially mostly
    also once before after during about over under across through into onto with without
    for from to in on at by of per like than as quite such
    """
_BEFORE_DETERMINER = frozenset(_BEFORE_DETERMINER_WORDS.split())
_PAST_VERB_WORDS = """
    sold told got made did went came took gave had was were said ran built left brought bought
    thought found kept put saw sent spent won lost met asked wanted needed used tried started
    finished worked moved called
    """
_PAST_VERBS = frozenset(_PAST_VERB_WORDS.split())
_AFTER_PAST = frozenset(
    [
        *_DETERMINERS,
        "to",
        "from",
        "into",
        "with",
        "at",
        "in",
        "on",
        "for",
        "him",
        "her",
        "them",
        "me",
        "us",
        "it",
        "i",
        "we",
        "he",
        "she",
        "they",
    ]
)
_ONLY = re.compile(r"(?:only|just|also|never|already|then|still)\s+", re.I)
_NUMBER_WORDS = """
two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty
sixty seventy eighty ninety hundred dozens several
"""
_COUNT_START = re.compile(
    rf"(?:\d[\d,.]*|(?:{'|'.join(_NUMBER_WORDS.split())})(?:-odd|-some)?)\s+"
    r"(?:[a-z-]+\s+){0,3}(?P<n>[a-z-]{3,}s)\b(?!\s+(?:of|with|and|ago|later|before|after)\b)"
)
_THE_COUNTRY = re.compile(
    r"(?<![Tt]he )(?<![\w.])(?:UK|US|USA|U\.K\.|U\.S\.|UAE|EU|Netherlands|Philippines|Bahamas|"
    r"Gambia|Maldives)(?!\w)(?!\.\w)(?! (?:[A-Z]|based|team|market|office|clients?|customers?))"
)
_AFTER_PREPOSITION = re.compile(r"\b(?:to|from|in|into|across|for|within|throughout)\s+$")


def slots(text: str, start: int = 0) -> Iterator[tuple[int, int]]:
    """The spans of the topic slots of a text, from `start` (the body)."""
    for m in _SLOT_OPEN.finditer(text, start):
        end = _SLOT_END.search(text, m.end())
        stop = end.start() if end else len(text)
        if stop > m.end():
            yield m.end(), stop


_WORD = re.compile(r"(?<![\w'’/.-])[A-Za-z][\w'’-]*(?![\w/-]|\.\w)")


_URL = re.compile(r"\S+://\S+|\bwww\.\S+")


def word_faults(text: str, start: int = 0) -> Iterator[tuple[int, int, str]]:
    """The notes' words in any sentence of a body: shorthand, spoken register, a day or a
    month in lower case. Capitals (an acronym, a name) and links are left alone."""
    links = [(m.start(), m.end()) for m in _URL.finditer(text, start)]
    for m in _WORD.finditer(text, start):
        word = m.group().replace("’", "'")
        if not word.islower() or any(a <= m.start() < b for a, b in links):
            continue
        if _CALENDAR_NAME.fullmatch(word):
            yield (
                m.start(),
                m.end(),
                (
                    f"'{word}' is the name of a day or month, written with a capital "
                    f"('{word.capitalize()}')"
                ),
            )
        elif word in _SPOKEN:
            yield (
                m.start(),
                m.end(),
                (
                    f"'{word}' is spoken, not written English (your notes' words); say it as a "
                    "sentence would"
                ),
            )
        elif is_shorthand(word) and not _in_a_name(text, m.start(), m.end()):
            yield (
                m.start(),
                m.end(),
                (
                    f"'{word}' is the notes' shorthand, not an English word; write the word out "
                    "or leave the phrase out"
                ),
            )


# a word a scan misread: letters with a 1 or a 0 where an l or an o belongs ("medica1",
# "contro1", "hea1th", "pr0cess"); two letters at least before the digit, so a code ("B1",
# "A10"), a time ("10am") or a count ("1st") is not one
_SCAN_SLIP = re.compile(r"(?<![\w-])[A-Za-z]{2,}[01][A-Za-z01]*(?![\w-])")
_SCAN_LETTERS = str.maketrans("10", "lo")


def scan_faults(text: str, start: int = 0) -> Iterator[tuple[int, int, str]]:
    """Words of scanned (OCR'd) notes with a digit for a letter, which would reach the
    recipient as 'medica1 stores': the word with l and o for 1 and 0 is an English word."""
    for m in _SCAN_SLIP.finditer(text, start):
        word = m.group()
        meant = word.translate(_SCAN_LETTERS)
        if is_english(meant.lower()) and not is_english(word.lower()):
            yield (
                m.start(),
                m.end(),
                f"'{word}' has a digit for a letter ('{meant}'), a slip of the scanned notes; "
                "correct it",
            )


def _in_a_name(text: str, start: int, end: int) -> bool:
    """A lower-case word between two capitalised ones is part of a name ('Nurul binti Aziz'),
    with the particles beside it ('Liezl van der Merwe': 'van' and 'der' both)."""
    before = re.search(r"[A-Z][\w'’-]*\s+(?:[a-z]{1,5}\s+){0,2}$", text[max(0, start - 60) : start])
    after = re.match(r"(?:\s+[a-z]{1,5}){0,2}\s+[A-Z]", text[end : end + 20])
    return before is not None and after is not None


# Days and months, which English writes with a capital ("may" and "march" are words too)
_CALENDAR_NAME = re.compile(
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?|january|february|april|june|july|august|"
    r"september|october|november|december"
)


def slot_faults(slot: str) -> Iterator[tuple[int, int, str]]:
    """Where a topic slot is not English a reader expects, with a one-line reason (the words
    themselves are word_faults', over the whole body)."""
    words = list(re.finditer(r"(?<![\w'’-])[A-Za-z][\w'’-]*", slot))
    if len(words) >= 2:
        yield from _verb_first(slot, words)
    count = _COUNT_START.match(slot)
    if count:
        yield (
            0,
            count.end(),
            (
                f"'{count.group()}' is a tally from your notes, not a topic; say what you "
                "discussed about them"
            ),
        )


def _verb_first(slot: str, words: list[re.Match[str]]) -> Iterator[tuple[int, int, str]]:
    """A bare verb with its object, or a clause without its subject, where a noun phrase
    belongs ('inspect every return', 'only sold to UK', 'told her I can start')."""
    lead = _ONLY.match(slot)
    first_at = lead.end() if lead else 0
    rest = [m for m in words if m.start() >= first_at]
    if len(rest) < 2:
        return
    first, second = rest[0].group(), rest[1].group().lower()
    if not first.islower() or first in _BEFORE_DETERMINER or first in _DETERMINERS:
        return
    what = slot[: rest[1].end()]
    past = first in _PAST_VERBS or (first.endswith("ed") and len(first) >= 4)
    if past and second in _AFTER_PAST:
        yield (
            0,
            rest[1].end(),
            (
                f"'{what}' is a clause without its subject (notes' grammar) where a topic "
                "belongs; name the topic"
            ),
        )
    elif (
        second in _DETERMINERS
        and not first.endswith(("ing", "ed", "'s", "s"))
        and rest[1].start() - rest[0].end() == 1
    ):
        yield (
            0,
            rest[1].end(),
            (
                f"'{what}' is a bare verb with its object (notes' grammar) where a topic "
                "belongs; name the topic"
            ),
        )


# The notes' symbols where a sentence has words ("recorder's office ≠ live courtroom"), and a
# placeholder left for later ("OML-xx", "TBD")
_SYMBOL = re.compile(r"\s(?:≠|=|≈|→|←|↔|<|>|~)\s|(?<=\w)(?:≠|≈|→|←|↔)(?=\w)")
_PLACEHOLDER = re.compile(r"(?<![A-Za-z])(?:xx+|XX+|TBD|TBC|\?\?+)(?![A-Za-z])")
# nouns English never counts: "a guidance", "an advice"
_UNCOUNTED = re.compile(
    r"\b(?:[Aa]n?)\s+(?:guidance|advice|feedback|information|research|news|furniture|"
    r"equipment|luggage|evidence|knowledge|homework)\b"
    # the noun ends its phrase ("a research repository" is English)
    r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:you|that|which|on|about|for|from|of|to|in|I)\b)"
)


def mark_faults(text: str, start: int = 0) -> Iterator[tuple[int, int, str]]:
    """The notes' symbols, a placeholder, 'a' before a noun English never counts."""
    links = [(m.start(), m.end()) for m in _URL.finditer(text, start)]
    for m in _SYMBOL.finditer(text, start):
        if not any(a <= m.start() < b for a, b in links):
            yield (
                m.start(),
                m.end(),
                (
                    f"'{m.group().strip()}' is the notes' symbol; say it in words, or leave the "
                    "phrase out"
                ),
            )
    for m in _PLACEHOLDER.finditer(text, start):
        if not any(a <= m.start() < b for a, b in links):
            yield (
                m.start(),
                m.end(),
                (
                    f"'{m.group()}' is a placeholder the notes left to fill in; write what it "
                    "stands for, or leave it out"
                ),
            )
    for m in _UNCOUNTED.finditer(text):
        yield (
            m.start(),
            m.end(),
            (f"'{m.group()}': English does not count this noun; drop 'a' or say 'a piece of'"),
        )


def country_faults(text: str, start: int = 0) -> Iterator[tuple[int, int, str]]:
    """A country name that takes 'the' after a preposition without it ('to UK')."""
    for m in _THE_COUNTRY.finditer(text, start):
        if _AFTER_PREPOSITION.search(text, max(0, m.start() - 12), m.start()):
            yield (
                m.start(),
                m.end(),
                (f"'{m.group()}' takes 'the' in a sentence ('the {m.group()}'); the notes drop it"),
            )


# Abbreviations that are part of how names are written: company forms and titles
_NAME_FORM_WORDS = """
ltd pty sdn bhd pvt plc gmbh mbh kg st mt ft dr mr mrs ms mx jr sr bros nv bv llp llc
"""
_NAME_FORMS = frozenset(_NAME_FORM_WORDS.split())
_NOTES_WORD_END_WORDS = (
    "interview interviews intvw screen screening debrief recap prep notes meeting"
)
_NOTES_WORD_END = frozenset(_NOTES_WORD_END_WORDS.split())


def role_fault(role: str) -> str | None:
    """Why a role read from the notes is said in the notes' shorthand, or None."""
    words = re.findall(r"(?<![\w'-])[A-Za-z][\w'-]*", role)
    for word in words:
        if word.lower() in _NAME_FORMS or word.isupper():
            continue
        if is_shorthand(word):
            return f"'{word}' in the role is the notes' shorthand"
    if len(words) > 1 and words[-1].lower() in _NOTES_WORD_END:
        return f"'{words[-1]}' ends the role: a word of the notes' heading, not of a job title"
    return None


def company_fault(company: str, role: str, notes: str) -> str | None:
    """Why a company read from the notes is not the employer's name as written, or None."""
    words = re.findall(r"(?<![\w'-])[A-Za-z][\w'-]*", company)
    for word in words:
        if word.lower() in _NAME_FORMS or word.isupper() or len(word) < 2:
            continue
        if _VOWEL.search(_unaccented(word.lower())) is None:
            return (
                f"'{word}' has no vowel: an abbreviation or call sign typed as a word; write it "
                "as the name is written"
            )
    if len(words) == 1 and re.search(
        rf"\b(?:[Ii]t['’]s|[Tt]his is)\s+{re.escape(company)}\b|"
        rf"\b{re.escape(company)}\s+(?:from|at|here from)\s+[A-Z]",
        notes,
    ):
        return f"'{company}' is a person the notes name ('{company} from ...'), not the employer"
    return None


def role_inside_company(role: str, company: str) -> bool:
    """'the Tidewater position at Tidewater Community Birth Partners': a role that is only the
    first words of the company's name."""
    r, c = role.split(), company.split()
    return 0 < len(r) < len(c) and [w.lower() for w in c[: len(r)]] == [w.lower() for w in r]
