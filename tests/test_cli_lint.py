"""`followup lint` end to end, in process: formats, exit codes, fix, config, bad input."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import REPO

DESPERATE = "Hi Tom,\n\nI really need this job. Any update??\n\nSam\n"
CLEAN = "Hi Tom,\n\nThank you for meeting me today. I enjoyed the roadmap talk.\n\nSam\n"


def write(path: Path, text: str) -> str:
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_clean_file_exits_0(cli: Any, tmp_path: Path) -> None:
    r = cli("lint", write(tmp_path / "ok.txt", CLEAN))
    assert r.code == 0
    assert "0 errors, 0 warnings" in r.out
    assert "checked as thank-you (inferred from " in r.out


def test_findings_exit_1_with_marked_span(cli: Any, tmp_path: Path) -> None:
    path = write(tmp_path / "bad.txt", DESPERATE)
    r = cli("lint", path)
    assert r.code == 1
    assert f"{path}:3:1 error etiquette.need-the-job" in r.out
    assert "    ^^^^^^^^^^^^^^^^^^^^^^" in r.out


def test_fail_on_error_ignores_warnings(cli: Any, tmp_path: Path) -> None:
    path = write(tmp_path / "warn.txt", "Thank you so much! Great day! Loved it!\n")
    assert cli("lint", path).code == 1
    assert cli("lint", "--fail-on", "error", path).code == 0


def test_stdin_is_read_with_dash(cli: Any) -> None:
    r = cli("lint", "-", stdin=b"Did I get the job?")
    assert r.code == 1 and "<stdin>:1:1 error etiquette.harassment-questions" in r.out


def test_kind_option_overrides_inference(cli: Any, tmp_path: Path) -> None:
    path = write(tmp_path / "c.txt", "Congratulations on the award. Let me know if roles open.")
    r = cli("lint", "--kind", "check-in", path)
    assert "checked as check-in (--kind)" in r.out and "check-in-request" in r.out


def test_front_matter_supplies_kind_and_recipient(cli: Any, tmp_path: Path) -> None:
    text = "---\nkind: thank-you\nto: Daniel Kim\n---\nHi Priya,\n\nThanks for Monday.\n"
    r = cli("lint", write(tmp_path / "fm.md", text))
    assert "checked as thank-you (front matter)" in r.out
    assert ":5:4 error etiquette.recipient-name" in r.out


def test_json_format_is_stable(cli: Any, tmp_path: Path) -> None:
    r = cli("lint", "--format", "json", write(tmp_path / "bad.txt", DESPERATE))
    doc = json.loads(r.out)
    assert doc["schema"] == "followup-lint/1"
    first = doc["files"][0]["findings"][0]
    assert set(first) == {
        "rule_id",
        "severity",
        "message",
        "line",
        "column",
        "end_line",
        "end_column",
        "start",
        "end",
        "match",
        "fix",
        "fix_is_safe",
    }
    assert doc["summary"]["failed"] is True and doc["summary"]["error"] >= 1


def test_sarif_format(cli: Any, tmp_path: Path) -> None:
    r = cli("lint", "-f", "sarif", write(tmp_path / "bad.txt", DESPERATE))
    sarif = json.loads(r.out)
    assert sarif["version"] == "2.1.0"
    run = sarif["runs"][0]
    rule_ids = [rule["id"] for rule in run["tool"]["driver"]["rules"]]
    result = run["results"][0]
    assert rule_ids[result["ruleIndex"]] == result["ruleId"]
    region = result["locations"][0]["physicalLocation"]["region"]
    assert region["startLine"] == 3 and region["startColumn"] == 1
    assert region["endColumn"] == 1 + len("I really need this job")


def test_github_format(cli: Any, tmp_path: Path) -> None:
    path = write(tmp_path / "bad.txt", DESPERATE)
    r = cli("lint", "--format", "github", path)
    assert f"::error file={path},line=3,col=1," in r.out
    assert "title=etiquette.need-the-job::" in r.out


@pytest.mark.parametrize(
    ("to", "flagged"),
    [
        ("rhale@verdant.org", False),  # an address names no one: "Dear Rebecca" may be right
        ("Rebecca Hale <rhale@verdant.org>", False),
        ("Tom Baker <tb@verdant.org>", True),
        ("Tom Baker", True),
    ],
)
def test_front_matter_to_may_be_an_address(
    cli: Any, tmp_path: Path, to: str, flagged: bool
) -> None:
    # a new user's trial: `to: rhale@...` was taken for a name, and "Dear Rebecca," an error
    text = (
        f"---\nkind: check-in\nto: {to}\n---\nDear Rebecca,\n\nI hope the grant cycle went well.\n"
    )
    r = cli("lint", write(tmp_path / "d.md", text))
    assert ("etiquette.recipient-name" in r.out) is flagged, r.out


def test_eml_subject_body_and_recipient(cli: Any, tmp_path: Path) -> None:
    eml = (
        "To: Daniel Kim <dan@example.com>\nSubject: Any update??\n"
        "Content-Type: text/plain; charset=utf-8\n\nHi Priya,\n\nThanks for Monday.\n"
    )
    r = cli("lint", write(tmp_path / "m.eml", eml))
    assert "m.eml:1:10 error etiquette.impatient-update" in r.out
    assert "m.eml:1:20 warning etiquette.repeated-punctuation" in r.out
    assert "etiquette.recipient-name" in r.out


def test_fix_writes_file_and_keeps_backup(cli: Any, tmp_path: Path) -> None:
    path = tmp_path / "d.txt"
    original = "I just wanted to thank you for the interview.\n"
    path.write_text(original, encoding="utf-8")
    (tmp_path / "d.txt.bak").write_text("an older backup", encoding="utf-8")
    r = cli("lint", "--fix", str(path))
    assert path.read_text(encoding="utf-8") == "I wanted to thank you for the interview.\n"
    assert (tmp_path / "d.txt.bak").read_text(encoding="utf-8") == "an older backup"
    assert (tmp_path / "d.txt.bak.1").read_text(encoding="utf-8") == original
    assert "applied 1 fix;" in r.out and r.code == 0


def test_fix_stdout_changes_no_file(cli: Any, tmp_path: Path) -> None:
    path = tmp_path / "d.txt"
    path.write_text("I just wanted to say thanks.\n", encoding="utf-8")
    r = cli("lint", "--fix", "--stdout", str(path))
    assert r.out == "I wanted to say thanks.\n"
    assert path.read_text(encoding="utf-8") == "I just wanted to say thanks.\n"
    assert not list(tmp_path.glob("*.bak*"))


def test_config_file_found_upward(cli: Any, tmp_path: Path) -> None:
    (tmp_path / ".followup.toml").write_text(
        'fail-on = "error"\ndisable = ["exclamation-marks"]\n', encoding="utf-8"
    )
    sub = tmp_path / "drafts"
    sub.mkdir()
    path = write(sub / "x.txt", "Thanks so much! Great day! Loved it!\n")
    r = cli("lint", path)
    assert r.code == 0 and "exclamation-marks" not in r.out


def test_pyproject_table_is_read(cli: Any, tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.followup]\nseverity = {counting-days = "error"}\n',
        encoding="utf-8",
    )
    r = cli("lint", write(tmp_path / "x.txt", "It's been two weeks since we met.\n"))
    assert "error etiquette.counting-days" in r.out


def test_rules_list_and_show(cli: Any) -> None:
    r = cli("rules")
    assert r.code == 0 and "etiquette.begging" in r.out and "rules." in r.out
    r = cli("rules", "show", "begging")
    assert "flags:" in r.out and "passes:" in r.out and "begging.yml" in r.out
    r = cli("rules", "show", "nope")
    assert r.code == 2 and "unknown rule 'nope'" in r.err


def test_version(cli: Any) -> None:
    r = cli("--version")
    assert r.code == 0 and r.out.startswith("followup ")


BAD_INPUTS = [
    ("empty", b"", "is empty"),
    ("blank", b"  \n\t\n", "is empty"),
    ("binary", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary"),
    ("latin1", "caf\xe9 au lait".encode("latin-1"), "not valid UTF-8"),
    ("huge", b"word " * 2_100_000, "too large"),
    ("frontmatter", b"---\nkind: [unclosed\n---\nHello there.\n", "malformed front matter"),
    ("unclosed", b"---\nkind: inquiry\nHello there.\n", "no closing '---'"),
    ("badkind", b"---\nkind: love-letter\n---\nHello there.\n", "front matter kind"),
]


@pytest.mark.parametrize(("name", "data", "message"), BAD_INPUTS, ids=[b[0] for b in BAD_INPUTS])
def test_bad_input_is_one_line_and_exit_2(
    cli: Any, tmp_path: Path, name: str, data: bytes, message: str
) -> None:
    path = tmp_path / f"{name}.txt"
    path.write_bytes(data)
    cli("lint", str(path)).assert_input_error(message)
    assert path.read_bytes() == data  # nothing the user wrote is touched


def test_devices_and_empty_names_are_refused_quickly(cli: Any) -> None:
    r = cli("lint", "/dev/zero")  # reports no size and never ends: the read is bounded
    assert r.code == 2 and "too large" in r.err
    r = cli("lint", "")
    assert r.code == 2 and "an empty file name" in r.err


def test_folder_missing_file_and_unknown_option(cli: Any, tmp_path: Path) -> None:
    r = cli("lint", str(tmp_path))
    assert r.code == 2 and "is a folder" in r.err
    r = cli("lint", str(tmp_path / "nope.txt"))
    assert r.code == 2 and "no such file" in r.err
    r = cli("lint", "--bogus")
    assert r.code == 2 and r.err.strip() == (
        "followup: error: No such option: --bogus (see 'followup lint --help')"
    )
    cli("lint", "--kind", "love-letter", "x.txt").assert_input_error("love-letter")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("extends: existence\nmessage: m\nexamples: {flag: [a], pass: [b]}\n", "needs 'tokens'"),
        ("extends: telepathy\n", "unknown rule type 'telepathy'"),
        (
            "extends: existence\nmessage: m\ntokens: ['(unclosed']\n"
            "examples: {flag: [a], pass: [b]}\n",
            "field 'tokens': invalid regular expression",
        ),
        ("extends: existence\nmessage: m\ntokens: [x]\n", "field 'examples'"),
        ("- just\n- a list\n", "must be a mapping"),
        ("extends: existence\n  bad: : yaml\n", "not valid YAML"),
    ],
)
def test_malformed_rule_file_names_file_and_field(
    cli: Any, tmp_path: Path, content: str, message: str
) -> None:
    style = tmp_path / "mine"
    style.mkdir()
    (style / "broken.yml").write_text(content, encoding="utf-8")
    (tmp_path / ".followup.toml").write_text('styles = ["mine"]\n', encoding="utf-8")
    r = cli("lint", "-", stdin=b"Hello there.")
    r.assert_input_error(message)
    assert "broken.yml" in r.err


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("fail-on = 'catastrophe'\n", "field 'fail-on'"),
        ("colour = 'blue'\n", "unknown key 'colour'"),
        ("disable = [\n", "not valid TOML"),
        ("disable = ['no-such-rule']\n", "unknown rule id"),
    ],
)
def test_malformed_config_is_exit_2(cli: Any, tmp_path: Path, content: str, message: str) -> None:
    (tmp_path / ".followup.toml").write_text(content, encoding="utf-8")
    cli("lint", "-", stdin=b"Hello there.").assert_input_error(message)


def test_lint_a_folder_checks_its_drafts(cli: Any, tmp_path: Path) -> None:
    """Its .txt, .md and .eml files, in subfolders too, in name order; hidden folders and
    files and other kinds of file are left alone."""
    drafts = tmp_path / "drafts"
    (drafts / "b" / "deeper").mkdir(parents=True)
    (drafts / ".git").mkdir()
    clean = (REPO / "examples" / "draft-clean.txt").read_bytes()
    desperate = (REPO / "examples" / "draft-desperate.txt").read_bytes()
    (drafts / "a.txt").write_bytes(clean)
    (drafts / "b" / "deeper" / "c.MD").write_bytes(desperate)
    for skipped in (".git/x.txt", ".hidden.txt", "notes.docx", "b/report.png"):
        (drafts / skipped).write_bytes(desperate)
    r = cli("lint", str(drafts), "--format", "json")
    assert r.code == 1, r.err
    files = [report["path"] for report in json.loads(r.out)["files"]]
    assert files == [str(drafts / "a.txt"), str(drafts / "b" / "deeper" / "c.MD")]
    (tmp_path / "empty").mkdir()
    cli("lint", str(tmp_path / "empty")).assert_input_error(
        "empty: is a folder with no .txt, .md or .eml file to lint"
    )


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_a_utf16_file_with_a_bom_is_text(cli: Any, tmp_path: Path, encoding: str) -> None:
    text = (
        "Hi Tom,\r\n\r\nI just wanted to say thank you for your time today.\r\n\r\nBest,\r\nAl\r\n"
    )
    path = tmp_path / "u16.txt"
    path.write_bytes(("\ufeff" + text).encode(encoding))
    r = cli("lint", str(path), "--kind", "thank-you")
    assert r.code == 0, r.err
    assert "etiquette.hedging 'I just wanted to'" in r.out
    assert cli("lint", "--fix", str(path), "--kind", "thank-you").code == 0
    fixed = path.read_bytes()  # the same encoding, BOM and line endings, one fix applied
    assert fixed == ("\ufeff" + text.replace("I just wanted", "I wanted")).encode(encoding)
