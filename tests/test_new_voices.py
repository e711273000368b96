"""Issue 9, new voices: what the independent batches and a new user's trial showed, each as a
structural behaviour on made-up wordings (not sentences from eval/lint).

Capitals are shouting only when they spell ordinary words; a lone emoji is a hint; a
company-name finding names the company and nothing after it; counting attempts, several
channels and "nobody replies" are pestering; another offer used as leverage is a demand, a
polite note about one is not."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from followup.checker.document import Context
from followup.checker.engine import Checker
from followup.checker.rules.capitalization import LONGEST_ACRONYM, read_word_list
from followup.checker.styles import DEFAULT_STYLE
from followup.core import MessageKind, Severity
from tests.conftest import REPO


def rule_hits(checker: Checker, text: str, kind: MessageKind = MessageKind.INQUIRY) -> set[str]:
    """The rule ids (without the style prefix) that report the text at warning or above."""
    found = checker.check(text, kind).findings
    return {f.rule_id.split(".", 1)[1] for f in found if f.severity.rank >= Severity.WARNING.rank}


@pytest.mark.parametrize(
    "text",
    [
        "I manage the LIMS and sat the NEBOSH exam this spring.",  # letters that spell no word
        "Our GMP audit and the MHRA inspection both went well.",
        "I hold PRINCE2 and keep the FRCS exam notes.",  # letters joined to digits
        "I ran the LC-MS and GC-MS queue for two years.",  # joined by a hyphen
        "We moved the payroll onto SAGE HR last spring.",  # a run with no ordinary word
    ],
)
def test_acronyms_are_not_shouting(checker: Checker, text: str) -> None:
    assert "shouting" not in rule_hits(checker, text)


@pytest.mark.parametrize(
    "text",
    [
        "I am TRULY keen on the job.",  # one ordinary word in capitals
        "PLEASE GET BACK TO ME.",  # a run of them
        "I have WAITED long enough.",  # an inflected ordinary word
        "This is EXTRAORDINARILY important to me.",  # longer than any acronym
    ],
)
def test_ordinary_words_in_capitals_are_shouting(checker: Checker, text: str) -> None:
    assert "shouting" in rule_hits(checker, text)


def test_the_word_list_holds_ordinary_words_and_no_acronym_seen_only_in_capitals() -> None:
    words = read_word_list(DEFAULT_STYLE / "common-words.txt")
    assert {"please", "really", "need", "answer"} <= words
    assert not {"hplc", "ifrs", "acls", "ppap", "hmrc", "it", "us"} & words
    assert all(w == w.lower() and w.isalpha() for w in words)
    assert LONGEST_ACRONYM >= 5


def load_script(name: str) -> ModuleType:
    """A module from scripts/ (not a package) by file name."""
    spec = importlib.util.spec_from_file_location(name, REPO / "scripts" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def test_the_word_list_script_counts_lower_case_words_only(tmp_path: Path) -> None:
    builder = load_script("build_common_words")
    (tmp_path / "eval" / "lint").mkdir(parents=True)
    (tmp_path / "eval" / "lint" / "a.yaml").write_text(
        "- text: I ran HPLC work; the work was urgent, urgent. We met once at NASA.\n",
        encoding="utf-8",
    )
    style = tmp_path / "style"
    style.mkdir()
    (style / "shouting.yml").write_text(
        "extends: capitalization\nmessage: Shouting.\nallow: [NASA]\n"
        "examples: {flag: [SO LOUD], pass: [nasa nasa]}\n",
        encoding="utf-8",
    )
    words = builder.common_words(tmp_path, style)
    assert "work" in words and "urgent" in words  # lower case, twice
    assert "hplc" not in words  # only ever in capitals
    assert "once" not in words  # seen once: not enough
    assert "nasa" not in words  # an allowed acronym, though written in lower case twice


def test_a_single_emoji_is_a_hint_and_several_a_warning(checker: Checker) -> None:
    one = checker.check("Thanks for the tour of the kitchen 🙌", MessageKind.THANK_YOU).findings
    assert [(f.rule_id, f.severity) for f in one if "emoji" in f.rule_id] == [
        ("etiquette.emoji-single", Severity.SUGGESTION)
    ]
    many = checker.check("Thanks for the tour 🙌🙌 see you soon", MessageKind.THANK_YOU).findings
    assert {f.rule_id for f in many if "emoji" in f.rule_id} == {"etiquette.emoji"}


def test_a_company_name_finding_stops_at_the_end_of_the_sentence(checker: Checker) -> None:
    text = "Thanks for the chat about the nurse role at Harbor Clinic. I liked the ward tour."
    found = checker.check(text, MessageKind.THANK_YOU, Context(company="Lakeside Care")).findings
    [slip] = [f for f in found if f.rule_id == "etiquette.company-name"]
    assert slip.match == "Harbor Clinic"


def test_a_company_name_with_a_dot_inside_stays_whole(checker: Checker) -> None:
    text = "I'd be glad to join Shop.io and help with the returns backlog."
    found = checker.check(text, MessageKind.THANK_YOU, Context(company="Lakeside Care")).findings
    assert [f.match for f in found if f.rule_id == "etiquette.company-name"] == ["Shop.io"]


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("I rang twice last week about the porter job.", "pestering"),
        ("I wrote to you on Monday and then phoned your desk on Wednesday.", "pestering"),
        ("I have tried your mobile, email and LinkedIn.", "pestering"),
        ("I keep writing but none of you ever replies.", "havent-heard-back"),
        ("I've been offered another post, so I need your answer this week.", "demands"),
    ],
)
def test_attempts_channels_silence_and_offer_leverage_are_caught(
    checker: Checker, text: str, rule: str
) -> None:
    assert rule in rule_hits(checker, text)


@pytest.mark.parametrize(
    "text",
    [
        "A rival firm has offered me a post and wants my reply by the 9th. You are my first "
        "choice; could you share how your process is going?",
        "The other company asked me to confirm by Monday, so I wanted to ask about your timing.",
        "There is real demand for evening courses, which the pilot showed.",
        "Thank you for taking the time to explain your decision.",
        "Thanks again for a conversation that has stayed with me.",
        "I helped set up the drive-thru lane at my last store.",
        "Planning the launch is the part of the job I was proudest of.",
    ],
)
def test_polite_notes_in_new_voices_stay_clean(checker: Checker, text: str) -> None:
    kind = MessageKind.CHECK_IN if "conversation" in text else MessageKind.INQUIRY
    # These are wording cases. check-in-offer (session 12) reads the whole message for what a
    # check-in offers, and one sentence of thanks offers nothing: the next test says so.
    assert rule_hits(checker, text, kind) - {"check-in-offer"} == set()


def test_a_check_in_of_thanks_alone_offers_nothing(checker: Checker) -> None:
    text = "Thanks again for a conversation that has stayed with me."
    assert rule_hits(checker, text, MessageKind.CHECK_IN) == {"check-in-offer"}
