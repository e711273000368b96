"""A header typed one fact a line (stackedheader.py). The notes here are made up for these
tests; none is an eval case."""

from __future__ import annotations

from followup.noteheader import Header
from followup.stackedheader import _agent_noun, read_stacked_header

STACK = """blm job
welder FT-2231
vale district office
zoom intv
apr 2 2026

marta ruiz
crew lead
- asked about pipe welding
"""


def test_a_stacked_header_gives_the_job_and_the_employer() -> None:
    header = Header()
    read_stacked_header(header, STACK)
    assert header.role == "Welder"
    assert header.company == "BLM"


def test_a_fact_the_notes_give_is_kept() -> None:
    header = Header(company="Bureau of Land Management", role="Welding Technician")
    read_stacked_header(header, STACK)
    assert (header.company, header.role) == ("Bureau of Land Management", "Welding Technician")


def test_sentences_are_no_stack() -> None:
    header = Header()
    read_stacked_header(header, "met marta today.\nwelder job, she said.\nblm job\n")
    assert (header.company, header.role) == (None, None)


def test_an_agent_noun_is_a_noun_whose_stem_is_a_verb() -> None:
    assert _agent_noun("packer") and _agent_noun("welder") and _agent_noun("shopper")
    assert not _agent_noun("number")  # a verb itself
    assert not _agent_noun("glacier")
