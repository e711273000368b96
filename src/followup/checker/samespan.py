"""One fault, named once: when two rules flag the same words at the same severity, the reader
sees one finding.

Rules overlap by design (`begging` and `need-the-job` both read "I'll take any position";
`pestering` and `unrequested-contact` both read "I'll call your office"), and a user saw the
same span counted twice in the error total. Of findings at one severity whose spans nest
(one holds the other), the widest is kept; on a tie, the one with a fix, then the first rule
id. A finding with a fix is never dropped (`--fix` needs it), and a finding over more than a
phrase (`length`, `paragraph-length`: the whole message or paragraph) nests nothing.
"""

from __future__ import annotations

from followup.core import Finding

PHRASE = 160  # characters: wider than any phrase a rule flags, narrower than a paragraph


def one_per_span(findings: list[Finding]) -> list[Finding]:
    """The findings without those nested in a kept one of the same severity (see above)."""
    if len(findings) < 2:
        return findings
    kept: list[Finding] = []
    for f in sorted(findings, key=lambda f: (f.start - f.end, f.fix is None, f.start, f.rule_id)):
        if (
            f.fix is None
            and f.end - f.start <= PHRASE
            and any(
                k.severity is f.severity
                and k.start <= f.start
                and f.end <= k.end
                and k.end - k.start <= PHRASE
                for k in kept
            )
        ):
            continue
        kept.append(f)
    if len(kept) == len(findings):
        return findings
    kept.sort(key=Finding.sort_key)
    return kept
