"""personblocks.py: the people met, read by the block each heads in a list."""

from __future__ import annotations

import datetime as dt

from followup.models import Notes
from followup.noteheader import Header
from followup.notes import brief_from_notes
from followup.personblocks import block_people
from followup.whogetsanote import address_off


def _names(text: str, header: Header | None = None) -> list[str]:
    return [p.name for p in block_people(text, header or Header())]


def _met(text: str) -> list[str]:
    brief = brief_from_notes(Notes(text=text, source="t.txt"), dt.date(2025, 9, 25))
    return sorted(i.name for i in brief.interviewers)


_PANEL = """Pohorje Lifts d.o.o. - lift maintenance technician
Matej Kranjc

Prisotni:
- Gregor Novak, tehnični vodja
  - 6-seat Doppelmayr, new in 2019
  - asked: hydraulic tensioning. ok.
- ga. Petra Zupan, kadrovska
  - contract 1 yr, then permanent
  - start 15.10., before season
"""


def test_a_list_of_people_each_over_their_own_lines_in_any_language() -> None:
    assert _names(_PANEL) == ["Gregor Novak", "Petra Zupan"]  # "ga." is a word of address
    assert _met(_PANEL) == ["Gregor Novak", "Petra Zupan"]


def test_a_numbered_item_with_a_title_in_brackets_and_a_first_name_beside_a_full_name() -> None:
    text = (
        "Kim bilan:\n"
        "1) Yuldashev Rustam Akramovich — главный инженер (chief engineer). Old school.\n"
        "   - asked about saw cylinders\n"
        "   - big problem for him = downtime in season\n"
        "2) Dilnoza opa — kadrlar bo'limi (HR). only first name she said\n"
        "   - night shifts in season\n"
        "   - dormitory for workers from far\n"
    )
    people = block_people(text, Header())
    assert [(p.name, p.title) for p in people] == [
        ("Yuldashev Rustam Akramovich", "chief engineer"),
        ("Dilnoza", "HR"),  # "opa" (elder sister) is how she is addressed, no part of the name
    ]


def test_a_titled_item_without_lines_beside_a_block_and_a_name_in_another_script() -> None:
    text = (
        "- Lin Jia-hao 林家豪 — Director of Franchise Ops\n"
        "  * franchisee compliance: recipe consistency\n"
        "  * asked how I handle a franchisee who cuts corners\n"
        "- Xiao Mei 小美 (HR, only nickname given) — did first 10 min, benefits\n"
    )
    assert _names(text) == ["Lin Jia-hao", "Xiao Mei"]


def test_lists_that_are_no_people_met() -> None:
    topics = (
        "Topics:\n- Budget Planning, quarterly\n  - he asked about it\n  - and more\n"
        "- Next Steps: call\n  - soon\n  - ok\n"
    )
    assert _names(topics) == []
    referees = (
        "My references:\n- Anna Kowalczyk, former manager\n  - phone on file\n  - said yes\n"
        "- Tomás Ruiz, team lead\n  - email only\n  - asked her\n"
    )
    assert _names(referees) == []
    one = "- Anna Kowalczyk\n  - phone on file\n  - email only\n"  # no title, no one else, no talk
    assert _names(one) == []
    # the candidate and the company are never someone met
    header = Header(candidate="Anna Kowalczyk", company="Blue Harbor")
    lines = "- Anna Kowalczyk, nurse\n  - asked a lot\n  - fine\n"
    lines += "- Blue Harbor, clinic\n  - x\n  - y\n"
    assert _names(lines, header) == []


def test_the_block_reader_adds_no_one_when_others_were_read() -> None:
    text = "Met with Dana Kelly (Hiring Manager).\n\n" + _PANEL
    assert _met(text) == ["Dana Kelly"]


def test_a_word_of_address_after_the_name_is_taken_off() -> None:
    assert address_off("dilnoza opa") == "dilnoza"
    assert address_off("chị hoa") == "hoa"
    assert address_off("anna kowalczyk") == "anna kowalczyk"
