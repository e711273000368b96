"""Notes kept in tools' own formats (a delimited table, `git log`, a tracker's issue) read as
plain notes (tablenotes.py, gitlognotes.py, jiranotes.py): notes written for this file, none
copied from eval/."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from followup.captionnotes import plain_captions
from followup.gitlognotes import plain_git_log
from followup.inputs import read_source
from followup.jiranotes import plain_jira
from followup.notes import parse_notes, understand_notes
from followup.slacknotes import plain_chat
from followup.tablenotes import plain_table
from followup.toolexports import plain_export
from followup.trellonotes import plain_trello

TODAY = dt.date(2026, 3, 20)


def reading(tmp_path: Path, text: str, name: str = "notes.txt"):  # type: ignore[no-untyped-def]
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return understand_notes(parse_notes(read_source(str(path))), TODAY)


# -- delimited tables --------------------------------------------------------------------------
TABLE = (
    "fecha{d}quien{d}tipo{d}nota\n"
    "2026-03-10{d}Ines Calvo (Head of Logistics), Ribera Foods{d}entrevista{d}"
    "Warehouse Planner. Tomas Lindqvist (yo). 09:00 at the depot\n"
    "2026-03-10{d}Ines Calvo{d}entrevista{d}she cares about the cold-chain audit in April\n"
    "2026-03-10{d}Ines Calvo{d}entrevista{d}asked how I plan picking waves for 40 stores\n"
    "2026-03-10{d}Ines Calvo{d}next steps{d}decision by the end of March\n"
    "2026-03-11{d}yo{d}plan{d}thank-you to Ines tomorrow\n"
)


@pytest.mark.parametrize("delimiter", [";", "\t", ","])
def test_a_delimited_table_reads_its_columns_by_their_cells(tmp_path: Path, delimiter: str) -> None:
    text = TABLE.format(d=delimiter)
    if delimiter == ",":  # a cell holding the delimiter is quoted, as CSV writes it
        cell = "Ines Calvo (Head of Logistics), Ribera Foods"
        text = text.replace(cell, f'"{cell}"')
    brief = reading(tmp_path, text, "log.csv").brief
    assert brief.candidate == "Tomas Lindqvist"
    assert brief.company == "Ribera Foods"
    assert [i.name for i in brief.interviewers] == ["Ines Calvo"]
    assert brief.interview_date == dt.date(2026, 3, 10)


def test_a_table_becomes_a_dated_block_with_every_cell_kept() -> None:
    out = plain_table(TABLE.format(d=";").splitlines())
    assert out[0] == "Me: Tomas Lindqvist"
    head = "2026-03-10 entrevista with Ines Calvo (Head of Logistics) at Ribera Foods"
    assert head in out
    assert "- she cares about the cold-chain audit in April" in out
    assert "- next steps: decision by the end of March" in out
    assert "2026-03-11 Plan: thank-you to Ines tomorrow" in out  # the writer's own row
    assert not any(";" in ln for ln in out)


def test_a_section_row_without_a_day_heads_its_label_rows() -> None:
    text = TABLE.format(d=";") + "PRIVADO;;;\nsueldo;;;asked 2.900 a month\n"
    out = plain_table(text.splitlines())
    assert out[-3:] == ["", "PRIVADO:", "sueldo: asked 2.900 a month"]


def test_quotes_the_writer_typed_stay_and_csv_quoting_goes() -> None:
    text = (
        'date,who,kind,note\n2026-03-01,Ana Ruiz,call,"she said ""soon"", maybe Friday"\n'
        '2026-03-02,Ana Ruiz,reply,"thanks, talk soon"\n2026-03-03,Ana Ruiz,reply,ok\n'
    )
    out = "\n".join(plain_table(text.splitlines()))
    assert 'she said "soon", maybe Friday' in out
    assert '""' not in out


@pytest.mark.parametrize(
    "text",
    [
        # prose with commas: the lines do not split into the header's fields
        "Met Ana, Bo, and Carl today.\nAna asked about SQL, dbt, and Airflow.\n"
        "Bo: team of 6, on call, hybrid.\nCarl, the CTO, runs the roadmap.\n",
        # a header row alone, no rows under it
        "date;who;note\n\nMet Ana Ruiz on Monday.\n",
        # list items under a heading, each with the same number of commas
        "tomas asks:\n-how long driving - 14, girteka 6 yrs, EU + UK\n"
        "-what if a driver is stuck at dover 10h - reroute, call early, tacho rest\n"
        "-software transporeon, timocom, they have own TMS\n",
        # labelled lines with semicolons in their values
        "Company: Ribera Foods; Madrid\nRole: Planner; nights\nWith: Ines Calvo; HR\n",
    ],
)
def test_notes_without_a_table_are_unchanged(text: str) -> None:
    assert plain_table(text.splitlines()) == text.splitlines()


# -- git log -----------------------------------------------------------------------------------
GIT_LOG = """\
commit 9b1f00d2c3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8
Author: Priya Raman <priya.raman@example.org>
Date:   Thu Mar 12 09:15:02 2026 +0000

    chore: no reply yet; thank-you went to Sam on Tuesday

commit 0a1b2c3d4e5f60718293a4b5c6d7e8f9a0b1c2d3
Author: Priya Raman <priya.raman@example.org>
Date:   Tue Mar 10 18:02:44 2026 +0000

    add: interview notes - Quayline Logistics - Data Engineer

    Sam Okoye (Head of Data):
    - asked how I would backfill two years of events without downtime
    - cares about dbt tests running in CI
    - next: decision by Friday 20 March
"""


def test_a_git_log_is_its_messages_oldest_first_with_the_author_as_me() -> None:
    out = plain_git_log(GIT_LOG.splitlines())
    assert out[0] == "Me: Priya Raman (priya.raman@example.org)"
    assert "commit" not in "\n".join(out) and "Author:" not in "\n".join(out)
    first = out.index("Tue 10 Mar 2026")
    assert out[first + 1] == "interview notes - Quayline Logistics - Data Engineer"
    assert out.index("Thu 12 Mar 2026") > first  # git's newest-first order undone
    assert "- cares about dbt tests running in CI" in out  # the body unindented


def test_a_git_log_reads_as_notes(tmp_path: Path) -> None:
    brief = reading(tmp_path, GIT_LOG).brief
    assert brief.candidate == "Priya Raman"
    assert brief.company == "Quayline Logistics"
    assert [i.name for i in brief.interviewers] == ["Sam Okoye"]
    assert brief.interview_date == dt.date(2026, 3, 10)


def test_a_subject_outside_the_convention_keeps_its_words() -> None:
    log = GIT_LOG.replace("    chore: no reply", "    forgot: the Kafka migration; no reply")
    log = log.replace("    add: interview", "    interview")
    out = plain_git_log(log.splitlines())
    assert "forgot: the Kafka migration; no reply yet; thank-you went to Sam on Tuesday" in out


def test_words_like_commit_in_plain_notes_are_no_git_log() -> None:
    text = "commit to the 3-month plan\nAuthor: me\nMet Sam Okoye today.\n"
    assert plain_git_log(text.splitlines()) == text.splitlines()


# -- a tracker's issue -------------------------------------------------------------------------
JIRA = """\
[HUNT-4] Final interview: Brackwater Studios - Technical Artist
Project: HUNT (jobs)      Type: Task      Priority: Medium
Status: IN PROGRESS       Resolution: Unresolved
Assignee: Lena Vogt       Reporter: Lena Vogt
Labels: interview, berlin
Created: 16.03.2026 10:02          Updated: 16.03.2026 18:40

Description:
Onsite at their office, 16.03.2026 14:00. Two people.

h3. Omar Haddad - Art Director
* cares about a shader library the artists can use without help
* asked how I profile overdraw on mobile

h3. Jo Brandt - Lead Engineer
* talked about the move to *Unreal 5* and the build farm
** wants the artists to own their LODs

Comments:
--- Lena Vogt 16.03.2026 18:40
Next steps: Omar said they decide by 27 March.

Sub-tasks:
[HUNT-5] thank-you Omar   TO DO
"""


def test_a_tracker_issue_is_a_title_me_and_the_people_blocks() -> None:
    out = plain_jira(JIRA.splitlines())
    assert out[0] == "# Final interview: Brackwater Studios - Technical Artist"
    assert out[1] == "Me: Lena Vogt"
    joined = "\n".join(out)
    for gone in ("HUNT-4", "Priority:", "Status:", "Labels:", "Created:", "h3.", "--- Lena"):
        assert gone not in joined
    assert "### Omar Haddad - Art Director" in out
    assert "- talked about the move to Unreal 5 and the build farm" in out
    assert "  - wants the artists to own their LODs" in out
    assert "Next steps: Omar said they decide by 27 March." in out
    assert out[-1] == "- thank-you Omar"


def test_a_tracker_issue_reads_as_notes(tmp_path: Path) -> None:
    brief = reading(tmp_path, JIRA).brief
    assert brief.candidate == "Lena Vogt"
    assert brief.company == "Brackwater Studios"
    assert brief.role == "Technical Artist"
    assert [i.name for i in brief.interviewers] == ["Omar Haddad", "Jo Brandt"]


def test_a_line_opening_with_a_ticket_key_alone_is_no_issue_export() -> None:
    text = "[OPS-12] fixed before the interview\nMet Omar Haddad, Art Director.\n"
    assert plain_jira(text.splitlines()) == text.splitlines()
    assert plain_export(text) == text


# -- a board's card ----------------------------------------------------------------------------
CARD = """\
Saltmarsh Ferries — Deck Officer
in list: Interviewed   on board: Jobs 2026
Labels: ferry, interview
Due date: 20.03.2026

Description
Interview 12.03.2026 at the Harwich office.
Me: Ola Nordmann

Checklist: People (2/2)
[x] Grace Obi — Marine Superintendent
    - asked about my bridge watch handovers
    - cares about the new ECDIS rollout
[x] Tom Reid — Crewing Manager
    - rotation 2 on 2 off, joining in April

Checklist: Follow-up (1/2)
[x] 13.03 thank-you to Grace
[ ] 20.03 inquiry to Tom

Comments
Ola — 16 Mar 2026 at 18:00
  second thought: mention the STCW refresher
Ola — 13 Mar 2026 at 09:10
  sent the thank-you to Grace
"""


def test_a_board_card_is_its_checklists_as_headings_and_comments_oldest_first() -> None:
    out = plain_trello(CARD.splitlines())
    joined = "\n".join(out)
    for gone in ("in list:", "Labels:", "Due date:", "Checklist:", "(2/2)", "Ola —"):
        assert gone not in joined
    assert "## People" in out and "- Grace Obi — Marine Superintendent" in out
    assert "    - cares about the new ECDIS rollout" in out
    assert "- [ ] 20.03 inquiry to Tom" in out  # an open item keeps its box
    assert out.index("sent the thank-you to Grace") < out.index(
        "second thought: mention the STCW refresher"
    )


def test_a_board_card_reads_as_notes(tmp_path: Path) -> None:
    brief = reading(tmp_path, CARD).brief
    assert brief.candidate == "Ola Nordmann"
    assert brief.company == "Saltmarsh Ferries"
    assert {i.name for i in brief.interviewers} == {"Grace Obi", "Tom Reid"}


def test_a_checklist_without_the_boards_sections_is_left_alone() -> None:
    text = "Checklist: packing (1/3)\n[x] passport\n[ ] CV copies\n"
    assert plain_trello(text.splitlines()) == text.splitlines()


# -- a team chat -------------------------------------------------------------------------------
CHAT = """\
#job-notes  (DM with myself)

Mira Sokolova  9:02 AM
interview today at Fernhill Analytics, Data Analyst, 11:00

Mira Sokolova  12:40 PM
*Dev Patel* – Analytics Lead
• asked how I would clean the churn data :thinking_face:
• cares about _clear_ dashboards for the sales team

Mira Sokolova  12:45 PM
next steps: they decide by Friday
"""


def test_a_chat_with_one_sender_is_the_writers_notes() -> None:
    out = plain_chat(CHAT.splitlines())
    assert out[0] == "Me: Mira Sokolova"
    joined = "\n".join(out)
    for gone in ("9:02 AM", "#job-notes", ":thinking_face:", "*Dev", "_clear_"):
        assert gone not in joined
    assert "Dev Patel – Analytics Lead" in out
    assert "• cares about clear dashboards for the sales team" in out


def test_a_chat_with_one_sender_reads_as_notes(tmp_path: Path) -> None:
    brief = reading(tmp_path, CHAT).brief
    assert brief.candidate == "Mira Sokolova"
    assert [i.name for i in brief.interviewers] == ["Dev Patel"]


def test_a_chat_with_two_senders_is_a_conversation_left_as_it_is() -> None:
    text = CHAT.replace("Mira Sokolova  12:45 PM", "Sam Lee  12:45 PM")
    assert plain_chat(text.splitlines()) == text.splitlines()


def test_a_name_and_a_time_once_is_no_chat() -> None:
    text = "Dev Patel  11:00\nasked about SQL\nMet at Fernhill.\n"
    assert plain_chat(text.splitlines()) == text.splitlines()


# -- a call's transcript as captions -----------------------------------------------------------
VTT = """\
WEBVTT

1
00:00:01.200 --> 00:00:04.800
Ruth Amsel: Thanks for joining. I lead design

2
00:00:04.800 --> 00:00:07.100
here at Quillmoor, and Odile is on the call too.

3
00:00:07.500 --> 00:00:09.000
<v Odile Brandt>Hi, good morning.</v>
"""


def test_caption_cues_become_one_line_a_speakers_turn() -> None:
    assert plain_captions(VTT.splitlines()) == [
        "Ruth Amsel: Thanks for joining. I lead design here at Quillmoor, and Odile is on the "
        "call too.",
        "Odile Brandt: Hi, good morning.",
    ]


def test_subrip_timings_and_notes_around_them() -> None:
    srt = "my notes: call with Ruth\n\n1\n00:00:01,000 --> 00:00:02,500\nRuth Amsel: Hello.\n\n"
    srt += "2\n00:00:03,000 --> 00:00:04,000\nAnd welcome.\n"
    assert plain_captions(srt.splitlines()) == [
        "my notes: call with Ruth",
        "Ruth Amsel: Hello. And welcome.",
    ]


def test_one_arrow_line_is_no_caption_file() -> None:
    text = "09:00.0 --> 09:30.0 slot moved\nMet Ruth Amsel.\n"
    assert plain_captions(text.splitlines()) == text.splitlines()


# -- a calendar file's wrapper -----------------------------------------------------------------
ICS = """\
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Google Calendar 70.9054//EN
BEGIN:VTIMEZONE
TZID:Europe/London
END:VTIMEZONE
BEGIN:VEVENT
DTSTART:20260310T140000Z
SUMMARY:Interview - Data Analyst - Fernhill Analytics
ORGANIZER;CN=Ana Ruiz:mailto:ana.ruiz@fernhill.io
BEGIN:VALARM
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR

my notes:
- Ana asked how I would clean the churn data
"""


def test_a_calendar_files_own_lines_go_and_its_event_stays() -> None:
    out = plain_export(ICS).splitlines()
    assert out[0] == "BEGIN:VEVENT" and "END:VEVENT" in out
    assert not any(w in ln for ln in out for w in ("PRODID", "TZID", "Reminder", "VCALENDAR"))
    assert "- Ana asked how I would clean the churn data" in out


def test_the_calendar_apps_maker_is_no_company(tmp_path: Path) -> None:
    assert reading(tmp_path, ICS, "invite.ics").brief.company == "Fernhill Analytics"
