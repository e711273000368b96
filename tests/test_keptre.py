"""keptre: each function gives exactly what the re module's function of the same name gives,
for pattern texts (through the kept codes) and for compiled patterns alike; the lint path
never imports it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from followup import keptre, lazyre
from tests.conftest import REPO
from tests.processes import loaded, loaded_probe, run_followup

PATTERNS = [
    (r"(?P<w>\b[a-z]+)\s+about\s+(?P<x>[^,.]+)", re.I),
    (r"^\s*[-*]\s*", re.M),
    (r"[,;]\s*|\s+--\s+", 0),
    (r"(\d+)k", 0),
    (r"\bI'd\b", 0),
    (r"", 0),
]
TEXTS = [
    "She asked about churn, then we talked about ONBOARDING.",
    "- one\n* two\n  - three",
    "a, b; c -- d",
    "salary 85k-95k, 120k",
    "I'd say I'd",
    "",
]


@pytest.fixture(autouse=True)
def fresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FOLLOWUP_HOME", str(tmp_path))
    monkeypatch.setattr(lazyre, "CALLS", lazyre.KeptCodes(lazyre.CALLS.name))


@pytest.mark.parametrize(("source", "flags"), PATTERNS)
def test_every_function_answers_as_the_re_module(source: str, flags: int) -> None:
    def spans(matches: object) -> object:
        if isinstance(matches, re.Match):
            return (matches.span(), matches.groups())
        return matches

    for given in (source, re.compile(source, flags)):
        f = 0 if isinstance(given, re.Pattern) else flags
        for text in TEXTS:
            for name in ("search", "match", "fullmatch"):
                got = getattr(keptre, name)(given, text, f)
                assert spans(got) == spans(getattr(re, name)(given, text, f)), (name, text)
            assert keptre.findall(given, text, f) == re.findall(given, text, f)
            assert [m.span() for m in keptre.finditer(given, text, f)] == [
                m.span() for m in re.finditer(given, text, f)
            ]
            assert keptre.split(given, text, 1, f) == re.split(given, text, maxsplit=1, flags=f)
            assert keptre.split(given, text, flags=f) == re.split(given, text, flags=f)
            assert keptre.sub(given, "#", text, 1, f) == re.sub(given, "#", text, count=1, flags=f)
            assert keptre.subn(given, lambda m: m.group().upper(), text, flags=f) == re.subn(
                given, lambda m: m.group().upper(), text, flags=f
            )
        assert keptre.compile(given, f) == re.compile(given, f)


def test_the_re_modules_own_names() -> None:
    assert keptre.I is re.I and keptre.escape is re.escape and keptre.error is re.error
    with pytest.raises(re.error):
        keptre.search("(", "x")
    with pytest.raises(ValueError):
        keptre.search(re.compile("x"), "x", re.I)  # as re: no flags with a compiled pattern


def test_a_lint_run_never_reads_the_writers_call_patterns(tmp_path: Path) -> None:
    args = ["write", str(REPO / "examples" / "notes-frontmatter.md"), "--today", "2026-11-25"]
    assert run_followup(loaded_probe(), *args, home=tmp_path).returncode == 0
    assert list((tmp_path / "cache").glob("call-patterns-*.marshal"))  # the write kept them
    probe = loaded_probe("followup.keptre", "followup.notes", "followup.writer").replace(
        "atexit.register(report)",
        "atexit.register(report)\n"
        "from followup import lazyre\n"
        "atexit.register(lambda: print('READ', lazyre.CALLS._kept is not None, file=sys.stderr))",
    )
    done = run_followup(probe, "lint", str(REPO / "examples" / "draft-clean.txt"), home=tmp_path)
    assert done.returncode == 0, done.stderr
    assert loaded(done) == "LOADED []"
    assert "READ False" in done.stderr
