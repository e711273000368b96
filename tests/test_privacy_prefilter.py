"""The privacy reader's one-pass prefilter (privacy._maybe_private) changes no answer: every
sentence of the repository's notes, eval cases, privacy batches and lint messages, as
written, upper-cased and title-cased, is classified the same with it and without it."""

from __future__ import annotations

import pytest

from followup import privacy
from tests.conftest import REPO


def _corpus() -> list[str]:
    """Every line of the repository's notes and eval texts, white space collapsed, as
    written and with its case changed (the patterns are IGNORECASE), plus a few made to sit
    on the prefilter's edges."""
    lines: set[str] = set()
    for folder in ("eval", "examples"):
        for path in sorted((REPO / folder).rglob("*")):
            if path.suffix in (".yaml", ".yml", ".md", ".txt") and path.is_file():
                for line in path.read_text(encoding="utf-8").splitlines():
                    sentence = " ".join(line.split())
                    if sentence:
                        lines.update((sentence, sentence.upper(), sentence.title()))
    lines.update(
        [
            "THEY OFFERED 85K",  # IGNORECASE on the figure
            "floated 70 TO 75 for the band",  # _BARE_RANGE, the one without IGNORECASE
            "The ſalary is 90k",  # a long s: IGNORECASE folds it, lower() does not
            "my \u212aID was sick",  # the Kelvin sign in place of K
            "Résumé: she DIDN’T read my résumé",
            "nothing here at all",
        ]
    )
    return sorted(lines)


CORPUS = _corpus()


def test_the_corpus_is_large_and_has_private_sentences() -> None:
    found = sum(privacy.classify_sentence(s) is not None for s in CORPUS)
    assert len(CORPUS) > 10_000
    assert found > 500


def test_prefilter_changes_no_classification(monkeypatch: pytest.MonkeyPatch) -> None:
    classify = privacy.classify_sentence.__wrapped__  # not the per-process cache
    filtered = [classify(s) for s in CORPUS]
    monkeypatch.setattr(privacy, "_maybe_private", lambda sentence: True)
    unfiltered = [classify(s) for s in CORPUS]
    differ = [(s, a, b) for s, a, b in zip(CORPUS, filtered, unfiltered, strict=True) if a != b]
    assert differ == []


def test_prefilter_passes_every_private_sentence_and_skips_plain_ones() -> None:
    for sentence in CORPUS:
        if privacy.classify_sentence(sentence) is not None:
            assert privacy._maybe_private(sentence), sentence
    assert not privacy._maybe_private("We talked about the dashboards for the spring.")
    # a cased letter beyond ASCII always goes pattern by pattern
    assert privacy._maybe_private("Café menus and the spring rollout.")


def _lowercase_by_character(pattern: str) -> str:
    """lowercase_pattern as it was written before, one character at a time."""
    out: list[str] = []
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\" and i + 1 < len(pattern):
            if pattern[i + 1] == "N" and pattern[i + 2 : i + 3] == "{":
                close = pattern.find("}", i)
                close = len(pattern) - 1 if close < 0 else close
                out.append(pattern[i : close + 1])
                i = close + 1
                continue
            out.append(pattern[i : i + 2])
            i += 2
            continue
        out.append(ch.lower())
        i += 1
    return "".join(out)


def test_lowercase_pattern_by_runs_is_the_character_walk() -> None:
    from followup.checker.patterns import lowercase_pattern

    texts = [
        line
        for path in sorted((REPO / "src" / "followup").rglob("*"))
        if path.suffix in (".yml", ".py")
        for line in path.read_text(encoding="utf-8").splitlines()
    ]
    texts += [r"\N{LATIN SMALL LETTER A}B", r"\N{UNCLOSED ABC", "ABC\\", "ΑΣ ΟΣ", r"\W\S[A-Z]"]
    assert len(texts) > 10_000
    assert [lowercase_pattern(t) for t in texts] == [_lowercase_by_character(t) for t in texts]
