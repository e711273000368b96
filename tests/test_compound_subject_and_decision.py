"""compoundsubject.py: "Jonah and I talked about X" stays one clause, the person's topic;
whogetsanote.decision_tellers: only the one who gave the decision is thanked for it."""

from __future__ import annotations

from followup.compoundsubject import whole_subjects
from followup.noteheader import Person
from followup.notelines import LineKind, classify_notes
from followup.whogetsanote import decision_tellers, gave_the_decision

_PEOPLE = [Person("Jonah Reyes", "Lead Writer", None), Person("Ama Boateng", None, None)]


def test_a_name_and_i_is_one_subject_and_the_line_is_their_topic() -> None:
    line = "Jonah and I talked about branching dialogue in the co-op game, and his love of RPGs."
    lines = classify_notes(line, _PEOPLE)
    assert len(lines) == 1
    assert lines[0].kind is LineKind.TOPIC
    assert lines[0].about == "Jonah Reyes"
    assert lines[0].phrase is not None and lines[0].phrase.startswith("branching dialogue")


def test_a_part_with_a_verb_is_a_clause_of_its_own() -> None:
    assert whole_subjects(["Jonah", "I talked about X"]) == ["Jonah and I talked about X"]
    assert whole_subjects(["asked about kafka", "I said yes"]) == [
        "asked about kafka",
        "I said yes",
    ]
    # only the line's opening part can be half a subject
    assert whole_subjects(["asked about kafka", "Jonah", "I said yes"]) == [
        "asked about kafka",
        "Jonah",
        "I said yes",
    ]


_N8 = """Kestrel Games - Narrative Designer
Interviewed Oct 30 with Jonah Reyes (Lead Writer) and Ama Boateng (Creative Director)
Ama asked about my writing sample.
got the no on 11/20 - went w/ someone with shipped AAA credits
Jonah was super kind on the call and said to keep in touch
"""
_NAMES = [["Jonah", "Reyes"], ["Ama", "Boateng"]]


def test_the_one_named_giving_the_decision_is_the_one_thanked_for_it() -> None:
    assert decision_tellers(_N8, _NAMES) == {0}
    people = ["Jonah Reyes", "Ama Boateng"]
    assert gave_the_decision(_N8, people, "Jonah Reyes")
    assert not gave_the_decision(_N8, people, "Ama Boateng")


def test_no_one_named_with_the_decision_leaves_the_thanks_to_the_reader() -> None:
    text = "Acme - Analyst\nmet Jonah Reyes and Ama Boateng\nrejected on 11/20\n"
    assert decision_tellers(text, _NAMES) == set()
    assert gave_the_decision(text, ["Jonah Reyes", "Ama Boateng"], "Ama Boateng")
    # a person who only asked a question after the decision's line did not give it
    asked = "rejected 11/20\nAma asked about my sample\n"
    assert decision_tellers(asked, _NAMES) == set()
