"""The compiled codes lazyre keeps between runs: rebuilt patterns behave as compiled ones,
and a damaged file is ignored."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from followup import lazyre
from followup.checker import precompiled

SAMPLES = ["Met with Dr. Ana Ruiz at Acme", "salary 85k-95k", "ÉLODIE o'brien → x", ""]


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("FOLLOWUP_HOME", str(tmp_path))
    monkeypatch.delenv("FOLLOWUP_NO_CACHE", raising=False)
    monkeypatch.setattr(lazyre, "_KEPT", None)
    monkeypatch.setattr(lazyre, "_NEW", {})
    return tmp_path


def test_kept_codes_rebuild_the_same_patterns(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    if not precompiled.ENGINE:
        pytest.skip("this Python's re internals are not the ones precompiled.py reads")
    source, flags = r"(?P<who>\b[A-Z][a-z]+)\s+(?:Ruiz|o'brien)|\d+k", re.I
    first = lazyre.lazy_compile(source, flags)
    assert first.search("x") is None  # compiled now, its code kept for the exit
    lazyre.save()
    files = list((home / "cache").glob("patterns-*.marshal"))
    assert len(files) == 1
    monkeypatch.setattr(lazyre, "_KEPT", None)  # as a new process would
    assert (source, int(flags)) in lazyre._kept()
    again = lazyre.lazy_compile(source, flags)
    plain = re.compile(source, flags)
    assert again.compiled.groupindex == plain.groupindex and again.flags == plain.flags
    for text in SAMPLES:
        assert [m.span() for m in again.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_a_damaged_file_is_ignored(home: Path) -> None:
    folder = home / "cache"
    folder.mkdir()
    path = lazyre._cache_file()
    assert path is not None
    path.write_bytes(b"not marshal at all")
    assert lazyre._kept() == {}
    assert lazyre.lazy_compile(r"\bfoo\b").search("a foo") is not None
