"""slots: the notes' grammar in a topic's slot, for the fragment rule and the writer.

A message names what was discussed after "about", "regarding" or "whether"; a note line
slotted there whole shows its notes' grammar: shorthand ("bout hurricane claims", "incl."),
a clause ("beginners get the cylinder drill"), a verb or an adjective where a noun phrase
belongs ("look at the lag", "hard to read"), two note lines run together ("my PhD on X, and
whether I can do Y"), a verb form without its helper ("whether I would ever done HUET"), a
bare singular noun as notes in a second language write it ("how I manage team"). One
definition: the fragment rule (context.py) flags these in any draft, a model's too, and the
offline writer's phrases.settle leaves such a phrase out. Regular expressions on the
standard library only: this module is on the lint path (a tagger would cost a model load).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from followup.lazyre import lazy_compile
from followup.privacy import private_matter  # privacy.py owns what is private

__all__ = ["COUNT_NOUNS", "private_matter", "slot_fault", "slot_faults"]

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
    restaurant hotel shop office truck vehicle machine account course
"""
COUNT_NOUNS = frozenset(_COUNT_NOUN_WORDS.split())


# The notes' shorthand that a sentence never has: "bout" for "about", "incl.", "4yo", "re"
_SLOT_SHORTHAND = lazy_compile(
    r"(?<![\w'’-])(?:bout|incl|approx|esp|re|w/o|b/c|abt|diag|(?-i:yo))(?![\w'’-])\.?"
    r"|\b\d+\s?yo\b",
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
    r"whether|who|when|where)\b)(?:[\w-]+\s+){1,3}?(?:coming|starting|happening|planned|"
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
    if m := _SLOT_SHORTHAND.search(slot):
        return f"'{m.group().strip()}' is the notes' shorthand or a misspelt word"
    if m := _MODAL_PARTICIPLE.search(slot):
        return f"'{m.group()}' lacks 'have' (notes' grammar)"
    if not clause and (m := _PLURAL_CLAUSE.match(slot)):
        return f"'{m.group()}' is a clause where a noun phrase belongs"
    if noun_slot and not clause and (m := _BARE_VERB.match(slot)):
        return f"'{m.group()}' is a verb where a noun phrase belongs"
    if (m := _NOT_A_NOUN.match(slot)) and not (clause and m.group()[:1].lower() not in "neaj"):
        return f"'{m.group()}' starts with an adjective or adverb where a noun phrase belongs"
    if m := _NOTE_STATE.match(slot):
        return f"'{m.group()}' is the notes' shorthand for a clause (no verb)"
    if m := _TACKED_JUDGEMENT.search(slot):
        return f"'{m.group().strip()}' is a judgement tacked on as notes do"
    if m := _BARE_SPAN.search(f" {slot}"):
        return f"'{m.group().strip()}' needs 'for the' (notes' grammar)"
    if clause:
        return None
    if _STEP_ORDER.match(slot):
        return "ends on the notes' order word (a step of an answer, not a topic)"
    for pattern, at_start, why in _NOUN_SLOT_FAULTS:
        if m := (pattern.match(slot) if at_start else pattern.search(slot)):
            return f"'{m.group().strip()}' {why}"
    for m in _BARE_PARTICIPLE_NOUN.finditer(slot):
        if m["n"] not in _MASS_NOUNS and not m["n"].endswith("ing"):
            return f"'{m.group()}' needs 'a' or 'the' before '{m['adj']}' (notes' grammar)"
    if m := _FUSED.match(slot):
        return "two note lines run together in one phrase"
    for m in _VERB_BARE_NOUN.finditer(slot):
        if m["n"] in COUNT_NOUNS:
            return f"'{m.group()}' needs 'the' or 'my' before '{m['n']}' (notes' grammar)"
    return None


# Where a topic's slot opens: found by a literal scan (" about ", " regarding ", " whether ",
# "concern that": a clause must follow, "your concern that never supervised ..." has none)
_SLOT_OPENER = lazy_compile(r" (?:about|regarding|whether|(?:concern|worry|doubt) that) +")
_SLOT_END = lazy_compile(r"(?<!\b[A-Z])(?<!\bSt)(?<!\b[Ii]ncl)(?<!\b[Aa]pprox)[.!?](?=\s|$)|\n")


def slot_faults(text: str) -> Iterator[tuple[int, int, str]]:
    """Each topic slot of the text whose words are the notes' grammar: (start, end, why),
    the span running from the slot's start to its sentence's end."""
    lower = text.lower()
    for m in _SLOT_OPENER.finditer(lower):
        end_m = _SLOT_END.search(text, m.end())
        end = end_m.start() if end_m else len(text)
        why = slot_fault(text[m.end() : end], clause=m.group().rstrip().endswith("that"))
        if why:
            yield m.end(), end, why
