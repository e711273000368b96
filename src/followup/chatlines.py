"""A chat app's exported message lines: the one reader of their shape.

WhatsApp, Signal and Telegram exports open each message with its time and its sender:
"[16/02/2025, 19:42] Sita Gurung: ...", "16/02/2025, 19:42 - Sita: ...". Notes pasted from
a chat are read through these patterns only: the notes reader takes the messages alone
(notes.unchat) and the writer's own line is found among the senders (ownline.py).

- `CHAT_PREFIX`: the line's opening up to the message, with the time in brackets (`stamp`)
  or the day before it (`day`) and the `sender`;
- `CHAT_LINE`: a whole message line, the prefix and what was said (`said`).
"""

from __future__ import annotations

import re

from followup.lazyre import lazy_compile

_PREFIX = (
    r"^[ \t]*(?:\[(?P<stamp>[^\]\n]{6,30})\]|(?P<day>\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}),?[ \t]+"
    r"\d{1,2}:\d{2}(?:[ \t]*[APap]\.?[Mm]\.?)?[ \t]+[-–])[ \t]*(?P<sender>[^:\n]{1,30}?):[ \t]"
)
CHAT_PREFIX = lazy_compile(_PREFIX, re.M)
CHAT_LINE = lazy_compile(_PREFIX + r"(?P<said>[^\n]*)$", re.M)
