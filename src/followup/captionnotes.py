"""A meeting's transcript saved as captions (WebVTT from Zoom, Teams or Meet; SubRip .srt),
read as plain notes.

A recorded call's transcript comes as caption cues: a header (`WEBVTT`), then blocks of an
optional cue number, a timing line (`00:00:03.120 --> 00:00:07.450`, SubRip with a comma
before the milliseconds) and the words said, each often opening with its speaker
("Paula Greenberg: Hi Nadia, ...") or in a voice tag ("<v Paula Greenberg>Hi Nadia</v>").
Split into cues every few seconds, one sentence runs over several blocks, and the timing lines
stand between every line the readers would read.

Recognised by that structure: two or more timing lines. Rewritten as a person would keep a
transcript: the header, cue numbers, timings and styling gone; each speaker's turn on a line of
its own, `Speaker: words`, a turn's cues joined (a cue with no speaker goes on the turn before
it). The words said are kept.

Hand-written patterns on the caption formats' fixed syntax (W3C WebVTT, SubRip).
"""

from __future__ import annotations

from followup import keptre as re  # the re functions, patterns kept compiled (keptre.py)

_STAMP = r"(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3}"
_TIMING = re.compile(rf"^[ \t]*{_STAMP}[ \t]+-->[ \t]+{_STAMP}(?:[ \t]+.*)?$")
_HEADER = re.compile(r"^\ufeff?WEBVTT\b.*$|^(?:NOTE|STYLE|REGION)\b.*$|^Kind:|^Language:")
_VOICE = re.compile(r"^<v(?:\.[\w.-]+)?[ \t]+(?P<who>[^>]+)>(?P<said>.*?)(?:</v>)?$")
_TAG = re.compile(r"</?(?:c|i|b|u|v|lang|ruby|rt)(?:[.\s][^>]*)?>|<\d[\d:.]*>")
_SPEAKER = re.compile(
    r"^(?P<who>[^\W\d_][\w’'.-]*(?:[ \t][^\W\d_][\w’'.-]*){0,3}):[ \t]+(?P<said>\S.*)$"
)


def is_captions(lines: list[str]) -> bool:
    return sum(1 for ln in lines if _TIMING.match(ln)) >= 2


def plain_captions(lines: list[str]) -> list[str]:
    """A caption file (see the module's doc) as plain notes; other notes unchanged."""
    if not is_captions(lines):
        return lines
    first = next(i for i, ln in enumerate(lines) if _TIMING.match(ln))
    # the lines before the first cue: the header and its settings, the first cue's number
    before = [
        ln
        for ln in lines[:first]
        if ln.strip() and not _HEADER.match(ln.strip()) and not ln.strip().isdigit()
    ]
    turns: list[tuple[str, str]] = []
    in_cue = False
    for i, line in enumerate(lines[first:], start=first):
        text = line.strip()
        if _TIMING.match(text):
            in_cue = True
            continue
        if not text:
            in_cue = False
            continue
        nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
        if not in_cue and ((text.isdigit() and _TIMING.match(nxt)) or _HEADER.match(text)):
            continue  # a cue's number, a NOTE block
        if not in_cue:
            turns.append(("", text))  # a line outside the cues: the notes' own
            continue
        who = ""
        if voice := _VOICE.match(text):
            who, text = voice.group("who").strip(), voice.group("said")
        text = _TAG.sub("", text).strip()
        if not who and (spoke := _SPEAKER.match(text)):
            who, text = spoke.group("who"), spoke.group("said")
        if turns and (not who or who == turns[-1][0]) and turns[-1][0]:
            turns[-1] = (turns[-1][0], f"{turns[-1][1]} {text}".strip())
        else:
            turns.append((who, text))
    return [*before, *(f"{who}: {said}" if who else said for who, said in turns if said)]
