"""Money in the work is no pay, and a line's pay clause goes without the rest of the line
(workmoney.py, privacy.py, notelines.py; trial13 n2: '... the injection molded housing at
Vexo, saved $4/unit' was dropped whole as pay)."""

from __future__ import annotations

import pytest

from followup import privacy
from followup.workmoney import public_head, work_money


@pytest.mark.parametrize(
    "sentence",
    [
        "told him abt the injection molded housing at Vexo, saved $4/unit",
        "cut scrap costs by $1.2M",
        "ran a $2M budget for the retrofit",
        "$30 a seat for the licences",
    ],
)
def test_money_in_the_work(sentence: str) -> None:
    assert work_money(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "$27/hr",
        "$30 an hour",
        "$80k",
        "saved $4/unit, base is 145k",
        "they pay $4/unit",
        "no figure",
    ],
)
def test_money_the_candidate_earns_or_no_money(sentence: str) -> None:
    assert not work_money(sentence)


def test_the_pay_clause_goes_and_the_clauses_before_it_stay() -> None:
    text = "Dana: talked abt the WMS rollout - pay is 52k, need to negotiate.\n"
    remarks = privacy.private_lines(text)
    assert [r.text for r in remarks] == ["pay is 52k, need to negotiate."]
    assert "WMS rollout" in privacy.redact(text)


def test_a_clause_with_a_figure_beside_pay_goes_with_it() -> None:
    is_private = lambda c: privacy.classify_sentence(c) is not None  # noqa: E731
    assert public_head("i want 95, they offered 85k", is_private) is None
    assert public_head("talked about 3 sites, pay is 52k", is_private) is None
    assert public_head("talked about pricing, pay is 52k", is_private) == "talked about pricing"
    assert [r.text for r in privacy.private_lines("offered 85k, i want 95\n")] == [
        "offered 85k, i want 95"
    ]


def test_the_notes_reader_keeps_a_saving_and_drops_pay() -> None:
    import datetime as dt

    from followup.inputs import SourceText
    from followup.notes import parse_notes, understand_notes

    text = (
        "onsite at Cobalt Robotics, mechanical engineer role\nme: Chris Okafor\n\n"
        "Raj Patel (hiring manager): asked re my DFM experience - told him about the "
        "injection molded housing at Vexo, saved $4/unit.\n\n"
        "Lena Ortiz: walked through the test rig - her range is 140-150k.\n"
    )
    reading = understand_notes(parse_notes(SourceText(name="n", text=text)), dt.date(2026, 11, 25))
    kept = " ".join(ln.text for ln in reading.lines if ln.usable)
    assert "housing at Vexo" in kept
    assert "test rig" in kept
    assert "140" not in kept
