"""codecache.py, the life both files of kept code share (keptcode's dataclass methods and
lazyre's regex codes), and what happens when a cache fails: the class is made, the pattern
compiled and the package imported as without the cache, and nothing is printed at exit."""

from __future__ import annotations

import dataclasses
import os
import re
import subprocess
import sys
from pathlib import Path
from types import CodeType
from typing import Any

import pytest

from followup import keptcode, lazyre
from followup.checker import precompiled
from followup.codecache import CodeCache


class Words(CodeCache[str, int]):
    """A cache of lengths, the smallest subclass: its name, its stamp, its entries' form."""

    def stamp(self) -> str:
        return "words-v1"

    def file_name(self) -> str:
        return f"{self.name}.marshal"

    def fits(self, key: Any, value: Any) -> bool:
        return isinstance(key, str) and isinstance(value, int)


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("FOLLOWUP_HOME", str(tmp_path))
    monkeypatch.delenv("FOLLOWUP_NO_CACHE", raising=False)
    return tmp_path


def test_a_subclass_keeps_reads_and_orders_its_entries(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(Words, "MAX_KEPT", 3)
    first = Words("words")
    assert first.kept() == {}
    for word in ("a", "bb", "ccc"):
        first.keep(word, len(word))
    first.save()
    assert first.new == {}  # written
    path = home / "cache" / "words.marshal"
    assert precompiled.read_file(path, "words-v1") == {"a": 1, "bb": 2, "ccc": 3}
    second = Words("words")
    assert second.kept() == {"a": 1, "bb": 2, "ccc": 3}
    second.used["a"] = None  # used this run: kept after the unused ones
    second.keep("dddd", 4)
    second.save()
    assert list(Words("words").kept()) == ["ccc", "a", "dddd"]  # "bb", the oldest, dropped


def test_another_stamp_or_form_is_no_file(home: Path) -> None:
    path = home / "cache" / "words.marshal"
    path.parent.mkdir()
    precompiled.write_file(path, precompiled.dump({"a": 1}, "words-v0"))
    assert Words("words").kept() == {}
    precompiled.write_file(path, precompiled.dump({"a": "one", "b": 2}, "words-v1"))
    assert Words("words").kept() == {"b": 2}  # the entry of another form left out


def test_no_cache_folder_keeps_nothing_on_disk(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FOLLOWUP_NO_CACHE", "1")
    words = Words("words")
    words.keep("a", 1)
    words.save()
    assert words.path() is None and not (home / "cache").exists()


def test_an_unusable_home_is_no_cache_and_saving_raises_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """FOLLOWUP_HOME naming a file is the command's to report (one line), not a cache's."""
    home = tmp_path / "a-file"
    home.write_text("x")
    monkeypatch.setenv("FOLLOWUP_HOME", str(home))
    words = Words("words")
    assert words.path() is None and words.kept() == {}
    words.keep("a", 1)
    words.save()


def test_a_failing_save_raises_nothing(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*_: object) -> bytes:
        raise RuntimeError("cannot dump")

    monkeypatch.setattr(precompiled, "dump", fail)
    words = Words("words")
    words.keep("a", 1)
    words.save()  # at exit: no traceback, the next run compiles again
    assert words.new == {"a": 1}


# -- keptcode: a failing cache makes the class as `exec` would --------------------------------


def test_dataclasses_work_when_the_kept_code_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []

    def fail(source: str) -> CodeType:
        asked.append(source)
        raise RuntimeError("the cache broke")

    monkeypatch.setattr(keptcode.KEPT, "code", fail)
    monkeypatch.setitem(vars(dataclasses), "exec", keptcode._exec)

    @dataclasses.dataclass(frozen=True, order=True)
    class Point:
        x: int
        y: int = 2

    assert asked  # the methods' texts went to the failing cache first
    assert repr(Point(1)).endswith("Point(x=1, y=2)")
    assert Point(1) < Point(1, 3) and Point(1) == Point(1)


def test_a_write_with_a_broken_dataclass_cache_gives_the_same_drafts(tmp_path: Path) -> None:
    """A kept-code file that loads but whose every entry is wrong in form: ignored."""
    notes = Path(__file__).resolve().parents[1] / "examples" / "notes-frontmatter.md"
    env = {k: v for k, v in os.environ.items() if k not in ("OPENAI_API_KEY", "FOLLOWUP_BASE_URL")}
    env["FOLLOWUP_HOME"] = str(tmp_path)
    env.pop("FOLLOWUP_NO_CACHE", None)
    run = [sys.executable, "-m", "followup", "write", str(notes), "--today", "2026-11-25"]
    first = subprocess.run(run, capture_output=True, text=True, env=env, check=False)
    path = next((tmp_path / "cache").glob("dataclass-code*.marshal"))
    kept = precompiled.read_file(path, keptcode._STAMP)
    assert kept
    precompiled.write_file(path, precompiled.dump(dict.fromkeys(kept, 1), keptcode._STAMP))
    again = subprocess.run(run, capture_output=True, text=True, env=env, check=False)
    assert first.returncode == again.returncode == 0, again.stderr
    assert again.stdout == first.stdout and "Traceback" not in again.stderr


# -- lazyre.kept_compiles: a failing cache imports as usual -----------------------------------


def test_kept_compiles_falls_back_when_the_codes_fail(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = re.compile
    codes = lazyre.KeptCodes("test-failing")

    def fail(key: object) -> re.Pattern[str]:
        raise RuntimeError("the cache broke")

    monkeypatch.setattr(codes, "_compile", fail)
    with lazyre.kept_compiles(codes):
        made = re.compile(r"\d+(?P<x>[a-z])", re.I)
        with pytest.raises(re.error):
            re.compile("(unclosed")  # a bad pattern is still the pattern's error
    assert re.compile is original
    assert made == original(r"\d+(?P<x>[a-z])", re.I)


def test_kept_compiles_falls_back_when_the_file_cannot_be_read(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = re.compile
    codes = lazyre.KeptCodes("test-unreadable")

    def fail() -> dict[Any, Any]:
        raise RuntimeError("cannot read")

    monkeypatch.setattr(codes, "kept", fail)
    with lazyre.kept_compiles(codes):
        assert re.compile is original  # nothing swapped
        made = re.compile(r"[^\t\n\r -~]")
    assert made == original(r"[^\t\n\r -~]") and re.compile is original
