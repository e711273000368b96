"""The linter's rough edges from issue 9, each reproduced: config, --fix encodings, company
names, user rules, message wording, SARIF, several files, suppressions, questions, pre-commit."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from followup.checker.document import Context
from followup.checker.engine import Checker
from followup.checker.formatters import CONTEXT_SPAN, context_window
from followup.core import MessageKind
from followup.yamlio import load_yaml
from tests.conftest import REPO

RULE = """extends: existence
message: "House style: no '{match}'."
tokens: [synergy]
examples:
  flag: ["Our synergy was great."]
  pass: ["Our talk was great."]
"""


def readme_block(heading: str, language: str) -> str:
    """The first fenced block of a language after a README heading."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    after = readme[readme.index(heading) :]
    return after.split(f"```{language}\n", 1)[1].split("```", 1)[0]


def test_the_readme_config_example_works_pasted_into_dot_followup_toml(
    cli: Any, tmp_path: Path
) -> None:
    (tmp_path / ".followup.toml").write_text(
        readme_block("## Configuration", "toml"), encoding="utf-8"
    )
    (tmp_path / "house-style").mkdir()
    (tmp_path / "house-style" / "synergy.yml").write_text(RULE, encoding="utf-8")
    draft = tmp_path / "d.txt"
    draft.write_text("Thanks! It's been two weeks. Our synergy was great.\n", encoding="utf-8")
    r = cli("lint", "--kind", "thank-you", str(draft))
    assert r.code == 1, r.err  # counting-days is raised to an error, and fail-on is error
    assert "error etiquette.counting-days" in r.out and "house-style.synergy" in r.out


def test_a_tool_table_without_followup_in_dot_followup_toml_says_what_to_write(
    cli: Any, tmp_path: Path
) -> None:
    (tmp_path / ".followup.toml").write_text("[tool.black]\nline-length = 80\n", "utf-8")
    cli("lint", "-", stdin=b"Hello there.").assert_input_error("[tool.followup]")


@pytest.mark.parametrize(
    ("toml", "said"),
    [
        (
            '[tool.followup]\nkind = "inquiry"\n',
            "unknown key 'kind'; the keys are: fail-on, disable, severity, styles, limits,",
        ),
        (
            "[limits.inquiry]\nmax_word = 3\n",
            "unknown key 'max_word' in [limits.inquiry] (did you mean 'max-words'?); "
            "the keys are: max-words, max-questions",
        ),
    ],
)
def test_an_unknown_config_key_lists_the_known_ones(
    cli: Any, tmp_path: Path, toml: str, said: str
) -> None:
    (tmp_path / ".followup.toml").write_text(toml, "utf-8")
    cli("lint", "-", stdin=b"Hello there.").assert_input_error(said)


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        (
            b"\xef\xbb\xbfI just wanted to say thanks.\r\nBest,\r\nSam\r\n",
            b"\xef\xbb\xbfI wanted to say thanks.\r\nBest,\r\nSam\r\n",
        ),
        (b"I just wanted to say thanks.\r\nSam\r\n", b"I wanted to say thanks.\r\nSam\r\n"),
        (
            b"\xef\xbb\xbfI just wanted to say thanks.\nSam\n",
            b"\xef\xbb\xbfI wanted to say thanks.\nSam\n",
        ),
    ],
)
def test_fix_keeps_crlf_line_endings_and_the_bom(
    cli: Any, tmp_path: Path, raw: bytes, fixed: bytes
) -> None:
    path = tmp_path / "d.txt"
    path.write_bytes(raw)
    r = cli("lint", "--fix", str(path))
    assert "applied 1 fix;" in r.out
    assert path.read_bytes() == fixed
    assert (tmp_path / "d.txt.bak").read_bytes() == raw


COMPANY_DRAFT = (
    "Hi Maria,\n\nThank you for meeting me about the analyst role at Contoso. "
    "I'd love to join the team at Contoso.\n\nBest,\nSam\n"
)


def test_a_draft_naming_another_company_than_the_front_matter_is_an_error(
    cli: Any, tmp_path: Path
) -> None:
    path = tmp_path / "d.md"
    path.write_text(f"---\ncompany: Northwind Analytics\n---\n{COMPANY_DRAFT}", "utf-8")
    r = cli("lint", "--kind", "thank-you", str(path))
    assert r.code == 1 and "error etiquette.company-name" in r.out
    assert "Contoso" in r.out and "Northwind Analytics" in r.out
    path.write_text(f"---\ncompany: Contoso\n---\n{COMPANY_DRAFT}", "utf-8")
    assert "company-name" not in cli("lint", "--kind", "thank-you", str(path)).out


def test_a_draft_naming_another_company_than_the_to_domain_is_an_error(
    cli: Any, tmp_path: Path
) -> None:
    path = tmp_path / "d.eml"
    path.write_text(
        "To: Maria Chen <maria@northwind.example>\nSubject: Thank you\n\n" + COMPANY_DRAFT,
        encoding="utf-8",
    )
    r = cli("lint", "--kind", "thank-you", str(path))
    assert "error etiquette.company-name" in r.out
    path.write_text(
        "To: Maria Chen <maria@contoso.com>\nSubject: Thank you\n\n" + COMPANY_DRAFT,
        encoding="utf-8",
    )
    assert "company-name" not in cli("lint", "--kind", "thank-you", str(path)).out


def test_naming_ones_own_employer_is_not_a_company_slip(checker: Checker) -> None:
    text = (
        "Thank you for the interview for the analyst role at Northwind. In my current role "
        "at Fernbrook I built a churn model, and I'd bring that to Northwind."
    )
    found = checker.check(text, MessageKind.THANK_YOU, Context(company="Northwind")).findings
    assert "etiquette.company-name" not in {f.rule_id for f in found}


def user_style(tmp_path: Path, name: str, files: dict[str, str]) -> None:
    style = tmp_path / name
    style.mkdir()
    for file, text in files.items():
        (style / file).write_text(text, encoding="utf-8")
    (tmp_path / ".followup.toml").write_text(f'styles = ["{name}"]\n', encoding="utf-8")


def test_a_user_rule_whose_flag_example_does_not_flag_fails_at_load(
    cli: Any, tmp_path: Path
) -> None:
    user_style(tmp_path, "house", {"synergy.yml": RULE.replace("Our synergy", "Our energy")})
    r = cli("lint", "-", stdin=b"Hello there.")
    r.assert_input_error("synergy.yml: should-flag example 'Our energy was great.'")


def test_a_user_rule_whose_pass_example_flags_fails_at_load(cli: Any, tmp_path: Path) -> None:
    user_style(tmp_path, "house", {"synergy.yml": RULE.replace("Our talk", "Pure synergy")})
    r = cli("lint", "-", stdin=b"Hello there.")
    r.assert_input_error("synergy.yml: should-pass example 'Pure synergy was great.'")


def test_a_user_style_named_etiquette_cannot_redefine_a_built_in_rule(
    cli: Any, tmp_path: Path
) -> None:
    begging = RULE.replace("synergy", "begging").replace("Our begging", "Stop begging")
    user_style(tmp_path, "etiquette", {"begging.yml": begging})
    r = cli("lint", "-", stdin=b"Hello there.")
    r.assert_input_error("rule id 'etiquette.begging' is defined twice")


def test_messages_read_as_english(checker: Checker) -> None:
    long_text = "Thank you for the interview. " + "I enjoyed it a great deal. " * 60
    emoji = "Thanks so much 🙏🙏🙏"
    messages = [
        f.message
        for text, kind, context in [
            (long_text, MessageKind.THANK_YOU, None),
            (emoji, MessageKind.THANK_YOU, None),
            ("Sorry! I apologize. Sorry again, I'm sorry.", MessageKind.INQUIRY, None),
            ("Is there any news?", MessageKind.INQUIRY, Context(days_since_interview=3)),
            ("Is there any news?", MessageKind.INQUIRY, Context(days_until_decision=1)),
        ]
        for f in checker.check(text, kind, context).findings
    ]
    text = "\n".join(messages)
    assert "Too long" in text and "Emoji" in text and "too soon" in text and "apolog" in text
    for bad in ["for a 3", "(limit 1))", "a inquiry", "(s)", "a {", "limit 1 times"]:
        assert bad not in text, (bad, text)
    assert re.search(r"\bday\b[^s]", text), text  # "in 1 day", not "1 day(s)"


def test_no_rule_description_speaks_of_the_seed(checker: Checker) -> None:
    assert not [r.id for r in checker.rules if "seed" in r.description.lower()]


def test_sarif_describes_rules_without_templates_or_dead_links(cli: Any, tmp_path: Path) -> None:
    r = cli("lint", "--format", "sarif", str(tmp_path / "x.txt"), "-", stdin=b"Hello.")
    sarif = json.loads(r.out)
    driver = sarif["runs"][0]["tool"]["driver"]
    assert "pypi.org" not in json.dumps(driver)
    for rule in driver["rules"]:
        # no message template's placeholder ("{match}"); a description may quote the
        # placeholder syntax a user writes ("{{company}}"), which is the rule's subject
        assert not re.search(r"\{(?:match|fix|detail)\}", rule["fullDescription"]["text"]), rule
        assert not re.search(r"\{(?:match|fix|detail)\}", rule["shortDescription"]["text"]), rule


def test_one_missing_file_among_several_still_lints_the_rest(cli: Any, tmp_path: Path) -> None:
    good = tmp_path / "a.txt"
    good.write_text("I really need this job.\n", encoding="utf-8")
    r = cli("lint", str(good), str(tmp_path / "missing.txt"))
    assert r.code == 2
    assert "etiquette.need-the-job" in r.out
    assert "missing.txt: no such file" in r.err and r.err.count("\n") == 1


def test_json_and_sarif_name_the_files_that_could_not_be_read(cli: Any, tmp_path: Path) -> None:
    # a new user's trial: SARIF left the unreadable file out, so only the exit code told
    good = tmp_path / "a.txt"
    good.write_text("I really need this job.\n", encoding="utf-8")
    missing = str(tmp_path / "missing.txt")
    r = cli("lint", "--format", "json", str(good), missing)
    assert r.code == 2 and json.loads(r.out)["errors"] == [f"{missing}: no such file"]
    r = cli("lint", "--format", "sarif", str(good), missing)
    (invocation,) = json.loads(r.out)["runs"][0]["invocations"]
    assert r.code == 2 and invocation["executionSuccessful"] is False
    (note,) = invocation["toolExecutionNotifications"]
    assert note == {"level": "error", "message": {"text": f"{missing}: no such file"}}
    r = cli("lint", "--format", "sarif", str(good))
    assert json.loads(r.out)["runs"][0]["invocations"][0]["executionSuccessful"] is True


def test_json_summary_fails_when_a_file_could_not_be_read(cli: Any, tmp_path: Path) -> None:
    # trial 7: exit 2 with "failed": false in the summary; the two must agree
    good = tmp_path / "good.txt"
    good.write_text("Thank you for meeting me today. I enjoyed the roadmap talk.\n", "utf-8")
    r = cli("lint", "--format", "json", str(good), str(tmp_path / "missing.txt"))
    assert r.code == 2 and json.loads(r.out)["summary"]["failed"] is True
    r = cli("lint", "--format", "json", str(good))
    assert r.code == 0 and json.loads(r.out)["summary"]["failed"] is False


def test_text_output_grows_linearly_with_a_one_paragraph_message(cli: Any, tmp_path: Path) -> None:
    # trial 7: each finding reprinted the whole line, so a 60 KB paragraph printed 168 MB
    sentence = "Thank you for the tour on Tuesday. I just wanted to say I really need this job!! "
    sizes = []
    for repeats in (50, 200):
        path = tmp_path / f"p{repeats}.txt"
        path.write_text(sentence * repeats + "\n", encoding="utf-8")
        r = cli("lint", str(path))
        assert r.code == 1 and "etiquette.need-the-job" in r.out
        marks = sum(1 for line in r.out.split("\n") if line.lstrip().startswith("^"))
        per_finding = len(r.out) / marks
        assert per_finding < 800, per_finding  # the context is a window, not the whole line
        sizes.append(len(r.out))
    assert sizes[1] < 5 * sizes[0]  # four times the text, about four times the output
    lines = r.out.split("\n")
    at = next(k for k, line in enumerate(lines) if "etiquette.hedging" in line)
    shown, carets = lines[at + 1], lines[at + 2]
    assert shown.startswith("    Thank you for the tour") and shown.endswith("…")
    start = carets.index("^")
    assert shown[start : start + carets.count("^")] == "I just wanted to"


def test_context_window_marks_the_span_in_a_cut_line() -> None:
    line = "x" * 500 + "I really need this job" + "y" * 500
    shown, offset, width = context_window(line, 501, 22)
    assert shown.startswith("…") and shown.endswith("…") and len(shown) < 250
    assert shown[offset : offset + width] == "I really need this job"
    assert context_window("short line", 7, 4) == ("short line", 6, 4)
    shown, offset, width = context_window("z" * 300, 1, 300)  # a span longer than the window
    assert offset == 0 and width == CONTEXT_SPAN and not shown.startswith("…")


def test_a_suppression_naming_an_unknown_rule_id_warns(cli: Any, tmp_path: Path) -> None:
    path = tmp_path / "d.md"
    path.write_text(
        "Thanks.\n<!-- followup-disable beggin -->\nI'm begging you.\n<!-- followup-enable -->\n",
        encoding="utf-8",
    )
    r = cli("lint", "--kind", "thank-you", str(path))
    assert "d.md:2: followup-disable names an unknown rule id 'beggin'" in r.err
    known = path.read_text(encoding="utf-8").replace("beggin ", "begging ")
    path.write_text(known, encoding="utf-8")
    assert cli("lint", "--kind", "thank-you", str(path)).err == ""


@pytest.mark.parametrize("question", ["Any update??", "Any update?!?", "Any update? ?"])
def test_a_run_of_question_marks_is_one_question(checker: Checker, question: str) -> None:
    found = checker.check(f"Hi Ana, {question} Thanks.", MessageKind.INQUIRY).findings
    assert "etiquette.inquiry-questions" not in {f.rule_id for f in found}
    found = checker.check(f"Hi Ana, {question} Is it filled?", MessageKind.INQUIRY).findings
    assert "etiquette.inquiry-questions" in {f.rule_id for f in found}


def test_pre_commit_hook_skips_the_usual_repository_files() -> None:
    [hook] = load_yaml((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    files, exclude = re.compile(hook["files"]), re.compile(hook["exclude"])

    def linted(path: str) -> bool:
        return bool(files.search(path)) and not exclude.search(path)

    for path in [
        "README.md",
        "CHANGELOG.md",
        "LICENSE.txt",
        "docs/guide.md",
        "a/doc/x.md",
        "CONTRIBUTING.md",
        "sub/README.md",
    ]:
        assert not linted(path), path
    for path in ["drafts/acme.md", "note.txt", "mail/thanks.eml", "readme-draft.txt"]:
        assert linted(path), path
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert "exclude:" in readme and "rev:" in readme and "commit" in readme


def test_a_span_never_starts_on_a_blank_line(checker: Checker) -> None:
    [finding] = [
        f
        for f in checker.check("Hi Ana,\n\nAny update??\n", MessageKind.INQUIRY).findings
        if f.rule_id == "etiquette.impatient-update"
    ]
    assert finding.match == "Any update??" and (finding.line, finding.column) == (3, 1)
    assert "\n" not in finding.message


def test_summary_and_fix_lines_use_real_plurals(cli: Any, tmp_path: Path) -> None:
    path = tmp_path / "d.txt"
    path.write_bytes(b"I just wanted to say thanks.\nSam\n")
    r = cli("lint", str(path))
    assert "0 errors, 0 warnings, 1 suggestion in 1 file" in r.out, r.out
    r = cli("lint", "--fix", str(path))
    assert "applied 1 fix;" in r.out and "(es)" not in r.out, r.out


@pytest.mark.parametrize(
    "text, count",
    [
        ("Merci for the tour 🇫🇷 and the coffee 👍🏽.", 2),
        ("Thank you 👨‍👩‍👧 and ❤️ and 👍🏽 and 🇫🇷.", 4),
    ],
)
def test_emoji_are_counted_as_the_reader_sees_them(
    cli: Any, tmp_path: Path, text: str, count: int
) -> None:
    path = tmp_path / "e.txt"
    path.write_text(f"Hi Ana,\n\n{text}\n\nSam\n", encoding="utf-8")
    r = cli("lint", "--format", "json", "--kind", "thank-you", str(path))
    findings = json.loads(r.out)["files"][0]["findings"]
    found = [f for f in findings if f["rule_id"] == "etiquette.emoji"]
    assert len(found) == 1 and f"Emoji ({count}, limit 1)" in found[0]["message"], found


def test_a_single_flag_or_toned_emoji_is_one_emoji(cli: Any, tmp_path: Path) -> None:
    path = tmp_path / "e.txt"
    path.write_text("Hi Ana,\n\nMerci for the tour 🇫🇷\n\nSam\n", encoding="utf-8")
    r = cli("lint", "--format", "json", "--kind", "thank-you", str(path))
    ids = [f["rule_id"] for f in json.loads(r.out)["files"][0]["findings"]]
    assert "etiquette.emoji" not in ids and "etiquette.emoji-single" in ids, ids


def test_a_quoted_match_stays_on_one_line(cli: Any, tmp_path: Path) -> None:
    path = tmp_path / "g.txt"
    path.write_text("Hi Ana,\n\nI find the delay very\nunprofessional.\n\nSam\n", encoding="utf-8")
    r = cli("lint", "--format", "json", "--kind", "inquiry", str(path))
    messages = [f["message"] for f in json.loads(r.out)["files"][0]["findings"]]
    assert messages and all("\n" not in m for m in messages), messages
    assert any("'very unprofessional'" in m for m in messages), messages


def test_sarif_descriptions_are_the_rules_own_words(cli: Any, tmp_path: Path) -> None:
    r = cli("lint", "--format", "sarif", "-", stdin=b"Hello.")
    driver = json.loads(r.out)["runs"][0]["tool"]["driver"]
    for rule in driver["rules"]:
        full, short = rule["fullDescription"]["text"], rule["shortDescription"]["text"]
        assert "the flagged words" not in full.lower() and "the details" not in full, rule
        assert full.startswith(short) and len(short) <= len(full), rule


def test_cadence_does_not_quote_words_the_message_lacks(cli: Any, tmp_path: Path) -> None:
    notes = tmp_path / "n.md"
    notes.write_text(
        "---\ncandidate: Sam Reyes\ncompany: Northwind\nrole: Analyst\n"
        "interview_date: 2026-11-02\ninterviewer: Maria Chen (Lead Analyst)\n---\n"
        "Maria asked about my forecasting work.\n",
        encoding="utf-8",
    )
    r = cli("write", str(notes), "--kind", "second-inquiry", "--today", "2026-11-26")
    assert "neither your notes nor the sent history record a first one" in r.out, r.out
    assert "'once more'" not in r.out, r.out


def _json_findings(cli: Any, path: Path, kind: str) -> list[dict[str, Any]]:
    r = cli("lint", "--format", "json", "--kind", kind, str(path))
    return list(json.loads(r.out)["files"][0]["findings"])


def test_one_urgent_request_is_one_finding(cli: Any, tmp_path: Path) -> None:
    # trial 15L: "Please let me know ASAP" was reported by own-deadline and by demands
    path = tmp_path / "m.txt"
    path.write_text(
        "Hi Tom,\n\nI enjoyed our talk about the depot. Please let me know ASAP!!\n\nSam\n",
        encoding="utf-8",
    )
    found = [f for f in _json_findings(cli, path, "inquiry") if f["severity"] == "error"]
    assert len(found) == 1 and "'Please let me know ASAP'" in found[0]["message"], found


def test_pay_figures_in_a_thank_you_are_flagged(cli: Any, tmp_path: Path) -> None:
    # trial 15L: current pay, a rival offer and a floor got only the statistical warning
    path = tmp_path / "m.txt"
    path.write_text(
        "Hi Ingrid,\n\nThanks for the interview yesterday. Just so you know, I'm currently making"
        " 52,000 EUR and Maersk offered me 60k, so I'd need at least 65k to make the move"
        " worthwhile.\n\nBest,\nSam\n",
        encoding="utf-8",
    )
    ids = [f["rule_id"] for f in _json_findings(cli, path, "thank-you")]
    assert ids.count("etiquette.pay-talk") == 2 and "etiquette.entitlement" in ids, ids


def test_gushing_flattery_is_flagged_without_its_exclamation_marks(
    cli: Any, tmp_path: Path
) -> None:
    # trial 15L: with its "!" replaced by "." the message passed clean
    path = tmp_path / "m.txt"
    path.write_text(
        "Hi Raj,\n\nThank you so much for the amazing, incredible interview. You are honestly"
        " the smartest IT manager I have ever met and your library is the best library in the"
        " whole state. I would be absolutely honored beyond words to work with such a brilliant"
        " team.\n\nThank you thank you thank you,\nSam\n",
        encoding="utf-8",
    )
    ids = [f["rule_id"] for f in _json_findings(cli, path, "thank-you")]
    assert "etiquette.flattery" in ids, ids


def test_config_dev_null_means_no_config(cli: Any, tmp_path: Path) -> None:
    # new-user trial 16L: "--config /dev/null" failed with "config file not found"
    (tmp_path / ".followup.toml").write_text("disable = ['etiquette.demands']\n", "utf-8")
    path = tmp_path / "m.txt"
    path.write_text("Hi Dana,\n\nI need an answer by Friday.\n\nSam\n", encoding="utf-8")
    r = cli("lint", "--config", "/dev/null", "--kind", "inquiry", str(path))
    assert "etiquette.demands" in r.out and "not found" not in r.out + r.err, r.out + r.err
