"""roleplace.py: the job by its place in the notes' opening, by elimination. Made-up notes."""

from __future__ import annotations

from followup.models import Brief
from followup.roleplace import opening_role, settle_role


def test_the_job_line_under_the_firm() -> None:
    text = "4/2/25 - Hollow Creek Roofing, Elkins WV\nRoof Installer (crew, w/ path to lead)\n"
    assert opening_role(text, "Hollow Creek Roofing", "Ann Lee") == "Roof Installer"


def test_the_job_in_a_sentence_after_the_firm() -> None:
    text = "Monday, May 5\nInterview at Canyon Arts Center. Gallery and Outreach Assistant.\n"
    assert opening_role(text, "Canyon Arts Center", None) == "Gallery and Outreach Assistant"


def test_the_job_said_with_is_before_an_emoji() -> None:
    text = "done!! Harbour View Hotel, Marina\npost is Laundry Supervisor 🙏 night shift\n"
    assert opening_role(text, "Harbour View Hotel", None) == "Laundry Supervisor"


def test_an_acronym_the_meeting_word_follows() -> None:
    text = "Tue 3rd June - ODP interview (Band 5) Theatres\nLakeside Hospital\n"
    assert opening_role(text, "Lakeside Hospital", None) == "ODP"


def test_someone_mets_title_is_no_job() -> None:
    text = "3 June\nSister Mary Hale - ward manager\n- asked about falls\n"
    assert opening_role(text, None, None) is None


def test_a_role_read_is_kept_and_nothing_is_guessed() -> None:
    brief = Brief(company="Acme", role="Baker")
    settle_role(brief, "Line Cook at Acme\n")
    assert brief.role == "Baker"
    empty = Brief(company="Acme", role=None)
    settle_role(empty, "Met Ann today\nlovely chat\n")
    assert empty.role is None


def test_a_duration_is_no_job() -> None:
    text = "HOLLOW OAK FILMS\nKey Location Scout\ninterview 4/2/26, their office, ~1 hr\n"
    assert opening_role(text, "Hollow Oak Films", None) is None
