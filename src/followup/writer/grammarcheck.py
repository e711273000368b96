"""English grammar a native reader would not accept in a sentence, read by word classes.

Notes written in a second English keep the grammar of the writer's first language, and a
sentence built from them carries it into the message ("I would like to go to menu", "my work
with the STCW certificates valid", "what I done for Ida"). Five general shapes, each read by
the lexicon (wordclass.py: parts of speech and noun countability from lemminflect; its
participles from participles.txt), not by the words of one note:

- **a singular count noun with no determiner** after a preposition: "to menu", "about new
  store" (English says "the menu", "a new store"). The noun phrase after the preposition is a
  run of lower-case nouns and adjectives; its head (the last word) is a countable singular
  noun the lexicon knows as a noun only (never an adjective; after "to", never a verb: "to
  store" is an infinitive). Not judged: a phrase with a determiner, a number, a possessive or
  a name, a noun before "of" or another preposition ("in front of", "in line with"), the
  fixed phrases English says with a bare noun ("in person", "on site", "by phone": the
  `_BARE_NOUN_PHRASES` of any grammar of English), and "X to X" pairs ("face to face");
- the same **as a verb's object** after a subject pronoun: "I manage team", "we won award
  too" (English says "a team", "an award"); only a verb the lexicon knows as nothing else
  (or "have"), and not the nouns a light verb takes bare ("take part", "have lunch");
- **an adjective after its noun**: "about the certificates valid" (Romance order; English
  says "the valid certificates"). A preposition, a determiner or none, nouns, then a word the
  lexicon knows as an adjective (or an adjective and a verb's base form), at the clause's
  end. Not judged after "with"/"without" ("with the tank full" is English), nor the
  adjectives English puts after a noun ("the options available", any -able/-ible word);
- a singular count noun with no determiner **as the subject** after "if", "when" ...,
  its verb straight after ("if stall holder fight with customer");
- **a past participle with no auxiliary** after a subject pronoun: "what I done", "we seen it"
  (English says "what I did", "what I have done"): a participle that is never a past tense.

`faults` is the gate's question of a whole draft (writer.grammar, a warning: such a draft is
review, never ready, and the finding names the words); `mend` is the offline composer's
repair of the first two shapes, where English has one answer (the article "the" after a
preposition, "a" or "an" before a verb's object; the adjective before the nouns). A
participle is named, never rewritten.
"""

from __future__ import annotations

import itertools
import re

from followup.wordclass import countable, participle_only, verb_base, word_classes

_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d[\w.,:/%-]*|[^\sA-Za-z\d]")
_SENTENCE = re.compile(r"[^.!?\n]+")

_PREPOSITION_WORDS = """
about of on for in at to from into with over under through during after before by across
around between within toward towards
"""
_PREPOSITIONS = frozenset(_PREPOSITION_WORDS.split())
# The fixed phrases English says with a bare singular count noun after a preposition
# (grammars list them as idioms of institution, means and manner): never a missing article
_BARE_NOUN_WORDS = """
    in person; on site; off site; on call; on board; on foot; on stage; on screen; on camera;
    on shift; on record; on track; on purpose; on hand; at hand; in hand; by hand; by phone;
    by email; by mail; by post; by car; by bus; by train; by plane; by bike; by boat; by ship;
    by name; by design; by default; by chance; by example; in advance; in detail; in charge;
    in turn; in part; in full; in public; in depth; in print; in house; in stock; in step;
    in person; in line; in case; in place; in town; in bed; in class; in session; at night;
    at sea; at home; at lunch; at dinner; at breakfast; at table; at scale; at random;
    at length; at heart; at cost; at issue; at stake; at desk; over lunch; over coffee;
    over dinner; over breakfast; over time; over phone; after lunch; after dinner;
    after class; after school; before lunch; to bed; to town; to date; to scale; to market;
    to court; to sea; to church; to class; to lunch; to dinner; to order; from scratch;
    from home; from memory; from experience; for example; for instance; for sale; for hire;
    on average; in principle; in practice; in theory; in total; in sequence; in parallel;
    in tandem; in unison; in person; on schedule; on budget; on spec; on demand; on deck;
    on duty; on leave; on loan; on time; under way; under pressure; under contract;
    within reach; within budget; per hour; per day; per week; per month; per year; per person
    """
_BARE_NOUN_PHRASES = frozenset(" ".join(p.split()) for p in _BARE_NOUN_WORDS.split(";"))
# adjectives English writes after a noun ("the options available", "the people involved")
_POSTPOSITIVE_WORDS = """
available possible responsible involved concerned present necessary required needed included
alone else general ahead aside apart enough overall alike ago abroad together due galore
aplenty proper elect designate emeritus extraordinaire prior
"""
_POSTPOSITIVE = frozenset(_POSTPOSITIVE_WORDS.split())
_DETERMINERS_WORDS = "the a an this that these those each every"
_DETERMINERS = frozenset(_DETERMINERS_WORDS.split())
# words that make a time noun definite as a determiner does: "from last week", "next year"
_TIME_DETERMINERS_WORDS = "last next past coming following previous same"
_TIME_DETERMINERS = frozenset(_TIME_DETERMINERS_WORDS.split())
# the seasons are said bare as English names a period ("in fall", "in high season", "for
# stone fruit season", "during flu season")
_PERIODS_WORDS = "season fall spring summer winter autumn"
_PERIODS = frozenset(_PERIODS_WORDS.split())
_SUBJECTS_WORDS = "i we they he she"
_SUBJECTS = frozenset(_SUBJECTS_WORDS.split())


def _tokens(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def _is_word(tok: str) -> bool:
    return tok[:1].isalpha()


def _lower_word(tok: str) -> bool:
    return bool(re.fullmatch(r"[a-z][a-z-]*", tok))


def _noun_run(toks: list[tuple[str, int, int]], j: int) -> int:
    """The end (exclusive) of the run of lower-case nouns and adjectives from toks[j]."""
    k = j
    while k < len(toks) and _lower_word(toks[k][0]):
        classes = word_classes(toks[k][0])
        if not classes & {"NOUN", "ADJ", "PARTICIPLE"} or classes & {
            "DET",
            "PREP",
            "PRON",
            "AUX",
            "CONJ",
            "WH",
            "NEG",
            "POSS",
        }:
            break
        k += 1
    return k


def _clause_end(toks: list[tuple[str, int, int]], k: int) -> bool:
    """Whether nothing of the noun phrase goes on at toks[k]: the sentence's end, a mark,
    a conjunction, or a relative or subordinating word."""
    if k >= len(toks):
        return True
    tok = toks[k][0]
    if not _is_word(tok):
        return tok in ',;:)!?."”'
    return tok.lower() in ("and", "or", "but", "so", "because", "which", "that", "who", "when")


def missing_articles(sentence: str) -> list[tuple[int, int, int, str]]:
    """(start, end, where 'the' goes, why) for each singular count noun with no determiner
    after a preposition (the module docstring)."""
    toks = _tokens(sentence)
    out = []
    for i, (tok, _, _) in enumerate(toks[:-1]):
        prep = tok.lower()
        if prep not in _PREPOSITIONS or (tok[:1].isupper() and i > 0):
            continue
        j = i + 1
        k = _noun_run(toks, j)
        if k == j:
            continue  # a determiner, a name, a number, a pronoun, a verb ...
        head = toks[k - 1][0]
        run = [t for t, _, _ in toks[j:k]]
        if k < len(toks) and (
            toks[k][0].lower() in _PREPOSITIONS or re.fullmatch(r"['’]s?", toks[k][0])
        ):
            continue  # "in front of", "in line with": the noun belongs to a fixed phrase
        if k < len(toks) and (toks[k][0][:1].isupper() or toks[k][0][:1].isdigit()):
            continue  # "at bay Avenue", "on page 3": a name or a figure goes on
        if not _clause_end(toks, k):
            continue  # the phrase goes on in a way this reading does not follow
        if not countable(head) or "ADJ" in word_classes(head) or "GERUND" in word_classes(head):
            continue
        if run[0].lower() in _TIME_DETERMINERS or head.lower() in _PERIODS:
            continue  # "from last week", "in high season"
        if k < len(toks) and toks[k][0].lower() in ("and", "or"):
            continue  # "catch and release", "trial and error": a pair said bare
        if prep == "of" and len(run) == 1:
            continue  # "order of draw", "point of sale", "proof of concept": a compound
        if prep == "to" and any(verb_base(w) for w in run[:1]):
            continue  # "to store", "to change course": an infinitive
        if len(run) == 1 and f"{prep} {head.lower()}" in _BARE_NOUN_PHRASES:
            continue
        before = toks[i - 1][0].lower() if i > 0 else ""
        if len(run) == 1 and before == head.lower():
            continue  # "face to face", "day to day", "door to door"
        if i > 0 and _lower_word(before) and countable(before) and len(run) == 1:
            continue  # "end to end", "peer to peer", "business to business"
        start, end = toks[i][1], toks[k - 1][2]
        said = sentence[start:end]
        why = (
            f"'{said}': the singular noun '{head}' needs an article before it "
            f"('{prep} the {sentence[toks[j][1] : end]}')"
        )
        out.append((start, end, toks[j][1], why))
    return out


_HAVE = frozenset(("have", "has", "had"))
# the nouns a light verb takes bare ("take part", "make sense", "have lunch"): idioms, never
# a missing article
_LIGHT_VERB_WORDS = "part place sense room way note track lunch dinner breakfast charge hold"
_LIGHT_VERB_NOUNS = frozenset(_LIGHT_VERB_WORDS.split())
# words the lexicon lists as nouns that a verb of saying takes as said ("I said yes")
_INTERJECTIONS = frozenset(("yes", "no", "hello", "goodbye", "okay", "thanks", "sorry"))
_TRAILING = frozenset(("too", "also", "now", "already", "again", "here", "there", "today"))


def bare_objects(sentence: str) -> list[tuple[int, int, int, str]]:
    """(start, end, where the article goes, why) for a subject pronoun and its verb whose
    object is a singular count noun with no determiner: 'I have tech trainer license too'."""
    toks = _tokens(sentence)
    out = []
    for i in range(len(toks) - 2):
        subject, verb = toks[i][0], toks[i + 1][0]
        if subject.lower() not in _SUBJECTS or subject not in (subject.lower(), subject.title()):
            continue
        if subject == "i":
            continue  # the notes' lower-case "i" is another rule's
        classes = word_classes(verb)
        if not _lower_word(verb) or not (
            verb in _HAVE or (classes & {"VERB", "PARTICIPLE"} and not classes & {"NOUN", "ADJ"})
        ):
            continue  # "I manage", "we built", "I have": a verb that can be nothing else
        j = i + 2
        k = _noun_run(toks, j)
        if k == j:
            continue
        head = toks[k - 1][0]
        end = k
        while end < len(toks) and toks[end][0].lower() in _TRAILING:
            end += 1
        if not _clause_end(toks, end) or (k < len(toks) and toks[k][0].lower() in ("and", "or")):
            continue
        head_classes = word_classes(head)
        if not countable(head) or head_classes & {"ADJ", "GERUND"}:
            continue
        if head.lower() in _LIGHT_VERB_NOUNS | _INTERJECTIONS and k - j == 1:
            continue  # "take part", "said yes"
        start = toks[i][1]
        said = sentence[start : toks[k - 1][2]]
        article = "an" if toks[j][0][0] in "aeio" else "a"
        why = (
            f"'{said}': the singular noun '{head}' needs an article before it "
            f"('{verb} {article} {sentence[toks[j][1] : toks[k - 1][2]]}')"
        )
        out.append((start, toks[k - 1][2], toks[j][1], why))
    return out


_CLAUSE_AUX_WORDS = "will would can could should must might may is was has does did"
_CLAUSE_AUX = frozenset(_CLAUSE_AUX_WORDS.split())
_SUBORDINATORS = frozenset(("if", "when", "whenever", "whether", "because", "until", "unless"))


def bare_subjects(sentence: str) -> list[tuple[int, int, str]]:
    """(start, end, why) for a clause after 'if', 'when' ... whose subject is a singular count
    noun with no determiner, its verb straight after: 'what I do if stall holder fight with
    a customer' (English says 'if a stallholder fights'). Named, not mended: the verb's
    agreement may be wrong too."""
    toks = _tokens(sentence)
    out = []
    for i in range(len(toks) - 2):
        opener = toks[i][0]
        j = i + 1
        k = _noun_run(toks, j)
        if k == j:
            continue
        if opener.lower() not in _SUBORDINATORS:
            # a clause with no "that" after a verb or a question word, its subject before a
            # modal or "is"/"has": "how I think stall holder will feel"
            classes = word_classes(opener) if _lower_word(opener) else frozenset()
            after_subject = i > 0 and toks[i - 1][0].lower() in _SUBJECTS  # "I think", "we know"
            if opener.lower() == "whose" or not (
                classes & {"WH"} or classes == {"VERB"} or ("VERB" in classes and after_subject)
            ):
                continue  # "whose card was": a determiner
            if k >= len(toks) or toks[k][0].lower() not in _CLAUSE_AUX:
                continue
            head = toks[k - 1][0]
            if countable(head) and not word_classes(head) & {"ADJ", "GERUND"}:
                why = (
                    f"'{sentence[toks[j][1] : toks[k][2]]}': the singular noun '{head}' needs "
                    f"'a' or 'the' before it ('the {sentence[toks[j][1] : toks[k - 1][2]]} "
                    f"{toks[k][0]} ...')"
                )
                out.append((toks[j][1], toks[k][2], why))
            continue
        found = None
        # the verb after the run ("if customer complains"), or its last word when that can be
        # a verb and nothing of the phrase goes on ("if stall holder fight with ...")
        if k < len(toks) and _lower_word(toks[k][0]) and word_classes(toks[k][0]) == {"VERB"}:
            found = k
        elif k - j >= 2 and "VERB" in word_classes(toks[k - 1][0]):
            after = toks[k][0] if k < len(toks) else "."
            classes = word_classes(after) if _is_word(after) else frozenset()
            if not _is_word(after) or classes & {"PREP", "DET", "PRON", "POSS"}:
                found = k - 1
        if found is None:
            continue
        head = toks[found - 1][0]
        if not countable(head) or word_classes(head) & {"ADJ", "GERUND"}:
            continue  # "when needed", "if possible", "when training starts"
        start, end = toks[j][1], toks[found][2]
        why = (
            f"'{sentence[toks[i][1] : end]}': the singular noun '{head}' needs 'a' or 'the' "
            f"before it ('{toks[i][0]} the {sentence[start : toks[found - 1][2]]} ...')"
        )
        out.append((toks[i][1], end, why))
    return out


def adjectives_after_nouns(sentence: str) -> list[tuple[int, int, int, int, str]]:
    """(start, end, where the nouns start, the adjective's start, why) for each adjective
    after its noun at a clause's end (the module docstring)."""
    toks = _tokens(sentence)
    out = []
    for i, (tok, _, _) in enumerate(toks[:-2]):
        if tok.lower() not in _PREPOSITIONS or tok.lower() in ("with", "without"):
            continue
        det = toks[i + 1][0].lower() in _DETERMINERS | {"my", "your", "our", "their", "his"}
        j = i + 2 if det else i + 1  # "about the certificates valid", "about certificates valid"
        k = j  # nouns and acronyms: "the STCW certificates"
        while k < len(toks) and _is_word(toks[k][0]):
            classes = word_classes(toks[k][0])
            if toks[k][0].isupper() and len(toks[k][0]) > 1:
                k += 1
                continue
            if not _lower_word(toks[k][0]) or "NOUN" not in classes or "ADJ" in classes:
                break
            k += 1
        if k == j or k >= len(toks) or not any(_lower_word(t) for t, _, _ in toks[j:k]):
            continue
        adj = toks[k][0]
        classes = word_classes(adj)
        if not _lower_word(adj) or "ADJ" not in classes or classes - {"ADJ", "VERB"}:
            continue  # a noun, an adverb, a participle ("the time spent", "the work done")
        if "VERB" in classes and not verb_base(adj):
            continue
        if adj in _POSTPOSITIVE or re.search(r"(?:able|ible)$", adj):
            continue
        if not _clause_end(toks, k + 1):
            continue
        start, end = toks[i][1], toks[k][2]
        nouns = sentence[toks[j][1] : toks[k - 1][2]]
        first = f"{toks[i + 1][0]} " if det else ""
        why = (
            f"'{sentence[start:end]}': the adjective '{adj}' comes after its noun; English "
            f"writes it first ('{first}{adj} {nouns}')"
        )
        out.append((start, end, toks[j][1], toks[k][1], why))
    return out


def bare_participles(sentence: str) -> list[tuple[int, int, str]]:
    """(start, end, why) for a past participle straight after a subject pronoun."""
    toks = _tokens(sentence)
    out = []
    for (tok, start, _), (nxt, _, end) in itertools.pairwise(toks):
        if (
            tok.lower() in _SUBJECTS
            and tok in (tok.lower(), tok.capitalize())
            and participle_only(nxt)
        ):
            if not nxt.islower():
                continue
            why = (
                f"'{tok} {nxt}': '{nxt}' is a past participle and needs 'have' or 'had' before "
                f"it ('{tok} have {nxt}'), or the past tense"
            )
            out.append((start, end, why))
    return out


def faults(text: str, start: int = 0) -> list[tuple[int, int, str]]:
    """Each sentence fault of the draft's text from `start` (the body): (start, end, why)."""
    found = []
    for m in _SENTENCE.finditer(text, start):
        s, sentence = m.start(), m.group()
        for a, b, _, why in missing_articles(sentence) + bare_objects(sentence):
            found.append((s + a, s + b, why))
        for a, b, _, _, why in adjectives_after_nouns(sentence):
            found.append((s + a, s + b, why))
        for a, b, why in bare_participles(sentence) + bare_subjects(sentence):
            found.append((s + a, s + b, why))
    return found


def mend(text: str) -> str:
    """The offline composer's repair, sentence by sentence: 'the' before a singular count
    noun that has no determiner; an adjective put before its nouns."""
    out = []
    last = 0
    for m in _SENTENCE.finditer(text):
        out.append(text[last : m.start()])
        out.append(_mend_sentence(m.group()))
        last = m.end()
    out.append(text[last:])
    return "".join(out)


def _mend_sentence(sentence: str) -> str:
    for _ in range(4):  # one repair at a time, read again after each
        moved = adjectives_after_nouns(sentence)
        if moved:
            _, _, nouns, adj_at, _ = moved[0]
            adj_end = adj_at + len(_tokens(sentence[adj_at:])[0][0])
            adj = sentence[adj_at:adj_end]
            nouns_text = sentence[nouns:adj_at].rstrip()
            sentence = f"{sentence[:nouns]}{adj} {nouns_text}{sentence[adj_end:]}"
            continue
        bare = missing_articles(sentence)
        if bare:
            at = bare[0][2]
            sentence = f"{sentence[:at]}the {sentence[at:]}"
            continue
        objects = [o for o in bare_objects(sentence) if sentence[o[2]] not in "uUhH"]
        if objects:  # "a" or "an" by the first letter ("a user", "an hour" are not sure)
            at = objects[0][2]
            article = "an" if sentence[at] in "aeioAEIO" else "a"
            sentence = f"{sentence[:at]}{article} {sentence[at:]}"
            continue
        break
    return sentence
