"""Write the past participles that are never a past tense (src/followup/participles.txt).

    pip install lemminflect   (the `lexicon` extra; development only)
    .venv/bin/python scripts/build_participles.py           # write the file
    .venv/bin/python scripts/build_participles.py --check   # compare it with lemminflect

For every verb base form of word-classes.txt.gz (the letter B), lemminflect's VBN forms that
are none of the verb's finite forms (VBD, VB, VBP, VBZ) nor any other verb's finite form:
"done", "seen", "gone", "taken", "written". English writes such a word only after an
auxiliary ("I have done", "it was written") or as a modifier ("the work done"), never straight
after a subject pronoun ("what I done", "we seen it": grammar.py's check). Regular -ed forms
(lemminflect gives "fitted" and "quitted" as participles only) and forms with a space are left
out: a dictionary also lists them as past tenses.
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "src" / "followup" / "participles.txt"
HEADER = "# past participles that are no past tense (scripts/build_participles.py)\n"


def build() -> list[str]:
    import lemminflect

    sys.path.insert(0, str(REPO / "src"))
    from followup.wordclass import verb_bases

    only: set[str] = set()
    finite: set[str] = set()
    for base in verb_bases():
        forms = lemminflect.getAllInflections(base, "VERB")
        said = {w for tag in ("VBD", "VB", "VBP", "VBZ") for w in forms.get(tag, ())}
        finite |= said
        only |= set(forms.get("VBN", ())) - said
    return sorted(w for w in only - finite if " " not in w and not w.endswith("ed"))


def main() -> int:
    text = HEADER + "".join(f"{w}\n" for w in build())
    if "--check" in sys.argv:
        same = OUT.read_text(encoding="utf-8") == text
        print("participles.txt matches lemminflect" if same else "participles.txt differs")
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} ({text.count(chr(10)) - 1} words)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
