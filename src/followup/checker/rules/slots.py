"""slots: the notes' grammar in a topic's slot, for the fragment rule and the writer.

A message names what was discussed after "about", "regarding" or "whether"; a note line
slotted there whole shows its notes' grammar: shorthand ("bout hurricane claims", "incl."),
a clause ("beginners get the cylinder drill"), a verb or an adjective where a noun phrase
belongs ("look at the lag", "hard to read"), two note lines run together ("my PhD on X, and
whether I can do Y"), a verb form without its helper ("whether I would ever done HUET"), a
bare singular noun as notes in a second language write it ("how I manage team"), the notes'
narration ("straight away ask about 8D"), a bare noun shared out ("errata sheet in each
folder"), "my way", the notes' tilde ("~70 parts"). In any clause (`clause_faults`): a
singular subject with a bare verb ("and customer give us ..."), a hanging "after", a span with
no "for" ("at Whistler two seasons"). And `stray_capitals`: a capital the notes never give a
word on its own ("bulk Fabric" from "Head of Fabric Sourcing"), for the gate's writer.capital
and the composer's phrases.as_written. One definition: the fragment rule (context.py) flags
these in any draft, a model's too, and the offline writer's phrases.settle leaves such a
phrase out. Regular expressions on the standard library only: this module is on the lint
path (a tagger would cost a model load).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from followup.checker.textscan import full_text
from followup.lazyre import LazyPattern, lazy_compile
from followup.privacy import private_matter  # privacy.py owns what is private

if TYPE_CHECKING:
    from followup.checker.multiscan import MultiScan

__all__ = [
    "COUNT_NOUNS",
    "clause_fault",
    "clause_faults",
    "private_matter",
    "slot_fault",
    "slot_faults",
    "stray_capitals",
    "with_event_article",
]

# Singular nouns that need an article after "about", "of", "on" ("about the review workflow")
# or after a verb ("how I manage the team"), one list for the writer and this rule.
_COUNT_NOUN_WORDS = """
    report plan program programme project pilot system rollout renovation launch study
    initiative dashboard protocol overhaul replacement workflow tool platform pipeline
    framework template checklist roster database app website site feature proposal contract
    campaign event hire vendor rubric playbook handbook manual calendar spreadsheet model
    script survey position job club clinic unit department store branch warehouse building
    board committee team group exercise case question problem issue deadline register log
    agreement module ward lesson woman man child patient customer client crew rota squad kitchen
    restaurant hotel shop office truck vehicle machine account course tracker sheet forecast
    bus van car boat crane forklift kiln oven trolley ladder lathe router printer scanner
    camera desk laptop server walkthrough soundcheck inventory certificate licence license
    brigade rig console mixer
"""
COUNT_NOUNS = frozenset(_COUNT_NOUN_WORDS.split())


# The notes' shorthand that a sentence never has: "bout" for "about", "incl.", "4yo", "re"
_SLOT_SHORTHAND = lazy_compile(
    r"(?<![\w'’-])(?:bout|incl|approx|esp|re|w/o|b/c|abt|diag|vs|v/s|(?-i:yo))(?![\w'’-])\.?"
    r"|\b\d+\s?yo\b"
    # "into ~70 parts": the notes' tilde for "about" before a number
    r"|~\s?\d[\d,.]*",
    re.I,
)
# A modal with a past participle and no "have": "whether I would ever done HUET"
_MODAL_PARTICIPLE = lazy_compile(
    r"\b(?:would|could|should|will|can|may|might|must)\s+(?:\w+ly\s+|ever\s+|never\s+|not\s+|"
    r"also\s+)?(?P<p>done|gone|been|seen|taken|given|written|driven|eaten|known|shown|flown|"
    r"grown|begun|broken|chosen|spoken|worn|forgotten|gotten|ran|went|did|was|were)\b",
    re.I,
)
# A clause where a noun phrase belongs: a plural subject and its verb at the slot's start
# ("beginners get the cylinder drill", "new hires need more shadowing")
_PLURAL_CLAUSE = lazy_compile(
    r"(?!(?:how|what|why|which|whether|who|when|where|this|these|those|its|has|was|is|"
    r"always|series|news|\w+ss)\b)(?:(?:the|some|many|most|new|our|your|their)\s+)?"
    r"(?:[a-z][\w-]*\s+)?[a-z][\w-]*[^s\W]s\s+"
    r"(?P<v>get|do|don['’]t|need|want|go|take|use|come|see|learn|struggle|start|stop|leave|"
    r"fail|miss|skip|drop|quit|spend|lose|find|feel|know|think|say|try|like|love|hate|prefer|"
    r"expect|can|can['’]t|cannot|won['’]t|should|must|tend|rely|forget|ignore|avoid|"
    r"complain|burn|push|pick|mix)\s+(?:the|a|an|to|on|up|out|their|more|less|too|it|them|"
    r"\w+ing|\w+)\b",
    re.I,
)
# A verb where a noun phrase belongs: "about look at the lag", "about check the logs first"
_BARE_VERB = lazy_compile(
    r"(?:look|check|see|ask|watch|read|write|call|send|fix|ensure|avoid|get|make|take|do|have|"
    r"be|find|keep|try|start|give|put|set|tell|walk|show|describe|explain|use|let|bring|stop|"
    r"offer|add|grow|launch|cut|raise|hire|open|move|switch|reduce|improve|create|train)"
    r"\s+(?:at|into|for|over|through|with|up|out|some|a|an|the|more|my|your|it|them|me|him|"
    r"her|us|if|whether|back)\b",
    re.I,
)
# An adjective or adverb where a noun phrase belongs: "about hard to read", "likely swollen"
_NOT_A_NOUN = lazy_compile(
    r"(?:(?:hard|easy|difficult|tough|impossible)\s+to\b|(?:probably|possibly|maybe|perhaps|"
    r"prob|kinda|sorta|definitely|def)\b(?!-)|(?:likely|unlikely)\s+\w+(?:ed|en)\b"
    r"|(?:never|ever|already|just)\s+(?:done|been|gone|had|seen|\w+ed)\b)",
    re.I,
)
# Two note lines run together: a noun phrase, then ", and" and a clause or a question
# ("my PhD on saltmarsh erosion, and whether I can do drone photogrammetry", "mentorship, and
# year 1 trainees do site visits")
_FUSED = lazy_compile(
    r"^(?!(?:how|what|why|which|whether|who|when|where|if)\b)[^,]+,\s+and\s+"
    # a yes/no question of the candidate's after a topic: "..., and whether I can fly a drone"
    r"(?:(?:whether|if)\s+I\b"
    # a clause with its own subject, no determiner before it and no pronoun in it ("...,
    # and new starters do two weeks on nights"; not "..., and the people it will serve")
    r"|(?!(?:the|a|an|your|our|their|my|his|her|its|this|that|these|those|I|we|you|he|she|"
    r"they|it)\b)(?:(?!(?:I|we|you|he|she|they|it)\b)[\w-]+\s+){1,3}"
    r"(?:do|does|did|are|is|was|were|get|gets|go|goes|have|has|need|needs|can|will|would|"
    r"want|wants|said|says)\b)",
    re.I,
)
# A pronoun's verb with a bare singular noun after it: "how I manage team when two are absent"
_VERB_BARE_NOUN = lazy_compile(
    r"\b(?:I|we|you|they|to)\s+(?:(?:would|will|can|could|should|might|must|do|did|usually|"
    r"always|often|also|then|really|normally|typically)\s+)?(?!(?:am|is|are|was|were|be|been|"
    r"being|feel|felt|seem|seemed|stay|stayed|remain|become|became|get|got|the|a|an|my|your|"
    r"our|their|his|her|its|this|that|each|every|one|would|will|can|could|should|might|must|"
    r"do|did)\s)[a-z]+\s+"
    r"(?P<n>[a-z]+)(?=\s+(?:when|if|in|at|with|and|for|during|while|on|because|after|before|"
    r"since)\b|[.,;!?]|$)",
)
# The notes' grammar inside a phrase: a thing and its state with no verb ("roof gone and family
# displaced first"), a judgement tacked on at the end ("multitask module rough"), a time word
# without its article ("passes day before"), a credential the candidate has held since a year
# ("NABCEP PV Installation Professional since 2023": the candidate's, no topic they raised)
_NOTE_STATE = lazy_compile(
    r"^[a-z]+\s+(?:(?:gone|done|broken|taken|left)\s+(?:and|first|last|already|now|again)|"
    r"[a-z]{3,}ed\s+(?:first|already|now|again))\b"
)
_TACKED_JUDGEMENT = lazy_compile(
    r"(?<!\bbeing)(?<!\bis)(?<!\bwas)(?<!\bare)(?<!\bwere)(?<!\bso)(?<!\bvery)(?<!\btoo)"
    r"(?<!\bbe)(?<!\bseems)(?<!\bseemed)(?<!\blooks)(?<!\bsounds)(?<!\bfeels)(?<!\bfelt)"
    r"(?<!['’]s)(?<!\bsay)(?<!\bsaid)(?<!\banswer)"
    r"\s(?:rough|tough|brutal|awful|tricky|meh|ok|okay|fine|yes|no|tbd|n/a|only)\s*$"
)
# An order word the notes end an answer on ("culture first, then turnstiles", "liaison with
# the police beforehand"): the candidate's steps, not a topic
_STEP_ORDER = lazy_compile(
    r"^(?!(?:how|what|why|which|whether|who|when|where)\b)[^,]*\s(?:first|beforehand|afterwards)"
    r"\s*$",
    re.I,
)
_BARE_TIME = lazy_compile(
    r"(?<!\bthe)(?<!\ba)(?<!\bevery)(?<!\bone)(?<!\beach)(?<!\bthat)(?<!\bthis)"
    r"\s(?:day|week|night|month) (?:before|after)\s*$"
)
_HELD_SINCE = lazy_compile(r"^(?:[A-Z][\w&/-]*\s+){1,6}since (?:19|20)\d\d\b")
# The notes' either-or: "overtime or no overtime" (a sentence says "whether to ...")
_EITHER_OR = lazy_compile(r"\b(?P<w>[a-z][\w-]*)\s+or\s+no\s+(?P=w)\b", re.I)
# A bare ordinal time tacked on: "how I would staff the ward month 2" (a sentence: "in month 2")
_BARE_ORDINAL = lazy_compile(
    r"(?<!\bin)(?<!\bby)(?<!\bfrom)(?<!\buntil)(?<!\bfor)(?<!\bof)(?<!\bduring)(?<!\bafter)"
    r"(?<!\bbefore)(?<!\bthe)\s(?:year|day|week|month|quarter|phase|term|semester)\s+\d+\s*$",
    re.I,
)
# A participle adjective and a singular noun with no article after a preposition: "living in
# converted rail carriage", "a jig with angled fence" (a sentence: "in a converted ...");
# a mass noun after it is English ("with limited experience")
_BARE_PARTICIPLE_NOUN = lazy_compile(
    r"\b(?:in|on|with|into|onto|from|at|under|inside|for)\s+(?P<adj>[a-z]+ed|shared)\s+"
    r"(?:[a-z]+\s+)?(?P<n>[a-z]+[^s\W])(?=\s+(?:on|in|with|at|for|and|or|when|while)\b|\s*[.,;!?]|\s*$)"
)
_MASS_NOUN_WORDS = """
    experience knowledge responsibility support time access funding data software staff
    equipment information training supervision pay power heat water space storage capacity
    oversight feedback work research help guidance leave parking housing accommodation
    transport travel budget input stock inventory care service management security safety
    hardware fuel freight traffic weather light air food learning practice scope demand
"""
_MASS_NOUNS = frozenset(_MASS_NOUN_WORDS.split())
# A noun phrase with no article and an event verb with a time after it: "fire drill coming in
# spring", "ISO audit planned for May" (a sentence: "the fire drill coming in the spring")
_BARE_EVENT = lazy_compile(
    r"^(?!(?:the|a|an|your|our|their|my|his|her|its|this|that|these|those|how|what|why|which|"
    r"whether|who|when|where)\b)(?:[\w-]+\s+){1,4}?(?:coming|starting|happening|planned|"
    r"scheduled|due|expected|landing)\s+(?:up\s+)?(?:in|on|next|this|soon|later|by|for)\b"
)
# A count and a word tacked on after it: "three espressos blind", "4 shifts weekly"
_COUNT_TACKED = lazy_compile(
    r"^(?:two|three|four|five|six|seven|eight|nine|ten|twelve|\d+)\s+[a-z]+s\s+"
    r"(?!(?:and|or|of|in|on|at|for|with|to|from|per|a|an|the|that|which|who|we|you|I)\b)"
    # "about three weeks ago", "two years later", "five days running": "about" is "roughly"
    r"(?!(?:ago|later|earlier|back|before|after|since|running|straight|apart|long|old|away|"
    r"now|ahead|out|overdue)\b)"
    r"[a-z]+\s*$"
)
# A span of time without its article: "shadow a nurse first 3 weeks" ("for the first 3 weeks")
_BARE_SPAN = lazy_compile(
    r"(?<!\bthe)(?<!\bmy)(?<!\byour)(?<!\bour)(?<!\bits)(?<!\btheir)(?<!\bthese)(?<!\bthose)"
    r"\s(?:first|last|next)\s+(?:\d+|two|three|four|five|six|few)\s+(?:days|weeks|wks|months|"
    r"shifts|years|hours)\b",
    re.I,
)
# A question word left hanging at the end: "Playwright or Selenium, and why"
_HANGING_WH = lazy_compile(r",?\s+(?:and|or)\s+(?:why|how|what|when|where)\s*[?.!]?\s*$", re.I)
# The notes' narration where a noun phrase belongs: "straight away ask about 8D", "then said
# how I would ..." (a sentence names the thing: "the 8D report you asked about first")
_NARRATION = lazy_compile(
    r"^(?:(?:straight|right)\s+away\s+|(?:then|first|also|later|again|quickly)\s+)?"
    r"(?:ask|asks|asked|say|says|said|tell|tells|told|talk|talks|talked|mention|mentions|"
    r"mentioned)\s+(?:about|me|him|her|us|them|how|if|whether|what|why|that|on)\b",
    re.I,
)
# A bare singular noun shared out "in each": "errata sheet in each folder" (a
# sentence: "an errata sheet in each folder"); a mass noun is English ("training in each store")
_BARE_EACH = lazy_compile(
    r"^(?!(?:the|a|an|your|our|their|my|his|her|its|this|that|one|each|every|some|any|no|how|"
    r"what|why|which|whether|who|when|where)\b)(?:[a-z][\w-]*\s+){0,2}?(?P<n>[a-z]+)\s+"
    r"(?:in|on|for|at|to)\s+(?:each|every)\b"
)
_MASS_ENDING = lazy_compile(r"(?:s|ing|y|ion|ment|ance|ence|ity|ics|ness|ship|ism|age|ure|ed)$")
# A preposition where a noun phrase belongs: "about after hours on call 1 week in 6" (a
# sentence: "the after-hours on-call rota"); "whether after thirty years I'd ..." opens a clause
_PREPOSITION_START = lazy_compile(
    r"^(?:after|before|during|within|until|since|without|into|onto|from|at|by)\s+(?!the\b)"
    r"(?![^.]*\b(?:I|I['’]\w+|we|you|he|she|they)\b)",
    re.I,
)
# A verb where the slot's noun phrase belongs: "about could've given an example", "about is
# the budget approved" (a sentence names the thing: "the example I could have given")
_AUX_START = lazy_compile(
    r"^(?:could|would|should|can|will|might|must|shall|could['’]ve|would['’]ve|should['’]ve|"
    r"did|does|do|is|are|was|were|has|have|had|didn['’]t|doesn['’]t|don['’]t|isn['’]t|"
    r"wasn['’]t|can['’]t|won['’]t|couldn['’]t|"
    # the same without the apostrophe, as notes write them ("about dont need a car")
    r"dont|doesnt|didnt|isnt|wasnt|arent|werent|couldnt|wouldnt|shouldnt|hasnt|havent)"
    r"(?![\w'’-])",
    re.I,
)
_PERFECT_MODAL = lazy_compile(
    r"(?:could|would|should)['’]ve|did|does|do|is|are|was|were|has|have|had|\w+n['’]t", re.I
)
# after "do", "have" or "is" opening a verb phrase: a determiner, so the verb is the main one
# ("do the CPO course", "have a word with the crew"), not a helper ("did give", "is moving")
_MAIN_VERB_OBJECT = lazy_compile(
    r"\s+(?:the|a|an|my|your|his|her|their|our|its|this|that|these|those|some|one|two|three)\b",
    re.I,
)
# A noun phrase with its own singular verb: "about the reservoir physics doesn't change",
# "about the team is migrating to Kafka" (a noun phrase is "the team's move to Kafka"); "has"
# and a plain "is" may be the frame's own verb ("Our conversation about X has stayed with me",
# "... about X was fascinating"), so only a negation, "does" or "is" with a verb's -ing. The
# words between hold no determiner, pronoun or relative word, so "the work your team is
# doing" and "the way the clinic is run" (a clause inside the noun phrase) are English.
_NP_THEN_VERB = lazy_compile(
    r"^(?:(?:the|a|an|my|our|your|their|this|that)\s+)?"
    r"(?:(?!(?:the|a|an|my|our|your|their|his|her|its|this|that|these|those|who|which|whom|"
    r"whose|what|how|why|when|where|whether|if|I|we|you|he|she|they|it|of|in|on|at|for|with|"
    r"to|from|by|and|or)\b)[a-z][\w-]*\s+){1,3}"
    r"(?P<v>does|doesn['’]t|isn['’]t|wasn['’]t|hasn['’]t|(?:is|was) (?!(?:fascinating|"
    r"interesting|exciting|inspiring|encouraging|amazing|illuminating|rewarding|compelling|"
    r"engaging|refreshing|striking|surprising|reassuring|motivating|thought-provoking)\b)"
    r"[a-z]+ing)(?![\w'’-])"
)
# Two adjectives compared with no noun: "unauthorized versus authorized-but-induced" (a
# sentence: "unauthorized and authorized-but-induced payments")
_ADJECTIVES_COMPARED = lazy_compile(
    r"(?:^|\s)[a-z][\w-]*(?:ed|al|ive|ous|ic|ful|less|able|ible)\s+(?:vs\.?|versus|or)\s+"
    r"[a-z][\w-]*(?:ed|al|ive|ous|ic|ful|less|able|ible)\s*$"
)
# An adjective of the candidate's state, then a verb's -ing: "about comfortable challenging
# police reports" (a sentence: "whether I am comfortable challenging ...")
_STATE_THEN_GERUND = lazy_compile(
    r"^(?:(?:how|very|really|more|less|fully|quite)\s+)?(?P<a>comfortable|uncomfortable|"
    r"confident|ok|okay|happy|unhappy|keen|willing|unwilling|ready|nervous|afraid|scared|"
    r"worried|experienced|inexperienced|used|capable|interested|excited|hesitant|reluctant|"
    r"eager|fine|proficient)\s+(?P<g>[a-z]+ing)\b",
    re.I,
)
# A time counted from the start with no article: "with a senior for first month" (a
# sentence: "for the first month"); one list for the slot and for any clause
# ("on second shift", "in first year" are English: a shift's and a school year's names)
_ORDINAL_NO_ARTICLE = full_text(
    r"\b(?:for|in|during|from|within|until|over|through|on|by|after)\s+(?:first|second|third|"
    r"fourth|fifth|final)\s+(?:day|week|month|quarter|phase|time|term|semester|"
    r"season|rotation|visit|session|round|stage|placement)\b",
    re.I,
)
# A common adjective and a singular count noun with no article after a preposition: "with
# small brigade", "in new role" (a sentence: "with a small brigade"); a mass or plural noun
# is English ("with new equipment", "in small batches"), and so are the idioms
_BARE_ADJECTIVE_NOUN = lazy_compile(
    r"\b(?:in|on|with|into|from|at|for|under|as)\s+(?P<adj>small|big|large|new|single|tight|"
    r"lean|whole|strong|senior|junior|busy|huge|tiny)\s+(?P<n>[a-z]{3,})"
    r"(?=\s+(?:on|in|with|at|for|and|or|when|while|of|to|versus|vs)\b|\s*[.,;!?()]|\s*$)"
)
_ADJECTIVE_IDIOM_WORDS = """
    notice order part supply time term measure print type font scale demand quantity numbers
    doses detail business protocol and or the for with
"""
_ADJECTIVE_IDIOMS = frozenset(_ADJECTIVE_IDIOM_WORDS.split())
# "my way", "the way": says nothing without what it is a way of ("tell you about my way")
_EMPTY_WAY = lazy_compile(r"^(?:my|your|our|the|his|her|their)\s+(?:own\s+)?way\s*$", re.I)

# Where a noun phrase belongs, what the notes' grammar is and why: (pattern, anchored at the
# slot's start, the reason after the words found)
_NOUN_SLOT_FAULTS = (
    (_BARE_TIME, False, "needs 'the' (notes' grammar)"),
    (_HELD_SINCE, True, "is your own credential, not a topic they raised"),
    (_EITHER_OR, False, "is the notes' either-or (a sentence says 'whether')"),
    (_BARE_ORDINAL, False, "is tacked on as notes do (a sentence says 'in ...')"),
    (_BARE_EVENT, True, "has no article and no verb (notes' grammar)"),
    (_COUNT_TACKED, True, "is a count with a word tacked on (notes' grammar)"),
    (_HANGING_WH, False, "leaves a question word hanging (notes' grammar)"),
)


# The patterns slot_fault tries, numbered for the Hyperscan pass over a slot (see `_possible`).
_SLOT_PATTERNS: tuple[LazyPattern, ...] = (
    _SLOT_SHORTHAND,
    _MODAL_PARTICIPLE,
    _PLURAL_CLAUSE,
    _BARE_VERB,
    _NOT_A_NOUN,
    _NOTE_STATE,
    _TACKED_JUDGEMENT,
    _BARE_SPAN,
    _AUX_START,
    _NP_THEN_VERB,
    _ADJECTIVES_COMPARED,
    _STATE_THEN_GERUND,
    _BARE_ADJECTIVE_NOUN,
    _STEP_ORDER,
    *(pattern for pattern, _, _ in _NOUN_SLOT_FAULTS),
    _BARE_PARTICIPLE_NOUN,
    _FUSED,
    _NARRATION,
    _PREPOSITION_START,
    _EMPTY_WAY,
    _BARE_EACH,
    _VERB_BARE_NOUN,
)


class _Every:
    """Every pattern may match (no scan to say otherwise)."""

    def __contains__(self, pattern: object) -> bool:
        return True


_EVERY = _Every()


class _SlotScan:
    """The Hyperscan pass over a slot (checker/multiscan.py): which of slot_fault's patterns
    can match it. A slot of 60 characters ran its 28 patterns in turn (38 µs, two slots a
    message), though nearly every slot matches none; one scan of the slot names the one or
    two that may, and only those run, so the answer is the same. It starts with a checker's
    own Hyperscan pass (engine.Checker.start_scan), from its SCAN_AFTER-th message; until
    then, without the wheel, and on text the pass cannot read, every pattern runs."""

    def __init__(self, scan: MultiScan, plain: Callable[[str], bool]) -> None:
        self.scan = scan
        self.plain = plain
        self._unscanned: frozenset[LazyPattern] | None = None  # refused by the rebuild

    def possible(self, slot: str) -> Container[object]:
        scan = self.scan
        if not scan.ready or not self.plain(slot):
            return _EVERY
        unscanned = self._unscanned
        if unscanned is None:
            unscanned = self._unscanned = frozenset(
                p for n, p in enumerate(_SLOT_PATTERNS) if n not in scan.inside
            )
        # _BARE_SPAN reads the slot after a space; the case-sensitive patterns read it as
        # written, the others lower-cased (a match across the line end only adds a pattern)
        found = scan.hits(f" {slot}\n {slot.lower()}")
        return unscanned.union(map(_SLOT_PATTERNS.__getitem__, found))


_SCAN: _SlotScan | None = None


def start_scan(cache: Path | None) -> None:
    """Load or start compiling the Hyperscan pass over slots (nothing without the wheel)."""
    global _SCAN
    if _SCAN is not None:
        return
    from followup.checker import multiscan  # a checker's SCAN_AFTER-th message imports it

    numbered = list(enumerate(p.pattern for p in _SLOT_PATTERNS))
    flags = [p.flags_given for p in _SLOT_PATTERNS]
    if any(f & ~re.IGNORECASE for f in flags):  # pragma: no cover - none today
        return
    as_written = frozenset(n for n, f in enumerate(flags) if not f & re.IGNORECASE)
    scan = multiscan.scanner(numbered, cache, as_written)
    if scan is not None:
        _SCAN = _SlotScan(scan, multiscan.plain)


def wait_scan() -> None:
    """Block until a started pass is ready (for benchmarks and tests)."""
    if _SCAN is not None:
        _SCAN.scan.wait()


def _possible(slot: str) -> Container[object]:
    """The patterns of slot_fault that can match the slot (see _SlotScan)."""
    scan = _SCAN
    return _EVERY if scan is None else scan.possible(slot)


def with_event_article(phrase: str) -> str:
    """'IATF 16949 surveillance audit coming in July' -> 'the IATF 16949 surveillance audit
    coming in July': an event named with no article before its verb takes 'the' (the fault
    _BARE_EVENT finds, mended where it is the only one)."""
    if _BARE_EVENT.match(phrase) and not slot_fault(f"the {phrase}"):
        return f"the {phrase}"
    return phrase


def slot_fault(slot: str, noun_slot: bool = True, clause: bool = False) -> str | None:
    """Why a phrase in a topic's slot (after 'about', 'whether', 'regarding') is the notes'
    grammar and no sentence's, or None. The slot may run on to the sentence's end ('about X
    has stayed with me'): each test looks at the slot's start or at words no main clause
    holds.

    - the notes' shorthand or a misspelt word: 'bout hurricane claims', 'shift work incl. PH';
    - a verb form without its helper: 'whether I would ever done HUET';
    - a clause: 'beginners get the cylinder drill'; a verb: 'look at the lag';
    - an adjective or adverb: 'hard to read', 'likely swollen key bushings';
    - two note lines run together: 'my PhD on X, and whether I can do Y';
    - a bare singular noun after a verb, as notes in a second language write it: 'how I
      manage team'.

    With `noun_slot` False (a phrase that may be a verb phrase, "your advice to get some
    federal experience"), a verb at the start is no fault. With `clause` True (after "concern
    that", where a clause belongs), only what no clause has is a fault: shorthand, a verb form
    without its helper or its subject ("never supervised"), a judgement tacked on."""
    slot = slot.strip()
    may = _possible(slot)  # the patterns that can match it (all, without the scan)
    if _SLOT_SHORTHAND in may and (m := _SLOT_SHORTHAND.search(slot)):
        return f"'{m.group().strip()}' is the notes' shorthand or a misspelt word"
    if _MODAL_PARTICIPLE in may and (m := _MODAL_PARTICIPLE.search(slot)):
        return f"'{m.group()}' lacks 'have' (notes' grammar)"
    if not clause and _PLURAL_CLAUSE in may and (m := _PLURAL_CLAUSE.match(slot)):
        return f"'{m.group()}' is a clause where a noun phrase belongs"
    if noun_slot and not clause and _BARE_VERB in may and (m := _BARE_VERB.match(slot)):
        return f"'{m.group()}' is a verb where a noun phrase belongs"
    if (
        _NOT_A_NOUN in may
        and (m := _NOT_A_NOUN.match(slot))
        and not (clause and m.group()[:1].lower() not in "neaj")
    ):
        return f"'{m.group()}' starts with an adjective or adverb where a noun phrase belongs"
    if _NOTE_STATE in may and (m := _NOTE_STATE.match(slot)):
        return f"'{m.group()}' is the notes' shorthand for a clause (no verb)"
    if _TACKED_JUDGEMENT in may and (m := _TACKED_JUDGEMENT.search(slot)):
        return f"'{m.group().strip()}' is a judgement tacked on as notes do"
    if _BARE_SPAN in may and (m := _BARE_SPAN.search(f" {slot}")):
        return f"'{m.group().strip()}' needs 'for the' (notes' grammar)"
    if clause:
        return None
    if (
        _AUX_START in may
        and (m := _AUX_START.match(slot))
        and (noun_slot or _PERFECT_MODAL.match(m.group()))
        and (noun_slot or not _MAIN_VERB_OBJECT.match(slot, m.end()))
    ):
        # a verb phrase may open with a modal ("will have fluid mechanics done by May"), never
        # with a modal's perfect or a tense's helper ("could've given an example"); "do the
        # CPO course", "have a look at it" open with the main verb and its object
        return f"'{m.group()}' is a verb where a noun phrase belongs (a clause, not a topic)"
    if _NP_THEN_VERB in may and (m := _NP_THEN_VERB.match(slot)):
        return f"'{m.group()}' is a clause where a noun phrase belongs (it has its own verb)"
    if _ADJECTIVES_COMPARED in may and (m := _ADJECTIVES_COMPARED.search(slot)):
        return f"'{m.group()}' compares two adjectives with no noun (notes' grammar)"
    if _STATE_THEN_GERUND in may and (m := _STATE_THEN_GERUND.match(slot)):
        return f"'{m.group()}' is an adjective then a verb (notes' grammar; say who is {m['a']})"
    for m in _BARE_ADJECTIVE_NOUN.finditer(slot) if _BARE_ADJECTIVE_NOUN in may else ():
        singular = m["n"].endswith("ss") or not _is_mass(m["n"])  # "class" is no plural
        if m["n"] not in _ADJECTIVE_IDIOMS and singular:
            return f"'{m.group()}' needs 'a' or 'the' before '{m['adj']}' (notes' grammar)"
    if _STEP_ORDER in may and _STEP_ORDER.match(slot):
        return "ends on the notes' order word (a step of an answer, not a topic)"
    for pattern, at_start, why in _NOUN_SLOT_FAULTS:
        if pattern in may and (m := pattern.match(slot) if at_start else pattern.search(slot)):
            return f"'{m.group().strip()}' {why}"
    for m in _BARE_PARTICIPLE_NOUN.finditer(slot) if _BARE_PARTICIPLE_NOUN in may else ():
        if m["n"] not in _MASS_NOUNS and not m["n"].endswith("ing"):
            return f"'{m.group()}' needs 'a' or 'the' before '{m['adj']}' (notes' grammar)"
    if _FUSED in may and (m := _FUSED.match(slot)):
        return "two note lines run together in one phrase"
    if _NARRATION in may and (m := _NARRATION.match(slot)):
        return f"'{m.group()}' is the notes' narration, not a topic (say what it was about)"
    if _PREPOSITION_START in may and (m := _PREPOSITION_START.match(slot)):
        return f"'{m.group().strip()}' opens with a preposition where a noun phrase belongs"
    if _EMPTY_WAY in may and _EMPTY_WAY.match(slot):
        return f"'{slot}' says nothing without what it is a way of doing"
    if _BARE_EACH in may and (m := _BARE_EACH.match(slot)) and not _is_mass(m["n"]):
        return f"'{m.group()}' needs 'a' or 'the' before the noun (notes' grammar)"
    for m in _VERB_BARE_NOUN.finditer(slot) if _VERB_BARE_NOUN in may else ():
        if m["n"] in COUNT_NOUNS:
            return f"'{m.group()}' needs 'the' or 'my' before '{m['n']}' (notes' grammar)"
    return None


def _is_mass(noun: str) -> bool:
    """Whether a noun is used without an article: a mass noun or a plural by its ending."""
    return noun in _MASS_NOUNS or _MASS_ENDING.search(noun) is not None


# Where a topic's slot opens: found by a literal scan (" about ", " regarding ", " whether ",
# "concern that": a clause must follow, "your concern that never supervised ..." has none)
_SLOT_OPENER = lazy_compile(r" (?:about|regarding|whether|(?:concern|worry|doubt) that) +")
# "about" that ends a relative clause ("the class we talked about has grown to two groups",
# "the guide you asked about is out"): when a verb follows, it is the sentence's own verb
_STRANDED_ABOUT = lazy_compile(
    r"\b(?:we|you|i|they|he|she)(?:\s+(?:had|have|'d|'ve|just|briefly|also))?\s+(?:talked|"
    r"spoke|chatted|asked|wrote|heard|read|thought|mentioned|joked|laughed|worried|spoken|"
    r"talk|speak|care|cared|know|knew|learned|learnt)$"
)
_PAST_VERB_START = lazy_compile(
    r"(?:grew|became|went|came|got|turned|launched|opened|started|finished|ran|took|made)\b"
)
# A slot ends with its sentence, or at a colon or semicolon that opens a clause of its own
# ("On your question about deadlines: last year I translated two novels")
_SLOT_END = lazy_compile(
    r"(?<!\b[A-Z])(?<!\bSt)(?<!\b[Ii]ncl)(?<!\b[Aa]pprox)[.!?](?=\s|$)|[:;](?=\s)|\n"
)


def slot_faults(text: str) -> Iterator[tuple[int, int, str]]:
    """Each topic slot of the text whose words are the notes' grammar: (start, end, why),
    the span running from the slot's start to its sentence's end."""
    lower = text.lower()
    for m in _SLOT_OPENER.finditer(lower):
        if _STRANDED_ABOUT.search(lower, max(0, m.start() - 40), m.start()) and (
            _AUX_START.match(text[m.end() : m.end() + 12]) or _PAST_VERB_START.match(lower, m.end())
        ):
            continue  # "the ballet class we talked about has grown": no slot, a relative clause
        end_m = _SLOT_END.search(text, m.end())
        end = end_m.start() if end_m else len(text)
        why = slot_fault(text[m.end() : end], clause=m.group().rstrip().endswith("that"))
        if why:
            yield m.end(), end, why


# -- the notes' grammar in a clause ------------------------------------------------------------
# Each is found from its anchor (a verb, " after", a span of time), scanned fast, and the
# words before it are looked up: patterns that open with a run of lookbehinds were tried at
# every position and cost about 3 ms a message on the lint path.
#
# A singular subject with a verb's bare form, as notes in a second language write it: "and
# customer give us 'supplier of the quarter'", "he ask how I run the containment". The subject
# opens the clause (after a comma or "and"/"but"/"so"); a plural, a pronoun that takes the bare
# form, an adverb ("and then give us a call") or a collective noun is no subject here.
_BARE_VERB_AFTER = full_text(
    r" (?P<v>give|want|need|say|ask|take|make|tell|like|send|call|come|go|know|think|pay|"
    r"keep|look|feel|expect|prefer|agree|decide|choose|seem|become) +"
    r"(?:us|me|him|her|them|it|the|a|an|that|how|if)\b"
)
_CLAUSE_SUBJECT = lazy_compile(
    r"(?:^|[,;]\s+(?:and\s+|but\s+|so\s+)?|\b(?:and|but|so)\s+)"
    r"(?P<s>he|she|it|(?:the\s+)?[a-z]+)\s*$",
    re.I,
)
_NOT_A_SUBJECT_WORDS = """
    i we you they people staff police children team crew family data media everyone nobody
    someone then also just always never often please simply really to not will would can could
    should may might must did do does let help us me them him her only still even now here
    there this that these those who which what when where why how if whether and or but so
"""
_NOT_A_SUBJECT = frozenset(_NOT_A_SUBJECT_WORDS.split())
# "after" left hanging at a clause's end: "... gave us 'supplier of the quarter' after" (a
# sentence says "afterwards", or when), or before "in the" ("lunch after in the canteen");
# "the day after", "soon after", "ever after", "before rather than after", "any time after"
# (a Filipino draft's "I am available to join any time after", batch AG) are English
_AFTER = full_text(r" +after(?=\s*[.!?;](?:\s|$)|\s*$| +(?:in|at|on) +the\b)")
_AFTER_OK_WORDS = """
    day days week weeks month months year years soon shortly long ever night morning hour
    hours right just straight immediately comes came come next that what one season shift
    session meeting weekend evening than or and not before also both time while
"""
_AFTER_OK = frozenset(_AFTER_OK_WORDS.split())
# A span of time tacked on with no "for": "the staff rep on the H&S committee at Whistler two
# seasons" (a sentence: "for two seasons")
_DURATION = full_text(
    r" (?:two|three|four|five|six|seven|eight|nine|ten|\d+) +"
    r"(?:seasons|years|months|summers|winters|semesters|terms)(?=\s*[.!?;](?:\s|$)|\s*$)"
)
_DURATION_OK_WORDS = """
    for in over last next past the first these those of within after before nearly about
    almost every few many several all its my our your their his her was is are were been be
    across through took takes take spent spend to or and
"""
_DURATION_OK = frozenset(_DURATION_OK_WORDS.split())


# "I already finish the certificate": a finished act in the present's bare form (notes in a
# second language); "I already know", "I already do this daily" are English
_ALREADY_BARE = lazy_compile(
    r"\b(?:I|we|he|she|they) already (?P<v>finish|complete|pass|submit|register|enrol|enroll|"
    r"book|apply|buy|receive|obtain|earn|graduate|sign up)\b"
)


def _word_before(text: str, at: int) -> str:
    """The word that ends just before `at` (lower case), or ''."""
    words = text[max(0, at - 30) : at].split()
    return words[-1].strip(",;:").lower() if words else ""


def _notes_clauses(text: str, blocked: Container[object] = ()) -> Iterator[tuple[int, int, str]]:
    """(start, end, why) of each clause in the notes' grammar, in the order of the rules.
    `blocked`: the full-text patterns that cannot match the text (textscan.py)."""
    for m in () if _BARE_VERB_AFTER in blocked else _BARE_VERB_AFTER.finditer(text):
        subject = _CLAUSE_SUBJECT.search(text, max(0, m.start() - 40), m.start())
        if subject is None:
            continue
        words = subject["s"].lower().split()
        noun = words[-1]
        if noun in _NOT_A_SUBJECT or (noun not in ("he", "she", "it") and noun[-1] in "sy"):
            continue
        if noun.endswith("ly"):
            continue
        said = f"{subject['s']} {m['v']}"
        yield subject.start("s"), m.end("v"), f"'{said}' needs the verb's -s form"
    for m in () if _AFTER in blocked else _AFTER.finditer(text):
        if _word_before(text, m.start()) not in _AFTER_OK:
            yield m.start() + m.group().index("a"), m.end(), "'after' is left hanging"
    for m in () if _DURATION in blocked else _DURATION.finditer(text):
        if _word_before(text, m.start()) not in _DURATION_OK:
            span = m.group().strip()
            yield m.start() + 1, m.end(), f"'{span}' needs 'for' before it"
    if " already " in text:
        for m in _ALREADY_BARE.finditer(text):
            yield m.start(), m.end(), f"'{m.group()}' needs the verb's past tense"
    if _ORDINAL_NO_ARTICLE in blocked:
        return
    if " first " in text or " second " in text or " third " in text or " final " in text:
        for m in _ORDINAL_NO_ARTICLE.finditer(text):
            yield m.start(), m.end(), f"'{m.group()}' needs 'the' before the ordinal"


def clause_fault(text: str) -> str | None:
    """Why a clause (the candidate's own point, a sentence of a draft) is the notes' grammar
    and no sentence's, or None: a singular subject with a bare verb ('and customer give us
    ...'), 'after' left hanging ('... supplier of the quarter after'), a span of time with
    no 'for' ('at Whistler two seasons')."""
    for _, _, why in _notes_clauses(text):
        return f"{why} (notes' grammar)"
    return None


def clause_faults(text: str, blocked: Container[object] = ()) -> Iterator[tuple[int, int, str]]:
    """Each place in the text where a clause is the notes' grammar: (start, end, why).
    `blocked`: the full-text patterns that cannot match the text (textscan.py)."""
    yield from _notes_clauses(text, blocked)


# -- a capital the notes do not give a word ---------------------------------------------------
# A capitalised word after a lower-case word, not next to another capitalised word (a name of
# two words, "Palliative Care", keeps its capitals)
_LONE_CAPITAL = lazy_compile(
    r"(?:(?<=[a-z,] )|(?<=\bI ))(?P<w>[A-Z][a-z]{2,})(?![\w'’-])(?!\s+[A-Z&])"
)
_QUOTED = lazy_compile(r"“[^”\n]*”|\"[^\"\n]*\"")
# Month and weekday names are capitalised whatever the notes typed ("tues 3/4")
_CALENDAR = lazy_compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
)


def stray_capitals(
    text: str,
    notes: str,
    ordinary: frozenset[str],
    names: frozenset[str] = frozenset(),
    titles: tuple[str, ...] = (),
) -> Iterator[tuple[int, int]]:
    """Each word of the text with a capital the notes never give it standing alone: 'bulk
    Fabric' (the notes write 'bulk fabric' and only 'Head of Fabric Sourcing'), 'how I Care
    for' (only 'Stillwater Hospice & Palliative Care'). The word is an ordinary one (in
    `ordinary`, or written in lower case in the notes); a name the notes capitalise on its own
    ('set up campaigns in Mailchimp') keeps its capital, and so do the words of `names` (the
    people's), the calendar's and any word inside one of `titles` as said (the role, the
    company: "the Designer role"). (start, end) of each word."""
    alone: set[str] | None = None
    said = [(m.start(), m.end()) for t in titles if t for m in re.finditer(re.escape(t), text)]
    said += [(m.start(), m.end()) for m in _QUOTED.finditer(text)]  # a title, as it is written
    for m in _lone_capitals(text):
        word = m["w"]
        low = word.lower()
        if word in names or _CALENDAR.fullmatch(word):
            continue
        if any(s <= m.start() < e for s, e in said):
            continue
        if low not in ordinary and not re.search(rf"(?<![\w-]){low}(?![\w-])", notes):
            continue
        if alone is None:
            alone = {c["w"] for c in _lone_capitals(notes)}
        if word not in alone:
            yield m.start(), m.end()


def _lone_capitals(text: str) -> Iterator[re.Match[str]]:
    """The capitalised words of the text that stand alone: not the first word of a sentence,
    and not after another capitalised word ('Palliative Care'), "I" aside ('how I Care')."""
    for m in _LONE_CAPITAL.finditer(text):
        before = text[max(0, m.start() - 40) : m.start()].split()
        if before and before[-1][:1].isupper() and before[-1] != "I":
            continue
        yield m
