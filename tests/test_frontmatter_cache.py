"""The parsed-front-matter cache (frontmatter.py): a cached read gives exactly what PyYAML
gives, values JSON cannot hold exactly are never cached, a broken cache file is only a
miss, and a warm `followup write` imports no YAML."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from followup import frontmatter
from followup.frontmatter import split_front_matter
from tests.conftest import REPO
from tests.processes import loaded, loaded_probe, run_followup


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("FOLLOWUP_HOME", str(tmp_path))
    monkeypatch.delenv("FOLLOWUP_NO_CACHE", raising=False)
    monkeypatch.setattr(frontmatter, "_OPEN", {})  # a fresh process: nothing read yet
    return tmp_path


def read_twice(text: str, monkeypatch: pytest.MonkeyPatch) -> tuple[object, object]:
    first = split_front_matter(text, "n.md")
    monkeypatch.setattr(frontmatter, "_OPEN", {})  # the next process reads the file
    monkeypatch.setattr(frontmatter, "_parse", fail_parse)
    return first, split_front_matter(text, "n.md")


def fail_parse(block: str, source: str) -> dict[str, object]:
    raise AssertionError("parsed with YAML, not read from the cache")


NOTES = (
    "---\n"
    "candidate: Sam Rivera\n"
    "interview_date: 2026-11-24\n"
    "met: 2026-11-24 09:30:00\n"
    "ratio: 0.5\n"
    "count: 3\n"
    "remote: yes\n"
    "missing:\n"
    "interviewers:\n"
    "  - name: Maria Chen\n"
    "    topics: [churn, 'dashboards: weekly']\n"
    "  - Ana Lima\n"
    "1999: a number key\n"
    "---\n"
    "Body text.\n"
)


def test_a_cached_read_equals_the_yaml_read(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first, second = read_twice(NOTES, monkeypatch)
    assert first == second
    data, offset = first
    assert NOTES[offset:] == "Body text.\n"
    assert data["interview_date"] == dt.date(2026, 11, 24)
    assert type(data["interview_date"]) is dt.date
    assert data["met"] == dt.datetime(2026, 11, 24, 9, 30)
    assert data["remote"] is True and data["missing"] is None and data["1999"] == "a number key"
    assert data["interviewers"][0] == {
        "name": "Maria Chen",
        "topics": ["churn", "dashboards: weekly"],
    }
    assert [type(v) for v in second[0].values()] == [type(v) for v in data.values()]


@pytest.mark.parametrize(
    "value",
    [
        "2026-11-24 09:30:00+02:00",  # a date-time with a time zone
        "!!binary aGVsbG8=",
        "!!set {a, b}",
        "{'$date': 2026-11-24}",  # a key the cache uses as a tag
        "{2: two}",  # a nested key that is not a string
        ".nan",
    ],
)
def test_values_json_cannot_hold_are_parsed_every_time(
    home: Path, monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    text = f"---\nx: {value}\n---\nBody.\n"
    first = split_front_matter(text, "n.md")
    cache = home / "cache" / "front-matter.json"
    assert not cache.exists() or json.loads(cache.read_text())["entries"] == {}
    monkeypatch.setattr(frontmatter, "_OPEN", {})
    again = split_front_matter(text, "n.md")
    assert repr(again) == repr(first)


def test_errors_are_never_cached(home: Path) -> None:
    bad = "---\ncompany: [Acme\n---\nhello\n"
    for _ in range(2):
        with pytest.raises(Exception, match="malformed front matter"):
            split_front_matter(bad, "n.md")
    assert not (home / "cache" / "front-matter.json").exists()


def test_a_broken_or_old_cache_file_is_a_miss(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = home / "cache" / "front-matter.json"
    cache.parent.mkdir(parents=True)
    for broken in ("not json", "[1, 2]", '{"format": 0, "entries": {}}'):
        cache.write_text(broken, encoding="utf-8")
        monkeypatch.setattr(frontmatter, "_OPEN", {})
        assert split_front_matter(NOTES, "n.md")[0]["candidate"] == "Sam Rivera"
        assert json.loads(cache.read_text())["format"] == frontmatter.CACHE_FORMAT  # rewritten


def test_the_cache_keeps_the_newest_entries(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(frontmatter, "CACHE_ENTRIES", 3)
    for n in range(5):
        split_front_matter(f"---\nn: {n}\n---\n", "n.md")
    entries = json.loads((home / "cache" / "front-matter.json").read_text())["entries"]
    assert [e["n"] for e in entries.values()] == [2, 3, 4]


def test_no_cache_when_caching_is_off(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FOLLOWUP_NO_CACHE", "1")
    assert split_front_matter(NOTES, "n.md")[0]["candidate"] == "Sam Rivera"
    assert not (home / "cache").exists()


def test_a_warm_offline_write_imports_no_yaml_and_no_history_store(tmp_path: Path) -> None:
    """Nor hashlib: the cache's key is the YAML text itself (hashlib loads OpenSSL)."""
    probe = loaded_probe("yaml", "sqlite3", "typer", "langchain_core", "openai", "httpx")
    warm_probe = loaded_probe(
        "yaml", "sqlite3", "typer", "langchain_core", "openai", "httpx", "hashlib"
    )
    args = ["write", str(REPO / "examples" / "notes-frontmatter.md"), "--today", "2026-11-25"]
    first, second = (run_followup(code, *args, home=tmp_path) for code in (probe, warm_probe))
    assert first.stdout == second.stdout and "=== To: Maria Chen" in second.stdout
    assert loaded(first) == "LOADED ['yaml']"  # the first read parses the YAML
    assert loaded(second) == "LOADED []", second.stderr  # no sent history: no sqlite3 either
