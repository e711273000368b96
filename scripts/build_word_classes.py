"""Write the part-of-speech lexicon of wordclass.py (src/followup/word-classes.txt.gz).

    pip install lemminflect   (the `lexicon` extra; development only)
    .venv/bin/python scripts/build_word_classes.py           # write the file
    .venv/bin/python scripts/build_word_classes.py --check   # compare it with lemminflect

The words are every lower-case word form of lemminflect's lemma lexicon (its lookup table and
its overrides; derived from the NLM SPECIALIST Lexicon). For each, the file keeps what
wordclass.py asks of it, as letters:

    N noun, V verb, A adjective, D adverb, X auxiliary (only when no open class),
    G a verb's -ing form that is not itself a verb lemma, P a verb's -ed/-en/-wn/-ung form
    that is not a verb lemma, C a countable singular noun (the noun is its own lemma, it has
    plurals and is not among them, and it is no gerund), B a verb's base form.

The file holds one section per letter set: a line '#LETTERS' then its words, one a line,
sorted. A word with no letter is left out (wordclass.py reads it as unknown, as lemminflect
gives it nothing). The runtime reads the file with the standard library; the library is
needed only to write it again, or to check it (--check: every word lemminflect knows gives
the same classes, countability and verb base from the file as from the library).
"""

from __future__ import annotations

import gzip
import sys
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "src" / "followup" / "word-classes.txt.gz"


def known_words() -> list[str]:
    """Every lower-case word lemminflect's getAllLemmas can answer (lookup keys, overrides)."""
    from lemminflect.core.Lemmatizer import Lemmatizer

    lem = Lemmatizer()
    keys = set(lem._getLemmaDict()) | set(lem._getOverridesDict())
    return sorted(k for k in keys if k == k.lower())


def letters(word: str) -> str:
    """The letters of one lower-case word, computed with lemminflect as wordclass.py did."""
    import lemminflect

    found = lemminflect.getAllLemmas(word)
    out = {c for c in found if c in ("NOUN", "VERB", "ADJ", "ADV")}
    if "AUX" in found and not out:
        out.add("AUX")
    if "VERB" in found:
        lemmas = found["VERB"]
        if word.endswith("ing") and word not in lemmas:
            out.add("GERUND")
        if word.endswith(("ed", "en", "wn", "ung")) and word not in lemmas:
            out.add("PARTICIPLE")
    code = {"NOUN": "N", "VERB": "V", "ADJ": "A", "ADV": "D", "AUX": "X"}
    code |= {"GERUND": "G", "PARTICIPLE": "P"}
    flags = {code[c] for c in out}
    if "G" not in flags and word in found.get("NOUN", ()):
        plurals = lemminflect.getAllInflections(word, "NOUN").get("NNS", ())
        if plurals and word not in plurals:
            flags.add("C")
    if word in found.get("VERB", ()):
        flags.add("B")
    return "".join(sorted(flags))


def build() -> dict[str, str]:
    return {w: f for w in known_words() if (f := letters(w))}


def write(entries: dict[str, str]) -> str:
    sections: dict[str, list[str]] = defaultdict(list)
    for word, flags in entries.items():
        if "\n" in word or word.startswith("#"):
            raise ValueError(f"a word the file format cannot hold: {word!r}")
        sections[flags].append(word)
    lines: list[str] = []
    for flags in sorted(sections):
        lines += [f"#{flags}", *sorted(sections[flags])]
    return "\n".join(lines) + "\n"


def check() -> int:
    """Compare the shipped file, read by wordclass.py, with lemminflect over every word."""
    sys.path.insert(0, str(REPO / "src"))
    from followup import wordclass

    words = known_words()
    diffs = 0
    for word in words:
        want = letters(word)
        got = wordclass._letters(word)
        if "".join(sorted(got)) != want:
            diffs += 1
            if diffs <= 20:
                print(f"differs: {word!r} lemminflect {want!r} file {got!r}")
    print(f"{len(words)} words compared, {diffs} differences")
    return 1 if diffs else 0


def main() -> int:
    if "--check" in sys.argv[1:]:
        return check()
    entries = build()
    OUT.write_bytes(gzip.compress(write(entries).encode("utf-8"), compresslevel=9, mtime=0))
    print(f"{OUT.relative_to(REPO)}: {len(entries)} words")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
