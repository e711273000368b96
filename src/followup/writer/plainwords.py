"""Whether each lower-case word of a note phrase is English a reader knows, and the dialect
spellings the writer may write out because they have one English word.

Notes are typed as their writer speaks: Scots "wi", "tae", "fae", "telt", "didnae", Yorkshire
"wi'", the dropped g of "nothin'" and "chattin'", Australian "arvo". Echoed into a message
("how I deal wi a forklift near miss") they read as the notes, not as a letter. The writer
asks two things of every phrase it would slot (phrases.settle):

- `write_out`: a spoken spelling with one English word is written as that word: the table
  below ("wi" -> "with"), a Scots negative "-nae" whose "-n't" form is English ("didnae" ->
  "didn't"), a dropped g ("chattin'" -> "chatting") when the "-ing" word is English;
- `unknown_words`: a short lower-case word (five letters at most, not two English words
  written as one) that neither lexicon knows (english-words.txt.gz, the spelling dictionary;
  word-classes.txt.gz, the part-of-speech lexicon) is no word of a message: another
  dialect's word, shorthand, a typo. The phrase is then left out. A longer unknown word is
  most often a trade's term ("workstream", "compostable") and is left alone, unless it is a
  common word of another language (otherlanguage.py: "chambres", "razgovor"). A word
  beside a capital (a name's particle, "Nurul binti Aziz"), a link, a word with a digit or a
  hyphenated word whose parts are English are not judged.

The gate asks `unknown_words` of a whole draft (writer.notes-words) for a model's draft.
"""

from __future__ import annotations

import re

from followup.notenames import SURNAME_PARTICLES
from followup.otherlanguage import is_other_language_word, quoted_spans
from followup.wordclass import lexicon_classes, word_classes
from followup.writer.topic_english import _LOWER_CASE_TOOLS, is_english

# Spoken spellings with exactly one English word (none of them is an English word itself)
_SPOKEN_SPELLINGS = {
    "wi": "with",
    "wi'": "with",
    "tae": "to",
    "fae": "from",
    "frae": "from",
    "telt": "told",
    "aboot": "about",
    "oot": "out",
    "doon": "down",
    "nothin": "nothing",
    "somethin": "something",
    "anythin": "anything",
    "everythin": "everything",
    "arvo": "afternoon",
    "owt": "anything",
    "nowt": "nothing",
    "'em": "them",
}
# A longer word no dictionary lists is most often a trade's compound or derivation
# ("workstream", "compostable", "biomanufacturing", "volumetrics"); the spoken spellings and
# the shorthand of notes are short ("wi", "tae", "telt", "pci", "takt")
_LONGEST = 5
_WORD = re.compile(r"(?<![\w'’/.@:-])'?[a-z][a-z'’]*(?![\w/@-]|\.\w)")
_URL = re.compile(r"\S+://\S+|\bwww\.\S+|\S+@\S+")


def _known(word: str) -> bool:
    """In either lexicon, or a tool its users name in lower case ('dbt', 'npm')."""
    return bool(is_english(word) or lexicon_classes(word)) or word in _LOWER_CASE_TOOLS


def _english(word: str, quoted: bool = False) -> bool:
    word = word.replace("’", "'").strip("'")
    if word and not quoted and is_other_language_word(word):
        return False  # a common word of another language, of any length ("chambres")
    if not word or _known(word) or len(word) > _LONGEST:
        return True
    if any(_known(word[:at]) and _known(word[at:]) for at in range(2, len(word) - 2)):
        return True  # two English words written as one ("inbox", "upsell")
    # a contraction or a possessive of an English word ("didn't", "team's", "they'd")
    m = re.fullmatch(r"(?P<w>[a-z]+)(?:n't|'s|'d|'ll|'re|'ve|'m|s')", word)
    return m is not None and bool(is_english(m["w"]) or lexicon_classes(m["w"]))


def _respelt(word: str) -> str | None:
    """The English word a spoken spelling stands for, when there is exactly one."""
    low = word.replace("’", "'")
    if low in _SPOKEN_SPELLINGS:
        return _SPOKEN_SPELLINGS[low]
    if low.endswith("nae") and len(low) > 4 and _english(low[:-3] + "n't"):
        return low[:-3] + "n't"  # "didnae", "cannae" (Scots)
    if re.fullmatch(r"[a-z]{2,}in'?", low) and not _known(low.rstrip("'")):
        ing = low.rstrip("'")[:-2] + "ing"
        if _known(ing):
            return ing  # "chattin'", "nothin"
    return None


def _in_a_name(text: str, start: int, end: int) -> bool:
    """A lower-case word inside a name: after a capitalised one ('Nurul binti Aziz', 'Ramon
    dela Cruz'), or before one where nothing but a preposition or the phrase's start comes
    first ('van Dijk', 'with de Souza', 'met von Braun'). After a noun or an adjective it is
    a word of the sentence, not of a name: 'crew change sa Singapore' (Tagalog 'in'), read
    by the word classes of the word before (wordclass.py)."""
    before_text = text[max(0, start - 40) : start]
    if re.search(r"[A-Z][\w'’-]*\.?\s+$", before_text):
        return True
    if re.match(r"\s+[A-Z]", text[end : end + 3]) is None:
        return False
    prev = re.search(r"([a-z][\w'’-]*)\s+$", before_text)
    if prev is not None and prev.group(1) in SURNAME_PARTICLES:
        return True  # a particle after a particle: 'Liezl van der Merwe' ('van' is a noun too)
    return prev is None or not word_classes(prev.group(1)) & {"NOUN", "ADJ", "UNKNOWN"}


def write_out(phrase: str) -> str:
    """Each spoken spelling with one English word written as that word (the docstring)."""

    def sub(m: re.Match[str]) -> str:
        word = m.group()
        if _in_a_name(phrase, m.start(), m.end()):
            return word
        return _respelt(word) or word

    return _WORD.sub(sub, phrase)


def unknown_words(text: str) -> list[tuple[int, int]]:
    """The spans of lower-case words no lexicon knows (not in a name or a link)."""
    links = [(m.start(), m.end()) for m in _URL.finditer(text)]
    titles = quoted_spans(text)  # a quoted title may be another language's ("heladas afectan")
    out = []
    for m in _WORD.finditer(text):
        word = m.group()
        quoted = any(a <= m.start() < b for a, b in titles)
        if any(a <= m.start() < b for a, b in links) or _english(word, quoted):
            continue
        if _in_a_name(text, m.start(), m.end()):
            continue
        out.append((m.start(), m.end()))
    return out
