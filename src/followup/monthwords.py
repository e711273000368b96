"""A day written with its month's name in any language, in a value the notes label as a date.

"**Dyddiad:** Dydd Iau, 2 Hydref 2025, 11.00" (Welsh), "datum: 2025. május 20., kedd, 9:30"
(Hungarian), "Data: 3 de março de 2025": the label says the value is the day; the ordinary
reader (notes.parse_date) knows the English month names only, and a month name in another
language is read here. The month names are not a list kept in this project: they are the
CLDR month names dateparser (a dependency already, kept up to date with CLDR) ships for each
of its two hundred languages, read once, when a labelled value needs them. A word that names
two months in different languages ("listopad": November in Polish, October in Croatian) is
left out, and so are words shorter than three letters and every word the English lexicon
(wordclass.py) knows ("here", "set", "sun": a word, not a month; English months are
notes.parse_date's).

The day is the number beside the month's name (before it, "2 Hydref", "3 de março"; or
after it, "május 20."), the year the four-figure number of the value; without a year, the
latest such day up to `today`. Only a labelled value is read so: a free line's "Mai" or
"Luty" is not a date.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from pathlib import Path

from followup import keptre as re  # the re functions, patterns kept compiled (keptre.py)
from followup.labelwords import folded
from followup.notenames import MONTH_NAMES
from followup.wordclass import lexicon_classes

_TOKEN = re.compile(r"[^\W\d_]+(?:[.'’-][^\W\d_]+)*|\d+")


@functools.cache
def month_lexicon() -> dict[str, int]:
    """Every language's month names (dateparser's CLDR data), folded, to the month's number;
    a word two months share, of fewer than three letters, or an English word, is left out."""
    import importlib
    import pkgutil

    data = importlib.import_module("dateparser.data.date_translation_data")
    seen: dict[str, set[int]] = {}
    for module in sorted(m.name for m in pkgutil.iter_modules(data.__path__)):
        info = importlib.import_module(f"{data.__name__}.{module}").info
        for number, month in enumerate(MONTH_NAMES, 1):
            for word in info.get(month, []):
                key = folded(word).strip(".")
                if len(key) >= 3 and key.isalpha():
                    seen.setdefault(key, set()).add(number)
    return {
        word: next(iter(n)) for word, n in seen.items() if len(n) == 1 and not lexicon_classes(word)
    }


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


@functools.cache
def day_name_words() -> frozenset[str]:
    """Every word of every language's weekday names, folded: "dydd" and "iau" of Welsh "Dydd
    Iau"; words of fewer than three letters and English words left out. Read from
    day-name-words.txt, built from dateparser's CLDR data by scripts/build_day_name_words.py
    (importing those 207 modules on every write cost more than the rest of the reading)."""
    path = Path(__file__).with_name("day-name-words.txt")
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(ln for ln in lines if ln and not ln.startswith("#"))


def day_name_words_from_cldr() -> frozenset[str]:
    """day_name_words, from dateparser's CLDR data (what the shipped file is built from)."""
    import importlib
    import pkgutil

    data = importlib.import_module("dateparser.data.date_translation_data")
    words: set[str] = set()
    for module in sorted(m.name for m in pkgutil.iter_modules(data.__path__)):
        info = importlib.import_module(f"{data.__name__}.{module}").info
        for day in _WEEKDAYS:
            for name in info.get(day, []):
                words.update(w for w in folded(name).split() if len(w) >= 3 and w.isalpha())
    return frozenset(w for w in words if not lexicon_classes(w))


def a_day_name(value: str) -> bool:
    """Whether a value read as a name is a weekday's name in some language ("Dydd Iau", the
    Welsh Thursday, read as the writer's name): two words or more, every one a weekday name's
    word (one word may be a person's name too: "Juma")."""
    words = re.findall(r"[^\W\d_]+", folded(value))
    return len(words) >= 2 and all(w in day_name_words() for w in words)


def day_in_any_language(value: str, today: dt.date) -> dt.date | None:
    """The day a labelled date value writes with a month's name in any language, or None
    (see the module docstring)."""
    if not re.search(r"\d", value) or not re.search(r"[^\W\d_]{3}", value):
        return None
    tokens = _TOKEN.findall(value)
    years = [int(t) for t in tokens if t.isdigit() and len(t) == 4 and 1900 < int(t) < 2100]
    lexicon = month_lexicon()
    for i, token in enumerate(tokens):
        month = lexicon.get(folded(token)) if not token.isdigit() else None
        if month is None:
            continue
        before = [i - 1]
        if i >= 2 and tokens[i - 1].isalpha() and len(tokens[i - 1]) <= 3:
            before.append(i - 2)  # "3 de março", "2 o Hydref": a short word between
        beside = [tokens[k] for k in (*before, i + 1) if 0 <= k < len(tokens)]
        days = [int(t) for t in beside if t.isdigit() and len(t) <= 2 and 1 <= int(t) <= 31]
        if not days:
            continue
        return _dated(years[0] if years else None, month, days[0], today)
    return None


def labelled_day(
    date_text: str, today: dt.date, parse_date: Callable[[str, dt.date], dt.date | None]
) -> dt.date | None:
    """The day the header's date line writes with a month's name in another language, when
    the ordinary reader (`parse_date`, notes.py's) reads no date in it; else None."""
    line = date_text.strip().split("\n", 1)[0]
    if not line or parse_date(line, today) is not None:
        return None
    return day_in_any_language(line, today)


def _dated(year: int | None, month: int, day: int, today: dt.date) -> dt.date | None:
    """The day, in the year given, else the latest one up to today; None when there is none."""
    try:
        if year is not None:
            return dt.date(year, month, day)
        this_year = dt.date(today.year, month, day)
        return this_year if this_year <= today else dt.date(today.year - 1, month, day)
    except ValueError:
        return None
