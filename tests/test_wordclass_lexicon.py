"""wordclass.py reads its shipped lexicon (word-classes.txt.gz) with the standard library; the
file says what lemminflect says (scripts/build_word_classes.py, checked when the library is
installed, as in development)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

from followup import wordclass
from followup.wordclass import ADJ, GERUND, NOUN, PARTICIPLE, VERB

REPO = Path(__file__).resolve().parents[1]


def test_the_lexicon_gives_classes_countability_and_verb_base() -> None:
    assert wordclass.lexicon_classes("queue") >= {NOUN, VERB}
    assert GERUND in wordclass.lexicon_classes("snagging")
    assert PARTICIPLE in wordclass.lexicon_classes("authorized")
    assert ADJ in wordclass.lexicon_classes("sharp")
    assert wordclass.lexicon_classes("acft") == frozenset()
    assert wordclass.lexicon_classes("unprocessed") == wordclass.lexicon_classes("processed")
    assert wordclass.countable("queue") and wordclass.countable("Queue")
    assert not wordclass.countable("fraud")  # its own plural: no count
    assert not wordclass.countable("disputes")  # a plural
    assert not wordclass.countable("planning")  # a gerund
    assert wordclass.verb_base("scan") and not wordclass.verb_base("scanned")


def test_the_runtime_never_imports_lemminflect() -> None:
    code = (
        "import sys; from followup import wordclass; wordclass.countable('queue'); "
        "wordclass.word_classes('alerts'); print('lemminflect' in sys.modules, "
        "'numpy' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": str(REPO / "src")},
    ).stdout
    assert out.split() == ["False", "False"]


def test_the_shipped_file_says_what_lemminflect_says() -> None:
    pytest.importorskip("lemminflect")
    spec = importlib.util.spec_from_file_location(
        "build_word_classes", REPO / "scripts" / "build_word_classes.py"
    )
    assert spec and spec.loader
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    words = build.known_words()
    assert len(words) > 60_000
    differ = [w for w in words if "".join(sorted(wordclass._letters(w))) != build.letters(w)]
    assert differ == []
