"""The people met, said in the language the notes are partly written in: Portuguese
"Conheci a Mariana Duarte (gerente de projetos)", "Falei com o Tiago Reis", Spanish "Me reuní
con ...", Italian "Ho conosciuto ...", French "J'ai rencontré ...": a full name after a
verb of meeting, and its title in brackets, as the English "Met NAME (TITLE)" is read.

The header reader knows "with", "w/", "avec", "rencontré" and "conocí a"; this module reads
the other verbs on a line of their own (a bullet or a sentence's start), and only a name of
two or more capitalised words that is not the company ("Conheci a Solaris Verde Energia" met
the firm) and holds no word of an organisation.

Hand-written patterns: the verbs are a short closed list, and no library reads them.
"""

from __future__ import annotations

from followup import keptre as re  # the re functions, patterns kept compiled (keptre.py)
from followup.lazyre import lazy_compile
from followup.noteheader import Header, add_person, parse_people, same_person
from followup.notenames import ORG_SUFFIXES

_MET_VERB = (
    r"(?:conheci|encontrei|falei[ \t]+com|conversei[ \t]+com|entrevistada?[ \t]+com|"  # pt
    r"me[ \t]+reun[ií][ \t]+con|habl[ée][ \t]+con|conoc[ií]|"  # es
    r"ho[ \t]+(?:conosciuto|incontrato|parlato[ \t]+con)|"  # it
    r"j['’]ai[ \t]+(?:rencontr[ée]|vu|parl[ée][ \t]+avec))"  # fr
)
_MET_LINE = lazy_compile(
    rf"(?:^|(?<=[.!?])[ \t])[ \t]*(?:[-*•][ \t]*)?(?i:{_MET_VERB})[ \t]+"
    r"(?:(?i:a|o|as|os|al|la|el|le)[ \t]+)?"
    r"(?P<people>[A-Z][^\n.;]*?(?:\([^)\n]*\))?)[ \t]*(?=[.;\n]|$)",
    re.M,
)
_ORG_WORD = lazy_compile(
    r"\b(?i:energia|ltda|s\.?a|empresa|equipe|equipo|team|group|grupo|company|companhia)\b"
)


def read_met_in_languages(header: Header, text: str) -> None:
    """Add each person a line of another language says the candidate met (see above)."""
    for m in _MET_LINE.finditer(text):
        for person in parse_people(m.group("people")):
            words = person.name.split()
            if len(words) < 2 or not all(w[:1].isupper() for w in words):
                continue  # "Conheci a Mariana": one word may be a place or a thing
            if words[-1].lower().strip(".") in ORG_SUFFIXES or _ORG_WORD.search(person.name):
                continue
            if header.company and same_person(person.name, header.company):
                continue
            if header.candidate and same_person(person.name, header.candidate):
                continue
            add_person(header, person)
