"""An employer's mail pasted above the candidate's own notes ("From: Talent Team
<careers@quillmoor.io>" ... "Kind regards,\\nOdile Brandt\\nTalent Partner, Quillmoor", then
"---- my notes ----" and "interview was 12 nov w/ ruth amsel (design director) + odile"):

- the firm is the last part of the signature's card when the sender's mail domain spells it
  ("Quillmoor" for "careers@quillmoor.io"), even a one-word name and a team's mailbox;
- the people met are read from the opening of the notes after the divider, as the header
  reader reads any notes' opening (the mail above fills the notes' first lines, so the people
  line is not where it looks); one named there by first name only ("+ odile") who signed the
  mail is the signer, with the title on the signature's card.

Only a mail with a From line, and only notes after a divider line ("---- my notes ----",
"my notes:", "notes after"), are read so; facts the notes already give are kept.

Hand-written patterns on a split the notes make themselves; the mail's header fields are read
by noteheader.read_mail_headers (email.parser would need the pasted text to be a whole mail).
"""

from __future__ import annotations

from followup import keptre as re  # the re functions, patterns kept compiled (keptre.py)
from followup.lazyre import lazy_compile
from followup.notefacts import SIGN_OFF, squashed
from followup.noteheader import TITLE_HINT, Header, Person, add_person, read_header, same_person

_FROM_DOMAIN = lazy_compile(
    r"^[ \t]*(?i:from)[ \t]*:[^\n<]*<[\w.+-]+@(?P<domain>[\w-]+)(?:\.[\w-]+)+>", re.M
)
# "Kind regards,\nOdile Brandt\nTalent Partner, Quillmoor": the card's last part after a comma
_SIGNED_CARD = lazy_compile(  # the sign-off words are notefacts' (one list for the readers)
    rf"^[ \t]*{SIGN_OFF}"
    r"[ \t]*(?P<signer>[^\n]{2,60})\n(?P<card>(?:[ \t]*[^\n]+\n?){1,2})",
    re.M,
)
_FULL_NAME = lazy_compile(r"[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,2}")
_MET = lazy_compile(r"(?i:\bw/|\bwith\b|\bmet\b)")
_DIVIDER = lazy_compile(
    r"^[ \t]*[-=_*#]*[ \t]*(?i:my[ \t]+(?:own[ \t]+)?notes|notes[ \t]+after|own[ \t]+notes)"
    r"[ \t]*[-=_*:#]*[ \t]*$",
    re.M,
)


def read_mail_then_notes(header: Header, raw: str) -> None:
    """The firm from the mail's signature and the people from the notes after it."""
    sender = _FROM_DOMAIN.search(raw)
    if sender is None:
        return
    domain = sender.group("domain").lower()
    card = next(_SIGNED_CARD.finditer(raw, sender.end()), None)
    if card is not None and header.company is None and len(domain) >= 5:
        for line in card.group("card").splitlines():
            part = line.split("|")[-1].split(",")[-1].strip(" .")
            if part[:1].isupper() and squashed(part) == domain:
                header.company = part
                break
    divider = _DIVIDER.search(raw, sender.end())
    if divider is None:
        return
    notes = raw[divider.end() :].strip()
    for person in read_header(notes).people:
        if not (header.candidate and same_person(person.name, header.candidate)):
            add_person(header, person)
    signer = card.group("signer").strip() if card is not None else ""
    first = signer.split()[0] if signer.split() else ""
    intro = next((ln for ln in notes.splitlines() if _MET.search(ln)), "")
    named = re.search(rf"(?<![\w'’-]){re.escape(first)}(?![\w'’-])", intro, re.I)
    if _FULL_NAME.fullmatch(signer) and named:  # "w/ ruth amsel + odile": the one who signed
        title = card.group("card").splitlines()[0].split(",")[0].strip() if card else ""
        add_person(header, Person(signer, title if TITLE_HINT.search(title) else None))
