"""Which words of a person's name a greeting uses: the surname after a title, the given name
in a greeting by name, the name the person goes by.

"Dear Mr. + last word" is right for "Dana Kelly" and wrong for many names a recipient has:

- a name from a culture that puts the family name first ("Lim Chhay", Khmer; "Lin Jia-hao",
  Chinese; "Nagy Péter", Hungarian; "Tanaka Hiroshi", Japanese written so) is not "Mr. Chhay";
- a surname of two words ("Vernon Iron Shell", "María García López") is not its last word;
- a name with a patronymic ("Yuldashev Rustam Akramovich") puts the surname first when the
  patronymic ends it, and says whether to write Mr. or Ms.;
- a nickname's adjective ("Big Tam Reid") is no first name: "Hello Big," is a joke.

The notes' own usage decides first: a title before part of the name ("Mr. Lim", "in writing
I will say Mr. Iron Shell") says which words are the surname. Then the name's form: a family
name that these cultures write first (a lexicon of common family names, general knowledge of
the languages, not of any batch) opening the name, a patronymic's ending.
When the order is still not sure, the greeting uses the full name ("Dear Lim Chhay,",
"Dear Mr. Vernon Iron Shell,"): never the last word alone.

And the name a person goes by when it is none of their names ("English name Jack", "Everyone
calls him Siggi", "Joe = Chatchai Srisuk"), said on the line that names them and used again
elsewhere in the notes as theirs; with the word of address the notes put before it ("Khun
Joe"), as it is said.

Standard library only: each test is the notes' own usage, a word's ending or a lexicon entry.
"""

from __future__ import annotations

from followup import keptre as re  # the re functions, patterns kept compiled (keptre.py)
from followup.lazyre import lazy_compile
from followup.noteheader import TITLE_HINT
from followup.notenames import HON, HONORIFICS

# Family names of the languages that write the family name first, romanised as they are
# written in English (Mandarin, Cantonese and Hokkien spellings; Korean; Vietnamese; Khmer;
# Japanese; Hungarian): the common ones, not every one.
_FAMILY_FIRST_TEXT = """
wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang
xie song tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei
su lu ding ren shen yao jin cui zhong tan fan shi qiu qin gu hou shao meng long wan duan lei
qian tang yin chang chan cheung leung wong ng lau kwok lam tsang tse yip mak kwan chow chu
chiu ho hui fung lai poon siu yeung tsui lim tan goh ong teo koh chua tay ang seah quek yeo
park choi jung jeong kang cho yoon yun jang lim han oh seo shin kwon hwang ahn song
jeon hong ko moon yang son bae baek heo nam noh ha
nguyen nguyễn tran trần le lê pham phạm hoang hoàng huynh huỳnh phan vu vũ vo võ dang đặng
bui bùi do đỗ ngo ngô duong dương ly lý trinh trịnh dinh đinh
sok chea heng meas keo seng pich hun kong chhim chhun srey touch prak mao nhem kheng
ouk sun chhay
sato satō suzuki takahashi tanaka watanabe ito itō yamamoto nakamura kobayashi kato katō
yoshida yamada sasaki yamaguchi matsumoto inoue kimura hayashi shimizu yamazaki mori abe
ikeda hashimoto yamashita ishikawa nakajima maeda fujita ogawa okada goto gotō hasegawa
murakami kondo kondō ishii saito saitō sakamoto endo endō aoki fujii nishimura fukuda ota
nagy kovács kovacs tóth toth szabó szabo horváth horvath varga kiss molnár molnar németh
nemeth farkas balogh papp takács takacs juhász juhasz lakatos mészáros meszaros oláh olah
rácz racz fekete szilágyi szilagyi török torok fehér feher balázs balazs
"""
FAMILY_FIRST = frozenset(_FAMILY_FIRST_TEXT.split())
# the ending of a patronymic (East Slavic, Uzbek, Kazakh, Azerbaijani), and the title it says
_PATRONYMIC = lazy_compile(
    r"(?P<m>(?:ov|ev|yev|in)ich|(?:ov|ev)ych|o['’ʻ]?g['’ʻ]?li|ogly|oglu|uly)$"
    r"|(?P<f>(?:ov|ev|yev|iv)na|ichna|qizi|kizi|kyzy|kyzi)$",
    re.I,
)
# the titles said before a surname (not "Sir", "Ma'am", "Khun": said before a given name)
_SURNAME_TITLES = "|".join(
    sorted((k.capitalize() for k in HONORIFICS if k not in ("professor",)), key=len)[::-1]
)
# an adjective that is a nickname's, before the name ("Big Tam Reid", "Wee Eck Brown")
_ADJ = "ADJ"


def _is_initial(word: str) -> bool:
    return len(word.strip(".")) <= 1


def greeted_parts(parts: list[str]) -> list[str]:
    """The name's words without a nickname's adjective before three or more words ("Big Tam
    Reid" is Tam Reid): an adjective English knows, opening a name of three words or more."""
    from followup.wordclass import lexicon_classes

    if len(parts) >= 3 and _ADJ in lexicon_classes(parts[0].lower()):
        return parts[1:]
    return parts


def _titled_runs(parts: list[str], text: str) -> dict[str, int]:
    """How often the notes write a title before a run of the name's words that is not the
    whole name ("Mr. Lim" of Lim Chhay, "Mr. Iron Shell" of Vernon Iron Shell)."""
    runs: dict[str, int] = {}
    n = len(parts)
    for k in range(n - 1, 0, -1):
        for run, after in ((parts[:k], parts[k]), (parts[n - k :], None)):
            said = r"[ \t]+".join(re.escape(w) for w in run)
            tail = rf"(?![ \t]+{re.escape(after)})" if after else ""
            if after is not None and parts[0].lower() not in FAMILY_FIRST:
                continue  # "Dr. Hesham" of Hesham Mansour: a title before a given name
            found = re.findall(  # "Dr. Park's wife" titles him too
                rf"\b(?:{_SURNAME_TITLES})\.?[ \t]+{said}(?:['’]s)?(?![\w’'-]){tail}", text
            )
            if found:
                runs.setdefault(" ".join(run), len(found))
    return runs


def family_first(parts: list[str], text: str) -> bool | None:
    """Whether the name is written family name first: True when the notes title its first
    words ("Mr. Lim" of Lim Chhay) or a patronymic ends it; None when its first word is a
    family name that these cultures write first (the order is not sure); False otherwise."""
    if len(parts) < 2:
        return False
    runs = _titled_runs(parts, text)
    first = sum(n for run, n in runs.items() if parts[0] == run.split()[0])
    last = sum(n for run, n in runs.items() if parts[-1] == run.split()[-1])
    if first or last:
        return first > last
    if len(parts) == 3 and _PATRONYMIC.search(parts[2]):
        return True
    if parts[0].lower() in FAMILY_FIRST:
        return None  # "Lim Chhay", "Kim Nguyen": either order is possible
    return False


def titled_surname(parts: list[str], text: str, default: str) -> str:
    """The words a greeting puts after a title: the surname the notes title ("Lim", "Iron
    Shell"), the first word of a name written family name first, `default` (the last word with
    its particles) for a name of two words in the usual order, else the full name."""
    parts = greeted_parts(parts)
    if len(parts) > 1 and _is_initial(parts[-1]) and not _is_initial(parts[0]):
        # "Senthil Kumar R.": an initial after the name (Tamil usage, the father's initial) is
        # never a surname; the words that are names are the name said after the title
        parts = [p for p in parts if not _is_initial(p)]
        default = " ".join(parts)
    if len(parts) < 2:
        return " ".join(parts)
    runs = _titled_runs(parts, text)
    if runs:
        return max(runs, key=lambda r: (runs[r], len(r)))
    order = family_first(parts, text)
    if order is None:
        return " ".join(parts)
    if order:
        return parts[0]
    if len(parts) == 3 and _PATRONYMIC.search(parts[1]):
        return parts[2]  # "Rustam Akramovich Yuldashev"
    named = [p for p in parts if not _is_initial(p)]
    if len(named) > 2 and len(default.split()) < len(named) - 1:
        return " ".join(parts)  # "Vernon Iron Shell": which words are the surname is not sure
    return default


def given_name(parts: list[str], text: str) -> str | None:
    """The word a greeting by name uses when it is not the first word ("Tam" of Big Tam
    Reid), or the full name when the first word may be the family name ("Lim Chhay"); None
    when the first word is the given name."""
    greeted = greeted_parts(parts)
    if greeted is not parts:
        return greeted[0]
    if len(parts) >= 2 and family_first(parts, text) is not False:
        return " ".join(parts)
    return None


# words a line uses to say the name a person goes by: "English name Jack", "everyone calls
# him Siggi", "greet him as Jack", 'he signs his emails "Jack"', "known as", "goes by"
_GOES_BY = lazy_compile(
    r"(?:\b(?i:name|called|calls?[ \t]+(?:him|her|them)|goes[ \t]+by|go[ \t]+by|known[ \t]+as|"
    r"greet[ \t]+(?:him|her|them)[ \t]+as|signs[ \t]+(?:(?:his|her|their)[ \t]+)?"
    r"(?:e-?mails?|messages?|texts?)?(?:[ \t]+as)?)|=)[ \t]*[\"“']?"
    r"(?P<n>[A-Z][a-z][\w’'-]*)"
)
# a short name, then the full name it stands for: "Joe = Chatchai Srisuk", "Joe (Chatchai
# Srisuk)"
_STANDS_FOR = r"(?<![\w;])(?P<n>[A-Z][a-z][\w’'-]*)[ \t]*(?:=[ \t]*|\([ \t]*){full}"
# words of address said before the name a person goes by, kept in the greeting
_ADDRESS = r"(?:Khun)"


def used_short_name(parts: list[str], text: str) -> str | None:
    """The name a person goes by when it is none of their names (see the module doc): said
    on a line that names them in full and written again on another line; with "Khun" before it
    when the notes write it so. None when no name, or more than one, qualifies."""
    if len(parts) == 1:  # "Khun Joe": the one name the notes give, as they say it
        addressed = re.search(rf"\b(?P<a>{_ADDRESS})[ \t]+{re.escape(parts[0])}(?![\w’'-])", text)
        return f"{addressed['a']} {parts[0]}" if addressed else None
    if not parts:
        return None
    full = r"[ \t]+".join(re.escape(p) for p in parts)
    own = [ln for ln in text.splitlines() if re.search(rf"(?<![\w’'-]){full}(?![\w’'-])", ln)]
    if not own:
        return None
    said: list[str] = []
    for line in own:
        said += [m.group("n") for m in re.finditer(_STANDS_FOR.format(full=full), line)]
        at = re.search(rf"(?<![\w’'-]){full}(?![\w’'-])", line)
        assert at is not None
        # from their name to the next person's title: "Mrs. A B (HR) and Engr. C D, everybody
        # calls him Oga" says nothing of A B
        segment = re.split(rf"\b(?:{HON})\.?[ \t]+[A-Z]", line[at.end() :])[0]
        said += [m.group("n") for m in _GOES_BY.finditer(segment)]
    lows = {p.lower() for p in parts}
    others = "\n".join(ln for ln in text.splitlines() if ln not in own)
    used: dict[str, int] = {}
    for name in dict.fromkeys(said):
        if name.lower() in lows or re.search(rf"(?<![\w’'-]){re.escape(name.lower())}\b", text):
            continue  # one of their names, or an ordinary word the notes write in lower case
        if name.lower().rstrip(".") in HONORIFICS or TITLE_HINT.fullmatch(name):
            continue  # "everybody calls him Captain": a title, greeted with the surname
        n = len(re.findall(rf"(?<![\w’'-]){re.escape(name)}(?![\w’'-])", others))
        if n:
            used[name] = n
    if not used:
        return None
    best = sorted(used, key=lambda k: -used[k])
    if len(best) > 1 and used[best[0]] == used[best[1]]:
        return None
    name = best[0]
    addressed = re.search(rf"\b(?P<a>{_ADDRESS})[ \t]+{re.escape(name)}(?![\w’'-])", text)
    return f"{addressed['a']} {name}" if addressed else name


# a greeting line: "Dear Mr. Chhay,", "Hello Big,"
_GREETING = lazy_compile(
    rf"\s*(?:Dear|Hi|Hello|Hey)[ \t]+(?:(?P<t>(?:{HON})\.?)[ \t]+)?(?P<n>[^,\n!]+?)[ \t]*[,!]"
)


def misgreeted(body: str, parts: list[str], text: str, default: str) -> str | None:
    """The greeting a draft should use instead of its own, when its own greets a word of the
    name that is not the surname after a title ("Dear Mr. Chhay," to Mr. Lim Chhay, "Dear Mr.
    Shell," to Mr. Vernon Iron Shell) or not the given name ("Hello Big," to Big Tam Reid);
    None when the greeting is right or names no one of these words. `default` is the surname
    of the usual order (the last word with its particles)."""
    m = _GREETING.match(body)
    if m is None or len(parts) < 2:
        return None
    said = m.group("n").strip()
    if m.group("t"):
        right = titled_surname(parts, text, default)
        if said != right and said in (parts[-1], default):
            return f"Dear {m.group('t')} {right},"
        return None
    given = given_name(parts, text)
    if given and said == parts[0] and given != said:
        return f"{m.group().split()[0]} {given},"
    return None
