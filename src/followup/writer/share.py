"""What a check-in offers: a URL and a title, given in either order, in a flag or the notes.

`--share 'https://example.org/report Churn report'` and `--share 'Churn report
https://example.org/report'` mean the same; a bare word ("article") is refused with an
example, because a check-in that points at nothing offers nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from followup import keptre as re  # the re functions, patterns kept compiled (keptre.py)
from followup.errors import InputError
from followup.lazyre import lazy_compile

if TYPE_CHECKING:
    from followup.notes import Reading

_URL = re.compile(r"https?://[^\s\"'<>]+")
EXAMPLE = "--share 'https://example.org/report Churn benchmarks for subscription businesses'"


def nothing_to_offer(interest: str) -> str:
    """The refusal of a check-in when neither --share nor the notes offer anything, with an
    example of each way to give it."""
    return (
        "a check-in must offer something of value: pass --share 'URL Title' (for example an "
        f"article on {interest}: {EXAMPLE}), or name it in the notes (a quoted title, a URL, "
        "their news to congratulate them on, advice of theirs you used)"
    )


@dataclass(frozen=True)
class Share:
    """A link to offer and its title (the title may be empty when the notes give none)."""

    url: str
    title: str = ""

    def __str__(self) -> str:
        return f"{self.url} {self.title}".strip()

    @property
    def described(self) -> bool:
        """Whether the title is a description ("the CPUC report on ..."), said unquoted."""
        return self.title.startswith(("the ", "a ", "an "))

    def said(self) -> str:
        """The piece as a sentence names it: “Title”, the description, or "this piece"."""
        if self.described:
            return self.title
        return f"“{self.title}”" if self.title else "this piece"


def unwrapped(share: Share, text: str) -> Share:
    """The link whole when the notes wrap it at a slash onto the next line ("link:
    https://www.health.state.mn.us/communities/" over "  equity/reports/x.pdf"): a line that
    goes on with a path, no space in it, ending in a file or a slash."""
    if not share.url.endswith(("/", "-", "_")):
        return share
    m = re.search(
        re.escape(share.url)
        + r"[ \t]*\n[ \t]*(?P<rest>[\w.%~-]+(?:/[\w.%~-]*)*(?:\.\w{2,5}|/))(?=\s|$)",
        text,
    )
    if m is None or "/" not in m["rest"] + share.url[-1]:
        return share
    return Share(share.url + m["rest"], share.title)


def _quoted_piece(text: str) -> str:
    """The title a piece word puts in quotes in the lines around a link ('MN Dept of Health
    report Sept 2025 "Improving Remote Interpreting ..."'), or "" (the title may wrap)."""
    from followup.writer.phrases import settle

    m = re.search(
        r"\b" + _PIECE + r"\b[^\"“”\n]{0,40}[\"“](?P<t>[^\"”]{6,160}?)[.,]?[\"”]", text, re.I
    )
    if m is None or settle(m["t"].replace(":", " -")) is None:
        return ""
    return " ".join(m["t"].split())


def described_share(share: Share, lines: list[str]) -> Share:
    """A link the notes give with no title, named by what the line holding it says the piece
    is: "found the CPUC report on streamlining residential solar permits, https://..." ->
    "the CPUC report on streamlining residential solar permits" (described_item reads the
    line); the share as it is otherwise."""
    if share.title:
        return share
    bare = share.url.split("://")[-1]
    at = next((n for n, ln in enumerate(lines) if bare in re.sub(r"\s", "", ln)), None)
    if at is None:
        return share
    line = _URL.sub(" ", lines[at])
    item = described_item([line])
    if item is None and len(re.findall(r"[^\W\d_]{2,}", line)) <= 3:
        # a bare link line ("Link: https://..."): the piece is described on a line above
        item = next(
            (i for ln in reversed(lines[max(0, at - 3) : at]) if (i := described_item([ln]))),
            None,
        )
    if item is None:  # a quoted title on the line or, over a bare link line, just above it
        bare_line = len(re.findall(r"[^\W\d_]{2,}", line)) <= 3  # 'report "Title" ... link:'
        above = lines[max(0, at - 2) : at + 1] if bare_line else [lines[at]]
        return Share(share.url, _quoted_piece(" ".join(above)))
    if not item.about:
        return share
    what = item.what
    if re.match(r"an?\s", what) and re.search(r"\b[A-Z]", what):
        what = re.sub(r"^an?\s", "the ", what)
    # "... on video review in Finnish Liiga I read": the candidate's own clause is no title
    about = re.sub(
        r"\s+(?:that\s+)?I\s+(?:read|found|saw|spotted|came across|liked)$", "", item.about
    )
    return Share(share.url, f"{what} on {about}")


def parse_share(text: str, *, source: str = "--share") -> Share:
    """A URL and an optional title around it, in either order; quotes around the title go."""
    m = _URL.search(text)
    if m is None:
        raise InputError(
            f"{source} {text.strip()!r} has no link: give a URL and a title, for example {EXAMPLE}"
        )
    url = m.group().rstrip(".,;)")
    title = (text[: m.start()] + " " + text[m.end() :]).strip()
    title = re.sub(r"\s*\((?:[^)]*)\)\s*$", "", title) if title.count('"') >= 2 else title
    title = title.strip(" \"'“”‘’-–—:,")
    return Share(url, title)


# -- something of value the notes name without a link -----------------------------------------
# A check-in can offer a piece the notes name by its title or by what it is, with no URL:
# "NCSC published a new guide: "Video Remote Interpreting in Courts"", "share the article
# "How B2B brands grew podcasts" (Marketing Brew)", "the new Scotch Whisky Association visitor
# centre report is out". Only what the notes say is used: the title as quoted, the publisher as
# written, and the reason the candidate noted ("since he was worried about the VRI pilot").
_DOC = (
    r"(?:guide|report|article|study|paper|white ?paper|book|toolkit|handbook|survey|podcast"
    r"(?: episode)?|episode|webinar|playbook|case study|essay|framework|checklist|dataset)"
)
_TITLE = r"[\"“](?P<title>[^\"”]{6,160}?)[.,]?[\"”]"
_SOURCE = r"(?P<source>[A-Z][\w&.-]*(?:\s+(?:of|for|on|and|&)?\s*[A-Z][\w&.-]*){0,6})"
_NOTED = [
    # "NCSC (National Center for State Courts) published a new guide: "Title""
    lazy_compile(
        _SOURCE + r"(?:\s*\((?P<long>[A-Z][^)]{3,80})\))?\s+(?:has\s+|just\s+)?"
        r"(?:published|released|put out|issued)\s+(?P<what>(?:a|an|its|their)\s+(?:new\s+)?"
        + _DOC
        + r")\b(?:\s*(?:[:,]|called|titled)\s*"
        + _TITLE
        + r")?"
    ),
    # "share the article "Title" (Marketing Brew, Mar 2026)", "found the SAA case study "Title""
    lazy_compile(
        r"\b(?:share|send|pass on|forward|recommend|found|came across|spotted|saw)\s+"
        r"(?:(?:him|her|them)\s+)?(?:the|this|an?)\s+(?:[A-Z][\w&]*\s+){0,3}"
        r"(?P<what>(?:new\s+)?"
        + _DOC
        + r")\s*:?\s*"
        + _TITLE
        + r"(?:\s*\((?P<source>[A-Z][^,)]{2,60}))?"
    ),
    # "the new Scotch Whisky Association visitor centre report is out"
    lazy_compile(
        r"(?P<what>\b[Tt]he\s+(?:new\s+|latest\s+|annual\s+)?(?:[A-Z][\w&'’-]*\s+){1,6}"
        r"(?:[a-z]+\s+){0,3}" + _DOC + r")\s+(?:is|was|has been|just|came)\s+"
        r"(?:out|published|released|come out)\b"
    ),
]
# Why the candidate thought of them, as the notes put it: "since he was banging on about
# visitor numbers", "exactly what he was worried about for the VRI pilot", "-> ties to her
# podcast plans"; only the thing after "about"/"to" is kept, never the notes' own words for it.
_REASON = lazy_compile(
    r"\b(?:since|because|as)\s+(?:he|she|they)\s+(?:was|were|is|are)\s+(?:\w+\s+){0,2}"
    r"(?:about|on)\s+(?P<a>[^.;!?()\"“”]+)"
    r"|\bwhat\s+(?:he|she|they)\s+(?:was|were)\s+(?:worried|asking|talking|excited|curious)\s+"
    r"about\s+(?:for\s+)?(?P<b>[^.;!?()\"“”]+)"
    r"|(?:->|→|=>)?\s*\bties? (?:in )?(?:to|with)\s+(?P<c>[^.;!?()\"“”]+)"
)


@dataclass(frozen=True)
class NotedItem:
    """A piece the notes name for a check-in to offer, without a link."""

    what: str  # "a new guide", "the article", "the new ... visitor centre report"
    title: str = ""  # as quoted in the notes
    source: str = ""  # who published it, as written ("the National Center for State Courts")
    reason: str = ""  # the thing of theirs it bears on ("the VRI pilot"), when the notes say
    venue: str = ""  # where it appeared, as written ("the Journal of Hydrology")
    about: str = ""  # what it is on, as written ("drone spray drift trials"), when no title

    @property
    def kind(self) -> str:
        """What the piece is, in a word: 'guide', 'report', 'article'."""
        m = re.search(_PIECE + r"$", self.what) or re.search(_DOC + r"$", self.what)
        return m.group() if m else "piece"

    def sentence(self, topic: str | None) -> str:
        """'I saw that the National Center for State Courts has published a new guide,
        “Video Remote ...”, and thought of our conversation about the VRI pilot.'"""
        about = topic or self.reason
        tail = f"our conversation about {about}" if about else "our conversation"
        title = f", “{self.title},”" if self.title else ""
        if self.source and not self.about and self.what.startswith(("a ", "an ")):
            return (
                f"I saw that {self.source} has published {self.what}{title} and thought of {tail}."
            )
        if self.title and not self.about:
            source = f" ({self.source})" if self.source else ""
            what = re.sub(r"^(?:the|this)\s+", "", self.what)
            article = "an" if what[:1] in "aeiou" else "a"
            return (
                f"I came across {article} {what}, “{self.title}”{source}, "
                f"which made me think of {tail}."
            )
        if self.about:
            where = f" in {self.venue}" if self.venue else ""
            title = f" (“{self.title}”)" if self.title else ""
            if self.source:
                return (
                    f"I saw that {self.source} has published {self.what} on {self.about}{title}, "
                    f"and it made me think of {tail}."
                )
            return (
                f"I came across {self.what}{where} on {self.about}{title}, "
                f"which made me think of {tail}."
            )
        return f"I saw that {self.what} is out, and it made me think of {tail}."


def noted_item(lines: list[str]) -> NotedItem | None:
    """The first piece the public note lines name to pass on (see _NOTED), with the reason
    the notes give on the same line or the next two; None when no line names one surely."""
    from followup.notelines import to_recipient
    from followup.writer.phrases import settle

    for n, line in enumerate(lines):
        for pattern in _NOTED:
            m = pattern.search(line)
            if m is None:
                continue
            groups = m.groupdict()
            what = " ".join(m["what"].split())
            if re.search(r"\b(?:I|my|me|we)\b", what):
                continue  # the candidate's own report is not news to pass on
            if what[:1].isupper():
                what = what[0].lower() + what[1:]
            title = (groups.get("title") or "").strip()
            source = (groups.get("source") or "").strip()
            long = (groups.get("long") or "").strip()
            if long and len(long.split()) >= 2:
                source = long
            if re.search(
                r"\s(?:of|for)\s|\s(?:" + _BODIES + r")$", source
            ) and not source.startswith(("The ", "the ")):
                source = f"the {source}"  # "the Association of British Dispensing Opticians"
            if source and (settle(source) is None or source.split()[0] in _NOT_SOURCES):
                source = ""
            if title and settle(title.replace(":", " -")) is None:
                continue
            reason = ""
            for later in [line[m.end() :], *lines[n + 1 : n + 3]]:
                r = _REASON.search(later)
                if r:
                    said = (r["a"] or r["b"] or r["c"]).strip(" ,")
                    said = re.sub(r"^(?:about|for|on|with)\s+", "", said)
                    said = settle(to_recipient(said)) or ""
                    if said and len(said.split()) <= 8:
                        reason = said
                        break
            return NotedItem(what, title, source, reason)
    return None


def noted_in(reading: Reading) -> NotedItem | None:
    """The piece the public lines of the notes name for a check-in to offer (noted_item),
    else one they describe by what it is and what it is on (described_item)."""
    from followup.writer.checkinvalue import titled_piece  # "read ... article in HBR, 'X'"

    lines = [ln.text for ln in reading.lines if ln.usable]
    return noted_item(lines) or described_item(lines) or titled_piece(lines)


# -- a piece the notes describe by what it is, with no title and no link -------------------------
# People note the thing to pass on by what it is, who put it out and what it is on, far more
# often than by its title: "found the LSU AgCenter write-up on drone spray drift trials",
# "the Charity Retail Association posted a short guide on raising Gift Aid sign-ups at the
# till", "Value: the new open-access review on humane endpoints ... (Veterinary Sciences,
# March 2026)", "That article I found -- Journal of Perinatal Education, spring issue -- on
# doula-led postpartum depression screening". Read by the line's structure: a line that says
# the candidate found or means to pass something on, a noun phrase ending in the kind of piece
# (its owner or publisher before it, or a venue after it: "in Journal of Hydrology", "(Bulletin
# of the AMS, March issue)"), then "on"/"about" and what it is on. Only the notes' words are
# used; a link cut short in the notes ("lsuagcenter.com/.../drone-drift-trials") is no link,
# and no title is made up. Without --share the message names the piece so that the recipient
# can find it, and the write says that --share URL adds the link.
_PIECE = (
    r"(?:(?:safety\s+)?alert|guidance|guide|report|article|piece|paper|review|study|"
    r"(?:public\s+)?notice|write-?up|handout|toolkit|handbook|survey|podcast(?:\s+episode)?|"
    r"webinar|playbook|case study|essay|checklist|blog post|newsletter|explainer|briefing)"
)
_PASS_ON = lazy_compile(
    r"\b(?:found|find|came across|come across|spotted|saw|share|send|link|forward|pass on|"
    r"attach|value|posted|published|released|put out|issued)\b",
    re.I,
)
_CAP_RUN = r"[A-Z][\w&.’'-]*(?:\s+(?:(?:of|the|on|for|and|&)\s+){0,2}[A-Z][\w&.’'-]*){0,5}"
_DESCRIBED = lazy_compile(
    r"(?:(?P<publisher>\b(?:the\s+)?" + _CAP_RUN + r")\s+(?:has\s+|just\s+)?"
    r"(?:posted|published|released|put out|issued)\s+)?"
    r"(?:(?P<det>\b(?:[Tt]he|[Aa]n?|[Tt]hat|[Tt]his)\s+)|(?P<owner>\b" + _CAP_RUN + r")['’]s\s+)"
    r"(?P<mods>(?:[\w&.-]+\s+){0,5}?)(?P<kind>" + _PIECE + r")\b"
    r"(?:\s+(?:that\s+)?I\s+(?:found|saw|read|spotted|came across))?"
    r"(?:\s*\((?P<pvenue>[^)]{3,80})\)"
    r"|\s+(?:--|[—–])\s*(?P<dvenue>[^—–]{3,80}?)\s*(?:--|[—–])"
    r"|\s+in\s+(?P<venue>(?:the\s+)?" + _CAP_RUN + r"))?"
    r"(?:\s*\([^)]{3,80}\))?"
    r"\s+(?:on|about|regarding)\s+(?P<about>[^—–(;:!?\n\"“”]+?)"
    r"(?:\s*\((?P<tvenue>[^)]{3,80})\))?"
    r"(?=\s*(?:[—–(;:!?\"“”]|--|\s-\s|\+|->|,|\.(?:\s|$)|$))"
)
_PIECE_ENDS = lazy_compile(
    r"\b" + _PIECE + r"(?:\s+(?:that\s+)?I\s+(?:found|saw|read|spotted))?[\s:]*$"
)
# what a note says of the piece, not what the piece is: "a properly good guide", "a short guide"
_OPINION = lazy_compile(
    r"\b(?:properly|really|very|quite|good|great|nice|short|interesting|useful|excellent|"
    r"brilliant|cool|amazing|helpful|practical|solid|fab)\s+",
    re.I,
)
_UNCOUNTED = frozenset({"guidance"})


def _venue(raw: str | None) -> str:
    """A publication named beside the piece ("Bulletin of the AMS, March issue" -> "the
    Bulletin of the AMS"); "" for a date, an issue, places ("Stoneville + Crowley, 2025")."""
    if not raw:
        return ""
    first = raw.split(",")[0].strip()
    if not re.fullmatch(r"(?:the\s+)?" + _CAP_RUN, first) or re.search(r"\d|\+|\sand\s", first):
        return ""
    not_a_title = r"(?i)(?:the one|spring|summer|autumn|fall|winter|issue|" + _MONTHS + r")\b"
    if re.match(not_a_title, first):
        return ""
    if re.match(r"(?:Journal|Bulletin|Proceedings|Review|Annals)\b", first):
        first = f"the {first}"
    return first


_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)


def described_item(lines: list[str]) -> NotedItem | None:
    """The first piece a public note line describes for passing on (see _DESCRIBED): what it
    is as the notes put it ("the LSU AgCenter write-up"), its venue and what it is on; None
    when no line says the candidate found or means to pass one on, or its words are unsure."""
    from followup.notelines import expand_shorthand
    from followup.writer.phrases import settle

    for n, raw in enumerate(lines):
        line = re.sub(r"\*+|_{2,}", "", raw)
        if _PASS_ON.search(line) is None:
            continue
        # a line the reader cut at its dashes: "That article I found — Journal of ..., spring
        # issue — on doula-led ...", when the piece ends its part and what it is on opens one
        if _DESCRIBED.search(line) is None and _PIECE_ENDS.search(line):
            after = [re.sub(r"\*+|_{2,}", "", x) for x in lines[n + 1 : n + 3]]
            if (
                len(after) == 2
                and after[0][:1].isupper()
                and after[1].startswith(("on ", "about "))
            ):
                line = " — ".join([line, *after])
            elif after and after[0].startswith(("on ", "about ")):
                line = f"{line} {after[0]}"
        for m in _DESCRIBED.finditer(line):
            owner, mods = m["owner"], _OPINION.sub("", m["mods"] or "")
            if re.search(r"\b(?:I|my|me|we|our)\b", f"{owner or ''} {mods}"):
                continue  # the candidate's own work is news of theirs, not a piece to pass on
            about = settle(expand_shorthand(m["about"].strip(" ,.")))
            if about is None or len(about.split()) > 16:
                continue
            kind = " ".join(m["kind"].split())
            what = expand_shorthand(" ".join(f"{mods}{kind}".split()))
            publisher = (m["publisher"] or "").strip()
            made_by = owner or publisher or re.search(r"\b[A-Z]", mods)
            # a bracket after what it is on names a venue only for a piece nobody is said to
            # have made: "the LSU AgCenter write-up on ... (Stoneville + Crowley, 2025)" is
            # where the trials ran
            venue = _venue(
                m["venue"] or m["dvenue"] or m["pvenue"] or (None if made_by else m["tvenue"])
            )
            if publisher.split()[0:1] and publisher.split()[0] in _NOT_SOURCES:
                publisher = ""
            if owner:
                what = f"{owner}'s {what}"  # "Room Escape Artist's piece"
            elif re.search(r"\b[A-Z]", mods) and not publisher:
                what = f"the {what}"  # "the LSU AgCenter write-up": named by its maker
            elif kind not in _UNCOUNTED:  # "a piece", "an article in the Journal of ..."
                what = f"{'an' if what[:1] in 'aeiou' else 'a'} {what}"
            if settle(what) is None:
                continue
            quoted = re.search(r"[\"“]([^\"”]{6,120})[\"”]", f"{m['pvenue']} {m['tvenue']}")
            title = quoted[1].strip(" .,") if quoted and settle(quoted[1]) else ""
            return NotedItem(what, title, publisher, venue=venue, about=about)
    return None


# an organisation named for what it is takes "the": "the Maritime & Coastguard Agency"
_BODIES = (
    "Agency|Association|Council|Institute|Society|Foundation|Trust|Board|Authority|"
    "Department|Office|Commission|Service|Centre|Center|Federation|Network|Alliance"
)
# A sentence opening is no publisher: "AND the new ...", "Saw ...", a date
_NOT_SOURCES = frozenset({"AND", "And", "Saw", "Just", "Today", "Also", "Send", "Share", "The"})


# -- advice the candidate acted on ---------------------------------------------------------------
# A check-in can thank them for advice when the notes say the candidate acted on it (never for
# advice merely given: "your advice made a difference" would be made up). Two forms:
# "She recommended I look at the ALA's "Libraries Transform" toolkit; I read it and used it to
# plan a bilingual storytime" (the advice, then what was done), and "I took her advice and used
# the ALA toolkit to plan a bilingual storytime" (what was done names the advice).
_DID_VERBS = {
    "used": "use",
    "tried": "try",
    "read": "read",
    "joined": "join",
    "started": "start",
    "took": "take",
    "applied": "apply",
    "built": "build",
    "ran": "run",
    "followed": "follow",
    "finished": "finish",
    "completed": "complete",
    "looked at": "look at",
    "signed up for": "sign up for",
    "reached out to": "reach out to",
    "contacted": "contact",
    "attended": "attend",
    "volunteered": "volunteer",
    "practised": "practise",
    "practiced": "practice",
}
_DID = "(?:" + "|".join(sorted(map(re.escape, _DID_VERBS), key=len, reverse=True)) + ")"
_ADVICE_GIVEN = lazy_compile(
    r"\b(?:she|he|they|[A-Z][a-z]+)\s+(?:recommended|suggested)\s+(?:that\s+)?I\s+(?P<what>[^.;!?]+)"
    r"|\b(?:she|he|they|[A-Z][a-z]+)\s+(?:advised|encouraged|urged|told)\s+me\s+to\s+"
    r"(?P<what2>[^.;!?]+)"
)
_ACTED = lazy_compile(
    r"^\s*(?:and\s+)?(?:I\s+)?(?:then\s+|since\s+|have\s+)?(?!used to\s)"  # not "I used to"
    r"(?P<did>" + _DID + r"\b[^.!?]+)"
)
_TOOK_ADVICE = lazy_compile(
    r"\bI\s+took\s+(?:her|his|their|your)\s+advice(?:\s+to\s+heart)?,?\s+(?:and\s+)?(?:I\s+)?"
    r"(?P<verb>" + _DID + r")\s+(?P<object>.+?)(?P<rest>\s+(?:to|for|at|with|and|when)\s+[^.!?]+)?"
    r"[.!?]?$"
)


def advice_taken(lines: list[str]) -> tuple[str, str] | None:
    """The advice the interviewer gave and what the candidate did with it ("look at the ALA's
    “Libraries Transform” toolkit", "read it and used it to plan a bilingual storytime at my
    current branch"), from the public note lines; None unless both are there and sure."""
    from followup.writer.phrases import settle

    for n, line in enumerate(lines):
        took = _TOOK_ADVICE.search(line)
        if took is not None:
            verb, thing = took["verb"], took["object"].strip()
            rest = (took["rest"] or "").strip()
            what = f"{_DID_VERBS[verb]} {thing}"
            did = f"{verb} it {rest}" if rest else f"{verb} {thing}"
        else:
            given = _ADVICE_GIVEN.search(line)
            if given is None:
                continue
            what = (given["what"] or given["what2"]).strip()
            # "... the CPO course, said it would make me stronger": the advice, not her reason
            what = re.split(r",\s+(?:said|saying|as|because|since|which)\b", what)[0]
            after = [line[given.end() :].lstrip(" ;,—–-"), *lines[n + 1 : n + 2]]
            acted = next((m for x in after if (m := _ACTED.match(x))), None)
            if acted is None:  # acted on later, in an update naming the same thing: "she
                named = set(re.findall(r"\b[A-Z]{2,}\b", given.group()))  # suggested the CPO
                acted = next(  # course" ... "finished the CPO course!"
                    (
                        m
                        for x in lines[n + 1 :]
                        if (m := _ACTED.match(x)) and named & set(re.findall(r"\b[A-Z]{2,}\b", x))
                    ),
                    None,
                )
            if acted is None:
                continue  # advice given, not acted on: nothing to thank them for having made
            did = acted["did"].strip()
        what, did = _as_written(what), _as_written(did)
        # "it" stands for the advice: the phrase is checked with a noun in its place
        sure = settle(what) and settle(re.sub(r"\bit\b", "this", did))
        if sure and len(what.split()) <= 14 and len(did.split()) <= 20:
            return settle(what) or what, did
    return None


def _as_written(phrase: str) -> str:
    """A title's quotes as a letter has them; no end mark (the sentence adds its own)."""
    return re.sub(r'"([^"]+)"', r"“\1”", phrase).rstrip(" .,;")
