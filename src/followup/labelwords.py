"""The labels a note puts before the job and the employer, in the languages notes are written in.

"Role: Data Scientist", "Stanowisko: Księgowa", "Puesto: Cocinero", "Company: Nordvik Laks AS",
"Arbeitgeber: Spedition Kraus", "Perusahaan: PT Sinar Jaya": a label word, a colon, the value.
Kept here, once, for every reader that reads a labelled line (factplace.py's header block and
labelled lines, noteheader.py's labels), so that a language added for one is read by all.

Standard library only: two word lists, and the regular-expression parts built from them in a
fixed order (a pattern's source is the same in every run: lazyre.py keeps its compiled code).
"""

from __future__ import annotations

# the job: English, then German, French, Spanish, Italian, Portuguese, Indonesian and Malay,
# Dutch, Norwegian and Danish, Swedish, Polish, Czech and Slovak
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
)
ROLE_LABEL = "|".join(ROLE_LABEL_WORDS)
COMPANY_LABEL = "|".join(COMPANY_LABEL_WORDS)
