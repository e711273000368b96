"""Private remarks in interview notes: find them, and remove them before anything is written.

People write things in their notes that must never reach the interviewer or a remote model:
pay and salary figures ("they offered 85k, i want 95"), other candidates ("one of 3
finalists", "went w/ internal candidate"), other offers and the job search itself, opinions of
the interviewer ("was 15 min late", "seemed distracted", "much nicer than Martin"), health and
family ("kids were sick", "dad's surgery"), and anything the writer marked private
("PRIVATE:", "(private)", "note to self", "don't mention", a "## Private" section).

`private_lines(text)` returns each remark with its line span, character span and reason;
`redact(text)` replaces them with a visible placeholder and keeps every other line where it
was (the line count does not change). The notes reader, the prompt builder and the checker's
private-leak rule all use these two functions, so one definition of "private" holds everywhere.

How a remark is found: the notes are cut into items (a bullet with its wrapped lines, a labelled
line such as "Q:" or "SALARY:", a prose paragraph), items into sentences. A marked item is
private as a whole; otherwise each sentence is classified on its own, so "Kind of rude
honestly." goes and "But he asked good questions about mass timber." stays. A money figure
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
from dataclasses import dataclass
from enum import StrEnum

from followup.lazyre import LazyPattern, lazy_compile


class Reason(StrEnum):
    """Why a remark is private."""

    PAY = "pay"
    OTHER_CANDIDATES = "other-candidates"
    JOB_SEARCH = "job-search"
    OPINION = "opinion"
    HEALTH_FAMILY = "health-or-family"
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
MONEY_RE = lazy_compile(
    r"\$\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:k|m|mm|million|thousand)\b)?"
    r"|(?<![\w.])\d{1,3}(?:\.\d+)?\s?/\s?(?:hr|hour|h)\b"
    r"|(?<![\w.])\d{1,3}(?:\.\d+)?\s?k\b"
    r"|(?<![\w.])\d{1,3}(?:,\d{3})+(?![\w,])",
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
    r"total comp|comp|pay ?band|pay range|pay grade|"
    r"base pay|base salary|hourly rate|"
    # wages as the work's subject is no one's pay: "a claim for unpaid wages", "wage theft"
    r"(?<!unpaid )(?<!minimum )(?<!living )(?<!prevailing )(?<!back )"
    r"wages?(?! (?:theft|claims?|and hour|compliance|laws?|garnishments?|audits?))|"
    r"(?:signing|sign-on|annual|performance) bonus|"
    r"bonus(?:es)?|stock options|RSUs?|equity (?:grant|stake|package|refresh)|"
    r"(?:a|the|my|annual) raise|benefits package|salary expectations|"
    r"(?:ask|asked|asking) about (?:PTO|vacation|benefits|the 401\(?k\)?)|how much PTO|"
    r"(?:the|their|my|base|hourly|starting|take-home) pay(?!-)|"
    r"pay(?:['’]s| is| was| would be| tops| range| band)|they pay)\b",
    _I,
)
_PAY_CONTEXT = lazy_compile(
    r"\b(?:pay|pays|paid|paying|offer|offered|offering|band|range|rate|base|want|wanted|"
    r"asking|ask|asked for|make|making|earn|earning|currently|current job|expect|expecting|"
    r"lower|higher|per year|a year|annually|yr|hr|an hour|per hour|counter|negotiat\w*|"
    r"tops out|tops|ceiling|floor|budgeted for the role)\b",
    _I,
)

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
    r"|\bthe other (?:candidates?|applicants?|finalists?)\b"
    rf"|\b(?:{_NUM_WORDS}|two) other (?:people|folks)\b[^.\n]{{0,30}}\binterview",
    _I,
)
JOB_SEARCH_RE = lazy_compile(
    r"\b(?:competing|another|other|second|better|a second) (?:job )?offers?\b|\boffer from\b"
    r"|\b(?:boss|manager|employer|work|job) (?:doesn['’]?t|does not|don['’]?t) know\b"
    r"|\binterviewing (?:elsewhere|with other)\b|\bother interviews\b"
    r"|\bwaiting (?:on|for|to hear from|to hear back from) \w+ (?:too|as well)\b",
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
    rf"\b{_SEEMED}(?: (?:totally|really|very|so|pretty|kind of|kinda|a bit|a little|super|"
    rf"completely|clearly|quite))? {_PERSON_ADJ}\b"
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
    r"|\b(?:didn['’]?t|did not) like (?:him|her|them)\b|\bvibes?\b",
    _I,
)

# -- health and family ------------------------------------------------------------------------
_FAMILY = (
    r"(?:kid|kids|son|daughter|baby|child|children|wife|husband|partner|mom|mum|dad|mother|"
    r"father|parents?|grandma|grandpa|grandmother|grandfather|sister|brother|boyfriend|"
    r"girlfriend|fianc[eé]e?|spouse|in-laws)"
)
HEALTH_RE = lazy_compile(
    # a pregnancy at work's subject is no one's health: "a visibly pregnant patient"
    r"\bpregnan\w*+(?!\s+(?:patients?|women|clients?|people|mothers|members|guests|residents))|"
    r"\bmaternity\b|\bpaternity\b|\bparental leave\b|\bmiscarriage\b|\bIVF\b"
    r"|\bchemo\w*|\bdiagnosed with\b|\bfuneral\b|\bchildcare\b|\bdaycare pickup\b"
    r"|\bmy (?:doctor|therapist|diagnosis|health|medication|meds|illness|condition|disability|"
    r"MRI|surgery|appointment|back|migraines?|anxiety|depression)\b(?!-)"
    rf"|\b{_FAMILY}(?:['’]s)? (?:was|were|is|are|got|has|had|have been) (?:sick|ill|unwell|"
    r"in the hospital|hospitali[sz]ed|in the ER)\b"
    rf"|\b{_FAMILY}['’]s (?:surgery|appointment|health|illness|funeral|MRI|diagnosis)\b"
    rf"|\b{_FAMILY}(?:['’]s| is) in (?:hospice|the hospital|rehab|the ICU)\b"
    r"|\b(?:my|a|the) divorce\b|\bgoing through a divorce\b"
    r"|\b(?:custody (?:arrangement|schedule|hearing|battle|of (?:my|the) (?:kids|children))|"
    r"(?:joint|shared|child) custody)\b"
    r"|\bI['’]?m (?:sick|ill|pregnant|expecting|unwell)\b|\b(?:I|we) (?:was|were) sick\b"
    r"|\bsick (?:kid|kids|child|day|leave)\b"
    # what the family thinks of the job ("Mum thinks I should take it", "my wife hates the hours")
    rf"|\b(?:my )?{_FAMILY} (?:thinks|thought|says|said|wants|reckons|feels|hates|loves|agrees|"
    r"doesn['’]?t want|won['’]?t)\b",
    _I,
)

# -- marked private ---------------------------------------------------------------------------
_MARK_WORDS = (
    r"(?:private|personal|confidential|note to self|notes to self|for me only|just for me|"
    r"not for them|not for anyone|(?:for )?me only|only for me|off the record|for my eyes only|"
    r"do not share|don['’]?t share|do not send|don['’]?t send|between us|"
    r"not for (?:the |an? )?(?:e-?mail|note|message|letter)s?|"  # "personal, not for email"
    r"(?:do not|don['’]?t|dont) (?:put|include|mention)(?: this| these| it)? in (?:the |an? |my )?"
    r"(?:e-?mail|note|message|letter)s?)"
)
_MARKED_START = lazy_compile(rf"^[(\[]?{_MARK_WORDS}[)\]]?\s*(?:[:\-–—)]|$)", _I)
_MARKED_ANYWHERE = lazy_compile(
    r"[(\[](?:private|personal|confidential|not for them|don['’]?t share|don['’]?t mention)[)\]]"
    r"|\b(?:don['’]?t|do not|never|shouldn['’]?t) (?:mention|bring (?:it |this |that )?up|"
    r"share|tell them|say)(?: (?:this|that|it|to them|with them|in the (?:note|email|letter)))?"
    r"\s*(?:[.!;)]|$)"
    r"|\bnot telling (?:them|him|her|anyone)\b|\bkeep (?:this|it|that) to myself\b"
    r"|\bnote to self\b|\bbetween (?:you and me|us)\b",
    _I | re.M,
)
# "was 15 min late" leaks as "you were 15 min late": the tell is what follows the verb.
_LEADING_VERBS = lazy_compile(
    r"^(?:(?:was|were|is|are|seemed|seems|looked|looks|felt|kind of|kinda|much|way|a lot|"
    r"kept|keeps|totally|really|so|very|a bit|pretty)\s+)+"
)
_OPINION_LABEL = lazy_compile(r"^(?:my (?:take|impression|gut|read|thoughts)|honestly)\b", _I)
_HEADING = lazy_compile(r"^\s*(?:#{1,6}\s*)?(?P<title>[^#:\n]{1,40}?)\s*:?\s*$")
# one mark or several ("notes to self, NOT for anyone", "private / do not share")
_HEADING_PRIVATE = lazy_compile(
    rf"^{_MARK_WORDS}(?: notes| remarks| stuff| thoughts)?(?:\s*[,;/&+–—-]+\s*{_MARK_WORDS})*$", _I
)

# -- items and sentences ----------------------------------------------------------------------
_BULLET = lazy_compile(r"^(?P<indent>[ \t]*)(?:[-*•+]|\d{1,2}[.)])[ \t]+")
_LABEL = lazy_compile(r"^[ \t]*[A-Za-z(][\w '’/()&-]{0,24}:[ \t]")
_SENTENCE_END = lazy_compile(r"(?<=[.!?])[\"')\]]*\s+(?=\S)|(?<=[.!?])\)?\s*\n")

_CHECKS: tuple[tuple[Reason, LazyPattern], ...] = (
    (Reason.OTHER_CANDIDATES, CANDIDATES_RE),
    (Reason.JOB_SEARCH, JOB_SEARCH_RE),
    (Reason.OPINION, OPINION_RE),
    (Reason.HEALTH_FAMILY, HEALTH_RE),
)


def classify_sentence(sentence: str) -> tuple[Reason, str] | None:
    """Why one sentence is private, with the words that show it; None when it is not."""
    pay = pay_evidence(sentence)
    if pay:
        return Reason.PAY, pay
    for reason, pattern in _CHECKS:
        m = pattern.search(sentence)
        if m:
            return reason, m.group()
    return None


def pay_evidence(sentence: str) -> str | None:
    """The figure or word that makes a sentence about pay, or None."""
    m = PAY_WORD_RE.search(sentence) or _K_RANGE.search(sentence)
    if m:
        return m.group()
    money = MONEY_RE.search(sentence)
    if money and _PAY_CONTEXT.search(sentence):
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
            current = _Item(content_start, end, section_private)
            items.append(current)
        else:
            assert current is not None
            current.end = end
    return items


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    pos = start
    for m in _SENTENCE_END.finditer(text, start, end):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, end))
    out: list[tuple[int, int]] = []
    for a, b in spans:
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

    for item in _items(text):
        body = text[item.start : item.end]
        if item.private_section:
            add(item.start, item.end, Reason.MARKED, "a private section", True)
            continue
        label = _OPINION_LABEL.match(body)  # "My take: ..." starts an opinion, not a secret
        marked = None if label else _MARKED_START.match(body) or _MARKED_ANYWHERE.search(body)
        if marked:
            add(item.start, item.end, Reason.MARKED, marked.group().strip(), True)
            continue
        sentences = _sentences(text, item.start, item.end)
        for i, (a, b) in enumerate(sentences):
            found = classify_sentence(" ".join(text[a:b].split()))
            if label and i == 0 and found is None:
                found = (Reason.OPINION, label.group())
            if found:
                whole = len(sentences) == 1
                add(a, b, found[0], found[1], whole)
    return tuple(remarks)


@functools.lru_cache(maxsize=16)
def redact(text: str) -> str:
    """The notes without their private remarks: a line that is wholly private becomes
    "[private line removed]" (its bullet kept), a private sentence inside a line becomes
    "[private remark removed]"; every line stays where it was (same line count)."""
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
            out.append(_replace_runs(text, start, end, private))
    ends = [m.group() for m in re.finditer(r"\r?\n|$", text)][: len(out)]
    return "".join(line + nl for line, nl in zip(out, ends, strict=False))


def _replace_runs(text: str, start: int, end: int, private: bytearray) -> str:
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
        pieces.append(REMARK_PLACEHOLDER)
        i = j
    return "".join(pieces).strip() if not text[start].isspace() else "".join(pieces).rstrip()


def is_placeholder(line: str) -> bool:
    """Whether a line of redacted notes holds nothing but a placeholder (and a bullet)."""
    return bool(PLACEHOLDER_RE.search(line)) and not PLACEHOLDER_RE.sub("", line).strip(
        " \t-*•+0123456789.)"
    )
