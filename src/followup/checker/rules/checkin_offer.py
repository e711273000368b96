"""check-in-offer: a check-in must offer something of value (ETIQUETTE.md, "The
value-adding check-in"): a piece to read (a link, an attachment, an article named), their
news congratulated, thanks for advice the candidate then used, or the candidate's own news.

`write` refuses a check-in whose notes offer nothing (writer/share.py); `lint --kind
check-in` on a draft that offers nothing said nothing at all (trial 12, P8). This context
check gives lint the same test, on the message's own words: what is offered is told by what
the sentence is about (a thing to read, their news, their advice, the writer's news), never
by the recipient's name or the role, so a plain thank-you offers nothing.
"""

from __future__ import annotations

from collections.abc import Iterator

from followup.checker.document import Document
from followup.checker.rules.base import Match
from followup.checker.rules.context import context_check
from followup.lazyre import lazy_compile

# Each form of value, by what the words are about.
_OFFERS = lazy_compile(
    r"(?i)"
    # a piece to read or watch: a link, an attachment, a piece named by what it is
    r"https?://|\bwww\.|\b(?:attach(?:ed|ing)?|enclos(?:ed|ing|e))\b"
    r"|\b(?:article|piece|paper|blog(?: post)?|podcast|episode|video|webinar|book|guide|"
    r"white ?paper|newsletter|case study|write-?up|slides|recording|checklist|template|"
    r"link|thread|survey|dataset|talk by|report (?:on|from|by)|study (?:on|from|by)|"
    r"post (?:on|about|by))\b"
    r"|\b(?:summary|breakdown|overview|talk (?:by|from|on)|this talk)\b|\blinked\b"
    r"|\bshar(?:e|ing) (?:it|this|them)\b|\bhope (?:it|they|this) (?:helps?|is (?:useful|helpful))"
    r"|\b(?:might|may|could) be (?:useful|helpful|of (?:use|interest))\b"
    r"|\bthought (?:of|you might|it might)\b|\byou (?:might|may) (?:find|enjoy|like)\b"
    r"|\b(?:made me think|reminded me) of\b|\bhandouts?\b|\bnotes from\b"
    # an offer to send it: "I would be glad to send them to you", "I can forward it"
    r"|\b(?:glad|happy|pleased|delighted) to (?:send|share|forward|pass)"
    r"|\bI(?:'d| would|'ll| will| can| could)? (?:send|share|forward|pass (?:on|along)) "
    r"(?:it|them|this|these|the|my|a)\b"
    # their news, congratulated
    r"|\bcongrat|\bwell done\b|\bkudos\b|\b(?:great|good|wonderful|exciting|fantastic) news\b"
    r"|\b(?:saw|read|heard|noticed|seen) (?:the news|that (?:you|your|the team))"
    # their advice, used
    r"|\b(?:your|the|that) (?:advice|tip|suggestion|recommendation|pointer)s?\b"
    r"|\b(?:advice|tip|suggestion|pointer)s? (?:that )?you (?:gave|offered|shared)\b"
    r"|\bthanks? (?:you )?for the (?:advice|tip|suggestion|pointer|recommendation)"
    r"|\byou (?:kindly )?(?:suggested|advised|recommended|told me to)\b"
    # the candidate's own news
    r"|\b(?:some|a bit of|a little|my|a) (?:\w+ )?(?:news|update)\b"
    r"|\bI(?:'ve| have)? (?:since |just |recently |now )?(?:started|joined|finished|completed|"
    r"passed|earned|launched|published|moved|been promoted|got (?:my|the|a))\b"
)


@context_check("check-in-offer")
def check_in_offer(doc: Document, params: dict[str, int | str]) -> Iterator[Match]:
    """One finding on the first word when the message offers nothing of value."""
    if not doc.words or offers(doc.text):
        return
    first = doc.words[0]
    yield Match(first[0], first[1], None, None)


def offers(text: str) -> bool:
    """Whether the text offers something of value (see the module's docstring)."""
    return _OFFERS.search(text.replace("’", "'")) is not None
