"""The style cache's compiled patterns: rebuilt, each equals what re.compile builds; a later
run uses them; a damaged or foreign file is ignored and the patterns compile as usual."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from followup.checker import precompiled
from followup.checker.patterns import compiled_entries, fast_form
from followup.checker.styles import DEFAULT_STYLE, load_style

if not precompiled.ENGINE:  # pragma: no cover - another Python: nothing is precompiled
    pytest.skip("this Python's regex internals are not used", allow_module_level=True)


def test_every_rebuilt_pattern_equals_re_compile() -> None:
    rules = load_style(DEFAULT_STYLE)
    sets = [ps for rule in rules for ps in rule.pattern_sets()]
    entries = compiled_entries(sets)
    assert len(entries) > 500
    for (pattern, flags), (fast, fast_flags, lead, code) in entries.items():
        assert (fast, fast_flags, lead) == fast_form(pattern, flags)
        rebuilt = precompiled.rebuild(fast, code)
        # Pattern objects compare by pattern, flags and the engine's code.
        assert rebuilt == re.compile(fast, fast_flags), pattern
        assert rebuilt is not None and rebuilt.groupindex == re.compile(fast, fast_flags).groupindex


def test_a_pattern_set_takes_its_fast_forms_from_the_registry() -> None:
    (ps, *_) = [ps for rule in load_style(DEFAULT_STYLE) for ps in rule.pattern_sets()]
    fast, flags, lead = fast_form(ps.patterns[0], ps.flags)
    assert precompiled.lookup(ps.patterns[0], int(ps.flags)) is not None
    assert ps.fast_regex(0) == (re.compile(fast, flags), lead)


def test_damaged_or_foreign_files_are_ignored() -> None:
    entries = {("a+b", 0): ("a+b", 0, None, precompiled.code_for("a+b", 0))}
    good = precompiled.dump(entries, "stamp")  # type: ignore[arg-type]
    assert not precompiled.register(good, "another stamp")
    assert not precompiled.register(b"not marshal data", "stamp")
    assert not precompiled.register(good[: len(good) // 2], "stamp")
    flipped = bytearray(good)
    flipped[-5] ^= 0x01  # a damaged byte in the code itself: the checksum catches it
    assert not precompiled.register(bytes(flipped), "stamp")
    assert precompiled.register(good, "stamp")
    code = precompiled.code_for("a+b", 0)
    assert code is not None
    broken = (*code[:4], b"\x07\x00\x00\x00" * 3)
    assert precompiled.rebuild("a+b", broken) is None  # the engine refuses malformed code


def test_a_later_run_reads_the_compiled_patterns_instead_of_compiling(tmp_path: Path) -> None:
    draft = tmp_path / "d.txt"
    draft.write_text("Hi Sam, I really need this job. Please let me know by Friday.\n", "utf-8")
    # fast_form is what a pattern set calls to compile a fast form it has no entry for (and
    # what building the cache calls for every pattern).
    probe = (
        "import sys; from followup.checker import patterns; calls = [];"
        "real = patterns.fast_form;"
        "patterns.fast_form = lambda *a: calls.append(a) or real(*a);"
        "from followup import fastpath; fastpath.main([sys.argv[1]]);"
        "print('COMPILED', len(calls))"
    )
    env = {**os.environ, "FOLLOWUP_HOME": str(tmp_path / "home")}
    runs = [
        subprocess.run(
            [sys.executable, "-c", probe, str(draft)],
            capture_output=True,
            text=True,
            env=env,
            check=False,
        ).stdout
        for _ in range(2)
    ]
    assert all("etiquette." in out for out in runs), runs
    first, second = (int(out.rsplit("COMPILED ", 1)[1]) for out in runs)
    assert first > 500  # the first run compiles every pattern for the cache
    assert second == 0  # the next one compiles none
