"""Shared fixtures: the default checker, a CLI runner that captures output and exit code."""

from __future__ import annotations

import io
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from followup.checker.engine import Checker
from followup.cli import main
from tests.cassette_rules import VCR_CONFIG, register

REPO = Path(__file__).resolve().parents[1]

# Tests never touch the user's real data or cache folders: everything goes to a temporary
# FOLLOWUP_HOME (set before any test module builds a checker).
os.environ["FOLLOWUP_HOME"] = tempfile.mkdtemp(prefix="followup-tests-")


@pytest.fixture(scope="session")
def checker() -> Checker:
    """The built-in etiquette style with default settings."""
    return Checker.from_settings()


@dataclass
class CliResult:
    """What one CLI run printed and returned."""

    code: int
    out: str
    err: str

    def assert_input_error(self, message: str) -> None:
        """Exit 2 with exactly one stderr line that contains `message`, and no traceback."""
        assert self.code == 2, self.err
        assert message in self.err
        assert self.err.count("\n") == 1 and "Traceback" not in self.err


@pytest.fixture
def cli(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> Iterator[object]:
    """Run `followup ARGS` in-process from tmp_path, with optional stdin bytes."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("FOLLOWUP_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.delenv("FOLLOWUP_BASE_URL", raising=False)

    def run(*args: str, stdin: bytes | None = None) -> CliResult:
        if stdin is not None:
            fake = io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8")
            monkeypatch.setattr("sys.stdin", fake)
        code = main(list(args))
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    yield run


@pytest.fixture(scope="module")
def vcr_config() -> dict[str, object]:
    """Cassettes carry no credentials; requests match on method, URL and body, in order."""
    return dict(VCR_CONFIG)


def pytest_recording_configure(config: pytest.Config, vcr: object) -> None:
    """Register the JSON body matcher (tests/cassette_rules.py)."""
    register(vcr)
