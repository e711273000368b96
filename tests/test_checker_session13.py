"""Session 13's checker round (issue 9): what the fresh batches AN and AO missed or flagged
wrongly on their first run, and the known faults of the brief, each as a whole message a user
would write (a rule's own examples are checked at load; these are messages)."""

from __future__ import annotations

from followup.checker.engine import Checker
from followup.checker.kinds import courtesy_again, kind_features, model
from followup.checker.prefilter import index_text
from followup.models import MessageKind, Severity

CONGRATULATIONS = (
    "Dear Charlotte,\n\nMany congratulations on the property being named Boutique Hotel of the "
    "Year. I saw the announcement this morning and thought of what you told me last month about "
    "rebuilding the guest-relations team.\n\nPlease pass my congratulations on to the whole team. "
    "No need to reply; I simply wanted to say well done.\n\nWarm regards,\nMarcia"
)
LOST_PAY = (
    "Bonjour Madame Tremblay,\n\nI am writing to follow up on my interview of last Tuesday for the "
    "night nurse position. I want to remind you that I left my shift early that day to come to the "
    "interview and I lost a full day of pay, so I really hope it was not for nothing. I would "
    "appreciate to know where the process is.\n\nMarie"
)
CAREER_HISTORY = (
    "Dear Mr. Brennan,\n\nThank you so much for receiving me last Thursday at the winery. It was a "
    "real pleasure to walk the Syrah blocks with you. As I told you, I spent six years at a winery "
    "in Colchagua, where we worked a lot with Carménère and Cabernet, and then three years in "
    "Casablanca with cool-climate Pinot and Sauvignon Blanc, where I learned a lot about managing "
    "acidity and picking dates. Before that I studied agronomy at the Universidad de Talca and did "
    "a harvest in Mendoza, and also one in Bordeaux, at a small château in Pessac-Léognan, where I "
    "learned to do the bâtonnage by hand and to be very patient with the wood. I also wanted to "
    "tell you more about our experiments with amphora, with whole-cluster fermentation, with "
    "native yeasts, and with the País grape from the old vineyards of the Maule, which I think "
    "could be very interesting for your Rhône program. I could send you some notes.\n\n"
    "Un abrazo,\nJaviera"
)
SAME_FACTS_IN_PARAGRAPHS = (
    "Dear Mr. Brennan,\n\nThank you so much for receiving me last Thursday at the winery. Walking "
    "the Syrah blocks with you was a real pleasure.\n\nMy six years in Colchagua and three in "
    "Casablanca taught me a lot about managing acidity and picking dates, which fits the Rhône "
    "program you described.\n\nI could send you my notes on whole-cluster fermentation and the "
    "País grape if they would help.\n\nUn abrazo,\nJaviera"
)


def rules(checker: Checker, text: str, kind: MessageKind | None) -> dict[str, Severity]:
    """The rules that fired, with their severities (None: the kind inferred)."""
    return {f.rule_id: f.severity for f in checker.check(text, kind).findings}


def test_congratulations_passed_on_to_the_team_is_no_check_in_request(checker: Checker) -> None:
    assert rules(checker, CONGRATULATIONS, MessageKind.CHECK_IN) == {}
    asking = CONGRATULATIONS.replace("No need to reply;", "Please pass my CV to your GM too;")
    assert "etiquette.check-in-request" in rules(checker, asking, MessageKind.CHECK_IN)


def test_what_attending_cost_held_up_as_a_bill_is_a_guilt_trip(checker: Checker) -> None:
    assert "etiquette.guilt-trip" in rules(checker, LOST_PAY, MessageKind.INQUIRY)
    plain = LOST_PAY.replace(
        "I want to remind you that I left my shift early that day to come to the interview and I "
        "lost a full day of pay, so I really hope it was not for nothing. ",
        "",
    )
    assert rules(checker, plain, MessageKind.INQUIRY) == {}


def test_a_thank_you_in_one_long_paragraph_of_career_history_is_flagged(
    checker: Checker,
) -> None:
    assert rules(checker, CAREER_HISTORY, MessageKind.THANK_YOU).get(
        "etiquette.paragraph-length"
    ) is (Severity.WARNING)
    assert "etiquette.paragraph-length" not in rules(
        checker, SAME_FACTS_IN_PARAGRAPHS, MessageKind.THANK_YOU
    )


def test_working_for_less_is_one_finding_not_two(checker: Checker) -> None:
    text = "Hi Kevin, thanks for today. I'm happy to work for less than the posted salary."
    errors = [
        f.rule_id
        for f in checker.check(text, MessageKind.THANK_YOU).findings
        if f.severity is Severity.ERROR
    ]
    assert errors == ["etiquette.unpaid-work"]


def test_the_employers_own_date_quoted_back_is_a_guilt_trip_not_a_demand(
    checker: Checker,
) -> None:
    text = (
        "Hi Dana,\n\nYou said you'd decide by the 5th and it is now the 12th. I have been waiting "
        "a week past your own date.\n\nSam"
    )
    found = rules(checker, text, MessageKind.INQUIRY)
    assert "etiquette.guilt-trip" in found
    assert "etiquette.demands" not in found


def test_an_ultimatum_is_an_error_not_only_the_scorers_warning(checker: Checker) -> None:
    for text in (
        "Dear Mr. Hale, consider this my final message: make a decision by the end of the week "
        "or I will take my skills elsewhere. Regards, Sam",
        "Hi Dana, this is the last time I will write. Either you make me an offer this week or I "
        "withdraw my application. Sam",
        "Hi Dana, I'm giving you until Friday. After that I'm taking the other offer. Sam",
    ):
        assert Severity.ERROR in rules(checker, text, MessageKind.SECOND_INQUIRY).values(), text


def test_matey_familiarity_with_a_recruiter_is_flagged(checker: Checker) -> None:
    text = (
        "Hi Dave, cheers for the chat yesterday, you're a top bloke. We should grab a pint "
        "sometime when this is all sorted. Cheers, Sam"
    )
    assert rules(checker, text, MessageKind.THANK_YOU).get("etiquette.over-familiar") is (
        Severity.WARNING
    )
    trade = (
        "Hi Dave, thanks for the chat yesterday about the bar manager role. I've poured a few "
        "thousand pints in my time, and your plan for the drinks menu excites me. Best, Sam"
    )
    assert "etiquette.over-familiar" not in rules(checker, trade, MessageKind.THANK_YOU)


def test_a_placeholder_left_in_a_message_about_to_be_sent_stays_an_error(
    checker: Checker,
) -> None:
    text = (
        "Dear Ms. Patel,\n\nLast month we spoke about the survey work; the attached article may "
        "help. No response is necessary.\n\nBest regards,\n[Your Name]"
    )
    assert rules(checker, text, MessageKind.CHECK_IN).get("etiquette.placeholder") is (
        Severity.ERROR
    )


APOLOGETIC_THANK_YOU = (
    "Dear Mr. Reyes,\n\nI must apologise again for my nerves during the panel on Thursday. "
    "Again, I am grateful for your time and patience, and I remain very interested in the "
    "role.\n\nKind regards,\nSam"
)


def test_the_again_of_a_repeated_apology_is_no_second_inquiry_cue() -> None:
    assert courtesy_again(["i", "must", "apologise", "again", "for", "my", "nerves"])
    assert courtesy_again(["again", "i", "am", "grateful", "for", "your", "time"])
    assert not courtesy_again(["i", "am", "writing", "again", "about", "the", "role"])
    assert not courtesy_again(["thanks", "again", "and", "i", "am", "following", "up", "again"])
    assert "again" not in kind_features(index_text(APOLOGETIC_THANK_YOU))
    assert "again" in kind_features(index_text("I'm following up again on the role."))


def test_an_apologetic_thank_you_is_not_read_as_a_second_inquiry() -> None:
    guess = model().guess(index_text(APOLOGETIC_THANK_YOU))
    assert guess.kind is not MessageKind.SECOND_INQUIRY
    repeat = (
        "Hi Ms. Lowe,\n\nI'm following up again on the ward clerk role; I wrote two weeks ago "
        "and have not heard back. Could you share the timeline?\n\nSam"
    )
    assert model().guess(index_text(repeat)).kind is MessageKind.SECOND_INQUIRY
