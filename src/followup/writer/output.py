"""Deliver drafts: readable text, JSON for scripts, and .eml drafts a mail client opens."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

from followup.core import Finding, Severity
from followup.models import Draft


def draft_dict(draft: Draft) -> dict[str, Any]:
    """The JSON shape of one draft."""
    person = draft.recipient
    return {
        "kind": draft.kind.value,
        "to": person.name if person else None,
        "email": person.email if person else None,
        "subject": draft.subject,
        "body": draft.body,
        "status": draft.status,
        "blocked": draft.blocked,
        "writer": draft.writer,
        "revision_rounds": draft.rounds,
        "findings": [finding_dict(f) for f in draft.findings],
    }


def finding_dict(f: Finding) -> dict[str, Any]:
    """The JSON shape of one finding of a draft."""
    return {
        "rule_id": f.rule_id,
        "severity": f.severity.value,
        "message": f.message,
        "line": f.line,
        "column": f.column,
        "match": f.match,
    }


def format_json(drafts: list[Draft], writer: str, kind_reason: str | None = None) -> str:
    """All drafts as one JSON document; `kind_reason` says why the kind was chosen (null when
    --kind chose it)."""
    return json.dumps(
        {"writer": writer, "kind_reason": kind_reason, "drafts": [draft_dict(d) for d in drafts]},
        indent=2,
        ensure_ascii=False,
    )


def _header_name(name: str, body: str) -> str:
    """The name for a draft's header line: a surname alone takes the title the greeting gives
    it ('Okafor' greeted 'Dear Dr. Okafor,' is 'Dr. Okafor'), so header and greeting agree."""
    if " " in name.strip():
        return name
    first_line = body.lstrip().split("\n", 1)[0]
    m = re.search(
        rf"\b((?:[A-Z][a-z]{{0,3}}\.?|Judge|Justice|Captain)\s+{re.escape(name)}),", first_line
    )
    return m.group(1) if m and not m.group(1).startswith(("Dear", "Hi", "Hello")) else name


def format_text(drafts: list[Draft]) -> str:
    """Each draft with a header line, its text, and its check."""
    out: list[str] = []
    for d in drafts:
        person = d.recipient
        to = _header_name(person.name, d.body) if person else "(no recipient)"
        if person and person.email:
            to += f" <{person.email}>"
        status = "BLOCKED" if d.status == "blocked" else d.status
        out.append(f"=== To: {to} | {d.kind.value} | {status} ===")
        out.append(f"Subject: {d.subject}")
        out.append("")
        out.append(d.body.rstrip())
        out.append("")
        shown = [f for f in d.findings if f.severity is not Severity.SUGGESTION or not d.blocked]
        if not d.findings:
            out.append("Checker: no findings.")
        else:
            for f in shown:
                out.append(f"  {f.line}:{f.column} {f.severity.value} {f.rule_id}: {f.message}")
        if d.status == "blocked":
            out.append("BLOCKED: error-level findings remain; fix them before sending this draft.")
        elif d.status == "review":
            out.append("REVIEW: read the warnings above before you send this draft.")
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def _slug(text: str) -> str:
    """A file name part: accents folded (Lucía -> lucia), anything else to dashes."""
    import unicodedata

    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-") or "draft"


def write_eml(
    drafts: list[Draft], folder: Path, today: dt.date | None = None
) -> list[tuple[Path, bool]]:
    """One .eml per ready or review draft (X-Unsent: 1 makes mail clients open it as a
    draft); a blocked draft goes to a .blocked.txt next to them instead, so no mail client
    offers to send it. Existing files are never overwritten: a number is added instead.
    Returns (path, blocked) pairs."""
    import email.utils
    from email import policy  # only here: the email package takes ~5 ms to load
    from email.headerregistry import Group
    from email.message import EmailMessage

    # one line per header up to RFC 5322's 998 characters: the default folds at 78, and a
    # subject that cannot fit after "Subject: " was folded onto a second line, the first empty
    unfolded = policy.default.clone(max_line_length=998)

    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for d in drafts:
        person = d.recipient
        base = f"{d.kind.value}-{_slug(person.name if person else 'draft')}"
        blocked = d.status == "blocked"
        suffix = ".blocked.txt" if blocked else ".eml"
        path = folder / f"{base}{suffix}"
        n = 1
        while path.exists():
            path = folder / f"{base}-{n}{suffix}"
            n += 1
        if blocked:
            reasons = "\n".join(
                f"  {f.severity.value} {f.rule_id}: {f.message}"
                for f in d.findings
                if f.severity is Severity.ERROR
            )
            path.write_text(
                f"BLOCKED by the checker; not a message to send.\n{reasons}\n\n{d.text}",
                encoding="utf-8",
            )
        else:
            msg = EmailMessage(policy=unfolded)
            if person and person.email:
                msg["To"] = f"{person.name} <{person.email}>"
            elif person:
                # no address: an empty group ("To: Simon Whitlock:;"), which names the person
                # and holds no address, so the mail client asks for one; a bare name ("To:
                # Simon Whitlock") reads as an address, and some clients send it to a local
                # user of that name
                msg["To"] = Group(person.name)
            msg["Subject"] = d.subject
            msg["X-Unsent"] = "1"
            if today is not None:  # `log sent` reads the day back (write --today's day)
                msg["Date"] = email.utils.localtime().replace(*today.timetuple()[:3])
            msg.set_content(d.body)
            path.write_bytes(bytes(msg))
        written.append((path, blocked))
    return written
