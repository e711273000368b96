"""Notes exported from the tools people keep notes in, as the plain notes the readers know.

A notes app writes its own structure around the words: Emacs org-mode (`#+TITLE:` keywords,
`*` headings with TODO/DONE and `:tags:`, `:PROPERTIES:` drawers, `CLOSED:` planning lines,
`[2026-10-15 Thu]` timestamps, `[[link][text]]` links), Obsidian and Logseq (`[[wikilinks]]`,
`#tags`, `> [!note] Title` callouts, `key:: value` properties), Notion page exports (a
property block under the page title: `Created:`, `Owner:`, `Tags:`; `<aside>` HTML), chat
exports (a bracketed banner line over `[date time] Sender: message` lines, one sender for
notes kept in "Saved Messages"), and dates written in Chinese, Japanese or Korean
(`2026年11月24日(火)`). Each is read here by the format's own syntax, never by the words of
one file, and rewritten into what the readers already read: a title line, `Key: value`
labels, `#` headings, plain words, English dates. Plain notes come back unchanged. Formats
with a module of their own are undone first: a delimited table (tablenotes.py), `git log`
output (gitlognotes.py), a tracker's issue (jiranotes.py), a board's card (trellonotes.py),
a team chat's messages (slacknotes.py), a call's transcript saved as captions
(captionnotes.py).

`plain_export(text)` is the text; `plain_values(front_matter)` the front matter's values
with their links unwrapped. notes.parse_notes calls both, before anything is read.
"""

from __future__ import annotations

import unicodedata

from followup import keptre as re  # the re functions, patterns kept compiled (keptre.py)
from followup.captionnotes import plain_captions
from followup.chatlines import CHAT_PREFIX
from followup.gitlognotes import plain_git_log
from followup.jiranotes import plain_jira
from followup.slacknotes import plain_chat
from followup.tablenotes import plain_table
from followup.trellonotes import plain_trello

_MONTHS = [
    *("January", "February", "March", "April", "May", "June", "July", "August"),
    *("September", "October", "November", "December"),
]
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

# -- links -----------------------------------------------------------------------------------
# org-mode "[[target][text]]": the text; Obsidian/Logseq "[[Page|alias]]", "[[Page#part]]",
# "[[Page]]": what the reader sees; an embed "![[file.png]]" shows no words
_ORG_LINK = re.compile(r"\[\[([^\[\]\n]+)\]\[([^\[\]\n]+)\]\]")
_EMBED = re.compile(r"!\[\[[^\[\]\n]*\]\]")
_WIKILINK = re.compile(r"\[\[([^\[\]|\n]+?)(?:#[^\[\]|\n]*)?(?:\|([^\[\]\n]+))?\]\]")


def _unlinked(text: str) -> str:
    text = _ORG_LINK.sub(r"\2", _EMBED.sub("", text))
    return _WIKILINK.sub(lambda m: (m.group(2) or m.group(1)).strip(), text)


def plain_values(front_matter: dict[str, object]) -> dict[str, object]:
    """Front matter with the links in its values unwrapped (`company: "[[Quillbyte]]"`)."""

    def plain(value: object) -> object:
        if isinstance(value, str):
            return _unlinked(value)
        if isinstance(value, list):
            return [plain(v) for v in value]
        if isinstance(value, dict):
            return {k: plain(v) for k, v in value.items()}
        return value

    return {key: plain(value) for key, value in front_matter.items()}


# -- tags ------------------------------------------------------------------------------------
# "#follow-up", "#job/interview" after a space or at a line's start (a Markdown heading has a
# space after its marks; "C#", "#1" and "issue #42" are no tags); a Bear tag may close with "#"
_TAG = re.compile(r"(?<![\w#&/])#(?P<tag>[^\W\d_][\w/-]*)#?(?![\w#])")
_TAGS_ONLY = re.compile(r"^[ \t]*(?:#[^\W\d_][\w/-]*#?[ \t,]*)+$")


def _untagged(line: str) -> str:
    if _TAGS_ONLY.match(line) and not re.match(r"^[ \t]*#+[ \t]", line):
        return ""  # a line of tags alone files the note; it says nothing of the interview
    return _TAG.sub(lambda m: m.group("tag").replace("/", " ").replace("-", " "), line)


# -- dates -----------------------------------------------------------------------------------
# an org timestamp, active or inactive, with its weekday and a time or range: "[2026-10-14 Wed
# 17:40]", "<2026-11-24 Tue>"
_ORG_STAMP = re.compile(
    r"[\[<](?P<day>\d{4}-\d{2}-\d{2})(?:[ \t]+(?P<weekday>[^\W\d_]{2,9}\.?))?"
    r"(?:[ \t]+(?P<time>\d{1,2}:\d{2}(?:-\d{1,2}:\d{2})?))?(?:[ \t]+[.+-]+\d+[hdwmy])*[\]>]"
)
# a date in Chinese, Japanese or Korean with the weekday that may follow it in brackets:
# "2026年11月24日(火)", "2026년 11월 24일 (화)", "12月3日", "11月24日（星期二）"
_CJK_DATE = re.compile(
    r"(?:(?P<year>\d{4})[ \t]*[年년][ \t]*)?(?P<month>\d{1,2})[ \t]*[月월][ \t]*"
    r"(?P<day>\d{1,2})[ \t]*[日일号號]"
    r"(?:[ \t]*[(（][ \t]*(?:星期|週|周|礼拜|禮拜)?"
    r"(?P<w>[月火水木金土日一二三四五六天월화수목금토일])"
    r"(?:曜日|曜|요일)?[ \t]*[)）])?"
)
_JA_KO_WEEKDAYS = "月火水木金土日", "월화수목금토일", "一二三四五六日"


def _weekday_name(mark: str) -> str | None:
    if mark == "天":
        return "Sunday"
    for days in _JA_KO_WEEKDAYS:
        if mark in days:
            return _WEEKDAYS[days.index(mark)]
    return None


def _cjk_date(m: re.Match[str]) -> str:
    month, day = int(m.group("month")), int(m.group("day"))
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return m.group()
    said = f"{day} {_MONTHS[month - 1]}" + (f" {m.group('year')}" if m.group("year") else "")
    if m.group("w") and (name := _weekday_name(m.group("w"))):
        said += f" ({name})"
    before = m.string[m.start() - 1 : m.start()]
    after = m.string[m.end() : m.end() + 1]
    return (" " if before.strip() else "") + said + (" " if after.strip() else "")


# a legal form written in Chinese, Japanese or Korean beside a firm's name in Latin letters
# ("Kuraya Hospitality 株式会社", "㈱"): the letters name the firm, as a message in them would
_CJK_FORM = r"(?:株式会社|有限会社|合同会社|合資会社|㈱|주식회사|㈜|유한회사|股份有限公司|有限公司)"
_FORM_BESIDE_LATIN = re.compile(
    rf"(?<=[A-Za-z.)])[ \t]*{_CJK_FORM}(?![^\W\d_])|(?<![^\W\d_]){_CJK_FORM}[ \t]*(?=[A-Z])"
)


def _english_dates(text: str) -> str:
    if not re.search(r"[月월]", text):
        return text
    return _CJK_DATE.sub(_cjk_date, text)


def _org_stamp(m: re.Match[str]) -> str:
    said = m.group("day")
    if m.group("weekday"):
        said += f" ({m.group('weekday').rstrip('.')})"
    return f"{said} {m.group('time')}" if m.group("time") else said


# -- org-mode --------------------------------------------------------------------------------
_ORG_KEYWORD = re.compile(r"^[ \t]*#\+(?P<key>[A-Za-z_]+):[ \t]*(?P<value>.*)$")
_ORG_HEADING = re.compile(
    r"^(?P<stars>\*+)[ \t]+(?:(?:TODO|DONE|NEXT|WAITING|WAIT|HOLD|CANCELL?ED|CANCELED|DROPPED)"
    r"[ \t]+)?(?:\[#[A-Z0-9]\][ \t]+)?(?P<title>.*?)(?:[ \t]+(?P<tags>:(?:[\w@#%]+:)+))?[ \t]*$"
)
_DRAWER = re.compile(r"^[ \t]*:(?P<name>[A-Za-z_]+):[ \t]*$")
_PROPERTY = re.compile(r"^[ \t]*:(?P<key>[A-Za-z][\w-]*?)\+?:[ \t]+(?P<value>\S.*)$")
_PLANNING = re.compile(
    r"^[ \t]*(?:(?:CLOSED|SCHEDULED|DEADLINE):[ \t]*[\[<][^\]>\n]*[\]>][ \t]*)+$"
)
_CLOSED = re.compile(r"CLOSED:[ \t]*\[(?P<day>\d{4}-\d{2}-\d{2})")
# the keywords that name the file's author, title and date; the others set up the editor
_ORG_LABELS = {"author": "Author", "date": "Date", "email": "Email"}
# a tag that keeps a heading's section out of what is shared ("* PRIVATE  :noexport:")
_UNSHARED_TAGS = {"noexport", "private", "personal", "confidential"}


def _is_org(lines: list[str]) -> bool:
    keywords = sum(1 for ln in lines if _ORG_KEYWORD.match(ln))
    drawers = sum(1 for ln in lines if _DRAWER.match(ln))
    stars = sum(1 for ln in lines if re.match(r"^\*+[ \t]+\S", ln))
    return stars >= 1 and (keywords >= 1 or drawers >= 2)


def _org_lines(lines: list[str]) -> list[str]:
    out: list[str] = []
    in_drawer = ""
    for line in lines:
        if in_drawer:
            if (end := _DRAWER.match(line)) and end.group("name").upper() == "END":
                in_drawer = ""
            elif in_drawer == "PROPERTIES" and (prop := _PROPERTY.match(line)):
                key = prop.group("key").replace("_", " ").replace("-", " ").capitalize()
                out.append(f"{key}: {prop.group('value').strip()}")
            continue  # a logbook's clock lines say when the file was edited
        if drawer := _DRAWER.match(line):
            in_drawer = drawer.group("name").upper()
            continue
        if keyword := _ORG_KEYWORD.match(line):
            key, value = keyword.group("key").lower(), keyword.group("value").strip()
            if key == "title" and value:
                out.append(value)
            elif key in _ORG_LABELS and value:
                out.append(f"{_ORG_LABELS[key]}: {value}")
            continue
        if _PLANNING.match(line):
            # the day a heading's item was done dates that heading ("* DONE Interview" closed
            # on the interview day); when one is scheduled or due is the file's bookkeeping
            closed = _CLOSED.search(line)
            if closed and out and out[-1].startswith("#"):
                out[-1] += f" - {closed.group('day')}"
            continue
        if heading := _ORG_HEADING.match(line):
            tags = {t.lower() for t in (heading.group("tags") or "").split(":") if t}
            title = heading.group("title").strip()
            if tags & _UNSHARED_TAGS and not re.search(r"(?i)private|personal", title):
                title += " (private)"
            out.append(f"{'#' * min(len(heading.group('stars')), 6)} {title}")
            continue
        # the body indented under its heading, as org writes it: a line of its own again
        out.append(re.sub(r"^[ \t]*([-+*][ \t]+)\[-\]", r"\1[ ]", line.lstrip(" \t")))
    return out


# -- Logseq properties, Notion's page export -------------------------------------------------
_LOGSEQ_PROPERTY = re.compile(
    r"^(?P<indent>[ \t]*(?:[-*][ \t]+)?)(?P<key>[A-Za-z][\w-]*)::[ \t]*(?P<value>.*)$"
)
# a line that is only a layout tag a notes app exports (Notion's <aside>, <details>); any
# other tag line is the user's text (an injected "</notes>" stays, for the prompt to escape)
_INLINE_TAGS = r"aside|details|summary|span|div|mark|br|u|b|i|em|strong"  # also cut inside a line
_LAYOUT_TAGS = rf"{_INLINE_TAGS}|hr|p|section|ul|ol|li"
_HTML_TAG_LINE = re.compile(
    rf"^[ \t]*</?(?:{_LAYOUT_TAGS})\b(?:[ \t]+[^<>\n]*)?/?>[ \t]*$", re.IGNORECASE
)
_HTML_TAG = re.compile(rf"</?(?:{_INLINE_TAGS})\b[^<>\n]*>")
# a page property block under the title: "Key: value" lines; the page tool's own keys
_PAGE_PROPERTY = re.compile(r"^[ \t]*(?P<key>[A-Z][\w ]{1,24}?)[ \t]*:[ \t]+(?P<value>\S.*)$")
# the keys a page tool writes itself: when the page was made or edited, by whom, its filing
_MADE = re.compile(r"(?i)^(?:created|last edited|last modified|edited|updated)(?: time| at| on)?$")
_MADE_BY = re.compile(r"(?i)^(?:owner|created by|author|last edited by)$")
_FILING = re.compile(r"(?i)^(?:tags?|status|type|archived|property)$")


def _page_properties(lines: list[str]) -> list[str]:
    """A page export's property block (the lines of "Key: value" right under the title, one
    of them when the page was made): its author as the notes' author, its bookkeeping gone."""
    start = next((i for i, ln in enumerate(lines) if ln.strip()), None)
    if start is None or not lines[start].lstrip().startswith("#"):
        return lines
    i = start + 1
    while i < len(lines) and not lines[i].strip():
        i += 1
    block = i
    while i < len(lines) and _PAGE_PROPERTY.match(lines[i]):
        i += 1
    props = [m for ln in lines[block:i] if (m := _PAGE_PROPERTY.match(ln))]
    keys = [m.group("key").strip() for m in props]
    if not any(_MADE.match(k) for k in keys):
        return lines
    out = lines[:block]
    for prop in props:
        key, value = prop.group("key").strip(), prop.group("value").strip()
        if _MADE_BY.match(key):
            out.append(f"Author: {value}")
        elif not (_MADE.match(key) or _FILING.match(key)):
            out.append(prop.string)
    return out + lines[i:]


# -- Obsidian callouts -----------------------------------------------------------------------
_CALLOUT = re.compile(r"^[ \t]*>[ \t]*\[!(?P<kind>[\w-]+)\][+-]?[ \t]*(?P<title>.*)$")
_QUOTED = re.compile(r"^[ \t]*>[ \t]?(?P<said>.*)$")
_HEADING = re.compile(r"^[ \t]*#{1,6}[ \t]+\S")


def _callouts(lines: list[str]) -> list[str]:
    """A callout as a heading of its title over its lines; the section it stood in goes on
    after it under its own heading again."""
    out: list[str] = []
    heading = ""
    i = 0
    while i < len(lines):
        callout = _CALLOUT.match(lines[i])
        if not callout:
            if _HEADING.match(lines[i]):
                heading = lines[i]
            out.append(lines[i])
            i += 1
            continue
        title = callout.group("title").strip() or callout.group("kind")
        out.append(f"## {title}")
        i += 1
        while i < len(lines) and (quoted := _QUOTED.match(lines[i])):
            out.append(quoted.group("said"))
            i += 1
        rest = next((ln for ln in lines[i:] if ln.strip()), "")
        if rest and not (_HEADING.match(rest) or _CALLOUT.match(rest)):
            out.append(heading or "## Notes")
    return out


# -- chat exports ----------------------------------------------------------------------------
# a banner a tool writes over what it exported, in brackets alone on the first line: "[Telegram
# – Saved Messages – exported 20/11/2026]", "[scan_2026-11-12_IMG_4471.jpg - OCR text]"
_BANNER = re.compile(r"^[ \t]*\[(?P<inside>[^\[\]\n]{3,120})\][ \t]*$")
_TOOL_WORDS = re.compile(
    r"(?i)\b(?:export(?:ed)?|ocr|scan(?:ned)?|transcri(?:pt|bed|ption)|saved messages|backup|"
    r"archive|chat history|imported)\b|\.(?:jpe?g|png|pdf|heic|txt|md|html?|json|docx?)\b"
)


_FILE_NAME = re.compile(r"(?i)\.(?:jpe?g|png|pdf|heic|txt|md|html?|json|docx?)\b")


def _banner_dropped(lines: list[str]) -> list[str]:
    start = next((i for i, ln in enumerate(lines) if ln.strip()), None)
    if start is None:
        return lines
    banner = _BANNER.match(lines[start])
    if not banner or not _TOOL_WORDS.search(banner.group("inside")):
        return lines
    below = next((ln for ln in lines[start + 1 :] if ln.strip()), "")
    # over a chat's messages, or naming a file, it says how the notes were kept; a memo's
    # banner ("[voice memo transcript, recorded ..., Thursday May 22]") may date the notes
    if CHAT_PREFIX.match(below) or _FILE_NAME.search(banner.group("inside")):
        return lines[:start] + lines[start + 1 :]
    return lines


def _own_chat(lines: list[str]) -> list[str]:
    """A chat export whose every message has one sender is notes the writer sent themself
    ("Saved Messages", "Note to Self"): that sender is the writer, said as the notes' author
    after the messages."""
    senders = [m.group("sender").strip() for ln in lines if (m := CHAT_PREFIX.match(ln))]
    said = [ln for ln in lines if ln.strip()]
    if len(senders) < 3 or len(senders) * 3 < len(said) * 2 or len(set(senders)) != 1:
        return lines
    sender = senders[0]
    if not re.fullmatch(r"[^\W\d_][\w’'.-]*(?:[ \t]+[^\W\d_][\w’'.-]*){1,3}", sender):
        return lines  # "Me", "You": no name to say
    return [*lines, "", f"Author: {sender}"]  # below: a label block over the chat reads
    # its lines as a form's


# -- a calendar file's wrapper ----------------------------------------------------------------
# an iCalendar file's own lines around its event: the calendar's (who made the file: "PRODID:
# -//Google Inc//Google Calendar//EN"), a time zone's and an alarm's; the event itself is read
# as a pasted invitation is (noteheader.py reads SUMMARY, ORGANIZER, ATTENDEE)
_CALENDAR_LINE = re.compile(
    r"^(?:BEGIN|END):VCALENDAR$|^(?:VERSION|PRODID|CALSCALE|METHOD|X-WR-[A-Z-]+)[;:]"
)
_CALENDAR_PART = re.compile(r"^BEGIN:(?P<part>VTIMEZONE|VALARM)$")


def _calendar_wrapper_dropped(lines: list[str]) -> list[str]:
    if not any(ln.strip() == "BEGIN:VEVENT" for ln in lines):
        return lines
    out: list[str] = []
    part = ""
    for line in lines:
        text = line.strip()
        if part:
            part = "" if text == f"END:{part}" else part
            continue
        if start := _CALENDAR_PART.match(text):
            part = start.group("part")
            continue
        if not _CALENDAR_LINE.match(text):
            out.append(line)
    return out


# -- the whole ---------------------------------------------------------------------------------
def plain_export(text: str) -> str:
    """The notes with a notes tool's structure read as plain notes (see the module's doc)."""
    if not text:
        return text
    text = unicodedata.normalize("NFKC", text) if re.search(r"[\uff10-\uff19]", text) else text
    lines = _calendar_wrapper_dropped(_banner_dropped(text.splitlines()))
    lines = plain_table(lines)  # tablenotes.py: CSV rows
    lines = plain_git_log(lines)  # gitlognotes.py: commit messages
    lines = plain_jira(lines)  # jiranotes.py: a tracker's issue
    lines = plain_trello(lines)  # trellonotes.py: a board's card
    lines = plain_chat(lines)  # slacknotes.py: a team chat's messages
    lines = plain_captions(lines)  # captionnotes.py: a call's transcript as captions
    if _is_org(lines):
        lines = _org_lines(lines)
    lines = _own_chat(lines)
    lines = _page_properties(lines)
    lines = [ln for ln in lines if not _HTML_TAG_LINE.match(ln)]
    lines = [_HTML_TAG.sub("", ln) for ln in lines]
    lines = _callouts(lines)
    lines = [
        f"{m.group('indent')}{m.group('key').replace('-', ' ').capitalize()}: {m.group('value')}"
        if (m := _LOGSEQ_PROPERTY.match(ln))
        else ln
        for ln in lines
    ]
    lines = [_untagged(ln) for ln in lines]
    out = "\n".join(lines)
    out = _ORG_STAMP.sub(_org_stamp, _unlinked(out))
    out = _FORM_BESIDE_LATIN.sub("", _english_dates(out))
    return out + ("\n" if text.endswith("\n") and not out.endswith("\n") else "")
