"""writer.address-or-label (writer/valuecheck.py): a draft that says a company holding a street
address, a company or role with a label's colon, or a word the notes use only as a label, is
blocked. The drafts and notes here are written for these tests; none is an eval case."""

from __future__ import annotations

import pytest

from followup.core import MessageKind, Severity
from followup.models import Draft
from followup.writer.valuecheck import RULE, value_findings, why_not_a_value


def _draft(body: str) -> Draft:
    return Draft(kind=MessageKind.THANK_YOU, subject="Thank you", body=body)


@pytest.mark.parametrize(
    ("company", "role", "notes", "body"),
    [
        (
            "Lakeside Learning Trust, 27 Samora Machel Avenue, Bulawayo",
            "Literacy Officer",
            "",
            "Thank you for meeting me about the Literacy Officer role at Lakeside Learning "
            "Trust, 27 Samora Machel Avenue, Bulawayo.",
        ),
        (
            "Amats: Grāmatvedis",
            "Accountant",
            "",
            "I remain very interested in joining Amats: Grāmatvedis.",
        ),
        (
            "Harlow Museum",
            "Applied: Exhibitions Assistant",
            "",
            "Thank you for your time about the Applied: Exhibitions Assistant role.",
        ),
        (
            "Poste",
            "Chef de Cuisine",
            "Poste : chef de cuisine\nMme Laure Petit\n",
            "I am writing about the Chef de Cuisine role at Poste.",
        ),
        (
            "Applied",
            "Exhibitions Assistant",
            "Name: Ada Obi\nApplied: Exhibitions Assistant\nDate: 3 Nov\n",
            "Thank you for the Exhibitions Assistant interview at Applied.",
        ),
        (
            "Okyere Shea Processors Ltd.",  # a model's draft that adds the address itself
            "Stores Officer",
            "",
            "Thank you for the Stores Officer interview at Okyere Shea Processors Ltd., Plot 9 "
            "Tamale Road, Tamale.",
        ),
    ],
)
def test_should_flag_an_address_or_a_label_said_as_a_name(
    company: str, role: str, notes: str, body: str
) -> None:
    found = value_findings(_draft(body), company, role, notes)
    assert [f.rule_id for f in found] == [RULE]
    assert found[0].severity is Severity.ERROR


@pytest.mark.parametrize(
    ("company", "role", "notes", "body"),
    [
        (
            "Lakeside Learning Trust",
            "Literacy Officer",
            "Company: Lakeside Learning Trust\n",
            "Thank you for meeting me about the Literacy Officer role at Lakeside Learning Trust.",
        ),
        (
            "Abbey Road Studios",
            "Assistant Engineer",
            "",
            "Thank you for the Assistant Engineer interview at Abbey Road Studios, 2 of my "
            "favourite hours this year.",
        ),
        (
            "Stripe",
            "Data Analyst",
            "Stripe: round 2\nI want to work at Stripe\n",
            "Thank you for the Data Analyst interview at Stripe.",
        ),
        (
            "Brightwave",  # the notes' title line, a firm and what the notes are about
            "Data Analyst",
            "Brightwave: onsite, Data Analyst\nDate: 3 Nov\n",
            "Thank you for the Data Analyst interview at Brightwave.",
        ),
        (
            "Amats: Grāmatvedis",  # a value the draft does not say is not held against it
            "Accountant",
            "",
            "Thank you for the Accountant interview.",
        ),
    ],
)
def test_should_pass_a_firm_and_a_job_said_as_names(
    company: str, role: str, notes: str, body: str
) -> None:
    assert value_findings(_draft(body), company, role, notes) == []


def test_why_names_the_address_part() -> None:
    why = why_not_a_value("Hadley Freight Ltd, 4 Canal Street", "company", "")
    assert why is not None and "4 Canal Street" in why
    assert why_not_a_value("Hadley Freight Ltd", "company", "") is None
