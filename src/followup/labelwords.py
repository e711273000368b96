"""The labels a note puts before the job and the employer, in the languages notes are written in.

"Role: Data Scientist", "Stanowisko: Księgowa", "Puesto: Cocinero", "Company: Nordvik Laks AS",
"Arbeitgeber: Spedition Kraus", "Perusahaan: PT Sinar Jaya", "Poste : Responsable Export" (the
French space before the colon): a label word, a colon, the value. Kept here, once, for every
reader that reads a labelled line (factplace.py's header block and labelled lines,
noteheader.py's labels), so that a language added for one is read by all. The day, the
candidate and the writer's own name have their label words here too ("Datum:", "Fecha:",
"Uchazeč:", "Candidat :", "Yo:"), and HEADER_FACT says which fact each label word gives.

Standard library only: two word lists, and the regular-expression parts built from them in a
fixed order (a pattern's source is the same in every run: lazyre.py keeps its compiled code).
"""

from __future__ import annotations

import unicodedata

# the job: English, then German, French, Spanish, Italian, Portuguese, Indonesian and Malay,
# Dutch, Norwegian and Danish, Swedish, Polish, Czech and Slovak, Korean, and the rest below
ROLE_LABEL_WORDS: tuple[str, ...] = (
    "role",
    "job",
    "position",
    "post",
    "job title",
    "stelle",
    "poste",
    "puesto",
    "posizione",
    "vaga",
    "cargo",
    "lowongan",
    "posisi",
    "jabatan",
    "functie",
    "stilling",
    "tjänst",
    "stanowisko",
    "pozice",
    "vacancy",
    "포지션",  # Korean: "position", "duties"
    "직무",
    # more of the job's labels: Spanish and Dutch, Portuguese, Italian, Dutch's vacancy,
    # Spanish's, Swedish, Finnish, Turkish
    "rol",
    "função",
    "ruolo",
    "mansione",
    "posto",
    "vacature",
    "vacante",
    "befattning",
    "tehtävä",
    "pozisyon",
    # Welsh, Russian, Latvian, Lithuanian, Hungarian, Estonian
    "swydd",
    "должность",
    "вакансия",
    "позиция",
    "amats",
    "pareigos",
    "állás",
    "munkakör",
    "pozíció",
    "ametikoht",
    "delovno mesto",  # Slovenian
    "radno mjesto",  # Croatian
)
# the employer, in the same languages (a regular-expression part: "organi[sz]ation")
COMPANY_LABEL_WORDS: tuple[str, ...] = (
    "company",
    "employer",
    "firm",
    "organi[sz]ation",
    "firma",
    "empresa",
    "entreprise",
    "société",
    "azienda",
    "unternehmen",
    "arbeitgeber",
    "perusahaan",
    "bedrijf",
    "werkgever",
    "företag",
    "selskap",
    "organisasi",
    "instansi",
    # the employer, by that word: French, Portuguese, Polish, Czech, Swedish, Danish,
    # Norwegian, Finnish; and the company: Spanish, French, Finnish, Turkish
    "employeur",
    "empregador",
    "pracodawca",
    "zaměstnavatel",
    "arbetsgivare",
    "arbejdsgiver",
    "arbeidsgiver",
    "työnantaja",
    "compañía",
    "compagnie",
    "yritys",
    "şirket",
    # Welsh, Russian, Latvian, Lithuanian, Hungarian, Estonian
    "cwmni",
    "компания",
    "работодатель",
    "uzņēmums",
    "įmonė",
    "cég",
    "ettevõte",
)
# the employer, read by noteheader.py's labels only: "Co:", "Agency:" (a staffing agency may
# be the employer a note goes to), "Institution: Lakeview Regional Referral Hospital, Jinja"
HEADER_COMPANY_WORDS: tuple[str, ...] = ("co", "agency", "institution")
# the interview's day: English and French, Spanish, Indonesian, German, Dutch, Swedish, Czech
# and Slovak ("Datum: 14. 10. 2025"), Danish and Norwegian, Turkish, German's appointment
DATE_LABEL_WORDS: tuple[str, ...] = (
    "date",
    "interview date",
    "fecha",
    "tanggal",
    "datum",
    "dato",
    "tarih",
    "termin",
    "päivämäärä",
    "fecha de la entrevista",
    "date de l'entretien",
    "dyddiad",  # Welsh, Russian, Latvian, Hungarian, Estonian
    "дата",
    "datums",
    "dátum",
    "kuupäev",
)
# the candidate, as a form or a template names them: English, French, Spanish, Italian and
# Portuguese, German and the Nordic languages, Czech, Polish, Dutch, Indonesian
CANDIDATE_LABEL_WORDS: tuple[str, ...] = (
    "candidate",
    "applicant",
    "trainee",
    "interviewee",
    "candidat",
    "candidato",
    "candidata",
    "kandidat",
    "bewerber",
    "bewerberin",
    "uchazeč",
    "uchazečka",
    "kandydat",
    "kandydatka",
    "sollicitant",
    "pelamar",
    "ymgeisydd",  # Welsh, Russian, Latvian, Hungarian, Dutch and Estonian
    "кандидат",
    "kandidāts",
    "jelölt",
    "kandidaat",
)
# the writer's own name: "Me:", French, Spanish, Indonesian, Korean ("나: 이수민 / Sumin Lee"),
# Japanese, Chinese, Vietnamese ("Tên em: Nguyễn Thị Lan")
ME_LABEL_WORDS: tuple[str, ...] = (
    "me",
    "moi",
    "yo",
    "nama saya",
    "나",
    "저",
    "私",
    "我",
    "tên",
    "tên em",
    "tên tôi",
    "tên của em",
    "tên của tôi",
    # the notes' author, as a document or a notes app labels it (German "Verfasser:")
    "author",
    "verfasser",
    "verfasserin",
    "auteur",
    "autrice",
    "autor",
    "autora",
    "autore",
    "författare",
    "forfatter",
    "tekijä",
    "szerző",
    "yazar",
    "автор",
    "作者",
    "著者",
    # "I" in the Germanic languages, Finnish and Slovenian ("Ek: Hendrik van der Walt")
    "ek",
    "ich",
    "ik",
    "jeg",
    "jag",
    "minä",
    "jaz",  # Slovenian
)
# the people met, in the other languages notes are written in ("Con: Marta Ruiz")
WITH_LABEL_WORDS: tuple[str, ...] = ("con",)

# the meeting's own name, in the languages notes are written in: a title part that is only
# this ("Interview", "Entretien d'embauche", "Cyfweliad", "면접") is never a company or a role
# (factplace.py); regular-expression parts, in this fixed order
MEETING_NAME_WORDS: tuple[str, ...] = (
    "interview",
    "intvw",
    "interviews",
    "notes?",
    "recap",
    "debrief",
    "call",
    "screen",
    "round",
    "meeting",
    "entrevista",
    "entrevue",
    r"entretien(?:[ \t]+d['’]embauche)?",
    "colloquio",
    "intervju",
    "pohovor",
    "haastattelu",
    "intervjuu",
    "cyfweliad",
    "intervista",
    "gesprek",
    "sollicitatiegesprek",
    "gespräch",
    "vorstellungsgespräch",
    "bewerbungsgespräch",
    "wawancara",
    "mülakat",
    "onderhoud",  # Afrikaans
    "razgovor",  # Slovenian, Croatian
    r"rozmowa(?:[ \t]+kwalifikacyjna)?",
    "entrevista de trabajo",
    "面接",
    "면접",
    "面试",
)
# the meeting's words a title part is read without ("interview for Barista": Barista)
MEETING_CUT_WORDS: tuple[str, ...] = (
    "interview",
    "intvw",
    "notes",
    "recap",
    "debrief",
    "entretien",
    "entrevista",
    "colloquio",
    "gespräch",
    "vorstellungsgespräch",
    "wawancara",
    # the meeting's word in the other languages the name words hold ("intervju Vestfjord Verft
    # AS": the firm after the Norwegian word)
    "intervju",
    "intervjuu",
    "pohovor",
    "haastattelu",
    "intervista",
    "entrevue",
    "onderhoud",
    "razgovor",
)

# which fact each label word gives (a word read as itself is left out: "role", "company", ...)
HEADER_FACT: dict[str, str] = {
    **{w: "role" for w in ROLE_LABEL_WORDS},
    **{w: "company" for w in COMPANY_LABEL_WORDS if w != "firm" and "[" not in w},
    "co": "company",
    **{w: "date" for w in DATE_LABEL_WORDS},
    **{w: "candidate" for w in CANDIDATE_LABEL_WORDS},
    **{w: "me" for w in ME_LABEL_WORDS},
    **{w: "with" for w in WITH_LABEL_WORDS},
}


def label_part(*words: tuple[str, ...]) -> str:
    """A regular-expression alternation of the label words, longest first (a fixed order)."""
    every = sorted({w for group in words for w in group}, key=lambda w: (-len(w), w))
    return "|".join(every)


ROLE_LABEL = "|".join(ROLE_LABEL_WORDS)
COMPANY_LABEL = "|".join(COMPANY_LABEL_WORDS)
MEETING_NAME = "|".join(MEETING_NAME_WORDS)
MEETING_WORD = "|".join(MEETING_CUT_WORDS)

# the front matter's field for each fact a label word gives
_FRONT_MATTER_FIELD = {"date": "interview_date", "me": "candidate", "with": "interviewers"}


def folded(word: str) -> str:
    """The word in lower case without its accents: "Május" is "majus", "Cég" is "ceg" (notes
    typed on a keyboard without the language's letters drop them: "allas:", "jelolt:")."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def front_matter_field(key: str) -> str | None:
    """The front matter field a label word names as a key, its accents dropped or not
    ("ceg" and "cég": company; "allas": role; "datum": interview_date; "jelolt": candidate),
    or None."""
    key = folded(key.replace("_", " ").strip())
    fact = next((f for word, f in HEADER_FACT.items() if folded(word) == key), None)
    return None if fact is None else _FRONT_MATTER_FIELD.get(fact, fact)
