"""A firm on a banner line of its own in a job-hunt log (bannerfirm.py), and banners that name
no firm."""

from __future__ import annotations

import datetime as dt

import pytest

from followup.models import Notes
from followup.notes import understand_notes

TODAY = dt.date(2026, 5, 2)


def company(text: str) -> str | None:
    return understand_notes(Notes(front_matter={}, text=text, source="n.txt"), TODAY).brief.company


LOG = (
    "K. MARSH -- APPLICATIONS (spring)\n\n{banner}\n"
    "Job: Deck Hand - ferries (seasonal)\n"
    "Interview: Tue 28 Apr 2026 at the quay. Met Ivo Brandt (ops manager).\n"
    "- he asked about rope work and night crossings\n"
)


@pytest.mark.parametrize(
    ("banner", "firm"),
    [
        ("=== Pellham Boatworks, Lower Hendry ===", "Pellham Boatworks"),
        ("*** Corran Ferry Marina ***", "Corran Ferry Marina"),
        ("~~ Saltash Harbour Trust -- Saltash ~~", "Saltash Harbour Trust"),
    ],
)
def test_a_banner_naming_a_business_is_the_company(banner: str, firm: str) -> None:
    assert company(LOG.format(banner=banner)) == firm


@pytest.mark.parametrize(
    "banner",
    ["=== what he asked ===", "=== April ===", "*** Ivo Brandt ***", "=== Round Two ==="],
)
def test_a_banner_that_names_no_business_gives_no_company(banner: str) -> None:
    assert company(LOG.format(banner=banner)) in (None, "")
