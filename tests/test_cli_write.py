"""`followup write` and `followup new` end to end (offline writer), and their bad inputs."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import REPO

FRONT = str(REPO / "examples" / "notes-frontmatter.md")
FREE = str(REPO / "examples" / "notes-freetext.txt")
FACT_FLAGS = ("--company", "Acme", "--role", "Designer", "--me", "Sam Rivera")


def test_offline_thank_you_notes(cli: Any) -> None:
    r = cli("write", FRONT, "--today", "2026-11-25")
    assert r.code == 0
    assert r.err.strip().splitlines() == [
        "Writing a thank-you: the interview was yesterday (pass --kind to choose another).",
        "Using the offline writer (no model configured; set OPENAI_API_KEY or --base-url).",
    ]
    assert r.out.count("| thank-you | ready ===") == 2
    assert "Hi Maria," in r.out and "Hello Devon," in r.out


def test_json_output(cli: Any) -> None:
    r = cli("write", FREE, "--format", "json", "--today", "2026-11-21")
    doc = json.loads(r.out)
    assert doc["writer"] == "offline"
    assert [d["to"] for d in doc["drafts"]] == ["Priya Nair", "Tom Becker"]
    assert all(d["blocked"] is False and d["subject"] for d in doc["drafts"])
    assert [d["status"] for d in doc["drafts"]] == ["ready", "ready"]


def test_eml_drafts_never_overwrite(cli: Any, tmp_path: Path) -> None:
    out = tmp_path / "drafts"
    out.mkdir()
    (out / "thank-you-maria-chen.eml").write_text("mine", encoding="utf-8")
    r = cli("write", FRONT, "--eml", str(out), "--today", "2026-11-25")
    assert r.code == 0
    assert (out / "thank-you-maria-chen.eml").read_text(encoding="utf-8") == "mine"
    eml = (out / "thank-you-maria-chen-1.eml").read_text(encoding="utf-8")
    assert "To: Maria Chen <maria.chen@northwind.example>" in eml and "X-Unsent: 1" in eml
    assert (out / "thank-you-devon-park.eml").exists()


def test_stdin_and_flags_for_missing_facts(cli: Any) -> None:
    notes = b"Talked with Ana Lima (Design Lead) about the onboarding flow redesign.\n"
    r = cli("write", "-", stdin=notes)
    assert r.code == 2
    assert r.err.strip().endswith(
        "the notes do not say: company, role, candidate; pass --company, --role, --me"
    )
    r = cli("write", "-", *FACT_FLAGS, stdin=notes)
    assert r.code == 0 and "Hi Ana," in r.out


def test_check_in_with_share(cli: Any) -> None:
    share = "https://example.org/churn Churn benchmarks 2026"
    r = cli("write", FRONT, "--kind", "check-in", "--share", share, "--today", "2026-12-20")
    assert r.code == 0 and "No response is necessary." in r.out
    r = cli("write", FRONT, "--kind", "check-in", "--today", "2026-12-20")
    assert r.code == 2 and "--share" in r.err


def test_a_shared_link_is_not_private_when_the_notes_end_with_a_private_section(
    cli: Any, tmp_path: Path
) -> None:
    # the shared title and link are the candidate's own words for the message: a closing
    # "## Private" section of the notes must not take them in
    notes = tmp_path / "n.md"
    notes.write_text(
        Path(FRONT).read_text(encoding="utf-8").rstrip()
        + "\n\n## Private\nThey hinted the range is $70-75k.\n",
        encoding="utf-8",
    )
    share = "https://example.org/funding-outlook Funding outlook for 2027"
    r = cli("write", str(notes), "--kind", "check-in", "--share", share, "--today", "2026-12-20")
    assert r.code == 0, r.out + r.err
    assert "Funding outlook for 2027" in r.out and "private-leak" not in r.out
    assert "70-75k" not in r.out


def test_show_prompt_calls_nothing(cli: Any) -> None:
    r = cli("write", FRONT, "--kind", "inquiry", "--show-prompt", "--today", "2026-12-10")
    assert r.code == 0
    assert "=== prompt: inquiry (system) ===" in r.out and "<notes>" in r.out


def test_model_failure_is_exit_3(cli: Any) -> None:
    # Nothing listens on this loopback port: the connection is refused at once.
    r = cli(
        "write",
        FRONT,
        "--base-url",
        "http://127.0.0.1:9/v1",
        "--retries",
        "0",
        "--timeout",
        "2",
        "--no-cache",
        "--today",
        "2026-11-25",
    )
    assert r.code == 3
    assert "the model did not answer: could not connect" in r.err
    assert "Traceback" not in r.err


BAD_NOTES = [
    ("empty", b"", "is empty"),
    ("binary", b"\x00\x01\x02 PNG", "binary"),
    ("huge", b"notes " * 200_000, "too large"),
    ("latin1", "r\xe9sum\xe9".encode("latin-1"), "not valid UTF-8"),
    ("frontmatter", b"---\ncompany: [Acme\n---\nhello\n", "malformed front matter"),
    ("bad-date", b"---\ninterview_date: 2026-13-45\n---\nhello\n", "month must be in 1..12"),
    ("not-a-person", b"---\ninterviewers:\n  - 42\n---\nhello\n", "interviewers[0]: Input"),
    (
        "no-interviewer",
        b"---\ncompany: Acme\nrole: Designer\ncandidate: Sam\n---\nGood chat.\n",
        "the notes do not say: interviewer; pass --to",
    ),
    (
        "spanish",
        "Entrevista con la directora de diseño. Hablamos del producto.\n".encode(),
        "the notes do not say",
    ),
]


@pytest.mark.parametrize(("name", "data", "message"), BAD_NOTES, ids=[b[0] for b in BAD_NOTES])
def test_bad_notes_are_one_line_exit_2(
    cli: Any, tmp_path: Path, name: str, data: bytes, message: str
) -> None:
    path = tmp_path / f"{name}.md"
    path.write_bytes(data)
    cli("write", str(path)).assert_input_error(message)


def test_new_writes_a_template_and_never_overwrites(cli: Any, tmp_path: Path) -> None:
    r = cli("new", "acme.md")
    assert r.code == 0 and (tmp_path / "acme.md").exists()
    text = (tmp_path / "acme.md").read_text(encoding="utf-8")
    assert "## What went well" in text and "## What I forgot to say" in text
    (tmp_path / "acme.md").write_text("my notes", encoding="utf-8")
    r = cli("new", "acme.md")
    assert r.code == 2 and "already exists" in r.err
    assert (tmp_path / "acme.md").read_text(encoding="utf-8") == "my notes"


def test_gguf_without_the_local_extra_is_a_clear_error(cli: Any, tmp_path: Path) -> None:
    try:
        import langchain_community  # noqa: F401

        pytest.skip("the [local] extra is installed here")
    except ImportError:
        pass
    model = tmp_path / "model.gguf"
    model.write_bytes(b"GGUF")
    r = cli("write", FRONT, "--gguf", str(model))
    assert r.code == 2 and "needs the [local] extra" in r.err
    assert "pip install '.[local]'" in r.err  # followup is not on the package index
    r = cli("write", FRONT, "--gguf", str(tmp_path / "missing.gguf"))
    assert r.code == 2 and "no such GGUF file" in r.err


def test_facts_given_as_flags_count_as_grounded(cli: Any) -> None:
    notes = b"Talked with the design lead about the onboarding flow redesign.\n"
    r = cli("write", "-", "--to", "Ana Lima", "--kind", "thank-you", *FACT_FLAGS, stdin=notes)
    assert r.code == 0, r.out
    assert "Hi Ana," in r.out and "the onboarding flow redesign" in r.out
    assert "| ready ===" in r.out


def test_notes_may_be_front_matter_only(cli: Any, tmp_path: Path) -> None:
    notes = tmp_path / "n.md"
    notes.write_text(
        "---\ncandidate: Sam Rivera\ncompany: Acme\nrole: Designer\ninterviewers:\n"
        "  - name: Ana Lima\n    topics: [the onboarding flow redesign]\n---\n",
        encoding="utf-8",
    )
    r = cli("write", str(notes))
    assert r.code == 0 and "| ready ===" in r.out
    r = cli("lint", str(notes))
    assert r.code == 2 and "no message after it" in r.err


def test_unwritable_outputs_are_one_line(cli: Any, tmp_path: Path) -> None:
    a_file = tmp_path / "drafts.txt"
    a_file.write_text("mine", encoding="utf-8")
    r = cli("write", FRONT, "--eml", str(a_file))
    assert r.code == 2 and "--eml needs a folder" in r.err
    assert a_file.read_text(encoding="utf-8") == "mine"
    r = cli("write", FRONT, "--eml", "/proc/no-such-folder")
    assert r.code == 2 and "No such file or directory" in r.err and "Traceback" not in r.err


def test_to_must_name_someone_in_the_notes(cli: Any) -> None:
    cli("write", FRONT, "--to", "Mraia").assert_input_error("did you mean 'Maria Chen'?")
    cli("write", FRONT, "--to", "Pat Doe").assert_input_error("pass --new-contact")
    r = cli("write", FRONT, "--to", "chen", "--kind", "thank-you", "--today", "2026-11-25")
    assert r.code == 0 and r.out.count("=== To:") == 1 and "Hi Maria," in r.out
    r = cli("write", FRONT, "--to", "Pat Doe", "--new-contact", "--kind", "keep-in-touch")
    assert "=== To: Pat Doe |" in r.out


def test_blocked_drafts_are_not_written_as_eml(cli: Any, tmp_path: Path) -> None:
    # The only topic is a fragment the offline writer will not paste: a thank-you with no
    # detail -> blocked. (An inquiry is not held to a detail: ETIQUETTE.md.)
    notes = tmp_path / "n.md"
    notes.write_text(
        "---\ncandidate: Sam Rivera\ncompany: Acme\nrole: Designer\ndate: 2025-12-19\n"
        "interviewers:\n  - name: Ana Lima\n    topics: [they said the pilot slipped]\n"
        "---\nGood chat.\n",
        encoding="utf-8",
    )
    out = tmp_path / "drafts"
    r = cli("write", str(notes), "--kind", "thank-you", "--eml", str(out), "--today", "2025-12-20")
    assert r.code == 1 and "| BLOCKED ===" in r.out
    assert not list(out.glob("*.eml"))
    [blocked] = list(out.glob("*.blocked.txt"))
    assert "BLOCKED, not written as a message" in r.err and str(blocked) in r.err
    assert blocked.read_text(encoding="utf-8").startswith("BLOCKED by the checker")


def test_share_needs_a_link(cli: Any) -> None:
    r = cli("write", FRONT, "--kind", "check-in", "--share", "article", "--today", "2026-12-30")
    r.assert_input_error("has no link: give a URL and a title, for example --share")
    r = cli(
        "write",
        FRONT,
        "--kind",
        "check-in",
        "--share",
        "Churn benchmarks https://example.org/churn",
        "--today",
        "2026-12-30",
    )
    assert r.code == 0 and "“Churn benchmarks” (https://example.org/churn)" in r.out


def test_unknown_front_matter_key_is_a_warning(cli: Any, tmp_path: Path) -> None:
    notes = tmp_path / "n.md"
    notes.write_text(
        "---\ncandidate: Sam Rivera\ncompany: Acme\nrole: Designer\ninterview_dat: x\n"
        "interviewers:\n  - name: Ana Lima\n    topics: [the onboarding flow redesign]\n---\n",
        encoding="utf-8",
    )
    r = cli("write", str(notes), "--kind", "thank-you")
    assert r.code == 0
    assert "front matter key 'interview_dat' is not used; did you mean 'interview_date'?" in r.err


def test_eml_file_names_fold_accents() -> None:
    from followup.writer.output import _slug

    assert _slug("Lucía Fernández-Ortiz") == "lucia-fernandez-ortiz"
    assert _slug("Zoë O’Brien") == "zoe-obrien"
    assert _slug("李") == "draft"
