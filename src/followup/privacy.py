"""Private remarks in interview notes: find them, and remove them before anything is written.

People write things in their notes that must never reach the interviewer or a remote model:
pay and salary figures ("they offered 85k, i want 95"), other candidates ("one of 3
finalists", "went w/ internal candidate"), other offers and the job search itself, opinions of
the interviewer ("was 15 min late", "seemed distracted", "much nicer than Martin"), health and
family ("kids were sick", "dad's surgery"), questions no interviewer should ask and the
candidate's answers (children, pregnancy, marriage, age, religion, health, nationality:
"she asked if I have kids", "I said no"), the other companies the candidate is talking to,
and anything the writer marked private ("PRIVATE:", "(private)", "note to self", "don't
mention", a "## Private" section).

`private_lines(text)` returns each remark with its line span, character span and reason;
`redact(text)` replaces them with a visible placeholder and keeps every other line where it
was (the line count does not change); `public_notes(text)` is what the notes reader reads, so
no fact is ever taken from a private remark; `private_names(text)` are the names only private
remarks give; `private_matter(phrase)` is the immigration, health or family matter a topic
phrase must never name (the writer and the gate ask it through checker/rules/slots.py).
The notes reader, the prompt builder and the checker's private-leak rule all use
these functions, so one definition of "private" holds everywhere.

How a remark is found: the notes are cut into items (a bullet with its wrapped lines, a labelled
line such as "Q:" or "SALARY:", a prose paragraph), items into sentences (a line each, unless
the paragraph is hard-wrapped prose; a run-on cut into its thoughts). A marked bullet is
private as a whole, a mark in a paragraph covers its own note; otherwise each sentence is
classified on its own, so "Kind of rude honestly." goes and "But he asked good questions
about mass timber." stays. A money figure
alone ("$180k over 3 years, funded", "600k sq ft") is not private; with a pay word ("they
pay 58k", "band tops at 70k") or as a salary-like range ("68-72k") it is.

Not a library: PII scrubbers (presidio, scrubadub) find names, e-mail addresses and phone
numbers, which a follow-up note must keep, and need spaCy models; none knows a salary line or
an opinion of the interviewer. This module is regular expressions over the standard library, so
the checker can import it on the lint path.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from followup.lazyre import LazyPattern, lazy_compile
from followup.workmoney import private_from


class Reason(StrEnum):
    """Why a remark is private."""

    PAY = "pay"
    OTHER_CANDIDATES = "other-candidates"
    JOB_SEARCH = "job-search"
    OPINION = "opinion"
    HEALTH_FAMILY = "health-or-family"
    PROTECTED = "protected-question"  # children, pregnancy, marriage, age, religion, health...
    MARKED = "marked-private"


@dataclass(frozen=True, slots=True)
class PrivateRemark:
    """A private stretch of the notes: lines first_line..last_line (1-based, inclusive),
    characters text[start:end], why, and the words that showed it (`evidence`)."""

    first_line: int
    last_line: int
    start: int
    end: int
    reason: Reason
    evidence: str
    text: str
    whole_item: bool  # the whole bullet, labelled line or paragraph, not one sentence of it

    def tell(self) -> str | None:
        """What would give the remark away in a message, lower-cased: "15 min late" for "was
        15 min late", "finalists", "68-72k". None for a marked item or a "My take:" label,
        whose words are in `text`, not in `evidence`."""
        if self.reason is Reason.MARKED or _OPINION_LABEL.match(self.evidence):
            return None
        tell = _LEADING_VERBS.sub("", " ".join(self.evidence.lower().split()))
        return tell if len(tell) > 3 else None


LINE_PLACEHOLDER = "[private line removed]"
REMARK_PLACEHOLDER = "[private remark removed]"
PLACEHOLDER_RE = lazy_compile(r"\[private (?:line|remark) removed\]")

_I = re.IGNORECASE
_NUM_WORDS = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|a few|a couple of|many)"

# -- pay -------------------------------------------------------------------------------------
_CURRENCY_CODES = (
    r"AUD|USD|EUR|GBP|CAD|NZD|SGD|HKD|INR|IDR|PHP|TRY|TL|MXN|BRL|CHF|ZAR|KES|UGX|NGN|AED|SAR|"
    r"JPY|CNY|RMB|MYR|RM|THB|VND|PKR|Rs|Rp|CLP|COP|ARS|PEN|SEK|NOK|DKK|PLN|CZK|HUF|EGP|GHS"
)
MONEY_RE = lazy_compile(
    # a figure in any currency: "£24,650", "€45k", "AUD 78k", "Rp 15 juta", "12 lakh", "R$ 8.000"
    r"\$\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:k|m|mm|million|thousand)\b)?"
    r"|(?<![\w.])\d{1,3}(?:\.\d+)?\s?/\s?(?:hr|hour|h)\b"
    r"|(?<![\w.])\d{1,3}(?:\.\d+)?\s?k\b"
    r"|(?<![\w.])\d{1,3}(?:,\d{3})+(?![\w,])"
    # a figure in any currency: "£24,650", "€45k", "AUD 78k", "Rp 15 juta", "12 lakh", "R$ 8.000"
    r"|(?:[€£¥₹₱₺₩₦₪฿]|R\$|(?-i:\b(?:" + _CURRENCY_CODES + r")))\s?\d[\d,.]*"
    r"(?:\s?(?:k|m|mm|million|thousand|lakhs?|crores?|juta|ribu|mil|bin)\b)?"
    r"|\b\d[\d,.]*\s?(?:lakhs?|crores?|juta|ribu|(?-i:(?:" + _CURRENCY_CODES + r"))\b)",
    _I,
)
_K_RANGE = lazy_compile(
    r"(?<![\w.$])\$?\d{2,3}(?:\.\d)?\s?k?\s?(?:-|–|—|to)\s?\$?\d{2,3}(?:\.\d)?\s?k\b"
    r"(?!\s*(?:sq|square|users|members|followers|people|rows|records|visitors|downloads|"
    r"units|miles|steps|words|views|customers|subscribers|patients|students|items|orders))",
    _I,
)
PAY_WORD_RE = lazy_compile(
    r"\b(?:(?:salary|salaries|compensation)(?! (?:planning|software|system|module|analyst|"
    r"team|data|strategy|philosophy|benchmark\w*|survey\w*|committee|review process))|"
    r"total comp|comp(?! (?:a|an|the|them|their|him|her|it|one|two|someone|customers|guests|"
    r"residents|clients|patients|tenants)\b)|pay ?band|pay range|pay grade|"
    r"base pay|base salary|hourly rate|"
    # wages as the work's subject is no one's pay: "a claim for unpaid wages", "wage theft"
    r"(?<!unpaid )(?<!minimum )(?<!living )(?<!prevailing )(?<!back )"
    r"wages?(?! (?:theft|claims?|and hour|compliance|laws?|garnishments?|audits?))|"
    r"(?:signing|sign-on|annual|performance) bonus|"
    r"bonus(?:es)?|stock options|RSUs?|equity (?:grant|stake|package|refresh)|"
    r"(?:a|the|my|annual) raise|benefits package|salary expectations|"
    r"(?:ask|asked|asking) about (?:PTO|vacation|benefits|the 401\(?k\)?)|how much PTO|"
    r"(?:the|their|my|base|hourly|starting|take-home) pay(?!-)|"
    r"pay(?:['’]s| is| was| would be| tops| range| band)|they pay|"
    # a rate said in words: "twelve pound sixty an hour", "15 quid an hour", "12.50 per hour"
    r"(?:quid|bucks|pounds?|euros?|dollars?|rupees|pesos|reais|liras?|ringgit|rand|naira|"
    r"shillings?)(?:\s+[a-z]+)?\s+(?:an?|per)\s+(?:hour|hr|shift|day|week|month)|"
    r"\d[\d.,]*\s*(?:an|per)\s+(?:hour|hr)|"
    # pay in the notes' other languages: "sueldo 38 mil al mes", "Gaji offer range", "maaş"
    r"sueldos?|salarios?|salaires?|sal[áa]rios?|salaris|remuneraci[óo]n|r[ée]mun[ée]ration|"
    r"gehalt|stundenlohn|bruttogehalt|ma[aâ][şs]|gaji|upah|sahod|s[wu]weldo|tankh?w?ah|"
    r"vetan|stipendio|retribuzione|CTC|LPA|μισθ[όο]ς?|वेतन|तनख़?्वाह)\b",
    _I,
)
_PAY_CONTEXT = lazy_compile(
    r"\b(?:pay|pays|paid|paying|offer|offered|offering|band|range|rate|base|want|wanted|"
    r"asking|ask|asked for|make|making|earn|earning|currently|current job|expect|expecting|"
    r"lower|higher|per year|(?<!in )a year|annually|yr|hr|an hour|per hour|counter|negotiat\w*|"
    r"tops out|tops|ceiling|floor|budgeted for the role|p\.a|"
    r"per annum|al mes|por mes|al a[ñn]o|por a[ñn]o|par mois|par an|por m[êe]s|por ano|"
    r"pro (?:monat|jahr|stunde)|im monat|brutto|netto|per bulan|sebulan|setahun|ayl[ıi]k|"
    r"y[ıi]ll[ıi]k|kada buwan|buwan-buwan|mahina|saal ka)\b",
    _I,
)

_NEAR = 40  # characters either side of a plain figure ("12,000") where a pay word makes it pay
COUNT_NOUNS = (  # what a figure counts: "9k records" is no pay
    r"sq|square|users|members|followers|people|rows|records|visitors|downloads|units|miles|"
    r"steps|words|views|customers|subscribers|patients|students|items|orders|copies|readers|"
    r"listeners|employees|staff|locations|stores|beds|homes|acres|feet|ft|tons|pages|calls|"
    r"tickets|cases|clients|accounts|devices|sites|books|titles"
)
_COUNTED = lazy_compile(rf"\s*(?:{COUNT_NOUNS})\b", _I)
_BARE_RANGE = lazy_compile(r"(?<![\w.$])\d{2,3}\s?(?:-|–|to)\s?\d{2,3}(?![\w%])")
_OFFER_WORD = lazy_compile(
    r"\b(?:band|offer|offered|countered|counter|floated|asking|ask for|pay|paid|make|making|"
    r"earn|earning)\b",
    _I,
)

# -- other candidates and the job search ------------------------------------------------------
CANDIDATES_RE = lazy_compile(
    rf"\bfinalists?\b|\bone of {_NUM_WORDS} (?:people|candidates|applicants)\b"
    rf"|\b(?:other|internal|external|another|{_NUM_WORDS}|a lot of|lots of|bunch of|list of|"
    r"pool of|strong) (?:candidates|applicants|interviewees)\b"
    r"|\binternal (?:candidate|hire|applicant|guy|gal|person|pick|folks?)\b|\bshort-?list(?:ed)?\b"
    r"|\bdown to (?:me and|two|three|\d+|a few|the last)\b|\bone other (?:person|candidate)\b"
    rf"|\binterviewing (?:{_NUM_WORDS}|other|a lot of) (?:other )?(?:people|others|candidates)\b"
    r"|\bother (?:people|folks) (?:interviewing|applying|in the running)\b"
    rf"|\btalking to {_NUM_WORDS} (?:other )?(?:people|candidates|folks)\b"
    r"|\balready (?:picked|chosen|found|has|have|had) (?:someone|somebody|a candidate)\b"
    r"|\bsomeone in mind\b"
    rf"|\b(?:seeing|meeting|interviewing|talking to|talking with) (?:{_NUM_WORDS} |some |a few )?"
    r"(?:more|other) (?:people|candidates|applicants|folks|finalists)\b"
    r"|\bthe other (?:candidates?|applicants?|finalists?)\b"
    rf"|\b(?:{_NUM_WORDS}|two) other (?:people|folks)\b[^.\n]{{0,30}}\binterview",
    _I,
)
JOB_SEARCH_RE = lazy_compile(
    r"\b(?:competing|another|other|second|better|a second) (?:job )?offers?\b|\boffer from\b"
    r"|\b(?:boss|manager|employer|work|job) (?:doesn['’]?t|does not|don['’]?t) know\b"
    r"|\binterviewing (?:elsewhere|with other)\b|\bother interviews\b"
    r"|\bwaiting (?:on|for|to hear from|to hear back from) \w+ (?:too|as well)\b"
    # other companies the candidate is talking to: "also interviewing w/ Puget Sound Tugs",
    # "applied at Corbel too", "my other interview", "interviewing with two other firms"
    r"|\balso (?:interviewing|applying|applied|talking to|in talks with|have (?:an|a|another) "
    r"(?:interview|offer|second round|final round))\b"
    r"|\b(?:interviewing|interviewed|applying|applied|an interview|a second round|a final round)"
    r"\s+(?:w/|with|at|to|for)\s+[^.;!?\n]{1,40}?\s(?:too|as well)\b"
    rf"|\b(?:interviewing|applying|applied|interviews?)\s+(?:w/|with|at|to|for)\s+"
    rf"(?:{_NUM_WORDS} )?other (?:companies|places|firms|employers|shops|agencies|schools|"
    r"hospitals|jobs|positions|roles)\b"
    r"|\b(?:my|the) other (?:interviews?|applications?|job offers?|offers?)\b"
    r"|\b(?:interviewing|applying|applied|looking) (?:around|elsewhere)\b"
    r"|\b(?:back-?up|fallback) (?:option|offer|job)\b|\bkeep(?:ing)? my options open\b",
    _I,
)

# -- opinions of the interviewer (or the place) -----------------------------------------------
_SEEMED = (
    r"(?:seemed|seems|seem|looked|looks|came across as|came off as|struck me as|felt|"
    r"(?:was|were|is) (?:kind of|kinda|a bit|a little|pretty|super|really|so|very|totally|"
    r"clearly|obviously)|kind of|kinda)"
)
_PERSON_ADJ = (
    r"(?:disorgani[sz]ed|distracted|rushed|bored|uninterested|disinterested|annoyed|irritated|"
    r"impatient|cold|unfriendly|unprepared|checked out|zoned out|tired|exhausted|stressed|"
    r"frazzled|overwhelmed|burn(?:ed|t) out|awkward|weird|off|dismissive|hostile|curt|chaotic|"
    r"nervous|flustered|grumpy|cranky|standoffish|aloof|rude|arrogant|condescending|"
    r"unimpressed|skeptical|sceptical|out of it|half asleep|scattered|defensive|unpleasant|"
    r"nice|lovely|great|sweet|friendly|chill|cool|warm|smart|sharp)"
)
OPINION_RE = lazy_compile(
    rf"\b{_SEEMED}(?: (?:totally|really|very|v|so|pretty|kind of|kinda|a bit|a little|super|"
    rf"completely|clearly|quite))? {_PERSON_ADJ}\b"
    # "she's v sharp", "he's so nice." (a remark on the person, ending its clause; "she's cool
    # with remote work" says what she accepts)
    rf"|\b(?:he|she)['’]s (?:(?:v|very|really|so|super|pretty|kinda|kind of|a bit|quite) )?"
    rf"{_PERSON_ADJ}(?=\s*(?:$|[.,;!?)]|(?:and|but|tbh|lol|imo|though)\b))"
    r"|\b(?:was|were|is) (?:distracted|rude|arrogant|condescending|unprepared|checked out|"
    r"zoned out|disorgani[sz]ed|dismissive|uninterested|disinterested|bored|annoyed)\b"
    r"|\b(?:rude|arrogant|condescending|jerk|creepy|smug|snob(?:bish|by)?|know-it-all)\b"
    r"|\b(?:was|were|showed up|came in|arrived|running|ran|logged on|joined)\s+"
    r"(?:\d+|a few|five|ten|fifteen|twenty|thirty|half an hour)?\s?"
    r"(?:min|mins|minutes|hours?)?\s?late\b"
    r"|\blate to (?:the|our) (?:call|interview|meeting|zoom)\b"
    r"|\b(?:kept|keeps) (?:checking|looking at|on) (?:his|her|their) (?:phone|email|laptop)\b"
    r"|\b(?:on|checking) (?:his|her|their) phone\b"
    r"|\bkept me waiting\b|\btalked over me\b|\binterrupted me\b|\bcut me off\b"
    r"|\bdidn['’]?t (?:read|look at|open) my (?:resume|résumé|cv|portfolio)\b"
    r"|\b(?:much |way |a lot )?(?:nicer|better|worse|meaner|friendlier) than (?!expected)"
    r"[A-Z][a-z]+\b|\bred flags?\b|\bnot a fan of (?:him|her|them)\b"
    r"|\b(?:didn['’]?t|did not) like (?:him|her|them)\b|\bvibes?\b"
    # how much a person talks, or their ego: "tom talks a LOT", "full of himself"
    r"|(?<!who )(?<!that )\b(?:talks|talked|rambles|rambled|waffles|waffled) (?:a lot|too much|"
    r"way too much|non-?stop|forever|and on)\b(?!\s+(?:about|abt|re|of|on|through|with|to)\b)"
    r"|\bfull of (?:him|her|them)sel(?:f|ves)\b"
    r"|\blikes? the sound of (?:his|her|their) own voice\b"
    # gossip passed on about the boss or the place: "told me mgr is kinda micromanage-y",
    # "apparently the culture is toxic", "heard the boss can be difficult"
    r"|\b(?:told (?:me|us)|said|says|warned(?: me)?|heard|apparently|"
    r"rumou?r(?:ed|s)? (?:is|has it))"
    r"\b[^.;!?\n]{0,40}?\b(?:mgr|manager|boss|hm|management|director|supervisor|culture|"
    r"place)\s+(?:is|are|was|can be|gets|seems)\s+(?:(?:kind of|kinda|a bit|a little|pretty|"
    r"super|really|very|v|so|quite)\s+)?(?:an? )?(?:micromanag\w*|toxic|difficult|nightmare|"
    r"tough to work|hard to work|moody|political|chaotic|disorgani[sz]ed)"
    r"|\bmicromanag(?:er|ey|e-y|y|ing)\b"
    # a person summed up, as a note's whole opening clause: "serious guy, clipboard", "nice
    # lady." (not "the P&C lady", a role); looks are never a message's business ("leilani cute")
    r"|^(?:[-*•]\s*)?[a-z]+ (?:guy|lady|dude|bloke|chap|fella|gal)(?=\s*(?:$|[.,;!?]))"
    r"|\b(?:cute|handsome|good-looking|attractive|gorgeous|hottie)\b",
    _I,
)

# -- health and family ------------------------------------------------------------------------
_FAMILY = (
    r"(?:kid|kids|son|daughter|baby|child|children|wife|husband|partner|mom|mum|dad|mother|"
    r"father|parents?|grandma|grandpa|grandmother|grandfather|sister|brother|boyfriend|"
    r"girlfriend|fianc[eé]e?|spouse|in-laws)"
)
# The family in the notes' other languages ("suami harus ikut", "mi esposa no quiere mudarse"),
# and the English words that only ever mean one's own family ("the missus", "hubby"): an
# English message has no use for any of them, so a sentence naming one is private.
_FOREIGN_FAMILY = (
    r"suami|istri|isteri|anak-anak|anak saya|anak kami|orang tua saya|ibu saya|ayah saya|"
    r"esposa|esposo|marido|mi mujer|mis hijos|mi hij[oa]|mis padres|mi madre|mi padre|"
    r"mam[áa] (?:dice|quiere|est[áa])|pap[áa] (?:dice|quiere|est[áa])|"
    r"ma femme|mon mari|mes enfants|mes parents|ma m[èe]re|mon p[èe]re|"
    r"minha (?:esposa|mulher|m[ãa]e|filha)|meu (?:marido|pai|filho)|meus (?:filhos|pais)|"
    r"meine (?:frau|kinder|eltern|mutter|tochter)|mein (?:mann|vater|sohn)|"
    r"(?-i:eşim|karım|kocam|çocuklarım|annem|babam)|"  # "KARIM" is Karim, a name
    r"asawa ko|mga anak ko|nanay ko|tatay ko|"
    r"biwi|patni|mere pati|bacch?e|"
    r"the missus|the missis|the wife|the hubby|hubby|wifey|my other half|"
    r"σύζυγ[όο]ς? μου|γυναίκα μου|άντρας μου|παιδιά μου|पत्नी|पति|बच्चे"
)
HEALTH_RE = lazy_compile(
    # a pregnancy at work's subject is no one's health: "a visibly pregnant patient"
    r"\bpregnan\w*+(?!\s+(?:patients?|women|clients?|people|mothers|members|guests|residents))|"
    r"\b(?:maternity|paternity|parental leave)\b(?! (?:cover|leave cover|"
    r"replacement|contract|post|position|role|vacancy|policy|policies|program|programme|unit|"
    r"ward|nurse|services))|\bmiscarriage\b|\bIVF\b"
    # a funeral as the work's subject is no one's bereavement: "Funeral Home", "Funeral Director"
    r"|\bchemo\w*|\bdiagnosed with\b|\bfuneral\b(?![ \t]+(?:homes?|directors?|directing|"
    r"services?|industry|parlou?rs?|business|profession|arrangers?|celebrants?|planning|"
    r"arrangements?|chapel|establishments?|care))|\bchildcare\b"
    r"|\bdaycare (?:pickup|drop-?off|costs?|bills?|fees?|for)\b|\bcover daycare\b"
    r"|\bmy (?:doctor|therapist|diagnosis|health|medication|meds|illness|condition|disability|"
    r"MRI|surgery|appointment|back|migraines?|anxiety|depression)\b(?!-)"
    rf"|\b{_FAMILY}(?:['’]s)? (?:was|were|is|are|got|has|had|have been) (?:sick|ill|unwell|"
    r"in the hospital|hospitali[sz]ed|in the ER)\b"
    rf"|\b{_FAMILY}['’]s (?:surgery|appointment|health|illness|funeral|MRI|diagnosis|death|"
    r"passing)\b"
    # a bereavement: "my mum died last year", "lost my dad in March", "since Grandpa passed"
    rf"|\b{_FAMILY} (?:died|passed(?: away)?)\b|\b(?:lost|losing) my {_FAMILY}\b"
    r"|\bI['’]?m (?:still )?(?:grieving|bereaved)\b"
    rf"|\b{_FAMILY}(?:['’]s| is) in (?:hospice|the hospital|rehab|the ICU)\b"
    r"|\b(?:my|a|the) divorce\b|\bgoing through a divorce\b"
    r"|\b(?:custody (?:arrangement|schedule|hearing|battle|of (?:my|the) (?:kids|children))|"
    r"(?:joint|shared|child) custody)\b"
    r"|\bI['’]?m (?:sick|ill|pregnant|unwell)\b|\b(?:I|we) (?:was|were) sick\b"
    r"|\bsick (?:kid|kids|child|day|leave)\b"
    # hardship at home: the rent, the bills, needing this job to pay them
    r"|\bmy (?:rent|mortgage|bills|debts?|overdraft|landlord)\b(?!-)"
    r"|\bbehind on (?:my |the )?(?:rent|bills|payments|mortgage)\b"
    r"|\b(?:I|we) (?:really |badly |desperately |just )?need (?:this|the) (?:job|money|income)\b"
    r"(?![ \t]+(?:title|description|posting|spec|ad)\b)"
    # what the family thinks of the job ("Mum thinks I should take it", "my wife hates the hours")
    rf"|\b(?:my )?{_FAMILY} (?:thinks|thought|says|said|wants|reckons|feels|hates|loves|agrees|"
    r"doesn['’]?t want|won['’]?t|keeps (?:asking|nagging|bugging|on at me|pushing)|"
    r"kept (?:asking|nagging|bugging|pushing))\b"
    rf"|\b(?:{_FOREIGN_FAMILY})\b(?!-)",
    _I,
)

# A phrase whose topic is the candidate's own immigration, health or family matter ("my visa",
# "pregnant", "my mum", "passed away"): never a message's topic. The writer's phrases and the
# gate ask this of a topic phrase (checker/rules/slots.py re-exports it), the sentence checks
# above of a notes sentence; one owner, so "private" has one definition.
PRIVATE_MATTER_RE = lazy_compile(
    r"\b(?:visas?|immigration|work permit|residence permit|right to work|visa sponsorship|"
    r"citizenship|green card|asylum|refugee status|pregnan\w*|my (?:health|illness|diagnosis|"
    r"condition|disability|medication|surgery|operation|treatment|therapy|pregnancy|divorce|"
    r"childcare|wife|husband|partner|kids?|children|son|daughter|family|mum|mom|dad|mother|"
    r"father|baby)|childcare|passed away)\b",
    _I,
)


def protected_question(text: str) -> str | None:
    """The words of a question no interviewer should ask, or of the candidate's answer to
    one, in text ("asking whether I am planning to have kids"), or None."""
    m = PROTECTED_RE.search(text)
    return m.group() if m else None


def never_a_topic(phrase: str) -> bool:
    """Whether a topic phrase is private by its nature, however it reached the topics (the
    notes' reader, the front matter): an immigration, health or family matter, or a question
    no interviewer should ask ("whether I am planning to have kids soon")."""
    if private_matter(phrase):
        return True
    return bool(PROTECTED_RE.search(f"asked {phrase}") or PROTECTED_RE.search(phrase))


def private_matter(text: str) -> str | None:
    """The words that make a phrase an immigration, health or family matter ('my visa',
    'pregnant', 'my mum'), or None: the candidate's own, never a message's topic."""
    m = PRIVATE_MATTER_RE.search(text)
    return m.group() if m else None


# -- questions an interviewer should not ask, and the candidate's answers ---------------------
# Children, pregnancy, marriage, age, religion, health and nationality are the candidate's own
# business whatever the notes call them: "she asked if I have kids", "Q: are you married?",
# "asked where I'm really from", "I'm actually expecting in May". The topic must be the
# candidate's ("if I have kids"), so "asked how I'd handle kids acting out", "asked about my
# experience with medical billing" and "health and safety" stay public.
_MY_PROTECTED = (
    # "if I'm planning to have kids", "if Im planning on kids", "whether I am planning..."
    r"(?:if|whether) I(?: have| had| want| plan to have| plan on having|(?: am|['’]?m) planning "
    r"(?:to have|on having|on)) (?:any |my own |more )?(?:kids|children|a child|a baby|a family)\b"
    r"|(?:if|whether) I (?:have|had) (?:a |any )?(?:husband|wife|spouse|partner|boyfriend|"
    r"girlfriend|disabilit(?:y|ies)|health (?:issues|problems|conditions)|medical conditions?|"
    r"chronic [a-z]+|kids|children)\b"
    r"|(?:if|whether) I(?:['’]?m| am| was) (?:married|single|engaged|divorced|pregnant|religious|"
    r"a (?:mom|mum|mother|dad|father|parent)|planning (?:to start |on starting )?a family|"
    r"on (?:any )?medications?|disabled|(?:an? (?:[\w.]+ )?)?(?:citizen|native))\b"
    # a plan of the candidate's own life, however the question is put: "if I'm planning to
    # get pregnant", "whether Im going to start a family", "if I want to get married"
    r"|(?:if|whether) I(?:['’]?m| am)? (?:plan|planning|going|want|intend|intending) (?:to|on) "
    r"(?:get(?:ting)? (?:pregnant|married)|hav(?:e|ing) (?:a baby|babies|(?:more )?kids|"
    r"(?:more )?children)|start(?:ing)? a family|"
    r"retir(?:e|ing)(?! (?:the|a|an|our|their|its|this|that|these|those|it|them|some)\b))\b"
    r"|(?:if|whether) I (?:go to|attend) (?:church|mosque|synagogue|temple|services)\b"
    r"|(?:if|whether) I (?:take|use) (?:any )?medications?\b"
    r"|(?:if|whether) I(?: need| needed| require| would need| will need|['’]d need) "
    r"(?:visa )?sponsorship\b"
    r"|(?:start(?:ing)?|plan(?:s|ning)? (?:for|on)?) a family\b|family plans\b"
    r"|how old I (?:am|was)\b|(?:what|which) year I (?:was born|graduated(?: high school)?)\b"
    r"|when I (?:was born|graduated (?:from )?high school)\b"
    r"|where I(?:['’]?m| am) (?:really |originally |actually )?from\b|where I was born\b"
    r"|what (?:religion|church|faith|nationality|ethnicity|race) I\b"
    r"|my (?:age|religion|faith|church|marital status|relationship status|nationality|ethnicity|"
    r"race|accent|native country|citizenship|visa(?: status)?|work permit|immigration status|"
    r"residency|settled status|green card|pregnancy|due date|family plans|health|"
    r"medical (?:history|conditions?)|disabilit(?:y|ies)|kids|children|husband|wife|spouse)\b"
)
PROTECTED_RE = lazy_compile(
    r"\b(?:asked|asks|asking|ask|wanted to know|wondered|question(?:s|ed)? (?:about|on)|"
    r"questioned|quizzed|grilled|pried|brought up|raised)\b[^.;!?\n]{0,30}?"
    rf"\b(?P<topic>{_MY_PROTECTED})"
    # the question as it was put: "Q: do you have kids?", "are you married?"
    r"|\b(?P<asked>(?:do|did) you have (?:any )?(?:kids|children)|are you (?:married|pregnant|"
    r"single|religious|planning (?:to have|on having) (?:kids|children|a family))|"
    r"how old are you|where are you (?:really |originally |actually )?from|"
    r"what (?:religion|church|nationality|ethnicity) are you|do you (?:go to church|plan to have "
    r"(?:kids|children)))\b"
    # the candidate's own answer, said or not: "I'm actually expecting in May", "I'm 52"
    r"|\b(?P<status>I['’]?m (?:actually |also |now |currently )?(?:expecting(?! to\b| an?\b| "
    r"(?:that|them|him|her|news|feedback|their|the|your|it|this|some|word)\b)|"
    r"married|engaged|divorced|a single (?:mom|mum|dad|parent)|\d{2} (?:years old|yrs old|yo)|"
    r"catholic|muslim|jewish|christian|hindu|buddhist|mormon|sikh|atheist|on an? [\w-]+ visa)"
    r"|my (?:visa|work permit) (?:expires|runs out|ends)"
    r"|we['’]?re (?:expecting|trying for a baby|trying to (?:have|get pregnant)|planning "
    r"(?:a family|to have (?:kids|a baby))))\b",
    _I,
)
# the candidate's answer to such a question, the sentence after it: "I said no."
_ANSWER = lazy_compile(
    r"^(?:and |but |so )?(?:I (?:said|told|answered|replied|lied|dodged|deflected|didn['’]?t "
    r"answer|changed the subject)|told (?:her|him|them)|said (?:no|yes)|(?:no|yes)\b)",
    _I,
)

# -- marked private ---------------------------------------------------------------------------
# Notes mix languages ("## Pribadi - jangan tulis di email", "PRIVADO - no poner:", "Private —
# ΟΧΙ στο email"): the marks of the common ones, private and "do not put it in the message"
# (Spanish, French, Portuguese, Italian, German, Bahasa, Turkish, Tagalog, Greek, Hindi in
# Devanagari and in Latin script). Words only: "(privé)" is a mark, a bare "privado" inside a
# sentence is not.
_FOREIGN_PRIVATE = (
    r"priv[ée]e?s?|privad[oa]s?|privat[oa]?|privaat|pribadi|rahasia|[öo]zel|gizli|pribado|"
    r"yksityi\w*|mag[áa]n|soukrom[áéeý]|"
    r"pers[öo]nlich|vertraulich|confidencial|confidentiel(?:le)?|confidenziale|"
    r"personnel(?:le)?|pessoal|personale|preifat|cyfrinachol|vertrouwelijk|prywatne|"
    r"poufne|приватно|лично[ей]?|ιδιωτικ[όοάα]|προσωπικ[όοάα]|εμπιστευτικ[όοάα]|"
    r"निजी|गोपनीय|niji|sirf mere liye|solo para m[ií]|s[óo] para mim|pour moi|nur f[üu]r mich|"
    r"hanya untuk saya|untuk saya sendiri|sadece benim i[çc]in|para sa akin lang"
)
_FOREIGN_DONT = (
    # Spanish, Portuguese, Italian: "no poner", "no mencionar", "não colocar", "non dire"
    r"(?:no (?:poner|mencionar|decir|incluir|compartir|contar|escribir)|n[ãa]o (?:colocar|"
    r"p[ôo]r|dizer|falar|escrever|mencionar|incluir)|non (?:mettere|dire|menzionare|scrivere))"
    r"\b[^.;:\n]{0,30}|"
    # French: "ne pas mentionner", "pas dans l'email"
    r"ne (?:pas|jamais) (?:mentionner|mettre|dire|[ée]crire|partager|inclure)\b[^.;:\n]{0,30}|"
    r"pas (?:dans|pour) (?:l['’]|le |la )?(?:e-?mail|mail|courriel|message|lettre)|"
    # German: "nicht erwähnen", "nicht in die Mail"
    r"nicht (?:erw[äa]hnen|sagen|schreiben|teilen|in die (?:e-?mail|mail|nachricht))\b"
    r"[^.;:\n]{0,30}|"
    # Bahasa: "jangan tulis di email", "jangan"; Tagalog: "huwag isama"; Turkish: "yazma"
    r"jangan\b[^.;:\n]{0,30}|huwag\b[^.;:\n]{0,30}|(?:yazma|bahsetme|s[öo]yleme)\b"
    r"[^.;:\n]{0,20}|"
    # Greek: "ΟΧΙ στο email", "μην το γράψεις"; Hindi: "mat likhna", "email mein mat"
    r"(?:όχι|οχι) (?:στο|στα|σε) [^.;:\n]{0,20}|μην\b[^.;:\n]{0,30}|"
    r"mat (?:likhna|likho|batana|batao|bolna|bolo|dalna|daalna)\b"
)
# a heading's forms with the message named first ("e-maile yazma", "email mein mat likhna"):
# in a heading only, where the pattern is anchored (an optional word before every "mat" would
# be tried at every word of every note line)
_FOREIGN_MARKS = (
    rf"{_FOREIGN_PRIVATE}|{_FOREIGN_DONT}|e-?maile? (?:yazma|bahsetme|s[öo]yleme)|"
    r"(?:e-?mail|mail|message) (?:mein|me) mat (?:likhna|likho|batana|batao|bolna|bolo|dalna)"
)
_MARK_WORDS = (
    r"(?:private|personal|confidential|note to self|notes to self|for me only|just for me|"
    r"not for (?:them|anyone|anybody|others|other people)(?: else)?|(?:for )?me only|only for me|"
    r"off the record|for my eyes only|"
    r"do not share|don['’]?t share|do not send|don['’]?t send|between us|"
    r"not for (?:the |an? )?(?:e-?mail|note|message|letter)s?|"  # "personal, not for email"
    r"(?:do not|don['’]?t|dont) (?:put|include|mention)(?: this| these| it)? in (?:the |an? |my )?"
    r"(?:e-?mail|note|message|letter)s?|"
    rf"{_FOREIGN_MARKS})"
)


def _what_it_holds(most_words: int) -> str:
    """What a private heading may name before its mark: "Money / privaat", "Pay & private:",
    "Salary - confidential" (a few words, then a joiner); optional."""
    return (
        rf"(?:[\w$£€]+(?:[ \t]+[\w$£€]+){{0,{most_words - 1}}}"
        r"[ \t]*(?:/|&|\+|,|[-–—]|\band\b)[ \t]*)?"
    )


# a line that opens with a mark, perhaps after what it holds (at most three words)
_MARKED_START = lazy_compile(
    rf"^[(\[]?{_what_it_holds(3)}{_MARK_WORDS}[)\]]?\s*(?:[:\-–—)]|$)",
    _I,
)
_MARKED_ANYWHERE = lazy_compile(
    r"[(\[](?:private|personal|confidential|not for them|don['’]?t share|don['’]?t mention|"
    rf"{_FOREIGN_PRIVATE})[)\]]"
    rf"|\b(?:{_FOREIGN_DONT})(?:[.!;)]|$)"
    r"|\b(?:don['’]?t|do not|never|shouldn['’]?t) (?:mention|bring (?:it |this |that )?up|"
    r"share|tell them|say)(?: (?:this|that|it|to them|with them|in the (?:note|email|letter)))?"
    r"\s*(?:[.!;)]|$)"
    r"|\bnot telling (?:them|him|her|anyone)\b|\bkeep (?:this|it|that) to myself\b"
    r"|\bnote to self\b|\bbetween (?:you and me|us)\b",
    _I | re.M,
)
_SELF_NOTES = lazy_compile(r"notes? to self", _I)  # what the first line may call the notes
# "was 15 min late" leaks as "you were 15 min late": the tell is what follows the verb.
_LEADING_VERBS = lazy_compile(
    r"^(?:(?:was|were|is|are|seemed|seems|looked|looks|felt|kind of|kinda|much|way|a lot|"
    r"kept|keeps|totally|really|so|very|a bit|pretty)\s+)+"
)
_OPINION_LABEL = lazy_compile(r"^(?:my (?:take|impression|gut|read|thoughts)|honestly)\b", _I)
_HEADING = lazy_compile(r"^\s*(?:#{1,6}\s*)?(?P<title>[^#:\n]{1,40}?)\s*:?\s*$")
# one mark or several ("notes to self, NOT for anyone", "private / do not share")
_HEADING_PRIVATE = lazy_compile(
    # what the section holds may come first (one or two words), then the marks alone
    rf"^{_what_it_holds(2)}{_MARK_WORDS}(?: notes| remarks| stuff| thoughts)?"
    rf"(?:\s*[,;/&+–—-]+\s*{_MARK_WORDS})*$",
    _I,
)

# -- items and sentences ----------------------------------------------------------------------
_BULLET = lazy_compile(r"^(?P<indent>[ \t]*)(?:[-*•+]|\d{1,2}[.)])[ \t]+")
_LABEL = lazy_compile(r"^[ \t]*[A-Za-z(][\w '’/()&-]{0,24}:[ \t]")
_SENTENCE_END = lazy_compile(r"(?<=[.!?])[\"')\]]*\s+(?=\S)|(?<=[.!?])\)?\s*\n")

_CHECKS: tuple[tuple[Reason, LazyPattern], ...] = (
    (Reason.OTHER_CANDIDATES, CANDIDATES_RE),
    (Reason.JOB_SEARCH, JOB_SEARCH_RE),
    (Reason.PROTECTED, PROTECTED_RE),  # before opinions: "asked if I have kids, felt weird"
    (Reason.OPINION, OPINION_RE),
    (Reason.HEALTH_FAMILY, HEALTH_RE),
)


# Most sentences are not private, and asking each of the nine patterns below of a sentence
# costs a pass of the regex engine each, slow ones for IGNORECASE (about 50 microseconds a
# sentence, 5 ms of an offline `followup write`). One alternation of them all, lower-cased
# for lower-cased text as the lint path's fast forms are (checker/patterns.py), tells in one
# pass whether any of them can match; only a sentence where one can is asked pattern by
# pattern. Every private answer needs a match of one of them (pay_evidence's figures and
# ranges included), so the answers are the same; _BARE_RANGE, the one without IGNORECASE, has
# no letters but "to", which lower-cased text only matches more often.
_PREFILTERED = (PAY_WORD_RE, _K_RANGE, MONEY_RE, _BARE_RANGE, *(p for _, p in _CHECKS))
_GROUP_NAME = lazy_compile(r"\(\?P<\w+>")  # a name is no part of what matches


@functools.cache
def _any_private() -> LazyPattern:
    """The one alternation (built on the first sentence, compiled from its kept code)."""
    from followup.checker.patterns import lowercase_pattern

    return lazy_compile(
        "|".join(
            f"(?:{lowercase_pattern(_GROUP_NAME.sub('(?:', p.pattern))})" for p in _PREFILTERED
        )
    )


def _maybe_private(sentence: str) -> bool:
    """False only when no pattern classify_sentence asks can match the sentence. Lower-cased
    text answers as IGNORECASE does for ASCII and for characters without case (’, …, —); a
    cased letter beyond ASCII (é, ſ, the Kelvin sign) folds in ways lower() does not, and such
    a sentence is asked pattern by pattern."""
    if not sentence.isascii() and any(c.lower() != c.upper() for c in sentence if c > "\x7f"):
        return True
    return _any_private().search(sentence.lower()) is not None


@functools.lru_cache(maxsize=4096)
def classify_sentence(sentence: str) -> tuple[Reason, str] | None:
    """Why one sentence is private, with the words that show it; None when it is not.
    Cached: a write reads the same sentences three times (the notes, the reader's whole
    text, the checker's known facts: 107 calls, 46 sentences for the bundled example)."""
    if not _maybe_private(sentence):
        return None
    pay = pay_evidence(sentence)
    if pay:
        return Reason.PAY, pay
    for reason, pattern in _CHECKS:
        m = pattern.search(sentence)
        if m:  # a protected question's evidence is its topic ("I have kids"), what would leak
            topic = m.group("topic") if reason is Reason.PROTECTED else None
            return reason, topic or m.group()
    return None


def pay_range(sentence: str) -> bool:
    """Whether the sentence holds a salary-like range ("68-72k", "$90k to $110k")."""
    return _K_RANGE.search(sentence) is not None


def pay_evidence(sentence: str) -> str | None:
    """The figure or word that makes a sentence about pay, or None."""
    m = PAY_WORD_RE.search(sentence) or _K_RANGE.search(sentence)
    if m:
        return m.group()
    for money in MONEY_RE.finditer(sentence):  # a figure with a pay word in its sentence
        if _COUNTED.match(sentence, money.end()):
            continue  # "12,000 subscribers", "3,000 in a year" of a newsletter's readers
        plain = money.group()[:1].isdigit() and money.group()[-1:].isdigit()  # "12,000"
        near = sentence[max(0, money.start() - _NEAR) : money.end() + _NEAR] if plain else sentence
        if _PAY_CONTEXT.search(near):
            return money.group()
    bare = _BARE_RANGE.search(sentence)  # "floated 70-75 for the band"
    if bare and _OFFER_WORD.search(sentence):
        return bare.group()
    return None


@dataclass(slots=True)
class _Item:
    start: int  # where its content starts (after a bullet)
    end: int  # end of its last line, before the newline
    private_section: bool
    bullet: bool = False  # a bullet with its wrapped lines: a mark anywhere covers it whole


def _line_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        spans.append((pos, pos + len(body)))
        pos += len(line)
    return spans


def marks_private(title: str) -> bool:
    """Whether a heading is made of private marks alone ("Private", "notes to self, NOT for
    anyone", "----- me only -----"): the block under it is private. The notes reader asks
    this too, so the two readers of the notes agree on which sections are private."""
    title = title.strip().strip("*_=~–—-").strip()
    return bool(title) and _HEADING_PRIVATE.match(title) is not None


def _items(text: str) -> list[_Item]:
    """Bullets with their wrapped lines, labelled lines, prose paragraphs; headings mark
    whether the block after them is a private section."""
    items: list[_Item] = []
    current: _Item | None = None
    section_private = False  # inside the block after a "## Private" / "Private:" heading
    seen_body = False  # the private section has started its first block
    for start, end in _line_spans(text):
        line = text[start:end]
        if not line.strip():
            current = None
            if section_private and seen_body:
                section_private = False
            continue
        bullet = _BULLET.match(line)
        heading = _HEADING.match(line) if not bullet else None
        marks_only = heading is not None and marks_private(heading.group("title"))
        # a heading: "## ...", "...:", or a line of nothing but marks ("----- me only -----")
        if heading and (line.lstrip().startswith("#") or line.rstrip().endswith(":") or marks_only):
            section_private = marks_only
            seen_body = False
            current = None
            if section_private:
                items.append(_Item(start + len(line) - len(line.lstrip()), end, True))
            continue
        seen_body = True
        content_start = start + (bullet.end() if bullet else len(line) - len(line.lstrip()))
        # a line that opens with a private mark ("private - ...") starts its own item even
        # right under another line: the mark covers that line, not the one above
        marked_line = _MARKED_START.match(line.lstrip()) is not None
        starts_item = bool(bullet or _LABEL.match(line) or marked_line) or current is None
        if starts_item:
            current = _Item(content_start, end, section_private, bullet is not None)
            items.append(current)
        else:
            assert current is not None
            current.end = end
    return items


# where a spoken run-on sentence (a voice memo, one breathless paragraph) starts a new thought:
# "... and then he asked about X and I said Y, and he talked about Z ..."; the notes reader
# cuts such a sentence at the same places, so both read the same thoughts
RUN_ON_BREAK = lazy_compile(
    r",?\s+and\s+(?:then\s+)?(?=(?:I|he|she|they|we|my|his|her|their)\b)|"
    r",\s+(?:and\s+|so\s+|oh\s+|but\s+)?(?=(?:I|he|she|they|we|my|his|her|their|oh)\b)",
)
RUN_ON_WORDS = 45  # a sentence this long is a run-on, cut into its thoughts
# the person a line is about, before a dash or a colon ("Elise Varner -- great, much nicer than
# Martin"): who the line is about is no part of what is private about it
_WHO_PREFIX = lazy_compile(
    r"(?:(?:Dr|Ms|Mrs|Mr|Prof|Mx)\.? )?[A-Z][a-z][\w’'-]*(?: [A-Z][\w’'-]*){0,3}"
    r"\s*(?:--|—|–|-|:)\s+(?=\S)"
)
# and, for privacy alone, where "it" starts a thought ("... Marcus Adeyemi and it went pretty
# well I think he was really friendly and ..."): the opinion goes, the names around it stay
_THOUGHT_BREAK = lazy_compile(rf"{RUN_ON_BREAK.pattern}|,?\s+and\s+(?=it\b)")


# what they will do next is a thought of its own: "he's seeing 2 more people this week,
# decision by end of May" keeps the date when the other candidates go
_NEXT_STEP_CLAUSE = lazy_compile(
    r"(?:,|\s+-|\s+–|\s+—|;|\s+and)\s+(?:and\s+)?(?=(?:decision|decide|deciding|"
    r"(?:will|would|(?:she|he|they)(?:['’]?ll| will| would)) (?:call|decide|let|reach|"
    r"be in touch|get back|"
    r"email)|should hear|hear back|next steps?)\b)",
    _I,
)
_WRAP_WIDTH = (45, 90)  # an editor's hard wrap leaves lines of about this length


def _segments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The paragraph whole when it is prose wrapped by an editor (every line but the last of
    about one width), else each of its lines: note lines typed without full stops ("super
    nice, talked abt the WMS rollout / she asked how id handle a late truck / pay is 52k??")
    are one thought each, not one sentence of three lines."""
    lines = text[start:end].split("\n")
    low, high = _WRAP_WIDTH
    if all(low <= len(line.strip()) <= high for line in lines[:-1]):
        return [(start, end)]
    out = []
    pos = start
    for line in lines:
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _split_at(pattern: LazyPattern, text: str, start: int, end: int) -> list[tuple[int, int]]:
    """text[start:end] cut where the pattern matches (the matches themselves dropped)."""
    spans: list[tuple[int, int]] = []
    pos = start
    for m in pattern.finditer(text, start, end):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, end))
    return spans


def _sentences(text: str, start: int, end: int, *, who: bool = True) -> list[tuple[int, int]]:
    """The sentences of text[start:end]; a run-on sentence cut into its thoughts, so one
    private aside ("she said they're seeing two more people") does not hide the rest."""
    spans = [
        span
        for segment in _segments(text, start, end)
        for span in _split_at(_SENTENCE_END, text, *segment)
    ]
    thoughts = [
        clause
        for a, b in spans
        for thought in (
            _split_at(_THOUGHT_BREAK, text, a, b)
            if len(text[a:b].split()) >= RUN_ON_WORDS
            else [(a, b)]
        )
        for clause in _split_at(_NEXT_STEP_CLAUSE, text, *thought)
    ]
    out: list[tuple[int, int]] = []
    for a, b in thoughts:
        name = _WHO_PREFIX.match(text, a, b) if who else None
        # "Martin Cole -- was 15 min late": the name stays; a label that says the line is
        # private itself ("Comp: 450 base") keeps its line whole
        if name and name.end() < b and classify_sentence(name.group()) is None:
            out.append((a, a + len(name.group().rstrip())))
            a = name.end()
        chunk = text[a:b]
        stripped = chunk.strip()
        if stripped:
            a += len(chunk) - len(chunk.lstrip())
            out.append((a, a + len(stripped)))
    return out


def private_lines(text: str) -> list[PrivateRemark]:
    """Every private remark in the notes, in order of position."""
    return list(_private_lines(text))


@functools.lru_cache(maxsize=16)
def _private_lines(text: str) -> tuple[PrivateRemark, ...]:
    """Cached: the writer checks every draft against the same notes, and the reader, the
    prompt builder and two checker rules all ask about them."""
    remarks: list[PrivateRemark] = []
    starts = [s for s, _ in _line_spans(text)]

    def line_of(offset: int) -> int:
        lo, hi = 0, len(starts) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if starts[mid] <= offset:
                lo = mid
            else:
                hi = mid - 1
        return lo + 1

    def add(start: int, end: int, reason: Reason, evidence: str, whole: bool) -> None:
        remarks.append(
            PrivateRemark(
                line_of(start),
                line_of(max(start, end - 1)),
                start,
                end,
                reason,
                evidence,
                text[start:end],
                whole,
            )
        )

    asked = False  # the sentence before was a question no interviewer should ask
    first_line_end = next((b for a, b in _line_spans(text) if text[a:b].strip()), 0)
    for item in _items(text):
        body = text[item.start : item.end]
        if item.private_section:
            add(item.start, item.end, Reason.MARKED, "a private section", True)
            asked = False
            continue
        label = _OPINION_LABEL.match(body)  # "My take: ..." starts an opinion, not a secret
        start_mark = None if label else _MARKED_START.match(body)
        anywhere = None if label or start_mark else _MARKED_ANYWHERE.search(body)
        if anywhere and item.start < first_line_end and _SELF_NOTES.fullmatch(anywhere.group()):
            anywhere = None  # a title: "note to self 🐾 3 Feb", "Messages — Me [note to self]"
        if start_mark or (anywhere and item.bullet):
            mark = start_mark or anywhere
            assert mark is not None
            add(item.start, item.end, Reason.MARKED, mark.group().strip(), True)
            asked = False
            continue
        marked: list[tuple[int, int]] = []
        if anywhere:  # in a paragraph of note lines, the mark covers its own note, no more
            marked = _marked_notes(text, item.start, item.end)
            for a, b, evidence in _marked_spans(text, item.start, item.end, marked):
                add(a, b, Reason.MARKED, evidence, False)
        sentences = _sentences(text, item.start, item.end)
        if label:  # "My take: ..." is one opinion, its label included
            sentences = _sentences(text, item.start, item.end, who=False)
        for i, (a, b) in enumerate(sentences):
            if any(a < stop and start < b for start, stop in marked):
                asked = False
                continue
            sentence = " ".join(text[a:b].split())
            found = classify_sentence(sentence)
            if label and i == 0 and found is None:
                found = (Reason.OPINION, label.group())
            if found is None and asked and _ANSWER.match(sentence):
                found = (Reason.PROTECTED, "the answer to a question no interviewer should ask")
            asked = found is not None and found[0] is Reason.PROTECTED
            if found:
                if found[0] is Reason.OPINION:
                    a, b = _opinion_clause(text, a, b, found[1])
                if found[0] is Reason.PAY:  # "talked abt the WMS rollout - pay is 52k"
                    a += private_from(text[a:b], _is_private_clause)
                whole = len(sentences) == 1
                add(a, b, found[0], found[1], whole)
    return tuple(remarks)


def _is_private_clause(clause: str) -> bool:
    return classify_sentence(" ".join(clause.split())) is not None


# A person's full name: "Gwen Lloyd-Price", "Óscar Peña"
_FULL_NAME = lazy_compile(r"\b[A-ZÀ-Þ][a-zß-ÿ]+ [A-ZÀ-Þ][a-zß-ÿ]+(?:[-’'][A-ZÀ-Þ][a-zß-ÿ]+)?\b")


def _opinion_clause(text: str, start: int, end: int, evidence: str) -> tuple[int, int]:
    """An opinion's span cut to the comma clause that holds it when one of the two clauses
    right after it introduces a person by full name ("then this woman joined late, Gwen Lloyd-Price,
    she's the practice director"): the opinion is private, the person is not."""
    clauses = _split_at(_CLAUSE_COMMA, text, start, end)
    if len(clauses) < 2:
        return start, end
    holding = [(a, b) for a, b in clauses if evidence.lower() in text[a:b].lower()]
    if len(holding) != 1:
        return start, end
    at = clauses.index(holding[0])
    after = [text[a:b] for a, b in clauses[at + 1 : at + 3]]
    if not any(_FULL_NAME.search(o) for o in after):
        return start, end  # no person introduced right after the opinion
    a, b = holding[0]
    chunk = text[a:b]
    a += len(chunk) - len(chunk.lstrip())
    return a, a + len(chunk.strip())


_CLAUSE_COMMA = lazy_compile(r",\s+")


def _notes_of(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A paragraph cut into its notes: sentences, and lines that start afresh (a capital after
    a line that closes a thought), since note lines often have no full stop."""
    out = [
        note
        for span in _sentences(text, start, end)
        for note in _split_at(_FRESH_LINE, text, *span)
    ]
    return [(a, b) for a, b in out if text[a:b].strip()]


# a line break that starts a new note: the line before ends without a comma, a hyphen, "and",
# "the"..., and the next line opens with a capital or a digit
_FRESH_LINE = lazy_compile(
    r"(?<![,;:&\-–—/(])(?<!\band)(?<!\bor)(?<!\bthe)(?<!\bto)(?<!\bof)(?<!\bwith)(?<!\ba)"
    r"[ \t]*\r?\n[ \t]*(?=[A-Z0-9])"
)
_BARE_MARK = lazy_compile(r"^[\W_]*(?:please|pls|but|and|just|so|ok|okay)?[\W_]*$", _I)


def _marked_notes(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The notes of a paragraph a private mark covers: each note holding a mark, and the note
    before one that is nothing but the mark ("Applied at Corbel too. Don't mention that.")."""
    notes = _notes_of(text, start, end)
    covered: list[tuple[int, int]] = []
    for i, (a, b) in enumerate(notes):
        mark = _MARKED_ANYWHERE.search(text[a:b])
        if mark is None:
            continue
        rest = text[a:b][: mark.start()] + text[a:b][mark.end() :]
        if i > 0 and _BARE_MARK.match(rest):
            covered.append(notes[i - 1])
        covered.append((a, b))
    return covered


def _marked_spans(
    text: str, start: int, end: int, covered: list[tuple[int, int]]
) -> list[tuple[int, int, str]]:
    """The covered notes as remarks: runs of adjacent notes merged, each with its mark."""
    spans: list[tuple[int, int, str]] = []
    for a, b in covered:
        mark = _MARKED_ANYWHERE.search(text[a:b])
        evidence = mark.group().strip() if mark else "a private mark after it"
        if spans and not text[spans[-1][1] : a].strip():
            spans[-1] = (spans[-1][0], b, evidence if mark else spans[-1][2])
        else:
            spans.append((a, b, evidence))
    return spans


# a capitalised word inside a sentence ("interviewing w/ Puget Sound Tugs"), not its first word
_MID_CAPITAL = lazy_compile(r"(?<=[\w,)/] )(?!I['’])(?P<w>[A-Z][\w’'-]*[a-z][\w’'-]*)")
_CALENDAR_TEXT = """january february march april may june july august september october november
december monday tuesday wednesday thursday friday saturday sunday"""
_CALENDAR = frozenset(_CALENDAR_TEXT.split())


@functools.lru_cache(maxsize=16)
def private_names(text: str) -> frozenset[str]:
    """The names the notes write only inside private remarks: "Puget", "Sound", "Tugs" from
    "Also interviewing w/ Puget Sound Tugs - don't mention", when no public line names them.
    A draft that writes one (a greeting "Hello Puget,") has taken it from a private remark."""
    remarks = _private_lines(text)
    if not remarks:
        return frozenset()
    public = set(re.findall(r"[\w’'-]+", redact(text).lower()))
    names = {
        m.group("w")
        for remark in remarks
        for m in _MID_CAPITAL.finditer(" ".join(remark.text.split()))
    }
    return frozenset(
        n for n in names if n.lower() not in public and n.lower() not in _CALENDAR and len(n) > 2
    )


def public_notes(text: str, keep: Callable[[str], bool] | None = None) -> str:
    """The notes as the notes reader may read them: what a private remark says is never a
    fact (not a recipient, a company, a role, a topic, a question or a concern), so it is gone
    before anything is read. A wholly private line becomes "[private line removed]", which the
    reader knows as a private line; a private sentence inside a line goes without a trace, so
    the rest of the line ("Interview w/ Ana Ruiz. She seemed rushed.") is read as before.
    A line `keep` accepts stays as written (an instruction aimed at a model, which the reader
    skips and a prompt shows fenced as data)."""
    public = redact(text, "")
    if keep is None or public == text:
        return public
    lines = zip(text.splitlines(keepends=True), public.splitlines(keepends=True), strict=True)
    return "".join(line if keep(line) else kept for line, kept in lines)


@functools.lru_cache(maxsize=16)
def redact(text: str, remark_placeholder: str = REMARK_PLACEHOLDER) -> str:
    """The notes without their private remarks: a line that is wholly private becomes
    "[private line removed]" (its bullet kept), a private sentence inside a line becomes
    `remark_placeholder` ("[private remark removed]"); every line stays where it was (same
    line count)."""
    remarks = _private_lines(text)
    if not remarks:
        return text
    private = bytearray(len(text))
    for r in remarks:
        private[r.start : r.end] = b"\x01" * (r.end - r.start)
    out: list[str] = []
    for start, end in _line_spans(text):
        line = text[start:end]
        bullet = _BULLET.match(line)
        lead = bullet.end() if bullet else len(line) - len(line.lstrip())
        body = range(start + lead, end)
        if not any(private[i] for i in body):
            out.append(line)
        elif all(private[i] or text[i].isspace() for i in body):
            out.append(line[:lead] + LINE_PLACEHOLDER)
        else:
            out.append(_replace_runs(text, start, end, private, remark_placeholder))
    ends = [m.group() for m in re.finditer(r"\r?\n|$", text)][: len(out)]
    return "".join(line + nl for line, nl in zip(out, ends, strict=False))


def _replace_runs(
    text: str, start: int, end: int, private: bytearray, placeholder: str = REMARK_PLACEHOLDER
) -> str:
    """One line with each private run (runs joined by white space merge) as a placeholder."""
    pieces: list[str] = []
    i = start
    while i < end:
        if not private[i]:
            pieces.append(text[i])
            i += 1
            continue
        j = i
        while j < end and (private[j] or text[j].isspace()):
            j += 1
        while j > i and text[j - 1].isspace():  # give back trailing white space
            j -= 1
        if j == i:  # white space alone: nothing private to replace
            pieces.append(text[i])
            i += 1
            continue
        pieces.append(placeholder)
        i = j
    return "".join(pieces).strip() if not text[start].isspace() else "".join(pieces).rstrip()


def is_placeholder(line: str) -> bool:
    """Whether a line of redacted notes holds nothing but a placeholder (and a bullet)."""
    return bool(PLACEHOLDER_RE.search(line)) and not PLACEHOLDER_RE.sub("", line).strip(
        " \t-*•+0123456789.)"
    )
