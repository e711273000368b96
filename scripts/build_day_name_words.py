"""Build src/followup/day-name-words.txt: every word of every language's weekday names, from the
CLDR data dateparser ships (a runtime dependency, but a heavy import: the notes reader asks
of every candidate name whether it is a weekday's name, "Dydd Iau", and must not import
dateparser's 207 language modules for it on every write).

    .venv/bin/python scripts/build_day_name_words.py

The file is sorted and reproducible; tests/test_lead_mends14.py checks it against dateparser.
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from followup.monthwords import day_name_words_from_cldr  # noqa: E402

OUT = REPO / "src" / "followup" / "day-name-words.txt"


def main() -> None:
    words = sorted(day_name_words_from_cldr())
    head = "# weekday-name words of every CLDR language (scripts/build_day_name_words.py)\n"
    OUT.write_text(head + "\n".join(words) + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(REPO)}: {len(words)} words")


if __name__ == "__main__":
    main()
