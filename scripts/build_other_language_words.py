"""Write the common words of other languages that are no English words
(src/followup/other-language-words.txt.gz), read by otherlanguage.py.

    python -m venv /tmp/wf && /tmp/wf/bin/pip install wordfreq   (development only)
    /tmp/wf/bin/python scripts/build_other_language_words.py

The words are the most frequent words of the languages people type their notes in, from the
`wordfreq` package's frequency lists (code Apache-2.0; its data CC BY-SA 4.0, by Robyn Speer
and the sources its README names: the shipped file carries that notice on its first line).
A word is kept when it is common in one of those languages (Zipf frequency at least
MIN_OTHER, about once in 100,000 words or more) and rare in English (Zipf at most MAX_ENGLISH)
and far more frequent in that language than in English (by MARGIN, a factor of about 30):
"dizer", "chambres", "razgovor", "teži", "mam" are kept; "café", "diem", "rose", "grant",
"mercedes", "clients", "siesta" are not (English uses them), nor a word the writer's
English lexicon lists unless the other language writes it a thousand times as often.
Cyrillic words are kept written in Latin letters too ("spasibo", "khorosho"): Cyrillic
letters are another script, which otherlanguage.py tells by the letter. A word with a
diacritic is kept folded to ASCII too ("tezi", "nao") when the folded form is no English
word either. One word a line, sorted, after the notice line ('#' first).
"""

from __future__ import annotations

import gzip
import re
import unicodedata
from pathlib import Path

from wordfreq import top_n_list, zipf_frequency  # type: ignore[import-not-found]

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "src" / "followup" / "other-language-words.txt.gz"
# Latin-script languages (wordfreq codes); Swahili and Estonian have no wordfreq list: the
# hand lists of otherlanguage.py keep them
LATIN = ["fr", "es", "pt", "it", "ca", "ro", "de", "nl", "da", "nb", "sv", "fi", "pl", "cs"]
LATIN += ["sk", "sl", "sh", "hu", "lv", "lt", "tr", "fil", "id", "ms", "vi"]
CYRILLIC = ["ru", "uk", "bg", "mk"]
TOP = 6000  # the most frequent words of each language
MIN_OTHER = 3.0
MAX_ENGLISH = 3.3
MARGIN = 1.5
# A word the writer's English lexicon lists ("redo", "dossier", "tranche", "esprit") is kept
# only when the other language writes it a thousand times as often ("mam", "como", "nous")
LEXICON_MARGIN = 3.0
ENGLISH = REPO / "src" / "followup" / "writer" / "english-words.txt.gz"
WORD = re.compile(r"[^\W\d_]{2,}")
NOTICE = (
    "# Common words of other languages that are no English words, from wordfreq 3.1 "
    "(https://github.com/rspeer/wordfreq), data CC BY-SA 4.0 "
    "(https://creativecommons.org/licenses/by-sa/4.0/); built by "
    "scripts/build_other_language_words.py"
)
_CYR_LATIN = "a b v g d z z i y k l m n o p r s t u f y e g ye i yi"
_CYR = dict(zip("абвгдезийклмнопрстуфыэґєії", _CYR_LATIN.split(), strict=True))
_CYR.update({"е": "e", "ё": "yo", "ж": "zh", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh"})
_CYR.update({"щ": "shch", "ъ": "", "ь": "", "ю": "yu", "я": "ya", "з": "z", "и": "i"})


def fold(word: str) -> str:
    """The word without its diacritics ('teži' -> 'tezi'; 'ł' -> 'l')."""
    word = word.replace("ł", "l").replace("ß", "ss").replace("đ", "d").replace("ı", "i")
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def latin_of(word: str) -> str | None:
    """A Cyrillic word in Latin letters (a common romanisation), None if a letter has none."""
    out = []
    for ch in word:
        if ch not in _CYR:
            return None
        out.append(_CYR[ch])
    return "".join(out)


def english_lexicon() -> frozenset[str]:
    """The writer's English lexicon (scripts/build_english_words.py), every word."""
    text = gzip.decompress(ENGLISH.read_bytes()).decode("utf-8")
    return frozenset(text.split()) - {"#"}


def not_english(word: str, other: float, lexicon: frozenset[str]) -> bool:
    english = zipf_frequency(word, "en")
    margin = LEXICON_MARGIN if word in lexicon else MARGIN
    return english <= MAX_ENGLISH and other - english >= margin


def main() -> int:
    kept: set[str] = set()
    lexicon = english_lexicon()
    for lang in LATIN + CYRILLIC:
        for word in top_n_list(lang, TOP):
            if not WORD.fullmatch(word) or word != word.lower():
                continue
            other = zipf_frequency(word, lang)
            if other < MIN_OTHER:
                break
            forms = [word] if lang in LATIN else [w for w in [latin_of(word)] if w]
            for form in forms:
                if lang in CYRILLIC and len(form) < 4:
                    continue  # short romanised words are too often English letters
                if not_english(form, other, lexicon):
                    kept.add(form)
                    folded = fold(form)
                    if folded != form and folded.isascii() and not_english(folded, other, lexicon):
                        kept.add(folded)
    text = "\n".join([NOTICE, *sorted(kept)]) + "\n"
    OUT.write_bytes(gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0))
    size = OUT.stat().st_size
    print(f"{OUT.relative_to(REPO)}: {len(kept)} words, {size} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
