"""labelwords.py owns the meeting's own words that factplace.py reads a title part without."""

from __future__ import annotations

import pytest

from followup import factplace
from followup.labelwords import MEETING_CUT_WORDS, MEETING_NAME_WORDS


@pytest.mark.parametrize(
    "part", ["Interview", "Final interview notes", "Cyfweliad", "Entretien d'embauche", "면접"]
)
def test_a_title_part_that_is_only_the_meeting_is_read_so(part: str) -> None:
    assert factplace._MEETING.match(part)


@pytest.mark.parametrize("part", ["Ridgeline Solar Co-op", "Interview Coordinator role"])
def test_a_firm_or_a_job_is_no_meeting(part: str) -> None:
    assert not factplace._MEETING.match(part)


def test_factplace_reads_the_words_labelwords_keeps() -> None:
    assert "cyfweliad" in MEETING_NAME_WORDS and "wawancara" in MEETING_CUT_WORDS
    for word in ("cyfweliad", "mülakat"):
        assert word in factplace._MEETING.pattern
    assert factplace._MEETING_WORD.sub(" ", "interview for Barista").strip() == "for Barista"
