"""What a person raised, read by its place: for someone whose lines give no topic in a form
the line reader knows, the noun phrase a line of their block opens with.

People write what an interviewer raised as the lines under that person's name, in whatever
form comes to hand: a bare subject ("Retrieval of patient files", "SAR filing"), a label over
a question ("first-party fraud + bust-out schemes: how do you spot one?"), a statement whose
subject is the matter ("false positive rate on their P2P scam rules is ~97%"). The line reader
(notelines.py) knows a topic by the words around it ("talked about X", "she asked about X",
"X is her big thing"), and a block written without such words gave the writer nothing it was
sure of: the note came out generic, or was blocked for lack of detail.

So, for a person with no sure topic, this module reads the lines of their block by place (the
lines the reader gave them, in order, except the answers after a question and what follows a
"forgot" or private marker) and by grammar: the words a line opens with, up to where its noun
phrase ends, each word checked against an English lexicon (wordclass.py). A phrase is kept
only when every word is an English word of a class a noun phrase holds, it ends on a noun, and
nothing in it is the candidate's ("I", "my"), a pronoun, a figure, a person's name, shorthand or
another language; "their"/"his"/"her" becomes "your". A line it cannot read that way gives
nothing: a phrase it cannot be sure of is left out, never pasted.
"""

from __future__ import annotations

import dataclasses

from followup import keptre as re
from followup.clausecomma import first_clause
from followup.noteheader import Person, same_person
from followup.notelines import LineKind, NoteLine, PhraseKind, to_recipient
from followup.privacy import classify_sentence, private_matter
from followup.wordclass import (
    ADJ,
    ADV,
    AUX,
    CONJ,
    DET,
    GERUND,
    NEG,
    NOUN,
    NUM,
    PARTICIPLE,
    POSS,
    POSSESSIVE,
    PREP,
    PRON,
    PROPN,
    UNKNOWN,
    VERB,
    WH,
    countable,
    lexicon_classes,
    verb_base,
    word_classes,
)

# a label with nothing after it ("Guests:", "Follow-up items:"): the heading of what follows
_BARE_LABEL = re.compile(r"[^\W\d_][\w '’&/-]{0,40}:\s*")

# a noun that names the kind of line or the occasion, not its matter ("his tip: ...", "the
# structured interview", "the start date")
_SHELL = (
    "tip thing things stuff point points question questions answer answers idea ideas note "
    "notes story stories example examples concern concerns worry issue issues problem take "
    "view feedback advice comment comments reaction vibe vibes part bit lot way one ones time "
    "times day days date today yesterday tomorrow morning afternoon evening night week "
    "minutes hour hours interview interviews meeting call chat conversation discussion "
    "session round visit tour email emails"
)
_SHELL_NOUNS = frozenset(_SHELL.split())
# a noun that names a person: who someone is, never what they raised ("the clinical
# director", "a lady from HR")
_PERSONS = (
    "manager managers director directors lead head chair recruiter supervisor officer "
    "president founder owner partner coordinator specialist assistant associate lady guy man "
    "woman person people colleague boss intern candidate candidates interviewer panel "
    "panelist hr applicant applicants"
)
_PERSON_NOUNS = frozenset(_PERSONS.split())
_MAX_WORDS = 9
_PER_PERSON = 2  # as many as a note names (offline.Material.details takes two)


def place_topics(
    lines: list[NoteLine],
    people: list[Person],
    others: list[str] | None = None,
    text: str = "",
    typed: str = "",
) -> list[NoteLine]:
    """The lines, with a topic read by place for each person none of whose lines has one the
    writer can say. `others` are names that are no topic either (the company, the role);
    `text` is the notes the lines were read from, where a person's block is found when the
    line reader gave its lines to nobody ('#1 Dr. Ahmad Rahimi, Medical Director' then
    bullets); `typed` is the notes as typed, where an arrow marks an answer ('→ transfer from
    her master score ...'), which the normalized text writes as a bullet."""
    from followup.writer.phrases import settle

    out = list(lines)
    stop_words = _name_words(people)
    whole = [o.lower() for o in others or [] if o]
    blocks = {p.name: _block(text, p, people) if text else [] for p in people}
    for person in people:
        theirs = [i for i, ln in enumerate(out) if ln.about and same_person(ln.about, person.name)]
        if any(_has_topic(out[i], settle) for i in theirs):
            continue
        # by place: a line in their block is theirs unless it names someone else; a line in
        # another person's block is not, unless it names them ('escalate through Raj' in
        # Dr. Voss's block gives the reader's next lines to Raj)
        mine = [i for i, ln in enumerate(out) if _in_block(ln, blocks[person.name])]
        mine = [i for i in mine if not _names_other(out[i], person, people)]
        elsewhere = {
            i
            for p in people
            if p.name != person.name
            for i, ln in enumerate(out)
            if _in_block(ln, blocks[p.name]) and not _names(ln, person)
        }
        candidates = sorted((set(theirs) - elsewhere) | set(mine))
        placed = 0
        for i in _by_place(out, candidates, typed or text, person):
            if _BARE_LABEL.fullmatch(out[i].text):
                continue  # "Guests:" over an invitation's list: a heading, no topic
            phrase = topic_phrase(out[i].text, stop_words, notes=typed or text)
            if phrase is None or settle(phrase) is None:
                continue
            if any(o in phrase.lower() for o in whole):
                continue  # the company or the role: what the talk was for, not about
            if private_matter(phrase) or classify_sentence(f"asked about {phrase}"):
                continue  # "benefits", "visa sponsorship": privacy.py's, never a message's
            if out[i].kind is LineKind.QUESTION:
                out[i] = dataclasses.replace(
                    out[i], about=person.name, phrase=phrase, phrase_kind=PhraseKind.QUESTION
                )
            else:
                out[i] = dataclasses.replace(
                    out[i],
                    about=person.name,
                    kind=LineKind.TOPIC,
                    phrase=phrase,
                    phrase_kind=PhraseKind.TOPIC,
                    fallback=True,
                )
            placed += 1
            if placed == _PER_PERSON:
                break
    return out


# a line that opens a part of the notes: a Markdown heading, a rule, a label alone ("NEXT",
# "forgot — ugh:", "private:"), a line in capitals
_SECTION = re.compile(
    r"^\s*(?:#|-{3,}|={3,}|_{3,})|^[^\w]*[\w'’ /&—–-]{1,30}:\s*$|^[^a-z]*[A-Z]{3,}[^a-z]*$"
)
_BULLET = re.compile(r"^\s*(?:[-*•>]|\[\w\]|\d+[.)]\s)")


def _block(text: str, person: Person, people: list[Person]) -> list[str]:
    """The lines of the person's block: after the first line that names them (and no one
    else) as its opening words and is no bullet, up to the next line that so names someone
    else or opens another part of the notes."""
    from followup.notelines import mentions_name

    rows = text.splitlines()

    def heads(row: str, who: Person) -> bool:
        opening = " ".join(row.split()[:7])
        return not _BULLET.match(row) and mentions_name(opening, who.name)

    others = [p for p in people if p.name != person.name]
    start = next(
        (
            k
            for k, row in enumerate(rows)
            if heads(row, person) and not any(mentions_name(row, p.name) for p in others)
        ),
        None,
    )
    if start is None:
        return []
    block: list[str] = []
    for row in rows[start + 1 :]:
        if _SECTION.match(row) or any(heads(row, p) for p in others):
            break
        if row.strip():
            block.append(row)
    return block


_ANSWER = re.compile(r"(?:→|->|=>|\bA\s*:)")
# a row opened by a name and a mark: "Karen = logistics.", "Priya: ..."
_ROW_NAME = re.compile(r"^[^\w]*(?P<name>[A-Z][a-z'’]+)\s*(?:=|:|\s[-–—])")


def _row(line: NoteLine, text: str) -> tuple[str, int] | None:
    """The row of the notes the line was read from, flattened, and where the line starts."""
    said = " ".join((line.raw or line.text).split())[:40]
    if not said or not text:
        return None
    for row in text.splitlines():
        flat = " ".join(row.split())
        at = flat.find(said)
        if at >= 0:
            return flat, at
    return None


def _answered(line: NoteLine, text: str, person: Person | None = None) -> bool:
    """Whether the line is not the person's by its place on its row of the notes: after an
    arrow or an 'A:' ('Q: ... A: re-validate evidence', '→ errata sheet in each folder': the
    candidate's answer); inside a quotation ('"... feature acting is small — a blink"');
    on a row opened by the name of someone else ('Karen = logistics. ... last match is')."""
    found = _row(line, text)
    if found is None:
        return False
    row, at = found
    before = row[:at]
    if _ANSWER.search(before) or (before.count('"') + before.count("“")) % 2:
        return True
    opener = _ROW_NAME.match(row)
    if opener is None or person is None or opener["name"] in person.name.split():
        return False
    return not lexicon_classes(opener["name"].lower())


def _names(line: NoteLine, person: Person) -> bool:
    from followup.notelines import mentions_name

    return mentions_name(line.raw or line.text, person.name)


def _names_other(line: NoteLine, person: Person, people: list[Person]) -> bool:
    return any(_names(line, p) for p in people if p.name != person.name)


def _in_block(line: NoteLine, block: list[str]) -> bool:
    said = " ".join((line.raw or line.text).split())[:40]
    return bool(said) and any(said in " ".join(row.split()) for row in block)


def _has_topic(line: NoteLine, settle: object) -> bool:
    """Whether the line gives a phrase a note to its person may name."""
    return (
        line.usable
        and line.phrase is not None
        and line.phrase_kind not in (PhraseKind.MINE, PhraseKind.CLAUSE)
        and settle(line.phrase) is not None  # type: ignore[operator]
    )


def _by_place(
    lines: list[NoteLine], theirs: list[int], text: str = "", person: Person | None = None
) -> list[int]:
    """The person's lines a topic may be read from, in order: not the answer given on the line
    after a question or after an arrow on its row of `text`, and nothing after a 'forgot',
    private or next-steps marker of theirs."""
    out: list[int] = []
    closed = False
    for n, i in enumerate(theirs):
        ln = lines[i]
        if n and theirs[n - 1] != i - 1:
            closed = False  # a new stretch of their lines (a table row, a second paragraph)
        if ln.kind in (LineKind.FORGOT, LineKind.PRIVATE, LineKind.NEXT_STEPS, LineKind.INTENT):
            closed = True
            continue
        if (
            closed
            or ln.phrase
            or ln.kind not in (LineKind.OTHER, LineKind.QUESTION, LineKind.TOPIC)
            or _answered(ln, text, person)
        ):
            continue
        before = lines[i - 1] if n and theirs[n - 1] == i - 1 else None
        if before is not None and (
            before.kind in (LineKind.QUESTION, LineKind.CONCERN)
            or before.text.rstrip().endswith("?")
        ):
            continue  # the candidate's answer to what was asked; a doubt's own words
        out.append(i)
    return out


def _name_words(people: list[Person]) -> frozenset[str]:
    """The words of the people's names: a phrase holding one is about who, not what."""
    return frozenset(w.lower() for p in people for w in re.findall(r"[\w'’-]+", p.name))


_LEAD = re.compile(
    r"^(?:[-*•>]\s*|\[\w\]\s*|\d{1,2}[:.]\d{2}\s*(?:am|pm)?\s*|(?:Q|A|O|S|P)\d*\s*(?:\([^)]*\))?\s*[:.]\s*)+",
    re.I,
)
_ASIDE = re.compile(r"\s*\([^)]*\)|\s*\([^)]*$|\s*\[[^\]]*\]")
_BREAK = re.compile(r"\s*(?:[;?!]|:\s|\s[-–—]+\s|--|->|=>|→|<-|←|\s\|\s)\s*")


def topic_phrase(
    text: str, names: frozenset[str] = frozenset(), *, notes: str | None = None
) -> str | None:
    """The noun phrase a note line opens with, in the recipient's perspective, or None when
    the line does not open with one the writer can be sure of. With the `notes`, a capital
    that opens the line is lowered only when the word is an ordinary one there (written in
    lower case elsewhere, a common word, an abstract noun): 'Python for evidence collection'
    and 'Retrieval of patient files' read alike, so a word the notes never settle is left
    out rather than guessed."""
    text = _LEAD.sub("", text.strip())
    if not text or text[:1] in "\"“'‘" or re.search(r"@|://|www\.", text):
        return None  # their words quoted; an address or a link is logistics
    text = _ASIDE.sub("", text)
    if re.match(r"[^:]{1,30}:\s+(?:[A-Z][\w'’-]*\s+[A-Z]|\d)", text):
        return None  # "applicant: Jordan Reyes", "Day plan: 08:30 ...": a field and its value
    if _title_case(text):
        return None  # a heading, a name, a job title
    head = _BREAK.split(text, maxsplit=1)[0]
    if re.match(r"(?i:their|his|her|my|our)\b[^:]{0,40}:\s", text):
        return None  # "Her closing line: ...", "his tip: ...": a label of the line's kind
    head = re.sub(r"(?<=[a-z]) / (?=[a-z])", " and ", head)  # two items: "X / Y" is "X and Y"
    item = first_clause(head.strip(" .,")).strip(" .")
    tokens = item.split()
    if not tokens:
        return None
    words = _noun_phrase(tokens)
    if words is None:
        return None
    if any(w.lower().strip("'’s") in names for w in words):
        return None  # a person, the company: who, not what
    content = [w for w in words if word_classes(w) not in ({DET}, {POSS}, {PREP}, {CONJ})]
    if len(words) > _MAX_WORDS or not content:
        return None
    if any(h.lower() in _SHELL_NOUNS | _PERSON_NOUNS for h in _heads(words)):
        return None  # "authorization conversation", "the clinical director": no subject
    plain = any(
        (w[:1].islower() or k == 0) and word_classes(w, first=k == 0) & {NOUN, ADJ, GERUND}
        for k, w in enumerate(words)
    ) and not (len(content) > 1 and all(w[:1].isupper() for w in content))
    if not plain and not all(re.fullmatch(r"[A-Z]{3,}s?", w) for w in content):
        return None  # "Felicity Armstrong", "Hi Maribel", "Asst Athletic Trainer": a name
    if len(content) == 1 and not _sure_alone(words[-1], first=len(words) == 1):
        return None
    first = words[0].split("-")[0].lower()
    capitalised = re.fullmatch(r"[A-Z][a-z'’]*(?:-[\w'’]+)*", words[0]) is not None
    if capitalised and lexicon_classes(first) and not _keeps_capital(words):
        if notes is not None and not _ordinary(words[0], notes):
            return None  # a name or a sentence's capital: the notes do not say which
        words = [words[0][:1].lower() + words[0][1:], *words[1:]]
    return to_recipient(" ".join(_with_article(words)))


def _with_article(words: list[str]) -> list[str]:
    """'alert queue' -> 'the alert queue': a singular count noun at the head of a phrase with
    no determiner takes 'the' (notes drop it; a message does not). The head is the last noun
    before a preposition or 'and'."""
    if word_classes(words[0], first=True) & {DET, POSS, POSSESSIVE}:
        return words
    head = _head(words)
    if head[:1].islower() and countable(head):
        return ["the", *words]
    return words


_ABSTRACT = re.compile(r"[a-z]{4,}(?:ity|ness|ment|tion|sion|ance|ence|ship|ism)")


def _ordinary(word: str, notes: str) -> bool:
    """Whether a capitalised line opener is an ordinary word: the notes write it in lower
    case, it is one of the project's common words, or an abstract noun by its ending."""
    from followup.writer.phrases import common_words

    low = word.lower()
    if re.search(rf"(?<=[a-z,)] ){re.escape(word)}(?![\w-])", notes):
        return False  # capitalised inside a sentence: a name
    return (
        low in common_words()
        or re.search(rf"(?<![\w-]){re.escape(low)}(?![\w-])", notes) is not None
        or _ABSTRACT.fullmatch(low) is not None
    )


def _heads(words: list[str]) -> list[str]:
    """The head noun of each item joined by 'and'/'or': 'family approach and authorization
    conversation' -> approach, conversation."""
    items: list[list[str]] = [[]]
    for w in words:
        if word_classes(w) == {CONJ}:
            items.append([])
        else:
            items[-1].append(w)
    return [_head(item) for item in items if item]


def _head(words: list[str]) -> str:
    """The phrase's head noun: the last word before its first preposition or 'and'."""
    for k, w in enumerate(words):
        if k and word_classes(w) <= {PREP, CONJ}:
            return words[k - 1]
    return words[-1]


def _title_case(text: str) -> bool:
    """'Canine Welfare Vet', 'Medline Ambulance Service': every word of three letters or more
    capitalised is a heading, a name or a title."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", text) if len(w) > 2]
    return len(words) >= 2 and all(w[:1].isupper() for w in words)


def _keeps_capital(words: list[str]) -> bool:
    """'Reg E disputes': a capitalised first word before another capital is a name's."""
    return len(words) > 1 and words[1][:1].isupper()


def _sure_alone(word: str, *, first: bool) -> bool:
    """One word is a topic only as a plain noun ('audits', 'relocation') or an acronym; not an
    adjective or adverb that can be a noun too ('good', 'fine'), nor a gerund ('advancing')."""
    classes = word_classes(word, first=first)
    if classes == {PROPN}:
        return bool(re.fullmatch(r"[A-Z]{3,}s?", word))  # "RAMS", not "CritiCall", "Fri", "GM"
    if verb_base(word):
        return False  # "Sample, reperform, check ...": an instruction as much as a noun
    return NOUN in classes and not classes & {ADJ, ADV, GERUND} and len(word) > 3


def _noun_phrase(tokens: list[str]) -> list[str] | None:
    """The words of the noun phrase the tokens open with (determiners, modifiers, a noun,
    prepositional phrases and 'and'-joined nouns), or None when the words are no such phrase
    or hold a word the writer cannot be sure of."""
    out: list[str] = []
    end = 0  # len(out) where the phrase could last end (after a noun)
    joint = True  # at the start, or after a preposition or a conjunction
    stop = ""
    for n, token in enumerate(tokens):
        word = token.strip(".,!:")
        if not word:
            return None
        classes = word_classes(word, first=n == 0)
        if UNKNOWN in classes:
            return None  # shorthand, another language, a typo: the line is not read
        if classes & {PRON, WH, NEG}:
            stop = "clause"
            break
        if classes == {NUM}:
            stop = "odd"
            break
        if classes <= {DET, POSS}:
            if not joint:
                stop = "odd"
                break
            out.append(word)
            continue
        if classes <= {PREP, CONJ}:
            if end != len(out) or not out:
                stop = "odd"
                break
            out.append(word)
            joint = True
            continue
        if classes & {AUX}:
            stop = "verb"  # "alert queue is 3 days behind": the subject of what they explained
            break
        if VERB in classes and not classes & {NOUN, ADJ, PROPN, GERUND, PARTICIPLE}:
            return None  # "Trivia intro went great", "a lady took minutes": an event told
        if out and end == len(out) and classes <= {VERB, PARTICIPLE}:
            return None  # "Shifts started late": a past tense after its subject, an event
        if n == 0 and classes & {PARTICIPLE} and not classes & {ADJ, NOUN}:
            return None  # "dressed business casual": the candidate's own act, its "I" left out
        if n == 0 and VERB in classes and len(tokens) > 1:
            following = word_classes(tokens[1].strip(".,!:"))
            if following & {DET, POSS, PRON, PROPN, ADJ}:
                return None  # "scan the pattern", "email Carl", "design real-time scoring"
        if not classes & {NOUN, ADJ, PROPN, GERUND, PARTICIPLE, POSSESSIVE}:
            stop = "adverb"  # "Positive reinforcement only": the phrase ends before it
            break
        out.append(word)
        joint = False
        if classes & {NOUN, PROPN, GERUND}:
            end = len(out)
    else:
        stop = "end"
    if stop == "clause":
        return None  # "change with staff who are used to paper": cut, it says something else
    words = out[:end]
    if stop == "odd" and end == len(out):
        # cut right after a noun by a figure or a stray word ("the monthly HMIS 105 reports"):
        # that noun may be a modifier cut from its own noun, so the phrase ends before the
        # last preposition ("Calendar management for a department with ~60 matters" keeps
        # its whole "for a department"), and with none there is no sure phrase
        preps = [k for k, w in enumerate(words) if word_classes(w) <= {PREP, CONJ}]
        if not preps:
            return None
        words = words[: preps[-1]]
        if len(words) < 2:
            return None  # "Timeliness of the monthly HMIS 105 ...": too little is left
    if stop == "verb" and len([w for w in words if word_classes(w) - {DET, POSS}]) < 2:
        return None  # "houses are timber frame": one word before the verb is too little
    while words and word_classes(words[-1]) <= {DET, POSS, PREP, CONJ}:
        words.pop()
    if not words or not word_classes(words[-1]) & {NOUN, PROPN, GERUND}:
        return None
    if word_classes(words[0], first=True) <= {GERUND, VERB} and len(words) > 1:
        following = word_classes(words[1])
        if following & {DET, POSS}:
            return None  # "building the dashboard": a verb and its object
    return words
