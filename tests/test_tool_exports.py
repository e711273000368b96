"""Notes exported from notes tools (toolexports.py) and the facts on a notes page's title line
(titleline.py): notes written for this file, none copied from eval/."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from followup.inputs import read_source
from followup.notes import parse_notes, understand_notes
from followup.toolexports import plain_export, plain_values

TODAY = dt.date(2026, 11, 26)

BODY = (
    "- she asked how I handle a driver who is late twice\n"
    "- she cares about the new routing software rollout\n"
    "- concern: I have not used Samsara. I said I learned Geotab in a week\n"
    "- next: they decide by Friday 4 Dec\n"
)


def reading(tmp_path: Path, text: str, name: str = "notes.txt"):  # type: ignore[no-untyped-def]
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return understand_notes(parse_notes(read_source(str(path))), TODAY)


def test_org_mode_title_author_drawer_and_headings(tmp_path: Path) -> None:
    text = (
        "#+TITLE: Job hunt autumn — dispatcher\n"
        "#+AUTHOR: Odile Fanshawe\n"
        "#+STARTUP: overview\n\n"
        "* DONE Interview: Dispatcher (nights)\n"
        "  CLOSED: [2026-11-24 Tue 16:10]\n"
        "  :PROPERTIES:\n"
        "  :COMPANY:  Larkfield Freight\n"
        "  :END:\n"
        "** People\n"
        "*** Priya Shah — Operations Manager\n"
        + "".join("    " + ln + "\n" for ln in BODY.splitlines())
        + "* Log\n"
        "  - [X] [2026-11-25 Wed] thank-you -> Shah\n"
        "* PRIVATE                                     :noexport:\n"
        "  - pay 19.50 an hour\n"
    )
    brief = reading(tmp_path, text, "hunt.org").brief
    assert brief.candidate == "Odile Fanshawe"
    assert brief.company == "Larkfield Freight"
    assert brief.interview_date == dt.date(2026, 11, 24)
    assert [i.name for i in brief.interviewers] == ["Priya Shah"]


def test_org_markup_is_gone_from_the_text() -> None:
    out = plain_export(
        "#+TITLE: Notes\n* TODO [#A] Call back  :work:\n  SCHEDULED: <2026-11-30 Mon>\n"
        "  :LOGBOOK:\n  CLOCK: [2026-11-24 Tue 10:00]--[2026-11-24 Tue 11:00] =>  1:00\n"
        "  :END:\n  see [[https://example.org/x][the article]] from [2026-11-19 Thu]\n"
    )
    assert out.splitlines() == ["Notes", "# Call back", "see the article from 2026-11-19 (Thu)"]


def test_obsidian_links_tags_and_callouts(tmp_path: Path) -> None:
    text = (
        '---\ncompany: "[[Larkfield Freight]]"\nrole: Dispatcher\ndate: 2026-11-24\n'
        "me: Odile Fanshawe\n---\n"
        "# Larkfield – dispatcher interview\n\n"
        "## People\n- [[Priya Shah|Priya Shah]] – Operations Manager. Routing rollout. #dispatch\n"
        + BODY
        + "\n> [!note] forgot to say\n> I trained two new dispatchers at [[Hale & Co]].\n\n"
        "> [!warning] #private\n> - pay 19.50 an hour, asked 21\n"
    )
    r = reading(tmp_path, text, "larkfield.md")
    assert r.brief.company == "Larkfield Freight"
    assert "[[" not in r.text and "#dispatch" not in r.text
    assert "19.50" not in r.public_text()
    assert r.brief.forgot_to_mention and "Hale & Co" in r.brief.forgot_to_mention


def test_front_matter_values_lose_their_links() -> None:
    fm: dict[str, object] = {
        "company": "[[Larkfield Freight]]",
        "interviewers": ["[[Priya Shah|Priya]]"],
    }
    assert plain_values(fm) == {"company": "Larkfield Freight", "interviewers": ["Priya"]}


def test_notion_page_owner_is_the_writer(tmp_path: Path) -> None:
    text = (
        "# Interview – Larkfield Freight (dispatcher)\n\n"
        "Created: November 24, 2026 5:02 PM\nOwner: Odile Fanshawe\nTags: jobs\n"
        "Date: 24/11/2026\n\n<aside>\n💡 send the thank-you tomorrow\n</aside>\n\n"
        "## Who I met\n\n### Priya Shah – Operations Manager\n\n" + BODY
    )
    r = reading(tmp_path, text, "page.md")
    assert r.brief.candidate == "Odile Fanshawe"
    assert [i.name for i in r.brief.interviewers] == ["Priya Shah"]
    assert "<aside>" not in r.text and "Created:" not in r.text


@pytest.mark.parametrize(
    "stamp",
    ["[24/11/2026 18:02] ", "[11/24/26, 6:02 PM] ", "24/11/2026, 18:02 - "],
)
def test_messages_sent_to_oneself_name_the_writer(tmp_path: Path, stamp: str) -> None:
    lines = [
        "Interview at Larkfield Freight today, dispatcher job (nights)",
        "Met Priya Shah, Operations Manager",
        *[ln.lstrip("- ") for ln in BODY.splitlines()],
    ]
    text = "[Chat export – Saved Messages – exported 24/11/2026]\n\n" + "".join(
        f"{stamp}Odile Fanshawe: {ln}\n" for ln in lines
    )
    r = reading(tmp_path, text)
    assert r.brief.candidate == "Odile Fanshawe"
    assert r.brief.interview_date == dt.date(2026, 11, 24)
    assert "Saved Messages" not in r.text


def test_a_chat_with_two_senders_names_no_author() -> None:
    text = "".join(
        f"[24/11/2026 18:0{i}] {who}: message {i}\n"
        for i, who in enumerate(["Odile Fanshawe", "Priya Shah", "Odile Fanshawe"])
    )
    assert "Author:" not in plain_export(text)


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("面接メモ — 2026年11月24日(火) 15:00", "面接メモ — 24 November 2026 (Tuesday) 15:00"),
        ("면접 2026년 11월 24일 (화)", "면접 24 November 2026 (Tuesday)"),
        ("2次面接 12月3日", "2次面接 3 December"),
        ("Larkfield Freight 株式会社, Osaka", "Larkfield Freight, Osaka"),
    ],
)
def test_dates_and_legal_forms_in_chinese_japanese_korean(written: str, said: str) -> None:
    assert plain_export(written) == said


def test_logseq_properties_are_labels() -> None:
    assert plain_export("- company:: Larkfield Freight\n- role:: Dispatcher") == (
        "- Company: Larkfield Freight\n- Role: Dispatcher"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Met Priya at Larkfield #2 depot, C# and F# devs, issue #42\n- see https://x.org/a#b\n",
        '# Larkfield\n## Notes\n> she said: "we move fast"\n[not a banner]\n',
        "Date: 24 Nov\nOwner: Priya Shah (ops)\n",  # no page title: an owner, not the author
    ],
)
def test_plain_notes_come_back_unchanged(text: str) -> None:
    assert plain_export(text) == text


SLOVAK_FORM = (
    "Pohovor: 24. 11. 2026 (utorok), Larkfield office Hull\nPosition: Dispatcher\n\n"
    "Met:\n- Ms Priya Shah, Operations Manager - asked about routing\n" + BODY
)
LIST_FORM = (
    "Larkfield Freight - Dispatcher\nInterview date: 11/24/2026 Tuesday, 2:00 PM, Hull depot\n\n"
    "People I meet:\n1. Ms. Priya Shah - Operations Manager\n" + BODY
)
DIARY_FORM = (
    "Tue 24th Nov 2026 – interview at Larkfield Freight Ltd, Hull depot. Role: Dispatcher. "
    "Met Ms Priya Shah (Operations Manager). She asked about routing.\n" + BODY
)


@pytest.mark.parametrize(
    ("title", "body", "candidate", "company"),
    [
        ("My job notebook - Odile Fanshawe (Leeds)", DIARY_FORM, "Odile Fanshawe", "Larkfield"),
        ("My job notebook - Odile Fanshawe (Leeds)", SLOVAK_FORM, "Odile Fanshawe", None),
        (
            "Odile Fanshawe - Larkfield application, poznámky",
            SLOVAK_FORM,
            "Odile Fanshawe",
            "Larkfield",
        ),
        ("me Odile Fanshawe everybody calls me Dilly", LIST_FORM, "Odile Fanshawe", "Larkfield"),
        ("Verfasser: Odile Fanshawe, Disponentin", SLOVAK_FORM, "Odile Fanshawe", None),
        ("Odile Fanshawe – job diary (Larkfield Freight)", SLOVAK_FORM, "Odile Fanshawe", None),
    ],
)
def test_the_writer_on_the_title_line(
    tmp_path: Path, title: str, body: str, candidate: str, company: str | None
) -> None:
    """The writer's name beside "notes" is never the firm or the job; the notes part is no firm
    ("My job notebook"): a firm the notes do not give is asked for, never made up."""
    brief = reading(tmp_path, f"{title}\n\n{body}").brief
    assert brief.candidate == candidate
    assert (brief.company or "").startswith(company or "") and brief.company != "My job notebook"
    if company is None:
        assert brief.company is None
    assert brief.role == "Dispatcher"


def test_the_firm_in_the_title_bracket_when_said_again(tmp_path: Path) -> None:
    text = (
        "Odile Fanshawe – job diary (Larkfield Freight)\n\n"
        "Tue 24th Nov 2026 – interview at Larkfield Freight Ltd, Leeds depot. Role: Dispatcher. "
        "Met Priya Shah (Operations Manager).\n" + BODY
    )
    brief = reading(tmp_path, text).brief
    assert brief.candidate == "Odile Fanshawe"
    assert brief.company and brief.company.startswith("Larkfield Freight")


def test_a_town_in_the_title_bracket_is_no_firm(tmp_path: Path) -> None:
    text = "Odile Fanshawe – job diary (Leeds)\n\nTue 24th Nov 2026 – dispatcher interview.\n"
    assert reading(tmp_path, text).brief.company != "Leeds"


def test_the_firm_on_a_bare_opening_line(tmp_path: Path) -> None:
    text = (
        "24/11-26. Larkfield Ferries. Hull office.\nDispatcher, nights. Perm.\n"
        "Odile Fanshawe\n\nMet: Priya Shah. Only her.\n\nShah:\n" + BODY
    )
    assert reading(tmp_path, text).brief.company == "Larkfield Ferries"


def test_a_memo_banner_that_dates_the_notes_is_kept() -> None:
    text = "[voice memo transcript, recorded after, Tuesday Nov 24 2026]\n\nSo that was it.\n"
    assert plain_export(text) == text
    assert plain_export("[scan_0042.jpg - OCR text]\nLarkfield\n") == "Larkfield\n"


def test_a_firm_named_beside_notes_is_no_writer(tmp_path: Path) -> None:
    text = (
        "Larkfield Guide Dogs – interview notes\n=====\n\nRole: Kennel Assistant\n"
        "Me: Odile Fanshawe\nDate: Tue 24th Nov 2026\n\nPriya Shah — Kennel Manager\n" + BODY
    )
    assert reading(tmp_path, text).brief.company == "Larkfield Guide Dogs"


def test_the_firm_read_twice_is_no_job(tmp_path: Path) -> None:
    text = (
        "#+TITLE: Job search 2026 — Larkfield Freight\n#+AUTHOR: Odile Fanshawe\n\n"
        "* DONE Interview: Night Dispatcher\n  CLOSED: [2026-11-24 Tue 17:40]\n"
        "** Priya Shah — Operations Manager\n" + BODY
    )
    brief = reading(tmp_path, text, "hunt.org").brief
    assert brief.company == "Larkfield Freight"
    assert brief.role != "Larkfield Freight"


def test_a_name_beside_notes_is_the_firm_when_the_writer_is_labelled(tmp_path: Path) -> None:
    text = (
        "# Interview notes — Larkfield Ledger\n\n**Date:** 2026-11-24 (Tue)\n"
        "**Role:** Dispatcher\n**Me:** Odile Fanshawe\n\n## Who\n"
        "- Priya Shah — Operations Manager\n" + BODY
    )
    brief = reading(tmp_path, text, "n.md").brief
    assert (brief.company, brief.candidate) == ("Larkfield Ledger", "Odile Fanshawe")


def test_an_eval_case_reads_an_exported_notes_file(tmp_path: Path) -> None:
    """A case's notes may be any notes tool's file (".org"), not only .md and .txt: the path
    is read, never taken as the notes' text."""
    from followup.evaluation.cases import load_case_file

    (tmp_path / "hunt.org").write_text("#+TITLE: Notes\n* Interview\n", encoding="utf-8")
    (tmp_path / "c.yaml").write_text(
        "cases:\n  - id: org\n    notes: hunt.org\n    kind: thank-you\n"
        "  - id: one-line\n    notes: met Priya at Larkfield.\n    kind: thank-you\n",
        encoding="utf-8",
    )
    org, inline = load_case_file(tmp_path / "c.yaml")
    assert org.notes_text.startswith("#+TITLE: Notes")
    assert inline.notes_text == "met Priya at Larkfield." and "(inline)" in inline.notes_source


def test_a_title_in_another_language_names_no_firm(tmp_path: Path) -> None:
    """ "Protokoll / Aktennotiz" says what the page is: a message "at Protokoll" is wrong,
    so the firm is asked for."""
    text = (
        "Protokoll / Aktennotiz\nVerfasser: Odile Fanshawe, Disponentin\n\n"
        "Datum: Dienstag, 24. November 2026\nStelle: Disponentin\n\n"
        "1. Frau Priya Shah, Leiterin\n" + BODY
    )
    brief = reading(tmp_path, text).brief
    assert brief.company != "Protokoll"
    assert brief.candidate == "Odile Fanshawe"
