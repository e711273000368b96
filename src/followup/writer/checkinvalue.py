"""More of what a check-in can offer, read from the notes by the role of the line: their news
said as a congratulation, and a piece named by its quoted title.

The writer's readers (offline.py, share.py, newsline.py) take a promotion or an award said in
their own forms, a piece with a double-quoted title after "share"/"found", a piece described
as "the X report on Y". People also write:

- the congratulation itself, with the news after it: "Congrats to Dana on her promotion to
  VP!", "congratulate him on the new Leeds office" -> "Congratulations on your promotion to
  VP." (the notes' "her"/"his"/"their" is the reader's "your");
- their news as a plain sentence with its subject their organisation: "their new Eastside
  warehouse opened last week", "they launched a new driver app" -> "Congratulations on the
  opening of your new Eastside warehouse.";
- a piece by its title in quotes, single or double, after a verb of reading or finding or a
  label: "read a great article in HBR, 'The Quiet Cost of Context Switching'", "Book rec for
  her: "The Goal" by Goldratt".

Only the notes' words are used; a phrase the writer cannot be sure of (settle) is left out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from followup import keptre as re  # the re functions, patterns kept compiled (keptre.py)
from followup.lazyre import lazy_compile

if TYPE_CHECKING:
    from followup.notes import Reading
    from followup.writer.share import NotedItem

# "Congrats to Dana on her promotion to VP", "congratulate him on the new Leeds office"
_CONGRATS_ON = lazy_compile(
    r"\b(?i:congrat(?:s|ulations?|ulate)?)(?:\s+(?:to\s+)?(?:[A-Z][\w’'-]+|him|her|them))?"
    r"\s+on\s+(?P<x>(?:his|her|their|the|a|an|its)\s+[^.;!?()\n—–]+?)"
    r"(?=\s*(?:[.;!?()\n—–]|->|,|\s-\s|$))"
)
# "their new Eastside warehouse opened", "the company's new app launched last week"
_THEIR_NEWS = lazy_compile(
    r"(?P<x>\b(?i:their|its|the\s+company['’]s)\s+new\s+(?:[\w&'’-]+\s+){0,4}?[\w&'’-]+)\s+"
    r"(?:(?:just|finally|officially)\s+)?(?P<v>opened|launched|went live|is open|is live)\b"
)
# "they opened a new Leeds depot", "they launched their new driver app"
_THEY_DID = lazy_compile(
    r"\b(?i:they|the\s+company)\s+(?:(?:just|finally|officially)\s+)?(?P<v>opened|launched)\s+"
    r"(?P<x>(?:a|an|their|its)\s+new\s+(?:[\w&'’-]+\s+){0,4}?[\w&'’-]+?)"
    r"(?=\s+(?:in|on|at|last|this|yesterday|today)\b|\s*[.;,!?()\n—–]|$)"
)
_GERUND = {"opened": "opening", "launched": "launching", "went live": "launch"}
_TIME_TAIL = lazy_compile(
    r"\s+(?:in|on|at|last|this|earlier|yesterday|today|recently)\b.*$|\s+(?:week|month)\b.*$"
)


def congratulation_in_notes(reading: Reading) -> str | None:
    """'Congratulations on your promotion to VP.' from a congratulation the notes plan or
    news of theirs they note; None when no public line gives one surely."""
    from followup.notelines import to_recipient
    from followup.writer.phrases import settle

    for ln in reading.lines:
        if not ln.usable:
            continue
        text = ln.text.replace("’", "'")
        if m := _CONGRATS_ON.search(text):
            what = re.sub(r"^(?:his|her|their|its)\b", "your", m["x"].strip(" ,"))
            what = _TIME_TAIL.sub("", to_recipient(what))
            if (sure := settle(what)) and len(sure.split()) <= 10 and not _mine(sure):
                return f"Congratulations on {sure}."
        for pattern in (_THEIR_NEWS, _THEY_DID):
            m = pattern.search(text)
            if m is None:
                continue
            thing = re.sub(r"^(?i:their|its|the company's|a|an)\s+", "your ", m["x"].strip())
            thing = _TIME_TAIL.sub("", thing)
            sure = settle(thing)
            if sure and len(sure.split()) <= 8 and not _mine(sure):
                verb = m["v"].lower()
                if verb in ("is open", "is live", "went live"):
                    return f"Congratulations on the launch of {sure}."
                return f"Congratulations on the {_GERUND[verb]} of {sure}."
    return None


def _mine(phrase: str) -> bool:
    return re.search(r"\b(?:I|me|my|we|our|lol)\b", phrase) is not None


# a piece by its quoted title: "read a great article in HBR, 'The Quiet Cost ...'", "Book rec
# for her: "The Goal" by Goldratt", "listened to the 'Freight Talk' episode on ..."
_PIECES = (
    r"(?:article|piece|book|report|guide|paper|study|essay|post|blog\s+post|podcast|episode|"
    r"talk|video|newsletter|interview|column|review|chapter)"
)
_TITLED = lazy_compile(
    r"\b(?P<what>(?i:" + _PIECES + r"))\b(?:\s+(?i:rec(?:ommendation)?))?"
    r"(?P<mid>[^\"“‘'\n]{0,40}?)"
    r"(?:[\"“](?P<a>[^\"”\n]{4,120}?)[\"”]|(?<![\w])['‘](?P<b>[A-Z][^'’\n]{3,120}?)['’](?![\w]))"
)
_READ_IT = lazy_compile(
    r"\b(?i:read|reading|found|came across|saw|spotted|listened|watched|share|send|forward|"
    r"pass on|rec|recommend)\b"
)
_VENUE = lazy_compile(
    r"\b(?:in|on|from)\s+(?P<v>(?:the\s+)?[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,3})"
)


def titled_piece(lines: list[str]) -> NotedItem | None:
    """A piece the public note lines name by a quoted title (single or double quotes) next
    to what it is and a verb of reading, finding or passing on; None otherwise."""
    from followup.writer.phrases import settle
    from followup.writer.share import NotedItem

    for line in lines:
        if _READ_IT.search(line) is None:
            continue
        m = _TITLED.search(line)
        if m is None:
            continue
        title = (m["a"] or m["b"] or "").strip(" .,")
        if not title or settle(title.replace(":", " -")) is None or _mine(title):
            continue
        kind = " ".join(m["what"].lower().split())
        venue = _VENUE.search(m["mid"] or "")
        source = venue["v"] if venue and settle(venue["v"]) else ""
        what = f"{'an' if kind[0] in 'aeiou' else 'a'} {kind}" if source else f"the {kind}"
        return NotedItem(what, title, source)
    for line in lines:  # "send her the 2026 State of Logistics report (CSCMP)"
        m = _NAMED_PIECE.search(line)
        if m is None:
            continue
        what = " ".join(m["what"].split())
        if settle(what) is None or _mine(what):
            continue
        return NotedItem(what)
    return None


# a piece named by its capitalised name after a verb of passing it on: "send her the 2026
# State of Logistics report", "forward the ACME Safety Toolkit"
_NAMED_PIECE = lazy_compile(
    r"\b(?i:send|share|forward|pass\s+on|attach)\s+(?:(?i:him|her|them)\s+)?"
    r"(?P<what>(?i:the)\s+(?:(?:\d{4}|[A-Z][\w&’'-]*)\s+)(?:(?:of|on|for|and|&|\d{4}|"
    r"[A-Z][\w&’'-]*)\s+){0,6}(?i:report|guide|study|survey|toolkit|handbook|white\s?paper|"
    r"benchmark|index|outlook|review))\b"
)
