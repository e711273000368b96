"""The words that mark a name as an organisation's, in one place for every reader.

Four readers once kept their own lists: the last word of a lower-case business name
(notenames), the last word of a banner's firm (bannerfirm), the kind of business said before a
bracketed name (noteheader) and the word anywhere in a capitalised part that makes it an
organisation rather than a person (factplace). They are kept here, each list what its readers
ask, so that a word added for one form is seen beside the others:

- ORG_SUFFIXES: the last word of many businesses' names ("greenleaf co-op", "harbor grill",
  "rye & barrel bar"), in lower case: what marks a lower-case phrase after "at" or "from" as a
  place of work.
- BUSINESS_END: more last words of a capitalised business name ("Narrowcliff Boatworks",
  "Pellham Marina") that a lower-case note would not make a firm of.
- BUSINESS_KINDS: the kinds of business place a note names before the business's own name
  ("at the shop (Crust & Crumb)").
- ORG_SIGN: a word anywhere in a name, in the languages notes are written in ("Department",
  "GmbH", "Spółka", "Ayuntamiento", "&"), that makes it an organisation's name.
- INSTITUTION: the public and corporate words of ORG_SIGN that a header line's "Where:" value
  or a person-like name is checked for.

Standard library only: word lists and the patterns built from them, in a fixed order (a
pattern's source is the same in every run, so its compiled code is kept: lazyre.py).
"""

from __future__ import annotations

from followup import keptre as re  # the re functions, patterns kept compiled (keptre.py)
from followup.lazyre import lazy_compile

_ORG_SUFFIX_TEXT = """co-op coop co inc llc ltd corp group labs lab studio studios partners bank
hospital clinic school university college library foods market cafe café restaurant hotel bakery
brewery agency grill bar bistro kitchen diner pub tavern club gym salon spa pharmacy dental
health motors logistics systems solutions press media outfitters supply fc afc plc gmbh museum
gallery trust council cooperative co-operative society association alliance union resort
network laboratories services centre center collective consortium partnership llp nv bv bhd pty
court tribunal ministry"""
ORG_SUFFIXES = frozenset(_ORG_SUFFIX_TEXT.split())

_BUSINESS_END_TEXT = """yard works worx marina farm farms estate mill garage depot warehouse
factory plant store stores shop boatyard nursery kennels stables vineyard winery dairy quarry"""
BUSINESS_END_WORDS = tuple(_BUSINESS_END_TEXT.split())
BUSINESS_END = lazy_compile(r"(?:" + "|".join(BUSINESS_END_WORDS) + r")$", re.I)

BUSINESS_KINDS = frozenset(
    ["shop", "store", "office", "site", "yard", "depot", "warehouse", "salon", "firm", "practice"]
)

# public bodies and corporate forms, in English: the first words of ORG_SIGN
INSTITUTION_WORDS: tuple[str, ...] = (
    "department",
    "university",
    "college",
    "inc",
    "llc",
    "llp",
    "company",
    "corp",
    "authority",
    "agency",
    "district",
    "hospital",
    "bank",
    "foundation",
    "institute",
    "city",
    "county",
    "state",
)
INSTITUTION = lazy_compile(r"\b(?:" + "|".join(INSTITUTION_WORDS) + r")\b", re.I)

# the rest of the words that make a name an organisation's, regular-expression parts ("farms?",
# "s\.a\.?"): trades and sectors, institutions and legal forms in the languages notes are in
_ORG_SIGN_MORE = (
    r"analytics|software|technologies|tech|design|consulting|conseil|surgery|practice|"
    r"spedition|gmbh|ag|sa|sas|srl|spa|bv|pt|tbk|kk|ltda|cathedral|church|council|trust|grupo|"
    r"gruppe|groupe|freight|transport|haulage|architects|associates|landscaping|construction|"
    r"builders|engineering|electrical|plumbing|roofing|automotive|medical|pharma|farms?|"
    r"nurseries|coffee|roasters|brewing|wines|insurance|capital|finance|financial|ventures|"
    r"holdings|industries|manufacturing|packaging|printing|digital|robotics|energy|solar|"
    r"utilities|telecom|security|cleaning|care|homes|housing|properties|realty|estates|legal|"
    r"chambers|accountants|consultants|consultancy|recruitment|staffing|hospitality|"
    r"hotels|resorts|retail|outdoor|apparel|fashion|cosmetics|beauty|fitness|academy|charity|"
    r"hospice|theatre|theater|airways|airlines|aviation|marine|shipping|railways?|"
    r"primary|secondary|school|nhs|trust|ministerio|ministère|ministerium|ziekenhuis|"
    r"distillery|winery|vineyard|quarry|boatyard|marina|garage|depot|dairies|dairy|"
    r"krankenhaus|klinikum|hôpital|hospital|clinique|klinik|sekolah|escuela|école|schule|"
    r"universidad|université|universität|universitas|biuro|firma|spółka|gemeente|stadt|"
    r"ayuntamiento|prefeitura|mairie|comune|kommune|sp\.?|s\.a\.?|s\.l\.?|ltda\.?"
)
ORG_SIGN = lazy_compile(
    r"&|\b(?:" + "|".join(INSTITUTION_WORDS) + "|" + _ORG_SIGN_MORE + r")(?!\w)", re.I
)

# a company's legal form, the name's last words, as each country writes it ("Läänemere Digiriik
# OÜ", "Al-Noor Denim Mills (Pvt) Ltd", "Biolab Analytik GmbH", "Sobczak i Syn", "Sp. z o.o.");
# the short capitals ("AS", "AB", "SA") only in capitals, since "as" is also a word
LEGAL_FORM = lazy_compile(
    r"(?:^|[ \t])(?:(?i:ltd\.?|limited|plc|llc|llp|inc\.?|corp\.?|gmbh|ltda\.?|pty\.?|bhd\.?|"
    r"sarl|s\.a\.r\.l\.|s\.r\.l\.|srl|s\.p\.a\.|s\.a\.s\.|s\.a\.|s\.l\.|b\.v\.|n\.v\.|kft\.?|"
    r"zrt\.?|nyrt\.?|d\.o\.o\.|s\.r\.o\.|a\.s\.|oyj|aps|a/s|pte\.?|sdn\.?[ \t]+bhd\.?|"
    r"sp\.[ \t]?z[ \t]?o\.[ \t]?o\.?|sp\.[ \t]?j\.|\(pvt\.?\)[ \t]+ltd\.?|pvt\.?[ \t]+ltd\.?)|"
    r"AS|ASA|AB|AG|KG|OHG|OÜ|Oy|SA|SAS|SpA|BV|NV|KK|"
    r"i[ \t]+Syn(?:owie)?|&[ \t]+(?:Co\.?|Sons?|Søn|Zn\.?)|e[ \t]+(?:Hijos|Filhos|Figli)|"
    r"und[ \t]+Söhne|og[ \t]+Sønner?)$"
)

# the organisation's noun that opens its name in the languages that put the head first
# ("Pracownia Organowa Sobczak", "Llyfrgell Caernarfon", "Cooperativa Agrícola", "Maison
# Zellige"): Polish, Welsh, the Romance languages, German, and the English that does the same
_ORG_HEAD_TEXT = """pracownia zakład zakłady spółdzielnia fundacja stowarzyszenie instytut
przedsiębiorstwo szkoła szpital urząd llyfrgell cyngor prifysgol coleg ysgol canolfan amgueddfa
cwmni ysbyty biblioteca bibliothèque bibliothek museo musée museu maison atelier cooperativa
coopérative cooperative coop fundación fundação fondazione fondation stiftung asociación
associação associazione association société compagnie groupe grupo clínica clinique colegio
collège escuela école escola liceo lycée instituto institut universidad université universidade
università universität agencia agence agência banco banque taller oficina restaurante ristorante
cafetería panadería boulangerie bodega viña vinícola quinta fazenda hacienda finca granja
domaine château azienda cantina caseificio queijaria laiterie ferme werkstatt genossenschaft
verein praxis kanzlei klinik hotel hôtel hostal pousada riad hospital hôpital hospice college
university museum library council ministry ministerio ministère ministerium department"""
ORG_HEAD_WORDS = tuple(_ORG_HEAD_TEXT.split())
ORG_HEAD = lazy_compile(r"(?i:" + "|".join(ORG_HEAD_WORDS) + r")[ \t]+(?=\S)")
# a business's noun at the end of a compound ("Boatworks", "Brickyard"), unlike "Bishop"
_COMPOUND_END = lazy_compile(r"\w{3,}(?:works|worx|yard)$")
# words of ORG_SIGN that a place's name holds as often as a body's ("Kansas City")
_PLACE_SIGN = lazy_compile(r"\b(?i:city|county|state|district)\b")


def org_signed(name: str) -> bool:
    """A capitalised name that says by a word of its own that it is an organisation's: its last
    word a business's or a body's ("Lotofaga Methodist College", "Maison Zellige Hotels"), a
    legal form ("Digiriik OÜ"), or an organisation's noun opening it ("Pracownia Organowa")."""
    words = name.split()
    if len(words) < 2:
        return False
    last = words[-1].lower().strip(".,")
    return bool(
        last in ORG_SUFFIXES
        or last in BUSINESS_END_WORDS
        or bool(_COMPOUND_END.search(last))
        or (ORG_SIGN.search(last) and not _PLACE_SIGN.search(last))
        or LEGAL_FORM.search(name)
        or ORG_HEAD.match(name)
    )
