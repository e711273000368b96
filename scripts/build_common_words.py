"""Write the shouting rule's list of ordinary English words (styles/etiquette/common-words.txt).

    .venv/bin/python scripts/build_common_words.py

An all-caps word is shouting when it is an ordinary word written in capitals ("REALLY",
"PLEASE LET ME KNOW") and an acronym when it is not ("HPLC", "IFRS", "SAP PP"). The ordinary
words come from the project's own prose: every lower-case word that occurs at least twice in
the labelled messages (eval/lint), the writer's cases and fresh batches (eval/cases,
eval/fresh), the example drafts and notes (examples/), the model prompts (prompts/) and the
etiquette rules' messages, descriptions and examples (their patterns are not prose). A word
seen only in capitals there (STEM, ACLS) never enters the list, which is the point: acronyms
are written in capitals, ordinary words are not. The project's own text carries no third-party
licence, and no word-frequency download is needed. Words the rule already allows as acronyms
(IT, US, ...) are left out, so the allow-list keeps its meaning.

Run it again when those folders grow (a stale list only misses a few newer words).
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from followup.yamlio import load_yaml  # noqa: E402

SOURCES = ("eval/lint", "eval/cases", "eval/fresh", "examples", "prompts")
SUFFIXES = (".yaml", ".yml", ".md", ".txt")
OUT = REPO / "src" / "followup" / "checker" / "styles" / "etiquette" / "common-words.txt"
MIN_COUNT = 2
HEADER = (
    "# Ordinary English words (lower case, one a line) for etiquette.shouting: a word in\n"
    "# capitals that is on this list is shouted, one that is not is an acronym.\n"
    "# Written by scripts/build_common_words.py from the project's own text; do not edit.\n"
)

# A lower-case word standing alone: not part of a longer token, a hyphenated compound, or a
# contraction's tail ("don't" gives no "t").
_WORD = re.compile(r"(?<![\w'’-])[a-z]{2,}(?![\w'’-])")


def corpus_files(repo: Path = REPO) -> list[Path]:
    """The text files the list is read from, in a stable order."""
    files: list[Path] = []
    for folder in SOURCES:
        files += sorted(p for p in (repo / folder).rglob("*") if p.suffix in SUFFIXES)
    return files


def rule_prose(rule: dict[str, Any]) -> str:
    """A rule file's message, description and example texts."""
    parts = [str(rule.get("message", "")), str(rule.get("description", ""))]
    for side in rule.get("examples", {}).values():
        parts += [e["text"] if isinstance(e, dict) else str(e) for e in side]
    return "\n".join(parts)


def common_words(repo: Path = REPO, style: Path = OUT.parent) -> list[str]:
    """Every lower-case word seen MIN_COUNT times or more in the corpus and the style's rule
    prose, less the acronyms its shouting rule allows."""
    counts: Counter[str] = Counter()
    for path in corpus_files(repo):
        counts.update(_WORD.findall(path.read_text(encoding="utf-8", errors="replace")))
    for path in sorted(style.glob("*.yml")):
        counts.update(_WORD.findall(rule_prose(load_yaml(path.read_text(encoding="utf-8")))))
    rule = load_yaml((style / "shouting.yml").read_text(encoding="utf-8"))
    acronyms = {str(a).lower() for a in rule.get("allow", [])}
    return sorted(w for w, n in counts.items() if n >= MIN_COUNT and w not in acronyms)


def render(words: list[str]) -> str:
    """The file's text."""
    return HEADER + "".join(f"{w}\n" for w in words)


def main() -> None:
    words = common_words()
    OUT.write_text(render(words), encoding="utf-8")
    print(f"{OUT.relative_to(REPO)}: {len(words)} words")


if __name__ == "__main__":
    main()
