"""Write the writer gate's English lexicon (src/followup/writer/english-words.txt.gz).

    pip install pyspellchecker   (the `lexicon` extra; development only)
    .venv/bin/python scripts/build_english_words.py

The words are pyspellchecker's English dictionary (a word-frequency list kept with the
library, built from a large corpus of subtitles and cleaned against word lists), lower case,
letters with an inner apostrophe or hyphen only. The file holds two sorted sections, one word
a line, split by a line '#': the common words (frequency at least COMMON_MIN in that list), then
every other word. topic_english.py asks it whether a word is English at all, and whether an
unknown word is the clipped start of a common one ('regs', 'chem', 'mech': the notes'
shorthand). The runtime reads the file with the standard library; the library is needed only
to write it again.
"""

from __future__ import annotations

import gzip
import importlib.resources
import json
import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "src" / "followup" / "writer" / "english-words.txt.gz"
COMMON_MIN = 1000  # about the 19,000 most frequent words
WORD = re.compile(r"[a-z](?:[a-z'-]*[a-z])?")


def main() -> int:
    data = importlib.resources.files("spellchecker") / "resources" / "en.json.gz"
    freq: dict[str, int] = json.loads(gzip.decompress(data.read_bytes()))
    words = {w: n for w, n in freq.items() if WORD.fullmatch(w)}
    common = sorted(w for w, n in words.items() if n >= COMMON_MIN)
    rare = sorted(w for w, n in words.items() if n < COMMON_MIN)
    text = "\n".join([*common, "#", *rare]) + "\n"
    OUT.write_bytes(gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0))
    print(f"{OUT.relative_to(REPO)}: {len(common)} common, {len(rare)} other words")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
