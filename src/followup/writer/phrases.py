"""Note phrases a message can say as they stand, and the ones it cannot.

The offline composer fills its sentence frames only with phrases `settle` returns; the gate
asks the same question of a topic before it holds a draft to it (a note to oneself, "tell
Kevin", is not a topic the message must name). One definition, so the writer never leaves out
a phrase the gate then demands. Regular expressions over the standard library: a tagger
(spaCy, NLTK) would need a model download, and the phrases are short note fragments whose
faults (shorthand, a clause without its subject, a pronoun without its thing, another
language, a private remark) show in their words.
"""

from __future__ import annotations

import functools
from pathlib import Path

from followup import keptre as re  # the re functions, patterns kept compiled (keptre.py)
from followup.checker.rules.slots import clause_fault, private_matter, stray_capitals
from followup.checker.rules.slots import slot_fault as fragment_fault
from followup.lazyre import lazy_compile
from followup.notenames import MONTH_NAMES, WEEKDAYS
from followup.otherlanguage import in_other_language
from followup.writer.plainwords import unknown_words, write_out
from followup.writer.secondlanguage import (
    code_before_noun,
    grammar_fault,
    negate_noun,
    put_articles,
)

__all__ = [
    "as_written",
    "common_words",
    "fragment_fault",
    "has_finite_verb",
    "has_shorthand",
    "label_or_next_step",
    "month_names",
    "private_matter",
    "settle",
    "shorthand_in",
    "spell_out",
    "unshout",
]

_ARROW = r"\s*(?:->|=>|→)\s*"
_CHANGE = lazy_compile(
    rf"(?P<a>[A-Z][\w.+#]*){_ARROW}(?P<b>[A-Z][\w.+#]*)\s+"
    r"(?P<n>migration|move|switch|transition|upgrade|conversion|rewrite|port)\b"
)
# The notes' shorthand and their symbols for words ("here = 5 days a week", "LSI >90%"): never
# in a message (the gate flags them in any draft whose notes hold them; see `shorthand_in`).
_NOTES_SHORTHAND = lazy_compile(
    # a word in capitals is an acronym ("HR", "MOS"), not shorthand
    r"->|=>|→|(?-i:\b(?:LOL|TBH|IDK|OMG|FYI|ASAP)\b)|(?<![\w-])(?!(?-i:[A-Z]{2,})\b)(?:abt|w/|(?-i:w)|b/c|bc|lol|tbh|kinda|sorta|gonna|idk|thx|"
    r"pls|ppl|yrs|appt|mgmt|mgrs?|perf|eps|lit|(?-i:eng|dr|certs?|peds|op)|sims?|"
    r"approx|w/o|tho|thru|convo|dept|govt|mins?|hrs?|diff|recs?|yrs?|mos?|wks?|"
    r"esp|prob|obv|ofc|rn|asap|fyi|ish|qs|em)(?![\w/-])|!!|(?-i:(?<!\w)i\b)"
    r"|(?<=\s)=(?=\s)|(?<![\w-])[<>~]\s?\d|(?-i:(?<=[a-z] )x(?= [a-z]))",
    re.I,
)
_SHORTHAND = lazy_compile(
    _NOTES_SHORTHAND.pattern
    # the candidate's family is theirs, never a message's topic ("mum's hospital appt"); a
    # business's "kids' story hour" or "mom-and-pop shops" is no family
    + r"|\bmy (?:mum|mom|dad|mother|father|wife|husband|kids?|son|daughter|sister|brother|"
    r"grandma|grandpa|family|partner)\b|\b(?:mum|mom|dad|wife|husband)(?:['’]s)?\b(?!-)",
    re.I,
)


def shorthand_in(text: str, notes: str, names: tuple[str, ...] = ()) -> list[tuple[int, int]]:
    """The spans of the notes' shorthand in a draft ('diff', 'rec', ' = ', '>90'), each one
    the notes also hold: the sign that a note was pasted, whoever wrote the draft. Not inside
    one of `names` (the role or the company as given: "the 2nd Yr Apprentice Plumber role")."""
    typed = {m.group().strip().lower() for m in _NOTES_SHORTHAND.finditer(notes)}
    named = [(m.start(), m.end()) for n in names if n for m in re.finditer(re.escape(n), text)]
    return [
        (m.start(), m.end())
        for m in _NOTES_SHORTHAND.finditer(text)
        if m.group().strip().lower() in typed
        and m.group().lower() not in _LINT_CATCHES
        and not any(s <= m.start() < e for s, e in named)
    ]


# what etiquette.notes-shorthand and repeated-punctuation already flag in any draft
_LINT_CATCHING = "!! i abt w/ lol tbh thx pls gonna ppl thru bc wk wks idk"
_LINT_CATCHES = frozenset(_LINT_CATCHING.split())


def label_or_next_step(line: str, phrase: str) -> bool:
    """Whether a note line's phrase is its label ("RS focus: margin recovery" gives "RS
    focus") or a next step ("next: board chair meeting, 2 wks"): neither is what they talked
    about, for the writer to say or the gate to demand."""
    if re.match(
        r"(?:next(?: steps?)?|then|after that|if (?:through|successful|selected|shortlisted|"
        r"I (?:get|go) through|I pass)|(?:second|2nd|final|third|3rd) round)\b\s*[:=-]",
        line,
        re.I,
    ):
        return True  # "If through: practical assessment day with dogs, Thurs 4 June"
    # "Oak Hill renovation: ..." is the topic and its detail; "RS focus: ..." is only a label
    return (
        _LABEL_HEAD.search(phrase) is not None
        and re.search(re.escape(phrase) + r"\s*:", line) is not None
    )


_LABEL_HEAD = lazy_compile(
    r"\b(?:focus|priority|priorities|big thing|worry|concern|question|q|notes?|take|vibe)$", re.I
)


def has_shorthand(text: str) -> bool:
    """Whether the text holds the notes' shorthand or symbols ('live 10 min away')."""
    return _NOTES_SHORTHAND.search(text) is not None


# "my migration at cartwheel": a place named last, typed in lower case
_LOWER_NAME = lazy_compile(
    r"\bat\s+(?!(?:work|home|least|scale|once|first|last|all|night|lunch|school|length|"
    r"times|best|most|random|heart|hand)(?:$|\s))[a-z][a-z-]+(?:$|(?=\s+(?:that|which|where|"
    r"who)\b|,))"
)


# A problem put on the recipient ("your denial rates", "your turnover"): the notes' "their"
# turned to "your" makes a message's topic an accusation
_BLAME = lazy_compile(
    r"^your\s+(?=(?:[\w-]+\s)?(?:denials?|turnover|errors?|churn|attrition|backlogs?|"
    r"complaints?|loss(?:es)?|failures?|problems?|delays?|mistakes?|shortfalls?|deficits?|"
    r"vacanc(?:y|ies)|no-shows?|readmissions?|injur(?:y|ies)|incidents?|write-offs?)"
    r"(?:\s+rates?)?\b)",
    re.I,
)


# Capitals for emphasis, not an acronym: a verb's past or -ing form, or a word of stress
_SHOUTED = lazy_compile(
    r"(?<![\w-])(?:[A-Z]{2,}(?:ED|ING)|NOT|REALLY|VERY|ALWAYS|NEVER|ACTUALLY|HUGE|LOVED|LOVES|"
    r"WROTE|BUILT|RAN|LED|MADE|ALL|ONLY|SO|DID|OWN|WITH|AND|FOR|FROM|BUT|JUST|STILL|EVEN|"
    r"ALSO|TOO|WAY|MUCH|MORE|LOT)(?![\w-])"
)
_UNITS = {"yr": "year", "wk": "week", "mo": "month"}
_VS = lazy_compile(r"\s+(?:vs\.?|v/s)\s+")  # "GLM vs GBM": the notes' "vs" is "versus"
_PER = lazy_compile(r"\b(?:(?P<n>\d+)x)?\s*/\s*(?P<u>year|yr|week|wk|month|mo|day)\b(?![/\w])")


def unshout(text: str) -> str:
    """A word typed in capitals for emphasis, written plainly: 'I WROTE the manual', 'the
    program WITH Ridgeview', 'CLIENT EXPERIENCE above all' (an acronym, 'HR', 'HACCP',
    stays: a word of five letters or more the English lexicon knows is no acronym)."""
    from followup.wordclass import lexicon_classes

    text = _SHOUTED.sub(lambda m: m.group().lower(), text)
    return _CAPITALS.sub(
        lambda m: m.group().lower() if lexicon_classes(m.group().lower()) else m.group(), text
    )


_CAPITALS = lazy_compile(r"(?<![\w-])[A-Z]{5,}(?![\w-])")


def _per(m: re.Match[str]) -> str:
    unit = _UNITS.get(m["u"], m["u"])
    return f"{m['n']} times a {unit}" if m["n"] else f" a {unit}"


def in_english(phrase: str) -> str:
    """The settling step every phrase a message takes from the notes goes through (settle's
    topics, concerns' that-clauses): the notes' words said as English says them. "wi" ->
    "with", "didnae" -> "didn't" (plainwords.py); "there is not historical data" -> "there is
    no historical data" (secondlanguage.py)."""
    return negate_noun(write_out(phrase))


def settle(phrase: str | None) -> str | None:
    """A note phrase as a message may say it, or None when the writer cannot be sure of it.
    Notes' shorthand is never pasted: "my Airflow -> Dagster migration" becomes "my migration
    from Airflow to Dagster" (both names written as names); any other arrow, shorthand
    ("abt", "w/", "lol", "!!", a lower-case "i"), or a lower-case word where a name belongs
    ("at cartwheel", in a line typed all lower case) leaves the phrase out."""
    if not phrase:
        return None
    # "I've run the fieldtrip at my school + DofE bronze leader": the first item is sure
    phrase = re.split(r"\s\+\s", phrase)[0]
    # "chatted heaps about the launch": a degree word before "about" says how much they
    # talked; the topic is what follows ("the heaps about your launch" said nothing)
    phrase = _degree_about(phrase)
    phrase = put_articles(in_english(phrase))  # 'on 3rd floor' -> 'on the 3rd floor'
    # "travel to Germany 4x/year" -> "travel to Germany 4 times a year"
    phrase = _PER.sub(_per, phrase)
    phrase = _VS.sub(" versus ", phrase)  # the slot grammar still asks what is compared
    phrase = _CHANGE.sub(lambda m: f"{m['n']} from {m['a']} to {m['b']}", phrase)
    # a word typed in capitals for emphasis ("I WROTE the training manual") is written plainly
    phrase = unshout(phrase)
    # "KQL too": the notes' leftover word goes; "write-ups / handoffs": two items, said with
    # "and" (three or more slashed items stay the notes' list, and leave the phrase out)
    phrase = _LEFTOVER.sub("", phrase)
    if len(_WORD_SLASH.findall(phrase)) == 1 and "://" not in phrase:
        phrase = _WORD_SLASH.sub(lambda m: re.sub(r"\s?/\s?", " and ", m.group()), phrase)
    # "your denial rates" reads as a charge against them: the problem is said without "your"
    phrase = _BLAME.sub("", phrase)
    # shorthand with one meaning is written out ("FDTD sim setup", "perf", "the last 3 eps");
    # "by may" -> "by May" (a month after "by")
    phrase = spell_out(phrase)
    phrase = code_before_noun(month_names(phrase))  # "the certificate CSWP" (secondlanguage.py)
    if _SHORTHAND.search(phrase):
        return None
    if _LOWER_NAME.search(phrase):
        return None
    if not _whole(phrase):
        return None
    return phrase


# A degree word before "about" ("chatted heaps about", "talked loads about", "spoke briefly
# on"): speech's amount, never the topic. The quantity nouns speech uses as degree words, and
# any word the lexicon knows only as an adverb.
_DEGREE_ABOUT = lazy_compile(
    r"^(?:the\s+|a\s+)?(?:heaps|loads|lots|tons|plenty|a lot|a bit|a little|a fair bit|"
    r"at length|for ages|(?P<adv>(?-i:[a-z]+ly)))\s+(?:about|on)\s+(?=\S)",
    re.I,
)


def _degree_about(phrase: str) -> str:
    """'heaps about their launch' -> 'their launch'; 'briefly on X' -> 'X' (an -ly word only
    when the lexicon knows it as an adverb alone: 'the family on' stays)."""
    from followup.wordclass import lexicon_classes

    m = _DEGREE_ABOUT.match(phrase)
    if m is None or (m["adv"] and lexicon_classes(m["adv"]) != {"ADV"}):
        return phrase
    return phrase[m.end() :]


_SPELL_OUT = {"sim": "simulation", "sims": "simulations", "perf": "performance", "eps": "episodes"}
_SPELLED = lazy_compile(r"(?<![\w/-])(?-i:sims?|perf|eps)(?![\w/-])")


@functools.cache
def common_words() -> frozenset[str]:
    """The ordinary English words the shouting rule knows (etiquette/common-words.txt)."""
    from followup.checker.rules.capitalization import read_word_list

    return read_word_list(Path(__file__).parents[1] / "checker/styles/etiquette/common-words.txt")


# A job title's head word after an ordinary word is the job, not a name: "the bar Manager"
_GENERIC_JOB = lazy_compile(
    r"\b(?P<w>[a-z]{2,}) (?P<job>Manager|Director|Supervisor|Lead|Assistant|Coordinator|Officer|"
    r"Engineer|Analyst|Specialist|Technician|Nurse|Chef|Clerk)(?= [a-z]|$)"
)


def as_written(phrase: str, notes: str, names: frozenset[str] | None = None) -> str:
    """A word written as the notes write it: 'playwright or Selenium' -> 'Playwright or
    Selenium' when the notes write 'Playwright' and never 'playwright', and it is no
    ordinary word (a question's first word lowered as a sentence's is a name again); a job
    after an ordinary word is no name ('the bar Manager voiding drinks' -> 'bar manager').
    With the people's `names`, an ordinary word with a capital the notes never give it on its
    own is lowered ('bulk Fabric' -> 'bulk fabric'; slots.stray_capitals, the gate's
    writer.capital)."""
    common = common_words()
    if names is not None:
        said = f"about {phrase}"  # the word after the frame's preposition is no sentence start
        for s, e in reversed(list(stray_capitals(said, notes, common, names))):
            said = said[:s] + said[s:e].lower() + said[e:]
        phrase = said[len("about ") :]

    def mend(m: re.Match[str]) -> str:
        word = m.group()
        named = word[0].upper() + word[1:]
        if word in common or re.search(rf"(?<![\w-]){word}(?![\w-])", notes):
            return word
        if not re.search(rf"(?<![\w-]){named}(?![\w-])", notes):
            return word
        return word if opens_lines_only(named, notes) else named

    phrase = _GENERIC_JOB.sub(lambda m: f"{m['w']} {m['job'].lower()}", phrase)

    # "the Cold store extension": a word the notes write in lower case before the same next
    # word ("the cold store extension"), and never so in capitals, is no name
    def lowered(m: re.Match[str]) -> str:
        pair = f"{m['w'].lower()} {m['n']}"
        before = m.string[: m.start()].split()
        if m["w"].lower() in MONTH_NAMES + WEEKDAYS:
            return m.group()  # "June"
        if before and before[-1][:1].isupper():
            # "Australian Food safety" where the notes write "Australian food safety" (and
            # "Food Safety Supervisor" elsewhere): the three words as the notes write them
            three = f"{before[-1]} {pair}"
            if three in notes and f"{before[-1]} {m.group()}" not in notes:
                return pair
            return m.group()  # a name of two capitals ("Decorative Arts")
        if re.search(rf"\b{re.escape(pair)}\b", notes) and not re.search(
            rf"\b{re.escape(m['w'])} {re.escape(m['n'])}\b", notes
        ):
            return pair
        return m.group()

    phrase = re.sub(r"(?<![.!?]\s)(?<=\s)(?P<w>[A-Z][a-z]+) (?P<n>[a-z][\w-]*)", lowered, phrase)
    phrase = re.sub(r"(?<![\w'’/.-])[a-z][a-z]{3,}(?![\w'’/-])", mend, phrase)
    return _line_start_lowered(phrase, notes, common)


def opens_lines_only(named: str, notes: str) -> bool:
    """'Retrieval of patient files': an English word whose capital only ever opens a note
    line (after a bullet at most) has the line's capital, not a name's (wordclass.py's
    lexicon says it is English); 'Q: Playwright or Selenium?' is no line start."""
    from followup.wordclass import lexicon_classes

    starts = [
        m.start()
        for m in re.finditer(rf"(?<![\w-]){re.escape(named)}(?![\w-])", notes)
        if not re.fullmatch(
            r"[ \t]*(?:[-*•]\s*|\d+[.)]\s*)?", notes[: m.start()].rsplit("\n", 1)[-1]
        )
    ]
    return not starts and bool(lexicon_classes(named.lower()))


# An abstract noun's ending: a word so made is an ordinary word, not a name ("Productivity")
_ABSTRACT_NOUN = lazy_compile(r"[a-z]{4,}(?:ity|ness|ment|tion|sion|ance|ence|ship)")


def _line_start_lowered(phrase: str, notes: str, common: frozenset[str]) -> str:
    """'Audit queries' -> 'audit queries': a phrase's first word whose capital is only the
    note line's first letter (the notes write it in lower case elsewhere, or it is an ordinary
    word) and never a capital inside a sentence of the notes. A name keeps its capital."""
    m = re.match(r"(?P<w>[A-Z][a-z]+)(?= [a-z]|$|\s*/)", phrase)
    if not m:
        return phrase
    word = m["w"]
    low = word.lower()
    if low in MONTH_NAMES + WEEKDAYS:
        return phrase
    if re.search(rf"(?<=[a-z,)] ){word}(?![\w-])", notes):
        return phrase  # capitalised inside a sentence somewhere: a name
    ordinary = (
        low in common
        or re.search(rf"(?<![\w-]){low}(?![\w-])", notes) is not None
        or _ABSTRACT_NOUN.fullmatch(low) is not None
    )
    return low + phrase[len(word) :] if ordinary else phrase


def spell_out(text: str) -> str:
    """Shorthand with one meaning written out: 'FDTD sim setup' -> 'FDTD simulation setup',
    'the 737 sim' -> 'the 737 simulator' (a machine after its model), 'a 20-min tasting' ->
    'a 20-minute tasting'."""
    text = re.sub(r"\b(\d+)-min\b", r"\1-minute", text)
    text = re.sub(r"(?<=\d )sim\b", "simulator", text)
    # "consistent color temp" -> "... color temperature"; "as a temp" is a temporary worker
    text = re.sub(r"\b(?!the\b)([a-z]{3,}) temp$", r"\1 temperature", text)
    # "3-WAY match" -> "3-way match": an ordinary word in capitals after a number
    text = re.sub(
        r"(?<=\d-)(?-i:WAY|TIER|STEP|PART|LEVEL|STAGE|PHASE|HOUR|DAY|WEEK)\b",
        lambda m: m.group().lower(),
        text,
    )
    return _SPELLED.sub(lambda m: _SPELL_OUT[m.group()], text)


def month_names(text: str) -> str:
    """A month typed in lower case after 'by', 'in', 'until' ... written as a name: 'will
    have fluid mechanics done by may' -> '... by May'."""
    return _LOWER_MONTH.sub(lambda m: m.group(1) + m.group(2).capitalize(), text)


_LOWER_MONTH = lazy_compile(
    r"(\b(?:by|in|until|till|before|after|since|from|end of|early|mid|late)\s+)"
    r"(january|february|march|april|may|june|july|august|september|october|november|december)\b"
)
# The notes' grammar that no message has: "also" inside a noun phrase ("SAP also in office
# for purchase orders", "I speak also Portuguese"), "April's come and gone", a date to act by
# ("one more polite email around 4/3"), the present with "since" ("I'm a notary since
# January"), and a phrase that opens with a verb of the notes' third person ("trains baristas
# at all your cafes": whose verb?)
_NOTES_GRAMMAR = lazy_compile(
    r"(?<=\w)\s+also\s+(?!known\b)|\w['’]s\s+(?:come|gone|been|got|done)\b"
    r"|\b(?:around|by|on|before|after|until|till)\s+\d{1,2}/\d{1,2}\b|^one more\b"
    r"|\b(?:I['’]m|I am|am|is|are)\b[^.]*\bsince\s+(?:[A-Z][a-z]+|\d|last\b|then\b)"
    r"|^(?-i:(?:trains|runs|wants|needs|manages|handles|covers|leads|oversees|supports|owns|"
    r"builds|works|hires|uses|does|makes|gets|sells|serves|teaches|sets|takes|keeps|likes|"
    r"loves|hates|prefers|plans|expects|thinks|says|does)\s)",
    re.I,
)
# A note to oneself ("thank Paula and Kevin separately", "tell Kevin", "follow up Q") or a
# clause with its subject left out ("wanted more time with patients", "didn't come").
_CLAUSE_START = lazy_compile(
    r"(?:thank|tell|ask|remember|mention|follow up|send|email (?:him|her|them)|bring up|"
    r"met with|met|spoke with|talked with|"
    r"wanted|needed|said|told|asked|talked|thought|felt|seemed|agreed|was|were|is|are|"
    r"did|didn['’]t|don['’]t|doesn['’]t|wasn['’]t|weren['’]t|won['’]t|can['’]t|no|not|"
    r"(?:what|where|who|how|why|when)['’](?:s|re))\b",
    re.I,
)
# A whole clause where a noun phrase belongs: "credentialing takes 60-90 days with the payers".
_SUBJECT_VERB = lazy_compile(
    r"(?:(?:the|a|an|your|their|our|my) )?(?!(?:how|what|why|which|whether|who|when|where|I|"
    r"my)\b)[\w-]+(?: (?!(?:I|we|you|they|he|she)\b)[\w-]+)? "  # "the DOE I ran" is a noun
    r"(?:takes|took|is|are|was|were|has|had|needs|needed|goes|went|"
    r"gets|got|seems|seemed|keeps|kept|makes|made|runs|ran|use|uses|want|wants|grew|rose|fell|"
    r"dropped|doubled|tripled|lost|won|saved|hit|reached)\b"
)
# A second clause run on after the phrase: "my Diplomarbeit and remarked that Kessler will ...",
# "the budget, said it's tight"
_RUN_ON = lazy_compile(
    r"(?:,|\band)\s+(?:then\s+)?(?:remarked|said|mentioned|noted|added|explained|told|asked|"
    r"replied|answered|admitted|joked|agreed|thinks|thought|says)\b"
)
_ONLY_A_DATE = lazy_compile(
    r"(?:(?:on|last|next|this|that)\s+)?(?:(?:"
    + "|".join(m[:3] + r"\w*" for m in MONTH_NAMES + WEEKDAYS)
    + r")\.?"
    r"(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?|\d{1,2}/\d{1,2}(?:/\d{2,4})?)",
    re.I,
)
# A phrase with nothing in it but a possessive and an empty noun, or a superlative without
# its owner ("biggest win": whose?)
_EMPTY_HEAD = lazy_compile(
    r"(?:(?:the|your|my|our)\s+)?(?:words?|process|things?|stuff|numbers|tip|question|answer|"
    r"problem|biggest problem|issues?|points?|main points?|key points?|main thing|idea|thoughts?|"
    r"situation|background|side)"
    r"|(?:biggest|best|worst|greatest|hardest|proudest|toughest)\b.*",
    re.I,
)
# A job title alone ("VP Preconstruction", "the Director of Nursing"): a person, no topic
_JOB_TITLE = lazy_compile(
    r"(?:the\s+|a\s+|an\s+)?(?-i:(?:S?VP|EVP|Vice President|Director|Head|Chief|Manager|CEO|"
    r"CFO|COO|CTO)(?:\s+of)?(?:\s+[A-Z][\w&-]*)+)"
)
# A word the notes leave at a phrase's end that a message's phrase never ends on ("KQL too",
# "budget stuff also", "rollout etc")
_LEFTOVER = lazy_compile(
    r"\s(?:too|also|as well|lol|etc\.?|and so on|and stuff|again|though)$", re.I
)
# A clause clipped of its verb: "(explain) a variance in a budget to a non-finance audience",
# an indefinite thing sent "to" someone with nothing saying what was done with it
_CLIPPED_TO = lazy_compile(
    r"(?:a|an)\s.+\sto\s(?:a|an|the|your|my)\s[\w-]+(?:\s[\w-]+){0,2}$", re.I
)
# A verb and its particle alone ("showing up", "reaching out"): no topic a reader can place
_BARE_GERUND = lazy_compile(
    r"(?:[a-z]+ing)\s+(?:up|out|in|on|off|down|over|back|through|around|ahead)", re.I
)
# Two lower-case words joined by a slash ("write-ups / handoffs"); "and/or" is English
_WORD_SLASH = lazy_compile(
    r"(?<![\w./:-])(?!and/or\b)[a-z][a-z-]{2,}\s?/\s?[a-z][a-z-]{2,}(?![\w./])(?!\s?/)"
)
# A phrase that opens with a verb on a thing of someone's ("flew your quarry stockpiles",
# "audits their suppliers"); a gerund phrase ("managing your backlog") is a noun phrase
_VERB_ON_THEIRS = lazy_compile(r"(?-i:[a-z]+)(?<!ing)\s+(?:your|their|our|his|her)\b")
# Three or more items joined by slashes ("crate/pallet/skid counts"): the notes' list
_SLASH_LIST = lazy_compile(r"[^\s/]+/[^\s/]+/[^\s/]")
# Two bare singular words joined by "and", then "on"/"for" a thing: the notes' list of skills
# ("pivot and lookup on revenue data"), each word without the article a sentence would give it
_COUNT_WORD = r"[a-z]+(?<!s)(?<!ing)(?<!y)(?<!ion)(?<!ment)(?<!nce)(?<!ity)(?<!ness)(?<!ure)(?<!ed)"
_NOUN_PILE = lazy_compile(rf"{_COUNT_WORD} and {_COUNT_WORD} (?:on|for|with) .+")
# "team tuned out a real phish": a group and what it did, a clause where a topic belongs
_GROUP_DID = lazy_compile(
    r"(?:(?:the|your|our|their)\s+)?(?:team|staff|crew|board|client|company|firm|school|"
    r"department|unit|store|practice)s?\s+(?:[a-z]+ed|ran|made|took|got|went|had|did|won|lost|"
    r"built|spent)\b"
)
_ONE_AS_NUMBER_WORDS = "year phase day week stage level round part step number chapter"
_ONE_AS_NUMBER = frozenset(_ONE_AS_NUMBER_WORDS.split())
# A pronoun whose thing the phrase does not say ("put it on the slide", "more of those").
_LOOSE_PRONOUN = lazy_compile(r"\b(?:it|those|these)\b", re.I)
# The notes' grammar, not a message's: a phrase that stops on a joining word ("why
# moderated sessions and not"), a label inside it ("forgot to say: ..."), " + " for "and".
_UNFINISHED = lazy_compile(
    r"\b(?:and|or|but|not|vs|versus|the|a|an|of|with|to|from|for)\W*$|:\s|\s\+\s", re.I
)


def _whole(phrase: str) -> bool:
    """Whether a note phrase is one a message can say as it stands: no clause where a noun
    phrase belongs, no pronoun without its thing, nothing left unfinished, brackets that
    close, no lower-case word of another language ("não contar que ..."), and nothing the
    privacy reader would call private (a hospital appointment, pay)."""
    from followup import privacy

    bare = phrase.strip(" .")
    if _SUBJECT_VERB.match(bare):
        return False
    if _CLAUSE_START.match(bare) or _LOOSE_PRONOUN.search(bare) or _UNFINISHED.search(bare):
        return False
    if _RUN_ON.search(bare) or _GROUP_DID.match(bare) or _NOTES_GRAMMAR.search(bare):
        return False
    ends_one = re.search(r"(\w+)\s+one$", bare)  # "whether I've been through one": one what?
    if ends_one and ends_one.group(1).lower() not in _ONE_AS_NUMBER:
        return False
    if re.search(r"\s/\s|(?-i:\b(?:CONCERN|NOTE|TODO|PRIVATE|IMPORTANT|NB|ASK|Q)\b)", bare):
        return False  # "makerspace / 3D printer": the notes' list; a label inside the phrase
    if _LEFTOVER.search(bare) or _CLIPPED_TO.match(bare) or _BARE_GERUND.fullmatch(bare):
        return False  # "KQL too", "a variance ... to a non-finance audience", "showing up"
    if (_WORD_SLASH.search(bare) or _SLASH_LIST.search(bare)) and "://" not in bare:
        return False  # "write-ups/handoffs", "skis/snowshoes": the notes' either-or
    if _VERB_ON_THEIRS.match(bare):
        return False  # "flew your quarry stockpiles": a verb with its subject left out
    if _NOUN_PILE.fullmatch(bare):
        return False  # "pivot and lookup on revenue data": shorthand nouns, no sentence's
    if _EMPTY_HEAD.fullmatch(bare):
        return False  # "your words", "the process": says nothing specific
    if re.search(r"\b(\w+) \w+ (?:vs\.?|versus) \1$", bare):
        return False  # "fail open vs fail": the contrast cut before its second half ends
    if re.fullmatch(r"(?:multi|cross|non|pre|post|anti|semi|inter)-[a-z]+", bare):
        return False  # "multi-region": a prefix's adjective with no noun after it
    if _JOB_TITLE.fullmatch(bare):
        return False  # "VP Preconstruction": who someone is, not what you talked about
    items = [i for i in bare.split(",") if i.strip()]
    if len(items) >= 3 and not re.search(r"\b(?:and|or)\b", items[-1]):
        return False  # "true position, profile, datums": the notes' list, no sentence's
    if _ONLY_A_DATE.fullmatch(bare):
        return False  # "September 9", "last tues": when they met, not what they talked about
    if fragment_fault(bare, noun_slot=False) or private_matter(bare) or clause_fault(bare):
        return False  # "beginners get the cylinder drill", "my visa", "customer give us"
    if re.search(r"\bby (?:[A-Z]\.\s?)*[A-Z]$", bare):
        return False  # "the book ... by M." cut at the author's initial
    if bare.count("(") != bare.count(")") or bare.count("“") != bare.count("”"):
        return False
    if bare.count('"') % 2:
        return False
    if in_other_language(bare):  # "não contar que ...": otherlanguage.py
        return False
    if unknown_words(bare) or grammar_fault(bare):
        return False  # "tae", "when payment late", "few branches report anything"
    if not _names_a_thing(bare):
        return False  # "nothing since", "fri 15/3 nothing": no noun, so no topic
    if re.match(
        r"(?:how (?:many|much|long|often)(?: \w+){0,2}|(?:how|what|why|which|whether) \w+)$",
        bare,
        re.I,
    ):
        return False  # "how many participants": a question with its verb left out
    return privacy.classify_sentence(bare) is None


def _names_a_thing(phrase: str) -> bool:
    """Whether a phrase that is no question ('why I left' is one) holds a noun, a name or a
    gerund: 'nothing since' and 'fri 15/3 nothing' hold none (wordclass.py's lexicon)."""
    from followup.wordclass import word_classes

    words = re.findall(r"[A-Za-z][\w'’-]*", phrase)
    if not words or word_classes(words[0], first=True) & {"WH"}:
        return True
    things = {"NOUN", "PROPN", "GERUND", "POSSESSIVE"}
    # a capital inside a sentence is a name ("Concur"); a long word no lexicon lists is a
    # trade's term ("roadnet"), a short one the notes' shorthand ("fri")
    people = ("someone", "somebody", "anyone", "anybody", "everyone", "everybody")
    return any(
        word_classes(w) & things
        or (word_classes(w) == {"UNKNOWN"} and len(w) > 5)
        or w.lower() in people  # "someone certified": a person, where "nothing" is none
        for w in words
    )


def has_finite_verb(text: str) -> bool:
    """Whether a clause has a verb of its own ('I cut food waste 20%', 'the kiln was ...');
    'my Power BI dashboard for pick rates' has none, and is a noun phrase."""
    return _FINITE.search(text) is not None


# A finite verb (or a subject pronoun with its verb): what "mention that ..." needs after it
_FINITE = lazy_compile(
    r"\b(?:I|we|you|he|she|they|it)(?:['’](?:m|s|re|ve|d|ll)\b|\s+\w+)"
    r"|\b(?:is|are|was|were|has|have|had|did|does|do|can|could|will|would|should|may|might|"
    r"must)\b|\b[a-z]{3,}ed\b"
)
