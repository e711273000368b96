"""Notes kept as messages in a team chat (Slack, Discord, Teams copied as they show), read as
plain notes.

A team chat shows each message under a header line of its own: the sender's name, then the
time ("Lena Hartmann  9:12 AM", "Lena Hartmann — Today at 1:47 PM", "Lena Hartmann, 13:52"),
the words on the lines below, with the chat's markup (`*bold*`, `_italic_`, `~struck~`,
`:emoji_names:`), and over them all the channel's name ("#notes-to-self  (DM with myself)").
Notes kept by messaging oneself have one sender.

Recognised by that structure: two or more header lines (a name of one to four words, then two
spaces or a dash or a comma, then a time of day, nothing else), each with a message under it.
Rewritten as a person would type the notes: one sender, the writer, as a `Me:` line (as
toolexports.py does for a chat export with one sender); the headers, the channel's line and
the markup gone, the messages' words kept. A conversation (more than one sender, a meeting
transcript's speakers over their offsets, "Paula Greenberg  0:03") is left as it is: the
speaker readers read it.

Hand-written patterns on the chat's fixed layout; no library reads a copied chat.
"""

from __future__ import annotations

from followup import keptre as re  # the re functions, patterns kept compiled (keptre.py)

_NAME = r"[^\W\d_][\w’'.-]*(?:[ \t][^\W\d_][\w’'.-]*){0,3}"
_TIME = r"\d{1,2}[:.]\d{2}(?:[ \t]*[AaPp]\.?[Mm]\.?)?"
_HEADER = re.compile(
    rf"^(?P<name>{_NAME})(?:[ \t]{{2,}}|[ \t]+[—–-][ \t]+|,[ \t]+)"
    rf"(?:(?:Today|Yesterday)[ \t]+at[ \t]+)?\[?{_TIME}\]?[ \t]*$"
)
_CHANNEL = re.compile(r"^[ \t]*#[\w-]+(?:[ \t]+\([^()]*\))?[ \t]*$")
_MARKUP = (
    (re.compile(r"(?<![\w:]):[a-z0-9_+-]{2,30}:(?![\w:])"), ""),  # :eyes:, :+1:
    (re.compile(r"(?<![\w*])\*(?P<text>[^*\n]+)\*(?![\w*])"), r"\g<text>"),
    (re.compile(r"(?<![\w_])_(?P<text>[^_\n]+)_(?![\w_])"), r"\g<text>"),
    (re.compile(r"(?<![\w~])~(?P<text>[^~\n]+)~(?![\w~])"), r"\g<text>"),
)


def _headers(lines: list[str]) -> list[int]:
    """The header lines with a message under them."""
    return [
        i
        for i, ln in enumerate(lines)
        if _HEADER.match(ln)
        and i + 1 < len(lines)
        and lines[i + 1].strip()
        and not _HEADER.match(lines[i + 1])
    ]


def plain_chat(lines: list[str]) -> list[str]:
    """A copied team chat (see the module's doc) as plain notes; other notes unchanged."""
    heads = _headers(lines)
    if len(heads) < 2:
        return lines
    senders = []
    for i in heads:
        header = _HEADER.match(lines[i])
        assert header is not None
        senders.append(header.group("name").strip())
    if len(set(senders)) != 1:
        return lines  # a conversation (a transcript's speakers): speakerlabels.py reads it
    first = heads[0]
    out = [ln for ln in lines[:first] if not _CHANNEL.match(ln)]
    for n, line in enumerate(lines[first:], start=first):
        if n in heads:
            if out and out[-1].strip():
                out.append("")
            continue
        for pattern, repl in _MARKUP:
            line = pattern.sub(repl, line)
        out.append(line)
    while out and not out[0].strip():
        out.pop(0)
    return [f"Me: {senders[0]}", "", *out]
