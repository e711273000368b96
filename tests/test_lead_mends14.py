"""Session 14's small mends found by a new-user trial (trial 14), each a test that failed before."""

from __future__ import annotations

import pytest

from followup.notenames import expand_title
from followup.privacy import Reason, private_lines, public_notes

GOSSIP = [
    "lunch w/ Dana (sr eng), v friendly, told me mgr is kinda micromanage-y lol",
    "Dana said the manager is kinda micromanage-y",
    "heard the boss can be difficult",
    "apparently the culture is toxic",
    "my mgr would be a micromanager",
]
NOT_GOSSIP = [
    "she said the team is migrating to Kafka",
    "Dana said the manager is hiring two more",
    "they said the place is busy in summer",
    "we talked about how the manager is planning the rollout",
    "asked how I handle a micromanaged project plan",
]


@pytest.mark.parametrize("line", GOSSIP)
def test_gossip_passed_on_about_the_boss_is_private(line: str) -> None:
    # trial 14 P6: the remark reached the prompt a remote model would get
    assert [r.reason for r in private_lines(line)] == [Reason.OPINION]
    assert "micromanag" not in public_notes(f"role: firmware eng II\n- {line}\n").lower()


@pytest.mark.parametrize("line", NOT_GOSSIP)
def test_what_the_manager_or_team_does_is_not_gossip(line: str) -> None:
    assert private_lines(line) == []


@pytest.mark.parametrize(
    ("title", "expanded"),
    [
        ("firmware eng II", "firmware engineer II"),  # trial 14: was "Firmware Engineering II"
        ("software eng 2", "software engineer 2"),
        ("eng mgr", "engineering manager"),
        ("eng lead", "engineering lead"),
        ("software eng", "software engineer"),
    ],
)
def test_eng_before_a_level_is_an_engineer(title: str, expanded: str) -> None:
    assert expand_title(title) == expanded


def test_a_particle_after_a_particle_is_part_of_the_name() -> None:
    # hp-01 (merge check): "Liezl van der Merwe" signed a draft, and "der" was judged a word no
    # reader knows, because "van" is also a noun; "crew change sa Singapore" is still caught
    from followup.writer.plainwords import unknown_words

    signed = "Best regards,\nLiezl van der Merwe"
    assert unknown_words(signed) == []
    assert unknown_words("met Johan van der Berg") == []
    tagalog = "crew change sa Singapore"
    assert [tagalog[a:b] for a, b in unknown_words(tagalog)] == ["sa"]
