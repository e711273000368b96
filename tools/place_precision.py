"""How often candidateplace.py's reader would name the wrong person, on development notes only.

    PYTHONPATH=src .venv/bin/python tools/place_precision.py

For every development case (not the validation batches n..z, whose notes are never read here)
whose candidate the other readers already know, the place reader is run on its own: it should
give that name or nothing (agree / none / wrong). Then it is run again on the notes with every
line holding the candidate's name removed: any name it gives then is a false name. A change to
the place reader keeps wrong and false names at 0; agree is the reach.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from followup.candidateplace import candidate_by_place
from followup.evaluation.cases import load_case_file
from followup.evaluation.runner import _source
from followup.noteheader import same_person
from followup.notes import parse_notes, unchat, understand_notes

REPO = Path(__file__).resolve().parents[1]
VALIDATION = re.compile(r"heldout-[n-z]")


def main() -> int:
    seen: set[str] = set()
    agree = none = wrong = false = 0
    for file in sorted((REPO / "eval" / "cases").glob("*.yaml")):
        if VALIDATION.search(file.name):
            continue
        for case in load_case_file(file):
            if VALIDATION.search(str(case.notes_source)):
                continue
            notes = parse_notes(_source(case))
            if notes.text in seen:
                continue
            seen.add(notes.text)
            today = case.today if isinstance(case.today, dt.date) else dt.date(2026, 11, 27)
            brief = understand_notes(notes, today).brief
            truth = brief.candidate or case.vars.get("me")
            people = [p.name for p in brief.interviewers]
            titles = [p.title or "" for p in brief.interviewers]
            body = unchat(notes.text)
            got = candidate_by_place(body, people, brief.company, brief.role, titles)
            if truth is None:
                if got:
                    false += 1
                    print(f"false name {got!r} in {case.id} (the notes name no writer)")
                continue
            if got is None:
                none += 1
            elif same_person(got, truth) or got.split()[-1].lower() == truth.split()[-1].lower():
                agree += 1
            else:
                wrong += 1
                print(f"wrong name {got!r} in {case.id} (the writer is {truth!r})")
            words = [w for w in re.findall(r"\w[\w'’-]*", truth.lower()) if len(w) > 2]
            stripped = "\n".join(
                line
                for line in body.splitlines()
                if not any(re.search(rf"\b{re.escape(w)}\b", line, re.I) for w in words)
            )
            if got := candidate_by_place(stripped, people, brief.company, brief.role, titles):
                false += 1
                print(f"false name {got!r} in {case.id} with the writer's lines removed")
    print(f"{len(seen)} notes: agree {agree}, none {none}, wrong {wrong}, false names {false}")
    return 1 if wrong or false else 0


if __name__ == "__main__":
    raise SystemExit(main())
