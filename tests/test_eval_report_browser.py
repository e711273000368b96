"""report.html in a real browser: headless Chromium renders the report of an offline run over
eval/cases, and the summary numbers it shows are those of results.json.

Chromium is Debian's `chromium` package (.ci/run installs it when apt-get is there); the test
is skipped, saying why, on a machine without it. The page is opened from a file:// URL with
Chromium's background networking, component updates and sync turned off.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import REPO

CHROMIUM = next(
    (shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome") if shutil.which(n)),
    None,
)
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None,
    reason="headless Chromium is not installed (Debian: apt-get install chromium; .ci/run "
    "installs it where apt-get is available)",
)


class Page(HTMLParser):
    """The numbers a page shows: text of data-metric and data-assertion elements, the
    visible-case counter, and every attribute that could fetch something."""

    def __init__(self) -> None:
        super().__init__()
        self.metrics: dict[str, str] = {}
        self.assertions: dict[str, str] = {}
        self.shown: str | None = None
        self.fetches: list[str] = []
        self.styles: list[str] = []
        self._open: list[tuple[str, str, str]] = []  # (tag, kind, key) being read
        self._text: dict[tuple[str, str], str] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        for name in ("src", "href", "srcset", "poster", "data"):
            if name in a and not a[name].startswith("#"):
                self.fetches.append(f"<{tag} {name}={a[name]!r}>")
        if tag == "link":
            self.fetches.append(f"<link {a}>")
        if "data-metric" in a:
            self._open.append((tag, "metric", a["data-metric"]))
        elif "data-assertion" in a:
            self._open.append((tag, "assertion", a["data-assertion"]))
        elif a.get("id") == "shown":
            self._open.append((tag, "shown", ""))
        elif tag == "style":
            self._open.append((tag, "style", ""))

    def handle_data(self, data: str) -> None:
        for _, kind, key in self._open:
            self._text[(kind, key)] = self._text.get((kind, key), "") + data

    def handle_endtag(self, tag: str) -> None:
        if self._open and self._open[-1][0] == tag:
            _, kind, key = self._open.pop()
            text = self._text.pop((kind, key), "").strip()
            if kind == "metric":
                self.metrics[key] = text
            elif kind == "assertion":
                self.assertions[key] = text
            elif kind == "shown":
                self.shown = text
            else:
                self.styles.append(text)


def rendered(url: str, profile: Path) -> Page:
    """The DOM Chromium built for the page after its script ran."""
    assert CHROMIUM is not None
    done = subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--no-first-run",
            "--disable-sync",
            f"--user-data-dir={profile}",
            "--dump-dom",
            url,
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0 and "followup eval" in done.stdout, done.stderr[-2000:]
    page = Page()
    page.feed(done.stdout)
    return page


@pytest.fixture(scope="module")
def run_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An offline run over eval/cases compared with eval/baseline."""
    from followup.evaluation.session import EvalOptions, run_eval

    home = tmp_path_factory.mktemp("home")
    options = EvalOptions(
        paths=[REPO / "eval" / "cases"],
        out=home / "run",
        baseline=REPO / "eval" / "baseline",
        min_pass=0,
    )
    return run_eval(options, home).folder


@needs_chromium
def test_the_summary_chromium_shows_is_the_summary_in_results_json(
    run_folder: Path, tmp_path: Path
) -> None:
    document = json.loads((run_folder / "results.json").read_text(encoding="utf-8"))
    summary: dict[str, Any] = document["summary"]
    page = rendered((run_folder / "report.html").as_uri() + "#show=failed", tmp_path)

    assert float(page.metrics["pass_rate"].rstrip("%")) == pytest.approx(
        summary["pass_rate"] * 100, abs=0.05
    )
    for metric in ("cases", "passed", "failed", "refused", "errors", "model_calls"):
        assert int(page.metrics[metric].replace(",", "")) == summary[metric], metric
    tokens = summary["prompt_tokens"] + summary["completion_tokens"]
    assert int(page.metrics["tokens"].replace(",", "")) == tokens
    assert int(page.metrics["regressed"]) == len(document["baseline"]["regressed"])
    assert set(page.assertions) == set(summary["assertions"])
    for name, tally in summary["assertions"].items():
        assert page.assertions[name] == f"{tally['passed']}/{tally['passed'] + tally['failed']}"
    # The script ran in the browser and applied the filter in the URL.
    assert page.shown == f"{summary['failed']} of {summary['cases']} cases"


def test_the_report_fetches_nothing(run_folder: Path) -> None:
    page = Page()
    page.feed((run_folder / "report.html").read_text(encoding="utf-8"))
    assert page.fetches == []
    assert page.styles and not any("url(" in s or "@import" in s for s in page.styles)
