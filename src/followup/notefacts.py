"""Second looks at the facts the header reader took, against the form the notes are written in.

The header reader (noteheader.py) reads many openings by pattern, and a few forms lead it to a
wrong fact that would then go out in a "ready" draft, which is worse than a refusal: a pasted
mail read backwards (the candidate taken for the one who signed it), a heading with a typo or
a guess the writer struck out ("entrevista Nubank? no — Lumora Fintech"), a form's label read
as the role ("Date of" from "Date of interview : ..."), a numbered list's labels read as
surnames ("Mr Mehta CONCERN - ..."), names typed in capitals, a person named only where the
notes' lines say what they asked, a sentence or a mail's signature read as the company or the
candidate. Each check here looks at the form (where a word stands, what
the lines around it are), not at particular words; when it cannot be sure it leaves the fact
unread, so the user is asked for it by its flag (--company, --role, --me).

Standard library only: difflib tells a near-typo of "interview" in a heading.
"""

from __future__ import annotations

from followup import keptre as re  # the re functions, patterns kept compiled (keptre.py)
from followup.jobline import read_job_line
from followup.lazyre import lazy_compile
from followup.models import Brief
from followup.noteheader import (
    CORRECTED,
    DECLINED,
    MAIL_SERVICES,
    MEETING_PART,
    NOT_YET_MET,
    SKIPPED,
    TITLE_HINT,
    Header,
    Person,
    add_person,
    make_person,
    plausible_role,
    read_title_line,
    same_person,
    set_role,
)
from followup.notenames import (
    COMMON_WORDS,
    HONORIFICS,
    NAME_TAIL,
    NOT_NAMES,
    UPPER,
    restore_case,
    title_case_role,
)
from followup.writerplace import company_under_notes_rule, writer_by_place

# A guess the writer struck out in a heading: "entrevista Nubank? no — Lumora Fintech" (the
# words before "? no —", back to the previous separator, are no part of the notes' facts)
_STRUCK_GUESS = lazy_compile(
    r"(?P<keep>^[ \t#>*]*|[—–|:/-][ \t]+)[^—–|:?\n]{1,40}"
    r"\?[ \t]*(?:no|nope|nah)[ \t]*[,—–-]+[ \t]*",
    re.I,
)
_WORD = lazy_compile(r"[A-Za-z]{7,}")


def plain_heading(text: str) -> str:
    """The notes with their first three lines as meant: a struck-out guess dropped, a near-typo
    of "interview" spelled right ("postdoc intervew - Univ of St Andrews"), so the meeting's
    word is never read as the company's name."""
    lines = text.split("\n")
    seen = 0
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        if seen == 3:
            break
        seen += 1
        lines[i] = _WORD.sub(_interview_spelled, _STRUCK_GUESS.sub(r"\g<keep>", line))
    return "\n".join(lines)


def _interview_spelled(m: re.Match[str]) -> str:
    word = m.group()
    low = word.lower()
    if low.startswith("interview") or not low.startswith("int"):
        return word
    import difflib  # only for a word that opens like "interview" and is not it

    if difflib.SequenceMatcher(None, low, "interview").ratio() < 0.85:
        return word
    return "Interview" if word[0].isupper() else "interview"


def check_header(header: Header, text: str, raw: str) -> None:
    """The header's facts checked against the form of the notes (see the module docstring)."""
    _received_mail(raw, header)
    _sender_signature(raw, header)
    _team_mail_signer(raw, header)
    _parallel_headings(header, text)
    _named_speakers(header, text)
    _labelled_names(header)
    _name_case(header)
    _check_company(header, text)
    _corrected_names(header)
    _arranged_with(header, text)
    _check_role(header, text)
    _reheaded(header, text)
    _prose_facts(header, text)
    _invitee(header, text)
    _wished_contact(header, text)
    writer_by_place(header, text, raw)  # writerplace.py: the writer's name by its place
    _check_role(header, text)  # again: the role may have been the writer's name, now undone
    _company_not_the_job(header, raw)
    _company_of_guest(header, raw)
    read_job_line(header, text)  # jobline.py: the job and the employer on one line


# ---- a pasted mail the candidate received -------------------------------------------------

_MAIL_ADDRESSED = lazy_compile(
    r"^(?P<field>(?i:from|to))[ \t]*:[ \t]*(?P<name>[^<\n]+?)[ \t]*"
    r"<[\w.+-]+@(?P<domain>[\w-]+)(?:\.[\w-]+)+>",
    re.M,
)
# the words that close a mail above the signer's name (mailthennotes.py reads the same card)
SIGN_OFF = (
    r"(?i:thanks|thank you|best|best regards|kind regards|regards|warm regards|many thanks|"
    r"sincerely|cheers|all the best|best wishes|warmly|yours)[ \t]*[,.!]?[ \t]*\n"
)


def squashed(text: str) -> str:
    """A name's letters and digits in lower case ("Quill-Moor Ltd." -> "quillmoorltd"), as a
    mail domain or a title compared with it spells them."""
    return re.sub(r"[^a-z0-9]", "", text.lower())


def _received_mail(raw: str, header: Header) -> None:
    """A pasted mail that greets its To person and is signed by its From person reads one way
    round by the mail domain the organisation it names has: the sender's ("HR & People,
    Brouwerij De Hoorn" from "@brouwerijdehoorn..."), so the employer wrote it, its reader is
    the candidate and its writer someone met; or the reader's, so the candidate sent it to
    someone met. Where neither domain, or both, name the organisation, the direction is not
    sure, and nothing is changed."""
    addressed = {m.group("field").lower(): m for m in _MAIL_ADDRESSED.finditer(raw)}
    sender, reader = addressed.get("from"), addressed.get("to")
    if sender is None or reader is None:
        return
    from_name, to_name = sender.group("name").strip(), reader.group("name").strip()
    if same_person(from_name, to_name) or " " not in to_name or " " not in from_name:
        return
    greeted = re.search(
        rf"^(?i:dear|hi|hello|hey)[ \t]+{re.escape(to_name.split()[0])}\b", raw, re.M
    )
    signed = re.search(
        rf"^[ \t]*{SIGN_OFF}[ \t]*{re.escape(from_name.split()[0])}\b[^\n]*\n?(?P<card>[^\n]*)",
        raw,
        re.M,
    )
    if not greeted or not signed:
        return
    sender_org = _org_of_domain(sender.group("domain"), raw)
    reader_org = _org_of_domain(reader.group("domain"), raw)
    if (sender_org is None) == (reader_org is None):
        return
    candidate, met, org = (
        (to_name, from_name, sender_org) if sender_org else (from_name, to_name, reader_org)
    )
    if header.candidate is None or same_person(header.candidate, met):
        header.candidate = candidate
    if header.company is None or same_person(header.company, met):
        header.company = org
    title = None
    if sender_org:  # the sender's title, on their signature's line: "HR & People, <org>"
        parts = [p.strip(" .") for p in re.split(r"[,|]", signed.group("card"))]
        title = ", ".join(p for p in parts if p and p != org) or None
    header.people = [p for p in header.people if not same_person(p.name, candidate)]
    add_person(header, Person(met, title if title and TITLE_HINT.search(title) else None))


_MAIL_FROM = lazy_compile(
    rf"^(?i:from)[ \t]*:[ \t]*(?P<name>{UPPER}{NAME_TAIL}(?:[ \t]+{UPPER}{NAME_TAIL}){{1,2}})"
    r"[ \t]*<[\w.+-]+@(?P<domain>[\w-]+)(?:\.[\w-]+)+>",
    re.M,
)
_MAIL_TO_ADDRESS = lazy_compile(
    r"^(?i:to)[ \t]*:[ \t]*<?(?P<first>[a-z]{2,})[._](?P<last>[a-z]{2,})\d*@[\w.-]+>?[ \t]*$", re.M
)


_TEAM_FROM = lazy_compile(
    r"^(?i:from)[ \t]*:[^<\n]*<[\w.+-]+@(?P<domain>[\w-]+)(?:\.[\w-]+)+>", re.M
)
_SIGNER_CARD = lazy_compile(
    rf"^[ \t]*(?P<name>{UPPER}{NAME_TAIL}[ \t]+{UPPER}{NAME_TAIL})[ \t]*\n"
    r"[ \t]*(?P<title>[^,\n]{2,40}),[ \t]*(?P<org>[^,\n]{2,50}?)[ \t]*$",
    re.M,
)


def _team_mail_signer(raw: str, header: Header) -> None:
    """A pasted mail from a team's mailbox ("Talent Team <careers@brightloop.io>") signed by
    a person over their title and organisation ("Felicity Osei" / "Talent Partner,
    Brightloop"), the organisation the address's domain names: the signer is someone the
    candidate can write to (trial 10: a pasted rejection gave `plan` no contact at all)."""
    sender = _TEAM_FROM.search(raw)
    for card in _SIGNER_CARD.finditer(raw[sender.end() :] if sender else ""):
        word = squashed(card["org"].split()[0])
        if sender and len(word) >= 4 and sender["domain"].lower().startswith(word):
            if TITLE_HINT.search(card["title"]):
                header.company = header.company or card["org"].strip()
                add_person(header, make_person(card["name"], card["title"].strip()))
            return


def _sender_signature(raw: str, header: Header) -> None:
    """A pasted mail signed by its sender over their organisation ("Carl Benning / Operations
    Supervisor, Communications / Medline Ambulance Service", from "@medline-ems..."): the
    organisation is the company, never the candidate; the candidate is then the one the mail
    was sent to, when it greets them by the first part of their address ("Joanna," to
    "joanna.pruitt88@...")."""
    sender = _MAIL_FROM.search(raw)
    if sender is None:
        return
    domain = sender.group("domain").lower()
    signed = re.search(
        rf"^[ \t]*{re.escape(sender.group('name'))}[ \t]*\n(?P<card>(?:[^\n]+\n?){{1,3}})",
        raw[sender.end() :],
        re.M,
    )
    if signed is None:
        return
    org = next(
        (
            line.strip()
            for line in signed.group("card").splitlines()
            if (word := squashed(line.split()[0] if line.split() else ""))
            and len(word) >= 5
            and domain.startswith(word)
        ),
        None,
    )
    if org is None:
        return
    if header.company is None or _company_in_sentence(header.company) != header.company:
        header.company = org  # over a sentence of the mail read as the company
    if header.candidate and squashed(header.candidate) == squashed(org):
        header.candidate = None
    to = _MAIL_TO_ADDRESS.search(raw)
    if header.candidate is None and to and re.search(rf"^(?i:{to['first']})[ \t]*,", raw, re.M):
        header.candidate = f"{to['first'].capitalize()} {to['last'].capitalize()}"


_CAPITALISED_RUN = lazy_compile(r"[A-Z][\w&'’-]*(?:[ \t]+(?:[A-Z][\w&'’-]*|&|of|de|and)){0,4}")


def _org_of_domain(domain: str, mail: str) -> str | None:
    """The name the mail gives the organisation whose domain this is ("Kestrel Mill" for
    "kestrelmill"): a run of capitalised words that is the domain, spaces and marks aside."""
    domain = domain.lower()
    if len(domain) < 6:
        return None  # "post", "mail": too short to be sure
    for m in _CAPITALISED_RUN.finditer(mail):
        words = m.group().split()
        for i in range(len(words)):
            for j in range(len(words), i, -1):
                if words[j - 1] in ("&", "of", "de", "and"):
                    continue  # "Ashgrove Hotel &" is cut short of its name
                if squashed(" ".join(words[i:j])) == domain:
                    return " ".join(words[i:j])
    return None


# ---- people the notes' form names ---------------------------------------------------------

# a line that heads what one person said: "JONNO FITCH – bass, MD", "Fiona Marsh - Ops Manager"
_PERSON_HEADING = lazy_compile(
    rf"^[ \t]*(?P<name>{UPPER}{NAME_TAIL}(?:[ \t]+{UPPER}{NAME_TAIL}){{1,2}})[ \t]*[–—:-][ \t]+"
    r"(?P<title>[^\n]{2,40}?)[ \t]*$",
    re.M,
)


def _parallel_headings(header: Header, text: str) -> None:
    """Lines in the same form as a line that heads a person's part ("NADIA BRENNAN – tour
    manager", then "JONNO FITCH – bass, MD"): each heads a person's part too, when one of
    them names a person already read and every one is written the same way (capitals or not)."""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    heads = [m for ln in lines[1:] if (m := _PERSON_HEADING.match(ln))]
    if len(heads) < 2 or len({m.group("name").isupper() for m in heads}) != 1:
        return
    if not any(same_person(p.name, m.group("name")) for m in heads for p in header.people):
        return
    for m in heads:
        words = m.group("name").lower().split()
        if any(w in COMMON_WORDS or w in NOT_NAMES for w in words):
            return  # a sentence, not a list of people: add no one
    for m in heads:
        add_person(header, Person(m.group("name"), m.group("title").strip()))


# a line whose subject is a person by first name: "* Declan asked ...", "Lukas talked about",
# "Declan's concern: ...", "Dana: asked ...", and so at a sentence's start: ". Wim loved ..."
_SUBJECT = lazy_compile(
    rf"(?:^[ \t]*(?:[-*•]|\d{{1,2}}[.)])?|[.!?][ \t]+)[ \t]*(?P<first>{UPPER}[a-zà-ÿ]{{2,}})"
    r"(?:['’]s\b|[ \t]*:|[ \t]+(?=[a-z]))",
    re.M,
)


def _named_speakers(header: Header, text: str) -> None:
    """A person the lines name by first name as the one who asked or said something, and the
    notes name in full once as a person is introduced: with a title in brackets or after a
    comma ("met Dana Fox (Chief Geologist)", "Ana Ruiz, Director"), after an honorific or a
    title ("principal Mr Declan Furlong", "the director Lukas Brandt"). Not a person the
    notes say was not met ("Naomi never came in", a guest who declined, one still to meet)."""
    known = {w.lower() for p in header.people for w in p.name.split()}
    known |= {w.lower() for w in (header.candidate or "").split()}
    known |= {w.lower() for w in (header.company or "").split()}
    firsts = {
        m.group("first")
        for m in _SUBJECT.finditer(text)
        if m.group("first").lower() not in known | COMMON_WORDS | NOT_NAMES
    }
    not_met = [m.group("name") or "" for m in NOT_YET_MET.finditer(text)]
    not_met += [m.group("name") or "" for m in DECLINED.finditer(text)]
    not_met += [m.group("name") or m.group("struck") or "" for m in CORRECTED.finditer(text)]
    not_met += [m.group("name") or "" for m in SKIPPED.finditer(text)]
    for first in sorted(firsts):
        if re.search(
            rf"\b{first}[ \t]+(?:never|not|didn['’]?t|did not|wasn['’]?t|was not)\b", text
        ):
            continue  # "Naomi never came in"
        full = {}
        for m in _introduced(first).finditer(text):
            title = (m.group("paren") or "").strip(" ()")
            if not title and m.group("comma") and TITLE_HINT.search(m.group("comma")):
                title = m.group("comma").strip()  # "Bettina Krall, Animation Supervisor"
            before = m.group("before").strip()
            said = TITLE_HINT.search(title) or (title and not _CLAUSE.search(title))
            surname = m.group("surname")
            if len(surname) < 2 or surname.lower() in COMMON_WORDS | NOT_NAMES:
                continue
            if said or m.group("hon") or (before and TITLE_HINT.fullmatch(before.split()[-1])):
                full[m.group("surname")] = (m, title or None)
        if len(full) != 1:
            continue  # no full name, or two: not sure who
        m, title = next(iter(full.values()))
        named = f"{first} {m.group('surname')}"
        if any(same_person(named, gone) for gone in not_met if gone):
            continue
        before = m.group("before").strip()
        pre = before.split()[-1] if before and TITLE_HINT.fullmatch(before.split()[-1]) else ""
        person = make_person(f"{m.group('hon') or ''} {named}".strip(), title or pre or None)
        if person is not None and person.name.split()[0] == first:
            add_person(header, person)


# words a bracket after a name holds when it says something, not what the person does
_CLAUSE = lazy_compile(
    r"\b(?:I|he|she|they|is|was|were|it['’]s|don['’]t|didn['’]t|not|never|me|my|her|him)\b", re.I
)


def _introduced(first: str) -> re.Pattern[str]:
    """The first name with a surname, as a person is introduced: a title word or an honorific
    before it, a bracket after it."""
    return re.compile(
        r"(?P<before>(?:\b[A-Za-z][\w-]*[ \t]+)?)(?P<hon>(?:Mr|Mrs|Ms|Dr|Prof)\.?[ \t]+)?"
        rf"\b{re.escape(first)}[ \t]+(?P<surname>{UPPER}{NAME_TAIL})"
        r"(?P<paren>[ \t]*\([^()\n]{2,40}\))?(?:,[ \t]+(?P<comma>[^,()\n]{2,40}))?"
    )


def _labelled_names(header: Header) -> None:
    """A "person" whose name is someone else's name and a label of the notes' list ("Mehta
    CONCERN", "Mehta Q" from "Mr Mehta CONCERN - ...", "Mr Mehta Q1 - ..."): that person."""
    kept = []
    for p in header.people:
        words = p.name.split()
        rest = words[:-1]
        label = len(words) > 1 and words[-1].isupper() and not all(w.isupper() for w in rest)
        if label and any(q is not p and same_person(" ".join(rest), q.name) for q in header.people):
            continue
        kept.append(p)
    header.people = kept


_TITLES_SQUASHED = frozenset(squashed(t) for t in HONORIFICS)


def _name_case(header: Header) -> None:
    """Names typed in capitals ("NADIA BRENNAN", "ME: CALLUM REECE") in name case: a greeting
    and a signature write a name as a name is written."""

    def cased(name: str) -> str:
        words = name.split()
        if len(words) < 2 or not all(w.isupper() and len(w) > 1 for w in words):
            return name
        return restore_case(name.lower())

    for p in header.people:
        p.name = cased(p.name)
        first, _, rest = p.name.partition(" ")
        if p.honorific and rest and squashed(first) in _TITLES_SQUASHED:
            p.name = rest  # "Dottssa Chiara Benedetti": the title read into the name, undotted
    if header.candidate:
        header.candidate = cased(header.candidate)


# ---- the company and the role --------------------------------------------------------------

# a legal form, then the town after a comma: "Meghraj Infra Consultants Pvt Ltd, Pune"
_PLACE_AFTER_LEGAL_FORM = lazy_compile(
    r"^(?P<org>.+?\b(?i:ltd|limited|llp|llc|inc|plc|gmbh|pty|pvt|corp|s\.?p\.?a|s\.?r\.?l)\.?)"
    r",[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?$"
)


def _check_company(header: Header, text: str) -> None:
    """No company that is a question ("Nubank?", in the heading too: "Brightwave? — ..."); no
    town after a company's legal form; no bracket left open ('The Old Vic (Production: "The
    Winter's Tale"' is The Old Vic)."""
    heading = "\n".join(text.strip().splitlines()[:3])
    if header.company and (
        "?" in header.company
        or re.search(rf"(?<![\w-]){re.escape(header.company)}[ \t]*\?", heading, re.I)
    ):
        header.company = None
    if header.company:
        header.company = _company_in_sentence(header.company)
    if header.company and header.company.count("(") > header.company.count(")"):
        header.company = header.company[: header.company.rindex("(")].strip() or None
    if header.company and (m := _PLACE_AFTER_LEGAL_FORM.match(header.company)):
        header.company = m.group("org")
    if header.company and (bullet := re.match(r"[-*•>][ \t]+(?P<rest>.*)$", header.company)):
        rest = bullet.group("rest")  # "- Granite Peak Builders" is the company's own line;
        plain = rest[:1].isupper() and not re.search(r"[,;:\d]", rest)  # "- TIA Portal, S7-1500,
        plain = plain and not any(same_person(p.name, rest) for p in header.people)  # "- Joan
        header.company = rest if plain else None  # Okoro", someone met: a bullet of the notes
    if (
        header.company
        and header.role
        and header.role.lower().startswith(f"{header.company} ".lower())
    ):
        header.company = None  # "Senior Spa" from "... for Senior Spa Therapist": the job's words


def _company_not_the_job(header: Header, raw: str) -> None:
    """No company that is the opening words of the job ("Senior Spa" from "the position of
    Senior Spa Therapist"); the employer is then the one a pasted mail came from, as the mail
    names it ("Ashgrove Hotel" for "@ashgrovehotel.co.uk"), or none."""
    company, role = header.company, header.role
    if not (company and role and role.lower().startswith(f"{company} ".lower())):
        return
    sender = _MAIL_FROM_DOMAIN.search(raw)
    header.company = _org_of_domain(sender.group("domain"), raw) if sender else None


_MAIL_FROM_DOMAIN = lazy_compile(r"^(?i:from)[ \t]*:[^\n@]*@(?P<domain>[\w-]+)\.", re.M)


def _company_of_guest(header: Header, raw: str) -> None:
    """A pasted calendar invitation with a guest on the employer's domain ("talent@
    northlightmedia.co.uk"): the company as the notes write it ("Northlight Media"), when no
    line gave one; a person read with that name ("Northlight Media Localisation (Manchester,
    hybrid 2 days)") is the company's line, no one met."""
    if header.company is None:
        header.company = company_under_notes_rule(raw)
    if header.company is not None:
        return
    block = _INVITE_GUESTS.search(raw)
    sender = _APPOINTMENT_FROM.search(raw)
    guests = (block.group("block") if block else "") + (sender.group() if sender else "")
    for m in _GUEST_ADDRESS.finditer(guests):
        if _PERSONAL_SERVICE.match(m.group("domain")):
            continue
        org = _org_of_domain(m.group("domain"), raw.replace(m.group(), ""))
        if org:
            header.company = org
            header.people = [p for p in header.people if not p.name.startswith(org)]
            return


_INVITE_GUESTS = lazy_compile(
    r"^(?i:guests|attendees|required)[ \t]*:[ \t]*\n?(?P<block>(?:[^\n]+\n){1,12})", re.M
)
# the sender of a forwarded calendar appointment: "-----Original Appointment-----\nFrom: ..."
_APPOINTMENT_FROM = lazy_compile(r"(?i:original appointment)-*[ \t]*\n(?i:from)[ \t]*:[^\n]*")
_GUEST_ADDRESS = lazy_compile(r"[\w.+-]+@(?P<domain>[\w-]+)(?:\.[\w-]+)+")
_PERSONAL_SERVICE = lazy_compile(r"(?i:" + MAIL_SERVICES + r")$")


# an arrangement with someone outside the interview: "took the afternoon off, shift swap w/
# kev", "got a lift with Dana", "covered by Sam"
_ARRANGED = (
    r"\b(?i:swap(?:ped)?|cover(?:ed|ing)?|lift|ride|carpool(?:ed)?|childcare|babysitting)"
    r"[ \t]+(?i:w/|with|from|by)[ \t]+"
)


def _arranged_with(header: Header, text: str) -> None:
    """No one met who is named only in an arrangement outside the interview ("shift swap w/
    kev"): a colleague or a friend, never the recipient of a note."""
    for person in list(header.people):
        first = re.escape(person.name.split()[0])
        said = re.findall(rf"(?<![\w’'-]){first}(?![\w’'-])", text, re.I)
        arranged = re.findall(rf"{_ARRANGED}{first}(?![\w’'-])", text, re.I)
        if said and len(arranged) == len(said):
            header.people.remove(person)


def _corrected_names(header: Header) -> None:
    """A name the notes correct in its own aside ("Fetal Quinlan (FERGAL not fetal omg
    autocorrect)"): the word as meant, and the aside is no title."""
    for person in header.people:
        m = _CORRECTED_WORD.match(person.title or "")
        words = person.name.split()
        if m and m.group("wrong").lower() in [w.lower() for w in words]:
            right = m.group("right").capitalize()
            person.name = " ".join(right if w.lower() == m["wrong"].lower() else w for w in words)
            person.title = None


_CORRECTED_WORD = lazy_compile(
    r"^(?P<right>[A-Za-z'’-]{2,})[ \t]+not[ \t]+(?P<wrong>[A-Za-z'’-]{2,})\b"
)


def _reheaded(header: Header, text: str) -> None:
    """A company read from the heading that is the kind of notes or meeting ("Dailies Notes"
    from "dailies notes — ME, for once"), or no role left: the heading line that names the
    employer names the job too ("Pinwheel Pictures / Character Animator (feature) · Tue 21
    Apr"), or a line under it is the job alone ("Production Stage Manager, 2026–27 season"),
    or no line does and the user is asked."""
    if header.company and MEETING_PART.search(header.company):
        header.company = None
    if header.company and header.role:
        return
    for line in [ln for ln in text.splitlines() if ln.strip()][:3]:
        trial = Header()
        read_title_line(trial, re.split(r"[ \t]+·[ \t]+", line.strip(" \t#*"))[0])
        _check_company(trial, text)  # "Brightwave? — ...": a question is no company
        if not trial.company or MEETING_PART.search(trial.company):
            continue
        if any(same_person(p.name, trial.company) for p in header.people):
            continue  # "- Joan Okoro — Head of Planning": someone met, over their title
        if header.company is None or same_person(trial.company, header.company):
            header.company = header.company or trial.company
            if trial.role and _role_ok(trial.role, text):
                header.role = header.role or trial.role
            break
    for line in [ln for ln in text.splitlines() if ln.strip()][1:3]:
        job = line.split(",")[0].strip(" \t#*")  # "Production Stage Manager, 2026–27 season"
        words = job.split()
        if header.role is None and 0 < len(words) <= 5 and TITLE_HINT.fullmatch(words[-1]):
            set_role(header, job)


_NOTES_OPENING = lazy_compile(r"^(?i:notes?|interview\w*|my notes)\b")


def _company_in_sentence(company: str) -> str | None:
    """A company read as a whole sentence of the notes: the employer it names after "at"
    ("Notes from today at Brightline Signs & Graphics. Job = ..." is Brightline Signs &
    Graphics), else none ("Notes written up by R.C. the same evening", "Tuesday 3/3 at 1400
    works. Comm center is ...": a sentence, a date)."""
    first = re.split(r"\.[ \t]+(?=[A-Z])", company)[0]
    if _NOTES_OPENING.match(first):
        at = re.search(r"\bat[ \t]+(?P<org>[A-Z][^.,;\n]*)$", first)
        return at.group("org").strip() if at else None
    if first != company and (len(company.split()) > 8 or re.search(r"\d{1,2}/\d{1,2}", first)):
        return None
    return company


# a form's line for the role under a label the header reader does not take: "Post : ..."
_ROLE_LABEL = lazy_compile(
    r"^[ \t]*(?i:post|vacancy|job title|(?:post|position) applied(?: for)?)[ \t]*[:=][ \t]*"
    r"(?P<role>[^\n]+?)[ \t]*$",
    re.M,
)


def _check_role(header: Header, text: str) -> None:
    """No role that is the start of one of the notes' labels ("Date of" from "Date of
    interview : 19-11-2026") or only small words ("The"), nor a day ("Weds 6th May"); the
    role under a "Post :" label; a job's own line under the heading over a part of the
    heading read as the role that names no job ("vertex access solutions - glasgow" over
    "L3 rope access supervisor (building + wind)")."""
    if header.role and (not _role_ok(header.role, text) or _A_DAY.search(header.role)):
        header.role = None
    role = header.role or ""
    if (len(role.split()) == 1 and not TITLE_HINT.search(role)) or re.search(r"\d", role):
        job = _job_line(text, role)  # "Glasgow", "Onsite Round 2": no job
        if job:
            header.role = None
            set_role(header, job)
    if header.role is None and (m := _ROLE_LABEL.search(text)):
        job, _, org = m.group("role").partition(", ")  # "Post: Chaplain, St Aldhelm's NHS Trust"
        set_role(header, job if org and TITLE_HINT.search(job) else m.group("role"))
        if header.role == job and header.company is None and org[:1].isupper():
            header.company = org.strip()


_A_DAY = lazy_compile(
    r"\b(?i:mon|tues?|wed|weds|thurs?|fri|sat|sun)(?:day)?\b|"
    r"\b\d{1,2}(?:st|nd|rd|th)?[ \t]+(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b"
)


_PLAIN_JOB = lazy_compile(r"(?!(?i:mr|mrs|ms|dr|met|saw)\b)[A-Za-z0-9][\w /&+'’-]*")


def _job_line(text: str, role: str) -> str | None:
    """A line of the heading (the first three) that is a job alone, an aside or a team after
    it allowed ("senior ui engineer, design systems"), other than the role's own line."""
    for line in [ln.strip(" \t#*_") for ln in text.splitlines() if ln.strip()][:3]:
        if role.lower() in line.lower():
            continue
        job = re.sub(r"[ \t]*\([^)\n]*\)[ \t]*$", "", line).split(",")[0].strip()
        words = job.split()
        if not 1 < len(words) <= 6 or _A_DAY.search(job) or not _PLAIN_JOB.fullmatch(job):
            continue
        if TITLE_HINT.search(words[-1]) and plausible_role(job):
            return title_case_role(job) if job.islower() else job
    return None


def _role_ok(role: str, text: str) -> bool:
    """Not the start of one of the notes' labels ("Date of" from "Date of interview :"), not
    only small words ("The", "Me"), not a heading's quoted joke ('"INTERVIEW REPORT #1"')."""
    return not (
        re.search(rf"^[ \t]*{re.escape(role)}\b[^:\n]{{0,25}}[ \t]*:", text, re.M | re.I)
        or all(w.lower() in COMMON_WORDS for w in role.split())
        or re.search(r"[\"“”#]", role)
    )


# prose: "for the post of Paper Conservator", "My name for the letter: Lucia Ferraresi."
_ROLE_OF = lazy_compile(
    r"\bthe[ \t]+(?i:post|position|role|job|vacancy)[ \t]+of[ \t]+"
    rf"(?P<role>{UPPER}[\w'-]*(?:[ \t]+(?:of|and|&|{UPPER}[\w'-]*)){{0,4}})"
)
_MY_NAME = lazy_compile(
    r"\b(?i:my name)\b[^:\n.]{0,30}:[ \t]*"
    rf"(?P<name>{UPPER}{NAME_TAIL}(?:[ \t]+{UPPER}{NAME_TAIL}){{1,2}})"
)


def _prose_facts(header: Header, text: str) -> None:
    """A role and the candidate's name said in a sentence, when no line gives them."""
    if header.role is None and (m := _ROLE_OF.search(text)):
        role = re.sub(r"[ \t]+(?:of|and|&)$", "", m.group("role"))
        if plausible_role(role):
            header.role = role
    if header.candidate is None and (m := _MY_NAME.search(text)):
        header.candidate = m.group("name")


# ---- the front matter's facts ---------------------------------------------------------------

# "General Manager – new Fitzroy restaurant": the job title, then what the post is for
_ROLE_THEN_ASIDE = lazy_compile(r"^(?P<role>[^–—]+?)[ \t]+[–—][ \t]+\S.*$")


# a job title, then its terms: "School Business Manager (Bursar), 30 hrs, term-time + 2 wks"
_ROLE_THEN_TERMS = lazy_compile(
    r"^(?P<role>[^,(]+?)[ \t]*(?:\([^()]*\))?[ \t]*,[ \t]*[^,]*\d[^,]*(?:,.*)?$"
)


def plain_facts(brief: Brief) -> None:
    """The role and the company as a message names them: the job title without a dashed
    aside ("General Manager – new Fitzroy restaurant" is General Manager), the company
    without a bracketed one ("Baan Saeng Group (Baan Saeng Thai Kitchen)"), as the header
    reader reads them from free text."""
    if brief.role and (m := _ROLE_THEN_ASIDE.match(brief.role)):
        role = m.group("role")
        words = role.split()
        if words and TITLE_HINT.fullmatch(words[-1]) and plausible_role(role):
            brief.role = role
    if brief.company and (plain := re.sub(r"[ \t]*\([^()]*\)$", "", brief.company).strip()):
        brief.company = plain
    if brief.role and (m := _ROLE_THEN_TERMS.match(brief.role)) and plausible_role(m["role"]):
        brief.role = m.group("role")  # "School Business Manager (Bursar), 30 hrs, term-time"
    if brief.role and (plain := re.sub(r"[ \t]*\([^()]*\d[^()]*\)$", "", brief.role).strip()):
        brief.role = plain  # "Buyer - Theatres & Sterile Stores (Band 5)": the grade aside
    if brief.candidate and (plain := re.sub(r"[ \t]*\([^()]*\)$", "", brief.candidate)):
        brief.candidate = plain.strip()  # "Tóth Bence  (Bence Tóth on the CV, ...)"


# a mailed calendar invitation's title ends with the calendar it came to: "Invitation: Interview
# - Data Journalist @ Tue Nov 24, 2026 2pm (jonas.weber@mailbox.example)"
_INVITED_TO = lazy_compile(
    r"^(?:updated[ \t]+)?invitation[ \t]*:[^\n]*\([ \t]*(?P<local>[\w.+-]+)@[\w.-]+[ \t]*\)[ \t]*$",
    re.I | re.M,
)


# a pasted invitation's guest list and its greeting: "Attendees: A; B; C" and "Hi Desmond,"
_GUEST_LIST = lazy_compile(r"^[ \t]*(?i:attendees|invitees|guests|participants)[ \t]*:", re.M)
_GREETED = lazy_compile(
    rf"^[ \t]*(?i:hi|hello|dear|hey)[ \t]+(?P<first>{UPPER}{NAME_TAIL})[ \t]*[,!]", re.M
)


def _invitee(header: Header, text: str) -> None:
    """The candidate of notes pasted from a mailed invitation: the guest whose name is the
    address the invitation came to ("Jonas Weber" for "jonas.weber@..."), or the one guest
    its greeting names ("Hi Desmond," over "Attendees: ...; Desmond Achebe"), when no line
    names the writer: never a contact `plan` tracks or `write` writes to (trial 10)."""
    hi = _GREETED.search(text) if header.candidate is None and _GUEST_LIST.search(text) else None
    guests = [p for p in header.people if hi and p.name.split()[0] == hi["first"]]
    if len(guests) == 1 and len(header.people) > 1:
        header.candidate = guests[0].name
        header.people = [p for p in header.people if p is not guests[0]]
    m = _INVITED_TO.search(text) if header.candidate is None else None
    if m is None:
        return
    local = squashed(m.group("local"))
    for guest in re.finditer(rf"{UPPER}{NAME_TAIL}(?:[ \t]+{UPPER}{NAME_TAIL}){{1,2}}", text):
        if len(local) >= 6 and squashed(guest.group()) == local:
            header.candidate = guest.group()
            header.people = [p for p in header.people if not same_person(p.name, guest.group())]
            return


# the candidate's own wish to stay in touch with one person: "I'd like to keep in touch with Wim"
_STAY_IN_TOUCH_WITH = lazy_compile(
    rf"\b(?:keep|stay)[ \t]+in[ \t]+touch[ \t]+with[ \t]+(?P<name>{UPPER}{NAME_TAIL})"
)


def _wished_contact(header: Header, text: str) -> None:
    """The one person the candidate wants to stay in touch with goes first: a message that
    is not a thank-you goes to the first person when --to is not given."""
    wished = {m.group("name") for m in _STAY_IN_TOUCH_WITH.finditer(text)}
    named = [p for p in header.people if any(same_person(w, p.name) for w in wished)]
    if len(named) == 1:
        header.people = named + [p for p in header.people if p is not named[0]]
