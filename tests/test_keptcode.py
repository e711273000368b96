"""keptcode.py: the methods `dataclasses` writes, compiled once and kept in the cache folder;
a class made from kept code behaves as one made by compiling, and a bad file is no file."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
from pathlib import Path

import pytest

from followup import keptcode

# A child process: make a few dataclasses with keptcode installed, and report how their
# methods behave and what the cache gave (kept texts used, new texts compiled).
CHILD = """
import dataclasses, json, sys
from followup import keptcode
keptcode.install()

@dataclasses.dataclass(frozen=True, order=True)
class Point:
    x: int
    y: int = 2
    tags: list = dataclasses.field(default_factory=list, compare=False)

@dataclasses.dataclass(slots=True)
class Named:
    name: str
    size: float = 1.5

p, q = Point(1), Point(1, 3, ["a"])
out = {
    "repr": [repr(p), repr(q), repr(Named("n"))],
    "eq": [p == Point(1), p < q, Named("n") == Named("n"), Named("n") == Named("m")],
    "hash": hash(p) == hash(Point(1)),
    "used": len(keptcode.KEPT.used),
    "new": len(keptcode.KEPT.new),
}
print(json.dumps(out))
"""


def _child(home: Path, **env: str) -> dict[str, object]:
    import os

    environ = {**os.environ, "FOLLOWUP_HOME": str(home), **env}
    done = subprocess.run(
        [sys.executable, "-c", CHILD], env=environ, capture_output=True, text=True, check=True
    )
    result: dict[str, object] = json.loads(done.stdout)
    return result


def test_second_run_uses_kept_code_and_classes_behave_the_same(tmp_path: Path) -> None:
    first = _child(tmp_path)
    files = list((tmp_path / "cache").glob("dataclass-code*.marshal"))
    assert len(files) == 1
    second = _child(tmp_path)
    assert first["new"] and not first["used"]
    assert second["used"] == first["new"] and second["new"] == 0
    plain = _child(tmp_path, FOLLOWUP_NO_CACHE="1")  # compiled, nothing kept or read
    assert plain["used"] == 0
    for key in ("repr", "eq", "hash"):
        assert first[key] == second[key] == plain[key]
    assert first["repr"] == [
        "Point(x=1, y=2, tags=[])",
        "Point(x=1, y=3, tags=['a'])",
        ("Named(name='n', size=1.5)"),
    ]
    assert first["eq"] == [True, True, True, False]


def test_a_damaged_file_is_no_file(tmp_path: Path) -> None:
    _child(tmp_path)
    path = next((tmp_path / "cache").glob("dataclass-code*.marshal"))
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))
    again = _child(tmp_path)
    assert again["used"] == 0 and again["new"]  # compiled afresh, and the file rewritten
    assert _child(tmp_path)["used"] == again["new"]


def test_kept_code_is_what_exec_compiles(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("FOLLOWUP_HOME", str(tmp_path))
    kept = keptcode.KeptCode("test-code")
    source = "def __create_fn__(x):\n def f(self):\n  return x\n return f"
    code = kept.code(source)
    assert code == compile(source, "<string>", "exec", dont_inherit=True)
    assert kept.code(source) is code  # once per process
    kept.save()
    again = keptcode.KeptCode("test-code")
    assert again.code(source) == code and source in again.used


def test_install_routes_only_dataclasses_exec() -> None:
    keptcode.install()
    assert vars(dataclasses)["exec"] is keptcode._exec
    assert exec is not keptcode._exec  # the builtin itself is untouched
