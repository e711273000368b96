"""What a keep-in-touch note and a check-in offer: the `--share` link or the notes' own link,
named as the notes name it (writer/share.py, writer/offline.py).

The notes here are made up for these tests; none is an eval case.
"""

from __future__ import annotations

import datetime as dt

from followup.checker.engine import Checker
from followup.core import MessageKind
from followup.models import Draft, Notes
from followup.writer.pipeline import Pipeline, WriteRequest
from followup.writer.share import Share, described_share, unwrapped

REJECTION = """Company: Cobalt Ledger
Role: Security Engineer
Me: Pat Lee
2026-10-02 final round w/ Alan Reyes, Head of Security Engineering
- we talked about the WebAuthn rollout and passkey recovery
2026-10-09 email from Alan: they went with an internal candidate. He said to stay in touch.
"""


def write(text: str, kind: MessageKind, share: str | None = None) -> Draft:
    notes = Notes(front_matter={}, text=text, source="n.txt")
    pipeline = Pipeline(Checker.from_settings(), None)
    request = WriteRequest(notes, kind, today=dt.date(2026, 11, 26), share=share)
    [draft] = pipeline.run(request).drafts
    return draft


def test_a_keep_in_touch_note_offers_the_shared_link() -> None:
    draft = write(
        REJECTION,
        MessageKind.KEEP_IN_TOUCH,
        share="https://example.com/passkeys Passkeys at scale: lessons from 100M logins",
    )
    assert "“Passkeys at scale: lessons from 100M logins” (https://example.com/passkeys)" in (
        draft.body
    )
    assert draft.status == "ready", draft.findings


def test_a_keep_in_touch_note_offers_the_link_the_notes_give() -> None:
    text = REJECTION + 'saw article "Passkey recovery done right" -- https://example.com/pr\n'
    draft = write(text, MessageKind.KEEP_IN_TOUCH)
    assert "https://example.com/pr" in draft.body
    assert "Passkey recovery done right" in draft.body


def test_a_keep_in_touch_note_without_a_link_offers_nothing() -> None:
    draft = write(REJECTION, MessageKind.KEEP_IN_TOUCH)
    assert "http" not in draft.body
    assert "came across" not in draft.body


DIARY = (
    "Sam Ortiz - job search diary\n"
    "Company: Pinecrest Solar\n"
    "Role: Project Coordinator\n"
    "Oct 20: interview with Lena Brandt (Operations Manager). We talked about permitting delays.\n"
    "Nov 27: found the CPUC report on streamlining residential solar permits, "
    "https://example.org/cpuc -- Lena would want it.\n"
)


def test_a_bare_link_is_named_by_what_its_line_says_it_is() -> None:
    draft = write(DIARY, MessageKind.CHECK_IN)
    assert "the CPUC report on streamlining residential solar permits" in draft.subject
    assert "an article" not in draft.subject


def test_described_share_keeps_a_title_and_names_a_bare_link() -> None:
    lines = ["found the CPUC report on streamlining residential solar permits, https://x.org/c"]
    named = described_share(Share("https://x.org/c"), lines)
    assert named.title == "the CPUC report on streamlining residential solar permits"
    assert named.said() == named.title  # a description is said unquoted
    titled = Share("https://x.org/c", "Permit Reform Now")
    assert described_share(titled, lines) is titled
    assert titled.said() == "“Permit Reform Now”"
    assert described_share(Share("https://x.org/c"), ["https://x.org/c"]).title == ""
    above = ["found the CPUC report on residential solar permits", "Link: https://x.org/c"]
    assert described_share(Share("https://x.org/c"), above).title == (
        "the CPUC report on residential solar permits"
    )


def test_a_link_wrapped_at_a_slash_is_joined_again() -> None:
    text = "link: https://x.org/reports/\n   equity/remote-interpreting.pdf\n- next line\n"
    joined = unwrapped(Share("https://x.org/reports/"), text)
    assert joined.url == "https://x.org/reports/equity/remote-interpreting.pdf"
    whole = Share("https://x.org/reports/a.pdf")
    assert unwrapped(whole, "https://x.org/reports/a.pdf\nnext words here\n") is whole


def test_a_quoted_title_over_a_link_names_it() -> None:
    lines = [
        'MN Dept of Health report Sept 2025 "Improving Remote Interpreting for',
        'Older Adults" - exactly her worry.',
        "link: https://x.org/r.pdf",
    ]
    named = described_share(Share("https://x.org/r.pdf"), lines)
    assert named.title == "Improving Remote Interpreting for Older Adults"


def test_the_candidates_own_clause_is_no_part_of_the_description() -> None:
    lines = ["found the IIHF article on video review in Finnish Liiga I read https://x.org/v"]
    named = described_share(Share("https://x.org/v"), lines)
    assert named.title == "the IIHF article on video review in Finnish Liiga"
