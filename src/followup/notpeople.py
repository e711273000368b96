"""Names the readers took for people that are the notes' shorthand or a pasted form's label.

Two forms, each told by grammar and by the form of the line, not by a list of the words:

- shorthand: a one-letter "first name" before a word the English lexicon knows only as an
  adjective, an adverb or a verb's form, never as a noun a surname could be ("v friendly",
  "V Helpful", "s keen" are "very friendly" and the like; "J Young" and "K Brown" keep their
  surnames, which are nouns too). Written in lower case in the notes, any adjective will do
  ("v good").
- a label and its value: a "name" holding the meeting's own word ("Meeting ID", "Interview
  Room") or a "title" that is only figures ("371 446 902 118 5"): a pasted Teams or Zoom
  invitation's line, not someone met.
- a pronoun's contraction: "he'll schedule" at a line's end read as "He'Ll Schedule"; a
  name's apostrophe is a surname's (O'Brien, D'Souza), never a pronoun's "'ll", "'d", "'re".

Standard library only (the lexicon is wordclass.py's).
"""

from __future__ import annotations

from followup import keptre as re  # the re functions, patterns kept compiled (keptre.py)
from followup.labelwords import MEETING_NAME
from followup.lazyre import lazy_compile
from followup.wordclass import ADJ, ADV, NOUN, PARTICIPLE, VERB, lexicon_classes

_MEETING = lazy_compile(rf"^(?i:{MEETING_NAME})$")
_FIGURES = lazy_compile(r"^[\d\s().+#:/-]*\d[\d\s().+#:/-]*$")
_DESCRIBING = frozenset({ADJ, ADV, PARTICIPLE, VERB})


def shorthand_name(name: str, text: str) -> bool:
    """'V Friendly': a one-letter word before a describing word, the notes' shorthand."""
    words = name.split()
    if len(words) != 2 or not re.fullmatch(r"[^\W\d_]", words[0]):
        return False
    word = words[1]
    if not re.fullmatch(r"[^\W\d_]+", word):
        return False
    classes = lexicon_classes(word.lower())
    if not classes & _DESCRIBING:
        return False
    if NOUN not in classes:
        return True
    # written in lower case in the notes: "v good" is shorthand even though "good" is a noun
    said = rf"(?<![\w’'-]){re.escape(words[0].lower())}\s+{re.escape(word.lower())}(?![\w’'-])"
    return bool(re.search(said, text)) and ADJ in classes


def label_not_person(name: str, title: str | None) -> bool:
    """'Meeting ID' with the title '371 446 902 118 5': a pasted invitation's label."""
    if any(_MEETING.match(w) for w in name.split()):
        return True
    return bool(title) and bool(_FIGURES.match(title or ""))


_CONTRACTION = lazy_compile(
    r"^(?i:i|you|he|she|it|we|they|that|there|who|what|let)['’](?i:ll|d|re|ve|s|m)$"
)


def contraction_name(name: str) -> bool:
    """'He'Ll Schedule': a word of the name is a pronoun's contraction."""
    return any(_CONTRACTION.match(w) for w in name.split())


def shorthand_or_label(name: str, title: str | None, text: str) -> bool:
    """Any form of the module docstring."""
    return shorthand_name(name, text) or label_not_person(name, title) or contraction_name(name)
