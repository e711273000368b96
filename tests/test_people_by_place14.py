"""The people met read by their place in the notes (session 14): a line of its own that heads
a block (a log entry, a framed heading, a plain name line over items), one-name titled blocks,
a list of full names, speaker labels, a shorthand "w name" opening line; and the guards: no
section, no relative, no log event and not the candidate gets a note."""

from __future__ import annotations

import datetime as dt

from followup.models import Notes
from followup.noteheader import Header
from followup.notes import brief_from_notes
from followup.personblocks import block_people
from followup.speakerlabels import speaker_people
from followup.withshorthand import read_shorthand_with


def _names(text: str, header: Header | None = None) -> list[str]:
    return [p.name for p in block_people(text, header or Header())]


def _met(text: str) -> list[str]:
    brief = brief_from_notes(Notes(text=text, source="t.txt"), dt.date(2025, 9, 25))
    return sorted(i.name for i in brief.interviewers)


_LOG = """LOG - 09/02/25 - Ridgeway Water District, main office
POSITION: Field Operations Lead
CANDIDATE: Wes Brandt

0740 left home. fog.
0830 Marta Oyelaran, Fleet Manager. 12 yrs there.
     - Q: preventive maintenance on pumps. A: my PM schedule at the county.
     - she cares about overtime on storm nights.
0915 Dr. Felix Amsel, Water Quality Lead (PhD, chemistry).
     - asked about chlorine residual logging
     - he is rolling out new sensors next spring
1000 Tour of the pump house.
1030 Done. Decision in two weeks.
"""


def test_a_log_entry_opens_a_persons_block_and_an_event_does_not() -> None:
    assert _names(_LOG) == ["Marta Oyelaran", "Felix Amsel"]
    assert _met(_LOG) == ["Felix Amsel", "Marta Oyelaran"]


_FRAMED = """14.05.2025 Interview - Altai Crafts Office
Position: Crafts Coordinator
Nurlan Abenov (me)

-- Ms. Saule Dzhaksybekova, Director --
 - wants a standard for guest houses
 - concern: my English. I answered: I use it with tourists every week

-- Mr. Tobias Lind, advisor --
 - felt carpets, natural dye
 - he asked how long one carpet takes
"""


def test_a_framed_heading_with_a_name_and_title_heads_a_block() -> None:
    people = block_people(_FRAMED, Header(candidate="Nurlan Abenov"))
    assert [(p.name, p.title, p.honorific) for p in people] == [
        ("Saule Dzhaksybekova", "Director", "Ms."),
        ("Tobias Lind", "advisor", "Mr."),
    ]


_PLAIN = """POHOVOR - Sklad Brno, a.s.
Uchazeč: Jan Novák

Pan Ing. Tomáš Dvořák — vedoucí skladu
- scanners and the new WMS, his big project
- he asked about forklift licences

Paní Mgr. Eva Malá — personální oddělení
- 12h směny
- asked why I leave my job, told her: the commute

Další kroky: Paní Malá pošle e-mail.
"""


def test_a_plain_name_line_over_items_words_of_address_and_degrees_left_out() -> None:
    # "Pan" is a word English knows; "Paní" is written again before the surname alone
    assert _names(_PLAIN, Header(candidate="Jan Novák")) == ["Tomáš Dvořák", "Eva Malá"]


def test_one_names_in_titled_blocks_that_say_what_each_asked() -> None:
    text = (
        "1) Batbayar – shift supervisor. quiet man\n"
        " - asked why I leave my old mine\n"
        " - his worry: no experience on electric drive\n"
        "2) Solongo – HR (young, polite)\n"
        " - explained the roster\n"
        " - she asked about my English\n"
    )
    assert _names(text) == ["Batbayar", "Solongo"]
    # one name over lines that do not speak of a person is no one met
    topics = "1) Kubernetes – platform\n - clusters\n - upgrades\n2) Terraform – infra\n - hcl\n"
    assert _names(topics) == []


def test_a_list_of_full_names_with_a_title_is_a_list_of_people() -> None:
    text = (
        "Hitti:\n"
        "- Jógvan Olsen, skipari. Spurdi um mín ár á bátinum.\n"
        "  hann hevði ivi: no ferry experience\n"
        "- Rannvá Joensen, starvsfólkadeildin (HR). Rota 7/7.\n"
    )
    assert _names(text) == ["Jógvan Olsen", "Rannvá Joensen"]


def test_speaker_labels_explained_by_a_full_name_with_the_title_left_out() -> None:
    text = (
        "2025-04-02\n"
        "0915 Panel. Present: Fire Marshal Greta Lund; Deputy Chief Omar Haddad. HR (Jo) sat in.\n"
        "0920 LUND: opened on code.\n"
        "1000 HADDAD: certifications.\n"
        "OMITTED: my CPR classes.\n"
        "POSITION: inspector\n"
    )
    assert [p.name for p in speaker_people(text, Header())] == ["Greta Lund", "Omar Haddad"]
    # a label no full name explains is a section: no one met
    assert speaker_people("OMITTED: x\nNOTES: y\nQ: z\n", Header()) == []


def test_guards_a_relative_the_candidate_and_a_section_get_no_note() -> None:
    text = (
        "Kestrel Games - Narrative Designer\n"
        "Lucy Tran\n\n"
        "Family:\n"
        "- my wife Anna, worried about the commute\n"
        "  - talk again tonight\n\n"
        "Lucy Tran — candidate\n"
        "- she asked me nothing\n"
        "- notes\n\n"
        "Tech Stack — current\n"
        "- they asked about Unity\n"
        "- he likes Godot\n"
    )
    header = Header(candidate="Lucy Tran", company="Kestrel Games")
    assert _names(text, header) == []


def _shorthand(text: str, **facts: str) -> list[str]:
    header = Header(**facts)  # type: ignore[arg-type]
    read_shorthand_with(header, text)
    return [p.name for p in header.people]


def test_a_shorthand_opening_line_names_who_was_met_in_lower_case() -> None:
    assert _shorthand("phone screen w mariana from greenleaf credit union\nteller job\n") == [
        "Mariana"
    ]
    assert _shorthand("zoom w/ priya sharma\n") == ["Priya Sharma"]


def test_a_shorthand_line_reads_no_ordinary_word_no_firm_and_not_the_candidate() -> None:
    assert _shorthand("call w bob at acme\n") == []  # "bob" is a word English knows
    assert _shorthand("phone screen w the team from acme\n") == []
    assert _shorthand("chat w greenleaf\n", company="Greenleaf") == []
    assert _shorthand("lunch w dee\n", candidate="Dee Harrington") == []
    later = "Acme - teller job\nNov 20\nme: Dee\nlater: call w mariana\n"
    assert _shorthand(later) == []  # not an opening line


def test_the_shorthand_person_reaches_the_brief() -> None:
    text = "phone screen w mariana from greenleaf credit union\nme: Dee Harrington\n"
    assert _met(text) == ["Mariana"]


def test_plain_name_lines_need_a_title_or_speech_in_one_block() -> None:
    # two plain lines over items, neither block titled nor saying what anyone said: no one
    silent = "Zorvath Quell — stuff\n- rota 7/7\n- pay\n\nMirnak Tosh — more\n- bus\n- camp\n"
    assert _names(silent) == []
    # one of them speaks: the other line of the same shape is a person's too
    spoken = silent.replace("- rota 7/7", "- he asked about the rota")
    assert _names(spoken) == ["Zorvath Quell", "Mirnak Tosh"]


def _lower(text: str, **facts: str) -> list[str]:
    from followup.lowercaseperson import read_lower_case_person

    header = Header(**facts)  # type: ignore[arg-type]
    read_lower_case_person(header, text)
    return [p.name for p in header.people]


_LOWER = """brennock scaffolding - leeds
scaffold supervisor
tue 4/3 0900
maeve quarrie ops mgr. just her.
dorran vesk - me. cisrs advanced
- she asked about tube and fitting
email: m.quarrie@brennock.co.uk
"""


def test_a_lower_case_name_line_with_a_title_and_a_second_sign() -> None:
    assert _lower(_LOWER) == ["Maeve Quarrie"]


def test_a_lower_case_line_that_is_the_candidates_or_has_no_second_sign_is_no_one() -> None:
    mine = _LOWER.replace("maeve quarrie ops mgr. just her.\n", "")
    assert _lower(mine) == []  # "dorran vesk - me": the candidate's own line
    alone = _LOWER.replace("email: m.quarrie@brennock.co.uk\n", "")
    assert _lower(alone) == []  # no word of the name comes back, no address
    assert _lower(_LOWER, candidate="Maeve Quarrie") == []
