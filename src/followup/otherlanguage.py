"""Words in a language other than the message's own: a message is written in English, and a
note line in Spanish, Bahasa, Turkish or Greek is never pasted into it.

People's notes mix languages ("suami harus ikut - tanya visa untuk partner nanti", "le dije
yeso agrícola + lavados", "Private — ΟΧΙ στο email"). Such a line may hold what must never
reach the interviewer, in words no English privacy pattern reads, and pasted into an English
sentence it is nonsense to the reader either way. So the writer asks of every phrase and
every note line it would use, and the gate of every draft sentence, whether it holds words of
another language:

- a letter of another script (Greek, Cyrillic, Devanagari, Arabic, Hebrew, Thai, Tamil, CJK...);
- a lower-case function word of a common notes language (Spanish, Portuguese, French,
  Italian, German, Norwegian, Bahasa Indonesia/Malay, Turkish, Tagalog, Hindi in Latin
  script), from the small word lists below, none of which is an English word;
- a lower-case word with a letter English never writes (ñ, ã, õ, ß, ı, ş, ğ), or with an
  accent, unless it is an English loanword (café, résumé, naïve).

Names are no evidence: a capitalised word, a word inside quotes ("Cymraeg y Cymoedd", a
title) and a function word that stands before a capitalised word ("de la Cruz", "Universidad
de los Andes") are skipped.

Not a library: language identifiers (langdetect, langid, lingua) guess a language from the
letters of a whole text and are unreliable on the three-to-ten words of a note phrase
("suami harus ikut" is read as Finnish or Swahili, or as English with a low score), and
lingua's models are tens of megabytes. What the writer needs is narrower, whether a phrase
has any word that is not English, and closed-class words answer that with certainty on short
phrases. Standard library only.

Content words too: the function-word lists miss "chambres vue Atlas", "esqueci-me de dizer",
"tast mi teži", "mam A2", and languages they have no list for. other-language-words.txt.gz
holds about 147,000 common words of 29 languages (French to Vietnamese, Russian and Ukrainian
in Latin letters) that English does not use, built at development time from the `wordfreq`
package's frequency lists (scripts/build_other_language_words.py; data CC BY-SA 4.0, the
notice is the file's first line). A word is kept there only when English rarely writes it and
the other language writes it at least thirty times as often, so loanwords English uses (café,
résumé, ad hoc, per diem) and names that are English words (Rose, Grant) are not in it. It is
read once, on first use, never by the linter. A lower-case word of the list is another
language's unless it is part of a name: between two capitalised words ("Nurul binti Aziz"),
or opening a phrase before one ("de los Andes"); after an English word ("crew change sa
Singapore", "chambres vue Atlas") it is not. `not_a_name` asks it of a name a reader chose: a
sign-off or company whose words are all another language's and that the notes write only in
lower case (a heading "## Esqueci-me de dizer", a line "tast mi teži, da ...") is no name.
"""

from __future__ import annotations

import bisect
import functools
import gzip
import re
import unicodedata
from pathlib import Path

# Function words and everyday words of the languages notes are written in, lower case. None
# is an English word ("con", "sin", "son", "the", "at", "may", "raw", "come", "den", "war",
# "die", "ma", "pa", "ko", "mo" are left out), nor a common part of a name ("de", "la", "el",
# "del", "van", "von", "der", "di", "da", "dos", "bin", "al").
_WORDS = {
    "spanish": """
        que pero muy los las una unos unas también tambien porque cuando donde está están
        estoy estaba tiene tienen tengo hay fue eran hablar dice dijo quiere puede hacer hace
        todo todos nada algo mucho muchos poco ahora después despues aquí aqui entonces
        siempre nunca mejor desde hasta por su sus mis nosotros ellos ella él usted más
        qué cómo así les nos este esta estos esas ese eso esto sí ya cada muy bueno dije
        preguntó pregunto conté conte bajamos tenía tenia llevaba próxima proxima
        semana deciden luego puedo ojo sobre habló hablamos salario cliente voy vamos estar
        tener quiero necesito trabajo empresa entrevista preguntar conversación hablé fui
        hice pasa ahí presión
    """,
    "portuguese": """
        não uma muito você ele ela eles eu isso isto são foi tem pra já mas quando onde fazer
        falar nós meu minha seu sua aqui então mais ainda depois sempre nunca obrigado
        obrigada tenho disse perguntou também falamos pouco nao pedi desculpas demais nessa
        nesse conversa fluiu gostei gostou achei acho falou perguntei dela essa vaga
    """,
    "norwegian": """
        ikke jeg hun hadde veldig også meg deg oss dere skal kanskje hvordan hvorfor
    """,
    "french": """
        est avec mais les une dans sur très aussi nous vous elle qui ne aux ce
        cette sont été avoir faire leur leurs mes ton ses ça c'est j'ai n'est d'un d'une
        parce alors donc peut faut oui beaucoup toujours jamais rien chez selon après avant
        déjà suis étais était m'a une aussi
    """,
    "italian": """
        che sono della molto anche perché questo questa quello gli nel nella dei delle degli
        sulla però ancora sempre mai tutto niente fatto detto
    """,
    "german": """
        und nicht ist sind mit auf für ich wir dass aber noch auch sehr nur wenn oder kein
        keine bei nach wie wird werden haben hatte sie ein eine einen einem zu zum zur vom
        über schon jetzt viel mehr immer sollte muss kann weil damit gesagt gefragt habe
        erwähnen wurde sprachen
    """,
    "bahasa": """
        yang dan tidak harus ini itu dengan untuk sudah belum akan saya kami kita mereka dia
        jangan tapi agak juga lebih dari ke ada bisa mau ikut nanti besok kemarin sangat
        banyak sedikit karena kalau atau pada bilang tanya lupa kirim dua satu tiga lagi
        masih hanya semua sama bagus orang kerja pagi siang malam hari tahun tulis buat sih
        dong deh nih gak nggak terpisah wawancara catatan posisi tanggal
    """,
    "turkish": """
        ve bir bu çok için ama değil ile gibi daha olarak yok şey benim sonra lazım gerek ben
        sen biz onlar evet hayır iyi kötü şimdi dedi sordu söyledi yarın dün bugün çünkü
        eğer hem kadar sadece hep hiç
    """,
    "tagalog": """
        ang ng mga sa po naman lang kasi talaga yung ako siya niya ay kami tayo sila ito iyan
        iyon dito doon kung pero para wala meron sabi tanong gusto ayaw bukas kahapon ngayon
        medyo sobra sana daw din rin nga ba nang dahil pag habang agad sya
    """,
    "swahili": """
        mimi wewe yeye sisi nyinyi wao sana lakini kwa hiyo hii huyo ndiyo hapana asante
        nilisema alisema kwamba pia bado sasa leo kesho jana hapa pale nini gani vipi wapi
        kazi mshahara ndani
    """,
    "estonian": """
        ning aga siis kuid veel oli olen oleme pole pean peab väga ainult kõik midagi
        eile homme täna ütles küsis
    """,
    "hindi": """
        hai hain nahi nahin kya mein ki ke aur bhi tha thi hoga karna mujhe unko usko bahut
        accha achha acha lekin matlab yaar bolna batana kuch sab abhi aaj kaise kaun kab
        kyun kyunki chahiye sakta sakti raha rahi rahe gaya gayi diya liya wala wali wale
        koi jab tab agar toh
    """,
}
_ENGLISH_LOAN_WORDS = """
    café cafés résumé résumés resumé naïve naïvely naïveté fiancé fiancée cliché clichés
    décor déjà entrée entrées façade protégé protégés rôle über jalapeño jalapeños piñata
    señor señora doppelgänger crème soirée coördinate coöperate pâté sauté sautéed purée
    flambé consommé canapé canapés touché exposé vis-à-vis à première née attaché
"""
_ENGLISH_LOANS = frozenset(_ENGLISH_LOAN_WORDS.split())
# Words English uses that the frequency data counts as another language's: the parts of the
# loan phrases English writes ("per diem", "ad hoc", "sous vide", "con brio") and rare English
# words that are common elsewhere ("ilk", "qua", "jest")
_ENGLISH_USE_WORDS = """
    diem hoc vide sous gusto bona fide brio vis versa facto jure alia passim circa qua ilk
    jest tot tots runt bide bade sled vise toga erg sett rase lave prate gar dag mange rata
    lidar
    mise en place, carte blanche, joie de vivre, raison d'être, savoir faire, laissez faire,
    quid pro quo, pro bono, al dente, al fresco, et cetera, en route, tour de force
"""
_ENGLISH_USES = frozenset(_ENGLISH_USE_WORDS.replace(",", " ").split())
_DATA = Path(__file__).with_name("other-language-words.txt.gz")


@functools.cache
def _common_list() -> list[str]:
    """The common words of other languages (the docstring), sorted, read once on first use;
    searched by bisection (a set of 147,000 words costs several times the reading)."""
    text = gzip.decompress(_DATA.read_bytes()).decode("utf-8")
    return text.partition("\n")[2].split()  # the first line is the data's notice


def _common(word: str) -> bool:
    """In the data, and not the notes' English shorthand ("wk", "cert", "init", "repos":
    words of Dutch, Catalan, Tagalog, French too)."""
    words = _common_list()
    at = bisect.bisect_left(words, word)
    if at == len(words) or words[at] != word:
        return False
    from followup.writer.topic_english import is_shorthand  # the writer's lexicon, lazily

    return not is_shorthand(word)


def is_other_language_word(word: str) -> bool:
    """Whether a word, as a lower-case word, is a common word of another language that is
    no English word ("dizer", "chambres", "teži", "sa", "mimi"; not "café", "rose", "per")."""
    low = word.lower().replace("’", "'")
    if low in _ENGLISH_LOANS or low in _ENGLISH_USES or low in _NAME_PARTS:
        return False
    return low in _stop_words() or _common(low)


# the lower-case parts of names ("de la Cruz", "van Dijk", "Nurul binti Aziz")
_NAME_PART_WORDS = "de la le el del della van von der den ter di da do dos das du bin binti al y e"
_NAME_PARTS = frozenset(_NAME_PART_WORDS.split())
_LETTERS_NOT_ENGLISH = re.compile(r"[ñãõßışğœ]")
_ACCENTED = re.compile(r"[áàâäéèêëíìîïóòôöúùûüç]")
_WORD = re.compile(r"[^\W\d_](?:[\w’'-]*[^\W\d_])?")
_LINK = re.compile(r"\S+://\S+|\bwww\.\S+|\S+@\S+|\b[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/\S*")
_QUOTED = re.compile(r"“[^”\n]*”|\"[^\"\n]*\"|«[^»\n]*»")


@functools.cache
def _stop_words() -> frozenset[str]:
    return frozenset(w for words in _WORDS.values() for w in words.split())


def _latin(ch: str) -> bool:
    """Whether a letter is one of the Latin alphabet's (accented or not)."""
    return ch.isascii() or unicodedata.name(ch, "").startswith("LATIN")


def other_language_words(text: str) -> list[str]:
    """The words of the text that are in another language than English, as written (empty
    when there are none). Names, quoted titles and the function words of a name are not
    counted (see the module's docstring)."""
    found: list[str] = []
    unquoted = _QUOTED.sub(lambda m: " " * len(m.group()), text)
    unquoted = _LINK.sub(lambda m: " " * len(m.group()), unquoted)  # "https://yle.fi/a/74"
    words = list(_WORD.finditer(unquoted))
    stop = _stop_words()
    for i, m in enumerate(words):
        word = m.group()
        if not all(_latin(ch) for ch in word if ch.isalpha()):
            found.append(word)  # another script: "ΟΧΙ", "निजी"
            continue
        if not word.islower():
            continue  # a name, or a sentence's first word
        low = word.replace("’", "'")
        if low in _ENGLISH_LOANS or re.sub(r"'s$", "", low) in _ENGLISH_LOANS:
            continue
        if low not in _ENGLISH_USES and (low in stop or _common(low)):
            if _in_a_name(words, i, stop):
                continue  # "de los Andes", "Cymraeg y Cymoedd", "Nurul binti Aziz"
            found.append(word)
        elif _LETTERS_NOT_ENGLISH.search(low) or _ACCENTED.search(low):
            found.append(word)
    return found


def _in_a_name(words: list[re.Match[str]], i: int, stop: frozenset[str]) -> bool:
    """Whether the lower-case word at i is part of a name: the next word that is neither a
    function word nor a name's part is capitalised, and the word just before is capitalised
    or a name's part ("Universidad de los Andes", "Nurul binti Aziz"); after a lower-case
    word ("change sa Singapore") or opening the text ("kein Problem") it is not."""
    small = stop | _NAME_PARTS
    after = next((w.group() for w in words[i + 1 :] if w.group() not in small), "")
    if not after[:1].isupper() or i == 0:
        return False
    before = words[i - 1].group()
    return before[:1].isupper() or before.lower() in _NAME_PARTS


_NAME_WORD = re.compile(r"[^\W\d_]+")


def not_a_name(name: str, notes: str) -> bool:
    """Whether a name a reader chose (a sign-off, a company) is a phrase of another language
    and no name: half of its words at least (a name's parts aside) are another language's
    common words (a word of two letters aside), and the notes write it only in lower case,
    inside a line of that language ("## Esqueci-me de dizer" read as "De Dizer", "tast mi
    teži, da naj prodam panje" as "Tast Mi Teži"). A name the notes capitalise anywhere
    ("Paz Blanco"), or type in lower case among English words ("me: paz blanco, hr"), stays
    a name."""
    parts = _NAME_WORD.findall(name)
    other = sum(is_other_language_word(w) for w in parts)
    weighed = [w for w in parts if w.lower() not in _NAME_PARTS and len(w) > 2]
    if not other or other * 2 < len(weighed):
        return False
    pattern = r"(?<!\w)" + r"[^\w\n]+".join(re.escape(w) for w in parts) + r"(?!\w)"
    seen = list(re.finditer(pattern, notes, re.IGNORECASE))
    if not seen or any(m.group()[:1].isupper() for m in seen):
        return False  # the notes write it as a name somewhere
    for m in seen:
        start = notes.rfind("\n", 0, m.start()) + 1
        end = notes.find("\n", m.end())
        rest = notes[start : m.start()] + " " + notes[m.end() : len(notes) if end < 0 else end]
        if not any(is_other_language_word(w) for w in _NAME_WORD.findall(rest)):
            return False  # "me: paz blanco, hr": a name typed in lower case
    return True


def in_other_language(text: str) -> bool:
    """Whether a phrase holds any word of another language (a message is English)."""
    return bool(other_language_words(text))


def mostly_other_language(line: str) -> bool:
    """Whether a note line is written in another language: two of its words or more are, and
    a quarter of them at least ("fertirriego en arándano en macrotúnel: pH del agua"). One
    such word in an English line ("Ibu Priya, very friendly") is a name or a greeting, and a
    line that mixes a French aside into English ("parlé beaucoup d'accessibilité — they're
    redoing the transit app ...") stays: only its English phrases may be said, since each
    phrase is asked `in_other_language` before it is used."""
    found = len(other_language_words(line))
    return found >= 2 and found * 4 >= len(_WORD.findall(line))


def other_language_label(label: str) -> bool:
    """Whether a line's label ("Mimi:", "Jaz:", "Eu:") is words of another language only: the
    reader cannot tell what it labels ("mimi" is Swahili "me"), so its value is no firm."""
    words = _NAME_WORD.findall(label)
    return bool(words) and all(is_other_language_word(w) for w in words)


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the text's quoted titles (“...”, "...", «...»): a title keeps its own
    language ("Puno: heladas afectan a más de 40 mil alpacas")."""
    return [(m.start(), m.end()) for m in _QUOTED.finditer(text)]
