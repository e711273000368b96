"""The compiled codes lazyre keeps between runs: rebuilt patterns behave as compiled ones, a
damaged or old file is ignored and written afresh, the file keeps the most recently used
codes, and a warm write compiles none of the writer's patterns."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from followup import lazyre
from followup.checker import precompiled
from tests.conftest import REPO
from tests.processes import ENTRY

SAMPLES = ["Met with Dr. Ana Ruiz at Acme", "salary 85k-95k", "ÉLODIE o'brien → x", ""]


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("FOLLOWUP_HOME", str(tmp_path))
    monkeypatch.delenv("FOLLOWUP_NO_CACHE", raising=False)
    new_process(monkeypatch)
    return tmp_path


def new_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """lazyre as a new process finds it: nothing compiled, the files not yet read."""
    monkeypatch.setattr(lazyre, "LAZY", lazyre.KeptCodes(lazyre.LAZY.name))
    monkeypatch.setattr(lazyre, "CALLS", lazyre.KeptCodes(lazyre.CALLS.name))


def test_kept_codes_rebuild_the_same_patterns(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    if not precompiled.ENGINE:
        pytest.skip("this Python's re internals are not the ones precompiled.py reads")
    source, flags = r"(?P<who>\b[A-Z][a-z]+)\s+(?:Ruiz|o'brien)|\d+k", re.I
    first = lazyre.lazy_compile(source, flags)
    assert first.search("x") is None  # compiled now, its code kept for the exit
    lazyre.LAZY.save()
    files = list((home / "cache").glob("patterns-*.marshal"))
    assert len(files) == 1
    new_process(monkeypatch)
    assert (source, int(flags)) in lazyre.LAZY.kept()
    again = lazyre.lazy_compile(source, flags)
    plain = re.compile(source, flags)
    assert again.compiled.groupindex == plain.groupindex and again.flags == plain.flags
    for text in SAMPLES:
        assert [m.span() for m in again.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_a_damaged_file_is_ignored(home: Path) -> None:
    folder = home / "cache"
    folder.mkdir()
    path = lazyre.LAZY.path()
    assert path is not None
    path.write_bytes(b"not marshal at all")
    assert lazyre.LAZY.kept() == {}
    assert lazyre.lazy_compile(r"\bfoo\b").search("a foo") is not None


needs_engine = pytest.mark.skipif(not precompiled.ENGINE, reason="re internals not the ones read")


@needs_engine
@pytest.mark.parametrize(
    "damage",
    [
        b"not marshal at all",
        b"",
        "old",  # the format before the shared loader: (engine, checksum, payload)
        "flipped",  # a damaged byte in the codes: the checksum catches it
    ],
)
def test_a_damaged_or_old_file_is_written_afresh(
    home: Path, monkeypatch: pytest.MonkeyPatch, damage: bytes | str
) -> None:
    import marshal
    import zlib

    source = r"\b(?P<w>foo|bar)\b"
    path = lazyre.LAZY.path()
    assert path is not None
    path.parent.mkdir()
    entries = {(source, 0): precompiled.code_for(source, 0)}
    if damage == "old":
        payload = marshal.dumps(entries)
        damage = marshal.dumps((precompiled.ENGINE, zlib.crc32(payload), payload))
    elif damage == "flipped":
        good = bytearray(precompiled.dump(entries, lazyre.LAZY.name))
        good[-6] ^= 0x01
        damage = bytes(good)
    assert isinstance(damage, bytes)
    path.write_bytes(damage)
    assert lazyre.LAZY.kept() == {}
    assert lazyre.lazy_compile(source).search("a bar") is not None  # compiled as usual
    lazyre.LAZY.save()  # at exit
    new_process(monkeypatch)
    assert set(lazyre.LAZY.kept()) == {(source, 0)}
    assert precompiled.read_file(path, lazyre.LAZY.name) == lazyre.LAZY.kept()


@needs_engine
def test_the_file_keeps_the_most_recently_used_codes(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(lazyre.KeptCodes, "MAX_KEPT", 3)
    for source in ("a1", "a2", "a3"):
        lazyre.LAZY.compile(source)
    lazyre.LAZY.save()
    new_process(monkeypatch)
    lazyre.LAZY.compile("a1")  # rebuilt from the file: used this run
    lazyre.LAZY.compile("b1")  # new
    lazyre.LAZY.save()
    new_process(monkeypatch)
    assert [key for key, _ in lazyre.LAZY.kept().items()] == [("a3", 0), ("a1", 0), ("b1", 0)]


@needs_engine
def test_a_first_compile_equals_re_compile(home: Path) -> None:
    """A pattern with no kept code is built from its code (parsed once): the same object
    re.compile gives, its code kept for the exit."""
    source, flags = r"(?P<who>\b[A-Z][a-z]+)(?:\s+(?P=who))?|[\u00c0-\u017f]+\d{2,}", re.I | re.M
    built = lazyre.LAZY.compile(source, flags)
    assert built == re.compile(source, flags)
    assert built.groupindex == re.compile(source, flags).groupindex
    assert (source, int(flags)) in lazyre.LAZY.new
    assert lazyre.LAZY.compile(source, flags) is built  # once per process


def test_a_bad_pattern_raises_re_error(home: Path) -> None:
    with pytest.raises(re.error):
        lazyre.LAZY.compile(r"(unclosed")


# A probe: run the entry point, counting the patterns lazyre had to compile (code_for is what
# it calls for a pattern with no kept code).
PROBE = (
    "import sys; from followup.checker import precompiled; calls = [];"
    "real = precompiled.code_for;"
    "precompiled.code_for = lambda *a, **k: calls.append(a) or real(*a, **k);"
    "import atexit; atexit.register(lambda: print('COMPILED', len(calls), file=sys.stderr));"
    + ENTRY
)


@needs_engine
def test_a_warm_write_compiles_none_of_the_writers_patterns(tmp_path: Path) -> None:
    notes = REPO / "examples" / "notes-frontmatter.md"
    env = {k: v for k, v in os.environ.items() if k not in ("OPENAI_API_KEY", "FOLLOWUP_BASE_URL")}
    env["FOLLOWUP_HOME"] = str(tmp_path)
    env.pop("FOLLOWUP_NO_CACHE", None)
    counts, outputs = [], []
    for seed in ("1", "2", "3"):  # a set's order changes with the hash seed
        done = subprocess.run(
            [sys.executable, "-c", PROBE, "write", str(notes), "--today", "2026-11-25"],
            capture_output=True,
            text=True,
            env={**env, "PYTHONHASHSEED": seed},
            check=False,
        )
        assert done.returncode == 0, done.stderr
        counts.append(int(done.stderr.rsplit("COMPILED ", 1)[1]))
        outputs.append(done.stdout)
    assert counts[0] > 100  # the first write compiles the reader's and the writer's patterns
    assert counts[1:] == [0, 0]  # the next ones rebuild every one of them from the file
    assert outputs[0] == outputs[1] == outputs[2]


def test_a_process_keeps_at_most_max_compiled_patterns(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(lazyre.KeptCodes, "MAX_COMPILED", 2)
    for source in ("x1", "x2", "x3"):
        assert lazyre.LAZY.compile(source).pattern == source
    assert list(lazyre.LAZY.compiled) == [("x2", 0), ("x3", 0)]  # the oldest dropped
    assert lazyre.LAZY.compile("x1").search("ax1") is not None  # built again when asked


def test_kept_compiles_rebuilds_an_imported_package_patterns(home: Path) -> None:
    """PyYAML's module-level patterns, compiled under kept_compiles, are re.compile's own;
    re.compile is the module's own again afterwards, even after an error."""
    import importlib

    codes = lazyre.KeptCodes("test-imports")
    sources = [(r"^(?:yes|Yes|YES|no|No|NO)$", re.X), ("[^\t\n\r -~\x85]", 0), (r"\d+", re.I)]
    original = re.compile
    with lazyre.kept_compiles(codes):
        assert re.compile is not original
        made = [re.compile(s, f) for s, f in sources]
        assert re.compile(b"bytes") == original(b"bytes")  # not a text: the module's own
    assert re.compile is original
    for pattern, (source, flags) in zip(made, sources, strict=True):
        assert pattern == original(source, flags)
    with pytest.raises(re.error), lazyre.kept_compiles(codes):
        re.compile("(unclosed")
    assert re.compile is original
    reader = importlib.import_module("followup.yamlio").yaml.reader  # under kept_compiles
    printable = reader.Reader.NON_PRINTABLE
    assert original(printable.pattern) == printable


def test_yaml_imported_first_in_a_process_with_the_user_cache_folder(tmp_path: Path) -> None:
    """Without FOLLOWUP_HOME the cache folder comes from platformdirs, imported to find it;
    platformdirs compiles patterns of its own at import. Imported first under kept_compiles
    (as `followup eval --lint` does), it once asked for the folder again half imported and
    every such command ended in an ImportError traceback."""
    env = {k: v for k, v in os.environ.items() if k not in ("FOLLOWUP_HOME", "FOLLOWUP_NO_CACHE")}
    env["XDG_CACHE_HOME"] = str(tmp_path / "cache")
    env["HOME"] = str(tmp_path)
    code = "import followup.yamlio as y, platformdirs; print(y.load_yaml('a: 1'))"
    for _ in range(2):  # the first run writes the file, the second reads it
        done = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False
        )
        assert done.returncode == 0, done.stderr
        assert done.stdout.strip() == "{'a': 1}"
