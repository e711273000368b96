"""Front matter errors are one line naming the field and its line, exit 2 (trial 8, fault 13):
an empty front matter is a closed one, a date that is no date names its field and line, and
a list or a mapping given as the company is refused rather than silently unread."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from followup.errors import InputError
from followup.frontmatter import SINGLE_VALUE_KEYS, split_front_matter
from followup.notes import FRONT_MATTER_KEYS


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("---\n---\nmet Bob Smith\n", "met Bob Smith\n"),
        ("---\r\n---\r\nmet Bob Smith\n", "met Bob Smith\n"),
        ("---\n---", ""),
        ("---\n\n---\nmet Bob\n", "met Bob\n"),
        ("---\ncompany: Acme\n---\nmet Bob\n", "met Bob\n"),
    ],
)
def test_an_empty_front_matter_is_closed(text: str, body: str) -> None:
    data, start = split_front_matter(text, "n.md")
    assert text[start:] == body
    assert data == ({"company": "Acme"} if "Acme" in text else {})


def test_an_unclosed_front_matter_still_says_so() -> None:
    with pytest.raises(InputError, match="no closing '---'"):
        split_front_matter("---\ncompany: Acme\nmet Bob\n", "n.md")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "---\ncompany: Acme\nrole: Analyst\ncandidate: Ana Diaz\ndate: 2026-02-30\n---\nhi\n",
            "n.md: front matter line 5: date '2026-02-30' is not a date (day is out of range "
            "for month; write it as 2026-05-19)",
        ),
        (
            "---\ninterview_date: 2026-13-45\n---\nhi\n",
            "n.md: front matter line 2: interview_date '2026-13-45' is not a date (month must "
            "be in 1..12; write it as 2026-05-19)",
        ),
        (
            "---\ncompany:\n  - Acme\n  - Beta\nrole: 42\n---\nhi\n",
            "n.md: front matter line 2: company is a list; give one value (company: ...)",
        ),
        (
            "---\nrole: Analyst\nEmployer: {name: Acme}\n---\nhi\n",
            "n.md: front matter line 3: Employer is a set of 'key: value' lines; give one value "
            "(Employer: ...)",
        ),
    ],
)
def test_a_bad_value_names_its_field_and_line(text: str, expected: str) -> None:
    with pytest.raises(InputError) as caught:
        split_front_matter(text, "n.md")
    assert str(caught.value) == expected


def test_lists_stay_fine_where_a_list_is_meant() -> None:
    text = "---\ncompany: Acme\ninterviewers:\n  - Bob Smith\n  - Ana Ruiz\nhighlights: [a, b]\n"
    data, _ = split_front_matter(text + "---\nhi\n", "n.md")
    assert data["interviewers"] == ["Bob Smith", "Ana Ruiz"]


def test_the_single_value_keys_are_the_notes_single_value_keys() -> None:
    single = {"candidate", "company", "role", "interview_date", "decision_date", "kind"}
    assert {k for k, v in FRONT_MATTER_KEYS.items() if v in single} == set(SINGLE_VALUE_KEYS)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"---\n---\n", "the notes are empty"),
        (b"---\ndate: 2026-02-30\n---\nBob asked about SQL.\n", "line 2: date '2026-02-30'"),
        (b"---\ncompany:\n  - Acme\n  - Beta\n---\nBob asked.\n", "line 2: company is a list"),
    ],
)
def test_write_and_lint_refuse_in_one_line(
    cli: Any, tmp_path: Path, data: bytes, message: str
) -> None:
    path = tmp_path / "n.md"
    path.write_bytes(data)
    cli("write", str(path), "--today", "2026-11-27").assert_input_error(message)
    empty = "has front matter but no message after it"  # the linter's own words for it
    cli("lint", str(path)).assert_input_error(empty if data == b"---\n---\n" else message)
